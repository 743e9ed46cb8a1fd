"""The hundredth held-out throughput family: a promptable video object segmentation model's fine-tuning frames/s (a
SAM 2-style model: an image encoder, a memory attention module over a memory bank of the previous frames, a mask
decoder prompted by clicks, boxes or masks; fine-tuned on video clips with object masks), one NATS JetStream message
per node and logging interval published with nats-py, summed per minute into a JetStream key-value bucket.

(No generator's head names NATS, JetStream, a key-value bucket or a pull consumer; heads 22, 70, 91 and 94 are video
models and 23 and 44 segmentation models, through other paths.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): the NATS docs on publish acknowledgements (the PubAck
schema: ``duplicate`` set when the ``Nats-Msg-Id`` header matched a message in the duplicate window, nothing stored),
the .NET client's publish page (message deduplication by ID), a nats-py gist publishing with ``Nats-Msg-Id`` headers
and a pull subscription; the docs' "Shaping the stream" page and the retention / discard pages (Limits, WorkQueue and
Interest retention; MaxMsgs, MaxBytes, MaxAge; DiscardOld deletes the oldest, DiscardNew refuses the new message);
consumer pages (durable pull consumers, explicit acks, a message not acked within AckWait redelivered until MaxDeliver)
and a Netdata guide on AckWait tuning; the key-value pages (a bucket is a stream ``KV_<bucket>``, a put is a message,
a revision is its sequence, ``update`` a compare-and-set on the last revision, ``history`` kept per key); nats-py PR
#289 (a reconnect pending buffer of 64 MB by default, ``pending_size``), nats.go #86 (data already written to the OS
socket before a broken connection is noticed is lost: core NATS is fire-and-forget; JetStream publishes with awaited
acks and the duplicate window make a resend safe), nats.net.v1 #271 and nats.rs #182 (messages lost around a
reconnect), stan.js #168 (messages pending before a disconnect lost, acks lost both ways).

Assumed without checking (my own picture): 4 or 8 GPUs a node, 1, 2, 4 or 8 nodes (0.86-0.97 per doubling); a GPU
trains 8-40 frames/s at the first stage (8-frame clips); a node's 16-96 loader workers each decode a video with
PyAV / decord, sample, resize and augment frames and decode the masks' run-length encodings at 3-12 frames/s, or
15-45 from pre-extracted JPEG frames (30 % of runs); a node runs at the soft minimum of its GPUs and workers. Later
stages (70 % of runs relaunch at 25-80 % of the run, 25 % of those again): a larger resolution (1.25-1.6 times: GPU
``r ** -2``, workers ``r ** -1``), longer clips (1.5-3 times the frames in memory: GPU cost ``0.6 + 0.4 m``), a new
domain (surgical, driving or wildlife video: decoding 1.2-2 times dearer), a larger encoder (1.8-3 times dearer), a
distillation into a small model (1.4-2.2 times faster), or another node count; redrawn until the level moves 15 %.
Per 5-s tick ``exp(N(0, 4-8 %))`` with videos decoded on the fly, else 2-4 %; a slow OU of the log (sd 1-3 %, 20-120
min). Pauses: a start-up of 2-9 min ("long": 15-40) and a ramp from 35-65 % over 2-8 min (its first half paused); a
validation (J&F on held-out videos with simulated clicks: each object prompted by 1-3 clicks, propagated) after each
30-90 min ("long": 40-100), 1.5-4 min ("long": 8-23), a checkpoint after every 1 or 2, 10-60 s ("long": 1-4 min);
crashes (exponential, mean 15-60 h, at least 20 min after a start): down 1-5 min ("long": 8-20), restarted in 2-7 min
("long": 10-20), a ramp from 80-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long": 5-12) and 1-5 min more,
then a start-up. Not checked: nats-py's stale-connection detection (assumed: ``ping_interval`` times
``max_outstanding_pings``, 60-240 s per run), the duplicate window's default (remembered as 2 min, not read), that a
JetStream publish timed out is retried by the trainer's own code (assumed: up to 2 retries, 5 s apart), that the
server keeps a durable consumer's delivered-not-acked state over its restart (assumed: yes, file storage).

The path (chosen): each node's trainer publishes, from a background asyncio loop (training never waits on it), one
message per logging interval of 10, 15, 20 or 30 s (per run; a phase per node; the grid restarts with each process):
the node's frames in the interval (data-parallel nodes train the same number: the job's / nodes), node, step, stage
and its own clock's timestamp; none for an interval with no frames, none for the interval under way when a crash or a
relaunch kills the process. Publish acks awaited in 60 % of runs; a ``Nats-Msg-Id`` (node, launch, sequence) in 70 %
of those (always without awaited acks). Disconnections (per node: a network cut first within 5-80 h, then every
20-150 h, 5 s-3 min, 20 %: 3-15 min; for all nodes, the service and the dashboard: NATS server restarts, first within
10-100 h, then every 30-200 h, 10-60 s, 20 %: 1-4 min): a cut shorter than the stale-connection detection only delays
(TCP resends at its end); a longer one loses what was written into the dead socket before it was noticed (without
awaited acks; with them the timed-out publish is resent after the reconnect), and what is published after goes to the
pending buffer (never full here) and is sent at the reconnect, lost if the process is killed first. With awaited acks
and no ``Nats-Msg-Id`` a buffered publish's retries (one per 5 s of the outage, at most 2) are stored too; a lost ack
(0.02 % of publishes) is retried the same way (a duplicate unless the header is set). The stream (file storage) uses
WorkQueue retention with MaxMsgs 1,000-8,000 (55 %; DiscardNew in 40 % of those: the newest refused when full, else
the oldest deleted) or Limits retention with MaxAge 20-90 min: it only drops messages while the aggregating service is
away. The service reads a durable pull consumer (explicit acks, AckWait 30 s, MaxDeliver unlimited), adds each frames
count to a per-minute sum in memory, keyed by the trainer's timestamp (60 % of runs) or by the stream's stored time
(the arrival on the server's clock), and writes the sums it changed to the key-value bucket (one revision per write)
every 5-20 s (per run, its own phase). It acks on receipt (45 %: a crash loses the sums not yet written; an ack in
the last 0.5-2 s before a NATS server restart is lost and the message redelivered and counted twice) or after the
write (a crash's unwritten messages are redelivered after the restart and counted once, late; a crash within 0.2-1 s
after a write, before its acks, counts that write's messages twice). Service restarts: crashes first within 5-40 h,
then every 10-80 h, down 20-120 s (15 %: a crash loop of 10-45 min); rolling deploys first within 5-60 h, then every
10-100 h, the old and new instance both pulling for 5-30 s: in the 50 % of runs that ``put`` rather than ``update``
(compare-and-set on the revision) half of the messages taken in the overlap are overwritten. A small HTTP endpoint
serves the dashboard: once a minute at the minute's end plus 8-30 s (per run) and 0-1 s it gets the last complete
minute's key and returns its sum over 60 s; what the service wrote later is never read (late); a failed read (0.1-0.4
%, and while the NATS server restarts) or a missing key gives nothing (0). There is no deduplication by step: a
restarted trainer's intervals start again from its checkpoint's step and are summed whatever their step (redone steps
count as work). Clocks: each node's off true time by ``N(0, 0.2 s)``; in 10 % of runs one node by 5-40 s more (either
way). Nothing was measured on a real system.

One point is the dashboard's read once a minute (the trace's step, 60 s, the bucket's minute key); its timestamp is
the minute's end. All that the path delays, loses or duplicates is fixed by the healthy run (which messages exist,
how often each is counted and which minute's read takes it); a regression scales each tick's frames by ``1 - a w``
and each read loses the frames its messages lost (reads none of whose messages changed equal the healthy ones).

A point is paused where its minute (with a logging interval, the clocks' largest offset and 3 s before it, 3 s after)
touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is widened to two; a listed
change is the first point after a relaunch's pause span. Labelled regressions multiply the job's frames from their
onset: ``drop`` (one node's InfiniBand link renegotiated at a lower rate, the all-reduce slower; ``w = min(1, (s + 1)
/ tau)``, ``tau`` 1-5 points), ``straggler`` (one node's loader workers stalled reading videos from a shared file
system another job saturates in bursts, every node waiting at the all-reduce: bursts of mean 5-40 points at 1, calm of
mean 10-60 at 0.1-0.3), ``leak`` (the loaders' decoded-frame cache, kept per video for the memory bank's clips, growing
until the hosts swap: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held). Onsets by
``hc.onset_time`` over pauses over a minute (30 % at a pause's end), else anywhere in the slot; ``a`` set from one
series at ``a = 1`` (the reads are linear in ``a``) for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 %
(leak, over its plateau), ``a <= 0.8``; every kind in each trace with events (``hc.family_trace``); an event holds no
listed change; kept where ``hc.shown_depth`` allows (80 draws).

Counts over ``heldout100_set`` (12 seeds, n=6000; measured from this generator)
------------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.100-0.321  14              2-26 (1345, 0 >60)           3
long      32      10    13         9     0.102-0.313  19              2-59 (960, 0 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 8, long 10 (new stages after relaunches). Paused share of the points: 7.8-9.7 % (short),
22.0-25.9 % (long). The healthy live points over the job's true frames per minute (summed): 1.000-1.000 (both, to three
places). Over the 12 runs of each setting (short / long): 51 / 42 crashes and 8 / 10 relaunches (201 / 187 intervals
under way at a kill never published), 719,333 / 800,012 messages published, 100 / 97 lost in a dead socket, 0 / 8
lost with the pending buffer, 504 / 587 sent late at a reconnect, 48 / 95 stored more than once (no ``Nats-Msg-Id``),
0 / 0 dropped by the stream's limits (no crash loop met a small limit: said, not tuned), 20 / 21 lost with the
service's unwritten sums, 4 / 2 redelivered and counted twice, 31 / 18 overwritten in a deploy's overlap, 870 / 3,232
written after their minute was read, 199 / 182 failed reads.

The test module runs in 0.98-1.06 s by pytest (1.57-1.80 s wall, 1.14-1.19 s user CPU + 0.06-0.07 s system;
``OMP_NUM_THREADS=1``, pinned to one core with ``taskset -c 0``, on a machine busy with other benchmarks).

Size: over 520 lines because the docstring carries the family's sources, assumptions, path and counts; the code is
under 440.

Opened
------
``docs/data-authors.md`` (all); ``anomaly/heldout99.py`` lines 1-150, a ``grep -n`` for its two functions (559, 566)
and a ``wc -l`` (568), then lines 559-568 with ``sed -n``; ``tests/test_anomaly_heldout99.py`` (all, in the same
command); ``anomaly/heldout_common.py`` (all, with a ``wc -l`` of it and ``tests/trace_checks.py``);
``tests/trace_checks.py`` (all) and ``anomaly/traces.py`` lines 1-80; ``/tmp/s50/genheads100.txt`` through a ``wc -l``
and a ``grep -inE`` for "nats|jetstream|sam ?2|segment|video|davis|vos|mask|frames" cut at 300 characters (lines 55,
58, 61, 76, 94, 124, 202-203, 212, 221, 227, 252, 259, 261, 265, 274-275, 278 hit: heads of video, segmentation and
masked models and of "frames"), its lines 1-3 cut at 200 characters, and a ``grep -inE`` for
"jetstream|nats|key-value|pull consumer" (no hit); ``tests/test_architecture.py`` lines 1-110. Slips: ``git worktree
add`` printed main's head commit subject (not sought); the first grep printed parts of other heads (heads only). Nothing
else in the project opened; my scratch scripts lived in ``/tmp/g100_*.py`` (mine, run only on this generator).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT100_SEEDS = tuple(range(1002000, 1002012))
CODE = 100
EPOCH = 1_830_297_600  # 2028-01-01 00:00 UTC
STEP = 60  # the dashboard reads the last complete minute's key once a minute: one point, that minute's frames / 60
TICK = 5  # the job's simulation grid (s); every pause, logging interval and process start is a multiple of it
K = STEP // TICK
H = 3600.0
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "valid": {"short": (90, 240), "long": (480, 1380)},
       "gap": {"short": (1800, 5400), "long": (2400, 6000)},
       "ckpt": {"short": (10, 60), "long": (60, 240)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)}}
STAGES = ("res", "clip", "domain", "encoder", "distil", "nodes")
STAGE_P = (0.2, 0.2, 0.15, 0.15, 0.15, 0.15)


def _r5(x: float) -> float:
    """``x`` s rounded to the tick grid (at least one tick)."""
    return max(TICK, TICK * round(x / TICK))


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s at stage ``st``: each node at the soft minimum of its GPUs and its loader workers."""
    gpu = cfg["gpus"] * cfg["gpu"] * st["fast"] / (st["res"] ** 2 * (0.6 + 0.4 * st["mem"]) * st["enc"])
    cpu = cfg["workers"] * cfg["core"] / (st["res"] * st["dom"])
    node = (gpu ** -8 + cpu ** -8) ** -0.125
    return float(node * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]))


