"""The twelfth held-out throughput family: an elastic vision job's images/s, summed from eight nodes' Telegraf counts.

Written blind: the author read only the ``Event``/``Trace`` interface and the scoring rule of
``anomaly/traces.py``, the shared test helpers and the eleventh generator as a model of API and tests, never a
detector, and never ran a detector on these traces.

What is modelled
----------------
An image classifier (a convnet or ViT; 64-256 images per GPU in a 0.25-0.9 s step at 224 px) is trained
data-parallel on up to 8 nodes of 8 GPUs, synchronously (every node ends a step together; a node's step is
``8 * b`` images, ``b`` the per-GPU batch). Rank 0 of each node increments a StatsD counter ``train.images``
after each step; the node's Telegraf agent (``statsd`` input, ``delete_counters = true``) gathers the count
every ``dt`` (10, 15 or 20 s) with a per-node collection jitter of up to 0.2 ``dt`` and writes it to a
time-series database; the dashboard reads ``sum(images) / dt`` grouped by ``time(dt)``: one point per
interval, the sum over the nodes.

Healthy behaviour (none of it labelled); all of it is new to this family:

* **a step is compute- or loader-bound.** A step costs ``max(compute + visible all-reduce, loader)``: the
  GPU part scales with the resolution as ``(res / 224) ** p`` (``p`` 1.7-2); the node's data loader (JPEG
  decode at full size, then crop and augment) costs ``0.75 + 0.25 (res / 224) ** 2`` of its 224-px time, with
  per-step storage-latency noise smoothed over a 2-8-batch prefetch queue and rare slow reads (3-10x). At
  the final resolution the loader has 5-60 % headroom; at a low resolution it is often the bottleneck;
* **progressive resizing (~65 % of runs).** The training resolution rises from 128-160 px to 192-224 px in
  16-px steps at planned epochs (between 10-30 % and 50-80 % of the run), so the healthy rate *steps down*
  at 2-6 epoch boundaries (little while the loader binds, up to ~20 % once compute does), each followed by a
  few slow steps (cuDNN re-tunes its kernels); the other runs keep one resolution (176-224 px);
* **an elastic world size.** At a checkpoint a spot node is reclaimed now and then (8 -> 7, rarely 6) and the
  job restarts from the checkpoint on the nodes it has; a later checkpoint may regain the node. Fewer nodes
  sum fewer images (the all-reduce gets a little cheaper): a planned healthy step of about -12 % (+14 %);
* **epochs.** A curated data set of 1-300 million images (an epoch is about 30-220 points);
  ``DistributedSampler`` gives the last step of an epoch fewer images, and each epoch starts with the loader
  workers re-spawned and the shuffle buffer refilled (the first steps are loader-bound: a dip at every epoch
  boundary, paused or not);
* **the measurement path.** A node's count for an interval covers the steps that ended between its previous
  and its present gather, so the jitter moves whole steps between neighbouring points; a gather that overruns
  (0.2-1.5 % of them) is skipped and its count lands in the next interval (a node's share missing from one
  point and doubled in the next); StatsD's UDP packets are sometimes dropped under load (0.2-1 % of a node's
  intervals lose 2-30 % of that node's count);
* pauses: an evaluation every 1-10 epochs (at an epoch's end, about every 150-330 points of training), every
  3rd-6th one followed by a checkpoint save (a longer pause); the first step after a pause is 1.5-3x slower;
* warm-up (the first 100-400 steps up to 2x slower), heavy-tailed step jitter (Student-t, 3 degrees of
  freedom, scale 1-3.5 %), per-batch cost spread from mixed image sizes (2-5 %), rare 1.5-4x hiccups.

A regression changes the step costs inside its window; the run's clock (the steps' ends, the epochs, the
pauses, the gathers) stays the healthy run's and the stretch is accounted as fewer images per second in each
affected step (a node's count loses ``8 b (1 - 1 / slow)`` per step, rounded on the running total), so
``healthy`` (the same run without regressions) aligns point by point. The event's ``end`` is the last point
where the regressed series differs from the healthy one (plus one).

Labelled regressions (their causes are a vision job's)
------------------------------------------------------
* ``drop``: one node's GPUs thermally throttled (a failed fan: the clocks sink over 20-120 s to 1.08-1.5x
  compute time and then swing +-25 % of that with the temperature over 2-10 min; the other nodes wait), a
  degraded storage or network read path (the loader 1.3-2.5x slower with noisier reads: the step becomes
  loader-bound, and a loss smaller than the loader's headroom does not show at all), or a NIC renegotiated
  to a lower link speed (the visible all-reduce 1.8-5x longer); held 150-1400 points or to the end of the run;
* ``straggler``: intermittent NCCL retries (a flaky cable or switch port): a two-state chain switches per
  step with probability 3-20 %; a step in the bad state waits 12-90 % of a typical step per retry round (1 +
  Poisson(0.4) rounds, at most 1.5 steps);
* ``leak``: caching-allocator fragmentation (``cudaMalloc`` retries and frees: a GPU-side per-step overhead
  that grows as ``x ** q``, ``q`` 1-2, and is partly hidden while the loader binds) or a logging leak (a
  metrics history re-reduced every step: a host-side overhead growing linearly); the overhead reaches
  12-60 % of a typical step over 250-1800 points (at most 0.6 of the stretch of trace it is placed in), then
  holds 80-600 points or to the end.

About 30 % of onsets are placed at the end of a pause (a node is swapped or restarted while the job waits,
and the new node is the slow one) or inside the pause before it. An event is kept only when its measured
depth ``1 - sum(values) / sum(healthy)`` over its unpaused points is 7-35 %, its values lie below the
healthy twin on more than 60 % of its points, and it shows within 60 points of the onset (the first 60
points lose at least 5 % and half the depth, on at least 8 live points) or, for a leak, along its ramp (its
last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout12_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      13    11         7     0.071-0.329  12              6-23 (301 spans, 0 >60)      3
long      28      12    10         6     0.071-0.322  8               31-115 (190 spans, 105 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's
end are left out of the span ranges. Generating both settings takes about two seconds.

``Trace.changes`` (added in session 15, from the schedule alone: values and events are as before) lists the first
point of every planned change the monitor would know of: each resolution step and each world-size change.

Usage::

    from anomaly.heldout12 import heldout12_set
    for trace in heldout12_set("long"):
        ...  # trace.values, trace.pauses, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (SETTINGS as _SETTINGS, changed_span, check_args, event_stop, every_fourth_clean,
                                    kind_draws, live_loss, live_mask, onset_time, regressed, shown_depth)
from anomaly.traces import Event, Trace

HELDOUT12_SEEDS = tuple(range(121840, 121852))

_PAUSE = {"short": (2.6, 22.0, 7.0, 14.0), "long": (30.5, 117.0, 45.0, 75.0)}  # length lo, hi; median lo, hi
_NODES = 8  # nodes at full size
_GPUS = 8  # GPUs per node
_P_KIND = (0.4, 0.28, 0.32)


@dataclass
class _Run:
    """The healthy run: its steps and their cost parts, the nodes' gathers, pauses and planned changes (times in
    s from the job's start)."""

    dt: float  # the gather / grouping interval (s)
    ts: np.ndarray  # the points' interval ends (n)
    end: np.ndarray  # step end times (J)
    comp: np.ndarray  # GPU compute time per step, jitter and slow phases included (s)
    comm: np.ndarray  # visible all-reduce time per step (s)
    load: np.ndarray  # loader time per step, after the prefetch queue (s)
    credit: np.ndarray  # images per active node per step
    away: list  # (node, first step, end step): the steps a node is out of the job
    upto: np.ndarray  # (nodes, n) index of the last step each node's count covers at each point (-1: none)
    loss: np.ndarray  # (nodes, n) fraction of the node's count lost in UDP drops
    pauses_t: list  # pause spans (t0, t1)
    stages: list  # planned changes: (time, "res" | "world", new value)

    @property
    def dur(self) -> np.ndarray:
        return np.maximum(self.comp + self.comm, self.load)

    start: np.ndarray | None = None  # step start times (J)

    def __post_init__(self):
        self.start = self.end - self.dur


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([10.0, 15.0, 20.0]))
    ts = dt * np.arange(1, n + 1)
    T = float(ts[-1] + 2 * dt)
    b = int(rng.choice([64, 128, 256]))
    c0 = rng.uniform(0.25, 0.9)  # compute per step at 224 px (s): 70-1000 images/s per GPU
    p = rng.uniform(1.7, 2.0)
    if rng.random() < 0.65:
        r_lo, r_hi = int(rng.choice([128, 144, 160])), int(rng.choice([192, 224]))
    else:
        r_lo = r_hi = int(rng.choice([176, 192, 224]))
    a0 = c0 * rng.uniform(0.04, 0.15)  # visible all-reduce at 8 nodes

    def comm_of(w):
        return a0 * (2 * (w - 1) / w) / (2 * (_NODES - 1) / _NODES)

    def lf(r):
        return 0.75 + 0.25 * (r / 224) ** 2

    L0 = (c0 * (r_hi / 224) ** p + a0) / rng.uniform(1.05, 1.6) / lf(r_hi)  # loader per step at 224 px
    r_mid = (r_lo + r_hi) / 2
    est = max(c0 * (r_mid / 224) ** p + a0, L0 * lf(r_mid))
    e_pts = rng.uniform(30, 220)  # an epoch in points
    N = int(round(e_pts * dt / est * _NODES * _GPUS * b, -3))
    ev_every = max(1, int(round(rng.uniform(150, 330) / e_pts)))
    K = int(rng.integers(3, 7))
    n_ep = int(n / e_pts) + 1
    res_at = {}  # epoch -> new resolution
    if r_hi > r_lo:
        k = (r_hi - r_lo) // 16
        at = np.round(np.linspace(rng.uniform(0.1, 0.3), rng.uniform(0.5, 0.8), k) * n_ep).astype(int)
        at = np.maximum(at, 1) + np.arange(k) * (np.diff(at, prepend=-1) <= 0)  # strictly increasing
        res_at = {int(e): r_lo + 16 * (i + 1) for i, e in enumerate(np.maximum.accumulate(at))}

    sj, sb, sl = rng.uniform(0.01, 0.035), rng.uniform(0.02, 0.05), rng.uniform(0.05, 0.12)
    depth = int(rng.integers(2, 9))  # prefetch queue (batches)
    refill, tau_r = rng.uniform(2.0, 6.0), rng.uniform(3.0, 20.0)
    warm, tau_w = rng.uniform(0.3, 1.0), rng.uniform(100.0, 400.0)
    lo, hi, med_lo, med_hi = _PAUSE[setting]
    med = rng.uniform(med_lo, med_hi)

    parts = {k: [] for k in ("end", "comp", "comm", "load", "credit")}
    pauses_t, stages = [], []
    t, e, j0, n_eval, res = 0.0, 0, 0, 0, r_lo
    act = np.ones(_NODES, bool)
    left = {}  # node -> the first step it is out
    away = []
    after_pause = False
    while t < T:
        W = int(act.sum())
        if e in res_at:
            res = res_at[e]
            stages.append((t, "res", res))
        per = W * _GPUS * b
        m = -(-N // per)
        i = np.arange(m)
        frac = np.ones(m)
        frac[-1] = (N - (m - 1) * per) / per
        credit = np.full(m, _GPUS * b)
        credit[-1] = int(frac[-1] * _GPUS * b)
        jit = np.exp(sj * np.clip(rng.standard_t(3, m), -8, 8) + sb * rng.normal(0, 1, m))
        jit *= np.where(rng.random(m) < 0.0015, rng.uniform(1.5, 4.0, m), 1.0)
        jit *= 1 + warm * np.exp(-(j0 + i) / tau_w)
        if e in res_at:  # cuDNN re-tunes
            jit[:int(rng.integers(5, 21))] *= rng.uniform(1.2, 2.0)
        if after_pause:
            jit[0] *= rng.uniform(1.5, 3.0)
        comp = c0 * (res / 224) ** p * jit * (0.3 + 0.7 * frac)
        comm = comm_of(W) * np.exp(rng.normal(0, 0.06, m))
        raw = L0 * lf(res) * np.exp(rng.normal(0, sl, m)) * (0.3 + 0.7 * frac)
        raw *= np.where(rng.random(m) < 0.002, rng.uniform(3.0, 10.0, m), 1.0)
        raw *= 1 + refill * np.exp(-i / tau_r)
        cs = np.cumsum(raw)
        load = (cs - np.concatenate([np.zeros(depth), cs[:-depth]])[:m]) / np.minimum(i + 1, depth)
        dur = np.maximum(comp + comm, load)
        ends = t + np.cumsum(dur)
        for key, val in (("end", ends), ("comp", comp), ("comm", comm), ("load", load), ("credit", credit)):
            parts[key].append(val)
        t, e, j0, after_pause = float(ends[-1]), e + 1, j0 + m, False
        if e % ev_every == 0:
            n_eval += 1
            ckpt = n_eval % K == 0
            g = med * np.exp(rng.normal(0, 0.2)) * (rng.uniform(1.3, 1.6) if ckpt else 1.0)
            g = (float(np.clip(g, lo, hi)) + rng.uniform(-0.4, 0.4)) * dt
            pauses_t.append((t, t + g))
            t += g
            after_pause = True
            if ckpt and rng.random() < 0.25:  # the elastic agent restarts on the nodes it has
                if W == _NODES or (W > _NODES - 2 and rng.random() < 0.35):
                    w = int(rng.choice(np.nonzero(act)[0]))
                    act[w], left[w] = False, j0
                else:
                    w = int(rng.choice(np.nonzero(~act)[0]))
                    act[w] = True
                    away.append((w, left.pop(w), j0))
                stages.append((t, "world", int(act.sum())))
    end = np.concatenate(parts["end"])
    away += [(w, a, len(end)) for w, a in left.items()]
    # the nodes' gathers: jittered, some skipped (their counts land in the next interval)
    jmax = rng.uniform(0.0, 0.2, _NODES)[:, None] * dt
    gather = ts[None, :] + rng.uniform(0, 1, (_NODES, n)) * jmax
    skip = rng.random((_NODES, n)) < rng.uniform(0.002, 0.015)
    skip[:, -1] = False
    gather = np.maximum.accumulate(np.where(skip, -np.inf, gather), axis=1)
    upto = np.searchsorted(end, gather, side="right") - 1
    loss = np.where(rng.random((_NODES, n)) < rng.uniform(0.002, 0.01), rng.uniform(0.02, 0.3, (_NODES, n)), 0.0)
    return _Run(dt=dt, ts=ts, end=end, comp=np.concatenate(parts["comp"]), comm=np.concatenate(parts["comm"]),
                load=np.concatenate(parts["load"]), credit=np.concatenate(parts["credit"]).astype(float),
                away=away, upto=upto, loss=loss, pauses_t=pauses_t, stages=stages)


def _per_node(run: _Run, x: np.ndarray) -> np.ndarray:
    """Each node's running total of the per-step amounts ``x`` (the same for every node in the job) up to the
    last step its gather at each point covers: ``(nodes, n)``."""
    cz = np.concatenate([[0.0], np.cumsum(x)])  # cz[i]: the sum of x[:i]
    k = run.upto + 1
    out = cz[k]
    for w, a, z in run.away:
        out[w] -= cz[np.clip(k[w], a, z)] - cz[a]
    return out


def _counts(run: _Run, at: np.ndarray) -> np.ndarray:
    """The dashboard's images/s from each node's running count ``at`` at its gathers."""
    c = np.diff(at, axis=1, prepend=0.0)
    c -= np.floor(c * run.loss)
    return c.sum(axis=0) / run.dt


def _series(run: _Run, cum: np.ndarray, slow: np.ndarray | None = None) -> np.ndarray:
    """The series of the run whose steps are ``slow`` (>= 1) times their healthy cost (their images credited
    over the healthy step's time; ``cum``: the healthy running counts at the gathers)."""
    if slow is None or not (slow != 1.0).any():
        return _counts(run, cum)
    return _counts(run, cum - np.round(_per_node(run, run.credit * (1 - 1 / slow))))


def _slow(rng, run: _Run, kind: str, t0: float, t1: float, tr: float) -> np.ndarray:
    """Per-step slowdowns (new cost / healthy cost) of one regression over ``[t0, t1)`` (a leak ramps until
    ``tr``)."""
    s = np.ones(len(run.end))
    st = run.start
    j = slice(int(np.searchsorted(st, t0)), int(np.searchsorted(st, t1)))
    m = j.stop - j.start
    if m <= 0:
        return s
    comp, comm, load = run.comp[j], run.comm[j], run.load[j]
    base = np.maximum(comp + comm, load)
    typical = float(np.median(base))
    x = st[j] - t0
    if kind == "drop":
        cause = int(rng.choice(3, p=[0.4, 0.35, 0.25]))
        if cause == 0:  # one node's GPUs throttled: the clocks sink, then swing with the temperature
            g = rng.uniform(0.08, 0.5) * np.minimum(1, x / rng.uniform(20, 120))
            g *= 1 + 0.25 * np.sin(2 * np.pi * x / rng.uniform(120, 600) + rng.uniform(0, 2 * np.pi))
            new = np.maximum(comp * (1 + g) + comm, load)
        elif cause == 1:  # the read path degraded: the loader slower and noisier
            new = np.maximum(comp + comm, load * rng.uniform(1.3, 2.5) * np.exp(rng.normal(0, 0.1, m)))
        else:  # a NIC at a lower link speed: the all-reduce longer
            new = np.maximum(comp + comm * rng.uniform(1.8, 5.0), load)
    elif kind == "straggler":  # NCCL retries in bursts: a two-state chain, starting bad
        bad = (np.cumsum(rng.random(m) < rng.uniform(0.03, 0.2)) + 1) % 2
        wait = typical * rng.uniform(0.12, 0.9) * (1 + rng.poisson(0.4, m))
        new = base + bad * np.minimum(wait, 1.5 * typical)
    else:
        r = np.clip(x / max(tr - t0, 1e-9), 0, 1)
        o = rng.uniform(0.12, 0.6) * typical
        if rng.random() < 0.5:  # allocator fragmentation: GPU-side, hidden while the loader binds
            new = np.maximum(comp + comm + o * r ** rng.uniform(1.0, 2.0), load)
        else:  # a logging leak: host-side, serial with the step
            new = base + o * r
    s[j] = np.maximum(new / base, 1.0)
    return s


def _loss(v, h, live, lo: int, hi: int) -> tuple[float, int]:
    """``1 - sum(v) / sum(h)`` over the live points of ``[lo, hi)``, and how many there are."""
    return live_loss(v, h, live, lo, hi, guard=True)


def _draw_event(rng, run: _Run, cum, healthy, live, lo: int, hi: int, to_end: bool):
    """One regression with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end): an ``(Event,
    slow)`` pair, or None after 80 rejected draws (the kind is drawn once and kept for 50 draws)."""
    ts, n, dt = run.ts, len(run.ts), run.dt
    for kind in kind_draws(rng, _P_KIND):
        # 30 % of onsets at the end of a pause (or inside it)
        t0 = onset_time(rng, run.pauses_t, ts, lo, hi - 150, dt)
        if t0 is None:
            continue
        onset = int(np.searchsorted(ts, t0))
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        stop = event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else ts[stop]
        slow = _slow(rng, run, kind, t0, t1, ts[onset + ramp] if kind == "leak" else t1)
        v = _series(run, cum, slow)
        span = changed_span(v, healthy, onset, lo, hi, n, to_end=to_end, min_len=False)
        if span is None:
            continue
        onset, end = span
        ramp_end = onset + ramp if kind == "leak" else onset
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, ramp // 3, loss=_loss)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), slow
    return None


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, the nodes' running counts at their gathers, healthy series, pause
    spans, live mask)``."""
    run = _schedule(np.random.default_rng([seed, _SETTINGS[pauses], 21]), n, pauses)
    cum = _per_node(run, run.credit)
    healthy = _series(run, cum)
    spans = []
    for a, b in run.pauses_t:
        s, e = int(np.searchsorted(run.ts, a, side="right")), int(min(np.searchsorted(run.ts, b) + 1, n))
        if s < n and e > s:
            spans.append((s, e))
    live = live_mask(spans, n)
    return run, cum, healthy, spans, live


def make_heldout12(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One elastic vision job's images/s (eight nodes' Telegraf counts summed) with labelled regressions
    (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 3-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    check_args(pauses, n, n_events, max_events=6)
    run, cum, healthy, spans, live = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, _SETTINGS[pauses], 22])
    draw, series = partial(_draw_event, rng, run, cum, healthy, live), partial(_series, run, cum)
    values, events = regressed(rng, n, n_events, draw, np.ones(len(run.end)), series, healthy, live, _loss)
    timestamps = 1.77e9 + 86400.0 * (seed % 97) + run.ts
    return Trace(values=values, timestamps=timestamps, events=events, pauses=spans, seed=seed, healthy=healthy,
                 changes=planned_changes(run))


def planned_changes(run: _Run) -> list[int]:
    """The first points of the run's planned level changes (``Trace.changes``): each resolution step and each
    world-size change (a restart on the nodes the job has), at the first point whose interval holds a step of
    the new configuration. Read from the schedule only: no random draw, so values and events are unchanged."""
    n = len(run.ts)
    at = {int(np.searchsorted(run.ts, t, side="right")) for t, _, _ in run.stages}
    return sorted(i for i in at if i < n)


def heldout12_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT12_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout12, seeds, n, pauses)
