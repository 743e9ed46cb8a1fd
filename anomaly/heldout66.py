"""The sixty-sixth held-out throughput family: a time-series forecasting foundation model's pretraining windows/s,
each node's per-interval count pushed with KairosDB's telnet ``put`` (seconds), kept in Cassandra and summed per
minute by a Grafana panel (KairosDB data source, ``sum`` sampling aggregator).

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): KairosDB's "Aggregators" page (a range aggregator's
``sampling``; ``align_sampling`` aligns the ranges on the sampling unit, e.g. minute tops; without it the ranges start
at ``start_time``, "typically the start of the query"; ``align_start_time`` stamps each range's point with the range's
start instead of "the first data point within that range"; the page says the align options are mutually exclusive);
KairosDB's "Cassandra Schema" page (a ``data_points`` row key is metric name, row time stamp, data type and the
concatenated tags; a row holds three weeks by default, fixed when the cluster is created); Y. Can's blog "KairosDB
inner workings" (the same schema, old and CQL); kairosdb/kairosdb issues #461 and #686 (a point with the same metric,
tags, timestamp and data type overwrites the earlier one; Cassandra's write time decides which survives), #496 and
#574 (a long and a double at one timestamp are two series, not an overwrite); KairosDB's ``QueueProcessor.java`` (a
single delivery thread takes batches of ``batch_size`` from the memory queue, sleeps 500 ms while fewer than
``min_batch_size`` wait, and shrinks its batch on a ``BatchReductionEvent``); KairosDB's telnet "Put" and "Putm"
pages and "Pushing data" (``put <metric> <time stamp> <value> <tag>...``; a stamp under 3,000,000,000 is read as
seconds, ``putm`` always milliseconds; the REST ``/api/v1/datapoints`` takes milliseconds); the grafana/kairosdb-
datasource plugin's ``range_aggregator.ts``, ``alignment_aggregator_parameter.js`` and ``parameter_object_builder.ts``
(a range aggregator's "align by" is NONE, START_TIME or SAMPLING, default NONE, sent as no flag, ``align_start_time``
or ``align_sampling``; its sampling may be switched to "auto", Grafana's interval) and its issue #93 (the data
source's sum is KairosDB's sampling aggregator; the plugin is archived).

Chosen: each node's trainer (local rank 0, the node's windows) pushes a per-interval count (the windows since its
previous push, not a cumulative total: the panel's "sum" is then right and a restart needs no ``diff``) over a telnet
``put`` connection every ``P`` s (10, 15 or 30; from the process's start, so each node has its own phase), tagged
``host`` and ``rank``; the evaluation hook also flushes its count when an evaluation starts, and a process stopped by
its launcher (a preemption's SIGTERM, or the surviving nodes after a node fails) flushes once more within 5 s. The
panel: the KairosDB data source, metric summed over all tags (no group-by), aggregator ``sum`` with a 1-minute
sampling (the "auto" switch off), divided by 60 for windows/s; 40 % of the runs align by SAMPLING (ranges on the
minute tops, refresh every ``F`` = 10, 30 or 60 s), the others keep the plugin's default NONE, so the ranges start at
the query's start (the refresh time less the panel's time range): refreshed every 60 s the ranges keep one phase
``phi`` (0-60 s) off the minute tops (START_TIME would bucket alike, only stamping the ranges' starts).
Trace point ``j`` is the range ``[phi + 60 j, phi + 60 j + 60)``, timestamped at its start (``T0 + phi + 60 j``: the
recorder maps KairosDB's "first data point" stamp back to its range), read by a recorder from the first refresh at
least ``hold`` s (20-90) after the range's end and never again; a range with no point reads 0. The first (partial)
range of the panel's time range is long past when a point is recorded, and the last (still filling) one is never
recorded.

Assumed without checking: the trainer's client sends whole seconds with ``put`` (as the page allows), so a point's
timestamp is the node's clock floored to the second (NTP skew N(0, 50 ms); one node in ten 0.5-3 s off); an evaluation
flush and a timer push of one node stamped in the same second overwrite one another (the later received wins, the
earlier count is lost); telnet gives no reply and a dead node's process loses its count since its last push (the socket
is otherwise flushed at once, nothing lost in flight); a point is readable 0.5-1.6 s after it arrives (the delivery
thread's sleep and a Cassandra batch write); write-pressure episodes (Poisson, mean 15-50 h; 1-5 min each: compaction, a
batch reduction) hold the points that arrive in them until the episode ends plus up to 30 s, none dropped; a node
restarted after a failure comes back on another host (always the failed node; each other node with p 0.2, 0.7 after a
preemption), so its tags start a new series (a new ``data_points`` row): the sum over all tags is not broken by it; a
run (at most 4.2 days) may cross a three-week row boundary, which a query reads through, so it changes nothing here; the
panel's time range (hours) and Grafana's interval do not change a fixed 1-minute sampling; Grafana does not round "now"
for a relative range; a dashboard without alignment is refreshed every 60 s (faster refreshes would move the ranges'
phase between reads).

The job (no Chronos / TimesFM paper read; my own picture): ``R`` nodes (4-16), each a fixed share (sd 3 %) of the
job's windows; a level of 2.5-40 k windows/s; windows drawn from 6 corpora whose relative cost per window (series
length, patch count) is ``exp(N(0, 0.4))``, mixed with Dirichlet(1.5) weights: the windows/s is the level times the
first mixture's cost over the current one's. The mixture is re-balanced 2-4 times (at drawn times in 10-85 % of the
run, applied on the resume from the next checkpoint, each moving the level by 9-30 %) and listed as a change at that
span's end. Per second: a shared noise ``exp(N(0, s))``, ``s`` 2-4.5 % (each step's mix of long and short windows), a
slow OU of the log (sd 1-2.5 %, 10-40 min: the shared file system), and a rhythm: a shard refill every 3-8 min of
training, 5-15 s at 75-90 %. After a (re)start the rate ramps from 30 % over 60-150 s, after an evaluation from 60 %
over 20-40 s.

What is modelled
----------------
Pauses: a zero-shot evaluation on the benchmark suite (the GPUs wait while the CPU baselines and the metrics run) every
40-90 min of training (times 0.9-1.1), every 2nd or 3rd also a checkpoint; "short": 3-8 min, a checkpoint 1-3 min more;
"long" (the whole suite with statistical baselines on a shared CPU partition, the checkpoint to the cluster's file
system): 15-35 min, a checkpoint 4-12 min more. Restarts (Poisson, mean 10-30 h of wall time, none within 30 min of a
resume, one due in an evaluation moved to 5-15 min after it; a node failure 60 %, a preemption 40 %): "short" 4-12 min,
"long" (back through the cluster's queue) 25-70 min. Each length times ``exp(N(0, 0.2))``, capped at 16 / 100 min. A
minute is paused from the one holding the pause's start (a restart: one push period earlier, the count the failed node
never pushed) to the one holding its end plus one push period and 15 s; spans that touch merge.

Labelled regressions divide the job's windows/s from their onset by ``1 + a w(s)``: ``drop`` (a node's InfiniBand
link falls back to a lower rate, NCCL's ring waits on it: ``w = min(1, (s + 1) / tau)``, ``tau`` 3-60 s),
``straggler`` (a node whose neighbour's job saturates the shared switch or the GPU's power cap: bursts of mean 30-300 s
at 1, calm of mean 60-400 s at 0.1-0.3), ``leak`` (the memory-mapped corpora outgrow the page cache and the loaders
read more and more from the shared file system: ``w = (s / ramp) ** p``, ``p`` 0.7-2.5, ramp of 250-1500 points,
then held). Onsets: 35 % from the second half of a pause (any kind) to 90 s after it (the job resumes slower), else
anywhere in the slot; ``a`` by bisection (0-8) on the per-second windows over the event's training seconds to a loss
of 9-30 % (drop), 10-30 % (straggler), 12-32 % (leak); an event holds no listed change; its points are the minutes
whose value changed; kept where the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout66_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      11    11         10    0.098-0.304  21              3-18 (1082, 0 >60)           3
long      31      10    10         11    0.111-0.296  22              12-102 (836, 22 >60)         3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 35, long 37 (mixture re-balances). Per setting's 12 runs (short / long): 1036 and 790
evaluations; 432 and 320 checkpoints; 59 and 60 restarts (37 and 36 node failures); 113 and 133 nodes, 379 and 431
series (host and rank tags); 2883335 and 3068453 points pushed in the traces' minutes, 634 and 632 of them overwritten
(an evaluation flush or a final flush in the same second as a timer push), 1790 and 2110 read late (never counted:
25 and 29 write-pressure episodes). Paused share of the points: 8.4-16.6 % (mean 12.2 %) short, 26.4-44.1 % (mean
37.1 %) long. The healthy series' median absolute step of log over steady live points (10 after a span and 2 before /
10 after a change left out, zeros left out): 0.50-2.26 % (short), 0.48-1.46 % (long); median live level 2667-40604
(short), 3205-39299 (long) windows/s; live points read as 0 (a pressure episode over a whole minute's read): 26 and
24. Generating both settings takes about 4-6 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout65.py`` lines 1-92 and 327-337, its end (``make_heldout65`` /
``heldout65_set``, found with ``grep -n``); ``tests/test_anomaly_heldout65.py`` (all); ``anomaly/heldout_common.py``
(all); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110;
the first 3 lines of every ``anomaly/heldout*.py`` (``head -3`` into a scratch file, of which I printed only the lines
matching "kairos", "cassandra", "forecast", "chronos", "timesfm", "time series" (two hits) and the 6 lines around them
(generators 35 and 36: 36 is a time-series foundation model's windows/s into ClickHouse; no KairosDB anywhere), and the
lines naming another collection system (telnet, rest, OpenTSDB, Graphite, InfluxDB, Prometheus, Datadog, StatsD: about
27 lines, cut at 150 characters)). A slip: ``git worktree add`` printed main's head commit id and subject (about the
data-quality ceiling study; not sought, it changed nothing here).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT66_SEEDS = tuple(range(662000, 662012))
CODE = 66  # the random stream's code
P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak
T0 = 1789999980  # the first minute's top (a multiple of 60), unix seconds
N_CORPORA = 6
# pause lengths (minutes): evaluation, a checkpoint's extra, a restart's downtime, as (lo, hi) per setting
EVAL_MIN = {"short": (3.0, 8.0), "long": (15.0, 35.0)}
CKPT_MIN = {"short": (1.0, 3.0), "long": (4.0, 12.0)}
DOWN_MIN = {"short": (4.0, 12.0), "long": (25.0, 70.0)}
CAP_MIN = {"short": 16.0, "long": 100.0}


@dataclass
class Collection:
    """How the dashboard reads the job: push period ``P`` (s), bucket phase ``phi`` (s; 0 with ``align_sampling``),
    refresh every ``F`` s at phase ``psi``, the recorder's ``hold`` (s), and the pushes (arrays of one row each)."""

    P: float
    aligned: bool
    phi: float
    F: float
    psi: float
    hold: float
    node: np.ndarray = field(default=None)  # which node pushed
    t: np.ndarray = field(default=None)  # when (s from the run's start)
    prev: np.ndarray = field(default=None)  # the time the pushed count starts from
    share: np.ndarray = field(default=None)  # the node's share of the job's windows
    bucket: np.ndarray = field(default=None)  # the minute (trace point) of its timestamp
    counted: np.ndarray = field(default=None)  # kept (not overwritten) and readable at its minute's read


