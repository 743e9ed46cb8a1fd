"""The two-hundred-and-second held-out throughput family: a railway pantograph and catenary inspection model's
training images/s on 1, 2 or 4 nodes (a network finding worn carbon strips, broken horns, cracked insulators and
displaced droppers in images from roof-mounted cameras on service trains, synchronised with the train's position;
images cropped and augmented on CPU workers, the rare faults oversampled; an evaluation on a held-out line's runs now
and then), read through Zenoh: each node's reporter puts ``(its clock's time, its images since its last put)`` every
10-30 s on a key of its own through a client-mode session to a Zenoh router, whose storage manager stores the values
stamped with the router's hybrid logical clock, and a monitor issues a ``get`` once a minute with ``_time=[now(-2m)..]``
and sums the images per minute of the reporter's time or of the storage's timestamp.

(No generator's head names Zenoh, a pantograph, a catenary, a service train, an insulator, a dropper, a carbon strip,
RocksDB, a hybrid logical clock, a storage manager, consolidation, congestion, a router, a key expression, client mode
or a time range (``grep -i -c`` on ``/tmp/heldout202/heads.txt``, the first 3 lines of every ``anomaly/heldout*.py``:
0 each). "railway" matches 1 head (generator 149, a railway track-defect detector's frames: the railway domain is not
new, the pantograph and catenary job on roof cameras is), "roof" 2 (a rooftop-solar forecaster), "storage" 2 (Azure
Table Storage, object storage), "_time" 4 (``avg_over_time``-like query names), "camera" 18, "image" 61,
"oversampl" 15, "put" 217 (common words; the job and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: the tool cut lines 313-408 from one
long print, so lines 305-410 were printed again), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, and the heads' file through ``grep -i -c`` and ``grep -i -o`` (60
characters before, 40 after, the matches of "railway", "roof", "storage" and "_time"). Slips: an ``ls`` of
``anomaly/heldout201.py`` and ``anomaly/heldout202.py`` (whether they existed; nothing read); none else. The tests
import ``HELDOUT201_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): zenoh-dart's ``CongestionControl`` page (``put`` defaults to
``drop``, ``get`` to ``block``; ``block`` waits for buffer space; all messages of one priority share one pipeline);
rmw_zenoh issue #457 (hop-to-hop reliability over reliable transports with ``block``; end-to-end only with the advanced
pub/sub); zcat's page (best-effort or reliable, ``drop`` or ``block`` per publication); the storage manager's README
(volumes: memory, RocksDB, S3...; a storage maps a key expression to a volume), the memory backend's source in
zenoh-plugin-storage-manager 0.7.2 (``Persistence::Volatile``, ``History::Latest``), the RocksDB backend's README;
``zenoh/api/selector.rs`` (selectors' parameters filter by metadata such as a value's timestamp, the ``_time``
``TimeRange``); ReductStore's "How to persist Zenoh data" (by default a query returns the latest stored value for each
key); zenoh-protocol's ``ConsolidationMode`` (None, Monotonic, Latest: "only the samples that had the highest timestamp
for their key"); zenoh-dart's ``get`` (a 10-s default query timeout); zenoh-pico PR #218 and issue #767, zenoh issue
#1390 and up-spec issue #212 (a client session detecting a lost router through its lease and reconnecting).
Not read (from memory, unchecked): the lease's length (here a disconnection is noticed 2-10 s late), whether a
``put`` into a dead session returns an error (here it is silently lost until the lease notices), whether RocksDB
keeps every value by timestamp (here yes; a memory storage keeps the latest value in 30 % of its runs, every value
otherwise), the HLC's skew bound. Nothing read on the job (pantograph-inspection models were not looked up): its
figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.86-0.97 per doubling); a node's GPUs train 150-1,500
images/s (log-uniform), its CPU workers (crops, colour and blur augmentation, the rare faults' oversampling) can feed
1.05-2.2 times that; a step waits for the slower (a soft maximum); a crop size / batch shape of three (each step
1.3-1.7 times dearer on the GPUs, its 0.6 power on the CPUs). Jitter per 5-s tick: Student-t (4 d.f.) of sd 1-3.5 %,
the source train runs' image mix (blocks of 8-40 min of training, sd 2-6 %, 30 % night runs 4-10 % cheaper), a slow
OU (sd 1-2.5 %, 30-180 min) and CPU workers respawning (0.5-4 an hour, 5-30 s at 0-40 %). Relaunches: 0-3 at
15-85 % of the run, an hour apart, onto another node count (35 %) or another crop size, redrawn until the level moves
15 % (1/3 to 3 times). Pauses: a start-up of 4-12 min ("long" 20-50) and a ramp from 35-70 % over 1-5 min; an
evaluation on the held-out line every 40-120 min of training, 2-7 min ("long" 12-30), every 2nd-4th followed by a
checkpoint (0.5-2 min, "long" 2-6); crashes (exponential, mean 10-40 h): down 2-6 min ("long" 8-25), then a start-up
of 3-8 ("long" 12-30) and its ramp; a relaunch: stopped 1-4 min ("long" 6-15) and queued 1-6, then a start-up.

On the path (not checked): each node of the stage has a reporter (its share of the images, equal per node) that puts
every ``P`` s (40 % of runs 10, 15, 20 or 30, else 10-30, plus 0.01-0.3 s of work and 0-0.05 s of jitter) from its
process's start; a crash loses the interval under way, a graceful stop puts it. The put's congestion control is
``drop`` (55 %: lost with probability 0.3-0.9 inside congestion episodes) or ``block`` (delayed, exponential mean 2-15
s, at most 60); episodes 0.5-4 a day of 1 min to 3-12 min, and in half the runs every checkpoint's upload. Best-effort
runs (40 %) lose 0.05-0.3 % of puts. The router restarts 0.2-1.5 times a day (down 5-120 s) and each node's link drops
1-8 times a day (1-40 s); a session reconnects 1-10 s after, and notices the loss 2-10 s after it began: puts in
between are lost; half the reporters carry their backlog and put again, on reconnection, every put after that notice
and those of the 0-10 s before it (the ones delivered before the drop: doubled, with a new timestamp). A memory
storage restarts empty with the router (its unread values wiped); RocksDB keeps them. The storage stamps a value with
the router's clock (sd 0.1-1 s off); each node's clock is sd 0.1-1.5 s off, one node 5-60 s off in 25 % of runs. The
monitor gets once a minute (its own phase; a get fails while the router is down, and 0.2-2 % time out), reads a value
at the first good get whose 2-min window holds it (dedup by key and timestamp); in a latest-value view (a memory
storage keeping the latest value, or a query consolidated to the latest value per key: about 23 % of runs) a get reads
one value per key. It bins a value by the reporter's time (50 %) or the storage's timestamp; a get adds its replies,
then closes the minutes that ended 20-90 s (a lag per run) or more before it: a value for a closed minute goes to the
oldest open one (50 %) or is dropped. A point is the minute's images over 60 s (0: none read). The reads are linear in
the images; the puts' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's images lost, carried through the same puts and reads): ``drop`` (an augmentation worker pool OOM-killed and not
respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler`` (one node's image reads from the object
store slowed in bursts: 1 for a mean of 24-240 ticks, calm for a mean of 100-600 at 0.05-0.25), ``leak`` (the
oversampler's fault index growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads of the lost
images (linear), refused above 1.

Measured (``heldout202_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.086-0.296  19              1-26 (3313, 0 >60)
long      32      10    10         12    0.097-0.320  15              1-72 (761, 3 >60)

Planned changes listed: short 11, long 15 (of 11 and 15 relaunches); crashes 75 and 47. The path over each set
(counts): short: puts 465,564, dropped under congestion 965, delayed 511, best-effort losses 342, lost while
disconnected 861, re-sent 430 (doubled 24), router restarts 38, link drops 506, values wiped 80, gets failed 713,
values unread 93,208 (nearly all superseded in the 3 latest-value runs), late values re-binned 1 and dropped 0, values
in another minute than their interval's end 5,176, intervals lost in a crash (per node) 300, runs with a node's clock
off 4; long: 449,130, 1,128, 3,169, 724, 926, 366 (24), 28, 576, 41, 789, 23,257 (1 latest-value run), 65, 19, 3,916,
188, 4. The reads' sum over the live points against the job's images: 0.993-1.000 per seed, but 0.22-0.45 in the
latest-value runs (short and long). The live points' minute-to-minute change (median ``|d log|`` per seed) 0.5-67 %
(short), 1.1-43 % (long), its 99th percentile 32-157 % (short), 48-149 % (long): a put every 23-28 s puts 2 or 3 in a
minute (medians 8-43 % there, 0.5-4 % where ``P`` is 10, 15 or 20), and a latest-value view binned by the
reporter's time reads nothing in up to 42 % of a run's minutes (short seed 2022006: 2,537 unread minutes, 2,182 of
the short set's pause spans). The live median level 148-2,515 images/s (short), 159-2,176 (long). Changes of the laws
after the first measure (both sets' 12 seeds at 6,000 points): none. The minute aliasing is the path's law as meant;
the latest-value run that reads nothing in 42 % of its minutes is more than I meant, and was kept (preferring no
change). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40 points "short", 100
"long") and on the full "long" set; they take about 0.7 s on one core (28 tests, ``taskset -c 0``).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT202_SEEDS = tuple(range(2022000, 2022012))
CODE = 202
TICK = 5.0  # s: the job's resolution
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_780_000_020.0  # a multiple of 60
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (1, 40), "long": (1, 100)}  # pause spans (points) the tests allow
DAY = 86400.0
PATH_KEYS = ("puts", "cc_dropped", "cc_delayed", "be_lost", "disconnected", "resent", "doubled", "router_restarts",
             "link_drops", "wiped", "gets_failed", "unread", "late_rebinned", "late_dropped", "rebinned",
             "crash_lost", "clock_off")
# the pauses per setting: (lo, hi) minutes
STARTUP = {"short": (4, 12), "long": (20, 50)}
RESTART_UP = {"short": (3, 8), "long": (12, 30)}
EVAL = {"short": (2, 7), "long": (12, 30)}
CKPT = {"short": (0.5, 2), "long": (2, 6)}
DOWN = {"short": (2, 6), "long": (8, 25)}
STOP = {"short": (1, 4), "long": (6, 15)}


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


# ---------------------------------------------------------------- the job


def _config(rng) -> dict:
    """The job's constants: a node's GPU-side images/s, its CPU workers' headroom (crop, colour and blur
    augmentation, the rare faults' oversampling), the scaling per node doubling and the crop step's cost."""
    return {"gpu": _lu(rng, 150, 1500), "cpu_x": rng.uniform(1.05, 2.2), "eff": rng.uniform(0.86, 0.97),
            "crop_c": rng.uniform(1.3, 1.7)}


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: nodes x scaling, each node waiting for the slower of GPUs and CPU workers."""
    g = cfg["gpu"] / cfg["crop_c"] ** st["crop"]
    c = cfg["gpu"] * cfg["cpu_x"] / cfg["crop_c"] ** (0.6 * st["crop"])
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: another node count (35 %) or another crop size / batch shape, redrawn until the level
    moves by 15 % or more (and by at most a factor 3)."""
    for _ in range(200):
        new = dict(st)
        if rng.random() < 0.35:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            new["crop"] = int(rng.choice([x for x in (-1, 0, 1) if x != st["crop"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return dict(st, nodes=4 if st["nodes"] == 1 else 1)


def _schedule(rng, n: int, setting: str):
    """The run's timeline (seconds from the epoch): pauses ``(a, b, kind)`` with nothing trained, ramps, the
    processes' lives ``(start, end, graceful)`` and the stages ``(t, stage)``."""
    T = n * STEP + 900.0
    cfg = _config(rng)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "crop": int(rng.choice([-1, 0, 1]))}
    eval_every = rng.uniform(40, 120) * 60
    ck_every = int(rng.integers(2, 5))
    crash_mean = rng.uniform(10, 40) * 3600
    k_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]
    pauses, ramps, lives, stages, known, counts = [], [], [], [(0.0, dict(st))], [], {"crashes": 0, "relaunches": 0}
    t, life0, n_eval = 0.0, 0.0, 0

    def start_up(t, table):
        d = rng.uniform(*table[setting]) * 60
        pauses.append((t, t + d, "startup"))
        r = rng.uniform(1, 5) * 60
        ramps.append((t + d, t + d + r, rng.uniform(0.35, 0.7)))
        return t + d

    t = start_up(t, STARTUP)
    next_eval = t + eval_every * rng.uniform(0.85, 1.15)
    next_crash = t + rng.exponential(crash_mean)
    while t < T:
        nxt = min(next_eval, next_crash, rel[0] if rel else np.inf)
        if nxt >= T:
            break
        t = max(nxt, t + 120)
        if rel and nxt == rel[0]:
            rel.pop(0)
            counts["relaunches"] += 1
            d = rng.uniform(*STOP[setting]) * 60 + rng.uniform(1, 6) * 60
            pauses.append((t, t + d, "relaunch"))
            lives.append((life0, t, True))
            lv = _level(cfg, st)
            st = _next_stage(rng, cfg, st, lv)
            t, life0 = t + d, t + d
            stages.append((t, dict(st)))
            known.append(t)
            t = start_up(t, RESTART_UP)
        elif nxt == next_crash:
            counts["crashes"] += 1
            d = rng.uniform(*DOWN[setting]) * 60
            pauses.append((t, t + d, "crash"))
            lives.append((life0, t, False))
            t, life0 = t + d, t + d
            t = start_up(t, RESTART_UP)
        else:
            n_eval += 1
            d = rng.uniform(*EVAL[setting]) * 60
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = rng.uniform(*CKPT[setting]) * 60
                pauses.append((t, t + d, "ckpt"))
                t += d
        next_eval = t + eval_every * rng.uniform(0.85, 1.15)
        next_crash = t + rng.exponential(crash_mean) if nxt == next_crash or next_crash < t else next_crash
    lives.append((life0, np.inf, True))
    return cfg, pauses, ramps, lives, stages, known, counts


