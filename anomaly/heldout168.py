"""The hundred-and-sixty-eighth held-out throughput family: a weed-detection model's training images/s for a precision
sprayer (a one-stage detector / segmenter over RGB frames from boom and field-robot cameras; frames decoded, tiled,
colour- and blur-augmented on CPU workers, rare weed species oversampled), read through Supabase Realtime: each node's
reporter inserts a row (its clock's time, its images since its last row) every 15-30 s through PostgREST, and a
monitor subscribed to the table's INSERT events (``postgres_changes`` over a websocket) sums images per minute.

(No generator's head names Supabase, Realtime, PostgREST, a websocket, Postgres, a replication slot,
``postgres_changes``, row-level security, a weed, a sprayer, a crop row, agriculture, a field robot or precision
(``grep -ic`` on the first 3 lines of every generator, saved to ``/tmp/s62/heads168.txt``: 0 each); "insert" matches 5
heads, "notify" and "listen" 1 (generator 124's NOTIFY: Postgres's own LISTEN/NOTIFY, not Realtime's logical
replication), "channel" 4, "detector" 22, "one-stage" 3, "tile" 17, "oversampl" 9, "images/s" 19 (common words: the
job and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, ``sed -n '541,$p'`` after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one long print cut its middle, so lines
305-537 were printed again, and a ``grep -n`` of its ``def`` lines), ``tests/trace_checks.py`` (all: its first 200
lines printed again after the same cut print), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines
1-110, the first 3 lines of every generator (``head -3`` into ``/tmp/s62/heads168.txt``, printed, its display cut in
the middle; ``grep -ic`` for the words above, and a ``grep -io`` that printed nothing), ``wc -l`` of
``heldout_common.py`` and ``trace_checks.py``, ``ls anomaly/heldout*.py | wc -l``. Slips: none. The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Supabase's "Realtime Limits" / "Realtime Quotas" pages
(supabase.com/docs/guides/realtime/limits and /quotas: concurrent clients 200 / 500 / 10,000, messages per second 100
/ 500 / 2,500, channel joins per second 100 / 500 / 2,500, 100 channels per client, Postgres change payloads 1,024 KB;
past a limit "errors will appear in the backend logs and client-side messages in the WebSocket connection");
supabase/realtime PRs #1691 (the socket disconnected when the join rate limit is reached), #1487 (the rate counter),
#157 and #154 (the replication slot dropped when its lag passes ``MAX_REPLICATION_SLOT_MB`` or a WAL segment it needs is
gone: "could cause database changes to be lost") and #1847 (a lag watchdog); the self-hosting Realtime page
(supabase.com/docs/reference/self-hosting-realtime/introduction: Realtime RLS polls logical decoding with wal2json and
asks a WALRUS function which subscribers each change may reach under row-level security); "Subscribing to Database
Changes" (Postgres Changes "does not scale as well as Broadcast"); supabase discussion #22484 (Realtime with RLS
"hammering our database resources"); issues on missed events: supabase-kt #255 and supabase-dart #93 / supabase-flutter
#90 (no queue on the Realtime server, events sent while a client is offline are lost, re-fetch yourself),
realtime-py #213 and #258 (an auto-reconnect that rejoins without its ``postgres_changes``), realtime-js #133 (missed
heartbeats, reconnects, "data can be silently lost during reconnect"); the database timeouts page (a vercel preview of
supabase.com/docs/guides/database/timeouts: statements capped at 3 s for ``anon``, 8 s for ``authenticated``, 2 min
globally); client configurations in public code (heartbeats every 15-30 s, back-offs of 1-10 s: examples, not
defaults); supabase/realtime ``postgres/mnt/00-conf.sql`` (the ``supabase_realtime`` publication and a logical slot).
On the job: the GrowingSoy paper (arXiv 2406.00313: YOLOv8 instance segmentation of soy and weeds over growth stages),
a GenAI-augmentation paper for weed detection (arXiv 2411.18513: flips, colour changes and blurring as the usual
augmentations, YOLO nano models for edge devices), a YOLOv3 spotted-spurge targeted-spraying study (Weed Technology
2024, doi 10.1017/wet.2024.7). Not read (from memory, unchecked): whether Realtime's slot for Postgres Changes is
temporary (here rows committed between a restart and the slot's return are never streamed), PostgREST's or the API
gateway's 429s and ``Retry-After``, what Realtime does to a channel whose JWT expires, whether ``commit_timestamp``
is the commit's or the statement's time, and the real client defaults (heartbeat, rejoin back-off).

Assumed without checking (the job): 1-4 nodes (35/30/20/15 %) of 1, 2, 4 or 8 GPUs (15/35/35/15 %), 0.85-0.97 per
doubling; a GPU trains 40-400 images/s (log-uniform) at 640 px on the small ("s") model; images of 512, 640 or 800 px
(GPU cost as the area, CPU cost as the side) and the n, s or m model (GPU cost 0.45, 1, 2.1); the CPU workers
(decode, tiling, colour and blur augmentation, rare-species oversampling) feed 1.1-2.5 times the GPUs at the start;
a step waits for the slower side (a soft maximum). Frames come one field session at a time: a session lasts 6-40 min
of training (log-uniform), its own factor (sd 3-8 %), a quarter of them dense with oversampled rare weeds (5-12 %
dearer), and its first frames fetched for 4-20 s at 30-70 % of the rate; per 5-s tick an AR(1) of the log (sd 2-5 %,
correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Epochs of 20-80 min of training at the first stage's
rate, each ended by a validation (mAP over a held-out field set: 1.5-5 min, "long" 8-20), every 2nd to 4th also a
checkpoint upload (20-90 s, "long" 2-6 min). Relaunches: 0-3 (20/35/30/15 %) at 15-85 % of the run, an hour apart
or more, each a larger image size, a larger model, copy-paste augmentation of rare weeds (at most twice, CPU 1.25-1.5
times dearer) or, 1 in 6, a node more or less; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up
3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min (its first half paused); crashes (exponential, mean
12-48 h; the epoch restarts from its checkpoint): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20)
and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): each node's reporter starts 0-2 s after training does and inserts a row (its clock's time,
its images since its last row: the job's images over the node count) every ``P`` s, ``P`` 15, 20 or 30 (30/40/30 %),
on a fixed-rate timer (0-0.3 s late each time) in half the runs and a sleep loop (each interval ``P`` plus 0-2 ``w``
s of its own work, ``w`` 0.02-0.3) in the others; a crash loses the interval under way, a graceful stop inserts it. An
insert takes 30-300 ms, or 0.2-12 s while the database is busy (0.5-4 episodes a day, 2-20 min: the fleet's other
writers and the per-subscriber RLS checks), where one over 8 s is cancelled by the statement timeout; it is refused
while the project restarts (0.1-0.8 a day, the database down 20-240 s) and, with probability 0.5-0.95, inside 429
episodes (0.3-3 a day, 1-10 min); a refused insert is tried again after 2, 4, 8 and 16 s (+-20 %), and after its fifth
try given up: its images carried into the node's next stored row of the same process (60 % of runs) or lost. 0.2-1 %
of stored tries lose their response and are sent again 10 s and a back-off later: two rows, two ids, one body.
Realtime streams each row at its commit time plus a lag (0.05-0.5 s, plus a triangle peaking at 5-120 s over each busy
episode); after a restart its slot comes back 5-60 s after the database, and the rows committed between are never
streamed. The monitor's websocket drops at network blips (2-12 a day, 1-40 s, plus up to 30 s until a heartbeat finds
it, plus a 1-6 s rejoin), at each restart (until the slot is back, plus 1-5 s), in quota episodes (0.2-1.5 a day, 2-15
min: the project's other clients over its messages per second; the monitor kicked every 5-40 s for 1-10 s) and, in a
quarter of runs, for 2-30 s each hour when its token expires unrefreshed; a row streamed while it is away is lost. In
half the runs it re-reads the table after each reconnect (the rows committed from 0-3 s before the drop to the
reconnect, counted into minutes still open), and in half of those it drops a row id it has counted (the others count
a row both streamed and re-read twice). It bins rows by their commit time (half the runs) or by their own time (each
node's clock off by sd 0.1-1.5 s; in a quarter of runs node 0 drifts 10-80 ppm and is stepped back 0.5-3 times a
day), and closes a minute 10-45 s after its end on its own clock (sd 0.3 s off, in 15 % of runs 2-15 s): a row
arriving later is lost. A point is the minute's images over 60 s (0: none read). The reads are linear in the
images; the rows' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (a ramp's first half included), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same rows and reads): ``drop`` (a loader worker killed
by the OOM killer on a large frame and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks),
``straggler`` (the frame store's reads slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the augmentation workers' memory growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then
held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set
from the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout168_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      12    9          9     0.085-0.291  17              1-22 (1320, 0 >60)
long      30      10    11         9     0.093-0.298  17              1-96 (945, 19 >60)

Planned changes listed: short 17, long 21 (of 17 and 21 relaunches; none kept its stage); crashes 49 and 40. The path
over each set (counts): short: inserts refused with 429 5240, refused while the database was down 855, cancelled by
the statement timeout 2698, retries 8102, rows given up 691, stored twice 2272, project restarts 18, rows lost in a
slot's gap 131, blips 358, quota kicks 808, token expiries 200, rows missed while disconnected (not re-read) 1443, rows
re-read 505, copies counted twice 29, rows arriving after their minute closed 1564, rows in another minute than their
making's 4497, unread minutes 196, intervals lost in a crash 49, clock steps 11; long: 6694, 1941, 3691, 11248, 1078,
2867, 24, 209, 441, 776, 298, 1195, 2115, 178, 1999, 5427, 121, 40, 26. The reads' sum over the live points against
the job's images: 0.993-1.006 per seed (short), 0.994-1.008 (long); the live points' minute-to-minute change (median
``|d log|`` per seed) 2.0-5.5 % (short), 2.6-6.6 % (long), its 99th percentile 34-115 % (short), 33-68 % (long; a
sleep loop's row now and then falls into the next minute: one point low, the next high); the live median level
18-2,113 images/s (short), 29-2,868 (long). Before the first measure: none (the first measure was both sets' 12 seeds
at 3,000 points, and 4 seeds' healthy runs at 6,000). Changes of the laws after it: one: ``P`` was uniform in 15-30 s
on a timer, so a minute held 2 or 3 rows by turns (the median ``|d log|`` 6-35 %, the sum per minute aliasing the
reporter's period more than I meant); now ``P`` is 15, 20 or 30 s, on a timer or a sleep loop. The tests check the
laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT168_SEEDS = tuple(range(1682000, 1682012))
CODE = 168
TICK = 5.0  # s: the job's samples are drawn per tick
STEP = 60.0  # s: one point is one minute of the monitor's bins
K = int(STEP / TICK)
EPOCH = 1_790_000_040  # the first minute's start (unix s, a multiple of 60)
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
# pause lengths (s), per setting ("short", "long")
DUR = {"startup": ((180, 600), (1500, 3600)), "eval": ((90, 300), (480, 1200)), "ckpt": ((20, 90), (120, 360)),
       "down": ((60, 240), (360, 1080)), "restart": ((120, 360), (480, 1200)), "stop": ((60, 180), (300, 720)),
       "ramp": ((120, 360), (120, 360))}
SPANS = {"short": (1, 40), "long": (1, 100)}  # the pause spans' lengths (points) the tests allow
SIZES = (512, 640, 800, 1024)  # training image sizes (px)
MODEL = (0.45, 1.0, 2.1, 3.6)  # GPU cost of the n / s / m / l models against s
PATH_KEYS = ("refused_429", "refused_down", "statement_timeouts", "retries", "rows_given_up", "stored_twice",
             "db_restarts", "slot_gap_rows", "blips", "quota_kicks", "jwt_expiries", "missed_disconnected",
             "refetched", "counted_twice", "late", "other_minute", "unread_minutes", "crash_lost")


@dataclass
class Path:
    """The collection path's draws and each copy's fate (the healthy run's: regressions do not change them)."""

    P: float
    carry: bool
    refetch: bool
    dedup: bool
    by_commit: bool
    grace: float
    work: float = 0.0  # s: the sleep loop's mean extra per interval (0: a fixed-rate timer)
    tick_idx: np.ndarray = None  # per (tick, node): the tick, its row and its share of the job's images
    tick_row: np.ndarray = None
    tick_w: np.ndarray = None
    nrows: int = 0
    rows_t: np.ndarray = None  # per row: its creation time, its node, its life and its first commit (nan: given up)
    rows_node: np.ndarray = None
    rows_life: np.ndarray = None
    rows_commit: np.ndarray = None
    cp_row: np.ndarray = None  # per counted copy: its row, its minute and how many times it counts
    cp_m: np.ndarray = None
    cp_cnt: np.ndarray = None
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    dt: float
    nt: int
    J: np.ndarray
    pauses_t: list
    lives: list
    restarts: list
    known_t: list
    stages: list
    counts: dict
    path: Path = None
    life_nodes: list = None  # each life's node count


def _u(rng, lo_hi) -> float:
    return float(rng.uniform(*lo_hi))


def _dur(rng, kind: str, s: int) -> float:
    return _u(rng, DUR[kind][s])


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at stage ``st``: a step waits for the slower of the GPUs and the CPU workers."""
    sz = SIZES[st["size"]] / 640.0
    g_all = cfg["gpus"] * st["nodes"]
    gpu = cfg["gpu"] * g_all * cfg["eff"] ** np.log2(g_all) / (sz * sz * MODEL[st["model"]])
    cpu = cfg["cpu"] * st["nodes"] * (SIZES[cfg["size0"]] / SIZES[st["size"]]) / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a larger image size or model, copy-paste augmentation of rare weeds (at most twice) or, 1
    in 6, a node more or less; redrawn until the level moves by 15 % (1/3 to 3 times). The old stage when none does."""
    for _ in range(50):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(np.clip(st["nodes"] + rng.choice([-1, 1]), 1, 4))
        elif r < 0.45:
            new["size"] = min(3, st["size"] + 1)
        elif r < 0.75:
            new["model"] = min(3, st["model"] + 1)
        else:
            new["aug"] = min(2, st["aug"] + 1)
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _config(rng) -> tuple[dict, dict]:
    cfg = {"gpus": int(rng.choice([1, 2, 4, 8], p=[0.15, 0.35, 0.35, 0.15])),
           "gpu": hc.log_uniform(rng, 40, 400), "eff": rng.uniform(0.85, 0.97), "size0": int(rng.integers(0, 3)),
           "aug_c": rng.uniform(1.25, 1.5)}
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.35, 0.3, 0.2, 0.15])), "size": cfg["size0"],
          "model": int(rng.integers(0, 3)), "aug": 0}
    sz = SIZES[cfg["size0"]] / 640.0
    node_gpu = cfg["gpu"] * cfg["gpus"] * cfg["eff"] ** np.log2(cfg["gpus"]) / (sz * sz * MODEL[st["model"]])
    cfg["cpu"] = rng.uniform(1.1, 2.5) * node_gpu
    return cfg, st


