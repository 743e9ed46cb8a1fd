"""The two-hundred-and-sixteenth held-out throughput family (docstring completed after the first measure)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT216_SEEDS = tuple(range(2162000, 2162012))
CODE = 216
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (a multiple of 60)
SPANS = {"short": (1, 40), "long": (1, 110)}
NODES = (1, 2, 4)
RES = (384, 448, 512)  # the tray images' crop side
PATH_KEYS = ("refused_flood", "refused_down", "refused_offline", "carried", "lost_refused", "doubled", "cropped",
             "late", "unread", "crash_lost", "moved", "server_restarts", "blips", "monitor_restarts")
# pause lengths (s): startup, ramp, eval, checkpoint, crash down, restart startup, relaunch stopped
PAUSE = {"short": {"su": (240, 720), "ev": (90, 300), "ck": (20, 90), "down": (120, 300), "su2": (120, 300),
                   "stop": (60, 180)},
         "long": {"su": (1200, 3000), "ev": (720, 1800), "ck": (120, 300), "down": (480, 1200), "su2": (360, 900),
                  "stop": (300, 720)}}


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


# ---------------------------------------------------------------- the job

def _config(rng) -> dict:
    """The job: each node's GPUs score ``gpu`` images/s at 384 px, its CPU workers (decode, crop, augmentation of
    the oversampled abnormal classes) feed ``feed`` times that; all-reduce ``eff`` per doubling of nodes."""
    g = _lu(rng, 250, 3000)
    return {"gpu": g, "cpu": g * rng.uniform(1.05, 2.2), "eff": rng.uniform(0.86, 0.97),
            "gpu_px": rng.uniform(1.7, 2.1), "cpu_px": rng.uniform(0.6, 1.2), "big": rng.uniform(1.04, 1.15)}


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at stage ``st`` (nodes, crop side index, batch doubled or not)."""
    r = RES[st["res"]] / 384.0
    g = cfg["gpu"] / r ** cfg["gpu_px"] * (cfg["big"] if st["big"] else 1.0)
    c = cfg["cpu"] / r ** cfg["cpu_px"]
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return st["nodes"] * per_node * cfg["eff"] ** np.log2(st["nodes"])


def _first_stage(rng) -> dict:
    return {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "res": int(rng.integers(3)),
            "big": bool(rng.random() < 0.5)}


