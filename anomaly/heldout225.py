"""The two-hundred-and-twenty-fifth held-out throughput family: a wool fibre grading model's training images/s (a
network grading greasy-wool core samples by fibre diameter class, staple length and strength, vegetable matter, colour
and cotting from microscope and scanner images; images tiled and augmented on CPU workers, the rare vegetable-matter
and cotted classes oversampled; an evaluation on a held-out season's clip now and then) on 1, 2 or 4 nodes, read
through KNX: each node's reporter is a KNX device that sends its images since its last telegram as a 4-byte counter
group telegram (DPT 12.001) every 10-30 s; a monitor reaches the bus through a KNXnet/IP tunnelling connection to an
IP interface and sums the counts per minute of its receipt (a telegram carries no timestamp).

LAWS-ONLY DRAFT: the docstring's measured parts are written after the first measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT225_SEEDS = tuple(range(2252000, 2252012))
CODE = 225
TICK = 5.0  # s: the job's images are counted per 5-s tick
K = 12  # ticks per point
STEP = 60.0  # s: one point per minute of the monitor's clock
EPOCH = 1_789_999_980.0  # a whole minute
NODES = 4  # reporters on the bus (a stage uses the first 1, 2 or 4)
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 100)}  # the tests' bounds on a pause span (points)
PATH_KEYS = ("telegrams", "bus_lost", "r_repeats", "r_dropped", "r_twice", "coupler_lost", "queue_lost",
             "tunnel_repeats", "tunnel_twice", "tunnel_breaks", "slots_full", "tunnel_down_lost", "monitor_restarts",
             "monitor_down_lost", "device_reboots", "clock_steps", "late_lost", "other_minute", "load_episodes")
DAY = 86400.0


@dataclass
class Seg:
    """A stretch of training ``[t0, t1)`` at ``level`` images/s, ramping from ``r0`` over ``rl`` s from ``rs``."""

    t0: float
    t1: float
    level: float
    rs: float
    rl: float
    r0: float
    nodes: int


@dataclass
class Path:
    """The path's fates, fixed per run: each copy the monitor sums (telegram ``tel``, minute ``minute``)."""

    ti: np.ndarray  # per telegram: its node and its window's tick bounds [lo, hi)
    lo: np.ndarray
    hi: np.ndarray
    tel: np.ndarray  # per copy read
    minute: np.ndarray
    suppress_r: bool
    seq_dedup: bool
    P: np.ndarray
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    dt: float
    nt: int
    J: np.ndarray  # images per tick (float, all nodes), before rounding
    share: np.ndarray  # (NODES, nt): each node's share of a tick's images
    u: np.ndarray  # the rounding's uniforms (NODES, nt)
    segs: list
    pauses_t: list
    restarts: list
    lives: list
    known_t: list
    known_kind: list
    counts: dict
    path: Path | None = None


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the slower of the GPU and the CPU workers (a soft maximum of the costs), times
    the nodes at ``eff`` per doubling."""
    per = 1.0 / hc.smax(st["gc"] / cfg["gpu"], st["cc"] / cfg["cpu"])
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: 1 in 3 another node count, else another tile and batch shape (GPU cost times 1.3-1.9 or
    its inverse, the CPU's by a power 0.3-0.8 of it); redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(40):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            m = rng.uniform(1.3, 1.9) ** (1 if rng.random() < 0.5 else -1)
            new["gc"] = float(np.clip(st["gc"] * m, 1 / 3, 3))
            new["cc"] = float(np.clip(st["cc"] * m ** rng.uniform(0.3, 0.8), 1 / 3, 3))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _u(rng, table: dict, setting: str) -> float:
    lo, hi = table[setting]
    return float(rng.uniform(lo, hi)) * 60.0


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline (s): start-up, ramps, evaluations, checkpoints, crashes and relaunches."""
    T = (n + 3) * STEP
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": rng.uniform(0.82, 0.95)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "gc": 1.0, "cc": 1.0}
    crash_mean = rng.uniform(10, 40) * 3600
    eval_every = (rng.uniform(35, 100) * 60)
    ck_every = int(rng.integers(2, 4))
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel_t = [x for i, x in enumerate(rel_t) if i == 0 or x - rel_t[i - 1] > 3600]
    segs, pauses, restarts, lives, known_t, known_kind = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    lv = _level(cfg, st)

    def pause(a, d, kind):
        pauses.append((a, a + d, kind))
        return a + d

    def start(t, long_tab, short_tab):
        t = pause(t, _u(rng, {"short": short_tab, "long": long_tab}, setting), "startup")
        return t, rng.uniform(120, 300), rng.uniform(0.35, 0.7)

    t, rl, r0 = start(0.0, (25, 55), (4, 12))
    rs, n_eval, next_eval, next_crash = t, 0, t + eval_every * rng.uniform(0.5, 1.2), t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        nr = rel_t[ri] if ri < len(rel_t) else np.inf
        which = int(np.argmin([next_eval, next_crash, nr, T]))  # what ends the stretch
        stop = max([next_eval, next_crash, nr, T][which], t + 4 * TICK)
        segs.append(Seg(t, stop, lv, rs, rl, r0, st["nodes"]))
        lives.append((t, stop))
        t = stop
        if t >= T:
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            t = pause(t, _u(rng, {"short": (2, 7), "long": (10, 28)}, setting), "eval")
            if n_eval % ck_every == 0:
                t = pause(t, rng.uniform(20, 90) if setting == "short" else rng.uniform(120, 300), "ckpt")
            next_eval = t + eval_every * np.exp(rng.normal(0, 0.15))
            rs, rl, r0 = t, rng.uniform(30, 90), rng.uniform(0.6, 0.9)  # worker pools refilled after the pass
        elif which == 1:
            counts["crashes"] += 1
            a = t
            t = pause(t, _u(rng, {"short": (1, 5), "long": (6, 20)}, setting), "crash")
            t, rl, r0 = start(t, (8, 18), (2, 6))
            restarts.append((a, t, True))
            rs, next_crash = t, t + rng.exponential(crash_mean)
            next_eval = max(next_eval, t + 300)
        else:
            ri += 1
            counts["relaunches"] += 1
            a = t
            t = pause(t, _u(rng, {"short": (1, 4), "long": (5, 14)}, setting), "relaunch")
            t = pause(t, rng.uniform(60, 360), "queued")
            t, rl, r0 = start(t, (20, 45), (3, 8))
            new = _next_stage(rng, cfg, st, lv)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st, lv = new, _level(cfg, new)
                known_t.append(t)
                known_kind.append("stage")
            restarts.append((a, t, new is None))
            rs = t
            next_eval, next_crash = max(next_eval, t + 600), max(next_crash, t + 600)
    nt = int(T // TICK)
    J, share = _images(rng, segs, nt)
    u = rng.random((NODES, nt))
    return Run(n, STEP, nt, J, share, u, segs, pauses, restarts, lives, known_t, known_kind, counts)


def _images(rng, segs, nt: int) -> tuple[np.ndarray, np.ndarray]:
    """Images per 5-s tick: the stage's level, its ramp, clip lots (4-30 min, sd 2-7 %, a fifth oversampled lots
    4-10 % dearer), an AR(1) of the log (sd 1.5-4 %, 15-60 s), a slow OU (sd 1-3 %, 30-180 min) and heavy ticks
    (3-12 %, 0.80-0.93); and each node's share (sd 2 % around an even split)."""
    tb, train, seg_of = hc.seg_buckets(segs, nt, TICK)
    on, (lvl, rs, rl, r0, nodes) = hc.seg_columns(segs, seg_of, "level", "rs", "rl", "r0", "nodes")
    mid = tb + 0.5 * TICK
    ramp = np.clip(r0 + (1 - r0) * (mid - rs) / rl, r0, 1.0)
    T = nt * TICK
    edges, f = [0.0], []
    sd_lot = rng.uniform(0.02, 0.07)
    while edges[-1] < T:
        edges.append(edges[-1] + hc.log_uniform(rng, 240, 1800))
        f.append(rng.normal(0, sd_lot) - (rng.uniform(0.04, 0.1) if rng.random() < 0.2 else 0.0))
    lot = np.array(f)[np.searchsorted(np.array(edges), mid, side="right") - 1]
    a = np.exp(-TICK / rng.uniform(15, 60))
    sd = rng.uniform(0.015, 0.04)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))[(mid // 60).astype(int)]
    heavy = np.where(rng.random(nt) < rng.uniform(0.03, 0.12), rng.uniform(0.8, 0.93, nt), 1.0)
    J = np.where(on, train * lvl * ramp * np.exp(lot + ar + ou) * heavy, 0.0)
    w = np.exp(rng.normal(0, 0.02, (NODES, 1))) * np.ones((1, nt))
    w[np.arange(NODES)[:, None] >= nodes[None, :]] = 0.0
    share = w / w.sum(axis=0, keepdims=True)
    return J, share


# ---------------------------------------------------------------- the path


def _episodes(rng, T: float, per_day: tuple, mins: tuple) -> np.ndarray:
    """Windows ``(start, end)`` s: a Poisson count at ``per_day`` (a drawn rate), each ``mins`` minutes long."""
    k = rng.poisson(rng.uniform(*per_day) * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(*mins, k) * 60]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[a, b)``."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _path(rng, run: Run) -> Path:
    """The telegrams' fates (see the module's docstring): per node a cyclic send, the bus, the coupler, the IP
    interface's queue, the tunnel and the monitor; fixed per run, so the reads are linear in the images."""
    T = run.nt * TICK
    c = {k: 0 for k in PATH_KEYS}
    P = rng.uniform(10, 30, NODES)
    tis, tls, ths, times = [], [], [], []
    ends = (np.arange(run.nt) + 1) * TICK
    reboots = _episodes(rng, T, (0.1, 0.6), (0.0, 0.0))[:, 0]
    for k in range(NODES):
        per = P[k] * (1 + rng.normal(0, 0.003))
        s = rng.uniform(0, per) + np.arange(int(T / per) + 1) * per
        s = s[s < T] + rng.uniform(0, 0.3, (s < T).sum())
        hi = np.searchsorted(ends, s, side="right")
        lo = np.concatenate([[0], hi[:-1]])
        rb = np.sort(rng.choice(reboots, int(rng.binomial(len(reboots), 1 / NODES)), replace=False)) \
            if len(reboots) else np.zeros(0)
        for r in rb:  # a reporter reboot loses its count since its last telegram
            j = int(np.searchsorted(s, r))
            if j < len(s):
                lo[j] = max(lo[j], int(np.searchsorted(ends, r, side="right")))
        c["device_reboots"] += len(rb)
        tis.append(np.full(len(s), k))
        tls.append(lo)
        ths.append(hi)
        times.append(s)
    ti, lo, hi, s = (np.concatenate(x) for x in (tis, tls, ths, times))
    order = np.argsort(s, kind="stable")
    ti, lo, hi, s = ti[order], lo[order], hi[order], s[order]
    m = len(s)
    c["telegrams"] = m
    # the bus: the building's other traffic in episodes (2-10 a day, 2-25 min), a fifth of them heavy
    load = _episodes(rng, T, (2, 10), (2, 25))
    c["load_episodes"] = len(load)
    heavy = load[rng.random(len(load)) < 0.2] if len(load) else load
    inl, inh = _inside(s, load), _inside(s, heavy)
    p_rep = np.where(inl, rng.uniform(0.1, 0.4), rng.uniform(0.002, 0.02))
    p_lost = np.where(inl, rng.uniform(0.01, 0.12), rng.uniform(0.0005, 0.003))
    delay = rng.exponential(np.where(inl, rng.uniform(0.2, 2.0), 0.05))
    bus_lost = rng.random(m) < p_lost
    rep = ~bus_lost & (rng.random(m) < p_rep)
    reached = ~rep | (rng.random(m) < rng.uniform(0.3, 0.6))  # the original reached the interface, its ack lost
    suppress = bool(rng.random() < 0.5)  # the monitor drops telegrams with the repeat flag set
    coupler = _episodes(rng, T, (0.0, 0.4), (0.5, 2.5)) if rng.random() < 0.4 else np.zeros((0, 2))
    blocked = _inside(s, coupler)
    queue = inh & (rng.random(m) < rng.uniform(0.05, 0.3))  # the interface's queue to the tunnel overflows
    orig = ~bus_lost & reached & ~blocked & ~queue
    second = ~bus_lost & rep & ~blocked & ~queue & ~suppress
    only_r = ~bus_lost & rep & ~reached & ~blocked & ~queue
    c["bus_lost"] = int(bus_lost.sum())
    c["r_repeats"] = int(rep.sum())
    c["r_dropped"] = int((rep & suppress & ~blocked & ~queue & ~bus_lost).sum())
    c["coupler_lost"] = int((blocked & ~bus_lost).sum())
    c["queue_lost"] = int((queue & ~bus_lost & ~blocked).sum())
    # copies reaching the interface: the original (or, where it did not arrive, the repeat) and a repeat
    idx = np.concatenate([np.nonzero(orig | (only_r & ~suppress))[0], np.nonzero(second & reached)[0]])
    c["r_twice"] = int((second & reached).sum())
    x = s[idx] + delay[idx] + np.where(np.arange(len(idx)) >= len(idx) - c["r_twice"], 0.05, 0.0)
    order = np.argsort(x, kind="stable")
    idx, x = idx[order], x[order]
    # the tunnel: UDP loss (base and episodes), a request repeated once after 1 s, a lost repeat breaks the tunnel
    udp = _episodes(rng, T, (2, 6), (1, 8))
    p_udp = np.where(_inside(x, udp), rng.uniform(0.03, 0.25), rng.uniform(0.001, 0.008))
    req_lost = rng.random(len(x)) < p_udp
    rep_lost = req_lost & (rng.random(len(x)) < p_udp)
    ack_lost = ~req_lost & (rng.random(len(x)) < p_udp)
    ack2_lost = ack_lost & (rng.random(len(x)) < p_udp)
    seq_dedup = bool(rng.random() < 0.65)  # the monitor discards a repeat of the sequence number it acknowledged
    slots_full = rng.uniform(0.1, 0.4)
    hb = rng.uniform(0, 60)
    mon = _episodes(rng, T, (0.2, 1.0), (0.25, 2.0))
    c["monitor_restarts"] = len(mon)
    down = [tuple(w) for w in mon]  # the monitor reconnects its tunnel on its restart
    brk = np.nonzero(rep_lost | ack2_lost)[0]
    for j in brk:
        t0 = x[j] + 1.0
        if any(a <= t0 < b for a, b in down):
            continue
        c["tunnel_breaks"] += 1
        detect = hb + 60 * np.ceil((t0 - hb) / 60) + 10 + rng.uniform(0.1, 2.0)  # the next heartbeat's timeout
        if rng.random() < slots_full:  # every slot taken until the server frees the old one
            c["slots_full"] += 1
            detect = max(detect, t0 + rng.uniform(60, 130))
        down.append((t0, detect))
    down = sorted(down)
    dn = np.array(down) if down else np.zeros((0, 2))
    gone = _inside(x, dn)
    in_mon = _inside(x, mon) if len(mon) else np.zeros(len(x), bool)
    c["monitor_down_lost"] = int(in_mon.sum())
    c["tunnel_down_lost"] = int((gone & ~in_mon).sum())
    ok = ~gone & ~rep_lost
    c["tunnel_repeats"] = int((ok & (req_lost | ack_lost)).sum())
    twice = ok & ack_lost & ~seq_dedup
    c["tunnel_twice"] = int(twice.sum())
    rx = x + np.where(req_lost, 1.0, 0.0) + rng.uniform(0.001, 0.02, len(x))
    cidx = np.concatenate([idx[ok], idx[twice]])
    crx = np.concatenate([rx[ok], rx[twice] + 1.0])
    # the monitor's clock: an offset of up to 30 s, in 30 % of runs stepped 0.5-3 times a day (sd 2-8 s)
    off0 = rng.uniform(-30, 30)
    steps = _episodes(rng, T, (0.5, 3), (0, 0))[:, 0] if rng.random() < 0.3 else np.zeros(0)
    jumps = rng.normal(0, rng.uniform(2, 8), len(steps))
    c["clock_steps"] = len(steps)
    st_t = np.concatenate([[-np.inf], steps])
    offs = off0 + np.concatenate([[0.0], np.cumsum(jumps)])
    peak = np.maximum.accumulate(np.concatenate([[-np.inf], steps + offs[:-1]]))  # its clock's furthest reach
    i = np.searchsorted(st_t, crx, side="right") - 1
    mt = crx + offs[i]
    minute = np.floor(mt / STEP).astype(int)
    grace = rng.uniform(2, 10)  # a minute is closed (and summed) this many s after its end
    late = np.maximum(peak[i], mt) > (minute + 1) * STEP + grace
    c["late_lost"] = int(late.sum())
    keep = ~late & (minute >= 0) & (minute < run.n)
    c["other_minute"] = int((minute[keep] != np.floor(s[cidx[keep]] / STEP)).sum())
    return Path(ti, lo, hi, cidx[keep], minute[keep], suppress, seq_dedup, P, c)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute of its clock) from the images per tick ``J``: rounded to whole
    images per node and tick, summed into each telegram's window and over the copies read per minute."""
    counts = np.floor(run.share * J[None, :] + run.u)
    C = np.concatenate([np.zeros((NODES, 1)), np.cumsum(counts, axis=1)], axis=1)
    p = run.path
    delta = C[p.ti, p.hi] - C[p.ti, p.lo]
    return np.bincount(p.minute, weights=delta[p.tel], minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray, n: int) -> list[tuple[int, int]]:
    """A point is paused where its minute (widened by the path's 35 s and the clock's offset) touches a pause or a
    ramp's first half, or where it reads nothing."""
    win = [(a, b) for a, b, _ in run.pauses_t]
    win += [(s.rs, s.rs + 0.5 * s.rl) for s in run.segs if s.rs == s.t0]
    spans: list = []
    for a, b in win:
        s, e = max(int((a - 40) // STEP), 0), min(int(np.ceil((b + 75) / STEP)), n)
        if s < n and e > s:
            spans.append((s, e))
    spans += [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]
    merged: list = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job's run, the path's reads of it, its pause spans."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


# ---------------------------------------------------------------- the regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick: ``drop`` (an augmentation worker pool shrunk: ``min(1, (s + 1) / tau)``, tau
    1-8 ticks), ``straggler`` (one node's scanner-image reads from the shared store slowed in bursts: 1 for a mean
    of 20-200 ticks, calm at 0.05-0.25 for a mean of 100-500), ``leak`` (the tile cache growing into swap:
    ``(s / ramp) ** p``, p 0.7-1.6, then held)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.7, 1.6))
    on_m, off_m, calm = rng.uniform(20, 200), rng.uniform(100, 500), rng.uniform(0.05, 0.25)
    w, i, bad = np.empty(length), 0, True
    while i < length:
        d = max(1, int(rng.exponential(on_m if bad else off_m)))
        w[i:i + d] = 1.0 if bad else calm
        i, bad = i + d, not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression (a share ``a w`` of each tick's images lost, read through the same telegrams), or None."""
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
        i0, i1 = int(t0 // TICK), min(run.nt, (n + 3) * K if to_end else stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.38))
        lost = np.zeros(run.nt)
        lost[i0:i1] = w * run.J[i0:i1]
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or lv.sum() < 8:
            continue
        ratio = _reads(run, lost)[c0:stop][lv].sum() / hs
        if ratio <= 0 or target / ratio > 1:
            continue
        v = _reads(run, run.J - target / ratio * lost)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout225(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout225_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT225_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout225, seeds, n, pauses)
