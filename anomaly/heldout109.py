"""The hundred-and-ninth held-out throughput family: a probabilistic electricity-load and rooftop-solar forecasting
transformer's training windows/s (a global model over many feeders' and households' smart-meter series with weather
covariates, sliding windows, quantile loss), each rank's producer sending one message per logging interval to an
Apache RocketMQ topic, a push consumer group summing each minute and upserting it per consumer into MySQL, the monitor
reading the minute's rows once a minute through a Grafana MySQL data-source query.

(No generator's head names RocketMQ, a dead-letter queue, a retry topic, a consumer group, a rebalance, an upsert,
electricity, solar, a feeder, a household, a smart meter or a quantile; "Kafka" is in three heads, "windows/s" in
three (time-series foundation models, the thirty-sixth and sixty-sixth, and an EEG model), "weather" in three, and one
head (the sixty-sixth's) already reads a Grafana panel over a MySQL data source: the job's family (a time-series
forecaster counted in windows/s) and the read end (Grafana over MySQL) are not new; the task (probabilistic load and
rooftop-solar forecasting, quantile loss) and the path (per-rank messages through a RocketMQ consumer group that
upserts per-consumer minute rows) are. The job and the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 500 lines with this docstring of about 100 lines (the code is about 540: the path has five parts, the
producers' sends, the group's membership, the consumption with its retries, the consumers' flushes and the reads).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout108.py`` lines 1-110 and 503-512 (its
``make_heldout108`` and ``heldout108_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout108.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and ``/tmp/s52/genheads109.txt``
through ``grep -c`` (the words above and "forecast", "transformer", "energy", "message queue", "at-least-once",
"sliding window") and ``grep -i`` (which printed the heads' lines with "mysql", "windows/s" and "weather", cut at 300
characters). Slip: a ``wc -l`` of ``anomaly/heldout108.py`` (its length, 512 lines), not on the list. The tests
import ``HELDOUT108_SEEDS`` (the seed range's disjointness, as 108's tests did with 106's). My scratch scripts
(``t109*.py``, not committed) built and measured this family only.

Public sources read (through the search tool, as stored there): on RocketMQ, write-ups of the 4.x Java client's
``DefaultMQProducerImpl.sendDefaultImpl`` (a synchronous send tries ``1 + retryTimesWhenSendFailed`` times, 2 retries
by default, each retry choosing a queue on another broker than the last, the loop ending when the elapsed time passes
the timeout; ``sendMsgTimeout`` 3,000 ms; a retried message is a new copy of the same content), the issue on the
documented retry count (apache/rocketmq #2459), ``DefaultMQPushConsumer.maxReconsumeTimes`` (-1: 16 times, then the
dead-letter queue), the ``messageDelayLevel`` table (1s 5s 10s 30s 1m 2m 3m 4m 5m 6m 7m 8m 9m 10m 20m 30m 1h 2h; a
consume retry starts at the third level) and the retry pages of TDMQ and ApsaraMQ for RocketMQ (retries only in
clustering mode, through ``%RETRY%<group>``; RECONSUME_LATER, null or an exception count as failures), pages on the
consumer offsets (clustering mode: a ``RemoteBrokerOffsetStore`` cached in the client, synchronised with the broker
periodically; a restarted consumer resumes from the broker's offset), on the rebalance (triggered by a consumer
joining, leaving or crashing, or by the queues changing; ``AllocateMessageQueueAveragely`` gives contiguous blocks)
and on the producer's queue choice (round robin over the topic's queues; ``sendLatencyFaultEnable`` off by default).
On the job: the Temporal Fusion Transformer (Lim et al.: quantile outputs 0.1/0.5/0.9, the Electricity data set; the
OpenVINO model card's 192-step input and 24-step output), MathWorks' TFT example (hourly electricity of many
clients, a week in, a day out), sktime's and GluonTS's TFT wrappers (``TimeSeriesDataSet`` windows, quantile loss).

Assumed without checking (my own picture): 1 or 2 nodes of 4 or 8 GPUs (0.85-0.97 per doubling); a GPU trains 400-
4,000 windows/s (log-uniform); a two-week context costs 1.6-2.1 times the one-week one (40 % of runs start on it),
the rooftop-solar households with irradiance covariates 1.3-1.9 times (50 % start with them); in 35 % of runs the
loaders (windows cut from parquet shards, the weather join) bind at 1.2-3 times what the GPUs take, 1.5-3 times
dearer with the solar series. 70 % of runs relaunch once or twice (25-80 % of the run) with the context halved or
doubled, the solar households added or dropped, or the nodes doubled or halved, redrawn until the level moves 15 %
(by 1/3 to 3 times). Per 5-s tick an AR(1) of the log (sd 2.5-5 %, 5-9 % loader-bound; correlation 15-60 s), a slow
OU (sd 1-3 %, 20-120 min); epochs of 30-600 M windows whose ends cost 3-12 s (50 % of runs; else 0.5 s). Pauses: a
start-up (the meter and weather parquet, the windows index) of 3-10 min ("long": 20-50) and a ramp from 40-70 % over
2-8 min; a rolling-origin validation (quantile loss on held-out weeks) every 20-60 min ("long": 60-150) of 1.5-4 min
("long": 10-25), a checkpoint after every 1 or 2 (10-40 s; "long" 1-3 min); crashes (exponential, mean 12-48 h, 20
min or more after a start): down 1-4 min ("long": 6-18) and restarted in 2-6 ("long": 8-20), a ramp from 75-95 %
over 1-3 min; a relaunch: a stop of 1-3 min ("long": 5-12), 1-5 min queued, a start-up.

On the path (not checked): in 45 % of runs a Lightning callback sends from the training loop every 4-20 s of work (a
fixed number of steps: every rank at the same step, each message the same windows), else a reporter thread sends
every 5, 10, 15, 20 or 30 s (its own phase per rank); a message holds the rank's windows since its last (a rank's
share of the job's); a planned stop sends what is left, a crash loses it. The topic has 8 queues on two brokers; the
producer goes round them. Broker episodes: busy (flow control, page-cache busy: first within 10-60 h, mean gap 15-80
h, 1-10 min) where 5-50 % of sends fail fast (retried on the other broker) and 10-50 % of those time out instead
(stored after all in 60 %); down (first within 20-100 h, mean gap 40-200 h, 0.5-5 min), its process refusing at once
(retried) or its host unreachable (a 3-s time-out), for at most 120-150 s before the route drops it. A send that
times out ends (the retries share the 3-s budget) and raises: the rank drops its windows (50 % of runs) or carries them
into its next message (twice counted where the broker stored the timed-out one); in step mode the time-out held every
rank's step (a tick loses 3 s). 2-4 consumers in clustering mode; each crashes (first within 5-80 h, mean gap 30-150
h), back in 30-180 s, its queues stuck until the broker sees its connection close (0.05-1 s; 120-135 s where its node
is lost), then rebalanced within 0.3-3 s; what it consumed since its last offset commit (0-5 s) is consumed again by
the queue's next owner; rolling deploys (first within 10-100 h, mean gap 24-120 h) stop each consumer cleanly
(flushed, committed) for 15-60 s. A consumer adds each message to an in-memory sum keyed by the minute of the rank's
clock at the send and upserts its sums (``ON DUPLICATE KEY UPDATE windows = VALUES(windows)``) every 5-20 s; a sum
lives for the process's life, so a restarted consumer that gets a late message of a minute overwrites that minute's
row with its own smaller sum; a crash loses what was consumed since the last flush and committed. MySQL fails over
(first within 10-80 h, mean gap 30-150 h, 20 s-3 min): flushes fail, the listener returns RECONSUME_LATER and the
message comes back through the retry topic (10 s, 30 s, 1 min, ... after), consumed by the retry queue's owner; in
half of the runs 0.001-0.01 % of messages are poison (never parsed) and go to the dead-letter queue after 16
reconsumes. Clocks: each node off by ``N(0, 0.02-0.3 s)``; in 20 % of runs one node drifts by 5-50 ppm, either way,
stepped back whenever it is 2-30 s off. The monitor reads minute ``m`` once, at its end plus 5-40 s (per run) and
0-1 s; a row written later is never read (late); a read fails in MySQL's outages and in 0.1-0.3 % of minutes. A
point is the minute's rows summed, divided by 60, stamped at the minute's end. The healthy run fixes which messages
exist and which read counts each; a regression takes a share ``a w`` of each tick's windows, and each read loses
what its counted messages lost. Nothing was measured on a real system.

A point is paused where its window (widened by two logging intervals at the slowest stage, the clocks' largest offset
(30 s more where a node drifts) and 3 s before it, the offset and 4 s after) touches a pause (or a ramp's first half),
or where it reads nothing; a lone paused point is widened to two; a listed change is the first point after a
relaunch's pause span. Labelled regressions from their onset: ``drop`` (the windows index and the parquet cache lost,
shards read from the object store: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one GPU
throttled in bursts, every rank waiting at the all-reduce: bursts of mean 5-30 points at 1, calm of mean 20-90 at
0.05-0.25), ``leak`` (the weather-covariate cache grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8,
a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a`` set from the reads
at ``a = 1`` for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, refused
above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout109_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    9          13    0.081-0.343  26              2-21 (2039, 0 >60)
long      32      9     12         11    0.089-0.346  18              2-59 (783, 0 >60)

Planned changes listed: short 15, long 9 (of 15 and 9 relaunches); crashes 44 and 61. The path over each set
(messages; copies for the consumer side): short: unlogged remainders 500, fast send failures 3092, time-outs 1971
(lost 389, carried 1434, twice counted 399), consumed again after a consumer crash 35 (47 crashes), consume retries
1821, dead letters 188, lost in a consumer's memory 129, late 93570, overwritten by a restarted consumer 44, in
failed reads 12075; long: unlogged 492, fast failures 1507, time-outs 812 (lost 269, carried 458, twice counted 85),
consumed again 31 (66 crashes), retries 1283, dead letters 52, memory 72, late 6968, overwritten 63, failed reads
6149. Reads over live points against the true windows/s: 0.952-1.000 (short; the low end a run whose node clock
drifts behind: its messages land in a minute already read), 0.960-1.000 (long); the median |log| step between live
points 0.025-0.405 (short), 0.000-0.154 (long): in step mode every message holds the same windows, so a minute's sum
is a whole number of messages and stays flat between minutes that hold as many (0.000), and jumps where one holds one
more.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT109_SEEDS = tuple(range(1092000, 1092012))
CODE = 109
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)  # ticks per point
EPOCH = 1_767_225_600.0  # a minute's start (2026-01-01 UTC)
KIND_P = (0.35, 0.3, 0.35)
SEND_TIMEOUT = 3.0  # DefaultMQProducer.sendMsgTimeout (ms 3000); the retries share this budget
SEND_TRIES = 3  # 1 + retryTimesWhenSendFailed (2)
COMMIT_EVERY = 5.0  # persistConsumerOffsetInterval (ms 5000)
RETRY_DELAYS = (10, 30, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 1200, 1800, 3600, 7200)  # levels 3-18
MAX_RECONSUME = 16
QUEUES, BROKERS = 8, 2  # the topic's write queues, 4 on each of two broker groups
ROUTE_STALE = 120.0  # the name server drops a silent broker after 120 s (the producer polls it every 30 s)
HOUR = 3600.0


def _episodes(rng, T: float, first_h, gap_h, len_min) -> list[tuple[float, float]]:
    """Renewal episodes ``(start, end)`` before ``T``: the first within ``first_h`` hours, mean gaps drawn in
    ``gap_h`` hours, lengths ``len_min`` minutes."""
    gap = rng.uniform(*gap_h) * HOUR
    t, out = rng.uniform(*first_h) * HOUR, []
    while t < T:
        d = rng.uniform(*len_min) * 60.0
        out.append((t, t + d))
        t += d + rng.exponential(gap)
    return out


def _inside(x: np.ndarray, eps) -> np.ndarray:
    """Which of the times ``x`` lie in one of the ordered, disjoint episodes ``eps``: the episode's index or -1."""
    if not eps:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in eps])
    b = np.array([e[1] for e in eps])
    i = np.searchsorted(a, x, side="right") - 1
    ok = (i >= 0) & (x < b[np.maximum(i, 0)])
    return np.where(ok, i, -1)


