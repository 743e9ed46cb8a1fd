"""Numenta Anomaly Benchmark (NAB) scoring, written to NAB's published rules.

The rules (github.com/numenta/NAB: ``nab/sweeper.py``, ``nab/runner.py`` ``normalize``,
``config/profiles.json``), restated:

* Each labelled anomaly window is scored by the **first** detection inside it (the best one, as
  earlier is better): ``S(p) = 2 / (1 + exp(5 p)) - 1`` with ``p = -(right - i + 1) / width`` the
  relative position of row ``i`` in the window (-1 at its left edge), divided by ``S(-1)`` and
  weighted by the profile's ``A_TP``; a window with no detection costs ``-A_FN``.
* Every detection outside a window is a false positive weighted by ``A_FP``: ``-A_FP`` before the
  first window, and ``A_FP * S(|prev_right - i| / (prev_width - 1))`` after one (a detection just
  behind a window costs little, ``S`` reaches -1 at three window widths).
* Rows in the probationary period, ``min(floor(0.15 n), 0.15 * 5000)`` rows, are not scored.
* Scores are summed over files and normalised per profile:
  ``100 * (raw - null) / (perfect - null)`` where ``null`` is the raw total of a detector that never
  fires and ``perfect = (number of windows) * A_TP``, so the null detector scores 0 and one that
  fires on the first row of every window scores 100.

Windows are the published labels (10 % of a file's rows shared among its windows, centred on
the labelled anomalies); they are mapped to rows by timestamp (first row at or after the start,
last row at or before the end). Rows are scored in file order, so duplicate timestamps are fine.

Checked against NAB's own unit tests (``tests/integration/scorer_test.py``) and a published
per-file score (``results/windowedGaussian``: exchange-3_cpc, standard 2.5026632611866138), see
``tests/test_anomaly_eval.py``.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

NAB_ROOT = Path("/work/shared/nab")

#: NAB's application profiles (config/profiles.json); A_TN is not used by the score.
PROFILES = {
    "standard": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.11, "tnWeight": 1.0},
    "reward_low_FP_rate": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.22, "tnWeight": 1.0},
    "reward_low_FN_rate": {"tpWeight": 1.0, "fnWeight": 2.0, "fpWeight": 0.11, "tnWeight": 1.0},
}
PROBATION_PERCENT = 0.15


def scaled_sigmoid(position: float) -> float:
    """NAB's ``scaledSigmoid``: +0.987 at a window's left edge (-1), 0 at its right edge, -1 far behind."""
    if position >= 3.0:
        return -1.0
    return 2.0 / (1.0 + math.exp(5.0 * position)) - 1.0


def probation_length(n_rows: int, percent: float = PROBATION_PERCENT) -> float:
    return min(math.floor(percent * n_rows), percent * 5000)


@dataclass
class FileScore:
    """Raw NAB score of one file under one profile, with its counts."""

    raw: float
    tp: int  # windows with a detection
    fn: int  # windows without one
    fp: int  # detections outside every window (after probation)
    windows: int
    window_scores: list[float] = field(default_factory=list)


def score_rows(detections, windows: list[tuple[int, int]], cost: dict, probation: float | None = None) -> FileScore:
    """Score one file: ``detections`` a boolean per row, ``windows`` inclusive ``(first, last)`` row pairs."""
    det = np.asarray(detections, dtype=bool)
    n = len(det)
    prob = probation_length(n) if probation is None else probation
    wins = sorted(windows)
    max_tp = scaled_sigmoid(-1.0)
    window_best: dict[int, float] = {}
    for k, (a, b) in enumerate(wins):
        if b >= prob:  # a window wholly inside the probation period is not scored
            window_best[k] = -cost["fnWeight"]
    fp_total, fp_count = 0.0, 0
    k, prev = 0, None  # next window index, (right, width) of the last window passed
    for i in np.flatnonzero(det):
        while k < len(wins) and wins[k][1] < i:
            prev = (wins[k][1], wins[k][1] - wins[k][0] + 1)
            k += 1
        if i < prob:
            continue
        if k < len(wins) and wins[k][0] <= i <= wins[k][1]:
            a, b = wins[k]
            s = scaled_sigmoid(-(b - i + 1) / float(b - a + 1)) * cost["tpWeight"] / max_tp
            window_best[k] = max(window_best[k], s)
        else:
            pos = 3.0 if prev is None else abs(prev[0] - i) / float(max(prev[1] - 1, 1))
            fp_total += scaled_sigmoid(pos) * cost["fpWeight"]
            fp_count += 1
    tp = sum(1 for v in window_best.values() if v > -cost["fnWeight"])
    scores = [window_best[k] for k in sorted(window_best)]
    return FileScore(raw=sum(scores) + fp_total, tp=tp, fn=len(scores) - tp, fp=fp_count,
                     windows=len(wins), window_scores=scores)


def normalise(raw: float, null: float, n_windows: int, cost: dict) -> float:
    """NAB's final score: 0 for the null detector, 100 for the perfect one."""
    perfect = n_windows * cost["tpWeight"]
    return 100.0 * (raw - null) / (perfect - null)


