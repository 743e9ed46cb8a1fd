r"""The hundred-and-seventy-eighth held-out throughput family: an optical music recognition (OMR) model's training
page crops/s (an end-to-end image-to-sequence transformer reading scanned and photographed sheet music, printed scores
from public-domain libraries and pages engraved from MusicXML / MEI, into notation tokens; PDFs and images rasterised,
deskewed, cut into staff-system crops and augmented with scanner noise, warping and blur on CPU workers, some workers
engraving synthetic pages on the fly; a symbol-error-rate evaluation on held-out real scans now and then), read
through Hasura GraphQL Engine over PostgreSQL: each node's reporter inserts a row (its clock's time, its crops since
its last row) every 10-30 s with a GraphQL mutation, Postgres stamps ``created_at`` with ``now()``, and a monitor
keeps a streaming subscription open (a cursor on ``id`` or ``created_at``, a batch size) and sums the crops per minute
of the rows' ``created_at`` or of their own time.

(No generator's head names Hasura, GraphQL, Postgres, a websocket, a subscription, a cursor, ``created_at``,
``now()``, optical music, sheet music, MusicXML, OMR or an engraver: ``grep -ic`` of each on the first 3 lines of
every generator, saved to ``/tmp/s64/heads178.txt``, gives 0. Nearby jobs exist (154 handwritten formulas to LaTeX,
159 table structure on scanned pages, 161 licence-plate text): an image-to-sequence reader is not new, sheet music
is. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project (all with ``cat``, ``sed -n``, ``head``, ``grep`` or ``wc`` in ``/work/wt/heldout178``):
``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 (``sed -n 1,110p``), a ``grep -n "^def
make_heldout150\|^def heldout150_set"`` (lines 541 and 548), then lines 541-550 (``sed -n '541,$p'``, the file's end);
``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: one ``cat`` cut in its middle by the
tool's output limit, lines 300-537 printed again, a ``wc -l`` of it and of ``tests/trace_checks.py``, and a ``grep
-n`` for ``SETTINGS``, ``def rollup_spans`` and ``def change_points`` in it); ``tests/trace_checks.py`` (all: lines
1-200 printed again after the same cut); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines
1-110; the first 3 lines of every generator (the brief's loop; its print cut in the middle, the heads of
``heldout13*.py``-``heldout17*.py`` printed again), saved to ``/tmp/s64/heads178.txt`` and searched there with ``grep
-ic`` and ``grep -io`` (no match printed). Slips: a ``sed -n 110,140p anomaly/heldout150.py | head -0`` (it printed
nothing); none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Hasura's "Postgres: Streaming Subscriptions" page
(https://hasura.io/docs/latest/subscriptions/postgres/streaming/index/: the server keeps a cursor per subscription and
moves it after each batch; the cursor should be unique and sortable "so that each row is sent exactly once"; the
refetch interval and multiplexed batch size are set by ``HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_*``; on a
non-unique column Postgres answers ``FETCH FIRST n WITH TIES``, so a batch may be larger than asked); the engine's
notes "streaming subscription polling" and "lifecycle of a streaming subscription poller"
(https://hasura.github.io/graphql-engine/server/notes/: a cohort's cursor is updated after each poll from the rows it
returned); "Postgres: GraphQL Subscriptions" and "Subscriptions Execution" (live queries refetched every 1 s by
default, multiplexed 100 to a query); graphql-engine issues #8632 (concurrent transactions: ``now()`` is the
transaction's start, a row committed after a later-stamped one has moved the cursor is never streamed; the same with
``clock_timestamp`` and a serial), #9528 (rows missed with a small ``batch_size``), #8553 (an initial value of
``now``), #10860 (websocket send-queue eviction drops streamed rows; "a client resumes from the latest cursor value it
has already received"), #5099 (subscriptions idle after Postgres restarts, no error), #3539 (keep-alives every 5 s),
#2491 (``HASURA_GRAPHQL_PG_CONNECTIONS`` 50 per stripe), #6326 (``HASURA_GRAPHQL_PG_POOL_TIMEOUT``: "acquiring
connection from pool timed out"), #7884 (subscription refetch 1 s; no per-function ``statement_timeout``), #7829
(503s while a database instance is in maintenance), #10595 (``postgres-error`` "connection error" logs), #2830 (a
startup log: ``refetch_delay`` 1000, ``batch_size`` 100); graphql-ws issue #85 (subscriptions not all re-sent after
a reconnect), apollo-client #1639 and react-apollo #371 (``reconnect: true`` in subscriptions-transport-ws; no
catch-up of what was missed); the graphql-ws-client crate's keep-alive source (a connection dropped after 3 missed
pings). Not read (from memory, unchecked): that ``now()`` in a column default is the insert transaction's start and
``nextval`` is drawn at the insert, not at commit; what HTTP status Hasura answers on each failure; whether a
subscription re-sent by a client library carries the client's last cursor (here that depends on the monitor: a
cursor on ``id`` always resumes from its last id, a cursor on ``created_at`` resumes in 55 % of runs and restarts
from the monitor's clock's now in the others). Nothing read on OMR training (no paper, no code): the job's figures
are assumed.

Assumed without checking (the job): 1-4 nodes (30/30/15/25 %, 0.86-0.97 per added node) training 60-3,000 crops/s
each (log-uniform) on their GPUs, their CPU workers (rasterising, deskewing, cutting, augmenting, engraving) able to
feed 1.1-2.5 times that; a step waits for the slower side (a soft maximum of the costs). Data come in shards of one
source (scans of one library, or one batch of engraved pages) lasting 5-40 min of training (log-uniform), each with a
factor (sd 3-10 %), a quarter dense scores (orchestral, piano: long token sequences, 5-12 % dearer), and opening one
stalls 3-25 s at 20-60 % of the rate; per 5-s tick an AR(1) of the log (sd 2-6 %, correlation 10-40 s) and a slow
OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a longer token budget (at most
twice: 1.3-1.8 times dearer on the GPUs), larger crops (once: 1.2-1.5 on both sides), more engraved pages (at most
twice: 1.2-1.6 on the CPUs) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times).
Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min (worker pools, font and glyph caches
warming); an evaluation every 30-90 min of training (spread sd 0.15-0.35 in log), 2-6 min ("long" 10-25), every 3rd
to 5th a beam search 1.8-2.8 times longer, every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min);
crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a
relaunch: stopped 1-3 min ("long" 5-12) and queued 1-5, then a start-up and its ramp.

On the path (assumed from the reading, figures not checked): each process's reporter (one per node) sleeps ``P`` s
between rows, ``P`` 10, 15, 20 or 30 s (70 % of runs) or anything in 10-30, plus the last request's time (median
0.02-0.3 s, so a row's phase in the minute drifts); a row holds the node's crops since the previous row (a node
trains its share of the job's crops); a crash loses the interval under way, a graceful stop sends it. A mutation is
refused while the engine restarts (0.2-1.5 a day, down 5-60 s) or Postgres fails over (0.05-0.4 a day, 15-120 s),
and with probability 0.2-0.8 inside pool-saturation episodes (0.5-4 a day, 1-12 min; the try fails after the pool
timeout, 1-5 s; a try that gets in has waited up to it); the reporter tries again 2, 4 and 8 s later and after its
fourth try either drops the row's crops or (55 % of runs) carries them into its next row. ``created_at`` is when the
transaction began (the database's clock: off by sd 0.01-0.5 s); it commits 15 ms later (log-normal), or inside slow
episodes (checkpoints, autovacuum, I/O: 1-6 a day, 1-10 min) after a median 0.3-3 s. 0.2-1 % of stored rows time
out at the client and are sent again (11-13 s later: a second row, unless (40 % of runs) a unique ``(node, ts)`` and
``on_conflict`` refuse it). The subscription polls every ``R`` s (1 s in 70 % of runs, else 0.5-2) and returns at most
``B`` rows a poll (1-100, log-uniform; a backlog drains ``B`` a poll); a row first visible to a poll after a row past
it in the cursor has been sent is skipped for good (a cursor on ``id`` drawn at the insert, or on ``created_at``).
The websocket breaks at network blips (2-10 a day, 1-30 s, noticed 5-20 s later through the keep-alives) and at
engine restarts (reconnect 1-10 s after); in half the runs a Postgres failover leaves the stream open and silent until
the monitor's watchdog (60-300 s without data) reconnects. On a reconnect the rows waiting are sent at once (cursor
resumed) or, with a ``created_at`` cursor restarted from the monitor's now, every waiting row stamped before it is
lost. The node clocks are off by sd 0.05-1 s; in 30 % of runs they drift (sd 30 ppm) and are stepped back 0.5-3
times a day. The monitor bins rows by ``created_at`` (60 % of runs) or by the row's own time, and closes minute
``m`` 5-60 s after its end: a row arriving later is lost. A point is the minute's crops over 60 s (0: none read).
The reads are linear in the crops; the rows' fates are the healthy run's. Read but not modelled: the send
queue's eviction (#10860), live queries, several engine replicas behind a balancer (one engine here), statement
timeouts (a one-row insert never meets one), a transaction begun before a failover and aborted by it.

A point is paused where its minute touches a pause, its start-up ramp's first half, or the ``P + 20`` s after either
(rows sent then still hold paused time), or where it reads nothing; a listed change is the first point after a
relaunch's span that changed the stage. Labelled regressions (a share ``a w`` of each tick's crops lost, carried
through the same rows and reads): ``drop`` (an engraving / rasterising worker pool lost: ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's reads of the scan store slowed in bursts: 1 for a mean of
30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the engraver's glyph and font cache growing into
swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %,
10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost crops (linear), refused above 1; ``w``
is per 5-s tick.

Measured (``heldout178_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     28      10    9          9     0.079-0.310  18              1-27 (1325, 0 >60)
long      32      11    11         10    0.083-0.295  24              1-86 (887, 27 >60)

Planned changes listed: short 21, long 16 (of 21 and 16 relaunches; none kept its stage); crashes 44 and 35. The path
over each set (counts): short: rows stored 483,644, tries refused while the engine was down 367, while Postgres was
down 265, pool timeouts 4,550, retries 4,584, rows dropped after four tries 501, carried into the next row 97, rows
sent twice 2,901 (1,540 refused by the constraint), engine restarts 37, failovers 11, websocket blips 342, streams
left idle 3, rows the cursor skipped 320, rows behind a restarted cursor 626, rows after their minute closed 37, rows
in another minute than their interval's end 3,236, minutes reading nothing 5,916 (all paused), clock steps 37,
intervals lost in a crash 113, rows a batch limit delayed 55; long: 623,602, 705, 272, 9,075, 8,864, 440, 748, 3,831
(1,953), 45, 10, 283, 4, 625, 208, 21, 4,174, 21,452, 84, 91, 49. The reads' sum over the live points against the
job's crops: 0.994-1.011 per seed (short), 0.993-1.009 (long); the live points' minute-to-minute change (median ``|d
log|`` per seed) 1.7-40 % (short), 2.4-28 % (long), its 99th percentile 34-71 % (short), 36-66 % (long); the live
median level 187-4,717 crops/s (short), 109-4,924 (long). The median change is large where a period does not divide
the minute (11-40 % in 8 of the 24 runs; one node at ``P`` 24-26 s sums 2 or 3 rows a minute: 35-40 %); with 10,
15, 20 or 30 s it is 1.7-6 %, and the drifting phase moves a row across a minute's edge now and then (a low minute,
then a high one). Before the first measure: none (the first measure was 4 seeds of each setting at 6,000 points, healthy
runs only). Changes of the laws after it: one, made as one edit of three parts: the period was any ``P`` in 10-30 s
on a fixed grid (the per-minute sums swung by a row's share every minute in most runs: median change 10-35 %), and
is now 10, 15, 20 or 30 s in 70 % of runs with a sleep loop's drift; the batch size was 5-100 (no backlog was ever
held back) and is now 1-100 log-uniform. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at
most 45 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT178_SEEDS = tuple(range(1782000, 1782012))
CODE = 178
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point is one minute
K = int(STEP // TICK)
DAY = 86400.0
EPOCH = 60.0 * 29_840_000  # the first minute's start (unix s, a whole minute)
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (1, 45), "long": (1, 100)}
PATH_KEYS = ("refused_engine", "refused_pg", "pool_timeouts", "retries", "rows_dropped", "rows_carried",
             "stored_twice", "twice_refused", "engine_restarts", "pg_failovers", "blips", "idle_streams",
             "skipped_cursor", "skipped_reconnect", "late_rows", "other_minute", "unread_minutes", "clock_steps",
             "lost_in_crash", "batch_delayed")
# the pause lengths (minutes): (short lo, hi), (long lo, hi)
_STARTUP = ((3, 10), (25, 60))
_RESTART_UP = ((2, 6), (8, 20))
_EVAL = ((2, 6), (10, 25))
_CKPT = ((0.25, 1.0), (1.0, 4.0))
_DOWN = ((1, 4), (6, 18))
_STOP = ((1, 3), (5, 12))


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Crops/s of a stage: the GPUs' rate and the CPU workers' rate, a step waiting for the slower (soft max)."""
    nodes = st["nodes"]
    gpu = cfg["gpu"] * nodes * cfg["eff"] ** (nodes - 1) / (cfg["seq_c"] ** st["seq"] * cfg["res_c"] ** st["res"])
    cpu = cfg["cpu"] * nodes / (cfg["synth_c"] ** st["synth"] * cfg["res_c"] ** st["res"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: a longer token budget, larger crops, more synthetic pages or another node count,
    redrawn until the level moves 15 % (at most 3 times either way)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 3, 4) if x != st["nodes"]]))
        elif r < 0.45 and st["seq"] < 2:
            new["seq"] += 1
        elif r < 0.7 and st["res"] < 1:
            new["res"] += 1
        elif st["synth"] < 2:
            new["synth"] += 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, n: int, pauses: str) -> SimpleNamespace:
    """The job's timeline: its lives (process runs), pauses, stages and crops per 5-s tick."""
    s = hc.SETTINGS[pauses]
    T = n * STEP
    nt = n * K
    nodes = int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.15, 0.25]))
    cfg = {"gpu": hc.log_uniform(rng, 60, 3000), "eff": rng.uniform(0.86, 0.97), "seq_c": rng.uniform(1.3, 1.8),
           "res_c": rng.uniform(1.2, 1.5), "synth_c": rng.uniform(1.2, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": nodes, "seq": 0, "res": 0, "synth": 0}
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    rel_t = [x for i, x in enumerate(rel_t) if i == 0 or x - rel_t[i - 1] > 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    eval_every = (rng.uniform(30, 90) * 60, rng.uniform(0.15, 0.35))  # mean training time between, its spread
    ck_every = int(rng.integers(2, 4))
    beam_every = int(rng.integers(3, 6))
    pauses_t, lives, ramps, known_t, known_kind, restarts = [], [], [], [], [], []
    stages = [(0.0, dict(st))]
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    t = 0.0
    life0 = 0.0
    up = _u(rng, _STARTUP[s]) * 60
    pauses_t.append((0.0, up, "startup"))
    t = up
    ramps.append((t, rng.uniform(0.4, 0.75), rng.uniform(2, 6) * 60))
    next_crash = t + rng.exponential(crash_mean)
    next_eval = t + eval_every[0] * np.exp(rng.normal(0, eval_every[1]))
    n_eval, ri = 0, 0
    while t < T:
        cand = [next_eval, next_crash, rel_t[ri] if ri < len(rel_t) else np.inf, T]
        which = int(np.argmin(cand))
        t = max(cand[which], t + 60)
        if which == 3 or t >= T:
            break
        if which == 0:  # an evaluation on the held-out real scans (greedy, every few a beam search), a checkpoint
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, _EVAL[s]) * 60 * (rng.uniform(1.8, 2.8) if n_eval % beam_every == 0 else 1.0)
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                c = _u(rng, _CKPT[s]) * 60
                pauses_t.append((t, t + c, "ckpt"))
                t += c
            next_eval = t + eval_every[0] * np.exp(rng.normal(0, eval_every[1]))
            continue
        if which == 1:  # a crash: the process dies, the scheduler restarts it
            counts["crashes"] += 1
            lives.append((life0, t, False))
            d = _u(rng, _DOWN[s]) * 60
            pauses_t.append((t, t + d, "crash"))
            restarts.append((t, t + d, True))
            t += d
            life0 = t
            up = _u(rng, _RESTART_UP[s]) * 60
            pauses_t.append((t, t + up, "startup"))
            t += up
            next_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch onto a new stage
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True))
            d = (_u(rng, _STOP[s]) + rng.uniform(1, 5)) * 60
            pauses_t.append((t, t + d, "relaunch"))
            restarts.append((t, t + d, False))
            t += d
            life0 = t
            up = _u(rng, _RESTART_UP[s]) * 60
            pauses_t.append((t, t + up, "startup"))
            t += up
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known_t.append(t)
                known_kind.append("stage")
            st = new
            stages.append((t, dict(st)))
        ramps.append((t, rng.uniform(0.4, 0.75), rng.uniform(2, 6) * 60))
        next_eval = max(next_eval, t + 600)
    lives.append((life0, max(T, t) + 600, True))
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, ramps=ramps,
                          known_t=known_t, known_kind=known_kind, restarts=restarts, stages=stages, counts=counts)
    run.J = _crops(rng, run)
    run.path = _path(rng, run)
    return run


