"""The recorded corpus: throughput of real Lightning runs on this machine, with caused regressions.

``anomaly/data/recorded.npz`` is written by ``benchmarks/record_traces.py``: per series
(``<run>.rank<r>``) the sample times ``t`` (seconds since training start), the cumulative
``lightwatch_samples_total`` read at those times (every 0.1 s), and ``meta`` (JSON: the run's plan,
injection on/off times, validation spans, checkpoint times, host load average). :func:`load_recorded`
turns each into an :class:`anomaly.traces.Trace` of the counter's rate over the last ``window``
seconds (default 1 s) at every reading, as ``rate(lightwatch_samples_total[1m])`` evaluated every 5 s
(the sidecar's default) would look 60x faster (steps of 2-80 ms make a per-0.1 s rate mostly
quantisation), with its labelled event:

* ``cpu``, ``loader``, ``blocking``, ``threads`` -> a ``drop``; ``leak`` -> a ``leak`` whose ramp lasts
  to the end of the run; ``rank`` (a slowed DDP rank, both ranks' series) -> a ``straggler``;
* onset = the first interval ending after the injection started, end = the first interval starting
  after it stopped. Truth comes from these times only.

A series is **ambiguous** (kept out of the scored set, counted) when its truth is unclear on a
shared machine: the injection had no measurable effect (median rate during it, pauses excluded,
less than 5 % below the 8 s before), or its clean part (outside the event, validation and checkpoint
spans, after the first 5 s) shows an unexplained drop (the 1.5 s rolling median under 70 % of the
clean median for 2 s or more).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from anomaly.traces import Event, Trace

RECORDED = Path(__file__).resolve().parent / "data" / "recorded.npz"
#: the second corpus: a new plan (``record_traces.py --plan-seed 2027``) recorded on a quiet machine
RECORDED2 = RECORDED.with_name("recorded2.npz")
#: the third: another plan (``--plan-seed 2028``), recorded on a quiet machine in session 8
RECORDED3 = RECORDED.with_name("recorded3.npz")
WINDOW = 1.0  # seconds of counter history per rate point (0.1 s: the raw per-reading rate)
KIND = {"cpu": "drop", "loader": "drop", "blocking": "drop", "threads": "drop", "leak": "leak", "rank": "straggler"}


@dataclass
class Recorded:
    name: str
    trace: Trace
    meta: dict
    pause_mask: np.ndarray
    pause_share: np.ndarray  # share of each point's window in validation or a checkpoint write (the monitor's pause_seconds / seconds)
    effect: float | None  # measured relative drop of the injection (None for clean runs)
    ambiguous: str | None  # why the truth is unclear, or None
    interval: float


def _rolling_median(x: np.ndarray, w: int) -> np.ndarray:
    if len(x) < w:
        return np.full(len(x), np.median(x) if len(x) else np.nan)
    v = np.lib.stride_tricks.sliding_window_view(x, w)
    return np.concatenate([np.full(w - 1, np.nan), np.median(v, axis=1)])


def _build(name: str, t: np.ndarray, count: np.ndarray, meta: dict, window: float) -> Recorded:
    t, count = t.astype(float), count.astype(float)
    k = max(1, int(round(window / float(np.median(np.diff(t))))))  # readings per rate window
    lo, hi = t[:-k], t[k:]  # point i is the rate over (lo[i], hi[i]], like rate(x[w]) at hi[i]
    span = hi - lo
    rate = np.nan_to_num(np.maximum(count[k:] - count[:-k], 0.0) / np.where(span > 0, span, np.nan), nan=0.0)
    dt = np.diff(t)
    n = len(rate)
    pause = np.zeros(n, bool)
    for a, b in meta.get("val", []):
        b = hi[-1] if b is None else b
        pause |= (hi > a - 0.05) & (lo < b + 0.15)
    for c in meta.get("ckpt", []):
        pause |= (hi > c) & (lo < c + 0.3)
    pause_spans = [(a, hi[-1] if b is None else b) for a, b in meta.get("val", [])] + [(c, c + 0.3) for c in meta.get("ckpt", [])]
    share = np.zeros(n)
    for a, b in pause_spans:  # what the monitor's window would report: pause seconds over the window's seconds
        share += np.clip(np.minimum(hi, b) - np.maximum(lo, a), 0.0, None)
    share = np.clip(share / np.where(span > 0, span, np.inf), 0.0, 1.0)
    events, effect, why = [], None, None
    kind = meta["kind"]
    if kind != "clean" and meta.get("inj_on") is not None:
        on = meta["inj_on"]
        off = meta["inj_off"] if kind != "leak" and meta.get("inj_off") is not None else float("inf")
        onset = int(np.argmax(hi > on)) if (hi > on).any() else n
        end = int(np.argmax(lo >= off)) if (lo >= off).any() else n
        if onset < n and end > onset:
            events.append(Event(KIND[kind], onset, end if kind == "leak" else onset, end, 0.0))
            before = rate[(lo >= on - 8.0) & (hi <= on) & ~pause]
            part = np.arange(n)[onset:end]
            if kind == "leak":
                part = part[int(0.7 * len(part)):]
            during = rate[part][~pause[part]]
            if len(before) >= 10 and len(during) >= 5 and np.median(before) > 0:
                effect = float(1.0 - np.median(during) / np.median(before))
            if effect is None or effect < 0.05:
                why = f"injection without measurable effect ({effect if effect is None else round(effect, 3)})"
            events = [Event(e.kind, e.onset, e.ramp_end, e.end, effect or 0.0) for e in events]
    if why is None:
        outside = ~pause & (lo >= 5.0)
        for ev in events:
            outside[ev.onset:min(n, ev.end + 10)] = False
        clean = rate[outside]
        if len(clean) > 50:
            ref = float(np.median(clean))
            roll = _rolling_median(np.where(outside, rate, np.nan), 15)
            low = outside & (np.nan_to_num(roll, nan=np.inf) < 0.7 * ref)
            runs = np.diff(np.concatenate([[0], low.astype(np.int8), [0]]))
            starts, ends = np.flatnonzero(runs == 1), np.flatnonzero(runs == -1)
            long = [(s, e) for s, e in zip(starts, ends) if e - s >= int(2.0 / max(np.median(dt), 1e-3))]
            if long:
                why = f"unexplained drop in the clean part at {lo[long[0][0]]:.1f}s"
    ts = 1.75e9 + hi
    spans = [(int(a), int(b)) for a, b in zip(*np.flatnonzero(np.diff(np.concatenate([[0], pause, [0]])) != 0)
                                              .reshape(-1, 2).T)] if pause.any() else []
    trace = Trace(values=rate, timestamps=ts, events=events, pauses=spans, seed=int(meta.get("seed", 0)))
    return Recorded(name, trace, meta, pause, share, effect, why, float(np.median(dt)))


def load_recorded(path: Path = RECORDED, window: float = WINDOW) -> list[Recorded]:
    """Every recorded series (see the module docstring), in name order; ``window`` in seconds."""
    out = []
    with np.load(Path(path)) as z:
        names = sorted({k.rsplit("/", 1)[0] for k in z.files})
        for name in names:
            meta = json.loads(str(z[f"{name}/meta"]))
            out.append(_build(name, z[f"{name}/t"], z[f"{name}/count"], meta, window))
    return out


def summary(series: list[Recorded]) -> dict:
    """Counts for the report: series, scored, ambiguous (by reason), events, clean series, load."""
    scored = [s for s in series if not s.ambiguous]
    loads = [x[1] for s in series for x in s.meta.get("load", [])]
    return {"series": len(series), "scored": len(scored), "ambiguous": len(series) - len(scored),
            "ambiguous_why": {s.name: s.ambiguous for s in series if s.ambiguous},
            "scored_events": sum(len(s.trace.events) for s in scored),
            "scored_clean": sum(1 for s in scored if not s.trace.events),
            "points": sum(len(s.trace.values) for s in scored),
            "host_load_1m": [float(np.min(loads)), float(np.median(loads)), float(np.max(loads))] if loads else None,
            "effects": {s.name: s.effect for s in scored if s.effect is not None}}
