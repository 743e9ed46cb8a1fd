"""The hundred-and-fourteenth held-out throughput family: a dental radiograph model's training images/s (an
nnU-Net-style network segmenting and numbering teeth and marking caries and periapical lesions on panoramic
radiographs and bitewings, later CBCT volumes), each rank publishing its count per logging interval to an NSQ topic
on its host's nsqd, an aggregator (found through nsqlookupd) adding each message to its timestamp's minute bucket.

(No generator's head names NSQ, nsqd, nsqlookupd, a requeue, in-flight, at-least-once delivery, dental, panoramic,
bitewing, CBCT, caries, periapical or teeth (``grep -ic`` on ``/tmp/s53/genheads113.txt``: 0 each); "radiograph" and
"nnU-Net" match 1 head each, "images/s" 11, "topic" 1, "channel" 1, "bucket" 7, "aggregator" 2: the unit, the network
family and a bucketing aggregator are not new, the task (teeth, caries, lesions) and the path (NSQ's at-least-once
delivery, per-host nsqd, a minute bucket by the message's timestamp) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout112.py`` lines 1-110 and 606-615 (its
``make_heldout112`` and ``heldout112_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout112.py`` (all), ``anomaly/heldout_common.py`` (all; the tool cut its middle, lines 1-150,
150-420 and 420-537 printed again with ``sed``), ``tests/trace_checks.py`` (all; lines 1-200 printed again),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s53/genheads113.txt`` through
``grep -ic`` only (the words above). Slips: a ``wc -l`` of ``anomaly/heldout112.py`` (615 lines) run with the ``grep
-n``, and one of ``heldout_common.py`` and ``trace_checks.py``; none else. The tests import ``HELDOUT112_SEEDS``
(disjoint seeds). My scratch scripts (``/tmp/s114/``, not committed) built and measured this family only.

Public sources read (through the search tool): nsq.io's nsqd page (the daemon receives, queues and delivers
messages; announces topics and channels to nsqlookupd; ``-data-path`` for disk-backed messages); a blog summary of
NSQ (Chinese; topic copied to every channel, ``max-in-flight`` a consumer's limit (1 by default), FIN or REQ,
``-msg-timeout`` 1 min by default, after which an unanswered message is requeued; ``-mem-queue-size``: messages kept in
memory, the rest written to disk); nsqio/nsq issue 137 (a consumer that disconnects with messages in flight: they wait
for the timeout, then are requeued); go-nsq's config (``lookupd_poll_interval`` 60 s by default, jitter 0.3) and
go-nsq / pynsq / elixir_nsq notes on RDY (with more connections than max-in-flight, RDY is handed round at random
every few seconds, some connections starve for a while); nnU-Net's issues (an epoch is always 250 iterations, 1000
epochs; CPU augmentation often binds and starves the GPU; epoch times of 40-200 s, 700-3000 s with heavy augmentation).

Assumed without checking (the job): 1, 2 or 4 nodes (40/40/20 %) of 4 or 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 30-200 images/s (2-D patches, log-uniform) at the first stage; in 55 % of runs the augmentation workers bind
at 0.9-2.2 times what the GPUs take (soft maximum). Relaunches: 0-3 (30/40/20/10 %) at 20-85 % of the run, each with
larger (or smaller) patches (GPU 1.6-2.4, loaders 1.5-2.2 times dearer), CBCT volumes added (once: 1.8-3.5 and
2.0-4.0), a deeper network (1.3-2.0 on the GPUs) or 1-3 clinics' images (loaders 1.03-1.15 each), or the nodes doubled
or halved, redrawn until the level moves 15 % (1/3 to 3 times). Per 5-s tick an AR(1) of the log (sd 2-5 %, 1.5 times
where loader-bound; correlation 15-60 s), a slow OU (sd 1-3 %, 20-120 min); nnU-Net epochs of 250 iterations
(40-200 s at the first stage, scaled with the level) each followed by its 50 validation iterations and bookkeeping
(3-7 % of the epoch; 2 % of them 1.3-2.5 times as long, a checkpoint): dips inside minutes, not pauses. Pauses: start-up
(dataset unpacking, plans) of 3-12 min ("long": 20-50) and a ramp from 40-70 % over 2-6 min; a full-image validation
(sliding window) every 20-60 min ("long" 60-150) of 1.5-4 min ("long" 10-25), a checkpoint after every 1 or 2 (10-40 s;
"long" 1-3 min); crashes (exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long" 6-18) and
restarted in 2-6 ("long" 8-20), a ramp from 70-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long" 5-12),
1-5 min queued, a start-up and its ramp.

On the path (not checked): all ranks of a node log at the same step, so a node's ranks publish together every 10, 15, 20
or 30 s (per run; a node's own phase, 0-5 s off the ticks, and 0-0.3 s), one message per rank (modelled as one group per
node); the count since the last publish; a crash loses the interval it falls in (unlogged). The message's timestamp is
set by its nsqd (the node's clock: each off by ``N(0, 0.05-0.5 s)``; in 25 % of runs one node's clock steps by 2-15 s,
stepped back 10-60 min later). Delivery: 0.01-0.3 s, or (runs whose max-in-flight is below the nodes' count) a starved
connection's wait of up to 5 s times connections per RDY. At each start a node is a new host with probability 0.2-0.9
(per run): its topic is announced at its first publish, and the aggregator sees it at its next lookupd poll (up to 60-78
s later); until then the messages wait in the topic. nsqd outages per node (first within 10-80 h, mean gap 30-150 h): a
clean restart of 2-20 s (60 %: queued messages kept) or an unclean death, down 5-120 s (the undelivered messages in
memory, up to the mem-queue size of 10,000 (75 % of runs), 1,000 (20 %) or 0 (5 %), lost; those on disk delivered after
it). A publish to a down nsqd is dropped (35 % of runs), its count carried into the next (35 %) or sent again when it is
up (30 %, stamped then). Aggregator restarts (first within 5-60 h, mean gap 15-80 h, down 10-240 s): its unread buckets
are lost, reads while it is down fail, messages wait and are delivered after it (drained in 0-10 s); its in-flight
message (the last delivered before the stop, where within a second) is requeued after the msg-timeout (30-90 s) and
counted again (simplified: only where its first copy counts). Stalls (GC, a busy host; first within 2-30 h, mean gap
5-40 h, 5-150 s): deliveries wait; where a stall outlasts the msg-timeout, its in-flight messages are requeued and
counted twice. Random requeues (a FIN lost: one rank's message, 0.02-0.2 % of messages) redelivered after the
msg-timeout, counted again where before the read. The monitor reads minute ``m``'s bucket at its end plus 3-30 s (per
run) and 0-1 s; 0.1-0.3 % of reads are 1-5 min late (counting later arrivals), 0.05 % fail. A message delivered after
its bucket's read (or before a restart that came before the read) is not counted. A point is the read divided by 60,
stamped at the minute's end.

A point is paused where its window (widened by one publish interval, the clocks' largest offset and 3 s before it,
that offset and 4 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is
widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset (a share ``a w`` of each tick's images lost, carried through the same messages): ``drop`` (the preprocessed
cache on the local NVMe lost, the arrays read from the network store: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8
points), ``straggler`` (one GPU throttled in bursts: mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25),
``leak`` (the augmentation workers' memory grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp
of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a`` set from the reads for a
loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, refused above 1; a draw
kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout114_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.087-0.285  18              2-19 (1762, 0 >60)
long      29      9     10         10    0.082-0.317  14              2-66 (714, 3 >60)

Planned changes listed: short 6, long 13 (of 6 and 13 relaunches); crashes 31 and 48. The path over each set (counts of
node messages unless said): short: unlogged 22, publishes to a down nsqd 61 (dropped 34, carried 20, sent again 7),
lost with an unclean nsqd's memory 5, delivered after their read 2289, lost with an aggregator restart 4, counted
twice 55, failed reads 101; long: unlogged 28, to a down nsqd 45 (19, 15, 11), memory 3, late 821, restart 7, twice
107, failed reads 99. The reads' sum over the live points against the job's images: 0.972-1.000 (short), 0.997-1.000
(long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.2-13.6 % (short) and 3.5-11.7 %
(long), its 99th percentile 10-51 % and 15-75 %: most of it the job's own (its epochs' validation dips beating
against the minute), not the path's. Measured once with the epoch gaps at 6-14 % and the publishes on the ticks
(median change up to 18 %, a minute's message count flipping at its edge); both changed once, before this table.

Size: over 520 lines with a docstring of about 95 lines (the job's schedule, the messages' four stages: publish,
nsqd, aggregator, read).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT114_SEEDS = tuple(range(1142000, 1142012))
CODE = 114
STEP, TICK, K = 60.0, 5.0, 12
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC, a minute's start
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (2, 24), "long": (2, 72)}
PATH_KEYS = ("unlogged", "nsqd_failed", "dropped", "carried", "resent", "mem_lost", "late", "restart_lost",
             "dup", "failed_reads")
M = {"short": {"startup": (3, 12), "valid_every": (20, 60), "valid": (1.5, 4), "ckpt": (10 / 60, 40 / 60),
               "down": (1, 4), "restart": (2, 6), "stop": (1, 3)},
     "long": {"startup": (20, 50), "valid_every": (60, 150), "valid": (10, 25), "ckpt": (1, 3),
              "down": (6, 18), "restart": (8, 20), "stop": (5, 12)}}


def _u(rng, lohi, scale=60.0):
    return float(rng.uniform(*lohi)) * scale


def _config(rng) -> dict:
    nodes = int(rng.choice([1, 2, 4], p=[0.4, 0.4, 0.2]))
    return {"nodes": nodes, "gpus": int(rng.choice([4, 8])), "eff": rng.uniform(0.86, 0.97),
            "gpu": hc.log_uniform(rng, 30, 200), "io": rng.uniform(0.9, 2.2) if rng.random() < 0.55 else None,
            "patch": rng.uniform(1.6, 2.4), "io_patch": rng.uniform(1.5, 2.2), "cbct": rng.uniform(1.8, 3.5),
            "io_cbct": rng.uniform(2.0, 4.0), "deep": rng.uniform(1.3, 2.0), "clin": rng.uniform(1.03, 1.15)}


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage: GPUs and (where they bind) the augmentation workers, soft maximum of costs."""
    g = cfg["gpu"] / (cfg["patch"] ** st["patch"] * cfg["cbct"] ** st["cbct"] * cfg["deep"] ** st["deep"])
    per = 1.0 / g
    if cfg["io"] is not None:
        io = cfg["io"] * cfg["gpu"] / (cfg["io_patch"] ** st["patch"] * cfg["io_cbct"] ** st["cbct"]
                                       * cfg["clin"] ** st["clin"])
        per = hc.smax(per, 1.0 / io)
    nodes = st["nodes"]
    return float(cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes) / per)


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's stage: one change, redrawn until the level moves by 15 % or more (1/3 to 3 times)."""
    new = dict(st)
    for _ in range(60):
        new = dict(st)
        c = int(rng.integers(5))
        if c == 0:
            new["patch"] = st["patch"] + (1 if st["patch"] == 0 or (st["patch"] < 2 and rng.random() < 0.7) else -1)
        elif c == 1 and not st["cbct"]:
            new["cbct"] = 1
        elif c == 2 and st["deep"] < 2:
            new["deep"] += 1
        elif c == 3:
            new["clin"] += int(rng.integers(1, 4))
        else:
            new["nodes"] = st["nodes"] * 2 if st["nodes"] == 1 or (st["nodes"] < 8 and rng.random() < 0.6) \
                else st["nodes"] // 2
        r = _level(cfg, new) / level
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return new


