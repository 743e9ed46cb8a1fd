"""Rounds 4 and 5 of issue 17: variants of the confident rule, judged on the *tuning* sets only.

Trains each tuning set once per noise setting and seed (the MLP, split, flips and 1,500 steps of
``data_quality_actions.py``), keeps every epoch's before-update probabilities, runs round 4's default
detector on them (its peak epoch) and judges variants of what is flagged there, all with
cleanlab's API: cleanlab's other ``filter_by`` rules at the peak; the probabilities averaged over
the epochs around the peak (an ensemble of epochs) before ``find_label_issues``; rank-based
thresholds (``get_label_quality_scores`` ranked, the count from ``num_label_issues``); and unions
and intersections of per-cell pruning with the rank-based flags. Round 5 adds a kNN view of the
given labels on the inputs (cleanlab on out-of-sample kNN probabilities, as Datalab does from
features): alone, as a check on the model's flags, and averaged with the model's probabilities; the
library's default with its kNN check runs beside round 4's. The tuning sets include ``synthU``, an
underfit model (its clean rows' misfits must not be flagged). Round 6 (``--round6``: only its
variants beside the default and round 4's, written to ``data_quality_variants_r6.json``) tries the
default's rule on other kNN spaces (PCA-whitened inputs; the MLP's penultimate activations, recorded
before each row's update, at the first tracked or at the judged epoch), k = round(sqrt(N)), and
rules for recall at low noise and for precision on the underfit set (:func:`round6_variants`).
Never runs on held-out sets. Writes ``benchmarks/results/data_quality_variants.json``.

    python benchmarks/data_quality_variants.py [--sets digits,synthT] [--cache DIR] [--round6]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from benchmarks.data_quality_actions import NOISE, TUNING, corrupt, epochs_for, load, train  # noqa: E402
from monitor.data_quality import make_detector  # noqa: E402
from monitor.data_quality.noise import knn_label_probs, noise_corrected  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_variants.json"
RESULT6 = RESULT.with_name("data_quality_variants_r6.json")


class _Recorder:
    """Keeps each epoch's before-update probabilities and features (the detector interface of ``train``)."""

    def __init__(self) -> None:
        self.probs, self.features = [], []

    def add_epoch(self, probs=None, labels=None, losses=None, features=None) -> None:
        self.probs.append(probs.astype(np.float32))
        self.features.append(features)

    def flagged(self) -> np.ndarray:
        return np.zeros(0, dtype=np.int64)


def record(name: str, rate: float, kind: str, seed: int, cache: Path | None):
    """(per-epoch probabilities, given labels, flipped mask, inputs, hidden) of one training run (cached if
    asked); ``hidden``: the penultimate-layer activations before each row's update at the first tracked
    epoch (``"first"``, what the detector keeps of a step's ``"sample_features"``) and at the epoch the
    default detector judges (``"peak"``: its peak, else the last epoch)."""
    x, y, _, _ = load(name, 0)
    classes = int(y.max()) + 1
    noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
    path = cache / f"{name}_{rate}_{kind}_{seed}.npz" if cache else None
    if path is not None and path.exists():
        z = np.load(path)
        if "hidden_first" in z:
            return list(z["probs"]), noisy, flip, x, {"first": z["hidden_first"], "peak": z["hidden_peak"]}
    rec = _Recorder()
    train(x, noisy, classes, epochs=epochs_for(len(y)), seed=seed, detectors=[rec], hidden_features=True)
    det = make_detector("confident", y.size, num_classes=classes, knn=0)
    for p in rec.probs:
        det.add_epoch(probs=p, labels=noisy)
    peak = det.best_epoch - 1 if det.best_share >= det.min_share else len(rec.probs) - 1
    hidden = {"first": rec.features[det.warmup_epochs], "peak": rec.features[peak]}
    if path is not None:
        np.savez_compressed(path, probs=np.stack(rec.probs), hidden_first=hidden["first"], hidden_peak=hidden["peak"])
    return rec.probs, noisy, flip, x, hidden


def _issues(labels, probs, filter_by: str) -> np.ndarray:
    from cleanlab.filter import find_label_issues

    probs = probs / probs.sum(1, keepdims=True)
    return np.asarray(find_label_issues(labels, probs, filter_by=filter_by, n_jobs=1), dtype=bool)


def _ranked(labels, probs, method: str, estimation: str) -> np.ndarray:
    """The ``num_label_issues`` (``estimation``) rows with the lowest ``get_label_quality_scores``."""
    from cleanlab.count import num_label_issues
    from cleanlab.rank import get_label_quality_scores

    probs = probs / probs.sum(1, keepdims=True)
    k = num_label_issues(labels, probs, estimation_method=estimation)
    out = np.zeros(labels.size, dtype=bool)
    out[np.argsort(get_label_quality_scores(labels, probs, method=method), kind="stable")[:k]] = True
    return out


