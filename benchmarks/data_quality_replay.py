"""Rounds 7, 8 and session 11 of issue 17: the confident rule's variants replayed on recorded runs, side by side.

Each run (a data set, noise setting, seed and schedule of ``data_quality_actions.py``: its MLP, split,
flips, 1,500 optimizer steps or 8 epochs) is trained once and its per-epoch before-update
probabilities are kept (``--cache DIR`` keeps them between calls); the variants then replay the same
epochs, so they differ only in their rule.

Session 11 (default): *when* to judge. One detector with round 7's rule (``persist=1``) is traced with each
epoch's fit of the given labels (agreement of argmax and given label, mean self-confidence); every variant
chooses its own judged epoch from the traced shares (:func:`judged`) and keeps its window's flags reported
by 2 of 3 epochs: the former default (``judge="peak"``: the peak among all tracked epochs), the peak among the
epochs from the one where the fit levelled off (the first of k + 1 epochs over which it rose by at most
``tol``: the new default, k 3, tol 0.015, and its neighbours; from the last of them; on the self-confidence
instead), and the former peak moved to the level when it came before it. ``--check`` runs the library with ``noisy_judge`` "settled" and "peak" too and
asserts the same flags. Writes ``benchmarks/results/data_quality_replay_session11.json``.

Round 8 (``--round8``): one detector with round 7's rule (``persist=1``) is traced; every variant is read off
its epochs at the epoch it judges (:func:`round8`): a flag kept only when 2 / 3 of the judged window's three
epochs report it (2 of 3 is round 8's library default; ``--check`` runs that detector too and asserts the
same flags), or when the epoch 2 / 3 times as far into training still reports it, only where the
neighbours' majority is another class, cleanlab on the window's mean probabilities, cleanlab's other
``filter_by`` rules; and :func:`diagnose`, where round 7's false flags come from. Writes
``benchmarks/results/data_quality_replay_round8.json``.

Round 7 (``--round7``; ``benchmarks/results/data_quality_replay.json``), each with round 7's rule:

- ``default``: the library's detector;
- ``former test``: round 6's identifiability test (an epoch that flags half or more of any given class
  is void), which voided every epoch of long-tailed sets;
- ``kNN agrees``: the default's flags kept only where the model's and the kNN view's argmax are the
  same other class (second task of round 7: cut an underfit model's own misfits from the flags).

Tuning sets unless ``--sets`` names others (every set of rounds 1-7 has been looked at: the others are seen).

    python benchmarks/data_quality_replay.py [--sets digits,synthLT] [--schedules steps,8] [--cache DIR]
        [--round7 | --round8] [--check] [--out FILE]
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

from benchmarks.data_quality_actions import NOISE, TUNING, corrupt, epochs_for, known_sets, load, train  # noqa: E402
from benchmarks.data_quality_variants import _judge, _Recorder, start, summarize  # noqa: E402
from monitor.data_quality.noise import ConfidentLearningDetector, noise_corrected  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_replay.json"  # round 7's variants
RESULT8 = RESULT.with_name("data_quality_replay_round8.json")
RESULT11 = RESULT.with_name("data_quality_replay_session11.json")
#: session 11's judging variants: name -> (fit statistic, k epochs, tol, how); None: the former peak rule. The
#: level starts at the first of the k + 1 flat epochs ("level", the library's) or at the last ("confirmed");
#: "moved": the former peak, moved to the level's start when it came before it
JUDGED = {"peak, persist 2 of 3 (former default)": None,
          "settled k3 tol 0.015 (new default)": ("agreement", 3, 0.015, "level"),
          "settled k3 tol 0.007": ("agreement", 3, 0.007, "level"), "settled k3 tol 0.03": ("agreement", 3, 0.03, "level"),
          "settled k2 tol 0.01": ("agreement", 2, 0.01, "level"), "settled k5 tol 0.02": ("agreement", 5, 0.02, "level"),
          "settled k3 tol 0.08": ("agreement", 3, 0.08, "level"),
          "settled k3 tol 0.02, from the confirming epoch": ("agreement", 3, 0.02, "confirmed"),
          "peak moved to the level (k3 tol 0.015)": ("agreement", 3, 0.015, "moved"),
          "settled on self-confidence k3 tol 0.01": ("confidence", 3, 0.01, "level"),
          "settled on self-confidence k3 tol 0.02": ("confidence", 3, 0.02, "level")}


class FormerTest(ConfidentLearningDetector):
    """Round 6's identifiability test: half or more of any given class flagged voids the epoch."""

    def _unidentifiable(self, labels, issues, probs, crowding=True) -> bool:
        given = np.bincount(labels, minlength=self.num_classes)
        flagged = np.bincount(labels[issues], minlength=self.num_classes)
        return bool((flagged >= 0.5 * np.maximum(given, 1)).any() and issues.any())


