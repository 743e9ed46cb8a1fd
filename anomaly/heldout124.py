"""The hundred-and-twenty-fourth held-out throughput family: an air-quality forecasting model's training samples/s (a
spatio-temporal graph network over monitoring stations' PM2.5, NO2 and ozone series, with meteorological reanalysis and
emission inventories as inputs, hourly windows cut on the fly, multi-horizon targets), each rank running a NOTIFY with
a small JSON payload of its samples every 50 steps in a short PostgreSQL transaction, one listener process summing the
payloads it receives on its LISTEN connection into per-minute totals that the monitor reads.

(No generator's head names PostgreSQL, NOTIFY, air quality, PM2.5, NO2, ozone, emissions or meteorology (``grep -ic``
on ``/tmp/s55/genheads122.txt``: 0 each); "LISTEN" and "listener" match 1 head (an AppDynamics agent's HTTP listener),
"spatio" 2 (generator 83, a traffic-forecasting spatio-temporal graph network, and a skeleton-graph model), "weather"
4 (weather models and inputs). The job's kind (a spatio-temporal graph forecaster) is not new; its inputs, its stages
and the path (per-rank NOTIFY payloads summed per minute by one LISTEN process) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout122.py`` lines 1-110 and 501-510 (its
``make_heldout122`` and ``heldout122_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout122.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s55/genheads122.txt`` through
``grep -i``/``grep -c`` only (a ``grep -i`` printed the matching heads' lines, cut at 220 characters). Slips: a ``wc
-l`` of ``anomaly/heldout122.py`` (510 lines) with the ``grep -n``; one ``cat`` of the allowed files was cut by the tool
and its middle read again in parts (``sed``), all within the allowed files. My scratch commands built and measured this
family only.

Public sources read (excerpts through the search tool): PostgreSQL's NOTIFY page (its copies on postgrespro.com and in
Ubuntu's manual pages, and David G. Johnston's 2020 patch to it): a NOTIFY inside a transaction is emitted only if and
when the transaction commits; a listener inside a transaction gets them when it ends (the brief's words; the pages I
read say only that a listening session's long transaction holds the queue's cleanup); a queue holds notifications not
yet read by every listening session, and when it is full the transactions calling NOTIFY fail at commit (8 GB by
default; no cleanup while a listening session sits in a long transaction; warnings at half full); a Hacker News thread
quoting it; a reference page on LISTEN/NOTIFY (tessl.io: an 8000-byte payload limit, delivery at commit, identical
payloads on one channel in one transaction folded into one, PostgreSQL 17's ``max_notify_queue_pages``); a runebook.dev
page (LISTEN is session state: a lost connection loses the registration and what is notified until the client reconnects
and listens again); lib/pq's ``Listener`` (re-establishes the connection after a loss); a post on PgBouncer's
transaction pooling breaking LISTEN. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.86-0.97 per node doubling); a GPU trains
20-160 windows/s (log-uniform) at the first stage (24-h lookback, the first station set, 1-24 h horizons), a per-GPU
batch of a power of 2 set so a notification (50 steps) comes every 6-12 s (longer only where a batch of 1 is already
slower). Windows are cut on the fly from the reanalysis and the stations' series (variable station counts with
missing-data masks): an AR(1) of the log rate per 5 s (sd 3-9 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120
min); in 40 % of runs a daily slowdown of 3-9 % over 1-3 h (the shared file system's nightly backups; healthy, not
listed). Relaunches: 0-3 at 15-85 % of the run, each a longer lookback (at most twice: 1.5-2.3 times dearer), a denser
station graph (at most twice: 1.3-1.9) or longer horizons (once: 1.2-1.6), rarely more nodes (1 in 6), redrawn until the
level moves 15 % (1/3 to 3 times), a relaunch 1 h or more after the previous one; the batch is set again. Pauses:
start-up 4-14 min ("long" 25-55: loading and regridding the reanalysis, building the graph) and a ramp from 40-75 % over
2-6 min (the window cache's warm-up); validation (rolling multi-horizon forecasts over a held-out year) every 30-90 min
of training, 1-4 min ("long" 12-35, and 45-75 in 30 % of them: a full rollout over the held-out year), a checkpoint
after every 2 or 3 (10-40 s, "long" 1-3 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), a
start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stop 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and
its ramp. A crash or relaunch falling due in a pause comes at its end (one inside a ramp's first half cuts it).

On the path (not checked): the ranks step together, so every rank's NOTIFY follows a 50-step boundary; a node's 8
payloads share a fate. A commit takes 2-30 ms; a WAL stall of the server (episodes 2-20 s, mean gap 1-6 h) holds the
commits to its end; in 40 % of runs the client's statement timeout (1-3 s) gives up on a held commit and sends the
payload again in a new transaction while the first commits: a duplicate (two transactions, not folded). The queue is
shared with other applications: in 30 % of runs 1-3 episodes of 5-60 min where it is full (a session idle in a
transaction holding its cleanup), and every NOTIFY fails at commit; a server restart (1 in 3 listener disconnects) fails
them too; the trainer keeps the failed samples for its next successful NOTIFY (half the runs) or drops them. The
listener's LISTEN connection drops (episodes 5-120 s, first within 2-40 h, mean gap 10-60 h): what is committed while it
is away is lost, and a total due meanwhile is written when it is back. The listener buckets a payload by its arrival on
its own clock (55 %) or by the payload's timestamp on the rank's node clock (offset sd 0.3 s; in 30 % of those runs one
node stepped 5-40 s either way for 10-60 min), closes a minute 0.5-4 s after its end (a late payload goes to the open
minute) and writes the closed total in its own transaction (0.05-0.5 s; 2 % of minutes 3-40 s behind a lock): payloads
arriving in it wait for its end. Listener restarts (first within 2-40 h, mean gap 20-80 h, 10-90 s down) lose the open
minute's partial sum and the payloads sent meanwhile, and publish nothing. The monitor reads the last published total
8-25 s after each minute (0-1 s jitter; 0.05 % of reads fail: 0): a total published late or not at all is read again (a
repeat) and its minute lost. A point is that total / 60 (samples/s) stamped at the minute's end. A stop loses the
samples since the rank's last NOTIFY. The reads are linear in the job's samples: payload times and fates are the healthy
run's.

A point is paused where its minute or the previous one touches a pause (or a ramp's first half), or where it reads
nothing; spans with no live point between are merged; a listed change is the first point after a relaunch's span.
Labelled regressions (a share ``a w`` of each tick's samples lost, carried through the same payloads and reads):
``drop`` (the reanalysis chunk cache is evicted and windows are read from object storage: ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-6 points), ``straggler`` (one rank's window-cutting workers starved by a noisy neighbour in bursts: 1
for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak`` (the loader workers' memory growing by
copy-on-write of the station index, then swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); drawn by
``hc.draw_regression`` (onsets 30 % at a pause's end) with a drawn target loss, ``a`` set from the reads of the lost
samples (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout124_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    9          10    0.085-0.326  20              1-36 (1224, 0 >60)
long      30      10    9          11    0.099-0.304  23              1-104 (805, 130 >60)

Planned changes listed: short 16, long 17 (of 16 and 17 relaunches, none left without a stage); crashes 46 and 37. The
path over each set (counts): short: lives ending with samples not yet notified 74, duplicate payloads after a client
timeout 474, NOTIFYs failed at commit on a full queue 1125 or in a server restart 216, successes carrying failed samples
15, payloads lost while the listener was disconnected 685 or restarting (its open minutes included) 672, payloads
deferred behind the listener's own transaction 13246, late against their minute (payload stamps) 49, repeated reads
1034, skipped minutes 1069, failed reads 36; long: 66, 238, 1588, 221, 21, 219, 473, 9008, 269, 925, 963, 38 (a payload
counted per node). The reads' sum over the live points against the job's samples: 0.999-1.010 (short), 0.999-1.006
(long); the live points' minute-to-minute change (median ``|d log|`` per seed) 0-15 % (short), 0-22 % (long) (0 where a
minute keeps one count of notifications: the ranks step together, so a minute's total is a whole number of 50-step
payloads), its 99th percentile 22-41 % (short), 18-41 % (long); the live median level 213-2133 samples/s (short),
80-4267 (long). Changes after the first measure (before this table): one to the laws, the "long" validations (10-25 min
gave 1 span over 60 points in the set: now 12-35 min, and 45-75 min in 30 % of them, full rollouts over the held-out
year); with it the notification cadence (50 steps every 15-30 s gave 2-4 payloads a minute a node and reads quantised by
a third or more: now 6-12 s). Four bugs fixed before this table (the third after a first commit: the stepped node was
drawn among 4 where a run had fewer, no step; only the "long" late count moved, 237 to 269): a run's last life was
dropped where the run ended in a pause (no payloads after it: 2,000 points read nothing), and a non-leak regression
running to the end had an infinite ramp, a crash at a ramp's start left two pauses overlapping. The tests check the laws
on the first 4 seeds at 3,000 points.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from functools import partial
from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT124_SEEDS = tuple(range(1242000, 1242012))
CODE = 124
TICK = 5.0
K = 12
STEP = TICK * K
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC
KIND_P = (0.34, 0.33, 0.33)
CAUSES = {"drop": ("cache_evicted",), "straggler": ("noisy_neighbour",), "leak": ("cow_growth",)}
SPANS = {"short": (1, 40), "long": (1, 120)}
PATH_KEYS = ("lost_at_stop", "dup", "failed_full", "failed_restart", "carried", "lost_disconnect",
             "lost_listener", "deferred", "late", "repeats", "skipped", "failed_reads")
MAX_STAGE = {"hist": 2, "stn": 2, "hor": 1}


def _cum(x: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(x)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative ``C`` (per tick) at times ``t`` (s), linear inside a tick."""
    u = np.clip(np.asarray(t, float) / TICK, 0, len(C) - 1)
    i = np.minimum(u.astype(int), len(C) - 2)
    return C[i] + (u - i) * (C[i + 1] - C[i])


