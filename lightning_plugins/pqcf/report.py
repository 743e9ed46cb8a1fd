"""The report a PQCF run writes: ``report.json``, ``report.md`` and ``sensitivity.png``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from lightning_plugins.pqcf.allocation import CompressionPlan
from lightning_plugins.pqcf.quantizers import FP_BITS

if TYPE_CHECKING:
    from lightning_plugins.pqcf.pipeline import CompressionResult


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
