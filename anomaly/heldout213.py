"""The two-hundred-and-thirteenth held-out throughput family: a wind-turbine blade inspection model's training
images/s on 1, 2 or 4 nodes (a network finding leading-edge erosion, cracks and lightning damage in drone images of
blades; images tiled and augmented on CPU workers, the rare damage classes oversampled; an evaluation on a held-out
farm's flights now and then), read through Eclipse Ditto: each node is a thing whose reporter modifies a feature
property (its images since its last update and its clock's time) every 10-30 s over Ditto's HTTP API or an MQTT or
AMQP connection, and a monitor subscribed to the things' change events (SSE or WebSocket) sums the images per minute
of the update's time or of the time it received the event.

(No generator's head names Ditto, a digital twin, Eclipse, a blade, erosion, server-sent events, a WebSocket, AMQP, a
revision or an acknowledgement (``grep -ic`` on the first 3 lines of every ``anomaly/heldout*.py``, gathered in
``/tmp/heldout213/heads.txt``: 0 each); "turbine" matches 1 head (a wind-turbine drivetrain fault detector: the
turbine is not new, blade images are), "drone" 1 (penguins in drone orthomosaics), "MQTT" 1 (one MQTT message per
node: the protocol is not new, Ditto's things, revisions and change events are), "lightning" 3 (PyTorch Lightning),
"wind" 31 (28 of them "window"; "wind farm" 2: main-bearing accelerometers and bat detectors), "sse" 19 (as a
substring; ``\bsse\b`` 0), "thing" 1 ("Anything"), "feature" 4, "inspection" 10, "tile" 29 (common words; the job
and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long print,
printed again as lines 300-412), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic`` and ``grep -io`` (the latter printed
up to 50 characters around the matches of "turbine", "drone", "MQTT", "lightning", "wind farm" and "thing"). Slips:
an ``ls`` and a ``grep -n "^HELDOUT212_SEEDS"`` of ``anomaly/heldout212.py`` (to keep the seeds apart: the file is
not on main, nothing printed); none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its
code, and check 212's range as ``range(2122000, 2122012)``.

Public sources read (excerpts through the search tool): Ditto's "HTTP API: Server-Sent Events" page
(``/api/2/things`` with ``Accept: text/event-stream``: a change notification per modification the caller may read,
only the changed part of a thing for a partial update); its "Acknowledgements" page (``twin-persisted``, a signal
settled with a broker only after it was applied: at-least-once for AMQP and MQTT) and its protocol examples (an event
carries the thing's ``revision``); release notes 2.0.1 (MQTT ``reconnectForRedelivery``: QoS 0 messages lost while
the connection reconnects), 3.2.0 (a history API that can stream persisted events from a revision: the monitor here
does not use it) and 3.8.7 (ordering of modifications sent without a response; errors during restarts); pull requests
#449 (backoff and a maximum of retries for a connection's reconnects), #1064 and #1080 (MQTT reconnect delays with an
exponential backoff and a minimum); issue #2439 (during rolling restarts, thousands of timeouts answered 500 while the
shards rebalance, a retry chain of about 42 s); other projects' SSE issues (a client that reconnects without
``Last-Event-ID`` loses or repeats events). Not read (assumed, unchecked): a gateway's 429 quota in front of Ditto,
whether Ditto's SSE honours ``Last-Event-ID`` (the monitor here never asks for a replay), its connection throttling,
its event timestamps. Nothing read on the job (blade inspection models were not looked up): its figures are assumed.

Assumed without checking (the job): the run starts on 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs; a GPU trains
8-120 tiled blade images/s (log-uniform), the nodes' CPU workers (tiling, colour and blur augmentation) can feed
1.05-2.2 times that; a step waits for the slower side (a soft maximum of the two costs); 0.82-0.95 per doubling of
nodes. Images come one drone flight at a time: a flight lasts 8-50 min of training (log-uniform), its image sizes set
its rate (a factor, sd 3-8 %), one flight in five is damage-heavy (the oversampled lightning and crack tiles: heavier
augmentation, 6-18 % slower). The shared store wanders (an OU on a minute grid, sd 1-3 %, 30-180 min); each 5-s tick
has a Student-t (4 degrees) noise of sd 1.5-4 % and, with probability 0.3-1.5 %, a loader hiccup (30-70 % of the
rate); images are counted by whole global batches (4-16 images per GPU). Pauses: start-up 4-12 min ("long" 20-50),
then a ramp from 35-70 % over 3-8 min (tile caches, worker pools); an evaluation on a held-out farm's flights every
40-120 min of training, 3-8 min ("long" 12-30), every third followed by a checkpoint (0.5-2 min, "long" 2-5);
crashes (exponential in training time, mean 10-40 h): down 2-5 min ("long" 8-20), a start-up of 3-8 ("long" 10-25)
and a ramp; relaunches: 0-3 at 15-85 % of the run, an hour apart, stopped 1-4 min ("long" 6-15) and queued 2-10 min,
then a start-up and ramp, onto another node count (half) or another tile and batch shape (the GPUs 0.6-0.8 or 1.3-1.8
times dearer, the CPUs by its square root), redrawn until the level moves 15 % (1/3 to 3 times).

On the path (assumed, after the sources): each node's reporter (one per node, restarted with its process) cuts its
image counter every ``P`` s (10-30 per node, plus 0-1 s) and sends the images since its last acknowledged cut, stamped
with its node's clock. Over HTTP (40 % of runs) a modification is refused while Ditto's cluster restarts (0.2-1.5 a
day, 20-120 s down: 503s) and, with probability 0.5-0.95 a try, inside quota episodes of the gateway the operator's
Ditto shares with the farm's turbine twins (0.5-3 a day, 1-10 min: 429s); it is tried again 1, 3, 7 and 15 s later,
and after five refusals the reporter keeps the images for its next cut. 0.2-1 % of applied modifications time out
at the reporter and are sent again 5-6 s later: in half the runs the reporter sends ``If-Match`` with the revision it
expects (the copy is refused with 412), in the others the thing gets a second modification and a second event. Over
a connection (MQTT 35 %, AMQP 25 %) the reporter publishes to a broker that Ditto's connection consumes; the
connection breaks at each cluster restart and 1-6 times a day for 5-60 s, and reconnects on a backoff (1 s doubling
to a cap of 60-120 s); what is published while it is down is lost for MQTT QoS 0 (40 % of MQTT runs) and otherwise
delivered in a burst on reconnection, where messages published in the 2 s before the break are delivered again
(at-least-once: a second modification). A crash loses the images since the last cut; a graceful stop sends them.
Every applied modification is an event with the thing's revision, received by the monitor 0.05-0.5 s (median,
log-normal) later. The monitor's subscription (SSE or WebSocket) breaks 3-15 times a day for 1-30 s and at each
cluster restart until 2-20 s after it: events in between are missed and not replayed. It sums per minute of the
update's clock time (55 % of runs) or of its own receipt time, and closes a minute 10-45 s after its end on its own
clock: a copy received later is lost. In 40 % of runs it drops an event carrying the same clock as the thing's last
one (a re-sent copy), else it counts it again. Node clocks are off by sd 0.1-1.5 s; in 30 % of runs one node drifts
5-40 ppm and is stepped back every 8-24 h; the monitor's clock is off by sd 0.5 s. The reads are linear in the
images; the copies' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same cuts, copies and reads): ``drop`` (a tiling worker
pool lost: ``w`` from 0.3-1 to 1 over 1-4 ticks), ``straggler`` (one node's drone-image reads slowed in bursts: 1 for
log-normal spans of 30-150 ticks, calm for 60-360 at 0-0.2), ``leak`` (the augmentation cache growing into swap: a
cosine ramp to the power 0.7-1.6, then held); drops and leaks end with the process (a crash or relaunch) unless they
run to the end; onsets 30 % at an evaluation's end; a drawn target loss (drop 8-33 %, straggler 10-30 %, leak 12-35 %
over its plateau) sets ``a`` (the reads are linear), refused above 0.9.

Measured (``heldout213_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    9          10    0.082-0.304  10              1-27 (903, 0 >60)
long      31      10    11         10    0.089-0.325  18              1-74 (739, 5 >60)

Planned changes listed: short 18, long 20 (of 18 and 20 relaunches; none kept its stage); crashes 78 and 46. The path
over each set (counts): short: tries refused with 503 766, with 429 1790, retries 2275, cuts carried to the next
281, last cuts lost at a stop 0, modifications re-sent 11 (3 counted twice, 6 dropped by the monitor), cluster
restarts 49, connection breaks 88, cuts delivered in a reconnection's burst 243, redelivered 11, lost with QoS 0 238,
monitor breaks 517, events missed 723, copies late 54, copies in another minute than their cut's 3913, unread minutes
4897, intervals lost in a crash 118; long: 422, 1250, 1468, 204, 0, 1054 (838, 209), 40, 107, 324, 13, 209, 447,
644, 20, 6136, 16269, 73. Transports: short 5 HTTP, 7 MQTT (4 QoS 0), 0 AMQP; long 4, 4 (3), 4. The reads' sum over
the live points against the job's images: 0.996-0.999 per seed (short), 0.996-1.006 (long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 3.1-30.7 % (short), 6.7-33.1 % (long), its 99th percentile
32-63 % (short), 34-56 % (long): summing a node's cuts of 10-30 s per minute puts 2 or 3 of them (4 to 6, ...) in a
minute, a beat the path makes, not the job; the live median level 77-1,433 images/s (short), 44-878 (long). Before
the first measure: one crash fix, no law changed (a Python bool's ``~`` made an integer mask). Changes of the laws
after it: none (the beat was not in my picture of the path before the measure, but it is what summing cuts per minute
does; I kept it). The tests check the laws on the first 4 seeds at 3,000 points and the path's laws on the full
"long" set's 12 runs (``SPANS``: at most 60 points "short", 130 "long"); they take 3.4-7.0 s on one core
(``taskset -c 0``, four runs: 6.0, 4.7, 3.4, 7.0; the full "long" set 1.8 s of it).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT213_SEEDS = tuple(range(2132000, 2132012))
CODE = 213
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)  # ticks per point
EPOCH = 1_789_996_800.0  # a multiple of 60
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 130)}  # pause span lengths (points) the tests allow
DAY = 86400.0
TRIES = np.array([0.0, 1.0, 3.0, 7.0, 15.0])  # an HTTP modification's tries (s after the cut)
PATH_KEYS = ("refused_503", "refused_429", "retries", "carried", "lost_at_stop", "resent", "counted_twice",
             "deduped", "cluster_restarts", "conn_breaks", "burst", "redelivered", "qos0_lost", "monitor_breaks",
             "missed", "late", "moved", "unread", "crash_lost")


def _mins(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = long if setting == "long" else short
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The stage's images/s: a soft maximum of the GPUs' and the CPU workers' cost per image."""
    nn, tile = st["nodes"], st["tile"]
    gpu = cfg["gpu"] * cfg["gpn"] * nn * cfg["eff"] ** np.log2(nn) / tile
    cpu = cfg["cpu"] * cfg["gpu"] * cfg["gpn"] * nn / np.sqrt(tile)
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count (half) or tile shape, redrawn until the level moves 15 % (1/3-3x)."""
    for _ in range(50):
        new = dict(st)
        if rng.random() < 0.5:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            f = rng.uniform(0.6, 0.8) if rng.random() < 0.5 else rng.uniform(1.3, 1.8)
            new["tile"] = float(np.clip(st["tile"] * f, 0.35, 3.0))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _timeline(rng, T: float, setting: str, cfg: dict) -> SimpleNamespace:
    """The job's pauses, lives (process up-times) and training segments over ``[0, T)``."""
    pauses, lives, segs, ramps, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def start(t: float, first: bool) -> float:
        d = _mins(rng, setting, (4, 12), (20, 50)) if first else _mins(rng, setting, (3, 8), (10, 25))
        pauses.append((t, t + d, "startup"))
        t += d
        r = 60.0 * rng.uniform(3, 8)
        ramps.append((t, t + r, rng.uniform(0.35, 0.7)))
        pauses.append((t, t + r / 2, "ramp"))
        return t

    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * T):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    crash_mean = 3600.0 * rng.uniform(10, 40)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "tile": 1.0}
    stages = [st]
    life0, t = 0.0, start(0.0, True)
    to_eval, to_crash, ri = 60 * rng.uniform(40, 120), rng.exponential(crash_mean), 0
    while t < T:
        to_rel = max(rel[ri] - t, 0.0) if ri < len(rel) else np.inf
        cand = [to_eval, to_crash, to_rel, T - t]
        which = int(np.argmin(cand))
        run = cand[which]
        segs.append((t, t + run, len(stages) - 1))
        t += run
        to_eval -= run
        to_crash -= run
        if which == 3:
            break
        if which == 2:  # a relaunch: a graceful stop, a queue, a start-up on the new stage
            counts["relaunches"] += 1
            lives.append((life0, t, len(stages) - 1, True))
            t += _mins(rng, setting, (1, 4), (6, 15)) + 60 * rng.uniform(2, 10)
            pauses.append((lives[-1][1], t, "relaunch"))
            new = _next_stage(rng, cfg, stages[-1], _level(cfg, stages[-1]))
            counts["kept_stage"] += new is None
            stages.append(new or stages[-1])
            life0, t = t, start(t, False)
            if new is not None:
                known_t.append(t)
            ri += 1
            to_eval = 60 * rng.uniform(40, 120)
        elif which == 1:  # a crash
            counts["crashes"] += 1
            lives.append((life0, t, len(stages) - 1, False))
            d = _mins(rng, setting, (2, 5), (8, 20))
            pauses.append((t, t + d, "crash"))
            life0, t = t + d, start(t + d, False)
            to_crash, to_eval = rng.exponential(crash_mean), 60 * rng.uniform(40, 120)
        else:  # an evaluation on a held-out farm's flights, every third followed by a checkpoint
            counts["evals"] += 1
            d = _mins(rng, setting, (3, 8), (12, 30))
            pauses.append((t, t + d, "eval"))
            t += d
            if counts["evals"] % 3 == 0:
                d = _mins(rng, setting, (0.5, 2), (2, 5))
                pauses.append((t, t + d, "ckpt"))
                t += d
            to_eval = 60 * rng.uniform(40, 120)
    lives.append((life0, T + 600.0, len(stages) - 1, True))
    return SimpleNamespace(pauses_t=pauses, lives=lives, segs=segs, ramps=ramps, known_t=known_t, stages=stages,
                           counts=counts)


