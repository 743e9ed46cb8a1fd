"""The two-hundred-and-seventh held-out throughput family: a coffee-cherry ripeness sorter's training images/s (a
network grading coffee cherries unripe, semi-ripe, ripe, overripe or defective from a wet mill's optical-sorter
camera; images cropped and augmented on CPU workers, the rare defect classes oversampled, images read one harvest lot
at a time; an evaluation on a held-out harvest's images now and then) on 1, 2 or 4 nodes, read through Litestream:
each node's reporter inserts a row (its clock's time, its images since its last row) every 10-30 s into a local SQLite
database that Litestream replicates to an S3-compatible bucket, and a monitor restores each node's replica once a
minute and sums the rows per minute of the row's time or of the time it first saw the row.

(No generator's head names Litestream, MinIO, a retention, a write-ahead log, coffee, a cherry, ripeness, a wet mill,
an optical sorter or a sorter (``grep -ic`` on the first 3 lines of every ``anomaly/heldout*.py``, 204 files, in
``/tmp/heldout207/heads.txt``: 0 each). "SQLite" matches 1 head (a node-local SQLite database in WAL mode read by a
sidecar per node: the store is not new; Litestream's replication to a bucket, its generations and the monitor's
restores are), "database" 2 (that one and a text-to-SQL job), "wal" 3 (that one, "wall panels", "wall-time"), "S3" 1
(a job reading its images from S3), "replica" 1 (a tracker keeping one replica's samples), "snapshot" 2 (Navier-Stokes
snapshots/s), "generation" 2 (music and report generation), "restore" 1 (Firestore), "object stor" 1 (Parquet
files), "harvest" 2 (harvesters' yields; New Relic's harvester), "bucket" 9 (not printed), "defect" 12, "camera" 19,
"crop" 26, "augment" 31, "oversampl" 15, "images/s" 27 (common words; the job and the path are new). Job and path
named by the lead; the matches were printed with ``grep -io`` (60 characters before, 40 after) only to check them.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one long print cut in its middle, then
lines 300-537 again), ``tests/trace_checks.py`` (all: the same long print, then lines 1-200 again),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the generators' heads through
``grep -ic`` and ``grep -io`` only. Slips: an ``ls anomaly/heldout*.py | wc -l`` (a count, 204) and an ``ls`` of
``anomaly/heldout206.py`` with a ``grep -c`` of its seed line (to keep the seeds apart: no such file here; the tests
check the range 2062000-2062011 that the rule gives generator 206); none else.

Public sources read (excerpts through the search tool): Litestream's README on pkg.go.dev (v0.3.x and v0.5.x: a
background process replicating a SQLite database's changes incrementally to a file or S3 through the SQLite API;
``DefaultCheckpointInterval`` 1 min, ``DefaultMonitorInterval`` 1 s); the commit log of a Litestream mirror (a
shadow WAL, "a new generation" when the WAL header no longer matches the shadow WAL's or the WAL was overrun between
a RESTART checkpoint and the write lock; LIST calls only when the generation changes); issues #224 and #805 ("cannot
find max wal index for restore: missing initial wal segment": a restore racing retention enforcement; a config with
``sync-interval: 10s``, ``retention: 168h``, ``retention-check-interval: 24h``), #627 (a new generation after a
restore at start-up, ``snapshot-interval: 24h``), #631 (``litestream restore`` picking an older generation over the
latest one), #406 (restore = the snapshot, then the WAL segments at or after its index, checkpointed in order), #136
(out-of-sequence WAL segments on restore); a blog note (``sync-interval`` defaults to 1 s: 20 million class A
operations on an S3-compatible store in a month); a Dart package's page describing Litestream's generations (a new
snapshot when the log was restarted and the replicator cannot prove it read every frame). Not read (from memory,
unchecked): how long a restore takes per WAL segment; whether an S3 503 SlowDown is retried with backoff by
Litestream (here: frames wait and ship after the episode, 1-10 s later); what a reporter does on SQLITE_BUSY.
Nothing read on the job (optical coffee sorters were not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.82-0.95 per doubling), synchronous data parallel
(each node trains an equal share); the GPUs of a node 700-6,000 images/s (log-uniform), the CPU workers (crops,
colour and blur augmentation) 1.05-2.2 times that; a step waits for the slower (a soft maximum of the costs); an image
shape step (-1 .. 2) costs the GPUs 1.3-1.7 and the crops half that. Images are read one harvest lot at a time: a lot
lasts 4-30 min (log-uniform), a factor of sd 2-7 %, a fifth rich in oversampled defects (4-10 % dearer); per 5-s tick
an AR(1) of the log (sd 1.5-5 %, correlation 15-60 s) and a slow OU (sd 1-3 %, 30-150 min). Relaunches: 0-3 at 15-85
% of the run, an hour apart, onto another node count (40 %) or another image shape, redrawn until the level moves 15
% (1/3 to 3 times). Pauses: start-up 4-12 min ("long" 20-50), a ramp from 50-80 % over 2-5 min (its first half
paused); an evaluation on a held-out harvest every 40-100 min of training, 3-7 min ("long" 12-30), every 3rd or 4th
followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h): down 2-5 min ("long" 7-20),
then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 2-4 min ("long" 6-14) and queued 1-6, then a
start-up and its ramp.

On the path (assumed on what was read): each node's reporter inserts a row every ``R`` s (10-30 per node, plus 0-0.5
s) holding its images since its last row and its clock's time (offset sd 0.2-2 s, redrawn at each start; in 25 % of
runs one node 20-90 s off); a crash loses the interval under way, a graceful stop writes it; 1-4 % of inserts meet
SQLITE_BUSY (Litestream's checkpoint) and land 0.5-5 s later. Litestream ships at its sync interval (1 s in 40 % of
runs, else 5-15 s) plus 0.05-1.5 s; each process start and each lost WAL position (0.3-3 a day per node) starts a
generation whose snapshot takes 2-30 s (rows wait for it); bucket outages (0.3-2 a day, 1-20 min) and 503 SlowDown
episodes (0.2-2 a day, three times as many at a 1-s sync; 0.5-10 min) hold the frames until they end (+1-10 s). At a
crash, rows not yet shipped wait for the next start's snapshot, or (30 % of a node's crashes: it is replaced) are
lost. The monitor restores each node's replica once a minute (at a phase of 5-50 s, taking 0.5-4 s); 0.3-1.5 % of
restores fail, and 20-50 % of the restores within 90 s of a retention check (hourly, 6-hourly or daily); in 30 % of
runs, after a restart, 1-6 restores read the old generation. It keys rows by node and rowid, or (40 %) by node,
generation and rowid: a new generation's snapshot holds the reporter's last 3-10 min of rows (it prunes older ones),
read again (counted twice). It sums by the row's time (55 %: a minute closes at the first restore 20-90 s after its
end; a row seen later is lost, or in half those runs added to the minute being closed) or by the restore that first
saw the row. A point is the minute's images per second (0: none read). The reads are linear in the images; the rows'
fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's images lost, carried through the same rows and reads): ``drop`` (a crop worker pool losing workers to a
corrupt-image decode loop: ``w = 1 - exp(-(s + 1) / tau)``, ``tau`` 2-12 ticks), ``straggler`` (one node's local
image cache thrashing, the others waiting at each all-reduce: 1 in bursts of a mean 20-150 ticks, 0.02-0.2 between,
a mean 60-400), ``leak`` (the defect-oversampling crop cache growing into swap: ``sin(pi s / (2 ramp)) ** p``, ``p``
0.8-2, then held); onsets 30 % in a pause's second half or just after it, lengths the common module's, a drawn target
loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads of the lost images (linear), refused
above 0.95.

Measured (``heldout207_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      11    10         11    0.084-0.304  17              1-22 (1274, 0 >60)
long      32      12    10         10    0.081-0.322  20              1-65 (920, 3 >60)

Planned changes listed: short 15, long 11 (of 15 and 11 relaunches); crashes 48 and 37. The path over each set
(counts): short: rows 549,780, intervals lost in a crash 127, rows lost on a replaced node 5, SQLITE_BUSY retries
12,626, bucket outages 54, SlowDown episodes 106, rows shipped late by them 7,422, generations 390 (205 after a lost
WAL position), failed or skipped node restores 2,705 (85 reading the old generation), rows read twice 3,284, late
rows dropped 716 and folded 4,424, rows in another minute than their true one (by the row's time) 42,668, unread
live minutes 872; long: 540,613, 93, 6, 14,494, 61, 99, 8,048, 330 (181), 2,324 (36), 1,601, 1,096, 2,169, 23,129,
743. Monitors: 6 by the row's time and 6 by the restore in each set. The reads' sum over the live points against the
job's images: 0.998-1.033 per seed (short), 0.999-1.029 (long: the rows read twice); the live points'
minute-to-minute change (median ``|d log|`` per seed) 3.3-39.7 % (short), 1.6-40.1 % (long: a node's 2 or 3 rows a
minute, at 20-30 s apart, make the largest), its 99th percentile 26.0-150.5 % and 26.2-145.1 %; the live median
level 1,558-7,496 images/s (short), 526-6,787 (long). Before the first measure: a smoke run of one trace (no count
printed). Changes of the laws after it: none (a counter of unread minutes was added after it: no law changed). The
tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40 points "short", 110 "long"); the
file takes 2-3 s on one core (pytest 1.9-2.9 s; 4.8 s once on a machine under a load average of 5).

Size: one family's job, path and regressions, kept in one module as the other generators are (the Litestream path's
rows, syncs, generations, restores and binning take about 130 lines, the docstring about 100).
"""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT207_SEEDS = tuple(range(2072000, 2072012))
CODE = 207
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (a multiple of 60)
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (1, 40), "long": (1, 110)}  # pause spans' lengths in points (a test bound, not a law)
DAY = 86400.0
# the path's counts, each seen over both sets' first 6 runs (tests)
PATH_KEYS = ("rows", "lost_crash", "lost_unsynced", "busy_retries", "outages", "slowdowns", "shipped_late",
             "generations", "wal_resets", "restore_fails", "old_generation", "doubled", "late_dropped",
             "late_folded", "rebinned", "unread_minutes")


