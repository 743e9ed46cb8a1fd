"""The two-hundred-and-fifth held-out throughput family: an oyster grading model's training images/s (a network
grading live oysters by shell shape, cup depth, size and fouling from conveyor images; crops and augmentation on CPU
workers, the rare misshapen classes oversampled; an evaluation on a held-out harvest's images now and then) on 1, 2 or
4 nodes, read through Amazon EventBridge: each node's reporter calls ``PutEvents`` every 10-30 s on a custom bus (the
event's ``Time`` from its clock, its images since its last event in ``Detail``), a rule routes the events to an SQS
queue or a CloudWatch Logs group, and a monitor reads the target once a minute and sums per minute of the event's
``Time`` or of the time the target received it.

(No generator's head names EventBridge, an event bus, ``PutEvents``, a dead-letter queue, a replay, SQS, CloudWatch
Logs, at-least-once, ``FailedEntryCount``, throttling, a retry policy, an event age, an oyster, shellfish or a conveyor
(``grep -i -c`` on the first 3 lines of every ``anomaly/heldout*.py``, gathered in ``/tmp/heldout205/heads.txt``: 0
each); "amazon" matches 5 lines (Kinesis Data Streams, SNS, Timestream, Data Firehose, and one cut off before its
service's name: other AWS services, not EventBridge), "aws" 1 (spot instances reading S3), "archive" 5 (data
archives, not an event archive), "grading" 4 lines of 3 heads (IVF embryos, sawlogs, barnacles on hulls: a grading
model is not new, the oyster line is),
"queue" 1, "cloudwatch" 1 (words of the path's targets seen once before: the bus, its rule, retries, dead letters and
replays are new), "oversampl" 15 and "images/s" 27 (common words). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long print,
printed again as lines 305-410), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -i -c`` and one ``grep -i -o`` (50
characters before and 40 after the matches of "archive", "amazon", "aws" and "grading": 13 fragments of heads, none
my job or path). Also a ``ls`` of the worktree's root (names only). Slips: none that I know of. The tests
import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its
code.

Public sources read (excerpts through the search tool): EventBridge's "Sending events with PutEvents" page (entries
processed in order, each given an id; a failed entry comes back with ``ErrorCode`` and must be sent again by the
caller) and ``PutEvents`` in the API and boto3 references (``Time``: the event's time stamp, the call's time where
none is given; at most 256 KB an entry; ``FailedEntryCount``); "How EventBridge retries delivering events" (retriable
failures retried for 24 h and up to 185 times with exponential back-off and jitter by default, then dropped unless a
dead-letter queue is set) and "Retry policies and dead-letter queues" (``MaximumRetryAttempts`` 0-185,
``MaximumEventAgeInSeconds`` 60-86,400; the page gives 5 attempts and 300 s as its defaults, the CDK's
``TargetBaseProps`` 185 and 24 h: both kinds of runs are here); "Archiving and replaying events" and ``StartReplay``
(a replay sends archived events again to their bus, by the events' ``Time``, one minute of it at a time, not
necessarily in order; a delay between the bus and the archive, replays best held 10 min); a repost.aws answer on the
``PutEvents`` throttle limit (per account, shared by every bus: 10,000/s in us-east-1, less elsewhere) and a wiki
page of quotas (600/s in a smaller region, 5 targets a rule); issues: localstack #11597 and #11880 (one event matching
several rules and targets is delivered to each, one id in the ``PutEvents`` answer), localstack #3253 (an SQS target
receiving a message several times), storacha/w3infra #51 (a queue as the target, for retries), stackshy/cloudemu
#1033 and ministack #1313 (emulators routing failed target invocations to the dead-letter queue). Not read (from
memory, unchecked): whether a replayed event keeps its id (here: a new id, so a monitor's id check does not drop
it); what the SDK's standard retry mode waits (here 3 tries, 0.1-20 s); SQS's visibility timeout and CloudWatch
Logs' ingestion time as the "received" stamp. Nothing read on oyster grading or its images: the job's figures are
assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (30/40/30 %, 0.86-0.97 per doubling); a node's GPUs train
250-4,000 images/s (log-uniform) at the base resolution, its CPU workers crop and augment 0.9-2.2 times that; a step
waits for the slower side (a soft maximum of the costs). Stages: the image resolution (3 steps, each 1.3-1.8 times
dearer on the GPUs, 1.1-1.4 on the CPUs) and the batch size (the larger 1.04-1.2 times faster on the GPUs). Images
come in harvest lots of 4-30 min (a factor, sd 2-5 %), a fifth of them lots of oversampled rare misshapen classes,
augmented harder (4-12 % slower); per 5-s tick an AR(1) of the log (sd 1.5-4 %, Student-t innovations, correlation
15-60 s) and a slow OU (sd 1-3 %, 30-180 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, onto another
node count (35 %) or another batch shape (a resolution step or the batch size), redrawn until the level moves 15 %
(1/3 to 3 times). Pauses: a start-up of 4-12 min ("long" 20-50) and a ramp from 40-80 % over 1-5 min; an evaluation
on a held-out harvest every 40-110 min (jittered 20 %) of 1.5-5 min ("long" 12-30), every 2nd or 3rd followed by a
checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h): the process down 1-5 min ("long" 7-20),
then a restart of 2-5 ("long" 8-25) and a ramp; a relaunch: stopped 1-4 min ("long" 6-14), queued 1-6 min, then a
start-up and its ramp (pause lengths log-uniform).

The path (not checked beyond the sources above): each node's reporter runs with its process and calls ``PutEvents``
every ``P`` s (one period a run: 75 % a round 10, 12, 15, 20 or 30 s, 25 % any of 10-30 s; each call adds 0-0.4 s
of work, so its phase drifts) with its images since the last call (a share 1/nodes of the job's) and ``Time`` from
its node's clock; a crash loses the interval under way, a graceful stop sends it. Clocks: an offset of sd 0.1-1.5 s;
in 25 % of runs the nodes are unsynchronised (20-150 ppm drift, stepped right 0.5-3 times a day). Throttling: the
account's quota is shared with other workloads; in episodes (0.3-3 a day, 1-20 min) a call is refused with
probability 0.3-0.9; the SDK tries 3 times, then the reporter adds the entry to its next call, up to 2-5 times, then
drops it. Outside them an entry fails alone (0.1-0.5 %, sent with the next call), and 0.1-0.4 % of calls time out at
the client after EventBridge stored them and are sent again (two events, two ids). The target (an SQS queue or a
Logs group) gets an event a log-normal delay after it was stored (median 0.3-1.5 s, sd 0.5 of the log); in target
outages (0.15-1.2 a day, 1-40 min) EventBridge
retries (back-off doubling from 1 s to at most 4 min, jittered) until the outage ends or the retry policy (maximum
age 300 s, 15 min, 1 h or 24 h; attempts 5, 30 or 185) runs out, then the event goes to the dead-letter queue (60 %
of runs) or is dropped: the monitor reads neither. 0.05-0.3 % of deliveries are made twice (same id). Where the bus
has an archive (50 %), an outage that lost events is replayed (70 %) 20-180 min after it ends: every stored event
whose ``Time`` lies in it (a minute either side) is delivered again, a minute of them each 1-4 s. The monitor reads
the target once a minute; it is down 1-8 min 0.1-1 times a day, and after half its restarts it reads again what its
last read got. 40 % of monitors drop a repeated id. Half bin a copy by its event's ``Time``, half by its receive
time, and close minute ``m`` at the first read 30-150 s after its end: a copy read later is lost. A point is the
minute's images over 60 s (0: none read). The reads are linear in the images; the copies' fates are the healthy
run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same events, copies and reads): ``drop`` (a crop and
augment worker pool killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler`` (one node's GPUs
throttled by heat in bursts: 1 for a mean of 25-250 ticks, calm for a mean of 100-600 at 0.05-0.25), ``leak`` (the
augmentation workers' decoded-image cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.7-2, then held);
onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-38 % over a leak's plateau), ``a`` set from
the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout205_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    12         10    0.092-0.293  13              1-35 (1085, 0 >60)
long      29      11    9          9     0.085-0.311  12              1-101 (835, 12 >60)

Planned changes listed: short 20, long 22 (of 20 and 22 relaunches; none kept its stage); crashes 58 and 75. The path
over each set (counts): short: calls throttled 15433, SDK retries 11506, the reporter's own retries 3807, entries
dropped by the reporter 120, entries failed alone 2593, stored twice 2094, target outages 40, deliveries made late
1973, to the dead-letter queue 351, dropped by the target's retry policy 555, delivered twice 1444, replays 13
(870 copies), monitor restarts 23, copies read again 146, repeated ids dropped 715, copies read after their minute
closed 2439, copies in another minute than their interval's end 11560, unread minutes away from pauses 275, clock
steps 14, intervals lost in a crash 143; long: 8917, 6942, 1800, 175, 1798, 1373, 48, 1634, 932, 3029, 1206, 13
(2913), 21, 103, 158, 2202, 10767, 423, 0, 198. The reads' sum over the live points against the job's images:
1.000-1.006 per seed (short), 1.001-1.015 (long: replays); the live points' minute-to-minute change (median ``|d
log|`` per seed) 1.8-40.4 % (short), 1.1-13.0 % (long), its 99th percentile 15-66 % (short), 17-69 % (long); the
live median level 217-5,379 images/s (short), 759-5,188 (long). Before the first measure: none (the first measure was
both full sets). Changes of the laws after it: one. The first measure showed the median minute-to-minute change at
1.8-38.1 % (short) and 3.1-37.1 % (long), its 99th percentile 28-57 % and 31-68 %: a reporter's period drawn from
10-30 s rarely divides a minute, so the minute's sums took 2 or 3 (or 3 or 4) events by turns, more aliasing than I
meant; the reporter's period is now a round 10, 12, 15, 20 or 30 s in 75 % of runs (any of 10-30 s in the others,
which keep the aliasing: the short set's 40 % median is one of them), and the reporter's own retry waits that period
(it was 20 s). Fixes after it that change no law: a line's length, what "unread" counts, speed (the reads' ends on
the tick grid found once, the AR(1) on Python floats: both sets byte-identical in the counts above).

Tests (``tests/test_anomaly_heldout205.py``): 27 tests, 2.9-3.0 s on one core (``taskset -c 0``, three runs; user time
2.2 s; one run while the machine was loaded took 10.4 s of wall time); the laws on the first 4 seeds
at 3,000 points (``SPANS``: at most 60 points "short", 130 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are; the path has five
stages (reporters, ``PutEvents``, the target's delivery, replays, the monitor) and the docstring its sources and
counts (about 115 lines).
"""

