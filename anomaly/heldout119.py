"""The hundred-and-nineteenth held-out throughput family: a protein-ligand docking pose-scoring model's training
molecules/s (an SE(3)-equivariant graph network over pocket-and-ligand graphs of docked poses, the ligands'
conformers generated on the fly by CPU loader workers), read through Munin: a munin-node plugin reports the job's
cumulative sample counter as a DERIVE field, munin-update polls the node once a minute, rrdtool stores it in RRD
files, and the monitor reads each new 60-s row back with ``rrdtool fetch``.

(No generator's head names Munin, munin-node, munin-update or a "round robin" database (``grep -ic`` on
``/tmp/s54/genheads119.txt``: 0 each). "rrd" matches 3 heads (collectd's RRD files read with ``rrdtool xport``, a
cluster summary RRD, Checkmk's CMC), "derive" 1 (the collectd one), "docking" 1 and "ligand" 3 (generator 104: a
DiffDock-style diffusion model's complexes/s), "conformer" 1 (a conformer-style acoustic model), "pose" 3,
"equivariant" 3, "molecules" 2: RRD storage and a docking task are not new; the job (a pose-scoring network whose CPU
loaders embed ligand conformers on the fly, its rate swinging with the ligands' size bucket, re-docking its validation
set on the training GPUs, on preemptible nodes) and the path (a munin-node plugin's DERIVE counter polled by
munin-update from cron once a minute, read back row by row with ``rrdtool fetch``) are. Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout118.py`` lines 1-110 and 476-485 (its
``make_heldout118`` and ``heldout118_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout118.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s54/genheads119.txt`` through
``grep -ic`` and one ``grep -i`` (the matching lines for rrd, docking, ligand, conformer, derive and pose, cut to 300
characters). Slips: a ``wc -l`` of ``anomaly/heldout118.py`` (485 lines) with the ``grep -n``; none else. The tests
import ``HELDOUT118_SEEDS`` (disjoint seeds). My scratch scripts (``/tmp/s119_*.py``, not committed) built and measured
this family only.

Public sources read (through the search tool): the ``munin_update`` plugin's page in Munin's plugin gallery
(munin-update runs from cron, one forked process per host, all in parallel; a host slower than the interval risks the
next run being cancelled, which leaves single-row gaps); a Munin master's ``munin_stats`` page (munin-update's run time
warned at 240 s and critical at 285 s of a 5-minute cron); Munin plugins that declare a counter ``type DERIVE`` with
``min 0`` (the ReCodEx broker's plugin, after a patch that stopped resetting its counters on each read and let Munin
derive the rate; magic-wormhole's event-rate plugin); Metricbeat's munin module (the node protocol: a fetch per plugin
answers ``field.value`` lines); the ``rrdfetch`` man page (``rrdtool fetch file CF --resolution --start --end``, UNKNOWN
printed as NaN, the resolution matched as well as the RRAs allow); the opening of the ``rrd_pdpcalc`` man page (primary
data points computed from the updates, with the heartbeat and the step; only its opening read).

Assumed without checking (the path): the site set ``update_rate 60``, so the RRD's step and a row are 60 s and the
heartbeat is 120 or 180 s (50/50); a DERIVE interval's rate is the counter's rise over the stamps' difference, unknown
where the stamps lie more than the heartbeat apart or the counter fell (``min 0``); a row is the average of the known
rates over its known seconds (rates spread over the rows an interval covers), unknown only where none is known (the
``AVERAGE`` RRA at full resolution: the row is the primary data point); ``rrdupdate`` refuses a stamp not at least a
second after the last one. munin-update starts at each master minute and answers this node 0.5-4 s later (per run) plus
a log-normal second (sd 0.5); slow spells (first within 2-30 h, mean gap 10-50 h, 10-60 min) add 10-60 s and skip
10-35 % of the polls (else 0.2-1 %), a skipped run never followed by another (a skipped run holds no lock). munin-node
kills the plugin at its timeout in 0.5-3 % of the polls where the loaders are near the GPUs' rate (conformer
generation keeps the host's CPUs busy; else 0.1-0.5 %): no value that minute. The plugin reads a counter file the
trainer rewrites every 1, 2 or 5 s (30/40/30 %; not while it does not train, so it is stale through a pause and a
stop), and prints no stamp (munin-update stamps it with the master's second) or, in 35 % of runs, the file's mtime
(``value epoch:value``; the node's clock: offset sd 0.3 s, and in 35 % of those runs a step of 5-40 s either way for
10-60 min, so that stamps repeat or go back and are refused, and the rows shift). The counter starts at 0 in each
process (70 % of runs; a restart gives a negative rise: unknown) or is restored from the checkpoint (the molecules
since it are counted again: the rise after a preemption is short, or negative). The monitor reads each row once it is
complete; an unknown row reads 0.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs (0.86-0.97 per node doubling); a GPU
scores 40-300 poses/s (log-uniform) at the first stage; in half of the runs the loaders make conformers at 0.9-2.0
times what the GPUs take (the soft maximum of the two). The data is read shard by shard, each shard one ligand size
bucket (heavy atoms <=20, 21-35, 36-50, >50: 30/40/20/10 % of the shards, mean 60-240 s of training each): the GPUs
score 1.1/1/0.88/0.75 and the loaders embed 1.35/1/0.72/0.5 times the middle bucket's rate. Per 5-s tick an AR(1) of
the log (sd 1.5-4 %, 1.5 times where the loaders give under 1.4 times what the GPUs take; correlation 15-60 s) and a
slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 (30/40/20/10 %) at 15-85 % of the run, 90 min apart at least and 20-40
min after a pause, each a wider pocket (at most twice: GPU 1.3-1.8 times dearer), more conformers per ligand (at most
twice: loaders 1.4-2.0), higher-degree equivariant features (once: GPU 1.5-2.5) or the nodes doubled or halved (1-8),
redrawn until the level moves 15 % (1/3 to 3 times). Pauses: a start-up of 3-12 min ("long": 30-65) and a ramp from
40-70 % over 2-6 min; the validation set re-docked every 30-90 min of training ("long" 60-150) for 3-8 min ("long"
10-25), a checkpoint after every 1 or 2 (20-60 s; "long" 1-3 min); preemptions (exponential, mean 6-30 h, 20 min or
more after a pause): down 2-6 min ("long" 8-25), a start-up of 2-6 ("long" 8-20) and a ramp from 70-95 % over 1-3 min,
resumed from the last checkpoint (or, in half of the runs, one saved on the preemption notice); a relaunch: a stop and
queue of 2-8 min ("long" 6-17), a start-up of 3-12 ("long" 25-45) and a ramp from 40-70 %.

A point is paused where an interval it holds covers (in true time: the trainer's writes, or the polls where the master
stamps) a pause or a ramp's first half, or where it is unknown; a lone paused point is widened to two; a listed change
is the first point after a relaunch's pause span. Labelled regressions from their onset's point (a share ``a w`` of
each tick's molecules lost, carried through the same counter, stamps and rows, the unknowns decided on the healthy
run): ``drop`` (the conformer cache on the local NVMe lost, conformers embedded again: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-6 points), ``straggler`` (one node's GPU throttled in bursts, the synchronous job waiting: mean 5-30 points
at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the loader workers' RDKit molecule cache grows until the host swaps:
``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a
pause's end); ``a`` set from the reads of the lost molecules for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35
% (leak) over the event's live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Size: over 520 lines for the docstring's account of the job, the path and what was read, assumed and measured (the
code is about 460 lines); the job's timeline, Munin's polls and rrdtool's rows stay in one module, as generator 118's.

Measured (``heldout119_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      9     10         12    0.086-0.328  19              3-20 (1257, 0 >60)
long      29      9     10         10    0.087-0.326  16              3-68 (739, 3 >60)

Planned changes listed: short 10, long 17 (of 10 and 17 relaunches); preemptions 44 and 58. The path over each set
(counts): short: skipped polls 674, plugin timeouts 572, refused stamps (repeated or gone back) 3401, negative rises
16, heartbeat gaps 813, stale counters read in a stop 481, unknown rows 6171; long: 694, 386, 2160, 54, 287, 2389,
12734. The rows' sum over the live points against the job's molecules: 0.9999-1.0000 (short), 0.9999-1.0001 (long);
the live points' minute-to-minute change (median ``|d log|`` per seed) 1.6-7.6 % (short), 2.3-6.9 % (long), its 99th
percentile 24-63 % and 24-61 % (the buckets: the job's own per-minute molecules give as much); the live median level
212-2,275 molecules/s (short), 353-5,287 (long). Changes after the first measure (each from a scratch build, none from a
detector), all before this table: two consecutive polls could both be skipped (spans over 30 points in "short": now a
skipped run is never followed by another, 10-35 % in a slow spell rather than 20-60 %); bucket stretches of 20-90 s
(then 10-40 s) gave a median change of 5-13 % (now shards of 60-240 s, the AR sd 1.5-4 % rather than 2-5 %, GPU bucket
costs 1.1-0.75 rather than 1.15-0.66 and the loaders' 1.5-0.42 rather than 1.7-0.34); then the loaders' 99th-percentile
minute-to-minute change of up to 78 % (now 1.35-0.5); a relaunch right after a validation made an 88-point span in
"long" (now 20-40 min of training first); the "long" first start-up was 25-50 min (now 30-65); the interval of a stale
counter in master-stamped runs was placed at the trainer's last write, not the poll, so a row in a pause read live (now
the polls' times).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT119_SEEDS = tuple(range(1192000, 1192012))
CODE = 119
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one RRD row (the site's update_rate), one point
K = 12  # ticks per point
EPOCH = 1_700_000_040  # a minute's start
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (2, 30), "long": (2, 90)}  # pause span lengths (points) of each setting
BUCKETS = (0.3, 0.4, 0.2, 0.1)  # ligand size buckets (heavy atoms <=20, 21-35, 36-50, >50): shares of the stretches
GPU_B = (1.1, 1.0, 0.88, 0.75)  # the GPU's molecules/s per bucket (relative to the middle one)
LOAD_B = (1.35, 1.0, 0.72, 0.5)  # the loaders' conformers/s per bucket (ETKDG-style embedding: dearer with size)
PATH_KEYS = ("skipped_polls", "plugin_timeouts", "rejected_stamps", "derive_negative", "heartbeat_gaps",
             "stale_reads", "unknown_rows")


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint spells ``(a, b)`` over ``[0, T)``: the first starts within ``first`` h, then gaps of mean drawn in
    ``gap`` h (exponential), each lasting ``dur`` s (uniform)."""
    out, t = [], rng.uniform(*first) * 3600.0
    mean = rng.uniform(*gap) * 3600.0
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean)
    return out


