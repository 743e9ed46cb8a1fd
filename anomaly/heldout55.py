"""The fifty-fifth held-out throughput family: a multi-camera bird's-eye-view perception model's (BEVFormer style)
training samples/s, reported by every rank with ClearML's ``Logger.report_scalar`` and read back per minute by a
dashboard poller of the server's downsampled scalar histogram, summed over the ranks' series.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (search tools, excerpts only): clearml-server's ``apiserver/bll/event/event_metrics.py`` (the scalar
histogram: a series with fewer events than ``samples`` is returned whole, else ``interval = ceil(range / samples)``
of its ``x`` key, ``range`` from the aggregated min and max; series whose intervals lie within 10 % are queried as one
group at the group's largest interval; each bucket's value is the ``avg`` of its events) and ``scalar_key.py`` (the
``iter`` key: a ``histogram`` on ``iter`` with that interval, ``min_doc_count`` 1; the ``timestamp`` key: a
``date_histogram`` with ``fixed_interval`` of ``interval`` ms); the ClearML SDK's
``clearml/backend_interface/metrics/reporter.py`` (``report_scalar`` queues a ``ScalarEvent`` with the given
iteration; the ``BackgroundReportService`` daemon wakes every ``flush_frequency`` = 5.0 s, or when the queue passes the
flush threshold, and writes every queued event in one request); the ``clearml.conf`` reference page (headings only).
Assumed without checking: an event's timestamp is the client's clock at ``report_scalar``; Elasticsearch makes it
searchable 1 s after it lands; a busy server (HTTP 429 / 503) fails the daemon's writes, the SDK retries with a
backoff and the held events land an exponential 2-20 s after the busy spell ends (spells: Poisson 0.5-3 a day,
log-normal about 60 s, 15-500 s); 0.01-0.1 % of a rank's events are lost after the retries; ``date_histogram`` buckets
are aligned to multiples of the interval from the epoch; the dashboard asks for ``samples`` 1000, 2000 or 5000 points,
with ``x_axis`` timestamp (60 % of runs) or iter; it polls once a minute, ``lag`` 3-30 s after the minute closes, and
sums one series per rank (``rank<r>`` of one task); its minute per series: timestamp key, the mean of the buckets
that start in the minute, else the value of the bucket that holds its start, else 0; iter key, the mean of the
buckets from the one holding the last step that series showed at the previous poll, when the series moved past it,
else 0; the timestamp range is the poll's time less the first report's. Not modelled: the last unflushed events of
a preempted process are taken to be sent. Everything about the job (no BEVFormer paper or code, nuScenes or
object-store client read): the numbers are my picture.

What is modelled
----------------
``N`` (2-8) nodes of 8 GPUs, ``b`` (1 or 2; 30 % 2) samples per GPU per step under DDP, each sample six camera
images for each frame of a temporal queue, decoded from a shared object store by the loader workers. A step costs the
soft maximum of the GPU part ``g0 (1 + 0.04 log2 N)`` (``g0`` 0.45-1.1 s; x 0.55-0.75 while the image backbone is
frozen) and the loader's ``g0 f / c0 x store(t)`` (``c0`` 1.15-2.2: the loader's headroom over the frozen model;
``store``: OU on the log, sd 5-14 %, 20-90 min, and 8-30 % slower in the store's busy afternoon hours). Per-second
Student-t(5) jitter (AR(1), sd 2-5 %, memory 0.5-0.9) plus a 30-s component (sd 0.8-2.5 %) and an OU drift (0.4-1.2
%, 1-4 h); a warm-up ``1 - q exp(-x / tau)`` after a (re)start (``q`` 0.3-0.6, ``tau`` 2-8 min) and after each
validation (``q`` 0.05-0.2, ``tau`` 20-60 s). Epochs are a fixed sample count (30-100 min short, 60-150 min long at
the first world size); at the first epoch end after the unfreeze time (65 %: 20-60 % into the trace, else before it)
the backbone trains too: a listed change "unfreeze". Pauses: each epoch end a validation (short: median 150-420 s,
log-normal sd 0.3, 90-900 s; long: median 900-1800 s, 500-3600 s) and a checkpoint (20-120 s more); in the long
setting every 2nd-4th also the full evaluation (1800-4000 s more). Preemptions: Poisson (1.5 a run) from an hour
into the trace, 30 min apart, never within 300 s of a resume: down 300-1800 s short, 1200-4800 s long; the job
resumes from its last checkpoint (an epoch end or an asynchronous one every 15-45 min of steps) and replays the
steps since; half resume on another node count (listed: "world"). The trace starts 1-4 h after the job (later where
that fell in a pause: never within 90 s of one). A point is paused where its minute overlaps a pause by over 0.5 s;
with the iter key a restart's pause runs on until the replay passes the step it had reached; spans under 3 points
apart are one.

Collection: every ``K``-th global step (``K`` 5-50, halved or doubled to a report every 6-40 s) each rank reports
its samples/s over the steps since its last report; in half the runs the meter resets when training resumes, else
the first report after a validation spans it (a low value). The report lands as described above (rank ``r``'s
daemon ticks every 5.002-5.03 s from its own phase, 0.05-0.5 s send latency). The reports' times and iterations are
the healthy run's (a regression lowers a report by its window's share of lost steps; the job does not report less
often: a simplification, and the pauses do not move).

Labelled regressions multiply the step rate by ``1 / (1 + a w(t))``: ``drop`` (the object store loses a storage
node, or another job takes the decode cores: ramps in over 5-120 s, wanders by about 2 %), ``straggler`` (one node's
NIC flaps and its all-reduce waits: bad phases of mean 30-200 s at 1, good phases of mean 60-500 s at 0-0.15),
``leak`` (the CPU copies of the previous BEV features held for the temporal queue are never freed and the host
allocator slows: ``w = u ** p``, ``p`` 0.8-2.5, over a ramp of 200-1500 points, held after; a preemption ends it).
Placement: ``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots`` / ``kind_draws`` (80 draws, 60 of
the slot's kind) / ``onset_time`` (30 % in the last 70 % of a pause or up to 2 points after) / ``event_stop`` /
``changed_span`` / ``shown_depth``; none within 600 s after a resume, none holding a listed change; ``a`` by bisection
(0-4) on the lost steps of the live minutes to 9-30 % (drop), 10-27 % (straggler) or 12-33 % (a leak, from 80 % of
its ramp on). Minutes are recomputed up to 40 after a regression's end (buckets and late events reach that far).

Counts over ``heldout55_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      11    11         9     0.088-0.294  14              3-48 (957 spans, 0 >60)      3
long      31      10    11         10    0.092-0.289  18              11-110 (496 spans, 151 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

Onsets inside a span: 9 short, 15 long; events to the trace's end: 3 and 5. ``changes``: short 23 (12 backbone
unfreezes, 11 restarts on another node count), long 18 (12 backbone unfreezes, 6 restarts on another node count);
every run lists its unfreeze (the early ones' first epoch end falls after the trace's start). Per setting's 12 runs
(short / long): 20 and 17 preemptions before the trace's end (6 and 9 on the same node count); 4 and 6 runs with the
iter key; ``samples`` 1000 / 2000 / 5000 in 4 / 6 / 2 and 4 / 4 / 4 runs; 7 and 6 runs whose meter resets; 110 and 77
busy spells (the whole job, launch to 2.5 h after the end); 6267 and 6241 lost rank-events. Paused share of the
points: 4.9-16.7 % (mean 10.0 %) short, 20.4-44.0 % (mean 30.7 %) long. The healthy series' median absolute step of
log over steady live points (10 after a span left out): 0.5-1.9 % short, 0.6-1.7 % long; median live level 28-305
(short) and 30-87 (long) samples/s; live points read as 0 (a busy spell hid every rank's minute): 31 short, 18 long.
The first live point after a span over the median of points 10-40 after it (the first 8 short runs): median 0.92-0.96
where the meter resets, 0.66-0.98 where it does not (10th percentile down to 0.49). Generating both settings (with
the builds the counts need) took about 45 s as written; about 13 s of CPU since session 38's byte-identical speed-up.

Changes after the first measurement (before the table): the poller's per-series "seen" mark (a rank new to the
series sees the replay at once), the trace kept off pauses at its start, the long setting's full evaluation (a long
trace had no span over 60 points), a 30-s jitter component.

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout53.py`` lines 1-101 and its ``make_heldout53`` /
``heldout53_set`` (lines 507-517), and, a slip, a ``grep -n`` of its ``def`` lines and module constants (lines
112-124 were printed: its seeds, ``CODE``, ``DT``, ``TTL``, ``LEAD_MAX``, ``NODES`` and pause tables);
``tests/test_anomaly_heldout53.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py``; ``tests/test_architecture.py``
lines 1-110; a second slip, ``grep -n "T0 = " anomaly/heldout5[0-4].py`` (the ``T0`` line of generators 50-54);
``ls tests | grep heldout5`` (file names) and ``wc -l anomaly/heldout53.py``.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT55_SEEDS = tuple(range(552000, 552012))
CODE = 55
DT = 60.0  # the dashboard's step: one point per minute
T0 = 1_790_000_040.0  # a whole minute (unix seconds): the trace's first point
G = 8  # GPUs (ranks) per node
NODES = (2, 3, 4, 6, 8)
FLUSH = 5.0  # the SDK's BackgroundReportService wait period (flush_frequency)
REFRESH = 1.0  # Elasticsearch's refresh interval: an indexed event is searchable after this (assumed)
VAL = {"short": (90.0, 900.0, 150.0, 420.0), "long": (500.0, 3600.0, 900.0, 1800.0)}
REQ = {"short": (300.0, 1800.0), "long": (1200.0, 4800.0)}
EPOCH = {"short": (1800.0, 6000.0), "long": (3600.0, 9000.0)}
P_KIND = (0.35, 0.3, 0.35)
MARGIN = 40  # minutes after a changed report that its minute values may still move (buckets, late arrivals)


def _ar1(rng, m: int, sd: float, mem: float) -> np.ndarray:
    """A stationary AR(1) of Student-t(5) innovations, sd ``sd``, lag-one correlation ``mem``."""
    e = rng.standard_t(5, m) * sd * np.sqrt((1 - mem * mem) * 3 / 5)
    return lfilter([1.0], [1.0, -mem], e)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: per-second step rates, segments of training, pauses, restarts and the reports' times."""
    lead = float(rng.integers(3600, 4 * 3600))
    S = int(lead + n * DT + 9000)
    N0 = int(NODES[rng.integers(len(NODES))])
    b = int(rng.choice([1, 2], p=[0.7, 0.3]))  # samples per GPU per step (six cameras and the queue each)
    g0 = rng.uniform(0.45, 1.1)  # s per step of the unfrozen model on 8 GPUs
    frz = rng.uniform(0.55, 0.75)  # the step's GPU cost while the image backbone is frozen
    c0 = rng.uniform(1.15, 2.2)  # loader capacity over the frozen model's GPU rate
    tz = rng.uniform(0, 24)
    t = np.arange(S, dtype=float)
    store = np.exp(np.repeat(hc.ou_path(rng, S, rng.uniform(0.05, 0.14), rng.uniform(1200, 5400)), 60)[:S])
    hour = ((T0 - lead + t) / 3600 + tz) % 24
    store *= 1 + rng.uniform(0.08, 0.3) * np.exp(-0.5 * ((hour - 14) / 3.5) ** 2)
    jit = np.exp(_ar1(rng, S, rng.uniform(0.02, 0.05), rng.uniform(0.5, 0.9))
                 + np.repeat(_ar1(rng, S // 30 + 1, rng.uniform(0.008, 0.025), rng.uniform(0.3, 0.8)), 30)[:S])
    drift = np.exp(np.repeat(hc.ou_path(rng, S, rng.uniform(0.004, 0.012), rng.uniform(3600, 14400)), 60)[:S])
    io = g0 * frz / c0 * store  # s per step the loader needs (fetch + decode of 6 cameras x the temporal queue)
    q0, tau0 = rng.uniform(0.3, 0.6), rng.uniform(120, 480)
    q1, tau1 = rng.uniform(0.05, 0.2), rng.uniform(20, 60)
    K = int(rng.choice([5, 10, 20, 25, 50]))
    rate0 = 1 / hc.smax(g0 * frz * (1 + 0.04 * np.log2(N0)), np.median(io))
    while K > 5 and K / rate0 > 40:
        K //= 2
    while K / rate0 < 6:
        K *= 2
    D = rng.uniform(*EPOCH[setting]) * rate0  # steps per epoch at the first world size
    C = int(rng.uniform(900, 2700) * rate0)  # steps between the (asynchronous) mid-epoch checkpoints
    unfreeze = lead + rng.uniform(0.2, 0.6) * n * DT if rng.random() < 0.65 else rng.uniform(0.2, 0.7) * lead
    k_rq = int(rng.poisson(1.5))
    req = sorted(rng.uniform(lead + 3600, lead + n * DT, k_rq)) if k_rq else []
    req = [x for i, x in enumerate(req) if i == 0 or x - req[i - 1] > 1800]
    steps = np.zeros(S)  # the job's step rate per second (0 when paused)
    segs, pauses, restarts, known = [], [], [], []
    tt, it, prog, N, frozen, warm = 0, 0.0, 0.0, N0, True, "start"
    ri, n_val, full_every = 0, 0, int(rng.integers(2, 5))
    while tt < S:
        while ri < len(req) and req[ri] < tt + 300:
            req[ri] = tt + rng.uniform(300, 900)
        gpu = g0 * (frz if frozen else 1.0) * (1 + 0.04 * np.log2(N))
        need = (D - prog) * N0 / N  # the epoch is a fixed number of samples
        rq = int(req[ri]) if ri < len(req) else S
        hi = tt  # for speed, the rates over a window from ``tt``, doubled until it holds the epoch's end or the
        while hi == tt or (cum[-1] < need and hi < min(rq, S)):  # stretch's (each value and sum as over the tail)
            hi = min(tt + max(8192, 2 * (hi - tt)), S)
            x = t[tt:hi] - tt
            w = 1 - (q0 * np.exp(-x / tau0) if warm == "start" else q1 * np.exp(-x / tau1))
            r = w * jit[tt:hi] * drift[tt:hi] / hc.smax(gpu, io[tt:hi])
            cum = np.cumsum(r)
        e_end = int(np.searchsorted(cum, need)) + tt + 1
        end = min(e_end, rq, S)
        steps[tt:end] = r[:end - tt]
        done = float(cum[end - tt - 1])
        segs.append((tt, end, N, frozen, it))
        it += done
        prog += done * N / N0
        if end >= S:
            break
        if end == rq:  # preempted: resume from the last checkpoint, maybe on another node count
            ckpt = max(it - prog * N0 / N, np.floor(it / C) * C)
            back = it - ckpt
            prog -= back * N / N0
            dur = rng.uniform(*REQ[setting])
            same = rng.random() < 0.5
            restarts.append((end, end + dur, it, same))
            pauses.append((end, end + dur, "restart"))
            it = ckpt
            if not same:
                N = int(rng.choice([m for m in NODES if m != N]))
                known.append((end + dur, "world"))
            tt, warm, ri = int(np.ceil(end + dur)), "start", ri + 1
            continue
        n_val += 1  # the epoch's end: validation, then the checkpoint
        lo, hi, mlo, mhi = VAL[setting]
        dur = float(np.clip(rng.uniform(mlo, mhi) * np.exp(rng.normal(0, 0.3)), lo, hi)) + rng.uniform(20, 120)
        if setting == "long" and n_val % full_every == 0:  # the full evaluation: all scenes, NDS / mAP on CPU
            dur += rng.uniform(1800, 4000)
        pauses.append((end, end + dur, "val"))
        prog = 0.0
        if frozen and end >= unfreeze:
            frozen = False
            known.append((end + dur, "unfreeze"))
        tt, warm = int(np.ceil(end + dur)), "val"
    while any(a - 90 < lead < b + 90 for a, b, _ in pauses):  # the trace never starts in (or at) a pause
        lead = next(b for a, b, _ in pauses if a - 90 < lead < b + 90) + 90 + float(rng.integers(0, 600))
    return SimpleNamespace(n=n, S=S, lead=lead, b=b, K=K, steps=steps, segs=segs, pauses_t=pauses,
                           restarts=restarts, known=known, stats={"N0": N0, "g0": g0, "c0": c0, "val": n_val})


def _reports(rng, run: SimpleNamespace) -> None:
    """Every ``K``-th global step each rank reports its samples/s since its last report (or, where the meter
    resets, since the training resumed): the reports' times, iterations, healthy values and per-rank arrivals."""
    reset = rng.random() < 0.5
    T, IT, V, R, W0 = [], [], [], [], []
    prev = None
    for t0, t1, N, frozen, it0 in run.segs:
        cum = np.concatenate([[0.0], np.cumsum(run.steps[t0:t1])])
        k0 = int(np.floor(it0 / run.K)) + 1
        targets = np.arange(k0 * run.K, it0 + cum[-1], run.K) - it0
        if len(targets) == 0:
            continue
        tk = t0 + np.interp(targets, cum, np.arange(len(cum), dtype=float))
        restart = any(abs(b - t0) < 1.5 for a, b, *_ in run.restarts) or t0 == 0
        start = t0 if (reset or restart or prev is None) else prev
        ws = np.concatenate([[start], tk[:-1]])
        first = t0 if (reset or restart) else None
        T.append(tk)
        IT.append(targets + it0)
        W0.append(ws)
        st = np.full(len(tk), float(run.K))
        st[0] = targets[0] if first is not None else run.K
        V.append(run.b * st / np.maximum(tk - ws, 1e-3))
        R.append(np.full(len(tk), N * G))
        prev = tk[-1]
    run.t, run.it, run.v, run.ws = (np.concatenate(x) for x in (T, IT, V, W0))
    run.nr = np.concatenate(R).astype(int)
    run.col = {"reset": reset}


def _arrivals(rng, run: SimpleNamespace) -> None:
    """When each rank's report becomes searchable: at the rank's next flush of its background thread, a send
    latency and the index refresh later; a busy server (HTTP 429 / 503) holds the flushes until it recovers and
    the SDK's retry (a backoff) gets through; a few batches are lost after the retries."""
    Rm = int(run.nr.max())
    k = len(run.t)
    phase = rng.uniform(0, FLUSH, Rm)
    period = FLUSH + rng.uniform(0.002, 0.03)
    tick = phase[None, :] + period * np.ceil((run.t[:, None] - phase[None, :]) / period)
    vis = tick + rng.uniform(0.05, 0.5, (k, Rm)) + REFRESH
    n_busy = int(rng.poisson(rng.uniform(0.5, 3.0) * run.S / 86400))
    busy = []
    for _ in range(n_busy):
        a = rng.uniform(0, run.S)
        d = float(np.clip(60 * np.exp(rng.normal(0, 0.8)), 15, 500))
        busy.append((a, a + d))
        lo, hi = np.searchsorted(run.t, [a - 2 * FLUSH, a + d + 1])  # for speed, the reports whose tick may be in it
        hit = (tick[lo:hi] >= a) & (tick[lo:hi] < a + d)
        vis[lo:hi][hit] = a + d + rng.exponential(rng.uniform(2, 20), hit.sum()) + REFRESH
    lost = rng.random((k, Rm)) < rng.uniform(0.0001, 0.001)
    vis[lost] = np.inf
    vis[np.arange(Rm)[None, :] >= run.nr[:, None]] = np.inf  # no such rank at this world size
    run.vis = vis
    run.col.update(busy=busy, lost=int(lost.sum()), lag=rng.uniform(3, 30), Rm=Rm)
    run.col["key"] = "iter" if rng.random() < 0.4 else "timestamp"
    run.col["samples"] = int(rng.choice([1000, 2000, 5000]))
    run.order = np.argsort(run.it, kind="stable")
    run.it_sorted = run.it[run.order]
    # the largest iteration each rank's own series shows at each poll (the poller's "seen" mark); a report is
    # taken to be searchable within 1000 s (busy spells are at most 500 s)
    polls = run.lead + DT * np.arange(run.n + 1) + run.col["lag"]  # poll m reads minute m - 1
    # for speed, the first poll that counts each rank's report: one sent before it that is searchable by then, or one
    # sent over 1000 s before it that ever is; then a running maximum. The first poll after ``vis``: from the grid (to
    # within one by rounding), then the exact one
    at = np.clip(np.ceil((vis - polls[0]) / DT), 1, run.n).astype(int)
    at += (polls[at] < vis).astype(int) - (polls[at - 1] >= vis)
    at = np.maximum(at, np.searchsorted(polls, run.t, side="right")[:, None])
    at = np.minimum(at, np.searchsorted(polls - 1000, run.t, side="right")[:, None])
    mv = np.full((run.n + 2) * Rm, -1.0)
    np.maximum.at(mv, (np.where(np.isfinite(vis), at, run.n + 1) * Rm + np.arange(Rm)).ravel(), np.repeat(run.it, Rm))
    run.mv = np.maximum.accumulate(mv.reshape(run.n + 2, Rm)[:run.n + 1], axis=0)


def _values(run: SimpleNamespace, v: np.ndarray, m0: int = 0, m1: int | None = None) -> np.ndarray:
    """The dashboard's minutes ``[m0, m1)``: per minute, each rank's series read from the downsampled histogram
    (``x_axis`` timestamp: the buckets starting in the minute, else the one holding its start; iter: the buckets
    from the one holding the last step read before, when the series moved on), summed over the ranks."""
    m1 = run.n if m1 is None else m1
    if m1 - m0 > 500:  # for memory, 500 minutes at a time (each minute is read on its own)
        return np.concatenate([_values(run, v, a, min(a + 500, m1)) for a in range(m0, m1, 500)])
    S, lag, ts = run.col["samples"], run.col["lag"], run.col["key"] == "timestamp"
    A = run.lead + DT * np.arange(m0, m1)
    P, base_ms = A + DT + lag, (T0 - run.lead) * 1000.0
    if ts:  # a minute's rows: its reports and those of the bucket (ms from the epoch) that holds its start
        W, A_ms = np.ceil(np.maximum(A + DT + lag - run.t[0], 1.0) * 1000.0 / S), base_ms + A * 1000.0
        J0 = np.searchsorted(run.t, (np.floor(A_ms / W) * W - base_ms) / 1000.0)
        J1, perm, key = np.searchsorted(run.t, A + DT), np.arange(len(run.t)), base_ms + run.t * 1000.0
    else:  # in step order, from the bucket holding the last step each moved series showed to the newest step
        seen, now = run.mv[m0:m1], run.mv[m0 + 1:m1 + 1]
        new, top = now > seen, now.max(axis=1)
        W = np.ceil((top - run.it[0] + 1) / S)
        kmin = np.floor(np.maximum(seen, 0) / W[:, None]) * W[:, None]
        J0 = np.searchsorted(run.it_sorted, np.where(new, kmin, np.inf).min(axis=1))
        J1, perm, key = np.searchsorted(run.it_sorted, top, side="right"), run.order, run.it
    k = np.maximum(J1 - J0, 0)  # for speed, every minute's rows, buckets and bucket sums at once (same arithmetic)
    off, mid = np.cumsum(k) - k, np.repeat(np.arange(len(A)), k)
    rows = perm[np.arange(k.sum()) - np.repeat(off - J0, k)]
    M = run.vis[rows] <= P[mid, None]  # a rank's visible reports (iter: of a moved series, from its bucket)
    if not ts:
        M &= (run.it[rows, None] >= kmin[mid]) & new[mid]
    bid = np.floor(key[rows] / W[mid])  # sorted in each minute: its runs are the buckets
    first = np.concatenate([np.ones(min(len(rows), 1), bool), (bid[1:] != bid[:-1]) | (mid[1:] != mid[:-1])])
    g, bm = np.cumsum(first) - 1, mid[first]  # each row's bucket, each bucket's minute
    nb = np.bincount(bm, minlength=len(A))
    bo = np.cumsum(nb) - nb
    cnt = np.add.reduceat(M, np.nonzero(first)[0], axis=0, dtype=np.int64)
    X, sm = v[rows, None] * M, np.zeros(cnt.shape)
    ok = np.bincount(mid, M.any(axis=1), len(A)) > 0
    for kk, nn in sorted(set(zip(k[ok].tolist(), nb[ok].tolist()))):  # a minute's bucket sums: its own matrix
        J = np.nonzero(ok & (k == kk) & (nb == nn))[0]  # product (rows x buckets indicators), stacked by shape
        R = off[J, None] + np.arange(kk)
        E = np.zeros((len(J), kk, nn))
        E[np.arange(len(J))[:, None], np.arange(kk), g[R] - bo[J, None]] = 1.0
        sm[bo[J, None] + np.arange(nn)] = E.transpose(0, 2, 1) @ X[R]
    mean = np.where(cnt > 0, sm / np.maximum(cnt, 1), 0.0)
    seg = 2 * bm + (bid[first] * W[bm] >= A_ms[bm] if ts else True)  # odd: the buckets starting in the minute
    tot, nsel = np.zeros((2 * len(A), M.shape[1])), np.zeros((2 * len(A), M.shape[1]), dtype=np.int64)
    at = np.nonzero(np.concatenate([np.ones(min(len(seg), 1), bool), seg[1:] != seg[:-1]]))[0]
    nsel[seg[at]] = np.add.reduceat(cnt > 0, at, axis=0, dtype=np.int64)
    rank = np.arange(len(seg)) - np.repeat(at, np.diff(np.append(at, len(seg))))  # a bucket's place in its part
    for r in range(min(int(rank.max(initial=-1)) + 1, 8)):  # each part's buckets in order, as a sum over them
        tot[seg[rank == r]] += mean[rank == r]
    for s in np.unique(seg[rank == 8]):  # the few longer parts: their other buckets, a running sum in order
        tot[s] = np.cumsum(np.vstack([tot[s], mean[(seg == s) & (rank >= 8)]]), axis=0)[-1]
    vs = np.where(nsel[1::2] > 0, tot[1::2] / np.maximum(nsel[1::2], 1), tot[0::2])
    return np.where(ok, vs.sum(axis=1), 0.0)


def _spans(run: SimpleNamespace) -> list[tuple[int, int]]:
    """The points whose minute overlaps a pause by over 0.5 s (with the ``iter`` key, a restart's pause lasts
    until the replay passes the last step read before it: the series shows nothing new till then); spans under
    3 points apart are one."""
    spans: list[tuple[int, int]] = []
    for a, b, kind in run.pauses_t:
        if kind == "restart" and run.col["key"] == "iter":
            former = next(r[2] for r in run.restarts if r[0] == a)
            j = np.searchsorted(run.t, b)
            k = j + int(np.argmax(run.it[j:] > former)) if j < len(run.t) and (run.it[j:] > former).any() else None
            b = max(b, run.t[k]) if k is not None else run.S
        s = int(np.floor((a + 0.5 - run.lead) / DT))
        e = int(np.ceil((b - 0.5 - run.lead) / DT))
        s, e = max(s, 0), min(e, run.n)
        if e <= s or s >= run.n:
            continue
        if spans and s - spans[-1][1] < 3:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed (its own random stream, apart from the events')."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    run = _schedule(rng, n, setting)
    _reports(rng, run)
    _arrivals(rng, run)
    run.csteps = np.concatenate([[0.0], np.cumsum(run.steps)])
    run.xs = np.arange(run.S + 1, dtype=float)
    healthy = _values(run, run.v)
    run.healthy = healthy
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int((t - run.lead) // DT) for t, _ in run.known], spans, n)
    run.known_kind = [k for t, k in run.known]
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A fault's weight ``x`` s after its onset (1 at full strength)."""
    if kind == "leak":
        return np.clip(x / ramp_s, 0, 1) ** rng.uniform(0.8, 2.5)
    if kind == "straggler":
        e = hc.twostate(rng, 0.0, float(x[-1]) + 1, rng.uniform(30, 200), rng.uniform(60, 500))
        bad = (np.searchsorted(e, x, side="right") % 2) == 1
        return np.where(bad, 1.0, rng.uniform(0.0, 0.15))
    ramp = rng.uniform(5, 120)
    wander = np.exp(np.interp(x, np.arange(0, x[-1] + 120, 60), hc.ou_path(rng, x[-1] + 120, 0.02, 600)[
        :len(np.arange(0, x[-1] + 120, 60))]))
    return np.minimum(1, x / ramp) * wander


def _modded(run: SimpleNamespace, mods) -> np.ndarray:
    """The reports' values under the regressions ``mods`` = ``(s0, f)`` (the step rate times ``f`` from second
    ``s0``): each report scaled by its window's share of the healthy steps (report times kept: a simplification)."""
    v = run.v.copy()
    for s0, f in mods:
        s1 = s0 + len(f)
        r = run.steps[s0:s1]
        c_r = np.concatenate([[0.0], np.cumsum(r)])
        c_f = np.concatenate([[0.0], np.cumsum(r * f)])
        k = np.nonzero((run.t > s0) & (run.ws < s1))[0]
        if len(k) == 0:
            continue
        lo = np.clip(run.ws[k] - s0, 0, len(f))
        hi = np.clip(run.t[k] - s0, 0, len(f))
        xs = np.arange(len(f) + 1, dtype=float)
        lost = np.interp(hi, xs, c_r - c_f) - np.interp(lo, xs, c_r - c_f)
        tot = np.interp(run.t[k], run.xs, run.csteps) - np.interp(run.ws[k], run.xs, run.csteps)
        v[k] = v[k] * (1 - np.clip(lost / np.maximum(tot, 1e-9), 0, 1))
    return v


def _series(run: SimpleNamespace, mods) -> np.ndarray:
    """The dashboard's values with the regressions ``mods``."""
    if not mods:
        return run.healthy.copy()
    v = _modded(run, mods)
    out = run.healthy.copy()
    for s0, f in mods:
        m0 = max(0, int((s0 - run.lead) // DT) - 1)
        m1 = min(run.n, int((s0 + len(f) - run.lead) // DT) + MARGIN)
        out[m0:m1] = _values(run, v, m0, m1)
    return out


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the points ``[lo, hi)``: an ``(Event, mod)`` pair, or None."""
    n = run.n
    ts = run.lead + DT * np.arange(n)
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, P_KIND, want, keep=60):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, last, DT)
        if t0 is None:
            continue
        onset = int((t0 - run.lead) // DT)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = float(run.S) if to_end else run.lead + stop * DT
        if kind == "leak":  # the leak leaves with the process
            t1 = min([t1] + [a for a, b, *_ in run.restarts if a > t0])
        if any(t0 - 600 < b <= t0 for a, b, *_ in run.restarts):
            continue
        s0, s1 = int(t0), int(min(t1, run.S))
        if s1 - s0 < 600:
            continue
        w = _weight(rng, kind, np.arange(s1 - s0, dtype=float), max(ramp * DT, 1.0))
        target = {"drop": rng.uniform(0.09, 0.3),
                  "straggler": rng.uniform(0.1, 0.27)}.get(kind, rng.uniform(0.12, 0.33))
        c0 = s0 if kind != "leak" else s0 + int(0.8 * ramp * DT)
        mins = ((np.arange(s0, s1) - run.lead) // DT).astype(int)
        ok = (mins >= 0) & (mins < n) & (np.arange(s0, s1) >= c0)
        ok[ok] = live[mins[ok]]
        r = run.steps[s0:s1] * ok
        if r.sum() <= 0:
            continue

        def loss(a):
            return 1 - (r / (1 + a * w)).sum() / r.sum()

        if loss(4.0) < target:
            continue
        a_lo, a_hi = 0.0, 4.0
        for _ in range(16):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = (s0, 1 / (1 + 0.5 * (a_lo + a_hi) * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * DT - run.lead) // DT), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout55(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + DT * np.arange(run.n))


def heldout55_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT55_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout55, seeds, n, pauses)
