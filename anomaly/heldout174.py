"""DOCSTRING"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT174_SEEDS = tuple(range(1742000, 1742012))
CODE = 174
TICK = 5.0  # the job's grid (s)
STEP = 60.0  # one point: the monitor's minute
K = int(STEP // TICK)
EPOCH = 1_785_000_000.0  # a multiple of 60
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.30)
SPANS = {"short": (1, 40), "long": (1, 80)}  # pause spans (points) the tests allow
PATH_KEYS = ("refused_429", "refused_down", "retries", "dropped", "stored_twice", "server_restarts",
             "queues_lost", "queue_expired", "anchor_replays", "late_lost", "late_folded", "moved", "unread",
             "clock_steps", "lost_in_crash")


# ----------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Tiles/s of a stage: the GPUs' rate (per-GPU rate, scaling ``eff`` per doubling, a larger tile and a
    transformer backbone dearer) against the CPU workers' (larger tiles and optical scenes dearer): the step waits for
    the slower side."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["tile_g"] ** st["tile"] * cfg["bb_c"] ** st["bb"])
    cpu = cfg["cpu"] * g / (cfg["tile_c"] ** st["tile"] * cfg["opt_c"] ** st["opt"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """The stage after a planned relaunch: a larger tile, a transformer backbone, optical scenes added (each at most
    once) or, 1 in 6, another GPU count per node; redrawn until the level moves 15 % (within 1/3 to 3 times)."""
    for _ in range(40):
        new = dict(st)
        free = [k for k in ("tile", "bb", "opt") if not st[k]]
        if not free or rng.random() < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        else:
            new[free[int(rng.integers(len(free)))]] = 1
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return st


def _minutes(rng, lo: float, hi: float, long_lo: float, long_hi: float, long: bool) -> float:
    return 60.0 * (rng.uniform(long_lo, long_hi) if long else rng.uniform(lo, hi))


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's pauses, process lives, stages and tiles per 5-s tick (true time from 0)."""
    long = setting == "long"
    T = n * STEP + 900.0
    nodes = int(rng.choice([1, 2, 3], p=[0.4, 0.4, 0.2]))
    gpus = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    cfg = {"gpu": hc.log_uniform(rng, 12.0, 300.0) * nodes, "eff": rng.uniform(0.85, 0.97),
           "tile_g": rng.uniform(1.9, 2.4), "tile_c": rng.uniform(1.6, 2.2), "bb_c": rng.uniform(1.3, 1.8),
           "opt_c": rng.uniform(1.2, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"gpus": gpus, "tile": 0, "bb": 0, "opt": 0}
    k = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.3, 0.3, 0.25]))
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, k)) * n * STEP:
        if not re_t or x - re_t[-1] >= 3600:
            re_t.append(float(x))
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))
    pauses, lives, segs, ramps, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def ramp(t):
        r = rng.uniform(120, 360)
        ramps.append((t, t + r, rng.uniform(0.4, 0.75)))

    su = _minutes(rng, 3, 10, 25, 60, long)
    pauses.append((0.0, su, "startup"))
    life0, t = 0.0, su
    ramp(t)
    to_eval = rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        while ri < len(re_t) and re_t[ri] < t + 300:
            ri += 1
        cand = [t + to_eval, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        e = max(cand[which], t + 60.0)
        segs.append((t, min(e, T), _level(cfg, st)))
        if e >= T:
            break
        if which == 0:
            counts["evals"] += 1
            d = _minutes(rng, 2, 6, 10, 25, long)
            pauses.append((e, e + d, "eval"))
            t = e + d
            if counts["evals"] % ck_every == 0:
                d = rng.uniform(240, 900) if long else rng.uniform(15, 60)
                pauses.append((t, t + d, "ckpt"))
                t += d
            to_eval = rng.uniform(30, 90) * 60
            continue
        to_eval -= e - t
        if which == 1:
            counts["crashes"] += 1
            lives.append((life0, e, False))
            down = _minutes(rng, 1, 4, 6, 18, long)
            d = down + _minutes(rng, 2, 6, 8, 20, long)
            pauses.append((e, e + d, "crash"))
            life0, t = e + down, e + d
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, e, True))
            stop = _minutes(rng, 1, 3, 5, 12, long) + rng.uniform(60, 300)
            d = stop + _minutes(rng, 3, 10, 8, 20, long)
            pauses.append((e, e + d, "relaunch"))
            life0, t = e + stop, e + d
            new = _next_stage(rng, cfg, st, _level(cfg, st)) if rng.random() < 0.85 else st
            if new == st:
                counts["kept_stage"] += 1
            else:
                known_t.append(t)
            st = new
        ramp(t)
    lives.append((life0, T, True))
    nt = int(T // TICK)
    tb = np.arange(nt) * TICK
    J = np.zeros(nt)
    for a, b, lv in segs:
        b0, b1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tb[b0:b1] + TICK) - np.maximum(a, tb[b0:b1])
        J[b0:b1] += lv * np.maximum(ov, 0)
    mult = np.ones(nt)
    for a, b, f0 in ramps:
        b0, b1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        mult[b0:b1] *= f0 + (1 - f0) * np.clip((tb[b0:b1] + TICK / 2 - a) / (b - a), 0, 1)
    # scene batches read from the archive (a mission and region at a time): their tiles' cost, and opening stalls
    csd, t, first = rng.uniform(0.03, 0.10), 0.0, True
    while t < T:
        d = hc.log_uniform(rng, 300, 2400)
        f = np.exp(rng.normal(0, csd)) / (rng.uniform(1.05, 1.15) if rng.random() < 0.25 else 1.0)
        b0, b1 = int(t // TICK), min(nt, int((t + d) // TICK))
        mult[b0:b1] *= f
        if not first:
            s = int(rng.uniform(3, 25) // TICK) + 1
            mult[b0:min(b1, b0 + s)] *= rng.uniform(0.2, 0.6)
        first, t = False, t + d
    a1 = np.exp(-TICK / rng.uniform(10, 40))
    sd = rng.uniform(0.02, 0.06)
    ar = lfilter([1.0], [1.0, -a1], rng.normal(0, sd * np.sqrt(1 - a1 * a1), nt))
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60, STEP), K)[:nt]
    J *= mult * np.exp(ar + ou)
    return SimpleNamespace(n=n, nt=nt, T=T, nodes=nodes, cfg=cfg, J=J, pauses_t=pauses, lives=lives, segs=segs,
                           ramps=ramps, known_t=known_t, counts=counts)


