"""The two-hundred-and-seventeenth held-out throughput family: a weaving-defect detector's training images/s (a network
finding broken ends, floats, slubs, holes and oil stains in line-scan images of woven fabric on the loom; images tiled
and augmented on CPU workers, the rare defect classes oversampled; an evaluation on a held-out loom's fabric now and
then) on 1, 2 or 4 nodes, read through OPC UA: each node's reporter is an OPC UA server whose variable holds the
node's images since its last update (updated every 10-30 s, stamped with the node clock's ``SourceTimestamp``), and a
monitor's OPC UA client, holding one subscription with one monitored item per node, sums the notifications it got once
a minute, per minute of the ``SourceTimestamp`` or of their receipt.

(No head of the earlier generators (216 files, ``heldout_common.py`` among them) names OPC UA (``grep -i -c`` on their
first 3 lines, ``/tmp/heldout217/heads.txt``: "opc" 0, "open62541" 0, "subscription" and "subscri" 0, "monitored item"
0, "sourcetimestamp" 0, "servertimestamp" 0, "republish" 0, "keep-alive"/"keepalive" 0, "lifetime" 0, "publishing
interval" 0, "sampling interval" 0, "queue size" 0, "discard" 0, "notification" 0, "scada" 0, "plc" 0), weaving, a
textile, fabric, a slub, a broken end or an oil stain (0 each); "loom" matches 2 heads, both "bloom" (a chocolate
inspection model: ``grep -io`` with 50 characters before and 30 after, printed to check), "line-scan" 2 (rails and
sleepers; a leather grader), "mill" 3 (a sawmill, a wet mill, "millions"), "defect" 14, "inspection" 11, "tiled" 10,
"oversampl" 25, "images/s" 39, "industrial" 2, "mqtt" 1 (common words: the job and the path are new). Job and path named
by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (and its line
count, 550, from a ``wc -l`` run with the second ``sed``), ``tests/test_anomaly_heldout150.py`` (all),
``anomaly/heldout_common.py`` (all: one long print cut its lines 313-408, printed again as lines 300-415),
``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the heads
of ``anomaly/heldout*.py`` through ``grep -i -c`` and ``grep -io`` only (as above). Slips: the ``wc -l`` of
``anomaly/heldout150.py``; a ``grep -l scipy anomaly/*.py | head -3`` (it printed three generators' file names, no line
of them); ``ls`` of ``anomaly/heldout216.py`` and its test (to import ``HELDOUT216_SEEDS`` in the tests, to keep the
seeds apart; its code not read; one ``python -c`` printed its first seed and the tuple's length). None else.

Public sources read (excerpts through the search tool): OPC UA Part 4, 5.13.1.5 / 5.14 (a monitored item's queue: on
overflow the oldest is discarded, or the last queued replaced by the newest; with a queue of 1 the newest is kept and
the discard policy ignored), 7.16 / 7.21 MonitoringParameters (the sampling interval, revised by the server to one it
supports; -1: the publishing interval), 5.13.2.2 CreateSubscription (the publishing interval; the lifetime count, at
least three keep-alive counts, after which a subscription without Publish requests is deleted; the keep-alive
count), 5.13.6 / 5.14.6 Republish (a NotificationMessage from the retransmission queue by its sequence number;
Bad_MessageNotAvailable when gone; on a reconnect the client republishes from its next expected sequence number),
7.11 DataValue (the source timestamp set by the data source's one clock, never changed; the server timestamp); the
PLCopen UAMonitoringParameter table; Kepware's OPC UA client pages (sampling interval default 500 ms, queue size
1-100 default 1, discard oldest; lifetime count 3-300 default 60, keep-alive count 1-10 default 5); node-opcua's
option names (``requestedLifetimeCount``, ``requestedMaxKeepAliveCount``, ``maxNotificationsPerPublish``); issues:
open62541 #4502 and #4878 (subscriptions stop after a reconnect; re-creating them loses what the server buffered),
open62541pp #51, UA-.NETStandard #209 and #1176 (after a server restart the session and the subscriptions must be
re-created), python-opcua #1040 (no subscription recovery: reconnect and subscribe again), node-red-contrib-opcua #278
(a rebooted server holds no subscription), gopcua #877 (republish or recreate on reconnect); a vendor's knowledge-base
page on SourceTimestamp against ServerTimestamp. Not read (from memory, unchecked): that a newly created data-change
item sends the variable's current value first; that a naive client republishes every ``availableSequenceNumber``
whose acknowledgement was lost; how long a retransmission queue holds messages. Nothing read on the job (weaving-
defect inspection systems were not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.86-0.97 per doubling); a node's GPUs train
300-2,400 images/s (log-uniform) of 256-px tiles, its CPU workers (tiling the line-scan strips, augmenting) feed
1.05-2.3 times that, a step waiting for the slower (a soft maximum of the per-image costs); 384- and 512-px tiles cost
1/0.52 and 1/0.3 on the GPUs, 1/0.6 and 1/0.38 on the CPUs; a doubled batch is 4-12 % faster. Training reads one
fabric roll at a time: a roll lasts 10-60 min of training (log-uniform), its tile count per image sets its rate (a
factor, sd 2-7 %), 1 in 5 is defect-rich (the rare classes oversampled, heavier augmentation: 5-14 % slower); per 5-s
tick an AR(1) of the log (sd 1.5-5 %, correlation 15-60 s), a slow OU (sd 1-3.5 %, 30-180 min) and loader hiccups
(0.2-1 % of ticks at 30-75 %). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each onto another node count
(1 in 3), another tile size (5 in 12) or a doubled or halved batch; redrawn until the level moves 15 % (at most 3.5
times). Pauses: start-up 4-12 min ("long" 30-70) and a ramp from 35-70 % over 2-5 min; an evaluation on a held-out
loom's fabric every 40-120 min of training (each 0.8-1.2 times that), 1.5-5 min ("long" 12-30), every 2nd-4th
followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h): down 2-5 min ("long" 8-20),
then a start-up of 2-5 ("long" 10-25) and a ramp; a relaunch: stopped 1-3 min ("long" 6-15), queued 1-4 ("long"
3-10), then a start-up and its ramp.

On the path (not checked): four node slots, each an OPC UA server whose variable the trainer sets every ``U`` s
(10-30 per run, each node 0.97-1.03 of it, jitter sd 0.3 s) to the node's images since its last set (the node's
share: equal, each node 1-4 % off), stamped with the node's clock. Clocks: sd 0.05-0.5 s off; in 25 % of runs one
node unsynchronised (3-40 s off, 5-40 ppm drift, stepped 0.5-3 times a day, sd 2-8 s). The monitor's one client holds
one subscription per node: publishing interval ``P`` 1-10 s, lifetime count 10-60, keep-alive count 3-10, the item's
queue 1 (half the runs) or 2-10 (discard oldest in 70 %), ``maxNotificationsPerPublish`` unlimited (60 %) or 1-3 (a
backlog leaves one publishing interval per chunk), sampling on each set (55 %) or every ``S`` s, a revised interval
0.5-1.15 ``U`` (a set overwritten before its sample is lost). A server restarts 0.2-1.5 times a day (down 3-40 s; no
sets while down; in 60 % of runs the images are counted in the next set, else lost): the client notices after 1-1.5
keep-alive periods, reconnects on its 5-20 s period, re-creates the subscription 1-5 s later: every set in between is
lost but the last, which the new item sends first (a second copy where it was received already, in half the runs; in
the others the monitor drops a copy whose ``SourceTimestamp`` it holds). Blips of each session's connection (2-12 a
day per node, 2-300 s, log-uniform; reconnected 0.5-5 s after): sets queue in the item's queue (overflow as the spec
says) and come at the reconnect; the last message before a blip is lost on the wire with probability 0.3-0.7 and
republished (75 % of runs) or lost; else, with probability 0.2-0.5, its acknowledgement was lost and it is received
twice (unless the client drops a sequence number it has seen: half the runs); a blip longer than the lifetime count
times ``P`` expires the subscription (as a restart: all queued lost, the last set sent on re-creation). Latency
lognormal about 30 ms; the monitor's clock sd 0.2 s off. Binning: by the ``SourceTimestamp``'s minute (55 %), the
minute ``m`` summed at ``(m + 1) 60 + G`` s on the monitor's clock (``G`` 5-45 s), a copy arriving later dropped (half
those runs) or added to the next minute summed; else by the receipt's minute. A point is the minute's sum over 60 s
(0: none read). The reads are linear in the images; the sets' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same sets and fates): ``drop`` (an augmentation worker
killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-12 ticks), ``straggler`` (the line-scan rolls read slowly from the
shared file system in bursts: 1 for a mean of 24-180 ticks, calm for a mean of 60-480 at 0.05-0.25), ``leak`` (the
tile cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.7-2.0, then held); onsets 30 % at a pause's end, a
drawn target loss over the event (drop 8-33 %, straggler 10-30 %, leak 10-32 %), ``a`` set from the reads (linear),
refused above 0.9; ``w`` is per 5-s tick.

Measured (``heldout217_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      9     11         10    0.095-0.305  12              1-19 (1085, 0 >60)
long      29      11    9          9     0.083-0.318  23              1-80 (860, 7 >60)

Planned changes listed: short 15, long 21 (of 15 and 21 relaunches; none kept its stage); crashes 38 and 37. The path
over each set (counts): short: sets 999,142, overwritten before their sample 4,737, blips 1,302, item-queue overflows
1,012, messages lost on the wire 60, republished 187, received twice after a lost acknowledgement 35, subscriptions
expired 165, server restarts 194, sets missed before a re-creation 2,352, the re-created item's first value counted
twice 5 or recovering a lost set 347, copies late for their minute dropped 300 or re-binned 4,566, copies in another
minute than their set's 62,418, copies delayed by the per-publish quota 197, clock steps 23, points reading nothing
3,044 (64 of them outside the pauses' marked minutes); long: 930,356, 599, 1,515, 987, 42, 125, 44, 215, 177, 2,759, 4,
381, 1,140, 1,715, 42,633, 184, 28, 18,858 (71). The reads' sum over the live points against the job's images:
0.929-1.000 per seed (short), 0.986-0.999 (long); the live points' minute-to-minute change (median ``|d log|`` per seed)
3.5-40.3 % (short), 2.7-40.1 % (long; the ones over 15 %, 3 runs short and 6 long, are on one or two nodes setting every
16-27 s: a minute sums two sets or three), its 99th percentile 20-56 % (short), 28-116 % (long); the live median level
123-1,611 images/s (short), 295-2,733 (long). Before the first measure: none (the first measure was both full sets).
Changes of the laws after it: one: the item's revised sampling interval (was 2-12 s where not on each set) is drawn as
0.5-1.15 ``U``: the first measure counted 0 sets overwritten before their sample over both sets, a law I meant to act. A
fix that changed no law (its own commit): the reads computed from each copy's tick and the share of it gone by instead
of ``np.interp`` (speed; the sets' events, pauses and changes the same). The tests check the laws on the first 4 seeds
at 3,000 points and the path's laws on the full "long" set's runs and the first 6 "short" ones (``SPANS``: at most 40
points "short", 120 "long"); they take 3.6 s on one core (pytest's time, ``taskset -c 0``, at a quiet moment); while
other sessions held the machine's 2 cores at a load average of 4-6, 8-14 s of wall time but 5.4 s of CPU (user and
system, the interpreter's start included).

Size: one family's job, path and regressions, kept in one module as the other generators are, and a long docstring
(its sources, assumptions and measures).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT217_SEEDS = tuple(range(2172000, 2172012))
CODE = 217
TICK = 5.0  # s: the job's rate is drawn per tick
STEP = 60.0  # s: one point a minute
K = int(STEP // TICK)
EPOCH = 1_789_999_980.0  # a multiple of 60: point m is minute [EPOCH + 60 m, EPOCH + 60 (m + 1)), stamped at its end
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 120)}  # pause spans (points) the tests allow
NODES = (1, 2, 4)
SLOTS = 4  # node slots of the pool: a slot beyond the stage's node count reads nothing
TILES = ((1.0, 1.0), (0.52, 0.6), (0.3, 0.38))  # (GPU, CPU) cost factors of 256, 384 and 512 px tiles (rate = 1/cost)
PATH_KEYS = ("updates", "overwritten", "blips", "queue_overflow", "in_flight_lost", "republished", "resent_twice",
             "lifetime_expired", "server_restarts", "missed_no_subscription", "initial_dup", "initial_recovered",
             "late_dropped", "late_rebinned", "moved", "quota_delayed", "clock_steps")

# pause lengths (s) per setting: (lo, hi), drawn uniformly
PAUSE = {
    "startup": {"short": (240, 720), "long": (1800, 4200)},
    "restart_up": {"short": (120, 300), "long": (600, 1500)},
    "eval": {"short": (90, 300), "long": (720, 1800)},
    "ckpt": {"short": (20, 90), "long": (120, 300)},
    "crash": {"short": (120, 300), "long": (480, 1200)},
    "relaunch": {"short": (60, 180), "long": (360, 900)},
    "queued": {"short": (60, 240), "long": (180, 600)},
}


def _lu(rng, lo: float, hi: float) -> float:
    return hc.log_uniform(rng, lo, hi)


def _dur(rng, name: str, setting: str) -> float:
    lo, hi = PAUSE[name][setting]
    return float(rng.uniform(lo, hi))


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the GPUs' rate and the CPU workers' (tiling, augmentation), a step waiting for
    the slower (a soft maximum of the per-image costs), scaled by the node count at ``eff`` per doubling."""
    gf, cf = TILES[st["tile"]]
    g = cfg["gpu"] * gf * cfg["batch_g"] ** st["batch"]
    c = cfg["gpu"] * cfg["cpu_x"] * cf
    per_node = 1.0 / float(hc.smax(1.0 / g, 1.0 / c))
    k = st["nodes"]
    return per_node * k * cfg["eff"] ** np.log2(k)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage: another node count (1 in 3), another tile size or a doubled / halved batch; redrawn
    until the level moves 15 % (and at most 3.5 times); None (the stage kept) after 40 tries."""
    for _ in range(40):
        new = dict(st)
        u = rng.random()
        if u < 1 / 3:
            new["nodes"] = int(rng.choice([k for k in NODES if k != st["nodes"]]))
        elif u < 0.75:
            new["tile"] = int(rng.choice([k for k in range(3) if k != st["tile"]]))
        else:
            new["batch"] = int(np.clip(st["batch"] + rng.choice([-1, 1]), -1, 1))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) <= np.log(3.5):
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline and its images per 5-s tick ``J``."""
    T = n * STEP + 900.0
    nt = int(T // TICK) + 1
    cfg = {"gpu": _lu(rng, 300, 2400), "cpu_x": rng.uniform(1.05, 2.3), "eff": rng.uniform(0.86, 0.97),
           "batch_g": rng.uniform(1.04, 1.12)}
    st = {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "tile": int(rng.choice(3, p=[0.5, 0.3, 0.2])),
          "batch": 0}
    crash_mean = rng.uniform(10, 40) * 3600
    k_rel = int(rng.choice(4, p=[0.25, 0.3, 0.3, 0.15]))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_rel)) * n * STEP:
        if not rel or x > rel[-1] + 3600:
            rel.append(float(x))
    eval_every, ck_every = rng.uniform(40, 120) * 60, int(rng.integers(2, 5))
    ramp_len, r0 = rng.uniform(120, 300), rng.uniform(0.35, 0.7)
    pauses_t, lives, ramps, known_t, counts = [], [], [], [], {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = _dur(rng, "startup", setting)
    pauses_t.append((0.0, t, "startup"))
    ramps.append((t, t + 0.5 * ramp_len))
    ramp_at, since_eval, next_eval = t, 0.0, eval_every * rng.uniform(0.8, 1.2)
    next_crash, ri, n_eval = t + rng.exponential(crash_mean), 0, 0
    while t < T:
        cand = [t + max(next_eval - since_eval, 60.0), next_crash, rel[ri] if ri < len(rel) else np.inf]
        w = int(np.argmin(cand))
        t1 = min(max(cand[w], t + 60.0), T)
        lives.append((t, t1, _level(cfg, st), st["nodes"], ramp_at))
        since_eval += t1 - t
        t = t1
        if t >= T:
            break
        if w == 0:
            e = t + _dur(rng, "eval", setting)
            pauses_t.append((t, e, "eval"))
            n_eval += 1
            if n_eval % ck_every == 0:
                c = e + _dur(rng, "ckpt", setting)
                pauses_t.append((e, c, "ckpt"))
                e = c
            t, ramp_at, since_eval, next_eval = e, None, 0.0, eval_every * rng.uniform(0.8, 1.2)
        else:
            kind = "crash" if w == 1 else "relaunch"
            e = t + _dur(rng, kind, setting) + (_dur(rng, "queued", setting) if w == 2 else 0.0)
            pauses_t.append((t, e, kind))
            u = e + _dur(rng, "restart_up", setting)
            pauses_t.append((e, u, "startup"))
            if w == 1:
                counts["crashes"] += 1
            else:
                counts["relaunches"] += 1
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                if new is None:
                    counts["kept_stage"] += 1
                else:
                    st = new
                    known_t.append(u)
                ri += 1
            t, ramp_at = u, u
            ramps.append((u, u + 0.5 * ramp_len))
        if next_crash <= t:
            next_crash = t + rng.exponential(crash_mean)
    tt = np.arange(nt) * TICK
    on, lvl, env, nodes = np.zeros(nt), np.zeros(nt), np.ones(nt), np.ones(nt, int)
    for a, b, level, k, ra in lives:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        on[i0:i1], lvl[i0:i1], nodes[i0:i1] = 1.0, level, k
        if ra is not None:
            s = tt[i0:i1] - ra
            env[i0:i1] = np.where(s < ramp_len, r0 + (1 - r0) * s / ramp_len, 1.0)
    # fabric rolls on the training clock: each its own tile count per image (sd 2-7 %), 1 in 5 defect-rich
    # (the rare classes oversampled, heavier augmentation: 5-14 % slower)
    tc = np.cumsum(on) * TICK
    bounds = np.cumsum([_lu(rng, 600, 3600) for _ in range(int(tc[-1] / 600) + 2)])
    sd_roll = rng.uniform(0.02, 0.07)
    rf = np.exp(rng.normal(0, sd_roll, len(bounds) + 1)) * np.where(rng.random(len(bounds) + 1) < 0.2,
                                                                    rng.uniform(0.86, 0.95, len(bounds) + 1), 1.0)
    roll = rf[np.searchsorted(bounds, tc)]
    sd_ar, tau = rng.uniform(0.015, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd_ar * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.035), rng.uniform(1800, 10800))[(tt // 60).astype(int)]
    hic = np.where(rng.random(nt) < rng.uniform(0.002, 0.01), rng.uniform(0.3, 0.75, nt), 1.0)
    J = lvl * env * roll * np.exp(ar + ou) * hic * on * TICK
    return SimpleNamespace(n=n, nt=nt, T=T, J=J, nodes=nodes, pauses_t=pauses_t, lives=lives, ramps=ramps,
                           known_t=known_t, counts=counts, cfg=cfg)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0..1): a drop (an augmentation worker killed, its share of
    the tiles waited for) rises over 1-12 ticks; a straggler (a slow NFS read of the line-scan rolls) is at 1 in
    bursts of a mean 24-180 ticks, calm (0.05-0.25) for a mean of 60-480; a leak (the tile cache growing into swap)
    ``(s / ramp) ** p``, ``p`` 0.7-2.0, then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 12))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(24, 180), rng.uniform(60, 480))
    calm = rng.uniform(0.05, 0.25)
    bad = (np.searchsorted(edges, s, side="right") % 2) == 1
    return np.where(bad, 1.0, calm)


