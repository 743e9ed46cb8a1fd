"""The ninety-seventh held-out throughput family: a document-understanding model's fine-tuning pages/s (a
LayoutLMv3-style model on OCR tokens, boxes and page patches, or an OCR-free image-to-sequence model; key-information
extraction and document classification on scanned invoices, receipts, forms and contracts) through RabbitMQ and a small
aggregating consumer service, read once a minute as JSON by Grafana's Infinity data source.

(Generator 33's head names a document-understanding job too, but through tcollector and OpenTSDB; the lead named this
job again. No other generator's head names RabbitMQ, AMQP, pika or Infinity.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): RabbitMQ's "Queue Length Limit" page (4.0: a limit in
messages or bytes counts ready messages only, unacked ones not; drop-head by default, ``reject-publish`` drops the
newest and nacks it to a publisher with confirms) and a CSDN copy of the queue arguments page ("the quorum queue type
only supports drop-head", in that version); the "Introducing Publisher Confirms" blog (a persistent message should
survive a broker restart but may be lost before it is written), tutorial seven (confirms are per channel, asynchronous),
LavinMQ's publisher-confirms page (pika's ``confirm_delivery``; without confirms a message is gone if the network drops
between publish and persist; track and retry unconfirmed messages after a reconnect) and EasyNetQ's wiki (a transient
message is confirmed when enqueued, a persistent one when written); RabbitMQ's consumer prefetch pages and LavinMQ's
consumers page (``basic.qos``; manual acks, with ``multiple``; unacked messages are requeued when the channel or
connection closes) and cony #26 (prefetched messages redelivered on a new channel after a reconnect); RabbitMQ's
"Memory and Disk Alarms" and "Blocked Connection Notifications" pages (publishing connections blocked, consumers not,
``connection.blocked`` / ``unblocked``); pika #457 (a BlockingConnection publisher not told that a restarted broker
dropped its message), #1243 / #1460 (``StreamLostError``; pika does not reconnect by itself); Red Hat MRG's durable
queue / persistent message pages (transient messages die with the broker); Amazon MQ's quorum queue pages (replicated,
a delivery limit); Grafana's Infinity data source pages (JSON from a URL, a root selector, backend parsing).

Assumed without checking (my own picture): 4 or 8 GPUs a node, 1, 2, 4 or 8 nodes (0.86-0.97 per doubling); a GPU
runs 20-140 pages/s (LayoutLM-style) or 2.5-10 (OCR-free, high resolution); 4-12 loader workers per GPU each render
and OCR (Tesseract) 0.5-1.8 pages/s, or render only 4-14 pages/s (OCR-free runs, or OCR cached beforehand: 40 % of the
OCR runs); a node runs at the soft minimum of the two (so OCR on the fly is CPU-bound). A later stage (70 % of runs
relaunch at 25-80 % of the run, 25 % of those again): a page resolution 1.3-2 times larger (GPU ``r ** -1.1``,
rendering ``r ** -0.6``), a token budget 2 or 4 times longer (``** -0.5``), a new document type or language (the
loaders 0.6-1.3), a model 2-3.5 times larger (``** -0.85``), distillation (0.45-0.75) or another node count, redrawn
until the level moves 15 %. Per 5-s tick ``exp(N(0, 4-8 %))`` with OCR on the fly (pages differ), else 2-5 %; a slow
OU of the log (sd 1-3 %, 20-120 min). Pauses: a start-up of 2-9 min ("long": 15-40) and a ramp from 35-65 % over 2-8
min (its first half paused); a validation (field-level F1 and classification accuracy on held-out documents; 1.3-2
times longer for an OCR-free model's generation) after each 30-120 min of training ("long": 40-120), 1-3.3 min
("long": 8-23), a checkpoint after every 1 or 2, 10-60 s ("long": 1-4 min); crashes (exponential, mean 15-60 h, at
least 20 min after a start): down and restarted in 3-12 min ("long": 18-40), a ramp from 80-95 % over 1-3 min; a
relaunch: a stop of 1-3 min ("long": 5-12), a resubmission of 1-5 min and a start-up.

The path (chosen): each node's trainer has a background publisher thread (pika) that sends one message per logging
interval of 10, 15, 20 or 30 s (per run) at a phase per node: the node's pages in the interval (data-parallel nodes
train the same pages per step, so the job's pages / nodes), node, step, stage and its own clock's timestamp; none for
an interval with no pages, none for the interval under way at a crash or a stop (the process is killed). Broker
restarts (first within 5-80 h, then every 20-150 h; 15-90 s, 20 %: 2-6 min) and memory alarms of the shared broker
(first within 10-150 h, then every 30-200 h; 1-5 min, 30 %: 5-15 min) hold the messages in the thread's buffer until it
reconnects (0-5 s after the broker is back, per node) or is unblocked (0-0.5 s): late; a trainer killed meanwhile
loses its buffer; the messages of the last second before a broker restart are, each with probability 0.5, lost
(without confirms, 50 % of runs) or published twice (with confirms: unconfirmed, republished). The queue (quorum, 50 %;
else classic, with persistent messages in 60 % of runs): a message TTL of 1-10 min (40 %), a length limit of 100-2,000
(50 %; drop-head, or reject-publish on half the classic ones); a classic queue's transient messages waiting at a broker
restart are lost. One aggregator consumes (prefetch never binding at these rates), keeps per-minute sums keyed by each
message's timestamp in memory and serves ``{minute, pages, pages_per_s}`` for the last complete minute of its own clock;
it restarts (first within 5-100 h, then every 10-100 h; 5-40 s, 25 %: 2-10 min): messages arriving meanwhile wait in
the queue (expired or overflowed as above) and are consumed when it is back; its sums are lost at a restart (50 % of
runs) or restored from a checkpoint it writes every 15-60 s (the rest: what it counted since is lost); with manual acks
(70 %, flushed with ``multiple`` every 1-5 s) the unacked messages are redelivered and counted again (twice where the
checkpoint already held them); with automatic acks nothing is redelivered. There is no deduplication: a restarted
trainer's messages start again from its last checkpoint's step and are summed whatever their step (the redone steps
count as work). The dashboard reads at the minute's end plus 3-20 s (per run) and 0-1 s; a message counted after that
read is never shown (its minute was read once); a read while the aggregator is down gets no data, shown as 0. Clocks:
each node's off true time by ``N(0, 0.3 s)``; in 10 % of runs one node by 5-40 s more (ahead: its messages move a
minute on; behind: the ones near a minute's end come after the read). Nothing was measured on a real system.

One point is the dashboard's read once a minute (the trace's step, 60 s); its timestamp is the minute's end. All that
the path delays, loses or redelivers is fixed by the healthy run (which messages exist, which read shows them); a
regression scales each tick's pages by ``1 - a w`` and each read loses the pages its messages lost (reads none of whose
messages changed equal the healthy ones exactly).

A point is paused where the training time its minute sums (its 60 s, a logging interval, a tick and the clocks'
offsets) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is widened to two; a
listed change is the first point after a relaunch's pause span. Labelled regressions multiply the job's pages from
their onset: ``drop`` (a node's GPUs power-capped, NCCL fallen back to TCP; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-5
points), ``straggler`` (one node's loader workers starved by a runaway OCR process and every node waits at the
all-reduce: bursts of mean 5-40 points at 1, calm of mean 10-60 at 0.1-0.3), ``leak`` (the rendered-page cache growing
until the hosts swap: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held). Onsets: 35 % of the
draws go to ``hc.onset_time`` (pauses over a minute), else anywhere in the slot; ``a`` set from one read at ``a = 1``
(the reads are linear in ``a``) for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak, over its plateau),
``a <= 0.8``; every kind in each trace with events (``hc.family_trace``); an event holds no listed change; kept where
``hc.shown_depth`` allows (80 draws).

Counts over ``heldout97_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.082-0.306  12              2-19 (974, 0 >60)            3
long      33      10    12         11    0.082-0.330  17              2-76 (745, 4 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 11, long 12 (new stages after relaunches). Paused share of the points: 5.7-7.9 % (short),
19.8-30.3 % (long). The healthy live points over the job's true pages per minute (summed): 0.500-1.000 (short: one run
has a node's clock far behind, its late messages never shown), 0.998-1.000 (long). Over the 12 runs of each setting
(short / long): 32 / 38 crashes and 11 / 12 relaunches (126 / 141 intervals never published), 1,270 / 907 messages
late from a publisher's buffer, 2 / 0 lost in flight or with a buffer, 0 / 0 published twice, 0 / 15 expired in the
queue, 0 / 0 overflowed, 20 / 20 aggregator restarts (224 / 310 messages of unread minutes lost from its sums, 9 / 2
redelivered, 0 / 0 counted twice), 40 / 29 reads while it was down, 6,878 / 1,363 messages counted after their
minute's read, 2,585 / 15,603 reads of nothing. Rare by design at these rates: duplicates, overflow and double counts.

The test module runs in 0.64 s by pytest (1.06 s wall, 0.95 s user CPU + 0.07 s system; ``OMP_NUM_THREADS=1``,
pinned to one core with ``taskset -c 0``, on a machine busy with other benchmarks).

Size: over 520 lines because the docstring carries the family's sources, assumptions, path and counts (about 150
lines); the code is under 440.

Opened
------
``docs/data-authors.md`` (all); ``anomaly/heldout96.py`` lines 1-150 with a ``wc -l`` (490) and a ``grep -n`` for its
two functions (481, 488), then lines 481-490 with ``sed -n``; ``tests/test_anomaly_heldout96.py`` (all, with
``anomaly/heldout_common.py`` in one command; that output was cut in the middle by the tool, so lines 146-276 of
``heldout_common.py`` were printed again); ``tests/trace_checks.py`` (all, with a ``wc -l``) and ``anomaly/traces.py``
lines 1-80; ``tests/test_architecture.py`` lines 1-110; ``/tmp/s49/genheads97.txt`` (a ``wc -l``, a ``grep -inE`` for
"rabbit|amqp|pika|document|layoutlm|ocr|invoice|receipt|donut|grafana|infinity" cut at 300 characters, its lines 73-75
(head 33), and a ``grep -inE`` for "queue|broker|consumer|mqtt|nats|pubsub|pub/sub|sqs|json over|http endpoint|aggregat"
cut at 250 characters). Slips: ``git worktree add`` printed main's head commit id and subject (not sought); the first
grep of the heads showed lines naming other generators' Grafana data sources (as meant, heads only). Nothing else in
the project opened; my scratch scripts lived in ``/tmp/g97/`` (mine, run only on this generator)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT97_SEEDS = tuple(range(972000, 972012))
CODE = 97
EPOCH = 1_798_761_600  # 2027-01-01 00:00 UTC
STEP = 60  # the dashboard reads the aggregator's last complete minute once a minute: one point, that minute's sum / 60
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
H = 3600.0
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "valid": {"short": (60, 200), "long": (480, 1400)},
       "ckpt": {"short": (10, 60), "long": (60, 240)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "period": {"short": (1800, 7200), "long": (2400, 7200)}}
STAGES = ("resolution", "tokens", "doctype", "model", "distill", "nodes")


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _r5(x: float) -> float:
    """A time rounded to the 5-s grid (pauses start and end on ticks)."""
    return float(TICK * max(1, round(x / TICK)))


def _level(cfg: dict, st: dict) -> float:
    """The job's pages/s: per node the soft minimum of the GPUs' rate and the loader workers' (render + OCR) rate,
    times the nodes at ``eff`` per doubling."""
    gpu = cfg["gpus"] * cfg["gpu"] * st["res"] ** -1.1 * st["tokens"] ** -0.5 * st["model"] ** -0.85 * st["distill"]
    cpu = cfg["workers"] * cfg["core"] * st["res"] ** -0.6 * st["doctype"]
    node = 1.0 / hc.smax(1.0 / gpu, 1.0 / cpu)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * node


def _config(rng) -> dict:
    ocr_free = rng.random() < 0.3
    cached = (not ocr_free) and rng.random() < 0.4
    gpus = int(rng.choice([4, 8]))
    cfg = {"ocr_free": ocr_free, "cached": cached, "gpus": gpus,
           "gpu": hc.log_uniform(rng, 2.5, 10.0) if ocr_free else hc.log_uniform(rng, 20.0, 140.0),
           "workers": gpus * int(rng.integers(4, 13)),
           # pages/s per loader worker: pdf rendering only (OCR-free or cached OCR), or rendering and Tesseract OCR
           "core": hc.log_uniform(rng, 4.0, 14.0) if ocr_free or cached else hc.log_uniform(rng, 0.5, 1.8),
           "eff": float(rng.uniform(0.86, 0.97))}
    return cfg


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunched stage: redrawn until the level moves by 15 % or more."""
    base = _level(cfg, st)
    for _ in range(50):
        kind = STAGES[int(rng.integers(len(STAGES)))]
        new = dict(st, kind=kind)
        if kind == "resolution":
            new["res"] = st["res"] * rng.uniform(1.3, 2.0)
        elif kind == "tokens":
            new["tokens"] = st["tokens"] * float(rng.choice([2.0, 4.0]))
        elif kind == "doctype":  # a new document type or language: other page sizes, another OCR model
            new["doctype"] = st["doctype"] * rng.uniform(0.6, 1.3)
        elif kind == "model":
            new["model"] = st["model"] * rng.uniform(2.0, 3.5)
        elif kind == "distill":  # a teacher's forward pass on each batch
            new["distill"] = st["distill"] * rng.uniform(0.45, 0.75)
        else:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 4, 8) if n != st["nodes"]]))
        if abs(np.log(_level(cfg, new) / base)) >= np.log(1.15):
            return new
    return dict(st, kind="model", model=st["model"] * 3.0)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job in true time on a 5-s grid: its pages per tick (``J``), node count per tick, pauses, crashes and
    relaunches."""
    T = n * STEP + 300.0
    nt = int(np.ceil(T / TICK))
    cfg = _config(rng)
    st = {"kind": "first", "res": 1.0, "tokens": 1.0, "doctype": 1.0, "model": 1.0, "distill": 1.0,
          "nodes": int(rng.choice([1, 2, 4, 8], p=[0.15, 0.3, 0.35, 0.2]))}
    dur = {k: v[setting] for k, v in DUR.items()}
    val_scale = rng.uniform(1.3, 2.0) if cfg["ocr_free"] else 1.0  # generating the fields' sequences is slower
    ck_every = int(rng.choice([1, 2]))
    crash_mean = rng.uniform(15, 60) * H
    rel = []
    if rng.random() < 0.7:
        rel.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            rel.append(rel[0] + rng.uniform(0.1, 0.3) * T)
    sd_tick = rng.uniform(0.04, 0.08) if not (cfg["ocr_free"] or cfg["cached"]) else rng.uniform(0.02, 0.05)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60.0, step=STEP)
    level = np.zeros(nt)
    ramp = np.ones(nt)
    nodes = np.zeros(nt, int)
    pauses_t, known_t, stops, stages = [], [], [], [st]

    def pause(a, d, kind):
        b = min(T, _r5(a + d) if a + d < T else T)
        pauses_t.append((a, b, kind))
        return b

    def ramp_in(a, d, r0):
        i0, i1 = int(a // TICK), min(nt, int((a + d) // TICK))
        ramp[i0:i1] = r0 + (1 - r0) * (np.arange(i1 - i0) + 0.5) / max(1, i1 - i0)
        pauses_t.append((a, _r5(a + d / 2), "ramp"))

    t = pause(0.0, _u(rng, dur["startup"]), "startup")
    ramp_in(t, _u(rng, (120, 480)), rng.uniform(0.35, 0.65))
    next_val = t + _u(rng, dur["period"])
    next_crash = t + max(1200.0, rng.exponential(crash_mean))
    n_val, ri = 0, 0
    counts = {"crashes": 0, "relaunches": 0, "validations": 0}
    while t < T:
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        e = min(_r5(min(next_val, next_crash, nxt_rel)), T)
        i0, i1 = int(t // TICK), int(e // TICK)
        level[i0:i1] = _level(cfg, st)
        nodes[i0:i1] = st["nodes"]
        t = e
        if t >= T:
            break
        if next_crash <= min(next_val, nxt_rel):  # a crash: restarted, resumed from the last checkpoint
            counts["crashes"] += 1
            stops.append(t)
            t = pause(t, _u(rng, dur["down"]) + _u(rng, dur["restart"]), "restart")
            ramp_in(t, _u(rng, (60, 180)), rng.uniform(0.8, 0.95))
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
            next_val = t + _u(rng, dur["period"])
        elif nxt_rel <= next_val:  # a relaunch into the next stage
            counts["relaunches"] += 1
            ri += 1
            stops.append(t)
            st = _next_stage(rng, cfg, st)
            stages.append(st)
            t = pause(t, _u(rng, dur["stop"]) + _u(rng, (60, 300)) + _u(rng, dur["startup"]), "relaunch")
            if t < T:
                known_t.append(t)
            ramp_in(t, _u(rng, (120, 480)), rng.uniform(0.35, 0.65))
            next_val = t + _u(rng, dur["period"])
        else:  # validation: field-level F1 and classification accuracy on held-out documents
            counts["validations"] += 1
            n_val += 1
            t = pause(t, _u(rng, dur["valid"]) * val_scale, "valid")
            if n_val % ck_every == 0:
                t = pause(t, _u(rng, dur["ckpt"]), "ckpt")
            next_val = t + _u(rng, dur["period"])
    noise = np.exp(rng.normal(0, sd_tick, nt) + np.repeat(ou, K)[:nt])
    J = level * ramp * noise * TICK  # the job's pages per tick (0 in pauses)
    return SimpleNamespace(n=n, dt=float(STEP), nt=nt, T=T, cfg=cfg, J=J, nodes=nodes, pauses_t=pauses_t,
                           known_t=known_t, stops=stops, stages=stages, counts=counts)


def _outages(rng, T: float, first: tuple, every: tuple, short: tuple, long_: tuple, p_long: float) -> list:
    """``(start, end)`` of a component's outages: the first within ``first`` h, then every ``every`` h."""
    out, t = [], rng.uniform(*first) * H
    while t < T:
        d = _u(rng, long_) if rng.random() < p_long else _u(rng, short)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * H
    return out


