"""The hundred-and-ninety-ninth held-out throughput family: an industrial bakery's loaf inspection model (a network
scoring bake colour, crumb structure, collapsed tops and torn sides on camera images of loaves and sliced bread leaving
the oven and the slicer; images cropped per loaf and augmented on CPU workers, rare defects oversampled; an evaluation
on a held-out bakery's lines now and then), its training images/s on 1, 2 or 4 nodes, read through a Cloudflare Worker
and Workers Analytics Engine: each node's reporter sends its count (its clock's time, its images since its last
report) every 10-30 s in an HTTP request to the Worker, which writes one data point (``writeDataPoint``: the count as
``double1``, the reporter's time as ``blob1``, one index); a monitor queries the SQL API once a minute and sums
``_sample_interval * double1`` per minute of the row's ``timestamp`` (the write time) or of ``blob1``.

(No generator's head names Cloudflare, Analytics Engine, ``writeDataPoint``, ``_sample_interval``, an SQL API, a
bakery, a loaf, bread, crumb, an oven, a slicer, an HTTP request, a double or a blob (``grep -ic`` on
``/tmp/199_heads.txt``, the first 3 lines of the 198 ``anomaly/heldout*.py`` before this one: 0 each); "analytics"
matches 1 head (an Azure Stream Analytics tumbling window into Cosmos DB: another path), "worker" 40, "sampl" 62,
"sql" 7, "node" 80, "images/s" 24, "inspection" 5, "camera" 15, "retried" 1, "http" 3 (common words; the job and the
path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 313-408, cut from one long
print, printed again as lines 300-412), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/199_heads.txt`` through ``grep -ic`` and one ``grep -io`` (50
characters before and 30 after the one match of "analytics"). Slips: ``git worktree add`` printed main's last commit
subject (the docs of generators 196-198 and round 130); an ``ls`` of ``anomaly/heldout197.py`` and ``heldout198.py``
and a ``grep -c`` of ``HELDOUT198_SEEDS =`` in the latter (a count, no line printed), to import its seeds in the
tests; none else. The tests import ``HELDOUT198_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Cloudflare's Analytics Engine limits page (20 blobs, 20 doubles
and one index per ``writeDataPoint``, an index at most 96 bytes, 25 data points per Worker invocation in one version
and 250 in a newer one, data kept three months) and changelog 2025-06-20 (blobs 5 KB -> 16 KB); "Write to Analytics
Engine" (writes are non-blocking, not awaited) and a binding's page (``writeDataPoint`` returns at once, no ingestion
receipt); the sampling page (weighted adaptive sampling: at write time when points come too fast into one index, again
at query time when a query is too complex; adaptive bit rate) and the WAE FAQ with cloudflare-docs PR #11243 (read-time
sample intervals are multiples of powers of 10, e.g. 20 or 700; longer periods or more index values sample more; data
of a small subgroup may be missing); the GraphQL sampling page (an estimate is the sample times its interval); the SQL
API page (a POST to ``/accounts/<id>/analytics_engine/sql`` with a bearer token) and changelog 2025-11-12
(``toStartOfMinute`` and other time functions); the pricing page (free plan: 100,000 points written and 10,000 read
queries a day); graphql-hive/console PR #6477 (writes past the per-request limit throw "Analytics Engine write limit
exceeded"); a third-party "gotchas" page (no custom timestamps: the write time; keep one's own in a blob; no data in a
query: wait 30 s; writes can fail silently). Not read (assumed, unchecked): how long a row takes to be visible, how
often the Worker's requests or SQL queries fail, which write rates trigger write-time sampling and its intervals (here
2-5), when a query is sampled (here a catch-up query over 12 minutes or more, at 10). Nothing read on the job: its
figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.86-0.96 per doubling) of 8 GPUs, each 40-500
images/s at a 512-px crop and batch 32 (log-uniform; a crop's cost as its area, ``1 + 8 / batch``), the CPU workers
(decode, crop per loaf, augmentation, as the crop's side to the power 0.6) 1.05-2.3 times as fast; a step waits for the
slower side (a soft maximum). Jitter (its own laws): line-day shards of 10-70 min, each with a drawn sliced-bread share
(5-80 %) that costs 5-25 % more per unit; a host cron job (an image-archive sync) every 10-30 min holding the rate at
85-95 % for 15-60 s; an AR(1) of the log per 5-s tick with Laplace steps (sd 1.5-4 %, correlation 10-45 s) and a slow
OU (sd 1-3 %, 40-240 min). Relaunches: 0-3 at 12-90 % of the run, 90 min apart, onto another node count (1 in 3), crop
size or batch size, redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 4-12 min ("long" 20-50),
then a ramp from 30-60 % over 3-8 min; an evaluation every 40-120 min of training, 1.5-5 min ("long" 12-30), every 2nd,
3rd or 4th followed by a checkpoint of 0.5-2 min ("long" 2-5), then 1-3 min at 85-95 % (augmentation caches refilled);
crashes (exponential, mean 10-40 h): down 2-5 min ("long" 8-20), a start-up of 3-7 ("long" 10-25) and a ramp; a
relaunch: stopped and queued 2-10 min ("long" 9-25), a start-up of 3-7 ("long" 10-25) and a ramp.

On the path (not checked): each node's reporter reports from its process's start every ``P`` s (10-30 per run, 4 %
jitter, 0-0.3 s of its own work); a crash loses the interval under way, a graceful stop reports it. A request fails
with probability 0.1-0.5 %, or 50-100 % inside failure episodes (0.3-1.5 a day, 1-10 min); 75 % of reporters retry
after 1, 3 and 9 s (four tries), the others never; a report whose tries all failed is lost (half the reporters) or its
count carried into the next report (the count since the last acknowledged one). A stored request whose response was
lost (0.1-0.6 %, 5 % in a failure episode) is tried again and, if that succeeds, written twice. A write is lost silently
(``writeDataPoint`` returns nothing) with probability 0.02-0.2 %. In 35 % of runs the index is shared with the plant's
camera telemetry and busy shifts (0.3-2 a day, 3-25 min) sample at write time: a row kept with probability ``1/k``
and ``_sample_interval`` ``k`` (2-5). A row is visible 2-10 s (median, lognormal sd 0.5-1) after its write, 20-150 s
more in ingest-lag episodes (0.1-0.6 a day, 3-20 min). The monitor bins by ``timestamp`` (60 %) or by the reporter's
``blob1`` time (40 %: node clocks off by sd 0.2-2 s, or in 20 % 5-50 s; in 30 % of runs unsynchronised, drifting 5-60
ppm and stepped back 0.5-3 times a day). Its query for minute ``m`` runs 20-90 s after the minute's end (plus 0-3 s),
fails with probability 0.3-2 %, or 70-100 % in SQL API episodes (0.3-2 a day, 2-25 min: rate limits and timeouts); a
failed minute is closed by the next successful query within 10-20 minutes (a catch-up window of 12 minutes or more is
sampled at read time: a row kept with probability 0.1, its weight times 10), else it is unread (0). A row counts where
it is visible when its minute's query runs (later: lost). The reads are linear in the images; the rows' fates are the
healthy run's.

A point is paused where its minute or a neighbour touches a pause, in a start-up ramp's first half, or where it or the
point before it reads nothing; a listed change is the first point after a relaunch's span that changed the stage.
Labelled regressions (a share ``a w`` of each tick's images lost, carried through the same reports and rows):
``drop`` (an augmentation worker pool OOM-killed and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks),
``straggler`` (one node's image reads from the plant's object store slowed in bursts: 1 for a mean of 20-200 ticks,
calm for a mean of 80-500 at 0.05-0.25), ``leak`` (the oversampler's defect index and decoded-crop cache growing into
swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %,
10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads of the lost images (linear), refused above 1; ``w``
is per 5-s tick.

Measured (``heldout199_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.100-0.306  20              2-30 (994, 0 >60)
long      31      10    10         11    0.083-0.282  20              2-70 (789, 7 >60)

Planned changes listed: short 10, long 15 (of 10 and 15 relaunches; none kept its stage); crashes 74 and 43. The path
over each set (counts): short: failed tries 4329, retries 2628, reports lost 1110, reports carried 591, rows doubled
725, writes lost silently 347, rows sampled out at write time 2953, minutes sampled at read time 228, rows visible too
late 1341, failed queries 1417, unread minutes 49, clock steps 190, node lives ended by a crash (an interval lost) 139,
rows in another minute than their report's 20461; long: 4847, 4030, 670, 147, 1205, 555, 1316, 125, 1999, 1641, 30,
145, 95, 7717. The reads' sum over the live points against the job's images: 0.993-1.004 per seed (short), 0.985-1.004
(long); the live points' minute-to-minute change (median ``|d log|`` per seed) 6.2-31 % (short), 3.9-30 % (long), its
99th percentile 36-76 % (short), 21-81 % (long): a minute holds the whole counts of two or three reports per node, so
with one node and ``P`` near 25 s the sums alternate (re-binning: the path's law, kept); the live median level
330-4,325 images/s (short), 353-7,206 (long). Before the first measure: none (the first measure was both full sets).
Changes of the laws after it: none. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: 2-45
points "short", 2-130 "long"); the test file takes 0.9 s on one core (pytest's time; 1.2 s wall with the start).

Size: one family's job, path and regressions, with the sources and counts its docstring owes, kept in one module as
the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 199
HELDOUT199_SEEDS = tuple(range(1992000, 1992012))
TICK, STEP = 5.0, 60.0  # the job's tick and the monitor's minute (s)
K = int(STEP // TICK)
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC
DAY = 86_400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (2, 45), "long": (2, 130)}  # pause span lengths (points) the tests allow
# pause lengths (s) per setting: start-up of a fresh job, evaluation on a held-out bakery's lines, checkpoint after
# an evaluation, a crashed job's time down, the start-up after a crash or relaunch, a relaunch's stop and queue
PAUSE = {"startup": {"short": (240, 720), "long": (1200, 3000)},
         "eval": {"short": (90, 300), "long": (720, 1800)},
         "ckpt": {"short": (30, 120), "long": (120, 300)},
         "crash": {"short": (120, 300), "long": (480, 1200)},
         "restart": {"short": (180, 420), "long": (600, 1500)},
         "relaunch": {"short": (120, 600), "long": (540, 1500)}}
CROPS = (384, 448, 512, 640)
BATCHES = (16, 24, 32, 48, 64)
BACKOFF = (1.0, 3.0, 9.0)  # the reporter's waits before its 2nd, 3rd and 4th try (s)
READ_SAMPLED_WINDOW = 12  # a query over this many minutes or more is sampled at read time (1 row in 10, weight 10)
PATH_KEYS = ("failed_attempts", "retries", "lost_reports", "carried_reports", "doubled", "silent_lost",
             "write_sampled_out", "read_sampled_minutes", "late_rows", "query_failures", "unread_minutes",
             "clock_steps", "crash_lost", "other_minute")


@dataclass
class Path:
    """The reporters' reports (``i0``, ``i1``: the ticks each counts; ``nn``: its job's node count) and the rows the
    monitor sums (``row_rep``: the report, ``row_min``: the point, ``row_w``: copies times ``_sample_interval``)."""

    i0: np.ndarray
    i1: np.ndarray
    nn: np.ndarray
    row_rep: np.ndarray
    row_min: np.ndarray
    row_w: np.ndarray
    P: float
    retry: bool
    carry: bool
    by_blob: bool
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    """A healthy run: images trained per tick ``J`` (all nodes), its pauses ``(t0, t1, kind)``, start-up ramps
    ``(t0, t1, from)``, process lives ``(t0, t1, crashed, nodes)`` and planned changes' times."""

    n: int
    nt: int
    J: np.ndarray
    pauses_t: list
    ramps: list
    lives: list
    known_t: list
    counts: dict
    cfg: dict
    path: Path | None = None
    dt: float = STEP


