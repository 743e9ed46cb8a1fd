"""The thirty-fifth held-out throughput family: a motion-forecasting model's training scenarios/s, a per-node counter
that each node's trainer inserts into a TimescaleDB hypertable, read back per bucket from a continuous aggregate of
``counter_agg(ts, scenarios_total)`` as ``sum(rate(summary))`` over the nodes.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), ``anomaly/traces.py`` lines 1-80 (its docstring and the
``Event``/``Trace`` definitions), the thirty-fourth generator's docstring (its first 150 lines) and its tests as a
model of API, docstring and tests, the first 15 lines of generators 3-34 (lines 1-4 only of 15-24, the rest of them
cut off in the printout) and of ``anomaly/heldout.py`` (to take another job and another collection path: none is a
motion-forecasting model or TimescaleDB), the first 110 lines of ``tests/test_architecture.py``; it saw the names of
the files in ``anomaly/`` and ``tests/`` in a directory listing, the subject of main's last commit (printed by git
with the worktree; it names no detector figure) and, from a grep for its chosen names, that generators 32 and 34 name
Timescale only among search results they did not use. Public sources (Timescale / Tiger Data docs, found with the
search tools): ``counter_agg`` (a decrease treated as a reset), ``delta`` (the last value less the first after
accounting for resets), ``rate`` (that delta over the time between the first and the last reading), ``time_delta``
(the first and last readings need not lie on the bucket's edges), ``num_resets``, ``add_continuous_aggregate_policy``
(``start_offset``, ``end_offset``, ``schedule_interval``), the refresh-policy page (an ``end_offset`` inside the
current bucket leaves that bucket out) and ``refresh_continuous_aggregate`` (only buckets wholly inside the window
are refreshed); a blog post's excerpt on real-time vs materialized-only aggregates. Taken without looking it up: a
reset read the way Prometheus reads one (the new value is the increase), ``rate`` of one reading being NULL and
``sum`` leaving NULLs out (the poller writes 0 for a bucket with none), a failed policy run simply waiting for its
next schedule, the poller reading each bucket once, as its first refresh left it (a later refresh that picks up late
rows is never read), the writer's buffering and reconnect backoff, and everything about the job. Never a detector,
and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is about a fifth of
it.

What is modelled
----------------
A motion-forecasting model (a scene transformer predicting the next 6 s of every agent's trajectory from 1 s of
history and the lane map, Wayformer / MTR-style) is trained on a fleet's driving scenarios with PyTorch Lightning and
DDP on ``N`` nodes (2, 3, 4, 6 or 8) of 8 GPUs, ``B`` scenarios a GPU and step (16, 32 or 64). A step costs the GPU
(0.35-0.9 s, its noise a Gumbel law: the batch is padded to its busiest scene's agents and polylines, sd 2-5 %), the
loader (decoding the scenario shards and rasterising nothing: vectorised polylines; 0.5-1.1x the GPU part), the
exposed all-reduce (3-8 % of the GPU part times ``log2(2 N)``) and the host (30-80 ms); the step waits for the slower
of GPU and loader (a soft maximum). So:

* **the writer**: each node's rank 0 runs a thread that every ``P`` (10 or 15) s inserts ``(ts, host,
  scenarios_total)`` into a TimescaleDB hypertable; ``scenarios_total`` is the node's scenarios since its process
  started (whole steps times ``8 B``). The thread starts 20-40 s after the process; an insert is a few ms late
  (log-normal), 0.3 % of them 1-4 s (the training loop holding the GIL); 0.1-0.4 % get stuck behind a lock and land
  1-4 buckets late;
* **the database**: Poisson 0.2-1.2 failovers a run (15-90 s down); the writer buffers and sends its rows up to 20 s
  after the database is back; the continuous aggregate ``counter_agg(ts, scenarios_total)`` per host and ``R``-s
  bucket (``R`` 30 or 60) is refreshed by a policy every ``R`` s (a run takes 0.2-2 s; none while the database is
  down) with ``end_offset`` one bucket, so a bucket is first materialized one to two buckets after its end;
* **the poller** reads each new bucket once, ``sum(rate(summary))`` over the hosts, as its first refresh left it: a
  row that came later is missing there (the host's rate from fewer rows, or NULL and left out of the sum when one row
  is left); a bucket with no rate reads 0. A process restarted in place keeps its host's series (its counter's fall
  a reset: the new value counts); a requeued or resubmitted job writes from other hosts, new series.

So a point is the job's scenarios/s between the first and last rows of each host in its bucket (quantised by whole
steps), exactly 0 in the buckets inside an evaluation (the counters stand still), 0 while the job is down.

Healthy behaviour (none of it labelled):

* **the scenes**: the shards are written by region, and the shuffle buffer mixes a few at a time: the loader's cost
  wanders as an Ornstein-Uhlenbeck process in the log (sd 4-10 %, 5-20 min);
* **the shared file system**: other teams' jobs in working hours (9-19 h, a sine bump, the loader up to 1.05-1.3x)
  and the nightly backup (1-3:30 h, 1.1-1.35x); the job's own start hour is random;
* **epochs and starts**: every 2-6 h of training an epoch ends and, after every start, the loader's shuffle buffer
  refills (the loader 1.8-3x fading over 30-120 s); after a start the kernels warm up (the GPU 1.1-1.4x over 1-5 min);
* **the start-up** (a pause at the start), **evaluations** every 150-420 points of training (minADE / minFDE / miss
  rate / mAP on the validation split, computed on rank 0: a pause), every 2nd or 3rd with a checkpoint (1.35x longer),
  and **restarts** (Poisson 0.5-2.5 a run, 15 points or more from a pause, 1.3x a pause): a GPU Xid error (30 %) or an
  NCCL timeout (20 %), restarted in place by the elastic agent; a preemption (30 %) or a node failure (20 %), requeued
  by Slurm onto other hosts 2 % faster or slower (an unlisted level step), on another number of nodes in 45 % of them
  where that moves the level;
* the database's failovers and late rows: a bucket now and then a host's share low or high, rarely 0.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each made
only where it moves the level by 12 % or more in the run's environment (the scene mix and the file system's load, the
new configuration over the 100-400 points after it against the old one there and against the old one over the 300
points before):

* **world-size changes** at a requeue: the job comes back on another number of nodes;
* **the second stage** (in 55 % of the runs, at the first checkpoint 35-75 % of the way): the user resubmits from the
  checkpoint with an 8-s horizon and twice the agents a scene (the GPU 1.25-1.6x, the loader 1.2-1.5x) onto other
  hosts.

A regression multiplies one part of the step inside its cells (5 s); the run's clock (pauses, processes, rows and
their arrival) stays the healthy run's, so ``healthy`` aligns point by point and equals ``values`` outside the events:
a regression makes whole steps late (the steps it cost are rounded down to whole ones when it ends), so after it every
change between two rows of a process is the healthy one. No event holds a point of ``changes``.

Labelled regressions (their causes are a driving-data cluster's and the job's)
------------------------------------------------------------------------------
* ``drop``: the facility capping the GPUs' power (the GPU up to 4x); the Ceph pool behind the shards rebuilding a
  failed OSD (the loader up to 6x, swinging 25 %); NCCL falling back from InfiniBand to sockets after an in-place
  restart (the all-reduce up to 15x, until the next restart); 150-1400 points or to the end;
* ``straggler``: another job's preprocessing on a node's CPUs (bursts of 30-200 s every 60-800 s, the loader up to
  7x, 5 % of that between them) or a GPU throttling on its temperature (bursts of 10-60 s every 20-360 s, the GPU up
  to 6x); 80-500 points;
* ``leak``: a callback keeping every batch's predicted trajectories for its visualisations (the host part up to 41x,
  until the next restart), or the loader workers' lane-map cache growing into swap (the loader up to 7x), growing as
  ``r ** p`` of the ramp (``p`` 0.7-1.8) over 250-1800 points, then held 80-600 points.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them, one
per stretch from point 600 on (``heldout_common``'s placement and calibration). A regression's magnitude is set by
bisection to a drawn noise-free loss (drops 8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 30 %
of the other onsets lie at the end of a pause or inside it. An event is kept only when its measured depth is 7-35 %,
its values lie below the healthy twin on more than 60 % of its points, it holds no listed change, and it shows within
60 points (a leak: along its ramp).

Counts over ``heldout35_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      10    11         10    0.111-0.329  12              6-22 (252 spans, 0 >60)      3
long      33      11    11         11    0.072-0.298  10              30-110 (219 spans, 124 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 8 (2 world-size changes, 6 stages), long 12 (5 world-size changes, 7 stages). The scenes,
the file system's load, epochs, warm-ups, the other hosts after a requeue, failovers and late rows are level changes
or odd points the monitor is not told of. Over both sets: buckets of 30 and 60 s in 12 and 12 runs; writes every 10
and 15 s in 13 and 11; 39 restarts (6 GPU Xid errors and 5 NCCL timeouts restarted in place, 11 preemptions and 4
node failures requeued, 13 resubmissions); 15 database failovers in 12 runs; 2466173 rows, 4453 of them too late for
their bucket. Generating both settings takes about 4 s.

Usage::

    from anomaly.heldout35 import heldout35_set
    for trace in heldout35_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import numpy as np

from anomaly.heldout_common import (apply_mods, calibrate, cause_buckets, draw_regression, family_trace,
                                    rollup_build, smax, span_len, wobble)
from anomaly.traces import Trace

HELDOUT35_SEEDS = tuple(range(352000, 352012))
_W = 5.0  # the job's cell (s): steps are counted per cell
_SPANS = {"short": (6, 22, 8, 13), "long": (30, 110, 40, 75)}  # pause points: (lo, hi, median lo, median hi)
_P_KIND = (0.4, 0.3, 0.3)
_CAUSES = {"drop": ("powercap", "ceph_degraded", "nccl_tcp"), "straggler": ("cpu_neighbour", "gpu_throttle"),
           "leak": ("trajectory_buffer", "polyline_cache")}
_PART = {"powercap": "gpu", "ceph_degraded": "loader", "nccl_tcp": "comm", "cpu_neighbour": "loader",
         "gpu_throttle": "gpu", "trajectory_buffer": "host", "polyline_cache": "loader"}
_A_MAX = {"powercap": 3.0, "ceph_degraded": 5.0, "nccl_tcp": 14.0, "cpu_neighbour": 6.0, "gpu_throttle": 5.0,
          "trajectory_buffer": 40.0, "polyline_cache": 6.0}
_NODES = (2, 3, 4, 6, 8)


@dataclass(frozen=True)
class _Cfg:
    """A process's configuration: nodes, per-GPU batch, the step's noise-free parts (s) and its hosts' speed."""

    N: int
    B: int
    gpu: float
    loader: float
    comm: float
    host: float
    stage: int = 1
    speed: float = 1.0


