"""The hundred-and-seventh held-out throughput family: a text-conditioned music generation model's training audio
clips/s (MusicGen-style: a decoder-only transformer over the codebook streams of an EnCodec-style neural audio codec,
conditioned on text descriptions through a frozen text encoder), each node's count sent once per logging interval to
an Amazon SQS standard queue, summed per minute by a small fleet of polling workers into one JSON object per worker and
minute in Amazon S3, and the minute's objects listed and summed by the monitor once a minute.

(No earlier generator's head names SQS, a queue's visibility timeout, a dead-letter queue, long polling, MusicGen,
EnCodec or codebooks (``grep -ic`` of each: 0). "Amazon" is in three heads (other AWS services: a Timestream table, a
Data Firehose stream, one more whose service the grep cut off), "S3" in one (as a training-image store, not a path),
"queue" in one (an Azure queue), "audio" in four (a speech recogniser, a neural audio codec's own training, two other
audio models) and "music" in one (the fifty-fourth: a symbolic MIDI transformer); so the job's family (audio clips/s)
and its unit are not new, but the task (text-to-music token generation over a codec's codebooks) and the path are. The
job and the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 520 lines with this docstring of about 110 lines (the code is about 470).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout106.py`` lines 1-110 and 516-525 (its
``make_heldout106`` and ``heldout106_set``, after a ``grep -n`` for their ``def`` lines and a ``wc -l``),
``tests/test_anomaly_heldout106.py`` (all), ``anomaly/heldout_common.py`` (all; its middle lines 100-240 printed a
second time with ``grep -n`` because the first print was cut), ``tests/trace_checks.py`` (all), ``anomaly/traces.py``
lines 1-80, ``tests/test_architecture.py`` lines 1-110, and ``/tmp/s52/genheads107.txt`` through ``grep -ic`` /
``grep -io`` only (a ``grep -io`` printed up to 50 characters around each hit of "S3", "amazon", "audio", "music" and
"queue", which showed parts of those heads). Slips: ``wc -l`` of heldout106.py (its length) is not on the list. My own
scratch scripts (in ``/tmp``, not committed) built and measured this family only.

Public sources read (through the search tool, as stored there): Amazon SQS's developer guide on standard queues
(at-least-once delivery: more than one copy of a message may be delivered, occasionally out of order; best-effort
ordering; a message stored in several availability zones before ``SendMessage`` is acknowledged), on visibility
timeouts (set it longer than the SDK's read timeout, else a message becomes visible to other consumers before it is
processed: duplicates), on setting up long polling (wait time up to 20 s, fewer empty and false-empty responses) and on
dead-letter queues (messages moved after ``maxReceiveCount`` receives); ``ReceiveMessage`` references (up to 10
messages per call, ``WaitTimeSeconds`` 0-20, a short poll samples some servers, the receipt handle needed to delete, a
visibility timeout of up to 12 h, 30 s by default); AWS CDK's and Pulumi's ``RedrivePolicy`` / ``DeadLetterQueue``
(``maxReceiveCount`` 1-1000, 5 or so recommended); AWS.Messaging's poller defaults (visibility 30 s, wait 20 s, 10
messages). No S3 page was found in the store (the search gave StorageGRID's consistency pages): that S3 lists an object
right after its PUT (read-after-write, also for lists) is from memory, and so is that each receive of a
message gives a new receipt handle. On the job: MusicGen's model cards and the
AudioCraft README (a single-stage autoregressive transformer over a 32 kHz EnCodec tokenizer with 4 codebooks at 50 Hz,
a delay between codebooks so only 50 steps per second of audio, text conditioning), AudioCraft's TRAINING.md (Flashy
solvers, Dora experiments) and AudioGen's solver config (derived from MusicGen's: ``updates_per_epoch`` 2000, batch
128, 10-s segments, AdamW, fp16 autocast; epochs of a fixed number of updates, each with its valid / evaluate /
generate stages).

Assumed without checking (my own picture): 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.86-0.97 per doubling); a GPU trains
0.4-4 clips/s (log-uniform) at the first stage's cost, which grows as ``(segment / 30 s) ** 1.05`` times the decoder's
size (0.3, 1, 2.1 for 300M, 1.5B, 3.3B parameters), 1.15 times with stereo codebooks, plus ``0.25 segment / 30 s`` where
the codec's encoder runs on the fly (else tokens are cached); the loaders (decoding and resampling the clips where the
codec runs on the fly, else token files five times cheaper) run at 1.8-4 times what the GPUs take, or 0.8-1.3 times
(35 %: the tick noise larger). Later stages (70 % of runs relaunch at 25-80 % of the run, 25 % of those again): one
or two of 10- or 30-s segments, another decoder size, stereo on or off, the codec on the fly or cached, twice or half
the nodes; redrawn until the level moves 15 % (0.5-3 times). Per 5-s tick an AR(1) of the log (sd 2-4.5 %, 4-8 %
loader-bound; correlation 10-60 s), a slow OU (sd 1-3 %, 20-120 min). An epoch is a fixed number of clips: 20-60 min
of the first stage ("long": 60-150); at its end a validation and a checkpoint (2-6 min and 10-40 s; "long" 10-25 min
and 1-3 min), every 2-4 epochs a generation and evaluation stage (samples, FAD / CLAP-style metrics: 3-8 min; "long"
15-30), and without persistent loader workers (45 %) 2-8 s more. Pauses: a start-up (the clips' manifest, the codec
and text-encoder weights, compilation) of 3-10 min ("long": 20-50) and a ramp from 40-70 % over 2-8 min; crashes
(exponential, mean 12-48 h, 20 min or more after a start; one due in a validation happens at its end): down 1-4 min
("long": 6-18) and restarted in 2-6 min ("long": 8-20), resumed from the epoch's checkpoint (its clips trained again),
a ramp from 75-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long": 5-12), 1-5 min queued, then a start-up.

On the path (not checked): each node's logging callback sends, from a timer, every ``q`` s (10, 15, 20 or 30) the clips
since the last send (zeros in a pause), 0-0.3 s late; the interval under way at a crash is never sent (at a planned stop
it is). An outage of the queue's endpoint from the cluster (first within 60 h, every 20-100 h; 1-10 min, 20 %: 10-30
min) fails the sends: dropped after the SDK's retries (50 % of runs), or buffered by the callback and sent 0-30 s after
it ends (lost where the process crashed before). 2-4 workers long-poll; a message is received 0.08 s (log-normal) after
its send by a random worker (the next one where that one is down), and a standard queue's own second copy comes with
probability 2e-4 (batches of up to 10 are not modelled apart: with at most 16 nodes sending every 10 s or more, a long
poll returns as the nodes' messages of one send arrive). A worker sums what it received per minute of its own clock (not
by the message's own timestamp) and writes the minute's object at the minute's end plus a PUT latency (0.05-0.2 s,
log-normal; in slow episodes, first within 40 h, every 10-60 h, 5-30 min, an exponential 5-40 s more; 0.05 % of PUTs
fail after retries). Deletes: right after the receive (40 % of runs: a worker's crash before its write loses the
minute's messages), or after the write (60 %: a message whose object is not written is received again a visibility
timeout (60, 90, 120 or 300 s) after its receive, and one held longer than the timeout before the write is received
again as well: counted twice); a message received ``maxReceiveCount`` (3-5) times goes to the dead-letter queue. Workers
crash (mean 20-100 h each) and are redeployed one after another every 12-72 h, down 5-30 s. Clocks: each worker off by
``N(0, 0.05-0.5 s)``, in 15 % of runs one by 5-45 s more (either way); the monitor lists the minute's prefix at its end
plus 10-40 s (per run) and 0-1 s and reads each object once: an object written after the list is never read (late); a
failed list (0.1-0.3 %) reads nothing (0). One point is the minute's sum divided by 60; its timestamp is the minute's
end. The healthy run fixes which messages exist, where and when they are counted; a regression takes a share ``a w`` of
each tick's clips, and each read loses what its messages lost.

A point is paused where its window (the minute widened by the logging interval, the workers' largest clock offset and
4 s before it, the offset and 3 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone
paused point is widened to two; a listed change is the first point after a relaunch's pause span. Messages received
again after a visibility timeout or sent after an outage lie outside that window (a late bump, not a pause). Labelled
regressions from their onset: ``drop`` (the nodes' local cache of decoded clips or codec tokens is lost and clips are
read and decoded from object storage: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's
GPUs power-capped or its NIC flapping, every rank waiting at the all-reduce: bursts of mean 8-30 points at 1, calm of
mean 20-80 at 0.05-0.25), ``leak`` (the audio decoder in the loader workers leaks until the host swaps: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's
end); ``a`` set from the reads at ``a = 1`` for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over
the event's live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout107_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    9          11    0.100-0.324  27              2-30 (2043, 0 >60)
long      31      11    9          11    0.119-0.309  14              2-129 (1038, 10 >60)

Planned changes listed: short 9, long 10 (of 9 and 10 relaunches); crashes 57 and 62. The path over each set
(messages; reads for the failed ones): short: unlogged 167, send failed 971, buffered 612, crash lost 0, worker lost
354, received again 362, duplicated 5861, the queue's copies 146, dead-letter 126, late 2026, reads failed 1394; long:
unlogged 208, send failed 834, buffered 1509, crash lost 0, worker lost 538, received again 274, duplicated 350, the
queue's copies 220, dead-letter 8, late 9275, reads failed 2723. Reads over live points against the true clips/s:
0.996-1.109 (short; the high end a run with late deletes and a 60-s visibility timeout: 1 in 10 messages counted
twice), 0.699-1.020 (long; the low end a run whose worker's clock is 44 s behind: its objects all written after the
list); the median |log| step between live points 0.012-0.226 (short), 0.020-0.415 (long): a node or two logging every
30 s puts two messages in a minute, and a worker whose clock is 25-45 s off moves one into the next minute. A
buffered outage arrives in one minute: a live point of up to 17 times the median (in the runs without buffering the
largest live point is 1.1-5.3 times the median; I did not split that by cause).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT107_SEEDS = tuple(range(1072000, 1072012))
CODE = 107
KIND_P = (0.34, 0.33, 0.33)
EPOCH = 1_760_000_040.0  # a multiple of 60: the points are minutes' ends
TICK, K, STEP = 5.0, 12, 60.0
SIZE = {"small": 0.3, "medium": 1.0, "large": 2.1}  # the decoder's cost per clip (300M, 1.5B, 3.3B parameters)
LONG = {"short": 0, "long": 1}
SETTING = {  # pause lengths (s): short, long
    "startup": ((180, 600), (1200, 3000)), "valid": ((120, 360), (600, 1500)), "gen": ((180, 480), (900, 1800)),
    "ckpt": ((10, 40), (60, 180)), "down": ((60, 240), (360, 1080)), "restart": ((120, 360), (480, 1200)),
    "stop": ((60, 180), (300, 720)), "epoch": ((1200, 3600), (3600, 9000)),
}


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s at stage ``st``: the GPUs' rate (decoder size, clip length, stereo codebooks, the codec's
    encoder run on the fly, nodes with a scaling efficiency) and the loaders' (decoding and resampling the audio
    where the codec runs on the fly, else reading token files), the slower one winning softly."""
    d = st["dur"] / 30.0
    cost = d ** 1.05 * SIZE[st["size"]] * (1.15 if st["stereo"] else 1.0) + (0.25 * d if st["codec"] else 0.0)
    gpu = cfg["gpu"] * cfg["gpus"] * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) / cost
    io = cfg["io"] * st["nodes"] / d * (1.0 if st["codec"] else 5.0)
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / io))


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's new stage: one or two of the clip length (10 or 30 s), the decoder's size, stereo codebooks,
    the codec on the fly or cached tokens, twice or half the nodes; redrawn until the level moves 15 % (0.5-3x)."""
    for _ in range(400):
        new = dict(st)
        for key in rng.choice(["dur", "size", "stereo", "codec", "nodes"], size=int(rng.integers(1, 3)),
                              replace=False):
            if key == "dur":
                new["dur"] = 40 - new["dur"]
            elif key == "size":
                new["size"] = str(rng.choice([s for s in SIZE if s != new["size"]]))
            elif key in ("stereo", "codec"):
                new[key] = 1 - new[key]
            else:
                new["nodes"] = int(min(16, max(1, new["nodes"] * (2 if rng.random() < 0.6 else 0.5))))
        ratio = _level(cfg, new) / level
        if abs(np.log(ratio)) >= np.log(1.15) and 0.5 <= ratio <= 3:
            return new
    return {**st, "nodes": st["nodes"] * 2 if st["nodes"] < 16 else st["nodes"] // 2}


def _config(rng) -> tuple[dict, dict]:
    """The cluster and the first stage."""
    st = {"dur": int(rng.choice([10, 30], p=[0.3, 0.7])), "size": str(rng.choice(list(SIZE), p=[0.25, 0.5, 0.25])),
          "stereo": int(rng.random() < 0.2), "codec": int(rng.random() < 0.5),
          "nodes": int(rng.choice([1, 2, 4, 8], p=[0.2, 0.3, 0.3, 0.2]))}
    cfg = {"gpus": int(rng.choice([4, 8], p=[0.3, 0.7])), "gpu": hc.log_uniform(rng, 0.4, 4.0),
           "eff": float(rng.uniform(0.86, 0.97)), "io": 1e9}
    bound = rng.random() < 0.35
    gpu = _level(cfg, st)
    ratio = rng.uniform(0.8, 1.3) if bound else rng.uniform(1.8, 4.0)
    cfg["io"] = ratio * gpu / st["nodes"] * (st["dur"] / 30.0) / (1.0 if st["codec"] else 5.0)
    cfg["bound"] = bool(bound)
    return cfg, st


def _schedule(rng, n: int, pauses: str):
    """The job's life in seconds: processes (start-up, ramp, epochs of fixed size with a validation, every few
    epochs a generation and evaluation stage, a checkpoint), crashes resumed from the epoch's checkpoint and
    relaunches onto a new stage."""
    s = LONG[pauses]
    T = n * STEP + 600
    cfg, st = _config(rng)
    stages, level = [st], _level(cfg, st)
    epoch_clips = level * _u(rng, SETTING["epoch"][s])
    gen_every = int(rng.integers(2, 5))
    persistent = rng.random() < 0.55
    crash_mean = rng.uniform(12, 48) * 3600
    relaunch = []
    if rng.random() < 0.7:
        relaunch.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            relaunch.append(relaunch[0] + rng.uniform(0.1, 0.3) * T)
    pauses_t, segs, procs, known_t, ramps = [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "epochs": 0}
    t, ri, first = 0.0, 0, True
    while t < T:
        p0 = t
        if first or ramps and ramps[-1][3] == "relaunch":
            d = _u(rng, SETTING["startup"][s])
            pauses_t.append((t, t + d, "startup"))
            r0, rd = rng.uniform(0.4, 0.7), rng.uniform(120, 480)
        else:
            r0, rd = rng.uniform(0.75, 0.95), rng.uniform(60, 180)
            d = 0.0
        first = False
        t += d
        ramps.append((t, rd, r0, "start"))
        pauses_t.append((t, t + rd, "ramp"))
        crash = t + 1200 + rng.exponential(crash_mean)
        done, end_kind = 0.0, None
        while t < T:
            rl = max(relaunch[ri], t) if ri < len(relaunch) else np.inf
            to_epoch = (epoch_clips - done) / level
            cand = [to_epoch, max(crash - t, 0.0), rl - t]  # a crash due in a validation: at its end
            which = int(np.argmin(cand))
            dt = cand[which]
            segs.append((t, t + dt, len(stages) - 1))
            t += dt
            if which == 0:
                done = 0.0
                counts["epochs"] += 1
                d = _u(rng, SETTING["valid"][s]) + _u(rng, SETTING["ckpt"][s])
                if counts["epochs"] % gen_every == 0:
                    d += _u(rng, SETTING["gen"][s])
                pauses_t.append((t, t + d, "valid"))
                t += d + (0.0 if persistent else rng.uniform(2, 8))  # the loader workers respawned
                continue
            end_kind = "crash" if which == 1 else "relaunch"
            break
        procs.append((p0, t, end_kind == "crash"))
        if end_kind is None:
            break
        if end_kind == "crash":
            counts["crashes"] += 1
            d = _u(rng, SETTING["down"][s]) + _u(rng, SETTING["restart"][s])
            pauses_t.append((t, t + d, "crash"))
            ramps.append((t + d, 0, 0, "crash"))
        else:
            counts["relaunches"] += 1
            ri += 1
            known_t.append(t)
            d = _u(rng, SETTING["stop"][s]) + rng.uniform(60, 300)  # stopped, then queued
            pauses_t.append((t, t + d, "relaunch"))
            st = _next_stage(rng, cfg, st, level)
            stages.append(st)
            level = _level(cfg, st)
            ramps.append((t + d, 0, 0, "relaunch"))
        t += d
    return SimpleNamespace(cfg=cfg, stages=stages, pauses_t=pauses_t, segs=segs, procs=procs, known_t=known_t,
                           ramps=[r for r in ramps if r[1] > 0], counts=counts, n=n, T=T, dt=STEP, k=K)


def _ticks(rng, run) -> None:
    """The job's clips per 5-s tick: the stage's level on the training seconds of each tick, times a tick AR(1)
    of the log and a slow OU, and the ramps."""
    nt = int(run.T // TICK) + 2
    lvl = np.zeros(nt)
    edges = np.arange(nt + 1) * TICK
    for a, b, si in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1])
        lvl[i0:i1] += np.maximum(ov, 0) * _level(run.cfg, run.stages[si])
    bound = run.cfg["bound"]
    sd = rng.uniform(0.04, 0.08) if bound else rng.uniform(0.02, 0.045)
    fast = hc.ou_path(rng, nt * TICK, sd, rng.uniform(10, 60), step=TICK)[:nt]
    slow = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow = np.repeat(slow, K)[:nt]
    ramp = np.ones(nt)
    mid = edges[:-1] + TICK / 2
    for t0, rd, r0, _ in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + rd) / TICK)))
        ramp[i0:i1] = r0 + (1 - r0) * np.clip((mid[i0:i1] - t0) / rd, 0, 1)
    run.J = lvl * np.exp(fast + slow - 0.5 * sd * sd) * ramp
    run.nt = nt
    run.C = np.concatenate([[0.0], np.cumsum(run.J)])


def _episodes(rng, T: float, first: float, every: tuple, length: tuple) -> np.ndarray:
    """Intervals ``(start, end)``: the first within ``first`` s, then every ``every`` s, ``length`` s long."""
    out, t = [], rng.uniform(0, first)
    while t < T:
        d = _u(rng, length)
        out.append((t, t + d))
        t += d + _u(rng, every)
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, iv: np.ndarray) -> np.ndarray:
    """The index of the interval of ``iv`` (sorted, disjoint ``[a, b)``) holding each ``x``, or -1."""
    if len(iv) == 0:
        return np.full(len(x), -1)
    i = np.searchsorted(iv[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < iv[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _messages(rng, run, q: float):
    """Each node's messages: one per ``q`` s of each process (a timer in the logging callback), the clips since
    the last one; the interval under way at a crash is never sent (at a planned stop it is flushed)."""
    S, E, M, node, proc = [], [], [], [], []
    unlogged = 0
    for j, (a, b, crashed) in enumerate(run.procs):
        si = next((x[2] for x in run.segs if a <= x[0] < b), None)
        nodes = run.stages[si]["nodes"] if si is not None else run.stages[-1]["nodes"]
        ends = a + q * np.arange(1, int((b - a) // q) + 1)
        if not crashed and (len(ends) == 0 or ends[-1] < b - 1e-9):
            ends = np.append(ends, b)
        unlogged += nodes * int(crashed)
        for v in range(nodes):
            E.append(ends)
            S.append(np.concatenate([[a], ends[:-1]]))
            M.append(np.full(len(ends), 1.0 / nodes))
            node.append(np.full(len(ends), v))
            proc.append(np.full(len(ends), j))
    cat = [np.concatenate(x) for x in (S, E, M, node, proc)]
    return cat, unlogged


def _path(rng, run, n: int):
    """The messages' way: SendMessage (an outage of the queue's endpoint fails the sends: dropped, or buffered by
    the callback and sent after it), ReceiveMessage by a random worker, the worker's minute (its own clock), the
    object written after the minute, a worker crash before the write (its partial sum lost; with late deletes the
    messages come back after the visibility timeout), a message held longer than the visibility timeout received
    again (a duplicate), ``maxReceiveCount`` receives moved to the dead-letter queue, and the monitor's list of
    the minute (objects written after it late, a failed list reads nothing)."""
    T = run.T
    q = float(rng.choice([10.0, 15.0, 20.0, 30.0]))
    (S, E, M, node, proc), unlogged = _messages(rng, run, q)
    counts = {k: 0 for k in ("unlogged", "send_failed", "crash_lost", "worker_lost", "redelivered", "dup",
                             "sqs_dup", "dlq", "late", "read_failed", "buffered")}
    counts["unlogged"] = unlogged
    W = int(rng.integers(2, 5))
    ack_late = rng.random() < 0.6
    vt = float(rng.choice([60.0, 90.0, 120.0, 300.0]))
    max_rc = int(rng.integers(3, 6))
    buffer = rng.random() < 0.5
    off = rng.normal(0, rng.uniform(0.05, 0.5), W)
    if rng.random() < 0.15:
        off[int(rng.integers(W))] += rng.choice([-1, 1]) * rng.uniform(5, 45)
    outages = _episodes(rng, T, 60 * 3600, (20 * 3600, 100 * 3600), (60, 600))
    long_out = rng.random(len(outages)) < 0.2
    outages[long_out, 1] = outages[long_out, 0] + rng.uniform(600, 1800, long_out.sum())
    slow = _episodes(rng, T, 40 * 3600, (10 * 3600, 60 * 3600), (300, 1800))
    slow_add = rng.uniform(5, 40)
    # worker crashes (each on its own, mean 20-100 h) and fleet deploys (every 12-72 h, one worker after another)
    wcrash = [list(np.cumsum(rng.exponential(rng.uniform(20, 100) * 3600, 40))) for _ in range(W)]
    t = rng.uniform(0, 72 * 3600)
    while t < T:
        for w in range(W):
            wcrash[w].append(t + 20 * w)
        t += rng.uniform(12, 72) * 3600
    wdown = [np.sort(np.array(c)) for c in wcrash]
    down_for = rng.uniform(5, 30)
    put = np.exp(rng.normal(np.log(rng.uniform(0.05, 0.2)), 0.5, (W, n + 3)))
    mid = (np.arange(-1, n + 2) + 1) * STEP
    put += np.where(_inside(mid, slow)[None, :] >= 0, rng.exponential(slow_add, (W, n + 3)), 0.0)
    putfail = rng.random((W, n + 3)) < 0.0005
    list_at = (np.arange(n) + 1) * STEP + rng.uniform(10, 40) + rng.uniform(0, 1, n)
    failed = rng.random(n) < rng.uniform(0.001, 0.003)
    # sending
    send = E + rng.uniform(0, 0.3, len(E))
    oi = _inside(send, outages)
    out = oi >= 0
    if buffer:
        send = np.where(out, outages[np.maximum(oi, 0), 1] + rng.uniform(0, 30, len(E)), send)
        proc_end = np.array([b for a, b, c in run.procs])[proc]
        proc_crashed = np.array([c for a, b, c in run.procs])[proc]
        lost = out & proc_crashed & (send > proc_end)
        counts["buffered"] = int(out.sum())
        counts["crash_lost"] = int(lost.sum())
        keep = ~lost
    else:
        counts["send_failed"] = int(out.sum())
        keep = ~out
    idx = np.nonzero(keep)[0]
    r = send[idx] + np.exp(rng.normal(np.log(0.08), 0.8, len(idx)))
    dup = rng.random(len(idx)) < 2e-4  # a standard queue's own second copy
    counts["sqs_dup"] = int(dup.sum())
    idx = np.concatenate([idx, idx[dup]])
    r = np.concatenate([r, r[dup] + rng.uniform(0.1, 3, dup.sum())])
    rc = np.ones(len(idx), int)
    got_idx, got_k, got_f, got_w = [], [], [], []
    while len(idx):
        w = rng.integers(W, size=len(idx))
        down = np.zeros(len(idx), bool)  # a worker down (restarting) does not poll: the next one receives
        nxt = np.full(len(idx), np.inf)
        for x in range(W):
            sel = w == x
            j = np.searchsorted(wdown[x], r[sel], side="right")
            prev = wdown[x][np.maximum(j - 1, 0)]
            down[sel] = (j > 0) & (r[sel] < prev + down_for)
            nxt[sel] = np.where(j < len(wdown[x]), wdown[x][np.minimum(j, len(wdown[x]) - 1)], np.inf)
        if down.any():
            w[down] = (w[down] + 1) % W
            for x in range(W):
                sel = down & (w == x)
                j = np.searchsorted(wdown[x], r[sel], side="right")
                nxt[sel] = np.where(j < len(wdown[x]), wdown[x][np.minimum(j, len(wdown[x]) - 1)], np.inf)
        mw = np.floor((r + off[w]) / STEP).astype(int)
        mi = np.clip(mw + 1, 0, n + 2)
        f = (mw + 1) * STEP - off[w] + put[w, mi]
        gone = nxt < f
        written = ~gone & ~putfail[w, mi]
        got_idx.append(idx[written])
        got_k.append(mw[written])
        got_f.append(f[written])
        got_w.append(w[written])
        if ack_late:
            back = ~written | (written & (f - r > vt))
            counts["dup"] += int((written & (f - r > vt)).sum())
            counts["redelivered"] += int((~written).sum())
        else:
            counts["worker_lost"] += int((~written).sum())
            back = np.zeros(len(idx), bool)
        over = back & (rc >= max_rc)
        counts["dlq"] += int(over.sum())
        back &= ~over & (r + vt < T)
        idx, rc = idx[back], rc[back] + 1
        r = r[back] + vt + np.exp(rng.normal(np.log(0.08), 0.8, back.sum()))
    idx, k, f, w = (np.concatenate(x) for x in (got_idx, got_k, got_f, got_w))
    inrange = (k >= 0) & (k < n)
    idx, k, f, w = idx[inrange], k[inrange], f[inrange], w[inrange]
    late = f > list_at[k]
    counts["late"] = int(late.sum())
    bad = failed[k] & ~late
    counts["read_failed"] = int(bad.sum())
    ok = ~late & ~bad
    idx, k, f, w = idx[ok], k[ok], f[ok], w[ok]
    order = np.argsort(k, kind="stable")
    idx, k, f, w = idx[order], k[order], f[order], w[order]
    return SimpleNamespace(S=S[idx], E=E[idx], m=M[idx], node=node[idx], k=k, C=f, D=list_at, w=w, failed=failed,
                           off=off, q=q, W=W, vt=vt, max_rc=max_rc, ack_late=ack_late, buffer=buffer,
                           outages=outages, slow=slow, counts=counts, msgs=len(E))


def _at(cum: np.ndarray, t: np.ndarray) -> np.ndarray:
    """A per-tick cumulative sum read at times ``t`` (s), linear within a tick."""
    return np.interp(t / TICK, np.arange(len(cum)), cum)


def _reads(run, cum: np.ndarray) -> np.ndarray:
    """Each point's read of a per-tick cumulative sum: the counted messages' intervals, each node's share, per
    minute read, over 60 s."""
    p = run.path
    v = (_at(cum, p.E) - _at(cum, p.S)) * p.m
    return np.bincount(p.k, weights=v, minlength=run.n) / STEP


def _spans(run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: the window of a point (the minute, widened by the logging interval, the workers' largest
    clock offset and 4 s before it, the offset and 3 s after it) touches a pause or a ramp's first half, or the
    read is nothing; a lone paused point is widened to two."""
    n, p = run.n, run.path
    skew = float(np.abs(p.off).max())
    pre, post = p.q + skew + 4.0, skew + 3.0
    paused = healthy <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        lo = max(0, int(np.floor((a - post - STEP) / STEP)) + 1)
        hi = min(n, int(np.ceil((b + pre) / STEP)))
        paused[lo:hi] = True
    lone = paused & ~np.concatenate([[False], paused[:-1]]) & ~np.concatenate([paused[1:], [False]])
    paused[np.nonzero(lone)[0][np.nonzero(lone)[0] + 1 < n] + 1] = True
    spans = []
    for i in np.nonzero(paused)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _ticks(rng, run)
    run.path = _path(rng, run, n)
    run.nodes = np.array([s["nodes"] for s in run.stages])
    healthy = _reads(run, run.C)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point from its onset: a drop ``min(1, (s + 1) / tau)`` (``tau`` 1-8 points), a
    straggler's bursts (mean 8-30 points at 1) and calms (mean 20-80 at 0.05-0.25), a leak ``(s / ramp) ** p``
    (``p`` 0.6-1.8), then held at 1."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    burst, calm, low = rng.uniform(8, 30), rng.uniform(20, 80), rng.uniform(0.05, 0.25)
    w, i, on = np.empty(length), 0, True
    while i < length:
        d = 1 + int(rng.exponential(burst if on else calm))
        w[i:i + d] = 1.0 if on else low
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: its onset by ``hc.onset_time`` (30 % at a pause's end),
    its length by ``hc.event_stop``, a share ``a w`` of each tick's clips lost (``w`` per point of true time), ``a``
    set from the reads at ``a = 1`` for a drawn loss over the event's live points (refused above 1); kept where
    ``hc.shown_depth`` allows (80 tries). An ``(Event, (at, loss))`` pair or None."""
    n = run.n
    ts = np.arange(n) * STEP
    held = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, held, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        start = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, start, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - start, ramp)
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        wt = np.zeros(run.nt)
        wt[i0:i1] = w[np.minimum((np.arange(i0, i1) - i0) // K, len(w) - 1)]
        loss = _reads(run, np.concatenate([[0.0], np.cumsum(run.J * wt)]))
        nz = np.nonzero(loss > 0)[0]
        if len(nz) == 0:
            continue
        onset, end = int(nz[0]), (n if to_end else int(nz[-1]) + 1)
        if onset < lo or end > hi or (end < n and end <= onset + 60):
            continue
        if any(onset <= c < end for c in changes):
            continue
        lv = live[onset:end]
        hs = healthy[onset:end][lv].sum()
        if hs <= 0 or loss[onset:end][lv].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / loss[onset:end][lv].sum()
        if a > 1:
            continue
        ramp_end = min(start + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        v = np.maximum(healthy - a * loss, 0.0)
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, a * loss[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout107(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout107_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT107_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout107, seeds, n, pauses)
