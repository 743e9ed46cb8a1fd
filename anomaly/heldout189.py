"""The hundred-and-eighty-ninth held-out throughput family: a contact-centre speech-emotion model's training
utterances/s (a wav2vec2-style encoder fine-tuned to tell anger, frustration, neutral and satisfaction in customers'
speech; stereo call recordings split by channel, voice-activity detected, diarised, cut into utterances, redacted for
card numbers, resampled and augmented on CPU workers, the rare anger class oversampled, the calls read one day of
recordings at a time; an evaluation on a held-out month of calls now and then), read through Windows Event Forwarding:
each Windows training node's reporter writes an event (its clock's time, its utterances since its last event) every
15-60 s to a custom event log, a Windows Event Collector receives them through a subscription (MinLatency, Custom or
Normal delivery: batches, latencies, heartbeats, bookmarks) into its ForwardedEvents log, and a monitor queries that
log once a minute and sums the utterances per minute of the event's TimeCreated or of the time it was forwarded.

(No generator's head names event forwarding, WEF, WinRM, an event log, a subscription, a bookmark, ForwardedEvents,
wevtutil, Get-WinEvent, emotion, diarisation or redaction (``grep -ic`` over the first 3 lines of every generator,
printed to ``/tmp/s66/heads189.txt``: 0 each); "windows" matches 21 heads (sliding windows, Windows PE files and one
path through Windows Performance Counters: Windows hosts are not new, the event log, its forwarding and the
collector's delivery are), "collector" 7 (collectd, OpenTelemetry-style collectors), "wav2vec" 1 and "utterance" 2 (a
language-identification model and a text-to-speech job: the encoder family is not new, the contact-centre emotion job
is), "speech" 6, "audio" 13, "heartbeat" 1 (an RRD heartbeat), "contact" 1 (sonar contacts). Job and path named by
the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

LAWS (committed before the first measure; see the end for the measure and any change).

The job (assumed, not looked up): 1, 2 or 4 Windows GPU servers (25/35/40 %) in data-parallel lock step, 0.85-0.97
per doubling; the GPUs of a node train 30-400 utterances/s (log-uniform), its CPU workers (channel split, VAD,
diarisation, redaction, resampling, augmentation) can feed 1.1-2.5 times that; a step waits for the slower side (a
soft maximum of the costs). The calls are read one day of recordings at a time: a day lasts 5-40 min of training
(log-uniform), its utterance-length mix sets the rate (a factor, sd 3-8 %), and opening one (listing and decoding its
first calls) runs 5-20 s at 20-60 % of the rate; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and
a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each unfreezing more encoder
layers (at most twice: 1.3-1.8 times dearer on the GPUs), a heavier augmentation chain (room impulses and call-centre
noise, at most twice: 1.3-1.7 on the CPUs) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3
times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min; an evaluation on the held-out
month every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long"
1-4 min); crashes (exponential, mean 12-48 h; a node's patch reboot among them): down 1-4 min ("long" 6-18), then a
start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, a start-up and
its ramp. The nodes share a step, so each carries the job's rate over its node count.

The path (what was read is listed below; the rest assumed). Each node's reporter starts with its process (0-5 s apart on
the nodes) and writes an event every ``P`` s (per run one of 15, 20, 30, 45, 60) plus its own work (0.02-0.4 s), holding
the utterances since its previous event; a crash loses the interval under way, a graceful stop (a relaunch) writes it.
TimeCreated is the node's clock: a domain member's offset (sd 0.05-1 s), and in 25 % of runs one node whose time service
steps it 0.5-3 times a day (sd 1-10 s). Delivery per run: MinLatency (45 %: push, batches sent within 30 s), Custom (35
%: push, MaxItems 1-10, MaxLatency 5-120 s) or Normal (20 %: pull, 5 items, 15 min). A node's events go in consecutive
batches (``MaxItems``, or those written within ``MaxLatency`` of the batch's first), sent at the last one's write when
the batch is full, else at the first's write plus ``MaxLatency`` (never before an event is written), then 0.05-1 s on
the network. The collector restarts 0.1-0.5 times a day (down 1-15 min; half unclean: its bookmarks saved 1-3 batches
back, so those batches are sent again, two copies with one source record id), and in 25 % of runs once stays away 20-100
min (its WinRM listener wedged); a source sends what it holds 5-R s after the collector is back (R 60 s push, or the
collector's next pull: R 120 s). The source log keeps ``cap`` of events (its size over the rate of all that writes to
it: 10 min-3 h, log-uniform): an event sent more than ``cap`` after it was written was overwritten, lost. The collector
falls behind 0.3-3 times a day (its other sources' bursts): for 5-60 min the lag grows to a peak of 0.5-12 min and
drains (a triangle); inside such a spell 10-40 % of batches time out (WinRM's operation timeout) and are sent again
60-120 s later, 40 % of them having been written the first time too (a second copy). The collector's clock is off by sd
0.1-2 s. The monitor (per run) bins by TimeCreated (all Normal runs, 65 % of the others) and publishes minute ``m`` at
``D`` after its end on the collector's clock (``D`` 1.2-2.5 times the subscription's expected latency plus 30-120 s; a
copy that arrives later is lost), or bins by the time the collector wrote the copy and publishes 5 s after the minute
ends. The monitor is down 0.2-1 times a day for 1-40 min and publishes what it missed when back; ForwardedEvents holds
``cov`` of events (its size over the collector's whole event rate: 15 min-12 h, log-uniform): a copy written more than
``cov`` before the minute is published was overwritten. Half the monitors drop a second copy of a source record (by
computer and record id), the others count both. A point is the minute's utterances over 60 s. The reads are linear in
the utterances; the events' fates are the healthy run's.

A point is paused where its events carried a pause (or a ramp's first half), where its minute's time touches a pause,
where a neighbour is so, or where it reads nothing; a listed change is the first point after a relaunch's span that
changed the stage. Labelled regressions (a share ``a w`` of each 5-s tick's utterances lost on every node, carried
through the same events and reads): ``drop`` (an endpoint-protection policy pushed to a node starts scanning the
decoded-audio cache on every read: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the file share
holding the recordings, shared with the contact centre's quality-assurance playback, slows one node's reads in bursts
and the step waits for it: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the
diarisation workers' per-call speaker-embedding cache growing into paging: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then
held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set
from the reads of the lost utterances (linear), refused above 1; ``w`` is per 5-s tick.

Public sources read (excerpts through the search tool): Microsoft's ``EC_SUBSCRIPTION_CONFIGURATION_MODE`` page
(learn.microsoft.com/en-us/windows/win32/api/evcoll/ne-evcoll-ec_subscription_configuration_mode: Normal is for
reliable delivery and sets pull; MinLatency sends events as soon as they occur with minimal delay and sets push;
MinBandwidth sets push for costly networks; Custom allows DeliveryMode, DeliveryMaxItems, DeliveryMaxLatencyTime and
HeartBeatInterval); a WEC admin tool's source (found by the code search: Normal "uses pull delivery mode, batches 5
items at a time and sets a batch timeout of 15 minutes"); the xWEFSubscription DSC schema (powershellgallery.com:
MaxItems default 1, MaxLatencyTime default 20,000 ms, HeartBeatInterval default 20,000 ms, push or pull); Microsoft's
"Best practice for configuring EventLog forwarding" (learn.microsoft.com/en-us/troubleshoot/windows-server/
admin-development/configure-eventlog-forwarding-performance: latency comes from DeliveryMaxLatency and from the
collector's, the forwarder's and the network's performance; make sure events are not overwritten on the client before
they are forwarded; 2,000-4,000 clients per collector; put ForwardedEvents on a fast disk); Juniper's and IBM's
"Forwarded events" pages (a WEC server buffers events and writes them to an EVTX file, limited by disk; "10k x 10k";
a source does not keep a persistent connection); LogBinder's "Scaling and reliability" (the collector keeps the
bookmark for each source log on each forwarder, which is what keeps it from missing or repeating events); BeyondTrust's
page (no event loss while disconnected "except when logs wrap"); the Microsoft-Windows-Forwarding event list (104
connected, 105 a problem reaching the subscription manager); windowsitpro's note on ForwardResourceUsage (a
per-source events/s limit). Not read (from memory, unchecked): MinLatency's 30-s latency and MinBandwidth's 6 h; how
often a bookmark is saved and so what an unclean collector restart sends again; a source-initiated forwarder's retry
and refresh intervals; WinRM's operation timeout and what a timed-out push leaves written; ForwardedEvents' default
size. MinBandwidth is not drawn (a throughput monitor 6 h behind is assumed not to be built). Nothing read on the job
(wav2vec2 fine-tuning speeds and contact-centre data pipelines were not looked up): its figures are assumed.

Measured (``heldout189_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      9     10         11    0.088-0.326  22              1-41 (1399, 0 >60)
long      31      12    10         9     0.087-0.296  23              1-96 (1555, 7 >60)

Planned changes listed: short 11, long 17 (of 11 and 17 relaunches); crashes 53 and 51. The path over each set (counts;
per node where a node's events are meant): short: events written 326,150, intervals lost in a crash 126, collector
restarts 18 (9 unclean; no long absence), copies re-sent after an unclean restart 168, batches' events timed out 2,710
(1,070 of them written twice), events overwritten in the source log 0, copies arriving after their minute was published
5,660, copies overwritten in ForwardedEvents before the monitor read them 394, spells of falling behind 89, monitor
outages 43, clock steps 32, events counted in another minute than their write's 27,845, minutes reading nothing (pauses
included) 5,434, second copies counted 516; long: 453,700, 116, 18 (5 unclean; 5 long absences among them), 65, 4,409
(1,690), 533, 5,901, 40, 90, 43, 12, 99,093, 20,892, 1,131. Runs: short 12 = MinLatency 5, Custom 5, Normal 2; binned by
TimeCreated 9, by forwarding time 3; long: MinLatency 3, Custom 6, Normal 3; 8 and 4. The reads' sum over the live
points against the job's utterances: 0.995-1.012 per seed (short), 0.991-1.161 (long: one run binned by forwarding time,
whose flushes after the collector's absences land in live minutes); the live points' minute-to-minute change (median
``|d log|`` per seed) 1.7-4.8 % in 10 short runs and 52.7 % and 23.6 % in two (a 45-s reporter binned by TimeCreated: a
minute holds one event or two; a 20-s reporter's MinLatency batches binned by forwarding time), in the long set
1.9-4.5 % in 8 runs and 29-73 % in 4 (45-s reporters, and batches of 15-s or 20-s events binned by forwarding
time); its 99th percentile 28-107 % (short), 31-212 % (long); the live median level 36-508 utterances/s (short),
58-618 (long); paused points 12-22 % (short), 25-52 % (long). These swings were not tuned: a sum per minute of events
every 45 s, or of batches binned by when they were forwarded, is that noisy, and the laws say so. Before the first
measure: one fix that changed no law (a run without a collector restart indexed an empty array and failed; no trace
had been measured).
Changes of the laws after it: none. After it, a counter of evaluations that never counted was fixed (no trace changed:
the two sets' measures above were equal before and after, compared by ``diff``). The tests check the laws on the first 4
seeds at 3,000 points (``SPANS``: at most 140 points "short", 160 "long": a collector away for up to 100 min is allowed
for).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines and a ``wc -l``, 550 lines,
run with it), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all),
``tests/trace_checks.py`` (all: printed with other files, its middle cut, then ``check_counts_table`` to
``cheap_sets`` printed again with ``sed``, and ``cheap_sets``'s first 12 lines with ``grep -A``),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and the first 3 lines of every
generator (``head -3`` in a loop, written to ``/tmp/s66/heads189.txt``; read through ``grep -ic`` counts and one
``grep -i -B1`` of the matching lines of "windows", "wav2vec", "utterance", "contact", "anger", "heartbeat", "speech"
and " call", cut to 200 characters and its first 60 lines). Slips: the ``wc -l`` above (the file's length, not its
text); none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT189_SEEDS = tuple(range(1892000, 1892012))
CODE = 189
STEP = 60.0  # a point: one minute of the monitor's clock
TICK = 5.0  # the job's utterances are kept per 5-s tick
K = int(STEP / TICK)
EPOCH = 1_798_761_600.0  # the first minute's start (unix seconds, a multiple of 60)
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.3)  # drop, straggler, leak
# pause lengths in seconds, (lo, hi) per setting
STARTUP = {"short": (180, 600), "long": (1500, 3600)}
EVAL = {"short": (120, 360), "long": (600, 1500)}
CKPT = {"short": (15, 60), "long": (60, 240)}
DOWN = {"short": (60, 240), "long": (360, 1080)}
RESTART = {"short": (120, 360), "long": (480, 1200)}
STOPPED = {"short": (60, 180), "long": (300, 720)}
# the longest pause span a trace may hold (points): "short" job pauses are short, but a collector away for up to 100
# min or a monitor that loses what ForwardedEvents overwrote can leave longer unread runs
SPANS = {"short": (1, 140), "long": (1, 160)}
PATH_KEYS = ("events", "lost_in_crash", "collector_restarts", "unclean_restarts", "long_outages", "resent_copies",
             "timeouts", "timeout_copies", "overwritten_at_source", "late", "overwritten_at_collector",
             "backlog_spells", "monitor_outages", "clock_steps", "other_minute", "unread_minutes", "second_copies")


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """The job's utterances/s in stage ``st``: the GPUs' and the CPU workers' rates, the step waiting for the slower."""
    n = st["nodes"]
    gpu = cfg["gpu"] * n * cfg["eff"] ** np.log2(n) / cfg["unfreeze_c"] ** st["unfreeze"]
    cpu = cfg["cpu"] * n / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: more unfrozen layers, a heavier augmentation or (1 in 6) another node count, redrawn
    until the level moves by 15 % (and at most 3 times)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif r < 7 / 12 and st["unfreeze"] < 2:
            new["unfreeze"] += 1
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str):
    """The job's timeline: stages, lives (process runs), pauses, ramps and the relaunches' resumes."""
    T = n * STEP + 1800.0
    cfg = {"gpu": hc.log_uniform(rng, 30, 400), "eff": rng.uniform(0.85, 0.97), "unfreeze_c": rng.uniform(1.3, 1.8),
           "aug_c": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.25, 0.35, 0.4])), "unfreeze": 0, "aug": 0}
    k_rel = int(rng.integers(0, 4))
    rel = np.sort(rng.uniform(0.15, 0.85, k_rel) * T)
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    eval_mean = rng.uniform(1800, 5400)
    ck_every = int(rng.choice([2, 3]))
    pauses, ramps, lives, stages, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}

    def start(t0: float, startup: float, kind: str) -> float:
        pauses.append((t0, t0 + startup, kind))
        t = t0 + startup
        ramps.append((t, t + rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
        return t

    life0 = 0.0
    t = start(0.0, _u(rng, STARTUP[setting]), "startup")
    stages.append((0.0, dict(st)))
    next_eval = t + eval_mean * rng.uniform(0.7, 1.3)
    next_crash = t + rng.exponential(crash_mean)
    ri, n_eval = 0, 0
    while t < T:
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        if nxt_rel < t + 300:
            nxt_rel = t + rng.uniform(300, 900)
            rel[ri] = nxt_rel
        which = int(np.argmin([next_eval, next_crash, nxt_rel]))
        t = max([next_eval, next_crash, nxt_rel][which], t + 4 * TICK)
        if t >= T:
            break
        if which == 0:  # an evaluation on the held-out month, every ck_every-th followed by a checkpoint
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, EVAL[setting])
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = _u(rng, CKPT[setting])
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + eval_mean * rng.uniform(0.7, 1.3)
        elif which == 1:  # a crash: the process dies, the interval under way is lost
            counts["crashes"] += 1
            lives.append((life0, t, False, st["nodes"]))
            down = _u(rng, DOWN[setting])
            life0 = t + down
            pauses.append((t, life0, "crash"))
            t = start(life0, _u(rng, RESTART[setting]), "crash")
            pauses[-2] = (pauses[-2][0], pauses[-1][1], "crash")
            pauses.pop()
            next_crash = t + rng.exponential(crash_mean)
            next_eval = max(next_eval, t + 600)
        else:  # a planned relaunch onto a new stage
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True, st["nodes"]))
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            life0 = t + _u(rng, STOPPED[setting]) + rng.uniform(60, 300)
            pauses.append((t, life0, "relaunch"))
            t = start(life0, _u(rng, RESTART[setting]), "relaunch")
            pauses[-2] = (pauses[-2][0], pauses[-1][1], "relaunch")
            pauses.pop()
            stages.append((t, dict(st)))
            known_t.append(t)
            next_eval = max(next_eval, t + 600)
    lives.append((life0, np.inf, True, st["nodes"]))
    return SimpleNamespace(T=T, cfg=cfg, pauses_t=pauses, ramps=ramps, lives=lives, stages=stages, known_t=known_t,
                           counts=counts)