def _crops(rng, run) -> np.ndarray:
    """Crops trained per 5-s tick: the stage's level, shards of scans or rendered pages, their opening stalls, the
    ramps after a start-up, an AR(1) jitter and a slow drift; nothing while paused."""
    nt = run.nt
    tt = (np.arange(nt) + 0.5) * TICK
    train = np.ones(nt)
    for a, b, _ in run.pauses_t:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        edges = np.arange(i0, i1 + 1) * TICK
        ov = np.clip(np.minimum(edges[1:], b) - np.maximum(edges[:-1], a), 0, TICK)
        train[i0:i1] -= ov / TICK
    train = np.clip(train, 0, 1)
    starts = np.array([x[0] for x in run.stages])
    levels = np.array([_level(run.cfg, x[1]) for x in run.stages])
    lv = levels[np.searchsorted(starts, tt, side="right") - 1]
    ramp = np.ones(nt)
    for r0, f0, rd in run.ramps:
        i0, i1 = int(r0 // TICK), min(nt, int(np.ceil((r0 + rd) / TICK)))
        if i0 < nt:
            ramp[i0:i1] *= f0 + (1 - f0) * np.clip((tt[i0:i1] - r0) / rd, 0, 1)
    # shards: a run of pages from one source, 5-40 min of training each
    shard = np.ones(nt)
    sd = rng.uniform(0.03, 0.1)
    i = 0
    while i < nt:
        L = max(2, int(hc.log_uniform(rng, 300, 2400) / TICK))
        f = np.exp(rng.normal(0, sd)) / (rng.uniform(1.05, 1.12) if rng.random() < 0.25 else 1.0)
        shard[i:i + L] = f
        stall = int(rng.uniform(3, 25) / TICK) + 1
        shard[i:i + stall] *= rng.uniform(0.2, 0.6)
        i += L
    # per-tick AR(1) of the log and a slow OU
    sig, tau = rng.uniform(0.02, 0.06), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sig * np.sqrt(1 - a * a), nt)
    from scipy.signal import lfilter

    ar = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, run.T + 600, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    return lv * ramp * shard * np.exp(ar + slow) * train * TICK


