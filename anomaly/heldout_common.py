"""Helpers shared by the held-out throughput generators (``anomaly/heldout10.py`` .. ``heldout25.py``).

Each helper is the exact code the generators repeated, with the details in which they differ as
parameters: the random draws and the arithmetic are the same, in the same order, so every generator's
output is unchanged (the families' pinned checks in ``tests/test_anomaly_heldout*.py`` hold).

Size: over 500 lines because it is the one home of the code generators 10-17 share (their pause spans, event
placement and depth checks, and generators 15-17's bucket grid, calibration and event drawing), so that no
family repeats it.
"""

from __future__ import annotations

from functools import partial

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
                 min_len: bool = True, at: int = 0) -> tuple[int, int] | None:
    """The points ``[onset, end)`` a regression really changed (``v``, the points from ``at`` on, against
    ``healthy``; the onset moves back to the first changed point, the end is the run's end where ``to_end``):
    None when nothing changed, it starts before ``lo`` or ends after ``hi``, or (``min_len``) it ends before the
    run does within 60 points."""
    diff = np.nonzero(v != healthy[at:at + len(v)])[0]
    if len(diff) == 0:
        return None
    onset = min(onset, at + int(diff[0]))
    end = n if to_end else at + int(diff[-1]) + 1
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


# generators 15-17: a job's step cost on a grid of buckets (flushes or ticks), regressions as multipliers of the
# step's parts calibrated to a target loss, the points read back per ``dt`` (rollup, alignment or summarize)


def log_uniform(rng, lo: float, hi: float) -> float:
    """A log-uniform draw in ``[lo, hi]``: one ``rng.uniform`` call (generators 60 and 88-91 each had a copy)."""
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def smax(a, b):
    """The soft maximum ``(a**8 + b**8) ** (1/8)``: a step waits for the slower of two parts."""
    return (a ** 8 + b ** 8) ** 0.125


def next_stretch(rng, re_t: list, ri: int, t: float, to_end: float, to_eval: float, wait: float,
                 dt: float) -> tuple[int, float]:
    """``(which, run)``: what ends the stretch of training from ``t`` (0 the epoch or day, ``to_end`` s away; 1 an
    evaluation or a checkpoint, ``to_eval`` s away, waiting for the epoch's end where that is due within ``wait``
    s after it; 2 the restart ``re_t[ri]``, first moved 300-900 s on where it lies within 300 s of ``t``) and how
    long it runs (at least ``4 * dt``)."""
    while ri < len(re_t) and re_t[ri] < t + 300:
        re_t[ri] = t + rng.uniform(300, 900)
        re_t.sort()
    cand = [to_end, to_eval, (re_t[ri] - t) if ri < len(re_t) else np.inf]
    if cand[1] < cand[0] < cand[1] + wait:
        cand[1] = np.inf
    which = int(np.argmin(cand))
    return which, max(cand[which], 4 * dt)


def restart_pause(t: float, dur: float, same: bool, pauses_t: list, restarts: list, known_t: list, known_kind: list,
                  until: float = np.inf) -> float:
    """A restart's pause ``[t, t + dur)``, appended to ``pauses_t`` and ``restarts`` (with ``same``: the world size
    kept); where the world size changed and the job resumes before ``until``, the resume is a planned "world"
    change. Returns the resume time."""
    pauses_t.append((t, t + dur, "restart"))
    restarts.append((t, t + dur, same))
    t += dur
    if not same and t < until:
        known_t.append(t)
        known_kind.append("world")
    return t


def eval_pause(rng, span, setting: str, n_eval: int, ck_every: int, ck_scale: float, t: float, dt: float,
               pauses_t: list) -> tuple[int, bool, float]:
    """The ``n_eval + 1``-th evaluation's pause from ``t``, ``span(rng, setting, scale) - 1`` points long (every
    ``ck_every``-th one also a checkpoint, ``scale = ck_scale``; else 1), appended to ``pauses_t``. Returns the
    count, whether it checkpointed and its end time."""
    n_eval += 1
    ck = ck_every > 0 and n_eval % ck_every == 0
    dur = (span(rng, setting, ck_scale if ck else 1.0) - 1.0) * dt
    pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
    return n_eval, ck, t + dur


