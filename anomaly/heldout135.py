"""The hundred-and-thirty-fifth held-out throughput family: a fetal-ultrasound standard-plane classifier's training
frames/s (a CNN over frames sampled from ultrasound scan videos decoded in large chunks, speckle, gain and probe-angle
augmentation on CPU workers, a video-level validation now and then), read through Windows Performance Counters: each
Windows GPU node's trainer publishes a cumulative frames counter (PERF_COUNTER_COUNTER-style, shown as a per-second
rate), typeperf samples it every 15 s into CSV logs rotated every 10 minutes, a scheduled task copies the closed logs
to an SMB share every 5 minutes, and the monitor averages each node's rows per minute by their local timestamps.

(No generator's head names a performance counter, typeperf, PERF_COUNTER, SMB, a scheduled task, ultrasound, fetal,
a standard plane, speckle, a probe, daylight saving, CSV, perfmon or relog (``grep -ic`` on
``/tmp/s56/genheads129.txt``: 0 each); "Windows" matches one head (a malware classifier over Windows PE files: the
word, not the path); "video" matches 19 heads and "frames/s" 6: the unit and video input are not new, the ultrasound
job with CPU speckle augmentation and the counter / typeperf / share path are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout129.py`` lines 1-110 and 595-604 (its
``make_heldout129`` and ``heldout129_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout129.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s56/genheads129.txt`` through
``grep -i``/``grep -c`` only (one ``grep -i "Windows"``, its time-window lines filtered out, printed the one matching
head's line, cut at 300 characters). Slips: a ``wc -l`` of ``anomaly/heldout129.py`` (604 lines) with the ``grep
-n``, and a ``wc -c`` of ``heldout_common.py`` and ``trace_checks.py``; none else. My scratch scripts
(``/tmp/w135s/``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): Microsoft's ``typeperf`` page (counters by full path, ``-si``
sample interval, default 1 s; ``-f CSV`` the default format; ``-o`` output file; ``-sc`` samples; ``-cf`` counter
list); ``logman create counter`` (``-si``, csv logs, ``-rf`` to run for a time; the size limit of csv logs); the
PERF_COUNTER_COUNTER pages (Windows CE / Embedded: 4-byte data, "/sec", ``(X1-X0)/((Y1-Y0)/TB)``: two samples
needed); "Calculating Counter Values" and "Displaying Performance Data" (a rate counter needs two samples; a raw sample
is valid only with status NEW_DATA or VALID_DATA); .NET's ``PerformanceCounterType`` remarks (a difference counter that
goes negative shows zero); wtrace's guide (a counter provider's registry keys, and the system's "Disable Performance
Counters" value when a library misbehaves); a PowerShell script that logs counters to a CSV and copies it to a share
from a ``schtasks`` task. Not read (from memory, unchecked): how typeperf writes a sample it cannot compute (I take a
blank field, skipped by the monitor), that a new typeperf's first rate sample is blank, that the trainer's counter
instance vanishes while its process is down, robocopy-style retries at the task's next run, how a fall-back hour's
repeated local timestamps are mapped (to their first occurrence, here), w32time's accuracy between domain members.
Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2, 3 or 4 Windows nodes (35/30/15/20 %) of 2 or 4 GPUs (0.86-0.97 per node
doubling); a GPU trains 250-2500 frames/s (log-uniform) at the first stage (the small input size). The CPU workers
decode each video in large chunks: a chunk lasts 40-300 s of training and its decode stalls the loader 3-15 s at 30-70
% of the rate; the speckle / gain / probe-angle augmentation makes the per-5-s rate swing: an AR(1) of its log (sd
3-8 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, each a
larger input size (at most twice: 1.4-1.9 times dearer), a larger backbone (once: 1.8-2.6) or, 1 in 6, another node
count; redrawn until the level moves 15 % (1/3 to 3 times); a relaunch 1 h or more after the previous. Pauses:
start-up 3-10 min ("long" 25-60) and a ramp from 50-80 % over 2-6 min (decoders and page cache warming); a video-level
validation every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s,
"long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long"
8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): the ranks step together, so each active node's counter counts its share (1/nodes) of the
frames; the counter starts at 0 with each trainer process (a crash's or a relaunch's restart), and a node idle in a
life (fewer nodes) publishes nothing. Each node runs typeperf (``-si 15``), restarted on a new CSV file at each
10-minute mark of its local clock (0.3-2 s late); a file's first rate sample is blank; a sample is taken 15 s plus
10-50 ms after the previous one, 0.2-2 % of them 0.5-4 s late (node busy), 0.1-1 % missed; while the trainer is down
the counter reads blank, and the first sample of a new process reads 0 (the reset's negative difference); the counter
provider is also unloaded 0.1-1 times a day per node for 1-15 min (blank, then one sample whose rate spans the gap).
Node clocks: offsets of sd 0.2-2 s; in 25 % of runs one node drifts 20-200 ppm, stepped back by a resync every 2-8 h.
A scheduled task (each node at its own phase) copies the closed files every 5 min; a copy fails 0.2-2 % of the time,
90 % during the share's outages (0.2-2 a day, lasting a mean of 3-60 min); a failure leaves nothing or (30 %) a
truncated file (a prefix of its rows), copied whole at a later run; 0.1-1 % of the copies land twice (a retried copy
under a second name), which half the monitors drop by (node, timestamp) (a kept copy's rows count twice in their
minutes' means: a change only where a minute straddles two logs). In 25 % of runs a daylight-saving fall-back lies in
the run at 20-80 % of it: on the nodes in a zone with daylight saving (each 1 in 2, at least one) the repeated hour's
rows are taken for the hour's first occurrence, whose minutes are already read: lost. The monitor reads minute ``m``
at its end plus 14-22 min (its clock sd 0.5 s), once: a row that reaches the share later is lost; each node's value is
the mean of its rows there (copies counted; a blank row skipped), a node with none gives 0, and the point is the
nodes' sum. The reads are linear in the frames; rows, copies and their fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's frames lost, carried through the same rows and reads): ``drop`` (augmentation workers lost to a crashed worker
pool: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's GPU thermally throttled in bursts:
1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (a growing decoded-chunk cache
paging to disk: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss
(8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost frames (linear), refused above
1; ``w`` is per 5-s tick.

Measured (``heldout135_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     9          11    0.080-0.327  19              1-55 (1224, 0 >60)
long      32      10    12         10    0.087-0.316  18              1-80 (962, 11 >60)

Planned changes listed: short 16, long 15 (of 16 and 15 relaunches; none kept its stage); crashes 50 and 39. The path
over each set (counts): short: new logs' blank first samples 20362, late samples 6810, missed samples 5389, rows blank
in the provider's gaps 2705, reset rows read 0: 127, failed copies 1975, partial copies 337, rows on the share after
their minute was read 10721, second copies 124, their rows kept (no dedup) 2683, rows lost to a fall-back hour 1154,
empty node-minutes 5159 (a node idle in a life with fewer nodes among them), unread points 506; long: 17140, 6515,
3534, 1774, 11, 1243, 214, 3754, 71, 921, 234, 6051, 1017. The reads' sum over the live points against the job's
frames: 0.971-1.000 (short), 0.975-1.000 (long); the live points' minute-to-minute change (median ``|d log|`` per
seed) 6-9 % (both), its 99th percentile 27-46 % (short) and 26-36 % (long); the live median level 746-25,941 frames/s
(short), 709-12,050 (long). Changes of the laws after the first measure: none. Before it, after a first look at 3
seeds' healthy runs per setting: the chunk stalls made milder (from chunks of 30-240 s, stalls of 3-20 s at 20-60 %;
the median minute-to-minute change was 11-13 %), and a crash fixed (a run whose first share outage lay past its end);
after it, the rows' bookkeeping vectorised (the same traces). The tests check the laws on the first 4 seeds at 3,000
points (``SPANS`` holds their spans' lengths and the full sets': a long span of 96 points at 3,000 points, 80 at most
in the full sets).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT135_SEEDS = tuple(range(1352000, 1352012))
CODE = 135
TICK = 5.0  # the job's tick (s)
STEP = 60.0  # a point: one minute
K = int(STEP / TICK)
SI = 15.0  # typeperf's sample interval
ROT = 600.0  # the logs' rotation
COPY = 300.0  # the scheduled task's period
EPOCH = 1_779_999_960.0  # a multiple of 60
KIND_P = (0.35, 0.35, 0.3)
MIN = 60.0
LONG = {"short": 0, "long": 1}
SPANS = {"short": (1, 55), "long": (1, 96)}  # pause spans (points): the full sets' and the tests' 4 seeds at 3,000
PATH_KEYS = ("blank_first", "late_samples", "missed_samples", "provider_gaps", "reset_zeros", "copy_fail",
             "partial_copies", "late_rows", "dup_copies", "dup_rows_kept", "dst_lost_rows", "node_minutes_empty",
             "unread_points")


def _u(rng, lo_hi):
    return float(rng.uniform(*lo_hi))


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s at a stage (all nodes)."""
    nodes = st["nodes"]
    return (cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)
            / (cfg["size_c"] ** st["size"] * cfg["bb_c"] ** st["bb"]))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a larger input size, a larger backbone or another node count, the level moved 15 %."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif r < 0.6 and st["size"] < 2:
            new["size"] += 1
        elif st["bb"] < 1:
            new["bb"] += 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return dict(st)