def _episodes(rng, T: float, first, gap, length) -> list[tuple[float, float]]:
    """Disjoint episodes ``(a, b)`` before ``T``: the first 2-40 h in (hours ``first``), gaps of mean ``gap`` h,
    lengths uniform in ``length`` s."""
    out, t = [], rng.uniform(*first) * 3600
    mean = rng.uniform(*gap) * 3600
    while t < T:
        d = rng.uniform(*length)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 1.0
    return out


def _inside(x: np.ndarray, ep) -> np.ndarray:
    """The index of the episode each of ``x`` lies in, -1 where none."""
    if not ep:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in ep])
    b = np.array([e[1] for e in ep])
    j = np.searchsorted(a, x, side="right") - 1
    ok = (j >= 0) & (x < b[np.maximum(j, 0)])
    return np.where(ok, j, -1)


def _level(cfg: dict, st: dict) -> float:
    """The job's samples/s at a stage."""
    per_gpu = cfg["gpu"] / (cfg["hist_c"] ** st["hist"] * cfg["stn_c"] ** st["stn"] * cfg["hor_c"] ** st["hor"])
    return per_gpu * 8 * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"])


def _batch(per_gpu: float) -> int:
    """A per-GPU batch (a power of 2) that makes 50 steps last 6-12 s."""
    return int(2 ** max(0, np.floor(np.log2(12 * per_gpu / 50))))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's next stage, moving the level 15 % or more (1/3 to 3 times); None when none is found."""
    for _ in range(40):
        new = dict(st)
        if rng.random() < 1 / 6:
            if st["nodes"] >= 4:
                continue
            new["nodes"] = st["nodes"] * 2
        else:
            key = ("hist", "stn", "hor")[int(rng.integers(3))]
            if st[key] >= MAX_STAGE[key]:
                continue
            new[key] = st[key] + 1
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _ar1(rng, m: int, sd: float, corr: float) -> np.ndarray:
    a = np.exp(-TICK / corr)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    x = np.empty(m)
    x[0] = rng.normal(0, sd)
    for i in range(1, m):
        x[i] = a * x[i - 1] + e[i]
    return x


