"""Score throughput series for regressions: offline CSVs, a Prometheus sidecar, a PNG report.

    lightwatch anomaly score IN.csv --out OUT.csv [--model lstm|ets|arima|stl|cusum] [--direction down|up|both]
    lightwatch anomaly watch --prometheus URL --query PROMQL [--port P] [--step S] [--interval I]
    lightwatch anomaly report IN.csv --out plot.png [--model ...]

CSV input: a header with ``timestamp`` and ``value`` columns (other columns are ignored);
timestamps are unix seconds or ISO-8601. The whole file is checked before any scoring: an empty
file, a missing column, a non-numeric, NaN or infinite value, an unparsable, unsorted or duplicate
timestamp is an error naming the line, and no output is written. A constant series is valid (it
scores 0 everywhere). Output rows are scored only from earlier rows (no look-ahead) and written to
a temporary file renamed into place at the end, so a failure never leaves a half file.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
from datetime import datetime
from pathlib import Path

MODELS = ("lstm", "ets", "arima", "stl", "cusum")
OUT_COLUMNS = ("forecast", "lower", "upper", "score", "is_anomaly")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="anomaly_command", metavar="SUBCOMMAND", required=True)
    s = sub.add_parser("score", help="score a timestamp,value CSV row by row")
    s.add_argument("input", type=Path)
    s.add_argument("--out", type=Path, required=True)
    _model_args(s)
    w = sub.add_parser("watch", help="poll Prometheus query_range and export anomaly gauges")
    w.add_argument("--prometheus", required=True, help="Prometheus base URL, e.g. http://127.0.0.1:9090")
    w.add_argument("--query", required=True, help="PromQL returning one or more rate series")
    w.add_argument("--port", type=int, default=9409, help="port of the gauges' /metrics (default 9409; 0 = free)")
    w.add_argument("--step", type=float, default=5.0, help="query_range step, seconds (default 5)")
    w.add_argument("--interval", type=float, default=15.0, help="seconds between polls (default 15)")
    w.add_argument("--lookback", type=float, default=3600.0, help="history fetched on the first poll, seconds")
    w.add_argument("--polls", type=int, default=0, help="stop after this many polls (default 0 = run forever)")
    _model_args(w)
    r = sub.add_parser("report", help="plot the series, forecast band and flagged regions to a PNG")
    r.add_argument("input", type=Path)
    r.add_argument("--out", type=Path, required=True)
    _model_args(r)


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", choices=MODELS, default="lstm", help="forecaster / detector (default lstm)")
    p.add_argument("--direction", choices=("down", "up", "both"), default="down",
                   help="down = degradation only (default), up, or both")


def make_detector(model: str, direction: str = "down"):
    """The detector behind ``--model``: ours with the named forecaster, or the CUSUM chart."""
    if model not in MODELS:
        raise ValueError(f"--model {model!r}: expected one of {MODELS}")
    if model == "cusum":
        if direction != "down":
            raise ValueError("--model cusum is one-sided: use --direction down")
        from anomaly.baselines import CusumDetector

        return CusumDetector()
    from anomaly.detector import ThroughputDetector

    return ThroughputDetector(model, direction=direction)


def _parse_time(text: str, line: int) -> float:
    text = text.strip()
    try:
        t = float(text)
    except ValueError:
        try:
            t = datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
        except ValueError:
            raise ValueError(f"line {line}: timestamp {text!r} is neither unix seconds nor ISO-8601") from None
    if not math.isfinite(t):
        raise ValueError(f"line {line}: timestamp {text!r} is not finite")
    return t


def read_csv(path: Path) -> tuple[list[dict], list[float], list[float]]:
    """Rows, timestamps and values of a checked input CSV (see the module docstring)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"input {str(path)!r}: no such file")
    with path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        if not fields:
            raise ValueError(f"input {str(path)!r} is empty: expected a header with timestamp,value")
        missing = [c for c in ("timestamp", "value") if c not in fields]
        if missing:
            raise ValueError(f"input {str(path)!r}: missing column(s) {missing}; found {fields}")
        clash = [c for c in OUT_COLUMNS if c in fields]
        if clash:
            raise ValueError(f"input {str(path)!r}: already has output column(s) {clash}")
        rows, ts, vs = [], [], []
        for line, row in enumerate(reader, start=2):
            t = _parse_time(row["timestamp"] or "", line)
            try:
                v = float(row["value"])
            except (TypeError, ValueError):
                raise ValueError(f"line {line}: value {row['value']!r} is not a number") from None
            if not math.isfinite(v):
                raise ValueError(f"line {line}: value {row['value']!r} is not finite (drop or fill such rows)")
            if v < 0:
                raise ValueError(f"line {line}: value {v} is negative (a rate must be >= 0)")
            if ts and t <= ts[-1]:
                word = "duplicate" if t == ts[-1] else "unsorted"
                raise ValueError(f"line {line}: {word} timestamp {row['timestamp']!r} "
                                 "(timestamps must strictly increase)")
            rows.append(row)
            ts.append(t)
            vs.append(v)
    if not rows:
        raise ValueError(f"input {str(path)!r} has a header but no rows")
    return rows, ts, vs


