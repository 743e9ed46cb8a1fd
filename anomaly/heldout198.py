"""The hundred-and-ninety-eighth held-out throughput family: a precast-concrete surface defect model's training tiles/s
(a segmentation network finding bug holes, honeycombing, cracks and spalled edges on a quality station's camera images
of demoulded wall panels and beams; images tiled and augmented on CPU workers, the rare cracks oversampled; an
evaluation on a held-out plant's elements now and then) on 1, 2 or 4 nodes, read through Google Cloud Tasks: each node's
reporter creates a task every 10-30 s (its clock's time and its tiles since its last task in the body), the queue's rate
limits and retry configuration dispatch it to a Cloud Run handler that inserts a row into a Cloud SQL PostgreSQL table,
and a monitor sums the table's tiles per minute of the reporter's time or of the insert time.

(Heads' greps, ``grep -ic`` on ``/tmp/198_heads.txt``, the first 3 lines of every ``anomaly/heldout*.py``: 0 each for
"cloud tasks", "cloud task", "task queue", precast, concrete, "bug hole", spall, demould, "wall panel", "quality
station", "cloud run", "cloud sql", "rate limit", "max attempts", backoff, "at-least-once", "http target", paused.
Matches (each printed by ``grep -io`` with 20-60 characters around it, to check it is not this job or path): "google" 4
(Bigtable, Spanner change streams, Cloud Logging, Pub/Sub: other Google Cloud paths), "postgres" 1 (a PostgreSQL stall
in another path), "honeycomb" 1 (Honeycomb the product, not the concrete defect), "dedup" 1 (VictoriaMetrics'
``-dedup.minScrapeInterval``), "defect" 8 (wafer maps, railway track, PV modules, sewer pipes, weld seams, leather
hides: defect models are not new, precast concrete is), "crack" 2 (PV cells, leather grain); "segmentation" 7, "tiles/s"
11, "oversampl" 11 are common words. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, filter, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: a first print of it, with
``tests/trace_checks.py`` and the 150 tests, was cut in the middle; its lines 300-537 printed again, and a ``grep -n
Event`` of it), ``tests/trace_checks.py`` (all: lines 1-300 printed again), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/198_heads.txt`` through ``grep -ic`` and ``grep -io`` only. Slips: an
``ls anomaly/heldout197.py tests/test_anomaly_heldout197.py`` (to import generator 197's seeds: neither exists, so the
tests compare with ``range(1972000, 1972012)``); none else.

Public sources read (excerpts through the search tool): the Cloud Tasks ``RateLimits`` reference (PHP, .NET and Rust
client pages: ``max_dispatches_per_second`` at most 500, ``max_concurrent_dispatches`` at most 5,000, a token bucket of
``max_burst_size``; the limits hold for first attempts and retries alike); ``RetryConfig`` (``min_backoff``,
``max_backoff``, ``max_doublings``: the interval doubles, then grows linearly, then stays at ``max_backoff``;
``max_attempts`` -1 unlimited; ``max_retry_duration`` 0 unlimited; a task is deleted once both are passed);
``queues.pause`` (no dispatch while paused, tasks still added); ``CreateTask``'s de-duplication, quoted in
flamingo-run/gcp-pilot#6, stackkit/laravel-google-cloud-tasks-queue#104, #130, #138 and aertje/cloud-tasks-emulator#21
(a task named like one existing or deleted or executed within about an hour fails with ALREADY_EXISTS; sequential names,
e.g. timestamps, raise latency and errors); the dispatch deadline (stackkit#48, #78, #140, #177,
googleapis/python-tasks#93, nodejs-tasks#487: 10 min by default, 15 s-30 min, DEADLINE_EXCEEDED retried);
googleapis/google-cloud-node#4573 and nodejs-tasks#397 (CreateTask calls failing with DEADLINE_EXCEEDED under load). Not
read (from memory, unchecked): that an HTTP target's task runs at least once (a handler answering after its insert can
run twice); the client library's retry settings for CreateTask (here the reporter passes its own: 0.1 s, times 1.3, at
most 60 s, jittered, a deadline of 120-600 s); how retries share the rate limit (here they do not queue behind it).
Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (30/40/30 %, 0.86-0.96 per doubling); the GPUs train 40-500 tiles/s
a node at 384-px tiles (log-uniform; a tile's cost goes with its area), the CPU workers (tiling, augmentation) feed
1.1-2.5 times that; a step waits for the slower side (a soft maximum). Jitter: per 5-s tick an AR(1) of the log (sd
1.5-4 %, correlation 10-45 s), a slow OU (sd 1-2.5 %, 20-150 min), an epoch's mix of panels and beams (epochs of 25-90
min, sd 1.5-4 %), a loader re-spawn at each epoch's start (10-40 s at 30-60 %), crack-rich stretches of the oversampler
(2-10 min every 15-60, 1.5-7 % dearer). Relaunches: 0-3 at 15-85 % of the run, an hour apart, onto another node count
(45 %), tile size (256/384/512 px, 35 %) or batch shape (0.85-1.15, 20 %), redrawn until the level moves 15 % (1/3 to 3
times). Pauses (minutes, "short" / "long"): start-up 4-12 / 25-60 then a ramp from 30-70 % over 2-5; an evaluation every
40-120 min (a run's mean, each 0.7-1.3 of it), 3-8 / 12-30, every third followed by a checkpoint 0.3-1.5 / 2-5; crashes
(exponential, mean 10-40 h) down 2-5 / 6-18 then a start-up of 2-5 / 8-20 and a ramp; a relaunch stopped 1-4 / 5-12 and
queued 1-6, then a start-up of 3-8 / 15-40 and a ramp.

On the path (not checked): each node's reporter sends from its process's start every ``P`` s (10, 12, 15, 20 or 30 a
run, plus 0 to 0.05-0.4 s of its own work) its tiles since the last task; a crash loses the interval under way, a
relaunch sends it. The body's time is the node's clock (chrony, sd 0.02-0.3 s; in 30 % of runs one node unsynchronised,
stepping 0.5-3 times a day, sd 2-20 s). Create calls fail in API incidents (0.2-1.5 a day, 1-15 min, 40-90 % of
attempts) and are retried by the library; a failed attempt was stored all the same in 10-30 % of cases (a named task's
retry then gets ALREADY_EXISTS, taken as done; an unnamed one makes a second task); past the deadline the reporter drops
the tiles or carries them into its next task (half the runs each). Half the runs name tasks by node and the clock's
whole second: after a clock step back, a name used within the hour is refused and its tiles lost. The queue dispatches
at most 1.3-4 times the run's peak task rate, none while paused for maintenance (0.1-0.6 a day, 5-40 min), and in Cloud
SQL stalls (0.3-2 a day, 1-10 min) only 1-4 concurrent dispatches of 5-30 s each; an attempt in a stall fails (30-90 %;
5-30 % of them after their insert: a second row), is retried by the ``RetryConfig`` drawn per run (``min_backoff``
0.1-10 s, ``max_backoff`` 60-600 s, ``max_doublings`` 4-16, ``max_attempts`` 3/5/10/100/-1, ``max_retry_duration`` 0 or
1-30 min) and dropped once both are passed; 0.2-1 % of other attempts overrun the dispatch deadline (15-120 s) after
their insert and run again (a second row). Rows carry the insert's time (the database clock, sd 0.01-0.3 s). The monitor
queries once a minute, 5-40 s after it, the last ``W`` minutes (1-5), binned by the reporter's time (half the runs; a
row inserted after its minute's last query is lost) or by the insert time. A point is the minute's tiles/60 (0: no row).
The reads are linear in the tiles; the rows' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it or a neighbour
reads nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions
(a share ``a w`` of each tick's tiles lost, carried through the same rows): ``drop`` (an augmentation worker OOM-killed:
``w`` reaches 1 over 1-4 ticks), ``straggler`` (one node's image reads from the plant's NAS slowed in bursts: 1 for a
mean of 40-200 ticks, calm at 0.1-0.3 for a mean of 80-300), ``leak`` (the crack oversampler's index cache growing into
swap: a saturating growth, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over
a leak's plateau), ``a`` set from the reads (linear), refused above 1.

Measured (``heldout198_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    12         10    0.080-0.293  20              3-136 (980, 2 >60)
long      30      11    10         9     0.105-0.320  18              15-72 (787, 10 >60)

Planned changes listed: short 20, long 15 (of 20 and 15 relaunches; none kept its stage); crashes 58 and 49. The path
over each set (counts, short / long): create attempts failed 10057 / 4439 (each retried), creates given up 5 / 1, tiles
carried 3 / 0, tasks stored twice 550 / 312, ALREADY_EXISTS on a retry 510 / 341, names refused after a clock step 2 /
4, queue pauses 16 / 11, tasks queued over 60 s 11236 / 3045, Cloud SQL stalls 56 / 50, attempts failed 5846 / 2510,
tasks dropped by the retry configuration 470 / 8, second rows 5566 / 4550, rows late for their minute 11024 / 1237, rows
read in another minute than their interval's end 5251 / 9664, unread minutes 965 / 928, clock steps 36 / 38, intervals
lost in a crash 135 / 121. The reads' sum over the live points against the job's tiles: 1.000-1.016 per seed (short and
long: second rows); the live points' minute-to-minute change (median ``|d log|`` per seed) 1.5-3.3 % (short), 1.1-3.7 %
(long), its 99th percentile 18-50 % (short), 15-41 % (long); the live median level 50-1,805 tiles/s (short), 50-787
(long). Before the first measure: a run of one seed per setting (build and trace times only). Changes of the laws after
it: one: the queue's rate limit was 1.3-4 times the run's mean task rate, below the peak in runs whose node count fell,
so a standing backlog spaced dispatches evenly (seed 1982010 "short": median minute-to-minute change 11 %; 43,675 tasks
queued over 60 s in the short set); it is now 1.3-4 times the run's peak task rate. The "short" spans over 60 points are
queue maintenance pauses read by the reporter's time (their backlog's rows late for a short monitor window), as meant.
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: 2-140 points "short", 3-100 "long": an unread
minute and its neighbours make 3); they take 1.7-3.9 s on one core (29 tests, four runs of ``OMP_NUM_THREADS=1 taskset
-c 0 pytest``), under the 8 s allowed.

Size: about 650 lines, over 520: the path's many laws (reporters and clocks, create retries and names, the queue's
limits, pauses and stalls, dispatch attempts, the monitor's window) each need their code and their docstring lines; one
family's job, path and regressions are kept in one module as the other generators are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT198_SEEDS = tuple(range(1982000, 1982012))
CODE = 198
TICK, STEP = 5.0, 60.0
K = int(STEP // TICK)  # ticks per point
EPOCH = 1_790_000_040.0  # a multiple of 60 s: the first point's minute starts here
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
SPANS = {"short": (2, 140), "long": (3, 100)}  # the pause spans' lengths (points) the tests allow
# the job's pauses (minutes): (lo, hi) per setting
T_START = {"short": (4, 12), "long": (25, 60)}
T_EVAL = {"short": (3, 8), "long": (12, 30)}
T_CKPT = {"short": (0.3, 1.5), "long": (2, 5)}
T_DOWN = {"short": (2, 5), "long": (6, 18)}
T_RESTART = {"short": (2, 5), "long": (8, 20)}
T_STOP = {"short": (1, 4), "long": (5, 12)}
T_RELAUNCH_UP = {"short": (3, 8), "long": (15, 40)}
TILES = (256, 384, 512)
BATCH = (0.85, 0.93, 1.0, 1.07, 1.15)
PATH_KEYS = ("create_failed", "create_retries", "create_given_up", "tiles_carried", "stored_twice", "already_exists",
             "name_refused", "queue_pauses", "queued_late", "sql_stalls", "attempts_failed", "tasks_dropped",
             "second_rows", "rows_late", "rows_other_minute", "unread_minutes", "clock_steps", "crash_lost")


@dataclass
class Path:
    """The collection path's rows (true times of the tiles' interval, a node's share, the minute it is read in, or -1)
    and its counts."""

    start: np.ndarray
    end: np.ndarray
    share: np.ndarray
    bin: np.ndarray
    copies: np.ndarray  # rows per reporter task (0: never read)
    binning: str
    named: bool
    policy: str
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # tiles per 5-s tick
    pauses_t: list  # (t0, t1, kind), seconds
    ramps: list  # (t0, t1, r0)
    lives: list  # (start, end, graceful, nodes)
    restarts: list  # (stop, resume, same stage)
    known_t: list
    known_kind: list
    counts: dict
    cfg: dict
    stages: list  # (t, stage)
    path: Path | None = None
    dt: float = STEP


def _u(rng, lo_hi, scale=60.0) -> float:
    return float(rng.uniform(*lo_hi)) * scale


def _level(cfg: dict, st: dict) -> float:
    """Tiles/s of a stage: the GPUs' rate and the CPU workers' (tiling and augmentation) rate, the slower waited for."""
    nodes, area = st["nodes"], (384.0 / st["tile"]) ** 2
    g = cfg["gpu"] * nodes * cfg["eff"] ** np.log2(nodes) * area * st["batch"]
    c = cfg["cpu"] * nodes * area
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (another node count, tile size or batch shape) moving the level 15 % to 3 times, or
    None (the stage kept) after 30 draws."""
    for _ in range(30):
        new = dict(st)
        what = rng.choice(3, p=[0.45, 0.35, 0.2])
        key, opts = [("nodes", (1, 2, 4)), ("tile", TILES), ("batch", BATCH)][int(what)]
        new[key] = opts[int(rng.integers(len(opts)))]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _ar1(rng, m: int, sd: float, a: float) -> np.ndarray:
    """A stationary AR(1) of ``m`` steps (coefficient ``a``, sd ``sd``), computed in blocks of 64."""
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    e[0] = rng.normal(0, sd)
    out = np.empty(m)
    pw = a ** np.arange(64)
    carry = 0.0
    for b0 in range(0, m, 64):
        blk = e[b0:b0 + 64]
        k = len(blk)
        x = np.cumsum(blk / pw[:k]) * pw[:k] + carry * a * pw[:k]
        out[b0:b0 + k] = x
        carry = x[-1]
    return out


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: its timeline (start-up, evaluations, checkpoints, crashes, relaunches) and its tiles per tick."""
    T, nt = n * STEP, n * K
    cfg = {"gpu": hc.log_uniform(rng, 40, 500), "eff": rng.uniform(0.86, 0.96)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "tile": 384, "batch": 1.0}
    pauses, ramps, lives, restarts, known_t, known_kind = [], [], [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0}
    stages = [(0.0, dict(st))]
    eval_mean = rng.uniform(40, 120) * 60
    crash_mean = rng.uniform(10, 40) * 3600
    n_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * T)
    re_t = [t for i, t in enumerate(re_t) if i == 0 or t - re_t[i - 1] > 3600]

    def up(t0, dur):
        pauses.append((t0, t0 + dur, "startup"))
        t1 = t0 + dur
        ramps.append((t1, t1 + _u(rng, (2, 5)), rng.uniform(0.3, 0.7)))
        return t1

    t = up(0.0, _u(rng, T_START[setting]))
    life0 = 0.0
    next_eval = t + eval_mean * rng.uniform(0.7, 1.3)
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        cand = [next_eval, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        e = max(cand[which], t + 60)
        if e >= T:
            break
        if which == 0:
            counts["evals"] += 1
            t = e + _u(rng, T_EVAL[setting])
            pauses.append((e, t, "eval"))
            if counts["evals"] % 3 == 0:
                c = t + _u(rng, T_CKPT[setting])
                pauses.append((t, c, "ckpt"))
                t = c
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, e, False, st["nodes"]))
            down = e + _u(rng, T_DOWN[setting])
            pauses.append((e, down, "crash"))
            life0 = down
            t = up(down, _u(rng, T_RESTART[setting]))
            restarts.append((e, t, True))
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, e, True, st["nodes"]))
            stop = e + _u(rng, T_STOP[setting]) + _u(rng, (1, 6))
            pauses.append((e, stop, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            life0 = stop
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
            stages.append((stop, dict(st)))
            t = up(stop, _u(rng, T_RELAUNCH_UP[setting]))
            restarts.append((e, t, new is None))
            if new is not None and t < T:
                known_t.append(t)
                known_kind.append("stage")
        next_eval = max(next_eval, t + eval_mean * rng.uniform(0.7, 1.3)) if which == 0 else max(
            next_eval, t + 600)
    lives.append((life0, T + 3600, True, st["nodes"]))
    J = _tiles(rng, cfg, stages, pauses, ramps, nt)
    return Run(n, nt, J, pauses, ramps, lives, restarts, known_t, known_kind, counts, cfg, stages)


def _tiles(rng, cfg, stages, pauses, ramps, nt: int) -> np.ndarray:
    """Tiles per 5-s tick: the stage's level, its jitter (a fast AR(1), a slow OU, an epoch's image mix, crack-rich
    stretches of the oversampler, a loader re-spawn at each epoch's start), the ramps, nothing in a pause."""
    tc = (np.arange(nt) + 0.5) * TICK
    st_t = np.array([s[0] for s in stages])
    lv = np.array([_level(cfg, s[1]) for s in stages])[np.searchsorted(st_t, tc, side="right") - 1]
    x = _ar1(rng, nt, rng.uniform(0.015, 0.04), np.exp(-TICK / rng.uniform(10, 45)))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.025), rng.uniform(20, 150) * 60)
    x += np.repeat(ou, K)[:nt]
    ep_len = rng.uniform(25, 90) * 60
    ep = (tc // ep_len).astype(int)
    x += rng.normal(0, rng.uniform(0.015, 0.04), ep.max() + 1)[ep]
    in_ep = tc - ep * ep_len
    stall = rng.uniform(10, 40)
    f = np.where((in_ep < stall) & (ep > 0), rng.uniform(0.3, 0.6), 1.0)
    edges = hc.twostate(rng, rng.uniform(0, 3600), nt * TICK, rng.uniform(2, 10) * 60, rng.uniform(15, 60) * 60,
                        horizon=1e7)
    f *= 1 - (1 - rng.uniform(0.93, 0.985)) * hc.bad_share(edges, tc - TICK / 2, TICK)
    for r0, r1, a in ramps:
        i0, i1 = int(r0 // TICK), min(nt, int(np.ceil(r1 / TICK)))
        if i0 < nt:
            f[i0:i1] *= a + (1 - a) * np.clip((tc[i0:i1] - r0) / (r1 - r0), 0, 1)
    for a, b, _ in pauses:
        f[(tc >= a) & (tc < b)] = 0.0
    return lv * np.exp(x) * f * TICK


def _windows(rng, T: float, per_day, mins) -> list:
    """Incidents ``(t0, t1)``: ``per_day`` a day (a drawn rate), ``mins`` minutes long each."""
    rate = rng.uniform(*per_day) / DAY
    out, t = [], rng.exponential(1 / rate)
    while t < T:
        d = _u(rng, mins)
        out.append((t, t + d))
        t += d + rng.exponential(1 / rate)
    return out


def _inside(x, win) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``[t0, t1)`` (sorted, disjoint)."""
    if not win:
        return np.zeros(np.shape(x), bool)
    w = np.asarray(win, float)
    i = np.searchsorted(w[:, 0], x, side="right") - 1
    return (i >= 0) & (x < w[np.maximum(i, 0), 1])


def _clocks(rng, T: float, counts: dict) -> list:
    """Each node's clock offset as ``(step times, offsets after each)``: a chrony offset (sd 0.02-0.3 s); in 30 % of
    runs one node unsynchronised, stepping its clock 0.5-3 times a day (sd 2-20 s)."""
    out = []
    bad = int(rng.integers(4)) if rng.random() < 0.3 else -1
    for k in range(4):
        base = rng.normal(0, rng.uniform(0.02, 0.3))
        if k == bad:
            ts = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
            off = base + np.cumsum(rng.normal(0, rng.uniform(2, 20), len(ts)))
            counts["clock_steps"] += len(ts)
            out.append((np.concatenate([[-1.0], ts]), np.concatenate([[base], off])))
        else:
            out.append((np.array([-1.0]), np.array([base])))
    return out


def _reporters(rng, run: Run, counts: dict):
    """Every reporter task: node, interval start and end (true s), share of the job's tiles, the body's clock time;
    and the run's peak task rate (tasks/s of its largest node count)."""
    P = float(rng.choice([10, 12, 15, 20, 30]))
    work = rng.uniform(0.05, 0.4)
    cols = [[], [], [], [], []]
    clocks = _clocks(rng, run.n * STEP, counts)
    for start, end, graceful, nodes in run.lives:
        end = min(end, run.n * STEP + 600)
        for k in range(nodes):
            m = int((end - start) / P) + 2
            t = start + rng.uniform(0, P) + np.cumsum(P + rng.uniform(0, work, m))
            t = t[t < end]
            if graceful:
                t = np.append(t, end)
            elif len(t):
                counts["crash_lost"] += 1
            s = np.concatenate([[start], t[:-1]])
            st, off = clocks[k]
            body = t + off[np.searchsorted(st, t, side="right") - 1]
            for c, v in zip(cols, (np.full(len(t), k), s, t, np.full(len(t), 1.0 / nodes), body)):
                c.append(v)
    node, s, e, share, body = (np.concatenate(c) for c in cols)
    return node, s, e, share, body, max(life[3] for life in run.lives) / P


def _create(rng, e, T: float, counts: dict, named: bool, policy: str):
    """The create calls: each task's stored times (a second for an unnamed task stored twice), or none (given up).
    In API incidents an attempt fails (0.4-0.9); the library retries (0.1 s times 1.3 per try, at most 60 s,
    jittered) until its deadline (120-600 s); a failed attempt was stored anyway in 10-30 % of cases."""
    inc = _windows(rng, T, (0.2, 1.5), (1, 15))
    pf, p_ghost, deadline = rng.uniform(0.4, 0.9), rng.uniform(0.1, 0.3), rng.uniform(120, 600)
    lat = rng.uniform(0.03, 0.3, len(e))
    stored = e + lat
    twice = np.full(len(e), np.nan)
    failed = np.zeros(len(e), bool)  # the reporter saw the create fail
    for j in np.nonzero(_inside(e, inc))[0]:
        t, k, ghost = e[j], 0, np.nan
        while _inside(t, inc) and rng.random() < pf and t - e[j] <= deadline:
            counts["create_failed"] += 1
            if np.isnan(ghost) and rng.random() < p_ghost:
                ghost = t + lat[j]
            k += 1
            t += min(60.0, rng.uniform(0, 2 * 0.1 * 1.3 ** k))
        counts["create_retries"] += k
        gave_up = t - e[j] > deadline
        if gave_up:
            counts["create_given_up"] += 1
            failed[j] = True
        if np.isnan(ghost):
            stored[j] = np.nan if gave_up else t + lat[j]
        elif named or gave_up:  # a named retry is refused (ALREADY_EXISTS, taken as done); a given-up one was stored
            counts["already_exists"] += named and not gave_up
            stored[j] = ghost
        else:  # an unnamed retry makes a second task
            counts["stored_twice"] += 1
            twice[j], stored[j] = ghost, t + lat[j]
    return stored, twice, failed


def _in(x: float, starts: list, ends: list) -> int:
    """The index of the window ``[starts[i], ends[i])`` holding ``x``, or -1."""
    i = bisect_right(starts, x) - 1
    return i if i >= 0 and x < ends[i] else -1


def _dispatch(a: np.ndarray, g: float, pauses: list, stalls: list, gs: float) -> np.ndarray:
    """The queue's dispatch times of tasks arriving at ``a`` (sorted): at most ``g`` a second (the rate limits), ``gs``
    in Cloud SQL stalls (the concurrent dispatches held by slow inserts), none while the queue is paused."""
    i = np.arange(len(a))
    d = i / g + np.maximum.accumulate(a - i / g)
    ps, pe = [w[0] for w in pauses], [w[1] for w in pauses]
    ss, se = [w[0] for w in stalls], [w[1] for w in stalls]
    al = a.tolist()
    for w0, w1 in sorted(pauses + stalls):
        j = int(np.searchsorted(d, w0))
        prev = float(d[j - 1]) if j else -np.inf
        while j < len(a):
            x = max(al[j], prev + (1 / gs if _in(prev, ss, se) >= 0 else 1 / g))
            k = _in(x, ps, pe)
            if k >= 0:
                x = pe[k]
            if x > w1 and abs(x - d[j]) < 1e-6:
                break
            d[j] = prev = x
            j += 1
    return d


def _path(rng, run: Run) -> Path:
    """The collection path's rows and counts (see the module's docstring)."""
    T = run.n * STEP
    counts = {k: 0 for k in PATH_KEYS}
    named, policy = bool(rng.random() < 0.5), "carry" if rng.random() < 0.5 else "drop"
    binning = "reporter" if rng.random() < 0.5 else "insert"
    node, s, e, share, body, peak = _reporters(rng, run, counts)
    stored, twice, failed = _create(rng, e, T, counts, named, policy)
    for j in np.nonzero(failed)[0]:  # the tiles of a task given up: into the node's next task, or lost
        if policy == "carry" and j + 1 < len(e) and node[j + 1] == node[j] and s[j + 1] == e[j]:
            s[j + 1] = s[j]
            counts["tiles_carried"] += 1
    if named:  # a name (node, whole second of its clock) created within the hour is refused, and taken as done
        ok = np.nonzero(~np.isnan(stored))[0]
        key = node[ok] * 1e11 + np.floor(body[ok])
        o = ok[np.lexsort((stored[ok], key))]
        ko = node[o] * 1e11 + np.floor(body[o])
        dup = (ko[1:] == ko[:-1]) & (stored[o][1:] - stored[o][:-1] < 3600)
        stored[o[1:][dup]] = np.nan
        counts["name_refused"] += int(dup.sum())
    q_task = np.concatenate([np.nonzero(~np.isnan(stored))[0], np.nonzero(~np.isnan(twice))[0]])
    qa = np.concatenate([stored[~np.isnan(stored)], twice[~np.isnan(twice)]])
    o = np.argsort(qa, kind="stable")
    q_task, qa = q_task[o], qa[o]
    pauses = _windows(rng, T, (0.1, 0.6), (5, 40))
    stalls = _windows(rng, T, (0.3, 2), (1, 10))
    counts["queue_pauses"], counts["sql_stalls"] = len(pauses), len(stalls)
    g = peak * rng.uniform(1.3, 4)  # the queue's rate limit: 1.3-4 times the run's peak task rate
    d = _dispatch(qa, g, pauses, stalls, rng.uniform(1, 4) / rng.uniform(5, 30))
    counts["queued_late"] = int((d - qa > 60).sum())
    rows_t, rows_i = _attempts(rng, d, q_task, stalls, counts)
    db = rows_i + rng.normal(0, rng.uniform(0.01, 0.3))
    W, lag = int(rng.integers(1, 6)), rng.uniform(5, 40)
    if binning == "reporter":
        b = np.floor(body[rows_t] / STEP).astype(int)
        late = db > (b + W) * STEP + lag
        counts["rows_late"] = int((late & (b >= 0) & (b < run.n)).sum())
        b[late] = -1
    else:
        b = np.floor(db / STEP).astype(int)
    keep = (b >= 0) & (b < run.n)
    rows_t, b = rows_t[keep], b[keep]
    counts["rows_other_minute"] = int((b != np.floor(e[rows_t] / STEP)).sum())
    copies = np.bincount(rows_t, minlength=len(e))
    counts["unread_minutes"] = int((np.bincount(b, minlength=run.n) == 0).sum())
    return Path(s[rows_t], e[rows_t], share[rows_t], b, copies, binning, named, policy, counts)


def _attempts(rng, d, q_task, stalls, counts):
    """The dispatches' rows ``(task, insert time)``: an attempt in a Cloud SQL stall fails (0.3-0.9), inserting its
    row all the same in 5-30 % of cases; the queue retries it (``min_backoff`` doubled ``max_doublings`` times, at most
    ``max_backoff``) and drops it once ``max_attempts`` and ``max_retry_duration`` are both passed; 0.2-1 % of the
    other attempts overrun the dispatch deadline (15-120 s) after their insert and are sent again."""
    minb, maxb, dbl = rng.uniform(0.1, 10), rng.uniform(60, 600), int(rng.integers(4, 17))
    max_att = int(rng.choice([3, 5, 10, 100, -1]))
    mrd = 0.0 if rng.random() < 0.4 else rng.uniform(60, 1800)
    pf, p_ins, p_to, D = rng.uniform(0.3, 0.9), rng.uniform(0.05, 0.3), rng.uniform(0.002, 0.01), rng.uniform(15, 120)
    lat = rng.uniform(0.05, 0.5, len(d))
    ins = d + lat
    keep = np.ones(len(d), bool)
    ss, se = [w[0] for w in stalls], [w[1] for w in stalls]
    extra_t, extra_i = [], []
    in_stall = _inside(d, stalls)
    for j in np.nonzero(in_stall)[0]:
        t, k = float(d[j]), 1
        while _in(t, ss, se) >= 0 and rng.random() < pf:
            counts["attempts_failed"] += 1
            if rng.random() < p_ins:
                extra_t.append(q_task[j])
                extra_i.append(t + lat[j])
            if (max_att < 0 or k >= max_att) and (mrd == 0 or t - d[j] >= mrd) and (max_att >= 0 or mrd > 0):
                keep[j] = False
                counts["tasks_dropped"] += 1
                break
            t += min(maxb, minb * 2.0 ** min(k - 1, dbl))
            k += 1
        ins[j] = t + lat[j]
    to = ~in_stall & (rng.random(len(d)) < p_to)
    counts["second_rows"] = int(to.sum()) + len(extra_t)
    rows_t = np.concatenate([q_task[keep], q_task[to], np.array(extra_t, int)])
    rows_i = np.concatenate([ins[keep], ins[to] + D + minb, np.array(extra_i, float)])
    return rows_t, rows_i


def _reads(run: Run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (tiles/s per minute) of tiles per tick ``X`` carried by the path's rows: linear in ``X``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])

    def F(t):
        u = np.clip(t / TICK, 0, run.nt)
        i = np.minimum(u.astype(int), run.nt - 1)
        return C[i] + (u - i) * X[i]

    return np.bincount(p.bin, p.share * (F(p.end) - F(p.start)), minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray) -> list:
    """Paused points: a minute touching a pause (or a start-up's ramp's first half) or next to one, and a minute that
    reads nothing and its neighbours."""
    n = run.n
    m = h <= 0
    m[1:] |= m[:-1].copy()
    m[:-1] |= (h <= 0)[1:]
    half = {r0: 0.5 * (r0 + r1) for r0, r1, _ in run.ramps}
    for a, b, _ in run.pauses_t:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(half.get(b, b) / STEP)) + 1)
        m[s:e] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], m.astype(int), [0]])))
    return [(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's tiles lost (0 .. 1): a drop (an augmentation worker of the tiling pool
    OOM-killed: in over 1-4 ticks), a straggler (one node's image reads from the plant's NAS slowed in bursts: 1 for a
    mean of 40-200 ticks, calm at 0.1-0.3 for a mean of 80-300), a leak (the crack oversampler's index cache growing
    into swap: a saturating growth ``(1 - exp(-c s / ramp)) / (1 - exp(-c))``, ``c`` 0.5-3, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 4))
    if kind == "leak":
        c = rng.uniform(0.5, 3)
        return np.where(s < ramp, (1 - np.exp(-c * s / max(ramp, 1))) / (1 - np.exp(-c)), 1.0)
    bad, good, calm = rng.uniform(40, 200), rng.uniform(80, 300), rng.uniform(0.1, 0.3)
    w, i, on = np.empty(length), 0, True
    while i < length:
        d = int(rng.geometric(1 / (bad if on else good)))
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws. A share ``a w``
    of each tick's tiles is lost (carried through the same rows), ``a`` set to a drawn loss of the reads (drop 8-33 %,
    straggler 10-30 %, leak 12-40 % over its plateau), refused above 1; onsets 30 % at a pause's end."""
    n, nt = run.n, run.nt
    ts = np.arange(n) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), nt if to_end else stop * K
        X = np.zeros(nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        ms = m[c0:stop][lv].sum()
        if ms <= 0:
            continue
        a = target * healthy[c0:stop][lv].sum() / ms
        if not a <= 1:
            continue
        v = np.maximum(healthy - a * m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout198(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout198_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT198_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout198, seeds, n, pauses)
