"""The hundred-and-ninety-seventh held-out throughput family: a bat echolocation call classifier's training call
sequences/s (a network naming bat species from the ultrasonic recordings of static bat detectors at wind farms and
woodland sites; full-spectrum recordings cut into call sequences, high-pass filtered and turned into spectrograms on
CPU workers, noise-only files dropped, rare species oversampled; an evaluation on a held-out region's detectors now
and then) on 1, 2 or 4 nodes, read through ThingsBoard: each node's reporter posts ``{"ts": ms, "values": {"seqs":
its count since its last post}}`` as device telemetry every 10-30 s (HTTP device API, or MQTT), the rule engine's
queue saves it keyed by (device, key, ts), and a monitor sums each minute's stored counts through the timeseries REST
API (``agg=SUM``, ``interval=60000``, once a minute over the last minutes).

(No generator's head names ThingsBoard, a rule engine, echolocation, ultrasound, woodland, a rate limit, an
overwrite, ``agg=``, a device API, a call sequence or a high-pass filter (``grep -ic`` on ``/tmp/197_heads.txt``, the
first 3 lines of the 195 ``anomaly/heldout*.py``: 0 each); "bat" matches 9 heads but 0 as a word (``grep -iwc``:
"batch"), "wind farm" 1 (a condition-monitoring archive's accelerometers), "mqtt" 1 (one MQTT message per node of a
galaxy cross-matching job: MQTT is not new, ThingsBoard's telemetry, limits, queue and ts rows are), "tenant" 1 (a
multi-tenant Slurm cluster), "timeseries" 2 (a ``TIMESERIES`` query, a RedisTimeSeries key), "queue" 1,
"spectrogram" 7, "species" 5, "telemetry" 8, "detector" 32 (common words; the job and the path are new). Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all; its middle, cut from one long print,
printed again as lines 197-468 after a ``grep -n "^def "`` of it), ``tests/trace_checks.py`` (all; lines 120-330
printed again after the same cut), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110,
``/tmp/197_heads.txt`` through ``grep -ic``, ``grep -iwc`` and ``grep -io`` (60 characters before and 40 after the
matches of "wind farm", "mqtt", "tenant" and "timeseries"). Slips: a ``wc -l`` of ``heldout_common.py`` and
``trace_checks.py``; an ``ls`` of ``anomaly/heldout194.py``-``197.py`` (196 is not on main) and a ``grep -c
"^HELDOUT195_SEEDS"`` of ``anomaly/heldout195.py`` (a count): the tests import ``HELDOUT195_SEEDS`` and
``HELDOUT150_SEEDS`` (to keep the seeds apart), not their code; none else.

Public sources read (excerpts through the search tool): ThingsBoard's HTTP and MQTT telemetry pages
(thingsboard.io/docs/reference/http-api/telemetry/, .../mqtt-api/telemetry/: ``POST /api/v1/$ACCESS_TOKEN/telemetry``
or ``v1/devices/me/telemetry``; ``ts`` in unix ms, optional: without it the server's receive time is stored); "Rule
Engine Queues" (docs/user-guide/rule-engine/queues/: a consumer polls a pack, the submit strategy sends its messages,
each acks, fails or times out, the processing strategy acks the pack or resubmits the failed ones; the in-memory
queue loses its messages on a restart, Kafka keeps them); the troubleshooting page (a retry strategy can stall a
queue); a juejin.cn post's table of the default queues (Main: BURST, SKIP_ALL_FAILURES; HighPriority and
SequentialByOriginator: RETRY_FAILED_AND_TIMED_OUT; pack timeout 2 s); issues #14003, #14097, #11191, #9559, #7669
and #15685 (per-device and per-tenant transport limits per second, minute and hour; MQTT sessions disconnected, the
limit that fired not reported; "rejects excess messages", and a user who sees no retransmissions asks whether an MQTT
publish is acknowledged and dropped: unanswered where I read), the Python SDK's #89 (client limits at 80 % of the
server's); #8136 (``INSERT ... ON CONFLICT (entity_id, key, ts) DO UPDATE``: a second row with the same ts
overwrites), #330, #5714, #12160 (same ts: the last wins, but an int and a float under one ts are both kept), #1277;
#9575 and #6388 (aggregation buckets start at ``startTs``, not on the hour, ``[startTs + k interval)``). Not read
(unchecked): whether the HTTP API answers a limit with 429 or 503 and a ``Retry-After``; how long a restart takes.
Nothing read on the job (bat classifiers and detector hardware were not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.82-0.95 per doubling); a node's GPUs train 40-900
sequences/s (log-uniform), its CPU workers (high-pass filter, spectrograms, dropping noise-only files) feed 1.1-2.2
times that, a step waits for the slower side (a soft maximum). Recordings come a detector's night at a time: blocks of
3-30 min (log-uniform), 20-60 % from wind farms (3-12 % dearer: more noise-only files parsed and dropped), each block's
factor sd 1.5-4 %; per 5-s tick an AR(1) of the log (sd 1.5-4 %, 15-60 s) and a slow OU (sd 1-3 %, 30-180 min). Pauses:
start-up 4-12 min ("long" 20-50) and a ramp from 35-70 % over 1-4 min; an evaluation every 40-120 min, 1.5-5 min ("long"
12-30), every third followed by a checkpoint of 20-90 s ("long" 2-5 min); crashes (exponential, mean 10-40 h): down 2-5
min ("long" 8-20), then a start-up of 3-8 ("long" 15-35) and a ramp; 0-3 relaunches at 15-85 % of the run, an hour
apart: stopped 2-6 min ("long" 6-15), a start-up and a ramp, onto another node count (1 in 3) or batch shape (1.2-1.8
times either way), redrawn until the level moves 15 % (1/3 to 3 times); an evaluation due within 10 min of a restart's
end moves 20-60 min on.

On the path (assumed, not checked): a reporter per node, started with its process, posts every ``P`` s (10-30 per
run, plus 0-0.5 s) the node's sequences since its last post; a crash loses the interval under way, a graceful stop
posts it. Its ``ts``: the node's clock in ms (45 %) or in whole seconds (35 %), or none (20 %: the server's receive
time, its clock sd 0.2-2 s off). Node clocks sd 0.05-1.5 s off; in 25 % of runs one node 5-40 s off and stepping
(0.5-3 a day, sd 2-10 s). In 45 % of runs the nodes share one device token (one row per ts: two nodes posting in one
ms, or one second, overwrite each other). HTTP (70 %) retries a refused post after 5, 10 and 20 s; MQTT (30 %) has its
session closed and reconnects after 2-15 s, three times; then the post is dropped, its count lost or (60 % of runs)
added to the next post. Refusals: while the server is down (restarts 0.2-1.2 a day, 20-180 s, and half the database
slow spells end in one) and, with probability 0.4-0.9, in tenant rate-limit episodes (0.5-4 a day, 2-20 min); in
half the MQTT runs a rate-limited publish is acknowledged and dropped. 0.3-1.5 % of accepted posts (ten times that in a
slow spell) time out at the client and are sent again 5-6 s later: the same ts rewrites its row, no ts stores it
twice. The rule engine saves a message 0.05-0.5 s after it is accepted; in slow spells (0.5-4 a day, 1-10 min) 2-40 s
later and 5-30 % of them fail: skipped (SKIP_ALL_FAILURES, half the runs) or retried 8-90 s later; a save that falls
in a restart is lost (in-memory queue, 40 %) or made 5-40 s after it (Kafka). The monitor asks, 0-58 s (plus 0.5-2 s)
past each minute, for the last 5-15 minutes with ``agg=SUM``, ``interval=60000``: buckets start at ``startTs`` (or,
in half the runs, at whole minutes: it rounds startTs); it takes a minute's sum from its first answered query, once
(a row saved later, or stamped into a minute already taken, is lost). A point is that sum per second (0: none read).
The reads are linear in the sequences; the posts' fates are the healthy run's.

A point is paused where its minute touches a pause or a ramp's first half (plus 20 s), or where it reads nothing; a
listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each tick's
sequences lost, carried through the same posts and reads): ``drop`` (a node's spectrogram workers die: ``w = 1 -
exp(-(s + 1) / tau)``, ``tau`` 0.5-4 ticks), ``straggler`` (one site's recordings on a slow store, in bursts: 1 for a
mean of 20-200 ticks, calm for a mean of 100-500 at 0.05-0.25), ``leak`` (the spectrogram cache growing into swap: a
smooth step ``3x^2 - 2x^3`` over the ramp, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %,
10-30 %, 12-38 % over a leak's last tenth of ramp and plateau), ``a`` set from the reads of the lost sequences,
refused above 1; ``w`` per 5-s tick.

Measured (``heldout197_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    10         9     0.086-0.297  15              1-21 (993, 0 >60)
long      31      10    10         11    0.080-0.329  18              1-89 (829, 15 >60)

Planned changes listed: short 15, long 16 (of 15 and 16 relaunches); crashes 51 and 55. The path over each set (counts):
short: posts 577,339, refused by a rate limit 11,452, refused while down 3,452, retries 12,006, dropped 2,067,
acknowledged and dropped (MQTT) 831, stored twice 4,027, rows rewritten by their own copy 3,131, overwritten by another
post 34,888, skipped 336, retried by the queue 181, lost in a restart 8, saved after their minute was taken (or outside
the trace) 8,022, counted in another minute than posted 102,451, unread minutes 0, clock steps 33, node intervals lost
in a crash 117, restarts 89, slow spells 96; long: 514,202, 9,782, 3,560, 10,036, 1,790, 1,516, 4,445, 3,957, 7,675,
212, 363, 103, 9,989, 190,163, 0, 26, 116, 95, 118. The reads' sum over the live points against the job's sequences:
0.838-1.003 per seed (short), 0.916-1.003 (long) (shared devices' overwrites); the live points' minute-to-minute change
(median ``|d log|`` per seed) 1.7-37.7 % (short), 2.5-21.2 % (long) (my reading, not measured: one node posting every
20-30 s puts 2 or 3 posts in a minute, ``log 1.5``), its 99th percentile 31-61 % (short), 29-84 % (long); the live
median level 64-648 sequences/s (short), 174-1,130 (long). Before the first measure: none (a run that printed nothing,
to see it built). Changes of the laws after it: one, made as one edit of two parts: no copy was ever late and no message
lost in a restart (both 0; the monitor kept the latest of its 5-15 reads of a minute, and a restart caught only the
0.05-0.5 s in flight), so the monitor now takes a minute from its first answered query, and half the slow spells end in
a restart (the operator's cure) that the in-memory queue's backlog does not survive. Fixes after it (no law changed): a
drop's or straggler's ``ramp_end`` set to its onset after the onset moved back; ``SPANS``.

Tests: ``tests/test_anomaly_heldout197.py``, 2.3-4.0 s (pytest's count, three runs; 3.1 s wall; 27 tests) on one core
(``taskset -c 0``, ``OMP_NUM_THREADS=1``); the laws on the first 4 seeds at 3,000 points, the path's laws on 6 seeds of
each setting, the "long" full set once.

Size: over 520 lines for the docstring's account (sources, assumptions, measures) of one family's job, path and
regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT197_SEEDS = tuple(range(1972000, 1972012))
CODE = 197
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # a whole minute
KIND_P = (0.36, 0.32, 0.32)
SPANS = {"short": (1, 25), "long": (1, 100)}  # a pause span's length in points (the tests' bounds)
DAY = 86400.0
PATH_KEYS = ("posts", "refused_limit", "refused_down", "retries", "dropped", "silent_lost", "stored_twice",
             "rewritten", "overwritten", "skipped", "queue_retried", "lost_restart", "late", "rebinned",
             "unread", "clock_steps", "crash_lost", "restarts", "slow_spells")


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # call sequences trained per tick (all nodes)
    pauses_t: list  # (start, end, kind): nothing trained
    ramps: list  # (start, length, first share): the warm-up after a start-up
    lives: list  # (start, end, graceful, nodes): the reporters' processes
    known_t: list  # relaunches' resumes that changed the stage
    counts: dict
    path: object = None
    dt: float = STEP


@dataclass
class Path:
    transport: str
    ts_mode: str  # "ms", "s" (the reporter stamps ts) or "server" (no ts: the server's time)
    shared_device: bool
    carry: bool
    silent: bool
    kafka: bool
    skip: bool
    aligned: bool
    rec_i0: np.ndarray = None
    rec_i1: np.ndarray = None
    rec_share: np.ndarray = None
    rec_point: np.ndarray = None
    down: np.ndarray = None
    counts: dict = field(default_factory=dict)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the ordered, disjoint windows ``win`` (rows ``[a, b)``)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < win[np.maximum(i, 0), 1])


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes over ``[0, T)`` (``per_day``), ``lo``-``hi`` s long (log-uniform), merged, ordered."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    out = []
    for s, e in zip(a, a + d):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return np.array(out).reshape(-1, 2)


# ---------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Call sequences/s of a stage: per node the slower of the GPU side (its batch shape) and the CPU workers'
    spectrograms (a soft maximum of the two costs), times nodes and the all-reduce's efficiency."""
    per = 1.0 / hc.smax(1.0 / (cfg["gpu"] * st["batch"]), 1.0 / cfg["cpu"])
    return per * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: another node count (1 in 3) or batch shape, redrawn until the level moves 15 %
    (at most 3 times either way)."""
    for _ in range(60):
        new = dict(st)
        if rng.random() < 1 / 3:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        else:
            f = np.exp(rng.uniform(np.log(1.2), np.log(1.8))) ** rng.choice([-1, 1])
            new["batch"] = float(np.clip(st["batch"] * f, 0.35, 2.8))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    new = dict(st)
    new["nodes"] = 4 if st["nodes"] < 4 else 1
    return new


def _schedule(rng, n: int, pauses: str) -> Run:
    """The job's timeline and its sequences per tick."""
    T = n * STEP
    nt = n * K + 40 * K
    long_ = pauses == "long"
    cfg = {"gpu": hc.log_uniform(rng, 40, 900), "eff": rng.uniform(0.82, 0.95)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "batch": 1.0}
    k_re = int(rng.choice(4, p=[0.2, 0.3, 0.3, 0.2]))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * T)
    re_t = [t for i, t in enumerate(re_t) if i == 0 or t - re_t[i - 1] > 3600]
    crash_mean = rng.uniform(10, 40) * 3600
    level = np.zeros(nt)
    pauses_t, ramps, lives, known_t = [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "evals": 0, "ckpts": 0}

    def start(t, first):
        dur = (rng.uniform(20, 50) if long_ else rng.uniform(4, 12)) if first else \
            (rng.uniform(15, 35) if long_ else rng.uniform(3, 8))
        b = t + dur * 60
        ramps.append((b, rng.uniform(60, 240), rng.uniform(0.35, 0.7)))
        return b

    life0 = 0.0
    t_start = start(0.0, True)
    pauses_t.append((0.0, t_start, "startup"))
    t = t_start
    next_eval = t + rng.uniform(40, 120) * 60
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while True:
        nxt_re = re_t[ri] if ri < len(re_t) else np.inf
        which = int(np.argmin([next_eval, next_crash, nxt_re, T + 900]))
        t_end = max(t, [next_eval, next_crash, nxt_re, T + 900][which])  # one due in a pause comes at its end
        i0, i1 = int(np.ceil(t / TICK)), min(nt, int(t_end // TICK))
        level[i0:i1] = _level(cfg, st)
        lives_nodes = st["nodes"]
        t = t_end
        if which == 3:
            lives.append((life0, t, True, lives_nodes))
            break
        if which == 0:
            counts["evals"] += 1
            d = (rng.uniform(12, 30) if long_ else rng.uniform(1.5, 5)) * 60
            pauses_t.append((t, t + d, "eval"))
            t += d
            if counts["evals"] % 3 == 0:
                counts["ckpts"] += 1
                d = (rng.uniform(120, 300) if long_ else rng.uniform(20, 90))
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + rng.uniform(40, 120) * 60
            continue
        if which == 1:  # the job dies: down, then a start-up of every node and a ramp
            counts["crashes"] += 1
            lives.append((life0, t, False, lives_nodes))
            d = (rng.uniform(8, 20) if long_ else rng.uniform(2, 5)) * 60
            b = start(t + d, False)
            pauses_t.append((t, b, "crash"))
            life0, t = t + d, b
        else:  # a planned relaunch onto another node count or batch shape
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True, lives_nodes))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            d = (rng.uniform(6, 15) if long_ else rng.uniform(2, 6)) * 60
            b = start(t + d, True)
            pauses_t.append((t, b, "relaunch"))
            life0, t = t + d, b
            if new != st and t < T:
                known_t.append(t)
            st = new
        next_crash = t + rng.exponential(crash_mean)
        if next_eval < t + 600:
            next_eval = t + rng.uniform(20, 60) * 60
    J = _jitter(rng, level, nt, ramps) * TICK
    return Run(n=n, nt=nt, J=J, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t, counts=counts)


