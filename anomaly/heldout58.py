"""The fifty-eighth held-out throughput family: a drug-target interaction model's (a graph neural network on molecular
graphs joined with a protein language model's precomputed embeddings) training compound-protein pairs/s on a cloud GPU
cluster, pairs streamed from sharded Parquet files on object storage, with hard-negative mining; each rank appends one
row per ``K`` steps to a BigQuery table through the Storage Write API's default stream, a scheduled query aggregates
the rows per minute, and a poller reads the per-minute sum over ranks from a cached dashboard (Looker Studio / Grafana).

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Google's "Stream data using the Storage Write API" page
(the default stream gives at-least-once semantics, duplicates can appear in the table; it is committed type, so rows
are readable as soon as the server acknowledges the append); Google's "Scheduling queries" page (scheduled queries run
through the Data Transfer Service; ``@run_time`` is the *intended* time of the run, consecutive runs' ``@run_time``
differ by exactly the interval though the real execution time varies); the ``TransferRun`` reference of the Python
client (the system may delay a run depending on load, so the schedule time is not always the start); a Google forum
thread on transient BigQuery job errors (retry with back-off, 1 s doubling to 32 s); Looker Studio's "Manage data
freshness" help page (the BigQuery connector's freshness: every 1-50 minutes or 1-12 hours, 12 hours by default; a
cached answer is served while the freshness threshold holds) and a blog note on its cache (one cache per chart, keyed
by its fields, date range and filters). Assumed without checking: the scheduled query's shortest interval (I use 5, 10
or 15 min); how long a run waits and how often one fails (my numbers below); that the team's query does not
deduplicate (``SUM(pairs)`` grouped by ``TIMESTAMP_TRUNC(step_ts, MINUTE)``, no ``insertId``-like key: the default
stream has none); the client's buffering (the writer thread sends its rows every 1-5 s) and what a failed append does
(the client retries a whole batch while the connection is down, and a batch whose first try had landed lands twice);
Grafana's BigQuery data source behaving like Looker Studio's cache where I set its caching; everything about the job
(no DTI training recipe, GPU type or object-storage figure read: my picture).

What is modelled
----------------
The job: ``N`` nodes (2-8) of 8 GPUs, ``B`` pairs per GPU and step (128, 256 or 512), a step of ``d0`` (0.12-0.45 s)
times ``1 + 0.03 (N - 2)`` times the mining stage's factor, times the object store's read speed (an OU process of the
log on a 60 s grid, sd 2-5 %, correlation time 10-60 min), times throttling spells (the bucket's request rate limit:
a two-state process, bad spells of mean 2-20 min at 1.1-1.5, good of mean 5-15 h). The ``K`` steps of a row (a row
every 1.5-5 s) have a log-normal jitter (sd 4-10 % over ``sqrt(K)``: molecular graphs of very different sizes) and
loader stalls (per step 0.1-1 %, exponential of mean 0.5-4 s: a slow Parquet range read). After a (re)start the rate
rises as ``f + (1 - f)(1 - exp(-x / tau))`` (``f`` 0.35-0.7, ``tau`` 60-300 s: cold shard reads, the embedding
table paged in); after any pause more gently (0.85-0.97, 15-90 s). An epoch lasts 25-70 min of training; at its end
the loader reshuffles the shard order and respawns its workers (8-40 s without rows where no validation follows: the
job's rhythm, not a pause span). Hard-negative mining: every 10-30 epochs (up to 1-3 times a run) the job re-embeds
the candidate pool and mines new hard negatives (a pause: 150-420 s short, 900-2400 s long); the next stage's batches
cost 1.15-1.4 times more (75 %: harder negatives are larger, rarer molecules) or 0.72-0.85 (listed, "mining").

Pauses: a validation at every epoch's end (short: 60-300 s, median 90-170 s) or every 3rd-6th (long: 1800-5400 s,
median 2400-3600 s; log-normal sd 0.3); every 2nd-4th one also writes a checkpoint to object storage (short 30-150 s,
long 120-600 s). A node fails (a GPU error, host maintenance; Poisson, mean 20-60 h; none within 20 min of a pause's
end or 30 min of a restart) and the job restarts from its checkpoint after 180-900 s (short) or 900-3600 s (long);
30 % of the time on 2-3 nodes more or fewer (2-8; listed, "world", where it moved by 2 or more); the steps since the
last row die with the process. A row's steps carry over a validation (the step count runs on). A minute is paused
where it meets ``[a - 15 s, b + 5 s]`` of a validation, checkpoint, mining refresh or restart; spans that touch are one.

Collection: every ``K``-th step each of the ``8 N`` ranks appends a row ``(rank, step_ts, pairs = K B)``; the rows
reach the table 0-5 s (buffering) plus a log-normal 0.3 s later, and a spare rank row lands with probability 0.01-0.1 %
(a retried append). Append-retry spells (per job Poisson, mean every 8-30 h; log-normal, median 90 s, sd 1, 5-1500 s):
the rows of the spell land at its end (plus 0-20 s), each rank's row twice with probability 0.1-0.5. The scheduled
query runs every ``P`` (5, 10 or 15) min, ``@run_time`` on a fixed grid, starting 10-60 s (log-normal, sd 0.9, at most
20 min) late and taking 8-40 s; a run fails with probability 0.2-0.8 % (no retry). Half of the jobs' queries take the
minutes ``[@run_time - (P + 1) min, @run_time - 1 min)`` and INSERT them (no lookback: each minute is aggregated once,
from the rows that had landed when the run started; a row landing later is never counted, and a failed run's minutes
are missing for good); the other half MERGE the last 30 or 60 minutes (a lookback: a late row is counted by the next
run that still holds its minute, a failed run's minutes are filled in by the next). The dashboard's cache is refilled
every ``F`` = 1, 5 or 15 min (its phase drawn); the poller records minute ``j`` once, from the first cache fill at
least ``P`` min + 2-8 min after the minute's end, as the minute's sum over ranks divided by 60 (a missing minute reads
0). Not modelled: rows of one group landing at different times on different ranks (one landing time per group), the
table's partition expiry, the scheduled query overlapping itself, BigQuery slot contention slowing a run beyond the
delay, a manual backfill of failed runs, the dashboard's own rounding.

Labelled regressions thin the pairs of each row in their window by ``1 / (1 + a w(t))`` (the rows keep their healthy
times: an approximation): ``drop`` (a node's NIC degraded, or the shard bucket throttled for good; ramps in over
10-90 s, wobbles by 3 %), ``straggler`` (one node's loader stalls in bursts: bursts of mean 30-200 s at 1, gaps of
mean 60-400 s at 0.1-0.3), ``leak`` (the featurized-graph cache grows without bound and the hosts page more and more:
``w = u ** p``, ``p`` 0.7-2.2, over a ramp of 250-1500 points, then held). Placement:
``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots`` / ``onset_time`` (30 % of draws start in the
last 70 % of a pause or up to 2 min after it); ``a`` by bisection (0-6) on the live loss (of the plateau for a leak)
to 8-30 % (drop), 10-30 % (straggler) or 12-32 % (leak); kept where ``changed_span`` and ``shown_depth`` allow and no
listed change lies inside (80 draws: 60 of the slot's kind).

Counts over ``heldout58_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      9     11         10    0.119-0.276  18              2-16 (1534 spans, 0 >60)     3
long      31      9     11         11    0.090-0.300  13              17-105 (379 spans, 146 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 30 (23 mining refreshes, 7 node-count changes), long 21 (15 mining refreshes, 6 node-count
changes). Per setting's 12 runs (short / long): 33 and 31 restarts; 1520 and 347 validations; 546 and 107
checkpoints; 39 and 39 failed scheduled-query runs; 54 and 153 runs started over 5 min late; 57 and 67 append-retry
spells; 28596 and 47544 duplicated rank rows; 4331 and 4457 row groups never counted (landed after the run that
aggregated their minute, or in a failed run's minutes). Paused share of the points: 7.1-14.3 % (mean 9.6 %) short,
16.7-45.8 % (mean 30.1 %) long. Live points read as 0 (a failed run's minutes without a lookback): 363 (short) and 279
(long). The healthy series' median absolute step of log over steady live points (10 after a span left out, zeros left
out): 4.9-10.5 % (short), 0.3-10.5 % (long), mostly how many rows fall in a minute (rows come every 1.5-5 s, each the
whole ``K`` steps' pairs of every rank: a minute holds a whole number of row groups); median live level 5768-114304
(short), 6144-55296 (long) pairs/s. Generating both settings takes about 8 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout57.py`` lines 1-120 and its ``make_heldout57`` /
``heldout57_set`` (lines 482-492, found with ``grep -n`` and ``wc -l``);
``tests/test_anomaly_heldout57.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py``; ``tests/test_architecture.py``
lines 1-110 (and its line count, ``wc -l``). Slip: my ``grep -n`` for the ``def`` lines also matched module-level
constants, so I saw heldout57's lines 131-140 (its seeds, ``CODE``, ``P_KIND``, ``SPAN_MARGIN`` and its pause-length
tables ``VAL`` / ``VAL_MED`` / ``CKPT`` / ``QUEUE`` / ``SWITCH``), which its docstring states too. Also seen: the
file listings of ``anomaly/`` and ``tests/`` (``ls``), and main's last commit subject, which ``git worktree add``
prints.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT58_SEEDS = tuple(range(582000, 582012))
CODE = 58
T0 = 1_790_000_040.0  # the first minute (unix seconds, a multiple of 60)
P_KIND = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPAN_MARGIN = (15.0, 5.0)  # a minute is paused where it meets [a - 15 s, b + 5 s] of a pause
VAL = {"short": (60.0, 300.0, 90.0, 170.0), "long": (1800.0, 5400.0, 2400.0, 3600.0)}  # lo, hi, median lo, hi (s)
CKPT = {"short": (30.0, 150.0), "long": (120.0, 600.0)}
MINE = {"short": (150.0, 420.0), "long": (900.0, 2400.0)}  # the hard-negative mining refresh
WAIT = {"short": (180.0, 900.0), "long": (900.0, 3600.0)}  # a restarted job's wait for its nodes


def _lognorm(rng, med: float, sd: float, lo: float, hi: float) -> float:
    return float(np.clip(med * np.exp(rng.normal(0, sd)), lo, hi))


def _job(rng, setting: str, n: int):
    """The job's schedule: training segments ``(t0, t1, nodes, stage, warm_f, warm_tau)``, pauses, known changes."""
    T = 60.0 * n + 600
    nodes = int(rng.integers(2, 9))
    d0, B = rng.uniform(0.12, 0.45), int(rng.choice([128, 256, 512]))
    K = max(2, int(round(rng.uniform(1.5, 5) / d0)))
    epoch = rng.uniform(25, 70) * 60
    val_every = 1 if setting == "short" else int(rng.integers(3, 7))
    ck_every = int(rng.integers(2, 5))
    mine_every = int(rng.integers(10, 31))  # epochs between mining refreshes (a harder negative stage)
    stages_max = int(rng.integers(1, 4))
    vlo, vhi, mlo, mhi = VAL[setting]
    vmed = rng.uniform(mlo, mhi)
    crash_mean = rng.uniform(20, 60) * 3600
    segs, pauses, known_t, known_kind, restarts = [], [], [], [], []
    st = {"validations": 0, "checkpoints": 0, "restarts": 0, "refreshes": 0}
    t, stage, ep, left = 0.0, 1.0, 0, epoch
    crash = rng.exponential(crash_mean)
    warm = (rng.uniform(0.35, 0.7), rng.uniform(60, 300))
    while t < T:
        if crash < t + left:  # a node fails (GPU Xid, host maintenance): restart from the last checkpoint
            if crash > t:
                segs.append((t, crash, nodes, stage, *warm))
                left -= crash - t
            wait = rng.uniform(*WAIT[setting])
            pauses.append((crash, crash + wait, "restart"))
            st["restarts"] += 1
            new = nodes
            if rng.random() < 0.3:
                new = int(np.clip(nodes + rng.choice([-3, -2, 2, 3]), 2, 8))
            t = crash + wait
            restarts.append((crash, t))
            if new != nodes and abs(new - nodes) >= 2:
                known_t.append(t)
                known_kind.append("world")
                nodes = new
            crash = t + 1800 + rng.exponential(crash_mean)
            warm = (rng.uniform(0.35, 0.7), rng.uniform(60, 300))
            continue
        segs.append((t, t + left, nodes, stage, *warm))
        t += left
        ep += 1
        left = epoch * rng.uniform(0.97, 1.03)
        a = t
        if ep % val_every == 0:
            st["validations"] += 1
            t += _lognorm(rng, vmed, 0.3, vlo, vhi)
            kind = "eval"
            if st["validations"] % ck_every == 0:
                st["checkpoints"] += 1
                t += rng.uniform(*CKPT[setting])
                kind = "ckpt"
            pauses.append((a, t, kind))
        else:  # the loader reshuffles the shard order and respawns its workers: the job's rhythm, not labelled
            t += rng.uniform(8, 40)
            pauses.append((a, t, "reshuffle"))
        if ep % mine_every == 0 and st["refreshes"] < stages_max:  # re-mine hard negatives over the pool
            st["refreshes"] += 1
            b = t + rng.uniform(*MINE[setting])
            pauses.append((t, b, "mine"))
            t = b
            stage *= rng.uniform(1.15, 1.4) if rng.random() < 0.75 else rng.uniform(0.72, 0.85)
            known_t.append(t)
            known_kind.append("mining")
        warm = (rng.uniform(0.85, 0.97), rng.uniform(15, 90))
        crash = max(crash, t + 1200)
    return SimpleNamespace(nodes0=nodes, B=B, K=K, d0=d0, segs=segs, pauses=pauses, known_t=known_t,
                           known_kind=known_kind, restarts=restarts, stats=st, T=T)


