"""The two-hundred-and-third held-out throughput family: a ship-hull fouling inspection model's training frames/s (a
segmentation network grading barnacles, slime and paint damage on hulls from ROV and diver video of port
inspections; video decoded, frames with hull in view selected, turbidity normalised and augmented on CPU workers, the
rare heavy fouling oversampled; an evaluation on a held-out port's inspections now and then) on 1, 2 or 4 nodes, read
through MQTT Sparkplug B: each node is an edge node whose reporter publishes an NDATA (its frames since its last
message, the metric's timestamp, a sequence number 0-255) every 10-30 s at QoS 0, an NBIRTH (seq 0) at each
(re)connection, an NDEATH will when the connection is lost; a host application checks each node's sequence, asks for
a Rebirth (NCMD) at a gap or at data before a birth, discards the node's data until the new NBIRTH, and sums the
frames per minute of the metric's timestamp or of its receipt.

(The heads of every ``anomaly/heldout*.py`` (first 3 lines, in ``/tmp/heldout203/heads.txt``), ``grep -ic``: 0 each
for Sparkplug, NDATA, NBIRTH, NDEATH, rebirth, NCMD, "sequence number", broker, QoS, Tahu, "host application",
"edge node", hull, fouling, barnacle, diver, turbidity, "port inspection", "will message"; "MQTT" 1 (a galaxy
model's "one MQTT message per node": plain MQTT is not new, Sparkplug's sequence, births and rebirths are), "rov" 3
(inside "provider", "proving", "Prover"), "segmentation" 8 (other segmentation jobs: the model family is not new, the
hull-fouling job is), "frames/s" 14 (a common unit). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: printed with ``tests/trace_checks.py``
in one command whose middle the tool cut, then its ``def`` lines by ``grep -n "^def "`` and lines 310-537 again),
``tests/trace_checks.py`` (all; lines 1-180 printed twice), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic`` and ``grep -io`` (at most 60
characters around "mqtt", 5 around "rov", 40/20 around "segmentation"). Slips: my first command (making the worktree)
also ran ``ls`` of the worktree and ``ls docs anomaly tests | head -100``, which printed the names (not contents) of
``docs/``'s files and the first generator file names; a ``wc -l`` of the two allowed helper files. None else. The
tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Eclipse Tahu issue #373 and SparkplugNet issue #57 (the
3.0 text: an NBIRTH's seq "MUST have a value of 0" in 12.13, any 0-255 in 6.4.19; NBIRTH, NDATA, NCMD "Node
Control/Rebirth", NBIRTH again); eclipse-sparkplug issue #178 and PR #236 (the NBIRTH's seq need not be 0; every
later message's seq increases by one) and PR #366 (the TCK's "payloads-sequence-num-incrementing": by one up to 255,
then 0; a wrong seq provokes the rebirth); issue #313 (a seq in every edge message but NDEATH); the docs.rs page of
``lb-sparkplugb-rs`` (seq and bdSeq 0-255, seq reset at every (re)birth, bdSeq once per MQTT CONNECT; "the == 256
sentinel of the Java/Python references"); go-sparkplugb v0.3.2's release notes (MQTT orders per topic only: a will
can overtake a rebirth in flight; an NDEATH's bdSeq matched against the NBIRTH's); Chariot's docs (an NBIRTH's
payload: timestamp, bdSeq metric, seq 0); SparkplugNet issue #59 (a host must ask for a rebirth on an out-of-order
message; a reorder timeout); benthos-umh PR #345 (rebirths on sequence gaps and unknown aliases); a Sparkplug flow
summary (NDATA QoS 0 not retained; NDEATH a QoS 1 will); smartme_mqtt issue #37 (store-and-forward is optional;
NBIRTH QoS 0, unretained); the spec's conformance chapter (edge node and host application profiles). Not read
(assumed, unchecked): the spec's own text on the host's rules and the reorder timeout; whether Tahu's host counts an
NBIRTH's metric values; how a broker drops QoS 0 for a slow subscriber; how a host treats ``is_historical`` data.
Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs, each GPU 6-60 frames/s
(log-uniform) at a 640-px crop, the CPU workers of a node feeding 0.9-2.2 times its GPUs; a frame's cost grows as the
crop's pixels to 0.9 on the GPUs, 0.7 on the CPUs (crops 512, 640, 768, 1024 px; the run starts at 640 or 768); a
step waits for the slower side (a soft maximum); 0.80-0.95 per doubling of nodes. The data is one inspection video
(dive) at a time: a dive lasts 3-30 min (log-uniform), its factor sd 2-8 %, 30 % of them 4K ROV video (5-15 %
dearer), 20 % with the oversampled heavy fouling served from the decoded-frame cache (3-10 % cheaper); per 5-s tick an
AR(1) of the log (sd 1.5-4 %, correlation 10-60 s), decode hiccups (0.2-1 % of ticks lose 20-60 %) and a slow OU (sd
1-4 %, 30-180 min). Pauses (minutes, "short" / "long"): start-up 4-12 / 30-80, then a ramp from 30-70 % over 3-8 min
whose first half is a pause; an evaluation on a held-out port every 40-120 min of training, 3-8 / 12-30, every 2nd-4th
followed by a checkpoint 0.5-2 / 2-6; crashes (exponential, mean 10-40 h): down 1-5 / 8-25, a start-up of 2-5 / 6-15
and a ramp; relaunches: 0-3 at 15-85 % of the run, an hour apart, onto another node count (half) or crop, redrawn
until the level moves 15 % (1/3 to 3 times), stopped 2-6 / 6-15 and queued 1-8 min, then 0.3-0.6 of a start-up.

On the path (not checked): a node's frames are its share (1 over the node count) of the job's; its reporter runs in
the training process and publishes every ``P`` s (10-30 per run, plus 0-0.4 s) the frames since its last publish;
the NBIRTH at its connection (0.5-3 s after the process starts, and at each reconnection) carries the frames since
the last publish too (60 % of hosts count a birth's value). NDATA go at QoS 0: lost at 0.02-0.3 % and, in broker
congestion episodes (0.5-3 a day, 1-10 min), at 2-20 % more with 0-20 s of latency (else a lognormal 40 ms); a
message keeps its node's order. The broker restarts 0.2-1.5 times a day (down 5-120 s); a node's network blips
1-6 times a day (2-30 s); the edge notices a lost connection 0-1.5 keepalives (15-60 s) late, its messages until
then lost; it reconnects 1-20 s after the broker is back (at once after a blip) with a new NBIRTH. A publish while
disconnected is lost (40 % of runs), carried in the counter into the next message (35 %), or buffered and re-sent
after the NBIRTH with its old timestamp (25 %; in half of those the counter is not reset: the frames go twice).
A crash loses the interval under way; a graceful stop publishes it. The host application restarts 0.1-0.6 times a
day (15-300 s away, forgetting every birth) and reconnects 1-15 s after a broker restart; a message it is not there
for is lost; in 50 % of runs the edges rebirth when it comes back. At a gap or data before a birth it discards the
message and sends an NCMD (at most one per 10 s), which the edge gets 0.05-0.5 s later and answers with an NBIRTH;
20 % of hosts expect 256 after 255 (a wrap gap every 256 messages); 20 % skip the bdSeq check, and then 30 % of blips
leave a stale NDEATH after the new birth (the node is "dead" until a rebirth). 60 % of hosts bin by the metric's
timestamp on the node's clock (sd 0.05-1 s; in 25 % of runs node 0-3 is 3-40 s off: none where fewer run) and close
a minute 5-30 s after its end on their own clock (sd 0.5 s): a copy arriving later is dropped; the others bin by
receipt. A point is the minute's counted frames over 60 s (0: none read). The reads are linear in the frames; the
messages' fates are the healthy run's. Summing counters of 10-30 s intervals per minute aliases: a minute holds 2-6
messages a node, so a run whose period beats with the minute (one node, ``P`` near 20-30 s) swings by a message's share.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's frames lost, carried through the same messages and reads): ``drop`` (a decode worker
pool lost: ``w`` from 50-100 % to 1 over 2-24 ticks), ``straggler`` (a node's cached video shards evicted, read from
the network store in bursts: 1 for a mean of 12-120 ticks, calm at 0-0.2 for a mean of 60-360), ``leak`` (the
frame-selection cache growing into swap: a smooth step over the ramp to the power 0.7-1.5, then held); onsets 30 % at
a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-38 % over a leak's plateau), ``a`` set from the reads of the
lost frames (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout203_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    10         9     0.093-0.318  17              1-29 (887, 0 >60)
long      29      11    9          9     0.075-0.297  22              1-87 (748, 17 >60)

Planned changes listed: short 15, long 22 (of 15 and 22 relaunches; none kept its stage); crashes 51 and 53. The path
over each set (counts): short: NDATA lost at QoS 0 1351, lost before the edge noticed 496, publishes while
disconnected 322 (carried 92, buffered 95, re-sent 95, doubled 10), missed by the away host 199, sequence gaps 1460
(wrap gaps 233), data before a birth 131, rebirths asked 1556, messages discarded 1591, stale NDEATHs 31, late copies
30, copies in another minute than their interval's end 12731, births 2281 (counted 2101), broker restarts 35, host
restarts 7, blips 524, intervals lost in a crash 128, unread minutes 25; long: 1241, 488, 327 (83, 116, 116, 116),
531, 1386 (257), 135, 1501, 1521, 30, 12028, 15696, 2121 (1240), 46, 17, 554, 120, 52. The reads' sum over the live
points against the job's frames: 0.989-0.998 per seed (short), 0.864-0.997 (long: two runs bin by timestamp with a
node's clock behind by more than the grace, whose copies all come late). The live points' minute-to-minute change
(median ``|d log|`` per seed) 2.0-38.4 % (short), 2.7-28.5 % (long), its 99th percentile 21-66 % (short), 26-68 %
(long): the aliasing above (the largest in one- and two-node runs with a period of 15-25 s); the live median level
34-406 frames/s (short), 30-241 (long). Before the first measure: none (the first measure was both full sets).
Changes of the laws after it: none (the aliasing's swings were more than I had pictured, but they are what summing
10-30 s counters per minute does, so they stay). Tests: 4.8-5.0 s on one core
(``OMP_NUM_THREADS=1 taskset -c 0``; 7-14 s while the machine's load was 3-4 on its 2 cores); they check the laws
on the first 4 seeds at 3,000 points and the path's on the full "long" set's 12 memoised runs.

Size: one family's job, Sparkplug path (edge, broker and host in one loop per node) and regressions, kept in one module
as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT203_SEEDS = tuple(range(2032000, 2032012))
CODE = 203
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
TICK = 5.0  # s: the job's true frames are kept per 5-s tick
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040  # a multiple of 60
SPANS = {"short": (1, 40), "long": (1, 110)}  # pause spans' lengths (points) the tests allow
DAY = 86400.0
# the pause laws (minutes): setting -> (lo, hi)
STARTUP = {"short": (4, 12), "long": (30, 80)}
EVAL = {"short": (3, 8), "long": (12, 30)}
CKPT = {"short": (0.5, 2), "long": (2, 6)}
CRASH_DOWN = {"short": (1, 5), "long": (8, 25)}
RESTART_UP = {"short": (2, 5), "long": (6, 15)}
STOPPED = {"short": (2, 6), "long": (6, 15)}
PIXELS = (0.64, 1.0, 1.44, 2.56)  # crop 512, 640, 768, 1024 px, relative to 640
PATH_KEYS = ("lost_qos0", "lost_unnoticed", "unsent", "carried", "buffered", "resent", "doubled", "host_missed",
             "gaps", "before_birth", "rebirths", "discarded", "wrap_gaps", "stale_deaths", "late", "rebinned",
             "births", "births_counted", "broker_restarts", "host_restarts", "blips", "crash_lost", "unread")


@dataclass
class Path:
    """The collection path's draws and what it did: per node the counted copies (``f0``, ``f1``: the true-time
    interval of the node's frames they carry; ``b``: the point they land in), its flags and counts."""

    P: float
    bin_by_ts: bool
    birth_counts: bool
    mode: str  # a publish while disconnected: "drop", "carry" or "buffer" (re-sent after the birth)
    double: bool  # "buffer" mode whose counter is not reset: the frames are sent twice
    wrap_bug: bool
    bdseq_check: bool
    primary: bool  # the edges rebirth when the host application comes back (its STATE)
    grace: float
    copies: list = field(default_factory=list)  # per node: (f0, f1, b) arrays
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    dt: float
    nt: int
    J: np.ndarray  # the job's true frames per tick
    nodes: np.ndarray  # nodes training per tick (0: none)
    pauses_t: list
    lives: list  # (start, end, graceful, nodes)
    known_t: list
    known_kind: list
    counts: dict
    path: Path | None = None