def _config(rng) -> dict:
    fly = rng.random() < 0.7  # videos decoded on the fly (else pre-extracted JPEG frames)
    return {"nodes": int(rng.choice([1, 2, 4, 8], p=[0.15, 0.3, 0.35, 0.2])), "gpus": int(rng.choice([4, 8])),
            "gpu": rng.uniform(8, 40), "workers": int(rng.integers(16, 97)),
            "core": rng.uniform(3, 12) if fly else rng.uniform(15, 45), "eff": rng.uniform(0.86, 0.97),
            "noise": rng.uniform(0.04, 0.08) if fly else rng.uniform(0.02, 0.04)}


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A later stage whose level moves 15 % or more from ``st``'s."""
    base = _level(cfg, st)
    while True:
        new = dict(st)
        kind = STAGES[int(rng.choice(len(STAGES), p=STAGE_P))]
        if kind == "res":
            new["res"] *= rng.uniform(1.25, 1.6)
        elif kind == "clip":
            new["mem"] *= rng.uniform(1.5, 3.0)
        elif kind == "domain":
            new["dom"] *= rng.uniform(1.2, 2.0)
        elif kind == "encoder":
            new["enc"] *= rng.uniform(1.8, 3.0)
        elif kind == "distil":
            new["fast"] *= rng.uniform(1.4, 2.2)
        else:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4, 8) if x != st["nodes"]]))
        if abs(np.log(_level(cfg, new) / base)) >= np.log(1.15):
            new["kind"] = kind
            return new


