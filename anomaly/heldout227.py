"""The two-hundred-and-twenty-seventh held-out throughput family: a marble slab grading model's training images/s
on 1, 2 or 4 nodes, each node's reporter publishing CloudEvents to an Azure Event Grid topic that pushes them, at
least once, to the monitor's webhook, which sums the images per minute.

(Docstring of the measures follows the first measure; see the end.)
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT227_SEEDS = tuple(range(2272000, 2272012))
CODE = 227
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (a multiple of 60)
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (1, 60), "long": (1, 150)}  # the pause spans' lengths (points) the tests allow
DAY = 86400.0
EG_SCHEDULE = (10.0, 30.0, 60.0, 300.0, 600.0, 1800.0, 3600.0, 10800.0, 21600.0)  # then every 12 h
PATH_KEYS = ("throttled_429", "sdk_retries", "batched_publishes", "client_dropped", "client_resends",
             "webhook_503", "eg_retries", "dead_lettered", "eg_dropped", "eg_duplicates", "webhook_restarts",
             "repeats_counted", "late_lost", "moved_minute", "unread_minutes", "clock_steps", "crash_lost")
# (lo, hi) minutes of each pause by setting
PAUSE = {"short": {"first": (3, 9), "start": (2, 6), "eval": (2, 5), "ckpt": (0.5, 2), "down": (1, 4),
                   "stop": (1, 3), "queue": (1, 5)},
         "long": {"first": (30, 75), "start": (10, 30), "eval": (12, 35), "ckpt": (3, 8), "down": (8, 25),
                  "stop": (5, 12), "queue": (2, 10)}}


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _inside(x, win) -> np.ndarray:
    """Which of the times ``x`` lie in one of the sorted, disjoint windows ``win`` (rows ``[start, end)``)."""
    win = np.asarray(win, float).reshape(-1, 2)
    if not len(win):
        return np.zeros(len(np.atleast_1d(x)), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: float, dur) -> np.ndarray:
    """Poisson episodes (``per_day``) of ``dur`` (lo, hi) s over ``[0, T)``, sorted and made disjoint."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    out = []
    for a in s:
        b = a + rng.uniform(*dur)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