@dataclass
class _Mod:
    """A regression: factors (or arrays over its cells ``[b0, b1)``) on the step's parts."""

    b0: int
    b1: int
    gpu: object = 1.0
    loader: object = 1.0
    comm: object = 1.0
    host: object = 1.0


@dataclass
class _Run:
    n: int
    dt: float
    k: int
    setting: str
    P: float  # the writers' period (s)
    train: np.ndarray = None
    gpu: np.ndarray = None
    loader: np.ndarray = None
    comm: np.ndarray = None
    host: np.ndarray = None
    pauses_t: list = field(default_factory=list)
    restarts: list = field(default_factory=list)
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    cfgs: list = field(default_factory=list)  # per process
    procs: list = field(default_factory=list)  # (start, end, hosts, why it ended)
    outages: list = field(default_factory=list)  # (t0, t1) the database was unreachable
    rows: dict = field(default_factory=dict)
    mat: np.ndarray = None  # when each bucket was first materialized
    h_steps: np.ndarray = None


def _job(rng) -> _Cfg:
    N = int(rng.choice(_NODES))
    gpu = rng.uniform(0.35, 0.9)
    return _Cfg(N, int(rng.choice([16, 32, 64])), gpu, gpu * rng.uniform(0.5, 1.1),
                gpu * rng.uniform(0.03, 0.08) * np.log2(2 * N), rng.uniform(0.03, 0.08))