def knn_variants(out: dict, labels: np.ndarray, features: np.ndarray, probs: np.ndarray) -> dict:
    """Round 5: the model's flags checked against a kNN view of the given labels (label noise is
    spatially incoherent, a model's misfit region is not): cleanlab on out-of-sample kNN probabilities
    (``knn_label_probs``), alone, intersected with the model's flags, and averaged with the model's
    probabilities at the peak (``probs``; the default's rule is "mean -> corrected" & kNN issues)."""
    base = {"default": out[NO_KNN], "corrected": out["peak_corrected (the detector's option)"]}
    probs = probs / probs.sum(1, keepdims=True)
    for k in (10, 25, 50):
        knn = knn_label_probs(labels, features, probs.shape[1], k=k)
        issues, own = _issues(labels, knn, "prune_by_noise_rate"), knn[np.arange(labels.size), labels]
        out[f"knn{k} issues alone"] = issues
        for b, flags in base.items():
            out[f"{b} & knn{k} issues"] = flags & issues
            out[f"{b} & knn{k} p(given)<0.5"] = flags & (own < 0.5)
        mean = 0.5 * probs + 0.5 * knn
        out[f"mean(model, knn{k}) -> noise rate"] = _issues(labels, mean, "prune_by_noise_rate")
        out[f"mean(model, knn{k}) -> noise rate & knn{k} issues"] = out[f"mean(model, knn{k}) -> noise rate"] & issues
        out[f"mean(model, knn{k}) -> corrected"] = corrected = _corrected(labels, mean)
        out[f"mean(model, knn{k}) -> corrected & knn{k} issues"] = corrected & issues
    return out


def _corrected(labels, probs, filter_by=("prune_by_noise_rate", "low_self_confidence")) -> np.ndarray:
    """The default's flags before its kNN check: cleanlab's ``filter_by`` rules (any) on noise-corrected ``probs``."""
    fixed = noise_corrected(labels, probs)
    return np.logical_or.reduce([_issues(labels, fixed, fb) for fb in filter_by])


def _below_thresholds(labels, probs) -> np.ndarray:
    """Rows whose probability of their given label is below that class's confident threshold (cleanlab's
    ``get_confident_thresholds``: the class's mean self-confidence)."""
    from cleanlab.count import get_confident_thresholds

    probs = probs / probs.sum(1, keepdims=True)
    own = probs[np.arange(labels.size), labels]
    return own < get_confident_thresholds(labels, probs)[labels]


def round6_variants(labels: np.ndarray, emas: list, i: int, x: np.ndarray, hidden: dict) -> dict:
    """Round 6: the default's rule on other kNN spaces (standardised inputs as now, PCA-whitened inputs,
    the network's penultimate activations at the first tracked epoch or at the judged epoch ``i``) and
    neighbour counts (25, round(sqrt(N))), and, in each, rules for recall at low noise (a union with the
    rows model and kNN both flag, or both put below their class thresholds on one other class; cleanlab's
    ``both`` / ``confident_learning``; the model's moving
    average over the epochs ``i - 2 .. i + 2``) and for precision where the model underfits (model and
    kNN both below their class's confident threshold)."""
    from sklearn.decomposition import PCA
    from sklearn.preprocessing import StandardScaler

    n, c = emas[i].shape
    model = emas[i] / emas[i].sum(1, keepdims=True)
    window = np.mean(emas[max(i - 2, 0):i + 3], 0)
    window /= window.sum(1, keepdims=True)
    model_issues, model_low = _issues(labels, model, "prune_by_noise_rate"), _below_thresholds(labels, model)
    spaces = {"inputs": x, "whitened": PCA(0.99, whiten=True, svd_solver="full", random_state=0).fit_transform(x),
              "hidden@first": StandardScaler().fit_transform(hidden["first"]),
              "hidden@judged": StandardScaler().fit_transform(hidden["peak"])}
    out = {}
    for space, feats in spaces.items():
        for k, k_name in ((25, "25"), (int(round(np.sqrt(n))), "sqrtN")):
            knn = knn_label_probs(labels, feats, c, k=k)
            knn_issues = _issues(labels, knn, "prune_by_noise_rate")
            mean, both_low = 0.5 * model + 0.5 * knn, _below_thresholds(labels, knn) & model_low
            tag = f"r6 {space} k={k_name}:"
            out[f"{tag} default rule"] = default = _corrected(labels, mean) & knn_issues
            out[f"{tag} ∪ (model ∩ kNN issues)"] = default | (model_issues & knn_issues)
            out[f"{tag} & both below thresholds"] = default & both_low
            out[f"{tag} corrected & both below thresholds"] = _corrected(labels, mean) & both_low
            for fb in ("both", "confident_learning"):
                out[f"{tag} corrected {fb} & kNN issues"] = _corrected(labels, mean, (fb,)) & knn_issues
            out[f"{tag} epochs ±2, default rule"] = _corrected(labels, 0.5 * window + 0.5 * knn) & knn_issues
            agree = (model.argmax(1) == knn.argmax(1)) & (knn.argmax(1) != labels)  # both on one other class
            out[f"{tag} ∪ (corrected & both below thresholds & agree)"] = default | (
                _corrected(labels, mean) & both_low & agree)
            out[f"{tag} ∪ (corrected & model below threshold & kNN confident_learning & agree)"] = default | (
                _corrected(labels, mean) & model_low & _issues(labels, knn, "confident_learning") & agree)
    return out


