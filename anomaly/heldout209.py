"""The two-hundred-and-ninth held-out throughput family: a cork stopper grading model's training images/s (a network
grading natural cork stoppers in visual classes by their lenticels, cracks and worm galleries from images of the
stopper's body and tops; images cropped and augmented on CPU workers, the rare top classes oversampled; an evaluation
on a held-out batch's stoppers now and then) on 1, 2 or 4 nodes, read through MTConnect: each node's adapter sends its
count (its clock's time, its images since its last report) every 10-30 s over SHDR to an MTConnect agent that keeps
the observations in a ring buffer with sequence numbers, and a monitor's client polls the agent's ``sample`` once a
minute from the next sequence and sums the counts per minute of the observation's time or of the poll.

Heads (the first 3 lines of every ``anomaly/heldout*.py``, 612 lines, ``grep -ic`` on ``/tmp/heldout209/heads.txt``):
mtconnect, shdr, cork, stopper, lenticel, worm, ring buffer, instanceid, machine tool: 0 each; "adapter" 2 (collectd's
and a prometheus-adapter / taosAdapter: other systems' adapters), "heartbeat" 1 (an RRD heartbeat), "factory" 1 (a
solar-module EL line), "grading" 4 (an IVF embryo, a sawlog, hull damage: other grading jobs), "agent" 14,
"sequence" 22, "images/s" 27, "oversampl" 15 (common words; the job and the path are new). Job and path named by the
lead.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read (but ``git log --oneline main..HEAD``), and no detector run
on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 313-408, cut from one long
print, printed again as lines 305-410 cut to 160 characters), ``tests/trace_checks.py`` (all), ``anomaly/traces.py``
lines 1-80, ``tests/test_architecture.py`` lines 1-110; the heads through ``grep -ic``, and the matching heads of
"adapter", "heartbeat", "factory" (cut to 200 characters) and "grading" (160) printed to check they were not this job
or path. Slips: an ``ls`` and a ``grep -n`` for ``anomaly/heldout208.py`` (for its seeds; it is not on main: nothing
was read); none else.

Public sources read (excerpts through the search tool): MTCUP's and the cppagent wiki's "Agent-Adapter Connectivity" /
"Reference Agent Ingress Protocols" and "SHDR 2.0" pages (a line ``timestamp|name|value``; the timestamp optional, UTC,
the agent's own arrival time where it is missing; each pair its own sequence number); mtconnect/docs PR #1 (adapter to
agent to client; the agent keeps a circular buffer, serves ``probe``, ``current`` and ``sample``); cppagent issue #39
(``sample`` ``from`` a sequence gone from a full buffer answers OUT_OF_RANGE, a client chasing the first sequence);
cppagent issues #155 ("Did not receive heartbeat for over" twice the timeout: the agent drops and reconnects), #347 and
PR #351 (``* PONG 10000`` hard-coded by many adapters), #460 (a configuration with ``ReconnectInterval``, ``BufferSize
= 17``, ``FilterDuplicates``, ``IgnoreTimestamps``; a dropped SHDR adapter's items set UNAVAILABLE), #20 (a warm
restart revs the instance id, history not kept), PR #612 (duplicated observations when a stream re-establishes its next
sequence); TrakHound MTConnect.NET PR #170 (``instanceId`` is how a client detects a flushed buffer after a restart)
and issue #70 (PING/PONG reconnect loops); the MTConnect.NET-SHDR package page (adapters sending changed values, on an
interval or queued). Not read (assumed, unchecked): ``ReconnectInterval``'s default (here 1-10 s); that an adapter sends
its current values again on a new connection (here in 60 % of runs); FilterDuplicates' rule (here: a count equal to
the item's last stored one is dropped, an UNAVAILABLE between lets it through); what a client does on a new
``instanceId`` (here: reads on from the new buffer, the old one's unread observations lost); a factory's observation
rate, buffer and ``count`` sizes. Nothing read on the job (cork grading was not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.82-0.95 per doubling); a node's GPUs train
300-2,500 images/s (log-uniform), its CPU workers (crops, augmentation) feed 1.05-2.2 times that; a step waits for the
slower (a soft maximum of the costs). Jitter per 5-s tick: white noise of the log (sd 1.5-4 %) with JPEG-decode
hiccups (0.4 % of ticks at 50-85 %); an epoch factor (each pass over the oversampled set lasts 6-25 min of training, sd
1-3 %, its first 20-60 s at 85-95 % while the loader's workers respawn); shared-host contention (1-5 a day, 3-20 min
at 92-97 %); a slow OU (sd 1-2.5 %, 30-180 min). Pauses (short / long): start-up 4-12 / 20-50 min, then a ramp from
30-60 % over 1-4 min; an evaluation every 25-80 min of training (each 0.7-1.3 times the run's mean), 1.5-5 / 8-22
min, every 3rd or 4th followed by a checkpoint 20-90 s / 2-5 min; crashes (exponential, mean 10-40 h): down 2-5 /
8-20 min, then a start-up of 3-8 / 12-30 and a ramp; 0-3 relaunches at 15-85 % of the run, an hour apart: stopped 1-3
/ 5-12 min and queued 1-6, then a start-up and its ramp, onto another node count (1 in 3) or another crop shape
(-1 .. 2 steps, 1.3-1.8 dearer on the GPUs and 1.1-1.4 on the CPUs a step), redrawn until the level moves 15 % (1/3
to 3 times).

The path (assumed): a node's adapter is a thread of the trainer; it reports every ``R`` s (10-25 per run, plus 0-5 per
node, plus 0-0.8 per report) its images since its last report, stamped by its node's clock (offset sd 0.2-2 s; in
25 % of runs one node drifts 10-60 ppm and chrony steps it back 0.5-3 times a day; in 10 % one node is 20-90 s off);
a crash loses the interval under way, a relaunch's graceful stop reports it. Its thread stalls 1-8 times a day (6-45
s): reports due then go out at the stall's end as one; a stall of 20 s or more (twice the 10-s heartbeat) makes the
agent drop the adapter and reconnect 1-10 s after it ends. The agent restarts 0.2-1.2 times a day (down 10-120 s, a
new ``instanceId``); while an adapter is disconnected, in half the runs it keeps counting (the next report carries the
images), in the others the reports are lost; in 60 % of runs it sends its last count again on reconnection (counted
twice). FilterDuplicates in half the runs, IgnoreTimestamps (the agent's arrival time stamps) in 30 %. The agent's
buffer holds 2^15-2^17 observations of the factory's machines (400-3,000 a minute, sd 15 % a minute, 1.5-2.5 times
for 10-40 min at each 8-h shift's start); the client polls once a minute (at a drawn second, 0-1.5 s late) with a
``count`` 1.5-4 times the mean rate; a poll fails in the client's blips (3-12 a day, 1-8 min) and while the agent is
down; a client further behind than the buffer loses the overwritten observations, one that sees a new ``instanceId``
loses what it had not read. Half the monitors sum per minute of the poll, the others per minute of the observation's
stamp, closing a minute at the first poll 60-180 s after its end (a later read is lost). A point is the minute's
counts over 60 s. The reads are linear in the images; the observations' fates are the healthy run's.

A point is paused where the reads of the run without jitter (a ramp's first half counted as paused) fall 3 % under
those of the run without pauses, or where that run reads nothing (a minute inside a pause that reads images from
before it, late, is live); spans under 3 points apart merged. A listed change
is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each tick's images lost, carried
through the same observations and reads): ``drop`` (an augmentation worker killed: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-8 ticks), ``straggler`` (a node's GPUs throttling in hot bursts that the others wait for: 1 for a mean of
20-150 ticks, calm for a mean of 60-400 at 0.05-0.25), ``leak`` (the crop cache growing into swap: ``w = (s / ramp) **
p``, ``p`` 0.7-2, then held); onsets 30 % at a pause's end, a drawn target loss over the event's live points (8-33 %,
10-30 %, 12-38 %), ``a`` set from the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout209_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    9          10    0.095-0.325  22              1-63 (1615, 1 >60)
long      30      9     11         10    0.085-0.322  29              1-78 (1369, 9 >60)

Planned changes listed: short 17, long 13 (of 17 and 13 relaunches); crashes 50 and 55. The path over each set (counts):
short: reports reaching the agent 458,722, adapter stalls 425, heartbeat drops 313, agent restarts 44, reports lost
while disconnected 572, reports carried into the next 134, counts re-sent on reconnection 148, duplicates suppressed
231, client blips 364, observations overwritten in the ring 0, flushed by a restart 161, read after their minute closed
3,836, intervals lost in a crash 115, clock steps 13, observations in another minute than their report's 134,850,
minutes reading nothing 2,071; long: 569,921, 474, 341, 41, 155, 487, 252, 338, 417, 41, 172, 2,970, 129, 24, 112,040,
2,484. The reads' sum over the live points against the job's images: 0.990-1.034 per seed (short), 0.991-1.054 (long);
the live points' minute-to-minute change (median ``|d log|`` per seed) 7.5-38.8 % (short), 3.5-36.8 % (long), its 99th
percentile 33-91 % (short), 27-71 % (long): I take most of it to be the path's re-binning (not measured apart; a minute
sums 2 to 6 reports of one node, so one node's minute moves by a report, a sixth to a half: 1-node runs 3.5-38.8 %,
4-node runs 6.2-19.2 %); the live median level 133-3,782 images/s (short), 383-6,878 (long). Before the first measure:
none. Changes of the laws after it: none (the large minute-to-minute change is the summing of whole reports per minute
that the path defines; it was kept, not tuned). Fixes after it, no law changed: the counter of minutes reading nothing
was never set; the tests' span bounds; speed (the agent's sequence per poll and the adapters' rows built as arrays: the
traces unchanged, the pinned sum and the counts rows the same). The tests check the laws on the first 4 seeds at 3,000
points and the path on the first 6 seeds of each setting at 6,000 points (``SPANS``: at most 70 points "short", 100
"long"); the whole test file takes 2.1-6.0 s on one core (``OMP_NUM_THREADS=1 taskset -c 0``, four runs).

Size: about 590 lines: one family's job, path (adapters, the agent's buffer, the client) and regressions, and the
long docstring the brief asks for, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT209_SEEDS = tuple(range(2092000, 2092012))
CODE = 209
KIND_P = (0.35, 0.35, 0.30)
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # a multiple of 60
DAY = 86400.0
SPANS = {"short": (1, 70), "long": (1, 100)}  # the tests' bounds on a pause span (points)
# (lo, hi) minutes per setting: start-up, evaluation, checkpoint, crash down, restart start-up, relaunch stop
PAUSE_MIN = {"short": {"startup": (4, 12), "eval": (1.5, 5), "ckpt": (0.33, 1.5), "down": (2, 5), "restart": (3, 8),
                       "stop": (1, 3)},
             "long": {"startup": (20, 50), "eval": (8, 22), "ckpt": (2, 5), "down": (8, 20), "restart": (12, 30),
                      "stop": (5, 12)}}
PATH_KEYS = ("reports", "stalls", "heartbeat_drops", "agent_restarts", "lost_disconnected", "carried", "resent",
             "dup_suppressed", "client_blips", "ring_lost", "flushed_lost", "late_lost", "crash_lost", "clock_steps",
             "moved", "unread_minutes")


def _uni(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _draw_cfg(rng) -> dict:
    """The job: nodes, a node's GPU and CPU (crop and augmentation) rates, scaling, the crop stage's costs."""
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.40, 0.25]))
    gpu = hc.log_uniform(rng, 300, 2500)
    return {"nodes": nodes, "gpu": gpu, "cpu": gpu * rng.uniform(1.05, 2.2), "eff": rng.uniform(0.82, 0.95),
            "crop_g": rng.uniform(1.3, 1.8), "crop_c": rng.uniform(1.1, 1.4)}


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the slower of GPU and CPU (soft maximum of the costs), times nodes and scaling."""
    g = cfg["gpu"] / cfg["crop_g"] ** st["crop"]
    c = cfg["cpu"] / cfg["crop_c"] ** st["crop"]
    per = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (1 in 3) or another crop shape, redrawn until the level moves 15 %."""
    for _ in range(200):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["crop"] = int(rng.choice([x for x in (-1, 0, 1, 2) if x != st["crop"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) <= np.log(3):
            return new
    return {**st, "nodes": 4 if st["nodes"] < 4 else 1}


def _schedule(rng, n: int, setting: str):
    """The job's timeline (true seconds from 0): pauses, lives of the trainer process, stages and images per tick."""
    pm = PAUSE_MIN[setting]
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = _draw_cfg(rng)
    st = {"nodes": cfg["nodes"], "crop": 0}
    k_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_rel)) * n * STEP:
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    eval_mean = rng.uniform(25, 80) * 60
    ck_every = int(rng.choice([3, 4]))
    crash_mean = rng.uniform(10, 40) * 3600
    ramp_lo = rng.uniform(0.3, 0.6)
    pauses_t, lives, known_t, ramps = [], [], [], []
    lvl = np.zeros(nt)
    nodes_tick = np.full(nt, float(st["nodes"]))
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}

    def start(t, key):
        d = _uni(rng, pm[key]) * 60
        pauses_t.append((t, t + d, "startup"))
        rp = rng.uniform(1, 4) * 60
        ramps.append((t + d, t + d + rp))
        return t + d

    life0 = 0.0
    t = start(0.0, "startup")
    next_eval = t + eval_mean * rng.uniform(0.7, 1.3)
    next_crash = t + rng.exponential(crash_mean)
    ri, n_eval = 0, 0
    while t < T:
        cand = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf, T]
        which = int(np.argmin(cand))
        t1 = max(cand[which], t)
        i0, i1 = int(t // TICK), min(nt, int(np.ceil(t1 / TICK)))
        lvl[i0:i1] = _level(cfg, st)
        nodes_tick[i0:i1] = st["nodes"]
        t = t1
        if which == 3:
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            d = _uni(rng, pm["eval"]) * 60
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = _uni(rng, pm["ckpt"]) * 60
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + eval_mean * rng.uniform(0.7, 1.3)
            continue
        lives.append((life0, t, which == 2, st["nodes"]))
        if which == 1:
            counts["crashes"] += 1
            d = _uni(rng, pm["down"]) * 60
            pauses_t.append((t, t + d, "crash"))
            life0 = t + d
            t = start(t + d, "restart")
        else:
            counts["relaunches"] += 1
            d = (_uni(rng, pm["stop"]) + rng.uniform(1, 6)) * 60
            pauses_t.append((t, t + d, "relaunch"))
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            life0 = t + d
            t = start(t + d, "restart")
            known_t.append(t)
            ri += 1
        while ri < len(rel) and rel[ri] < t + 600:
            ri += 1
        next_crash = t + rng.exponential(crash_mean)
        next_eval = max(next_eval, t + 300)
    lives.append((life0, T, True, st["nodes"]))
    on = np.full(nt, TICK)
    edges = np.arange(nt + 1) * TICK
    for a, b, _ in pauses_t:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        on[i0:i1] -= np.clip(np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1]), 0, TICK)
    on = np.maximum(on, 0.0)
    mult = _jitter(rng, on, nt)
    for a, b in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        x = (np.arange(i0, i1) * TICK - a) / (b - a)
        mult[i0:i1] *= ramp_lo + (1 - ramp_lo) * np.clip(x, 0, 1)
    J = lvl * mult * on
    base = lvl * on  # the run without its ramps and jitter (used to find the points a pause touches)
    idx = np.maximum.accumulate(np.where(lvl > 0, np.arange(nt), 0))
    full = np.where(lvl[idx] > 0, lvl[idx], lvl[lvl > 0][0]) * TICK
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, J=J, base=base, full=full, on=on, pauses_t=pauses_t,
                           ramps=ramps, lives=lives, known_t=known_t, nodes_tick=nodes_tick, counts=counts)