def _renode(rng, cfg: _Cfg, N: int) -> _Cfg:
    """``cfg`` on ``N`` nodes: the all-reduce's exposed part scales with ``log2(2 N)``."""
    return _Cfg(N, cfg.B, cfg.gpu, cfg.loader, cfg.comm * np.log2(2 * N) / np.log2(2 * cfg.N), cfg.host, cfg.stage,
                cfg.speed)


def _schedule(rng, n: int, setting: str) -> _Run:
    """The job's timeline: start-up, training stretches, evaluations (some checkpointed), restarts, resubmission."""
    R = float(rng.choice([30.0, 60.0]))
    run = _Run(n=n, dt=R, k=int(R / _W), setting=setting, P=float(rng.choice([10.0, 15.0])))
    T = n * R
    cfg = _job(rng)
    env = _env(rng, int(T / _W))
    re_t = sorted(rng.uniform(0.05 * T, 0.97 * T, rng.poisson(rng.uniform(0.5, 2.5))).tolist())
    stage_at = rng.uniform(0.35, 0.75) * T if rng.random() < 0.55 else np.inf
    ck_every = int(rng.choice([2, 3]))
    segs, hosts, nxt_host = [], list(range(cfg.N)), cfg.N
    dur = (span_len(rng, _SPANS, setting) - 1.0) * R
    run.pauses_t.append((0.0, dur, "start"))
    proc0, t, n_eval, ri = 0.0, dur, 0, 0
    run.cfgs.append(cfg)
    while t < T:
        gap = rng.uniform(150, 420) * R
        while ri < len(re_t) and re_t[ri] < t + 15 * R:
            ri += 1
        r = re_t[ri] if ri < len(re_t) else np.inf
        end = min(r, t + gap)
        segs.append((t, min(end, T), len(run.cfgs) - 1, proc0))
        if end >= T:
            break
        new = None
        if r < t + gap:  # a restart
            ri += 1
            why = str(rng.choice(["xid", "nccl", "preempt", "node"], p=[0.3, 0.2, 0.3, 0.2]))
            dur = (span_len(rng, _SPANS, setting, 1.3) - 1.0) * R
            new = cfg
            if why in ("preempt", "node"):
                new = _Cfg(cfg.N, cfg.B, cfg.gpu, cfg.loader, cfg.comm, cfg.host, cfg.stage, rng.uniform(0.98, 1.02))
                if rng.random() < 0.45:
                    for _ in range(6):
                        cand = _renode(rng, new, int(rng.choice([x for x in _NODES if x != cfg.N])))
                        if _moves(cfg, cand, env, end + dur, R):
                            new = cand
                            break
        else:  # an evaluation, every ck_every-th with a checkpoint
            n_eval += 1
            ck = n_eval % ck_every == 0
            dur = (span_len(rng, _SPANS, setting, 1.35 if ck else 1.0) - 1.0) * R
            why = "ckpt" if ck else "eval"
            if ck and end >= stage_at and cfg.stage == 1:
                for _ in range(6):  # longer horizon, more agents: the user resubmits from the checkpoint
                    cand = _Cfg(cfg.N, cfg.B, cfg.gpu * rng.uniform(1.25, 1.6), cfg.loader * rng.uniform(1.2, 1.5),
                                cfg.comm, cfg.host, 2, rng.uniform(0.98, 1.02))
                    if _moves(cfg, cand, env, end + dur, R):
                        new, why = cand, "resubmit"
                        break
        run.pauses_t.append((end, end + dur, why))
        if new is not None:
            run.procs.append((proc0, end, tuple(hosts), why))
            if why not in ("xid", "nccl"):
                hosts, nxt_host = list(range(nxt_host, nxt_host + new.N)), nxt_host + new.N
            run.restarts.append((end, end + dur, new.N == cfg.N))
            if end + dur < T and (new.N != cfg.N or new.stage != cfg.stage):
                run.known_t.append(end + dur)
                run.known_kind.append("world" if new.N != cfg.N else "stage")
            cfg, proc0 = new, end
            run.cfgs.append(cfg)
        t = end + dur
    run.procs.append((proc0, T, tuple(hosts), "end"))
    _cells(rng, run, segs, T, env)
    _collect(rng, run, T)
    return run


