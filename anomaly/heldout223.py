"""The two-hundred-and-twenty-third held-out throughput family: a solder-joint inspection model's training images/s
(a network grading joints on printed circuit boards as good, insufficient, excess, bridged, voided or lifted from
optical and X-ray images after reflow; crops and augmentation on CPU workers, rare defect classes oversampled, an
evaluation on a held-out product's boards now and then; 1, 2 or 4 nodes), read through a self-hosted Matomo: each
node's reporter sends tracking requests (its images since its last request as an event value, its clock in ``cdt``),
bulked, queued in Redis by QueuedTracking, and a monitor sums the actions it reads through ``Live`` per minute.

Heads (``grep -ic`` on the first 3 lines of the 220 ``anomaly/heldout*.py``, ``/tmp/heldout223/heads.txt``): 0 each
for matomo, piwik, circuit board, pcb, reflow, optical inspection, tracking api, bulk, cdt, token_auth,
queuedtracking, live api, getlastvisits, archiving, event value, visit; "solder" 1 (a solar-cell inspection's
"soldering faults", not this job), "redis" 2 (RedisTimeSeries ``TS.INCRBY`` and Grafana's Redis source: not a tracking
queue), "analytics" 1 (Azure Stream Analytics), "x-ray" 5, "inspection" 11, "defect" 17, "oversampl" 28, "images/s"
43 (common words; the job and the path are new). Job and path named by the lead.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long print,
printed again as lines 310-410), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads through ``grep -ic`` and ``grep -io`` (60 characters before and
30-40 after the matches of "solder", "redis" and "analytics"). Slips: an ``ls`` of the lead's folder ``/tmp/s71``
(file names only, none opened), an ``ls anomaly/heldout22*.py`` (names) and a ``wc -l`` of ``docs/data-authors.md``.

Public sources read (excerpts through the search tool): Matomo's Tracking HTTP API reference
(developer.matomo.org/4.x/api-reference/tracking-api: ``idsite``, ``rec``, ``_id``, event ``e_c``/``e_a``/``e_v``;
``cdt`` in UTC, data in the past needs its reports re-processed) and its bulk form in the Node.js tracker's README
(``trackBulk``: ``requests`` in one POST, each with its own ``cdt``; bulk needs ``token_auth``: the matomo_forever
docs); matomo-org/matomo PR #6407 (``cdt`` in the last 4 hours needs no ``token_auth``), issues #10890 / PR #10899 (an
old ``cdt`` with a bad token is not tracked) and #13471; PR #22331 and #16594 (archives invalidated by data tracked in
the past); QueuedTracking: PR #6802 (requests written to a Redis queue, ~4 ms, inserted "as soon as possible" in
bulk), issues #22 (a worker's 20-s lock expiring, its set rolled back), #113, #192, #194, #239, #244 (a queue not
processed or growing: a processor that starts after 25 or 50 request sets, cron workers, 0 workers active); the Live
API's OpenAPI text (``Live.getCounters`` ``lastMinutes`` 1-2880) and the Live ``API.php`` page (not readable there).
Not read (from memory, unchecked): whether ``Live.getLastVisitsDetails`` filters by a visit's last action or by each
action (here: by the action's time, ``W`` minutes); what Matomo does with a ``cdt`` in the future (here: kept); whether
QueuedTracking keeps the queueing time for a request without ``cdt`` (all requests here carry one); whether Matomo
dedups a bulk sent twice (here: not: two copies). Nothing read on the job: its figures are assumed.

Assumed without checking (the job): a node trains 250-3,000 images/s on its GPUs (log-uniform), its CPU workers
(crops, augmentation, X-ray decoding) feed 1.05-2.2 times that; nodes scale by 0.86-0.96 per doubling; the slower side
waits (a soft maximum). Data come in lots (product lines, 3-15 min; sd 2-7 %), a quarter oversampling rare defects on
large X-ray crops (4-10 % dearer); each epoch (25-70 min of training) starts with a stall (workers respawned, 5-25 s
at 20-60 %); per 5-s tick an AR(1) of the log (sd 1.5-5 %, correlation 15-60 s) and a slow OU (sd 1-3 %, 30-180
min). Pauses: a start-up of 4-10 min ("long" 25-70: shards staged onto the nodes) and a ramp from 50-80 % over 1-4
min; an evaluation every 35-110 min of training, 1.5-5 min ("long" 12-30), every 3rd followed by a checkpoint
(0.3-1.5 min, "long" 2-5); crashes (exponential, mean 10-40 h): down 1-5 min ("long" 6-15), then a start-up of 2-6
("long" 8-20) and a ramp; relaunches 0-3 at 15-85 % of the run, an hour apart: stopped 1-3 min ("long" 5-12), queued
1-6, a start-up; each onto another node count (40 %), crop size (30 %: 1.3-1.8 times dearer on both sides) or per-GPU
batch (30 %: 1.08-1.25 faster on the GPUs), redrawn until the level moves 15 % (1/3 to 3 times).

On the path (not checked): each node's reporter sends a request every ``P`` s (10, 12, 15, 20 or 30 per run, from
its process's start, 0-0.5 s late) with the node's share of the images since its last (shares 1/nodes, sd 2 %), and
POSTs ``B`` of them in one bulk (1-4, ``P B`` dividing the minute); a graceful stop sends the interval under way and
flushes the bulk, a crash loses both. A POST is refused while Matomo restarts (0.3-2 a day, 15-150 s down); the
reporter tries again every 10-30 s and drops the bulk after the fifth try. 0.3-2 % of stored bulks time out at the
client and are sent again: two copies, counted twice. QueuedTracking's worker makes a request visible 1-6 s after it
arrives; held up (0.3-2 a day, 1-12 min) it drains the backlog 1-60 s after; a Redis flush (0.03-0.3 a day) loses
the requests queued then. ``cdt`` is the node's clock: synchronised (70 %: an offset sd 0.05-0.5 s) or not (an
offset sd 20 s drifting up to 17 s a day, stepped right 0.5-3 times a day). The monitor fetches the last ``W``
minutes (2-10) once a minute (at a phase 0-60 s; 0.5-3 % of fetches fail, the cached answer served); by the action's
time (60 %) it puts a copy in its ``cdt``'s minute and closes a minute ``L`` fetches (2-5) after its end; by first
sight (40 %) in the minute of the first fetch that sees it; a copy seen only after its ``cdt`` left the window, or
after its minute closed, is lost. ``token_auth`` is set: ``cdt`` never gets 4 hours old here. A point is the
minute's images per second (0: unread). The reads are linear in the images; the requests' fates are the healthy
run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same requests and reads): ``drop`` (an augmentation
worker pool shrunk after an out-of-memory kill: ``w`` rises to 1 over 2-12 ticks), ``straggler`` (one node's X-ray
crops from a throttled network share: 1 for a mean of 20-150 ticks, calm for 100-500 at 0.05-0.25), ``leak`` (the
oversampler's index of rare-defect crops growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
onsets 30 % at a pause's end; a drawn target loss (8-33 %, 10-30 %, 12-38 % over a leak's plateau), ``a`` from the
reads (linear), refused above 1.

Measured (``heldout223_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     11         9     0.085-0.301  18              1-19 (1617, 0 >60)
long      30      12    9          9     0.117-0.319  18              1-82 (993, 6 >60)

Planned changes listed: short 15, long 15 (of 15 and 15 relaunches; none kept its stage); crashes 46 and 49. The path
over each set (counts): short: POST tries refused 810, retries 746, bulks dropped 64, bulks stored twice 5064, server
restarts 41, queue lags 61, requests lost in a Redis flush 2, copies after their minute closed 109, outside the Live
window 1383, failed fetches 1206, copies in another minute than their images' end 168166, unread minutes away from
pauses 905, clock steps 82, intervals lost in a crash 103, requests in an unposted bulk lost in a crash 45; long:
1651, 1498, 153, 4756, 58, 48, 4, 638, 876, 1098, 101352, 306, 91, 110, 29. The reads' sum over the live points
against the job's images: 1.008-1.048 per seed (short), 1.002-1.041 (long): the doubled bulks; the live points'
minute-to-minute change (median ``|d log|`` per seed) 1.3-10.6 % (short), 1.5-4.6 % (long), its 99th percentile
28-76 % (short), 20-71 % (long); the live median level 882-8,723 images/s (short), 495-5,418 (long). Changes of the
laws after the first measure (both full sets): one: ``P`` was 10-30 s (uniform) and ``B`` 1-4 whatever ``P``: the
median minute-to-minute change was 2.6-40 % (99th percentile up to 283 %), 2 or 3 requests a minute where ``P`` was
21-26 s and empty minutes where a bulk spanned 80-105 s; ``P`` now divides the minute and so does ``P B``. The tests
check the laws on the first 4 seeds at 3,000 points, the path on the first 6 at 6,000; the file took 7.3 s on one core
(``taskset -c 0``, pytest's total with collection; the tests' own durations 3.0 s) on a machine loaded at 3.9 on 2
cores (a first run, under more load, 15.7 s).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT223_SEEDS = tuple(range(2232000, 2232012))
CODE = 223
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point
K = int(STEP / TICK)
EPOCH = 1779999960.0  # a whole minute (unix s): the first point's minute starts here
DAY = 86400.0
KIND_P = (0.36, 0.32, 0.32)  # drop, straggler, leak
# pause lengths (minutes) per setting: (lo, hi)
START = {"short": (4, 10), "long": (25, 70)}  # a fresh launch: the image shards staged onto the nodes' disks
RESTART = {"short": (2, 6), "long": (8, 20)}  # after a crash or relaunch: the cache is warm, workers respawn
EVAL = {"short": (1.5, 5), "long": (12, 30)}  # a held-out product's boards graded
CKPT = {"short": (0.3, 1.5), "long": (2, 5)}
DOWN = {"short": (1, 5), "long": (6, 15)}  # after a crash, before the scheduler starts the job again
STOP = {"short": (1, 3), "long": (5, 12)}  # a relaunch's stop
PATH_KEYS = ("refused", "retries", "dropped", "doubled", "restarts", "lags", "flushed", "late", "outside_window",
             "failed_fetches", "rebinned", "unread", "clock_steps", "lost_in_crash", "batch_lost")


class Run:
    """One healthy run: the job's timeline and images per tick, and the path's fates of its tracking requests."""


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: the GPUs' side and the CPU workers' side (crops, augmentation), the slower one waits."""
    nodes, crop, batch = st["nodes"], st["crop"], st["batch"]
    g = cfg["gpu"] * nodes * cfg["eff"] ** np.log2(nodes) * cfg["batch_c"] ** batch / cfg["crop_c"] ** crop
    c = cfg["cpu"] * nodes / cfg["crop_c"] ** crop
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count, crop size or per-GPU batch; redrawn until the level moves 15 % (at
    most 3 times either way); None after 50 draws."""
    for _ in range(50):
        new = dict(st)
        what = rng.choice(["nodes", "crop", "batch"], p=[0.4, 0.3, 0.3])
        if what == "nodes":
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif what == "crop":
            new["crop"] = 1 - st["crop"]
        else:
            new["batch"] = 1 - st["batch"]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline: start-up, training stretches, evaluations (every 3rd with a checkpoint), crashes and
    relaunches; ``pauses_t`` ``(a, b, kind)``, ``lives`` ``(start, end, nodes, graceful)``, ``segs`` ``(t0, t1,
    stage)``, ``ramps`` ``(t0, dur, from)``, ``known_t`` the resume times after a stage change."""
    run = Run()
    T = n * STEP + 900.0
    run.n, run.T, run.dt, run.setting = n, T, STEP, setting
    cfg = {"gpu": hc.log_uniform(rng, 250, 3000), "eff": rng.uniform(0.86, 0.96), "crop_c": rng.uniform(1.3, 1.8),
           "batch_c": rng.uniform(1.08, 1.25)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "crop": 0, "batch": 0}
    k_rel = int(rng.choice(4, p=[0.25, 0.35, 0.25, 0.15]))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_rel)) * T:
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    crash_mean = rng.uniform(10, 40) * 3600
    crash = float(rng.exponential(crash_mean))
    pauses_t, lives, segs, ramps, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def pause(t, dur, kind):
        pauses_t.append((t, t + dur, kind))
        return t + dur

    def startup(t, table, kind):
        t = pause(t, _u(rng, table[setting]) * 60, kind)
        ramps.append((t, rng.uniform(60, 240), rng.uniform(0.5, 0.8)))
        return t

    life0 = 0.0
    t = startup(0.0, START, "startup")
    to_eval = rng.uniform(35, 110) * 60
    ri = 0
    while t < T:
        if crash < t:
            crash = t + rng.uniform(60, 600)
        rt = rel[ri] if ri < len(rel) else np.inf
        if rt < t:
            rt = rel[ri] = t + rng.uniform(300, 900)
        cand = [t + to_eval, crash, rt]
        which = int(np.argmin(cand))
        nxt = cand[which]
        segs.append((t, min(nxt, T), dict(st)))
        if nxt >= T:
            break
        if which == 0:
            counts["evals"] += 1
            t = pause(nxt, _u(rng, EVAL[setting]) * 60, "eval")
            if counts["evals"] % 3 == 0:
                t = pause(t, _u(rng, CKPT[setting]) * 60, "ckpt")
            to_eval = rng.uniform(35, 110) * 60
            continue
        to_eval -= nxt - t
        if which == 1:
            counts["crashes"] += 1
            lives.append((life0, nxt, st["nodes"], False))
            life0 = pause(nxt, _u(rng, DOWN[setting]) * 60, "crash")
            t = startup(life0, RESTART, "crash")
            crash = t + float(rng.exponential(crash_mean))
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, nxt, st["nodes"], True))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            life0 = pause(nxt, (_u(rng, STOP[setting]) + rng.uniform(1, 6)) * 60, "relaunch")
            t = startup(life0, RESTART, "relaunch")
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
    lives.append((life0, T, st["nodes"], True))
    run.cfg, run.pauses_t, run.lives, run.segs, run.ramps, run.known_t = cfg, pauses_t, lives, segs, ramps, known_t
    run.counts = counts
    run.J = _images(rng, run)
    return run