# --------------------------------------------------------------------------- corpus
@dataclass
class NabFile:
    name: str  # category/file.csv, as in the labels
    timestamps: list[str]
    values: np.ndarray
    windows: list[tuple[int, int]]


def _parse(ts: str) -> float:
    return datetime.fromisoformat(ts.strip()).replace(tzinfo=timezone.utc).timestamp()


def rows_of_windows(stamps: list[str], label_windows) -> list[tuple[int, int]]:
    """Row ranges of labelled ``[start, end]`` timestamp windows (first row >= start, last row <= end)."""
    t = np.array([_parse(s) for s in stamps])
    out = []
    for start, end in label_windows:
        a = int(np.argmax(t >= _parse(start))) if (t >= _parse(start)).any() else len(t)
        le = np.flatnonzero(t <= _parse(end))
        b = int(le[-1]) if len(le) else -1
        if a <= b:
            out.append((a, b))
    return out


def load_corpus(root: Path = NAB_ROOT) -> list[NabFile]:
    """The NAB files under ``root/data`` with their windows from ``root/labels/combined_windows.json``."""
    root = Path(root)
    labels = json.loads((root / "labels" / "combined_windows.json").read_text())
    files = []
    for name in sorted(labels):
        with (root / "data" / name).open(newline="") as fh:
            rows = list(csv.DictReader(fh))
        stamps = [r["timestamp"] for r in rows]
        files.append(NabFile(name, stamps, np.array([float(r["value"]) for r in rows]),
                             rows_of_windows(stamps, labels[name])))
    return files


def load_profiles(root: Path = NAB_ROOT) -> dict:
    """The cost matrices of ``root/profiles.json`` (same numbers as ``PROFILES``)."""
    return {k: v["CostMatrix"] for k, v in json.loads((Path(root) / "profiles.json").read_text()).items()}


def score_corpus(files: list[NabFile], detections: dict, profiles: dict | None = None) -> dict:
    """Normalised NAB score per profile over the files present in ``detections`` (name -> bools)."""
    profiles = profiles or PROFILES
    out = {}
    scored = [f for f in files if f.name in detections]
    for pname, cost in profiles.items():
        raw = null = 0.0
        tp = fp = fn = windows = 0
        for f in scored:
            s = score_rows(detections[f.name], f.windows, cost)
            z = score_rows(np.zeros(len(f.values), bool), f.windows, cost)
            raw, null = raw + s.raw, null + z.raw
            tp, fp, fn, windows = tp + s.tp, fp + s.fp, fn + s.fn, windows + len(f.windows)
        out[pname] = {"score": normalise(raw, null, windows, cost) if windows else float("nan"),
                      "raw": raw, "null": null, "perfect": windows * cost["tpWeight"],
                      "tp": tp, "fp": fp, "fn": fn, "files": len(scored)}
    return out


def first_rows(flags) -> np.ndarray:
    """Only the first row of each run of flags (an alert's start, the moment a page is sent)."""
    f = np.asarray(flags, dtype=bool)
    prev = np.concatenate([[False], f[:-1]])
    return f & ~prev