def _in(x: np.ndarray, spans: list) -> np.ndarray:
    """Which of ``x`` lie in one of ``spans`` ``(a, b)``, and the index of that span (-1: none)."""
    idx = np.full(len(x), -1)
    for j, (a, b) in enumerate(spans):
        idx[(x >= a) & (x < b)] = j
    return idx


def _messages(rng, run) -> SimpleNamespace:
    """Each node's messages: one per logging interval of ``L`` s at the node's phase, with the pages trained in it
    (none where it trained nothing, none for the interval under way at a crash or a stop)."""
    L = int(rng.choice([10, 15, 20, 30], p=[0.2, 0.2, 0.3, 0.3]))
    q = L // TICK
    nmax = int(run.nodes.max())
    starts, nodes = [], []
    for k in range(nmax):
        ph = int(rng.integers(q))
        s = np.arange(ph, run.nt - q, q)
        starts.append(s)
        nodes.append(np.full(len(s), k))
    s, node = np.concatenate(starts), np.concatenate(nodes)
    order = np.argsort(s, kind="stable")
    s, node = s[order], node[order]
    Jn = np.where(run.nodes > 0, run.J / np.maximum(run.nodes, 1), 0.0)
    pages = sum(Jn[s + j] for j in range(q))
    end = (s + q) * TICK
    keep = (pages > 0) & (node < run.nodes[s + q - 1]) & (node < run.nodes[s])
    stopped = np.zeros(len(s), bool)
    for t in run.stops:  # the interval under way at a crash or a stop is never published
        stopped |= (s * TICK < t) & (end > t)
    keep &= ~stopped
    return SimpleNamespace(L=L, q=q, s=s[keep], node=node[keep], end=end[keep].astype(float), pages=pages[keep],
                           crash_lost=int(stopped.sum()))