def _level(cfg: dict, st: dict) -> float:
    """Frames/s of a stage: per node the GPUs and the CPU workers (decode, hull-frame selection, turbidity
    normalisation, augmentation) each cost per frame as the crop's pixels; the step waits for the slower side."""
    px = PIXELS[st["shape"]]
    gpu = cfg["gpus"] * cfg["pg"] / px ** 0.9
    cpu = cfg["cpu"] / px ** 0.7
    node = 1.0 / hc.smax(1.0 / gpu, 1.0 / cpu)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * node


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count (half) or another crop (batch shape), redrawn until the level moves
    15 % (within 1/3 to 3 times); None after 30 draws (the stage is kept)."""
    for _ in range(30):
        new = dict(st)
        if rng.random() < 0.5:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["shape"] = int(rng.choice([x for x in range(4) if x != st["shape"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return None


def _mins(rng, table: dict, setting: str) -> float:
    lo, hi = table[setting]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline and its true frames per tick (see the docstring's job laws)."""
    T = n * STEP + 900.0
    nt = int(np.ceil(T / TICK))
    cfg = {"gpus": int(rng.choice([4, 8])), "pg": hc.log_uniform(rng, 6, 60), "eff": rng.uniform(0.8, 0.95)}
    cfg["cpu"] = cfg["gpus"] * cfg["pg"] * rng.uniform(0.9, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "shape": int(rng.choice([1, 2]))}
    n_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] > 3600]
    crash_mean = rng.uniform(10, 40) * 3600
    lvl = np.zeros(nt)
    nodes = np.zeros(nt, int)
    pauses_t, lives, known_t, known_kind = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    ck_every = int(rng.integers(2, 5))

    def train(a: float, b: float, ramp0: float | None = None, ramp_len: float = 0.0):
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(np.ceil(b / TICK)))
        if i1 <= i0:
            return
        lv = np.full(i1 - i0, _level(cfg, st))
        if ramp0 is not None:
            x = (np.arange(i0, i1) * TICK - a) / ramp_len
            lv *= np.where(x < 1, ramp0 + (1 - ramp0) * np.clip(x, 0, 1), 1.0)
        lvl[i0:i1] = lv
        nodes[i0:i1] = st["nodes"]

    t, life0 = 0.0, 0.0
    next_crash = rng.exponential(crash_mean)
    start_pause = _mins(rng, STARTUP, setting)
    eval_in = rng.uniform(40, 120) * 60
    while t < T:
        # a (re)start: the start-up pause, then a ramp whose first half is a pause
        pauses_t.append((t, t + start_pause, "startup"))
        nodes[int(np.ceil(t / TICK)):min(nt, int(np.ceil((t + start_pause) / TICK)))] = st["nodes"]
        t += start_pause
        ramp_len, ramp0 = rng.uniform(3, 8) * 60, rng.uniform(0.3, 0.7)
        pauses_t.append((t, t + ramp_len / 2, "ramp"))
        ramp_at, ended = t, None
        while t < T and ended is None:
            due = [t + eval_in, next_crash, rel[0] if rel else np.inf, T]
            which = int(np.argmin(due))
            end = max(due[which], t + 60)
            train(t, end, ramp0 if ramp_at is not None else None, ramp_len)  # the first stretch ramps up
            ramp_at = None
            t = end
            if which in (1, 2) and pauses_t[-1][1] > t:  # a crash or relaunch cuts a ramp short: its pause ends
                pauses_t[-1] = (pauses_t[-1][0], t, pauses_t[-1][2])
            if which == 0:  # an evaluation on a held-out port's inspections, every ck_every-th then a checkpoint
                counts["evals"] += 1
                d = _mins(rng, EVAL, setting)
                pauses_t.append((t, t + d, "eval"))
                nodes[int(np.ceil(t / TICK)):min(nt, int(np.ceil((t + d) / TICK)))] = st["nodes"]
                t += d
                if counts["evals"] % ck_every == 0:
                    d = _mins(rng, CKPT, setting)
                    pauses_t.append((t, t + d, "ckpt"))
                    nodes[int(np.ceil(t / TICK)):min(nt, int(np.ceil((t + d) / TICK)))] = st["nodes"]
                    t += d
                eval_in = rng.uniform(40, 120) * 60
            elif which == 1:  # a crash: the processes die, the job is resubmitted
                counts["crashes"] += 1
                lives.append((life0, t, False, st["nodes"]))
                d = _mins(rng, CRASH_DOWN, setting)
                pauses_t.append((t, t + d, "crash"))
                t += d
                life0, ended = t, "crash"
                start_pause = _mins(rng, RESTART_UP, setting)
                next_crash = t + rng.exponential(crash_mean)
            elif which == 2:  # a planned relaunch onto another node count or crop
                counts["relaunches"] += 1
                rel.pop(0)
                lives.append((life0, t, True, st["nodes"]))
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                d = _mins(rng, STOPPED, setting) + rng.uniform(1, 8) * 60  # stopped, then queued
                pauses_t.append((t, t + d, "relaunch"))
                if new is None:
                    counts["kept_stage"] += 1
                elif t + d < n * STEP:
                    known_t.append(t)
                    known_kind.append("nodes" if new["nodes"] != st["nodes"] else "shape")
                st = new or st
                t += d
                life0, ended = t, "relaunch"
                start_pause = _mins(rng, STARTUP, setting) * rng.uniform(0.3, 0.6)
                next_crash = max(next_crash, t + 600)
            else:
                ended = "end"
    lives.append((life0, T, True, st["nodes"]))
    lives = [lf for lf in lives if lf[1] > lf[0]]
    # jitter: the dives' (one inspection video each) factors, a per-tick AR(1), decode hiccups and a slow OU
    f = np.ones(nt)
    i = 0
    sd_dive = rng.uniform(0.02, 0.08)
    while i < nt:
        L = int(hc.log_uniform(rng, 3, 30) * 60 / TICK)
        g = np.exp(rng.normal(0, sd_dive))
        u = rng.random()
        g *= (1 - rng.uniform(0.05, 0.15)) if u < 0.3 else (1 + rng.uniform(0.03, 0.10)) if u < 0.5 else 1.0
        f[i:i + L] = g
        i += L
    sd_ar, a_ar = rng.uniform(0.015, 0.04), np.exp(-TICK / rng.uniform(10, 60))
    e = rng.normal(0, sd_ar * np.sqrt(1 - a_ar ** 2), nt)
    ar = np.empty(nt)
    x = rng.normal(0, sd_ar)
    for j in range(nt):
        x = a_ar * x + e[j]
        ar[j] = x
    hic = rng.random(nt) < rng.uniform(0.002, 0.01)
    f *= np.where(hic, 1 - rng.uniform(0.2, 0.6, nt), 1.0)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.04), rng.uniform(30, 180) * 60)
    f *= np.exp(ar + np.interp(np.arange(nt) * TICK, np.arange(len(ou)) * 60.0, ou))
    J = lvl * f * TICK
    return Run(n, STEP, nt, J, nodes, pauses_t, lives, known_t, known_kind, counts)