# ---------------------------------------------------------------- the path


def _clock(rng, T: float, unsynced: bool, counts: dict) -> tuple[float, float, np.ndarray, np.ndarray]:
    """A node clock: ``(offset, drift, step times, cumulative steps)``; a synchronised one is 0.05-0.5 s off
    (sd), an unsynchronised one 3-40 s, drifts 5-40 ppm and is stepped 0.5-3 times a day (sd 2-8 s)."""
    if not unsynced:
        return rng.normal(0, rng.uniform(0.05, 0.5)), 0.0, np.zeros(0), np.zeros(0)
    off = rng.choice([-1, 1]) * rng.uniform(3, 40)
    drift = rng.choice([-1, 1]) * rng.uniform(5e-6, 4e-5)
    k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
    at = np.sort(rng.uniform(0, T, k))
    counts["clock_steps"] += k
    return off, drift, at, np.cumsum(rng.normal(0, rng.uniform(2, 8), k))


def _path(rng, run) -> SimpleNamespace:
    """The fates of every node's updates (which reach the monitor, how often, in which minute): independent of
    the images, so the reads are linear in them."""
    n, T = run.n, run.T
    c = {k: 0 for k in PATH_KEYS}
    U = rng.uniform(10, 30)
    S = 0.0 if rng.random() < 0.55 else U * rng.uniform(0.5, 1.15)  # the item's revised sampling interval
    P = rng.uniform(1, 10)  # the subscription's publishing interval
    Q = 1 if rng.random() < 0.5 else int(rng.integers(2, 11))  # the item's queue size
    discard_oldest = rng.random() < 0.7
    life = int(rng.integers(10, 61)) * P  # lifetime count x publishing interval
    ka = int(rng.integers(3, 11)) * P  # keep-alive count x publishing interval
    M = 0 if rng.random() < 0.6 else int(rng.integers(1, 4))  # maxNotificationsPerPublish (0: no limit)
    R = rng.uniform(5, 20)  # the client's reconnect period
    republish, dedup_seq, dedup_src = rng.random() < 0.75, rng.random() < 0.5, rng.random() < 0.5
    p_fly, p_ack = rng.uniform(0.3, 0.7), rng.uniform(0.2, 0.5)
    by_source = rng.random() < 0.55
    late_drop = rng.random() < 0.5
    G = rng.uniform(5, 45)  # the monitor sums minute m at (m + 1) * 60 + G on its clock
    mon_off = rng.normal(0, 0.2)
    blips_day, restarts_day = rng.uniform(2, 12), rng.uniform(0.2, 1.5)
    accumulate = rng.random() < 0.6  # a down server's images counted in its next update (else lost)
    unsynced_slot = int(rng.integers(SLOTS)) if rng.random() < 0.25 else -1
    nodes = []
    for j in range(SLOTS):
        off, drift, st_at, st_cum = _clock(rng, T, j == unsynced_slot, c)
        Uj = U * rng.uniform(0.97, 1.03)
        m = int(T / Uj) + 10
        u = rng.uniform(0, Uj) + np.cumsum(np.maximum(Uj + rng.normal(0, 0.3, m), 1.0))
        u = u[u < T]
        kr = rng.poisson(restarts_day * T / DAY)
        r0 = np.sort(rng.uniform(0, T, kr))
        c["server_restarts"] += kr
        wins = [(a, a + _lu(rng, 3, 40), "restart") for a in r0]
        kb = rng.poisson(blips_day * T / DAY)
        c["blips"] += kb
        wins += [(a, a + _lu(rng, 2, 300), "blip") for a in rng.uniform(0, T, kb)]
        wins.sort()
        down = np.zeros(len(u), bool)
        start = np.concatenate([[0.0], u[:-1]])
        for a, b, kind in wins:
            if kind == "restart":
                inside = (u >= a) & (u < b)
                down |= inside
                if not accumulate:
                    nxt = np.searchsorted(u, b)
                    if nxt < len(u):
                        start[nxt] = max(start[nxt], b)
        u, start = u[~down], start[~down]
        if accumulate:
            start = np.concatenate([[0.0], u[:-1]])
        c["updates"] += len(u)
        alive = np.ones(len(u), bool)
        if S > 0:  # the server samples the variable every S s: an update overwritten before its sample is lost
            phi = rng.uniform(0, S)
            q = phi + np.ceil((u - phi) / S) * S
            over = np.concatenate([q[:-1] == q[1:], [False]])
            alive &= ~over
            c["overwritten"] += int(over.sum())
        else:
            q = u + 0.01
        psi = rng.uniform(0, P)
        deliv = psi + np.ceil((q - psi) / P) * P
        extra_k, extra_t = [], []
        busy = -np.inf
        for a, b, kind in wins:
            if a < busy:
                continue
            if kind == "blip":
                rec = b + rng.uniform(0.5, 5)
            else:
                det = a + ka * rng.uniform(1, 1.5)
                rec = (det if b <= det else det + R * np.ceil((b - det) / R)) + rng.uniform(1, 5)
            busy = rec
            idx = np.nonzero((deliv >= a) & (deliv < rec) & alive)[0]
            prev = np.nonzero((deliv < a) & (deliv >= a - P) & alive)[0]
            if kind == "blip" and rec - a < life:  # the subscription lives on: its item queue holds Q
                if len(idx) > Q:
                    keep = idx[-Q:] if (Q == 1 or discard_oldest) else np.concatenate([idx[:Q - 1], idx[-1:]])
                    alive[np.setdiff1d(idx, keep)] = False
                    c["queue_overflow"] += len(idx) - len(keep)
                    idx = keep
                chunk = np.arange(len(idx)) // M if M else np.zeros(len(idx))
                deliv[idx] = rec + chunk * P
                c["quota_delayed"] += int((chunk > 0).sum())
                if len(prev) and rng.random() < p_fly:  # a NotificationMessage lost on the wire: a sequence gap
                    k = prev[-1]
                    if republish:
                        deliv[k] = rec
                        c["republished"] += 1
                    else:
                        alive[k] = False
                        c["in_flight_lost"] += 1
                elif len(prev) and rng.random() < p_ack:  # its acknowledgement lost: republished again
                    if not dedup_seq:
                        extra_k.append(prev[-1])
                        extra_t.append(rec)
                        c["resent_twice"] += 1
                continue
            if kind == "blip":
                c["lifetime_expired"] += 1
            miss = np.nonzero((u >= a) & (u < rec))[0]
            c["missed_no_subscription"] += int(alive[idx].sum()) + len(np.setdiff1d(miss, idx))
            alive[idx] = False
            alive[miss] = False
            last = int(np.searchsorted(u, rec)) - 1  # the re-created item's first notification: the current value
            if last < 0:
                continue
            if alive[last] and deliv[last] < a:
                if not dedup_src:
                    extra_k.append(last)
                    extra_t.append(rec)
                    c["initial_dup"] += 1
            elif not alive[last]:
                alive[last] = True
                deliv[last] = rec
                c["initial_recovered"] += 1
        kk = np.concatenate([np.nonzero(alive)[0], np.array(extra_k, int)])
        tr = np.concatenate([deliv[alive], np.array(extra_t, float)])
        recv = tr + rng.lognormal(np.log(0.03), 0.8, len(tr)) + mon_off
        if by_source:
            si = np.searchsorted(st_at, u[kk], side="right")
            steps = np.where(si > 0, st_cum[np.maximum(si - 1, 0)], 0.0) if len(st_at) else 0.0
            src = u[kk] + off + drift * u[kk] + steps
            mm = np.floor(src / STEP)
            late = recv > (mm + 1) * STEP + G
            if late_drop:
                c["late_dropped"] += int(late.sum())
                kk, mm, late = kk[~late], mm[~late], late[~late]
            else:
                c["late_rebinned"] += int(late.sum())
                mm = np.where(late, np.ceil((recv - G) / STEP) - 1, mm)
        else:
            mm = np.floor(recv / STEP)
        mm = mm.astype(int)
        c["moved"] += int((mm != np.floor(u[kk] / STEP)).sum())
        ok = (mm >= 0) & (mm < n)
        kk = kk[ok]
        nodes.append(SimpleNamespace(u=u, start=start, k=kk, m=mm[ok], at=_at(u[kk]), frm=_at(start[kk])))
    return SimpleNamespace(nodes=nodes, counts=c, by_source=by_source, late_drop=late_drop, S=S, P=P, Q=Q, U=U,
                           dedup_seq=dedup_seq, dedup_src=dedup_src, republish=republish, accumulate=accumulate)


