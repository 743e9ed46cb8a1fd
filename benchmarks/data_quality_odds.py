"""Session 13 of issue 17: a Bayes test of each confident flag with cleanlab's estimated noise matrix.

The default's remaining failure is precision at 5 % noise where classes overlap: clean rows that a fitted model
misclassifies in an overlap region are flagged like flips. Given cleanlab's estimated noise matrix
T = P(given i | true j) and the noise-corrected probabilities of the true class (round 4's inversion), Bayes
gives the probability that a row's given label is right, P(true i | x, given i), proportional to
T[i, i] P(true i | x). At 5 % noise T's off-diagonal is small, so an overlap row's clean label stays more likely
right than wrong unless its region holds almost none of its class; at 30 % the bar is low. The detector option
``odds`` keeps a flag only where P(wrong) >= odds * P(right) (``noisy_odds``; 0: off, the session-12 rule).

Each run trains the benchmark's MLP once (``benchmarks.data_quality_actions.train``, 1,500 steps) and feeds the
same epochs to one detector per variant, so they differ only in their rule (the epoch choice is the default's in
all: the confident share is computed before the test):

- ``default``: the library default (``odds=0``);
- ``odds 2`` / ``odds 1`` / ``odds 0.5`` / ``odds 0.25`` / ``odds 0.1``: the test on the default's flags with that
  bar (1: more likely wrong than right);
- ``model only 1`` / ``0.25``: the same test with the noise matrix and corrected probabilities of the model's
  smoothed probabilities alone (not mixed with the kNN view);
- ``knn 1`` / ``0.5`` / ``0.25`` / ``0.1``: the test on the kNN view alone (the neighbours' given labels, which
  the model's memorising does not reach), with its own noise matrix and corrected probabilities;
- ``uncorrected 1`` / ``0.25``: the noise matrix of the mixed probabilities, but the mixed probabilities themselves
  as P(true | x) (no inversion).

    python benchmarks/data_quality_odds.py [--data tuning | --sets digits,iris] [--seeds 0,1] [--out FILE] [--table]
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

from benchmarks.data_quality_actions import (NOISE, ROUNDS, TUNING, corrupt, epochs_for, known_sets, load,  # noqa: E402
                                             split, table, train)
from benchmarks.data_quality_oof import cells_met  # noqa: E402
from monitor.data_quality.noise import ConfidentLearningDetector, _latent  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_odds.json"


class Shared(ConfidentLearningDetector):
    """The library detector whose cleanlab passes are computed once per run and epoch for all variants: every
    variant gets the same probabilities, so its smoothed probabilities, confident share and flags before the
    ``odds`` test are the same (``token``: the run)."""

    cache: dict = {}

    def __init__(self, *args, token=None, **kw) -> None:
        super().__init__(*args, **kw)
        self.token = token

    def _memo(self, what, compute):
        key = (self.token, self.epochs_seen, what)
        if self.token is None:
            return compute()
        if key not in self.cache:
            self.cache.clear() if len(self.cache) > 64 else None
            self.cache[key] = compute()
        return self.cache[key]

    def _find(self, rows, probs):
        return self._memo("find", lambda: super(Shared, self)._find(rows, probs))

    def _corrected(self, rows, probs, knn=None):
        return self._memo("corrected", lambda: super(Shared, self)._corrected(rows, probs, knn))


class ModelOnly(Shared):
    """The test on the model's smoothed probabilities alone (noise matrix and correction without the kNN view)."""

    def _find_corrected(self, rows, probs, knn=None):
        self._rows = rows
        return super()._find_corrected(rows, probs, knn)

    def _likely_wrong(self, labels, probs, latent=None):
        return super()._likely_wrong(labels, self.ema[self._rows])


class KnnView(Shared):
    """The test on the kNN view alone (the neighbours' given labels: out-of-sample, unlike the model's probabilities
    of rows it has trained on), its own noise matrix and corrected probabilities; without features as the library."""

    def _find_corrected(self, rows, probs, knn=None):
        self._knn = knn
        return super()._find_corrected(rows, probs, knn)

    def _likely_wrong(self, labels, probs, latent=None):
        if self._knn is None:
            return super()._likely_wrong(labels, probs, latent)
        return super()._likely_wrong(labels, self._knn)


class Uncorrected(Shared):
    """The test with the (mixed) probabilities as P(true | x), not inverted through the noise matrix."""

    def _likely_wrong(self, labels, probs, latent=None):
        noise_matrix, _ = latent if latent is not None else _latent(labels, probs)
        return super()._likely_wrong(labels, probs, (noise_matrix, probs / probs.sum(1, keepdims=True)))


#: name -> (detector class, options)
VARIANTS = {"default": (Shared, {}), "odds 1": (Shared, {"odds": 1.0}), "odds 0.5": (Shared, {"odds": 0.5}),
            "odds 0.25": (Shared, {"odds": 0.25}), "odds 0.1": (Shared, {"odds": 0.1}), "odds 2": (Shared, {"odds": 2.0}),
            "model only 1": (ModelOnly, {"odds": 1.0}), "model only 0.25": (ModelOnly, {"odds": 0.25}),
            "uncorrected 1": (Uncorrected, {"odds": 1.0}), "uncorrected 0.25": (Uncorrected, {"odds": 0.25}),
            "knn 1": (KnnView, {"odds": 1.0}), "knn 0.5": (KnnView, {"odds": 0.5}), "knn 0.25": (KnnView, {"odds": 0.25}),
            "knn 0.1": (KnnView, {"odds": 0.1})}


