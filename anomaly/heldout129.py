"""The hundred-and-twenty-ninth held-out throughput family: a search reranker's fine-tuning, query-passage pairs/s (a
cross-encoder over MS MARCO-style queries, hard negatives mined by a first-stage retriever and refreshed every few
hours, a listwise loss over groups of passages, passages tokenized on the fly), each rank sending a message with its
pairs every 50 steps to a standard Amazon SQS queue, one consumer long-polling it, summing the messages into
per-minute totals by their SentTimestamp, deleting them in batches and publishing the totals the monitor reads.

(No generator's head names SQS, a SentTimestamp, a visibility timeout, a long poll, a reranker, a cross-encoder, MS
MARCO, hard negatives or a listwise loss (``grep -ic`` on ``/tmp/s55/genheads122.txt``: 0 each); "queue" and
"query-passage" match one head (a bi-encoder's pairs/s queued to Azure Data Explorer): the job's kind (retrieval
training in pairs/s) is not new, its cross-encoder with listwise groups, its negatives' refreshes on the training GPUs
and the path (a standard SQS queue, at-least-once and unordered, summed per minute by one consumer) are. Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout122.py`` lines 1-110 and 501-510 (its
``make_heldout122`` and ``heldout122_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout122.py`` (all), ``anomaly/heldout_common.py`` (all, in parts: one ``cat`` was truncated by
the tool), ``tests/trace_checks.py`` (all, in parts), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py``
lines 1-110, ``/tmp/s55/genheads122.txt`` through ``grep -i``/``grep -c`` only (a ``grep -i`` printed the one matching
head's line, cut at 220 characters). Slips: a ``wc -l`` of ``anomaly/heldout122.py`` (510 lines) with the ``grep -n``,
and an ``ls anomaly | grep -c heldout`` (it printed only a count, 127); none else. My scratch scripts (``/tmp/w129s/``,
not committed) built and measured this family only.

Public sources read (excerpts through the search tool): Amazon SQS's developer guide on standard queues (at-least-once
delivery: more than one copy of a message may be delivered, occasionally out of order, best-effort ordering; a message
stored in several availability zones before ``SendMessage`` is acknowledged; a nearly unlimited rate of calls per
action); ``ReceiveMessage`` as documented by the SDKs (paws, the .NET and Android SDKs, AWS Tools for PowerShell,
Workato's connector: up to 10 messages a receive; ``WaitTimeSeconds`` 0-20 s, a long poll returning as soon as a
message is there; a received message stays in the queue, hidden from later receives for its visibility timeout (at
most 12 h), until it is deleted; the ``SentTimestamp`` and ``ApproximateReceiveCount`` attributes, epoch
milliseconds); the AWS SDKs' retry behaviour (``standard`` mode: 3 attempts, exponential backoff with jitter, transient
errors retried: sockets failing with no response, 5xx, throttling; ``legacy`` SDK-specific and the default). Not read
(from memory, unchecked): the visibility timeout's default (30 s; I draw 30, 60 or 120 s), that ``SentTimestamp`` is
set by SQS when it accepts the send (not the sender's clock), botocore's ``legacy`` 5 attempts, that each entry of a
``DeleteMessageBatch`` can fail on its own. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 150-1500 query-passage pairs/s (log-uniform) at the first stage (the base model, the shortest max sequence
length); groups of 8, 16 or 32 passages a query (one positive, the rest hard negatives), a power of 2 of queries per
rank and step set so that 50 steps take at most 15 s (a message every 6-15 s where one query
allows it; a GPU's rate raised 25 % at a time until a message comes at most 30 s apart). The
passages' lengths (dynamic padding) and the tokenizer's pace make the per-5-s rate swing: an AR(1) of its log (sd
3-8 %, correlation 10-60 s), with a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, each a
longer max sequence length (at most twice: 1.35-1.8 times dearer each), the larger model (once: 2.2-2.9) or, 1 in 6,
another node count; redrawn until the level moves 15 % (1/3 to 3 times) with messages at most 30 s apart; the batch
set again; a relaunch 1 h or more after the previous one. Pauses: start-up 3-10 min ("long" 25-60) and a ramp from
50-80 % over 2-6 min (tokenizer workers and caches warming); a dev-set evaluation (MRR@10 of the reranked top 100)
every 30-90 min of training, 1-4 min ("long" 8-20), every 2nd or 3rd with a checkpoint (10-40 s, "long" 1-3 min); a
refresh of the hard negatives (the retriever re-mining on the training GPUs) every 2-6 h, 4-12 min ("long" 20-50),
then a ramp from 80-90 % over 1-2.5 min and the level moved by a drift of sd 3 % (the new negatives' lengths); crashes
(exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch:
stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): ranks step together, so every 50 steps all ranks send at once (a background sender: a send
never stalls training); each message carries its rank's 50 steps' pairs, so a minute's total counts whole messages
(quantised reads). ``SentTimestamp`` is the send's time plus 5-80 ms. Network trouble (a NAT gateway's or endpoint's
hiccups, 0.3-3 episodes a day, 20-300 s each) fails 30-95 % of attempts, 1e-5-3e-4 elsewhere; a failed attempt takes
0.05-20 s (log-uniform), then a backoff of ``U(0, min(20, 2**(k-1)))`` s; 5 attempts (60 % of runs, ``legacy``) or 3;
in 20-50 % of the failures the request was stored and only its response lost, so a later success is a second copy (a
new MessageId). A message whose attempts all fail is dropped, or (half the runs) its pairs ride the rank's next
message. SQS delivers a second copy of 1e-5-1e-3 of the messages (same MessageId, 1 s to a visibility timeout later)
and holds back 1e-4-3e-3 (exponential, mean 2-20 s); 1e-5-3e-4 of the deletes fail, the message received again a
visibility timeout later. The consumer (its clock's offset sd 0.1-0.5 s; in 30 % of runs stepped 5-40 s either way for
10-60 min) closes a minute 5-25 s after its end on its own clock and publishes its total; a copy received after its
minute closed is dropped (half the runs) or counted in the minute then open; half the runs drop copies whose MessageId
was seen (a set the restarts empty). It restarts (first within 2-40 h, then a mean gap of 20-80 h, down 10-120 s): the
totals of its unpublished minutes are lost; their messages already deleted (1-5 s after their receive) are lost,
the others received again after their visibility timeout; the messages sent while it is down are drained at its
restart (late). The monitor reads the consumer's gauge (the last published total) 15-65 s after each minute (0-1 s
jitter): a minute published after the read is read as the previous one again (a repeat), and a gauge down, or not
published since a restart, reads nothing. A crash loses the pairs since a rank's last message; a relaunch flushes
them. The reads are linear in the job's pairs: message times and fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing;
spans with no live point between are merged; a listed change is the first point after a relaunch's span. Labelled
regressions (a share ``a w`` of each tick's pairs lost, carried through the same messages and reads): ``drop`` (the
fast tokenizer's workers lost, tokenizing in fewer processes: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points),
``straggler`` (one GPU throttled in bursts: 1 for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25),
``leak`` (a growing cache of mined negatives pushing the host into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then
held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set
from the reads of the lost pairs (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout129_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      9     11         10    0.100-0.321  17              1-23 (1439, 0 >60)
long      30      9     10         11    0.092-0.319  26              1-110 (1128, 26 >60)

Planned changes listed: short 17, long 17 (of 17 and 17 relaunches; none kept its stage); crashes 63 and 36. The path
over each set (counts): short: lives ending in a crash with unsent pairs 63, failed send attempts 68332, copies stored
by a failed attempt 25129, sends failed 1437, carried to the next message 1359, SQS's second copies 872, copies
dropped as seen 611, held-back receives 7421, failed deletes 381, late copies dropped 370, late copies moved 608, copies
lost with the consumer's memory 114, received again after a restart 14, repeated reads 13, unread points 56; long:
36, 29067, 8644, 1164, 199, 1022, 213, 2068, 524, 335, 747, 117, 6, 187, 68. The reads' sum over the live points
against the job's pairs: 1.000-1.008 (short), 1.000-1.004 (long); the live points' minute-to-minute change (median
``|d log|`` per seed) 0-41 % (short) and 0-18 % (long) (0 where a minute keeps one count of messages: quantised
reads), its 99th percentile 22-41 % (short) and 22-41 % (long); the live median level 640-34,133 pairs/s (short),
640-23,893 (long). No change of the laws after the first measure; one bug
fixed after it, before this table: a round's held-back messages were drawn from all its ranks, not only those whose
send had not failed (a weight could turn negative); the events and the pause spans did not move, the counts by a
few. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS`` holds their spans' lengths and the
full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT129_SEEDS = tuple(range(1292000, 1292012))
TICK, K, STEP = 5.0, 12, 60.0  # the job's 5-s ticks, 12 to a point, a point per minute
EPOCH = 1_700_000_040  # a minute's start (unix seconds)
CODE = 129
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 30), "long": (1, 110)}  # pause spans' lengths (points), measured on the sets' laws
PATH_KEYS = ("unsent", "send_errors", "retry_copies", "send_failed", "carried", "sqs_copies", "deduplicated",
             "delayed", "delete_failed", "late_dropped", "late_moved", "memory_lost", "redelivered", "repeats",
             "unread")
MAX_INTERVAL = 30.0  # no stage whose messages come slower than every 30 s

# pause lengths (s) per setting: (lo, hi) uniform
P = {"short": dict(startup=(180, 600), eval=(60, 240), ckpt=(10, 40), mine=(240, 720), down=(60, 240),
                   restart=(120, 360), stop=(60, 180)),
     "long": dict(startup=(1500, 3600), eval=(480, 1200), ckpt=(60, 180), mine=(1200, 3000), down=(360, 1080),
                  restart=(480, 1200), stop=(300, 720))}


def _u(rng, lh) -> float:
    return float(rng.uniform(*lh))


def _level(cfg: dict, st: dict) -> float:
    """The job's pairs/s at a stage: GPUs' rate, less the longer sequences' and the larger model's cost."""
    nodes = st["nodes"]
    return (cfg["gpu"] * 8 * nodes * cfg["eff"] ** np.log2(nodes) / cfg["len_c"] ** st["len"]
            / cfg["model_c"] ** st["model"])


def _per_gpu(cfg: dict, st: dict) -> float:
    return _level(cfg, st) / (8 * st["nodes"])


def _queries(rate: float, group: int) -> int:
    """Queries per rank and step: the largest power of 2 whose 50 steps take at most 15 s (at least 1)."""
    q = 1
    while q < 64 and 50 * 2 * q * group / rate <= 15.0:
        q *= 2
    return q


def _interval(cfg: dict, st: dict) -> float:
    r = _per_gpu(cfg, st)
    return 50 * _queries(r, cfg["group"]) * cfg["group"] / r


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (a longer max sequence length, the larger model, or another node count) moving the
    level by 15 % or more (1/3 to 3 times), messages at most 30 s apart; None when no draw fits."""
    for _ in range(40):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 0.6 and st["len"] < 2:
            new["len"] += 1
        elif st["model"] == 0:
            new["model"] = 1
        elif st["len"] > 0:
            new["len"] -= 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3 and _interval(cfg, new) <= MAX_INTERVAL:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's life: pauses, lives (a training process each) and the pairs trained per 5-s tick."""
    ps = P[setting]
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 150, 1500), "eff": rng.uniform(0.86, 0.97), "len_c": rng.uniform(1.35, 1.8),
           "model_c": rng.uniform(2.2, 2.9), "group": int(rng.choice([8, 16, 32]))}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "len": 0, "model": 0}
    while _interval(cfg, st) > MAX_INTERVAL:
        cfg["gpu"] *= 1.25
    n_rel = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    crash_mean = rng.uniform(12, 48) * 3600
    pauses_t, segs, lives, known_t, ramps_t = [], [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "mines": 0}
    lv = _level(cfg, st)
    drift = 1.0

    def new_life(t0: float, kind: str) -> float:
        dur = _u(rng, ps["startup"]) if kind == "startup" else _u(rng, ps["restart"])
        return t0 + dur

    t = new_life(0.0, "startup")
    pauses_t.append((0.0, t, "startup"))
    life = [t, st["nodes"], _queries(_per_gpu(cfg, st), cfg["group"]) * cfg["group"]]
    ramp = (t, _u(rng, (120, 360)), rng.uniform(0.5, 0.8))
    ramps_t.append((t, t + ramp[1]))
    next_eval, n_eval, ck_every = t + rng.uniform(1800, 5400), 0, int(rng.choice([2, 3]))
    next_mine = t + rng.uniform(2, 6) * 3600
    crash_at = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        cand = [next_eval, next_mine, crash_at, rel[ri] if ri < len(rel) else np.inf, T]
        which = int(np.argmin(cand))
        e = max(cand[which], t)
        if e > t:
            segs.append((t, e, lv * drift, ramp))
        t = e
        if which == 4:
            break
        if which == 0:  # a dev-set evaluation (MRR@10 of the reranked top-100), every 2nd or 3rd with a checkpoint
            n_eval += 1
            dur = _u(rng, ps["eval"]) + (_u(rng, ps["ckpt"]) if n_eval % ck_every == 0 else 0.0)
            pauses_t.append((t, t + dur, "ckpt" if n_eval % ck_every == 0 else "eval"))
            t += dur
            next_eval = t + rng.uniform(1800, 5400)
            continue
        if which == 1:  # hard negatives mined again by the first-stage retriever on the training GPUs
            dur = _u(rng, ps["mine"])
            pauses_t.append((t, t + dur, "mine"))
            counts["mines"] += 1
            t += dur
            drift *= float(np.exp(rng.normal(0, 0.03)))  # the new negatives' lengths
            ramp = (t, _u(rng, (60, 150)), rng.uniform(0.8, 0.9))  # the tokenizer's caches cold again
            ramps_t.append((t, t + ramp[1]))
            next_mine = t + rng.uniform(2, 6) * 3600
            next_eval = max(next_eval, t + 600)
            continue
        flush = False
        if which == 2:  # a crash: the rank's pairs since its last message are never sent
            counts["crashes"] += 1
            dur = _u(rng, ps["down"])
            kind = "crash"
        else:  # a planned relaunch: a new stage, the batch set again
            ri += 1
            counts["relaunches"] += 1
            new = _next_stage(rng, cfg, st, lv)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                lv = _level(cfg, st)
            dur = _u(rng, ps["stop"]) + rng.uniform(60, 300)  # stopped, then queued for nodes
            kind = "relaunch"
            flush = True
        lives.append((life[0], t, life[1], life[2], flush))
        t1 = new_life(t + dur, kind)
        pauses_t.append((t, t1, kind))
        if kind == "relaunch" and new is not None and t1 < n * STEP:
            known_t.append(t1)
        t = t1
        life = [t, st["nodes"], _queries(_per_gpu(cfg, st), cfg["group"]) * cfg["group"]]
        ramp = (t, _u(rng, (120, 360)), rng.uniform(0.5, 0.8))
        ramps_t.append((t, t + ramp[1]))
        crash_at = t + rng.exponential(crash_mean)
        next_eval, next_mine = t + rng.uniform(1800, 5400), max(next_mine, t + 1800)
        while ri < len(rel) and rel[ri] < t + 3600:
            rel[ri] = t + rng.uniform(3600, 7200)
            rel.sort()
    lives.append((life[0], min(t, T), life[1], life[2], True))
    J = _pairs(rng, segs, nt)
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, pauses_t=pauses_t, ramps_t=ramps_t, segs=segs, lives=lives,
                           known_t=known_t, counts=counts, J=J, dt=STEP, k=K)


