"""The eighty-ninth held-out throughput family: a radio-frequency signal classifier's training frames/s over SNMP.

A CNN or transformer classifying the modulation and emitter type of short complex-baseband IQ frames (RadioML-style),
trained on SigMF recordings read from a shared store and on synthetic frames whose channel effects (fading, frequency
offset, noise at a drawn SNR) CPU workers simulate on the fly, some runs relaunched into a stage with longer frames,
more classes, a curriculum down to lower SNRs or over-the-air recordings added, on 1-4 GPU nodes; collected through
SNMP and OpenNMS: each node's net-snmp agent runs a ``pass_persist`` script that exposes the trainer's frames-processed
counter (a Counter32 or a Counter64), OpenNMS collectd polls every node over SNMP v2c on its collection interval,
stores the counter as a COUNTER in RRD/JRobin or in Newts, and the watcher's dashboard sums the nodes' rates read back
through OpenNMS's Measurements API. (No other generator's head names SNMP, OpenNMS, RF, IQ or SigMF; generators 23,
37 and 61 also end in RRD files, through collectd, Ganglia and Checkmk.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): OpenNMS's Measurements API page (Meridian 2021-2023,
Horizon 30: ``/measurements/{resourceid}/{attribute}``, ``step`` 300000 ms by default and "actual step may differ",
with RRD the steps of the file's RRAs, a step of 1 for the most accuracy; with Newts the aggregation is done at query
time and the step is held to at least 5 minutes unless ``org.opennms.newts.query.minimum_step`` is lowered;
``aggregation`` AVERAGE); OpenNMS's collector-package pages (a service ``interval="300000"``, ``status``; packages by
filter); an old OpenNMS configuration walk-through (``snmp-config.xml`` ``retry="3" timeout="800"`` and per-range
overrides, v2c definitions); OpenNMS PR #1054 / #1267 (NMS-7106: when sysUpTime shows the agent restarted, collectd
does not persist that collection set, to avoid spikes; the counters' cache was not reset for thresholds); rrdtool's
rrdcreate page (``--step`` 300 s by default, a file filled with UNKNOWN) and beginners' notes (a PDP is unknown when
more than half its step is unknown; on an overflow rrdtool adds 2**32, or 2**64 - 2**32 after it, so a reset 64-bit
counter may pass for a wrap); Alex van den Bogaerdt's note on restarted devices (a rate is the delta over the time
between samples, spread over the step); collectd's data-source page and collectd-plugin's docs (COUNTER assumes a
decrease is an overflow, so a reset gives a huge rate unless a maximum is set; DERIVE with min 0 drops it); the Zenoss,
Centreon, Cacti, Netdata and OpenTSDB threads on counter-reset spikes; the RMON2 ``ZeroBasedCounter32`` text and
RFC 2233's note (a 32-bit counter wraps in minutes at high rates); the snmpd.conf ``pass_persist`` template text (a
persistent process answering for a subtree). Assumed without checking: collectd's interval for these nodes was set to
60 s (the default 300 s would leave a job's pauses inside one point), the RRD step equals it and the heartbeat is
twice the step; the dashboard asks for ``step=1`` (RRD: the native 60-s rows; Newts: the minimum step lowered to 60 s);
an interval longer than the heartbeat is unknown; OpenNMS passes the raw counter to the store and the store makes the
rate (Newts with the same wrap correction as rrdtool, averaging whatever part of a step is known, RRD only where half
of it is); the pass_persist script reads a counter file the trainer rewrites every 5, 10 or 30 s, and in 30 % of runs
keeps an offset in a state file so the exposed counter survives the trainer's restarts (else a restarted trainer's
counter starts again at zero, with sysUpTime unchanged: nothing tells the poller); Counter32 in 45 % of runs; a
``maxval`` on the attribute (5e6 or 2e7 frames/s) in every Counter64 setup and in 60 % of Counter32 ones, a rate over it
unknown; polls of a node at its own phase in the interval plus 0-1.5 s; a poll fails when every attempt (1-3 retries)
times out, with a per-attempt probability of 0.2 % and of 30-95 % in episodes of a slow agent (the pass_persist script
blocked on the shared store; 2-20 min, first within 1-60 h, then every 10-80 h); the poller falls behind (its thread
pool saturated) in episodes of 5-30 min (first within 5-50 h, then every 10-80 h) that delay polls up to 30-300 s and
drain at half a step per step; 40 % of failures are a node's reboot: pollerd marks it down (collection skipped) from
0-60 s after the crash to 30-150 s after it is back, its agent restarts (sysUpTime resets: that first collection is
not persisted), and snmpd is also restarted 0-2 times per node by configuration management; the dashboard sums the
nodes either skipping a node without a value (50 %) or with one expression that is NaN when any node is (50 %); a
NaN row reads 0. Nothing was measured on a real system.

Chosen (the path; one point is one 60-s step of the store, the collection interval, stamped at its end): per node,
each persisted collection gives the counter as the trainer last wrote it; the store's rate per interval between
updates (with rrdtool's wrap correction fixed on the healthy run) is spread over the interval's steps and a step is the
average over its known part; a Counter32's wrap inside one trainer process is read through exactly; a raw counter's
restart reads as a wrap (Counter32: a spike of up to 2**32 frames over the interval, or unknown over ``maxval``;
Counter64: unknown); a node's missed poll spreads the next rate over two steps, two missed polls leave a gap.

The job (my own picture, not checked): a node's GPUs (4 or 8) classify 6,000-30,000 short frames/s each on the first
stage; its CPU workers simulate channels at 0.8-2.5 times that; a node runs at the soft minimum (``hc.smax``) of the
per-frame times; 0.88-0.97 per doubling of the nodes. Stages (a relaunch at 25-80 % of the run, 70 % of runs; 25 % of
those a second one): one or two of longer frames (2 or 4 times the samples), more classes (1.3-2.5 times ``m``; the
GPU's cost ``1 + c (m - 1)``, ``c`` 0.02-0.08), a lower-SNR curriculum (channel simulation 1.15-1.6 times dearer),
over-the-air recordings added (1.1-1.5), other nodes; redrawn until the level moves 10 %. A relaunch: a graceful stop of
1-3 min ("long": 5-12) and a resubmission of 1-5 min. Per 5-s tick exp(N(0, 2-5 %)), a slow OU of the log (sd 1-3 %,
20-120 min), stalls of the channel simulators on 0.05-0.3 % of ticks at 30-70 %. Pauses, log-uniform: a start-up 2-9 min
("long": 15-40) and a ramp from 35-65 % over 2-8 min; a validation after each 20-90 min of training ("long": 30-90;
accuracy per SNR bucket and a confusion matrix), 1-4 min ("long": 10-35), a checkpoint after every 1 or 2, 10-50 s
("long": 1-4 min); failures (exponential, mean 15-60 h, at least 20 min after a start) take the job down 1-5 min
("long": 8-20), then a restart from the last checkpoint of 2-7 min ("long": 10-20) and a ramp from 80-95 % over 1-3 min.
A point is paused when pauses or a ramp's first half fill a sixth of its window (its step and the interval before it) or
when it reads 0; a lone paused point is widened to two; a listed change is the first point after a relaunch's pause
span.

Labelled regressions multiply the job's frames/s by ``1 - a w(t)`` from their onset and are read through the same
polls, unknowns and wrap corrections as the healthy run (so a point loses ``a`` times the read of the lost frames):
``drop`` (a node's GPUs power-capped or NCCL fallen back to TCP; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-5 points),
``straggler`` (one node's recordings read slowly from the shared store: bursts of mean 5-40 points at 1, calm of mean
10-60 at 0.1-0.3), ``leak`` (the simulators' frame queues growing until the host swaps: ``w = (s / ramp) ** p``, ``p``
0.7-1.5, a ramp of 120-900 points, then held). Onsets: 35 % at a pause span's end (0-2 points after), else anywhere in
the slot; ``a`` set for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak, over its plateau) over the
live points, ``a <= 0.8``; an event holds no listed change; kept where ``hc.shown_depth`` allows (80 draws a slot).

Counts over ``heldout89_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    11         8     0.085-0.325  21              2-15 (1285, 0 >60)           3
long      29      8     11         10    0.084-0.290  23              2-62 (896, 2 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 4, long 9 (new stages after relaunches). Paused share of the points: 6.8-8.5 % (short),
27.0-31.2 % (long). The healthy points over the job's true frames per step (live points): 0.9974-1.0001 (short),
0.9976-1.0004 (long). Over the 12 runs of each setting: short / long 190 / 226 failed polls, 56 / 41 collections not
persisted after a sysUpTime reset, 28 / 25 episodes of a poller behind, 17 / 6 node reboots, 20 / 22 known intervals
read with a wrap correction (restart misreads kept under no ``maxval``: spikes; a wrap inside a process needs none);
Counter32 in 6 / 6 runs, no ``maxval`` in 3 / 2, an offset-keeping script in 4 / 4, Newts in 7 / 4, an expression sum in
5 / 6. Building both full sets takes about 1.5 s of CPU on one core.
The test module runs in 1.64 s by pytest (2.27 s wall, 1.72 s user CPU + 0.38 s system; ``OMP_NUM_THREADS=1``, pinned
to one core, on a machine busy with other benchmarks).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout88.py`` lines 1-150 and 550-561 (a ``grep -n`` for its two functions' lines
and a ``wc -l``); ``tests/test_anomaly_heldout88.py`` (all); ``anomaly/heldout_common.py`` (all; lines 1-~313 in a
combined print cut by the tool, then 300-532); ``tests/trace_checks.py`` (all; its tail in that combined print, then
1-130); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; ``/tmp/s47/genheads89.txt``
(all, lines cut at 200 characters, and a ``grep -inE`` of it for "snmp|opennms|radio|iq frame|sigmf|modulation|rrd":
generators 23, 37 and 61 name RRD, none SNMP or OpenNMS); ``wc -l`` of ``heldout_common.py``, ``trace_checks.py`` and
the heads file. Slips: ``git worktree add`` printed main's head commit id and subject (not sought); my first print of
heldout88's end asked for lines 865-963 (past its end: nothing printed) before the ``grep -n`` gave 550 and 559. Nothing
else in the project opened (the counts above were measured by my own scripts, on this generator only).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT89_SEEDS = tuple(range(892000, 892012))
CODE = 89
EPOCH = 1_787_529_600  # 2026-08-24 00:00 UTC
STEP = 60  # the RRD step = the collection interval (60 s for these nodes); one Measurements API row per step
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
HB = 2 * STEP  # the RRD data source's heartbeat
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "valid": {"short": (60, 240), "long": (600, 2100)},
       "ckpt": {"short": (10, 50), "long": (60, 240)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "down": {"short": (60, 300), "long": (480, 1200)}}
EVERY = {"short": (1200, 5400), "long": (1800, 5400)}  # training between validations (s)


def _node_rate(cfg: dict, st: dict) -> float:
    """One node's frames/s: its GPUs (frame length, classes) and its CPU workers' channel simulation and store reads
    (frame length, the SNR curriculum's channels, over-the-air recordings), the slower of the two per frame."""
    base = cfg["gpus"] * cfg["gpu"]
    t_gpu = st["frame"] * (1 + cfg["cls_cost"] * (st["classes"] - 1)) / base
    t_cpu = st["frame"] * st["sim"] * st["ota"] / (base * cfg["cpu"])
    return 1.0 / hc.smax(t_gpu, t_cpu)


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s: the nodes' rates, ``eff`` per doubling of the nodes."""
    n = st["nodes"]
    return n * cfg["eff"] ** np.log2(n) * _node_rate(cfg, st)


def _stage(rng, cfg: dict, st: dict) -> dict:
    """The next stage: one or two of longer frames, more classes, a curriculum to lower SNRs, over-the-air
    recordings added, other nodes; redrawn until the level moves 10 %."""
    for _ in range(200):
        new = dict(st)
        for what in rng.choice(5, size=int(rng.choice([1, 2], p=[0.6, 0.4])), replace=False):
            if what == 0:
                new["frame"] = st["frame"] * rng.choice([2.0, 4.0]) * rng.uniform(0.85, 1.0)
            elif what == 1:
                new["classes"] = st["classes"] * rng.uniform(1.3, 2.5)
            elif what == 2:
                new["sim"] = st["sim"] * rng.uniform(1.15, 1.6)
            elif what == 3:
                new["ota"] = st["ota"] * rng.uniform(1.1, 1.5)
            else:
                new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= 0.1:
            return new
    return new


def _config(rng) -> dict:
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 6000, 30000), "cpu": rng.uniform(0.8, 2.5),
           "cls_cost": rng.uniform(0.02, 0.08), "eff": rng.uniform(0.88, 0.97),
           "width": int(rng.choice([32, 64], p=[0.45, 0.55])), "persist": bool(rng.random() < 0.3),
           "U": int(rng.choice([5, 10, 30])), "store": "rrd" if rng.random() < 0.65 else "newts",
           "dash": "skip" if rng.random() < 0.5 else "expr", "retries": int(rng.choice([1, 2, 3])),
           "fail_mean": rng.uniform(15, 60) * 3600, "jit": rng.uniform(0.02, 0.05), "ou": rng.uniform(0.01, 0.03)}
    cfg["maxval"] = None if cfg["width"] == 32 and rng.random() < 0.4 else float(rng.choice([5e6, 2e7]))
    return cfg


