"""Stage 1, sensitivity: per-layer Hessian trace by Hutchinson's estimator (HAWQ-V2) and the exact
second-order loss change ``1/2 dW^T H dW`` per layer and bit width. Written here: no maintained
library exposes either for arbitrary ``nn.Module``\\ s."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

import torch
from torch import nn

from lightning_plugins.pqcf.batches import split_batch
from lightning_plugins.pqcf.quantizers import quantizable_layers, quantize_weight


@dataclass
class LayerTrace:
    """Hutchinson estimate of one layer's Hessian trace."""

    trace: float
    stderr: float
    probes: int
    n_params: int


def hutchinson_traces(model: nn.Module, loss_fn: Callable[[torch.Tensor, Any], torch.Tensor], batches: Sequence,
                      *, layers: Mapping[str, nn.Module] | None = None, samples: int = 64, tol: float | None = None,
                      min_samples: int = 8, probe_batch: int = 32, seed: int = 0) -> dict[str, LayerTrace]:
    """Per-layer ``tr(H)`` of the loss w.r.t. each layer's weight by Hutchinson's estimator.

    For each calibration batch ``(x, y)`` and each Rademacher probe ``v`` over all layer weights at
    once, ``Hv`` comes from a second backward pass through ``g . v`` (``g`` built with
    ``create_graph=True``; ``probe_batch`` probes share one batched backward); layer ``l``
    contributes ``v_l . (Hv)_l``, whose expectation is ``tr(H_ll)`` (cross-layer terms vanish in
    expectation). The estimate is the mean over probes
    and batches; ``stderr`` is the sample standard deviation over the probes divided by sqrt(n).

    Example::

        traces = hutchinson_traces(model, F.cross_entropy, [(x, y)], samples=200)
        traces["net.0"].trace, traces["net.0"].stderr
    """
    layers = dict(quantizable_layers(model) if layers is None else layers)
    params = [m.weight for m in layers.values()]
    gen = torch.Generator().manual_seed(seed)
    draws: dict[str, list[float]] = {n: [] for n in layers}
    was_training = model.training
    model.eval()
    # Hv needs a twice-differentiable graph: the fused CPU attention kernels have no double backward,
    # the math backend of scaled_dot_product_attention does (a no-op for models without attention)
    from torch.nn.attention import SDPBackend, sdpa_kernel

    try:
        with sdpa_kernel(SDPBackend.MATH):
            _hutchinson_draws(model, loss_fn, batches, params, layers, draws, samples, tol, min_samples,
                              probe_batch, gen)
    finally:
        model.train(was_training)
    out = {}
    for name, vals in draws.items():
        t = torch.tensor(vals, dtype=torch.float64)
        se = float(t.std(unbiased=True) / math.sqrt(len(vals))) if len(vals) > 1 else math.inf
        out[name] = LayerTrace(trace=float(t.mean()), stderr=se, probes=len(vals), n_params=layers[name].weight.numel())
    return out


def _hutchinson_draws(model, loss_fn, batches, params, layers, draws, samples, tol, min_samples, probe_batch, gen):
    """Append each probe's ``v_l . (Hv)_l`` to ``draws[l]`` (see :func:`hutchinson_traces`)."""
    for batch in batches:
        x, y = split_batch(batch)
        if y is None:
            raise ValueError("calibration batches need targets, (input, target), for the Hessian of the loss")
        loss = loss_fn(model(x), y)
        grads = torch.autograd.grad(loss, params, create_graph=True)
        done = 0
        while done < samples:
            k = min(probe_batch, samples - done)
            # k probes at once: Hv = d(g . v)/dw is a vector-Jacobian product of g, batched over v
            vs = [(torch.randint(0, 2, (k,) + p.shape, generator=gen) * 2 - 1).to(p) for p in params]  # (k, *w)
            hvs = torch.autograd.grad(grads, params, grad_outputs=vs, retain_graph=True, is_grads_batched=k > 1) \
                if k > 1 else torch.autograd.grad(grads, params, grad_outputs=[v[0] for v in vs], retain_graph=True)
            for name, hv, v in zip(layers, hvs, vs):
                draws[name].extend((hv.reshape(k, -1) * v.reshape(k, -1)).sum(1).tolist())  # (k,)
            done += k
            if tol is not None and done >= min_samples and _max_rel_stderr(draws) < tol:
                return


def _max_rel_stderr(draws: Mapping[str, list[float]]) -> float:
    worst = 0.0
    for vals in draws.values():
        t = torch.tensor(vals, dtype=torch.float64)
        worst = max(worst, float(t.std() / math.sqrt(len(vals)) / t.mean().abs().clamp(min=1e-12)))
    return worst


def quadratic_perturbations(model: nn.Module, loss_fn: Callable[[torch.Tensor, Any], torch.Tensor], batches: Sequence,
                            *, layers: Mapping[str, nn.Module], candidates: Mapping[str, Iterable[int]],
                            block_size: int = 32, symmetric_4bit: bool = False) -> dict[str, dict[int, float]]:
    """``1/2 dW^T H_ll dW`` per layer ``l`` and candidate bit width ``b``, with ``dW = Q_b(W_l) - W_l``.

    The second-order term of the loss change when layer ``l`` alone is quantized, exactly (no
    probes): one Hessian-vector product per (layer, bits) pair, all pairs batched in one double
    backward per calibration batch (``is_grads_batched``), averaged over ``batches``. The trace
    objective ``tr(H)/n * ||dW||^2`` is its expectation over random isotropic directions of the same norm.

    Example::

        quad = quadratic_perturbations(model, F.cross_entropy, [(x, y)], layers=quantizable_layers(model),
                                       candidates={"net.0": (8, 4)})
        quad["net.0"][4]
    """
    names = list(layers)
    params = [layers[n].weight for n in names]
    jobs = [(i, b) for i, n in enumerate(names) for b in candidates.get(n, ())]
    out: dict[str, dict[int, float]] = {n: {} for n in names}
    if not jobs:
        return out
    deltas = {(i, b): quantize_weight(params[i], b, block_size, symmetric_4bit) - params[i].detach() for i, b in jobs}
    k = len(jobs)
    vs = [torch.zeros((k,) + p.shape, dtype=p.dtype) for p in params]  # (k, *w): job j perturbs one layer only
    for j, (i, b) in enumerate(jobs):
        vs[i][j] = deltas[(i, b)]
    sums = torch.zeros(k, dtype=torch.float64)
    was_training = model.training
    model.eval()
    from torch.nn.attention import SDPBackend, sdpa_kernel

    try:
        with sdpa_kernel(SDPBackend.MATH):
            for batch in batches:
                x, y = split_batch(batch)
                if y is None:
                    raise ValueError("calibration batches need targets, (input, target), for the Hessian of the loss")
                grads = torch.autograd.grad(loss_fn(model(x), y), params, create_graph=True)
                if k > 1:
                    hvs = torch.autograd.grad(grads, params, grad_outputs=vs, is_grads_batched=True)
                else:
                    hvs = [h.unsqueeze(0) for h in torch.autograd.grad(grads, params, grad_outputs=[v[0] for v in vs])]
                for j, (i, _) in enumerate(jobs):
                    sums[j] += float((hvs[i][j] * vs[i][j]).sum())  # v^T H v: v is zero outside layer i
    finally:
        model.train(was_training)
    for j, (i, b) in enumerate(jobs):
        out[names[i]][b] = 0.5 * float(sums[j]) / len(batches)
    return out