def _images(rng, run: Run) -> np.ndarray:
    """Images trained per 5-s tick: the stage's level, data lots (product lines, 3-15 min; a quarter oversampled
    rare defects on X-ray crops, 4-10 % dearer), an AR(1) jitter, a slow OU drift, each start-up's ramp and a stall
    at each epoch's start (workers respawned: 5-25 s at 20-60 %)."""
    nt = int(run.T / TICK)
    rate = np.zeros(nt)
    for t0, t1, st in run.segs:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(t1 // TICK))
        rate[i0:i1] = _level(run.cfg, st)
    on = rate > 0
    lot = np.ones(nt)
    i, sd = 0, rng.uniform(0.02, 0.07)
    while i < nt:
        m = int(rng.uniform(3, 15) * 60 / TICK)
        lot[i:i + m] = np.exp(rng.normal(0, sd)) / (rng.uniform(1.04, 1.10) if rng.random() < 0.25 else 1.0)
        i += m
    a = np.exp(-TICK / rng.uniform(15, 60))
    e = rng.normal(0, rng.uniform(0.015, 0.05) * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = e[0]
    for j in range(1, nt):
        ar[j] = a * ar[j - 1] + e[j]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(30, 180) * 60)
    slow = np.exp(np.interp(np.arange(nt) * TICK, np.arange(len(ou)) * 60.0, ou))
    ramp = np.ones(nt)
    for t0, dur, f in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int((t0 + dur) // TICK) + 1)
        ramp[i0:i1] = f + (1 - f) * np.clip((np.arange(i0, i1) * TICK - t0) / dur, 0, 1)
    stall = np.ones(nt)
    trained = np.cumsum(on) * TICK
    epoch = rng.uniform(25, 70) * 60
    for k in range(1, int(trained[-1] // epoch) + 1):
        j = int(np.searchsorted(trained, k * epoch))
        stall[j:j + int(rng.uniform(5, 25) / TICK) + 1] = rng.uniform(0.2, 0.6)
    return np.where(on, rate * lot * np.exp(ar) * slow * ramp * stall * TICK, 0.0)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the sorted, disjoint windows ``win`` ``[a, b)``."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _windows(rng, T: float, per_day, dur) -> np.ndarray:
    """Poisson episodes (``per_day`` a day) of ``dur`` s each, sorted and disjoint."""
    k = int(rng.poisson(rng.uniform(*per_day) * T / DAY))
    a = np.sort(rng.uniform(0, T, k))
    w = np.stack([a, a + rng.uniform(*dur, k)], 1) if k else np.zeros((0, 2))
    for i in range(1, len(w)):
        w[i, 0] = max(w[i, 0], w[i - 1, 1] + 1)
        w[i, 1] = max(w[i, 1], w[i, 0] + 1)
    return w


def _path(rng, run: Run) -> None:
    """The tracking requests and their fates (see the docstring): ``run.req_*`` per request, ``run.copy_req`` and
    ``run.copy_bin`` per copy the monitor counts."""
    n, T = run.n, run.T
    # the one change after the first measure: the reporter's period divides the minute, and so does a bulk's span
    P = float(rng.choice([10.0, 12.0, 15.0, 20.0, 30.0]))
    bs = [b for b in (1, 2, 3, 4) if 60 % (P * b) == 0]
    B = int(rng.choice(bs, p=[0.4] + [0.6 / (len(bs) - 1)] * (len(bs) - 1) if len(bs) > 1 else None))
    R, tries = rng.uniform(10, 30), 5
    p_to = rng.uniform(0.003, 0.02)
    down = _windows(rng, T, (0.3, 2.0), (15, 150))  # Matomo's web server / PHP-FPM restarts
    lag = _windows(rng, T, (0.3, 2.0), (60, 720))  # the QueuedTracking worker held up
    flush = np.sort(rng.uniform(0, T, int(rng.poisson(rng.uniform(0.03, 0.3) * T / DAY))))  # Redis lost its queue
    synced = rng.random() < 0.7
    steps = [np.sort(rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 3) * T / DAY)))) if not synced
             else np.zeros(0) for _ in range(4)]
    drift = rng.uniform(-2e-4, 2e-4, 4) if not synced else np.zeros(4)
    base = rng.normal(0, rng.uniform(0.05, 0.5), 4) + (rng.normal(0, 20, 4) if not synced else 0)
    mode = "action" if rng.random() < 0.6 else "seen"
    phase, W, L = rng.uniform(0, 60), int(rng.integers(2, 11)), int(rng.integers(2, 6))
    p_fail = rng.uniform(0.005, 0.03)
    c = dict.fromkeys(PATH_KEYS, 0)
    most = max(x[2] for x in run.lives)
    c["restarts"], c["lags"], c["clock_steps"] = len(down), len(lag), int(sum(len(x) for x in steps[:most]))
    ts, te, share, cdt, arr_all, req_all = [], [], [], [], [], []
    for start, end, nodes, graceful in run.lives:
        w = 1 + rng.normal(0, 0.02, nodes)
        w /= w.sum()
        for k in range(nodes):
            s = start + P * np.arange(1, int((end - start) / P) + 1) + rng.uniform(0, 0.5, int((end - start) / P))
            s = s[s < end]
            if graceful:
                s = np.append(s, end)
            else:  # a crash: the images since the last request are never sent
                c["lost_in_crash"] += 1
            prev = np.concatenate([[start], s[:-1]])
            m = len(s)
            full = m if graceful else (m // B) * B  # a crash loses the batch not yet posted
            c["batch_lost"] += m - full
            if not full:
                continue
            ns = np.searchsorted(steps[k], s, side="right")
            last_step = steps[k][np.maximum(ns - 1, 0)] if len(steps[k]) else np.zeros(m)
            off = np.where(ns > 0, drift[k] * (s - last_step), base[k] + drift[k] * s)
            idx0 = len(ts)
            ts.extend(prev[:full])
            te.extend(s[:full])
            share.extend([w[k]] * full)
            cdt.extend((s + off)[:full])
            g = np.arange(full) // B
            post = s[np.minimum((np.arange(g[-1] + 1) + 1) * B, full) - 1] + rng.uniform(0.01, 0.3, g[-1] + 1)
            at = post[:, None] + R * np.arange(tries)
            ok = ~_inside(at.ravel(), down).reshape(at.shape)
            anyok, first = ok.any(1), np.argmax(ok, 1)
            c["refused"] += int(np.where(anyok, first, tries).sum())
            c["dropped"] += int((~anyok).sum())
            c["retries"] += int(first[anyok].sum() + (tries - 1) * (~anyok).sum())
            t_ok = post + R * first
            dbl = anyok & (rng.random(len(post)) < p_to)  # timed out at the client after the server stored it
            c["doubled"] += int(dbl.sum())
            r = np.arange(full)
            for sel, extra in ((anyok[g], 0.0), (dbl[g], R)):
                arr_all.extend(t_ok[g[sel]] + extra)
                req_all.extend(idx0 + r[sel])
    run.req_ts, run.req_te, run.req_share = np.array(ts), np.array(te), np.array(share)
    run.req_cdt = np.array(cdt)
    arr, req = np.array(arr_all), np.array(req_all, int)
    vis = arr + rng.uniform(1, 6, len(arr))  # the worker processes the queue every few seconds
    inl = _inside(arr, lag)
    j = np.searchsorted(lag[:, 0], arr, side="right") - 1
    vis[inl] = lag[j[inl], 1] + rng.uniform(1, 60, inl.sum())  # the backlog drained after the lag
    fl = np.zeros(len(arr), bool)
    if len(flush):
        k = np.searchsorted(flush, arr)
        fl = (k < len(flush)) & (flush[np.minimum(k, len(flush) - 1)] < vis)
    c["flushed"] = int(fl.sum())
    nf = n + L + W + 30
    fetch = STEP * (np.arange(nf) + 1) + phase
    good = rng.random(nf) >= p_fail
    c["failed_fetches"] = int((~good[:n]).sum())
    gi = np.nonzero(good)[0]
    pos = np.searchsorted(fetch[gi], vis)
    seen = pos < len(gi)
    f1 = np.where(seen, gi[np.minimum(pos, len(gi) - 1)], nf)
    fcdt = run.req_cdt[req]
    inwin = seen & (fetch[np.minimum(f1, nf - 1)] - fcdt <= W * STEP)
    c["outside_window"] = int((~inwin & ~fl).sum())
    if mode == "action":
        b = np.floor(fcdt / STEP).astype(int)
        ontime = f1 <= b + L
        c["late"] = int((inwin & ~fl & ~ontime).sum())
        keep = inwin & ~fl & ontime
    else:
        b = f1
        keep = inwin & ~fl
    keep &= (b >= 0) & (b < n)
    c["rebinned"] = int((b[keep] != np.floor(run.req_te[req[keep]] / STEP)).sum())
    run.copy_req, run.copy_bin = req[keep], b[keep]
    run.path_cfg = {"P": P, "B": B, "R": R, "mode": mode, "W": W, "L": L, "synced": synced, "phase": phase}
    run.path_counts = c


def _reads(run: Run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) when the job trains ``X`` images per tick: linear in ``X``."""
    C = np.concatenate([[0.0], np.cumsum(X)])
    grid = np.arange(len(C)) * TICK
    val = run.req_share * (np.interp(run.req_te, grid, C) - np.interp(run.req_ts, grid, C))
    return np.bincount(run.copy_bin, weights=val[run.copy_req], minlength=run.n)[:run.n] / STEP


def _spans(run: Run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause (or a ramp's first half), its neighbours, and unread minutes."""
    n = run.n
    bad = np.zeros(n + 2, bool)
    ramp_end = {round(t0, 6): t0 + dur / 2 for t0, dur, f in run.ramps}
    for a, b, kind in run.pauses_t:
        b = ramp_end.get(round(b, 6), b)
        s, e = max(int(a // STEP) - 1, 0), min(n, int(np.ceil(b / STEP)) + 1)
        bad[s:e] = True
    run.path_counts["unread"] = int(((healthy <= 0) & ~bad[:n]).sum())  # unread minutes away from the pauses
    bad[:n] |= healthy <= 0
    spans = []
    for i in np.nonzero(bad[:n])[0]:
        if spans and i <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], int(i) + 1)
        else:
            spans.append((int(i), int(i) + 1))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks: a drop (an augmentation
    worker pool shrunk after an out-of-memory kill) rises to 1 over 2-12 ticks; a straggler (one node's X-ray crops
    read from a throttled network share) at 1 for a mean of 20-150 ticks, calm at 0.05-0.25 for 100-500; a leak (the
    oversampler's index of rare-defect crops growing in the workers, into swap) ``(s / ramp) ** p``, then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(2, 12))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, bad_m, good_m = rng.uniform(0.05, 0.25), rng.uniform(20, 150), rng.uniform(100, 500)
    w, i, bad = np.empty(length), 0, True
    while i < length:
        m = int(rng.exponential(bad_m if bad else good_m)) + 1
        w[i:i + m] = 1.0 if bad else calm
        i, bad = i + m, not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n, nt = run.n, len(run.J)
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
        if rng.random() < 0.3 and cand:
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), nt if to_end else min(nt, int(stop * STEP // TICK))
        w = np.zeros(nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        m1 = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.38))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or m1[c0:stop][lv].sum() <= 0:
            continue
        a = target * hs / m1[c0:stop][lv].sum()
        if not 0 < a <= 1:
            continue
        v = np.maximum(healthy - a * m1, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.35)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run: Run) -> np.ndarray:
    """Each point stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout223(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout223_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT223_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout223, seeds, n, pauses)
