"""PQCF: progressive quantization compression — sensitivity, 8/4-bit allocation, distillation, export.

Four stages, each usable on its own:

1. :func:`hutchinson_traces` — per-layer Hessian trace of the loss by Hutchinson's estimator
   (Rademacher probes, Hessian-vector products by double backward), with its standard error
   (HAWQ-V2). Written here: no maintained library exposes it for arbitrary ``nn.Module``\\ s.
2. :func:`allocate_bits` — 8 or 4 bits per layer (pinned layers stay fp32) minimising the summed
   sensitivity-weighted perturbation ``tr(H_l)/n_l * ||Q_b(W_l) - W_l||^2`` under a size or
   average-bits budget (HAWQ-V3): an exact 0/1 integer program (``scipy.optimize.milp``) up to
   ``exact_max_layers`` layers, a greedy gain-per-byte pass above. Also written here.
3. :func:`distill` — fake-quantized student (weights fake-quantized with a straight-through
   estimator, inputs and outputs of int8 layers fake-quantized with the calibrated ranges) fine-tuned
   through a Lightning ``Trainer`` against the original model (KL on softened logits, optional feature MSE).
4. :func:`export_onnx` — ONNX with real low-bit weights made by ONNX Runtime's own quantizers:
   int8 QDQ (``quantize_static``, per-channel weights, MinMax-calibrated uint8 inputs and outputs) for the
   8-bit linear/conv layers (ORT runs them as ``QLinearMatMul``/``QLinearConv``) and 4-bit
   ``MatMulNBits`` (``MatMulNBitsQuantizer``) for the 4-bit
   linear layers; verified in ONNX Runtime on CPU against the fake-quant PyTorch model; also a
   TensorRT-oriented QDQ model (int4 ``DequantizeLinear`` blocks) and the ``trtexec`` command line.

The fake quantizers below reproduce ONNX Runtime's formulas (per-channel symmetric int8 with
``round-half-even``; MLAS block-wise 4-bit with ``roundf``), so the PyTorch student and the exported
model compute the same integers.

:func:`compress` runs the four stages; :class:`PQCFCompression` is the Lightning callback that runs
them after fit (or at a chosen epoch).
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import os
import shlex
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import torch
import torch.nn.functional as F
from torch import nn
from pytorch_lightning.callbacks import Callback
from torch.nn.utils import parametrize

from monitor.cliio import atomic_write
from monitor.context import resolve

BIT_CHOICES = (8, 4)
FP_BITS = 32
#: module types whose weight PQCF quantizes; 4-bit only for Linear (ORT's MatMulNBits is MatMul-only)
QUANTIZABLE = (nn.Linear, nn.Conv1d, nn.Conv2d)

__all__ = [
    "PQCFConfig", "LayerPlan", "CompressionPlan", "CompressionResult", "quantizable_layers",
    "hutchinson_traces", "quadratic_perturbations", "layer_perturbation", "allocate_bits", "plan_with_bits",
    "apply_fake_quant", "remove_fake_quant",
    "distill", "export_onnx", "compress", "PQCFCompression",
]


OBJECTIVES = ("trace", "quadratic")


# --------------------------------------------------------------------------- configuration
@dataclass
class PQCFConfig:
    """Options of the PQCF pipeline (checked in ``__post_init__``, before any work starts)."""

    #: budget: compressed/original parameter bytes of the whole model, in (0, 1]. Give this or avg_bits.
    size_ratio: float | None = None
    #: budget: average bits per weight over the quantizable layers (pinned ones count 32), in [4, 32].
    avg_bits: float | None = None
    #: layer names (``model.named_modules()``) kept in fp32.
    pinned: tuple[str, ...] = ()
    #: restrict quantization to these layer names (default: every Linear/Conv1d/Conv2d).
    layers: tuple[str, ...] | None = None
    #: Hutchinson probes per calibration batch (upper bound when ``hutchinson_tol`` is set).
    hutchinson_samples: int = 64
    #: stop probing once every layer's relative standard error is below this (None: never early).
    hutchinson_tol: float | None = None
    #: calibration batches used for sensitivity and activation ranges.
    calib_batches: int = 4
    #: allocation objective per layer and bit width b: ``"trace"`` (HAWQ-V2/V3: tr(H)/n * ||Q_b(W) - W||^2,
    #: an isotropic stand-in for the layer's curvature) or ``"quadratic"`` (the second-order loss change
    #: itself, 1/2 dW^T H dW with dW = Q_b(W) - W, from exact Hessian-vector products).
    objective: str = "trace"
    #: 4-bit block size along the input dimension (MatMulNBits ``block_size``, a power of 2 >= 16).
    block_size: int = 32
    #: symmetric 4-bit blocks (no zero points) instead of asymmetric.
    symmetric_4bit: bool = False
    #: MatMulNBits ``accuracy_level`` (4: int8 compute, fastest on CPU; 0: fp32 compute).
    accuracy_level: int = 4
    #: largest layer count solved exactly (0/1 integer program); greedy above.
    exact_max_layers: int = 64
    #: distillation optimizer steps (0 skips fine-tuning).
    distill_steps: int = 100
    distill_lr: float = 1e-4
    #: softmax temperature of the KL term.
    temperature: float = 4.0
    #: weight of the KL term; (1 - kd_weight) goes to cross-entropy on labels when batches have them.
    kd_weight: float = 0.9
    #: layer names whose outputs are aligned (MSE) between student and teacher.
    feature_layers: tuple[str, ...] = ()
    feature_weight: float = 0.0
    #: held-out batches for accuracy, agreement and latency (None: all).
    heldout_batches: int | None = None
    #: rows per batch when timing ONNX Runtime.
    latency_batch_size: int = 32
    latency_repeats: int = 50
    #: ONNX Runtime intra-op threads for verification and latency (0: ORT default).
    ort_threads: int = 1
    onnx_opset: int = 21
    #: TensorRT builder workspace written into the trtexec command line (MiB).
    trt_workspace_mib: int = 1024
    seed: int = 0

    def __post_init__(self) -> None:
        if (self.size_ratio is None) == (self.avg_bits is None):
            raise ValueError("give exactly one budget: size_ratio (compressed/original bytes in (0, 1]) "
                             f"or avg_bits (in [4, 32]); got size_ratio={self.size_ratio}, avg_bits={self.avg_bits}")
        if self.size_ratio is not None and not 0.0 < self.size_ratio <= 1.0:
            raise ValueError(f"size_ratio={self.size_ratio} must be in (0, 1] (compressed/original bytes)")
        if self.avg_bits is not None and not 4.0 <= self.avg_bits <= 32.0:
            raise ValueError(f"avg_bits={self.avg_bits} must be in [4, 32]")
        self.pinned = tuple(self.pinned)
        self.feature_layers = tuple(self.feature_layers)
        if self.layers is not None:
            self.layers = tuple(self.layers)
        for name in ("hutchinson_samples", "calib_batches", "latency_batch_size", "latency_repeats", "exact_max_layers",
                     "trt_workspace_mib"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name}={value!r} must be a positive int")
        if self.block_size < 16 or self.block_size & (self.block_size - 1):
            raise ValueError(f"block_size={self.block_size} must be a power of 2 >= 16 (MatMulNBits)")
        if self.objective not in OBJECTIVES:
            raise ValueError(f"objective={self.objective!r} must be one of {OBJECTIVES}")
        if self.accuracy_level not in (0, 1, 2, 3, 4):
            raise ValueError(f"accuracy_level={self.accuracy_level} must be one of 0, 1, 2, 3, 4")
        if self.distill_steps < 0:
            raise ValueError(f"distill_steps={self.distill_steps} must be >= 0")
        if not 0.0 <= self.kd_weight <= 1.0:
            raise ValueError(f"kd_weight={self.kd_weight} must be in [0, 1]")
        if self.temperature <= 0:
            raise ValueError(f"temperature={self.temperature} must be > 0")
        if self.feature_weight < 0 or (self.feature_weight > 0 and not self.feature_layers):
            raise ValueError(f"feature_weight={self.feature_weight} needs feature_layers and must be >= 0")
        if self.hutchinson_tol is not None and not self.hutchinson_tol > 0:
            raise ValueError(f"hutchinson_tol={self.hutchinson_tol} must be > 0")
        if self.heldout_batches is not None and self.heldout_batches < 1:
            raise ValueError(f"heldout_batches={self.heldout_batches} must be >= 1 or None")
        if self.ort_threads < 0:
            raise ValueError(f"ort_threads={self.ort_threads} must be >= 0")


def quantizable_layers(model: nn.Module, names: Iterable[str] | None = None) -> dict[str, nn.Module]:
    """Linear/Conv1d/Conv2d layers of ``model`` by qualified name (optionally only ``names``)."""
    found = {n: m for n, m in model.named_modules() if isinstance(m, QUANTIZABLE) and getattr(m, "groups", 1) == 1}
    if names is None:
        return found
    names = list(names)
    unknown = [n for n in names if n not in found]
    if unknown:
        raise ValueError(f"unknown layer names {unknown}; quantizable layers are {sorted(found)}")
    return {n: found[n] for n in names}


def validate(model: nn.Module, config: PQCFConfig) -> dict[str, nn.Module]:
    """Check the layer names of ``config`` against ``model``; return the candidate layers."""
    all_layers = quantizable_layers(model)
    modules = dict(model.named_modules())
    if not all_layers:
        raise ValueError(f"{type(model).__name__} has no quantizable layer "
                         "(nn.Linear, nn.Conv1d, nn.Conv2d with groups=1)")
    layers = quantizable_layers(model, config.layers)
    unknown_pins = [n for n in config.pinned if n not in all_layers]
    if unknown_pins:
        raise ValueError(f"pinned has unknown layer names {unknown_pins}; quantizable layers are {sorted(all_layers)}")
    unknown_feat = [n for n in config.feature_layers if n not in modules]
    if unknown_feat:
        raise ValueError(f"feature_layers has unknown module names {unknown_feat}")
    if not [n for n in layers if n not in config.pinned]:
        raise ValueError(f"no quantizable layer is left: every candidate {sorted(layers)} is pinned")
    return layers


# --------------------------------------------------------------------------- fake quantization
def _round_half_away(x: torch.Tensor) -> torch.Tensor:
    """C ``roundf`` (MLAS), unlike torch.round's half-to-even."""
    return torch.sign(x) * torch.floor(x.abs() + 0.5)