def _u(rng, lo_hi) -> float:
    return float(rng.uniform(*lo_hi))


def _level(cfg: dict, st: dict) -> float:
    """Images/s of stage ``st``: per node 8 GPUs (a crop's cost grows as its area, small batches dearer) against the
    CPU workers' decode, crop and augmentation (as the crop's side to the power 0.6); a step waits for the slower
    side; ``eff`` per doubling of nodes."""
    crop = st["crop"] / 512.0
    g = crop ** 2 * (1 + 8.0 / st["batch"]) / (8 * cfg["gpu"])
    c = crop ** 0.6 / (8 * cfg["gpu"] * cfg["cpu"])
    nn = st["nodes"]
    return float(nn * cfg["eff"] ** np.log2(nn) / hc.smax(g, c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage: another node count (1 in 3), crop size or batch shape, redrawn until the level moves
    15 % or more (1/3 to 3 times); None (the stage kept) after 60 draws."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 2 / 3:
            new["crop"] = int(rng.choice([x for x in CROPS if x != st["crop"]]))
        else:
            new["batch"] = int(rng.choice([x for x in BATCHES if x != st["batch"]]))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _timeline(rng, n: int, setting: str):
    """The job's pauses, training stretches (``(t0, t1, level)``), ramps, lives and planned changes."""
    T = n * STEP + 900.0
    cfg = {"gpu": hc.log_uniform(rng, 40, 500), "eff": rng.uniform(0.86, 0.96), "cpu": rng.uniform(1.05, 2.3)}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "crop": int(rng.choice(CROPS)),
          "batch": int(rng.choice(BATCHES))}
    rel = []
    for x in np.sort(rng.uniform(0.12, 0.9, int(rng.choice(4, p=[0.25, 0.35, 0.25, 0.15])))) * n * STEP:
        if not rel or x > rel[-1] + 5400:
            rel.append(float(x))
    ck_every = int(rng.choice([2, 3, 4]))
    crash_mean = rng.uniform(10, 40) * 3600
    pauses, ramps, lives, segs, known = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t, life0, lv = 0.0, 0.0, _level(cfg, st)

    def pause(kind, dur):
        nonlocal t
        pauses.append((t, t + dur, kind))
        t += dur

    def start(kind="startup"):
        pause("startup", _u(rng, PAUSE[kind][setting]))
        ramps.append((t, t + rng.uniform(180, 480), rng.uniform(0.3, 0.6)))

    start()
    next_eval, next_crash, ri = t + rng.uniform(2400, 7200), t + rng.exponential(crash_mean), 0
    while t < T:
        cand = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        tn = max(cand[which], t)
        if tn > t:
            segs.append((t, min(tn, T), lv))
        t = tn
        if t >= T:
            break
        if which == 0:
            counts["evals"] += 1
            pause("eval", _u(rng, PAUSE["eval"][setting]))
            if counts["evals"] % ck_every == 0:
                pause("ckpt", _u(rng, PAUSE["ckpt"][setting]))
            ramps.append((t, t + rng.uniform(60, 180), rng.uniform(0.85, 0.95)))  # augment caches refilled
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, True, st["nodes"]))
            pause("crash", _u(rng, PAUSE["crash"][setting]))
            life0 = t
            start("restart")
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            new = _next_stage(rng, cfg, st, lv)
            lives.append((life0, t, False, st["nodes"]))
            pause("relaunch", _u(rng, PAUSE["relaunch"][setting]))
            life0 = t
            if new is None:
                counts["kept_stage"] += 1
            else:
                st, lv = new, _level(cfg, new)
            start("restart")
            if new is not None:
                known.append(pauses[-1][1])
            ri += 1
        next_eval = t + rng.uniform(2400, 7200)
    lives.append((life0, T, False, st["nodes"]))
    return cfg, pauses, ramps, lives, segs, known, counts