def _jitter(rng, level: np.ndarray, nt: int, ramps: list) -> np.ndarray:
    """The level times the ramps, the recording sites' blocks (a wind farm's nights carry more noise-only files,
    parsed and dropped: 3-12 % dearer), an AR(1) of the log per tick and a slow OU drift."""
    tt = np.arange(nt) * TICK
    f = np.ones(nt)
    for b, length, r0 in ramps:
        i0, i1 = int(np.ceil(b / TICK)), min(nt, int(np.ceil((b + length) / TICK)))
        if i0 < nt:
            f[i0:i1] *= r0 + (1 - r0) * (tt[i0:i1] - b) / length
    edges = np.cumsum(np.exp(rng.uniform(np.log(180), np.log(1800), int(nt * TICK / 180) + 2)))
    blk = np.searchsorted(edges, tt)
    wind = rng.random(len(edges) + 1) < rng.uniform(0.2, 0.6)
    bf = np.exp(rng.normal(0, rng.uniform(0.015, 0.04), len(edges) + 1) - wind * rng.uniform(0.03, 0.12))
    sd, tau = rng.uniform(0.015, 0.04), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    e[0] = rng.normal(0, sd)
    x = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(30, 180) * 60)
    slow = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    return level * f * bf[blk] * np.exp(x + slow)