def _schedule(rng, n: int, pauses: str):
    """The job's timeline: pauses ``(a, b, kind)``, training segments ``(t0, t1, stage, ramp0, ramp_len)``, its
    starts, crashes and planned changes."""
    m = M[pauses]
    T = n * STEP + 300.0
    cfg = _config(rng)
    st = {"patch": 0, "cbct": 0, "deep": 0, "clin": 0, "nodes": cfg["nodes"]}
    stages = [st]
    nre = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    re_t = sorted(rng.uniform(0.2, 0.85, nre) * T)
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.integers(1, 3))
    pauses_t, segs, starts, crashes, known_t = [], [], [], [], []

    def start(t, kind, f_lo, dur_ramp):
        pauses_t.append((t, t + dur_ramp[0], kind))
        t += dur_ramp[0]
        starts.append(t)
        r = dur_ramp[1]
        pauses_t.append((t, t + r, "ramp"))
        segs.append((t, t + r, len(stages) - 1, rng.uniform(*f_lo), r))
        return t, t + r

    t0, t = start(0.0, "startup", (0.4, 0.7), (_u(rng, m["startup"]), _u(rng, (2, 6))))
    next_valid = t + _u(rng, m["valid_every"])
    next_crash = t + max(1200.0, rng.exponential(crash_mean))
    ri, n_valid = 0, 0
    while t < T:
        nxt_re = re_t[ri] if ri < len(re_t) else np.inf
        e = min(next_valid, next_crash, nxt_re, T)
        if e > t:
            segs.append((t, e, len(stages) - 1, 1.0, 0.0))
        t = max(t, e)
        if e >= T:
            break
        if e == next_valid:
            d = _u(rng, m["valid"])
            n_valid += 1
            if n_valid % ck_every == 0:
                d += _u(rng, m["ckpt"])
                pauses_t.append((t, t + d, "ckpt"))
            else:
                pauses_t.append((t, t + d, "valid"))
            t += d
            next_valid = t + _u(rng, m["valid_every"])
        elif e == next_crash:
            crashes.append(t)
            d = _u(rng, m["down"]) + _u(rng, m["restart"])
            t0, t = start(t, "crash", (0.7, 0.95), (d, _u(rng, (1, 3))))
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
            next_valid = max(next_valid, t + 300)
        else:
            ri += 1
            stages.append(_next_stage(rng, cfg, stages[-1], _level(cfg, stages[-1])))
            d = _u(rng, m["stop"]) + _u(rng, (1, 5)) + _u(rng, m["startup"])
            t0, t = start(t, "relaunch", (0.4, 0.7), (d, _u(rng, (2, 6))))
            known_t.append(t0)
            next_valid = t + _u(rng, m["valid_every"])
            next_crash = max(next_crash, t + 1200)
    return SimpleNamespace(cfg=cfg, stages=stages, pauses_t=pauses_t, segs=segs, starts=starts, crashes=crashes,
                           known_t=known_t, T=T, n=n, dt=STEP, counts={"relaunches": len(stages) - 1,
                                                                         "crashes": len(crashes)})


