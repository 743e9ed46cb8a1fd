"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT70_SEEDS = tuple(range(702000, 702012))
CODE = 70531
EPOCH = 1_777_000_020.0  # unix time of the simulation's second 0 (a whole UTC minute)
KIND_P = (0.34, 0.33, 0.33)
MIN = 60
# pause laws (minutes): eval every lo-hi of training, eval length lo-hi, checkpoint length, hang (NCCL timeout), down,
# start-up (checkpoint load + compile), relaunch for a curriculum stage
LAWS = {"short": dict(every=(40, 100), ev=(3, 10), ck=(1, 3), hang=(2, 6), down=(3, 12), start=(2, 5), rel=(2, 6)),
        "long": dict(every=(60, 150), ev=(15, 45), ck=(4, 12), hang=(10, 30), down=(20, 80), start=(3, 8),
                     rel=(5, 20))}
TIMEOUT = 10.0  # the HTTP client's request timeout (s)


@dataclass
class _Run:
    n: int
    T: int
    nodes: int
    interval: float
    rate: np.ndarray  # the job's clips/s, per second of simulated time
    pauses_t: list  # (start, end, kind) in seconds
    procs: list  # (start, writer start, stop, failed node or -1, failure time, graceful)
    known_t: list  # resumes into a new curriculum stage
    ws: np.ndarray  # the returned windows' starts (s)
    rows: dict  # one entry per written row, sorted by the end of the span it covers
    meta: dict = field(default_factory=dict)


def _dur(rng, lohi, scale: float = 1.0) -> int:
    return int(round(rng.uniform(*lohi) * MIN * scale * np.exp(rng.normal(0, 0.15))))


def _timeline(rng, T: int, setting: str):
    """The job's pauses, processes, curriculum resumes and training segments over ``T`` s of wall time."""
    law = LAWS[setting]
    fail_mean = rng.uniform(10, 30) * 3600
    ev_every, ck_every = rng.uniform(*law["every"]) * MIN, rng.uniform(25, 60) * MIN
    switch = sorted(rng.uniform(0.12, 0.85, int(rng.integers(2, 4))) * T)
    pauses, procs, known, segs = [], [], [], []
    t = _dur(rng, law["start"])
    pauses.append((0, t, "start"))
    start, wstart, stage, cold = 0, t, 0, True
    nf = t + max(rng.exponential(fail_mean), 1800)
    re, rc = ev_every * rng.uniform(0.9, 1.1), ck_every
    while t < T:
        cand = [re, rc, nf - t]
        which = int(np.argmin(cand))
        run = int(round(max(cand[which], 0)))
        if run >= 1:
            segs.append((t, t + run, stage, cold))
            t, re, rc, cold = t + run, re - run, rc - run, False
        if which == 2:  # a node fails: the others hang at a collective until the NCCL timeout, Slurm requeues
            hang, down, su = _dur(rng, law["hang"]), _dur(rng, law["down"]), _dur(rng, law["start"])
            procs.append((start, wstart, t + hang, int(rng.integers(1 << 16)), t, False))
            pauses += [(t, t + hang, "hang"), (t + hang, t + hang + down, "down"),
                       (t + hang + down, t + hang + down + su, "start")]
            start, wstart = t + hang + down, t + hang + down + su
            t, cold, rc = wstart, True, ck_every
            nf = t + max(rng.exponential(fail_mean), 1200)
        elif which == 1:  # a checkpoint (sharded optimizer state and EMA weights to the shared file system)
            d = _dur(rng, law["ck"])
            pauses.append((t, t + d, "ckpt"))
            t, rc = t + d, ck_every
            if switch and t >= switch[0]:  # the next curriculum stage: a graceful stop, relaunched with its config
                switch.pop(0)
                rel, su = _dur(rng, law["rel"]), _dur(rng, law["start"])
                procs.append((start, wstart, t, -1, t, True))
                pauses += [(t, t + rel, "relaunch"), (t + rel, t + rel + su, "start")]
                start, wstart = t + rel, t + rel + su
                t, cold, stage = wstart, True, stage + 1
                known.append(t)
                nf = max(nf, t + 1200)
        else:  # an evaluation: a few prompts sampled into videos (tens of denoising steps, the VAE decoder)
            d = _dur(rng, law["ev"])
            pauses.append((t, t + d, "eval"))
            t, re = t + d, ev_every * rng.uniform(0.9, 1.1)
    procs.append((start, wstart, t + 1, -1, t + 1, True))
    return pauses, procs, known, segs, stage


