"""The two-hundred-and-fifteenth held-out throughput family: a histopathology tumour-grading model's training images/s
on 1, 2 or 4 nodes, read through AWS IoT Core device shadows: each node's reporter writes its process's cumulative
image count and its clock's time to the reported state of the node's shadow every 10-30 s over MQTT, and a monitor
reads every shadow once a minute (``GetThingShadow``) and turns the counts into per-minute images by differences.

DOCSTRING-PENDING (written after the first measure: sources, heads' greps, what was opened, the counts table).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT215_SEEDS = tuple(range(2152000, 2152012))
CODE = 215
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # a whole minute
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (2, 34), "long": (2, 80)}  # a pause span's points (tests)
PATH_KEYS = ("published", "lost_offline", "queued_qos1", "inflight_429", "resent_stale", "version_409",
             "throttled_update", "read_failed", "held_same_version", "held_clock", "restarts_seen", "false_restarts",
             "disconnects", "clock_steps")
# pause lengths (s): (lo, hi) per setting
STARTUP = {"short": (240, 720), "long": (1200, 3000)}
EVAL = {"short": (180, 480), "long": (720, 1800)}
CKPT = {"short": (20, 90), "long": (120, 300)}
DOWN = {"short": (120, 300), "long": (360, 900)}
RESTART = {"short": (120, 360), "long": (480, 1200)}
STOP = {"short": (60, 180), "long": (300, 720)}


@dataclass
class Path:
    """The shadows' path of one run: per node the monitor's tick pairs ``hi[n]``, ``lo[n]`` (a point adds
    ``cum_n[hi] - cum_n[lo]``), the messages' fates and the counts of each distortion."""

    hi: list
    lo: list
    mode: str
    qos: int
    versioned: bool
    P: np.ndarray
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    dt: float
    J: np.ndarray  # images per tick (all nodes)
    share: np.ndarray  # (4, nt): each node's share of a tick's images
    pauses_t: list  # (a, b, kind) s
    lives: list  # (t0, t1, nodes) of each process life (a crash or relaunch ends one)
    known_t: list
    segs: list  # (t0, t1, level, stage)
    counts: dict
    ramps: list = field(default_factory=list)  # (t0, t1) of each ramp after a start-up
    path: Path | None = None


# ----------------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: ``nodes`` nodes of ``gpn`` GPUs each (``eff`` per doubling of nodes), a tile shape
    ``cost`` times dearer on the GPUs and ``aug`` times on the CPU workers; a step waits for the slower side."""
    nodes = st["nodes"]
    scale = nodes * cfg["eff"] ** np.log2(nodes)
    gpu = cfg["gpu"] * cfg["gpn"] * scale / cfg["cost"][st["shape"]]
    cpu = cfg["cpu"] * cfg["gpn"] * scale / cfg["aug"][st["shape"]]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch: onto another node count (1/2/4) or another tile shape (magnification mix and tile size), redrawn
    until the level moves by 15 % or more and at most 3 times."""
    for _ in range(60):
        new = dict(st)
        if rng.random() < 0.5:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["shape"] = int(rng.choice([x for x in range(3) if x != st["shape"]]))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _tk(t: float) -> float:
    return float(np.round(t / TICK) * TICK)


