"""The hundred-and-twentieth held-out throughput family: a grasp-success model's training samples/s (a CNN over
wrist-camera images and gripper proprioception for a robot fleet, on a dataset the robots keep growing), each rank
putting a beanstalkd job with its samples every 50 steps, one aggregator worker reserving them (TTR), summing them
per minute into a gauge the monitor scrapes once a minute.

(No generator's head names beanstalkd, a tube, a TTR, burying, kicking, a binlog, a reserve, grasping, wrist cameras or
grippers (``grep -ic`` on ``/tmp/s54/genheads119.txt``: 0 each); "robot" matches 2 heads: the fleet is not new, the task
(grasp success from wrist images and proprioception) and the path (per-rank beanstalkd jobs summed into a per-minute
gauge by one worker) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout118.py`` lines 1-110 and 476-485 (its
``make_heldout118`` and ``heldout118_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout118.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s54/genheads119.txt`` through
``grep -ic`` only. Slip: a ``wc -l`` of ``anomaly/heldout118.py`` (485 lines) with the ``grep -n``; none else. The tests
import ``HELDOUT118_SEEDS`` (disjoint seeds). My scratch scripts (``/tmp/w120_*.py``, not committed) built and measured
this family only.

Public sources read (through the search tool): beanstalkd's protocol (``doc/protocol.txt`` and its copies: a job is put
with a priority, delay and TTR; a reserved job not deleted, released or buried within its TTR is released by the server,
so a worker that counted it and stalled counts it again; a buried job waits until a ``kick``; ``pause-tube`` stops
reserves from a tube for a delay; jobs are served by priority then FIFO); the beanstalkd man page (``-b``: a binlog
recovered at start-up; ``-f ms``: fsync at most every 50 ms by default, a power failure losing up to that much history);
a beanstalkd issue on WAL files read at restart ("You may be missing data"). Nothing read on the job: its figures are
assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs (30/70 %; 0.86-0.97 per node doubling);
a GPU trains 60-600 images/s (log-uniform) at the first stage; in half the runs the loaders (JPEG shards decoded and
augmented) bind at 0.9-2.0 times what the GPUs take (soft maximum), and after each nightly refresh the growing dataset
leaves their cache 0-3 % slower. Relaunches: 0-3 (30/40/20/10 %) at 15-85 % of the run, each with larger images (at most
twice: GPU 1.3-1.8, loaders 1.2-1.6 times dearer), another view or proprioception channel (up to 3: GPU 1.05-1.2,
loaders 1.1-1.3), a larger backbone (once, GPU 1.4-2.2) or the nodes doubled or halved (1-4), redrawn until the level
moves 15 % (1/3 to 3 times); a relaunch 1-2 h after the previous one at the earliest. Per 5-s tick an AR(1) of the log
(sd 2-5 %, 1.5 times where the loaders give under 1.4 times what the GPUs take; correlation 15-60 s) and a slow OU (sd
1-3 %, 20-120 min). In 60 % of runs simulated evaluation rollouts share the GPUs (spells of 5-20 min, mean gap 1-4 h:
0.7-0.9 of the rate, not a pause, not labelled). Pauses: a start-up of 3-12 min ("long": 25-60) and a ramp from 40-70 %
over 2-6 min; a validation on held-out grasps every 25-70 min of training ("long" 60-150) lasting 1-4 min ("long"
10-25), a checkpoint after every 1 or 2 (10-40 s; "long" 1-3 min); the nightly refresh (one time of day per run, shards
reshuffled): 2-6 min ("long" 15-40), then cold shards, a ramp from 60-85 % over 4-12 min; crashes (exponential, mean
12-48 h, 20 min or more after a restart): down 1-4 min ("long" 6-18) and restarted in 2-6 ("long" 8-20), a ramp from
70-95 % over 1-3 min; node drains for maintenance (first within 5-40 h, mean gap 30-120 h) and relaunches: a stop of 1-3
min ("long" 5-12), 1-5 min queued, a start-up and its ramp (a drain keeps the stage: not a listed change). No pause
starts within 10 min of a ramp's end.

On the path (not checked): all ranks step together, so each puts a job every 50 steps at once (3-12 s at the first
stage: the per-GPU batch, a power of 2 from 16 to 512, set from it), each job exactly 50 batches of samples: the read is
a count of puts per minute, quantised (one put in 5-20). A stop (crash, drain, relaunch) loses the samples since the
last put. A job leaves its rank 0-0.3 s after the step; its body carries the rank's clock (node offsets sd 0.2 s; in 35
% of runs one node 1-8 s off). beanstalkd restarts (first within 5-60 h, mean gap 40-160 h, down 5-60 s): a put then
fails, and the client keeps the samples for the rank's next put (60 % of runs) or drops them; with a binlog (85 %) the
jobs survive, and on a host reboot (40 % of restarts) the deletes of the last fsync interval (50 ms, or 0.2-1 s in half
the runs) are lost and those jobs counted again; without one the ready jobs are lost. The worker serves jobs one at a
time, FIFO, 2-10 ms each; in slow spells (first within 1-20 h, mean gap 8-30 h, 3-30 min) a job takes 1.2-3 times the
jobs' arrival gap, so the tube backs up and the jobs are counted late; a job stalls past its TTR (5, 10, 30 or 60 s)
with probability 0.2-2 % in those spells (else 0.001-0.01 %) and is counted twice. Error spells (mean gap 20-80 h, 1-10
min) bury 30-90 % of the jobs (else 0.001-0.02 %), kicked by a cron every 10-60 min (65 % of runs) or by hand 1-8 h
after the spell. Deploys (first within 1-30 h, mean gap 24-96 h) pause the tube for 30-300 s and restart the worker
inside it (3-15 s down: its scrapes fail, and in half the runs its open minute's sum is lost). The worker bins a job by
the minute of its stamp (55 % of runs, a grace of 2-15 s, a late job folded into the open minute) or of its own clock
when it processed it; its clock is off by sd 0.2 s, and in 30 % of runs stepped 5-40 s either way for 10-60 min. It sets
the gauge to a minute's sum at the minute's end plus the grace; the monitor scrapes 2-20 s after that (0-1 s jitter,
0.05 % failed). A point is the gauge / 60 (samples/s), stamped at the minute's end. The reads are linear in the job's
samples: the put times, fates and bins are the healthy run's (a regression changes each put's body, not when it is put:
a slower job would put less often, by seconds a minute; not modelled).

A point is paused where its minute or the next touches a pause (or a ramp's first half), or where it reads nothing (a
lone one widened to two); a listed change is the first point after a relaunch's pause span. Labelled regressions from
their onset's point (a share ``a w`` of each tick's samples lost, carried through the same puts and reads): ``drop``
(the shard cache on the local NVMe lost, the images read from the object store again: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-6 points), ``straggler`` (one node's GPU throttled in bursts, the synchronous job waiting: mean 5-30 points at
1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the loaders' decoded-image cache grows until the host swaps: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end);
``a`` set from the reads of the lost samples for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the
event's live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout120_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     27      7     11         9     0.085-0.320  20              2-21 (1803, 0 >60)
long      31      11    10         10    0.084-0.347  22              2-77 (902, 14 >60)

Planned changes listed: short 9, long 10 (of 9 and 10 relaunches); crashes 40 and 64. The path over each set (counts):
short: unlogged counts at a stop 73, failed puts 982, carried 758, TTR duplicates 1592, buried 12703, kicked 12614,
replayed 0, backlog lost 1927, tube pauses 37, open minutes lost at a worker restart 298, jobs binned 2 or more minutes
after their put 416184, repeated reads 1, skipped bins 1, failed scrapes 43; long: 97, 1103, 1031, 1395, 13621, 13107,
0, 81, 34, 16, 355572, 0, 0, 31. No replay after a restart occurred (the worker rarely holds a job at that instant): the
tests do not ask for one. The reads' sum over the live points against the job's samples: 0.989-1.023 (short),
0.976-1.021 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 0-15 % (short), 0-22 % (long:
0 where a minute's puts keep one count: quantised reads), its 99th percentile 31-259 % and 29-240 % (kicked jobs and
drained backlogs); the live median level 480-13,653 samples/s (short), 1,067-16,853 (long). Three changes after the
first measure, all before this table: a put every 12-50 s made reads of 1-5 puts a minute (median ``|d log|`` up to 69
%, spans of 46 points from zero reads; now 3-12 s), and the replay window (reserved jobs within 1 s of a restart, none)
became the fsync interval on a host reboot (still none); a life's first put was measured from the life's start time
rather than its tick's start (its body off by a share of a tick: the pinned sum moved by 1e-5, this table not). The
tests check the path's distortions on the first 6 seeds of each set: no repeated or skipped read among them. Two
speed-ups after the table (the credits summed per put and bin, spells found by ``searchsorted``) left it, the path's
counts and the pinned trace as they were; the tests run in about 6 s on one core.

Size: over 520 lines with this docstring: one family's job, path and regressions, kept in one module as the other
generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT120_SEEDS = tuple(range(1202000, 1202012))
CODE = 120
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one gauge, one point
K = 12  # ticks per point
EPOCH = 1_700_000_040  # a minute's start
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (2, 30), "long": (2, 90)}  # pause span lengths (points) of each setting
PATH_KEYS = ("unlogged", "failed_puts", "carried", "ttr_dups", "buried", "kicked", "replayed", "backlog_lost",
             "tube_pauses", "lost_open_bin", "late", "repeats", "skipped", "failed_scrapes")
# (short, long) lengths in s
DUR = {"startup": ((180, 720), (1500, 3600)), "valid": ((60, 240), (600, 1500)), "ckpt": ((10, 40), (60, 180)),
       "refresh": ((120, 360), (900, 2400)), "down": ((60, 240), (360, 1080)), "restart": ((120, 360), (480, 1200)),
       "stop": ((60, 180), (300, 720)), "queue": ((60, 300), (60, 300))}


def _u(rng, key: str, setting: str) -> float:
    lo, hi = DUR[key][hc.SETTINGS[setting]]
    return float(rng.uniform(lo, hi))


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint spells ``(a, b)`` before ``T``: the first within ``first`` s, then exponential gaps of a mean drawn
    in ``gap``, each ``dur`` s long (uniform)."""
    out, mean = [], rng.uniform(*gap)
    t = rng.uniform(*first)
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 1.0
    return out


