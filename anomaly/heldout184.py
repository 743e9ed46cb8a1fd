"""The hundred-and-eighty-fourth held-out throughput family: a poultry-house welfare model's training frames/s (a
detector and pose/keypoint model scoring broiler chickens' gait and activity from ceiling cameras; H.264 recordings
from the farms' NVRs decoded, frames sampled by time of day, dimming and dust normalised, crops augmented on CPU
workers, the rare lame class oversampled, a periodic evaluation on a held-out flock), read through Socket.IO: each
node's reporter emits (its clock's time, its frames since its last event) every 10-30 s to a Node.js Socket.IO server
whose handler appends the event to a list, and a monitor reads the list once a minute and sums frames per minute of
the event's own time or of the server's receive time.

(No generator's head names Socket.IO, Engine.IO, a socket, a WebSocket, long-polling, an acknowledgement, Node.js,
poultry, a chicken, a broiler, an NVR, H.264, lameness, a barn, an animal or welfare (``grep -ic`` on the first 3
lines of every generator, saved to ``/tmp/s66/heads184.txt``: 0 each); "bird" matches 5 heads (bird-sound and
bird-song classifiers, a bird's-eye-view perception model, a BIRD text-to-SQL set), "keypoint" 3 and "pose" 6 (sign
language and a skeleton model), "gait" 2 (a human gait-recognition model), "farm" 4 (a livestock accelerometer
model over ear-tag sensors, a wind farm, farmers' photos), "camera" 10: the words are common, the poultry-house
video job and the Socket.IO path are new. Job and path named by the lead.)

Public sources read (excerpts through the search tool): socket.io's "Offline behavior" page
(https://socket.io/docs/v3/client-offline-behavior, and its v4 translations: any event emitted while the socket is
not connected is buffered until reconnection, which "could result in a huge spike of events when the connection is
restored"; ``socket.volatile.emit`` instead); the tutorial's "Client delivery" step (https://socket.io/docs/v4/
tutorial/step-8: "at most once" by default; a message is lost when "the connection is severed while the event is
being sent" or the server restarts while handling it; ``ackTimeout`` and ``retries`` give "at least once", the
client retrying until acknowledged); socket.io-client 4.8.1's ``socket.d.ts`` (``retries``: "Above the limit, the
packet will be discarded"); the client's ``backo2.js`` (4.5.4: delay ``min * factor ** attempts``, a deviation of
``jitter * ms`` added or taken, capped at ``max``); "How to use Socket.IO with a debugger"
(https://socket.io/how-to/debug-with-socket-io: the heartbeat, the disconnection reason "ping timeout") and
go-engine.io issue #80 (a client "may have to wait up to pingTimeout + pingInterval ms before getting a disconnect
event", the JS engine waiting ``pingInterval + pingTimeout``); socket.io issue #5450 (a busy connection still
dropped at ``pingInterval + pingTimeout`` when pongs are late); "Connection state recovery"
(https://socket.io/docs/v4/connection-state-recovery, v4.6.0: the server stores the socket's id, rooms and data and
the packets it sent, for ``maxDisconnectionDuration`` 2 min; "the recovery will not always be successful");
"Handling disconnections" (https://socket.io/docs/v4/tutorial/handling-disconnections: "a Socket.IO server does
not store any event"); "Using multiple nodes" (https://socket.io/docs/using-multiple-nodes: long-polling needs sticky
sessions, else HTTP 400 "Session ID unknown"; WebSocket alone does not) and socket.io issue #1739 (a handshake
answered with a sid, the next poll refused with "Session ID unknown", a new handshake); socket.io 2.5.0's release
note and issue #3135 (``maxHttpBufferSize`` 1 MB on both transports); socket.io-client 4.5.0's release note (a
payload over ``maxHttpBufferSize`` in long-polling: a "transport error", HTTP 413; the client slices its write
buffer to the server's ``maxPayload``). On the job: Fodor et al. 2023, Poultry Science 102:102787 (DeepLabCut
keypoints of walking broilers, gait scored 0-5), Nasiri et al. 2022 (pose estimation and an LSTM over broiler
videos, 9,412 images, 400 videos) and Li et al. 2023, Animals 13:717 (ceiling cameras, top-view video of broilers
of known gait score): what such a model reads, not how fast it trains.

Not read, from memory (unchecked): Engine.IO v4's default ``pingInterval`` 25 s and ``pingTimeout`` 20 s (one page
found said 60 s, an older default); the client's defaults ``reconnectionDelay`` 1 s, ``reconnectionDelayMax`` 5 s,
``randomizationFactor`` 0.5; that a packet written to a dead WebSocket before the ping timeout is lost (not
buffered), and that the ``retries`` queue's tries time out while disconnected. Connection state recovery restores
what the server sent, not what a client emitted, so it changes nothing here (the client's buffer does that);
``maxHttpBufferSize`` is not reached (an event is ~100 bytes; the flush after the longest outage here is a few
hundred events, sliced to ``maxPayload``).

Assumed without checking (the job): 1, 2 or 4 nodes (40/35/25 %) of 1, 2, 4 or 8 GPUs (15/35/30/20 %), 0.85-0.97
per doubling of the GPUs; the GPUs train 60-900 frames/s each (log-uniform; a detector and a keypoint head on
crops), the CPU workers (NVR export decode, dimming and dust normalisation, crop augmentation, the lame class's
oversampling) feed 1.05-2.2 times that; a step waits for the slower side (a soft maximum of the costs). The
recordings are read one house-day at a time: 5-45 min of wall time each (log-uniform), its frame cost a factor (sd
3-8 %), a fifth late-flock crowded days (more birds and crops: 6-15 % dearer), opening one (seeking the export,
decoding its first GOPs) 4-30 s at 25-60 % of the rate. Per 5-s tick an AR(1) of the log (sd 2-5 %, correlation
10-40 s) and a slow OU (sd 1-3 %, 30-150 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a higher
input resolution (at most twice: 1.3-1.8 times dearer on the GPUs), heavier augmentation (at most twice: 1.2-1.6 on
the CPUs) or, 1 in 6, half or twice the GPUs per node; redrawn until the level moves 15 % (1/3 to 3 times). Pauses:
a start-up of 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min (decoder pools and caches warming); an
evaluation on a held-out flock every 40-120 min, 2-7 min ("long" 12-30), every 2nd-4th followed by a checkpoint
(20-90 s, "long" 1.5-5 min); crashes (a decode worker's segfault on a corrupt export takes the job down; exponential,
mean 10-40 h): down 1-5 min ("long" 6-20), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3
min ("long" 5-12), queued 1-5 min, then such a start-up and its ramp. No evaluation within 15 min of a resume.

On the path (not checked): each process's reporter emits from the process's launch every ``P`` s: 10, 15, 20 or 30
(75 % of runs) or 10-30 (a period that does not divide the minute), in half of the runs plus 0-0.4 s of its own
work each time (a sleep loop that drifts); an event carries the node's clock time and the frames the node trained
since its previous event (each node trains ``1 / nodes`` of the job's frames); a crash loses the interval under
way, a graceful stop emits it. Emits are plain (40 %: buffered while disconnected), ``volatile`` (20 %: dropped
while disconnected) or with an acknowledgement, ``ackTimeout`` 5-10 s and ``retries`` 2-5 (40 %). Per node, network
blips of 1-90 s (log-uniform, 2-10 a day); the server's pings every ``pingInterval`` (25 s; 30 % of runs 10-30)
and a loss noticed at the last ping plus ``pingInterval + pingTimeout`` (20 s; or 5-60): a blip over by then is
held by TCP (its events arrive when it ends), a longer one is a "ping timeout". Events written between the break
and the timeout are lost (plain and volatile) or resent (ack); after it they are buffered (plain, ack) or dropped
(volatile); the client reconnects after delays ``min(d 2**k, d_max)`` times 1 +- 0.5 (``d`` 1 s and ``d_max`` 5 s in
60 % of runs, else 0.5-5 s and 5-60 s), an attempt failing while the network or the server is down and, in 25 % of
runs (two servers behind a balancer without sticky sessions), half the time ("Session ID unknown"); the handshake
takes 50-500 ms (3 times that on long-polling), then the buffer is flushed at once. An ack-mode event waiting
over ``(retries + 1) ackTimeout`` is discarded. An event still buffered when its process ends is lost. The Node.js
server restarts 0.3-2 times a day (a deploy or a crash), down
3-60 s: every client sees "transport close" at once, and the entries the monitor has not read yet die with the
server's in-memory list. Duplicates (ack mode): 0.1-0.5 % of acknowledgements lost (the event resent
``ackTimeout`` later), and at half the breaks the last event before it resent on reconnecting. In 30 % of runs a
proxy blocks the upgrade (HTTP long-polling throughout: 10 times the 5-50 ms latency; no balancer then). Clocks:
the server's offset sd 0.2-2 s, or in 20 % of runs 5-40 s off; the nodes synchronised (sd 20 ms) but, in 25 % of
runs, node 0 drifting 5-50 ppm from an offset of up to 2 s and stepped back near 0 by 0.3-2 corrections a day. The
monitor reads the list once a minute (a phase of 0-60 s on the server's clock) and sums frames per minute of the
server's receive time (60 %: it closes a minute at its first read 0-30 s after the minute's end) or of the event's
own clock stamp (40 %: it waits 60-120 s); an entry arriving after its minute was read out is lost. A point is the
minute's frames / 60 (frames/s; 0: nothing read). The reads are linear in the frames; the events' fates are the
healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span (every relaunch changes the stage).
Labelled regressions (a share ``a w`` of each tick's frames lost, carried through the same events and reads):
``drop`` (an H.264 decode worker killed by the OOM killer on a corrupt export and not respawned, until the next
restart; or, from the end of a crash's restart, the job back with CPU decoding because NVDEC failed to load, until
the next restart: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the NAS holding the NVR exports
slowed in bursts by the farms' uploads: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25),
``leak`` (the time-of-day sampler's decoded-frame cache growing into swap, until the next restart: ``w = (s / ramp)
** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over
a leak's plateau), ``a`` set from the reads of the lost frames (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout184_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    9          11    0.071-0.321  14              1-21 (933, 0 >60)
long      30      11    9          10    0.082-0.316  22              1-75 (765, 4 >60)

Planned changes listed: short 12, long 14 (of 12 and 14 relaunches; every one changed the stage); crashes 44 and
40. The path over each set (counts; the emitted events count once each, their repeats apart): short: emitted
372,279, blips held by TCP 387, ping timeouts 116, server restarts 52, lost on a dead socket 115, buffered and
flushed 238, lost with their process 19, duplicates 495, entries wiped with the server's list 107, late 0, counted in
another minute than their emission's true one 22,050, minutes that read no frames 3,695 (pauses included), handshakes
refused behind the balancer 39, intervals lost in a crash 80, clock steps 24; long: 574,572, 490, 161, 53, 178, 376,
42, 776, 192, 0, 16,174, 16,603, 111, 85, 18. Surprises, said and not tuned: no event was ever late (the monitors
that bin by the event's stamp wait 60-120 s, longer than every flush came; so that law never acts here), and the
reporting periods that do not divide the minute (5 of the 24 runs) alias hard: a minute holds one event more or
fewer, so the live points' minute-to-minute change (median ``|d log|`` per seed) is 1.8-34 % (short), 2.2-25 %
(long), its 99th percentile 36-71 % (short), 34-68 % (long). The reads' sum over the live points against the job's
frames: 0.997-1.004 per seed (short and long); the live median level 203-2,239 frames/s (short), 227-9,871 (long).

Changes of the laws after the first measure: none. Fixes that change no law, found by the first measure (the first
2 "short" seeds at 3,000 points, then both full sets) and by the tests: a leak-only ramp length computed for every
kind (an infinite end gave NaN and stopped the build); a reporter without the sleep loop's drift emitting one event
per process instead of one per period (a scalar gap given to ``cumsum``); a crash due inside an evaluation or a
checkpoint started there, overlapping pauses (it now comes at that pause's end: the table's events did not move, its
pause spans did, short 1-19 to 1-21, long 1-62 (764, 3 >60) to 1-75 (765, 4 >60), and the path's counts by a few);
and rows for events past the trace's end (they carried nothing) dropped. The tests check the laws on the first 4 seeds
at 3,000 points (``SPANS``: at most 60 points "short", 100 "long").

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, run with a ``wc -l`` of the
file: 550 lines); ``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: one print cut in
its middle, then lines 134-537 printed again after a ``grep -n place_events`` and a ``wc -l`` of it and of
``tests/trace_checks.py``); ``tests/trace_checks.py`` (all: printed with the others, then lines 1-230 again);
``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; the first 3 lines of every generator
(``for f in anomaly/heldout*.py; do echo "== $f"; head -3 "$f"; done`` into ``/tmp/s66/heads184.txt``, read through
``grep -ic`` counts, a ``grep -io`` of 60 characters before and 40 after "bird", "gait", "keypoint" and "farm", and
the last 5 ``==`` lines). Slips: none that I know of (the ``wc -l`` runs printed only line counts). The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Trace

CODE = 184
HELDOUT184_SEEDS = tuple(range(1842000, 1842012))
TICK = 5.0  # s: the job's rate grid
STEP = 60.0  # s: one point, one monitor minute
K = int(STEP / TICK)
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC: true time 0 (a multiple of 60)
DAY = 86400.0
SPANS = {"short": (1, 60), "long": (1, 100)}  # pause span lengths (points) the tests accept
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
PATH_KEYS = ("emitted", "held_by_tcp", "ping_timeouts", "server_restarts", "lost_on_dead_socket", "buffered",
             "lost_with_process", "duplicates", "wiped_at_restart", "late", "moved_minute", "unread_minutes",
             "lb_refused", "crash_intervals_lost")


@dataclass
class Path:
    """The Socket.IO path's configuration and what it did to the events (one row per emitted event)."""

    mode: str  # "plain" (buffered while disconnected), "volatile" (dropped) or "ack" (retries, at least once)
    binning: str  # "event": minute of the node's clock stamp; "recv": minute of the server's receive time
    P: float
    nodes: int
    polling: bool  # a proxy blocks the WebSocket upgrade: HTTP long-polling throughout
    lb: bool  # two servers behind a load balancer without sticky sessions
    node: np.ndarray = None  # the emitting node of each event
    a: np.ndarray = None  # first tick of each event's interval
    b: np.ndarray = None  # tick after it
    point: np.ndarray = None  # the minute it is counted in (-1: none)
    copies: np.ndarray = None  # 0, 1 or 2
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    dt: float
    k: int
    J: np.ndarray  # frames trained per tick (all nodes)
    train: np.ndarray  # the training share of each tick
    pauses_t: list  # (t0, t1, kind)
    ramps: list  # (t0, t1): a ramp's first half after a start-up
    restarts: list  # (t0, t1, same stage)
    known_t: list
    known_kind: list
    lives: list  # (start, end, crashed): one process (and reporter) each
    counts: dict
    path: Path = None


