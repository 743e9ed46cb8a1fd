"""The forty-sixth held-out throughput family: a tabular foundation model's (TabPFN-style) prior-fitting datasets/s,
counted per node as a StatsD counter by the local IBM Instana host agent's StatsD sensor, kept by Instana at 1 s and
rolled up, and read back per minute by a poller of Instana's infrastructure metrics REST API (``rollup`` 60, or 300 for
a long backfill), summed over the job's hosts.

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of any branch read, and no detector run
on these traces.

Public sources (found with the search tools, excerpts only): IBM's "Infrastructure metrics" page (Instana: most
sensors collect at 1 s; 1-s data rolled up to 5 s, 10 s, 1 min, 5 min and 1 h, a rollup holding sum, min, max, mean
and percentiles; native rollups 1, 5, 60, 300, 3600 s in Cassandra for short-term data and 10, 60, 300, 3600 s in
BeeInstana for longer-term data; a rollup over 10 s is built from BeeInstana's; a ``rollup`` that no native one
divides, such as 15 s, is refused for the ``windowSize``); "Monitoring StatsD" (the host agent acts as the StatsD
daemon on UDP 8125 once ``com.instana.plugin.statsd`` is enabled, ``flush-interval`` 10 s by default, up to 1000
counters); the Nomad autoscaler's Instana plugin page (the infrastructure metrics API body: ``plugin``, ``query``,
``metrics``, ``rollup``, with a ``timeFrame`` of ``windowSize`` / ``to``); an API-evangelist copy of the Infrastructure
Metrics API's OpenAPI header. Assumed without checking: the retention of each rollup (1 s for about a day, 60 s for a
month); that the API caps a series at 600 points, so that a backfill over 600 minutes has to ask ``rollup`` 300; that
the StatsD sensor stores a counter's flush as the count of its interval at the flush's second (the other seconds
empty) and that a rollup's mean is over the seconds that hold a value; that the poller asks ``aggregation`` mean per
host and divides by the flush interval, sums the hosts it gets and writes 0 where it gets none; that counts sent while
an agent restarts (its auto-update) are lost with the one it had not flushed; that a late flush is left out of the
rollup the poller reads and never re-read; everything about the job, the cluster and the data.

What is modelled
----------------
A TabPFN-style transformer pre-trained (prior fitting) with Lightning DDP on ``N`` (2-5) of the 8 eight-GPU nodes of a
cloud Slurm cluster (spot capacity, ``--requeue``, ``--nodes=2-5``). Each GPU trains on ``B`` (4, 6 or 8) synthetic
datasets a step, sampled on the fly from structural causal model / Bayesian-network priors by CPU DataLoader workers;
each step draws its dataset length ``L`` uniformly from ``Lmin`` (64-160) to ``Lmax`` (1024 rows; 2048 or 3072 after the
curriculum switch). The GPU part costs ``g0 (0.3 + 0.7 (L/1024)**1.35)`` (``g0`` 0.35-0.8 s); the prior sampling
``c0 (L/1024)**1.1 y`` per node (``c0 / g0`` 0.75-1.25, times 1.5 after the switch), ``y`` a log Student-t(5) of sd 5-14
% smoothed over 25 steps by the prefetch queue (a geometric kernel of 0.55-0.85), times a host speed (sd 1.5 %); the
step waits for the power-6 mean of the nodes' sampling and the soft maximum (power 8) of that and the GPU part, plus
1.2 % of ``g0`` a node over one. Drifts: GPU OU on the log (sd 0.4-1.2 %, 1-4 h), CPU OU (sd 1-3 %, 0.5-3 h) and
co-scheduled CPU jobs (``twostate``: 20-90 min phases, 3-10 h apart, the sampling 0.80-0.93x as fast). After a
(re)launch the rate rises as ``f0 + (1 - f0)(1 - exp(-x / tau))`` (``f0`` 0.25-0.6, ``tau`` 90-300 s); after an
evaluation the first 8-24 steps run at the GPU's pace (the prefetch queue filled during it). A node counts ``8 B`` at
each step end, on whole seconds.

Pauses: evaluations on a fixed suite of real tabular benchmarks (OpenML-CC18-like) every 110-280 points after the last
pause (the first 40-200 points in), every 2nd, 3rd or 4th with a checkpoint; spot reclaims (Poisson, 1.6 a run, none
within 40 min after a pause) requeue the job, half onto another node count (listed), on other nodes unless Slurm keeps
them (40 % where the count is unchanged); in half the runs a curriculum switch to larger datasets (a relaunch, listed)
at 15-45 % of the run. Lengths in points (log-normal about a uniform median, clipped): short eval 5-12, checkpoint
8-15, requeue / switch 11-16; long 31-70, 44-92, 55-92. A point is paused where its minute's flushes (or, for a rollup
300 backfill, its 5-minute window's) cover a paused second.

Collection: each host's agent flushes every ``F`` (5, 10 or 20) s from its own phase; it restarts (auto-update) every
40-160 h for 20-240 s (counts sent meanwhile lost, and no flush); 0.2-1.2 % of flushes arrive 40-400 s late (after the
poll that wanted them), 0.02-0.1 % are lost. The poller reads each minute 12-40 s after it closes with ``rollup`` 60:
per host the mean of the flushes that have arrived, over ``F``, summed over the hosts it gets. Instana's ingest lags
once every 80-250 h for 3-15 min: polls in it read 0 (unlabelled zeros at live points). The poller itself stops once
every 40-120 h for 0.3-6 h (30 %: 10.5-16 h); on return it backfills the missed minutes with complete data at
``rollup`` 60, or at ``rollup`` 300 (each 5-minute value written to its 5 minutes) where over 600 minutes are missing.

Labelled regressions divide the step rate by ``1 + a w(t)``: ``drop`` (co-scheduled CPU work takes a share of the
prior-sampling cores: ramps in over 10-90 s, then holds), ``straggler`` (one node's CPUs throttle in telegraph bursts:
log-normal on phases of median 20-90 s at weights 0.6-1, exponential off phases of mean 40-200 s at 0.1), ``leak`` (the
workers' cached causal graphs swell until they page: ``w = u ** p``, ``p`` 0.6-2.5, over a ramp of 22-55 % of the slot,
at most 1400 points, then held). Placement: ``heldout_common.family_trace`` / ``regressed_kinds`` /
``event_slots``; ``a`` by bisection on the per-second counts to a loss of 8-30 % (drop), 10-30 % (straggler) or 12-34 %
(a leak's last fifth of ramp and after); 30 % of draws start in the last 70 % of a pause or up to 2 min after it
(``onset_time``); none spans a relaunch or starts within 400 s after one; kept where ``changed_span`` and
``shown_depth`` allow and no listed change lies inside (200 draws of the slot's kind, then 40 of any). The lost
datasets accrue at step ends, rounded per regression, so the values equal the healthy run's once it has passed (the
healthy step timing is kept: an approximation).

Counts over ``heldout46_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      10    11         11    0.080-0.292  12              5-20 (357 spans, 0 >60)      3
long      30      9     10         11    0.085-0.271  12              32-95 (294 spans, 78 >60)    3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 14 (7 curriculum switches, 7 node-count changes), long 12 (9 curriculum switches, 3 node-count
changes). Per setting's 12 runs (short / long): flush intervals of 5, 10, 20 s in 3/4/5 and 2/8/2; 13 and 5 requeues;
29 and 39 agent restarts (on the job's hosts); 10 and 5 ingest lags; 15 and 20 poller outages (7 and 7 backfilled at
rollup 300); 87 and 39 live points read as 0. The healthy series' median absolute step of log: 2.1-10.9 % (short),
3.1-8.0 % (long) (the per-step dataset length makes a minute's rate noisy); median live level 33-375 (short), 37-241
(long) datasets/s. Generating both settings takes about 6 s.

Changes after the first measurement: no change to the laws. Three bugs found by it were fixed: a leak's weight was
NaN on its first, negative, second (no leak was placed); a switch or reclaim due inside a pause moved the clock back
(steps inside a pause); the stage-2 dataset sizes were drawn anew at each requeue (a requeue changed the level
unlisted). The first measurement (with the bugs): 32 / 29 events, no leak, a long span of 121 points.

Opened
------
``/work/HELPERS.md``; ``anomaly/heldout45.py`` lines 1-110 and its ``heldout45_set``, and by a slip the output of a
``grep`` for its import lines (113-120); ``tests/test_anomaly_heldout45.py``; ``anomaly/heldout_common.py`` and
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; lines 1-3 of ``anomaly/heldout3.py`` ..
``heldout45.py`` (none is a tabular foundation model; none reads Instana); ``tests/test_architecture.py`` lines 1-110.
Nothing else.

Usage::

    from anomaly.heldout46 import heldout46_set
    for trace in heldout46_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT46_SEEDS = tuple(range(462000, 462012))
CODE = 46  # the random streams' code
POOL = 8  # the cluster's GPU nodes this job may land on
PAUSES = {  # (lo, hi, median lo, median hi) of a pause's length in points
    "short": {"eval": (5, 12, 6.5, 10.0), "ckpt": (8, 15, 9.0, 13.0), "requeue": (11, 16, 12.0, 15.0)},
    "long": {"eval": (31, 70, 36.0, 55.0), "ckpt": (44, 92, 50.0, 75.0), "requeue": (55, 92, 60.0, 80.0)},
}


@dataclass
class Run:
    """One healthy run: its clock (seconds from the simulation's start), lives, pauses and collection set-up."""

    n: int
    TS: int  # the trace's first second (a minute boundary of the simulation clock)
    T: int  # seconds simulated
    F: int  # the StatsD sensor's flush interval (s)
    k: np.ndarray = None  # datasets each active node completed in each second
    host_on: np.ndarray = None  # (POOL, T) booleans: the job's process runs on the host in that second
    pauses_t: list = field(default_factory=list)  # (a, b, kind), seconds
    relaunch_t: list = field(default_factory=list)  # resume times after a requeue or a switch
    change_t: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    lives: list = field(default_factory=list)  # (t0, t1, N, hosts, stage)
    stats: dict = field(default_factory=dict)
    coll: dict = field(default_factory=dict)  # the collection's draws


def _span(rng, setting: str, kind: str) -> float:
    lo, hi, m0, m1 = PAUSES[setting][kind]
    return float(np.clip(rng.uniform(m0, m1) * np.exp(rng.normal(0, 0.2)), lo + 0.5, hi - 0.5))


def _steps(rng, t0: float, t1: float, life: dict, warm_t: float, burst: bool) -> tuple[np.ndarray, np.ndarray]:
    """Step end times in ``[t0, t1)`` and datasets a node completed at each."""
    est = int((t1 - t0) / life["g0"] * 1.2) + 50
    ends, out_k, t = [], [], t0
    while t < t1:
        m = est
        L = rng.uniform(life["Lmin"], life["Lmax"], m)
        g = life["g0"] * (0.3 + 0.7 * (L / 1024) ** 1.35)
        kern = life["rho"] ** np.arange(25)
        kern /= np.sqrt((kern ** 2).sum())
        e = rng.standard_t(5, (life["N"], m + 24)) * life["ysd"] / np.sqrt(5 / 3)
        idx = np.clip(((t + np.cumsum(g)) // 60).astype(int), 0, len(life["gd"]) - 1)  # the drifts' minutes
        # For speed, the steps after the first that surely ends at or past t1 are not computed (all m are drawn):
        # a step takes at least g * gd (the soft maximum and the warm-up only lengthen it; 0.99 covers rounding),
        # and every value kept is computed by the same operations as over all m steps (prefixes of the same rows).
        m = min(m, int(np.searchsorted(t + np.cumsum(0.99 * g * life["gd"][idx]), t1)) + 1)
        g, L, idx = g[:m], L[:m], idx[:m]
        y = np.exp(np.array([np.convolve(r[:m + 24], kern, "valid") for r in e]))  # (N, m), prefetch-smoothed
        c = life["c0"] * (L / 1024) ** 1.1 * y * life["speed"][:, None]
        c = (c ** 6).mean(0) ** (1 / 6)
        dur = hc.smax(g * life["gd"][idx], c * life["cd"][idx]) + life["comm"]
        if burst:  # the prefetch queue filled during the pause: the first steps need no prior sampling
            q = min(m, life["queue"])
            dur[:q] = g[:q] * life["gd"][idx[:q]] + life["comm"]
            burst = False
        te = t + np.cumsum(dur)
        x = te - warm_t
        te = t + np.cumsum(dur / (life["f0"] + (1 - life["f0"]) * (1 - np.exp(-np.maximum(x, 0) / life["tau"]))))
        keep = te < t1
        ends.append(te[keep])
        out_k.append(np.full(int(keep.sum()), life["per_step"], float))
        t = te[-1] if keep.all() else t1
    return np.concatenate(ends), np.concatenate(out_k)


def _schedule(rng, n: int, setting: str) -> Run:
    TS = 60 * int(rng.integers(5, 40))
    T = TS + 60 * n + 600
    run = Run(n=n, TS=TS, T=T, F=int(rng.choice([5, 10, 10, 20])))
    run.k = np.zeros(T)
    run.host_on = np.zeros((POOL, T), bool)
    node_speed = np.exp(rng.normal(0, 0.015, POOL))
    B = int(rng.choice([4, 6, 8]))  # datasets a GPU trains on per step
    two = rng.random() < 0.5  # a curriculum switch to larger datasets during the trace
    stage = 1 if two else 2
    sw_t = TS + rng.uniform(0.15, 0.45) * 60 * n if two else np.inf
    g0 = rng.uniform(0.35, 0.8)  # s a step at 1024 rows
    ratio = rng.uniform(0.75, 1.25)  # the prior sampling's cost against the GPU's
    n_req = rng.poisson(1.6)
    req_t = sorted(rng.uniform(TS + 1800, T, n_req))
    N = int(rng.choice([2, 3, 4, 5]))
    hosts = sorted(rng.choice(POOL, N, replace=False))
    bad = hc.twostate(rng, 0.0, T, rng.uniform(1200, 5400), rng.uniform(3 * 3600, 10 * 3600))
    cd_bad = rng.uniform(0.8, 0.93)
    cpu_ou = np.exp(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800)))
    gpu_ou = np.exp(hc.ou_path(rng, T, rng.uniform(0.004, 0.012), rng.uniform(3600, 14400)))
    tm = np.arange(len(cpu_ou)) * 60.0
    in_bad = (np.searchsorted(bad, tm, side="right") % 2) == 1
    cd = cpu_ou * np.where(in_bad, 1 / cd_bad, 1.0)
    every_ck = int(rng.choice([2, 3, 4]))
    Lmin, Lmax2 = rng.uniform(64, 160), float(rng.choice([2048, 3072]))  # the run's config: kept over requeues
    t, n_eval, life_t0 = 0.0, 0, 0.0
    warm_t, burst = 0.0, False
    next_eval = TS + 60 * rng.uniform(40, 200)
    st = {"requeues": 0, "switches": 0}

    def life_params():
        return {"N": N, "Lmin": Lmin, "Lmax": 1024 if stage == 1 else Lmax2, "g0": g0,
                "c0": g0 * ratio * (1.5 if stage == 2 else 1.0), "rho": rng.uniform(0.55, 0.85),
                "ysd": rng.uniform(0.05, 0.14),
                "speed": node_speed[hosts], "gd": gpu_ou, "cd": cd, "comm": 0.012 * (N - 1) * g0,
                "f0": rng.uniform(0.25, 0.6), "tau": rng.uniform(90, 300), "queue": int(rng.integers(8, 24)),
                "per_step": 8 * B}

    life = life_params()
    run.lives.append([0.0, None, N, hosts, stage])
    ks, ends = [], []
    while t < T:
        cand = {"eval": next_eval, "requeue": req_t[0] if req_t else np.inf, "switch": sw_t}
        what = min(cand, key=cand.get)
        stop = min(max(cand[what], t), T)  # a requeue due inside a pause comes at its end
        if stop > t:
            te, kk = _steps(rng, t, stop, life, warm_t, burst)
            ends.append(te)
            ks.append(kk)
            run.host_on[hosts, int(t):int(stop)] = True
        burst = False
        if stop >= T:
            break
        t = stop
        if what == "eval":
            n_eval += 1
            kind = "ckpt" if n_eval % every_ck == 0 else "eval"
            dur = 60 * (_span(rng, setting, kind) - 1)
            run.pauses_t.append((t, t + dur, kind))
            t += dur
            burst = life["per_step"] > 0
            next_eval = t + 60 * rng.uniform(110, 280)
            continue
        # a requeue (spot reclaim) or the curriculum switch: the job leaves and is relaunched
        last_end = max([b for a, b, _ in run.pauses_t] + [0.0])
        if what == "switch" and t - last_end < 2400:  # the switch waits for 40 min of training after a pause
            sw_t = last_end + 2400
            continue
        if what == "requeue":
            req_t.pop(0)
            if t - last_end < 2400:
                continue
            st["requeues"] += 1
            newN = N if rng.random() < 0.5 else int(rng.choice([x for x in (2, 3, 4, 5) if x != N]))
        else:
            sw_t = np.inf
            st["switches"] += 1
            stage, newN = 2, N
        dur = 60 * (_span(rng, setting, "requeue") - 1)
        run.pauses_t.append((t, t + dur, what))
        run.lives[-1][1] = t
        if newN != N or rng.random() > 0.4:
            hosts = sorted(rng.choice(POOL, newN, replace=False))
        listed = what == "switch" or newN != N
        N = newN
        t += dur
        life = life_params()
        warm_t = t - rng.uniform(0, 60)  # the relaunched process loads its checkpoint before the pause ends
        run.relaunch_t.append(t)
        run.lives.append([t, None, N, hosts, stage])
        if listed and t < TS + 60 * n:
            run.change_t.append(t)
            run.change_kind.append("stage" if what == "switch" else "nodes")
        next_eval = t + 60 * rng.uniform(110, 280)
    run.lives[-1][1] = T
    te, kk = np.concatenate(ends), np.concatenate(ks)
    run.k = np.bincount(te.astype(int), weights=kk, minlength=T)[:T]
    run.stats = st
    _collection(rng, run)
    return run


def _collection(rng, run: Run) -> None:
    """The agents' flush phases, restarts and late / lost flushes, the backend's ingest lags, the poller's outages."""
    T, F = run.T, run.F
    c = run.coll
    c["phase"] = rng.integers(0, F, POOL)
    up = np.ones((POOL, T), bool)
    restarts = 0
    for h in range(POOL):
        t = rng.exponential(rng.uniform(40, 160) * 3600)
        while t < T:
            d = rng.uniform(20, 240)
            up[h, int(t):int(t + d)] = False
            restarts += run.host_on[h, int(t)]
            t += d + rng.exponential(rng.uniform(40, 160) * 3600)
    c["up"] = up
    m = T // F + 2
    c["late"] = rng.random((POOL, m)) < rng.uniform(0.002, 0.012)
    c["delay"] = rng.uniform(40, 400, (POOL, m))
    c["lost"] = rng.random((POOL, m)) < rng.uniform(0.0002, 0.001)
    c["poll"] = rng.uniform(12, 40, T // 60 + 2)  # the poll of a minute: this many s after it closes
    lags, t = [], rng.exponential(150 * 3600)
    while t < T:
        lags.append((t, t + rng.uniform(180, 900)))
        t += rng.exponential(rng.uniform(80, 250) * 3600)
    c["lags"] = lags
    outs, t = [], rng.exponential(60 * 3600)
    while t < T:
        d = 3600 * (rng.uniform(10.5, 16) if rng.random() < 0.3 else rng.uniform(0.3, 6))
        outs.append((t, t + d))
        t += d + rng.exponential(rng.uniform(40, 120) * 3600)
    c["outs"] = outs
    run.stats.update({"agent_restarts": int(restarts), "lags": len(lags), "outages": len(outs),
                      "backfill300": sum(b - a > 36000 for a, b in outs)})


def _values(run: Run, k: np.ndarray | None = None) -> np.ndarray:
    """The poller's points (datasets/s) from the per-second counts ``k`` (the healthy ones where None)."""
    k = run.k if k is None else k
    T, F, c, n, TS = run.T, run.F, run.coll, run.n, run.TS
    nm = T // 60
    tot = np.zeros(nm)  # per minute: the sum over hosts of the mean flush value (live polls)
    tot_full = np.zeros(nm)
    full300 = np.zeros(nm // 5 + 1)
    cum = np.concatenate([[0.0], np.cumsum(k)])
    poll_at = (np.arange(nm) + 1) * 60 + c["poll"][:nm]
    lag_min = np.zeros(nm, bool)
    for a, b in c["lags"]:  # the backend's ingest lag: polls in it find no data for their minute
        lag_min |= (poll_at >= a) & (poll_at < b)
    for h in range(POOL):
        fs = np.arange(c["phase"][h] + F, T, F)
        on = run.host_on[h]
        ok_up = c["up"][h][fs]
        # a flush reports the counts the agent received since its last flush; counts sent while it is down are lost
        cnt = (cum[fs] - cum[fs - F]) * on[fs - F]
        # the agent's down seconds up to a second by bisection (for speed; np.cumsum(~up) at it, the same counts)
        downs = np.flatnonzero(~c["up"][h])
        lost_win = (np.searchsorted(downs, fs - 1, side="right")
                    - np.searchsorted(downs, np.maximum(fs - F - 1, 0), side="right")) > 0
        cnt = np.where(lost_win, cnt * 0, cnt)
        j = np.arange(len(fs))
        valid = ok_up & ~c["lost"][h][j] & (on[fs - 1] | on[np.maximum(fs - F, 0)])
        arrive = fs + 2 + np.where(c["late"][h][j], c["delay"][h][j], 0)
        mi = fs // 60
        keep = valid & (mi < nm)
        mi, v, arrive = mi[keep], cnt[keep] / F, arrive[keep]
        in_time = arrive <= poll_at[mi]
        for dest, sel, idx, size in ((tot, in_time, mi, nm), (tot_full, np.ones(len(mi), bool), mi, nm),
                                     (full300, np.ones(len(mi), bool), mi // 5, len(full300))):
            s = np.bincount(idx[sel], weights=v[sel], minlength=size)
            q = np.bincount(idx[sel], minlength=size)
            dest += np.where(q > 0, s / np.maximum(q, 1), 0.0)
    tot = np.where(lag_min, 0.0, tot)
    for a, b in c["outs"]:  # the poller's outage: on return it backfills the missed minutes with complete data
        m0, m1 = int(a // 60), min(nm, int(np.ceil(b / 60)) + 1)
        if m1 - m0 > 600:  # over 600 points at rollup 60: the poller asks rollup 300 for the whole window
            idx = np.arange(m0, m1)
            tot[m0:m1] = full300[idx // 5]
        else:
            tot[m0:m1] = tot_full[m0:m1]
    return tot[TS // 60:TS // 60 + n]


def _spans(run: Run) -> list[tuple[int, int]]:
    """The points whose value holds a paused second: a minute reads the flushes in it, a flush the ``F`` s before it;
    a point backfilled at rollup 300 reads its whole 5-minute window."""
    nm, F = run.T // 60, run.F
    lo = np.arange(nm) * 60 - F - 1
    hi = np.arange(nm) * 60 + 60
    for a, b in run.coll["outs"]:
        m0, m1 = int(a // 60), min(nm, int(np.ceil(b / 60)) + 1)
        if m1 - m0 > 600:
            idx = np.arange(m0, m1)
            lo[m0:m1] = (idx // 5) * 300 - F - 1
            hi[m0:m1] = (idx // 5) * 300 + 300
    paused = np.zeros(nm, bool)
    for a, b, _ in run.pauses_t:
        paused |= (lo < b + 1) & (hi > a)
    paused = paused[run.TS // 60:run.TS // 60 + run.n]
    spans, s = [], None
    for i, p in enumerate(paused):
        if p and s is None:
            s = i
        elif not p and s is not None:
            spans.append((s, i))
            s = None
    if s is not None:
        spans.append((s, run.n))
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of the seed's healthy run."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE]), n, setting)
    healthy = _values(run)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int((t - run.TS) // 60) for t in run.change_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset (``ramp_s``: a leak's ramp)."""
    if kind == "drop":  # co-scheduled CPU work takes a share of the prior-sampling cores: ramps in, then holds
        return np.minimum(1.0, x / rng.uniform(10, 90))
    if kind == "leak":  # the workers' cached causal graphs swell until they page: a power law of the ramp's share
        return np.clip(x / ramp_s, 0.0, 1.0) ** rng.uniform(0.6, 2.5)
    w = np.full(len(x), 0.1)  # straggler: one node's CPUs throttle in telegraph bursts
    t, on = 0.0, rng.random() < 0.7
    while t < (x[-1] if len(x) else 0):
        d = rng.lognormal(np.log(rng.uniform(20, 90)), 0.6) if on else rng.exponential(rng.uniform(40, 200))
        if on:
            w[(x >= t) & (x < t + d)] = rng.uniform(0.6, 1.0)
        t += d
        on = not on
    return w


def _regressed(run: Run, mods) -> np.ndarray:
    """The per-second counts with the regressions ``mods`` (``(s0, factor)`` each): the lost datasets accrue at step
    ends and are rounded per regression, so that the counts equal the healthy ones once a regression has passed."""
    k = run.k.copy()
    for s0, f in mods:
        seg = k[s0:s0 + len(f)]
        lost = np.rint(np.cumsum(seg * (1 - f)))
        k[s0:s0 + len(f)] = np.maximum(seg - np.diff(np.concatenate([[0.0], lost])), 0)
    return k


def _series(run: Run, mods) -> np.ndarray:
    return _values(run, _regressed(run, mods)) if mods else _values(run)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, mod)`` pair, or None."""
    n, TS = run.n, run.TS
    ts = TS + 60.0 * np.arange(n)
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want, tries=240, keep=200):
        ramp = int(rng.uniform(0.22, 0.55) * min(hi - lo, 2600)) if kind == "leak" else 0
        ramp = min(ramp, 1400)
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, last, 60.0)
        if t0 is None:
            continue
        onset = int((t0 - TS) // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = TS + 60.0 * stop if stop < n else run.T
        if any(t0 - 400 <= r < t1 for r in run.relaunch_t):
            continue
        x = np.arange(int(t1) - int(t0)) + (int(t0) - t0)
        w = _weight(rng, kind, x, 60.0 * ramp)
        k = run.k[int(t0):int(t1)]
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.34))
        c0 = int(0.8 * 60 * ramp) if kind == "leak" else 0  # a leak: its last fifth of ramp and after
        if k[c0:].sum() <= 0:
            continue
        a_lo, a_hi = 0.0, 8.0
        for _ in range(24):
            a = 0.5 * (a_lo + a_hi)
            loss = 1 - (k[c0:] / (1 + a * w[c0:])).sum() / k[c0:].sum()
            a_lo, a_hi = (a, a_hi) if loss < target else (a_lo, a)
        f = 1 / (1 + a * w)
        mod = (int(t0), f)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout46(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, (0.35, 0.3, 0.35), seed, n, pauses, n_events, CODE,
                           lambda run: 1.74e9 + run.TS + 60.0 * np.arange(run.n))


def heldout46_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT46_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout46, seeds, n, pauses)
