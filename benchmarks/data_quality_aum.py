"""Session 11 of issue 17: training dynamics (Area Under the Margin) beside the confident rule, replayed.

The confident rule flags clean rows in class-overlap regions of a fitted model (tab6, wave6, imu7, nir15:
7-13 % of clean rows). Area Under the Margin (Pleiss et al., NeurIPS 2020): a row's margin each epoch is
p[given] - max p[other] on the before-update probabilities the replay records; a flipped row's margin stays
negative until it is memorised, a hard clean row hovers near 0. AUM is the mean margin over the epochs up to
the default's judged epoch; the forgetting-style statistic is the share of those epochs the row was
misclassified. Every run is the replay's (:func:`benchmarks.data_quality_replay.record`, same cache); the
default's flags and judged epoch are the replayed library default (``judge="settled"``, persist 2 of 3).

Variants (no noise rate anywhere):

- ``AND AUM < 0``: a default flag kept only where the row's AUM is negative (on average never fit);
- ``AND AUM < P1 of unflagged``: kept only where AUM is below the 1st percentile of the AUM of the same
  given class's rows the default does not flag (the presumed-clean rows' lower tail);
- ``AND AUM < mirrored P99``: kept where AUM < -(99th percentile of |AUM| of the unflagged rows with
  negative AUM), per given class (the clean rows' negative spread, mirrored);
- ``AND AUM GMM``: kept where a two-component Gaussian mixture on all rows' AUM puts the row in the
  lower component (posterior > 0.5);
- ``AND AUM < -0.1`` / ``< -0.2``: fixed margins (added after the first run showed the flagged clean rows of
  imu7 and nir15 at a median AUM near -0.1, their flagged flips near -0.3 to -0.4);
- ``AND AUM GMM of flagged (BIC)``: kept where two Gaussian components on the flagged rows' AUM (when the
  BIC prefers two to one) put the row in the lower one;
- ``AUM GMM alone``, ``AUM < 0 alone``: the AUM rule without the confident flags;
- ``AND misclassified > 1/2`` / ``> 3/4`` and ``misclassified > 3/4 alone``: the forgetting-style share.

    python benchmarks/data_quality_aum.py [--sets digits,iris] --cache DIR [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from benchmarks.data_quality_actions import NOISE, TUNING, known_sets  # noqa: E402
from benchmarks.data_quality_replay import JUDGED, Traced, by_split, judged, record  # noqa: E402
from benchmarks.data_quality_variants import start, summarize  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_aum.json"
DEFAULT = "settled k3 tol 0.015 (new default)"


def dynamics(probs: list, labels: np.ndarray, upto: int) -> tuple[np.ndarray, np.ndarray]:
    """(AUM, share of epochs misclassified) of each row over the recorded epochs ``0 .. upto``."""
    p = np.nan_to_num(np.stack(probs[: upto + 1]).astype(np.float64), nan=0.0)
    p = p / np.maximum(p.sum(2, keepdims=True), 1e-12)
    rows = np.arange(labels.size)
    own = p[:, rows, labels]
    other = p.copy()
    other[:, rows, labels] = -1.0
    margin = own - other.max(2)
    return margin.mean(0), (p.argmax(2) != labels).mean(0)


def _per_class(aum: np.ndarray, labels: np.ndarray, base: np.ndarray, how: str) -> np.ndarray:
    """Per given class, the AUM threshold from the rows ``base`` does not flag (``how``: "p1" or "mirror")."""
    thr = np.full(labels.size, -np.inf)
    for c in np.unique(labels):
        ref = aum[(labels == c) & ~base]
        if ref.size == 0:
            continue
        if how == "p1":
            thr[labels == c] = np.percentile(ref, 1)
        else:
            neg = -ref[ref < 0]
            thr[labels == c] = -np.percentile(neg, 99) if neg.size else 0.0
    return aum < thr


def _gmm_low(aum: np.ndarray) -> np.ndarray:
    """Rows a two-component Gaussian mixture on AUM puts in the lower component (posterior > 0.5)."""
    from sklearn.mixture import GaussianMixture

    x = aum.reshape(-1, 1)
    if np.ptp(x) < 1e-9:
        return np.zeros(aum.size, dtype=bool)
    gm = GaussianMixture(2, random_state=0).fit(x)
    low = int(np.argmin(gm.means_.ravel()))
    return gm.predict_proba(x)[:, low] > 0.5


def _flagged_split(aum: np.ndarray, base: np.ndarray) -> np.ndarray:
    """``base``'s flags in the lower of two Gaussian components on the flagged rows' AUM, when the Bayesian
    information criterion prefers two components to one (else all of ``base``)."""
    from sklearn.mixture import GaussianMixture

    x = aum[base].reshape(-1, 1)
    if x.shape[0] < 10 or np.ptp(x) < 1e-9:
        return base
    one, two = GaussianMixture(1, random_state=0).fit(x), GaussianMixture(2, random_state=0).fit(x)
    if two.bic(x) >= one.bic(x):
        return base
    out = np.zeros_like(base)
    out[np.flatnonzero(base)[two.predict_proba(x)[:, int(np.argmin(two.means_.ravel()))] > 0.5]] = True
    return out


def variants(probs: list, noisy: np.ndarray, x: np.ndarray) -> tuple[dict[str, np.ndarray], int]:
    """Every variant's flags (bool over the rows) on one recorded run, and the default's judged epoch."""
    det = Traced(noisy.size, int(noisy.max()) + 1, persist=1, judge="peak")
    for p in probs:
        det.add_epoch(probs=p, labels=noisy, features=x)
    base, pos = judged(det)[DEFAULT]
    upto = (pos if pos >= 0 else len(det.trace) - 1) + det.warmup_epochs
    aum, mis = dynamics(probs, noisy, min(upto, len(probs) - 1))
    gmm = _gmm_low(aum)
    return {"default (settled, persist 2 of 3)": base,
            "AND AUM < 0": base & (aum < 0),
            "AND AUM < P1 of unflagged": base & _per_class(aum, noisy, base, "p1"),
            "AND AUM < mirrored P99": base & _per_class(aum, noisy, base, "mirror"),
            "AND AUM GMM": base & gmm, "AND AUM < -0.1": base & (aum < -0.1), "AND AUM < -0.2": base & (aum < -0.2),
            "AND AUM GMM of flagged (BIC)": _flagged_split(aum, base),
            "AUM GMM alone": gmm, "AUM < 0 alone": aum < 0,
            "AND misclassified > 1/2": base & (mis > 0.5), "AND misclassified > 3/4": base & (mis > 0.75),
            "misclassified > 3/4 alone": mis > 0.75}, pos + 1


def worst_rise(summary: dict) -> dict:
    """Per variant, the largest rise of one set's mean clean share over the default's (set, points)."""
    base = summary["default (settled, persist 2 of 3)"]["by_set"]
    out = {}
    for v, s in summary.items():
        rises = [(round(100 * (b["mean_clean_share"] - base[d]["mean_clean_share"]), 2), d) for d, b in s["by_set"].items()]
        out[v] = max(rises)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TUNING), help="comma-separated data sets (default: the tuning sets)")
    ap.add_argument("--cache", type=Path, help="a folder keeping the recorded probabilities between runs")
    ap.add_argument("--out", type=Path, help=f"the JSON written (default: results/{RESULT.name})")
    args = ap.parse_args()
    sets = args.sets.split(",")
    unknown = [s for s in sets if s not in known_sets()]
    if unknown:
        print(f"--sets: unknown {unknown}; sets: {', '.join(known_sets())}", file=sys.stderr)
        return 2
    assert DEFAULT in JUDGED
    t0, rows = start(args.cache), []
    for name in sets:
        for (rate, kind), seed in ((c, s) for c in NOISE for s in (0, 1)):
            probs, noisy, flip, x = record(name, rate, kind, seed, None, args.cache)
            found, epoch = variants(probs, noisy, x)
            for variant, f in found.items():
                f = np.flatnonzero(f)
                tp = int(flip[f].sum())
                rows.append({"data": name, "set": "tuning" if name in TUNING else "seen", "noise": rate,
                             "kind": kind if rate else "-", "seed": seed, "variant": variant, "flagged": int(f.size),
                             "precision": round(tp / f.size, 3) if f.size else None,
                             "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                             "flagged_share": round(f.size / noisy.size, 4), "judged_epoch": epoch,
                             "epochs": len(probs)})
        print(name, round(time.time() - t0, 1), flush=True)
    summary, split = summarize(rows), by_split(rows)
    rise = worst_rise(summary)
    for v, s in split.items():
        print(f"{v:36s} " + "  ".join(f"{k}: {s[k]['cells_meeting_both']}, P/R 5-15 % {s[k]['precision_5_15']:.2f} / "
                                       f"{s[k]['recall_5_15']:.2f}, clean {100 * s[k]['mean_clean_share']:.2f} %"
                                       for k in s) + f"  worst rise {rise[v]}")
    (args.out or RESULT).write_text(json.dumps({"sets": sets, "by_split": split, "worst_rise": rise, "summary": summary,
                                                "rows": rows, "seconds": round(time.time() - t0, 1)}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