def _job_rate(rng, T: int, segs, stages: int, nodes: int, online: bool):
    """Clips/s per second: the curriculum stage's level, the bucket mix's jitter, a slow drift, loader stalls and the
    ramp after each pause; 0 outside training. Returns the rate and each segment's ramp length (s)."""
    lv = [nodes * 8 * rng.uniform(0.5, 2.0) * rng.uniform(0.85, 0.97) * (rng.uniform(0.6, 0.8) if online else 1.0)]
    for _ in range(stages):  # higher resolution / longer clips (80 %), or a mix with more images and short clips
        up = rng.random() < 0.8
        lv.append(lv[-1] * float(np.exp(-rng.uniform(0.25, 0.6) if up else rng.uniform(0.12, 0.3))))
    sd = rng.uniform(0.2, 0.45) / np.sqrt(nodes) * (1.3 if online else 1.0)  # each node's ranks draw buckets
    base = np.exp(rng.normal(0, sd, T))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(600, 2400))
    base *= np.exp(np.repeat(ou, 60)[:T])
    every, lo, hi, depth = ((120, 480), 3, 15, (0.4, 0.8)) if online else ((300, 1200), 5, 20, (0.2, 0.6))
    t = rng.uniform(*every)
    while t < T:  # online: CPU video decode starves the VAE; precomputed: a latent shard read cold
        a = int(t)
        base[a:a + int(rng.uniform(lo, hi))] *= 1 - rng.uniform(*depth)
        t += rng.exponential(rng.uniform(*every))
    rate = np.zeros(T)
    ramps = []
    for a, b, stage, cold in segs:
        r0, rl = (rng.uniform(0.4, 0.7), rng.uniform(60, 240)) if cold else (rng.uniform(0.75, 0.95),
                                                                             rng.uniform(20, 60))
        b = min(b, T)
        if b > a:
            x = np.arange(b - a)
            rate[a:b] = lv[stage] * (r0 + (1 - r0) * np.minimum(1.0, x / rl)) * base[a:b]
        ramps.append(rl)
    return rate, ramps


def _episodes(rng, T: int) -> list:
    """The database's slow-write episodes (s): a first after a mean 8-30 h, then every 15-40 h, 3-15 min long."""
    out, t = [], rng.exponential(rng.uniform(8, 30) * 3600)
    while t < T:
        out.append((t, t + rng.uniform(3, 15) * MIN, rng.uniform(3, 15)))
        t += rng.exponential(rng.uniform(15, 40) * 3600)
    return out


def _latency(rng, t: np.ndarray, episodes) -> np.ndarray:
    lat = np.exp(rng.normal(np.log(0.03), 0.5, len(t)))
    for a, b, med in episodes:
        m = (t >= a) & (t < b)
        lat[m] = np.exp(rng.normal(np.log(med), 0.8, int(m.sum())))
    return lat


