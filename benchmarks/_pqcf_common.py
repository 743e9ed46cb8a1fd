"""What the PQCF benchmarks share (``pqcf.py``, ``pqcf_confirm.py``, ``pqcf_exhaustive.py``): the
transformer setting and its synthetic corpus, the token loss, the budgets between uniform 4-bit and
int8, and the random maximal 8/4 allocations the benchmarks compare PQCF against. Not a benchmark."""

from __future__ import annotations

import itertools
import random

import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch import nn

from lightning_plugins.pqcf.allocation import layer_bytes, model_param_bytes
from lightning_plugins.pqcf.quantizers import FP_BITS, quantizable_layers

# The transformer setting, fixed before the comparison run from the fp32 and uniform 4-bit models only:
# of the settings tried (README), the one where uniform 4-bit lost most accuracy after distillation.
# A 128-token second-order chain (16 384 contexts) fills a d=64 model's capacity; symmetric per-row
# 4-bit blocks (one block of 64 per row on the 64-wide layers) are the coarsest MatMulNBits format here.
GPT_SETTING = dict(vocab=128, d_model=64, n_layer=2, n_train=16384, train_steps=1200, block_size=64,
                   symmetric_4bit=True)


def markov_corpus(n: int, *, vocab: int = 64, seq_len: int = 32, seed: int = 0, chain_seed: int = 123):
    """``n`` token sequences from a fixed second-order Markov chain (``chain_seed``): each context
    ``(a, b)`` has one dominant successor (about 3/4 of the mass) over a peaked random tail, so the
    best possible next-token accuracy is about 0.75. Returns ``(inputs, targets)``, both
    ``(n, seq_len)`` int64, targets shifted by one token."""
    g = torch.Generator().manual_seed(chain_seed)
    probs = torch.rand(vocab * vocab, vocab, generator=g) ** (1 / 0.15)  # (V*V, V) peaked tail
    probs[torch.arange(vocab * vocab), torch.randint(0, vocab, (vocab * vocab,), generator=g)] += 3 * probs.sum(-1)
    g = torch.Generator().manual_seed(seed)
    tokens = torch.empty(n, seq_len + 1, dtype=torch.long)
    tokens[:, :2] = torch.randint(0, vocab, (n, 2), generator=g)
    for t in range(2, seq_len + 1):
        ctx = tokens[:, t - 2] * vocab + tokens[:, t - 1]  # (n,)
        tokens[:, t] = torch.multinomial(probs[ctx], 1, generator=g).squeeze(1)
    return tokens[:, :-1].contiguous(), tokens[:, 1:].contiguous()


def token_ce(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    return F.cross_entropy(logits.flatten(0, -2), target.flatten())  # (B*T, V) vs (B*T,)


def budget_between(model: nn.Module, block_size: int, symmetric_4bit: bool = False, fraction: float = 0.25) -> float:
    """Size ratio ``fraction`` of the way from uniform 4-bit to uniform int8 in bytes (embeddings and
    norms stay fp32, so the digits budget of 18 % is below the transformer's smallest plan)."""
    layers = quantizable_layers(model).values()
    fp = model_param_bytes(model)
    at = {b: fp - sum(layer_bytes(m, FP_BITS) - layer_bytes(m, b, block_size, symmetric_4bit) for m in layers)
          for b in (4, 8)}
    return (at[4] + fraction * (at[8] - at[4])) / fp


def quarter_budget(model: nn.Module, block_size: int, symmetric_4bit: bool = False) -> float:
    """The transformer's budget: a quarter of the way from uniform 4-bit to uniform int8 in bytes."""
    return budget_between(model, block_size, symmetric_4bit, 0.25)


def fit(model, train, epochs=None, steps=None):
    pl.Trainer(max_epochs=epochs or -1, max_steps=steps or -1, accelerator="cpu", logger=False,
               enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False).fit(model, train)
    return model.eval()


def _upgrades(plan):
    """Names of the layers that may go to 8 bits, each layer's lowest bits, the all-lowest bytes, and
    each upgrade's extra bytes."""
    names = [lp.name for lp in plan.layers if 8 in lp.candidates]
    by = {lp.name: lp for lp in plan.layers}
    low = {lp.name: min(lp.candidates) for lp in plan.layers if lp.candidates}
    base = plan.fp_bytes - sum(lp.bytes_at[FP_BITS] - lp.bytes_at[low.get(lp.name, FP_BITS)] for lp in plan.layers)
    extra = {n: by[n].bytes_at[8] - by[n].bytes_at[low[n]] for n in names}
    return names, low, base, extra


def maximal_allocations(plan, budget_bytes) -> list[dict]:
    """Every maximal feasible 8/4 allocation under the budget (no further layer fits at 8 bits),
    by enumeration (up to ~16 upgradeable layers)."""
    names, low, base, extra = _upgrades(plan)
    out = []
    for pick in itertools.product((False, True), repeat=len(names)):
        up = [n for n, p in zip(names, pick) if p]
        used = base + sum(extra[n] for n in up)
        # maximal: feasible, and no single further upgrade fits (upgrades only ever add bytes)
        if used <= budget_bytes and not any(used + extra[n] <= budget_bytes for n in names if n not in up):
            out.append({**low, **{n: 8 for n in up}})
    return out


def random_allocations(plan, budget_bytes, seeds, exhaustive_max: int = 16, rng_seed: int = 0):
    """``len(seeds)`` maximal feasible 8/4 allocations under the budget (no further layer fits at 8
    bits) other than PQCF's own, drawn with a fixed seed (``rng_seed``). Up to ``exhaustive_max`` upgradeable layers
    they are drawn uniformly, without replacement, from all such allocations; above that (2^n is too
    many to list) each is a random-order fill: visit the layers in a random order and upgrade every
    one that still fits."""
    names, low, base, extra = _upgrades(plan)
    rng = random.Random(rng_seed)

    def is_other(bits):
        return any(bits[n] != plan.bits[n] for n in bits)

    if len(names) > exhaustive_max:
        found: list[dict] = []
        for _ in range(200 * len(seeds)):
            used, up = base, []
            for n in rng.sample(names, k=len(names)):
                if used + extra[n] <= budget_bytes:
                    used, up = used + extra[n], up + [n]
            bits = {**low, **{n: 8 for n in up}}
            if is_other(bits) and bits not in found:
                found.append(bits)
            if len(found) == len(seeds):
                break
        return found
    maximal = [b for b in maximal_allocations(plan, budget_bytes) if is_other(b)]
    return rng.sample(maximal, k=min(len(seeds), len(maximal)))