@dataclass
class Run:
    """One healthy run: ``rate[s]`` windows/s of the whole job in second ``s`` (0 in a pause), its pauses
    ``(t0, t1, kind)``, restarts ``(t0, t1, kind)``, the planned mixture re-balances ``known_t`` and counts."""

    n: int
    T: int
    rate: np.ndarray
    pauses_t: list
    restarts: list
    known_t: list
    col: Collection
    stats: dict


def _minutes(rng, table, setting, sd=0.2):
    lo, hi = table[setting]
    return rng.uniform(lo, hi) * np.exp(rng.normal(0, sd))


def _mix_factor(rng, cost, w_old):
    """New corpus weights whose step cost moves the windows/s by 9-30 % from ``w_old``'s."""
    for _ in range(200):
        w = rng.dirichlet(np.full(N_CORPORA, 1.5))
        move = abs(np.log((w_old @ cost) / (w @ cost)))
        if 0.09 <= move <= 0.30:
            return w
    return w_old[::-1].copy()


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline and per-second windows/s (my own picture of such a job; see the module's docstring)."""
    T = 60 * n + 300
    level = float(np.exp(rng.uniform(np.log(2500), np.log(40000))))
    R = int(rng.integers(4, 17))  # nodes
    cost = np.exp(rng.normal(0, 0.4, N_CORPORA))  # a corpus's relative cost per window (length, patches)
    w = rng.dirichlet(np.full(N_CORPORA, 1.5))
    w0 = w @ cost
    eval_every = rng.uniform(40, 90) * 60  # training seconds between zero-shot evaluations
    ck_every = int(rng.integers(2, 4))
    mtbf = rng.uniform(10, 30) * 3600
    n_mix = int(rng.integers(2, 5))
    mix_at = sorted(rng.uniform(0.1, 0.85, n_mix) * 60 * n)
    refill = rng.uniform(180, 480)  # a shard refill every this many training seconds
    refill_len, refill_dip = rng.uniform(5, 15), rng.uniform(0.10, 0.25)
    noise_sd = rng.uniform(0.02, 0.045)
    mix = np.ones(T)
    on = np.zeros(T)  # 1 while training, with warm-up ramps
    pauses_t, restarts, known_t = [], [], []
    lives = []  # (start, end, end kind) of the processes
    cap = CAP_MIN[setting] * 60
    t, n_eval, n_ck, life0 = 0.0, 0, 0, 0.0
    fail = 1800 + rng.exponential(mtbf)
    warm = rng.uniform(60, 150)
    while t < T:
        nxt = t + eval_every * rng.uniform(0.9, 1.1)
        if fail < min(nxt, T):  # a node failure or a preemption kills the job
            a = fail
            kind = "node" if rng.random() < 0.6 else "preempt"
            b = a + min(_minutes(rng, DOWN_MIN, setting) * 60, cap)
            _train(on, t, a, warm, 0.3)
            pauses_t.append((a, b, "restart"))
            restarts.append((a, b, kind))
            lives.append((life0, a, kind))
            life0, t = b, b
            warm = rng.uniform(60, 150)
            fail = b + 1800 + rng.exponential(mtbf)
            continue
        _train(on, t, nxt, warm, 0.3 if warm > 40 else 0.6)
        n_eval += 1
        ck = n_eval % ck_every == 0
        dur = _minutes(rng, EVAL_MIN, setting) + (_minutes(rng, CKPT_MIN, setting) if ck else 0.0)
        a, b = nxt, nxt + min(dur * 60, cap)
        pauses_t.append((a, b, "ckpt" if ck else "eval"))
        n_ck += ck
        if ck and mix_at and mix_at[0] <= a:  # the sampler's weights are re-balanced on the checkpoint's resume
            while mix_at and mix_at[0] <= a:
                mix_at.pop(0)
            w = _mix_factor(rng, cost, w)
            if b < T:
                known_t.append(b)
                mix[int(np.ceil(b)):] = w0 / (w @ cost)
        if fail < b + 300:
            fail = b + rng.uniform(300, 900)
        t, warm = b, rng.uniform(20, 40)
    lives.append((life0, float(T), "end"))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.025), rng.uniform(600, 2400))
    slow_drift = np.exp(np.interp(np.arange(T), 60.0 * np.arange(len(ou)), ou))
    tr = np.cumsum(on > 0)  # training seconds so far: the shard refills follow the steps
    dip = np.where((tr % refill) < refill_len, 1 - refill_dip, 1.0)
    noise = np.exp(rng.normal(0, noise_sd, T) - noise_sd ** 2 / 2)
    rate = level * on * mix * slow_drift * dip * noise
    col, stats = _collect(rng, T, n, R, setting, pauses_t, lives)
    stats.update(evaluations=n_eval, checkpoints=n_ck, restarts=len(restarts), nodes=R)
    return Run(n, T, rate, pauses_t, restarts, known_t, col, stats)


