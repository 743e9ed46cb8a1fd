"""The hundred-and-fifty-first held-out throughput family: a heart-sound (phonocardiogram) murmur classifier's training
recordings/s (a small CNN over wavelet scalograms or log-mel images of short PCG recordings from the four auscultation
sites, CirCor-style data; each recording band-passed, cut at its cardiac cycles, transformed and augmented on CPU
DataLoader workers; a cross-validation sweep of fits, fold after fold), read through Home Assistant: a script on the
training node POSTs the job's recordings/s every 30 s to ``POST /api/states/sensor.<name>`` with a long-lived token,
HA's recorder writes each changed state to its database, and a monitor reads ``/api/history/period`` once a minute and
writes the time-weighted mean of the minute's states as its point.

(No generator's head names Home Assistant, a phonocardiogram, a murmur, a scalogram, a wavelet, a recorder, a state
machine, a long-lived token, a purge, a backup or cross-validation (``grep -ic`` on the first 3 lines of every
``anomaly/heldout*.py``, 150 generators, saved to ``/tmp/s60/heads151.txt``: 0 each); "heart" matches 1 head (collectd's
RRD heartbeat), "log-mel" 1 (a hydrophone model: a spectrogram front end is not new, the PCG job is), "REST" 2 (one an
Instana metrics REST API), "history" 1, "sqlite" 1, "commit" 1, "fold" 2, "sensor" 3, "token" 15 (common words; the
job and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, printed with ``sed -n
'541,$p'``), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py``
(all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
generator (``for f in anomaly/heldout*.py; do echo "== $f"; head -3 "$f"; done`` into ``/tmp/s60/heads151.txt``, then
``grep -ic`` and one ``grep -i`` of that file, which printed 7 head lines: two audio models, an ASR model, collectd's
heartbeat, a neural codec, Instana's REST API, a speech-commands model). Slips: a ``wc -l`` of
``anomaly/heldout150.py`` (550 lines) run with the ``cat`` of its tests; none else. The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): HA's REST API page
(https://developers.home-assistant.io/docs/api/rest/, ``docs/api/rest.md`` of home-assistant/developers.home-assistant:
``POST /api/states/<entity_id>`` "updates or creates a state ... does not have to be backed by an entity", 200 or 201,
401 for a bad token; ``GET /api/history/period/<timestamp>`` with ``filter_entity_id``, ``end_time``,
``minimal_response``, ``significant_changes_only``; a state's ``last_changed``); the recorder page
(``source/_integrations/recorder.markdown`` of home-assistant/home-assistant.io and home-assistant.io/integrations/
recorder: ``commit_interval`` "how often events and state changes are committed ... history will lag", 1 s in the
version read, 30 s suggested for SD cards; ``auto_purge`` every night at 04:12 local time, ``purge_keep_days`` 10;
SQLite by default); core PR #60874 and #68229 (the recorder write-locks the database during a backup; writes queue
until the lock is released, or until the queue passes 90 % of its maximum); core issues #69508, #56987, #105987,
#106300, #139193, #138972 ("The recorder queue reached the maximum size ...; Events are no longer being recorded",
often during nightly purges or backups; backups blocking the database; "Could not lock database within 30 seconds");
PR #121739 (the backlog also queues during a migration or table rebuild); architecture #349, hass-node-red #310
and core #36814 (restoring a state after a restart is up to the integration behind it; states set from outside come
back unknown or lost); PhysioNet's CirCor
DigiScope page (5,272 recordings from the four main auscultation locations of 1,568 subjects, 4.8-80.4 s, mean 22.9
s); PyTorch's DataLoader ``persistent_workers`` (default False: the workers are shut down after each pass over the
data and made again at the next epoch; PR #35795, discuss.pytorch.org threads). Not read (from memory, unchecked):
that the history API answers for an entity the state machine no longer holds (after a restart) from the database,
holding its last row (here: it does); the newer default ``commit_interval`` (here 1 s or 5 s, half the runs each);
that reads go on during a backup's write lock (here: they do, and see the rows committed before it).

Assumed without checking (the job): one GPU, the CPU workers the slower side: they compute 12-300 recordings/s
(log-uniform; band-pass, cycle segmentation, scalogram, augmentation), the GPU 1.5-6 times that; a step waits for the
slower side (a soft maximum of the costs). A stage is a number of scalogram scales, a window length and a CNN width
(each 0-2 steps: scales 1.3-1.8 times dearer on the CPUs, windows 1.15-1.5 on the CPUs and 1.2-1.8 on the GPU, width
1.4-2.2 on the GPU). Epochs of 1.5-8 min at the first stage (longer in proportion where a stage is slower); each epoch
starts with its DataLoader's workers made again (half the runs: 4-20 s at 5-25 % of the rate) or, with persistent
workers, a 0.5-2 s shuffle. A fold's fit runs 2-6 h of training and its level is the stage's times a fold factor (sd
3 %: the folds' recordings differ in length). Per 5-s tick an AR(1) of the log (sd 3-8 %, correlation 5-20 s:
recordings of 5-80 s per batch) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour
apart, each a new stage redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long"
25-60) and a ramp from 40-75 % over 2-6 min (the first batches filling the workers and the scalogram cache); a
validation pass every 20-90 min of training (``check_val_every_n_epoch``), 1-4 min ("long" 8-25, patient-level
scoring over all sites); at a fold's end its test pass and the next fold's start-up, 2-6 min ("long" 9-25), and a
ramp; crashes (a worker killed by the OOM killer; exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a
start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5, a start-up and ramp.

On the path (not checked): the trainer's callback writes (recordings so far, time) to a file every
``log_every_n_steps`` steps, one record per 1.5-12 s of training at the run's median rate; the script wakes every 30 s
plus its own 0.05-0.6 s, reads the last record and posts the recordings between it and its previous attempt's record
over their time apart (a rate over whole records); where no new record came it posts nothing, or 0 once the file is
over 60 s old; where the counter went back (a new trainer process: a fold, a crash, a relaunch) it posts 0 and takes
the record as its base. A failed post leaves HA's state as it was, and its interval is lost (the script's base moves
on): posts fail while HA is down (restarts 0.2-1 a day, down 40-150 s; 30 % of them updates, down 2-7 min, a quarter
of those with a schema migration after which commits wait 5-30 min), in network blips between the node and HA (1-8 a
day, 5 s-4 min) and, in 35 % of runs, once for 15 min-2 h with 401s (the token was revoked and is replaced). HA stamps
a stored state 20-300 ms after the post (``last_changed``) and writes no row where the state did not change; the
recorder commits each row 0-1 s or 0-5 s later (``commit_interval``), in order, and holds every row while the
database is locked: a nightly purge at 04:12 HA time (5-90 s), in half the runs a nightly backup (at a run's hour
from 01:00-06:00, 1-12 min), a migration. The monitor reads minute ``m``'s history 3-40 s after the minute ends
(while HA is down it tries again each minute and reads the missed minutes late); it sees the rows committed by
then, and its point is the time-weighted mean of the state over the minute: the last row before the minute is held
into it, a row not yet committed is not seen and the state before it is held in its place, a minute with no row of
its own holds the last one (HA down, failed posts, a locked database: a flat stretch at the last rate). The reads are
linear in the recordings; the posts', rows' and reads' fates are the healthy run's.

A point is paused where its minute touches a pause or the 90 s after it (the first post after a pause reads a rate
over it, held 30 s), a ramp's first half, or where it reads nothing (0: a stale-file zero held, no state yet); a
listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share
``a w`` of each tick's recordings lost, carried through the same posts, rows and reads): ``drop`` (another job's
processes land on the node's cores: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (reads of the
WAV files from the shared file system slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the trainer's host memory growing, per-recording outputs kept for the patient-level metric,
into swap, or the scalogram cache outgrowing the page cache: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from
the reads of the lost recordings (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout151_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      11    12         9     0.118-0.304  23              3-17 (1531, 0 >60)
long      30      10    11         9     0.075-0.323  21              10-88 (1086, 2 >60)

Planned changes listed: short 20, long 18 (of 20 and 18 relaunches; none kept its stage); crashes 53 and 30, folds
ended 278 and 219, validations 1,179 and 818, epochs 11,251 and 8,409. The path over each set (counts): short: posts
141,298, refused while HA was down 130, lost to network blips 923, refused with 401 430, stale-file zeros 6,507,
skipped (no new record) 1,502, counter resets 374, states unchanged (no row) 5,353, HA restarts 26 (updates 9,
migrations 2), backup locks 33, purges 53, minutes read late 66, minutes read before a row of theirs was committed
265, minutes with no row of their own 648; long: 141,721, 189, 993, 528, 35,350, 1,079, 291, 34,077, 42 (9, 1), 24,
48, 98, 170, 753. The reads' sum over the live points against the job's recordings: 0.997-1.001 per seed (short),
0.999-1.004 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 1.8-5.1 % (short), 1.4-6.7 %
(long), its 99th percentile 8-32 % (both); the live median level 9-235 recordings/s (short), 10-208 (long); live
points 77-93 % of a trace (short), 58-78 % (long). Before the first measure: none (the first measure was both full
sets, the lines above). Changes of the laws after it: none (a count of unchanged states, ``rows_unchanged``, was
added to the path's counts). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40
points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT151_SEEDS = tuple(range(1512000, 1512012))
CODE = 151
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one monitor point
K = int(STEP / TICK)
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC: the first point's minute starts here
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 40), "long": (1, 90)}  # pause span lengths (points) the tests allow
LAG = 90.0  # s after a pause that a point still reads it (a post's rate over the pause, held ~30 s)
PATH_KEYS = ("posts", "posts_failed_ha_down", "posts_failed_network", "posts_failed_401", "stale_zero_posts",
             "skipped_posts", "counter_resets", "rows_unchanged", "ha_restarts", "ha_updates", "migrations",
             "backup_locks", "purges", "minutes_read_late", "minutes_uncommitted", "minutes_without_row")


@dataclass
class Path:
    """The collection path's fates (from the healthy run): the script's posts, Home Assistant's rows and the
    monitor's reads."""

    post_t: np.ndarray  # the script's attempts (s)
    rec: np.ndarray  # per rate post: the log record it reads (time, s)
    rec_prev: np.ndarray  # and the one of its previous attempt
    is_rate: np.ndarray  # a rate post (else a 0: stale file or counter reset)
    row_t: np.ndarray  # HA's rows (last_changed, s), one per stored post
    row_of: np.ndarray  # the post of each row
    commit: np.ndarray  # when each row is committed to the database
    q: np.ndarray  # per minute: when the monitor's history read for it ran
    vis: np.ndarray  # per minute: how many rows that read saw (a prefix of the rows)
    down: np.ndarray  # HA down windows (start, end)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # recordings trained per 5-s tick
    pauses_t: list  # (start, end, kind)
    known_t: list  # resumes after a relaunch that changed the stage
    lives: list  # (start, end) of each trainer process
    ramps: list  # (start, end) of each warm-up ramp
    path: Path | None = None
    counts: dict = field(default_factory=dict)


