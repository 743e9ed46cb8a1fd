"""The seventy-sixth held-out throughput family (DRAFT docstring, rewritten once measured).
"""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT76_SEEDS = tuple(range(762000, 762012))
CODE = 76
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole minute
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
# pause lengths (s): (lo, hi) per setting, each drawn log-uniform in its range
DUR = {"startup": {"short": (180, 600), "long": (720, 1800)},
       "eval": {"short": (45, 240), "long": (480, 1500)},
       "ckpt": {"short": (10, 40), "long": (40, 150)},
       "respawn": {"short": (5, 30), "long": (20, 90)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (120, 300), "long": (300, 1200)}}
# clips/s per GPU (lo, hi), the per-rank batch (lo, hi) and the share of seconds a decode / loader stall hits (lo, hi)
MODELS = {"pose": (150.0, 400.0, (64, 256), (0.002, 0.006)),     # keypoints precomputed (arrays on local NVMe)
          "posefly": (25.0, 60.0, (16, 64), (0.005, 0.02)),      # keypoints extracted on the fly from decoded video
          "rgb": (6.0, 16.0, (4, 16), (0.005, 0.02))}             # an RGB video transformer, clips decoded on CPU
PERIODS = (10, 15, 20, 30)  # the sender thread's period ``K`` (s)
MARGIN = 600  # minutes simulated beyond ``n`` (minutes without a row are left out of the trace)
RETAIN = 600.0  # s an ingester keeps its data only in its memtable / local files before they reach object storage


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _dur(rng, kind: str, setting: str) -> int:
    return int(round(_logu(rng, *DUR[kind][setting])))


