"""The hundred-and-twenty-fifth held-out throughput family: a malware classifier's training binaries/s (a MalConv-style
byte-level convolutional network over the first megabytes of Windows PE files with a gradient-boosted model's
feature vector, unpacking and feature extraction on CPU workers), each rank adding its count to a per-minute key in
FoundationDB (an atomic ADD in a transaction every 20 steps), the monitor reading the last complete minutes' keys.

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT125_SEEDS = tuple(range(1252000, 1252012))
CODE = 125
TICK = 5.0  # s: the job's rate is drawn per tick
K = 12  # ticks per point
STEP = TICK * K  # s: one point per minute key
EPOCH = 1_790_000_040 - 1_790_000_040 % 60  # the run's first minute (unix s)
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (2, 20), "long": (8, 70)}  # pause spans' lengths (points), checked by the tests
PATH_KEYS = ("unlogged_stops", "conflicts", "unknown_results", "duplicates", "timed_out", "carried", "late_adds",
             "early_keys", "catch_up_reads", "monitor_restarts")
CAUSES = {"drop": ("packed_share", "pefile_fallback"), "straggler": ("av_scan", "noisy_neighbour"),
          "leak": ("lief_leak", "feature_cache_bloat")}


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint ``(start, end)`` episodes before ``T``: the first ``first`` h in, mean gaps ``gap`` h, ``dur`` s long."""
    out, t, mean = [], rng.uniform(*first) * 3600, rng.uniform(*gap) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 60
    return out


def _inside(x: np.ndarray, ep) -> np.ndarray:
    """The index of the episode holding each time of ``x`` (-1: none)."""
    if not ep:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in ep])
    b = np.array([e[1] for e in ep])
    j = np.searchsorted(a, x, side="right") - 1
    ok = (j >= 0) & (x < b[np.maximum(j, 0)])
    return np.where(ok, j, -1)


def _level(cfg: dict, st: dict) -> float:
    """The job's binaries/s at a stage: the slower of the GPUs (MalConv over ``2**bytes`` MB) and the CPU workers
    (unpacking and feature extraction, dearer with the extra feature set), over ``nodes`` nodes."""
    gpu = 8 * cfg["gpu"] / cfg["len_c"] ** st["bytes"]
    cpu = cfg["cpu"] / cfg["feat_c"] ** st["feats"]
    per_node = 1 / hc.smax(1 / gpu, 1 / cpu)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node