NO_KNN = "peak, no kNN (round 4 default)"


def variants(probs: list, labels: np.ndarray, features: np.ndarray, hidden: dict, legacy: bool = True,
             judged: Path | None = None) -> dict:
    """Each variant's flagged rows (bool) for one run; round 4's default detector (no features, so
    no kNN check) chooses the epoch; the library's default with the kNN check on ``features`` first.
    ``legacy=False``: round 6's variants only (beside the default and round 4's), with the detectors'
    flags and the moving averages around the judged epoch kept in the file ``judged`` between runs."""
    if not legacy and judged is not None and judged.exists():
        z = np.load(judged)
        out = {"peak + kNN check (default)": z["default"], NO_KNN: z["no_knn"]}
        out.update(round6_variants(labels, list(z["emas"]), int(z["i"]), features, hidden))
        return {**out, "_no_peak": bool(z["no_peak"])}
    flags = {}
    detectors = (("peak + kNN check (default)", {}, features), (NO_KNN, {"knn": 0}, None),
                 ("peak_corrected (the detector's option)", {"select": "peak_corrected", "knn": 0}, None))
    for key, options, x in detectors[:3 if legacy else 2]:
        det = make_detector("confident", labels.size, num_classes=probs[0].shape[1], **options)
        emas = []
        for p in probs:
            det.add_epoch(probs=p, labels=labels, features=x)
            if det.epochs_seen > det.warmup_epochs:
                emas.append(det.ema.copy())
        flags[key] = np.isin(np.arange(labels.size), det.flagged())
        if key == NO_KNN:
            default, plain = flags[key], det
    det = plain
    out = flags
    no_peak = det.best_share < det.min_share  # then every variant reports its rule at the latest epoch
    i = len(emas) - 1 if no_peak else det.best_epoch - det.warmup_epochs - 1  # index into emas (from 1 + warmup)
    out.update(round6_variants(labels, emas, i, features, hidden))
    if not legacy and judged is not None:
        lo = max(i - 2, 0)
        np.savez_compressed(judged, default=out["peak + kNN check (default)"], no_knn=out[NO_KNN],
                            emas=np.stack(emas[lo:i + 3]), i=i - lo, no_peak=no_peak)
    if no_peak or not legacy:
        return {**(knn_variants(out, labels, features, emas[-1]) if legacy else out), "_no_peak": no_peak}
    raw = probs[det.warmup_epochs:]
    ema = emas[i]
    for fb in ("both", "confident_learning", "prune_by_class", "low_self_confidence", "low_normalized_margin"):
        out[f"{fb} at peak"] = _issues(labels, ema, fb)
    for k in (1, 2, 4):
        window = slice(max(i - k, 0), i + k + 1)
        out[f"ema mean ±{k} -> noise rate"] = _issues(labels, np.mean(emas[window], 0), "prune_by_noise_rate")
        out[f"raw mean ±{k} -> noise rate"] = _issues(labels, np.mean(raw[window], 0).astype(np.float64),
                                                     "prune_by_noise_rate")
    for method in ("self_confidence", "normalized_margin"):
        for est in ("off_diagonal", "off_diagonal_calibrated"):
            out[f"rank {method} x {est}"] = _ranked(labels, ema, method, est)
    fixed = noise_corrected(labels, ema)
    misfit = fixed.argmax(1) != labels
    out["corrected -> noise rate"] = _issues(labels, fixed, "prune_by_noise_rate")
    out["default & corrected misfit"] = default & misfit
    c_lsc = _issues(labels, fixed, "low_self_confidence")
    out["corrected -> low_self_confidence"] = c_lsc
    out["corrected -> noise rate | lsc"] = out["corrected -> noise rate"] | c_lsc
    out["corrected -> noise rate | (lsc & corrected misfit)"] = out["corrected -> noise rate"] | (
        out["low_self_confidence at peak"] & misfit)
    out["corrected -> both"] = _issues(labels, fixed, "both")
    out["corrected -> prune_by_class"] = _issues(labels, fixed, "prune_by_class")
    out["(default | lsc) & corrected misfit"] = (default | out["low_self_confidence at peak"]) & misfit
    out["(default | rank nm cal) & corrected misfit"] = (default | out["rank normalized_margin x off_diagonal_calibrated"]) & misfit
    out["(default | pbc) & corrected misfit"] = (default | out["prune_by_class at peak"]) & misfit
    out["default | low_self_confidence"] = default | out["low_self_confidence at peak"]
    out["default & low_self_confidence"] = default & out["low_self_confidence at peak"]
    out["default | rank sc calibrated"] = default | out["rank self_confidence x off_diagonal_calibrated"]
    out["default | prune_by_class"] = default | out["prune_by_class at peak"]
    return knn_variants(out, labels, features, ema)