class KnnAgrees(ConfidentLearningDetector):
    """The default's flags where the model's and the kNN view's argmax name the same class."""

    def _find_corrected(self, rows, probs, knn=None):
        flags = super()._find_corrected(rows, probs, knn)
        return flags & (probs.argmax(1) == knn.argmax(1)) if knn is not None else flags


VARIANTS = {"default": ConfidentLearningDetector, "former test": FormerTest, "kNN agrees": KnnAgrees}


class Traced(ConfidentLearningDetector):
    """The default detector keeping, per tracked epoch, its smoothed probabilities and reported flags."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.trace: list = []  # [share, reported flags (bool), smoothed probabilities, fit] per tracked epoch

    def add_epoch(self, **kw) -> int:
        n = super().add_epoch(**kw)
        if self.epochs_seen > self.warmup_epochs:
            flags = np.zeros(self.num_samples, dtype=bool)
            flags[np.asarray(self.recent[-1][2], dtype=np.int64)] = True
            p, y = np.asarray(kw["probs"], dtype=np.float64), self.labels
            own = p[np.arange(y.size), y] / p.sum(1)
            fit = {"agreement": float((p.argmax(1) == y).mean()), "confidence": float(own.mean())}
            self.trace.append([self.recent[-1][1], flags, self.ema.copy(), fit])
        return n


def _window(det: Traced) -> list[int]:
    """The trace positions the default judges: the peak epoch and its ``confirm`` later ones, else the latest
    epoch and its ``confirm`` earlier ones."""
    t = len(det.trace)
    if det.best_share >= det.min_share:
        e = det.best_epoch - det.warmup_epochs - 1
        return list(range(e, min(e + det.confirm + 1, t)))
    return list(range(t - 1, max(t - det.confirm - 2, -1), -1))


def _settled(fits: list[float], k: int, tol: float, how: str) -> int | None:
    """The trace position where the fit levelled off: the first ``t`` whose fit is at most ``tol`` above that of
    ``k`` epochs before gives ``t - k`` (the library's :class:`~monitor.data_quality.fit.FitLevel`; ``t`` when
    ``how`` is "confirmed"), or ``None``."""
    t = next((t for t in range(k, len(fits)) if fits[t] - fits[t - k] <= tol), None)
    return t if t is None or how == "confirmed" else t - k


def judged(det: Traced) -> dict[str, tuple[np.ndarray, int]]:
    """Session 11's variants (:data:`JUDGED`): each one's flags (bool over the rows) and judged trace position.
    The library's choice, replayed: an epoch's score is the lowest share of it and the ``confirm`` after it,
    the first highest eligible score wins when it reaches ``min_share``, else the latest epoch; flags kept
    where 2 of the window's epochs that report any flag report them."""
    t, c = len(det.trace), det.confirm
    share = [tr[0] for tr in det.trace]
    scores = [min(share[e:e + c + 1]) for e in range(t - c)]
    out = {}
    for name, rule in JUDGED.items():
        start = 0
        if rule is not None:
            start = _settled([tr[3][rule[0]] for tr in det.trace], rule[1], rule[2], rule[3])
        moved = rule is not None and rule[3] == "moved"
        eligible = [] if start is None else [(scores[e], -e) for e in range(0 if moved else start, len(scores))]
        best = max(eligible, default=(-1.0, 0))
        if best[0] >= det.min_share:
            e = max(-best[1], start) if moved else -best[1]
            win = list(range(e, min(e + c + 1, t)))
        else:
            win = list(range(t - 1, max(t - c - 2, -1), -1))
        out[name] = (_persisted(det, win), win[0] if win else -1)
    return out


