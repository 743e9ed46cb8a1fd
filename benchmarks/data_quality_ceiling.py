"""Issue 17's ceiling: can ANY detector that uses the benchmark's MLP meet the noisy-label goals on these sets?

A ceiling study, not a detector. Per data set an oracle that knows the clean labels takes out-of-fold predicted
probabilities (stratified K-fold, 5 by default) from the SAME MLP and schedule the noise benchmark runs
(``benchmarks.data_quality_actions.train``: Adam, 128 hidden units, batch 64, ``STEPS`` = 1,500 optimizer steps
per fold via ``epochs_for``), trained on the CLEAN labels, seeds 0 and 1. For each of the benchmark's noise cells
(``NOISE``: 0 %; 5 / 15 / 30 % symmetric and class-dependent c -> c + 1, flipped by its ``corrupt`` with its seeds,
``default_rng(1 + seed)``) it scores flags of two forms on the probabilities of the GIVEN (noisy) label:

- ``p``: flag row i if p(given label of i) <= tau;
- ``margin``: flag row i if max over the other classes of p - p(given) >= m.

Per cell and form: the threshold with the best F1 of the seed-mean precision and recall (one threshold shared by
the seeds, as the benchmark's table averages seeds), whether ANY threshold meets issue 17's goals on the seed means
(precision >= 0.85 and recall >= 0.80), the most recall any threshold reaches at precision >= 0.85 and the most
precision at recall >= 0.80, and the AUROC of the score between flipped and clean rows (the separability a
Bayes-like rule could use; mean and min over seeds). The 0 % cell counts as met when the threshold chosen at the
set's 15 % symmetric cell (the strictest one meeting both goals there, else the best-F1 one) flags under 1 % of
the clean rows. The realistic counterpart, ``noisy``: the same oracle forms on out-of-fold probabilities of a model
trained on the NOISY labels (folds stratified by them; cleanlab's documented input to ``find_label_issues``).
The detector column: the project's detector (method ``confident``, schedule ``steps``) as stored in
``benchmarks/results/data_quality_actions.json`` (seed means, the benchmark's table rule).

Probabilities are cached (``--cache``, /tmp/dqceiling) by set, oracle, cell, seed, folds and steps.
The blind round (``data_quality_actions.BLIND_ROUND``, round 138 since session 71) is not in ``--data`` or
``--sets``: the study runs only on sets whose one look has been taken (it measures the data, but a round's cells must
stay unscored until its look); rounds 20-137 were added after their looks (sessions 19-71), round 39 and later by
``ROUND_ORDER`` taking every round before the blind one.

    python benchmarks/data_quality_ceiling.py [--data round15 | --sets retina5,credit7] [--oracle clean]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402


import benchmarks.data_quality_actions as A  # noqa: E402

RESULT = ROOT / "benchmarks" / "results" / "data_quality_ceiling.json"
DETECTOR_RESULT = ROOT / "benchmarks" / "results" / "data_quality_actions.json"
TUNING4 = ("digits", "synthT", "breast_cancer", "iris")
#: rounds 15-19 first (the rounds of the first study), then 13-14, then rounds 20 up to the one before the blind
#: round (each taken after its look, sessions 19-28), then the tuning sets
ROUND_ORDER = (15, 16, 17, 18, 19, 13, 14, *range(20, A.BLIND_ROUND))
#: the aggregates keep the first study's rounds (13-19); rounds 20 on are rows of their own and in "held-out 13-N"
FIRST_STUDY = tuple(f"round{r}" for r in range(13, 20))
DATA = {**{f"round{r}": tuple(A.ROUNDS[r]) for r in ROUND_ORDER}, "tuning": TUNING4}
DATA["all"] = tuple(s for r in ROUND_ORDER for s in A.ROUNDS[r]) + TUNING4
GOAL_P, GOAL_R, GOAL_ZERO = 0.85, 0.80, 0.01
FORMS = ("p", "margin")
ORACLES = ("clean", "noisy")
#: the held-out sets with ordered classes: each round module's ``ORDERED`` (rounds 17 on export it), and the four
#: of rounds 15-16, whose modules say so in their docstrings (c -> c + 1 lands on a neighbour)
ORDERED = ("retina5", "credit7", "storm6", "otolith7") + tuple(
    s for r in ROUND_ORDER
    for s in getattr(importlib.import_module(f"benchmarks.data_quality_round{r}"), "ORDERED", ()))


def cell_key(rate: float, kind: str) -> str:
    return "0%" if not rate else f"{round(rate * 100)}% {'sym' if kind == 'symmetric' else 'cdep'}"


# --------------------------------------------------------------------------- out-of-fold probabilities
def oof_probs(x, labels, classes: int, seed: int, folds: int = 5, steps: int = A.STEPS) -> np.ndarray:
    """Out-of-fold softmax probabilities of the benchmark's MLP (its ``train``), trained on ``labels`` in
    stratified ``folds`` (shuffled with ``seed``) for ``steps`` optimizer steps each."""
    out = np.full((len(labels), classes), np.nan)
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, labels):
        model = A.train(x[tr], labels[tr], classes, epochs=A.epochs_for(len(tr), steps), seed=seed)
        with torch.no_grad():
            out[te] = model(torch.tensor(x[te])).softmax(1).numpy()
    return out


def _cached(cache: Path | None, key: str, compute) -> np.ndarray:
    path = cache / f"{key}.npy" if cache is not None else None
    if path is not None and path.exists():
        return np.load(path)
    probs = compute()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.npy")
        np.save(tmp, probs)
        os.replace(tmp, path)  # a concurrent run never reads a half-written file
    return probs


# --------------------------------------------------------------------------- oracle scoring
def scores(probs: np.ndarray, given: np.ndarray, form: str) -> np.ndarray:
    """Suspicion (higher = flag first): -p(given), or max other p - p(given)."""
    pg = probs[np.arange(len(given)), given]
    if form == "p":
        return -pg
    other = probs.copy()
    other[np.arange(len(given)), given] = -np.inf
    return other.max(1) - pg


def curve(runs: list[tuple[np.ndarray, np.ndarray]]):
    """Thresholds t (flag score >= t; the last, +inf, flags nothing) with the seed-mean precision (0 when nothing
    is flagged, as the benchmark's table counts it), recall, flagged share and false-positive rate (flagged share
    of the clean rows); ``runs``: (score, flipped) per seed."""
    ts = np.unique(np.concatenate([s for s, _ in runs] + [np.array([np.inf])]))
    prec, rec, share, fpr = [], [], [], []
    for s, flip in runs:
        all_sorted, bad_sorted = np.sort(s), np.sort(s[flip])
        flagged = len(s) - np.searchsorted(all_sorted, ts, "left")
        tp = len(bad_sorted) - np.searchsorted(bad_sorted, ts, "left")
        prec.append(np.where(flagged > 0, tp / np.maximum(flagged, 1), 0.0))
        rec.append(tp / max(int(flip.sum()), 1))
        share.append(flagged / len(s))
        fpr.append((flagged - tp) / max(len(s) - int(flip.sum()), 1))
    return ts, np.mean(prec, 0), np.mean(rec, 0), np.mean(share, 0), np.mean(fpr, 0)


def score_cell(runs, form: str = "p") -> dict:
    """Best-F1 threshold, whether any threshold meets both goals (and the strictest that does), the best recall
    at precision >= 0.85 and best precision at recall >= 0.80, and the AUROC (flipped vs clean) per seed.
    ``fpr_at_r80``: the least false-positive rate (share of clean rows flagged) at recall >= 0.80; ``fpr_needed``:
    the most the goals allow there at the cell's flipped share pi, 0.80 pi (1 - 0.85) / (0.85 (1 - pi)).
    ``threshold``: on the score (flag score >= it); ``cut``: in the form's own units (``p``: flag p(given) <= cut;
    ``margin``: flag margin >= cut)."""
    ts, p, r, share, fpr = curve(runs)
    f1 = np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)
    b = int(np.argmax(f1))
    ok = (p >= GOAL_P) & (r >= GOAL_R)
    out = {"best_f1": round(float(f1[b]), 3), "threshold": float(ts[b]), "precision": round(float(p[b]), 3),
           "recall": round(float(r[b]), 3), "flagged_share": round(float(share[b]), 4), "meets": bool(ok.any()),
           "strict_threshold": float(ts[ok].max()) if ok.any() else None,
           "recall_at_p85": round(float(r[p >= GOAL_P].max()), 3) if (p >= GOAL_P).any() else 0.0,
           "precision_at_r80": round(float(p[r >= GOAL_R].max()), 3) if (r >= GOAL_R).any() else 0.0,
           "fpr_at_r80": round(float(fpr[r >= GOAL_R].min()), 4) if (r >= GOAL_R).any() else None}
    pi = float(np.mean([flip.mean() for _, flip in runs]))
    out["fpr_needed"] = round(GOAL_R * pi * (1 - GOAL_P) / (GOAL_P * (1 - pi)), 4) if 0 < pi < 1 else None
    aucs = [roc_auc_score(flip, s) for s, flip in runs if 0 < flip.sum() < len(flip)]
    out["cut"] = round(-out["threshold"] if form == "p" else out["threshold"], 4)
    out["auroc"] = round(float(np.mean(aucs)), 3) if aucs else None
    out["auroc_min"] = round(float(np.min(aucs)), 3) if aucs else None
    return out


def zero_share(probs_by_seed: list[np.ndarray], y: np.ndarray, form: str, threshold: float) -> float:
    """Seed-mean share of clean rows (0 % noise) a threshold flags."""
    return round(float(np.mean([(scores(pr, y, form) >= threshold).mean() for pr in probs_by_seed])), 4)


def ceiling(x, y, *, seeds=(0, 1), folds: int = 5, steps: int = A.STEPS, oracles=ORACLES, cache: Path | None = None,
            tag: str = "set", log=None) -> dict:
    """Every noise cell of ``A.NOISE`` for one set: per oracle and form, :func:`score_cell` (the 0 % cell: the
    clean-row share flagged at the thresholds chosen at 15 % symmetric)."""
    classes = int(y.max()) + 1
    stem = f"{tag}_k{folds}_st{steps}"
    clean = {s: _cached(cache, f"{stem}_clean_s{s}", lambda s=s: oof_probs(x, y, classes, s, folds, steps))
             for s in seeds}
    out = {"rows": int(len(y)), "classes": classes,
           "oof_accuracy_clean": [round(float((clean[s].argmax(1) == y).mean()), 4) for s in seeds], "cells": {}}
    for oracle in oracles:
        res = {}
        for rate, kind in A.NOISE:
            runs_probs = []
            for s in seeds:
                noisy, flip = A.corrupt(y, rate, kind, classes, np.random.default_rng(1 + s))
                if oracle == "clean" or not rate:  # at 0 % the noisy labels are the clean ones: the same model
                    pr = clean[s]
                else:
                    key = f"{stem}_noisy_{cell_key(rate, kind).replace(' ', '').replace('%', 'pc')}_s{s}"
                    t0 = time.time()
                    pr = _cached(cache, key, lambda: oof_probs(x, noisy, classes, s, folds, steps))
                    if log and time.time() - t0 > 1:
                        log(f"  {tag} {oracle} {cell_key(rate, kind)} seed {s}: {time.time() - t0:.0f} s")
                runs_probs.append((pr, noisy, flip))
            if rate:
                res[cell_key(rate, kind)] = {f: score_cell([(scores(pr, g, f), fl) for pr, g, fl in runs_probs], f)
                                             for f in FORMS}
        zero = {}
        for f in FORMS:
            c15 = res["15% sym"][f]
            chosen = c15["strict_threshold"] if c15["strict_threshold"] is not None else c15["threshold"]
            share = zero_share([clean[s] for s in seeds], y, f, chosen)
            zero[f] = {"threshold_from": "strictest meeting both at 15% sym" if c15["meets"] else "best F1 at 15% sym",
                       "threshold": chosen, "flagged_share": share, "meets": share < GOAL_ZERO,
                       "flagged_share_best_f1": zero_share([clean[s] for s in seeds], y, f, c15["threshold"])}
        out["cells"][oracle] = {"0%": zero, **res}
    return out


# --------------------------------------------------------------------------- the detector's stored cells
def detector_cells(name: str, path: Path = DETECTOR_RESULT) -> dict | None:
    """Method ``confident``, schedule ``steps`` per cell: seed-mean precision / recall (None counted as 0, as the
    benchmark's table does) and whether they meet both goals; 0 %: the mean flagged share < 1 %."""
    if not path.exists():
        return None
    rows = [r for r in json.loads(path.read_text()).get("noise", [])
            if r["data"] == name and r.get("method") == "confident" and r.get("schedule") == "steps"]
    if not rows:
        return None
    out = {}
    for rate, kind in A.NOISE:
        sel = [r for r in rows if r["noise"] == rate and (r["kind"] == kind or not rate)]
        if not sel:
            continue
        if not rate:
            share = float(np.mean([r["flagged_share"] for r in sel]))
            out["0%"] = {"flagged_share": round(share, 4), "meets": share < GOAL_ZERO}
        else:
            p = float(np.mean([r["precision"] or 0.0 for r in sel]))
            rc = float(np.mean([r["recall"] for r in sel]))
            out[cell_key(rate, kind)] = {"precision": round(p, 3), "recall": round(rc, 3),
                                         "meets": p >= GOAL_P and rc >= GOAL_R}
    return out


def met(cells: dict | None, form: str | None = None) -> int | None:
    if cells is None:
        return None
    return sum(bool((c[form] if form else c)["meets"]) for c in cells.values())


def _count(sets: dict, names, oracle: str | None, form: str | None, key: str | None = None) -> int | None:
    """Cells meeting both goals over ``names`` (only cell ``key`` if given); None when one set lacks the column."""
    total = 0
    for n in names:
        cells = sets[n]["cells"].get(oracle) if oracle else sets[n]["detector"]
        if cells is None or (key is not None and key not in cells):
            return None
        total += met({key: cells[key]} if key else cells, form)
    return total


COLUMNS = tuple((f"{o}_{f}", o, f) for o in ORACLES for f in FORMS) + (("detector", None, None),)


def summary(sets: dict) -> dict:
    """Per round (and the tuning sets; ``ordered`` / ``unordered`` over rounds 15-19): cells meeting both goals per
    oracle / form and the detector, out of 7 per set, in all and per noise cell (``by_cell``: sets meeting it);
    AUROC (p form, seed mean) ranges per oracle and noise kind."""
    groups: dict = {}
    for name, s in sets.items():
        groups.setdefault(s["group"], []).append(name)
        if s["group"] in ("round15", "round16", "round17", "round18", "round19"):
            groups.setdefault("ordered 15-19" if name in ORDERED else "unordered 15-19", []).append(name)
    groups["held-out 13-19"] = [n for n in sets if sets[n]["group"] in FIRST_STUDY]
    held = sorted({int(s["group"][5:]) for s in sets.values() if s["group"].startswith("round")})
    for last in (r for r in held if r >= 20):  # each round from 20 on added after its look: 13 .. it
        groups[f"held-out 13-{last}"] = [n for n in sets if sets[n]["group"].startswith("round")
                                         and int(sets[n]["group"][5:]) <= last]
    groups["held-out, detector stored"] = [n for n in groups["held-out 13-19"] if sets[n]["detector"] is not None]
    groups = {g: names for g, names in groups.items() if names}
    out = {}
    for group, names in groups.items():
        row = {"sets": names, "cells": 7 * len(names)}
        for col, oracle, f in COLUMNS:
            row[col] = _count(sets, names, oracle, f)
        for oracle in ORACLES:
            for kind in ("sym", "cdep"):
                a = [c["p"]["auroc"] for n in names for k, c in sets[n]["cells"].get(oracle, {}).items()
                     if k.endswith(kind) and c["p"]["auroc"] is not None]
                row[f"auroc_{oracle}_{kind}"] = [min(a), max(a)] if a else None
        row["by_cell"] = {k: {col: _count(sets, names, o, f, k) for col, o, f in COLUMNS}
                          for k in (cell_key(r, kd) for r, kd in A.NOISE)}
        out[group] = row
    return out


def _n(v) -> str:
    return "-" if v is None else str(v)


def tables(result: dict) -> str:
    """Markdown: per group the cells meeting both goals (clean oracle p / margin, noisy-OOF oracle p / margin, the
    detector) with the AUROC ranges; per noise cell the sets meeting it; per set the same counts."""
    summ, sets = result.get("summary", {}), result.get("sets", {})
    out = ["| group | cells | clean p | clean margin | noisy-OOF p | noisy-OOF margin | detector | AUROC clean sym / "
           "cdep | AUROC noisy-OOF sym / cdep |", "|---" * 9 + "|"]
    rng = lambda a: "-" if not a else f"{a[0]:.3f}-{a[1]:.3f}"  # noqa: E731
    for g, row in summ.items():
        out.append(f"| {g} | {row['cells']} | " + " | ".join(_n(row[c]) for c, _, _ in COLUMNS)
                   + f" | {rng(row['auroc_clean_sym'])} / {rng(row['auroc_clean_cdep'])} | "
                   f"{rng(row['auroc_noisy_sym'])} / {rng(row['auroc_noisy_cdep'])} |")
    for g in ("held-out 13-19", "held-out, detector stored", "ordered 15-19", "unordered 15-19"):
        if g in summ:
            out += ["", f"| cell: {g} sets meeting it (of {len(summ[g]['sets'])}) | clean p | clean margin | "
                    "noisy-OOF p | noisy-OOF margin | detector |", "|---" * 6 + "|"]
            out += [f"| {k} | " + " | ".join(_n(v[c]) for c, _, _ in COLUMNS) + " |"
                    for k, v in summ[g]["by_cell"].items()]
    out += ["", "| set | group | clean p | clean margin | noisy-OOF p | noisy-OOF margin | detector | clean OOF "
            "accuracy | AUROC clean p, 15 % sym / cdep | noisy-OOF |", "|---" * 10 + "|"]
    for n, s in sets.items():
        au = lambda o: "/".join(f"{s['cells'][o][k]['p']['auroc']:.3f}" for k in ("15% sym", "15% cdep"))  # noqa: E731
        out.append(f"| {n}{' (ordered)' if n in ORDERED else ''} | {s['group']} | "
                   + " | ".join(_n(_count(sets, [n], o, f)) for _, o, f in COLUMNS)
                   + f" | {np.mean(s['oof_accuracy_clean']):.3f} | {au('clean') if 'clean' in s['cells'] else '-'} | "
                   f"{au('noisy') if 'noisy' in s['cells'] else '-'} |")
    return "\n".join(out)


def group_of(name: str) -> str:
    r = A.round_of(name)
    return f"round{r}" if r else "tuning"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", choices=tuple(DATA), default="all",
                    help=f"rounds 13-{A.BLIND_ROUND - 1}'s sets or the four tuning sets (digits, synthT, "
                         f"breast_cancer, iris); all: rounds 15-19, then 13-14, then 20-{A.BLIND_ROUND - 1}, then "
                         "tuning")
    ap.add_argument("--sets", help="comma-separated data set names instead of --data")
    ap.add_argument("--oracle", choices=("clean", "noisy", "both"), default="both",
                    help="clean: the oracle trained on the clean labels only; noisy: also trained on the noisy labels")
    ap.add_argument("--seeds", default="0,1", help="comma-separated training / flipping seeds (default 0,1)")
    ap.add_argument("--folds", type=int, default=5, help="out-of-fold folds (>= 2)")
    ap.add_argument("--steps", type=int, default=A.STEPS, help=f"optimizer steps per fold (default {A.STEPS})")
    ap.add_argument("--cache", default="/tmp/dqceiling", help="out-of-fold probabilities cache ('' for none)")
    ap.add_argument("--out", default=str(RESULT), help="result file; rows of sets not run now are kept")
    ap.add_argument("--report", action="store_true", help="print the tables of the stored result and run nothing")
    args = ap.parse_args(argv)
    sets = DATA[args.data]
    if args.sets is not None:
        sets = tuple(args.sets.split(","))
        unknown = [s for s in sets if s not in DATA["all"]]  # a blind round's sets are not the study's
        if unknown or not all(sets):
            print(f"--sets: unknown data set(s) {', '.join(unknown) or repr(args.sets)}; the study's sets: "
                  f"{', '.join(DATA['all'])}", file=sys.stderr)
            return 2
    try:
        seeds = tuple(int(s) for s in args.seeds.split(","))
        if any(s < 0 for s in seeds):
            raise ValueError
    except ValueError:
        print(f"--seeds={args.seeds!r}: give comma-separated integers >= 0", file=sys.stderr)
        return 2
    if args.folds < 2:
        print(f"--folds={args.folds}: give an integer >= 2", file=sys.stderr)
        return 2
    if args.steps < 1:
        print(f"--steps={args.steps}: give an integer >= 1", file=sys.stderr)
        return 2
    out_path = Path(args.out)
    if args.report:
        if not out_path.exists():
            print(f"--report: no stored result at {out_path}", file=sys.stderr)
            return 2
        result = json.loads(out_path.read_text())
        result["summary"] = summary(result.get("sets", {}))
        print(tables(result))
        return 0
    torch.set_num_threads(1)
    oracles = ORACLES if args.oracle == "both" else (args.oracle,)
    result = json.loads(out_path.read_text()) if out_path.exists() else {}
    stored = result.get("sets", {})
    cache = Path(args.cache) if args.cache else None
    for name in sets:
        t0 = time.time()
        x, y, _, _ = A.load(name, 0)  # the noise benchmark's rows: load's training split at seed 0
        row = ceiling(x, y, seeds=seeds, folds=args.folds, steps=args.steps, oracles=oracles, cache=cache, tag=name,
                      log=lambda m: print(m, flush=True))
        row.update(group=group_of(name), split=A.split(name), detector=detector_cells(name),
                   seconds=round(time.time() - t0, 1))
        old = stored.get(name, {}).get("cells", {})
        row["cells"] = {**{k: v for k, v in old.items() if k not in row["cells"]}, **row["cells"]}
        stored[name] = row
        result.update(config={"seeds": list(seeds), "folds": args.folds, "steps": args.steps,
                              "goals": {"precision": GOAL_P, "recall": GOAL_R, "zero_share": GOAL_ZERO},
                              "noise": [cell_key(r, k) for r, k in A.NOISE]},
                      sets=stored, summary=summary(stored))
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(result, indent=1) + "\n")
        print(f"{name}: {time.time() - t0:.0f} s; clean p/margin {met(row['cells'].get('clean'), 'p')}/"
              f"{met(row['cells'].get('clean'), 'margin')}, noisy p {met(row['cells'].get('noisy'), 'p')}, "
              f"detector {met(row['detector'])} of 7", flush=True)
    print(tables(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
