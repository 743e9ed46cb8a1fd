"""The hundred-and-fifty-eighth held-out throughput family: a road-pothole and pavement-distress detector's training
images/s (a one-stage detector over dashcam frames from municipal vehicles; the videos decoded, frames sampled,
undistorted and augmented on CPU workers), read through Google Cloud Bigtable: each rank writes a cell every 15-30 s
(``MutateRow``, the images since its last write) to a row keyed by the job and the minute of its node's clock, and a
monitor scans the last rows once a minute and sums each minute's cells.

(No generator's head names Bigtable, a pothole, pavement, a dashcam, a municipality, a row key, ``MutateRow``, garbage
collection, a version, hot-spotting, an app profile, replication, undistortion or YOLO (``grep -ic`` on the first 3
lines of every generator, saved to ``/tmp/s60/h158/heads.txt``: 0 each); "road" matches 1 head (a traffic-forecasting
road network), "one-stage" 1 (a detector on SAR chips: the model family is not new, the pavement job is), "cell" 3 (a
single-cell model's cells/s), "Google Cloud" 2 (Cloud Logging and Pub/Sub: the vendor is not new, Bigtable is),
"frames" 15 (a common word). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-551 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, printed with ``sed -n
'541,$p'``), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py``
(all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
``anomaly/heldout*.py`` (one loop of ``head -3``; its printout cut by a ``tail -150``, then saved whole to
``/tmp/s60/h158/heads.txt`` and read only through ``grep -ic`` and a ``grep -ioE`` that printed up to 60 characters
before and 40 after the matches of "road", "one-stage", "cell" and "google cloud"). Slips: none that I know of. The
tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Bigtable's "Garbage collection overview"
(cloud.google.com/bigtable/docs/garbage-collection: GC is asynchronous, "it can take up to a week", data eligible for
it "appears in read results" until deleted, reads should filter); "Keep only the most recent value"
(cloud.google.com/bigtable/docs/gc-latest-value: a write with the same timestamp hides the older cell: "new writes
immediately hide old ones"); "Garbage collection for sequential numbers in timestamps" (gc-sequence-numbers: "always use
filters when you read"); the "Replication overview" and "failovers" pages (eventual consistency between clusters,
strong within one; multi-cluster routing fails over and "will typically retry that request on another cluster"); the
Python data client's ``SetCell`` (googleapis/google-cloud-python, ``google/cloud/bigtable/data/mutations.py``: a
``None`` timestamp becomes the client's time in milliseconds, ``-1`` asks the server for one, "server-side timestamps
are non-idempotent operations and will not be retried"); the older client's ``DEFAULT_RETRY`` (initial 1 s, multiplier
2, maximum 15 s, deadline 120 s) and the data client's default timeouts (operation 60 s, attempt 20 s; mutate-rows 600
s); ``AlwaysRetryMutationPolicy`` of the C++ client (retrying a server-timestamped ``SetCell`` "can result in multiple
copies of the data stored with different timestamps"); row-key design pages (kodekloud, gcpstudyhub: a key that leads
with a time sends every new write to the tablet holding the newest rows: hot-spotting). Not read (from memory,
unchecked): how often and how long a hot tablet answers ``DEADLINE_EXCEEDED`` or ``UNAVAILABLE``, and whether a timed
out ``MutateRow`` may still be applied (here 20-50 % of the timed-out attempts are); real replication lag figures (here
0.2-1.5 s, and episodes of 20-400 s); api_core's backoff jitter. Nothing read on the job (YOLO-style detectors, road
distress data sets and dashcam decoding were not looked up): its figures are assumed.

Assumed without checking (the job): 4, 8 or 16 GPUs (35/45/20 %; 8 per node, 0.88-0.97 per doubling), 40-400
images/s per GPU (log-uniform); the CPU workers of a node (video decode, frame sampling, undistortion, augmentation)
feed 0.6-1.8 times what 8 GPUs train; a step waits for the slower side (a soft maximum of the costs). Videos are read a
drive at a time (one vehicle's route, 3-30 min, log-uniform): a drive's cost factor (sd 3-8 %) and a stall while its
first GOPs decode (2-15 s at 30-70 %); per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU
(sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each onto larger images (at most once:
1.8-2.6 times dearer on the GPUs, 1.3-1.8 on the CPUs), heavier augmentation (at most twice: 1.2-1.6 on the CPUs) or, 1
in 5, another GPU count; redrawn until the level moves 15 % (1/3 to 3 times). In 45 % of runs mosaic augmentation is
closed for the last epochs (at 55-90 % of the run, at a validation's end: the CPU cost times 0.45-0.7), listed only
where the level moves 12 % or more (else an unlisted rise). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from
40-75 % over 2-6 min; a validation pass on held-out routes every 30-90 min of training, 2-8 min ("long" 10-25), every
2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min
("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12) and queued
1-5, then a start-up and its ramp.

On the path (not checked): each rank's writer thread starts with its process (the ranks 0.2-8 s apart) and writes
every ``P`` s (15-30 per run, plus each write's own latency, log-normal, median 12 ms) one cell of the images since
its previous write (a rank's share of the job's), to the row of its node's minute; a crash loses the interval under
way, a graceful stop writes it.
The cell's timestamp is the client's (ms; 70 % of runs) or the server's (30 %). Hot-spotting: every rank (and other
jobs keyed alike) writes the newest rows, so 0.5-4 times a day for a mean of 2-20 min an attempt fails with
probability 0.3-0.9 (else 0.05-0.3 %); 60 % of failures run to the 20 s attempt timeout (``DEADLINE_EXCEEDED``), of
which 20-50 % were applied all the same, the others fail at once (``UNAVAILABLE``). A client-timestamped cell is
retried (backoff 1, 2, 4 ... 15 s, times 0.5-1) until its deadline (60 or 120 s), its copies landing on one timestamp
(counted once); a server-timestamped one is tried once. In half the runs the writer puts the images of a cell it gave
up on into its next write (counted twice where a failed attempt was applied), in the others they are lost. Column: the
rank (70 %) or the node's host name (30 %: cells of one node's ranks at the same millisecond mask each other, the later
write kept). In 40 % of the rank-column runs the monitor's scan limits each column to the GC policy's versions, ``V =
floor(60 / P)``, sized for "one minute": a minute holding ``V + 1`` cells of a rank loses its oldest. Node clocks: in
the cloud sd 3 ms; in 25 % of runs the nodes are on-premises (offset sd 0.3-6 s, steps 0.5-3 a day, sd 0.5-5 s).
Replication (55 % of runs, multi-cluster routing): 50-100 % of cells reach the scan's cluster late, 0.2-1.5 s
(log-normal, sd 0.8), or 20-400 s inside lag episodes (0.2-1.5 a day, 5-40 min). The monitor scans each minute's row
20-90 s after its end (a scan that hits a hot episode fails half the time and is retried a minute later) and sums its
cells over 60 s; a cell not visible by then is lost (a point is 0 where none is read). The reads are linear in the
images; the cells' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing;
a listed change is the first point after the span of a relaunch that changed the stage (or of the validation after
which mosaic closed, where the level moved 12 %). Labelled regressions (a share ``a w`` of each tick's images lost,
carried through the same cells and scans): ``drop`` (a decode worker pool losing workers: ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-6 ticks), ``straggler`` (the video bucket's mount slowed in bursts: 1 for a mean of 30-240 ticks,
calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the undistortion-map and decoded-frame caches growing into swap:
``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30
%, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost images (linear), refused above 1; ``w`` is per
5-s tick.

Measured (``heldout158_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    10         9     0.088-0.322  19              1-25 (1164, 0 >60)
long      31      11    9          11    0.080-0.288  24              13-62 (943, 4 >60)

Planned changes listed: short 16, long 22 (relaunches 17 and 21, 1 and 0 of them keeping the stage; mosaic closed 7
and 3 times, listed 0 and 1); crashes 48 and 30. The path over each set (counts): short: failed attempts 42876,
retries 35318, cells given up 7558, attempts applied though failed 9545, cells carried 5427 (2085 counted twice), hot
episodes 139, same-timestamp cells masked 89, versions hidden by the scan's limit 38815, lag episodes 31, cells read
too late 8925, late scans 2808, minutes reading 0 (pauses included) 4964, clock steps 65, rank intervals lost in a
crash 412; long: 27186, 20385, 6801, 6693, 4310 (903), 108, 931, 51073, 18, 4670, 1644, 17231, 57, 280. The reads'
sum over the live points against the job's images: 0.976-1.009 per seed without the versions limit and 0.759, 0.969
with it (short), 0.988-1.023 and 0.856-0.937 (long); the live points' minute-to-minute change (median ``|d log|`` per
seed) 1.8-27 % (short), 1.8-40 % (long), its 99th percentile 20-62 % (short), 16-66 % (long): a minute row holds 2 or
3 (or 3 or 4) cells of a rank, and the ranks' writers start close together, so in runs with few ranks or a ``P`` near
30 s the sums beat between them; the live median level 83-1,714 images/s (short), 145-2,108 (long). Before the first
measure: none. The first measure was the healthy builds of the first 4 seeds of both settings at 6,000 points.
Changes of the laws after it: one, the spread of the ranks' writer starts (0-20 ms, so that same-millisecond masking
happened; now 0.2-8 s): with every rank's cells in step the beat between 2- and 3-cell minutes reached a median
``|d log|`` of 40 % in a 4-rank run. It still reaches it (seed 1582003, "long"): I kept it, as the path's own. The
tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 30 points "short", 75 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are; over 520 lines with
this docstring.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT158_SEEDS = tuple(range(1582000, 1582012))
CODE = 158
TICK = 5.0  # s: the job's images are summed per tick
STEP = 60.0  # s: one point per minute row
K = int(STEP / TICK)
EPOCH = 1_789_999_980.0  # a multiple of 60: a point is stamped at its minute's end
KIND_P = (0.35, 0.35, 0.30)
SPANS = {"short": (1, 30), "long": (1, 75)}  # pause spans (points) the tests allow (measured: 1-25, 13-62)
DAY = 86400.0
PATH_KEYS = ("attempts_failed", "retries", "cells_given_up", "ghost_applied", "carried", "counted_twice",
             "hot_episodes", "collisions_masked", "versions_hidden", "lag_episodes", "late_cells", "scans_late",
             "unread_minutes", "clock_steps", "crash_lost")
# pause lengths (s): (lo, hi) per setting
DUR = {"startup": ((180, 600), (1500, 3600)), "eval": ((120, 480), (600, 1500)), "ckpt": ((15, 60), (60, 240)),
       "down": ((60, 240), (360, 1080)), "restart": ((120, 360), (480, 1200)), "stop": ((60, 180), (300, 720)),
       "queue": ((60, 300), (60, 300))}


def _dur(rng, what: str, setting: str) -> float:
    lo, hi = DUR[what][hc.SETTINGS[setting]]
    return float(rng.uniform(lo, hi))


def _inside(x, win) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``win`` (rows ``[start, end)``)."""
    win = np.asarray(win, float).reshape(-1, 2)
    if not len(win):
        return np.zeros(np.shape(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: float, mean_len: float) -> np.ndarray:
    """Episodes ``[start, end)`` over ``[0, T)``: ``per_day`` a day, exponential lengths of mean ``mean_len`` s."""
    edges = hc.twostate(rng, rng.uniform(0, DAY / per_day), T, mean_len, DAY / per_day, horizon=T + DAY)
    w = np.stack([edges[0::2][:len(edges) // 2], edges[1::2][:len(edges) // 2]], axis=1)
    return w[w[:, 0] < T]


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: the GPUs' side and the CPU workers' side (decode, sample, undistort, augment), the step
    waiting for the slower (a soft maximum of the costs)."""
    R = st["R"]
    gpu = cfg["g"] * R * cfg["eff"] ** np.log2(R) / st["img"]
    cpu = cfg["cpu"] * cfg["g"] * 8 * max(1, R // 8) / (st["img_c"] * st["aug"] * (cfg["mos"] if not st["mosaic"]
                                                                                    else 1.0))
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (larger images at most once, heavier augmentation at most twice, or another GPU
    count), redrawn until the level moves 15 % (1/3 to 3 times); None when 30 draws fail (the stage is kept)."""
    for _ in range(30):
        new, u = dict(st), rng.random()
        if u < 0.2:
            new["R"] = int(rng.choice([r for r in (4, 8, 16) if r != st["R"]]))
        elif u < 0.6 and not st["big"]:
            new.update(img=st["img"] * rng.uniform(1.8, 2.6), img_c=st["img_c"] * rng.uniform(1.3, 1.8), big=1)
        elif st["n_aug"] < 2:
            new.update(aug=st["aug"] * rng.uniform(1.2, 1.6), n_aug=st["n_aug"] + 1)
        else:
            continue
        r = _level(cfg, new) / lv
        if 1 / 3 <= r <= 3 and abs(np.log(r)) >= np.log(1.15):
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job: its training segments, pauses, process lives and planned changes."""
    T = n * STEP + 900.0
    R = int(rng.choice([4, 8, 16], p=[0.35, 0.45, 0.2]))
    cfg = {"g": hc.log_uniform(rng, 40, 400), "eff": rng.uniform(0.88, 0.97), "cpu": rng.uniform(0.6, 1.8),
           "mos": rng.uniform(0.45, 0.7)}
    st = {"R": R, "img": 1.0, "img_c": 1.0, "aug": 1.0, "big": 0, "n_aug": 0, "mosaic": True}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "mosaic_closed": 0}
    crash_t = list(np.cumsum(rng.exponential(hc.log_uniform(rng, 12, 48) * 3600, 40)))
    k_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, k_rel) * T)
    rel_t = [x + 3600 * i for i, x in enumerate(rel_t)]  # an hour apart at least
    close_at = rng.uniform(0.55, 0.9) * T if rng.random() < 0.45 else np.inf
    ck_every = int(rng.choice([2, 3]))
    pauses, ramps, segs, lives, known = [], [], [], [], []
    su = _dur(rng, "startup", setting)
    pauses.append((0.0, su, "startup"))
    t, life0, trained, n_eval = su, 0.0, 0.0, 0
    ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
    next_eval = rng.uniform(1800, 5400)
    while True:
        while crash_t and crash_t[0] < t + 60:  # a crash due in a pause is not drawn again
            crash_t.pop(0)
        if rel_t and rel_t[0] < t + 60:  # a relaunch due in a pause waits 5-15 min
            rel_t[0] = t + rng.uniform(300, 900)
            rel_t.sort()
        cand = [t + next_eval - trained, crash_t[0] if crash_t else np.inf, rel_t[0] if rel_t else np.inf, T]
        which = int(np.argmin(cand))
        t1 = cand[which]
        segs.append((t, t1, _level(cfg, st)))
        trained += t1 - t
        t = t1
        if which == 3:
            break
        if which == 0:  # a validation pass on held-out routes, every ck_every-th followed by a checkpoint
            d = _dur(rng, "eval", setting)
            pauses.append((t, t + d, "eval"))
            t += d
            n_eval += 1
            if n_eval % ck_every == 0:
                d = _dur(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_eval = trained + rng.uniform(1800, 5400)
            if st["mosaic"] and t >= close_at:  # mosaic closed for the last epochs: the loader is rebuilt
                lv = _level(cfg, st)
                st = {**st, "mosaic": False}
                counts["mosaic_closed"] += 1
                if abs(np.log(_level(cfg, st) / lv)) >= np.log(1.12):
                    known.append(t)
        elif which == 1:  # a crash: the processes die, restart after a delay
            crash_t.pop(0)
            counts["crashes"] += 1
            lives.append((life0, t, True, st["R"]))
            down, rs = _dur(rng, "down", setting), _dur(rng, "restart", setting)
            pauses.append((t, t + down + rs, "crash"))
            life0, t = t + down, t + down + rs
            ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
        else:  # a planned relaunch: a graceful stop, the queue, a start-up
            rel_t.pop(0)
            counts["relaunches"] += 1
            lives.append((life0, t, False, st["R"]))
            d = _dur(rng, "stop", setting) + _dur(rng, "queue", setting)
            rs = _dur(rng, "restart", setting)
            pauses.append((t, t + d + rs, "relaunch"))
            life0, t = t + d, t + d + rs
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known.append(t)
            ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
    lives.append((life0, T + 600.0, False, st["R"]))
    return T, cfg, segs, pauses, ramps, lives, known, counts


def _images(rng, T: float, segs, ramps) -> np.ndarray:
    """Images trained per tick: the segments' levels, the ramps, the drives' costs and their opening stalls, an
    AR(1) of the log per tick and a slow OU."""
    nt = int(np.ceil(T / TICK))
    edges = np.arange(nt + 1) * TICK
    lvl = np.zeros(nt)
    for a, b, level in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1])
        lvl[i0:i1] += np.maximum(ov, 0) / TICK * level
    mid = edges[:-1] + TICK / 2
    f = np.ones(nt)
    for s, L, r0 in ramps:
        m = (mid >= s) & (mid < s + L)
        f[m] *= r0 + (1 - r0) * (mid[m] - s) / L
    # drives (one vehicle's route at a time): 3-30 min each, their own cost, a stall while the first GOPs decode
    sd_drive = rng.uniform(0.03, 0.08)
    starts = np.cumsum(np.exp(rng.uniform(np.log(180), np.log(1800), int(T / 180) + 2)))
    starts = starts[starts < T]
    fac = np.exp(rng.normal(0, sd_drive, len(starts) + 1))
    f *= fac[np.searchsorted(starts, mid)]
    slen, sf = rng.uniform(2, 15, len(starts)), rng.uniform(0.3, 0.7, len(starts))
    for s, L, x in zip(starts, slen, sf):
        i0, i1 = int(s // TICK), min(nt, int(np.ceil((s + L) / TICK)))
        ov = np.minimum(s + L, edges[i0 + 1:i1 + 1]) - np.maximum(s, edges[i0:i1])
        f[i0:i1] *= 1 - (1 - x) * np.maximum(ov, 0) / TICK
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    phi = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, sd * np.sqrt(1 - phi * phi), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    f *= np.exp(ar + ou[(mid // 60).astype(int)])
    return lvl * f * TICK


def _cells(rng, lives, P: float, spread: float, counts: dict):
    """Each rank's writes: from its process's start every ``P`` s (plus each write's own latency), the images
    since its previous write; a crash loses the interval under way, a graceful stop writes it."""
    rank, a, b, grp, share = [], [], [], [], []
    g = 0
    for s, e, crashed, R in lives:
        ph = s + rng.uniform(0.2, 3.0) + rng.uniform(0, spread, R)
        m = int((e - s) / P) + 2
        w = ph[:, None] + P * np.arange(1, m + 1)[None, :] + np.cumsum(rng.lognormal(np.log(0.012), 0.6, (R, m)), 1)
        for r in range(R):
            x = w[r][w[r] < e]
            if crashed:
                counts["crash_lost"] += 1
            else:
                x = np.append(x, e)
            if not len(x):
                continue
            rank.append(np.full(len(x), r))
            a.append(np.concatenate([[s], x[:-1]]))
            b.append(x)
            grp.append(np.full(len(x), g))
            share.append(np.full(len(x), 1.0 / R))
            g += 1
    return tuple(np.concatenate(x) for x in (rank, a, b, grp, share))


def _path(rng, T: float, lives, n: int) -> SimpleNamespace:
    """The cells' fates on the way to the monitor's scan (independent of the images they carry)."""
    p = SimpleNamespace(P=rng.uniform(15, 30), server_ts=bool(rng.random() < 0.3), carry=bool(rng.random() < 0.5),
                        host_q=bool(rng.random() < 0.3), multi=bool(rng.random() < 0.55),
                        onprem=bool(rng.random() < 0.25), deadline=float(rng.choice([60.0, 120.0])),
                        d_read=rng.uniform(20, 90))
    p.vfilter = (not p.host_q) and bool(rng.random() < 0.4)
    p.V = int(60 // p.P)
    c = {k: 0 for k in PATH_KEYS}
    p.spread = rng.uniform(0.2, 8.0)  # s: how far apart the ranks' writer threads start
    rank, a, b, grp, share = _cells(rng, lives, p.P, p.spread, c)
    N = len(b)
    node = rank // 8
    # hot-spotting: every rank (and other jobs keyed the same way) writes the newest rows, one tablet's node
    hot = _windows(rng, T, rng.uniform(0.5, 4), rng.uniform(120, 1200))
    c["hot_episodes"] = len(hot)
    q_hot, q0, p_app = rng.uniform(0.3, 0.9), rng.uniform(0.0005, 0.003), rng.uniform(0.2, 0.5)
    t_att, done, ok = b + 0.005, np.zeros(N, bool), np.zeros(N, bool)
    applied = np.full(N, np.inf)
    tries = 1 if p.server_ts else 16  # a server-side timestamp is not idempotent: the client does not retry it
    for j in range(tries):
        idx = np.nonzero(~done)[0]
        if not len(idx):
            break
        tt = t_att[idx]
        fail = rng.random(len(idx)) < np.where(_inside(tt, hot), q_hot, q0)
        dl = rng.random(len(idx)) < 0.6  # DEADLINE_EXCEEDED (the attempt ran to its 20 s) or UNAVAILABLE
        ghost = fail & dl & (rng.random(len(idx)) < p_app)  # applied, but the answer never came
        ap = np.where(~fail, tt + 0.01, np.where(ghost, tt + rng.uniform(0.5, 20, len(idx)), np.inf))
        applied[idx] = np.minimum(applied[idx], ap)
        ok[idx[~fail]] = True
        nxt = tt + np.where(dl, 20.0, 0.05) + min(2.0 ** j, 15.0) * rng.uniform(0.5, 1.0, len(idx))
        give = fail & ((nxt - b[idx] > p.deadline) | (j == tries - 1))
        done[idx[~fail | give]] = True
        t_att[idx] = nxt
        c["attempts_failed"] += int(fail.sum())
        c["retries"] += int((fail & ~give).sum())
        c["ghost_applied"] += int(ghost.sum())
    c["cells_given_up"] = int((~ok).sum())
    if p.carry:  # the images of a cell the client gave up on go into the rank's next write
        for k in np.nonzero(~ok)[0]:
            if k + 1 < N and grp[k + 1] == grp[k]:
                a[k + 1] = a[k]
                c["carried"] += 1
                c["counted_twice"] += int(np.isfinite(applied[k]))
    vis = np.isfinite(applied)
    # the node's clock sets the row (and a client-side timestamp); on-prem nodes drift and step
    n_nodes = int(node.max()) + 1
    off = rng.normal(0, rng.uniform(0.3, 6.0) if p.onprem else 0.003, n_nodes)[node]
    if p.onprem:
        for nd in range(n_nodes):
            st = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
            c["clock_steps"] += len(st)
            jumps = np.concatenate([[0.0], np.cumsum(rng.normal(0, rng.uniform(0.5, 5), len(st)))])
            m = node == nd
            off[m] += jumps[np.searchsorted(st, b[m])]
    clock = b + off
    row = np.floor(clock / STEP).astype(int)
    ts = np.floor(np.where(p.server_ts, np.where(vis, applied, 0.0), clock) * 1000).astype(np.int64)
    keep = vis & (row >= 0) & (row < n)
    # same row, column and timestamp (ms): the later write masks the earlier (a node's host names the column)
    col = node if p.host_q else rank
    if p.host_q:
        i = np.nonzero(keep)[0]
        o = i[np.lexsort((applied[i], ts[i], col[i], row[i]))]
        same = (row[o][1:] == row[o][:-1]) & (col[o][1:] == col[o][:-1]) & (ts[o][1:] == ts[o][:-1])
        keep[o[:-1][same]] = False
        c["collisions_masked"] = int(same.sum())
    if p.vfilter:  # the scan's cells-per-column limit (the GC policy's versions): only the newest V of a column
        i = np.nonzero(keep)[0]
        o = i[np.lexsort((-ts[i], col[i], row[i]))]
        new = np.concatenate([[True], (row[o][1:] != row[o][:-1]) | (col[o][1:] != col[o][:-1])])
        start = np.maximum.accumulate(np.where(new, np.arange(len(o)), 0))
        hide = (np.arange(len(o)) - start) >= p.V
        keep[o[hide]] = False
        c["versions_hidden"] = int(hide.sum())
    # replication: with multi-cluster routing the scan may read another cluster than the write reached
    lag = np.zeros(N)
    if p.multi:
        lagw = _windows(rng, T, rng.uniform(0.2, 1.5), rng.uniform(300, 2400))
        c["lag_episodes"] = len(lagw)
        other = rng.random(N) < rng.uniform(0.5, 1.0)
        lag = np.where(other, rng.lognormal(np.log(rng.uniform(0.2, 1.5)), 0.8, N), 0.0)
        ep = other & _inside(applied, lagw)
        lag[ep] = np.exp(rng.uniform(np.log(20), np.log(400), int(ep.sum())))
    # the monitor scans each minute's row d_read s after its end; a scan that fails on the hot tablet is retried
    # at the next minute
    read = (np.arange(n) + 1) * STEP + p.d_read
    for _ in range(4):
        bad = _inside(read, hot) & (rng.random(n) < 0.5)
        c["scans_late"] += int(bad.sum())
        read = read + 60.0 * bad
    late = keep & (applied + lag > read[np.clip(row, 0, n - 1)])
    c["late_cells"] = int(late.sum())
    keep &= ~late
    p.a, p.b, p.row, p.share, p.ts, p.col = a[keep], b[keep], row[keep], share[keep], ts[keep], col[keep]
    p.cells, p.kept = N, int(keep.sum())
    p.counts = c
    return p


def _reads(run, J: np.ndarray, window: tuple[int, int] | None = None) -> np.ndarray:
    """The monitor's points: per minute row, the sum of its read cells' images (a rank's share of the job's
    images over the cell's interval), over 60 s. Linear in ``J``; ``window`` (ticks) limits the cells to those
    overlapping it (``J`` zero outside)."""
    p = run.path
    a, b, row, share = p.a, p.b, p.row, p.share
    if window is not None:
        m = (b > window[0] * TICK) & (a < window[1] * TICK)
        a, b, row, share = a[m], b[m], row[m], share[m]
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    img = (np.interp(b, edges, C) - np.interp(a, edges, C)) * share
    return np.bincount(row, weights=img, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    T, cfg, segs, pauses, ramps, lives, known, counts = _schedule(rng, n, setting)
    J = _images(rng, T, segs, ramps)
    run = SimpleNamespace(n=n, nt=len(J), J=J, cfg=cfg, segs=segs, pauses_t=pauses, ramps=ramps, lives=lives,
                          known_t=known, counts=counts)
    run.path = _path(rng, T, lives, n)
    h = _reads(run, J)
    marks = sorted([(a, b, k) for a, b, k in pauses] + [(s, s + L / 2, "ramp") for s, L, r0 in ramps])
    spans = [(max(0, s - 1), min(n, e + 1)) for s, e in hc.rollup_spans(marks, STEP, n)]
    spans = _merge(spans + [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]])
    run.path.counts["unread_minutes"] = int((h <= 0).sum())
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in known], spans, n)
    return run, h, spans, live, changes


def _merge(spans) -> list[tuple[int, int]]:
    """Spans sorted and merged where they overlap or touch."""
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _stamps(run) -> np.ndarray:
    """A point is stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks: a drop rises over ``tau``
    ticks, a straggler switches between 1 and a calm level, a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, w, i, bad = rng.uniform(0.05, 0.25), np.empty(length), 0, True
    on, off = rng.uniform(30, 240), rng.uniform(120, 600)
    while i < length:
        d = int(rng.exponential(on if bad else off)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i, bad = i + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, (0, loss))`` pair, the loss being the
    reads of the lost images (``a w`` of each tick's, ``a`` set so that the live points lose a drawn target), or
    None after 80 rejected draws. Onsets 30 % at a pause's end."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [b for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            t0 = cand[int(rng.integers(len(cand)))] + rng.uniform(0, 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, stop * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        r = _reads(run, lost, (i0, i1))
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                        rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset  # a leak's target is over its plateau
        c1 = min(n, stop)
        hs, rs = healthy[c0:c1][live[c0:c1]].sum(), r[c0:c1][live[c0:c1]].sum()
        if hs <= 0 or rs <= 0 or target * hs / rs > 1:
            continue
        loss = target * hs / rs * r
        v = np.maximum(healthy - loss, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def make_heldout158(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout158_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT158_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout158, seeds, n, pauses)