def _rows(rng, T: int, pauses, procs, nodes: int, interval: float, episodes, seconds: bool, append: bool):
    """Every row the nodes write: the span it counts, its stamp, its key's timestamp, when it is queryable and (in a
    deduplicating table) when a later row of the same key replaces it. A retried request is a second row."""
    offs = rng.normal(0, 0.005, nodes)
    if rng.random() < 0.2:  # one node's clock not synced
        offs[int(rng.integers(nodes))] += rng.choice([-1, 1]) * rng.uniform(0.3, 2.5)
    flush_t = np.array([a for a, b, k in pauses if k in ("eval", "ckpt")], float)
    fr, to, node, proc, dying = [], [], [], [], []
    for p, (start, wst, stop, failed, fail_t, graceful) in enumerate(procs):
        bad = failed % nodes if failed >= 0 else -1
        fl = flush_t[(flush_t > wst) & (flush_t < stop)]
        for j in range(nodes):
            end = fail_t if j == bad else stop  # a failed node's writer dies with it
            st = np.arange(wst + rng.uniform(0, interval), end, interval)
            st = np.concatenate([st, fl[fl < end] + rng.uniform(0, 0.3, int((fl < end).sum()))])
            if graceful:
                st = np.append(st, end)  # the final flush on a graceful stop
            st = np.sort(st)
            if j == bad:
                dying.append((st[-1] if len(st) else wst, fail_t))  # its clips since its last row are lost
            fr.append(np.concatenate([[wst], st[:-1]]))
            to.append(st)
            node.append(np.full(len(st), j))
            proc.append(np.full(len(st), p))
    fr, to, node, proc = map(np.concatenate, (fr, to, node, proc))
    stamp = to + offs[node]
    key = np.floor(stamp) if seconds else np.round(stamp * 1000) / 1000
    vis = to + _latency(rng, to, episodes)
    # requests that outlast the client's timeout are retried (up to twice); the first still lands
    extra = []
    slow = np.flatnonzero(vis - to > TIMEOUT)
    for i in slow:
        t_send, lat = to[i], vis[i] - to[i]
        for _ in range(2):
            if lat <= TIMEOUT:
                break
            t_send = t_send + TIMEOUT + rng.uniform(1, 4)
            med = next((m for a, b, m in episodes if a <= t_send < b), 0.03)
            lat = float(np.exp(rng.normal(np.log(med), 0.8 if med > 1 else 0.5)))
            extra.append((i, t_send + lat))
    if extra:
        src = np.array([i for i, _ in extra])
        fr, to, node, proc, key, stamp = (np.concatenate([x, x[src]]) for x in (fr, to, node, proc, key, stamp))
        vis = np.concatenate([vis, [v for _, v in extra]])
    gone = np.full(len(to), np.inf)
    if not append:  # last_non_null on one field: a later row of the same (job, node, ts) replaces the earlier
        order = np.lexsort((vis, key, node, proc))
        same = (proc[order][1:] == proc[order][:-1]) & (node[order][1:] == node[order][:-1]) & \
            (key[order][1:] == key[order][:-1])
        gone[order[:-1][same]] = vis[order[1:][same]]
    o = np.argsort(to, kind="stable")
    rows = dict(fr=fr[o], to=to[o], node=node[o], key=key[o], vis=vis[o], gone=gone[o])
    stats = dict(rows=len(to) - len(extra), retried=len(extra), replaced=int(np.isfinite(gone).sum()),
                 dying=dying)
    return rows, stats


def _windows(rng, rows, n: int, T: int):
    """The panel's windows with a row (``RANGE '1m' ... ALIGN '1m' BY ()``, no FILL), the first ``n``; each row's
    point (-1: none) and whether the recorder's read of its window counts it."""
    minute = np.floor(rows["key"] / 60).astype(np.int64)
    mins = np.unique(minute)
    if len(mins) < n:
        return None
    mins = mins[:n]
    pt = np.searchsorted(mins, minute)
    pt = np.where((pt < n) & (mins[np.minimum(pt, n - 1)] == minute), pt, -1)
    phase, hold = rng.uniform(0, 60), rng.uniform(15, 50)
    first = np.full(n, np.inf)
    ok = pt >= 0
    np.minimum.at(first, pt[ok], rows["vis"][ok])
    ready = np.maximum(mins * 60.0 + 60 + hold, first)
    read = phase + 60 * np.ceil((ready - phase) / 60)
    r = np.where(ok, read[np.maximum(pt, 0)], -np.inf)
    counted = ok & (rows["vis"] <= r) & (r < rows["gone"])
    return mins * 60.0, pt, counted, read


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: the healthy run of ``seed`` (deterministic; never changed later)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    nodes = int(rng.choice([4, 6, 8, 12, 16], p=[0.2, 0.2, 0.3, 0.15, 0.15]))
    interval = float(rng.choice([10, 15, 20, 30], p=[0.2, 0.3, 0.2, 0.3]))
    online, seconds, append = rng.random() < 0.45, rng.random() < 0.35, rng.random() < 0.3
    T = int(60 * n * (1.2 if setting == "short" else 1.45) + 3600)
    while True:
        sub = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1, T])
        pauses, procs, known, segs, stages = _timeline(sub, T, setting)
        rate, ramps = _job_rate(sub, T, segs, stages, nodes, online)
        episodes = _episodes(sub, T)
        rows, stats = _rows(sub, T, pauses, procs, nodes, interval, episodes, seconds, append)
        got = _windows(sub, rows, n, T)
        if got is not None:
            break
        T = int(T * 1.3)
    ws, pt, counted, read = got
    C = np.concatenate([[0.0], np.cumsum(rate)]) / nodes
    grid = np.arange(T + 1, dtype=float)
    count = np.floor(np.interp(rows["to"], grid, C)) - np.floor(np.interp(rows["fr"], grid, C))
    rows.update(pt=pt, counted=counted, count=count)
    healthy = np.bincount(pt[counted], weights=count[counted], minlength=n) / 60.0
    after = {a: rl / 2 for (a, b, s, c), rl in zip(segs, ramps)}
    paused = np.zeros(n, bool)
    for a, b, kind in pauses:
        b2 = b + after.get(b, 0.0)
        paused |= (ws + 60 > a) & (ws - interval < b2)
    gap = np.diff(ws) > 60
    paused[:-1] |= gap
    paused[1:] |= gap
    spans = []
    for i in np.flatnonzero(paused):
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(np.searchsorted(ws, t, side="right") - 1) for t in known], spans, n)
    dying = stats.pop("dying")
    stats.update(lost=float(sum(np.interp(f, grid, C) - np.interp(a, grid, C) for a, f in dying)) * nodes,
                 nodes=nodes, interval=interval, online=online, seconds=seconds, append=append,
                 late=int((~counted & (pt >= 0) & np.isinf(rows["gone"])).sum()),
                 evals=sum(k == "eval" for a, b, k in pauses if a < ws[-1]),
                 ckpts=sum(k == "ckpt" for a, b, k in pauses if a < ws[-1]),
                 restarts=sum(k == "hang" for a, b, k in pauses if a < ws[-1]), skipped=int(gap.sum()))
    run = _Run(n=n, T=T, nodes=nodes, interval=interval, rate=rate, pauses_t=pauses, procs=procs, known_t=known,
               ws=ws, rows=rows, meta=stats)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, L: int, ramp_s: int) -> np.ndarray:
    """A regression's weight over its ``L`` seconds."""
    s = np.arange(L, dtype=float)
    if kind == "drop":  # a GPU power-capped or a NIC down to a slower rate: every synchronous step slows
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":  # another tenant's job on the shared storage or the spine: bursts and calm
        edges = hc.twostate(rng, 0.0, float(L), rng.uniform(30, 200), rng.uniform(60, 400))
        calm = rng.uniform(0.1, 0.3)
        return np.where(np.searchsorted(edges, s, side="right") % 2 == 1, 1.0, calm)
    return np.minimum(1.0, s / ramp_s) ** rng.uniform(0.7, 2.0)  # a leak: decode buffers fill host memory