def _jitter(rng, nt: int) -> np.ndarray:
    """The job's own noise per 5-s tick (a factor): heavy-tailed tick noise, the source train runs' image mix (blocks
    of 8-40 min of training, some night runs cheaper to decode), a slow OU drift, and CPU workers respawning."""
    s1 = rng.uniform(0.01, 0.035)
    x = s1 * rng.standard_t(4, nt) / np.sqrt(2.0)
    blk_mean, blk_sd, night = rng.uniform(8, 40) * 60 / TICK, rng.uniform(0.02, 0.06), rng.uniform(0.04, 0.1)
    i = 0
    while i < nt:
        L = int(rng.exponential(blk_mean)) + 12
        x[i:i + L] += rng.normal(0, blk_sd) + (night if rng.random() < 0.3 else 0.0)
        i += L
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.025), rng.uniform(30, 180) * 60)
    x += np.repeat(ou, K)[:nt]
    f = np.exp(x)
    rate = rng.uniform(0.5, 4) / 3600 * TICK
    for s in np.nonzero(rng.random(nt) < rate)[0]:
        f[s:s + int(rng.uniform(1, 7))] *= rng.uniform(0.0, 0.4)
    return f


def _job(rng, n: int, setting: str):
    cfg, pauses, ramps, lives, stages, known, counts = _schedule(rng, n, setting)
    nt = n * K + 180
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    for (t0, s), (t1, _) in zip(stages, stages[1:] + [(np.inf, None)]):
        lv[(tt >= t0) & (tt < t1)] = _level(cfg, s)
    J = lv * TICK * _jitter(rng, nt)
    for a, b, lo in ramps:
        m = (tt >= a) & (tt < b)
        J[m] *= lo + (1 - lo) * (tt[m] - a) / (b - a)
    for a, b, _ in pauses:
        J[(tt + TICK > a) & (tt < b)] = 0.0
    nodes = np.zeros(nt, int)
    for (t0, s), (t1, _) in zip(stages, stages[1:] + [(np.inf, None)]):
        nodes[(tt >= t0) & (tt < t1)] = s["nodes"]
    return SimpleNamespace(cfg=cfg, pauses_t=pauses, ramps=ramps, lives=lives, stages=stages, known_t=known,
                           counts=counts, J=J, nt=nt, nodes=nodes, n=n, dt=STEP)


