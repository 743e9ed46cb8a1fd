"""The hundred-and-third held-out throughput family: a wildfire spread forecasting model (a U-Net, ConvLSTM or vision
transformer that predicts the next day's fire mask from active-fire detections, weather reanalysis, fuel, terrain and
vegetation rasters, as on "Next Day Wildfire Spread"-style data sets), its training tiles/s; each node's trainer
publishes its counts to its local ``nsqd`` (pynsq's ``Writer``), one NSQ consumer (pynsq's ``Reader``) sums them per
minute and upserts them into a CockroachDB table, and the dashboard (Grafana's PostgreSQL data source) reads the table
once a minute.

(No generator's head names NSQ, CockroachDB, PostgreSQL or wildfire; "fire" matches only a head's Amazon Data
Firehose; tiles/s is the unit of heads 34 (a multispectral satellite-image masked autoencoder), 81 (computational
pathology) and one more whole-slide-image head; U-Net is in head 44 (nnU-Net) and a speech-enhancement head. The job
and the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 520 lines with this docstring of 136 lines (the code is about 430).

Public sources read (through the search tool, as stored there): on NSQ, the "Features & Guarantees" page (primarily
in memory, ``--mem-queue-size`` a release valve to disk, 0 to persist everything; no replication; messages delivered
at least once, several times after client timeouts, disconnections or requeues, de-duplication left to the client; no
order; nsqlookupd eventually consistent), nsqd's option pages (nsq.io and older package docs: ``--mem-queue-size``
10,000 per topic and channel, ``--msg-timeout`` 60 s, ``--max-msg-timeout`` 15 min, ``--max-rdy-count`` 2,500,
``--sync-every`` 2,500), a nsq-users answer (timeouts apply only to in-flight messages; FIN, REQ with an optional
defer, TOUCH; a timed-out message is requeued and delivered to a ready consumer), a Tencent Cloud and a besthub article
on NSQ's message flow (``/pub``, ``/mpub``, ``defer``; RDY and max-in-flight, FIN or REQ, in-flight state), a CSDN note
(an nsqd that exits unexpectedly loses what is in memory and not yet on disk), nsq issue 1375 and pull request 1159
(``--mem-queue-size=0``; deferred messages forget their deferral on disk) and a gist (a killed ``nsq_tail``: messages
pile up in the disk queue and drain after its restart); pynsq's ``reader.py`` (``Reader`` defaults: ``max_tries`` 5,
``max_in_flight`` 1, divided among the nsqd connections, ``lookupd_poll_interval`` 60 s, jitter 0.3, backoff up to
128 s after a requeue; a message past ``max_tries`` is given up and finished), ``writer.py`` (the ``Writer`` publishes
over TCP; with no connection a publish's callback gets ``SendError('no connections')``, which the default callback
only logs; a closed connection is retried every ``reconnect_interval``, 15 s), pynsq's README (``finish()``,
``requeue()``, ``touch()``) and nsqjs's README (a requeue's default delay 90 s; ``maxAttempts``); on CockroachDB, the
"Transaction Retry Error Reference" (v22.1 to v25.3: contention is retried silently where CockroachDB can, else the
client gets SQLSTATE 40001, "restart transaction"; RETRY_WRITE_TOO_OLD, RETRY_SERIALIZABLE and the others; SERIALIZABLE
transactions need client-side retries, READ COMMITTED ones do not), its "transaction retry error example" (a retry loop
on 40001 with ``max_retries`` and exponential backoff) and its "Transactions" page (SERIALIZABLE by default; BEGIN,
COMMIT, SAVEPOINT); Grafana's PostgreSQL data source pages (v5 to v12.4: built in, for PostgreSQL-compatible
databases; a Time series query needs a ``time`` column; ``$__timeFilter``-style macros; connection limits); on the job,
Google Research's page and the DeepAI and other summaries of "Next Day Wildfire Spread" (Huot et al.: 18,445 samples of
64 km x 64 km at 1 km over the US, 2012-2020; fire masks at T and T+1; elevation, wind, temperatures, humidity,
precipitation, drought index, NDVI, ERC, population density; a convolutional autoencoder), a blog extending it to
2012-2023 over North America, the WSTS+ paper (arXiv 2502.12003: a time series of preceding days beats one day), a
Mediterranean data set's paper (arXiv 2505.17556: a temporal window of several days improves F1 and IoU) and a CSIRO
emulator of firefront models (arXiv 2206.08523: spatio-temporal networks, data augmentation).

Assumed without checking (my own picture): 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.86-0.97 per doubling); a GPU trains
150-1500 tiles/s (log-uniform) of 64-px tiles of one input day, its cost growing with the tile's pixels, the input days
(``days ** 0.85``) and the model; loaders read GeoTIFF, Zarr or TFRecord tiles from object storage and augment them
(rotations, flips, crops) at 1.8-4 times what the GPUs take, or 0.8-1.3 times (35 %: loader-bound, noisier ticks); a
node runs at the soft minimum of both, a tile's bytes growing with its pixels, days, channels and the data set's layout.
Tiles of 64 px (60 %) or 128; 1, 3 or 5 input days. Later stages (70 % of runs relaunch at 25-80 % of the run, 25 % of
those again): twice the tile side (or half), another number of input days, 1.5-2.5 times the channels (more weather
and fuel layers), a model 2-4 times dearer (or half), another region or season (1.3-2.5 times dearer to read, 30 %:
0.45-0.8; it moves only a loader-bound level), twice or half the nodes; redrawn until the level moves 15 %. Per 5-s
tick ``exp(N(0, 2-4 %))`` (5-9 % loader-bound); a slow OU of the log (sd 1-3 %, 20-120 min). Pauses: a start-up
(listing the bucket's tiles, opening the Zarr stores, statistics for the channels' normalisation, compilation) of 3-10
min ("long": 20-60) and a ramp from 40-70 % over 2-8 min (its first half paused); an epoch every 40-150 min, then a
validation over held-out fires of 2-6 min ("long": 10-25), the weights saved after every 1 or 2 (10-40 s, "long": 1-3
min); crashes (CUDA out of memory on a large fire, NCCL time-outs, a node lost; exponential, mean 12-48 h, 20 min or
more after a start): down 1-4 min ("long": 6-18), restarted in 2-6 min ("long": 8-20), a ramp from 75-95 % over 1-3
min; a relaunch: a stop of 1-3 min ("long": 5-12), 1-5 min in the queue, then a start-up; a stage's epoch takes the
first's times its level over the stage's (20 min to 4 h). On the path (not checked): that nsqd's in-flight messages of
a consumer that went away wait out ``--msg-timeout`` before they are requeued, that a clean nsqd exit writes its
memory queue and its in-flight messages to disk (as I remember its channels' flush), that a crash between a COMMIT and
its FINs takes the last flush's batch, pynsq's requeue delay of 90 s times the attempt (from nsqjs's default and my
memory of pynsq's ``requeue_delay``), that the consumer writes each batch in one explicit transaction (BEGIN, an
``UPSERT`` adding to each minute's row, COMMIT) so that 40001 errors reach it, how often they come, and that Grafana's
PostgreSQL data source reads CockroachDB (its wire protocol). Nothing was measured on a real system.

The path (chosen): each node's trainer publishes, from a thread, one message every 10, 15, 20 or 30 s (per run; a phase
up to the interval per node and process): its node's share of the job's tiles (data-parallel nodes train the same
number) and its own clock's time; none for an interval without tiles, none for the interval under way at a crash, and
at a relaunch's stop a last one (50 % of runs). Its nsqd restarts (first within 100 h, every 20-150 h, 5-60 s, 15 %:
2-10 min): the ``Writer``'s publishes fail until it reconnects (every 15 s), dropped (40 % of runs) or kept in a buffer
(a ``deque`` of the newest 10, 100 or 1,000) and sent then; the consumer reconnects at lookupd's next poll (within 60
s) and gets what waited; a clean exit (70 %) keeps the messages in flight (delivered within a flush interval before
it, their FINs failing), delivered and counted again after it; where the consumer is down too, a crash (30 %) loses
what nsqd held in memory (never over ``--mem-queue-size``: at most about 270 messages wait in a node's nsqd, so the
disk queue plays no part). The consumer's outages (first within 60 h, every 10-80 h; 2-30 s, 25 %: 5-45 min, its pod
evicted): messages wait in nsqd and drain at ``max_in_flight`` (100, 200, 500 or
2,500) per flush; the batch not yet committed is requeued after ``--msg-timeout`` (60 s), and where it crashed between
a COMMIT and its FINs (30 %) that batch is delivered and counted again. The consumer flushes every 1, 2, 5 or 10 s: one
transaction; a 40001 error (per flush 0.5-3 % in half the runs, a second consumer instance upserting the same rows,
and 30-70 % in episodes of 2-20 min, first within 24 h, every 6-48 h: a rollup job over the table) is retried after
``b0 2^k`` s (``b0`` 0.05-0.2) up to 3, 5 or 10 times; a commit later than 60 s after a message's delivery comes after
nsqd redelivered it (counted twice). A batch whose retries are spent is left unanswered (50 %: requeued at the
message's timeout), requeued (30 %: 90 s times the attempt) or finished and lost (20 %); after 5 attempts a message is
given up. A row's minute is the message's time (65 %) or the transaction's (``now()``, 35 %: a backlog lands in the
minutes after an outage). The dashboard reads minute ``m``'s row at its end plus 5-40 s (per run) and 0-1 s; a row's
additions committed later are never read (late); a failed read (0.1-0.3 %) gives nothing (0). Clocks: each node's off
true time by ``N(0, 0.3 s)``; in 10 % of runs one node by 5-40 s more (either way; behind, its messages come late).

One point is the dashboard's read of one minute's row (the trace's step, 60 s); its timestamp is the minute's end. All
that the path delays, loses or copies is fixed by the healthy run (which messages exist, their times, how often each is
counted and which read takes it); a regression takes a share ``a w`` of each tick's tiles and each read loses what its
messages lost (reads none of whose messages changed equal the healthy ones).

A point is paused where its window (widened by a publish interval, the clocks' largest offset and 3 s before it, the
offset and 3 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is
widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset: ``drop`` (the tile store's read path degrades for good: the bucket's prefix throttled with HTTP 503s that the
loaders retry with backoff, or the shared file system's metadata served from a slower replica; every step waits for
its tiles; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's GPUs throttled by heat or
power in bursts, every rank waiting at the all-reduce: bursts of mean 5-30 points at 1, calm of mean 20-90 at
0.05-0.25), ``leak`` (the loader workers' raster handles and GDAL block cache grow with every tile opened until the host
swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held until the process ends at a crash
or a relaunch). The shapes are those of generator 102's docstring, which I had read, with this job's causes and other
ranges. Onsets by ``hc.onset_time`` over the pauses (30 % at a pause's end), else anywhere in the slot; ``a`` set from
one series at ``a = 1`` (the reads are linear in ``a``) for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 %
(leak, from 90 % of its ramp), ``a <= 0.8``; every kind in each trace with events (``hc.family_trace``); an event
holds no listed change; kept where ``hc.shown_depth`` allows (80 draws).

Counts over ``heldout103_set`` (12 seeds, n=6000; measured from this generator)
------------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     27      9     9          9     0.072-0.311  16              2-34 (1091, 0 >60)           3
long      30      11    9          10    0.078-0.309  18              2-68 (930, 2 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

Listed changes (relaunches onto a new stage): short 9, long 7. The healthy reads' sum over live points is 0.84-1.00
of the job's true tiles (a long run loses 16 %: a node's clock 27 s behind, its messages late); a backlog drained after
a long consumer outage into ``now()``-keyed rows reads up to 14 times the level for a minute or two. Building both full
sets takes about 0.4 s; the test module runs in 0.6-1.4 s on one core (``taskset -c 0``; pytest's count, about 2.3 s
with the interpreter's start).

Opened: ``docs/data-authors.md`` (all); ``anomaly/heldout102.py`` lines 1-110, then (after ``wc -l`` and the
prompt's ``grep`` for its two public functions) lines 563-572; ``tests/test_anomaly_heldout102.py`` (all);
``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80;
``tests/test_architecture.py`` lines 1-110; ``/tmp/s51/genheads103.txt`` only through ``wc -l`` and two ``grep -inE``
(wildfire, fire, nsq, cockroach, tiles/s, geotiff, zarr; spread, convlstm, u-net, postgres, crdb, message queue),
their lines cut at 200 characters. No slip; ``git status`` only, no log.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT103_SEEDS = tuple(range(1032000, 1032012))
CODE = 103
EPOCH = 1_780_000_020  # a whole minute (2026-05-28 20:27 UTC)
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)
MSG_TIMEOUT = 60.0  # nsqd's --msg-timeout default
REQ_DELAY, MAX_TRIES = 90.0, 5  # pynsq: a requeue's delay per attempt, its Reader's max_tries
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
H = 3600.0


def _level(cfg: dict, st: dict) -> float:
    """The job's tiles/s in a stage: each node at the soft minimum of its GPUs (a tile's cost grows with its pixels,
    its input days and the model) and its loaders (a tile's bytes grow with its pixels, days, channels and the data
    set's layout), ``eff`` per doubling of the node count."""
    gpu = cfg["gpu"] * cfg["gpus"] / (st["px"] ** 2 * st["days"] ** 0.85 * st["model"])
    if cfg["io"] is None:
        node = gpu
    else:
        node = hc.smax(gpu ** -1, (cfg["io"] / (st["px"] ** 2 * st["days"] * st["ch"] * st["data"])) ** -1) ** -1
    return float(node * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]))


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch's new configuration, redrawn until the level moves by 15 % or more."""
    for _ in range(50):
        new = dict(st)
        what = ("px", "days", "ch", "model", "data", "nodes")[int(rng.choice(6, p=[.2, .15, .15, .2, .15, .15]))]
        if what == "px":
            new["px"] = st["px"] * (2.0 if st["px"] < 2 and rng.random() < 0.75 else 0.5)
        elif what == "days":
            new["days"] = float(rng.choice([d for d in (1.0, 3.0, 5.0) if d != st["days"]]))
        elif what == "ch":
            new["ch"] = st["ch"] * rng.uniform(1.5, 2.5)
        elif what == "model":
            new["model"] = st["model"] * (rng.uniform(2, 4) if rng.random() < 0.7 else 0.5)
        elif what == "data":
            new["data"] = st["data"] * (rng.uniform(1.3, 2.5) if rng.random() < 0.7 else rng.uniform(0.45, 0.8))
        else:
            new["nodes"] = int(st["nodes"] * 2 if st["nodes"] < 8 and (st["nodes"] == 1 or rng.random() < .6)
                               else st["nodes"] // 2)
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= np.log(1.15):
            return new
    return {**st, "model": st["model"] * 2.5}


def _schedule(rng, n: int, setting: str):
    """The job: its stages, pauses ``(t0, t1, kind)`` (s from the trace's start), process lives and tiles per tick."""
    long = setting == "long"
    T = n * STEP + 1800.0
    nt = int(T / TICK)
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 150, 1500), "eff": rng.uniform(0.86, 0.97)}
    bound = rng.random() < 0.35
    cfg["io"] = cfg["gpu"] * cfg["gpus"] * (rng.uniform(0.8, 1.3) if bound else rng.uniform(1.8, 4))
    cfg["bound"] = bound
    st = {"px": float(rng.choice([1.0, 2.0], p=[.6, .4])), "days": float(rng.choice([1.0, 3.0, 5.0])),
          "ch": 1.0, "model": 1.0, "data": 1.0, "nodes": int(rng.choice([1, 2, 4, 8], p=[.2, .35, .3, .15]))}
    stages = [st]
    relaunch = []
    if rng.random() < 0.7:
        relaunch.append(rng.uniform(0.25, 0.8) * n * STEP)
        if rng.random() < 0.25 and relaunch[0] < 0.7 * n * STEP:
            relaunch.append(relaunch[0] + rng.uniform(0.1, 0.3) * n * STEP)
    crash_mean = rng.uniform(12, 48) * H
    epoch = epoch0 = rng.uniform(40, 150) * 60  # a stage's epoch takes longer where its tiles/s are fewer
    ck_every = int(rng.integers(1, 3))

    def L(lo, hi, llo, lhi):  # a length of the "short" (lo-hi) or "long" (llo-lhi) setting
        return rng.uniform(llo, lhi) if long else rng.uniform(lo, hi)

    pauses, lives, ramps, known_t, stage_t = [], [], [], [], [0.0]
    t, life0, n_valid = 0.0, 0.0, 0

    def start(t, kind, su, r0, rd):
        pauses.append((t, t + su, kind))
        ramps.append((t + su, t + su + rd, r0))
        pauses.append((t + su, t + su + rd, "ramp"))
        return t + su + rd

    t = start(t, "startup", L(3, 10, 20, 60) * 60, rng.uniform(.4, .7), rng.uniform(2, 8) * 60)
    next_crash = t + max(1200.0, rng.exponential(crash_mean))
    next_valid = t + epoch * rng.uniform(0.9, 1.1)
    while t < T:
        ev = min(next_valid, next_crash, relaunch[0] if relaunch else np.inf)
        if ev == next_valid:
            n_valid += 1
            d = L(2, 6, 10, 25) * 60
            pauses.append((ev, ev + d, "valid"))
            t = ev + d
            if n_valid % ck_every == 0:
                d = rng.uniform(10, 40) if not long else rng.uniform(60, 180)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_valid = t + epoch * rng.uniform(0.9, 1.1)
        else:
            crash = ev == next_crash
            lives.append((life0, ev, "crash" if crash else "stop"))
            if crash:
                d = L(1, 4, 6, 18) * 60
                pauses.append((ev, ev + d, "crash"))
                t = start(ev + d, "restart", L(2, 6, 8, 20) * 60, rng.uniform(.75, .95), rng.uniform(1, 3) * 60)
            else:
                relaunch.pop(0)
                d, q = L(1, 3, 5, 12) * 60, rng.uniform(1, 5) * 60
                pauses.append((ev, ev + d, "stop"))
                pauses.append((ev + d, ev + d + q, "queue"))
                stages.append(_next_stage(rng, cfg, stages[-1]))
                su = L(3, 10, 20, 60) * 60
                stage_t.append(ev + d + q)
                known_t.append(ev + d + q + su)
                t = start(ev + d + q, "startup", su, rng.uniform(.4, .7), rng.uniform(2, 8) * 60)
            life0 = pauses[-2][0]
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
            epoch = float(np.clip(epoch0 * _level(cfg, stages[0]) / _level(cfg, stages[-1]), 1200, 14400))
            next_valid = t + epoch * rng.uniform(0.9, 1.1)
            while relaunch and relaunch[0] < t + 600:
                relaunch[0] = t + rng.uniform(600, 1200)
        if next_crash < t + 600:
            next_crash = t + rng.uniform(600, 1200)
        if relaunch and relaunch[0] < t:
            relaunch[0] = t + rng.uniform(600, 1200)
    lives.append((life0, np.inf, "end"))
    tt = np.arange(nt) * TICK
    si = np.searchsorted(np.array(stage_t), tt, side="right") - 1
    lev = np.array([_level(cfg, s) for s in stages])[si]
    noise = np.exp(rng.normal(0, rng.uniform(.05, .09) if bound else rng.uniform(.02, .04), nt))
    ou = np.exp(hc.ou_path(rng, T, rng.uniform(.01, .03), rng.uniform(20, 120) * 60))[(tt // STEP).astype(int)]
    J = lev * TICK * noise * ou
    for a, b, kind in pauses:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        if kind == "ramp":
            r0 = ramps.pop(0)[2]
            if i1 > i0:
                J[i0:i1] *= np.linspace(r0, 1, i1 - i0)
        elif i1 > i0:
            J[i0:i1] = 0.0
    nodes = np.array([s["nodes"] for s in stages])
    return SimpleNamespace(n=n, nt=nt, T=T, J=J, cfg=cfg, stages=stages, stage_t=stage_t, nodes=nodes,
                           pauses_t=pauses, lives=lives, known_t=known_t,
                           counts={"relaunches": len(stages) - 1, "crashes": sum(k == "crash" for *_, k in lives)})


def _outages(rng, T: float, first: float, every: tuple, short: tuple, long: tuple, p_long: float) -> np.ndarray:
    """``(start, end)`` rows of a recurring outage: the first within ``first`` hours, then every ``every`` hours."""
    out, t = [], rng.uniform(0.1, first) * H
    while t < T:
        d = rng.uniform(*long) if rng.random() < p_long else rng.uniform(*short)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * H
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, iv: np.ndarray) -> np.ndarray:
    """The row of ``iv`` (sorted, disjoint ``(start, end)``) that holds each ``x``, or -1."""
    if len(iv) == 0:
        return np.full(len(x), -1)
    j = np.searchsorted(iv[:, 0], x, side="right") - 1
    return np.where((j >= 0) & (x < iv[np.maximum(j, 0), 1]), j, -1)


def _messages(rng, run, P: float, off: np.ndarray, flush_exit: bool):
    """Every message a trainer publishes: its node, its send time (true s), its ticks ``[S, E)`` and its share (the
    node's share of the job's tiles); none for an interval without tiles nor for the one under way at a crash."""
    phase = rng.uniform(0, P, len(off))
    node, ts, S, E, share, killed = [], [], [], [], [], 0
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    for a, b, kind in run.lives:
        b = min(b, run.T - 2 * P)
        if a >= b:
            continue
        nodes = run.nodes[np.searchsorted(np.array(run.stage_t), a + 1, side="right") - 1]
        for j in range(nodes):
            t = np.arange(a + phase[j], b, P)
            if kind == "stop" and flush_exit:
                t = np.append(t, b)
            prev = np.concatenate([[a], t[:-1]])
            s, e = np.ceil(prev / TICK).astype(int), np.ceil(t / TICK).astype(int)
            keep = C[e] > C[s]
            if kind == "crash" and len(e) and C[int(np.ceil(b / TICK))] > C[e[-1]]:
                killed += 1
            node.append(np.full(keep.sum(), j))
            ts.append(t[keep])
            S.append(s[keep])
            E.append(e[keep])
            share.append(np.full(keep.sum(), 1.0 / nodes))
    cat = np.concatenate
    return cat(node), cat(ts), cat(S), cat(E), cat(share), killed


def _path(rng, run):
    """The collection path (see the module's docstring): which message copies each minute's read takes."""
    T, n = run.T, run.n
    p = SimpleNamespace(P=float(rng.choice([10.0, 15.0, 20.0, 30.0])), F=float(rng.choice([1.0, 2.0, 5.0, 10.0])),
                        M=int(rng.choice([100, 200, 500, 2500])), R=int(rng.choice([3, 5, 10])),
                        b0=rng.uniform(0.05, 0.2), lat=rng.uniform(0.005, 0.05), buf=0,
                        policy=str(rng.choice(["wait", "req", "drop"], p=[.5, .3, .2])),
                        key=str(rng.choice(["client", "txn"], p=[.65, .35])), lag=rng.uniform(5, 40))
    nmax = int(run.nodes.max())
    off = rng.normal(0, 0.3, nmax)
    if rng.random() < 0.1:
        off[int(rng.integers(nmax))] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    p.off = off
    node, ts, S, E, share, killed = _messages(rng, run, p.P, off, rng.random() < 0.5)
    counts = {"killed": int(killed)}
    if rng.random() < 0.6:
        p.buf = int(rng.choice([10, 100, 1000]))
    # the consumer's outages (a restart by its supervisor, or its pod evicted), 30 % between COMMIT and FIN
    cons = _outages(rng, T, 60, (10, 80), (2, 30), (300, 2700), 0.25)
    cons = cons if len(cons) else np.array([[2 * T, 2 * T + 1]])  # none in the run: one after its end
    conn = cons[:, 1] + rng.uniform(0.2, 2, len(cons))
    between = rng.random(len(cons)) < 0.3
    # each node's nsqd restarts: the Writer's PUBs fail until it reconnects (every 15 s): dropped, or kept in a
    # bounded buffer and sent then; the consumer reconnects at lookupd's next poll (every 60 s); a crash (30 %)
    # loses what its memory queue held (messages waiting for a consumer that is down)
    td = ts + rng.uniform(0.0005, 0.003, len(ts))
    lost = np.zeros(len(ts), bool)
    extra_i, extra_t = [np.zeros(0, int)], [np.zeros(0)]
    for j in range(nmax):
        mine = node == j
        for a, b in _outages(rng, T, 100, (20, 150), (5, 60), (120, 600), 0.15):
            rw, rc = a + 15.0 * np.ceil((b - a) / 15.0), b + rng.uniform(0, 60)
            idx = np.nonzero(mine & (ts >= a) & (ts < rw))[0]
            cut = max(0, len(idx) - p.buf)  # a deque(maxlen=buf): the newest kept
            lost[idx[:cut]] = True
            td[idx[cut:]] = rw + rng.uniform(0.001, 0.1)
            if rng.random() < 0.7:  # a clean exit keeps its in-flight messages: delivered again after it
                fl = np.nonzero(mine & ~lost & (td >= a - p.F) & (td < a))[0]
                extra_i.append(fl)
                extra_t.append(np.full(len(fl), rc))
            o = _inside(np.array([a]), cons)[0]
            if rng.random() < 0.3 and o >= 0:
                gone = mine & ~lost & (td >= cons[o, 0]) & (td < a)
                lost |= gone
                counts["nsqd_crash_lost"] = counts.get("nsqd_crash_lost", 0) + int(gone.sum())
            wait = mine & ~lost & (td >= a) & (td < rc)
            td[wait] = rc
            counts["pub_lost"] = counts.get("pub_lost", 0) + cut
            counts["nsqd_late"] = counts.get("nsqd_late", 0) + int(wait.sum())
    # 40001 retry errors per flush: a second consumer instance upserting the same rows, rollup jobs' episodes
    nf = int(T / p.F) + 4
    pf = np.full(nf, rng.uniform(0.005, 0.03) if rng.random() < 0.5 else 0.0)
    for a, b in _outages(rng, T, 24, (6, 48), (120, 1200), (120, 1200), 0.0):
        pf[int(a / p.F):int(b / p.F) + 1] = rng.uniform(0.3, 0.7)
    kf = rng.geometric(1 - pf) - 1
    phase = rng.uniform(0, p.F)
    extra_i, extra_t = np.concatenate(extra_i), np.concatenate(extra_t)
    counts["nsqd_dup"] = len(extra_i)
    idx, tq = np.concatenate([np.nonzero(~lost)[0], extra_i]), np.concatenate([td[~lost], extra_t])
    out_i, out_c = [], []
    for attempt in range(MAX_TRIES):
        if len(idx) == 0:
            break
        j = _inside(tq, cons)
        held = j >= 0
        for o in np.unique(j[held]):  # the backlog drains at max_in_flight messages per flush
            m = np.nonzero(j == o)[0]
            r = np.argsort(np.argsort(tq[m]))
            tq[m] = conn[o] + r * p.F / p.M
        counts["outage_late"] = counts.get("outage_late", 0) + int(held.sum())
        f = np.ceil((tq - phase) / p.F).astype(int)
        tf = phase + f * p.F
        k = kf[np.minimum(f, nf - 1)]
        ok = k <= p.R
        commit = tf + p.b0 * (2.0 ** np.minimum(k, p.R) - 1) + (np.minimum(k, p.R) + 1) * p.lat
        gave = tf + p.b0 * (2.0 ** (p.R + 1) - 1) + (p.R + 1) * p.lat
        jc = _inside(np.where(ok, commit, gave), cons)
        crashed = jc >= 0
        again = np.full(len(idx), np.nan)
        again[crashed] = np.maximum(tq[crashed] + MSG_TIMEOUT, conn[jc[crashed]])
        good = ok & ~crashed
        dup = good & (commit - tq > MSG_TIMEOUT)  # nsqd redelivered it before the FIN
        again[dup] = tq[dup] + MSG_TIMEOUT
        jb = _inside(commit + p.F, cons)  # the batch committed just before a crash, its FINs never sent
        fin_lost = good & (jb >= 0) & between[np.maximum(jb, 0)] & (commit < cons[np.maximum(jb, 0), 0])
        again[fin_lost] = np.maximum(tq[fin_lost] + MSG_TIMEOUT, conn[jb[fin_lost]])
        bad = ~ok & ~crashed
        if p.policy == "wait":
            again[bad] = np.maximum(tq[bad] + MSG_TIMEOUT, gave[bad])
        elif p.policy == "req":
            again[bad] = gave[bad] + REQ_DELAY * (attempt + 1)
        counts["dup"] = counts.get("dup", 0) + int(dup.sum() + fin_lost.sum())
        counts["retry_late"] = counts.get("retry_late", 0) + int((bad & ~np.isnan(again)).sum())
        counts["retry_lost"] = counts.get("retry_lost", 0) + int((bad & np.isnan(again)).sum())
        out_i.append(idx[good])
        out_c.append(commit[good])
        nxt = ~np.isnan(again)
        idx, tq = idx[nxt], again[nxt]
    counts["requeue_lost"] = len(idx)
    ci, cc = np.concatenate(out_i), np.concatenate(out_c)
    key = ts[ci] + off[node[ci]] if p.key == "client" else cc - p.lat
    k = np.floor(key / STEP).astype(int)
    read = (np.arange(n) + 1) * STEP + p.lag + rng.uniform(0, 1, n)
    failed = rng.random(n) < rng.uniform(0.001, 0.003)
    inn = (k >= 0) & (k < n)
    seen = inn & (cc <= read[np.clip(k, 0, n - 1)]) & ~failed[np.clip(k, 0, n - 1)]
    counts["late"] = int((inn & (cc > read[np.clip(k, 0, n - 1)])).sum())
    counts["read_failed"] = int(failed.sum())
    o = np.argsort(S[ci][seen], kind="stable")
    ci, k = ci[seen][o], k[seen][o]
    p.S, p.E, p.k, p.w, p.C, p.D = S[ci], E[ci], k, share[ci] / STEP, cc[seen][o], read
    p.counts = counts
    return p


def _spans(run, p, h: np.ndarray) -> list:
    """The pause spans: a point whose window (widened by a publish interval, the clocks' largest offset and 3 s
    before, the offset and 3 s after) touches a pause (a ramp's first half), or that reads nothing; a lone paused
    point widened to two."""
    n = run.n
    wa = float(np.abs(p.off).max()) + 3
    wb = p.P + wa
    m = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        lo, hi = int(np.floor((a - STEP - wa) / STEP)) + 1, int(np.ceil((b + wb) / STEP))
        m[max(lo, 0):min(hi, n)] = True
    lone = m & ~np.concatenate([[False], m[:-1]]) & ~np.concatenate([m[1:], [False]])
    for i in np.nonzero(lone)[0]:
        m[i + 1 if i + 1 < n else i - 1] = True
    d = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the dashboard's reads."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, run.path, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _reads(run, J: np.ndarray, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """Each minute's read (tiles/s) of the tiles per tick ``J`` (the copies ``lo .. hi`` only)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    sl = slice(lo, hi)
    return np.bincount(p.k[sl], p.w[sl] * (C[p.E[sl]] - C[p.S[sl]]), minlength=run.n)[:run.n]


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point from its onset (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.integers(1, 9))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm, w, on, i = rng.uniform(0.05, 0.25), np.empty(length), True, 0
    while i < length:
        d = max(1, int(rng.exponential(rng.uniform(5, 30) if on else rng.uniform(20, 90))))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None."""
    n, p = run.n, run.path
    ts = np.arange(n) * STEP
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is not None and kind == "leak":  # a crash or a relaunch ends the process and its leak
            stop = min(stop, int(np.ceil(min([n * STEP] + [b for a, b, _ in run.lives if b > t0]) / STEP)))
            stop = None if stop - onset < 60 or ramp > 0.85 * (stop - onset) else stop
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset + 2, max(ramp, 1))
        i0 = int(np.ceil(t0 / TICK))
        i1 = run.nt if to_end and stop >= n else min(run.nt, stop * K)
        wt = np.zeros(run.nt)
        wt[i0:i1] = w[np.minimum((np.arange(i0, i1) * TICK - t0) // STEP, len(w) - 1).astype(int)]
        L = _reads(run, run.J * wt, int(np.searchsorted(p.S, i0 - 8)), int(np.searchsorted(p.S, i1)))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs = healthy[c0:stop][live[c0:stop]].sum()
        l1 = L[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or l1 <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(.12, .35))
        a = target * hs / l1
        if a > 0.8:
            continue
        v = np.maximum(healthy - a * L, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, a * L)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout103(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout103_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT103_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout103, seeds, n, pauses)
