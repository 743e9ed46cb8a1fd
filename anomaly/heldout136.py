"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

from functools import partial
from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT136_SEEDS = tuple(range(1362000, 1362012))
CODE = 136
TICK = 10.0  # the writer posts wafers/s over the last 10 s, every 10 s
STEP = 60.0  # the monitor reads one value per minute of the archive's clock
K = 6  # ticks per point
EPOCH = 1_790_006_400.0  # a whole minute
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (5, 24), "long": (13, 86)}  # pause spans' lengths (points), measured: see the docstring
PATH_KEYS = ("exc_dropped", "comp_discarded", "late_posts", "outages", "buffered", "stale_reads", "ooo_archived",
             "dup_replaced", "dup_rejected", "lost_in_buffer", "digital_states", "unread")
MIN = 60.0


def _level(cfg, st) -> float:
    """Wafers/s of a stage: the GPUs' rate over the map size's and the backbone's costs."""
    nodes = st["nodes"]
    return (cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)
            / cfg["size_c"] ** st["size"] / cfg["bb_c"] ** st["bb"])


def _next_stage(rng, cfg, st, lv) -> dict:
    """A relaunch's stage: a larger map raster (at most twice), a larger backbone (once) or, 1 in 6, another node
    count; redrawn until the level moves by 15 % or more (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 3, 4) if n != st["nodes"]]))
        elif u < 0.6 and st["size"] < 2:
            new["size"] += 1
        elif st["bb"] < 1:
            new["bb"] = 1
        else:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 3, 4) if n != st["nodes"]]))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline (true seconds from the run's start): lives, training segments and pauses."""
    long = setting == "long"
    T = n * STEP + 900.0
    nodes = int(rng.choice([1, 2, 3, 4], p=[0.35, 0.3, 0.15, 0.2]))
    cfg = {"gpu": hc.log_uniform(rng, 300, 3000), "gpus": int(rng.choice([2, 4, 8])), "eff": rng.uniform(0.86, 0.97),
           "size_c": rng.uniform(1.4, 1.9), "bb_c": rng.uniform(1.8, 2.6)}
    st = {"size": 0, "bb": 0, "nodes": nodes}
    rel = sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * T)
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.integers(2, 4))
    pauses_t, segs, lives, known_t, stops = [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "kept_stage": 0}

    def start(t, lo, hi):  # a start-up, then a ramp: returns the training start and the ramp
        dur = rng.uniform(lo, hi) * MIN
        pauses_t.append((t, t + dur, "startup"))
        return t + dur, (t + dur, rng.uniform(2, 6) * MIN, rng.uniform(0.5, 0.8))

    t, ramp = start(0.0, *((25, 60) if long else (3, 10)))
    life0, lv = t, _level(cfg, st)
    next_eval = t + rng.uniform(30, 90) * MIN
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ri = 0, 0
    while t < T:
        next_rel = rel[ri] if ri < len(rel) else np.inf
        if next_rel < t + 300:
            next_rel = t + 300
        which = int(np.argmin([next_eval, next_crash, next_rel, T]))
        e = max(t, [next_eval, next_crash, next_rel, T][which])
        segs.append((t, e, lv, ramp))
        ramp = None
        t = e
        if which == 3 or e >= T:
            break
        if which == 0:
            n_eval += 1
            dur = rng.uniform(10, 25) * MIN if long else rng.uniform(2, 6) * MIN
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            if n_eval % ck_every == 0:
                dur = rng.uniform(60, 240) if long else rng.uniform(15, 60)
                pauses_t.append((t, t + dur, "ckpt"))
                t += dur
            next_eval = t + rng.uniform(30, 90) * MIN
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, st["nodes"]))
            stops.append((t, "crash"))
            dur = rng.uniform(6, 30) * MIN if long else rng.uniform(1, 4) * MIN
            pauses_t.append((t, t + dur, "crash"))
            t, ramp = start(t + dur, *((8, 30) if long else (2, 6)))
            life0 = t
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(30, 90) * MIN
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, st["nodes"]))
            stops.append((t, "relaunch"))
            dur = (rng.uniform(5, 12) if long else rng.uniform(1, 3)) * MIN + rng.uniform(1, 5) * MIN
            pauses_t.append((t, t + dur, "relaunch"))
            new = _next_stage(rng, cfg, st, lv)
            counts["kept_stage"] += new == st
            t, ramp = start(t + dur, *((8, 20) if long else (2, 6)))
            life0 = t
            if new != st:
                known_t.append(t)
            st, lv = new, _level(cfg, new)
            next_eval = t + rng.uniform(30, 90) * MIN
    lives.append((life0, np.inf, st["nodes"]))
    return SimpleNamespace(n=n, T=T, nt=int(np.ceil(T / TICK)), cfg=cfg, segs=segs, pauses_t=pauses_t, lives=lives,
                           stops=stops, known_t=known_t, counts=counts, dt=STEP, k=K)