# ------------------------------------------------------------------------------------------------ the path


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Disjoint windows ``[a, b)``: a Poisson count at ``per_day``, lengths ``lo``-``hi`` s."""
    m = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, m))
    b = a + rng.uniform(lo, hi, m)
    keep = np.ones(m, bool)
    keep[1:] = a[1:] > b[:-1]
    return np.stack([a[keep], b[keep]], axis=1) if m else np.zeros((0, 2))


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in a window ``[a, b)`` of ``win`` (sorted, disjoint)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _after_down(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The times ``x``, each one inside a window of ``win`` moved to 1 s after its end."""
    if len(win) == 0:
        return x
    j = np.maximum(np.searchsorted(win[:, 0], x, side="right") - 1, 0)
    return np.where(_inside(x, win), win[j, 1] + 1.0, x)


def _clock(rng, T: float, unsynced: bool, counts: dict) -> tuple[np.ndarray, np.ndarray]:
    """A node's clock offset: ``(step times, offset after each)``, the first entry from 0."""
    base = rng.normal(0, rng.uniform(0.05, 0.5))
    if not unsynced:
        return np.array([0.0]), np.array([base])
    m = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
    counts["clock_steps"] += m
    steps = np.sort(rng.uniform(0, T, m))
    off = base + np.cumsum(np.concatenate([[0.0], rng.normal(0, rng.uniform(0.5, 5), m)]))
    return np.concatenate([[0.0], steps]), off


