"""The two-hundred-and-sixth held-out throughput family: a honeybee varroa-mite counting model's training images/s
(DRAFT DOCSTRING: the laws are committed first; the sources, the greps, the measured counts and the tests' cost follow
in a later commit.)
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT206_SEEDS = tuple(range(2062000, 2062012))
CODE = 206
TICK = 5.0  # s: the job's rate is drawn per tick
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_780_000_020.0  # a whole minute (unix seconds)
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 60), "long": (1, 130)}  # pause-span bounds the tests check (points)
DAY = 86400.0
NODES = (1, 2, 4)
SHAPE_G = (0.62, 1.0, 1.55, 2.3)  # tile shapes 320, 416, 512, 640 px: GPU cost per image
SHAPE_C = (0.8, 1.0, 1.3, 1.7)  # and the CPU workers' tiling / augmentation cost per image
PAUSE = {  # minutes: (lo, hi) per setting
    "startup": {"short": (4, 12), "long": (30, 70)},
    "eval": {"short": (3, 8), "long": (12, 30)},
    "ckpt": {"short": (0.3, 1.5), "long": (2, 5)},
    "crash": {"short": (2, 5), "long": (8, 20)},
    "restart": {"short": (2, 5), "long": (10, 25)},
    "stop": {"short": (1, 4), "long": (6, 14)},
}
PATH_KEYS = ("refused_rate", "timeouts", "stored_twice", "retries", "retry_refused", "outage_attempts",
             "bulk_writes", "buffer_dropped", "quota_episodes", "outages", "lost_at_stop", "dup_refused",
             "read_failures",
             "missed_by_cap", "late_rebinned", "late_lost", "clock_steps", "unread_minutes")


# ---------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage: per node the slower of the GPUs and the CPU workers (a soft maximum of the
    costs per image), times the node count and the scaling efficiency per doubling."""
    tg = SHAPE_G[st["shape"]] / cfg["gpu"]
    tc = SHAPE_C[st["shape"]] / cfg["cpu"]
    nodes = st["nodes"]
    return nodes * cfg["eff"] ** np.log2(nodes) / float(hc.smax(tg, tc))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (40 %) or another tile shape, redrawn until the level moves by 15 %
    or more (and by at most 3 times)."""
    for _ in range(200):
        new = dict(st)
        if rng.random() < 0.4:
            new["nodes"] = int(rng.choice([x for x in NODES if x != st["nodes"]]))
        else:
            new["shape"] = int(rng.choice([x for x in range(4) if x != st["shape"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) <= np.log(3.0):
            return new
    return st


def _pause_len(rng, kind: str, setting: str) -> float:
    lo, hi = PAUSE[kind][setting]
    return 60.0 * rng.uniform(lo, hi)


def _timeline(rng, T: float, setting: str, cfg: dict) -> SimpleNamespace:
    """Stretches of training between pauses: start-up (and a ramp), evaluations on a held-out apiary (every 3rd or
    4th followed by a checkpoint), crashes and relaunches. Returns the pauses, ramps, stages and the lives of the
    training processes (one per start)."""
    n_rel = int(rng.choice(4, p=[0.3, 0.35, 0.25, 0.1]))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    for i in range(1, n_rel):
        rel[i] = max(rel[i], rel[i - 1] + 3600.0)
    rel = [x for x in rel if x < 0.9 * T]
    crash_mean = 3600.0 * rng.uniform(10, 40)
    eval_every = 60.0 * rng.uniform(40, 120)
    ck_every = int(rng.integers(3, 5))
    st = {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "shape": int(rng.integers(4))}
    pauses, ramps, stages, lives, known = [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}
    t, n_eval, ri = 0.0, 0, 0
    next_crash = rng.exponential(crash_mean)
    kind = "startup"
    while t < T:
        life0 = t
        su = _pause_len(rng, kind, setting)
        pauses.append((t, t + su, kind))
        t += su
        rp = 60.0 * rng.uniform(3, 8)
        ramps.append((t, t + rp, rng.uniform(0.3, 0.7)))
        stages.append((t, dict(st)))
        to_eval = eval_every * rng.uniform(0.7, 1.3)
        while t < T:
            cand = [to_eval, next_crash - t, (rel[ri] - t) if ri < len(rel) else np.inf]
            which = int(np.argmin(cand))
            run_for = max(cand[which], 120.0)
            t += run_for
            if t >= T:
                lives.append((life0, t, st["nodes"]))
                break
            if which == 0:
                n_eval += 1
                counts["evals"] += 1
                d = _pause_len(rng, "eval", setting)
                pauses.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    c = _pause_len(rng, "ckpt", setting)
                    pauses.append((t, t + c, "ckpt"))
                    t += c
                to_eval = eval_every * rng.uniform(0.7, 1.3)
                continue
            lives.append((life0, t, st["nodes"]))
            if which == 1:
                counts["crashes"] += 1
                d = _pause_len(rng, "crash", setting)
                pauses.append((t, t + d, "crash"))
                t += d
                next_crash = t + rng.exponential(crash_mean)
                kind = "restart"
            else:
                ri += 1
                counts["relaunches"] += 1
                d = _pause_len(rng, "stop", setting) + 60.0 * rng.uniform(1, 6)  # stopped, then queued
                pauses.append((t, t + d, "relaunch"))
                t += d
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                if new == st:
                    counts["kept_stage"] = counts.get("kept_stage", 0) + 1
                else:
                    known.append(t)
                st = new
                kind = "restart"
            break
    if not lives or lives[-1][0] != life0:
        lives.append((life0, max(t, T), st["nodes"]))
    return SimpleNamespace(pauses=pauses, ramps=ramps, stages=stages, lives=lives, known=known, counts=counts)


def _rate(rng, cfg: dict, tl, nt: int) -> tuple[np.ndarray, np.ndarray]:
    """Images per tick (the whole job) and the node count per tick."""
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    nodes = np.zeros(nt, int)
    for i, (t0, st) in enumerate(tl.stages):
        t1 = tl.stages[i + 1][0] if i + 1 < len(tl.stages) else np.inf
        m = (tt >= t0) & (tt < t1)
        lv[m] = _level(cfg, st)
        nodes[m] = st["nodes"]
    nodes[tt < tl.stages[0][0]] = tl.stages[0][1]["nodes"]
    # apiary batches: 6-45 min of one apiary's images; a quarter board-heavy (high-res sticky boards, more tiles)
    mix = np.ones(nt)
    t, s_mix = 0.0, rng.uniform(0.03, 0.08)
    while t < nt * TICK:
        d = hc.log_uniform(rng, 360, 2700)
        f = np.exp(rng.normal(0, s_mix)) / (rng.uniform(1.04, 1.12) if rng.random() < 0.25 else 1.0)
        mix[int(t / TICK):int((t + d) / TICK)] = f
        t += d
    # per tick: a log-AR(1) (sd 1.5-4 %, correlation 10-45 s) and rare one-tick hiccups (a worker respawned)
    sd, tau = rng.uniform(0.015, 0.04), rng.uniform(10, 45)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    y, ar = rng.normal(0, sd), []
    for x in e[1:].tolist():  # ar[i] = a * ar[i - 1] + e[i] (a list loop: a numpy one is 10 times slower)
        ar.append(y)
        y = a * y + x
    ar = np.array(ar + [y])
    hic = np.where(rng.random(nt) < rng.uniform(0.002, 0.01), rng.uniform(0.4, 0.8, nt), 1.0)
    slow = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), 60.0 * rng.uniform(40, 200), step=STEP)
    ou = slow[(tt // STEP).astype(int)]
    r = lv * mix * np.exp(ar + ou) * hic
    for t0, t1, r0 in tl.ramps:
        i0, i1 = int(t0 / TICK), min(nt, int(np.ceil(t1 / TICK)))
        if i0 < nt:
            r[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] + TICK / 2 - t0) / (t1 - t0), 0, 1)
    for t0, t1, _ in tl.pauses:
        i0, i1 = int(t0 / TICK), min(nt, int(np.ceil(t1 / TICK)))
        r[i0:i1] = 0.0
    return r * TICK, nodes


# ---------------------------------------------------------------------------------------------------- the path


def _windows(rng, T: float, per_day: tuple, mins: tuple) -> np.ndarray:
    k = rng.poisson(rng.uniform(*per_day) * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + 60.0 * rng.uniform(*mins, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which times of ``x`` lie in one of the windows ``[a, b)`` (sorted by start)."""
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < np.where(ok, np.maximum.accumulate(win[:, 1])[np.maximum(i, 0)], 0))


