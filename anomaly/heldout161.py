r"""The hundred-and-sixty-first held-out throughput family: a licence-plate recogniser's training plate crops/s (a
plate detector and a CRNN/CTC text recogniser over crops from road-traffic and parking-gate cameras: frames decoded,
plates cropped and perspective-corrected, synthetic plates rendered and augmented with blur, glare and night noise on
CPU workers), read through Redis Streams: each rank ``XADD``s an entry (its clock's time, its crops since its last
entry) every 10-20 s to the job's stream, trimmed with ``MAXLEN ~ N``, and the monitor's consumer group reads it with
``XREADGROUP ... BLOCK``, ``XACK``s, and sums crops per minute of the entries' IDs or of their own timestamps.

(No generator's head names Redis Streams, XADD, a consumer group, a licence plate, CTC or a parking gate (``grep -ic``
on ``/tmp/s61/heads161.txt``, the first 3 lines of every generator: "xadd" 0, "licen" 0, "consumer group" 0, "ctc"
0, "parking" 0); "redis" matches 2 heads (generator 57's RedisTimeSeries ``TS.INCRBY`` and its compaction rule: a
Redis key is not new, a stream with a consumer group, trimming, pending entries and claims is), "ocr" 2 (a scene-text
recogniser and a document model: the recogniser family is not new, the plate job is), "crnn" 1 (the same OCR head),
"plate" 1 ("template-free"), "camera" 7, "traffic" 1 (a traffic-forecasting graph network), "stream" 13. Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all, ``cat``); ``anomaly/heldout150.py`` lines 1-110 (``sed -n
1,110p``), a ``grep -n "^def make_heldout150\|^def heldout150_set"`` (lines 541 and 548) and ``sed -n 541,600p`` (its
``make_heldout150`` and ``heldout150_set`` to the file's end); ``tests/test_anomaly_heldout150.py`` (all, ``cat``);
``anomaly/heldout_common.py`` (all, ``cat``: its middle, cut from the long print, printed again with ``sed -n
134,242p`` after a ``grep -n`` for the ``def`` lines of ``place_events`` and ``smax``); ``tests/trace_checks.py``
(all, ``cat``); ``anomaly/traces.py`` lines 1-80 (``sed -n 1,80p``); ``tests/test_architecture.py`` lines 1-110
(``sed -n 1,110p``); the first 3 lines of every generator (``head -3`` in a loop, printed, and saved to
``/tmp/s61/heads161.txt``, then ``grep -ic`` for the words above and one ``grep -i -B3`` for "redis", "crnn",
"plate" and "traffic" in that file, which printed only those heads' lines). Slips: none that I know of. The tests
import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): redis.io's XTRIM and XADD pages (``MAXLEN ~``: approximate
trimming "may leave slightly more" entries, since entries live in macro nodes released whole), Alibaba Cloud's
"Customize the size of macro nodes in streams" (``stream-node-max-entries`` 100 and ``stream-node-max-bytes`` 4096 by
default; a node goes only once all its entries are deleted; ``MAXLEN ~ 5000`` keeps 5,000-5,100 or so); a post on
stream IDs (cnblogs gaogao67, quoting ``t_stream.c``: an ID is the server's Unix time in ms and a sequence; "IDs
generated ... in a past millisecond if the clock jumped backward will use the millisecond time of the latest
generated ID and an incremented sequence", also after a failover to a replica whose clock is behind) and antirez's
2017 gist (the same); redis.io's XAUTOCLAIM and XCLAIM pages and Upstash's (the pending entries list of a consumer
group; a consumer that dies holding entries; they are claimed once idle ``min-idle-time``; XAUTOCLAIM reports the IDs
it dropped from the PEL because they are no longer in the stream, that is trimmed); redis.io's "Basic replication"
and WAIT pages, a Sentinel article (zenn.dev) and an ElastiCache page (replication is asynchronous: a write
acknowledged by a primary that fails before it reached the replica is lost; Sentinel does not make it lossless; "up
to 10 seconds of acknowledged write operations may be lost"; a partitioned old primary keeps taking writes that are
dropped when it rejoins); redis/redis issue #12953 and PR #14615 (XADD is not idempotent: a producer retrying after
a lost reply adds the entry twice; Redis 8.6 added ``IDMP`` for this, not assumed here). On the job: an OpenReview
abstract on LPR trained on synthetic plates, arXiv 2412.12572 (a Faster R-CNN plate detector and a CNN-RNN with CTC
loss and a MobileNetV3 backbone), a Springer LPR chapter (low light, motion blur, synthetic data). Nothing on the
job's speeds was read: its figures are assumed.

Assumed without checking (the job): one node of 1, 2, 4 or 8 GPUs (20/35/30/15 %, 0.85-0.97 per doubling); the GPUs
train 600-6,000 crops/s each (log-uniform); the CPU workers (video decoding, plate cropping and warping, rendering
and augmenting synthetic plates) can feed 1.1-2.5 times that; a step waits for the slower side (a soft maximum of the
costs). The crops come one camera site's archive at a time: a shard lasts 5-40 min (log-uniform), its factor has sd
3-10 %, a quarter are night footage (noise, glare: 5-12 % dearer), and opening one (seeking, decoding its first
GOPs) runs 3-20 s at 20-60 % of the rate; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a
slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a wider recogniser input
(at most twice: 1.3-1.8 times dearer on the GPUs), more synthetic plates (at most twice: 1.2-1.6 on the CPUs) or, 1
in 6, another GPU count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long"
25-60) and a ramp from 40-75 % over 2-6 min (decoder pools and caches warming); a validation pass on held-out
cameras every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s,
"long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long"
8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): every rank of a process, from the process start, tries an ``XADD`` every ``P`` s (10-20
per run, random phases, 0-0.3 s of its own work) with its share of the job's crops since its last entry that got
through; a crash loses the interval under way, a graceful stop adds it. Failovers (0.2-1.2 a day): the stream is
unavailable 10-60 s (Sentinel's detection and promotion), an ``XADD`` then fails after the client's retries and the
rank keeps its count for its next entry; the writes acknowledged in the 0.05-1 s before (a third of failovers: a
partition, 5-30 s) are lost with the old primary. 0.1-0.5 % of entries time out at the client after the server
applied them and are added again 0.05-1 s later (two IDs, one ``ts``). An entry's ID is the primary's clock, held at
the last ID's ms while that clock is behind it: two hosts, offsets sd 0.01-0.5 s, in 20 % of runs the replica 5-40 s
off; in 20 % of runs the clock steps (0.5-2 a day, sd 1-20 s). The node's clock (the entries' ``ts``) is off sd
0.02-0.3 s, in 25 % of runs stepping 0.5-3 times a day (sd 0.5-10 s). The stream is trimmed ``MAXLEN ~ N``, N
200-3,000 (log-uniform): a node of 100 entries goes once N entries follow it. The monitor (half the runs bin by the
ID's time, half by ``ts``; half drop a repeated ``ts``, half count it twice) closes minute ``m`` once it has read an
entry 10-60 s past its end (later copies are lost); it crashes 0.3-1.5 times a day, back after 5-60 s or (1 in 5)
10-120 min, and the entries written meanwhile are read from the backlog if they were not trimmed. The bins still
open at a crash are lost: half the monitors ``XACK`` on reading (those entries are gone), half on publishing (they
stay pending and are claimed after ``min-idle-time`` 60-300 s by a janitor every 30-120 s, mostly too late for
their minute, unless trimmed first). A point is the minute's crops per second (0: none read). Summing 10-20 s
entries per minute aliases: a minute holds 3 or 4 entries of a rank, so with few ranks the points beat by up to
+-15 % (kept: it is what this path does). The reads are linear in the crops; the entries' fates are the healthy
run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's crops lost, carried through the same entries and reads): ``drop`` (a video-decoding
worker killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the camera archive's store slow in
bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the synthetic-plate
renderer's caches growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's
end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost
crops (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout161_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    11         10    0.079-0.323  19              1-80 (1301, 1 >60)
long      30      10    10         10    0.079-0.303  19              1-78 (968, 1 >60)

Planned changes listed: short 19, long 16 (of 19 and 16 relaunches; none kept its stage); crashes 57 and 58. The path
over each set (counts): short: XADDs refused in a failover 464, entries carrying a refused one's crops 166,
failovers 40, entries lost in a failover 102, entries added twice 3824 (2428 counted twice), entries whose ID was
held 0, server clock steps 0, node clock steps 0, monitor crashes 46, entries lost in open bins 287, entries claimed
451 (434 too late for their minute), entries trimmed unread 4208, copies arriving after their minute closed 434,
copies in another minute than their write's 2831, unread minutes 159, intervals lost in a crash 57; long: 213, 85,
25, 42, 2868 (2133), 9, 13, 27, 42, 125, 515 (441), 2991, 441, 17971, 112, 58. The reads' sum over the live points
against the job's crops: 1.000-1.004 per seed (short), 0.999-1.005 (long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 2.0-12.0 % (short), 2.9-26.8 % (long), its 99th percentile 28-39 % (short), 29-46 %
(long); the live median level 683-11,076 crops/s (short), 1,619-20,548 (long). Before the first measure: none (the
first measure was both sets' 12 seeds at 3,000 points). Changes of the laws after it: one, one edit of two parts:
no entry had been trimmed unread in either set (N was 500-5,000 and the monitor's long outages 5-45 min), so N is
now 200-3,000 and those outages 10-120 min. The tests check the laws on the first 4 seeds at 3,000 points
(``SPANS``: at most 90 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 161
HELDOUT161_SEEDS = tuple(range(1612000, 1612012))
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point, a minute of the monitor's bins
K = int(STEP // TICK)
EPOCH = 1_800_000_000.0  # unix time of true time 0 (a multiple of 60)
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 90), "long": (1, 100)}  # pause span lengths (points) the tests allow
PATH_KEYS = ("xadd_refused", "carried", "failovers", "lost_in_failover", "duplicates", "id_held",
             "server_clock_steps", "node_clock_steps", "monitor_crashes", "open_bins_lost", "claimed",
             "claimed_late", "trimmed_unread", "late", "other_minute", "unread_minutes", "crash_lost_intervals")


@dataclass
class Path:
    """The collection path's draws, its counted copies (for :func:`_reads`) and its counts."""

    P: float
    maxlen: int
    by_id: bool
    dedup: bool
    ack_on_publish: bool
    grace: float
    down: np.ndarray  # (k, 2): the server's failover windows (XADD refused)
    mon_down: np.ndarray  # (k, 2): the monitor's crash windows
    tp: np.ndarray = None  # counted copies: start and end of the interval each entry carries (true s)
    te: np.ndarray = None
    g: np.ndarray = None  # ranks sharing the job's crops when the entry was written
    bins: np.ndarray = None  # the point each counted copy adds to
    copies: np.ndarray = None  # per written entry: how many copies the monitor counted (0, 1, 2)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    dt: float
    k: int
    J: np.ndarray  # crops trained per 5-s tick (healthy)
    pauses_t: list  # (start, end, kind), seconds
    ramps: list  # (start, end): the ramps after start-ups
    lives: list  # (start, end, ranks, graceful): the processes
    known_t: list  # planned relaunches that changed the stage (resume times)
    counts: dict
    restarts: list = field(default_factory=list)
    path: Path = None


