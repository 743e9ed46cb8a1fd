"""The thirty-fifth held-out throughput family: a motion-forecasting model's training scenarios/s, a per-node counter
that each node's trainer inserts into a TimescaleDB hypertable, read back per bucket from a continuous aggregate of
``counter_agg(ts, scenarios_total)`` as ``sum(rate(summary))`` over the nodes.

DOCSTRING_PLACEHOLDER
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

    def rate(self) -> float:
        """The noise-free scenarios/s of the whole job."""
        g = self.gpu * self.speed
        return self.N * 8 * self.B / (float(smax(g, self.loader)) + self.comm + self.host)


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
        run.gpu[sl] = c.gpu * c.speed * np.exp(gum[sl]) * (1 + warm * np.exp(-since / tau_w) * (t0 == _start(
            run, t0)))
        run.loader[sl] = c.loader * np.exp(mix[sl]) * io[sl]
        run.comm[sl], run.host[sl] = c.comm, c.host
    cum = np.cumsum(run.train)
    x = cum % epoch
    starts = np.array([b for a, b, why in run.pauses_t if why not in ("eval", "ckpt")])
    last = starts[np.maximum(np.searchsorted(starts, tb, side="right") - 1, 0)]
    x = np.minimum(x, np.maximum(tb - last, 0))
    run.loader *= 1 + refill * np.exp(-x / tau_e)
    run.h_steps = _cell_steps(run, [], 0, K)


def _start(run: _Run, t0: float) -> float:
    """``t0`` when a training stretch from ``t0`` follows a start-up or a restart, else -1."""
    return t0 if any(abs(b - t0) < 1e-9 and why not in ("eval", "ckpt") for a, b, why in run.pauses_t) else -1.0


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
