"""The sixty-fourth held-out throughput family: a sparse mixture-of-experts language model's pretraining tokens/s with
expert parallelism, each rank's tokens per logging interval sent as a JSON event to Kafka, consumed by an Apache Pinot
real-time table and summed per minute over the events' own timestamps by a Grafana panel (StarTree Pinot data source).

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Pinot's "Segment threshold" page (a real-time table
consumes into a consuming segment; a segment is committed to the deep store when its threshold is met; a restarted
server "must start consuming from the first row again" of its consuming segment, a lag behind the stream), two
users@pinot.apache.org answers (``segment.flush.threshold.rows: 0`` auto-tunes from 100K rows toward
``segment.flush.threshold.segment.size``; ``segment.flush.threshold.time`` 6h in that table; whichever threshold comes
first flushes) and apache/pinot issue 11522 and issue 7785 (the rows / time / size thresholds' interplay; the time
threshold checked about once a minute); Pinot's "Pauseless consumption" page (in the standard commit protocol
consumption pauses while the segment is built and uploaded, "several minutes" on a loaded cluster, so the newest rows
are not queryable meanwhile); Pinot's "Stream ingestion with Dedup" page (dedup needs a primary key in the schema and
the stream partitioned by it; a row whose key is already present is dropped); Kafka's ``KafkaProducer`` javadoc
(``batch.size``, ``linger.ms``, ``retries``; ``send()`` is asynchronous and buffers) and two producer notes (Conduktor:
idempotence is the default from Kafka 3.0 and sets ``acks=all``, ``retries=MAX_INT``; without it a retry after a network
failure can write a duplicate; a gist: ``delivery.timeout.ms`` 120 s, ``retry.backoff.ms`` 100 ms), apache/kafka PR
11691 (the Java producer's idempotence default took effect only after 3.0) and fluent-plugin-kafka PR 501 (an rdkafka
producer is made idempotent by a setting); the StarTree Pinot data source for Grafana (Controller and Broker URL; a
builder and a code editor for arbitrary SQL with a time-series mode; the ``$__timeGroup(column, granularity)`` and
time-filter macros); Pinot's ``DATETIMECONVERT`` page (bucketing an epoch column to a granularity).

Assumed without checking: the panel uses the StarTree Pinot data source's code editor, ``SELECT $__timeGroup(ts,
'1:MINUTES') AS time, SUM(tokens) / 60 ... WHERE $__timeFilter(ts) GROUP BY time`` over the last 15 min, refreshed every
``F`` s (30, 60 or 300); a recorder keeps minute ``j``'s value from the first refresh at least ``hold`` s (90-180) after
the minute's end and never again, a minute with no row reads 0. The ranks use confluent-kafka (librdkafka) with its
default (no idempotence; librdkafka's own configuration page not read), ``linger.ms`` 5-100 ms, and a request that times
out (30 s) is retried and lands twice: 0.05-0.3 % of the rows; the table has no dedup (no primary key: the rows are
counted twice). A consumed row is queryable at once, after a poll lag of 0.2-3 s times an exponential; a commit every 3
or 6 h (times 0.6-1) stops consumption for 5-45 s; a server restart (Poisson, mean 30-80 h) stops it for 1-5 min and its
rows come 5-40 s after; with one replica (half the runs) the rows consumed since the last commit are not served while it
is down. Each rank stamps its row with its own clock: a node's skew N(0, 0.15 s), 15 % of the nodes off by up to 2.5 s.
The logger fires every ``P`` s of training (15, 20, 30 or 60; a time-based callback that stops in a pause), a little
after its due time (a step ends), with the tokens since its last row; a crash loses the tokens since the last row. The
job (no MoE paper or Megatron page read; my own picture): 16, 32 or 64 ranks (8 a node); a level of 0.2-3 M tokens/s; a
step's cost is dense and attention work ``1 - m`` (``m`` 0.25-0.45), the experts ``m`` (dropless, half the runs: times
``(1 + imb) / (1 + imb_mean)``, the hottest expert's excess load ``imb`` log-normal around 0.12-0.35 with an OU of its
log (sd 0.25, 10-60 min) and per-second noise sd 0.35; with a capacity factor: fixed, 2 % noise, dropped tokens still
counted) and the all-to-all dispatch and combine 0.15-0.3 (an OU of its log from other jobs on the fabric, sd 3-8 %,
2-10 min; 5 % per-second noise); a slow OU drift of the level (sd 0.8-2 %, 0.5-2 h); the attention share ``c``
(0.07-0.16 per 2048 tokens) makes a sequence length ``S`` cost ``(1 + c) / (1 + c S / 2048)``.

What is modelled
----------------
Per second, whole tokens ``level * seq * drift / cost * (1 + 1.5 % noise)``, 0 in a pause, the first 4 min after a
(re)start warming up from 30 %. Pauses: an evaluation every 40-90 min of training (times 0.9-1.1), every 2nd or 3rd one
also a checkpoint; "short": 1-3.3 min, a checkpoint 1.5-7 min more; "long" (downstream benchmarks on the training GPUs,
the full optimizer state to remote storage): 15-35 min, a checkpoint 5-25 min more; failures (Poisson, mean 12-35 h of
wall time, none within 30 min of a resume): "short" 4-12 min, "long" 30-100 min; each length times ``exp(N(0, 0.2))``
and at most the setting's cap (16 / 114 min). Loader stalls (a data-mixture shard reopened every 15-40 min of
training, 1-6 s) are not pauses and not listed. The data mixture's sequence length moves 2048 -> 4096 (-> 8192) at the
first checkpoint after 1-3 drawn times in 20-85 % of the run (two moves at most); the first point after that
checkpoint's span is listed as a change ("seq"). A minute is paused from the one a pause starts in to the one
``P + 4`` s after it ends (the first row after a pause carries tokens from before it); spans that touch are merged.

Labelled regressions divide the per-second tokens from their onset by ``1 + a w(s)``: ``drop`` (a link of the
all-to-all fabric falling back to a slower path: ``w = min(1, (s + 1) / tau)``, ``tau`` 2-60 s), ``straggler`` (one
GPU power-capping in bursts: bursts of median 60-300 s at 1, calm of median 60-400 s at 0.1-0.3, log-normal sd 0.6),
``leak`` (the router drifting toward a few hot experts: ``w = (s / ramp) ** p``, ``p`` 0.7-2.5, a ramp of 200-1200
points and at most 45 % of its slot, then held). Onsets: 35 % from the last 40 % of a pause (not a loader stall) to 3
min after it, else anywhere in the slot; ``a`` by bisection (0-8) on the tokens over the event's seconds to a loss of
8-30 % (drop), 10-30 % (straggler), 12-32 % (leak); an event holds no listed change (2 points either side); the event's
points are the minutes whose value changed; kept where the measured depth is 7-35 % and shows (120 draws a slot, the
slot's kind kept).

Counts over ``heldout64_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      10    10         11    0.093-0.275  21              2-22 (1220, 0 >60)           3
long      30      9     11         10    0.088-0.296  21              12-142 (738, 45 >60)         3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 21 (sequence-length switches), long 22 (sequence-length switches). Per setting's 12 runs
(short / long): 473 and 263 checkpoints; 67 and 50 restarts; 2702 and 1754 loader stalls; 8135301 and 3829151 rows
sent (the long setting's runs draw other ranks and intervals), 12589 and 7666 of them twice (12579 and 7662 of the
copies read), 6854 and 2214 rows not read (late for their minute's read or not served in an outage); 19 and 28 server
restarts, 9 and 6 runs on one replica. Paused share of the points: 6.5-12.9 % (mean 9.6 %) short, 31.0-45.3 % (mean
36.9 %) long. The healthy series' median absolute step of log over steady live points (10 after a span and a change
left out, zeros left out): 0.42-0.90 % (short), 0.57-1.13 % (long): the per-minute sums over many ranks are smooth;
median live level 159039-2306031 (short), 166704-1897880 (long) tokens/s; live points below 0.85 of the median of their
31 live neighbours: 278 of 65064 (short) and 216 of 45432 (long); live points read as 0: 43 and 29. Generating both
settings takes about 9 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30 (as the brief said); ``anomaly/heldout63.py`` lines 1-107 and its
``make_heldout63`` / ``heldout63_set`` (lines 434-444, found with ``grep -n``); ``tests/test_anomaly_heldout63.py``
(all); ``anomaly/heldout_common.py`` (all; its middle was cut from my first print, and I then printed its ``def``
lines 20-80 of the listing, ``family_trace`` and ``regressed_kinds``); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py`` (``head -3``; I printed only the
last 80 lines of that listing and grepped the whole for "kafka", "pinot", "mixture-of" and "expert": generators 40 and
49 send to Kafka (Druid, Flink) and generator 11 is a mixture-of-experts job read as an EWMA meter; no Pinot);
``tests/test_architecture.py`` lines 1-110. Also seen (a slip): the line ``git worktree add`` printed, main's head
commit id and its subject, which summarises generator 63's description and rules (not sought; it changed nothing here).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT64_SEEDS = tuple(range(642000, 642012))
CODE = 64
T0 = 1_790_000_040.0  # the first minute bucket (a multiple of 60)
P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak
HI = {"short": 20, "long": 118}  # the longest pause span (points) of each setting, merged spans aside
SEQ = (2048, 4096, 8192)


def _pause_len(rng, lo: float, hi: float, cap: float) -> float:
    """A pause of ``uniform(lo, hi)`` seconds times ``exp(N(0, 0.2))``, at most ``cap``."""
    return float(min(rng.uniform(lo, hi) * np.exp(rng.normal(0, 0.2)), cap))


def _schedule(rng, T: float, setting: str):
    """The pauses ``(a, b, kind)`` (s), the process lifetimes' starts and the sequence-length switches."""
    cap = 60.0 * (HI[setting] - 4)
    ev_every = rng.uniform(40, 90) * 60  # evaluation every ``ev_every`` s of training
    ck_each = int(rng.choice([2, 3]))  # every ``ck_each``-th evaluation also checkpoints
    mtbf = rng.uniform(12, 35) * 3600  # hardware failures (Poisson over the job)
    shard_every = rng.uniform(15, 40) * 60  # data-mixture shard reopens: a short loader stall
    sw_at = sorted(rng.uniform(0.2, 0.85, int(rng.choice([1, 2, 2, 3]))) * T)
    pauses, starts, switches = [], [0.0], []
    t, n_ev, next_fail = rng.uniform(120, 600), 0, rng.exponential(mtbf) + 1800
    seq_i, next_ev = 0, ev_every * rng.uniform(0.9, 1.1)
    trained, next_shard = 0.0, shard_every * rng.uniform(0.5, 1.5)
    while t < T:
        step = min(next_ev, next_shard) - trained
        if t + step >= next_fail:  # a failure: detect, reschedule, load the last checkpoint
            dur = _pause_len(rng, 240, 720, cap) if setting == "short" else _pause_len(rng, 1800, 6000, cap)
            trained += next_fail - t
            pauses.append((next_fail, next_fail + dur, "restart"))
            t = next_fail + dur
            starts.append(t)
            next_fail = t + rng.exponential(mtbf) + 1800
            continue
        t += step
        trained += step
        if next_shard <= next_ev:
            dur = rng.uniform(1, 6)
            pauses.append((t, t + dur, "shard"))
            next_shard = trained + shard_every * rng.uniform(0.8, 1.2)
            t += dur
            continue
        n_ev += 1
        ck = n_ev % ck_each == 0
        if setting == "short":
            dur = _pause_len(rng, 60, 200, cap) + (_pause_len(rng, 90, 400, cap) if ck else 0.0)
        else:  # downstream benchmarks on the training GPUs, the full optimizer state written to remote storage
            dur = _pause_len(rng, 900, 2100, cap) + (_pause_len(rng, 300, 1500, cap) if ck else 0.0)
        dur = min(dur, cap)
        pauses.append((t, t + dur, "ckpt" if ck else "eval"))
        if ck and seq_i < len(sw_at) and t >= sw_at[seq_i] and seq_i < 2:  # the mixture moves on at a checkpoint
            seq_i += 1
            switches.append(t + dur)
        t += dur
        next_ev = trained + ev_every * rng.uniform(0.9, 1.1)
    return pauses, starts, switches, ck_each


