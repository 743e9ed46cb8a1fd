"""PQCF compression (the PQCFCompression callback and `lightwatch compress`): per-layer bits and sensitivity,
model size, accuracy and latency before/after. Gradient compression panels are in parallelism.py.

The uid and title stay `lightwatch-compression` / "lightwatch / Compression" (links and pushed copies keep working).
"""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards.config import Config

UID = "lightwatch-compression"
TITLE = "lightwatch / Compression"


def build(cfg: Config):
    s = c.sel()
    board = c.dashboard(UID, TITLE, "PQCFCompression: bits per layer from Hessian sensitivity, and what the "
                                    "compressed model costs in accuracy and gains in size and latency.")
    board.with_panel(c.bar_panel(
        "Bits per layer", "Bits allocated to each layer's weights (32 = kept in floating point).",
        [(f"max by (layer) ({M.PQCF_LAYER_BITS.series}{{{s}}})", "{{layer}}")], unit="none",
        steps=((None, c.RED), (cfg.layer_bits_warn, c.YELLOW), (cfg.layer_bits_full, c.GREEN))))
    board.with_panel(c.bar_panel(
        "Layer sensitivity", "Hutchinson Hessian-trace sensitivity per layer (higher keeps more bits).",
        [(f"max by (layer) ({M.PQCF_LAYER_SENSITIVITY.series}{{{s}}})", "{{layer}}")], unit="none"))
    board.with_panel(c.stat_panel(
        "Model size", "Weight bytes before and after compression.",
        [(f"max by (stage) ({M.PQCF_MODEL_BYTES.series}{{{s}}})", "{{stage}}")], unit="bytes"))
    board.with_panel(c.stat_panel(
        "Compression ratio", "Original over compressed model bytes.",
        [(f"max({M.PQCF_COMPRESSION_RATIO.series}{{{s}}})", "ratio")], unit="none",
        steps=((None, c.RED), (cfg.compression_ratio_warn, c.YELLOW),
               (cfg.compression_ratio_good, c.GREEN))))
    board.with_panel(c.stat_panel(
        "Accuracy by stage", "Held-out accuracy: fp, quantized, distilled, ONNX.",
        [(f"max by (stage) ({M.PQCF_ACCURACY.series}{{{s}}})", "{{stage}}")], unit="percentunit"))
    board.with_panel(c.stat_panel(
        "Latency before/after", "ONNX Runtime CPU latency per batch, fp32 vs quantized.",
        [(f"max by (model) ({M.PQCF_LATENCY.series}{{{s}}})", "{{model}}")], unit="s"))
    return board