def _persisted(det: Traced, win: list[int]) -> np.ndarray:
    """``win[0]``'s traced flags reported by 2 of the window's epochs that report any flag (all, when fewer)."""
    if not win:
        return np.zeros(det.num_samples, dtype=bool)
    seen = np.stack([det.trace[i][1] for i in win]).sum(0)
    voting = max(1, sum(int(det.trace[i][1].any()) for i in win))
    return det.trace[win[0]][1] & (seen >= min(2, voting))


def _flags_on(det: Traced, probs: np.ndarray, knn: np.ndarray | None, how: str) -> np.ndarray:
    """The default's flag rule on ``probs`` with cleanlab's ``how`` ("default": prune_by_noise_rate or
    low_self_confidence) on the noise-corrected mean of the model and kNN views, and the kNN-alone check."""
    from cleanlab.filter import find_label_issues

    if how == "default":
        return det._find_corrected(np.arange(det.num_samples), probs, knn)
    labels = det.labels
    mixed = 0.5 * probs / probs.sum(1, keepdims=True) + 0.5 * knn if knn is not None else probs
    flags = np.asarray(find_label_issues(labels, noise_corrected(labels, mixed), filter_by=how, n_jobs=1), dtype=bool)
    return flags & det._knn_cache[3] if knn is not None else flags


def round8(det: Traced, x: np.ndarray) -> dict[str, np.ndarray]:
    """Round 8's variants (bool flags over the rows), all at the default's epoch: the default, a flag kept
    only if reported in 2 / all 3 epochs of the judged window, only where the neighbours' majority is another
    class than the given one, the default rule on the window's mean probabilities, and cleanlab's other
    filters in place of the default's."""
    win = _window(det)
    seen = np.stack([det.trace[i][1] for i in win]).sum(0)
    knn = det._knn_probs(np.arange(det.num_samples))
    other = knn.argmax(1) != det.labels if knn is not None else np.ones(det.num_samples, dtype=bool)
    mean = np.mean([det.trace[i][2] for i in win], axis=0)
    base = det.trace[win[0]][1] if det.trace else np.zeros(det.num_samples, dtype=bool)
    voting = max(1, sum(int(det.trace[i][1].any()) for i in win))  # an epoch without flags abstains (library)
    out = {"round 7 default": base, "persist 2 of 3": base & (seen >= min(2, voting)),
           "persist 3 of 3": base & (seen >= len(win))}
    e = win[0]
    for times in (2, 3):  # the flags also reported at the epoch `times` as far into training (still misfit)
        later = min(times * (e + det.warmup_epochs + 1) - det.warmup_epochs - 1, len(det.trace) - 1)
        out[f"persist to {times}x epoch"] = base & (det.trace[later][1] if e >= 0 and det.trace else False)
    out["kNN majority"] = base & other
    out["persist 2 of 3 + kNN majority"] = out["persist 2 of 3"] & other
    out["window mean"] = _flags_on(det, mean, knn, "default")
    for how in ("both", "confident_learning", "prune_by_noise_rate"):
        out[f"filter {how}"] = _flags_on(det, det.trace[win[0]][2], knn, how)
    return out


def record(name: str, rate: float, kind: str, seed: int, epochs: int | None, cache: Path | None):
    """(per-epoch probabilities, given labels, flipped mask, inputs) of one run; ``epochs=None``: 1,500 steps."""
    x, y, _, _ = load(name, 0)
    classes = int(y.max()) + 1
    noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
    path = cache / f"{name}_{rate}_{kind}_{seed}_{epochs or 'steps'}.npz" if cache else None
    if path is not None and path.exists():
        return list(np.load(path)["probs"]), noisy, flip, x
    rec = _Recorder()
    train(x, noisy, classes, epochs=epochs or epochs_for(len(y)), seed=seed, detectors=[rec])
    if path is not None:
        np.savez_compressed(path, probs=np.stack(rec.probs))
    return rec.probs, noisy, flip, x