def _level(cfg: dict, st: dict) -> float:
    """Crops/s of a stage: the GPUs (``eff`` per doubling; the recogniser's input ``width`` steps dearer) and the
    CPU workers (decoding, cropping, rendering synthetic plates: ``synth`` steps dearer); a step waits for the
    slower (a soft maximum of the costs)."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["width_c"] ** st["width"]
    cpu = cfg["cpu"] / cfg["synth_c"] ** st["synth"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a wider recogniser input (at most twice), more synthetic plates (at most twice) or, 1 in
    6, another GPU count; redrawn until the level moves by 15 % (1/3 to 3 times); the old stage after 60 tries."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        elif u < 7 / 12 and st["width"] < 2:
            new["width"] += 1
        elif st["synth"] < 2:
            new["synth"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3:
            return new
    return dict(st)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's crops lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a decoding worker killed: its share gone within tau ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the synthetic-plate renderer's caches growing into swap
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w, i, bad = np.empty(length), 0, True  # straggler: the camera archive's store slow in bursts
    hi_mean, lo_mean, calm = rng.uniform(30, 240), rng.uniform(120, 600), rng.uniform(0.05, 0.25)
    while i < length:
        d = int(rng.exponential(hi_mean if bad else lo_mean)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: its stages, pauses, processes and crops per tick."""
    long_ = setting == "long"
    T = n * STEP + 900.0
    nt = int(T // TICK) + 1
    gpus = int(rng.choice([1, 2, 4, 8], p=[0.2, 0.35, 0.3, 0.15]))
    gpu = hc.log_uniform(rng, 600, 6000)
    cfg = {"gpu": gpu, "eff": rng.uniform(0.85, 0.97), "width_c": rng.uniform(1.3, 1.8),
           "synth_c": rng.uniform(1.2, 1.6)}
    cfg["cpu"] = gpu * gpus * cfg["eff"] ** np.log2(gpus) * rng.uniform(1.1, 2.5)
    st = {"gpus": gpus, "width": 0, "synth": 0}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    k_re = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * T)
    re_t = [x for i, x in enumerate(re_t) if i == 0 or x - re_t[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    t_crash = rng.exponential(crash_mean)
    ev_lo, ev_hi = rng.uniform(30, 45) * 60, rng.uniform(60, 90) * 60
    ck_every = int(rng.choice([2, 3]))
    pauses, ramps, lives, segs, known = [], [], [], [], []

    def startup(t, lo, hi, kind="startup"):
        d = rng.uniform(lo, hi) * 60
        pauses.append((t, t + d, kind))
        t += d
        r = rng.uniform(2, 6) * 60
        ramps.append((t, t + r, rng.uniform(0.4, 0.75)))
        return t

    life0, t = 0.0, startup(0.0, *((25, 60) if long_ else (3, 10)))
    trained, period, n_eval, ri = 0.0, rng.uniform(ev_lo, ev_hi), 0, 0
    while t < T:
        while ri < len(re_t) and re_t[ri] < t + 900:
            re_t[ri] = t + rng.uniform(900, 1800)
        cand = [t + period - trained, t_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        nxt = max(cand[which], t + 4 * TICK)
        segs.append((t, min(nxt, T), dict(st)))
        if nxt >= T:
            break
        trained += nxt - t
        t = nxt
        if which == 0:  # a validation pass on held-out cameras' plates, now and then a checkpoint after it
            n_eval += 1
            d = rng.uniform(*((10, 25) if long_ else (2, 6))) * 60
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = rng.uniform(*((60, 240) if long_ else (15, 60)))
                pauses.append((t, t + d, "ckpt"))
                t += d
            trained, period = 0.0, rng.uniform(ev_lo, ev_hi)
            continue
        graceful = which == 2
        lives.append((life0, t, st["gpus"], graceful))
        if which == 1:  # a crash: down, then a start-up
            counts["crashes"] += 1
            d = rng.uniform(*((6, 18) if long_ else (1, 4))) * 60
            pauses.append((t, t + d, "crash"))
            life0 = t + d
            t = startup(t + d, *((8, 20) if long_ else (2, 6)))
            t_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch: stopped, queued, a start-up on the new stage
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            d = (rng.uniform(*((5, 12) if long_ else (1, 3))) + rng.uniform(1, 5)) * 60
            pauses.append((t, t + d, "relaunch"))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t + d)
            st = new
            life0 = t + d
            t = startup(t + d, *((8, 20) if long_ else (2, 6)))
        trained = 0.0
    if not lives or lives[-1][1] < T:
        lives.append((life0, T + 600, st["gpus"], True))
    J = _crops(rng, cfg, segs, ramps, pauses, nt, long_)
    return Run(n=n, nt=nt, dt=STEP, k=K, J=J, pauses_t=pauses, ramps=ramps, lives=lives, known_t=known,
               counts=counts)


def _crops(rng, cfg, segs, ramps, pauses, nt: int, long_: bool) -> np.ndarray:
    """Crops per tick: the stage's level, the camera-archive shard's factor and its opening stall, the ramps, an
    AR(1) of the log per tick and a slow OU; 0 in the ticks a pause touches."""
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    for a, b, st in segs:
        lv[int(np.ceil(a / TICK)):int(np.ceil(b / TICK))] = _level(cfg, st)
    f = np.ones(nt)
    sd_sh, t = rng.uniform(0.03, 0.1), 0.0
    while t < nt * TICK:  # shards: one camera site's archive (5-40 min), a quarter at night (noise and glare)
        d = hc.log_uniform(rng, 300, 2400)
        i0, i1 = int(t // TICK), int((t + d) // TICK)
        f[i0:i1] *= np.exp(rng.normal(0, sd_sh)) / (rng.uniform(1.05, 1.12) if rng.random() < 0.25 else 1.0)
        s = int(rng.uniform(3, 20) // TICK) + 1  # opening it: seeking and decoding the first GOPs
        f[i0:i0 + s] *= rng.uniform(0.2, 0.6)
        t += d
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), int(np.ceil(b / TICK))
        f[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = 0.0
    for i in range(1, nt):  # AR(1) of the log
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    J = lv * f * np.exp(x + np.repeat(ou, K)[:nt]) * TICK
    for a, b, _ in pauses:
        J[int(a // TICK):int(np.ceil(b / TICK))] = 0.0
    return J


def _clock(rng, T: float, rate: float, sd: float, base: float) -> tuple[np.ndarray, np.ndarray]:
    """A clock's offset (s) as steps: ``(times, offsets)`` from 0, a step ``N(0, sd)`` at ``rate`` a day."""
    k = rng.poisson(rate * T / DAY)
    ts = np.concatenate([[-1e9], np.sort(rng.uniform(0, T, k))])
    return ts, np.concatenate([[base], base + rng.normal(0, sd, k)])


def _at(clock, t: np.ndarray) -> np.ndarray:
    ts, off = clock
    return off[np.searchsorted(ts, t, side="right") - 1]


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the ordered, disjoint windows ``[a, b)``."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, rate: float, dur) -> np.ndarray:
    """Poisson windows ``[a, a + dur(rng))`` over ``[0, T)``, ordered and kept apart."""
    a = np.sort(rng.uniform(0, T, rng.poisson(rate * T / DAY)))
    out = []
    for x in a:
        if not out or x > out[-1][1] + 60:
            out.append((x, x + dur(rng)))
    return np.array(out).reshape(-1, 2)


def _path(rng, run: Run) -> Path:
    """The Redis Streams path: each rank's reporter ``XADD``s, the server's failovers, IDs and trimming, and the
    monitor's consumer group (its crashes, pending entries and claims, its minutes' closing); see the docstring."""
    T = run.nt * TICK
    c = dict.fromkeys(PATH_KEYS, 0)
    p = Path(P=rng.uniform(10, 20), maxlen=int(hc.log_uniform(rng, 200, 3000)), by_id=bool(rng.random() < 0.5),
             dedup=bool(rng.random() < 0.5), ack_on_publish=bool(rng.random() < 0.5), grace=rng.uniform(10, 60),
             down=_windows(rng, T, rng.uniform(0.2, 1.2), lambda r: r.uniform(10, 60)),
             mon_down=_windows(rng, T, rng.uniform(0.3, 1.5),
                               lambda r: r.uniform(5, 60) if r.random() < 0.8 else r.uniform(600, 7200)))
    c["failovers"] = len(p.down)
    lost_w = np.array([(a - (rng.uniform(5, 30) if rng.random() < 1 / 3 else rng.uniform(0.05, 1.0)), a)
                       for a, _ in p.down]).reshape(-1, 2)
    # the server's clock: two hosts (a failover moves the primary), each its own offset, steps in a fifth of runs
    sd_s = rng.uniform(0.01, 0.5)
    host = [rng.normal(0, sd_s), rng.normal(0, sd_s) + (rng.uniform(5, 40) * rng.choice([-1, 1])
                                                        if rng.random() < 0.2 else 0.0)]
    steps = _clock(rng, T, rng.uniform(0.5, 2) if rng.random() < 0.2 else 0.0, rng.uniform(1, 20), 0.0)
    c["server_clock_steps"] = len(steps[0]) - 1
    node = _clock(rng, T, rng.uniform(0.5, 3) if rng.random() < 0.25 else 0.0, rng.uniform(0.5, 10),
                  rng.normal(0, rng.uniform(0.02, 0.3)))
    c["node_clock_steps"] = len(node[0]) - 1
    # the reporters: per process and rank, an XADD every P s (its crops since its last entry that got through)
    tp, te, g, lost = [], [], [], []
    for s, e, G, graceful in run.lives:
        for _ in range(G):
            a = s + rng.uniform(0, p.P) + p.P * np.arange(int((e - s) / p.P) + 2) + rng.uniform(0, 0.3)
            a = a[a < e]
            if graceful:
                a = np.append(a, e)  # a graceful stop flushes its count
            ok = ~_inside(a, p.down)
            c["xadd_refused"] += int((~ok).sum())
            w = a[ok]
            prev = np.concatenate([[s], w[:-1]])
            c["carried"] += int((w - prev > p.P + 1.0).sum())
            tp.append(prev)
            te.append(w)
            g.append(np.full(len(w), G))
        c["crash_lost_intervals"] += 0 if graceful else 1
    tp, te, g = np.concatenate(tp), np.concatenate(te), np.concatenate(g).astype(float)
    # acknowledged, but on a primary whose last writes never reached the replica promoted in its place
    keep = ~_inside(te, lost_w)
    c["lost_in_failover"] = int((~keep).sum())
    tp, te, g = tp[keep], te[keep], g[keep]
    m = len(te)
    dup = rng.random(m) < rng.uniform(0.001, 0.005)  # a reply lost to a timeout: the retry adds it again
    c["duplicates"] = int(dup.sum())
    src = np.concatenate([np.arange(m), np.nonzero(dup)[0]])
    wt = np.concatenate([te, te[dup] + rng.uniform(0.05, 1.0, int(dup.sum()))])
    order = np.argsort(wt, kind="stable")
    src, wt = src[order], wt[order]
    is_dup = order >= m
    prim = np.searchsorted(p.down[:, 1], wt, side="right") % 2 if len(p.down) else np.zeros(len(wt), int)
    sc = wt + np.where(prim == 0, host[0], host[1]) + _at(steps, wt)
    idt = np.maximum.accumulate(sc)  # an ID never goes back: a server clock behind the last ID holds its ms
    c["id_held"] = int((sc < idt - 0.001).sum())
    bt = idt if p.by_id else te[src] + _at(node, te[src])
    b = np.floor(bt / STEP).astype(int)
    c["other_minute"] = int((b != np.floor(te[src] / STEP)).sum())
    # approximate trimming: a macro node of 100 entries goes once the stream holds MAXLEN more after it
    N = len(wt)
    j = 100 * (np.arange(N) // 100 + 1) + p.maxlen
    trim = np.where(j < N, wt[np.minimum(j, N - 1)], np.inf)
    arr = wt + 0.002
    crash = p.mon_down
    back = _inside(wt, crash)
    if back.any():  # written while the monitor was down: read from the backlog when it is back
        i = np.searchsorted(crash[:, 0], wt[back], side="right") - 1
        arr[back] = crash[i, 1] + 1e-6 * np.arange(int(back.sum()))
    alive = trim > arr
    c["trimmed_unread"] = int((~alive).sum())
    close = _closing(arr, bt, alive, p.grace, run.n)
    c["monitor_crashes"] = len(crash)
    min_idle, jan = rng.uniform(60, 300), rng.uniform(30, 120)
    claimed = np.zeros(N, bool)
    for a, r in crash:  # the bins open at the crash: in memory only
        open_ = alive & (arr < a) & (arr > a - 3600) & (close[np.clip(b, 0, run.n)] > a)
        if p.ack_on_publish:  # pending: a claim once idle long enough, if the entry is still there
            k = np.maximum(0, np.ceil((arr[open_] + min_idle - r) / jan))
            ct = r + k * jan
            gone = trim[open_] <= ct
            idx = np.nonzero(open_)[0]
            alive[idx[gone]] = False
            c["trimmed_unread"] += int(gone.sum())
            arr[idx[~gone]] = ct[~gone]
            claimed[idx[~gone]] = True
            c["claimed"] += int((~gone).sum())
        else:  # acknowledged on reading: lost with the process
            alive[open_] = False
            c["open_bins_lost"] += int(open_.sum())
    close = _closing(arr, bt, alive, p.grace, run.n)
    inb = (b >= 0) & (b < run.n)
    counted = alive & inb & (arr < close[np.clip(b, 0, run.n)])
    late = alive & inb & ~counted
    c["late"] = int(late.sum())
    c["claimed_late"] = int((late & claimed).sum())
    if p.dedup:  # the monitor keeps the (rank, ts) pairs it has counted: a retried entry's copy is dropped
        counted &= ~is_dup
    p.copies = np.bincount(src[counted], minlength=m)
    p.tp, p.te, p.g, p.bins = tp[src][counted], te[src][counted], g[src][counted], b[counted]
    p.counts = c
    return p


def _closing(arr: np.ndarray, bt: np.ndarray, alive: np.ndarray, grace: float, n: int) -> np.ndarray:
    """The arrival time at which the monitor closes each minute (index ``n``: never): the first arrival after
    which the latest bin time it has read passes the minute's end by ``grace``."""
    o = np.argsort(arr[alive], kind="stable")
    at, mx = arr[alive][o], np.maximum.accumulate(bt[alive][o])
    i = np.searchsorted(mx, STEP * (np.arange(n + 1) + 1) + grace, side="left")
    out = np.where(i < len(at), at[np.minimum(i, len(at) - 1)], np.inf)
    out[n] = np.inf
    return out


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for crops per tick ``J``: each counted copy's crops (the rank's share of the job's
    crops over the interval it carries), summed per minute bin, per second."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    x = np.arange(len(C)) * TICK
    crops = (np.interp(p.te, x, C) - np.interp(p.tp, x, C)) / p.g
    return np.bincount(p.bins, crops, minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray) -> tuple[list[tuple[int, int]], int]:
    """The pause spans: points whose minute or a neighbour touches a pause or a ramp's first half, and points
    that read nothing; and how many points read nothing outside the rest."""
    n = run.n
    mask = np.zeros(n, bool)
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]:
        mask[max(0, int(a // STEP) - 1):max(0, min(n, int(np.ceil(b / STEP)) + 1))] = True
    unread = int(((h <= 0) & ~mask).sum())
    mask |= h <= 0
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist())), unread


def _build(seed: int, n: int, setting: str):
    """``(run, healthy points, pause spans, live mask, listed changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans, unread = _spans(run, h)
    run.path.counts["unread_minutes"] = unread
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: a share ``a w`` of each tick's crops lost, read
    through the same copies; ``a`` set from the reads so the loss over its live points (a leak's plateau) is a
    drawn target; None after 80 rejected draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:  # at a pause's end (a worker pool restarted after it)
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else stop * K
        L = np.zeros(run.nt)
        L[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        base = _reads(run, L)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, bs = healthy[c0:stop][lv].sum(), base[c0:stop][lv].sum()
        if hs <= 0 or bs <= 0 or target * hs > bs:
            continue
        mod = target * hs / bs * base
        v = np.maximum(healthy - mod, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, mod)
    return None


def make_heldout161(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout161_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT161_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout161, seeds, n, pauses)