def _job(rng, sch, nt: int) -> np.ndarray:
    """The utterances of each node per 5-s tick (4 rows; a node out of the stage trains nothing)."""
    tt = np.arange(nt) * TICK
    level = np.zeros(nt)
    nodes = np.zeros(nt, int)
    for i, (t0, st) in enumerate(sch.stages):
        t1 = sch.stages[i + 1][0] if i + 1 < len(sch.stages) else np.inf
        m = (tt >= t0) & (tt < t1)
        level[m] = _level(sch.cfg, st)
        nodes[m] = st["nodes"]
    # the days of recordings: a rate factor each, and a stall while one is opened
    mult = np.ones(nt)
    t, sd_day = 0.0, rng.uniform(0.03, 0.08)
    while t < nt * TICK:
        d = hc.log_uniform(rng, 300, 2400)
        a, b = int(t // TICK), min(nt, int((t + d) // TICK))
        mult[a:b] *= np.exp(rng.normal(0, sd_day))
        stall = int(np.ceil(rng.uniform(5, 20) / TICK))
        mult[a:a + stall] *= rng.uniform(0.2, 0.6)
        t += d
    corr = rng.uniform(10, 40)
    phi = np.exp(-TICK / corr)
    sd = rng.uniform(0.02, 0.05)
    mult *= np.exp(lfilter([1.0], [1.0, -phi], rng.normal(0, sd * np.sqrt(1 - phi * phi), nt)))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    mult *= np.exp(np.interp(tt, np.arange(len(ou)) * 60.0, ou))
    # training time per tick: pauses train nothing, a ramp climbs from its start level
    frac = np.ones(nt)
    for a, b, _ in sch.pauses_t:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1])
        frac[i0:i1] -= np.clip(ov, 0, TICK) / TICK
    for a, b, f0 in sch.ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        frac[i0:i1] *= f0 + (1 - f0) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    per_node = level * TICK * mult * np.clip(frac, 0, 1) / np.maximum(nodes, 1)
    J = np.zeros((4, nt))
    for k in range(4):
        J[k] = np.where(nodes > k, per_node, 0.0)
    return J