def _episodes(rng, T: float, first: tuple, every: tuple, length: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)``: the first within ``first`` h, then every ``every`` h, each ``length`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        b = t + _logu(rng, *length)
        out.append((t, b))
        t = b + rng.uniform(*every) * 3600
    return out


class _Run:
    """The simulated job, its senders' records and the watcher's reads (attributes set by :func:`_simulate`)."""


def _schedule(rng, run: _Run, setting: str) -> None:
    """The job's processes (``run.procs``), pauses (``run.pauses_t``, whole seconds), ramps and planned changes."""
    T = run.T
    d = lambda kind: _dur(rng, kind, setting)  # noqa: E731
    fails = list(np.cumsum(rng.exponential(rng.uniform(15, 50) * 3600, 40)))
    plans = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * 60 * run.n)
    for k in range(1, len(plans)):  # planned relaunches at least 8 % of the run apart
        plans[k] = max(plans[k], plans[k - 1] + 0.08 * 60 * run.n)
    nodes, stage, t, pending = run.nodes0, 1.0, 0, None
    procs, pauses, ramps, run.known_t, run.known_kind = [], [], [], [], []
    while t < T:
        su = d("startup")
        pauses.append((t, t + su, "startup"))
        train = t + su
        ramps.append((train, train + rng.uniform(180, 480), rng.uniform(0.35, 0.65)))
        proc = {"start": t, "train": train, "nodes": nodes, "stage": stage, "graceful": False, "end": T}
        procs.append(proc)
        if pending:
            run.known_t.append(train)
            run.known_kind.append(pending)
        cur, nxt_val, nxt_ck = train, train + rng.uniform(*run.val_every), train + rng.uniform(900, 2700)
        if fails:  # no failure within 20 min of a start-up
            fails[0] = max(fails[0], train + 1200)
        ended = None
        while ended is None:
            f = fails[0] if fails else np.inf
            nxt = min(nxt_val, nxt_ck)
            if min(f, nxt) >= T:
                ended = "end"
            elif f <= nxt:  # a node fails (one due in a pause strikes as it ends): hang to the NCCL timeout, down
                fails.pop(0)
                f = int(max(f, cur))
                hang, down = d("hang"), d("down")
                pauses += [(f, f + hang, "hang"), (f + hang, f + hang + down, "down")]
                proc["end"], t, ended = f + hang, f + hang + down, "fail"
            elif nxt_val <= nxt_ck:  # validation, a checkpoint, then the loader's workers spawned again
                a = int(nxt_val)
                ev, ck = d("eval"), d("ckpt")
                pauses += [(a, a + ev, "eval"), (a + ev, a + ev + ck, "ckpt")]
                cur = a + ev + ck
                if plans and plans[0] <= cur:
                    ended = "plan"
                    continue
                rs = d("respawn") * (2 if run.cold else 1)
                pauses.append((cur, cur + rs, "respawn"))
                cur += rs
                ramps.append((cur, cur + rng.uniform(30, 120), rng.uniform(0.8, 0.95)))
                nxt_val, nxt_ck = cur + rng.uniform(*run.val_every), cur + rng.uniform(900, 2700)
            else:  # a checkpoint between validations
                a = int(nxt_ck)
                ck = d("ckpt")
                pauses.append((a, a + ck, "ckpt"))
                cur = a + ck
                nxt_ck, nxt_val = cur + rng.uniform(900, 2700), nxt_val + ck
                if plans and plans[0] <= cur:
                    ended = "plan"
        pending = None
        if ended == "end":
            break
        if ended == "plan":  # a graceful stop after the checkpoint, down, a start-up on other nodes or a new stage
            plans.pop(0)
            stop = d("stop")
            pauses.append((cur, cur + stop, "stop"))
            proc["end"], proc["graceful"], t = cur, True, cur + stop
            if rng.random() < 0.7:
                step = int(rng.integers(1, 4)) * (1 if rng.random() < 0.5 else -1)
                new = int(np.clip(nodes + step, 2, 10))
                nodes, pending = (new if new != nodes else nodes + (1 if nodes < 10 else -1)), "nodes"
            else:
                stage *= float(np.exp(rng.uniform(0.12, 0.3) * (1 if rng.random() < 0.5 else -1)))
                pending = "stage"
    run.procs, run.ramps = procs, ramps
    run.pauses_t = [(int(a), int(min(b, T)), k) for a, b, k in pauses if a < T]


def _rates(rng, run: _Run) -> None:
    """Clips/s per second (``run.rate``); ``run.bad``: a pause or a ramp's first half."""
    T = run.T
    lo, hi, (b_lo, b_hi), (s_lo, s_hi) = MODELS[run.model]
    per_gpu = rng.uniform(lo, hi)
    level, eff = np.zeros(T), rng.uniform(0.93, 0.99)  # ``eff``: the scaling efficiency per doubling of the nodes
    for p in run.procs:
        a, b = int(p["train"]), int(min(p["end"], T))
        level[a:b] = per_gpu * run.gpn * p["nodes"] * eff ** np.log2(p["nodes"]) * p["stage"]
    bad = np.zeros(T, bool)
    for a, b, k in run.pauses_t:
        level[a:b] = 0.0
        bad[a:b] = True
    ramp = np.ones(T)
    for a, b, f in run.ramps:
        a, b = int(a), int(min(b, T))
        ramp[a:b] = f + (1 - f) * np.linspace(0, 1, max(b - a, 1))[:b - a]
        bad[a:a + (b - a) // 2] = True
    steps = per_gpu / rng.uniform(b_lo, b_hi)  # steps/s of one rank: each batch one length bucket
    sd = rng.uniform(0.3, 0.6) / np.sqrt(max(steps, 1.0))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(300, 1800))
    slow = np.exp(np.interp(np.arange(T), np.arange(len(ou)) * 60.0, ou) + rng.normal(0, sd, T))
    stall = rng.random(T) < rng.uniform(s_lo, s_hi)
    slow[stall] *= rng.uniform(0.2, 0.7, int(stall.sum()))
    run.rate = level * ramp * slow
    run.bad = bad
    run.meta.update(per_gpu=per_gpu, steps=steps)


def _records(rng, run: _Run) -> None:
    """Each node's sender thread: every ``K`` s a JSON record of the clips counted since its last one, POSTed to
    ``/api/{org}/{stream}/_json``; its arrival (latency, retries through ingestion outages and ingester restarts),
    its ``_timestamp`` and which ingester holds it."""
    K, I = run.K, run.ingesters
    rt, rp, rs, rn, rproc = [], [], [], [], []
    for pi, p in enumerate(run.procs):
        end = min(p["end"], run.T - 1)
        for j in range(p["nodes"]):
            t0 = p["start"] + rng.uniform(5, 60)
            if t0 >= end:
                continue
            if run.drift:  # a sleep(K) loop: every period a little longer
                ticks = t0 + np.cumsum(np.full(int((end - t0) / K) + 2, K) + rng.uniform(0.002, 0.03))
            else:  # a schedule on a monotonic clock: late by 0-50 ms each time
                ticks = t0 + K * np.arange(1, int((end - t0) / K) + 2) + rng.uniform(0, 0.05, int((end - t0) / K) + 1)
            ticks = ticks[ticks < end]
            if p["graceful"]:  # the callback's teardown flushes the last partial interval
                ticks = np.append(ticks, end + rng.uniform(0.5, 3.0))
            prev = np.concatenate([[t0], ticks[:-1]])
            rt.append(ticks)
            rp.append(np.minimum(prev, ticks))
            rs.append(np.full(len(ticks), 1.0 / p["nodes"]))
            rn.append(np.full(len(ticks), j))
            rproc.append(np.full(len(ticks), pi))
    rt, rp, rs = np.concatenate(rt), np.concatenate(rp), np.concatenate(rs)
    rn, rproc = np.concatenate(rn), np.concatenate(rproc)
    m = len(rt)
    arr = rt + rng.uniform(0.02, 0.2) + rng.exponential(rng.uniform(0.05, 0.3), m)
    for a, b in run.outages:  # every POST fails (503 / refused): retried with backoff, landing after the outage
        hit = (arr >= a) & (arr < b)
        arr[hit] = b + rng.uniform(0, np.minimum(run.cap, b - arr[hit] + 1.0))
    ing = rng.integers(0, I, m)
    for i, a, b, det in run.restarts:  # an ingester restarts (WAL replay); the router drops it after ``det`` s
        hit = (ing == i) & (arr >= a) & (arr < b)
        arr[hit & (arr < a + det)] += rng.uniform(1, 3, int((hit & (arr < a + det)).sum()))
        ing[hit] = (i + 1 + rng.integers(0, I - 1, int(hit.sum()))) % I
    ends = np.array([p["end"] + (5.0 if p["graceful"] else 0.0) for p in run.procs])
    keep = arr <= ends[rproc]  # a record still waiting for a retry dies with its process
    off = rng.normal(0, rng.uniform(0.001, 0.02), run.max_nodes)
    ts = rt + off[rn] if run.stamp == "record" else arr
    run.rec = {"t": rt[keep], "prev": rp[keep], "share": rs[keep], "node": rn[keep], "arr": arr[keep],
               "ing": ing[keep], "ts": ts[keep], "lost": int((~keep).sum())}


def _reads(rng, run: _Run, n: int) -> None:
    """The watcher's poller: once a minute ``H`` s after the minute's end it runs ``SELECT histogram(_timestamp, '1
    minute') AS t, SUM(clips) / 60 ... GROUP BY t`` and records every whole bucket after the last one it recorded.
    A bucket with no record has no row; a record is seen once it arrived, unless its ingester is replaying its WAL
    and the record was not yet on object storage."""
    r = run.rec
    M = run.T // 60
    rt = 60.0 * (np.arange(M) + 1) + run.H + rng.uniform(0, 3, M)
    ok = np.ones(M, bool)
    for a, b in run.qfail:
        inside = (rt >= a) & (rt < b)
        ok[inside] = rng.random(int(inside.sum())) < 0.5
    RS = rt[ok]
    mm = np.floor(r["ts"] / 60).astype(int)
    valid = (mm >= 0) & (mm < M)
    mm = np.clip(mm, 0, M - 1)
    idx = np.searchsorted(RS, np.maximum(r["arr"], rt[mm]), "left")
    for i, a, b, det in run.restarts:
        got = np.minimum(idx, len(RS) - 1)
        hid = (r["ing"] == i) & (r["arr"] >= a - RETAIN) & (r["arr"] < a) & (RS[got] >= a) & (RS[got] < b)
        idx[hid] = np.searchsorted(RS, b, "left")
    seen = valid & (idx < len(RS))
    v = np.where(seen, RS[np.minimum(idx, len(RS) - 1)], np.inf)
    first = np.full(M, np.inf)
    np.minimum.at(first, mm[seen], v[seen])
    later = np.minimum.accumulate(first[::-1])[::-1]
    later = np.concatenate([later[1:], [np.inf]])
    rec = np.isfinite(first) & (first <= later)
    km = np.flatnonzero(rec)
    if len(km) < n:
        raise RuntimeError(f"only {len(km)} rows for n={n}")
    km = km[:n]
    row = np.full(M, -1)
    row[km] = np.arange(n)
    counted = seen & (v == first[mm]) & (row[mm] >= 0)
    run.km, run.R, run.ok, run.first = km, rt, ok, first
    run.rrow = np.where(counted, row[mm], -1)
    run.meta.update(failed_reads=int((~ok).sum()), late=int((seen & (v > first[mm])).sum()))


def _read(run: _Run, x: np.ndarray, s0: int = 0) -> np.ndarray:
    """The watcher's points for clips/s ``x`` per second from second ``s0`` on (zero elsewhere): linear in ``x``."""
    r = run.rec
    C = np.concatenate([[0.0], np.cumsum(x)])
    s1 = s0 + len(x)
    sel = (run.rrow >= 0) & (r["t"] > s0) & (r["prev"] < s1)
    grid = np.arange(len(C), dtype=float)
    cnt = np.interp(r["t"][sel] - s0, grid, C) - np.interp(r["prev"][sel] - s0, grid, C)
    return np.bincount(run.rrow[sel], cnt * r["share"][sel], minlength=len(run.km)) / 60.0


def _simulate(seed: int, n: int, setting: str) -> _Run:
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _Run()
    run.n, run.T = n, 60 * (n + MARGIN)
    run.model = ["pose", "posefly", "rgb"][int(rng.integers(3))]
    run.gpn = int(rng.choice([4, 8]))
    run.nodes0 = int(rng.integers(2, 9))
    run.max_nodes = 11
    run.cold = bool(rng.random() < 0.3)
    run.val_every = (1800.0, 7200.0)
    run.K = int(rng.choice(PERIODS))
    run.drift = bool(rng.random() < 0.3)
    run.stamp = "record" if rng.random() < 0.7 else "ingest"
    run.ingesters = int(rng.integers(2, 4))
    run.H = rng.uniform(5, 40)
    run.cap = rng.uniform(30, 60)
    run.meta = {"model": run.model, "K": run.K, "stamp": run.stamp, "cold": run.cold, "drift": run.drift}
    _schedule(rng, run, setting)
    _rates(rng, run)
    run.outages = _episodes(rng, run.T, (10, 50), (20, 80), (60, 720))
    run.qfail = _episodes(rng, run.T, (10, 60), (30, 90), (180, 900))
    run.restarts = [(int(rng.integers(run.ingesters)), a, b, rng.uniform(10, 30))
                    for a, b in _episodes(rng, run.T, (5, 40), (15, 60), (30, 240))]
    _records(rng, run)
    _reads(rng, run, n)
    return run


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    run = _simulate(seed, n, pauses)
    h = _read(run, run.rate)
    r = run.rec
    B = np.concatenate([[0], np.cumsum(run.bad)])
    ti, pi = np.clip(r["t"], 0, run.T).astype(int), np.clip(r["prev"], 0, run.T).astype(int)
    touch = (B[np.minimum(ti + 1, run.T)] - B[pi]) > 0
    bad = np.zeros(n, bool)
    sel = run.rrow >= 0
    bad[run.rrow[sel & touch]] = True
    m0 = run.km * 60
    bad |= (B[np.minimum(m0 + 60, run.T)] - B[m0]) > 0
    bad |= h <= 0
    gap = np.flatnonzero(np.diff(run.km) > 1)
    bad[gap] = bad[gap + 1] = True
    spans: list = []
    for i in np.flatnonzero(bad):
        hc.add_span(spans, max(int(i) - 1, 0), min(int(i) + 2, n))
    live = hc.live_mask(spans, n)
    at = [int(np.searchsorted(m0, t)) for t in run.known_t]
    changes = hc.change_points(at, spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight ``w`` per second over ``length`` s from its onset (``ramp`` s: a leak's ramp)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 200), rng.uniform(60, 400))
        on = np.searchsorted(edges, s, "right") % 2 == 1
        return np.where(on, 1.0, rng.uniform(0.1, 0.3))
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 1.5)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: ``(Event, (onset, loss))`` or None after 80 draws."""
    n, km = len(healthy), run.km
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = 60.0 * km[lo], 60.0 * km[last]
        if rng.random() < 0.35:  # from 30 s before to 60 s after a pause's end
            cand = [b for a, b, k in run.pauses_t if t_lo + 30 <= b < t_last - 60]
            if not cand:
                continue
            t0 = cand[int(rng.integers(len(cand)))] + rng.uniform(-30, 60)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(np.searchsorted(km * 60 + 60, t0, "right"))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or onset >= n:
            continue
        t1 = run.T if stop >= n else 60.0 * km[stop]
        if kind == "leak":  # it leaves with its process
            t1 = min([t1] + [p["end"] for p in run.procs if p["end"] > t0])
        s0 = int(t0)
        w = _weight(rng, kind, int(t1) - s0, 60 * ramp)
        r = _read(run, run.rate[s0:s0 + len(w)] * w, s0)
        hs, rs = healthy[onset:stop][live[onset:stop]].sum(), r[onset:stop][live[onset:stop]].sum()
        if hs <= 0 or rs <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / rs
        if a > 0.8:
            continue
        v = healthy - a * r
        span = hc.changed_span(v, healthy, onset, lo, hi, n)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.searchsorted(km * 60, s0 + 60 * ramp)), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, a * r[onset:end])
    return None


def make_heldout76(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + 60.0 * run.km, stream=(5,))


def heldout76_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT76_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout76, seeds, n, pauses)