def _schedule(rng, n: int, pauses: str) -> Run:
    """The job's timeline and images per 5-s tick (the laws are in the docstring)."""
    T = n * STEP
    nt = n * K
    cfg = {"gpu": hc.log_uniform(rng, 90, 600), "gpn": int(rng.choice([4, 8])), "eff": rng.uniform(0.84, 0.97),
           "cpu": 0.0, "cost": [1.0, rng.uniform(1.3, 1.8), rng.uniform(1.9, 2.8)],
           "aug": [1.0, rng.uniform(1.1, 1.5), rng.uniform(1.4, 2.2)]}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.0)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "shape": int(rng.choice(3, p=[0.5, 0.3, 0.2]))}
    n_rel = int(rng.choice(4, p=[0.3, 0.35, 0.25, 0.1]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]
    crash_mean = rng.uniform(12, 40) * 3600
    ev_lo, ev_hi = rng.uniform(40, 70) * 60, rng.uniform(80, 130) * 60
    ck_every = int(rng.choice([2, 3]))
    ramp_from = rng.uniform(0.3, 0.65)
    pauses_t, lives, known_t, segs = [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "evals": 0, "ckpts": 0}
    ramps = []  # (t0, t1) of each ramp after a start-up

    def startup(t, dur, kind):
        ramp = _tk(rng.uniform(120, 300))
        pauses_t.append((t, t + dur + 0.5 * ramp, kind))
        ramps.append((t + dur, t + dur + ramp))
        return t + dur

    t, life0 = 0.0, 0.0
    t = startup(t, _tk(_u(rng, STARTUP[pauses])), "startup")
    next_eval = t + rng.uniform(ev_lo, ev_hi)
    next_crash = t + rng.exponential(crash_mean)
    n_eval = 0
    while t < T:
        cand = [next_eval, next_crash, rel[0] if rel else np.inf, T]
        which = int(np.argmin(cand))
        t1 = _tk(max(cand[which], t + 4 * TICK))
        segs.append((t, t1, _level(cfg, st), dict(st)))
        t = t1
        if which == 3 or t >= T:
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            dur = _tk(_u(rng, EVAL[pauses]))
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                ck = _tk(_u(rng, CKPT[pauses]))
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + rng.uniform(ev_lo, ev_hi)
            continue
        lives.append((life0, t, st["nodes"]))
        if which == 1:
            counts["crashes"] += 1
            down = _tk(_u(rng, DOWN[pauses]))
            pauses_t.append((t, t + down, "crash"))
            life0 = t + down
            t = startup(t + down, _tk(_u(rng, RESTART[pauses])), "restart")
            next_crash = t + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            stop = _tk(_u(rng, STOP[pauses]) + rng.uniform(120, 480))  # stopped, then queued for nodes
            pauses_t.append((t, t + stop, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            counts["kept_stage"] = counts.get("kept_stage", 0) + (new == st)
            changed, st = new != st, new
            life0 = t + stop
            t = startup(t + stop, _tk(_u(rng, STARTUP[pauses]) * 0.6), "relaunch_start")
            if changed:
                known_t.append(t)
        next_eval = max(next_eval, t + rng.uniform(0.5, 1.0) * ev_lo)
    lives.append((life0, np.inf, st["nodes"]))
    pauses_t = _merged(pauses_t)
    J, share = _images(rng, nt, cfg, segs, ramps, ramp_from, lives)
    return Run(n, nt, STEP, J, share, pauses_t, lives, known_t, segs, counts, ramps)


def _merged(pauses_t):
    """Pauses that touch or overlap merged (the first's kind kept)."""
    out = []
    for a, b, kind in sorted(pauses_t):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]), out[-1][2])
        else:
            out.append((a, b, kind))
    return out


def _ar(rng, m: int, sd: float, tau: float) -> np.ndarray:
    """A stationary AR(1) per tick (sd ``sd``, correlation time ``tau`` s)."""
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    e[0] = rng.normal(0, sd)
    return lfilter([1.0], [1.0, -a], e)


