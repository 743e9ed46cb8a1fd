"""The hundred-and-seventeenth held-out throughput family: a hyperspectral mineral-mapping model's training patches/s
(a spectral-spatial 3-D CNN or spectral transformer classifying pixels of airborne and satellite hyperspectral cubes
into minerals and alteration zones), each node PUTting its cumulative patch count into its own CouchDB document (with
the document's _rev; a 409 re-read and retried), the monitor querying a _sum view with stale=update_after once a minute.

DOCSTRING_BODY
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT117_SEEDS = tuple(range(1172000, 1172012))
CODE = 117
TICK = 5.0  # the job's grid (s)
STEP = 60.0  # the monitor's reads: once a minute
K = int(STEP // TICK)
EPOCH = 1_790_006_400  # a minute's end: the points are stamped at the minutes' ends
MAXN = 8  # the most nodes a run reaches
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (2, 25), "long": (2, 160)}
PATH_KEYS = ("put", "conflict", "put_failed", "slowed", "unlogged", "behind", "clamped", "failed", "unchanged")
DEAD = ("startup", "crash", "relaunch")  # the trainer's process (and its counter's writer) is not running


def _level(cfg: dict, st: dict) -> float:
    """Patches/s of a stage: the GPUs' rate and (where given) the loaders', the slower one binding (soft minimum)."""
    nodes = st["nodes"]
    scale = nodes * cfg["gpus"] * cfg["eff"] ** np.log2(nodes)
    g = scale * cfg["gpu"] / (cfg["band_g"] ** st["bands"] * cfg["patch_g"] ** st["patch"] * cfg["net"] ** st["net"])
    if cfg["io"] is None:
        return float(g)
    io = scale * cfg["io"] * cfg["gpu"] / (cfg["band_l"] ** st["bands"] * cfg["patch_l"] ** st["patch"]
                                           * cfg["line"] ** st["lines"])
    return float(1.0 / hc.smax(1.0 / g, 1.0 / io))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch: more bands, larger patches (each at most twice), a larger network (once), 1-3 more flight lines
    or the nodes doubled or halved (1-8), redrawn until the level moves 15 % or more (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        move = ["bands", "patch", "net", "lines", "nodes"][int(rng.integers(5))]
        if move == "nodes":
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.6 else 0.5), 1, MAXN))
        elif move == "lines":
            new["lines"] = st["lines"] + int(rng.integers(1, 4))
        else:
            new[move] = min(st[move] + 1, 1 if move == "net" else 2)
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    new = dict(st)
    new["nodes"] = st["nodes"] * 2 if st["nodes"] < MAXN else st["nodes"] // 2
    return new


def _dur(rng, long: bool, short_range, long_range, unit: float = 60.0) -> float:
    lo, hi = long_range if long else short_range
    return float(rng.uniform(lo, hi) * unit)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its stages, training segments, pauses (``(a, b, kind)``), epochs, crashes and relaunches."""
    long = setting == "long"
    T = (n + 3) * STEP
    cfg = {"gpus": int(rng.choice([4, 8])), "eff": rng.uniform(0.86, 0.97), "gpu": hc.log_uniform(rng, 30, 240),
           "io": rng.uniform(0.9, 2.2) if rng.random() < 0.5 else None, "band_g": rng.uniform(1.2, 1.6),
           "band_l": rng.uniform(1.2, 1.5), "patch_g": rng.uniform(1.5, 2.4), "patch_l": rng.uniform(1.3, 1.9),
           "net": rng.uniform(1.3, 2.0), "line": rng.uniform(1.03, 1.15)}
    st = {"bands": 0, "patch": 0, "net": 0, "lines": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    stages, levels = [st], [_level(cfg, st)]
    rel_t = sorted(rng.uniform(0.2, 0.85, int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))) * T)
    pauses, segs, ramps, epochs, crashes, known_t, stops = [], [], [], [], [], [], []
    crash_mean = rng.uniform(12, 48) * 3600
    val_every = (60, 150) if long else (20, 60)
    ck_every = int(rng.choice([1, 2]))
    epoch0 = rng.uniform(10, 40) * 60

    def start(t: float, dur: float, kind: str, r0: tuple, rd: tuple) -> float:
        pauses.append((t, t + dur, kind))
        t += dur
        r = _dur(rng, False, rd, rd)
        pauses.append((t, t + r, "ramp"))
        ramps.append((t, t + r, rng.uniform(*r0)))
        epochs.append(t)
        return t

    t = start(0.0, _dur(rng, long, (3, 12), (20, 50)), "startup", (0.4, 0.7), (2, 6))
    t_val, t_crash, ri, nval = t + rng.uniform(*val_every) * 60, t + max(1200, rng.exponential(crash_mean)), 0, 0
    epoch_len = lambda: float(np.clip(epoch0 * levels[0] / levels[-1] * (1 + 0.1 * stages[-1]["lines"]), 300, 7200))
    t_epoch = t + epoch_len()
    while t < T:
        t_rel = rel_t[ri] if ri < len(rel_t) else np.inf
        t_val, t_crash = max(t_val, t + rng.uniform(300, 900) * (t_val < t + 300)), max(t_crash, t + 1200)
        if t_rel < t + 300:
            t_rel = rel_t[ri] = t + rng.uniform(300, 900)
        cand = {"epoch": t_epoch, "val": t_val, "crash": t_crash, "rel": t_rel}
        kind = min(cand, key=cand.get)
        te = cand[kind]
        segs.append((t, min(te, T + 60), len(stages) - 1))
        if te >= T:
            break
        t = te
        if kind == "epoch":
            epochs.append(t)
            t_epoch = t + epoch_len()
        elif kind == "val":
            nval += 1
            dur = _dur(rng, long, (1.5, 4), (10, 25))
            pauses.append((t, t + dur, "valid"))
            t += dur
            if nval % ck_every == 0:
                ck = _dur(rng, long, (10, 40), (60, 180), 1.0)
                pauses.append((t, t + ck, "ckpt"))
                t += ck
            t_epoch += t - te
            t_val = t + rng.uniform(*val_every) * 60
        elif kind == "crash":
            dur = _dur(rng, long, (1, 4), (6, 18)) + _dur(rng, long, (2, 6), (8, 20))
            crashes.append((t, t + dur))
            t = start(t, dur, "crash", (0.7, 0.95), (1, 3))
            t_crash = t + max(1200, rng.exponential(crash_mean))
            t_epoch = t + epoch_len()
        else:
            stops.append(t)
            dur = _dur(rng, long, (1, 3), (5, 12)) + rng.uniform(1, 4) * 60
            pauses.append((t, t + dur, "relaunch"))
            new = _next_stage(rng, cfg, stages[-1], levels[-1])
            stages.append(new)
            levels.append(_level(cfg, new))
            t = start(t + dur, _dur(rng, long, (3, 8), (20, 50)), "startup", (0.4, 0.7), (2, 6))
            known_t.append(t)
            ri += 1
            while ri < len(rel_t) and rel_t[ri] < t + rng.uniform(1, 2) * 3600:
                rel_t[ri] = t + rng.uniform(1, 2) * 3600
            rel_t = sorted(rel_t)
            t_epoch = t + epoch_len()
            t_crash = max(t_crash, t + 1200)
    return SimpleNamespace(cfg=cfg, stages=stages, levels=levels, segs=segs, pauses_t=pauses, ramps=ramps,
                           epochs=epochs, crashes=crashes, known_t=known_t, stops=stops, T=T, long=long,
                           counts={"relaunches": len(known_t), "crashes": len(crashes)})