def _cum(J: np.ndarray) -> np.ndarray:
    """The cumulative frames at each tick edge."""
    return np.concatenate([[0.0], np.cumsum(J) * TICK])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative frames at times ``t`` (linear within a tick)."""
    return np.interp(np.asarray(t, float) / TICK, np.arange(len(C)), C)


def _schedule(rng, n: int, pauses: str) -> SimpleNamespace:
    L = LONG[pauses]
    T = n * STEP + 1800.0
    nodes = int(rng.choice([1, 2, 3, 4], p=[0.35, 0.3, 0.15, 0.2]))
    cfg = {"gpu": hc.log_uniform(rng, 250, 2500), "gpus": int(rng.choice([2, 4])), "eff": _u(rng, (0.86, 0.97)),
           "size_c": _u(rng, (1.4, 1.9)), "bb_c": _u(rng, (1.8, 2.6))}
    st = {"nodes": nodes, "size": 0, "bb": 0}
    n_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * n * STEP)
    re_t = [x for k, x in enumerate(re_t) if k == 0 or x - re_t[k - 1] >= 3600]
    crash_mean = _u(rng, (12, 48)) * 3600
    pauses_t, ramps, lives, segs, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "kept_stage": 0}

    def startup(t, lo_hi):
        d = _u(rng, lo_hi) * MIN
        pauses_t.append((t, t + d, "startup"))
        t += d
        ramps.append((t, t + _u(rng, (2, 6)) * MIN, _u(rng, (0.5, 0.8))))
        return t

    life0 = 0.0
    t = startup(0.0, ((3, 10), (25, 60))[L])
    n_eval, ck_every = 0, int(rng.choice([2, 3]))
    next_eval = t + _u(rng, (30, 90)) * MIN
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        rl = re_t[ri] if ri < len(re_t) else np.inf
        nxt = min(next_eval, rl, next_crash, T)
        if nxt > t:
            segs.append((t, nxt, _level(cfg, st)))
        t = max(nxt, t)
        if nxt >= T:
            break
        if nxt == next_eval:
            d = _u(rng, ((2, 6), (10, 25))[L]) * MIN
            pauses_t.append((t, t + d, "eval"))
            t += d
            n_eval += 1
            if n_eval % ck_every == 0:
                d = _u(rng, ((15, 60), (60, 240))[L])
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + _u(rng, (30, 90)) * MIN
            continue
        lives.append((life0, t, st["nodes"]))
        if nxt == next_crash:
            counts["crashes"] += 1
            d = _u(rng, ((1, 4), (6, 18))[L]) * MIN
            pauses_t.append((t, t + d, "crash"))
            life0 = t + d
            t = startup(t + d, ((2, 6), (8, 20))[L])
        else:
            ri += 1
            counts["relaunches"] += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            counts["kept_stage"] += new == st
            d = (_u(rng, ((1, 3), (5, 12))[L]) + _u(rng, (1, 5))) * MIN
            pauses_t.append((t, t + d, "relaunch"))
            life0 = t + d
            t = startup(t + d, ((3, 10), (25, 60))[L])
            if new != st:
                known_t.append(t)
            st = new
        next_crash = t + rng.exponential(crash_mean)
        next_eval = max(next_eval, t + _u(rng, (10, 40)) * MIN)
    lives.append((life0, np.inf, st["nodes"]))
    nt = int(T / TICK)
    tt = np.arange(nt) * TICK
    J = np.zeros(nt)
    # the job's noise: AR(1) of log at 5 s, a slow OU, chunk-decode stalls
    sd, tau = _u(rng, (0.03, 0.08)), _u(rng, (10, 60))
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, T, _u(rng, (0.01, 0.03)), _u(rng, (20, 120)) * 60.0, step=60.0)
    noise = np.exp(x + np.interp(tt, np.arange(len(slow)) * 60.0, slow))
    chunk = np.ones(nt)
    c_lo, c_hi = _u(rng, (40, 120)), _u(rng, (150, 300))
    s = rng.uniform(0, c_hi)
    while s < T:
        d, f = rng.uniform(3, 15), rng.uniform(0.3, 0.7)
        i0, i1 = int(s // TICK), int((s + d) // TICK) + 1
        chunk[i0:i1] = np.minimum(chunk[i0:i1], f)
        s += d + rng.uniform(c_lo, c_hi)
    for a0, b0, lv in segs:
        i0, i1 = int(np.ceil(a0 / TICK)), min(nt, int(b0 // TICK))
        J[i0:i1] = lv
    for a0, b0, f0 in ramps:
        i0, i1 = int(np.ceil(a0 / TICK)), min(nt, int(np.ceil(b0 / TICK)))
        J[i0:i1] *= f0 + (1 - f0) * (tt[i0:i1] - a0) / (b0 - a0)
    J *= noise * chunk
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, k=K, J=J, pauses_t=pauses_t, ramps=ramps, lives=lives, segs=segs,
                          known_t=known_t, counts=counts, cfg=cfg, nodes=max(lv[2] for lv in lives))
    run.share = np.array([_node_share(run, r) for r in range(run.nodes)])
    run.path = _path(rng, run, T)
    return run


def _node_clock(rng, T: float, drifting: bool):
    """A node's clock offset as a function of true time (s)."""
    off = rng.normal(0, _u(rng, (0.2, 2.0)))
    if not drifting:
        return lambda t: off + 0 * np.asarray(t, float)
    ppm, period = _u(rng, (20, 200)) * 1e-6 * rng.choice([-1, 1]), _u(rng, (2, 8)) * 3600
    return lambda t: off + ppm * np.mod(np.asarray(t, float), period)


