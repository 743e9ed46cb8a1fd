"""The hundred-and-twenty-seventh held-out throughput family: a crowd-counting model's training images/s (density-map
regression, CSRNet- or DM-Count-style, dense crowd photographs decoded, cropped and rescaled on CPU workers), each
node's reporter putting a 10-s count into Amazon Kinesis Data Streams, a KCL consumer summing per-minute totals.

(DOCSTRING_PLACEHOLDER)
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT127_SEEDS = tuple(range(1272000, 1272012))
CODE = 127
TICK = 5.0  # s: the job's rate grid
K = 12  # ticks per point
STEP = TICK * K  # s: one point, one minute total
EPOCH = 1_780_000_020 - 1_780_000_020 % 60  # a minute boundary (unix s)
PERIOD = 10.0  # s: a reporter's record
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 30), "long": (1, 160)}  # a merged validation and crash can pass 110
PATH_KEYS = ("unlogged", "throttled", "resent", "dropped", "producer_dups", "late", "replayed", "failed_reads")


# ----------------------------------------------------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: GPUs times a GPU's rate, over the slower of the CPU decode (megapixels ``mp``) and the
    GPU's step (crop area ``crop ** 2``), 1 at the first stage; ``eff`` per doubling of the nodes."""
    nodes = st["nodes"]
    cost = hc.smax(st["mp"], cfg["g"] * st["crop"] ** 2) / hc.smax(1.0, cfg["g"])
    return cfg["gpu"] * cfg["gpn"] * nodes * cfg["eff"] ** np.log2(nodes) / cost


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another dataset (its images 0.3-3 times the megapixels), another crop side (0.75 or 1.5
    times) or, 1 in 6, twice or half the nodes (1-4); redrawn until the level moves 15 % (1/3 to 3 times). None
    when 30 draws find none."""
    for _ in range(30):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.5 else 0.5), 1, 4))
        elif u < 0.6:
            new["mp"] = st["mp"] * hc.log_uniform(rng, 0.3, 3.0)
        else:
            new["crop"] = st["crop"] * (0.75 if rng.random() < 0.5 else 1.5)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: lives (training between a start and a stop), pauses ``(t0, t1, kind)`` in which nothing
    is trained, start-up ramps, and the planned changes (relaunches onto another stage)."""
    long = setting == "long"
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 15, 90), "gpn": int(rng.choice([4, 8])), "eff": rng.uniform(0.85, 0.97),
           "g": rng.uniform(0.4, 0.95)}
    st = {"mp": 1.0, "crop": 1.0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    k = int(rng.integers(0, 4))
    rel = sorted(rng.uniform(0.15, 0.85, k) * T)
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    val_every = (15 * 60, 40 * 60) if not long else (60 * 60, 180 * 60)
    val_len = (60, 210) if not long else (900, 2400)
    pauses_t, lives, ramps, known_t = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = 0.0
    su = rng.uniform(180, 720) if not long else rng.uniform(2400, 6600)  # density maps built before the first step
    pauses_t.append((t, t + su, "startup"))
    t += su
    next_crash = t + rng.exponential(crash_mean)
    while t < T:
        a = t
        ramp = rng.uniform(60, 240)
        ramps.append((a, a + ramp, rng.uniform(0.4, 0.7)))  # the loader's warm-up: page cache, workers spawned
        train = []
        while True:
            tv = t + rng.uniform(*val_every)
            nr = max(rel[0], t) if rel else np.inf  # one falling due in a validation comes at its end
            next_crash = max(next_crash, t)
            stop = min(tv, nr, next_crash, T)
            train.append((t, stop))
            if stop >= T:
                t = T
                end = "end"
                break
            if stop == tv:
                dv = rng.uniform(*val_len) * np.exp(rng.normal(0, 0.2))  # full-resolution validation, batch 1
                pauses_t.append((tv, tv + dv, "val"))
                t = tv + dv
                continue
            t = stop
            end = "crash" if stop == next_crash else "relaunch"
            break
        lives.append(SimpleNamespace(a=a, b=t, train=train, st=dict(st), end=end, level=_level(cfg, st)))
        if end == "end":
            break
        if end == "crash":
            counts["crashes"] += 1
            down = rng.uniform(60, 240) if not long else rng.uniform(360, 2400)  # a node replaced
            up = rng.uniform(120, 360) if not long else rng.uniform(600, 1800)
            pauses_t.append((t, t + down + up, "crash"))
            t += down + up
            next_crash = t + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            stop_q = rng.uniform(60, 180) + rng.uniform(60, 300) if not long else rng.uniform(300, 720) + rng.uniform(300, 3600)
            up = rng.uniform(120, 360) if not long else rng.uniform(600, 1800)
            pauses_t.append((t, t + stop_q + up, "relaunch"))
            t += stop_q + up
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                if t < T:
                    known_t.append(t)
        while rel and rel[0] < t + 600:
            rel[0] = t + rng.uniform(600, 1800)
            rel.sort()
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=n * K, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, ramps=ramps,
                           known_t=known_t, counts=counts)