def _job(rng, run) -> np.ndarray:
    """Wafers trained per 10-s tick: the segments' levels, ramps, the archive files' reads and the CPU
    augmentation's swings."""
    nt = run.nt
    tb = np.arange(nt) * TICK
    J = np.zeros(nt)
    for t0, t1, lv, ramp in run.segs:
        b0, b1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        ov = np.clip(np.minimum(t1, tb[b0:b1] + TICK) - np.maximum(t0, tb[b0:b1]), 0, TICK)
        f = np.ones(b1 - b0)
        if ramp is not None:
            r0, rd, frm = ramp
            f = frm + (1 - frm) * np.clip((tb[b0:b1] + TICK / 2 - r0) / rd, 0, 1)
        J[b0:b1] += lv * ov * f
    # CPU rotation / flip augmentation and rasterising: an AR(1) of the log per tick and a slow OU
    sd, tau = rng.uniform(0.02, 0.06), rng.uniform(20, 90)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200), step=600.0)
    slow = np.interp(tb, np.arange(len(slow)) * 600.0, slow)
    # the maps come from large archive files: each lasts 120-600 s, opening the next stalls the loader
    files = np.ones(nt)
    t, fsd = 0.0, rng.uniform(0.02, 0.05)
    while t < run.T:
        d = rng.uniform(120, 600)
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK) + 1)
        files[i0:i1] *= np.exp(rng.normal(0, fsd))
        stall, at = rng.uniform(2, 8), rng.uniform(0.4, 0.8)
        s = int((t + d) // TICK)
        if s < nt:
            files[s] *= 1 - (1 - at) * min(stall, TICK) / TICK
        t += d
    return J * np.exp(x - sd * sd / 2 + slow) * files


def _clock_at(off: float, ppm: float, steps: np.ndarray, t) -> np.ndarray:
    """The node clock's offset at true times ``t``: ``off`` plus the drift since the last resync."""
    t = np.asarray(t, float)
    return off + ppm * (t - steps[np.searchsorted(steps, t, side="right") - 1])


def _clock(rng, T: float, drifts: bool):
    """The GPU node's clock against the archive server's: an offset of sd 0.2-3 s; drifting 50-500 ppm (either
    way) where ``drifts``, stepped back to its offset by a resync every 2-8 h."""
    off = rng.normal(0, rng.uniform(0.2, 3.0))
    if not drifts:
        return partial(_clock_at, off, 0.0, np.zeros(1))
    ppm = rng.uniform(50, 500) * 1e-6 * rng.choice([-1, 1])
    steps = np.concatenate([[0.0], np.cumsum(rng.uniform(2, 8, int(T / 7200) + 3) * 3600)])
    return partial(_clock_at, off, ppm, steps)


def _path(rng, run) -> SimpleNamespace:
    """The writer's posts, the PI point's exception and compression filters, the buffer's replays, the digital
    states and the monitor's per-minute reads: ``(rows, cols, wts)`` with the reads ``sum(wts * X[cols] / TICK)``
    per row (linear in the wafers ``X``: every choice is the healthy run's)."""
    n, nt, J = run.n, run.nt, run.J
    c = {k: 0 for k in PATH_KEYS}
    clock = _clock(rng, run.T, rng.random() < 0.25)
    span = rng.uniform(1.5, 3.0) * J.max() / TICK  # the point's Span, set once at the job's start
    excdev, excmax = rng.uniform(0.0025, 0.01) * span, 600.0
    compdev, compmax = rng.uniform(0.005, 0.02) * span, 28800.0
    replace = rng.random() < 0.7  # updateOption Replace (the default) or NoReplace
    concurrent = rng.random() < 0.5  # the backlog replays beside the live posts (out of order) or before them
    recorded = rng.random() < 0.4  # the monitor's minute: the mean of its recorded values, or interpolated at its end
    lag = rng.uniform(20, 120)  # the monitor reads a minute this long after its end
    # posting spans: from each life's training start to its stop
    ends = [a for a, _ in run.stops] + [np.inf]
    k = np.arange(nt)
    tk = (k + 1) * TICK
    post = np.zeros(nt, bool)
    for (a, _, _), b in zip(run.lives, ends):
        post |= (tk > a) & (tk <= b)
    post &= tk <= run.T
    idx = np.nonzero(post)[0]
    send = tk[idx] + rng.uniform(0.01, 0.2, len(idx))
    late = rng.random(len(idx)) < rng.uniform(0.002, 0.02)
    send[late] += rng.uniform(1, 8, late.sum())
    c["late_posts"] = int(late.sum())
    v = J[idx] / TICK
    # the writer's exception filter (PI's rules: the previous value goes too when one passes)
    sent = np.zeros(len(idx), bool)
    lv, lt, held = None, -np.inf, -1
    for j in range(len(idx)):
        if lv is None or abs(v[j] - lv) > excdev or send[j] - lt >= excmax:
            if held >= 0 and not sent[held]:
                sent[held] = True
            sent[j] = True
            lv, lt, held = v[j], send[j], -1
        else:
            held = j
    c["exc_dropped"] = int((~sent).sum())
    ev_col, ev_send = list(idx[sent]), list(send[sent])
    # digital states: 'I/O Timeout' from the supervisor 20-90 s after a crash, 'Shutdown' from the writer at a stop
    for t, kind in run.stops:
        ev_col.append(-1)
        ev_send.append(t + (rng.uniform(20, 90) if kind == "crash" else 0.5))
    ev_col, ev_send = np.array(ev_col), np.array(ev_send)
    o = np.argsort(ev_send, kind="stable")
    ev_col, ev_send = ev_col[o], ev_send[o]
    ts = np.round(ev_send + clock(ev_send))
    arr = ev_send + rng.uniform(0.05, 0.5, len(ev_send))
    keep = np.ones(len(ev_send), bool)
    # connection drops: the writer buffers and replays at the reconnection; a crash loses the buffer
    t, extra = 0.0, []
    rate = rng.uniform(0.3, 3.0) / 86400
    while True:
        t += rng.exponential(1 / rate)
        if t >= run.T:
            break
        d = min(rng.exponential(rng.uniform(120, 1200)), 10800)
        c["outages"] += 1
        inb = (ev_send >= t) & (ev_send < t + d)
        died = [s for s, _ in run.stops if t <= s < t + d]
        if died:
            lost = inb & (ev_send < died[0] + 100)
            keep &= ~lost
            c["lost_in_buffer"] += int(lost.sum())
            inb &= ~lost
        c["buffered"] += int(inb.sum())
        delay = rng.uniform(5, 60) if concurrent else rng.uniform(0.5, 3)
        arr[inb] = t + d + delay + 0.01 * np.arange(inb.sum())
        if not concurrent:  # live posts wait for the backlog
            after = (ev_send >= t + d) & (arr < t + d + delay + 0.01 * inb.sum())
            arr[after] = t + d + delay + 0.01 * inb.sum() + 0.01 * np.arange(after.sum())
        before = np.nonzero((ev_send < t) & keep & (ev_col >= 0))[0][-3:]
        if len(before) and rng.random() < 0.3:  # the batch whose answer was lost, sent again
            extra += [(ev_col[j], ts[j], t + d + delay) for j in before]
        t += d
    ev_col, ts, arr = ev_col[keep], ts[keep], arr[keep]
    if extra:
        ev_col = np.concatenate([ev_col, [e[0] for e in extra]])
        ts = np.concatenate([ts, [e[1] for e in extra]])
        arr = np.concatenate([arr, [e[2] for e in extra]])
    val = np.where(ev_col >= 0, J[np.maximum(ev_col, 0)] / TICK, np.nan)
    # the snapshot, compression and the archive, in arrival order: each event's visible span [vis0, vis1)
    o = np.argsort(arr, kind="stable")
    m = len(o)
    vis0, vis1 = arr.copy(), np.full(m, np.inf)
    at_ts, snap, last = {}, -1, -1
    s_hi, s_lo = np.inf, -np.inf
    for e in o:
        te, ve = ts[e], val[e]
        if te in at_ts:
            old = at_ts[te]
            if replace:
                vis1[old] = arr[e]
                at_ts[te] = e
                c["dup_replaced"] += 1
                if old == snap:
                    snap = e
                if old == last:
                    last = e
            else:
                vis1[e] = vis0[e]
                c["dup_rejected"] += 1
            continue
        if snap >= 0 and te < ts[snap]:
            at_ts[te] = e  # out of order: straight to the archive, no compression
            c["ooo_archived"] += 1
            continue
        at_ts[te] = e
        if snap < 0:
            snap = last = e
            continue
        if ev_col[e] < 0 or ev_col[snap] < 0 or last < 0 or ev_col[last] < 0 or snap == last:
            last, snap = snap, e  # a state change archives the snapshot
            s_hi, s_lo = np.inf, -np.inf
            if ev_col[last] >= 0 and ev_col[e] >= 0 and te > ts[last]:
                s_hi = (ve + compdev - val[last]) / (te - ts[last])
                s_lo = (ve - compdev - val[last]) / (te - ts[last])
            continue
        dt = te - ts[last]
        hi = min(s_hi, (ve + compdev - val[last]) / dt)
        lo = max(s_lo, (ve - compdev - val[last]) / dt)
        if lo > hi or dt > compmax:
            last, snap = snap, e
            dt = te - ts[last]
            s_hi = (ve + compdev - val[last]) / dt if dt > 0 else np.inf
            s_lo = (ve - compdev - val[last]) / dt if dt > 0 else -np.inf
        else:
            vis1[snap] = arr[e]  # the old snapshot is discarded
            del at_ts[ts[snap]]
            c["comp_discarded"] += 1
            snap = e
            s_hi, s_lo = hi, lo
    c["digital_states"] = int((ev_col < 0).sum())
    # the monitor's reads, minute m at the archive's T = 60 (m + 1), asked for lag s later
    o = np.lexsort((arr, ts))
    ts_s, col_s, v0, v1 = ts[o], ev_col[o], vis0[o], vis1[o]
    rows, cols, wts = [], [], []
    for i in range(n):
        T = STEP * (i + 1)
        R = T + lag
        j = int(np.searchsorted(ts_s, T, side="right"))
        p = j - 1
        while p >= 0 and not (v0[p] <= R < v1[p]):
            p -= 1
        q = j
        while q < m and ts_s[q] <= R + 120 and not (v0[q] <= R < v1[q]):
            q += 1
        if q >= m or ts_s[q] > R + 120:
            q = -1
        if p < 0 or col_s[p] < 0:
            c["unread"] += 1
            continue
        if recorded:
            got, r = [], p
            while r >= 0 and ts_s[r] > T - STEP:
                if v0[r] <= R < v1[r] and col_s[r] >= 0:
                    got.append(r)
                r -= 1
            if got:
                rows += [i] * len(got)
                cols += [col_s[r] for r in got]
                wts += [1.0 / len(got)] * len(got)
                continue
        if q < 0 or col_s[q] < 0:
            c["stale_reads"] += q < 0
            rows.append(i)
            cols.append(col_s[p])
            wts.append(1.0)
            continue
        w = (T - ts_s[p]) / (ts_s[q] - ts_s[p])
        rows += [i, i]
        cols += [col_s[p], col_s[q]]
        wts += [1 - w, w]
    return SimpleNamespace(rows=np.array(rows, int), cols=np.array(cols, int), wts=np.array(wts), counts=c,
                           replace=replace, concurrent=concurrent, recorded=recorded, lag=lag)


def _reads(run, X) -> np.ndarray:
    """The monitor's reads of the wafers per tick ``X`` through the run's path (linear in ``X``)."""
    p = run.path
    return np.bincount(p.rows, p.wts * X[p.cols] / TICK, minlength=run.n)


def _spans(run, h) -> tuple[list, np.ndarray]:
    """A point is paused where the two minutes before its read or the one after touch a pause (or a start-up's
    ramp's first half), or where it reads nothing (a digital state, or 0)."""
    n = run.n
    paused = h <= 0
    end = STEP * (np.arange(n) + 1)
    quiet = [(a, b) for a, b, _ in run.pauses_t]
    quiet += [(r[0], r[0] + r[1] / 2) for *_, r in run.segs if r is not None]
    for a, b in quiet:
        paused |= (end - 2 * STEP < b) & (end + STEP > a)
    spans, i = [], 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans, ~paused


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the monitor's reads."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _job(rng, run)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans, live = _spans(run, healthy)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's wafers lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a rasterising worker pool lost: in over 1-30 ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 30))
    if kind == "leak":  # the decoded-map cache grows into swap
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8))
    w = np.empty(length)  # straggler: one GPU throttled in bursts
    calm, i, bad = rng.uniform(0.05, 0.25), 0, True
    while i < length:
        d = int(rng.exponential(rng.uniform(60, 300) if bad else rng.uniform(150, 600))) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None."""
    n = run.n
    ts = STEP * np.arange(n)
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        unit = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.4))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        lv = live[c0:stop]
        hs, us = healthy[c0:stop][lv].sum(), unit[c0:stop][lv].sum()
        if hs <= 0 or us <= 0 or target * hs / us > 1:
            continue
        loss = target * hs / us * unit
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout136(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout136_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT136_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout136, seeds, n, pauses)
