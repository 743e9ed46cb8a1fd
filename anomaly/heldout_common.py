"""Helpers shared by the held-out throughput generators (``anomaly/heldout10.py`` .. ``heldout15.py``).

Each helper is the exact code the generators repeated, with the details in which they differ as
parameters: the random draws and the arithmetic are the same, in the same order, so every generator's
output is unchanged (the families' pinned checks in ``tests/test_anomaly_heldout*.py`` hold).
"""

from __future__ import annotations

import numpy as np

from anomaly.traces import Event, Trace

SETTINGS = {"short": 0, "long": 1}  # the ``pauses`` settings and their random-stream codes
KINDS = ("drop", "straggler", "leak")  # the labelled regressions' kinds


def check_args(pauses: str, n: int, n_events: int | None = None, max_events: int | None = None) -> None:
    """Raise ``ValueError`` for an unknown ``pauses`` setting, ``n < 2000`` or (where ``max_events`` is given)
    ``n_events`` outside ``0 .. max_events``."""
    if pauses not in SETTINGS:
        raise ValueError(f"pauses must be 'short' or 'long', not {pauses!r}")
    if n < 2000:
        raise ValueError(f"n must be at least 2000, not {n}")
    if max_events is not None and n_events is not None and not 0 <= n_events <= max_events:
        raise ValueError(f"n_events must be None or 0-{max_events}, not {n_events}")


def live_loss(v, h, live, lo: int, hi: int, guard: bool = True) -> tuple[float, int]:
    """``1 - sum(v) / sum(h)`` over the live points of ``[lo, hi)``, and how many there are. ``guard``: 0.0
    where the healthy sum is not positive (generators 12-15); without it (10, 11) only an empty window gives 0.0."""
    lv = live[lo:hi]
    k = int(lv.sum())
    if not guard:
        return (float(1 - v[lo:hi][lv].sum() / h[lo:hi][lv].sum()) if k else 0.0), k
    hs = h[lo:hi][lv].sum()
    return (float(1 - v[lo:hi][lv].sum() / hs) if k and hs > 0 else 0.0), k


def live_mask(spans, n: int) -> np.ndarray:
    """``n`` booleans, False inside the pause spans ``(start, end)``."""
    live = np.ones(n, bool)
    for s, e in spans:
        live[s:e] = False
    return live


def add_span(spans: list, s: int, e: int) -> None:
    """Append the span ``(s, e)``, or extend the last one when ``s`` starts inside or right after it."""
    if spans and s <= spans[-1][1]:
        spans[-1] = (spans[-1][0], e)
    else:
        spans.append((s, e))


def change_points(at, spans, n: int) -> list[int]:
    """The planned-change points: each point of ``at``, moved to the end of the pause span it falls in, kept
    once and only inside ``(0, n)``."""
    changes = []
    for i in at:
        c = next((e for s, e in spans if s <= i < e), i)
        if 0 < c < n and c not in changes:
            changes.append(c)
    return changes


def span_len(rng, table: dict, setting: str, scale: float = 1.0, lo_margin: float = 0.6,
             hi_margin: float = 0.6) -> float:
    """A pause length (points) of ``table[setting] = (lo, hi, median lo, median hi)``, clipped to
    ``[lo + lo_margin, hi - hi_margin]``."""
    lo, hi, med_lo, med_hi = table[setting]
    g = rng.uniform(med_lo, med_hi) * scale * np.exp(rng.normal(0, 0.25))
    return float(np.clip(g, lo + lo_margin, hi - hi_margin))


