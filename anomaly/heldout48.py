"""The forty-eighth held-out throughput family: a speaker-verification model's (ECAPA-TDNN / WavLM-style) training
utterances/s, read from each node's counter file by an Icinga 2 service check (a plugin keeping the previous value in a
state file), written by Icinga 2's GraphiteWriter to Graphite and read back per minute as
``sumSeries(keepLastValue(icinga2.gpu*.services.train_rate.check_train_rate.perfdata.utt_per_s.value, K))``.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Icinga 2's ``lib/icinga/checkable-check.cpp`` (read in
full to ``ProcessCheckResult``'s notifications): ``UpdateNextCheck`` takes the retry interval while the state is SOFT
(and a result exists), else the check interval, and plans ``next = now - adj + interval`` with ``adj = fmod(now * 100
+ offset, interval * 100) / 100`` capped at ``0.5 + fmod(offset, 5 interval) / 100`` (``offset`` the checkable's
random scheduling offset), so a check runs a little early each time; ``ProcessCheckResult``: an OK result is HARD OK,
OK -> not-OK starts SOFT at attempt 1, SOFT attempts count up and turn HARD at ``max_check_attempts``. Icinga issues
#10512 and #10255 (the scheduling offset makes the next check early: "a minute" is 50-something seconds), #7622 /
#7718 (the scheduler's spikes; a proposed shuffle cap, default 0 %), #9835 (the first failing check counts as an
attempt), #6603 (retry interval with ``command_endpoint``); the Nagios / Icinga 1 text on ``check_interval`` and
``retry_interval`` (a CSDN copy); Icinga 2's "Addons" page (GraphiteWriter / InfluxdbWriter feature); the Icinga Web
Graphite module's troubleshooting page (metric paths ``icinga2.<host>.host.<command>.perfdata.<label>.value``); the
graphite-web ``keepLastValue`` / ``fillValue`` patch and a Grafana issue on keepLastValue. Assumed without checking:
the service path ``icinga2.<host>.services.<service>.<command>.perfdata.<label>.value``; that the GraphiteWriter
stamps a metric with the check result's end and drops what it cannot send while carbon is down (no buffer); that a
whisper archive of 60 s keeps a slot's last write; that ``keepLastValue(K)`` fills only runs of at most ``K`` missing
points (``K`` infinite without a limit) and ``sumSeries`` skips missing series (a minute where all are missing reads
None, which the dashboard's poller writes as 0); that a plugin killed at ``check_timeout`` gives UNKNOWN without
performance data and leaves its state file as it was; that a disconnected agent's checks read UNKNOWN ("not
connected") without the plugin running; that the plugin prints UNKNOWN without a rate on its first run and when the
counter went back; everything about the job, the cluster and the data (no speaker-verification recipe was read).

What is modelled
----------------
An ECAPA-TDNN / WavLM-style speaker embedding model trained with Lightning DDP on ``N`` (2-4) of 6 eight-GPU nodes
(VoxCeleb2-like data, a Slurm queue that can requeue it). Each step every node trains ``B`` (512, 1024 or 1600)
utterances cut to one batch-level crop ``L`` (uniform ``Lmin`` 1.5-2 s to ``Lmax`` 2.6-3.5 s; 4, 5 or 6 s in the
large-margin fine-tuning stage). The GPU part costs ``g0 (0.18 + 0.82 L / 3)`` (``g0`` 0.35-0.9 s), the CPU workers'
noise / reverberation mixing ``c0 (L / 3) (1 + q)`` (``c0 / g0`` 0.7-1.2), ``q`` a log Student-t(4) of sd 4-12 %
(clipped at 6 sd) smoothed by the prefetch queue (an AR(1) of 0.5-0.85); a step takes the soft maximum (power 8) of
the two, each times its drift, plus 4-15 ms per node over one. Drifts: GPU OU on the log (sd 0.4-1.2 %, 1-4 h),
CPU OU (sd 1-3 %, 0.5-3 h), and phases (mean 20-90 min, mean 3-10 h apart) in which the audio has fallen out of the
page cache and comes from the shared file system (CPU part 1.06-1.22x). After each launch the rate rises as ``f0 +
(1 - f0)(1 - exp(-x / tau))`` (``f0`` 0.3-0.65, ``tau`` 60-240 s). The margin schedule (AAM margin ramp) does not
change the step cost and is not modelled. The trainer writes the node's cumulative count to a file every ``K`` (1,
2 or 5) steps, 0 at each launch.

Pauses: an epoch is a fixed number of steps (about 45-110 min of training); after every 1st or 2nd epoch (short;
2nd or 3rd, long) an evaluation (embedding extraction and trial scoring: short 200-760 s, median 300-520 s; long
1750-5200 s, median 2200-3600 s; log-normal sd 0.3), every 2nd-4th also a checkpoint (60-240 s; long 300-900 s),
then 8-25 s while the DataLoader workers respawn; at an epoch end without an evaluation only the respawn (an unlisted
gap of 8-25 s).
Requeues: Poisson (1.5 a run) after the first hour, none within 45 min of another (one due in a pause or within 10
min after it waits 10-60 min), the job waits 360-900 s (long 1900-5000 s), half onto another node count (listed), on
other nodes unless Slurm keeps them (half of the same-count ones). In half the runs the large-margin fine-tuning stage
starts at 60-85 % of the run with a relaunch (listed). A minute is paused where it holds a paused second or any
node's value read for it covers one (a rate window over a pause); two spans with under 3 live minutes between are one.
A value whose window stretches over a pause from far after it (after a disconnect or a timeout) makes a span of 1-3
minutes of its own.

Collection: each of the pool's nodes that the job ever used has the service ``train_rate`` (``check_interval`` 30, 60
(twice as likely) or 120 s; ``retry_interval`` 10, 15 or 30 s; ``max_check_attempts`` 3-5; ``check_timeout`` 30 or 60
s); its first check within one interval of the start, each check late by an exponential of mean 0.05-0.5 s and running
0.03-0.25 s. The plugin reads the counter file, divides the increase since its state file's value by the seconds
since, prints ``utt_per_s`` (2 decimals) and WARNING below 45 %, CRITICAL below 12 % of a node's nominal rate (set by
hand), so each pause brings SOFT states and checks at the retry interval. 0.05-0.4 % of checks time out (25 % during a
checkpoint: the shared file system stalls); each agent disconnects once every 42-139 h for 1-20 min; carbon is down
once every 56-194 h for 1-10 min (all results then lost). Per minute the dashboard reads each node's whisper slot (its
last write), ``keepLastValue`` with a limit of 2, 3, 5 points or none, and sums the nodes; a minute where no node has a
value reads 0. The check schedule is the healthy run's (a regression that pushes a node below WARNING would bring
retries: not modelled).

Labelled regressions take ``1 - 1 / (1 + a w(t))`` of each step's utterances: ``drop`` (the augmentation workers lose
cores to another process: ramps in over 5-60 s, then holds with a wobble of up to 6 %), ``straggler`` (one node's
audio reads stall in bursts and the all-reduce waits: gamma bursts of mean 30-120 s at 1, gamma gaps of mean 60-300 s
at 0.15), ``leak`` (the workers' copies of the noise / impulse-response banks grow until they page: ``w = u ** p``,
``p`` 0.7-2.2, over a ramp of 250-1500 points (at most 55 % of the slot), then held). Placement:
``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots``; ``a`` by bisection on the lost share of the
steps to 8-30 % (drop), 10-30 % (straggler) or 12-34 % (a leak's last fifth of ramp and after); 30 % of draws start in
the last 70 % of a pause or up to 2 min after it (``onset_time``); none spans a relaunch or starts within 400 s after
one; kept where ``changed_span`` and ``shown_depth`` allow and no listed change lies inside (60 draws: 40 of the slot's
kind, then any). The lost utterances are rounded to whole counter writes per regression and held, so the values equal
the healthy run's once it has passed (the healthy step timing is kept: an approximation).

Counts over ``heldout48_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.074-0.288  12              1-22 (702 spans, 0 >60)      3
long      30      9     10         11    0.074-0.293  14              1-106 (310 spans, 109 >60)   3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out; short: 2 spans under 4 points; long: 309 of 310 spans 30 points or more. ``changes``: short 12 (6 fine-tuning
switches, 6 node-count changes), long 10 (6 fine-tuning switches, 4 node-count changes). Per setting's 12 runs (short
/ long): check intervals of 30, 60, 120 s in 3/5/4 and 3/7/2; 17 and 20 requeues; 3252 and 6955 check timeouts; 78 and
57 agent disconnects; 15 and 13 carbon outages; 11 and 3 live minutes read as 0. Paused share of the points: 5.4-17.2
% (mean 10.3 %) short, 18.0-37.4 % (mean 24.4 %) long. The healthy series' median absolute step of log over steady
live points: 0.2-4.2 % (short), 0.3-3.4 % (long) (low where a 120 s check interval leaves every other minute to
``keepLastValue``); median live level 1919-9755 (short), 1353-12769 (long) utterances/s. Generating both settings
takes about 15 s.

Changes after the first measurement (before the table): a Student-t augmentation draw without a clip made one step of
hours (now clipped at 6 sd); the WARNING threshold was set on the job's rate, not a node's (every check was WARNING);
a minute that no node had a value for (carbon down in a pause) was left out of the spans; a requeue or the switch due
in a pause doubled the pause (now they wait for training); the counter file was written every 5-20 steps (its
quantisation swamped a 30 s window: now 1-5).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout46.py`` lines 1-110 and its ``make_heldout46`` /
``heldout46_set`` (481-491); ``tests/test_anomaly_heldout46.py``; ``anomaly/heldout_common.py`` and
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; lines 1-3 of every ``anomaly/heldout*.py`` (none is
a speaker-verification job; none reads Icinga); ``tests/test_architecture.py`` lines 1-110. Slips: to find those two
functions a ``grep -n`` printed the names, signatures and line numbers of all of ``heldout46.py``'s functions and
module constants (one line each, no bodies); a ``grep -rn heldout46`` over the repository printed two lines of
``benchmarks/anomaly.py`` (135 and 550: a help text and a docstring line); that file was not opened. Nothing else.

Size: over 520 lines because about 135 of them are this docstring, which holds what a data author must write down
(sources, assumptions, laws, measurements); the code itself is about 440 lines.

Usage::

    from anomaly.heldout48 import heldout48_set
    for trace in heldout48_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT48_SEEDS = tuple(range(482000, 482012))
CODE = 48  # the random streams' code
POOL = 6  # the GPU nodes this job may land on
T0 = 1800.0  # the trace's first minute starts this many seconds after the first launch
PAUSES = {  # (lo, hi, median lo, median hi) of an evaluation's length in seconds
    "short": (200.0, 760.0, 300.0, 520.0),
    "long": (1750.0, 5200.0, 2200.0, 3600.0),
}
EXTRA = {  # (checkpoint extra, requeue / switch wait) (lo, hi) in seconds
    "short": ((60.0, 240.0), (360.0, 900.0)),
    "long": ((300.0, 900.0), (1900.0, 5000.0)),
}


@dataclass
class Run:
    n: int
    setting: str
    dt: float = 60.0
    lives: list = field(default_factory=list)  # (t0, t1, nodes, stage, step ends, counter writes' step index)
    pauses_t: list = field(default_factory=list)  # (a, b, kind) seconds
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    restarts: list = field(default_factory=list)  # (stop, resume, same node count)
    checks: list = field(default_factory=list)  # per pool node: dict of arrays
    stats: dict = field(default_factory=dict)
    B: int = 128  # utterances per GPU step per node
    K: int = 10  # steps between counter-file writes
    CI: float = 60.0
    RI: float = 15.0
    MA: int = 3
    CT: float = 60.0
    fill: float = 3.0  # keepLastValue's limit (points)
    warn: float = 0.0
    crit: float = 0.0
    p: dict = field(default_factory=dict)
    carbon: list = field(default_factory=list)  # (a, b): Graphite's carbon down, the writer's metrics dropped


def _dur(rng, lo: float, hi: float, med_lo: float, med_hi: float) -> float:
    return float(np.clip(rng.uniform(med_lo, med_hi) * np.exp(rng.normal(0, 0.3)), lo, hi))


def _steps(rng, t0: float, t1: float, p: dict, stage: int, nn: int, warm: bool, drift, most: int) -> np.ndarray:
    """At most ``most`` step end times of training from ``t0`` up to ``t1``: a batch-level crop ``L`` per step; the
    step waits for the soft maximum of the GPU part and the CPU augmentation part; a warm-up after a (re)launch."""
    est = int(min(most, (t1 - t0) / (0.5 * p["g0"]) + 50))
    if est <= 0 or t1 <= t0:
        return np.zeros(0)
    lo, hi = (p["Lmin"], p["Lmax"]) if stage == 1 else (p["Lft"], p["Lft"])
    L = rng.uniform(lo, hi, est)
    aug = np.exp(np.clip(rng.standard_t(4, est), -6, 6) * p["aug_sd"]) - 1.0
    sm = lfilter([1 - p["queue"]], [1, -p["queue"]], aug)  # the prefetch queue smooths the augmentation cost
    g = p["g0"] * (0.18 + 0.82 * L / 3.0)
    c = p["c0"] * (L / 3.0) * np.maximum(1.0 + sm, 0.5)
    x = np.cumsum(hc.smax(g, c))
    gd, cd = drift(t0 + x)
    d = hc.smax(g * gd, c * cd) + p["comm"] * (nn - 1)
    if warm:
        x = np.cumsum(d)
        d = d / (p["f0"] + (1 - p["f0"]) * (1 - np.exp(-x / p["tau"])))
    ends = t0 + np.cumsum(d)
    return ends[ends < t1]


def _schedule(rng, n: int, setting: str) -> Run:
    run = Run(n=n, setting=setting)
    T = T0 + 60.0 * n + 120.0
    p = {"g0": rng.uniform(0.35, 0.9), "Lmin": rng.uniform(1.5, 2.0), "Lmax": rng.uniform(2.6, 3.5),
         "Lft": float(rng.choice([4.0, 5.0, 6.0])), "aug_sd": rng.uniform(0.04, 0.12), "queue": rng.uniform(0.5, 0.85),
         "comm": rng.uniform(0.004, 0.015), "f0": rng.uniform(0.3, 0.65), "tau": rng.uniform(60, 240)}
    p["c0"] = p["g0"] * rng.uniform(0.7, 1.2)
    run.B = int(rng.choice([64, 128, 200])) * 8
    run.K = int(rng.choice([1, 2, 5]))
    gou, cou = hc.ou_path(rng, T, rng.uniform(0.004, 0.012), rng.uniform(3600, 14400)), \
        hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    cache = hc.twostate(rng, rng.uniform(0, 20000), T, rng.uniform(1200, 5400), rng.uniform(10800, 36000))

    def drift(t):
        i = np.clip(t / 60.0, 0, len(gou) - 1).astype(int)
        j = np.searchsorted(cache, t, side="right")
        slow = np.where(j % 2 == 1, p["cache_slow"], 1.0)
        return np.exp(gou[i]), np.exp(cou[i]) * slow

    p["cache_slow"] = rng.uniform(1.06, 1.22)  # the page cache lost the audio: reads from the shared file system
    ep = rng.uniform(2700, 6600)  # an epoch's training seconds
    every = int(rng.choice([1, 2])) if setting == "short" else int(rng.choice([2, 3]))
    ck_every = int(rng.choice([2, 3, 4]))
    lo, hi, mlo, mhi = PAUSES[setting]
    (cklo, ckhi), (rqlo, rqhi) = EXTRA[setting]
    n_req = rng.poisson(1.5)
    req_t = sorted(rng.uniform(T0 + 1800, T, n_req).tolist())
    switch_t = rng.uniform(T0 + 0.6 * (T - T0), T0 + 0.85 * (T - T0)) if rng.random() < 0.5 else np.inf
    nn = int(rng.integers(2, 5))
    nodes = tuple(sorted(rng.choice(POOL, nn, replace=False).tolist()))
    steps_ep = int(ep / (1.1 * p["g0"]))
    stage, t = 1, 0.0
    run.stats = {"requeues": 0, "respawns": 0, "evals": 0, "ckpts": 0}
    n_ep = 0
    while t < T:  # one life of the job (a launch)
        t0, done, parts, warm = t, 0, [], True
        while True:
            while req_t and req_t[0] < t + 600:  # a reclaim due in a pause (or just after it) waits for training
                req_t[0] = t + rng.uniform(600, 3600)
            if stage == 1 and switch_t < t + 600:
                switch_t = t + rng.uniform(600, 3600)
            cut = min(req_t[0] if req_t else np.inf, switch_t if stage == 1 else np.inf, T)
            ends = _steps(rng, t, cut, p, stage, nn, warm, drift, steps_ep - done)
            warm = False
            parts.append(ends)
            if len(ends) < steps_ep - done or t >= cut:
                t = max(t, cut)
                break
            t, done = float(ends[-1]), 0
            n_ep += 1
            if n_ep % every == 0:
                run.stats["evals"] += 1
                dur, kind = _dur(rng, lo, hi, mlo, mhi), "eval"
                if run.stats["evals"] % ck_every == 0:
                    dur, kind = dur + rng.uniform(cklo, ckhi), "ckpt"
                    run.stats["ckpts"] += 1
                dur += rng.uniform(8, 25)  # the DataLoader workers respawn
                run.pauses_t.append((t, t + dur, kind))
                t += dur
            else:
                run.stats["respawns"] += 1
                t += rng.uniform(8, 25)  # workers respawn at an epoch's end without an evaluation: unlisted
        run.lives.append((t0, t, nodes, stage, np.concatenate(parts)))
        if t >= T:
            break
        dur = rng.uniform(rqlo, rqhi)
        if req_t and t >= req_t[0] - 1e-6:
            req_t.pop(0)
            req_t[:] = [x for x in req_t if x > t + 2700]
            run.stats["requeues"] += 1
            new_nn = int(rng.integers(2, 5)) if rng.random() < 0.5 else nn
            same = new_nn == nn
            if not (same and rng.random() < 0.5):
                nodes = tuple(sorted(rng.choice(POOL, new_nn, replace=False).tolist()))
            nn = new_nn
            t = hc.restart_pause(t, dur, same, run.pauses_t, run.restarts, run.known_t, run.known_kind, T)
        else:  # the large-margin fine-tuning stage: a relaunch with long crops
            run.pauses_t.append((t, t + dur, "switch"))
            run.restarts.append((t, t + dur, True))
            t += dur
            stage, switch_t = 2, np.inf
            if t < T:
                run.known_t.append(t)
                run.known_kind.append("stage")
    nominal = run.B / (p["g0"] * 1.1)  # a node's expected utterances/s, set by hand
    run.warn, run.crit = 0.45 * nominal, 0.12 * nominal
    run.p = p
    _collection(rng, run, T)
    return run


def _counter(run: Run, node: int, lost: dict) -> tuple[np.ndarray, np.ndarray]:
    """The node's counter file: ``(times, values)`` of its writes (0 at each launch it is part of, then ``B K``
    more every ``K`` steps); ``lost[life]``, where given, the lost steps per step (multiples of ``K``)."""
    ts, vs = [np.zeros(1) - 1e9], [np.zeros(1)]
    for li, (t0, t1, nodes, stage, ends) in enumerate(run.lives):
        if node not in nodes:
            continue
        idx = np.arange(run.K - 1, len(ends), run.K)
        steps = idx + 1.0
        if li in lost:
            steps = steps - lost[li][run.K - 1::run.K]  # = lost[li][idx] (a slice: faster)
        ts += [np.array([t0]), ends[run.K - 1::run.K]]
        vs += [np.zeros(1), run.B * steps]
    return np.concatenate(ts), np.concatenate(vs)


def _covering(spans) -> tuple[list, list]:
    """For speed, ``any(a <= x < b for a, b in spans)`` as one bisection: the spans' starts in order and the
    latest end among the spans that start up to each of them (see :func:`_inside`)."""
    spans = sorted(spans)
    return [a for a, b in spans], list(np.maximum.accumulate([b for a, b in spans])) if spans else []


def _inside(x, cover) -> bool:
    """``x`` lies in one of the spans :func:`_covering` was given."""
    k = bisect.bisect_right(cover[0], x)
    return k > 0 and cover[1][k - 1] > x


def _collection(rng, run: Run, T: float) -> None:
    """Each pool node's check results (healthy run): the Icinga 2 scheduler, soft / hard states, timeouts,
    disconnects; the plugin's state file; which results the GraphiteWriter gets through to carbon."""
    run.CI = float(rng.choice([30.0, 60.0, 60.0, 120.0]))
    run.RI = float(rng.choice([10.0, 15.0, 30.0]))
    run.MA = int(rng.choice([3, 4, 5]))
    run.CT = float(rng.choice([30.0, 60.0]))
    run.fill = float(rng.choice([2.0, 3.0, 5.0, np.inf]))
    run.carbon = [(a, a + rng.uniform(60, 600)) for a in rng.uniform(0, T, rng.poisson(T / rng.uniform(2e5, 7e5)))]
    ck = [(a, b) for a, b, kind in run.pauses_t if kind == "ckpt"]
    ck_cover = _covering(ck)
    used = {x for life in run.lives for x in life[2]}
    p_to = rng.uniform(0.0005, 0.004)
    run.stats.update({"timeouts": 0, "disconnects": 0, "unknown": 0, "soft": 0, "outages": len(run.carbon)})
    run.checks = []
    for node in range(POOL):
        if node not in used:
            run.checks.append(None)
            continue
        ct, cv = _counter(run, node, {})
        off = int(rng.integers(0, 2 ** 31))  # the checkable's scheduling offset
        lat = rng.uniform(0.05, 0.5)
        disc = [(a, a + rng.uniform(60, 1200)) for a in rng.uniform(0, T, rng.poisson(T / rng.uniform(1.5e5, 5e5)))]
        run.stats["disconnects"] += len(disc)
        disc_cover, ct_list = _covering(disc), ct.tolist()  # for speed: bisect on a list
        # For speed: _inside inlined, the run's settings and counts as locals, each interval's offset cap computed
        # once, and the draws as the same draws (uniform(lo, hi) is lo + (hi - lo) * random(), exponential(s) is
        # s * standard_exponential()); every value and the stream of draws stay the same.
        (dc_a, dc_b), (ck_a, ck_b) = disc_cover, ck_cover
        RI, CI, MA, CT, warn, crit = run.RI, run.CI, run.MA, run.CT, run.warn, run.crit
        cap = {iv: 0.5 + math.fmod(off, iv * 5) / 100.0 for iv in (RI, CI)}
        n_unknown = n_soft = 0
        t = rng.uniform(0, CI)
        ok, soft, attempt, has, c_prev, t_prev = True, False, 1, False, 0.0, 0.0
        rec = []  # (start, end, kind, window start, rate): kind 0 a value, 1 unknown (state file written), 2 unknown
        while t < T:
            start = t + lat * rng.standard_exponential()
            k = bisect.bisect_right(dc_a, start)
            if k > 0 and dc_b[k - 1] > start:  # the master: "Remote Icinga instance is not connected"
                kind, end, state = 2, start + 0.01, 3
            else:
                k = bisect.bisect_right(ck_a, start)
                if rng.random() < (0.25 if k > 0 and ck_b[k - 1] > start else p_to):
                    kind, end, state = 2, start + CT, 3  # the plugin hangs on the shared file system: killed
                    run.stats["timeouts"] += 1
                else:
                    end = start + (0.03 + (0.25 - 0.03) * rng.random())
                    c = float(cv[bisect.bisect_right(ct_list, start) - 1])  # = cv[searchsorted(ct, start, "right") - 1]
                    if not has or c < c_prev:  # no previous value, or the counter went back (a relaunch)
                        kind, state, rate = 1, 3, 0.0
                    else:
                        kind, rate = 0, (c - c_prev) / (start - t_prev)
                        state = 0 if rate >= warn else (1 if rate >= crit else 2)
                    w0 = t_prev
                    has, c_prev, t_prev = True, c, start
            n_unknown += kind > 0
            # Checkable::ProcessCheckResult: soft / hard state and attempts
            if state == 0:
                ok, soft, attempt = True, False, 1
            else:
                if ok:
                    soft, attempt = True, 1
                elif soft:
                    attempt += 1
                if attempt >= MA:
                    soft, attempt = False, 1
                ok = False
                n_soft += soft
            # Checkable::UpdateNextCheck: the retry interval while soft, then the scheduling offset's adjustment
            interval = RI if soft else CI
            now = end + 0.002
            adj = math.fmod(now * 100 + off, interval * 100) / 100.0  # math.fmod: np.fmod's value, faster
            if adj != 0.0:
                adj = min(cap[interval], adj)
            t = now - adj + interval
            rec.append((start, end, kind, w0 if kind == 0 else 0.0, interval, t))
        run.stats["unknown"] += n_unknown
        run.stats["soft"] += n_soft
        r = np.array(rec)
        drop = np.zeros(len(r), bool)
        for a, b in run.carbon:
            drop |= (r[:, 1] >= a) & (r[:, 1] < b)
        run.checks.append({"start": r[:, 0], "end": r[:, 1], "kind": r[:, 2].astype(int), "w0": r[:, 3],
                           "interval": r[:, 4], "next": r[:, 5], "offset": off, "drop": drop})


