"""Why events are missed (session 22, helper ``misses``): every event of the seen generators, caught or missed, and why.

The detector is today's default, ``ThroughputDetector("lstm", seed=i)`` run by ``benchmarks/anomaly.py::run_one``
(trace ``i`` of a set, its known pauses on the ``+phase`` rows and its known changes on the ``+changes`` rows). The
sets are ``benchmarks/anomaly_stuck.py::build_sets(gens, standard=False)``: generators 3-70 only, 12 traces of 6,000
points per pause family; later generators are blind and refused (exit code 2). Each event is scored by the
scorer's own charge rule (``anomaly/evaluation.py::charge_runs``: the runs starting in ``[onset, end + 30)`` are
charged to it; the first of them within 60 points of its onset, for a leak of its ramp's end, catches it) and classed:

* ``caught``: a charged run starts in the catch window (its delay: that start minus the onset, as the scorer has it);
* ``masked``: missed, and its onset lies under an alert run that started before it (``s < onset < e``, as
  ``anomaly_stuck.py::stuck_counts`` counts ``masked``); split by what that run was charged to (an earlier event, or
  nothing: a false alarm) and how far before the onset it started;
* ``late``: missed, not masked, and runs are charged to it, all starting after the catch window;
* ``never``: missed, not masked, and no run is charged to it.

Features of each event: kind; depth (``Event.depth``, the generator's own measure); duration (``end - onset``);
``near_pause`` (the onset within 10 points of a pause span of ``Trace.pauses``); the trace's noise before the onset
(1.4826 x the MAD of the log-rate over the 300 points before it, outside pause spans and the one point after each);
and the depth / noise ratio (``-log(1 - depth)`` over that noise, both in log units). An event counts once per set
it appears in (a generator's events appear in 2 or 4 sets: phase unknown / known, changes told where it lists them).

    python benchmarks/anomaly_misses.py                  # generators 13-23 (~11 minutes on one core)
    python benchmarks/anomaly_misses.py --gens 3-23      # every seen generator (~17 minutes)
    python benchmarks/anomaly_misses.py --tables-only --gens 13-23   # the stored rows' tables, 13-23 only

Writes ``benchmarks/results/anomaly_misses.json`` (one row per event and set, the tables, the run's time) and prints
the tables as markdown.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.evaluation import alert_runs, charge_runs  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "anomaly_misses.json"
#: the seen generators, the one constant every analysis script reads (anomaly_stuck's LAST_SEEN too): 25-27 added
#: after their looks in session 24, 28-32 in session 25, 33-37 in session 26, 38-41 in session 27, 42-45 in session
#: 28, 46-49 in session 29, 50 in session 30, 51-56 in session 31, 57-60 in session 32, 61-64 in session
#: 33, 65-68 in session 34, 69 in session 35, 70 in session 37, 71 in session 40, 72 in session 42, 73-75 in
#: session 43, 76-79 in session 44, 80-83 in session 45, 84-86 in session 46, 87-89 in session 47, 90-92 in session 48,
#: 93-95 in session 49, 96-98 in session 50; 99-102 in session 51; 103-109 in session 52;
#: 110-116 in session 53; 117-121 in session 54; 122-126 in session 55;
#: 127-132 in session 56;
#: 133-138 in session 57;
#: 139-145 in session 58;
#: 146-150 in session 59;
#: 151-155 in session 60;
#: 156-161 in session 61;
#: 162-167 in session 62;
#: 168-173 in session 63;
#: 174-179 in session 64;
#: 180-183 in session 65;
#: 184-189 in session 66;
#: 190-199 in session 67;
#: 200-205 in session 68;
#: 206-210 in session 69;
#: 211-218 in session 70;
#: 219-228 in session 71; later ones are blind
SEEN = (3, 228)
DEFAULT_GENS = "13-23"
NEAR_PAUSE = 10  # an onset this close to a pause span is "near a pause"
PRE = 300  # points before the onset for the noise level
MAX_DELAY, GRACE = 60, 30  # the scorer's defaults
DEPTH_BUCKETS = ((0.10, "<10 %"), (0.15, "10-15 %"), (0.20, "15-20 %"), (0.30, "20-30 %"), (math.inf, ">30 %"))
DURATION_BUCKETS = ((150, "<150"), (300, "150-300"), (500, "300-500"), (1000, "500-1000"), (math.inf, ">=1000"))
RATIO_BUCKETS = ((2.0, "<2"), (4.0, "2-4"), (6.0, "4-6"), (10.0, "6-10"), (math.inf, ">=10"))
LEAD_BUCKETS = ((10, "<=10"), (100, "11-100"), (1000, "101-1000"), (math.inf, ">1000"))
CHANGE_AFTER = 100  # a masking run that starts this soon after a listed change "started after a change"
REASONS = ("masked", "late", "never")


class BlindGenerator(ValueError):
    pass


def parse_gens(text: str) -> list[int]:
    """``"13-23"``, ``"3,5"``, ``"23"`` -> generator numbers; any outside ``SEEN`` raises (later ones are blind)."""
    gens: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        lo, _, hi = part.partition("-")
        gens += list(range(int(lo), int(hi or lo) + 1))
    bad = [g for g in gens if not SEEN[0] <= g <= SEEN[1]]
    if bad:
        raise BlindGenerator(f"generator(s) {','.join(map(str, bad))} refused: only the seen generators "
                             f"{SEEN[0]}-{SEEN[1]} ({SEEN[1] + 1} and later are blind and never built here)")
    return gens


def bucket(x: float | None, buckets) -> str:
    if x is None or not math.isfinite(x):
        return "n/a"
    return next(label for hi, label in buckets if x < hi)


def near_pause(onset: int, pauses, within: int = NEAR_PAUSE) -> bool:
    """True when ``onset`` lies within ``within`` points of a pause span ``[a, b)`` (inside it counts too)."""
    return any(a - within <= onset < b + within for a, b in pauses or [])


def log_values(values, pauses, a: int, b: int) -> np.ndarray:
    """Log of the positive finite values of ``[a, b)`` outside pause spans and the point after each."""
    a, b = max(0, a), min(len(values), b)
    keep = np.ones(max(0, b - a), bool)
    for s, e in pauses or []:
        keep[max(s, a) - a:max(min(e + 1, b), a) - a] = False
    v = np.asarray(values[a:b], float)
    return np.log(v[keep & np.isfinite(v) & (v > 0)])


def noise_level(values, pauses, onset: int, pre: int = PRE) -> float | None:
    """1.4826 x MAD of the log-rate over ``[onset - pre, onset)`` outside pause spans (and the point after each), or
    None when fewer than 30 positive points remain."""
    y = log_values(values, pauses, onset - pre, onset)
    if len(y) < 30:
        return None
    return float(1.4826 * np.median(np.abs(y - np.median(y))))


def classify(flags, events, max_delay: int = MAX_DELAY, grace: int = GRACE) -> list[dict]:
    """Per event, by the scorer's charge rule: ``status`` (caught / masked / late / never), ``delay`` (caught),
    ``lateness`` (late: the first charged start minus the end of the catch window), and for masked events what the
    masking run was (``masked_by``: ``event`` when charged to an earlier event, ``false alarm`` otherwise), its
    ``lead`` (onset minus its start) and ``masking_len``; ``also_late`` when a masked event has charged runs too."""
    runs = alert_runs(flags)
    per_event, charged, _ = charge_runs(runs, events, len(flags), max_delay, grace)
    out = []
    for ev, (starts, hit) in zip(events, per_event):
        row: dict = {"status": None, "delay": None, "lateness": None, "masked_by": None, "lead": None,
                     "masking_len": None, "also_late": False, "charged_runs": len(starts)}
        under = [(s, e) for s, e in runs if s < ev.onset < e]
        if hit is not None:
            row.update(status="caught", delay=hit - ev.onset)
        elif under:
            s, e = under[0]
            row.update(status="masked", masked_by="event" if s in charged else "false alarm", lead=ev.onset - s,
                       masking_len=e - s, also_late=bool(starts))
        elif starts:
            window_end = (ev.ramp_end if ev.kind == "leak" else ev.onset) + max_delay
            row.update(status="late", lateness=starts[0] - window_end)
        else:
            row["status"] = "never"
        out.append(row)
    return out


def event_rows(trace, flags, gen: str, set_name: str) -> list[dict]:
    """:func:`classify` of one trace's flags with each event's features."""
    rows = []
    for ev, c in zip(trace.events, classify(flags, trace.events)):
        noise = noise_level(trace.values, trace.pauses, ev.onset)
        log_depth = -math.log(max(1e-9, 1.0 - ev.depth)) if ev.depth < 1 else math.inf
        ratio = log_depth / noise if noise else None
        variant = set_name.split("/", 1)[1]
        if c["status"] == "masked":  # where the masking run started: after a listed change, at a pause
            m = ev.onset - c["lead"]
            c["masking_after_change"] = any(0 <= m - x < CHANGE_AFTER for x in trace.changes or [])
            c["masking_near_pause"] = near_pause(m, trace.pauses)
        rows.append(dict(c, gen=gen, family=variant.split("+")[0], variant=variant, set=set_name, kind=ev.kind,
                         onset=ev.onset, ramp_end=ev.ramp_end, end=ev.end, depth=ev.depth, duration=ev.end - ev.onset,
                         near_pause=near_pause(ev.onset, trace.pauses), noise=noise, ratio=ratio))
    return rows


def _summary(rows) -> dict:
    n = len(rows)
    caught = [r for r in rows if r["status"] == "caught"]
    missed = n - len(caught)
    d = {"events": n, "caught": len(caught), "missed": missed, "miss_rate": missed / n if n else float("nan"),
         "median_delay": statistics.median(r["delay"] for r in caught) if caught else float("nan")}
    for k in REASONS:
        d[k] = sum(r["status"] == k for r in rows)
    return d


FEATURES = {
    "kind": lambda r: r["kind"],
    "depth": lambda r: bucket(r["depth"], DEPTH_BUCKETS),
    "depth / noise": lambda r: bucket(r["ratio"], RATIO_BUCKETS),
    "duration": lambda r: bucket(r["duration"], DURATION_BUCKETS),
    "near pause": lambda r: "near a pause" if r["near_pause"] else "not near",
    "set variant": lambda r: r["variant"].replace("short", "*").replace("long", "*"),
    "generator": lambda r: f"{r['gen']}/{r['family']}",
}
ORDER = {"depth": [b for _, b in DEPTH_BUCKETS] + ["n/a"], "depth / noise": [b for _, b in RATIO_BUCKETS] + ["n/a"],
         "duration": [b for _, b in DURATION_BUCKETS], "kind": ["drop", "straggler", "leak"]}


def _sort_key(feature: str, label: str):
    order = ORDER.get(feature)
    if order:
        return (order.index(label) if label in order else len(order), label)
    if feature == "generator":
        g, fam = label.split("/")
        return (int(g[1:]), fam != "short")
    return (0, label)


def tables(rows) -> dict:
    """Per feature and bucket the counts (:func:`_summary`); plus the masked events' split and the whole."""
    out = {"all": _summary(rows)}
    for feat, key in FEATURES.items():
        groups: dict[str, list] = {}
        for r in rows:
            groups.setdefault(key(r), []).append(r)
        out[feat] = {k: _summary(groups[k]) for k in sorted(groups, key=lambda k: _sort_key(feat, k))}
    masked = [r for r in rows if r["status"] == "masked"]
    out["masked"] = {
        "by": {k: sum(r["masked_by"] == k for r in masked) for k in ("event", "false alarm")},
        "lead": {b: sum(bucket(r["lead"], LEAD_BUCKETS) == b for r in masked) for _, b in LEAD_BUCKETS},
        "masking run >= 1000 points": sum(r["masking_len"] >= 1000 for r in masked),
        "also late": sum(r["also_late"] for r in masked),
        "masking run after a change": sum(bool(r.get("masking_after_change")) for r in masked),
        "masking run near a pause": sum(bool(r.get("masking_near_pause")) for r in masked),
        "by kind": {k: sum(r["kind"] == k for r in masked) for k in ORDER["kind"]},
    }
    late = [r["lateness"] for r in rows if r["status"] == "late"]
    out["late"] = {"count": len(late), "median_lateness": statistics.median(late) if late else float("nan"),
                   "lateness <= 60": sum(x <= 60 for x in late)}
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %" if math.isfinite(x) else "-"


