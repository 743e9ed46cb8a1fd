"""The PNG report: the series, the forecast band and the flagged regions in one figure."""

from __future__ import annotations

from pathlib import Path

from monitor.cliio import write_atomically


def plot_report(timestamps, values, results, out: Path, title: str = "throughput anomaly report") -> Path:
    """Draw ``values`` with ``results``' forecast band; shade alert runs red; write ``out`` atomically.

    ``out`` is written exactly as named (the caller checks it: ``monitor.cliio.output_file(...,
    suffix=".png")``); returns it.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    x = np.asarray(timestamps, dtype=float)
    x = x - x[0] if len(x) else x
    fc = np.array([r.forecast for r in results])
    lo = np.array([r.lower for r in results])
    hi = np.array([r.upper for r in results])
    flags = np.array([r.is_anomaly for r in results])
    score = np.array([r.score for r in results])
    fig, (ax, ax2) = plt.subplots(2, 1, figsize=(12, 5.5), sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    ax.fill_between(x, lo, hi, color="tab:blue", alpha=0.2, label="forecast band", step="mid")
    ax.plot(x, values, color="black", lw=0.6, label="observed")
    ax.plot(x, fc, color="tab:blue", lw=0.8, label="forecast")
    starts = np.flatnonzero(flags & ~np.r_[False, flags[:-1]])
    ends = np.flatnonzero(flags & ~np.r_[flags[1:], False])
    for k, (a, b) in enumerate(zip(starts, ends)):
        for axis in (ax, ax2):
            axis.axvspan(x[a], x[b], color="tab:red", alpha=0.25, label="alert" if k == 0 and axis is ax else None)
    ax.set_ylabel("value")
    finite = np.asarray(values, float)[np.isfinite(values)]
    if len(finite):
        lo_v, hi_v = float(np.percentile(finite, 0.5)), float(np.percentile(finite, 99.5))
        lo_v = min(0.0, lo_v)
        pad = 0.3 * (hi_v - lo_v) if hi_v > lo_v else max(1.0, abs(hi_v))
        top, bottom = hi_v + pad, lo_v - (pad if lo_v < 0 else 0.0)
        if np.isfinite(top) and np.isfinite(bottom) and top > bottom:
            ax.set_ylim(bottom, top)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title(f"{title}: {len(starts)} alert(s)")
    ax2.plot(x, score, color="tab:red", lw=0.7)
    ax2.set_ylim(0, 1.05)
    ax2.set_ylabel("score")
    ax2.set_xlabel("seconds since first point")
    fig.tight_layout()
    out = Path(out)
    try:
        write_atomically(out, lambda tmp: fig.savefig(tmp, dpi=110, format="png"))
    finally:
        plt.close(fig)
    return out