# --------------------------------------------------------------------------------------------- the path


def _path(rng, run: Run) -> Path:
    """Every post of every node's reporter, its fate in ThingsBoard and the point the monitor counts it in."""
    T = run.n * STEP + 900
    p = Path(transport="mqtt" if rng.random() < 0.3 else "http",
             ts_mode=str(rng.choice(["ms", "s", "server"], p=[0.45, 0.35, 0.2])),
             shared_device=rng.random() < 0.45, carry=rng.random() < 0.6, silent=rng.random() < 0.5,
             kafka=rng.random() < 0.6, skip=rng.random() < 0.5, aligned=rng.random() < 0.5)
    c = {k: 0 for k in PATH_KEYS}
    P = rng.uniform(10, 30)
    # the server: restarts (down 20-180 s), tenant rate-limit episodes, database slow spells
    down = _episodes(rng, T, rng.uniform(0.2, 1.2), 20, 180)
    limit = _episodes(rng, T, rng.uniform(0.5, 4), 120, 1200)
    slow = _episodes(rng, T, rng.uniform(0.5, 4), 60, 600)
    ends = slow[rng.random(len(slow)) < 0.5, 1]  # half the slow spells end in a restart (the operator's cure)
    both = np.concatenate([down, np.stack([ends, ends + rng.uniform(20, 180, len(ends))], axis=1)])
    down = np.zeros((0, 2))
    for a, b in both[np.argsort(both[:, 0])]:
        if len(down) and a <= down[-1, 1]:
            down[-1, 1] = max(down[-1, 1], b)
        else:
            down = np.vstack([down, [a, b]])
    p.down = down
    c["restarts"], c["slow_spells"] = len(down), len(slow)
    pr, p_to, fail = rng.uniform(0.4, 0.9), rng.uniform(0.003, 0.015), rng.uniform(0.05, 0.3)
    # the nodes' clocks: offsets sd 0.05-1.5 s; in 25 % of runs one node unsynchronised, 5-40 s off and stepping
    off = rng.normal(0, rng.uniform(0.05, 1.5), 4)
    steps_t = [np.zeros(0)] * 4
    steps_d = [np.zeros(0)] * 4
    if rng.random() < 0.25:
        k = int(rng.integers(4))
        off[k] = rng.uniform(5, 40) * rng.choice([-1, 1])
        m = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        steps_t[k], steps_d[k] = np.sort(rng.uniform(0, T, m)), rng.normal(0, rng.uniform(2, 10), m)
        c["clock_steps"] = m
    srv_off = rng.normal(0, rng.uniform(0.2, 2))
    # the posts: per life and node, every P s (+0-0.5 s of the reporter's work), a graceful stop posts the rest
    node, tp, i0, i1, share = [], [], [], [], []
    for a, b, graceful, nodes in run.lives:
        for k in range(nodes):
            g = a + rng.uniform(1, P) + np.cumsum(P + rng.uniform(0, 0.5, int((b - a) / P) + 3))
            g = g[g < b]
            if graceful:
                g = np.append(g, b)
            else:
                c["crash_lost"] += 1
            if len(g) == 0:
                continue
            ticks = np.minimum(run.nt, (np.concatenate([[a], g]) // TICK).astype(int))
            node += [k] * len(g)
            tp.append(g)
            i0.append(ticks[:-1])
            i1.append(ticks[1:])
            share += [1.0 / nodes] * len(g)
    node, tp = np.array(node), np.concatenate(tp)
    i0, i1, share = np.concatenate(i0), np.concatenate(i1), np.array(share)
    life = np.cumsum(np.concatenate([[0], (node[1:] != node[:-1]) | (i0[1:] != i1[:-1])]))
    c["posts"] = len(tp)
    # tries: HTTP waits 5, 10, 20 s; MQTT's session is closed and it reconnects after 2-15 s
    if p.transport == "http":
        back = np.array([0.0, 5.0, 15.0, 35.0])
    else:
        back = np.arange(4) * rng.uniform(2, 15)
    ta = np.full(len(tp), np.nan)
    silent = np.zeros(len(tp), bool)
    pending = np.ones(len(tp), bool)
    for j, bk in enumerate(back):
        t_try = tp + bk
        if j:
            c["retries"] += int(pending.sum())
        dn = _inside(t_try, down)
        lim = _inside(t_try, limit) & (rng.random(len(tp)) < pr)
        ok = pending & ~dn & ~lim
        ta[ok] = t_try[ok]
        c["refused_down"] += int((pending & dn).sum())
        c["refused_limit"] += int((pending & lim & ~dn).sum())
        if p.transport == "mqtt" and p.silent:  # rate-limited, acknowledged and dropped: never retried
            s = pending & lim & ~dn
            silent |= s
            pending &= ~s
        pending &= ~ok
    c["dropped"], c["silent_lost"] = int(pending.sum()), int(silent.sum())
    sent = ~np.isnan(ta)
    if p.carry:  # the reporter keeps an unsent count and adds it to its next post (same process)
        ix = np.arange(len(tp))
        prev = np.concatenate([[-1], np.maximum.accumulate(np.where(sent, ix, -1))[:-1]])
        first = np.maximum.accumulate(np.where(np.concatenate([[True], life[1:] != life[:-1]]), ix, 0))
        i0 = np.where(sent, i0[np.maximum(prev + 1, first)], i0)
    # stamps: the node's clock (ms or whole s) or, without ts, the server's receive time
    clock = tp + off[node]
    for k in range(4):
        if len(steps_t[k]):
            mk = node == k
            clock[mk] += np.concatenate([[0], np.cumsum(steps_d[k])])[np.searchsorted(steps_t[k], tp[mk])]
    idx = np.nonzero(sent)[0]
    t_acc = ta[idx]
    twice = rng.random(len(idx)) < p_to * np.where(_inside(t_acc, slow), 10, 1)
    c["stored_twice"] = int(twice.sum())
    idx = np.concatenate([idx, idx[twice]])
    t_acc = np.concatenate([t_acc, t_acc[twice] + 5 + rng.uniform(0, 1, int(twice.sum()))])
    if p.ts_mode == "server":
        ts = np.floor((t_acc + srv_off) * 1000)
    elif p.ts_mode == "s":
        ts = np.floor(clock[idx]) * 1000
    else:
        ts = np.floor(clock[idx] * 1000)
    # the rule engine: a pack's messages fail or time out in a slow spell (skipped, or retried after 3-30 s)
    save = t_acc + rng.uniform(0.05, 0.5, len(idx))
    in_slow = _inside(t_acc, slow)
    failed = in_slow & (rng.random(len(idx)) < fail)
    save[in_slow] += rng.uniform(2, 40, int(in_slow.sum()))
    keep = ~failed if p.skip else np.ones(len(idx), bool)
    c["skipped"] = int((failed & ~keep).sum())
    if not p.skip:
        save[failed] += rng.uniform(5, 60, int(failed.sum())) + rng.uniform(3, 30)
        c["queue_retried"] = int(failed.sum())
    hit = _inside(save, down)
    if p.kafka:  # Kafka keeps the queue over a restart: saved once the server is back
        j = np.searchsorted(down[:, 0], save[hit], side="right") - 1 if len(down) else np.zeros(0, int)
        save[hit] = down[j, 1] + rng.uniform(5, 40, int(hit.sum()))
    else:  # the in-memory queue is lost
        keep &= ~hit
        c["lost_restart"] = int(hit.sum())
    idx, ts, save = idx[keep], ts[keep], save[keep]
    # the database: (device, key, ts) is one row; a later save with the same ts overwrites
    dev = np.zeros(len(idx), int) if p.shared_device else node[idx]
    order = np.lexsort((save, ts, dev))
    idx, ts, save, dev = idx[order], ts[order], save[order], dev[order]
    last = np.ones(len(idx), bool)
    last[:-1] = (ts[1:] != ts[:-1]) | (dev[1:] != dev[:-1])
    same = (~last[:-1]) & (idx[1:] == idx[:-1])
    c["rewritten"] = int(same.sum())
    c["overwritten"] = int((~last).sum()) - c["rewritten"]
    idx, ts, save = idx[last], ts[last], save[last]
    # the monitor: once a minute (at o s past) it asks the last W minutes, agg=SUM, interval=60000; its buckets
    # start at startTs (o s past the minute) or, where it rounds startTs to the minute, at whole minutes
    o, W, lag = rng.uniform(0, 58), int(rng.integers(5, 16)), rng.uniform(0.5, 2)
    off_b = 0.0 if p.aligned else o + lag
    pt = np.floor((ts / 1000 - off_b) / STEP).astype(int)
    q = STEP * (np.arange(run.n)[:, None] + 1) + o + lag + STEP * np.arange(W)[None, :]
    okq = ~_inside(q.ravel(), down).reshape(q.shape)
    R = np.where(okq, q, np.inf).min(axis=1)  # a minute is taken from its first answered query, once
    c["unread"] = int(np.isinf(R).sum())
    inb = (pt >= 0) & (pt < run.n)
    counted = inb & (save <= R[np.clip(pt, 0, run.n - 1)])
    c["late"] = int((inb & ~counted).sum())
    c["rebinned"] = int((counted & (pt != (tp[idx] // STEP).astype(int))).sum())
    p.rec_i0, p.rec_i1, p.rec_share, p.rec_point = i0[idx][counted], i1[idx][counted], share[idx][counted], \
        pt[counted]
    p.counts = c
    return p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for sequences ``J`` per tick (linear in ``J``; the posts' fates are the healthy run's):
    each counted row's sequences, summed per minute, per second."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    v = (C[p.rec_i1] - C[p.rec_i0]) * p.rec_share
    return np.bincount(p.rec_point, weights=v, minlength=run.n)[:run.n] / STEP


# ------------------------------------------------------------------------------------- the trace and events


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of the seed's healthy run."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2]), run)
    healthy = _reads(run, run.J)
    pz = [(a, b + 0.5 * r[1] + 20, kind) for (a, b, kind), r in zip(run.pauses_t, _ramp_of(run))]
    paused = ~hc.live_mask(hc.rollup_spans(pz, STEP, n), n) | (healthy <= 0)
    d = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    spans = list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _ramp_of(run: Run) -> list:
    """Each pause's following ramp (none after an evaluation or a checkpoint)."""
    starts = {round(b, 6): r for r in run.ramps for b in [r[0]]}
    return [starts.get(round(b, 6), (b, 0.0, 1.0)) for a, b, kind in run.pauses_t]


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's sequences lost (0 .. 1 per tick)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a node's spectrogram workers die: the pool drains over 0.5-4 ticks
        tau = rng.uniform(0.5, 4)
        return np.where(s >= 40 * tau, 1.0, 1 - np.exp(-(s + 1) / tau))
    if kind == "leak":  # the spectrogram cache grows into swap: a smooth step over the ramp, then held
        x = np.minimum(s / ramp, 1.0)
        return np.where(s >= ramp, 1.0, x * x * (3 - 2 * x))
    calm = rng.uniform(0.05, 0.25)  # a straggler: one site's recordings on a slow store, in bursts
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None."""
    n = run.n
    pts = np.arange(n) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, pts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        a0, a1 = int(np.ceil(t0 / TICK)), min(run.nt, stop * K if not to_end else run.nt)
        w = np.zeros(run.nt)
        w[a0:a1] = _weight(rng, kind, a1 - a0, ramp * K)
        unit = _reads(run, w * run.J)
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        c0 = ramp_end - ramp // 10 if kind == "leak" else onset
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.38))
        lv = live[c0:stop]
        hs, us = healthy[c0:stop][lv].sum(), unit[c0:stop][lv].sum()
        if hs <= 0 or us <= 0 or target * hs / us > 1:
            continue
        m = target * hs / us * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        ramp_end = ramp_end if kind == "leak" else onset  # the onset may move back to its first change
        if any(onset <= c < end for c in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout197(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout197_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT197_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout197, seeds, n, pauses)