def _med(x: float) -> str:
    return f"{x:.0f}" if math.isfinite(x) else "-"


def markdown(t: dict) -> str:
    lines = []
    head = ("| events | caught | missed | miss rate | masked | late | never | median delay (caught) |",
            "|---|---|---|---|---|---|---|---|")
    a = t["all"]
    lines += ["All event rows:", "", *head,
              f"| {a['events']} | {a['caught']} | {a['missed']} | {_pct(a['miss_rate'])} | {a['masked']} | "
              f"{a['late']} | {a['never']} | {_med(a['median_delay'])} |", ""]
    for feat in FEATURES:
        lines += [f"By {feat}:", "", f"| {feat} {head[0]}", "|---" + head[1]]
        for k, s in t[feat].items():
            lines.append(f"| {k} | {s['events']} | {s['caught']} | {s['missed']} | {_pct(s['miss_rate'])} | "
                         f"{s['masked']} | {s['late']} | {s['never']} | {_med(s['median_delay'])} |")
        lines.append("")
    m, late = t["masked"], t["late"]
    lines += ["Masked events: the run over the onset was charged to "
              f"an earlier event {m['by']['event']}, a false alarm {m['by']['false alarm']}; it started "
              + ", ".join(f"{v} ({k} points before)" for k, v in m["lead"].items())
              + f"; {m['masking run >= 1000 points']} of those runs held >= 1,000 points; {m['also late']} masked "
              f"events had a later run charged too; {m['masking run after a change']} masking runs started within "
              f"{CHANGE_AFTER} points after a listed change, {m['masking run near a pause']} within {NEAR_PAUSE} of a "
              "pause; by kind " + ", ".join(f"{k} {v}" for k, v in m["by kind"].items())
              + ".", "",
              f"Late events: {late['count']}, the first charged run a median {_med(late['median_lateness'])} points "
              f"after the catch window ({late['lateness <= 60']} within 60 points of it).", ""]
    return "\n".join(lines)