def _times(rng, T: float, first: tuple, every: tuple) -> list[float]:
    """Event times (s): the first within ``first`` hours, then every ``every`` hours, up to ``T``."""
    out, t = [], rng.uniform(*first) * H
    while t < T:
        out.append(t)
        t += rng.uniform(*every) * H
    return out


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its pauses, processes, stages and frames/s per tick."""
    T = n * STEP + 900.0
    nt = int(T // TICK)
    cfg = _config(rng)
    st = {"res": 1.0, "mem": 1.0, "dom": 1.0, "enc": 1.0, "fast": 1.0, "nodes": cfg["nodes"], "kind": "first"}
    stages, stage_t = [st], []
    on = np.zeros(nt)
    pauses_t, procs, known_t = [], [], []
    counts = {"crashes": 0, "relaunches": 0, "valid": 0, "ckpt": 0}
    rel = []
    if rng.random() < 0.7:
        rel.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            rel.append(rel[0] + rng.uniform(0.1, 0.9) * (T - rel[0]))
    crash_mean = rng.uniform(15, 60) * H
    ck_every = int(rng.integers(1, 3))

    def d(key):
        return _r5(rng.uniform(*DUR[key][setting]))

    def ramp(t, r0, dur, kind_first_half=True):
        i0, i1 = int(t // TICK), int((t + dur) // TICK)
        on[i0:min(i1, nt)] = np.linspace(r0, 1.0, max(i1 - i0, 1) + 1)[:max(0, min(i1, nt) - i0)]
        pauses_t.append((t, t + dur / 2, "ramp"))
        return t + dur

    def start(t, kind):
        s = d("startup")
        pauses_t.append((t, t + s, kind))
        return ramp(t + s, rng.uniform(0.35, 0.65), _r5(rng.uniform(120, 480)))

    t, proc0 = start(0.0, "startup"), 0.0
    next_val, next_crash = t + d("gap"), t + max(1200.0, rng.exponential(crash_mean))
    while t < T:
        due = rel[0] if rel else np.inf
        nxt = min(next_val, next_crash, due)
        i0, i1 = int(t // TICK), min(nt, int(nxt // TICK))
        on[i0:i1] = 1.0
        t = _r5(nxt)
        if t >= T:
            break
        if nxt == next_val:
            v = d("valid")
            pauses_t.append((t, t + v, "valid"))
            t += v
            counts["valid"] += 1
            if counts["valid"] % ck_every == 0:
                c = d("ckpt")
                pauses_t.append((t, t + c, "ckpt"))
                t += c
                counts["ckpt"] += 1
            next_val = t + d("gap")
        elif nxt == next_crash:
            procs.append((proc0, t))
            counts["crashes"] += 1
            down, rs = d("down"), d("restart")
            pauses_t.append((t, t + down + rs, "restart"))
            proc0 = t + down
            t = ramp(t + down + rs, rng.uniform(0.8, 0.95), _r5(rng.uniform(60, 180)))
            next_val, next_crash = t + d("gap"), t + max(1200.0, rng.exponential(crash_mean))
        else:
            rel.pop(0)
            procs.append((proc0, t))
            counts["relaunches"] += 1
            stop = d("stop") + _r5(rng.uniform(60, 300))
            pauses_t.append((t, t + stop, "stop"))
            stage_t.append(t)
            known_t.append(t + stop / 2)
            stages.append(_next_stage(rng, cfg, stages[-1]))
            proc0 = t + stop
            t = start(t + stop, "startup")
            next_val, next_crash = t + d("gap"), t + max(1200.0, rng.exponential(crash_mean))
    procs.append((proc0, np.inf))
    tt = np.arange(nt) * TICK
    stage_of = np.searchsorted(np.array(stage_t), tt, side="right")
    levels = np.array([_level(cfg, s) for s in stages])
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    J = levels[stage_of] * on * np.exp(rng.normal(0, cfg["noise"], nt) + ou[tt.astype(int) // 60])
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, J=J, pauses_t=sorted(pauses_t), procs=procs, known_t=known_t,
                           stages=stages, levels=levels, counts=counts)


def _windows(starts, lens) -> tuple[np.ndarray, np.ndarray]:
    """Merged ``(start, end)`` arrays of windows."""
    w = sorted([(s, s + x) for s, x in zip(starts, lens)] + [(2e12, 2e12 + 1)])  # a sentinel far past the run
    out = []
    for a, b in w:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    arr = np.array(out, float).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def _inside(x, s, e) -> np.ndarray:
    """For each of ``x``, the index of the window ``[s, e)`` it lies in, or -1."""
    if len(s) == 0:
        return np.full(len(x), -1)
    i = np.searchsorted(s, x, side="right") - 1
    ok = (i >= 0) & (x < e[np.maximum(i, 0)])
    return np.where(ok, i, -1)


def _path(rng, run) -> SimpleNamespace:
    """Every message of the healthy run and where it lands: its ticks, its share, its count and its read (point)."""
    n, T, nodes_at = run.n, run.T, [s["nodes"] for s in run.stages]
    c = {k: 0 for k in ("sent", "killed", "socket_lost", "pending_lost", "late_sent", "dup_publish", "stream_dropped",
                        "service_lost", "redelivered_twice", "kv_overwritten", "late", "read_failed")}
    L = float(rng.choice([10, 15, 20, 30]))
    acked = rng.random() < 0.6
    msgid = (rng.random() < 0.7) if acked else True
    detect = rng.uniform(60, 240)
    srv_s, srv_e = _windows(st := _times(rng, T, (10, 100), (30, 200)),
                            [rng.uniform(10, 60) if rng.random() < 0.8 else rng.uniform(60, 240) for _ in st])
    off = rng.normal(0, 0.2, 8)
    if rng.random() < 0.1:
        off[int(rng.integers(8))] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    wq = rng.random() < 0.55
    max_msgs, disc_new, max_age = int(rng.integers(1000, 8001)), rng.random() < 0.4, rng.uniform(20, 90) * 60
    by_trainer = rng.random() < 0.6
    F, ph_f = rng.uniform(5, 20), rng.uniform(0, 20)
    ack_early = rng.random() < 0.45
    put_mode = rng.random() < 0.5
    lag, p_fail = rng.uniform(8, 30), rng.uniform(0.001, 0.004)
    cr = _times(rng, T, (5, 40), (10, 80))
    cr_len = [rng.uniform(20, 120) if rng.random() < 0.85 else rng.uniform(600, 2700) for _ in cr]
    dep = _times(rng, T, (5, 60), (10, 100))
    dep_len = [rng.uniform(5, 30) for _ in dep]
    svc_s, svc_e = _windows(cr, cr_len)
    dep_s, dep_e = _windows(dep, dep_len)
    rows = []  # (i0, i1, share, mult, point)
    for p, (p0, p1) in enumerate(run.procs):
        nodes = nodes_at[min(len(nodes_at) - 1, int(np.searchsorted(np.array(run.known_t), p0)))]
        for node in range(nodes):
            cuts = _times(rng, T, (5, 80), (20, 150))
            cut_len = [rng.uniform(5, 180) if rng.random() < 0.8 else rng.uniform(180, 900) for _ in cuts]
            ph = TICK * int(rng.integers(0, int(L // TICK)))
            e = np.arange(p0 + ph + L, min(p1, T), L)
            i1 = (e // TICK).astype(int)
            i0 = i1 - int(L // TICK)
            fr = run.cum[np.minimum(i1, run.nt)] - run.cum[np.maximum(i0, 0)]
            keep = fr > 0
            if p1 < T:
                c["killed"] += 1
            e, i0, i1 = e[keep], i0[keep], i1[keep]
            m = len(e)
            c["sent"] += m
            mult = np.ones(m)
            arrive = e + rng.uniform(0.001, 0.05, m)
            ns, ne = _windows(list(cuts) + list(srv_s), list(cut_len) + list(srv_e - srv_s))
            w = _inside(e, ns, ne)
            inw = w >= 0
            wi = np.maximum(w, 0)
            is_srv = np.isin(ns[wi], srv_s)
            long_cut = (ne[wi] - ns[wi] > detect) & ~is_srv
            sock = inw & long_cut & (e < ns[wi] + detect) & ~acked
            mult[sock] = 0
            c["socket_lost"] += int(sock.sum())
            later = inw & ~sock
            rec = ne[wi] + rng.uniform(0, 2, m)
            killed = later & (rec >= p1)
            mult[killed] = 0
            c["pending_lost"] += int(killed.sum())
            late = later & ~killed
            arrive[late] = rec[late]
            c["late_sent"] += int(late.sum())
            if acked and not msgid:
                extra = late & (rec - e > 5)
                mult[extra] += np.minimum(2, np.floor((rec - e)[extra] / 5))
                lost_ack = (rng.random(m) < 2e-4) & ~inw
                mult[lost_ack] += 1
                c["dup_publish"] += int(extra.sum() + lost_ack.sum())
            ts = e + off[node] if by_trainer else arrive
            rows.append((i0, i1, np.full(m, 1.0 / nodes), mult, arrive, ts))
    i0, i1, share, mult, arrive, ts = (np.concatenate(x) for x in zip(*rows))
    order = np.argsort(arrive, kind="stable")
    i0, i1, share, mult, arrive, ts = i0[order], i1[order], share[order], mult[order], arrive[order], ts[order]
    if not by_trainer:
        ts = arrive
    # the service: away in svc windows; the stream keeps what its limits allow meanwhile
    q = arrive + rng.uniform(0.05, 1.0, len(arrive))
    w = _inside(arrive, svc_s, svc_e)
    for k in range(len(svc_s)):
        idx = np.nonzero((w == k) & (mult > 0))[0]
        if wq and len(idx) > max_msgs:
            drop = idx[max_msgs:] if disc_new else idx[:len(idx) - max_msgs]
        elif not wq:
            drop = idx[arrive[idx] < svc_e[k] - max_age]
        else:
            drop = idx[:0]
        mult[drop] = 0
        c["stream_dropped"] += len(drop)
        q[idx] = svc_e[k] + rng.uniform(0.5, 5.0, len(idx))
    ws = _inside(q, srv_s, srv_e)
    q[ws >= 0] = srv_e[ws[ws >= 0]] + rng.uniform(0.5, 3.0, int((ws >= 0).sum()))
    flush = ph_f + F * np.ceil((q - ph_f) / F)
    # a service crash between a message's processing and the write of its sum
    nxt_crash = np.searchsorted(svc_s, q, side="left")
    ci = np.minimum(nxt_crash, max(len(svc_s) - 1, 0))
    hit = (nxt_crash < len(svc_s)) & (svc_s[ci] < flush) & (mult > 0) if len(svc_s) else np.zeros(len(q), bool)
    if ack_early:
        mult[hit] = 0
        c["service_lost"] += int(hit.sum())
        near = np.searchsorted(srv_s, q, side="left")
        si = np.minimum(near, max(len(srv_s) - 1, 0))
        gap = rng.uniform(0.5, 2.0)
        two = (near < len(srv_s)) & (srv_s[si] - q < gap) & (mult > 0) if len(srv_s) else hit & False
        mult[two] *= 2
        c["redelivered_twice"] += int(two.sum())
    else:
        flush[hit] = ph_f + F * np.ceil((np.maximum(svc_e[ci[hit]], q[hit] + 30) - ph_f) / F)
        after = np.searchsorted(svc_s, flush, side="left")
        ai = np.minimum(after, max(len(svc_s) - 1, 0))
        two = (after < len(svc_s)) & (svc_s[ai] - flush < rng.uniform(0.2, 1.0)) & ~hit & (mult > 0) \
            if len(svc_s) else hit & False
        mult[two] *= 2
        c["redelivered_twice"] += int(two.sum())
    if put_mode:
        over = (_inside(q, dep_s, dep_e) >= 0) & (rng.random(len(q)) < 0.5) & (mult > 0)
        mult[over] = 0
        c["kv_overwritten"] += int(over.sum())
    point = np.floor(ts / STEP).astype(int)
    read_at = STEP * (point + 1) + lag + rng.uniform(0, 1, n + 2)[np.clip(point, 0, n + 1)]
    late = (flush > read_at) & (mult > 0)
    c["late"] += int(late.sum())
    mult[late] = 0
    ok = (mult > 0) & (point >= 0) & (point < n)
    reads = STEP * (np.arange(n) + 1) + lag
    failed = (rng.random(n) < p_fail) | (_inside(reads, srv_s, srv_e) >= 0)
    c["read_failed"] = int(failed.sum())
    ok &= ~failed[np.clip(point, 0, n - 1)]
    return SimpleNamespace(i0=i0[ok], i1=i1[ok], wt=(share * mult)[ok] * TICK / STEP, point=point[ok], counts=c,
                           L=L, off=float(np.abs(off).max()), opts={"acked": acked, "msgid": msgid, "wq": wq,
                                                                    "by_trainer": by_trainer, "ack_early": ack_early,
                                                                    "put": put_mode})


def _read(run, x: np.ndarray) -> np.ndarray:
    """The dashboard's reads when the job trains ``x`` frames/s per tick: each point its messages' frames / 60."""
    C = np.concatenate([[0.0], np.cumsum(x)])
    fr = C[np.minimum(run.path.i1, run.nt)] - C[np.maximum(run.path.i0, 0)]
    return np.bincount(run.path.point, weights=fr * run.path.wt, minlength=run.n)[:run.n]


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.cum = np.concatenate([[0.0], np.cumsum(run.J)])
    run.path = _path(rng, run)
    healthy = run.healthy = _read(run, run.J)
    pad = run.path.L + run.path.off + 3
    paused = healthy <= 0
    for a, b, kind in run.pauses_t:
        s, e = int((a - 3) // STEP), min(n, int(np.ceil((b + pad) / STEP)))
        paused[max(s, 0):max(e, 0)] = True
    edges = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    spans = []
    for s, e in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]):
        e = int(e) + (1 if e - s == 1 and e < n else 0)  # a lone paused point is widened to two
        hc.add_span(spans, int(s), e)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.counts.update(run.path.counts)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.7, 1.5), 1.0)
    w, i, burst = np.empty(length), 0, True
    calm = rng.uniform(0.1, 0.3)
    b_mean, c_mean = rng.uniform(5, 40), rng.uniform(10, 60)
    while i < length:
        k = 1 + int(rng.exponential(b_mean if burst else c_mean))
        w[i:i + k] = 1.0 if burst else calm
        i += k
        burst = not burst
    return w


def _slow(run, mods) -> np.ndarray:
    slow = np.ones(run.nt)
    for onset, wa in mods:
        a0 = onset * K
        x = np.repeat(wa, K)[:max(0, run.nt - a0)]
        slow[a0:a0 + len(x)] -= x
    return slow


def _series(run, mods) -> np.ndarray:
    """The reads with the regressions ``mods`` (``(onset point, a * weight per point)`` pairs)."""
    if not mods:
        return run.healthy.copy()
    return np.maximum(run.healthy - _read(run, run.J * (1.0 - _slow(run, mods))), 0.0)  # exact outside the events


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    n = run.n
    ts = STEP * np.arange(n, dtype=float)
    long_p = [(a, b) for a, b, k in run.pauses_t if b - a > 60]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, long_p, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + ramp
        v1 = _series(run, [(onset, w)])
        loss1, k = hc.live_loss(v1, healthy, live, c0, stop)
        if k < 10 or loss1 <= 0 or target / loss1 > 0.8:
            continue
        mod = (onset, (target / loss1) * w)
        v = _series(run, [mod])
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
            return Event(kind, on2, ramp_end, end, round(depth, 4)), mod
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout100(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout100_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT100_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout100, seeds, n, pauses)
