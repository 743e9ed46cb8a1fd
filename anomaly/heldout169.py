"""The hundred-and-sixty-ninth held-out throughput family: an ECG arrhythmia classifier's training records/s (a 1-D
CNN / transformer over 10-s 12-lead records, PTB-XL-style and windows cut from hospital Holter extracts, multi-label
rhythm and beat labels; the waveforms read from WFDB / HDF5 files, resampled, band-pass filtered, baseline wander
removed and augmented on CPU workers, rare rhythms oversampled; a validation pass on held-out folds at each epoch's
end), read through ActiveMQ Artemis: each node's reporter sends a persistent JMS message (its records since its last
message) every 15-30 s to a queue, and a monitor consumes the queue with client acknowledgement and sums the records
per minute of the message's stamp (the sender's JMSTimestamp or the broker's ingress time).

(No generator's head names Artemis, ActiveMQ, JMS, AMQP, a broker, a dead-letter address, a redelivery, a prefetch
window, flow control, a failover, an acknowledgement, Holter or PhysioNet (``grep -ic`` on the 167 generators' first
3 lines, ``/tmp/s62/heads169.txt``: 0 each); "ecg" matches 1 head (generator 38: a 12-lead ECG foundation model's
records/s through New Relic's Telemetry SDK and NRQL: the field is not new, the arrhythmia classifier with its
WFDB/Holter pipeline and oversampling is, and the path is), "queue" 1, "message" 7, "kafka" 3, "rabbitmq" 1, "mqtt" 1,
"pulsar" 1, "nats" 1, "journal" 1, "records/s" 1 (a message queue is not new; Artemis's address-full policies,
redelivery, duplicate ids, failover and consumer windows are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set`` to the end, after ``grep -n "^def make_heldout150\\|^def heldout150_set"``,
printed with ``sed -n '541,$p'``); ``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all:
one ``cat`` whose middle, lines 313-537, the tool cut, printed again with ``sed -n 280,537p``);
``tests/trace_checks.py`` (all: lines 1-170 printed again, cut from the same print); ``anomaly/traces.py`` lines
1-80; ``tests/test_architecture.py`` lines 1-110; the first 3 lines of every generator (``for f in
anomaly/heldout*.py; do echo "== $f"; head -3 "$f"; done``, written to ``/tmp/s62/heads169.txt`` and read through
``grep -ic``, ``grep -io`` with up to 60 characters before and 40 after "ecg" and the path's words, and ``grep -B1
-A2 -i ecg``, which printed generator 38's and 39's first lines). ``wc -l`` of ``heldout_common.py`` and
``trace_checks.py``. Slips: none that I know of. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not
its code.

Public sources read (excerpts through the search tool): Artemis's "Paging" page
(activemq.apache.org/components/artemis/documentation/latest/paging: an address pages to disk once its messages in
memory pass max-size-bytes) and ARTEMIS-1496 / ARTEMIS-3178 / ARTEMIS-5750 on the issues list (address-full-policy
PAGE, BLOCK, FAIL, DROP; "AMQ212054: Destination address ... is blocked"; global-max-size when max-size-bytes is -1;
page-limit with a fail or drop policy; the producer BLOCKed by default when the disk is full); "Message Redelivery and
Undelivered Messages" (activemq.apache.org/artemis/docs/latest/undelivered-messages.html: redelivery-delay, default
0, its multiplier and maximum; a dead-letter address after max-delivery-attempts, default 10 in AddressSettings, per a
juejin.cn post reading the 2.11 source); "Duplicate Message Detection" (duplicate-detection.html and Red Hat AMQ's
chapter: a sender that lost the answer to a send cannot tell whether it was stored; ``_AMQ_DUPL_ID`` set by the sender
makes the broker drop a repeat found in its per-address id cache, id-cache-size 20000); "Flow Control"
(flow-control.html: consumerWindowSize 1 MiB by default, 0 for no buffering; producer windows); Red Hat AMQ Core
Protocol JMS client, "Reconnect and failover" (the backup re-creates sessions; "in-flight sends or acknowledgements at
the time of failover might also be lost"); "Send guarantees" (send-guarantees.html: blockOnDurableSend true, a
persistent send waits for the broker's answer; journal-sync-transactional); "Detecting Dead Connections" (a crashed
client's connection lives connection-ttl, 60 s by default on TCP, checked every 2 s; clientFailureCheckPeriod 30 s).
On the job: PTB-XL's paper (nature.com/articles/s41597-020-0495-6: 21,837 10-s 12-lead records, 18,885 patients, 71
SCP statements, suggested folds) and ECGBench's page (vajira.info/ECGBench: 500 Hz and 100 Hz versions, WFDB, 10
stratified folds).

Not read (from memory, unchecked): that JMSTimestamp is the sender's clock at ``send()`` (set again on a retried send);
the broker's ingress timestamp (``enable-ingress-timestamp``); that a closed consumer's unacknowledged copies go back
to the queue's head with JMSRedelivered set; that copies prefetched into a dead consumer's window return only when its
connection's TTL runs out; a reporter scheduled at a fixed rate, whose missed runs catch up at once; how Holter
extracts are cut and how dear they are; every figure of the job below.

Assumed without checking (the job): nodes 1, 2 or 4 (35/35/30 %, 0.85-0.97 per doubling); the GPUs train 600-9,000
records/s per node (log-uniform), the CPU workers (WFDB/HDF5 reads, resampling, band-pass and baseline filters,
augmentation) feed 0.9-2.2 times that; a step waits for the slower (a soft maximum of the costs). Stages: 500 Hz
records (1.8-3.2 times dearer on the GPUs, 1.4-2.4 on the CPUs) or 100 Hz, the bigger model (1.3-1.8 on the GPUs),
0-2 heavier augmentation sets (1.15-1.5 each on the CPUs). Data: shards of 5-40 min (log-uniform), their rate a factor
(sd 3-8 %), a quarter Holter windows 5-15 % dearer; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s)
and a slow OU (sd 1-3 %, 20-120 min); at an epoch's start (60 % of runs: workers not persistent) the workers re-spawn,
10-60 s at 20-60 %. Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a new stage (the sampling rate 28 %,
the model 25 %, augmentation 30 %, the node count 1 in 6), redrawn until the level moves 15 % (1/3 to 3 times).
Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min; an epoch lasts 20-90 min of training,
then a validation pass of 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (0.3-1.5 min, "long"
1-4); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a restart of 2-6 ("long" 8-20) and a
ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5, then a restart and its ramp.

On the path (not checked): each node's reporter (in the training process) sends at a fixed rate every ``P`` s (15,
20 or 30 in 80 % of runs, else 15-30, 0-0.3 s late) the records since its previous message, from the process's
start; a graceful stop sends the interval under way, a crash loses it. The address fills 0.2-2 times a day for 2-30
min (the broker's global-max-size reached by other addresses); the policy (per run): PAGE 45 % (nothing lost), BLOCK
25 % (the send waits until the address drains; the scheduler's missed runs catch up at once in one message), FAIL
18 % (the send throws and the reporter drops the message), DROP 12 % (the broker drops it). Network blips per node
1-8 a day, 1-60 s: a send times out and is tried again after 5, 15 and 35 s (lost after the fourth try); in 30 % the
first try was stored and its answer lost: stored twice unless the reporter sets ``_AMQ_DUPL_ID`` (half the runs).
Failovers to the backup 0.05-0.5 a day, 5-40 s: sends wait for it; a send in flight 0.5-3 s before it is sent again
(stored twice in half the cases without duplicate ids); the acknowledgements since the monitor's last are lost and
the backup delivers those copies again. The monitor acknowledges every ``A`` s (5-60), closes a minute once the stamps
it has seen pass the minute's end by ``G`` s (10-60), and then drops (half the runs) or adds a late copy; in 30 % of
runs it ignores copies marked redelivered. It crashes 0.2-1.5 times a day, down 10 s-5 min: what it consumed since
its last acknowledgement comes back (after a redelivery-delay of 0 or 1-10 s), counted again where its minute was
written; acknowledged copies of minutes not yet written are lost; half its deaths are unclean, and with a consumer
window (80 % of runs) the copies that arrive until the connection's TTL (60 s) runs out sit in the dead consumer's
window and come back marked redelivered (late, or skipped). Clocks: a node's offset sd 0.05-1 s; 20 % of nodes
unsynchronised (drift 2-30 ppm, stepped back 0.3-1 times a day); the broker's offset sd 0.2-3 s, or 5-40 s in 15 %
of runs; stamps by JMSTimestamp (the sender's clock at the send, or its retry) in half the runs, by the broker's
ingress time in the others. A point is the records of the minute's counted copies over 60 s (0: none). The reads are
linear in the records; the messages' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's records lost, carried through the same messages and reads): ``drop`` (a preprocessing
worker killed by a long Holter record's resampling: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler``
(reads of the WFDB/HDF5 shards from the shared file system slowed in bursts: 1 for a mean of 30-240 ticks, calm for
a mean of 120-600 at 0.05-0.25), ``leak`` (the workers' filtered-waveform cache growing into swap: ``w = (s / ramp)
** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over
a leak's plateau), ``a`` set from the reads of the lost records (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout169_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.080-0.293  23              1-27 (1425, 0 >60)
long      29      9     13         7     0.089-0.294  23              1-70 (1081, 2 >60)

Planned changes listed: short 16, long 22 (of 16 and 22 relaunches; none kept its stage); crashes 26 and 16. The path
over each set (counts): short: messages 457,678, sends blocked 28 (each with a catch-up message), failed while full
1,710, dropped while full 129, retries after blips 1,692, messages lost after four tries 82, stored twice 98, repeats
deduplicated 66, failovers 15 (3 sends in flight resent), copies redelivered after lost acknowledgements 27, monitor
crashes 49, copies redelivered after them 118 (3 counted twice), acknowledged copies lost 230, copies stuck in a dead
consumer's window 141, redelivered copies skipped 28, late copies dropped 140 and added 112, intervals lost in a crash
63, clock steps 21, counted copies in another minute than their send's 19,757, unread minutes 471; long: 442,874, 46,
785, 2,110, 1,755, 77, 55, 132, 17 (4), 18, 49, 107 (0), 315, 136, 60, 117 and 196, 44, 20, 9,447, 597. The reads'
sum over the live points against the job's records: 0.998-1.017 (short), 0.998-1.033 (long) per seed; the live
points' minute-to-minute change (median ``|d log|`` per seed) 1.3-9.8 % in the 16 runs whose ``P`` divides 60,
2.5-39 % in the 8 others (26-39 % in 5: a minute holds 2 or 3 of a node's messages, the path's aliasing), against
1.3-3.0 % of the job's own; the live median level 336-14,142 records/s (short), 749-18,613 (long). Before the first
measure: none. The first measure (both sets' 12 seeds at 3,000 and 6,000 points) had a bug: the pause spans were
merged with a helper that shortened a span when a shorter one followed (the first half of the ramps and the
evaluation's last minute were left live); fixed, then measured again. Changes of the laws after it: one, made as one
edit of two parts: the monitor's acknowledgement period 5-60 s (was 5-30: no copy was counted twice after a crash)
and blips 1-60 s (was 1-20: no message was lost after four tries). The tests check the laws on the first 4 seeds at
3,000 points (``SPANS``: at most 40 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT169_SEEDS = tuple(range(1692000, 1692012))
CODE = 169
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point is a minute
K = int(STEP // TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (unix s, a multiple of 60)
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 100)}
#: pause lengths (minutes) per setting: start-up, evaluation, checkpoint, crash down, relaunch stop, relaunch queue
PAUSE_MIN = {"short": {"startup": (3, 10), "eval": (2, 6), "ckpt": (0.3, 1.5), "down": (1, 4), "restart": (2, 6),
                       "stop": (1, 3), "queue": (1, 5)},
             "long": {"startup": (25, 60), "eval": (10, 25), "ckpt": (1, 4), "down": (6, 18), "restart": (8, 20),
                      "stop": (5, 12), "queue": (1, 5)}}
PATH_KEYS = ("messages", "blocked", "caught_up", "failed_full", "dropped_full", "blip_retries", "blip_lost",
             "stored_twice", "deduplicated", "failovers", "failover_resent", "ack_lost_redelivered",
             "monitor_crashes", "redelivered_after_crash", "counted_twice", "acked_unflushed_lost",
             "window_stuck", "skipped_redelivered", "late_dropped", "late_added", "crash_lost_intervals",
             "clock_steps", "moved_minute", "unread_minutes")


def _u(rng, lo_hi) -> float:
    return float(rng.uniform(*lo_hi))


def _poisson_windows(rng, T: float, per_day: float, dur) -> np.ndarray:
    """Windows ``(start, end)`` of a Poisson process of ``per_day`` a day over ``[0, T)``, each ``dur`` s long."""
    k = int(rng.poisson(per_day * T / 86400.0))
    a = np.sort(rng.uniform(0, T, k))
    d = np.array([_u(rng, dur) for _ in range(k)])
    return np.stack([a, a + d], axis=1) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the ordered, disjoint windows ``[a, b)``."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _merge(win: np.ndarray) -> np.ndarray:
    out = []
    for a, b in win:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out) if out else np.zeros((0, 2))


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Records/s of a stage: the GPUs' rate (a sampling rate of 500 Hz and the bigger model dearer, nodes scaling at
    ``eff`` per doubling) against the CPU workers' (read, resample, filter, augment); a step waits for the slower."""
    nodes = st["nodes"]
    scale = nodes * cfg["eff"] ** np.log2(nodes)
    gpu = cfg["gpu"] * scale / (cfg["hz_g"] if st["hz500"] else 1.0) / (cfg["model_c"] if st["big"] else 1.0)
    cpu = cfg["cpu"] * scale / (cfg["hz_c"] if st["hz500"] else 1.0) / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage, redrawn until the level moves by 15 % or more (within 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        elif r < 0.45:
            new["hz500"] = not st["hz500"]
        elif r < 0.7:
            new["big"] = not st["big"]
        else:
            new["aug"] = min(2, st["aug"] + 1) if st["aug"] < 2 and rng.random() < 0.7 else max(0, st["aug"] - 1)
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _config(rng) -> tuple[dict, dict]:
    cfg = {"gpu": hc.log_uniform(rng, 600, 9000), "eff": rng.uniform(0.85, 0.97),
           "hz_g": rng.uniform(1.8, 3.2), "hz_c": rng.uniform(1.4, 2.4), "model_c": rng.uniform(1.3, 1.8),
           "aug_c": rng.uniform(1.15, 1.5)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(0.9, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.35, 0.3])), "hz500": bool(rng.random() < 0.5),
          "big": bool(rng.random() < 0.4), "aug": int(rng.integers(0, 2))}
    return cfg, st