# ---------------------------------------------------------------- the path


def _windows(rng, T: float, per_day: tuple, dur: tuple) -> np.ndarray:
    """Episodes ``[t0, t1)`` as a Poisson process (``per_day`` drawn per run) of ``dur`` (s) long each."""
    rate = rng.uniform(*per_day) / DAY
    k = rng.poisson(rate * T)
    t0 = np.sort(rng.uniform(0, T, k))
    return np.column_stack([t0, t0 + rng.uniform(*dur, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the sorted, disjoint-or-not windows ``win``."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    w = win[np.argsort(win[:, 0])]
    i = np.searchsorted(w[:, 0], x, side="right") - 1
    reach = np.maximum.accumulate(w[:, 1])
    return (i >= 0) & (x < reach[np.maximum(i, 0)])


def _window_end(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """For each of ``x``, the end of the window it lies in (``x`` itself where none)."""
    out = x.copy()
    for a, b in win:
        m = (x >= a) & (x < b)
        out[m] = np.maximum(out[m], b)
    return out


def _cursor_seen(v: np.ndarray, vis: np.ndarray) -> np.ndarray:
    """Which rows (cursor values ``v``, first visible to a poll at ``vis``) the stream sends: a row is skipped
    when a row past it in the cursor came out in an earlier poll (the cursor moved past it before it committed)."""
    order = np.argsort(v, kind="stable")
    vo = vis[order]
    later_min = np.minimum.accumulate(vo[::-1])[::-1]
    nxt = np.concatenate([later_min[1:], [np.inf]])
    seen = np.zeros(len(v), bool)
    seen[order] = vo <= nxt
    return seen


def _path(rng, run) -> SimpleNamespace:
    """The rows' fates: each node's reporter inserts a row (its clock's time, its crops since its last row) every
    ``P`` s through Hasura into Postgres; a monitor streams the table with a cursor and sums per minute."""
    T = run.T + 600
    p = SimpleNamespace()
    p.P = float(rng.choice([10, 15, 20, 30])) if rng.random() < 0.7 else rng.uniform(10, 30)
    p.work = rng.uniform(0.02, 0.3)  # a request's time (median)
    p.cursor = "id" if rng.random() < 0.5 else "created_at"
    p.key = "created_at" if rng.random() < 0.6 else "own"
    p.resume = "cursor" if p.cursor == "id" or rng.random() < 0.55 else "now"
    p.unique = rng.random() < 0.4  # a unique (node, ts) constraint and on_conflict: do nothing
    p.carry = rng.random() < 0.55  # the reporter keeps unacknowledged crops for its next row
    p.R = 1.0 if rng.random() < 0.7 else rng.uniform(0.5, 2.0)
    p.B = int(round(hc.log_uniform(rng, 1, 100)))
    p.close = rng.uniform(5, 60)
    p.idle = rng.random() < 0.5  # the stream stays open but silent after a Postgres failover (until a watchdog)
    p.watchdog = rng.uniform(60, 300)
    p.pool_timeout = rng.uniform(1, 5)
    p.dup_p = rng.uniform(0.002, 0.01)
    counts = dict.fromkeys(PATH_KEYS, 0)
    engine = _windows(rng, T, (0.2, 1.5), (5, 60))
    pg = _windows(rng, T, (0.05, 0.4), (15, 120))
    pool = _windows(rng, T, (0.5, 4), (60, 720))
    pool_q = rng.uniform(0.2, 0.8)
    slow = _windows(rng, T, (1, 6), (60, 600))
    slow_med = rng.uniform(0.3, 3.0)
    blips = _windows(rng, T, (2, 10), (1, 30))
    counts["engine_restarts"], counts["pg_failovers"], counts["blips"] = len(engine), len(pg), len(blips)
    nodes = run.stages[0][1]["nodes"]
    stage_t = np.array([x[0] for x in run.stages])
    stage_n = np.array([x[1]["nodes"] for x in run.stages])
    # node clocks: small offsets, or (30 % of runs) unsynchronised: a drift stepped back now and then
    unsync = rng.random() < 0.3
    rows = []  # per row: node, interval start, end (true s), own time, created_at (true), commit (true)
    for li, (l0, l1, graceful) in enumerate(run.lives):
        n_here = int(stage_n[np.searchsorted(stage_t, min(l1, run.T) - 1e-6, side="right") - 1])
        limit = l1 + 30.0 if graceful else l1  # a graceful stop waits for its last row
        for node in range(n_here):
            off = rng.normal(0, rng.uniform(0.05, 1.0))
            drift = rng.normal(0, 3e-5) if unsync else 0.0
            # a sleep loop: the period is P plus the last request's time, so the rows' phase in the minute drifts
            k = int((min(l1, T) - l0) / p.P) + 2
            sends = l0 + rng.uniform(3, 3 + p.P) + np.cumsum(p.P + np.exp(rng.normal(np.log(p.work), 0.5, k)))
            sends = sends[sends < min(l1, T)]
            if graceful and l1 < T:
                sends = np.append(sends, l1)
            elif not graceful:
                counts["lost_in_crash"] += 1
            m = len(sends)
            if m == 0:
                continue
            # tries: refused while the engine or Postgres is down, pool timeouts; 2, 4, 8 s apart
            ok = np.zeros(m, bool)
            at = sends.copy()
            done = np.zeros(m)
            for k in range(4):
                eng, pgd = _inside(at, engine), _inside(at, pg)
                pl = _inside(at, pool) & (rng.random(m) < pool_q)
                bad = (eng | pgd | pl | (at >= limit)) & ~ok
                live = ~ok & (done == 0)
                counts["refused_engine"] += int((eng & live).sum())
                counts["refused_pg"] += int((pgd & ~eng & live).sum())
                counts["pool_timeouts"] += int((pl & ~eng & ~pgd & live).sum())
                newly = live & ~bad
                ok |= newly
                done[newly] = at[newly]
                if k < 3:
                    counts["retries"] += int((live & bad).sum())
                    at = np.where(live & bad, at + 2.0 ** (k + 1) + np.where(pl, p.pool_timeout, 0.0), at)
            if p.carry:
                last_ok = np.maximum.accumulate(np.where(ok, np.arange(m), -1))
                prev = np.concatenate([[-1], last_ok[:-1]])
                start = np.where(prev >= 0, sends[np.maximum(prev, 0)], l0)
                counts["rows_carried"] += int((~ok).sum())
            else:
                start = np.concatenate([[l0], sends[:-1]])
                counts["rows_dropped"] += int((~ok).sum())
            wait = np.where(_inside(done, pool), rng.uniform(0, p.pool_timeout, m), 0.0)
            began = done + wait + rng.uniform(0.005, 0.05, m)
            lat = np.exp(rng.normal(np.log(0.015), 0.5, m))
            sl = _inside(began, slow)
            lat[sl] = np.exp(rng.normal(np.log(slow_med), 0.8, int(sl.sum())))
            own = sends + off
            if unsync:  # drifting, stepped back to a small offset 0.5-3 times a day
                steps = np.sort(rng.uniform(l0, l1, rng.poisson(rng.uniform(0.5, 3) * (min(l1, T) - l0) / DAY)))
                counts["clock_steps"] += len(steps)
                base = np.concatenate([[l0], steps])[np.searchsorted(steps, sends, side="right")]
                own = own + drift * (sends - base)
            sel = np.nonzero(ok)[0]
            rows.append(np.column_stack([np.full(len(sel), node + 10 * li), start[sel], sends[sel], own[sel],
                                         began[sel], began[sel] + lat[sel], np.full(len(sel), n_here)]))
            # a timeout at the client on a stored row: tried again, a second row (unless the constraint refuses)
            dup = sel[rng.random(len(sel)) < p.dup_p]
            if len(dup):
                counts["stored_twice"] += len(dup)
                if p.unique:
                    counts["twice_refused"] += len(dup)
                else:
                    b2 = began[dup] + 10.0 + rng.uniform(1, 3, len(dup))
                    rows.append(np.column_stack([np.full(len(dup), node + 10 * li), start[dup], sends[dup], own[dup],
                                                 b2, b2 + 0.02, np.full(len(dup), n_here)]))
    R = np.concatenate(rows)
    db_off = rng.normal(0, rng.uniform(0.01, 0.5))
    created = R[:, 4] + db_off
    commit = R[:, 5]
    # the stream's outages: blips (noticed after a missed keep-alive), engine restarts (client backoff), an idle
    # stream after a failover (until the watchdog reconnects)
    out = [(a, b + rng.uniform(5, 20)) for a, b in blips] + [(a, b + rng.uniform(1, 10)) for a, b in engine]
    if p.idle:
        out += [(a, max(b, a + p.watchdog)) for a, b in pg]
        counts["idle_streams"] = len(pg)
    out = np.array(sorted(out)) if out else np.zeros((0, 2))
    vis = p.R * np.ceil(commit / p.R)
    vis = _window_end(vis, out)  # delivered at the reconnect
    v = R[:, 4] if p.cursor == "created_at" else R[:, 4] + 1e-9 * np.arange(len(R))  # the id: drawn at insert
    seen = _cursor_seen(v, vis)
    counts["skipped_cursor"] = int((~seen).sum())
    if p.resume == "now" and len(out):  # the client subscribes again from its clock's now
        reach = np.maximum.accumulate(out[:, 1])
        j = np.searchsorted(reach, vis, side="right") - 1
        lost = (j >= 0) & (created < reach[np.maximum(j, 0)])  # pending at a reconnect, behind the new cursor
        counts["skipped_reconnect"] = int((lost & seen).sum())
        seen &= ~lost
    # the batch size: a backlog comes out ``B`` rows per refetch
    idx = np.nonzero(seen)[0]
    idx = idx[np.argsort(v[idx], kind="stable")]
    k = np.round(vis[idx] / p.R)
    d = k.copy()
    for j in range(p.B, len(d), p.B):
        d[j:j + p.B] = np.maximum(k[j:j + p.B], d[j - p.B:j - p.B + len(d[j:j + p.B])] + 1)
    counts["batch_delayed"] = int((d > k).sum())
    got = vis.copy()
    got[idx] = d * p.R
    keyt = created if p.key == "created_at" else R[:, 3]
    minute = np.floor(keyt / STEP)
    late = seen & (got > (minute + 1) * STEP + p.close)
    counts["late_rows"] = int(late.sum())
    use = seen & ~late & (minute >= 0) & (minute < run.n)
    counts["other_minute"] = int((use & (minute != np.floor(R[:, 2] / STEP))).sum())
    p.a, p.b, p.share = R[use, 1], R[use, 2], 1.0 / R[use, 6]
    p.minute = minute[use].astype(int)
    p.counts = counts
    p.rows = len(R)
    return p


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's crops/s per minute of ticks' crops ``X`` (linear in ``X``)."""
    C = np.concatenate([[0.0], np.cumsum(X)])
    edges = np.arange(len(C)) * TICK
    p = run.path
    crops = (np.interp(p.b, edges, C) - np.interp(p.a, edges, C)) * p.share
    return np.bincount(p.minute, weights=crops, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the healthy run and its pause spans (a minute touching a pause or
    its start-up ramp's first half, padded by a report interval and its retries, or reading nothing)."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    healthy = _reads(run, run.J)
    pad = run.path.P + 20.0
    paused = healthy <= 0
    for a, b, _ in run.pauses_t:
        paused[int(a // STEP):min(n, int(np.ceil((b + pad) / STEP)))] = True
    for r0, f0, rd in run.ramps:
        paused[int(r0 // STEP):min(n, int(np.ceil((r0 + rd / 2 + pad) / STEP)))] = True
    spans, s = [], None
    for i, x in enumerate(paused):
        if x and s is None:
            s = i
        elif not x and s is not None:
            spans.append((s, i))
            s = None
    if s is not None:
        spans.append((s, n))
    live = hc.live_mask(spans, n)
    run.path.counts["unread_minutes"] = int((healthy <= 0).sum())
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------- the regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """The share of a tick's crops lost, per 5-s tick of a regression ``length`` ticks long."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a rendering / rasterising worker pool lost
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":  # one node's reads of the scan store slowed in bursts
        calm = rng.uniform(0.05, 0.25)
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, calm)
    w = np.ones(length)  # a leak: the engraver's glyph / font cache growing into swap
    w[:ramp] = (s[:ramp] / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n, nt = run.n, run.nt
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (nt if to_end else stop * K)
        X = np.zeros(nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, X)
        c0 = onset if kind != "leak" else min(stop - 5, onset + int(0.9 * ramp))
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m1[c0:stop][lv].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m = target * hs / ms * m1
        v = np.maximum(healthy - m, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout178(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout178_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT178_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout178, seeds, n, pauses)
