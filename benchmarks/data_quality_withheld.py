"""Which rule withholds the confident detector's flags, epoch by epoch (session 15's diagnosis).

Runs the noise benchmark's own pipeline (``data_quality_actions``: ``load(name, 0)``, ``corrupt`` with
``default_rng(1 + seed)``, ``train`` with the 128-unit MLP) for one schedule, with the default detector
(``make_detector("confident", ...)``) and beside it an instrumented copy that records, without changing what
it flags (checked: both flag the same rows, or the script exits 1), each tracked epoch's:

- ``agree``: the fit of the given labels (before-update argmax = given label; :class:`FitLevel`'s number) and
  ``clean``: the same on the unflipped rows (the clean-row training accuracy);
- ``settled``: the epoch the fit levelled off at (``-`` not yet: no peak may be judged, the latest flags count);
- ``issues``: cleanlab's flags on the smoothed probabilities (after a confused pair's are dropped);
- ``logp`` vs ``H``: the mean log-probability of the given labels against the label shares' (sum s log s):
  the first identifiability test voids the epoch when ``logp <= H``;
- ``diag``: the classes that keep no more rows than the flags move into them (``class kept/moved-in``): the
  second test;
- ``crowd``: flagged rows of a confused pair (the third test, before the fit levelled off); after it, ``-``
  and ``drop``: the confused pair's flags dropped instead;
- ``rule``: the first test that fired (``void:logp`` / ``void:diag`` / ``void:crowd``) or ``ok``;
- ``rep``: the rows the epoch reports (kNN check and the odds test applied), with the precision / recall they
  would have had, also for a void epoch (``would``: what the epoch's flags would be if no test had voided it);
- ``last``: the persistent latest flags; ``best``: the judged peak's share and epoch.

And at the end: the flags, their precision / recall, the model's clean-row training accuracy and its clean
test accuracy. ``--compare`` instead trains each cell once with the default (``latest="any"``) and session 15's
option ``latest="identifiable"`` side by side (RATE 0 allowed) and stores their flags under ``"compare"``.
Round 16's sets are refused (unseen). Results: ``benchmarks/results/data_quality_withheld.json``.

    python benchmarks/data_quality_withheld.py --sets iris --noise 0.3:symmetric --epochs 8 [--seeds 0]
    python benchmarks/data_quality_withheld.py --compare --sets iris,digits --noise 0,0.3 --epochs steps
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from benchmarks.data_quality_actions import (TUNING, corrupt, epochs_for, known_sets, load, round_of,  # noqa: E402
                                              split, train)
from monitor.data_quality import make_detector  # noqa: E402
from monitor.data_quality.noise import LATEST, ConfidentLearningDetector  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_withheld.json"
KINDS = ("symmetric", "class-dependent")


class Instrumented(ConfidentLearningDetector):
    """The default detector, recording why each epoch's flags are kept or withheld (same flags)."""

    def __init__(self, *args, flip: np.ndarray, **kw) -> None:
        super().__init__(*args, **kw)
        self.flip = flip
        self.log: list[dict] = []
        self._row: dict = {}

    def _pr(self, mask: np.ndarray) -> dict:
        tp = int(self.flip[mask].sum())
        return {"n": int(mask.sum()), "precision": round(tp / mask.sum(), 3) if mask.sum() else None,
                "recall": round(tp / max(int(self.flip.sum()), 1), 3)}

    def _confused(self, labels, issues, probs):
        out = super()._confused(labels, issues, probs)
        if "issues" not in self._row and "dropped" not in self._row:  # add_epoch's call: the pair's flags dropped
            self._row["dropped"] = int(out.sum())
        return out

    def _unidentifiable(self, labels, issues, probs, crowding=True):
        self._row["issues"] = int(issues.sum())  # from here on _confused is this test's, not add_epoch's drop
        out = super()._unidentifiable(labels, issues, probs, crowding)
        row = self._row
        given = np.bincount(labels, minlength=self.num_classes)
        shares = given / labels.size
        own = np.clip(probs[np.arange(labels.size), labels] / probs.sum(1), 1e-12, None)
        row["logp"] = round(float(np.log(own).mean()), 3)
        row["H"] = round(float((shares[shares > 0] * np.log(shares[shares > 0])).sum()), 3)
        _, kept, moved_in = self._moves(labels, issues, probs)
        row["diag"] = [[int(c), int(kept[c]), int(moved_in[c])] for c in range(self.num_classes)
                       if given[c] > 0 and moved_in[c] >= kept[c]]
        row["crowd"] = int(self._confused(labels, issues, probs).sum()) if crowding else None
        if not issues.any():
            row["rule"] = "ok (no issues)"
        elif row["logp"] <= row["H"]:
            row["rule"] = "void:logp"
        elif row["diag"]:
            row["rule"] = "void:diag"
        elif crowding and row["crowd"]:
            row["rule"] = "void:crowd"
        else:
            row["rule"] = "ok"
        assert out == row["rule"].startswith("void"), (out, row)
        if out:  # what the epoch would report had no test voided it (diagnostic only; no state is kept)
            rows = np.flatnonzero(self.seen > 0)
            judged = self.prob_sum[rows] / self.seen[rows, None] if self.select == "mean" else self.ema[rows]
            knn = self._knn_probs(rows)
            would = np.zeros(self.num_samples, dtype=bool)
            if knn is not None:
                flags = self._find_corrected(rows, judged, knn)
            else:
                flags = issues & ~self._likely_wrong(self.labels[rows], judged) if self.odds else issues
            would[rows[flags]] = True
            row["would"] = self._pr(would)
        return out

    def add_epoch(self, *, probs=None, labels=None, losses=None, features=None) -> int:
        self._row = {"epoch": self.epochs_seen + 1}
        out = super().add_epoch(probs=probs, labels=labels, losses=losses, features=features)
        if self.epochs_seen <= self.warmup_epochs:
            return out
        p = np.asarray(probs, dtype=np.float64)
        row = self._row
        row.setdefault("rule", "none (cleanlab did not run)")
        pred = p.argmax(1)
        row["agree"] = round(float((pred == labels).mean()), 3)
        row["clean"] = round(float((pred == labels)[~self.flip].mean()), 3)
        row["settled"] = self.fit.settled
        row["share"] = None if self.share is None else round(self.share, 3)
        row["rep"] = self._pr(np.isin(np.arange(self.num_samples), self.recent[-1][2]))
        row["last"] = self._pr(self.last)
        row["best"] = [round(self.best_share, 3), self.best_epoch]
        self.log.append(row)
        return out