def _rows(rng, job):
    """Each ``K``-step row (all ranks step together): its time, the pairs of all ranks, its minute's ingest time."""
    T, d0, K = job.T, job.d0, job.K
    gcs = hc.ou_path(rng, T, rng.uniform(0.02, 0.05), rng.uniform(600, 3600))  # object-storage read speed
    edges = hc.twostate(rng, rng.exponential(rng.uniform(5, 15) * 3600), T, rng.uniform(120, 1200),
                        rng.uniform(5, 15) * 3600)  # GCS throttling spells (429s and retries on the shards)
    slow = rng.uniform(1.1, 1.5)
    sj, p_stall = rng.uniform(0.04, 0.10) / np.sqrt(K), rng.uniform(0.001, 0.01)
    rt, rn = [], []
    carry = 1.0
    restart_t = {b for a, b in job.restarts}
    edge_list = edges.tolist()  # for speed: bisect on a list is searchsorted(edges, t, side="right") per row
    # For speed, the same values as plain floats: np.exp of each grid point (the same scalar call as per row) and
    # the stall threshold; the loop's float operations and their order are unchanged.
    egcs = [float(np.exp(v)) for v in gcs]
    last = len(gcs) - 1
    k_stall, sj = float(K * p_stall), float(sj)
    for t0, t1, nodes, stage, wf, wtau in job.segs:
        if t0 in restart_t or t0 == 0.0:
            carry = 1.0  # the steps since the last row died with the process
        t = t0
        base = K * d0 * (1 + 0.03 * (nodes - 2)) * stage
        stop = min(t1, T)
        warm_done = wf + (1 - wf) * 1.0  # once exp(-x) < 2**-54, 1 - exp(-x) rounds to 1.0 exactly
        while True:
            i = bisect_right(edge_list, t)
            c = base * egcs[min(int(t // 60), last)] * (slow if i % 2 == 1 else 1.0)
            x = -(t - t0) / wtau
            c /= warm_done if x < -40.0 else wf + (1 - wf) * (1 - float(np.exp(x)))
            # rng.normal(0, sj) is 0 + sj * standard_normal(): the same draw and, through exp, the same value
            dur = c * float(np.exp(sj * rng.standard_normal())) + (rng.exponential(rng.uniform(0.5, 4))
                                                                   if rng.random() < k_stall else 0.0)
            if t + carry * dur > stop:
                carry -= (t1 - t) / dur
                break
            t += carry * dur
            carry = 1.0
            rt.append(t)
            rn.append(nodes)
    rt, rn = np.array(rt), np.array(rn)
    R = 8 * rn
    # Storage Write API default stream: rows flushed every few s; an append error is retried (at least once)
    g = rt + rng.uniform(0, rng.uniform(1, 5), len(rt)) + rng.lognormal(np.log(0.3), 0.5, len(rt))
    p_dup = np.full(len(rt), rng.uniform(1e-4, 1e-3))
    spells = []
    s = rng.exponential(rng.uniform(8, 30) * 3600)
    while s < T:
        e = s + _lognorm(rng, 90.0, 1.0, 5.0, 1500.0)
        k = (rt >= s) & (rt < e)
        g[k] = e + rng.uniform(0, 20, int(k.sum()))
        p_dup[k] = rng.uniform(0.1, 0.5)
        spells.append((s, e))
        s = e + rng.exponential(rng.uniform(8, 30) * 3600)
    dup = rng.binomial(R, p_dup)
    return rt, rn, job.K * job.B * (R + dup).astype(float), g, dup, spells


def _queries(rng, n: int):
    """The scheduled query's runs and the dashboard's cache fills: the ingest cut-off ``snap[j]`` of minute ``j`` in
    the value the poller records (-inf: the minute is missing, read as 0), and the stats."""
    P = int(rng.choice([5, 10, 15]))
    lookback = rng.random() < 0.5
    L = int(rng.choice([30, 60])) if lookback else P
    F = int(rng.choice([1, 5, 15]))  # the dashboard's data freshness (cache) in minutes
    wait = 60.0 * P + rng.uniform(120, 480)  # the poller takes minute j from the first fill this long after it
    T = 60.0 * n
    fill0 = rng.uniform(0, 60.0 * F)
    c = np.ceil((60.0 * (np.arange(n) + 1) + wait - fill0) / (60.0 * F)) * 60.0 * F + fill0  # the fill read
    s0 = rng.uniform(0, 60.0 * P)
    runs = int((T + 3 * wait) // (60 * P)) + 2
    sched = s0 + 60.0 * P * np.arange(runs)
    delay = np.clip(rng.uniform(10, 60) * np.exp(rng.normal(0, 0.9, runs)), 0, 1200)
    fail = rng.random(runs) < rng.uniform(0.002, 0.008)
    start = sched + delay
    end = start + rng.uniform(8, 40, runs)
    snap = np.full(n, -np.inf)
    for k in np.nonzero(~fail)[0]:
        lo, hi = int(np.ceil((sched[k] - 60.0 * (L + 1)) / 60)), int(np.ceil((sched[k] - 60.0) / 60))
        lo, hi = max(lo, 0), min(hi, n)
        if hi <= lo:
            continue
        ok = end[k] <= c[lo:hi]
        snap[lo:hi] = np.where(ok, np.maximum(snap[lo:hi], start[k]), snap[lo:hi])
    st = {"P": P, "L": L if lookback else 0, "F": F, "failed": int(fail[sched < T].sum()),
          "late_starts": int((delay[sched < T] > 300).sum())}
    return snap, st


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    job = _job(rng, setting, n)
    rt, rn, cnt, g, dup, spells = _rows(rng, job)
    snap, qst = _queries(rng, n)
    m = (rt // 60).astype(int)
    keep = m < n
    use = keep & (g <= snap[np.minimum(m, n - 1)])
    dup_kept = int(dup[keep].sum())
    lab = [(a, b) for a, b, k in job.pauses if k != "reshuffle"]
    spans = []
    for a, b in lab:
        s, e = int((a - SPAN_MARGIN[0]) // 60), min(n, int(np.ceil((b + SPAN_MARGIN[1]) / 60)))
        if s < n:
            hc.add_span(spans, max(s, 0), e)
    stats = dict(job.stats, **qst, rows=int(keep.sum()), dup_rows=dup_kept,
                 lost_late=int((keep & ~use).sum()), spells=len(spells))
    run = SimpleNamespace(job=job, n=n, rt=rt, rn=rn, cnt=cnt, g=g, dup=dup, m=m, use=use, snap=snap, stats=stats,
                          pauses_t=lab, ts=60.0 * np.arange(n), restarts=job.restarts,
                          counted=(np.concatenate([[0], np.cumsum(use)]), m[use], cnt[use]))  # for _series
    healthy = _series(run, [])
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in job.known_t], spans, n)
    return run, healthy, spans, live, changes


def _series(run, mods) -> np.ndarray:
    """The dashboard's per-minute pairs/s: the counted rows' pairs of each minute over 60 s, ``mods`` thinning rows."""
    # For speed, on the counted rows only (``run.counted``: how many rows before each row are counted, and the
    # counted rows' minutes and pairs): the same products, summed in the same order.
    before, m, w = run.counted
    w = w.copy()
    for i0, i1, f in mods:
        w[before[i0]:before[i1]] *= f[run.use[i0:i1]] if np.ndim(f) else f
    return np.bincount(m, weights=w, minlength=run.n)[:run.n] / 60.0


def _weight(rng, kind: str, x: np.ndarray, ramp: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset (0-1)."""
    if kind == "leak":
        return np.clip(x / ramp, 0, 1) ** rng.uniform(0.7, 2.2)
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(x[-1]) + 1 if len(x) else 1.0, rng.uniform(30, 200), rng.uniform(60, 400))
        low = rng.uniform(0.1, 0.3)
        return np.where(np.searchsorted(edges, x, side="right") % 2 == 1, 1.0, low)
    ramp_in = rng.uniform(10, 90)
    return np.minimum(1, x / ramp_in) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900) + rng.uniform(0, 6.3)))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    for kind in hc.kind_draws(rng, P_KIND, want, keep=60):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, run.pauses_t, run.ts, lo, min(last, n - 1), 60.0)
        if t0 is None:
            continue
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = (int(i) for i in np.searchsorted(run.rt, [t0, np.inf if to_end else 60.0 * stop]))
        if i1 - i0 < 10:
            continue
        w = _weight(rng, kind, run.rt[i0:i1] - t0, 60.0 * max(ramp, 1))
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset

        def loss(a):
            return hc.live_loss(_series(run, [(i0, i1, 1 / (1 + a * w))]), healthy, live, c0, stop)[0]

        if loss(6.0) < target:
            continue
        a_lo, a_hi = 0.0, 6.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = (i0, i1, 1 / (1 + 0.5 * (a_lo + a_hi) * w))
        v = _series(run, [mod])
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout58(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout58_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT58_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout58, seeds, n, pauses)
