"""DOCSTRING"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 176
HELDOUT176_SEEDS = tuple(range(1762000, 1762012))
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)  # ticks per point
EPOCH = 1_790_000_040.0  # a multiple of 60
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 100), "long": (1, 140)}
RECON_DELAYS = (1.0, 2.0, 4.0, 8.0, 16.0, 25.0)  # the client's reconnect delays (then 25 s each)
PATH_KEYS = ("failovers", "switchovers", "channel_breaks", "blocked_puts", "interrupted_puts", "stored_twice",
             "timer_runs_missed", "monitor_outages", "queue_full_refusals", "expired", "batches_backed_out",
             "counted_twice", "poison_batches", "moved_to_backout_q", "late_copies", "qm_clock_changes",
             "unread_minutes", "intervals_lost_in_crash")


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Pairs/s of a stage: the GPUs' rate and the CPU workers' rate, the step waiting for the slower (soft max)."""
    gpu = cfg["gpu"] * cfg["res_g"] ** st["res"] * cfg["enc_g"] ** st["enc"] * cfg["cache_g"] ** st["cache"]
    gpu *= cfg["bs_g"] ** st["bs"]
    cpu = cfg["cpu"] * cfg["res_c"] ** st["res"] * cfg["parse_c"] ** st["parse"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: higher resolution or the garment encoder unfrozen (each once), human parsing moved to
    the CPU workers or back, latent caching switched, another batch size; redrawn until the level moves 15 %
    (1/3 to 3 times)."""
    for _ in range(60):
        new = dict(st)
        c = rng.choice(["res", "enc", "parse", "cache", "bs"], p=[0.3, 0.2, 0.15, 0.2, 0.15])
        if c in ("res", "enc"):
            if st[c]:
                continue
            new[c] = 1
        elif c == "bs":
            new["bs"] = st["bs"] + (1 if rng.random() < 0.5 else -1)
        else:
            new[c] = 1 - st[c]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return dict(st)


def _config(rng) -> dict:
    nodes = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    gpus = int(rng.choice([4, 8]))
    per_gpu = hc.log_uniform(rng, 1.5, 10.0)
    eff = rng.uniform(0.86, 0.97)
    gpu = nodes * gpus * per_gpu * eff ** np.log2(nodes)
    return {"nodes": nodes, "gpus": gpus, "gpu": gpu, "cpu": gpu * rng.uniform(1.1, 2.5),
            "res_g": 1 / rng.uniform(2.2, 3.2), "res_c": 1 / rng.uniform(1.6, 2.4), "enc_g": 1 / rng.uniform(1.25, 1.6),
            "cache_g": 1 / rng.uniform(0.75, 0.88), "parse_c": 1 / rng.uniform(1.4, 2.0),
            "bs_g": rng.uniform(1.08, 1.25)}


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline (seconds): start-up, training stretches, evaluation passes (with a checkpoint every 2nd or
    3rd), crashes and planned relaunches; its processes (for the reporters) and its samples per 5-s tick."""
    long = setting == "long"
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = _config(rng)
    st = {"res": 0, "enc": 0, "parse": int(rng.random() < 0.3), "cache": int(rng.random() < 0.5), "bs": 0}
    eval_every = rng.uniform(30, 90) * 60
    ck_every = int(rng.choice([2, 3]))
    crash_mean = rng.uniform(12, 48) * 3600
    k_re = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    re_t = []
    for _ in range(k_re):
        for _ in range(30):
            x = rng.uniform(0.15, 0.85) * n * STEP
            if all(abs(x - y) > 3600 for y in re_t):
                re_t.append(x)
                break
    re_t.sort()

    def startup() -> float:
        return (rng.uniform(20, 50) if long else rng.uniform(3, 10)) * 60

    pauses_t, lives, procs, known_t, ramps = [], [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0, "ckpts": 0}
    t = 0.0
    proc_start = 0.0
    d = startup()
    pauses_t.append((0.0, d, "startup"))
    t = d
    ramps.append((t, rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
    since_eval, n_eval = 0.0, 0
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        to_eval = eval_every - since_eval
        cand = [t + max(to_eval, 60.0), next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        if cand[2] < t + 300:
            cand[2] = t + 300
            re_t[ri] = cand[2]
        which = int(np.argmin(cand))
        end = min(cand[which], T)
        lives.append((t, end, dict(st)))
        since_eval += end - t
        t = end
        if t >= T:
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            dur = (rng.uniform(12, 45) if long else rng.uniform(2, 8)) * 60
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                dur = (rng.uniform(2, 6) if long else rng.uniform(0.5, 2)) * 60
                pauses_t.append((t, t + dur, "ckpt"))
                t += dur
            since_eval = 0.0
        elif which == 1:
            counts["crashes"] += 1
            procs.append((proc_start, t, False))
            down = (rng.uniform(5, 15) if long else rng.uniform(1, 4)) * 60
            proc_start = t + down
            dur = down + startup()
            pauses_t.append((t, t + dur, "crash"))
            t += dur
            ramps.append((t, rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
            next_crash = t + rng.exponential(crash_mean)
            since_eval = 0.0
        else:
            counts["relaunches"] += 1
            ri += 1
            procs.append((proc_start, t, True))
            stop = (rng.uniform(5, 12) if long else rng.uniform(1, 3)) * 60
            queued = rng.uniform(1, 5) * 60
            proc_start = t + stop + queued
            dur = stop + queued + startup()
            pauses_t.append((t, t + dur, "relaunch"))
            t += dur
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            elif t < n * STEP:
                known_t.append(t)
            st = new
            ramps.append((t, rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
            since_eval = 0.0
    procs.append((proc_start, T + 600.0, True))
    run = SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, procs=procs, known_t=known_t,
                          ramps=ramps, counts=counts, dt=STEP, k=K, setting=setting)
    run.J = _samples(rng, run)
    return run


def _samples(rng, run) -> np.ndarray:
    """Pairs trained per 5-s tick: the stage's level times catalogue shards, an AR(1) and a slow OU of the log,
    the ramps after a start, data-loader stalls and latent-cache rebuilds (runs caching latents)."""
    nt, cfg = run.nt, run.cfg
    tm = (np.arange(nt) + 0.5) * TICK
    lv = np.zeros(nt)
    cache = np.zeros(nt, bool)
    for a, b, st in run.lives:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        lv[i0:i1] = _level(cfg, st)
        cache[i0:i1] = bool(st["cache"])
    # catalogue shards (a category or a brand's images at a time): 5-40 min each, a quarter dearer (dresses,
    # full-body shots at a higher resolution)
    f = np.ones(nt)
    sd_shard = rng.uniform(0.03, 0.08)
    t = 0.0
    while t < run.T:
        d = hc.log_uniform(rng, 300, 2400)
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        f[i0:i1] = np.exp(rng.normal(0, sd_shard)) / (rng.uniform(1.04, 1.10) if rng.random() < 0.25 else 1.0)
        t += d
    sd, tau = rng.uniform(0.02, 0.06), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow = np.interp(tm, np.arange(len(ou)) * 60.0, ou)
    f *= np.exp(ar + slow)
    for t0, dur, r0 in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int((t0 + dur) // TICK) + 1)
        x = np.clip((tm[i0:i1] - t0) / dur, 0, 1)
        f[i0:i1] *= r0 + (1 - r0) * x
    # data-loader stalls: epoch boundaries (workers re-spawned: 5-30 s near 0) and object-store tail latency
    # (10-60 s at 10-40 %), per wall time while training
    epoch = rng.uniform(30, 150) * 60
    for t0 in np.arange(epoch, run.T, epoch):
        i0 = int(t0 // TICK)
        f[i0:i0 + int(rng.uniform(5, 30) // TICK) + 1] *= rng.uniform(0.0, 0.1)
    t = rng.exponential(rng.uniform(20, 90) * 60)
    mean_gap = rng.uniform(20, 90) * 60
    while t < run.T:
        i0 = int(t // TICK)
        f[i0:i0 + int(rng.uniform(10, 60) // TICK) + 1] *= rng.uniform(0.1, 0.4)
        t += rng.exponential(mean_gap)
    # latent-cache rebuilds (the VAE encoding the augmented garments anew): every 2-6 h, 3-10 min at 55-85 %
    every = rng.uniform(2, 6) * 3600
    for t0 in np.arange(every * rng.uniform(0.3, 1.0), run.T, every):
        i0, i1 = int(t0 // TICK), min(nt, int((t0 + rng.uniform(180, 600)) // TICK))
        f[i0:i1] = np.where(cache[i0:i1], f[i0:i1] * rng.uniform(0.55, 0.85), f[i0:i1])
    return lv * f * TICK


# ---------------------------------------------------------------- the path (IBM MQ)


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> list[tuple[float, float]]:
    out, t = [], rng.exponential(DAY / per_day) if per_day > 0 else np.inf
    while t < T:
        d = hc.log_uniform(rng, lo, hi)
        out.append((t, t + d))
        t += d + rng.exponential(DAY / per_day)
    return out


def _reconnect(rng, f0: float, f1: float) -> float:
    """When a reconnectable client is back: its attempts after the break at the reconnect delays (1, 2, 4, 8, 16,
    25, 25 ... s, each plus up to 0.2 s), the first at or after the queue manager's return."""
    t, k = f0 + rng.uniform(0, 2.0), 0  # the break noticed
    while t < f1:
        t += RECON_DELAYS[min(k, len(RECON_DELAYS) - 1)] + rng.uniform(0, 0.2)
        k += 1
    return t


def _path(rng, run) -> SimpleNamespace:
    """The messages of the nodes' reporters and their fates on the queue manager and the monitor."""
    T, n = run.T + 600.0, run.n
    R = run.cfg["nodes"]
    c = {k: 0 for k in PATH_KEYS}
    mi = rng.random() < 0.6  # multi-instance (else native HA)
    fo = _episodes(rng, T, rng.uniform(0.1, 0.6), 15, 150) if mi else _episodes(rng, T, rng.uniform(0.1, 0.6), 4, 20)
    so = _episodes(rng, T, rng.uniform(0.0, 0.4), 2, 10)
    qm_out = sorted([(a, b, "failover") for a, b in fo] + [(a, b, "switchover") for a, b in so])
    c["failovers"], c["switchovers"] = len(fo), len(so)
    # the active instance's host clock: two hosts, offsets sd 0.2-2 s, in 20 % of runs one 3-30 s off
    s_qm = rng.uniform(0.2, 2.0)
    host_off = rng.normal(0, s_qm, 2)
    if rng.random() < 0.2:
        host_off[1] += rng.choice([-1, 1]) * rng.uniform(3, 30)
    sw = np.array([b for a, b, _ in qm_out])
    hosts = np.arange(len(sw) + 1) % 2
    c["qm_clock_changes"] = int(np.sum(np.abs(np.diff(host_off[hosts])) > 1.0)) if len(sw) else 0
    node_off = rng.normal(0, rng.uniform(0.05, 0.5), R)
    if rng.random() < 0.25:
        node_off[int(rng.integers(R))] += rng.choice([-1, 1]) * rng.uniform(5, 60)
    # the monitor: restarts 0.3-2 a day (10 s-5 min), long outages 0.03-0.2 a day (20-90 min)
    mon = sorted(_episodes(rng, T, rng.uniform(0.3, 2.0), 10, 300) + _episodes(rng, T, rng.uniform(0.03, 0.2),
                                                                                 1200, 5400))
    c["monitor_outages"] = len(mon)
    maxdepth = int(rng.choice([5000, 2000, 1000, 500], p=[0.4, 0.2, 0.2, 0.2]))
    expiry = np.inf if rng.random() < 0.5 else rng.uniform(5, 60) * 60
    eager = rng.random() < 0.35
    by_put = rng.random() < 0.55
    commit_every = rng.uniform(5, 20)
    grace = rng.uniform(5, 60)
    p_int = rng.uniform(0.1, 0.4)
    bothresh = int(rng.integers(3, 6))
    poison_rate = rng.uniform(0.3, 3.0) if rng.random() < 0.4 else 0.0
    # messages: per node, per process, every P s (10-30, plus up to 0.5 s); a graceful stop sends the last one
    cre, node, proc, fin = [], [], [], []
    Ps = rng.uniform(10, 30, R)
    for r in range(R):
        for j, (a, b, graceful) in enumerate(run.procs):
            x = a + rng.uniform(0, Ps[r]) + np.cumsum(Ps[r] + rng.uniform(0, 0.5, int((b - a) / Ps[r]) + 2))
            x = x[x < b]
            if graceful and b < T:
                x = np.append(x, b)
            cre.append(x)
            node.append(np.full(len(x), r))
            proc.append(np.full(len(x), j))
            fin.append(np.zeros(len(x), bool))
    cre, node, proc = np.concatenate(cre), np.concatenate(node), np.concatenate(proc)
    m = len(cre)
    put = cre + rng.uniform(0.005, 0.05, m)
    believed = np.ones(m, bool)  # the reporter saw the put succeed (its count restarts)
    stored = np.ones(m, bool)
    # channel breaks: the queue manager's outages (all nodes and the monitor) and one node's channel (1-6 a day)
    breaks = [(a, b, None) for a, b, _ in qm_out]
    for r in range(R):
        breaks += [(a, b, r) for a, b in _episodes(rng, T, rng.uniform(1, 6), 1, 15)]
    c["channel_breaks"] = len(breaks)
    for a, b, who in breaks:
        for r in (range(R) if who is None else [who]):
            back = _reconnect(rng, a, b)
            idx = np.nonzero((node == r) & (cre >= a) & (cre < back))[0]
            if not len(idx):
                continue
            first = idx[0]
            c["blocked_puts"] += 1
            put[first] = back + rng.uniform(0.005, 0.05)
            if rng.random() < p_int:  # the outcome unknown to the reporter: stored or not
                c["interrupted_puts"] += 1
                believed[first] = False
                stored[first] = rng.random() < 0.5
                c["stored_twice"] += int(stored[first])
            missed = idx[1:]
            believed[missed] = stored[missed] = False
            c["timer_runs_missed"] += len(missed)
    # the active host at each put
    host = hosts[np.searchsorted(sw, put, side="right")] if len(sw) else np.zeros(m, int)
    # monitor outages: messages wait on the queue; the queue fills at MAXDEPTH (2053 to the reporter, no DLQ)
    order = np.argsort(put, kind="stable")
    for a, b in mon:
        lo, hi = np.searchsorted(put[order], [a, b])
        idx = order[lo:hi]
        idx = idx[stored[idx]]
        if len(idx) > maxdepth:
            full = idx[maxdepth:]
            believed[full] = stored[full] = False
            c["queue_full_refusals"] += len(full)
    # the monitor gets a message 0.01-0.3 s after its put, or (in order of put) once it and the queue manager are
    # back: a break backs its unit of work out (the batch of its commit window), and the batch comes again first
    get = put + rng.uniform(0.01, 0.3, m)
    away = sorted([(a, b) for a, b in mon] + [(a, _reconnect(rng, a, b)) for a, b, _ in qm_out])
    merged = []
    for a, b in away:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    mult = stored.astype(float)
    batch = np.floor(get / commit_every)
    for a, b in merged:
        w = np.nonzero(stored & (batch == np.floor(a / commit_every)) & (get < a))[0]
        if len(w):
            c["batches_backed_out"] += 1
            get[w] = b + 0.5 + 0.001 * np.argsort(np.argsort(put[w]))
            if eager:
                mult[w] = 2
                c["counted_twice"] += len(w)
        w = np.nonzero((get >= a) & (get < b))[0]
        get[w] = b + 1.0 + 0.002 * np.argsort(np.argsort(put[w]))
    order = np.argsort(put, kind="stable")  # one queue, first in first out: the backlog before the newer ones
    get[order] = np.maximum.accumulate(get[order])
    exp_ = stored & (get - put > expiry)
    mult[exp_] = 0
    c["expired"] = int(exp_.sum())
    # poison messages: BOTHRESH rollbacks, then the batch moved to the backout queue (or the dead-letter queue)
    for tp, _ in _episodes(rng, T, poison_rate, 1, 2):
        w = stored & (batch == np.floor(tp / commit_every))
        if w.any():
            c["poison_batches"] += 1
            c["moved_to_backout_q"] += int(w.sum())
            mult[w] = 0
    # binning: the put time (the queue manager's clock) or the payload's time (the node's clock)
    tbin = put + host_off[host] if by_put else cre + node_off[node]
    minute = np.floor(tbin / STEP).astype(int)
    got = np.nonzero(stored & (mult > 0))[0]
    got = got[np.lexsort((put[got], get[got]))]
    seen = np.maximum.accumulate(tbin[got])
    prev = np.concatenate([[-np.inf], seen[:-1]])
    late = prev > (minute[got] + 1) * STEP + grace
    mult[got[late]] = 0
    c["late_copies"] = int(late.sum())
    minute[(minute < 0) | (minute >= n)] = -1
    mult[minute < 0] = 0
    # carriers: a tick's pairs go with the first message the reporter saw succeed after them (same process), and
    # also with a stored message whose outcome it did not know, before that one
    tm = (np.arange(run.nt) + 0.5) * TICK
    starts = np.array([a for a, b, g in run.procs])
    tproc = np.searchsorted(starts, tm, side="right") - 1
    ti, mi_, w_ = [], [], []
    for r in range(R):
        mine = np.nonzero(node == r)[0]
        mine = mine[np.argsort(cre[mine], kind="stable")]
        ok = mine[believed[mine]]
        j = np.searchsorted(cre[ok], tm)
        has = j < len(ok)
        first = np.where(has, ok[np.minimum(j, len(ok) - 1)], -1)
        has &= proc[np.maximum(first, 0)] == tproc
        run_lost = ~has & (run.J > 0)
        c["intervals_lost_in_crash"] += int(np.sum(np.diff(np.concatenate([[0], run_lost.astype(int)])) == 1))
        sel = np.nonzero(has)[0]
        ti.append(sel)
        mi_.append(minute[first[sel]])
        w_.append(mult[first[sel]])
        unk = mine[~believed[mine] & stored[mine]]
        if len(unk):
            j2 = np.searchsorted(cre[unk], tm)
            h2 = j2 < len(unk)
            sec = np.where(h2, unk[np.minimum(j2, len(unk) - 1)], -1)
            h2 &= proc[np.maximum(sec, 0)] == tproc
            h2 &= ~has | (cre[np.maximum(sec, 0)] < cre[np.maximum(first, 0)])
            sel = np.nonzero(h2)[0]
            ti.append(sel)
            mi_.append(minute[sec[sel]])
            w_.append(mult[sec[sel]])
    ti, mi_, w_ = np.concatenate(ti), np.concatenate(mi_), np.concatenate(w_)
    keep = (mi_ >= 0) & (w_ > 0)
    return SimpleNamespace(ti=ti[keep], mi=mi_[keep], w=w_[keep] / R, counts=c, copies=mult[stored].astype(int),
                           eager=eager, by_put=by_put, maxdepth=maxdepth, expiry=expiry, bothresh=bothresh, P=Ps,
                           cre=cre, put=put, mi_qm=mi, n_msgs=m)


def _reads(run, x: np.ndarray) -> np.ndarray:
    """The monitor's pairs/s per minute of the pairs ``x`` per tick (linear in ``x``)."""
    p = run.path
    return np.bincount(p.mi, weights=x[p.ti] * p.w, minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------- points, pauses, regressions


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause, the ramp's first half after a start, or a neighbour of one; a
    minute that read nothing, and the one after it."""
    n = run.n
    pz = np.zeros(n + 2, bool)
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP), int(np.ceil(b / STEP))
        if s < n:
            pz[max(s - 1, 0):min(e + 1, n)] = True
    for t0, dur, r0 in run.ramps:
        s, e = int(t0 // STEP), int(np.ceil((t0 + dur / 2) / STEP))
        if s < n:
            pz[max(s - 1, 0):min(e + 1, n)] = True
    zero = h <= 0
    pz[:n] |= zero
    pz[1:n + 1] |= zero
    pz = pz[:n]
    edges = np.diff(np.concatenate([[0], pz.astype(int), [0]]))
    return list(zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2]), run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    run.counts["unread"] = int((h <= 0).sum())
    run.path.counts["unread_minutes"] = run.counts["unread"]
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's pairs lost (per 5-s tick)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        w = np.ones(length)
        w[:ramp] = (s[:ramp] / ramp) ** rng.uniform(0.6, 1.8)
        return w
    calm, w = rng.uniform(0.05, 0.25), np.empty(length)
    bad_m, good_m = rng.uniform(30, 240), rng.uniform(120, 600)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(bad_m if bad else good_m)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, stop * K)
        x = np.zeros(run.nt)
        x[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m = _reads(run, x)
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0:
            continue
        l1 = m[c0:stop][lv].sum() / hs
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if l1 <= 0 or target / l1 > 1:
            continue
        loss = target / l1 * m
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= ch < end for ch in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout176(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout176_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT176_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout176, seeds, n, pauses)
