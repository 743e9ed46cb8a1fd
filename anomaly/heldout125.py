"""The hundred-and-twenty-fifth held-out throughput family: a malware classifier's training binaries/s (a MalConv-style
byte-level convolutional network over the first megabytes of Windows PE files with a gradient-boosted model's
feature vector, unpacking and feature extraction on CPU workers), each rank adding its count to a per-minute key in
FoundationDB (an atomic ADD in a transaction every 20 steps), the monitor reading the last complete minutes' keys.

(No generator's head names FoundationDB, a commit_unknown_result, a conflict, a transaction, malware, MalConv, PE files,
unpacking, a gradient-boosted model or EMBER (``grep -ic`` on ``/tmp/s55/genheads122.txt``: 0 each, "fdb" 0);
"foundation" matches 9 lines (of foundation models' heads), "snapshot" 2 (one a surrogate's training snapshots),
"atomic" 3 (interatomic potentials), "classifier" 8 (image, audio and signal classifiers): the job's kind (a classifier)
is not new, its byte-level network over executables with CPU unpacking and the path (per-minute keys in FoundationDB
bumped by atomic ADDs in retried transactions) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout122.py`` lines 1-110 and 501-510 (its
``make_heldout122`` and ``heldout122_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout122.py`` (all), ``anomaly/heldout_common.py`` (all: a first ``cat`` was cut by the tool,
read again as lines 100-560), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/s55/genheads122.txt`` through ``grep -i``/``grep -c``/``grep -io``
only (printing the matching heads' lines, cut at 200 characters, and 40-60 characters around "foundation" and
"snapshot"). Slips: a ``wc -l`` of ``anomaly/heldout122.py`` (510 lines) with the ``grep -n``, and of
``heldout_common.py`` and ``trace_checks.py``; an ``ls /tmp/s55/`` that listed that folder's file names (no other file
there opened). My scratch scripts (``/tmp/w125s/``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): FoundationDB's "Automatic Idempotency" page (retry loops retry
``commit_unknown_result``; an attempt that failed with it may have succeeded, so a retried ``tr.add`` counter adds
twice; ``transaction_timed_out`` also leaves the status unknown), the developer guide's "transactions with unknown
results" as quoted in Pierre Zemb's post on FoundationDB 7.3's automatic idempotency, the Java ``FDBException`` page
(errors that "may have succeeded"), the ``MutationType.Add`` documentation (little-endian addition done by the database
without a read-modify-write; the atomic-operations page of a bindings mirror: no conflicts on the key), the "Known
Limitations" page and a .NET client's notes on the 5-second limit and ``transaction_too_old``, and Pierre Zemb's
"transaction model for layer engineers" (optimistic concurrency: reads at a read version, writes buffered to the commit,
a conflict when a key read was written since). On the job: summaries of MalConv ("Malware Detection by Eating a Whole
EXE": raw bytes up to about 2 MB, 500-byte filters with stride 500, global max-pooling), MalConv2 (constant-memory
max-pooling, faster training, longer inputs) and the Avast paper (20 million unpacked half-megabyte PE files). Not read:
how long a cluster recovery lasts, how the ratekeeper throttles read versions, LIEF's or EMBER's feature-extraction
costs, on-access antivirus scanning of a sample store: all assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.88-0.97 per node doubling); a GPU runs
MalConv over the first MB at 6-40 binaries/s (log-uniform), the node's CPU workers unpack and extract features at
0.6-1.6 times its 8 GPUs' rate; the job runs at the slower (a soft maximum of the step costs). The file mix (packed
samples, installers, tiny droppers) makes the per-5-s rate swing: an AR(1) of its log (Student-t innovations, sd 4-10 %,
correlation 15-60 s) with a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run (15/35/30/20 %), each
doubling the byte prefix (at most twice: 1.6-2 times dearer on the GPUs), adding the extra feature set (once: 1.3-1.8
times dearer on the CPUs) or rarely doubling the nodes (1 in 6), redrawn until the level moves 15 % (1/3 to 3 times)
with commits at most 30 s apart; the per-GPU batch (a power of 2) is set for a commit every 6-12 s; a relaunch 1 h or
more after the previous one. Pauses: start-up 3-12 min ("long" 25-60: the corpus shard listed and its feature cache
opened) and a ramp from 50-80 % over 2-6 min; a validation on a later time split every 30-120 min of training, 1-4 min
("long" 10-25), a checkpoint after every 2 or 3 (10-40 s, "long" 1-3 min); crashes (an unpacker fault on a malformed
file taking a loader down; exponential, mean 12-48 h): down 1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20) and a
ramp; a relaunch: stop 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): ranks step together; a node's 8 ranks are one row per commit (their fates shared), its share
1/nodes of the job's binaries. Every 20 steps each rank runs ``tr.add(minute key, count)`` in a retried transaction that
also reads the run's control key (a stop flag), which the scheduler's heartbeat rewrites every 10-30 s: a conflict where
a heartbeat lands within the transaction's latency, retried at once (10-100 ms back-off). The latency: 4-20 ms
(lognormal), 0.15-4.5 s more in the cluster's busy phases (mean 2-10 min, every 2-10 h: read versions throttled).
Cluster recoveries (first within 1-20 h, mean gap 3-20 h, 2-8 s; one in 5 15-60 s): a commit sent within 1 s before one
begins fails with ``commit_unknown_result`` and had applied in half the cases (its retry adds it again: a duplicate
ADD); a commit in a recovery waits for its end (plus 0.01-1 s), and where that passes the client's transaction timeout
(5, 10 or 30 s per run) it fails with ``transaction_timed_out``: the rank keeps the count for its next commit (half the
runs) or drops it. The key is the minute of the node's clock when the transaction starts, in half the runs read inside
the retried function (a retry after a minute's end goes to the next key); a node's clock is off by sd 0.3 s, and in 30 %
of runs one node is stepped 5-40 s either way for 10-60 min (ahead: binaries move to the next key; behind: ADDs land
after their key was read). The monitor reads key m 2-10 s (0-1 s jitter) after minute m ends, at a cached read version
0-5 s (per run up to 1-5 s) behind: an ADD applied after that version is never counted (the key is not read again).
Monitor restarts (first within 2-40 h, mean gap 20-80 h, down 10-150 s) catch up on restart, reading the keys they
missed at a later version. A point is the key's sum / 60 (binaries/s) stamped at the minute's end. A stop loses the
binaries since each rank's last commit. The reads are linear in the job's binaries: commit times and fates are the
healthy run's.

A point is paused where its minute or the next touches a pause (or a ramp's first half), or where it reads nothing;
spans with no live point between are merged; a listed change is the first point after a relaunch's span. Labelled
regressions (a share ``a w`` of each tick's binaries lost, carried through the same commits and reads): ``drop`` (the
unpacking sandbox switched on for a new share of packed samples, or pefile's pure-Python fallback: ``w = min(1, (s + 1)
/ tau)``, ``tau`` 1-6 points), ``straggler`` (one node's on-access antivirus scanning the sample store in bursts, or a
noisy neighbour: 1 for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak`` (the PE parser leaking on
malformed files, or the feature cache bloating, workers swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
drawn by ``hc.draw_regression`` (onsets 30 % at a pause's end) with a drawn target loss (8-33 %, 10-30 %, 12-40 % over a
leak's plateau), ``a`` set from the reads of the lost binaries (linear), refused above 1; ``w`` is per point, spread
over its 12 ticks.

Measured (``heldout125_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.087-0.315  17              3-17 (1320, 0 >60)
long      32      9     12         11    0.084-0.316  28              12-64 (983, 2 >60)

Planned changes listed: short 21, long 15 (of 21 and 15 relaunches, none left without a stage); crashes 42 and 48. The
path over each set (counts): short: lives ending with unlogged binaries 63, conflicts 2747, commit_unknown_result 40,
duplicate ADDs 18, timed-out commits 241, carried to the next commit 70, ADDs applied after their key's read 831, rows
keyed to a later minute (a clock ahead) 2684, catch-up reads 37, monitor restarts 26; long: 62, 1901, 48, 25, 234, 184,
555, 2194, 45, 34. The reads' sum over the live points against the job's binaries: 0.997-1.000 (short), 0.998-1.000
(long); the live points' minute-to-minute change (median ``|d log|`` per seed) 0-15 % (short) and 0-18 % (long) (0 where
a minute keeps one count of commits: quantised reads), its 99th percentile 20-41 % (short) and 22-41 % (long); the live
median level 48.0-874.7 binaries/s (short), 64.0-298.7 (long). No change after the first measure. The tests check the
laws on the first 4 seeds at 3,000 points (``SPANS`` holds their spans' bounds and the full sets').
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT125_SEEDS = tuple(range(1252000, 1252012))
CODE = 125
TICK = 5.0  # s: the job's rate is drawn per tick
K = 12  # ticks per point
STEP = TICK * K  # s: one point per minute key
EPOCH = 1_790_000_040 - 1_790_000_040 % 60  # the run's first minute (unix s)
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (2, 20), "long": (8, 70)}  # pause spans' lengths (points), checked by the tests
PATH_KEYS = ("unlogged_stops", "conflicts", "unknown_results", "duplicates", "timed_out", "carried", "late_adds",
             "early_keys", "catch_up_reads", "monitor_restarts")
CAUSES = {"drop": ("packed_share", "pefile_fallback"), "straggler": ("av_scan", "noisy_neighbour"),
          "leak": ("lief_leak", "feature_cache_bloat")}


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint ``(start, end)`` episodes before ``T``: the first ``first`` h in, mean gaps ``gap`` h, ``dur`` s
    long."""
    out, t, mean = [], rng.uniform(*first) * 3600, rng.uniform(*gap) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 60
    return out


