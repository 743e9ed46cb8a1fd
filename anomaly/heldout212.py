"""The two-hundred-and-twelfth held-out throughput family: a mushroom harvest-readiness model's training images/s (a
network finding button mushrooms ready to pick, their cap size and the picking order from depth-camera images of
growing beds, for a farm's picking robots; images cropped and augmented on CPU workers, the rare clustered beds
oversampled; an evaluation on a held-out flush's beds now and then) on 1, 2 or 4 nodes, read through Mixpanel: each
node's reporter tracks an event (its clock's ``time``, its images since its last event, an ``$insert_id``) every
10-30 s, sent in batches by the Python SDK to ``/import`` or ``/track``, and a monitor queries the project once a
minute (a segmentation query or a raw export over the last minutes) and sums the images per minute of the events'
``time`` or of the query that first saw them.

(Heads: ``for f in anomaly/heldout*.py; do head -3 "$f"; done > /tmp/heldout212/heads.txt`` (210 generators), then
``grep -ic``: 0 each for mixpanel, insert_id, "import api", mushroom, depth-camera, "depth camera", "rate limit";
segmentation 9, export 11, event 58, node 82, batch 5, sdk 4, farm 9, robot 5, bed 4, images/s 33, oversampl 21
(common words); checked with ``grep -io`` and 50/40 characters around: harvest 4 (crop-harvester and harvest-lot
jobs, a New Relic "harvester"), picking 1 (seismic phase picking), 429 1 (Matrix ``M_LIMIT_EXCEEDED``), dedup 1
(VictoriaMetrics ``-dedup.minScrapeInterval``), analytics 1 (Azure Stream Analytics), ingestion 1 (Dynatrace),
flush 1 (a StatsD flush). No head names the job or Mixpanel; a 429 retry and deduplication are not new, Mixpanel's
``$insert_id`` dedup that only the query applies, its query API's hourly limit and first-seen binning are. Job and
path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one print cut its middle, printed
again as lines 300-537), ``tests/trace_checks.py`` (all, printed twice: once cut), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic`` / ``grep -io`` only. Slips: a
``grep -rn "def family_trace" anomaly/`` ran over the whole ``anomaly/`` folder (it printed one line, of
``heldout_common.py``); an ``ls`` found no ``anomaly/heldout211.py`` (its seeds are taken as ``range(2112000,
2112012)``); a ``ls anomaly/heldout*.py | wc -l``. None else.

Public sources read (excerpts through the search tool): Mixpanel's "Rate Limits" page (ingestion: 2 GB of JSON a
minute or about 30k events/s per project, rolling; query API 60 queries an hour and 5 at once; raw export 60 an hour,
3 a second), "429 Too Many Requests" (per project; no ``Retry-After`` documented; back off from 2 s, doubling to 60 s,
1-5 s of jitter), "Track Events" and "Import Events" (2,000 events and 2 MB a request; ``/track`` takes the last 5
days only, ``/import`` any time after 1971), "Historical events not appearing" (``/track`` drops older events and
still answers 200; ``/import`` refuses a ``time`` over an hour in the future; a future time is set to the time of
ingestion), "Event Deduplication" / "Duplicate events" and mixpanel/docs PR #2205 (dedup on
event, ``distinct_id``, ``time`` and ``$insert_id`` at query time in reports, not in raw exports; compaction after
hours, not guaranteed); mixpanel-python issues and PRs #38, #40, #54, #62, #80 ("a temporary failure occurred"),
#191 (a ``BufferedConsumer`` resending delivered batches). Not read (assumed): the SDK's own retry policy (here the
reporter's: 7 tries, then the batch is dropped), ingestion latency figures, the query cache's behaviour, whether the
future-time overwrite is ``/track``'s or ``/import``'s (here ``/track``'s). Nothing read on the job: assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.85-0.96 per doubling); a node's GPUs train
250-3,000 images/s (log-uniform) at the smallest crop, the CPU workers (crops, augmentations) feed 1.05-2.2 times
that; crops of 384, 448 or 512 px cost their pixels on the GPUs, their pixels to the 1.5 on the CPUs; a step waits
for the slower (a soft maximum). Per 5-s tick: an AR(1) of the log (sd 1.5-5 %, 15-60 s), a slow OU (sd 1-4 %,
30-180 min), a level per epoch (25-80 min of training, sd 1-3 %) whose first 10-40 s run at 30-70 % (loader workers
respawned), bursts of oversampled clustered beds (2-8 an hour, 20-120 s at 75-92 %). Pauses: start-up 4-12 min
("long" 30-70), a ramp from 30-60 % over 3-8 min (its first half paused); an evaluation every 40-120 min of training,
3-8 min ("long" 12-30), every 3rd or 4th with a checkpoint (0.3-1.5 min, "long" 2-5); crashes (exponential, mean
12-60 h): down 2-6 min ("long" 8-25), a restart's start-up 3-8 ("long" 10-25) and a ramp; relaunches: 0-3 at 15-85 %
of the run, an hour apart, onto another node count (40 %) or crop (60 %), redrawn until the level moves 15 % (1/3 to
3 times): stopped 2-6 min ("long" 6-15), queued 1-8 min, a start-up and a ramp.

The path (assumed, after the sources): per life of the job's processes each node's reporter tracks an event every
``P`` s (10-30 per run, plus 0.05-1 s of its own work, accumulating; nodes start 0-20 s apart) with its images since
the last (the node's equal share of the job's); a graceful stop tracks the last interval and flushes, a crash loses
the interval under way and the events still buffered. Batches of ``B`` events (1-3, ``B P`` at most 40 s) are POSTed
(0.05-0.8 s); 429 episodes (0.5-4 a day, 2-20 min: the robots' product analytics share the project's quota) refuse a
POST with probability 0.5-0.95, and 0.1-0.5 % of POSTs elsewhere get a 5xx; the reporter waits 2, 4, ... 60 s plus
1-5 s and drops the batch after its 7th try. A batch holding one of 0.2-1.5 % of the stored events times out at the
client and is sent again 13-27 s later: a second copy (same ``$insert_id`` in 75 % of runs; ids made at send time in
the others). Node clocks: offsets sd 0.2-2 s; in 25 % of runs node 0 drifts 20-200 ppm, stepped back every 4-16 h;
after 30 % of crashes one node's RTC is wrong (1-9 days behind, or 30 %: 2-30 h ahead) for the first 2-15 min of its
life: ``/track`` (half the runs) drops events over 5 days old and sets a future time to its ingestion time,
``/import`` refuses a time over an hour ahead; an old time falls outside the monitor's window. A copy is visible
3-20 s (median, log-sd 0.6) after it is stored, 1-10 min more inside backlog episodes (0.3-2 a day, 5-40 min). The
monitor queries at 5-50 s past each minute for the last ``W`` minutes (3-10); 1-8 % of queries are refused (the
hourly limit, shared with dashboards), and in 30 % of segmentation runs 5-20 % are answered from a cache (the
previous answer). Binned by event ``time`` (70 %), a minute keeps what its last answered query covering it saw
(later copies are lost); binned by first sight (30 %), a copy counts in the minute of the first answered query that
returns it (none if its ``time`` has left the window). Segmentation dedups a repeated ``$insert_id``, an export does
not; a first-sight monitor keeps a set of the ids it saw. A point is the minute's sum over 60 s (0: none read). The
reads are linear in the images; the copies' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same events and reads; ``w`` in ``_weight``): ``drop``,
``straggler``, ``leak``; onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's
plateau) sets ``a`` (refused above 1).

Measured (``heldout212_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    9          12    0.072-0.257  24              1-30 (1877, 0 >60)
long      30      10    10         10    0.074-0.293  22              1-73 (1598, 8 >60)

Planned changes listed: short 15, long 11 (of 15 and 11 relaunches; none kept its stage); crashes 34 and 20;
evaluations 895 and 759 (258 and 215 with a checkpoint). The path over each set (counts): short: POSTs refused with
429 24,979, with a 5xx 1,765, retries 25,013, batches dropped 1,731, batches stored twice 4,613, buffered events lost
in a crash 1, events with a reset clock 515 (134 dropped by ``/track`` as old, 111 moved to their ingestion time,
0 refused by ``/import``), copies visible after their minute's last query 3,078, too old for the window when first
seen 194, queries refused 3,069, answered from a cache 2,941, copies counted twice 549, copies in another minute
than their interval's end 90,586, unread minutes (pauses included) 5,729, clock steps 40; long: 26,381, 1,193,
25,765, 1,809, 6,275, 4, 84 (42, 0, 18), 4,211, 516, 3,428, 2,160, 1,106, 134,795, 18,410, 19. The reads' sum over
the live points against the job's images: 0.984-1.083 per seed (short), 0.967-1.079 (long; over 1 where binned by
first sight: an unread minute's images land in the next); the live points' minute-to-minute change (median ``|d
log|`` per seed) 3.6-41.0 % (short), 5.0-39.9 % (long), its 99th percentile 32-162 % (short), 45-144 % (long): the
sum per minute of events every 10-30 s holds 2 or 3 of them (a ``P`` of 25 s reads 0.83 or 1.25 of the rate), and a
first-sight minute holds what one query saw; the live median level 241-5,593 images/s (short), 416-5,428 (long).
Before the first measure: none (the laws' commit came first). Changes of the laws after it: none (the minute-to-minute
change is wider than the job's jitter, by the path's count quantisation and first-sight binning: that is the path
the brief names, kept as drawn). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most
45 points "short", 110 "long"); the whole test file took 2.1 s of CPU on one core (``taskset -c 0``;
4.3-8.4 s wall while the machine's load was 3-5 on its 2 cores).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT212_SEEDS = tuple(range(2122000, 2122012))
CODE = 212
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point, a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # a multiple of 60: the run's time 0
KIND_P = (0.35, 0.35, 0.3)  # drop, straggler, leak
NODES = (1, 2, 4)
CROP_PX = (1.0, 1.36, 1.78)  # crop sides 384, 448, 512 px: pixels per image against the smallest
# pause lengths in minutes (lo, hi) per setting
PAUSE = {"startup": {"short": (4, 12), "long": (30, 70)}, "restart": {"short": (3, 8), "long": (10, 25)},
         "eval": {"short": (3, 8), "long": (12, 30)}, "ckpt": {"short": (0.3, 1.5), "long": (2, 5)},
         "down": {"short": (2, 6), "long": (8, 25)}, "stop": {"short": (2, 6), "long": (6, 15)}}
PATH_KEYS = ("refused_429", "refused_5xx", "retries", "batches_dropped", "stored_twice", "lost_in_crash",
             "clock_reset_events", "late_for_minute", "queries_refused", "counted_twice", "other_minute",
             "unread_minutes", "clock_steps")


@dataclass
class Path:
    """The run's Mixpanel path: its settings, every stored copy of an event (``src``: the event, ``tau``: its
    ``time``, ``seen``: when a query could first return it, ``dup``: a second copy) and the copies' points."""

    P: float
    B: int
    endpoint: str
    query: str
    binning: str
    W: int
    stable_ids: bool
    ev_a: np.ndarray = None  # each event's interval [a, b) in the run's time, and its share of the job's images
    ev_b: np.ndarray = None
    ev_share: np.ndarray = None
    src: np.ndarray = None
    tau: np.ndarray = None
    seen: np.ndarray = None
    dup: np.ndarray = None
    point: np.ndarray = None  # each copy's point (-1: never read)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    dt: float
    nt: int
    J: np.ndarray  # images per tick
    pauses_t: list
    ramps: list
    lives: list
    known_t: list
    counts: dict
    path: Path = None