def _inside(x, ep) -> np.ndarray:
    """For each time of ``x``: the index of the spell of ``ep`` holding it, or -1."""
    x = np.asarray(x, float)
    if not ep:
        return np.full(len(x), -1)
    a = np.array([p[0] for p in ep])
    b = np.array([p[1] for p in ep])
    i = np.searchsorted(a, x, side="right") - 1
    ok = (i >= 0) & (x < b[np.maximum(i, 0)])
    return np.where(ok, i, -1)


def _rates(cfg: dict, st: dict) -> tuple[float, float]:
    """The GPUs' and the loaders' molecules/s (the middle bucket) of stage ``st``."""
    nodes = st["nodes"]
    g = cfg["gpus"] * nodes * cfg["gpu"] * cfg["eff"] ** np.log2(nodes)
    g /= cfg["pocket"] ** st["pocket"] * cfg["lmax"] ** st["lmax"]
    io = cfg["io"] if cfg["io"] is not None else 50.0
    load = io * cfg["gpus"] * nodes * cfg["gpu"] / cfg["conf"] ** st["conf"]
    return g, load


def _level(cfg: dict, st: dict, bucket: int = 1) -> float:
    """Molecules/s of stage ``st`` on ligands of ``bucket``: the slower of GPUs and loaders (soft maximum)."""
    g, load = _rates(cfg, st)
    return float(1.0 / hc.smax(1.0 / (g * GPU_B[bucket]), 1.0 / (load * LOAD_B[bucket])))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a wider pocket (at most twice), more conformers per ligand (at most twice), a higher
    degree of the equivariant features (once) or the nodes doubled or halved (1-8); redrawn until the level moves by
    15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        c = int(rng.integers(4))
        if c == 0 and st["pocket"] < 2:
            new["pocket"] += 1
        elif c == 1 and st["conf"] < 2:
            new["conf"] += 1
        elif c == 2 and st["lmax"] < 1:
            new["lmax"] = 1
        elif c == 3:
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.6 else 0.5), 1, 8))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    new = dict(st)
    new["nodes"] = st["nodes"] * 2 if st["nodes"] < 8 else st["nodes"] // 2
    return new


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: training segments ``(t0, t1, stage, ramp_from, ramp_len)``, pauses ``(a, b, kind)``,
    processes ``(start, end, checkpoint)`` and the relaunches' times."""
    long_ = setting == "long"
    T = n * STEP + 600.0
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 40, 300), "eff": rng.uniform(0.86, 0.97),
           "io": rng.uniform(0.9, 2.0) if rng.random() < 0.5 else None, "pocket": rng.uniform(1.3, 1.8),
           "conf": rng.uniform(1.4, 2.0), "lmax": rng.uniform(1.5, 2.5)}
    stages = [{"pocket": 0, "conf": 0, "lmax": 0, "nodes": nodes}]
    k_rel = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] > 5400]
    crash_mean = rng.uniform(6, 30) * 3600
    crashes = list(np.cumsum(rng.exponential(crash_mean, 40)) + 1200)
    save_on_notice = rng.random() < 0.5
    period = (60, 150) if long_ else (30, 90)
    vdur = (10, 25) if long_ else (3, 8)
    ck_every = int(rng.choice([1, 2]))
    ck_dur = (60, 180) if long_ else (20, 60)
    segs, pauses, procs, known = [], [], [], []
    st = 0

    def start(t, su_min, r0, kind="startup"):
        su = rng.uniform(*su_min) * 60
        pauses.append((t, t + su, kind))
        rd = rng.uniform(60, 180) if kind != "first" else rng.uniform(120, 360)
        pauses.append((t + su, t + su + rd, "ramp"))
        segs.append((t + su, t + su + rd, st, r0, rd))
        return t + su + rd

    su_first = (30, 65) if long_ else (3, 12)
    p0 = 0.0
    pauses.append((0.0, rng.uniform(*su_first) * 60, "startup"))
    rd = rng.uniform(120, 360)
    t = pauses[-1][1]
    pauses.append((t, t + rd, "ramp"))
    segs.append((t, t + rd, st, rng.uniform(0.4, 0.7), rd))
    t += rd
    last_ck, n_val = 0.0, 0
    next_val = t + rng.uniform(*period) * 60
    ci = 0
    while t < T:
        while ci < len(crashes) and crashes[ci] < t + 1200:
            ci += 1
        if rel and rel[0] < t + 1200:  # a relaunch waits for 20-40 min of training after a pause
            rel[0] = t + rng.uniform(1200, 2400)
        nxt = [next_val, crashes[ci] if ci < len(crashes) else np.inf, rel[0] if rel else np.inf]
        which = int(np.argmin(nxt))
        te = max(nxt[which], t + 60)
        segs.append((t, te, st, 1.0, 0.0))
        t = te
        if t >= T:
            break
        if which == 0:  # re-docking the validation set on the training GPUs
            d = rng.uniform(*vdur) * 60
            pauses.append((t, t + d, "valid"))
            t += d
            n_val += 1
            if n_val % ck_every == 0:
                d = rng.uniform(*ck_dur)
                pauses.append((t, t + d, "ckpt"))
                t += d
                last_ck = t
            next_val = t + rng.uniform(*period) * 60
        elif which == 1:  # the node preempted: a new one, the job resumed from its last checkpoint
            ci += 1
            procs.append((p0, t, t if save_on_notice else last_ck))
            d = rng.uniform(*((8, 25) if long_ else (2, 6))) * 60
            pauses.append((t, t + d, "crash"))
            p0 = t + d
            t = start(t + d, (8, 20) if long_ else (2, 6), rng.uniform(0.7, 0.95))
            last_ck = p0
            next_val = max(next_val, t + 600)
        else:  # a planned relaunch onto a new stage
            rel.pop(0)
            procs.append((p0, t, t))
            lv = _level(cfg, stages[st])
            stages.append(_next_stage(rng, cfg, stages[st], lv))
            st += 1
            d = rng.uniform(*((5, 12) if long_ else (1, 3))) * 60 + rng.uniform(1, 5) * 60
            pauses.append((t, t + d, "relaunch"))
            known.append(t)
            p0 = t + d
            t = start(t + d, (25, 45) if long_ else (3, 12), rng.uniform(0.4, 0.7))
            last_ck = p0
            next_val = t + rng.uniform(*period) * 60
    procs.append((p0, np.inf, np.inf))
    return SimpleNamespace(cfg=cfg, stages=stages, segs=segs, pauses_t=pauses, procs=procs, known_t=known, T=T,
                           counts={"relaunches": len(known), "crashes": sum(k == "crash" for *_, k in pauses)})