def _train(on, a, b, warm, start):
    """Mark ``[a, b)`` as training, ramping up from ``start`` over the first ``warm`` seconds."""
    i0, i1 = int(np.ceil(a)), min(len(on), int(np.ceil(b)))
    if i1 <= i0:
        return
    s = np.arange(i1 - i0)
    on[i0:i1] = np.minimum(1.0, start + (1 - start) * s / warm)


def _collect(rng, T, n, R, setting, pauses_t, lives):
    """The pushes of every node's trainer and which of them the panel counts (see the module's docstring)."""
    P = float(rng.choice([10.0, 15.0, 30.0]))
    aligned = rng.random() < 0.4  # "align by": SAMPLING, else the data source's default NONE
    F = float(rng.choice([10.0, 30.0, 60.0])) if aligned else 60.0
    psi = rng.uniform(0, F)
    phi = 0.0 if aligned else float(psi % 60)
    hold = rng.uniform(20, 90)
    share = np.exp(rng.normal(0, 0.03, R))
    share /= share.sum()
    evals = np.array([a for a, b, k in pauses_t if k != "restart"])
    rows = []  # node, t, prev, series id
    sid = 0
    hosts = np.arange(R)  # a node's current series (host, rank) id
    next_host = R
    lost = 0
    for start, end, kind in lives:
        phase = rng.uniform(0, P, R)
        failed = int(rng.integers(R)) if kind == "node" else -1
        for r in range(R):
            ts = start + phase[r] + P * np.arange(1, int((end - start) / P) + 2)
            ts = ts[ts < end]
            ev = evals[(evals > start) & (evals < end)]  # the evaluation hook flushes the count
            ev = ev + rng.uniform(0.01, 0.3, len(ev))
            fin = [] if (kind == "end" or r == failed) else [end + rng.uniform(0.1, 5.0)]
            if r == failed:
                lost += 1
            tt = np.sort(np.concatenate([ts, ev, fin]))
            if not len(tt):
                continue
            prev = np.concatenate([[start], tt[:-1]])
            rows.append(np.stack([np.full(len(tt), r), tt, prev, np.full(len(tt), hosts[r])]))
        # the restarted nodes come back on other hosts: the failed node always, the others sometimes
        for r in range(R):
            if kind != "end" and (r == failed or rng.random() < (0.7 if kind == "preempt" else 0.2)):
                hosts[r] = next_host
                next_host += 1
    allr = np.concatenate(rows, axis=1)
    node, t, prev, ser = allr[:, allr[1] < T - 1]  # a final flush after the run's last second is not read
    node = node.astype(int)
    # the node's clock (NTP: sd 50 ms; one node in ten 0.5-3 s off) stamps the point in whole seconds (telnet put)
    skew = np.where(rng.random(R) < 0.1, rng.uniform(0.5, 3.0, R) * rng.choice([-1, 1], R), rng.normal(0, 0.05, R))
    stamp = np.floor(t + skew[node])
    recv = t + rng.uniform(0.005, 0.1, len(t))
    # the same metric, tags and timestamp: the later write overwrites the earlier one
    order = np.lexsort((recv, stamp, ser))
    key_s, key_t = ser[order], stamp[order]
    last = np.ones(len(order), bool)
    last[:-1] = (key_s[1:] != key_s[:-1]) | (key_t[1:] != key_t[:-1])
    kept = np.zeros(len(t), bool)
    kept[order[last]] = True
    # readable once the queue processor's delivery thread has written its batch; Cassandra pressure delays it
    ready = recv + rng.uniform(0.5, 1.6, len(t))
    tp, episodes, gap = 0.0, 0, rng.uniform(15, 50) * 3600
    while True:
        tp += rng.exponential(gap)
        if tp >= T:
            break
        d = rng.uniform(60, 300)
        hit = (recv >= tp) & (recv < tp + d)
        ready[hit] = tp + d + rng.uniform(0, 30, hit.sum())
        episodes += 1
    bucket = np.floor((stamp - phi) / 60).astype(int)
    end = phi + 60.0 * (bucket + 1)
    read = psi + F * np.ceil((end + hold - psi) / F)
    inside = (bucket >= 0) & (bucket < n)
    counted = kept & inside & (ready <= read)
    col = Collection(P, aligned, phi, F, psi, hold, node, t, prev, share[node], np.where(inside, bucket, 0), counted)
    stats = dict(points=int(inside.sum()), overwritten=int((~kept & inside).sum()),
                 late=int((kept & inside & (ready > read)).sum()), episodes=episodes, node_failures=lost,
                 series=int(next_host))
    return col, stats