from __future__ import annotations

from types import SimpleNamespace as NS

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT205_SEEDS = tuple(range(2052000, 2052012))
CODE = 205
STEP = 60.0  # a point: one minute
TICK = 5.0  # the job's grid
K = int(STEP / TICK)
EPOCH = 1_779_999_960.0  # a minute's start (unix s)
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 130)}  # pause spans' lengths (points) the tests allow
# pause lengths in seconds per setting: start-up, evaluation, checkpoint, crash down, crash restart, relaunch stop
PAUSE = {"start": {"short": (240, 720), "long": (1200, 3000)}, "eval": {"short": (90, 300), "long": (720, 1800)},
         "ckpt": {"short": (20, 90), "long": (120, 300)}, "down": {"short": (60, 300), "long": (420, 1200)},
         "restart": {"short": (120, 300), "long": (480, 1500)}, "stop": {"short": (60, 240), "long": (360, 840)}}
PATH_KEYS = ("throttled", "sdk_retries", "own_retries", "dropped_put", "partial_failed", "stored_twice",
             "target_outages", "delivered_late", "to_dlq", "dropped_target", "delivered_twice", "replays",
             "replayed_copies", "monitor_restarts", "read_again", "dedup_removed", "late_lost", "moved", "unread",
             "clock_steps", "lost_in_crash")


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at stage ``st``: per node the slower of the GPUs and the CPU workers' crops and
    augmentation (a soft maximum of their costs per image), times the nodes at ``eff`` per doubling."""
    gpu = cfg["gpu"] / cfg["res_c"] ** st["res"] * cfg["batch_g"] ** st["batch"]
    cpu = cfg["gpu"] * cfg["cpu_x"] / cfg["res_cpu"] ** st["res"]
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (35 %) or another batch shape (image resolution one step up or down,
    or the batch size switched), redrawn until the level moves 15 % (1/3 to 3 times); the old stage after 50 tries."""
    for _ in range(50):
        new = dict(st)
        if rng.random() < 0.35:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif rng.random() < 0.6:
            new["res"] = int(np.clip(st["res"] + rng.choice([-1, 1]), 0, 2))
        else:
            new["batch"] = 1 - st["batch"]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _u(rng, table: str, setting: str) -> float:
    lo, hi = PAUSE[table][setting]
    return float(hc.log_uniform(rng, lo, hi))