def _int8_per_channel(w: torch.Tensor) -> torch.Tensor:
    """ORT ``quantize_static`` weights: symmetric int8 per output channel, q in [-127, 127]."""
    flat = w.reshape(w.shape[0], -1)  # (out, in * kernel)
    scale = (flat.abs().amax(dim=1) * 2 / 254).clamp(min=1e-12)
    q = torch.round(flat / scale[:, None]).clamp(-127, 127)
    return (q * scale[:, None]).reshape(w.shape)


def _int4_blocks(w: torch.Tensor, block_size: int, symmetric: bool) -> torch.Tensor:
    """MLAS block-wise 4-bit (MatMulNBits): blocks of ``block_size`` along the input dimension."""
    out_f, in_f = w.shape
    pad = (-in_f) % block_size
    wp = F.pad(w, (0, pad)).reshape(out_f, -1, block_size)  # (out, k_blocks, block)
    if symmetric:
        mn, mx = wp.amin(-1), wp.amax(-1)
        scale = torch.where(mx.abs() > mn.abs(), mx, mn) / -8.0
        zp = torch.full_like(scale, 8.0)
    else:
        mn, mx = wp.amin(-1).clamp(max=0), wp.amax(-1).clamp(min=0)
        scale = (mx - mn) / 15.0
        zp = torch.where(scale != 0, _round_half_away(-mn / torch.where(scale != 0, scale, 1.0)), mn).clamp(0, 15)
    inv = torch.where(scale != 0, 1.0 / torch.where(scale != 0, scale, 1.0), torch.zeros_like(scale))
    q = _round_half_away(wp * inv[..., None] + zp[..., None]).clamp(0, 15)
    deq = (q - zp[..., None]) * scale[..., None]
    return deq.reshape(out_f, -1)[:, :in_f]  # drop the padding


def quantize_weight(w: torch.Tensor, bits: int, block_size: int = 32, symmetric: bool = False) -> torch.Tensor:
    """Dequantized ``Q_bits(w)`` exactly as the exported ONNX model stores it (no gradient)."""
    with torch.no_grad():
        if bits == FP_BITS:
            return w.clone()
        if bits == 8:
            return _int8_per_channel(w)
        if bits == 4:
            return _int4_blocks(w.reshape(w.shape[0], -1), block_size, symmetric).reshape(w.shape)
    raise ValueError(f"bits={bits} must be one of {BIT_CHOICES + (FP_BITS,)}")


def layer_perturbation(w: torch.Tensor, bits: int, block_size: int = 32, symmetric: bool = False) -> float:
    """``||Q_bits(W) - W||^2``."""
    return float((quantize_weight(w, bits, block_size, symmetric) - w.detach()).pow(2).sum())


class _WeightFakeQuant(nn.Module):
    """Weight parametrization: forward uses Q(W), backward passes straight through (STE)."""

    def __init__(self, bits: int, block_size: int, symmetric: bool) -> None:
        super().__init__()
        self.bits, self.block_size, self.symmetric = bits, block_size, symmetric

    def forward(self, w: torch.Tensor) -> torch.Tensor:
        return w + (quantize_weight(w, self.bits, self.block_size, self.symmetric) - w).detach()


def _act_qparams(lo: float, hi: float) -> tuple[float, int]:
    """ORT's uint8 asymmetric scale/zero point from a calibrated range (``compute_scale_zp``)."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    scale = (hi - lo) / 255.0 or 1.0
    zp = int(round(-lo / scale))  # python round is half-to-even, like numpy's
    return float(torch.tensor(scale, dtype=torch.float32)), max(0, min(255, zp))


def _act_fake_quant(x: torch.Tensor, scale: float, zp: int) -> torch.Tensor:
    q = (torch.round(x / scale) + zp).clamp(0, 255)
    return x + ((q - zp) * scale - x).detach()


def _act_block_int8(x: torch.Tensor, block_size: int) -> torch.Tensor:
    """What ``MatMulNBits`` at ``accuracy_level=4`` does to its input on CPU: symmetric int8 per block
    of ``block_size`` along the last (reduction) dimension, scale ``max|x|/127`` (matched against
    ORT in the tests). Straight-through in backward."""
    k = x.shape[-1]
    pad = (-k) % block_size
    xb = F.pad(x, (0, pad)).reshape(*x.shape[:-1], -1, block_size)  # (..., k_blocks, block)
    with torch.no_grad():
        scale = xb.abs().amax(-1, keepdim=True) / 127.0
        scale = torch.where(scale > 0, scale, torch.ones_like(scale))
        q = (torch.round(xb / scale).clamp(-127, 127) * scale).reshape(*x.shape[:-1], -1)[..., :k]
    return x + (q - x).detach()


def _pre_bias(mod: nn.Module, out: torch.Tensor) -> torch.Tensor:
    """The tensor ORT quantizes after a layer: a Linear's MatMul output (bias is a separate Add),
    a Conv's whole output (bias inside the Conv)."""
    if isinstance(mod, nn.Linear) and mod.bias is not None:
        return out - mod.bias
    return out


def observe_ranges(model: nn.Module, layers: Mapping[str, nn.Module],
                   inputs: Sequence[torch.Tensor]) -> dict[str, dict[str, tuple[float, float]]]:
    """Min/max of each layer's input and (pre-bias) output over ``inputs``: ORT's MinMax
    calibration, run like ORT on the fp32 model."""
    ranges = {n: {"in": [math.inf, -math.inf], "out": [math.inf, -math.inf]} for n in layers}

    def update(r, t):
        r[0], r[1] = min(r[0], float(t.min())), max(r[1], float(t.max()))

    handles = []
    for name, mod in layers.items():
        handles.append(mod.register_forward_pre_hook(lambda m, args, n=name: update(ranges[n]["in"], args[0])))
        handles.append(mod.register_forward_hook(
            lambda m, args, out, n=name: update(ranges[n]["out"], _pre_bias(m, out))))
    try:
        with torch.no_grad():
            for x in inputs:
                model(x)
    finally:
        for h in handles:
            h.remove()
    return {n: {k: tuple(v) for k, v in r.items()} for n, r in ranges.items()}


def _fake_quant_output(mod: nn.Module, out: torch.Tensor, scale: float, zp: int) -> torch.Tensor:
    pre = _pre_bias(mod, out)
    return out + (_act_fake_quant(pre, scale, zp) - pre)