def _at(t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The tick of each time ``t`` and the share of it gone by."""
    i = (t // TICK).astype(int)
    return i, t / TICK - i


def _shares(run) -> np.ndarray:
    """Each slot's share of a tick's images: equal shares of the stage's nodes, each node 1-4 % off."""
    k = run.nodes
    sh = np.zeros((SLOTS, len(k)))
    for j in range(SLOTS):
        sh[j] = np.where(j < k, run.tilt[j] / np.where(k == 1, run.tilt[:1].sum(),
                                                       np.where(k == 2, run.tilt[:2].sum(), run.tilt.sum())), 0.0)
    return sh


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The points (images/s) the monitor reads of images per tick ``J``: linear in ``J``."""
    out = np.zeros(run.n)
    for j, nd in enumerate(run.path.nodes):
        if not len(nd.k) or not run.shares[j].any():
            continue
        x = J * run.shares[j]
        C = np.concatenate([[0.0], np.cumsum(x)])
        (i, f), (i0, f0) = nd.at, nd.frm
        val = C[i] + f * x[i] - C[i0] - f0 * x[i0]  # the images of each copy's set: linear within a tick
        out += np.bincount(nd.m, weights=val, minlength=run.n)[:run.n]
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.tilt = 1 + rng.uniform(-0.04, 0.04, SLOTS)
    run.shares = _shares(run)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    paused = healthy <= 0
    for a, b, *_ in run.pauses_t + run.ramps:
        paused[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    run.counts["unread_minutes"] = int((healthy <= 0).sum())
    spans, i = [], 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    live = ~paused
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost (``w`` of
    :func:`_weight`, ``a`` set from the reads, linear, to a drawn target loss: drop 8-33 %, straggler 10-30 %, leak
    10-32 %; refused above 0.9), carried through the path's fates. ``(Event, (at, loss))`` or None."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        w = _weight(rng, kind, max(1, int(stop * K - i0)), ramp * K)
        i1 = min(run.nt, i0 + len(w))
        unit = np.zeros(run.nt)
        unit[i0:i1] = w[:i1 - i0] * run.J[i0:i1]
        r = _reads(run, unit)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.10, 0.30)}.get(kind,
                                                                                           rng.uniform(0.10, 0.32))
        lv = live[onset:stop]
        hs, ls = healthy[onset:stop][lv].sum(), r[onset:stop][lv].sum()
        if hs <= 0 or ls <= 0 or target * hs / ls > 0.9:
            continue
        mod = target * hs / ls * r
        v = np.maximum(healthy - mod, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on2, end = span
        if any(on2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on2
        if kind == "leak" and not on2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on2, ramp_end, end, n, (ramp_end - on2) // 3)
        if depth is None:
            continue
        nz = np.nonzero(mod)[0]
        return Event(kind, on2, ramp_end, end, round(depth, 4)), (int(nz[0]), mod[nz[0]:nz[-1] + 1])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout217(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout217_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT217_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout217, seeds, n, pauses)