def _accuracy(model, x, y) -> float:
    with torch.no_grad():
        return round(float((model(torch.tensor(x)).argmax(1).numpy() == y).mean()), 3)


def run(name: str, rate: float, kind: str, epochs: int | None, seed: int) -> dict:
    """One cell: the benchmark's own run with the default and the instrumented detector (``epochs`` None: the
    benchmark's 1,500 steps)."""
    x, y, xte, yte = load(name, 0)
    epochs = epochs or epochs_for(len(y))
    classes = int(y.max()) + 1
    noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
    plain = make_detector("confident", len(y), num_classes=classes)
    inst = Instrumented(len(y), classes, flip=flip)
    model = train(x, noisy, classes, epochs=epochs, seed=seed, detectors=[plain, inst])
    if not np.array_equal(plain.flagged(), inst.flagged()):
        raise SystemExit(f"{name}: the instrumented detector flagged other rows than the default")
    f = plain.flagged()
    mask = np.zeros(len(y), dtype=bool)
    mask[f] = True
    return {"data": name, "split": split(name), "noise": rate, "kind": kind, "epochs": epochs, "seed": seed,
            "rows": len(y), "flipped": int(flip.sum()), "flagged": inst._pr(mask),
            "peak_used": bool(inst.best_share >= inst.min_share),
            "train_clean_acc": _accuracy(model, x[~flip], y[~flip]),
            "test_acc": _accuracy(model, xte, yte), "per_epoch": inst.log}


