"""Data quality that acts: noisy-label detection, filtering, and the drift test's error rates.

Three measurements, each on the library code the callback runs (detectors, SampleFilter /
FilteredSampler, WindowStats + compare), with a plain torch loop for speed:

1. ``noise``: flag label issues at 0 / 5 / 15 / 30 % flipped labels (symmetric: a uniformly random
   other class; class-dependent: class c -> c + 1), per detector (confident learning on
   probabilities recorded before each sample's own update, the loss mixture, the small-loss rule
   at its 10 % default). Data: ``digits`` (the tuning set: the detector's options were chosen
   on it) and two held-out sets never used for tuning: ``synth8`` (make_classification, 8 classes,
   3,000 training rows) and ``wine`` (178 rows, 3 classes). Precision, recall, flagged share.
2. ``filter``: clean held-out accuracy with and without dropping the flagged rows from epoch 3 on
   (confident learning), at 15 % and 30 % symmetric noise, three seeds.
3. ``drift``: false alarms per 1,000 stationary windows at alpha = dashboards.config's
   ``data_drift_alpha`` (Gaussian, mixed skewed/discrete features, digits rows); windows until the
   first alarm after a 0.25 sigma / 0.5 sigma mean shift in 3 of 64 features, and after one class's
   frequency doubles. Feature tests: Kolmogorov-Smirnov on the kept rows (the callback default).

    python benchmarks/data_quality_actions.py [--quick]
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
import torch.nn.functional as F  # noqa: E402
from sklearn.datasets import load_digits, load_wine, make_classification  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from dashboards.config import DEFAULT  # noqa: E402
from monitor.data_quality import FilteredSampler, SampleFilter, compare, make_detector, summarize  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_actions.json"
TUNING = {"digits"}
METHODS = ("confident", "mixture", "small_loss")


# --------------------------------------------------------------------------- noisy labels
def load(name: str, seed: int):
    if name == "digits":
        x, y = load_digits(return_X_y=True)
    elif name == "wine":
        x, y = load_wine(return_X_y=True)
    else:  # synth8
        x, y = make_classification(n_samples=4000, n_features=20, n_informative=12, n_redundant=4, n_classes=8,
                                   n_clusters_per_class=1, class_sep=1.5, flip_y=0.0, random_state=123)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.25, random_state=seed, stratify=y)
    sc = StandardScaler().fit(xtr)
    return sc.transform(xtr).astype(np.float32), ytr, sc.transform(xte).astype(np.float32), yte


def corrupt(y: np.ndarray, rate: float, kind: str, classes: int, rng) -> tuple[np.ndarray, np.ndarray]:
    flip = rng.random(y.size) < rate
    noisy = y.copy()
    if kind == "symmetric":
        noisy[flip] = (y[flip] + rng.integers(1, classes, y.size)[flip]) % classes
    else:  # class-dependent: every flipped c becomes c + 1
        noisy[flip] = (y[flip] + 1) % classes
    return noisy, flip


def train(x, y, classes, *, epochs, seed, detectors=(), sample_filter=None, hidden=128, batch=64):
    """Adam MLP; per epoch, each sample's probabilities and loss from the forward pass before its update."""
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, classes))
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    X, Y, n = torch.tensor(x), torch.tensor(y), len(y)
    sampler = FilteredSampler(n, sample_filter, seed=seed) if sample_filter is not None else None
    for epoch in range(epochs):
        order = torch.tensor(list(sampler)) if sampler is not None else torch.randperm(n)
        probs, losses = np.full((n, classes), np.nan), np.full(n, np.nan)
        for s in range(0, len(order), batch):
            idx = order[s:s + batch]
            logits = model(X[idx])
            loss = F.cross_entropy(logits, Y[idx], reduction="none")
            probs[idx.numpy()] = logits.detach().softmax(1).numpy()
            losses[idx.numpy()] = loss.detach().numpy()
            opt.zero_grad()
            loss.mean().backward()
            opt.step()
        for det in detectors:
            det.add_epoch(probs=probs, labels=y, losses=losses)
        if sample_filter is not None and detectors:
            sample_filter.update(detectors[0].flagged())
    return model


