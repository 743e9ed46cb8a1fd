"""The hundred-and-seventieth held-out throughput family: a sleep-staging model's training epochs/s (a CNN feature
extractor under a sequence model, DeepSleepNet / U-Sleep style, over overnight polysomnography from sleep clinics:
EEG, EOG and chin-EMG channels in 30-s epochs scored wake, N1, N2, N3 and REM; EDF files decoded, resampled, filtered
and normalised on CPU loader workers, sequences of epochs cut from whole nights, the rare N1 stage oversampled; a
validation pass over held-out nights after each pass over the training nights), read through PubNub: each node's
reporter publishes a small message (its clock's time, its epochs since its last message) every 10-30 s to one
channel over the REST publish API, and a monitor on the channel's subscribe long-poll sums the epochs per minute of
the message's publish timetoken or of the time in its payload, fetching the channel's stored history after a gap
(or not).

(No generator's head names PubNub, a timetoken, a long-poll, a subscribe, polysomnography, sleep staging, a
hypnogram, EDF or epochs/s (``grep -ic`` on the first 3 lines of every generator, saved to
``/tmp/s63_heads170.txt``: 0 each); "EEG" matches 1 head (an EEG foundation model's pretraining: EEG is not new, the
supervised sleep-staging job over clinic nights is), "sleep" 1 (rails' sleepers), "clinic" 1 (clinical photographs),
"history" 1 (a ``get-history`` poller), "publish" 3 and "channel" 4 (SNS, per-rank publishing, a Flume file channel,
image channels: a pub-sub channel is not new, PubNub's subscribe cursor, its catch-up queue and its stored history
are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool): PubNub's "API limits" pages
(https://www.pubnub.com/docs/platform/resources/limits, .../platform/functions/soft-and-hard-limitations: any API
"can be throttled" above 25 requests/s, publish at 10-15 messages/s per channel at best, a slow subscriber overflows
the server-side queue, "configurable for your subkey and defaults to 100 messages", across a multiplexed connection
in all); "Connection Management" (https://www.pubnub.com/docs/general/setup/connection-management: the queue holds
100 messages, each for up to 20 minutes, overflow discards the oldest (FIFO) during a drop; a long-poll with no
message returns after 280 s; errors 400, 404, 413, 414, 500); the Subscribe V2 REST page (pubnub-mcp-server's
``resources/sdk_docs/rest-api_subscribe-v-2.md``: ``tt=0`` first, then each call with the last ``t.t`` and ``t.r``);
the Message Persistence pages (https://www.pubnub.com/docs/sdks/rest-api/message-persistence-introduction: a
timetoken is unix time times 10^7, 17 digits; .../general/basics/retrieve-old-messages and
.../chat/features/message-history: retention 1 day to unlimited, up to 100 messages per request on one channel, paged
by ``start``/``end``); the c-core's ``pubnub_timers.h`` (subscribe timeout 310 s, others 10 s); the Python SDK's
reconnection policies (none by default, linear every 3 s, exponential 1-32 s); the JavaScript SDK's status events and
``categories.js`` (PNNetworkIssues, PNTimeout, PNReconnected ...); a PubNub how-to on old messages at resubscribe (the
SDK resubscribes with its last timetoken and gets the short-term cache, the last 100 messages or ~2-20 min). On the
job only paper abstracts (L-SeqSleepNet, arXiv 2301.03441: sequences over whole sleep cycles; others on single-channel
EEG staging): no figure taken. Not read (from memory, unchecked): when the SDKs raise
``PNRequestMessageCountExceededCategory`` (here: a catch-up response holding the queue's 100 messages, the client's
``requestMessageCountThreshold`` set to 100); whether an SDK restores its cursor after a network failure by default
(here a run's monitor does, ``restore``, or resubscribes at now, ``fresh``); whether an SDK retries a publish (here the
reporter retries, its own code); a 429 on publish (here throttling episodes when the keyset is shared, from the 25
requests/s line); that PubNub's timetoken clock is right (taken as exact).

Assumed without checking (the job): 1-4 nodes (15/30/30/25 %, 0.85-0.97 per doubling); a node's GPUs train 600-8,000
epochs/s (log-uniform), its loader workers (EDF decoding, resampling, filtering, normalising per night) feed 1.1-2.4
times that; a step waits for the slower side (a soft maximum of the costs). Nights are read one clinic cohort at a
time: a cohort lasts 5-40 min (log-uniform), its montages and sampling rates set the loader's cost (a factor, sd 3-10
%; a quarter are 256-512 Hz cohorts, 10-30 % dearer), opening one stalls 3-25 s at 20-60 % of the rate; per 5-s tick
an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 %
of the run, an hour apart, each longer sequences of epochs (at most twice: 1.3-1.7 times dearer on the GPUs), a
higher resampling rate with more channels (once: 1.25-1.6 on both sides) or, 1 in 5, another node count; redrawn until
the level moves 18 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 20-45) and a ramp from 40-75 % over 2-6 min
(worker pools and page caches warming); a validation pass over held-out nights after every pass over the training
nights (20-90 min), 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min);
crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a
relaunch: stopped 1-3 min ("long" 5-12), queued 1-5, a start-up and its ramp.

On the path (not checked): each node's reporter publishes from its process's start every ``P`` s (10-30 per node,
plus 0-0.3 s of its own work) its epochs since its last message (the node's share of the job's); a crash loses the
interval under way, a graceful stop publishes it. A POST fails inside the cluster's egress outages (0.3-2 a day, 10
s-8 min), inside 429 episodes (0-0.7 a day, 1-10 min, with probability 0.5-0.95) and at random (0.2-1 %); the reporter
tries again after 2, 4 (and 8) s, not past its next message, then gives up: the epochs are lost (``drop``, 40 % of
runs) or go with its next message (``carry``). 0.2-1 % of stored POSTs time out at the client and are stored again by
its retry: two timetokens, one payload (half the monitors key messages by node and payload time and count one). In 25
% of runs the nodes' clocks are unsynchronised (5-40 s off, stepped 0.5-3 times a day, sd 0.5-5 s), else within
0.02-0.5 s. The timetoken is PubNub's receipt time (30-300 ms after the POST). The monitor's subscribe loop breaks at
network blips (2-12 a day, 1-45 s) and outages (0.3-1.5 a day, 2-30 min, log-uniform), after which it resubscribes
from its last timetoken (``restore``, 60 % of runs: it gets the newest 100 messages of the gap that are under 20 min
old, the older ones are lost) or at now (``fresh``: the gap is lost), and at its own restarts (0.1-0.5 a day, 1-10 min:
the cursor is lost, as ``fresh``). Half the monitors fetch the channel's history after a gap (a ``fresh`` one after
every gap, a ``restore`` one on the 100-message signal): 100 messages a page, all of the gap back 2-6 s later. It bins
a copy by its timetoken's minute (half the runs) or its payload's, and writes minute ``m`` at its end plus 20-90 s: a
later copy (a catch-up, a fetch, a clock behind) is lost in half the runs and backfilled in the others. A point is the
minute's summed epochs per second (0: none read). The reads are linear in the epochs; the messages' fates are the
healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's epochs lost, carried through the same messages and reads): ``drop`` (an EDF-decoding
worker killed by the OOM killer on a long night: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler``
(reads of the EDF share slowed in bursts while clinics upload: 1 for a mean of 30-240 ticks, calm for a mean of
120-600 at 0.05-0.25), ``leak`` (the loaders' per-night filter and normalisation cache growing into swap: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 %
over a leak's plateau), ``a`` set from the reads of the lost epochs (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout170_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      11    10         11    0.117-0.323  25              1-26 (1297, 0 >60)
long      30      11    11         8     0.101-0.320  24              1-89 (1219, 3 >60)

Planned changes listed: short 21, long 17 (of 21 and 17 relaunches; none kept its stage); crashes 31 and 34. The path
over each set (counts): short: POSTs refused in an egress outage 2727, refused with 429 850, failed otherwise 3378,
retries 6106, messages given up 849 (722 carried), stored twice 3887, subscribe blips 288, outages 56, monitor
restarts 13, messages lost to the queue's 100 limit 1323 (17 signals), to its 20-minute expiry 6, to a fresh
resubscribe 2520, history fetches 74 (88 pages, 1751 messages recovered), copies arriving after their minute was
written 3617 (1609 lost), copies in another minute than their message's composing 24238, unread minutes 553, clock
steps 98, intervals lost in a crash 31; long: 3154, 2302, 3919, 7996, 1379 (391), 2894, 396, 47, 9, 470 (7), 0, 571,
39 (46, 772), 2019 (1874), 1775, 836, 73, 34. The reads' sum over the live points against the job's epochs: 0.998-1.010
per seed (short), 0.997-1.008 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 3.1-21 %
(short), 6.7-40 % (long), its 99th percentile 32-57 % (short), 35-68 % (long): summing 10-30-s counts per minute
aliases (a minute holds 2 or 3 of a node's messages), most where one node publishes slowly; the live median level
540-13,151 epochs/s (short), 261-19,088 (long). Before the first measure: none (the first measure was both sets' 12
seeds at 6,000 points). Changes of the laws after it: none (a pause's ticks had ~1e-9 epochs left by float sums; set
to 0, which moved no figure above). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at
most 60 points "short", 90 "long").

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, to the file's end, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
``anomaly/heldout*.py`` (``head -3`` into ``/tmp/s63_heads170.txt``, read through ``grep -ic`` and ``grep -io``, the
latter printing up to 60 characters before and 40 after the matches of EEG, sleep, clinic, history, and 50 and 30
around publish and channel). Slips: none. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its
code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT170_SEEDS = tuple(range(1702000, 1702012))
CODE = 170
TICK = 5.0  # s: the job's rate is drawn per tick
STEP = 60.0  # s: one point per minute of the monitor's bin time
K = int(STEP // TICK)
EPOCH = 1_788_000_000.0  # unix s of the run's start (a whole minute)
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause span lengths (points) the tests allow
QUEUE = 100  # PubNub's per-subscribe catch-up queue (messages), its default
QUEUE_AGE = 1200.0  # s a message stays in that queue (up to 20 min)
# minutes (lo, hi) of each pause part, per setting
PAUSE = {
    "startup": {"short": (3, 10), "long": (20, 45)},
    "restart": {"short": (2, 6), "long": (8, 20)},
    "eval": {"short": (2, 6), "long": (10, 25)},
    "ckpt": {"short": (0.25, 1), "long": (1, 4)},
    "down": {"short": (1, 4), "long": (6, 18)},
    "stopped": {"short": (1, 3), "long": (5, 12)},
    "queued": {"short": (1, 5), "long": (1, 5)},
}
PATH_KEYS = ("publish_refused_outage", "publish_refused_429", "publish_failed_other", "retries", "dropped",
             "carried", "stored_twice", "blips", "outages", "monitor_restarts", "queue_overflow", "count_exceeded",
             "queue_expired", "lost_fresh", "history_fetches", "history_pages", "recovered_by_history",
             "late_copies", "late_lost", "other_minute", "unread_minutes", "clock_steps", "lost_in_crash")


@dataclass
class Path:
    """The copies a monitor could count, one row each: the node's epochs between the times ``lo`` and ``hi`` (times
    its share of the job), binned at point ``bin`` and ``counted`` (0/1); ``msg`` the message a copy is of."""

    lo: np.ndarray
    hi: np.ndarray
    share: np.ndarray
    bin: np.ndarray
    counted: np.ndarray
    msg: np.ndarray
    P: np.ndarray  # the nodes' publish periods (s)
    dedup: bool
    policy: str  # "carry": a failed message's epochs go with the next; "drop": lost
    binning: str  # "tt": the publish timetoken's minute; "payload": the node clock's time in the message
    mode: str  # "restore": catch up from the last timetoken; "fresh": resubscribe at now
    history: bool
    late: str  # "lost" or "kept": a copy arriving after its minute was written
    counts: dict = field(default_factory=dict)

    @property
    def copies(self) -> np.ndarray:
        """How many copies of each message are counted."""
        return np.bincount(self.msg, weights=self.counted, minlength=int(self.msg.max()) + 1).astype(int)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # the job's epochs per tick
    pauses_t: list  # (t0, t1, kind), seconds from the start
    lives: list  # (start, end, graceful) of the trainer processes
    ramps: list  # (t0, t1, r0)
    stages: list  # (t0, stage)
    known_t: list
    cfg: dict
    counts: dict
    path: Path | None = None
    unread: np.ndarray | None = None


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """The job's epochs/s at stage ``st``: per node the slower of the GPUs and the CPU loader workers (a soft
    maximum of their costs), times the nodes and a scaling efficiency per doubling."""
    g = cfg["seq_c"] ** st["seq"] * cfg["hz_c"] ** st["hz"] / cfg["gpu"]
    c = cfg["hz_c"] ** st["hz"] / cfg["cpu"]
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / hc.smax(g, c))


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's stage: longer sequences of epochs (at most twice), a higher resampling rate and more channels
    (at most once) or, 1 in 5, another node count; redrawn until the level moves 18 % (1/3 to 3 times). The stage
    is kept where 60 draws fail."""
    for _ in range(60):
        new = dict(st)
        r = rng.random()
        if r < 0.2:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif r < 0.65 and st["seq"] < 2:
            new["seq"] += 1
        elif st["hz"] < 1:
            new["hz"] += 1
        else:
            continue
        ratio = _level(cfg, new) / level
        if abs(np.log(ratio)) >= np.log(1.18) and 1 / 3 <= ratio <= 3:
            return new
    return dict(st)


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline (pauses, process lives, stages) and its epochs per tick."""
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 600, 8000), "eff": rng.uniform(0.85, 0.97), "seq_c": rng.uniform(1.3, 1.7),
           "hz_c": rng.uniform(1.25, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.4)
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.15, 0.3, 0.3, 0.25])), "seq": 0, "hz": 0}
    crash_mean = rng.uniform(12, 48) * 3600
    crashes = np.cumsum(rng.exponential(crash_mean, 40))
    crashes = list(crashes[crashes < T])
    rel = sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * T)
    for i in range(1, len(rel)):
        rel[i] = max(rel[i], rel[i - 1] + 3600)
    epoch_len = rng.uniform(20, 90) * 60
    ck_every = int(rng.choice([2, 3]))
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0, "ckpts": 0}
    pauses, lives, ramps, stages, known = [], [], [], [(0.0, dict(st))], []

    def ramp_from(t):
        d = rng.uniform(2, 6) * 60
        ramps.append((t, t + d, rng.uniform(0.4, 0.75)))

    su = _u(rng, PAUSE["startup"][setting]) * 60
    pauses.append((0.0, su, "startup"))
    t, life0 = su, 0.0
    ramp_from(t)
    next_epoch = t + epoch_len
    ci = ri = n_eval = 0
    while t < T:
        while ci < len(crashes) and crashes[ci] < t + 300:
            ci += 1
        while ri < len(rel) and rel[ri] < t + 300:
            rel[ri] = t + rng.uniform(300, 900)
        cand = [next_epoch, crashes[ci] if ci < len(crashes) else np.inf, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        if cand[which] >= T:
            break
        t = cand[which]
        if which == 0:  # a pass over the training nights ends: a validation pass over held-out nights
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, PAUSE["eval"][setting]) * 60
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                d = _u(rng, PAUSE["ckpt"][setting]) * 60
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_epoch = t + epoch_len * np.exp(rng.normal(0, 0.1))
        elif which == 1:  # a crash: the process dies, is rescheduled and starts again from its last checkpoint
            ci += 1
            counts["crashes"] += 1
            lives.append((life0, t, False))
            down, up = _u(rng, PAUSE["down"][setting]) * 60, _u(rng, PAUSE["restart"][setting]) * 60
            pauses.append((t, t + down + up, "crash"))
            life0, t = t + down, t + down + up
            next_epoch += down + up
            ramp_from(t)
        else:  # a planned relaunch: a graceful stop, a queue, a start-up at the new stage
            ri += 1
            counts["relaunches"] += 1
            lives.append((life0, t, True))
            stop, q = _u(rng, PAUSE["stopped"][setting]) * 60, _u(rng, PAUSE["queued"][setting]) * 60
            up = _u(rng, PAUSE["startup"][setting]) * 60
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            pauses.append((t, t + stop + q + up, "relaunch"))
            life0, t = t + stop + q, t + stop + q + up
            next_epoch += stop + q + up
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t)
            st = new
            stages.append((t, dict(st)))
            ramp_from(t)
    lives.append((life0, T + 120.0, True))
    run = Run(n=n, nt=n * K, J=np.zeros(0), pauses_t=pauses, lives=lives, ramps=ramps, stages=stages, known_t=known,
              cfg=cfg, counts=counts)
    run.J = _epochs(rng, run, T)
    return run


def _epochs(rng, run: Run, T: float) -> np.ndarray:
    """The job's epochs per tick: its stage's level, the cohort being read (recordings of one clinic at a time, their
    sampling rates and montages set the loader's cost; opening a cohort stalls), noise, ramps after a start-up and
    nothing in a pause."""
    cfg, nt = run.cfg, run.nt
    tc = (np.arange(nt) + 0.5) * TICK
    # the stage per tick
    t0s = np.array([t for t, s in run.stages])
    si = np.searchsorted(t0s, tc, side="right") - 1
    seq = np.array([s["seq"] for t, s in run.stages])[si]
    hz = np.array([s["hz"] for t, s in run.stages])[si]
    nodes = np.array([s["nodes"] for t, s in run.stages])[si]
    # cohorts, read one after another
    lens = np.exp(rng.uniform(np.log(5 * 60), np.log(40 * 60), int(T / 300) + 5))
    starts = np.concatenate([[0.0], np.cumsum(lens)])[:-1]
    sd_b = rng.uniform(0.03, 0.10)
    fac = np.exp(rng.normal(0, sd_b, len(lens))) * np.where(rng.random(len(lens)) < 0.25,
                                                             rng.uniform(1.1, 1.3, len(lens)), 1.0)
    stall_d, stall_r = rng.uniform(3, 25, len(lens)), rng.uniform(0.2, 0.6, len(lens))
    bi = np.searchsorted(starts, tc, side="right") - 1
    g = cfg["seq_c"] ** seq * cfg["hz_c"] ** hz / cfg["gpu"]
    c = cfg["hz_c"] ** hz * fac[bi] / cfg["cpu"]
    lvl = nodes * cfg["eff"] ** np.log2(nodes) / hc.smax(g, c)
    lvl = lvl * np.where(tc - starts[bi] < stall_d[bi], stall_r[bi], 1.0)
    # noise: a fast AR(1) of the log per tick and a slow OU per minute
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    lvl = lvl * np.exp(ar + ou[(tc // STEP).astype(int)])
    for r0, r1, f0 in run.ramps:
        i0, i1 = int(r0 // TICK), min(nt, int(np.ceil(r1 / TICK)))
        if i0 < nt:
            lvl[i0:i1] *= np.clip(f0 + (1 - f0) * (tc[i0:i1] - r0) / (r1 - r0), f0, 1.0)
    edges = np.array([x for a_, b_, _ in run.pauses_t for x in (a_, b_)])
    trained = 1 - hc.bad_share(edges, tc - 0.5 * TICK, TICK)
    trained = np.where(trained < 1e-6, 0.0, np.clip(trained, 0, 1))  # bad_share's sums leave ~1e-9 in a pause
    return lvl * trained * TICK


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in one of the windows ``win`` (rows ``[t0, t1)``, sorted, disjoint)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: float, lo: float, hi: float, log: bool = False) -> np.ndarray:
    """Episodes at ``per_day`` a day, ``lo``-``hi`` s long (log-uniform where ``log``), sorted and merged."""
    k = int(rng.poisson(per_day * T / DAY))
    t0 = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(lo), np.log(hi), k)) if log else rng.uniform(lo, hi, k)
    out = []
    for a, b in zip(t0, t0 + d):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _offsets(rng, T: float, unsync: bool) -> tuple[float, np.ndarray, np.ndarray]:
    """A node clock's offset (s) and its steps ``(times, sizes)``: NTP-synced within 0.02-0.5 s, or (``unsync``)
    5-40 s off and stepped 0.5-3 times a day by sd 0.5-5 s."""
    o_sync, o_off = rng.normal(0, rng.uniform(0.02, 0.5)), rng.uniform(5, 40) * rng.choice([-1, 1])
    k = int(rng.poisson(rng.uniform(0.5, 3) * T / DAY))
    ts, sz = np.sort(rng.uniform(0, T, k)), rng.normal(0, rng.uniform(0.5, 5), k)
    if not unsync:
        return float(o_sync), np.zeros(0), np.zeros(0)
    return float(o_off), ts, sz


def _publish(rng, cfg: dict, s: float, e: float, graceful: bool, P: float, clock, counts: dict) -> dict:
    """One node's reporter over one process life ``[s, e)``: a message every ``P`` s (its epochs since the last one;
    a graceful stop sends the rest), each POST tried again after 2, 4 (and 8) s; a message whose tries all fail is
    lost or carried into the next (the run's policy). Returns the stored copies' arrays."""
    ph = rng.uniform(0, P)
    tcomp = s + ph + P * np.arange(max(int((e - s - ph) / P) + 1, 0))
    tcomp = tcomp[tcomp < e - 0.3] + rng.uniform(0, 0.3, int((tcomp < e - 0.3).sum()))
    if graceful:
        tcomp = np.append(tcomp, e)
    m = len(tcomp)
    deadline = np.append(tcomp[1:], e + 15.0 if graceful else e)
    if not graceful and m:
        deadline = np.minimum(deadline, e)
    delays = cfg["delays"]
    ok_at = np.full(m, -1)
    for a, d in enumerate(delays):
        at = tcomp + d
        valid = (ok_at < 0) & ((at < deadline) if a else True)
        out = _inside(at, cfg["outage"])
        thr = _inside(at, cfg["throttle"]) & (rng.random(m) < cfg["p_thr"])
        other = rng.random(m) < cfg["p_fail"]
        counts["publish_refused_outage"] += int((valid & out).sum())
        counts["publish_refused_429"] += int((valid & ~out & thr).sum())
        counts["publish_failed_other"] += int((valid & ~out & ~thr & other).sum())
        if a:
            counts["retries"] += int(valid.sum())
        ok_at[valid & ~(out | thr | other)] = a
    ok = ok_at >= 0
    amb = ok & (rng.random(m) < cfg["p_amb"]) & (ok_at < len(delays) - 1)
    lat = rng.uniform(0.03, 0.3, (2, m))
    counts["dropped"] += int((~ok).sum())
    idx = np.arange(m)
    if cfg["policy"] == "drop":
        lo = np.concatenate([[s], tcomp[:-1]])[:m]
    else:
        prev = np.maximum.accumulate(np.concatenate([[-1], np.where(ok, idx, -1)[:-1]]))[:m]
        lo = np.where(prev >= 0, tcomp[np.maximum(prev, 0)], s)
        later_ok = np.flip(np.maximum.accumulate(np.flip(ok)))
        counts["carried"] += int((~ok & np.concatenate([later_ok[1:], [False]])).sum())
    counts["stored_twice"] += int(amb.sum())
    oa = np.maximum(ok_at, 0)
    tt1 = tcomp + np.array(delays)[oa] + lat[0]
    tt2 = tcomp + np.array(delays)[np.minimum(oa + 1, len(delays) - 1)] + lat[1]
    o0, st_t, st_s = clock
    pt = tcomp + o0 + (np.cumsum(np.concatenate([[0.0], st_s]))[np.searchsorted(st_t, tcomp)] if len(st_t) else 0)
    first, second = ok, amb
    sel = np.concatenate([np.nonzero(first)[0], np.nonzero(second)[0]])
    return {"lo": lo[sel], "hi": tcomp[sel], "tt": np.concatenate([tt1[first], tt2[second]]), "pt": pt[sel],
            "comp": tcomp[sel], "msg": sel, "second": np.concatenate([np.zeros(first.sum(), bool),
                                                                     np.ones(second.sum(), bool)])}


def _gaps(rng, T: float) -> np.ndarray:
    """The monitor's subscribe gaps, rows ``(t0, t1, fresh)``: network blips (2-12 a day, 1-45 s) and outages
    (0.3-1.5 a day, 2-30 min) after which it resubscribes as its mode says, and its own restarts (0.1-0.5 a day, 1-10
    min: the cursor is lost, it subscribes at now)."""
    rows = [(a, b, 0.0) for a, b in _windows(rng, T, rng.uniform(2, 12), 1, 45)]
    rows += [(a, b, 0.0) for a, b in _windows(rng, T, rng.uniform(0.3, 1.5), 120, 1800, log=True)]
    rows += [(a, b, 1.0) for a, b in _windows(rng, T, rng.uniform(0.1, 0.5), 60, 600)]
    rows.sort()
    out = []
    for a, b, f in rows:
        if out and a <= out[-1][1]:
            out[-1] = [out[-1][0], max(out[-1][1], b), max(out[-1][2], f)]
        else:
            out.append([a, b, f])
    return np.array(out).reshape(-1, 3)


def _path(rng, run: Run, T: float) -> Path:
    """The reporters' messages, their fates on PubNub and the monitor's subscribe loop."""
    counts = {k: 0 for k in PATH_KEYS}
    P = rng.uniform(10, 30, 4)
    unsync = bool(rng.random() < 0.25)
    clocks = [_offsets(rng, T, unsync) for _ in range(4)]
    counts["clock_steps"] = sum(len(c[1]) for c in clocks)
    cfg = {"outage": _windows(rng, T, rng.uniform(0.3, 2), 10, 480, log=True),
           "throttle": _windows(rng, T, rng.uniform(0, 0.7), 60, 600), "p_thr": rng.uniform(0.5, 0.95),
           "p_fail": rng.uniform(0.002, 0.01), "p_amb": rng.uniform(0.002, 0.01),
           "delays": [0.0, 2.0, 6.0, 14.0][:int(rng.choice([2, 3])) + 1],
           "policy": "carry" if rng.random() < 0.6 else "drop"}
    dedup, binning = bool(rng.random() < 0.5), "tt" if rng.random() < 0.5 else "payload"
    mode, history = "restore" if rng.random() < 0.6 else "fresh", bool(rng.random() < 0.5)
    late, close = "lost" if rng.random() < 0.5 else "kept", rng.uniform(20, 90)
    gaps = _gaps(rng, T)
    counts["blips"] = int(((gaps[:, 1] - gaps[:, 0] <= 45) & (gaps[:, 2] == 0)).sum())
    counts["outages"] = int(((gaps[:, 1] - gaps[:, 0] > 45) & (gaps[:, 2] == 0)).sum())
    counts["monitor_restarts"] = int((gaps[:, 2] == 1).sum())
    t0s = np.array([t for t, s in run.stages])
    parts, base = [], 0
    for s, e, graceful in run.lives:
        st = run.stages[int(np.searchsorted(t0s, min(e, T) - 1e-6, side="right")) - 1][1]
        for j in range(st["nodes"]):
            got = _publish(rng, cfg, s, e, graceful, P[j], clocks[j], counts)
            got["msg"] = got["msg"] + base
            got["share"] = np.full(len(got["lo"]), 1.0 / st["nodes"])
            base = int(got["msg"].max()) + 1 if len(got["msg"]) else base
            parts.append(got)
        counts["lost_in_crash"] += int(not graceful)
    R = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
    tt = R["tt"]
    arrival = tt + rng.uniform(0.05, 0.4, len(tt))
    counted = np.ones(len(tt))
    gi = np.searchsorted(gaps[:, 0], tt, side="right") - 1 if len(gaps) else np.full(len(tt), -1)
    in_gap = (gi >= 0) & (tt < gaps[np.maximum(gi, 0), 1]) if len(gaps) else np.zeros(len(tt), bool)
    for g in np.unique(gi[in_gap]):
        idx = np.nonzero(in_gap & (gi == g))[0]
        idx = idx[np.argsort(tt[idx])]
        g0, g1, fresh = gaps[g]
        keep = np.zeros(len(idx), bool)
        if mode == "restore" and not fresh:
            rank = len(idx) - 1 - np.arange(len(idx))  # 0: the newest
            keep = (rank < QUEUE) & (tt[idx] >= g1 - QUEUE_AGE)
            counts["queue_overflow"] += int((rank >= QUEUE).sum())
            counts["queue_expired"] += int(((rank < QUEUE) & (tt[idx] < g1 - QUEUE_AGE)).sum())
            counts["count_exceeded"] += int(len(idx) >= QUEUE)
            arrival[idx[keep]] = g1 + rng.uniform(0.2, 1.5)
            fetch = history and len(idx) >= QUEUE
        else:
            counts["lost_fresh"] += len(idx)
            fetch = history
        if fetch and not keep.all():
            pages = int(np.ceil(len(idx) / 100))
            counts["history_fetches"] += 1
            counts["history_pages"] += pages
            counts["recovered_by_history"] += int((~keep).sum())
            arrival[idx[~keep]] = g1 + rng.uniform(2, 6) + 0.5 * pages
            keep[:] = True
        counted[idx[~keep]] = 0
    bt = tt if binning == "tt" else R["pt"]
    b = np.floor(bt / STEP).astype(int)
    is_late = (counted > 0) & (arrival > (b + 1) * STEP + close)
    counts["late_copies"] = int(is_late.sum())
    if late == "lost":
        counts["late_lost"] = int(is_late.sum())
        counted[is_late] = 0
    out = (b < 0) | (b >= run.n)
    counted[out] = 0
    b = np.clip(b, 0, run.n - 1)
    if dedup:  # the monitor keys a message by its node and payload time: a second stored copy is dropped
        c = np.bincount(R["msg"], weights=counted, minlength=base)
        counted[R["second"] & (c[R["msg"]] >= 2)] = 0
    counts["other_minute"] = int(((counted > 0) & (b != np.floor(R["comp"] / STEP))).sum())
    path = Path(lo=R["lo"], hi=R["hi"], share=R["share"], bin=b, counted=counted, msg=R["msg"], P=P, dedup=dedup,
                policy=cfg["policy"], binning=binning, mode=mode, history=history, late=late, counts=counts)
    return path


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the job's epochs per tick ``J``: each counted copy's epochs (its node's share of
    the job's between the copy's ``lo`` and ``hi``) summed per minute of its bin, per second. Linear in ``J``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    k = p.counted > 0

    def at(t):
        f = np.clip(t[k] / TICK, 0, run.nt)
        i = np.minimum(f.astype(int), run.nt - 1)
        return C[i] + (C[i + 1] - C[i]) * (f - i)

    ep = (at(p.hi) - at(p.lo)) * p.share[k]
    return np.bincount(p.bin[k], weights=ep, minlength=run.n)[:run.n] / STEP


def _spans(run: Run) -> list[tuple[int, int]]:
    """Pause spans: the points whose minute or a neighbour touches a pause or a ramp's first half, and the points
    that read nothing."""
    n, marks = run.n, []
    for a, b, _ in run.pauses_t:
        marks.append((int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1))
    for r0, r1, _ in run.ramps:
        marks.append((int(r0 // STEP) - 1, int(np.ceil((r0 + 0.5 * (r1 - r0)) / STEP)) + 1))
    marks += [(int(i), int(i) + 1) for i in np.nonzero(run.unread)[0]]
    spans = []
    for s, e in sorted(marks):
        s, e = max(s, 0), min(e, n)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, listed changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run, n * STEP)
    p = run.path
    run.unread = np.bincount(p.bin, weights=p.counted, minlength=n)[:n] == 0
    healthy = _reads(run, run.J)
    spans = _spans(run)
    p.counts["unread_minutes"] = int(run.unread.sum())
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the lost epochs per tick: a drop rises over 1-6 ticks, a straggler is 1 in bursts
    (mean 30-240 ticks) and 0.05-0.25 between (mean 120-600), a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        w = np.ones(length)
        r = max(ramp, 1)
        w[:min(ramp, length)] = (s[:min(ramp, length)] / r) ** rng.uniform(0.6, 1.8)
        return w
    bad, good, calm = rng.uniform(30, 240), rng.uniform(120, 600), rng.uniform(0.05, 0.25)
    w, x, on = np.full(length, calm), 0, True
    while x < length:
        d = int(rng.exponential(bad if on else good)) + 1
        if on:
            w[x:x + d] = 1.0
        x, on = x + d, not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: a share ``a w`` of each tick's epochs lost (carried
    through the same messages and reads), ``a`` set to a drawn target loss; an ``(Event, (0, loss))`` pair or None
    after 80 rejected draws."""
    n = run.n
    ts = STEP * np.arange(n)
    pauses_ab = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pauses_ab, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset0 = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset0, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(np.ceil(t0 / TICK)), (run.nt if to_end else min(run.nt, stop * K))
        if i1 - i0 < 10 * K:
            continue
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset0 if kind != "leak" else onset0 + int(0.9 * ramp)
        hs, ls = healthy[c0:stop][live[c0:stop]].sum(), m1[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset0, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset0 + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout170(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout170_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT170_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout170, seeds, n, pauses)