def _rates(rng, run) -> np.ndarray:
    """Images trained per 5-s tick: the stage's level, the loader's noise (an AR(1) of the log rate, Student-t
    innovations: huge and small photographs in a batch), a slow OU drift, the start-up ramp, an epoch-end stall
    (DataLoader workers re-spawned, the sampler reshuffled), nothing in a pause."""
    nt = run.nt
    sd, tau = rng.uniform(0.05, 0.14), rng.uniform(10, 60)
    phi = np.exp(-TICK / tau)
    e = rng.standard_t(4, nt) / np.sqrt(2) * sd * np.sqrt(1 - phi * phi)
    x = np.empty(nt)
    x[0] = 0.0
    for i in range(1, nt):
        x[i] = phi * x[i - 1] + e[i]
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    x += np.repeat(slow, K)[:nt]
    stall = rng.uniform(2, 12) if rng.random() < 0.6 else rng.uniform(0.3, 1.5)
    epoch_min = rng.uniform(1, 10)  # an epoch's length at the first stage's rate
    tt = np.arange(nt) * TICK
    J = np.zeros(nt)
    for lf in run.lives:
        frac = np.zeros(nt)
        for x0, x1 in lf.train:
            i0, i1 = int(x0 // TICK), min(nt, int(np.ceil(x1 / TICK)))
            if i0 >= nt:
                break
            frac[i0:i1] = np.clip(np.minimum(tt[i0:i1] + TICK, x1) - np.maximum(tt[i0:i1], x0), 0, TICK) / TICK
        i0, i1 = int(lf.a // TICK), min(nt, int(np.ceil(lf.b / TICK)))
        period = epoch_min * 60 * run.lives[0].level / lf.level
        idle = np.zeros(i1 - i0)
        ep = np.arange(lf.a + period, lf.b, period + stall)
        idx = (ep // TICK).astype(int) - i0
        idx = idx[(idx >= 0) & (idx < len(idle))]
        idle[idx] = min(stall, TICK) / TICK
        J[i0:i1] += lf.level * TICK * frac[i0:i1] * np.exp(x[i0:i1]) * (1 - idle)
    for a, b, f in run.ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        J[i0:i1] *= f + (1 - f) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    return J


# ----------------------------------------------------------------------------------------------------------- the path

def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """Images trained before time ``t`` (linear inside a tick)."""
    return np.interp(np.asarray(t) / TICK, np.arange(len(C)), C)


def _episodes(rng, T: float, mean_gap_h: tuple, length_s: tuple) -> list[tuple[float, float]]:
    """Disjoint episodes ``(t0, t1)`` before ``T``: gaps exponential (mean drawn in ``mean_gap_h`` hours)."""
    gap = rng.uniform(*mean_gap_h) * 3600
    out, t = [], rng.exponential(gap)
    while t < T:
        d = rng.uniform(*length_s)
        out.append((t, t + d))
        t += d + rng.exponential(gap)
    return out


def _path(rng, run) -> SimpleNamespace:
    """Each record's window ``(prev, put)`` and share, and the points its images are read in (an entry per read)."""
    T, n = run.T, run.n
    p = SimpleNamespace(counts={k: 0 for k in PATH_KEYS})
    c = p.counts
    n_shards = int(rng.choice([1, 2, 4]))
    drift = rng.random() < 0.5  # a sleep(10) loop drifts by its own work; else a fixed-rate timer
    flush = rng.random() < 0.5  # a graceful stop puts a last record
    max_resend = int(rng.choice([2, 3, 5, 1000]))  # 1000: resent until it lands
    q = rng.uniform(0.2, 0.8)
    throttle = _episodes(rng, T, (2, 12), (120, 1200))  # a log shipper sharing the stream fills a shard's 1 MB/s
    p_dup = hc.log_uniform(rng, 1e-4, 1e-3)
    node_shard = {}
    prev, put, share, node = [], [], [], []
    for lf in run.lives:
        nodes = lf.st["nodes"]
        sh = np.exp(rng.normal(0, 0.03, nodes))
        sh /= sh.sum()
        for j in range(nodes):
            node_shard.setdefault(j, int(rng.integers(n_shards)))
            per = PERIOD + (rng.uniform(0.002, 0.05) if drift else 0.0)
            ts = lf.a + rng.uniform(0, PERIOD) + per * np.arange(int((lf.b - lf.a) / per) + 1)
            ts = ts[ts < lf.b]
            pv = np.concatenate([[lf.a], ts])[:len(ts)]
            if lf.end == "relaunch" and flush or lf.end == "end":
                pv, ts = np.append(pv, ts[-1] if len(ts) else lf.a), np.append(ts, lf.b)
            elif len(ts):
                c["unlogged"] += 1
            prev.append(pv)
            put.append(ts)
            share.append(np.full(len(ts), sh[j]))
            node.append(np.full(len(ts), j))
    p.prev, p.put, p.w, p.node = (np.concatenate(x) for x in (prev, put, share, node))
    m = len(p.put)
    shard = np.array([node_shard[j] for j in p.node])
    hot_shard = rng.integers(n_shards, size=len(throttle))
    arr = p.put + 0.05 + rng.exponential(0.15, m)  # the PutRecords batch and the network
    keep = np.ones(m, bool)
    for (a, b), s in zip(throttle, hot_shard):
        for i in np.nonzero((arr >= a) & (arr < b) & (shard == s))[0]:
            k = 0
            while arr[i] < b and rng.random() < q:  # ProvisionedThroughputExceeded: resent with the next batch
                c["throttled"] += 1
                k += 1
                if k > max_resend:
                    keep[i] = False
                    c["dropped"] += 1
                    break
                arr[i] += PERIOD
                c["resent"] += 1
    rec = np.nonzero(keep)[0]
    dup = rec[rng.random(len(rec)) < p_dup]  # a response lost: the SDK's retry writes the record again
    c["producer_dups"] = len(dup)
    rec = np.concatenate([rec, dup])
    a_t = np.concatenate([arr[keep], arr[dup] + rng.uniform(1, 10, len(dup))])
    sh_of = shard[rec]
    # the consumer: processed 0.2-2 s after arrival, later in a stall (a failover, a lease steal, a reshard's child
    # waiting for its parent, a slow DynamoDB checkpoint), and again from the last checkpoint after a failover
    proc = a_t + rng.uniform(0.2, 2.0) + rng.exponential(0.3, len(a_t))
    ckpt = rng.uniform(30, 600)
    stalls = _episodes(rng, T, (6, 30), (5, 240))
    replay_i, replay_p = [], []
    for a, b in stalls:
        s = rng.random(n_shards) < 0.7
        speed = rng.uniform(5, 20)
        hit = s[sh_of] & (a_t >= a) & (a_t < b)
        proc[hit] = np.maximum(proc[hit], b + (a_t[hit] - a) / speed)
        if rng.random() < 0.6:  # the worker died or lost its lease: records since the checkpoint come again
            tc = a - (a % ckpt)
            again = np.nonzero(s[sh_of] & (a_t >= tc) & (a_t < a))[0]
            replay_i.append(again)
            replay_p.append(b + (a_t[again] - tc) / speed)
    ri = np.concatenate(replay_i).astype(int) if replay_i else np.zeros(0, int)
    rp = np.concatenate(replay_p) if replay_p else np.zeros(0)
    e_rec = np.concatenate([rec, rec[ri]])
    e_arr = np.concatenate([a_t, a_t[ri]])
    e_proc = np.concatenate([proc, rp])
    minute = (e_arr // STEP).astype(int)
    D = rng.uniform(20, 90)
    read_t = (np.arange(n + 2) + 1) * STEP + D + rng.uniform(0, 2, n + 2)
    ok = (minute < n) & (e_proc <= read_t[np.minimum(minute, n + 1)])
    c["late"] = int((~ok[:len(rec)] & (minute[:len(rec)] < n)).sum())
    c["replayed"] = int(ok[len(rec):].sum())
    e_rec, minute = e_rec[ok], minute[ok]
    failed = np.nonzero(rng.random(n) < 5e-4)[0]
    failed = failed[failed > 0]
    c["failed_reads"] = len(failed)
    fail = np.zeros(n, bool)
    fail[failed] = True
    rep = fail[np.minimum(minute + 1, n - 1)] & (minute + 1 < n)  # the monitor's read failed: it repeats the last
    p.e_rec = np.concatenate([e_rec[~fail[minute]], e_rec[rep]])
    p.e_point = np.concatenate([minute[~fail[minute]], minute[rep] + 1])
    p.n_shards, p.drift, p.flush, p.max_resend, p.D = n_shards, drift, flush, max_resend, D
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s) for the job's images per tick ``J``: linear in ``J``."""
    p = run.path
    C = _cum(J)
    body = p.w * (_at(C, p.put) - _at(C, p.prev))
    return np.bincount(p.e_point, weights=body[p.e_rec], minlength=run.n)[:run.n] / STEP


# ----------------------------------------------------------------------------------------------------------- a trace

def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _rates(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    ramp_end = {a: a + 0.5 * (b - a) for a, b, f in run.ramps}
    for a, b, kind in run.pauses_t:
        b2 = ramp_end.get(b, b)
        hc.add_span(spans, int(a // STEP), min(n, int(np.ceil((b2 + 15) / STEP))))
    for i in np.nonzero(h <= 0)[0]:
        spans.append((int(i), int(i) + 1))
    spans.sort()
    merged = []
    for s, e in spans:
        if s >= n:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, min(e, n)))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the samples lost per point (times its magnitude)."""
    s = np.arange(length)
    if kind == "drop":  # the loader's workers OOM-killed one by one, fewer left to decode
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the decoded-image cache of scale-augmented copies swapping
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)  # a node's CPU throttled in bursts (a noisy neighbour on the workers' cores)
    w = np.full(length, calm)
    i, bad = 0, rng.random() < 0.5
    while i < length:
        d = int(rng.exponential(rng.uniform(5, 30) if bad else rng.uniform(20, 90))) + 1
        if bad:
            w[i:i + d] = 1.0
        i, bad = i + d, not bad
    if not (w == 1).any():
        w[:5] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None."""
    n = run.n
    ends = [e for s, e in hc.rollup_spans(run.pauses_t, STEP, n)]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [e for e in ends if lo <= e < last]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))] + rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        wt = np.zeros(run.nt)
        wt[onset * K:stop * K] = np.repeat(w, K)
        m1 = _reads(run, run.J * wt)
        c0 = onset + ramp if kind == "leak" else onset
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        hs = healthy[c0:stop][live[c0:stop]].sum()
        l1 = m1[c0:stop][live[c0:stop]].sum() / hs if hs > 0 else 0.0
        if not l1 > 0 or target / l1 > 1:
            continue
        m = target / l1 * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n)
        if span is None:
            continue
        onset2, end = span
        if any(onset2 <= c < end for c in changes):
            continue
        ramp_end = onset + ramp if kind == "leak" else onset2
        if kind == "leak" and not onset2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset2, ramp_end, end, n, (ramp_end - onset2) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset2, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout127(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout127_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT127_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout127, seeds, n, pauses)
