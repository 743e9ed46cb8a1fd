"""The hundred-and-forty-first held-out throughput family: a neutrino-telescope event-reconstruction network's training
events/s (a graph neural network over each event's detector hits; pulses cleaned, graphs built and augmented on CPU
workers from large simulation files read one at a time; a validation pass on a held-out simulation set now and then),
read through Sacred's MongoObserver: the trainer logs its events per step with ``log_scalar``, the observer writes the
queued entries to MongoDB's ``metrics`` collection at each heartbeat (every 10 s), a failed write is retried at the
next heartbeat, and an Omniboard-style monitor queries the collection once per minute by the entries' logged
timestamps.

(No generator's head names Sacred, an observer, Omniboard, ``log_scalar``, a neutrino, IceCube, hits, an election or
events/s (``grep -ic`` on ``/tmp/s57/genheads135.txt``: 0 each); "mongo" matches 2 heads (one a MongoDB time-series
collection with ``insert_many`` and a ``$dateTrunc`` aggregation: MongoDB itself is not new, Sacred's observer, its
heartbeats and its retries are), "heartbeat" 1 (an RRD file's heartbeat), "replica" 1 (a tracker's replica),
"pulse" 1 (room impulse responses), "graph neural" 3 (GNNs over molecules, fraud graphs and neighbour sampling: the
model family is not new, the neutrino-event job is). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout135.py`` lines 1-110 and 504-513 (its
``make_heldout135`` and ``heldout135_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout135.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s57/genheads135.txt`` through
``grep -i``/``grep -c`` only (one ``grep -io`` printing 80 characters around the matches of mongo, heartbeat, replica,
pulse and graph neural). Slips: a ``wc -l`` of ``anomaly/heldout135.py`` (513 lines) run with the ``grep -n``; none
else.

Public sources read (excerpts through the search tool): Sacred's ``docs/observers.rst`` (the MongoObserver, ``-m``,
``MongoObserver.create(url, db_name)``); Sacred's ``metrics_logger.py`` in several versions (``log_scalar_metric``
queues an entry with its name, an auto-incremented step per metric name and ``datetime.utcnow()`` taken on the
logging node); Sacred issues #317 (a failed observer stops the heartbeats; the live information then stays stale),
#434 and #69 (lost connection mid-run; the ``QueuedMongoObserver`` retries queued events), #566 (Omniboard shows
``PROBABLY_DEAD`` after missing heartbeats; the queued observer can stall at the end), #859 (a failed save that was
applied still gets retried: entries land several times), #691 (metrics written only with the heartbeat); MongoDB's
"Replica Set Elections" page (no writes until an election completes; the median time to elect a new primary should
not exceed 12 s with default settings, ``electionTimeoutMillis`` 10 s) and a book excerpt (10-60 s). Not read (from
memory, unchecked): the heartbeat interval (10 s, ``beat_interval``) and that a run's final heartbeat flushes the queue
at completion; that the ``metrics`` documents ``$push`` steps, values and timestamps per run and name; rollbacks of
``w:1`` writes on a stepped-down primary; how Omniboard's reader keys its series. Nothing read on the job (GraphNeT's
pages name the task only): its figures are assumed.

Assumed without checking (the job): one node of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per doubling); a GPU trains
800-12,000 events/s (log-uniform). The CPU workers read one simulation file at a time: a file lasts 120-900 s of
training (log-uniform per file), its events' hit counts (its energy range) set its rate (a factor, sd 2-7 %), and
opening it (read, pulse cleaning of its first chunk) stalls the loader 3-20 s at 20-60 % of the rate; graph sizes
vary per step: an AR(1) of the log per 5-s tick (sd 3-8 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120
min). Relaunches: 0-3 at 15-85 % of the run, each a denser graph (a larger k of the kNN edges, at most twice:
1.3-1.8 times dearer), a larger model (once: 1.8-2.6) or, 1 in 6, another GPU count; redrawn until the level moves
15 % (1/3 to 3 times); one an hour or more after the previous. Pauses: start-up 3-10 min ("long" 25-60) and a ramp
from 50-80 % over 2-6 min (file reads and worker pools warming); a validation pass every 30-90 min of training, 2-6
min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean
12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min
("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): rank 0 logs the global events of each 5-s tick (its share of steps) as one entry stamped by
its node's clock at a uniform time in the tick (a step's granularity is finer: the entries are the ticks' sums). Each
process (a Sacred run document; a crash's or a relaunch's restart makes a new one, its steps from 0) beats every 10 s
plus 5-50 ms from a random phase; 0.5-3 % of the beats are 1-15 s late (the main process busy). A beat writes every
queued entry; it fails inside a write stall: replica-set elections (0.3-3 a day, lasting 5-40 s, median about 12)
and the database's outages from the cluster (0.1-1 a day, a mean of 2-20 min); failed entries stay queued for the
next beat. A failed beat inside an election was applied before the step-down with probability 0.2-0.5 (its entries
land twice: once then, once at the retry); a beat acknowledged in the 2 s before an election is rolled back with
probability 0.5 (lost: the observer does not resend). A crash loses the queue (the entries since the last written
beat); a relaunch's graceful stop flushes it with a final beat (lost where that fails). The job runs on 1-3 nodes of
a pool; a restart stays on its node with probability 1/2, else lands on one drawn from the pool; node clocks: offsets
sd 0.1-1.5 s from the monitor's clock; in 20 % of runs one node is unsynchronised, 3-15 s off and drifting 0-40 ppm.
The monitor queries minute ``m`` of the logged timestamps once, at its end plus 20-45 s (its clock sd 0.5 s): an entry
written later is lost; it sums every run document of the experiment (the dead run left RUNNING included); half the
monitors drop repeated (run, step) entries (a restart's steps from 0 collide with nothing: the key holds the run), the
others count them twice. A point is the minute's events / 60. The reads are linear in the events; entries and fates are
the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's events lost, carried through the same entries and reads): ``drop`` (the pulse-cleaning
worker pool shrunk by a killed worker: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (reads of the
simulation files slowed by a shared file system in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600
at 0.05-0.25), ``leak`` (the graph workers' growing cache swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then
held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set
from the reads of the lost events (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout141_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    9          10    0.095-0.321  13              1-63 (1246, 1 >60)
long      29      10    9          10    0.074-0.281  15              1-62 (895, 2 >60)

Planned changes listed: short 21, long 14 (of 21 and 14 relaunches; none kept its stage); crashes 32 and 41. The path
over each set (counts): short: failed beats 3125, late beats 5985, elections 94, outages 39, entries applied twice 94
(48 counted twice: no dedup), entries in rolled-back beats 18, entries lost with a crashed process's queue 462, entries
written after their minute was read 5286, entries moved to another minute by a node's clock 11806, unread points 356;
long: 1175, 7589, 73, 18, 97 (33), 10, 73, 2045, 24682, 96. The reads' sum over the live points against the job's
events: 0.999-1.000 (short), 1.000 (long: the losses are under 0.05 %); the live points' minute-to-minute change
(median ``|d log|`` per seed) 3-8 % (short), 4-8 % (long), its 99th percentile 24-33 % (short) and 26-33 % (long);
the live median level 1,475-17,617 events/s (short), 400-19,716 (long). Changes of the laws after the first measure:
one, a fix: a life's last tick, partly trained before a crash or a stop, had no entry (its events were never read);
its entry is now logged just before the process stops (the figures here are after it; the events and spans did not
move). Before the first measure: none (3 seeds' healthy runs per setting were looked at for these figures only).
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points "short", 90 "long", at 3,000
points; 63 and 62 at most in the full sets).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT141_SEEDS = tuple(range(1412000, 1412012))
CODE = 141
TICK = 5.0
STEP = 60.0
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0
DAY = 86400.0
HB = 10.0
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (1, 60), "long": (1, 90)}
PATH_KEYS = ("failed_beats", "late_beats", "elections", "outages", "dup_entries", "dup_counted", "rolled_back",
             "lost_in_crash", "late_entries", "shifted_entries", "unread_points")
GPUS = (1, 2, 4)


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The job's events/s at a stage: per GPU, times the GPUs at ``eff`` per doubling, over the stage's costs."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["k_c"] ** st["k"] / cfg["bb_c"] ** st["bb"]


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's next stage (a denser graph, a larger model or another GPU count) moving the level 15 % to 3x."""
    for _ in range(50):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in GPUS if g != st["gpus"]]))
        elif u < 0.6 and st["k"] < 2:
            new["k"] += 1
        elif st["bb"] == 0:
            new["bb"] = 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _dur(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = short if setting == "short" else long
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: pauses, lives (processes) and stages."""
    T = n * STEP + 1800.0
    cfg = {"gpu": _lu(rng, 800, 12000), "eff": rng.uniform(0.85, 0.97), "k_c": rng.uniform(1.3, 1.8),
           "bb_c": rng.uniform(1.8, 2.6)}
    st = {"gpus": int(rng.choice(GPUS, p=[0.3, 0.4, 0.3])), "k": 0, "bb": 0}
    ev_every, ck_every = rng.uniform(30, 90) * 60, int(rng.choice([2, 3]))
    crash_mean = rng.uniform(12, 48) * 3600
    n_rel = int(rng.integers(0, 4))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, n_rel)) * n * STEP:
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    n_nodes = int(rng.integers(1, 4))
    pauses, segs, lives, ramps, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = 0.0
    node = 0
    life0 = 0.0
    su = _dur(rng, setting, (3, 10), (25, 60))
    pauses.append((0.0, su, "startup"))
    t = su
    ramps.append((t, rng.uniform(120, 360), rng.uniform(0.5, 0.8)))
    next_ev = t + ev_every * rng.uniform(0.9, 1.1)
    next_crash = t + rng.exponential(crash_mean)
    n_ev = 0
    while t < T:
        nr = rel[0] if rel else np.inf
        stop = min(next_ev, next_crash, nr, T)
        if stop > t:
            segs.append((t, stop, dict(st)))
        t = max(t, stop)
        if t >= T:
            break
        if stop == next_ev:
            n_ev += 1
            d = _dur(rng, setting, (2, 6), (10, 25))
            kind = "eval"
            if n_ev % ck_every == 0:
                d += rng.uniform(15, 60) if setting == "short" else rng.uniform(60, 240)
                kind = "ckpt"
            pauses.append((t, t + d, kind))
            t += d
            next_ev = t + ev_every * rng.uniform(0.9, 1.1)
        else:
            crash = stop == next_crash
            lives.append((life0, t, crash, node))
            if crash:
                counts["crashes"] += 1
                d = _dur(rng, setting, (1, 4), (6, 18))
                life0 = t + d
                d += _dur(rng, setting, (2, 6), (8, 20))
                kind = "crash"
            else:
                rel.pop(0)
                counts["relaunches"] += 1
                d = _dur(rng, setting, (1, 3), (5, 12)) + rng.uniform(60, 300)
                life0 = t + d
                d += _dur(rng, setting, (2, 6), (8, 20))
                kind = "relaunch"
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                if new is None:
                    counts["kept_stage"] += 1
                else:
                    st = new
                    known_t.append(t + d)
            if rng.random() >= 0.5:
                node = int(rng.integers(n_nodes))
            pauses.append((t, t + d, kind))
            t += d
            ramps.append((t, rng.uniform(120, 360), rng.uniform(0.5, 0.8)))
            next_ev = t + ev_every * rng.uniform(0.9, 1.1)
            next_crash = t + rng.exponential(crash_mean)
    lives.append((life0, np.inf, False, node))
    return SimpleNamespace(n=n, T=T, cfg=cfg, pauses_t=pauses, segs=segs, lives=lives, ramps=ramps,
                           known_t=known_t, counts=counts, n_nodes=n_nodes, setting=setting)


def _job(rng, run) -> np.ndarray:
    """Events trained per 5-s tick, divided by the tick (events/s), on the true-time grid."""
    nt = int(run.T / TICK)
    tb = np.arange(nt) * TICK
    tr, lv = np.zeros(nt), np.zeros(nt)
    for a, b, st in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.clip(np.minimum(b, tb[i0:i1] + TICK) - np.maximum(a, tb[i0:i1]), 0, TICK) / TICK
        tr[i0:i1] += ov
        lv[i0:i1] = np.where(ov > 0, _level(run.cfg, st), lv[i0:i1])
    ctr = np.cumsum(tr * TICK)
    nf = int(ctr[-1] / 120) + 2
    edges = np.concatenate([[0.0], np.cumsum([_lu(rng, 120, 900) for _ in range(nf)])])
    fmul = np.exp(rng.normal(0, rng.uniform(0.02, 0.07), nf + 1))
    stall_s, stall_r = rng.uniform(3, 20, nf + 1), rng.uniform(0.2, 0.6, nf + 1)
    fi = np.searchsorted(edges, ctr, side="right") - 1
    into = ctr - edges[fi]
    stall = np.where(into < stall_s[fi], stall_r[fi] + (1 - stall_r[fi]) * np.clip(into - stall_s[fi] + TICK, 0,
                                                                                    TICK) / TICK, 1.0)
    sd, tau = rng.uniform(0.03, 0.08), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    ou_t = np.interp(tb, np.arange(len(ou)) * 60.0, ou)
    ramp = np.ones(nt)
    for t0, dur, r0 in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + dur) / TICK)))
        ramp[i0:i1] = r0 + (1 - r0) * np.clip((tb[i0:i1] - t0) / dur, 0, 1)
    return lv * tr * fmul[fi] * stall * np.exp(ar + ou_t) * ramp


def _windows(rng, T: float, per_day: tuple, dur) -> np.ndarray:
    """Write-stall windows ``(start, end)``: a Poisson process at ``per_day`` a day, lengths ``dur(rng)``."""
    rate = rng.uniform(*per_day) / DAY
    out, t = [], rng.exponential(1 / rate)
    while t < T:
        d = dur(rng)
        out.append((t, t + d))
        t += d + rng.exponential(1 / rate)
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _next_true(mask: np.ndarray) -> np.ndarray:
    """For each index, the first index at or after it where ``mask`` holds (``len(mask)``: none)."""
    m = len(mask)
    idx = np.where(mask, np.arange(m), m)
    return np.minimum.accumulate(idx[::-1])[::-1] if m else idx


def _node_clocks(rng, n_nodes: int) -> list:
    """Each node's clock offset law ``(offset, drift)``: seconds and seconds per second."""
    clocks = [(rng.normal(0, s), 0.0) for s in [rng.uniform(0.1, 1.5)] * n_nodes]
    if rng.random() < 0.2:
        j = int(rng.integers(n_nodes))
        clocks[j] = (rng.choice([-1, 1]) * rng.uniform(3, 15), rng.uniform(-40e-6, 40e-6))
    return clocks


def _path(rng, run) -> SimpleNamespace:
    """Each tick's entry: its minute of logged time and how many copies the monitor counts (0, 1 or 2)."""
    nt = int(run.T / TICK)
    te = (np.arange(nt) + rng.uniform(0.05, 0.95, nt)) * TICK  # when the entry is logged (true time)
    elec = _windows(rng, run.T, (0.3, 3), lambda r: float(np.clip(r.lognormal(np.log(12), 0.4), 5, 40)))
    outs = _windows(rng, run.T, (0.1, 1), lambda r: r.exponential(r.uniform(2, 20) * 60) + 20)
    stalls = np.concatenate([elec, outs]) if len(outs) else elec
    stalls = stalls[np.argsort(stalls[:, 0])] if len(stalls) else stalls
    clocks = _node_clocks(rng, run.n_nodes)
    p_dup, p_late = rng.uniform(0.2, 0.5), rng.uniform(0.005, 0.03)
    lag = rng.uniform(20, 45)
    dedup = bool(rng.random() < 0.5)
    counts = dict.fromkeys(PATH_KEYS, 0)
    counts["elections"], counts["outages"] = len(elec), len(outs)
    bucket = np.full(nt, -1)
    copies = np.zeros(nt)
    lost_crash, late_e, dup_e, dup_c, rb_e = 0, 0, 0, 0, 0
    for a, b, crashed, node in run.lives:
        b_ = min(b, run.T)
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(np.ceil(b_ / TICK)))  # a life's last tick may be partial
        if i1 <= i0:
            continue
        m = int((b_ - a) / HB) + 4
        gaps = HB + rng.uniform(0.005, 0.05, m)
        late = rng.random(m) < p_late
        gaps[late] += rng.uniform(1, 15, late.sum())
        hb = a + rng.uniform(0, HB) + np.cumsum(gaps)
        hb = hb[hb < b_]
        counts["late_beats"] += int(late[:len(hb)].sum())
        if not crashed and b < np.inf:
            hb = np.append(hb, b)
        fail = _inside(hb, stalls)
        applied = fail & _inside(hb, elec) & (rng.random(len(hb)) < p_dup)
        rolled = ~fail & (rng.random(len(hb)) < 0.5)
        rolled &= _inside(hb + 2.0, elec) & ~_inside(hb, elec)
        counts["failed_beats"] += int(fail.sum())
        nok, nap = _next_true(~fail), _next_true(applied)
        t = np.minimum(te[i0:i1], b_ - 0.01)  # the partial tick's entry is logged before the process stops
        k = np.searchsorted(hb, t)
        k_ok = np.minimum(k, len(hb))
        hbx = np.append(hb, np.inf)
        j = np.append(nok, len(hb))[k_ok]
        ap = np.append(nap, len(hb))[k_ok]
        ok1 = (j < len(hb))
        ok1 &= ~np.append(rolled, False)[j]
        okd = ap < j  # an earlier failed beat was applied: a first copy
        w1, w2 = np.where(okd, hbx[ap], np.inf), np.where(ok1, hbx[j], np.inf)
        off, drift = clocks[node]
        stamp = t + off + drift * t
        bk = np.floor(stamp / STEP).astype(int)
        q = (bk + 1) * STEP + lag + rng.normal(0, 0.5, len(t))
        c1, c2 = w1 <= q, w2 <= q
        cnt = np.minimum(c1 + c2, 1) if dedup else c1.astype(int) + c2
        bucket[i0:i1], copies[i0:i1] = bk, cnt
        lost_crash += int(((k >= len(hb)) | ((j >= len(hb)) & ~okd)).sum())
        rb_e += int((np.append(rolled, False)[j] & (j < len(hb))).sum())
        late_e += int(((ok1 & ~c2) | (okd & ~c1)).sum())
        dup_e += int((okd & ok1).sum())
        dup_c += int((okd & ok1 & c1 & c2).sum()) if not dedup else 0
        counts["shifted_entries"] += int((bk != np.floor(t / STEP)).sum())
    counts.update(lost_in_crash=lost_crash, late_entries=late_e, dup_entries=dup_e, dup_counted=dup_c,
                  rolled_back=rb_e)
    return SimpleNamespace(bucket=bucket, copies=copies, counts=counts, dedup=dedup, lag=lag, clocks=clocks,
                           stalls=stalls, elec=elec)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points: each minute's counted entries' events over 60 s (linear in ``J``)."""
    b = run.path.bucket
    ok = (b >= 0) & (b < run.n)
    return np.bincount(b[ok], weights=(run.path.copies * J * TICK)[ok], minlength=run.n)[:run.n] / STEP


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J * TICK)])


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.J = _job(rng, run)
    run.nt = len(run.J)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        paused[max(s, 0):min(e, n)] = True
    for t0, dur, r0 in run.ramps:
        s, e = int(t0 // STEP), int(np.ceil((t0 + dur / 2) / STEP)) + 1
        paused[max(s, 0):min(e, n)] = True
    run.path.counts["unread_points"] = int((~paused & (h <= 0)).sum())
    paused |= h <= 0
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.counts.update(run.path.counts)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per tick (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
    bad = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(bad, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: ``(Event, (at, m))`` or None."""
    n = run.n
    pt = [(a, b) for a, b, _ in run.pauses_t]
    ts = np.arange(n + 1) * STEP
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K if not to_end else run.nt)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, max(ramp * K, 1))
        lost = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs, ls = healthy[c0:stop][live[c0:stop]].sum(), lost[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or ls <= 0:
            continue
        a = target * hs / ls
        if a > 1:
            continue
        m = a * lost
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


def make_heldout141(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout141_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT141_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout141, seeds, n, pauses)