def _env(rng, K: int) -> dict:
    """The run's environment per cell: the scene mix (a Gumbel law: a batch waits for its busiest scene, sd 2-5 %),
    the regional shard mix (an OU process in the log, sd 4-10 %, 5-20 min) and the shared file system's load (working
    hours 9-19 h and a nightly backup 1-3:30 h slowing the loader)."""
    tb = np.arange(K) * _W
    sg = rng.uniform(0.02, 0.05)
    gum = (rng.gumbel(0, 1, K) - 0.5772) / 1.2825
    tau = rng.uniform(300, 1200)
    a = np.exp(-_W / tau)
    e = rng.normal(0, rng.uniform(0.04, 0.1) * np.sqrt(1 - a * a), K)
    mix = np.empty(K)
    mix[0] = e[0] / np.sqrt(1 - a * a)
    for i in range(1, K):
        mix[i] = a * mix[i - 1] + e[i]
    hour = (rng.uniform(0, 24) + tb / 3600.0) % 24
    day = np.clip(np.sin(np.pi * (hour - 9) / 10), 0, None) * ((hour > 9) & (hour < 19))
    night = ((hour > 1) & (hour < 3.5)).astype(float)
    return {"gum": sg * gum, "mix": mix, "io": 1 + rng.uniform(0.05, 0.3) * day + rng.uniform(0.1, 0.35) * night}