class Run:
    """A healthy run: the job's schedule, its images per tick ``J`` and the path's fates (``path``)."""


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: ``nodes`` nodes at ``eff`` per doubling; a step waits for the slower of the GPUs and the
    CPU workers (a soft maximum of their costs); a larger image shape costs the GPUs ``shape_c`` per step and the CPU
    crops half that."""
    g = cfg["gpu"] / cfg["shape_c"] ** st["shape"]
    c = cfg["cpu"] / (1 + 0.5 * (cfg["shape_c"] - 1)) ** st["shape"]
    per = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    k = st["nodes"]
    return float(per * k * cfg["eff"] ** np.log2(k))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (40 %) or another image shape (-1 .. 2), redrawn until the level
    moves by 15 % or more and stays within 1/3 .. 3 times."""
    for _ in range(200):
        new = dict(st)
        if rng.random() < 0.4:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        else:
            new["shape"] = int(rng.choice([s for s in (-1, 0, 1, 2) if s != st["shape"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return dict(st, shape=st["shape"] + (1 if st["shape"] < 2 else -1))


def _span(rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline on the true clock: pauses ``(t0, t1, kind)``, process lives, training stretches with
    their stage, and the relaunches' resume times (``known_t``)."""
    long = setting == "long"
    T = n * STEP + 600.0
    cfg = {"gpu": hc.log_uniform(rng, 700, 6000), "eff": rng.uniform(0.82, 0.95), "shape_c": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "shape": 0}
    n_re = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * n * STEP)
    re_t = [t for k, t in enumerate(re_t) if k == 0 or t - re_t[k - 1] > 3600]
    crash_mean = rng.uniform(10, 40) * 3600
    pauses, lives, segs, known_t, counts = [], [], [], [], {"relaunches": 0, "crashes": 0}

    def start(t, first=False):  # a process start: start-up, then a ramp from r0 whose first half is paused
        su = (_span(rng, 20, 50) if long else _span(rng, 4, 12)) if first else \
            (_span(rng, 8, 20) if long else _span(rng, 2, 6))
        pauses.append((t, t + su * 60, "startup"))
        ramp = _span(rng, 2, 5) * 60
        pauses.append((t + su * 60, t + su * 60 + ramp / 2, "ramp"))
        return t + su * 60, ramp, rng.uniform(0.5, 0.8)

    t, life0 = 0.0, 0.0
    t_tr, ramp, r0 = start(0.0, True)
    ramp_at = t_tr
    t = t_tr
    next_eval = rng.uniform(40, 100) * 60
    n_eval, ck_every = 0, int(rng.choice([3, 4]))
    crash_in = rng.exponential(crash_mean)
    ri = 0
    while t < T:
        due_re = re_t[ri] - t if ri < len(re_t) else np.inf
        cand = [next_eval, crash_in, max(due_re, 60.0)]
        which = int(np.argmin(cand))
        run = cand[which]
        segs.append((t, t + run, dict(st), ramp_at, ramp, r0))
        t += run
        next_eval -= run
        crash_in -= run
        if which == 0:  # an evaluation on a held-out harvest
            n_eval += 1
            d = (_span(rng, 12, 30) if long else _span(rng, 3, 7)) * 60
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = (_span(rng, 2, 5) * 60) if long else _span(rng, 20, 90)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_eval = rng.uniform(40, 100) * 60
        elif which == 1:  # a crash: the nodes' processes die, down, then a fresh start
            counts["crashes"] += 1
            lives.append((life0, t, True))
            d = (_span(rng, 7, 20) if long else _span(rng, 2, 5)) * 60
            pauses.append((t, t + d, "crash"))
            life0 = t + d
            t, ramp, r0 = start(t + d)
            ramp_at = t
            crash_in = rng.exponential(crash_mean)
        else:  # a planned relaunch onto another node count or image shape: graceful stop, queue, start
            counts["relaunches"] += 1
            lives.append((life0, t, False))
            d = ((_span(rng, 6, 14) if long else _span(rng, 2, 4)) + _span(rng, 1, 6)) * 60
            pauses.append((t, t + d, "relaunch"))
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            life0 = t + d
            t, ramp, r0 = start(t + d)
            ramp_at = t
            known_t.append(t)
            ri += 1
    lives.append((life0, t, False))
    r = Run()
    r.n, r.dt, r.setting, r.cfg = n, STEP, setting, cfg
    r.pauses_t, r.lives, r.segs, r.known_t, r.counts, r.T = pauses, lives, segs, known_t, counts, T
    return r


def _images(rng, run: Run) -> np.ndarray:
    """Images per tick: the stage's level times a harvest lot's factor (lots of 4-30 min, sd 2-7 %; a fifth rich in
    oversampled defects, 4-10 % dearer), an AR(1) of the log per tick (sd 1.5-5 %, 15-60 s), a slow OU (sd 1-3 %,
    30-150 min) and the ramp after a start; nothing outside training."""
    nt = int(run.T / TICK) + 1
    tt = np.arange(nt) * TICK
    J = np.zeros(nt)
    lot_sd = rng.uniform(0.02, 0.07)
    edges, f, t = [], [], 0.0
    while t < run.T:
        edges.append(t)
        f.append(np.exp(rng.normal(0, lot_sd)) / (rng.uniform(1.04, 1.10) if rng.random() < 0.2 else 1.0))
        t += hc.log_uniform(rng, 240, 1800)
    lot = np.array(f)[np.searchsorted(np.array(edges), tt, side="right") - 1]
    sd, tau = rng.uniform(0.015, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(30, 150) * 60)
    slow = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    noise = lot * np.exp(ar + slow)
    for t0, t1, st, ramp_at, ramp, r0 in run.segs:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(t1 // TICK))
        if i1 <= i0:
            continue
        x = tt[i0:i1]
        rf = np.clip(r0 + (1 - r0) * (x - ramp_at) / ramp, r0, 1.0)
        J[i0:i1] = _level(run.cfg, st) * rf * noise[i0:i1] * TICK
    return J


# ---------------------------------------------------------------- the path


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    m = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, m))
    return np.column_stack([a, a + rng.uniform(lo, hi, m)]) if m else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[a, b)`` (sorted by ``a``)."""
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _path(rng, run: Run) -> None:
    """Each row's fate: its node, its true interval, its copies' bins (``run.path``). See the module's docstring."""
    T, nr = run.T, int(run.T / STEP) + 8
    p, c = Run(), dict.fromkeys(PATH_KEYS, 0)
    p.S = 1.0 if rng.random() < 0.4 else rng.uniform(5, 15)  # sync-interval
    p.mode = "row" if rng.random() < 0.55 else "seen"
    p.fold = rng.random() < 0.5  # row mode: a late row is added to the minute being closed (else lost)
    p.gen_key = rng.random() < 0.4  # the monitor keys rows by (node, generation, rowid): a new generation re-reads
    p.old_gen = rng.random() < 0.3  # restores keep the old generation for a while after a restart
    p.G = rng.uniform(20, 90)  # row mode: a minute closes at the first restore this long after its end
    p.phi = rng.uniform(5, 50)  # the monitor's restore phase in each minute
    p.keep = rng.uniform(180, 600)  # the reporter prunes rows older than this
    rci = rng.choice([3600.0, 6 * 3600.0, DAY])  # retention-check-interval (= snapshot-interval here)
    f0 = rng.uniform(0.003, 0.015)
    outage = _episodes(rng, T, rng.uniform(0.3, 2.0), 60, 1200)
    slowdown = _episodes(rng, T, rng.uniform(0.2, 2.0) * (3 if p.S == 1.0 else 1), 30, 600)
    bad = outage if not len(slowdown) else np.array(sorted(list(outage) + list(slowdown), key=lambda w: w[0]))
    c["outages"], c["slowdowns"] = len(outage), len(slowdown)
    nodes = max(s[2]["nodes"] for s in run.segs)
    R = rng.uniform(10, 30, nodes)
    skew = rng.choice([0, 1], p=[0.75, 0.25])  # one node's clock far off (no NTP)
    restore_t = np.arange(nr) * STEP + p.phi
    rows_n, rows_a, rows_b, copies_j, copies_r, own_min = [], [], [], [], [], []
    for node in range(nodes):
        off_sd = rng.uniform(0.2, 2.0)
        far = rng.uniform(20, 90) * rng.choice([-1, 1]) if skew and node == nodes - 1 else 0.0
        ok = rng.random(nr) >= f0
        retent = (restore_t - rng.uniform(0, rci)) % rci < 90  # a restore racing retention enforcement (#224)
        ok &= ~(retent & (rng.random(nr) < rng.uniform(0.2, 0.5)))
        gens, lat = [], rng.uniform(0.05, 1.5)
        ins_all, ship_all, a_all, b_all, nt_all, k_all = [], [], [], [], [], []
        for li, (l0, l1, crashed) in enumerate(run.lives):
            active = [s for s in run.segs if l0 <= s[0] < l1 and s[2]["nodes"] > node]
            if not active:
                continue
            off = rng.normal(0, off_sd) + far
            d_snap = rng.uniform(2, 30)
            gens.append((l0, d_snap, True))
            for w in _episodes(rng, l1 - l0, rng.uniform(0.3, 3.0), 0, 0):  # a lost WAL position: a new generation
                gens.append((l0 + w[0], rng.uniform(2, 30), False))
                c["wal_resets"] += 1
            t0 = active[0][0] - rng.uniform(0, R[node])
            ends = t0 + R[node] * np.arange(1, int((l1 - t0) / R[node]) + 2) + rng.uniform(0, 0.5)
            ends = ends[ends < l1]
            starts = np.concatenate([[max(l0, t0)], ends[:-1]])
            if not crashed:  # a graceful stop writes the interval under way
                starts, ends = np.append(starts, ends[-1] if len(ends) else l0), np.append(ends, l1)
            else:
                c["lost_crash"] += 1
            ins = ends.copy()
            busy = rng.random(len(ins)) < rng.uniform(0.01, 0.04)  # SQLITE_BUSY while Litestream checkpoints
            ins[busy] += rng.uniform(0.5, 5, busy.sum())
            c["busy_retries"] += int(busy.sum())
            ph = rng.uniform(0, p.S)
            ship = ph + np.ceil((ins - ph) / p.S) * p.S + lat
            for g0, dg, _ in gens:
                ship = np.where((ship >= g0) & (ship < g0 + dg), g0 + dg + lat, ship)
            late = _inside(ship, bad)
            c["shipped_late"] += int(late.sum())
            ib = np.searchsorted(bad[:, 0], ship[late], side="right") - 1 if len(bad) else []
            ship[late] = bad[ib, 1] + rng.uniform(1, 10, late.sum())
            if crashed and li + 1 < len(run.lives):  # rows not yet shipped at the crash
                pend = ship >= l1
                if rng.random() < 0.3:  # the node is replaced: its disk, and the rows on it, are gone
                    c["lost_unsynced"] += int(pend.sum())
                    ship[pend] = np.inf
                else:
                    ship[pend] = np.maximum(ship[pend], run.lives[li + 1][0] + rng.uniform(2, 30))
            ins_all.append(ins)
            k_all.append(active[0][2]["nodes"])
            ship_all.append(ship)
            a_all.append(starts)
            b_all.append(ends)
            nt_all.append(ends + off)
        if not ins_all:
            continue
        ins, ship = np.concatenate(ins_all), np.concatenate(ship_all)
        a, b, nt = np.concatenate(a_all), np.concatenate(b_all), np.concatenate(nt_all)
        c["generations"] += len(gens)
        dur = rng.uniform(0.5, 4) + np.zeros(nr)
        for g0, dg, restart in gens:
            if restart and p.old_gen and g0 > 0:
                q = int(rng.integers(1, 7))
                j0 = int(np.searchsorted(restore_t, g0 + dg))
                ok[j0:j0 + q] = False
                c["old_generation"] += q
        c["restore_fails"] += int((~ok[:int(T / STEP)]).sum())
        nxt = np.full(nr + 1, nr)  # the next restore that reads, from each index on
        for j in range(nr - 1, -1, -1):
            nxt[j] = j if ok[j] else nxt[j + 1]
        seen = np.full(len(ins), nr)
        fin = np.isfinite(ship)
        j0 = np.searchsorted(restore_t - dur, ship[fin])
        seen[fin] = nxt[np.minimum(j0, nr)]
        base = len(rows_a) and sum(len(x) for x in rows_a)
        idx = np.arange(len(ins)) + base
        copies_r.append(idx[seen < nr])
        copies_j.append(seen[seen < nr])
        if p.gen_key:  # a new generation's snapshot holds the last ``keep`` s of rows, read again
            for g0, dg, restart in gens[1:]:
                jg = nxt[min(int(np.searchsorted(restore_t - dur, g0 + dg)), nr)]
                again = (ins < g0) & (ins >= g0 - p.keep) & (seen < jg) & (jg < nr)
                copies_r.append(idx[again])
                copies_j.append(np.full(int(again.sum()), jg))
                c["doubled"] += int(again.sum())
        rows_n.append(np.concatenate([np.full(len(x), 1.0 / k) for x, k in zip(a_all, k_all)]))
        rows_a.append(a)
        rows_b.append(b)
        own_min.append(np.floor(nt / STEP).astype(int))
    p.a, p.b, p.share = np.concatenate(rows_a), np.concatenate(rows_b), np.concatenate(rows_n)
    c["rows"] = len(p.a)
    r_idx, j = np.concatenate(copies_r), np.concatenate(copies_j)
    if p.mode == "seen":
        bins = j
    else:
        own = np.concatenate(own_min)[r_idx]
        close = np.ceil((STEP * (own + 1) + p.G - p.phi) / STEP).astype(int)
        late = j > close
        c["rebinned"] = int((own != np.floor(p.b[r_idx] / STEP)).sum())
        if p.fold:
            bins = np.where(late, np.floor((restore_t[np.minimum(j, nr - 1)] - p.G) / STEP).astype(int) - 1, own)
            c["late_folded"] = int(late.sum())
        else:
            bins = np.where(late, -1, own)
            c["late_dropped"] = int(late.sum())
    p.r_idx, p.bins = r_idx, bins
    p.counts = c
    run.path = p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) of the job's images per tick ``J``: linear in ``J``."""
    p, n = run.path, run.n
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C)) * TICK
    img = np.interp(p.b, grid, C) - np.interp(p.a, grid, C)
    share = p.share[p.r_idx]
    keep = (p.bins >= 0) & (p.bins < n)
    x = img[p.r_idx] * share
    return np.bincount(p.bins[keep], weights=x[keep], minlength=n)[:n] / STEP


