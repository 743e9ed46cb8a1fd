"""The two-hundred-and-twentieth held-out throughput family: a tea-leaf plucking-standard model's training images/s
(a network grading plucked shoots on a tea estate's withering troughs as two-leaves-and-a-bud, coarse, damaged or
banjhi from images of samples; images cropped and augmented on CPU workers, the rare damaged and banjhi classes
oversampled; an evaluation on a held-out estate's samples now and then) on 1, 2 or 4 nodes, read through BACnet/IP:
each node's reporter is a BACnet device whose Analog Value ``Present_Value`` holds its images since its last update
(every 10-30 s); a monitor (a BACnet workstation) holds a ``SubscribeCOV`` on each node's object and sums the counts
per minute of their receipt, or of the device's own time where it sends one.

(Heads: ``for f in anomaly/heldout*.py; do head -3 "$f"; done`` (216 files) then ``grep -i -c``: 0 for bacnet,
subscribecov, "analog value", present_value, bbmd, "foreign device", readproperty, ashrae, "building automation",
tea, leaf, plucking, banjhi, wither, estate, subscription, renewal, lifetime, notification, hvac, subnet, shoot,
trough; "cov" 1 ("covariates"), "confirmed" 1 ("the rare confirmed planets"), "factory" 2 (solar modules'
electroluminescence images at a factory's end of line), "building" 3 (building-footprint and building-damage
models), "udp" 1 (rsyslog over UDP), "broadcast" 2 (match video), "image classif" 1, "poll" 15, "images/s" 39,
"augment" 42, "crop" 32, "oversampl" 25 (common words: the job and the path are new). Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one print cut in its middle, the rest
printed by line ranges), ``tests/trace_checks.py`` (all, the same way), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads' file through ``grep -i -c`` and ``grep -io`` with 20-40
characters around "cov", "factory", "confirmed", "building", "udp" and "broadcast". Slips: a ``grep -n`` for
definitions in ``anomaly/heldout219.py``, which does not exist (it printed nothing), and an ``ls anomaly/ | grep
heldout | tail`` (file names only: the last generator is 216); none else.

Public sources read (excerpts through the search tool): CODESYS CmpBACnet pages for the SubscribeCOV and COV
notification structures (``lifetime`` in seconds, a re-subscription refreshes it; confirmed or unconfirmed
notifications; ``timeRemaining``; ``covIncrement`` the least change of a numeric ``Present_Value`` that notifies);
Beckhoff's TF8020 "COV-Reporting" page (the current value is sent on subscribing and again on each renewal, "can be
used as a heartbeat"; a subscription not renewed is silently removed; devices may hold only a few subscriptions per
object or device, other clients such as the BMS using them up); bacnet-stack issue #477 (with the BTL guideline 7.6:
subscriptions are not kept through a device reset, so finite lifetimes renewed periodically); Bepacom HA add-on
issues #50 and #52 (no re-subscription after a power cycle until the lifetime passed; 120-s heartbeats); BACpypes
issues #192 and #536 (COV servers stop notifying; lifetimes of 15-120 s renewed every 10 s); a Home Assistant
integration issue (300-s lifetimes, a polling fallback for objects without COV); bac-py's foreign-device manager
(re-registers with the BBMD at TTL/2) and the BACnet wiki's Register-Foreign-Device (TTL in seconds); AVEVA's BACnet
APDU parameters (6-s acknowledgement timeout, 3 retries by default); OPC UA's APDU_Timeout and
Number_Of_APDU_Retries. Not read (from memory, unchecked): ASHRAE 135's clauses themselves; whether a COV server
retries a confirmed notification whose acknowledgement was lost (here it does, as any confirmed request); how a BBMD
outage is seen by a foreign device (here every datagram is lost until the monitor's next re-registration); whether
a device keeps its Present_Value over a restart (here the count since the restart). Nothing read on the job.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %), 0.80-0.95 per doubling; per node the GPUs
train 300-2,500 images/s (log-uniform) at 224-px crops, the CPU workers (decode, crop, augment) 1.05-2.2 times
that; a crop side of 192-320 px costs its area on the GPUs and its side to the power 0.8-1.2 on the CPUs; an image
costs the slower side plus 5-25 % of the other (the rest overlapped). Per 5-s tick: the estate's garden blocks
(3-20 min of training, log-uniform; a factor of sd 3-8 %, a quarter holding the oversampled damaged and banjhi shoots
at full resolution, 4-10 % dearer), each epoch's (10-45 min) worker respawn (10-60 s at 0-30 % of the rate),
Student-t noise (4 degrees, scale 1-3 %, clipped at 5), a slow OU (sd 1-3 %, 10-90 min) and the factory's
load-shedding power caps (0-1.5 a day, 5-40 min at 85-95 %). Relaunches: 0-3 at 15-85 % of the run, an hour apart,
each another node count (1 in 3) or another crop size (1 or 2 steps), redrawn until the level moves 15 % (1/3 to
3 times). Pauses: start-up 2-8 min ("long" 20-50) and a ramp from 30-60 % over 1-5 min; an evaluation on a held-out
estate every 25-80 min of training (each 0.8-1.2 times the run's mean), 1.5-5 min ("long" 12-30), every 3rd or 4th
followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h; one due in a pause comes a
minute after it): down 1-5 min ("long" 5-15) and a restart of 2-5 ("long" 8-20), then a ramp; a relaunch: stopped
1-4 min ("long" 6-14), queued 0.5-6 min and a start-up, then a ramp.

On the path (not checked): a node's device updates every ``U`` s (10-30, per device) with the node's share of the
images since its previous update; restarts (0.2-1.5 a day per device, down 5-60 s) lose the count under way and the
subscription; the monitor subscribes again on the device's I-Am 1-5 s after it (half the runs) or at its next renewal
(every 0.4-0.8 of a 120-900 s lifetime); after 15-40 % of restarts the device's subscription table is full (other
clients) for 3-30 min and every attempt is refused. A subscribed device notifies when Present_Value moved by the
COV_Increment or more since its last notification (0 in 40 % of runs, else 0.5-10 images; a paused node's 0 after 0
never notifies), and each renewal re-sends the current value. Datagrams are lost at 0.05-0.5 %, in congestion
bursts (0.5-3 a day, 1-8 min) at 20-70 %, and all of them while the BBMD is out (half the runs: the monitor is a
foreign device; 0.2-1 outages a day, 10-120 s, until its next re-registration at TTL/2, TTL 60-600 s). Half the runs
use confirmed notifications: a lost one is retried every APDU timeout (3-10 s, 2-3 retries) then dropped; a lost
acknowledgement makes the device send a delivered one again. The monitor polls Present_Value (ReadProperty) when a
device sent nothing for 45-120 s, and again each time as long, reading the latest update's count (not answered while
the device is down; lost at twice the datagram rate). Half the monitors drop a copy that repeats the previous copy of
the same device (a renewal's value, a repeated notification), the others count it again. 40 % of runs bin by the
device's time (notifications only; a device clock off by sd 0.5-5 s, or 1 in 4 by 10-90 s, drifting up to 60 ppm,
set right at the workstation's TimeSynchronization every 1-8 h in half the runs), the others by receipt; a minute
closes 5-30 s after its end, and a later copy is added to the minute open at its receipt. A point is the minute's
sum of counts over 60 s (0: none read). The reads are linear in the images; the copies' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or the first half of the ramp after it), or
where it reads nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled
regressions (a share ``a w`` of each tick's images lost, carried through the same copies and reads): ``drop`` (an
augmentation worker pool lost: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node
throttling in bursts: 1 for a mean of 40-240 ticks, calm for a mean of 100-400 at 0.05-0.25), ``leak`` (the crop
cache fragmenting host memory into swap: ``w = (s / ramp) ** p``, ``p`` 0.5-2, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-38 % over a leak's plateau), ``a`` set from the reads of the
lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout220_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.123-0.316  20              1-22 (1340, 0 >60)
long      32      10    12         10    0.075-0.315  22              1-91 (1011, 2 >60)

Planned changes listed: short 15, long 10 (of 15 and 10 relaunches; none kept its stage); crashes 51 and 44. The path
over each set (counts): short: updates 479,336, suppressed by the COV increment 48,531, sent while unsubscribed
2,123, device restarts 95 (each losing its partial count), full tables 29 (220 refusals), renewals 44,000, datagrams
lost 3,172, retries 773, notifications dropped 1,912, repeated after a lost acknowledgement 505, copies counted twice
25,145, dropped as repeats 15,640, polls 8,410 (163 unanswered), late copies re-binned 18,810, copies in another
minute than their update's 12,365, BBMD outages 21, clock synchronisations 50; long: 673,109, 249,089, 1,636, 120,
27 (192), 70,280, 3,944, 2,142, 1,138, 1,094, 8,481, 40,456, 42,682 (483), 2,003, 20,380, 2, 150. The reads' sum
over the live points against the job's images: 0.975-1.238 per seed (short), 0.977-1.106 (long) (renewals counted
twice push it up). The live points' minute-to-minute change (median ``|d log|`` per seed) 2.4-38.6 % (short),
1.9-28.0 % (long): a device's 2 or 3 updates in a minute, whose sum alternates where ``U`` does not divide 60, and
renewals' repeated values, are the path's own; its 99th percentile 62-146 % (short), 45-132 % (long); the live median
level 424-2,391 images/s (short), 244-2,388 (long).

Before the first measure: none (the first measure was both full sets). Changes of the laws after it: one: the
COV_Increment was 0.2-1.5 % of a first-stage update's count (36-50 % of updates suppressed, each losing a whole
update's images: reads 0.46-1.16 of the job's, the median minute-to-minute change up to 62 %); it is now 0 or 0.5-10
images, a whole-count setting as an integrator would set it. Fixes after it (no law changed): a crash due inside a
pause came before the pause's end (overlapping pauses); device clocks kept as arrays (for the tests' memo). The
tests check the laws on the first 4 seeds at 3,000 points and each path law alone on a synthetic device; the file
takes 6.7 s on one core (pytest's time, ``taskset -c 0``, ``OMP_NUM_THREADS=1``, on a shared 2-core machine at a
load of 5; 5.2 s of CPU for the whole process, imports included).

Size: one family's job, path and regressions, kept in one module as the other generators are; the docstring's
counts and sources take about 125 lines.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT220_SEEDS = tuple(range(2202000, 2202012))
CODE = 220
TICK = 5.0  # s: the job's rate is drawn per tick
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 60.0 * 29_683_334  # the first minute's start (unix s, a whole minute)
DAY = 86400.0
SIZES = (192, 224, 256, 288, 320)  # the crops' side (px): a batch shape
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 95)}  # a pause span's length (points), tests' bounds
PATH_KEYS = ("updates", "suppressed", "unsubscribed", "restarts", "partial_lost", "table_full", "refused",
             "renewals", "initial_copies", "lost", "retries", "dropped", "ack_repeats", "doubled", "dedup_dropped",
             "polls", "polls_unanswered", "late_rebinned", "other_minute", "bbmd_outages", "clock_syncs")


def _u(rng, lo, hi):
    return float(rng.uniform(lo, hi))


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes over ``[0, T)`` at ``per_day``, each ``lo``-``hi`` s long: an ``(m, 2)`` array, sorted."""
    m = int(rng.poisson(per_day * T / DAY))
    a = np.sort(rng.uniform(0, T, m))
    return np.column_stack([a, a + rng.uniform(lo, hi, m)]) if m else np.zeros((0, 2))


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in one of the windows ``[a, b)`` (sorted by ``a``, possibly overlapping)."""
    x = np.asarray(x, float)
    out = np.zeros(x.shape, bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


# ---------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: tuple) -> float:
    """The job's images/s on ``st = (nodes, size index)``: per node a GPU cost growing with the crop's area, a CPU
    (crop and augment) cost growing slower, partly overlapped; ``eff`` per doubling of nodes."""
    nodes, si = st
    s = SIZES[si] / 224.0
    g = s ** 2 / cfg["gpu"]
    c = s ** cfg["cpu_exp"] / (cfg["gpu"] * cfg["ratio"])
    cost = max(g, c) + (1.0 - cfg["overlap"]) * min(g, c)
    return nodes * cfg["eff"] ** np.log2(nodes) / cost


def _next_stage(rng, cfg: dict, st: tuple, lv: float) -> tuple:
    """A relaunch's stage: 1 in 3 another node count, else another crop size; redrawn until the level moves 15 % or
    more (within 1/3 to 3 times); the same stage when 40 draws fail."""
    for _ in range(40):
        if rng.random() < 1 / 3:
            new = (int(rng.choice([x for x in (1, 2, 4) if x != st[0]])), st[1])
        else:
            new = (st[0], int(np.clip(st[1] + rng.choice([-2, -1, 1, 2]), 0, len(SIZES) - 1)))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _durations(rng, setting: str) -> dict:
    """The pauses' lengths (s) of a setting: drawn per pause from these ranges."""
    long = setting == "long"
    return {"startup": (1200, 3000) if long else (120, 480), "eval": (720, 1800) if long else (90, 300),
            "ckpt": (120, 300) if long else (20, 90), "down": (300, 900) if long else (60, 300),
            "restart": (480, 1200) if long else (120, 300), "stop": (360, 840) if long else (60, 240)}


