"""DOCSTRING PLACEHOLDER

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 179
HELDOUT179_SEEDS = tuple(range(1792000, 1792012))
TICK = 5.0  # s: the job's frames are simulated per tick
STEP = 60.0  # s: one point is one minute of the monitor
K = int(STEP / TICK)
EPOCH = 1767225600.0  # 2026-01-01T00:00Z, a whole minute
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 45), "long": (1, 90)}
PATH_KEYS = ("busy_503", "timeout_500", "client_timeouts", "sdk_retries", "written_unknown", "resent_after_unknown",
             "carried", "dropped", "read_twice",
             "moved_by_update", "late_missed", "query_failed", "partial_pages", "secondary_reads", "stale_missed",
             "clock_steps", "lost_in_crash", "unread_minutes")
DAY = 86400.0


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


# ---------------------------------------------------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """Frames/s of the job at stage ``st``: the GPUs' rate (resolution and model cost) against the CPU workers'
    (decode, overlay masking, resize and augmentation), a step waiting for the slower side (a soft maximum)."""
    g = st["nodes"] * cfg["gpn"]
    gpu = g * cfg["gpu"] * cfg["eff"] ** np.log2(g) / (cfg["res_c"] ** st["res"] * cfg["vt_c"] ** st["vt"])
    cpu = st["nodes"] * cfg["cpu"] / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: a higher input resolution (at most twice), the switch to the video transformer
    (once), heavier augmentation (at most twice) or, 1 in 5, another node count; redrawn until the level moves
    15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 0.2:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif u < 0.5 and st["res"] < 2:
            new["res"] += 1
        elif u < 0.7 and st["vt"] < 1:
            new["vt"] = 1
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # frames trained per 5-s tick (all nodes)
    pauses_t: list  # (start, end, kind) in s
    ramps: list  # (start, end) in s
    lives: list  # (start, end, crashed) of each process
    known_t: list  # resume times of the relaunches that changed the stage
    counts: dict
    cfg: dict
    nodes: np.ndarray = None  # node count per life
    path: object = None
    dt: float = STEP


_PAUSE = {  # (lo, hi) in minutes per setting: start-up, eval, checkpoint, crash down, restart start-up, relaunch stop
    "startup": ((4, 12), (25, 55)), "eval": ((3, 8), (12, 30)), "ckpt": ((0.3, 1.5), (2, 5)),
    "down": ((1, 5), (6, 20)), "restart": ((2, 6), (8, 20)), "stop": ((1, 3), (5, 12))}


def _pl(rng, name: str, setting: str) -> float:
    lo, hi = _PAUSE[name][hc.SETTINGS[setting]]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> Run:
    T = n * STEP + 600.0
    cfg = {"gpn": int(rng.choice([4, 8])), "gpu": _lu(rng, 120, 900), "eff": rng.uniform(0.88, 0.97),
           "res_c": rng.uniform(1.3, 1.8), "vt_c": rng.uniform(1.5, 2.5), "aug_c": rng.uniform(1.2, 1.6)}
    nodes0 = int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.25, 0.15]))
    cfg["cpu"] = cfg["gpn"] * cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": nodes0, "res": 0, "vt": 0, "aug": 0}
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] > 3600]
    crash_mean = 3600 * rng.uniform(10, 40)
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    pauses, ramps, lives, known, stages, life_nodes = [], [], [], [], [(0.0, dict(st))], []
    ck_every = int(rng.integers(2, 5))
    eval_lo, eval_hi = 60 * rng.uniform(40, 60), 60 * rng.uniform(80, 120)
    su = _pl(rng, "startup", setting)
    pauses.append((0.0, su, "startup"))
    t, life0 = su, 0.0

    def ramp(t0):
        ramps.append((t0, t0 + 60 * rng.uniform(2, 5), rng.uniform(0.35, 0.7)))

    ramp(t)
    next_eval = t + rng.uniform(eval_lo, eval_hi)
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        nr = rel[ri] if ri < len(rel) else np.inf
        if nr < t + 600:
            nr = rel[ri] = t + rng.uniform(600, 1200)
        e = min(next_eval, next_crash, nr)
        if e >= T:
            break
        t = e
        if e == next_eval:
            counts["evals"] += 1
            ck = counts["evals"] % ck_every == 0
            d = _pl(rng, "eval", setting) + (_pl(rng, "ckpt", setting) if ck else 0.0)
            counts["ckpts"] += ck
            pauses.append((t, t + d, "ckpt" if ck else "eval"))
            t += d
            next_eval = t + rng.uniform(eval_lo, eval_hi)
        elif e == next_crash:  # a decoder worker's segfault on a corrupt video takes the job down
            counts["crashes"] += 1
            lives.append((life0, t, True))
            life_nodes.append(st["nodes"])
            d = _pl(rng, "down", setting)
            s = _pl(rng, "restart", setting)
            pauses.append((t, t + d + s, "crash"))
            life0 = t + d
            t += d + s
            ramp(t)
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(eval_lo, eval_hi)
        else:  # a planned relaunch onto a new stage: graceful stop, queued, started again
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, False))
            life_nodes.append(st["nodes"])
            d = _pl(rng, "stop", setting) + 60 * rng.uniform(1, 5)
            s = _pl(rng, "restart", setting)
            pauses.append((t, t + d + s, "relaunch"))
            life0 = t + d
            t += d + s
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t)
            st = new
            stages.append((t, dict(st)))
            ramp(t)
            next_eval = t + rng.uniform(eval_lo, eval_hi)
    lives.append((life0, np.inf, False))
    life_nodes.append(st["nodes"])
    nt = int(T / TICK) + 1
    J = _frames(rng, nt, cfg, stages, pauses, ramps)
    run = Run(n=n, nt=nt, J=J, pauses_t=pauses, ramps=[(a, b) for a, b, _ in ramps], lives=lives, known_t=known,
              counts=counts, cfg=cfg)
    run.nodes = np.array(life_nodes)
    return run


def _frames(rng, nt: int, cfg: dict, stages, pauses, ramps) -> np.ndarray:
    """Frames trained per tick: the stage's level, the contractor archive being read (its codec and resolution),
    an archive's opening, data-loader stalls on huge or corrupt videos, an AR(1) and a slow OU noise, the ramps
    after a start, and no frame inside a pause."""
    tt = np.arange(nt) * TICK
    starts = np.array([s[0] for s in stages])
    lv = np.array([_level(cfg, s[1]) for s in stages])[np.searchsorted(starts, tt, side="right") - 1]
    f = np.ones(nt)
    sd_arch = rng.uniform(0.04, 0.12)
    t = 0.0
    while t < nt * TICK:  # contractor archives, read one at a time
        d = _lu(rng, 240, 1800)
        a, b = int(t / TICK), int((t + d) / TICK)
        fac = np.exp(rng.normal(0, sd_arch)) * (rng.uniform(0.8, 0.92) if rng.random() < 0.2 else 1.0)
        f[a:b] *= fac
        o = int(rng.uniform(5, 30) / TICK) + 1
        f[a:a + o] *= rng.uniform(0.3, 0.7)
        t += d
    n_st = rng.poisson(rng.uniform(0.3, 2.0) * nt * TICK / 3600)
    for s in rng.uniform(0, nt * TICK, n_st):  # loader stalls: a worker stuck on one video
        a = int(s / TICK)
        f[a:a + int(rng.uniform(10, 60) / TICK) + 1] *= rng.uniform(0.4, 0.8)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 60)
    al = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - al * al), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = al * x[i - 1] + e[i]
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), 60 * rng.uniform(30, 150))
    f *= np.exp(x + np.interp(tt, np.arange(len(ou)) * 60.0, ou))
    for a, b, r0 in ramps:
        m = (tt >= a) & (tt < b)
        f[m] *= r0 + (1 - r0) * (tt[m] - a) / (b - a)
    J = lv * f * TICK
    for a, b, _ in pauses:  # the share of each tick that trains
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1])
        J[i0:i1] *= 1 - np.clip(ov / TICK, 0, 1)
        J[i0 + 1:max(i0 + 1, int(b // TICK))] = 0.0
    return np.maximum(J, 0.0)


# ---------------------------------------------------------------------------------------------------------- the path

@dataclass
class Path:
    mode: str  # "minute": PartitionKey job + the node's clock minute; "timestamp": PartitionKey node, read by Timestamp
    carry: bool  # a failed upsert's frames go into the next entity (else they are dropped)
    read_loc: str  # "primary", "failover" (retry_to_secondary) or "secondary"
    keep_partial: bool
    P: float
    qlag: float
    client_to: float  # s: the reporter's timeout for one try
    cs: np.ndarray = None  # each read copy: its content's start and end (s of true time), minute and node share
    ce: np.ndarray = None
    minute: np.ndarray = None
    share: np.ndarray = None
    copies: np.ndarray = None  # per entity: how many minutes read it
    counts: dict = field(default_factory=dict)


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + np.array([_lu(rng, lo, hi) for _ in range(k)])]) if k else np.zeros((0, 2))


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which times ``x`` lie in one of the windows ``[a, b)`` (sorted by start, not overlapping much)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < np.where(ok, win[np.maximum(i, 0), 1], -np.inf))


def _which(x, win: np.ndarray) -> np.ndarray:
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return np.where((i >= 0) & _inside(x, win), i, -1) if len(win) else np.full(np.shape(x), -1)


def _clock(rng, T: float, drifts: bool):
    """A node's clock offset (s) as a function of true time: small, or a drifting clock stepped back now and
    then (an hourly ``ntpdate``-style correction). Returns ``(offset(t), steps)``."""
    base = rng.normal(0, rng.uniform(0.02, 0.3))
    if not drifts:
        return (lambda t: np.full(np.shape(t), base)), 0
    rate = rng.choice([-1, 1]) * rng.uniform(1, 5) / 3600
    every = 3600 * rng.uniform(1, 6)
    steps = np.arange(rng.uniform(0, every), T, every)

    def off(t):
        last = np.concatenate([[0.0], steps])[np.searchsorted(steps, t, side="right")]
        return base + rate * (np.asarray(t) - last)

    return off, len(steps)


def _path(rng, run: Run) -> Path:
    n = run.n
    T = n * STEP + 300.0
    P = float(rng.choice([15.0, 20.0, 30.0])) if rng.random() < 0.85 else rng.uniform(15, 30)
    p = Path(mode="minute" if rng.random() < 0.45 else "timestamp", carry=rng.random() < 0.65,
             read_loc=str(rng.choice(["primary", "failover", "secondary"], p=[0.6, 0.25, 0.15])),
             keep_partial=rng.random() < 0.5, P=P, qlag=rng.uniform(5, 45), client_to=rng.uniform(5, 20))
    busy = _episodes(rng, T, rng.uniform(1, 6), 10, 480)
    p_w = np.append(rng.uniform(0.3, 0.9, len(busy)), 0.0)  # a last 0 so that an empty list can be indexed
    p_q = np.append(rng.uniform(0.2, 0.7, len(busy)), 0.0)
    p500 = rng.uniform(0.001, 0.004)
    lag_ep = _episodes(rng, T, rng.uniform(0.3, 2), 120, 900)
    lag_x = np.array([_lu(rng, 60, 900) for _ in range(len(lag_ep))] + [0.0])
    lag0 = rng.uniform(1, 15)
    drift_node = int(rng.integers(4)) if rng.random() < 0.25 else -1
    clocks = [_clock(rng, T, k == drift_node) for k in range(4)]
    c = dict.fromkeys(PATH_KEYS, 0)
    c["clock_steps"] = sum(s for _, s in clocks)

    def lag(t):
        i = _which(t, lag_ep)
        return lag0 + rng.uniform(0, 2, np.shape(t)) + np.where(i >= 0, lag_x[np.maximum(i, 0)], 0.0)

    # the monitor's query of minute m: when it runs, whether the primary failed it, where it read and how stale
    mins = np.arange(n)
    q = (mins + 1) * STEP + p.qlag + rng.uniform(0, 1.5, n)
    qi = _which(q, busy)
    failed = (qi >= 0) & (rng.random(n) < np.where(qi >= 0, p_q[np.maximum(qi, 0)], 0.0))
    L = np.zeros(n)
    cut = np.full(n, 4)  # the partitions (nodes, in key order) a query read before it stopped
    if p.read_loc == "secondary":
        L[:] = lag(q)
        failed[:] = False
    elif p.read_loc == "failover":
        L[failed] = lag(q[failed])
        failed[:] = False
    elif p.mode == "timestamp" and p.keep_partial:
        cut[failed] = rng.integers(0, 4, failed.sum())
        c["partial_pages"] = int((failed & (cut > 0)).sum())
        failed[:] = False
    else:
        cut[failed] = 0
    c["query_failed"] = int((cut < 4).sum())
    c["secondary_reads"] = int((L > 0).sum())
    out = [[], [], [], []]
    copies = []
    for (a, b, crashed), N in zip(run.lives, run.nodes):
        if a >= T:
            break
        end = min(b, T)
        for k in range(int(N)):
            m = int((end - a) / P) + 3
            t = a + rng.uniform(0, P) + np.cumsum(np.full(m, P) + rng.uniform(0.02, 0.3, m)) - P
            t = t[t < end]
            if not crashed and b < T:
                t = np.append(t, b + 0.05)  # a graceful stop writes the frames under way
            if len(t) == 0:
                continue
            W = len(t)
            bi = _which(t, busy)  # an episode's state at the upsert's first try holds for its retries
            pb = np.where(bi >= 0, p_w[np.maximum(bi, 0)], 0.0005)[:, None]
            p5 = np.where(bi >= 0, 5 * p500, p500)[:, None]
            lat = rng.uniform(0.02, 0.2, (W, 4))
            slow = (bi >= 0)[:, None] & (rng.random((W, 4)) < 0.3)  # queued at a busy partition server
            lat = np.where(slow, np.exp(rng.uniform(0, np.log(40), (W, 4))), lat)
            u = rng.random((W, 4))
            s503 = u < pb
            s500 = ~s503 & (u < pb + p5)
            tout = ~s503 & ~s500 & (lat > p.client_to)  # the client gives up; the server may still write it
            w500 = s500 & (rng.random((W, 4)) < 0.6)  # "Operation Timed Out": the write may still have landed
            ok = ~s503 & ~s500 & ~tout
            dur = np.where(s503 | s500, lat, np.minimum(lat, p.client_to))
            back = np.column_stack([np.zeros(W), np.zeros(W), 1.6 * rng.uniform(0.8, 1.2, W),
                                    3.2 * rng.uniform(0.8, 1.2, W)])
            ta = np.empty((W, 4))
            ta[:, 0] = t
            for j in range(1, 4):
                ta[:, j] = ta[:, j - 1] + dur[:, j - 1] + back[:, j]
            first = np.where(ok.any(1), ok.argmax(1), 4)
            made = np.arange(4)[None, :] <= first[:, None]
            commit = made & (ok | w500 | (tout & (lat < 30)))
            ct = np.where(commit, ta + lat, np.nan)
            client_ok = first < 4
            consumed = client_ok | ~p.carry
            c["busy_503"] += int((s503 & made).sum())
            c["timeout_500"] += int((s500 & made).sum())
            c["sdk_retries"] += int(made.sum() - W)
            c["written_unknown"] += int(((w500 | (tout & (lat < 30))) & made).sum())
            c["client_timeouts"] += int((tout & made).sum())
            c["resent_after_unknown"] += int((~client_ok & p.carry & commit.any(1)).sum())
            c["carried"] += int((~client_ok & p.carry).sum())
            c["dropped"] += int((~client_ok & ~p.carry).sum())
            idx = np.where(consumed, np.arange(W), -1)
            prev = np.maximum.accumulate(np.concatenate([[-1], idx[:-1]]))
            cs = np.where(prev >= 0, t[np.maximum(prev, 0)], a)
            if crashed:
                c["lost_in_crash"] += 1
            mins_read = _entity_reads(p, t, ct, q, L, failed, cut, k, clocks[k][0], c)
            for j in range(mins_read.shape[1]):
                r = mins_read[:, j]
                sel = (r >= 0) & (r < n)
                out[0].append(cs[sel])
                out[1].append(t[sel])
                out[2].append(r[sel])
                out[3].append(np.full(sel.sum(), 1.0 / N))
            copies.append(((mins_read >= 0) & (mins_read < n)).sum(1))
    p.cs, p.ce, p.minute, p.share = (np.concatenate(x) for x in out)
    p.minute = p.minute.astype(int)
    p.copies = np.concatenate(copies)
    cc = (p.copies >= 2).sum()
    c["read_twice"] += int(cc)
    p.counts = c
    return p


def _entity_reads(p: Path, t, ct, q, L, failed, cut, k: int, clock, c: dict) -> np.ndarray:
    """The minutes (-1: none) in which the monitor reads each entity: one column per commit of the entity."""
    n = len(q)
    W = len(t)
    has = ~np.isnan(ct)
    out = np.full((W, 4), -1)
    if p.mode == "minute":  # one key per entity, made at its creation from the node's clock; read once, if there
        key = np.floor((t + clock(t)) / STEP).astype(int)
        kk = np.clip(key, 0, n - 1)
        c1 = np.where(has.any(1), np.nanmin(np.where(has, ct, np.inf), 1), np.inf)
        seen = has.any(1) & ~failed[kk] & (cut[kk] > k) & (c1 <= q[kk] - L[kk])
        out[:, 0] = np.where(seen, key, -1)
        late = has.any(1) & ~seen & ~failed[kk] & (cut[kk] > k) & (key >= 0) & (key < n)
        stale = late & (c1 <= q[kk])
        c["stale_missed"] += int(stale.sum())
        c["late_missed"] += int((late & ~stale).sum())
        return out
    # PartitionKey the node; the monitor reads minute m by the Timestamp the server set at the entity's last write
    mu = np.where(has, np.floor(np.nan_to_num(ct, nan=-1e9) / STEP), -1).astype(int)
    muc = np.clip(mu, 0, n - 1)
    any_read = np.zeros(W, bool)
    lost = np.zeros(W, bool)
    for j in range(4):
        last_of_mu = has[:, j] & ~((mu[:, j + 1:] == mu[:, j:j + 1]) & has[:, j + 1:]).any(1)
        qv = q[muc[:, j]] - L[muc[:, j]]
        vis = np.where(has & (ct <= qv[:, None]), ct, -np.inf).max(1)  # the state the query sees
        vis_mu = np.floor(vis / STEP)
        ok = last_of_mu & (vis_mu == mu[:, j]) & ~failed[muc[:, j]] & (cut[muc[:, j]] > k)
        out[:, j] = np.where(ok, mu[:, j], -1)
        any_read |= ok
        lost |= last_of_mu & ~ok & np.isneginf(vis) & (L[muc[:, j]] > 0) & ~failed[muc[:, j]]
    c1 = np.nanmin(np.where(has, ct, np.inf), 1)
    moved = any_read & ~(out == np.floor(c1 / STEP)[:, None]).any(1)
    c["moved_by_update"] += int(moved.sum())
    c["stale_missed"] += int((has.any(1) & ~any_read & lost).sum())
    c["late_missed"] += int((has.any(1) & ~any_read & ~lost).sum())
    return out


# ---------------------------------------------------------------------------------------------------------- reads

def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points: frames/s per minute, the sum of the entities' frames it read (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C))
    p = run.path
    f = (np.interp(p.ce / TICK, grid, C) - np.interp(p.cs / TICK, grid, C)) * p.share
    return np.bincount(p.minute, weights=f, minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray) -> list:
    n = run.n
    paused = h <= 0
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s >= n:
            break
        paused[max(s, 0):min(e, n)] = True
    for a, b in run.ramps:
        s, e = int(a // STEP) - 1, int(np.ceil((a + 0.5 * (b - a)) / STEP)) + 1
        paused[max(s, 0):min(e, n)] = True
    d = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, changes)``."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    true = np.add.reduceat(run.J[:n * K], np.arange(0, n * K, K))
    run.path.counts["unread_minutes"] = int(((h <= 0) & (true > 0)).sum())
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


# ---------------------------------------------------------------------------------------------------------- regressions

def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's frames lost (0 .. 1) over ``length`` ticks (a leak's ramp ``ramp``)."""
    s = np.arange(length)
    if kind == "drop":  # a decoder worker pool shrunk (workers killed on huge videos, not respawned)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the video decoders' memory growing until the workers swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    w = np.empty(length)  # straggler: the frames' blob reads throttled in bursts
    calm, bm, cm = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(bm if bad else cm)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, m))`` or None after 80 rejected draws."""
    n = run.n
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
        i0, i1 = int(t0 // TICK), (run.nt if to_end else int(stop * K))
        w = _weight(rng, kind, i1 - i0, ramp * K)
        Jw = np.zeros(run.nt)
        Jw[i0:i1] = run.J[i0:i1] * w
        lost = _reads(run, Jw)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ls = healthy[c0:stop][lv].sum(), lost[c0:stop][lv].sum()
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * lost
        nz = np.nonzero(m > 0)[0]
        at = int(nz[0])
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v[at:], healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((i0 + ramp * K) * TICK // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m[at:])
    return None


def make_heldout179(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout179_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT179_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout179, seeds, n, pauses)