def _images(rng, T: float, nt: int, cfg: dict, tl: SimpleNamespace) -> np.ndarray:
    """Images trained per 5-s tick: the stages' levels, ramps, flights, the store's OU, noise, hiccups, batches."""
    lv = np.zeros(nt)
    for a, b, s in tl.segs:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        lv[i0:i1] = _level(cfg, tl.stages[s])
    tt = np.arange(nt) * TICK
    for a, b, r0 in tl.ramps:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(np.ceil(b / TICK)))
        lv[i0:i1] *= r0 + (1 - r0) * (tt[i0:i1] - a) / (b - a)
    on = lv > 0
    tr = np.cumsum(on)  # training ticks so far: flights follow training time
    edges = [0.0]
    while edges[-1] < tr[-1] + 1:
        edges.append(edges[-1] + hc.log_uniform(rng, 8, 50) * K)
    nf = len(edges)
    fl = np.exp(rng.normal(0, rng.uniform(0.03, 0.08), nf)) * np.where(rng.random(nf) < 0.2,
                                                                        1 - rng.uniform(0.06, 0.18, nf), 1.0)
    f = fl[np.searchsorted(np.array(edges), tr, side="right") - 1]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), 60 * rng.uniform(30, 180))[np.arange(nt) // K]
    sd = rng.uniform(0.015, 0.04)
    noise = np.clip(rng.standard_t(4, nt) * sd / np.sqrt(2), -4 * sd, 4 * sd)
    hic = np.where(rng.random(nt) < rng.uniform(0.003, 0.015), rng.uniform(0.3, 0.7, nt), 1.0)
    raw = lv * f * np.exp(ou + noise) * hic * TICK
    bg = int(rng.integers(4, 17)) * cfg["gpn"]  # images per GPU step on one node; a global batch is whole
    c = np.floor(np.cumsum(raw) / bg)
    return np.diff(np.concatenate([[0.0], c])) * bg


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes over ``[0, T)``: ``(start, end)`` rows, sorted, lengths uniform in ``[lo, hi]`` s."""
    k = int(rng.poisson(per_day * T / DAY))
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(lo, hi, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in a window ``[a, b)`` of ``win`` (rows may overlap)."""
    if not len(win):
        return np.zeros(np.shape(x), bool)
    order = np.argsort(win[:, 0])
    a, b = win[order, 0], np.maximum.accumulate(win[order, 1])
    i = np.searchsorted(a, x, side="right") - 1
    return (i >= 0) & (x < b[np.maximum(i, 0)])


def _window_end(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The end of the (merged) window holding each time of ``x`` (``x`` where none does)."""
    if not len(win):
        return np.asarray(x, float)
    order = np.argsort(win[:, 0])
    a, b = win[order, 0], np.maximum.accumulate(win[order, 1])
    i = np.maximum(np.searchsorted(a, x, side="right") - 1, 0)
    out = np.where((x >= a[i]) & (x < b[i]), b[i], x)
    for _ in range(3):  # a window may end inside the next one
        j = np.maximum(np.searchsorted(a, out, side="right") - 1, 0)
        out = np.where((out >= a[j]) & (out < b[j]), b[j], out)
    return out


def _path(rng, T: float, n: int, tl: SimpleNamespace) -> SimpleNamespace:
    """Every cut's copies through Ditto to the monitor: per counted copy its update and its minute."""
    p = SimpleNamespace(transport=str(rng.choice(["http", "mqtt", "amqp"], p=[0.4, 0.35, 0.25])))
    p.qos0 = bool(p.transport == "mqtt" and rng.random() < 0.4)
    p.by_update, p.dedup, p.cond = rng.random() < 0.55, rng.random() < 0.4, rng.random() < 0.5
    grace, p_to, p429 = rng.uniform(10, 45), rng.uniform(0.002, 0.01), rng.uniform(0.5, 0.95)
    lat_med, cap = rng.uniform(0.05, 0.5), rng.uniform(60, 120)
    per = rng.uniform(10, 30, 4)
    off = rng.normal(0, rng.uniform(0.1, 1.5), 4)
    drift = np.zeros(4)
    if rng.random() < 0.3:
        drift[int(rng.integers(4))] = rng.uniform(5, 40) * 1e-6
    step_every, mon_off = 3600 * rng.uniform(8, 24), rng.normal(0, 0.5)
    restarts = _windows(rng, T, rng.uniform(0.2, 1.5), 20, 120)
    quota = _windows(rng, T, rng.uniform(0.5, 3), 60, 600)
    breaks = _windows(rng, T, rng.uniform(1, 6), 5, 60)
    mon = _windows(rng, T, rng.uniform(3, 15), 1, 30)
    mon = np.vstack([mon, restarts + np.column_stack([0 * restarts[:, 0], rng.uniform(2, 20, len(restarts))])])
    conn = []  # a connection's down windows: a break or a restart, then the backoff's next try
    for a, b in np.vstack([breaks, restarts]):
        ends = a + np.cumsum(np.minimum(2.0 ** np.arange(12), cap))
        conn.append((a, float(ends[np.searchsorted(ends, b)]) if b <= ends[-1] else b))
    conn = np.array(conn) if conn else np.zeros((0, 2))
    c = {k: 0 for k in PATH_KEYS}
    c["cluster_restarts"], c["conn_breaks"] = len(restarts), len(breaks) if p.transport != "http" else 0
    c["monitor_breaks"] = len(mon)
    ua, ub, un, uc, unode, copies_u, copies_t, copies_second = [], [], [], [], [], [], [], []
    base = 0
    for s, e, stage, graceful in tl.lives:
        nn = tl.stages[stage]["nodes"]
        for k in range(nn):
            cuts = s + rng.uniform(0, per[k]) + per[k] * np.arange(int((e - s) / per[k]) + 1)
            cuts = cuts + rng.uniform(0, 1, len(cuts))
            cuts = cuts[cuts < e]
            if graceful:
                cuts = np.append(cuts, e)
            m = len(cuts)
            if p.transport == "http":
                tries = cuts[:, None] + TRIES[None, :]
                ref503 = _inside(tries, restarts)
                ref429 = _inside(tries, quota) & (rng.random(tries.shape) < p429)
                refused = ref503 | ref429
                ok = ~refused.all(axis=1)
                first = np.where(ok, np.argmin(refused, axis=1), 4)
                upto = np.arange(5) <= first[:, None]
                c["refused_503"] += int((ref503 & upto).sum())
                c["refused_429"] += int((ref429 & ~ref503 & upto).sum())
                c["retries"] += int(first.sum())
                app = cuts + TRIES[first]
                again = ok & (rng.random(m) < p_to)
                second_t = app + rng.uniform(5, 6, m)
                if p.cond:
                    again[:] = False
                lost = np.zeros(m, bool)
            else:
                down = _inside(cuts, conn)
                app = np.where(down, _window_end(cuts, conn) + rng.uniform(0, 2, m), cuts + rng.uniform(0.01, 0.2, m))
                ok = np.ones(m, bool)
                lost = down & p.qos0
                pre = _inside(cuts + 2.0, conn) & ~down & (not p.qos0)
                again = pre
                second_t = _window_end(cuts + 2.0, conn) + rng.uniform(0, 2, m)
                c["burst"] += int(down.sum()) if not p.qos0 else 0
                c["qos0_lost"] += int(lost.sum())
                c["redelivered"] += int(pre.sum())
            idx = np.nonzero(ok)[0]
            prev = np.concatenate([[s], cuts[idx[:-1]]])
            c["carried"] += int(m - len(idx))
            c["lost_at_stop"] += int(len(idx) == 0 or idx[-1] != m - 1) if m else 0
            c["crash_lost"] += int(not graceful)
            ua.append(prev)
            ub.append(cuts[idx])
            un.append(np.full(len(idx), 1.0 / nn))
            clk = cuts[idx] + off[k] + drift[k] * (cuts[idx] % step_every)
            uc.append(clk)
            unode.append(np.full(len(idx), k))
            keep = ~lost[idx]
            for t_app, sec in ((app[idx], False), (second_t[idx], True)):
                sel = keep if not sec else keep & again[idx]
                copies_u.append(base + np.nonzero(sel)[0])
                copies_t.append(t_app[sel])
                copies_second.append(np.full(int(sel.sum()), sec))
            base += len(idx)
    p.ta = np.concatenate(ua)
    p.tb, p.share, p.clock = np.concatenate(ub), np.concatenate(un), np.concatenate(uc)
    cu, ct, csec = np.concatenate(copies_u), np.concatenate(copies_t), np.concatenate(copies_second)
    c["resent"] = int(csec.sum())
    recv = ct + rng.lognormal(np.log(lat_med), 0.6, len(ct))
    missed = _inside(ct, mon)
    c["missed"] = int(missed.sum())
    first_seen = np.zeros(len(p.ta), bool)
    first_seen[cu[~csec & ~missed]] = True
    dup = csec & first_seen[cu]
    drop = missed | (dup if p.dedup else np.zeros(len(cu), bool))
    c["deduped"] = int((dup & ~missed).sum()) if p.dedup else 0
    bt = p.clock[cu] if p.by_update else recv + mon_off
    mb = np.floor(bt / STEP).astype(int)
    late = (recv + mon_off > (mb + 1) * STEP + grace) & ~drop
    c["late"] = int(late.sum())
    use = ~drop & ~late & (mb >= 0) & (mb < n)
    c["counted_twice"] = int((csec & use & first_seen[cu]).sum())
    c["moved"] = int((mb[use] != np.floor(p.tb[cu[use]] / STEP)).sum())
    p.ru, p.rm = cu[use], mb[use]
    p.counts = c
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute for per-tick images ``J`` (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    ia = np.clip((p.ta // TICK).astype(int), 0, run.nt)
    ib = np.clip((p.tb // TICK).astype(int), 0, run.nt)
    delta = (C[ib] - C[ia]) * p.share
    return np.bincount(p.rm, delta[p.ru], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the healthy run read through the path."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    T, nt = n * STEP, n * K
    cfg = {"gpu": hc.log_uniform(rng, 8, 120), "gpn": int(rng.choice([4, 8])), "eff": rng.uniform(0.82, 0.95),
           "cpu": rng.uniform(1.05, 2.2)}
    tl = _timeline(rng, T, pauses, cfg)
    J = _images(rng, T, nt, cfg, tl)
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, J=J, cfg=cfg, pauses_t=tl.pauses_t, lives=tl.lives, segs=tl.segs,
                          stages=tl.stages, known_t=[t for t in tl.known_t if t < T], counts=tl.counts)
    run.path = _path(rng, T, n, tl)
    healthy = _reads(run, J)
    run.path.counts["unread"] = int((healthy <= 0).sum())
    paused = healthy <= 0
    for a, b, _ in run.pauses_t:
        paused[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    spans = []
    for i in np.nonzero(paused)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick (0 .. 1) over ``length`` ticks (a leak's ramp: ``ramp`` ticks)."""
    s = np.arange(length)
    if kind == "drop":
        w0, tau = rng.uniform(0.3, 1.0), rng.uniform(1, 4)
        return np.minimum(1.0, w0 + (1 - w0) * s / tau)
    if kind == "leak":
        x = np.minimum(s / max(ramp, 1), 1.0)
        return ((1 - np.cos(np.pi * x)) / 2) ** rng.uniform(0.7, 1.6)
    calm, bad_m, good_m = rng.uniform(0.0, 0.2), rng.uniform(30, 150), rng.uniform(60, 360)
    w, i, bad = np.full(length, calm), 0, True
    while i < length:
        d = int(max(2, rng.lognormal(np.log(bad_m if bad else good_m), 0.6)))
        if bad:
            w[i:i + d] = 1.0
        i, bad = i + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None."""
    n = run.n
    ends = [int(np.ceil(b / STEP)) for a, b, k in run.pauses_t if k in ("eval", "ckpt")]
    stops = [int(a // TICK) for a, b, k in run.pauses_t if k in ("crash", "relaunch")]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        near = [x for x in ends if lo <= x < last]
        if rng.random() < 0.3 and near:
            onset = near[int(rng.integers(len(near)))] + int(rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t0 = onset * K + int(rng.integers(0, K))
        t1 = run.nt if to_end else stop * K
        if not to_end and kind != "straggler":  # the fault leaves with the process
            t1 = min([t1] + [x for x in stops if x > t0])
        if t1 - t0 < 60 * K:
            continue
        w = np.zeros(run.nt)
        w[t0:t1] = _weight(rng, kind, t1 - t0, ramp * K)
        unit = _reads(run, run.J * w)
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        stop_pt = n if to_end else min(n, int(np.ceil(t1 / K)))
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        ok = live[ramp_end:stop_pt]
        hs = healthy[ramp_end:stop_pt][ok].sum()
        l1 = unit[ramp_end:stop_pt][ok].sum() / hs if hs > 0 else 0.0
        if l1 <= 0 or target / l1 > 0.9:
            continue
        m = unit * (target / l1)
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.35)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout213(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout213_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT213_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout213, seeds, n, pauses)
