"""Benchmark: lightwatch's detectors on NAB (real series), scored to NAB's published rules.

The 23 files of ``/work/shared/nab`` (realAdExchange, realTraffic, realTweets) go through the CLI's own
path (``anomaly.cli.read_csv`` + ``score_rows``), as ``lightwatch anomaly score FILE --direction both
--timestamps sort``: the default model for real values (``auto`` -> the likelihood rule,
``anomaly/likelihood.py``), its two ablations (the anomaly likelihood without the range check, the range
check alone), and the throughput detector (``--model lstm``, the default before session 7). ``sort``
because 4 files hold repeated timestamps that the default ``strict`` refuses; it keeps every row in
place (the files are in order), so rows align with NAB's labels.

A detection is the first row of each alert run (the moment an alert would page); the every-flagged-row
reading (NAB's per-row reading: each flagged row outside a window is a false positive) is given for
the default. Scores per category show whether one category carries the total. Null and perfect
detectors over all files are printed as a check (0 and 100 by construction).
Results: ``benchmarks/results/anomaly_nab.json``.

``--loco``: how the likelihood rule's one fitted constant (the level's ``alpha``) was chosen and what that
choice is worth on a category it was not chosen on: for each category, ``alpha`` is picked from
``ALPHAS`` by the standard score on the other two and scored on it (leave one category out).

    python benchmarks/anomaly_nab.py        # ~184k points per detector; ~1 CPU-minute
    python benchmarks/anomaly_nab.py --loco # + 10 values of alpha; ~1 more minute
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly import cli  # noqa: E402
from anomaly.evaluation import alert_runs  # noqa: E402
from anomaly.likelihood import LikelihoodDetector  # noqa: E402
from anomaly.nab import NAB_ROOT, PROFILES, first_rows, load_corpus, score_corpus, score_rows  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "anomaly_nab.json"
CATEGORIES = ("realAdExchange", "realTraffic", "realTweets")


class _NoRange(LikelihoodDetector):
    """Ablation: the anomaly likelihood alone."""

    def _out_of_range(self, x: float) -> bool:
        return False


class _RangeOnly(LikelihoodDetector):
    """Ablation: the range check alone."""

    def _likelihood(self) -> float:
        return 0.5


#: row label -> (model for ``cli.score_rows`` or a detector class, reading)
DETECTORS = {
    "default (auto = likelihood rule), alert starts": ("auto", "starts"),
    "default, every flagged row (NAB's per-row reading)": ("auto", "rows"),
    "ablation: likelihood without the range check": (_NoRange, "starts"),
    "ablation: range check alone": (_RangeOnly, "starts"),
    "throughput detector (--model lstm), alert starts": ("lstm", "starts"),
}
ROWS = (*DETECTORS, "null detector (all files)", "perfect detector (all files)")


def _perfect(f) -> np.ndarray:
    d = np.zeros(len(f.values), bool)
    for a, _ in f.windows:
        d[a] = True
    return d


ALPHAS = (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)


def loco_section(files, series) -> dict:
    """Leave one category out: pick ``alpha`` on two categories, score the third with it."""
    starts = {a: {name: first_rows(_flags(lambda **kw: LikelihoodDetector(alpha=a, **kw), ts, vs))
                  for name, (ts, vs) in series.items()} for a in ALPHAS}

    def score(names, a):
        return score_corpus([f for f in files if f.name in names], {n: starts[a][n] for n in names})["standard"]["score"]

    names = [f.name for f in files]
    out = {"alphas": list(ALPHAS), "all_files": {str(a): score(names, a) for a in ALPHAS}, "folds": {}}
    pooled = {}
    for c in CATEGORIES:
        test = [n for n in names if n.startswith(c)]
        train = [n for n in names if not n.startswith(c)]
        if not test or not train:
            continue
        best = max(ALPHAS, key=lambda a: score(train, a))
        out["folds"][c] = {"picked_alpha": best, "train_standard": score(train, best),
                           "held_out_standard": score(test, best),
                           "per_alpha_held_out": {str(a): score(test, a) for a in ALPHAS}}
        pooled.update({n: starts[best][n] for n in test})
    if pooled:
        out["pooled_held_out"] = score_corpus([f for f in files if f.name in pooled], pooled)
    return out


def print_loco(loco: dict) -> None:
    print("\nalpha chosen leaving one category out (standard score)")
    print("| held-out category | alpha picked on the other two | their score | held-out category's score |")
    print("|---|---|---|---|")
    for c, f in loco["folds"].items():
        print(f"| {c} | {f['picked_alpha']} | {f['train_standard']:.1f} | {f['held_out_standard']:.1f} |")
    if "pooled_held_out" in loco:
        p = loco["pooled_held_out"]
        print(f"| all three, each scored with its fold's pick | | | {p['standard']['score']:.1f} (low-FP "
              f"{p['reward_low_FP_rate']['score']:.1f}, low-FN {p['reward_low_FN_rate']['score']:.1f}) |")
    print("all files, per alpha: " + ", ".join(f"{a}: {v:.1f}" for a, v in loco["all_files"].items()))


def _flags(model, ts, vs) -> np.ndarray:
    if isinstance(model, str):
        res = cli.score_rows(ts, vs, model, "both")
    else:
        det = model(direction="both")
        res = [det.update(v, t) for t, v in zip(ts, vs)]
    return np.array([r.is_anomaly for r in res], bool)


def nab_section(limit_files: int | None = None, loco: bool = False) -> dict:
    """Each detector on NAB through ``anomaly.cli`` (read_csv --timestamps sort + score_rows, --direction both)."""
    files = load_corpus()[:limit_files] if limit_files else load_corpus()
    out, t0 = {"files": len(files), "refused": {}, "per_category_standard": {}, "wall_s": {}}, time.perf_counter()
    series = {}
    for f in files:
        _, ts, vs = cli.read_csv(NAB_ROOT / "data" / f.name, rate=False, timestamps="sort")
        assert len(vs) == len(f.values), f.name  # sorting kept every row in place
        series[f.name] = (ts, vs)
    flags_of = {}
    for label, (model, reading) in DETECTORS.items():
        key = model if isinstance(model, str) else model.__name__
        t1 = time.perf_counter()
        if key not in flags_of:
            flags_of[key] = {name: _flags(model, ts, vs) for name, (ts, vs) in series.items()}
            out["wall_s"][key] = time.perf_counter() - t1
        dets = {name: (first_rows(d) if reading == "starts" else d) for name, d in flags_of[key].items()}
        out[label] = score_corpus(files, dets)
        out["per_category_standard"][label] = {
            c: score_corpus([f for f in files if f.name.startswith(c)], dets)["standard"]["score"]
            for c in CATEGORIES if any(f.name.startswith(c) for f in files)}
        if reading == "starts" and model == "auto":
            out["alert_runs"] = {name: alert_runs(d) for name, d in flags_of[key].items()}
            out["per_file_raw_standard"] = {f.name: score_rows(dets[f.name], f.windows, PROFILES["standard"]).raw
                                            for f in files}
    out[ROWS[-2]] = score_corpus(files, {f.name: np.zeros(len(f.values), bool) for f in files})
    out[ROWS[-1]] = score_corpus(files, {f.name: _perfect(f) for f in files})
    if loco:
        out["loco"] = loco_section(files, series)
    out["scored"], out["profiles"], out["wall_s"]["total"] = len(series), PROFILES, time.perf_counter() - t0
    return out


def print_nab(nab: dict) -> None:
    print(f"\nNAB ({nab['scored']}/{nab['files']} files, --direction both --timestamps sort)")
    print("| NAB detector | standard | reward_low_FP_rate | reward_low_FN_rate | TP windows | FP | FN windows | "
          + " | ".join(f"{c} (standard)" for c in CATEGORIES) + " |")
    print("|---|---|---|---|---|---|---|" + "---|" * len(CATEGORIES))
    for k in ROWS:
        s, cats = nab[k], nab["per_category_standard"].get(k, {})
        print(f"| {k} | {s['standard']['score']:.1f} | {s['reward_low_FP_rate']['score']:.1f} | "
              f"{s['reward_low_FN_rate']['score']:.1f} | {s['standard']['tp']} | {s['standard']['fp']} | "
              f"{s['standard']['fn']} | " + " | ".join(f"{cats[c]:.1f}" if c in cats else "-" for c in CATEGORIES)
              + " |")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--files", type=int, default=None, help="only the first N files (a smoke test)")
    p.add_argument("--loco", action="store_true", help="also choose alpha leaving one category out")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)
    res = nab_section(a.files, a.loco)
    print_nab(res)
    if "loco" in res:
        print_loco(res["loco"])
    print(f"\nwall {res['wall_s']['total']:.0f}s")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=2, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