def _inside(x: np.ndarray, ep) -> np.ndarray:
    """The index of the episode holding each time of ``x`` (-1: none)."""
    if not ep:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in ep])
    b = np.array([e[1] for e in ep])
    j = np.searchsorted(a, x, side="right") - 1
    ok = (j >= 0) & (x < b[np.maximum(j, 0)])
    return np.where(ok, j, -1)


def _level(cfg: dict, st: dict) -> float:
    """The job's binaries/s at a stage: the slower of the GPUs (MalConv over ``2**bytes`` MB) and the CPU workers
    (unpacking and feature extraction, dearer with the extra feature set), over ``nodes`` nodes."""
    gpu = 8 * cfg["gpu"] / cfg["len_c"] ** st["bytes"]
    cpu = cfg["cpu"] / cfg["feat_c"] ** st["feats"]
    per_node = 1 / hc.smax(1 / gpu, 1 / cpu)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node


def _batch(rate_gpu: float) -> int:
    """A per-GPU batch (a power of 2) giving a commit (20 steps) every 6-12 s, at least 1."""
    return int(max(1, 2 ** np.ceil(np.log2(6 * rate_gpu / 20))))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage (longer byte prefixes, the extra feature set, or rarely more nodes) moving the level 15 %
    or more (1/3 to 3 times); None when none is left."""
    for _ in range(40):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6 and st["nodes"] < 8:
            new["nodes"] *= 2
        elif r < 0.6 and st["bytes"] < 2:
            new["bytes"] += 1
        elif st["feats"] < 1:
            new["feats"] = 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        rate_gpu = _level(cfg, new) / (8 * new["nodes"])
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3 and 20 * _batch(rate_gpu) / rate_gpu <= 30:
            return new
    return None


def _span(rng, lo: float, hi: float) -> float:
    return rng.uniform(lo, hi) * 60


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: pauses, ramps, lives and the rate per tick (binaries per tick, all ranks)."""
    long = setting == "long"
    T = n * STEP + 600
    nt = int(T / TICK)
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg = {"gpu": hc.log_uniform(rng, 6, 40), "eff": rng.uniform(0.88, 0.97), "len_c": rng.uniform(1.6, 2.0),
           "feat_c": rng.uniform(1.3, 1.8)}
    cfg["cpu"] = 8 * cfg["gpu"] * hc.log_uniform(rng, 0.6, 1.6)
    st = {"bytes": 0, "feats": 0, "nodes": nodes}
    val_every = rng.uniform(30, 120) * 60
    ck_every = int(rng.choice([2, 3]))
    crash_mean = rng.uniform(12, 48) * 3600
    n_re = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * n * STEP)
    pauses_t, ramps, lives, known_t, restarts, levels = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}

    def start(t, first=False):
        su = _span(rng, *((25, 60) if long and first else (8, 20) if long else (3, 12) if first else (2, 6)))
        pauses_t.append((t, t + su, "startup"))
        t += su
        r = _span(rng, 2, 6)
        ramps.append((t, t + r, rng.uniform(0.5, 0.8)))
        return t

    t = start(0.0, True)
    life0, n_val, ri = t, 0, 0
    next_val, next_crash = t + val_every * rng.uniform(0.9, 1.1), t + rng.exponential(crash_mean)
    levels.append((t, _level(cfg, st)))
    while t < T:
        due = [next_val, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(due))
        t = max(t, due[which])
        if t >= T:
            break
        if which == 0:
            n_val += 1
            d = _span(rng, *((10, 25) if long else (1, 4)))
            pauses_t.append((t, t + d, "val"))
            t += d
            if n_val % ck_every == 0:
                d = rng.uniform(60, 180) if long else rng.uniform(10, 40)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_val = t + val_every * rng.uniform(0.9, 1.1)
            continue
        lv = _level(cfg, st)
        lives.append((life0, t, _bg(cfg, st), st["nodes"]))
        if which == 1:
            counts["crashes"] += 1
            d = _span(rng, *((6, 18) if long else (1, 4)))
            pauses_t.append((t, t + d, "crash"))
            restarts.append((t, t + d, True))
            t = start(t + d)
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            d = _span(rng, *((5, 12) if long else (1, 3))) + _span(rng, 1, 5)
            pauses_t.append((t, t + d, "relaunch"))
            new = _next_stage(rng, cfg, st, lv)
            t = start(t + d)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            while ri < len(re_t) and re_t[ri] < t + 3600:
                ri += 1
        levels.append((t, _level(cfg, st)))
        life0 = t
        next_val = t + val_every * rng.uniform(0.9, 1.1)
    lives.append((life0, T, _bg(cfg, st), st["nodes"]))
    # the rate per tick
    tt = (np.arange(nt) + 0.5) * TICK
    lvl = np.array([lv for a, lv in levels])[np.searchsorted([a for a, lv in levels], tt, side="right") - 1]
    sd, tau = rng.uniform(0.04, 0.10), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    e = rng.standard_t(4, nt) * sd * np.sqrt(1 - a * a) / np.sqrt(2)
    x = np.empty(nt)
    x[0] = e[0]
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    x += np.interp(tt, np.arange(len(slow)) * 60.0, slow)
    rate = lvl * np.exp(x)
    for a0, b0, r0 in ramps:
        m = (tt >= a0) & (tt < b0)
        rate[m] *= r0 + (1 - r0) * (tt[m] - a0) / (b0 - a0)
    on = np.ones(nt, bool)
    for a0, b0, kind in pauses_t:
        on[int(np.floor(a0 / TICK)):int(np.ceil(b0 / TICK))] = False
    J = np.where(on, rate * TICK, 0.0)
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, J=J, train=J, cfg=cfg, pauses_t=pauses_t, ramps=ramps,
                           lives=lives, known_t=known_t, restarts=restarts, counts=counts)