def _judge(sel: list[dict]) -> dict:
    """Mean precision / recall over the noisy runs of ``sel``, cells meeting both goals (mean of the seeds
    of a data set x noise setting: precision >= 0.85 and recall >= 0.80), mean and max clean share."""
    noisy = [r for r in sel if r["noise"]]
    cells = {}
    for r in noisy:
        cells.setdefault((r["data"], r["noise"], r["kind"]), []).append(r)
    met = sum(np.mean([r["precision"] or 0.0 for r in c]) >= 0.85 and np.mean([r["recall"] for r in c]) >= 0.80
              for c in cells.values())
    clean = [r["flagged_share"] for r in sel if not r["noise"]] or [0.0]
    return {"mean_precision": round(float(np.mean([r["precision"] or 0.0 for r in noisy])), 3),
            "mean_recall": round(float(np.mean([r["recall"] for r in noisy])), 3),
            "mean_clean_share": round(float(np.mean(clean)), 4), "max_clean_share": round(max(clean), 4),
            "cells_meeting_both": f"{met} of {len(cells)}"}


def summarize(rows: list[dict]) -> dict:
    """Per variant: :func:`_judge` over all runs, and per data set under ``by_set``."""
    out = {}
    for v in dict.fromkeys(r["variant"] for r in rows):
        sel = [r for r in rows if r["variant"] == v]
        out[v] = {**_judge(sel), "by_set": {d: _judge([r for r in sel if r["data"] == d])
                                            for d in dict.fromkeys(r["data"] for r in sel)}}
    return out


def start(cache: Path | None) -> float:
    """A replay's set-up: the cache folder made, one torch thread, warnings off; returns the start time."""
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)
    warnings.filterwarnings("ignore")
    return time.time()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(TUNING), help=f"comma-separated tuning sets ({', '.join(TUNING)})")
    ap.add_argument("--cache", type=Path, help="a folder keeping the recorded probabilities between runs")
    ap.add_argument("--round6", action="store_true", help="round 6's variants only (beside the default and "
                    f"round 4's), written to {RESULT6.name}")
    args = ap.parse_args()
    sets = args.sets.split(",")
    if any(s not in TUNING for s in sets):
        print(f"--sets: use tuning sets only ({', '.join(TUNING)}), got {args.sets!r}", file=sys.stderr)
        return 2
    t0, rows = start(args.cache), []
    for name in sets:
        for (rate, kind), seed in ((c, s) for c in NOISE for s in (0, 1)):
            probs, noisy, flip, x, hidden = record(name, rate, kind, seed, args.cache)
            judged = args.cache / f"{name}_{rate}_{kind}_{seed}_judged.npz" if args.cache else None
            found = variants(probs, noisy, x, hidden, legacy=not args.round6, judged=judged)
            no_peak = found.pop("_no_peak", False)
            for variant, flags in found.items():
                tp = int((flags & flip).sum())
                rows.append({"data": name, "noise": rate, "kind": kind if rate else "-", "seed": seed,
                             "variant": variant, "flagged": int(flags.sum()), "no_peak": bool(no_peak),
                             "precision": round(tp / flags.sum(), 3) if flags.sum() else None,
                             "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                             "flagged_share": round(float(flags.mean()), 4)})
        print(name, round(time.time() - t0, 1), flush=True)
    # runs without a confident peak report the default's flags under every variant
    all_variants = list(dict.fromkeys(r["variant"] for r in rows))
    for r in [r for r in rows if r["no_peak"] and r["variant"] == NO_KNN]:
        have = {q["variant"] for q in rows if all(q[f] == r[f] for f in ("data", "noise", "kind", "seed"))}
        rows += [{**r, "variant": v} for v in all_variants[3:] if v not in have]
    summary = summarize(rows)
    for v, s in summary.items():
        print(f"{v:60s} P {s['mean_precision']:.3f} R {s['mean_recall']:.3f} clean {100 * s['max_clean_share']:.2f} %"
              f" cells {s['cells_meeting_both']}")
    (RESULT6 if args.round6 else RESULT).write_text(json.dumps({"sets": sets, "summary": summary, "rows": rows,
                                  "seconds": round(time.time() - t0, 1)}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
