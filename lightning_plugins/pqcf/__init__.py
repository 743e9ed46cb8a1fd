"""PQCF: progressive quantization compression — sensitivity, 8/4-bit allocation, distillation, export.

Four stages, each usable on its own, one module each (``quantizers`` holds the fake quantizers they
share, ``config`` the options, ``batches`` the input checks, ``report`` the written report):

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

:func:`compress` (``pipeline``) runs the four stages; :class:`PQCFCompression` (``callback``) is the
Lightning callback that runs them after fit (or at a chosen epoch).
"""

from __future__ import annotations

import importlib

#: public name -> the module defining it; names load on first use, so importing one stage (or only
#: ``PQCFConfig``, as ``lightwatch compress`` does to check its options) does not import torch, Lightning
#: and ONNX Runtime for the others
_LAZY = {
    "CompressionPlan": "lightning_plugins.pqcf.allocation",
    "LayerPlan": "lightning_plugins.pqcf.allocation",
    "allocate_bits": "lightning_plugins.pqcf.allocation",
    "bit_candidates": "lightning_plugins.pqcf.allocation",
    "build_layer_plans": "lightning_plugins.pqcf.allocation",
    "check_budget": "lightning_plugins.pqcf.allocation",
    "layer_bytes": "lightning_plugins.pqcf.allocation",
    "model_param_bytes": "lightning_plugins.pqcf.allocation",
    "plan_with_bits": "lightning_plugins.pqcf.allocation",
    "distillation_loader": "lightning_plugins.pqcf.batches",
    "split_batch": "lightning_plugins.pqcf.batches",
    "PQCFCompression": "lightning_plugins.pqcf.callback",
    "OBJECTIVES": "lightning_plugins.pqcf.config",
    "PQCFConfig": "lightning_plugins.pqcf.config",
    "validate": "lightning_plugins.pqcf.config",
    "distill": "lightning_plugins.pqcf.distillation",
    "mean_kl": "lightning_plugins.pqcf.distillation",
    "ExportResult": "lightning_plugins.pqcf.export",
    "export_onnx": "lightning_plugins.pqcf.export",
    "onnx_weight_bytes": "lightning_plugins.pqcf.export",
    "ort_latency": "lightning_plugins.pqcf.export",
    "ort_predict": "lightning_plugins.pqcf.export",
    "ort_session": "lightning_plugins.pqcf.export",
    "trtexec_command": "lightning_plugins.pqcf.export",
    "CompressionResult": "lightning_plugins.pqcf.pipeline",
    "compress": "lightning_plugins.pqcf.pipeline",
    "BIT_CHOICES": "lightning_plugins.pqcf.quantizers",
    "FP_BITS": "lightning_plugins.pqcf.quantizers",
    "QUANTIZABLE": "lightning_plugins.pqcf.quantizers",
    "apply_fake_quant": "lightning_plugins.pqcf.quantizers",
    "layer_perturbation": "lightning_plugins.pqcf.quantizers",
    "observe_ranges": "lightning_plugins.pqcf.quantizers",
    "quantizable_layers": "lightning_plugins.pqcf.quantizers",
    "quantize_weight": "lightning_plugins.pqcf.quantizers",
    "remove_fake_quant": "lightning_plugins.pqcf.quantizers",
    "plot_plan": "lightning_plugins.pqcf.report",
    "write_report": "lightning_plugins.pqcf.report",
    "LayerTrace": "lightning_plugins.pqcf.sensitivity",
    "hutchinson_traces": "lightning_plugins.pqcf.sensitivity",
    "quadratic_perturbations": "lightning_plugins.pqcf.sensitivity",
}

__all__ = [
    "PQCFConfig", "LayerPlan", "CompressionPlan", "CompressionResult", "ExportResult", "LayerTrace",
    "quantizable_layers", "validate", "hutchinson_traces", "quadratic_perturbations", "layer_perturbation",
    "layer_bytes", "model_param_bytes", "bit_candidates", "build_layer_plans", "allocate_bits", "check_budget",
    "plan_with_bits", "quantize_weight", "observe_ranges", "apply_fake_quant", "remove_fake_quant",
    "split_batch", "distillation_loader", "distill", "mean_kl", "export_onnx", "trtexec_command",
    "onnx_weight_bytes", "ort_session", "ort_predict", "ort_latency", "write_report", "plot_plan",
    "compress", "PQCFCompression", "BIT_CHOICES", "FP_BITS", "QUANTIZABLE", "OBJECTIVES",
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'lightning_plugins.pqcf' has no attribute {name!r}")


def __dir__():
    return sorted(__all__)