def _level(cfg: dict, st: dict) -> float:
    """The recordings/s of a stage: the CPU workers' rate and the GPU's, a step waiting for the slower (soft max)."""
    cpu = cfg["cpu"] / (cfg["scales_c"] ** st["scales"] * cfg["win_c"] ** st["win"])
    gpu = cfg["gpu"] / (cfg["width_c"] ** st["width"] * cfg["wing_c"] ** st["win"])
    return float(1.0 / hc.smax(1.0 / cpu, 1.0 / gpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage (more scalogram scales, longer windows, a wider CNN; each at most twice, or one
    step back), redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        key = ("scales", "win", "width")[int(rng.integers(3))]
        new[key] = int(np.clip(st[key] + (1 if rng.random() < 0.75 else -1), 0, 2))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return st


def _span(rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _schedule(rng, n: int, pauses: str) -> Run:
    """The healthy job on 5-s ticks: a cross-validation sweep of fits (folds) with epochs, validations,
    crashes and relaunches."""
    long = pauses == "long"
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = {"cpu": hc.log_uniform(rng, 12, 300), "scales_c": rng.uniform(1.3, 1.8), "win_c": rng.uniform(1.15, 1.5),
           "width_c": rng.uniform(1.4, 2.2), "wing_c": rng.uniform(1.2, 1.8)}
    cfg["gpu"] = cfg["cpu"] * rng.uniform(1.5, 6.0)
    st = {"scales": 0, "win": 0, "width": 0}
    lv0 = _level(cfg, st)
    ep0 = rng.uniform(90, 480)  # s per epoch at the first stage
    val_period = rng.uniform(20, 90) * 60
    persistent = rng.random() < 0.5
    fold_len = rng.uniform(2, 6) * 3600
    crash_mean = rng.uniform(12, 48) * 3600
    k_re = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    re_t = []
    for _ in range(k_re):
        x = rng.uniform(0.15, 0.85) * T
        if all(abs(x - y) > 3600 for y in re_t):
            re_t.append(x)
    re_t.sort()
    crash_t = np.cumsum(rng.exponential(crash_mean, 20))
    crash_t = list(crash_t[crash_t < T])
    rate = np.zeros(nt)
    pauses_t, known_t, lives, ramps = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "folds": 0, "evals": 0, "epochs": 0}

    def snap(x):
        return float(np.round(x / TICK) * TICK)

    def pause(t, dur, kind):
        t1 = snap(t + dur)
        pauses_t.append((t, t1, kind))
        return t1

    t = pause(0.0, _span(rng, 25, 60) * 60 if long else _span(rng, 3, 10) * 60, "startup")
    fold_f = float(np.exp(rng.normal(0, 0.03)))
    lv = lv0
    life0 = 0.0
    start_ramp = True
    fold_t = 0.0
    since_val = 0.0
    while t < T:
        while crash_t and crash_t[0] < t:  # a crash time that fell in a pause: none then
            crash_t.pop(0)
        if start_ramp:
            ramps.append((t, snap(t + rng.uniform(120, 360))))
            r0 = rng.uniform(0.4, 0.75)
            start_ramp = False
        ep = ep0 * lv0 / lv * rng.uniform(0.95, 1.05)
        t_end = snap(t + ep)
        cut = None
        if re_t and re_t[0] < t_end:
            cut, why = max(t + TICK, snap(re_t.pop(0))), "relaunch"
        elif crash_t and crash_t[0] < t_end:
            cut, why = max(t + TICK, snap(crash_t.pop(0))), "crash"
        t1 = min(cut if cut is not None else t_end, snap(T))
        i0, i1 = int(t / TICK), int(t1 / TICK)
        seg = np.full(i1 - i0, lv * fold_f)
        # the epoch's start: workers re-created (persistent_workers=False) or only the shuffle and first batch
        stall = rng.uniform(0.5, 2.0) if persistent else rng.uniform(4, 20)
        r_st = rng.uniform(0.05, 0.25)
        j = np.arange(i1 - i0)
        seg *= r_st + (1 - r_st) * np.clip(((j + 1) * TICK - stall) / TICK, 0, 1)
        a, b = ramps[-1]
        if b > t:
            tt = (np.arange(i0, i1) + 0.5) * TICK
            seg *= np.where(tt < b, r0 + (1 - r0) * np.clip((tt - a) / (b - a), 0, 1), 1.0)
        rate[i0:i1] = seg
        counts["epochs"] += 1
        fold_t += t1 - t
        since_val += t1 - t
        t = t1
        if t >= T:
            break
        if cut is not None:
            lives.append((life0, t))
            if why == "crash":
                counts["crashes"] += 1
                down = _span(rng, 6, 18) if long else _span(rng, 1, 4)
                up = _span(rng, 8, 20) if long else _span(rng, 2, 6)
                t = pause(t, (down + up) * 60, "crash")
            else:
                counts["relaunches"] += 1
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                stop = _span(rng, 5, 12) if long else _span(rng, 1, 3)
                queue, up = rng.uniform(1, 5), (_span(rng, 8, 20) if long else _span(rng, 2, 6))
                t = pause(t, (stop + queue + up) * 60, "relaunch")
                if new == st:
                    counts["kept_stage"] += 1
                else:
                    known_t.append(t)
                st = new
                lv = _level(cfg, st)
                fold_t = 0.0
                fold_f = float(np.exp(rng.normal(0, 0.03)))
            life0, start_ramp, since_val = t, True, 0.0
            continue
        if fold_t >= fold_len:  # the fold's test pass, then the next fold's start-up (a new Trainer)
            counts["folds"] += 1
            lives.append((life0, t))
            dur = (_span(rng, 6, 15) + _span(rng, 3, 10)) if long else (_span(rng, 1, 3) + _span(rng, 1, 3))
            t = pause(t, dur * 60, "fold")
            fold_t, since_val, life0, start_ramp = 0.0, 0.0, t, True
            fold_f = float(np.exp(rng.normal(0, 0.03)))
        elif since_val >= val_period:  # check_val_every_n_epoch: a validation pass (and the best checkpoint)
            counts["evals"] += 1
            t = pause(t, (_span(rng, 8, 25) if long else _span(rng, 1, 4)) * 60, "eval")
            since_val = 0.0
    lives.append((life0, min(t, T)))
    # per-tick noise: recordings differ in length (4.8-80 s), an AR(1) of the log; a slow OU (node contention)
    sd, tau = rng.uniform(0.03, 0.08), rng.uniform(5, 20)
    phi = np.exp(-TICK / tau)
    ar = lfilter([np.sqrt(1 - phi * phi)], [1, -phi], rng.normal(0, sd, nt))
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    J = rate * np.exp(ar + ou - 0.5 * sd * sd) * TICK
    return Run(n=n, nt=nt, J=J, pauses_t=pauses_t, known_t=known_t, lives=lives, ramps=ramps, counts=counts)


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(lo, hi, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in one of the windows ``[start, end)`` (sorted by start, possibly overlapping)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    ends = np.maximum.accumulate(win[:, 1])
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < ends[np.maximum(i, 0)])


def _path(rng, run: Run, lump_s: float) -> Path:
    """The fates of the script's posts, HA's rows and the monitor's reads (from the healthy run)."""
    T = run.nt * TICK
    c = {k: 0 for k in PATH_KEYS}
    tod0 = rng.uniform(0, DAY)  # the job starts at this time of HA's local day
    # the trainer's callback writes (recordings, time) every log_every_n_steps: a record per `lump` recordings
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    lump = lump_s * float(np.median(run.J[run.J > 0])) / TICK
    # HA: restarts (config, updates, host reboots), nightly purge at 04:12 and (some runs) a nightly backup
    restarts = _windows(rng, T, rng.uniform(0.2, 1.0), 40, 150)
    kind = rng.random(len(restarts))
    upd = kind < 0.3
    restarts[upd, 1] = restarts[upd, 0] + rng.uniform(120, 420, upd.sum())
    c["ha_restarts"], c["ha_updates"] = len(restarts), int(upd.sum())
    migr = upd & (rng.random(len(restarts)) < 0.25)  # a schema migration: rows queued until it ends
    c["migrations"] = int(migr.sum())
    locks = []
    for s, e in restarts[migr]:
        locks.append((e, e + rng.uniform(300, 1800)))
    days = np.arange(-1, T / DAY + 2)
    purge0 = (4 * 3600 + 12 * 60 - tod0) + days * DAY
    purge0 = purge0[(purge0 > 0) & (purge0 < T)]
    for s in purge0:
        locks.append((s, s + rng.uniform(5, 90)))
    c["purges"] = len(purge0)
    if rng.random() < 0.5:
        b0 = rng.uniform(1, 6) * 3600 - tod0 + days * DAY
        for s in b0[(b0 > 0) & (b0 < T)]:
            locks.append((s, s + rng.uniform(60, 720)))
            c["backup_locks"] += 1
    locks = np.array(sorted(locks)) if locks else np.zeros((0, 2))
    blips = _windows(rng, T, rng.uniform(1, 8), 5, 240)
    token = np.zeros((0, 2))
    if rng.random() < 0.35:
        s = rng.uniform(0.1, 0.9) * T
        token = np.array([[s, s + rng.uniform(900, 7200)]])
    # the script: every 30 s (+ its own work), reads the record file and posts
    m = int(T / 30.0) + 2
    post_t = rng.uniform(0, 30) + np.cumsum(30.0 + rng.uniform(0.05, 0.6, m))
    post_t = post_t[post_t < T - 1]
    Ct = np.interp(post_t / TICK, np.arange(run.nt + 1), C)
    jrec = np.floor(Ct / lump)  # records written by each post's time
    jrec_t = _record_time(C, jrec * lump)
    life_start = np.array([a for a, b in run.lives])
    life_of = np.searchsorted(life_start, jrec_t, side="right")
    is_rate = np.zeros(len(post_t), bool)
    posted = np.zeros(len(post_t), bool)
    rec_prev = np.zeros(len(post_t))
    prev_j, prev_t, prev_life = -1.0, -1.0, -1
    for k in range(len(post_t)):
        j, tr, lf = jrec[k], jrec_t[k], life_of[k]
        if j > prev_j and lf == prev_life and prev_j >= 0:
            is_rate[k], posted[k], rec_prev[k] = True, True, prev_t
        elif j == prev_j or j < 0:
            if post_t[k] - max(tr, 0.0) > 60.0 or j < 0:  # the file is stale: post 0
                posted[k] = True
                c["stale_zero_posts"] += 1
            else:
                c["skipped_posts"] += 1
                continue
        else:  # a new trainer process: its counter starts again, the script posts 0 and takes it as its base
            posted[k] = True
            c["counter_resets"] += 1
        prev_j, prev_t, prev_life = j, tr, lf
    down = restarts
    fail_down = _inside(post_t, down)
    fail_net = _inside(post_t, blips) & ~fail_down
    fail_tok = _inside(post_t, token) & ~fail_down & ~fail_net
    ok = posted & ~fail_down & ~fail_net & ~fail_tok
    c["posts"] = int(posted.sum())
    c["posts_failed_ha_down"] = int((posted & fail_down).sum())
    c["posts_failed_network"] = int((posted & fail_net).sum())
    c["posts_failed_401"] = int((posted & fail_tok).sum())
    row_of = np.nonzero(ok)[0]
    row_t = post_t[row_of] + rng.uniform(0.02, 0.3, len(row_of))
    commit_iv = 1.0 if rng.random() < 0.5 else 5.0
    commit = row_t + rng.uniform(0, commit_iv, len(row_of))
    for s, e in locks:
        sel = (row_t >= s) & (row_t < e)
        commit[sel] = e + rng.uniform(0, 2)
    commit = np.maximum.accumulate(commit)
    # the monitor: a history read for minute m at its end + Lq; while HA is down it tries again each minute
    Lq = rng.uniform(3, 40)
    Q = STEP * (np.arange(run.n) + 1) + Lq
    up = ~_inside(Q, down)
    nxt = np.where(up, np.arange(run.n), run.n)
    nxt = np.minimum.accumulate(nxt[::-1])[::-1]
    q = np.where(nxt < run.n, Q[np.minimum(nxt, run.n - 1)], T + 1e6)
    c["minutes_read_late"] = int((nxt > np.arange(run.n)).sum())
    vis = np.searchsorted(commit, q, side="right")
    a = STEP * np.arange(run.n)
    full = np.searchsorted(row_t, a + STEP)  # rows that start before the minute ends
    c["minutes_uncommitted"] = int((vis < full).sum())
    c["minutes_without_row"] = int((np.searchsorted(row_t, a) == full).sum())
    return Path(post_t=post_t, rec=jrec_t, rec_prev=rec_prev, is_rate=is_rate, row_t=row_t, row_of=row_of,
                commit=commit, q=q, vis=vis, down=down, counts=c)


def _record_time(C: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The time (s) the cumulative count ``C`` (per tick edge) first reaches each of ``x`` (linear inside a tick);
    -1 where ``x`` is not positive."""
    i = np.searchsorted(C, x, side="left")  # C[i-1] < x <= C[i]
    i = np.clip(i, 1, len(C) - 1)
    frac = (x - C[i - 1]) / np.maximum(C[i] - C[i - 1], 1e-12)
    return np.where(x > 0, (i - 1 + np.clip(frac, 0, 1)) * TICK, -1.0)


def _row_values(run: Run, J: np.ndarray) -> np.ndarray:
    """The state of each of HA's rows: its post's rate, the recordings between the two log records it read over
    their time apart (0 for a stale-file or counter-reset post)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(run.nt + 1)
    v_post = np.zeros(len(p.post_t))
    r = p.is_rate
    dt = p.rec[r] - p.rec_prev[r]
    v_post[r] = (np.interp(p.rec[r] / TICK, grid, C) - np.interp(p.rec_prev[r] / TICK, grid, C)) / dt
    return v_post[p.row_of]


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the recordings per tick ``J`` through the run's path (linear in ``J``): each
    post's rate between two log records, HA's rows, and per minute the time-weighted mean of the rows its
    history read saw (the last one held)."""
    p = run.path
    v = _row_values(run, J)
    rt = p.row_t
    F = np.concatenate([[0.0], np.cumsum(v[:-1] * np.diff(rt))])

    def integral(t):
        k = np.searchsorted(rt, t, side="right") - 1
        kk = np.maximum(k, 0)
        return np.where(k >= 0, F[kk] + v[kk] * (t - rt[kk]), 0.0)

    a = STEP * np.arange(run.n)
    b = a + STEP
    K_ = p.vis
    nxt_t = np.where(K_ < len(rt), rt[np.minimum(K_, len(rt) - 1)], np.inf)
    e = np.maximum(np.minimum(b, nxt_t), a)
    last = v[np.maximum(K_ - 1, 0)]
    out = (integral(e) - integral(a) + last * (b - e)) / STEP
    return np.where(K_ > 0, np.maximum(out, 0.0), 0.0)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, listed changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run, rng.uniform(1.5, 12.0))
    h = _reads(run, run.J)
    v = _row_values(run, run.J)
    run.path.counts["rows_unchanged"] = int((v[1:] == v[:-1]).sum())  # HA writes no row: no state change
    marks = [(a, b + LAG, kind) for a, b, kind in run.pauses_t]
    marks += [(a, a + 0.5 * (b - a), "ramp") for a, b in run.ramps]
    marks.sort()
    spans = hc.rollup_spans(marks, STEP, n)
    zero = np.nonzero(h <= 0)[0]
    for i in zero:
        spans.append((int(i), int(i) + 1))
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
    """A regression's weight per 5-s tick (0 .. 1) over ``length`` ticks (a leak ramps over ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    w = np.empty(length)
    calm = rng.uniform(0.05, 0.25)
    on_mean, off_mean = rng.uniform(30, 240), rng.uniform(120, 600)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(on_mean if bad else off_mean)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: a share ``a w`` of each tick's recordings lost,
    read through the same path (linear): an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n + 1), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(np.ceil(t0 / TICK))
        i1 = run.nt if to_end else int(stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        m1 = _reads(run, w * run.J)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        end_c = n if to_end else stop
        sel = live[c0:end_c]
        hs, ms = healthy[c0:end_c][sel].sum(), m1[c0:end_c][sel].sum()
        if ms <= 0 or hs <= 0:
            continue
        a = target * hs / ms
        if a > 1:
            continue
        m = a * m1
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
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout151(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout151_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT151_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout151, seeds, n, pauses)