def _next_stage(rng, cfg, st, lv) -> dict:
    """A relaunch onto another node count or batch shape: redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = rng.choice(3, p=[0.45, 0.35, 0.2])
        if what == 0:
            new["nodes"] = int(rng.choice([x for x in NODES if x != st["nodes"]]))
        elif what == 1:
            new["res"] = int(rng.choice([x for x in range(3) if x != st["res"]]))
        else:
            new["big"] = not st["big"]
        r = _level(cfg, new) / lv
        if 1.15 <= max(r, 1 / r) <= 3.0:
            return new
    return st


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline on the 5-s grid: start-up, ramps, evaluations on a held-out lab's trays, checkpoints,
    crashes and relaunches. Pause edges lie on ticks."""
    P = PAUSE[setting]
    T = n * STEP + 2 * STEP
    nt = int(T / TICK)
    cfg = _config(rng)
    st = _first_stage(rng)
    lv = _level(cfg, st)
    crash_mean = rng.uniform(10, 40) * 3600
    n_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    ev_every = rng.uniform(40, 120) * 60
    ck_every = int(rng.integers(3, 5))

    def q(x):
        return float(np.round(x / TICK) * TICK)

    pauses_t, lives, stages, known_t = [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "evals": 0, "kept_stage": 0}
    t = 0.0
    life0 = 0.0
    su = q(rng.uniform(*P["su"]))
    pauses_t.append((0.0, su, "startup"))
    stage_at = [(0.0, dict(st))]
    ramps = [(su, q(rng.uniform(120, 300)), rng.uniform(0.3, 0.7))]
    t = su
    next_crash = t + rng.exponential(crash_mean)
    to_eval = ev_every * rng.uniform(0.5, 1.0)
    ri = 0
    while t < T:
        cand = [to_eval, next_crash - t, (rel[ri] - t) if ri < len(rel) else np.inf, T - t]
        which = int(np.argmin(cand))
        run = max(cand[which], 4 * TICK)
        t = q(t + run)
        to_eval -= run
        if which == 3 or t >= T:
            break
        if which == 0:
            counts["evals"] += 1
            d = q(rng.uniform(*P["ev"]) * np.exp(rng.normal(0, 0.15)))
            pauses_t.append((t, t + d, "eval"))
            t += d
            if counts["evals"] % ck_every == 0:
                d = q(rng.uniform(*P["ck"]))
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            to_eval = ev_every * rng.uniform(0.85, 1.15)
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, False))
            down, s2 = q(rng.uniform(*P["down"])), q(rng.uniform(*P["su2"]))
            pauses_t.append((t, t + down + s2, "crash"))
            life0 = t + down
            t += down + s2
            ramps.append((t, q(rng.uniform(60, 240)), rng.uniform(0.3, 0.7)))
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True))
            stop, queue, s2 = q(rng.uniform(*P["stop"])), q(rng.uniform(60, 360)), q(rng.uniform(*P["su2"]))
            pauses_t.append((t, t + stop + queue + s2, "relaunch"))
            life0 = t + stop + queue
            new = _next_stage(rng, cfg, st, lv)
            counts["kept_stage"] += new == st
            t += stop + queue + s2
            if new != st:
                known_t.append(t)
            st, lv = new, _level(cfg, new)
            stage_at.append((life0, dict(st)))
            ramps.append((t, q(rng.uniform(60, 240)), rng.uniform(0.3, 0.7)))
            next_crash = t + rng.exponential(crash_mean)
    lives.append((life0, T + 600, True))
    return SimpleNamespace(cfg=cfg, pauses_t=pauses_t, lives=lives, stage_at=stage_at, ramps=ramps, known_t=known_t,
                           counts=counts, nt=nt, T=T, n=n, dt=STEP)


