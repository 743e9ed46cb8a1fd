"""DOCSTRING
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT112_SEEDS = tuple(range(1122000, 1122012))
CODE = 112
TICK = 5.0  # s: the job's simulated step of time
K = 12  # ticks per point
STEP = TICK * K  # s: one point, one minute's key
EPOCH = 1_764_000_000  # unix s, a multiple of 60
KIND_P = (0.4, 0.3, 0.3)
SPANS = {"short": (2, 40), "long": (2, 120)}  # pause-span lengths (points) the tests accept
MAXN = 8  # nodes at most
PATH_KEYS = ("unlogged", "incr_failed", "retried", "dropped", "carried", "dup", "restart_lost", "rehashed_away",
             "late", "evicted", "expired", "read_failed")


@dataclass
class Path:
    """The counted copies of the incrs (node, interval ``t0 .. t1`` of its clips, minute ``k``, copies ``mult``),
    the reads' times and failures, and what the path did."""

    node: np.ndarray
    t0: np.ndarray
    t1: np.ndarray
    k: np.ndarray
    mult: np.ndarray
    tapp: np.ndarray
    reads: np.ndarray
    failed: np.ndarray
    policy: str
    maxoff: float
    flush: float
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # clips trained per tick (the job)
    Jn: np.ndarray  # clips per node and tick
    pauses_t: list
    known_t: list
    stages: list
    counts: dict
    path: Path | None = None