def diagnose(det: Traced, flip: np.ndarray) -> dict:
    """Where the default's false flags (clean rows flagged) come from: how many, the share whose neighbours'
    majority is the given label, the share the model puts in an adjacent class (given +- 1), the share
    reported in all 3 epochs of the judged window, and the judged epoch (of the tracked ones)."""
    win = _window(det)
    false = det.trace[win[0]][1] & ~flip if det.trace else np.zeros(flip.size, dtype=bool)
    knn = det._knn_probs(np.arange(det.num_samples))
    seen = np.stack([det.trace[i][1] for i in win]).sum(0) if det.trace else np.zeros(flip.size)
    pred = det.trace[win[0]][2].argmax(1) if det.trace else det.labels
    n = max(int(false.sum()), 1)
    return {"false_flags": int(false.sum()),
            "false_knn_majority_given": round(float((knn.argmax(1) == det.labels)[false].sum() / n), 3)
            if knn is not None else None,
            "false_adjacent": round(float((np.abs(pred - det.labels) == 1)[false].sum() / n), 3),
            "false_in_all_3": round(float((seen >= len(win))[false].sum() / n), 3),
            "judged_epoch": f"{win[0] + 1} of {len(det.trace)}" if det.trace else None}


def flags(probs, noisy, x, flip, round7: bool, check: bool = False, session11: bool = False) -> tuple[dict, dict]:
    """Each variant's flags (bool over the rows) on one recorded run: round 7's (each a detector of its own),
    round 8's (one traced detector with round 7's rule, the variants read off its epochs; ``check``: round
    8's default detector also runs, and must flag what the replayed "persist 2 of 3" flags) or, with
    ``session11``, session 11's ((flags, judged trace position) pairs; ``check``: the library with
    ``judge="settled"`` and ``"peak"`` must flag what the two replayed defaults flag)."""
    classes = int(noisy.max()) + 1
    if session11 and not round7:
        det = Traced(noisy.size, classes, persist=1, judge="peak")  # its traced epochs; every variant chooses its own
        lib = {j: ConfidentLearningDetector(noisy.size, classes, judge=j) for j in ("settled", "peak")} if check else {}
        for p in probs:
            for d in (det, *lib.values()):
                d.add_epoch(probs=p, labels=noisy, features=x)
        out = judged(det)
        names = list(JUDGED)
        for (judge, d), name in zip(lib.items(), (names[1], names[0])):
            assert np.array_equal(np.flatnonzero(out[name][0]), d.flagged()), f"replayed {name!r} is the library's"
        return out, {"epochs": len(det.trace)}
    if round7:
        out = {}
        for variant, cls in VARIANTS.items():
            det = cls(noisy.size, classes, persist=1, judge="peak")  # round 7's rule
            for p in probs:
                det.add_epoch(probs=p, labels=noisy, features=x)
            out[variant] = np.isin(np.arange(noisy.size), det.flagged())
        return out, {}
    det = Traced(noisy.size, classes, persist=1, judge="peak")  # round 7's rule
    new = ConfidentLearningDetector(noisy.size, classes, judge="peak")
    for p in probs:
        det.add_epoch(probs=p, labels=noisy, features=x)
        if check:
            new.add_epoch(probs=p, labels=noisy, features=x)
    out = round8(det, x)
    assert np.array_equal(np.flatnonzero(out["round 7 default"]), det.flagged()), "the replayed rule is the library's"
    if check:  # round 8's default (judge="peak" since session 11), run on its own, is the replayed variant
        assert np.array_equal(np.flatnonzero(out["persist 2 of 3"]), new.flagged()), "persist 2 of 3 is the default"
    return out, diagnose(det, flip)


