"""The hundred-and-sixty-first held-out throughput family: a licence-plate recogniser's training plate crops/s (DOC).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 161
HELDOUT161_SEEDS = tuple(range(1612000, 1612012))
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point, a minute of the monitor's bins
K = int(STEP // TICK)
EPOCH = 1_800_000_000.0  # unix time of true time 0 (a multiple of 60)
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 100)}  # pause span lengths (points) the tests allow
PATH_KEYS = ("xadd_refused", "carried", "failovers", "lost_in_failover", "duplicates", "id_held",
             "server_clock_steps", "node_clock_steps", "monitor_crashes", "open_bins_lost", "claimed",
             "claimed_late", "trimmed_unread", "late", "other_minute", "unread_minutes", "crash_lost_intervals")


@dataclass
class Path:
    """The collection path's draws, its counted copies (for :func:`_reads`) and its counts."""

    P: float
    maxlen: int
    by_id: bool
    dedup: bool
    ack_on_publish: bool
    grace: float
    down: np.ndarray  # (k, 2): the server's failover windows (XADD refused)
    mon_down: np.ndarray  # (k, 2): the monitor's crash windows
    tp: np.ndarray = None  # counted copies: start and end of the interval each entry carries (true s)
    te: np.ndarray = None
    g: np.ndarray = None  # ranks sharing the job's crops when the entry was written
    bins: np.ndarray = None  # the point each counted copy adds to
    copies: np.ndarray = None  # per written entry: how many copies the monitor counted (0, 1, 2)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    dt: float
    k: int
    J: np.ndarray  # crops trained per 5-s tick (healthy)
    pauses_t: list  # (start, end, kind), seconds
    ramps: list  # (start, end): the ramps after start-ups
    lives: list  # (start, end, ranks, graceful): the processes
    known_t: list  # planned relaunches that changed the stage (resume times)
    counts: dict
    restarts: list = field(default_factory=list)
    path: Path = None