def run(gens: list[int]) -> tuple[list[dict], dict]:
    from anomaly.detector import ThroughputDetector
    from benchmarks import anomaly as bench
    from benchmarks.anomaly_stuck import build_sets

    rows, per_gen = [], {}
    for g in gens:
        t0 = time.perf_counter()
        for fam, _, name, traces in build_sets([g], standard=False):
            for i, tr in enumerate(traces):
                flags, _, err = bench.run_one(lambda s: ThroughputDetector("lstm", seed=s), tr.values, tr.timestamps,
                                              i, getattr(tr, "pause_known", None), getattr(tr, "changes_known", None))
                if err:
                    raise RuntimeError(f"{name} trace {i}: {err}")
                for r in event_rows(tr, flags, fam, name):
                    rows.append(dict(r, trace=i))
        per_gen[f"g{g}"] = time.perf_counter() - t0
        s = _summary([r for r in rows if r["gen"] == f"g{g}"])
        print(f"g{g}: {s['caught']}/{s['events']} caught, masked {s['masked']} late {s['late']} never {s['never']} "
              f"({per_gen[f'g{g}']:.0f}s)", file=sys.stderr, flush=True)
    return rows, per_gen


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gens", default=None,
                   help=f"seen generators, e.g. 13-23, 3-23 or 3,5 ({SEEN[0]}-{SEEN[1]} only; default {DEFAULT_GENS}; "
                        "with --tables-only: those of the stored rows)")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--tables-only", action="store_true", help="print the tables of --out's stored rows, rerun nothing "
                   "(without --gens: store them again)")
    a = p.parse_args(argv)
    try:
        gens = parse_gens(a.gens if a.gens is not None else DEFAULT_GENS)
    except BlindGenerator as exc:
        print(f"anomaly_misses: {exc}", file=sys.stderr)
        return 2
    if a.tables_only:
        res = json.loads(a.out.read_text())
        if a.gens is None:  # all stored rows: their tables are stored again (this module's buckets)
            res["tables"] = tables(res["events"])
            a.out.write_text(json.dumps(res, indent=1, sort_keys=True, default=float) + "\n")
            print(markdown(res["tables"]))
        else:
            keep = {f"g{g}" for g in gens}
            print(markdown(tables([r for r in res["events"] if r["gen"] in keep])))
        return 0
    t0 = time.perf_counter()
    rows, per_gen = run(gens)
    res = {"run": {"gens": gens, "detector": 'ThroughputDetector("lstm", seed=i) (today\'s default)',
                   "wall_s": time.perf_counter() - t0, "wall_s_per_gen": per_gen},
           "events": rows, "tables": tables(rows)}
    print(markdown(res["tables"]))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=1, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