def skip_restarts(re_t: list, ri: int, t: float) -> int:
    """The index of the next restart after ``re_t[ri]`` that is due 900 s or more after ``t``."""
    ri += 1
    while ri < len(re_t) and re_t[ri] < t + 900:
        ri += 1
    return ri


def seg_buckets(segs, B: int, width: float, each=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(tb, train, seg_of)`` on ``B`` buckets of ``width`` s: each bucket's start, its training seconds (the
    overlap of the segments ``s.t0 .. s.t1``) and the last segment that overlaps it (-1: none). ``each(i, s, b0,
    b1, tbs, ov)``, where given, is called for each segment with its buckets ``[b0, b1)``, their starts and their
    overlaps."""
    tb = np.arange(B) * width
    train = np.zeros(B)
    seg_of = np.full(B, -1)
    for i, s in enumerate(segs):
        b0, b1 = int(s.t0 // width), min(B, int(np.ceil(s.t1 / width)))
        if b0 >= B:
            break
        ov = np.minimum(s.t1, tb[b0:b1] + width) - np.maximum(s.t0, tb[b0:b1])
        train[b0:b1] += np.maximum(ov, 0)
        seg_of[b0:b1] = np.where(ov > 0, i, seg_of[b0:b1])
        if each is not None:
            each(i, s, b0, b1, tb[b0:b1], ov)
    return tb, train, seg_of


def seg_columns(segs, seg_of: np.ndarray, *names: str) -> tuple[np.ndarray, list[np.ndarray]]:
    """``(on, columns)``: which buckets hold training, and per attribute in ``names`` the value of the segment of
    each bucket (the first segment's where none)."""
    si = np.maximum(seg_of, 0)
    return seg_of >= 0, [np.array([getattr(s, name) for s in segs])[si] for name in names]


def apply_mods(run, mods, b0: int, b1: int, names, each=None) -> list[np.ndarray]:
    """Copies of ``run``'s arrays ``names`` over buckets ``[b0, b1)``, each multiplied by the regressions ``mods``
    (``md.<name>``: a factor, or an array over the regression's buckets ``[md.b0, md.b1)``). ``each(md, sl, ml)``,
    where given, is called per regression with the slices of the overlap in the copies and in the regression."""
    out = [getattr(run, name)[b0:b1].copy() for name in names]
    for md in mods:
        s0, s1 = max(md.b0, b0), min(md.b1, b1)
        if s0 >= s1:
            continue
        sl, ml = slice(s0 - b0, s1 - b0), slice(s0 - md.b0, s1 - md.b0)
        for arr, f in zip(out, [getattr(md, name) for name in names]):
            arr[sl] *= f[ml] if isinstance(f, np.ndarray) else f
        if each is not None:
            each(md, sl, ml)
    return out


def bad_share(edges: np.ndarray, tb: np.ndarray, width: float) -> np.ndarray:
    """The share of each bucket of ``width`` s starting at ``tb`` that lies in a bad phase of ``edges``."""
    s, e = edges[0::2], edges[1::2]
    s = s[:len(e)]
    cum = np.concatenate([[0.0], np.cumsum(e - s)])

    def before(t):
        i = np.searchsorted(s, t, side="right")
        j = np.maximum(i - 1, 0)
        return cum[j] + np.where(i > 0, np.clip(t - s[j], 0, e[j] - s[j]), 0.0)

    return (before(tb + width) - before(tb)) / width


def cause_buckets(run, t0: float, t1: float, width: float, held: bool) -> tuple[float, int, int]:
    """``(t1, b0, b1)``: a regression from ``t0`` ends at ``t1`` or (``held``: it leaves with the process) at the
    next restart after ``t0``; its buckets ``[b0, b1)`` of ``width`` s."""
    if held:
        t1 = min([t1] + [a for a, b, same in run.restarts if a > t0])
    return t1, int(t0 // width), min(len(run.train), int(np.ceil(min(t1, 1e12) / width)))


def wobble(rng, x: np.ndarray, amp: float, period_hi: float) -> np.ndarray:
    """A fault's weight ``x`` s after its onset: ramps in over 20-120 s, then swings by ``amp`` with a period of
    120-``period_hi`` s."""
    return np.minimum(1, x / rng.uniform(20, 120)) * (1 + amp * np.sin(2 * np.pi * x / rng.uniform(120, period_hi)
                                                                       + rng.uniform(0, 6.3)))


def calibrate(flow, mod_of, a_max: float, target: float, live: np.ndarray):
    """The magnitude whose noise-free loss of ``flow(mods)`` (per bucket) over the ``live`` buckets is ``target``
    (bisection, 14 steps), or None if even ``a_max`` loses less."""
    h = flow([])
    hs = h[live].sum()
    if hs <= 0:
        return None

    def loss(a):
        return 1 - flow([mod_of(a)])[live].sum() / hs

    if loss(a_max) < target:
        return None
    lo, hi = 0.0, a_max
    for _ in range(14):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if loss(mid) < target else (lo, mid)
    return 0.5 * (lo + hi)


def draw_regression(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str, *, p_kind, causes,
                    cause, calib, series, width: float, restart_cause: str, special=None, p_pause: float = 0.3,
                    min_buckets: int = 10, drop_hi: float = 0.33, max_depth: float = 0.33,
                    stop_at_end: bool = False):
    """One regression of kind ``want`` (:func:`kind_draws` with ``p_kind``; its cause drawn from ``causes[kind]``)
    with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end) and holding no point of ``changes``:
    an ``(Event, mod)`` pair, or None after 80 rejected draws. The onset: the cause ``restart_cause`` starts at the
    end of a restart on the same world size; a cause in ``special`` at ``special[name](rng, t_lo, t_last, hi,
    to_end)`` (``(t0, t1)`` or None); else with probability ``p_pause`` at the end of a pause (or inside it), or
    anywhere. ``cause(rng, run, kind, name, t0, t1, tr)`` gives ``(mod_of, a_max, t1)``; its magnitude is
    calibrated by ``calib(mod_of, a_max, target, b0, b1)`` (buckets of ``width`` s) to a drawn target loss;
    ``series(mod, lo, b1)`` gives the values with it and the point they start at. The event is kept where
    :func:`changed_span` (ending at the run's end where ``stop_at_end`` and ``to_end``) and :func:`shown_depth`
    (``max_depth``) allow."""
    n, dt = run.n, run.dt
    for kind in kind_draws(rng, p_kind, want):
        name = causes[kind][int(rng.integers(len(causes[kind])))]
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = lo * dt, last * dt
        t_end = None
        if name == restart_cause:
            cand = [b for a, b, same in run.restarts if same and t_lo <= a and b < t_last]
            if not cand:
                continue
            t0 = cand[int(rng.integers(len(cand)))]
        elif special and name in special:
            got = special[name](rng, t_lo, t_last, hi, to_end)
            if got is None:
                continue
            t0, t_end = got
        elif rng.random() < p_pause:
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * dt)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(t0 // dt)
        stop = event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else stop * dt
        if t_end is not None:
            t1 = t_end
        tr = (onset + ramp) * dt if kind == "leak" else t1
        mod_of, a_max, t1 = cause(rng, run, kind, name, t0, t1, tr)
        b0, b1 = int(t0 // width), min(len(run.train), int(np.ceil(min(t1, 1e12) / width)))
        if b1 - b0 < min_buckets or (not to_end and b1 > hi * run.k):
            continue
        target = {"drop": rng.uniform(0.08, drop_hi),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = b0 if kind != "leak" else min(b1 - 5, int((tr - 0.1 * (tr - t0)) // width))  # a leak: its plateau
        a = calib(mod_of, a_max, target, c0, b1)
        if a is None:
            continue
        mod = mod_of(a)
        v, at = series(mod, lo, b1)
        span = changed_span(v, healthy, onset, lo, hi, n, to_end and stop_at_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(tr // dt), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        if at or len(v) < n:
            full = healthy.copy()
            full[at:at + len(v)] = v
            v = full
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                            max_depth=max_depth)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def rollup_spans(pauses_t, dt: float, n: int) -> list[tuple[int, int]]:
    """The points ``[s, e)`` whose ``dt``-s window touches a pause ``(t0, t1, kind)``; overlapping spans merged."""
    spans = []
    for a, b, _ in pauses_t:
        s, e = int(a // dt), min(n, int(np.ceil(b / dt)))
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def rollup_build(schedule, series, seed: int, n: int, pauses: str, code: int):
    """``(run, healthy series, pause spans, live mask, changes)`` of ``schedule(rng, n, pauses)`` (the random
    stream ``[seed, setting, code]``): spans by :func:`rollup_spans`, a change the first point after the span of
    each of ``run.known_t``."""
    run = schedule(np.random.default_rng([seed, SETTINGS[pauses], code]), n, pauses)
    healthy = series(run)
    dt = run.dt
    spans = rollup_spans(run.pauses_t, dt, n)
    live = live_mask(spans, n)
    changes = change_points([int(t // dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def regressed_kinds(rng, n: int, n_events: int | None, draw, p, changes, series, healthy,
                    live) -> tuple[np.ndarray, list[Event]]:
    """A run with its regressions, every kind in each trace with events (in a random order, then drawn with
    probabilities ``p``): ``draw(lo, hi, to_end=, want=)`` gives an ``(Event, mod)`` pair or None per slot of
    :func:`event_slots`; the last runs to the end with probability 0.4 where no change lies in its slot or
    after. ``values = series(mods)`` and the events' depths re-measured on them (:func:`measured`)."""
    k, slots = event_slots(rng, n, n_events)
    events, mods = [], []
    kinds = [KINDS[j] for j in rng.permutation(3)] + [KINDS[int(rng.choice(3, p=p))] for _ in range(k)]
    for i, (lo, hi) in enumerate(slots):
        got = draw(lo, hi, to_end=i == k - 1 and rng.random() < 0.4 and not any(c >= lo for c in changes),
                   want=kinds[i])
        if got:
            events.append(got[0])
            mods.append(got[1])
    values = series(mods)
    return values, measured(events, values, healthy, live)


def subtracted(healthy: np.ndarray, mods) -> np.ndarray:
    """``healthy`` less each regression's loss ``m`` from its point ``at`` on (``mods``: ``(at, m)`` pairs), floored
    at 0: the values of generators 71-73."""
    v = healthy.copy()
    for at, m in mods:
        v[at:at + len(m)] -= m
    return np.maximum(v, 0.0)


def family_trace(build, draw_event, series, p, seed: int, n: int, pauses: str, n_events: int | None, code: int,
                 timestamps, stream: tuple = ()) -> Trace:
    """A trace of generators 15-17 and 71-73: ``build(seed, n, pauses)`` gives ``(run, healthy, spans, live,
    changes)``; regressions by :func:`regressed_kinds` (the random stream ``[seed, setting, code, *stream]``,
    ``draw_event(rng, run, healthy, live, changes, lo, hi, to_end, want)``, values ``series(run, mods)``, or with
    ``series=None`` :func:`subtracted` from the healthy run); ``timestamps(run)``."""
    check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = build(seed, n, pauses)
    rng = np.random.default_rng([seed, SETTINGS[pauses], code, *stream])
    draw = partial(draw_event, rng, run, healthy, live, changes)
    values_of = partial(subtracted, healthy) if series is None else partial(series, run)
    values, events = regressed_kinds(rng, n, n_events, draw, p, changes, values_of, healthy, live)
    return Trace(values=values, timestamps=timestamps(run), events=events, pauses=spans, seed=seed, healthy=healthy,
                 changes=changes)
