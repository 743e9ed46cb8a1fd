"""Session 20: can the confident rule tell by itself that the class indices are ordered grades (``noisy_ordered="auto"``)?

Per data set, noise cell and seed, one training run (the benchmark MLP of ``data_quality_actions``; ``--cache``
shares ``data_quality_ordinal.py``'s per-epoch probabilities, same file names) and statistics of the detector's
smoothed probabilities at three epochs: the first epoch whose flags are identifiable (``first``), the first epoch
the fit has levelled off (``settled``: where ``"auto"`` decides) and the last (``last``). ``updown`` is the one
``"auto"`` uses (:func:`monitor.data_quality.ordinal.neighbour_ratio`); beside it, for the record: ``raw`` (the
off-diagonal mass against the given labels on index neighbours, over 2/K), ``sym`` (the same with each neighbour
pair's smaller direction), ``topraw`` (both neighbours of each row's top class together), ``ratio`` / ``updown_c``
(``topraw`` / ``updown`` on cleanlab's noise-corrected probabilities) and ``chain`` (the share of neighbour pairs
doubted between in both directions).

    python benchmarks/data_quality_autoord.py --sets storm6,digits --cells 0,s30,c15,c30 [--seeds 0] [--early] \
        --cache DIR
    python benchmarks/data_quality_autoord.py --report [--threshold 1.35]

``--early`` trains only up to the epoch the fit levels off (the first epochs of a run are the same whatever its
length). ``--report``: the statistic per set, a threshold scan (tuning sets and rounds 13-17 to choose on, 18-21
apart) and plain / ``ordered=True`` / ``"auto"`` per round from ``data_quality_ordinal.json``. Writes
``benchmarks/results/data_quality_autoord.json`` (rows of other runs kept). Round 22 (blind) is refused.
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

from benchmarks.data_quality_actions import NOISE, corrupt, epochs_for, round_of, train  # noqa: E402
from benchmarks.data_quality_ordinal import load  # noqa: E402
from monitor.data_quality.fit import FitLevel  # noqa: E402
from monitor.data_quality.noise import ConfidentLearningDetector  # noqa: E402
from monitor.data_quality.ordinal import neighbour_ratio  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_autoord.json"
CELLS = {"0": NOISE[0], "s05": NOISE[1], "s15": NOISE[2], "s30": NOISE[3], "c05": NOISE[4], "c15": NOISE[5],
         "c30": NOISE[6]}


def raw_ratio(labels: np.ndarray, probs: np.ndarray) -> float:
    """The off-diagonal mass of ``probs`` against the given labels on index neighbours, over 2/K."""
    k = probs.shape[1]
    m = np.zeros((k, k))
    np.add.at(m, labels, probs)
    m[np.diag_indices(k)] = 0.0
    i, j = np.indices((k, k))
    return float(m[np.abs(i - j) == 1].sum() / max(m.sum(), 1e-12) / (2.0 / k))


def sym_ratio(labels: np.ndarray, probs: np.ndarray) -> float:
    """:func:`raw_ratio` with each neighbour pair's mass the smaller of its two directions (per given class)."""
    k = probs.shape[1]
    m = np.zeros((k, k))
    np.add.at(m, labels, probs)
    m /= np.maximum(np.bincount(labels, minlength=k), 1)[:, None]
    m[np.diag_indices(k)] = 0.0
    pairs = np.minimum(np.diag(m, 1), np.diag(m, -1)).sum() * 2
    return float(pairs / max(m.sum(), 1e-12) / (2.0 / k))


def two_sided(probs: np.ndarray) -> float:
    """:func:`neighbour_ratio` with both neighbours of each row's top class together (the first candidate)."""
    k = probs.shape[1]
    top = probs.argmax(1)
    off = probs.copy()
    off[np.arange(top.size), top] = 0.0
    near = np.abs(np.arange(k)[None, :] - top[:, None]) == 1
    null = (off.sum(1) * near.sum(1) / (k - 1)).sum()
    return float((off * near).sum() / null) if null > 0 else 1.0