def _batch(rate_gpu: float) -> int:
    """A per-GPU batch (a power of 2) giving a commit (20 steps) every 6-12 s, at least 1."""
    return int(max(1, 2 ** np.ceil(np.log2(6 * rate_gpu / 20))))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage (longer byte prefixes, the extra feature set, or rarely more nodes) moving the level 15 %
    or more (1/3 to 3 times); None when none is left."""
    for _ in range(40):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6 and st["nodes"] < 8:
            new["nodes"] *= 2
        elif r < 0.6 and st["bytes"] < 2:
            new["bytes"] += 1
        elif st["feats"] < 1:
            new["feats"] = 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        rate_gpu = _level(cfg, new) / (8 * new["nodes"])
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3 and 20 * _batch(rate_gpu) / rate_gpu <= 30:
            return new
    return None


def _span(rng, lo: float, hi: float) -> float:
    return rng.uniform(lo, hi) * 60


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: pauses, ramps, lives and the rate per tick (binaries per tick, all ranks)."""
    long = setting == "long"
    T = n * STEP + 600
    nt = int(T / TICK)
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg = {"gpu": hc.log_uniform(rng, 6, 40), "eff": rng.uniform(0.88, 0.97), "len_c": rng.uniform(1.6, 2.0),
           "feat_c": rng.uniform(1.3, 1.8)}
    cfg["cpu"] = 8 * cfg["gpu"] * hc.log_uniform(rng, 0.6, 1.6)
    st = {"bytes": 0, "feats": 0, "nodes": nodes}
    val_every = rng.uniform(30, 120) * 60
    ck_every = int(rng.choice([2, 3]))
    crash_mean = rng.uniform(12, 48) * 3600
    n_re = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * n * STEP)
    pauses_t, ramps, lives, known_t, restarts, levels = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}

    def start(t, first=False):
        su = _span(rng, *((25, 60) if long and first else (8, 20) if long else (3, 12) if first else (2, 6)))
        pauses_t.append((t, t + su, "startup"))
        t += su
        r = _span(rng, 2, 6)
        ramps.append((t, t + r, rng.uniform(0.5, 0.8)))
        return t

    t = start(0.0, True)
    life0, n_val, ri = t, 0, 0
    next_val, next_crash = t + val_every * rng.uniform(0.9, 1.1), t + rng.exponential(crash_mean)
    levels.append((t, _level(cfg, st)))
    while t < T:
        due = [next_val, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(due))
        t = max(t, due[which])
        if t >= T:
            break
        if which == 0:
            n_val += 1
            d = _span(rng, *((10, 25) if long else (1, 4)))
            pauses_t.append((t, t + d, "val"))
            t += d
            if n_val % ck_every == 0:
                d = rng.uniform(60, 180) if long else rng.uniform(10, 40)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_val = t + val_every * rng.uniform(0.9, 1.1)
            continue
        lv = _level(cfg, st)
        lives.append((life0, t, _bg(cfg, st), st["nodes"]))
        if which == 1:
            counts["crashes"] += 1
            d = _span(rng, *((6, 18) if long else (1, 4)))
            pauses_t.append((t, t + d, "crash"))
            restarts.append((t, t + d, True))
            t = start(t + d)
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            d = _span(rng, *((5, 12) if long else (1, 3))) + _span(rng, 1, 5)
            pauses_t.append((t, t + d, "relaunch"))
            new = _next_stage(rng, cfg, st, lv)
            t = start(t + d)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            while ri < len(re_t) and re_t[ri] < t + 3600:
                ri += 1
        levels.append((t, _level(cfg, st)))
        life0 = t
        next_val = t + val_every * rng.uniform(0.9, 1.1)
    lives.append((life0, T, _bg(cfg, st), st["nodes"]))
    # the rate per tick
    tt = (np.arange(nt) + 0.5) * TICK
    lvl = np.array([lv for a, lv in levels])[np.searchsorted([a for a, lv in levels], tt, side="right") - 1]
    sd, tau = rng.uniform(0.04, 0.10), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.standard_t(4, nt) * sd * np.sqrt(1 - a * a) / np.sqrt(2)
    x = np.empty(nt)
    x[0] = e[0]
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    x += np.interp(tt, np.arange(len(slow)) * 60.0, slow)
    rate = lvl * np.exp(x)
    for a0, b0, r0 in ramps:
        m = (tt >= a0) & (tt < b0)
        rate[m] *= r0 + (1 - r0) * (tt[m] - a0) / (b0 - a0)
    on = np.ones(nt, bool)
    for a0, b0, kind in pauses_t:
        on[int(np.floor(a0 / TICK)):int(np.ceil(b0 / TICK))] = False
    J = np.where(on, rate * TICK, 0.0)
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, J=J, train=J, cfg=cfg, pauses_t=pauses_t, ramps=ramps,
                           lives=lives, known_t=known_t, restarts=restarts, counts=counts)