def _schedule(rng, n: int, setting: str):
    """The job's timeline (pauses, lives of its processes, relaunches) and its images per 5-s tick ``J``."""
    T = n * STEP + 600.0
    nt = int(T / TICK) + 1
    cfg = {"gpu": hc.log_uniform(rng, 250, 4000), "eff": rng.uniform(0.86, 0.97), "cpu_x": rng.uniform(0.9, 2.2),
           "res_c": rng.uniform(1.3, 1.8), "res_cpu": rng.uniform(1.1, 1.4), "batch_g": rng.uniform(1.04, 1.2)}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "res": int(rng.integers(0, 3)),
          "batch": int(rng.integers(0, 2))}
    period, ck_every = rng.uniform(2400, 6600), int(rng.integers(2, 4))
    crash_mean = hc.log_uniform(rng, 10 * 3600, 40 * 3600)
    k_rel = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_rel) * T):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    run = NS(n=n, dt=STEP, nt=nt, T=T, cfg=cfg, pauses_t=[], lives=[], life_nodes=[], ramps=[], segs=[], known_t=[],
             counts={"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0})
    t = _u(rng, "start", setting)
    run.pauses_t.append((0.0, t, "startup"))
    life0, ramp0 = 0.0, t
    run.ramps.append((t, rng.uniform(60, 300), rng.uniform(0.4, 0.8)))
    next_eval, next_crash = t + period * rng.uniform(0.8, 1.2), t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        nxt = min(next_eval, next_crash, nxt_rel, T)
        nxt = max(nxt, t + 60.0)
        run.segs.append((t, nxt, _level(cfg, st), ramp0))
        t = nxt
        if t >= T:
            break
        if nxt_rel <= min(next_eval, next_crash):  # a relaunch: a graceful stop, queued, a start-up
            ri += 1
            run.counts["relaunches"] += 1
            run.lives.append((life0, t, "stop"))
            run.life_nodes.append(st["nodes"])
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            run.counts["kept_stage"] += new == st
            life0 = t + _u(rng, "stop", setting) + rng.uniform(60, 360)
            end = life0 + _u(rng, "start", setting)
            run.pauses_t.append((t, end, "relaunch"))
            if new != st:
                run.known_t.append(end)
            st, t = new, end
        elif next_crash <= next_eval:  # a crash: the process dies, is restarted on the same nodes
            run.counts["crashes"] += 1
            run.lives.append((life0, t, "crash"))
            run.life_nodes.append(st["nodes"])
            life0 = t + _u(rng, "down", setting)
            end = life0 + _u(rng, "restart", setting)
            run.pauses_t.append((t, end, "crash"))
            t = end
            next_crash = t + rng.exponential(crash_mean)
        else:  # an evaluation on a held-out harvest's images, every ck_every-th followed by a checkpoint
            run.counts["evals"] += 1
            ck = run.counts["evals"] % ck_every == 0
            end = t + _u(rng, "eval", setting) + (_u(rng, "ckpt", setting) if ck else 0.0)
            run.pauses_t.append((t, end, "ckpt" if ck else "eval"))
            t = end
            next_eval = t + period * rng.uniform(0.8, 1.2)
            continue
        ramp0 = t
        run.ramps.append((t, rng.uniform(60, 300), rng.uniform(0.4, 0.8)))
        next_eval = max(next_eval, t + 600.0)
    run.lives.append((life0, T + 3600.0, "end"))
    run.life_nodes.append(st["nodes"])
    run.stages_end = st
    run.J = _images(rng, run)
    return run


def _images(rng, run) -> np.ndarray:
    """Images per tick: the segment's level, its start-up ramp, harvest lots (each 4-30 min, a factor of sd 2-5 %;
    a fifth are lots of oversampled rare misshapen classes, augmented harder: 4-12 % slower), an AR(1) of the log
    per tick (sd 1.5-4 %, Student-t innovations, correlation 15-60 s) and a slow OU (sd 1-3 %, 30-180 min)."""
    nt = run.nt
    mid = (np.arange(nt) + 0.5) * TICK
    lvl = np.zeros(nt)
    for t0, t1, lv, r0 in run.segs:
        i0, i1 = int(np.ceil(t0 / TICK - 0.5)), min(nt, int(np.ceil(t1 / TICK - 0.5)))
        lvl[i0:i1] = lv
    for t0, rl, a in run.ramps:
        i0, i1 = int(np.ceil(t0 / TICK - 0.5)), min(nt, int(np.ceil((t0 + rl) / TICK - 0.5)))
        lvl[i0:i1] *= a + (1 - a) * (mid[i0:i1] - t0) / rl
    sd_lot = rng.uniform(0.02, 0.05)
    lots = np.zeros(nt)
    t = 0.0
    while t < run.T:
        dur = hc.log_uniform(rng, 240, 1800)
        f = rng.normal(0, sd_lot) - (np.log(rng.uniform(1.04, 1.12)) if rng.random() < 0.2 else 0.0)
        lots[int(t / TICK):int((t + dur) / TICK) + 1] = f
        t += dur
    sd, tau = rng.uniform(0.015, 0.04), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.standard_t(4, nt) / np.sqrt(2.0) * sd * np.sqrt(1 - a * a)
    ar, x = e.tolist(), 0.0
    for i, ei in enumerate(ar):  # python floats: the same arithmetic as numpy's, faster
        x = a * x + ei if i else ei
        ar[i] = x
    ar = np.array(ar)
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    return lvl * np.exp(lots + ar + ou[(mid // 60).astype(int)]) * TICK


def _inside(x, win) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the sorted windows ``win`` (rows ``[start, end)``)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _in_one(x: float, win: np.ndarray) -> bool:
    """:func:`_inside` for one time."""
    i = int(np.searchsorted(win[:, 0], x, side="right")) - 1
    return i >= 0 and x < win[i, 1]


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes (``per_day``), each ``lo``-``hi`` s long (log-uniform), as sorted disjoint windows."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    e = s + np.array([hc.log_uniform(rng, lo, hi) for _ in range(k)])
    out = []
    for a, b in zip(s, e):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _reporters(rng, run, c: dict):
    """Each node's reporter: from its process's start every ``P`` s (one period per run: 75 % a round 10, 12, 15, 20
    or 30 s, 25 % any of 10-30 s; each call adds 0-0.4 s of work, so the phase drifts) an event
    of the images since its last one (its share: 1/nodes); a crash loses the interval under way, a graceful stop
    sends it. The node's clock: an offset of sd 0.1-1.5 s; in 25 % of runs the nodes are unsynchronised, drift by
    20-150 ppm and are stepped right 0.5-3 times a day. Returns per event ``(ts, te, share, Time)``."""
    ts, te, share, node = [], [], [], []
    P = float(rng.choice([10, 12, 15, 20, 30])) if rng.random() < 0.75 else rng.uniform(10, 30)
    run.P = P
    for (a, b, how), nodes in zip(run.lives, run.life_nodes):
        b = min(b, run.T)
        for r in range(nodes):
            k = int((b - a) / P) + 2
            edges = a + np.cumsum(np.full(k, P) + rng.uniform(0, 0.4, k)) - P + rng.uniform(0, P)
            edges = np.concatenate([[a], edges[(edges > a) & (edges < b)]])
            if how == "crash":
                c["lost_in_crash"] += 1
            else:
                edges = np.append(edges, b)
            ts += list(edges[:-1])
            te += list(edges[1:])
            share += [1.0 / nodes] * (len(edges) - 1)
            node += [r] * (len(edges) - 1)
    ts, te, share, node = np.array(ts), np.array(te), np.array(share), np.array(node)
    off = rng.normal(0, rng.uniform(0.1, 1.5), 4)[node]
    if rng.random() < 0.25:
        drift = rng.uniform(20e-6, 150e-6, 4) * rng.choice([-1, 1], 4)
        steps = np.sort(rng.uniform(0, run.T, rng.poisson(rng.uniform(0.5, 3) * run.T / DAY)))
        c["clock_steps"] += len(steps)
        last = np.concatenate([[0.0], steps])[np.searchsorted(steps, te)]
        off = off + drift[node] * (te - last)
    return ts, te, share, te + off



def _put(rng, call: np.ndarray, P: float, c: dict) -> tuple[np.ndarray, np.ndarray]:
    """``PutEvents`` of each event called at ``call``: the account's quota is shared with other workloads, and in
    throttle episodes (0.3-3 a day, 1-20 min) a call is refused (``ThrottlingException``) with probability 0.3-0.9;
    the SDK tries 3 times (backoff 0.1-20 s, jittered), then the reporter keeps the entry and adds it to its next call
    (``P`` s later) up to 2-5 times, then drops it. Outside them an entry fails alone (``FailedEntryCount``, 0.1-0.5 %)
    and is sent with the next call; 0.1-0.4 % of calls time out at the client after EventBridge stored them and are
    sent again (two events, two ids). Returns the stored entries' event index and ingest time."""
    ep = _episodes(rng, call.max() + 3600, rng.uniform(0.3, 3), 60, 1200)
    q, own, p_fail, p_tmo = rng.uniform(0.3, 0.9), int(rng.integers(2, 6)), rng.uniform(1e-3, 5e-3), rng.uniform(
        1e-3, 4e-3)
    near = _inside(call, np.c_[ep[:, 0] - 4 * P - 120, ep[:, 1]]) if len(ep) else np.zeros(len(call), bool)
    fail, tmo = rng.random(len(call)) < p_fail, rng.random(len(call)) < p_tmo
    ev, at = [np.flatnonzero(~near)], [call[~near]]
    for i in np.flatnonzero(near):
        x = call[i]
        for k in range(own + 1):
            tries = 0
            while tries < 3 and _in_one(x, ep) and rng.random() < q:
                tries += 1
                c["throttled"] += 1
                x += rng.uniform(0, min(20.0, 0.1 * 4 ** tries))
            c["sdk_retries"] += min(tries, 2)
            if tries < 3:
                ev.append([i])
                at.append([x])
                break
            c["own_retries"] += k < own
            x += P
        else:
            c["dropped_put"] += 1
    for i in np.flatnonzero(fail & ~near):  # a failed entry: the stored copy above moves to the next call
        c["partial_failed"] += 1
        at[0][np.searchsorted(ev[0], i)] += P
    for i in np.flatnonzero(tmo & ~near):
        c["stored_twice"] += 1
        ev.append([i])
        at.append([call[i] + P + rng.uniform(0, 1)])
    return np.concatenate(ev).astype(int), np.concatenate(at)


def _deliver(rng, run, s_ev, s_at, time, c: dict):
    """The rule's target (an SQS queue or a CloudWatch Logs group): a delivery a log-normal delay (median 0.3-1.5 s)
    after ingest; in target outages
    (0.15-1.2 a day, 1-40 min) EventBridge retries with exponential back-off and jitter until the retry policy's
    maximum event age (300 s, 15 min, 1 h or 24 h) or attempts (5, 30 or 185) run out: then to the dead-letter queue
    (60 % of runs) or dropped, neither read by the monitor. 0.05-0.3 % of deliveries are made twice (same id). Where
    the bus has an archive (50 %) an outage that lost events is replayed (70 %) 20-180 min after it ends: every
    archived event whose ``Time`` lies in it is delivered again (a new id, assumed), a minute of events each 1-4 s.
    Returns the copies' event index, id, delivery time."""
    sid = np.arange(len(s_ev))
    d = s_at + np.exp(rng.normal(np.log(rng.uniform(0.3, 1.5)), 0.5, len(s_at)))
    out = _episodes(rng, run.T + 7200, rng.uniform(0.15, 1.2), 60, 2400)
    c["target_outages"] += len(out)
    age, attempts = float(rng.choice([300, 900, 3600, 86400])), int(rng.choice([5, 30, 185]))
    keep = np.ones(len(d), bool)
    hit = _inside(d, out)
    lossy = set()
    for i in np.flatnonzero(hit):
        j = int(np.searchsorted(out[:, 0], d[i], side="right")) - 1
        x, k = d[i], 0
        while x < out[j, 1] and k < attempts and x - s_at[i] < age:
            x += rng.uniform(0.5, 1.0) * min(2.0 ** k, 240.0)
            k += 1
        if x < out[j, 1] or x - s_at[i] > age:
            keep[i] = False
            lossy.add(j)
            c["to_dlq" if run.dlq else "dropped_target"] += 1
        else:
            d[i] = x
            c["delivered_late"] += 1
    ev, ids, dd = [s_ev[keep]], [sid[keep]], [d[keep]]
    two = keep & (rng.random(len(d)) < rng.uniform(5e-4, 3e-3))
    c["delivered_twice"] += int(two.sum())
    ev.append(s_ev[two])
    ids.append(sid[two])
    dd.append(d[two] + rng.uniform(0.1, 5, int(two.sum())))
    if run.archive:
        nid = len(sid)
        for j in sorted(lossy):
            if rng.random() >= 0.7:
                continue
            w0, w1 = out[j, 0] - 60, out[j, 1] + 60
            start = out[j, 1] + rng.uniform(1200, 10800)
            sel = np.flatnonzero((time[s_ev] >= w0) & (time[s_ev] < w1))
            sel = sel[np.unique(s_ev[sel], return_index=True)[1]]  # the archive holds each stored event once
            c["replays"] += 1
            c["replayed_copies"] += len(sel)
            ev.append(s_ev[sel])
            ids.append(nid + np.arange(len(sel)))
            nid += len(sel)
            dd.append(start + (time[s_ev[sel]] - w0) / 60 * rng.uniform(1, 4))
    return np.concatenate(ev), np.concatenate(ids), np.concatenate(dd)


def _monitor(rng, run, ev, ids, d, time, c: dict):
    """The monitor reads the target once a minute (at a phase of 0-60 s); it is down 1-8 min 0.1-1 times a day, and
    after half its restarts it reads again what its last read before them got (SQS: received, not deleted; Logs:
    the window queried again). 40 % of monitors drop a repeated id. It bins a copy by its event's ``Time`` (half the
    monitors) or by its receive time and closes minute ``m`` at its first read 30-150 s after the minute's end: a
    copy read later is lost. Returns each copy's minute and whether it counts."""
    ph, lag = rng.uniform(0, 60), rng.uniform(30, 150)
    down = _episodes(rng, run.T + 7200, rng.uniform(0.1, 1.0), 60, 480)
    c["monitor_restarts"] += len(down)

    def read_at(x):
        r = ph + 60 * np.ceil((x - ph) / 60)
        inn = _inside(r, down)
        if inn.any():
            j = np.searchsorted(down[:, 0], r[inn], side="right") - 1
            r[inn] = ph + 60 * np.ceil((down[j, 1] - ph) / 60)
        return r

    arr = read_at(d)
    extra = []
    for a, b in down:
        if rng.random() < 0.5:
            last = ph + 60 * np.floor((a - ph) / 60)
            extra.append(np.flatnonzero(arr == last))
    if extra:
        ex = np.concatenate(extra)
        c["read_again"] += len(ex)
        ev, ids, d = np.r_[ev, ev[ex]], np.r_[ids, ids[ex]], np.r_[d, d[ex]]
        arr = np.r_[arr, read_at(arr[ex] + 1.0)]
    keep = np.ones(len(ev), bool)
    if run.dedup:
        o = np.lexsort((arr, ids))
        first = np.r_[True, ids[o][1:] != ids[o][:-1]]
        keep[o[~first]] = False
        c["dedup_removed"] += int((~first).sum())
    key = time[ev] if run.by_time else d
    m = np.floor(key / STEP).astype(int)
    ok = keep & (m >= 0) & (m < run.n) & (arr <= read_at((m + 1) * STEP + lag))
    c["late_lost"] += int((keep & (m >= 0) & (m < run.n) & ~ok).sum())
    return ev, m, ok


def _path(rng, run):
    """The collection path of ``run``: the events, their stored, delivered and read copies, and their counts."""
    c = dict.fromkeys(PATH_KEYS, 0)
    run.dlq, run.archive = rng.random() < 0.6, rng.random() < 0.5
    run.dedup, run.by_time = rng.random() < 0.4, rng.random() < 0.5
    ts, te, share, time = _reporters(rng, run, c)
    s_ev, s_at = _put(rng, te + rng.uniform(0, 0.4, len(te)), run.P, c)
    ev, ids, d = _deliver(rng, run, s_ev, s_at, time, c)
    ev, m, ok = _monitor(rng, run, ev, ids, d, time, c)
    c["moved"] = int((ok & (m != np.floor(te[ev] / STEP))).sum())
    return NS(ts=ts, te=te, share=share, time=time, ev=ev[ok], m=m[ok], counts=c,
              copies=np.bincount(ev[ok], minlength=len(te)), dedup=run.dedup, by_time=run.by_time)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) for images per tick ``J``: linear in ``J``."""
    C = np.concatenate([[0.0], np.cumsum(J), [0.0]])
    p = run.path
    if not hasattr(p, "at"):  # each interval's ends on the tick grid, found once (np.interp's arithmetic)
        p.at = [(np.minimum((x / TICK).astype(int), len(C) - 2), x / TICK) for x in (p.te, p.ts)]
    (i1, x1), (i0, x0) = p.at
    c1 = C[i1] + (x1 - i1) * (C[i1 + 1] - C[i1])
    c0 = C[i0] + (x0 - i0) * (C[i0 + 1] - C[i0])
    img = (c1 - c0) * p.share
    return np.bincount(p.m, weights=img[p.ev], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed: the job, its path and the monitor's points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        paused[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    run.path.counts["unread"] = int(((h <= 0) & ~paused).sum())  # minutes that read nothing away from a pause
    paused |= h <= 0
    for t0, rl, a in run.ramps:
        paused[max(0, int(t0 // STEP) - 1):min(n, int(np.ceil((t0 + rl / 2) / STEP)) + 1)] = True
    edge = np.flatnonzero(np.diff(np.r_[0, paused.astype(int), 0]))
    spans = [(int(s), int(e)) for s, e in zip(edge[0::2], edge[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per 5-s tick: ``drop`` (a crop-and-augment worker pool killed: ``min(1, (s + 1) /
    tau)``, ``tau`` 1-8 ticks), ``straggler`` (one node's GPUs throttled by heat in bursts: 1 for a mean of 25-250
    ticks, calm for a mean of 100-600 at 0.05-0.25), ``leak`` (the augmentation workers' decoded-image cache growing
    into swap: ``(s / ramp) ** p``, ``p`` 0.7-2, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    on, off, calm = rng.uniform(25, 250), rng.uniform(100, 600), rng.uniform(0.05, 0.25)
    w, i, hot = np.empty(length), 0, True
    while i < length:
        k = int(rng.exponential(on if hot else off)) + 1
        w[i:i + k] = 1.0 if hot else calm
        i, hot = i + k, not hot
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost (carried through
    the same events, copies and reads), ``a`` set from the reads of the lost images for a drawn loss (a drop
    8-33 %, a straggler 10-30 %, a leak 12-38 % over its plateau), refused above 1. ``(Event, (0, loss))`` or None."""
    n = run.n
    ts = np.arange(n) * STEP
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, (stop - onset) * K if stop < n else run.nt - onset * K, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.38))
        lost = np.zeros(run.nt)
        i0 = onset * K
        lost[i0:i0 + len(w)] = w[:run.nt - i0] * run.J[i0:i0 + len(w)]
        r = _reads(run, lost)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs, rs = healthy[c0:stop][live[c0:stop]].sum(), r[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or rs <= 0 or target * hs / rs > 1:
            continue
        loss = target * hs / rs * r
        v = healthy - loss
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset2, end = span
        if any(onset2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset2
        if kind == "leak" and not onset2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset2, ramp_end, end, n, (ramp_end - onset2) // 3)
        if depth is not None:
            return Event(kind, onset2, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    """A point is stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout205(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout205_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT205_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout205, seeds, n, pauses)
