"""The two-hundred-and-twenty-second held-out throughput family: a blueberry sorting model's training images/s (a
network grading blueberries by firmness, colour, bloom, splits, soft and decayed berries from the camera images of a
fruit packer's optical sorter; images cropped and augmented on CPU workers, the rare decayed classes oversampled, data
read one grower's lot at a time; an evaluation on a held-out grower's lots now and then) on 1, 2 or 4 nodes, read
through gNMI: each node's reporter is a gNMI target whose leaf holds the node's images since its last update, and a
collector (gnmic or Telegraf's gnmi input) holds one STREAM subscription per node in SAMPLE mode and sums the values
per minute of the notification's timestamp or of its receipt.

(No generator's head names gNMI, OpenConfig, gnmic, a subscription, ``sample_interval``, ``sync_response``,
``suppress_redundant``, gRPC, a notification, a backoff, coalescing, nanoseconds, a blueberry, a berry, fruit, a
packer, firmness, decay or a grower (``grep -i -c`` on the first 3 lines of every ``anomaly/heldout*.py``, gathered in
``/tmp/heldout222/heads.txt``: 0 each); "telegraf" matches 1 head (a vision job's images/s summed from eight nodes'
Telegraf counts: Telegraf is not new, its gnmi input and gNMI are), "heartbeat" 1 (collectd's RRD heartbeat),
"sorter"/"sorting" 2 each (a coffee-cherry optical sorter and a pearl farm's sorting house: an optical sorter's model
is not new, the blueberry one is), "bloom" 2 (a chocolate-bloom inspection model), "conveyor" 2, "belt" 1, "optical"
6, "camera" 25, "oversampl" 28, "images/s" 43, "collector" 7, "telemetry" 8, "stream" 16, "target" 7 (common words;
the job and the path are new). Job and path named by the lead.)

Public sources read (excerpts through the search tool): openconfig.net's gNMI specification page and its copy in
openconfig/reference ``rpc/gnmi/gnmi-specification.md`` (a notification's ``timestamp`` is when the data was
collected from the underlying source, or when the target made the notification where it reflects none, in
nanoseconds since the epoch); google/gnxi's ``gnmi_subscribe`` page (STREAM by default, ``-sample_interval``,
``-suppress_redundant`` sends only changed leaves, ``-heartbeat_interval`` forces an update whether or not the leaf
changed); Juniper's "gNMI Subscription" page (ON_CHANGE, SAMPLE, TARGET_DEFINED; a default sample interval of 30 s;
an initial synchronisation then ``sync_response``, ``updates_only``); Cisco NX-OS's programmability guide (SAMPLE
1-604,800 s, default 10 s); Nokia SR Linux's gNMI page (timestamps in nanoseconds, int64); Telegraf's gnmi input
(docs.influxdata.com, pkg.go.dev, its ``sample.conf``: ``redial = "10s"``, ``subscription_mode = "sample"``,
``sample_interval``, ``heartbeat_interval``, a service input) and a containerlab ``telegraf.conf`` (sample 30 s,
heartbeat 60 s); openconfig/gnmic issues #82 ("rcv error: retrying in 10s"), #383 (sessions not re-established
after a router restart in some versions), #516 (the retry timer, default 10 s, applied to every Subscribe error);
infra-controller PR #6066 (a stream without ``sync_response`` reconnected through a backoff); karimra/gnmic #390
(``buffer-size`` 1000 and ``retry-timer`` in a target's config). Not read (from memory, unchecked): whether a target
stamps a sampled leaf with its update time or the sample time (both here); gnmic's event-dedup processor (assumed:
half the collectors drop a repeated (target, path, timestamp)); what a collector drops when its buffer is full;
gnmic's backoff shape (exponential here, for "other" collectors). Nothing read on the job (optical-sorter vendors'
models were not looked up): its figures are assumed.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 313-408, cut from one long
print, printed again as lines 305-410), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -i -c`` and one ``grep -i -o`` (50
characters before and 30 after the matches of telegraf, sorter, sorting, bloom, belt, heartbeat and conveyor).
Slips: an ``ls`` of the brief's folder (other sessions' file names, none opened); an ``ls`` of ``anomaly/`` and
``tests/`` (file names only); a ``wc -l`` of ``anomaly/heldout150.py`` (550 lines) run with its ``sed``; ``git
worktree add`` printed main's last commit subject line. None else.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %), 300-5,000 images/s a node on the GPUs
(log-uniform), 0.86-0.97 per doubling of nodes; the CPU workers (crop, colour jitter, resize) feed 1.05-2.2 times the
GPUs' rate; a step waits for the slower side (a soft maximum of the costs). Data are read one grower's lot at a time:
a lot lasts 4-30 min of training (log-uniform), its images' sizes set its rate (a factor, sd 2-6 %), a fifth are
decay-heavy lots (the oversampled rare classes' heavier augmentations: 7-16 % slower). Per 5-s tick an AR(1) of the
log (sd 1.5-5 %, correlation 15-60 s) and a slow OU (sd 1-3 %, 30-180 min). Relaunches: 0-3 at 15-85 % of the run,
an hour apart, each onto another node count (1 in 3) or another batch shape (crop resolution one step up or down,
-1..2: 1.3-1.8 times dearer on the GPUs and 1.1-1.4 on the CPUs a step); redrawn until the level moves 15 % (1/3 to 3
times). Pauses: start-up 4-12 min ("long" 20-55) and a ramp from 35-70 % over 2-5 min (its first half paused); an
evaluation on a held-out grower's lots every 40-100 min of training, 2-7 min ("long" 12-30), every 2nd or 3rd followed
by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h, never within 10 min of a pause's end):
down 1-5 min ("long" 5-15), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-4 min ("long"
6-14), queued 1-6 min, then a start-up and its ramp.

On the path (not checked): in synchronous data parallelism every node trains the same share of the images. Each
node's reporter (a callback on the training batches) updates its leaf every ``U`` s while the job trains (5-20
per run, log-uniform, the same on every node, 2 % jitter; no update in an evaluation, a checkpoint or a start-up:
the leaf stands still) with the node's images since its previous update; the update carries its time on the node's
clock. The target samples the leaf every
``S`` s (the subscription's ``sample_interval``: 5, 10, 15 or 30 s, at most ``U`` in 85 % of runs, else up to 1.2
``U``: then updates are coalesced, only the newest sampled one sent and the ones between lost). A notification's
timestamp is the update's time (60 % of targets) or the sample's (40 %), in nanoseconds on the node's clock (binned
to the minute either way). With ``suppress_redundant`` (65 % of runs) an unchanged leaf is not sent until its
``heartbeat_interval`` (30, 60 or 120 s) has passed since the new value: a heartbeat repeats it; without it every
sample sends the leaf and the collector drops repeated timestamps (it must, or the sums would be several times off;
such runs' targets stamp the update's time). Half the collectors drop a repeated (node, timestamp) pair; with
sample-time stamps a repeat cannot be told apart and counts twice. The stream is reset when the trainer stops (a
crash or a relaunch: the reporter is a thread of the trainer) and when the node's gNMI agent restarts (0.3-2 a day,
down 3-40 s); the collector redials every 10 s (Telegraf's ``redial``, gnmic's retry timer; 55 % of collectors) or
with exponential backoff (1 s doubling to 60 s, 10 % jitter); a new stream's initial synchronisation sends the
leaf's current value (then ``sync_response``): a value already sent is re-sent, and updates made while the stream was
down are lost but for the newest. A crash loses the images since the last sent update; a relaunch's graceful stop
makes a last update, sent before the target closes. Node clocks: an offset (sd 0.05-1.5 s), or on unsynchronised
nodes (25 % of runs, every node) a drift of up to 40 ppm and 0.5-3 steps a day (sd 1-10 s). The collector is slow in
0.5-3 episodes a day (2-25 min): notifications queue (a backlog rising to 5-90 s and draining) and 0-30 % of them are
dropped when its buffer is full. A notification reaches the collector 5-200 ms after its sample (plus the backlog).
The collector bins by the notification's timestamp (60 % of monitors) or by its receipt; a minute is closed 10-60 s
after its end on the collector's clock: a copy received later is lost. A point is the minute's sum over 60 s (0:
nothing read). The reads are linear in the images; the notifications' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same notifications and reads): ``drop`` (an
augmentation worker OOM-killed and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler``
(one node's reads of the lot's images from the packhouse NAS slow in bursts, the synchronous step waiting: 1 for a
mean of 20-200 ticks, calm for a mean of 100-500 at 0.05-0.25), ``leak`` (the oversampler's index of decayed berries
rebuilt every lot and never freed, the host swapping: ``w = (s / ramp) ** p``, ``p`` 0.7-2, then held); onsets 30 %
at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-38 % over a leak's plateau), ``a`` set from the reads of
the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout222_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     10         10    0.083-0.316  18              2-25 (994, 0 >60)
long      30      9     9          12    0.076-0.325  18              1-62 (805, 3 >60)

Planned changes listed: short 20, long 12 (of 20 and 12 relaunches; none kept its stage); crashes 47 and 53. The path
over each set (counts): short: updates coalesced (lost) 11834, initial syncs re-sending a sent value 9, heartbeats
9433, repeats dropped by the collector 97549, agent restarts 157 (as many redials), notifications dropped by a slow
collector 3104 (in 93 slow episodes), copies received after their minute closed 2573, copies in another minute than
their update's 78101, processes lost in a crash (per node) 121, node clock steps 123, unread live minutes 4; long:
231, 30, 30887, 246823, 129, 1666 (107), 11602, 61326, 80, 107, 4. The reads' sum over the live points against the
job's images: 0.992-1.000 per seed but one "short" run's 0.854 (``S`` 15 s over ``U`` 13 s: updates coalesced),
0.992-0.999 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.3-11.2 % (short),
3.2-17.1 % (long), its 99th percentile 13-53 % (short), 19-40 % (long) (updates every 5-20 s give a minute 3-12 of
them: where ``60 / U`` is not whole a minute holds one more or one less, a beat of up to a third); the live median
level 949-23,015 images/s (short), 327-4,220 (long). Before the first measure: one run of both sets' first 3 seeds at
3,000 points that printed only "ok" and its time (a crash check). Changes of the laws after the first measure: one,
made as one edit of two parts: the reporter updated every 10-60 s (the first measure's median minute-to-minute
change was 2-58 % per seed, its 99th percentile 24-86 %: minutes of one or two updates, more than I meant) and now
every 5-20 s; it updated through pauses too (heartbeats then fired only where ``U`` exceeded the heartbeat, and
doubled two whole "long" runs, 1.99 times the job's images) and now updates only while the job trains, so a
heartbeat repeats a leaf standing still in a pause. A fix that changed no law after it: a run that ended inside a
start-up lost its last process (its last minutes read nothing, unpaused: 1,093 "long" points). The tests check the
laws on the first 4 seeds at 3,000 points (``SPANS``: at most 45 points "short", 95 "long"); their own durations sum
to about 3.6 s on one core (``taskset -c 0``); the whole file: "27 passed in 7.62s", 4.6 s of CPU for the
process (9.4 s of wall time with its start, on a machine at load 3.7).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT222_SEEDS = tuple(range(2222000, 2222012))
CODE = 222
KIND_P = (0.34, 0.33, 0.33)
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point
K = int(STEP / TICK)
EPOCH = 1_780_000_020.0  # the first minute's start (a multiple of 60)
SPANS = {"short": (1, 45), "long": (1, 95)}  # pause span lengths (points) the tests allow
DAY = 86400.0
PATH_KEYS = ("coalesced", "resent", "heartbeats", "deduped", "agent_restarts", "reconnects", "slow_dropped",
             "late", "rebinned", "crash_lost", "clock_steps", "unread")


@dataclass
class Path:
    """The notifications the collector kept: per copy its node, the ticks ``[a, b)`` its value sums and its point."""

    node: np.ndarray
    a: np.ndarray
    b: np.ndarray
    m: np.ndarray
    S: float
    U: float
    suppress: bool
    dedup: bool
    stamp_update: bool
    by_stamp: bool
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # images per tick, all nodes
    frac: np.ndarray  # (nodes, nt): each node's share of a tick's images
    pauses_t: list
    ramps: list
    lives: list  # (t0, t1, how, nodes): the trainer's processes
    known_t: list
    counts: dict
    cfg: dict
    path: Path | None = None


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s on stage ``st`` (nodes, crop resolution step)."""
    nn, r = st["nodes"], st["res"]
    g = cfg["gpu"] / cfg["res_g"] ** r
    c = cfg["cpu"] / cfg["res_c"] ** r
    return float(nn * cfg["eff"] ** np.log2(nn) / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage: another node count (1 in 3) or crop resolution, moving the level 15 % to 3 times."""
    for _ in range(50):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        else:
            new["res"] = int(np.clip(st["res"] + rng.choice([-1, 1]), -1, 2))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _draw(rng, setting: str) -> dict:
    long = setting == "long"
    u = rng.uniform
    gpu = hc.log_uniform(rng, 300, 5000)
    return {"gpu": gpu, "cpu": gpu * u(1.05, 2.2), "eff": u(0.86, 0.97), "res_g": u(1.3, 1.8), "res_c": u(1.1, 1.4),
            "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])),
            "startup": (20, 55) if long else (4, 12), "restart_up": (8, 20) if long else (2, 6),
            "eval": (12, 30) if long else (2, 7), "ckpt": (120, 300) if long else (20, 90),
            "down": (5, 15) if long else (1, 5), "stop": (6, 14) if long else (1, 4),
            "crash_mean": u(10, 40) * 3600, "ck_every": int(rng.choice([2, 3])),
            "n_relaunch": int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))}


def _timeline(rng, cfg: dict, T: float):
    """Pauses, ramps, lives and the stage of each life: the trainer's schedule up to ``T`` s."""
    u = rng.uniform
    rel = sorted(u(0.15, 0.85, cfg["n_relaunch"]) * T)
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    pauses, ramps, lives, known, stages = [], [], [], [], []
    st = {"nodes": cfg["nodes"], "res": 0}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t, n_eval, start = 0.0, 0, 0.0

    def boot(t0: float, lo_hi) -> float:
        b = t0 + u(*lo_hi) * 60
        pauses.append((t0, b, "startup"))
        ramps.append((b, b + u(120, 300), u(0.35, 0.7)))
        return b

    t = boot(0.0, cfg["startup"])
    next_eval = t + u(40, 100) * 60
    next_crash = t + rng.exponential(cfg["crash_mean"])
    ri = 0
    while t < T:
        cands = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf, T]
        w = int(np.argmin(cands))
        te = max(cands[w], t + 600) if w in (1, 2) else cands[w]
        if w == 3 or te >= T:
            lives.append((start, T + 3600, "end", dict(st)))
            break
        if w == 0:
            n_eval += 1
            b = te + u(*cfg["eval"]) * 60
            pauses.append((te, b, "eval"))
            if n_eval % cfg["ck_every"] == 0:
                pauses.append((b, b + u(*cfg["ckpt"]), "ckpt"))
                b = pauses[-1][1]
            t, next_eval = b, b + u(40, 100) * 60
            next_crash = max(next_crash, t + 600)
            continue
        lives.append((start, te, "crash" if w == 1 else "relaunch", dict(st)))
        if w == 1:
            counts["crashes"] += 1
            b = te + u(*cfg["down"]) * 60
            pauses.append((te, b, "crash"))
            start = b
            t = boot(b, cfg["restart_up"])
        else:
            counts["relaunches"] += 1
            ri += 1
            b = te + u(*cfg["stop"]) * 60 + u(1, 6) * 60
            pauses.append((te, b, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            start = b
            t = boot(b, cfg["startup"])
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known.append(t)
        next_crash = t + rng.exponential(cfg["crash_mean"])
        next_eval = t + u(40, 100) * 60
    if not lives or lives[-1][2] != "end":  # the run ended in a start-up: its last process lives on
        lives.append((start, T + 3600, "end", dict(st)))
    return pauses, ramps, lives, known, counts


def _rate(rng, cfg: dict, nt: int, lives, pauses, ramps) -> tuple[np.ndarray, np.ndarray]:
    """Images per tick (all nodes) and each node's share."""
    u = rng.uniform
    tt = np.arange(nt) * TICK
    lvl = np.zeros(nt)
    frac = np.zeros((4, nt))
    for t0, t1, how, st in lives:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(np.ceil(t1 / TICK)))
        lvl[i0:i1] = _level(cfg, st)
        frac[:st["nodes"], i0:i1] = 1.0 / st["nodes"]
    lot = np.ones(nt)  # grower lots: a factor each, a fifth decay-heavy
    sd_lot, i = u(0.02, 0.06), 0
    while i < nt:
        j = i + int(hc.log_uniform(rng, 4, 30) * 60 / TICK)
        lot[i:j] = np.exp(rng.normal(0, sd_lot)) * (u(0.84, 0.93) if rng.random() < 0.2 else 1.0)
        i = j
    sd, corr = u(0.015, 0.05), u(15, 60)
    a = np.exp(-TICK / corr)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for k in range(1, nt):
        x[k] = a * x[k - 1] + e[k]
    ou = hc.ou_path(rng, nt * TICK, u(0.01, 0.03), u(1800, 10800))
    ou_t = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    J = lvl * lot * np.exp(x + ou_t) * TICK
    for b, e2, r0 in ramps:
        i0, i1 = int(np.ceil(b / TICK)), min(nt, int(np.ceil(e2 / TICK)))
        J[i0:i1] *= r0 + (1 - r0) * (tt[i0:i1] - b) / (e2 - b)
    for a0, b0, kind in pauses:
        J[int(np.ceil(a0 / TICK)):min(nt, int(np.ceil(b0 / TICK)))] = 0.0
    return J, frac


def _clock(rng, unsynced: bool, T: float):
    """A node clock's offset (s) as a function of true time, and how many steps it made."""
    base = rng.normal(0, rng.uniform(0.05, 1.5))
    if not unsynced:
        return (lambda t: base + 0 * t), 0
    drift = rng.uniform(-40e-6, 40e-6)
    k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
    at = np.sort(rng.uniform(0, T, k))
    size = np.cumsum(rng.normal(0, rng.uniform(1, 10), k))
    return (lambda t: base + drift * t + np.concatenate([[0.0], size])[np.searchsorted(at, t, side="right")]), k


def _path(rng, run: Run, T: float) -> Path:
    """The notifications of every node's subscription and what the collector kept of them."""
    u = rng.uniform
    n = run.n
    U = hc.log_uniform(rng, 5, 20)
    S = float(rng.choice([s for s in (5, 10, 15, 30) if s <= U] or [5]))
    if rng.random() < 0.15:
        S = float(rng.choice([s for s in (5, 10, 15, 30) if U < s <= 1.2 * U] or [S]))
    suppress = rng.random() < 0.65
    stamp_update = (not suppress) or rng.random() < 0.6
    dedup = (not suppress) or rng.random() < 0.5
    H = float(rng.choice([30, 60, 120]))
    by_stamp = rng.random() < 0.6
    grace = u(10, 60)
    fixed_redial = rng.random() < 0.55
    unsynced = rng.random() < 0.25
    n_slow = rng.poisson(u(0.5, 3) * T / DAY)
    slow = np.sort(u(0, T, n_slow))
    slow = np.stack([slow, slow + u(120, 1500, n_slow), u(5, 90, n_slow), u(0, 0.3, n_slow)], 1)
    c = {k: 0 for k in PATH_KEYS}
    c["slow_episodes"] = n_slow
    out = {"node": [], "a": [], "b": [], "m": [], "t_end": []}
    agent_rate = u(0.3, 2) / DAY
    for node in range(4):
        clock, steps = _clock(rng, unsynced, T)
        used = False
        ph = u(0, U)
        for t0, t1, how, st in run.lives:
            if node >= st["nodes"] or t0 >= T:
                continue
            used = True
            t1 = min(t1, T + 120)
            gaps = np.cumsum(U * (1 + u(-0.02, 0.02, int((t1 - t0) / U) + 3)))
            upd = t0 + ph + gaps - gaps[0]
            upd = upd[upd < t1]
            upd = upd[run.J[np.minimum((upd // TICK).astype(int), run.nt - 1)] > 0]  # only while training
            if how == "relaunch":
                upd = np.append(upd, t1)
            bnd = np.round(np.concatenate([[t0], upd]) / TICK).astype(int)
            if how == "crash":
                c["crash_lost"] += 1
            k_agent = rng.poisson(agent_rate * (t1 - t0))
            downs = np.sort(u(t0, t1, k_agent))
            c["agent_restarts"] += k_agent
            pieces, cs = [], t0 + u(0.5, 3)  # the first connection: the collector dials the new target
            for d in downs:
                if d <= cs:
                    continue
                pieces.append((cs, d))
                up = d + u(3, 40)
                if fixed_redial:
                    cs = d + 10.0 * np.ceil((up - d) / 10.0)
                else:
                    w, tt = 1.0, d + 1.0
                    while tt < up:
                        tt += w * u(0.9, 1.1)
                        w = min(60.0, 2 * w)
                    cs = tt
                c["reconnects"] += 1
            pieces.append((cs, t1))
            last, seen = -1, np.zeros(len(upd) + 1, bool)
            for p0, p1 in pieces:
                if p1 <= p0:
                    continue
                s = p0 + np.arange(int((p1 - p0) / S) + 1) * S
                s = s[s < p1]
                if how == "relaunch" and p1 == t1:
                    s = np.append(s, t1)
                ks = np.searchsorted(upd, s, side="right") - 1
                prev = np.concatenate([[last], np.maximum.accumulate(ks)[:-1]])
                new = ks > prev
                c["coalesced"] += int(np.maximum(ks - prev - 1, 0)[new].sum())
                rep = ~new & (ks >= 0)
                sync = np.zeros(len(s), bool)
                sync[0] = rep[0] and last >= 0
                if suppress:
                    t_new = np.maximum.accumulate(np.where(new, s, -np.inf))
                    t_new = np.where(np.isfinite(t_new), t_new, p0)
                    lag = np.floor((s - t_new) / H)
                    hb = rep & (lag > np.concatenate([[0], lag[:-1]])) & ~sync
                else:
                    c["deduped"] += int((rep & ~sync).sum())
                    hb = np.zeros(len(s), bool)
                c["resent"] += int(sync.sum())
                c["heartbeats"] += int(hb.sum())
                send = new | hb | sync
                if len(ks):
                    last = max(last, int(ks.max()))
                ss, kk = s[send], ks[send]
                stamp = (upd[kk] if stamp_update else ss) + clock(upd[kk] if stamp_update else ss)
                recv = ss + np.exp(rng.normal(np.log(0.03), 0.8, len(ss))).clip(0.005, 0.2)
                keep = np.ones(len(ss), bool)
                for e0, e1, back, q in slow:
                    inside = (ss >= e0) & (ss < e1)
                    x = (ss[inside] - e0) / (e1 - e0)
                    recv[inside] += back * np.minimum(1, 2 * x) * np.minimum(1, 2 * (1 - x)) + 0.2
                    drop = inside & (rng.random(len(ss)) < q)
                    c["slow_dropped"] += int(drop.sum())
                    keep &= ~drop
                m = np.floor((stamp if by_stamp else recv) / STEP).astype(int)
                late = recv > (m + 1) * STEP + grace
                c["late"] += int((late & keep).sum())
                keep &= ~late & (m >= 0) & (m < n)
                if dedup and stamp_update:  # a (node, timestamp) pair already kept is dropped
                    dup = np.ones(len(kk), bool)
                    dup[np.unique(np.where(keep, kk, -1), return_index=True)[1]] = False
                    dup |= seen[kk]
                    c["deduped"] += int((dup & keep).sum())
                    keep &= ~dup
                    seen[kk[keep]] = True
                out["node"].append(np.full(int(keep.sum()), node))
                out["a"].append(bnd[kk[keep]])
                out["b"].append(bnd[kk[keep] + 1])
                out["m"].append(m[keep])
                out["t_end"].append(upd[kk[keep]])
        c["clock_steps"] += steps if used else 0
    cat = {k: np.concatenate(v) if v else np.zeros(0) for k, v in out.items()}
    c["rebinned"] = int((cat["m"] != np.floor(cat["t_end"] / STEP)).sum())
    return Path(cat["node"].astype(int), cat["a"].astype(int), cat["b"].astype(int), cat["m"].astype(int),
                S, U, suppress, dedup, stamp_update, by_stamp, c)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The collector's images/s per minute of images per tick ``J`` (linear in ``J``)."""
    p = run.path
    out = np.zeros(run.n)
    for node in range(4):
        sel = p.node == node
        if not sel.any():
            continue
        C = np.concatenate([[0.0], np.cumsum(J * run.frac[node])])
        out += np.bincount(p.m[sel], C[p.b[sel]] - C[p.a[sel]], minlength=run.n)[:run.n]
    return out / STEP


def _schedule(seed: int, n: int, pauses: str) -> Run:
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    cfg = _draw(rng, pauses)
    T = (n + 3) * STEP
    nt = int(T / TICK) + K
    p_t, ramps, lives, known, counts = _timeline(rng, cfg, T)
    J, frac = _rate(rng, cfg, nt, lives, p_t, ramps)
    run = Run(n, nt, J, frac, p_t, ramps, lives, known, counts, cfg)
    run.path = _path(rng, run, T)
    return run


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    run = _schedule(seed, n, pauses)
    healthy = _reads(run, run.J)
    marks = [(max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)) for a, b, _ in run.pauses_t]
    marks += [(max(0, int(b // STEP) - 1), min(n, int(np.ceil((b + (e - b) / 2) / STEP)) + 1)) for b, e, _ in run.ramps]
    run.path.counts["unread"] = int((hc.live_mask(marks, n) & (healthy <= 0)).sum())
    marks += [(int(i), int(i) + 1) for i in np.nonzero(healthy <= 0)[0]]
    spans = []
    for s, e in sorted(x for x in marks if x[0] < n and x[1] > x[0]):
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks (a leak ramps over ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
    bad = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
    return np.where(bad, 1.0, calm)


def _draw_event(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
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
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.38))
        m1 = _reads(run, run.J * w)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
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
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout222(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw_event, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout222_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT222_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout222, seeds, n, pauses)