def _episodes(rng, T: float, first: tuple, every: tuple, length: tuple) -> list[tuple[float, float]]:
    """Episodes ``(t0, t1)``: the first within ``first`` s, then every ``every`` s, each ``length`` s long."""
    out, t = [], rng.uniform(*first)
    while t < T:
        d = hc.log_uniform(rng, *length)
        out.append((t, t + d))
        t += d + rng.uniform(*every)
    return out


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its processes (launch, restarts after a failure, relaunches into a new stage), pauses and frames/s
    per tick."""
    T = (n + 2) * STEP
    nt = int(T // TICK)
    cfg = _config(rng)
    st = {"frame": 1.0, "classes": 1.0, "sim": 1.0, "ota": 1.0,
          "nodes": int(rng.choice([1, 2, 3, 4], p=[0.25, 0.3, 0.15, 0.3]))}
    relaunch = []
    if rng.random() < 0.7:
        relaunch.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            relaunch.append(relaunch[0] + rng.uniform(0.1, 0.3) * T)
    ck_every = int(rng.choice([1, 2]))
    pauses, procs, segs, known_t, reboots = [], [], [], [], []
    t, how, nv = 0.0, "launch", 0
    while t < T:
        su = hc.log_uniform(rng, *DUR["startup" if how != "restart" else "restart"][setting])
        ramp = (rng.uniform(0.35, 0.65), rng.uniform(120, 480)) if how != "restart" else \
            (rng.uniform(0.8, 0.95), rng.uniform(60, 180))
        procs.append({"start": t, "st": st, "how": how, "t0": t + su, "ramp": ramp})
        pauses.append((t, t + su, "startup" if how != "restart" else "restart"))
        if how == "relaunch":
            known_t.append(t)
        t += su
        fail_at = t + max(1200.0, rng.exponential(cfg["fail_mean"]))
        if relaunch and relaunch[0] < t + 1200:
            relaunch[0] = t + rng.uniform(1200, 3600)
        rel_at = relaunch[0] if relaunch else np.inf
        while True:
            end = min(t + rng.uniform(*EVERY[setting]), fail_at, rel_at, T)
            segs.append((t, end, len(procs) - 1))
            t = end
            if t >= T:
                break
            if t == fail_at:  # a crash of the trainer (60 %) or of a node, which reboots (40 %)
                d = hc.log_uniform(rng, *DUR["down"][setting])
                if rng.random() < 0.4:
                    reboots.append((int(rng.integers(st["nodes"])), t, t + d))
                pauses.append((t, t + d, "down"))
                t, how = t + d, "restart"
                break
            if t == rel_at:  # a graceful stop, a resubmission and a new stage
                d = hc.log_uniform(rng, *DUR["stop"][setting]) + rng.uniform(60, 300)
                pauses.append((t, t + d, "stop"))
                relaunch.pop(0)
                t, how, st = t + d, "relaunch", _stage(rng, cfg, st)
                break
            nv += 1
            d = hc.log_uniform(rng, *DUR["valid"][setting])  # accuracy per SNR bucket, a confusion matrix
            pauses.append((t, t + d, "valid"))
            t += d
            if nv % ck_every == 0:
                d = hc.log_uniform(rng, *DUR["ckpt"][setting])
                pauses.append((t, t + d, "ckpt"))
                t += d
    J = np.zeros(nt)
    paused = np.ones(nt, bool)
    tt = np.arange(nt) * TICK
    proc_t = np.searchsorted([q["start"] for q in procs], tt, side="right") - 1
    nodes_t = np.array([q["st"]["nodes"] for q in procs])[proc_t]
    for a, b, p in segs:
        q = procs[p]
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(np.floor(b / TICK)))
        if i0 >= i1:
            continue
        x = tt[i0:i1] - q["t0"]
        r0, rd = q["ramp"]
        ramp = np.minimum(1.0, r0 + (1 - r0) * x / rd)
        J[i0:i1] = _level(cfg, q["st"]) * ramp
        paused[i0:i1] = x < 0.5 * rd
    ou = np.repeat(hc.ou_path(rng, T, cfg["ou"], rng.uniform(1200, 7200)), K)[:nt]
    noise = np.exp(rng.normal(0, cfg["jit"], nt) + ou)
    stall = rng.random(nt) < rng.uniform(0.0005, 0.003)  # the CPU channel simulators fall behind
    noise[stall] *= rng.uniform(0.3, 0.7, int(stall.sum()))
    J *= noise
    return SimpleNamespace(n=n, T=T, nt=nt, cfg=cfg, procs=procs, segs=segs, pauses_t=pauses, known_t=known_t,
                           reboots=reboots, J=J, paused_tick=paused, nodes_t=nodes_t, proc_t=proc_t, setting=setting)


def _polls(rng, run) -> SimpleNamespace:
    """OpenNMS collectd's collections of each node: the counter read at each persisted poll (the trainer's file as
    last written before it), or no update (a timeout past the retries, the node marked down, a sysUpTime reset)."""
    cfg, T = run.cfg, run.T
    behind = _episodes(rng, T, (5 * 3600, 50 * 3600), (10 * 3600, 80 * 3600), (300, 1800))
    peaks = [rng.uniform(30, 300) for _ in behind]
    nodes = int(max(q["st"]["nodes"] for q in run.procs))
    ups = {"t": [], "tick": [], "base": [], "proc": [], "node": []}
    n_fail = n_skip = 0
    for k in range(nodes):
        nom = rng.uniform(0, STEP) + STEP * np.arange(int(T // STEP) + 1) + rng.uniform(0, 1.5, int(T // STEP) + 1)
        t = nom.copy()
        for (a, b), D in zip(behind, peaks):  # the poller's thread pool behind: late, then drained at 2x
            x = nom - a
            R = b - a
            d = np.where(x < R, D * x / R, D - 0.5 * (x - R))
            t += np.where((x >= 0) & (d > 0), d, 0.0)
        t = t[t < T]
        ok = np.ones(len(t), bool)
        p_try = np.full(len(t), 0.002)
        for a, b in _episodes(rng, T, (3600, 60 * 3600), (10 * 3600, 80 * 3600), (120, 1200)):
            p_try[(t >= a) & (t < b)] = rng.uniform(0.3, 0.95)  # the agent slow (pass_persist on the store)
        ok &= rng.random(len(t)) >= p_try ** (cfg["retries"] + 1)
        agent = [rng.uniform(0, T) for _ in range(int(rng.integers(0, 3)))]  # snmpd restarted
        for node, a, b in run.reboots:
            if node == k:
                ok &= ~((t >= a + rng.uniform(0, 60)) & (t < b + rng.uniform(30, 150)))  # marked down: skipped
                agent.append(a + rng.uniform(0.3, 0.8) * (b - a))
        n_fail += int((~ok).sum())
        for a in agent:  # sysUpTime went back: that collection is not persisted
            j = np.nonzero(ok & (t > a))[0]
            if len(j):
                ok[j[0]] = False
                n_skip += 1
        t = t[ok]
        tw = np.floor(t / cfg["U"]) * cfg["U"]  # the trainer's last write of its counter file
        tick = np.minimum((tw // TICK).astype(int), run.nt - 1)
        proc = run.proc_t[tick]
        base = np.array([int(np.ceil(q["start"] / TICK)) for q in run.procs])[proc]
        if cfg["persist"]:
            base[:] = 0
        ups["t"].append(t)
        ups["tick"].append(tick)
        ups["base"].append(base)
        ups["proc"].append(proc)
        ups["node"].append(k)
    return SimpleNamespace(nodes=nodes, behind=len(behind), n_fail=n_fail, n_skip=n_skip, **ups)


def _node_frames(run, J: np.ndarray, k: int) -> np.ndarray:
    """Node ``k``'s cumulative frames at the start of each tick (its share of the job's)."""
    f = np.where(k < run.nodes_t, J / run.nodes_t, 0.0) * TICK
    return np.concatenate([[0.0], np.cumsum(f)])


def _intervals(run, J: np.ndarray, k: int):
    """Node ``k``'s counter at its updates (frames since its base) and the deltas between them."""
    pl = run.pl
    C = _node_frames(run, J, k)
    c = C[pl.tick[k]] - C[pl.base[k]]
    return c, np.diff(c), np.diff(pl.t[k])


