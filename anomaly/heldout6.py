"""The sixth held-out throughput family: a discrete-event simulation of a data-parallel job.

Written blind (without reading the detector or the other trace generators) and used to judge the
detector once, never to tune it. Earlier families draw a *series* from noise laws around a level;
this one draws nothing at the level of the series. It simulates the *job*, step by step, and the
series is what a Prometheus scrape of its sample counter would show:

* ``R`` ranks each compute their micro-batch; a rank's time follows its sequence-length cost
  (a gamma sum, superlinear for attention-like work), a per-rank hardware speed, Python GC stalls
  and rare allocator stalls (``cudaMalloc`` retries) on one rank. The step waits for the slowest
  rank (``max`` over ranks), so noise is the noise of a maximum, not of a mean;
* gradient accumulation over ``k`` micro-batches: only every ``k``-th step all-reduces (its time
  follows a slowly varying fabric-contention process) and runs the optimizer;
* a data loader with ``W`` workers and a bounded prefetch queue (``2 W`` batches), batches yielded
  in order, with rare slow reads: the loader is the bottleneck in some runs and idle in others; it
  keeps prefetching during a pause (a burst after it); non-persistent workers respawn at each epoch
  (a short unlabelled dip of a point or two);
* the sample counter is published every ``fe`` steps (a logging flush), and the value at a scrape
  is ``samples counted in (t[i-1], t[i]] / (t[i] - t[i-1])``: scrapes are not aligned with steps,
  so aliasing arises by itself;
* routine pauses at wall-clock deadlines (a time-budgeted validation callback, checkpoints with a
  ``train_time_interval``), starting at the first step boundary after the deadline:
  ``pauses="short"`` gives validation (sometimes with a checkpoint appended) and lone checkpoint
  saves spanning 1-12 points; ``"long"`` gives 15-120 point pauses and, in some runs, a restart
  (job down, loader respawned, a warm-up of slow steps; a regression running then ends before it);
* a compile/autotune warm-up at the start.

Regressions are mechanisms applied to the same simulated job from a wall-clock time ``T0``:
``drop`` = GPU power cap (all compute slower), fabric contention (all-reduce slower), a new
blocking per-step call, or a CPU-stealing process on the loader (bites only where the loader is,
or becomes, the bottleneck); ``straggler`` = one rank slowed steadily, by a periodic job on its host,
or by random stalls on it (felt only through the ``max``); ``leak`` = one rank's thermal throttling,
allocator fragmentation (stall probability) or per-step host work, growing linearly to full over
the ramp and then held. Each magnitude is calibrated to a drawn target depth; a mechanism that does
not bite (e.g. CPU steal on an idle loader) is not labelled but discarded. About a third of the
onsets lie by a routine pause: ``T0`` just before one, or inside one (the series then departs from
``healthy`` when training resumes, and that point is the onset). A drop or straggler must show in
the scorer's catch window: of its first 60 points at least 40 outside pauses, losing >= 5 % of the
healthy samples there.

``healthy`` is the same simulation without regressions. At the event's end (a scrape boundary)
the simulation is put back to the healthy run's state, so ``values`` equals ``healthy`` bit for
bit outside events (the samples lost stay lost; a rate has no memory of them). Labels:
``onset`` = first point whose value differs from ``healthy`` (where throughput really starts to
change); ``ramp_end`` = point where a leak reaches full strength (``onset`` otherwise); ``end`` =
first point after the regression; ``depth`` = mean of ``1 - values / healthy`` over the event's
points where ``healthy > 0``. Labelled: depth >= 0.07 (leaks: >= 0.065 over the event and >= 0.10
mean over the held part after ``ramp_end``), at most 0.42.

Usage::

    from anomaly.heldout6 import heldout6_set
    for trace in heldout6_set("long"):
        ...  # score a detector on trace.values against trace.events, once
"""

from __future__ import annotations

import math

import numpy as np
from scipy.signal import lfilter

from anomaly.traces import Event, Trace

HELDOUT6_SEEDS = range(61840, 61852)
SPANS = {"short": (1, 12), "long": (15, 120)}  # documented pause span in points, per setting
DEPTH_MIN, DEPTH_MAX, LEAK_EVENT_MIN, LEAK_HELD_MIN = 0.07, 0.42, 0.065, 0.10
WARMUP_POINTS = 420
MECHANISMS = {"drop": ("power", "fabric", "blocking", "steal"),
              "straggler": ("slowrank", "periodic", "hiccups"),
              "leak": ("thermal", "frag", "growing")}