def _schedule(rng, n: int, pauses: str) -> Run:
    """The job's timeline: start-ups with their ramps, epochs each ended by a validation (every few a checkpoint),
    crashes and planned relaunches; then its images per tick."""
    s = hc.SETTINGS[pauses]
    T = n * STEP
    nt = n * K
    cfg, st = _config(rng)
    k_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel = np.sort(rng.uniform(0.15, 0.85, k_rel)) * T
    rel = [float(x) for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= 3600]
    crash_mean = hc.log_uniform(rng, 12, 48) * 3600
    epoch_min = rng.uniform(20, 80)
    ck_every = int(rng.integers(2, 5))
    E_img = epoch_min * 60 * _level(cfg, st)
    pauses_t, lives, restarts, known_t, segs, ramps = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "epochs": 0}
    stages = [dict(st)]

    def start(t: float, kind: str) -> float:
        """A start-up pause from ``t`` and the ramp after it (its first half paused): the training start."""
        d = _dur(rng, "startup", s) if kind == "startup" else _dur(rng, "restart", s)
        pauses_t.append((t, t + d, kind))
        t += d
        r = _dur(rng, "ramp", s)
        ramps.append((t, r, rng.uniform(0.4, 0.75)))
        pauses_t.append((t, t + r / 2, "ramp"))
        return t

    t = start(0.0, "startup")
    life0, done, sid, n_ep = t, 0.0, 0, 0
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        lv = _level(cfg, st)
        t_ep = t + (E_img - done) / lv
        t_rl = rel[ri] if ri < len(rel) else np.inf
        t_next = min(t_ep, max(next_crash, t), max(t_rl, t), T)
        if t_next > t:
            segs.append((t, t_next, sid))
            done += lv * (t_next - t)
        t = t_next
        if t >= T:
            break
        if t == t_ep:
            n_ep += 1
            done = 0.0
            d = _dur(rng, "eval", s)
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_ep % ck_every == 0:
                d = _dur(rng, "ckpt", s)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
        elif t == max(next_crash, t) and next_crash <= t_rl:
            counts["crashes"] += 1
            lives.append((life0, t, False))
            d = _dur(rng, "down", s)
            pauses_t.append((t, t + d, "crash"))
            restarts.append((t, t + d, True))
            t = start(t + d, "restart")
            life0, done = t, 0.0
            next_crash = t + rng.exponential(crash_mean)
        else:
            ri += 1
            counts["relaunches"] += 1
            lives.append((life0, t, True))
            d = _dur(rng, "stop", s) + rng.uniform(60, 300)  # stopped, then queued
            pauses_t.append((t, t + d, "relaunch"))
            new = _next_stage(rng, cfg, st, lv)
            restarts.append((t, t + d, new["nodes"] == st["nodes"]))
            if new is st:
                counts["kept_stage"] += 1
            t = start(t + d, "startup")
            if new is not st and t < T:
                known_t.append(t)
            st = new
            stages.append(dict(st))
            sid = len(stages) - 1
            life0, done = t, 0.0
    lives.append((life0, np.inf, True))
    counts["epochs"] = n_ep
    J = _images(rng, cfg, stages, segs, ramps, T, nt)
    run = Run(n=n, dt=STEP, nt=nt, J=J, pauses_t=pauses_t, lives=lives, restarts=restarts, known_t=known_t,
              stages=stages, counts=counts)
    run.life_nodes = [stages[_stage_at(segs, a)]["nodes"] for a, b, g in lives]
    return run


