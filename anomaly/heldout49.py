"""The forty-ninth held-out throughput family: a molecular generative model's (SMILES-transformer / graph-diffusion
style) training molecules/s, one Kafka event per rank and step, summed by a Flink job in event-time tumbling windows
(bounded out-of-orderness watermark, idleness, allowed lateness) into a sink table that a dashboard poller reads.

Written blind: no detector, filter, benchmark or doc (beyond the data authors' rules) read, no log of any branch read,
and no detector run on these traces.

Public sources (found with the search tools; excerpts only): a page on Flink's event time (``WatermarkStrategy``
``forBoundedOutOfOrderness`` with a timestamp assigner, attached at the source so that watermarks are per split);
the review thread of Flink pull request #14111 (Kafka connector docs: per-partition watermarks are generated inside
the consumer and merged as the minimum over the partitions it reads; an idle partition holds the watermark back
unless an idleness timeout, ``withIdleness`` / ``table.exec.source.idle-timeout``, is set); FLINK-40503 (the
idleness timer starts at the first quiet periodic probe, so a partition goes idle somewhat after the timeout); the
``allowedLateness`` discussion of Flink's window docs (pull request #3191, FLINK-3714, FLINK-11926, a DZone article
and two blog posts: by default elements behind the watermark are dropped; within the allowed lateness they are added
and trigger a late firing of the window, an update of its earlier result; later ones go to a side output or are
dropped). Assumed without checking: that an empty window (no event of the key) is never emitted; that the sink is
an upsert table keyed by (job, window) whose JDBC writer flushes every ``S`` s; that the poller reads only the row
with the latest window end and reads 0 where it is over ``3 W`` old; the Kafka lags, leader-election stalls and
Flink failover rates and lengths; that a Flink failover only delays processing (the source re-reads from its
committed offsets, exactly-once: no double counts); and everything about the job, its molecules and its cluster.

What is modelled
----------------
A molecular generative model trained data-parallel on ``R`` (4, 6 or 8) GPUs, synchronously. Each rank's batch holds
an atom budget ``A`` (1500-4000 heavy atoms), so its molecule count is ``A`` over the batch's mean size (log-normal
sd 6 % about the stage's size), less 0.5-3 % molecules that fail RDKit sanitisation. The curriculum starts at a mean
size of 11-15 heavy atoms and moves up three times (each 1.25-1.5x), each stage after 9-20 h of training, at the
next evaluation. A step takes the soft maximum of the GPU's time (``T0`` 0.45-0.9 s, x ``(m/m0)**0.35``, +2.5 % per
extra rank) and the slowest rank's CPU featurisation and conformer generation (0.35-0.6 ``T0`` x ``(m/m0)**1.6``,
log-normal sd 12 % per rank, 0.2-0.8 % of them 1.5-4x: a molecule whose embedding retries), so a job turns from
GPU- to CPU-bound as the molecules grow. Jitter: an AR(1) on the step's log (sd 2.5-6 %, coefficient 0.85-0.97), an
OU drift (sd 1-3 %, 1-4 h); every ``G`` (250, 500, 1000) steps a few logged samples stall the step by 1.5-4 s (the
job's rhythm, not a pause); after a (re)start or a curriculum advance the loader's workers warm up (the first steps
1.5-2.5x as long, decaying as ``exp(-3 t / w)``, ``w`` 60-180 s, the warm-up a pause span covers).

Pauses (log-uniform lengths, short / long setting): a sampling evaluation every ``E`` (2000, 3000, 5000) steps,
generating molecules and scoring validity, uniqueness and novelty on the CPUs (40-150 s / 150-600 s; in the long
setting every 2nd evaluation checks novelty against the whole training set, 1.5-2.5x, and every 8th is a full
benchmark, 1800-3000 s); a checkpoint every ``C`` (1000, 2500, 5000) steps (6-25 s / 30-120 s); a curriculum
advance (the dataset refiltered and the loader rebuilt: 120-400 s / 600-1500 s, then the warm-up); requeues
(exponential, one per 15-40 h, none within 30 min after a resume; down 120-420 s / 600-2000 s, then the warm-up),
resuming from the last checkpoint on the same rank count or (30 %) another one.

Collection: after each step every rank produces one Kafka record (its molecule count, the step's end as event time,
0-50 ms after the all-reduce) keyed ``<job>/<rank>`` to one of ``P`` (3, 6, 12) partitions; a record arrives 5-50 ms
plus an exponential 30 ms later, except while its partition's leader is being re-elected (one per 4-12 h per
partition, 5-90 s: the records produced meanwhile arrive at its end). A Flink job (per-partition watermarks,
``forBoundedOutOfOrderness(D)``, ``D`` 2, 5 or 10 s, ``withIdleness`` 30 or 60 s, on a 1-s processing grid) keys by
job and sums the counts in event-time tumbling windows of ``W`` (20 or 30) s: a window fires once the watermark (the
minimum over the active partitions of their latest event time less ``D``, never going back) passes its end; a record
arriving after that is added with a late firing while the watermark is under the window's end plus the allowed
lateness (0, 10 or 30 s), else dropped. In a pause every partition falls silent and goes idle, so the watermark
stops: the window holding the pause's start fires only after the job resumes, the windows inside the pause never
exist. Flink failovers (one per 20-60 h, 40-240 s) hold all processing until the job is restored. The sink's writer
flushes every ``S`` (1, 2, 5) s. The poller runs once per window, from 1 s to 4-12 s after each window boundary (so it
reads the last or the one before, and now and then reads a window twice and skips the next), showing the latest
window's count over ``W`` (0 where the latest is over ``3 W`` old). One point per poll; a point is paused where it
reads a window holding pause or warm-up time, reads nothing, or polls within a pause (or ``W`` after it); gaps of up
to 3 points between spans are closed.

Labelled regressions keep ``1 / (1 + a w(t))`` of every record's molecules (``t`` its event time; the healthy
timing is kept, an approximation): ``drop`` (a CPU co-tenant or a dead featurisation worker: steps in over 1-120 s,
log-uniform), ``straggler`` (one rank's node throttles or stalls on its conformer cache; the synchronous job waits:
on phases log-normal of median 20-150 s at 0.6-1, off phases exponential of mean 40-240 s at 0-0.1), ``leak`` (a
novelty / dedup set of generated molecules that is never cleared: ``w = (t / ramp) ** p``, ``p`` 0.6-1.8, ramp
150-1800 points, then held). Placement: ``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots`` /
``kind_draws`` / ``event_stop`` / ``changed_span`` / ``shown_depth``; each draw lies between two listed changes (a
leak in the longest such stretch of its slot); 35 % of draws start inside an evaluation or checkpoint (its last 80
%) or up to 2 windows after it, the others anywhere; a regression stops at the next requeue; ``a`` bisected (0-4) on
the points (each its window's middle) to a live loss of 8-30 % (drop), 10-30 % (straggler) or 12-33 % (a leak, from
80 % of its ramp on).

Counts over ``heldout49_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     28      9     10         9     0.111-0.279  20              1-34 (1294 spans, 0 >60)        3
long      31      10    10         11    0.094-0.280  26              1-158 (1260 spans, 79 >60)      3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one (checkpoints come every 10 min to 3 h, so many
onsets are near one by chance). Spans that run into the trace's end are left out. ``changes``: short 25 (22 curriculum
advances, 3 rank-count changes), and long 31 (21 curriculum advances, 10 rank-count changes). Per setting's 12 runs
(short / long): 22 and 27 requeues (3 and 10 onto another rank count); 12118464 and 10385312 Kafka records; 2324 and 940
late events re-fired, 12359 and 5752 dropped (behind the lateness); 481 and 538 partition stalls; 16 and 11 Flink
failovers; 2047 and 15942 points read as 0, all inside spans; of the consecutive live points, 8380 and 5282 (of 64870
and 50706) read the same window twice and 8085 and 5059 skip one (the poll's offset against the watermark's delay). A
late firing shows only where its window is still the latest one, so most late records never reach the dashboard. Paused
share of a trace 0.05-0.11 (short), 0.18-0.42 (long); 53-178 and 34-181 spans a trace. The healthy series' median
absolute step of log over steady points (10 points after a span left out): 1.5-4.8 % (short), 2.5-5.9 % (long); median
live level 478-2211 (short), 398-3179 (long) molecules/s. Generating both settings takes about 10 s.

Changes after the first measurement (of spans, levels and placement only; no detector): the AR(1) sd was 4-9 %
(median steps up to 7.7 %), checkpoints came every 500-2500 steps and the long evaluation was 200-900 s (up to 49 %
of a trace paused); the long setting had no span over 60 points in some runs, now every 8th evaluation is a full
benchmark; curriculum stages of 6-16 h left some slots no room for a leak between listed changes, now 9-20 h and
every draw lies between two changes; the series subtracts a regression's molecules from the healthy points (an
untouched point was not bit for bit the healthy one); the warm-up decayed as ``exp(-t / w)`` (still 18-55 % slow
where the span ended), now ``exp(-3 t / w)``; points were stamped at the start of the window before their poll.

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout47.py`` lines 1-110 and its ``make_heldout47`` / ``heldout47_set``
(lines 521-531), and the output of a ``grep`` for its top-level ``def`` / ``HELDOUT47`` / constant lines (to find them);
``tests/test_anomaly_heldout47.py``; ``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; lines 1-3 of every ``anomaly/heldout*.py`` (none is a molecular generative job; none
reads Flink windows; heldout40 sends Kafka events into Druid); ``tests/test_architecture.py`` lines 1-110. Slips: an
``ls`` of ``anomaly/`` and ``tests/`` (file names only), and ``git worktree add`` printed the subject line of main's
last commit (a docs commit about a detector setting, ``settle_noise``); nothing of it was used. Nothing else.

Usage::

    from anomaly.heldout49 import heldout49_set
    for trace in heldout49_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT49_SEEDS = tuple(range(492000, 492012))
CODE = 49
TS = 1_761_999_960  # time 0 (a multiple of 20, 30 and 60 s); point k is stamped TS + (k + 1) W (its poll's boundary)
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
    base: np.ndarray = None  # the healthy points (cached)
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
    e = rng.normal(0, p["ar_sd"] * np.sqrt(1 - p["phi"] ** 2), k)
    x, phi, ar = p.get("ar_x", 0.0), p["phi"], []
    for ei in e.tolist():  # for speed, Python floats: the same double products and sums as numpy scalars
        x = phi * x + ei
        ar.append(x)
    p["ar_x"] = np.float64(x)
    d = d * np.exp(np.array(ar, dtype=float))
    if warm > 0:
        tt = np.cumsum(d)
        d = d * (1 + p["warm_amp"] * np.exp(-3 * tt / warm))
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
    stage_len = [rng.uniform(9, 20) * 3600 for _ in sizes[:-1]] + [np.inf]
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
            dur = _logu(rng, *tab["eval"])
            if setting == "long" and step % (8 * E) == 0:  # the full benchmark (FCD, scaffolds, docking scores)
                dur = _logu(rng, 1800, 3000)
            elif setting == "long" and step % (2 * E) == 0:  # novelty against the whole training set
                dur *= rng.uniform(1.5, 2.5)
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
        iq = np.nonzero(part == q)[0]  # for speed, each election tests its partition's events only (in order)
        tq = t[iq]
        while s < T:
            e = s + _logu(rng, 5, 90)
            hit = iq[(tq >= s) & (tq < e)]
            arr[hit] = e + rng.uniform(0, 0.5, len(hit))
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
    # first grid second with wm >= the window's end: searched once per window, not once per event
    fire = np.searchsorted(wm, (np.arange(win.max() + 1) + 1) * W, side="left").astype(float)[win]
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
    """The dashboard's points: each the molecules of its window seen by its poll over the window length; the
    regressions ``mods`` (``(i0, i1, f)``: events ``i0 .. i1`` keep ``f`` of their molecules) subtracted so that
    a point they do not touch is bit for bit the healthy one."""
    if run.base is None:
        cs = np.concatenate([[0.0], np.cumsum(run.c[run.order])])
        run.base = np.where(run.shown >= 0, (cs[run.hi_idx] - cs[run.lo_idx]) / run.dt, 0.0)
    if not mods:
        return run.base.copy()
    d = np.zeros(len(run.c))
    for i0, i1, f in mods:
        d[i0:i1] += run.c[i0:i1] * (1 - f)
    cs = np.concatenate([[0.0], np.cumsum(d[run.order])])
    return np.where(run.shown >= 0, np.maximum(run.base - (cs[run.hi_idx] - cs[run.lo_idx]) / run.dt, 0.0), 0.0)


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
    cuts = [lo] + sorted(c for c in changes if lo < c < hi) + [hi]  # a regression holds no listed change
    room = [(a, b) for a, b in zip(cuts, cuts[1:]) if b - a > 200]
    if not room:
        return None
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want):
        if kind == "leak":
            lo2, hi2 = max(room, key=lambda r: r[1] - r[0])
        else:
            lo2, hi2 = room[int(rng.choice(len(room), p=np.diff(room).ravel() / np.diff(room).sum()))]
        to_end2 = to_end and hi2 == hi
        ramp = int(rng.uniform(150, max(151, min(1800, 0.6 * (hi2 - lo2))))) if kind == "leak" else 0
        last = max(lo2 + 1, hi2 - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # starts in (or right after) an evaluation or checkpoint pause
            cand = [(a, b) for a, b, k in run.pauses_t if k in ("eval", "ckpt") and lo2 * W <= a and b < last * W]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.2 * (b - a), b + 2 * W)
        else:
            t0 = rng.uniform(lo2 * W, last * W)
        onset = int(t0 // W)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi2, to_end2)
        if stop is None:
            continue
        t1 = np.inf if to_end2 else stop * W
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
        span = hc.changed_span(v, healthy, onset, lo2, hi2, n, to_end2 and not held)
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
                           lambda run: TS + run.dt * (np.arange(run.n) + 1))


def heldout49_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT49_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout49, seeds, n, pauses)