def _rates(rng, run) -> None:
    """Images per tick ``run.J`` and the node count per tick ``run.Nt``: each node's step cost jitters on its own
    (an AR(1) of the log per tick, sd 2-5 %, 15-60 s) and the synchronous step waits for the slowest node; the
    loader walks the trays one germination day at a time (a shard of 6-30 min: later days hold more seedlings per
    image, a factor of sd 2-6 %), and a slow OU (sd 1-3 %, 30-180 min) moves the shared cluster's load."""
    nt, cfg = run.nt, run.cfg
    t = np.arange(nt) * TICK
    nodes = np.zeros(nt, int)
    lvl = np.zeros(nt)
    for t0, st in run.stage_at:
        i0 = int(t0 // TICK)
        nodes[i0:] = st["nodes"]
        lvl[i0:] = _level(cfg, st)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    noise = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, sd, (4, nt)), axis=1)
    worst = np.max(np.where(np.arange(4)[:, None] < nodes[None, :], noise, -np.inf), axis=0)
    shard_sd = rng.uniform(0.02, 0.06)
    edges = np.cumsum(rng.uniform(360, 1800, int(run.T / 360) + 2))
    shard = rng.normal(0, shard_sd, len(edges) + 1)[np.searchsorted(edges, t)]
    slow = np.interp(t, np.arange(int(run.T / 60) + 3) * 60.0,
                     hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800)))
    rate = lvl * np.exp(shard + slow - worst)
    on = np.ones(nt)
    for a0, b0, _ in run.pauses_t:
        on[int(a0 // TICK):int(b0 // TICK)] = 0.0
    for t0, dur, r0 in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int((t0 + dur) // TICK))
        on[i0:i1] *= np.linspace(r0, 1.0, max(i1 - i0, 1))[:i1 - i0]
    run.J = rate * TICK * on
    run.Nt = np.maximum(nodes, 1)


# ---------------------------------------------------------------- the path: Blynk devices, HTTP writes, a monitor

def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Episodes ``(start, end)`` (s): ``per_day`` a day on average, each ``lo``-``hi`` s long (log-uniform)."""
    k = int(rng.poisson(per_day * T / 86400))
    s = np.sort(rng.uniform(0, T, k))
    return np.stack([s, s + np.exp(rng.uniform(np.log(lo), np.log(hi), k))], axis=1) if k else np.zeros((0, 2))


def _inside(x, win) -> np.ndarray:
    """Which times of ``x`` lie in one of the windows ``win`` (``(start, end)`` rows, start sorted)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < np.maximum.accumulate(win[:, 1])[np.maximum(i, 0)])


def _path(rng, run) -> SimpleNamespace:
    """Every write's fate, fixed on the healthy run (the reads are linear in the images, but for the crop).

    Each node is a Blynk device whose reporter writes, from its process start, the images since its last write to
    a virtual pin every ``P`` s (a timer of 10, 12, 15, 20 or 30 s per device, plus 0-0.5 s of its work); a crash loses the interval under way, a graceful
    stop writes it."""
    T = run.T
    mode = "http" if rng.random() < 0.6 else "library"
    p = SimpleNamespace(mode=mode, carry=mode == "http" and rng.random() < 0.5, avg=rng.random() < 0.4)
    p.P = rng.choice([10.0, 12.0, 15.0, 20.0, 30.0], 4)  # a timer's round interval (changed after the first measure)
    dev, t_lo, t_hi, life = [], [], [], []
    nodes_of = [(t0, st["nodes"]) for t0, st in run.stage_at]
    for li, (a, b, graceful) in enumerate(run.lives):
        nn = next(x for t0, x in reversed(nodes_of) if t0 <= a + 1e-6)
        b = min(b, T)
        for d in range(nn):
            k = int((b - a) / p.P[d]) + 1
            w = a + p.P[d] * np.arange(1, k + 1) + rng.uniform(0, 0.5, k)
            w = w[w < b]
            if graceful and b < T:
                w = np.append(w, b)
            if len(w) == 0:
                continue
            dev.append(np.full(len(w), d))
            t_hi.append(w)
            t_lo.append(np.concatenate([[a], w[:-1]]))
            life.append(np.full(len(w), li))
    p.dev, p.t_lo, p.t_hi, p.life = (np.concatenate(x) for x in (dev, t_lo, t_hi, life))
    m = len(p.dev)
    c = {}
    # refusals: the server's restarts, flood episodes (a debug loop writing other pins past the device's message
    # limit: writes refused with probability 0.6-0.95), the lab's network blips (a library device stays offline
    # until it reconnects 5-30 s later, after its heartbeat lapses)
    p.down = _windows(rng, T, rng.uniform(0.1, 0.6), 30, 300)
    p.flood = _windows(rng, T, rng.uniform(0.3, 3), 60, 600)
    p.blips = _windows(rng, T, rng.uniform(3, 15), 5, 120)
    if mode == "library" and len(p.blips):
        p.blips[:, 1] += rng.uniform(5, 30, len(p.blips))
    down = _inside(p.t_hi, p.down)
    flood = _inside(p.t_hi, p.flood) & (rng.random(m) < rng.uniform(0.6, 0.95))
    offline = _inside(p.t_hi, p.blips)
    ok = ~(down | flood | offline)
    c["refused_down"], c["refused_flood"] = int(down.sum()), int((flood & ~down).sum())
    c["refused_offline"] = int((offline & ~down & ~flood).sum())
    c["server_restarts"], c["blips"] = len(p.down), len(p.blips)
    # what a stored write covers: with carry, the images since the last stored write of its life
    t_from = p.t_lo.copy()
    if p.carry:
        key = p.dev * 100000 + p.life
        prev_key = -1
        for i in range(m):
            if key[i] != prev_key:
                start, prev_key = p.t_lo[i], key[i]
            if ok[i]:
                t_from[i] = start
                start = p.t_hi[i]
        c["carried"] = int((ok & (t_from < p.t_lo)).sum())
        later = np.zeros(m, bool)  # a stored write follows in the same life
        seen = {}
        for i in range(m - 1, -1, -1):
            later[i] = seen.get(key[i], False)
            seen[key[i]] = seen.get(key[i], False) or bool(ok[i])
        c["lost_refused"] = int((~ok & ~later).sum())
    else:
        c["carried"], c["lost_refused"] = 0, int((~ok).sum())
    p.t_from = t_from
    p.ok = ok
    c["crash_lost"] = sum(not g for a, b, g in run.lives)
    # the datastream's max: in 30 % of runs 1.3-3 times the first stage's typical write (a template default);
    # larger values are cropped to it
    lv0 = _level(run.cfg, run.stage_at[0][1]) / run.stage_at[0][1]["nodes"]
    p.cmax = lv0 * np.median(p.P) * rng.uniform(1.3, 3.0) if rng.random() < 0.3 else np.inf
    # the server stamps a write on reception (HTTP 50-800 ms); 0.3-1 % of stored HTTP writes time out at the client
    # and are sent again 6-13 s later (stored twice)
    lat = _lu(rng, 0.05, 0.8) * np.exp(rng.normal(0, 0.4, m))
    stamp = p.t_hi + lat
    dbl = ok & (rng.random(m) < (rng.uniform(0.003, 0.01) if mode == "http" else 0.0))
    c["doubled"] = int(dbl.sum())
    w_idx = np.concatenate([np.nonzero(ok)[0], np.nonzero(dbl)[0]])
    st2 = np.concatenate([stamp[ok], stamp[dbl] + rng.uniform(6, 13, int(dbl.sum()))])
    # the history store writes a value 0.2-2 s after its stamp, 20-150 s in lag episodes (0.5-3 a day, 2-20 min)
    p.lag = _windows(rng, T, rng.uniform(0.5, 3), 120, 1200)
    stored = st2 + _lu(rng, 0.2, 2.0) + np.where(_inside(st2, p.lag), rng.uniform(20, 150, len(st2)), 0.0)
    minute = np.floor(st2 / STEP).astype(int)
    c["moved"] = int((minute != np.floor(p.t_hi[w_idx] / STEP)).sum())
    # the monitor reads every minute at phase phi of its own clock (offset sd 0.5-5 s, in 25 % of runs 20-90 s ahead
    # or behind, drifting 0-40 ppm between hourly-to-daily resyncs), takes a minute once its clock passes the
    # minute's end plus 5-30 s, and its history window holds 3 minutes; it restarts 0.3-1.5 a day (down 1-8 min)
    off0 = rng.normal(0, rng.uniform(0.5, 5)) + (rng.choice([-1, 1]) * rng.uniform(20, 90) if rng.random() < 0.25
                                                  else 0.0)
    drift, resync = rng.uniform(0, 40e-6), rng.uniform(3600, 86400)
    phi, settle = rng.uniform(0, 60), rng.uniform(5, 30)
    p.mon_down = _windows(rng, T, rng.uniform(0.3, 1.5), 60, 480)
    c["monitor_restarts"] = len(p.mon_down)
    n = run.n
    j = np.arange(int(T / STEP) + 10)
    r_true = phi + STEP * j - (off0 + drift * ((phi + STEP * j) % resync))
    live_read = ~_inside(r_true, p.mon_down)
    nxt = np.full(len(j), len(j) - 1)
    lr = np.nonzero(live_read)[0]
    pos = np.searchsorted(lr, j)
    nxt[pos < len(lr)] = lr[pos[pos < len(lr)]]
    mins = np.arange(n + 5)
    j0 = np.ceil(((mins + 1) * STEP + settle - phi) / STEP).astype(int)
    j1 = nxt[np.minimum(j0, len(j) - 1)]
    read_at = np.where(j1 - j0 < 3, r_true[j1], -np.inf)
    c["unread"] = int((read_at[:n] == -np.inf).sum())
    mm = np.minimum(minute, n + 4)
    counted = (minute >= 0) & (minute < n) & (stored <= read_at[mm])
    c["late"] = int(((minute < n) & (read_at[mm] > -np.inf) & (stored > read_at[mm])).sum())
    p.w_idx, p.minute, p.counted = w_idx[counted], minute[counted], counted
    p.off0, p.settle, p.phi = off0, settle, phi
    p.counts = c
    return p


def _write_counts(run, J) -> np.ndarray:
    """Each write's images (what it covers of ``J``, the images per tick), cropped at the datastream's max."""
    p = run.path
    share = J / run.Nt
    Cc = np.concatenate([[0.0], np.cumsum(share)])

    def C(t):
        x = np.clip(t / TICK, 0, len(J) - 1e-9)
        i = x.astype(int)
        return Cc[i] + (x - i) * share[i]

    return np.minimum(np.maximum(C(p.t_hi) - C(p.t_from), 0.0), p.cmax)


def _reads(run, J) -> np.ndarray:
    """The monitor's points (images/s) for the images per tick ``J``: each device's stored writes read in time,
    summed (or, where the history keeps only the minute's average, averaged) per minute of the server's time."""
    p, n = run.path, run.n
    cnt = _write_counts(run, J)
    v = cnt[p.w_idx]
    if not p.avg:
        return np.bincount(p.minute, v, minlength=n)[:n] / STEP
    key = p.dev[p.w_idx] * n + p.minute
    s = np.bincount(key, v, minlength=4 * n)
    k = np.bincount(key, minlength=4 * n)
    return (s / np.maximum(k, 1)).reshape(4, n).sum(axis=0) / STEP


def _spans(run, h) -> list[tuple[int, int]]:
    """A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or it reads
    nothing."""
    n = run.n
    mask = h <= 0
    for a, b, _ in run.pauses_t:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        mask[s:e] = True
    for t0, dur, _ in run.ramps:
        s, e = max(0, int(t0 // STEP) - 1), min(n, int(np.ceil((t0 + dur / 2) / STEP)) + 1)
        mask[s:e] = True
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return [(int(s), int(e)) for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _rates(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    p = run.path
    raw = _write_counts(run, run.J) if np.isfinite(p.cmax) else None
    p.counts["cropped"] = int((raw[p.w_idx] >= p.cmax).sum()) if raw is not None else 0
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


# ---------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """The share of a tick's images lost, per tick from the onset (``length`` ticks, a leak's ramp ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # an augmentation worker pool shrinks (workers OOM-killed one after another)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":  # the oversampled abnormal seedlings' augmentation cache grows into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
    bad = np.searchsorted(edges, s, side="right") % 2 == 1  # image reads from the lab's NAS slow in bursts
    return np.where(bad, 1.0, rng.uniform(0.05, 0.25))


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], np.arange(n) * STEP, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or any(onset <= c < stop for c in changes):
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.35))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        a, v = 1.0, None
        for _ in range(3):
            J = run.J.copy()
            J[i0:i1] *= 1 - a * w
            v = _reads(run, J)
            loss, k = hc.live_loss(v, healthy, live, c0, stop)
            if k < 8 or loss <= 0:
                break
            a = a * target / loss
        if v is None or not 0 < a <= 1:
            continue
        J = run.J.copy()
        J[i0:i1] *= 1 - a * w
        v = _reads(run, J)
        same = np.abs(v - healthy) <= 1e-9 * (1 + np.abs(healthy))  # the cumulative sum's rounding after it
        v[same] = healthy[same]
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        full = healthy.copy()
        full[on:end] = v[on:end]
        depth = hc.shown_depth(full, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, healthy[on:end] - v[on:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout216(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout216_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT216_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout216, seeds, n, pauses)