def _windows(rng, T: float, per_day: tuple, dur: tuple) -> list:
    """Random windows ``(a, b)``: ``per_day`` a day (a uniform draw of the rate), each ``dur`` s (uniform)."""
    k = rng.poisson(rng.uniform(*per_day) * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    return [(x, x + rng.uniform(*dur)) for x in a]


def _inside(t: float, win: list) -> tuple | None:
    for w in win:
        if w[0] <= t < w[1]:
            return w
    return None


def _collect(rng, run: Run) -> Path:
    """The MQTT Sparkplug B path (see the docstring): per node the edge's publishes, the broker's QoS 0
    delivery and the host application's sequence checks, rebirths and binning."""
    T = run.nt * TICK
    p = Path(P=rng.uniform(10, 30), bin_by_ts=rng.random() < 0.6, birth_counts=rng.random() < 0.6,
             mode=str(rng.choice(["drop", "carry", "buffer"], p=[0.4, 0.35, 0.25])), double=rng.random() < 0.5,
             wrap_bug=rng.random() < 0.2, bdseq_check=rng.random() < 0.8, primary=rng.random() < 0.5,
             grace=rng.uniform(5, 30))
    p.double = p.double and p.mode == "buffer"
    c = dict.fromkeys(PATH_KEYS, 0)
    keepalive = rng.uniform(15, 60)
    broker = _windows(rng, T, (0.2, 1.5), (5, 120))
    congest = [(a, b, rng.uniform(0.02, 0.2), rng.uniform(1, 20)) for a, b in _windows(rng, T, (0.5, 3), (60, 600))]
    base_loss = rng.uniform(0.0002, 0.003)
    host_rs = _windows(rng, T, (0.1, 0.6), (15, 300))
    # the host application is away during its restarts and from a broker's fall until it reconnects
    host_down = sorted([(a, b, True) for a, b in host_rs] + [(a, b + rng.uniform(1, 15), False) for a, b in broker])
    c["broker_restarts"], c["host_restarts"] = len(broker), len(host_rs)
    off_h = rng.normal(0, 0.5)
    sd_off = rng.uniform(0.05, 1.0)
    bad_node = int(rng.integers(4)) if rng.random() < 0.25 else -1
    bad_off = rng.choice([-1, 1]) * rng.uniform(3, 40)
    p_stale = 0.0 if p.bdseq_check else 0.3
    n_max = max(lf[3] for lf in run.lives)
    for k in range(n_max):
        blips = _windows(rng, T, (1, 6), (2, 30))
        c["blips"] += len(blips)
        # the edge's connection losses: (lost, noticed, reconnected)
        downs = sorted([(a, a + rng.uniform(0, 1.5 * keepalive), b + rng.uniform(1, 20)) for a, b in broker]
                       + [(a, a + rng.uniform(0, 1.5 * keepalive), b) for a, b in blips])
        downs = [(a, max(a, min(d, r)), r) for a, d, r in downs]
        stale = {r: rng.random() < p_stale for a, d, r in downs}
        f0s, f1s, bs = [], [], []
        host = {"expect": None, "last_req": -1e9, "last_r": -1e9}
        forget = sorted(b for a, b, restart in host_down if restart)
        fi = 0

        def deliver(kind, seq, f0, f1, t_pub, ts_edge, off):
            """The broker and the host application: returns the NCMD rebirth's time at the edge, or None."""
            nonlocal fi
            w = _inside(t_pub, congest)
            lat = rng.lognormal(np.log(0.04), 0.5) + (rng.uniform(0, w[3]) if w else 0.0)
            if rng.random() < base_loss + (w[2] if w else 0.0):
                c["lost_qos0"] += 1
                return None
            t_r = max(t_pub + lat, host["last_r"])
            if _inside(t_r, host_down):
                c["host_missed"] += 1
                return None
            host["last_r"] = t_r
            while fi < len(forget) and forget[fi] <= t_r:  # a host restart forgets the node's birth
                host["expect"], fi = None, fi + 1
            if kind == "birth":
                c["births"] += 1
                host["expect"] = 1
                if not p.birth_counts:
                    return None
                c["births_counted"] += 1
            else:
                bad = host["expect"] is None or seq != host["expect"]
                if bad:
                    if host["expect"] is None:
                        c["before_birth"] += 1
                    else:
                        c["gaps"] += 1
                        c["wrap_gaps"] += int(host["expect"] == 256)
                    host["expect"] = None
                    c["discarded"] += 1
                    if t_r - host["last_req"] > 10:
                        host["last_req"] = t_r
                        c["rebirths"] += 1
                        return t_r + rng.uniform(0.05, 0.5)
                    return None
                host["expect"] = seq + 1 if p.wrap_bug else (seq + 1) % 256
            b = int(np.floor((ts_edge if p.bin_by_ts else t_r + off_h) / STEP))
            if p.bin_by_ts and t_r + off_h > (b + 1) * STEP + p.grace:
                c["late"] += 1
                return None
            c["rebinned"] += int(b != int(f1 // STEP))
            f0s.append(f0)
            f1s.append(f1)
            bs.append(b)
            return None

        for a, b, graceful, nn in run.lives:
            if nn <= k:
                continue
            off = bad_off if k == bad_node else rng.normal(0, sd_off)
            m = int((b - a) / p.P) + 2
            pubs = a + rng.uniform(0, p.P) + np.arange(m) * p.P + rng.uniform(0, 0.4, m)
            acts = [(x, 0) for x in pubs if x < b] + [(r, 1) for _, _, r in downs if a < r < b]
            acts += [(hb + rng.uniform(0.2, 2), 2) for ha, hb, rs in host_down if p.primary and a < hb < b]
            acts.sort()
            t_conn = a + rng.uniform(0.5, 3)
            seq, cstart, buf, reb = 0, a, [], [t_conn]
            ai = 0

            def state(t):
                w = next(((d0, d1, d2) for d0, d1, d2 in downs if d0 <= t < d2), None)
                return "up" if w is None else ("void" if t < w[1] else "down")

            while ai < len(acts) or reb:
                if reb and (ai >= len(acts) or min(reb) <= acts[ai][0]):
                    t, kind = min(reb), 2
                    reb = [x for x in reb if x != t]
                else:
                    t, kind = acts[ai]
                    ai += 1
                if t >= b:
                    break
                s = state(t)
                if kind in (1, 2):
                    if s != "up":
                        continue
                    # an NBIRTH (seq 0): the frames since the last publish, then the buffered messages re-sent
                    seq = 0
                    r = deliver("birth", 0, cstart, t, t, t + off, off)
                    cstart = t
                    for q0, q1, qts in buf:
                        seq = (seq + 1) % 256
                        c["resent"] += 1
                        r2 = deliver("data", seq, q0, q1, t, qts, off)
                        r = r if r is not None else r2
                    buf = []
                    if r is not None:
                        reb.append(r)
                    if stale.get(t, False) and kind == 1:  # a stale NDEATH after the new birth
                        c["stale_deaths"] += 1
                        forget.append(t + 0.5)
                        forget.sort()
                    continue
                if s == "void":  # the edge does not know yet: the message is lost
                    seq = (seq + 1) % 256
                    c["lost_unnoticed"] += 1
                    cstart = t
                    continue
                if s == "down":
                    c["unsent"] += 1
                    if p.mode == "drop":
                        cstart = t
                    elif p.mode == "carry":
                        c["carried"] += 1
                    else:
                        c["buffered"] += 1
                        buf.append((cstart, t, t + off))
                        c["doubled"] += int(p.double)
                        cstart = cstart if p.double else t
                    continue
                seq = (seq + 1) % 256
                r = deliver("data", seq, cstart, t, t, t + off, off)
                cstart = t
                if r is not None:
                    reb.append(r)
            if graceful and state(b) == "up":  # a graceful stop publishes the last interval
                seq = (seq + 1) % 256
                deliver("data", seq, cstart, b, b, b + off, off)
            elif not graceful:
                c["crash_lost"] += 1
        p.copies.append((np.array(f0s), np.array(f1s), np.array(bs, int)))
    p.counts = c
    return p


def _reads(run: Run, X: np.ndarray) -> np.ndarray:
    """The host's per-minute frames/s of the per-tick frames ``X`` (linear in ``X``): each counted copy carries its
    node's share of the frames of its interval."""
    n = run.n
    out = np.zeros(n)
    nodes = np.maximum(run.nodes, 1)
    for k, (f0, f1, b) in enumerate(run.path.copies):
        if not len(b):
            continue
        share = np.where(run.nodes > k, X / nodes, 0.0)
        C = np.concatenate([[0.0], np.cumsum(share)])

        def cum(t):
            x = np.clip(t / TICK, 0, run.nt)
            i = np.minimum(x.astype(int), run.nt - 1)
            return C[i] + (x - i) * share[i]

        ok = (b >= 0) & (b < n)
        np.add.at(out, b[ok], (cum(f1) - cum(f0))[ok])
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _collect(rng, run)
    h = _reads(run, run.J)
    spans = []
    for s, e in hc.rollup_spans(run.pauses_t, STEP, n):  # a minute or its neighbour touching a pause
        hc.add_span(spans, max(0, s - 1), min(n, e + 1))
    zero = [int(i) for i in np.nonzero(h <= 0)[0]]
    run.path.counts["unread"] = sum(1 for i in zero if not any(s <= i < e for s, e in spans))
    merged = []
    for s, e in sorted(spans + [(i, i + 1) for i in zero]):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share lost per tick: a drop (a decode worker pool lost, its queue draining over 2-24 ticks
    from a first loss of 50-100 %), a straggler (a node's video shards evicted from its local cache and read from
    the network store in bursts: 1 for a mean of 12-120 ticks, calm at 0-0.2 for a mean of 60-360), a leak (the
    frame-selection cache growing into swap: a smooth step over ``ramp`` ticks to the power 0.7-1.5, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        w0, tau = rng.uniform(0.5, 1.0), rng.uniform(2, 24)
        return np.minimum(1.0, w0 + (1 - w0) * s / tau)
    if kind == "straggler":
        on, off, calm = rng.uniform(12, 120), rng.uniform(60, 360), rng.uniform(0, 0.2)
        w = np.empty(length)
        i, hot = 0, True
        while i < length:
            L = int(rng.geometric(1 / (on if hot else off)))
            w[i:i + L] = 1.0 if hot else calm
            i, hot = i + L, not hot
        return w
    x = np.clip(s / max(ramp, 1), 0, 1)
    return ((1 - np.cos(np.pi * x)) / 2) ** rng.uniform(0.7, 1.5)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1600, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(np.ceil(t0 / TICK))
        i1 = run.nt if to_end else min(run.nt, stop * K)
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.38))
        c0 = onset if kind != "leak" else onset + ramp
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or m1[c0:stop][lv].sum() <= 0:
            continue
        a = target * hs / m1[c0:stop][lv].sum()
        if a > 1:
            continue
        v = np.maximum(healthy - a * m1, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= ch < end for ch in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, (healthy - v)[on:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout203(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout203_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT203_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout203, seeds, n, pauses)