# ---------------------------------------------------------------- the job


def _config(rng) -> dict:
    """A run's hardware and data: GPUs per node, a GPU's windows/s, the loaders' rate where they bind, the costs."""
    gpus = int(rng.choice([4, 8]))
    gpu = hc.log_uniform(rng, 400.0, 4000.0)
    io = gpus * gpu * rng.uniform(1.2, 3.0) if rng.random() < 0.35 else None
    return {"gpus": gpus, "gpu": gpu, "io": io, "eff": rng.uniform(0.85, 0.97), "ctx": rng.uniform(1.6, 2.1),
            "pv": rng.uniform(1.3, 1.9), "pv_io": rng.uniform(1.5, 3.0)}


def _level(cfg: dict, st: dict) -> float:
    """The job's windows/s at a stage: a node's GPUs (a two-week context costs ``ctx``, the rooftop-solar series
    with irradiance covariates ``pv``), or its loaders where they bind, times the nodes at ``eff`` per doubling."""
    node = cfg["gpus"] * cfg["gpu"] / (cfg["ctx"] if st["ctx"] else 1.0) / (cfg["pv"] if st["pv"] else 1.0)
    if cfg["io"] is not None:
        node = 1.0 / hc.smax(1.0 / node, (cfg["pv_io"] if st["pv"] else 1.0) / cfg["io"])
    return node * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"])


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's stage: the context doubled or halved, the solar households added or dropped, or the nodes
    doubled or halved, redrawn until the level moves 15 % (by 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = int(rng.integers(3))
        if what == 0:
            new["ctx"] = 1 - st["ctx"]
        elif what == 1:
            new["pv"] = 1 - st["pv"]
        else:
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.5 else 0.5), 1, 4))
        r = _level(cfg, new) / level
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "nodes": 2 if st["nodes"] == 1 else st["nodes"] // 2}


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's pauses, process lives, stages and windows per 5-s tick ``J``."""
    long = setting == "long"
    T = n * STEP + 900.0
    cfg = _config(rng)
    st = {"ctx": int(rng.random() < 0.4), "pv": int(rng.random() < 0.5), "nodes": int(rng.choice([1, 2]))}
    stages, pauses, ramps, lives, known_t = [(0.0, st)], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "valid": 0}
    k_rel = int(rng.choice([0, 1, 2], p=[0.3, 0.45, 0.25]))
    rel = sorted(rng.uniform(0.25, 0.8, k_rel) * T)
    if k_rel == 2 and rel[1] - rel[0] < 0.1 * T:
        rel[1] = rel[0] + 0.1 * T
    crash_mean = rng.uniform(12, 48) * HOUR
    val_every = rng.uniform(*((60, 150) if long else (20, 60))) * 60.0
    ck_every = int(rng.choice([1, 2]))

    def start(t, lo, hi, r0):
        su = rng.uniform(*((20, 50) if long else (3, 10))) * 60.0 if lo is None else 0.0
        if su:
            pauses.append((t, t + su, "startup"))
        rp = rng.uniform(lo or 2, hi or 8) * 60.0
        pauses.append((t + su, t + su + rp, "ramp"))
        ramps.append((t + su, t + su + rp, r0))
        return t + su

    t = start(0.0, None, None, rng.uniform(0.4, 0.7))
    life0, nxt_val, nxt_crash, ri = t, t + val_every, t + 1200 + rng.exponential(crash_mean), 0
    while t < T:
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        t = min(nxt_val, nxt_crash, nxt_rel)
        if t >= T:
            break
        if t == nxt_crash:
            counts["crashes"] += 1
            lives.append((life0, t, "crash"))
            d = rng.uniform(*((6, 18) if long else (1, 4))) + rng.uniform(*((8, 20) if long else (2, 6)))
            pauses.append((t, t + d * 60.0, "crash"))
            t = start(t + d * 60.0, 1, 3, rng.uniform(0.75, 0.95))
            life0, nxt_crash, nxt_val = t, t + 1200 + rng.exponential(crash_mean), nxt_val + d * 60.0
        elif t == nxt_rel:
            counts["relaunches"] += 1
            lives.append((life0, t, "relaunch"))
            d = rng.uniform(*((5, 12) if long else (1, 3))) + rng.uniform(1, 5)
            pauses.append((t, t + d * 60.0, "relaunch"))
            t = start(t + d * 60.0, None, None, rng.uniform(0.4, 0.7))
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append((t, st))
            known_t.append(t)
            life0, ri, nxt_crash, nxt_val = t, ri + 1, t + 1200 + rng.exponential(crash_mean), t + val_every
        else:
            counts["valid"] += 1
            d = rng.uniform(*((10, 25) if long else (1.5, 4))) * 60.0
            pauses.append((t, t + d, "valid"))
            t += d
            if counts["valid"] % ck_every == 0:
                d = rng.uniform(*((60, 180) if long else (10, 40)))
                pauses.append((t, t + d, "ckpt"))
                t += d
            nxt_val = t + val_every
        nxt_crash, nxt_val = max(nxt_crash, t + 300), max(nxt_val, t + 300)
        if ri < len(rel) and rel[ri] < t + 600:
            rel[ri] = t + 600
    lives.append((life0, np.inf, "end"))
    return SimpleNamespace(n=n, T=T, cfg=cfg, stages=stages, pauses_t=pauses, ramps=ramps, lives=lives,
                           known_t=known_t, counts=counts, long=long)