def _stage_at(segs, t: float) -> int:
    for a, b, sid in segs:
        if b > t:
            return sid
    return segs[-1][2] if segs else 0


def _ar1(e: np.ndarray, a: float) -> np.ndarray:
    """``x[i] = e[i] + a * x[i - 1]`` from ``x[-1] = 0``."""
    out, x = [], 0.0
    for v in e.tolist():
        x = v + a * x
        out.append(x)
    return np.array(out)


def _images(rng, cfg, stages, segs, ramps, T: float, nt: int) -> np.ndarray:
    """Images per tick: the stage's level over the tick's training time, times the field session's factor (and its
    opening stall), a ramp after each start, a fast AR(1) and a slow OU of the log."""
    t0 = np.arange(nt) * TICK
    lvl = np.zeros(nt)
    for a, b, sid in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(b, t0[i0:i1] + TICK) - np.maximum(a, t0[i0:i1])
        lvl[i0:i1] += np.maximum(ov, 0) * _level(cfg, stages[sid])
    mid = t0 + TICK / 2
    ramp = np.ones(nt)
    for a, r, f0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil((a + r) / TICK)))
        ramp[i0:i1] = np.clip(f0 + (1 - f0) * (mid[i0:i1] - a) / r, f0, 1)
    # field sessions (shards) along the training time: their own factor, a stall while the first frames are fetched
    tt = np.cumsum(lvl > 0) * TICK
    m = int(tt[-1] / 300) + 5
    lens = np.exp(rng.uniform(np.log(360), np.log(2400), m))
    sd = rng.uniform(0.03, 0.08)
    fac = np.exp(rng.normal(0, sd, m)) * np.where(rng.random(m) < 0.25, rng.uniform(0.88, 0.95, m), 1.0)
    stall = rng.uniform(4, 20, m)
    stall_f = rng.uniform(0.3, 0.7, m)
    bounds = np.concatenate([[0.0], np.cumsum(lens)])
    sh = np.minimum(np.searchsorted(bounds, tt, side="right") - 1, m - 1)
    into = tt - bounds[sh]
    shard = fac[sh] * np.where(into < stall[sh], stall_f[sh], 1.0)
    a_sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = _ar1(rng.normal(0, a_sd * np.sqrt(1 - a * a), nt), a)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow = np.repeat(ou[: nt // K + 1], K)[:nt]
    return lvl * ramp * shard * np.exp(ar + slow - 0.5 * a_sd ** 2)


def _merge(win) -> np.ndarray:
    """Windows ``(start, end)`` sorted and merged where they overlap."""
    if len(win) == 0:
        return np.zeros((0, 2))
    w = np.array(sorted(win), float)
    out = [list(w[0])]
    for a, b in w[1:]:
        if a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out)


def _inside(x, win) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the merged windows ``win`` (``[start, end)``)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> list:
    k = rng.poisson(per_day * T / DAY)
    starts = np.sort(rng.uniform(0, T, k))
    return [(float(a), float(a + rng.uniform(lo, hi))) for a in starts]


def _path(rng, run: Run) -> Path:
    """The collection path: rows inserted through PostgREST (429s, a project's restarts, statement timeouts,
    retries, rows stored twice), streamed by Realtime (a replication slot's lag and its gaps after a restart) to a
    monitor whose websocket drops (blips, quota kicks, an expired token) and who may re-read the table, binned per
    minute of the row's own time or of its commit time, a minute closed ``grace`` s after its end."""
    n, nt, T = run.n, run.nt, run.n * STEP + 120
    p = Path(P=float(rng.choice([15.0, 20.0, 30.0], p=[0.3, 0.4, 0.3])), carry=rng.random() < 0.6,
             refetch=rng.random() < 0.5, dedup=rng.random() < 0.5, by_commit=rng.random() < 0.5,
             grace=rng.uniform(10, 45))
    p.work = rng.uniform(0.02, 0.3) if rng.random() < 0.5 else 0.0
    c = {k: 0 for k in PATH_KEYS}
    # the project's restarts: the database down, then Realtime's slot back later (rows committed before: never streamed)
    restarts = _episodes(rng, T, rng.uniform(0.1, 0.8), 20, 240)
    db_down = _merge(restarts)
    gaps = [(b, b + rng.uniform(5, 60)) for a, b in restarts]
    slot_gap = _merge(gaps)
    c["db_restarts"] = len(restarts)
    r429 = _merge(_episodes(rng, T, rng.uniform(0.3, 3), 60, 600))
    q429 = rng.uniform(0.5, 0.95)
    load = _episodes(rng, T, rng.uniform(0.5, 4), 120, 1200)  # the database busy: slow inserts, replication lag
    load_w = _merge(load)
    lag_base = rng.uniform(0.05, 0.5)
    peaks = [rng.uniform(5, 120) for _ in load]
    p_dup = rng.uniform(0.002, 0.01)
    # the monitor's disconnections: blips (found at a heartbeat), restarts, quota kicks, an expired token
    disc = []
    for a, b in _episodes(rng, T, rng.uniform(2, 12), 1, 40):
        disc.append((a, b + rng.uniform(0, 30) + rng.uniform(1, 6)))
    c["blips"] = len(disc)
    disc += [(a, g1 + rng.uniform(1, 5)) for (a, b), (g0, g1) in zip(restarts, gaps)]
    for a, b in _episodes(rng, T, rng.uniform(0.2, 1.5), 120, 900):
        t = a + rng.uniform(5, 40)
        while t < b:
            d = rng.uniform(1, 10)
            disc.append((t, t + d))
            c["quota_kicks"] += 1
            t += d + rng.uniform(5, 40)
    if rng.random() < 0.25:  # the monitor's token refresh broken: its channel closed when the JWT expires (1 h)
        t = rng.uniform(0, 3600)
        while t < T:
            d = rng.uniform(2, 30)
            disc.append((t, t + d))
            c["jwt_expiries"] += 1
            t += d + 3600
    disc = _merge(disc)
    mon_off = rng.normal(0, 0.3) if rng.random() < 0.85 else rng.choice([-1, 1]) * rng.uniform(2, 15)

    # rows: per life and node, every P s from the training start (a crash loses the interval under way)
    rows_t, rows_node, rows_life, tick_idx, tick_row, tick_w = [], [], [], [], [], []
    base = 0
    for li, ((a, b, graceful), nodes) in enumerate(zip(run.lives, run.life_nodes)):
        if a >= T:
            break
        end = min(b, T)
        for k in range(nodes):
            k_rows = int((end - a) / p.P) + 1
            if p.work > 0:  # a sleep loop: each interval P plus the reporter's own work
                tr = a + rng.uniform(0, 2) + np.cumsum(p.P + rng.uniform(0, 2 * p.work, k_rows))
            else:  # a fixed-rate timer: P apart, a little late each time
                tr = a + rng.uniform(0, 2) + p.P * np.arange(1, k_rows + 1) + rng.uniform(0, 0.3, k_rows)
            tr = tr[tr < end]
            if graceful and b < T:
                tr = np.append(tr, b)  # a graceful stop flushes its last interval
            elif b < T and k == 0:
                c["crash_lost"] += 1
            i0, i1 = int(a // TICK), min(nt, int(np.ceil(end / TICK)))
            j = np.searchsorted(tr, (np.arange(i0, i1) + 1) * TICK, side="left")
            ok = j < len(tr)
            tick_idx.append(np.arange(i0, i1)[ok])
            tick_row.append(base + j[ok])
            tick_w.append(np.full(int(ok.sum()), 1.0 / nodes))
            rows_t.append(tr)
            rows_node.append(np.full(len(tr), k))
            rows_life.append(np.full(len(tr), li))
            base += len(tr)
    tr = np.concatenate(rows_t)
    node = np.concatenate(rows_node)
    life = np.concatenate(rows_life)
    R = len(tr)
    # node clocks: an offset each; node 0 unsynchronised in a quarter of runs (drifting, stepped back now and then)
    off = rng.normal(0, rng.uniform(0.1, 1.5), 4)[node]
    c["clock_steps"] = 0
    if rng.random() < 0.25:
        steps = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
        c["clock_steps"] = len(steps)
        drift = rng.uniform(10, 80) * 1e-6 * rng.choice([-1, 1])
        last = np.concatenate([[0.0], steps])[np.searchsorted(steps, tr, side="right")]
        off = off + np.where(node == 0, drift * (tr - last), 0.0)
    own = tr + off
    # inserts: tried up to 5 times (backoff 2, 4, 8, 16 s); refused while the database is down, in 429 episodes,
    # or when the statement times out (8 s) under load; a response lost after a commit: the row stored twice
    commit = np.full(R, np.nan)
    commit2 = np.full(R, np.nan)
    t_att = tr.copy()
    pending = np.ones(R, bool)
    for att in range(5):
        down = _inside(t_att, db_down)
        ref = _inside(t_att, r429) & (rng.random(R) < q429)
        busy = _inside(t_att, load_w)
        lat = np.where(busy, rng.uniform(0.2, 12, R), rng.uniform(0.03, 0.3, R))
        slow = ~down & ~ref & (lat > 8)
        ok = pending & ~down & ~ref & ~slow
        c["refused_down"] += int((pending & down).sum())
        c["refused_429"] += int((pending & ref & ~down).sum())
        c["statement_timeouts"] += int((pending & slow).sum())
        commit[ok] = t_att[ok] + lat[ok]
        dup = ok & (rng.random(R) < p_dup)
        t2 = commit + 10 + 2 * 2 ** att
        dup &= ~_inside(np.nan_to_num(t2), db_down)
        commit2[dup] = t2[dup] + 0.1
        c["stored_twice"] += int(dup.sum())
        pending &= ~ok
        c["retries"] += int(pending.sum()) if att < 4 else 0
        t_att = t_att + 2 * 2 ** att * rng.uniform(0.8, 1.2, R) + lat * slow
    c["rows_given_up"] = int(pending.sum())
    p.rows_t, p.rows_node, p.rows_life, p.rows_commit = tr, node, life, commit
    # a given-up row: its images carried into the node's next stored row of the same life (or lost)
    dest = np.arange(R)
    dest[pending] = -1
    if p.carry:
        nxt = -1
        for r in range(R - 1, -1, -1):
            if r + 1 < R and (node[r + 1] != node[r] or life[r + 1] != life[r]):
                nxt = -1
            if not pending[r]:
                nxt = r
            else:
                dest[r] = nxt
    tick_idx = np.concatenate(tick_idx)
    tick_row = dest[np.concatenate(tick_row)]
    tick_w = np.concatenate(tick_w)
    keep = tick_row >= 0
    p.tick_idx, p.tick_row, p.tick_w, p.nrows = tick_idx[keep], tick_row[keep], tick_w[keep], R
    # each stored copy: its minute, its delivery (lag, slot gaps, disconnections, the minute closed) and the re-read
    cr = np.concatenate([np.nonzero(~np.isnan(commit))[0], np.nonzero(~np.isnan(commit2))[0]])
    ct = np.concatenate([commit[~np.isnan(commit)], commit2[~np.isnan(commit2)]])
    bt = ct if p.by_commit else own[cr]
    m = np.floor(bt / STEP).astype(int)
    lag = np.full(len(ct), lag_base)
    for (a, b), pk in zip(load, peaks):
        x = (ct - a) / (b - a)
        lag += np.where((x >= 0) & (x <= 1), pk * (1 - np.abs(2 * x - 1)), 0.0)
    arrive = ct + lag + rng.uniform(0.02, 0.2, len(ct))
    close = (m + 1) * STEP + p.grace - mon_off
    gap = _inside(ct, slot_gap)
    away = _inside(arrive, disc)
    late = arrive > close
    stream = ~gap & ~away & ~late
    c["slot_gap_rows"] = int(gap.sum())
    c["late"] = int((~gap & ~away & late).sum())
    refetch = np.zeros(len(ct), bool)
    if p.refetch and len(disc):
        back = disc[:, 1] + 0.5
        i = np.minimum(np.searchsorted(back, ct, side="left"), len(disc) - 1)
        margin = rng.uniform(0, 3)
        refetch = (ct >= disc[i, 0] - margin) & (ct <= back[i]) & (close > back[i])
    cnt = stream.astype(int) + refetch.astype(int)
    if p.dedup:
        cnt = np.minimum(cnt, 1)
    c["missed_disconnected"] = int((~gap & away & ~refetch).sum())
    c["refetched"] = int((refetch & ~stream).sum())
    c["counted_twice"] = int((cnt == 2).sum())
    c["other_minute"] = int((m != np.floor(tr[cr] / STEP)).sum())
    sel = (cnt > 0) & (m >= 0) & (m < n)
    p.cp_row, p.cp_m, p.cp_cnt = cr[sel], m[sel], cnt[sel].astype(float)
    p.counts = c
    return p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute of ``J`` images per tick: linear in ``J``, through the healthy run's fates."""
    p = run.path
    rs = np.bincount(p.tick_row, weights=J[p.tick_idx] * p.tick_w, minlength=p.nrows)
    return np.bincount(p.cp_m, weights=rs[p.cp_row] * p.cp_cnt, minlength=run.n)[: run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    (a ramp's first half included), or where it reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    mask = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s < n:
            mask[max(s, 0):min(e, n)] = True
    trained = np.bincount(np.arange(run.nt) // K, weights=run.J, minlength=n)[:n] > 0
    unread = healthy <= 0
    run.path.counts["unread_minutes"] = int((unread & ~mask & trained).sum())
    mask |= unread
    spans = []
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        spans.append((int(s), int(e)))
    live = ~mask
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a loader worker killed and not respawned: the CPU side's share gone within a few ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":  # the frame store's reads slowed in bursts
        calm = rng.uniform(0.05, 0.25)
        w = np.full(length, calm)
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
        for a, b in zip(edges[0::2], edges[1::2]):
            w[int(a):int(b)] = 1.0
        return w
    p = rng.uniform(0.6, 1.8)  # a leak: the augmentation workers' memory growing into swap
    return np.where(s < ramp, (s / max(ramp, 1)) ** p, 1.0)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, kind in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        den, hs = m[c0:stop][lv].sum(), healthy[c0:stop][lv].sum()
        if den <= 0 or hs <= 0 or target * hs / den > 1:
            continue
        mm = m * (target * hs / den)
        v = np.maximum(healthy - mm, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        s0, end = span
        if any(s0 <= c < end for c in changes):
            continue
        ramp_end = min(int((i0 + ramp * K) * TICK // STEP), n) if kind == "leak" else s0
        if kind == "leak" and not s0 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, s0, ramp_end, end, n, (ramp_end - s0) // 3)
        if depth is not None:
            return Event(kind, s0, ramp_end, end, round(depth, 4)), (0, mm)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout168(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout168_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT168_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout168, seeds, n, pauses)