def _images(rng, nt: int, cfg: dict, segs, ramps, ramp_from: float, lives):
    """Images per tick: the stage's level times slide batches' factors, the stain-cache refreshes, an AR(1) and a
    slow OU of the log and the ramps; and each node's share (equal over the life's nodes)."""
    lvl = np.zeros(nt)
    for t0, t1, lv, st in segs:
        lvl[int(t0 / TICK):min(nt, int(t1 / TICK))] = lv
    # slide batches: a batch of slides lasts 4-30 min of wall time; its tissue share sets the rate
    sd_b = rng.uniform(0.02, 0.07)
    hi_dear = rng.uniform(0.04, 0.11)
    fac = np.ones(nt)
    i = 0
    while i < nt:
        L = int(hc.log_uniform(rng, 240, 1800) / TICK)
        f = np.exp(rng.normal(0, sd_b)) / ((1 + hi_dear) if rng.random() < 0.22 else 1.0)
        fac[i:i + L] = f
        i += L
    # the CPU workers refresh their stain-normalisation reference every 8-20 min: 10-30 s at 75-92 %
    per = rng.uniform(480, 1200)
    tt = np.arange(nt) * TICK
    ph = (tt + rng.uniform(0, per)) % per
    fac *= np.where(ph < rng.uniform(10, 30), rng.uniform(0.75, 0.92), 1.0)
    x = _ar(rng, nt, rng.uniform(0.015, 0.05), rng.uniform(15, 60)) + _ar(rng, nt, rng.uniform(0.01, 0.03),
                                                                           rng.uniform(1800, 10800))
    rate = lvl * fac * np.exp(x)
    for a, b in ramps:
        i0, i1 = int(a / TICK), min(nt, int(b / TICK))
        if i1 > i0:
            rate[i0:i1] *= np.linspace(ramp_from, 1.0, i1 - i0)
    J = rate * TICK
    share = np.zeros((4, nt))
    for l0, l1, nodes in lives:
        i0, i1 = int(l0 / TICK), min(nt, int(min(l1, 1e12) / TICK))
        share[:nodes, i0:i1] = 1.0 / nodes
    return J, share