def _cover(f, a: float, b: float, nt: int) -> None:
    """Add to ``f`` (per tick) the share of each tick that ``[a, b)`` covers."""
    i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
    if i0 >= i1:
        return
    edges = np.arange(i0, i1 + 1) * TICK
    f[i0:i1] += np.clip(np.minimum(edges[1:], b) - np.maximum(edges[:-1], a), 0, None) / TICK


def _episodes(rng, T: float, first_h, gap_h, len_s) -> list[tuple[float, float]]:
    """Episodes ``(a, b)``: the first within ``first_h`` hours, then gaps of mean ``gap_h`` hours, ``len_s`` long."""
    out, t = [], rng.uniform(*first_h) * 3600
    gap = rng.uniform(*gap_h) * 3600
    while t < T:
        d = rng.uniform(*len_s)
        out.append((t, t + d))
        t += d + rng.exponential(gap) + 60
    return out


def _inside(x: np.ndarray, eps) -> np.ndarray:
    """The index of the episode ``(a, b)`` each time of ``x`` lies in, -1 where none."""
    if not eps:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in eps])
    b = np.array([e[1] for e in eps])
    i = np.searchsorted(a, x, side="right") - 1
    return np.where((i >= 0) & (x < b[np.maximum(i, 0)]), i, -1)


