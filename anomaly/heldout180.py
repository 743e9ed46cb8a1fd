"""The hundred-and-eightieth held-out throughput family: a bird-sound species classifier's training clips/s (DOCSTRING
PLACEHOLDER)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT180_SEEDS = tuple(range(1802000, 1802012))
CODE = 180
TICK = 5.0  # s: the job's clock grid
STEP = 60.0  # s: one point per minute
K = int(STEP / TICK)
EPOCH = 1_800_000_000  # unix s of the run's start (a multiple of 60)
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 130)}
DAY = 86400.0
# pause lengths (s): (lo, hi) per setting
STARTUP = {"short": (180, 600), "long": (1500, 3600)}
EVAL = {"short": (120, 420), "long": (600, 2100)}
CKPT = {"short": (15, 60), "long": (60, 240)}
DOWN = {"short": (60, 240), "long": (360, 1080)}
RESTART = {"short": (120, 360), "long": (480, 1200)}
STOPPED = {"short": (60, 180), "long": (300, 720)}
PATH_KEYS = ("refused_unavailable", "refused_blip", "unknown_outcome", "stored_unacked", "dup_key_conflicts",
             "failovers", "failbacks", "rebalances", "server_restarts", "monitor_blips", "feed_breaks",
             "lost_in_gap", "replayed", "counted_twice", "stalls", "overflow_skipped", "late", "moved_minute",
             "unread", "clock_steps", "lost_in_crash")


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s at stage ``st``: per node a step waits for the slower of the GPUs and the CPU workers."""
    g = cfg["gpu"] / cfg["mel_c"] ** st["mel"]
    c = cfg["cpu"] / cfg["aug_c"] ** st["aug"]
    per = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) * per)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: more mel bins or longer context (GPU, at most twice), heavier augmentation (CPU,
    at most twice) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        elif u < 7 / 12:
            new["mel"] = int(rng.integers(0, 3))
        else:
            new["aug"] = int(rng.integers(0, 3))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _schedule(rng, n: int, pauses: str):
    """The job: its stretches of training, pauses, lives (process start, end, graceful) and per-tick clips."""
    T = n * STEP
    nt = n * K
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": rng.uniform(0.85, 0.97),
           "mel_c": rng.uniform(1.3, 1.7), "aug_c": rng.uniform(1.3, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(0.9, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "mel": 0, "aug": 0}
    epoch = rng.uniform(40, 110) * 60  # training s per epoch
    ck_every = int(rng.integers(1, 3))
    crash_mean = rng.uniform(12, 48) * 3600
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    for i in range(1, len(rel_t)):
        rel_t[i] = max(rel_t[i], rel_t[i - 1] + 3600)
    pauses_t, lives, segs, known_t, ramps = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t, life0, ri, n_eval = 0.0, 0.0, 0, 0
    # start-up
    d = _u(rng, STARTUP[pauses])
    pauses_t.append((t, t + d, "startup"))
    t += d
    ramp = (rng.uniform(120, 360), rng.uniform(0.4, 0.75))
    to_eval = epoch
    to_crash = rng.exponential(crash_mean)
    while t < T:
        ramps.append((t, t + ramp[0], ramp[1]))
        nxt_rel = rel_t[ri] - t if ri < len(rel_t) else np.inf
        run = min(to_eval, to_crash, max(nxt_rel, 60.0))
        segs.append((t, t + run, dict(st)))
        t += run
        to_eval -= run
        to_crash -= run
        if t >= T:
            break
        if to_crash <= 0:
            counts["crashes"] += 1
            lives.append((life0, t, False, st["nodes"]))
            down, rs = _u(rng, DOWN[pauses]), _u(rng, RESTART[pauses])
            pauses_t.append((t, t + down + rs, "crash"))
            life0 = t + down
            t += down + rs
            to_crash = rng.exponential(crash_mean)
            ramp = (rng.uniform(120, 300), rng.uniform(0.4, 0.75))
        elif to_eval <= 0:
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, EVAL[pauses])
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = _u(rng, CKPT[pauses])
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            to_eval = epoch
            ramp = (rng.uniform(30, 90), rng.uniform(0.6, 0.85))  # the loader's workers re-spawned for the epoch
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True, st["nodes"]))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            stop, queued, rs = _u(rng, STOPPED[pauses]), rng.uniform(60, 300), _u(rng, RESTART[pauses])
            pauses_t.append((t, t + stop + queued + rs, "relaunch"))
            life0 = t + stop + queued
            t += stop + queued + rs
            if new == st:
                counts["kept_stage"] += 1
            elif t < T:
                known_t.append(t)
            st = new
            ramp = (rng.uniform(120, 360), rng.uniform(0.4, 0.75))
    lives.append((life0, max(t, T) + 600.0, True, st["nodes"]))
    # merge touching pauses (an eval then its checkpoint)
    merged = []
    for a, b, kind in pauses_t:
        if merged and a <= merged[-1][1] + 1e-9:
            merged[-1] = (merged[-1][0], b, merged[-1][2] if merged[-1][2] != "eval" else kind)
        else:
            merged.append((a, b, kind))
    # per-tick rate
    tt = (np.arange(nt) + 0.5) * TICK
    rate = np.zeros(nt)
    for a, b, s in segs:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        rate[i0:i1] = _level(cfg, s)
    for a, b, lo in ramps:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(np.ceil(b / TICK)))
        rate[i0:i1] *= lo + (1 - lo) * (tt[i0:i1] - a) / (b - a)
    # shards of recordings: soundscape archives and focal uploads, each its own decode cost, a stall at its start
    sh_sd = rng.uniform(0.03, 0.08)
    edges = [0.0]
    while edges[-1] < T:
        edges.append(edges[-1] + hc.log_uniform(rng, 300, 1800))
    f = np.exp(rng.normal(0, sh_sd, len(edges)))
    idx = np.searchsorted(np.array(edges), tt, side="right") - 1
    mult = f[idx]
    for e in edges[1:-1]:
        i0 = int(e // TICK)
        k = int(rng.uniform(3, 20) // TICK) + 1
        mult[i0:i0 + k] *= rng.uniform(0.3, 0.6)
    # fast AR(1) and slow OU of the log rate
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200), step=TICK)[:nt]
    J = rate * mult * np.exp(ar + ou) * TICK
    for a0, b0, kind in merged:
        J[int(np.ceil(a0 / TICK)):min(nt, int(np.ceil(b0 / TICK)))] = 0.0
    J = np.maximum(J, 0.0)
    return SimpleNamespace(n=n, nt=nt, dt=STEP, k=K, J=J, pauses_t=merged, lives=lives, known_t=known_t,
                           ramps=ramps, segs=segs, cfg=cfg, counts=counts)