# ---------------------------------------------------------------------------------------------------------- the path


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes ``(start, end)`` over ``[0, T)``, log-uniform ``lo``-``hi`` s long."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    return np.column_stack([s, s + d]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``win`` (``[a, b)``, sorted by start, may overlap)."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _clock(rng, T: float, unsynced: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node clock's offset: step times and the offset after each (an unsynchronised node steps 1-4 times a day,
    sd 2-30 s; a synchronised one is within sd 0.05 s)."""
    if not unsynced:
        return np.array([0.0]), np.array([rng.normal(0, 0.05)])
    k = rng.poisson(rng.uniform(1, 4) * T / DAY)
    ts = np.concatenate([[0.0], np.sort(rng.uniform(0, T, k))])
    off = np.cumsum(np.concatenate([[rng.normal(0, 1.0)], rng.normal(0, rng.uniform(2, 30), k)]))
    return ts, off


def _node_messages(rng, run: Run, node: int, P: float, pp: dict, thr: np.ndarray, c: dict):
    """One node's shadow updates: ``(apply time, tick, life, life's first tick, clock time)`` of each update the
    shadow accepted, in the order they were applied."""
    T = run.n * STEP
    t_l, t_c, t_s, t_st, t_clk = [], [], [], [], []
    disc = _episodes(rng, T, pp["disc_per_day"], 20, pp["disc_hi"])
    c["disconnects"] += len(disc)
    cts, coff = _clock(rng, T, pp["unsynced"] and (node == 0 or rng.random() < 0.5))
    c["clock_steps"] += len(cts) - 1
    for li, (l0, l1, nodes) in enumerate(run.lives):
        if node >= nodes or l0 >= T:
            continue
        end = min(l1, T + 120)
        base = np.arange(l0 + rng.uniform(1, P), end, P)
        tp = base + rng.normal(0, 0.2, len(base))  # the reporter's timer on its own clock, 0.2 s of jitter
        tp = np.sort(tp[(tp > l0) & (tp < end)])
        if l1 < T and run_graceful(run, l1):
            tp = np.append(tp, l1 - 0.5)  # a relaunch stops gracefully: one last report
        c["published"] += len(tp)
        send = tp.copy()
        ok = np.ones(len(tp), bool)
        extra = []  # (send time, index) of a stale copy re-sent after a reconnection
        for a, b in disc:
            inn = (tp >= a) & (tp < b)
            if not inn.any():
                continue
            back = b + rng.uniform(0.5, 4)
            if pp["qos"] == 0 or back >= l1:  # QoS 0, or the queue died with its process
                ok &= ~inn
                c["lost_offline"] += int(inn.sum())
            else:
                idx = np.nonzero(inn)[0]
                c["queued_qos1"] += len(idx)
                send[idx] = back + 0.05 * np.arange(len(idx))
                if len(idx) > 10:  # more than 10 in flight on the connection: the shadow answers 429
                    ok[idx[10:]] = False
                    c["inflight_429"] += len(idx) - 10
                before = np.nonzero(tp < a)[0]
                if len(before) and rng.random() < 0.3:  # an unacknowledged update sent again after the queue
                    extra.append((back + 0.05 * (len(idx) + 1), int(before[-1])))
                    c["resent_stale"] += 1
        if pp["versioned"]:
            bad = rng.random(len(tp)) < pp["p409"]
            c["version_409"] += int((bad & ok).sum())
            ok &= ~bad
        th = _inside(send, thr) & (rng.random(len(tp)) < pp["q_upd"])
        c["throttled_update"] += int((th & ok).sum())
        ok &= ~th
        lat = rng.uniform(0.05, 0.8, len(tp))
        idx = np.concatenate([np.nonzero(ok)[0], np.array([i for _, i in extra], int)])
        t_l.append(np.concatenate([send[ok] + lat[ok], np.array([x for x, _ in extra])]))
        t_c.append(np.minimum(run.nt, (tp[idx] / TICK).astype(int)))
        t_s.append(np.full(len(idx), li))
        t_st.append(np.full(len(idx), int(l0 / TICK)))
        t_clk.append(tp[idx] + coff[np.searchsorted(cts, tp[idx], side="right") - 1])
    t_l, t_c, t_s, t_st, t_clk = (np.concatenate(x) if x else np.zeros(0) for x in (t_l, t_c, t_s, t_st, t_clk))
    o = np.argsort(t_l, kind="stable")
    return tuple(np.asarray(x)[o] for x in (t_l, t_c, t_s, t_st, t_clk))


def run_graceful(run: Run, t: float) -> bool:
    """Whether the life ending at ``t`` ended in a relaunch (a graceful stop) rather than a crash."""
    return any(kind == "relaunch" and abs(a - t) < 1 for a, b, kind in run.pauses_t)


def _path(rng, run: Run) -> Path:
    """The monitor's reads of every node's shadow, once a minute (the laws are in the docstring)."""
    n, T = run.n, run.n * STEP
    pp = {"qos": int(rng.choice([0, 1], p=[0.4, 0.6])), "versioned": rng.random() < 0.4,
          "p409": rng.uniform(0.005, 0.04), "unsynced": rng.random() < 0.3, "disc_per_day": rng.uniform(2, 10),
          "disc_hi": rng.uniform(120, 400), "q_upd": rng.uniform(0.2, 0.8), "q_read": rng.uniform(0.3, 0.9)}
    thr = _episodes(rng, T, rng.uniform(0.5, 3), 60, 720)
    mode = "reset" if rng.random() < 0.5 else "clamp"
    P0 = rng.uniform(10, 30)
    P = np.clip(P0 * rng.uniform(0.9, 1.1, 4), 10, 30)
    off_mon = rng.uniform(1, 40)
    p_fail = rng.uniform(0.002, 0.01)
    c = {k: 0 for k in PATH_KEYS}
    his, los = [], []
    for node in range(4):
        A, tick, life, st0, clk = _node_messages(rng, run, node, P[node], pp, thr, c)
        r = STEP * (np.arange(n) + 1) + off_mon + rng.uniform(-2, 2, n) + 0.1 * node
        fail = (_inside(r, thr) & (rng.random(n) < pp["q_read"])) | (rng.random(n) < p_fail)
        j = (np.searchsorted(A, r, side="right") - 1).tolist()
        fail, tick, life, st0, clk = fail.tolist(), tick.tolist(), life.tolist(), st0.tolist(), clk.tolist()
        hi, lo = _monitor(j, fail, tick, life, st0, clk, mode, c)
        his.append(hi)
        los.append(lo)
    return Path(his, los, mode, pp["qos"], pp["versioned"], P, c)


def _monitor(j, fail, tick, life, st0, clk, mode: str, c: dict) -> tuple[np.ndarray, np.ndarray]:
    """One node's minutes: ``j[m]`` the shadow's latest update at read ``m`` (-1: none yet), ``fail[m]`` the read
    failed; per update its tick, life, life's first tick and clock time. Returns the tick pairs ``(hi, lo)``: the
    point adds ``cum[hi] - cum[lo]`` (0 where the reading is held); ``c`` counts the holds and restarts."""
    n = len(j)
    hi, lo = np.zeros(n, int), np.zeros(n, int)
    prev = None  # (tick, life, first tick, clock) of the last reading the monitor took
    last_j = -1
    for m in range(n):
        if j[m] < 0:
            continue
        if fail[m]:
            c["read_failed"] += 1
            continue
        k = j[m]
        if k == last_j:
            c["held_same_version"] += 1
            continue
        last_j = k
        cur = (tick[k], life[k], st0[k], clk[k])
        if prev is not None and cur[3] <= prev[3]:
            c["held_clock"] += 1  # not newer than the last reading: ignored
            continue
        if prev is not None and cur[1] == prev[1] and cur[0] >= prev[0]:
            hi[m], lo[m] = cur[0], prev[0]
        else:  # a count lower than the last one: read as a restarted process
            c["restarts_seen"] += int(prev is not None)
            c["false_restarts"] += int(prev is not None and cur[1] == prev[1])
            if mode == "reset" or prev is None:
                hi[m], lo[m] = cur[0], cur[2]
        prev = cur
    return hi, lo


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s) for images per tick ``J``: linear in ``J``."""
    out = np.zeros(run.n)
    for node in range(4):
        cum = np.concatenate([[0.0], np.cumsum(J * run.share[node])])
        out += cum[run.path.hi[node]] - cum[run.path.lo[node]]
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = []
    for a, b, kind in run.pauses_t:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 2)
        if s < n:
            hc.add_span(spans, s, e)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(np.ceil(t / STEP)) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ----------------------------------------------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick: a drop (a stain-normalisation worker pool lost: ``min(1, (s + 1) / tau)``,
    ``tau`` 1-12 ticks), a straggler (one node's slide reads from object storage slowed in bursts: 1 for a mean of
    20-150 ticks, calm at 0.1-0.3 for a mean of 60-400) or a leak (the tile cache of the augmentation workers
    growing: ``(s / ramp) ** p``, ``p`` 0.7-2, then held)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 12))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    calm, on, off = rng.uniform(0.1, 0.3), rng.uniform(20, 150), rng.uniform(60, 400)
    w = np.full(length, calm)
    i, bad = 0, True
    while i < length:
        L = int(rng.exponential(on if bad else off)) + 1
        if bad:
            w[i:i + L] = 1.0
        i += L
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in slot ``[lo, hi)``: ``(Event, (0, loss))`` or None."""
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
        i0, i1 = int(t0 / TICK), (run.nt if to_end else stop * K)
        Jw = np.zeros(run.nt)
        Jw[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        L = _reads(run, Jw)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = min(onset + ramp, stop - 10) if kind == "leak" else onset
        lv = live[c0:stop]
        Ls, H = L[c0:stop][lv].sum(), healthy[c0:stop][lv].sum()
        if Ls <= 0 or H <= 0 or target * H / Ls > 1:
            continue
        loss = target * H / Ls * L
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(t0 // STEP) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout215(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout215_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT215_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout215, seeds, n, pauses)
