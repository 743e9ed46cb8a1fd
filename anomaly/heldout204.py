"""The two-hundred-and-fourth held-out throughput family: a zebrafish larva phenotyping model's training images/s on
1, 2 or 4 nodes (a network scoring morphology and behaviour of larvae in 96-well plates from high-throughput
microscope images and short videos, for a drug screen: plates' images stitched, wells cropped and augmented on CPU
workers, rare phenotypes oversampled; an evaluation on a held-out screen's plates now and then), read through
Syncthing: each node's reporter appends a line (its clock's time, its images since its last line) every 10-30 s to a
CSV file of its own in a shared folder, each node's device syncs it to a monitor's device, and the monitor reads the
synced files once a minute and sums the images per minute of the line's time or of the time it first saw the line.

Heads (``for f in anomaly/heldout*.py; do head -3 "$f"; done``, 201 files, then ``grep -ic`` only): syncthing,
zebrafish, larva, 96-well, phenotyp, sync-conflict, conflict, rescan, "filesystem watcher", inotify, relay, stitch,
"drug screen", "shared folder", folder, watcher, organoid, larvae: 0 each. Near words, their matches printed with
``grep -io`` (up to 120 characters before and 60 after): "microscop" 2 (a malaria blood-smear model), "well" 1 (an
IVF embryo model's focal stacks, "wells cropped"), "plate" 5 (a licence-plate recogniser; a Cell Painting model's
five-channel plates), "high-content" 1 (the same Cell Painting model), "screen" 3 (off-target screens, held-out
screens, breast-cancer screening), "csv" 1 (SFTP file drops: "each node's reporter writes a small CSV file every
15-60 s and uploads it"), "shared" 6 and "sync" 1 (an NFS export, a shared Slurm cluster, async inserts), "fish" 3
(fisheries and salmon-farm video models), "embryo" 2 (not printed), "block" 2, "rotat" 4, "images/s" 25,
"oversampl" 15, "video" 33. Read as: plate-based screening imagery is not new (a Cell Painting model), a per-node
CSV reporter is not new (SFTP drops); the zebrafish larva job and Syncthing's watcher, rescans, held syncs, conflict
copies and a file per node per day are. Job and path named by the lead.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 313-537 cut from one long
print of it with ``tests/trace_checks.py`` and ``anomaly/traces.py`` 1-80, printed again as lines 300-537),
``tests/trace_checks.py`` (all: lines 1-200 printed again), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads through the greps above. Slips: ``wc -l`` of
``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` (537, 402 lines); an ``ls anomaly/heldout203.py`` (no
such file: the test writes generator 203's seeds by the project's rule, ``range(2032000, 2032012)``); none else.

Public sources read (excerpts through the search tool): Syncthing's ``syncthing-config(5)`` man page (Ubuntu's
bionic, focal, jammy and kinetic copies: a folder's ``rescanIntervalS``, ``fsWatcherEnabled``, ``fsWatcherDelayS``
"10" in the default config, ``maxConflicts``, ``minDiskFree`` 1 %); a user's config gist (rescanIntervalS 1800 with
the watcher on); syncthing/syncthing issues #383 (the periodic scan looks at timestamps, "by default every 60
seconds" then), #8570 and #8573 (the rescan interval when the watcher is on), #9457 (a folder found again only at
the scheduled scan), #2414 and #771 (a file changed while being pulled: hash mismatch, "will retry later"), #4600 and
#3742 (conflicting versions, a conflict copy or a silent overwrite), #3736 and #2723 and syncthing/relaysrv#30
(connections through relays, reconnects after a read timeout, sessions slow to start), #2359 (dropped connections,
the reconnection interval); conflict-copy tools' pages (``name.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.ext``, readers
that must filter them: Ferryman's ``SYNC_CONFLICTS.md``, ``syncthing_conflict_resolver``). Not read (assumed): the
watcher's aggregation beyond its delay; how a paused folder resumes; relay throughput; anything on the job
(zebrafish screening pipelines were not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.82-0.95 per doubling); a node's GPUs train
150-2,500 images/s (log-uniform), its CPU workers (stitching, well crops, augmentation) feed 1.05-2.2 times that; a
step waits for the slower (a soft maximum of the costs). Plates are read one at a time: a plate lasts 4-30 min
(log-uniform), its factor sd 3-8 %, 1 in 5 video-heavy (87-93 %), its first 5-30 s (stitching) at 30-70 %; per 5-s
tick an AR(1) of the log with Student-t(4) steps (sd 1.5-4 %, 15-60 s) and a slow OU (sd 1-3 %, 30-180 min).
Relaunches: 0-3 at 15-85 % of the run, an hour apart, onto another node count (1 in 3) or another crop/clip shape
(GPU cost 1.3-1.8, CPU 1.15-1.5 per step, -1 .. 2 steps), redrawn until the level moves 15 % (1/3 to 3 times).
Pauses: start-up 4-12 min ("long" 30-70) and a ramp from 30-70 % over 3-8 min; an evaluation on a held-out screen's
plates every 40-120 min of training, 3-8 min ("long" 12-30), every 3rd or 4th with a checkpoint (20-90 s, "long" 2-5
min); crashes (exponential, mean 10-40 h): down 2-5 min ("long" 8-20), then a start-up of 3-8 ("long" 10-25) and a
ramp; a relaunch: stopped 1-4 min ("long" 6-14), queued 2-6, then a start-up and its ramp.

On the path (not checked): a node's reporter (in the trainer) appends a line every ``R`` s (10-30 a run, 0.95-1.05
per node, plus 0-0.3 s) from its process's start; a graceful stop writes a last line, a crash loses the interval
under way. Node clocks: offset sd 0.5 s; in 25 % of runs one node 10-90 s off; in 30 % of runs steps (0.5-3 a day, sd
0.5-5 s). Syncthing on a node (80 %) scans a changed file ``D`` s after its change (the watcher's delay: 10 s in 70 %
of runs, else 1-5) plus 0.05-0.5 s of hashing; else (the watcher failed) at its rescans, every 60-300 s; the monitor
pulls the blocks 0.3-3 s later (a relayed node, 30 %: 2-20 s), lognormal sd 0.4. The sync is held while the node's
device is disconnected (1-6 a day, 20 s-10 min, then up to 60 s to the next connection attempt), while its Syncthing
restarts (0.1-0.5 a day, 30-120 s, then a start-up scan of 5-60 s) and while the monitor's disk is under
``minDiskFree`` (a quota, 0-1.5 a day, 5-45 min): held lines arrive together after it. A node's lines arrive in
order. Conflicts (40 % of runs, the monitor's side also writing the files: 0.3-1.5 a day per node): the lines still
unsynced land in a ``.sync-conflict`` copy; the monitor ignores copies (40 %: those lines lost), reads them with a
dedup on (node, time) (35 %) or counts the last 0-20 lines of the copy again (25 %). The monitor reads at one phase
of each minute on its clock (offset sd 0.3-3 s, in 20 % of runs 5-60 s more); it restarts 0.1-0.5 a day (1-5 min
down) and re-reads what it read since its last saved offsets (saved every 2-10 min): counted twice. Files rotate at
each node's midnight; half the monitors read only the files named by their own date (a line in an older file is
lost, one in a newer file waits for the monitor's midnight). 55 % of monitors bin by the line's time and close a
minute 120-300 s after its end on their clock (a copy read later is lost), the others by the time of the first read.
A point is the minute's images / 60 (0: none read). The reads are linear in the images; the lines' fates are the
healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same lines and reads): ``drop`` (an augmentation worker
pool losing OOM-killed workers: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler`` (one node's plate
reads slowed in bursts: 1 for a mean of 40-300 ticks, calm for a mean of 100-500 at 0.05-0.25), ``leak`` (the
stitched-plate cache growing, the page cache evicted: ``w = (s / ramp) ** p``, ``p`` 0.7-2, then held); onsets 30 %
at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads of
the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout204_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     28      9     10         9     0.077-0.324  16              1-37 (1921, 0 >60)
long      31      9     10         12    0.079-0.324  22              1-85 (822, 16 >60)

Planned changes listed: short 22, long 13 (of 22 and 13 relaunches; none kept its stage); crashes 62 and 54. The path
over each set (counts): short: lines 444,508, intervals lost in a crash 133, nodes without a watcher 3, relayed
nodes 5, disconnects 400, node Syncthing restarts 34, quota holds 23, monitor restarts 20, lines held 6,182,
conflicts 33 (lines lost in them 8, counted again 0), lines re-read after a monitor restart 432, read after their
minute closed 1,545, lost at a rotation 98, late at a rotation 4, clock steps 35, copies in another minute than
their write's 192,013, unread minutes 7,936; long: 672,655, 130, 11, 9, 520, 55, 44, 20, 14,469, 104 (171, 0), 675,
33,810, 263, 5, 95, 231,628, 17,146. No run of the sets has both conflicts and a monitor counting a copy again (that
law never fires here). The reads' sum over the live points against the job's images: 0.996-1.829 per seed (short),
0.727-1.034 (long): bursts after a held or unwatched sync land on live points while the minutes before read nothing
(paused), and line-time monitors lose late lines (one "long" run 29 %). The live points' minute-to-minute change
(median ``|d log|`` per seed) 2.6-130 % (short), 1.6-127 % (long), its 99th percentile 38-211 % (short), 31-173 %
(long): a minute sums 2-6 lines, so a reporter's period that does not divide 60 s alternates its count (up to
log 1.5), and a node synced only at rescans adds its lines in bursts (three runs over 100 %); the live median level
216-2,099 images/s (short), 173-4,863 (long). Before the first measure: none (the first measure was both sets'
12 seeds at 6,000 points). Changes of the laws after it: one: a line-time monitor closed a minute 30-120 s after its
end, and now 120-300 s (the first measure lost 84 % of one "short" run's lines: a node 83 s behind lost whole, the
other's lines often past the close, 75 % of that trace unread; line-time late losses were 15,781 lines short and
83,479 long). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 45 points "short",
110 "long"); the whole test file takes 1.6-3.4 s on one core (28 tests, ``taskset -c 0``, six runs).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT204_SEEDS = tuple(range(2042000, 2042012))
CODE = 204
TICK = 5.0  # the job's tick (s)
STEP = 60.0  # one point a minute
K = int(STEP / TICK)
DAY = 86400.0
EPOCH = 1_780_012_800  # a UTC midnight: point i is stamped at the end of minute i
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (1, 45), "long": (1, 110)}  # pause spans' lengths (points) the tests accept
PATH_KEYS = ("lines", "crash_lost", "no_watcher", "relayed", "disconnects", "node_restarts", "quota", "mon_restarts",
             "held", "conflicts", "conflict_lost", "conflict_twice", "reread", "late_lost", "rotation_lost",
             "rotation_late", "clock_steps", "moved")


# ---------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the GPUs' rate and the CPU workers' (stitching, well crops, augmentation), the
    step waiting for the slower (a soft maximum of the costs); nodes scale by ``eff`` per doubling."""
    gpu = cfg["gpu"] / cfg["crop_g"] ** st["crop"]
    cpu = cfg["cpu"] / cfg["crop_c"] ** st["crop"]
    per_node = 1.0 / hc.smax(1.0 / gpu, 1.0 / cpu)
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (1 in 3) or another crop/clip shape (-1 .. 2 steps from the first),
    redrawn until the level moves by 15 % or more (and within 1/3 .. 3 times); the old stage after 60 tries."""
    for _ in range(60):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["crop"] = int(np.clip(st["crop"] + rng.choice([-1, 1]), -1, 2))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _span(rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi)) * 60.0


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline (pauses, lives, stages) and its images per 5-s tick ``J``."""
    long = setting == "long"
    T = n * STEP + 900.0
    nt = int(T / TICK) + 1
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": rng.uniform(0.82, 0.95),
           "crop_g": rng.uniform(1.3, 1.8), "crop_c": rng.uniform(1.15, 1.5)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "crop": 0}
    n_rel = int(rng.integers(0, 4))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, n_rel) * n * STEP):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    crash_mean = rng.uniform(10, 40) * 3600
    pauses_t, ramps, segs, lives, restarts, known_t, known_kind = [], [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def startup(t, kind, pre=0.0):
        dur = pre + (_span(rng, 30, 70) if long and kind == "startup" else
                     _span(rng, 10, 25) if long else _span(rng, 4, 12) if kind == "startup" else _span(rng, 3, 8))
        pauses_t.append((t, t + dur, kind))
        rl, rf = _span(rng, 3, 8), rng.uniform(0.3, 0.7)
        ramps.append((t + dur, rl, rf))
        return t + dur

    life0 = 0.0
    t = startup(0.0, "startup")
    next_crash = t + rng.exponential(crash_mean)
    to_eval = _span(rng, 40, 120)
    ck_every = int(rng.integers(3, 5))
    ri = 0
    while t < T:
        cand = [to_eval, next_crash - t, rel[ri] - t if ri < len(rel) else np.inf, T - t]
        which = int(np.argmin(cand))
        run_len = max(cand[which], 60.0)
        r0, rl, rf = ramps[-1]
        segs.append(SimpleNamespace(t0=t, t1=t + run_len, level=_level(cfg, st), r0=r0, rl=rl, rf=rf,
                                    nodes=st["nodes"]))
        t += run_len
        to_eval -= run_len
        if which == 0:
            counts["evals"] += 1
            ck = counts["evals"] % ck_every == 0
            counts["ckpts"] += ck
            dur = _span(rng, 12, 30) if long else _span(rng, 3, 8)
            dur += (_span(rng, 2, 5) if long else _span(rng, 0.33, 1.5)) if ck else 0.0
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            ramps.append((t + dur, 1.0, 1.0))
            t += dur
            to_eval = _span(rng, 40, 120)
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, False, st["nodes"]))
            down = _span(rng, 8, 20) if long else _span(rng, 2, 5)
            life0 = t + down
            stop = t
            t = startup(t, "crash", pre=down)
            restarts.append((stop, t, True))
            next_crash = t + rng.exponential(crash_mean)
        elif which == 2:
            counts["relaunches"] += 1
            lives.append((life0, t, True, st["nodes"]))
            lv = _level(cfg, st)
            new = _next_stage(rng, cfg, st, lv)
            stop = t
            down = (_span(rng, 6, 14) if long else _span(rng, 1, 4)) + _span(rng, 2, 6)
            life0 = t + down
            t = startup(t, "relaunch", pre=down)
            restarts.append((stop, t, new == st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known_t.append(t)
                known_kind.append("nodes" if new["nodes"] != st["nodes"] else "crop")
            st = new
            ri += 1
        else:
            break
    lives.append((life0, T, True, st["nodes"]))
    run = SimpleNamespace(n=n, dt=STEP, k=K, T=T, nt=nt, cfg=cfg, segs=segs, pauses_t=pauses_t, ramps=ramps,
                          lives=lives, restarts=restarts, known_t=known_t, known_kind=known_kind, counts=counts,
                          setting=setting)
    run.J = _images(rng, run)
    return run


def _images(rng, run) -> np.ndarray:
    """Images per tick: the stage's level, its ramp after a pause, the plate being read (4-30 min a plate, a factor
    of sd 3-8 %, 1 in 5 video-heavy at 87-93 %, its first 5-30 s of stitching at 30-70 %), an AR(1) of the log with
    heavy tails (sd 1.5-4 %, 15-60 s) and a slow OU (sd 1-3 %, 30-180 min)."""
    nt = run.nt
    tb, train, seg_of = hc.seg_buckets(run.segs, nt, TICK)
    on, (level, r0, rl, rf) = hc.seg_columns(run.segs, seg_of, "level", "r0", "rl", "rf")
    mid = tb + TICK / 2
    ramp = rf + (1 - rf) * np.clip((mid - r0) / rl, 0, 1)
    plate = np.ones(nt)
    t, sd_p = 0.0, rng.uniform(0.03, 0.08)
    while t < run.T:
        d = hc.log_uniform(rng, 240, 1800)
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK) + 1)
        f = np.exp(rng.normal(0, sd_p)) * (rng.uniform(0.87, 0.93) if rng.random() < 0.2 else 1.0)
        plate[i0:i1] = f
        s = int(rng.uniform(5, 30) // TICK) + 1
        plate[i0:min(i1, i0 + s)] *= rng.uniform(0.3, 0.7)
        t += d
    sd, tau = rng.uniform(0.015, 0.04), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.standard_t(4, nt) / np.sqrt(2.0) * sd * np.sqrt(1 - a * a)
    ar = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    slow = np.interp(mid, np.arange(len(ou)) * 60.0, ou)
    return np.where(on, level * ramp * plate * np.exp(ar + slow) * train, 0.0)


# ---------------------------------------------------------------- the path

def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes (``per_day``) lasting ``lo``-``hi`` s (log-uniform), as ``(start, end)`` rows."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    return np.stack([a, a + d], axis=1) if k else np.zeros((0, 2))


def _merge(w: np.ndarray) -> np.ndarray:
    if not len(w):
        return w
    w = w[np.argsort(w[:, 0])]
    out = [list(w[0])]
    for a, b in w[1:]:
        if a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out)