def _jitter(rng, on: np.ndarray, nt: int) -> np.ndarray:
    """The job's own jitter per tick: white noise of the log (sd 1.5-4 %) with rare decode hiccups, an epoch factor
    (each pass over the oversampled set 6-25 min of training, sd 1-3 %, its first 20-60 s at 85-95 % while the
    loader's workers respawn), shared-host contention (1-5 a day, 3-20 min at 92-97 %) and a slow OU drift."""
    x = rng.normal(0, rng.uniform(0.015, 0.04), nt)
    hic = rng.random(nt) < 0.004
    x[hic] += np.log(rng.uniform(0.5, 0.85, hic.sum()))
    ct = np.cumsum(on)
    E = rng.uniform(6, 25) * 60
    m = int(ct[-1] / (0.9 * E)) + 2
    ends = np.cumsum(E * rng.uniform(0.9, 1.1, m))
    ep = np.searchsorted(ends, ct, side="right")
    fac = rng.normal(0, rng.uniform(0.01, 0.03), m + 1)
    since = ct - np.concatenate([[0.0], ends])[ep]
    dip_len, dip = rng.uniform(20, 60), np.log(rng.uniform(0.85, 0.95))
    x += fac[ep] + np.where(since < dip_len, dip, 0.0)
    k = rng.poisson(rng.uniform(1, 5) * nt * TICK / DAY)
    for s in rng.uniform(0, nt, k).astype(int):
        x[s:s + int(rng.uniform(3, 20) * 60 / TICK)] += np.log(rng.uniform(0.92, 0.97))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.025), rng.uniform(30, 180) * 60)
    x += ou[(np.arange(nt) * TICK // 60).astype(int)]
    return np.exp(x)


def _windows(rng, per_day: float, dur, T: float) -> np.ndarray:
    """Poisson windows ``(start, end)`` over ``[0, T)``, ``per_day`` a day, ``dur`` (lo, hi) s long."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.stack([s, s + rng.uniform(*dur, k)], axis=1) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[a, b)`` (sorted by start, possibly overlapping)."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _path(rng, run, n: int):
    """The collection path's fates: one row per observation the adapters sent (its interval of a node's images, its
    arrival and stamp), each read into a point or lost. Returns the rows' arrays and the path's counts."""
    T = run.T
    p = SimpleNamespace(carry=rng.random() < 0.5, resend=rng.random() < 0.6, dedup=rng.random() < 0.5,
                        ignore_ts=rng.random() < 0.3, by_read=rng.random() < 0.5, R0=rng.uniform(10, 25),
                        G=rng.uniform(60, 180), phase=rng.uniform(0, 60))
    c = dict.fromkeys(PATH_KEYS, 0)
    agent_down = _windows(rng, rng.uniform(0.2, 1.2), (10, 120), T)
    c["agent_restarts"] = len(agent_down)
    # node clocks: a constant offset each; a drifting node (25 %) stepped back by chrony; a node far off (10 %)
    nmax = 4
    off0 = rng.normal(0, rng.uniform(0.2, 2.0), nmax)
    drift_node = int(rng.integers(nmax)) if rng.random() < 0.25 else -1
    ppm = rng.uniform(10, 60) * 1e-6 * rng.choice([-1, 1])
    steps = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
    if rng.random() < 0.10:
        off0[int(rng.integers(nmax))] += rng.uniform(20, 90) * rng.choice([-1, 1])
    agent_off = rng.normal(0, 0.3)

    def clock(k, t):
        o = off0[k] + np.zeros_like(t)
        if k == drift_node:
            last = np.concatenate([[0.0], steps])[np.searchsorted(steps, t, side="right")]
            o = o + ppm * (t - last)
        return t + o

    if drift_node >= 0:
        c["clock_steps"] = len(steps)
    rows = []  # (node, a, b, gen, kind) kind 0 genuine, 1 resent
    for s0, s1, graceful, nodes in run.lives:
        for k in range(nodes):
            R = p.R0 + rng.uniform(0, 5)
            m = int((s1 - s0) / R) + 2
            gen = s0 + np.cumsum(R + rng.uniform(0, 0.8, m))
            gen = gen[gen < s1]
            if graceful and s1 < T:
                gen = np.append(gen, s1)
            elif not graceful:
                c["crash_lost"] += 1
            stalls = _windows(rng, rng.uniform(1, 8), (6, 45), s1 - s0) + s0
            stalls = stalls[stalls[:, 1] < s1] if len(stalls) else stalls
            disc = [(float(a), float(b)) for a, b in agent_down]
            for a, b in stalls:
                hit = (gen >= a) & (gen < b)
                c["stalls"] += int(hit.any())
                gen = np.sort(np.append(gen[~hit], b)) if hit.any() else gen
                if b - a >= 20:  # no sign of life for twice the 10-s heartbeat: the agent drops the adapter
                    c["heartbeat_drops"] += 1
                    disc.append((a + 20, b + rng.uniform(1, 10)))
            disc = np.array(sorted(disc)).reshape(-1, 2)
            cut = _inside(gen, disc)
            if p.carry:
                c["carried"] += int(cut.sum())
                gen, lost = gen[~cut], np.zeros((~cut).sum(), bool)
            else:
                lost = cut
                c["lost_disconnected"] += int(cut.sum())
            starts = np.concatenate([[s0], gen[:-1]])
            rows.append(np.stack([np.full(len(gen), k), starts, gen, gen, np.where(lost, -1, 0)], axis=1))
            if p.resend:  # on reconnection the adapter sends its current value again
                for a, b in disc:
                    if not s0 <= b < s1:
                        continue
                    j = np.searchsorted(gen, a) - 1
                    while j >= 0 and lost[j]:
                        j -= 1
                    if j >= 0:
                        rows.append(np.array([[k, starts[j], gen[j], b, 1]]))
                        c["resent"] += 1
    r = np.concatenate(rows)
    node, ia, ib, gen, kind = r[:, 0].astype(int), r[:, 1], r[:, 2], r[:, 3], r[:, 4].astype(int)
    c["reports"] = int((kind == 0).sum())
    alive = kind >= 0
    stamp = np.empty(len(gen))
    for k in range(nmax):
        sel = node == k
        stamp[sel] = clock(k, gen[sel])
    if p.ignore_ts:
        stamp = gen + 0.05 + agent_off
    # FilterDuplicates: a genuine count equal to the node's previous one is not stored
    if p.dedup:
        cnt = np.round(_counts(run, run.J, ia, ib))
        order = np.lexsort((gen, node))
        prev = np.roll(order, 1)
        same = (node[order] == node[prev]) & (cnt[order] == cnt[prev]) & (cnt[order] > 0)
        same &= (kind[order] == 0) & alive[prev]
        same[0] = False
        c["dup_suppressed"] = int(same.sum())
        alive[order[same]] = False
    # the agent's sequence: the factory's observations per minute, bursts at the shifts' starts
    M = int(T / STEP) + 3
    F0 = hc.log_uniform(rng, 400, 3000)
    F = F0 * np.exp(rng.normal(0, 0.15, M))
    shift0 = rng.uniform(0, 8 * 3600)
    for s in np.arange(shift0, T, 8 * 3600):
        i = int(s // STEP)
        F[i:i + int(rng.uniform(10, 40))] *= rng.uniform(1.5, 2.5)
    cumF = np.concatenate([[0.0], np.cumsum(F)])
    BUF = 2.0 ** int(rng.choice([15, 16, 17]))
    C = np.ceil(F0 * rng.uniform(1.5, 4.0))

    def seq(t):
        i = np.minimum((t // STEP).astype(int), M - 1)
        return cumF[i] + F[i] * (t - i * STEP) / STEP

    blips = _windows(rng, rng.uniform(3, 12), (60, 480), T)
    c["client_blips"] = len(blips)
    polls = np.arange(M - 2) * STEP + p.phase + rng.uniform(0, 1.5, M - 2)
    fail = _inside(polls, np.concatenate([blips, agent_down]).reshape(-1, 2))
    pos, pos_after, lost_rng = 0.0, np.empty(len(polls)), []
    seen_down = 0
    downs = agent_down[:, 0] if len(agent_down) else np.zeros(0)
    nds = np.searchsorted(downs, polls).tolist()
    down_end = seq(agent_down[:, 1]).tolist() if len(agent_down) else []
    heads = seq(polls).tolist()
    for m, bad in enumerate(fail.tolist()):
        if not bad:
            nd = nds[m]
            if nd > seen_down:  # a new instanceId: what was not read is gone, read on from the new buffer
                lost_rng.append((pos, down_end[nd - 1], "flushed_lost"))
                pos = lost_rng[-1][1]
                seen_down = nd
            head = heads[m]
            if head - pos > BUF:
                lost_rng.append((pos, head - BUF, "ring_lost"))
                pos = head - BUF
            pos = min(head, pos + C)
        pos_after[m] = pos
    a_seq = seq(gen + 0.05)
    rp = np.searchsorted(pos_after, a_seq)
    for lo, hi, why in lost_rng:
        hit = (a_seq > lo) & (a_seq <= hi) & alive
        c[why] += int(hit.sum())
        alive &= ~hit
    alive &= rp < len(polls)
    rp = np.minimum(rp, len(polls) - 1)
    if p.by_read:
        pt = rp.copy()
    else:
        pt = np.floor(stamp / STEP).astype(int)
        close = np.ceil(((pt + 1) * STEP + p.G - p.phase) / STEP).astype(int)
        late = alive & (rp > close)
        c["late_lost"] = int(late.sum())
        alive &= ~late
    alive &= (pt >= 0) & (pt < n)
    c["moved"] = int((alive & (pt != np.floor(gen / STEP).astype(int))).sum())
    p.BUF, p.C, p.F0, p.n_down = BUF, C, F0, len(agent_down)
    p.counts = c
    return SimpleNamespace(ia=ia[alive], ib=ib[alive], pt=pt[alive], info=p)


def _counts(run, J: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A node's images over the intervals ``(a, b]`` (s): its share of ``J`` per tick, linear within a tick."""
    share = J / run.nodes_tick
    cum = np.concatenate([[0.0], np.cumsum(share)])
    grid = np.arange(len(cum)) * TICK
    return np.interp(b, grid, cum) - np.interp(a, grid, cum)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) of the images per tick ``J``: linear in ``J``."""
    w = _counts(run, J, run.rd.ia, run.rd.ib)
    return np.bincount(run.rd.pt, weights=w, minlength=run.n)[:run.n] / STEP


def _spans(run, n: int) -> list[tuple[int, int]]:
    """The pause spans: points whose reads of the run without jitter (a ramp's first half counted as paused) fall 3 %
    under those of the run without pauses, and points that read nothing; spans under 3 points apart merged."""
    base = run.base.copy()
    for a, b in run.ramps:
        base[int(a // TICK):int(np.ceil((a + 0.5 * (b - a)) / TICK))] = 0.0
    rb, rf = _reads(run, base), _reads(run, run.full)
    flag = (rb < 0.97 * rf) | (rf <= 0)
    run.path.counts["unread_minutes"] = int((rf <= 0).sum())
    spans: list = []
    for i in np.nonzero(flag)[0]:
        if spans and i <= spans[-1][1] + 2:
            spans[-1] = (spans[-1][0], int(i) + 1)
        else:
            spans.append((int(i), int(i) + 1))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (the random stream ``[seed, setting, 209]``)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.rd = _path(rng, run, n)
    run.path = run.rd.info
    healthy = _reads(run, run.J)
    spans = _spans(run, n)
    live = hc.live_mask(spans, n)
    live &= healthy > 0
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1), per 5-s tick: ``drop`` (an augmentation worker
    killed: ``min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler`` (a node's GPU throttling in hot bursts that
    the others wait for: 1 for a mean of 20-150 ticks, calm for a mean of 60-400 at 0.05-0.25), ``leak`` (the crop
    cache growing into swap: ``(s / ramp) ** p``, ``p`` 0.7-2, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    calm, on_m, off_m = rng.uniform(0.05, 0.25), rng.uniform(20, 150), rng.uniform(60, 400)
    w, i, hot = np.full(length, calm), 0, True
    while i < length:
        d = int(rng.exponential(on_m if hot else off_m)) + 1
        if hot:
            w[i:i + d] = 1.0
        i, hot = i + d, not hot
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None after 80 draws. Its
    onset is anywhere or (30 %) at a pause's end; its share ``a`` scales ``w`` so that the reads of the lost images
    lose a drawn target (drop 8-33 %, straggler 10-30 %, leak 12-38 %) of the live points from onset to end."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.10, 0.30)}.get(kind,
                                                                                             rng.uniform(0.12, 0.38))
        i0, i1 = onset * K, (run.nt if stop >= n else stop * K)
        lossJ = np.zeros(run.nt)
        lossJ[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        m = _reads(run, lossJ)
        lv = live[onset:stop]
        hs = healthy[onset:stop][lv].sum()
        if hs <= 0 or m[onset:stop][lv].sum() <= 0:
            continue
        a = target * hs / m[onset:stop][lv].sum()
        if a > 1:
            continue
        m *= a
        v = np.maximum(healthy - m, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout209(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout209_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT209_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout209, seeds, n, pauses)
