"""Benchmark: does training the LSTM on real recorded runs help on *other* real runs? Leave one corpus out.

Session 19's wide weights (more synthetic generators) were healthier on synthetic sets but worse on the three
corpora recorded from real Lightning runs (``anomaly/data/recorded*.npz``, :mod:`anomaly.corpus`). This measures
the other route, real training data, honestly: for each corpus k in ``recorded``, ``recorded2``, ``recorded3``
the **LOCO weights** are trained on exactly the shipped weights' data (``anomaly/traces.py`` + ``anomaly/tuning.py``
traces, same steps, seed and settings) plus the scored traces of the *other two* corpora
(``python -m anomaly.train_global --recorded A B [--phase] --out F``: target = the trace itself, no loss inside a
labelled regression span and 20 points after it, ambiguous series left out, 10 % of the sampled windows from
the recorded traces), and are scored on corpus k only, which they never saw, phase unknown (the plain model)
and phase known (the phase model, what ``AnomalyCallback`` users get). Beside them on the same traces, with
``benchmarks/anomaly.py``'s detectors, row function (``evaluate``) and scoring unchanged: the shipped weights and
the naive-forecaster ablation. ``--control`` adds a column trained on the shipped data alone at the same
``--steps`` (only needed when ``--steps`` is not the shipped 8,000: step count confounds, session 19).
The summed rows pool each column's counts over the corpora (F1 of the pooled counts). ``forecast`` in the
results: the forecasters alone on the held-out corpus's clean targets (pinball loss, 5-95 % width, share under
the 5 % quantile, median bias), shipped vs LOCO, and inside the labelled event spans the share of points under
the 5 % quantile (the regression's signal).

    python benchmarks/anomaly_recorded_train.py --train --models phase --weights-dir D   # 3 trainings
    python benchmarks/anomaly_recorded_train.py --train --models plain --weights-dir D
    python benchmarks/anomaly_recorded_train.py --weights-dir D     # scores, writes anomaly_recorded_train.json

Session 20 (8,000 steps, ``--recorded-share`` 0.1; ``anomaly_recorded_train.json``): the LOCO weights caught 61 of
the 114 held-out events against the shipped weights' 84 (phase known 33 vs 48 of 57, unknown 28 vs 36), fewer on
every corpus, with fewer false alarms (0.61 vs 1.82 per 10k points). Their forecasts of the held-out corpus's clean
parts are *better* (pinball loss 10-40 % lower, narrower intervals, less bias), but inside the regressions far
fewer points fall under their 5 % quantile (phase model: 0.22-0.36 vs 0.50-0.61): trained on real traces, whose
clean parts hold persistent unlabelled dips, the model follows a drop instead of expecting it to revert, as the
healthy twins of the synthetic traces taught it. Better forecasting of real runs is not better detection.
A smaller share, 0.03 (phase model, held-out ``recorded`` and ``recorded2`` only, time;
``anomaly_recorded_train_share03.json``, ``--train-args "--recorded-share 0.03"``): 24 of 38 vs shipped 30
(``recorded`` 14 = shipped, ``recorded2`` 10 vs 16), so less real data hurts less but does not help.

A training (8,000 steps, one torch thread) takes 5-7 minutes on this machine; the synthetic features are
computed once per model kind and shared by its trainings. Weight files are deterministic from the seed.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly import ThroughputDetector  # noqa: E402
from anomaly.evaluation import AlertScore  # noqa: E402
from benchmarks.anomaly import evaluate, phase_known, recorded_traces  # noqa: E402
from benchmarks.anomaly_wide import NAIVE, SHIPPED, dets as wide_dets  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "anomaly_recorded_train.json"
CORPORA = ("recorded", "recorded2", "recorded3")
LOCO = "LOCO: ThroughputDetector(lstm) trained also on the other two corpora"
CONTROL = "control: shipped data only, same steps"


def weight_file(d: Path, corpus: str, phase: bool, control: bool = False) -> Path:
    stem = "control" if control else f"loco_{corpus}"
    return d / f"{stem}{'_phase' if phase else ''}.npz"


def train_all(d: Path, models, corpora, steps: int, control: bool, extra_args=()) -> dict:
    """Train the LOCO weights (and the control) of ``models`` (``plain``, ``phase``); their meta by file name.
    ``extra_args``: more ``anomaly.train_global`` arguments for every training (a quick check: fewer traces)."""
    from anomaly.train_global import dataset, parser, run

    d.mkdir(parents=True, exist_ok=True)
    metas = {}
    for model in models:
        phase = model == "phase"
        common = ["--steps", str(steps), *extra_args] + (["--phase"] if phase else [])
        a0 = parser().parse_args(common)
        base = dataset(a0.project, a0.diverse, phase=phase, wide=a0.wide)  # the shipped data, computed once
        jobs = [(weight_file(d, c, phase), ["--recorded", *[o for o in CORPORA if o != c]]) for c in corpora]
        if control:
            jobs.append((weight_file(d, "", phase, control=True), []))
        for out, extra in jobs:
            t0 = time.perf_counter()
            metas[out.name] = run(parser().parse_args(common + extra + ["--out", str(out)]), base=base)
            print(f"{out.name}: {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
    return metas


def _meta(f: Path) -> dict:
    import numpy as np

    with np.load(f) as z:
        return json.loads(str(z["meta"]))


def score(d: Path, corpora, results: dict) -> None:
    """The rows: corpus k, phase unknown and known, for every weights file of k that exists."""
    from anomaly.corpus import RECORDED, RECORDED2, RECORDED3
    from anomaly.global_model import WEIGHT_SETS, WEIGHTS

    paths = dict(zip(CORPORA, (RECORDED, RECORDED2, RECORDED3)))
    base = wide_dets()
    rows: list = []
    for c in corpora:
        rec, _, summ = recorded_traces(paths[c])
        results["config"]["corpora"][c] = {k: summ[k] for k in ("series", "scored", "ambiguous", "scored_events")}
        for phase in (False, True):
            f, fc = weight_file(d, c, phase), weight_file(d, "", phase, control=True)
            dets = {SHIPPED: base[SHIPPED]}
            for key, name, file in ((f"loco_{c}", LOCO, f), ("control", CONTROL, fc)):
                if file.is_file():
                    WEIGHT_SETS[key] = (WEIGHTS, file) if phase else (file, WEIGHTS)  # only the row's model is used
                    dets[name] = lambda s, key=key: ThroughputDetector("lstm", weights=key, seed=s)
                    results["config"]["weights"][file.name] = _meta(file)
            dets[NAIVE] = base[NAIVE]
            if LOCO not in dets:
                results.setdefault("missing", []).append(f.name)
                continue
            if phase:
                evaluate(phase_known(rec, [t.pause_known_mask for t in rec]), dets, f"{c}+phase", "LOCO held-out",
                         results, rows)
            else:
                evaluate(rec, dets, c, "LOCO held-out", results, rows)


def forecast_quality(d: Path, corpora, results: dict, burn_in: int = 32) -> None:
    """The forecasters alone on the held-out corpus's scored traces, the training targets of
    ``anomaly.train_global.recorded_dataset`` (the trace itself outside event spans + margin): pinball loss
    (the training loss), mean 5-95 % width, share of targets under the 5 % quantile, median bias (target minus
    the 50 % quantile); and inside the event spans (the unmasked trace) the share of points under the 5 %
    quantile. Shipped vs LOCO weights, phase unknown (plain) and known (phase)."""
    import numpy as np
    import torch

    from anomaly.global_model import PHASE_WEIGHTS, WEIGHTS, load_weights
    from anomaly.train_global import QUANTILES, recorded_dataset

    tau = np.array(QUANTILES)
    out = results.setdefault("forecast", {})
    for c in corpora:
        for phase in (False, True):
            f = weight_file(d, c, phase)
            if not f.is_file():
                continue
            data, _ = recorded_dataset([c], phase=phase)
            full, _ = recorded_dataset([c], phase=phase, mask=False)
            row = out.setdefault(f"{c}{'+phase' if phase else ''}", {})
            for name, wf in ((SHIPPED, PHASE_WEIGHTS if phase else WEIGHTS), (LOCO, f)):
                w = load_weights(str(wf))
                lstm = torch.nn.LSTM(w["w_ih"].shape[1], w["w_hh"].shape[1], batch_first=True).double()
                with torch.no_grad():
                    lstm.weight_ih_l0.copy_(torch.from_numpy(w["w_ih"]))
                    lstm.weight_hh_l0.copy_(torch.from_numpy(w["w_hh"]))
                    lstm.bias_ih_l0.copy_(torch.from_numpy(w["bias"]))
                    lstm.bias_hh_l0.zero_()
                errs, widths, under, bias, ev_under = [], [], [], [], []
                for (x, y), (_, yf) in zip(data, full):
                    with torch.no_grad():
                        o = lstm(torch.from_numpy(x.astype(np.float64))[None])[0][0].numpy() @ w["head_w"].T + w["head_b"]
                    sp = np.logaddexp(0.0, o[:, 1:])
                    q = np.stack([o[:, 0] - sp[:, 0], o[:, 0], o[:, 0] + sp[:, 1]], -1)
                    ok = np.isfinite(y)
                    ok[:burn_in] = False
                    e = y[ok, None] - q[ok]
                    errs.append(np.maximum(tau * e, (tau - 1) * e).mean(-1))
                    widths.append(q[ok, 2] - q[ok, 0])
                    under.append(e[:, 0] < 0)
                    bias.append(e[:, 1])
                    ev = ~np.isfinite(y) & np.isfinite(yf)  # event spans + margin
                    ev_under.append(yf[ev] < q[ev, 0])
                row[name] = {"pinball": float(np.concatenate(errs).mean()), "width_5_95": float(np.concatenate(widths).mean()),
                             "under_q05": float(np.concatenate(under).mean()),
                             "median_bias": float(np.median(np.concatenate(bias))),
                             "points": int(sum(len(b) for b in bias)),
                             "event_under_q05": float(np.concatenate(ev_under).mean()),
                             "event_points": int(sum(len(b) for b in ev_under))}


def summed(results: dict) -> dict:
    """Per phase setting (and both): each column's counts pooled over the corpora scored."""
    out = {}
    for s, row in results.items():
        if not isinstance(row, dict) or SHIPPED not in row or LOCO not in row:
            continue
        for g in ("phase known" if s.endswith("+phase") else "phase unknown", "all"):
            for name, e in row.items():
                t = out.setdefault(g, {}).setdefault(name, {"rows": [], "score": AlertScore()})
                t["rows"].append(s)
                sc = AlertScore(events=e["events"], caught=e["caught"], false_alarms=e["false_alarms"],
                                points=e["points"])
                sc.runs_on_caught = round(e["runs_per_caught_event"] * e["caught"]) if e["caught"] else 0
                t["score"] += sc
    for g in out.values():
        for name, t in g.items():
            sc = t.pop("score")
            t.update(events=sc.events, caught=sc.caught, false_alarms=sc.false_alarms, points=sc.points, f1=sc.f1,
                     false_alarms_per_10k=sc.false_alarms_per_10k,
                     runs_per_caught_event=sc.runs_on_caught / sc.caught if sc.caught else float("nan"))
    return out