def noise_rows(datasets, epochs: int) -> list[dict]:
    rows = []
    for name in datasets:
        x, y, _, _ = load(name, 0)
        classes = int(y.max()) + 1
        for rate, kind in [(0.0, "symmetric"), (0.05, "symmetric"), (0.15, "symmetric"), (0.30, "symmetric"),
                           (0.05, "class-dependent"), (0.15, "class-dependent"), (0.30, "class-dependent")]:
            noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1))
            dets = [make_detector(m, len(y), num_classes=classes) for m in METHODS]
            train(x, noisy, classes, epochs=epochs, seed=0, detectors=dets)
            for method, det in zip(METHODS, dets):
                f = det.flagged()
                tp = int(flip[f].sum())
                rows.append({"data": name, "split": "tuning" if name in TUNING else "held-out", "noise": rate,
                             "kind": kind if rate else "-", "method": method, "rows": len(y),
                             "flipped": int(flip.sum()), "flagged": int(f.size),
                             "precision": round(tp / f.size, 3) if f.size else None,
                             "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                             "flagged_share": round(f.size / len(y), 4)})
    return rows


def filter_rows(datasets, seeds, epochs: int) -> list[dict]:
    rows = []
    for name in datasets:
        for rate in (0.15, 0.30):
            for seed in seeds:
                x, y, xte, yte = load(name, seed)
                classes = int(y.max()) + 1
                noisy, flip = corrupt(y, rate, "symmetric", classes, np.random.default_rng(seed + 1))
                acc = {}
                for arm in ("none", "drop"):
                    f = SampleFilter(len(y), mode="drop", start_epoch=3) if arm == "drop" else None
                    det = make_detector("confident", len(y), num_classes=classes)
                    model = train(x, noisy, classes, epochs=epochs, seed=seed, detectors=[det], sample_filter=f)
                    with torch.no_grad():
                        acc[arm] = float((model(torch.tensor(xte)).argmax(1).numpy() == yte).mean())
                rows.append({"data": name, "noise": rate, "seed": seed, "acc_unfiltered": round(acc["none"], 4),
                             "acc_filtered": round(acc["drop"], 4), "gain": round(acc["drop"] - acc["none"], 4)})
    return rows


# --------------------------------------------------------------------------- drift
def _stationary(kind: str, n: int, rng, digits=None) -> np.ndarray:
    if kind == "gaussian":
        return rng.standard_normal((n, 64))
    if kind == "digits":
        return digits[rng.integers(0, len(digits), n)]
    cols = [rng.standard_normal((n, 16)), rng.exponential(1.0, (n, 16)), (rng.random((n, 16)) < 0.05) * 1.0,
            rng.poisson(2.0, (n, 16)) * 1.0]  # Gaussian, skewed, rare binary, counts
    return np.concatenate(cols, 1)


def _pvalue(x, y, ref, signal: str) -> float:
    rep = compare(summarize(torch.from_numpy(x), torch.from_numpy(y), num_classes=10), ref)
    return rep.pvalues.get(signal, 1.0) if signal != "any" else min(rep.pvalues.values())


def drift_rows(windows: int, trials: int, window: int = 256, ref_windows: int = 8) -> dict:
    alpha = DEFAULT.data_drift_alpha
    rng = np.random.default_rng(0)
    digits = load_digits().data
    out = {"alpha": alpha, "window": window, "reference_rows": window * ref_windows, "false_alarms": [],
           "detection": []}
    for kind in ("gaussian", "mixed", "digits"):
        ref_x = _stationary(kind, window * ref_windows, rng, digits)
        ref = summarize(torch.from_numpy(ref_x), torch.from_numpy(rng.integers(0, 10, len(ref_x))), num_classes=10)
        alarms = sum(_pvalue(_stationary(kind, window, rng, digits), rng.integers(0, 10, window), ref, "any") < alpha
                     for _ in range(windows))
        out["false_alarms"].append({"data": kind, "windows": windows, "alarms": int(alarms),
                                    "per_1000": round(1000 * alarms / windows, 1)})
    for change in ("0.25 sigma x3 features", "0.5 sigma x3 features", "class 0 frequency x2"):
        waits = []
        for _ in range(trials):
            ref_x = rng.standard_normal((window * ref_windows, 64))
            ref = summarize(torch.from_numpy(ref_x), torch.from_numpy(rng.integers(0, 10, len(ref_x))), num_classes=10)
            for w in range(1, 51):
                x = rng.standard_normal((window, 64))
                p = np.full(10, 0.1)
                if change.startswith("class"):
                    p[0] = 0.2
                    p /= p.sum()
                else:
                    x[:, :3] += float(change.split()[0])
                if _pvalue(x, rng.choice(10, window, p=p), ref, "any") < alpha:
                    break
            waits.append(w)
        out["detection"].append({"change": change, "trials": trials, "median_windows": float(np.median(waits)),
                                 "p90_windows": float(np.percentile(waits, 90)),
                                 "within_2": round(float(np.mean(np.array(waits) <= 2)), 3)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer epochs, seeds, windows and trials")
    ap.add_argument("--only", choices=("noise", "filter", "drift"), action="append",
                    help="run these parts only (repeatable); the others are kept from the stored result")
    args = ap.parse_args()
    torch.set_num_threads(1)
    parts = {
        "noise": lambda: noise_rows(("digits", "synth8", "wine"), epochs=6 if args.quick else 8),
        "filter": lambda: filter_rows(("digits", "synth8"), seeds=(0, 1) if args.quick else (0, 1, 2),
                                      epochs=8 if args.quick else 12),
        "drift": lambda: drift_rows(windows=300 if args.quick else 1000, trials=20 if args.quick else 50),
    }
    result = json.loads(RESULT.read_text()) if args.only and RESULT.exists() else {}
    seconds = result.get("seconds_by_part", {})
    for name in args.only or parts:
        t0 = time.time()
        result[name] = parts[name]()
        seconds[name] = round(time.time() - t0, 1)
    result["seconds_by_part"] = seconds
    result["seconds"] = round(sum(seconds.values()), 1)
    result["quick"] = args.quick
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
