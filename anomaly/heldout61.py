"""The sixty-first held-out throughput family: a protein-structure model's (OpenFold / AlphaFold2-style) training
crops/s on an on-premises GPU cluster, each node's cumulative crop count read from a file by a Checkmk agent local
check that computes the rate itself, stored by the Checkmk core (CMC) in RRD files and summed over the nodes per minute.

DOCSTRING-PLACEHOLDER
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT61_SEEDS = tuple(range(612000, 612012))
CODE = 61
T0 = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole minute
P_KIND = (0.34, 0.33, 0.33)
HB = 8460.0  # the RRD data source's heartbeat (s): a longer gap between updates is unknown
# pause lengths (s): validation, extra for a checkpoint, crop-phase relaunch, and a failure's hang / queue / start
VAL = {"short": (90, 420), "long": (2400, 6000)}
CKPT = {"short": (40, 160), "long": (400, 1500)}
SWITCH = {"short": (150, 500), "long": (900, 2400)}
HANG = {"short": (60, 240), "long": (600, 1800)}
QUEUE = {"short": (30, 300), "long": (300, 2400)}
START = {"short": (60, 200), "long": (240, 900)}
EVERY = {"short": (1800, 4500), "long": (7200, 14400)}  # training seconds between validations


@dataclass
class Host:
    """One monitored node: its check phase, when it held a rank of the job and when it was down."""

    phase: float
    joins: list = field(default_factory=list)  # (t_join, t_leave) of its trainer
    down: list = field(default_factory=list)  # (t0, t1): the agent does not answer


@dataclass
class Run:
    """A healthy run: per-second executed steps ``c``, its pauses, hosts, checks and what the path drops."""

    n: int
    setting: str
    c: np.ndarray  # steps executed in each second (every rank steps together)
    K: int  # the trainer rewrites the counter file every K steps
    fails: list  # (t_fail, t_ckpt, t_resume): a failure, the checkpoint it rolls back to, the resume
    pauses_t: list  # (a, b, kind)
    known_t: list
    known_kind: list
    hosts: list
    checks: list  # per host: the check times whose agent answered
    L: float  # the recorder reads minute j at its end plus L
    stats: dict


def _fs_factor(rng, T: float) -> np.ndarray:
    """Per second, the step's slow-down by the shared file system's contention (other users' jobs): bad phases
    (mean 15-60 min, every 2-8 h) that stretch a step by 4-30 %, plus an OU drift of the log (sd 1-2.5 %)."""
    m = int(T) + 1
    f = np.ones(m)
    edges = hc.twostate(rng, rng.exponential(rng.uniform(7200, 28800)), T, rng.uniform(900, 3600),
                        rng.uniform(7200, 28800), horizon=T)
    for a, b in zip(edges[0::2], edges[1::2]):
        f[int(a):int(min(b, T)) + 1] *= 1 + rng.uniform(0.04, 0.3)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.025), rng.uniform(3600, 10800))
    return f * np.exp(np.interp(np.arange(m), 60.0 * np.arange(len(ou)), ou))


def _steps(rng, c, t0: float, t1: float, d0: float, slow: np.ndarray, sd: float, p_heavy: float) -> None:
    """Add to ``c`` (steps per second) the steps of a stretch of training ``[t0, t1)``: a step lasts ``d0`` times
    the contention factor, a log-normal (``sd``) and, with probability ``p_heavy``, a deep-MSA sample on some rank
    (1.1-1.5); the first 2-8 min after a start run slower (cold page cache, loader warm-up)."""
    warm = rng.uniform(120, 480)
    t, times = t0, [t0]
    while t < t1:
        x = t - t0
        d = d0 * slow[int(t)] * np.exp(rng.normal(0, sd)) * (1 + 0.6 * np.exp(-x / (0.4 * warm)) * (x < warm))
        if rng.random() < p_heavy:
            d *= rng.uniform(1.1, 1.5)
        t += d
        times.append(min(t, t1))
    times = np.array(times)
    k = np.arange(len(times), dtype=float)
    if len(times) > 1 and t > times[-2]:  # the last step is cut at t1: only its done share counts
        k[-1] = k[-2] + (times[-1] - times[-2]) / (t - times[-2])
    s0, s1 = int(np.ceil(t0)), int(np.floor(t1))
    grid = np.arange(s0, s1 + 1, dtype=float)
    p = np.interp(grid, times, k)
    c[s0:s1] += np.diff(p)


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's healthy run over ``n`` minutes and its collection path's draws (see the module docstring)."""
    T = 60.0 * n + 900
    N = int(rng.choice([4, 6, 8]))
    d0 = rng.uniform(5.0, 9.0)
    sd, p_heavy = rng.uniform(0.03, 0.08), rng.uniform(0.05, 0.25)
    K = int(rng.choice([1, 2, 4]))
    slow = _fs_factor(rng, T)
    c = np.zeros(int(T) + 2)
    n_sw = int(rng.integers(1, 4))
    sw_t = sorted(rng.uniform(0.08, 0.95, n_sw) * T)
    crop = [rng.uniform(1.6, 2.6) for _ in range(n_sw)]
    fail_mean = rng.uniform(12, 36) * 3600
    ck_every = int(rng.integers(1, 4))
    pauses, fails, known_t, known_kind = [], [], [], []
    stats = {"validations": 0, "checkpoints": 0, "failures": 0, "spares": 0, "world": 0, "switches": 0}
    jitter, p_late, p_to = rng.uniform(0.2, 1.5), rng.uniform(0.002, 0.01), rng.uniform(0.001, 0.005)
    hosts = [Host(rng.uniform(0, 60), [[0.0, np.inf]]) for _ in range(N)]
    active = list(range(N))
    missing = False  # running on N - 1 nodes since a failure without a spare
    t, phase, n_val, t_ck = 0.0, 1.0, 0, 0.0
    next_val = rng.uniform(*EVERY[setting])
    next_fail = rng.exponential(fail_mean) + 1800
    while t < T:
        d = d0 * phase
        cand = [next_val, next_fail, sw_t[0] if sw_t else np.inf]
        which = int(np.argmin(cand))
        end = min(cand[which], T)
        _steps(rng, c, t, end, d, slow, sd, p_heavy)
        t = end
        if t >= T:
            break
        if which == 0:  # validation, every ck_every-th also a checkpoint
            n_val += 1
            stats["validations"] += 1
            ck = n_val % ck_every == 0
            b = t + rng.uniform(*VAL[setting]) + (rng.uniform(*CKPT[setting]) if ck else 0.0)
            pauses.append((t, b, "ckpt" if ck else "eval"))
            if ck:
                stats["checkpoints"] += 1
                t_ck = t
            t = b
            next_val = t + rng.uniform(*EVERY[setting])
        else:
            if which == 1:  # a node fails: the ranks hang, the job is killed, requeued and resumed from t_ck
                stats["failures"] += 1
                b = t + sum(rng.uniform(*x[setting]) for x in (HANG, QUEUE, START))
                slot = int(rng.integers(len(active)))
                h = hosts[active[slot]]
                h.joins[-1][1] = t
                h.down.append((t, t + rng.uniform(1800, 21600)))
                fails.append((t, t_ck, b))
                kind = "fail"
                if missing:  # the repaired node is back in the pool: full size again
                    active.pop(slot)
                    for _ in range(2):
                        hosts.append(Host(rng.uniform(0, 60), [[b, np.inf]]))
                        active.append(len(hosts) - 1)
                    missing = False
                    known_t.append(b)
                    known_kind.append("world")
                    stats["world"] += 1
                elif rng.random() < 0.65:  # a spare node takes its place
                    stats["spares"] += 1
                    hosts.append(Host(rng.uniform(0, 60), [[b, np.inf]]))
                    active[slot] = len(hosts) - 1
                else:  # no spare: resume on N - 1 nodes
                    active.pop(slot)
                    missing = True
                    known_t.append(b)
                    known_kind.append("world")
                    stats["world"] += 1
                next_fail = b + rng.exponential(fail_mean) + 1800
            else:  # a planned relaunch into the next crop phase (from a checkpoint saved right before)
                stats["switches"] += 1
                sw_t.pop(0)
                b = t + rng.uniform(*SWITCH[setting])
                phase = crop[stats["switches"] - 1] if phase == 1.0 else 1.0
                kind = "switch"
                if missing:
                    hosts.append(Host(rng.uniform(0, 60), [[b, np.inf]]))
                    active.append(len(hosts) - 1)
                    missing = False
                known_t.append(b)
                known_kind.append("crop")
                t_ck = t
            pauses.append((t, b, kind))
            t = b
            next_val = max(next_val, t + 600)
        next_fail = max(next_fail, t + 600)
        if sw_t and sw_t[0] < t + 600:
            sw_t[0] = t + rng.uniform(600, 1200)
    # each host's checks: its phase on the minute grid, jitter, rare late checks and agent time-outs
    checks = []
    late = to = 0
    for h in hosts:
        k = np.arange(int(T // 60) + 1)
        tk = h.phase + 60.0 * k + rng.normal(0, jitter, len(k))
        is_late = rng.random(len(k)) < p_late
        tk = tk + is_late * rng.uniform(5, 40, len(k))
        ok = (rng.random(len(k)) >= p_to) & (tk > 0)
        for a, b in h.down:
            ok &= ~((tk >= a) & (tk < b))
        late += int(is_late.sum())
        to += int((~ok).sum())
        checks.append(np.sort(tk[ok]))
    stats.update(late=late, unanswered=to, hosts=len(hosts), nodes=N)
    L = float(rng.choice([80.0, 100.0, 150.0, 240.0]))
    return Run(n, setting, c, K, fails, pauses, known_t, known_kind, hosts, checks, L, stats)


def _executed(run, mods) -> np.ndarray:
    """Steps executed by each whole second (redone ones included), less the steps each regression ``(s0, delta,
    total)`` cost: ``total`` (a whole number of writes) from the end of its window on, exactly."""
    P = np.concatenate([[0.0], np.cumsum(run.c)])
    for s0, delta, total in mods:
        s1 = min(len(P), s0 + 1 + len(delta))
        P[s0 + 1:s1] -= np.cumsum(delta)[:s1 - s0 - 1]
        P[s1:] -= total
    return P


def _counter(run, P: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The steps a node's counter file holds at times ``t``: the last K-step write, less the work each failure
    rolled back to its checkpoint (from the resume on, when the trainer rewrites the file)."""
    K = run.K
    sec = np.arange(len(P), dtype=float)
    q = K * np.floor(np.interp(t, sec, P) / K)
    for t_f, t_ck, b in run.fails:
        x = K * np.floor(np.interp([t_f, t_ck], sec, P) / K)
        q -= (t >= b) * (x[0] - x[1])
    return q


def _updates(run, P: np.ndarray, h: int) -> tuple[np.ndarray, np.ndarray]:
    """Host ``h``'s RRD updates: the times and crops/s values of the local check's metric. The script keeps the
    previous ``(time, count)`` in a state file; no file (before the trainer starts there), the first run, or a
    count lower than the stored one (a resume from a checkpoint): no metric that run, the state rewritten."""
    host, t = run.hosts[h], run.checks[h]
    join, leave = host.joins[0]
    t = t[t >= join]
    v = 8.0 * _counter(run, P, np.minimum(t, leave))
    if len(t) < 2:
        return t[:0], v[:0]
    dv, dt = np.diff(v), np.diff(t)
    ok = dv >= 0
    return t[1:][ok], (dv / dt)[ok]


def _host_minutes(run, u: np.ndarray, r: np.ndarray) -> np.ndarray:
    """What the recorder reads of one host per minute: the RRD's one-minute average of the GAUGE values (each
    update's value over the time since the previous update; none over a gap above the heartbeat), where the
    update closing the minute came in by the read (the minute's end plus ``L``); 0 (a null) otherwise."""
    n = run.n
    out = np.zeros(n)
    if len(u) < 2:
        return out
    val = np.where(np.diff(u) <= HB, r[1:], 0.0)  # interval (u[i], u[i + 1]] holds val[i]
    a = 60.0 * np.arange(n)
    e = a + 60.0
    start = np.maximum(a, u[0])
    idx = np.searchsorted(u, e, side="right")
    seen = (idx < len(u)) & (e - start >= 30.0)
    seen[seen] &= u[idx[seen]] <= e[seen] + run.L
    ia = np.maximum(np.searchsorted(u, start, side="right"), 1)
    integ = np.zeros(n)
    for o in range(int((np.minimum(idx, len(u) - 1) - ia).max()) + 1):  # local sums: no global cumsum's rounding
        i = np.minimum(ia + o, len(u) - 1)
        ov = np.minimum(u[i], e) - np.maximum(u[i - 1], start)
        integ += np.where((ia + o <= idx) & (ia + o < len(u)) & (ov > 0), val[i - 1] * ov, 0.0)
    out[seen] = integ[seen] / (e[seen] - start[seen])
    return out


def _series(run, mods) -> np.ndarray:
    """The summed crops/s per minute with the regressions ``mods``."""
    P = _executed(run, mods)
    total = np.zeros(run.n)
    for h in range(len(run.hosts)):
        total += _host_minutes(run, *_updates(run, P, h))
    return total


def _spans(run) -> list[tuple[int, int]]:
    """The minutes a pause reaches on any host of the job: from its last update before the pause (the update
    interval that holds the pause's start) to the first update at or after its end (a host that leaves in the
    pause: to the pause's end); spans one live minute or less apart merged."""
    P = _executed(run, [])
    spans = []
    ups = [_updates(run, P, h)[0] for h in range(len(run.hosts))]
    for a, b, _ in run.pauses_t:
        s, e = np.inf, -np.inf
        for host, u in zip(run.hosts, ups):
            join, leave = host.joins[0]
            if not (join < b and leave >= a) or not len(u):
                continue
            i0 = int(np.searchsorted(u, a, side="right"))
            prev = u[i0 - 1] if i0 else a
            if leave <= b:
                end = b
            else:
                i1 = int(np.searchsorted(u, b, side="left"))
                end = u[i1] if i1 < len(u) else 60.0 * run.n
            s, e = min(s, int(prev // 60)), max(e, int(end // 60) + 1)
        s, e = max(0, int(s)), min(run.n, int(e))
        if s >= run.n or e <= s:
            continue
        if spans and s <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed's healthy run."""
    hc.check_args(pauses, n)
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 7]), n, pauses)
    healthy = _series(run, [])
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, m: int, ramp_s: int) -> np.ndarray:
    """A regression's weight over its ``m`` seconds: a drop steps to 0.6-1 and settles to 1 over 60-300 s; a
    straggler (one node's GPUs throttling) alternates bursts at 1 (median 60-240 s) and calm at 0.1-0.25
    (median 120-600 s), log-normal lengths (sd 0.5); a leak ``min(1, x / ramp_s) ** p`` (``p`` 0.8-2)."""
    x = np.arange(m, dtype=float)
    if kind == "drop":
        w0 = rng.uniform(0.6, 1.0)
        return w0 + (1 - w0) * np.minimum(1.0, x / rng.uniform(60, 300))
    if kind == "leak":
        return np.minimum(1.0, x / max(ramp_s, 1)) ** rng.uniform(0.8, 2.0)
    med_on, med_off, calm = rng.uniform(60, 240), rng.uniform(120, 600), rng.uniform(0.1, 0.25)
    w, i, on = np.empty(m), 0, True
    while i < m:
        k = int((med_on if on else med_off) * np.exp(rng.normal(0, 0.5))) + 1
        w[i:i + k] = 1.0 if on else calm
        i, on = i + k, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    n, c = run.n, run.c
    for kind in hc.kind_draws(rng, P_KIND, want):
        ramp = int(rng.uniform(200, min(1200, 0.45 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        cand = [(a, b) for a, b, _ in run.pauses_t if 60 * lo <= a and b < 60 * last]
        if rng.random() < 0.35 and cand:  # starts late in a pause or just after it (a resume, a reload)
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.4 * (b - a), b + 120)
        else:
            t0 = rng.uniform(60 * lo, 60 * last)
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0 = int(t0)
        s1 = len(c) if to_end else 60 * stop
        w = _weight(rng, kind, s1 - s0, 60 * ramp)
        cs = c[s0:s1]
        c0 = 60 * ramp if kind == "leak" else 0  # a leak is calibrated on its plateau
        if cs[c0:].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.09, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))

        def loss(a):
            return 1 - (cs[c0:] / (1 + a * w[c0:])).sum() / cs[c0:].sum()

        if loss(8.0) < target:
            continue
        x0, x1 = 0.0, 8.0
        for _ in range(30):
            mid = 0.5 * (x0 + x1)
            x0, x1 = (mid, x1) if loss(mid) < target else (x0, mid)
        delta = cs * (1 - 1 / (1 + 0.5 * (x0 + x1) * w))
        total = run.K * max(1, round(delta.sum() / run.K))  # a whole number of counter writes
        mod = (s0, delta * (total / delta.sum()), float(total))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= x < end for x in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def _many(run, mods) -> np.ndarray:
    return _series(run, mods)


def make_heldout61(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _many, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout61_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT61_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout61, seeds, n, pauses)
