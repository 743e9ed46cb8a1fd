"""The hundred-and-thirty-second held-out throughput family: a synthetic-aperture radar ship detector's training,
chips/s (a one-stage detector on Sentinel-1-style SAR chips of several sizes with heavy speckle, multi-scale training
with a size schedule, chips cut from large GeoTIFF scenes by CPU workers, mosaic augmentation switched off for the last
epochs), each rank issuing an Apache HBase Increment on a per-minute row (its column the rank) with its chips every
10 s, the monitor scanning the last minutes' rows every 30 s and summing their columns.

(No generator's head names HBase, an Increment's row key, a region server, region splits or moves, WAL splitting, a
ship detector, speckle, GeoTIFF, chips or mosaic augmentation (``grep -ic`` on ``/tmp/s56/genheads129.txt``: 0 each);
"Sentinel" and "SAR scenes" match one head (a Swin-UNet segmenting Sentinel-1 SAR scenes into sea-ice concentration);
"wal" matches two (the words printed: "wall", "SkyWalking", "WAL"), "increment" one (as "incremental"), "ship" three
(as "shipped", "ships"), "detector" eleven (other jobs' detectors): the job's imagery is not new, its task (ship
detection in chips/s, a multi-scale size schedule, mosaic switched off, GeoTIFF chips cut on CPU workers) and the
path (non-idempotent HBase Increments on per-minute rows, scanned and summed) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout129.py`` lines 1-110 and 595-604 (its
``make_heldout129`` and ``heldout129_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout129.py`` (all), ``anomaly/heldout_common.py`` (all, in parts: one ``cat`` was truncated
by the tool, the rest printed with ``sed``), ``tests/trace_checks.py`` (all, in parts, the same way),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s56/genheads129.txt`` through
``grep -ic`` and ``grep -ioE`` only (the latter printed the matched words with up to 80 characters around them: two
fragments of two heads). Slips: a ``wc -l`` of ``anomaly/heldout129.py`` (604 lines) with the ``grep -n``; none
else. My scratch scripts (``/tmp/w132s/``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): HBASE-3787 ("Increment is non-idempotent but client retries
RPC": the client retries the increment RPC as configured, so one call may be applied twice at the server; its fix
added nonces, tested across log replay); HBASE-24545 and HBASE-24585 (the ServerCrashProcedure waits for the crashed
server's WALs to be split before its regions are reassigned; procedure-based or ZooKeeper-coordinated splitting); a
wiki page on HBase's WAL (one WAL per region server shared by its regions; every Put/Delete/increment logged before the
MemStore; after a crash the log is split by region and replayed; distributed log splitting since 0.92); Huawei MRS's
HBase guides (the master waits for WAL splitting before assigning user regions, which can take long; the client's
``hbase.client.retries.number`` 35 and ``hbase.client.operation.timeout`` Integer.MAX_VALUE ms there, so a call
against a dead server hangs unless the timeout is set); HBASE-9670 (``hbase.client.pause`` 100 ms), HBASE-15615 (the
client's backoff table ``{1, 2, 3, 5, 10, 20, 40, 100, 100, 100, 100, 200, 200}`` times the pause), HBASE-1843 and
HBASE-2121 (client retries while a region is unavailable, region lookups within the retries); asynchbase's javadoc
(``atomicIncrement``, buffered coalescing increments; not used). Not read (from memory, unchecked): that modern
clients send nonces so most retried Increments are deduplicated (the lead's brief says a retried Increment may be
applied twice: I keep that, as for a client with nonces off or a nonce expired); ZooKeeper's session timeout before a
dead region server is noticed (I draw 20-90 s) and WAL split plus replay (15-240 s, log-uniform); that a split or a move
leaves a region unavailable for about a second or a few (I draw 0.3-6 s); ASYNC_WAL losing the unsynced edits at a
crash; how a scan retries. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.85-0.97 per node doubling); a GPU
trains 30-260 chips/s (log-uniform) at the first size schedule; a node's CPU workers (GeoTIFF windows read and decoded,
chips cut and augmented, mosaic drawing 4 chips a sample) feed 0.5-0.85 of its GPUs' rate, the rate the soft minimum
(``(g**-8 + c**-8) ** -1/8``) of the two; mosaic off (once, at the first epoch end after 80-93 % of the run, 1 h or
more from a relaunch) raises the workers' rate 1.8-2.6 times (a listed change). Noise per 5-s tick: the multi-scale
sizes drawn every 10 iterations (iid log sd 3-8 %), scene switches (an AR(1) of the log, sd 2-5 %, correlation
15-90 s), a slow OU (sd 1-3 %, 20-120 min) and dips to 50-85 % for a tick every 2-10 min (several workers opening new
scenes at once). Relaunches: 0-3 at 15-85 % of the run (1 h apart), each the next, larger chip-size schedule (at most
twice, 1.3-1.7 times dearer on both the GPUs and the workers) or, 1 in 5, another node count, redrawn until the level
moves 15 % (1/3 to 3 times); listed. Pauses: start-up 3-10 min ("long" 30-70) and a ramp from 50-80 % over 2-6 min
(the scenes' page cache cold); at each epoch's end (30-90 min of training, +-5 %) an evaluation (mAP over the
validation chips) of 1-5 min ("long" 15-45: sliding-window inference over whole scenes), every 2nd or 3rd with a
checkpoint (10-40 s more, "long" 1-3 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), a
start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 ("long" 5-40), then
a start-up and its ramp.

On the path (not checked): each rank (all step together: a rank's chips are 1/R of the job's) issues, every 10 s from
a phase of its own, one Increment of its counter since its last closed one, on the row of the minute its host clock
shows (NTP offsets sd 0.01-0.4 s; in 30 % of runs one node's clock stepped 5-40 s either way for 10-90 min); a planned
stop flushes the counters, a crash loses the chips since each rank's last Increment. An Increment's round trip 3-15 ms.
Region unavailability: splits of the hot region (per-minute keys all land at the table's end) and moves, 0.1-0.6 an
hour, 0.3-6 s each: an Increment then waits for the region's end and 0.05-1.5 s of relocation; a region server crash
(first 5-60 h in, then a mean gap of 30-120 h) keeps the region offline for 20-90 s plus the WAL split and replay,
and an Increment waiting past the operation timeout (set by the job, 20-90 s) fails; edits already applied survive
(WAL replay), except, in 30 % of runs (ASYNC_WAL), those of the last 0.2-1 s before the crash. RPC timeouts (the rpc
timeout set to 1-5 s): in episodes (a region server's GC pauses or overload, 0.02-0.15 an hour, 3-40 s) 30-90 % of
attempts time out, 1e-5-2e-4 elsewhere; 30-70 % of timed-out attempts were applied by the server all the same, and the
retry (after ``pause * backoff[k]``, the pause 50 or 100 ms) applies it again; attempts go on until one succeeds or the
operation timeout passes. A failed Increment's chips are added back to the rank's counter (half the runs: then a
failed-but-applied Increment counts twice) or dropped. The monitor (clock offset sd 0.1-1 s) scans every 30 s on its
clock and publishes each row 5-20 s after its minute's end (the first successful scan then): a scan fails while the
region is offline (after a crash) or while the monitor restarts (first 5-60 h in, then a mean gap of 30-100 h, down
20-180 s); the next scan catches up on the rows still in its window (the last 3-10 minutes), older ones are unread;
in half the runs a restarted monitor re-reads the window's rows, publishing them again (later, with more of their
Increments). A split or move delays a scan to the region's return. An Increment applied after its row was read is
lost to the monitor (late); a point is its row's sum over the columns as read, per second. The reads are linear in
the job's chips: Increment times and fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where its row was not
read (or read as 0); spans with no live point between are merged; a listed change is the first point after a
relaunch's span or after the evaluation that switched mosaic off. Labelled regressions (a share ``a w`` of each tick's
chips lost, carried through the same Increments and reads): ``drop`` (data-loader workers killed and not respawned:
``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one GPU thermally throttled in bursts: 1 for a
mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak`` (a growing cache of decoded scenes pushing the
host into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss
(8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost chips (linear), refused above
1; ``w`` is per 5-s tick.

Measured (``heldout132_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     11         9     0.109-0.290  16              1-20 (1209, 0 >60)
long      33      11    12         10    0.088-0.315  19              1-106 (910, 28 >60)

Planned changes listed: short 31, long 27 (of 19 and 15 relaunches, none kept its stage, and 12 and 12 mosaic
switches); crashes 44 and 50. The path over each set (counts): short: lives ending in a crash with unsent chips 44,
timed-out attempts 2352, attempts applied though they timed out 1173, Increments failed 2987, carried to the next
one 1873, dropped 1114, waits on region location 6746, region server crashes 20, Increments lost with an ASYNC_WAL
3, Increments applied after their row was read 41, Increments on another minute's row 7937, unread points 0, monitor
restarts 31, rows caught up late 75; long: 50, 3666, 2346, 3236, 729, 2507, 6648, 24, 2, 15, 6684, 1, 25, 80. The
reads' sum over the live points against the job's chips: 0.999-1.001 (short), 1.000-1.001 (long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 1.8-3.3 % (short), 2.1-3.5 % (long), its 99th percentile 7-13
% (short), 8-15 % (long); the live median level 117-3,143 (short), 256-4,190 (long) chips/s. Changes after the first
measure (both before this table and the tests): the "long" pauses lengthened (an evaluation 8-20 min to 15-45, a
start-up 25-60 to 30-70, a relaunch's queue 1-5 to 5-40) because no span passed 60 points; the build made faster
(the AR(1) as a convolution, an Increment's latency one draw per life instead of one per Increment, the randomly
timed-out Increments drawn as a count), which moved the draws; and two bugs fixed: a randomly chosen Increment's
first attempt was not made to time out (only 3e-5-6e-4 of the chosen ones timed out: such timeouts nearly never
happened); and the last life was not recorded where a pause ran past the run's end, so its Increments were never
sent (a trace read nothing for its last 1,500 points). None after this table. The tests check the laws on the first
4 seeds at 3,000 points (``SPANS`` holds the laws' and the full sets' span lengths: 1-21 and 1-106).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import bisect
from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT132_SEEDS = tuple(range(1322000, 1322012))
CODE = 132
TICK = 5.0  # the job's chips are kept per 5-s tick
STEP = 60.0  # a point: one per-minute row of the HBase table
K = int(STEP // TICK)
EPOCH = 1_790_000_040.0 - 1_790_000_040.0 % 60
KIND_P = (0.34, 0.33, 0.33)
EVERY = 10.0  # a rank's Increment period (s)
SCAN = 30.0  # the monitor's scan period (s)
BACKOFF = (1, 2, 3, 5, 10, 20, 40, 100, 100, 100, 100, 200, 200)  # HBase client's RETRY_BACKOFF
PAUSE = {"startup": {"short": (180, 600), "long": (1800, 4200)}, "eval": {"short": (60, 300), "long": (900, 2700)},
         "ckpt": {"short": (10, 40), "long": (60, 180)}, "crash": {"short": (60, 240), "long": (360, 1080)},
         "restart": {"short": (120, 360), "long": (480, 1200)}, "relaunch": {"short": (60, 180), "long": (300, 720)},
         "queued": {"short": (60, 300), "long": (300, 2400)}}
PATH_KEYS = ("crash_unsent", "timeouts", "applied_twice", "failed", "carried", "dropped", "region_waits",
             "rs_crashes", "wal_lost", "late", "skewed", "unread", "monitor_restarts", "caught_up")
SPANS = {"short": (1, 21), "long": (1, 106)}  # pause spans (points): the full sets' and the laws' sets'


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The job's chips trained up to time ``t`` (s): the cumulative ticks, linear inside a tick."""
    return np.interp(np.asarray(t, float) / TICK, np.arange(len(C)), C)