# ---- the job ------------------------------------------------------------------------------------------------


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the GPUs (scaled by the tile shape and batch) and the CPU augmentation workers
    (scaled by the tile shape), a step waiting for the slower (a soft minimum); ``eff`` per doubling of nodes."""
    g = cfg["gpu"] / st["gtile"] * st["batch"]
    c = cfg["cpu"] / st["ctile"]
    per_node = (g ** -8 + c ** -8) ** -0.125
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (1 in 3), a tile shape (larger or smaller crops) or a batch shape,
    redrawn until the level moves 15 % or more (and at most 3 times either way)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 0.75:
            g = rng.uniform(1.25, 1.8) if rng.random() < 0.5 else rng.uniform(0.55, 0.8)
            new["gtile"] = st["gtile"] * g
            new["ctile"] = st["ctile"] * g ** rng.uniform(0.6, 1.0)
        else:
            new["batch"] = st["batch"] * rng.uniform(0.8, 1.25)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return new


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: lives (process start, end, stage, how it ended), pauses, ramps and relaunches."""
    T = n * STEP + 900.0
    pz = PAUSE[setting]
    cfg = {"gpu": hc.log_uniform(rng, 300, 6000), "eff": rng.uniform(0.82, 0.96)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.5)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "gtile": 1.0, "ctile": 1.0, "batch": 1.0}
    crash_mean = rng.uniform(10, 40) * 3600
    eval_every = rng.uniform(40, 120) * 60
    ck_every = int(rng.integers(2, 5))
    k_re = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * n * STEP)
    re_t = [x for i, x in enumerate(re_t) if i == 0 or x > re_t[i - 1] + 3600]
    pauses_t, ramps, lives, known_t = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def start(t: float, key: str) -> float:
        su = _u(rng, pz[key]) * 60
        pauses_t.append((t, t + su, "startup"))
        ramps.append((t + su, t + su + rng.uniform(90, 300), rng.uniform(0.3, 0.7)))
        return t + su

    t, life0 = 0.0, 0.0
    t = start(t, "first")
    crash_at = t + rng.exponential(crash_mean)
    next_eval = t + eval_every * rng.uniform(0.7, 1.3)
    ri, n_eval = 0, 0
    while t < T:
        cand = [next_eval, crash_at, re_t[ri] if ri < len(re_t) else np.inf, T]
        which = int(np.argmin(cand))
        t1 = max(cand[which], t + 30)
        if which == 3:
            lives.append((life0, T, dict(st), "end"))
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, pz["eval"]) * 60
            pauses_t.append((t1, t1 + d, "eval"))
            t = t1 + d
            if n_eval % ck_every == 0:
                c = _u(rng, pz["ckpt"]) * 60
                pauses_t.append((t, t + c, "ckpt"))
                t += c
            next_eval = t + eval_every * rng.uniform(0.7, 1.3)
            continue
        if which == 1:
            counts["crashes"] += 1
            lives.append((life0, t1, dict(st), "crash"))
            d = _u(rng, pz["down"]) * 60
            pauses_t.append((t1, t1 + d, "crash"))
            life0 = t1 + d
            t = start(life0, "start")
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t1, dict(st), "relaunch"))
            d = (_u(rng, pz["stop"]) + _u(rng, pz["queue"])) * 60
            pauses_t.append((t1, t1 + d, "relaunch"))
            life0 = t1 + d
            old = _level(cfg, st)
            st = _next_stage(rng, cfg, st, old)
            t = start(life0, "start")
            if abs(np.log(_level(cfg, st) / old)) >= np.log(1.15):
                known_t.append(t)
            else:
                counts["kept_stage"] += 1
        crash_at = t + rng.exponential(crash_mean)
        next_eval = t + eval_every * rng.uniform(0.7, 1.3)
    if not lives or lives[-1][3] != "end":  # a pause ran past the end: the last life still runs to it
        lives.append((life0, T, dict(st), "end"))
    return SimpleNamespace(n=n, dt=STEP, T=T, cfg=cfg, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t,
                           counts=counts, setting=setting)


