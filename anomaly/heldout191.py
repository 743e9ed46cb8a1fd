"""The hundred-and-ninety-first held-out throughput family: a game-chat toxicity classifier's fine-tuning messages/s
(a multilingual XLM-R-style encoder labelling in-game chat as toxic, harassment, hate, spam or fine; chat logs exported
per shard and region, grouped into conversation windows, slang and leetspeak normalised, emoji and names masked,
tokenised on CPU workers, the rare hate class oversampled; an evaluation on a held-out region's week now and then),
read through Gearman: each node's reporter submits a background job (its clock's time, its messages since its last
report) every 15-30 s to a gearmand job server, registered workers take the jobs and INSERT a row into MySQL, and a
monitor sums the table's messages per minute of the job's time or of the insert time.

(No generator's head names Gearman, gearmand, a job server, a background job, toxicity, chat, moderation, leetspeak,
XLM or coalescing (``grep -ic`` on ``/tmp/s66/heads191.txt``, the first 3 lines of every generator: 0 each); "MySQL"
matches 1 head (a Grafana panel's MySQL data source: a SQL table is not new, the Gearman queue in front of it is),
"game" 4 (a game-playing agent and behaviour cloning: the chat moderation job is new), "worker" 36 (a common word).
Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool): the gearmand(8) man page (unix.com/man-page/debian/8/gearmand,
man.archlinux.org/man/gearmand.8.en.txt, manpages.ubuntu.com trusty): ``-q/--queue-type`` a persistent queue type,
``-j/--job-retries`` "number of attempts to run the job before the job server removes it", default 0; gearman/gearmand
issue #251 (a maintainer: gearmand does not restart *failed* jobs), #197 and pull request #500 (``--job-retries=0``
meant unlimited retries of a job whose worker failed or timed out; the limit is against a "job of death"), #116 (the
limit is global), #345 (job servers crashing or unreachable); php/pecl-networking-gearman issue #26 (a worker process
that exits mid-job: the job went back on the queue and ran again when a worker came up; lost in a later version);
YelpArchive/python-gearman PR #24 (workers ``sys.exit`` to make gearmand retry a job); the PHP manual's
``GearmanClient::doBackground`` notes (php.p2hp.com/manual/uk/gearmanclient.dobackground.php: the unique id defaults to
a UUID; a job with the same unique id queued or running is used instead of the one submitted, not a completed one);
simplicidade.org/notes/2009/10/08/attaching-jobs-in-gearman (background jobs are queued, on stable storage only with a
persistent queue); e-mats.org/2011/08 (de-duplication by unique id); boohere.com/in/detail/155881.html (a translated
Q&A: clients and workers connect to the first available server they are configured with and fail over to the next;
the servers do not share their queues); pastebin.com/akngZWL8 and cnblogs.com/youxin/p/4138834.html (``-q MySQL``
and libdrizzle, SQLite, Postgres options). Not read (from memory, unchecked): libgearman's timeouts, how quickly a
client notices a dead server, whether a persistent queue replays a job a worker had already taken, how many workers
run. Nothing read on the job (XLM-R fine-tuning speeds were not looked up): its figures are assumed.

Assumed without checking (the job): one to three nodes (50/35/15 %) of 1, 2 or 4 GPUs each (0.85-0.97 per doubling of
the world); a GPU trains 150-2,500 messages/s (log-uniform), the CPU tokeniser pool (normalisation, masking, windowing)
feeds 1.1-2.5 times that; a step waits for the slower (a soft maximum). Shards (one region's export) last 5-40 min of
the run's time (log-uniform), their message lengths set the rate (a factor, sd 3-10 %); a quarter are hate-oversampled
shards (longer windows, 4-10 % dearer); opening one (reading the export, grouping conversations) runs 3-20 s at 30-60 %
of the rate; per 5-s tick an AR(1) of the log (sd 2-6 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min).
Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a longer conversation window (at most twice, 1.4-1.9 times
dearer on the GPUs), more languages normalised (at most twice, 1.3-1.7 on the CPUs) or, 1 in 6, another GPU count
per node; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60), a ramp from
40-75 % over 2-6 min (tokeniser pools and caches warming); an evaluation on the held-out region's week every 30-90
min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes
(exponential, mean 12-48 h): down 1-4 min ("long" 6-18) then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch:
stopped 1-3 min ("long" 5-12), queued 1-5, a start-up and its ramp.

On the path (assumed from the reading, not checked): each node's reporter starts with its training process and submits
every ``P`` s (15-30 per node, plus 0-0.3 s of its own work) a background job holding its node clock's time and the
node's messages since its previous report (a node trains ``1/m`` of the job's messages); a graceful stop submits the
rest, a crash loses it. Job servers: one (60 % of runs) or two; a node submits to its first configured server and fails
over to the other while that one is down; the servers do not share queues. A server restarts 0.2-1.5 times a day (down
5-90 s); with the in-memory queue (65 % of runs) the jobs it held queued are lost, with a persistent queue (MySQL or
SQLite, 35 %) they are replayed 1-5 s after it is back. A submit no server takes is refused: 60 % of reporters keep the
messages for their next report, the others drop them. 0.2-1 % of submits time out at the client though the server queued
them and are submitted again 2-5 s later: with a unique id per report (half the runs) gearmand coalesces the second
while the first is still queued, else it is a second row; with the default (a fresh UUID) it is always a second row.
Workers take a job within 20-200 ms (mean) and insert in 5-100 ms; MySQL slow spells (0.5-3 a day, 1-10 min, lock waits)
hold every worker: the jobs queue up and drain at the spell's end (the number of workers is not modelled). 0.05-0.3 % of
jobs see their worker die: gearmand re-queues the job when the worker's connection closes, another worker runs it 1-10 s
later; half had already committed their row (two rows). No job dies twice: a ``--job-retries`` limit is never reached.
Node clocks are off by sd 0.2-2 s; in 25 % of runs a node is unsynchronised and steps its clock 0.5-3 times a day (sd
0.5-5 s); the database's clock (``NOW()`` for the insert time) is off by sd 0.2-1 s. The monitor (55 % by the job's
time, 45 % by the insert time) sums minute ``m`` at ``L`` (5-30 s) after its end on the database's clock and re-sums the
last ``R`` minutes (``R`` 1, 2 or 5) at each query: a row inserted later than ``R - 1`` minutes after that is never
counted (only by the job's time can it be late). A point is the minute's messages / 60 (0: no row). The reads are linear
in the messages; the rows' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's messages lost, carried through the same rows and reads): ``drop`` (a tokeniser worker killed: ``w = min(1,
(s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the shard store's reads slowed in bursts: 1 for a mean of 30-240
ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the normaliser's slang dictionary cache growing into swap:
``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %,
10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost messages (linear), refused above 1.

Measured (``heldout191_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.096-0.328  20              1-20 (1200, 0 >60)
long      32      11    10         11    0.100-0.325  26              1-61 (971, 1 >60)

Planned changes listed: short 19, long 14 (of 19 and 14 relaunches; none kept its stage); crashes 37 and 36. The path
over each set (counts): short: submits refused (no server up) 144, failed over to the second server 72, refused and
carried 77, refused and dropped 67, server restarts 68, queued jobs lost in a restart 0, replayed from a persistent
queue 1, client timeouts 1993 (coalesced 11, a second row 1982), worker deaths 501 (a second row 254), MySQL slow
spells 81, rows too late for the monitor 693, rows in another minute than their interval's end 12489, minutes
reading 0 (pauses included) 4052, clock steps 33, node lives ended by a crash 65; long: 39, 53, 8, 31, 61, 1, 16,
1491 (1, 1490), 525 (265), 79, 242, 6570, 17169, 26, 65. The reads' sum over the live points against the job's
messages: 1.003-1.016 (short), 1.003-1.014 (long) per seed (the timeouts' and dead workers' second rows); the live
points' minute-to-minute change (median ``|d log|`` per seed) 2.8-40 % (short), 2.7-40 % (long), its 99th
percentile 29-70 % (short), 41-70 % (long); the live median level 90-3,107 messages/s (short), 310-4,586 (long).

What surprised me, said and not tuned: a minute's sum holds whole reports, so a single node reporting every 23-26 s
gives minutes of 2 or 3 reports alternating (a median minute-to-minute change near 40 %, ``log 1.5``, in 5 of 24
runs; 3-28 % in the others, where more nodes or another period smooth it); the queue is nearly always empty, so a
restart lost 1 queued job and coalescing merged 12 resubmits in all (they come 2-5 s after the first, which a worker
took within a fraction of a second, save in a slow spell); a report can be three rows (a timeout's second row and a
dead worker's committed row together). A bug fix that changed no law, at the first run (it crashed before it
measured anything): an empty list of slow spells was indexed. Changes of the laws after the first measure: none.
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40 points "short", 90 "long").

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (after a
``grep -n`` for the ``def`` lines of ``make_heldout150`` and ``heldout150_set``, printed with ``sed -n '541,$p'``),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every generator
(written to ``/tmp/s66/heads191.txt`` and read through ``grep -ic`` and ``grep -io`` only: ``grep -io`` printed up to
60 characters before and 40 after "mysql" and 40 before and 30 after "game"; one ``head -3`` of that file printed its
first two lines, the head of ``anomaly/heldout.py``). Slips: none.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT191_SEEDS = tuple(range(1912000, 1912012))
CODE = 191
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # a minute boundary (unix s)
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.3)
SPANS = {"short": (1, 40), "long": (1, 90)}  # the pause spans' lengths (points) the tests allow
PATH_KEYS = ("refused", "failover", "carried", "dropped_refused", "server_restarts", "lost_in_restart",
             "replayed", "timeouts", "coalesced", "twice_timeout", "worker_deaths", "twice_worker", "slow_spells",
             "late_rows", "other_minute", "unread", "clock_steps", "lost_in_crash")

_PAUSE = {  # (lo, hi) minutes per setting
    "startup": {"short": (3, 10), "long": (25, 60)},
    "eval": {"short": (2, 6), "long": (10, 25)},
    "ckpt": {"short": (0.25, 1), "long": (1, 4)},
    "down": {"short": (1, 4), "long": (6, 18)},
    "restart_up": {"short": (2, 6), "long": (8, 20)},
    "stopped": {"short": (1, 3), "long": (5, 12)},
}


def _u(rng, key, setting):
    lo, hi = _PAUSE[key][setting]
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg, st) -> float:
    """Messages/s of a stage: the GPUs' side (per GPU, the world's efficiency, the window's cost) against the CPU
    tokenisers' side (the languages' cost): the step waits for the slower (a soft maximum of the costs)."""
    world = st["gpus"] * cfg["nodes"]
    gpu = cfg["gpu"] * world * cfg["eff"] ** np.log2(world) / cfg["ctx_c"] ** st["ctx"]
    cpu = cfg["cpu"] * world / cfg["lang_c"] ** st["lang"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg, st, lv):
    """A relaunch's new stage: a longer window, more languages or another GPU count, redrawn until the level moves
    15 % (and stays within 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif r < 7 / 12 and st["ctx"] < 2:
            new["ctx"] += 1
        elif st["lang"] < 2:
            new["lang"] += 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(ratio)) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job's pauses, lives, stages and messages per 5-s tick (true time)."""
    T = n * STEP + 900.0
    nt = int(np.ceil(T / TICK))
    nodes = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
    gpu = hc.log_uniform(rng, 150, 2500)
    cfg = {"nodes": nodes, "gpu": gpu, "eff": rng.uniform(0.85, 0.97), "cpu": gpu * rng.uniform(1.1, 2.5),
           "ctx_c": rng.uniform(1.4, 1.9), "lang_c": rng.uniform(1.3, 1.7)}
    st = {"gpus": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "ctx": 0, "lang": 0}
    k_rel = int(rng.integers(0, 4))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * T)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    pauses_t, ramps, lives, stages, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = 0.0
    su = _u(rng, "startup", setting)
    pauses_t.append((0.0, su, "startup"))
    life0, t = 0.0, su
    stages.append((t, dict(st)))
    n_eval, ck_every = 0, int(rng.choice([2, 3]))
    ramp_of = []

    def ramp(t0):
        d, r0 = rng.uniform(120, 360), rng.uniform(0.4, 0.75)
        ramp_of.append((t0, d, r0))
        ramps.append((t0, t0 + d / 2))

    ramp(t)
    next_eval = t + rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        nr = rel[ri] if ri < len(rel) else np.inf
        ev = min(next_eval, next_crash, nr)
        if ev >= T:
            break
        t = max(ev, t + 60.0)
        if ev == next_eval:
            dur = _u(rng, "eval", setting)
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            n_eval += 1
            if n_eval % ck_every == 0:
                ck = _u(rng, "ckpt", setting)
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + rng.uniform(30, 90) * 60
        elif ev == next_crash:
            counts["crashes"] += 1
            down, up = _u(rng, "down", setting), _u(rng, "restart_up", setting)
            lives.append((life0, t, False))
            pauses_t.append((t, t + down + up, "crash"))
            life0, t = t + down, t + down + up
            ramp(t)
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(30, 90) * 60
        else:
            ri += 1
            counts["relaunches"] += 1
            dur = _u(rng, "stopped", setting) + 60 * rng.uniform(1, 5)
            up = _u(rng, "restart_up", setting)
            lives.append((life0, t, True))
            pauses_t.append((t, t + dur + up, "relaunch"))
            life0, t = t + dur, t + dur + up
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            stages.append((t, dict(st)))
            ramp(t)
            next_eval = t + rng.uniform(30, 90) * 60
    lives.append((life0, np.inf, True))
    # the rate per tick
    tb = np.arange(nt) * TICK
    edges = np.array([x for a, b, _ in pauses_t for x in (a, b)])
    on = 1.0 - hc.bad_share(edges, tb, TICK)
    on[np.abs(on) < 1e-12] = 0.0
    st_i = np.maximum(np.searchsorted([t0 for t0, _ in stages], tb, side="right") - 1, 0)
    lvl = np.array([_level(cfg, s) for _, s in stages])[st_i]
    # shards
    f = np.ones(nt)
    s0 = 0.0
    while s0 < T:
        d = hc.log_uniform(rng, 300, 2400)
        fac = np.exp(rng.normal(0, rng.uniform(0.03, 0.10))) / (rng.uniform(1.04, 1.10) if rng.random() < 0.25
                                                                 else 1.0)
        i0, i1 = int(s0 // TICK), int(min(T, s0 + d) // TICK)
        f[i0:i1] *= fac
        st_d = rng.uniform(3, 20)
        f[i0:i0 + max(1, int(st_d // TICK))] *= rng.uniform(0.3, 0.6)
        s0 += d
    ar_a = np.exp(-TICK / rng.uniform(10, 40))
    sd = rng.uniform(0.02, 0.06)
    ar = lfilter([1.0], [1.0, -ar_a], rng.normal(0, sd * np.sqrt(1 - ar_a ** 2), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    ou_t = np.interp(tb, np.arange(len(ou)) * 60.0, ou)
    rf = np.ones(nt)
    for t0, d, r0 in ramp_of:
        m = (tb >= t0) & (tb < t0 + d)
        rf[m] = r0 + (1 - r0) * (tb[m] - t0) / d
    J = lvl * f * np.exp(ar + ou_t) * rf * on * TICK
    return SimpleNamespace(n=n, dt=STEP, nt=nt, T=T, cfg=cfg, nodes=nodes, J=J, pauses_t=pauses_t, ramps=ramps,
                           lives=lives, known_t=known_t, counts=counts, stages=stages)


def _path(rng, run):
    """The rows in MySQL: per report its count interval ``[lo, hi)`` (true s), the point it is read in (-1: never)."""
    T, m = run.T, run.nodes
    c = {k: 0 for k in PATH_KEYS}
    G = 1 if rng.random() < 0.6 else 2
    persistent = rng.random() < 0.35
    carry = rng.random() < 0.6
    unique = rng.random() < 0.5
    by_job = rng.random() < 0.55
    L, R = rng.uniform(5, 30), int(rng.choice([1, 2, 5]))
    downs = []
    for g in range(G):
        k = rng.poisson(rng.uniform(0.2, 1.5) * T / DAY)
        s = np.sort(rng.uniform(0, T, k))
        downs.append(np.stack([s, s + rng.uniform(5, 90, k)], 1) if k else np.zeros((0, 2)))
    c["server_restarts"] = sum(len(d) for d in downs)
    k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    slow = np.stack([s, s + rng.uniform(60, 600, k)], 1) if k else np.zeros((0, 2))
    c["slow_spells"] = len(slow)
    wait_mean, db_off = rng.uniform(0.02, 0.2), rng.normal(0, rng.uniform(0.2, 1.0))
    p_to, p_die = rng.uniform(0.002, 0.01), rng.uniform(0.0005, 0.003)
    # node clocks
    offs = []
    for node in range(m):
        base = rng.normal(0, rng.uniform(0.2, 2.0))
        if rng.random() < 0.25:
            ks = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
            at = np.sort(rng.uniform(0, T, ks))
            offs.append((base, at, np.cumsum(rng.normal(0, rng.uniform(0.5, 5), ks))))
            c["clock_steps"] += ks
        else:
            offs.append((base, np.zeros(0), np.zeros(0)))
    P = rng.uniform(15, 30, m)
    lo_l, hi_l, sub_l, node_l = [], [], [], []
    for node in range(m):
        for a, b, graceful in run.lives:
            b = min(b, T)
            if b <= a:
                continue
            s = a + np.arange(1, int((b - a) // P[node]) + 1) * P[node] + rng.uniform(0, 0.3, int((b - a) // P[node]))
            s = s[s < b]
            if graceful and b < T:
                s = np.append(s, b)
            elif not graceful:
                c["lost_in_crash"] += 1
            if len(s) == 0:
                continue
            lo_l.append(np.concatenate([[a], s[:-1]]))
            hi_l.append(s)
            sub_l.append(s)
            node_l.append(np.full(len(s), node))
    lo, hi, sub, node = (np.concatenate(x) for x in (lo_l, hi_l, sub_l, node_l))
    nrep = len(sub)

    def inside(x, win):
        if len(win) == 0:
            return np.zeros(len(x), bool), np.zeros(len(x), int)
        i = np.searchsorted(win[:, 0], x, side="right") - 1
        ok = (i >= 0) & (x < win[np.maximum(i, 0), 1])
        return ok, np.maximum(i, 0)

    # which server takes a submit
    prim = node % G
    down0 = np.stack([inside(sub, d)[0] for d in downs], 1)
    srv = prim.copy()
    if G == 2:
        alt = 1 - prim
        fo = down0[np.arange(nrep), prim] & ~down0[np.arange(nrep), alt]
        srv[fo] = alt[fo]
        c["failover"] = int(fo.sum())
    refused = down0[np.arange(nrep), srv]
    c["refused"] = int(refused.sum())
    # the interval a stored report covers: with carry, from the last stored report of the same life and node
    if carry:
        start = np.empty(nrep, bool)
        start[0] = True
        start[1:] = (node[1:] != node[:-1]) | (lo[1:] != hi[:-1])
        first = np.maximum.accumulate(np.where(start, np.arange(nrep), 0))
        last_ok = np.maximum.accumulate(np.where(~refused, np.arange(nrep), -1))
        prev_ok = np.r_[-1, last_ok[:-1]]
        seq_lo = lo[first]
        lo = np.where(prev_ok >= first, hi[np.maximum(prev_ok, 0)], seq_lo)
        c["carried"] = int(refused.sum())
    else:
        c["dropped_refused"] = int(refused.sum())
    keep = ~refused
    lo, hi, sub, node, srv = lo[keep], hi[keep], sub[keep], node[keep], srv[keep]
    nj = len(sub)
    # queueing: a worker takes the job, or the slow spell's end
    deq = sub + rng.exponential(wait_mean, nj)
    in_slow, si = inside(sub, slow)
    drain = rng.uniform(0, 0.02, nj)
    if len(slow):
        deq = np.where(in_slow, slow[si, 1] + drain * (slow[si, 1] - slow[si, 0]), deq)
    # a restart of the server while the job is queued
    alive = np.ones(nj, bool)
    for g in range(G):
        d = downs[g]
        if len(d) == 0:
            continue
        j = np.searchsorted(d[:, 0], sub, side="right")
        hit = (srv == g) & (j < len(d)) & (d[np.minimum(j, len(d) - 1), 0] < deq)
        if persistent:
            deq = np.where(hit, np.maximum(deq, d[np.minimum(j, len(d) - 1), 1] + rng.uniform(1, 5, nj)), deq)
            c["replayed"] += int(hit.sum())
        else:
            alive &= ~hit
            c["lost_in_restart"] += int(hit.sum())
    ins = deq + rng.uniform(0.005, 0.1, nj)
    rows_lo, rows_hi, rows_ins, rows_job, rows_rep = [lo], [hi], [ins], [sub], [np.arange(nj)]
    rows_alive = [alive]
    # client timeouts: a second submit 2-5 s later
    to = rng.random(nj) < p_to
    c["timeouts"] = int(to.sum())
    again = sub + rng.uniform(2, 5, nj)
    coal = to & (unique & (again < deq))
    c["coalesced"] = int((coal & alive).sum())
    dup = to & ~coal
    c["twice_timeout"] = int((dup & alive).sum())
    # a worker dies holding the job: re-queued, run again 1-10 s later; half had committed the row
    die = rng.random(nj) < p_die
    c["worker_deaths"] = int((die & alive).sum())
    committed = die & (rng.random(nj) < 0.5)
    c["twice_worker"] = int((committed & alive).sum())
    ins_first = np.where(die, ins + rng.uniform(1, 10, nj), ins)
    rows_ins[0] = ins_first
    rows_lo.append(lo[committed])
    rows_hi.append(hi[committed])
    rows_ins.append(ins[committed])
    rows_job.append(sub[committed])
    rows_rep.append(np.flatnonzero(committed))
    rows_alive.append(alive[committed])
    rows_lo.append(lo[dup])
    rows_hi.append(hi[dup])
    rows_ins.append(ins[dup] + (again[dup] - sub[dup]))
    rows_job.append(sub[dup])
    rows_rep.append(np.flatnonzero(dup))
    rows_alive.append(alive[dup])
    r_lo, r_hi, r_ins, r_job, r_rep, r_alive = (np.concatenate(x) for x in (rows_lo, rows_hi, rows_ins, rows_job,
                                                                          rows_rep, rows_alive))
    r_node = node[r_rep]
    off = np.zeros(len(r_job))
    for k_node, (base, at, cum) in enumerate(offs):
        mk = r_node == k_node
        i = np.searchsorted(at, r_job[mk], side="right")
        off[mk] = base + np.where(i > 0, np.r_[0.0, cum][i], 0.0)
    job_t = r_job + off
    ins_db = r_ins + db_off
    key = job_t if by_job else ins_db
    pt = np.floor(key / STEP).astype(int)
    late = r_alive & (ins_db > (pt + 1) * STEP + L + (R - 1) * STEP)
    c["late_rows"] = int(late.sum())
    c["other_minute"] = int((r_alive & (pt != np.floor(r_hi / STEP).astype(int))).sum())
    counted = r_alive & ~late & (pt >= 0) & (pt < run.n)
    copies = np.bincount(r_rep[counted], minlength=nj)
    return SimpleNamespace(lo=r_lo[counted], hi=r_hi[counted], pt=pt[counted], copies=copies, counts=c, G=G,
                           persistent=persistent, carry=carry, unique=unique, by_job=by_job, P=P, L=L, R=R,
                           downs=downs, slow=slow)


def _reads(run, J) -> np.ndarray:
    """The monitor's messages/s per point for the messages ``J`` per tick (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C)) * TICK
    p = run.path
    amt = (np.interp(p.hi, grid, C) - np.interp(p.lo, grid, C)) / run.nodes
    return np.bincount(p.pt, weights=amt, minlength=run.n)[:run.n] / STEP


def _spans(run, h, n: int):
    """Points whose minute or a neighbour touches a pause or a ramp's first half, and points that read nothing."""
    marks = np.zeros(n, bool)
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + run.ramps:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        marks[s:e] = True
    marks |= h <= 0
    spans, i = [], 0
    idx = np.flatnonzero(marks)
    for i in idx:
        if spans and i <= spans[-1][1]:
            spans[-1] = (spans[-1][0], int(i) + 1)
        else:
            spans.append((int(i), int(i) + 1))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    run.path.counts["unread"] = int((h[:n] <= 0).sum())
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick: a drop's rise over ``tau`` ticks, a straggler's bursts, a leak's ramp."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    ed = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    bad = np.searchsorted(ed, s, side="right") % 2 == 1
    return np.where(bad, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want``: an ``(Event, (at, loss))`` pair, or None after 80 rejected draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        r = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, rs = healthy[c0:stop][lv].sum(), r[c0:stop][lv].sum()
        if rs <= 0 or hs <= 0:
            continue
        a = target * hs / rs
        if a > 1:
            continue
        m = a * r
        nz = np.flatnonzero(m > 0)
        if len(nz) == 0:
            continue
        at, e = int(nz[0]), int(nz[-1]) + 1
        on = min(onset, at)
        end = n if to_end else e
        if on < lo or end > hi or (end < n and end <= on + 60):
            continue
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        v = np.maximum(healthy - m, 0.0)
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.35)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (at, m[at:e])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout191(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout191_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT191_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout191, seeds, n, pauses)