def score_rows(ts: list[float], vs: list[float], model: str = "lstm", direction: str = "down") -> list:
    det = make_detector(model, direction)
    return [det.update(v, t) for t, v in zip(ts, vs)]


def score_csv(inp: Path, out: Path, model: str = "lstm", direction: str = "down") -> int:
    """Score ``inp`` into ``out`` (atomically); returns the number of alert runs."""
    rows, ts, vs = read_csv(inp)
    det = make_detector(model, direction)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    alerts, prev = 0, False
    try:
        with tmp.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) + list(OUT_COLUMNS))
            writer.writeheader()
            for row, t, v in zip(rows, ts, vs):
                r = det.update(v, t)
                alerts += int(r.is_anomaly and not prev)
                prev = r.is_anomaly
                writer.writerow({**row, "forecast": f"{r.forecast:.6g}", "lower": f"{r.lower:.6g}",
                                 "upper": f"{r.upper:.6g}", "score": f"{r.score:.4f}",
                                 "is_anomaly": int(r.is_anomaly)})
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return alerts


def run(args: argparse.Namespace) -> int:
    cmd = args.anomaly_command
    if cmd == "score":
        alerts = score_csv(args.input, args.out, args.model, args.direction)
        print(f"lightwatch anomaly: wrote {args.out} ({alerts} alert run(s))")
        return 0
    if cmd == "report":
        from anomaly.report import plot_report

        make_detector(args.model, args.direction)  # check the options before reading
        _, ts, vs = read_csv(args.input)
        results = score_rows(ts, vs, args.model, args.direction)
        plot_report(ts, vs, results, args.out, title=args.input.name)
        print(f"lightwatch anomaly: wrote {args.out}")
        return 0
    return _watch(args)


def _watch(args: argparse.Namespace) -> int:
    from monitor.exporter import MetricsExporter, validate_port

    from anomaly.sidecar import Sidecar

    validate_port(args.port, "--port")
    if args.interval <= 0 or args.polls < 0:
        raise ValueError("--interval must be > 0 and --polls >= 0")
    make_detector(args.model, args.direction)
    car = Sidecar(args.prometheus, args.query, step=args.step, lookback=args.lookback,
                  detector_factory=lambda: make_detector(args.model, args.direction))
    import threading

    with MetricsExporter(port=args.port) as exp:
        print(f"lightwatch anomaly watch: gauges at {exp.url}, polling {args.prometheus}", flush=True)
        n = 0
        stop = threading.Event()
        while not stop.is_set():
            scored = car.poll_once()
            n += 1
            print(f"poll {n}: {scored} new point(s), {len(car.detectors)} series, {car.errors} error(s)",
                  flush=True)
            if args.polls and n >= args.polls:
                break
            stop.wait(args.interval)
    return 0