def _schedule(rng, n: int, setting: str):
    """The job's timeline: pauses, lives (per process: start, stop, samples per notification, nodes), the samples
    per 5-s tick ``J``, and the planned changes."""
    long = setting == "long"
    T = (n + 2) * STEP
    nt = int(T // TICK)
    cfg = {"gpu": hc.log_uniform(rng, 20, 160), "eff": rng.uniform(0.86, 0.97), "hist_c": rng.uniform(1.5, 2.3),
           "stn_c": rng.uniform(1.3, 1.9), "hor_c": rng.uniform(1.2, 1.6)}
    st = {"hist": 0, "stn": 0, "hor": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    for i in range(1, len(rel_t)):
        rel_t[i] = max(rel_t[i], rel_t[i - 1] + 3600)
    crash_mean = rng.uniform(12, 48) * 3600
    lvl = np.zeros(nt)
    ramp = np.ones(nt)
    pauses_t, lives, known_t = [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}

    def pause(a, b, kind):
        pauses_t.append((a, min(b, T), kind))
        return b

    def start(t, first):
        su = (rng.uniform(25, 55) if long else rng.uniform(4, 14)) if first else \
            (rng.uniform(8, 20) if long else rng.uniform(2, 6))
        t = pause(t, t + su * 60, "startup")
        rd, f0 = rng.uniform(120, 360), rng.uniform(0.4, 0.75)
        i0, i1 = int(np.ceil(t / TICK)), min(nt, int(np.ceil((t + rd) / TICK)))
        if i1 > i0:
            ramp[i0:i1] = f0 + (1 - f0) * (np.arange(i1 - i0) + 0.5) / (i1 - i0)
        pauses_t.append((t, t + rd / 2, "ramp"))  # its first half is paused, not an outage
        return t

    t = start(0.0, True)
    life0, n_eval, ck_every = t, 0, int(rng.choice([2, 3]))
    next_eval = t + rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        next_eval, next_crash = max(next_eval, t), max(next_crash, t)
        if ri < len(rel_t):
            rel_t[ri] = max(rel_t[ri], t)
        bg = 50 * _batch(_level(cfg, st) / (8 * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]))) * 8 * st["nodes"]
        nxt_rel = rel_t[ri] if ri < len(rel_t) else np.inf
        due = min(next_eval, next_crash, nxt_rel, T)
        i0, i1 = int(np.ceil(t / TICK)), min(nt, int(np.ceil(due / TICK)))
        lvl[i0:i1] = _level(cfg, st)
        t = due
        if t >= T:
            break
        if due == next_eval:
            n_eval += 1
            ck = n_eval % ck_every == 0
            d = rng.uniform(1, 4) * 60
            if long:  # a full rollout over the held-out year in 30 % of them
                d = rng.uniform(45, 75) * 60 if rng.random() < 0.3 else rng.uniform(12, 35) * 60
            t = pause(t, t + d, "eval")
            if ck:
                t = pause(t, t + (rng.uniform(60, 180) if long else rng.uniform(10, 40)), "ckpt")
            next_eval = t + rng.uniform(30, 90) * 60
            next_crash = max(next_crash, t)
            if ri < len(rel_t):
                rel_t[ri] = max(rel_t[ri], t)
            continue
        lives.append((life0, t, bg, st["nodes"]))
        ramps = [x for x in pauses_t if x[2] == "ramp" and x[1] > t]  # a stop inside a ramp's first half cuts it
        for x in ramps:
            pauses_t.remove(x)
            if x[0] < t:
                pauses_t.append((x[0], t, "ramp"))
        if due == next_crash:
            counts["crashes"] += 1
            t = pause(t, t + (rng.uniform(6, 18) if long else rng.uniform(1, 4)) * 60, "crash")
            t = start(t, False)
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            stop = (rng.uniform(5, 12) if long else rng.uniform(1, 3)) + rng.uniform(1, 5)
            t = pause(t, t + stop * 60, "relaunch")
            t = start(t, False)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            next_crash = max(next_crash, t)
        life0 = t
        next_eval = t + rng.uniform(30, 90) * 60
    if life0 < T:
        lives.append((life0, T, bg, st["nodes"]))
    # noise: fast AR(1), slow OU, an optional nightly slowdown
    noise = _ar1(rng, nt, rng.uniform(0.03, 0.09), rng.uniform(10, 60))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    noise += ou[(np.arange(nt) * TICK // 60).astype(int)]
    if rng.random() < 0.4:
        at, dur, dip = rng.uniform(0, 86400), rng.uniform(1, 3) * 3600, rng.uniform(0.03, 0.09)
        tod = (np.arange(nt) * TICK - at) % 86400
        noise += np.where(tod < dur, np.log(1 - dip), 0.0)
    J = lvl * ramp * np.exp(noise) * TICK
    pauses_t.sort()
    for a, b, kind in pauses_t:
        if kind != "ramp":
            J[int(np.ceil(a / TICK)):min(nt, int(b // TICK) + 1)] = 0.0
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, J=J, train=J, cfg=cfg, lives=lives, pauses_t=pauses_t,
                           known_t=known_t, counts=counts, restarts=[])


def _path(rng, run):
    """The NOTIFY payloads of the healthy run and their fates: ``prev``/``put`` (the samples each carries are the
    job's between them, a node's share ``w``), the listener minute ``m`` each lands in, and the monitor's source
    minute ``src`` of each point (-1: a failed read)."""
    n, T, C = run.n, run.T, _cum(run.J)
    carry, retry, by_stamp = rng.random() < 0.5, rng.random() < 0.4, rng.random() < 0.45
    timeout = rng.uniform(1, 3)
    stalls = _episodes(rng, T, (0, 6), (1, 6), (2, 20))
    full = []
    if rng.random() < 0.3:
        for _ in range(int(rng.integers(1, 4))):
            a = rng.uniform(0, T)
            full.append((a, a + rng.uniform(5, 60) * 60))
        full.sort()
        merged = [full[0]]
        for a, b in full[1:]:
            merged[-1:] = [(merged[-1][0], max(b, merged[-1][1]))] if a <= merged[-1][1] else [merged[-1], (a, b)]
        full = merged
    disc = _episodes(rng, T, (2, 40), (10, 60), (5, 120))
    server = [e for e in disc if rng.random() < 1 / 3]  # a server restart: the ranks' NOTIFYs fail too
    rest = _episodes(rng, T, (2, 40), (20, 80), (10, 90))
    o_l, grace = rng.normal(0, 0.5), rng.uniform(0.5, 4)
    counts = dict.fromkeys(PATH_KEYS, 0)
    prev_l, put_l, w_l, node_l, life_l = [], [], [], [], []
    for li, (a, b, bg, nodes) in enumerate(run.lives):
        ca, cb = _at(C, a), _at(C, b)
        k = int((cb - ca) // bg)
        if cb - ca - k * bg > 1e-6:
            counts["lost_at_stop"] += 1
        if k == 0:
            continue
        y = ca + bg * np.arange(1, k + 1)
        i = np.clip(np.searchsorted(C, y, side="left"), 1, len(C) - 1)
        put = (i - 1 + (y - C[i - 1]) / np.maximum(C[i] - C[i - 1], 1e-12)) * TICK
        for j in range(nodes):
            prev_l.append(np.concatenate([[a], put[:-1]]))
            put_l.append(put)
            w_l.append(np.full(k, 1.0 / nodes))
            node_l.append(np.full(k, j))
            life_l.append(np.full(k, li))
    prev, put, w = np.concatenate(prev_l), np.concatenate(put_l), np.concatenate(w_l)
    node, life = np.concatenate(node_l), np.concatenate(life_l)
    commit = put + rng.lognormal(np.log(0.008), 0.6, len(put))
    js = _inside(put, stalls)
    held = js >= 0
    if held.any():
        ends = np.array([e[1] for e in stalls])
        commit[held] = ends[js[held]] + rng.uniform(0.002, 0.03, held.sum())
    dup = retry & (commit - put > timeout)
    counts["dup"] = int(dup.sum())
    w = np.where(dup, 2 * w, w)
    fail_full = _inside(commit, full) >= 0
    fail_srv = (_inside(commit, server) >= 0) & ~fail_full
    failed = fail_full | fail_srv
    counts["failed_full"], counts["failed_restart"] = int(fail_full.sum()), int(fail_srv.sum())
    if failed.any():
        w[failed] = 0.0
        if carry:  # a success takes the samples since the node's last success in its life
            order = np.lexsort((put, node, life))
            ok = ~failed[order]
            grp = life[order] * 8 + node[order]
            start = np.r_[True, grp[1:] != grp[:-1]]
            idx = np.arange(len(order))
            last_ok = np.maximum.accumulate(np.where(ok, idx, -1))
            prev_ok = np.r_[-1, last_ok[:-1]]
            grp_start = np.maximum.accumulate(np.where(start, idx, 0))
            ps = put[order]
            new_prev = np.where(prev_ok >= grp_start, ps[np.maximum(prev_ok, 0)], prev[order][grp_start])
            moved = ok & (new_prev < prev[order] - 1e-9)
            counts["carried"] = int(moved.sum())
            p2 = prev[order]
            p2[ok] = new_prev[ok]
            prev[order] = p2
    recv = commit.copy()
    lost = failed.copy()
    gone = _inside(recv, disc) >= 0
    counts["lost_disconnect"] = int((gone & ~lost).sum())
    lost |= gone
    down = _inside(recv, rest) >= 0
    counts["lost_listener"] = int((down & ~lost).sum())
    lost |= down
    # the listener's flush transaction after each minute: arrivals in it wait for its end
    M = n + 4
    fs = (np.arange(M) + 1) * STEP + grace - o_l
    fd = np.where(rng.random(M) < 0.02, rng.uniform(3, 40, M), rng.uniform(0.05, 0.5, M))
    fe = fs + fd
    jf = np.searchsorted(fs, recv, side="right") - 1
    defer = (jf >= 0) & (recv < fe[np.maximum(jf, 0)]) & ~lost
    counts["deferred"] = int(defer.sum())
    recv = np.where(defer, fe[np.maximum(jf, 0)], recv)
    m_recv = np.floor((recv + o_l) / STEP).astype(int)
    if by_stamp:
        off = rng.normal(0, 0.3, 4)
        stamp = put + off[node]
        if rng.random() < 0.3:
            a = rng.uniform(0, T)
            jn = int(rng.integers(max(x[3] for x in run.lives)))
            hit = (node == jn) & (put >= a) & (put < a + rng.uniform(600, 3600))
            stamp = stamp + np.where(hit, rng.choice([-1, 1]) * rng.uniform(5, 40), 0.0)
        m = np.floor(stamp / STEP).astype(int)
        late = (recv + o_l > (m + 1) * STEP + grace) & ~lost
        counts["late"] = int(late.sum())
        m = np.where(late, m_recv, m)
    else:
        m = m_recv
    # a listener restart loses the minutes still open when it goes down
    for r0, r1 in rest:
        close = (m + 1) * STEP + grace - o_l
        hit = (recv < r0) & (close > r0) & ~lost
        counts["lost_listener"] += int(hit.sum())
        lost |= hit
    w = np.where(lost | (m < 0), 0.0, w)
    # publications and the monitor's reads
    pub = fe.copy()
    jd = _inside(fs, disc)
    dends = np.array([e[1] for e in disc] or [0.0])
    pub = np.where(jd >= 0, np.maximum(pub, dends[np.maximum(jd, 0)] + 0.1), pub)
    pub[_inside(fs, rest) >= 0] = np.inf
    r = (np.arange(n) + 1) * STEP + rng.uniform(8, 25) + rng.uniform(0, 1, n)
    q = np.searchsorted(r, pub, side="left")
    best = np.full(n + 1, -1)
    ok = q < n
    np.maximum.at(best, q[ok], np.arange(M)[ok])
    src = np.maximum.accumulate(best)[:n]
    fail = rng.random(n) < 0.0005
    counts["failed_reads"] = int(fail.sum())
    src = np.where(fail, -1, src)
    s_ok = src >= 0
    counts["repeats"] = int((s_ok[1:] & (src[1:] == src[:-1])).sum())
    counts["skipped"] = int(n - 1 - len(np.unique(src[(src >= 0) & (src < n - 1)])))
    return SimpleNamespace(prev=prev, put=put, w=w, m=m, src=src, carry=carry, retry=retry, by_stamp=by_stamp,
                           counts=counts, bg=np.array([run.lives[i][2] / run.lives[i][3] for i in life]))


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The points (samples/s) the path makes of ``X`` (samples per tick) on the healthy run's payloads and fates."""
    p, n = run.path, run.n
    C = _cum(X)
    body = (_at(C, p.put) - _at(C, p.prev)) * p.w
    keep = (p.m >= 0) & (p.m < n + 4)
    base = np.bincount(p.m[keep], weights=body[keep], minlength=n + 4)
    return np.where(p.src >= 0, base[np.maximum(p.src, 0)], 0.0) / STEP


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    marks = [(int(a // STEP), min(n, int(np.ceil(b / STEP)) + 1)) for a, b, _ in run.pauses_t if a < n * STEP]
    marks += [(i, i + 1) for i in np.nonzero(h <= 0)[0]]
    for s, e in sorted(marks):
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(int(e), spans[-1][1]))
        else:
            spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's samples lost (0 .. 1), ``length`` ticks from its onset."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30) * K, rng.uniform(20, 90) * K)
    bad = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(bad, 1.0, calm)


def _cause(rng, run, kind, name, t0, t1, tr):
    i0 = int(np.ceil(t0 / TICK))
    i1 = min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
    X = np.zeros(run.nt)
    if i1 > i0:
        ramp = int((tr - t0) / TICK) if kind == "leak" else 0
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp) * run.J[i0:i1]
    L = _reads(run, X)
    return (lambda a: (0, a * L)), 1.0, t1


def _calib(healthy, live, mod_of, a_max, target, c0, b1):
    p0, p1 = c0 // K, min(len(healthy), int(np.ceil(b1 / K)))
    L = mod_of(1.0)[1][p0:p1]
    lv = live[p0:p1]
    hs, ls = healthy[p0:p1][lv].sum(), L[lv].sum()
    if ls <= 0 or hs <= 0 or target * hs / ls > a_max:
        return None
    return target * hs / ls


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=_cause, calib=partial(_calib, healthy, live),
                              series=lambda mod, lo, b1: (hc.subtracted(healthy, [mod]), 0), width=TICK,
                              restart_cause="")


def make_heldout124(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout124_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT124_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout124, seeds, n, pauses)
