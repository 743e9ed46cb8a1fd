"""DOCSTRING"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT175_SEEDS = tuple(range(1752000, 1752012))
CODE = 175
KIND_P = (0.35, 0.35, 0.3)  # drop, straggler, leak
STEP = 60.0  # one point: a minute of the monitor's bins
TICK = 5.0  # the job's grid
K = int(STEP // TICK)
EPOCH = 1_780_000_020.0 - 1_780_000_020.0 % 60.0
DAY = 86400.0
SPANS = {"short": (1, 40), "long": (1, 120)}
# startup, ramp, eval, ckpt extra, crash down, crash startup, relaunch stop, queue (minutes): (lo, hi) per setting
PAUSE_MIN = {
    "startup": {"short": (3, 10), "long": (25, 60)},
    "eval": {"short": (2, 6), "long": (10, 25)},
    "ckpt": {"short": (0.25, 1), "long": (1, 4)},
    "down": {"short": (1, 4), "long": (6, 18)},
    "restart": {"short": (2, 6), "long": (8, 20)},
    "stop": {"short": (1, 3), "long": (5, 12)},
}
PATH_KEYS = ("aborts", "rows_retried", "rows_given_up", "rows_carried", "rows_twice", "late_lost", "late_moved",
             "splits", "split_rows_held", "reader_restarts", "lost_on_resume", "other_minute", "clock_steps",
             "crash_lost")


@dataclass
class Path:
    """The rows as the monitor counts them: each row's interval ``(s, e]`` of true time (tick indices), the node
    count it is divided by, its minute bin and its weight (0: not counted)."""

    nodes: int
    P: float
    bin_by: str
    carry: bool
    uuid_keys: bool
    own_loop: bool
    late_moves: bool
    resume_at_watermark: bool
    deadline: float
    s_idx: np.ndarray = None
    e_idx: np.ndarray = None
    bins: np.ndarray = None
    keep: np.ndarray = None
    create: np.ndarray = None
    commit: np.ndarray = None
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    cfg: dict
    J: np.ndarray = None  # audio seconds trained per 5-s tick (all nodes)
    pauses_t: list = field(default_factory=list)  # (t0, t1, kind)
    ramps: list = field(default_factory=list)  # (t0, t1, r0)
    lives: list = field(default_factory=list)  # (start, end, graceful)
    known_t: list = field(default_factory=list)
    stages: list = field(default_factory=list)  # (t_from, stage)
    counts: dict = field(default_factory=dict)
    path: Path = None


def _level(cfg: dict, st: dict) -> float:
    """The job's audio seconds/s at a stage: the GPUs' side (segment length dearer for the time attention) and the
    CPU workers' side (decode, resample, remix, pitch and tempo shifts) as step costs, the step waiting for the
    slower (a soft maximum)."""
    nodes = st["nodes"]
    gpu = cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes) / cfg["seg_c"] ** st["seg"]
    cpu = cfg["cpu"] * nodes / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: longer segments (at most twice), the pitch/tempo augmentation switched on or off, or
    (1 in 6) another node count; redrawn until the level moves by 15 % (within 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 0.6:
            new["seg"] = min(2, st["seg"] + 1) if st["seg"] < 2 else int(rng.integers(0, 2))
        else:
            new["aug"] = 1 - st["aug"]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _minutes(rng, name: str, setting: str) -> float:
    lo, hi = PAUSE_MIN[name][setting]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline: start-up, ramps, evaluation passes and checkpoints, crashes and planned relaunches."""
    T = n * STEP + 900.0
    nt = int(np.ceil(T / TICK))
    nodes = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 12.0, 400.0), "eff": rng.uniform(0.85, 0.97),
           "seg_c": rng.uniform(1.15, 1.45), "aug_c": rng.uniform(1.3, 2.0)}
    cfg["cpu"] = cfg["gpu"] * cfg["gpus"] * rng.uniform(1.1, 2.6)
    st = {"nodes": nodes, "seg": int(rng.integers(0, 2)), "aug": int(rng.random() < 0.5)}
    run = Run(n=n, nt=nt, cfg=cfg, counts={"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0})
    run.stages.append((0.0, st))
    k_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * n * STEP)
    re_t = [t for i, t in enumerate(re_t) if i == 0 or t - re_t[i - 1] > 3600.0]
    crash_mean = rng.uniform(12, 48) * 3600.0
    ck_every = int(rng.integers(2, 4))

    def ramp_from(t):
        d = rng.uniform(120, 360)
        run.ramps.append((t, t + d, rng.uniform(0.4, 0.75)))

    su = _minutes(rng, "startup", setting)
    run.pauses_t.append((0.0, su, "startup"))
    life0, t = 0.0, su
    ramp_from(t)
    next_eval = t + rng.uniform(30, 90) * 60.0
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        cand = [next_eval, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        t = max(cand[which], t + 60.0)
        if t >= T:
            break
        if which == 0:  # an evaluation pass over the held-out songs (full tracks, SDR), every k-th then saved
            run.counts["evals"] += 1
            dur = _minutes(rng, "eval", setting)
            kind = "eval"
            if run.counts["evals"] % ck_every == 0:
                dur += _minutes(rng, "ckpt", setting)
                kind = "ckpt"
            run.pauses_t.append((t, t + dur, kind))
            t += dur
            next_eval = t + rng.uniform(30, 90) * 60.0
            continue
        if which == 1:  # a crash: the process dies, restarts from the last checkpoint
            run.counts["crashes"] += 1
            down = _minutes(rng, "down", setting)
            dur = down + _minutes(rng, "restart", setting)
            run.lives.append((life0, t, False))
            life0 = t + down
            run.pauses_t.append((t, t + dur, "crash"))
            t += dur
            next_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch onto a new stage
            ri += 1
            run.counts["relaunches"] += 1
            stop = _minutes(rng, "stop", setting) + rng.uniform(60, 300)
            dur = stop + _minutes(rng, "restart", setting)
            run.lives.append((life0, t, True))
            life0 = t + stop
            run.pauses_t.append((t, t + dur, "relaunch"))
            t += dur
            lv = _level(cfg, st)
            new = _next_stage(rng, cfg, st, lv)
            if new == st:
                run.counts["kept_stage"] += 1
            else:
                run.known_t.append(t)
            st = new
            run.stages.append((t, st))
            while ri < len(re_t) and re_t[ri] < t + 3600.0:
                ri += 1
        ramp_from(t)
        next_eval = t + rng.uniform(30, 90) * 60.0
    run.lives.append((life0, np.inf, True))
    return run


def _rates(rng, run: Run) -> None:
    """The job's audio seconds per tick ``run.J``: the stage's level, the shards' mixes, their opening stalls, an
    AR(1) and a slow OU of the log, ramps, and nothing inside a pause."""
    nt = run.nt
    tb = np.arange(nt) * TICK
    lv = np.empty(nt)
    for (t0, st), nxt in zip(run.stages, run.stages[1:] + [(np.inf, None)]):
        lv[(tb >= t0) & (tb < nxt[0])] = _level(run.cfg, st)
    f = np.ones(nt)
    sd = rng.uniform(0.03, 0.08)
    t = 0.0
    run.counts["shards"] = 0
    while t < nt * TICK:  # catalogue shards: a mix of tracks (sample rates, stem counts) sets the rate
        d = hc.log_uniform(rng, 300.0, 2400.0)
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        dense = rng.random() < 0.25
        f[i0:i1] *= np.exp(rng.normal(0, sd)) * (1 / rng.uniform(1.05, 1.12) if dense else 1.0)
        stall = int(rng.uniform(3, 25) // TICK) + 1
        f[i0:min(i1, i0 + stall)] *= rng.uniform(0.2, 0.6)
        run.counts["shards"] += 1
        t += d
    sig, tau = rng.uniform(0.02, 0.06), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sig * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    ou = np.interp(tb, np.arange(len(ou)) * 60.0, ou)
    r = lv * f * np.exp(ar + ou)
    for t0, t1, r0 in run.ramps:
        m = (tb >= t0) & (tb < t1)
        r[m] *= r0 + (1 - r0) * (tb[m] - t0) / (t1 - t0)
    edges = np.array([x for a_, b_, _ in run.pauses_t for x in (a_, b_)])
    share = hc.bad_share(edges, tb, TICK) if len(edges) else np.zeros(nt)
    run.J = r * TICK * np.clip(1 - share, 0, 1)
    run.J[share > 1 - 1e-9] = 0.0


def _episodes(rng, T: float, per_day: tuple, dur: tuple) -> np.ndarray:
    """Episodes ``(start, end)`` over ``[0, T)``: a Poisson rate drawn in ``per_day``, lengths uniform in ``dur``."""
    rate = rng.uniform(*per_day) / DAY
    k = rng.poisson(rate * T)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(dur[0], dur[1], k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie inside one of the windows ``win`` (rows ``[start, end)``)."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _clock(rng, T: float, unsynced: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node's clock offset as steps: ``(times, offsets)``, the offset ``offsets[i]`` from ``times[i]`` on."""
    if not unsynced:
        return np.array([0.0]), np.array([rng.normal(0, rng.uniform(0.02, 0.5))])
    base = rng.choice([-1, 1]) * rng.uniform(5, 40)
    k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
    times = np.concatenate([[0.0], np.sort(rng.uniform(0, T, k))])
    return times, base + np.concatenate([[0.0], np.cumsum(rng.normal(0, rng.uniform(0.5, 5), k))])


def _path(rng, run: Run) -> Path:
    """The reporters' rows, their transactions' fates and the monitor's change-stream reads (see the docstring)."""
    T = run.nt * TICK
    nodes = run.stages[0][1]["nodes"]
    nominal = float(rng.choice([15.0, 20.0, 30.0])) if rng.random() < 0.7 else rng.uniform(15, 30)
    p = Path(nodes=nodes, P=nominal + rng.uniform(0.02, 0.3), bin_by="commit" if rng.random() < 0.6 else "row",
             carry=rng.random() < 0.6, uuid_keys=rng.random() < 0.5, own_loop=rng.random() < 0.4,
             late_moves=rng.random() < 0.5, resume_at_watermark=rng.random() < 0.5,
             deadline=float(rng.choice([30.0, 60.0, 120.0])))
    c = {k: 0 for k in PATH_KEYS}
    lat_med = rng.uniform(0.006, 0.03)
    contention = _episodes(rng, T, (0.5, 4), (60, 900))
    q = rng.uniform(0.2, 0.7)
    backoff = rng.uniform(0.02, 0.25)
    unknown = rng.uniform(0.001, 0.005)
    lag = rng.uniform(0.5, 3.0)
    grace = rng.uniform(10, 60) if p.bin_by == "commit" else rng.uniform(30, 120)
    unsynced = rng.random() < 0.2
    S, E, create, commit, rowtime, keep = [], [], [], [], [], []
    for node in range(nodes):
        ct, co = _clock(rng, T, unsynced)
        c["clock_steps"] += len(ct) - 1
        phase = rng.uniform(0, p.P)
        for a, b, graceful in run.lives:
            end = min(b, T)
            if end <= a:
                continue
            ts = a + phase + p.P * np.arange(int((end - a - phase) // p.P) + 1)
            ts = ts[ts < end] + np.abs(rng.normal(0, 0.05, (ts < end).sum()))
            ts = ts[ts < end]
            if graceful and b < T:
                ts = np.append(ts, b)
            if not graceful and b < T:
                c["crash_lost"] += 1
            m = len(ts)
            if not m:
                continue
            delay = np.exp(rng.normal(np.log(lat_med), 0.5, m))
            busy = np.nonzero(_inside(ts, contention))[0]
            ab = rng.geometric(1 - q, len(busy)) - 1
            for i, k in zip(busy, ab):
                if k:
                    waits = rng.uniform(0.05, 1.5, k) + np.minimum(32.0, backoff * 2.0 ** np.arange(k)) * \
                        rng.uniform(0.5, 1.5, k)
                    delay[i] += waits.sum()
                    c["aborts"] += int(k)
                    c["rows_retried"] += 1
            ok = delay <= p.deadline
            c["rows_given_up"] += int((~ok).sum())
            idx = np.arange(m)
            if p.carry:  # the reporter's counter resets only when a row commits
                last_ok = np.maximum.accumulate(np.where(ok, idx, -1))
                prev = np.concatenate([[-1], last_ok[:-1]])
                c["rows_carried"] += int((ok & (prev < idx - 1)).sum())
            else:
                prev = idx - 1
            start = np.where(prev >= 0, ts[np.maximum(prev, 0)], a)
            off = co[np.searchsorted(ct, ts, side="right") - 1]
            S.append(start), E.append(ts), create.append(ts), commit.append(ts + delay)
            rowtime.append(ts + off), keep.append(ok.astype(float))
            twice = ok & (rng.random(m) < unknown)
            if twice.any():  # a commit whose outcome the client never heard: the transaction runs again
                k = int(twice.sum())
                again = ts[twice] + delay[twice] + rng.uniform(1, 5, k)
                S.append(start[twice]), E.append(ts[twice]), create.append(ts[twice]), commit.append(again)
                rowtime.append((ts + off)[twice]), keep.append(np.full(k, 1.0 if p.uuid_keys else 0.0))
                c["rows_twice"] += k if p.uuid_keys else 0
    S, E, create, commit = (np.concatenate(x) for x in (S, E, create, commit))
    rowtime, keep = np.concatenate(rowtime), np.concatenate(keep)
    seen = commit + lag  # when the reader has the row and its watermark passed it
    if p.own_loop:  # a split's child partitions start late; the loop's watermark runs on past them
        splits = _episodes(rng, T, (1, 6), (5, 90))
        c["splits"] = len(splits)
        for a, b in splits:
            hit = (commit >= a) & (commit < b) & (rng.random(len(commit)) < 0.5)
            seen[hit] = b + lag
            c["split_rows_held"] += int(hit.sum())
    stamp = commit if p.bin_by == "commit" else rowtime
    bins = np.floor(stamp / STEP).astype(int)
    close = (bins + 1) * STEP + grace
    late = (seen > close) & (keep > 0)
    if p.late_moves:  # added to the oldest minute still open
        bins[late] = np.floor((seen[late] - grace) / STEP).astype(int)
        c["late_moved"] = int(late.sum())
    else:
        keep[late] = 0.0
        c["late_lost"] = int(late.sum())
    restarts = _episodes(rng, T, (0.3, 2), (10, 600))
    c["reader_restarts"] = len(restarts)
    if p.resume_at_watermark:  # it resumes from its saved watermark: the open minutes' earlier rows are gone
        save = rng.uniform(30, 120)
        for x, _ in restarts:
            w = np.floor(x / save) * save - lag
            gone = (seen < w) & ((bins + 1) * STEP + grace > x) & (keep > 0)
            keep[gone] = 0.0
            c["lost_on_resume"] += int(gone.sum())
    c["other_minute"] = int(((bins != np.floor(E / STEP)) & (keep > 0)).sum())
    p.s_idx = np.minimum((S // TICK).astype(int), run.nt)
    p.e_idx = np.minimum((E // TICK).astype(int), run.nt)
    p.bins, p.keep, p.create, p.commit = bins, keep, create, commit
    p.counts = c
    return p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the job's audio seconds per tick ``J``: each counted row's seconds (its node's
    share of its interval) summed into its minute, per second. Linear in ``J``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    amount = (C[p.e_idx] - C[p.s_idx]) / p.nodes * p.keep
    ok = (p.bins >= 0) & (p.bins < run.n)
    return np.bincount(p.bins[ok], weights=amount[ok], minlength=run.n)[:run.n] / STEP


def _spans(run: Run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """The paused points: a minute that touches a pause or the first half of a ramp, its neighbours, and any
    minute that read nothing."""
    n = run.n
    m = healthy <= 0
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        m[max(s, 0):min(e, n)] = True
    for a, b, _ in run.ramps:
        s, e = int(a // STEP), int(np.ceil((a + 0.5 * (b - a)) / STEP)) + 1
        m[max(s, 0):min(e, n)] = True
    d = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    _rates(rng, run)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick (0 .. 1) over ``length`` ticks (a leak's ramp ``ramp`` ticks)."""
    s = np.arange(length)
    if kind == "drop":  # a decoding worker killed, its share of the pool gone
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' decoded-stem cache growing into swap
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)  # straggler: the catalogue's object store slowed in bursts
    w = np.empty(length)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(rng.uniform(30, 240) if bad else rng.uniform(120, 600))) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n + 1), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else min(run.nt, int(stop * STEP // TICK))
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, max(1, ramp * K))
        lost = _reads(run, w * run.J)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or lv.sum() < 8:
            continue
        a = target * hs / max(lost[c0:stop][lv].sum(), 1e-12)
        if a > 1:
            continue
        v = healthy - a * lost
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
            m = a * lost
            at = int(np.nonzero(m)[0][0])
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m[at:])
    return None


def make_heldout175(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout175_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT175_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout175, seeds, n, pauses)