def compare(name: str, rate: float, kind: str, epochs: int | None, seed: int) -> list[dict]:
    """One cell with the default (``latest="any"``) and session 15's option ``latest="identifiable"`` side by side."""
    x, y, _, _ = load(name, 0)
    epochs = epochs or epochs_for(len(y))
    classes = int(y.max()) + 1
    if rate:
        noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
    else:
        noisy, flip = y, np.zeros(len(y), dtype=bool)
    dets = {latest: make_detector("confident", len(y), num_classes=classes, latest=latest) for latest in LATEST}
    train(x, noisy, classes, epochs=epochs, seed=seed, detectors=list(dets.values()))
    out = []
    for latest, det in dets.items():
        f = det.flagged()
        tp = int(flip[f].sum())
        out.append({"data": name, "split": split(name), "noise": rate, "kind": kind if rate else "-", "epochs": epochs,
                    "seed": seed, "latest": latest, "flipped": int(flip.sum()), "flagged": int(f.size),
                    "precision": round(tp / f.size, 3) if f.size else None,
                    "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                    "flagged_share": round(f.size / len(y), 4)})
    return out


def show(cell: dict) -> str:
    f = cell["flagged"]
    out = [f"\n{cell['data']} ({cell['split']}), {int(cell['noise'] * 100)} % {cell['kind']}, {cell['epochs']} epochs, "
           f"seed {cell['seed']}: {f['n']} flagged of {cell['flipped']} flipped (precision {f['precision']}, recall "
           f"{f['recall']}; {'peak' if cell['peak_used'] else 'latest flags'}); clean-row train acc "
           f"{cell['train_clean_acc']}, test acc {cell['test_acc']}",
           "| ep | agree | clean | settled | issues | logp / H | diag (class kept/in) | crowd / drop | rule | share | "
           "rep n P/R | would n P/R | last n | best |",
           "|---" * 14 + "|"]
    for r in cell["per_epoch"]:
        diag = " ".join(f"{c}:{k}/{m}" for c, k, m in r.get("diag", [])) or "-"
        w = r.get("would")
        out.append(f"| {r['epoch']} | {r['agree']} | {r['clean']} | {'-' if r['settled'] is None else r['settled']} | "
                   f"{r.get('issues', '-')} | {r.get('logp', '-')} / {r.get('H', '-')} | {diag} | "
                   f"{'-' if r.get('crowd') is None else r['crowd']} / {r.get('dropped', '-')} | {r['rule']} | "
                   f"{r['share']} | "
                   f"{r['rep']['n']} {r['rep']['precision']}/{r['rep']['recall']} | "
                   f"{'-' if w is None else str(w['n']) + ' ' + str(w['precision']) + '/' + str(w['recall'])} | "
                   f"{r['last']['n']} | {r['best'][0]}@{r['best'][1]} |")
    return "\n".join(out)


def _noise(text: str) -> tuple[float, str]:
    rate, _, kind = text.partition(":")
    kind = kind or "symmetric"
    if kind not in KINDS or not 0.0 <= float(rate) < 1.0:
        raise ValueError
    return float(rate), kind


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="iris", help="comma-separated data set names (tuning: " + ", ".join(TUNING) + ")")
    ap.add_argument("--noise", default="0.3:symmetric",
                    help="comma-separated RATE[:KIND] cells, KIND symmetric (default) or class-dependent")
    ap.add_argument("--epochs", default="8", help="epochs to train (an integer >= 2), or steps (the benchmark's "
                                                  "1,500 optimizer steps)")
    ap.add_argument("--seeds", default="0", help="comma-separated seeds")
    ap.add_argument("--compare", action="store_true",
                    help="run the default and latest='identifiable' side by side instead (0 %% noise allowed: RATE 0)")
    ap.add_argument("--no-save", action="store_true", help="print only (the results file is not updated)")
    args = ap.parse_args()
    sets = args.sets.split(",")
    bad = [s for s in sets if s not in known_sets() or round_of(s) == 16]
    if bad or not all(sets):
        print(f"--sets: unknown or unseen data set(s) {', '.join(bad) or repr(args.sets)}; known (round 16 is not "
              f"run): {', '.join(s for s in known_sets() if round_of(s) != 16)}", file=sys.stderr)
        return 2
    try:
        cells = [_noise(c) for c in args.noise.split(",")]
    except ValueError:
        print(f"--noise {args.noise!r}: use RATE[:KIND] cells, RATE in [0, 1) (0 with --compare only), KIND one of "
              f"{', '.join(KINDS)}", file=sys.stderr)
        return 2
    if args.epochs != "steps" and (not args.epochs.isdigit() or int(args.epochs) < 2):
        print(f"--epochs {args.epochs!r}: use an integer >= 2 or steps", file=sys.stderr)
        return 2
    epochs = None if args.epochs == "steps" else int(args.epochs)
    try:
        seeds = [int(s) for s in args.seeds.split(",")]
    except ValueError:
        print(f"--seeds {args.seeds!r}: use comma-separated integers", file=sys.stderr)
        return 2
    torch.set_num_threads(1)
    if args.compare:
        rows = [r for name in sets for rate, kind in cells for seed in seeds
                for r in compare(name, rate, kind, epochs, seed)]
        for r in rows:
            print(json.dumps(r), flush=True)
        if not args.no_save:
            stored = json.loads(RESULT.read_text()) if RESULT.exists() else {"cells": []}
            key = lambda r: (r["data"], r["noise"], r["kind"], r["epochs"], r["seed"], r["latest"])  # noqa: E731
            new = {key(r) for r in rows}
            stored["compare"] = [r for r in stored.get("compare", []) if key(r) not in new] + rows
            RESULT.write_text(json.dumps(stored, indent=1) + "\n")
        return 0
    if any(rate == 0 for rate, _ in cells):
        print("--noise: a rate of 0 is for --compare only (no flips to diagnose)", file=sys.stderr)
        return 2
    out = []
    for name in sets:
        for rate, kind in cells:
            for seed in seeds:
                out.append(run(name, rate, kind, epochs, seed))
                print(show(out[-1]), flush=True)
    if not args.no_save:
        stored = json.loads(RESULT.read_text()) if RESULT.exists() else {}
        key = lambda c: (c["data"], c["noise"], c["kind"], c["epochs"], c["seed"])  # noqa: E731
        new = {key(c) for c in out}
        stored["cells"] = [c for c in stored.get("cells", []) if key(c) not in new] + out
        RESULT.parent.mkdir(parents=True, exist_ok=True)
        RESULT.write_text(json.dumps(stored, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