# ----------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Frames/s of the whole job at a stage: the GPUs' rate and the CPU workers' (decode, normalise, augment) feed,
    the step waiting for the slower (a soft maximum of the per-frame costs)."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["res_c"] ** st["res"]
    cpu = cfg["cpu"] * g / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: a higher input resolution (at most twice), heavier augmentation (at most twice) or,
    1 in 6, another GPU count per node; redrawn until the level moves 15 % or more (between 1/3 and 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(np.clip(st["gpus"] * rng.choice([0.5, 2.0]), cfg["nodes"], 8 * cfg["nodes"]))
        elif u < 7 / 12:
            new["res"] = min(2, st["res"] + 1)
        else:
            new["aug"] = min(2, st["aug"] + 1)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline (true seconds from 0) and its frames per tick."""
    long = setting == "long"
    T = n * STEP
    nt = n * K
    nodes = int(rng.choice([1, 2, 4], p=[0.4, 0.35, 0.25]))
    gpn = int(rng.choice([1, 2, 4, 8], p=[0.15, 0.35, 0.3, 0.2]))
    gpu = hc.log_uniform(rng, 60, 900)
    cfg = {"nodes": nodes, "gpu": gpu, "eff": rng.uniform(0.85, 0.97), "cpu": gpu * rng.uniform(1.05, 2.2),
           "res_c": rng.uniform(1.3, 1.8), "aug_c": rng.uniform(1.2, 1.6)}
    st = {"gpus": nodes * gpn, "res": 0, "aug": 0}
    m = int(rng.integers(0, 4))
    rel = []
    for _ in range(100):
        if len(rel) == m:
            break
        x = rng.uniform(0.15, 0.85) * T
        if all(abs(x - y) > 3600 for y in rel):
            rel.append(x)
    rel.sort()
    crash_mean = rng.uniform(10, 40) * 3600
    ev_lo, ev_hi = (12, 30) if long else (2, 7)
    ck_every = int(rng.integers(2, 5))

    def startup(first: bool) -> float:
        if first:
            return rng.uniform(25, 60) * 60 if long else rng.uniform(3, 10) * 60
        return rng.uniform(8, 20) * 60 if long else rng.uniform(2, 6) * 60

    pauses, ramps, restarts, known_t, known_kind, lives = [], [], [], [], [], []
    stages = [(0.0, dict(st))]  # (from, stage)
    ramp_of = []  # (t0, length, start share)
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "nodes": nodes}
    su = startup(True)
    pauses.append((0.0, su, "startup"))
    life0 = 0.0
    t = su
    ramp_of.append((t, rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
    next_eval = t + rng.uniform(40, 120) * 60
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    end = T + 900
    while t < end:
        nr = rel[ri] if ri < len(rel) else np.inf
        if nr < t + 300 and ri < len(rel):
            nr = rel[ri] = t + rng.uniform(300, 900)
        nxt = min(next_eval, next_crash, nr)
        if nxt >= end:
            break
        if nxt == next_eval:
            counts["evals"] += 1
            d = rng.uniform(ev_lo, ev_hi) * 60
            pauses.append((nxt, nxt + d, "eval"))
            t = nxt + d
            if counts["evals"] % ck_every == 0:
                c = (rng.uniform(1.5, 5) if long else rng.uniform(0.33, 1.5)) * 60
                pauses.append((t, t + c, "ckpt"))
                t += c
            next_eval = t + rng.uniform(40, 120) * 60
            continue
        crashed = nxt == next_crash
        nxt = max(nxt, t)  # a crash due inside an evaluation or checkpoint comes at its end
        lives.append((life0, nxt, crashed))
        if crashed:
            counts["crashes"] += 1
            down = (rng.uniform(6, 20) if long else rng.uniform(1, 5)) * 60
            dur = down + startup(False)
            life0 = nxt + down
            pauses.append((nxt, nxt + dur, "crash"))
            restarts.append((nxt, nxt + dur, True))
        else:
            counts["relaunches"] += 1
            ri += 1
            stop = (rng.uniform(5, 12) if long else rng.uniform(1, 3)) * 60
            queued = rng.uniform(1, 5) * 60
            dur = stop + queued + startup(False)
            life0 = nxt + stop + queued
            pauses.append((nxt, nxt + dur, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
                restarts.append((nxt, nxt + dur, True))
            else:
                st = new
                stages.append((nxt + dur, dict(st)))
                restarts.append((nxt, nxt + dur, False))
                known_t.append(nxt + dur)
                known_kind.append("stage")
        t = nxt + dur
        ramp_of.append((t, rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
        next_eval = max(next_eval, t + 15 * 60)
        next_crash = t + rng.exponential(crash_mean)
    lives.append((life0, np.inf, False))
    tick0 = np.arange(nt) * TICK
    busy = np.zeros(nt)
    for a, b, _ in pauses:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        busy[i0:i1] += np.clip(np.minimum(b, tick0[i0:i1] + TICK) - np.maximum(a, tick0[i0:i1]), 0, TICK)
    train = np.clip(1 - busy / TICK, 0, 1)
    level = np.empty(nt)
    for k, (t0, s) in enumerate(stages):
        level[int(t0 // TICK):] = _level(cfg, s)
    mult = np.ones(nt)
    for t0, ln, r0 in ramp_of:
        i0, i1 = int(t0 // TICK), min(nt, int((t0 + ln) // TICK))
        if i0 < nt:
            mult[i0:i1] *= r0 + (1 - r0) * (tick0[i0:i1] - t0) / ln
        ramps.append((t0, t0 + ln / 2))
    # the recordings: one house-day at a time (5-45 min), its frame cost a factor (sd 3-8 %), a fifth late-flock
    # crowded days (more birds, more crops: 6-15 % dearer); opening one (seeking the export, decoding the first
    # GOPs) runs 4-30 s at 25-60 % of the rate
    sd_shard = rng.uniform(0.03, 0.08)
    t = 0.0
    while t < nt * TICK:
        ln = hc.log_uniform(rng, 5, 45) * 60
        f = np.exp(rng.normal(0, sd_shard)) / (rng.uniform(1.06, 1.15) if rng.random() < 0.2 else 1.0)
        i0, i1 = int(t // TICK), min(nt, int((t + ln) // TICK))
        mult[i0:i1] *= f
        so = int(rng.uniform(4, 30) // TICK) + 1
        mult[i0:min(i1, i0 + so)] *= rng.uniform(0.25, 0.6)
        t += ln
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    x = rng.normal(0, sd)
    for i in range(nt):
        x = a * x + e[i]
        ar[i] = x
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(30, 150) * 60)
    slow = np.interp(tick0, np.arange(len(ou)) * 60.0, ou)
    J = level * mult * np.exp(ar + slow) * train * TICK
    return Run(n=n, nt=nt, dt=STEP, k=K, J=J, train=train, pauses_t=pauses, ramps=ramps, restarts=restarts,
               known_t=known_t, known_kind=known_kind, lives=lives, counts=counts)


# ---------------------------------------------------------------------------------------------------- the path


def _reconnect(rng, d: float, up: float, cfg: dict, downs: np.ndarray, counts: dict) -> float:
    """When the client is connected again after noticing the loss at ``d``: attempts after delays
    ``min(delay * 2**k, delay_max)`` randomised by +-``factor``; an attempt succeeds once the network is back (``up``),
    the server is not down, and (two servers, no sticky sessions) the handshake's requests reach one server."""
    t, k = d, 0
    while True:
        t += min(cfg["delay"] * 2 ** k, cfg["delay_max"]) * (1 + cfg["factor"] * (2 * rng.random() - 1))
        k += 1
        if t < up or (len(downs) and ((downs[:, 0] <= t) & (t < downs[:, 1])).any()):
            continue
        if cfg["lb"] and rng.random() < 0.5:
            counts["lb_refused"] += 1
            continue
        return t + rng.uniform(0.05, 0.5) * (3 if cfg["polling"] else 1)


def _path(rng, run: Run) -> Path:
    """Every event's interval, fate and minute (see the module's docstring)."""
    T = run.nt * TICK
    nodes = run.counts["nodes"]
    mode = str(rng.choice(["plain", "volatile", "ack"], p=[0.4, 0.2, 0.4]))
    binning = str(rng.choice(["event", "recv"], p=[0.4, 0.6]))
    P = float(rng.choice([10.0, 15.0, 20.0, 30.0])) if rng.random() < 0.75 else float(rng.uniform(10, 30))
    cfg = {"polling": rng.random() < 0.3, "lb": rng.random() < 0.25}
    if cfg["polling"]:
        cfg["lb"] = False  # without sticky sessions and without the upgrade the client could never stay connected
    dflt = rng.random() < 0.6
    cfg.update(delay=1.0 if dflt else rng.uniform(0.5, 5), delay_max=5.0 if dflt else rng.uniform(5, 60),
               factor=0.5)
    v4 = rng.random() < 0.7
    ping_i, ping_t = (25.0, 20.0) if v4 else (rng.uniform(10, 30), rng.uniform(5, 60))
    retries, ack_to = int(rng.integers(2, 6)), rng.uniform(5, 10)
    q_dup = rng.uniform(0.001, 0.005)
    drift_loop = rng.random() < 0.5
    work = rng.uniform(0.02, 0.4)
    lag = rng.uniform(60, 120) if binning == "event" else rng.uniform(0, 30)
    phase = rng.uniform(0, 60)
    so = rng.normal(0, rng.uniform(0.2, 2)) if rng.random() < 0.8 else rng.choice([-1, 1]) * rng.uniform(5, 40)
    unsynced = rng.random() < 0.25
    counts = {k: 0 for k in PATH_KEYS}
    # server restarts (a deploy or a crash of the Node.js process): 0.3-2 a day, down 3-60 s
    nd = rng.poisson(rng.uniform(0.3, 2) * T / DAY)
    s0 = np.sort(rng.uniform(0, T, nd))
    downs = np.array([[s, s + hc.log_uniform(rng, 3, 60)] for s in s0]).reshape(-1, 2)
    counts["server_restarts"] = len(downs)
    rows = []
    for j in range(nodes):
        nb = rng.poisson(rng.uniform(2, 10) * T / DAY)
        bs = rng.uniform(0, T, nb)
        causes = sorted([(s, s + hc.log_uniform(rng, 1, 90), "blip") for s in bs]
                        + [(s, e, "restart") for s, e in downs])
        ping0 = rng.uniform(0, ping_i)
        wins, last_r = [], -np.inf
        for s, e, kind in causes:
            if s < last_r:
                continue
            if kind == "blip":
                detect = s - (s - ping0) % ping_i + ping_i + ping_t
                if e <= detect:
                    counts["held_by_tcp"] += 1
                    wins.append((s, e, e, 0))
                    last_r = e
                    continue
                counts["ping_timeouts"] += 1
                d = detect
            else:
                d = s
            r = _reconnect(rng, d, e, cfg, downs, counts)
            wins.append((s, d, r, 1))
            last_r = r
        W = np.array([(-1e9, -1e9, -1e9, 0)] + wins)  # a first row that holds nothing
        # the node's clock: synchronised (sd 20 ms) or, in a quarter of runs for node 0, drifting 5-50 ppm and
        # stepped back near 0 by 0.3-2 corrections a day
        if unsynced and j == 0:
            steps = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.3, 2) * T / DAY)))
            counts["clock_steps"] = len(steps)
            drift = rng.choice([-1, 1]) * rng.uniform(5e-6, 5e-5)
            base = np.concatenate([[0.0], steps])
            off0 = np.concatenate([[rng.uniform(-2, 2)], rng.normal(0, 0.05, len(steps))])
        else:
            base, off0, drift = np.array([0.0]), np.array([rng.normal(0, 0.02)]), 0.0
        for L0, L1, crashed in run.lives:
            if L0 >= T:
                break
            stop = min(L1, T + 600)
            m = int((stop - L0) / P) + 3
            gaps = P + (rng.uniform(0, work, m) if drift_loop else np.zeros(m))
            te = L0 + np.cumsum(gaps)
            te = te[te < stop]
            if not crashed and L1 < T + 600:
                te = np.append(te, L1)  # a graceful stop emits the interval under way
            elif crashed:
                counts["crash_intervals_lost"] += 1
            if len(te) == 0:
                continue
            ti = np.minimum((te // TICK).astype(int), run.nt)
            a = np.concatenate([[min(int(L0 // TICK), run.nt)], ti[:-1]])
            arr = te + rng.uniform(0.005, 0.05, len(te)) * (10 if cfg["polling"] else 1)
            copies = np.ones(len(te), int)
            wi = np.searchsorted(W[:, 0], te, side="right") - 1
            inside = te < W[wi, 2]
            hold = inside & (W[wi, 3] == 0)
            arr[hold] = W[wi, 2][hold]
            dead = inside & (W[wi, 3] == 1) & (te < W[wi, 1])
            disc = inside & (W[wi, 3] == 1) & (te >= W[wi, 1])
            r = W[wi, 2]
            if mode == "ack":
                q = dead | disc
                arr[q] = r[q]
                gone = q & (r - te > (retries + 1) * ack_to)
                copies[gone] = 0
                counts["buffered"] += int((q & ~gone).sum())
            else:
                copies[dead] = 0
                counts["lost_on_dead_socket"] += int(dead.sum())
                if mode == "volatile":
                    copies[disc] = 0
                else:
                    arr[disc] = r[disc]
                    counts["buffered"] += int(disc.sum())
            dies = (arr > L1) & (copies > 0)
            counts["lost_with_process"] += int(dies.sum())
            copies[dies] = 0
            counts["emitted"] += len(te)
            if mode == "ack":
                # an acknowledgement lost (the event had arrived): sent again ``ackTimeout`` later; an event sent just
                # before a break arrived but its acknowledgement did not: sent again on reconnecting
                dup = (rng.random(len(te)) < q_dup) & (copies > 0)
                darr = te + ack_to
                ws = W[(W[:, 3] == 1) & (W[:, 0] > te[0]) & (W[:, 0] < L1)]
                brk = np.searchsorted(te, ws[:, 0]) - 1
                ok = rng.random(len(brk)) < 0.5
                brk, rb = brk[ok], ws[ok, 2]
                keep = copies[brk] > 0
                dup[brk[keep]] = True
                darr[brk[keep]] = rb[keep]
                dup &= darr <= L1
                counts["duplicates"] += int(dup.sum())
                te, a, ti = np.concatenate([te, te[dup]]), np.concatenate([a, a[dup]]), np.concatenate([ti, ti[dup]])
                arr, copies = np.concatenate([arr, darr[dup]]), np.concatenate([copies, copies[dup]])
            sv = arr + so
            if binning == "event":
                seg = np.searchsorted(base, te, side="right") - 1
                stamp = te + off0[seg] + drift * (te - base[seg])
                point = np.floor(stamp / STEP).astype(int)
            else:
                point = np.floor(sv / STEP).astype(int)
            due = phase + STEP * np.ceil(((point + 1) * STEP + lag - phase) / STEP)
            late = (sv > due) & (copies > 0)
            counts["late"] += int(late.sum())
            copies[late] = 0
            for s, e in downs:  # the list lives in the server's memory: entries not yet read die with it
                ss = s + so
                last_read = phase + STEP * np.floor((ss - phase) / STEP)
                wiped = (sv > last_read) & (sv <= ss) & (copies > 0)
                counts["wiped_at_restart"] += int(wiped.sum())
                copies[wiped] = 0
            counts["moved_minute"] += int(((point != (te // STEP).astype(int)) & (copies > 0)).sum())
            point = np.where((point >= 0) & (point < run.n) & (a < run.nt), point, -1)
            k = a < run.nt  # rows past the trace's end carry nothing
            rows.append((np.full(int(k.sum()), j), a[k], ti[k], point[k], copies[k]))
    counts.setdefault("clock_steps", 0)
    cat = [np.concatenate(x) for x in zip(*rows)]
    return Path(mode=mode, binning=binning, P=P, nodes=nodes, polling=cfg["polling"], lb=cfg["lb"], node=cat[0],
                a=cat[1], b=cat[2], point=cat[3], copies=cat[4], counts=counts)


def _reads(run: Run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (frames/s per minute) when the job trains ``X`` frames per tick: each node trains a
    share ``1 / nodes`` of them; linear in ``X``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    keep = (p.point >= 0) & (p.copies > 0)
    w = p.copies[keep] * (C[p.b[keep]] - C[p.a[keep]]) / p.nodes / STEP
    return np.bincount(p.point[keep], weights=w, minlength=run.n)[:run.n]


def _spans(run: Run, h: np.ndarray, n: int) -> list:
    """Pause spans: the points whose minute or a neighbour touches a pause or a ramp's first half, and those that
    read nothing; merged where they touch."""
    raw = []
    ramp_end = {round(a, 6): b for a, b in run.ramps}
    for a, b, kind in run.pauses_t:
        b = max(b, ramp_end.get(round(b, 6), b))
        raw.append((int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1))
    raw += [(i, i + 1) for i in np.nonzero(h <= 0)[0]]
    raw.sort()
    spans = []
    for s, e in raw:
        s, e = max(s, 0), min(e, n)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.path.counts["unread_minutes"] = int((h <= 0).sum())
    return run, h, spans, live, changes


# ---------------------------------------------------------------------------------------------- the regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick: a drop rises over ``tau`` 1-6 ticks and stays; a straggler is 1 for a mean of
    30-240 ticks, calm (0.05-0.25) for a mean of 120-600; a leak ``(s / ramp) ** p`` (``p`` 0.6-1.8), then 1."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8))
    edges = hc.twostate(rng, 0, length, rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
    calm = rng.uniform(0.05, 0.25)
    k = np.searchsorted(edges, s, side="right") - 1
    return np.where(k % 2 == 0, 1.0, calm)


CAUSES = {"drop": ["decode_worker", "nvdec_off"], "straggler": ["nas"], "leak": ["frame_cache"]}
HELD = {"decode_worker", "nvdec_off", "frame_cache"}  # gone with the process: a restart ends them


def _cause(rng, run, kind, name, t0, t1, tr):
    t1, b0, b1 = hc.cause_buckets(run, t0, t1, TICK, name in HELD)
    ramp = int(max(tr - t0, TICK) // TICK) if kind == "leak" else 0
    w = _weight(rng, kind, max(b1 - b0, 1), ramp)
    X = np.zeros(run.nt)
    X[b0:b1] = w[:max(b1 - b0, 0)] * run.J[b0:b1]
    unit = _reads(run, X)

    def mod_of(a):
        return 0, a * unit

    return mod_of, 1.0, t1


def _calib(run, healthy, live, mod_of, a_max, target, c0, b1):
    p0, p1 = int(c0 // K), min(run.n, int(np.ceil(b1 / K)))
    lv = live[p0:p1]
    hs = healthy[p0:p1][lv].sum()
    if hs <= 0:
        return None
    l1 = mod_of(1.0)[1][p0:p1][lv].sum() / hs
    if l1 <= 0 or target / l1 > a_max:
        return None
    return target / l1


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    return hc.draw_regression(
        rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES, cause=_cause,
        calib=partial(_calib, run, healthy, live), series=lambda mod, lo_, b1: (np.maximum(healthy - mod[1], 0), 0),
        width=TICK, restart_cause="nvdec_off")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout184(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout184_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT184_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout184, seeds, n, pauses)