def chain(probs: np.ndarray) -> float:
    """The share of the K - 1 index-neighbour pairs the model doubts between in both directions: the mean
    probability of ``i + 1`` over the rows whose top class is ``i`` at least twice the mean over ``i``'s other
    classes, and the same from ``i + 1`` to ``i`` (grades: every pair; classes with a few look-alike partners
    listed next to each other: some)."""
    k = probs.shape[1]
    top = probs.argmax(1)
    conf = np.zeros((k, k))
    for t in range(k):
        if (top == t).any():
            conf[t] = probs[top == t].mean(0)
    conf[np.diag_indices(k)] = np.nan
    mean = np.nanmean(conf, 1)
    linked = [conf[i, i + 1] >= 2 * mean[i] and conf[i + 1, i] >= 2 * mean[i + 1] for i in range(k - 1)]
    return float(np.mean(linked))


class Stats:
    """A stand-in detector: a real confident detector (no kNN) until its first identifiable epoch, the
    smoothed probabilities and fit level throughout; the statistics at the three epochs."""

    def __init__(self, n: int, k: int, early: bool) -> None:
        self.det = ConfidentLearningDetector(n, k, knn=0)
        self.first = None
        self.det._likely_wrong = self._hook  # the first call of the Bayes test: the first identifiable epoch
        self.ema, self.epoch, self.fit, self.early = None, 0, FitLevel(3, 0.015), early
        self.out: dict = {}

    def _hook(self, labels, probs, latent=None):
        if self.first is None:
            self.first = self.epoch
        return np.ones(labels.size, dtype=bool)

    def record(self, at: str, labels: np.ndarray) -> None:
        from monitor.data_quality.noise import _latent
        probs = self.ema / self.ema.sum(1, keepdims=True)
        corrected = _latent(labels, probs)[1]
        self.out[at] = {"epoch": self.epoch, "ratio": round(two_sided(corrected), 3),
                        "raw": round(raw_ratio(labels, probs), 3), "topraw": round(two_sided(probs), 3),
                        "sym": round(sym_ratio(labels, probs), 3), "updown": round(neighbour_ratio(probs), 3),
                        "updown_c": round(neighbour_ratio(corrected), 3), "chain": round(chain(probs), 3)}

    def add_epoch(self, *, probs, labels, losses=None, features=None) -> int:
        self.epoch += 1
        probs = np.asarray(probs, dtype=np.float64)
        if self.epoch > 1:  # the detector's warm-up epoch is not tracked
            self.ema = probs.copy() if self.ema is None else 0.5 * self.ema + 0.5 * probs
        if self.first is None:
            self.det.add_epoch(probs=probs, labels=labels)
            if self.first is not None:
                self.record("first", labels)
        if self.epoch > 1:
            self.fit.add(self.epoch, probs, labels)
            if "settled" not in self.out and self.fit.allows(self.epoch):
                self.record("settled", labels)
        if self.early and "settled" in self.out and "first" in self.out:
            raise StopIteration
        return 0


def run(name: str, cell: str, seed: int, cache: str | None, early: bool) -> dict:
    torch.set_num_threads(1)
    rate, kind = CELLS[cell]
    x, y, _, _ = load(name, 0)
    k = int(y.max()) + 1
    noisy, _ = corrupt(y, rate, kind, k, np.random.default_rng(1 + seed))
    path = Path(cache) / f"{name}_{rate}_{kind}_{seed}.npz" if cache else None
    stats = Stats(len(y), k, early)
    epochs = epochs_for(len(y))
    if path is not None and path.exists():
        try:
            for probs in np.load(path)["probs"]:
                stats.add_epoch(probs=probs, labels=noisy)
        except StopIteration:
            pass
    elif early:
        try:
            train(x, noisy, k, epochs=epochs, seed=seed, detectors=[stats])
        except StopIteration:
            pass
    else:
        from benchmarks.data_quality_ordinal import Recorder
        rec = Recorder()
        train(x, noisy, k, epochs=epochs, seed=seed, detectors=[stats, rec])
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(path, probs=np.stack(rec.probs))
    if not early and stats.ema is not None:
        stats.record("last", noisy)
    return {"data": name, "round": round_of(name), "classes": k, "cell": cell, "seed": seed, "epochs": epochs,
            **stats.out}


#: the sets declared ordered: the tuning constructs, wear5 (the ordinal benchmark's ``seen``) and
#: ``data_quality_ceiling.ORDERED`` (each round module's ``ORDERED`` since round 17)
DECLARED = ("ordT5", "ordT6", "ordT7", "ordT6w", "ordT8w", "wear5", "retina5", "credit7", "storm6", "otolith7",
            "fibrosis5", "pave7", "avalanche5", "banana7", "lameness5", "cefr6", "quake5", "frailty7", "vei6",
            "clarity8")