def _level(c: _Cfg, env: dict, t0: float, t1: float) -> float:
    """The mean scenarios/s of configuration ``c`` over ``[t0, t1)`` in the environment, noise-free (no scene mix)."""
    K = len(env["mix"])
    i0 = min(int(t0 // _W), K - 1)
    sl = slice(i0, min(K, max(i0 + 1, int(t1 // _W))))
    loader = c.loader * np.exp(env["mix"][sl]) * env["io"][sl]
    return float(np.mean(c.N * 8 * c.B / (smax(c.gpu * c.speed, loader) + c.comm + c.host)))


def _moves(a: _Cfg, b: _Cfg, env: dict, t: float, R: float) -> bool:
    """``b`` after ``t`` (100-400 points) differs by 12 % or more from ``a`` there and from ``a`` before (300)."""
    after = _level(b, env, t + 100 * R, t + 400 * R)
    return min(abs(np.log(after / _level(a, env, t + 100 * R, t + 400 * R))),
               abs(np.log(after / _level(a, env, max(0.0, t - 300 * R), t)))) >= 0.12


def _cells(rng, run: _Run, segs, T: float, env: dict) -> None:
    """The step's parts per cell: the environment (:func:`_env`), the loader's refill after an epoch's end or a
    start (1.8-3x fading over 30-120 s), the kernels' warm-up after a start (1.1-1.4x fading over 1-5 min)."""
    K = int(T / _W)
    tb = np.arange(K) * _W
    gum, mix, io = env["gum"], env["mix"], env["io"]
    run.train = np.zeros(K)
    for name in ("gpu", "loader", "comm", "host"):
        setattr(run, name, np.ones(K))
    epoch = rng.uniform(2, 6) * 3600
    refill, tau_e = rng.uniform(0.8, 2.0), rng.uniform(30, 120)
    warm, tau_w = rng.uniform(0.1, 0.4), rng.uniform(60, 300)
    for t0, t1, ci, p0 in segs:
        c = run.cfgs[ci]
        b0, b1 = int(t0 // _W), min(K, int(np.ceil(t1 / _W)))
        ov = np.clip(np.minimum(t1, tb[b0:b1] + _W) - np.maximum(t0, tb[b0:b1]), 0, None)
        run.train[b0:b1] += ov
        sl = slice(b0, b1)
        since = np.maximum(tb[sl] - t0, 0)
        run.gpu[sl] = c.gpu * c.speed * np.exp(gum[sl]) * (1 + warm * np.exp(-since / tau_w)
                                                                      * _after_start(run, t0))
        run.loader[sl] = c.loader * np.exp(mix[sl]) * io[sl]
        run.comm[sl], run.host[sl] = c.comm, c.host
    cum = np.cumsum(run.train)
    x = cum % epoch
    starts = np.array([b for a, b, why in run.pauses_t if why not in ("eval", "ckpt")])
    last = starts[np.maximum(np.searchsorted(starts, tb, side="right") - 1, 0)]
    x = np.minimum(x, np.maximum(tb - last, 0))
    run.loader *= 1 + refill * np.exp(-x / tau_e)
    run.h_steps = _cell_steps(run, [], 0, K)


def _after_start(run: _Run, t0: float) -> bool:
    """Whether a training stretch from ``t0`` follows a start-up or a restart (not an evaluation)."""
    return any(abs(b - t0) < 1e-9 and why not in ("eval", "ckpt") for a, b, why in run.pauses_t)


def _cell_steps(run: _Run, mods, c0: int, c1: int) -> np.ndarray:
    """Optimizer steps done in each cell of ``[c0, c1)`` with the regressions ``mods``."""
    gpu, loader, comm, host = apply_mods(run, mods, c0, c1, ("gpu", "loader", "comm", "host"))
    return run.train[c0:c1] / (smax(gpu, loader) + comm + host)


def _writes(rng, t0: float, t1: float, P: float) -> np.ndarray:
    """A writer thread's insert times from ``t0`` (the process's boot, 20-40 s) to ``t1``: every ``P`` s, each a
    few ms late (log-normal), now and then 1-4 s (the GIL held by the training loop)."""
    k = np.arange(int((t1 - t0) // P) + 1)
    t = t0 + rng.uniform(20, 40) + k * P
    t = t[t < t1]
    late = np.exp(rng.normal(np.log(0.01), 0.7, len(t))) + (rng.random(len(t)) < 0.003) * rng.uniform(1, 4, len(t))
    return np.minimum(t + late, t1 - 1e-3)


def _mat_times(rng, n: int, R: float, outages) -> np.ndarray:
    """When each bucket is first materialized: the first run of the refresh policy (every ``R`` s at a phase, each
    run 0.2-2 s) whose window's end (``end_offset`` one bucket) covers the bucket, the database being up."""
    runs = rng.uniform(0, R) + np.arange(n + 4) * R + rng.uniform(0.2, 2.0, n + 4)
    up = np.ones(len(runs), bool)
    for a, b in outages:
        up &= ~((runs >= a) & (runs < b))
    ok = runs[up]
    return ok[np.minimum(np.searchsorted(ok, (np.arange(n) + 2) * R), len(ok) - 1)]


def _collect(rng, run: _Run, T: float) -> None:
    """The rows (time, host, process, per-node batch) and whether each made its bucket's first materialization."""
    run.outages = [(a, a + rng.uniform(15, 90)) for a in np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.2, 1.2))))]
    ts, keys, procs, bs = [], [], [], []
    for p, (s, e, hosts, why) in enumerate(run.procs):
        for h in hosts:
            t = _writes(rng, s, e, run.P)
            ts.append(t)
            keys.append(np.full(len(t), h))
            procs.append(np.full(len(t), p))
            bs.append(np.full(len(t), 8 * run.cfgs[p].B))
    t, key, proc, b = (np.concatenate(x) for x in (ts, keys, procs, bs))
    arrive = t + np.exp(rng.normal(np.log(0.02), 0.8, len(t)))
    stuck = rng.random(len(t)) < rng.uniform(0.001, 0.004)
    arrive[stuck] = t[stuck] + rng.uniform(run.dt, 4 * run.dt, stuck.sum())
    for a, e in run.outages:  # buffered by the writer, sent after the reconnect's backoff
        m = (arrive >= a) & (arrive < e)
        arrive[m] = e + rng.uniform(0, 20)
    run.mat = _mat_times(rng, run.n, run.dt, run.outages)
    bucket = np.minimum((t // run.dt).astype(int), run.n - 1)
    vis = arrive <= run.mat[bucket]
    run.rows = {"t": t, "key": key, "proc": proc, "b": b, "vis": vis}


def _counts(run: _Run, mods=()) -> np.ndarray:
    """Each row's counter: the per-node batch times the whole steps its process has done (a regression's lost
    steps, rounded down to whole ones when it ends)."""
    K = len(run.train)
    G = np.r_[0.0, np.cumsum(run.h_steps)]
    lost = np.zeros(K + 1)
    if mods:
        diff = run.h_steps - _cell_steps(run, list(mods), 0, K)
        held = 0.0
        for md in sorted(mods, key=lambda m: m.b0):
            lost[md.b0 + 1:] = held
            seg = held + np.cumsum(diff[md.b0:md.b1])
            lost[md.b0 + 1:md.b1 + 1] = seg
            held = float(np.floor(seg[-1]))
            lost[md.b1 + 1:] = held
    edges = np.arange(K + 1) * _W
    r = run.rows
    starts = np.array([p[0] for p in run.procs])[r["proc"]]
    done = (np.interp(r["t"], edges, G) - np.interp(starts, edges, G)
            - (np.interp(r["t"], edges, lost) - np.interp(starts, edges, lost)))
    return r["b"] * np.floor(done + 1e-9)


def _read(t, key, v, vis, R: float, n: int) -> np.ndarray:
    """The poller's points: per bucket of ``R`` s, the sum over hosts of ``rate(counter_agg(ts, v))`` on the visible
    rows (the change from the first to the last row, a fall read as a reset from 0, over their time span; a host
    with fewer than two rows gives NULL and is left out; a bucket with no rate reads 0)."""
    t, key, v = (np.asarray(x)[np.asarray(vis, bool)] for x in (t, key, v))
    o = np.lexsort((t, key))
    t, key, v = t[o], key[o], v[o].astype(float)
    b = (t // R).astype(np.int64)
    g = key.astype(np.int64) * (n + 1) + b
    out = np.zeros(n)
    if len(t) < 2:
        return out
    ug, first, cnt = np.unique(g, return_index=True, return_counts=True)
    same = g[1:] == g[:-1]
    d = np.diff(v)
    inc = np.where(d >= 0, d, v[1:])[same]
    gi = np.searchsorted(ug, g[1:][same])
    delta = np.bincount(gi, weights=inc, minlength=len(ug))
    span = t[first + cnt - 1] - t[first]
    ok = (cnt >= 2) & (span > 0) & (b[first] < n)
    np.add.at(out, b[first][ok], delta[ok] / span[ok])
    return out


def _series(run: _Run, mods=()) -> np.ndarray:
    r = run.rows
    return _read(r["t"], r["key"], _counts(run, mods), r["vis"], run.dt, run.n)


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """A cause's regression: a factor ``1 + a * shape`` on one part of the step over its cells."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, held=name in ("nccl_tcp", "trajectory_buffer"))
    x = np.maximum(np.arange(b0, b1) * _W - t0, 0)
    if name in ("cpu_neighbour", "gpu_throttle"):  # bursts
        on_lo, on_hi, off_hi = (30, 200, 600) if name == "cpu_neighbour" else (10, 60, 300)
        shape, u, top = np.full(len(x), 0.05), 0.0, (x[-1] + 1 if len(x) else 0.0)
        while u < top:
            d = rng.uniform(on_lo, on_hi)
            shape[(x >= u) & (x < u + d)] = 1.0
            u += d + rng.uniform(on_lo, off_hi)
    elif kind == "leak":
        shape = np.minimum(1, x / max(tr - t0, _W)) ** rng.uniform(0.7, 1.8)
    elif name == "ceph_degraded":
        shape = wobble(rng, x, 0.25, 900)
    else:
        shape = np.minimum(1, x / rng.uniform(10, 60))
    part = _PART[name]

    def mod_of(a):
        return _Mod(b0, b1, **{part: 1 + a * shape})

    return mod_of, _A_MAX[name], t1


def _calib(run: _Run, mod_of, a_max: float, target: float, c0: int, b1: int):
    return calibrate(lambda mods: _cell_steps(run, mods, c0, b1), mod_of, a_max, target, run.train[c0:b1] > 0)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause, calib=partial(_calib, run), series=lambda md, a, b: (_series(run, [md]), 0),
                           width=_W, restart_cause="nccl_tcp")


def _build(seed: int, n: int, pauses: str):
    return rollup_build(_schedule, _series, seed, n, pauses, 0)


def _timestamps(run: _Run) -> np.ndarray:
    return 1_700_000_000.0 - 1_700_000_000.0 % run.dt + run.dt * np.arange(run.n)


def make_heldout35(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``, ``n``, ``pauses``; ``n_events``: 0 a clean run, None 3
    or 4 regressions)."""
    return family_trace(_build, _draw, _series, _P_KIND, seed, n, pauses, n_events, 1, _timestamps)


def heldout35_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT35_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth is clean."""
    return [make_heldout35(s, n=n, pauses=pauses, n_events=0 if (k + 1) % 4 == 0 else None)
            for k, s in enumerate(seeds)]