def _bg(cfg: dict, st: dict) -> float:
    """Binaries per commit of the whole job: 20 steps of a per-GPU batch on every GPU."""
    rate_gpu = _level(cfg, st) / (8 * st["nodes"])
    return 20.0 * _batch(rate_gpu) * 8 * st["nodes"]


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative binaries at times ``t`` (a tick's binaries spread evenly over it)."""
    return np.interp(np.asarray(t) / TICK, np.arange(len(C)), C)


def _path(rng, run) -> SimpleNamespace:
    """The rows (one per node per commit, plus duplicates) with their sample interval, key and fate, and the
    monitor's read cutoffs."""
    C = _cum(run.J)
    T, n = run.T, run.n
    key_in_body = rng.random() < 0.5  # the minute key computed inside the retried function
    carry = rng.random() < 0.5  # a timed-out commit's count kept for the next
    timeout = float(rng.choice([5.0, 10.0, 30.0]))
    lat0 = hc.log_uniform(rng, 0.004, 0.02)
    busy = hc.twostate(rng, rng.uniform(0, 20) * 3600, T, rng.uniform(120, 600), rng.uniform(2, 10) * 3600)
    busy_lat = rng.uniform(0.3, 3.0)
    hb = rng.uniform(10, 30)  # the scheduler's heartbeat writes to the run's control key
    rec = _episodes(rng, T, (1, 20), (3, 20), (2, 8))
    rec = [(a, b if rng.random() > 0.2 else a + rng.uniform(15, 60)) for a, b in rec]
    rec = [(a, b) for k, (a, b) in enumerate(rec) if k == 0 or a > rec[k - 1][1]]
    n_nodes = max(nd for *_, nd in run.lives)
    off = rng.normal(0, 0.3, n_nodes)
    steps = []
    if rng.random() < 0.3:
        steps = [(a, b, int(rng.integers(n_nodes)), rng.choice([-1, 1]) * rng.uniform(5, 40))
                 for a, b in _episodes(rng, T, (2, 30), (20, 60), (600, 3600))]
    counts = {k: 0 for k in PATH_KEYS}
    lo, hi, key, ta, w, nd = [], [], [], [], [], []

    def clock(j, t):
        o = off[j] + np.zeros_like(t)
        for a, b, jj, s in steps:
            if jj == j:
                o = np.where((t >= a) & (t < b), o + s, o)
        return t + o

    for a, b, bg, nodes in run.lives:
        ca, cb = _at(C, a), _at(C, b)
        k = np.arange(1, int((cb - ca) // bg) + 1)
        if not len(k):
            continue
        put = np.interp(ca + k * bg, C, np.arange(len(C)) * TICK)
        counts["unlogged_stops"] += int(b < T and cb - (ca + k[-1] * bg) > 0)
        prev = np.concatenate([[a], put[:-1]])
        for j in range(nodes):
            t0 = clock(j, put)
            inb = hc.bad_share(busy, put, 1e-3) > 0.5 if len(busy) > 1 else np.zeros(len(put), bool)
            lat = lat0 * np.exp(rng.normal(0, 0.5, len(put))) + np.where(inb, busy_lat * rng.uniform(0.5, 1.5,
                                                                                                     len(put)), 0)
            conf = rng.random(len(put)) < np.minimum(1, lat / hb)
            counts["conflicts"] += int(conf.sum())
            tapp = put + lat + np.where(conf, rng.uniform(0.01, 0.1, len(put)) + lat, 0)
            kt = np.where(conf & key_in_body, clock(j, put + lat), t0)
            r_in = _inside(tapp, rec)
            r_pre = _inside(put + 1.0, rec)  # in flight as a recovery begins: commit_unknown_result
            plo, keep = prev.copy(), np.ones(len(put))
            for i in np.nonzero((r_in >= 0) | (r_pre >= 0))[0]:
                ra, rb = rec[max(r_in[i], r_pre[i])]
                retry = rb + rng.uniform(0.01, 1.0)
                if r_pre[i] >= 0 and put[i] < ra:
                    counts["unknown_results"] += 1
                    if rng.random() < 0.5:  # the first attempt had applied: the retry adds it again
                        counts["duplicates"] += 1
                        lo.append(plo[i]), hi.append(put[i]), key.append(t0[i]), ta.append(ra), w.append(1.0)
                        nd.append(nodes)
                if retry - put[i] > timeout:
                    counts["timed_out"] += 1
                    keep[i] = 0
                    if carry and i + 1 < len(put):
                        counts["carried"] += 1
                        plo[i + 1] = plo[i]
                    continue
                tapp[i] = retry
                if key_in_body:
                    kt[i] = clock(j, np.array([retry]))[0]
            lo.append(plo), hi.append(put), key.append(kt), ta.append(tapp), w.append(keep)
            nd.append(np.full(len(put), nodes))
    lo, hi, key, ta, w, nd = [np.concatenate([np.atleast_1d(np.asarray(y, float)) for y in x])
                              for x in (lo, hi, key, ta, w, nd)]
    km = np.floor(key / STEP).astype(int)
    counts["early_keys"] = int((km > np.floor(hi / STEP)).sum())
    # the monitor: a read per minute key, 2-10 s after it, at a read version 0-5 s behind; restarts catch up
    d = rng.uniform(2, 10) + rng.uniform(0, 1, n)
    lag = rng.uniform(0, rng.uniform(1, 5), n)
    t_read = (np.arange(n) + 1) * STEP + d
    down = _episodes(rng, T, (2, 40), (20, 80), (10, 150))
    counts["monitor_restarts"] = sum(a < n * STEP for a, b in down)
    di = _inside(t_read, down)
    counts["catch_up_reads"] = int((di >= 0).sum())
    t_read = np.where(di >= 0, np.array([b for a, b in down] + [0])[di] + rng.uniform(1, 5, n), t_read)
    cut = t_read - lag
    ok = (km >= 0) & (km < n) & (w > 0)
    late = ok & (ta > cut[np.clip(km, 0, n - 1)])
    counts["late_adds"] = int(late.sum())
    use = ok & ~late
    return SimpleNamespace(lo=lo[use], hi=hi[use], dest=km[use], share=w[use] / nd[use], put=hi, prev=lo, w=w,
                           counts=counts, carry=carry, key_in_body=key_in_body, cut=cut)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The points (binaries/s per minute key) the monitor reads for the job's binaries per tick ``J``: linear in J."""
    p = run.path
    C = _cum(J)
    body = (_at(C, p.hi) - _at(C, p.lo)) * p.share
    return np.bincount(p.dest, body, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = h <= 0
    for a, b, kind in run.pauses_t:
        paused[max(0, int(np.floor(a / STEP - 2)) + 1):int(np.ceil(b / STEP))] = True
    for a, b, r0 in run.ramps:
        paused[max(0, int(np.floor(a / STEP - 2)) + 1):int(np.ceil((a + b) / 2 / STEP))] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each point's binaries lost (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # the unpacking sandbox turned on for packed samples / pefile's pure-Python fallback
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # LIEF's parser leaking on malformed PE files, workers swapping
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w, calm, i, on = np.empty(length), rng.uniform(0.05, 0.25), 0, True  # one node's on-access AV scan in bursts
    hi_mean, lo_mean = rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        d = int(rng.exponential(hi_mean if on else lo_mean)) + 1
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n

    def cause(rng, run, kind, name, t0, t1, tr):
        b0 = int(t0 // TICK)
        b1 = min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        pts = max(1, int(np.ceil((b1 - b0) / K)))
        ramp = max(1, int(np.ceil((tr - t0) / STEP))) if kind == "leak" else 0
        wt = np.repeat(_weight(rng, kind, pts, ramp), K)[:b1 - b0]
        Jl = np.zeros(run.nt)
        Jl[b0:b1] = wt * run.J[b0:b1]
        base = _reads(run, Jl)
        at = max(0, b0 // K - 3)

        def mod_of(a):
            return at, a * base[at:]

        return mod_of, 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        at, m = mod_of(1.0)
        p0, p1 = c0 // K, min(n, int(np.ceil(b1 / K)))
        lv = live[p0:p1]
        hs = healthy[p0:p1][lv].sum()
        if hs <= 0:
            return None
        a = target * hs / m[p0 - at:p1 - at][lv].sum() if m[p0 - at:p1 - at][lv].sum() > 0 else np.inf
        return a if a <= a_max else None

    def series(mod, lo_, b1):
        at, m = mod
        return np.maximum(healthy[at:] - m, 0.0), at

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="none")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout125(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout125_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT125_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout125, seeds, n, pauses)
