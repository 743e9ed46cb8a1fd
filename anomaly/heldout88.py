"""The eighty-eighth held-out throughput family: a chess engine's policy/value network training positions/s.

A residual (SE-ResNet) or transformer policy/value network trained AlphaZero / Leela-style on positions sampled from a
replay buffer of self-play games that other machines keep producing (a sliding window of the newest chunks; positions
decoded from gzipped game chunks in tar files by CPU decoder workers, augmented by board symmetries where the rules
allow), some runs continued with a larger network initialised from the smaller one, a longer window or an added
auxiliary head (moves left, WDL), on 1-8 GPU nodes; collected through NATS JetStream and a JetStream Key-Value bucket:
each node's trainer publishes one small message (node, step, positions since its last message, its clock) every N
steps to a JetStream subject with a ``Nats-Msg-Id`` header, and an aggregator service with a durable pull consumer adds
the positions per minute into a Key-Value bucket (get, then an update with the expected revision, retried on a
revision conflict) that the watcher's dashboard reads. (Generator 63 is also an AlphaZero-style learner, on another
path: Sensu Go and Sumo Logic; no generator's head names NATS, JetStream, a Key-Value bucket, chess or Leela.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): the NATS .NET client's JetStream publishing page
(idempotent writes by a message ID in the headers, the PubAck's ``Duplicate`` flag) and its ``DuplicateWindow``
property; a nats.py gist publishing with ``Nats-Msg-Id`` and pulling with a durable pull subscription; Synadia's check
on large deduplication windows (the server keeps each ID with its stream sequence for the window, in memory; the
default window is 2 minutes; a retry after a timeout is what it is for); a page on dedup windows in general (a
duplicate arriving after the window is processed again); the NATS consumer docs (a durable consumer tracks delivery
and acks, at-least-once, redelivers un-acked or nak'ed messages up to a maximum number of deliveries, an advisory at
the limit) and its "delivery and acknowledgment" page; Netdata's guides on ``AckWait`` (a per-message timer from
delivery; too short and messages are redelivered while still being processed, ``num_redelivered`` climbs) and on
``MaxAckPending`` (1000 by default with explicit acks; at the cap delivery stops silently and ``num_pending`` grows);
nats-server #1716 (a pull consumer redelivers only on the next pull request) and #6093, kyma PR #13693 (``AckWait``
30 s, ``MaxDeliver`` 100) and a PR bounding ``max_deliver`` (the server's default -1 redelivers forever); the KV API
of the C and .NET clients (``Update`` only if the last revision matches; ``NatsKVWrongLastRevisionException``), a
bucket's ``History`` (1 by default, at most 64) and ``MaxAge`` (TTL), nats-server discussion #4580 (a revision is the
stream sequence, per bucket, not per key), issues #3375 and nats.deno #385 ("wrong last sequence", API error 10071),
PR #4319 (concurrent updates with the same expected sequence could both succeed: the check was a pre-check outside
the Raft proposal, found back to 2.9.15) and #7281 (spurious 10071 errors on a replicated bucket under frequent
updates); lczero-training's README (chunks are single games in ``.gz`` files, chunk sources ``.tar``, a watched
directory of new files, positions called frames). Assumed without checking: the job's few messages a second never
strain the stream; a stream's trouble (a leader election, a server's rolling restart) comes in episodes (first within
5-60 h, then every 10-80 h, 20 s-5 min) in which a publish's ack times out with probability 0.3-0.9, half of the
timed-out publishes having been stored anyway; the client makes 2, 3 or 5 attempts 2-6 s apart; when all fail, 60 % of
trainers carry the positions into their next message ("since the last acknowledged message": counted twice where a
timed-out attempt was stored), the rest lose them; the message ID is the node and step in 50 % of runs (a retry is
deduplicated; a restarted trainer's re-done steps reuse the IDs and are dropped while the first message lies in the
duplicate window, counted after it), node, attempt and step in 30 % (only retries deduplicated), a fresh UUID per call
in 20 % (every stored retry counts); the duplicate window is 2 min (55 %), 5 min (30 %) or 20 min (15 %); the
consumer falls behind (the aggregator rescheduled, ``max_ack_pending`` reached behind a stuck update) in episodes of
2-30 min (first within 5-50 h, then every 10-80 h), its backlog drained at 10-50 times real time; in the aggregator's
slow episodes (garbage collection, the bucket slow: 1-20 min, first within 5-50 h, then every 15-90 h) an ack comes
after ``ack_wait`` (10, 30 or 60 s) for 20-80 % of messages, which are redelivered and added again unless the
aggregator keeps the stream sequences it applied (40 %), and 10-50 % of the others fail their revision-checked update
past its retries and are nak'ed, redelivered after ``ack_wait`` until ``max_deliver`` (unlimited in 40 %, else 3, 5 or
10) drops them; with 2-3 aggregator replicas on a server before the fix (30 %) 0.05-0.4 % of updates are lost to the
race; half the aggregators key a minute by the message's clock field (the node's clock: chrony offsets N(0, 5-50 ms);
40 % of crashed nodes come back with one node's clock 1-30 s off for 10-40 min), half by their own time; the
dashboard reads a minute 20-120 s after its end, so a clock-keyed update that comes later is never seen; the bucket's
history and TTL do not change what is read. Nothing was measured on a real system.

Chosen (the path; one point is one minute's Key-Value key, named by the minute's start, so the step is 60 s): a node
publishes whenever the job's training time passes a multiple of ``E`` s (``E`` 10/15/20/30/60 s: every N steps), its
positions since its last message (a crashed process's positions after its last message are never published; a
graceful stop publishes its last interval); data-parallel nodes step together, each with its share. A minute with no
key reads 0.

The job (my own picture, not checked): a node's GPUs (4 or 8) train 5,000-20,000 positions/s each on the first
network, its decoders give 40,000-200,000 positions/s; a node runs at the soft minimum (``hc.smax``) of the
per-position times; 0.88-0.97 per doubling of the nodes. Stages (a relaunch at 25-80 % of the run, 70 % of runs; 25 %
of those a second one): one or two of a larger network (GPU cost 1.4-2.6 times), a longer window (decoders 1.15-1.6
times slower: a colder shuffle buffer), an auxiliary head (GPU 3-8 % dearer), other nodes; redrawn until the level
moves 10 %. A relaunch has a graceful stop of 1-3 min ("long": 5-12) and a resubmission of 1-5 min. Per 5 s tick
exp(N(0, 2-5 %)), a slow OU of the log (sd 1-3 %, 20-120 min), decoder stalls on 0.05-0.3 % of the ticks at 30-70 %;
after each evaluation new chunks arrive and the decoders read them cold (5-25 % slower, fading over 2-8 min). Pauses,
log-uniform: a start-up 2-9 min ("long": 15-40), then a ramp from 35-65 % over 2-8 min; an evaluation after each 20-90
min of training (test-position accuracy, the net's export; "long": 10-35 min, a match against a fixed opponent for its
Elo on the training nodes), 1-4 min, a checkpoint after every 1 or 2, 10-50 s ("long": 1-4 min), and in 15-45 % of
them a wait for new self-play games (the sample-to-game ratio capped) of 1-6 min ("long": 5-25). Node failures
(exponential, mean 15-60 h, at least 20 min after a start): half hang the job 2-10 min ("long": 15-30) until NCCL's
timeout, half crash; then it is down 1-5 min ("long": 8-20) and restarts from its last checkpoint (an older step)
with a start-up of 2-7 min ("long": 10-20) and a ramp from 80-95 % over 1-3 min. A point is paused when pauses or a
ramp's first half fill a sixth of its window (its minute and the ``E`` s before it), when it reads 0, at a planned
change's minute and the point after; a lone paused point is widened to two.

Labelled regressions multiply the job's positions/s by ``1 - a w(t)`` from their onset; publish times, the stream's
and the consumer's episodes, the clocks, duplicates and drops keep the healthy run's, so a point loses ``a`` times the
read of the lost positions (linear): ``drop`` (a node's GPUs power-capped or NCCL fallen back to TCP; ``w = min(1, (s
+ 1) / tau)``, ``tau`` 1-5 points), ``straggler`` (one node's chunk decoders starved by slow shared storage or a
co-scheduled CPU job: bursts of mean 5-40 points at 1, calm of mean 10-60 at 0.1-0.3), ``leak`` (the decoders' chunk
cache growing until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held; it
ends with its process). Onsets: 35 % at a pause's end, else anywhere in the slot; ``a`` solved for a loss of 8-33 %
(drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, ``a <= 0.8``; an event holds no listed
change; kept where ``hc.shown_depth`` allows (80 draws a slot).

Counts over ``heldout88_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      9     11         10    0.109-0.311  19              2-31 (1455, 0 >60)           3
long      31      10    10         11    0.085-0.341  26              2-97 (980, 12 >60)           3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 11, long 9 (new stages after relaunches). Paused share of the points: 7.2-12.8 % (short),
30.1-39.9 % (long). The healthy points over the job's true positions per minute (live points): 0.9968-1.0202 (short),
0.9980-1.0144 (long; the 1st percentile of a run's ratio down to 0.76 and 0.90: minutes emptied by a consumer behind
or a stream's trouble, or filled by a backlog, a carried count or redelivered messages); message copies counted, of
those sent: 99.75-101.95 %; over the 24 runs 55 episodes of a stream's trouble, 59 of a consumer behind, 71 of a slow
aggregator, 6,384 more copies counted than messages sent (net of drops); 10 of the 24 aggregators key minutes by the
message's clock; IDs: 11 by step, 6 by attempt, 7 UUIDs; 7 keep stream sequences; 1 run has a 20-min window (326
re-done messages dropped as duplicates there); 6 lose updates to the revision race. Building both full sets takes
about 1.2 s of CPU on one core.
The test module runs in 1.35 s by pytest (2.07 s wall, 1.70 s user CPU + 0.07 s system; ``OMP_NUM_THREADS=1``, pinned
to one core, on a machine busy with other benchmarks).

Size: over 520 lines because the job's schedule, the collection path (publisher, stream, pull consumer, Key-Value
updates, minute keys) and the regressions' draw are one family's model, and much of its length is this docstring.

Opened
------
``docs/data-authors.md``; ``anomaly/heldout87.py`` lines 1-150 and 510-520 (a ``grep -n`` for its two functions' lines
and a ``wc -l``); ``tests/test_anomaly_heldout87.py`` (all); ``anomaly/heldout_common.py`` (all; printed in two parts,
1-280 and 280-532); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py``
lines 1-110; ``/tmp/s47/genheads88.txt`` (all, lines cut at 220 characters, and a ``grep -inE`` of it for
"nats|jetstream|chess|leela|key-value": nothing); ``wc -l`` of ``heldout_common.py``, ``trace_checks.py`` and the heads
file. Slips: ``git worktree add`` printed main's head commit id and subject (not sought); my first run of my own
script failed to import the package (no ``PYTHONPATH``; nothing opened). Nothing else in the project opened (the counts
above were measured by my own scripts outside the repository, on this generator only).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT88_SEEDS = tuple(range(882000, 882012))
CODE = 88
EPOCH = 1_786_320_000  # 2026-08-10 00:00 UTC
STEP = 60  # one Key-Value key per minute (the aggregator's bucket), read once by the watcher's dashboard
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "valid": {"short": (60, 240), "long": (600, 2100)},
       "ckpt": {"short": (10, 50), "long": (60, 240)},
       "wait": {"short": (60, 360), "long": (300, 1500)},
       "hang": {"short": (120, 600), "long": (900, 1800)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "resubmit": {"short": (60, 300), "long": (60, 300)}}
PUBS = (10, 15, 20, 30, 60)  # a trainer publishes one message per this many training s (every N steps)
DUP_WINDOWS = (120, 300, 1200)  # the stream's duplicate window (s): the default 2 min, or lengthened
PAUSED_SHARE = 1 / 6


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(t0, t1)`` (s) up to ``T``: the first within ``first`` h, then one every ``every`` h (exponential
    gaps with a uniform mean), each ``dur`` s long (log-uniform)."""
    out, t = [], rng.uniform(*first) * 3600
    mean = rng.uniform(*every) * 3600
    while t < T:
        d = hc.log_uniform(rng, *dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 600
    return out


def _node_rate(cfg: dict, st: dict) -> float:
    """One node's positions/s: the GPUs' and the chunk decoders' per-position times, soft maximum (a step waits for
    the slower): the network's cost (``net``: 1 for the first network, a larger one dearer; an auxiliary head, moves
    left or WDL, adds ``aux_cost``) and the decoders' (a longer window's shuffle buffer is colder: ``slow_io``)."""
    gpu = cfg["gpus"] * cfg["gpu"] / (st["net"] * (1 + cfg["aux_cost"] * st["aux"]))
    io = cfg["io"] / st["slow_io"]
    return float(1 / hc.smax(1 / gpu, 1 / io))


def _level(cfg: dict, st: dict) -> float:
    """The job's positions/s on ``st["nodes"]`` data-parallel nodes (``eff`` per doubling)."""
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * _node_rate(cfg, st)


def _stage(rng, cfg: dict, st: dict) -> dict:
    """A continued stage: a larger network initialised from the smaller, a longer window, an added auxiliary head or
    other nodes (one or two of them), redrawn until the level moves 10 %."""
    for _ in range(50):
        new = dict(st)
        for what in rng.choice(["net", "window", "aux", "nodes"], size=int(rng.integers(1, 3)), replace=False,
                               p=[0.35, 0.25, 0.2, 0.2]):
            if what == "net":
                new["net"] = st["net"] * rng.uniform(1.4, 2.6)
            elif what == "window":
                new["slow_io"] = st["slow_io"] * rng.uniform(1.15, 1.6)
            elif what == "aux":
                new["aux"] = 1.0
            else:
                new["nodes"] = int(rng.choice([k for k in (1, 2, 4, 8) if k != st["nodes"]]))
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= 0.1:
            return new
    return {**st, "net": st["net"] * 2.0}


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job on a 5 s grid: its processes (a start-up, training stretches between evaluations, checkpoints, waits
    for new games, failures and relaunches) and its positions/s ``J`` per tick."""
    T = n * K + 4 * K
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": rng.uniform(5000, 20000), "io": rng.uniform(40000, 200000),
           "eff": rng.uniform(0.88, 0.97), "aux_cost": rng.uniform(0.03, 0.08), "E": int(rng.choice(PUBS)),
           "eval_lo": rng.uniform(20, 40), "eval_hi": rng.uniform(50, 90), "ck_every": int(rng.choice([1, 2])),
           "fail_mean": rng.uniform(15, 60) * 3600, "p_wait": rng.uniform(0.15, 0.45)}
    st = {"net": 1.0, "aux": 0.0, "slow_io": 1.0, "nodes": int(rng.choice([1, 2, 4, 8], p=[0.2, 0.3, 0.3, 0.2]))}
    rel_t = []
    if rng.random() < 0.7:
        rel_t.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            rel_t.append(rel_t[0] + rng.uniform(0.1, 0.4) * T)
    rel_t = [int(x) for x in rel_t]

    def dur(kind):
        return max(1, int(round(hc.log_uniform(rng, *DUR[kind][setting]) / TICK)))

    lvl, ramp, dip = np.zeros(T), np.ones(T), np.ones(T)
    train = np.zeros(T, bool)
    P_tick, proc_of = np.full(T, -1, np.int64), np.full(T, -1)
    pauses, procs, known_t, unsteady = [], [], [], np.zeros(T, bool)
    t, P, Pck, n_eval = 0, 0, 0, 0

    def pause(kind, d=None):
        nonlocal t
        d = dur(kind) if d is None else d
        pauses.append((t, min(t + d, T), kind))
        t += d

    def start(kind, r0, r_len, how):
        pause(kind)
        procs.append({"st": dict(st), "P0": P, "start": t, "how": how, "graceful": False, "segs": []})
        a, b = t, min(T, t + r_len)
        if b > a:
            ramp[a:b] = r0 + (1 - r0) * np.arange(b - a) / (b - a)
            unsteady[a:a + (b - a) // 2] = True
        return t + int((20 * 60 + rng.exponential(cfg["fail_mean"])) / TICK)

    def eval_due():
        return P + int(rng.uniform(cfg["eval_lo"], cfg["eval_hi"]) * 60) // TICK * TICK

    next_fail = start("startup", rng.uniform(0.35, 0.65), int(rng.uniform(120, 480) / TICK), "first")
    next_eval, ri = eval_due(), 0
    while t < T:
        cand = [(next_eval - P) // TICK, next_fail - t, (rel_t[ri] - t) if ri < len(rel_t) else T, T - t]
        which = int(np.argmin(cand))
        d = max(int(cand[which]), 4 if which < 3 else 1)
        d = min(d, T - t)
        a, b = t, t + d
        train[a:b], lvl[a:b], proc_of[a:b] = True, _level(cfg, st), len(procs) - 1
        P_tick[a:b] = P + TICK * np.arange(1, d + 1)
        procs[-1]["segs"].append((a, b))
        P, t = P + d * TICK, b
        if t >= T or which == 3:
            break
        if which == 0:  # test-position accuracy and the net's export; a checkpoint; new games awaited
            n_eval += 1
            pause("valid")
            if n_eval % cfg["ck_every"] == 0:
                pause("ckpt")
                Pck = P
            if rng.random() < cfg["p_wait"]:
                pause("wait")
            k = int(rng.uniform(120, 480) / TICK)  # fresh chunks: the decoders index and read them cold
            dip[t:t + k] = np.minimum(dip[t:t + k], 1 - rng.uniform(0.05, 0.25) * np.linspace(1, 0, len(dip[t:t + k])))
            next_eval = eval_due()
        elif which == 1:  # a node fails: NCCL hangs until its timeout, or the process crashes at once
            if rng.random() < 0.5:
                pause("hang")
            pause("down")
            P = Pck
            next_fail = start("restart", rng.uniform(0.8, 0.95), int(rng.uniform(60, 180) / TICK), "crash")
            next_eval = eval_due()
        else:  # a planned relaunch: graceful stop (checkpoint), resubmission, a new stage
            procs[-1]["graceful"] = True
            pause("stop")
            Pck = P
            pause("resubmit")
            ri += 1
            while ri < len(rel_t) and rel_t[ri] < t + 3600 // TICK:
                ri += 1
            st = _stage(rng, cfg, st)
            next_fail = start("startup", rng.uniform(0.35, 0.65), int(rng.uniform(120, 480) / TICK), "relaunch")
            known_t.append(t)
            next_eval = eval_due()
    for a, b, _ in pauses:
        unsteady[a:b] = True
    ou = hc.ou_path(rng, T * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    noise = np.exp(rng.normal(0, rng.uniform(0.02, 0.05), T)) * np.exp(ou[np.arange(T) // K])
    stall = rng.random(T) < rng.uniform(0.0005, 0.003)
    noise[stall] *= rng.uniform(0.3, 0.7, int(stall.sum()))
    J = np.where(train, lvl * ramp * dip * noise, 0.0)
    return SimpleNamespace(n=n, T=T, cfg=cfg, J=J, pauses=pauses, procs=procs, known_t=known_t, P_tick=P_tick,
                           proc_of=proc_of, unsteady=unsteady, setting=setting)


def _messages(run) -> SimpleNamespace:
    """Each node's published messages: ``(i1, i2)`` the ticks it counts, its publish time, node, process and step
    (training s); a restarted trainer's re-done steps repeat the IDs of the ones it published before the crash."""
    E, nodes_of = run.cfg["E"], []
    rows = []
    for k, q in enumerate(run.procs):
        ticks = np.nonzero(run.proc_of == k)[0]
        if not len(ticks):
            continue
        Ps = run.P_tick[ticks]
        pub = ticks[Ps % E == 0]
        if q["graceful"] and (not len(pub) or pub[-1] != ticks[-1]):
            pub = np.append(pub, ticks[-1])  # a graceful stop publishes its last interval
        if not len(pub):
            continue
        i1 = np.concatenate([[q["start"]], pub[:-1] + 1])
        rows.append(np.stack([i1, pub + 1, run.P_tick[pub], np.full(len(pub), k)], 1))
        nodes_of.append(q["st"]["nodes"])
    m = np.concatenate(rows)
    nn = np.concatenate([np.full(len(r), c) for r, c in zip(rows, nodes_of)])
    return SimpleNamespace(i1=m[:, 0], i2=m[:, 1], P=m[:, 2], proc=m[:, 3], nodes=nn)


def _collect(rng, run) -> SimpleNamespace:
    """The collection path for every message: JetStream publish (acks, retries, the duplicate window), the durable
    pull consumer (lag, backlog, ack wait, redelivery, ``max_deliver``), the Key-Value update (revision-checked,
    lost updates) and the minute key (the node's clock or the aggregator's). Gives the counted copies ``(i1, i2,
    b, w)``: ticks, point, weight (the node's share)."""
    T = run.T * TICK
    cfg = {"dup_window": float(rng.choice(DUP_WINDOWS, p=[0.55, 0.3, 0.15])),
           "id": str(rng.choice(["step", "attempt", "uuid"], p=[0.5, 0.3, 0.2])),
           "attempts": int(rng.choice([2, 3, 5])), "retry_wait": rng.uniform(2, 6), "carry": rng.random() < 0.6,
           "ack_wait": float(rng.choice([10, 30, 30, 60])), "max_deliver": int(rng.choice([-1, -1, 3, 5, 10])),
           "seq_dedup": rng.random() < 0.4, "key": str(rng.choice(["clock", "arrival"])),
           "read_after": rng.uniform(20, 120), "replicas": int(rng.choice([1, 2, 3])), "old_server": rng.random() < 0.3,
           "p_lost": rng.uniform(0.0005, 0.004), "clock_sd": rng.uniform(0.005, 0.05)}
    trouble = _episodes(rng, T, (5, 60), (10, 80), (20, 300))  # a stream leader election / server restart
    p_fail = rng.uniform(0.3, 0.9)
    behind = [(a, b, rng.uniform(10, 50)) for a, b in _episodes(rng, T, (5, 50), (10, 80), (120, 1800))]
    slow = _episodes(rng, T, (5, 50), (15, 90), (60, 1200))  # aggregator GC pauses, the KV slow
    p_late, p_nak = rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.5)
    ms = _messages(run)
    reps = ms.nodes  # each node publishes its own message
    i1, i2, P, proc = (np.repeat(x, reps) for x in (ms.i1, ms.i2, ms.P, ms.proc))
    node = np.concatenate([np.arange(r) for r in reps])
    reps_of = np.repeat(ms.nodes, reps)
    w = 1.0 / reps_of
    tpub = i2 * TICK + rng.uniform(0, 0.5, len(i1))
    keep = np.ones(len(i1), bool)
    # the duplicate window: a restarted trainer's re-done step reuses its ID ("step" IDs) while the first is kept
    if cfg["id"] == "step":
        orig = np.full(int(P.max()) // TICK + 2, -np.inf)
        for k in np.unique(proc):
            j = np.nonzero(proc == k)[0]
            idx = (P[j] // TICK).astype(int)
            prev = orig[idx]
            dup = tpub[j] - prev < cfg["dup_window"]
            keep[j[dup]] = False
            orig[idx[~dup]] = np.maximum(orig[idx[~dup]], tpub[j[~dup]])
    redone = int((~keep).sum())
    ts = tpub.copy()
    extra = []  # further stored copies: (message index, stored time)
    for a, b in trouble:  # publish acks time out; the client retries; an ambiguous timeout may have stored it
        for j in np.nonzero((tpub >= a) & (tpub < b) & keep)[0]:
            stored, ok = [], False
            for att in range(cfg["attempts"]):
                t = tpub[j] + att * cfg["retry_wait"]
                if t >= b or rng.random() > p_fail:
                    stored.append(t)
                    ok = True
                    break
                if rng.random() < 0.5:
                    stored.append(t)
            nxt = j + int(reps_of[j])  # the node's next message
            if not ok and cfg["carry"] and nxt < len(node) and proc[nxt] == proc[j]:
                i1[nxt] = i1[j]  # "positions since the last acknowledged message": counted again if it was stored
            if not stored:
                keep[j] = False
                continue
            ts[j] = stored[0]
            if cfg["id"] == "uuid":  # a new ID per attempt: every stored attempt is a message of its own
                extra += [(j, s) for s in stored[1:]]
    src = np.concatenate([np.nonzero(keep)[0], np.array([j for j, _ in extra], int)])
    c_ts = np.concatenate([ts[keep], np.array([s for _, s in extra])])
    # the durable pull consumer: a small lag, a backlog after an episode behind drained at R times real time
    tp = c_ts + rng.uniform(0.05, 2.0, len(c_ts))
    for a, b, R in behind:
        catch = b + (b - a) / (R - 1)
        m = (c_ts >= a) & (c_ts < catch)
        tp[m] = np.maximum(tp[m], b + (c_ts[m] - a) / R)
    # ack wait: a late ack redelivers an applied message (added again unless the aggregator keeps the stream
    # sequences it applied); a failed update (revision conflicts past its retries, the KV timing out) is not acked
    # and comes back after the ack wait, until ``max_deliver`` (then it is dropped)
    out_tp, out_src = [], []
    deliv = np.ones(len(tp), int)
    for _ in range(12):
        ins = np.zeros(len(tp), bool)
        for a, b in slow:
            ins |= (tp >= a) & (tp < b)
        late = ins & (rng.random(len(tp)) < p_late)
        nak = ins & ~late & (rng.random(len(tp)) < p_nak)
        out_tp.append(tp[~nak])
        out_src.append(src[~nak])
        again = nak | (late & (not cfg["seq_dedup"]))
        nd = deliv[again] + 1
        ok = (nd <= cfg["max_deliver"]) | (cfg["max_deliver"] < 0)
        tp = tp[again][ok] + cfg["ack_wait"] + rng.uniform(0.05, 2.0, int(ok.sum()))
        src, deliv = src[again][ok], nd[ok]
        if not len(tp):
            break
    tp, src = np.concatenate(out_tp), np.concatenate(out_src)
    if cfg["replicas"] > 1 and cfg["old_server"]:  # the revision check passed by two racing updates: one lost
        lost = rng.random(len(tp)) < cfg["p_lost"]
        tp, src = tp[~lost], src[~lost]
    # the minute key: the message's clock field (its node's clock at the publish) or the aggregator's time
    if cfg["key"] == "clock":
        off = rng.normal(0, cfg["clock_sd"], int(node.max()) + 1)[node[src]]
        for q in run.procs:
            if q["how"] == "crash" and rng.random() < 0.4:  # a rebooted node's clock, off until chrony steps it
                s0 = q["start"] * TICK
                s1 = s0 + rng.uniform(600, 2400)
                bad = (proc[src] == run.procs.index(q)) & (node[src] == int(rng.integers(q["st"]["nodes"])))
                bad &= (tpub[src] >= s0) & (tpub[src] < s1)
                off[bad] += rng.choice([-1, 1]) * rng.uniform(1, 30)
        key = np.floor((tpub[src] + off) / STEP)
        seen = tp <= (key + 1) * STEP + cfg["read_after"]
    else:
        key = np.floor(tp / STEP)
        seen = np.ones(len(tp), bool)
    b = key.astype(int)
    ok = seen & (b >= 0) & (b < run.n)
    counted = len(tp) / max(1, len(i1))
    return SimpleNamespace(i1=i1[src][ok], i2=i2[src][ok], b=b[ok], w=w[src][ok], cfg=cfg, counted=counted,
                           trouble=trouble, behind=behind, slow=slow, sent=len(i1), copies=len(tp),
                           redone=redone)


def _read(run, J) -> np.ndarray:
    """The dashboard's positions/s per minute: the counted copies' positions summed per minute key, over 60 s."""
    rw = run.rw
    C = np.concatenate([[0.0], np.cumsum(J) * TICK])
    return np.bincount(rw.b, rw.w * (C[rw.i2] - C[rw.i1]), minlength=run.n)[:run.n] / STEP


def _spans(run, h) -> list[tuple[int, int]]:
    """Paused points: pauses or a ramp's first half fill a sixth of the window (its minute and the ``E`` s before),
    the point reads 0, or it is a planned change's minute or the one after; a lone point is widened to two."""
    n, e = run.n, run.cfg["E"] // TICK
    U = np.concatenate([np.zeros(e), run.unsteady.astype(float)])
    cu = np.concatenate([[0.0], np.cumsum(U)])
    i = np.arange(n)
    share = (cu[(i + 1) * K + e] - cu[i * K]) / (K + e)
    paused = (share >= PAUSED_SHARE) | (h <= 0)
    for t in run.known_t:
        paused[t // K:t // K + 2] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    spans = []
    for s, e2 in zip(edges[::2], edges[1::2]):
        s, e2 = int(s), int(max(e2, min(n, s + 2)))
        hc.add_span(spans, s, e2)
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.rw = _collect(rng, run)
    h = _read(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([t // K for t in run.known_t], spans, n)
    run.spans = spans
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset: a drop rises over ``tau`` points, a straggler bursts at 1
    between calm stretches at 0.1-0.3, a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.7, 1.5), 1.0)
    w, calm, at, on = np.empty(length), rng.uniform(0.1, 0.3), 0, True
    b_mean, c_mean = rng.uniform(5, 40), rng.uniform(10, 60)
    while at < length:
        d = 1 + int(rng.exponential(b_mean if on else c_mean))
        w[at:at + d] = 1.0 if on else calm
        at, on = at + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None after 80
    rejected draws. The job's positions/s times ``1 - a w`` from its onset (a leak until its process ends), read
    through the same copies as the healthy run, so a point loses ``a`` times the read of the lost positions."""
    n = run.n
    ends = sorted({q["start"] for q in run.procs[1:]} | {a for a, b, k in run.pauses if k in ("hang", "down", "stop")})
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [e for s, e in run.spans if lo <= s and e < last]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))] + rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        wt = np.zeros(run.T)
        wt[onset * K:stop * K] = np.repeat(_weight(rng, kind, stop - onset, ramp), K)
        if kind == "leak":  # the decoder's cache leaks until its process ends
            cut = next((t for t in ends if t > onset * K), run.T)
            wt[cut:] = 0.0
        unit = _read(run, run.J * wt)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        lv = live[onset:stop]
        H, L = healthy[onset:stop][lv].sum(), unit[onset:stop][lv].sum()
        if L <= 0 or H <= 0 or target * H / L > 0.8:
            continue
        m = target * H / L * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on2, end = span
        if any(on2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on2
        if kind == "leak" and not on2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on2, ramp_end, end, n, (ramp_end - on2) // 3)
        if depth is not None:
            nz = np.flatnonzero(m)
            return Event(kind, on2, ramp_end, end, round(depth, 4)), (int(nz[0]), m[nz[0]:nz[-1] + 1])
    return None


def make_heldout88(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(lambda s, k, p: _build(s, k, p), _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(7,))



def heldout88_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT88_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout88, seeds, n, pauses)