def _level(cfg: dict, st: dict) -> float:
    """Crops/s of a stage: the GPUs (``eff`` per doubling; the recogniser's input ``width`` steps dearer) and the
    CPU workers (decoding, cropping, rendering synthetic plates: ``synth`` steps dearer); a step waits for the
    slower (a soft maximum of the costs)."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["width_c"] ** st["width"]
    cpu = cfg["cpu"] / cfg["synth_c"] ** st["synth"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a wider recogniser input (at most twice), more synthetic plates (at most twice) or, 1 in
    6, another GPU count; redrawn until the level moves by 15 % (1/3 to 3 times); the old stage after 60 tries."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        elif u < 7 / 12 and st["width"] < 2:
            new["width"] += 1
        elif st["synth"] < 2:
            new["synth"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3:
            return new
    return dict(st)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's crops lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a decoding worker killed: its share gone within tau ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the synthetic-plate renderer's caches growing into swap
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w, i, bad = np.empty(length), 0, True  # straggler: the camera archive's store slow in bursts
    hi_mean, lo_mean, calm = rng.uniform(30, 240), rng.uniform(120, 600), rng.uniform(0.05, 0.25)
    while i < length:
        d = int(rng.exponential(hi_mean if bad else lo_mean)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: its stages, pauses, processes and crops per tick."""
    long_ = setting == "long"
    T = n * STEP + 900.0
    nt = int(T // TICK) + 1
    gpus = int(rng.choice([1, 2, 4, 8], p=[0.2, 0.35, 0.3, 0.15]))
    gpu = hc.log_uniform(rng, 600, 6000)
    cfg = {"gpu": gpu, "eff": rng.uniform(0.85, 0.97), "width_c": rng.uniform(1.3, 1.8),
           "synth_c": rng.uniform(1.2, 1.6)}
    cfg["cpu"] = gpu * gpus * cfg["eff"] ** np.log2(gpus) * rng.uniform(1.1, 2.5)
    st = {"gpus": gpus, "width": 0, "synth": 0}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    k_re = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * T)
    re_t = [x for i, x in enumerate(re_t) if i == 0 or x - re_t[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    t_crash = rng.exponential(crash_mean)
    ev_lo, ev_hi = rng.uniform(30, 45) * 60, rng.uniform(60, 90) * 60
    ck_every = int(rng.choice([2, 3]))
    pauses, ramps, lives, segs, known = [], [], [], [], []

    def startup(t, lo, hi, kind="startup"):
        d = rng.uniform(lo, hi) * 60
        pauses.append((t, t + d, kind))
        t += d
        r = rng.uniform(2, 6) * 60
        ramps.append((t, t + r, rng.uniform(0.4, 0.75)))
        return t

    life0, t = 0.0, startup(0.0, *((25, 60) if long_ else (3, 10)))
    trained, period, n_eval, ri = 0.0, rng.uniform(ev_lo, ev_hi), 0, 0
    while t < T:
        while ri < len(re_t) and re_t[ri] < t + 900:
            re_t[ri] = t + rng.uniform(900, 1800)
        cand = [t + period - trained, t_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        nxt = max(cand[which], t + 4 * TICK)
        segs.append((t, min(nxt, T), dict(st)))
        if nxt >= T:
            break
        trained += nxt - t
        t = nxt
        if which == 0:  # a validation pass on held-out cameras' plates, now and then a checkpoint after it
            n_eval += 1
            d = rng.uniform(*((10, 25) if long_ else (2, 6))) * 60
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = rng.uniform(*((60, 240) if long_ else (15, 60)))
                pauses.append((t, t + d, "ckpt"))
                t += d
            trained, period = 0.0, rng.uniform(ev_lo, ev_hi)
            continue
        graceful = which == 2
        lives.append((life0, t, st["gpus"], graceful))
        if which == 1:  # a crash: down, then a start-up
            counts["crashes"] += 1
            d = rng.uniform(*((6, 18) if long_ else (1, 4))) * 60
            pauses.append((t, t + d, "crash"))
            life0 = t + d
            t = startup(t + d, *((8, 20) if long_ else (2, 6)))
            t_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch: stopped, queued, a start-up on the new stage
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            d = (rng.uniform(*((5, 12) if long_ else (1, 3))) + rng.uniform(1, 5)) * 60
            pauses.append((t, t + d, "relaunch"))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t + d)
            st = new
            life0 = t + d
            t = startup(t + d, *((8, 20) if long_ else (2, 6)))
        trained = 0.0
    if not lives or lives[-1][1] < T:
        lives.append((life0, T + 600, st["gpus"], True))
    J = _crops(rng, cfg, segs, ramps, pauses, nt, long_)
    return Run(n=n, nt=nt, dt=STEP, k=K, J=J, pauses_t=pauses, ramps=ramps, lives=lives, known_t=known,
               counts=counts)


def _crops(rng, cfg, segs, ramps, pauses, nt: int, long_: bool) -> np.ndarray:
    """Crops per tick: the stage's level, the camera-archive shard's factor and its opening stall, the ramps, an
    AR(1) of the log per tick and a slow OU; 0 in the ticks a pause touches."""
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    for a, b, st in segs:
        lv[int(np.ceil(a / TICK)):int(np.ceil(b / TICK))] = _level(cfg, st)
    f = np.ones(nt)
    sd_sh, t = rng.uniform(0.03, 0.1), 0.0
    while t < nt * TICK:  # shards: one camera site's archive (5-40 min), a quarter at night (noise and glare)
        d = hc.log_uniform(rng, 300, 2400)
        i0, i1 = int(t // TICK), int((t + d) // TICK)
        f[i0:i1] *= np.exp(rng.normal(0, sd_sh)) / (rng.uniform(1.05, 1.12) if rng.random() < 0.25 else 1.0)
        s = int(rng.uniform(3, 20) // TICK) + 1  # opening it: seeking and decoding the first GOPs
        f[i0:i0 + s] *= rng.uniform(0.2, 0.6)
        t += d
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), int(np.ceil(b / TICK))
        f[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = 0.0
    for i in range(1, nt):  # AR(1) of the log
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    J = lv * f * np.exp(x + np.repeat(ou, K)[:nt]) * TICK
    for a, b, _ in pauses:
        J[int(a // TICK):int(np.ceil(b / TICK))] = 0.0
    return J


def _clock(rng, T: float, rate: float, sd: float, base: float) -> tuple[np.ndarray, np.ndarray]:
    """A clock's offset (s) as steps: ``(times, offsets)`` from 0, a step ``N(0, sd)`` at ``rate`` a day."""
    k = rng.poisson(rate * T / DAY)
    ts = np.concatenate([[-1e9], np.sort(rng.uniform(0, T, k))])
    return ts, np.concatenate([[base], base + rng.normal(0, sd, k)])


def _at(clock, t: np.ndarray) -> np.ndarray:
    ts, off = clock
    return off[np.searchsorted(ts, t, side="right") - 1]


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the ordered, disjoint windows ``[a, b)``."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, rate: float, dur) -> np.ndarray:
    """Poisson windows ``[a, a + dur(rng))`` over ``[0, T)``, ordered and kept apart."""
    a = np.sort(rng.uniform(0, T, rng.poisson(rate * T / DAY)))
    out = []
    for x in a:
        if not out or x > out[-1][1] + 60:
            out.append((x, x + dur(rng)))
    return np.array(out).reshape(-1, 2)


def _path(rng, run: Run) -> Path:
    """The Redis Streams path: each rank's reporter ``XADD``s, the server's failovers, IDs and trimming, and the
    monitor's consumer group (its crashes, pending entries and claims, its minutes' closing); see the docstring."""
    T = run.nt * TICK
    c = dict.fromkeys(PATH_KEYS, 0)
    p = Path(P=rng.uniform(10, 20), maxlen=int(hc.log_uniform(rng, 200, 3000)), by_id=bool(rng.random() < 0.5),
             dedup=bool(rng.random() < 0.5), ack_on_publish=bool(rng.random() < 0.5), grace=rng.uniform(10, 60),
             down=_windows(rng, T, rng.uniform(0.2, 1.2), lambda r: r.uniform(10, 60)),
             mon_down=_windows(rng, T, rng.uniform(0.3, 1.5),
                               lambda r: r.uniform(5, 60) if r.random() < 0.8 else r.uniform(600, 7200)))
    c["failovers"] = len(p.down)
    lost_w = np.array([(a - (rng.uniform(5, 30) if rng.random() < 1 / 3 else rng.uniform(0.05, 1.0)), a)
                       for a, _ in p.down]).reshape(-1, 2)
    # the server's clock: two hosts (a failover moves the primary), each its own offset, steps in a fifth of runs
    sd_s = rng.uniform(0.01, 0.5)
    host = [rng.normal(0, sd_s), rng.normal(0, sd_s) + (rng.uniform(5, 40) * rng.choice([-1, 1])
                                                        if rng.random() < 0.2 else 0.0)]
    steps = _clock(rng, T, rng.uniform(0.5, 2) if rng.random() < 0.2 else 0.0, rng.uniform(1, 20), 0.0)
    c["server_clock_steps"] = len(steps[0]) - 1
    node = _clock(rng, T, rng.uniform(0.5, 3) if rng.random() < 0.25 else 0.0, rng.uniform(0.5, 10),
                  rng.normal(0, rng.uniform(0.02, 0.3)))
    c["node_clock_steps"] = len(node[0]) - 1
    # the reporters: per process and rank, an XADD every P s (its crops since its last entry that got through)
    tp, te, g, lost = [], [], [], []
    for s, e, G, graceful in run.lives:
        for _ in range(G):
            a = s + rng.uniform(0, p.P) + p.P * np.arange(int((e - s) / p.P) + 2) + rng.uniform(0, 0.3)
            a = a[a < e]
            if graceful:
                a = np.append(a, e)  # a graceful stop flushes its count
            ok = ~_inside(a, p.down)
            c["xadd_refused"] += int((~ok).sum())
            w = a[ok]
            prev = np.concatenate([[s], w[:-1]])
            c["carried"] += int((w - prev > p.P + 1.0).sum())
            tp.append(prev)
            te.append(w)
            g.append(np.full(len(w), G))
        c["crash_lost_intervals"] += 0 if graceful else 1
    tp, te, g = np.concatenate(tp), np.concatenate(te), np.concatenate(g).astype(float)
    # acknowledged, but on a primary whose last writes never reached the replica promoted in its place
    keep = ~_inside(te, lost_w)
    c["lost_in_failover"] = int((~keep).sum())
    tp, te, g = tp[keep], te[keep], g[keep]
    m = len(te)
    dup = rng.random(m) < rng.uniform(0.001, 0.005)  # a reply lost to a timeout: the retry adds it again
    c["duplicates"] = int(dup.sum())
    src = np.concatenate([np.arange(m), np.nonzero(dup)[0]])
    wt = np.concatenate([te, te[dup] + rng.uniform(0.05, 1.0, int(dup.sum()))])
    order = np.argsort(wt, kind="stable")
    src, wt = src[order], wt[order]
    is_dup = order >= m
    prim = np.searchsorted(p.down[:, 1], wt, side="right") % 2 if len(p.down) else np.zeros(len(wt), int)
    sc = wt + np.where(prim == 0, host[0], host[1]) + _at(steps, wt)
    idt = np.maximum.accumulate(sc)  # an ID never goes back: a server clock behind the last ID holds its ms
    c["id_held"] = int((sc < idt - 0.001).sum())
    bt = idt if p.by_id else te[src] + _at(node, te[src])
    b = np.floor(bt / STEP).astype(int)
    c["other_minute"] = int((b != np.floor(te[src] / STEP)).sum())
    # approximate trimming: a macro node of 100 entries goes once the stream holds MAXLEN more after it
    N = len(wt)
    j = 100 * (np.arange(N) // 100 + 1) + p.maxlen
    trim = np.where(j < N, wt[np.minimum(j, N - 1)], np.inf)
    arr = wt + 0.002
    crash = p.mon_down
    back = _inside(wt, crash)
    if back.any():  # written while the monitor was down: read from the backlog when it is back
        i = np.searchsorted(crash[:, 0], wt[back], side="right") - 1
        arr[back] = crash[i, 1] + 1e-6 * np.arange(int(back.sum()))
    alive = trim > arr
    c["trimmed_unread"] = int((~alive).sum())
    close = _closing(arr, bt, alive, p.grace, run.n)
    c["monitor_crashes"] = len(crash)
    min_idle, jan = rng.uniform(60, 300), rng.uniform(30, 120)
    claimed = np.zeros(N, bool)
    for a, r in crash:  # the bins open at the crash: in memory only
        open_ = alive & (arr < a) & (arr > a - 3600) & (close[np.clip(b, 0, run.n)] > a)
        if p.ack_on_publish:  # pending: a claim once idle long enough, if the entry is still there
            k = np.maximum(0, np.ceil((arr[open_] + min_idle - r) / jan))
            ct = r + k * jan
            gone = trim[open_] <= ct
            idx = np.nonzero(open_)[0]
            alive[idx[gone]] = False
            c["trimmed_unread"] += int(gone.sum())
            arr[idx[~gone]] = ct[~gone]
            claimed[idx[~gone]] = True
            c["claimed"] += int((~gone).sum())
        else:  # acknowledged on reading: lost with the process
            alive[open_] = False
            c["open_bins_lost"] += int(open_.sum())
    close = _closing(arr, bt, alive, p.grace, run.n)
    inb = (b >= 0) & (b < run.n)
    counted = alive & inb & (arr < close[np.clip(b, 0, run.n)])
    late = alive & inb & ~counted
    c["late"] = int(late.sum())
    c["claimed_late"] = int((late & claimed).sum())
    if p.dedup:  # the monitor keeps the (rank, ts) pairs it has counted: a retried entry's copy is dropped
        counted &= ~is_dup
    p.copies = np.bincount(src[counted], minlength=m)
    p.tp, p.te, p.g, p.bins = tp[src][counted], te[src][counted], g[src][counted], b[counted]
    p.counts = c
    return p


def _closing(arr: np.ndarray, bt: np.ndarray, alive: np.ndarray, grace: float, n: int) -> np.ndarray:
    """The arrival time at which the monitor closes each minute (index ``n``: never): the first arrival after
    which the latest bin time it has read passes the minute's end by ``grace``."""
    o = np.argsort(arr[alive], kind="stable")
    at, mx = arr[alive][o], np.maximum.accumulate(bt[alive][o])
    i = np.searchsorted(mx, STEP * (np.arange(n + 1) + 1) + grace, side="left")
    out = np.where(i < len(at), at[np.minimum(i, len(at) - 1)], np.inf)
    out[n] = np.inf
    return out


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for crops per tick ``J``: each counted copy's crops (the rank's share of the job's
    crops over the interval it carries), summed per minute bin, per second."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    x = np.arange(len(C)) * TICK
    crops = (np.interp(p.te, x, C) - np.interp(p.tp, x, C)) / p.g
    return np.bincount(p.bins, crops, minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray) -> tuple[list[tuple[int, int]], int]:
    """The pause spans: points whose minute or a neighbour touches a pause or a ramp's first half, and points
    that read nothing; and how many points read nothing outside the rest."""
    n = run.n
    mask = np.zeros(n, bool)
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]:
        mask[max(0, int(a // STEP) - 1):max(0, min(n, int(np.ceil(b / STEP)) + 1))] = True
    unread = int(((h <= 0) & ~mask).sum())
    mask |= h <= 0
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist())), unread


def _build(seed: int, n: int, setting: str):
    """``(run, healthy points, pause spans, live mask, listed changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans, unread = _spans(run, h)
    run.path.counts["unread_minutes"] = unread
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: a share ``a w`` of each tick's crops lost, read
    through the same copies; ``a`` set from the reads so the loss over its live points (a leak's plateau) is a
    drawn target; None after 80 rejected draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:  # at a pause's end (a worker pool restarted after it)
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
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else stop * K
        L = np.zeros(run.nt)
        L[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        base = _reads(run, L)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, bs = healthy[c0:stop][lv].sum(), base[c0:stop][lv].sum()
        if hs <= 0 or bs <= 0 or target * hs > bs:
            continue
        mod = target * hs / bs * base
        v = np.maximum(healthy - mod, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, mod)
    return None


def make_heldout161(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout161_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT161_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout161, seeds, n, pauses)