STAT = "updown"  # the statistic ``"auto"`` uses: ordinal.neighbour_ratio of the smoothed probabilities
PLAIN, ORDERED_RULE = "odds0.25", "ordered:deep0.05+margin8"


def group(name: str) -> str:
    r = round_of(name)
    return "tuning" if r is None else ("13-17" if r <= 17 else "18-21")


def decisions(rows: list[dict], at: str = "settled") -> dict:
    """(set, cell, seed) -> the statistic at ``at`` (full runs first, else the early ones)."""
    out = {}
    for r in sorted(rows, key=lambda r: r["mode"] != "early"):  # full rows win
        if at in r:
            out[(r["data"], r["cell"], r["seed"])] = r[at][STAT]
    return out


def report(path: Path, threshold: float) -> str:
    """The statistic per set (declared ordered?, 0 % and the noisy cells' min / max, decision), the threshold
    scan on the tuning sets and rounds 13-17, and ``"auto"`` beside the plain and the ordered rule per round
    (the ``auto`` rows the ordinal benchmark ran, else composed from the other two by each run's decision)."""
    stats = decisions(json.loads(path.read_text())["rows"])
    lines = ["| set | group | declared ordered | 0 % | noisy min | noisy max | cdep min-max | auto at 0 % | "
             "runs read ordered |", "|---|---|---|---|---|---|---|---|---|"]
    names = list(dict.fromkeys(k[0] for k in stats))
    for name in sorted(names, key=lambda n: (group(n), n not in DECLARED, n)):
        own = {k: v for k, v in stats.items() if k[0] == name}
        zero = [v for k, v in own.items() if k[1] == "0"]
        noisy = [v for k, v in own.items() if k[1] != "0"]
        cdep = [v for k, v in own.items() if k[1].startswith("c")]
        read = sum(v >= threshold for v in own.values())
        lines.append(f"| {name} | {group(name)} | {'yes' if name in DECLARED else 'no'} | {np.mean(zero):.2f} | "
                     f"{min(noisy, default=np.nan):.2f} | {max(noisy, default=np.nan):.2f} | "
                     f"{min(cdep, default=np.nan):.2f}-{max(cdep, default=np.nan):.2f} | "
                     f"{'ordered' if np.mean(zero) >= threshold else 'unordered'} | {read}/{len(own)} |")
    lines += ["", "| threshold | tuning + 13-17: declared ordered read ordered | declared unordered read ordered | "
                  "18-21: ordered | unordered |", "|---|---|---|---|---|"]
    for t in (1.1, 1.2, 1.3, 1.35, 1.4, 1.5, 1.75, 2.0, 2.25, 2.5):
        cnt = {}
        for (name, _, _), v in stats.items():
            key = ("18-21" if group(name) == "18-21" else "chosen", name in DECLARED)
            hit, tot = cnt.get(key, (0, 0))
            cnt[key] = (hit + (v >= t), tot + 1)
        lines.append(f"| {t} | " + " | ".join("{}/{}".format(*cnt.get(k, (0, 0))) for k in
                                                (("chosen", True), ("chosen", False), ("18-21", True),
                                                 ("18-21", False))) + " |")
    return "\n".join(lines) + "\n\n" + compare(stats, threshold)