# ---------------------------------------------------------------- the healthy run and its regressions


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    (or a ramp's first half), or where it reads nothing; a change is the first point after a relaunch's span."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _images(rng, run)
    run.nt = len(run.J)
    _path(rng, run)
    healthy = _reads(run, run.J)
    paused = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP), int(np.ceil(b / STEP))
        if s < n:
            paused[max(0, s - 1):min(n, e + 1)] = True
    run.path.counts["unread_minutes"] = int((~paused & (healthy <= 0)).sum())
    paused |= healthy <= 0
    spans = []
    for i in np.flatnonzero(paused):
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1 times its magnitude), ``length`` ticks: a drop (a
    crop worker pool losing workers to a corrupt-image decode loop) rises as ``1 - exp(-(s + 1) / tau)``, ``tau``
    2-12 ticks; a straggler (one node's local disk cache thrashing; the others wait at each all-reduce) is 1 in
    bursts of a mean 20-150 ticks and 0.02-0.2 between them (a mean 60-400 ticks); a leak (the defect-oversampling
    crop cache growing into swap) is ``sin(pi s / (2 ramp)) ** p``, ``p`` 0.8-2, then held at 1."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return 1 - np.exp(-(s + 1) / rng.uniform(2, 12))
    if kind == "leak":
        w = np.ones(length)
        w[:ramp] = np.sin(0.5 * np.pi * s[:ramp] / ramp) ** rng.uniform(0.8, 2.0)
        return w
    calm = rng.uniform(0.02, 0.2)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 150), rng.uniform(60, 400))
    on = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
    return np.where(on, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)`` (80 tries): onset 30 % at a pause's end, a length
    of the common module's, a drawn target loss (drop 8-33 %, straggler 10-30 %, leak 12-35 % over its plateau),
    its magnitude set from the reads of the lost images (linear), refused above 0.95; kept where it changes the
    series inside the slot and shows early (the common module's rules). Returns ``(Event, (0, lost reads))``."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = lo * STEP, last * STEP
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + STEP)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, int(stop * STEP // TICK))
        if to_end:
            i1 = run.nt
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K if kind == "leak" else 0)
        lost = _reads(run, run.J * w)
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        c0 = onset if kind != "leak" else ramp_end - max(1, ramp // 10)
        c1 = n if to_end else stop
        lv = live[c0:c1]
        hs = healthy[c0:c1][lv].sum()
        if hs <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        full = lost[c0:c1][lv].sum() / hs
        if full <= 0 or target / full > 0.95:
            continue
        m = lost * (target / full)
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout207(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout207_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT207_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout207, seeds, n, pauses)