# ----------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Chips/s: the GPUs' rate and the CPU workers' (GeoTIFF reads, chip cutting, mosaic) soft-minimum."""
    eff = cfg["eff"] ** np.log2(st["nodes"])
    gpu = 8 * st["nodes"] * eff * cfg["gpu"] / cfg["size_c"] ** st["size"]
    cpu = st["nodes"] * cfg["cpu"] * (cfg["mosaic_c"] if st["mosaic_off"] else 1.0) / cfg["size_c"] ** st["size"]
    return float((gpu ** -8 + cpu ** -8) ** -0.125)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: the next, larger chip-size schedule (at most twice) or, 1 in 5, another node count;
    redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(50):
        new = dict(st)
        if st["size"] >= 2 or rng.random() < 0.2:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 4) if n != st["nodes"]]))
        else:
            new["size"] = st["size"] + 1
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return dict(st)


def _dur(rng, kind: str, pauses: str) -> float:
    lo, hi = PAUSE[kind][pauses]
    return float(rng.uniform(lo, hi))


def _schedule(rng, n: int, pauses: str) -> SimpleNamespace:
    """The job: its lives, pauses, stages and chips per tick."""
    T = n * STEP
    nt = n * K
    cfg = {"gpu": _lu(rng, 30, 260), "eff": rng.uniform(0.85, 0.97), "size_c": rng.uniform(1.3, 1.7),
           "mosaic_c": rng.uniform(1.8, 2.6)}
    cfg["cpu"] = 8 * cfg["gpu"] * rng.uniform(0.5, 0.85)  # a node's workers (mosaic on) behind its GPUs
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "size": 0, "mosaic_off": False}
    epoch = rng.uniform(1800, 5400)  # an epoch's training seconds (an evaluation at each end)
    ck_every = int(rng.choice([2, 3]))
    n_re = int(rng.choice(4, p=[0.2, 0.3, 0.3, 0.2]))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * T)
    re_t = [t for k, t in enumerate(re_t) if k == 0 or t - re_t[k - 1] > 3600]
    mosaic_t = rng.uniform(0.8, 0.93) * T
    crash_mean = rng.uniform(12, 48) * 3600
    # noise: multi-scale sizes (every 10 iterations) per tick, scene switches (AR(1)), a slow OU, scene-open dips
    ms_sd, ar_sd, ar_tau = rng.uniform(0.03, 0.08), rng.uniform(0.02, 0.05), rng.uniform(15, 90)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    a = np.exp(-TICK / ar_tau)
    e = rng.normal(0, ar_sd * np.sqrt(1 - a * a), nt)
    e[0] = rng.normal(0, ar_sd)
    ar = np.convolve(e, a ** np.arange(int(np.log(1e-12) / np.log(a)) + 1))[:nt]  # an AR(1) of the log rate
    noise = np.exp(ar + rng.normal(0, ms_sd, nt) + np.repeat(ou, int(STEP // TICK))[:nt])
    dips = rng.random(nt) < TICK / rng.uniform(120, 600)
    noise[dips] *= rng.uniform(0.5, 0.85, dips.sum())
    J = np.zeros(nt)
    pauses_t, lives, known_t = [], [], []
    counts = {"relaunches": 0, "crashes": 0, "kept_stage": 0, "mosaic_off": 0}
    t = 0.0
    life_start = 0.0

    def start(t, kind):  # a start-up pause, then a ramp from 50-80 % over 2-6 min
        d = _dur(rng, "startup" if kind == "startup" else "restart", pauses)
        pauses_t.append((t, t + d, kind))
        return t + d, (t + d, t + d + rng.uniform(120, 360), rng.uniform(0.5, 0.8))

    ramps = []
    t, ramp = start(0.0, "startup")
    ramps.append(ramp)
    next_crash = t + rng.exponential(crash_mean)
    left = epoch * rng.uniform(0.95, 1.05)
    n_eval = 0
    ri = 0
    while t < T:
        due_re = re_t[ri] if ri < len(re_t) else np.inf
        cand = [t + left, due_re, next_crash, T]
        which = int(np.argmin(cand))
        b = max(cand[which], t + TICK)
        lv = _level(cfg, st)
        i0, i1 = int(np.ceil(t / TICK)), min(nt, int(b // TICK))
        if i1 > i0:
            tt = np.arange(i0, i1) * TICK
            r0, r1, f = ramp
            rf = np.where(tt < r1, f + (1 - f) * np.clip((tt - r0) / (r1 - r0), 0, 1), 1.0)
            J[i0:i1] = lv * TICK * rf * noise[i0:i1]
        left -= b - t
        t = b
        if t >= T:
            lives.append((life_start, T, st["nodes"], True))
            break
        if which == 0:  # an epoch's end: evaluation (mAP on the validation chips), every few a checkpoint
            n_eval += 1
            kind = "ckpt" if n_eval % ck_every == 0 else "eval"
            d = _dur(rng, "eval", pauses) + (_dur(rng, "ckpt", pauses) if kind == "ckpt" else 0)
            pauses_t.append((t, t + d, kind))
            t += d
            left = epoch * rng.uniform(0.95, 1.05)
            if not st["mosaic_off"] and t >= mosaic_t and all(abs(t - x) > 3600 for x in known_t + re_t):
                st = dict(st, mosaic_off=True)  # the last epochs: mosaic augmentation switched off
                known_t.append(t)
                counts["mosaic_off"] += 1
        elif which == 1:  # a planned relaunch: a larger chip-size schedule or another node count
            lives.append((life_start, t, st["nodes"], True))
            d = _dur(rng, "relaunch", pauses) + _dur(rng, "queued", pauses)  # stopped, then queued
            pauses_t.append((t, t + d, "relaunch"))
            new = _next_stage(rng, cfg, st, lv)
            counts["relaunches"] += 1
            counts["kept_stage"] += new == st
            moved = new != st
            st = new
            life_start = t + d
            t, ramp = start(t + d, "relaunch_start")
            ramps.append(ramp)
            if moved:
                known_t.append(t)
            ri += 1
        else:  # a crash: the process dies, is down, restarts from the last checkpoint
            lives.append((life_start, t, st["nodes"], False))
            d = _dur(rng, "crash", pauses)
            pauses_t.append((t, t + d, "crash"))
            counts["crashes"] += 1
            life_start = t + d
            t, ramp = start(t + d, "restart")
            ramps.append(ramp)
            next_crash = t + rng.exponential(crash_mean)
    if not lives or lives[-1][0] != life_start:  # the last life, where a pause ran past the run's end
        lives.append((life_start, T, st["nodes"], True))
    pauses_t.sort()
    merged = []
    for p in pauses_t:  # a crash and its restart's start-up are one pause
        if merged and p[0] <= merged[-1][1] + 1e-9:
            merged[-1] = (merged[-1][0], max(merged[-1][1], p[1]), merged[-1][2])
        else:
            merged.append(p)
    return SimpleNamespace(n=n, nt=nt, dt=STEP, k=K, J=J, cfg=cfg, pauses_t=merged, lives=lives,
                           known_t=[x for x in known_t if x < T], counts=counts,
                           ramps=[(r0, 0.5 * (r0 + r1)) for r0, r1, f in ramps])


# ---------------------------------------------------------------------------------------------------- the path


def _windows(rng, T: float, per_h: tuple, dur: tuple) -> list:
    """Episodes ``(start, end)``: a Poisson rate drawn in ``per_h`` (per hour), lengths uniform in ``dur`` (s)."""
    rate = _lu(rng, *per_h) / 3600
    out, t = [], rng.exponential(1 / rate)
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(1 / rate)
    return out


def _inside(wins: list, t: np.ndarray) -> np.ndarray:
    """The index of the window of ``wins`` that holds each time (-1: none)."""
    if not wins:
        return np.full(len(t), -1)
    s = np.array([a for a, b in wins])
    e = np.array([b for a, b in wins])
    j = np.searchsorted(s, t, side="right") - 1
    ok = (j >= 0) & (t < e[np.maximum(j, 0)])
    return np.where(ok, j, -1)


def _path(rng, run) -> SimpleNamespace:
    """Every Increment's fate (its row, its copies' application times) and every row's read time. Fates are
    drawn from times only, so the reads are linear in the job's chips."""
    T = run.n * STEP
    p = SimpleNamespace(counts={k: 0 for k in PATH_KEYS})
    c = p.counts
    carry = rng.random() < 0.5  # a failed Increment's chips added back to the rank's counter
    p.carry = carry
    op_to = rng.uniform(20, 90)  # hbase.client.operation.timeout (set by the job)
    rpc_to = rng.uniform(1, 5)  # hbase.rpc.timeout (set by the job)
    pause = rng.choice([0.05, 0.1])  # hbase.client.pause
    p_applied = rng.uniform(0.3, 0.7)  # a timed-out attempt that the region server applied anyway
    p_rand = _lu(rng, 1e-5, 2e-4)  # an attempt timing out outside an episode
    p_ep = rng.uniform(0.3, 0.9)
    ep = _windows(rng, T, (0.02, 0.15), (3, 40))  # GC pauses / a busy region server: RPCs time out
    ep_s = [a for a, b in ep]
    moves = _windows(rng, T, (0.1, 0.6), (0.3, 6))  # splits of the hot region (per-minute keys grow) and moves
    crash_gap = rng.uniform(30, 120) * 3600
    rs, t = [], rng.uniform(5, 60) * 3600
    while t < T:  # a region server crash: the region offline while its WALs are split and replayed
        d = rng.uniform(20, 90) + _lu(rng, 15, 240)
        rs.append((t, t + d))
        t += d + rng.exponential(crash_gap)
    c["rs_crashes"] = sum(a < T for a, b in rs)
    regions = sorted([(a, b, 0) for a, b in moves] + [(a, b, 1) for a, b in rs])
    regions = [w for k, w in enumerate(regions) if k == 0 or w[0] >= regions[k - 1][1]]
    reg = [(a, b) for a, b, kind in regions]
    reg_crash = np.array([kind for a, b, kind in regions], bool)
    async_wal = rng.random() < 0.3  # ASYNC_WAL: edits of the last 0.2-1 s before a crash are lost
    wal_lag = rng.uniform(0.2, 1.0)
    clk_sd = _lu(rng, 0.01, 0.4)
    step = None
    if rng.random() < 0.3:  # one node's clock stepped (NTP lost, then corrected) for 10-90 min
        a = rng.uniform(0.1, 0.9) * T
        step = (a, a + rng.uniform(600, 5400), rng.choice([-1, 1]) * rng.uniform(5, 40), int(rng.integers(4)))
    ts_l, te_l, row_l, tau_l = [], [], [], []
    for a, b, nodes, flush in run.lives:
        R = 8 * nodes
        ph = rng.uniform(0, EVERY, R)
        off = rng.normal(0, clk_sd, R)
        m = int((b - a) // EVERY) + 2
        t = a + ph[:, None] + EVERY * np.arange(m)[None, :]
        t = np.where(t < b, t, np.inf)
        if flush:  # a planned stop flushes each rank's counter
            last = (t < b).sum(1)
            t[np.arange(R), np.minimum(last, m - 1)] = b
        if not flush:
            c["crash_unsent"] += 1
        rank = np.repeat(np.arange(R), m)
        t = t.ravel()
        keep = np.isfinite(t)
        rank, t = rank[keep], t[keep]
        o = off[rank]
        if step is not None:
            s0, s1, d, node = step
            o = o + np.where((rank // 8 == node % nodes) & (t >= s0) & (t < s1), d, 0.0)
        row = np.floor((t + o) / STEP).astype(int)
        c["skewed"] += int((row != np.floor(t / STEP)).sum())
        lat = _lu(rng, 0.003, 0.015)  # an Increment's round trip (its spread does not matter at 5-20 s)
        tau = t + lat
        status = np.zeros(len(t), int)  # 0 applied, 1 failed
        w = _inside(reg, t)
        wi = np.nonzero(w >= 0)[0]
        waited = w >= 0
        c["region_waits"] += len(wi)
        ends = np.array([b2 for a2, b2 in reg] or [0.0])[w[wi]]
        tau[wi] = ends + rng.uniform(0.05, 1.5, len(wi)) + lat  # the client relocates the region, then retries
        status[wi[ends - t[wi] > op_to]] = 1
        extra_s, extra_tau = [], []
        e_i = _inside(ep, t)
        rand = np.zeros(len(t), bool)
        rand[rng.integers(0, len(t), rng.binomial(len(t), p_rand))] = True  # a first attempt timing out
        for j in np.nonzero(((e_i >= 0) | rand) & ~waited)[0]:
            x, k, ok = t[j], 0, False
            while x - t[j] <= op_to:
                q = bisect.bisect_right(ep_s, x) - 1
                fail = rng.random() < (p_ep if q >= 0 and x < ep[q][1] else p_rand) or (k == 0 and rand[j])
                if not fail:
                    ok = True
                    break
                c["timeouts"] += 1
                if rng.random() < p_applied:  # applied, its response lost: the retry applies it again
                    extra_s.append(j)
                    extra_tau.append(x + rpc_to * rng.uniform(0.05, 0.9))
                x += rpc_to + pause * BACKOFF[min(k, len(BACKOFF) - 1)]
                k += 1
            tau[j] = x + lat
            status[j] = 0 if ok else 1
        c["failed"] += int(status.sum())
        # a failed Increment's chips: carried into the rank's next one, or dropped
        carried = (status == 1) & carry
        c["carried" if carry else "dropped"] += int((status == 1).sum())
        first = np.r_[True, rank[1:] != rank[:-1]]
        closes = ~carried
        idx = np.where(closes, np.arange(len(t)), -1)
        prev = np.maximum.accumulate(np.r_[-1, idx[:-1]])
        # the group start: the last closing Increment of the rank, or the life's start
        own = np.maximum.accumulate(np.where(first, np.arange(len(t)), -1))
        start = np.where(prev >= own, t[np.maximum(prev, 0)], a)
        ok = status == 0
        ts_l += [start[ok]]
        te_l += [t[ok]]
        row_l += [row[ok]]
        tau_l += [tau[ok]]
        if extra_s:
            jj = np.array(extra_s)
            c["applied_twice"] += len(jj)
            ts_l += [start[jj]]
            te_l += [t[jj]]
            row_l += [row[jj]]
            tau_l += [np.array(extra_tau)]
    ts, te, row, tau = (np.concatenate(x) for x in (ts_l, te_l, row_l, tau_l))
    keep = np.ones(len(ts), bool)
    if async_wal:
        for a, b in rs:
            lost = (tau > a - wal_lag) & (tau <= a)
            c["wal_lost"] += int(lost.sum())
            keep &= ~lost
    # the monitor: a scan every 30 s on its clock; a row is published at the first scan g s after its minute
    mon_off = rng.normal(0, _lu(rng, 0.1, 1.0))
    g = rng.uniform(5, 20)
    window = int(rng.integers(3, 11))  # the scan covers the last 3-10 minutes' rows
    scans = rng.uniform(0, SCAN) + SCAN * np.arange(int(T / SCAN) + 40) - mon_off
    down = []
    t = rng.uniform(5, 60) * 3600
    while t < T:
        d = rng.uniform(20, 180)
        down.append((t, t + d))
        t += d + rng.exponential(rng.uniform(30, 100) * 3600)
    c["monitor_restarts"] = len(down)
    w = _inside(reg, scans)
    failed = (w >= 0) & reg_crash[np.maximum(w, 0)] | (_inside(down, scans) >= 0)
    ends = np.array([b for a, b in reg] or [0.0])[np.maximum(w, 0)]
    true_s = np.where((w >= 0) & ~failed, ends + rng.uniform(0.05, 1.5, len(scans)), scans)
    n = run.n
    read = np.full(n, np.inf)
    nxt = 0  # the next row to publish
    after_down = np.r_[False, (_inside(down, scans[:-1]) >= 0)] & (_inside(down, scans) < 0)
    forget = rng.random() < 0.5  # a restarted monitor re-publishes the window's rows (its state lost)
    after_down, true_l, scans_l = after_down.tolist(), true_s.tolist(), scans.tolist()
    for k in np.nonzero(~failed)[0].tolist():
        clock = scans_l[k] + mon_off
        upto = min(int((clock - g) // STEP), n)  # rows whose minute ended g s ago
        if upto <= 0:
            continue
        lo = max(nxt, upto - window)
        if forget and after_down[k]:
            lo = max(0, upto - window)
        if lo > nxt:
            nxt = lo
        if upto > nxt or (forget and after_down[k]):
            if upto - nxt > 1:
                c["caught_up"] += upto - nxt - 1
            read[lo:upto] = true_l[k]
            nxt = max(nxt, upto)
        if nxt >= n:
            break
    good = keep & (row >= 0) & (row < n)
    late = good & (tau > read[np.clip(row, 0, n - 1)])
    c["late"] = int(late.sum())
    use = good & ~late
    o = np.argsort(row[use], kind="stable")
    p.ts, p.te, p.row = ts[use][o], te[use][o], row[use][o]
    p.unread = ~np.isfinite(read)
    c["unread"] = int(p.unread.sum())
    p.read = read
    p.R = np.array([8 * nodes for a, b, nodes, f in run.lives])
    p.life_of = np.searchsorted(np.array([a for a, *_ in run.lives]), p.te, side="right") - 1
    return p


def _reads(run, J: np.ndarray, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """The monitor's chips/s per minute for the job's chips per tick ``J`` (linear in ``J``); rows ``[lo, hi)``
    only where given (the others 0)."""
    p, n = run.path, run.n
    hi = n if hi is None else hi
    i0, i1 = np.searchsorted(p.row, lo), np.searchsorted(p.row, hi)
    C = _cum(J)
    amt = (_at(C, p.te[i0:i1]) - _at(C, p.ts[i0:i1])) / p.R[p.life_of[i0:i1]]
    out = np.bincount(p.row[i0:i1], amt, minlength=n)[:n] / STEP
    out[p.unread] = 0.0
    return out


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    or a ramp's first half, or where it was not read."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    bad = np.zeros(n, bool)
    for a, b, *_ in run.pauses_t + run.ramps:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        bad[max(s, 0):min(e, n)] = True
    bad |= run.path.unread | (h <= 0)
    spans = []
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the chips lost per tick (0 .. 1)."""
    if kind == "drop":  # data-loader workers lost (a worker killed by the OOM killer, not respawned)
        tau = rng.uniform(1, 6) * K
        return np.minimum(1.0, (np.arange(length) + 1) / tau)
    if kind == "straggler":  # one GPU thermally throttled in bursts
        calm = rng.uniform(0.05, 0.25)
        w, i, on = np.empty(length), 0, True
        while i < length:
            d = int(rng.exponential((rng.uniform(5, 30) if on else rng.uniform(20, 90)) * K)) + 1
            w[i:i + d] = 1.0 if on else calm
            i += d
            on = not on
        return w
    p = rng.uniform(0.6, 1.8)  # a leak: the decoded-scene cache growing into swap
    return np.minimum(1.0, (np.arange(length) / max(ramp, 1)) ** p)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n), lo, last,
                           STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        L = np.zeros(run.nt)
        L[i0:i1] = run.J[i0:i1] * w
        r = _reads(run, L, max(0, lo - 2), min(n, stop + 2))
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                      rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        lv = live[c0:stop]
        got = r[c0:stop][lv].sum()
        if got <= 0:
            continue
        a = target * healthy[c0:stop][lv].sum() / got
        if a > 1:
            continue
        m = a * r
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = onset + ramp if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout132(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout132_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT132_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout132, seeds, n, pauses)
