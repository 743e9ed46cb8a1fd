"""PQCF options (:class:`PQCFConfig`, checked before any work starts) and their check against a model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the options import no torch: `lightwatch compress` checks them before loading it
    from torch import nn

OBJECTIVES = ("trace", "quadratic")


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


def validate(model: nn.Module, config: PQCFConfig) -> dict[str, nn.Module]:
    """Check the layer names of ``config`` against ``model``; return the candidate layers."""
    from lightning_plugins.pqcf.quantizers import quantizable_layers

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