def _row_loss(run, t0: int, t1: int, w: np.ndarray):
    """The rows a slowdown ``w`` over seconds ``[t0, t1)`` touches and the clips each loses at full magnitude."""
    rows = run.rows
    i0 = int(np.searchsorted(rows["to"], t0, side="right"))
    i1 = int(np.searchsorted(rows["to"], t1 + 2 * run.interval + 1, side="right"))
    idx = np.arange(i0, i1)
    idx = idx[(rows["fr"][idx] < t1) & rows["counted"][idx]]
    M = np.concatenate([[0.0], np.cumsum(run.rate[t0:t1] * w)]) / run.nodes
    g = np.arange(t1 - t0 + 1, dtype=float)

    def L(x):
        return np.interp(np.clip(x, t0, t1) - t0, g, M)

    return idx, L(rows["to"][idx]) - L(rows["fr"][idx])


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n, ws, rows = run.n, run.ws, run.rows
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # at a pause's end: a node replaced, a new stage's shapes, a cold shard
            cand = [(a, b) for a, b, k in run.pauses_t if ws[lo] <= a and b < ws[last]]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + 60)
        else:
            t0 = rng.uniform(ws[lo], ws[last])
        onset = int(np.searchsorted(ws, t0, side="right") - 1)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t0 = int(t0)
        t1 = run.T if to_end or stop >= n else int(ws[stop])
        w = _weight(rng, kind, t1 - t0, ramp * 60)
        idx, loss = _row_loss(run, t0, t1, w)
        pts = rows["pt"][idx]
        L1 = np.bincount(pts, weights=loss, minlength=n) / 60.0
        sel = live.copy()
        sel[:onset] = False
        sel[stop:] = False
        hs = healthy[sel].sum()
        target = {"drop": rng.uniform(0.08, 0.30), "straggler": rng.uniform(0.10, 0.30)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        if hs <= 0 or L1[sel].sum() <= 0:
            continue
        a = target * hs / L1[sel].sum()
        if a > 0.8:
            continue
        lost = np.minimum(np.rint(a * loss), rows["count"][idx])
        dv = np.bincount(pts, weights=lost, minlength=n) / 60.0
        v = healthy - dv
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.searchsorted(ws, t0 + ramp * 60)), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), dv
    return None


def make_heldout70(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    def series(mods):
        v = healthy.copy()
        for m in mods:
            v = v - m
        return np.maximum(v, 0.0)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, KIND_P, changes, series, healthy, live)
    return Trace(values=values, timestamps=EPOCH + run.ws, events=events, pauses=spans, seed=seed,
                 healthy=healthy, changes=changes)


def heldout70_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT70_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout70, seeds, n, pauses)
