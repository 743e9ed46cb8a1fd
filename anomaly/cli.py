"""Score throughput series for regressions: offline CSVs, a Prometheus sidecar, a PNG report.

    lightwatch anomaly score IN.csv --out OUT.csv [--model auto|lstm|ets|arima|stl|likelihood|cusum]
                                   [--direction down|up|both]
                                   [--values auto|rate|real] [--timestamps strict|sort|merge] [--threads 1]
    lightwatch anomaly watch --prometheus URL [--query PROMQL] [--pause-query PROMQL] [--change-query PROMQL]
                             [--port P] [--step 5s]
    lightwatch anomaly report IN.csv --out plot.png [--model ...]

CSV input: a header with ``timestamp`` and ``value`` columns (other columns are copied through; a
UTF-8 byte-order mark is fine), and optionally ``pause`` (``1``/``0``, ``true``/``false``, ``yes``/``no``: the point's
window held a validation loop or a checkpoint write; or the window's pause share 0-1, e.g. the monitor's
``lightwatch_window_pause_ratio``, a pause at 40 % or more; given for every row, it is the run's phase, as
``AnomalyCallback`` passes it, and the detector uses its phase model), and optionally ``change`` (``1``/``0``,
``true``/``false``, ``yes``/``no``: a planned, healthy level change starts at this row, e.g. a precision switch
or a restart on another world size; the detector moves its level by the step instead of alerting on it; the
likelihood and CUSUM models ignore it); timestamps are unix seconds or ISO-8601. Inputs and outputs are
checked first (``monitor.cliio``: an output may not be the input, a symlink or a directory; a
report must end in ``.png``), then the whole file: a missing column, a row with more or fewer
fields than the header, a non-numeric, NaN or infinite value, a negative value in the rate mode
(``--direction down``; ``up``/``both`` take any real value) and an unparsable timestamp are errors
naming the line. Timestamps (``--timestamps``): ``strict`` (default) refuses a duplicate or
out-of-order one naming its line; ``sort`` scores the rows in timestamp order (stable; equal
timestamps are consecutive points at the same time); ``merge`` sorts and merges rows with equal
timestamps into one (the mean value, other columns from the first). Output rows are in the order
scored, each scored only from earlier rows, written atomically (no half file on failure). ``score`` adds the
columns ``forecast``, ``lower``, ``upper``, ``score``, ``is_anomaly`` and ``started_by`` (at an alert run's first row,
the rule that started it: ``cusum``, ``level``, ``burst`` or ``escalation``; empty elsewhere and for the likelihood
and CUSUM models).
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from datetime import datetime
from pathlib import Path

from anomaly.registry import FORECASTERS

#: ``--model`` choices: ``auto`` (the LSTM throughput detector on rates, the likelihood rule on real values), our
#: throughput detector with each registered forecaster, the likelihood rule for any series, or the CUSUM chart
MODELS = ("auto", *FORECASTERS, "likelihood", "cusum")
TIMESTAMP_POLICIES = ("strict", "sort", "merge")
OUT_COLUMNS = ("forecast", "lower", "upper", "score", "is_anomaly", "started_by")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="anomaly_command", metavar="SUBCOMMAND", required=True)
    s = sub.add_parser("score", help="score a timestamp,value CSV row by row")
    s.add_argument("input", type=Path, help="CSV with timestamp and value columns (see the module help)")
    s.add_argument("--out", type=Path, required=True, help="the scored CSV to write (input columns + forecast, "
                                                            "band, score, is_anomaly, started_by)")
    _model_args(s)
    _csv_args(s)
    w = sub.add_parser("watch", help="poll Prometheus query_range and export anomaly gauges")
    w.add_argument("--prometheus", required=True, help="Prometheus base URL, e.g. http://127.0.0.1:9090")
    w.add_argument("--query", default=None,
                   help="PromQL returning one or more rate series (default: the monitor's samples/s gauge)")
    w.add_argument("--pause-query", default=None,
                   help="PromQL of each series' pause share 0-1, the run's phase (default: the monitor's "
                        "window pause ratio with the default --query, none otherwise; '' = none)")
    w.add_argument("--change-query", default=None,
                   help="PromQL whose series mark known planned level changes: a change of its value (under the "
                        "rate series' labels) is told to the detector (default: the DPS plugin's active "
                        "precision with the default --query, none otherwise; '' = none)")
    w.add_argument("--port", type=int, default=9409, help="port of the gauges' /metrics (default 9409; 0 = free)")
    w.add_argument("--step", default="5", help="query_range step: seconds or a duration such as 5s (default 5)")
    w.add_argument("--interval", default="15", help="time between polls: seconds or a duration (default 15)")
    w.add_argument("--lookback", default="3600", help="history fetched on the first poll (default 3600 s)")
    w.add_argument("--polls", type=int, default=0, help="stop after this many polls (default 0 = run forever)")
    _model_args(w)
    r = sub.add_parser("report", help="plot the series, forecast band and flagged regions to a PNG")
    r.add_argument("input", type=Path, help="CSV with timestamp and value columns (as for score)")
    r.add_argument("--out", type=Path, required=True, help="the PNG to write (must end in .png)")
    _model_args(r)
    _csv_args(r)


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", choices=MODELS, default="auto",
                   help="detector (default auto: lstm on rates, likelihood on real values)")
    p.add_argument("--direction", choices=("down", "up", "both"), default="down",
                   help="down = degradation only (default), up, or both")
    p.add_argument("--values", choices=("auto", "rate", "real"), default="auto",
                   help="rate: values >= 0 scored in log space; real: any finite value; "
                        "auto (default): rate for --direction down, real otherwise")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1: no oversubscription)")


def _csv_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--timestamps", choices=TIMESTAMP_POLICIES, default="strict",
                   help="strict (default): refuse duplicate/out-of-order timestamps; sort: score in timestamp "
                        "order; merge: sort and merge equal timestamps (mean value)")


def resolve_model(model: str, direction: str = "down", values: str = "auto") -> str:
    """``auto`` -> ``lstm`` for rates (throughput), ``likelihood`` for any real-valued series."""
    if model != "auto":
        return model
    return "lstm" if _rate_mode(direction, values) else "likelihood"


def make_detector(model: str, direction: str = "down", values: str = "auto"):
    """The detector behind ``--model``: ours with the named forecaster, the likelihood rule, or the CUSUM chart."""
    if model not in MODELS:
        raise ValueError(f"--model {model!r}: expected one of {MODELS}")
    model = resolve_model(model, direction, values)
    if model == "likelihood":
        from anomaly.likelihood import LikelihoodDetector

        return LikelihoodDetector(direction=direction)
    if model == "cusum":
        if direction != "down" or values == "real":
            raise ValueError("--model cusum is one-sided on rates: use --direction down")
        from anomaly.baselines import CusumDetector

        return CusumDetector()
    from anomaly.detector import ThroughputDetector

    det = ThroughputDetector(model, direction=direction, values=values)
    det.validate()
    return det


def _rate_mode(direction: str, values: str) -> bool:
    return values == "rate" or (values == "auto" and direction == "down")


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


def read_csv(path: Path, *, rate: bool = True, timestamps: str = "strict") -> tuple[list[dict], list[float],
                                                                                     list[float]]:
    """Rows, timestamps and values of a checked input CSV (see the module docstring)."""
    from monitor.cliio import input_file

    if timestamps not in TIMESTAMP_POLICIES:
        raise ValueError(f"--timestamps {timestamps!r}: expected one of {TIMESTAMP_POLICIES}")
    path = input_file(path, "input", allow_empty=True)
    name = str(path)
    rows, ts, vs, lines = [], [], [], []
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            fields = reader.fieldnames
            if not fields:
                raise ValueError(f"input {name!r} is empty: expected a header with timestamp,value")
            missing = [c for c in ("timestamp", "value") if c not in fields]
            if missing:
                raise ValueError(f"input {name!r}: missing column(s) {missing}; found {fields}")
            clash = [c for c in OUT_COLUMNS if c in fields]
            if clash:
                raise ValueError(f"input {name!r}: already has output column(s) {clash}")
            for row in reader:
                line = reader.line_num
                if None in row or None in row.values():
                    n = len(fields) + len(row.get(None, ())) - sum(v is None for v in row.values())
                    raise ValueError(f"input {name!r} line {line}: {n} field(s), the header has {len(fields)}")
                t = _parse_time(row["timestamp"], line)
                v = _parse_value(row["value"], line, rate)
                if "pause" in row:
                    try:
                        parse_pause(row["pause"])
                    except ValueError as exc:
                        raise ValueError(f"line {line}: {exc}") from None
                if "change" in row:
                    try:
                        parse_change(row["change"])
                    except ValueError as exc:
                        raise ValueError(f"line {line}: {exc}") from None
                if timestamps == "strict" and ts and t <= ts[-1]:
                    word = "duplicate" if t == ts[-1] else "out-of-order"
                    raise ValueError(f"input {name!r} line {line}: {word} timestamp {row['timestamp']!r} "
                                     "(use --timestamps sort or merge to accept it)")
                rows.append(row)
                ts.append(t)
                vs.append(v)
                lines.append(line)
    except UnicodeDecodeError as exc:
        raise ValueError(f"input {name!r} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise ValueError(f"input {name!r}: not a CSV file ({exc})") from None
    if not rows:
        raise ValueError(f"input {name!r} has a header but no rows")
    if timestamps != "strict":
        order = sorted(range(len(ts)), key=ts.__getitem__)  # stable: equal timestamps keep file order
        rows, ts, vs = [rows[i] for i in order], [ts[i] for i in order], [vs[i] for i in order]
    if timestamps == "merge":
        rows, ts, vs = _merge(rows, ts, vs)
    return rows, ts, vs


def parse_pause(text: object) -> bool:
    """One ``pause`` cell: a flag (``1``/``0``, ``true``/``false``, ``yes``/``no``) or the point's pause share
    in [0, 1] (the monitor's ``lightwatch_window_pause_ratio``), a pause at ``PAUSE_SHARE`` (40 %) or more, as
    ``AnomalyCallback`` and the sidecar decide."""
    from anomaly.global_model import PAUSE_SHARE
    from monitor.cliio import parse_flag

    try:
        return parse_flag(text, "pause")
    except ValueError:
        try:
            share = float(str(text))
        except ValueError:
            share = math.nan
        if not 0.0 <= share <= 1.0:  # NaN fails too
            raise ValueError(f"pause={text!r} must be 1/0, true/false, yes/no or a pause share in [0, 1]") from None
        return share >= PAUSE_SHARE


def parse_change(text: object) -> bool:
    """One ``change`` cell: ``1``/``0``, ``true``/``false``, ``yes``/``no`` (a planned level change starts here)."""
    from monitor.cliio import parse_flag

    return parse_flag(text, "change")


def changes_of(rows: list[dict]) -> list[bool] | None:
    """The ``change`` column as booleans (checked by :func:`read_csv`), or None without one."""
    if not rows or "change" not in rows[0]:
        return None
    return [parse_change(row["change"]) for row in rows]


def pauses_of(rows: list[dict]) -> list[bool] | None:
    """The ``pause`` column as booleans (checked by :func:`read_csv`), or None without one."""
    if not rows or "pause" not in rows[0]:
        return None
    return [parse_pause(row["pause"]) for row in rows]


def _parse_value(text, line: int, rate: bool) -> float:
    try:
        v = float(text)
    except (TypeError, ValueError):
        raise ValueError(f"line {line}: value {text!r} is not a number") from None
    if not math.isfinite(v):
        raise ValueError(f"line {line}: value {text!r} is not finite (drop or fill such rows)")
    if rate and v < 0:
        raise ValueError(f"line {line}: value {v} is negative: a rate must be >= 0 "
                         "(--direction up|both or --values real take any real value)")
    return v


def _merge(rows: list[dict], ts: list[float], vs: list[float]):
    out_rows, out_ts, out_vs = [], [], []
    i = 0
    while i < len(ts):
        j = i
        while j < len(ts) and ts[j] == ts[i]:
            j += 1
        row = dict(rows[i])
        if "change" in row and any(parse_change(r["change"]) for r in rows[i:j]):
            row["change"] = rows[next(k for k in range(i, j) if parse_change(rows[k]["change"]))]["change"]
        v = math.fsum(vs[i:j]) / (j - i)
        if j - i > 1:
            row["value"] = repr(v)
        out_rows.append(row)
        out_ts.append(ts[i])
        out_vs.append(v)
        i = j
    return out_rows, out_ts, out_vs


def score_rows(ts: list[float], vs: list[float], model: str = "auto", direction: str = "down",
               values: str = "auto", pauses: list[bool] | None = None, changes: list[bool] | None = None) -> list:
    from monitor.progress import bar as progress_bar  # on stderr when it is a terminal, silent otherwise

    from anomaly.stats import takes_change, takes_pause

    det = make_detector(model, direction, values)
    results = []
    phase = pauses if pauses is not None and takes_pause(det.update) else [None] * len(vs)
    told = changes if changes is not None and takes_change(det.update) else None
    with progress_bar(len(vs), "scoring", unit="pt") as bar:
        for k, (t, v, p) in enumerate(zip(ts, vs, phase), start=1):
            kw = {} if p is None else {"pause": p}
            if told is not None and told[k - 1]:
                kw["change"] = True
            results.append(det.update(v, t, **kw))
            if k % 1000 == 0:
                bar.update(1000)
        bar.update(len(vs) % 1000)
    return results


def score_csv(inp: Path, out: Path, model: str = "auto", direction: str = "down", *, values: str = "auto",
              timestamps: str = "strict", threads: int | None = None) -> int:
    """Score ``inp`` into ``out`` (checked first, written atomically); returns the number of alert runs.

    ``threads``: torch's thread count where torch is loaded (:func:`_set_threads`), set once the options, the
    output and the whole input are checked."""
    from monitor.cliio import atomic_write, output_file

    make_detector(model, direction, values)  # options first
    out = output_file(out, "--out", inputs=[inp])
    rows, ts, vs = read_csv(inp, rate=_rate_mode(direction, values), timestamps=timestamps)
    warn_alternation(inp, vs, _rate_mode(direction, values))
    if threads is not None:
        _set_threads(threads)
    results = score_rows(ts, vs, model, direction, values, pauses_of(rows), changes_of(rows))
    alerts, prev = 0, False
    with atomic_write(out, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) + list(OUT_COLUMNS))
        writer.writeheader()
        for row, r in zip(rows, results):
            alerts += int(r.is_anomaly and not prev)
            prev = r.is_anomaly
            writer.writerow({**row, "forecast": f"{r.forecast:.6g}", "lower": f"{r.lower:.6g}",
                             "upper": f"{r.upper:.6g}", "score": f"{r.score:.4f}", "is_anomaly": int(r.is_anomaly),
                             "started_by": r.started_by or ""})
    return alerts


def warn_alternation(path: Path, vs: list[float], rate: bool) -> None:
    """One line on stderr when a rate series alternates point to point (:func:`anomaly.stats.alternation`):
    the detector's silence on it means little. Scoring goes on."""
    from anomaly.stats import ALTERNATION_WARN, alternation, alternation_advice

    lag1 = alternation(vs) if rate else None
    if lag1 is not None and lag1 < ALTERNATION_WARN:
        print(f"lightwatch anomaly: warning: {alternation_advice(str(path), lag1)}", file=sys.stderr)


def _check_threads(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"--threads {n!r}: must be a positive integer")


def _set_threads(n: int) -> None:
    """``torch.set_num_threads(n)`` where torch is loaded (a program scoring in-process beside its training), called
    once every input is checked. Every ``--model`` runs in numpy (the LSTM's shipped weights too) and the sidecar
    and the report load no torch, so a ``lightwatch anomaly`` process does not import it (2 s of CPU, most of a
    small file's run) only to set the thread count of a pool it never starts."""
    _check_threads(n)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(n)


def run(args: argparse.Namespace) -> int:
    from monitor.cliio import input_file, output_file

    # every option and file is checked before scoring starts or matplotlib loads
    cmd = args.anomaly_command
    _check_threads(args.threads)
    if cmd == "score":
        input_file(args.input, "input", allow_empty=True)
        alerts = score_csv(args.input, args.out, args.model, args.direction, values=args.values,
                           timestamps=args.timestamps, threads=args.threads)
        print(f"lightwatch anomaly: wrote {args.out} ({alerts} alert run(s))")
        return 0
    if cmd == "report":
        make_detector(args.model, args.direction, args.values)  # check the options before reading
        input_file(args.input, "input", allow_empty=True)
        out = output_file(args.out, "--out", inputs=[args.input], suffix=".png")
        rows, ts, vs = read_csv(args.input, rate=_rate_mode(args.direction, args.values), timestamps=args.timestamps)
        warn_alternation(args.input, vs, _rate_mode(args.direction, args.values))
        _set_threads(args.threads)
        from anomaly.report import plot_report

        results = score_rows(ts, vs, args.model, args.direction, args.values, pauses_of(rows), changes_of(rows))
        plot_report(ts, vs, results, out, title=args.input.name)
        print(f"lightwatch anomaly: wrote {out}")
        return 0
    return _watch(args)


def _watch(args: argparse.Namespace) -> int:
    import threading

    from monitor.durations import parse_seconds
    from monitor.exporter import MetricsExporter, validate_port

    validate_port(args.port, "--port")
    step = parse_seconds(args.step, "--step")
    interval = parse_seconds(args.interval, "--interval")
    lookback = parse_seconds(args.lookback, "--lookback")
    if args.polls < 0:
        raise ValueError(f"--polls {args.polls}: must be >= 0")
    make_detector(args.model, args.direction, args.values)
    _set_threads(args.threads)  # the options are checked: now the sidecar loads
    from anomaly.sidecar import Sidecar

    car = Sidecar(args.prometheus, args.query, step=step, lookback=lookback, pause_query=args.pause_query,
                  change_query=args.change_query, detector_factory=lambda: make_detector(args.model, args.direction, args.values))
    with MetricsExporter(port=args.port) as exp:
        print(f"lightwatch anomaly watch: gauges at {exp.url}, polling {args.prometheus} for {car.query}", flush=True)
        n = 0
        stop = threading.Event()
        while not stop.is_set():
            scored = car.poll_once()
            n += 1
            print(f"poll {n}: {scored} new point(s), {len(car.detectors)} series, {car.errors} error(s)",
                  flush=True)
            if args.polls and n >= args.polls:
                break
            stop.wait(interval)
    return 0