def _path(rng, run, m) -> SimpleNamespace:
    """Every message's way to the aggregator and into a minute's sum: its contributions ``(message, minute, counted
    at, removed at)`` and the dashboard's reads."""
    T, n = run.T, run.n
    nmax = int(run.nodes.max())
    path = SimpleNamespace()
    c = {"crash_lost": m.crash_lost}
    # clocks: each node's offset from true time (NTP: N(0, 0.3 s)); 10 % of runs one node off by 5-40 s
    off = rng.normal(0, 0.3, nmax)
    if rng.random() < 0.1:
        off[int(rng.integers(nmax))] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    path.off = off
    confirms, persistent = rng.random() < 0.5, rng.random() < 0.6
    quorum = rng.random() < 0.5
    ttl = rng.uniform(60, 600) if rng.random() < 0.4 else np.inf
    maxlen = int(rng.integers(100, 2000)) if rng.random() < 0.5 else None
    drop_head = quorum or rng.random() < 0.5  # a quorum queue here: drop-head (assumed)
    manual, ckpt = rng.random() < 0.7, rng.random() < 0.5
    ack_every, ck_every = rng.uniform(1, 5), rng.uniform(15, 60)
    phase = rng.uniform(3, 20)
    broker = _outages(rng, T, (5, 80), (20, 150), (15, 90), (120, 360), 0.2)
    alarm = _outages(rng, T, (10, 150), (30, 200), (60, 300), (300, 900), 0.3)
    agg = _outages(rng, T, (5, 100), (10, 100), (5, 40), (120, 600), 0.25)
    path.settings = dict(confirms=confirms, persistent=persistent, quorum=quorum, ttl=ttl, maxlen=maxlen,
                         drop_head=drop_head, manual=manual, ckpt=ckpt, L=m.L)
    N = len(m.end)
    idx = np.arange(N)
    stamp = m.end + off[m.node]
    b = m.end + rng.exponential(0.03, N)  # at the broker
    lost = np.zeros(N, bool)
    dup_idx = []
    for ob in (broker, alarm):  # publishers blocked or disconnected: the publisher thread holds the messages
        j = _in(m.end, ob)
        for k in np.unique(j[j >= 0]):
            a, e = ob[k]
            sel = j == k
            b[sel] = e + (rng.uniform(0, 5, nmax) if ob is broker else rng.uniform(0, 0.5, nmax))[m.node[sel]]
            for t in run.stops:  # a killed trainer's buffer is lost with it
                if a < t < e:
                    lost |= sel & (m.end < t)
            if ob is broker:  # the last second's messages before the connection dropped
                fl = (m.end >= a - 1) & (m.end < a) & (rng.random(N) < 0.5)
                if confirms:  # unconfirmed, published again after the reconnect: enqueued twice
                    dup_idx.append(idx[fl])
                else:
                    lost |= fl
    c["buffered_late"] = int((b - m.end > 1).sum())
    c["lost_in_flight_or_buffer"] = int(lost.sum())
    dup = np.concatenate(dup_idx) if dup_idx else np.zeros(0, int)
    c["published_twice"] = len(dup)
    msg = np.concatenate([idx, dup])
    bb = np.concatenate([b, b[dup] + rng.uniform(1, 5, len(dup))])
    ok = ~lost[msg]
    msg, bb = msg[ok], bb[ok]
    o = np.argsort(bb, kind="stable")
    msg, bb = msg[o], bb[o]
    # consumed at once, or (the aggregator down) when it is back; expired (TTL) or overflowed meanwhile
    p = bb.copy()
    keep = np.ones(len(msg), bool)
    ja = _in(bb, agg)
    c.update(ttl_expired=0, overflow=0, broker_queue_lost=0)
    for k in np.unique(ja[ja >= 0]):
        a, e = agg[k]
        w = np.nonzero(ja == k)[0]
        p[w] = e + 1e-3 * np.arange(len(w))
        exp = (e - bb[w]) > ttl
        c["ttl_expired"] += int(exp.sum())
        keep[w[exp]] = False
        w = w[~exp]
        if maxlen is not None and len(w) > maxlen:
            drop = w[:len(w) - maxlen] if drop_head else w[maxlen:]
            keep[drop] = False
            c["overflow"] += len(drop)
        if not (quorum or persistent):  # a classic queue's transient messages die with a broker restart
            for tb, _ in broker:
                if a < tb < e:
                    gone = w[bb[w] < tb]
                    keep[gone] = False
                    c["broker_queue_lost"] += len(gone)
    msg, p = msg[keep], p[keep]
    minute = np.floor(stamp[msg] / STEP).astype(int)
    # the aggregator's restarts: its in-memory sums lost, or restored from its last checkpoint; unacked messages
    # redelivered when it is back (and counted twice where the checkpoint already held them)
    cnt, rem = p.copy(), np.full(len(msg), np.inf)
    c.update(agg_restarts=len(agg), redelivered=0, counted_twice=0, sums_lost=0)
    for a, e in agg:
        alive = (cnt < a) & (rem > a)
        t_ck = np.floor(a / ck_every) * ck_every if ckpt else -np.inf
        t_ack = np.floor(a / ack_every) * ack_every
        gone = alive & (cnt > t_ck)
        c["sums_lost"] += int((gone & (minute >= int(a // STEP) - 1)).sum())  # of minutes not yet read
        rem[gone] = a
        red = alive & (cnt > t_ack) & (cnt > a - 30) if manual else np.zeros(len(msg), bool)
        c["redelivered"] += int(red.sum())
        c["counted_twice"] += int((red & ~gone).sum())
        r = np.nonzero(red)[0]
        msg, minute = np.concatenate([msg, msg[r]]), np.concatenate([minute, minute[r]])
        cnt = np.concatenate([cnt, e + 1e-3 * np.arange(len(r))])
        rem = np.concatenate([rem, np.full(len(r), np.inf)])
    read = (np.arange(n) + 1) * STEP + phase + rng.uniform(0, 1, n)
    down = _in(read, agg) >= 0
    c["reads_down"] = int(down.sum())
    ok = (minute >= 0) & (minute < n)
    mi = np.clip(minute, 0, n - 1)
    inc = ok & (cnt <= read[mi]) & (read[mi] < rem) & ~down[mi]
    c["late_for_read"] = int((ok & (cnt > read[mi])).sum())
    path.msg, path.minute = msg[inc], minute[inc]
    path.counts, path.read = c, read
    path.broker, path.alarm, path.agg = broker, alarm, agg
    return path


def _values(run, loss: np.ndarray | None = None) -> np.ndarray:
    """The dashboard's reads: each minute's counted pages / 60 (``loss``: pages taken off each message)."""
    w = run.msgs.pages if loss is None else loss
    return np.bincount(run.path.minute, weights=w[run.path.msg], minlength=run.n)[:run.n] / STEP


def _loss(run, mods) -> np.ndarray:
    """Each message's pages lost to the regressions ``mods`` (``(tick0, m)``: the tick-wise share ``m`` lost)."""
    m = run.msgs
    out = np.zeros(len(m.s))
    for t0, f in mods:
        t1 = t0 + len(f)
        k0, k1 = np.searchsorted(m.s, t0 - m.q), np.searchsorted(m.s, t1)
        s = m.s[k0:k1]
        Jn = run.J / np.maximum(run.nodes, 1)
        x = np.zeros(len(s))
        for j in range(m.q):
            ti = s + j
            inside = (ti >= t0) & (ti < t1)
            x += np.where(inside, Jn[ti] * f[np.clip(ti - t0, 0, len(f) - 1)], 0.0)
        out[k0:k1] += x
    return out


def _series(run, mods) -> np.ndarray:
    """The reads with the regressions: the healthy reads less what they lost (equal where nothing changed)."""
    if not mods:
        return run.h.copy()
    loss = _loss(run, mods)
    sel = loss[run.path.msg] != 0
    d = np.bincount(run.path.minute[sel], weights=loss[run.path.msg[sel]], minlength=run.n)[:run.n] / STEP
    v = run.h.copy()
    ch = d != 0
    v[ch] = np.maximum(v[ch] - d[ch], 0.0)
    return v


def _spans(run, h) -> list:
    """Paused points: the training time a point's minute sums (its 60 s, a logging interval, a tick and the clocks'
    offsets) touches a pause (or a ramp's first half), or it reads nothing; lone ones widened to two, merged."""
    n = run.n
    lw = run.msgs.L + TICK + max(0.0, float(run.path.off.max())) + 1
    rw = STEP + max(0.0, -float(run.path.off.min())) + 1
    mask = h <= 0
    for a, b, _ in run.pauses_t:
        s, e = max(0, int(np.floor((a - rw) / STEP)) + 1), min(n, int(np.ceil((b + lw) / STEP)))
        mask[s:e] = True
    spans = []
    i = 0
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        s, e = int(s), int(e)
        if e - s == 1:
            e = min(n, e + 1) if e < n else e
            if e - s == 1:
                s -= 1
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
        i += 1
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy reads, pause spans, live mask, changes)`` of the seed's healthy run."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.msgs = _messages(rng, run)
    run.path = _path(rng, run, run.msgs)
    run.h = _values(run)
    spans = _spans(run, run.h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.long_pauses = [(a, b) for a, b, k in run.pauses_t if b - a > 60 and k != "ramp"]
    return run, run.h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point (0 .. 1) over ``length`` points."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.where(s < ramp, (s / ramp) ** rng.uniform(0.7, 1.5), 1.0)
    calm = rng.uniform(0.1, 0.3)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 40), rng.uniform(10, 60))
    return np.where(hc.bad_share(edges, s, 1.0) > 0.5, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, mod)`` pair, or None after 80 draws."""
    n = run.n
    pt = np.arange(n + 1) * float(STEP)
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            t0 = hc.onset_time(rng, run.long_pauses, pt, lo, last, float(STEP))
            if t0 is None:
                continue
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        tick0 = int(t0 // TICK)
        t_end = run.nt if to_end else stop * K
        w = _weight(rng, kind, stop - onset + 2 if not to_end else run.nt // K - onset + 2, ramp)
        wt = np.repeat(w, K)[tick0 - onset * K:][:t_end - tick0]
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = min(onset + ramp, stop - 5) if kind == "leak" else onset
        v1 = _series(run, [(tick0, wt)])
        l1, k = hc.live_loss(v1, healthy, live, c0, stop)
        if k < 5 or l1 <= 0:
            continue
        a = target / l1
        if a > 0.8:
            continue
        mod = (tick0, a * wt)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset2, end = span
        if any(onset2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset2
        if kind == "leak" and not onset2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset2, ramp_end, end, n, (ramp_end - onset2) // 3)
        if depth is not None:
            return Event(kind, onset2, ramp_end, end, round(depth, 4)), mod
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout97(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout97_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT97_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout97, seeds, n, pauses)
