"""The forty-fifth held-out throughput family: a vision-language model's (LLaVA-style) fine-tuning samples/s, posted by
each node's trainer as a custom metric to the local AppDynamics Machine Agent's HTTP listener (``aggregatorType``
SUM), uploaded by the agent once a minute to the Controller, summed over the tier (cluster rollup COLLECTIVE) and read
back per minute by a poller of the Controller's ``metric-data`` REST API (``rollup=false``, 1-minute granularity).

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of any branch read, and no detector run
on these traces.

Public sources (found with the search tools, excerpts only): the Machine Agent HTTP listener page (help.splunk.com,
AppDynamics SaaS 25.x, and its Japanese copy: ``-Dmetric.http.listener=true``, port 8293, localhost only by default;
``POST /api/v1/metrics`` with ``metricName``, ``aggregatorType`` and a 64-bit integer ``value``; AVERAGE, SUM or
OBSERVATION over a minute's data points; a metric must be uploaded at least once every 300 s); "Monitoring Extension
Types" (HTTP posts "every minute"); a copy of the extensions' RollupTypes table (SUM: the sum of the values reported in
the minute, "behaves like a counter"; OBSERVATION: the last value, the previous one repeated where none; time rollup
AVERAGE / SUM / CURRENT from the 1-minute to the 10- and 60-minute tables; cluster rollup INDIVIDUAL averages the
tier's nodes, COLLECTIVE adds them up); the community note on metric processing qualifiers; "Metric and Snapshot API"
(granularity 1 minute for ranges up to 1459 minutes, 10 minutes to 2940, then 60; ``rollup=false`` for the data
points; ``time-range-type=BEFORE_NOW`` with ``duration-in-mins``); "Metric Data Resolution over Time" (1-minute data
kept 8 days on SaaS, 4 hours on some on-premises set-ups). Assumed without checking: that the agent buckets posts by
the minute they arrive in on its clock and uploads a minute's value a few seconds after it closes; that a failed upload
is retried with the next minute's (then it comes in after the poll that wanted it) and rarely dropped; that a minute
with no posts on a node adds nothing to the tier's value; that the REST ``value`` of a COLLECTIVE SUM metric's minute
is the sum of the nodes' values received; that an empty minute reads as 0; that the poller takes each minute once (the
newest complete one, 20-55 s after it closes) and never re-reads it; that the trainer's poster thread keeps the last
acknowledged count, so that posts refused while the agent restarts carry over to its next post; everything about the
job, the cluster and the data.

What is modelled
----------------
A LLaVA-style model (a CLIP/SigLIP-like vision tower, frozen; an MLP projector; a 7-13B language model) fine-tuned with
Lightning and FSDP on ``N`` (2, 3, 4 or 6) of the 16 eight-GPU servers of an enterprise's on-premises Kubernetes
cluster, gang-scheduled by Kueue, on image-text instruction pairs streamed as WebDataset shards from an on-premises S3
store. Each GPU packs variable-length samples into 12k, 16k or 24k tokens a step; a node's samples a step are
``8 * budget / mean tokens a sample`` of the shards its 6-12 loader workers have open (one each; a shard lasts an
exponential 15-40 min in stage 2, half that in stage 1, its source drawn anew: captions 620 tokens, short VQA 700,
conversations 1150, OCR / documents 2900 with 5 image tiles, text only 950), so the rate wanders with the shard mix.
A node's step costs the LM's part (1.3-2.6 s at 16k tokens, times a host speed of sd 1.2 %) plus 3-8 ms a tile; the
step waits for the slowest node (a power-6 mean) and 3 % more a node over one, times a GPU drift (OU on the log, sd
0.5-1.2 %, 1-3 h). The loader's capacity (headroom 1.15-1.6 in stage 2, 0.95-1.25 in stage 1 over the median demand)
shrinks in the store's slow phases (``twostate``: 15-60 min, 4-12 h apart, 0.55-0.85x), on weekdays from 9 to 19 h
local (0.8-0.95x) and for 2-6 min after a checkpoint (its background upload, 0.7-0.9x); the step rate is the power-8
soft minimum of the GPUs' and the loader's. After a (re)start the rate rises as ``f0 + (1 - f0) min(1, x / tau) **
1.5`` (``f0`` 0.3-0.6, ``tau`` 60-240 s); NCCL collectives hang 3-20 s once every 10-40 min. Steps complete on whole
seconds of a cumulative step count; each step's samples a node vary by 3.5 % (packing).

Pauses: evaluations every 110-280 points after the last pause (the first 40-200 points in), every 2nd, 3rd or 4th with
a checkpoint; Kueue preemptions (Poisson, 1.5 a run, 40 points or more after a pause) requeue the job, half onto
another node count (listed), on other servers unless Kueue keeps them (40 % where the count is unchanged). In half the
runs the trace starts in stage 1 (projector-only pre-training on caption shards, the LM frozen: its part 0.5-0.7x as
dear) and switches at 12-30 % of the run to stage 2 (full fine-tuning, the LM unfrozen, the instruction mix): a
relaunch, listed. A relaunched process starts 150-400 s before training resumes. Each kind's length in points is
log-uniform: short eval 6-14, checkpoint 9-20, requeue / switch 12-20; long 31-70, 45-100, 55-100. A pause ``(a, b)``
spans the minutes from the one holding ``a`` to the one holding ``b + P + 2`` (the last post that can carry samples of
before the resume).

Collection: each node's trainer posts the samples counted since its last acknowledged post every ``P`` (5, 10 or 15) s
from its own phase (0.2-1 % of posts stall an exponential 12 s in the poster thread, holding the later ones back); the
agent sums a minute's posts by arrival (SUM) and uploads the minute 1-12 s after it closes; 0.3-1.5 % of uploads are
retried a minute late and miss the poll, 0.05-0.2 % are lost; each agent restarts every 50-150 h (1-4 min: posts
refused, their counts carried to the next, and the minute it had not uploaded lost). The Controller's minute is the sum
of the uploads it has (COLLECTIVE); the poller reads it 20-55 s (+0-4 s) after it closes; the Controller's metric
processing falls behind once every 60-200 h for 3-12 min, and the polls in it read 0 (unlabelled zeros at live
points). A point is that minute's samples / 60.

Labelled regressions divide the step rate by ``1 + a w(t)``: ``drop`` (one node's image-decode workers lose CPUs to a
noisy neighbour pod and the job waits for it: ramps in over 5-40 s, then holds), ``straggler`` (one node's GPUs
power-brake in bursts: gamma(2) bursts of mean 30-120 s at weights 0.5-1, exponential gaps of mean 60-240 s at 0.05),
``leak`` (decoded images kept alive by a logging hook grow the workers' memory until paging slows decoding: ``w =
(exp(c u) - 1) / (exp(c) - 1)``, ``|c|`` 0.3-3 of either sign, over a ramp of 22-60 % of the slot, at most 1400 points).
Placement: ``heldout_common.event_slots`` via ``regressed_kinds``; ``a`` by bisection to a loss of the expected
samples of 8-30 % (drop), 10-30 % (straggler) or 12-34 % (a leak's last fifth of ramp and after); 30 % of draws start
in the last 70 % of a pause or up to 2 min after it; none spans a relaunch or starts within 400 s after one. Kept where
``changed_span`` and ``shown_depth`` allow and no listed change lies inside (200 draws of the slot's kind, then 40 of
any). The lost samples accrue at step ends, are rounded per regression to whole samples and taken from the counts, so
that the values equal the healthy run's once a regression has passed (the healthy run's step timing is kept: an
approximation).

Counts over ``heldout45_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      11    11         9     0.081-0.299  14              5-20 (371 spans, 0 >60)      3
long      31      12    9          10    0.117-0.295  18              31-99 (301 spans, 105 >60)   3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 14 (8 stage switches, 6 node-count changes), long 15 (8 stage switches, 7 node-count changes).
Per setting's 12 runs (short / long): post intervals of 5, 10, 15 s in 1/9/2 and 3/4/5; 19 and 19 requeues; 77 and 79
node series; 2150 and 1689 late uploads, 399 and 370 lost uploads (of minutes holding posts, in the trace); 95 and 70
Machine Agent restarts; 85 and 108 points read as 0 in the Controller's 12 and 17 hiccups (drawn over the whole run,
pauses included). The healthy series' median absolute step of log: 1.8-3.5 % (short), 1.3-3.1 % (long); median live
level 93-302 (short), 100-271 (long) samples/s. Generating both settings takes about 7 s. No change to the laws
after the first measurement.

Opened
------
``/work/HELPERS.md``; ``anomaly/heldout44.py`` lines 1-110 and its ``heldout44_set``, and by a slip lines 111-114
(imports) and the output of a ``grep`` for its top-level names (lines 117-132: its constants and function names, no
bodies); ``tests/test_anomaly_heldout44.py``; ``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; lines 1-3 of ``anomaly/heldout3.py`` .. ``heldout44.py`` (none is a vision-language
job; none reads AppDynamics: generator 19 is a CLIP job through TensorBoard, 38 New Relic, 39 Dynatrace);
``tests/test_architecture.py`` lines 1-110. Nothing else.

Usage::

    from anomaly.heldout45 import heldout45_set
    for trace in heldout45_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT45_SEEDS = tuple(range(452000, 452012))
_CODE = 45
_DT = 60.0  # the poller's step: one point per Controller minute
_EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC (a Thursday), a multiple of 60 s: the run's second 0
_WARM = 5400  # the job trains 90 min before the trace's first minute
_SPANS = {"short": (5, 20), "long": (30, 100)}
_LEN = {  # a pause's points per kind: the bounds of a log-uniform draw
    "short": {"eval": (6, 14), "ckpt": (9, 20), "requeue": (12, 20), "switch": (12, 20)},
    "long": {"eval": (31, 70), "ckpt": (45, 100), "requeue": (55, 100), "switch": (55, 100)},
}
# WebDataset shard sources: tokens a sample, image tiles a sample, share of the shards
_MIX2 = np.array([[620, 1, .15], [700, 1, .30], [1150, 1, .30], [2900, 5, .12], [950, 0, .13]])  # stage 2
_MIX1 = np.array([[600, 1, .40], [650, 1, .35], [720, 1, .25]])  # stage 1: caption sources only
_NODES = (2, 3, 4, 6)
_P_NODES = (0.25, 0.3, 0.3, 0.15)
_POOL = 16  # DGX-class servers of the cluster (8 GPUs each)
_GPUS = 8
_P_KIND = (0.35, 0.35, 0.3)


@dataclass
class _Run:
    n: int
    T: int  # seconds simulated
    P: int  # the trainer's post interval (s)
    pauses_t: list = field(default_factory=list)  # (a, b, kind), run seconds
    lives: list = field(default_factory=list)  # (process start, training start, end, nodes, hosts, stage)
    change_t: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    t_s: int = _WARM
    dt: float = _DT
    r: np.ndarray | None = None  # steps/s
    k: np.ndarray | None = None  # steps completed in each second
    E: np.ndarray | None = None  # the job's expected samples/s
    nh: dict = field(default_factory=dict)  # host -> samples a step on it, per second (0 where it is not in the job)
    ch: dict = field(default_factory=dict)  # host -> samples counted in each second
    post: dict = field(default_factory=dict)  # host -> (post second, previous acknowledged second, agent minute)
    ok: dict = field(default_factory=dict)  # host -> minute's upload in before the poll
    zero: np.ndarray | None = None  # trace points whose poll found the Controller's minute empty
    stats: dict = field(default_factory=dict)


def _pause_len(rng, setting: str, kind: str) -> int:
    lo, hi = _LEN[setting][kind]
    return int(np.clip(round(np.exp(rng.uniform(np.log(lo), np.log(hi)))), lo, hi))


def _other_nodes(rng, N: int) -> int:
    p = np.array([p for v, p in zip(_NODES, _P_NODES) if v != N])
    return int(rng.choice([v for v in _NODES if v != N], p=p / p.sum()))


def _schedule(rng, n: int, setting: str) -> _Run:
    """The timeline: evaluations (every ``ck``-th with a checkpoint), Kueue preemptions and the stage switch."""
    t_s = _WARM
    T = t_s + n * 60 + 300
    run = _Run(n=n, T=T, P=int(rng.choice([5, 10, 15], p=[0.4, 0.4, 0.2])))
    N = int(rng.choice(_NODES, p=_P_NODES))
    hosts = tuple(int(h) for h in sorted(rng.choice(_POOL, N, replace=False)))
    stage = 1 if rng.random() < 0.5 else 2
    t_switch = t_s + rng.uniform(0.12, 0.3) * n * 60 if stage == 1 else np.inf
    pre = np.cumsum(rng.exponential(n * 60 / 1.5, 12))
    pre = sorted(float(t) for t in pre if t_s + 1800 < t < T - 1800)
    ck = int(rng.choice([2, 3, 4]))
    life0, train0 = 0.0, rng.uniform(180, 420)
    next_eval = t_s + 60 * rng.uniform(40, 200)
    n_eval = requeues = 0
    while True:
        cand = {"eval": next_eval, "requeue": pre[0] if pre else np.inf, "switch": t_switch}
        kind = min(cand, key=cand.get)
        a = cand[kind]
        if a >= T - 120:
            break
        if kind == "eval":
            n_eval += 1
            kind = "ckpt" if n_eval % ck == 0 else "eval"
        L = _pause_len(rng, setting, kind)
        b = a + (L - 1) * 60 - run.P - 3
        run.pauses_t.append((a, b, kind))
        if kind in ("requeue", "switch"):
            run.lives.append((life0, train0, a, N, hosts, stage))
            newN, new_hosts = N, hosts
            if kind == "requeue":
                pre.pop(0)
                requeues += 1
                if rng.random() < 0.5:
                    newN = _other_nodes(rng, N)
                if newN != N or rng.random() < 0.6:
                    new_hosts = tuple(int(h) for h in sorted(rng.choice(_POOL, newN, replace=False)))
            else:
                t_switch, stage = np.inf, 2
            if (kind == "switch" or newN != N) and b < T:
                run.change_t.append(b)
                run.change_kind.append("stage" if kind == "switch" else "nodes")
            N, hosts = newN, new_hosts
            life0, train0 = b - rng.uniform(150, 400), b
        if kind in ("eval", "ckpt") or next_eval < b + 2400:
            next_eval = b + 60 * rng.uniform(110, 280)
        pre = sorted(t if t > b + 2400 else b + 60 * rng.uniform(40, 120) for t in pre)
        if t_switch < b + 2400:
            t_switch = b + 60 * rng.uniform(40, 120)
    run.lives.append((life0, train0, float(T), N, hosts, stage))
    run.stats.update(requeues=requeues, evals=n_eval)
    return run


def _ou_seconds(rng, T: int, sd: float, tau: float) -> np.ndarray:
    return np.repeat(hc.ou_path(rng, T, sd, tau), 60)[:T]


def _healthy(rng, run: _Run) -> None:
    """Per second: the step rate (packing, shard mix, GPUs, loader and object storage) and each host's samples."""
    T = run.T
    t = np.arange(T, dtype=float)
    budget = float(rng.choice([12288, 16384, 24576]))  # packed tokens a GPU and step
    t_lm = rng.uniform(1.3, 2.6) * budget / 16384  # the LM's share of a stage-2 step (s)
    t_lm1 = t_lm * rng.uniform(0.5, 0.7)  # stage 1: LM frozen, no weight gradients or optimizer states for it
    t_vis = rng.uniform(0.003, 0.008)  # the vision tower and projector, a tile (s)
    W = int(rng.integers(6, 13))  # loader workers a node, one open shard each
    S = rng.uniform(900, 2400)  # mean seconds a worker spends on a shard (stage 2)
    head = {1: rng.uniform(0.95, 1.25), 2: rng.uniform(1.15, 1.6)}  # loader headroom over the GPUs' demand
    drift = _ou_seconds(rng, T, rng.uniform(0.005, 0.012), rng.uniform(3600, 10800))
    edges = hc.twostate(rng, rng.uniform(0, 8 * 3600), T, rng.uniform(900, 3600), rng.uniform(4, 12) * 3600)
    stor = np.where(np.searchsorted(edges, t, side="right") % 2 == 1, rng.uniform(0.55, 0.85), 1.0)
    # the site's local time, UTC+1, as integers: faster than the float floor division, and the same hours and days
    # (the seconds are whole)
    ta = _EPOCH + 3600 + np.arange(T, dtype=np.int64)
    hour = (ta // 3600) % 24  # computed once, for speed
    busy = ((ta // 86400 + 3) % 7 < 5) & (hour >= 9) & (hour < 19)
    stor = stor * np.where(busy, rng.uniform(0.8, 0.95), 1.0)
    for a, b, kind in run.pauses_t:  # a checkpoint's background upload shares the NICs with the shard stream
        if kind == "ckpt":
            stor[int(b):int(b + rng.uniform(120, 360))] *= 1 - rng.uniform(0.1, 0.3)
    hspeed = np.clip(rng.normal(1, 0.012, _POOL), 0.96, 1.04)
    r = np.zeros(T)
    nh = {}
    for ls, ts, te, N, hosts, stage in run.lives:
        i0, i1 = int(np.ceil(ts)), int(min(te, T))
        secs = np.arange(i0, i1)
        mix = _MIX1 if stage == 1 else _MIX2
        s_mean = S * (0.5 if stage == 1 else 1.0)
        tau = np.zeros((N, i1 - i0))
        til = np.zeros((N, i1 - i0))
        for j in range(N):
            for _ in range(W):
                m = int((i1 - i0) / s_mean * 1.5) + 20
                ends = i0 - rng.uniform(0, s_mean) + np.cumsum(rng.exponential(s_mean, m))
                while ends[-1] < i1:
                    ends = np.concatenate([ends, ends[-1] + np.cumsum(rng.exponential(s_mean, m))])
                kinds = rng.choice(len(mix), len(ends), p=mix[:, 2] / mix[:, 2].sum())
                # for speed, not mix[kinds[np.searchsorted(ends, secs, side="right")]]: shard k is read from second
                # ceil(end k-1) to ceil(end k) (the seconds are whole, the ends sorted); same values
                first = np.clip(np.ceil(ends) - i0, 0, i1 - i0).astype(np.int64)
                held = np.diff(first, prepend=0)
                tau[j] += np.repeat(mix[kinds, 0], held)
                til[j] += np.repeat(mix[kinds, 1], held)
        tau /= W
        til /= W
        nj = _GPUS * budget / tau
        base = t_lm1 if stage == 1 else t_lm
        cost = base * hspeed[list(hosts)][:, None] + t_vis * (nj / _GPUS) * til
        step = (cost ** 6).mean(0) ** (1 / 6) * (1 + 0.03 * (N - 1)) * np.exp(drift[i0:i1])
        rc = 1 / step
        demand = nj * (til + 0.3)  # decode and tokenise work a step, in tile-equivalents
        cap = head[stage] * np.median(demand * rc[None, :], axis=1)
        ell = (cap[:, None] * stor[i0:i1] / demand).min(0)
        rr = (rc ** -8 + ell ** -8) ** (-1 / 8)
        f0, tau_r = rng.uniform(0.3, 0.6), rng.uniform(60, 240)
        rr *= f0 + (1 - f0) * np.minimum(1, (secs - ts) / tau_r) ** 1.5
        r[i0:i1] = rr
        for j, h in enumerate(hosts):
            nh.setdefault(h, np.zeros(T))[i0:i1] = nj[j]
    for a, b, kind in run.pauses_t:
        r[int(a):int(np.ceil(b))] = 0
    n_st = rng.poisson(T / rng.uniform(600, 2400))  # NCCL collectives that hang for a few seconds
    for s0, d in zip(rng.uniform(0, T, n_st), rng.uniform(3, 20, n_st)):
        r[int(s0):int(s0 + d)] = 0
    phi = np.floor(np.cumsum(r))
    run.r, run.k = r, np.diff(phi, prepend=0.0)
    run.nh = nh
    run.E = r * sum(nh.values())
    on = run.k > 0  # the same for every host: computed once
    k_on, n_on = run.k[on], int(on.sum())
    for h, v in nh.items():
        c = np.zeros(T)
        c[on] = np.rint(k_on * v[on] * np.exp(rng.normal(0, 0.035, n_on)))
        run.ch[h] = c
    run.stats["stalls"] = int(n_st)


def _collection(rng, run: _Run) -> None:
    """The posts (phase, stalls, agent restarts), the agents' minute uploads and the poller's reads."""
    T, P = run.T, run.P
    M = T // 60 + 3
    g = rng.uniform(20, 50)  # the poller reads minute m at 60 (m + 1) + g
    poll = 60 * (np.arange(M) + 1) + g + rng.uniform(0, 4, M)
    f_late, f_lost, q_stall = rng.uniform(0.003, 0.015), rng.uniform(0.0005, 0.002), rng.uniform(0.002, 0.01)
    st = dict(late=0, lost=0, agent_restarts=0, stalled=0)
    m0 = run.t_s // 60
    for h in run.nh:
        downs = []
        n_down = rng.poisson(T / (rng.uniform(50, 150) * 3600))
        for d0 in rng.uniform(0, T, n_down):
            downs.append((d0, d0 + rng.uniform(60, 240)))
        st["agent_restarts"] += sum(run.t_s <= d0 < T - 300 for d0, _ in downs)
        idx, prev, mins = [], [], []
        for ls, ts, te, N, hosts, stage in run.lives:
            if h not in hosts:
                continue
            s0 = int(np.ceil(ls))
            p = np.arange(s0 + int(rng.integers(1, P + 1)), int(min(te, T)), P)
            for d0, d1 in downs:
                p = p[(p < d0) | (p >= d1)]
            if not len(p):
                continue
            stall = rng.random(len(p)) < q_stall
            st["stalled"] += int(stall.sum())
            sent = np.maximum.accumulate(p + np.where(stall, rng.exponential(12, len(p)), 0.05))
            idx.append(p)
            prev.append(np.concatenate([[s0], p[:-1]]))
            mins.append((sent // 60).astype(int))
        mins = np.concatenate(mins)
        keep = mins < M
        run.post[h] = (np.concatenate(idx)[keep], np.concatenate(prev)[keep], mins[keep])
        arrive = 60 * (np.arange(M) + 1) + rng.uniform(1, 12) + rng.exponential(0.8, M)
        late = rng.random(M) < f_late
        lost = rng.random(M) < f_lost
        arrive = np.where(late, arrive + 60, arrive)
        for d0, d1 in downs:  # a minute the agent had not yet uploaded when it went down is gone
            lost |= (arrive >= d0) & (arrive < d1)
        run.ok[h] = (arrive <= poll) & ~lost
        busy = np.zeros(M, bool)
        busy[np.unique(mins)] = True
        st["late"] += int((late & ~lost & busy)[m0:m0 + run.n].sum())
        st["lost"] += int((lost & busy)[m0:m0 + run.n].sum())
    zero = np.zeros(run.n, bool)
    n_hic = rng.poisson(T / (rng.uniform(60, 200) * 3600))
    for h0 in rng.uniform(0, T, n_hic):  # the Controller's metric processing falls behind: the poll finds nothing
        zero |= (poll[m0:m0 + run.n] >= h0) & (poll[m0:m0 + run.n] < h0 + rng.uniform(180, 720))
    run.zero = zero
    st["hiccups"] = int(n_hic)
    st["zero_points"] = int(zero.sum())
    run.stats.update(st)


def _lost(run: _Run, mod, h) -> np.ndarray:
    """Host ``h``'s samples lost by regression ``mod = (i0, i1, slow)`` up to each second of it, accrued at step
    ends and rounded so that the total is whole."""
    i0, i1, slow = mod
    e = run.r[i0:i1] * run.nh[h][i0:i1] * (1 - slow)
    L = np.cumsum(e)
    pos = np.arange(i1 - i0)
    at = np.maximum.accumulate(np.where(run.k[i0:i1] > 0, pos, -1))
    Lq = np.where(at >= 0, L[np.maximum(at, 0)], 0.0)
    if Lq[-1] > 0:
        Lq *= np.rint(Lq[-1]) / Lq[-1]
    return np.rint(Lq)


def _values(run: _Run, mods=()) -> np.ndarray:
    """The poller's samples/s: each host's posts summed per agent minute (SUM), the hosts whose upload came in
    before the poll summed (COLLECTIVE), divided by 60."""
    M = run.T // 60 + 3
    tot = np.zeros(M)
    for h, (idx, prev, mins) in run.post.items():
        cum = np.cumsum(run.ch[h])
        for mod in mods:
            i0, i1, _ = mod
            if run.nh[h][i0:i1].any():
                lq = _lost(run, mod, h)
                cum[i0:i1] -= lq
                cum[i1:] -= lq[-1]
        tot += np.bincount(mins, weights=cum[idx] - cum[prev], minlength=M) * run.ok[h]
    m0 = run.t_s // 60
    v = tot[m0:m0 + run.n] / 60.0
    v[run.zero] = 0.0
    return v


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], _CODE, 1])
    run = _schedule(rng, n, setting)
    _healthy(rng, run)
    _collection(rng, run)
    healthy = _values(run)
    t_s = run.t_s
    spans = hc.rollup_spans([(a - t_s, b + run.P + 2 - t_s, k) for a, b, k in run.pauses_t], _DT, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int((c - t_s) // 60) for c in run.change_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset."""
    if kind == "drop":  # ramps in over 5-40 s, then holds
        return np.minimum(1.0, x / rng.uniform(5, 40))
    if kind == "leak":  # (exp(c u) - 1) / (exp(c) - 1) over the ramp, then 1
        u = np.minimum(1.0, x / ramp_s)
        c = rng.choice([-1, 1]) * rng.uniform(0.3, 3.0)
        return np.expm1(c * u) / np.expm1(c)
    w = np.full(len(x), 0.05)  # straggler: bursts of gamma(2) lengths at weights 0.5-1, exponential gaps
    on_mean, off_mean = rng.uniform(30, 120), rng.uniform(60, 240)
    s = rng.uniform(0, 20)
    while s < len(x):
        d = rng.gamma(2.0, on_mean / 2)
        w[int(s):int(s + d)] = rng.uniform(0.5, 1.0)
        s += d + rng.exponential(off_mean)
    return w


def _calibrate(E: np.ndarray, w: np.ndarray, target: float) -> float | None:
    s = E.sum()
    if s <= 0:
        return None

    def loss(a):
        return float((E * (a * w / (1 + a * w))).sum() / s)

    if loss(6.0) < target:
        return None
    lo, hi = 0.0, 6.0
    for _ in range(30):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if loss(mid) < target else (lo, mid)
    return 0.5 * (lo + hi)


def _draw(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    from anomaly.traces import Event

    n, t_s = run.n, run.t_s
    relaunch = [(a, b) for a, b, k in run.pauses_t if k in ("requeue", "switch")]
    for kind in hc.kind_draws(rng, _P_KIND, want, tries=240, keep=200):
        ramp = int(min(1400, rng.uniform(0.22, 0.6) * (hi - lo))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if t_s + lo * 60 <= a and b < t_s + last * 60]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 120)
        else:
            t0 = rng.uniform(t_s + lo * 60, t_s + last * 60)
        onset = int((t0 - t_s) // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = float(run.T) if to_end else float(t_s + stop * 60)
        if any(t0 - 400 < b and a < t1 for a, b in relaunch):
            continue
        i0, i1 = int(t0), int(min(t1, run.T))
        w = _weight(rng, kind, np.arange(i1 - i0, dtype=float), ramp * 60.0)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.34))
        c0 = i0 + (int(0.8 * ramp * 60) if kind == "leak" else 0)  # a leak: the last fifth of its ramp and after
        a = _calibrate(run.E[c0:i1], w[c0 - i0:], target)
        if a is None:
            continue
        mod = (i0, i1, 1 / (1 + a * w))
        v = _values(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * 60 - t_s) // 60), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def _timestamps(run: _Run) -> np.ndarray:
    return _EPOCH + run.t_s + _DT * np.arange(run.n)


def make_heldout45(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    if setting is not None:
        pauses = setting
    return hc.family_trace(_build, _draw, _values, _P_KIND, seed, n, pauses, n_events, _CODE, _timestamps)


def heldout45_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT45_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout45, seeds, n, pauses)
