"""The thirty-eighth held-out throughput family: a 12-lead ECG foundation model's training records/s, counted per node
by the New Relic Telemetry SDK (a harvester sending ``count`` metrics every few seconds to the Metric API), read back as
``SELECT rate(sum(ecg.train.records), 1 second) FROM Metric TIMESERIES W seconds``.

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of main read (one subject seen, below),
and no detector run on these traces.
Opened in the project: ``/work/HELPERS.md``; ``anomaly/heldout_common.py`` (all) and ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; ``anomaly/heldout37.py`` lines 1-120 and ``tests/test_anomaly_heldout37.py`` (as a
model of the API, docstring and tests only); lines 1-3 of ``anomaly/heldout.py`` and ``anomaly/heldout3.py`` ..
``heldout37.py`` (to take another job and another collection path: none is an ECG model or New Relic);
``tests/test_architecture.py`` lines 1-110; besides, the worktree root's listing, and ruff's rule counts
(``--statistics``, no source shown) on generator 37's two files to tell a ruff version's import-layout rule from mine;
listing my own commits, I saw the subject of the branch's base commit (a review of the list of held-out generators in
the benchmark script, no figures). Public sources (found with the search tools): New Relic's Metric API page (count,
gauge and summary types; a data point has a name, a timestamp and a value; ``interval.ms`` required for counts), the
Telemetry SDK README (``CountMetric(value, interval_ms)``: occurrences over an interval), the SDK's advanced-usage page
(a ``MetricBatch`` tracks the interval since its last flush, so ``interval_ms`` is set for you; a harvester sends
batches on an interval), the SDK specification (the harvest interval defaults to 5 s), NRQL's ``rate()`` page
(``rate(count(*), 1 minute)`` aggregates occurrences per ``TIMESERIES`` bucket and scales to the unit). Assumed without
checking: that a count data point is stamped with the start of its interval and falls into the ``TIMESERIES`` bucket
holding that stamp, that ``rate(sum(x), 1 second)`` is the bucket's sum over its width in seconds, that an empty batch
sends nothing (a bucket with no data point reads 0), that a batch whose POST fails after the retries is lost (0.1-1 % of
batches), that a process killed at Slurm's time limit loses its unflushed counts, the bucket widths and everything about
the job.

What is modelled
----------------
A masked-signal pre-training job (a 1-D ViT over 12-lead, 10-s ECG records at 500 Hz) on ``N`` nodes (2, 3, 4 or 6)
of 4 GPUs, DDP, ``B`` records a GPU and step (64, 128 or 256); a step costs ``(0.05 + 0.0016 B)`` s (x 0.8-1.25, +3 %
per doubling of the nodes). The job runs as a Slurm job with a wall-time limit (4-10 h): at the limit Lightning's
requeue handler checkpoints (the process lives 20-90 s past its last step), the job is killed, waits in the queue
and restarts (a new process 60-240 s before its first step: loading, NCCL set-up); node failures (Poisson, mean 1 a
run) do the same without the checkpoint. Each node's process records the records it trained as a
``count`` every ``H`` s (5 or 10; its own phase from the process's start), whole steps only; each data point carries
the start of its interval as timestamp. NRQL buckets the data points by timestamp into ``W``-s buckets (20, 30 or 60)
and divides each bucket's sum by ``W``: one point a bucket. An evaluation or checkpoint shows as buckets that fall to 0
(nothing trained, empty batches not sent), a restart the same, and a lost batch as a one-bucket dip of ``1 / (N W/H)``.

Healthy behaviour (none of it labelled): a drift of the step's log cost, linear between knots 30-120 min apart (sd 3 %:
the record mix of the ECG archives); a neighbour on the shared Lustre file system (bad phases 15-45 min, 1-6 h apart,
1.04-1.12x); per second a Laplace law of the log cost (scale 1.5-3.5 %) and, on 0.25 % of seconds, a Pareto stall
(alpha 1.8, 1.25x up to at most 3x: a shard fetched cold); after a process start 1.5-2.5x fading over 60-200 s
(cuDNN autotuning, the loader's prefetch), after an evaluation 1.2x over 10-30 s; evaluations every 150-400 points
of training (a pause: the downstream linear-probe metrics), every 2nd-4th also a checkpoint (longer). Listed in
``changes`` (the first point after the pause they follow): at a restart, in 45 % of runs, the crop length doubled
(20-s crops, the step 1.7-2.0x dearer; 35-65 % of the way), and, at a requeue, in 40 % of runs, another node count
(Slurm granted another allocation).

Labelled regressions multiply the step's cost by ``1 + a w(t)`` inside their seconds; the clock (pauses, flushes,
buckets) stays the healthy run's, and the steps lost are rounded up to a whole number at the regression's end, so every
later count equals the healthy one and ``healthy`` equals ``values`` outside the events. ``drop`` (a node's GPUs
power-capped, an InfiniBand link renegotiated at a lower speed: ramps in over 5-30 s, ``w`` 1 +- two slow sines of 8 %;
150-1400 points or to the end), ``straggler`` (a rank's loader starved by a co-located job: on-phases of 20-120 s, gaps
of 30 s plus a Weibull of shape 1.5 (about 160 s on average), 5 % between; 80-500 points), ``leak`` (the caching
allocator fragmenting, a hook keeping activations: ``w = (x / ramp) ** p``, ``p`` 0.6-1.6, a 250-1500 point ramp then
80-600 points held). Each trace with events draws one per slot (``heldout_common.event_slots``, from point 600), the
first three slots each kind once in a random order (a slot that fails 50 draws takes any kind); ``a`` is set by
bisection to a loss of 8-32 % (drop), 10-30 % (straggler) or 9-30 % (leak) over the event's live points; 30 % of draws
start in the last 70 % of a pause or within 2 points after it. An event is kept where ``heldout_common.shown_depth``
allows and it holds no listed change (80 draws a slot at most).

Counts over ``heldout38_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      11    11         9     0.082-0.282  15              7-21 (283 spans, 0 >60)      3
long      29      11    9          9     0.080-0.299  13              31-109 (234 spans, 121 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 8 (3 crop changes, 5 node-count changes), long 12 (6 crop changes, 6 node-count
changes). Per setting's 12 runs (short / long): buckets of 20, 30, 60 s in 6/4/2 and 5/3/4; harvests every 5, 10 s
in 4/8 and 8/4; 69 and 58 restarts simulated (time limits and failures); 4164 and 6058 data points lost (in the
whole simulation). Generating both settings takes about 2.5 s.

Usage::

    from anomaly.heldout38 import heldout38_set
    for trace in heldout38_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT38_SEEDS = tuple(range(382000, 382012))
_SPANS = {"short": (6, 22), "long": (30, 110)}  # pause span points
_P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak for a fourth event
_T0 = 1.71e9  # the unix time of the first bucket
_GPUS = 4


@dataclass
class _Run:
    """A healthy run on a 1-s grid: steps a second, the data points (flush time, interval start, records a step,
    kept), the pauses and the listed changes."""

    n: int
    W: float  # the TIMESERIES bucket (s)
    H: float  # the harvest interval (s)
    steps: np.ndarray  # healthy steps per second
    cum: np.ndarray  # healthy steps done at each whole second (len + 1)
    f: np.ndarray = None  # flush times of the data points (sorted)
    s: np.ndarray = None  # their interval starts (the timestamps)
    r: np.ndarray = None  # records a step of the data point's process
    keep: np.ndarray = None  # sent and accepted
    pauses_t: list = field(default_factory=list)  # (a, b, kind) seconds
    spans: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    nodes: list = field(default_factory=list)  # N per process
    restarts: list = field(default_factory=list)  # (kill, resume, cause)
    pre: float = 1800.0  # seconds simulated before the first bucket
    hv: np.ndarray = None  # the healthy series


def _pause_span(a: float, b: float, W: float, H: float) -> tuple[int, int]:
    """The buckets whose data points an interruption of training ``[a, b)`` touches: an interval stamped ``s`` covers
    ``[s, s + H)``."""
    return int((a - H) // W), int(np.ceil(b / W))


def _fit_pause(rng, a: float, setting: str, W: float, H: float, scale: float = 1.0) -> float:
    """A pause's end from ``a`` such that its span holds a drawn number of points in the setting's range."""
    lo, hi = _SPANS[setting]
    want = int(np.clip(round(rng.uniform(lo + 1, lo + (hi - lo) * 0.55) * scale * np.exp(rng.normal(0, 0.2))),
                       lo + 1, hi - 1))
    b = a + max(W, (want - 1) * W - H)
    for _ in range(200):
        s, e = _pause_span(a, b, W, H)
        if e - s < lo:
            b += W / 3
        elif e - s > hi:
            b -= W / 3
        else:
            return b
    raise AssertionError("no pause length fits")  # pragma: no cover


def _flushes(p0: float, p1: float, phase: float, H: float) -> tuple[np.ndarray, np.ndarray]:
    """A process's flush times in ``(p0, p1)`` (every ``H`` s from ``p0 + phase``) and each data point's interval
    start (the flush before, or the process start)."""
    f = np.arange(p0 + phase + H, p1, H) if phase > 0 else np.arange(p0 + H, p1, H)
    if len(f) == 0:
        return f, f
    return f, np.concatenate([[p0], f[:-1]])


def _cum_at(cum: np.ndarray, steps: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Steps done by time ``t`` (linear within each second)."""
    i = np.clip(t.astype(int), 0, len(steps) - 1)
    return cum[i] + (t - i) * steps[i]