def _series(run: Run, mods) -> np.ndarray:
    """The panel's windows/s per minute of the run with the regressions ``mods`` (``(t0, a, w)``: the job's rate
    from second ``t0`` divided by ``1 + a w``)."""
    rate = run.rate
    if mods:
        rate = rate.copy()
        for t0, a, w in mods:
            rate[t0:t0 + len(w)] /= 1 + a * w
    cum = np.concatenate([[0.0], np.cumsum(rate), [0.0]])
    rate = np.concatenate([rate, [0.0, 0.0]])
    c = run.col
    i, j = c.t.astype(int), c.prev.astype(int)  # windows up to time x: cum[floor x] + frac(x) * rate[floor x]
    delta = np.rint(c.share * (cum[i] + (c.t - i) * rate[i] - cum[j] - (c.prev - j) * rate[j]))
    return np.bincount(c.bucket, weights=np.where(c.counted, delta, 0.0), minlength=run.n)[:run.n] / 60.0


def _spans(run: Run) -> list:
    """The minutes touched by a pause: from the one holding its start (a restart: one push period earlier, the
    count a failed node never pushed) to the one holding its end plus a push period and 15 s."""
    c, spans = run.col, []
    for a, b, kind in run.pauses_t:
        a0 = a - (c.P if kind == "restart" else 0.0)
        s = int(np.floor((a0 - c.phi) / 60))
        e = min(run.n, int(np.floor((b + c.P + 15 - c.phi) / 60)) + 1)
        if s >= run.n:
            break
        if e > max(s, 0):
            hc.add_span(spans, max(s, 0), e)
    return spans