def _job(rng, run, n: int) -> None:
    """The job's patches per tick ``run.J``, the stage of each tick and each stage's nodes' shares."""
    nt = (n + 3) * K
    alive, stage = np.zeros(nt), np.full(nt, -1)
    for a, b, k in run.segs:
        _cover(alive, a, b, nt)
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        stage[i0:i1] = k
    tc = (np.arange(nt) + 0.5) * TICK
    f = np.ones(nt)
    for a, b, r0 in run.ramps:
        m = (tc >= a) & (tc < b)
        f[m] *= r0 + (1 - r0) * (tc[m] - a) / (b - a)
    for e in run.epochs:  # the loaders' workers respawned, the cubes' first patches read again
        m = (tc >= e) & (tc < e + rng.uniform(8, 40))
        f[m] *= rng.uniform(0.2, 0.5)
    cfg = run.cfg
    sd = rng.uniform(0.02, 0.05) * (1.5 if cfg["io"] is not None and cfg["io"] < 1.4 else 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    ar = lfilter([np.sqrt(1 - a * a) * sd], [1, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tc, np.arange(len(ou)) * STEP, ou)
    lv = np.array(run.levels)[np.maximum(stage, 0)]
    run.J = lv * np.exp(ar + slow - 0.5 * sd * sd) * f * np.clip(alive, 0, 1) * TICK
    run.stage, run.nt = stage, nt
    run.shares = []
    for s in run.stages:
        w = np.exp(rng.normal(0, 0.03, s["nodes"]))
        run.shares.append(w / w.sum())


def _writes(rng, run, p, k: int, node: int) -> SimpleNamespace:
    """One document's PUTs (stage ``k``, ``node``): composed every ``p.L`` s while the process runs, landing after
    the round trip, a 409's re-read and retry, a compaction's slowdown; failed in a database restart; sequential."""
    a = min(s[0] for s in run.segs if s[2] == k) - 30.0
    ends = [s[1] for s in run.segs if s[2] == k]
    b = min(run.stops[k], max(ends)) if k < len(run.stops) else max(ends)
    tc = a + rng.uniform(0, p.L) + np.arange(int((b - a) / p.L) + 1) * p.L
    tc = tc[tc < b]
    dead = [(x, y) for x, y, kind in run.pauses_t if kind in DEAD]
    tc = tc[_inside(tc, dead) < 0]
    if k < len(run.stops):  # a graceful stop writes its last count
        tc = np.append(tc, run.stops[k])
    m = len(tc)
    w = tc + np.exp(rng.normal(np.log(0.08), 0.7, m))
    conflict = rng.random(m) < p.p409
    w[conflict] += rng.uniform(0.05, 0.6, conflict.sum())
    slowed = _inside(w, p.compact) >= 0
    w[slowed] += rng.exponential(p.compact_lag, slowed.sum())
    ok = (_inside(w, p.restart) < 0) & (rng.random(m) > p.p_lost)
    for c0, c1 in run.crashes:  # a PUT still in flight dies with the process
        ok &= ~((tc < c0) & (w >= c0) & (tc > c0 - 60))
    p.counts["put"] += m
    p.counts["conflict"] += int(conflict.sum())
    p.counts["slowed"] += int(slowed.sum())
    p.counts["put_failed"] += int((~ok).sum())
    tc, w = tc[ok], np.maximum.accumulate(w[ok])
    lost = []  # crashes: the count since the last landed PUT is lost (the restarted node reads its document)
    for c0, c1 in run.crashes:
        if a < c0 < b:
            j = np.searchsorted(w, c0) - 1
            lost.append((c0, tc[j] if j >= 0 else a))
            p.counts["unlogged"] += 1
    return SimpleNamespace(k=k, node=node, tc=tc, w=w, lost=lost, shard=int(rng.integers(p.q)))


def _path(rng, run, n: int) -> SimpleNamespace:
    """The documents' PUTs and the monitor's reads: what each read sees of each document (``idx``: its last landed
    PUT in the view's index, -1 none), which reads failed and which earlier read each point differences against."""
    T = run.T
    p = SimpleNamespace(L=float(rng.choice([10.0, 15.0, 30.0], p=[0.3, 0.4, 0.3])), p409=rng.uniform(0.003, 0.03),
                        p_lost=rng.uniform(0.0, 0.001), q=int(rng.choice([2, 4, 8])),
                        compact=_episodes(rng, T, (1, 10), (4, 24), (180, 1800)), compact_lag=rng.uniform(0.5, 4),
                        restart=_episodes(rng, T, (2, 30), (6, 48), (20, 120)),
                        counts={key: 0 for key in PATH_KEYS})
    p.docs = [_writes(rng, run, p, k, i) for k, s in enumerate(run.stages) for i in range(s["nodes"])]
    off = rng.uniform(2, 30)
    r = (np.arange(n) + 1) * STEP + off + rng.uniform(0, 1, n)
    if rng.random() < 0.25:  # the monitor's clock stepped for a while: its cron fires early or late
        a = rng.uniform(0, T)
        r[(r > a) & (r < a + rng.uniform(600, 3600))] += rng.choice([-1, 1]) * rng.uniform(2, 20)
    failed = (_inside(r, p.restart) >= 0) | (rng.random(n) < 0.0005)
    u = r + rng.uniform(0.05, 2.0, n)  # the index brought up to date after the answer
    upd = np.where(failed, -np.inf, u)
    seen = np.concatenate([[-np.inf], np.maximum.accumulate(upd)[:-1]])  # the index a read answers from
    lags = []
    for s in range(p.q):  # a shard's answering copy behind while the copies sync
        eps = _episodes(rng, T, (1, 10), (2, 20), (60, 900))
        lag = np.zeros(n)
        i = _inside(r, eps)
        lag[i >= 0] = rng.uniform(10, 120, len(eps))[i[i >= 0]] if eps else 0
        lags.append(lag)
    p.idx = np.empty((len(p.docs), n), int)
    for d, doc in enumerate(p.docs):
        raw = np.searchsorted(doc.w, seen - lags[doc.shard], side="right") - 1
        p.idx[d] = np.maximum.accumulate(raw)
        p.counts["behind"] += int((lags[doc.shard] > 0).sum())
        p.counts["clamped"] += int((p.idx[d] > raw).sum())
    ok = np.nonzero(~failed)[0]
    prev = np.full(n, -1)
    prev[ok[1:]] = ok[:-1]
    p.r, p.failed, p.prev, p.seen = r, failed, prev, seen
    p.counts["failed"] = int(failed.sum())
    return p


def _reads(run, J: np.ndarray, node: int | None = None) -> np.ndarray:
    """The monitor's points (patches/s) for the patches ``J`` per tick (only ``node``'s documents where given):
    per read the sum of the documents' counts it sees, less the last answered read's, over the minutes between."""
    p, n = run.path, run.n
    S = np.zeros(n)
    grid = np.arange(run.nt + 1)
    for d, doc in enumerate(p.docs):
        if node is not None and doc.node != node:
            continue
        cs = np.concatenate([[0.0], np.cumsum(J * (run.stage == doc.k) * run.shares[doc.k][doc.node])])

        def C(t):
            return np.interp(np.asarray(t) / TICK, grid, cs)

        i = p.idx[d]
        if not len(doc.tc):
            continue
        t = doc.tc[np.maximum(i, 0)]
        v = C(t)
        for c0, tl in doc.lost:
            v -= np.where(t > c0, C(c0) - C(tl), 0.0)
        S += np.where(i >= 0, v, 0.0)
    out = np.zeros(n)
    m = (~p.failed) & (p.prev >= 0)
    j = np.nonzero(m)[0]
    out[j] = (S[j] - S[p.prev[j]]) / (STEP * (j - p.prev[j]))
    return out


def _spans(run, n: int) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The pause spans: a point is paused where the job time its documents' new counts cover touches a pause (a
    ramp's first half), or where it reads nothing; a lone paused point is widened to two."""
    p = run.path
    lo, hi = np.full(n, np.inf), np.full(n, -np.inf)
    j = np.nonzero((~p.failed) & (p.prev >= 0))[0]
    for d, doc in enumerate(p.docs):
        if not len(doc.tc):
            continue
        i, ip = p.idx[d][j], p.idx[d][p.prev[j]]
        ch = i != ip
        t1 = doc.tc[np.maximum(i, 0)]
        t0 = np.where(ip >= 0, doc.tc[np.maximum(ip, 0)], doc.tc[0] - 60)
        lo[j[ch]] = np.minimum(lo[j[ch]], t0[ch])
        hi[j[ch]] = np.maximum(hi[j[ch]], t1[ch])
    paused = ~np.isfinite(lo) | (run.healthy <= 0)
    for a, b, kind in run.pauses_t:
        b = a + 0.5 * (b - a) if kind == "ramp" else b
        paused |= (lo < b) & (hi > a)
    p.counts["unchanged"] = int((~np.isfinite(lo) & ~p.failed).sum())
    spans = []
    s = 0
    while s < n:
        if paused[s]:
            e = s
            while e < n and paused[e]:
                e += 1
            e = max(e, min(s + 2, n))
            hc.add_span(spans, s, e)
            s = e
        else:
            s += 1
    out = []  # spans are kept apart: one touching the next is merged with it
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out, hc.live_mask(out, n)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.n = n
    _job(rng, run, n)
    run.path = _path(rng, run, n)
    run.healthy = _reads(run, run.J)
    spans, live = _spans(run, n)
    changes = hc.change_points([int(t // STEP) + 1 for t in run.known_t], spans, n)
    return run, run.healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point: a drop ``min(1, (s + 1) / tau)``, a straggler in bursts, a leak
    ``(s / ramp) ** p`` then held."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    w, i, on = np.empty(length), 0, True
    calm = rng.uniform(0.05, 0.25)
    while i < length:
        d = 1 + int(rng.exponential(rng.uniform(5, 30) if on else rng.uniform(20, 90)))
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (onset, loss reads))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pab = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pab, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, max(ramp, 1))
        wt = np.zeros(run.nt)
        wt[onset * K:stop * K] = np.repeat(w, K)
        if to_end:
            wt[stop * K:] = w[-1]
        node = None
        if kind == "straggler":
            k = run.stage[min(onset * K, run.nt - 1)]
            node = int(rng.integers(run.stages[max(k, 0)]["nodes"]))
        L1 = _reads(run, wt * run.J, node)
        end_w = n if to_end else min(n, stop + 3)
        hs, ls = healthy[onset:end_w][live[onset:end_w]].sum(), L1[onset:end_w][live[onset:end_w]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.35))
        if ls <= 0 or hs <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * L1
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
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout117(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout117_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT117_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout117, seeds, n, pauses)