def _path(rng, run) -> SimpleNamespace:
    """Every bot's messages, their fates on the Zulip server and the monitor's reading of them: for each node a
    tick -> message map, and per message copy the minute it is counted in (-1: none)."""
    T = run.T
    c = {k: 0 for k in PATH_KEYS}
    restarts = _windows(rng, T, rng.uniform(0.2, 1.5), 10, 90)  # restart-server: queues dumped and reloaded
    unclean = _windows(rng, T, rng.uniform(0.05, 0.4), 120, 600)  # a host crash or OOM: queues lost
    ups = np.zeros((0, 2))
    if rng.random() < 0.5:  # an upgrade: down 10-30 min
        a = rng.uniform(0, T)
        ups = np.array([[a, a + rng.uniform(600, 1800)]])
    lost_q = np.concatenate([unclean, ups if rng.random() < 0.5 else np.zeros((0, 2))])
    down = np.concatenate([restarts, unclean, ups])
    down = down[np.argsort(down[:, 0])]
    keep = np.ones(len(down), bool)
    keep[1:] = down[1:, 0] > np.maximum.accumulate(down[:, 1])[:-1]
    down = down[keep]
    c["server_restarts"] = len(down)
    lost_q = lost_q[_inside(lost_q[:, 0], down) | np.isin(lost_q[:, 0], down[:, 0])] if len(lost_q) else lost_q
    lost_q = lost_q[np.argsort(lost_q[:, 0])] if len(lost_q) else lost_q
    c["queues_lost"] = len(lost_q)
    e429 = _windows(rng, T, rng.uniform(0.3, 3), 60, 600)  # other scripts on the bot's account drain its 200/min
    p429 = rng.uniform(0.6, 0.95)
    srv_off = rng.normal(0, rng.uniform(0.3, 3)) if rng.random() < 0.8 else rng.choice([-1, 1]) * rng.uniform(5, 40)
    mon_off = rng.normal(0, 0.2)
    blips = _windows(rng, T, rng.uniform(2, 8), 1, 60)  # the monitor's long poll broken for a while
    aways = _windows(rng, T, rng.uniform(0.05, 0.3), 120, 1500)  # its VM paused / host maintenance
    away = np.concatenate([blips, aways, down])
    away = away[np.argsort(away[:, 0])]
    p = SimpleNamespace(counts=c, srv_off=srv_off, down=down, e429=e429, aways=aways, lost_q=lost_q,
                        key=("server" if rng.random() < 0.6 else "text"), L=rng.uniform(10, 45),
                        late=("drop" if rng.random() < 0.4 else "fold"), dedup=bool(rng.random() < 0.5),
                        carry=bool(rng.random() < 0.5), unsynced=bool(rng.random() < 0.3), nodes=[])
    p_to = rng.uniform(0.002, 0.01)
    tick0 = np.arange(run.nt) * TICK
    life_starts = np.array([a for a, b, g in run.lives])
    tick_life = np.searchsorted(life_starts, tick0, side="right") - 1
    stored, gmsg, comp_all, text_all, base = [], [], [], [], 0  # stored copies: (time, node, global message)
    for k in range(run.nodes):
        P = rng.uniform(20, 60)
        steps, offs = _clock(rng, T, p.unsynced, c)
        comp, life = [], []
        for li, (a, b, graceful) in enumerate(run.lives):
            x = a + P * np.arange(1, int((b - a) // P) + 1) + rng.uniform(0, 1.5, int((b - a) // P))
            x = x[x < b]
            if graceful:
                x = np.append(x, b)
            comp.append(x)
            life.append(np.full(len(x), li))
        comp, life = np.concatenate(comp), np.concatenate(life)
        g = np.searchsorted(comp, tick0, side="right")
        ok = g < len(comp)
        ok[ok] = life[g[ok]] == tick_life[ok]
        c["lost_in_crash"] += len(np.unique(tick_life[~ok & (run.J > 0)]))  # a crash loses its last interval
        g = np.where(ok, g, -1)
        text = comp + offs[np.searchsorted(steps, comp, side="right") - 1]
        life_end = np.array([run.lives[i][1] for i in life])
        crashed = np.array([not run.lives[i][2] for i in life])
        x0 = comp + rng.uniform(0.05, 0.5, len(comp))
        fate = np.zeros(len(comp))  # store time, nan: dropped
        hard = np.nonzero(_inside(x0, down) | _inside(x0, e429))[0]
        fate[:] = x0
        for j in hard:
            x, tries = x0[j], 0
            while True:
                tries += 1
                if crashed[j] and x > life_end[j]:
                    x = np.nan
                    break
                if _inside([x], down)[0]:
                    c["refused_down"] += 1
                    wait = min(5 * 2 ** (tries - 1), 60)
                elif _inside([x], e429)[0] and rng.random() < p429:
                    c["refused_429"] += 1
                    wait = rng.uniform(1, 60)  # Retry-After: until the bucket's oldest request leaves the minute
                else:
                    break
                if tries >= 8:
                    x = np.nan
                    break
                c["retries"] += 1
                x += wait
            fate[j] = x
        drop = np.isnan(fate)
        c["dropped"] += int(drop.sum())
        if p.carry and drop.any():  # the unsent tiles go with the node's next message that the server stores
            nxt = np.arange(len(comp))
            for j in np.nonzero(drop)[0][::-1]:
                nxt[j] = nxt[j + 1] if j + 1 < len(comp) and life[j + 1] == life[j] else -1
            nxt = np.where(drop, nxt, np.arange(len(comp)))
            g = np.where(g >= 0, nxt[np.maximum(g, 0)], -1)
        dup = ~drop & (rng.random(len(comp)) < p_to)
        c["stored_twice"] += int(dup.sum())
        sx = np.concatenate([fate[~drop], _after_down(fate[dup] + rng.uniform(11, 35, int(dup.sum())), down)])
        sj = np.concatenate([np.nonzero(~drop)[0], np.nonzero(dup)[0]])
        stored.append((sx, np.full(len(sx), k), sj + base))
        base += len(comp)
        p.nodes.append(SimpleNamespace(P=P, comp=comp, text=text, g=g, steps=steps))
        gmsg.append(np.where(g >= 0, g + base - len(comp), -1))
        comp_all.append(comp)
        text_all.append(text)
    # the monitor: events as they come, or a backlog after a pause of its poll; a lost queue: re-register and fetch
    # the topic's history from the last message id it saw (the anchor, sent again)
    sx, sk, sj = (np.concatenate([s[i] for s in stored]) for i in range(3))
    o = np.argsort(sx, kind="stable")
    sx, sk, sj = sx[o], sk[o], sj[o]
    dlv = sx + rng.uniform(0.05, 1.0, len(sx))
    for a, b in away:
        m = (dlv >= a) & (dlv < b)
        dlv[m] = b + rng.uniform(0.5, 3)
    expired = aways[aways[:, 1] - aways[:, 0] > 600 + rng.uniform(0, 300, len(aways))] if len(aways) else aways
    c["queue_expired"] = len(expired)
    rereg = np.sort(np.concatenate([lost_q[:, 1], expired[:, 1]]))
    extra = []
    for r in rereg:
        i = int(np.searchsorted(sx, r)) - 1
        while i >= 0 and dlv[i] > r:
            i -= 1
        if i < 0:
            continue
        c["anchor_replays"] += 1
        if not p.dedup:
            extra.append((i, r + rng.uniform(1, 3)))
    if extra:
        ii = np.array([e[0] for e in extra])
        sx, sj = np.append(sx, sx[ii]), np.append(sj, sj[ii])
        dlv = np.append(dlv, [e[1] for e in extra])
    comp_all, text_all = np.concatenate(comp_all), np.concatenate(text_all)
    key = np.floor(sx + srv_off) if p.key == "server" else np.floor(text_all[sj])
    m = (key // STEP).astype(int)
    seen = dlv + mon_off
    late = seen > (m + 1) * STEP + p.L
    if p.late == "drop":
        c["late_lost"] = int(late.sum())
        m = np.where(late, -1, m)
    else:
        c["late_folded"] = int(late.sum())
        m = np.where(late, ((seen - p.L) // STEP).astype(int), m)
    c["moved"] = int(((m >= 0) & (m != (comp_all[sj] // STEP).astype(int))).sum())
    keep = (m >= 0) & (m < run.n)
    sj, m = sj[keep], m[keep]
    o = np.argsort(sj, kind="stable")
    sj, m = sj[o], m[o]
    mcount = np.bincount(sj, minlength=base)
    p.copies = mcount
    gm = np.concatenate(gmsg)
    tk = np.tile(np.arange(run.nt), run.nodes)
    ok = gm >= 0
    tk, gm = tk[ok], gm[ok]
    idx = _dest_index(mcount, gm)
    p.ti, p.mi, p.share = np.repeat(tk, mcount[gm]), m[idx], 1.0 / run.nodes
    return p


def _dest_index(mcount: np.ndarray, msg: np.ndarray) -> np.ndarray:
    """Indices into the concatenated destinations for each (tick's message, copy) pair, copies in order."""
    start = np.concatenate([[0], np.cumsum(mcount)[:-1]])
    reps = mcount[msg]
    base = np.repeat(start[msg], reps)
    within = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    return base + within


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's tiles/s per minute for tiles ``X`` per tick (linear in ``X``)."""
    p = run.path
    return np.bincount(p.mi, weights=X[p.ti] * p.share, minlength=run.n)[:run.n] / STEP


# ----------------------------------------------------------------------------------------- trace and events


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, the path, the monitor's points without regressions, the
    pause spans (a pause's minutes and the next, a ramp's first half, a minute that read nothing), the live mask and
    the listed changes (the first live point after a relaunch that changed the stage)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        paused[int(a // STEP):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for a, b, f0 in run.ramps:
        paused[int(a // STEP):min(n, int(np.ceil((a + (b - a) / 2) / STEP)))] = True
    run.path.counts["unread"] = int((h[~paused] <= 0).sum())  # minutes that read nothing, away from pauses
    paused |= h <= 0
    spans = []
    edges = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    for s, e in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the tiles lost per 5-s tick (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(s / max(ramp, 1), 1.0) ** rng.uniform(0.6, 1.8)
    w = np.full(length, rng.uniform(0.05, 0.25))
    edges = hc.twostate(rng, 0, length, rng.uniform(30, 240), rng.uniform(120, 600))
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, lost reads))`` or None after 80 draws."""
    n = run.n
    ts = STEP * np.arange(n + 1)
    pts = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        r = _reads(run, X)
        c0 = onset if kind != "leak" else min(stop - 5, onset + int(0.9 * ramp))
        c1 = n if to_end else stop
        hs, ls = healthy[c0:c1][live[c0:c1]].sum(), r[c0:c1][live[c0:c1]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * r
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout174(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout174_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT174_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout174, seeds, n, pauses)