def _calibrate(run) -> None:
    """Fix the path's reading on the healthy run: each interval's wrap correction (rrdtool's: ``+2**32``, then
    ``+2**64 - 2**32``) and which intervals are unknown (longer than the heartbeat, over ``maxval``)."""
    cfg, run.wrap, run.known = run.cfg, [], []
    for k in range(run.pl.nodes):
        c, dc, gap = _intervals(run, run.J, k)
        v = np.mod(c, 2.0 ** 32) if cfg["width"] == 32 else c
        d = np.diff(v)
        d = np.where(d < 0, d + 2.0 ** 32, d)
        d = np.where(d < 0, d + 2.0 ** 64 - 2.0 ** 32, d)
        wrap = np.where(np.abs(d - dc) < 1.0, 0.0, d - dc)
        rate = (dc + wrap) / gap
        known = (gap <= HB) & (rate < 1e12) & (rate < (cfg["maxval"] or np.inf))
        run.wrap.append(np.where(known, wrap, 0.0))
        run.known.append(known)


def _per_node(run, J: np.ndarray, const: bool = True) -> np.ndarray:
    """Each node's rate per step as the store gives it back (NaN: unknown); linear in ``J`` where ``const`` is
    False (the wrap corrections left out)."""
    n, out = run.n, np.full((run.pl.nodes, run.n), np.nan)
    edges = STEP * np.arange(n + 1)
    for k in range(run.pl.nodes):
        c, dc, gap = _intervals(run, J, k)
        known = run.known[k]
        delta = np.where(known, dc + (run.wrap[k] if const else 0.0), 0.0)
        t = run.pl.t[k]
        A = np.concatenate([[0.0], np.cumsum(delta)])  # a rate per interval, spread over its steps
        KT = np.concatenate([[0.0], np.cumsum(np.where(known, gap, 0.0))])
        F, kt = np.interp(edges, t, A), np.interp(edges, t, KT)
        dk = np.diff(kt)
        # RRD: a step (PDP) is unknown unless half of it is known; Newts aggregates at query time over what it has
        need = 0.5 * STEP if run.cfg["store"] == "rrd" else 1.0
        out[k] = np.where(dk >= need, np.diff(F) / np.maximum(dk, 1e-9), np.nan)
    return out