def ou_path(rng, T: float, sd: float, tau: float, step: float = 60.0) -> np.ndarray:
    """An Ornstein-Uhlenbeck path (stationary, sd ``sd``, correlation time ``tau`` s) on a ``step``-s grid."""
    m = int(T / step) + 3
    a = np.exp(-step / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    x = np.empty(m)
    x[0] = rng.normal(0, sd)
    for i in range(1, m):
        x[i] = a * x[i - 1] + e[i]
    return x


def twostate(rng, t0: float, t1: float, bad_mean: float, good_mean: float, horizon: float = 4e5) -> np.ndarray:
    """Alternating bad / good phase edges from ``t0`` (starting bad) up to ``t1`` (at most ``horizon`` s)."""
    edges, t, bad = [t0], t0, True
    lim = min(t1, t0 + horizon)
    while t < lim:
        t += rng.exponential(bad_mean if bad else good_mean) + 1.0
        edges.append(t)
        bad = not bad
    return np.array(edges)


def event_slots(rng, n: int, n_events: int | None) -> tuple[int, list[tuple[int, int]]]:
    """How many regressions to place (3 or 4 drawn from ``rng`` when ``n_events`` is None) and the point range
    ``[lo, hi)`` of each: equal slots over the last 90 % of the run."""
    k = int(rng.choice([3, 4], p=[0.6, 0.4])) if n_events is None else int(n_events)
    edges = np.linspace(int(0.1 * n), n, k + 1).astype(int) if k else []
    return k, [(int(edges[i]), int(edges[i + 1])) for i in range(k)]


def measured(events, values, healthy, live, loss=live_loss) -> list[Event]:
    """The events with their depth re-measured on the final ``values`` (rounded to 4 places)."""
    return [Event(e.kind, e.onset, e.ramp_end, e.end, round(loss(values, healthy, live, e.onset, e.end)[0], 4))
            for e in events]


def every_fourth_clean(make, seeds, n: int, pauses: str) -> list[Trace]:
    """A family's traces, one per seed from ``make(seed, n=, pauses=, n_events=)``; every fourth is clean."""
    return [make(s, n=n, pauses=pauses, n_events=0 if (k + 1) % 4 == 0 else None) for k, s in enumerate(seeds)]


def pause_spans(ts, pauses_t, n: int) -> list[tuple[int, int]]:
    """The points ``[s, e)`` of each pause ``(t0, t1)`` (seconds) on the scrape times ``ts`` (generators 10, 11)."""
    spans = []
    for a, b in pauses_t:
        s, e = int(np.searchsorted(ts, a)), int(min(np.searchsorted(ts, b), n))
        if s < n and e > s:
            spans.append((s, e))
    return spans


def place_events(rng, slots, draw, slow: np.ndarray, end_ok=None) -> tuple[list[Event], np.ndarray]:
    """Draw one regression per slot: ``draw(lo, hi, to_end)`` gives an ``(Event, slowdown)`` pair or None; the
    last slot's event runs to the end with probability 0.4 (and ``end_ok(lo)``). ``slow`` is multiplied in place
    by each slowdown. Returns the events and ``slow``."""
    events, k = [], len(slots)
    for i, (lo, hi) in enumerate(slots):
        to_end = i == k - 1 and rng.random() < 0.4
        if end_ok is not None:
            to_end = to_end and end_ok(lo)
        got = draw(lo, hi, to_end)
        if got:
            events.append(got[0])
            slow *= got[1]
    return events, slow


def onset_time(rng, pauses_t, ts, lo: int, last: int, dt: float) -> float | None:
    """An onset time in ``[ts[lo], ts[last]]``; with probability 0.3 at the end of a pause ``(a, b)`` lying in it
    (or inside the pause's last 70 %): None when there is none."""
    if rng.random() < 0.3:
        cand = [(a, b) for a, b in pauses_t if ts[lo] <= a and b < ts[last]]
        if not cand:
            return None
        a, b = cand[int(rng.integers(len(cand)))]
        return rng.uniform(a + 0.3 * (b - a), b + 2 * dt)
    return rng.uniform(ts[lo], ts[last])


def event_length(rng, kind: str, ramp: int) -> int:
    """A regression's length (points): a drop 150-1400, a straggler 80-500, a leak its ramp and 80-600 more
    (both uniforms are drawn whatever the kind)."""
    length = {"drop": rng.uniform(150, 1400), "straggler": rng.uniform(80, 500)}.get(kind, ramp)
    return int(length + (rng.uniform(80, 600) if kind == "leak" else 0))


def shown_depth(v, healthy, live, kind: str, onset: int, ramp_end: int, end: int, n: int, third: int,
                max_depth: float = 0.35, loss=live_loss) -> float | None:
    """The measured depth of a regression over ``[onset, end)`` when it is kept: 7 % to ``max_depth``, below the
    healthy run on more than 60 % of its points, and shown early: within 60 points (5 % and half the depth, on
    at least 8 live points) or, for a leak, over the last ``third`` points of its ramp (5 %, 8 live points, 30
    live points on the ramp). None when it is not."""
    depth, _ = loss(v, healthy, live, onset, end)
    if not 0.07 <= depth <= max_depth or (v[onset:end] < healthy[onset:end]).mean() <= 0.6:
        return None
    if kind == "leak":  # shows along the ramp: its last third loses at least 5 %
        seen, k = loss(v, healthy, live, ramp_end - third, ramp_end)
        ok = seen >= 0.05 and k >= 8 and live[onset:ramp_end].sum() >= 30
    else:
        seen, k = loss(v, healthy, live, onset, min(onset + 60, n))
        ok = seen >= max(0.05, 0.5 * depth) and k >= 8
    return depth if ok else None



def kind_draws(rng, p, want: str | None = None, tries: int = 80, keep: int = 50):
    """The kind of each of ``tries`` draws of a regression: ``want`` (drawn from ``KINDS`` with probabilities
    ``p`` when None) for the first ``keep`` draws, then a fresh draw each time (every time with ``keep=0``)."""
    if want is None and keep:
        want = KINDS[int(rng.choice(3, p=p))]
    for attempt in range(tries):
        yield want if attempt < keep else KINDS[int(rng.choice(3, p=p))]


def event_stop(rng, kind: str, ramp: int, onset: int, n: int, hi: int, to_end: bool, margin: int = 60) -> int | None:
    """Where a regression from ``onset`` stops: the run's end (``to_end``) or after :func:`event_length` points,
    at most ``hi - margin``; None when that leaves under 60 points or a leak's ramp fills over 85 % of them."""
    length = event_length(rng, kind, ramp)
    stop = n if to_end else min(onset + length, hi - margin)
    if stop - onset < 60 or (kind == "leak" and ramp > 0.85 * (stop - onset)):
        return None
    return stop


def changed_span(v, healthy, onset: int, lo: int, hi: int, n: int, to_end: bool = False,
                 min_len: bool = True) -> tuple[int, int] | None:
    """The points ``[onset, end)`` a regression really changed (``v`` against ``healthy``; the onset moves back
    to the first changed point, the end is the run's end where ``to_end``): None when nothing changed, it starts
    before ``lo`` or ends after ``hi``, or (``min_len``) it ends before the run does within 60 points."""
    diff = np.nonzero(v != healthy)[0]
    if len(diff) == 0:
        return None
    onset = min(onset, int(diff[0]))
    end = n if to_end else int(diff[-1]) + 1
    if onset < lo or end > hi or (min_len and end < n and not end > onset + 60):
        return None
    return onset, end


def regressed(rng, n: int, n_events: int | None, draw, slow: np.ndarray, series, healthy, live, loss=live_loss,
              end_ok=None) -> tuple[np.ndarray, list[Event]]:
    """A run with its regressions: :func:`event_slots` and :func:`place_events` (``draw``, ``slow``,
    ``end_ok``), then ``values = series(slow)`` and the events' depths re-measured on them (:func:`measured`)."""
    _, slots = event_slots(rng, n, n_events)
    events, slow = place_events(rng, slots, draw, slow, end_ok)
    values = series(slow)
    return values, measured(events, values, healthy, live, loss)
