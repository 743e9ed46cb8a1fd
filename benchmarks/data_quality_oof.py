"""Session 12 of issue 17: out-of-fold (cross-validated) probabilities beside the confident rule.

cleanlab recommends out-of-sample ``pred_probs`` (K-fold cross-validation). Each run trains the benchmark's
MLP once (``benchmarks.data_quality_actions.train``, the library default detector, ``judge="settled"``) and
takes no-grad passes over the training rows (:func:`monitor.data_quality.oof.penultimate_features`: the input
of the last ``nn.Linear``); :func:`~monitor.data_quality.oof.oof_flags` then fits 5-fold logistic regressions
on those features against the noisy labels and runs cleanlab on the out-of-fold probabilities. Feature sources:

- ``settled``: the pass at the epoch the default's fit level (``FitLevel``) is first known (early, less memorised);
- ``final``: the pass after the last epoch (the flags a run ends with);
- ``judged``: the pass after the epoch the default judged at (its peak; the final pass when it reports its latest
  flags); the callback cannot run this one (the peak is known 2 epochs later), the benchmark keeps every pass;
- ``input``: the inputs themselves (a linear model, fully out-of-sample; a reference).

Variants per source: ``oof`` (the out-of-fold flags alone) and ``and`` (the default's final flags that the
out-of-fold flags also hold); ``avg settled``: cleanlab on the mean of the default's smoothed probabilities at
the settle pass and the out-of-fold ones. The seconds of each out-of-fold computation are recorded.

    python benchmarks/data_quality_oof.py [--sets digits,iris] [--seeds 0,1] [--out FILE]
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
import torch  # noqa: E402

from benchmarks.data_quality_actions import (NOISE, ROUND9, ROUND10, TUNING, corrupt, epochs_for,  # noqa: E402
                                             known_sets, load, split, table, train)
from monitor.data_quality import make_detector  # noqa: E402
from monitor.data_quality.oof import oof_flags, penultimate_features  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_oof.json"
VARIANTS = ("default", "oof settled", "and settled", "avg settled", "oof judged", "and judged", "oof final",
            "and final", "oof input", "and input")


def run_one(x, noisy, classes, epochs, seed) -> tuple[dict, dict]:
    """Flags (index arrays) per variant and seconds per out-of-fold computation for one training run."""
    from cleanlab.filter import find_label_issues

    det = make_detector("confident", len(noisy), num_classes=classes)
    snaps: dict = {}
    passes: list = []  # every epoch's features (for "judged")
    X = torch.tensor(x)
    idx = torch.arange(len(noisy))

    def on_epoch(epoch, model):
        if det.fit.settled is not None and "settled" not in snaps:
            snaps["settled"] = (penultimate_features(model, [(idx, X)])[1], det.ema.copy())
        passes.append(penultimate_features(model, [(idx, X)])[1])
        snaps["final"] = (passes[-1], None)

    train(x, noisy, classes, epochs=epochs, seed=seed, detectors=[det], on_epoch=on_epoch)
    snaps.setdefault("settled", snaps["final"])
    judged = det.best_epoch if det.best_share >= det.min_share else 0  # detector epochs count from 1
    snaps["judged"] = (passes[judged - 1], None) if judged else snaps["final"]
    snaps["input"] = (x, None)
    default = det.flagged()
    out, seconds = {"default": default}, {}
    for source, (feats, ema) in snaps.items():
        t0 = time.perf_counter()
        flags, probs = oof_flags(feats, noisy, classes)
        seconds[source] = round(time.perf_counter() - t0, 3)
        out[f"oof {source}"] = np.flatnonzero(flags)
        out[f"and {source}"] = np.intersect1d(default, np.flatnonzero(flags))
        if ema is not None:
            avg = 0.5 * ema / ema.sum(1, keepdims=True) + 0.5 * probs
            out["avg settled"] = np.flatnonzero(find_label_issues(noisy, avg, filter_by="prune_by_noise_rate",
                                                                  n_jobs=1))
    return out, seconds


def rows_for(name: str, seeds) -> list[dict]:
    x, y, _, _ = load(name, 0)
    classes, epochs = int(y.max()) + 1, epochs_for(len(y))
    rows = []
    for (rate, kind), seed in ((c, s) for c in NOISE for s in seeds):
        noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
        t0 = time.perf_counter()
        flags, seconds = run_one(x, noisy, classes, epochs, seed)
        for label, f in flags.items():
            tp = int(flip[f].sum())
            rows.append({"data": name, "split": split(name), "schedule": "steps", "epochs": epochs, "noise": rate,
                         "kind": kind if rate else "-", "seed": seed, "method": label, "rows": len(y),
                         "flipped": int(flip.sum()), "flagged": int(f.size),
                         "precision": round(tp / f.size, 3) if f.size else None,
                         "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                         "flagged_share": round(f.size / len(y), 4), "oof_seconds": seconds,
                         "run_seconds": round(time.perf_counter() - t0, 1)})
        print(name, rate, kind, seed, seconds, flush=True)
    return rows


def cells_met(rows: list[dict], method: str) -> tuple[int, int, int]:
    """(noisy cells meeting precision >= 0.85 and recall >= 0.80 on the seed mean, noisy cells, clean sets
    flagging >= 1 %)."""
    met = total = loud = 0
    for name in dict.fromkeys(r["data"] for r in rows):
        for rate, kind in NOISE:
            sel = [r for r in rows if r["data"] == name and r["method"] == method and r["noise"] == rate
                   and (r["kind"] == kind or not rate)]
            if not sel:
                continue
            if not rate:
                loud += np.mean([r["flagged_share"] for r in sel]) >= 0.01
                continue
            total += 1
            met += np.mean([r["precision"] or 0.0 for r in sel]) >= 0.85 and np.mean([r["recall"] for r in sel]) >= 0.80
    return met, total, loud


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TUNING), help="comma-separated data sets (default: the tuning sets)")
    ap.add_argument("--data", choices=("tuning", "round9", "round10"),
                    help="instead of --sets: the tuning sets, or round 9's / round 10's seen sets (not chosen on)")
    ap.add_argument("--seeds", default="0,1", help="comma-separated seeds (default 0,1)")
    ap.add_argument("--out", default=str(RESULT), help="the JSON result (rows of other sets in it are kept)")
    ap.add_argument("--table", action="store_true", help="print the tables of --out without running")
    args = ap.parse_args()
    sets = list({"tuning": TUNING, "round9": ROUND9, "round10": ROUND10}[args.data]) if args.data \
        else [s for s in args.sets.split(",") if s]
    unknown = [s for s in sets if s not in known_sets()]
    if unknown or not sets:
        print(f"--sets: unknown data set(s) {', '.join(unknown) or repr(args.sets)}; known: {', '.join(known_sets())}",
              file=sys.stderr)
        return 2
    try:
        seeds = tuple(int(s) for s in args.seeds.split(","))
    except ValueError:
        print(f"--seeds: {args.seeds!r} is not a comma-separated list of integers", file=sys.stderr)
        return 2
    out = Path(args.out)
    torch.set_num_threads(1)
    result = json.loads(out.read_text()) if out.exists() else {"noise": []}
    if not args.table:
        t0 = time.time()
        new = [r for name in sets for r in rows_for(name, seeds)]
        result["noise"] = [r for r in result["noise"] if r["data"] not in sets] + new
        result.setdefault("seconds", {})[",".join(sets)] = round(time.time() - t0, 1)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1) + "\n")
    rows = [r for r in result["noise"] if r["data"] in sets]
    for method in VARIANTS:
        met, total, loud = cells_met(rows, method)
        print(f"\n{method}: {met} of {total} cells, {loud} clean sets flagging >= 1 %\n" + table(rows, method))
    print("\n| variant | cells | P / R, noisy runs | clean: mean / worst set |\n|---|---|---|---|")
    for method in VARIANTS:
        met, total, _ = cells_met(rows, method)
        noisy = [r for r in rows if r["method"] == method and r["noise"]]
        if not noisy:
            continue
        clean = {}
        for r in rows:
            if r["method"] == method and not r["noise"]:
                clean.setdefault(r["data"], []).append(r["flagged_share"])
        worst = max(np.mean(v) for v in clean.values()) if clean else 0.0
        print(f"| {method} | {met} of {total} | {np.mean([r['precision'] or 0.0 for r in noisy]):.2f} / "
              f"{np.mean([r['recall'] for r in noisy]):.2f} | "
              f"{100 * np.mean([np.mean(v) for v in clean.values()]):.2f} % / "
              f"{100 * worst:.2f} % |")
    secs = [s for r in rows if r["method"] == "default" for s in [r["oof_seconds"]]]
    for source in ("settled", "judged", "final", "input"):
        v = [s[source] for s in secs if source in s]
        if v:
            print(f"oof {source}: {np.mean(v):.2f} s mean, {np.max(v):.2f} s max per pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