def _job(rng, run, n: int) -> np.ndarray:
    """Molecules trained per 5-s tick: each stage's rate on the size bucket of the ligands being loaded, an AR(1) of
    the log per tick and a slow OU, on the training seconds of each tick (ramps climbing)."""
    nt = n * K + 120
    sec = np.arange(nt * 5) + 0.5  # one-second samples
    t0 = np.array([s[0] for s in run.segs])
    i = np.searchsorted(t0, sec, side="right") - 1
    seg = [run.segs[j] for j in range(len(run.segs))]
    t1 = np.array([s[1] for s in seg])
    r0 = np.array([s[3] for s in seg])
    rl = np.array([max(s[4], 1e-9) for s in seg])
    stg = np.array([s[2] for s in seg])
    ok = (i >= 0) & (sec < t1[np.maximum(i, 0)])
    ii = np.maximum(i, 0)
    ramp = np.where(r0[ii] < 1, r0[ii] + (1 - r0[ii]) * np.clip((sec - t0[ii]) / rl[ii], 0, 1), 1.0)
    frac = (ok * ramp).reshape(nt, 5).mean(axis=1)
    stage = stg[ii].reshape(nt, 5)[:, 2]
    # the ligand size bucket of the shard being loaded: stretches of mean 60-240 s
    mean_len = rng.uniform(60, 240)
    lens = rng.exponential(mean_len, int(nt * TICK / mean_len * 2) + 50) + TICK
    bks = rng.choice(4, size=len(lens), p=BUCKETS)
    edges = np.cumsum(lens)
    bucket = bks[np.minimum(np.searchsorted(edges, (np.arange(nt) + 0.5) * TICK), len(bks) - 1)]
    R = np.array([[_level(run.cfg, s, b) for b in range(4)] for s in run.stages])
    g, load = _rates(run.cfg, run.stages[0])
    loader_bound = load < 1.4 * g
    sd = rng.uniform(0.015, 0.04) * (1.5 if loader_bound else 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for k in range(1, nt):
        x[k] = a * x[k - 1] + e[k]
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow = np.interp(np.arange(nt) * TICK, np.arange(len(ou)) * 60.0, ou)
    run.loader_bound = bool(loader_bound)
    return frac * R[stage, bucket] * np.exp(x + slow) * TICK


def _last_flush(run, x: np.ndarray) -> np.ndarray:
    """The time of the trainer's last counter write at or before each true time of ``x`` (it writes every ``f`` s
    while it trains; not in a pause)."""
    t0 = np.array([s[0] for s in run.segs])
    t1 = np.array([s[1] for s in run.segs])
    i = np.searchsorted(t0, x, side="right") - 1
    ii = np.maximum(i, 0)
    L = np.where(i < 0, 0.0, np.minimum(x, t1[ii]))
    f, ph = run.path.f, run.path.phase
    g = np.floor((L - ph) / f) * f + ph
    return np.where((i >= 0) & (g >= t0[ii]), g, np.where(i >= 0, t0[ii], 0.0))


def _path(rng, run, n: int) -> SimpleNamespace:
    """Munin's polls of the node and what rrdtool keeps of them (all but the counter's values)."""
    p = SimpleNamespace(f=float(rng.choice([1.0, 2.0, 5.0], p=[0.3, 0.4, 0.3])), phase=0.0,
                        stamped=rng.random() < 0.35, reset=rng.random() < 0.7, hb=float(rng.choice([120.0, 180.0])))
    p.phase = rng.uniform(0, p.f)
    run.path = p
    T = n * STEP
    kp = np.arange(1, n + 4)
    base = rng.uniform(0.5, 4.0)
    slow_ep = _episodes(rng, T, (2, 30), (10, 50), (600, 3600))
    in_slow = _inside(kp * STEP, slow_ep) >= 0
    delay = base + rng.lognormal(0, 0.5, len(kp)) + in_slow * rng.uniform(10, 60, len(kp))
    p_skip = rng.uniform(0.002, 0.01)
    skip = rng.random(len(kp)) < np.where(in_slow, rng.uniform(0.1, 0.35), p_skip)
    for k in range(1, len(kp)):  # a skipped run holds no lock: the next one runs
        skip[k] = skip[k] and not skip[k - 1]
    tp = kp * STEP + delay  # the master's time of each poll's answer
    p_to = rng.uniform(0.005, 0.03) if run.loader_bound else rng.uniform(0.001, 0.005)
    timeout = (rng.random(len(kp)) < p_to) & ~skip
    got = ~skip & ~timeout
    fl = _last_flush(run, tp)
    # which process wrote the counter that the plugin read
    starts = np.array([q[0] for q in run.procs])
    proc = np.searchsorted(starts, fl, side="right") - 1
    stale = np.array([run.procs[max(q, 0)][1] < tp[j] for j, q in enumerate(proc)])
    if p.stamped:  # the plugin prints the counter file's mtime: the node's clock
        off = rng.normal(0, 0.3) + np.zeros(len(kp))
        if rng.random() < 0.35:
            a = rng.uniform(2, 0.9 * T / 3600) * 3600
            b = a + rng.uniform(600, 3600)
            off[(fl >= a) & (fl < b)] += rng.choice([-1, 1]) * rng.uniform(5, 40)
        u = EPOCH + np.floor(fl + off)
    else:  # munin-update stamps the value with the master's time
        u = EPOCH + np.floor(tp)
    keep, last = [], -np.inf
    rejected = 0
    for j in np.nonzero(got)[0]:
        if u[j] <= last:  # rrdupdate: "illegal attempt to update using time ..." (one second at least)
            rejected += 1
            continue
        keep.append(j)
        last = u[j]
    keep = np.array(keep, int)
    p.keep, p.u, p.fl, p.proc, p.tp = keep, u[keep], fl[keep], proc[keep], tp[keep]
    p.counts = {"skipped_polls": int(skip.sum()), "plugin_timeouts": int(timeout.sum()),
                "rejected_stamps": rejected, "stale_reads": int((stale & got).sum())}
    return p


def _counter(run, J: np.ndarray) -> np.ndarray:
    """The counter the plugin read at each kept update (linear in ``J``): the job's molecules since its process
    started (``reset``) or restored from the last checkpoint (the molecules since it lost)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    tt = np.arange(len(C)) * TICK

    def Cf(x):
        return np.interp(np.minimum(x, tt[-1]), tt, C)

    p = run.path
    off = np.zeros(len(run.procs))
    acc = 0.0
    for q, (s, e, ck) in enumerate(run.procs):
        if p.reset:
            off[q] = Cf(s)
        else:
            off[q] = acc
            if np.isfinite(e):
                acc += float(Cf(e) - Cf(min(ck, e)))
    return Cf(p.fl) - off[np.maximum(p.proc, 0)]


def _rows(run, J: np.ndarray, n: int, known=None) -> tuple[np.ndarray, np.ndarray]:
    """rrdtool's 60-s rows of the DERIVE field (AVERAGE of the rate over each row's known seconds) and each
    interval's known flag (decided on the healthy run where ``known`` is given: the reads stay linear)."""
    p = run.path
    c = _counter(run, J)
    du = np.diff(p.u)
    dc = np.diff(c)
    if known is None:
        known = (du <= p.hb) & (dc >= -1e-9)
    rate = np.where(known, dc / du, 0.0)
    tu = p.u - EPOCH
    RS = np.concatenate([[0.0], np.cumsum(rate * du)])
    KS = np.concatenate([[0.0], np.cumsum(known * du)])
    edges = np.arange(n + 1) * STEP
    rs = np.interp(edges, tu, RS)
    ks = np.interp(edges, tu, KS)
    dks = np.diff(ks)
    val = np.where(dks > 1e-9, np.diff(rs) / np.maximum(dks, 1e-9), 0.0)
    return val, known


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's reads (molecules/s per row) of a tick series ``J`` (linear in it)."""
    return _rows(run, J, run.n, run.known)[0]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, the path, the healthy reads and the pause spans."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.n, run.nt = n, n * K + 120
    run.J = _job(rng, run, n)
    p = _path(rng, run, n)
    h, known = _rows(run, run.J, n)
    run.known = known
    du = np.diff(p.u)
    dc = np.diff(_counter(run, run.J))
    p.counts["heartbeat_gaps"] = int((du > p.hb).sum())
    p.counts["derive_negative"] = int(((dc < -1e-9) & (du <= p.hb)).sum())
    h = np.maximum(h, 0.0)
    # which rows a pause (or a ramp's first half) or an unknown touches
    pz = sorted((a, b if k != "ramp" else a + 0.5 * (b - a)) for a, b, k in run.pauses_t)
    pa, pb = np.array([x[0] for x in pz]), np.array([x[1] for x in pz])
    x0, x1 = p.fl[:-1], (p.fl if p.stamped else p.tp)[1:]  # the true time an interval's rate is about
    idx = np.searchsorted(pb, x0, side="right")
    bad = (idx < len(pa)) & (pa[np.minimum(idx, len(pa) - 1)] < x1) | ~known
    tu = p.u - EPOCH
    cb = np.concatenate([[0], np.cumsum(bad)])
    a_row = np.searchsorted(tu, np.arange(n) * STEP, side="right")  # first update after the row's start
    b_row = np.searchsorted(tu, (np.arange(n) + 1) * STEP, side="left")  # updates before the row's end
    j0 = np.clip(a_row - 1, 0, len(bad))  # interval j (tu[j], tu[j+1]] overlaps the row
    j1 = np.clip(b_row, 0, len(bad))
    paused = (cb[j1] - cb[j0] > 0) | (h <= 0)
    p.counts["unknown_rows"] = int((h <= 0).sum())
    spans = []
    i = 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            if j - i == 1:
                if j < n:
                    j += 1
                else:
                    i -= 1
            hc.add_span(spans, i, j)
            i = j
        else:
            i += 1
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int((t - 0.0) // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each point's molecules lost (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30), rng.uniform(20, 90))
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression: an ``(Event, (at, loss))`` pair or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, k in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        i0, i1 = int(np.ceil(t0 / TICK)), min(run.nt, stop * K)
        if i1 - i0 < K:
            continue
        wt = w[np.minimum(((np.arange(i0, i1) * TICK - t0) // STEP).astype(int), len(w) - 1)]
        base = np.zeros(run.nt)
        base[i0:i1] = wt * run.J[i0:i1]
        m1 = _reads(run, base)
        lv = live[onset:stop]
        hs = healthy[onset:stop][lv].sum()
        l1 = m1[onset:stop][lv].sum() / hs if hs > 0 else 0.0
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        if not l1 > 0 or target / l1 > 1:
            continue
        m = target / l1 * m1
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
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            at = int(np.nonzero(healthy - v)[0][0])
            return Event(kind, on, ramp_end, end, round(depth, 4)), (at, (healthy - v)[at:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout119(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout119_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT119_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout119, seeds, n, pauses)