# ----------------------------------------------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """Clips/s of a stage: the GPUs (per-GPU rate over the clip length's, the resolution's and the backbone's cost,
    nodes scaling at ``eff`` per doubling), or where the loaders bind, the slower of GPUs and decoders."""
    nodes = st["nodes"]
    g = cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)
    g /= cfg["clip"] ** st["clip"] * cfg["res"] ** st["res"] * cfg["big"] ** st["big"]
    if cfg["io"] is None:
        return float(g)
    io = cfg["io"] * cfg["gpu"] * cfg["gpus"] * nodes
    io /= cfg["io_clip"] ** st["clip"] * cfg["io_res"] ** st["res"] * cfg["hosp"] ** st["hosp"]
    return float(1.0 / hc.smax(1.0 / g, 1.0 / io))


def _next_stage(rng, cfg: dict, st: dict, lvl: float) -> dict:
    """A relaunch's stage: longer or shorter clips, a higher or lower resolution, a larger or smaller backbone,
    added hospitals, or the nodes doubled or halved; redrawn until the level moves by 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = rng.choice(["clip", "res", "big", "hosp", "nodes"], p=[0.25, 0.2, 0.2, 0.2, 0.15])
        if what == "nodes":
            new["nodes"] = st["nodes"] * 2 if st["nodes"] < cfg["maxnodes"] and rng.random() < 0.6 \
                else max(1, st["nodes"] // 2)
        elif what == "hosp":
            new["hosp"] = st["hosp"] + int(rng.integers(1, 4))
        else:
            new[what] = max(0, st[what] + (1 if rng.random() < 0.7 else -1))
        r = _level(cfg, new) / lvl
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "nodes": st["nodes"] * 2 if st["nodes"] < cfg["maxnodes"] else st["nodes"] // 2}


def _dur(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = short if setting == "short" else long
    return float(rng.uniform(lo, hi))


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's clips per 5-s tick: stages, relaunches, crashes, validations, checkpoints, epochs and noise."""
    T = n * STEP + 900.0
    nt = int(T // TICK)
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 4.0, 60.0), "eff": rng.uniform(0.85, 0.97),
           "clip": rng.uniform(1.7, 2.1), "res": rng.uniform(2.0, 2.6), "big": rng.uniform(2.2, 3.4),
           "io": rng.uniform(1.1, 2.5) if rng.random() < 0.4 else None, "io_clip": rng.uniform(1.6, 2.0),
           "io_res": rng.uniform(1.5, 2.3), "hosp": rng.uniform(1.04, 1.2), "maxnodes": MAXN}
    st = {"clip": 0, "res": 0, "big": 0, "hosp": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.4, 0.4, 0.2]))}
    stages = [st]
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.3, 0.4, 0.2, 0.1]))
    rel = sorted(rng.uniform(0.2, 0.85, n_rel) * T)
    crash_mean = rng.uniform(12, 48) * 3600
    v_every = (20, 60) if setting == "short" else (60, 150)
    ck_every = int(rng.integers(1, 3))
    pauses, known, segs = [], [], []
    counts = {"relaunches": 0, "crashes": 0, "valids": 0}

    def startup(t: float) -> float:
        su = _dur(rng, setting, (3, 10), (20, 50)) * 60
        pauses.append((t, t + su, "startup"))
        rp = rng.uniform(2, 8) * 60
        pauses.append((t + su, t + su + rp, "ramp", rng.uniform(0.4, 0.7)))
        return t + su

    t = startup(0.0)
    ri, si = 0, 0
    next_val = t + rng.uniform(*v_every) * 60
    next_crash = t + 1200 + rng.exponential(crash_mean)
    while t < T:
        cand = [next_val, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        te = max(cand[which], t + 300)
        segs.append((t, min(te, T), si))
        if te >= T:
            break
        if which == 0:
            counts["valids"] += 1
            d = _dur(rng, setting, (1.5, 4), (10, 25)) * 60
            pauses.append((te, te + d, "valid"))
            t = te + d
            if counts["valids"] % ck_every == 0:
                c = _dur(rng, setting, (10, 40), (60, 180))
                pauses.append((t, t + c, "ckpt"))
                t += c
            next_val = t + rng.uniform(*v_every) * 60
        elif which == 1:
            counts["crashes"] += 1
            d = (_dur(rng, setting, (1, 4), (6, 18)) + _dur(rng, setting, (2, 6), (8, 20))) * 60
            pauses.append((te, te + d, "crash"))
            t = te + d
            rp = rng.uniform(1, 3) * 60
            pauses.append((t, t + rp, "ramp", rng.uniform(0.75, 0.95)))
            next_crash = t + 1200 + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            d = (_dur(rng, setting, (1, 3), (5, 12)) + rng.uniform(1, 5)) * 60
            pauses.append((te, te + d, "relaunch"))
            t = startup(te + d)
            known.append(t)
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append(st)
            si, ri = si + 1, ri + 1
            next_val = t + rng.uniform(*v_every) * 60
            next_crash = max(next_crash, t + 1200)
    # the rate per tick
    ar_sd = rng.uniform(0.02, 0.05) * (1.5 if cfg["io"] else 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    e = rng.normal(0, ar_sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = e[0]
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200), step=TICK)[:nt]
    noise = np.exp(x + ou)
    J = np.zeros(nt)
    Jn = np.zeros((MAXN, nt))
    epoch_clips = rng.uniform(0.15, 1.5) * 1e6
    stall = (5, 30) if rng.random() < 0.6 else (0.5, 2)
    for t0, t1, s in segs:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(t1 // TICK))
        if i1 <= i0:
            continue
        lvl = _level(cfg, stages[s])
        J[i0:i1] = lvl * TICK * noise[i0:i1]
        ep = epoch_clips * (1 + 0.25 * stages[s]["hosp"]) / lvl  # s per epoch
        te = t0 + rng.uniform(0, ep)
        while te < t1:  # the phase-balanced sampler redrawn, the decoders respawned
            j0, j1 = int(te // TICK), int((te + rng.uniform(*stall)) // TICK) + 1
            J[j0:min(j1, i1)] *= 0.1 if j1 - j0 > 1 else 0.6
            te += ep * rng.uniform(0.97, 1.03)
        nn = stages[s]["nodes"]
        w = 1 + rng.normal(0, 0.01, nn)
        w /= w.sum()
        Jn[:nn, i0:i1] = w[:, None] * J[i0:i1]
    for p in pauses:
        if p[2] == "ramp":
            i0, i1 = int(np.ceil(p[0] / TICK)), min(nt, int(p[1] // TICK))
            if i1 > i0:
                f = np.linspace(p[3], 1, i1 - i0)
                J[i0:i1] *= f
                Jn[:, i0:i1] *= f
    pauses_t = [(p[0], p[1], p[2]) for p in pauses]
    return Run(n=n, nt=nt, J=J, Jn=Jn, pauses_t=pauses_t, known_t=known, stages=stages, counts=counts)


# ----------------------------------------------------------------------------------------------------- the path

def _episodes(rng, T: float, first: tuple, gap: tuple, length: tuple) -> list:
    """Renewal episodes ``(a, b)`` up to ``T``: the first within ``first`` h, mean gaps drawn in ``gap`` h (per
    run), each ``length`` s long (uniform)."""
    out, mean = [], rng.uniform(*gap) * 3600
    t = rng.uniform(*first) * 3600
    while t < T:
        d = rng.uniform(*length)
        out.append((t, t + d))
        t += d + rng.exponential(mean)
    return out


def _cum_at(cum: np.ndarray, rate: np.ndarray, node: np.ndarray, t: np.ndarray) -> np.ndarray:
    """A node's clips (cumulative, ``cum[node, tick]``) by time ``t``, linear inside a tick."""
    x = t / TICK
    j = np.clip(x.astype(int), 0, rate.shape[1] - 1)
    return cum[node, j] + (x - j) * rate[node, j]


def _down(outs, s: int, t: float) -> bool:
    return any(a <= t < b for a, b in outs[s])


def _path(rng, run: Run, n: int) -> Path:
    """Each node's incrs to the minute's key on its server (consistent hashing, a dead server's keys rehashed), the
    monitor's get of the previous minute's key; which copies each read counts."""
    T = n * STEP + 900.0
    S = int(rng.integers(2, 7))
    f = float(rng.choice([5.0, 10.0, 15.0, 20.0, 30.0]))
    ttl, retry, tmo = rng.uniform(120, 300), rng.uniform(10, 60), rng.uniform(0.5, 3.0)
    policy = str(rng.choice(["retry", "drop", "carry"], p=[0.4, 0.3, 0.3]))
    p_to = hc.log_uniform(rng, 3e-4, 3e-3)
    d_mon = hc.log_uniform(rng, 1.0, 40.0)
    outs = [_episodes(rng, T, (10, 80), (30, 150), (2, 30) if rng.random() < 0.6 else (60, 600)) for _ in range(S)]
    press = [_episodes(rng, T, (5, 60), (20, 100), (600, 3600)) for _ in range(S)]
    p_ev = rng.uniform(0.02, 0.2)
    prim = rng.integers(S, size=n + 30)
    alt = (prim + 1 + rng.integers(max(S - 1, 1), size=n + 30)) % S
    off_sd = rng.uniform(0.02, 0.5)
    off = rng.normal(0, off_sd, MAXN)
    steps = []  # (node, a, b, size): a node's clock stepped, stepped back by NTP at b
    if rng.random() < 0.25:
        j = int(rng.integers(MAXN))
        steps = [(j, a, b, rng.choice([-1, 1]) * rng.uniform(2, 15)) for a, b in
                 _episodes(rng, T, (5, 60), (10, 40), (600, 3600))]
    maxoff = float(np.abs(off).max() + max([abs(s[3]) for s in steps], default=0.0))
    crashes = [a for a, b, k in run.pauses_t if k == "crash"]
    stops = [a for a, b, k in run.pauses_t if k == "relaunch"]
    cum = np.concatenate([np.zeros((MAXN, 1)), np.cumsum(run.Jn, axis=1)], axis=1)
    c = dict.fromkeys(PATH_KEYS, 0)
    cols = {x: [] for x in ("node", "t0", "t1", "k", "mult", "tapp", "srv")}
    for i in range(MAXN):
        if not run.Jn[i].any():
            continue
        tf = np.sort(np.concatenate([rng.uniform(0, f) + f * np.arange(int(T / f)), stops]))
        t0 = np.concatenate([[0.0], tf[:-1]])
        for cr in crashes:  # the clips since the last incr die with the process
            j = int(np.searchsorted(tf, cr))
            if j < len(tf):
                t0[j] = cr
        node = np.full(len(tf), i)
        gross = _cum_at(cum, run.Jn, node, tf) - _cum_at(cum, run.Jn, node, t0)
        clock = tf + off[i]
        for j, a, b, size in steps:
            if j == i:
                clock[(tf >= a) & (tf < b)] += size
        k = np.floor(clock / STEP).astype(int)
        keep = (gross > 0) & (k >= 0) & (k < n)
        tf, t0, k = tf[keep], t0[keep], k[keep]
        srv = prim[k].copy()
        mult = np.ones(len(tf), int)
        tapp = tf + rng.uniform(2e-4, 5e-3, len(tf))
        ok = np.ones(len(tf), bool)
        for s in range(S):
            for a, b in outs[s]:
                hit = np.nonzero((tf >= a) & (tf < b) & (prim[k] == s))[0]
                if not len(hit):
                    continue
                first = hit[0]
                until = tf[first] + tmo + retry * np.ceil((b - tf[first] - tmo) / retry)
                moved = (tf > tf[first]) & (tf < until) & (prim[k] == s)
                srv[moved] = alt[k[moved]]
                c["incr_failed"] += 1
                if policy == "retry":
                    c["retried"] += 1
                    srv[first], tapp[first] = alt[k[first]], tapp[first] + tmo
                elif policy == "drop" or first + 1 >= len(tf):
                    c["dropped"] += 1
                    ok[first] = False
                else:  # carried into the node's next incr
                    c["carried"] += 1
                    ok[first] = False
                    t0[first + 1] = t0[first]
        for j in range(len(tf)):  # an incr sent to a server that is down as well
            if ok[j] and _down(outs, srv[j], tapp[j]) and srv[j] != prim[k[j]]:
                ok[j] = False
                c["dropped"] += 1
        to = np.nonzero(rng.random(len(tf)) < p_to)[0]  # a timed-out response
        applied = rng.random(len(to)) < 0.5
        for j, ap in zip(to, applied):
            c["incr_failed"] += 1
            if policy == "drop":
                c["dropped"] += 1
                ok[j] = ok[j] and ap
            else:
                c["retried" if policy == "retry" else "carried"] += 1
                if ap:
                    mult[j] = 2
                    c["dup"] += 1
        for x, v in zip(("node", "t0", "t1", "k", "mult", "tapp", "srv"), (node[:len(tf)], t0, tf, k, mult, tapp, srv)):
            cols[x].append(v[ok])
    # the unlogged clips
    c["unlogged"] = len(crashes) * int(sum(run.Jn[i].any() for i in range(MAXN)))
    P = {x: np.concatenate(v) for x, v in cols.items()}
    order = np.argsort(P["k"], kind="stable")
    P = {x: v[order] for x, v in P.items()}
    # the monitor's reads
    reads = (np.arange(n) + 1) * STEP + d_mon + rng.uniform(0, 1, n) + rng.normal(0, off_sd)
    stall = rng.random(n) < rng.uniform(0.001, 0.003)
    reads[stall] += rng.uniform(60, 400, stall.sum())
    Y = prim[:n].copy()
    failed = rng.random(n) < 5e-4
    for s in range(S):
        for a, b in outs[s]:
            hit = np.nonzero((reads >= a) & (reads < b) & (prim[:n] == s))[0]
            if not len(hit):
                continue
            first = hit[0]
            failed[first] = True
            until = reads[first] + retry * np.ceil((b - reads[first]) / retry)
            moved = (reads > reads[first]) & (reads < until) & (prim[:n] == s)
            Y[moved] = alt[:n][moved]
    for k in range(n):
        if not failed[k] and _down(outs, Y[k], reads[k]):
            failed[k] = True
    c["read_failed"] = int(failed.sum())
    kk = P["k"]
    r = reads[kk]
    counted = (P["srv"] == Y[kk]) & ~failed[kk]
    c["rehashed_away"] = int(((P["srv"] != Y[kk]) & ~failed[kk]).sum())
    late = counted & (P["tapp"] >= r)
    c["late"] = int(late.sum())
    counted &= ~late
    for s in range(S):  # a restart empties the server
        for a, b in outs[s]:
            lost = counted & (P["srv"] == s) & (P["tapp"] < a) & (r >= a)
            c["restart_lost"] += int(lost.sum())
            counted &= ~lost
    first_app = np.full(n, np.inf)
    np.minimum.at(first_app, kk[counted], P["tapp"][counted])
    expired = reads > first_app + ttl
    c["expired"] = int(expired.sum())
    counted &= ~expired[kk]
    ev_t = np.full(n, -np.inf)
    for s in range(S):
        for a, b in press[s]:
            hit = (Y == s) & (reads >= a) & (reads < b) & (rng.random(n) < p_ev)
            ev_t[hit] = (np.nonzero(hit)[0] + 0.5) * STEP + rng.uniform(0, 1, hit.sum()) * (reads[hit] - (np.nonzero(
                hit)[0] + 0.5) * STEP)
    c["evicted"] = int(np.isfinite(ev_t).sum())
    counted &= P["tapp"] > ev_t[kk]
    return Path(node=P["node"][counted], t0=P["t0"][counted], t1=P["t1"][counted], k=kk[counted],
                mult=P["mult"][counted], tapp=P["tapp"][counted], reads=reads, failed=failed | expired,
                policy=policy, maxoff=maxoff, flush=f, counts=c)


def _reads(run: Run, rate: np.ndarray, k_lo: int = 0, k_hi: int | None = None) -> np.ndarray:
    """Each point's read (clips/s) of the per-node ``rate`` (clips per tick) through the counted copies (only the
    points ``[k_lo, k_hi)`` filled)."""
    p = run.path
    k_hi = run.n if k_hi is None else k_hi
    j0, j1 = np.searchsorted(p.k, k_lo), np.searchsorted(p.k, k_hi)
    cum = np.concatenate([np.zeros((MAXN, 1)), np.cumsum(rate, axis=1)], axis=1)
    nd = p.node[j0:j1]
    got = p.mult[j0:j1] * (_cum_at(cum, rate, nd, p.t1[j0:j1]) - _cum_at(cum, rate, nd, p.t0[j0:j1]))
    out = np.zeros(run.n)
    np.add.at(out, p.k[j0:j1], got)
    return out / STEP


# ----------------------------------------------------------------------------------------------------- the trace

def _spans(run: Run, h: np.ndarray, n: int) -> list:
    """The paused points: a window (widened by the incr interval, the clocks' largest offset and 3 s before, that
    offset and 4 s after) touching a pause or a ramp's first half, or a read of nothing; a lone one widened to two."""
    p = run.path
    w1, w2 = p.flush + p.maxoff + 3.0, p.maxoff + 4.0
    paused = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = 0.5 * (a + b)
        lo, hi = max(0, int(np.floor((a - w2) / STEP - 1)) + 1), min(n, int(np.ceil((b + w1) / STEP)))
        paused[lo:hi] = True
    for k in np.nonzero(paused)[0]:
        if (k == 0 or not paused[k - 1]) and (k + 1 >= n or not paused[k + 1]):
            paused[k + 1 if k + 1 < n else k - 1] = True
    spans, k = [], 0
    while k < n:
        if paused[k]:
            e = k
            while e < n and paused[e]:
                e += 1
            spans.append((k, e))
            k = e
        else:
            k += 1
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy reads, pause spans, live mask, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run, n)
    h = _reads(run, run.Jn)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset: a drop ``min(1, (s + 1) / tau)``; a straggler's bursts at 1
    and calm at 0.05-0.25; a leak ``(s / ramp) ** p`` then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm, w = rng.uniform(0.05, 0.25), np.empty(length)
    i, burst = 0, True
    m_on, m_off = rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        d = 1 + int(rng.exponential(m_on if burst else m_off))
        w[i:i + d] = 1.0 if burst else calm
        i, burst = i + d, not burst
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression (a share ``a w`` of each tick's clips, the reads losing what their counted incrs lost): an
    ``(Event, (0, loss))`` pair, or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pauses, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = np.repeat(_weight(rng, kind, stop - onset, ramp), K)
        i0 = int(t0 // TICK)
        wt = np.zeros(run.nt)
        wt[i0:i0 + len(w)] = w[:run.nt - i0]
        if to_end:
            wt[i0 + len(w):] = 1.0 if kind != "straggler" else w[-1]
        m1 = _reads(run, run.Jn * wt, max(0, onset - 2), n)
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if lv.sum() < 20 or hs <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / max(m1[c0:stop][lv].sum(), 1e-12)
        if a > 1:
            continue
        m = a * m1
        v = np.maximum(healthy - m, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout112(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout112_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT112_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout112, seeds, n, pauses)