_CAPS = {"power": 1.5, "fabric": 8.0, "blocking": 1.0, "steal": 4.0, "slowrank": 1.8,
         "periodic": 3.0, "hiccups": 20.0, "thermal": 1.8, "frag": 12.0, "growing": 1.0}


def measured_depth(values: np.ndarray, healthy: np.ndarray, lo: int, hi: int) -> float:
    """Mean of ``1 - values / healthy`` over points ``[lo, hi)`` where ``healthy > 0`` (0 if none)."""
    h, v = healthy[lo:hi], values[lo:hi]
    live = h > 0
    return float(np.mean(1.0 - v[live] / h[live])) if live.any() else 0.0


class _Run:
    """One simulated job: per-step draws, pause schedule, scrape times (all from ``seed``)."""

    def __init__(self, seed: int, n: int, pauses: str):
        rng = np.random.default_rng([seed, 6, 1])
        self.n, self.pauses = n, pauses
        self.dt = float(rng.choice([5.0, 10.0, 15.0, 30.0], p=[0.35, 0.3, 0.2, 0.15]))
        spp = rng.uniform(6.0, 20.0)  # steps per scrape, healthy
        s = self.dt / spp
        self.R = int(rng.choice([2, 4, 8, 16]))
        self.unit = self.R * int(rng.choice([4, 8, 16, 32, 64]))  # samples per step (global batch)
        self.fe = int(rng.integers(1, max(1, int(spp // 6)) + 1))  # counter flush every fe steps
        k_acc = int(rng.choice([1, 1, 2, 4, 8]))
        T = (n + 2) * self.dt
        J = int(1.25 * T / s) + 2000
        # -- ranks: sequence-length cost, hardware speed, GC and allocator stalls
        varlen = rng.random() < 0.6
        shape = rng.uniform(0.5, 4.0) * 16 if varlen else 4000.0
        q = rng.uniform(0.0, 0.6) if varlen else 0.0
        c0 = s * rng.uniform(0.55, 0.8)
        lenf = rng.gamma(shape, 1.0 / shape, size=(self.R, J)) ** (1.0 + q)
        speed = 1.0 + rng.normal(0.0, 0.015, size=(self.R, 1))
        c = c0 * speed * lenf
        p_gc = 1.0 / rng.uniform(50, 400)
        c += (rng.random((self.R, J)) < p_gc) * rng.gamma(2.0, s * rng.uniform(0.05, 0.3), (self.R, J))
        alloc = np.nonzero(rng.random(J) < rng.uniform(1e-4, 1e-3))[0]
        c[rng.integers(0, self.R, alloc.size), alloc] += rng.uniform(2, 10, alloc.size) * s
        self.c = c
        self.cmax = c.max(axis=0)
        # -- all-reduce (fabric contention: slow AR(1) in log space) and optimizer, every k steps
        sync = (np.arange(J) % k_acc) == k_acc - 1
        phi = 1.0 - 1.0 / rng.uniform(200, 3000)
        x = lfilter([math.sqrt(1 - phi * phi)], [1.0, -phi], rng.standard_normal(J))
        sig = rng.uniform(0.1, 0.35)
        self.comm = sync * s * k_acc * rng.uniform(0.03, 0.3) * np.exp(sig * x - sig * sig / 2)
        opt = sync * s * k_acc * rng.uniform(0.02, 0.08) * (1 + 0.03 * rng.standard_normal(J))
        self.host = s * rng.uniform(0.03, 0.1) * (1 + 0.1 * np.abs(rng.standard_normal(J)))
        self.host[self.fe - 1::self.fe] += s * rng.uniform(0.0, 0.15)  # the flush itself
        self.need = self.cmax + self.comm + np.maximum(opt, 0.0) + self.host
        self.sbar = float(self.need.mean())
        # -- loader: W workers, in-order, queue of 2 W; mean batch time sets the bottleneck
        self.W = int(rng.choice([2, 4, 6, 8, 12]))
        self.Q = 2 * self.W
        ls = rng.uniform(8, 40)
        self.load = self.W * self.sbar * rng.uniform(0.3, 1.2) * rng.gamma(ls, 1 / ls, J)
        slow = rng.random(J) < 0.003  # a slow read: seconds, whatever the worker count
        self.load[slow] += rng.uniform(2, 20, slow.sum()) * self.sbar
        k = s / max(self.sbar, float(self.load.mean()) / self.W)  # the run's pace: dt / spp
        for name in ("c", "cmax", "comm", "host", "need", "load"):
            setattr(self, name, getattr(self, name) * k)
        self.sbar *= k
        self.epoch = int(rng.uniform(1500, 12000)) if rng.random() < 0.5 else 0
        self.spawn = rng.uniform(0.2, 1.0) * self.dt
        self.warm = (rng.uniform(1.0, 4.0), rng.uniform(20, 200))  # amplitude, steps
        self.warm_restart = (rng.uniform(0.3, 1.5), rng.uniform(20, 120))
        self.schedule = self._schedule(rng, n)
        # -- scrapes: the first lands somewhere in the first interval; millisecond jitter
        off = rng.uniform(0.0, self.dt)
        sc = off + self.dt * np.arange(n) + rng.uniform(-0.02, 0.02, n) * self.dt
        self.bounds = np.concatenate([[off - self.dt], sc])  # point i covers (bounds[i], bounds[i+1]]
        self.unix0 = 1_767_000_000.0 + (seed % 997) * 3600.0
        self.lists = [a.tolist() for a in (self.need, self.load, self.cmax, self.comm, self.host)]

    def _schedule(self, rng, n):
        """Wall-clock pause deadlines ``(time, duration, kind)`` for the whole run."""
        dt, out = self.dt, []
        lo, hi = (0.3, 9.5) if self.pauses == "short" else (15.3, 117.0)
        period = rng.uniform(200, 600) if self.pauses == "short" else rng.uniform(450, 1100)
        every_ckpt = int(rng.integers(1, 4))
        t, k = rng.uniform(0.3, 1.0) * period * dt, 0
        while t < (n + 2) * dt:
            k += 1
            d = math.exp(rng.uniform(math.log(lo), math.log(hi * (0.6 if k % every_ckpt else 1.0))))
            out.append((t, d * dt, "val+ckpt" if k % every_ckpt == 0 else "val"))
            t += period * dt * rng.uniform(0.95, 1.05)

        def free(t0, d, gap):  # no overlap with (nor merging into) a scheduled pause
            return all(t0 >= a + da + gap * dt or t0 + d + gap * dt <= a for a, da, _ in out)

        if rng.random() < 0.5:  # time-based checkpoints (train_time_interval)
            ck = rng.uniform(700, 1500) * dt
            for tc in np.arange(ck, (n + 2) * dt, ck):
                d = rng.uniform(lo, 6.0 if self.pauses == "short" else hi) * dt
                if free(tc, d, 30):
                    out.append((float(tc), d, "ckpt"))
        if self.pauses == "long" and rng.random() < 0.6:
            tr, d = rng.uniform(1200, n - 800) * dt, rng.uniform(20, 117) * dt
            if free(tr, d, 150):
                out.append((tr, d, "restart"))
        return sorted(out)


class _State:
    """Where a walk starts: next step, the boundary time, schedule pointer, loader floor, warm-up."""

    def __init__(self, j=0, t=0.0, p=0, floor=0.0, jr=0, warm=None):
        self.j, self.t, self.p, self.floor, self.jr, self.warm = j, t, p, floor, jr, warm


def _walk(run: _Run, arr, st: _State, t_stop: float, mod=None, record=None):
    """Simulate steps from ``st`` until the first step boundary at or after ``t_stop``.

    ``arr`` = (start, ready, fin) lists, written in place; ``record`` (healthy run only) receives
    the state after each step. Returns ``(next step, pauses [(t0, t1, kind)])``.
    """
    start, ready, fin = arr
    need, load = run.lists[0], run.lists[1]
    W, Q, E, spawn = run.W, run.Q, run.epoch, run.spawn
    sched, J = run.schedule, len(need)
    j, t, p, floor, jr = st.j, st.t, st.p, st.floor, st.jr
    amp, tau = st.warm if st.warm else run.warm
    pauses = []
    while t < t_stop:
        if p < len(sched) and sched[p][0] <= t:
            _, dur, kind = sched[p]
            p += 1
            pauses.append((t, t + dur, kind))
            t += dur
            if kind == "restart":
                floor, jr = t + 3 * spawn, j
                amp, tau = run.warm_restart
            continue
        if j >= J:
            raise RuntimeError("heldout6: step arrays too short")
        if E and j and j % E == 0:
            floor = max(floor, t + spawn)  # non-persistent workers respawn for the new epoch
        b = ready[j - W] if j >= W else 0.0
        if j >= Q and start[j - Q] > b:
            b = start[j - Q]
        if floor > b:
            b = floor
        r = b + (load[j] if mod is None else load[j] * mod.load(b))
        s = r if r > t else t
        nd = need[j] if mod is None else mod.need(j, s)
        if j - jr < 8 * tau:
            nd *= 1.0 + amp * math.exp(-(j - jr) / tau)
        start[j], ready[j], fin[j] = s, r, s + nd
        t = s + nd
        if record is not None:
            record.append((floor, jr, amp, tau))
        j += 1
    return j, pauses


class _Mechanism:
    """A regression as a change to the simulated job from wall-clock time ``T0``."""

    def __init__(self, name, run, rng, T0, Tr, m):
        self.name, self.T0, self.Tr, self.m, self.full = name, T0, Tr, m, False
        self.need_h, _, self.cmax, self.comm, self.host = run.lists
        self.sbar, self.means = run.sbar, (float(run.cmax.mean()), float(run.comm.mean()))
        if name in ("slowrank", "periodic", "thermal"):
            k = int(rng.integers(0, run.R))
            others = np.delete(run.c, k, axis=0)
            self.ck = run.c[k].tolist()
            self.cx = (others.max(axis=0) if len(others) else np.zeros(run.c.shape[1])).tolist()
        J = len(self.need_h)
        self.u, self.e = rng.random(J).tolist(), rng.exponential(1.0, J).tolist()
        self.p = rng.uniform(0.03, 0.15)
        self.period, self.duty = rng.uniform(60, 900), rng.uniform(0.3, 0.7)

    def share(self) -> float:
        """Rough share of a step that the magnitude scales (for the first guess)."""
        nh = self.sbar
        return {"power": self.means[0] / nh, "fabric": max(self.means[1] / nh, 0.01),
                "steal": 0.5, "hiccups": self.p, "frag": 0.2, "periodic": self.duty * 0.5,
                "slowrank": 0.5, "thermal": 0.5}.get(self.name, self.sbar / nh)

    def g(self, t):
        if self.name in ("thermal", "frag", "growing") and not self.full:
            return min(1.0, max(0.0, (t - self.T0) / (self.Tr - self.T0)))
        if self.name == "periodic":
            return 1.0 if (t - self.T0) % self.period < self.duty * self.period else 0.0
        return 1.0

    def need(self, j, s):
        name, m, n = self.name, self.m, self.need_h[j]
        if name == "power":
            return n + self.cmax[j] * m
        if name == "fabric":
            return n + self.comm[j] * m
        if name == "blocking":
            return n + m * self.sbar
        if name == "steal":
            return n + self.host[j] * 0.3 * m
        if name in ("slowrank", "periodic", "thermal"):
            ck = self.ck[j] * (1.0 + m * self.g(s))
            return n - self.cmax[j] + (ck if ck > self.cx[j] else self.cx[j])
        if name == "hiccups":
            return n + (self.e[j] * m * self.sbar if self.u[j] < self.p else 0.0)
        if name == "frag":
            return n + (self.e[j] * m * self.sbar if self.u[j] < 0.2 * self.g(s) else 0.0)
        return n + m * self.sbar * self.g(s)  # growing per-step host work

    def load(self, b):
        return 1.0 + self.m if self.name == "steal" and b >= self.T0 else 1.0


def _rates(run: _Run, fin, lo: int, hi: int) -> np.ndarray:
    """Scraped rate at points ``[lo, hi)`` from step finish times ``fin`` (sorted)."""
    flushes = np.asarray(fin[run.fe - 1::run.fe])
    b = run.bounds[lo:hi + 1]
    counts = np.diff(np.searchsorted(flushes, b, side="right"))
    return counts * float(run.unit * run.fe) / np.diff(b)


class _Sim:
    """The healthy run and the machinery to replay a stretch of it with a mechanism applied."""

    def __init__(self, run: _Run):
        self.run = run
        J = len(run.lists[0])
        self.arr = ([0.0] * J, [0.0] * J, [0.0] * J)
        self.rec = []
        self.jn, self.pauses = _walk(run, self.arr, _State(), float(run.bounds[-1]), record=self.rec)
        self.fin = self.arr[2][:self.jn]
        self.start = np.asarray(self.arr[0][:self.jn])
        self.healthy = _rates(run, self.fin, 0, run.n)
        self.paused = np.zeros(run.n, bool)
        for a, b in _pause_spans(run, self.pauses):
            self.paused[a:b] = True

    def state_at(self, T0: float) -> _State:
        """The healthy state at the step boundary before the first step starting at or after T0."""
        j0 = max(1, int(np.searchsorted(self.start, T0, side="left")))
        t = self.arr[2][j0 - 1]
        floor, jr, amp, tau = self.rec[j0 - 1]
        p = sum(1 for a, _, _ in self.pauses if a < t)
        return _State(j0, t, p, floor, jr, (amp, tau))

    def replay(self, mech, T0: float, hi: int):
        """Values over ``[lo, hi)`` (lo = point holding T0) with ``mech`` applied from T0 to bounds[hi]."""
        run = self.run
        st = self.state_at(T0)
        arr = tuple(list(a) for a in self.arr)
        jend, pauses = _walk(run, arr, st, float(run.bounds[hi]), mod=mech)
        lo = int(np.searchsorted(run.bounds, T0, side="left")) - 1
        fin = arr[2][:jend]
        return lo, _rates(run, fin, lo, hi), pauses, st.t


def _point(run: _Run, t: float) -> int:
    return int(np.searchsorted(run.bounds, t, side="left")) - 1


def _place(sim: _Sim, rng, kind: str, lo_pt: int, hi_pt: int, near_pause: bool):
    """Pick T0, the end point and (leaks) the ramp end time inside the slot ``[lo_pt, hi_pt)``."""
    run, dt = sim.run, sim.run.dt
    if kind == "leak":
        ramp, dur = int(rng.uniform(250, 1100)), 0
        dur = ramp + int(rng.uniform(150, 800))
    else:
        ramp, dur = 0, int(rng.uniform(150, 1400))
    onset = int(rng.uniform(lo_pt, max(lo_pt + 1, hi_pt - min(dur, 300))))
    T0 = run.bounds[onset] + rng.uniform(0.05, 0.95) * dt
    spans = [(a, b) for a, b, _ in sim.pauses]
    if near_pause:
        cands = [(a, b) for a, b in spans if lo_pt + 5 <= _point(run, a) < hi_pt - 200]
        if cands:
            a, b = cands[int(rng.integers(len(cands)))]
            T0 = a - rng.uniform(0.2, 3.0) * dt if rng.random() < 0.5 else rng.uniform(a, b)
            onset = _point(run, T0)
    end = min(run.n, onset + dur)
    for a, b, kind_p in sim.pauses:  # a restart ends the regression (the bad node is replaced)
        if kind_p == "restart" and a > T0 and _point(run, a) - 4 < end:
            end = _point(run, a) - 4
    for a, b, _ in sim.pauses:  # end on a training stretch
        pa, pb = _point(run, a), _point(run, b)
        if end < run.n and pa - 4 <= end <= pb + 4:
            end = pa - 4 if pa - 4 > onset + 150 else pb + 5
    end = min(end, run.n)
    if end - onset < 120:
        return None
    Tr = T0 + min(ramp, max(60, end - onset - 100)) * dt if kind == "leak" else T0
    return T0, end, Tr


def _try_event(sim: _Sim, rng, kind: str, mech_name: str, T0: float, end: int, Tr: float):
    """Calibrate a mechanism to a drawn depth, replay it, label it; None if it does not qualify."""
    run = sim.run
    lo_t, hi_t = (0.12, 0.35) if kind == "leak" else (0.09, 0.38)
    target = math.exp(rng.uniform(math.log(lo_t), math.log(hi_t)))  # log-uniform: small ones common
    mech = _Mechanism(mech_name, run, rng, T0, Tr, 0.0)
    mech.m = min(_CAPS[mech_name], target / (1 - target) / mech.share())
    cal_hi = min(run.n, _point(run, T0) + 300, end)
    mech.full = True
    for _ in range(4):  # calibrate the held strength on a short replay
        lo, v, _, _ = sim.replay(mech, T0, cal_hi)
        d = measured_depth(v, sim.healthy[lo:cal_hi], 0, len(v))
        if abs(d - target) < 0.25 * target:
            break
        if d < 0.01 and mech.m >= _CAPS[mech_name]:
            return None
        mech.m = min(_CAPS[mech_name], mech.m * min(4.0, max(0.25, target / max(d, 0.005))))
    mech.full = False
    lo, v, walk_pauses, t_walk = sim.replay(mech, T0, end)
    h = sim.healthy[lo:end]
    changed = np.nonzero(v != h)[0]
    if changed.size == 0:
        return None
    onset = lo + int(changed[0])
    depth = measured_depth(v, h, onset - lo, end - lo)
    ramp_end = onset
    if kind == "leak":
        ramp_end = max(onset + 1, _point(run, Tr))
        held = measured_depth(v, h, ramp_end - lo, end - lo)
        if end - ramp_end < 60 or held < LEAK_HELD_MIN or held > DEPTH_MAX or depth < LEAK_EVENT_MIN:
            return None
    elif not DEPTH_MIN <= depth <= DEPTH_MAX:
        return None
    else:  # a drop or straggler must show within the scorer's 60 points, outside pauses
        first = np.arange(onset, min(onset + 60, end))
        live = first[~sim.paused[first]]
        hs = sim.healthy[live].sum()
        if len(live) < 40 or hs <= 0 or 1 - v[live - lo].sum() / hs < 0.05:
            return None
    straddle = end < run.n and any(a < run.bounds[end] < b for a, b, _ in walk_pauses)
    if onset < WARMUP_POINTS or straddle:
        return None
    ev = Event(kind, onset, ramp_end, end, depth)
    return ev, lo, v, walk_pauses, t_walk


def _pause_spans(run: _Run, walls) -> list[tuple[int, int]]:
    spans = []
    for a, b, _ in sorted(walls):
        s, e = max(0, _point(run, a)), min(run.n, _point(run, b) + 1)
        if s >= run.n or e <= 0:
            continue
        if spans and s < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def make_heldout6(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One trace of the sixth held-out family (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed (the family's own are ``HELDOUT6_SEEDS``).
    n : number of scraped points (>= 2000).
    pauses : ``"short"`` (routine pauses of 1-12 points) or ``"long"`` (15-120 points, restarts).
    n_events : regressions to attempt (0: a clean run); default one per ~1,500-2,500 points.
    """
    if pauses not in SPANS:
        raise ValueError(f"pauses must be 'short' or 'long', not {pauses!r}")
    if n < 2000:
        raise ValueError(f"n must be >= 2000, not {n}")
    run = _Run(seed, n, pauses)
    sim = _Sim(run)
    values = sim.healthy.copy()
    walls = list(sim.pauses)
    rng = np.random.default_rng([seed, 6, 2])
    if n_events is None:
        n_events = max(1, round(n / rng.uniform(1500, 2500)))
    first = int(rng.integers(3))
    kinds = [("drop", "leak", "straggler")[(i + first) % 3] for i in range(n_events)]
    events: list[Event] = []
    prev_end = WARMUP_POINTS
    width = (n - WARMUP_POINTS) / max(n_events, 1)
    for i, kind in enumerate(kinds):
        lo_pt = max(prev_end + 100, WARMUP_POINTS + int(i * width))
        hi_pt = WARMUP_POINTS + int((i + 1) * width)
        if hi_pt - lo_pt < 200:
            continue
        near = rng.random() < 0.4
        names = list(rng.permutation(MECHANISMS[kind]))
        for name in names:
            placed = _place(sim, rng, kind, lo_pt, hi_pt, near)
            if placed is None:
                continue
            T0, end, Tr = placed
            got = _try_event(sim, rng, kind, str(name), T0, end, Tr)
            if got is None:
                continue
            ev, lo, v, walk_pauses, t_walk = got
            values[lo:ev.end] = v
            bound_end = run.bounds[ev.end]
            walls = [w for w in walls if w[0] < t_walk or w[0] >= bound_end] + walk_pauses
            events.append(ev)
            prev_end = ev.end
            break
    return Trace(values=values, timestamps=run.unix0 + run.bounds[1:], events=events,
                 pauses=_pause_spans(run, walls), seed=seed, healthy=sim.healthy)


def heldout6_set(pauses: str, n: int = 6000, seeds=HELDOUT6_SEEDS, clean_every: int = 4) -> list[Trace]:
    """The family's traces for one pause setting; every ``clean_every``-th one is clean."""
    return [make_heldout6(s, n=n, pauses=pauses, n_events=0 if (k + 1) % clean_every == 0 else None)
            for k, s in enumerate(seeds)]
