"""The hundred-and-thirty-fourth held-out throughput family: a flood-inundation emulator's training tiles/s (a U-Net
surrogate of a hydrodynamic model over DEM tiles), read through Apache Flume: each node's agent tails the trainer's
log (a taildir source), buffers in a file channel and writes with an HDFS sink to files rolled every 30 s.

The job: rainfall and upstream-flow sequences, flood events of very different lengths drawn by a weighted sampler,
tiles decoded and augmented on CPU workers, validation rollouts over whole catchments now and then. The path: one
line per rank every 10 s with its tiles since its last line, tailed by the node's agent into a file channel on local
disk, an HDFS sink writing the events to files rolled every 30 s under a per-hour directory; the monitor lists the
closed files every minute and sums the counts by each event's timestamp header.

(No generator's head names Flume, taildir, a file channel, HDFS, a NameNode, a flood, inundation, rainfall, a
catchment, a weighted sampler, ``.tmp`` or "hydro" (``grep -ic`` on ``/tmp/s56/genheads129.txt``: 0 each; "DEM" as
a word 0); "u-net" matches 5 heads, "unet" 2, "surrogate" 2, "emulator" 1 and "roll" 9 (counts only, no line
printed): a U-Net's training is not new, the flood emulator over DEM tiles, its unrolled horizons and catchment
rollouts and the path (Flume's taildir, file channel and HDFS sink, summed by event timestamp headers) are. Job and
path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout129.py`` lines 1-110 and 595-604 (its
``make_heldout129`` and ``heldout129_set``, after a ``grep -n`` for their ``def`` lines), ``tests/
test_anomaly_heldout129.py`` (all), ``anomaly/heldout_common.py`` (all, in parts: one ``cat`` was truncated by the
tool, the rest read by ``sed -n``), ``tests/trace_checks.py`` (all, in parts, the same way), ``anomaly/traces.py``
lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s56/genheads129.txt`` through ``grep -ic`` only.
Slips: a ``wc -l`` of ``anomaly/heldout129.py`` (604 lines) with the ``grep -n``, and a ``wc -l`` of
``heldout_common.py`` and ``trace_checks.py``; none else. ``git status`` and ``git add``/``commit`` on my branch. My
scratch scripts (``/tmp/w134s.py``, ``/tmp/w134m.py``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): Flume's HDFS sink settings as the user guide lists them
(copied in several blogs and vendors' pages: Alibaba Cloud EMR, Huawei MRS): ``hdfs.inUseSuffix`` ``.tmp`` (a file
being written carries it, dropped when the file is closed), ``hdfs.rollInterval`` 30 s, ``rollSize`` 1024 B,
``rollCount`` 10, ``idleTimeout`` 0 (idle files never closed), ``batchSize`` 100 (events written before a flush, one
transaction), ``callTimeout`` 10,000 ms (open, write, flush, close), the time escapes of ``hdfs.path`` taken from the
``timestamp`` header (or the local time with ``useLocalTimeStamp``), and a note that files can stay ``.tmp`` after
network trouble; the file channel's ``checkpointInterval`` 30 s, ``capacity`` 1,000,000, ``transactionCapacity``
10,000, a replay of its logs from the last checkpoint at a restart (``useDualCheckpoints``, fast replay, FLUME-1528 and
FLUME-2595 "checkpoint on shutdown"); the taildir source (FLUME-2498: it writes each file's last read position to a
JSON position file periodically and restarts from it, so it misses nothing but can read lines twice; ``batchSize``
100; FLUME-3320, positions reset by a badly timed rotation, duplicates). Not read (from memory, unchecked): the
position file's ``writePosInterval`` (3,000 ms), that the timestamp interceptor stamps the agent's clock when the
source takes the event, HDFS HA failovers lasting tens of seconds to minutes, that a timed-out HDFS write is retried
and can leave part of a batch written twice. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 6-60 tiles/s (log-uniform) at the first stage (a one-step loss on the coarse grid), and the node's CPU workers
decode and augment 0.8-3 times that (a soft minimum of the two: some runs CPU-bound at first). Relaunches: 0-3 at
15-85 % of the run (1 h or more apart), each a longer unrolled horizon (at most twice: 1.35-1.8 times dearer each),
the finer grid (once: 2.4-3.4 on the GPUs, 1.8-3 on the CPU workers) or, 1 in 6, another node count (1-8); redrawn
until the level moves 15 % (1/3 to 3 times). The batches' cost (flood events of very different lengths from the
weighted sampler) makes the per-10-s rate swing: an AR(1) of its log (sd 3-9 %, correlation 20-90 s), a slow OU (sd
1-4 %, 20-180 min: the sampler's mix over hours), and the workers' stalls on the longest sequences (0.2-1 % of the
ticks at 40-80 %). Pauses: start-up 3-10 min ("long" 25-60) then a ramp from 40-80 % over 2-6 min (workers, page
cache of the DEM tiles); a validation rollout over whole catchments every 40-70 to 80-130 min of training (a run's
range), 3-8 min ("long" 12-30), every 2nd or 3rd with a checkpoint (18-60 s more, "long" 1-3 min), then a ramp from
85-95 % over 0.5-1.5 min; crashes (an OOM on a long event, an NCCL timeout: exponential, mean 10-40 h): down 1-4 min
("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5
min, a start-up and its ramp.

On the path (not checked): the ranks step together, so a node's 8 lines per 10 s are summed as one (its share of the
job's tiles; a line every 10 s on the node's trainer timer, a phase of 0-10 s); tiles are not rounded (the reads stay
linear). A crash loses the tiles since a node's last line; a relaunch flushes them in a last line. Taildir takes a
line 0.05-1.5 s after it is written, the sink writes it 0.05-1 s later; the timestamp header is the agent's clock
when the source took it (offset N(0, 0.2-3 s) per node; in 30 % of runs one node's clock stepped 5-90 s either way for
10-120 min). A file closes at the node's next 30-s roll after the write (the size and count triggers raised out of
reach: assumed configured so). Agent restarts per node (a mean gap of 8-48 h, down 5-90 s, 15 % of them 5-20 min):
lines written meanwhile are read at the restart (headers then); events in the channel are written after it; 30-70 %
of the restarts are crashes (else clean stops, with positions and a checkpoint written, files closed): the lines
read in the last 0-3 s are read again (a second copy, stamped at the restart), the events taken in the last 0-30 s
(since the channel's checkpoint) are replayed (a second copy, their old header), and the file open at the crash stays
``.tmp`` until a clean-up closes it later (a run's delay of 10-180 min
times 0.5-1.5), or never (a share 0-50 % of a
run's crashes). HDFS sink timeouts per node (0.5-4 a day, 10-120 s): its writes wait for the episode's end and a
backoff of 1-10 s, 10-60 % of them written twice (part of a batch retried); NameNode failovers (0.05-0.5 a day,
30-240 s) stall every sink the same way and fail the monitor's listings. The monitor lists every minute (a phase of
0-60 s); minute i is published at the first listing 35-100 s after its end; a copy listed after its minute's
publication is dropped (half the runs) or summed into the minute published at that listing; a copy whose hour
directory is over an hour older than the listing's is never listed. The reads are linear in the job's tiles: line
times and fates are the healthy run's.

A point is paused where its minute or the next touches a pause (or a ramp's first half), or where it reads nothing;
spans are the runs of paused points; a listed change is the first point after a relaunch's span. Labelled
regressions (a share ``a w`` of each tick's tiles lost, carried through the same lines, copies and reads): ``drop``
(a dataloader worker killed, the others decoding for it: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points),
``straggler`` (one GPU throttled, the others waiting at each all-reduce: 1 for a mean of 5-30 points, calm for a mean
of 20-90 at 0.05-0.25), ``leak`` (the host's rainfall-sequence cache growing into swap: ``w = (s / ramp) ** p``,
``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost tiles (linear), refused above 1; ``w`` is per 10-s tick.

Measured (``heldout134_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.080-0.317  13              1-22 (882, 0 >60)
long      31      10    9          12    0.085-0.325  15              1-70 (733, 4 >60)

Planned changes listed: short 19, long 15 (of 19 and 15 relaunches; none kept its stage); crashes 49 and 42. The path
over each set (counts): short: node-lives ending in a crash with unlogged tiles 121, agent restarts 118, of them
crashes 65, lines read again 9, events replayed 107, events in a ``.tmp`` closed late 66, never closed 31, events
stalled by a sink timeout 1836, their second copies 690, stalled by a failover 582, copies moved a minute by a clock
22066, late copies dropped 146, late copies moved 170, copies in an hour no longer listed 41; long: 88, 137, 50, 9,
76, 58, 13, 1771, 731, 242, 27935, 98, 110, 36. The reads' sum over the live points against the job's tiles:
0.9995-1.0024 (short), 0.9996-1.0040 (long); the live points' minute-to-minute change (median ``|d log|`` per seed)
2.2-10.8 % (short) and 1.8-16.1 % (long), its 99th percentile 11-42 % (short) and 11-45 % (long); the live median
level 25-1,604 tiles/s (short), 28-827 (long). No change of the laws after the first measure; one fix after it,
before this table: a tick wholly in a pause kept a rounding residue of ``bad_share`` (1e-11 tiles): set to 0; the
table and the counts did not move. ``SPANS`` (1-30, 1-90) bounds the spans at 3,000 and 6,000 points (measured
maxima 25, 22; 64, 70). The tests check the laws on the first 4 seeds at 3,000 points.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT134_SEEDS = tuple(range(1342000, 1342012))
CODE = 134
TICK = 10.0  # the job's grid: one log line per rank every 10 s
STEP = 60.0  # one point a minute (the monitor's sums by the events' timestamp headers)
K = int(STEP // TICK)
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole hour
ROLL = 30.0  # hdfs.rollInterval
HOUR = 3600.0
KIND_P = (0.35, 0.3, 0.35)
MIN = 60.0
SPANS = {"short": (1, 30), "long": (1, 90)}  # pause spans' lengths (points), measured over the sets
PATH_KEYS = ("lines_lost_at_crash", "agent_restarts", "agent_crashes", "reread_copies", "replayed_copies",
             "tmp_late", "tmp_lost", "sink_stalled", "sink_copies", "failover_stalled", "skewed_lines",
             "late_dropped", "late_moved", "old_hour_lost")


# ---------------------------------------------------------------------------------------------------- the job
def _level(cfg: dict, st: dict) -> float:
    """The job's tiles/s at a stage: the GPUs' rate (8 a node, an efficiency per doubling of the nodes, dearer with
    each longer rollout horizon and the finer grid) softly capped by the CPU workers' decode-and-augment rate."""
    nodes = st["nodes"]
    g = cfg["gpu"] * 8 * nodes * cfg["eff"] ** np.log2(nodes) / (cfg["hor_c"] ** st["hor"] * cfg["res_c"] ** st["res"])
    c = cfg["cpu"] * 8 * nodes / cfg["res_cpu"] ** st["res"]
    return float(hc.smax(1 / g, 1 / c) ** -1)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """The stage after a relaunch: a longer unrolled horizon (at most twice), the finer grid (once) or, 1 in 6,
    another node count; redrawn until the level moves by 15 % (1/3 to 3 times). None: no stage does."""
    for _ in range(40):
        new = dict(st)
        opts = [o for o in ("hor", "res") if new[o] < (2 if o == "hor" else 1)]
        if rng.random() < 1 / 6 or not opts:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 4, 8) if n != st["nodes"]]))
        else:
            o = opts[int(rng.integers(len(opts)))]
            new[o] += 1
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's pauses, lives and stages over ``n`` minutes (and 10 more for the path's tail)."""
    lg = setting == "long"
    T = n * STEP + 600.0
    cfg = {"gpu": hc.log_uniform(rng, 6.0, 60.0), "eff": rng.uniform(0.86, 0.97), "hor_c": rng.uniform(1.35, 1.8),
           "res_c": rng.uniform(2.4, 3.4), "res_cpu": rng.uniform(1.8, 3.0)}
    cfg["cpu"] = cfg["gpu"] * hc.log_uniform(rng, 0.8, 3.0)
    st = {"hor": 0, "res": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    m = MIN
    pauses, lives, segs, ramps, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    rel = np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    rel = [t for k, t in enumerate(rel) if k == 0 or t - rel[k - 1] >= HOUR]
    crash_mean = rng.uniform(10, 40) * HOUR
    eval_gap = (rng.uniform(40, 70), rng.uniform(80, 130))
    ck_every = int(rng.choice([2, 3]))

    def start(t: float, dur: float, kind: str, ramp_lo: float, ramp_hi: float, rdur: tuple) -> float:
        pauses.append((t, t + dur, kind))
        t += dur
        ramps.append((t, rng.uniform(*rdur) * m, rng.uniform(ramp_lo, ramp_hi)))
        return t

    t = start(0.0, (rng.uniform(25, 60) if lg else rng.uniform(3, 10)) * m, "startup", 0.4, 0.8, (2, 6))
    segs.append((t, _level(cfg, st), dict(st)))
    life0 = t
    next_crash = t + rng.exponential(crash_mean)
    next_eval = t + rng.uniform(*eval_gap) * m
    ri = 0
    while t < T:
        cand = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        t = max(cand[which], t + 60.0)
        if t >= T:
            break
        if which == 0:  # a validation rollout over whole catchments, every 2nd or 3rd with a checkpoint
            counts["evals"] += 1
            dur = (rng.uniform(12, 30) if lg else rng.uniform(3, 8)) * m
            kind = "eval"
            if counts["evals"] % ck_every == 0:
                dur += (rng.uniform(1, 3) if lg else rng.uniform(0.3, 1)) * m
                kind = "ckpt"
            t = start(t, dur, kind, 0.85, 0.95, (0.5, 1.5))
            next_eval = t + rng.uniform(*eval_gap) * m
            continue
        lives.append((life0, t, st["nodes"], which == 2))
        if which == 1:  # a crash (an OOM on a long event, an NCCL timeout): down, then a start-up
            counts["crashes"] += 1
            down = (rng.uniform(6, 18) if lg else rng.uniform(1, 4)) * m
            pauses.append((t, t + down, "crash"))
            t = start(t + down, (rng.uniform(8, 20) if lg else rng.uniform(2, 6)) * m, "startup", 0.5, 0.8, (2, 5))
            next_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch: stopped, queued, a start-up; the next stage
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, segs[-1][1])
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
            stop = (rng.uniform(5, 12) if lg else rng.uniform(1, 3)) * m + rng.uniform(1, 5) * m
            pauses.append((t, t + stop, "relaunch"))
            t = start(t + stop, (rng.uniform(8, 20) if lg else rng.uniform(2, 6)) * m, "startup", 0.4, 0.8, (2, 6))
            if new is not None:
                known_t.append(t)
            next_crash = t + rng.exponential(crash_mean)
        segs.append((t, _level(cfg, st), dict(st)))
        life0 = t
        next_eval = t + rng.uniform(*eval_gap) * m
    lives.append((life0, np.inf, st["nodes"], True))
    run = SimpleNamespace(n=n, T=T, cfg=cfg, pauses_t=pauses, lives=lives, segs=segs, ramps=ramps,
                          known_t=known_t, counts=counts, nt=int(T // TICK) + 1)
    run.J = _tiles(rng, run)
    return run


def _tiles(rng, run) -> np.ndarray:
    """The job's tiles per 10-s tick (all ranks): the stage's level, the ramps after pauses, a slow drift (the
    weighted sampler's mix of long and short flood events over hours), a fast AR(1) of the batches' cost (events of
    very different lengths) and the CPU workers' brief stalls on the longest sequences; nothing in a pause."""
    nt = run.nt
    tc = np.arange(nt) * TICK + TICK / 2
    seg_t = np.array([s[0] for s in run.segs])
    lv = np.array([s[1] for s in run.segs])[np.maximum(np.searchsorted(seg_t, tc, side="right") - 1, 0)]
    ramp = np.ones(nt)
    for a, dur, lo in run.ramps:
        i0, i1 = int(a // TICK), min(nt, int((a + dur) // TICK) + 1)
        x = np.clip((tc[i0:i1] - a) / dur, 0, 1)
        ramp[i0:i1] = np.minimum(ramp[i0:i1], lo + (1 - lo) * x)
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.04), rng.uniform(20, 180) * MIN, step=STEP)
    slow = np.interp(tc, np.arange(len(slow)) * STEP, slow)
    sd, tau = rng.uniform(0.03, 0.09), rng.uniform(20, 90)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    dips = np.where(rng.random(nt) < rng.uniform(0.002, 0.01), rng.uniform(0.4, 0.8, nt), 1.0)
    edges = np.array([x for a0, b0, _ in run.pauses_t for x in (a0, b0)])
    train = 1 - hc.bad_share(edges, np.arange(nt) * TICK, TICK)
    train[train < 1e-9] = 0.0  # a tick wholly in a pause (not a rounding's residue)
    return np.maximum(lv * ramp * np.exp(slow + ar - 0.5 * sd * sd) * dips * train * TICK, 0.0)


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The tiles trained by time ``t`` (linear within a tick)."""
    return np.interp(np.asarray(t) / TICK, np.arange(len(C)), C)


# ---------------------------------------------------------------------------------------------------- the path
def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """``(start, end)`` rows: a Poisson stream of ``per_day`` episodes a day, ``lo``-``hi`` s long."""
    k = rng.poisson(per_day * T / 86400.0)
    s = np.sort(rng.uniform(0, T, k))
    return np.stack([s, s + rng.uniform(lo, hi, k)], axis=1) if k else np.zeros((0, 2))


def _inside(t: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """The index of the episode ``[a, b)`` holding each time of ``t``, or -1 (episodes sorted by start)."""
    if len(eps) == 0:
        return np.full(len(t), -1)
    j = np.searchsorted(eps[:, 0], t, side="right") - 1
    ok = (j >= 0) & (t < eps[np.maximum(j, 0), 1])
    return np.where(ok, j, -1)


def _lines(run, rng) -> SimpleNamespace:
    """Each node's log lines (its 8 ranks' lines every 10 s, on the node's trainer timer, summed): the time and the
    window ``(a, t]`` of tiles each carries; a crash loses the tiles since a node's last line, a relaunch flushes
    them in a last line."""
    phase = rng.uniform(0, TICK, 8)
    tt, aa, node, life = [], [], [], []
    lost = 0
    for k, (a, b, nodes, flush) in enumerate(run.lives):
        b = min(b, run.T)
        for j in range(nodes):
            ts = np.arange(np.ceil((a - phase[j]) / TICK), np.floor((b - phase[j]) / TICK) + 1) * TICK + phase[j]
            ts = ts[(ts > a) & (ts <= b)]
            if flush and (not len(ts) or ts[-1] < b):
                ts = np.append(ts, b)
            elif not flush:
                lost += 1
            tt.append(ts)
            aa.append(np.concatenate([[a], ts[:-1]]) if len(ts) else ts)
            node.append(np.full(len(ts), j))
            life.append(np.full(len(ts), k))
    lives_nodes = np.array([lv[2] for lv in run.lives], float)
    life = np.concatenate(life)
    return SimpleNamespace(t=np.concatenate(tt), a=np.concatenate(aa), node=np.concatenate(node), life=life,
                           share=1.0 / lives_nodes[life], lost=lost)


def _path(rng, run) -> SimpleNamespace:
    """Each line's copies and the point (minute) each is summed into, or -1 (lost): Flume's taildir source, file
    channel and HDFS sink on each node, then the monitor's minute listings (see the module's docstring)."""
    T, n = run.T, run.n
    L = _lines(run, rng)
    p = SimpleNamespace(counts={k: 0 for k in PATH_KEYS})
    c = p.counts
    c["lines_lost_at_crash"] = L.lost
    m = len(L.t)
    # per node: clock offsets (and a stepped clock in 30 % of runs), agent restarts, sink timeouts
    off = rng.normal(0, rng.uniform(0.2, 3.0), 8)
    step = None
    if rng.random() < 0.3:
        step = (int(rng.integers(8)), rng.uniform(0, T), rng.uniform(10, 120) * MIN,
                rng.choice([-1, 1]) * rng.uniform(5, 90))
    per_day_restart = 24.0 / rng.uniform(8, 48)
    p_crash = rng.uniform(0.3, 0.7)
    restarts, timeouts = [], []
    for j in range(8):
        r = _episodes(rng, T, per_day_restart, 5, 90)
        longer = rng.random(len(r)) < 0.15
        r[longer, 1] = r[longer, 0] + rng.uniform(5, 20, longer.sum()) * MIN
        keep = np.ones(len(r), bool)  # overlapping outages: the later one dropped
        for k in range(1, len(r)):
            keep[k] = r[k, 0] > r[:k][keep[:k]][:, 1].max(initial=-1)
        r = r[keep]
        restarts.append(np.column_stack([r, rng.random(len(r)) < p_crash, rng.uniform(0, 3, len(r)),
                                         rng.uniform(0, 30, len(r))]))
        timeouts.append(_episodes(rng, T, rng.uniform(0.5, 4), 10, 120))
    failover = _episodes(rng, T, rng.uniform(0.05, 0.5), 30, 240)
    q_dup = rng.uniform(0.1, 0.6)
    cleanup = (rng.uniform(10, 180) * MIN, rng.uniform(0, 0.5))  # a .tmp file's late close, the share never closed
    roll_ph = rng.uniform(0, ROLL, 8)
    wait = rng.uniform(35, 100)
    mon_ph = rng.uniform(0, STEP)
    p.late_drop = bool(rng.random() < 0.5)
    p.wait, p.failover = wait, failover

    # the source: taildir reads a line 0.05-1.5 s after it is written, or at the agent's restart
    ti = L.t + rng.uniform(0.05, 1.5, m)
    sw = ti + rng.uniform(0.05, 1.0, m)  # the sink's take and write (batches of up to 100 events)
    extra_line, extra_hdr, extra_sw = [], [], []
    tmp_v = np.full(m, np.nan)  # a line in a .tmp file left by a crash: its late close (inf: never)
    for j in range(8):
        mine = np.nonzero(L.node == j)[0]
        if not len(mine):
            continue
        for a, b, crash, u, v in restarts[j]:
            back = b + rng.uniform(1, 5)
            c["agent_restarts"] += 1
            down = mine[(ti[mine] >= a) & (ti[mine] < b)]
            ti[down] = back + rng.uniform(0, 2, len(down))  # read again from the position file at the restart
            sw[down] = ti[down] + rng.uniform(0.05, 1.0, len(down))
            queued = mine[(ti[mine] < a) & (sw[mine] >= a) & (sw[mine] < b + 1)]
            sw[queued] = back + rng.uniform(0, 2, len(queued))  # in the channel: the sink drains it after the restart
            if not crash:  # a clean stop: positions written, the channel checkpointed, the files closed
                continue
            c["agent_crashes"] += 1
            reread = mine[(ti[mine] >= a - u) & (ti[mine] < a)]  # read since the last position write: read again
            extra_line.append(reread)
            extra_hdr.append(back + rng.uniform(0, 2, len(reread)))
            extra_sw.append(extra_hdr[-1] + rng.uniform(0.05, 1.0, len(reread)))
            c["reread_copies"] += len(reread)
            open_at = roll_ph[j] + ROLL * np.floor((a - roll_ph[j]) / ROLL)
            in_tmp = mine[(sw[mine] >= open_at) & (sw[mine] < a)]
            never = rng.random() < cleanup[1]
            tmp_v[in_tmp] = np.inf if never else a + cleanup[0] * rng.uniform(0.5, 1.5)
            c["tmp_lost" if never else "tmp_late"] += len(in_tmp)
            replay = mine[(sw[mine] >= a - v) & (sw[mine] < a)]  # taken since the channel's last checkpoint
            extra_line.append(replay)
            extra_hdr.append(np.full(len(replay), np.nan))  # the replayed event keeps its header
            extra_sw.append(back + rng.uniform(0, 3, len(replay)))
            c["replayed_copies"] += len(replay)
    hdr_t = ti.copy()
    line = np.arange(m)
    tmp = tmp_v
    if extra_line:
        xl = np.concatenate(extra_line).astype(int)
        xh = np.concatenate(extra_hdr)
        xh = np.where(np.isnan(xh), ti[xl], xh)
        line = np.concatenate([line, xl])
        hdr_t = np.concatenate([hdr_t, xh])
        sw = np.concatenate([sw, np.concatenate(extra_sw)])
        tmp = np.concatenate([tmp, np.full(len(xl), np.nan)])
    node = L.node[line]
    # the sink: a timeout stalls it (retried with a backoff, part of a batch written twice); a NameNode failover
    # stalls every node's sink and fails the monitor's listings
    for j in range(8):
        mine = np.nonzero(node == j)[0]
        for eps, key in ((timeouts[j], "sink_stalled"), (failover, "failover_stalled")):
            k = _inside(sw[mine], eps)
            hit = mine[k >= 0]
            if not len(hit):
                continue
            sw[hit] = eps[k[k >= 0], 1] + rng.uniform(1, 10, len(hit))
            c[key] += len(hit)
            if key == "sink_stalled":
                dup = hit[rng.random(len(hit)) < q_dup]
                line, hdr_t, sw = np.append(line, line[dup]), np.append(hdr_t, hdr_t[dup]), np.append(sw, sw[dup])
                tmp, node = np.append(tmp, tmp[dup]), np.append(node, node[dup])
                c["sink_copies"] += len(dup)
    # the header: the agent's clock when the timestamp interceptor saw the event
    skew = off[node].copy()
    if step is not None:
        j, s0, d, jump = step
        on = (node == j) & (hdr_t >= s0) & (hdr_t < s0 + d)
        skew[on] += jump
    hdr = hdr_t + skew
    minute = np.floor(hdr / STEP).astype(int)
    c["skewed_lines"] = int((minute != np.floor(hdr_t / STEP)).sum())
    # the file holding a copy closes at the next 30-s roll after its write (a .tmp left by a crash: late or never)
    vis = roll_ph[node] + ROLL * np.ceil((sw - roll_ph[node]) / ROLL)
    vis = np.where(np.isnan(tmp), vis, tmp)
    # the monitor lists the closed files every minute (listings fail in a failover); minute i is published at the
    # first listing ``wait`` s after its end; a copy listed later is dropped or summed into the minute then published
    lst = mon_ph + STEP * np.arange(int(T // STEP) + 40)
    lst = lst[_inside(lst, failover) < 0]
    seen = lst[np.minimum(np.searchsorted(lst, vis), len(lst) - 1)]
    seen = np.where(np.isfinite(vis) & (vis <= lst[-1]), seen, np.inf)
    pub = lst[np.minimum(np.searchsorted(lst, (np.arange(n + 1) + 1) * STEP + wait), len(lst) - 1)]
    ok = (minute >= 0) & (minute < n)
    dest = np.where(ok, minute, -1)
    late = ok & (seen > pub[np.clip(minute, 0, n)])
    old = np.isfinite(seen) & (np.floor(seen / HOUR) > np.floor(hdr / HOUR) + 1)
    c["old_hour_lost"] = int((old & ok).sum())
    moved = np.minimum(np.searchsorted(pub, seen, side="left"), n)
    if p.late_drop:
        dest = np.where(late, -1, dest)
        c["late_dropped"] = int((late & ~old).sum())
    else:
        dest = np.where(late, np.where(moved < n, moved, -1), dest)
        c["late_moved"] = int((late & ~old).sum())
    dest = np.where(old | ~np.isfinite(seen), -1, dest)
    p.line, p.dest, p.lines = line, dest, L
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The points: each minute's tiles summed from its copies (linear in the tiles ``J``), per second."""
    p, L = run.path, run.path.lines
    C = _cum(J)
    per_line = (_at(C, L.t) - _at(C, L.a)) * L.share
    keep = p.dest >= 0
    return np.bincount(p.dest[keep], weights=per_line[p.line[keep]], minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------------------------------------------- the trace
def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or the next touches a pause
    (or a ramp's first half), or where it reads nothing; a listed change is the first point after a relaunch's."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = h <= 0
    ramp_end = {round(a, 6): a + 0.5 * d for a, d, lo in run.ramps}
    for a, b, kind in run.pauses_t:
        b = ramp_end.get(round(b, 6), b)
        paused[int(a // STEP):min(n, int(np.ceil(b / STEP)) + 1)] = True
    spans, s = [], None
    for i in range(n + 1):
        on = i < n and paused[i]
        if on and s is None:
            s = i
        elif not on and s is not None:
            spans.append((s, i))
            s = None
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the tiles lost, per tick from its onset: a drop (a dataloader worker killed, the
    others decoding for it) rises over 1-6 points; a straggler (one GPU throttled, the others waiting at each
    all-reduce) in bursts of a mean 5-30 points, calm between (a mean 20-90) at 0.05-0.25; a leak (the host's
    rainfall-sequence cache growing into swap) ``(s / ramp) ** p`` then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    on_mean, off_mean = rng.uniform(5, 30) * K, rng.uniform(20, 90) * K
    w, i, on = np.full(length, calm), 0, True
    while i < length:
        d = int(rng.exponential(on_mean if on else off_mean)) + 1
        if on:
            w[i:i + d] = 1.0
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` (then any kind) in ``[lo, hi)``: its weight on the ticks, a drawn target
    loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau) set by a share ``a`` (<= 1) of the tiles (linear
    reads); kept where it changes the points only inside the slot and shows (``hc.shown_depth``)."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want, tries=60, keep=40):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        onset = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], np.arange(n) * STEP, lo, last, STEP)
        if onset is None:
            continue
        onset = int(onset // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t0 = onset * K
        t1 = run.nt if to_end else stop * K
        w = np.zeros(run.nt)
        w[t0:t1] = _weight(rng, kind, t1 - t0, ramp * K)
        unit = _reads(run, run.J * w)
        c0 = onset + ramp if kind == "leak" else onset
        hs, ms = healthy[c0:stop][live[c0:stop]].sum(), unit[c0:stop][live[c0:stop]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if ms <= 0 or hs <= 0:
            continue
        a = target * hs / ms
        if a > 1:
            continue
        m = a * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi if not to_end else n, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= ch < end for ch in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout134(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout134_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT134_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout134, seeds, n, pauses)