def compare(stats: dict, threshold: float) -> str:
    """Plain / ordered / auto per round (rows of ``data_quality_ordinal.json`` pooled over its parts), declared
    ordered and unordered sets apart, on the runs (set, cell, seed) that have a plain and an ordered row and a
    decision: cells meeting both goals (precision >= 0.85 and recall >= 0.8 on seed means), % clean rows flagged
    at 0 % (seed mean, mean over the sets), summed F1 of seed-mean precision and recall over the noisy cells.
    ``auto``: its own row where the benchmark ran it, else the plain or the ordered row by the run's decision
    (the detector runs an ordered twin until it decides: its flags are the chosen option's); the last column counts
    the runs read ordered and the ran rows that differ from the composed."""
    from benchmarks.data_quality_ordinal import RESULT as ORDINAL
    result = json.loads(ORDINAL.read_text())
    key = {NOISE[i]: c for c, i in zip(CELLS, range(len(NOISE)))}
    pool = {}
    for part, rows in result.items():
        if part == "seconds":
            continue
        for r in rows:
            pool[(r["data"], key[(r["noise"], r["kind"] if r["noise"] else "symmetric")], r["seed"], r["method"])] = r
    runs = {}
    for (name, cell, seed, method), r in pool.items():
        if method == PLAIN and (name, cell, seed, ORDERED_RULE) in pool and (name, cell, seed) in stats:
            v = stats[(name, cell, seed)]
            ran = pool.get((name, cell, seed, "auto"))
            composed = pool[(name, cell, seed, ORDERED_RULE if v >= threshold else PLAIN)]
            runs[(name, cell, seed)] = {"plain": r, "ordered": pool[(name, cell, seed, ORDERED_RULE)],
                                        "auto": ran or composed, "read": v >= threshold,
                                        "differs": ran is not None and any(ran[f] != composed[f] for f in
                                                                           ("precision", "recall", "flagged"))}

    def score(keys: list, method: str) -> str:
        met, clean, f1 = 0, [], 0.0
        for name in sorted({k[0] for k in keys}):
            for cell in CELLS:
                sel = [runs[k][method] for k in keys if k[0] == name and k[1] == cell]
                if not sel:
                    continue
                if cell == "0":
                    clean.append(np.mean([r["flagged_share"] for r in sel]) * 100)
                    continue
                p = np.mean([r["precision"] or 0.0 for r in sel])
                rc = np.mean([r["recall"] for r in sel])
                met += p >= 0.85 and rc >= 0.8
                f1 += 2 * p * rc / (p + rc) if p + rc else 0.0
        return f"{met} / {np.mean(clean) if clean else np.nan:.2f} / {f1:.2f}"

    lines = ["| rounds | sets | runs (seeds) | plain: cells / clean % / F1 | ordered | auto | auto read ordered "
             "(runs); ran rows unlike composed |", "|---|---|---|---|---|---|---|"]
    groups = [("tuning", lambda r: r is None)] + [(str(n), lambda r, n=n: r == n) for n in range(13, 22)] + \
        [("13-17", lambda r: r is not None and r <= 17), ("18-21", lambda r: r is not None and r >= 18)]
    for label, inside in groups:
        for declared in (True, False):
            keys = [k for k in runs if inside(round_of(k[0])) and (k[0] in DECLARED) is declared]
            if not keys:
                continue
            names = sorted({k[0] for k in keys})
            seeds = ",".join(map(str, sorted({k[2] for k in keys})))
            lines.append(f"| {label} | {'ordered' if declared else 'unordered'}: {', '.join(names)} | {len(keys)} "
                         f"({seeds}) | {score(keys, 'plain')} | {score(keys, 'ordered')} | {score(keys, 'auto')} | "
                         f"{sum(runs[k]['read'] for k in keys)}/{len(keys)}; "
                         f"{sum(runs[k]['differs'] for k in keys)} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", help="comma-separated data sets (tuning sets, rounds 13-21)")
    ap.add_argument("--report", action="store_true", help="print the tables from --out and the ordinal results")
    ap.add_argument("--threshold", type=float, default=None, help="the decision threshold (default AUTO_RATIO)")
    ap.add_argument("--cells", default="0,s30,c15,c30")
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--cache")
    ap.add_argument("--early", action="store_true")
    ap.add_argument("--out", default=str(RESULT), help="the results file (default: benchmarks/results/...)")
    args = ap.parse_args()
    out = Path(args.out)
    if args.report:
        from monitor.data_quality.ordinal import AUTO_RATIO
        print(report(out, AUTO_RATIO if args.threshold is None else args.threshold))
        return 0
    sets = args.sets.split(",")
    if any(round_of(s) == 22 for s in sets):
        print("round 22 is blind", file=sys.stderr)
        return 2
    result = json.loads(out.read_text()) if out.exists() else {"rows": []}
    for name in sets:
        for cell in args.cells.split(","):
            for seed in (int(s) for s in args.seeds.split(",")):
                t0 = time.time()
                row = run(name, cell, seed, args.cache, args.early)
                row["mode"] = "early" if args.early else "full"
                result["rows"] = [r for r in result["rows"] if (r["data"], r["cell"], r["seed"], r["mode"])
                                  != (name, cell, seed, row["mode"])] + [row]
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(json.dumps(result, indent=1) + "\n")
                print(name, cell, seed, {a: row.get(a) for a in ("first", "settled", "last")},
                      f"{time.time() - t0:.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