def _read(run, J: np.ndarray, const: bool = True) -> np.ndarray:
    """The dashboard's summed rate per step: NaN nodes skipped ("skip"), or one expression that is NaN where any
    node is ("expr"); a NaN row reads 0."""
    rows = _per_node(run, J, const)
    if run.cfg["dash"] == "skip":
        return np.where(np.isnan(rows).all(axis=0), 0.0, np.nansum(rows, axis=0))
    s = rows.sum(axis=0)
    return np.where(np.isnan(s), 0.0, s)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.pl = _polls(rng, run)
    _calibrate(run)
    h = _read(run, run.J)
    share = np.concatenate([[0.0], run.paused_tick.astype(float)])  # a step's window: it and the interval before
    cs = np.concatenate([[0.0], np.cumsum(share)])
    lo = np.maximum(np.arange(n) * K - K, 0)
    hi = np.minimum((np.arange(n) + 1) * K, run.nt)
    mask = (cs[hi + 1] - cs[lo + 1]) >= (hi - lo) / 6.0
    mask |= h <= 0
    for i in np.nonzero(mask)[0]:  # a lone paused point is widened to two
        if not (i > 0 and mask[i - 1]) and not (i + 1 < n and mask[i + 1]):
            mask[min(i + 1, n - 1) if i + 1 < n else i - 1] = True
    spans = []
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a node's GPUs power-capped, NCCL fallen back to TCP
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":  # the channel simulators' frame queues growing until the host swaps
        return np.where(s < ramp, (s / ramp) ** rng.uniform(0.7, 1.5), 1.0)
    w, i, on = np.empty(length), 0, rng.random() < 0.5  # the shared store slow for one node's recordings
    calm = rng.uniform(0.1, 0.3)
    while i < length:
        d = 1 + int(rng.exponential(rng.uniform(5, 40) if on else rng.uniform(10, 60)))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    if not (w == 1).any():
        w[0] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: the job's frames/s times ``1 - a w`` from its onset, read
    through the same polls and unknowns as the healthy run; ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [e for s, e in _spans_of(live) if lo <= e < last]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))]) + int(rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        wt = np.zeros(run.nt)
        seg = np.repeat(w, K)[:max(0, min(run.nt, stop * K) - onset * K)]
        wt[onset * K:onset * K + len(seg)] = seg
        base = _read(run, run.J * wt, const=False)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        lv = live[c0:stop]
        hs, bs = healthy[c0:stop][lv].sum(), base[c0:stop][lv].sum()
        if hs <= 0 or bs <= 0 or target * hs / bs > 0.8:
            continue
        m = target * hs / bs * base
        nz = np.nonzero(np.abs(m) > 1e-9 * max(1.0, float(np.abs(healthy).max())))[0]
        if len(nz) == 0:
            continue
        on, end = int(nz[0]), n if to_end else int(nz[-1]) + 1
        m[:on] = 0.0
        m[end:] = 0.0
        if on < lo or end > hi or (end < n and end <= on + 60) or any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        v = np.maximum(healthy - m, 0.0)
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _spans_of(live: np.ndarray) -> list[tuple[int, int]]:
    d = np.diff(np.concatenate([[0], (~live).astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]))


def make_heldout89(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(lambda s, k, p: _build(s, k, p), _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * (np.arange(run.n, dtype=float) + 1), stream=(7,))


def heldout89_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT89_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout89, seeds, n, pauses)