def _build(seed: int, n: int, setting: str):
    """The healthy run: ``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    S = n * 60 + 900
    T = float(S)
    pauses, starts, switches, ck_each = _schedule(rng, T, setting)
    sec = np.arange(S) + 0.5
    on = np.ones(S, bool)
    for a, b, _ in pauses:
        on[int(np.ceil(a)):int(np.ceil(b))] = False
    # the job: tokens/s = tokens per step / step time; a step is attention + dense parts, the experts' all-to-all
    # dispatch and combine, and the expert FFNs whose cost follows the router's balance (dropless) or is padded to
    # the capacity factor (capacity mode: dropped tokens still count, the cost is fixed)
    level = float(np.exp(rng.uniform(np.log(2e5), np.log(3e6))))
    attn = rng.uniform(0.07, 0.16)  # the attention share of a step per 2048 tokens of sequence
    dropless = rng.random() < 0.5
    imb_mean = rng.uniform(0.12, 0.35)  # the hottest expert's excess load
    ou = hc.ou_path(rng, T, rng.uniform(0.008, 0.02), rng.uniform(1800, 7200))
    drift = np.exp(np.interp(sec, 60.0 * np.arange(len(ou)), ou))
    imb_ou = hc.ou_path(rng, T, 0.25, rng.uniform(600, 3600))
    imb = imb_mean * np.exp(np.interp(sec, 60.0 * np.arange(len(imb_ou)), imb_ou) + rng.normal(0, 0.35, S))
    moe = rng.uniform(0.25, 0.45)  # the experts' share of a step
    if dropless:
        expert = moe * (1 + imb) / (1 + imb_mean)
    else:
        expert = moe * np.full(S, 1.0) * (1 + 0.02 * rng.standard_normal(S))
    seq_i = np.searchsorted(np.array(switches), sec, side="right")
    seqf = np.array([(1 + attn) / (1 + attn * s / 2048) for s in SEQ])[seq_i]
    fab = hc.ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(120, 600))  # other jobs on the shared fabric
    a2a = rng.uniform(0.15, 0.3) * np.exp(np.interp(sec, 60.0 * np.arange(len(fab)), fab)) \
        * (1 + 0.05 * rng.standard_normal(S))
    cost = (1 - moe) + expert + a2a
    x = level * seqf * drift / cost * (1 + 0.015 * rng.standard_normal(S)) * on
    warm = np.zeros(S)
    for s0 in starts:  # the first steps after a (re)start compile and warm up
        k = int(np.ceil(s0))
        m = min(S - k, 240)
        if m > 0:
            warm[k:k + m] = np.maximum(warm[k:k + m], np.linspace(1, 0, m))
    x = np.round(x * (1 - 0.7 * warm))  # whole tokens: the counts add up exactly
    col = _collection(rng, S, on, starts, pauses, setting)
    run = SimpleNamespace(n=n, S=S, x=x, on=on, pauses_t=pauses, starts=starts, switches=switches, col=col,
                          dropless=dropless, stats={"checkpoints": sum(k == "ckpt" for *_, k in pauses),
                                                    "restarts": sum(k == "restart" for *_, k in pauses),
                                                    "stalls": sum(k == "shard" for *_, k in pauses),
                                                    "switches": len(switches), "ck_each": ck_each})
    healthy = _series(run, [])
    spans = []
    for a, b, kind in pauses:
        if kind == "shard":  # a loader stall of a few seconds: no pause the monitor is told of
            continue
        s, e = int(a // 60), min(n, int((b + col.P + 4) // 60) + 1)
        if s < n:
            hc.add_span(spans, s, e)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in switches], spans, n)
    return run, healthy, spans, live, changes


def _collection(rng, S: int, on, starts, pauses, setting: str):
    """Everything the collection path draws, fixed before any regression: each rank's emission seconds, the rows'
    own timestamps, when each row becomes queryable and when the panel reads each minute."""
    R = int(rng.choice([16, 32, 64]))
    P = float(rng.choice([15, 20, 30, 60]))
    clock = np.cumsum(on)  # the training clock (s): the logger fires every ``P`` s of training
    starts = [s for s in starts if s < S - 1]
    ends = [min(S, int(np.ceil(s))) for s in starts[1:]] + [S]
    crash = [min(S, int(np.ceil(a))) for a, _, k in pauses if k == "restart"] + [S]
    node_skew = rng.normal(0, 0.15, R // 8) + np.where(rng.random(R // 8) < 0.15, rng.uniform(-2.5, 2.5, R // 8), 0)
    rows_i, rows_j, rows_ts = [], [], []
    for r in range(R):
        phase = rng.uniform(0, P)
        for k, s0 in enumerate(starts):
            a, b = int(np.ceil(s0)), min(crash[k], ends[k])
            c0 = clock[a - 1] if a > 0 else 0
            m = int((clock[b - 1] - c0 - phase) // P) + 1
            if m <= 0:
                continue
            due = c0 + phase + P * np.arange(m) + rng.uniform(0, 0.3, m)  # a step ends a little after
            at = np.minimum(np.searchsorted(clock, due), b - 1)
            prev = np.concatenate([[a], at[:-1]])
            rows_i.append(prev)
            rows_j.append(at)
            rows_ts.append(at + node_skew[r // 8] + rng.normal(0, 0.02, m))
    i0, i1, ts = (np.concatenate(v) for v in (rows_i, rows_j, rows_ts))
    N = len(ts)
    # the producer (confluent-kafka, librdkafka's default: no idempotence): linger 5-100 ms, then the broker;
    # a request that times out is retried and may land twice
    linger = rng.uniform(0.005, 0.1)
    q = i1 + linger + rng.exponential(0.05, N)
    dup_p = rng.uniform(0.0005, 0.003)
    dup = rng.random(N) < dup_p
    # Pinot: a consumed row is queryable at once in the consuming segment; the consumer polls (lag 0.2-3 s)
    q = q + rng.uniform(0.2, 3.0) * rng.exponential(1.0, N)
    # segment commits (flush threshold time 6 h or the row threshold): consumption stops while the segment builds
    commits = np.cumsum(rng.uniform(0.6, 1.0, 400) * rng.choice([3, 6]) * 3600)
    build = rng.uniform(5, 45, 400)
    outages = []
    t = rng.exponential(rng.uniform(30, 80) * 3600)
    while t < S:  # a server restart: re-consume from the last committed offset; one replica (half the runs)
        outages.append((t, t + rng.uniform(60, 300)))
        t += rng.exponential(rng.uniform(30, 80) * 3600) + 3600
    replicas = int(rng.choice([1, 2]))
    top = q.max()  # for speed: no row is queryable after ``top`` (an upper bound), so a later commit moves none
    for c, d in zip(commits, build):
        if c > top:
            rng.uniform(0, 2, 0)  # the original's empty draw (it draws nothing)
            continue
        w = (q >= c) & (q < c + d)
        q[w] = c + d + rng.uniform(0, 2, int(w.sum()))
        top = max(top, c + d + 2)
    lost_view = np.zeros(N, bool)
    for a, b in outages:
        w = (q >= a) & (q < b)
        q[w] = b + rng.uniform(5, 40, int(w.sum()))  # replayed after the restart
        if replicas == 1:  # rows consumed since the last commit are unqueryable until re-consumed
            last = commits[commits <= a].max() if (commits <= a).any() else 0.0
            lost_view |= (q >= last) & (q < a)
    dup_q = q + rng.uniform(30, 35, N)  # request.timeout.ms 30 s, then the retry
    # Grafana: the panel refreshes every ``F`` s; a recorder keeps minute j's value from the first refresh at
    # least ``hold`` s after the minute's end (the query's time range, last 15 min, still covers it) and never again
    F = float(rng.choice([30, 60, 300]))
    hold = rng.uniform(90, 180)
    n_min = S // 60 + 1
    read = np.ceil(((np.arange(n_min) + 1) * 60 + hold) / F) * F + rng.uniform(0.5, 3, n_min)
    bucket = np.floor(ts / 60).astype(int)
    ok = (bucket >= 0) & (bucket < n_min)
    bucket = np.clip(bucket, 0, n_min - 1)
    seen = ok & (q <= read[bucket])
    for a, b in outages:  # a read during an outage: the consuming rows since the last commit are not served
        if replicas == 1:
            seen &= ~(lost_view & (read[bucket] >= a) & (read[bucket] < b) & (q <= a))
    seen_dup = ok & dup & (dup_q <= read[bucket])
    return SimpleNamespace(R=R, P=P, i0=i0, i1=i1, bucket=bucket, w=seen + seen_dup.astype(float), F=F, hold=hold,
                           dup=int(dup.sum()), late=int((ok & ~seen).sum()), rows=N, outages=len(outages),
                           replicas=replicas, commits=int((commits < S).sum()))


def _series(run, mods) -> np.ndarray:
    """The panel's minute values (tokens/s) of the run with the regressions ``mods`` (per-second slowdowns)."""
    x = run.x
    for a, w in mods:
        x = x.copy() if x is run.x else x
        x[a:a + len(w)] = np.round(x[a:a + len(w)] / w)
    col = run.col
    cum = np.concatenate([[0], np.cumsum(x.astype(np.int64))])
    tok = (cum[col.i1] - cum[col.i0]) / col.R
    val = np.bincount(col.bucket, weights=tok * col.w, minlength=run.S // 60 + 1)[:run.n] / 60.0
    return np.maximum(val, 0.0)


def _weight(rng, kind: str, m: int, ramp: int) -> np.ndarray:
    """A regression's shape over its ``m`` seconds, 0-1: a drop (a link of the all-to-all fabric falling back to a
    slower path) settles in 2-60 s; a straggler (one GPU's power capping in bursts) switches between 1 and a calm
    0.1-0.3; a leak (the router drifting toward a few hot experts, the capacity buffers refilled) ramps as a power."""
    s = np.arange(m, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(2, 60))
    if kind == "leak":
        return np.minimum(1.0, (s / ramp) ** rng.uniform(0.7, 2.5))
    w, i, hot = np.empty(m), 0, True
    calm = rng.uniform(0.1, 0.3)
    b_med, c_med = rng.uniform(60, 300), rng.uniform(60, 400)
    while i < m:
        d = int(max(5, (b_med if hot else c_med) * np.exp(rng.normal(0, 0.6))))
        w[i:i + d] = 1.0 if hot else calm
        i, hot = i + d, not hot
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression in points ``[lo, hi)``: ``(Event, (first second, slowdown))`` or None."""
    for kind in hc.kind_draws(rng, P_KIND, want, tries=120, keep=120):
        ramp = int(rng.uniform(200, 1200)) if kind == "leak" else 0
        if rng.random() < 0.35:  # from the last 40 % of a pause to 3 min after it
            cand = [(a, b) for a, b, k in run.pauses_t if 60 * lo <= a and b < 60 * (hi - 200) and k != "shard"]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.6 * (b - a), b + 180)
        else:
            t0 = rng.uniform(60 * lo, 60 * (hi - 120))
        onset = int(t0 // 60)
        ramp = min(ramp, int(0.45 * (hi - onset)))
        stop = hc.event_stop(rng, kind, ramp, onset, run.n, hi, to_end)
        if stop is None or any(onset - 2 <= c <= stop + 2 for c in changes):
            continue
        a0, a1 = int(t0), min(run.S, 60 * stop - 60)
        if to_end:
            a1 = run.S
        w = _weight(rng, kind, a1 - a0, 60 * ramp)
        target = {"drop": (0.08, 0.3), "straggler": (0.1, 0.3), "leak": (0.12, 0.32)}[kind]
        goal = rng.uniform(*target)
        base = run.x[a0:a1]
        if base.sum() <= 0:
            continue
        lo_a, hi_a = 0.0, 8.0
        for _ in range(40):  # the trained tokens over the event's seconds lose ``goal``
            mid = 0.5 * (lo_a + hi_a)
            loss = 1 - (base / (1 + mid * w)).sum() / base.sum()
            lo_a, hi_a = (mid, hi_a) if loss < goal else (lo_a, mid)
        slow = 1 + hi_a * w
        v = _series(run, [(a0, slow)])
        span = hc.changed_span(v, healthy, onset, lo, hi if not to_end else run.n, run.n, to_end)
        if span is None:
            continue
        on0, end = span
        if any(on0 <= c < end for c in changes):
            continue
        rend = on0 if kind != "leak" else min(end - 1, max(on0 + 1, int((a0 + 60 * ramp) // 60)))
        depth = hc.shown_depth(v, healthy, live, kind, on0, rend, end, run.n, max(1, (rend - on0) // 3))
        if depth is None:
            continue
        return Event(kind, on0, rend, end, round(depth, 4)), (a0, slow)
    return None


def make_heldout64(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout64_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT64_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout64, seeds, n, pauses)