def _clock(rng, T: float, unsynced: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node clock's offset as steps: ``(times, offsets)`` (offset ``offsets[i]`` from ``times[i]`` on, plus a
    drift in unsynchronised runs)."""
    if not unsynced:
        return np.array([0.0]), np.array([rng.normal(0, rng.uniform(0.2, 1.5))])
    k = rng.poisson(rng.uniform(0.5, 2.0) * T / DAY)
    ts = np.concatenate([[0.0], np.sort(rng.uniform(0, T, k))])
    off = rng.choice([-1, 1]) * rng.uniform(20, 120, k + 1)
    off[1:] = rng.normal(0, 0.5, k)  # chrony / a manual ntpdate steps it back near true time
    return ts, off


def _path(rng, T: float, tl, nt: int) -> SimpleNamespace:
    """Each node's reporter, its ThingSpeak channel and the monitor's reads: every stored entry as ``(node, start
    tick, end tick, point, weight)`` (its images are the node's images in the ticks ``[start, end)``)."""
    free = rng.random() < 0.7  # free licence: one update per channel every 15 s, else every 1 s
    limit = 15.0 if free else 1.0
    P = rng.uniform(10, 30)
    q_tmo, p_stored = rng.uniform(0.003, 0.015), rng.uniform(0.4, 0.8)
    cap = int(rng.integers(120, 600))  # the reporter's buffer of failed updates (in memory)
    outages = _windows(rng, T, (0.3, 1.5), (1, 15))  # ThingSpeak or the cluster's uplink down
    quota = np.zeros((0, 2))
    if rng.random() < 0.2:  # the account's message quota spent: refused until a unit is added
        q0 = rng.uniform(0.1, 0.9) * T
        quota = np.array([[q0, q0 + 60.0 * rng.uniform(10, 35)]])
    down = np.concatenate([outages, quota]) if len(quota) else outages
    down = down[np.argsort(down[:, 0])] if len(down) else down
    unsynced = rng.random() < 0.25
    bad_node = int(rng.integers(4))
    clocks = [_clock(rng, T, unsynced and j == bad_node) for j in range(4)]
    drift = rng.uniform(5e-6, 5e-5) * rng.choice([-1, 1]) if unsynced else 0.0
    mode = "created" if rng.random() < 0.55 else "seen"
    rebin = rng.random() < 0.5
    R = 100 if rng.random() < 0.35 else 8000
    r_off, grace = rng.uniform(5, 55), rng.uniform(0, 120)
    f_read = rng.uniform(0.005, 0.02)
    c = dict.fromkeys(PATH_KEYS, 0)
    c["outages"], c["quota_episodes"] = len(outages), len(quota)
    c["clock_steps"] = sum(len(ts) - 1 for ts, _ in clocks)
    ent, common = [], []  # (node, s, e, created_at, insert): rare entries, then arrays of the common ones
    for j in range(4):
        cts, coff = clocks[j]
        last_srv = -np.inf
        for l0, l1, n_nodes in tl.lives:
            if n_nodes <= j:
                continue
            m_att = int(max(l1 - l0, 0) / P) + 1
            a = l0 + rng.uniform(5, 20) + P * np.arange(m_att) + rng.uniform(0, 0.8, m_att)
            a = a[a < l1]
            out = _inside(a, down)
            tmo = rng.random(len(a)) < q_tmo
            stored = rng.random(len(a)) < p_stored
            rdel = rng.uniform(3, 8, len(a))
            lat = rng.uniform(0.1, 1.5, len(a))
            start, buf = l0, []
            a_l, out_l, tmo_l, lat_l = a.tolist(), out.tolist(), tmo.tolist(), lat.tolist()
            sk, ss = [], []
            for k in range(len(a_l)):
                t = a_l[k]
                if out_l[k]:
                    c["outage_attempts"] += 1
                    buf.append((start, t))
                    start = t
                    if len(buf) > cap:
                        buf.pop(0)
                        c["buffer_dropped"] += 1
                    continue
                if t - last_srv < limit:
                    c["refused_rate"] += 1  # answered 0: the images stay with the next update
                    continue
                if not buf and not tmo_l[k]:  # the common case: one update stored and answered
                    last_srv = t
                    sk.append(k)
                    ss.append(start)
                    start = t
                    continue
                batch = buf + [(start, t)]
                if len(batch) > 1:
                    c["bulk_writes"] += 1
                if not tmo_l[k]:
                    last_srv = t
                    ent += [(j, s, e, e, t + lat_l[k]) for s, e in batch]
                    start, buf = t, []
                    continue
                c["timeouts"] += 1
                c["retries"] += 1
                if stored[k]:
                    last_srv = t
                    ent += [(j, s, e, e, t + lat[k]) for s, e in batch]
                    c["stored_twice"] += len(batch)
                t2 = t + rdel[k]
                if t2 >= l1 or _inside(np.array([t2]), down)[0]:
                    continue
                if t2 - last_srv < limit:
                    c["retry_refused"] += 1
                    continue
                last_srv = t2
                ent += [(j, s, e, e, t2 + lat[k]) for s, e in batch[:-1]] + [(j, start, t2, t2, t2 + lat[k])]
                start, buf = t2, []
            if sk:
                ak = a[sk]
                common.append(np.column_stack([np.full(len(sk), j), ss, ak, ak, ak + lat[sk]]))
            if l1 < T:
                c["lost_at_stop"] += 1  # the reporter dies with the process: its unsent images are lost
    ent = np.concatenate(common + [np.array(ent, float).reshape(-1, 5)])
    ent = ent[np.argsort(ent[:, 4], kind="stable")]
    node = ent[:, 0].astype(int)
    created = ent[:, 3].copy()
    for j in range(4):  # the node's clock stamps created_at, in whole seconds
        m = node == j
        cts, coff = clocks[j]
        x = created[m]
        d = drift * (x - cts[np.searchsorted(cts, x, side="right") - 1]) if unsynced and j == bad_node else 0.0
        created[m] = np.floor(x + coff[np.searchsorted(cts, x, side="right") - 1] + d)
    point = np.full(len(ent), -1)
    w = np.ones(len(ent))
    # a created_at already stored in the channel is refused (re-sent buffered entries keep their timestamps)
    _, first = np.unique(node * 1e8 + created, return_index=True)  # exact: whole seconds under 1e8
    dup = np.ones(len(ent), bool)
    dup[first] = False
    w[dup] = 0.0
    c["dup_refused"] = int(dup.sum())
    n_reads = int(T / STEP) + 2
    reads = STEP * np.arange(n_reads) + r_off
    ok = rng.random((4, n_reads)) >= f_read
    c["read_failures"] = int((~ok).sum())
    for j in range(4):
        idx = np.nonzero(node == j)[0]
        if not len(idx):
            continue
        rt = reads[ok[j]]
        ri = np.searchsorted(rt, ent[idx, 4])  # the first good read that sees it
        never = ri >= len(rt)
        seen = np.where(never, np.inf, rt[np.minimum(ri, len(rt) - 1)])
        # the feed's results cap: a read returns only the last R entries
        cnt = np.bincount(ri, minlength=len(rt) + 1)
        rank = np.arange(len(idx)) - np.concatenate([[0], np.cumsum(cnt)])[ri]
        miss = (cnt[ri] - rank > R) & (ri < len(rt))
        c["missed_by_cap"] += int(miss.sum())
        w[idx[miss]] = 0.0
        if mode == "seen":
            point[idx] = np.where(never, -1, rt[np.minimum(ri, len(rt) - 1)] // STEP).astype(int)
            continue
        m = np.floor(created[idx] / STEP)
        pub = rt[np.minimum(np.searchsorted(rt, STEP * (m + 1) + grace), len(rt) - 1)]
        late = (seen > pub) & ~never
        c["late_rebinned" if rebin else "late_lost"] += int((late & ~miss & ~dup[idx]).sum())
        now = np.floor((np.minimum(seen, 1e12) - grace) / STEP) - 1  # the minute this read publishes
        point[idx] = np.where(never, -1, np.where(late, now if rebin else -1, m)).astype(int)
    s, e = (ent[:, 1] / TICK).astype(int), (ent[:, 2] / TICK).astype(int)
    n_pts = int(T / STEP) - 10
    sel = [(node == j) & (point >= 0) & (point < n_pts) & (w > 0) for j in range(4)]
    per_node = [(np.minimum(s[m], nt), np.minimum(e[m], nt), point[m], w[m]) for m in sel]
    return SimpleNamespace(s=s, e=e, node=node, point=point, w=w, counts=c, per_node=per_node, mode=mode, rebin=rebin, R=R, free=free, P=P, created=created, ins=ent[:, 4])


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) of the job's images per tick ``X``: linear in ``X``."""
    out = np.zeros(run.n)
    share = np.where(run.nodes > 0, 1.0 / np.maximum(run.nodes, 1), 0.0)
    for j, (s, e, pt, w) in enumerate(run.path.per_node):
        if not len(s):
            continue
        C = np.concatenate([[0.0], np.cumsum(X[:run.nt] * share * (run.nodes > j))])
        out += np.bincount(pt, weights=w * (C[e] - C[s]), minlength=run.n)[:run.n]
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    T = n * STEP + 600.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 25, 400), "eff": rng.uniform(0.86, 0.96)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    tl = _timeline(rng, T, pauses, cfg)
    J, nodes = _rate(rng, cfg, tl, nt)
    path = _path(rng, T, tl, nt)
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, J=J, nodes=nodes, path=path, cfg=cfg, pauses_t=tl.pauses,
                          ramps=tl.ramps, lives=tl.lives, known_t=tl.known, counts=tl.counts, stages=tl.stages)
    healthy = _reads(run, J)
    trained = np.add.reduceat(J[:n * K], np.arange(0, n * K, K)) > 0
    path.counts["unread_minutes"] = int(((healthy <= 0) & trained).sum())  # the job trained, the monitor read 0
    spans = []
    marks = [(a, b) for a, b, _ in tl.pauses] + [(a, a + 0.5 * (b - a)) for a, b, _ in tl.ramps]
    bad = np.zeros(n + 1, bool)
    for a, b in marks:
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)) + 1)
        bad[max(s, 0):max(e, 0)] = True
    bad[:n] |= healthy <= 0
    i = 0
    while i < n:
        if bad[i]:
            j = i
            while j < n and bad[j]:
                j += 1
            hc.add_span(spans, i, j)
            i = j
        i += 1
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in tl.known], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the images lost per tick, ``length`` ticks from its onset: a drop (an augmentation
    worker pool shrunk: up over 1-4 ticks), a straggler (one node's image decoding stalled on the shared file
    system in bursts, the synchronous job waits: 1 for a mean of 20-200 ticks, calm for 100-500 at 0.05-0.25), a
    leak (the tile cache growing into swap: ``(s / ramp) ** p``, ``p`` 0.7-2.0, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 4))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 / TICK), min(run.nt, stop * K)
        if i1 - i0 < K * 20:
            continue
        w = _weight(rng, kind, i1 - i0, ramp * K)
        X = np.zeros(run.nt)
        X[i0:i1] = run.J[i0:i1] * w
        L = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        ls, k = hc.live_loss(healthy - L, healthy, live, c0, stop)
        if k < 8 or ls <= 0:
            continue
        a = target / ls
        if a > 1:
            continue
        L *= a
        v = np.maximum(healthy - L, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= ch < end for ch in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            nz = np.nonzero(L)[0]
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (int(nz[0]), L[nz[0]:nz[-1] + 1])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout206(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout206_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT206_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout206, seeds, n, pauses)