def _jitter(rng, nt: int, T: float) -> np.ndarray:
    """The job's own noise per tick (a factor): an AR(1) of the log (sd 2-5 %, correlation 15-60 s), the slab lots
    (a lot of 8-50 min, its factor sd 2-7 %, one in five an oversampled cracked-class lot 4-10 % dearer), a slow OU
    (sd 1-3 %, 30-180 min) and worker respawns (0.5-3 an hour, 5-30 s at 0-40 %)."""
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    lot = np.zeros(nt)
    sd_lot, i = rng.uniform(0.02, 0.07), 0
    while i < nt:
        m = int(hc.log_uniform(rng, 8, 50) * 60 / TICK)
        f = rng.normal(0, sd_lot) + (np.log(1 / rng.uniform(1.04, 1.10)) if rng.random() < 0.2 else 0.0)
        lot[i:i + m] = f
        i += m
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    slow = np.repeat(ou, K)[:nt]
    f = np.exp(x + lot + slow)
    k = rng.poisson(rng.uniform(0.5, 3) * T / 3600)
    for s in rng.uniform(0, T, k):
        i0 = int(s // TICK)
        f[i0:i0 + int(np.ceil(rng.uniform(5, 30) / TICK))] *= rng.uniform(0, 0.4)
    return f


def _job(rng, run) -> np.ndarray:
    """Images per tick of the whole job: the stage's level, its ramp, the jitter; nothing in a pause."""
    nt = int(run.T // TICK)
    tt = (np.arange(nt) + 0.5) * TICK
    lv = np.zeros(nt)
    for a, b, st, _ in run.lives:
        lv[int(a // TICK):int(np.ceil(b / TICK))] = _level(run.cfg, st)
    for a, b, r0 in run.ramps:
        m = (tt >= a) & (tt < b)
        lv[m] *= r0 + (1 - r0) * (tt[m] - a) / (b - a)
    J = lv * _jitter(rng, nt, run.T) * TICK
    for a, b, _ in run.pauses_t:
        J[int(a // TICK):int(np.ceil(b / TICK))] = 0.0
    return J


# ---- the path -----------------------------------------------------------------------------------------------


def _path(rng, run) -> SimpleNamespace:
    """Each node's reporter publishes CloudEvents to the Event Grid topic; Event Grid pushes them to the webhook;
    the monitor bins the copies it counts (``copies``: event index, minute) and keeps the path's counts."""
    T = run.T
    c = dict.fromkeys(PATH_KEYS, 0)
    P = rng.uniform(10, 30)
    thr = _windows(rng, T, rng.uniform(0.5, 4), (60, 720))
    q429 = rng.uniform(0.4, 0.95)
    p_to = rng.uniform(0.003, 0.015)
    hook = _windows(rng, T, rng.uniform(0.5, 3), (10, 120))
    deploy = _windows(rng, T, rng.uniform(0.1, 0.6), (180, 1500))
    down = np.array(sorted(map(tuple, np.vstack([hook, deploy]))) or np.zeros((0, 2)))
    down = _windows_merge(down)
    c["webhook_restarts"] = len(down)
    slow = _windows(rng, T, rng.uniform(0.3, 2), (60, 480))
    q_slow = rng.uniform(0.2, 0.7)
    ttl = DAY if rng.random() < 0.7 else rng.uniform(5, 60) * 60
    max_att = 30 if rng.random() < 0.7 else int(rng.integers(3, 11))
    dead = rng.random() < 0.5
    flush = rng.uniform(1, 5) if rng.random() < 0.4 else 0.0
    mode = "time" if rng.random() < 0.55 else "receipt"
    dedup = rng.random() < 0.5
    close = rng.uniform(60, 240)
    unsync = rng.random() < 0.25
    nodes_max = 4
    off0 = rng.normal(0, rng.uniform(0.1, 1.5), nodes_max)
    step_t, step_v = [], []
    if unsync:
        off0[0] = rng.uniform(5, 45) * rng.choice([-1, 1])
        k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        step_t = np.sort(rng.uniform(0, T, k))
        step_v = rng.normal(0, rng.uniform(0.5, 5), k)
        c["clock_steps"] = k
    phase = rng.uniform(0, P, nodes_max)
    steps = np.concatenate([[0.0], np.cumsum(step_v)])
    t0s, t1s, tstamp, share, send_ev, send_s = [], [], [], [], [], []
    for a, b, st, how in run.lives:
        for node in range(st["nodes"]):
            ts = a + phase[node] + P * np.arange(1, int((b - a) / P) + 2) + rng.uniform(0, 0.5)
            ts = ts[ts < b]
            starts = np.concatenate([[a], ts[:-1]]) if len(ts) else np.zeros(0)
            if how == "crash":
                c["crash_lost"] += 1
            else:  # a graceful stop publishes the interval under way
                starts, ts = np.append(starts, ts[-1] if len(ts) else a), np.append(ts, b)
            off = off0[node] + (steps[np.searchsorted(step_t, ts)] if node == 0 and unsync else 0.0)
            base = len(t0s)
            t0s += list(starts)
            t1s += list(ts)
            tstamp += list(ts + off)
            share += [float(st["nodes"])] * len(ts)
            for j, s in _publish(rng, ts, b if how == "crash" else np.inf, thr, q429, c):
                send_ev.append(base + j)
                send_s.append(s)
                if rng.random() < p_to:  # the response timed out: the client sends the same id again
                    c["client_resends"] += 1
                    send_ev.append(base + j)
                    send_s.append(s + rng.uniform(5, 60))
    t0s, t1s, tstamp = np.array(t0s), np.array(t1s), np.array(tstamp)
    ev, r = _deliver(rng, np.array(send_ev, int), np.array(send_s), down, slow, q_slow, ttl, max_att, dead, flush, c)
    order = np.lexsort((r, ev))
    ev, r = ev[order], r[order]
    first = np.r_[True, ev[1:] != ev[:-1]] if len(ev) else np.zeros(0, bool)
    counted = first.copy()
    if not dedup:
        counted[:] = True
    elif len(down):  # a repeat counts again where a webhook restart (its id memory lost) lies between the copies
        prev_r = r[np.maximum.accumulate(np.where(first, np.arange(len(r)), 0))]
        counted |= np.searchsorted(down[:, 0], r) > np.searchsorted(down[:, 0], prev_r)
    c["repeats_counted"] = int((counted & ~first).sum())
    if mode == "time":
        bins = np.floor(tstamp[ev] / STEP).astype(int)
        late = r > (bins + 1) * STEP + close
        c["late_lost"] = int((late & counted).sum())
        counted &= ~late
    else:
        bins = np.floor(r / STEP).astype(int)
    keep = counted & (bins >= 0) & (bins < run.n)
    c["moved_minute"] = int((bins[keep] != np.floor(t1s[ev[keep]] / STEP)).sum())
    return SimpleNamespace(P=P, mode=mode, dedup=dedup, t0=t0s, t1=t1s, ev=ev[keep], bins=bins[keep],
                           counts=c, down=down, ttl=ttl, max_att=max_att, unsync=unsync, share=np.array(share))


def _windows_merge(w: np.ndarray) -> np.ndarray:
    out = []
    for a, b in w:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _publish(rng, ts, dies: float, thr, q429: float, c: dict) -> list:
    """``(index, accepted time)`` of a node's events: a POST refused with 429 inside a throttling episode (with
    probability ``q429``) is retried by the SDK after 0.8, 1.6 and 3.2 s; still refused, the event waits and goes in
    the next publish's batch (dropped when 5 min old, or lost when the process dies)."""
    out, pending = [], []
    hit = _inside(ts, thr)
    for j, t in enumerate(ts):
        pending.append(j)
        if not hit[j]:
            if len(pending) > 1:
                c["batched_publishes"] += 1
            out += [(i, t + 0.05) for i in pending]
            pending = []
            continue
        s = t
        ok = False
        for d in (0.0, 0.8, 1.6, 3.2):
            s += d
            if d:
                c["sdk_retries"] += 1
            if _inside(np.array([s]), thr)[0] and rng.random() < q429:
                c["throttled_429"] += 1
                continue
            ok = True
            break
        if ok and s < dies:
            if len(pending) > 1:
                c["batched_publishes"] += 1
            out += [(i, s + 0.05) for i in pending]
            pending = []
        else:
            old = [i for i in pending if ts[j] - ts[i] > 300]
            c["client_dropped"] += len(old)
            pending = [i for i in pending if i not in old]
    c["client_dropped"] += len(pending)
    return out


def _deliver(rng, ev, s, down, slow, q_slow: float, ttl: float, max_att: int, dead: bool, flush: float,
             c: dict) -> tuple[np.ndarray, np.ndarray]:
    """The copies ``(event, receipt time)`` at the webhook of the accepted publishes ``(ev, s)``: pushed 0.05-20 s
    later (plus a batch's wait where output batching is on); a 503 while the webhook restarts is retried on Event
    Grid's schedule (each step +-10 %) until the time-to-live or the attempts run out (then dead-lettered or
    dropped); a response slower than 30 s (slow episodes) is retried 10 s later and, half the time, delivered
    twice."""
    d = s + np.clip(rng.lognormal(np.log(0.3), 0.8, len(s)), 0.05, 20)
    if flush:
        d += rng.uniform(0, flush, len(s))
    keep = np.ones(len(s), bool)
    for j in np.nonzero(_inside(d, down))[0]:
        att, t = 1, d[j]
        while _inside(np.array([t]), down)[0]:
            c["webhook_503"] += 1
            wait = EG_SCHEDULE[att - 1] if att <= len(EG_SCHEDULE) else 43200.0
            t2 = t + wait * rng.uniform(0.9, 1.1)
            att += 1
            if att > max_att or t2 - s[j] > ttl:
                c["dead_lettered" if dead else "eg_dropped"] += 1
                keep[j] = False
                break
            c["eg_retries"] += 1
            t = t2
        d[j] = t
    r2 = d + 30 + 10 * rng.uniform(0.9, 1.1, len(s))
    dup = keep & _inside(d, slow) & (rng.random(len(s)) < 0.5 * q_slow) & ~_inside(r2, down)
    c["eg_duplicates"] = int(dup.sum())
    return np.concatenate([ev[keep], ev[dup]]), np.concatenate([d[keep], r2[dup]])


def _reads(run, J: np.ndarray) -> np.ndarray:
    """Images/s per minute as the monitor reads them: each counted copy adds its event's images (the job's images
    between the event's two publishes, shared evenly by the nodes of its life) to its minute. Linear in ``J``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])

    def at(t):
        i = np.clip((t // TICK).astype(int), 0, len(J) - 1)
        return C[i] + (t - i * TICK) / TICK * J[i]

    imgs = (at(p.t1) - at(p.t0)) / p.share
    return np.bincount(p.bins, weights=imgs[p.ev], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed's healthy run."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _job(rng, run)
    run.nt = len(run.J)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    marks = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    spans = [(max(int(a // STEP) - 1, 0), min(int(np.ceil(b / STEP)) + 1, n)) for a, b in marks if a < n * STEP]
    spans = _merged(spans + [(int(i), int(i) + 1) for i in np.nonzero(healthy <= 0)[0]])
    run.path.counts["unread_minutes"] = int((healthy <= 0).sum())
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _merged(spans: list) -> list[tuple[int, int]]:
    """The spans sorted, a span that starts inside or right after the previous one merged with it."""
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per tick: ``drop`` (an augmentation worker pool halved: ``min(1, (s + 1) / tau)``, tau
    1-12 ticks), ``straggler`` (one node's line-scan decode contending with the polishing line's image backlog: 1
    for a mean of 20-150 ticks, calm for 60-400 at 0.1-0.3), ``leak`` (the tile cache fragmenting into swap:
    ``(s / ramp) ** p``, p 0.7-2.0, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 12))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.7, 2.0), 1.0)
    calm, on, off = rng.uniform(0.1, 0.3), rng.uniform(20, 150), rng.uniform(60, 400)
    w, i, bad = np.full(length, calm), 0, True
    while i < length:
        m = int(rng.exponential(on if bad else off)) + 1
        if bad:
            w[i:i + m] = 1.0
        i += m
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want``: a share ``a w`` of each tick's images lost from its onset (30 % at a
    pause's end), carried through the same events and copies; ``a`` set so that the live loss is a drawn target
    (8-33 %, straggler 10-30 %, leak 10-32 %), refused above 1."""
    n = run.n
    ts = np.arange(n) * STEP
    p2 = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, p2, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, int(stop * STEP // TICK))
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lostJ = np.zeros(run.nt)
        lostJ[i0:i1] = run.J[i0:i1] * w
        L = _reads(run, lostJ)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.1, 0.32))
        lv = live[onset:stop]
        hs, ls = healthy[onset:stop][lv].sum(), L[onset:stop][lv].sum()
        if hs <= 0 or ls <= 0:
            continue
        a = target * hs / ls
        if a > 1:
            continue
        m = a * L
        v = healthy - m
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout227(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout227_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT227_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout227, seeds, n, pauses)