def _path(rng, run, T: float) -> SimpleNamespace:
    """Every node's typeperf rows, their copies to the share and the monitor's reads (times and fates)."""
    n = run.n
    counts = {k: 0 for k in PATH_KEYS}
    late_p, miss_p = _u(rng, (0.002, 0.02)), _u(rng, (0.001, 0.01))
    gap_rate = _u(rng, (0.1, 1.0)) / 86400
    fail_p, out_rate = _u(rng, (0.002, 0.02)), _u(rng, (0.2, 2.0)) / 86400
    dup_p, dedup = _u(rng, (0.001, 0.01)), bool(rng.random() < 0.5)
    lag = _u(rng, (14, 22)) * MIN
    outs = hc.twostate(rng, rng.exponential(1 / out_rate), T + 3600, _u(rng, (3, 60)) * 60, 1 / out_rate)
    drift_node = int(rng.integers(run.nodes)) if rng.random() < 0.25 else -1
    dst = rng.uniform(0.2, 0.8) * n * STEP if rng.random() < 0.25 else None
    dst_nodes = rng.random(run.nodes) < 0.5
    if dst is not None and not dst_nodes.any():
        dst_nodes[int(rng.integers(run.nodes))] = True
    read_at = (np.arange(n) + 1) * STEP + lag + rng.normal(0, 0.5, n)
    lives = run.lives
    starts = np.array([a for a, b, k in lives])
    nodes = []
    for r in range(run.nodes):
        clock = _node_clock(rng, T, r == drift_node)
        gaps = []
        g = rng.exponential(1 / gap_rate)
        while g < T:
            d = _u(rng, (1, 15)) * MIN
            gaps.append((g, g + d))
            g += d + rng.exponential(1 / gap_rate)
        phase = rng.uniform(0, COPY)
        times, prev, zero, bucket, arrive, weight = [], [], [], [], [], []
        m = 0.0
        while m < T:
            t0 = m - clock(m) + rng.uniform(0.3, 2.0)  # the instance starts after the local mark
            end = (m + ROT) - clock(m + ROT)
            st = rng.uniform(0.01, 0.05, 60) + np.where(rng.random(60) < late_p, rng.uniform(0.5, 4, 60), 0)
            ts = t0 + np.concatenate([[0.0], np.cumsum(SI + st[:-1])])
            ts = ts[ts < end]
            counts["late_samples"] += int((st[:len(ts)] > 0.2).sum())
            keep = rng.random(len(ts)) >= miss_p
            counts["missed_samples"] += int((~keep).sum())
            ts = ts[keep]
            # the file's copy: its first good attempt after it closed (partial copies before)
            a = end + 1.0
            k0 = np.ceil((clock(a) + a - phase) / COPY)
            att = k0 * COPY + phase - clock(k0 * COPY + phase)
            part_t, part_frac = np.inf, 0.0
            while True:
                bad = np.searchsorted(outs, att, side="right") % 2 == 1
                if rng.random() >= (0.9 if bad else fail_p):
                    break
                counts["copy_fail"] += 1
                if rng.random() < 0.3 and part_t == np.inf:
                    part_t, part_frac = att, rng.random()
                    counts["partial_copies"] += 1
                att += COPY
            got = att + rng.uniform(0.5, 8)
            dup = rng.random() < dup_p
            counts["dup_copies"] += int(dup)
            npart = int(part_frac * len(ts))
            arr = np.full(len(ts), got)
            arr[:npart] = min(part_t + 1.0, got)
            alive = np.zeros(len(ts), bool)
            life = np.searchsorted(starts, ts, side="right") - 1
            for j, (la, lb, kn) in enumerate(lives):
                inl = life == j
                alive[inl] = (ts[inl] < lb) & (r < kn)
            ingap = np.zeros(len(ts), bool)
            for ga, gb in gaps:
                ingap |= (ts >= ga) & (ts < gb)
            counts["provider_gaps"] += int((ingap & alive).sum())
            ok = alive & ~ingap
            # each sample's rate spans to the previous good sample of the same instance; the first one is blank
            idx = np.nonzero(ok)[0]
            counts["blank_first"] += int(len(idx) > 0)
            j, i = idx[1:], idx[:-1]
            z = life[i] != life[j]
            counts["reset_zeros"] += int(z.sum())
            loc = ts[j] + clock(ts[j])
            if dst is not None and dst_nodes[r]:
                hit = (ts[j] >= dst) & (ts[j] < dst + 3600)
                loc = loc - 3600 * hit
                counts["dst_lost_rows"] += int(hit.sum())
            times.append(ts[j])
            prev.append(ts[i])
            zero.append(z)
            bucket.append((loc // STEP).astype(int))
            arrive.append(arr[j])
            weight.append(np.full(len(j), 1 + (dup and not dedup)))
            counts["dup_rows_kept"] += int(dup and not dedup) * len(j)
            m += ROT
        times, prev, zero, arrive, weight = (np.concatenate(x) for x in (times, prev, zero, arrive, weight))
        bucket = np.concatenate(bucket)
        inb = (bucket >= 0) & (bucket < n)
        rd = np.where(inb, read_at[np.clip(bucket, 0, n - 1)], -np.inf)
        late = arrive > rd
        counts["late_rows"] += int((late & inb).sum())
        w = np.where(inb & ~late, weight.astype(float), 0.0)
        nodes.append(SimpleNamespace(s=times, p=prev, zero=zero.astype(bool),
                                     b=np.clip(bucket, 0, n - 1), w=w))
    path = SimpleNamespace(nodes=nodes, counts=counts, dedup=dedup, lag=lag, dst=dst, outs=outs)
    return path


def _node_share(run, r: int) -> np.ndarray:
    """Node ``r``'s share of each tick's frames (1/nodes where it trains in that life, else 0)."""
    tt = np.arange(run.nt) * TICK
    share = np.zeros(run.nt)
    for a, b, kn in run.lives:
        if r < kn:
            share[(tt >= a) & (tt < b)] = 1.0 / kn
    return share


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's per-minute frames/s for the job's frames ``J`` (per tick): linear in ``J``."""
    out = np.zeros(run.n)
    for r, nd in enumerate(run.path.nodes):
        if not len(nd.s):
            continue
        C = _cum(J * run.share[r])
        rate = np.where(nd.zero, 0.0, (_at(C, nd.s) - _at(C, nd.p)) / (nd.s - nd.p))
        num = np.bincount(nd.b, nd.w * rate, run.n)
        den = np.bincount(nd.b, nd.w, run.n)
        out += np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)
    return out


def _spans(run, healthy: np.ndarray) -> list:
    n = run.n
    paused = np.zeros(n, bool)
    marks = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in marks:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            paused[s:e] = True
    paused |= healthy <= 0
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    return [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed."""
    hc.check_args(pauses, n)
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    empty = np.array([np.bincount(nd.b, nd.w, n) == 0 for nd in run.path.nodes])
    run.path.counts["unread_points"] = int(empty.all(0).sum())
    run.path.counts["node_minutes_empty"] = int(empty.sum())
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per tick (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    on_m, off_m, calm = rng.uniform(30, 240), rng.uniform(120, 600), rng.uniform(0.05, 0.25)
    w = np.empty(length)
    i, on = 0, True
    while i < length:
        d = int(rng.exponential(on_m if on else off_m)) + 1
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    if not (w == 1).any():
        w[0] = 1.0
    if not (w < 1).any():
        w[-1] = calm
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the points ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], (np.arange(n) + 0.5) * STEP, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else stop * K
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        lost = _reads(run, run.J * w)
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        c1 = n if to_end else stop
        hs, ls = healthy[c0:c1][live[c0:c1]].sum(), lost[c0:c1][live[c0:c1]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * lost
        v = healthy - m
        span = hc.changed_span(v[lo:], healthy, onset, lo, hi, n, to_end, at=lo)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (lo, m[lo:])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout135(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout135_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT135_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout135, seeds, n, pauses)
