"""The two-hundred-and-twenty-fourth held-out throughput family: a banknote fitness sorting model's training images/s
on 1, 2 or 4 nodes (a network grading notes fit or unfit by soiling, tears, holes, tape, graffiti and limpness from a
cash centre sorting machine's reflective and transmissive images; images cropped and augmented on CPU workers, the
rare unfit classes oversampled; an evaluation on a held-out denomination's notes now and then), read through ROS 2:
each node's reporter is a ROS 2 node publishing, every 10-30 s, its images since its last message with a
``std_msgs/Header`` stamp from its own clock; a monitor node subscribes to every node's topic across the DDS domain
and sums the images per minute of the header's stamp (65 % of runs) or of its receipt (35 %).

(No generator's head names a banknote, a bank note, cash, fitness, soiling, tears, tape, graffiti, limpness, a
denomination, ROS 2, ``ros2``, rclpy, rmw, QoS, best effort, transient(-local), liveliness, a deadline, discovery, a
subscriber, durability or a late joiner (``grep -i -c`` on the first 3 lines of every ``anomaly/heldout*.py``, saved
to ``/tmp/heldout224/heads.txt``: 0 each); "ROS" matches 17 heads only inside words ("across", ...: ``grep -icw ros``
0), "DDS" 2 ("adds": ``-w`` 0), "topic" 4, "header" 2 (packet-header features, e-mail headers), "sorting" 2 (a
pearl farm's sorting house, sorting belts), "oversampl" 28, "images/s" 43 (common words; printed with
``grep -io`` and 30-50 characters of context only to check they are not this job or path). Job and path named by
the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: a long print cut its middle, printed
again from line 300), ``tests/trace_checks.py`` (all: its lines 1-215 printed again for the same reason),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the heads above through greps only.
Slips: a ``grep -n '^HELDOUT22[0-9]_SEEDS' anomaly/heldout22*.py`` (to find the newest merged generator's seeds,
which the tests keep apart) printed line 130 of ``anomaly/heldout220.py`` (its seeds tuple, nothing else); an
``ls`` of the lead's ``/tmp/s71/`` listed its file names (none opened but the brief); a ``wc -l`` of
``heldout_common.py`` and ``trace_checks.py``. The tests import ``HELDOUT220_SEEDS``, not its code.

Public sources read (excerpts through the search tool): ROS 2 QoS profile definitions (``rosgraph_msgs/QoSProfile``
and ``rosgraph_monitor_msgs/QosProfile`` on docs.ros.org: history keep-last / keep-all with a depth, reliable or
best-effort reliability, volatile or transient-local durability, deadline, lifespan, liveliness and its lease);
rclcpp's ``QoS`` class page (the default profile keep-last 10, reliable, volatile); MathWorks' "Manage Quality of
Service Policies in ROS 2" (keep-last drops the oldest sample once the queue is full); rclcpp issue #908 and
rmw_fastrtps #338 (messages lost even between reliable endpoints at high rates) and #739 (best-effort losses grow
with size and rate); ros2/ros2 #946 (large messages dropped); rclcpp #755 (a best-effort writer forgets a sample as
soon as it is sent, a reliable one keeps it until acknowledged); Fast-DDS #359 (with volatile durability samples sent
before discovery matches a reader are never delivered: discovery takes time); Atostek ros2-client #25 (the first
samples lost while discovery matches; transient-local plus reliable on both ends replays them); HULKs #2537 and
#2643, rmw_zenoh #976, TempoROS #78 (a late-joining subscriber gets a transient-local writer's retained samples, and
only those; replays depend on discovery). Not read (from memory, unchecked): rclpy's API itself, ``ros2 topic hz``
and ``ros2 topic echo`` options, the DDS vendors' announcement periods (discovery 1-30 s here), whether a sample
replayed to a new reader can be told from a live one (here it cannot), how a monitor would persist its minutes (here
it keeps none across a restart). Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.86-0.97 per doubling); the GPUs train 500-3,500
images/s per node (log-uniform), the CPU workers (crops, colour and geometric augmentation) feed 1.05-2.2 times that;
a step waits for the slower side (a soft maximum of the costs). The loader reads one denomination's notes at a time
(blocks of 8-30 min, log-uniform): 5-8 denominations, each a factor (sd 3-8 %: note sizes differ), a fifth of the
blocks unfit-heavy (oversampled, 5-12 % dearer); per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 15-60 s) and
a slow OU (sd 1-3 %, 30-180 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each onto another node count
(1 in 3) or another crop / batch shape (1.2-1.8 times dearer, 4 in 10 cheaper; the CPU side moves by a power
0.5-1 of it), redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 4-12 min ("long" 25-50) and a
ramp from 35-70 % over 2-5 min (its first half paused); an evaluation on a held-out denomination every 40-120 min of
training (0.8-1.2 of it each time), 3-8 min ("long" 12-30), every 2nd-4th followed by a checkpoint (20-90 s, "long"
2-5 min); crashes (exponential, mean 10-40 h): down 1-5 min ("long" 6-15), start-up 2-5 ("long" 8-18), a ramp; a
relaunch: stopped 2-4 min ("long" 6-14), queued 1-6 min, 0.6 of a start-up, a ramp.

On the path (not checked): each node's reporter (a ROS 2 node in the training process) publishes from the process
start every ``P`` s (10-30 per node and run) the images since its previous message (rounded to the 5-s tick); a
crash loses the interval under way, a graceful stop publishes it. The header stamp is the node's clock: offsets sd
0.02-0.3 s; in 25 % of runs one node is unsynchronised (off by -0.7 ``G`` to +40 s, stepped 0.5-3 times a day, sd
2-8 s, kept inside that range). QoS per run: reliable (60 %) or best effort; transient-local (half the reliable runs)
or volatile; keep-last depth 1-10. Delivery takes 2-50 ms; congestion episodes (0.5-6 a day, 1-20 min) lose a
best-effort message with probability 0.05-0.5, or delay a reliable one by resends (exponential, mean 1-8 s) and lose
it where the delay passes ``depth * P`` (the writer's history overwritten). The monitor restarts 0.3-2 times a day
(down 5-60 s, then 1-30 s of discovery before it matches the writers again): the minutes it held open are lost, the
messages sent meanwhile too, unless transient-local: then each live writer replays its last ``depth`` messages,
which the restarted monitor (knowing no minute it emitted before) adds to their minutes, so a message already counted
is counted twice. It closes minute ``m`` once its clock passes the minute's end plus ``G`` (20-60 s): a later copy is
dropped. A point is the minute's sum over its copies, per second (0: none read). Not modelled: deadline and
liveliness events (the monitor would log them; they change no sum), discovery of a restarted training process (its
first messages fall in its start-up and carry no images), quotas. The reads are linear in the images; the messages'
fates are the healthy run's.

A point is paused where its minute touches a pause (or a ramp's first half) widened by 60 s before and 90 s after,
or where it reads nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share
``a w`` of each tick's images lost, carried through the same messages and reads): ``drop`` (an augmentation worker
killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's GPU throttling in bursts: 1 for
a mean of 30-200 ticks, calm for a mean of 100-500 at 0.05-0.25), ``leak`` (the crop workers' image cache growing
into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss
(8-33 %, 10-30 %, 12-35 % from 90 % of a leak's ramp on), ``a`` set from the reads of the lost images (linear),
refused above 1; ``w`` is per 5-s tick.

Measured (``heldout224_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.082-0.330  17              1-40 (974, 0 >60)
long      29      9     10         10    0.101-0.313  16              1-80 (760, 5 >60)

Planned changes listed: short 18, long 10 (of 18 and 10 relaunches); crashes 68 and 56. The path over each set
(counts): short: best-effort messages lost 302, reliable ones resent over 1 s late 3413, history overwritten 7,
monitor restarts 54, copies wiped in the monitor's open minutes 417, messages lost while unmatched 225, replayed 290,
replayed copies counted twice 91, copies dropped after their minute closed 3, intervals lost in a crash 155, clock
steps 31, messages stamped in another minute than they were sent 16253, unread minutes 4987; long: 85, 2974, 0, 57,
362, 168, 62, 9, 1, 122, 30, 18024, 16678. The reads' sum over the live points against the job's images: 0.994-1.002
per seed (short), 0.998-1.000 (long); the live points' minute-to-minute change (median ``|d log|`` per seed)
8.3-41.2 % (short), 3.3-39.3 % (long: a minute holds 2 or 3 of a node's messages, so one-node runs with ``P`` near
30 s swing by a third), its 99th percentile 28.7-59.5 % (short), 27.2-56.0 % (long); the live median level
806-13,913 images/s (short), 906-5,696 (long). Changes of the laws after the first measure: one (the first measure
was both full sets): replayed copies counted twice were 0 in both sets (transient-local runs happened to bin by stamp,
and the monitor dropped a replayed copy of an already emitted minute as late); now a restarted monitor, knowing no
minute it emitted before, adds every replayed copy to its minute (the events did not move; the pause spans were
983 and 762, late copies 177 and 38). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most
45 points "short", 110 "long"); the test file takes 3.7-3.9 s on one core (pytest's count; 4.9 s
with the interpreter's start; ``OMP_NUM_THREADS=1 taskset -c 0``). A ramp's paused half can run into an evaluation
due 60 s after a resume (the timeline's shortest stretch of training): the test allows it (no law changed).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT224_SEEDS = tuple(range(2242000, 2242012))
CODE = 224
STEP = 60.0  # one point a minute
TICK = 5.0  # the job's own grain (s)
K = int(STEP // TICK)
EPOCH = 1_790_000_040.0  # a minute boundary (unix s)
KIND_P = [0.35, 0.35, 0.30]  # drop, straggler, leak
SPANS = {"short": (1, 45), "long": (1, 110)}  # pause spans (points) the tests allow
PATH_KEYS = ("best_effort_lost", "reliable_delayed", "history_overwritten", "monitor_restarts", "wiped_open",
             "unmatched_lost", "replayed", "replay_doubles", "late_dropped", "crash_lost", "clock_steps",
             "other_minute", "unread_minutes")
DAY = 86400.0
# pause lengths (s): (short lo, hi), (long lo, hi)
STARTUP = {"short": (240, 720), "long": (1500, 3000)}
RESTART_UP = {"short": (120, 300), "long": (480, 1080)}
DOWN = {"short": (60, 300), "long": (360, 900)}
EVAL = {"short": (180, 480), "long": (720, 1800)}
CKPT = {"short": (20, 90), "long": (120, 300)}
STOPPED = {"short": (120, 240), "long": (360, 840)}


def _u(rng, table, setting):
    lo, hi = table[setting]
    return float(rng.uniform(lo, hi))


def _level(cfg, st) -> float:
    """Images/s of a stage: the GPUs (scaling ``eff`` per doubling of nodes, a crop shape's cost) against the CPU
    workers' crops and augmentations (per node); a step waits for the slower side (a soft maximum of the costs)."""
    n = st["nodes"]
    gpu = cfg["gpu"] * n * cfg["eff"] ** np.log2(n) / st["shape_g"]
    cpu = cfg["cpu"] * n / st["shape_c"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg, st, lv):
    """A relaunch: another node count (1 in 3) or another crop / batch shape, redrawn until the level moves by 15 %
    or more (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            f = hc.log_uniform(rng, 1.2, 1.8) ** (1 if rng.random() < 0.6 else -1)
            new["shape_g"], new["shape_c"] = st["shape_g"] * f, st["shape_c"] * f ** rng.uniform(0.5, 1.0)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str):
    """The job's timeline: lives (process runs), pauses ``(t0, t1, kind)``, the per-tick images ``J``, planned
    relaunches ``known_t``."""
    T = n * STEP + 900.0
    nt = int(T // TICK)
    cfg = {"gpu": hc.log_uniform(rng, 500, 3500), "eff": rng.uniform(0.86, 0.97)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "shape_g": 1.0, "shape_c": 1.0}
    crash_mean = rng.uniform(10, 40) * 3600
    n_rel = int(rng.choice(4, p=[0.25, 0.3, 0.3, 0.15]))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel_t = [t for k, t in enumerate(rel_t) if k == 0 or t - rel_t[k - 1] > 3600]
    eval_every = (rng.uniform(40, 120) * 60, int(rng.integers(2, 5)))
    pauses_t, lives, segs, ramps, known_t, known_kind = [], [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}
    t, life0 = 0.0, 0.0
    nxt_crash = rng.exponential(crash_mean)
    pauses_t.append((0.0, _u(rng, STARTUP, setting), "startup"))
    t = pauses_t[-1][1]
    to_eval, n_eval, ri = eval_every[0] * rng.uniform(0.5, 1.0), 0, 0

    def ramp(t):
        d, f = rng.uniform(120, 300), rng.uniform(0.35, 0.7)
        ramps.append((t, t + d, f))
        pauses_t.append((t, t + d / 2, "ramp"))

    ramp(t)
    while t < T:
        cand = [t + to_eval, nxt_crash, rel_t[ri] if ri < len(rel_t) else np.inf, T]
        which = int(np.argmin(cand))
        t1 = max(cand[which], t + 60)
        segs.append((t, t1, dict(st)))
        to_eval -= t1 - t
        t = t1
        if which == 3:
            break
        if which == 0:  # an evaluation on a held-out denomination, every few a checkpoint after it
            n_eval += 1
            counts["evals"] += 1
            pauses_t.append((t, t + _u(rng, EVAL, setting), "eval"))
            t = pauses_t[-1][1]
            if n_eval % eval_every[1] == 0:
                pauses_t.append((t, t + _u(rng, CKPT, setting), "ckpt"))
                t = pauses_t[-1][1]
            to_eval = eval_every[0] * rng.uniform(0.8, 1.2)
            continue
        if which == 1:  # a crash: the process dies, is restarted by the scheduler
            counts["crashes"] += 1
            lives.append((life0, t, True, st["nodes"]))
            down = _u(rng, DOWN, setting)
            d = down + _u(rng, RESTART_UP, setting)
            pauses_t.append((t, t + d, "crash"))
            life0 = t + down
            nxt_crash = t + d + rng.exponential(crash_mean)
        else:  # a planned relaunch: stopped, queued, started on another node count or shape
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, False, st["nodes"]))
            old = _level(cfg, st)
            st = _next_stage(rng, cfg, st, old)
            down = _u(rng, STOPPED, setting) + rng.uniform(60, 360)  # stopped, then queued for nodes
            d = down + _u(rng, STARTUP, setting) * 0.6
            pauses_t.append((t, t + d, "relaunch"))
            life0 = t + down
            if t + d < n * STEP:
                known_t.append(t + d)
                known_kind.append("nodes" if st["nodes"] != segs[-1][2]["nodes"] else "shape")
        t = pauses_t[-1][1]
        ramp(t)
    lives.append((life0, T, False, st["nodes"]))
    # the job's images per tick
    tt = np.arange(nt) * TICK
    J = np.zeros(nt)
    # denomination blocks (the loader reads one denomination's notes at a time): a factor per block, oversampled
    # unfit-heavy blocks dearer on the CPU side
    n_den = int(rng.integers(5, 9))
    den_f = np.exp(rng.normal(0, rng.uniform(0.03, 0.08), n_den))
    edges, x = [0.0], 0.0
    while x < T:
        x += hc.log_uniform(rng, 480, 1800)
        edges.append(x)
    blk = np.searchsorted(np.array(edges), tt, side="right") - 1
    bf = den_f[rng.integers(0, n_den, len(edges))] * np.where(rng.random(len(edges)) < 0.2,
                                                              1 / rng.uniform(1.05, 1.12), 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    sd = rng.uniform(0.02, 0.05)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800)), K)[:nt]
    mult = bf[blk] * np.exp(ar + ou)
    for s0, s1, stg in segs:
        i0, i1 = int(np.ceil(s0 / TICK)), min(nt, int(s1 // TICK))
        J[i0:i1] = _level(cfg, stg) * TICK * mult[i0:i1]
    for r0, r1, f in ramps:
        i0, i1 = int(np.ceil(r0 / TICK)), min(nt, int(np.ceil(r1 / TICK)))
        J[i0:i1] *= f + (1 - f) * (tt[i0:i1] - r0) / (r1 - r0)
    for p0, p1, kind in pauses_t:
        if kind != "ramp":
            J[int(np.ceil(p0 / TICK)):min(nt, int(np.ceil(p1 / TICK)))] = 0.0
    return SimpleNamespace(n=n, dt=STEP, nt=nt, T=T, cfg=cfg, J=J, pauses_t=pauses_t, lives=lives, segs=segs,
                           known_t=known_t, known_kind=known_kind, counts=counts)


def _windows(rng, T, per_day, lo, hi):
    """Episodes ``(t0, t1)``: a Poisson count at ``per_day``, lengths log-uniform ``lo``-``hi`` s, apart."""
    k = rng.poisson(per_day * T / DAY)
    t0 = np.sort(rng.uniform(0, T, k))
    out = []
    for s in t0:
        d = hc.log_uniform(rng, lo, hi)
        if not out or s > out[-1][1] + 60:
            out.append((s, s + d))
    return np.array(out).reshape(-1, 2)


def _inside(x, win) -> np.ndarray:
    if len(win) == 0:
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _path(rng, run):
    """The ROS 2 path: every reporter's messages, their fates over the DDS domain, and the monitor's copies
    ``(message, minute)`` of the minutes it emits."""
    T = run.T
    p = SimpleNamespace()
    p.reliable = rng.random() < 0.6
    p.transient = p.reliable and rng.random() < 0.5  # transient-local needs a reliable reader to replay
    p.depth = int(rng.integers(1, 11))
    p.by_stamp = rng.random() < 0.65
    p.grace = rng.uniform(20, 60)
    p.P = rng.uniform(10, 30, 4)
    p.base = rng.normal(0, rng.uniform(0.02, 0.3), 4)
    off = rng.random() < 0.25
    steps, p.off_node = [], -1
    if off:  # one node's clock unsynchronised: off by seconds and stepped now and then
        r = p.off_node = int(rng.integers(4))
        p.base[r] = rng.uniform(-0.7 * p.grace, 40)
        k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        for s in np.sort(rng.uniform(0, T, k)):
            steps.append((r, s, rng.normal(0, rng.uniform(2, 8))))
    mon_off = rng.normal(0, 0.05)
    cong = _windows(rng, T, rng.uniform(0.5, 6), 60, 1200)
    q_lost = rng.uniform(0.05, 0.5)
    dly = rng.uniform(1, 8)
    restarts = _windows(rng, T, rng.uniform(0.3, 2), 5, 60)
    restarts[:, 1] += rng.uniform(1, 30, len(restarts))  # DDS discovery before the monitor matches again
    c = {k: 0 for k in PATH_KEYS}
    c["monitor_restarts"], c["clock_steps"] = len(restarts), len(steps)
    tp, i0, i1, sc, node, lend = [], [], [], [], [], []
    for life0, life1, crashed, nodes in run.lives:
        for r in range(nodes):
            t = life0 + rng.uniform(0, 5) + p.P[r] * np.arange(1, int((life1 - life0) / p.P[r]) + 2)
            t = t[t <= life1]
            if not crashed:
                t = np.append(t, life1)  # a graceful stop publishes its last interval
            elif len(t):
                c["crash_lost"] += 1
            prev = np.concatenate([[life0], t[:-1]])
            tp.append(t)
            i0.append(np.round(prev / TICK).astype(int))
            i1.append(np.round(t / TICK).astype(int))
            sc.append(np.full(len(t), 1.0 / nodes))
            node.append(np.full(len(t), r))
            lend.append(np.full(len(t), life1))
    tp, i0, i1, sc, node, lend = (np.concatenate(x) for x in (tp, i0, i1, sc, node, lend))
    i0, i1 = np.minimum(i0, run.nt), np.minimum(i1, run.nt)
    stamp = tp + p.base[node]
    for r, s, d in steps:
        stamp[(node == r) & (tp >= s)] += d
    if off:
        m = node == p.off_node
        stamp[m] = tp[m] + np.clip(stamp[m] - tp[m], -0.7 * p.grace, 40)
    arr = tp + rng.uniform(0.002, 0.05, len(tp))
    inc = _inside(tp, cong)
    lost = np.zeros(len(tp), bool)
    if p.reliable:  # NACKs and resends under congestion; keep-last history overwritten past depth messages
        extra = np.where(inc, rng.exponential(dly, len(tp)), 0.0)
        arr += extra
        lost = extra > p.depth * p.P[node]
        c["reliable_delayed"] = int((extra > 1).sum())
        c["history_overwritten"] = int(lost.sum())
    else:
        lost = inc & (rng.random(len(tp)) < q_lost)
        c["best_effort_lost"] = int(lost.sum())
    arr += mon_off

    def minute(msg, at):
        return np.floor((stamp[msg] if p.by_stamp else at) / STEP).astype(int)

    idx = np.nonzero(~lost)[0]
    cm, ca = idx, arr[idx]
    forced = np.zeros(len(cm), bool)  # replayed to a restarted monitor, which knows no minute it emitted before
    for d0, u in restarts:
        close = (minute(cm, ca) + 1) * STEP + p.grace
        wipe = (ca < d0) & (close > d0)
        gone = (ca >= d0) & (ca < u)
        c["wiped_open"] += int(wipe.sum())
        c["unmatched_lost"] += int(gone.sum())
        keep = ~(wipe | gone)
        cm, ca, forced = cm[keep], ca[keep], forced[keep]
        had = set(cm[ca < d0].tolist())
        if p.transient:  # the writers replay their last ``depth`` messages to the restarted reader
            rep = []
            for r in range(4):
                m = np.nonzero((node == r) & (tp < u) & (lend >= u) & ~lost & (arr < u))[0]
                rep += m[-p.depth:].tolist()
            rep = np.array(sorted(rep), int)
            rep = rep[tp[rep] > d0 - 3600] if len(rep) else rep
            c["replayed"] += len(rep)
            c["replay_doubles"] += sum(int(x) in had for x in rep)
            forced = np.concatenate([forced, np.ones(len(rep), bool)])
            cm = np.concatenate([cm, rep])
            ca = np.concatenate([ca, np.full(len(rep), u + 0.05)])
    mm = minute(cm, ca)
    late = (ca > (mm + 1) * STEP + p.grace) & ~forced
    c["late_dropped"] = int(late.sum())
    cm, mm = cm[~late], mm[~late]
    ok = (mm >= 0) & (mm < run.n)
    p.cm, p.mm = cm[ok], mm[ok]
    p.i0, p.i1, p.sc = i0, i1, sc
    c["other_minute"] = int((np.floor(stamp / STEP) != np.floor(tp / STEP)).sum())
    p.copies = np.bincount(p.cm, minlength=len(tp))
    p.counts = c
    return p


def _reads(run, J) -> np.ndarray:
    """The monitor's points (images/s) of per-tick images ``J``: linear in ``J``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    img = (C[p.i1] - C[p.i0]) * p.sc
    return np.bincount(p.mm, weights=img[p.cm], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = h <= 0
    for a, b, kind in run.pauses_t:  # a minute paused where its messages may hold a pause's seconds
        s, e = int((a - 60) // STEP), int(np.ceil((b + 90) / STEP))
        paused[max(s, 0):min(max(e, 0), n)] = True
    d = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    spans = list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.path.counts["unread_minutes"] = int((h <= 0).sum())
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick lost (0 .. 1): a drop (an augmentation worker killed) rises over 1-6
    ticks; a straggler (one node's GPU throttling in bursts) 1 for a mean of 30-200 ticks, calm at 0.05-0.25 for
    a mean of 100-500; a leak (the crop workers' image cache growing into swap) ``(s / ramp) ** p``, then held."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, on, off = rng.uniform(0.05, 0.25), rng.uniform(30, 200), rng.uniform(100, 500)
    w, x, bad = np.empty(length), 0, True
    while x < length:
        d = int(rng.exponential(on if bad else off)) + 1
        w[x:x + d] = 1.0 if bad else calm
        x, bad = x + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n), lo, min(last, n - 1),
                           STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        k0, k1 = int(t0 // TICK), min(run.nt, stop * K)
        w = np.zeros(run.nt)
        w[k0:k1] = _weight(rng, kind, k1 - k0, ramp * K)
        unit = _reads(run, w * run.J)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs = healthy[c0:stop][live[c0:stop]].sum()
        if hs <= 0:
            continue
        a = target * hs / max(unit[c0:stop][live[c0:stop]].sum(), 1e-12)
        if a > 1:
            continue
        loss = a * unit
        v = np.maximum(healthy - loss, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout224(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout224_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT224_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout224, seeds, n, pauses)