def _schedule(rng, n: int, setting: str):
    """The job's timeline: training segments ``(t0, t1, level)``, pauses ``(t0, t1, kind)`` (nothing trained),
    start-up ramps ``(t0, length, from)``, process lives ``(t0, t1, graceful)``, epoch starts and planned changes."""
    T = n * STEP + 900.0
    pm = PAUSE_MIN[setting]
    cfg, st = _config(rng)
    run = SimpleNamespace(n=n, dt=STEP, k=K, T=T, cfg=cfg, pauses_t=[], ramps=[], lives=[], life_nodes=[], segs=[],
                          epochs=[], known_t=[], stages=[dict(st)],
                          counts={"relaunches": 0, "kept_stage": 0, "crashes": 0})
    n_rel = int(rng.integers(0, 4))
    rel = sorted(float(x) for x in rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    epoch_s = rng.uniform(20, 90) * 60  # training seconds of one epoch (the oversampled index over the shards)
    ck_every = int(rng.integers(2, 4))

    def start(t, life_t0, kind):
        su = _u(rng, pm["startup"] if kind == "startup" else pm["restart"]) * 60
        run.pauses_t.append((life_t0 if kind != "startup" else t, t + su, kind))
        run.ramps.append((t + su, rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
        return t + su

    life0, t = 0.0, 0.0
    t = start(t, 0.0, "startup")
    left, n_ep, next_crash = epoch_s, 0, rng.exponential(crash_mean)
    run.epochs.append(t)
    lv = _level(cfg, st)
    while t < T:
        nxt_rel = rel[0] if rel else np.inf
        if nxt_rel < t + 300:
            rel[0] = t + rng.uniform(300, 900)
            continue
        ends = [t + left, next_crash if next_crash > t + 240 else np.inf, nxt_rel]
        which = int(np.argmin(ends))
        t1 = min(ends[which], T)
        run.segs.append((t, t1, lv))
        left -= t1 - t
        t = t1
        if t >= T:
            break
        if which == 0:  # epoch end: a validation pass over held-out folds, every ``ck_every``-th a checkpoint too
            n_ep += 1
            ck = n_ep % ck_every == 0
            dur = _u(rng, pm["eval"]) * 60 + (_u(rng, pm["ckpt"]) * 60 if ck else 0.0)
            run.pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            left = epoch_s
            run.epochs.append(t)
        elif which == 1:  # a crash: the process dies, the scheduler restarts it (from the last checkpoint)
            run.counts["crashes"] += 1
            run.lives.append((life0, t, False))
            run.life_nodes.append(st["nodes"])
            down = _u(rng, pm["down"]) * 60
            life0 = t + down
            t = start(life0, t, "crash")
            left = epoch_s
            run.epochs.append(t)
            next_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch: stopped gracefully, queued, started on the new stage
            rel.pop(0)
            run.counts["relaunches"] += 1
            run.lives.append((life0, t, True))
            run.life_nodes.append(st["nodes"])
            stop = _u(rng, pm["stop"]) * 60 + _u(rng, pm["queue"]) * 60
            life0 = t + stop
            t0 = t
            t = start(life0, t0, "relaunch")
            new = _next_stage(rng, cfg, st, lv)
            if new == st:
                run.counts["kept_stage"] += 1
            else:
                run.known_t.append(t)
            st = new
            run.stages.append(dict(st))
            lv = _level(cfg, st)
            left = epoch_s
            run.epochs.append(t)
    run.lives.append((life0, T + 3600, True))
    run.life_nodes.append(st["nodes"])
    return run


def _rates(rng, run) -> np.ndarray:
    """Records trained per 5-s tick: the stage's level times the shards' mix (PTB-XL-style records or windows cut
    from long Holter recordings, a shard 5-40 min), the loader's stall at each epoch start, start-up ramps, an AR(1)
    per tick and a slow OU of the log; zero in pauses."""
    nt = int(run.T // TICK) + 2
    tg = np.arange(nt) * TICK
    train = np.zeros(nt)
    lvl = np.zeros(nt)
    for a, b, lv in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tg[i0:i1] + TICK) - np.maximum(a, tg[i0:i1])
        train[i0:i1] += np.maximum(ov, 0) / TICK
        lvl[i0:i1] = np.where(ov > 0, lv, lvl[i0:i1])
    f = np.ones(nt)
    t, sd = 0.0, rng.uniform(0.03, 0.08)
    while t < run.T:  # shards
        d = hc.log_uniform(rng, 5, 40) * 60
        g = np.exp(rng.normal(0, sd)) * (1 / rng.uniform(1.05, 1.15) if rng.random() < 0.25 else 1.0)
        f[int(t // TICK):int((t + d) // TICK)] *= g
        t += d
    persistent = rng.random() < 0.4  # persistent workers: no re-spawn stall at an epoch's start
    for e in run.epochs:
        if not persistent:
            i0 = int(e // TICK)
            f[i0:i0 + int(rng.uniform(10, 60) // TICK) + 1] *= rng.uniform(0.2, 0.6)
    for a, length, r0 in run.ramps:
        i0, i1 = int(a // TICK), min(nt, int((a + length) // TICK) + 1)
        f[i0:i1] *= r0 + (1 - r0) * np.clip((tg[i0:i1] - a) / length, 0, 1)
    rho = np.exp(-TICK / rng.uniform(10, 40))
    e = rng.normal(0, rng.uniform(0.02, 0.05) * np.sqrt(1 - rho * rho), nt)
    x = np.empty(nt)
    x[0] = e[0]
    for i in range(1, nt):
        x[i] = rho * x[i - 1] + e[i]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tg, np.arange(len(ou)) * 60.0, ou)
    return train * lvl * f * np.exp(x + slow) * TICK


# ---------------------------------------------------------------- the path: reporters, the broker, the monitor


def _clock(rng, T: float, unsynced: bool):
    """A node's clock error (s) as a function of true time: a fixed offset, or (unsynchronised) a drift of 2-30 ppm
    stepped back to about 0 at NTP fixes 0.3-1 times a day. Returns the function and its step times."""
    off = rng.normal(0, rng.uniform(0.05, 1.0))
    if not unsynced:
        return (lambda t: np.full(np.shape(t), off)), np.zeros(0)
    ppm = rng.uniform(2, 30) * 1e-6 * rng.choice([-1, 1])
    steps = np.sort(rng.uniform(0, T, int(rng.poisson(rng.uniform(0.3, 1) * T / 86400))))
    base = np.concatenate([[0.0], steps])

    def err(t):
        j = np.searchsorted(base, t, side="right") - 1
        return off + ppm * (t - base[np.maximum(j, 0)])

    return err, steps


def _messages(rng, run, p):
    """Each node's reporter: from its process's start every ``P`` s (fixed rate, 0-0.3 s late) a message of the
    records since its previous one; a graceful stop sends the interval under way, a crash loses it."""
    node, te, life = [], [], []
    for j in range(p.nodes):
        ph = rng.uniform(0, p.P)
        for li, (a, b, graceful) in enumerate(run.lives):
            if j >= run.life_nodes[li]:
                continue
            x = np.arange(a + ph + p.P, min(b, run.T + 600), p.P)
            x = x + rng.uniform(0, 0.3, len(x))
            x = x[x < b]
            if graceful and b < run.T:
                x = np.append(x, b)
            elif not graceful:
                p.counts["crash_lost_intervals"] += 1
            te.append(x)
            node.append(np.full(len(x), j))
            life.append(np.full(len(x), li))
    return np.concatenate(node), np.concatenate(te), np.concatenate(life)


def _path(rng, run):
    """The reporters' messages and every copy the monitor counts (see the module's docstring)."""
    T = run.T
    p = SimpleNamespace(counts={k: 0 for k in PATH_KEYS})
    c = p.counts
    p.nodes = max(s["nodes"] for s in run.stages)
    p.P = float(rng.choice([15, 20, 30])) if rng.random() < 0.8 else rng.uniform(15, 30)
    p.policy = str(rng.choice(["PAGE", "BLOCK", "FAIL", "DROP"], p=[0.45, 0.25, 0.18, 0.12]))
    p.dedup = bool(rng.random() < 0.5)  # the reporter sets ``_AMQ_DUPL_ID``
    p.stamp = "client" if rng.random() < 0.5 else "broker"  # JMSTimestamp or the broker's ingress time
    p.late_add = bool(rng.random() < 0.5)  # a copy for a closed minute is added to it (else dropped)
    p.skip_redelivered = bool(rng.random() < 0.3)  # the monitor ignores JMSRedelivered copies
    p.window = bool(rng.random() < 0.8)  # consumerWindowSize > 0 (else 0: no prefetch)
    p.G, p.A = rng.uniform(10, 60), rng.uniform(5, 60)  # the monitor's grace and acknowledgement period
    p.rd = 0.0 if rng.random() < 0.5 else rng.uniform(1, 10)  # redelivery-delay
    node, te, life = _messages(rng, run, p)
    clocks = [_clock(rng, T, rng.random() < 0.2) for _ in range(p.nodes)]
    c["clock_steps"] = int(sum(len(s) for f, s in clocks))
    b_off = rng.normal(0, rng.uniform(0.2, 3)) + (rng.uniform(5, 40) * rng.choice([-1, 1]) if rng.random() < 0.15
                                                   else 0.0)
    full = _poisson_windows(rng, T, rng.uniform(0.2, 2), (120, 1800))
    blips = [_merge(_poisson_windows(rng, T, rng.uniform(1, 8), (1, 60))) for _ in range(p.nodes)]
    fo = _merge(_poisson_windows(rng, T, rng.uniform(0.05, 0.5), (5, 40)))
    mc = _merge(_poisson_windows(rng, T, rng.uniform(0.2, 1.5), (10, 300)))
    c["failovers"], c["monitor_crashes"] = len(fo), len(mc)
    full = _merge(full)
    p.full = full
    exists = np.ones(len(te), bool)
    send = te.copy()  # when the send call returns at the broker (arrival)
    # address full (global-max-size reached by the broker's other addresses): the policy decides
    inf = _inside(te, full)
    lost = np.zeros(len(te), bool)
    if p.policy == "BLOCK":
        for j in range(p.nodes):
            for a, b in full:
                k = np.nonzero((node == j) & (te >= a) & (te < b))[0]
                if len(k):
                    send[k[0]] = b + rng.uniform(0, 1)
                    c["blocked"] += 1
                if len(k) > 1:  # missed runs of the scheduler catch up at once: one message carries them
                    te[k[1]] = send[k[1]] = b + rng.uniform(1, 2)
                    exists[k[2:]] = False
                    c["caught_up"] += 1
    elif p.policy in ("FAIL", "DROP"):
        lost |= inf
        c["failed_full" if p.policy == "FAIL" else "dropped_full"] += int(inf.sum())
    # copies stored by the broker: (message, arrival, stamp time on the sender's clock or None)
    m_idx, arr, resend_t = [np.nonzero(exists & ~lost)[0]], [], []
    arr.append(send[m_idx[0]])
    resend_t.append(te[m_idx[0]])
    keep = np.ones(len(m_idx[0]), bool)
    for j in range(p.nodes):  # network blips: the send times out, tried again after 5, 15 and 35 s
        k = m_idx[0][(node[m_idx[0]] == j)]
        hit = k[_inside(te[k], blips[j])]
        for m in hit:
            pos = np.searchsorted(m_idx[0], m)
            through = rng.random() < 0.3  # the first try was stored, its answer lost
            keep[pos] = through
            for dly in (5.0, 15.0, 35.0):
                c["blip_retries"] += 1
                if not _inside(np.array([te[m] + dly]), blips[j])[0]:
                    if through and p.dedup:
                        c["deduplicated"] += 1
                    else:
                        m_idx.append(np.array([m]))
                        arr.append(np.array([te[m] + dly + rng.uniform(0.005, 0.05)]))
                        resend_t.append(np.array([te[m] + dly]))
                        c["stored_twice"] += int(through)
                    break
            else:
                c["blip_lost"] += int(not through)
    m_idx[0], arr[0], resend_t[0] = m_idx[0][keep], arr[0][keep], resend_t[0][keep]
    for a, b in fo:  # failover to the backup: sends wait for it; a send in flight is sent again
        w = rng.uniform(0.5, 3)
        for i in range(len(m_idx)):
            x = resend_t[i]
            blk = (x >= a) & (x < b)
            arr[i] = np.where(blk, b + rng.uniform(0, 1, len(x)), arr[i])
            fl = np.nonzero((x >= a - w) & (x < a))[0]
            for q in fl:
                c["failover_resent"] += 1
                if rng.random() < 0.5 and not p.dedup:  # it had reached the backup: now stored twice
                    m_idx.append(m_idx[i][q:q + 1])
                    arr.append(np.array([b + rng.uniform(0, 1)]))
                    resend_t.append(np.array([b]))
                    c["stored_twice"] += 1
                elif rng.random() < 0.5 and p.dedup:
                    c["deduplicated"] += 1
                else:
                    arr[i][q] = b + rng.uniform(0, 1)
    msg, arr, sent = np.concatenate(m_idx), np.concatenate(arr), np.concatenate(resend_t)
    err = np.zeros(len(msg))
    for j in range(p.nodes):
        s = node[msg] == j
        err[s] = clocks[j][0](sent[s])
    stamp = sent + err if p.stamp == "client" else arr + b_off
    p.node, p.te, p.exists, p.life = node, te, exists, life
    p.share = 1.0 / np.array(run.life_nodes)[life]
    p.ts = _starts(run, node, te, life, exists)
    p.copy_msg, p.copy_stamp = msg, stamp
    p.rec_msg, p.rec_pt = _monitor(rng, run, p, msg, arr, stamp, mc, fo)
    p.copies = np.bincount(p.rec_msg, minlength=len(te))
    tru = np.floor(te[p.rec_msg] / STEP).astype(int)
    c["moved_minute"] = int((tru != p.rec_pt).sum())
    c["messages"] = int(exists.sum())
    return p


def _starts(run, node, te, life, exists) -> np.ndarray:
    """Each message's interval start: its node's previous message in the same process life, or the life's start
    (messages that were never formed, ``exists`` false, carry nothing and start nothing)."""
    ts = np.array([run.lives[li][0] for li in life])
    k = np.nonzero(exists)[0]
    k = k[np.lexsort((te[k], life[k], node[k]))]
    same = (node[k][1:] == node[k][:-1]) & (life[k][1:] == life[k][:-1])
    ts[k[1:][same]] = te[k[:-1][same]]
    ts[~exists] = te[~exists]
    return ts


def _cummax_by(life: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The running maximum of ``x`` before each element (-inf first), restarted where ``life`` changes (sorted)."""
    big = 1e12
    y = np.maximum.accumulate(x + life * big) - life * big
    prev = np.concatenate([[-np.inf], y[:-1]])
    first = np.concatenate([[True], life[1:] != life[:-1]])
    return np.where(first, -np.inf, prev)


def _monitor(rng, run, p, msg, arr, stamp, mc, fo):
    """The monitor's records ``(message, point)``: each copy consumed (client acknowledgement every ``A`` s), binned
    by the minute of its stamp, the minute closed once the stamps seen pass its end by ``G`` s; its crashes and the
    broker's failovers give copies back (redelivered), lose the acknowledged copies of minutes not yet written and
    hold the copies prefetched by a dead consumer until its connection's TTL."""
    c = p.counts
    r = arr.copy()
    red = np.zeros(len(r), bool)
    ack_ph = rng.uniform(0, p.A)
    detect = np.where(rng.random(len(mc)) < 0.5, 60.0, 0.0)  # killed uncleanly: the TTL finds the dead consumer

    def last_ack(x):
        return np.floor((x - ack_ph) / p.A) * p.A + ack_ph

    for (a, b), dtc in zip(mc, detect):
        back = max(b, a + dtc) + p.rd
        stuck = (arr >= a) & (arr < a + dtc) & p.window
        if p.window:
            stuck |= (arr >= b) & (arr < a + dtc) & (rng.random(len(arr)) < 0.5)
        c["window_stuck"] += int(stuck.sum())
        down = (arr >= a) & (arr < b) & ~stuck
        r = np.where(stuck, back, np.where(down, b, r))
        red |= stuck
    life = np.searchsorted(mc[:, 0], r, side="right") if len(mc) else np.zeros(len(r), int)
    order = np.argsort(r, kind="stable")
    w_prev = np.empty(len(r))
    w_prev[order] = _cummax_by(life[order], stamp[order])
    minute_end = (np.floor(stamp / STEP) + 1) * STEP
    keep = np.ones(len(r), bool)
    extra_i, extra_r = [], []
    for (a, b), dtc in zip(mc, detect):
        mine = (r < a) & (life == np.searchsorted(mc[:, 0], a - 1e-9, side="right"))
        ws = stamp[mine & (r <= a)]
        w_at = ws.max() if len(ws) else -np.inf
        flushed = w_at > minute_end + p.G
        unacked = mine & (r > last_ack(a))
        lost = mine & ~unacked & ~flushed
        c["acked_unflushed_lost"] += int(lost.sum())
        keep &= ~lost & ~(unacked & ~flushed)
        k = np.nonzero(unacked)[0]
        c["redelivered_after_crash"] += len(k)
        c["counted_twice"] += int((unacked & flushed).sum()) * (not p.skip_redelivered)
        extra_i.append(k)
        extra_r.append(np.full(len(k), max(b, a + dtc) + p.rd))
    for a, b in fo:  # the acknowledgements in flight at a failover are lost: the backup delivers those copies again
        k = np.nonzero((r > last_ack(a)) & (r <= a) & keep)[0]
        c["ack_lost_redelivered"] += len(k)
        extra_i.append(k)
        extra_r.append(np.full(len(k), b + p.rd + rng.uniform(0, 1)))
    ei = np.concatenate(extra_i) if extra_i else np.zeros(0, int)
    er = np.concatenate(extra_r) if extra_r else np.zeros(0)
    idx = np.concatenate([np.nonzero(keep)[0], ei.astype(int)])
    rr = np.concatenate([r[keep], er])
    rd = np.concatenate([red[keep], np.ones(len(ei), bool)])
    lf = np.searchsorted(mc[:, 0], rr, side="right") if len(mc) else np.zeros(len(rr), int)
    order = np.lexsort((rr, lf))
    idx, rr, rd, lf = idx[order], rr[order], rd[order], lf[order]
    st = stamp[idx]
    late = _cummax_by(lf, st) > minute_end[idx] + p.G
    c["late_dropped"] = int((late & ~rd).sum()) if not p.late_add else 0
    c["late_added"] = int((late & ~rd).sum()) if p.late_add else 0
    ok = (~late | p.late_add)
    if p.skip_redelivered:
        c["skipped_redelivered"] = int((rd & ok).sum())
        ok &= ~rd
    pt = np.floor((st - EPOCH_OFF) / STEP).astype(int)
    ok &= (pt >= 0) & (pt < run.n)
    return msg[idx[ok]], pt[ok]


EPOCH_OFF = 0.0  # run time 0 is the first minute's start (``EPOCH``)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (records/s per minute) of per-tick records ``J``: linear in ``J``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    g = np.arange(len(C)) * TICK
    rec = (np.interp(p.te, g, C) - np.interp(p.ts, g, C)) * p.share
    return np.bincount(p.rec_pt, weights=rec[p.rec_msg], minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------- the trace


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and its healthy points (the random stream
    ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _rates(rng, run)
    run.nt = len(run.J)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    ramp_of = {round(a, 6): length for a, length, r0 in run.ramps}
    raw = []
    for a, b, kind in run.pauses_t:
        half = 0.5 * ramp_of.get(round(b, 6), 0.0)
        raw.append((max(0, int(a // STEP) - 1), min(n, int(np.ceil((b + half) / STEP)) + 1)))
    zero = np.nonzero(healthy <= 0)[0]
    raw += [(int(i), int(i) + 1) for i in zero]
    merged = []
    for s, e in sorted(r for r in raw if r[0] < n):  # merged where they touch: a live point lies between spans
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    in_pause = ~hc.live_mask(hc.rollup_spans(run.pauses_t, STEP, n), n)
    run.path.counts["unread_minutes"] = int(((healthy <= 0) & ~in_pause).sum())
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, healthy, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each 5-s tick's records lost, ``length`` ticks from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a preprocessing worker killed (a long Holter record's resampling ran it out of memory)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' filtered-waveform cache growing into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    calm = rng.uniform(0.05, 0.25)  # reads of WFDB/HDF5 shards from the shared file system slowed in bursts
    bad = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(bad, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str | None = None):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    grid = np.arange(n + 1) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, grid, lo, min(last, n), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.T if to_end else stop * STEP
        i0, i1 = int(t0 // TICK), min(run.nt, int(t1 // TICK))
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                        rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m1[c0:stop][lv].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m = target * hs / ms * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, m[on:end])
    return None


def _stamps(run) -> np.ndarray:
    """A point is stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout169(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout169_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT169_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout169, seeds, n, pauses)