def _timeline(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's schedule: training segments ``(t0, t1, level, nodes, ramp start, r0, ramp length)`` and pauses
    ``(t0, t1, kind)`` (start-up, evaluation on a held-out estate's samples, checkpoint, crash, relaunch)."""
    T = n * STEP + 900.0
    D = _durations(rng, setting)
    cfg = {"gpu": hc.log_uniform(rng, 300, 2500), "ratio": _u(rng, 1.05, 2.2), "overlap": _u(rng, 0.75, 0.95),
           "eff": _u(rng, 0.8, 0.95), "cpu_exp": _u(rng, 0.8, 1.2)}
    st = (int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), int(rng.integers(1, 4)))
    rel = sorted(rng.uniform(0.15, 0.85, int(rng.choice(4, p=[0.3, 0.3, 0.25, 0.15]))) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= 3600]
    crash_mean = _u(rng, 10, 40) * 3600
    eval_mean = _u(rng, 25, 80) * 60
    ck_every = int(rng.integers(3, 5))
    pauses, segs, known_t = [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def dur(key):
        return _u(rng, *D[key])

    t = dur("startup")
    pauses.append((0.0, t, "startup"))
    ramp = (t, _u(rng, 0.3, 0.6), _u(rng, 60, 300))
    crash_at = t + rng.exponential(crash_mean)
    to_eval = eval_mean * _u(rng, 0.8, 1.2)
    ri = 0
    while t < T:
        t_rel = max(rel[ri], t + 120) if ri < len(rel) else np.inf
        cand = [t + to_eval, max(crash_at, t + 60), t_rel]  # a crash due in a pause comes a minute after it
        which = int(np.argmin(cand))
        e = min(cand[which], T)
        segs.append((t, e, _level(cfg, st), st[0], *ramp))
        if e >= T:
            break
        to_eval -= e - t
        if which == 0:
            counts["evals"] += 1
            b = e + dur("eval")
            pauses.append((e, b, "eval"))
            if counts["evals"] % ck_every == 0:
                pauses.append((b, b + dur("ckpt"), "ckpt"))
                b = pauses[-1][1]
            to_eval = eval_mean * _u(rng, 0.8, 1.2)
        elif which == 1:
            counts["crashes"] += 1
            b = e + dur("down") + dur("restart")
            pauses.append((e, b, "crash"))
            crash_at = b + rng.exponential(crash_mean)
            ramp = (b, _u(rng, 0.3, 0.6), _u(rng, 60, 300))
        else:
            counts["relaunches"] += 1
            ri += 1
            b = e + dur("stop") + _u(rng, 30, 360) + dur("startup")
            pauses.append((e, b, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            elif b < n * STEP:
                known_t.append(b)
            st = new
            ramp = (b, _u(rng, 0.3, 0.6), _u(rng, 60, 300))
            to_eval = eval_mean * _u(rng, 0.8, 1.2)
            crash_at = max(crash_at, b + 600)
        t = b
    return SimpleNamespace(T=T, cfg=cfg, pauses_t=pauses, segs=segs, known_t=known_t, counts=counts)


def _rate(rng, run) -> tuple[np.ndarray, np.ndarray]:
    """Images per 5-s tick (all nodes) and the node count of each tick: a segment's level times its ramp, the
    estate's garden blocks (camera and resolution: sd 3-8 %; a quarter hold the oversampled damaged and banjhi
    shoots at full resolution, 4-10 % dearer), each epoch's worker respawn stall, Student-t tick noise, a slow OU
    wander and the factory's load-shedding power caps."""
    nt = run.n * K + 4 * K
    tt = (np.arange(nt) + 0.5) * TICK
    train, lev, rampf = np.zeros(nt), np.zeros(nt), np.ones(nt)
    nodes = np.ones(nt, np.int8)
    for t0, t1, lv, nd, r_at, r0, r_len in run.segs:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(t1, (np.arange(i0, i1) + 1) * TICK) - np.maximum(t0, np.arange(i0, i1) * TICK)
        train[i0:i1] += np.maximum(ov, 0)
        lev[i0:i1] = lv
        nodes[i0:] = nd
        rampf[i0:i1] = np.clip(r0 + (1 - r0) * (tt[i0:i1] - r_at) / r_len, r0, 1.0)
    tau = np.cumsum(train)
    # garden blocks, in training time
    sd_b, rare_c = _u(rng, 0.03, 0.08), _u(rng, 0.04, 0.10)
    edges = [0.0]
    while edges[-1] <= tau[-1]:
        edges.append(edges[-1] + hc.log_uniform(rng, 180, 1200))
    nb = len(edges) - 1
    fb = np.exp(rng.normal(0, sd_b, nb)) / np.where(rng.random(nb) < 0.25, 1 + rare_c, 1.0)
    block = fb[np.clip(np.searchsorted(edges, tau, side="right") - 1, 0, nb - 1)]
    # epochs: the data loader's workers respawn at each epoch's start (10-60 s at 0-30 % of the rate)
    E, stall, low = _u(rng, 600, 2700), _u(rng, 10, 60), _u(rng, 0.0, 0.3)
    epoch = np.where((tau % E) < stall * (tau >= E), low, 1.0)
    s_t = _u(rng, 0.01, 0.03)
    noise = np.exp(s_t * np.clip(rng.standard_t(4, nt), -5, 5))
    ou = np.exp(hc.ou_path(rng, nt * TICK, _u(rng, 0.01, 0.03), _u(rng, 600, 5400)))[np.arange(nt) // K]
    power = np.ones(nt)
    for a, b in _windows(rng, nt * TICK, _u(rng, 0.0, 1.5), 300, 2400):
        power[(tt >= a) & (tt < b)] = _u(rng, 0.85, 0.95)
    return train * lev * rampf * block * epoch * noise * ou * power, nodes


# ---------------------------------------------------------------------------------------------------- the path


def _clock(rng, syncs: np.ndarray) -> SimpleNamespace:
    """A device's clock error (s) as a function of true time: an offset (sd 0.5-5 s, or 1 in 4 devices 10-90 s off)
    and a drift of up to 60 ppm, set right (sd 0.3 s) at each TimeSynchronization from the workstation."""
    big = rng.random() < 0.25
    e0 = float(rng.choice([-1, 1]) * _u(rng, 10, 90)) if big else float(rng.normal(0, _u(rng, 0.5, 5)))
    drift = _u(rng, -60e-6, 60e-6)
    return SimpleNamespace(starts=np.concatenate([[0.0], syncs]),
                           base=np.concatenate([[e0], rng.normal(0, 0.3, len(syncs))]), drift=drift)


def _clock_err(cl, t):
    """The clock ``cl``'s error (s) at true times ``t``."""
    j = np.searchsorted(cl.starts, t, side="right") - 1
    return cl.base[j] + cl.drift * (t - cl.starts[j])


def _path_config(rng, n: int) -> SimpleNamespace:
    """The BACnet side of a run (one draw per run, a device per node)."""
    T = n * STEP + 180.0
    p = SimpleNamespace(T=T, counts={k: 0 for k in PATH_KEYS})
    p.U = rng.uniform(10, 30, 4)  # each device's update period (s)
    p.inc = np.full(4, 0.0 if rng.random() < 0.4 else hc.log_uniform(rng, 0.5, 10.0))  # COV_Increment (images)
    p.confirmed, p.dedup, p.device_time = rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.4
    p.apdu, p.n_retry = _u(rng, 3, 10), int(rng.integers(2, 4))
    p.lifetime = _u(rng, 120, 900)
    p.renew = p.lifetime * _u(rng, 0.4, 0.8)
    p.renew_phase = _u(rng, 0, p.renew)
    p.iam = rng.random() < 0.5  # resubscribes on the device's I-Am after its restart
    p.grace, p.poll_after = _u(rng, 5, 30), _u(rng, 45, 120)
    p.p0 = hc.log_uniform(rng, 5e-4, 5e-3)
    p.bursts = _windows(rng, T, _u(rng, 0.5, 3), 60, 480)
    p.burst_loss = _u(rng, 0.2, 0.7)
    p.foreign = rng.random() < 0.5  # the monitor is a foreign device behind a BBMD on another subnet
    p.outages = np.zeros((0, 2))
    if p.foreign:
        ttl = _u(rng, 60, 600)
        out = _windows(rng, T, _u(rng, 0.2, 1.0), 10, 120)
        ph = _u(rng, 0, ttl / 2)
        rereg = [ph + np.ceil((b - ph) / (ttl / 2)) * (ttl / 2) for a, b in out]  # the next re-registration
        p.outages = np.column_stack([out[:, 0], rereg]) if len(out) else out
    p.counts["bbmd_outages"] = len(p.outages)
    p.restart_rate, p.full_p = _u(rng, 0.2, 1.5), _u(rng, 0.15, 0.4)
    syncs = np.arange(_u(rng, 3600, 28800), T, _u(rng, 3600, 28800)) if rng.random() < 0.5 else np.zeros(0)
    p.counts["clock_syncs"] = len(syncs)
    p.clocks = [_clock(rng, syncs) for _ in range(4)]
    return p


def _loss(p, t) -> np.ndarray:
    """A datagram's loss probability at times ``t``: the base rate, a congestion burst's, 1 in a BBMD outage."""
    q = np.where(_inside(t, p.bursts), p.burst_loss, p.p0)
    return np.where(_inside(t, p.outages), 1.0, q)


def _delay(rng, m: int) -> np.ndarray:
    return np.minimum(0.02 * np.exp(rng.normal(0, 0.8, m)), 0.5)


def _device(rng, p, j: int, u0: np.ndarray) -> SimpleNamespace:
    """Device ``j``: its updates (times ``tk``, counts since ``sk``), restarts and subscriptions, the copies the
    monitor receives (update index, receipt time, stamp) from notifications, renewals' initial values and polls.
    ``u0(tk, sk)`` gives the healthy counts (the fates are the healthy run's)."""
    c = p.counts
    T, U = p.T, p.U[j]
    tk = _u(rng, 0, U) + U * np.arange(int(T / U) + 1)
    down = _windows(rng, T, p.restart_rate, 5, 60)
    tk = tk[~_inside(tk, down) & (tk < T)]
    prev = np.concatenate([[0.0], tk[:-1]])
    ends = down[:, 1] if len(down) else np.zeros(0)
    idx = np.searchsorted(ends, tk, side="right") - 1
    le = np.where(idx >= 0, ends[np.maximum(idx, 0)] if len(ends) else 0.0, 0.0)
    sk = np.maximum(prev, le)
    c["restarts"] += len(down)
    c["partial_lost"] += int((le > prev).sum())
    c["updates"] += len(tk)
    u = u0(tk, sk)
    # subscription lapses: from a restart until the I-Am resubscription or the next renewal; a full table refuses it
    grid = p.renew_phase + p.renew * np.arange(int(T / p.renew) + 1)
    lapses, iam_subs = [], []
    for a, b in down:
        full = b + _u(rng, 180, 1800) if rng.random() < p.full_p else b
        c["table_full"] += int(full > b)
        t_sub = b + _u(rng, 1, 5) if p.iam and full == b else grid[np.searchsorted(grid, full)] \
            if full < grid[-1] else T
        c["refused"] += int(((grid >= b) & (grid < full)).sum()) + int(p.iam and full > b)
        if t_sub not in grid:
            iam_subs.append(t_sub)
        lapses.append((a, t_sub))
    lapses = np.array(lapses) if lapses else np.zeros((0, 2))
    active_k = ~_inside(tk, lapses)
    ren = np.sort(np.concatenate([grid[~_inside(grid, lapses) & (grid < T)], iam_subs]))
    c["renewals"] += len(ren)
    # the device's COV logic, in time order: a notification when Present_Value moved by COV_Increment or more since
    # the last one sent; a renewal (or resubscription) sends the current value again
    ck, cs, ctype = [], [], []
    last, r = None, 0
    ul, tl, al = u.tolist(), tk.tolist(), active_k.tolist()
    for k in range(len(ul)):
        while r < len(ren) and ren[r] < tl[k]:
            if k > 0:
                ck.append(k - 1), cs.append(float(ren[r]) + 0.05), ctype.append(1)
                last = ul[k - 1]
            r += 1
        if not al[k]:
            c["unsubscribed"] += 1
            continue
        if last is None or (ul[k] != last and abs(ul[k] - last) >= p.inc[j]):
            ck.append(k), cs.append(tl[k]), ctype.append(0)
            last = ul[k]
        else:
            c["suppressed"] += 1
    ck, cs, ctype = np.array(ck, int), np.array(cs), np.array(ctype, int)
    c["initial_copies"] += int((ctype == 1).sum())
    # delivery: unconfirmed notifications are lost with the datagram; confirmed ones are retried every APDU timeout
    # (2-3 retries); a lost acknowledgement makes the device send a delivered one again
    m = len(ck)
    tries = np.arange(p.n_retry + 1)
    lost = rng.random((m, len(tries))) < _loss(p, cs[:, None] + p.apdu * tries[None, :])
    if not p.confirmed:
        lost[:, 1:] = True
    ok = ~lost.all(1)
    first = np.argmin(lost, 1)
    c["lost"] += int(first[ok].sum() + (~ok).sum() * len(tries)) if p.confirmed else int(lost[:, 0].sum())
    c["retries"] += int(first[ok].sum() if p.confirmed else 0)
    c["dropped"] += int((~ok).sum())
    rx = cs + p.apdu * first + _delay(rng, m)
    ack_lost = p.confirmed & ok & (first < p.n_retry) & (rng.random(m) < _loss(p, rx))
    rep = ack_lost & (rng.random(m) >= _loss(p, rx + p.apdu))
    c["ack_repeats"] += int(rep.sum())
    k_all = np.concatenate([ck[ok], ck[rep]])
    rx_all = np.concatenate([rx[ok], rx[rep] + p.apdu])
    st_all = np.concatenate([cs[ok], cs[rep]])
    ty_all = np.concatenate([ctype[ok], ctype[rep]])
    # polls: ReadProperty of Present_Value when nothing came for poll_after s, and again every poll_after s
    o = np.argsort(rx_all, kind="stable")
    rxs = np.concatenate([[0.0], rx_all[o], [T]])
    polls = [g0 + p.poll_after * np.arange(1, int((g1 - g0) / p.poll_after) + 1)
             for g0, g1 in zip(rxs[:-1], rxs[1:]) if g1 - g0 > p.poll_after]
    pt = np.concatenate(polls) if polls else np.zeros(0)
    pt = pt[pt < T]
    pk = np.searchsorted(tk, pt, side="right") - 1
    ans = (pk >= 0) & ~_inside(pt, down) & (rng.random(len(pt)) >= np.minimum(1.0, 2 * _loss(p, pt)))
    c["polls"] += len(pt)
    c["polls_unanswered"] += int((~ans).sum())
    k_all = np.concatenate([k_all, pk[ans]])
    rx_all = np.concatenate([rx_all, pt[ans] + _delay(rng, int(ans.sum()))])
    st_all = np.concatenate([st_all, pt[ans]])
    ty_all = np.concatenate([ty_all, np.full(int(ans.sum()), 2)])
    # the monitor: a copy repeating the previous copy's update is dropped (dedup monitors) or counted again
    o = np.argsort(rx_all, kind="stable")
    k_all, rx_all, st_all, ty_all = k_all[o], rx_all[o], st_all[o], ty_all[o]
    rep = np.concatenate([[False], k_all[1:] == k_all[:-1]])
    c["dedup_dropped" if p.dedup else "doubled"] += int(rep.sum())
    if p.dedup:
        k_all, rx_all, st_all, ty_all = k_all[~rep], rx_all[~rep], st_all[~rep], ty_all[~rep]
    # binning: by the device's own time (where it sends one: not on polls) or by receipt; a copy arriving after its
    # minute closed (its end plus the grace) is added to the minute open at its receipt
    bt = np.where(p.device_time & (ty_all < 2), st_all + _clock_err(p.clocks[j], st_all), rx_all)
    b = np.floor(bt / STEP)
    late = rx_all > (b + 1) * STEP + p.grace
    b = np.where(late, np.floor(rx_all / STEP), b).astype(int)
    c["late_rebinned"] += int(late.sum())
    c["other_minute"] += int((b != np.floor(tk[k_all] / STEP)).sum())
    ik, is_ = (np.minimum((x // TICK).astype(int), int(T // TICK)) for x in (tk, sk))
    keep = (b >= 0) & (b < int(T // STEP) - 2)
    return SimpleNamespace(tk=tk, sk=sk, k=k_all, b=b, copies=np.bincount(k_all, minlength=len(tk)), ik=ik,
                           fk=tk / TICK - ik, is_=is_, fs=sk / TICK - is_, kk=k_all[keep], bk=b[keep])


# ---------------------------------------------------------------------------------------------------- reads


def _cum_at(C: np.ndarray, x: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Images counted by time ``t`` (the tick's images spread evenly over it)."""
    i = np.clip((t // TICK).astype(int), 0, len(x) - 1)
    return C[i] + np.clip(t / TICK - i, 0, 1) * x[i]


def _node_share(run, J: np.ndarray, j: int) -> np.ndarray:
    return np.where(j < run.nodes, J / run.nodes, 0.0)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s) for the job's images per tick ``J``: linear in ``J``."""
    h = np.zeros(run.n)
    for j, d in enumerate(run.devices):
        x = _node_share(run, J, j)
        C = np.concatenate([[0.0], np.cumsum(x)])
        u = C[d.ik] + d.fk * x[d.ik] - C[d.is_] - d.fs * x[d.is_]
        h += np.bincount(d.bk, weights=u[d.kk], minlength=run.n)[:run.n]
    return h / STEP


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _timeline(rng, n, setting)
    run.n, run.setting = n, setting
    run.J, run.nodes = _rate(rng, run)
    run.nt = len(run.J)
    run.path = _path_config(rng, n)
    run.devices = []
    for j in range(int(run.nodes.max())):
        x = _node_share(run, run.J, j)
        C = np.concatenate([[0.0], np.cumsum(x)])
        run.devices.append(_device(rng, run.path, j, lambda tk, sk: _cum_at(C, x, tk) - _cum_at(C, x, sk)))
    healthy = _reads(run, run.J)
    # paused: a minute (or its neighbour) touching a pause or the first half of the ramp after it, or reading nothing
    marks = []
    ramps = {seg[4]: seg[6] for seg in run.segs}
    for a, b, kind in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil((b + 0.5 * ramps.get(b, 0.0)) / STEP)) + 1
        if s < n:
            marks.append((max(s, 0), min(e, n)))
    marks += [(int(i), int(i) + 1) for i in np.nonzero(healthy <= 0)[0]]
    spans = []
    for s, e in sorted(marks):
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """The share of a tick's images a regression loses (per 5-s tick, 0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # an augmentation worker pool lost, not respawned
        return np.minimum(1.0, (s + 1) / _u(rng, 1, 6))
    if kind == "leak":  # the crop cache fragmenting host memory, into swap
        return np.minimum(1.0, s / max(ramp, 1)) ** _u(rng, 0.5, 2.0)
    edges = hc.twostate(rng, 0.0, float(length), _u(rng, 40, 240), _u(rng, 100, 400))  # one node throttling
    w = np.full(length, _u(rng, 0.05, 0.25))
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None after 80 draws. A
    share ``a w`` of each tick's images is lost from its onset, carried through the same copies and reads; ``a``
    is set so that the reads lose a drawn target (a leak's over its plateau), refused above 1."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(np.ceil(t0 / TICK))
        i1 = run.nt if to_end else stop * K
        L = np.zeros(run.nt)
        L[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        R = _reads(run, L)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12,
                                                                                                             0.38))
        c0, c1 = (onset + int(0.9 * ramp) if kind == "leak" else onset), (n if to_end else stop)
        hs, rs = healthy[c0:c1][live[c0:c1]].sum(), R[c0:c1][live[c0:c1]].sum()
        if hs <= 0 or rs <= 0 or target * hs / rs > 1:
            continue
        m = target * hs / rs * R
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(t0 // STEP) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout220(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout220_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT220_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout220, seeds, n, pauses)
