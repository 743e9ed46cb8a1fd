"""The forty-ninth held-out throughput family: a molecular generative model's (SMILES-transformer / graph-diffusion
style) training molecules/s, one Kafka event per rank and step, summed by a Flink job in event-time tumbling windows
(bounded out-of-orderness watermark, idleness, allowed lateness) into a sink table that a dashboard poller reads.

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT49_SEEDS = tuple(range(492000, 492012))
CODE = 49
TS = 1_761_999_960  # the trace's time 0 (a multiple of 20, 30 and 60 s)
PAUSES = {"short": {"eval": (40, 150), "ckpt": (6, 25), "stage": (120, 400), "down": (120, 420)},
          "long": {"eval": (150, 600), "ckpt": (30, 120), "stage": (600, 1500), "down": (600, 2000)}}
RANKS = (4, 6, 8)


@dataclass
class Run:
    n: int
    dt: float  # the Flink window (s); one point per poll, one poll per window
    R0: int
    params: dict
    t: np.ndarray = None  # event (step end) times, s from TS, in step order
    c: np.ndarray = None  # each event's molecule count
    order: np.ndarray = None  # the events sorted by (window, visible time)
    lo_idx: np.ndarray = None  # per point: the first / past-the-last event (in ``order``) it sums
    hi_idx: np.ndarray = None
    shown: np.ndarray = None  # per point: the window it reads (-1: none, read as 0)
    polls: np.ndarray = None  # per point: the poll's time, s from TS
    pauses_t: list = field(default_factory=list)  # (start, end, kind), s
    restarts: list = field(default_factory=list)  # (stop, resume, same rank count)
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _steps(rng, k: int, R: int, m: float, p: dict, warm: float) -> tuple[np.ndarray, np.ndarray]:
    """``k`` synchronous steps of ``R`` ranks at mean molecule size ``m`` (heavy atoms): their durations (s) and
    the molecules each rank trained per step. ``warm``: seconds of loader warm-up at the start."""
    gpu = p["T0"] * (m / p["m0"]) ** 0.35 * (1 + 0.025 * (R - 1))
    cpu = p["C0"] * (m / p["m0"]) ** 1.6 * np.exp(rng.normal(0, 0.12, (k, R)))
    tail = rng.random((k, R)) < p["tail"]  # a molecule whose conformer embedding retries many times
    cpu = np.where(tail, cpu * rng.uniform(1.5, 4.0, (k, R)), cpu)
    d = hc.smax(gpu, cpu.max(axis=1))
    ar = np.empty(k)
    e = rng.normal(0, p["ar_sd"] * np.sqrt(1 - p["phi"] ** 2), k)
    x = p.get("ar_x", 0.0)
    for i in range(k):
        x = p["phi"] * x + e[i]
        ar[i] = x
    p["ar_x"] = x
    d = d * np.exp(ar)
    if warm > 0:
        tt = np.cumsum(d)
        d = d * (1 + p["warm_amp"] * np.exp(-tt / warm))
    size = m * np.exp(rng.normal(0, 0.06, (k, R)))  # atom-budget batching: molecules per batch vary with size
    cnt = np.floor(p["A"] / size)
    cnt = cnt - rng.binomial(cnt.astype(int), p["invalid"])  # RDKit sanitisation failures are skipped
    return d, np.pad(cnt, ((0, 0), (0, 8 - R)))


def _schedule(rng, n: int, setting: str) -> Run:
    W = float(rng.choice([20.0, 30.0]))
    tab = PAUSES[setting]
    p = {"T0": rng.uniform(0.45, 0.9), "m0": rng.uniform(11, 15), "tail": rng.uniform(0.002, 0.008),
         "ar_sd": rng.uniform(0.025, 0.06), "phi": rng.uniform(0.85, 0.97), "A": rng.uniform(1500, 4000),
         "invalid": rng.uniform(0.005, 0.03), "warm_amp": rng.uniform(0.5, 1.5)}
    p["C0"] = p["T0"] * rng.uniform(0.35, 0.6)
    E = int(rng.choice([2000, 3000, 5000]))  # sampling evaluation every E steps
    C = int(rng.choice([1000, 2500, 5000]))  # checkpoint every C steps
    G = int(rng.choice([250, 500, 1000]))  # a few logged samples every G steps (a short stall, not a pause)
    sizes = [p["m0"]]
    for _ in range(3):
        sizes.append(sizes[-1] * rng.uniform(1.25, 1.5))
    stage_len = [rng.uniform(6, 16) * 3600 for _ in sizes[:-1]] + [np.inf]
    R = int(rng.choice(RANKS))
    run = Run(n=n, dt=W, R0=R, params=p)
    T_end = n * W + 300
    re_t = []
    t = rng.uniform(0, 1) * 60
    while t < T_end:
        t += rng.exponential(_logu(rng, 15, 40) * 3600)
        re_t.append(t)
    drift = hc.ou_path(rng, T_end + 7200, rng.uniform(0.01, 0.03), _logu(rng, 3600, 4 * 3600))
    ts, cs, rs = [], [], []
    step, ckpt_step, stage, in_stage, warm = 0, 0, 0, 0.0, rng.uniform(60, 180)
    t = 5.0
    run.pauses_t.append((0.0, t + warm, "start"))
    ri = 0
    stats = {"requeues": 0, "world": 0, "stages": 0, "evals": 0}
    while t < T_end:
        nxt = min(((step // E) + 1) * E, ((step // C) + 1) * C)
        k = nxt - step
        d, cnt = _steps(rng, k, R, sizes[stage], p, warm)
        warm = 0.0
        d = d * np.exp(np.interp(t + np.cumsum(d), np.arange(len(drift)) * 60.0, drift))
        stall = (step + np.arange(1, k + 1)) % G == 0
        d = d + np.where(stall, rng.uniform(1.5, 4.0, k), 0.0)
        te = t + np.cumsum(d)
        if ri < len(re_t) and te[-1] > re_t[ri]:  # a requeue: the job leaves its nodes mid-stretch
            j = int(np.searchsorted(te, re_t[ri]))
            ts.append(te[:j]), cs.append(cnt[:j]), rs.append(np.full(j, R))
            stop = te[j - 1] if j else t
            dur = _logu(rng, *tab["down"])
            same = rng.random() > 0.3
            R2 = R if same else int(rng.choice([r for r in RANKS if r != R]))
            warm = rng.uniform(60, 180)
            run.pauses_t.append((stop, stop + dur + warm, "requeue"))
            run.restarts.append((stop, stop + dur, same))
            stats["requeues"] += 1
            if not same and stop + dur < n * W:
                run.known_t.append(stop + dur + warm)
                run.known_kind.append("world")
                stats["world"] += 1
            R, t, step = R2, stop + dur, ckpt_step
            ri += 1
            while ri < len(re_t) and re_t[ri] < t + 1800:
                ri += 1
            continue
        ts.append(te), cs.append(cnt), rs.append(np.full(k, R))
        in_stage += te[-1] - t
        t, step = te[-1], nxt
        if step % E == 0:  # sampling evaluation: generate, then RDKit validity / uniqueness / novelty on CPU
            dur = _logu(rng, *tab["eval"]) * (rng.uniform(1.5, 2.5) if setting == "long" and step % (2 * E) == 0
                                               else 1.0)
            run.pauses_t.append((t, t + dur, "eval"))
            stats["evals"] += 1
            t += dur
            if in_stage > stage_len[stage]:  # the curriculum admits larger molecules: the loader is rebuilt
                dur = _logu(rng, *tab["stage"])
                warm = rng.uniform(60, 180)
                run.pauses_t.append((t, t + dur + warm, "stage"))
                stage, in_stage = stage + 1, 0.0
                stats["stages"] += 1
                if t + dur < n * W:
                    run.known_t.append(t + dur + warm)
                    run.known_kind.append("stage")
                t += dur
        if step % C == 0:
            dur = _logu(rng, *tab["ckpt"])
            run.pauses_t.append((t, t + dur, "ckpt"))
            ckpt_step = step
            t += dur
    run.stats = stats
    _collect(rng, run, np.concatenate(ts), np.concatenate(cs), np.concatenate(rs))
    return run


def _collect(rng, run: Run, te: np.ndarray, cnt: np.ndarray, Rs: np.ndarray) -> None:
    """Kafka, Flink and the poller: which events (rank, step) each point of the dashboard sums."""
    W, n = run.dt, run.n
    P = int(rng.choice([3, 6, 12]))  # topic partitions; producers key by "<job>/<rank>"
    D = float(rng.choice([2.0, 5.0, 10.0]))  # forBoundedOutOfOrderness
    idle = float(rng.choice([30.0, 60.0]))  # withIdleness
    L = float(rng.choice([0.0, 10.0, 30.0]))  # allowedLateness
    S = float(rng.choice([1.0, 2.0, 5.0]))  # the sink's buffer-flush interval
    part_of = rng.integers(P, size=8)
    mask = np.arange(8)[None, :] < Rs[:, None]
    step_i, rank = np.nonzero(mask)
    t = te[step_i] + rng.uniform(0, 0.05, 8)[rank]  # each rank logs just after the all-reduce
    c = cnt[mask]
    part = part_of[rank]
    arr = t + rng.uniform(0.005, 0.05) + rng.exponential(0.03, len(t))  # linger.ms, batching, the network
    T = n * W + 600
    stalls = 0
    for q in range(P):  # partition leader elections: a partition's produce requests wait until a new leader
        s = rng.exponential(_logu(rng, 4, 12) * 3600)
        while s < T:
            e = s + _logu(rng, 5, 90)
            hit = (part == q) & (t >= s) & (t < e)
            arr[hit] = e + rng.uniform(0, 0.5, hit.sum())
            stalls += 1
            s = e + rng.exponential(_logu(rng, 4, 12) * 3600)
    fails = 0
    s = rng.exponential(_logu(rng, 20, 60) * 3600)
    while s < T:  # Flink failovers: restored from a checkpoint, the source re-reads from its committed offsets
        e = s + _logu(rng, 40, 240)
        arr = np.where((arr >= s) & (arr < e), e + rng.uniform(0, 2, len(arr)), arr)
        fails += 1
        s = e + rng.exponential(_logu(rng, 20, 60) * 3600)
    grid = np.arange(0.0, T + 1.0)  # the watermark on a 1-s processing-time grid
    wm = np.full(len(grid), np.inf)
    any_active = np.zeros(len(grid), bool)
    for q in range(P):
        sel = part == q
        if not sel.any():
            continue  # a partition no rank writes to: idle from the start (withIdleness)
        o = np.argsort(arr[sel], kind="stable")
        a, mx = arr[sel][o], np.maximum.accumulate(t[sel][o])
        j = np.searchsorted(a, grid, side="right") - 1
        ok = j >= 0
        last = np.where(ok, a[np.maximum(j, 0)], -np.inf)
        active = ok & (grid - last <= idle + 0.4)
        wm = np.where(active, np.minimum(wm, mx[np.maximum(j, 0)] - D), wm)
        any_active |= active
    wm = np.maximum.accumulate(np.where(any_active, wm, -np.inf))
    win = np.floor(t / W).astype(int)
    wend = (win + 1) * W
    fire = np.searchsorted(wm, wend, side="left").astype(float)  # first grid second with wm >= the window's end
    fire[fire >= len(grid)] = np.inf
    wm_at = wm[np.minimum(np.ceil(arr).astype(int), len(grid) - 1)]
    late = arr > fire
    keep = ~late | (wm_at < wend + L)
    vis = np.where(late, arr, fire)
    vis = np.where(keep, np.ceil(vis / S) * S, np.inf)
    run.stats.update(events=len(t), late=int((late & keep).sum()), dropped=int((~keep).sum()), stalls=stalls,
                     failovers=fails)
    key = win * 1e6 + vis
    order = np.argsort(key, kind="stable")
    ks = key[order]
    first = np.full(win.max() + 2, np.inf)  # when each window's row first shows in the sink
    np.minimum.at(first, win[keep], vis[keep])
    wins = np.nonzero(np.isfinite(first))[0]
    polls = (np.arange(n) + 1) * W + rng.uniform(1.0, rng.uniform(4, 12), n)
    fw = np.maximum.accumulate(first[wins])
    j = np.searchsorted(fw, polls, side="right") - 1
    shown = np.where(j >= 0, wins[np.maximum(j, 0)], -1)
    stale = (shown + 1) * W < polls - 3 * W
    shown = np.where(stale, -1, shown)
    run.t, run.c, run.order = t, c.astype(float), order
    run.lo_idx = np.searchsorted(ks, shown * 1e6, side="left")
    run.hi_idx = np.searchsorted(ks, shown * 1e6 + polls, side="right")
    run.shown, run.polls = shown, polls
    run.stats["zero_reads"] = int((shown < 0).sum())


def _series(run: Run, mods) -> np.ndarray:
    w = run.c.copy()
    for i0, i1, f in mods:
        w[i0:i1] = w[i0:i1] * f
    cs = np.concatenate([[0.0], np.cumsum(w[run.order])])
    v = (cs[run.hi_idx] - cs[run.lo_idx]) / run.dt
    return np.where(run.shown >= 0, v, 0.0)


def _spans(run: Run) -> list[tuple[int, int]]:
    """Points that read a window holding pause or warm-up time, read nothing, or poll inside a pause; gaps of
    up to 3 points closed."""
    W, n = run.dt, run.n
    bad = run.shown < 0
    ws = run.shown * W
    for a, b, kind in run.pauses_t:
        bad |= (run.shown >= 0) & (ws < b) & (ws + W > a - 1.0)
        bad |= (run.polls > a) & (run.polls < b + W)
    spans = []
    for i in np.nonzero(bad)[0]:
        if spans and i <= spans[-1][1] + 3:
            spans[-1] = (spans[-1][0], int(i) + 1)
        else:
            spans.append((int(i), int(i) + 1))
    return spans


def _build(seed: int, n: int, setting: str):
    hc.check_args(setting, n)
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1]), n, setting)
    healthy = _series(run, [])
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset."""
    if kind == "drop":  # a CPU co-tenant or a featurisation worker that died: steps in over 1-120 s
        return np.clip(x / _logu(rng, 1, 120), 0, 1)
    if kind == "straggler":  # one rank's node throttles or stalls on its conformer cache, in bursts
        edges = hc.twostate(rng, 0.0, float(x.max()) + 1, _logu(rng, 20, 150), _logu(rng, 40, 240))
        idx = np.searchsorted(edges, x, side="right") - 1
        on, off = rng.uniform(0.6, 1.0), rng.uniform(0.0, 0.1)
        return np.where((idx % 2 == 0) & (idx < len(edges) - 1), on, off)
    return np.clip(x / ramp_s, 0, 1) ** rng.uniform(0.6, 1.8)  # leak: a novelty / dedup set that is never cleared


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n, W = run.n, run.dt
    pts = run.shown * W + W / 2  # the time each point's window stands for
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # starts in (or right after) an evaluation or checkpoint pause
            cand = [(a, b) for a, b, k in run.pauses_t if k in ("eval", "ckpt") and lo * W <= a and b < last * W]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.2 * (b - a), b + 2 * W)
        else:
            t0 = rng.uniform(lo * W, last * W)
        onset = int(t0 // W)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else stop * W
        cut = [a for a, b, same in run.restarts if a > t0]
        held = bool(cut) and cut[0] < t1
        t1 = min([t1] + cut[:1])  # the regression leaves with the processes at a requeue
        i0, i1 = np.searchsorted(run.t, [t0, t1])
        if i1 - i0 < 100:
            continue
        ramp_s = ramp * W
        wt = _weight(rng, kind, run.t[i0:i1] - t0, max(ramp_s, 1.0))
        wp = np.interp(pts, run.t[i0:i1], wt, left=0, right=0) * (pts >= t0) * (pts < t1)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.33))
        c0 = onset if kind != "leak" else onset + int(0.8 * ramp)
        c1 = min(stop, n)
        sel = live[c0:c1]
        hs = healthy[c0:c1][sel].sum()
        if sel.sum() < 10 or hs <= 0:
            continue
        lo_a, hi_a = 0.0, 4.0
        if 1 - (healthy[c0:c1][sel] / (1 + hi_a * wp[c0:c1][sel])).sum() / hs < target:
            continue
        for _ in range(16):
            mid = 0.5 * (lo_a + hi_a)
            loss = 1 - (healthy[c0:c1][sel] / (1 + mid * wp[c0:c1][sel])).sum() / hs
            lo_a, hi_a = (mid, hi_a) if loss < target else (lo_a, mid)
        mod = (int(i0), int(i1), 1.0 / (1 + 0.5 * (lo_a + hi_a) * wt))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end and not held)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp_s) // W) + 1, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout49(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    return hc.family_trace(_build, _draw, _series, (0.35, 0.3, 0.35), seed, n, pauses, n_events, CODE,
                           lambda run: TS + run.dt * np.arange(run.n))


def heldout49_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT49_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout49, seeds, n, pauses)