def _in(x, win) -> np.ndarray:
    """Which of ``x`` lie inside one of the windows ``win`` (rows ``[start, end)``, sorted, disjoint)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: tuple, dur: tuple) -> np.ndarray:
    """Poisson windows over ``[0, T)``: ``per_day`` (lo, hi) a day, each ``dur`` (lo, hi) s, kept disjoint."""
    rate = rng.uniform(*per_day) / DAY
    k = rng.poisson(rate * T)
    s = np.sort(rng.uniform(0, T, k))
    w = np.stack([s, s + rng.uniform(*dur, k)], 1) if k else np.zeros((0, 2))
    keep = [i for i in range(len(w)) if i == 0 or w[i, 0] > w[i - 1, 1] + 60]
    return w[keep]


def _path(rng, sch, nt: int, n: int):
    """Every event's fate: the reporter's writes, delivery, the collector, the monitor. Returns the copies read."""
    T = nt * TICK
    c = {k: 0 for k in PATH_KEYS}
    P = float(rng.choice([15.0, 20.0, 30.0, 45.0, 60.0]))
    mode = str(rng.choice(["MinLatency", "Custom", "Normal"], p=[0.45, 0.35, 0.2]))
    items, lat = {"MinLatency": (1000, 30.0), "Normal": (5, 900.0)}.get(
        mode, (int(rng.integers(1, 11)), rng.uniform(5, 120)))
    m_items = max(1, min(items, int(lat // P) + 1))
    full = m_items == items  # batches fill before MaxLatency: sent at the last one's write
    exp_lat = (m_items - 1) * P + 1.0 if full else lat
    by_created = mode == "Normal" or rng.random() < 0.65
    D = exp_lat * rng.uniform(1.2, 2.5) + rng.uniform(30, 120)
    cap = hc.log_uniform(rng, 600, 3 * 3600)
    cov = hc.log_uniform(rng, 900, 12 * 3600)
    dedup = bool(rng.random() < 0.5)
    c_off = rng.normal(0, rng.uniform(0.1, 2.0))
    R = 120.0 if mode == "Normal" else 60.0
    # the collector: restarts (half unclean), perhaps one long absence, spells of falling behind
    down = _windows(rng, T, (0.1, 0.5), (60, 900))
    unclean = rng.random(len(down)) < 0.5
    if rng.random() < 0.25:
        s = rng.uniform(0.1, 0.9) * T
        down = np.concatenate([down, [[s, s + rng.uniform(1200, 6000)]]])
        unclean = np.concatenate([unclean, [False]])
        c["long_outages"] += 1
        o = np.argsort(down[:, 0])
        down, unclean = down[o], unclean[o]
        keep = [i for i in range(len(down)) if i == 0 or down[i, 0] > down[i - 1, 1]]
        down, unclean = down[keep], unclean[keep]
    c["collector_restarts"] = len(down)
    c["unclean_restarts"] = int(unclean.sum())
    spells = _windows(rng, T, (0.3, 3.0), (300, 3600))
    peaks = np.array([min(rng.uniform(30, 720), 0.4 * (b - a)) for a, b in spells])
    c["backlog_spells"] = len(spells)
    mon = _windows(rng, T, (0.2, 1.0), (60, 2400))
    c["monitor_outages"] = len(mon)
    # node clocks: an offset each, one node stepped by its time service in 25 % of runs
    off = rng.normal(0, rng.uniform(0.05, 1.0), 4)
    steps = [np.zeros((0, 2))] * 4
    if rng.random() < 0.25:
        k = int(rng.integers(4))
        m = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        steps[k] = np.stack([np.sort(rng.uniform(0, T, m)), rng.normal(0, rng.uniform(1, 10), m)], 1)
    rows = []  # per copy: node, first tick, end tick, minute, counted, event id
    eid = 0
    for k in range(4):
        wt, i0s, i1s = [], [], []
        for ls, le, graceful, nodes in sch.lives:
            if nodes <= k or ls >= T:
                continue
            start = ls + rng.uniform(0, 5)
            m = int(min(le, T) - start) // int(P) + 2
            w = start + np.cumsum(P + rng.uniform(0.02, 0.4, m))
            w = w[w < min(le, T)]
            if graceful and le < T:
                w = np.append(w, le)
            elif le < T:
                c["lost_in_crash"] += 1
            b = np.minimum((np.concatenate([[start], w]) // TICK).astype(int), nt)
            wt.append(w)
            i0s.append(b[:-1])
            i1s.append(b[1:])
        if not wt:
            continue
        w, i0, i1 = np.concatenate(wt), np.concatenate(i0s), np.concatenate(i1s)
        ne = len(w)
        c["events"] += ne
        tc = w + off[k]
        if len(steps[k]):
            tc = tc + np.concatenate([[0.0], np.cumsum(steps[k][:, 1])])[np.searchsorted(steps[k][:, 0], w)]
            c["clock_steps"] += len(steps[k])
        # batches: consecutive groups of m_items, sent at the last one's write when full, else at the first's plus
        # MaxLatency
        grp = np.arange(ne) // m_items
        first = w[np.searchsorted(grp, grp)]
        last = w[np.minimum(np.searchsorted(grp, grp, side="right") - 1, ne - 1)]
        send = np.maximum(np.minimum(last, first + lat) if full else first + lat, w) + rng.uniform(0.05, 1.0, ne)
        # a collector away: the source sends what it holds 5-R s after it is back
        j = np.searchsorted(down[:, 0], send, side="right") - 1
        away = _in(send, down)
        back = down[:, 1] + rng.uniform(5, R, len(down))
        if len(down):
            send = np.where(away, back[np.maximum(j, 0)], send)
        # falling behind: a triangle of lag, and WinRM timeouts re-sent later
        arr = send.copy()
        for (a, b), pk in zip(spells, peaks):
            mid = 0.5 * (a + b)
            inside = (send >= a) & (send < b)
            arr[inside] += pk * (1 - np.abs(send[inside] - mid) / (mid - a))
        ins = _in(send, spells)
        g_out = rng.random(grp[-1] + 1) < rng.uniform(0.1, 0.4)
        tout = ins & g_out[grp]
        c["timeouts"] += int(tout.sum())
        twice = tout & (rng.random(grp[-1] + 1) < 0.4)[grp]
        c["timeout_copies"] += int(twice.sum())
        first_arr = arr.copy()
        arr = np.where(tout, arr + rng.uniform(60, 120, grp[-1] + 1)[grp], arr)
        # lost when overwritten in the source log before it was sent
        alive = send - w <= cap
        c["overwritten_at_source"] += int((~alive).sum())
        copies = [(np.arange(ne), arr, alive)]
        if twice.any():
            copies.append((np.nonzero(twice)[0], first_arr[twice], alive[twice]))
        # an unclean restart: the batches since the bookmark last saved are sent again after it
        for (d0, d1), bk, uc in zip(down, back, unclean):
            if not uc:
                continue
            span = rng.integers(1, 4) * max(exp_lat, P)
            again = np.nonzero((arr >= d0 - span) & (arr < d0) & alive)[0]
            if len(again):
                copies.append((again, np.full(len(again), bk + rng.uniform(0, 5)), np.ones(len(again), bool)))
                c["resent_copies"] += len(again)
        for idx, a_true, ok in copies:
            a_c = a_true + c_off
            if by_created:
                minute = np.floor(tc[idx] / STEP).astype(int)
                pub = (minute + 1) * STEP + D
            else:
                minute = np.floor(a_c / STEP).astype(int)
                pub = (minute + 1) * STEP + 5.0
            jm = np.searchsorted(mon[:, 0], pub, side="right") - 1 if len(mon) else np.full(len(pub), -1)
            mdown = (jm >= 0) & (pub < mon[np.maximum(jm, 0), 1]) if len(mon) else np.zeros(len(pub), bool)
            pub = np.where(mdown, mon[np.maximum(jm, 0), 1] if len(mon) else pub, pub)
            late = ok & (a_c > pub)
            over = ok & ~late & (pub - a_c > cov)
            c["late"] += int(late.sum())
            c["overwritten_at_collector"] += int(over.sum())
            counted = ok & ~late & ~over & (minute >= 0) & (minute < n)
            rows.append(np.stack([np.full(len(idx), k), i0[idx], i1[idx], minute, counted, idx + eid], 1))
        c["other_minute"] += int((np.floor(tc / STEP) != np.floor(w / STEP)).sum() if by_created else
                                 (np.floor((arr + c_off) / STEP) != np.floor(w / STEP)).sum())
        eid += ne
    r = np.concatenate(rows)
    r = r[r[:, 4] == 1]
    if dedup:
        _, first_copy = np.unique(r[:, 5], return_index=True)
        c["second_copies"] = len(r) - len(first_copy)
        r = r[np.sort(first_copy)]
    else:
        c["second_copies"] = len(r) - len(np.unique(r[:, 5]))
    return SimpleNamespace(P=P, mode=mode, items=items, lat=lat, by_created=by_created, D=D, cap=cap, cov=cov,
                           dedup=dedup, node=r[:, 0], i0=r[:, 1], i1=r[:, 2], minute=r[:, 3], counts=c)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points from per-node utterances per tick ``J`` (linear in ``J``): each counted copy carries its
    event's utterances into its minute."""
    p = run.path
    C = np.concatenate([np.zeros((4, 1)), np.cumsum(J, 1)], 1)
    carried = C[p.node, p.i1] - C[p.node, p.i0]
    return np.bincount(p.minute, weights=carried, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed (the random stream ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    sch = _schedule(rng, n, pauses)
    nt = int(np.ceil(sch.T / TICK))
    J = _job(rng, sch, nt)
    path = _path(rng, sch, nt, n)
    run = SimpleNamespace(n=n, dt=STEP, nt=nt, J=J, path=path, pauses_t=sch.pauses_t, ramps=sch.ramps,
                          lives=sch.lives, known_t=sch.known_t, counts=sch.counts, cfg=sch.cfg)
    healthy = _reads(run, J)
    Z = np.zeros((4, nt))
    tt = np.arange(nt) * TICK
    for a, b, _ in sch.pauses_t:
        Z[:, int(a // TICK):int(np.ceil(b / TICK))] = 1.0
    for a, b, _ in sch.ramps:
        Z[:, int(a // TICK):int(np.ceil((0.5 * (a + b)) / TICK))] = 1.0
    Z *= tt < sch.T
    touched = _reads(run, Z) > 0
    for a, b, _ in sch.pauses_t:  # a minute whose own time touches a pause (a crash's lost interval carries none)
        touched[int(a // STEP):min(n, int(np.ceil(b / STEP)))] = True
    paused = touched | np.r_[False, touched[:-1]] | np.r_[touched[1:], False] | (healthy <= 0)
    spans, s = [], None
    for i, p in enumerate(paused):
        if p and s is None:
            s = i
        elif not p and s is not None:
            spans.append((s, i))
            s = None
    if s is not None:
        spans.append((s, n))
    live = ~paused
    changes = hc.change_points([int(t // STEP) for t in sch.known_t], spans, n)
    path.counts["unread_minutes"] = int((healthy <= 0).sum())
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per 5-s tick (0 .. 1) over ``length`` ticks (a leak ramps over ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    w = np.empty(length)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    for i, (a, b) in enumerate(zip(edges, edges[1:])):
        w[int(a):int(b)] = 1.0 if i % 2 == 0 else calm
    w[int(edges[-1]):] = 1.0 if (len(edges) - 1) % 2 == 0 else calm
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            onset = int(rng.uniform(a + 0.3 * (b - a), b + 2 * STEP) // STEP)
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t0, t1 = onset * K, min(run.nt, stop * K if stop < n else run.nt)
        w = _weight(rng, kind, t1 - t0, ramp * K)
        lost = np.zeros_like(run.J)
        lost[:, t0:t1] = run.J[:, t0:t1] * w
        unit = _reads(run, lost)
        c0 = onset + ramp if kind == "leak" else onset
        c1 = min(stop, n)
        lv = live[c0:c1]
        hs, us = healthy[c0:c1][lv].sum(), unit[c0:c1][lv].sum()
        if hs <= 0 or us <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        a = target * hs / us
        if a > 1:
            continue
        v = np.maximum(healthy - a * unit, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout189(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout189_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT189_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout189, seeds, n, pauses)