def rows_for(name: str, seeds, variants) -> list[dict]:
    x, y, _, _ = load(name, 0)
    classes, epochs = int(y.max()) + 1, epochs_for(len(y))
    rows = []
    for (rate, kind), seed in ((c, s) for c in NOISE for s in seeds):
        noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
        token = (name, rate, kind, seed)
        dets = {v: VARIANTS[v][0](len(y), classes, token=token, **VARIANTS[v][1]) for v in variants}
        t0 = time.perf_counter()
        train(x, noisy, classes, epochs=epochs, seed=seed, detectors=list(dets.values()))
        for label, det in dets.items():
            f = det.flagged()
            tp = int(flip[f].sum())
            rows.append({"data": name, "split": split(name), "schedule": "steps", "epochs": epochs, "noise": rate,
                         "kind": kind if rate else "-", "seed": seed, "method": label, "rows": len(y),
                         "flipped": int(flip.sum()), "flagged": int(f.size), "judged_epoch": int(det.best_epoch),
                         "precision": round(tp / f.size, 3) if f.size else None,
                         "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                         "flagged_share": round(f.size / len(y), 4),
                         "run_seconds": round(time.perf_counter() - t0, 1)})
        print(name, rate, kind, seed, {k: int(d.flagged().size) for k, d in dets.items()},
              round(time.perf_counter() - t0, 1), flush=True)
    return rows


def summary(rows: list[dict], variants) -> str:
    """One line per variant: cells, P / R over the noisy runs and over the 5 % runs, clean share mean / worst."""
    out = ["| variant | cells | P / R, noisy runs | P / R, 5 % runs | clean: mean / worst set | sets >= 1 % |",
           "|---|---|---|---|---|---|"]
    for method in variants:
        met, total, loud = cells_met(rows, method)
        noisy = [r for r in rows if r["method"] == method and r["noise"]]
        low = [r for r in noisy if r["noise"] == 0.05]
        if not noisy:
            continue
        clean: dict = {}
        for r in rows:
            if r["method"] == method and not r["noise"]:
                clean.setdefault(r["data"], []).append(r["flagged_share"])
        means = [np.mean(v) for v in clean.values()] or [0.0]
        out.append(f"| {method} | {met} of {total} | {np.mean([r['precision'] or 0.0 for r in noisy]):.2f} / "
                   f"{np.mean([r['recall'] for r in noisy]):.2f} | {np.mean([r['precision'] or 0.0 for r in low]):.2f} / "
                   f"{np.mean([r['recall'] for r in low]):.2f} | {100 * np.mean(means):.2f} % / "
                   f"{100 * max(means):.2f} % | {loud} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TUNING), help="comma-separated data sets (default: the tuning sets)")
    ap.add_argument("--data", choices=("tuning", "seen", *(f"round{r}" for r in ROUNDS)),
                    help="instead of --sets: the tuning sets, or seen sets (a separate row, never chosen on)")
    ap.add_argument("--seeds", default="0,1", help="comma-separated seeds (default 0,1)")
    ap.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated, of: {', '.join(VARIANTS)}")
    ap.add_argument("--out", default=str(RESULT), help="the JSON result (rows of other sets in it are kept)")
    ap.add_argument("--table", action="store_true", help="print the tables of --out without running")
    args = ap.parse_args()
    if args.data == "tuning":
        sets = list(TUNING)
    elif args.data:
        sets = list(ROUNDS[int(args.data[5:])])
    else:
        sets = [s for s in args.sets.split(",") if s]
    unknown = [s for s in sets if s not in known_sets()]
    if unknown or not sets:
        print(f"--sets: unknown data set(s) {', '.join(unknown) or repr(args.sets)}; known: {', '.join(known_sets())}",
              file=sys.stderr)
        return 2
    variants = [v for v in args.variants.split(",") if v]
    if not variants or any(v not in VARIANTS for v in variants):
        print(f"--variants: {args.variants!r}; use comma-separated names of: {', '.join(VARIANTS)}", file=sys.stderr)
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
        new = [r for name in sets for r in rows_for(name, seeds, variants)]
        result["noise"] = [r for r in result["noise"] if r["data"] not in sets] + new
        result.setdefault("seconds", {})[",".join(sets)] = round(time.time() - t0, 1)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1) + "\n")
    rows = [r for r in result["noise"] if r["data"] in sets]
    present = [v for v in VARIANTS if any(r["method"] == v for r in rows)]
    for method in present:
        met, total, loud = cells_met(rows, method)
        print(f"\n{method}: {met} of {total} cells, {loud} clean sets flagging >= 1 %\n" + table(rows, method))
    print("\n" + summary(rows, present))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