def _snap(x: float) -> float:
    return max(TICK, round(x / TICK) * TICK)


def _dur(rng, key: str, setting: str) -> float:
    lo, hi = PAUSE[key][setting]
    return _snap(rng.uniform(lo, hi) * 60)


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: the GPUs' side (per node, 0.85-0.96 per doubling of nodes, dearer with the crop's
    pixels) and the CPU workers' side (crops and augmentations, 1.5 power of the pixels); a step waits for the
    slower (a soft maximum of the costs)."""
    nodes, px = st["nodes"], CROP_PX[st["crop"]]
    gpu = cfg["gpu"] * nodes * cfg["eff"] ** np.log2(nodes) / px
    cpu = cfg["cpu"] * nodes / px ** 1.5
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count (40 %) or another crop (60 %), redrawn until the level moves by
    15 % (1/3 to 3 times); None after 40 draws."""
    for _ in range(40):
        new = dict(st)
        if rng.random() < 0.4:
            new["nodes"] = int(rng.choice([x for x in NODES if x != st["nodes"]]))
        else:
            new["crop"] = int(rng.choice([c for c in range(3) if c != st["crop"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job's timeline: base level per tick, pauses, the reporters' lives, the planned changes."""
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 250, 3000), "eff": rng.uniform(0.85, 0.96)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "crop": int(rng.integers(3))}
    crash_mean = rng.uniform(12, 60) * 3600
    crashes = np.cumsum(rng.exponential(crash_mean, 40))
    k_rel = int(rng.choice(4, p=[0.25, 0.35, 0.25, 0.15]))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_rel) * T):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    eval_every, ck_every = rng.uniform(40, 120) * 60, int(rng.choice([3, 4]))
    R = np.zeros(nt)
    pauses, ramps, lives, known_t = [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0, "ckpts": 0}
    t, first, ci, ri, since, done = 0.0, True, 0, 0, 0.0, False
    while not done and t < T:
        start, nodes = t, st["nodes"]
        su = _dur(rng, "startup" if first else "restart", setting)
        first = False
        pauses.append((t, t + su, "startup"))
        t += su
        lv = _level(cfg, st)
        rp, r0 = _snap(rng.uniform(3, 8) * 60), rng.uniform(0.3, 0.6)
        i0, i1 = int(t / TICK), min(nt, int((t + rp) / TICK))
        R[i0:i1] = lv * np.linspace(r0, 1.0, max(i1 - i0, 0), endpoint=False)
        ramps.append((t, t + _snap(rp / 2)))
        t += rp
        since += rp
        while True:
            while ci < len(crashes) and crashes[ci] < t + 60:
                ci += 1  # a crash due in a pause is not drawn again
            c = crashes[ci] if ci < len(crashes) else np.inf
            r = rel[ri] if ri < len(rel) else np.inf
            if r < t + 60:
                r = t + 60
            e = t + max(eval_every - since, TICK)
            which = int(np.argmin([e, c, r, T]))
            x = max(_snap([e, c, r, T][which]), t + TICK)
            R[int(t / TICK):min(nt, int(x / TICK))] = lv
            since += x - t
            t = x
            if which == 3 or t >= T:
                lives.append((start, t, False, nodes))
                done = True
                break
            if which == 0:
                counts["evals"] += 1
                dur, kind = _dur(rng, "eval", setting), "eval"
                if counts["evals"] % ck_every == 0:
                    dur, kind = dur + _dur(rng, "ckpt", setting), "ckpt"
                    counts["ckpts"] += 1
                pauses.append((t, t + dur, kind))
                t += dur
                since = 0.0
                continue
            if which == 1:
                ci += 1
                counts["crashes"] += 1
                lives.append((start, t, True, nodes))
                down = _dur(rng, "down", setting)
                pauses.append((t, t + down, "crash"))
                t += down
                break
            ri += 1
            counts["relaunches"] += 1
            lives.append((start, t, False, nodes))
            new = _next_stage(rng, cfg, st, lv)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            stop = _dur(rng, "stop", setting) + _snap(rng.uniform(1, 8) * 60)
            pauses.append((t, t + stop, "relaunch"))
            t += stop
            break
    return R, pauses, ramps, lives, known_t, counts, nt


def _jitter(rng, R: np.ndarray) -> np.ndarray:
    """Per-tick factors on the training ticks: an AR(1) of the log (sd 1.5-5 %, correlation 15-60 s), a slow OU
    (sd 1-4 %, 30-180 min), a level per epoch (25-80 min of training; sd 1-3 %) with the loader's worker respawn at
    each epoch's start (10-40 s at 30-70 %), and bursts of oversampled clustered beds (2-8 an hour of training,
    20-120 s each, 75-92 % of the rate: many caps per crop, dear augmentations)."""
    nt = len(R)
    train = R > 0
    m = int(train.sum())
    sd, corr = rng.uniform(0.015, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / corr)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.04), rng.uniform(30, 180) * 60)
    slow = np.interp(np.arange(nt) * TICK, np.arange(len(ou)) * 60.0, ou)
    f = np.exp(ar + slow)
    tt = np.arange(m) * TICK  # training time of each training tick
    ep_len = rng.uniform(25, 80) * 60
    ep = (tt // ep_len).astype(int)
    g = np.exp(rng.normal(0, rng.uniform(0.01, 0.03), ep.max() + 1 if m else 1))[ep]
    dip_len, dip = rng.uniform(10, 40), rng.uniform(0.3, 0.7)
    g[(tt % ep_len < dip_len) & (ep > 0)] *= dip
    k = rng.poisson(rng.uniform(2, 8) * m * TICK / 3600)
    for s, ln, fb in zip(rng.uniform(0, m, k), rng.uniform(4, 24, k), rng.uniform(0.75, 0.92, k)):
        g[int(s):int(s + ln)] *= fb
    f[train] *= g
    return f


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1): ``drop`` (an augmentation worker pool shrinking
    after a worker was OOM-killed on a clustered bed's crops: rises over 2-12 ticks), ``straggler`` (one node's
    depth-image reads from the farm's NAS slow in bursts of a mean 40-300 ticks, calm for a mean of 150-700 at
    0-0.2: every node waits for it), ``leak`` (the augmentation cache growing into swap: ``(s / ramp) ** p``, ``p``
    0.5-2, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(2, 12))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.5, 2.0)
    calm = rng.uniform(0.0, 0.2)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(40, 300), rng.uniform(150, 700), horizon=1e9)
    bad = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(bad, 1.0, calm)


def _offsets(rng, nodes_max: int, T: float, counts: dict):
    """Per node a clock offset function: sd 0.2-2 s; in 25 % of runs node 0's NTP is off: it drifts 20-200 ppm and
    is stepped back every 4-16 h."""
    sd = rng.uniform(0.2, 2.0)
    base = rng.normal(0, sd, nodes_max)
    drift = rng.uniform(20, 200) * 1e-6 if rng.random() < 0.25 else 0.0
    every = rng.uniform(4, 16) * 3600
    if drift:
        counts["clock_steps"] += int(T // every)

    def off(k: int, t: np.ndarray) -> np.ndarray:
        return base[k] + (drift * (t % every) if k == 0 and drift else 0.0)

    return off


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``win`` (rows ``[start, end)``, sorted, disjoint)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    k = rng.poisson(per_day * T / 86400)
    s = np.sort(rng.uniform(0, T, k))
    w = np.column_stack([s, s + rng.uniform(lo, hi, k)])
    keep = [0] if k else []
    for i in range(1, k):  # disjoint
        if w[i, 0] >= w[keep[-1], 1]:
            keep.append(i)
    return w[keep]


def _path(rng, lives: list, T: float, n: int) -> Path:
    """The Mixpanel path's laws (see the module's docstring) for the run's lives; fates fixed from the healthy run."""
    P = rng.uniform(10, 30)
    B = int(rng.choice([b for b in (1, 2, 3) if b * P <= 40]))
    p = Path(P=P, B=B, endpoint="track" if rng.random() < 0.5 else "import",
             query="segmentation" if rng.random() < 0.55 else "export",
             binning="event" if rng.random() < 0.7 else "first", W=int(rng.integers(3, 11)),
             stable_ids=rng.random() < 0.75)
    c = {k: 0 for k in PATH_KEYS}
    c.update(track_refused_old=0, import_refused_future=0, track_time_overwritten=0, first_seen_too_old=0,
             queries_cached=0)
    work = rng.uniform(0.05, 1.0)
    off = _offsets(rng, 4, T, c)
    A, Bv, S, TAU, SEND, BAD = [], [], [], [], [], []  # per event; BAD: lost before any POST
    prev_crash = False
    for ls, le, crashed, nodes in lives:
        reset = None
        if prev_crash and rng.random() < 0.3:  # a node rebooted: its RTC is wrong until chrony steps it
            reset = (int(rng.integers(nodes)), ls + rng.uniform(2, 15) * 60,
                     -rng.uniform(1, 9) * 86400 if rng.random() < 0.7 else rng.uniform(2, 30) * 3600)
        prev_crash = crashed
        for k in range(nodes):
            m = int((le - ls) / P) + 3
            tt = ls + rng.uniform(0, 20) + np.cumsum(P + rng.uniform(0, work, m))
            tt = tt[tt < le]
            if not crashed:
                tt = np.append(tt, le)  # a graceful stop tracks the last interval and flushes
            if len(tt) == 0:
                continue
            a = np.concatenate([[ls], tt[:-1]])
            tau = np.floor(tt + off(k, tt))
            if reset is not None and reset[0] == k:
                r = tt < reset[1]
                tau[r] += np.round(reset[2])
                c["clock_reset_events"] += int(r.sum())
            j = np.arange(len(tt))
            last = np.minimum((j // B + 1) * B - 1, len(tt) - 1)
            send = tt[last]
            bad = np.zeros(len(tt), bool)
            if crashed:  # the partial batch in the buffer dies with the process
                full = (len(tt) // B) * B
                bad[full:] = True
                c["lost_in_crash"] += len(tt) - full
            A.append(a), Bv.append(tt), S.append(np.full(len(tt), 1.0 / nodes)), TAU.append(tau)
            SEND.append(send), BAD.append(bad)
    p.ev_a, p.ev_b, p.ev_share = np.concatenate(A), np.concatenate(Bv), np.concatenate(S)
    tau, send, bad = np.concatenate(TAU), np.concatenate(SEND), np.concatenate(BAD)
    p.counts = c
    _fates(rng, p, tau, send, bad, T, n)
    return p


def _fates(rng, p: Path, tau, send, bad, T: float, n: int) -> None:
    """Each event's POSTs, stored copies, visibility and point (the copies' fates, fixed per run)."""
    c = p.counts
    ep429 = _episodes(rng, T, rng.uniform(0.5, 4), 120, 1200)  # other clients of the project drain its quota
    p_in, p_5xx = rng.uniform(0.5, 0.95), rng.uniform(0.001, 0.005)
    backlog = _episodes(rng, T, rng.uniform(0.3, 2), 300, 2400)
    # one POST per batch: the events sharing a send time (per node) go together
    ub, inv = np.unique(send, return_inverse=True)
    at, acc, alive = ub.copy(), np.full(len(ub), np.nan), np.ones(len(ub), bool)
    for attempt in range(7):
        pend = alive & np.isnan(acc)
        if not pend.any():
            break
        x = at[pend]
        ins = _inside(x, ep429)
        refused = rng.random(len(x)) < np.where(ins, p_in, p_5xx)
        c["refused_429"] += int((refused & ins).sum())
        c["refused_5xx"] += int((refused & ~ins).sum())
        idx = np.nonzero(pend)[0]
        acc[idx[~refused]] = x[~refused] + rng.uniform(0.05, 0.8, int((~refused).sum()))
        if attempt == 6:
            alive[idx[refused]] = False
            c["batches_dropped"] += int(refused.sum())
        else:
            c["retries"] += int(refused.sum())
            at[idx[refused]] = x[refused] + min(60.0, 2.0 * 2 ** attempt) + rng.uniform(1, 5, int(refused.sum()))
    e_acc = acc[inv]
    ok = ~bad & ~np.isnan(e_acc)
    # a timed-out POST that was stored all the same is sent again: a second stored copy
    two = ok & (rng.random(len(ok)) < rng.uniform(0.002, 0.015))
    two_b = np.unique(inv[two])
    two = ok & np.isin(inv, two_b)
    c["stored_twice"] += int(len(two_b))
    src = np.concatenate([np.nonzero(ok)[0], np.nonzero(two)[0]])
    stored = np.concatenate([e_acc[ok], e_acc[two] + rng.uniform(10, 20) + 2 + rng.uniform(1, 5, int(two.sum()))])
    dup = np.concatenate([np.zeros(int(ok.sum()), bool), np.ones(int(two.sum()), bool)])
    tau_c = tau[src].copy()
    now = np.floor(stored)
    old, future = tau_c < now - 5 * 86400, tau_c > now + 3600
    keep = np.ones(len(src), bool)
    if p.endpoint == "track":
        keep &= ~old  # /track drops events older than 5 days (and answers 200)
        c["track_refused_old"] += int(old.sum())
        tau_c[future] = now[future]  # and sets a future time to its ingestion time
        c["track_time_overwritten"] += int(future.sum())
    else:
        keep &= ~future  # /import refuses a time over an hour ahead
        c["import_refused_future"] += int(future.sum())
    lat = np.exp(rng.normal(np.log(rng.uniform(3, 20)), 0.6, len(src)))
    lat += np.where(_inside(stored, backlog), rng.uniform(60, 600, len(src)), 0.0)
    p.src, p.tau, p.seen, p.dup = src[keep], tau_c[keep], (stored + lat)[keep], dup[keep]
    _monitor(rng, p, n)


def _monitor(rng, p: Path, n: int) -> None:
    """The monitor's queries (one a minute at 5-50 s past it on its own clock, the last ``W`` minutes; 1-8 % refused
    by the query API's hourly limit; a segmentation answer served from its cache, 5-20 % in 30 % of runs, holds the
    previous answer) and each copy's point."""
    c = p.counts
    nq = n + p.W + 5
    q = np.arange(nq) * STEP + rng.uniform(5, 50)
    refused = rng.random(nq) < rng.uniform(0.01, 0.08)
    cached = np.zeros(nq, bool)
    if p.query == "segmentation" and rng.random() < 0.3:
        cached = ~refused & (rng.random(nq) < rng.uniform(0.05, 0.2))
    c["queries_refused"] += int(refused[:n].sum())
    c["queries_cached"] += int(cached[:n].sum())
    eff = q.copy()
    for i in np.nonzero(cached)[0]:
        eff[i] = eff[i - 1] if i else 0.0
    valid = np.nonzero(~refused)[0]
    qv, ev = q[valid], np.maximum.accumulate(eff[valid])
    if p.binning == "event":
        m = np.floor(p.tau / STEP).astype(int)
        j = np.searchsorted(qv, (m + p.W) * STEP, side="right") - 1
        ok = (j >= 0) & (p.seen <= ev[np.maximum(j, 0)])
        c["late_for_minute"] += int((~ok & (m >= 0) & (m < n)).sum())
        point = np.where(ok, m, -1)
    else:
        j = np.searchsorted(ev, p.seen, side="left")
        inq = j < len(valid)
        jj = np.minimum(j, len(valid) - 1)
        ok = inq & (p.tau >= qv[jj] - p.W * STEP)
        c["first_seen_too_old"] += int((inq & ~ok).sum())
        point = np.where(ok, valid[jj], -1)
    if p.stable_ids and (p.query == "segmentation" or p.binning == "first"):
        point = np.where(p.dup, -1, point)  # deduplicated by ``$insert_id`` (the query, or the monitor's own set)
    c["counted_twice"] += int((p.dup & (point >= 0)).sum())
    true_m = np.floor(p.ev_b[p.src] / STEP).astype(int)
    c["other_minute"] += int(((point >= 0) & (point != true_m)).sum())
    p.point = np.where(point < n, point, -1)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per point for the images per tick ``J`` (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    cnt = p.ev_share * (np.interp(p.ev_b, edges, C) - np.interp(p.ev_a, edges, C))
    w = p.point >= 0
    return np.bincount(p.point[w], weights=cnt[p.src[w]], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the healthy run, read through the path."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    R, pauses_t, ramps, lives, known_t, counts, nt = _schedule(rng, n, pauses)
    J = R * TICK * _jitter(rng, R)
    run = Run(n=n, dt=STEP, nt=nt, J=J, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t, counts=counts)
    run.path = _path(rng, lives, nt * TICK, n)
    h = _reads(run, J)
    spans = []
    marks = [(a, b) for a, b, _ in pauses_t] + list(ramps)
    for s, e in sorted((int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1) for a, b in marks):
        if s < n:
            hc.add_span(spans, max(s, 0), min(e, n))
    zero = np.nonzero(h <= 0)[0]
    allsp = sorted(spans + [(int(i), int(i) + 1) for i in zero])
    spans = []
    for s, e in allsp:
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    run.path.counts["unread_minutes"] = int(len(zero))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in known_t], spans, n)
    return run, h, spans, live, changes


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want``: its ticks' images lost by a share ``a w`` (``_weight``), carried through
    the same events and reads; onset 30 % at a pause's end; a drawn target loss (drop 8-33 %, straggler 10-30 %,
    leak 12-35 % over its plateau) sets ``a`` (refused above 1)."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
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
        i0, i1 = int(t0 / TICK), run.nt if to_end else min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = w * run.J[i0:i1]
        m1 = _reads(run, lost)
        nz = np.nonzero(m1 > 0)[0]
        if len(nz) == 0:
            continue
        on, end = int(nz[0]), (n if to_end else int(nz[-1]) + 1)
        if on < lo or (not to_end and end > hi) or end - on < 60 or any(on <= x < end for x in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        c0 = on if kind != "leak" else max(on, ramp_end - ramp // 10)
        hs = healthy[c0:end][live[c0:end]].sum()
        if hs <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / m1[c0:end][live[c0:end]].sum()
        if not 0 < a <= 1:
            continue
        m = a * m1
        v = healthy - m
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, m[on:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout212(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout212_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT212_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout212, seeds, n, pauses)