def _node_slots(run: Run, node: int, lost: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per minute of the trace: the node's value as the dashboard reads it (its whisper slot's last write, or
    keepLastValue's fill, NaN beyond it) and the window ``(w0, w1]`` that value covers."""
    n, ch = run.n, run.checks[node]
    ct, cv = _counter(run, node, lost)
    start, kind = ch["start"], ch["kind"]
    at = np.searchsorted(ct, start, side="right") - 1
    c = cv[at]
    good = kind == 0
    # the previous state-file write: the last check before with kind 0 or 1
    wrote = kind <= 1
    prev = np.maximum.accumulate(np.where(wrote, np.arange(len(kind)), -1))
    prev = np.concatenate([[-1], prev[:-1]])
    ok = good & (prev >= 0) & ~ch["drop"]
    pi = prev[ok]
    rate = np.round(np.maximum(c[ok] - c[pi], 0) / (start[ok] - start[pi]), 2)
    slot = np.floor((ch["end"][ok] - T0) / 60.0).astype(int)
    keep = (slot >= 0) & (slot < n)
    slot, rate, w0, w1 = slot[keep], rate[keep], start[pi][keep], start[ok][keep]
    vals, a0, a1 = np.full(n, np.nan), np.zeros(n), np.zeros(n)
    last = np.unique(slot[::-1], return_index=True)  # whisper keeps a slot's last write
    li = len(slot) - 1 - last[1]
    vals[last[0]], a0[last[0]], a1[last[0]] = rate[li], w0[li], w1[li]
    idx = np.where(~np.isnan(vals), np.arange(n), -1)
    ff = np.maximum.accumulate(idx)
    run_len = np.arange(n) - ff
    fill = (ff >= 0) & np.isnan(vals) & (run_len <= run.fill)
    src = np.where(fill, ff, np.arange(n))
    out = np.where(fill | ~np.isnan(vals), vals[np.maximum(src, 0)], np.nan)
    return out, a0[np.maximum(src, 0)], a1[np.maximum(src, 0)]


def _values(run: Run, lost: dict | None = None) -> np.ndarray:
    """``sumSeries`` over the nodes (NaN left out; a minute where every node is NaN reads 0)."""
    cols = [_node_slots(run, k, lost or {})[0] for k in range(POOL) if run.checks[k] is not None]
    m = np.array(cols)
    return np.where(np.isnan(m).all(axis=0), 0.0, np.nansum(m, axis=0))


def _spans(run: Run) -> list[tuple[int, int]]:
    """The minutes that hold a paused second or whose value (on any node) covers one, as spans (two spans with
    under 3 live minutes between are one)."""
    paused = np.zeros(run.n, bool)
    m0 = T0 + 60.0 * np.arange(run.n)
    for a, b, _ in run.pauses_t:  # the minute itself holds paused seconds
        paused |= (m0 < b) & (m0 + 60 > a)
    for k in range(POOL):
        if run.checks[k] is None:
            continue
        v, w0, w1 = _node_slots(run, k, {})
        has = ~np.isnan(v)
        for a, b, _ in run.pauses_t:
            paused |= has & (w0 < b) & (w1 > a)
    spans = []
    i = 0
    while i < run.n:
        if paused[i]:
            j = i
            while j < run.n and paused[j]:
                j += 1
            if spans and i - spans[-1][1] < 3:  # a lone live minute or two between: one span
                spans[-1] = (spans[-1][0], j)
            else:
                spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _build(seed: int, n: int, setting: str):
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1]), n, setting)
    healthy = _values(run)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int((t - T0) // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset: a drop ramps in over 5-60 s and holds, wobbling by up to 6 %;
    a straggler is on (1) in gamma bursts of mean 30-120 s and at 0.15 between (gamma gaps of mean 60-300 s); a leak
    is ``u ** p`` over its ramp (``p`` 0.7-2.2), then held."""
    if kind == "drop":
        w = np.minimum(1.0, x / rng.uniform(5, 60))
        return w * (1 + rng.uniform(0, 0.06) * np.sin(2 * np.pi * x / rng.uniform(300, 1800) + rng.uniform(0, 6.3)))
    if kind == "leak":
        return np.clip(x / ramp_s, 0, 1) ** rng.uniform(0.7, 2.2)
    on_m, off_m = rng.uniform(30, 120), rng.uniform(60, 300)
    edges, t, on = [0.0], 0.0, True
    top = float(x.max()) if len(x) else 0.0
    while t <= top:
        t += rng.gamma(2.0, on_m / 2) if on else rng.gamma(1.5, off_m / 1.5)
        edges.append(t)
        on = not on
    j = np.searchsorted(np.array(edges), x, side="right")
    return np.where(j % 2 == 1, 1.0, 0.15)


def _lost(run: Run, mods) -> dict:
    """The lost steps per step of each life (each regression's cumulative loss rounded to whole counter writes)."""
    lost = {}
    for li, i0, f in mods:
        ends = run.lives[li][4]
        arr = lost.setdefault(li, np.zeros(len(ends)))
        cum = run.K * np.round(np.cumsum(f) / run.K)
        arr[i0:i0 + len(f)] += cum
        arr[i0 + len(f):] += cum[-1] if len(f) else 0.0
    return lost


def _series(run: Run, mods) -> np.ndarray:
    return _values(run, _lost(run, mods))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, mod)`` pair, or None after 60 draws.
    The job loses ``1 - 1 / (1 + a w)`` of each step's utterances, ``a`` set by bisection to a target loss over the
    steps (a leak: over the last fifth of its ramp and after)."""
    n = run.n
    ts = T0 + 60.0 * np.arange(n)
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want, tries=60, keep=40):
        ramp = int(rng.uniform(250, max(251, min(1500, 0.55 * (hi - lo))))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t_on = hc.onset_time(rng, pauses, ts, lo, last, 60.0)
        if t_on is None:
            continue
        onset = int((t_on - T0) // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = T0 + 60.0 * stop if stop < n else np.inf
        li = next((i for i, lf in enumerate(run.lives) if lf[0] + 400 <= t_on and min(t1, T0 + 60 * n) <= lf[1]),
                  None)
        if li is None:
            continue
        ends = run.lives[li][4]
        i0, i1 = int(np.searchsorted(ends, t_on)), int(np.searchsorted(ends, t1))
        if i1 - i0 < 50:
            continue
        ramp_s = 60.0 * ramp
        w = _weight(rng, kind, ends[i0:i1] - t_on, ramp_s)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.34))
        c0 = int(np.searchsorted(ends, t_on + 0.8 * ramp_s)) - i0 if kind == "leak" else 0
        wc = w[c0:]
        if len(wc) < 20:
            continue
        lo_a, hi_a = 0.0, 4.0
        if np.mean(1 - 1 / (1 + hi_a * wc)) < target:
            continue
        for _ in range(30):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if np.mean(1 - 1 / (1 + mid * wc)) < target else (lo_a, mid)
        mod = (li, i0, 1 - 1 / (1 + 0.5 * (lo_a + hi_a) * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t_on + ramp_s - T0) // 60), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout48(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, (0.35, 0.3, 0.35), seed, n, pauses, n_events, CODE,
                           lambda run: 1749999960.0 + 60.0 * np.arange(run.n))


def heldout48_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT48_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout48, seeds, n, pauses)