def print_table(results: dict) -> None:
    names = [n for n in (SHIPPED, LOCO, CONTROL, NAIVE) if any(isinstance(r, dict) and n in r
                                                              for k, r in results.items() if k.startswith("rec"))]
    short = {SHIPPED: "shipped", LOCO: "LOCO", CONTROL: "control", NAIVE: "naive"}
    cols = " / ".join(short[n] for n in names)
    print(f"| held-out corpus | F1 {cols} | caught {cols} (of events) | FA per 10k {cols} | runs per caught {cols} |")
    print("|---|---|---|---|---|")
    rows = [(s, results[s]) for s in sorted(k for k in results if k.startswith("recorded"))]
    rows += [(f"summed, {g}", t) for g, t in sorted(results.get("summary", {}).items())]
    for s, r in rows:
        if not all(n in r for n in names):
            continue
        print(f"| {s} | " + " / ".join(f"{r[n]['f1']:.3f}" for n in names) + " | "
              + " / ".join(str(r[n]['caught']) for n in names) + f" ({r[SHIPPED]['events']}) | "
              + " / ".join(f"{r[n]['false_alarms_per_10k']:.2f}" for n in names) + " | "
              + " / ".join(f"{r[n]['runs_per_caught_event']:.2f}" for n in names) + " |")
    fc = results.get("forecast", {})
    if fc:
        print("\n| held-out corpus | pinball shipped / LOCO | 5-95 % width | share under q05 | median bias | "
              "event points under q05 |")
        print("|---|---|---|---|---|---|")
        for s, r in sorted(fc.items()):
            print(f"| {s} | " + " | ".join(" / ".join(f"{r[n][k]:.4f}" for n in (SHIPPED, LOCO))
                                          for k in ("pinball", "width_5_95", "under_q05", "median_bias", "event_under_q05")) + " |")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--weights-dir", type=Path, required=True, help="where the LOCO weight files are (written)")
    p.add_argument("--train", action="store_true", help="train the weights (no scoring)")
    p.add_argument("--models", nargs="+", default=["phase", "plain"], choices=("phase", "plain"))
    p.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=CORPORA, help="held-out corpora")
    p.add_argument("--steps", type=int, default=8000, help="training steps (the shipped weights': 8,000)")
    p.add_argument("--control", action="store_true", help="also train the shipped data alone at --steps")
    p.add_argument("--train-args", default="", help="more anomaly.train_global arguments (a quick check)")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)
    t0, load0 = time.perf_counter(), os.getloadavg()[0]
    if a.train:
        metas = train_all(a.weights_dir, a.models, a.corpora, a.steps, a.control, shlex.split(a.train_args))
        print(json.dumps({k: {m: v[m] for m in ("steps", "traces", "final_loss", "features_s", "train_s")}
                          for k, v in metas.items()}, indent=1), file=sys.stderr)
        return 0
    results: dict = {"config": {"corpora": {}, "weights": {}}}
    score(a.weights_dir, a.corpora, results)
    forecast_quality(a.weights_dir, a.corpora, results)
    results["summary"] = summed(results)
    results["wall_s"] = time.perf_counter() - t0
    results["host_load_1m"] = [load0, os.getloadavg()[0]]
    print_table(results)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(results, indent=2, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
