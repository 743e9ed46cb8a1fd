"""Benchmark: the LSTM ThroughputDetector vs the baselines on generated throughput traces.

Side by side on the same traces (seeds 9000+, never used by the tests or while tuning): our
detector (LSTM forecaster + slow reference + learned pauses), the classical one-step-forecast
detectors (Telemanom-style LSTM, ETS/Holt-Winters, ARIMA, STL: smoothed residuals, dynamic threshold,
persistence) and a one-sided CUSUM chart tuned on short-pause traces. Scored at the event level
(anomaly/traces.py): precision, recall, F1, false alarms per 10k points, median delay, per-point cost.

    python benchmarks/anomaly.py            # 10 traces per family (20), 6000 points each
    python benchmarks/anomaly.py --quick    # 3 per family, 4000 points, no ARIMA/STL
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.baselines import CusumDetector, ResidualDetector, make_streaming  # noqa: E402
from anomaly.detector import ThroughputDetector  # noqa: E402
from anomaly.forecaster import LSTMForecaster  # noqa: E402
from anomaly.traces import EventScore, make_trace, score_events  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "anomaly.json"


def detectors(quick: bool) -> dict:
    d = {
        "ours: ThroughputDetector(lstm)": lambda s: ThroughputDetector("lstm", seed=s),
        "telemanom-style LSTM": lambda s: ResidualDetector(LSTMForecaster(seed=s)),
        "ETS / Holt (statsmodels)": lambda s: ResidualDetector(make_streaming("ets", refit_every=100)),
        "CUSUM (one-sided)": lambda s: CusumDetector(),
    }
    if not quick:
        d["ARIMA(1,0,1) (statsmodels)"] = lambda s: ResidualDetector(make_streaming("arima", refit_every=100))
        d["STL + AR(1) (statsmodels)"] = lambda s: ResidualDetector(make_streaming("stl",
                                                                                   window=1200, refit_every=200))
    return d


def run_one(factory, trace, seed):
    det = factory(seed)
    costs, flags = [], []
    for v, t in zip(trace.values, trace.timestamps):
        t0 = time.perf_counter()
        flags.append(det.update(v, t).is_anomaly)
        costs.append(time.perf_counter() - t0)
    return score_events(flags, trace.events), costs


def memory_profile(points: int, checkpoints=(0.1, 0.5, 1.0)) -> dict:
    """Pickled detector state size and traced Python heap along one long stream (bounded memory)."""
    import pickle
    import tracemalloc

    det = ThroughputDetector("lstm", seed=0)
    chunks = [make_trace(7000 + i, 8000, pauses="long") for i in range(points // 8000 + 1)]
    values = [v for tr in chunks for v in tr.values][:points]
    out = {"points": points, "state_bytes": {}, "traced_heap_bytes": {}}
    marks = {int(points * c) for c in checkpoints}
    tracemalloc.start()
    for i, v in enumerate(values, start=1):
        det.update(v)
        if i in marks:
            out["state_bytes"][i] = len(pickle.dumps(det.state_dict()))
            out["traced_heap_bytes"][i] = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true")
    p.add_argument("--traces", type=int, default=None, help="traces per family (default 10; quick 3)")
    p.add_argument("--points", type=int, default=None, help="points per trace (default 6000; quick 4000)")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--memory-points", type=int, default=None,
                   help="length of the bounded-memory stream (default 200,000; quick 20,000; 0 = skip)")
    a = p.parse_args(argv)
    n_traces = a.traces or (3 if a.quick else 10)
    n_points = a.points or (4000 if a.quick else 6000)
    results = {"traces_per_family": n_traces, "points_per_trace": n_points, "seeds": [9000, 9000 + n_traces],
               "families": {}}
    rows = []
    for family in ("short", "long"):
        traces = [make_trace(9000 + i, n_points, pauses=family) for i in range(n_traces)]
        for name, factory in detectors(a.quick).items():
            total, costs, t0 = EventScore(), [], time.perf_counter()
            for i, tr in enumerate(traces):
                sc, c = run_one(factory, tr, i)
                total += sc
                costs += c
            entry = total.as_dict()
            entry["cost_median_ms"] = 1e3 * statistics.median(costs)
            entry["cost_mean_ms"] = 1e3 * sum(costs) / len(costs)
            entry["wall_s"] = time.perf_counter() - t0
            results["families"].setdefault(family, {})[name] = entry
            rows.append((family, name, entry))
            print(f"{family:5s} {name:32s} F1={entry['f1']:.3f} FA/10k={entry['false_alarms_per_10k']:.2f} "
                  f"({entry['wall_s']:.0f}s)", file=sys.stderr, flush=True)
    print("| pauses | detector | precision | recall | F1 | false alarms / 10k | median delay | "
          "median leak delay | cost median ms | cost mean ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for family, name, e in rows:
        print(f"| {family} | {name} | {e['precision']:.3f} | {e['recall']:.3f} | {e['f1']:.3f} | "
              f"{e['false_alarms_per_10k']:.2f} | {e['median_delay']:.0f} | {e['median_leak_delay']:.0f} | "
              f"{e['cost_median_ms']:.3f} | {e['cost_mean_ms']:.3f} |")
    mem_points = a.memory_points if a.memory_points is not None else (20_000 if a.quick else 200_000)
    if mem_points:
        mem = results["memory"] = memory_profile(mem_points)
        print(f"\nmemory over {mem_points:,} points (one stream): pickled state "
              + ", ".join(f"{k:,}: {v / 1024:.0f} KiB" for k, v in mem["state_bytes"].items())
              + "; traced heap " + ", ".join(f"{k:,}: {v / 2**20:.1f} MiB" for k, v in mem["traced_heap_bytes"].items()))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