def apply_fake_quant(model: nn.Module, bits: Mapping[str, int], ranges: Mapping[str, Mapping[str, tuple[float, float]]],
                     *, block_size: int = 32, symmetric_4bit: bool = False, accuracy_level: int = 4) -> list:
    """Fake-quantize ``model`` in place as the exported ONNX will compute it.

    Weights get a straight-through parametrization; 8-bit layers also get their input and their
    (pre-bias) output fake-quantized to uint8 with the calibrated ranges, as ORT's QDQ graph does
    (it then runs them as ``QLinearMatMul``/``QLinearConv``). 4-bit layers at ``accuracy_level=4``
    get their input quantized to int8 per block, as the ``MatMulNBits`` CPU kernel does at that
    level. Returns the hook handles.
    """
    modules = dict(model.named_modules())
    handles = []
    for name, b in bits.items():
        if b == FP_BITS:
            continue
        mod = modules[name]
        parametrize.register_parametrization(mod, "weight", _WeightFakeQuant(b, block_size, symmetric_4bit))
        if b == 8:
            s_in, z_in = _act_qparams(*ranges[name]["in"])
            s_out, z_out = _act_qparams(*ranges[name]["out"])
            handles.append(mod.register_forward_pre_hook(
                lambda m, args, s=s_in, z=z_in: (_act_fake_quant(args[0], s, z),) + tuple(args[1:])))
            handles.append(mod.register_forward_hook(
                lambda m, args, out, s=s_out, z=z_out: _fake_quant_output(m, out, s, z)))
        elif b == 4 and accuracy_level == 4:
            handles.append(mod.register_forward_pre_hook(
                lambda m, args: (_act_block_int8(args[0], block_size),) + tuple(args[1:])))
    return handles


def remove_fake_quant(model: nn.Module, handles: Iterable) -> None:
    """Undo :func:`apply_fake_quant`, keeping the latent fp32 weights (what ORT then quantizes)."""
    for h in handles:
        h.remove()
    for mod in model.modules():
        if parametrize.is_parametrized(mod, "weight"):
            parametrize.remove_parametrizations(mod, "weight", leave_parametrized=False)


# --------------------------------------------------------------------------- 1. sensitivity
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
        x, y = _split_batch(batch)
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
                x, y = _split_batch(batch)
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


def _split_batch(batch) -> tuple[torch.Tensor, Any]:
    if isinstance(batch, (tuple, list)):
        return batch[0], (batch[1] if len(batch) > 1 else None)
    if isinstance(batch, torch.Tensor):
        return batch, None
    raise ValueError(f"batches must be tensors or (input, target) tuples, got {type(batch).__name__}")


