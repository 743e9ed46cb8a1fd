"""The hundred-and-fortieth held-out throughput family: a whale-call detector's training spectrogram clips/s (a CNN
over log-mel spectrograms cut from long hydrophone recordings; the audio decoded, band-pass filtered, cut into clips
and noise-mixed on CPU workers, the recordings read one deployment file at a time; a per-deployment validation pass
now and then), read through Azure Service Bus: each rank sends one message per k steps (its clips, its own
timestamp, a message id) to a queue with duplicate detection, a consumer function receives them in peek-lock batches,
sums them per minute into a table and completes them, and the monitor reads each minute's sum a fixed delay after it.

(No generator's head names Service Bus, peek-lock, dead-lettering, duplicate detection, a whale, a hydrophone or a
lock (``grep -ic`` on ``/tmp/s57/genheads135.txt``: 0 each); "Azure" matches 4 heads (an Azure Monitor exporter to
Application Insights, Azure Data ..., Event Hubs with Stream Analytics into Cosmos DB: other paths), "spectrogram"
and "mel" one (a bird-song classifier on mel spectrograms: the input, not this job). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout135.py`` lines 1-110 and 504-513 (its
``make_heldout135`` and ``heldout135_set``), ``tests/test_anomaly_heldout135.py`` (all), ``anomaly/heldout_common.py``
(all), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110,
``/tmp/s57/genheads135.txt`` through ``grep -ic`` and one ``grep -i`` for "azure", "spectrogram" or "mel" (its lines cut
at 250 characters). Slips: my ``grep -n`` for the two ``def`` lines of ``heldout135.py`` also matched every ``^def`` (it
printed the signature lines of its private functions, lines 131-500, not their bodies), and a ``wc -l`` of that file
(513 lines); none else. My scratch scripts (``/tmp/w140s_*.py``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): Service Bus's duplicate detection
(``RequiresDuplicateDetection``: a second message with the same ``MessageId`` sent within
``DuplicateDetectionHistoryTimeWindow`` is discarded; the window's default is 10 minutes); ``MessageId``
(application-defined); ``LockDuration`` (a peek-lock's duration, 1 min by default, at most 5); ``MaxDeliveryCount`` (the
delivery count grows when a peek-locked message is not completed before its lock expires; dead-lettered after it,
default 10); ``ServerBusyException`` (the server is busy: wait and retry; Event Hubs' Java page: wait at least 4 s); a
Q&A answer on the client's retry policy for transient failures; an Azure Functions host issue on the Service Bus
trigger's retries. Not read (from memory, unchecked): the SDK's 60-s try timeout and 3 retries, the Functions scale
controller's polling and a consumption plan's scale to zero and cold start (I take 5-20 min idle, then 10-60 s to notice
and 5-40 s to start), lock renewal by the host (I take a lock lost only when a batch runs long), instance recycles,
table upserts as non-idempotent increments. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2, 3 or 4 nodes (35/30/15/20 %) of 2 or 4 GPUs (0.86-0.97 per node
doubling); a GPU trains 120-1500 clips/s (log-uniform) at the first stage (the coarse mel grid). The CPU workers read
one deployment's recording at a time: a file lasts 8-45 min of training (its own bounds drawn per run), has its own
decode / band-pass / noise-mix cost (a factor of sd 2-4 %) and its switch stalls the loader 5-40 s at 15-50 % of the
rate; the per-tick log rate swings as an AR(1) (sd 3-7 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min).
Relaunches: 0-3 at 15-85 % of the run (1 h apart or more), each a finer mel grid (at most twice: 1.3-1.8 times
dearer), the larger backbone (once: 1.7-2.5) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3
to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 45-80 % over 2-6 min; a per-deployment
validation every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s,
"long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18) and a start-up of 2-6 ("long"
8-20), then a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5, a start-up of 2-6 ("long" 8-20), a ramp.

On the path (not checked): the ranks step together, each holding 1/ranks of the clips; a rank sends a message every
k steps, k set so that a message holds 3-8 s of its clips at the first stage (fewer a minute at a dearer stage), at
the end of the 5-s tick its k-th step falls in, stamped by its node's clock; a relaunch's graceful stop flushes the
last partial message, a crash loses it. Node clocks: offsets of sd 0.2-3 s; in 25 % of runs one node 5-45 s off (its
minutes' sums shifted). Sends land 20-300 ms later; 0.1-1 % time out: in half of them the first send got through
and the retry (60 s later, the same id) is discarded by duplicate detection, in the other half the retry is the
message, 61-63 s late. Server-busy episodes (0.2-2 a day, a mean of 1-15 min): a send in one is retried; one whose
episode ends within 40 s lands 0-10 s after it, a later one is dropped by the reporter (half the runs) or buffered
and sent 0-30 s after the episode. At a crash, each message of its last 60 s has its ack pending with probability
0.3 and is resent 5-30 s after the restart with its id: where the first got through (half) it is discarded within
the 10-min window and counted twice beyond it (the "long" downtimes); else the resend is its first arrival. The
consumer scales to zero after 5-20 min without a message and cold-starts (10-60 s to notice, 5-40 s to start); it
is recycled 0.2-2 times a day (down a mean of 0.3-1.5 min); it takes a message 0.2-3 s after it is there (plus 0-2
s), adds it to its minute's row and completes it; 0.05-0.5 % of deliveries run past the lock (30 s, 60 s or 5 min),
written but not completed: the message comes back after the lock and is counted again. In the table's slow episodes
(0.1-1 a day, a mean of 2-15 min) 20-60 % of deliveries run long, of which 30-80 % wrote before the lock was lost;
a message is dead-lettered at its max delivery count (3, 5 or 10). The monitor reads minute ``m``'s row at its end
plus 2-6 min (one delay per run, its clock sd 0.5 s), once: a write after it is lost; no row reads 0. The reads are
linear in the clips; messages, their fates and counts are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's clips lost, carried through the same messages and reads): ``drop`` (the loader's worker pool shrunk after a
worker ran out of memory on a long recording: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler`` (one
node's decode workers starved by a noisy neighbour, every rank waiting: 1 for a mean of 20-200 ticks, calm for a
mean of 100-500 at 0.03-0.25), ``leak`` (a growing cache of decoded recordings, swapping: ``w = (s / ramp) ** p``,
``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a
leak's plateau), ``a`` set from the reads of the lost clips (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout140_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.090-0.319  18              1-21 (1171, 0 >60)
long      31      11    10         10    0.081-0.311  19              1-63 (949, 2 >60)

Planned changes listed: short 21, long 14 (of 21 and 14 relaunches; none kept its stage); crashes 41 and 46. The path
over each set (counts, rank-messages): short: timeouts 18967 (retries deduped 9499), throttled sends 14124 (dropped
2757), resent at a restart 548 (deduped 250, counted twice 18), partial messages lost at a crash 258, cold starts 80,
locks lost 22792, counted again 2563, dead-lettered 523, written after their read 6348, points reading nothing
4259 (pauses among them); long: 11939 (5990), 8207 (4864), 429 (0, 204), 190, 812, 9753, 970, 298, 1526, 17226. The
reads' sum over the live points against the job's clips: 1.002-1.008 (short), 0.997-1.008 (long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 3-12 % (short), 4-11 % (long), its 99th percentile 35-81 %
(short) and 38-74 % (long): the k-step messages alias into the minutes (2-20 a rank a minute); the live median level
555-4,735 clips/s (short), 239-4,582 (long). Changes of the laws after the first measure: none. Before it, after a
first look at 3 seeds' healthy runs per setting: messages every 15-45 s became every 3-8 s (a quarter of the minutes
read nothing), 8-GPU nodes dropped (cost), and the slow episodes' deliveries made to run long only in part (the reads
overcounted by up to 14 %). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS`` holds their
spans' lengths and the full sets': a short span of 30 points at 3,000 points, 21 at most in the full "short" set).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT140_SEEDS = tuple(range(1402000, 1402012))
CODE = 140
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
TICK = 5.0  # the job's grid (s)
STEP = 60.0  # a point: one minute's row of the table
K = int(STEP // TICK)
EPOCH = 1_790_006_400.0  # a whole minute
DEDUP = 600.0  # the queue's duplicate-detection window (s)
PATH_KEYS = ("timeouts", "retries_deduped", "throttled", "throttle_dropped", "resent_at_restart",
             "resends_deduped", "resends_counted_twice", "unsent_at_crash", "cold_starts", "locks_lost",
             "counted_again", "dead_lettered", "late_for_the_read", "unread_points")
# pause spans (points) of the first 4 seeds at 3,000 points and of the full sets (measured; see the docstring)
SPANS = {"short": (1, 30), "long": (1, 63)}


def _u(rng, lo_hi):
    return float(rng.uniform(*lo_hi))


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s at a stage: GPUs times their rate, less the scaling loss per node doubling, and dearer for
    a finer mel resolution (each step ``mel_c``) or the larger backbone (``bb_c``)."""
    nodes = st["nodes"]
    return (cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)
            / cfg["mel_c"] ** st["mel"] / cfg["bb_c"] ** st["bb"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a finer mel grid (at most twice), the larger backbone (once) or, 1 in 6, another node
    count; redrawn until the level moves 15 % or more (within 1/3 .. 3 times)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([1, 2, 3, 4]))
        elif r < 0.6 and st["mel"] < 2:
            new["mel"] += 1
        elif st["bb"] < 1:
            new["bb"] = 1
        else:
            new["nodes"] = int(rng.choice([1, 2, 3, 4]))
        ratio = _level(cfg, new) / lv
        if np.log(1.15) - 1e-12 <= abs(np.log(ratio)) and 1 / 3 <= ratio <= 3:
            return new
    return dict(st)


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _schedule(rng, n: int, pauses: str) -> SimpleNamespace:
    """The job's timeline (pauses, lives, stages) and its clips per 5-s tick ``J``."""
    long = pauses == "long"
    T = n * STEP
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 120, 1500), "gpus": int(rng.choice([2, 4])), "eff": _u(rng, (0.86, 0.97)),
           "mel_c": _u(rng, (1.3, 1.8)), "bb_c": _u(rng, (1.7, 2.5))}
    st = {"mel": 0, "bb": 0, "nodes": int(rng.choice([1, 2, 3, 4], p=[0.35, 0.3, 0.15, 0.2]))}
    k_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * T)
    re_t = [t for i, t in enumerate(re_t) if i == 0 or t - re_t[i - 1] >= 3600]
    crash_mean = _u(rng, (12, 48)) * 3600
    pauses_t, ramps, lives, known_t = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    start = (_u(rng, (25, 60)) if long else _u(rng, (3, 10))) * 60
    pauses_t.append((0.0, start, "startup"))
    t = start
    life_start, stage_lv = start, _level(cfg, st)
    ramps.append((t, _u(rng, (2, 6)) * 60, _u(rng, (0.45, 0.8))))
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ck_every = 0, int(rng.choice([2, 3]))
    while t < T:
        to_eval = t + _u(rng, (30, 90)) * 60
        nxt_re = re_t[0] if re_t else np.inf
        first = min(to_eval, next_crash, nxt_re)
        if first >= T:
            break
        t = max(first, t + 60.0)
        if first == nxt_re:
            re_t.pop(0)
            counts["relaunches"] += 1
            lives.append((life_start, t, st["nodes"], stage_lv, "relaunch"))
            new = _next_stage(rng, cfg, st, stage_lv)
            counts["kept_stage"] += new == st
            changed = new != st
            st = new
            dur = ((_u(rng, (5, 12)) if long else _u(rng, (1, 3))) + _u(rng, (1, 5))
                   + (_u(rng, (8, 20)) if long else _u(rng, (2, 6)))) * 60
            pauses_t.append((t, t + dur, "relaunch"))
            t += dur
            if changed:
                known_t.append(t)
            life_start, stage_lv = t, _level(cfg, st)
            ramps.append((t, _u(rng, (2, 6)) * 60, _u(rng, (0.45, 0.8))))
        elif first == next_crash:
            counts["crashes"] += 1
            lives.append((life_start, t, st["nodes"], stage_lv, "crash"))
            dur = ((_u(rng, (6, 18)) if long else _u(rng, (1, 4)))
                   + (_u(rng, (8, 20)) if long else _u(rng, (2, 6)))) * 60
            pauses_t.append((t, t + dur, "crash"))
            t += dur
            life_start = t
            ramps.append((t, _u(rng, (2, 6)) * 60, _u(rng, (0.45, 0.8))))
            next_crash = t + rng.exponential(crash_mean)
        else:
            n_eval += 1
            dur = (_u(rng, (10, 25)) if long else _u(rng, (2, 6))) * 60
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            if n_eval % ck_every == 0:
                ck = (_u(rng, (1, 4)) if long else _u(rng, (0.25, 1))) * 60
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
        if next_crash < t:  # a crash due in a pause happens soon after it
            next_crash = t + _u(rng, (60, 600))
        while re_t and re_t[0] < t + 600:
            re_t[0] = t + _u(rng, (600, 1800))
            re_t.sort()
    lives.append((life_start, np.inf, st["nodes"], stage_lv, "end"))
    # the rate per tick: the life's level, ramps, the deployment files' stalls and costs, the augmentation's noise
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    for a, b, nodes, level, _ in lives:
        lv[int(a // TICK):min(nt, int(np.ceil(min(b, 1e12) / TICK)))] = level
    mult = np.ones(nt)
    for t0, d, frac in ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + d) / TICK)))
        if i0 < nt:
            mult[i0:i1] *= frac + (1 - frac) * np.clip((tt[i0:i1] - t0) / d, 0, 1)
    # one deployment file at a time: 8-45 min of training each, its own decode cost (sd 2-4 %), a stall at the switch
    file_lo, file_hi = _u(rng, (8, 20)), _u(rng, (25, 45))
    file_sd, files = _u(rng, (0.02, 0.04)), 0
    i = int(rng.integers(0, 200))
    while i < nt:
        length = int(_u(rng, (file_lo, file_hi)) * 60 / TICK)
        mult[i:i + length] *= np.exp(rng.normal(0, file_sd))
        stall = max(1, int(_u(rng, (5, 40)) / TICK))
        mult[i:i + stall] *= _u(rng, (0.15, 0.5))
        files += 1
        i += length
    sd, tau = _u(rng, (0.03, 0.07)), _u(rng, (10, 60))
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for j in range(1, nt):
        x[j] = a * x[j - 1] + e[j]
    slow = hc.ou_path(rng, T, _u(rng, (0.01, 0.03)), _u(rng, (20, 120)) * 60)
    noise = np.exp(x + slow[(tt // 60).astype(int)])
    train = np.full(nt, TICK)
    for p0, p1, _ in pauses_t:
        i0, i1 = int(p0 // TICK), min(nt, int(np.ceil(p1 / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(p1, tt[i0:i1] + TICK) - np.maximum(p0, tt[i0:i1])
        train[i0:i1] -= np.maximum(ov, 0)
    J = lv * mult * noise * np.maximum(train, 0)
    counts["files"] = files
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t,
                           counts=counts, J=J, long=long)


def _episodes(rng, T: float, per_day: tuple, mean_min: tuple) -> np.ndarray:
    """``(start, end)`` rows: episodes at ``per_day`` a day (uniform rate), lasting a mean of ``mean_min`` min."""
    k = rng.poisson(_u(rng, per_day) * T / 86400)
    s = np.sort(rng.uniform(0, T, k))
    return np.stack([s, s + rng.exponential(_u(rng, mean_min) * 60, k) + 30], 1) if k else np.zeros((0, 2))


def _inside(t: np.ndarray, ep: np.ndarray) -> np.ndarray:
    """The index of the episode of ``ep`` (sorted by start) holding each time of ``t``, or -1."""
    if not len(ep):
        return np.full(len(t), -1)
    j = np.searchsorted(ep[:, 0], t, side="right") - 1
    ok = (j >= 0) & (t < ep[np.maximum(j, 0), 1])
    return np.where(ok, j, -1)


def _path(rng, run) -> SimpleNamespace:
    """The messages and their fates: each one's ticks ``[a, b)``, its share ``w`` and rank's node, the table row
    (minute by its rank's clock) it is summed into, and how many times it is counted there before the read."""
    c = {k: 0 for k in PATH_KEYS}
    C = _cum(run.J)
    T, n, gpus = run.T, run.n, run.cfg["gpus"]
    # k steps per message: 3-8 s of a rank's clips at the first stage
    q = run.lives[0][3] / (run.lives[0][2] * gpus) * _u(rng, (3, 8))
    A, B, W, NODE, TS, CRASH = [], [], [], [], [], []
    for a, b, nodes, level, why in run.lives:
        i0, i1 = int(np.ceil(a / TICK)), min(run.nt, int(min(b, 1e12) // TICK))
        if i1 <= i0:
            continue
        R = nodes * gpus
        cum = (C[i0:i1 + 1] - C[i0]) / R
        bd = np.searchsorted(cum, q * np.arange(1, int(cum[-1] // q) + 1)) + i0
        bd = np.unique(bd)
        if why == "relaunch" and (not len(bd) or bd[-1] < i1):
            bd = np.append(bd, i1)  # a graceful stop flushes the last partial message
        elif why == "crash" and cum[-1] > 0:
            c["unsent_at_crash"] += R
        starts = np.concatenate([[i0], bd[:-1]])
        for r in range(R):
            A.append(starts)
            B.append(bd)
            W.append(np.full(len(bd), 1.0 / R))
            NODE.append(np.full(len(bd), r // gpus))
            TS.append(bd * TICK - rng.uniform(0, TICK, len(bd)))
            CRASH.append(np.full(len(bd), b if why == "crash" else np.inf))
    a, b, w = np.concatenate(A).astype(int), np.concatenate(B).astype(int), np.concatenate(W)
    node, ts, crash = np.concatenate(NODE), np.concatenate(TS), np.concatenate(CRASH)
    m = len(a)
    # the ranks' clocks: offsets of sd 0.2-3 s; in 25 % of runs one node 5-45 s off (its time sync not running)
    off = rng.normal(0, _u(rng, (0.2, 3.0)), 4)
    if rng.random() < 0.25:
        off[int(rng.integers(0, 4))] += rng.choice([-1, 1]) * _u(rng, (5, 45))
    stamp = ts + off[node] + rng.uniform(0, 0.05, m)
    row = np.floor(stamp / STEP).astype(int)
    # sending: a timeout's retry 60 s later (deduped where the first got through); server-busy episodes
    enq = ts + rng.uniform(0.02, 0.3, m)
    first_ok = np.ones(m, bool)
    to = rng.random(m) < _u(rng, (0.001, 0.01))
    c["timeouts"] = int(to.sum())
    through = to & (rng.random(m) < 0.5)
    c["retries_deduped"] = int(through.sum())
    enq = np.where(to & ~through, ts + 60 + rng.uniform(0.8, 3, m), enq)
    busy = _episodes(rng, T, (0.2, 2), (1, 15))
    jb = _inside(enq, busy)
    hit = jb >= 0
    c["throttled"] = int(hit.sum())
    ends = busy[np.maximum(jb, 0), 1] if len(busy) else np.zeros(m)
    give_up = hit & (ends - enq > 40)  # the client's 3 retries spent
    keep = rng.random() < 0.5  # the reporter buffers what it could not send (else drops it)
    if keep:
        enq = np.where(hit, ends + rng.uniform(0, 30, m), enq)
    else:
        enq = np.where(hit & ~give_up, ends + rng.uniform(0, 10, m), enq)
        first_ok &= ~give_up
        c["throttle_dropped"] = int(give_up.sum())
    # a crash: messages sent in its last 60 s whose acks were pending are resent at the restart with their ids
    dup_at = np.full(m, np.inf)
    pend = (crash - ts < 60) & (rng.random(m) < 0.3)
    if pend.any():
        resume = {lb: next(la for la, *_ in run.lives if la >= lb) for lb in np.unique(crash[pend])}
        re_at = np.array([resume[x] for x in crash[pend]]) + rng.uniform(5, 30, int(pend.sum()))
        c["resent_at_restart"] = int(pend.sum())
        got = rng.random(int(pend.sum())) < 0.5
        dedup = got & (re_at - enq[pend] < DEDUP)
        c["resends_deduped"] = int(dedup.sum())
        c["resends_counted_twice"] = int((got & ~dedup).sum())
        idx = np.nonzero(pend)[0]
        dup_at[idx[got & ~dedup]] = re_at[got & ~dedup]
        enq[idx[~got]] = re_at[~got]
    # the consumer: scaled to zero after 5-20 min without messages, cold-starting (poll 10-60 s, start 5-40 s)
    idle = _u(rng, (5, 20)) * 60
    order = np.argsort(enq)
    se = enq[order]
    gap = np.diff(se, prepend=-np.inf) > idle
    c["cold_starts"] = int(gap.sum())
    wake = np.where(gap, se + rng.uniform(10, 60, m) + rng.uniform(5, 40, m), -np.inf)
    avail = np.maximum.accumulate(wake)
    recyc = _episodes(rng, T, (0.2, 2), (0.3, 1.5))
    proc = np.empty(m)
    proc[order] = np.maximum(se, avail) + rng.uniform(0.2, 3, m)
    jr = _inside(proc, recyc)
    proc = np.where(jr >= 0, recyc[np.maximum(jr, 0), 1] if len(recyc) else 0, proc) + rng.uniform(0, 2, m)
    # peek-lock: a write done but its lock lost (processing ran long) comes back after the lock and counts again;
    # during the table's slow episodes every delivery runs long and a write gets through only now and then
    lock = float(rng.choice([30.0, 60.0, 60.0, 300.0]))
    max_del = int(rng.choice([3, 5, 10, 10]))
    slow = _episodes(rng, T, (0.1, 1), (2, 15))
    p_lost, p_write, p_long = _u(rng, (0.0005, 0.005)), _u(rng, (0.3, 0.8)), _u(rng, (0.2, 0.6))
    read_at = (row + 1) * STEP + _u(rng, (2, 6)) * 60 + rng.normal(0, 0.5)
    cnt = np.zeros(m)
    t_now = np.where(first_ok, proc, np.inf)
    for d in range(1, max_del + 1):
        live = np.isfinite(t_now)
        if not live.any():
            break
        in_slow = live & (_inside(np.where(live, t_now, -1.0), slow) >= 0)
        long_run = in_slow & (rng.random(m) < p_long)
        wrote = live & (~long_run | (rng.random(m) < p_write))
        lost = live & (long_run | (rng.random(m) < p_lost))
        cnt += wrote & (t_now <= read_at)
        c["late_for_the_read"] += int((wrote & (t_now > read_at) & (d == 1)).sum())
        c["locks_lost"] += int(lost.sum())
        c["counted_again"] += int((lost & wrote & (d > 1)).sum())
        if d == max_del:
            c["dead_lettered"] = int(lost.sum())
        t_now = np.where(lost, t_now + lock + rng.uniform(0.2, 3, m), np.inf)
    cnt += np.isfinite(dup_at) & (dup_at + 1 <= read_at)
    ok = (row >= 0) & (row < n)
    return SimpleNamespace(a=a[ok], b=b[ok], w=w[ok] * cnt[ok], cnt=cnt[ok], row=row[ok], node=node[ok], counts=c,
                           lock=lock, max_delivery=max_del, buffer=keep, off=off)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's read of each minute (clips/s): the counted messages' clips of ``J`` in their rows."""
    C = _cum(J)
    p = run.path
    return np.bincount(p.row, p.w * (C[p.b] - C[p.a]), minlength=run.n)[:run.n] / STEP


def _spans(run, healthy: np.ndarray) -> list:
    """Paused points: a minute (or a neighbour) touching a pause or a ramp's first half, or a read of nothing."""
    n = run.n
    touch = np.zeros(n + 2, bool)
    for a, b, _ in run.pauses_t:
        touch[int(a // STEP):min(n, int(np.ceil(b / STEP)))] = True
    for t0, d, _ in run.ramps:
        touch[int(t0 // STEP):min(n, int(np.ceil((t0 + d / 2) / STEP)))] = True
    touch = touch[:n]
    paused = touch.copy()
    paused[1:] |= touch[:-1]
    paused[:-1] |= touch[1:]
    paused |= healthy <= 0
    spans = []
    for i in np.nonzero(paused)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    run.path.counts["unread_points"] = int((healthy <= 0).sum())
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the clips per tick: a drop (the loader's worker pool shrunk after a worker ran out of
    memory on a long recording) rises over 1-8 ticks; a straggler (one node's decode workers starved by a noisy
    neighbour, so every rank waits) switches between 1 (a mean of 20-200 ticks) and a calm 0.03-0.25 (a mean of
    100-500); a leak (a growing cache of decoded recordings, swapping) grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / _u(rng, (1, 8)))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** _u(rng, (0.6, 1.8))
    calm, on_m, off_m = _u(rng, (0.03, 0.25)), _u(rng, (20, 200)), _u(rng, (100, 500))
    w = np.full(length, calm)
    i, on = 0, True
    while i < length:
        d = int(rng.exponential(on_m if on else off_m)) + 1
        if on:
            w[i:i + d] = 1.0
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n + 1), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else min(run.nt, stop * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs, ms = healthy[c0:stop][live[c0:stop]].sum(), m[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m *= target * hs / ms
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout140(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout140_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT140_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout140, seeds, n, pauses)
