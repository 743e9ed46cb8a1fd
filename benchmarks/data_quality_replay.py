"""Round 7 of issue 17: the confident rule's variants replayed on recorded training runs, side by side.

Each run (a data set, noise setting, seed and schedule of ``data_quality_actions.py``: its MLP, split,
flips, 1,500 optimizer steps or 8 epochs) is trained once and its per-epoch before-update
probabilities are kept (``--cache DIR`` keeps them between calls); every variant then replays the
same epochs through a ``ConfidentLearningDetector`` with the inputs as the kNN check's features, so
the variants differ only in their rule:

- ``default``: the library's detector;
- ``former test``: round 6's identifiability test (an epoch that flags half or more of any given class
  is void), which voided every epoch of long-tailed sets;
- ``kNN agrees``: the default's flags kept only where the model's and the kNN view's argmax are the
  same other class (second task of round 7: cut an underfit model's own misfits from the flags).

Tuning sets only unless ``--sets`` names others (round 6's ``tab6`` has been looked at: it is seen).
Writes ``benchmarks/results/data_quality_replay.json``.

    python benchmarks/data_quality_replay.py [--sets digits,synthLT] [--schedules steps,8] [--cache DIR]
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
from benchmarks.data_quality_variants import _Recorder, start, summarize  # noqa: E402
from monitor.data_quality.noise import ConfidentLearningDetector  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_replay.json"


class FormerTest(ConfidentLearningDetector):
    """Round 6's identifiability test: half or more of any given class flagged voids the epoch."""

    def _unidentifiable(self, labels, issues, probs) -> bool:
        given = np.bincount(labels, minlength=self.num_classes)
        flagged = np.bincount(labels[issues], minlength=self.num_classes)
        return bool((flagged >= 0.5 * np.maximum(given, 1)).any() and issues.any())


class KnnAgrees(ConfidentLearningDetector):
    """The default's flags where the model's and the kNN view's argmax name the same class."""

    def _find_corrected(self, rows, probs, knn=None):
        flags = super()._find_corrected(rows, probs, knn)
        return flags & (probs.argmax(1) == knn.argmax(1)) if knn is not None else flags


VARIANTS = {"default": ConfidentLearningDetector, "former test": FormerTest, "kNN agrees": KnnAgrees}


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TUNING), help=f"comma-separated data sets (default: the tuning "
                                                             f"sets, {', '.join(TUNING)})")
    ap.add_argument("--schedules", default="steps,8", help="steps (1,500 optimizer steps) and / or an epoch count")
    ap.add_argument("--cache", type=Path, help="a folder keeping the recorded probabilities between runs")
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
                for variant, cls in VARIANTS.items():
                    det = cls(noisy.size, int(noisy.max()) + 1)
                    for p in probs:
                        det.add_epoch(probs=p, labels=noisy, features=x)
                    f = det.flagged()
                    tp = int(flip[f].sum())
                    rows.append({"data": name + ("" if schedule == "steps" else f" ({schedule} epochs)"),
                                 "noise": rate, "kind": kind if rate else "-", "seed": seed, "variant": variant,
                                 "flagged": int(f.size), "peak_epoch": det.best_epoch,
                                 "precision": round(tp / f.size, 3) if f.size else None,
                                 "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                                 "flagged_share": round(f.size / noisy.size, 4)})
        print(name, round(time.time() - t0, 1), flush=True)
    summary = summarize(rows)
    for v, s in summary.items():
        print(f"{v:12s} P {s['mean_precision']:.3f} R {s['mean_recall']:.3f} clean max {100 * s['max_clean_share']:.2f} %"
              f" cells {s['cells_meeting_both']}")
        for d, b in s["by_set"].items():
            print(f"    {d:24s} P {b['mean_precision']:.3f} R {b['mean_recall']:.3f} clean mean "
                  f"{100 * b['mean_clean_share']:.2f} % cells {b['cells_meeting_both']}")
    same = sum(all(q["flagged"] == r["flagged"] and q["peak_epoch"] == r["peak_epoch"]
                   for q in rows if q["variant"] == "former test" and all(q[k] == r[k] for k in ("data", "noise", "kind", "seed")))
               for r in rows if r["variant"] == "default")
    print(f"default and former test: the same flag count and peak epoch in {same} of {len(rows) // len(VARIANTS)} runs")
    RESULT.write_text(json.dumps({"sets": sets, "schedules": schedules, "summary": summary, "rows": rows,
                                  "same_as_former": same, "seconds": round(time.time() - t0, 1)}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