# --------------------------------------------------------------------------- 2. allocation
def layer_bytes(module: nn.Module, bits: int, block_size: int = 32, symmetric_4bit: bool = False) -> int:
    """Bytes of ``module``'s parameters as exported at ``bits`` (weights + scales/zero points + fp32 bias)."""
    w = module.weight
    bias = 4 * module.bias.numel() if getattr(module, "bias", None) is not None else 0
    out_f = w.shape[0]
    if bits == FP_BITS:
        return 4 * w.numel() + bias
    if bits == 8:  # int8 weight + per-channel fp32 scale and int8 zero point
        return w.numel() + out_f * 5 + bias
    if bits == 4:  # MatMulNBits: packed nibbles, fp32 scale per block, packed uint4 zero points
        k_blocks = -(-w[0].numel() // block_size)
        zp = 0 if symmetric_4bit else out_f * -(-k_blocks // 2)
        return out_f * k_blocks * (block_size // 2) + out_f * k_blocks * 4 + zp + bias
    raise ValueError(f"bits={bits} must be one of {BIT_CHOICES + (FP_BITS,)}")


@dataclass
class LayerPlan:
    """One row of the plan."""

    name: str
    kind: str
    n_params: int
    trace: float
    trace_stderr: float
    #: max(tr(H), 0)/n, the per-weight curvature
    sensitivity: float
    #: the objective per candidate bit width: tr(H)/n * ||Q_b(W)-W||^2 (``trace``) or 1/2 dW^T H dW (``quadratic``)
    omega: dict[int, float]
    #: bytes per candidate bit width (incl. fp32)
    bytes_at: dict[int, int]
    candidates: tuple[int, ...]
    bits: int = FP_BITS
    pinned: bool = False


@dataclass
class CompressionPlan:
    """Bits per layer and the budget they meet; ``table()`` prints it."""

    layers: list[LayerPlan]
    fp_bytes: int
    planned_bytes: int
    budget: str
    budget_value: float
    solver: str
    avg_bits: float
    #: what ``omega`` holds (:attr:`PQCFConfig.objective`)
    objective: str = "trace"

    @property
    def ratio(self) -> float:
        """Original over compressed bytes."""
        return self.fp_bytes / self.planned_bytes

    @property
    def bits(self) -> dict[str, int]:
        return {lp.name: lp.bits for lp in self.layers}

    def table(self) -> str:
        rows = ["| layer | kind | params | tr(H) ± se | tr(H)/n | Ω@8 | Ω@4 | bits | bytes |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for lp in self.layers:
            om8 = f"{lp.omega[8]:.3g}" if 8 in lp.omega else "-"
            om4 = f"{lp.omega[4]:.3g}" if 4 in lp.omega else "-"
            bits = f"{lp.bits} (pinned)" if lp.pinned else str(lp.bits)
            rows.append(f"| {lp.name} | {lp.kind} | {lp.n_params} | {lp.trace:.4g} ± {lp.trace_stderr:.2g} | "
                        f"{lp.sensitivity:.3g} | {om8} | {om4} | {bits} | {lp.bytes_at[lp.bits]} |")
        rows.append(f"\nbudget {self.budget}={self.budget_value:g} ({self.solver}, objective {self.objective}): "
                    f"{self.fp_bytes} -> "
                    f"{self.planned_bytes} bytes, ratio {self.ratio:.2f}x, "
                    f"size {self.planned_bytes / self.fp_bytes:.1%}, "
                    f"avg bits {self.avg_bits:.2f}")
        return "\n".join(rows)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["ratio"] = self.ratio
        return d

    @classmethod
    def from_dict(cls, d: Mapping) -> "CompressionPlan":
        d = dict(d)
        d.pop("ratio", None)
        layers = []
        for lp in d.pop("layers"):
            lp = dict(lp)
            lp["omega"] = {int(k): v for k, v in lp["omega"].items()}
            lp["bytes_at"] = {int(k): v for k, v in lp["bytes_at"].items()}
            lp["candidates"] = tuple(lp["candidates"])
            layers.append(LayerPlan(**lp))
        return cls(layers=layers, **d)


def bit_candidates(name: str, module: nn.Module, pinned: Iterable[str] = ()) -> tuple[int, ...]:
    """Bit widths a layer may take: none when pinned (it stays fp32), 8 or 4 for a Linear, 8 for a
    Conv (``MatMulNBits`` handles MatMul only)."""
    if name in pinned:
        return ()
    return (8, 4) if isinstance(module, nn.Linear) else (8,)


def build_layer_plans(model: nn.Module, layers: Mapping[str, nn.Module], traces: Mapping[str, LayerTrace],
                      *, pinned: Iterable[str] = (), block_size: int = 32, symmetric_4bit: bool = False,
                      quadratic: Mapping[str, Mapping[int, float]] | None = None) -> list[LayerPlan]:
    """Sensitivity, perturbation and bytes per candidate for each layer (input of :func:`allocate_bits`).

    ``Ω_l(b)`` is ``tr(H)/n * ||Q_b(W) - W||^2`` or, given ``quadratic`` (from
    :func:`quadratic_perturbations`), ``max(1/2 dW^T H dW, 0)``.
    """
    pinned = set(pinned)
    plans = []
    for name, mod in layers.items():
        tr = traces[name]
        cands = bit_candidates(name, mod, pinned)
        # a negative estimate (non-convex point, or a flat layer within its error bar) means "insensitive"
        sens = max(tr.trace, 0.0) / tr.n_params
        if quadratic is None:
            omega = {b: sens * layer_perturbation(mod.weight, b, block_size, symmetric_4bit) for b in cands}
        else:  # a negative quadratic form (non-convex point) also means "insensitive"
            omega = {b: max(float(quadratic[name][b]), 0.0) for b in cands}
        omega[FP_BITS] = 0.0
        bytes_at = {b: layer_bytes(mod, b, block_size, symmetric_4bit) for b in cands + (FP_BITS,)}
        plans.append(LayerPlan(name=name, kind=type(mod).__name__, n_params=tr.n_params, trace=tr.trace,
                               trace_stderr=tr.stderr, sensitivity=sens, omega=omega, bytes_at=bytes_at,
                               candidates=cands, bits=FP_BITS, pinned=name in pinned))
    return plans


def model_param_bytes(model: nn.Module) -> int:
    return sum(4 * p.numel() for p in model.parameters())


def allocate_bits(plans: list[LayerPlan], *, fp_bytes: int, size_ratio: float | None = None,
                  avg_bits: float | None = None, exact_max_layers: int = 64) -> CompressionPlan:
    """Choose 8 or 4 bits per (non-pinned) layer minimising ``sum Ω_l(b_l)`` under the budget.

    ``size_ratio``: planned bytes <= size_ratio * fp_bytes (``fp_bytes``: all parameters in fp32,
    layers outside ``plans`` stay fp32). ``avg_bits``: sum n_l b_l <= avg_bits * sum n_l over
    ``plans``. Every layer starts at its cheapest choice; upgrading layer l to 8 bits costs
    ``c_l`` and gains ``Ω_l(4) - Ω_l(8)``: a 0/1 knapsack, solved exactly by ``scipy.optimize.milp``
    up to ``exact_max_layers`` upgradeable layers, greedily (gain per cost) above.

    Raises ``ValueError`` when even the cheapest choice exceeds the budget.
    """
    if (size_ratio is None) == (avg_bits is None):
        raise ValueError("give exactly one of size_ratio or avg_bits")
    plans = [copy.deepcopy(lp) for lp in plans]
    for lp in plans:
        lp.bits = min(lp.candidates) if lp.candidates else FP_BITS
    if size_ratio is not None:
        cost = {lp.name: {b: lp.bytes_at[b] for b in lp.bytes_at} for lp in plans}
        outside = fp_bytes - sum(lp.bytes_at[FP_BITS] for lp in plans)
        capacity = size_ratio * fp_bytes - outside
        budget_name, budget_value = "size_ratio", size_ratio
    else:
        cost = {lp.name: {b: lp.n_params * b for b in lp.bytes_at} for lp in plans}
        capacity = avg_bits * sum(lp.n_params for lp in plans)
        budget_name, budget_value = "avg_bits", avg_bits
    base = sum(cost[lp.name][lp.bits] for lp in plans)
    if base > capacity + 1e-9:
        lowest = _plan(plans, fp_bytes, budget_name, budget_value, "infeasible")
        best = lowest.planned_bytes / fp_bytes if size_ratio is not None else lowest.avg_bits
        raise ValueError(f"budget {budget_name}={budget_value} cannot be met: the smallest plan (every non-pinned "
                         f"layer at its lowest bit width, pinned {[lp.name for lp in plans if lp.pinned]} in fp32) "
                         f"has {budget_name}={best:.4f}; raise the budget or pin fewer layers")
    up = [lp for lp in plans if 8 in lp.candidates and lp.bits != 8]
    extra = [cost[lp.name][8] - cost[lp.name][lp.bits] for lp in up]
    gain = [lp.omega[lp.bits] - lp.omega[8] for lp in up]
    room = capacity - base
    if not up:
        chosen, solver = [], "trivial"
    elif len(up) <= exact_max_layers:
        chosen, solver = _knapsack_milp(gain, extra, room), "exact-milp"
    else:
        chosen, solver = _knapsack_greedy(gain, extra, room), "greedy"
    for i in chosen:
        up[i].bits = 8
    return _plan(plans, fp_bytes, budget_name, budget_value, solver)


def check_budget(model: nn.Module, layers: Mapping[str, nn.Module], config: PQCFConfig) -> None:
    """Raise the ``ValueError`` of :func:`allocate_bits` for a budget no plan can meet, from the byte
    counts alone (no sensitivity needed), so an impossible budget fails before any work."""
    plans = [LayerPlan(name=n, kind=type(m).__name__, n_params=m.weight.numel(), trace=0.0, trace_stderr=0.0,
                       sensitivity=0.0, omega={b: 0.0 for b in bit_candidates(n, m, config.pinned) + (FP_BITS,)},
                       bytes_at={b: layer_bytes(m, b, config.block_size, config.symmetric_4bit)
                                 for b in bit_candidates(n, m, config.pinned) + (FP_BITS,)},
                       candidates=bit_candidates(n, m, config.pinned), pinned=n in config.pinned)
             for n, m in layers.items()]
    allocate_bits(plans, fp_bytes=model_param_bytes(model), size_ratio=config.size_ratio, avg_bits=config.avg_bits,
                  exact_max_layers=0)


def plan_with_bits(plan: CompressionPlan, bits: Mapping[str, int], *, solver: str = "fixed") -> CompressionPlan:
    """``plan`` with other bit widths (e.g. uniform or random baselines); sizes recomputed."""
    layers = [copy.deepcopy(lp) for lp in plan.layers]
    for lp in layers:
        b = bits.get(lp.name, lp.bits)
        if b not in lp.bytes_at:
            raise ValueError(f"layer {lp.name}: bits={b} is not one of its choices {sorted(lp.bytes_at)}")
        lp.bits = b
    out = _plan(layers, plan.fp_bytes, plan.budget, plan.budget_value, solver)
    out.objective = plan.objective
    return out


def _plan(plans, fp_bytes, budget_name, budget_value, solver) -> CompressionPlan:
    planned = fp_bytes - sum(lp.bytes_at[FP_BITS] - lp.bytes_at[lp.bits] for lp in plans)
    n = sum(lp.n_params for lp in plans)
    avg = sum(lp.n_params * lp.bits for lp in plans) / n
    return CompressionPlan(layers=plans, fp_bytes=fp_bytes, planned_bytes=planned, budget=budget_name,
                           budget_value=budget_value, solver=solver, avg_bits=avg)


def _knapsack_milp(gain: list[float], extra: list[float], room: float) -> list[int]:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    if room <= 0:
        return []
    scale = max(extra)  # keep the constraint well conditioned
    res = milp(c=-np.asarray(gain, dtype=float), integrality=np.ones(len(gain)), bounds=Bounds(0, 1),
               constraints=LinearConstraint(np.asarray([extra], dtype=float) / scale, -np.inf, room / scale))
    if not res.success:
        raise RuntimeError(f"bit allocation MILP failed: {res.message}")
    chosen = [i for i, v in enumerate(res.x) if v > 0.5]
    # exactness: integer costs never exceed the room (guards against solver tolerances)
    while sum(extra[i] for i in chosen) > room:
        chosen.remove(min(chosen, key=lambda i: gain[i] / extra[i]))
    return chosen


def _knapsack_greedy(gain: list[float], extra: list[float], room: float) -> list[int]:
    chosen, used = [], 0.0
    for i in sorted(range(len(gain)), key=lambda i: -gain[i] / max(extra[i], 1e-12)):
        if gain[i] > 0 and used + extra[i] <= room:
            chosen.append(i)
            used += extra[i]
    return chosen


# --------------------------------------------------------------------------- 3. distillation
def _make_distill_module(student: nn.Module, teacher: nn.Module, config: PQCFConfig):
    import pytorch_lightning as pl

    class DistillModule(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.student = student
            # kept outside the module tree: Lightning must neither train() nor optimise the teacher
            object.__setattr__(self, "teacher", teacher.eval().requires_grad_(False))
            self.feats: dict[str, dict[str, torch.Tensor]] = {"s": {}, "t": {}}
            self.hook_handles = []
            for tag, net in (("s", self.student), ("t", teacher)):
                mods = dict(net.named_modules())
                for name in config.feature_layers:
                    self.hook_handles.append(mods[name].register_forward_hook(
                        lambda m, a, out, tag=tag, name=name: self.feats[tag].__setitem__(name, out)))

        def training_step(self, batch, batch_idx):
            x, y = _split_batch(batch)
            with torch.no_grad():
                t_logits = self.teacher(x)
            s_logits = self.student(x)
            T = config.temperature
            kd = _kl(t_logits / T, s_logits / T) * T * T
            loss = config.kd_weight * kd
            if y is not None and config.kd_weight < 1.0:
                loss = loss + (1.0 - config.kd_weight) * F.cross_entropy(s_logits.flatten(0, -2), y.flatten())
            if config.feature_weight > 0:
                loss = loss + config.feature_weight * sum(
                    F.mse_loss(self.feats["s"][n], self.feats["t"][n]) for n in config.feature_layers)
            return loss

        def configure_optimizers(self):
            return torch.optim.AdamW(self.student.parameters(), lr=config.distill_lr, weight_decay=0.0)

    return DistillModule()


def distill(student: nn.Module, teacher: nn.Module, train_batches: Iterable, config: PQCFConfig) -> float:
    """Fine-tune the fake-quant ``student`` against ``teacher`` for ``config.distill_steps`` steps
    through a CPU Lightning ``Trainer``; returns the wall time in seconds."""
    import pytorch_lightning as pl

    if config.distill_steps == 0:
        return 0.0
    module = _make_distill_module(student, teacher, config)
    trainer = pl.Trainer(max_steps=config.distill_steps, max_epochs=-1, accelerator="cpu", devices=1, logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    t0 = time.perf_counter()
    try:
        trainer.fit(module, train_dataloaders=train_batches)
    finally:
        for h in module.hook_handles:
            h.remove()
    student.eval()
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- 4. export
@dataclass
class ExportResult:
    fp32_path: str
    quant_path: str
    trt_path: str | None
    fp32_bytes: int
    quant_bytes: int
    file_ratio: float
    trtexec: str


def _linear_to_matmul(model_proto, weight_names: Mapping[str, str]) -> dict[str, str]:
    """Rewrite each Linear's ``Gemm`` (2-D inputs) or ``MatMul(x, Transpose(W))`` (N-D inputs) as
    ``MatMul(x, W^T initializer)`` [+ ``Add(bias)``], so ORT's quantizers see a constant MatMul
    weight. Returns layer name -> MatMul node name. Conv nodes are left as they are."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    graph = model_proto.graph
    inits = {i.name: i for i in graph.initializer}
    producers = {o: n for n in graph.node for o in n.output}
    by_weight = {w: layer for layer, w in weight_names.items()}
    nodes_out, mapping = [], {}
    drop_inits, drop_outputs = set(), set()
    for node in graph.node:
        if node.op_type == "Gemm" and len(node.input) >= 2 and node.input[1] in by_weight:
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            if attrs.get("alpha", 1.0) != 1.0 or attrs.get("beta", 1.0) != 1.0 or attrs.get("transA", 0):
                nodes_out.append(node)
                continue
            layer = by_weight[node.input[1]]
            w = numpy_helper.to_array(inits[node.input[1]])
            wt = np.ascontiguousarray(w.T if attrs.get("transB", 0) else w)  # (in, out)
            new_w = f"{node.input[1]}_KxN"
            graph.initializer.append(numpy_helper.from_array(wt, new_w))
            drop_inits.add(node.input[1])
            mm_out = node.output[0] + "_mm" if len(node.input) > 2 else node.output[0]
            mm = helper.make_node("MatMul", [node.input[0], new_w], [mm_out], name=f"{layer}/MatMul")
            nodes_out.append(mm)
            if len(node.input) > 2:
                nodes_out.append(helper.make_node("Add", [mm_out, node.input[2]], [node.output[0]],
                                                  name=f"{layer}/Add"))
            mapping[layer] = mm.name
        elif (node.op_type == "MatMul" and node.input[1] in producers
              and producers[node.input[1]].op_type == "Transpose" and producers[node.input[1]].input[0] in by_weight):
            tnode = producers[node.input[1]]
            layer = by_weight[tnode.input[0]]
            w = numpy_helper.to_array(inits[tnode.input[0]])
            new_w = f"{tnode.input[0]}_KxN"
            graph.initializer.append(numpy_helper.from_array(np.ascontiguousarray(w.T), new_w))
            drop_inits.add(tnode.input[0])
            drop_outputs.add(tnode.output[0])
            node.input[1] = new_w
            node.name = f"{layer}/MatMul"
            nodes_out.append(node)
            mapping[layer] = node.name
        else:
            nodes_out.append(node)
    nodes_out = [copy.deepcopy(n) for n in nodes_out if not set(n.output) & drop_outputs]
    used = {i for n in nodes_out for i in n.input}
    del graph.node[:]
    graph.node.extend(nodes_out)
    keep = [i for i in graph.initializer if i.name in used or i.name not in drop_inits]
    del graph.initializer[:]
    graph.initializer.extend(keep)
    onnx.checker.check_model(model_proto)
    return mapping


def _conv_nodes(model_proto, weight_names: Mapping[str, str]) -> dict[str, str]:
    by_weight = {w: layer for layer, w in weight_names.items()}
    return {by_weight[n.input[1]]: n.name for n in model_proto.graph.node
            if n.op_type == "Conv" and len(n.input) > 1 and n.input[1] in by_weight}


def _unshare_input_qdq(proto, int8_nodes: Sequence[str]) -> int:
    """Give the fp32 tensor back to the non-int8 readers of an int8 layer's input.

    ``quantize_static`` puts one Q/DQ pair on a tensor and feeds the DQ output to *every* reader, so
    when an int8 layer shares its input with 4-bit or fp32 layers (a transformer's q, k and v read the
    same normalized tensor) those would see the uint8-rounded tensor too, which the fake-quant model
    does not do. Pairs on an int8 layer's output stay shared (the fake-quant model rounds that output
    for every reader). Returns the number of inputs reconnected.
    """
    int8 = set(int8_nodes)
    producer = {o: n for n in proto.graph.node for o in n.output}
    q_source = {n.output[0]: n.input[0] for n in proto.graph.node if n.op_type == "QuantizeLinear"}
    dq_source = {}
    for n in proto.graph.node:
        if n.op_type == "DequantizeLinear" and n.input[0] in q_source:
            src = q_source[n.input[0]]
            if src not in producer or producer[src].name not in int8:  # an input pair, not an int8 output
                dq_source[n.output[0]] = src
    changed = 0
    for node in proto.graph.node:
        if node.name in int8 or node.op_type in ("QuantizeLinear", "DequantizeLinear"):
            continue
        for i, name in enumerate(node.input):
            if name in dq_source:
                node.input[i] = dq_source[name]
                changed += 1
    return changed


def trtexec_command(onnx_path: str | Path, engine_path: str | Path, example_shape: Sequence[int],
                    config: PQCFConfig) -> str:
    """The ``trtexec`` command line for ``onnx_path``, every argument quoted for a POSIX shell."""
    shape = "x".join(str(d) for d in example_shape)
    bs = config.latency_batch_size
    return shlex.join(["trtexec", f"--onnx={onnx_path}", "--int8", "--fp16",
                       f"--memPoolSize=workspace:{config.trt_workspace_mib}M",
                       f"--minShapes=input:1x{shape}", f"--optShapes=input:{bs}x{shape}",
                       f"--maxShapes=input:{max(bs, 256)}x{shape}", f"--saveEngine={engine_path}"])


def export_onnx(model: nn.Module, plan: CompressionPlan, calib_inputs: Sequence[torch.Tensor], out_dir: str | Path,
                config: PQCFConfig, *, name: str = "model", final_dir: str | Path | None = None) -> ExportResult:
    """Export fp32 ONNX, then quantize it with ONNX Runtime per ``plan``: int8 QDQ (static,
    per-channel weights, MinMax-calibrated uint8 inputs) for 8-bit layers, then 4-bit MatMulNBits
    for 4-bit linear layers. Also writes ``<name>_trt.onnx`` (int8 QDQ + int4 DequantizeLinear
    blocks, explicit quantization for TensorRT) and ``trtexec.sh`` with its ``trtexec`` command line.

    ``model`` carries its latent fp32 weights (no fake-quant parametrization). ``final_dir``: where
    the files will be moved once complete (the paths written into ``trtexec.sh``; default ``out_dir``).
    """
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fp32_path, canon_path = out / f"{name}_fp32.onnx", out / f"{name}_fp32_matmul.onnx"
    int8_path, quant_path = out / f"{name}_int8stage.onnx", out / f"{name}_pqcf.onnx"
    trt_path = out / f"{name}_trt.onnx"
    example = calib_inputs[0][:1]
    model = model.eval()
    dyn = {"input": {0: "batch"}, "logits": {0: "batch"}}
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (example,), str(fp32_path), input_names=["input"], output_names=["logits"],
                          dynamic_axes=dyn, opset_version=config.onnx_opset, dynamo=False, do_constant_folding=False)
    proto = onnx.load(str(fp32_path))
    weights = {layer: f"{layer}.weight" for layer in plan.bits}
    matmuls = _linear_to_matmul(proto, weights)
    convs = _conv_nodes(proto, weights)
    onnx.save(proto, str(canon_path))
    onnx.save(proto, str(fp32_path))  # the fp32 reference is the same graph (Gemm -> MatMul + Add)
    node_of = {**matmuls, **convs}
    missing = [n for n, b in plan.bits.items() if b != FP_BITS and n not in node_of]
    if missing:
        raise RuntimeError(f"layers {missing} were not found in the exported ONNX graph (weights reused or "
                           "transformed in forward?); pin them to keep them in fp32")
    int8_nodes = [node_of[n] for n, b in plan.bits.items() if b == 8]
    int4_nodes = [node_of[n] for n, b in plan.bits.items() if b == 4]
    feeds = [x.detach().cpu().numpy() for x in calib_inputs]

    class _Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._it = iter([{"input": f} for f in feeds])

        def get_next(self):
            return next(self._it, None)

    stage = canon_path
    if int8_nodes:
        import logging

        logging.getLogger().setLevel(logging.ERROR)  # quantize_static logs a pre-processing hint at WARNING
        quantize_static(str(canon_path), str(int8_path), _Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
                        op_types_to_quantize=["MatMul", "Conv"], nodes_to_quantize=int8_nodes)
        stage = int8_path
    int8_proto = onnx.load(str(stage))
    _unshare_input_qdq(int8_proto, int8_nodes)

    def nbits(fmt):
        proto_copy = copy.deepcopy(int8_proto)
        if not int4_nodes:
            return proto_copy
        level = config.accuracy_level if fmt == QuantFormat.QOperator else None
        cfg = DefaultWeightOnlyQuantConfig(block_size=config.block_size, is_symmetric=config.symmetric_4bit,
                                           accuracy_level=level, quant_format=fmt, bits=4)
        # ORT includes every MatMul of a quantizable op type whatever nodes_to_include says, so the
        # layers that must not become 4-bit (8-bit, pinned, other MatMuls) are excluded explicitly
        keep = [n.name for n in proto_copy.graph.node if n.op_type == "MatMul" and n.name not in int4_nodes]
        q = MatMulNBitsQuantizer(proto_copy, nodes_to_exclude=keep, nodes_to_include=int4_nodes, algo_config=cfg)
        q.process()
        return q.model.model

    onnx.save(nbits(QuantFormat.QOperator), str(quant_path))
    trt_written = None
    try:
        onnx.save(nbits(QuantFormat.QDQ), str(trt_path))
        trt_written = str(trt_path)
    except Exception as exc:  # the QDQ int4 path is for TensorRT users only; ORT's result stands
        from monitor.eventlog import log_event

        log_event("pqcf_trt_export_failed", error=repr(exc))
    for p in (canon_path, int8_path):
        p.unlink(missing_ok=True)
    final = Path(final_dir) if final_dir is not None else out
    trtexec = trtexec_command(final / Path(trt_written or quant_path).name, final / f"{name}.plan",
                              example.shape[1:], config)
    with atomic_write(out / "trtexec.sh") as fh:
        fh.write("#!/bin/sh\n# TensorRT engine from the explicitly quantized (QDQ) model\n" + trtexec + "\n")
    fp32_bytes, quant_bytes = fp32_path.stat().st_size, quant_path.stat().st_size
    return ExportResult(str(fp32_path), str(quant_path), trt_written, fp32_bytes, quant_bytes,
                        fp32_bytes / quant_bytes, trtexec)


def onnx_weight_bytes(path: str | Path) -> int:
    """Bytes of every initializer in an ONNX file (the weights, scales and zero points it stores)."""
    import onnx
    from onnx import numpy_helper

    return sum(numpy_helper.to_array(i).nbytes if i.data_type not in (onnx.TensorProto.INT4, onnx.TensorProto.UINT4)
               else -(-numpy_helper.to_array(i).size // 2) for i in onnx.load(str(path)).graph.initializer)


def ort_session(path: str, threads: int = 1):
    import onnxruntime as ort

    so = ort.SessionOptions()
    if threads:
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
    so.log_severity_level = 3
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])


def ort_predict(session, x: torch.Tensor, batch: int = 256) -> torch.Tensor:
    """Logits of ``session`` on ``x``, in chunks of ``batch`` rows."""
    outs = [torch.from_numpy(session.run(None, {"input": x[i:i + batch].numpy()})[0]) for i in range(0, len(x), batch)]
    return torch.cat(outs)


def ort_latency(session, x: torch.Tensor, repeats: int) -> float:
    """Median seconds of one ``session.run`` on the batch ``x`` (after 5 warm-up runs)."""
    feed = {"input": x.numpy()}
    for _ in range(5):
        session.run(None, feed)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        session.run(None, feed)
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2]


# --------------------------------------------------------------------------- pipeline
@dataclass
class CompressionResult:
    """What :func:`compress` measured and wrote."""

    plan: CompressionPlan
    accuracy: dict[str, float]
    agreement: float
    latency: dict[str, float]
    export: ExportResult
    out_dir: str
    #: mean KL(teacher || model) of the held-out predictions, by stage (a finer fidelity measure than top-1)
    kl_to_teacher: dict[str, float] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"plan": self.plan.to_dict(), "accuracy": self.accuracy, "agreement": self.agreement,
                "kl_to_teacher": self.kl_to_teacher,
                "latency_seconds": self.latency, "export": asdict(self.export), "out_dir": self.out_dir,
                "timings_seconds": self.timings}


def _collect(data: Iterable, limit: int | None, what: str) -> list:
    if isinstance(data, (str, bytes)) or not hasattr(data, "__iter__"):
        raise ValueError(f"{what} must be an iterable of batches (a DataLoader or a list of (input, target) "
                         f"tuples), got {type(data).__name__}")
    out = []
    for i, batch in enumerate(data):
        if limit is not None and i >= limit:
            break
        out.append(batch)
    if not out:
        raise ValueError(f"{what} must yield at least one batch")
    for i, batch in enumerate(out):
        try:
            x, _ = _split_batch(batch)
        except ValueError as exc:
            raise ValueError(f"{what} batch {i}: {exc}") from None
        if not isinstance(x, torch.Tensor):
            raise ValueError(f"{what} batch {i}: the input must be a tensor, got {type(x).__name__}")
    return out


def _identity(batch):
    return batch


class _Reiterable(torch.utils.data.IterableDataset):
    """A re-iterable collection of ready batches as a dataset (each pass iterates it again)."""

    def __init__(self, data: Iterable) -> None:
        self.data = data

    def __iter__(self):
        return iter(self.data)


def distillation_loader(data: Iterable, what: str = "calib_data"):
    """``data`` as something a Lightning ``Trainer`` fits on as *one* train loader.

    A ``DataLoader`` is used as it is. Lightning reads a plain list or tuple as several dataloaders,
    so a list (or any other re-iterable) of ready ``(input, target)`` batches is wrapped in a
    ``DataLoader`` that yields those batches unchanged, in order, once per epoch. A one-shot iterator
    (a generator) is refused: distillation passes over the data again after calibration read it.
    """
    from torch.utils.data import DataLoader

    if isinstance(data, DataLoader):
        return data
    if isinstance(data, (list, tuple)):
        return DataLoader(list(data), batch_size=None, shuffle=False, collate_fn=_identity)
    if iter(data) is data:
        raise ValueError(f"{what} is a one-shot iterator ({type(data).__name__}); distillation reads the data "
                         "again after calibration: give a DataLoader or a list of (input, target) batches")
    return DataLoader(_Reiterable(data), batch_size=None, collate_fn=_identity)


def _kl(teacher_logits: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """Mean KL(teacher || model) per prediction (per token for (B, T, V) logits)."""
    v = logits.shape[-1]
    return F.kl_div(F.log_softmax(logits.reshape(-1, v), -1), F.log_softmax(teacher_logits.reshape(-1, v), -1),
                    log_target=True, reduction="batchmean")  # (N, V) -> mean over N


def _accuracy(logits: torch.Tensor, y: torch.Tensor | None) -> float:
    return float((logits.argmax(-1) == y).float().mean()) if y is not None else float("nan")


def _heldout_tensors(heldout: list) -> tuple[torch.Tensor, torch.Tensor | None]:
    """All held-out inputs and targets, concatenated (targets None when a batch has none)."""
    xs, ys = zip(*(_split_batch(b) for b in heldout))
    try:
        xh = torch.cat(xs)
        yh = torch.cat(ys) if all(y is not None for y in ys) else None
    except (RuntimeError, TypeError) as exc:
        raise ValueError(f"heldout_data: the batches do not concatenate ({exc})") from None
    return xh, yh


def _check_forward(model: nn.Module, loss_fn: Callable, calib_batch, heldout_x: torch.Tensor, *,
                   need_targets: bool) -> None:
    """One forward pass on a calibration batch (with its loss) and on a held-out row, so that data the
    model cannot take fails before sensitivity, not in the middle of the pipeline."""
    x, y = _split_batch(calib_batch)
    if y is None and need_targets:
        raise ValueError("calib_data: batches need targets, (input, target), for the Hessian of the loss")
    with torch.no_grad():
        for what, fn in (("calib_data", lambda: model(x) if y is None else loss_fn(model(x), y)),
                         ("heldout_data", lambda: model(heldout_x))):
            try:
                fn()
            except (RuntimeError, ValueError, TypeError, IndexError) as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ValueError(f"{what}: {type(model).__name__} cannot run on its batches ({first})") from None


def compress(model: nn.Module, calib_data: Iterable, heldout_data: Iterable, *, out_dir: str | Path,
             config: PQCFConfig | None = None, loss_fn: Callable = F.cross_entropy, registry=None,
             run_name: str | None = None, rank: int | None = None, verbose: bool = True, plan: CompressionPlan | None = None,
             **options) -> CompressionResult:
    """Run the whole PQCF pipeline on a trained classifier and write the report to ``out_dir``.

    ``calib_data`` yields ``(input, target)`` batches (targets optional for distillation, needed for
    the Hessian); it is reused as the distillation data. ``heldout_data`` yields ``(input, target)``
    batches never seen by calibration. ``model`` is not modified (a copy is compressed). A given
    ``plan`` (e.g. from :func:`plan_with_bits`) skips sensitivity and allocation.

    Metrics: when ``model`` is attached to a Trainer, registry, ``run`` and ``rank`` come from the
    run context (:func:`monitor.context.resolve`: an attached ``PrometheusMonitor``'s run name and
    registry win); otherwise from ``registry``, ``run_name`` (default: the model's class name) and
    ``rank`` (default 0).

    Example::

        res = compress(model, train_loader, val_loader, out_dir="pqcf", size_ratio=0.18, distill_steps=200)
        print(res.plan.table(), res.accuracy, res.export.quant_path)
    """
    from monitor import metrics as M

    if config is not None and options:
        raise ValueError(f"give either config or options, not both (got options {sorted(options)})")
    config = config if config is not None else PQCFConfig(**options)
    out = Path(out_dir)
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ValueError(f"out_dir {str(out)!r} exists and is not a directory (or is a symbolic link)")
    teacher = copy.deepcopy(model).cpu().eval()
    # every input is checked before sensitivity starts: names, batches, budget, one forward pass
    layers = validate(teacher, config)
    calib = _collect(calib_data, config.calib_batches, "calib_data")
    train_data = distillation_loader(calib_data) if config.distill_steps else calib_data
    heldout = _collect(heldout_data, config.heldout_batches, "heldout_data")
    if plan is None:
        check_budget(teacher, layers, config)
    elif sorted(plan.bits) != sorted(layers):
        raise ValueError(f"plan covers layers {sorted(plan.bits)}, the model's candidates are {sorted(layers)}")
    xh, yh = _heldout_tensors(heldout)
    _check_forward(teacher, loss_fn, calib[0], xh[:1], need_targets=plan is None)
    timings = {}
    m = resolve(module=model, run_name=run_name, registry=registry, rank=rank, owner="PQCF").bind()
    torch.manual_seed(config.seed)

    if plan is None:
        # 1. sensitivity
        t0 = time.perf_counter()
        traces = hutchinson_traces(teacher, loss_fn, calib, layers=layers, samples=config.hutchinson_samples,
                                   tol=config.hutchinson_tol, seed=config.seed)
        timings["sensitivity"] = time.perf_counter() - t0
        # 2. allocation (raises on an impossible budget, before fine-tuning)
        quad = None
        if config.objective == "quadratic":
            t0 = time.perf_counter()
            cands = {n: bit_candidates(n, mod, config.pinned) for n, mod in layers.items()}
            quad = quadratic_perturbations(teacher, loss_fn, calib, layers=layers, candidates=cands,
                                           block_size=config.block_size, symmetric_4bit=config.symmetric_4bit)
            timings["quadratic"] = time.perf_counter() - t0
        plans = build_layer_plans(teacher, layers, traces, pinned=config.pinned, block_size=config.block_size,
                                  symmetric_4bit=config.symmetric_4bit, quadratic=quad)
        plan = allocate_bits(plans, fp_bytes=model_param_bytes(teacher), size_ratio=config.size_ratio,
                             avg_bits=config.avg_bits, exact_max_layers=config.exact_max_layers)
        plan.objective = config.objective
    if verbose:
        print(plan.table())
    for lp in plan.layers:
        m(M.PQCF_LAYER_BITS, layer=lp.name).set(lp.bits)
        m(M.PQCF_LAYER_SENSITIVITY, layer=lp.name).set(lp.trace)
    m(M.PQCF_MODEL_BYTES, stage="before").set(plan.fp_bytes)

    # 3. fake quant + distillation
    calib_x = [_split_batch(b)[0].cpu() for b in calib]
    student = copy.deepcopy(teacher)
    s_layers = quantizable_layers(student, list(layers))
    with torch.no_grad():
        t_logits = teacher(xh)
    acc = {"fp32": _accuracy(t_logits, yh)}
    handles = apply_fake_quant(student, plan.bits, observe_ranges(student, s_layers, calib_x),
                               block_size=config.block_size, symmetric_4bit=config.symmetric_4bit,
                               accuracy_level=config.accuracy_level)
    with torch.no_grad():
        q_logits = student.eval()(xh)
    acc["quantized"] = _accuracy(q_logits, yh)
    kl = {"quantized": float(_kl(t_logits, q_logits))}
    timings["distill"] = distill(student.train(), teacher, train_data, config)
    # ORT calibrates on the exported fp32 graph: re-observe the ranges there, then rebuild the fake quant
    remove_fake_quant(student, handles)
    ranges = observe_ranges(student, s_layers, calib_x)
    export_model = copy.deepcopy(student).eval()
    handles = apply_fake_quant(student, plan.bits, ranges, block_size=config.block_size,
                               symmetric_4bit=config.symmetric_4bit, accuracy_level=config.accuracy_level)
    with torch.no_grad():
        fq_logits = student.eval()(xh)
    acc["distilled"] = _accuracy(fq_logits, yh)
    kl["distilled"] = float(_kl(t_logits, fq_logits))

    # 4. export + verification in ONNX Runtime, written beside out_dir and moved into it once complete
    with staged_dir(out) as stage:
        t0 = time.perf_counter()
        export = export_onnx(export_model, plan, calib_x, stage, config, final_dir=out)
        timings["export"] = time.perf_counter() - t0
        s_fp = ort_session(export.fp32_path, config.ort_threads)
        s_q = ort_session(export.quant_path, config.ort_threads)
        ort_logits = ort_predict(s_q, xh)
        acc["onnx"] = _accuracy(ort_logits, yh)
        acc["latent_fp32"] = _accuracy(ort_predict(s_fp, xh), yh)  # model_fp32.onnx: the fine-tuned latent weights
        agreement = float((ort_logits.argmax(-1) == fq_logits.argmax(-1)).float().mean())
        xl = xh[: config.latency_batch_size]
        latency = {"fp32": ort_latency(s_fp, xl, config.latency_repeats),
                   "pqcf": ort_latency(s_q, xl, config.latency_repeats)}
        remove_fake_quant(student, handles)
        kl["onnx"] = float(_kl(t_logits, ort_logits))
        export = replace(export, **{k: str(out / Path(getattr(export, k)).name)
                                    for k in ("fp32_path", "quant_path", "trt_path") if getattr(export, k)})
        result = CompressionResult(plan=plan, accuracy=acc, agreement=agreement, latency=latency, export=export,
                                   out_dir=str(out_dir), kl_to_teacher=kl, timings=timings)
        write_report(result, stage)

    m(M.PQCF_MODEL_BYTES, stage="after").set(plan.planned_bytes)
    m(M.PQCF_COMPRESSION_RATIO).set(plan.ratio)
    for key, value in acc.items():
        if not math.isnan(value):
            m(M.PQCF_ACCURACY, stage=key).set(value)
    for key, value in latency.items():
        m(M.PQCF_LATENCY, model=key).set(value)
    if verbose:
        print(f"accuracy {acc}; ORT agreement with fake-quant {agreement:.2%}; "
              f"ONNX file ratio {export.file_ratio:.2f}x (planned {plan.ratio:.2f}x); "
              f"ORT latency fp32 {latency['fp32'] * 1e3:.3f} ms, PQCF {latency['pqcf'] * 1e3:.3f} ms")
        print(f"TensorRT: {export.trtexec}")
    return result


@contextlib.contextmanager
def staged_dir(out: Path) -> Iterator[Path]:
    """A temporary folder beside ``out`` for a run's files. On success they move into ``out``: the
    whole folder by one rename when ``out`` does not exist yet, else file by file, each rename atomic.
    On failure the folder is removed and ``out`` is left as it was, so no partial output remains."""
    created = []
    parent = out.parent
    while not parent.exists():
        created.append(parent)
        parent = parent.parent
    for d in reversed(created):
        d.mkdir()
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        yield stage
        if out.exists():
            for f in stage.iterdir():
                os.replace(f, out / f.name)
            stage.rmdir()
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(stage, 0o777 & ~umask)
            os.rename(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        for d in created:  # innermost first; only folders this call made, and only when empty
            with contextlib.suppress(OSError):
                d.rmdir()
        raise


def write_report(result: CompressionResult, out_dir: str | Path) -> None:
    """``report.json``, ``report.md`` (plan table + results) and ``sensitivity.png``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(out_dir)
    (out / "report.json").write_text(json.dumps(result.to_dict(), indent=2, sort_keys=True))
    lines = ["# PQCF compression report", "", result.plan.table(), "",
             "| stage | held-out accuracy |", "|---|---:|"]
    lines += [f"| {k} | {v:.4f} |" for k, v in result.accuracy.items()]
    lines += ["", "KL(teacher || model) on held-out data: " + ", ".join(
        f"{k} {v:.3g}" for k, v in result.kl_to_teacher.items()),
              f"ONNX Runtime vs fake-quant PyTorch top-1 agreement: {result.agreement:.2%}",
              f"ONNX files: fp32 {result.export.fp32_bytes} B, PQCF {result.export.quant_bytes} B "
              f"(ratio {result.export.file_ratio:.2f}x, planned {result.plan.ratio:.2f}x)",
              f"ORT CPU latency per batch: fp32 {result.latency['fp32'] * 1e3:.3f} ms, "
              f"PQCF {result.latency['pqcf'] * 1e3:.3f} ms",
              "", "TensorRT:", "", "```", result.export.trtexec, "```", ""]
    (out / "report.md").write_text("\n".join(lines))
    plot_plan(result.plan, out / "sensitivity.png")


def plot_plan(plan: CompressionPlan, path: str | Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [lp.name for lp in plan.layers]
    colors = {8: "tab:blue", 4: "tab:orange", FP_BITS: "tab:gray"}
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(max(6, 0.6 * len(names) + 2), 6), sharex=True)
    positive = [lp.sensitivity for lp in plan.layers if lp.sensitivity > 0]
    floor = min(positive) / 10 if positive else 1e-12  # estimates <= 0 (flat layers) sit on the floor
    ax1.bar(names, [max(lp.sensitivity, floor) for lp in plan.layers],
            yerr=[lp.trace_stderr / lp.n_params for lp in plan.layers], color=[colors[lp.bits] for lp in plan.layers],
            capsize=3)
    ax1.set_yscale("log")
    ax1.set_ylim(bottom=floor / 2)
    ax1.set_ylabel("tr(H) / n  (Hutchinson ± se)")
    ax1.set_title(f"PQCF plan: {plan.ratio:.2f}x smaller, avg {plan.avg_bits:.2f} bits ({plan.solver})", fontsize=10)
    ax2.bar(names, [lp.bits for lp in plan.layers], color=[colors[lp.bits] for lp in plan.layers])
    ax2.set_ylabel("bits")
    ax2.set_yticks([4, 8, 32])
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in colors.values()]
    ax2.legend(handles, ["int8", "4-bit", "fp32 (pinned)"], loc="upper right", fontsize=8)
    plt.setp(ax2.get_xticklabels(), rotation=45, ha="right")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


# --------------------------------------------------------------------------- Lightning callback
class PQCFCompression(Callback):
    """Lightning callback: compress the trained model with PQCF after fit (or at ``at_epoch``).

    Example::

        from lightning_plugins import PQCFCompression
        pqcf = PQCFCompression(out_dir="pqcf", size_ratio=0.18, pinned=["net.4"], distill_steps=200)
        trainer = pl.Trainer(max_epochs=10, callbacks=[pqcf])
        trainer.fit(model, datamodule=dm)
        pqcf.result.export.quant_path, pqcf.result.accuracy

    Parameters
    ----------
    out_dir : where the ONNX models, ``trtexec.sh`` and the report are written.
    at_epoch : run at the end of this (0-based) training epoch instead of after fit.
    calib_dataloader, heldout_dataloader : batches ``(input, target)``; default: the trainer's
        train and validation dataloaders.
    registry, run_name : metric registry (default lightwatch's) and ``run`` label (default: the
        LightningModule class name), used only when no ``PrometheusMonitor`` is attached to the
        trainer (its run name and registry win: one run, one label).
    loss_fn : loss of ``(logits, target)`` for the Hessian (default cross-entropy).
    **options : :class:`PQCFConfig` fields (budget, pinned layers, distillation, export knobs).

    Names and budget are checked at construction and against the model in ``setup``, so a bad
    layer name fails before training starts. Runs on global rank 0 only, on CPU (a copy of the
    model). Its state (done flag and plan) is saved in checkpoints, so a resumed run does not
    compress twice.
    """

    def __init__(self, out_dir: str | Path, *, at_epoch: int | None = None, calib_dataloader=None,
                 heldout_dataloader=None, registry=None, run_name: str | None = None,
                 loss_fn: Callable = F.cross_entropy, verbose: bool = True, **options) -> None:
        fields = set(PQCFConfig.__dataclass_fields__)
        unknown = sorted(set(options) - fields)
        if unknown:
            raise ValueError(f"unknown PQCF options {unknown}; valid options are {sorted(fields)}")
        if at_epoch is not None and (isinstance(at_epoch, bool) or not isinstance(at_epoch, int) or at_epoch < 0):
            raise ValueError(f"at_epoch={at_epoch!r} must be a non-negative int or None (after fit)")
        self.config = PQCFConfig(**options)
        self.out_dir = Path(out_dir)
        self.at_epoch = at_epoch
        self.calib_dataloader = calib_dataloader
        self.heldout_dataloader = heldout_dataloader
        self.registry = registry
        self.run_name = run_name
        self.loss_fn = loss_fn
        self.verbose = verbose
        self.done = False
        self.plan: CompressionPlan | None = None
        self.result: CompressionResult | None = None

    def setup(self, trainer, pl_module, stage: str) -> None:
        validate(pl_module, self.config)

    def on_train_epoch_end(self, trainer, pl_module) -> None:
        if self.at_epoch is not None and trainer.current_epoch == self.at_epoch:
            self._run(trainer, pl_module)

    def on_fit_end(self, trainer, pl_module) -> None:
        if self.at_epoch is None:
            self._run(trainer, pl_module)

    def _run(self, trainer, pl_module) -> None:
        if self.done or not trainer.is_global_zero:
            return
        calib = self.calib_dataloader if self.calib_dataloader is not None else trainer.train_dataloader
        if calib is None:
            raise ValueError("PQCFCompression needs calibration data: pass calib_dataloader or fit with a train loader")
        heldout = self.heldout_dataloader
        if heldout is None:
            heldout = trainer.val_dataloaders
            if heldout is None:
                raise ValueError("PQCFCompression needs held-out data: pass heldout_dataloader or give the "
                                 "trainer validation data")
            if isinstance(heldout, (list, tuple)):
                heldout = heldout[0]
        was_training = pl_module.training
        # registry, run and rank: the trainer's run context (the PrometheusMonitor's, when attached)
        ctx = resolve(trainer, pl_module, run_name=self.run_name, registry=self.registry, owner="PQCFCompression")
        self.result = compress(pl_module, calib, heldout, out_dir=self.out_dir, config=self.config,
                               loss_fn=self.loss_fn, registry=ctx.registry, run_name=ctx.run, rank=ctx.rank,
                               verbose=self.verbose)
        pl_module.train(was_training)
        self.plan = self.result.plan
        self.done = True

    def state_dict(self) -> dict[str, Any]:
        return {"done": self.done, "plan": self.plan.to_dict() if self.plan is not None else None,
                "out_dir": str(self.out_dir)}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self.done = bool(state_dict.get("done", False))
        plan = state_dict.get("plan")
        self.plan = CompressionPlan.from_dict(plan) if plan else None
