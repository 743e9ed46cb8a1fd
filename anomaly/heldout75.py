"""The seventy-fifth held-out throughput family: a monocular depth-estimation model's (DPT / Depth Anything /
ZoeDepth-style: a ViT encoder with a dense prediction head) training images/s on 2-8 GPU nodes; every rank exposes a
cumulative image counter on its own OpenMetrics endpoint, each node's ``pmdaopenmetrics`` turns it into a PCP counter
metric (one instance per rank), the node's ``pmlogger`` records it every ``I`` s, ``pmproxy`` loads the archives into
Valkey, and a watcher reads the job's series back once a minute through the PCP time-series layer, rate-converting
each series as the Grafana PCP plugin does and summing over the ranks.

Written blind (the project's rules for a data author, as the brief gave them): no detector, forecaster, benchmark or doc
read, no log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, as stored there). PCP: ``pmdaopenmetrics(1)`` (man7.org and Ubuntu's
pages: a bridge from OpenMetrics end-points to PCP metrics, one config file per source under ``config.d`` giving
``openmetrics.JOB.*`` names, a default URL fetch timeout of 2 s, ``METADATA:`` lines setting a metric's type, instance
domain, semantics (``counter``, ``instant``, ``discrete``) and units, control metrics that change only when their
source is fetched, an instance domain adjusted as sources come and go); ``pmlogger(1)`` (archives of the values pmcd
returns at each logging interval ``-t``; as a service, archives named ``%Y%m%d.%H.%M``) and ``pmlogger_check`` /
``pmlogger_daily(1)`` (a daily rotation of the archives; missing loggers restarted); ``pmiPutMark(3)`` (a ``<mark>``
record marks a gap, not interpolated across); ``pmseries(1)`` and PCP's user guide chapter ``TimeSeriesQuerying.rst``
(``performancecopilot/pcp``: series named by SHA-1 with their labels, ``rate(expr)`` for counter semantics giving one
sample fewer, ``[samples:, interval:, start:, finish:]`` windows; pmproxy loads live local pmlogger archives into the
key-value store); ``pmproxy(1)`` and a ``pmproxy.conf`` template (``[discover]`` propagates pmlogger archives into
Redis / Valkey); Red Hat's "troubleshooting high memory usage" page (pmproxy busy loading new archives, the key-value
server overloaded, requests in flight); the Grafana PCP plugin's field transformations (``fieldSetRate`` /
``rateConversion``: a counter's rate per pair of consecutive values, ``diff / dt`` where ``diff >= 0``, else null --
"either one value is nil or counter wrapped", the first value null); issues rh-che#1228 (the Grafana data source
rate-converts counters unconditionally), pcp#1918 (pmproxy indexes only locally archived metrics found by discovery)
and Netflix/vector#79 (``pmval`` rate-converts counters, the PMAPI returns raw values). The job: the Depth Anything
paper (arXiv 2401.10891: 1.5M labelled images from six public sets, 62M unlabelled images pseudo-labelled by a
teacher, ViT-S/B/L from DINOv2 with a DPT decoder, the shorter side resized to 518) and two summaries of it, and
Depth Anything V2's abstract (synthetic labelled images, a larger teacher, pseudo-labelled real images, 25M-1.3B).

Chosen (the path): every rank's trainer keeps a counter of the images it trained and serves it on its own
OpenMetrics end-point; each node's ``pmdaopenmetrics`` fetches its ranks' URLs when pmcd is asked (a counter of
double type, one instance per rank) and the node's own ``pmlogger`` logs it every ``I`` = 10, 15, 30 or 60 s (a phase
of its own, the fetch 0.01-0.3 s late); a rank's series keeps its labels across relaunches, so a new process's
counter, starting at 0, falls below the last value logged. pmproxy loads the samples into Valkey 0.5-3 s plus Exp(1 s)
after them, in order per node; in backlog episodes (first within 10-50 h, then every 20-80 h, 2-15 min) a sample
waits until the episode ends (plus 0-30 s). The watcher reads minute ``m`` at its end plus ``H`` = 15-45 s plus up to
10 s: per series, what Valkey holds, each sample's rate against the series' previous sample (none where the counter
fell: a restart, indistinguishable from a wrap), the rates stamped in the minute averaged (a panel's mean), summed over
the series (a minute with none reads 0). The ranks of a node step together and share its samples, so the node's ranks
read alike and one node stands for them. The ``/series`` queries fail in episodes (first after 10-60 h, then every
30-90 h, 3-15 min), each read then failing half the time: the minute has no point. Every node's pmlogger is restarted
by ``pmlogger_daily`` each day at 00:10-00:12 (2-30 s without samples, a new phase); pmcd or the PMDA is restarted in
episodes (first within 10-60 h, then every 20-100 h, 20-180 s without values); a fetch times out (no value) for
0.1-1 % of samples, 10-40 % while the trainer saves a checkpoint. While the job hangs the end-points still answer
(flat counters, rates 0); while it is down or stopping none does (no values: the instances are gone).

Assumed without checking (not read: pmdaopenmetrics' fetch code, pmproxy's loading code, the Grafana PCP plugin's
Redis data source, pmlogger_daily's timer, a depth team's speeds or failure rates): the Redis data source
rate-converts as the plugin's pmapi code read does; a fetch's failure leaves the instance without a value in that
sample; no counter wraps (a rank's count stays far below 2**32 in a run, e.g. 90 images/s for 100 h is 3.2e7);
per-GPU speed at 518 px: ViT-S 60-90 images/s, ViT-B 28-45, ViT-L 9-16 (the encoder drawn 1:1.4:1.6), a per-rank batch
of 16-32, 8-16 or 4-8; times 0.93-0.99 a doubling of the nodes; the step rate spread per second by ``exp(N(0,
0.04-0.12))``; 0.3-1.5 % of the seconds at 20-70 % (a shard read from object storage stalls the loader); a slow OU of
the log (sd 1-3 %, 5-30 min).

The job (my own picture, beyond the sources): 2-8 nodes of 4 or 8 GPUs (DDP), trained on a mix of labelled and
pseudo-labelled images streamed as shards from object storage. Pauses, whole seconds: an "epoch" is a fixed count of
samples, 40-150 min of training; at its end a validation on benchmark sets (NYUv2, KITTI, ETH3D, DIODE, Sintel style),
1-5 min ("long": 8-20), a checkpoint, 10-40 s ("long": 40-150), and the loader's workers spawned again, 10-45 s
("long": 30-120; twice that where the shards stream cold, 35 % of runs); a checkpoint also every 20-60 min of training
between; a start-up (launch, shard index, compilation) 4-12 min ("long": 12-30); each log-uniform in its range. After a
start-up the rate ramps from 35-65 % over 3-8 min, after an epoch's start from 80-95 % over 30-120 s. Node failures
(Poisson, mean 15-50 h, at least 20 min after a start-up; one due in a pause strikes as it ends) hang the job until the
NCCL timeout (2-10 min; "long": 20-30), then it is down 1-5 min ("long": 10-30) and resumes from its last checkpoint on
the same nodes. Planned relaunches (1-3, at 10-85 % of the run, after the next checkpoint once due: a graceful stop,
down 2-5 min ("long": 5-20), a start-up) onto 1-3 nodes more or fewer (2-10; 70 %), or into the next training stage
(another resolution or data mix: the level times ``exp(-U(0.12, 0.3))`` or ``exp(+U)``, 30 %), listed at the start-up's
end. A point is paused when its minute, or the window of a rate it read (back to the series' previous sample), touches
a pause or the first half of a ramp, when it read 0, next to such a point, and next to a skipped minute; a minute that
misses one node's rates (a restart of its pmlogger or pmcd, a timed-out fetch at ``I`` = 60 s) is not paused: it reads
low.

Labelled regressions multiply the job's steps/s by ``1 - a w(t)`` from their onset; the samples keep the healthy run's
times and presence (so the loads, the fallen counters and the pauses are the healthy run's), each counter's increment
over a sample's interval loses ``a`` times the integral of the rate times ``w``, and a point loses ``a`` times the
read of those losses (linear): ``drop`` (one node's GPUs power-capped or its InfiniBand link down-trained; ``w = min(1,
(s + 1) / tau)``, ``tau`` 3-60 s), ``straggler`` (the object store throttling the shards' prefix: bursts of mean 30-200
s at 1, calm of mean 60-400 s at 0.1-0.3), ``leak`` (the loader workers' memory grows, copy-on-access of the shard index
and the pseudo-label cache, until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 250-1800 points,
then held; it ends with its process or at its drawn stop, 30 points or more after its ramp's end). Onsets: 35 % from 30
s before to 60 s after a pause's end, else anywhere in the slot; ``a`` solved (linear) for a loss of 8-33 % (drop),
10-30 % (straggler) or 12-35 % (leak) over the event's live points, ``a <= 0.8``; an event holds no listed change; its
points are those whose value changed; kept where the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout75_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      10    10         11    0.089-0.308  27              3-31 (2042, 0 >60)           3
long      30      10    11         9     0.104-0.322  25              3-110 (1681, 50 >60)         3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 31, long 23 (planned relaunches). Within the whole simulated runs (short / long, 12 runs each,
``n`` + 240 minutes): 332 and 452 GPUs at the start (on 58 and 75 nodes); 713 and 590 validation passes, 2885 and 2364
checkpoints, 713 and 589 epoch starts; 44 and 52 node failures, 31 and 23 planned relaunches; 1543809 and 1847230
samples logged, 11513 and 32992 fetches timed out, 660 and 660 pmlogger restarts (11 node slots, each with its own
pmlogger), 218 and 219 pmcd restarts, 24 and 26 backlog episodes, 17 and 20 query-failure episodes; 383 and 446 samples
without a rate where a counter fell, 3246 and 4898 rates loaded only after their minute's read. Within the traces: 45
and 43 skipped minutes, 2643 and 12889 points that read 0; live points that missed a node's rates: 643 of 60109
(short), 319 of 50100 (long). Runs: logging interval 10 / 15 / 30 / 60 s: 5/4/1/2 (short), 4/5/2/1 (long); ViT-S /
ViT-B / ViT-L: 3/4/5 (short), 4/2/6 (long); shards streamed cold: 7 (short), 3 (long). Paused share of the points:
15.1-19.8 % short, 26.9-40.4 % long. The healthy series' median absolute step of log over steady live points (10 after
a span left out, points that read 0 left out): 0.69-1.67 % (short), 0.72-1.60 % (long). Against the job's true
images/s per minute, over the live points of the law runs (4 seeds a setting, n=3000): sums within 0.9 %, median
absolute error 0.2-0.6 %. Building both full sets takes about 2 s on one core; the test module runs in about 3 s
(2.3-3.2 s by pytest, 4.0 s wall at most; ``OMP_NUM_THREADS=1``, pinned to one core).

Opened
------
``anomaly/heldout74.py`` lines 1-145 (its docstring, imports, ``HELDOUT74_SEEDS`` and the constants after it) and
541-551 (``make_heldout74``, ``heldout74_set``; their line numbers found with the brief's ``grep``);
``tests/test_anomaly_heldout74.py`` (all); ``anomaly/heldout_common.py`` (all; lines 30-290 a second time, as the tool
cut them from the first output); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80;
``tests/test_architecture.py`` lines 1-110; the first 3 lines of every ``anomaly/heldout*.py`` (no PCP collection path
and no depth-estimation job among them); ``wc -l`` of ``heldout74.py``, ``heldout_common.py`` and ``trace_checks.py``.
Slips: ``git worktree add`` printed main's head commit id and subject (not sought); a ``grep -n`` in ``heldout74.py``
for the names of its duration helpers (to avoid a clash, needlessly) printed its line 154 (``lo, hi =
DUR[kind][setting]``), a line of its body outside the ranges allowed. Outside the project: the search tool's README was
not opened. Nothing else opened.
"""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT75_SEEDS = tuple(range(752000, 752012))
CODE = 75
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole minute (and a day's start: pmlogger_daily runs at 00:10)
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
# pause lengths (s): (lo, hi) per setting, each drawn log-uniform in its range
DUR = {"startup": {"short": (240, 720), "long": (720, 1800)},
       "eval": {"short": (60, 300), "long": (480, 1200)},
       "ckpt": {"short": (10, 40), "long": (40, 150)},
       "epoch": {"short": (10, 45), "long": (30, 120)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (120, 300), "long": (300, 1200)}}
INTERVALS = (10, 15, 30, 60)  # pmlogger's logging interval ``I`` (s), drawn 1:1.5:1.5:1
ENCODERS = {"vits": (60.0, 90.0, (16, 32)), "vitb": (28.0, 45.0, (8, 16)), "vitl": (9.0, 16.0, (4, 8))}  # img/s/GPU
MAX_NODES = 11


def _logu(rng, lo: float, hi: float) -> int:
    return int(round(np.exp(rng.uniform(np.log(lo), np.log(hi)))))


def _dur(rng, kind: str, setting: str) -> int:
    return _logu(rng, *DUR[kind][setting])


class _Run:
    """The simulated job, its PCP samples and the watcher's reads (attributes set by :func:`_simulate`)."""


def _schedule(rng, run, T: int, setting: str) -> None:
    """The job's launches (``run.procs``), pauses (``run.pauses_t``, whole seconds), ramps and planned changes."""
    pauses, ramps, procs, known = [], [], [], []
    nodes, mix, level = run.nodes0, 0, 1.0
    relaunch = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * T)
    mtbf = rng.uniform(15, 50) * 3600
    fail_at = rng.exponential(mtbf)
    t = 0
    while t < T:
        p = {"start": t, "nodes": nodes, "mix": mix, "level": level, "graceful": False}
        su = _dur(rng, "startup", setting)
        pauses.append((t, t + su, "startup"))
        t += su
        p["train"] = t
        if procs and procs[-1]["graceful"]:
            known.append(t)
        ramps.append((t, int(rng.uniform(180, 480)), rng.uniform(0.35, 0.65)))
        fail_at = max(fail_at, t + 1200)
        epoch_end = t + rng.uniform(40, 150) * 60
        ck_at = t + rng.uniform(20, 60) * 60
        while t < T:
            nxt = int(min(epoch_end, ck_at, fail_at, T))
            t = max(nxt, t + 1)
            if t >= T:
                break
            if t >= fail_at:  # a node fails: the job hangs until the NCCL timeout, then is down
                hang = _dur(rng, "hang", setting)
                pauses.append((t, t + hang, "hang"))
                p["end"] = t + hang
                down = _dur(rng, "down", setting)
                pauses.append((t + hang, t + hang + down, "down"))
                t += hang + down
                fail_at = t + rng.exponential(mtbf)
                break
            if t >= epoch_end:  # validation on the benchmark sets, a checkpoint, the loader's workers re-spawned
                for kind in ("eval", "ckpt", "epoch"):
                    d = _dur(rng, kind, setting) * (2 if kind == "epoch" and run.cold else 1)
                    pauses.append((t, t + d, kind))
                    t += d
                ramps.append((t, int(rng.uniform(30, 120)), rng.uniform(0.80, 0.95)))
                epoch_end = t + rng.uniform(40, 150) * 60
                ck_at = t + rng.uniform(20, 60) * 60
            else:  # a checkpoint by training time
                d = _dur(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
                t += d
                ck_at = t + rng.uniform(20, 60) * 60
            if t >= fail_at:  # a failure due in a pause strikes as it ends
                continue
            if relaunch and t >= relaunch[0]:  # a planned relaunch after the checkpoint
                relaunch.pop(0)
                p["end"], p["graceful"] = t, True
                stop = _dur(rng, "stop", setting)
                pauses.append((t, t + stop, "stop"))
                t += stop
                if rng.random() < 0.7:
                    step = int(rng.integers(1, 4)) * (1 if rng.random() < 0.5 else -1)
                    nodes = int(np.clip(nodes + step, 2, MAX_NODES - 1))
                    if nodes == p["nodes"]:
                        nodes = p["nodes"] + (1 if p["nodes"] < MAX_NODES - 1 else -1)
                else:
                    mix += 1
                    level *= np.exp(rng.uniform(0.12, 0.3) * (-1 if rng.random() < 0.5 else 1))
                break
        p.setdefault("end", min(t, T))
        procs.append(p)
    run.pauses_t = [(a, min(b, T), k) for a, b, k in pauses if a < T]
    run.ramps, run.procs, run.known_t = ramps, procs, [k for k in known if k < T]


def _rates(rng, run, T: int) -> None:
    """Steps/s per second (``run.rate``), the ranks stepping together; ``run.bad``: a pause or a ramp's first half."""
    on = np.zeros(T, bool)
    lv = np.zeros(T)
    pid = np.full(T, -1)
    nup = np.zeros(T, int)
    for i, p in enumerate(run.procs):
        on[p["train"]:p["end"]] = True
        pid[p["start"]:p["end"]] = i
        nup[p["start"]:p["end"]] = p["nodes"]
        lv[p["start"]:p["end"]] = run.sps * run.eff ** np.log2(p["nodes"]) * p["level"]
    bad = np.zeros(T, bool)
    for a, b, _ in run.pauses_t:
        on[a:b] = False
        bad[a:b] = True
    ramp = np.ones(T)
    for t0, d, f in run.ramps:
        if t0 < T:
            s = np.arange(min(d, T - t0))
            ramp[t0:t0 + len(s)] = f + (1 - f) * s / d
            bad[t0:t0 + min(d // 2, T - t0)] = True
    noise = rng.normal(0, run.jitter, T)
    slow = np.where(rng.random(T) < run.p_slow, rng.uniform(0.2, 0.7, T), 1.0)  # a shard fetch stalls the loader
    ou = hc.ou_path(rng, T, run.drift, rng.uniform(300, 1800))
    drift = np.repeat(ou, 60)[:T]
    run.rate = np.where(on, lv * ramp * slow * np.exp(noise + drift), 0.0)
    run.bad, run.pid, run.nup = bad, pid, nup
    run.cum = np.concatenate([[0.0], np.cumsum(run.rate)])


def _at(cum: np.ndarray, t: np.ndarray) -> np.ndarray:
    """A cumulative per-second count at fractional times ``t``."""
    i = np.minimum(t.astype(int), len(cum) - 2)
    return cum[i] + (t - i) * (cum[i + 1] - cum[i])


def _episodes(rng, T: int, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, ``dur`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _samples(rng, run, T: int) -> None:
    """Every node's pmlogger samples: time, delivery to Valkey, the rank's counter and the rate the watcher makes."""
    I = run.I
    ck = np.zeros(T, bool)
    for a, b, k in run.pauses_t:
        if k == "ckpt":
            ck[a:b] = True
    backlog = _episodes(rng, T, (10, 50), (20, 80), (120, 900))  # pmproxy / Valkey behind on loading
    cols = {k: [] for k in ("t", "node", "c", "pid")}
    run.restarts_pcp = run.pmcd_gaps = run.fetch_fail = 0
    run.cuts = []
    for j in range(MAX_NODES):
        # the node's pmlogger: restarted by pmlogger_daily every day at 00:10 (a new archive, a new phase); pmcd or
        # the openmetrics PMDA restarted in episodes (no values for 20-180 s)
        cuts = [(a, b, "pmcd") for a, b in _episodes(rng, T, (10, 60), (20, 100), (20, 180))]
        run.pmcd_gaps += len(cuts)
        for day in range(0, T, 86400):
            a = day + 600 + rng.uniform(0, 120)
            if a < T:
                cuts.append((a, a + rng.uniform(2, 30), "pmlogger"))
                run.restarts_pcp += 1
        cuts.sort()
        run.cuts += [(j, a, b, k) for a, b, k in cuts]
        merged = []
        for a, b, k in cuts:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        edges = [0.0] + [x for ab in merged for x in ab] + [float(T - 1)]
        ts = []
        for a, b in zip(edges[0::2], edges[1::2]):
            x = np.arange(a + rng.uniform(0, I), b, I)
            x = x + rng.uniform(0.01, 0.3, len(x))  # pmdaopenmetrics' fetch of the ranks' URLs
            ts.append(x[x < b])
        t = np.concatenate(ts)
        sec = t.astype(int)
        up = j < run.nup[sec]  # the rank's endpoint answers only while its process runs
        fail = rng.random(len(t)) < np.where(ck[sec], run.q_ck, run.q)  # the 2 s URL fetch timed out
        run.fetch_fail += int((up & fail).sum())
        keep = up & ~fail
        t, sec = t[keep], sec[keep]
        pid = run.pid[sec]
        start = np.array([p["start"] for p in run.procs])[pid]
        c = np.floor(_at(run.cum, t) - run.cum[start] + 1e-9)  # whole steps since the process started
        cols["t"].append(t)
        cols["node"].append(np.full(len(t), j))
        cols["c"].append(c)
        cols["pid"].append(pid)
    run.st, run.snode, run.sc, run.spid = (np.concatenate(cols[k]) for k in ("t", "node", "c", "pid"))
    delay = run.base_delay + rng.exponential(1.0, len(run.st))
    d = run.st + delay
    for a, b in backlog:
        inside = (run.st >= a) & (run.st < b)
        d[inside] = np.maximum(d[inside], b + rng.uniform(0, 30, int(inside.sum())))
    run.backlog = backlog
    run.sd = d
    # per node, the samples in time order (they are already): the previous one, the rate (null where it fell)
    prev = np.r_[-1, np.arange(len(run.st) - 1)]
    first = np.r_[True, run.snode[1:] != run.snode[:-1]]
    prev[first] = -1
    for j in np.unique(run.snode):  # loading is in order per node: a sample arrives after its predecessor
        m = run.snode == j
        run.sd[m] = np.maximum.accumulate(run.sd[m])
    run.sprev = prev
    ok = prev >= 0
    dc = np.where(ok, run.sc - run.sc[np.maximum(prev, 0)], -1.0)
    run.sok = ok & (dc >= 0)  # a counter that fell (a new process) gives no rate
    run.sdt = np.where(ok, run.st - run.st[np.maximum(prev, 0)], 1.0)
    run.sr = np.where(run.sok, dc, 0.0) / run.sdt * run.B * run.gpn  # images/s of the node's ranks


def _read(run, per_sample: np.ndarray) -> np.ndarray:
    """The watcher's point per minute: per node the mean of the rates stamped in the minute and loaded by the read,
    summed over the nodes (the ranks' series of a node are alike); a minute with none reads 0."""
    inc = run.inc
    key = run.smin[inc] * MAX_NODES + run.snode[inc]
    size = run.M * MAX_NODES
    s = np.bincount(key, per_sample[inc], minlength=size)
    k = np.bincount(key, minlength=size)
    mean = np.where(k > 0, s / np.maximum(k, 1), 0.0)
    return mean.reshape(run.M, MAX_NODES).sum(axis=1)


def _point(run, t: float) -> int:
    """The first point whose minute holds or follows time ``t``."""
    return int(np.searchsorted(run.km, t // 60))


def _simulate(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _Run()
    run.n, run.M = n, n + 240
    T = run.T = 60 * run.M
    run.encoder = ("vits", "vitb", "vitl")[int(rng.choice(3, p=[0.25, 0.35, 0.40]))]
    lo, hi, (b_lo, b_hi) = ENCODERS[run.encoder]
    run.B = int(rng.choice([b_lo, (b_lo + b_hi) // 2, b_hi]))  # images per rank and step
    run.gpn = int(rng.choice([4, 8], p=[0.3, 0.7]))
    run.nodes0 = int(rng.integers(2, 9))
    run.sps = rng.uniform(lo, hi) / run.B  # steps/s of one GPU alone
    run.eff = rng.uniform(0.93, 0.99)  # per doubling of the nodes
    run.jitter, run.p_slow, run.drift = rng.uniform(0.04, 0.12), rng.uniform(0.003, 0.015), rng.uniform(0.01, 0.03)
    run.cold = bool(rng.random() < 0.35)  # shards streamed from object storage with no local cache
    run.I = int(rng.choice(INTERVALS, p=[0.2, 0.3, 0.3, 0.2]))
    run.q, run.q_ck = rng.uniform(0.001, 0.01), rng.uniform(0.1, 0.4)
    run.base_delay, run.H = rng.uniform(0.5, 3.0), rng.uniform(15, 45)
    _schedule(rng, run, T, setting)
    _rates(rng, run, T)
    _samples(rng, run, T)
    run.R = 60.0 * (np.arange(run.M) + 1) + run.H + rng.uniform(0, 10, run.M)
    run.qfail = _episodes(rng, T, (10, 60), (30, 90), (180, 900))  # pmproxy's /series queries time out
    failed = np.zeros(run.M, bool)
    for a, b in run.qfail:
        inside = (run.R >= a) & (run.R < b)
        failed[inside] = rng.random(int(inside.sum())) < 0.5
    run.smin = (run.st // 60).astype(int)
    run.inc = run.sok & (run.smin < run.M) & (run.sd <= run.R[np.minimum(run.smin, run.M - 1)])
    run.km = np.flatnonzero(~failed)[:n]
    if len(run.km) < n:
        raise RuntimeError("too many failed reads")
    h = _read(run, run.sr)[run.km]
    # paused: the minute, or the window of a rate read in it, touches a pause or a ramp's first half; a point that
    # read 0; the points next to those and next to a skipped minute
    lo_t = 60.0 * np.arange(run.M)
    np.minimum.at(lo_t, run.smin[run.inc], run.st[run.sprev[run.inc]])
    bcum = np.concatenate([[0], np.cumsum(run.bad)])
    a = np.floor(lo_t).astype(int)
    b = np.minimum(60 * np.arange(run.M) + 60, T)
    core = ((bcum[b] - bcum[a]) > 0)[run.km] | (h <= 0)
    gap = np.diff(run.km) > 1
    core[:-1] |= gap
    core[1:] |= gap
    paused = core.copy()
    paused[1:] |= core[:-1]
    paused[:-1] |= core[1:]
    spans = []
    for i in np.flatnonzero(paused):
        hc.add_span(spans, int(i), int(i) + 1)
    live = ~paused
    changes = hc.change_points([_point(run, t) for t in run.known_t], spans, n)
    run.meta = {"encoder": run.encoder, "I": run.I, "cold": run.cold, "nodes0": run.nodes0, "gpn": run.gpn}
    return run, h, spans, live, changes


_build = _simulate  # ``tests/trace_checks.shared_builds`` memoises ``_build`` by name


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight ``w`` over its ``length`` seconds (a leak ramps over ``ramp`` s, then holds)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":
        w = np.full(length, rng.uniform(0.1, 0.3))
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 200), rng.uniform(60, 400))
        for a, b in zip(edges[0::2], edges[1::2]):
            w[int(a):int(b)] = 1.0
        return w
    return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)


def _unit_loss(run, t0: int, w: np.ndarray) -> np.ndarray:
    """Per point, the images/s a regression of magnitude 1 with weight ``w`` from second ``t0`` takes off the read."""
    L = min(len(w), run.T - t0)
    wc = np.concatenate([[0.0], np.cumsum(run.rate[t0:t0 + L] * w[:L])])
    pt = run.st[np.maximum(run.sprev, 0)]
    sel = run.inc & (run.st > t0) & (pt < t0 + L)
    u = np.zeros(len(run.st))

    def W(t):
        return _at(wc, np.clip(t - t0, 0.0, L - 1e-9)) if L > 0 else 0.0

    u[sel] = (W(run.st[sel]) - W(pt[sel])) / run.sdt[sel] * run.B * run.gpn
    return _read(run, u)[run.km]


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the points ``[lo, hi)``: ``(Event, (onset, loss))`` or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = 60.0 * run.km[lo], 60.0 * run.km[min(last, n - 1)]
        if rng.random() < 0.35:
            cand = [b for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            t0 = int(cand[int(rng.integers(len(cand)))] + rng.uniform(-30, 60))
        else:
            t0 = int(rng.uniform(t_lo, t_last))
        onset = _point(run, t0)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1, ends = (run.T, to_end) if to_end else (int(60 * run.km[min(stop, n - 1)]), False)
        if kind == "leak":  # the loader workers' memory goes with their process
            i = run.pid[min(t0, run.T - 1)]
            if i < 0:
                continue
            if run.procs[i]["end"] < t1:
                t1, ends = run.procs[i]["end"], False
        w = _weight(rng, kind, t1 - t0, ramp * 60)
        u = _unit_loss(run, t0, w)
        end_pt = n if ends else min(_point(run, t1), n)
        lv = live[onset:end_pt]
        if lv.sum() < 8 or u[onset:end_pt][lv].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        a = target * healthy[onset:end_pt][lv].sum() / u[onset:end_pt][lv].sum()
        if a > 0.8:
            continue
        v = np.maximum(healthy - a * u, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, ends)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = _point(run, t0 + ramp * 60) if kind == "leak" else onset
        if kind == "leak" and not (onset < ramp_end and ramp_end + 30 <= end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (healthy - v)[onset:end])
    return None


def make_heldout75(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + 60.0 * run.km, stream=(3,))


def heldout75_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT75_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout75, seeds, n, pauses)