def _rate(rng, run) -> tuple[np.ndarray, np.ndarray]:
    """Images per tick (``J``) and the nodes the job runs on per tick."""
    cfg = run.cfg
    nt = int(run.T // TICK)
    run.nt = nt
    tick0 = np.arange(nt) * TICK
    mid = tick0 + TICK / 2
    train = np.zeros(nt)
    lev = np.zeros(nt)
    nodes = np.zeros(nt, int)
    ramp = np.ones(nt)
    ep0 = rng.uniform(40, 200)
    gap_frac = rng.uniform(0.03, 0.07)
    gaps = []
    lv0 = _level(cfg, run.stages[0])
    for a, b, si, f0, rl in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(b, tick0[i0:i1] + TICK) - np.maximum(a, tick0[i0:i1])
        train[i0:i1] += np.maximum(ov, 0)
        lv = _level(cfg, run.stages[si])
        lev[i0:i1] = lv
        nodes[i0:i1] = run.stages[si]["nodes"]
        if rl > 0:
            ramp[i0:i1] = f0 + (1 - f0) * np.clip((mid[i0:i1] - a) / rl, 0, 1)
        ep = ep0 * lv0 / lv  # an nnU-Net epoch: 250 iterations
        x = a + rng.uniform(0, ep)
        while x < b:
            g = ep * gap_frac * (1 + (rng.random() < 0.02) * rng.uniform(0.3, 1.5))
            gaps.append((x, min(b, x + g)))
            x += g + ep
    if gaps:
        gs, ge = np.array(gaps).T
        cum = np.concatenate([[0.0], np.cumsum(ge - gs)])

        def before(x):
            i = np.searchsorted(gs, x, side="right")
            j = np.maximum(i - 1, 0)
            return cum[j] + np.where(i > 0, np.clip(x - gs[j], 0, ge[j] - gs[j]), 0.0)

        train -= before(tick0 + TICK) - before(tick0)
    train = np.maximum(train, 0)
    sd = rng.uniform(0.02, 0.05) * (1.5 if cfg["io"] is not None else 1.0)
    ar = np.exp(-TICK / rng.uniform(15, 60))
    x = lfilter([1.0], [1.0, -ar], rng.normal(0, sd * np.sqrt(1 - ar * ar), nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow = np.interp(mid, np.arange(len(ou)) * STEP, ou)
    J = lev * train * ramp * np.exp(x + slow - 0.5 * sd * sd)
    return J, nodes


def _episodes(rng, T: float, first: tuple, gap: tuple, length: tuple) -> list[tuple[float, float]]:
    """Disjoint ``(a, b)`` episodes: the first within ``first`` hours, then gaps of mean ``gap`` hours (drawn once)."""
    out, mean = [], rng.uniform(*gap) * 3600
    t = rng.uniform(*first) * 3600
    while t < T:
        d = rng.uniform(*length)
        out.append((t, t + d))
        t += d + rng.exponential(mean)
    return out


def _path(rng, run, J: np.ndarray, nodes: np.ndarray):
    """The messages (one group per node and publish), their counted copies and the reads: ``path`` with ``node``,
    ``i0``, ``i1`` (ticks covered), and per counted copy ``mi`` (message), ``k`` (point), ``w`` (weight)."""
    n, nt, T = run.n, run.nt, run.T
    maxn = int(nodes.max())
    c = {k: 0 for k in PATH_KEYS}
    q = int(rng.choice([2, 3, 4, 6]))
    g = run.cfg["gpus"]
    off_sd = rng.uniform(0.05, 0.5)
    p_new = rng.uniform(0.2, 0.9)
    mif = int(rng.choice([1, 2, 4, 8, 32], p=[0.25, 0.2, 0.2, 0.15, 0.2]))
    policy = str(rng.choice(["drop", "carry", "resend"], p=[0.35, 0.35, 0.3]))
    memq = int(rng.choice([10000, 1000, 0], p=[0.75, 0.2, 0.05]))
    tmo = rng.uniform(30, 90)
    lag = hc.log_uniform(rng, 3, 30)
    share = np.zeros((maxn, nt))
    for j in range(maxn):
        share[j] = np.where(nodes > j, 1.0 / np.maximum(nodes, 1), 0.0)
    node, i0, i1 = [], [], []
    for j in range(maxn):
        ph = int(rng.integers(q))
        ends = np.arange(q + ph, nt + 1, q)
        ok = share[j][ends - 1] > 0
        node.append(np.full(ok.sum(), j))
        i1.append(ends[ok])
        i0.append(ends[ok] - q)
    node, i0, i1 = np.concatenate(node), np.concatenate(i0), np.concatenate(i1)
    order = np.lexsort((node, i1))
    node, i0, i1 = node[order], i0[order], i1[order]
    tp = i1 * TICK + rng.uniform(0, TICK, maxn)[node] + rng.uniform(0, 0.3, len(i1))
    sent = np.ones(len(tp), bool)
    for tc in run.crashes:  # the interval a crash falls in is never published
        hit = (i0 * TICK < tc) & (tp > tc)
        c["unlogged"] += int(hit.sum())
        sent &= ~hit
    # clocks: per node an offset, in 25 % of runs one node's clock steps for a while
    off = rng.normal(0, off_sd, maxn)[node]
    if rng.random() < 0.25:
        jn = int(rng.integers(maxn))
        for a, b in _episodes(rng, T, (5, 60), (10, 40), (600, 3600)):
            step = rng.uniform(2, 15) * rng.choice([-1, 1])
            off[(node == jn) & (tp >= a) & (tp < b)] += step
    maxoff = float(np.abs(off).max()) if len(off) else 0.0
    # nsqd outages: a publish to a down nsqd is dropped, carried or sent again
    delay = np.where(mif < maxn, rng.uniform(0, 5.0 * maxn / mif, len(tp)), rng.uniform(0.01, 0.3, len(tp)))
    unclean = []
    for j in range(maxn):
        for a, b in _episodes(rng, T, (10, 80), (30, 150), (2, 20)):
            clean = rng.random() < 0.6
            b = b if clean else a + rng.uniform(5, 120)
            if not clean:
                unclean.append((j, a, b))
            hit = np.nonzero(sent & (node == j) & (tp >= a) & (tp < b))[0]
            c["nsqd_failed"] += len(hit)
            for i in hit:
                if policy == "drop":
                    sent[i] = False
                    c["dropped"] += 1
                elif policy == "resend":
                    tp[i] = b + rng.uniform(0, 3)
                    c["resent"] += 1
                else:
                    nx = np.nonzero((node == j) & (np.arange(len(tp)) > i))[0]
                    if len(nx):
                        i0[nx[0]] = i0[i]
                    sent[i] = False
                    c["carried"] += 1
    td = tp + delay
    # a new host's topic is seen at the aggregator's next lookupd poll
    for s in run.starts:
        for j in range(maxn):
            if rng.random() < p_new:
                mine = (node == j) & (tp >= s)
                if mine.any():
                    seen = tp[mine].min() + rng.uniform(0, 60 * 1.3)
                    w = mine & (td < seen)
                    td[w] = seen + rng.uniform(0, 0.5, w.sum())
    # aggregator stalls and restarts: deliveries wait; in-flight messages requeued and counted again
    dup_w = np.zeros(len(tp))
    for a, b in _episodes(rng, T, (2, 30), (5, 40), (5, 150)):
        w = np.nonzero((td >= a) & (td < b) & sent)[0]
        if len(w) and b - a > tmo:
            dup_w[w[:max(1, mif // g)]] += min(1.0, mif / g)
        td[w] = b + rng.uniform(0, 2, len(w))
    restarts = _episodes(rng, T, (5, 60), (15, 80), (10, 240))
    for a, b in restarts:
        w = (td >= a) & (td < b)
        td[w] = b + rng.uniform(0, 10, w.sum())
        last = np.nonzero((td < a) & (td > a - 1) & sent)[0]
        if len(last):
            dup_w[last[-1]] += 1.0 / g
    # an unclean nsqd death loses its undelivered messages kept in memory
    for j, a, b in unclean:
        w = np.nonzero(sent & (node == j) & (tp < a) & (td > a))[0]
        lost = w[:memq]
        sent[lost] = False
        c["mem_lost"] += len(lost)
        td[w[memq:]] = np.maximum(td[w[memq:]], b + rng.uniform(0, 2, len(w) - len(lost)))
    # random requeues (a FIN lost): one rank's message again after the timeout
    p_req = hc.log_uniform(rng, 2e-4, 2e-3)
    req = sent & (rng.random(len(tp)) < p_req)
    ts = tp + off
    k = np.floor(ts / STEP).astype(int)
    reads = (np.arange(n) + 1) * STEP + lag + rng.uniform(0, 1, n)
    lateread = rng.random(n) < rng.uniform(0.001, 0.003)
    reads[lateread] += rng.uniform(60, 300, lateread.sum())
    failed = rng.random(n) < 0.0005
    ra = np.array([a for a, b in restarts]) if restarts else np.zeros(0)
    for a, b in restarts:
        failed |= (reads >= a) & (reads < b)
    c["failed_reads"] = int(failed.sum())

    def counted(tdel, kk):
        ok = sent & (kk >= 0) & (kk < n)
        kc = np.clip(kk, 0, n - 1)
        late = ok & (tdel > reads[kc])
        ok &= ~late & ~failed[kc]
        if len(ra):  # a restart between the delivery and the read loses the bucket
            nxt = np.searchsorted(ra, tdel)
            lost = ok & (nxt < len(ra)) & (ra[np.minimum(nxt, len(ra) - 1)] < reads[kc])
            ok &= ~lost
            return ok, kc, int(late.sum()), int(lost.sum())
        return ok, kc, int(late.sum()), 0

    ok, kc, late, rl = counted(td, k)
    c["late"], c["restart_lost"] = late, rl
    ok2, _, _, _ = counted(td + tmo, k)
    extra = np.where(ok2 & req, 1.0 / g, 0.0) + np.where(ok, dup_w, 0.0)
    c["dup"] = int((extra > 0).sum())
    mi = np.concatenate([np.nonzero(ok)[0], np.nonzero(extra > 0)[0]])
    wt = np.concatenate([np.ones(ok.sum()), extra[extra > 0]])
    return SimpleNamespace(node=node, i0=i0, i1=i1, share=share, mi=mi, k=kc[mi], w=wt, reads=reads, failed=failed,
                           td=td, maxoff=maxoff, q=q, counts=c, policy=policy)


def _reads(path, J: np.ndarray, n: int) -> np.ndarray:
    """Each point's read (per second) of the images ``J`` per tick, through the path's counted copies."""
    cum = np.concatenate([np.zeros((path.share.shape[0], 1)), np.cumsum(path.share * J, axis=1)], axis=1)
    cnt = cum[path.node, path.i1] - cum[path.node, path.i0]
    return np.bincount(path.k, weights=path.w * cnt[path.mi], minlength=n)[:n] / STEP


def _spans(run, path, healthy: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Paused points: a window (widened) touching a pause or a ramp's first half, or a read of nothing; a lone
    paused point widened to two; overlapping or touching spans merged."""
    before, after = path.q * TICK + path.maxoff + 3, path.maxoff + 4
    cand = []
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        s, e = max(0, int((a - after) // STEP)), min(n, int(np.ceil((b + before) / STEP)))
        if s < n and e > s:
            cand.append((s, e))
    for i in np.nonzero(healthy <= 0)[0]:
        cand.append((int(i), int(i) + 1))
    spans = []
    for s, e in sorted(cand):
        if e - s < 2:
            s, e = (s, s + 2) if s + 2 <= n else (n - 2, n)
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J, run.nodes = _rate(rng, run)
    run.path = _path(rng, run, run.J, run.nodes)
    healthy = _reads(run.path, run.J, n)
    spans = _spans(run, run.path, healthy, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    w, i, on = np.empty(length), 0, True
    calm = rng.uniform(0.05, 0.25)
    hi_mean, lo_mean = rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        d = 1 + int(rng.exponential(hi_mean if on else lo_mean))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        tick = np.arange(run.nt) * TICK + TICK / 2
        pt = (tick // STEP).astype(int) - onset
        wt = np.where((tick >= t0) & (pt >= 0) & (pt < len(w)), w[np.clip(pt, 0, len(w) - 1)], 0.0)
        m = _reads(run.path, run.J * wt, n)
        l1, _ = hc.live_loss(healthy - m, healthy, live, onset, stop)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        if kind == "leak":
            c0 = onset + int(0.9 * ramp)
            l1, _ = hc.live_loss(healthy - m, healthy, live, min(c0, stop - 5), stop)
        if l1 <= 0 or target / l1 > 1:
            continue
        m = m * (target / l1)
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
            return hc.Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout114(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout114_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT114_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout114, seeds, n, pauses)
