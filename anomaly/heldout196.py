"""The hundred-and-ninety-sixth held-out throughput family: a tyre X-ray inspection model's training tiles/s (a
detection network for cord-spacing faults, foreign bodies, bead-wire and splice defects in the X-ray images of
finished passenger and truck tyres; the long unrolled images tiled and contrast-normalised on CPU workers, rare
defects oversampled; an evaluation on a held-out plant's tyres now and then) on 1, 2 or 4 nodes, read through Azure
IoT Hub: each node's reporter sends a device-to-cloud message (its clock's time, its tiles since its last message)
every 10-30 s through the device SDK, the hub routes the messages to a Blob Storage endpoint that writes an Avro blob
per partition every 60-720 s, and a monitor lists the new blobs once a minute and sums the tiles per minute of the
message's own time or of its ``iothub-enqueuedtime``.

(No generator's head names an IoT Hub, a tyre or tire, Avro, a blob, an enqueued time, a quota, throttling, AMQP,
device-to-cloud, routing, a splice or a bead (``grep -ic`` on ``/tmp/196_heads.txt``, the first 3 lines of every
``anomaly/heldout*.py``: 0 each). "azure" matches 5 heads (Event Hubs with Stream Analytics, Table Storage, the Azure
Monitor exporter to Application Insights, Azure Data ...: other Azure paths, not IoT Hub's routing to blobs), "iot"
2 (Apache IoTDB), "mqtt" 1 (one MQTT message per node to another sink), "x-ray" 3 and "xray" 1 (a baggage threat
detector and a chest X-ray report model: X-ray images are not new, tyres are), "inspection" 4 (rail, solar-cell and
sewer-CCTV inspections), "storage" 2, "tile" 23 and "tiles/s" 11 (common words). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one print cut its lines 313-408, which
I printed again as lines 305-410), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/196_heads.txt`` through ``grep -ic`` and ``grep -io`` (up to 50
characters before and 40 after each match of azure, iot, x-ray, xray, mqtt, event hub, inspection, storage). Slips:
none that I know of; a ``python -c`` printed ``HELDOUT195_SEEDS[:2]`` (the tests import that tuple to keep the seeds
apart, not its code).

Public sources read (excerpts through the search tool): IoT Hub's "quotas and throttling" page
(learn.microsoft.com/azure/iot-hub/iot-hub-devguide-quotas-throttling, and its docs.azure.cn copy: the tier and units
set a daily message quota; operation throttles per minute range, device-to-cloud sends 100/s or 12/s/unit on S1,
traffic shaping; a throttled call is answered 429 and the client should back off and retry);
``QuotaExceededException`` and ``IotHubThrottledException`` (.NET device SDK reference: thrown when the daily quota
is spent; a throttle is retried with exponential back-off); an issue on Azure/iot-workshop-asset-tracking #1 (a free
hub's 8,000 messages a day spent by telemetry every 5 s); the routing storage endpoint's properties
(``RoutingStorageContainerProperties``, .NET/JS/Python references: ``batchFrequencyInSeconds`` 60-720, default 300;
``maxChunkSizeInBytes`` 10-500 MB, default 300 MB; encoding avro, avrodeflate or JSON; blob names
``{iothub}/{partition}/{YYYY}/{MM}/{DD}/{HH}/{mm}``); the device SDKs' retry issues (azure-iot-sdk-c #47, #144, #928:
exponential back-off with jitter the default, the connection timeout and the retry policy interacting;
azure-iot-sdk-csharp #301: no retry, exponential back-off with jitter (default) or custom; azure-iot-sdk-node #81:
the back-off formula ``min(Cmin + (2^(x-1) - 1) * rand(..), Cmax)``; azure-sdk-for-c #446). Not read (from memory,
unchecked): that the daily quota resets at 00:00 UTC; that a ``QuotaExceeded`` send is not retried; the SDK's
operation timeout (4 min assumed in 70 % of runs); how a lost acknowledgement is handled (here re-sent: two copies
with one message id). Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.86-0.96 per doubling); a node's GPUs train
300-5,000 tiles/s (log-uniform) at the smallest tile size, its CPU tilers (unrolling, tiling, contrast normalisation)
feed 1.05-2.3 times that; three tile sizes, each step up 1.6-2.1 times dearer on the GPUs and 1.3-1.7 on the CPUs;
the step waits for the slower side (a soft maximum of the costs). Data are read one lot of X-ray rolls at a time: a
lot lasts 3-25 min (log-uniform), its rate a factor (sd 2-6 %), 30 % of lots truck tyres (4-10 % slower); per 5-s
tick an AR(1) of the log (sd 1.5-4 %, correlation 10-60 s), a slow OU (sd 1-3 %, 40-200 min) and bursts of
oversampled defect tiles (1-4 an hour, 10-40 s at 60-85 %). Relaunches: 0-3 at 15-85 % of the run, 90 min apart, each
onto another node count (1 in 3) or the next tile size, redrawn until the level moves 15 % (1/3 to 3 times). Pauses
("short" / "long"): start-up 4-12 / 20-50 min and a ramp from 35-70 % over 3-8 min; an evaluation on a held-out
plant's tyres every 40-120 min of training, 2-7 / 12-30 min, every 3rd or 4th followed by a checkpoint (20-90 s /
2-5 min); crashes (exponential, mean 10-40 h): down 2-5 / 8-20 min, then a start-up and its ramp; a relaunch: stopped
2-4 / 6-15 min, queued 1-8 min, then a start-up and its ramp.

On the path (not checked): each node's reporter sends from its process's start every ``P`` s (10-30 per run, plus
0-1.5 s) the tiles since its previous message (the node's share of the job's tiles, shares within a few %), stamped
with its clock (offset sd 0.2-2 s; in 25 % of runs one node 15-90 s off); a crash loses the interval under way, a
graceful stop sends it. Connections drop 2-10 times a day per node (2-900 s, log-uniform): sends wait for the
reconnect (0.5-8 s after). Hub-wide throttle episodes (0.5-4 a day, 2-20 min; the factory's other devices share the
tier's rate) refuse each try with probability 0.4-0.9; the SDK retries after 1, 2, 4, ... 60 s (cumulative, jitter
0.8-1.2) until a try is let through or the episode ends. A send later than the operation timeout (240 s, or 60-600 in
30 % of runs) is dropped. In 45 % of runs the hub's daily quota is spent on 30-80 % of days, 20-150 min before the UTC
midnight: every send refused until then. 0.2-1.5 % of accepted messages lose their acknowledgement and are sent again
10-60 s later (two copies, one id). Routing: each node's messages go to one of 2 or 4 partitions; each partition
writes a blob every ``F`` s (300 in 40 % of runs, else 60-720 log-uniform; plus 0-20 s), the chunk size never
reached; storage outages (0-2 a day, 5-45 min) hold the blobs until their end. The monitor lists new blobs once a
minute; it restarts 0.3-1.5 times a day (down 1-12 min): in half the runs it keeps its cursor (blobs read at the
restart; after half the restarts its last listing's blobs are read again), in the others it starts from the restart
(blobs written while it was down never read). It bins a copy by the message's own time (half the runs) or by its
enqueued time, closes minute ``m`` at ``1.1-2.2 F + 30-120`` s after its end (or at the restart when down then): a
copy read later is lost; in 40 % of runs it drops a repeated message id. A point is the minute's tiles / 60. The reads
are linear in the tiles; the messages' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it or a
neighbour reads nothing; a listed change is the first point after a relaunch's span that changed the stage.
Labelled regressions (a share ``a w`` of each tick's tiles lost, carried through the same messages and reads):
``drop`` (a tiling worker killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's reads
of raw rolls from the plant's file share slowed in bursts: 1 for a mean of 20-150 ticks, calm for a mean of 60-400 at
0.05-0.25), ``leak`` (the contrast-normalisation workers' tile cache growing into swap: ``w = (s / ramp) ** p``,
``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-32 %, 10-30 %, 12-35 % over a leak's
plateau), ``a`` set from the reads of the lost tiles (linear), refused above 0.95; ``w`` is per 5-s tick.

Measured (``heldout196_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    11         9     0.072-0.296  20              3-143 (897, 14 >60)
long      30      10    10         10    0.091-0.290  17              3-167 (861, 56 >60)

Planned changes listed: short 17, long 20 (of 17 and 20 relaunches; none kept its stage); crashes 67 and 53. The path
over each set (counts): short: sends throttled 4643, retries 14473, connection drops 1100 (drawn for 4 reporters, used
or not), sends waiting for a reconnect 4337, timed out 2169, refused for the quota 14791 (26 quota windows), re-sent
after a lost acknowledgement 3343, messages in a storage outage 8779, monitor restarts 48, copies never read 1781,
copies read twice 111, copies too late for their minute 7106, messages counted twice 1905, counted in another minute
than their interval's end 27150, unread minutes 3234, runs with a node's clock off 4, crashed intervals 155; long: 3050,
9322, 1119, 2892, 1159, 4884 (17), 2657, 4897, 44, 609, 43, 3755, 1995, 4986, 3323, 1, 83. The reads' sum over the live
points against the job's tiles: 0.994-1.009 (short), 0.995-1.012 (long); paused share of points 11-20 % (short), 26-43 %
(long); the live median level 173-6,835 tiles/s (short), 219-3,873 (long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 3.1-38.7 % (short), 2.2-38.9 % (long), its 99th percentile 35-75 % (short), 41-76 %
(long). The large changes are the path's binning: a minute sums the whole messages of its nodes, 2 or 3 each where ``P``
is near 20-24 s, so a healthy run's points alternate by a message's share (seeds 1962007-8 "short", 1-2 nodes, ``P``
22.4-22.5 s: 37-39 %; the job's own tiles per minute change 1.6 % for 1962008). Before the first measure: none (the
first measure was both full sets). Changes of the laws after it: none (the alternation is what a per-minute sum of 10-30
s messages does; kept). Fixes with no law changed: an empty window list indexed (a crash, before any measure); ``SPANS``
(test bounds only) set after it.

Tests: ``tests/test_anomaly_heldout196.py`` checks the laws on the first 4 seeds at 3,000 points and builds the full
"long" set once; 1.9-3.5 s on one core (four runs) (``taskset -c 0``, ``OMP_NUM_THREADS=1``).

Size: one family's job, path and regressions, kept in one module as the other generators are (564 lines, a 115-line
docstring: the path's laws and the sources take it).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT196_SEEDS = tuple(range(1962000, 1962012))
CODE = 196
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP // TICK)
EPOCH = 1798761600  # 2027-01-01 00:00 UTC: a run starts at a drawn minute of that day
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.3)
# pause lengths (s) per setting: start-up, evaluation, checkpoint, crash down, relaunch stopped
PAUSE = {"short": {"startup": (240, 720), "eval": (120, 420), "ckpt": (20, 90), "down": (120, 300),
                   "stop": (120, 240)},
         "long": {"startup": (1200, 3000), "eval": (720, 1800), "ckpt": (120, 300), "down": (480, 1200),
                  "stop": (360, 900)}}
SPANS = {"short": (3, 160), "long": (3, 200)}  # test bounds on the pause spans (points), set after the first measure
PATH_KEYS = ("throttled", "retried", "outages", "reconnect_waits", "timed_out", "quota_refused", "ack_resent",
             "storage_delayed", "monitor_restarts", "unread_lost", "reread", "late", "counted_twice",
             "other_minute", "unread_minutes", "clock_off_nodes", "crash_lost")


def _level(cfg: dict, st: dict) -> float:
    """Tiles/s of a stage: per node the slower of the GPUs and the CPU tilers (soft maximum of the costs), nodes
    scaling by ``eff`` per doubling."""
    g = cfg["gpu"] / cfg["g_f"] ** st["tile"]
    c = cfg["cpu"] / cfg["c_f"] ** st["tile"]
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count (1 in 3) or the next tile size up or down, redrawn until the level
    moves 15 % (1/3 to 3 times); None when 60 draws find none."""
    for _ in range(60):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["tile"] = int(np.clip(st["tile"] + rng.choice([-1, 1]), 0, 2))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) <= np.log(3):
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline on the 5-s grid: pauses, lives (process runs), stages, the true tiles per tick ``J``."""
    T, nt = n * STEP, n * K
    P = PAUSE[setting]
    cfg = {"gpu": hc.log_uniform(rng, 300, 5000), "eff": rng.uniform(0.86, 0.96), "g_f": rng.uniform(1.6, 2.1),
           "c_f": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.3)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "tile": int(rng.integers(3))}
    n_rl = int(rng.integers(4))
    rl = sorted(rng.uniform(0.15, 0.85, n_rl) * T)
    rl = [x for i, x in enumerate(rl) if i == 0 or x - rl[i - 1] > 5400]
    crash_mean = rng.uniform(10, 40) * 3600
    every = rng.uniform(2400, 7200)  # training s between evaluations
    ck_every = int(rng.integers(3, 5))
    ramp_s, r0 = rng.uniform(180, 480), rng.uniform(0.35, 0.7)

    def dur(key):
        lo, hi = P[key]
        return TICK * round(rng.uniform(lo, hi) / TICK)

    pauses, quiet, lives, stages, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    ramps = []
    t, to_eval, n_eval, ri = 0.0, every, 0, 0
    next_crash = rng.exponential(crash_mean)
    while t < T:
        su = dur("startup")
        pauses.append((t, t + su, "startup"))
        life0 = t
        t += su
        ramps.append((t, t + ramp_s))
        quiet.append((t, t + ramp_s / 2))
        stages.append((t, dict(st)))
        end_kind = "end"
        while t < T:
            cand = [to_eval, next_crash - t, (rl[ri] - t) if ri < len(rl) else np.inf, T - t]
            which = int(np.argmin(cand))
            run = TICK * max(1, round(max(cand[which], TICK) / TICK))
            t += run
            to_eval -= run
            if which == 0:
                n_eval += 1
                d = dur("eval")
                pauses.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    c = dur("ckpt")
                    pauses.append((t, t + c, "ckpt"))
                    t += c
                to_eval = every * rng.uniform(0.8, 1.2)
                counts["evals"] += 1
                continue
            end_kind = ("crash", "relaunch", "end")[which - 1]
            break
        lives.append((life0, min(t, T), end_kind))
        if end_kind == "end" or t >= T:
            break
        if end_kind == "crash":
            counts["crashes"] += 1
            d = dur("down")
            pauses.append((t, t + d, "crash"))
            t += d
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            d = dur("stop") + TICK * round(rng.uniform(60, 480) / TICK)
            pauses.append((t, t + d, "relaunch"))
            t += d
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
    # the rate per tick: stage level, lots (shards), AR(1), OU, oversampling bursts, ramps
    tk = np.arange(nt) * TICK
    lv = np.zeros(nt)
    for s0, sd in stages:
        lv[int(s0 // TICK):] = _level(cfg, sd)
    on = np.zeros(nt, bool)
    for a, b, _ in lives:
        on[int(a // TICK):int(min(b, T) // TICK)] = True
    for a, b, _ in pauses:
        on[int(a // TICK):int(min(b, T) // TICK)] = False
    lot_sd = rng.uniform(0.02, 0.06)
    lot = np.ones(nt)
    x = 0.0
    while x < T:
        d = hc.log_uniform(rng, 180, 1500)
        f = np.exp(rng.normal(0, lot_sd)) * (rng.uniform(0.9, 0.96) if rng.random() < 0.3 else 1.0)
        lot[int(x // TICK):int((x + d) // TICK)] = f
        x += d
    a_sd, a_tau = rng.uniform(0.015, 0.04), rng.uniform(10, 60)
    phi = np.exp(-TICK / a_tau)
    e = rng.normal(0, a_sd * np.sqrt(1 - phi * phi), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, a_sd)
    for i in range(1, nt):
        ar[i] = phi * ar[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(2400, 12000))[(tk // STEP).astype(int)]
    burst = np.ones(nt)
    for _ in range(rng.poisson(rng.uniform(1, 4) * T / 3600)):
        b0 = rng.uniform(0, T)
        burst[int(b0 // TICK):int((b0 + rng.uniform(10, 40)) // TICK) + 1] *= rng.uniform(0.6, 0.85)
    ramp = np.ones(nt)
    for a, b in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 < nt:
            ramp[i0:i1] = r0 + (1 - r0) * (tk[i0:i1] - a) / (b - a)
    J = np.where(on, lv * lot * np.exp(ar + ou) * burst * ramp * TICK, 0.0)
    t0 = EPOCH + STEP * int(rng.integers(1440))
    return SimpleNamespace(n=n, nt=nt, T=T, dt=STEP, cfg=cfg, pauses_t=pauses, quiet=quiet, lives=lives,
                           stages=stages, known_t=known_t, counts=counts, J=J, t0=t0,
                           nodes=[sd["nodes"] for _, sd in stages])


def _windows(rng, T: float, per_day: float, lo: float, hi: float, log: bool = False) -> np.ndarray:
    """Poisson windows ``(start, end)`` over ``[0, T)``, sorted and disjoint (overlaps merged); none: a window
    before 0, so that every index into it is valid."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    d = np.array([hc.log_uniform(rng, lo, hi) if log else rng.uniform(lo, hi) for _ in range(k)])
    w = []
    for a, b in zip(s, s + d):
        if w and a <= w[-1][1]:
            w[-1][1] = max(w[-1][1], b)
        else:
            w.append([a, b])
    return np.array(w).reshape(-1, 2) if w else np.array([[-2.0, -1.0]])  # an empty list: one window before 0


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The index of the window of ``win`` holding each ``x`` (-1: none)."""
    if len(win) == 0:
        return np.full(len(x), -1)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < win[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _path(rng, run) -> SimpleNamespace:
    """The messages' fates: which copy of which message is counted in which minute (from the healthy run)."""
    T, n = run.T, run.n
    c = {k: 0 for k in PATH_KEYS}
    # the reporters: one per node of the life's stage, a message every P s (+ 0-1.5 s) from the process start
    P = rng.uniform(10, 30)
    max_nodes = 4
    imb = 1 + rng.normal(0, 0.03, max_nodes)
    off = rng.normal(0, rng.uniform(0.2, 2.0), max_nodes)
    if rng.random() < 0.25:  # one node's clock unsynchronised
        off[int(rng.integers(max_nodes))] += rng.choice([-1, 1]) * rng.uniform(15, 90)
        c["clock_off_nodes"] = 1
    ts, te, node, share = [], [], [], []
    for (a, b, kind), (_, sd) in zip(run.lives, run.stages):
        nodes = sd["nodes"]
        sh = imb[:nodes] / imb[:nodes].sum()
        for k in range(nodes):
            x = a + rng.uniform(0, P)
            edges = [a]
            while x < b:
                edges.append(x)
                x += P + rng.uniform(0, 1.5)
            if kind != "crash" and b < T:
                edges.append(b)  # a graceful stop sends the last interval
            elif kind == "crash":
                c["crash_lost"] += 1
            e = np.array(edges)
            ts.append(e[:-1])
            te.append(e[1:])
            node.append(np.full(len(e) - 1, k))
            share.append(np.full(len(e) - 1, sh[k]))
    ts, te, node, share = (np.concatenate(x) for x in (ts, te, node, share))
    m = len(te)
    own = te + off[node]  # the message's own time: the node's clock at its creation
    # the send: a dropped connection (reconnect after the SDK's backoff), 429 throttling (backoff retries), the
    # daily quota (refused, not retried), the operation timeout (dropped)
    timeout = 240.0 if rng.random() < 0.7 else rng.uniform(60, 600)
    x = te + rng.uniform(0.05, 0.5, m)
    for k in range(max_nodes):
        win = _windows(rng, T, rng.uniform(2, 10), 2, 900, log=True)
        c["outages"] += int((win[:, 0] >= 0).sum())
        i = _inside(x, win)
        hit = (node == k) & (i >= 0)
        c["reconnect_waits"] += int(hit.sum())
        x = np.where(hit, win[np.maximum(i, 0), 1] + rng.uniform(0.5, 8, m), x)
    thr = _windows(rng, T, rng.uniform(0.5, 4), 120, 1200)
    p_ref = rng.uniform(0.4, 0.9)
    i = _inside(x, thr)
    r = np.where(i >= 0, rng.geometric(1 - p_ref, m) - 1, 0)  # refused tries before one is let through
    back = np.cumsum(np.minimum(2.0 ** np.arange(12), 60.0)) * rng.uniform(0.8, 1.2, (m, 1))
    end_thr = np.where(i >= 0, thr[np.maximum(i, 0), 1], np.inf)
    wait, tries, done = np.zeros(m), np.zeros(m, int), r == 0
    for k in range(1, 13):  # try k at x + back[k - 1]: let through once r tries were refused or the episode ended
        go = ~done & ((k >= r) | (x + back[:, k - 1] >= end_thr))
        wait, tries = np.where(go, back[:, k - 1], wait), np.where(go, k, tries)
        done |= go
    c["throttled"] = int((r > 0).sum())
    c["retried"] = int(tries.sum())
    x = x + wait
    spent = rng.uniform(0.3, 0.8) if rng.random() < 0.45 else 0.0
    days = np.arange(int(np.floor(run.t0 / DAY)), int(np.floor((run.t0 + T) / DAY)) + 1)
    quota = np.array([[-2.0, -1.0]] + [[d * DAY + DAY - run.t0 - rng.uniform(1200, 9000), (d + 1) * DAY - run.t0]
                                       for d in days if rng.random() < spent])
    refused = _inside(x, quota) >= 0
    dropped = (x - te > timeout) | refused
    c["timed_out"] = int((x - te > timeout).sum())
    c["quota_refused"] = int(refused.sum())
    enq = x + rng.uniform(0.02, 0.3, m)
    # at-least-once: a message whose acknowledgement was lost is sent again 10-60 s later
    resend = (~dropped) & (rng.random(m) < rng.uniform(0.002, 0.015))
    enq2 = enq[resend] + rng.uniform(10, 60, int(resend.sum()))
    ok2 = _inside(enq2, quota) < 0
    c["ack_resent"] = int(ok2.sum())
    idx = np.concatenate([np.nonzero(~dropped)[0], np.nonzero(resend)[0][ok2]])
    e = np.concatenate([enq[~dropped], enq2[ok2]])
    # routing to storage: a blob per partition every F s (or at the chunk size: never reached here), delayed to the
    # end of a storage endpoint outage
    F = 300.0 if rng.random() < 0.4 else hc.log_uniform(rng, 60, 720)
    parts = int(rng.choice([2, 4]))
    part = rng.integers(parts, size=max_nodes)[node[idx]]
    sto = _windows(rng, T, rng.uniform(0, 2), 300, 2700)
    w = np.empty(len(idx))
    for p in range(parts):
        grid = rng.uniform(0, F) + F * np.arange(int(T / F) + 30) + rng.uniform(0, 20, int(T / F) + 30)
        j = _inside(grid, sto)
        grid = np.maximum.accumulate(np.where(j >= 0, sto[np.maximum(j, 0), 1] + rng.uniform(1, 30), grid))
        sel = part == p
        w[sel] = grid[np.minimum(np.searchsorted(grid, e[sel] + rng.uniform(0.5, 3, int(sel.sum()))), len(grid) - 1)]
    c["storage_delayed"] = int((_inside(e, sto) >= 0).sum())
    # the monitor: lists once a minute, restarts (cursor kept or not; a re-read of its last listing's blobs)
    ph = rng.uniform(0, STEP)
    v = ph + STEP * np.ceil((w - ph) / STEP) + rng.uniform(0.5, 5, len(w))
    mon = _windows(rng, T, rng.uniform(0.3, 1.5), 60, 720)
    c["monitor_restarts"] = int((mon[:, 0] >= 0).sum())
    keep_cursor = rng.random() < 0.5
    j = _inside(v, mon)
    down = j >= 0
    lost = down & (not keep_cursor)
    c["unread_lost"] = int(lost.sum())
    v = np.where(down, mon[np.maximum(j, 0), 1] + rng.uniform(1, 10, len(v)), v)
    re_rows, re_v = [], []
    for a, b in mon[mon[:, 0] >= 0]:
        last = ph + STEP * np.floor((a - ph) / STEP)
        if keep_cursor and rng.random() < 0.5:  # the cursor was saved before its last listing was summed
            got = np.nonzero((v > last - 1) & (v <= a) & ~lost)[0]
            re_rows.append(got)
            re_v.append(np.full(len(got), b + rng.uniform(1, 10)))
    re_rows = np.concatenate(re_rows).astype(int) if re_rows else np.zeros(0, int)
    c["reread"] = len(re_rows)
    ok = ~lost
    by_enq = rng.random() < 0.5
    u = np.where(by_enq, e, own[idx])
    rows = np.concatenate([np.nonzero(ok)[0], re_rows])
    v_all = np.concatenate([v[ok]] + re_v)
    mins = np.floor(u[rows] / STEP).astype(int)
    close = (mins + 1) * STEP + F * rng.uniform(1.1, 2.2) + rng.uniform(30, 120)
    jc = _inside(close, mon)
    close = np.where(jc >= 0, mon[np.maximum(jc, 0), 1], close)
    late = v_all > close
    c["late"] = int(late.sum())
    good = (~late) & (mins >= 0) & (mins < n)
    msg, mins = idx[rows[good]], mins[good]
    dedup = rng.random() < 0.4
    if dedup:
        _, first = np.unique(msg, return_index=True)
        msg, mins = msg[first], mins[first]
    copies = np.bincount(msg, minlength=m)
    c["counted_twice"] = int((copies >= 2).sum())
    c["other_minute"] = int((mins != np.floor(te[msg] / STEP)).sum())
    return SimpleNamespace(P=P, ts=ts, te=te, node=node, share=share, msg=msg, mins=mins, copies=copies,
                           dedup=dedup, by_enq=by_enq, F=F, keep_cursor=keep_cursor, counts=c, quota=quota,
                           off=off, timeout=timeout)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """Tiles/s per minute as the monitor reads them: each counted copy's tiles (its node's share of the tiles
    trained over its interval) summed into its minute (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])

    def cum(t):
        f = np.clip(t / TICK, 0, len(J))
        i = np.minimum(f.astype(int), len(J) - 1)
        return C[i] + (f - i) * J[i]

    tiles = (cum(p.te) - cum(p.ts)) * p.share
    return np.bincount(p.mins, weights=tiles[p.msg], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    (or a ramp's first half), or where it or a neighbour reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    got = np.bincount(run.path.mins, minlength=n)[:n] > 0
    mask = np.zeros(n, bool)
    for a, b, *_ in list(run.pauses_t) + [(a, b) for a, b in run.quiet]:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        mask[max(s, 0):max(min(e, n), 0)] = True
    empty = ~got
    run.path.counts["unread_minutes"] = int(empty.sum())
    mask |= empty | np.r_[empty[1:], False] | np.r_[False, empty[:-1]]
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(int), 0]))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's tiles lost (0 .. 1) over ``length`` ticks: a drop (a tiling worker
    killed, the pool refilling its queue) rises over 1-6 ticks; a straggler (one node's reads of raw X-ray rolls
    from the plant's file share slowed in bursts: all nodes wait) is 1 for a mean of 20-150 ticks, calm for a
    mean of 60-400 at 0.05-0.25; a leak (the contrast-normalisation workers' tile cache growing into swap)
    ``(s / ramp) ** p``, ``p`` 0.6-1.8, then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w = np.empty(length)
    calm, on, i = rng.uniform(0.05, 0.25), True, 0
    m_on, m_off = rng.uniform(20, 150), rng.uniform(60, 400)
    while i < length:
        d = int(rng.exponential(m_on if on else m_off)) + 1
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression (a share ``a w`` of each tick's tiles lost, carried through the same messages and reads)
    with its onset in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 rejected draws."""
    n = run.n
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    tsec = np.arange(n) * STEP
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, tsec, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        k0, k1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        w = np.zeros(run.nt)
        w[k0:k1] = _weight(rng, kind, k1 - k0, ramp * K)
        r = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.32), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        win = slice(c0, min(stop, n))
        hs, rs = healthy[win][live[win]].sum(), r[win][live[win]].sum()
        if rs <= 0 or hs <= 0:
            continue
        a = target * hs / rs
        if a > 0.95:
            continue
        loss = a * r
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on_pt, end = span
        if any(on_pt <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on_pt
        if kind == "leak" and not on_pt < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on_pt, ramp_end, end, n, (ramp_end - on_pt) // 3)
        if depth is not None:
            return Event(kind, on_pt, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    """Each point is stamped at its minute's end (UTC, aligned to the minute)."""
    return run.t0 + STEP * (np.arange(run.n) + 1)


def make_heldout196(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout196_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT196_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout196, seeds, n, pauses)