def by_split(rows: list[dict]) -> dict:
    """Per variant and split (tuning / seen): :func:`_judge`, precision / recall over the 5-15 % runs, and the mean
    judged epoch (of the tracked ones) and its mean share of the run's tracked epochs."""
    out = {}
    for v in dict.fromkeys(r["variant"] for r in rows):
        out[v] = {}
        for split in ("tuning", "seen"):
            sel = [r for r in rows if r["variant"] == v and r["set"] == split]
            if not sel:
                continue
            low = [r for r in sel if 0 < r["noise"] < 0.2]
            judged = [r for r in sel if isinstance(r.get("judged_epoch"), int)]  # session 11's rows
            out[v][split] = {**_judge(sel), "precision_5_15": round(float(np.mean([r["precision"] or 0.0 for r in low])), 3),
                             "recall_5_15": round(float(np.mean([r["recall"] for r in low])), 3),
                             **({"judged_epoch": round(float(np.mean([r["judged_epoch"] for r in judged])), 1),
                                 "judged_share": round(float(np.mean([r["judged_epoch"] / max(r["epochs"], 1)
                                                                      for r in judged])), 3)} if judged else {})}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TUNING), help=f"comma-separated data sets (default: the tuning "
                                                             f"sets, {', '.join(TUNING)})")
    ap.add_argument("--schedules", default="steps,8", help="steps (1,500 optimizer steps) and / or an epoch count")
    ap.add_argument("--cache", type=Path, help="a folder keeping the recorded probabilities between runs")
    ap.add_argument("--round7", action="store_true", help="round 7's variants (default: session 11's)")
    ap.add_argument("--round8", action="store_true", help="round 8's variants (default: session 11's)")
    ap.add_argument("--check", action="store_true", help="also run the library's default detector (with session "
                    "11's variants: noisy_judge 'settled' and 'peak') on every run and check it flags what the "
                    "replayed default flags")
    ap.add_argument("--out", type=Path, help=f"the JSON written (default: results/{RESULT11.name}; --round8: "
                    f"{RESULT8.name}, --round7: {RESULT.name})")
    args = ap.parse_args()
    sets, schedules = args.sets.split(","), args.schedules.split(",")
    unknown = [s for s in sets if s not in known_sets()]
    if unknown or not all(s == "steps" or s.isdigit() for s in schedules):
        print(f"--sets / --schedules: unknown {unknown or args.schedules!r}; sets: {', '.join(known_sets())}; "
              "schedules: steps or an epoch count", file=sys.stderr)
        return 2
    t0, rows = start(args.cache), []
    for name in sets:
        for schedule in schedules:
            for (rate, kind), seed in ((c, s) for c in NOISE for s in (0, 1)):
                probs, noisy, flip, x = record(name, rate, kind, seed, None if schedule == "steps" else int(schedule),
                                               args.cache)
                found, diag = flags(probs, noisy, x, flip, args.round7, args.check, not args.round8)
                for variant, f in found.items():
                    extra = diag if variant == "round 7 default" else {}
                    if isinstance(f, tuple):  # session 11: (flags, judged trace position)
                        f, extra = f[0], {"judged_epoch": f[1] + 1, "epochs": diag["epochs"]}
                    f = np.flatnonzero(f)
                    tp = int(flip[f].sum())
                    rows.append({"data": name + ("" if schedule == "steps" else f" ({schedule} epochs)"),
                                 "set": "tuning" if name in TUNING else "seen", "noise": rate,
                                 "kind": kind if rate else "-", "seed": seed, "variant": variant, "flagged": int(f.size),
                                 "precision": round(tp / f.size, 3) if f.size else None,
                                 "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                                 "flagged_share": round(f.size / noisy.size, 4), **extra})
        print(name, round(time.time() - t0, 1), flush=True)
    summary, split = summarize(rows), by_split(rows)
    for v, s in split.items():
        print(f"{v:46s} " + "  ".join(f"{k}: {s[k]['cells_meeting_both']}, P/R 5-15 % {s[k]['precision_5_15']:.2f} / "
                                       f"{s[k]['recall_5_15']:.2f}, clean {100 * s[k]['mean_clean_share']:.2f} %, epoch "
                                       f"{s[k].get('judged_epoch', '-')}" for k in s))
    for v, s in summary.items():
        print(f"{v:30s} P {s['mean_precision']:.3f} R {s['mean_recall']:.3f} clean max {100 * s['max_clean_share']:.2f} %"
              f" cells {s['cells_meeting_both']}")
        for d, b in s["by_set"].items():
            print(f"    {d:24s} P {b['mean_precision']:.3f} R {b['mean_recall']:.3f} clean mean "
                  f"{100 * b['mean_clean_share']:.2f} % cells {b['cells_meeting_both']}")
    same = sum(all(q["flagged"] == r["flagged"]
                   for q in rows if q["variant"] == "former test" and all(q[k] == r[k] for k in ("data", "noise", "kind", "seed")))
               for r in rows if r["variant"] == "default") if args.round7 else None
    (args.out or (RESULT if args.round7 else RESULT8 if args.round8 else RESULT11)).write_text(json.dumps({"sets": sets, "schedules": schedules, "by_split": split, "summary": summary, "rows": rows,
                                  "same_as_former": same, "seconds": round(time.time() - t0, 1)}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