def _build(seed: int, n: int, setting: str):
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1]), n, setting)
    healthy = _series(run, [])
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(np.floor((t - run.col.phi) / 60)) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight over its ``length`` seconds: a drop ramps in over 3-60 s; a straggler (a node shared
    with another user's job) is 1 in bursts of mean 30-300 s and 0.1-0.3 between them (mean 60-400 s); a leak
    grows as ``(s / ramp) ** p`` (``p`` 0.7-2.5), then holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 300), rng.uniform(60, 400))
        calm = rng.uniform(0.1, 0.3)
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, calm)
    return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 2.5)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n, phi = run.n, run.col.phi
    train = run.rate > 0
    for kind in hc.kind_draws(rng, P_KIND, want):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # starts in a pause's second half or just after it (the job resumes slower)
            cand = [(a, b) for a, b, _ in run.pauses_t if phi + 60 * lo <= a and b < phi + 60 * last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + 90)
        else:
            t0 = rng.uniform(phi + 60 * lo, phi + 60 * last)
        onset = int((t0 - phi) // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(np.ceil(t0))
        i1 = run.T if to_end else int(phi + 60 * stop)
        w = _weight(rng, kind, i1 - i0, 60 * ramp)
        base = run.rate[i0:i1]
        target = {"drop": rng.uniform(0.09, 0.30), "straggler": rng.uniform(0.10, 0.30)}
        target = target.get(kind, rng.uniform(0.12, 0.32))
        m = train[i0:i1]
        hs = base[m].sum()
        if hs <= 0:
            continue
        lo_a, hi_a = 0.0, 8.0
        if 1 - (base[m] / (1 + hi_a * w[m])).sum() / hs < target:
            continue
        for _ in range(24):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if 1 - (base[m] / (1 + mid * w[m])).sum() / hs < target else (lo_a, mid)
        mod = (i0, 0.5 * (lo_a + hi_a), w)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((i0 + 60 * ramp - phi) // 60), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout66(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, P_KIND, changes, lambda mods: _series(run, mods),
                                        healthy, live)
    return Trace(values=values, timestamps=T0 + run.col.phi + 60.0 * np.arange(n), events=events, pauses=spans,
                 seed=seed, healthy=healthy, changes=changes)


def heldout66_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT66_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout66, seeds, n, pauses)