# ---------------------------------------------------------------- the path


def _windows(rng, per_day: float, lo: float, hi: float, T: float) -> np.ndarray:
    """Poisson episodes ``(start, end)`` over ``[0, T)``: ``per_day`` a day, each ``lo``-``hi`` s long."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.stack([s, s + rng.uniform(lo, hi, k)], 1) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` fall in one of the windows ``win`` (``[start, end)`` rows, sorted by start, disjoint)."""
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _merge(win: np.ndarray) -> np.ndarray:
    if not len(win):
        return win
    win = win[np.argsort(win[:, 0])]
    out = [list(win[0])]
    for a, b in win[1:]:
        if a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out)


def _path_config(rng) -> SimpleNamespace:
    p = SimpleNamespace()
    p.P = float(rng.choice([10, 15, 20, 30])) if rng.random() < 0.4 else rng.uniform(10, 30)
    p.work = rng.uniform(0.01, 0.3)
    p.clock_sd = rng.uniform(0.1, 1.5)
    p.off_node = rng.random() < 0.25
    p.cc = "drop" if rng.random() < 0.55 else "block"
    p.reliable = rng.random() < 0.6
    p.be_loss = 0.0 if p.reliable else rng.uniform(0.0005, 0.003)
    p.cong_rate, p.cong_hi = rng.uniform(0.5, 4), rng.uniform(3, 12) * 60
    p.cong_ckpt = rng.random() < 0.5
    p.q_drop, p.block_mean = rng.uniform(0.3, 0.9), rng.uniform(2, 15)
    p.restart_rate, p.link_rate = rng.uniform(0.2, 1.5), rng.uniform(1, 8)
    p.lease, p.lookback = rng.uniform(2, 10), rng.uniform(0, 10)
    p.carry = rng.random() < 0.5
    p.backend = "memory" if rng.random() < 0.5 else "rocksdb"
    p.latest = (p.backend == "memory" and rng.random() < 0.3) or rng.random() < 0.12
    p.router_off, p.monitor_off = rng.normal(0, rng.uniform(0.1, 1.0)), rng.normal(0, 0.3)
    p.phase, p.get_fail = rng.uniform(0, 60), rng.uniform(0.002, 0.02)
    p.by_reporter = rng.random() < 0.5
    p.close_lag, p.late_current = rng.uniform(20, 90), rng.random() < 0.5
    return p