def _windows(rng, T: float, per_day, dur) -> np.ndarray:
    """Poisson episodes (``per_day`` drawn once per run) of ``dur`` s each, as ``[start, end)`` rows."""
    k = rng.poisson(rng.uniform(*per_day) * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    d = np.array([rng.uniform(*dur) for _ in range(k)])
    return np.column_stack([a, a + d]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in one of the ``[start, end)`` rows of ``win`` (rows may overlap)."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _merge(win) -> np.ndarray:
    """The union of ``[start, end)`` rows, sorted and disjoint."""
    rows = sorted((float(a), float(b)) for a, b in win)
    out = []
    for a, b in rows:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out) if out else np.zeros((0, 2))


def _path(rng, run, pauses: str):
    """The RethinkDB path of one run: the reporters' inserts, the cluster's outages, the monitor's changefeed and
    its minutes. Returns a namespace with the copies the monitor counted (node share, tick range, minute)."""
    T = run.n * STEP + 600.0
    c = {k: 0 for k in PATH_KEYS}
    cluster = rng.random() < 0.7  # 3 servers, 3 replicas: automatic failover; else one server
    P = rng.uniform(15, 30)  # the reporters' period
    carry = rng.random() < 0.7  # a reporter keeps unacknowledged clips for its next document
    server_ids = rng.random() < 0.55  # documents keyed by the server's generated id (else node + sequence)
    by_doc = rng.random() < 0.5  # the monitor bins by the document's own time (else by the time it got it)
    reread = rng.random() < 0.4  # after an error it re-reads the table from its last time, less a margin
    dedup = rng.random() < 0.5  # ... and drops ids it has seen
    margin = rng.uniform(5, 60)
    grace = rng.uniform(5, 30)  # a minute closes this long after its end (monitor's clock)
    squash = rng.uniform(1, 10) if rng.random() < 0.4 else 0.0
    retry = rng.uniform(1, 5)  # the monitor's reopen loop period
    queue = 100_000 if rng.random() < 0.7 else 10_000  # changefeed_queue_size
    other = hc.log_uniform(rng, 20, 300)  # other jobs' documents per s on the table
    p_timeout = rng.uniform(0.0005, 0.003)
    # the cluster's outages: [start, end) of table unavailability (writes refused, feeds aborted)
    tab, breaks = [], []
    if cluster:
        fo = _windows(rng, T, (0.2, 1.5), (11, 25))
        for i in range(len(fo)):
            if rng.random() < 0.1:  # a slow election or a peer reconnect (minutes)
                fo[i, 1] = fo[i, 0] + rng.uniform(60, 180)
        c["failovers"] = len(fo)
        back = fo[:, 1:2] + rng.uniform(600, 7200, (len(fo), 1))  # the old primary back: a short hand-back
        fb = np.column_stack([back[:, 0], back[:, 0] + rng.uniform(2, 8, len(fo))]) if len(fo) else fo
        c["failbacks"] = len(fb)
        tab += [fo, fb]
    else:
        sr = _windows(rng, T, (0.1, 0.8), (20, 120))
        c["server_restarts"] = len(sr)
        tab.append(sr)
    rb = _windows(rng, T, (0.0, 0.5), (1, 10))  # shard rebalancing / reconfigure
    c["rebalances"] = len(rb)
    tab.append(rb)
    tab = _merge(np.concatenate(tab))
    mb = _windows(rng, T, (1, 8), (2, 40))  # the monitor's connection drops
    c["monitor_blips"] = len(mb)
    for a, b in tab:
        breaks.append((a, a + np.ceil((b - a) / retry) * retry + rng.uniform(0, 1)))
    for a, b in mb:
        breaks.append((a, b + rng.uniform(0, retry)))
    feed_down = _merge(breaks)
    c["feed_breaks"] = len(feed_down)
    stalls = _windows(rng, T, (0.0, 1.0), (60, 900))  # the monitor's loop blocked: changes queue on the server
    c["stalls"] = len(stalls)
    # nodes: clocks, connection blips, load shares
    imb = rng.uniform(0.97, 1.03, 4)
    synced = rng.random(4) < 0.75
    rows = []  # per stored document: node share, tick range, stored time, stamp, unacked flag
    for k in range(4):
        nb = _windows(rng, T, (0.5, 4), (1, 20))
        off0 = rng.normal(0, rng.uniform(0.01, 0.3))
        st_t = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY) if not synced[k] else 0))
        st_d = rng.normal(0, rng.uniform(0.5, 5), len(st_t))
        c["clock_steps"] += len(st_t)
        for a, b, graceful, nodes in run.lives:
            if k >= nodes or a >= run.n * STEP:
                continue
            share = imb[k] / imb[:nodes].sum()
            m = int((min(b, T) - a) / P) + 2
            x = a + rng.uniform(0, P) + np.cumsum(P + rng.uniform(0, 0.3, m))
            x = x[x < min(b, T)]
            if graceful and b < T:
                x = np.append(x, b)
            if len(x) == 0:
                continue
            i1 = np.minimum((x // TICK).astype(int), run.nt)
            bad_t = _inside(x, tab)
            bad_n = _inside(x, nb) & ~bad_t
            c["refused_unavailable"] += int(bad_t.sum())
            c["refused_blip"] += int(bad_n.sum())
            fail = bad_t | bad_n
            unk = np.zeros(len(x), bool)
            # the first refused insert of an outage was in flight: its outcome unknown
            first = fail & ~np.concatenate([[False], fail[:-1]])
            unk |= first & (rng.random(len(x)) < 0.5)
            unk |= ~fail & (rng.random(len(x)) < p_timeout)  # a query timed out at the client
            committed = unk & (rng.random(len(x)) < 0.6)
            c["unknown_outcome"] += int(unk.sum())
            ok = ~fail & ~unk
            stored = ok | committed
            acked = ok | (committed & ~server_ids)
            c["dup_key_conflicts"] += int((committed & ~server_ids).sum())
            c["stored_unacked"] += int((committed & server_ids).sum())
            j = np.arange(len(x))
            start = int(np.ceil(a / TICK))
            if carry:
                last = np.maximum.accumulate(np.where(acked, j, -1))
                prev = np.concatenate([[-1], last[:-1]])
            else:
                prev = j - 1
            i0 = np.where(prev >= 0, i1[np.maximum(prev, 0)], start)
            i0 = np.minimum(i0, i1)
            if not graceful:  # the crash loses the clips since the last acknowledged document
                done = i1[acked].max() if acked.any() else start
                end_tick = min(int(b // TICK), run.nt)
                c["lost_in_crash"] += int(end_tick > done)
            off = off0 + np.concatenate([[0.0], np.cumsum(st_d)])[np.searchsorted(st_t, x, side="right")]
            lat = rng.uniform(0.005, 0.05, len(x))
            sel = stored & (i1 > i0)
            rows.append(np.column_stack([np.full(sel.sum(), share), i0[sel], i1[sel], (x + lat)[sel],
                                         (x + off)[sel], (committed & server_ids)[sel]]))
    D = np.concatenate(rows) if rows else np.zeros((0, 6))
    D = D[np.argsort(D[:, 3], kind="stable")]
    ts = D[:, 3]
    # the changefeed: what it delivers, when
    deliver = ts + rng.uniform(0.002, 0.02, len(ts))
    if squash:
        deliver = np.ceil(deliver / squash) * squash
    down = _inside(ts, feed_down)
    c["lost_in_gap"] = int(down.sum())
    keep = ~down
    copies = [(np.nonzero(keep)[0], deliver[keep])]
    if reread:
        for a, r in feed_down:
            gap = np.nonzero((ts >= a) & (ts < r))[0]
            if len(gap):
                copies.append((gap, np.full(len(gap), r + 0.1)))
                c["replayed"] += len(gap)
            before = np.nonzero((ts >= a - margin) & (ts < a))[0]
            if len(before) and not dedup:
                copies.append((before, np.full(len(before), r + 0.1)))
        c["lost_in_gap"] = 0
    idx = np.concatenate([q[0] for q in copies]).astype(int)
    dl = np.concatenate([q[1] for q in copies])
    # a stalled monitor: changes wait in the server's queue; past ``queue`` changes the earliest are dropped
    for s0, s1 in stalls:
        inn = (dl >= s0) & (dl < s1)
        lost = inn & (dl < s1 - queue / other)
        c["overflow_skipped"] += int(lost.sum())
        dl = np.where(inn, s1 + 0.05, dl)
        idx, dl = idx[~lost], dl[~lost]
    if by_doc:
        m = np.floor(D[idx, 4] / STEP).astype(int)
        late = dl > (m + 1) * STEP + grace
        c["late"] = int(late.sum())
        idx, dl, m = idx[~late], dl[~late], m[~late]
    else:
        m = np.floor(dl / STEP).astype(int)
    c["moved_minute"] = int((m != np.floor((D[idx, 2] * TICK) / STEP).astype(int)).sum())
    inr = (m >= 0) & (m < run.n)
    idx, m = idx[inr], m[inr]
    c["counted_twice"] += int(len(idx) - len(np.unique(idx)))
    c["unread"] = int(run.n - len(np.unique(m)))
    return SimpleNamespace(share=D[idx, 0], i0=D[idx, 1].astype(int), i1=D[idx, 2].astype(int), minute=m,
                           counts=c, P=P, carry=carry, server_ids=server_ids, by_doc=by_doc, reread=reread,
                           dedup=dedup, squash=squash, cluster=cluster, feed_down=feed_down, tab=tab,
                           copies=np.bincount(idx, minlength=len(D)) if len(D) else np.zeros(0, int))


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (per s) of per-tick clips ``X`` carried through the run's documents: linear in X."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    v = p.share * (C[p.i1] - C[p.i0])
    return np.bincount(p.minute, weights=v, minlength=run.n)[:run.n] / STEP


def _spans(run, n: int) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or a ramp's first half, with a neighbour on each side (a
    document's own time or its arrival may shift it by a minute), a minute that read nothing or read no clips."""
    rows = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, lo in run.ramps]
    bad = np.zeros(n + 1, bool)
    for a, b in rows:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        bad[s:e] = True
    seen = np.zeros(n, bool)
    seen[run.path.minute] = True
    bad[:n] |= ~seen
    bad[:n] |= run.healthy <= 0
    spans, i = [], 0
    while i < n:
        if bad[i]:
            j = i
            while j < n and bad[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run, pauses)
    run.healthy = _reads(run, run.J)
    spans = _spans(run, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, run.healthy, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's clips lost (0 .. 1), per 5-s tick from its onset."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
        bad = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
        return np.where(bad, 1.0, rng.uniform(0.05, 0.25))
    p = rng.uniform(0.6, 1.8)
    return np.where(s < ramp, (s / max(ramp, 1)) ** p, 1.0)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (onset, loss))`` pair or None."""
    n, nt = run.n, run.nt
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0, s1 = int(t0 // TICK), min(nt, stop * K)
        X = np.zeros(nt)
        X[s0:s1] = _weight(rng, kind, s1 - s0, ramp * K) * run.J[s0:s1]
        loss = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        win = np.zeros(n, bool)
        win[c0:stop] = True
        win &= live
        L, H = loss[win].sum(), healthy[win].sum()
        if L <= 0 or H <= 0 or target * H / L > 1:
            continue
        m = target * H / L * loss
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def make_heldout180(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout180_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT180_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout180, seeds, n, pauses)