def _inside(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie inside one of the merged windows ``w``: the window's index, or -1."""
    if not len(w):
        return np.full(len(x), -1)
    i = np.searchsorted(w[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < w[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _next_read(x, ph: float) -> np.ndarray:
    """The monitor's first once-a-minute read (phase ``ph``) at or after ``x``."""
    return ph + STEP * np.ceil((np.asarray(x) - ph) / STEP)


def _path(rng, run) -> SimpleNamespace:
    """Every line's fate: its interval, its node clock time, when it reaches the monitor's copy of the folder, when
    the monitor reads it, in which minute it is counted and how many times (0, 1 or 2)."""
    T, c = run.T, {k: 0 for k in PATH_KEYS}
    unsync = rng.random() < 0.3
    far = int(rng.integers(4)) if rng.random() < 0.25 else -1
    R0, D = rng.uniform(10, 30), (10.0 if rng.random() < 0.7 else rng.uniform(1, 5))
    mon_ph, mon_off = rng.uniform(0, STEP), rng.normal(0, rng.uniform(0.3, 3))
    if rng.random() < 0.2:
        mon_off += rng.choice([-1, 1]) * rng.uniform(5, 60)
    day0 = rng.uniform(0, DAY)  # the run's start after the midnight before it (all clocks' days)
    by_line = rng.random() < 0.55  # bin by the line's time (else by the time the monitor first read it)
    grace = rng.uniform(120, 300)
    today_only = rng.random() < 0.5  # the monitor reads only the files named by its own date
    conflict_mode = rng.choice(["ignore", "dedup", "twice"], p=[0.4, 0.35, 0.25])
    conf_rate = rng.uniform(0.3, 1.5) if rng.random() < 0.4 else 0.0
    quota = _windows(rng, T, rng.uniform(0, 1.5), 300, 2700)
    mon_down = _merge(_windows(rng, T, rng.uniform(0.1, 0.5), 60, 300))
    mon_save = rng.uniform(120, 600)
    c["quota"], c["mon_restarts"] = len(quota), len(mon_down)
    cols = {k: [] for k in ("t0", "t1", "share", "node", "lt", "ar")}
    for j in range(4):
        Rj = R0 * rng.uniform(0.95, 1.05)
        watcher = rng.random() < 0.8
        S, sph = rng.uniform(60, 300), rng.uniform(0, 300)
        relay = rng.random() < 0.3
        lat = rng.uniform(2, 20) if relay else rng.uniform(0.3, 3)
        disc = _windows(rng, T, rng.uniform(1, 6), 20, 600)
        disc[:, 1] += rng.uniform(0, 60, len(disc))  # the next connection attempt
        rest = _windows(rng, T, rng.uniform(0.1, 0.5), 30, 120)
        rest[:, 1] += rng.uniform(5, 60, len(rest))  # the start-up scan
        steps = _windows(rng, T, rng.uniform(0.5, 3) if unsync else 0.0, 1, 2)[:, 0]
        jumps = rng.normal(0, rng.uniform(0.5, 5), len(steps))
        base = rng.normal(0, 0.5) + (rng.choice([-1, 1]) * rng.uniform(10, 90) if j == far else 0.0)
        t0s, t1s = [], []
        for s0, s1, graceful, nodes in run.lives:
            if j >= nodes:
                continue
            m = int((s1 - s0) / Rj)
            tk = s0 + Rj * np.arange(1, m + 1) + rng.uniform(0, 0.3, m)
            tk = tk[tk < s1]
            if graceful:
                tk = np.append(tk, s1)
            elif s1 < T:
                c["crash_lost"] += 1
            t0s.append(np.concatenate([[s0], tk[:-1]]))
            t1s.append(tk)
            cols["share"].append(np.full(len(tk), 1.0 / nodes))
        if not t1s:
            continue
        t0, t1 = np.concatenate(t0s), np.concatenate(t1s)
        lt = t1 + base + np.concatenate([[0.0], np.cumsum(jumps)])[np.searchsorted(steps, t1)]
        if watcher:
            sc = t1 + D + rng.uniform(0.05, 0.5, len(t1))
        else:
            sc = sph + S * np.ceil((t1 - sph) / S)
        ar = sc + lat * np.exp(rng.normal(0, 0.4, len(t1)))
        blocked = _merge(np.concatenate([disc, rest, quota]))
        held = np.zeros(len(ar), bool)
        for _ in range(3):
            i = _inside(ar, blocked)
            ar = np.where(i >= 0, blocked[np.maximum(i, 0), 1] + lat, ar)
            held |= i >= 0
        c["held"] += int(held.sum())
        ar = np.maximum.accumulate(ar)
        cols["t0"].append(t0), cols["t1"].append(t1), cols["lt"].append(lt), cols["ar"].append(ar)
        cols["node"].append(np.full(len(t1), j))
        c["no_watcher"] += not watcher
        c["relayed"] += relay
        c["disconnects"] += len(disc)
        c["node_restarts"] += len(rest)
        c["clock_steps"] += len(steps)
    p = SimpleNamespace(**{k: np.concatenate(v) for k, v in cols.items()})
    nl = len(p.t1)
    c["lines"] = nl
    alive = np.ones(nl, bool)
    # conflicts: the pending lines of a node land in a .sync-conflict copy
    extra_line, extra_at = [], []
    for tc in np.sort(rng.uniform(0, T, rng.poisson(conf_rate * T / DAY * 4))):
        j = int(rng.integers(4))
        mine = p.node == j
        pend = np.nonzero(mine & (p.t1 < tc) & (p.ar > tc))[0]
        c["conflicts"] += 1
        if conflict_mode == "ignore":
            alive[pend] = False
            c["conflict_lost"] += len(pend)
        elif conflict_mode == "twice":
            done = np.nonzero(mine & (p.ar <= tc))[0]
            again = done[len(done) - int(rng.integers(0, 21)):] if len(done) else done
            at = p.ar[pend].max() if len(pend) else tc + D
            extra_line.append(again)
            extra_at.append(np.full(len(again), at))
            c["conflict_twice"] += len(again)
    seen = _next_read(p.ar, mon_ph)
    i = _inside(seen, mon_down)
    seen = np.where(i >= 0, _next_read(mon_down[np.maximum(i, 0), 1] if len(mon_down) else seen, mon_ph), seen)
    # a monitor restart re-reads what it read since its last saved offsets
    for a, b in mon_down:
        last = a - (a % mon_save)
        again = np.nonzero(alive & (seen > last) & (seen <= a))[0]
        extra_line.append(again)
        extra_at.append(np.full(len(again), float(_next_read(b, mon_ph))))
        c["reread"] += len(again)
    xl = np.concatenate(extra_line).astype(int) if extra_line else np.zeros(0, int)
    xs = np.concatenate(extra_at) if extra_at else np.zeros(0)
    line = np.concatenate([np.arange(nl), xl])
    seen = np.concatenate([seen, _next_read(xs, mon_ph)])
    ok = np.concatenate([alive, np.ones(len(xl), bool)])
    seen_m = seen + mon_off
    lt = p.lt[line]
    if today_only:  # the files rotate at each node's midnight, the monitor follows its own date
        fd, md = np.floor((lt + day0) / DAY), np.floor((seen_m + day0) / DAY)
        lost = ok & (fd < md)
        late = ok & (fd > md)
        c["rotation_lost"], c["rotation_late"] = int(lost.sum()), int(late.sum())
        ok &= ~lost
        seen_m = np.where(late, (md + 1) * DAY - day0 + (mon_ph + mon_off) % STEP, seen_m)
    if by_line:
        b = np.floor(lt / STEP).astype(int)
        late = ok & (seen_m > (b + 1) * STEP + grace)
        c["late_lost"] = int(late.sum())
        ok &= ~late
    else:
        b = np.floor(seen_m / STEP).astype(int)
    ok &= (b >= 0) & (b < run.n)
    c["moved"] = int((ok & (b != np.floor(p.t1[line] / STEP))).sum())
    p.copy_line, p.copy_bin = line[ok], b[ok]
    p.copies = np.bincount(p.copy_line, minlength=nl)
    p.counts, p.by_line, p.today_only, p.conflict_mode = c, by_line, today_only, conflict_mode
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) of per-tick images ``J``: linear in ``J``."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    p = run.path
    v = (np.interp(p.t1, edges, C) - np.interp(p.t0, edges, C)) * p.share
    return np.bincount(p.copy_bin, weights=v[p.copy_line], minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------- a trace

def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    (or a ramp's first half), or where it reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 7]), run)
    healthy = _reads(run, run.J)
    paused = healthy <= 0
    ends = {b: (rl, rf) for b, rl, rf in run.ramps}
    for a, b, kind in run.pauses_t:
        rl, rf = ends.get(b, (0.0, 1.0))
        b2 = b + (0.5 * rl if rf < 1 else 0.0)
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b2 / STEP)) + 1)
        paused[s:e] = True
    spans = []
    edges = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    for s, e in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    run.path.counts["unread"] = int((healthy <= 0).sum())
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks: a drop (a CPU augmentation
    worker pool losing workers, OOM-killed and not respawned) rises over 1-8 ticks; a straggler (one node's plate
    reads from the image store slowed in bursts: 1 for a mean of 40-300 ticks, calm at 0.05-0.25 for a mean of
    100-500); a leak (the stitched-plate cache growing, the page cache evicted) ``(s / ramp) ** p``, ``p`` 0.7-2."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(40, 300), rng.uniform(100, 500))
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, rng.uniform(0.05, 0.25))
    return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.7, 2.0))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want``: an ``(Event, (0, loss))`` pair or None. Onsets 30 % at a pause's end; a
    drawn target loss (drop 8-33 %, straggler 10-30 %, leak 12-35 % over its plateau) sets the share ``a`` of the
    weight (the reads are linear), refused above 1."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], np.arange(n) * STEP, lo, min(last, n - 1),
                           STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, int(stop * STEP // TICK) if not to_end else run.nt)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        lost = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        hs, ls = healthy[c0:stop][live[c0:stop]].sum(), lost[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        v = healthy - target * hs / ls * lost
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout204(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout204_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT204_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout204, seeds, n, pauses)