def _bg(cfg: dict, st: dict) -> float:
    """Binaries per commit of the whole job: 20 steps of a per-GPU batch on every GPU."""
    rate_gpu = _level(cfg, st) / (8 * st["nodes"])
    return 20.0 * _batch(rate_gpu) * 8 * st["nodes"]


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative binaries at times ``t`` (a tick's binaries spread evenly over it)."""
    return np.interp(np.asarray(t) / TICK, np.arange(len(C)), C)


def _path(rng, run) -> SimpleNamespace:
    """The rows (one per node per commit, plus duplicates) with their sample interval, key and fate, and the
    monitor's read cutoffs."""
    C = _cum(run.J)
    T, n = run.T, run.n
    key_in_body = rng.random() < 0.5  # the minute key computed inside the retried function
    carry = rng.random() < 0.5  # a timed-out commit's count kept for the next
    timeout = float(rng.choice([5.0, 10.0, 30.0]))
    lat0 = hc.log_uniform(rng, 0.004, 0.02)
    busy = hc.twostate(rng, rng.uniform(0, 20) * 3600, T, rng.uniform(120, 600), rng.uniform(2, 10) * 3600)
    busy_lat = rng.uniform(0.3, 3.0)
    hb = rng.uniform(10, 30)  # the scheduler's heartbeat writes to the run's control key
    rec = _episodes(rng, T, (1, 20), (3, 20), (2, 8))
    rec = [(a, b if rng.random() > 0.2 else a + rng.uniform(15, 60)) for a, b in rec]
    rec = [(a, b) for k, (a, b) in enumerate(rec) if k == 0 or a > rec[k - 1][1]]
    n_nodes = max(nd for *_, nd in run.lives)
    off = rng.normal(0, 0.3, n_nodes)
    steps = []
    if rng.random() < 0.3:
        steps = [(a, b, int(rng.integers(n_nodes)), rng.choice([-1, 1]) * rng.uniform(5, 40))
                 for a, b in _episodes(rng, T, (2, 30), (20, 60), (600, 3600))]
    counts = {k: 0 for k in PATH_KEYS}
    lo, hi, key, ta, w, nd = [], [], [], [], [], []

    def clock(j, t):
        o = off[j] + np.zeros_like(t)
        for a, b, jj, s in steps:
            if jj == j:
                o = np.where((t >= a) & (t < b), o + s, o)
        return t + o

    for a, b, bg, nodes in run.lives:
        ca, cb = _at(C, a), _at(C, b)
        k = np.arange(1, int((cb - ca) // bg) + 1)
        if not len(k):
            continue
        put = np.interp(ca + k * bg, C, np.arange(len(C)) * TICK)
        counts["unlogged_stops"] += int(b < T and cb - (ca + k[-1] * bg) > 0)
        prev = np.concatenate([[a], put[:-1]])
        for j in range(nodes):
            t0 = clock(j, put)
            inb = hc.bad_share(busy, put, 1e-3) > 0.5 if len(busy) > 1 else np.zeros(len(put), bool)
            lat = lat0 * np.exp(rng.normal(0, 0.5, len(put))) + np.where(inb, busy_lat * rng.uniform(0.5, 1.5,
                                                                                                     len(put)), 0)
            conf = rng.random(len(put)) < np.minimum(1, lat / hb)
            counts["conflicts"] += int(conf.sum())
            tapp = put + lat + np.where(conf, rng.uniform(0.01, 0.1, len(put)) + lat, 0)
            kt = np.where(conf & key_in_body, clock(j, put + lat), t0)
            r_in = _inside(tapp, rec)
            r_pre = _inside(put + 1.0, rec)  # in flight as a recovery begins: commit_unknown_result
            plo, keep = prev.copy(), np.ones(len(put))
            for i in np.nonzero((r_in >= 0) | (r_pre >= 0))[0]:
                ra, rb = rec[max(r_in[i], r_pre[i])]
                retry = rb + rng.uniform(0.01, 1.0)
                if r_pre[i] >= 0 and put[i] < ra:
                    counts["unknown_results"] += 1
                    if rng.random() < 0.5:  # the first attempt had applied: the retry adds it again
                        counts["duplicates"] += 1
                        lo.append(plo[i]), hi.append(put[i]), key.append(t0[i]), ta.append(ra), w.append(1.0)
                        nd.append(nodes)
                if retry - put[i] > timeout:
                    counts["timed_out"] += 1
                    keep[i] = 0
                    if carry and i + 1 < len(put):
                        counts["carried"] += 1
                        plo[i + 1] = plo[i]
                    continue
                tapp[i] = retry
                if key_in_body:
                    kt[i] = clock(j, np.array([retry]))[0]
            lo.append(plo), hi.append(put), key.append(kt), ta.append(tapp), w.append(keep)
            nd.append(np.full(len(put), nodes))
    lo, hi, key, ta, w, nd = [np.concatenate([np.atleast_1d(np.asarray(y, float)) for y in x])
                              for x in (lo, hi, key, ta, w, nd)]
    km = np.floor(key / STEP).astype(int)
    counts["early_keys"] = int((km > np.floor(hi / STEP)).sum())
    # the monitor: a read per minute key, 2-10 s after it, at a read version 0-5 s behind; restarts catch up
    d = rng.uniform(2, 10) + rng.uniform(0, 1, n)
    lag = rng.uniform(0, rng.uniform(1, 5), n)
    t_read = (np.arange(n) + 1) * STEP + d
    down = _episodes(rng, T, (2, 40), (20, 80), (10, 150))
    counts["monitor_restarts"] = sum(a < n * STEP for a, b in down)
    di = _inside(t_read, down)
    counts["catch_up_reads"] = int((di >= 0).sum())
    t_read = np.where(di >= 0, np.array([b for a, b in down] + [0])[di] + rng.uniform(1, 5, n), t_read)
    cut = t_read - lag
    ok = (km >= 0) & (km < n) & (w > 0)
    late = ok & (ta > cut[np.clip(km, 0, n - 1)])
    counts["late_adds"] = int(late.sum())
    use = ok & ~late
    return SimpleNamespace(lo=lo[use], hi=hi[use], dest=km[use], share=w[use] / nd[use], put=hi, prev=lo, w=w,
                           counts=counts, carry=carry, key_in_body=key_in_body, cut=cut)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The points (binaries/s per minute key) the monitor reads for the job's binaries per tick ``J``: linear in J."""
    p = run.path
    C = _cum(J)
    body = (_at(C, p.hi) - _at(C, p.lo)) * p.share
    return np.bincount(p.dest, body, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = h <= 0
    for a, b, kind in run.pauses_t:
        paused[max(0, int(np.floor(a / STEP - 2)) + 1):int(np.ceil(b / STEP))] = True
    for a, b, r0 in run.ramps:
        paused[max(0, int(np.floor(a / STEP - 2)) + 1):int(np.ceil((a + b) / 2 / STEP))] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each point's binaries lost (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # the unpacking sandbox turned on for packed samples / pefile's pure-Python fallback
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # LIEF's parser leaking on malformed PE files, workers swapping
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w, calm, i, on = np.empty(length), rng.uniform(0.05, 0.25), 0, True  # one node's on-access AV scan in bursts
    hi_mean, lo_mean = rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        d = int(rng.exponential(hi_mean if on else lo_mean)) + 1
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n

    def cause(rng, run, kind, name, t0, t1, tr):
        b0 = int(t0 // TICK)
        b1 = min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        pts = max(1, int(np.ceil((b1 - b0) / K)))
        ramp = max(1, int(np.ceil((tr - t0) / STEP))) if kind == "leak" else 0
        wt = np.repeat(_weight(rng, kind, pts, ramp), K)[:b1 - b0]
        Jl = np.zeros(run.nt)
        Jl[b0:b1] = wt * run.J[b0:b1]
        base = _reads(run, Jl)
        at = max(0, b0 // K - 3)

        def mod_of(a):
            return at, a * base[at:]

        return mod_of, 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        at, m = mod_of(1.0)
        p0, p1 = c0 // K, min(n, int(np.ceil(b1 / K)))
        lv = live[p0:p1]
        hs = healthy[p0:p1][lv].sum()
        if hs <= 0:
            return None
        a = target * hs / m[p0 - at:p1 - at][lv].sum() if m[p0 - at:p1 - at][lv].sum() > 0 else np.inf
        return a if a <= a_max else None

    def series(mod, lo_, b1):
        at, m = mod
        return np.maximum(healthy[at:] - m, 0.0), at

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="none")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout125(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout125_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT125_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout125, seeds, n, pauses)
