"""The seventy-ninth held-out throughput family: a reward model's (a decoder LLM with a scalar head trained on human
preference comparisons with a Bradley-Terry loss; chosen / rejected pairs of varying length packed into sequences;
some runs relaunched into a second stage on a new preference batch or with a margin loss) training comparisons/s on
2-8 GPU nodes, collected through Nagios Core: every node's comparisons counter (or the rate a plugin computes from
it) is checked every ``C`` s (NRPE active checks, or passive results sent by NSCA / NRDP), written by Nagios to its
``service_perfdata_file``, moved to Nagflux's spool every ``service_perfdata_file_processing_interval``, written by
Nagflux to InfluxDB, and summed over the hosts per minute by a Grafana panel (a Histou-style template) that a
watcher reads once per bucket.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): the Nagios object docs as quoted in a blog and on the
nagios-users list (``check_interval`` / ``retry_interval`` count ``interval_length`` units, 60 s by default; a
service goes to ``retry_interval`` in a soft non-OK state until ``max_check_attempts``, then back to its normal
interval; ``interval_length=1``/``5`` setups for sub-minute checks; the spread and interleave options of nagios.cfg);
Nagios Core 4's freshness page (a passive result older than ``freshness_threshold`` makes Nagios run the check
command actively); the perfdata file directives as a PNP4Nagios set-up and a Debian guide use them (a template with
``$TIMET$``, ``service_perfdata_file_mode=a``, a processing command that moves the file into a spool folder every
``service_perfdata_file_processing_interval`` s, 15 there) and the plugin perfdata format
``'label'=value[UOM];[warn];[crit];[min];[max]`` (``c`` a counter); Nagflux's README (ConSol fork: it reads the
``NagiosSpoolfileFolder`` with the OMD template, timestamps in ms from ``TIMET``, ``StopPullingDataIfDown`` stops
reading new data while an InfluxDB is down, failed writes go to a ``.dump-errors`` file) and its
``nagiosSpoolfileCollector.go`` (it scans the folder every 1.5 s and takes files at least 3 s old, and pauses while
any target is down); Griesbacher/nagflux issue #30 (a spool-folder set-up); Icinga 2 issue #5234 (its own InfluxDB
writer drops metrics while InfluxDB is down, unlike Nagflux's spool). Assumed without checking: Nagios schedules a
service's next check from the start of the last one, so the scheduler's latency accumulates into the period (the
phase drifts through the minute); a reload keeps the schedule where ``use_retained_scheduling_info`` is on (an
overdue check runs at once) and a restart without it spreads the first checks over up to one interval; ``$TIMET$``
is the time Nagios handled the result; an NRPE socket timeout returns no perfdata; passive results sent while Nagios
does not read its command file are lost; InfluxQL's ``non_negative_derivative(last(value), 1s)`` with ``GROUP BY
time(1m), host`` divides by the buckets' distance, skips empty buckets and drops a negative step (a counter reset);
Grafana's sum over the hosts ignores a host with no value in a bucket, and a bucket no host filled reads as 0 to the
watcher.

Chosen (the path; one point is one 1-minute bucket of the panel, keyed by its start, so the step is 60 s): ``C`` =
20/30/60 s (``interval_length`` 10 or 60); 65 % of runs check actively through NRPE (latency exp(0.05-0.6 s) per check,
busy episodes of the scheduler adding exp(3-30 s) for 10-60 min, first within 10-60 h then every 20-100 h; NRPE timeouts
with probability 0.1-1 %, 20-70 % in episodes of 5-30 min, first within 5-50 h then every 20-80 h, retried after
``retry_interval`` 10-20 s up to ``max_check_attempts`` 3-5), the others submit passively (a send loop sleeping ``C`` s
after each send, or for ``C`` = 60 half of them cron at :00 of the node's clock plus 0.2-2 s, the clock N(0, 0.3 s) off,
and on half the nodes 5-60 s off in chrony-stopped episodes of 10-90 min; 0.1-1 % of sends lost). Nagios reloads (3-30
s, first within 2-30 h then every 6-40 h) and restarts (20-120 s, first within 20-150 h then every 50-200 h) run no
check; 70 % of runs retain their schedule. 60 % of runs report the node's counter (``comparisons=Nc``: the panel takes
``non_negative_derivative(last)``, so a restart of the trainer loses that host for one bucket), the others a rate the
plugin computes from a state file (0 across a reset; ``mean`` per host and minute; a lost passive result loses its
interval's work). The perfdata file moves every ``P`` = 10/15/30/60 s; Nagflux writes it 3-4.5 s later (+0.1-1 s);
InfluxDB outages (first within 10-100 h, then every 30-150 h, 2-25 min) hold everything until 5-60 s after their end.
The watcher reads a bucket ``L`` s (+0-3) after its end, ``L`` in 45/90/150/300 and at least ``P`` + 30; what is not in
InfluxDB then is lost to the trace (a counter's late sample moves to the next bucket).

The job (my own picture, not checked): 2-8 nodes of 4 or 8 GPUs; 20-45 comparisons/s per GPU (1.3B reward model),
4.5-10 (7B), 2.2-5.5 (13B) or 0.9-2.2 (34B), times 0.90-0.98 per doubling of the nodes. Per 5 s tick: exp(N(0, 2-5
%)) (pairs of varying length packed into sequences), a slow OU of the log (sd 2-5 %, 20-120 min: the preference
sources' length mix), collator stalls on 0.2-1 % of the ticks (30-70 % of the rate); each node's share of the
comparisons exp(N(0, 2-5 %)) (its packed pairs differ). Pauses, each log-uniform in its range: a start-up (model and
tokenised pairs loaded) 3-10 min ("long": 15-35), then a ramp from 35-65 % over 3-8 min; evaluation on held-out
preferences (accuracy of the chosen over the rejected) every 30-120 min, 1.5-7 min ("long": 8-25), a checkpoint
after every 1-3 of them, 20-90 s ("long": 1-5 min), a ramp from 85-97 % over 30-120 s. Node failures (Poisson, mean
15-60 h, at least 20 min after a start) hang the job until the NCCL timeout (2-10 min; "long": 20-30), then it is
down 1-5 min ("long": 10-30) and starts again on the same nodes. Planned relaunches (1-3 at 10-85 % of the run, after
the next checkpoint once due; a graceful stop of 1-4 min, "long" 5-15): into a second stage (a new preference batch of
other pair lengths, or a margin loss on it; the level times exp(+-0.15-0.35), at most two stages) or onto 1-3 nodes
more or fewer (2-8); each is a listed change. A point is paused when pauses or a ramp's first half fill a sixth of
its window (its minute and the ``C`` s before it) or more, when it reads 0 (no host, e.g. through an InfluxDB outage)
and the point after any of those; a point that lost a host's sample (a timeout, a reload, a drifting check phase) is
not paused: it reads low.

Labelled regressions multiply the job's comparisons/s by ``1 - a w(t)`` from their onset; checks, stamps and
visibility keep the healthy run's, so a point loses ``a`` times the read of the lost comparisons (linear): ``drop``
(a node's GPUs power-capped or an NVLink / NIC link degraded: the synchronous job waits for it; ``w = min(1, (s + 1)
/ tau)``, ``tau`` 1-6 points), ``straggler`` (one node's collator workers starved by a co-scheduled CPU job: bursts of
mean 5-40 min at 1, calm of mean 10-60 min at 0.1-0.3), ``leak`` (the packing collator's cache of tokenised pairs
grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held; it ends
with its process). Onsets: 35 % within 30 s before to 60 s after a pause's end, else anywhere in the slot; ``a``
solved for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, ``a <= 0.8``;
an event holds no listed change; kept where the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout79_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     34      14    11         9     0.096-0.326  16              2-28 (983, 0 >60)            3
long      30      11    10         9     0.089-0.345  22              2-95 (763, 35 >60)           3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 25, long 26 (planned relaunches). Paused share of the points: 7.2-18.6 % (short),
15.8-35.6 % (long). Over the 12 runs, short / long: passive 7 / 9 (cron 2 / 2), counters 8 / 12, schedules retained
7 / 9, InfluxDB outages 14 / 13, NRPE timeout episodes 26 / 27, busy-scheduler episodes 20 / 21, Nagios reloads and
restarts 66 / 58. Samples the watcher saw in time, of all sent: 99.87-100 % (short), 99.63-100 % (long). The healthy
points over the job's true comparisons per minute (live points): 0.988-1.001 (short), 0.992-1.000 (long). Median
absolute step of log over adjacent live points: 0.8-2.0 % (short), 1.2-4.3 % (long). Building both full sets takes
about 3 s of CPU on one core. The test module runs in 1.46 s by pytest (1.92 s wall, 1.73 s user CPU + 0.11 s
system; ``OMP_NUM_THREADS=1``, pinned to one core, on a machine busy with other benchmarks).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout78.py`` lines 1-150 and 422-432 (a ``grep -n`` for its two functions'
lines and ``wc -l``); ``tests/test_anomaly_heldout78.py`` (all); ``anomaly/heldout_common.py`` (all; its lines 185-240
in a second view, the first was cut short); ``tests/trace_checks.py`` (all; its lines 290-402 in a second view);
``anomaly/traces.py`` lines 1-80; ``/tmp/s44/genheads79.txt`` (all: lines 1-120, then 120-228 less the lines
starting with a 50s-70s family's opening, then a grep of the whole for nagios / nagflux / icinga / reward /
preference / nrpe / nsca / perfdata); ``tests/test_architecture.py`` lines 1-110; ``wc -l`` of heldout_common.py,
trace_checks.py and genheads79.txt. Slips: ``git worktree add`` printed main's head commit id and subject (not
sought); the first combined view of trace_checks.py, traces.py 1-80, genheads79.txt and test_architecture.py 1-110
was cut in the middle (its shown tail held genheads lines from the 53rd family on), so these were read again in parts;
no other. Nothing else in the project opened.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT79_SEEDS = tuple(range(792000, 792012))
CODE = 79
EPOCH = 1_769_904_000  # 2026-02-01 00:00 UTC, a multiple of 60 s
STEP = 60  # the Grafana panel's GROUP BY time(1m): one bucket, one point, keyed by its start
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (180, 600), "long": (900, 2100)},
       "valid": {"short": (90, 420), "long": (480, 1500)},
       "ckpt": {"short": (20, 90), "long": (60, 300)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (60, 240), "long": (300, 900)}}
# comparisons/s per GPU (lo, hi) for the reward model's size, at the first stage's pair lengths (packed to 4-8k)
MODELS = {"1.3b": (20.0, 45.0), "7b": (4.5, 10.0), "13b": (2.2, 5.5), "34b": (0.9, 2.2)}
CHECKS = (20, 30, 60)  # check_interval * interval_length (s)
RETRIES = (10, 15, 20)  # retry_interval * interval_length (s), at most the check interval
PROCESSING = (10, 15, 30, 60)  # service_perfdata_file_processing_interval (s)
LAGS = (45, 90, 150, 300)  # the watcher reads a bucket this many s (+ 0-3) after its end
PAUSED_SHARE = 1 / 6  # a point is paused when pauses (or a ramp's first half) fill this share of its window


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    return max(1, int(round(_logu(rng, *DUR[kind][setting]) / TICK)))


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple, unit: float = 60.0) -> np.ndarray:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, each ``dur`` (``unit`` s)."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        out.append((t, t + _logu(rng, *dur) * unit))
        t += rng.uniform(*every) * 3600
    return np.array(out).reshape(-1, 2)


def _inside(t: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """Which times ``t`` lie in one of the episodes ``eps``."""
    m = np.zeros(len(t), bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job on the ``TICK`` grid: its comparisons/s ``J``, each tick's process (``life``: from its start-up to
    the next one's), the pauses and the processes."""
    T = (n + 12) * K
    J, life, soft = np.zeros(T), np.zeros(T, int), np.zeros(T, bool)
    pauses, procs, ramps = [], [], []
    model = list(MODELS)[int(rng.integers(len(MODELS)))]
    per_gpu, gpn = rng.uniform(*MODELS[model]), int(rng.choice([4, 8], p=[0.3, 0.7]))
    eff = rng.uniform(0.9, 0.98)  # per doubling of the nodes
    nodes, stage, stage_f = int(rng.integers(2, 9)), 0, [1.0]
    fail_mean = rng.uniform(15, 60) * 3600 / TICK
    every = rng.uniform(30, 120) * 60 / TICK
    ck_every = int(rng.integers(1, 4))
    relaunch = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * T)
    t, ri = 0, 0

    def pause(a, b, kind):
        pauses.append((a, min(b, T), kind))

    while t < T:
        p = len(procs)
        born = t
        d = _ticks(rng, "startup", setting)
        pause(t, t + d, "startup")
        t += d
        level = per_gpu * gpn * nodes * eff ** np.log2(nodes) * stage_f[stage]
        start, graceful = t, False
        ramps.append((t, int(rng.uniform(36, 96)), rng.uniform(0.35, 0.65)))
        next_fail, n_eval = t + max(240, rng.exponential(fail_mean)), 0
        while t < T:
            next_eval = t + int(every * np.exp(rng.normal(0, 0.15)))
            if next_fail < next_eval:
                J[t:int(next_fail)] = level
                t = int(next_fail)
                end = t
                for kind in ("hang", "down"):
                    d = _ticks(rng, kind, setting)
                    pause(t, t + d, kind)
                    t += d
                break
            J[t:next_eval] = level
            t = end = next_eval
            d = _ticks(rng, "valid", setting)
            pause(t, t + d, "valid")
            t += d
            n_eval += 1
            if n_eval % ck_every == 0:
                d = _ticks(rng, "ckpt", setting)
                pause(t, t + d, "ckpt")
                t += d
                if ri < len(relaunch) and t >= relaunch[ri]:
                    ri += 1
                    d = _ticks(rng, "stop", setting)
                    pause(t, t + d, "stop")
                    t += d
                    graceful = True
                    break
            ramps.append((t, int(rng.uniform(6, 24)), rng.uniform(0.85, 0.97)))
        life[born:t] = p
        procs.append({"born": born, "start": start, "end": min(end, T), "nodes": nodes, "stage": stage,
                      "graceful": graceful, "level": level})
        if graceful:  # a second stage on a new preference batch (or a margin loss), or onto other nodes
            if stage < 2 and rng.random() < 0.5:
                stage_f.append(stage_f[-1] * np.exp(rng.choice([-1, 1]) * rng.uniform(0.15, 0.35)))
                stage += 1
            else:
                nodes = int(rng.choice([m for m in range(max(2, nodes - 3), min(8, nodes + 3) + 1) if m != nodes]))
    J = J[:T]
    J *= np.exp(hc.ou_path(rng, T * TICK, rng.uniform(0.02, 0.05), rng.uniform(1200, 7200), step=TICK)[:T]
                + rng.normal(0, rng.uniform(0.02, 0.05), T))
    J *= np.where(rng.random(T) < rng.uniform(0.002, 0.01), rng.uniform(0.3, 0.7, T), 1.0)  # collator stalls
    for a, m, f in ramps:
        m = min(m, T - a)
        if m > 0:
            J[a:a + m] *= np.linspace(f, 1, m)
            soft[a:a + m // 2] = True
    paused = np.zeros(T, bool)
    for a, b, _ in pauses:
        paused[a:b] = True
    J[paused] = 0.0
    H = max(q["nodes"] for q in procs)
    share = np.exp(rng.normal(0, rng.uniform(0.02, 0.05), (H, T)))  # packed pairs differ between the nodes
    for q, nxt in zip(procs, procs[1:] + [None]):
        b = nxt["born"] if nxt else T
        share[q["nodes"]:, q["born"]:b] = 0.0
    share /= share.sum(0)
    return SimpleNamespace(n=n, T=T, J=J, life=life, soft=soft, paused=paused, pauses=pauses, procs=procs, H=H,
                           share=share, model=model)


def _collection(rng, run: SimpleNamespace) -> dict:
    """Nagios Core's checks of every node, its perfdata file, Nagflux and the watcher's reads (times in s)."""
    S = run.T * TICK
    cfg = {"C": int(rng.choice(CHECKS)), "passive": rng.random() < 0.35, "counter": rng.random() < 0.6,
           "P": int(rng.choice(PROCESSING)), "retained": rng.random() < 0.7}
    cfg["L"] = int(rng.choice([x for x in LAGS if x >= cfg["P"] + 30]))  # set past the perfdata file's move
    C = cfg["C"]
    cfg["R"] = min(C, int(rng.choice(RETRIES)))
    cfg["M"] = int(rng.integers(3, 6))  # max_check_attempts
    cfg["cron"] = cfg["passive"] and C == 60 and rng.random() < 0.5
    # Nagios reloads (config pushes) and restarts (upgrades): no check runs, no passive result is taken
    reloads = _episodes(rng, S, (2, 30), (6, 40), (3, 30), unit=1.0)
    restarts = _episodes(rng, S, (20, 150), (50, 200), (20, 120), unit=1.0)
    cfg["gaps"] = np.concatenate([reloads, restarts]) if len(restarts) else reloads
    busy = _episodes(rng, S, (10, 60), (20, 100), (10, 60))  # the scheduler's latency climbs
    timeouts = _episodes(rng, S, (5, 50), (20, 80), (5, 30))  # NRPE socket timeouts on a loaded node
    clocks = _episodes(rng, S, (10, 80), (30, 120), (10, 90))  # a node's chrony stopped (cron only matters)
    outs = _episodes(rng, S, (10, 100), (30, 150), (2, 25))  # InfluxDB down: Nagflux stops pulling
    cfg.update(busy=len(busy), timeouts=len(timeouts), outs=len(outs), clocks=len(clocks))
    lat_mean, busy_mean = rng.uniform(0.05, 0.6), rng.uniform(3, 30)
    p_base, p_ep = rng.uniform(0.001, 0.01), rng.uniform(0.2, 0.7)
    hosts = []
    for k in range(run.H):
        m = int(S / C) + 20
        nominal = rng.uniform(0, C) + C * np.arange(m)
        if cfg["cron"]:  # cron at :00 of the node's clock, then the interpreter's start
            off = rng.normal(0, 0.3) + np.where(_inside(nominal, clocks) & (rng.random() < 0.5),
                                                rng.choice([-1, 1]) * rng.uniform(5, 60), 0.0)
            t = 60.0 * np.arange(m) + rng.uniform(0.2, 2.0, m) - off
            ran = np.ones(m, bool)
        elif cfg["passive"]:  # a send loop sleeping C s after each send
            t = nominal[0] + np.concatenate([[0.0], np.cumsum(C + rng.uniform(0.05, 0.3, m - 1))])
            ran = np.ones(m, bool)
        else:  # active NRPE checks; the next is scheduled from this one's start (latency accumulates)
            fail = rng.random(m) < np.where(_inside(nominal, timeouts), p_ep, p_base)
            run_len = np.zeros(m, int)
            for i in np.nonzero(fail)[0]:
                run_len[i] = run_len[i - 1] + 1 if i else 1
            lat = rng.exponential(lat_mean, m) + np.where(_inside(nominal, busy), rng.exponential(busy_mean, m), 0)
            d = np.where(fail & (run_len < cfg["M"]), cfg["R"], C) + lat
            t = nominal[0] + np.concatenate([[0.0], np.cumsum(d[:-1])])
            ran = ~fail
        keep = np.ones(m, bool)
        for a, b in cfg["gaps"]:
            i, j = np.searchsorted(t, a), np.searchsorted(t, b)
            if i >= m:
                continue
            if cfg["passive"]:
                keep[i:j] = False  # submitted while Nagios did not read its command file
            elif cfg["retained"]:  # the overdue check runs at once, the schedule kept
                if j > i:
                    t[i] = b + rng.uniform(0, 2)
                    ran[i + 1:j] = keep[i + 1:j] = False
            else:  # checks spread again after the restart
                ran[i:j] = keep[i:j] = False
                if j < m:
                    t[j:] += b + rng.uniform(0, C) - t[j]
        order = np.argsort(t, kind="stable")
        t, ran, keep = t[order], ran[order], keep[order]
        ok = (t >= 0) & (t < S - 1) & (np.diff(t, prepend=-10.0) >= 2.0)  # never twice within 2 s
        t, ran, keep = t[ok], ran[ok], keep[ok]
        tr = t + rng.uniform(0.02, 0.3, len(t))  # the plugin reads the counter file
        lost = cfg["passive"] & (rng.random(len(t)) < rng.uniform(0.001, 0.01))  # NSCA / NRDP send failed
        stamp = tr + (rng.uniform(0.05, 1.5, len(t)) if cfg["passive"] else rng.uniform(0.0, 1.0, len(t)))
        hosts.append({"tr": tr, "stamp": stamp, "ran": ran, "sent": ran & keep & ~lost})
    cfg["hosts"] = hosts
    # the perfdata file is moved to Nagflux's spool every P s; Nagflux reads files 3 s old (scan every 1.5 s)
    o, P = rng.uniform(0, cfg["P"]), cfg["P"]
    slots = int(S / P) + 3
    vis_slot = o + P * np.arange(slots) + 3.0 + rng.uniform(0, 1.5, slots) + rng.uniform(0.1, 1.0, slots)
    for a, b in outs:
        i, j = np.searchsorted(vis_slot, a), np.searchsorted(vis_slot, b)
        vis_slot[i:j] = b + rng.uniform(5, 60) + np.linspace(0, 5, max(j - i, 0))  # the backlog flushed
    cfg["vis_slot"] = np.maximum.accumulate(vis_slot)
    cfg["o"] = o
    cfg["read"] = STEP * (np.arange(run.n) + 1) + cfg["L"] + rng.uniform(0, 3, run.n)
    return cfg


def _pairs(run: SimpleNamespace, cfg: dict) -> SimpleNamespace:
    """The read as a linear map of the nodes' counters: each point is a sum over ``(host, t1, t2, coef)`` of ``coef``
    times the host's comparisons between ``t1`` and ``t2`` (the panel's per-host value, summed over the hosts)."""
    n, cols, present, kept, sent_all = run.n, [], np.zeros(run.n, bool), 0, 0
    for k, hs in enumerate(cfg["hosts"]):
        tr, stamp, ran, sent = hs["tr"], hs["stamp"], hs["ran"], hs["sent"]
        life = run.life[np.minimum((tr // TICK).astype(int), run.T - 1)]
        slot = np.ceil((stamp - cfg["o"]) / cfg["P"]).astype(int)
        vis = cfg["vis_slot"][np.minimum(slot, len(cfg["vis_slot"]) - 1)]
        bk = (stamp // STEP).astype(int)
        if cfg["counter"]:  # non_negative_derivative(last(value), 1s) per host, GROUP BY time(1m)
            idx = np.nonzero(sent)[0]
            t_, b_, v_, l_ = tr[idx], bk[idx], vis[idx], life[idx]
            ub, first = np.unique(b_, return_index=True)
            endb = np.append(first[1:], len(b_))
            ok = ub < n
            ub, first, endb = ub[ok], first[ok], endb[ok]
            kv = np.searchsorted(v_, cfg["read"][ub], side="right")
            last = np.minimum(endb, kv) - 1
            seen = last >= first
            present[ub[seen]] = True
            prev = first - 1
            ok = seen & (prev >= 0)
            ok[ok] &= l_[prev[ok]] == l_[last[ok]]
            cols.append((np.full(ok.sum(), k), t_[prev[ok]], t_[last[ok]], ub[ok],
                         1.0 / (STEP * (ub[ok] - b_[prev[ok]]))))
            kept += int(np.minimum(endb, kv).clip(min=first).sum() - first.sum())
            sent_all += int(endb.sum() - first.sum())
        else:  # the plugin's own rate since its previous run (0 across a reset), mean(value) per host and minute
            ir = np.nonzero(ran)[0]
            pr = np.full(len(tr), -1)
            pr[ir[1:]] = ir[:-1]
            idx = np.nonzero(sent & (pr >= 0))[0]
            idx = idx[(bk[idx] < n) & (vis[idx] <= cfg["read"][np.minimum(bk[idx], n - 1)])]
            sent_all += int((sent & (bk < n)).sum())
            kept += len(idx)
            cnt = np.bincount(bk[idx], minlength=n)
            present[cnt > 0] = True
            same = life[pr[idx]] == life[idx]
            coef = np.where(same, 1.0 / (cnt[bk[idx]] * np.maximum(tr[idx] - tr[pr[idx]], 1e-3)), 0.0)
            cols.append((np.full(len(idx), k), tr[pr[idx]], tr[idx], bk[idx], coef))
    k, t1, t2, b, coef = (np.concatenate(c) for c in zip(*cols))
    return SimpleNamespace(k=k, t1=t1, t2=t2, b=b, coef=coef, present=present, seen=kept / max(sent_all, 1))


def _read(run: SimpleNamespace, J: np.ndarray, w0: int = 0) -> np.ndarray:
    """The points the watcher keeps for the job rate ``J`` on ticks ``[w0, w0 + len(J))`` (zero elsewhere)."""
    pr, W = run.pr, len(J)
    X = J * run.share[:, w0:w0 + W]
    cum = np.concatenate([np.zeros((run.H, 1)), np.cumsum(X, 1) * TICK], 1)
    sel = (pr.t2 > w0 * TICK) & (pr.t1 < (w0 + W) * TICK) if w0 or W < run.T else slice(None)
    k, coef, b = pr.k[sel], pr.coef[sel], pr.b[sel]

    def at(t):
        u = np.clip(t / TICK - w0, 0, W)
        i = np.minimum(u.astype(int), W - 1)
        return cum[k, i] + (u - i) * X[k, i] * TICK

    return np.bincount(b, coef * (at(pr.t2[sel]) - at(pr.t1[sel])), minlength=run.n)[:run.n]


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: the job, the points the watcher keeps, the pause spans, the live
    points and the listed changes (the planned relaunches' first points after their pauses)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    cfg = _collection(rng, run)
    run.cfg = {k: v for k, v in cfg.items() if k not in ("hosts", "vis_slot", "read")}
    run.pr = _pairs(run, cfg)
    h = np.maximum(_read(run, run.J), 0.0)
    # a point's window: its minute and the check interval before it (a counter's difference or a plugin's rate)
    q = np.concatenate([[0], np.cumsum(run.paused | run.soft)])
    lo = np.clip(np.arange(n) * K - cfg["C"] // TICK, 0, run.T)
    hi = np.arange(1, n + 1) * K
    bad = (q[hi] - q[lo]) / (hi - lo) >= PAUSED_SHARE
    bad |= (h <= 0) | ~run.pr.present
    bad[1:] |= bad[:-1].copy()
    h[~run.pr.present] = 0.0
    spans, live = [], ~bad
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    starts = [q2["start"] * TICK // STEP for q1, q2 in zip(run.procs, run.procs[1:]) if q1["graceful"]]
    changes = hc.change_points([int(c) for c in starts], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape over ``length`` ticks: a drop rises to 1 over 1-6 points, a straggler switches between
    bursts at 1 (mean 5-40 min) and calm at 0.1-0.3 (mean 10-60 min), a leak grows as ``(s / ramp) ** p``."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 1.5)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 40) * K, rng.uniform(10, 60) * K)
    on = (np.searchsorted(edges, s, side="right") % 2) == 1
    return np.where(on, 1.0, rng.uniform(0.1, 0.3))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # within 30 s before to 60 s after a pause's end
            ends = [b * TICK for a, b, _ in run.pauses if lo * STEP <= b * TICK - 30 and b * TICK + 60 < last * STEP]
            if not ends:
                continue
            t0 = ends[int(rng.integers(len(ends)))] + rng.uniform(-30, 60)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        k0, k1 = int(t0 // TICK), min(run.T, (n if to_end else stop) * K)
        if kind == "leak":  # it ends with its process
            k1 = min(k1, next((q["end"] for q in run.procs if q["born"] <= k0 < q["end"]), k0))
            if (k1 - k0) // K <= ramp:
                continue
        if k1 - k0 < 10 * K:
            continue
        loss = _read(run, run.J[k0:k1] * _weight(rng, kind, k1 - k0, ramp * K), k0)
        end_pt = min(n, k1 // K + 1)
        lv = live[onset:end_pt]
        hs, ls = healthy[onset:end_pt][lv].sum(), loss[onset:end_pt][lv].sum()
        if hs <= 0 or ls <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / ls
        if a > 0.8:
            continue
        nz = np.nonzero(loss)[0]
        if len(nz) == 0:
            continue
        at, m = int(nz[0]), a * loss[nz[0]:nz[-1] + 1]
        v = np.maximum(healthy[at:at + len(m)] - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        full = healthy.copy()
        full[at:at + len(v)] = v
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m)
    return None


def make_heldout79(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(7,))


def heldout79_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT79_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout79, seeds, n, pauses)
