"""The hundred-and-third held-out throughput family: DOCSTRING PENDING."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT103_SEEDS = tuple(range(1032000, 1032012))
CODE = 103
EPOCH = 1_780_000_020  # a whole minute (2026-05-28 20:27 UTC)
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)
MSG_TIMEOUT = 60.0  # nsqd's --msg-timeout default
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
H = 3600.0


def _level(cfg: dict, st: dict) -> float:
    """The job's tiles/s in a stage: each node at the soft minimum of its GPUs (a tile's cost grows with its pixels,
    its input days and the model) and its loaders (a tile's bytes grow with its pixels, days, channels and the data
    set's layout), ``eff`` per doubling of the node count."""
    gpu = cfg["gpu"] * cfg["gpus"] / (st["px"] ** 2 * st["days"] ** 0.85 * st["model"])
    if cfg["io"] is None:
        node = gpu
    else:
        node = hc.smax(gpu ** -1, (cfg["io"] / (st["px"] ** 2 * st["days"] * st["ch"] * st["data"])) ** -1) ** -1
    return float(node * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]))


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch's new configuration, redrawn until the level moves by 15 % or more."""
    for _ in range(50):
        new = dict(st)
        what = ("px", "days", "ch", "model", "data", "nodes")[int(rng.choice(6, p=[.2, .15, .15, .2, .15, .15]))]
        if what == "px":
            new["px"] = st["px"] * (2.0 if st["px"] < 2 and rng.random() < 0.75 else 0.5)
        elif what == "days":
            new["days"] = float(rng.choice([d for d in (1.0, 3.0, 5.0) if d != st["days"]]))
        elif what == "ch":
            new["ch"] = st["ch"] * rng.uniform(1.5, 2.5)
        elif what == "model":
            new["model"] = st["model"] * (rng.uniform(2, 4) if rng.random() < 0.7 else 0.5)
        elif what == "data":
            new["data"] = st["data"] * (rng.uniform(1.3, 2.5) if rng.random() < 0.7 else rng.uniform(0.45, 0.8))
        else:
            new["nodes"] = int(st["nodes"] * 2 if st["nodes"] < 8 and (st["nodes"] == 1 or rng.random() < .6)
                               else st["nodes"] // 2)
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= np.log(1.15):
            return new
    return {**st, "model": st["model"] * 2.5}


def _schedule(rng, n: int, setting: str):
    """The job: its stages, pauses ``(t0, t1, kind)`` (s from the trace's start), process lives and tiles per tick."""
    long = setting == "long"
    T = n * STEP + 1800.0
    nt = int(T / TICK)
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 150, 1500), "eff": rng.uniform(0.86, 0.97)}
    bound = rng.random() < 0.35
    cfg["io"] = cfg["gpu"] * cfg["gpus"] * (rng.uniform(0.8, 1.3) if bound else rng.uniform(1.8, 4))
    cfg["bound"] = bound
    st = {"px": float(rng.choice([1.0, 2.0], p=[.6, .4])), "days": float(rng.choice([1.0, 3.0, 5.0])),
          "ch": 1.0, "model": 1.0, "data": 1.0, "nodes": int(rng.choice([1, 2, 4, 8], p=[.2, .35, .3, .15]))}
    stages = [st]
    relaunch = []
    if rng.random() < 0.7:
        relaunch.append(rng.uniform(0.25, 0.8) * n * STEP)
        if rng.random() < 0.25 and relaunch[0] < 0.7 * n * STEP:
            relaunch.append(relaunch[0] + rng.uniform(0.1, 0.3) * n * STEP)
    crash_mean = rng.uniform(12, 48) * H
    epoch = rng.uniform(30, 120) * 60
    ck_every = int(rng.integers(1, 3))
    L = (lambda lo, hi, llo, lhi: rng.uniform(llo, lhi) if long else rng.uniform(lo, hi))
    pauses, lives, ramps, known_t, stage_t = [], [], [], [], [0.0]
    t, life0, n_valid = 0.0, 0.0, 0

    def start(t, kind, su, r0, rd):
        pauses.append((t, t + su, kind))
        ramps.append((t + su, t + su + rd, r0))
        pauses.append((t + su, t + su + rd, "ramp"))
        return t + su + rd

    t = start(t, "startup", L(3, 10, 20, 60) * 60, rng.uniform(.4, .7), rng.uniform(2, 8) * 60)
    next_crash = t + max(1200.0, rng.exponential(crash_mean))
    next_valid = t + epoch * rng.uniform(0.9, 1.1)
    while t < T:
        ev = min(next_valid, next_crash, relaunch[0] if relaunch else np.inf)
        if ev == next_valid:
            n_valid += 1
            d = L(2, 6, 10, 25) * 60
            pauses.append((ev, ev + d, "valid"))
            t = ev + d
            if n_valid % ck_every == 0:
                d = rng.uniform(10, 40) if not long else rng.uniform(60, 180)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_valid = t + epoch * rng.uniform(0.9, 1.1)
        else:
            crash = ev == next_crash
            lives.append((life0, ev, "crash" if crash else "stop"))
            if crash:
                d = L(1, 4, 6, 18) * 60
                pauses.append((ev, ev + d, "crash"))
                t = start(ev + d, "restart", L(2, 6, 8, 20) * 60, rng.uniform(.75, .95), rng.uniform(1, 3) * 60)
            else:
                relaunch.pop(0)
                d, q = L(1, 3, 5, 12) * 60, rng.uniform(1, 5) * 60
                pauses.append((ev, ev + d, "stop"))
                pauses.append((ev + d, ev + d + q, "queue"))
                stages.append(_next_stage(rng, cfg, stages[-1]))
                su = L(3, 10, 20, 60) * 60
                stage_t.append(ev + d + q)
                known_t.append(ev + d + q + su)
                t = start(ev + d + q, "startup", su, rng.uniform(.4, .7), rng.uniform(2, 8) * 60)
            life0 = pauses[-2][0]
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
            next_valid = t + epoch * rng.uniform(0.9, 1.1)
            while relaunch and relaunch[0] < t + 600:
                relaunch[0] = t + rng.uniform(600, 1200)
        if next_crash < t + 600:
            next_crash = t + rng.uniform(600, 1200)
        if relaunch and relaunch[0] < t:
            relaunch[0] = t + rng.uniform(600, 1200)
    lives.append((life0, np.inf, "end"))
    tt = np.arange(nt) * TICK
    si = np.searchsorted(np.array(stage_t), tt, side="right") - 1
    lev = np.array([_level(cfg, s) for s in stages])[si]
    noise = np.exp(rng.normal(0, rng.uniform(.05, .09) if bound else rng.uniform(.02, .04), nt))
    ou = np.exp(hc.ou_path(rng, T, rng.uniform(.01, .03), rng.uniform(20, 120) * 60))[(tt // STEP).astype(int)]
    J = lev * TICK * noise * ou
    for a, b, kind in pauses:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        if kind == "ramp":
            r0 = ramps.pop(0)[2]
            if i1 > i0:
                J[i0:i1] *= np.linspace(r0, 1, i1 - i0)
        elif i1 > i0:
            J[i0:i1] = 0.0
    nodes = np.array([s["nodes"] for s in stages])
    return SimpleNamespace(n=n, nt=nt, T=T, J=J, cfg=cfg, stages=stages, stage_t=stage_t, nodes=nodes,
                           pauses_t=pauses, lives=lives, known_t=known_t,
                           counts={"relaunches": len(stages) - 1, "crashes": sum(k == "crash" for *_, k in lives)})


def _outages(rng, T: float, first: float, every: tuple, short: tuple, long: tuple, p_long: float) -> np.ndarray:
    """``(start, end)`` rows of a recurring outage: the first within ``first`` hours, then every ``every`` hours."""
    out, t = [], rng.uniform(0.1, first) * H
    while t < T:
        d = rng.uniform(*long) if rng.random() < p_long else rng.uniform(*short)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * H
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, iv: np.ndarray) -> np.ndarray:
    """The row of ``iv`` (sorted, disjoint ``(start, end)``) that holds each ``x``, or -1."""
    if len(iv) == 0:
        return np.full(len(x), -1)
    j = np.searchsorted(iv[:, 0], x, side="right") - 1
    return np.where((j >= 0) & (x < iv[np.maximum(j, 0), 1]), j, -1)


def _messages(rng, run, P: float, off: np.ndarray, flush_exit: bool):
    """Every message a trainer publishes: its node, its send time (true s), its ticks ``[S, E)`` and its share (the
    node's share of the job's tiles); none for an interval without tiles nor for the one under way at a crash."""
    phase = rng.uniform(0, P, len(off))
    node, ts, S, E, share, killed = [], [], [], [], [], 0
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    for a, b, kind in run.lives:
        b = min(b, run.T - 2 * P)
        if a >= b:
            continue
        nodes = run.nodes[np.searchsorted(np.array(run.stage_t), a + 1, side="right") - 1]
        for j in range(nodes):
            t = np.arange(a + phase[j], b, P)
            if kind == "stop" and flush_exit:
                t = np.append(t, b)
            prev = np.concatenate([[a], t[:-1]])
            s, e = np.ceil(prev / TICK).astype(int), np.ceil(t / TICK).astype(int)
            keep = C[e] > C[s]
            if kind == "crash" and len(e) and C[int(np.ceil(b / TICK))] > C[e[-1]]:
                killed += 1
            node.append(np.full(keep.sum(), j))
            ts.append(t[keep])
            S.append(s[keep])
            E.append(e[keep])
            share.append(np.full(keep.sum(), 1.0 / nodes))
    cat = np.concatenate
    return cat(node), cat(ts), cat(S), cat(E), cat(share), killed


def _path(rng, run, long: bool):
    """The collection path (see the module's docstring): which message copies each minute's read takes."""
    T, n = run.T, run.n
    p = SimpleNamespace(P=float(rng.choice([10.0, 15.0, 20.0, 30.0])), F=float(rng.choice([1.0, 2.0, 5.0, 10.0])),
                        M=int(rng.choice([100, 200, 500, 2500])), R=int(rng.choice([3, 5, 10])),
                        b0=rng.uniform(0.05, 0.2), lat=rng.uniform(0.005, 0.05), buf=0,
                        policy=str(rng.choice(["wait", "req", "drop"], p=[.5, .3, .2])),
                        key=str(rng.choice(["client", "txn"], p=[.65, .35])), lag=rng.uniform(5, 40))
    nmax = int(run.nodes.max())
    off = rng.normal(0, 0.3, nmax)
    if rng.random() < 0.1:
        off[int(rng.integers(nmax))] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    p.off = off
    node, ts, S, E, share, killed = _messages(rng, run, p.P, off, rng.random() < 0.5)
    counts = {"killed": int(killed)}
    if rng.random() < 0.6:
        p.buf = int(rng.choice([10, 100, 1000]))
    # each node's nsqd restarts: /pub fails (dropped, or kept in a bounded buffer and retried after it is back);
    # the consumer reconnects at lookupd's next poll (60 s, jitter 0.3)
    td = ts + rng.uniform(0.0005, 0.003, len(ts))
    lost = np.zeros(len(ts), bool)
    for j in range(nmax):
        iv = _outages(rng, T, 100, (20, 150), (5, 60), (120, 600), 0.15)
        mine = node == j
        for a, b in iv:
            rc = b + rng.uniform(0, 78)
            down = mine & (ts >= a) & (ts < b)
            idx = np.nonzero(down)[0]
            lost[idx[p.buf:]] = True
            td[idx[:p.buf]] = b + rng.uniform(1, 5)
            wait = mine & ~lost & (td >= a) & (td < rc)
            td[wait] = rc
            counts["nsqd_lost"] = counts.get("nsqd_lost", 0) + len(idx[p.buf:])
            counts["nsqd_late"] = counts.get("nsqd_late", 0) + int(wait.sum())
    # the consumer's outages (a restart by its supervisor, or its pod evicted), 30 % between COMMIT and FIN
    cons = _outages(rng, T, 60, (10, 80), (2, 30), (300, 2700), 0.25)
    conn = cons[:, 1] + rng.uniform(0.2, 2, len(cons))
    between = rng.random(len(cons)) < 0.3
    # 40001 retry errors per flush: a second consumer instance upserting the same rows, rollup jobs' episodes
    nf = int(T / p.F) + 4
    pf = np.full(nf, rng.uniform(0.005, 0.03) if rng.random() < 0.5 else 0.0)
    for a, b in _outages(rng, T, 24, (6, 48), (120, 1200), (120, 1200), 0.0):
        pf[int(a / p.F):int(b / p.F) + 1] = rng.uniform(0.3, 0.7)
    kf = rng.geometric(1 - pf) - 1
    phase = rng.uniform(0, p.F)
    idx, tq = np.nonzero(~lost)[0], td[~lost]
    out_i, out_c = [], []
    for _ in range(4):
        if len(idx) == 0:
            break
        j = _inside(tq, cons)
        held = j >= 0
        for o in np.unique(j[held]):  # the backlog drains at max_in_flight messages per flush
            m = np.nonzero(j == o)[0]
            r = np.argsort(np.argsort(tq[m]))
            tq[m] = conn[o] + r * p.F / p.M
        counts["outage_late"] = counts.get("outage_late", 0) + int(held.sum())
        f = np.ceil((tq - phase) / p.F).astype(int)
        tf = phase + f * p.F
        k = kf[np.minimum(f, nf - 1)]
        ok = k <= p.R
        commit = tf + p.b0 * (2.0 ** np.minimum(k, p.R) - 1) + (np.minimum(k, p.R) + 1) * p.lat
        gave = tf + p.b0 * (2.0 ** (p.R + 1) - 1) + (p.R + 1) * p.lat
        jc = _inside(np.where(ok, commit, gave), cons)
        crashed = jc >= 0
        again = np.full(len(idx), np.nan)
        again[crashed] = np.maximum(tq[crashed] + MSG_TIMEOUT, conn[jc[crashed]])
        good = ok & ~crashed
        dup = good & (commit - tq > MSG_TIMEOUT)  # nsqd redelivered it before the FIN
        again[dup] = tq[dup] + MSG_TIMEOUT
        jb = _inside(commit + p.F, cons)  # the batch committed just before a crash, its FINs never sent
        fin_lost = good & (jb >= 0) & between[np.maximum(jb, 0)] & (commit < cons[np.maximum(jb, 0), 0])
        again[fin_lost] = np.maximum(tq[fin_lost] + MSG_TIMEOUT, conn[jb[fin_lost]])
        bad = ~ok & ~crashed
        if p.policy == "wait":
            again[bad] = np.maximum(tq[bad] + MSG_TIMEOUT, gave[bad])
        elif p.policy == "req":
            again[bad] = gave[bad] + rng.uniform(1, 90, int(bad.sum()))
        counts["dup"] = counts.get("dup", 0) + int(dup.sum() + fin_lost.sum())
        counts["retry_late"] = counts.get("retry_late", 0) + int((bad & ~np.isnan(again)).sum())
        counts["retry_lost"] = counts.get("retry_lost", 0) + int((bad & np.isnan(again)).sum())
        out_i.append(idx[good])
        out_c.append(commit[good])
        nxt = ~np.isnan(again)
        idx, tq = idx[nxt], again[nxt]
    counts["requeue_lost"] = len(idx)
    ci, cc = np.concatenate(out_i), np.concatenate(out_c)
    key = ts[ci] + off[node[ci]] if p.key == "client" else cc - p.lat
    k = np.floor(key / STEP).astype(int)
    read = (np.arange(n) + 1) * STEP + p.lag + rng.uniform(0, 1, n)
    failed = rng.random(n) < rng.uniform(0.001, 0.003)
    inn = (k >= 0) & (k < n)
    seen = inn & (cc <= read[np.clip(k, 0, n - 1)]) & ~failed[np.clip(k, 0, n - 1)]
    counts["late"] = int((inn & (cc > read[np.clip(k, 0, n - 1)])).sum())
    counts["read_failed"] = int(failed.sum())
    o = np.argsort(S[ci][seen], kind="stable")
    ci, k = ci[seen][o], k[seen][o]
    p.S, p.E, p.k, p.w, p.C, p.D = S[ci], E[ci], k, share[ci] / STEP, cc[seen][o], read
    p.counts = counts
    return p


def _spans(run, p, h: np.ndarray) -> list:
    """The pause spans: a point whose window (widened by a publish interval, the clocks' largest offset and 3 s
    before, the offset and 3 s after) touches a pause (a ramp's first half), or that reads nothing; a lone paused
    point widened to two."""
    n = run.n
    wa = float(np.abs(p.off).max()) + 3
    wb = p.P + wa
    m = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        lo, hi = int(np.floor((a - STEP - wa) / STEP)) + 1, int(np.ceil((b + wb) / STEP))
        m[max(lo, 0):min(hi, n)] = True
    lone = m & ~np.concatenate([[False], m[:-1]]) & ~np.concatenate([m[1:], [False]])
    for i in np.nonzero(lone)[0]:
        m[i + 1 if i + 1 < n else i - 1] = True
    d = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the dashboard's reads."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run, pauses == "long")
    h = _reads(run, run.J)
    spans = _spans(run, run.path, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _reads(run, J: np.ndarray, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """Each minute's read (tiles/s) of the tiles per tick ``J`` (the copies ``lo .. hi`` only)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    sl = slice(lo, hi)
    return np.bincount(p.k[sl], p.w[sl] * (C[p.E[sl]] - C[p.S[sl]]), minlength=run.n)[:run.n]


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point from its onset (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.integers(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)
    calm, w, on, i = rng.uniform(0.1, 0.3), np.empty(length), True, 0
    while i < length:
        d = max(1, int(rng.exponential(rng.uniform(5, 40) if on else rng.uniform(10, 60))))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None."""
    n, p = run.n, run.path
    ts = np.arange(n) * STEP
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset + 2, max(ramp, 1))
        i0 = int(np.ceil(t0 / TICK))
        i1 = min(run.nt, stop * K if not to_end else run.nt)
        wt = np.zeros(run.nt)
        wt[i0:i1] = w[np.minimum((np.arange(i0, i1) * TICK - t0) // STEP, len(w) - 1).astype(int)]
        L = _reads(run, run.J * wt, int(np.searchsorted(p.S, i0 - 8)), int(np.searchsorted(p.S, i1)))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs = healthy[c0:stop][live[c0:stop]].sum()
        l1 = L[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or l1 <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(.12, .35))
        a = target * hs / l1
        if a > 0.8:
            continue
        v = np.maximum(healthy - a * L, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, a * L)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout103(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout103_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT103_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout103, seeds, n, pauses)