def _schedule(rng, n: int, setting: str) -> Run:
    """The healthy run on the 5-s tick grid: level, ramps and the job's own jitter (line-day shards of a drawn
    sliced-bread share, a host cron job's contention, an AR(1) of Laplace steps and a slow OU)."""
    cfg, pauses, ramps, lives, segs, known, counts = _timeline(rng, n, setting)
    T = n * STEP + 900.0
    nt = int(T // TICK)
    tk = np.arange(nt) * TICK
    train, lvl = np.zeros(nt), np.zeros(nt)
    for a, b, lv in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tk[i0:i1] + TICK) - np.maximum(a, tk[i0:i1])
        train[i0:i1] += np.maximum(ov, 0) / TICK
        lvl[i0:i1] = lv
    mult = np.ones(nt)
    mid = tk + TICK / 2
    for a, b, f0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        x = np.clip((mid[i0:i1] - a) / (b - a), 0, 1)
        mult[i0:i1] *= f0 + (1 - f0) * x ** 0.7
    # line-day shards: images from one line and day at a time, sliced loaves dearer to crop and augment
    c_sl = rng.uniform(0.05, 0.25)
    edges = np.cumsum(rng.uniform(600, 4200, int(T / 600) + 2))
    share = rng.uniform(0.05, 0.8, len(edges) + 1)
    mult *= 1 / (1 + c_sl * share[np.searchsorted(edges, mid)])
    # a host cron job (image-archive sync) starving the CPU workers for 15-60 s every 10-30 min
    per, dur, deep = rng.uniform(600, 1800), rng.uniform(15, 60), rng.uniform(0.85, 0.95)
    mult *= np.where((mid + rng.uniform(0, per)) % per < dur, deep, 1.0)
    sd, tau = rng.uniform(0.015, 0.04), rng.uniform(10, 45)
    a = np.exp(-TICK / tau)
    e = rng.laplace(0, sd * np.sqrt(1 - a * a) / np.sqrt(2), nt)
    ar = np.fromiter(accumulate(e.tolist(), lambda p, v: a * p + v), float, nt)
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(2400, 14400)), K)[:nt]
    J = lvl * train * mult * np.exp(ar + ou) * TICK
    return Run(n=n, nt=nt, J=J, pauses_t=pauses, ramps=ramps, lives=lives, known_t=known, counts=counts, cfg=cfg)


