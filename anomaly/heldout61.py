"""The sixty-first held-out throughput family: a protein-structure model's (OpenFold / AlphaFold2-style) training
crops/s on an on-premises GPU cluster, each node's cumulative crop count read from a file by a Checkmk agent local
check that computes the rate itself, stored by the Checkmk core (CMC) in RRD files and summed over the nodes per minute.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Checkmk's "Local checks" guide (2.1 and 2.3: a local
check prints one line per service, ``0 "My service" myvalue=73 text``: a status or ``P``, the service name, the
metrics or ``-`` for none, the text); Checkmk's value-store helper ``get_rate`` (its source as stored: it writes the
new ``(time, value)`` first, raises ``GetRateError`` "Initialized" on the first call and "No time difference", and for a
negative rate with ``raise_overflow`` "Value overflow", with the comment that a counter reset (reboot etc.) is better
left undefined until the next check interval; an unhandled ``GetRateError`` makes the service go stale) and its unit
test (pre-state ``(0, 42)`` then 23: "Value overflow"; none: "Counter initialization"), and a third-party Docker
plug-in repeating that pattern; the Checkmk knowledge-base page "How-to adjust RRD storage time range" (RRAs as
steps aggregated into a point, and three consolidation functions, min, max and average, per metric); an ``rrdtool
info`` dump on pastebin with step 60, heartbeat 8640 and RRAs of 2880 x 1, 2880 x 5, 4320 x 30 and 5840 x 360 steps,
AVERAGE and MAX, xff 0.5 (the layout I remembered as Checkmk's default; the page does not say whose file it is); the
Checkmk graphing guide (metrics kept four years, compressed as they age); the Checkmk Grafana guide (a commit of its
source: single metrics, predefined graphs, or graphs over hosts and services picked by regular expressions) and the
Grafana plug-in page; Werk 10402 (RRDs no longer updated in multi-line graphs); an rrdtool man page (overview only).

Assumed without checking: my local check computes the rate itself (Checkmk does not turn a local check's metric into
a rate), keeping the previous ``(time, count)`` in a state file on the node and following ``get_rate``'s rules: no
counter file, the first run, or a count below the stored one: no metric that run, the state rewritten (the count
is a Python int written as text: it never wraps, so a fall is always a resume from a checkpoint); the local
check runs at every agent query (not cached); the CMC checks each host every 60 s at its own phase, jitter sd 0.2-1.5
s, 0.2-1 % of checks late by 5-40 s, 0.1-0.5 % with no agent answer (no result, the service keeps its old state); a
down host gives no result (its services stale); a check without a metric writes no RRD update; the metric is a GAUGE
whose update holds over the time since the previous update, a gap above the heartbeat (taken as 8460 s) unknown; a
minute's PDP is known once the update after its end has come in; in the one-minute RRA (one PDP a row) AVERAGE and MAX
are the same row, so their choice only matters in the 5-minute and coarser RRAs, which are not read here; the dashboard
sums the nodes' series and a recorder polls it every minute, keeping minute ``j`` as read at its end plus ``L`` (80,
100, 150 or 240 s): a node whose closing update had not come in reads as null (0 in the sum), never revisited; a host
in scheduled downtime is still checked (downtime only silences notifications), so it changes nothing here; a spare
host is pending until its first result; the counter file survives a failed node's reboot; everything about the job (no
OpenFold recipe or benchmark read: step times, crop-phase costs and failure rates are my own picture).

What is modelled
----------------
The job: ``N`` nodes (4, 6 or 8) of 8 GPUs in data parallel, every rank one crop a step; a step lasts ``d0`` (5-9 s)
times a log-normal (sd 3-8 %), times 1.1-1.5 with probability 0.05-0.25 (a deep-MSA or long sample on some rank holds
the step), times the shared file system's contention (the MSA / template loading competes with other users' jobs:
bad phases of mean 15-60 min every 2-8 h stretching a step by 4-30 %) and a slow drift (OU of the log, sd 1-2.5 %,
1-3 h); the first 2-8 min after a start run up to 1.6 times slower (cold page cache, loader warm-up). Crop phases: 1-3
planned relaunches into a long-crop fine-tuning phase and back (a step 1.6-2.6 times dearer; short 150-500 s, long
900-2400 s of no training; listed, "crop"). Pauses: a validation every 30-75 min (short: 90-420 s) or 2-4 h (long:
40-100 min) of training, every 1st-3rd one also a checkpoint (short 40-160 s, long 400-1500 s more). Node failures
(Poisson, mean every 12-36 h, none in the first 30 min): the ranks hang (short 60-240 s; long 600-1800 s, a
collective's time-out), the job is requeued (30-300 s; 300-2400 s) and starts (60-200 s; 240-900 s), resuming from its
last checkpoint: the counter falls back to the checkpoint's count and the lost steps are redone. A spare node replaces
the failed one in 65 % of the failures; else the job resumes on ``N - 1`` nodes (listed, "world") until the next
relaunch or failure brings it back to ``N`` (listed, "world"). The failed host is down 0.5-6 h. The next validation,
failure or relaunch lies at least 10 min after a pause's end.

Collection: each trainer rewrites its node's cumulative crop count (8 a step, every 1st or 2nd step) in a file; each
node's local check reads it at the CMC's check, the CMC stores the rate in the node's RRD, the recorder reads the
summed one-minute averages as above. A point is paused where the update interval of any node of the job (from its
last update before the pause to its first at or after the end; to the end for a node that fails) meets it; spans one
live minute or less apart are merged.

Labelled regressions scale the steps executed per second in their window by ``1 / (1 + a w(t))`` (the lost steps
rounded to whole counter writes): ``drop`` (a node resumed with a degraded link, or the MSA store moved to a slower
pool: ``w`` steps to 0.6-1 and settles to 1 over 60-300 s), ``straggler`` (one node's GPUs throttling in bursts:
bursts of median 60-240 s at 1, calm of median 120-600 s at 0.1-0.25, log-normal sd 0.5), ``leak`` (the feature
pipeline's workers' memory grows and squeezes the page cache: ``w = u ** p``, ``p`` 0.8-2, over a ramp of 200-1200
points (at most 45 % of its slot), then held). Onsets: 35 % in the last 60 % of a pause or up to 2 min after it, else
anywhere; ``a`` by bisection (0-8) on the per-second steps to a loss of 9-30 % (drop), 10-30 % (straggler), 12-32 %
(leak; on its plateau); an event holds no listed change; kept where the measured depth is 7-35 % and shows (80 draws a
slot).

Counts over ``heldout61_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    10         9     0.090-0.287  20              4-15 (1316 spans, 0 >60)     3
long      33      10    10         13    0.093-0.287  22              21-126 (336 spans, 257 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 56 (27 crop-phase relaunches, 29 world-size changes), long 49 (23 crop-phase relaunches, 26
world-size changes). Per setting's 12 runs (short / long): 1237 and 270 validations (801 and 202 with a checkpoint);
57 and 47 node failures, of which 28 and 19 took a spare; 27 and 23 crop-phase relaunches; 4664 and 3713 late checks,
2371 and 1591 checks with no agent answer. Paused share of the points: 13.3-16.1 % (mean 14.9 %) short, 32.8-43.0 %
(mean 36.4 %) long. Live minutes in which some node read as null (its closing update later than the read): 1458
(short) and 641 (long); live points below 0.85 of the median of their 31 live neighbours: 2234 of 61248 and 1041 of
45782; live points read as 0: 12 and 13. The healthy series' median absolute step of log over steady live points (10
after a span and a change left out, zeros left out): 1.9-6.6 % (short), 2.5-4.2 % (long); median live level 2.1-9.2
(short), 2.2-8.3 (long) crops/s. Read lags ``L`` over the 12 runs: three, one, two and six (short), six, four, two
and none (long) of 80, 100, 150 and 240 s; ten runs of each setting write every step, two every 2nd. Generating both
settings takes about 7 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30 (the page's first 30 lines, as the brief said); ``anomaly/heldout60.py`` lines
1-88 and its ``make_heldout60`` / ``heldout60_set`` (lines 317-327, found with ``grep -n``; ``wc -l`` also showed its
length); ``tests/test_anomaly_heldout60.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py``
(all); ``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py`` (``head -3``);
``tests/test_architecture.py`` lines 1-110. Also seen (a slip): the line ``git worktree add`` printed, main's head
commit id and its subject, which summarises generator 60's look (not sought; it changed nothing here).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT61_SEEDS = tuple(range(612000, 612012))
CODE = 61
T0 = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole minute
P_KIND = (0.34, 0.33, 0.33)
HB = 8460.0  # the RRD data source's heartbeat (s): a longer gap between updates is unknown
# pause lengths (s): validation, extra for a checkpoint, crop-phase relaunch, and a failure's hang / queue / start
VAL = {"short": (90, 420), "long": (2400, 6000)}
CKPT = {"short": (40, 160), "long": (400, 1500)}
SWITCH = {"short": (150, 500), "long": (900, 2400)}
HANG = {"short": (60, 240), "long": (600, 1800)}
QUEUE = {"short": (30, 300), "long": (300, 2400)}
START = {"short": (60, 200), "long": (240, 900)}
EVERY = {"short": (1800, 4500), "long": (7200, 14400)}  # training seconds between validations


@dataclass
class Host:
    """One monitored node: its check phase, when it held a rank of the job and when it was down."""

    phase: float
    joins: list = field(default_factory=list)  # (t_join, t_leave) of its trainer
    down: list = field(default_factory=list)  # (t0, t1): the agent does not answer


@dataclass
class Run:
    """A healthy run: per-second executed steps ``c``, its pauses, hosts, checks and what the path drops."""

    n: int
    setting: str
    c: np.ndarray  # steps executed in each second (every rank steps together)
    K: int  # the trainer rewrites the counter file every K steps
    fails: list  # (t_fail, t_ckpt, t_resume): a failure, the checkpoint it rolls back to, the resume
    pauses_t: list  # (a, b, kind)
    known_t: list
    known_kind: list
    hosts: list
    checks: list  # per host: the check times whose agent answered
    L: float  # the recorder reads minute j at its end plus L
    stats: dict


def _fs_factor(rng, T: float) -> np.ndarray:
    """Per second, the step's slow-down by the shared file system's contention (other users' jobs): bad phases
    (mean 15-60 min, every 2-8 h) that stretch a step by 4-30 %, plus an OU drift of the log (sd 1-2.5 %)."""
    m = int(T) + 1
    f = np.ones(m)
    edges = hc.twostate(rng, rng.exponential(rng.uniform(7200, 28800)), T, rng.uniform(900, 3600),
                        rng.uniform(7200, 28800), horizon=T)
    for a, b in zip(edges[0::2], edges[1::2]):
        f[int(a):int(min(b, T)) + 1] *= 1 + rng.uniform(0.04, 0.3)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.025), rng.uniform(3600, 10800))
    return f * np.exp(np.interp(np.arange(m), 60.0 * np.arange(len(ou)), ou))


def _steps(rng, c, t0: float, t1: float, d0: float, slow: np.ndarray, sd: float, p_heavy: float) -> None:
    """Add to ``c`` (steps per second) the steps of a stretch of training ``[t0, t1)``: a step lasts ``d0`` times
    the contention factor, a log-normal (``sd``) and, with probability ``p_heavy``, a deep-MSA sample on some rank
    (1.1-1.5); the first 2-8 min after a start run slower (cold page cache, loader warm-up)."""
    warm = rng.uniform(120, 480)
    t, times, w4 = t0, [t0], 0.4 * warm
    while t < t1:
        x = t - t0
        d = d0 * slow[int(t)] * np.exp(rng.normal(0, sd))
        if x < warm:  # for speed, only then: after the warm-up its factor is exactly 1
            d = d * (1 + 0.6 * np.exp(-x / w4))
        if rng.random() < p_heavy:
            d *= rng.uniform(1.1, 1.5)
        t += d
        times.append(min(t, t1))
    times = np.array(times)
    k = np.arange(len(times), dtype=float)
    if len(times) > 1 and t > times[-2]:  # the last step is cut at t1: only its done share counts
        k[-1] = k[-2] + (times[-1] - times[-2]) / (t - times[-2])
    s0, s1 = int(np.ceil(t0)), int(np.floor(t1))
    grid = np.arange(s0, s1 + 1, dtype=float)
    p = np.interp(grid, times, k)
    c[s0:s1] += np.diff(p)


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's healthy run over ``n`` minutes and its collection path's draws (see the module docstring)."""
    T = 60.0 * n + 900
    N = int(rng.choice([4, 6, 8]))
    d0 = rng.uniform(5.0, 9.0)
    sd, p_heavy = rng.uniform(0.03, 0.08), rng.uniform(0.05, 0.25)
    K = int(rng.choice([1, 1, 2]))
    slow = _fs_factor(rng, T)
    c = np.zeros(int(T) + 2)
    n_sw = int(rng.integers(1, 4))
    sw_t = sorted(rng.uniform(0.08, 0.95, n_sw) * T)
    crop = [rng.uniform(1.6, 2.6) for _ in range(n_sw)]
    fail_mean = rng.uniform(12, 36) * 3600
    ck_every = int(rng.integers(1, 4))
    pauses, fails, known_t, known_kind = [], [], [], []
    stats = {"validations": 0, "checkpoints": 0, "failures": 0, "spares": 0, "world": 0, "switches": 0}
    jitter, p_late, p_to = rng.uniform(0.2, 1.5), rng.uniform(0.002, 0.01), rng.uniform(0.001, 0.005)
    hosts = [Host(rng.uniform(0, 60), [[0.0, np.inf]]) for _ in range(N)]
    active = list(range(N))
    missing = False  # running on N - 1 nodes since a failure without a spare
    t, phase, n_val, t_ck = 0.0, 1.0, 0, 0.0
    next_val = rng.uniform(*EVERY[setting])
    next_fail = rng.exponential(fail_mean) + 1800
    while t < T:
        d = d0 * phase
        cand = [next_val, next_fail, sw_t[0] if sw_t else np.inf]
        which = int(np.argmin(cand))
        end = min(cand[which], T)
        _steps(rng, c, t, end, d, slow, sd, p_heavy)
        t = end
        if t >= T:
            break
        if which == 0:  # validation, every ck_every-th also a checkpoint
            n_val += 1
            stats["validations"] += 1
            ck = n_val % ck_every == 0
            b = t + rng.uniform(*VAL[setting]) + (rng.uniform(*CKPT[setting]) if ck else 0.0)
            pauses.append((t, b, "ckpt" if ck else "eval"))
            if ck:
                stats["checkpoints"] += 1
                t_ck = t
            t = b
            next_val = t + rng.uniform(*EVERY[setting])
        else:
            if which == 1:  # a node fails: the ranks hang, the job is killed, requeued and resumed from t_ck
                stats["failures"] += 1
                b = t + sum(rng.uniform(*x[setting]) for x in (HANG, QUEUE, START))
                slot = int(rng.integers(len(active)))
                h = hosts[active[slot]]
                h.joins[-1][1] = t
                h.down.append((t, t + rng.uniform(1800, 21600)))
                fails.append((t, t_ck, b))
                kind = "fail"
                if missing:  # the repaired node is back in the pool: full size again
                    active.pop(slot)
                    for _ in range(2):
                        hosts.append(Host(rng.uniform(0, 60), [[b, np.inf]]))
                        active.append(len(hosts) - 1)
                    missing = False
                    known_t.append(b)
                    known_kind.append("world")
                    stats["world"] += 1
                elif rng.random() < 0.65:  # a spare node takes its place
                    stats["spares"] += 1
                    hosts.append(Host(rng.uniform(0, 60), [[b, np.inf]]))
                    active[slot] = len(hosts) - 1
                else:  # no spare: resume on N - 1 nodes
                    active.pop(slot)
                    missing = True
                    known_t.append(b)
                    known_kind.append("world")
                    stats["world"] += 1
                next_fail = b + rng.exponential(fail_mean) + 1800
            else:  # a planned relaunch into the next crop phase (from a checkpoint saved right before)
                stats["switches"] += 1
                sw_t.pop(0)
                b = t + rng.uniform(*SWITCH[setting])
                phase = crop[stats["switches"] - 1] if phase == 1.0 else 1.0
                kind = "switch"
                if missing:
                    hosts.append(Host(rng.uniform(0, 60), [[b, np.inf]]))
                    active.append(len(hosts) - 1)
                    missing = False
                known_t.append(b)
                known_kind.append("crop")
                t_ck = t
            pauses.append((t, b, kind))
            t = b
            next_val = max(next_val, t + 600)
        next_fail = max(next_fail, t + 600)
        if sw_t and sw_t[0] < t + 600:
            sw_t[0] = t + rng.uniform(600, 1200)
    # each host's checks: its phase on the minute grid, jitter, rare late checks and agent time-outs
    checks = []
    late = to = 0
    for h in hosts:
        k = np.arange(int(T // 60) + 1)
        tk = h.phase + 60.0 * k + rng.normal(0, jitter, len(k))
        is_late = rng.random(len(k)) < p_late
        tk = tk + is_late * rng.uniform(5, 40, len(k))
        ok = (rng.random(len(k)) >= p_to) & (tk > 0)
        to += int((~ok).sum())
        for a, b in h.down:
            ok &= ~((tk >= a) & (tk < b))
        late += int(is_late.sum())
        checks.append(np.sort(tk[ok]))
    stats.update(late=late, timeouts=to, hosts=len(hosts), nodes=N)
    L = float(rng.choice([80.0, 100.0, 150.0, 240.0]))
    return Run(n, setting, c, K, fails, pauses, known_t, known_kind, hosts, checks, L, stats)


def _executed(run, mods) -> np.ndarray:
    """Steps executed by each whole second (redone ones included), less the steps each regression ``(s0, delta,
    total)`` cost: ``total`` (a whole number of writes) from the end of its window on, exactly."""
    P = np.concatenate([[0.0], np.cumsum(run.c)])
    for s0, delta, total in mods:
        s1 = min(len(P), s0 + 1 + len(delta))
        P[s0 + 1:s1] -= np.cumsum(delta)[:s1 - s0 - 1]
        P[s1:] -= total
    return P


def _counter(run, P: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The steps a node's counter file holds at times ``t``: the last K-step write, less the work each failure
    rolled back to its checkpoint (from the resume on, when the trainer rewrites the file)."""
    K = run.K
    sec = np.arange(len(P), dtype=float)
    q = K * np.floor(np.interp(t, sec, P) / K)
    for t_f, t_ck, b in run.fails:
        x = K * np.floor(np.interp([t_f, t_ck], sec, P) / K)
        q -= (t >= b) * (x[0] - x[1])
    return q


def _updates(run, P: np.ndarray, h: int) -> tuple[np.ndarray, np.ndarray]:
    """Host ``h``'s RRD updates: the times and crops/s values of the local check's metric. The script keeps the
    previous ``(time, count)`` in a state file; no file (before the trainer starts there), the first run, or a
    count lower than the stored one (a resume from a checkpoint): no metric that run, the state rewritten."""
    host, t = run.hosts[h], run.checks[h]
    join, leave = host.joins[0]
    t = t[t >= join]
    v = 8.0 * _counter(run, P, np.minimum(t, leave))
    if len(t) < 2:
        return t[:0], v[:0]
    dv, dt = np.diff(v), np.diff(t)
    ok = dv >= 0
    return t[1:][ok], (dv / dt)[ok]


def _host_minutes(run, u: np.ndarray, r: np.ndarray) -> np.ndarray:
    """What the recorder reads of one host per minute: the RRD's one-minute average of the GAUGE values (each
    update's value over the time since the previous update; none over a gap above the heartbeat), where the
    update closing the minute came in by the read (the minute's end plus ``L``); 0 (a null) otherwise."""
    n = run.n
    out = np.zeros(n)
    if len(u) < 2:
        return out
    val = np.where(np.diff(u) <= HB, r[1:], 0.0)  # interval (u[i], u[i + 1]] holds val[i]
    a = 60.0 * np.arange(n)
    e = a + 60.0
    start = np.maximum(a, u[0])
    idx = np.searchsorted(u, e, side="right")
    seen = (idx < len(u)) & (e - start >= 30.0)
    seen[seen] &= u[idx[seen]] <= e[seen] + run.L
    ia = np.maximum(np.searchsorted(u, start, side="right"), 1)
    integ = np.zeros(n)
    for o in range(int((np.minimum(idx, len(u) - 1) - ia).max()) + 1):  # local sums: no global cumsum's rounding
        i = np.minimum(ia + o, len(u) - 1)
        ov = np.minimum(u[i], e) - np.maximum(u[i - 1], start)
        integ += np.where((ia + o <= idx) & (ia + o < len(u)) & (ov > 0), val[i - 1] * ov, 0.0)
    out[seen] = integ[seen] / (e[seen] - start[seen])
    return out


def _series(run, mods) -> np.ndarray:
    """The summed crops/s per minute with the regressions ``mods``."""
    P = _executed(run, mods)
    total = np.zeros(run.n)
    for h in range(len(run.hosts)):
        total += _host_minutes(run, *_updates(run, P, h))
    return total


def _spans(run) -> list[tuple[int, int]]:
    """The minutes a pause reaches on any host of the job: from its last update before the pause (the update
    interval that holds the pause's start) to the first update at or after its end (a host that leaves in the
    pause: to the pause's end); spans one live minute or less apart merged."""
    P = _executed(run, [])
    spans = []
    ups = [_updates(run, P, h)[0] for h in range(len(run.hosts))]
    for a, b, _ in run.pauses_t:
        s, e = np.inf, -np.inf
        for host, u in zip(run.hosts, ups):
            join, leave = host.joins[0]
            if not (join < b and leave >= a) or not len(u):
                continue
            i0 = int(np.searchsorted(u, a, side="right"))
            prev = u[i0 - 1] if i0 else a
            if leave <= b:
                end = b
            else:
                i1 = int(np.searchsorted(u, b, side="left"))
                end = u[i1] if i1 < len(u) else 60.0 * run.n
            s, e = min(s, int(prev // 60)), max(e, int(end // 60) + 1)
        s, e = max(0, int(s)), min(run.n, int(e))
        if s >= run.n or e <= s:
            continue
        if spans and s <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed's healthy run."""
    hc.check_args(pauses, n)
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 7]), n, pauses)
    healthy = _series(run, [])
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, m: int, ramp_s: int) -> np.ndarray:
    """A regression's weight over its ``m`` seconds: a drop steps to 0.6-1 and settles to 1 over 60-300 s; a
    straggler (one node's GPUs throttling) alternates bursts at 1 (median 60-240 s) and calm at 0.1-0.25
    (median 120-600 s), log-normal lengths (sd 0.5); a leak ``min(1, x / ramp_s) ** p`` (``p`` 0.8-2)."""
    x = np.arange(m, dtype=float)
    if kind == "drop":
        w0 = rng.uniform(0.6, 1.0)
        return w0 + (1 - w0) * np.minimum(1.0, x / rng.uniform(60, 300))
    if kind == "leak":
        return np.minimum(1.0, x / max(ramp_s, 1)) ** rng.uniform(0.8, 2.0)
    med_on, med_off, calm = rng.uniform(60, 240), rng.uniform(120, 600), rng.uniform(0.1, 0.25)
    w, i, on = np.empty(m), 0, True
    while i < m:
        k = int((med_on if on else med_off) * np.exp(rng.normal(0, 0.5))) + 1
        w[i:i + k] = 1.0 if on else calm
        i, on = i + k, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    n, c = run.n, run.c
    for kind in hc.kind_draws(rng, P_KIND, want):
        ramp = int(rng.uniform(200, min(1200, 0.45 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        cand = [(a, b) for a, b, _ in run.pauses_t if 60 * lo <= a and b < 60 * last]
        if rng.random() < 0.35 and cand:  # starts late in a pause or just after it (a resume, a reload)
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.4 * (b - a), b + 120)
        else:
            t0 = rng.uniform(60 * lo, 60 * last)
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0 = int(t0)
        s1 = len(c) if to_end else 60 * stop
        w = _weight(rng, kind, s1 - s0, 60 * ramp)
        cs = c[s0:s1]
        c0 = 60 * ramp if kind == "leak" else 0  # a leak is calibrated on its plateau
        if cs[c0:].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.09, 0.3),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))

        def loss(a):
            return 1 - (cs[c0:] / (1 + a * w[c0:])).sum() / cs[c0:].sum()

        if loss(8.0) < target:
            continue
        x0, x1 = 0.0, 8.0
        for _ in range(30):
            mid = 0.5 * (x0 + x1)
            x0, x1 = (mid, x1) if loss(mid) < target else (x0, mid)
        delta = cs * (1 - 1 / (1 + 0.5 * (x0 + x1) * w))
        total = run.K * max(1, round(delta.sum() / run.K))  # a whole number of counter writes
        mod = (s0, delta * (total / delta.sum()), float(total))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= x < end for x in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout61(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout61_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT61_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout61, seeds, n, pauses)
