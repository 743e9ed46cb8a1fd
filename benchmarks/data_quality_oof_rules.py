"""Issue 17, session 19: rate-free rules on the full model's out-of-fold probabilities (no noise rate known).

Session 18's ceiling study (``benchmarks/data_quality_ceiling.py``) trained the benchmark's MLP out of fold (5
stratified folds, 1,500 steps per fold, seeds 0 and 1) on the NOISY labels of every noise cell of rounds 13-19 and
the four tuning sets, and found that a cut chosen per cell KNOWING the noise rate meets issue 17's goals
(precision >= 0.85, recall >= 0.80; at 0 %: under 1 % of rows flagged) on 69 of the 196 held-out cells where the
in-training detector (``confident``, Bayes test odds 0.25) meets 23. This benchmark asks how much of that gap a rule
that does NOT know the rate closes, on the same probabilities (the ceiling's cache, /tmp/dqceiling; any missing
file is recomputed with the ceiling script's own ``oof_probs`` under its own key). Rules per cell, on the
out-of-fold probabilities ``P`` and the given (noisy) labels:

- ``cl_pbnr``, ``cl_both``, ``cl_cl``, ``cl_pneq``, ``cl_lnm``: cleanlab's ``find_label_issues`` with ``filter_by``
  ``'prune_by_noise_rate'`` (its default), ``'both'``, ``'confident_learning'``, ``'predicted_neq_given'``,
  ``'low_normalized_margin'``;
- ``bayes``: the project's confident rule on one set of probabilities: ``prune_by_noise_rate`` flags kept where the
  detector's Bayes test (``ConfidentLearningDetector._likely_wrong``, odds 0.25, its default) finds the given label
  at least 0.25 times as likely wrong as right (the detector's plain path, kNN check off);
- ``detector``: the default ``ConfidentLearningDetector`` (``make_detector("confident", ...)``, all defaults: kNN
  check on the inputs, Bayes test 0.25, confused pairs dropped once settled) fed the out-of-fold probabilities as
  every one of 8 epochs (its flags then are its rule on those probabilities once its fit has levelled off).

Scoring is the noise benchmark's table rule (``benchmarks.data_quality_actions``'s ``corrupt`` with its seeds,
``default_rng(1 + seed)``, and its sets from ``load(name, 0)``): seed-mean precision (0 where nothing is flagged)
and recall; a cell meets both goals when the means do; the 0 % cell meets when the seed-mean share of (clean) rows
flagged is under 1 %. At 0 % the given labels are the clean ones, so the model trained on them is the ceiling's
``clean`` file (the same labels, seed and folds); no other ``clean`` file is read. Beside each rule: the stored
detector (``confident``, schedule ``steps``) and the noisy-OOF oracle (``p`` form, the best cut per cell) from
``benchmarks/results/data_quality_ceiling.json``. Rounds 13-19 and the tuning sets are all SEEN data: this is a
measurement on looked-at sets, not a held-out look.

Also (``fixed_cut``, ``per_set_cut``): the most cells ONE cut on p(given label) meets over a group, and one cut per
set, both chosen on the cells they are scored on: an upper bound for any fixed cut of that form, not a rule.

Measured (session 19, seen data; ``benchmarks/results/data_quality_oof_rules.json``): of the 196 cells of rounds
13-19, cleanlab's filters meet 0-8 (``low_normalized_margin`` 8, ``both`` 5, default 3), ``bayes`` 6 and the
default detector fed the out-of-fold probabilities 10, against the in-training detector's 23 and the rate-knowing
oracle's 69; every rule flags 4-15 % of the clean rows at 0 % (the detector under 1 % on 13 of the 28 sets). On
out-of-fold probabilities cleanlab's issue count is the flips plus about 8 % of the rows (correlation 0.92 across
sets between the 0 % flagged share and the clean-label model's out-of-fold error): class overlap reads as noise.
Even one cut on p(given) chosen on the cells meets 29 (one per set: 48). Nothing was built into the product.

    python benchmarks/data_quality_oof_rules.py [--data round15 | --sets iris,digits] [--report]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from monitor.data_quality import make_detector  # noqa: E402
from monitor.data_quality.noise import ConfidentLearningDetector  # noqa: E402

RESULT = ROOT / "benchmarks" / "results" / "data_quality_oof_rules.json"
#: rule name -> (cleanlab filter_by, Bayes test odds) for :func:`oof_issues`; ``detector`` is separate
RULES = {"cl_pbnr": ("prune_by_noise_rate", 0.0), "cl_both": ("both", 0.0), "cl_cl": ("confident_learning", 0.0),
         "cl_pneq": ("predicted_neq_given", 0.0), "cl_lnm": ("low_normalized_margin", 0.0),
         "bayes": ("prune_by_noise_rate", 0.25)}
ALL_RULES = tuple(RULES) + ("detector",)
CELLS = ("0%", "5% sym", "15% sym", "30% sym", "5% cdep", "15% cdep", "30% cdep")  # the ceiling's cell_key of NOISE
GOAL_P, GOAL_R, GOAL_ZERO = 0.85, 0.80, 0.01
GROUPS = ("round13", "round14", "round15", "round16", "round17", "round18", "round19", "tuning", "all")
#: cuts on p(given label) for the fixed-cut bound (flag p <= cut)
CUTS = np.unique(np.round(np.r_[np.geomspace(1e-4, 0.05, 40), np.linspace(0.05, 0.95, 91)], 6))
HELD_OUT = GROUPS[:7]


def bench():
    """``(benchmarks.data_quality_actions, benchmarks.data_quality_ceiling)``, imported on first use (not at import:
    the tests import this module; it was run in session 19 before round 20's look with an empty stand-in for round
    20's module, so that a blind round's code was never imported; the sets scored are the ceiling's, never a blind
    round's)."""
    import benchmarks.data_quality_actions as A
    import benchmarks.data_quality_ceiling as C

    assert CELLS == tuple(C.cell_key(r, k) for r, k in A.NOISE) and (GOAL_P, GOAL_R, GOAL_ZERO) == (
        C.GOAL_P, C.GOAL_R, C.GOAL_ZERO)
    return A, C


def oof_issues(probs: np.ndarray, labels: np.ndarray, filter_by: str = "prune_by_noise_rate",
               odds: float = 0.0) -> np.ndarray:
    """cleanlab's ``find_label_issues`` (``filter_by``) on ``probs``; with ``odds`` > 0 only the flags the
    detector's Bayes test keeps (``ConfidentLearningDetector._likely_wrong`` at those odds)."""
    from cleanlab.filter import find_label_issues

    probs = probs / probs.sum(1, keepdims=True)
    issues = np.asarray(find_label_issues(labels, probs, filter_by=filter_by, n_jobs=1), dtype=bool)
    if odds:
        issues &= ConfidentLearningDetector(len(labels), probs.shape[1], odds=odds)._likely_wrong(labels, probs)
    return issues


def detector_flags(probs: np.ndarray, labels: np.ndarray, x: np.ndarray, epochs: int = 8) -> np.ndarray:
    """The default detector's flags (bool) when every epoch's probabilities are ``probs``."""
    det = make_detector("confident", len(labels), num_classes=probs.shape[1])
    for _ in range(epochs):
        det.add_epoch(probs=probs, labels=labels, features=x)
    out = np.zeros(len(labels), dtype=bool)
    out[det.flagged()] = True
    return out


def flags(rule: str, probs: np.ndarray, labels: np.ndarray, x: np.ndarray) -> np.ndarray:
    if rule == "detector":
        return detector_flags(probs, labels, x)
    filter_by, odds = RULES[rule]
    return oof_issues(probs, labels, filter_by=filter_by, odds=odds)


def score(runs: list[tuple[np.ndarray, np.ndarray]], zero: bool) -> dict:
    """Seed means over ``runs`` of (flags, flipped): precision (0 when nothing is flagged), recall, flagged share;
    ``meets``: both goals, or at 0 % (``zero``) a flagged share under 1 %."""
    share = float(np.mean([f.mean() for f, _ in runs]))
    if zero:
        return {"flagged_share": round(share, 4), "meets": share < GOAL_ZERO}
    prec = float(np.mean([(f & fl).sum() / f.sum() if f.any() else 0.0 for f, fl in runs]))
    rec = float(np.mean([(f & fl).sum() / max(fl.sum(), 1) for f, fl in runs]))
    return {"precision": round(prec, 3), "recall": round(rec, 3), "flagged_share": round(share, 4),
            "meets": prec >= GOAL_P and rec >= GOAL_R}


def cut_meets(runs: list[tuple[np.ndarray, np.ndarray]], zero: bool) -> str:
    """Per cut of :data:`CUTS` ("1" / "0"): whether flagging p(given) <= cut meets the cell's goals (seed means as
    :func:`score`); ``runs``: (p of the given label, flipped) per seed."""
    out = []
    for cut in CUTS:
        out.append("1" if score([(pg <= cut, fl) for pg, fl in runs], zero)["meets"] else "0")
    return "".join(out)


def probs_for(name: str, x, noisy, classes: int, rate: float, kind: str, seed: int, cache: Path | None,
              folds: int = 5, steps: int = 1500) -> np.ndarray:
    """The ceiling's cached out-of-fold probabilities of the model trained on ``noisy`` (at 0 %: the given labels
    are the clean ones, its ``clean`` file); recomputed with its ``oof_probs`` when missing."""
    _, C = bench()
    stem = f"{name}_k{folds}_st{steps}"
    key = f"{stem}_clean_s{seed}" if not rate else \
        f"{stem}_noisy_{C.cell_key(rate, kind).replace(' ', '').replace('%', 'pc')}_s{seed}"
    return C._cached(cache, key, lambda: C.oof_probs(x, noisy, classes, seed, folds, steps))


def run_set(name: str, seeds=(0, 1), cache: Path | None = None, rules=ALL_RULES) -> dict:
    A, C = bench()
    x, y, _, _ = A.load(name, 0)  # the noise benchmark's rows (as the ceiling study)
    classes = int(y.max()) + 1
    cells = {}
    for rate, kind in A.NOISE:
        runs, pgs = {r: [] for r in rules}, []
        for s in seeds:
            noisy, flip = A.corrupt(y, rate, kind, classes, np.random.default_rng(1 + s))
            if not rate:
                noisy = y  # corrupt at rate 0 flips nothing: the given labels are the clean ones
            probs = probs_for(name, x, noisy, classes, rate, kind, s, cache)
            for r in rules:
                runs[r].append((flags(r, probs, noisy, x), flip))
            pgs.append((probs[np.arange(len(noisy)), noisy] / probs.sum(1), flip))
        cells[C.cell_key(rate, kind)] = {r: score(runs[r], not rate) for r in rules}
        cells[C.cell_key(rate, kind)]["cut_meets"] = cut_meets(pgs, not rate)
        cells[C.cell_key(rate, kind)]["flipped_share"] = round(float(np.mean([fl.mean() for _, fl in pgs])), 4)
    return {"rows": int(len(y)), "classes": classes, "ordered": name in C.ORDERED, "cells": cells}


def stored(ceiling: dict, name: str) -> dict:
    """The detector's and the noisy-OOF oracle's (``p`` form) per-cell ``meets`` from the ceiling result."""
    s = ceiling.get("sets", {}).get(name)
    if s is None:
        return {}
    out = {"stored_detector": {k: bool(v["meets"]) for k, v in (s.get("detector") or {}).items()}}
    noisy = s["cells"].get("noisy", {})
    out["oracle"] = {k: bool(v["p"]["meets"]) for k, v in noisy.items()}
    return out


def groups(sets: dict) -> dict:
    out: dict = {}
    for name, s in sets.items():
        out.setdefault(s["group"], []).append(name)
    out = {g: out[g] for g in (*HELD_OUT, "tuning") if g in out}
    held = [n for g in HELD_OUT for n in out.get(g, [])]
    if held:
        out["held-out 13-19"] = held
        r1519 = [n for n in held if sets[n]["group"] not in ("round13", "round14")]
        out["ordered 15-19"] = [n for n in r1519 if sets[n].get("ordered")]
        out["unordered 15-19"] = [n for n in r1519 if not sets[n].get("ordered")]
    return {g: v for g, v in out.items() if v}


COLUMNS = ALL_RULES + ("stored_detector", "oracle")


def met(s: dict, col: str, cell: str | None = None) -> int | None:
    table = s["cells_stored"].get(col) if col in ("stored_detector", "oracle") else \
        {k: v[col]["meets"] for k, v in s["cells"].items() if col in v}
    if not table or (cell is not None and cell not in table):
        return None
    return int(sum(table[k] for k in ([cell] if cell else CELLS) if k in table))


def summary(sets: dict) -> dict:
    out = {}
    for g, names in groups(sets).items():
        row = {"sets": names, "cells": 7 * len(names)}
        for col in COLUMNS:
            vals = [met(sets[n], col) for n in names]
            row[col] = None if None in vals else sum(vals)
        row["by_cell"] = {}
        for cell in CELLS:
            row["by_cell"][cell] = {}
            for col in COLUMNS:
                vals = [met(sets[n], col, cell) for n in names]
                row["by_cell"][cell][col] = None if None in vals else sum(vals)
        # the fixed-cut bound: one cut on p(given) for every cell of the group (chosen on them: an upper bound for
        # any fixed cut, not a rule), and one cut per set (chosen per set on its own cells)
        grid = np.array([[[c == "1" for c in sets[n]["cells"][k]["cut_meets"]] for k in CELLS] for n in names])
        per_cut = grid.sum((0, 1))
        best = int(np.argmax(per_cut))
        row["fixed_cut"] = {"cut": float(CUTS[best]), "cells": int(per_cut[best]),
                            "by_cell": dict(zip(CELLS, grid[:, :, best].sum(0).tolist()))}
        row["per_set_cut"] = int(grid.sum(1).max(1).sum())
        out[g] = row
    return out


def _n(v) -> str:
    return "-" if v is None else str(v)


def tables(result: dict) -> str:
    summ, sets = result["summary"], result["sets"]
    head = " | ".join(COLUMNS)
    out = [f"| group | cells | {head} |", "|---" * (2 + len(COLUMNS)) + "|"]
    out += [f"| {g} | {row['cells']} | " + " | ".join(_n(row[c]) for c in COLUMNS) + " |" for g, row in summ.items()]
    out += ["", "| group | cells | one cut on p(given) for the group (chosen on it): cut, cells | one cut per set |",
            "|---" * 4 + "|"]
    out += [f"| {g} | {row['cells']} | {row['fixed_cut']['cut']:g}, {row['fixed_cut']['cells']} | "
            f"{row['per_set_cut']} |" for g, row in summ.items()]
    for g in ("held-out 13-19", "tuning", "ordered 15-19", "unordered 15-19"):
        if g in summ:
            out += ["", f"| {g}: sets meeting the cell (of {len(summ[g]['sets'])}) | {head} | fixed cut "
                    f"{summ[g]['fixed_cut']['cut']:g} |", "|---" * (2 + len(COLUMNS)) + "|"]
            out += [f"| {k} | " + " | ".join(_n(v[c]) for c in COLUMNS) + f" | {summ[g]['fixed_cut']['by_cell'][k]} |"
                    for k, v in summ[g]["by_cell"].items()]
    held = summ.get("held-out 13-19", {}).get("sets", [])
    if held:
        out += ["", "| held-out 13-19 cell | flipped share (mean) | flagged share (mean): "
                + " | ".join(ALL_RULES) + " |", "|---" * (2 + len(ALL_RULES)) + "|"]
        for k in CELLS:
            out.append(f"| {k} | {np.mean([sets[n]['cells'][k]['flipped_share'] for n in held]):.3f} | " + " | ".join(
                f"{np.mean([sets[n]['cells'][k][r]['flagged_share'] for n in held]):.3f}" for r in ALL_RULES) + " |")
    out += ["", f"| set | group | 0 % flagged share: {' | '.join(ALL_RULES)} |", "|---" * (2 + len(ALL_RULES)) + "|"]
    for n, s in sets.items():
        out.append(f"| {n} | {s['group']} | "
                   + " | ".join(f"{s['cells']['0%'][r]['flagged_share']:.4f}" if r in s['cells']['0%'] else "-"
                                for r in ALL_RULES) + " |")
    pr = [f"| set | cell | {' | '.join(ALL_RULES)} (precision / recall) |", "|---" * (2 + len(ALL_RULES)) + "|"]
    for n, s in sets.items():
        for k in CELLS[1:]:
            pr.append(f"| {n} | {k} | " + " | ".join(
                f"{s['cells'][k][r]['precision']:.2f}/{s['cells'][k][r]['recall']:.2f}" if r in s['cells'][k] else "-"
                for r in ALL_RULES) + " |")
    return "\n".join(out + [""] + pr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", choices=GROUPS, default="all", help="the ceiling's groups (rounds 13-19, tuning)")
    ap.add_argument("--sets", help="comma-separated set names instead of --data (the ceiling's sets only)")
    ap.add_argument("--cache", default="/tmp/dqceiling", help="the ceiling's probabilities cache ('' for none)")
    ap.add_argument("--ceiling", default=str(ROOT / "benchmarks" / "results" / "data_quality_ceiling.json"), help="the ceiling result (stored detector, oracle)")
    ap.add_argument("--out", default=str(RESULT), help="result file; rows of sets not run now are kept")
    ap.add_argument("--report", action="store_true", help="print the tables of the stored result and run nothing")
    args = ap.parse_args(argv)
    out_path = Path(args.out)
    if args.report:
        if not out_path.exists():
            print(f"--report: no stored result at {out_path}", file=sys.stderr)
            return 2
        result = json.loads(out_path.read_text())
        result["summary"] = summary(result["sets"])
        print(tables(result))
        return 0
    A, C = bench()
    names = C.DATA[args.data] if args.sets is None else tuple(args.sets.split(","))
    unknown = [s for s in names if s not in C.DATA["all"]]
    if unknown:
        print(f"--sets: not the ceiling's set(s) {', '.join(unknown)}", file=sys.stderr)
        return 2
    ceiling = json.loads(Path(args.ceiling).read_text()) if Path(args.ceiling).exists() else {}
    result = json.loads(out_path.read_text()) if out_path.exists() else {}
    sets = result.get("sets", {})
    cache = Path(args.cache) if args.cache else None
    import torch

    torch.set_num_threads(1)
    for name in names:
        t0 = time.time()
        row = run_set(name, cache=cache)
        row.update(group=C.group_of(name), cells_stored=stored(ceiling, name), seconds=round(time.time() - t0, 1))
        sets[name] = row
        result = {"config": {"seeds": [0, 1], "folds": 5, "steps": A.STEPS, "rules": {r: list(v) for r, v in
                                                                                     RULES.items()},
                             "goals": {"precision": C.GOAL_P, "recall": C.GOAL_R, "zero_share": GOAL_ZERO}},
                  "sets": sets, "summary": summary(sets)}
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(result, indent=1) + "\n")
        print(f"{name}: {time.time() - t0:.0f} s; " + ", ".join(f"{c} {met(row, c)}" for c in COLUMNS), flush=True)
    print(tables(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