def _inside(x: np.ndarray, spells) -> np.ndarray:
    """The index of the spell ``(a, b)`` (sorted, disjoint) each time of ``x`` lies in (-1: none)."""
    if not len(spells):
        return np.full(len(x), -1)
    a, b = np.array(spells, float).T
    i = np.searchsorted(a, x, side="right") - 1
    return np.where((i >= 0) & (x < b[np.maximum(i, 0)]), i, -1)


def _level(cfg: dict, st: dict) -> float:
    """The job's samples/s at a stage: the GPUs' rate (``st["res"]`` image-size steps, ``st["bb"]`` backbone steps,
    ``st["nodes"]`` nodes of ``cfg["gpus"]``) against the loaders' (where ``cfg["io"]``), a soft minimum."""
    nodes = st["nodes"]
    g = cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes) * cfg["gpu"]
    g /= cfg["res_g"] ** st["res"] * cfg["bb_g"] ** st["bb"] * cfg["view_g"] ** st["views"]
    if cfg["io"] is None:
        return float(g)
    io = cfg["io"] * cfg["gpus"] * nodes * cfg["gpu"] / (cfg["res_l"] ** st["res"] * cfg["view_l"] ** st["views"])
    return float(1 / hc.smax(1 / g, 1 / io))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: larger images (at most twice), another camera view or proprioception channel (up to 3),
    a larger backbone (once) or the nodes doubled or halved (1-4), redrawn until the level moves 15 % (1/3 to 3)."""
    for _ in range(200):
        new = dict(st)
        what = ("res", "views", "bb", "nodes")[int(rng.choice(4, p=(0.3, 0.25, 0.2, 0.25)))]
        if what == "res" and st["res"] < 2:
            new["res"] += 1
        elif what == "views" and st["views"] < 3:
            new["views"] += 1
        elif what == "bb" and st["bb"] < 1:
            new["bb"] = 1
        elif what == "nodes":
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.5 else 0.5), 1, 4))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return {**st, "nodes": 2 if st["nodes"] == 1 else st["nodes"] // 2}


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: its pauses ``(a, b, kind)``, ramps ``(a, b, from)``, process lives, stages, sharing."""
    T = (n + 10) * STEP
    cfg = {"gpus": int(rng.choice([4, 8], p=[0.3, 0.7])), "gpu": hc.log_uniform(rng, 60, 600),
           "eff": rng.uniform(0.86, 0.97), "io": rng.uniform(0.9, 2.0) if rng.random() < 0.5 else None,
           "res_g": rng.uniform(1.3, 1.8), "res_l": rng.uniform(1.2, 1.6), "bb_g": rng.uniform(1.4, 2.2),
           "view_g": rng.uniform(1.05, 1.2), "view_l": rng.uniform(1.1, 1.3)}
    st = {"res": 0, "views": 0, "bb": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    k_rel = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    rel_t = sorted(rng.uniform(0.15, 0.85, k_rel) * n * STEP)
    crash_mean, drain_mean = rng.uniform(12, 48) * 3600, rng.uniform(30, 120) * 3600
    val_every = (1500, 4200) if setting == "short" else (3600, 9000)
    ck_every = int(rng.integers(1, 3))
    day0 = rng.uniform(0, 86400)  # the nightly refresh's time of day
    pauses, ramps, lives, stages, known = [], [], [], [(0.0, st)], []
    counts = {"crashes": 0, "drains": 0, "relaunches": 0, "refreshes": 0, "valids": 0}
    t = _u(rng, "startup", setting)
    pauses.append((0.0, t, "startup"))
    lives.append([0.0, None])
    ramp_len = rng.uniform(120, 360)
    ramps.append((t, t + ramp_len, rng.uniform(0.4, 0.7)))
    free = t + ramp_len + 600  # no pause in the 10 minutes after a ramp
    train_to_val, n_val = rng.uniform(*val_every), 0
    crash_t, drain_t = free + rng.exponential(crash_mean), rng.uniform(5, 40) * 3600
    next_ref = day0 if day0 > free else day0 + 86400
    ri = 0
    while t < T:
        cand = {"valid": t + train_to_val, "refresh": next_ref, "crash": crash_t, "drain": drain_t,
                "relaunch": rel_t[ri] if ri < len(rel_t) else np.inf}
        what = min(cand, key=cand.get)
        a = max(cand[what], free)
        if a >= T:
            break
        train_to_val -= a - t
        if what == "valid":
            n_val += 1
            b = a + _u(rng, "valid", setting)
            pauses.append((a, b, "valid"))
            if n_val % ck_every == 0:
                pauses.append((b, b + _u(rng, "ckpt", setting), "ckpt"))
                b = pauses[-1][1]
            counts["valids"] += 1
            train_to_val = rng.uniform(*val_every)
            t, free = b, b + 600
            continue
        if what == "refresh":  # new shards: the loaders restart and read cold shards
            b = a + _u(rng, "refresh", setting)
            pauses.append((a, b, "refresh"))
            r = rng.uniform(240, 720)
            ramps.append((b, b + r, rng.uniform(0.6, 0.85)))
            counts["refreshes"] += 1
            next_ref += 86400
            while next_ref < b + r + 600:
                next_ref += 86400
            t, free = b + r, b + r + 600
            continue
        lives[-1][1] = a
        if what == "crash":
            b = a + _u(rng, "down", setting) + _u(rng, "restart", setting)
            pauses.append((a, b, "crash"))
            r = rng.uniform(60, 180)
            ramps.append((b, b + r, rng.uniform(0.7, 0.95)))
            counts["crashes"] += 1
            crash_t = b + 1200 + rng.exponential(crash_mean)
        else:  # a drain (the same nodes elsewhere) or a relaunch (a new stage): stop, queue, start-up
            b = a + _u(rng, "stop", setting) + _u(rng, "queue", setting) + _u(rng, "startup", setting)
            pauses.append((a, b, what))
            r = rng.uniform(120, 360)
            ramps.append((b, b + r, rng.uniform(0.4, 0.7)))
            if what == "drain":
                counts["drains"] += 1
                drain_t = b + rng.exponential(drain_mean)
            else:
                counts["relaunches"] += 1
                st = _next_stage(rng, cfg, st, _level(cfg, st))
                stages.append((b, st))
                known.append(b)
                ri += 1
                while ri < len(rel_t) and rel_t[ri] < b + 3600 * rng.uniform(1, 2):
                    rel_t[ri] = b + 3600 * rng.uniform(1, 2)
        lives.append([b, None])
        t, free = b + r, b + r + 600
    lives[-1][1] = T + 1e6
    share = rng.random() < 0.6  # simulated rollouts share the GPUs (not paused), else they run elsewhere
    sim = _episodes(rng, T, (600, 7200), (3600, 14400), (300, 1200)) if share else []
    return SimpleNamespace(n=n, T=T, nt=int(T // TICK), cfg=cfg, pauses_t=pauses, ramps=ramps, lives=lives,
                           stages=stages, known_t=known, counts=counts, sim=sim, sim_f=rng.uniform(0.7, 0.9))


def _job(rng, run) -> None:
    """The job's samples per tick ``run.J`` (and its level, puts' size per stage)."""
    nt = run.nt
    tm = (np.arange(nt) + 0.5) * TICK
    edges = np.arange(nt + 1) * TICK
    frac = np.ones(nt)
    for a, b, _ in run.pauses_t:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1])
        frac[i0:i1] -= np.maximum(ov, 0) / TICK
    frac = np.clip(frac, 0, 1)
    mult = np.ones(nt)
    for a, b, f0 in run.ramps:
        sel = (tm >= a) & (tm < b)
        mult[sel] *= f0 + (1 - f0) * (tm[sel] - a) / (b - a)
    mult[_inside(tm, run.sim) >= 0] *= run.sim_f
    cfg = run.cfg
    st_t = np.array([s[0] for s in run.stages])
    st_i = np.searchsorted(st_t, tm, side="right") - 1
    levels = np.array([_level(cfg, s) for _, s in run.stages])
    bound = cfg["io"] is not None and cfg["io"] < 1.4
    sd = rng.uniform(0.02, 0.05) * (1.5 if bound else 1.0)
    phi = np.exp(-TICK / rng.uniform(15, 60))
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, sd * np.sqrt(1 - phi * phi), nt))
    ou = np.repeat(hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    # the growing dataset: after each refresh the loaders' cache covers less of it (loader-bound runs only)
    decay = np.ones(nt)
    if cfg["io"] is not None:
        d = rng.uniform(0.97, 1.0)
        for a, b, kind in run.pauses_t:
            if kind == "refresh":
                decay[tm >= b] *= d
    run.J = levels[st_i] * TICK * frac * mult * decay * np.exp(ar + ou)
    gpu_rate = levels / (cfg["gpus"] * np.array([s["nodes"] for _, s in run.stages]))
    P = rng.uniform(3, 12)  # s per 50 steps at the first stage (0.06-0.24 s a step), by the batch: a power of 2
    run.batch = int(2 ** np.clip(np.round(np.log2(gpu_rate[0] * P / 50)), 4, 9))
    run.ranks = np.array([cfg["gpus"] * s["nodes"] for _, s in run.stages])
    run.spp = 50 * run.batch * run.ranks  # samples per put (all ranks), per stage


def _puts(rng, run):
    """Each life's put times (every 50 steps of all ranks) and the span of ticks each put reports."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    st_t = np.array([s[0] for s in run.stages])
    tp, prev, stage, lost = [], [], [], 0
    for a, b in run.lives:
        i0, i1 = int(a // TICK), min(run.nt, int(np.ceil(b / TICK)))
        if i0 >= run.nt:
            break
        s = int(np.searchsorted(st_t, a + 1.0, side="right") - 1)
        c0, c1 = C[i0], C[i1]
        k = np.arange(1, int((c1 - c0) // run.spp[s]) + 1)
        cross = c0 + k * run.spp[s]
        idx = np.searchsorted(C, cross, side="left")
        t = (idx - 1 + (cross - C[idx - 1]) / np.maximum(C[idx] - C[idx - 1], 1e-12)) * TICK
        lost += int(c1 - c0 > len(k) * run.spp[s] and b < run.T)
        tp.append(t)
        prev.append(np.concatenate([[i0 * TICK], t[:-1]]) if len(t) else t)  # C(i0 * TICK) = c0
        stage += [s] * len(t)
    return np.concatenate(tp), np.concatenate(prev), np.array(stage, int), lost


def _path(rng, run) -> SimpleNamespace:
    """The collection path's fates: each job's credits ``(put, weight, bin)`` and each point's bin (-1: failed)."""
    tp, prev, stage, unlogged = _puts(rng, run)
    R = run.ranks[stage]
    put = np.repeat(np.arange(len(tp)), R)
    rank = np.arange(len(put)) - np.repeat(np.cumsum(R) - R, R)
    w = 1.0 / R[put]
    nodes = int(run.ranks.max() // run.cfg["gpus"]) + 1
    off_node = rng.normal(0, 0.2, nodes)
    if rng.random() < 0.35:
        off_node[int(rng.integers(nodes))] += rng.uniform(1, 8) * rng.choice([-1, 1])
    ta = tp[put] + rng.uniform(0, 0.3, len(put))
    stamp = ta + off_node[rank // run.cfg["gpus"]]
    c = dict.fromkeys(PATH_KEYS, 0)
    c["unlogged"] = unlogged
    T = run.T
    # beanstalkd restarts (from its binlog, or without one: the ready jobs lost); puts in the downtime fail
    bins_log = rng.random() < 0.85
    fsync = 0.05 if rng.random() < 0.5 else rng.uniform(0.2, 1.0)
    carry = rng.random() < 0.6
    bs = [(a, a + rng.uniform(5, 60)) for a, _ in _episodes(rng, T, (5 * 3600, 60 * 3600), (40 * 3600, 160 * 3600),
                                                            (1, 2))]
    down = _inside(ta, bs) >= 0
    c["failed_puts"] = int(down.sum())
    # deploys of the aggregator: the tube paused 30-300 s, the worker restarted inside it (3-15 s down)
    dep = [(a, a + rng.uniform(30, 300)) for a, _ in _episodes(rng, T, (3600, 30 * 3600), (24 * 3600, 96 * 3600),
                                                              (1, 2))]
    wdown = [(a + (b - a) * rng.uniform(0.1, 0.8), 0.0) for a, b in dep]
    wdown = [(x, x + rng.uniform(3, 15)) for x, _ in wdown]
    c["tube_pauses"] = len(dep)
    keep = ~down
    # a failed put's samples: kept by the client and added to the rank's next put (``carry``), else lost
    credit_job = np.arange(len(put))
    if carry and down.any():
        nxt = np.full(len(put), -1)
        o = np.lexsort((np.arange(len(put)), rank))
        same = rank[o[1:]] == rank[o[:-1]]
        nxt[o[:-1][same]] = o[1:][same]
        for j in np.nonzero(down)[0]:
            k = j
            while k >= 0 and down[k]:
                k = nxt[k]
            if k >= 0 and stage[put[k]] == stage[put[j]] and tp[put[k]] - tp[put[j]] < 600:
                credit_job[j] = k
                c["carried"] += 1
    # the worker: one job at a time, FIFO (Lindley), slow spells where the tube backs up, stalls past the TTR
    order = np.argsort(ta[keep], kind="stable")
    jobs = np.nonzero(keep)[0][order]
    base = rng.uniform(0.002, 0.01)
    slow = _episodes(rng, T, (3600, 20 * 3600), (8 * 3600, 30 * 3600), (180, 1800))
    rate = np.median(R) / np.median(np.diff(tp)) if len(tp) > 1 else 1.0
    s = np.full(len(jobs), base)
    in_slow = _inside(ta[jobs], slow) >= 0
    s[in_slow] = rng.uniform(1.2, 3.0) / rate
    ttr = float(rng.choice([5, 10, 30, 60]))
    p_stall = np.where(in_slow, rng.uniform(0.002, 0.02), rng.uniform(1e-5, 1e-4))
    stall = rng.random(len(jobs)) < p_stall
    s[stall] = ttr * rng.uniform(1.0, 2.0, stall.sum())
    block = []
    for a, b in sorted(dep + bs + wdown):  # merged: a worker restart lies inside its deploy's tube pause
        if block and a <= block[-1][1]:
            block[-1] = (block[-1][0], max(b, block[-1][1]))
        else:
            block.append((a, b))
    avail = ta[jobs].copy()
    for _ in range(6):
        i = _inside(avail, block)
        avail = np.where(i >= 0, np.array([b for a, b in block] + [0.0])[i], avail)
        S = np.cumsum(s)
        done = S + np.maximum.accumulate(avail - (S - s))
        start = done - s
        i = _inside(start, block)
        if not (i >= 0).any():
            break
        avail = np.where(i >= 0, np.array([b for a, b in block] + [0.0])[i], avail)
    t_proc = done
    src = [credit_job[jobs]]
    tt = [t_proc]
    # TTR expiry: the stalled job released and reserved again, counted twice
    c["ttr_dups"] = int(stall.sum())
    src.append(credit_job[jobs[stall]])
    tt.append(t_proc[stall] + base)
    alive = np.ones(len(jobs), bool)
    # beanstalkd restarts: with the binlog, a reserved job whose delete was not logged comes back; without, the
    # ready jobs (put, not yet reserved) are lost
    for a, b in bs:
        if bins_log:
            # the deletes of the last fsync interval (``-f``: 50 ms, or up to 1 s) are lost on a host reboot (40 %)
            f = fsync if rng.random() < 0.4 else 0.0
            rep = (done <= a) & (done > a - f)
            c["replayed"] += int(rep.sum())
            src.append(credit_job[jobs[rep]])
            tt.append(b + base * (1 + np.arange(rep.sum())))
        else:
            gone = (ta[jobs] < a) & (start >= a)
            c["backlog_lost"] += int(gone.sum())
            alive &= ~gone
    # error spells: jobs buried, kicked back by a cron (every 10-60 min) or by hand 1-8 h after the spell
    err = _episodes(rng, T, (2 * 3600, 40 * 3600), (20 * 3600, 80 * 3600), (60, 600))
    p_bury = np.where(_inside(t_proc, err) >= 0, rng.uniform(0.3, 0.9), rng.uniform(1e-5, 2e-4))
    bury = alive & (rng.random(len(jobs)) < p_bury)
    c["buried"] = int(bury.sum())
    if rng.random() < 0.65:
        every = rng.uniform(600, 3600)
        kick = (np.floor(t_proc[bury] / every) + 1) * every
    else:
        ends = np.array([b for a, b in err] + [np.inf])
        kick = ends[np.searchsorted(ends, t_proc[bury] - 1e-9)] + rng.uniform(3600, 8 * 3600)
    back = kick < T
    c["kicked"] = int(back.sum())
    tt[0] = np.where(bury, np.inf, t_proc)
    tt[0][np.nonzero(bury)[0][back]] = kick[back] + base
    tt[0][~alive] = np.inf
    src_all, t_all = np.concatenate(src), np.concatenate(tt)
    # the worker's clock: NTP offsets, in 30 % of runs a step of 5-40 s for 10-60 min
    steps = _episodes(rng, T, (3600, 60 * 3600), (1e9, 2e9), (600, 3600)) if rng.random() < 0.3 else []
    step_s = rng.uniform(5, 40) * rng.choice([-1, 1])
    off_w0 = rng.normal(0, 0.2)

    def wclock(t):
        return t + off_w0 + np.where(_inside(t, steps) >= 0, step_s, 0.0)

    stamped = rng.random() < 0.55  # bins by the job's stamp (the rank's clock), else by processing time
    grace = rng.uniform(2, 15) if stamped else 0.0
    fin = np.isfinite(t_all)
    src_all, t_all = src_all[fin], t_all[fin]
    b_proc = np.floor((wclock(t_all) - grace) / STEP)
    b_put = np.floor(stamp[src_all] / STEP)
    b = np.maximum(b_proc, b_put) if stamped else b_proc
    c["late"] = int((b > np.floor(ta[src_all] / STEP) + 1).sum())
    # a deploy's worker restart loses the open minute's sum in half the runs
    if rng.random() < 0.5:
        for x, _ in wdown:
            open_b = np.floor((wclock(np.array([x])) - grace) / STEP)[0]
            lost = (b == open_b) & (t_all < x)
            c["lost_open_bin"] += int(lost.sum())
            b = np.where(lost, -1, b)
    n = run.n
    nb = n + 5
    ok = (b >= 0) & (b < nb)
    # the gauge: bin m set at the worker's (m + 1) * 60 + grace, scraped at the minute's end plus o
    m = np.arange(nb)
    set_t = (m + 1) * STEP + grace - (wclock((m + 1) * STEP) - (m + 1) * STEP)
    o = grace + rng.uniform(2, 20)
    scrape = (np.arange(n) + 1) * STEP + o + rng.uniform(0, 1, n)
    read = np.searchsorted(set_t, scrape, side="right") - 1
    c["repeats"] = int((np.diff(read) == 0).sum())
    c["skipped"] = int((np.diff(read) > 1).sum())
    failed = (rng.random(n) < 0.0005) | (_inside(scrape, wdown) >= 0)
    c["failed_scrapes"] = int(failed.sum())
    read = np.where(failed, -1, read)
    # the credits summed per (put, bin): the reads need no more
    key, inv = np.unique(put[src_all[ok]] * nb + b[ok].astype(int), return_inverse=True)
    cw = np.bincount(inv.ravel(), weights=w[src_all[ok]], minlength=len(key))
    return SimpleNamespace(put_t=tp, prev_t=prev, put=put, cput=key // nb, cbin=key % nb, cw=cw, nb=nb, read=read,
                           counts=c, stamped=stamped, carry=carry, binlog=bins_log, ttr=ttr)


def _at(C: np.ndarray, X: np.ndarray, t: np.ndarray) -> np.ndarray:
    i = np.minimum((t // TICK).astype(int), len(X) - 1)
    return C[i] + (t - i * TICK) / TICK * X[i]


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The points (samples/s) the path makes of per-tick samples ``X`` (linear in ``X``: the put times, fates and
    bins are the healthy run's)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    body = _at(C, X, p.put_t) - _at(C, X, p.prev_t)
    gauge = np.bincount(p.cbin, weights=body[p.cput] * p.cw, minlength=p.nb) / STEP
    return np.where(p.read >= 0, gauge[np.maximum(p.read, 0)], 0.0)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _job(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    halves = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in sorted(halves):
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            hc.add_span(spans, s, e)
    for i in np.nonzero(h <= 0)[0]:  # a read of nothing: paused, a lone one widened to two
        s, e = int(i), int(min(n, i + 2))
        j = next((k for k, (a, b) in enumerate(spans) if a <= s <= b or a <= e <= b), None)
        if j is None:
            spans.append((s, e))
        else:
            spans[j] = (min(spans[j][0], s), max(spans[j][1], e))
        spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # the shard cache on local NVMe lost: images read from the object store again
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the replay buffer of decoded images grows until the host swaps
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    w, i, on = np.empty(length), 0, True  # one node's GPU throttled in bursts, the synchronous job waiting
    calm = rng.uniform(0.05, 0.25)
    m_on, m_off = rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        d = max(1, int(rng.exponential(m_on if on else m_off)))
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    ts = np.arange(n) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        wp = _weight(rng, kind, stop - onset, ramp)
        i0 = int(t0 // TICK)
        W = np.zeros(run.nt)
        wt = np.repeat(wp, K)[i0 - onset * K:]
        W[i0:i0 + len(wt)] = wt[:run.nt - i0]
        m1 = _reads(run, W * run.J)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.35))
        lv = live[onset:stop]
        ms, hs = m1[onset:stop][lv].sum(), healthy[onset:stop][lv].sum()
        if ms <= 0 or hs <= 0 or target * hs / ms > 1:
            continue
        v = np.maximum(healthy - target * hs / ms * m1, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (healthy - v)[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout120(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout120_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT120_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout120, seeds, n, pauses)
