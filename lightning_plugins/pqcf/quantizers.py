"""Fake quantizers that compute what ONNX Runtime's exported model computes.

Per-channel symmetric int8 with round-half-even (``quantize_static``), MLAS block-wise 4-bit with
``roundf`` (``MatMulNBits``), uint8 activations from MinMax ranges, and the int8 per-block input
rounding of ``MatMulNBits`` at ``accuracy_level=4``: the PyTorch student and the exported model
compute the same integers.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import parametrize

BIT_CHOICES = (8, 4)
FP_BITS = 32
#: module types whose weight PQCF quantizes; 4-bit only for Linear (ORT's MatMulNBits is MatMul-only)
QUANTIZABLE = (nn.Linear, nn.Conv1d, nn.Conv2d)


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