def _rate(rng, run) -> np.ndarray:
    """Windows trained per tick: the stage's level, an AR(1) of the log per tick (batches of long or short series,
    weather joins), a slow OU, the ramps, the pauses, and the epochs' ends (loaders respawned without persistent
    workers)."""
    nt = int(np.ceil(run.T / TICK))
    tb = np.arange(nt) * TICK
    cfg = run.cfg
    st_t = np.array([s[0] for s in run.stages])
    lv = np.array([_level(cfg, s[1]) for s in run.stages])[np.searchsorted(st_t, tb + 0.5 * TICK, "right") - 1]
    sd = rng.uniform(0.05, 0.09) if cfg["io"] is not None else rng.uniform(0.025, 0.05)
    a = np.exp(-TICK / rng.uniform(15, 60))
    ar = lfilter([np.sqrt(1 - a * a) * sd], [1, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60.0)
    J = lv * np.exp(ar + ou[(tb // STEP).astype(int)] - 0.5 * sd * sd) * TICK
    edges = np.array([x for p in run.pauses_t if p[2] != "ramp" for x in p[:2]])
    share = hc.bad_share(edges, tb, TICK)
    J *= np.where(share > 1 - 1e-9, 0.0, 1 - np.clip(share, 0, 1))
    for a0, a1, r0 in run.ramps:
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(a1 / TICK)))
        J[i0:i1] *= r0 + (1 - r0) * np.clip((tb[i0:i1] - a0) / (a1 - a0), 0, 1)
    per_epoch = hc.log_uniform(rng, 3e7, 6e8)
    cost = rng.uniform(3, 12) if rng.random() < 0.5 else 0.5
    C = np.cumsum(J)
    ends = np.searchsorted(C, per_epoch * np.arange(1, int(C[-1] // per_epoch) + 1))
    for i in ends[ends < nt - 3]:
        J[i] *= max(0.0, 1 - cost / TICK)
        J[i + 1] *= min(1.0, max(0.0, 1 - (cost - TICK) / TICK))
    return J


# ---------------------------------------------------------------- the path


def _cf(C: np.ndarray, J: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The windows trained by the times ``t`` (``C`` the cumulative sum of the ticks ``J`` from 0; linear within a
    tick)."""
    i = np.clip((t // TICK).astype(int), 0, len(J) - 1)
    return C[i] + np.clip(t / TICK - i, 0, 1) * J[i]


def _messages(rng, run, J: np.ndarray, counts: dict) -> SimpleNamespace:
    """Each rank's messages, the windows since its last: in 45 % of runs a Lightning callback logs every ``wn``
    windows (a fixed number of steps, the ranks stepping together) and sends from the training loop; else a
    reporter thread sends every ``q`` s (its own phase per rank). A planned stop sends what is left, a crash loses
    it. Ordered by life, rank, then time (a rank's messages are consecutive)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    steps = bool(rng.random() < 0.45)
    q = rng.uniform(4, 20) if steps else float(rng.choice([5.0, 10.0, 15.0, 20.0, 30.0]))
    wn = _level(run.cfg, run.stages[0][1]) * q
    st_t = np.array([s[0] for s in run.stages])
    ph = rng.uniform(0, q, 64)
    cols = {k: [] for k in ("t0", "t1", "rank", "node", "m", "life", "j")}
    for li, (ls, le, how) in enumerate(run.lives):
        le = min(le, run.T - TICK)
        st = run.stages[int(np.searchsorted(st_t, ls + 1e-6, "right")) - 1][1]
        R = st["nodes"] * run.cfg["gpus"]
        c0, c1 = _cf(C, J, np.array([ls, le]))
        if steps:
            marks = c0 + wn * np.arange(1, int((c1 - c0) // wn) + 1)
            i = np.searchsorted(C, marks, side="right") - 1
            tbs = [(i + (marks - C[i]) / J[i]) * TICK] * R
        else:
            tbs = [ls + ph[r] + q * np.arange(int((le - ls - ph[r]) // q) + 1) for r in range(R)]
        for r, tb in enumerate(tbs):
            rest = c1 - (_cf(C, J, tb[-1:])[0] if len(tb) else c0)
            if how == "relaunch" and rest > 0:
                tb = np.append(tb, le)
            elif how == "crash" and rest > 0:
                counts["unlogged"] += 1
            nb = len(tb)
            cols["t0"].append(np.concatenate([[ls], tb[:-1]]))
            cols["t1"].append(tb)
            cols["rank"].append(np.full(nb, r))
            cols["node"].append(np.full(nb, r // run.cfg["gpus"]))
            cols["m"].append(np.full(nb, 1.0 / R))
            cols["life"].append(np.full(nb, li))
            cols["j"].append(np.arange(nb))
    return SimpleNamespace(**{k: np.concatenate(v) for k, v in cols.items()}, wn=wn, q=q, steps=steps)


def _send(rng, run, msg, counts: dict) -> tuple[np.ndarray, ...]:
    """The producers' synchronous sends: round robin over the topic's queues, a fast failure (a broker process
    down, or busy: flow control) retried on the other broker's queue, a time-out (an unreachable broker host, or a
    busy broker that did not answer in time) ending the send since it spends the 3-s budget (stored after all
    in 60 % where the broker was busy). Returns the stored times (nan: not stored), the send times, which sends
    raised and the queues."""
    T, M, per = run.T, len(msg.t1), QUEUES // BROKERS
    x = msg.t1 + rng.uniform(0, 0.3, M)
    q = (rng.integers(0, QUEUES, 64)[msg.rank] + msg.j) % QUEUES
    busy, down = [], []
    for b in range(BROKERS):
        ep = _episodes(rng, T, (10, 60), (15, 80), (1, 10))
        busy.append((ep, rng.uniform(0.05, 0.5, len(ep)), rng.uniform(0.1, 0.5, len(ep))))
        ep = _episodes(rng, T, (20, 100), (40, 200), (0.5, 5))
        seen = [(a, min(e, a + ROUTE_STALE + rng.uniform(0, 30))) for a, e in ep]
        down.append((seen, ep, rng.random(len(ep)) < 0.5))
    stored, tt, raised = np.full(M, np.nan), x.copy(), np.zeros(M, bool)
    pending = np.ones(M, bool)
    for _ in range(SEND_TRIES):
        idx = np.flatnonzero(pending)
        if not len(idx):
            break
        for b in range(BROKERS):
            sel = idx[q[idx] // per == b]
            seen, ep, host = down[b]
            gone = _inside(tt[sel], ep) >= 0
            gone &= _inside(tt[sel], seen) < 0  # the route no longer names it: the other broker's queue
            q[sel[gone]] = (q[sel[gone]] + per) % QUEUES
        b_of = q[idx] // per
        dn, hst, bz, pto = (np.zeros(len(idx), bool) for _ in range(4))
        for b in range(BROKERS):
            on = b_of == b
            seen, ep, host = down[b]
            e = _inside(tt[idx], seen)
            dn |= on & (e >= 0)
            hst |= on & (e >= 0) & host[np.maximum(e, 0)] if len(host) else False
            ep, pf, ps = busy[b]
            e = _inside(tt[idx], ep)
            hit = on & (e >= 0) & (rng.random(len(idx)) < (pf[np.maximum(e, 0)] if len(pf) else 0))
            bz |= hit
            pto |= hit & (rng.random(len(idx)) < (ps[np.maximum(e, 0)] if len(ps) else 0))
        to = hst | pto
        fast = (dn | bz) & ~to
        ok = ~(dn | bz)
        stored[idx[ok]] = tt[idx[ok]] + rng.uniform(0.002, 0.02, int(ok.sum()))
        late = pto & (rng.random(len(idx)) < 0.6)
        stored[idx[late]] = tt[idx[late]] + rng.uniform(0.5, SEND_TIMEOUT, int(late.sum()))
        raised[idx[to]] = True
        counts["timeouts"] += int(to.sum())
        counts["send_failed"] += int(fast.sum())
        pending[idx] = fast
        q[idx[fast]] = (q[idx[fast]] + per) % QUEUES
        tt[idx[fast]] += rng.uniform(0.002, 0.02, int(fast.sum()))
    raised |= pending
    return stored, x, raised, q


def _allocate(G: int, reg, alive) -> np.ndarray:
    """AllocateMessageQueueAveragely over the registered consumers (sorted): contiguous blocks of the topic's
    queues, the retry topic's one queue (index ``QUEUES``) to the first; a dead consumer's queues stuck (-1)."""
    members = [g for g in range(G) if reg[g]]
    own = np.full(QUEUES + 1, -1)
    if members:
        own[:QUEUES] = [members[i * len(members) // QUEUES] for i in range(QUEUES)]
        own[QUEUES] = members[0]
    return np.array([o if o >= 0 and alive[o] else -1 for o in own])


def _group(rng, run, counts: dict) -> SimpleNamespace:
    """The consumer group's membership over time: each consumer's crashes (its queues stuck until the broker sees
    its connection close, or 120 s where its node is lost; back after 30-180 s) and the rolling deploys (a clean
    stop: the sums flushed, the offsets committed), each change followed by a rebalance; the queues' owners per
    segment, each consumer's lives."""
    import heapq

    T, G = run.T, int(rng.integers(2, 5))
    heap, seq = [], 0

    def push(t, kind, g):
        nonlocal seq
        heapq.heappush(heap, (t, seq, kind, g))
        seq += 1

    for g in range(G):
        t, gap = rng.uniform(5, 80) * HOUR, rng.uniform(30, 150) * HOUR
        while t < T:
            d = rng.uniform(30, 180)
            seen = rng.uniform(120, 135) if rng.random() < 0.2 else rng.uniform(0.05, 1.0)
            push(t, "dead", g), push(t + min(seen, d), "gone", g), push(t + d, "join", g)
            t += d + rng.exponential(gap)
    t, gap = rng.uniform(10, 100) * HOUR, rng.uniform(24, 120) * HOUR
    while t < T:
        for g in range(G):
            d = rng.uniform(15, 60)
            push(t, "stop", g), push(t + d, "join", g)
            t += d + rng.uniform(10, 30)
        t += rng.exponential(gap)
    alive, reg = [True] * G, [True] * G
    lives = [[[0.0, np.inf, False]] for _ in range(G)]
    seg_t, seg_own, kills = [0.0], [_allocate(G, reg, alive)], []

    def seg(t, own):
        if t == seg_t[-1]:
            seg_own[-1] = own
        else:
            seg_t.append(t), seg_own.append(own)

    while heap:
        t, _, kind, g = heapq.heappop(heap)
        if kind in ("dead", "stop"):
            if not alive[g]:
                continue
            alive[g] = False
            lives[g][-1][1:] = [t, kind == "stop"]
            own = seg_own[-1].copy()
            own[own == g] = -1
            seg(t, own)
            if kind == "dead":
                kills.append((g, t))
                counts["consumer_crashes"] += 1
            else:
                reg[g] = False
                push(t + rng.uniform(0.3, 3), "alloc", -1)
        elif kind == "gone":
            if reg[g] and not alive[g]:
                reg[g] = False
                push(t + rng.uniform(0.3, 3), "alloc", -1)
        elif kind == "join":
            if not alive[g]:
                alive[g] = reg[g] = True
                lives[g].append([t, np.inf, False])
                push(t + rng.uniform(0.3, 3), "alloc", -1)
        else:
            seg(t, _allocate(G, reg, alive))
    own = np.array(seg_own)
    S = len(seg_t)
    nv = np.full((S + 1, QUEUES + 1), S)
    for s in range(S - 1, -1, -1):
        nv[s] = np.where(own[s] >= 0, s, nv[s + 1])
    return SimpleNamespace(G=G, seg_t=np.array(seg_t), own=own, nv=nv, kills=kills,
                           lives=[np.array(lv) for lv in lives])


def _consume(rng, grp, st: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """When each message stored at ``st`` on queue ``q`` is consumed, and by whom (-1: never): at once by the
    queue's owner, or when the queue next has a live owner."""
    S = len(grp.seg_t)
    s = np.searchsorted(grp.seg_t, st, side="right") - 1
    c = grp.nv[s, q]
    never = c >= S
    cc = np.minimum(c, S - 1)
    ct = np.where(c == s, st, grp.seg_t[cc]) + rng.uniform(0.005, 0.2, len(st))
    own = np.where(never, -1, grp.own[cc, q])
    return np.where(never, np.inf, ct), own


def _path(rng, run, J: np.ndarray) -> SimpleNamespace:
    """The messages' way to the monitor's reads (see the docstring); changes ``J`` where a timed-out send held a
    rank's training loop. Returns the counted copies (their point ``k``, interval ``t0``-``t1``, rank share ``m``,
    the flush ``t`` that wrote them), the reads and the path's counts."""
    n = run.n
    counts = dict.fromkeys(("unlogged", "timeouts", "send_failed", "timeout_lost", "carried", "dup", "redelivered",
                            "retried", "dlq", "memory_lost", "late", "overwritten", "read_failed",
                            "consumer_crashes"), 0)
    msg = _messages(rng, run, J, counts)
    stored, x, raised, q = _send(rng, run, msg, counts)
    carry = bool(rng.random() < 0.5)
    t0 = msg.t0.copy()
    for j in np.flatnonzero(raised):
        nxt = j + 1 < len(t0) and msg.life[j + 1] == msg.life[j] and msg.rank[j + 1] == msg.rank[j]
        if carry and nxt:
            t0[j + 1] = t0[j]
            counts["carried"] += 1
            counts["dup"] += int(np.isfinite(stored[j]))
        elif not np.isfinite(stored[j]):
            counts["timeout_lost"] += 1
    if msg.steps:  # a synchronous send from the training loop held every rank's step for its time-out
        held = np.unique((x[raised & (msg.t1 < run.T - TICK)] // TICK).astype(int))
        J[held] *= max(0.0, 1 - SEND_TIMEOUT / TICK)
    grp = _group(rng, run, counts)
    ok = np.flatnonzero(np.isfinite(stored))
    ct, own = _consume(rng, grp, stored[ok], q[ok])
    mid, qq = ok, q[ok]
    # a crashed consumer's messages since its last offset commit are consumed again by the queue's next owner
    extra = []
    for g, xk in grp.kills:
        u = rng.uniform(0, COMMIT_EVERY)
        sel = np.flatnonzero((own == g) & (ct > xk - u) & (ct <= xk))
        if len(sel):
            c2, o2 = _consume(rng, grp, np.full(len(sel), xk + 1e-3), qq[sel])
            extra.append((mid[sel], c2, o2))
            counts["redelivered"] += len(sel)
    for e in extra:
        mid, ct, own = np.concatenate([mid, e[0]]), np.concatenate([ct, e[1]]), np.concatenate([own, e[2]])
    # MySQL outages: the listener's flush fails, it returns RECONSUME_LATER; the retry topic redelivers
    outages = _episodes(rng, run.T, (10, 80), (30, 150), (0.3, 3))
    e = _inside(ct, outages)
    poison = rng.random(len(ct)) < rng.choice([0.0, rng.uniform(1e-5, 1e-4)])
    dlq = poison.copy()
    if (e >= 0).any():
        sel = np.flatnonzero(e >= 0)
        ob = np.array([outages[i][1] for i in e[sel]])
        cum = np.cumsum(RETRY_DELAYS)
        r = np.searchsorted(cum, ob - ct[sel])  # the first retry after the outage
        gone = r >= MAX_RECONSUME
        dlq[sel[gone]] = True
        keep = sel[~gone]
        c2, o2 = _consume(rng, grp, ct[keep] + cum[r[~gone]], np.full(len(keep), QUEUES))
        ct[keep], own[keep] = c2, o2
        counts["retried"] += len(keep)
    counts["dlq"] += int(dlq.sum())
    # the consumer's in-memory sums, upserted (``= VALUES(...)``) every ``f`` s while MySQL answers
    f = rng.uniform(5, 20)
    fl, life = np.full(len(ct), np.inf), np.full(len(ct), -1)
    for g in range(grp.G):
        sel = np.flatnonzero((own == g) & ~dlq)
        if not len(sel):
            continue
        ph, lv = rng.uniform(0, f), grp.lives[g]
        c = ct[sel]
        li = np.searchsorted(lv[:, 0], c, side="right") - 1
        nf = ph + np.ceil((c - ph) / f) * f
        o = _inside(nf, outages)
        if (o >= 0).any():
            ob = np.array([outages[i][1] for i in o[o >= 0]])
            nf[o >= 0] = ph + np.ceil((ob - ph) / f) * f
        end, clean = lv[li, 1], lv[li, 2] > 0
        nf = np.where(nf <= end, nf, np.where(clean, end, np.inf))
        fl[sel], life[sel] = nf, li
    counts["memory_lost"] += int((np.isinf(fl) & ~dlq & (own >= 0)).sum())
    # each node's clock: a small offset, one node in 20 % of runs drifting until an operator's step
    nodes = 4
    off0 = rng.normal(0, rng.uniform(0.02, 0.3), nodes)
    drift = np.zeros(nodes)
    if rng.random() < 0.2:
        drift[int(rng.integers(nodes))] = rng.choice([-1, 1]) * rng.uniform(5e-6, 5e-5)
    thr = rng.uniform(2, 30)

    def clock(node, t):
        return t + off0[node] + np.sign(drift[node]) * ((np.abs(drift[node]) * t) % thr)

    nd = msg.node[mid]
    k = np.floor(clock(nd, x[mid]) / STEP).astype(int)
    reads = STEP * (np.arange(n) + 1) + rng.uniform(5, 40) + rng.uniform(0, 1, n)
    failed = (_inside(reads, outages) >= 0) | (rng.random(n) < rng.uniform(0.001, 0.003))
    inr = (k >= 0) & (k < n)
    kk = np.clip(k, 0, n - 1)
    ok = inr & np.isfinite(fl) & (fl <= reads[kk]) & ~failed[kk]
    counts["late"] += int((inr & np.isfinite(fl) & (fl > reads[kk])).sum())
    counts["read_failed"] += int((inr & np.isfinite(fl) & failed[kk]).sum())
    key = kk * grp.G + np.maximum(own, 0)
    top = np.full(n * grp.G, -1)
    np.maximum.at(top, key[ok], life[ok])
    counted = ok & (life == top[key])
    counts["overwritten"] += int((ok & ~counted).sum())
    c = np.flatnonzero(counted)
    order = np.argsort(kk[c], kind="stable")
    c = c[order]
    m = mid[c]
    off = np.array([clock(i, 0.0) for i in range(nodes)])
    return SimpleNamespace(k=kk[c], t0=t0[m], t1=msg.t1[m], m=msg.m[m], t=fl[c], g=own[c], reads=reads,
                           failed=failed, counts=counts, carry=carry, off=off, drift=drift, G=grp.G, wn=msg.wn,
                           q=msg.q, steps=msg.steps,
                           outages=outages)


def _series(run, J: np.ndarray, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """The points ``[lo, hi)`` the monitor reads where the job trains ``J`` per tick (the healthy run's copies)."""
    p, hi = run.path, run.n if hi is None else hi
    a, b = np.searchsorted(p.k, [lo, hi])
    C = np.concatenate([[0.0], np.cumsum(J)])
    v = (_cf(C, J, p.t1[a:b]) - _cf(C, J, p.t0[a:b])) * p.m[a:b] / STEP
    return np.bincount(p.k[a:b] - lo, v, minlength=hi - lo)


# ---------------------------------------------------------------- the trace


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a point whose window (widened by two logging intervals at the slowest stage, the clocks'
    largest offset and 3 s before it, the offset and 4 s after) touches a pause or a ramp's first half, or that
    reads nothing; a lone paused point widened to two."""
    n, p = run.n, run.path
    slow = min(_level(run.cfg, s[1]) for s in run.stages)
    skew = float(np.abs(p.off).max() + (np.abs(p.drift).max() > 0) * 30.0)
    gap = p.wn / slow if p.steps else p.q
    wb, wa = min(2 * gap, 150.0) + skew + 3.0, skew + 4.0
    raw = []
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        s, e = max(0, int(np.floor((a - wa) / STEP))), min(n, int(np.ceil((b + wb) / STEP)))
        if s < e:
            raw.append((s, e))
    raw += [(int(i), int(i) + 1) for i in np.flatnonzero(h <= 0)]
    spans = []
    for s, e in sorted(raw):
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    out = []
    for s, e in spans:
        e = min(n, s + 2) if e - s == 1 else e
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` for one seed and setting (deterministic)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    J = _rate(rng, run)
    run.path = _path(rng, run, J)
    run.J, run.nt = J, len(J)
    healthy = _series(run, J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.pause_pairs = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each point's windows (0 .. 1) over ``length`` points from its onset."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # the windows index rebuilt from the object store: parquet shards read remotely
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":  # the weather-covariate cache grows until the host swaps
        return np.minimum(1.0, (s / ramp) ** rng.uniform(0.6, 1.8))
    calm, w, on, i = rng.uniform(0.05, 0.25), np.empty(length), True, 0  # one GPU throttled in bursts
    while i < length:
        d = 1 + int(rng.exponential(rng.uniform(5, 30) if on else rng.uniform(20, 90)))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` (or a fresh kind after 50 tries) in ``[lo, hi)``: a share ``a w`` of each
    tick's windows taken, ``a`` set for a drawn loss over the event's live points; an ``(Event, (at, loss))`` pair
    or None after 80 tries."""
    n = run.n
    pt = STEP * np.arange(n)
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, run.pause_pairs, pt, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = np.zeros(run.nt)
        w[onset * K:min(stop * K, run.nt)] = np.repeat(_weight(rng, kind, stop - onset, ramp), K)[:run.nt - onset * K]
        at, end = max(0, onset - 2), n if to_end else min(n, stop + 3)
        unit = _series(run, run.J * w, at, end)
        lv = live[onset:stop]
        h1 = healthy[onset:stop][lv].sum()
        d1 = unit[onset - at:stop - at][lv].sum() / h1 if h1 > 0 else 0.0
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                        rng.uniform(0.12, 0.35))
        if d1 <= 0 or target / d1 > 1:
            continue
        loss = unit * target / d1
        v = np.maximum(healthy[at:end] - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        on2, e2 = span
        if any(on2 <= c < e2 for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on2
        if kind == "leak" and not on2 < ramp_end < e2:
            continue
        full = healthy.copy()
        full[at:end] = v
        depth = hc.shown_depth(full, healthy, live, kind, on2, ramp_end, e2, n, (ramp_end - on2) // 3)
        if depth is not None:
            return Event(kind, on2, ramp_end, e2, round(depth, 4)), (at, loss)
    return None


def _stamps(run) -> np.ndarray:
    """Each point at its minute's end (the Grafana query's time bucket, by the true clock)."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout109(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout109_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT109_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout109, seeds, n, pauses)