def _pairs(rng, segs, nt: int) -> np.ndarray:
    """The pairs trained per tick: each segment's level over its overlap with the tick, times the noise of the
    passages' lengths (a fast AR(1) of the log, 3-8 %, 10-60 s) and a slow OU (1-3 %, 20-120 min), and the ramps."""
    tb = np.arange(nt) * TICK
    fast = hc.ou_path(rng, nt * TICK, rng.uniform(0.03, 0.08), rng.uniform(10, 60), step=TICK)[:nt]
    slow = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    mult = np.exp(fast + slow[(tb // STEP).astype(int)])
    J = np.zeros(nt)
    for a, b, lvl, (r0, rl, rf) in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.clip(np.minimum(b, tb[i0:i1] + TICK) - np.maximum(a, tb[i0:i1]), 0, None)
        mid = tb[i0:i1] + 0.5 * TICK
        rp = np.where(mid < r0 + rl, rf + (1 - rf) * np.clip((mid - r0) / rl, 0, 1), 1.0)
        J[i0:i1] += lvl * ov * rp * mult[i0:i1]
    return J


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative pairs ``C`` (at the ticks' edges) at times ``t`` (linear within a tick)."""
    x = np.clip(np.asarray(t, float) / TICK, 0, len(C) - 1)
    i = np.minimum(x.astype(int), len(C) - 2)
    return C[i] + (x - i) * (C[i + 1] - C[i])


def _rounds(run) -> SimpleNamespace:
    """The message rounds: every 50 steps all ranks send at once (ranks step together); ``put`` the send, ``prev``
    the round before (or the life's start), ``life`` its life, ``W`` its ranks, ``last`` a life's final flush."""
    C = _cum(run.J)
    put, prev, life_of, W, last = [], [], [], [], []
    for k, (a, b, nodes, pairs_rank, flush) in enumerate(run.lives):
        bg = 50 * pairs_rank * 8 * nodes
        c0, c1 = _at(C, a), _at(C, b)
        targets = c0 + bg * np.arange(1, int((c1 - c0) // bg) + 1)
        idx = np.searchsorted(C, targets, side="left")
        ts = (idx - 1 + (targets - C[idx - 1]) / (C[idx] - C[idx - 1])) * TICK
        ts = ts[(ts > a) & (ts <= b)]
        if flush and (not len(ts) or ts[-1] < b - 1e-6) and c1 - _at(C, ts[-1] if len(ts) else a) > 0:
            ts = np.append(ts, b)  # on_train_end's flush of a relaunch's last partial
        pv = np.concatenate([[a], ts[:-1]])
        put.append(ts)
        prev.append(pv)
        life_of.append(np.full(len(ts), k))
        W.append(np.full(len(ts), 8 * nodes))
        last.append(np.arange(len(ts)) == len(ts) - 1)
    cat = np.concatenate
    return SimpleNamespace(put=cat(put), prev=cat(prev), life=cat(life_of), W=cat(W), last=cat(last))


def _offset(p, t):
    """The consumer host's clock offset (s) at true times ``t``: a small NTP error, and in some runs a step."""
    t = np.asarray(t, float)
    a, b, size = p.step
    return p.off0 + np.where((t >= a) & (t < b), size, 0.0)


def _close(p, m):
    """When (true time) the consumer closes and publishes minute ``m``: ``grace`` s after its end on its clock."""
    due = (np.asarray(m, float) + 1) * STEP + p.grace
    return due - _offset(p, due)


def _down_at(p, t) -> np.ndarray:
    """-1, or the index of the consumer's down time ``(c0, c1)`` holding each of ``t``."""
    t = np.asarray(t, float)
    out = np.full(t.shape, -1)
    for k, (c0, c1) in enumerate(p.down):
        out[(t >= c0) & (t < c1)] = k
    return out


def _consume(rng, p, s, r, counts, depth: int = 0) -> np.ndarray:
    """The minute each copy (SentTimestamp ``s``, receivable from ``r``) is counted in, or -1: a copy ready while
    the consumer is down is received at its restart; one received after its minute was closed is late (dropped, or
    added to the minute then open); a copy counted in a minute that a restart loses before its publish is lost
    with the consumer's memory when it was deleted already, else received again after its visibility timeout."""
    x = r.copy()
    dn = _down_at(p, x)
    for k in np.unique(dn[dn >= 0]):
        sel = dn == k
        x[sel] = p.down[k][1] + rng.uniform(0, 2, sel.sum())  # the backlog drained at the restart
    m = np.floor(s / STEP).astype(int)
    late = x >= _close(p, m)
    mc = m.copy()
    if p.late_open:
        mc[late] = np.floor((x[late] + _offset(p, x[late]) - p.grace) / STEP).astype(int)
        counts["late_moved"] += int(late.sum())
    else:
        mc[late] = -1
        counts["late_dropped"] += int(late.sum())
    redo = np.zeros(len(s), bool)
    for c0, c1 in p.down:
        hit = (mc >= 0) & (x < c0) & (_close(p, np.maximum(mc, 0)) > c0)
        gone = hit & (x < c0 - p.del_lag)
        counts["memory_lost"] += int(gone.sum())
        redo |= hit & ~gone
        mc[hit] = -1
    if redo.any() and depth < 3:
        counts["redelivered"] += int(redo.sum())
        r2 = x[redo] + p.vt
        mc[redo] = _consume(rng, p, s[redo], r2, counts, depth + 1)
    return mc


def _path(rng, run) -> SimpleNamespace:
    """How the messages reach the monitor (the module's docstring): per run settings, each message's copies and
    the minute each is counted in, and which minute's total each point reads."""
    n, T = run.n, run.T
    rd = _rounds(run)
    nr = len(rd.put)
    counts = {k: 0 for k in PATH_KEYS}
    p = SimpleNamespace(carry=bool(rng.random() < 0.5), late_open=bool(rng.random() < 0.5),
                        dedup=bool(rng.random() < 0.5), vt=float(rng.choice([30.0, 60.0, 120.0])),
                        grace=rng.uniform(5, 25), del_lag=rng.uniform(1, 5), off0=rng.normal(0, rng.uniform(0.1, 0.5)),
                        attempts=int(rng.choice([5, 3], p=[0.6, 0.4])), q_resp=rng.uniform(0.2, 0.5))
    p.read_lag = p.grace + rng.uniform(10, 40)
    p.step = (0.0, 0.0, 0.0)
    if rng.random() < 0.3:  # the consumer's clock stepped (a VM's migration, chrony's step)
        a = rng.uniform(0.1, 0.9) * T
        p.step = (a, a + rng.uniform(600, 3600), float(rng.choice([-1, 1]) * rng.uniform(5, 40)))
    down, t = [], rng.uniform(2, 40) * 3600
    while t < T:
        down.append((t, t + rng.uniform(10, 120)))
        t = down[-1][1] + rng.exponential(rng.uniform(20, 80) * 3600)
    p.down = down
    # network trouble (a NAT gateway's or VPC endpoint's hiccups): per-attempt error rates in and out of episodes
    p0, pe = hc.log_uniform(rng, 1e-5, 3e-4), rng.uniform(0.3, 0.95)
    eps, t = [], rng.exponential(86400 / rng.uniform(0.3, 3))
    rate = rng.uniform(0.3, 3)
    while t < T:
        eps.append((t, t + rng.uniform(20, 300)))
        t = eps[-1][1] + rng.exponential(86400 / rate)
    p.episodes = eps

    def p_err(x):
        return pe if any(a <= x < b for a, b in eps) else p0

    p_copy, p_delay = hc.log_uniform(rng, 1e-5, 1e-3), hc.log_uniform(rng, 1e-4, 3e-3)
    p_del, delay_mean = hc.log_uniform(rng, 1e-5, 3e-4), rng.uniform(2, 20)
    in_ep = np.zeros(nr, bool)
    for a, b in eps:
        in_ep |= (rd.put >= a) & (rd.put < b)
    W = rd.W
    n_err = rng.binomial(W, np.where(in_ep, pe, p0))
    n_copy, n_delay, n_del = rng.binomial(W, p_copy), rng.binomial(W - n_err, p_delay), rng.binomial(W, p_del)
    lat = rng.uniform(0.005, 0.08, nr)
    j_l, w_l, s_l, r_l, dup_l = [np.arange(nr)], [(W - n_err - n_delay) / W], [rd.put + lat], [], [np.zeros(nr, bool)]
    r_l.append(s_l[0] + rng.uniform(0.02, 0.5, nr))
    extra = []  # (round, sent, ready, duplicate of a counted copy)
    for j in np.nonzero(n_err)[0]:
        for _ in range(n_err[j]):
            x, copies = rd.put[j], []
            for k in range(1, p.attempts + 1):
                if k > 1 and rng.random() >= p_err(x):
                    copies.append(x + lat[j])
                    break
                counts["send_errors"] += 1
                if rng.random() < p.q_resp:  # stored, but the response was lost: the retry sends a second copy
                    copies.append(x + lat[j])
                    counts["retry_copies"] += 1
                x += hc.log_uniform(rng, 0.05, 20) + rng.uniform(0, min(20.0, 2.0 ** (k - 1)))
            if not copies:
                counts["send_failed"] += 1
                if p.carry and not rd.last[j] and j + 1 < nr and rd.life[j + 1] == rd.life[j]:
                    counts["carried"] += 1
                    copies = [rd.put[j + 1] + lat[j + 1]]
            extra += [(j, c, c + rng.uniform(0.02, 0.5), False) for c in copies]
    for j in np.nonzero(n_delay)[0]:
        counts["delayed"] += int(n_delay[j])
        for _ in range(n_delay[j]):
            extra.append((j, s_l[0][j], r_l[0][j] + rng.exponential(delay_mean), False))
    for j in np.nonzero(n_copy)[0]:  # at-least-once: a second copy of one message
        counts["sqs_copies"] += int(n_copy[j])
        extra += [(j, s_l[0][j], r_l[0][j] + rng.uniform(1, p.vt), True) for _ in range(n_copy[j])]
    for j in np.nonzero(n_del)[0]:  # a failed DeleteMessageBatch entry: received again after the timeout
        counts["delete_failed"] += int(n_del[j])
        extra += [(j, s_l[0][j], r_l[0][j] + p.vt, True) for _ in range(n_del[j])]
    if extra:
        ej, es, er, ed = (np.array(v) for v in zip(*extra))
        j_l.append(ej.astype(int))
        w_l.append(1.0 / W[ej.astype(int)])
        s_l.append(es.astype(float))
        r_l.append(er.astype(float))
        dup_l.append(ed.astype(bool))
    j, w, s, r, dup = (np.concatenate(v) for v in (j_l, w_l, s_l, r_l, dup_l))
    if p.dedup:  # the consumer's set of MessageIds seen: empty again after a restart
        keep = ~dup | np.array([any(s0 < c0 < r0 for c0, c1 in down) for s0, r0 in zip(s, r)], bool)
        counts["deduplicated"] += int((~keep).sum())
        j, w, s, r = j[keep], w[keep], s[keep], r[keep]
    mc = _consume(rng, p, s, r, counts)
    ok = (mc >= 0) & (mc < n) & (w > 0)
    # the lost parts of lives: pairs trained after a crashed life's last message
    counts["unsent"] = sum(1 for a, b, nodes, q, flush in run.lives if not flush)
    # the monitor reads the consumer's gauge (the last published minute's total) read_lag s after each minute
    m = np.arange(n)
    pub = _close(p, m)
    pub[_down_at(p, pub) >= 0] = np.inf
    R = (m + 1) * STEP + p.read_lag + rng.uniform(0, 1, n)
    up = _down_at(p, R) < 0
    cur = up & (pub <= R)
    prev_pub = np.concatenate([[np.inf], pub[:-1]])
    restarted = np.array([any(a < c1 <= b for c0, c1 in down) for a, b in zip(prev_pub, R)], bool)
    rep = up & ~cur & (prev_pub <= R) & ~restarted
    src = np.where(cur, m, np.where(rep, m - 1, -1))
    counts["repeats"], counts["unread"] = int(rep.sum()), int((src < 0).sum())
    return SimpleNamespace(rounds=rd, j=j[ok], w=w[ok], mc=mc[ok], src=src, counts=counts, **vars(p))


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The points (pairs/s) the monitor reads for the pairs per tick ``J`` (linear in ``J``: the messages' times
    and fates are the healthy run's)."""
    p, rd = run.path, run.path.rounds
    C = _cum(J)
    body = _at(C, rd.put) - _at(C, rd.prev)
    tot = np.bincount(p.mc, weights=p.w * body[p.j], minlength=run.n)[:run.n]
    return np.where(p.src >= 0, tot[np.maximum(p.src, 0)], 0.0) / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """The pause spans: points whose minute or a neighbour touches a pause (or a ramp's first half), and points
    that read nothing; merged where they touch."""
    n = run.n
    iv = [(a, b) for a, b, kind in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b in run.ramps_t]
    raw = [(max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)) for a, b in iv if a < n * STEP]
    raw += [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]
    spans = []
    for s, e in sorted(raw):
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's pairs lost (0 .. 1): a drop rises over ``tau`` (1-6 points), a straggler
    switches between 1 (mean 5-30 points) and a calm 0.05-0.25 (mean 20-90), a leak ``(s / ramp) ** p`` then 1."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30) * K, rng.uniform(20, 90) * K)
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, rng.uniform(0.05, 0.25))
    return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's pairs lost, carried through
    the same messages and reads, ``a`` set for a drawn target loss; an ``(Event, (0, lost reads))`` pair or None."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pt = [(a, b) for a, b, kind in run.pauses_t]
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
        i0, i1 = int(t0 // TICK), (run.nt if to_end else min(run.nt, stop * K))
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * w
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m[c0:stop][lv].sum()
        if lv.sum() < 20 or ms <= 0:
            continue
        a = target * hs / ms
        if a > 1:
            continue
        v = np.maximum(healthy - a * m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((i0 + ramp * K) * TICK // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, a * m)
    return None


def make_heldout129(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout129_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT129_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout129, seeds, n, pauses)