def _path(rng, job, n: int) -> SimpleNamespace:
    """Every node's puts and their fates, the storage, the monitor's gets and its minutes: the reads as copies
    ``(i0, i1, point, weight)``, each a share of the job's images over ticks ``[i0, i1)`` counted in a point."""
    p = _path_config(rng)
    T = n * STEP + 900.0
    c = dict.fromkeys(PATH_KEYS, 0)
    router_down = _windows(rng, p.restart_rate, 5, 120, T)
    c["router_restarts"] = len(router_down)
    cong = [_windows(rng, p.cong_rate, 60, p.cong_hi, T)]
    if p.cong_ckpt:
        cong.append(np.array([[a, b] for a, b, k in job.pauses_t if k == "ckpt"]).reshape(-1, 2))
    cong = _merge(np.concatenate(cong))
    max_nodes = 4
    offs = rng.normal(0, p.clock_sd, max_nodes)
    if p.off_node:
        offs[int(rng.integers(max_nodes))] += rng.choice([-1, 1]) * rng.uniform(5, 60)
        c["clock_off"] = 1
    backoff = rng.uniform(1, 10, (len(router_down), max_nodes))
    cols = {k: [] for k in ("i0", "i1", "w", "key", "h", "b")}
    for j in range(max_nodes):
        links = _windows(rng, p.link_rate, 1, 40, T)
        disc = [np.stack([router_down[:, 0], router_down[:, 1] + backoff[:, j]], 1),
                np.stack([links[:, 0], links[:, 1] + rng.uniform(1, 10, len(links))], 1)]
        disc = _merge(np.concatenate(disc))
        s_all, e_all, sh_all = [], [], []
        for l0, l1, graceful in job.lives:
            l1c = min(l1, T)
            if l1c <= l0:
                continue
            k = int((l1c - l0) / (p.P + p.work)) + 1
            t = l0 + np.cumsum(p.P + p.work + rng.uniform(0, 0.05, k))
            t = t[t < l1c]
            if graceful and l1 < T:
                t = np.append(t, l1)
            elif len(t) and l1 < T:
                c["crash_lost"] += 1
            starts = np.concatenate([[l0], t[:-1]])
            ti = np.minimum((t // TICK).astype(int), job.nt - 1)
            live_node = job.nodes[ti] > j  # the node takes part in this life's stage
            s_all.append(starts[live_node])
            e_all.append(t[live_node])
            sh_all.append(1.0 / job.nodes[ti[live_node]])
        if not s_all:
            continue
        s0, s, share = np.concatenate(s_all), np.concatenate(e_all), np.concatenate(sh_all)
        if not len(s):
            continue
        c["link_drops"] += len(links)
        c["puts"] += len(s)
        arrive = s + rng.uniform(0.005, 0.05, len(s))
        ok = np.ones(len(s), bool)
        in_cong = _inside(s, cong)
        if p.cc == "drop":
            lost = in_cong & (rng.random(len(s)) < p.q_drop)
            c["cc_dropped"] += int(lost.sum())
            ok &= ~lost
        else:
            arrive = arrive + np.where(in_cong, np.minimum(rng.exponential(p.block_mean, len(s)), 60), 0)
            c["cc_delayed"] += int(in_cong.sum())
        be = rng.random(len(s)) < p.be_loss
        c["be_lost"] += int((be & ok).sum())
        ok &= ~be
        i = np.searchsorted(disc[:, 0], s, side="right") - 1 if len(disc) else np.full(len(s), -1)
        dis = (i >= 0) & (s < disc[np.maximum(i, 0), 1]) if len(disc) else np.zeros(len(s), bool)
        c["disconnected"] += int((dis & ok).sum())
        ok &= ~dis
        re_at = np.full(len(s), np.nan)
        if p.carry and len(disc):
            # re-sent at reconnection: the puts after the lease noticed the drop, and those of the lookback before it
            nx = np.where(dis, i, np.searchsorted(disc[:, 0] + p.lease, s, side="left"))
            has = nx < len(disc)
            nxc = np.clip(nx, 0, len(disc) - 1)
            lo_t, u = disc[nxc, 0] + p.lease - p.lookback, disc[nxc, 1]
            redo = has & (s >= lo_t) & (s < u)
            re_at[redo] = u[redo] + rng.uniform(0.01, 2.0, int(redo.sum()))
            c["resent"] += int(redo.sum())
            c["doubled"] += int((redo & ok).sum())
        rep = s + offs[j]  # the reporter's own stamp
        for sel, arr in ((ok, arrive[ok]), (~np.isnan(re_at), re_at[~np.isnan(re_at)])):
            cols["i0"].append((s0[sel] // TICK).astype(int))
            cols["i1"].append((s[sel] // TICK).astype(int))
            cols["w"].append(share[sel])
            cols["key"].append(np.full(int(sel.sum()), j))
            cols["h"].append(arr + p.router_off)
            cols["b"].append(rep[sel])
    v = {k: np.concatenate(x) if x else np.zeros(0) for k, x in cols.items()}
    # the storage and the monitor's gets (router clock)
    g = p.phase + STEP * np.arange(int(T / STEP) + 3) + p.monitor_off
    g_ok = ~_inside(g - p.router_off, router_down) & (rng.random(len(g)) >= p.get_fail)
    c["gets_failed"] = int((~g_ok).sum())
    wipes = np.sort(router_down[:, 0] + p.router_off) if p.backend == "memory" else np.zeros(0)

    def wiped(h, gt):
        return np.searchsorted(wipes, gt, side="right") > np.searchsorted(wipes, h, side="right")

    h = v["h"]
    read_at = np.full(len(h), -1)
    if not p.latest:
        j0 = np.ceil((h - p.phase - p.monitor_off) / STEP).astype(int)
        for dj in (1, 0):  # the first good get wins
            jj = np.clip(j0 + dj, 0, len(g) - 1)
            good = g_ok[jj] & ~wiped(h, g[jj]) & (h <= g[jj]) & (h >= g[jj] - 120)
            read_at = np.where(good, jj, read_at)
    else:
        for key in range(max_nodes):
            idx = np.nonzero(v["key"] == key)[0]
            if not len(idx):
                continue
            idx = idx[np.argsort(h[idx], kind="stable")]
            hk = h[idx]
            last = np.searchsorted(hk, g, side="right") - 1
            jj = np.nonzero(g_ok & (last >= 0))[0]
            q = idx[last[jj]]
            got = (h[q] >= g[jj] - 120) & ~wiped(h[q], g[jj])
            q, first = np.unique(q[got], return_index=True)  # the first get that returns a value reads it
            read_at[q] = jj[got][first]
    c["wiped"] = int(wiped(h[read_at < 0], h[read_at < 0] + 120).sum())
    c["unread"] = int((read_at < 0).sum())
    keep = read_at >= 0
    gt = g[np.maximum(read_at, 0)]
    bt = v["b"] if p.by_reporter else h
    m = np.floor(bt / STEP).astype(int)
    late = keep & (gt - STEP >= (m + 1) * STEP + p.close_lag)  # a get adds its replies, then closes minutes
    c["late_rebinned" if p.late_current else "late_dropped"] = int(late.sum())
    if p.late_current:
        m = np.where(late, np.floor((gt - p.close_lag) / STEP).astype(int), m)
    else:
        keep &= ~late
    c["rebinned"] = int((keep & (m != np.floor(v["i1"] * TICK / STEP))).sum())
    keep &= (m >= 0) & (m < n)
    p.counts = c
    p.i0, p.i1, p.pt, p.w = v["i0"][keep], np.maximum(v["i1"][keep], v["i0"][keep]), m[keep], v["w"][keep]
    return p


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s) of per-tick images ``X``: linear in ``X``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    return np.bincount(p.pt, weights=p.w * (C[p.i1] - C[p.i0]), minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------- pauses, build, regressions


def _spans(run, h: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Points touching a pause (or a ramp's first half), with a neighbour each side, and points that read nothing."""
    bad = np.zeros(n + 2, bool)
    marks = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in marks:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s < n:
            bad[max(s, 0):min(e, n)] = True
    bad[:n] |= h <= 0
    spans = []
    for i in np.nonzero(bad[:n])[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, pauses: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _job(rng, n, pauses)
    run.path = _path(rng, run, n)
    h = _reads(run, run.J)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of images lost per tick (0 .. 1): a drop (an augmentation worker pool OOM-killed, not
    respawned) ``min(1, (s + 1) / tau)``; a straggler (one node's image reads from the object store slowed) bursts
    at 1 and calm spells at 0.05-0.25; a leak (the oversampler's fault index growing into swap) ``(s / ramp) ** p``,
    then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w = np.empty(length)
    i, bad = 0, True
    calm = rng.uniform(0.05, 0.25)
    b_mean, c_mean = rng.uniform(24, 240), rng.uniform(100, 600)
    while i < length:
        L = int(rng.exponential(b_mean if bad else c_mean)) + 2
        w[i:i + L] = 1.0 if bad else calm
        i, bad = i + L, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, m))`` pair, or None."""
    n = run.n
    ts = STEP * np.arange(n)
    pt = [(a, b) for a, b, _ in run.pauses_t]
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
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        X = np.zeros(run.nt)
        X[i0:i1] = w * run.J[i0:i1]
        m1 = _reads(run, X)
        c0 = onset + ramp
        seg = slice(c0, stop)
        hs, ms = healthy[seg][live[seg]].sum(), m1[seg][live[seg]].sum()
        if hs <= 0 or ms <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.35))
        a = target * hs / ms
        if a > 1:
            continue
        v = np.maximum(healthy - a * m1, 0.0)
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
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout202(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout202_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT202_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout202, seeds, n, pauses)