def _episodes(rng, T: float, per_day: float, lo_hi) -> np.ndarray:
    """``(k, 2)`` windows: a Poisson number at ``per_day`` over ``T`` s, each ``lo_hi`` s long."""
    k = int(rng.poisson(per_day * T / DAY))
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(*lo_hi, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``win`` (``[a, b)``, sorted by start)."""
    if not len(win):
        return np.zeros(x.shape, bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _clock(rng, T: float, unsynced: bool):
    """A node's clock offset (s) as a function of true time: a fixed offset and drift; an unsynchronised node
    drifts 5-60 ppm and is stepped back near true 0.5-3 times a day. Returns the function and the step count."""
    off0 = rng.normal(0, rng.uniform(0.2, 2.0)) if rng.random() < 0.8 else rng.choice([-1, 1]) * rng.uniform(5, 50)
    if not unsynced:
        drift = rng.normal(0, 2e-6)
        return (lambda t: off0 + drift * t), 0
    drift = rng.choice([-1, 1]) * rng.uniform(5e-6, 6e-5)
    steps = np.sort(rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 3) * T / DAY))))
    after = rng.normal(0, 0.3, len(steps))

    def off(t):
        j = np.searchsorted(steps, t, side="right") - 1
        base = np.where(j >= 0, after[np.maximum(j, 0)] if len(steps) else 0.0, off0)
        since = t - np.where(j >= 0, steps[np.maximum(j, 0)] if len(steps) else 0.0, 0.0)
        return base + drift * since

    return off, len(steps)


def _path(rng, run: Run) -> Path:
    """Each node's reporter, the Worker's requests and writes, Analytics Engine's sampling and visibility, and the
    monitor's once-a-minute SQL queries (the laws in the module's docstring)."""
    n, T = run.n, run.nt * TICK
    P = rng.uniform(10, 30)
    retry, carry, by_blob = rng.random() < 0.75, rng.random() < 0.5, rng.random() < 0.4
    fail_eps = _episodes(rng, T, rng.uniform(0.3, 1.5), (60, 600))
    p_bg, p_ep = rng.uniform(0.001, 0.005), rng.uniform(0.5, 1.0)
    p_dup, p_silent = rng.uniform(0.001, 0.006), rng.uniform(0.0002, 0.002)
    shared = rng.random() < 0.35  # the index shared with the plant's camera telemetry: busy shifts sampled
    samp_eps = _episodes(rng, T, rng.uniform(0.3, 2.0) if shared else 0.0, (180, 1500))
    samp_k = rng.choice([2, 3, 4, 5], len(samp_eps))
    lag_eps = _episodes(rng, T, rng.uniform(0.1, 0.6), (180, 1200))
    d_med, d_sig = rng.uniform(2, 10), rng.uniform(0.5, 1.0)
    L, q_fail, W = rng.uniform(20, 90), rng.uniform(0.003, 0.02), int(rng.integers(10, 21))
    sql_eps = _episodes(rng, T, rng.uniform(0.3, 2.0), (120, 1500))
    p_sql = rng.uniform(0.7, 1.0)
    unsynced = rng.random() < 0.3
    clocks = [_clock(rng, T, unsynced) for _ in range(4)]
    c = dict.fromkeys(PATH_KEYS, 0)
    c["clock_steps"] = sum(k for _, k in clocks)
    reps, rows = [], []  # per (life, node): (i0, i1, nn); rows: (rep, write time, blob time)
    base = 0
    nat = len(BACKOFF) + 1 if retry else 1
    for t0, t1, crashed, nn in run.lives:
        for node in range(nn):
            m = int((t1 - t0) / (0.95 * P)) + 2
            tr = t0 + np.cumsum(P * (1 + rng.uniform(-0.04, 0.04, m)) + rng.uniform(0, 0.3, m))
            tr = tr[tr < t1]
            if crashed:
                c["crash_lost"] += 1
            else:
                tr = np.append(tr, t1)  # a graceful stop reports the interval under way
            R = len(tr)
            offs = np.concatenate([[0.0], np.cumsum(BACKOFF)])[:nat] * rng.uniform(0.8, 1.2, (R, 1))
            ta = tr[:, None] + offs + rng.uniform(0.02, 0.4, (R, nat))
            pf = np.where(_inside(ta, fail_eps), p_ep, p_bg)
            fail = rng.random((R, nat)) < pf
            ok = ~fail.all(axis=1)
            js = np.argmax(~fail, axis=1)
            made = np.where(ok, js + 1, nat)
            c["failed_attempts"] += int(fail[np.arange(nat)[None, :] < made[:, None]].sum())
            c["retries"] += int((made - 1).sum())
            lost_ack = ok & (rng.random(R) < np.where(_inside(ta[:, 0], fail_eps), 0.05, p_dup))
            j2 = np.minimum(js + 1, nat - 1)
            dup = lost_ack & (js + 1 < nat) & ~fail[np.arange(R), j2]
            c["doubled"] += int(dup.sum())
            idx = np.arange(R)
            if carry:  # the count since the last acknowledged report
                last_ok = np.maximum.accumulate(np.where(ok, idx, -1))
                prev = np.concatenate([[-1], last_ok[:-1]])
                c["carried_reports"] += int((~ok).sum())
            else:
                prev = idx - 1
                c["lost_reports"] += int((~ok).sum())
            start = np.where(prev >= 0, tr[np.maximum(prev, 0)], t0)
            reps.append(np.column_stack([np.floor(start / TICK), np.floor(tr / TICK), np.full(R, nn)]))
            off = clocks[node][0]
            blob = tr + off(tr)
            for sel, j in ((ok, js), (dup, j2)):
                r = idx[sel]
                rows.append(np.column_stack([base + r, ta[r, j[sel]], blob[r], tr[r]]))
            base += R
    rep = np.concatenate(reps)
    rows = np.concatenate(rows)
    i0 = np.clip(rep[:, 0], 0, run.nt).astype(int)
    i1 = np.clip(rep[:, 1], 0, run.nt).astype(int)
    rr, wt, bt, tc = rows[:, 0].astype(int), rows[:, 1], rows[:, 2], rows[:, 3]
    keep = rng.random(len(rr)) >= p_silent  # writeDataPoint returns nothing: a write lost silently
    c["silent_lost"] = int((~keep).sum())
    w = np.ones(len(rr))
    j = np.searchsorted(samp_eps[:, 0], wt, side="right") - 1 if len(samp_eps) else np.full(len(rr), -1)
    ins = _inside(wt, samp_eps)
    k = np.where(ins, samp_k[np.maximum(j, 0)] if len(samp_eps) else 1, 1)
    kept = rng.random(len(rr)) < 1.0 / k
    c["write_sampled_out"] = int((ins & ~kept).sum())
    w = np.where(kept, k, 0.0) * keep
    vis = wt + d_med * np.exp(rng.normal(0, d_sig, len(rr))) + np.where(_inside(wt, lag_eps), rng.uniform(
        20, 150, len(rr)), 0.0)
    mins = np.floor((bt if by_blob else wt) / STEP).astype(int)
    c["other_minute"] = int((mins != np.floor(tc / STEP)).sum())
    # the monitor: query j (at the end of minute j plus L) closes minute j and any open one within W minutes
    nq = n + W + 2
    Q = STEP * (np.arange(nq) + 1) + L + rng.uniform(0, 3, nq)
    qok = rng.random(nq) >= np.where(_inside(Q, sql_eps), p_sql, q_fail)
    c["query_failures"] = int((~qok[:n]).sum())
    nxt = np.where(qok, np.arange(nq), nq)[::-1]
    nxt = np.minimum.accumulate(nxt)[::-1]
    prev_ok = np.maximum.accumulate(np.where(qok, np.arange(nq), -1))
    jc = nxt[:n]
    read = (jc < nq) & (jc - np.arange(n) < W)
    c["unread_minutes"] = int((~read).sum())
    prev_of = np.concatenate([[-1], prev_ok[:-1]])
    window = np.where(read, jc - prev_of[np.minimum(jc, nq - 1)], 0)
    rs = read & (window >= READ_SAMPLED_WINDOW)
    c["read_sampled_minutes"] = int(rs.sum())
    Qc = np.where(read, Q[np.minimum(jc, nq - 1)], -np.inf)
    inn = (mins >= 0) & (mins < n) & (w > 0)
    mi = np.clip(mins, 0, n - 1)
    on_time = vis <= Qc[mi]
    c["late_rows"] = int((inn & read[mi] & ~on_time).sum())
    rkeep = rng.random(len(rr)) < 0.1
    w = np.where(rs[mi], np.where(rkeep, 10 * w, 0.0), w)
    sel = inn & read[mi] & on_time & (w > 0)
    return Path(i0=i0, i1=i1, nn=rep[:, 2], row_rep=rr[sel], row_min=mins[sel], row_w=w[sel], P=P, retry=retry,
                carry=carry, by_blob=by_blob, counts=c)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) of ticks' images ``J``: linear in ``J``."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    p = run.path
    cnt = (C[p.i1] - C[p.i0]) / p.nn
    return np.bincount(p.row_min, weights=p.row_w * cnt[p.row_rep], minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray) -> list[tuple[int, int]]:
    """The paused points: a minute touching a pause or next to one, a start-up ramp's first half, a point that
    reads nothing and the point after it; merged where they touch."""
    n = run.n
    marks = [(int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1) for a, b, _ in run.pauses_t]
    marks += [(int(a // STEP), int(np.ceil((a + b) / 2 / STEP))) for a, b, f0 in run.ramps if f0 < 0.8]
    marks += [(int(i), int(i) + 2) for i in np.nonzero(h <= 0)[0]]
    spans = []
    for s, e in sorted(marks):
        s, e = max(s, 0), min(e, n)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":  # an augmentation worker pool OOM-killed and not respawned
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":  # the oversampler's defect index and decoded-crop cache growing into swap
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    # straggler: one node's image reads from the plant's object store slowed in bursts
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(80, 500))
    bad = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
    return np.where(bad, 1.0, rng.uniform(0.05, 0.25))


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else int(stop * STEP // TICK)
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                            rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m1[c0:stop][lv].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        v = healthy - target * hs / ms * m1
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= ch < end for ch in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.35)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, (healthy - v)[on:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout199(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout199_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT199_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout199, seeds, n, pauses)
