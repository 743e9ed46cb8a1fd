"""The hundred-and-sixty-third held-out throughput family: a text-to-SQL model's fine-tuning examples/s (a decoder
language model fine-tuned on question, schema and SQL triples, Spider / BIRD style; each database's schema serialised
into the prompt by CPU workers, long prompts packed, an execution-accuracy evaluation now and then that runs the
predicted SQL against the SQLite databases on CPU), read through the Firebase Realtime Database: each node's reporter
adds the examples since its last write, every 20-40 s, to a per-minute counter at ``/jobs/{job}/minutes/{minute}/
{node}`` (an ETag transaction over REST, an SDK transaction or ``ServerValue.increment``), and a monitor listening to
the job's path (the REST stream's Server-Sent Events, or an Admin SDK listener) sums each minute key's counters.

(No generator's head names Firebase, the Realtime Database, Server-Sent Events, an event stream, text-to-SQL,
Spider, a schema, a transaction, keep-alive or an execution accuracy (``grep -ic`` on the 640 lines the first-3-lines
loop printed, kept in ``/tmp/s61/heads163.txt``: 0 each); "firestore" matches 1 head (generator 133's Cloud Firestore
distributed counter: another product, with shard documents and a polling query, not the Realtime Database's
counters, offline queue and stream), "sqlite" 1 (generator 122: a node-local SQLite database as the path, not the
evaluation's), "increment" 1, "listener" 1 (AppDynamics' HTTP listener), "real-time" 1 (a Pinot real-time table),
"sql" 4, "bird" 2 (a bird's-eye view, a bird-song classifier), "packed" 2, "examples/s" 1 (a CTR model's); common
words, the job and the path are new. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541 to its end (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines; ``sed -n '541,$p'``),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one ``cat`` whose middle was cut
from the print, then lines 300-537 printed again), ``tests/trace_checks.py`` (all: its first 160 lines were the cut
middle of that print, printed again with ``sed -n 1,200p``), ``anomaly/traces.py`` lines 1-80, the first 3 lines of
every generator (the brief's loop, written to ``/tmp/s61/heads163.txt``, printed with ``cat``, whose middle was cut
from the print, and searched with ``grep -ic`` / ``grep -i``), ``tests/test_architecture.py`` lines 1-110, and
``wc -l`` of ``heldout_common.py`` and ``trace_checks.py``. Slips: none that I know of. The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (through the search tool): the Realtime Database limits page
(https://firebase.google.com/docs/database/usage/limits: 200,000 simultaneous connections, "The Spark plan limit on
simultaneous connections is 100", ~100,000 responses/s); the REST API reference
(https://firebase.google.com/docs/reference/rest/database) and the REST streaming announcement
(https://firebase.blog/posts/2014/03/announcing-streaming-for-firebase-rest: ``Accept: text/event-stream``, a 307 to
the right server, the events ``put``, ``patch``, ``keep-alive``, ``cancel`` and ``auth_revoked``); the Admin SDK for
Python's ``firebase_admin/db.py`` (firebase/firebase-admin-python: ``_TRANSACTION_MAX_RETRIES = 25`` over ETag reads
and conditional PUTs, ``TransactionAbortedError``; ``listen()``'s callback "will also get called whenever the SDK
reconnects to the server due to network issues or credential expiration ... the OAuth2 credentials ... expire every
hour"); its issue #287 (a listener that hangs after a disconnection of more than 2-3 minutes and gets no updates); the
JS SDK's ``packages/database/src/core/Repo.ts`` (firebase/firebase-js-sdk: a ``set`` aborts the transactions on its
path, a server update reruns them, ``serverTime()`` is the local clock plus ``.info/serverTimeOffset``); the SDKs'
error tables (code -4 "The operation had to be aborted due to a network disconnect", -8 "The transaction had too
many retries", -9 "overridden by a subsequent set"); firebase-android-sdk #3068 and flutterfire #7211
(``ServerValue.increment`` giving wrong totals when the connection drops), firebase-ios-sdk #16475 (Firestore:
unacknowledged writes re-sent on reconnect apply an increment twice; read as: the same holds for an RTDB SDK that
restores its outstanding writes, as an Android log in firebase-android-sdk #7529 shows it doing: "Restoring
outstanding listens ... Restoring writes"); the offline-capabilities page (writes made offline are queued and sent
when the connection returns); a Stack Overflow answer quoting the clock-skew section (``serverTimeOffset``'s accuracy
"may be affected by networking latency", useful for skews over 1 s); CodementorIO/rest-firebase #8 (the stream's
``keep-alive`` every ~30 s) and mobizt/Firebase-ESP-Client #517 (a 45-s stream timeout). Nothing read on the job
(Spider, BIRD and text-to-SQL training were not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (30/45/25 %, 0.85-0.97 per doubling); a node's GPUs train
20-300 examples/s (log-uniform), its CPU workers (schema serialisation, tokenising, packing) can feed 1.1-2.5 times
that; a step waits for the slower side (a soft maximum of the costs). The data come in shards of 5-40 min of training
(log-uniform), each with its prompt lengths (a factor, sd 3-8 %); 30 % are BIRD-style (larger schemas with sample
values, longer prompts: 8-25 % slower); opening a shard (its databases' schemas read and serialised) runs 3-20 s at
30-70 % of the rate; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s: how many examples a packed batch
holds) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a longer
packed context (at most twice: 1.3-1.8 times dearer on the GPUs), a richer schema serialisation (at most twice:
1.3-1.8 on the CPUs) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses:
start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min (workers' schema caches warming); an
execution-accuracy evaluation every 30-90 min of training (generation, then the predicted SQL run on the SQLite
databases), 2-7 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes
(exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a
relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp; a crash or relaunch that falls
due inside a pause comes at its end.

On the path (not checked): one reporter per node, started with the process (all nodes within 2 s), sleeping ``P`` s
after each write (20, 30 or 40 s: 35/50/15 %, plus 0.01-0.1 s of its own work and the write's latency, 0.05-0.4 s,
so its phase drifts against the minutes); a write adds the examples since the reporter's last write that landed to
the minute key of the node's clock at the write, so a minute holds the writes made in it (a 40-s reporter alternates
one and two writes a minute). The reporter is one of three (per run): 40 % the Python Admin SDK's transaction over
REST (a refused request, in an outage, a node's network blip or, on a Spark plan, while the connection limit is
reached, is retried after 1, 2, 4 and 8 s, then given up and its count carried to the next write; 0.2-1 % of
committed writes lose their response and their count is added again to the next write); 35 % an SDK with
``ServerValue.increment`` over its persistent connection (a blip under 10 s only delays its writes; a longer one or
an outage is detected within the 45-s keep-alive, its writes are queued and replayed after a back-off of 1-30 s with
their minute keys, and a write sent in the 1-5 s before the break is applied twice half the time); 25 % an SDK
transaction (the same queue, but a transaction sent into a dead connection is aborted with "disconnect": 60 % of the
runs carry its count to the next write, the others lose it; one in flight at the break is applied and, when carried,
counted again). Half the transaction runs transact on the whole minute, so the nodes, writing in step, lose
conditional writes to each other (retried at once, a round trip each). A crash loses what its process had not
written, and its queue. Clocks: a REST reporter's node clock is off by sd 0.05-1.5 s, and in 30 % of those runs it
is unsynchronised and steps 0.5-3 times a day (sd 0.5-5 s); an SDK's server-time estimate is off by sd 0.05-0.4 s.
The database has outages (0.1-0.5 a day, 1-20 min), each node its network blips (1-6 a day, 1-60 s); in 25 % of runs
the project is on the Spark plan and other clients fill its 100 connections in episodes (0.3-1.5 a day, 5-40 min)
that refuse 20-70 % of the REST writes and every reconnect. The monitor's stream breaks at an outage, at its own
network blips (1-4 a day, 1-90 s; one shorter than its read timeout, 35-90 s less up to 30 s since the last
keep-alive, only delays events), at each ``auth_revoked`` (about hourly: 0.5-4 s for a fresh token) and, in 60 % of
runs, at rules deploys that ``cancel`` it (0.05-0.3 a day, 10-50 min until someone fixes the rules); in half the
runs it is the Python Admin SDK's listener, which after a break over 150 s hangs half the time until a watchdog
restarts it (5-20 min). After each break the first event is a ``put`` of the whole path: the monitor then has every
counter as it stands. It closes minute ``m`` when its clock (sd 0.3 s off) passes the minute's end plus 15-90 s;
half the monitors close it then even while the stream is down (a partial minute), the others wait for the stream. A
point is the minute key's counters (the copies that arrived before it closed, each node's share of the examples)
over 60 s. The reads are linear in the examples; the writes' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's examples lost, carried through the same writes and reads): ``drop`` (a schema
serialisation worker killed by the OOM killer on a large BIRD schema, not restarted: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-6 ticks), ``straggler`` (the SQLite databases' shared file system slow in bursts, schema introspection
waiting: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the serialised-schema cache
growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target
loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the job's lost examples on the live ticks,
refused above 1; ``w`` is per 5-s tick.

Measured (``heldout163_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    9          11    0.074-0.300  17              1-23 (1096, 0 >60)
long      29      10    9          10    0.100-0.315  22              1-67 (1072, 6 >60)

Planned changes listed: short 17, long 16 (of 17 and 16 relaunches; none kept its stage); crashes 59 and 40.
Reporters: short 6 REST transactions, 4 increments, 2 SDK transactions, 7 patient monitors; long 4, 2, 6 and 5. The
path over each set (counts): short: copies stored 424,394, REST writes refused in an outage 681, in a node's blip 333,
by the connection limit 135, back-off retries 978, counts carried 171, conditional writes lost to another node
106,128, writes applied twice 955, writes queued offline 562, transactions aborted on a disconnect 56 (26 counts
lost), processes' unwritten tails lost in a crash 144, copies arriving after their minute closed 291, minutes closed
while the stream was down 103, copies in another minute than their examples' end 16,613, stream breaks 17,
``auth_revoked`` 1,254, ``cancel`` 2, stuck listeners 6, reconnects refused by the connection limit 3, outages 15,
clock steps 11, unread minutes 4,583 (81 outside the job's pauses); long: 479,030, 1,148, 319, 79, 1,290, 256,
362,580, 857, 1,019, 126 (47), 119, 1,117, 227, 20,479, 22, 1,256, 3, 7, 19, 22, 0, 20,350 (155). The reads' sum over
the live points against the job's examples: 0.999-1.012 per seed (short), 0.999-1.011 (long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 2.6-6.7 % in 11 short runs and 2.9-5.1 % in 9 long ones, 69 % in
the others (1 short, 3 long: 40-s reporters, whose minutes alternate one and two writes), its 99th percentile
30-97 % (short), 29-97 % (long); the live median level 32-233 examples/s (short), 41-635 (long). Before the first
measure: none. The first measure (both sets' 12 seeds at 3,000 points, the path's counts and the reads) had ``P``
drawn uniform in 20-40 s with no drift (the minutes' median change was 1.6-63 %, over 10 % in 11 of the 24 runs: a
non-round period beats against the minute); one change of the laws after it: ``P`` 20, 30 or 40 s and the drifting
period. Bugs fixed after it (not laws): a regression's values are the healthy reads less the reads of the lost
examples (a cumulative sum's rounding had made every point after a regression differ from the healthy one, so that
almost no regression could be placed); a crash or relaunch due inside an evaluation had made a stretch of negative
length and overlapping pauses (fixed as said above; it changed the random streams, so the measures above are after
it). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: 1-60 points "short", 1-100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Trace

CODE = 163
HELDOUT163_SEEDS = tuple(range(1632000, 1632012))
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point, one minute key
K = int(STEP / TICK)
EPOCH = 1_780_000_020  # a multiple of 60
DAY = 86400.0
SPANS = {"short": (1, 60), "long": (1, 100)}  # pause span lengths (points), checked by the tests
KIND_P = (0.35, 0.35, 0.3)
CAUSES = {"drop": ("schema_worker_oom",), "straggler": ("sqlite_share_slow",), "leak": ("schema_cache_swap",)}
# the path's distortions the tests expect over the first 6 seeds of both settings
PATH_KEYS = ("writes", "refused_outage", "refused_blip", "refused_crowd", "backoff_retries", "carried",
             "tx_conflicts", "applied_twice", "queued_offline", "aborted_disconnect", "lost_abort", "lost_crash",
             "late", "partial_close", "other_minute", "stream_breaks", "auth_revoked", "cancels", "stuck_listener",
             "crowd_refusals", "outages", "clock_steps", "unread")


# ---------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """The job's examples/s in a stage: per node the step waits for the slower of the GPUs (dearer with a longer
    packed context) and the CPU workers serialising schemas (dearer with a richer schema serialisation)."""
    gpu = cfg["gpu"] / cfg["ctx_c"] ** st["ctx"]
    cpu = cfg["cpu"] / cfg["schema_c"] ** st["schema"]
    node = 1.0 / hc.smax(1.0 / gpu, 1.0 / cpu)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * node


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: a longer packed context (at most twice), a richer schema serialisation (at most twice)
    or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times); None if none does."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 4) if n != st["nodes"]]))
        elif u < 7 / 12:
            new["ctx"] = min(2, st["ctx"] + 1)
        else:
            new["schema"] = min(2, st["schema"] + 1)
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


@dataclass
class Path:
    """What the collection path did to the writes: one record per copy that reached the database."""

    mode: str = ""
    i0: np.ndarray = None  # first tick of the examples a copy carries
    i1: np.ndarray = None  # end tick
    key: np.ndarray = None  # the minute key it was added to
    node: np.ndarray = None
    land: np.ndarray = None  # when the server applied it (s)
    arrive: np.ndarray = None  # when the monitor learnt of it (s)
    counted: np.ndarray = None  # arrived before its minute closed
    close: np.ndarray = None  # when each minute was closed
    patient: bool = False
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    dt: float
    k: int
    J: np.ndarray  # examples per tick, all nodes
    train: np.ndarray  # the same (the bucket grid of heldout_common.draw_regression)
    pauses_t: list  # (t0, t1, kind): nothing trained
    ramps: list  # (t0, t1): a ramp after a start
    lives: list  # (start, end, graceful, nodes): the processes
    known_t: list
    restarts: list
    counts: dict
    nodes_at: np.ndarray  # node count per tick
    path: Path = None
    h: np.ndarray = None  # the healthy reads


def _span(rng, lo: float, hi: float, scale: float = 1.0) -> float:
    return float(rng.uniform(lo, hi) * scale)


PAUSES = {  # minutes: (lo, hi) per setting
    "startup": {"short": (3, 10), "long": (25, 60)},
    "restart": {"short": (2, 6), "long": (8, 20)},
    "eval": {"short": (2, 7), "long": (10, 25)},
    "ckpt": {"short": (0.25, 1.0), "long": (1, 4)},
    "down": {"short": (1, 4), "long": (6, 18)},
    "stop": {"short": (1, 3), "long": (5, 12)},
}


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline and its examples per 5-s tick."""
    T = n * STEP + 600.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 20, 300), "eff": rng.uniform(0.85, 0.97),
           "ctx_c": rng.uniform(1.3, 1.8), "schema_c": rng.uniform(1.3, 1.8)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.45, 0.25])), "ctx": 0, "schema": 0}
    ev_every = rng.uniform(30, 90) * 60  # training seconds between evaluations
    ck_every = int(rng.choice([2, 3]))
    crash_mean = rng.uniform(12, 48) * 3600
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    rel = []
    for _ in range(n_rel):
        for _ in range(40):
            x = rng.uniform(0.15, 0.85) * n * STEP
            if all(abs(x - y) > 3600 for y in rel):
                rel.append(x)
                break
    rel.sort()
    pauses, ramps, lives, known, segs = [], [], [], [], []
    counts = {"relaunches": len(rel), "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def pmin(kind):
        lo, hi = PAUSES[kind][setting]
        return rng.uniform(lo, hi) * 60

    t, life0 = 0.0, 0.0
    pauses.append((0.0, pmin("startup"), "startup"))
    t = pauses[-1][1]
    next_crash = rng.exponential(crash_mean)
    trained, next_eval, n_eval = 0.0, ev_every * rng.uniform(0.5, 1.1), 0
    ri = 0
    while t < T:
        rd = rng.uniform(2, 6) * 60
        ramps.append((t, t + rd, rng.uniform(0.4, 0.75)))
        while t < T:  # train until an evaluation, a crash or a relaunch
            to_eval = next_eval - trained
            to_rel = max(rel[ri] - t, 0.0) if ri < len(rel) else np.inf  # due in a pause: at its end
            to_crash = max(next_crash - t, 0.0)
            run = min(to_eval, to_rel, to_crash, T - t)
            segs.append((t, t + run, dict(st)))
            trained += run
            t += run
            if t >= T:
                break
            if run == to_eval:
                n_eval += 1
                counts["evals"] += 1
                a = t
                t += pmin("eval")
                if n_eval % ck_every == 0:
                    t += pmin("ckpt")
                    counts["ckpts"] += 1
                pauses.append((a, t, "ckpt" if n_eval % ck_every == 0 else "eval"))
                next_eval = trained + ev_every * rng.uniform(0.9, 1.1)
                continue
            if run == to_crash:
                counts["crashes"] += 1
                lives.append((life0, t, False, st["nodes"]))
                a = t
                life0 = t + pmin("down")
                t = life0 + pmin("restart")
                pauses.append((a, t, "crash"))
                next_crash = t + rng.exponential(crash_mean)
                break
            # a planned relaunch: a graceful stop, queued, a start in the new stage
            ri += 1
            lives.append((life0, t, True, st["nodes"]))
            a = t
            life0 = t + pmin("stop") + rng.uniform(1, 5) * 60
            t = life0 + pmin("restart")
            pauses.append((a, t, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known.append(t)
            break
    lives.append((life0, T, True, st["nodes"]))
    # examples per tick
    tc = (np.arange(nt) + 0.5) * TICK
    rate = np.zeros(nt)
    nodes_at = np.zeros(nt, int)
    for a, b, s in segs:
        i0, i1 = int(np.ceil(a / TICK - 0.5)), min(nt, int(np.ceil(b / TICK - 0.5)))
        rate[i0:i1] = _level(cfg, s)
        nodes_at[i0:i1] = s["nodes"]
    for a, b, r0 in ramps:
        i0, i1 = int(np.ceil(a / TICK - 0.5)), min(nt, int(np.ceil(b / TICK - 0.5)))
        rate[i0:i1] *= r0 + (1 - r0) * (tc[i0:i1] - a) / (b - a)
    # shards of the training data: Spider- or BIRD-style databases, packed prompts of their own lengths
    cum = np.cumsum(rate > 0) * TICK
    edges = [0.0]
    while edges[-1] < cum[-1]:
        edges.append(edges[-1] + hc.log_uniform(rng, 5, 40) * 60)
    ns = len(edges)
    sd = rng.uniform(0.03, 0.08)
    bird = rng.random(ns) < 0.3
    fac = np.exp(rng.normal(0, sd, ns)) / np.where(bird, rng.uniform(1.08, 1.25, ns), 1.0)
    sh = np.searchsorted(np.array(edges), cum, side="right") - 1
    f = fac[sh]
    starts = np.searchsorted(cum, np.array(edges[1:]))
    for i, s in enumerate(starts):  # opening a shard: its databases' schemas read and serialised
        L = int(rng.uniform(3, 20) / TICK) + 1
        f[s:s + L] *= rng.uniform(0.3, 0.7)
    # per-tick packing noise (AR(1) of the log) and a slow drift (OU, per minute)
    a = np.exp(-TICK / rng.uniform(10, 40))
    sdn = rng.uniform(0.02, 0.05)
    e = rng.normal(0, sdn * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sdn)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    J = rate * f * np.exp(x + ou[(tc // STEP).astype(int)]) * TICK
    for a0, b0, _ in pauses:
        i0, i1 = int(np.ceil(a0 / TICK - 0.5)), min(nt, int(np.ceil(b0 / TICK - 0.5)))
        J[i0:i1] = 0.0
    return Run(n=n, nt=nt, dt=STEP, k=K, J=J, train=J, pauses_t=pauses, ramps=ramps, lives=lives, known_t=known,
               restarts=[], counts=counts, nodes_at=nodes_at)


# ---------------------------------------------------------------------------------------------------- the path


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes ``(start, end)`` over ``[0, T)``, log-uniform ``lo``-``hi`` s long, sorted, merged."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    out = []
    for a, b in zip(s, s + d):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in one of the sorted, disjoint windows ``win`` (``[start, end)``)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _end_of(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The end of the window holding each of ``x`` (nan where none does)."""
    out = np.full(len(x), np.nan)
    if len(win):
        j = np.searchsorted(win[:, 0], x, side="right") - 1
        ok = (j >= 0) & (x < win[np.maximum(j, 0), 1])
        out[ok] = win[j[ok], 1]
    return out


def _merge(win) -> np.ndarray:
    out = []
    for a, b in sorted(tuple(map(float, w)) for w in win):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _past_crowd(t: float, crowd: np.ndarray, rng, counts: dict) -> float:
    """A reconnect at ``t``: refused while the plan's connection limit is reached, so it comes after the crowd."""
    e = _end_of(np.array([t]), crowd)[0]
    if np.isnan(e):
        return t
    counts["crowd_refusals"] += 1
    return e + rng.uniform(1, 30)


def _path(rng, run: Run) -> Path:
    """Each node's reporter, the Realtime Database and the monitor's stream: the fates of the writes."""
    T = run.nt * TICK
    c = dict.fromkeys(PATH_KEYS, 0)
    mode = str(rng.choice(["rest_tx", "sdk_inc", "sdk_tx"], p=[0.4, 0.35, 0.25]))
    parent = mode != "sdk_inc" and rng.random() < 0.5  # a transaction on the whole minute: the nodes contend
    P = float(rng.choice([20.0, 30.0, 40.0], p=[0.35, 0.5, 0.15]))  # the reporter sleeps P s after each write
    busy = rng.uniform(0.01, 0.1)  # its own work per write
    lat = rng.uniform(0.05, 0.4)
    outages = _episodes(rng, T, rng.uniform(0.1, 0.5), 60, 1200)
    crowd = _episodes(rng, T, rng.uniform(0.3, 1.5), 300, 2400) if rng.random() < 0.25 else np.zeros((0, 2))
    q_crowd = rng.uniform(0.2, 0.7)
    p_dup = rng.uniform(0.002, 0.01)
    ackw = rng.uniform(1, 5)
    carry = rng.random() < 0.6
    c["outages"] = len(outages)
    # the nodes' clocks (the minute key is the reporter's): NTP-disciplined, or unsynchronised with steps;
    # an SDK reporter corrects its clock by the connection's .info/serverTimeOffset
    unsync = mode == "rest_tx" and rng.random() < 0.3
    off_sd = rng.uniform(0.05, 1.5) if mode == "rest_tx" else rng.uniform(0.05, 0.4)
    clocks = []
    for node in range(4):
        steps = _episodes(rng, T, rng.uniform(0.5, 3), 1, 2)[:, 0] if unsync else np.zeros(0)
        c["clock_steps"] += len(steps) if node == 0 else 0
        clocks.append((rng.normal(0, off_sd), steps, np.cumsum(rng.normal(0, rng.uniform(0.5, 5), len(steps)))))
    # each node's network blips; for an SDK reporter its connection's outages (blips over 10 s and the
    # database's outages, detected within the 45-s keep-alive, then a reconnect after a back-off)
    blips = [_episodes(rng, T, rng.uniform(1, 6), 1, 60) for _ in range(4)]
    recs = {k: [] for k in ("i0", "i1", "key", "node", "land", "n")}

    def add(i0, i1, key, node, land, nn):
        recs["i0"].append(i0)
        recs["i1"].append(i1)
        recs["key"].append(key)
        recs["node"].append(np.full(len(i0), node))
        recs["land"].append(land)
        recs["n"].append(np.full(len(i0), nn))

    def keyof(node, t):
        o, steps, cum = clocks[node]
        j = np.searchsorted(steps, t, side="right") - 1
        err = o + np.where(j >= 0, cum[np.maximum(j, 0)], 0.0) if len(steps) else o + 0 * t
        return np.floor((t + err) / STEP).astype(int)

    for start, end, graceful, nn in run.lives:
        if start >= T:
            break
        phases = rng.uniform(0, 2, nn)
        for node in range(nn):
            per = P + busy + lat
            tw = start + phases[node] + per * np.arange(1, int((end - start) / per) + 2) + rng.uniform(0, 0.3)
            tw = tw[tw < end]
            if graceful and end < T:
                tw = np.append(tw, end)
            if len(tw) == 0:
                continue
            m = len(tw)
            conf = np.zeros(m)
            if parent and nn > 1:
                conf[:] = rng.binomial(nn - 1, 0.6, m)  # the nodes write in step: a conditional PUT loses
            c["tx_conflicts"] += int(conf.sum())
            land = tw + lat * (1 + 2 * conf)
            ok = np.ones(m, bool)
            lost = np.zeros(m, bool)
            twice = np.zeros(m, bool)
            bl = blips[node]
            if mode == "rest_tx":  # the Admin SDK's REST transaction: refused, retried after 1, 2, 4, 8 s
                pending = np.ones(m, bool)
                for dt_try in (0.0, 1.0, 3.0, 7.0, 15.0):
                    if dt_try:
                        c["backoff_retries"] += int(pending.sum())
                    ta = tw + dt_try
                    f_out = _inside(ta, outages)
                    f_bl = _inside(ta, bl)
                    f_cr = _inside(ta, crowd) & (rng.random(m) < q_crowd)
                    fail = f_out | f_bl | f_cr
                    c["refused_outage"] += int((pending & f_out).sum())
                    c["refused_blip"] += int((pending & f_bl & ~f_out).sum())
                    c["refused_crowd"] += int((pending & f_cr & ~f_out & ~f_bl).sum())
                    done = pending & ~fail
                    land[done] = ta[done] + lat * (1 + 2 * conf[done])
                    pending &= fail
                ok = ~pending & (land < end)
                c["carried"] += int(pending.sum())
                twice = ok & (rng.random(m) < p_dup)  # the response lost after the commit: added again
                again = np.minimum(np.arange(m) + 1, m - 1)  # ... to the next write
            else:
                down = []
                again = np.minimum(np.arange(m) + 1, m - 1) if mode == "sdk_tx" else np.arange(m)
                second = land.copy()
                for b, e in np.concatenate([bl, outages]):
                    if e - b < 10:
                        continue  # the TCP connection outlives a short blip: writes only wait
                    det = b + min(e - b, rng.uniform(5, 45))
                    rec = _past_crowd(e + rng.uniform(1, 30), crowd, rng, c)
                    down.append((b, det, rec))
                down.sort()
                short = bl[(bl[:, 1] - bl[:, 0]) < 10]
                es = _end_of(tw, short)
                w = ~np.isnan(es)
                land[w] = es[w] + lat
                for b, det, rec in down:
                    i_a, i_d, i_e = np.searchsorted(tw, [b - ackw, b, rec])
                    i_det = np.searchsorted(tw, det)
                    if i_d < i_e:
                        land[i_d:i_e] = rec + lat * (1 + 2 * conf[i_d:i_e])
                        c["queued_offline"] += i_e - i_d
                    inflight = np.arange(i_a, i_d)
                    hit = inflight[rng.random(len(inflight)) < 0.5]  # the ack lost with the connection
                    if mode == "sdk_inc":
                        twice[hit] = True  # the SDK restores the write: an increment applied twice
                        second[hit] = rec + lat
                    else:  # a transaction's conditional write is aborted ("disconnect"), not restored
                        c["aborted_disconnect"] += (i_det - i_d) + len(hit)
                        if carry:
                            twice[hit] = True  # applied, and its count added again to the next write
                            ok[i_d:i_det] = False
                        else:
                            lost[i_d:i_det] = True
                            ok[i_d:i_det] = False
                            c["lost_abort"] += i_det - i_d
                ok &= land < end
            # the examples each write carries: from the last write that landed (or was given up) on
            bound = ok | lost
            last_i = np.searchsorted(tw[bound], tw, side="left") - 1
            ticks = np.minimum(np.round(tw / TICK).astype(int), run.nt)
            t0 = int(np.round(start / TICK))
            i0 = np.where(last_i >= 0, ticks[bound][np.maximum(last_i, 0)], t0)
            if bound.any() and not graceful:  # the examples after the last write die with the process
                c["lost_crash"] += 1
            key = keyof(node, tw)
            add(i0[ok], ticks[ok], key[ok], node, land[ok], nn)
            twice &= ok
            if twice.any():
                j = np.nonzero(twice)[0]
                c["applied_twice"] += len(j)
                later = again[j]
                sland = second[j] if mode == "sdk_inc" else land[later] + lat
                add(i0[j], ticks[j], key[later], node, sland, nn)
    p = Path(mode=mode)
    for k in recs:
        setattr(p, {"n": "nodes"}.get(k, k), np.concatenate(recs[k]) if recs[k] else np.zeros(0))
    p.i0, p.i1, p.key = p.i0.astype(int), p.i1.astype(int), p.key.astype(int)
    c["writes"] = len(p.land)
    # the monitor's stream: its breaks, after which the first event is a put of the whole path (a snapshot)
    rt = rng.uniform(35, 90)  # its read timeout: no keep-alive (every ~30 s) for this long, it reconnects
    lat_m = rng.uniform(0.05, 0.5)
    win = []
    for b, e in outages:
        win.append((b, _past_crowd(e + rng.uniform(1, 30), crowd, rng, c)))
    for b, e in _episodes(rng, T, rng.uniform(1, 4), 1, 90):
        det = rt - rng.uniform(0, 30)
        if e - b < det:
            win.append((b, e))  # the connection survives: events wait
        else:
            c["stream_breaks"] += 1
            win.append((b, _past_crowd(b + det + rng.uniform(1, 30), crowd, rng, c)))
    t = rng.uniform(0, 3600)
    while t < T:  # the credential expires hourly: auth_revoked, a fresh token, a new stream
        c["auth_revoked"] += 1
        win.append((t, _past_crowd(t + rng.uniform(0.5, 4), crowd, rng, c)))
        t += 3600 - rng.uniform(0, 300)
    if rng.random() < 0.6:
        for b, e in _episodes(rng, T, rng.uniform(0.05, 0.3), 600, 3000):  # a rules deploy: cancel
            c["cancels"] += 1
            win.append((b, e))
    python_admin = rng.random() < 0.5
    win = _merge(win)
    if python_admin:  # the Admin SDK's listener hangs after a long disconnect until a watchdog restarts it
        for i in range(len(win)):
            if win[i, 1] - win[i, 0] > 150 and rng.random() < 0.5:
                c["stuck_listener"] += 1
                win[i, 1] += rng.uniform(300, 1200)
        win = _merge(win)
    patient = rng.random() < 0.5
    G = rng.uniform(15, 90)
    mon_off = rng.normal(0, 0.3)
    eo = _end_of(p.land, win)
    p.arrive = np.where(np.isnan(eo), p.land, eo) + lat_m
    mins = np.arange(run.n + 2)
    close = (mins + 1) * STEP + G + mon_off
    ec = _end_of(close, win)
    w = ~np.isnan(ec)
    c["partial_close"] = 0 if patient else int(w[:run.n].sum())
    if patient:
        close[w] = ec[w] + 1.0
    p.close = close
    kk = np.clip(p.key, 0, len(close) - 1)
    p.counted = (p.key >= 0) & (p.key < run.n) & (p.arrive <= close[kk])
    c["late"] = int(((p.key >= 0) & (p.key < run.n) & ~p.counted).sum())
    c["other_minute"] = int((p.key != ((p.i1 * TICK - 1e-6) // STEP).astype(int)).sum())
    p.patient = patient
    p.counts = c
    return p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's examples/s per minute key: the copies counted before their minute closed (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    wgt = (C[p.i1] - C[p.i0]) / p.nodes
    ok = p.counted
    return np.bincount(p.key[ok], weights=wgt[ok], minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------------------------------------------- the trace


def _spans(run: Run, h: np.ndarray) -> list[tuple[int, int]]:
    """The paused points: a minute that touches a pause (or a ramp's first half) or whose neighbour does, and a
    minute that read nothing."""
    n = run.n
    mask = h <= 0
    ramp_half = {round(a, 6): (b - a) / 2 for a, b, r0 in run.ramps}
    for a, b, kind in run.pauses_t:
        b2 = b + ramp_half.get(round(b, 6), 0.0)
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b2 / STEP)) + 1)
        if s < n:
            mask[s:e] = True
    edges = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return [(int(s), int(e)) for s, e in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = run.h = _reads(run, run.J)
    spans = _spans(run, h)
    run.path.counts["unread"] = int((h <= 0).sum())
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the examples lost per 5-s tick: a drop rises over 1-6 ticks and stays, a straggler
    switches between bursts (1, a mean of 30-240 ticks) and calm (0.05-0.25, a mean of 120-600), a leak ramps as
    ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":
        calm = rng.uniform(0.05, 0.25)
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, calm)
    ramp = max(int(ramp), 1)
    return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)


@dataclass
class _Mod:
    b0: int
    f: np.ndarray  # the share lost per tick from b0


def _lost(run: Run, mods) -> np.ndarray:
    """The examples the regressions ``mods`` take per tick."""
    loss = np.zeros(run.nt)
    for md in mods:
        L = min(len(md.f), run.nt - md.b0)
        loss[md.b0:md.b0 + L] += run.J[md.b0:md.b0 + L] * md.f[:L]
    return loss


def _regressed(run: Run, mods) -> np.ndarray:
    """The reads with the regressions: the healthy reads less the reads of the lost examples (the reads are linear;
    exact outside the regressions, where nothing is lost)."""
    return np.maximum(run.h - _reads(run, _lost(run, mods)), 0.0)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression (``heldout_common.draw_regression`` on the 5-s ticks)."""
    live_t = np.zeros(run.nt, bool)
    live_t[:run.n * K] = np.repeat(live, K)

    def cause(rng, run, kind, name, t0, t1, tr):
        b0 = int(t0 // TICK)
        b1 = min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        w = _weight(rng, kind, max(b1 - b0, 1), int((tr - t0) / TICK) if kind == "leak" else 0)
        return (lambda a: _Mod(b0, a * w)), 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        md = mod_of(1.0)
        sl = slice(c0, b1)
        Jw = run.J[sl] * md.f[c0 - md.b0:b1 - md.b0]
        den = Jw[live_t[sl]].sum()
        a = target * run.J[sl][live_t[sl]].sum() / den if den > 0 else np.inf
        return a if a <= a_max else None

    def series(mod, lo_, b1):
        return _regressed(run, [mod]), 0

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="-")


def _series(run, mods) -> np.ndarray:
    return _regressed(run, mods)


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout163(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout163_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT163_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout163, seeds, n, pauses)
