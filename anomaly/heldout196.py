"""The hundred-and-ninety-sixth held-out throughput family: a tyre X-ray inspection model's training tiles/s (a
detection network for cord-spacing faults, foreign bodies, bead-wire and splice defects in the X-ray images of
finished passenger and truck tyres; the long unrolled images tiled and contrast-normalised on CPU workers, rare
defects oversampled; an evaluation on a held-out plant's tyres now and then) on 1, 2 or 4 nodes, read through Azure
IoT Hub: each node's reporter sends a device-to-cloud message (its clock's time, its tiles since its last message)
every 10-30 s through the device SDK, the hub routes the messages to a Blob Storage endpoint that writes an Avro blob
per partition every 60-720 s, and a monitor lists the new blobs once a minute and sums the tiles per minute of the
message's own time or of its ``iothub-enqueuedtime``.

DRAFT: the laws below are committed before any measure; the counts table comes after.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT196_SEEDS = tuple(range(1962000, 1962012))
CODE = 196
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP // TICK)
EPOCH = 1798761600  # 2027-01-01 00:00 UTC: a run starts at a drawn minute of that day
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.3)
# pause lengths (s) per setting: start-up, evaluation, checkpoint, crash down, relaunch stopped
PAUSE = {"short": {"startup": (240, 720), "eval": (120, 420), "ckpt": (20, 90), "down": (120, 300),
                   "stop": (120, 240)},
         "long": {"startup": (1200, 3000), "eval": (720, 1800), "ckpt": (120, 300), "down": (480, 1200),
                  "stop": (360, 900)}}
SPANS = {"short": (1, 200), "long": (1, 260)}  # test bounds on the pause spans (points), set from the laws
PATH_KEYS = ("throttled", "retried", "outages", "reconnect_waits", "timed_out", "quota_refused", "ack_resent",
             "storage_delayed", "monitor_restarts", "unread_lost", "reread", "late", "counted_twice",
             "other_minute", "unread_minutes", "clock_off_nodes", "crash_lost")


def _level(cfg: dict, st: dict) -> float:
    """Tiles/s of a stage: per node the slower of the GPUs and the CPU tilers (soft maximum of the costs), nodes
    scaling by ``eff`` per doubling."""
    g = cfg["gpu"] / cfg["g_f"] ** st["tile"]
    c = cfg["cpu"] / cfg["c_f"] ** st["tile"]
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count (1 in 3) or the next tile size up or down, redrawn until the level
    moves 15 % (1/3 to 3 times); None when 60 draws find none."""
    for _ in range(60):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["tile"] = int(np.clip(st["tile"] + rng.choice([-1, 1]), 0, 2))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) <= np.log(3):
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline on the 5-s grid: pauses, lives (process runs), stages, the true tiles per tick ``J``."""
    T, nt = n * STEP, n * K
    P = PAUSE[setting]
    cfg = {"gpu": hc.log_uniform(rng, 300, 5000), "eff": rng.uniform(0.86, 0.96), "g_f": rng.uniform(1.6, 2.1),
           "c_f": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.3)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "tile": int(rng.integers(3))}
    n_rl = int(rng.integers(4))
    rl = sorted(rng.uniform(0.15, 0.85, n_rl) * T)
    rl = [x for i, x in enumerate(rl) if i == 0 or x - rl[i - 1] > 5400]
    crash_mean = rng.uniform(10, 40) * 3600
    every = rng.uniform(2400, 7200)  # training s between evaluations
    ck_every = int(rng.integers(3, 5))
    ramp_s, r0 = rng.uniform(180, 480), rng.uniform(0.35, 0.7)

    def dur(key):
        lo, hi = P[key]
        return TICK * round(rng.uniform(lo, hi) / TICK)

    pauses, quiet, lives, stages, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    ramps = []
    t, to_eval, n_eval, ri = 0.0, every, 0, 0
    next_crash = rng.exponential(crash_mean)
    while t < T:
        su = dur("startup")
        pauses.append((t, t + su, "startup"))
        life0 = t
        t += su
        ramps.append((t, t + ramp_s))
        quiet.append((t, t + ramp_s / 2))
        stages.append((t, dict(st)))
        end_kind = "end"
        while t < T:
            cand = [to_eval, next_crash - t, (rl[ri] - t) if ri < len(rl) else np.inf, T - t]
            which = int(np.argmin(cand))
            run = TICK * max(1, round(max(cand[which], TICK) / TICK))
            t += run
            to_eval -= run
            if which == 0:
                n_eval += 1
                d = dur("eval")
                pauses.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    c = dur("ckpt")
                    pauses.append((t, t + c, "ckpt"))
                    t += c
                to_eval = every * rng.uniform(0.8, 1.2)
                counts["evals"] += 1
                continue
            end_kind = ("crash", "relaunch", "end")[which - 1]
            break
        lives.append((life0, min(t, T), end_kind))
        if end_kind == "end" or t >= T:
            break
        if end_kind == "crash":
            counts["crashes"] += 1
            d = dur("down")
            pauses.append((t, t + d, "crash"))
            t += d
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            d = dur("stop") + TICK * round(rng.uniform(60, 480) / TICK)
            pauses.append((t, t + d, "relaunch"))
            t += d
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
    # the rate per tick: stage level, lots (shards), AR(1), OU, oversampling bursts, ramps
    tk = np.arange(nt) * TICK
    lv = np.zeros(nt)
    for s0, sd in stages:
        lv[int(s0 // TICK):] = _level(cfg, sd)
    on = np.zeros(nt, bool)
    for a, b, _ in lives:
        on[int(a // TICK):int(min(b, T) // TICK)] = True
    for a, b, _ in pauses:
        on[int(a // TICK):int(min(b, T) // TICK)] = False
    lot_sd = rng.uniform(0.02, 0.06)
    lot = np.ones(nt)
    x = 0.0
    while x < T:
        d = hc.log_uniform(rng, 180, 1500)
        f = np.exp(rng.normal(0, lot_sd)) * (rng.uniform(0.9, 0.96) if rng.random() < 0.3 else 1.0)
        lot[int(x // TICK):int((x + d) // TICK)] = f
        x += d
    a_sd, a_tau = rng.uniform(0.015, 0.04), rng.uniform(10, 60)
    phi = np.exp(-TICK / a_tau)
    e = rng.normal(0, a_sd * np.sqrt(1 - phi * phi), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, a_sd)
    for i in range(1, nt):
        ar[i] = phi * ar[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(2400, 12000))[(tk // STEP).astype(int)]
    burst = np.ones(nt)
    for _ in range(rng.poisson(rng.uniform(1, 4) * T / 3600)):
        b0 = rng.uniform(0, T)
        burst[int(b0 // TICK):int((b0 + rng.uniform(10, 40)) // TICK) + 1] *= rng.uniform(0.6, 0.85)
    ramp = np.ones(nt)
    for a, b in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 < nt:
            ramp[i0:i1] = r0 + (1 - r0) * (tk[i0:i1] - a) / (b - a)
    J = np.where(on, lv * lot * np.exp(ar + ou) * burst * ramp * TICK, 0.0)
    t0 = EPOCH + STEP * int(rng.integers(1440))
    return SimpleNamespace(n=n, nt=nt, T=T, dt=STEP, cfg=cfg, pauses_t=pauses, quiet=quiet, lives=lives,
                           stages=stages, known_t=known_t, counts=counts, J=J, t0=t0,
                           nodes=[sd["nodes"] for _, sd in stages])


def _windows(rng, T: float, per_day: float, lo: float, hi: float, log: bool = False) -> np.ndarray:
    """Poisson windows ``(start, end)`` over ``[0, T)``, sorted and disjoint (overlaps merged); none: a window
    before 0, so that every index into it is valid."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    d = np.array([hc.log_uniform(rng, lo, hi) if log else rng.uniform(lo, hi) for _ in range(k)])
    w = []
    for a, b in zip(s, s + d):
        if w and a <= w[-1][1]:
            w[-1][1] = max(w[-1][1], b)
        else:
            w.append([a, b])
    return np.array(w).reshape(-1, 2) if w else np.array([[-2.0, -1.0]])  # an empty list: one window before 0


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The index of the window of ``win`` holding each ``x`` (-1: none)."""
    if len(win) == 0:
        return np.full(len(x), -1)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < win[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _path(rng, run) -> SimpleNamespace:
    """The messages' fates: which copy of which message is counted in which minute (from the healthy run)."""
    T, n = run.T, run.n
    c = {k: 0 for k in PATH_KEYS}
    # the reporters: one per node of the life's stage, a message every P s (+ 0-1.5 s) from the process start
    P = rng.uniform(10, 30)
    max_nodes = 4
    imb = 1 + rng.normal(0, 0.03, max_nodes)
    off = rng.normal(0, rng.uniform(0.2, 2.0), max_nodes)
    if rng.random() < 0.25:  # one node's clock unsynchronised
        off[int(rng.integers(max_nodes))] += rng.choice([-1, 1]) * rng.uniform(15, 90)
        c["clock_off_nodes"] = 1
    ts, te, node, share = [], [], [], []
    for (a, b, kind), (_, sd) in zip(run.lives, run.stages):
        nodes = sd["nodes"]
        sh = imb[:nodes] / imb[:nodes].sum()
        for k in range(nodes):
            x = a + rng.uniform(0, P)
            edges = [a]
            while x < b:
                edges.append(x)
                x += P + rng.uniform(0, 1.5)
            if kind != "crash" and b < T:
                edges.append(b)  # a graceful stop sends the last interval
            elif kind == "crash":
                c["crash_lost"] += 1
            e = np.array(edges)
            ts.append(e[:-1])
            te.append(e[1:])
            node.append(np.full(len(e) - 1, k))
            share.append(np.full(len(e) - 1, sh[k]))
    ts, te, node, share = (np.concatenate(x) for x in (ts, te, node, share))
    m = len(te)
    own = te + off[node]  # the message's own time: the node's clock at its creation
    # the send: a dropped connection (reconnect after the SDK's backoff), 429 throttling (backoff retries), the
    # daily quota (refused, not retried), the operation timeout (dropped)
    timeout = 240.0 if rng.random() < 0.7 else rng.uniform(60, 600)
    x = te + rng.uniform(0.05, 0.5, m)
    for k in range(max_nodes):
        win = _windows(rng, T, rng.uniform(2, 10), 2, 900, log=True)
        c["outages"] += int((win[:, 0] >= 0).sum())
        i = _inside(x, win)
        hit = (node == k) & (i >= 0)
        c["reconnect_waits"] += int(hit.sum())
        x = np.where(hit, win[np.maximum(i, 0), 1] + rng.uniform(0.5, 8, m), x)
    thr = _windows(rng, T, rng.uniform(0.5, 4), 120, 1200)
    p_ref = rng.uniform(0.4, 0.9)
    i = _inside(x, thr)
    r = np.where(i >= 0, rng.geometric(1 - p_ref, m) - 1, 0)  # refused tries before one is let through
    back = np.cumsum(np.minimum(2.0 ** np.arange(12), 60.0)) * rng.uniform(0.8, 1.2, (m, 1))
    end_thr = np.where(i >= 0, thr[np.maximum(i, 0), 1], np.inf)
    wait, tries, done = np.zeros(m), np.zeros(m, int), r == 0
    for k in range(1, 13):  # try k at x + back[k - 1]: let through once r tries were refused or the episode ended
        go = ~done & ((k >= r) | (x + back[:, k - 1] >= end_thr))
        wait, tries = np.where(go, back[:, k - 1], wait), np.where(go, k, tries)
        done |= go
    c["throttled"] = int((r > 0).sum())
    c["retried"] = int(tries.sum())
    x = x + wait
    spent = rng.uniform(0.3, 0.8) if rng.random() < 0.45 else 0.0
    days = np.arange(int(np.floor(run.t0 / DAY)), int(np.floor((run.t0 + T) / DAY)) + 1)
    quota = np.array([[-2.0, -1.0]] + [[d * DAY + DAY - run.t0 - rng.uniform(1200, 9000), (d + 1) * DAY - run.t0]
                                       for d in days if rng.random() < spent])
    refused = _inside(x, quota) >= 0
    dropped = (x - te > timeout) | refused
    c["timed_out"] = int((x - te > timeout).sum())
    c["quota_refused"] = int(refused.sum())
    enq = x + rng.uniform(0.02, 0.3, m)
    # at-least-once: a message whose acknowledgement was lost is sent again 10-60 s later
    resend = (~dropped) & (rng.random(m) < rng.uniform(0.002, 0.015))
    enq2 = enq[resend] + rng.uniform(10, 60, int(resend.sum()))
    ok2 = _inside(enq2, quota) < 0
    c["ack_resent"] = int(ok2.sum())
    idx = np.concatenate([np.nonzero(~dropped)[0], np.nonzero(resend)[0][ok2]])
    e = np.concatenate([enq[~dropped], enq2[ok2]])
    # routing to storage: a blob per partition every F s (or at the chunk size: never reached here), delayed to the
    # end of a storage endpoint outage
    F = 300.0 if rng.random() < 0.4 else hc.log_uniform(rng, 60, 720)
    parts = int(rng.choice([2, 4]))
    part = rng.integers(parts, size=max_nodes)[node[idx]]
    sto = _windows(rng, T, rng.uniform(0, 2), 300, 2700)
    w = np.empty(len(idx))
    for p in range(parts):
        grid = rng.uniform(0, F) + F * np.arange(int(T / F) + 30) + rng.uniform(0, 20, int(T / F) + 30)
        j = _inside(grid, sto)
        grid = np.maximum.accumulate(np.where(j >= 0, sto[np.maximum(j, 0), 1] + rng.uniform(1, 30), grid))
        sel = part == p
        w[sel] = grid[np.minimum(np.searchsorted(grid, e[sel] + rng.uniform(0.5, 3, int(sel.sum()))), len(grid) - 1)]
    c["storage_delayed"] = int((_inside(e, sto) >= 0).sum())
    # the monitor: lists once a minute, restarts (cursor kept or not; a re-read of its last listing's blobs)
    ph = rng.uniform(0, STEP)
    v = ph + STEP * np.ceil((w - ph) / STEP) + rng.uniform(0.5, 5, len(w))
    mon = _windows(rng, T, rng.uniform(0.3, 1.5), 60, 720)
    c["monitor_restarts"] = int((mon[:, 0] >= 0).sum())
    keep_cursor = rng.random() < 0.5
    j = _inside(v, mon)
    down = j >= 0
    lost = down & (not keep_cursor)
    c["unread_lost"] = int(lost.sum())
    v = np.where(down, mon[np.maximum(j, 0), 1] + rng.uniform(1, 10, len(v)), v)
    re_rows, re_v = [], []
    for a, b in mon[mon[:, 0] >= 0]:
        last = ph + STEP * np.floor((a - ph) / STEP)
        if keep_cursor and rng.random() < 0.5:  # the cursor was saved before its last listing was summed
            got = np.nonzero((v > last - 1) & (v <= a) & ~lost)[0]
            re_rows.append(got)
            re_v.append(np.full(len(got), b + rng.uniform(1, 10)))
    re_rows = np.concatenate(re_rows).astype(int) if re_rows else np.zeros(0, int)
    c["reread"] = len(re_rows)
    ok = ~lost
    by_enq = rng.random() < 0.5
    u = np.where(by_enq, e, own[idx])
    rows = np.concatenate([np.nonzero(ok)[0], re_rows])
    v_all = np.concatenate([v[ok]] + re_v)
    mins = np.floor(u[rows] / STEP).astype(int)
    close = (mins + 1) * STEP + F * rng.uniform(1.1, 2.2) + rng.uniform(30, 120)
    jc = _inside(close, mon)
    close = np.where(jc >= 0, mon[np.maximum(jc, 0), 1], close)
    late = v_all > close
    c["late"] = int(late.sum())
    good = (~late) & (mins >= 0) & (mins < n)
    msg, mins = idx[rows[good]], mins[good]
    dedup = rng.random() < 0.4
    if dedup:
        _, first = np.unique(msg, return_index=True)
        msg, mins = msg[first], mins[first]
    copies = np.bincount(msg, minlength=m)
    c["counted_twice"] = int((copies >= 2).sum())
    c["other_minute"] = int((mins != np.floor(te[msg] / STEP)).sum())
    return SimpleNamespace(P=P, ts=ts, te=te, node=node, share=share, msg=msg, mins=mins, copies=copies,
                           dedup=dedup, by_enq=by_enq, F=F, keep_cursor=keep_cursor, counts=c, quota=quota,
                           off=off, timeout=timeout)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """Tiles/s per minute as the monitor reads them: each counted copy's tiles (its node's share of the tiles
    trained over its interval) summed into its minute (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])

    def cum(t):
        f = np.clip(t / TICK, 0, len(J))
        i = np.minimum(f.astype(int), len(J) - 1)
        return C[i] + (f - i) * J[i]

    tiles = (cum(p.te) - cum(p.ts)) * p.share
    return np.bincount(p.mins, weights=tiles[p.msg], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    (or a ramp's first half), or where it or a neighbour reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    got = np.bincount(run.path.mins, minlength=n)[:n] > 0
    mask = np.zeros(n, bool)
    for a, b, *_ in list(run.pauses_t) + [(a, b) for a, b in run.quiet]:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        mask[max(s, 0):max(min(e, n), 0)] = True
    empty = ~got
    run.path.counts["unread_minutes"] = int(empty.sum())
    mask |= empty | np.r_[empty[1:], False] | np.r_[False, empty[:-1]]
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(int), 0]))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's tiles lost (0 .. 1) over ``length`` ticks: a drop (a tiling worker
    killed, the pool refilling its queue) rises over 1-6 ticks; a straggler (one node's reads of raw X-ray rolls
    from the plant's file share slowed in bursts: all nodes wait) is 1 for a mean of 20-150 ticks, calm for a
    mean of 60-400 at 0.05-0.25; a leak (the contrast-normalisation workers' tile cache growing into swap)
    ``(s / ramp) ** p``, ``p`` 0.6-1.8, then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w = np.empty(length)
    calm, on, i = rng.uniform(0.05, 0.25), True, 0
    m_on, m_off = rng.uniform(20, 150), rng.uniform(60, 400)
    while i < length:
        d = int(rng.exponential(m_on if on else m_off)) + 1
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression (a share ``a w`` of each tick's tiles lost, carried through the same messages and reads)
    with its onset in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 rejected draws."""
    n = run.n
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    tsec = np.arange(n) * STEP
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, tsec, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        k0, k1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        w = np.zeros(run.nt)
        w[k0:k1] = _weight(rng, kind, k1 - k0, ramp * K)
        r = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.32), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        win = slice(c0, min(stop, n))
        hs, rs = healthy[win][live[win]].sum(), r[win][live[win]].sum()
        if rs <= 0 or hs <= 0:
            continue
        a = target * hs / rs
        if a > 0.95:
            continue
        loss = a * r
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on_pt, end = span
        if any(on_pt <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on_pt
        if kind == "leak" and not on_pt < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on_pt, ramp_end, end, n, (ramp_end - on_pt) // 3)
        if depth is not None:
            return Event(kind, on_pt, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    """Each point is stamped at its minute's end (UTC, aligned to the minute)."""
    return run.t0 + STEP * (np.arange(run.n) + 1)


def make_heldout196(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout196_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT196_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout196, seeds, n, pauses)