def _buckets(run: _Run, cum: np.ndarray, steps: np.ndarray, sel=slice(None)) -> np.ndarray:
    """NRQL's ``rate(sum(x), 1 second) TIMESERIES W``: each kept data point's records (whole steps over its
    interval x records a step), summed per bucket of its timestamp, over ``W``."""
    f, s, r, k = run.f[sel], run.s[sel], run.r[sel], run.keep[sel]
    val = (np.floor(_cum_at(cum, steps, f)) - np.floor(_cum_at(cum, steps, s))) * r
    b = ((s - run.pre) // run.W).astype(int)
    ok = k & (b >= 0) & (b < run.n)
    return np.bincount(b[ok], weights=val[ok], minlength=run.n)[:run.n] / run.W


def _schedule(rng, n: int, setting: str) -> tuple[_Run, np.ndarray, list]:
    """The healthy run: its pauses and processes on the wall clock, the step's cost per second and the steps."""
    W, H = float(rng.choice([20.0, 30.0, 60.0])), float(rng.choice([5.0, 10.0]))
    pre = 1800.0
    T = int(pre + (n + 4) * W)
    N, B = int(rng.choice([2, 3, 4, 6])), int(rng.choice([64, 128, 256]))
    c0 = (0.05 + 0.0016 * B) * rng.uniform(0.8, 1.25)
    sec = np.arange(T) + 0.5
    # drift: linear between knots 30-120 min apart, sd 3 %
    kt = np.cumsum(rng.uniform(1800, 7200, int(T / 1800) + 3)) - 3600
    drift = np.interp(sec, kt, rng.normal(0, 0.03, len(kt)))
    # a Lustre neighbour: bad phases 15-45 min, 1-6 h apart
    lustre = np.zeros(T)
    t = rng.uniform(0, 20000)
    while t < T:
        d = rng.uniform(900, 2700)
        lustre[int(t):int(t + d)] = np.log(rng.uniform(1.04, 1.12))
        t += d + rng.uniform(3600, 21600)
    lap = rng.laplace(0, rng.uniform(0.015, 0.035), T)
    stall = np.where(rng.random(T) < 0.0025, np.log(np.minimum(3.0, 1 + 0.25 * (rng.pareto(1.8, T) + 1))), 0.0)
    logc = np.log(c0) + drift + lustre + lap + stall
    run = _Run(n=n, W=W, H=H, steps=np.zeros(T), cum=np.zeros(T + 1), pre=pre)
    proc = []  # (p0, p1, N, first training second)
    fac = np.zeros(T)  # log factor of the process (nodes, crops) and warm-ups
    train = np.zeros(T, bool)
    crop_at = rng.uniform(0.35, 0.65) * T if rng.random() < 0.45 else np.inf
    node_at = rng.uniform(0.2, 0.8) * T if rng.random() < 0.4 else np.inf
    fail = sorted(rng.uniform(0.1, 0.95, rng.poisson(1.0)) * T)
    limit = rng.uniform(4, 10) * 3600
    ck_every = int(rng.integers(2, 5))
    crop = 1.0
    p0 = rng.uniform(0, 300)
    t, n_eval, warm = p0 + rng.uniform(60, 200), 0, (rng.uniform(1.5, 2.5), rng.uniform(60, 200))
    next_eval = t + rng.uniform(150, 400) * W

    def nodes_log(k):
        return np.log(1 + 0.03 * np.log2(k / 2))

    while t < T:
        kill = p0 + limit
        nf = fail[0] if fail else np.inf
        for x in ("kill", "fail"):
            v = kill if x == "kill" else nf
            if v < t + 60 * W or abs(v - next_eval) < 60 * W:  # keep the pauses apart
                v = max(t, next_eval) + rng.uniform(80, 140) * W
                if x == "kill":
                    kill = v
                    limit = kill - p0
                else:
                    fail[0] = v
                    nf = v
        which = int(np.argmin([next_eval, kill, nf]))
        ev = min([next_eval, kill, nf][which], T)
        i0, i1 = int(np.ceil(t)), min(int(ev), T)
        train[i0:i1] = True
        x = sec[i0:i1] - t
        fac[i0:i1] = np.log(crop) + nodes_log(N) + np.log(1 + (warm[0] - 1) * np.exp(-x / warm[1]))
        if ev >= T:
            break
        if which == 0:  # an evaluation (every ck_every-th also a checkpoint)
            n_eval += 1
            ck = n_eval % ck_every == 0
            b = _fit_pause(rng, ev, setting, W, H, 1.4 if ck else 1.0)
            run.pauses_t.append((ev, b, "ckpt" if ck else "eval"))
            t, warm = b, (1.2, rng.uniform(10, 30))
        else:  # a requeue at the time limit (checkpointed first) or a node failure
            if which == 2:
                fail.pop(0)
            b = _fit_pause(rng, ev, setting, W, H, 1.6)
            end = ev + (min(0.3 * (b - ev), rng.uniform(20, 90)) if which == 1 else 0.0)
            proc.append((p0, end, N))
            kind = None
            if ev >= crop_at:
                crop, crop_at, kind = rng.uniform(1.7, 2.0), np.inf, "crop"
            elif which == 1 and ev >= node_at:
                N, node_at, kind = int(rng.choice([k for k in (2, 3, 4, 6) if k != N])), np.inf, "nodes"
            if kind and b < pre + n * W:
                run.changes.append(b)
                run.change_kind.append(kind)
            run.pauses_t.append((ev, b, "restart"))
            run.restarts.append((ev, b, "limit" if which == 1 else "failure"))
            p0 = b - min(rng.uniform(60, 240), 0.5 * (b - ev))
            t, warm = b, (rng.uniform(1.5, 2.5), rng.uniform(60, 200))
        next_eval = t + rng.uniform(150, 400) * W
    proc.append((p0, T + 1.0, N))  # the process running at the end (the loop ends in training or in a pause)
    steps = np.where(train, np.exp(-(logc + fac)), 0.0)
    run.steps, run.cum = steps, np.concatenate([[0.0], np.cumsum(steps)])
    f, s, r = [], [], []
    for a, e, k in proc:
        for _ in range(k):
            fj, sj = _flushes(a, min(e, T - 1.0), rng.uniform(0, H), H)
            f.append(fj)
            s.append(sj)
            r.append(np.full(len(fj), float(_GPUS * B)))
        run.nodes.append(k)
    f, s, r = np.concatenate(f), np.concatenate(s), np.concatenate(r)
    o = np.argsort(f, kind="stable")
    run.f, run.s, run.r = f[o], s[o], r[o]
    run.keep = rng.random(len(f)) >= rng.uniform(0.001, 0.01)
    return run, logc, proc


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of a seed's healthy run."""
    run, _, _ = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], 38]), n, setting)
    for a, b, _ in run.pauses_t:
        s, e = _pause_span(a - run.pre, b - run.pre, run.W, run.H)
        s, e = max(s, 0), min(e, n)
        if s < n and e > s:
            run.spans.append((s, e))
    live = hc.live_mask(run.spans, n)
    changes = hc.change_points([int((c - run.pre) // run.W) for c in run.changes], run.spans, n)
    run.hv = _buckets(run, run.cum, run.steps)
    return run, run.hv.copy(), run.spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A fault's weight ``x`` s after its onset."""
    if kind == "drop":
        ph = rng.uniform(0, 6.3, 2)
        per = rng.uniform(600, 4000, 2)
        return np.minimum(1, x / rng.uniform(5, 30)) * (1 + 0.08 * np.sin(2 * np.pi * x / per[0] + ph[0])
                                                         + 0.08 * np.sin(2 * np.pi * x / per[1] + ph[1]))
    if kind == "straggler":
        w = np.full(len(x), 0.05)
        t = rng.uniform(0, 30)
        while t < len(x):
            on = rng.uniform(20, 120)
            w[int(t):int(t + on)] = 1.0
            t += on + 30 + 210 * rng.weibull(1.5) / 1.5
        return w
    return np.minimum(1, x / ramp_s) ** rng.uniform(0.6, 1.6)


def _deficit(steps: np.ndarray, i0: int, w: np.ndarray, a: float) -> tuple[np.ndarray, float]:
    """Steps lost per second from ``i0`` (scaled so they add up to a whole number) and that number."""
    st = steps[i0:i0 + len(w)]
    lost = st * (1 - 1 / (1 + a * w))
    tot = lost.sum()
    if tot > 0:
        lost = np.minimum(lost * np.ceil(tot) / tot, st)
    return lost, float(np.ceil(tot))


def _values(run: _Run, mods) -> np.ndarray:
    """The series with the regressions ``mods`` (``(i0, lost, whole)`` each)."""
    if not mods:
        return run.hv.copy()
    D = np.zeros(len(run.cum))
    lost = np.zeros(len(run.steps))
    for i0, lo, whole in mods:
        i1 = i0 + len(lo)
        lost[i0:i1] += lo
        c = np.cumsum(lo)
        c[-1] = whole  # a whole number of steps lost at the end
        D[i0 + 1:i1 + 1] += c
        D[i1 + 1:] += whole
    return _buckets(run, run.cum - D, run.steps - lost)


def _window(run: _Run, i0: int, lost: np.ndarray, whole: float):
    """The changed buckets' values of one regression: ``(first bucket, values)``."""
    i1 = i0 + len(lost)
    D = np.zeros(len(run.cum))
    D[i0 + 1:i1 + 1] = np.cumsum(lost)
    D[i1:] = whole
    st = run.steps.copy()
    st[i0:i1] -= lost
    k0 = int(np.searchsorted(run.f, i0 - 1))
    k1 = int(np.searchsorted(run.f, i1 + 2 * run.H + 1))
    sel = slice(k0, k1)
    return _buckets(run, run.cum - D, st, sel) - _buckets(run, run.cum, run.steps, sel)


def _draw(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: ``(Event, mod)`` or None after 80 draws."""
    n, W, pre = run.n, run.W, run.pre
    for kind in hc.kind_draws(rng, _P_KIND, want):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if pre + lo * W <= a and b < pre + last * W]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * W)
        else:
            t0 = pre + rng.uniform(lo, last) * W
        onset = int((t0 - pre) // W)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0)
        i1 = len(run.steps) if to_end else int(pre + stop * W)
        if i1 - i0 < 60:
            continue
        w = _weight(rng, kind, np.arange(i1 - i0) + 0.5, ramp * W)
        target = {"drop": rng.uniform(0.08, 0.32), "straggler": rng.uniform(0.10, 0.30)}.get(kind,
                                                                                            rng.uniform(0.09, 0.30))
        end_pt = n if to_end else stop
        hs = healthy[onset:end_pt][live[onset:end_pt]].sum()
        if hs <= 0:
            continue

        def loss(a, i0=i0, w=w, sl=slice(onset, end_pt), hs=hs):
            d = _window(run, i0, *_deficit(run.steps, i0, w, a))
            return d[sl][live[sl]].sum() / -hs

        a_max = 3.0 if kind == "drop" else 8.0
        if loss(a_max) < target:
            continue
        a_lo, a_hi = 0.0, a_max
        for _ in range(16):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        lost, whole = _deficit(run.steps, i0, w, 0.5 * (a_lo + a_hi))
        if whole < 5:
            continue
        v = healthy + _window(run, i0, lost, whole)
        span = hc.changed_span(v, healthy, onset, lo, hi if not to_end else n, n, to_end)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (i0, lost, whole)
    return None


def make_heldout38(seed: int, n: int = 6000, setting: str = "short", n_events: int | None = None,
                   pauses: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``): ``setting`` (or ``pauses``) "short" or "long";
    ``n_events`` regressions (0-6; None: 3 or 4)."""
    setting = pauses if pauses is not None else setting
    hc.check_args(setting, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, setting)
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], 3801])
    k, slots = hc.event_slots(rng, n, n_events)
    kinds = [hc.KINDS[j] for j in rng.permutation(3)] + [hc.KINDS[int(rng.choice(3, p=_P_KIND))] for _ in range(k)]
    events, mods = [], []
    for i, (lo, hi) in enumerate(slots):
        to_end = i == k - 1 and rng.random() < 0.4 and not any(c >= lo for c in changes)
        got = _draw(rng, run, healthy, live, changes, lo, hi, to_end, kinds[i])
        if got:
            events.append(got[0])
            mods.append(got[1])
    values = _values(run, mods)
    events = [Event(e.kind, e.onset, e.ramp_end, e.end,
                    round(hc.live_loss(values, healthy, live, e.onset, e.end)[0], 4)) for e in events]
    ts = _T0 + np.arange(n) * run.W
    return Trace(values=values, timestamps=ts, events=events, pauses=list(spans), seed=seed, healthy=healthy,
                 changes=changes)


def heldout38_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT38_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed (the 12 of ``HELDOUT38_SEEDS`` unless
    told); every fourth is clean. (The lead gave it the other generators' signature when wiring it.)"""
    return hc.every_fourth_clean(make_heldout38, seeds, n, pauses)
