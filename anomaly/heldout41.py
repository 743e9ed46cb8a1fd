"""The forty-first held-out throughput family: a handwriting / scene-text OCR recogniser's training text lines/s, a
per-pod cumulative counter that the Wavefront (Aria Operations for Applications) Python SDK reports every ``I`` s
through a per-node Wavefront proxy, read back by a dashboard as
``default(0, rawsum(align(R s, mean, rate(ts(ocr.train.lines.count, job=...)))))``.

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of any branch read, and no detector run
on these traces.

Opened in the project: see "Opened" below. Public sources (found with the search tools, excerpts only): Wavefront's
``rate()`` page (the per-second rate of change between adjacent increasing values of each series; only positive
changes are returned, so a counter reset gives no point) and its "aggregate functions" page (``sum()`` and the like
interpolate the series first; the raw functions such as ``rawsum()`` do not). Assumed without checking: that a
zero change (a frozen counter during an evaluation) gives a rate of 0 rather than no point; that ``align(R, mean)``
puts each rate point into the bucket of its timestamp and averages them; that points are stamped in whole seconds by
the reporter; that a proxy's outage (about one a 30 h per node proxy, 1-6 min) makes its points miss the dashboard's
read of those buckets and of the rates that follow them for good (the rate after the gap spans it); that ``default(0,
...)`` fills an empty bucket with 0; that the pods of the PyTorchJob keep their names (one series a pod) over restarts;
that the SDK sends the counter's cumulative value (not a delta) every ``I`` s; that a regression outlives a restart
that falls inside it (the gang is re-admitted onto the same nodes); and everything about the job and the cluster.

What is modelled
----------------
A CRNN / TrOCR-style multilingual text-line recogniser trained with DDP on a Kubernetes cluster under Volcano gang
scheduling: ``P`` pods (4, 6 or 8; started on 4 or 6) of 8 GPUs each, ``8 b`` text lines a pod and step (``b`` 48 or
64). A step costs about 0.28-0.42 s (+4 % for each two pods over four). Evaluations (character error rate on a
held-out set) every 160-400 points of training, every third also a checkpoint, are pauses: the process lives on, its
counter frozen. A preemption by a higher-priority job (Poisson, mean 2 a run) kills the gang; Volcano re-admits it
after a pause, in 40 % of re-admissions with another pod count (listed). In 55 % of runs, at 35-60 % of the run, the
curriculum switches to the long-line stage (whole paragraphs of synthetic handwriting, the step 1.2-1.45x dearer):
a checkpoint, a relaunch (listed). A pause's length ``L`` is drawn in points (an evaluation in the lower 60 % of the
setting's range, a checkpoint in the upper 70 %, a re-admission or a stage switch in the upper 55 %); it starts at
``a`` and ends inside bucket ``a // R + L - 1``, at least ``I + 6`` s before that bucket closes, so its span is ``L``
buckets and the first rate point after it holds no paused second.

Each pod's reporter stamps its counter (lines since its process started) every ``I`` s (10 or 15) from a phase of its
own, 0-3 s late (the reporter thread waits for the GIL); ``rate()`` gives ``B dV / dt`` per pod at each point, the
point after a restart (the counter fell) gives none, ``align`` averages a pod's rate points per bucket of ``R`` s (30
or 60) and ``rawsum`` adds the pods (no interpolation). A pause's middle reads 0.

Healthy behaviour (none of it labelled): the log step cost drifts as an Ornstein-Uhlenbeck path (sd 1-2.5 %,
correlation 1-5 h); a daily swing of the shared Lustre file system (1-3 %); a per-language block (the data loader
walks the languages in blocks of 15-60 min, each 0.95-1.06x: scripts differ in line width); per second a Laplace log
cost (scale 0.6-1.4 %) and, on 0.3-0.8 % of seconds, a padded batch of unusually long lines costing ``1 + 0.15 x``
(``x`` Pareto with index 2.2, at most 4x); after a process start ``1 + A exp(-t / tau)`` (``A`` 0.4-1.0, ``tau``
40-150 s: cuDNN autotuning, the page cache), after an evaluation ``1 + 0.06 exp(-t / 45 s)`` (loader workers
re-forked). Collection: the reporters' phases and lateness, proxy outages (one pod missing from a few buckets).
Listed in ``changes`` (the first point after the pause span they follow): stage switches and pod-count changes.

Labelled regressions divide the per-second step rate by ``1 + a w(t)`` over their seconds; the counter is made of
whole steps, and after a regression it runs a whole number of steps below the healthy one, so every later rate
point, and ``healthy``, equal the values outside the events. ``drop`` (one node's InfiniBand port falls back to a
lower link speed, the all-reduce slows: ramps in over 5-20 s, then holds, with a link retrain every 3-10 min doubling
``w`` for 5-20 s; 150-1400 points or to the end), ``straggler`` (a noisy neighbour on one node, its loaders CFS-
throttled in bursts: on-phases exponential of mean 30-90 s at full weight, off-phases exponential of mean 40-150 s
at 0.1; 80-500 points), ``leak`` (the text-rendering augmentation's font-glyph cache grows, garbage collection passes
lengthen: ``w = x ** p``, ``p`` 0.7-2.5, over a 250-1500 point ramp, then 80-600 points held). Placement:
``heldout_common.event_slots`` (from point 600 at n=6000) through ``heldout_common.regressed_kinds``; ``a`` by
bisection (0-4, 16 steps) to a per-second loss of 9-32 % (drop), 10-30 % (straggler) or 12-32 % (leak, over its
plateau) over the event's live seconds; 35 % of draws start in the last 60 % of a pause or up to 3 buckets after it.
An event is kept where ``heldout_common.shown_depth`` allows and it holds no listed change (80 draws a slot at most).

Counts over ``heldout41_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      10    11         10    0.086-0.303  12              6-22 (257 spans, 0 >60)      3
long      31      11    11         9     0.098-0.295  15              30-109 (216 spans, 119 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 14 (5 stage switches, 9 pod-count changes), long 10 (4 stage switches, 6 pod-count
changes). Per setting's 12 runs (short / long): buckets of 30, 60 s in 7/5 and 2/10; a report every 10, 15 s in 5/7
and 10/2; 17 and 20 preemptions simulated; 1313208 and 1869094 points reported (one a pod and report), of which 2371
and 3251 missed the read in 167 and 192 proxy outages. Generating both settings takes about 3 s.

Opened
------
``/work/HELPERS.md``; ``anomaly/heldout_common.py`` (all) and ``tests/trace_checks.py`` (all); ``anomaly/traces.py``
lines 1-80; ``anomaly/heldout40.py`` lines 1-110 and its ``heldout40_set``, and ``tests/test_anomaly_heldout40.py``
(as a model of the API, docstring and tests only); lines 1-3 of ``anomaly/heldout.py`` and ``anomaly/heldout3.py``
.. ``heldout40.py`` (to take another job and another collection path: none is an OCR model or Wavefront);
``tests/test_architecture.py`` lines 1-110. Nothing else.

Usage::

    from anomaly.heldout41 import heldout41_set
    for trace in heldout41_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT41_SEEDS = tuple(range(412000, 412012))
_SPANS = {"short": (6, 22), "long": (30, 110)}  # pause span points
_P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak for a fourth event
_T0 = 1735689600  # the unix time of bucket 0 (a multiple of 60 s)
_GPUS = 8
_CODE = 41


@dataclass
class _Run:
    """A simulated run: ``rate`` the step rate per second (0 when paused or down), its processes ``procs`` (start,
    end s, pods), pauses ``pauses_t`` (start, end s, kind), the reports ``rep`` (second, pod, process), which of them
    missed the read (``miss``), spans, changes and counts."""

    n: int
    R: int
    I: int
    B: int
    rate: np.ndarray
    procs: list = field(default_factory=list)
    pauses_t: list = field(default_factory=list)
    rep: np.ndarray | None = None
    miss: np.ndarray | None = None
    spans: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def _pause_len(rng, setting: str, kind: str) -> int:
    """A pause's span in points: an evaluation in the lower 60 % of the setting's range, a checkpoint in the upper
    70 %, a re-admission or a stage switch in the upper 55 %."""
    lo, hi = _SPANS[setting]
    f0, f1 = {"eval": (0.0, 0.6), "ckpt": (0.3, 1.0)}.get(kind, (0.45, 1.0))
    return int(rng.integers(lo + round(f0 * (hi - lo)), lo + round(f1 * (hi - lo)) + 1))


def _timeline(rng, n: int, setting: str, R: int, I: int):
    """The pauses ``(a, b, kind)`` (s) and processes ``(start, end, pods)`` of a run of ``n`` buckets of ``R`` s."""
    T = n * R
    pods = int(rng.choice([4, 6]))
    pre = list(np.cumsum(rng.exponential(T / 2, 6)))
    stage_t = rng.uniform(0.35, 0.6) * T if rng.random() < 0.55 else np.inf
    t, n_eval, start = 0.0, 0, 0.0
    next_eval = rng.uniform(160, 400) * R
    pauses, procs = [], []
    while True:
        cand = {"eval": next_eval, "restart": pre[0] if pre else np.inf, "stage": stage_t}
        kind = min(cand, key=cand.get)
        a = float(max(cand[kind], t + 3 * R))
        if a >= T:
            break
        if kind == "eval":
            n_eval += 1
            kind = "ckpt" if n_eval % 3 == 0 else "eval"
        L = _pause_len(rng, setting, kind)
        sb = int(a // R)
        b = (sb + L - 1) * R + float(rng.uniform(0, R - I - 6))
        pauses.append((a, b, kind))
        if kind in ("restart", "stage"):
            procs.append((start, a, pods))
            if kind == "restart":
                pre.pop(0)
                if rng.random() < 0.4:
                    pods = int(rng.choice([p for p in (4, 6, 8) if p != pods]))
            else:
                stage_t = np.inf
            start = b
        next_eval = b + rng.uniform(160, 400) * R
        t = b
    procs.append((start, float(T), pods))
    return pauses, procs


def _cost(rng, T: int, pauses, procs, c0: float, stage: tuple[float, float]) -> np.ndarray:
    """The healthy step cost (s) of each second."""
    t = np.arange(T, dtype=float)
    tau = rng.uniform(3600, 18000)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.025), tau)
    drift = np.exp(np.interp(t, np.arange(len(ou)) * 60.0, ou))
    day = 1 + rng.uniform(0.01, 0.03) * np.sin(2 * np.pi * t / 86400 + rng.uniform(0, 6.3))
    edges = np.cumsum(rng.uniform(900, 3600, int(T / 900) + 2))
    lang = rng.uniform(0.95, 1.06, len(edges) + 1)[np.searchsorted(edges, t)]
    jit = np.exp(rng.laplace(0, rng.uniform(0.006, 0.014), T))
    long_b = rng.random(T) < rng.uniform(0.003, 0.008)
    jit[long_b] *= np.minimum(1 + 0.15 * (rng.pareto(2.2, int(long_b.sum())) + 1), 4.0)
    cost = c0 * drift * day * lang * jit
    for s, e, pods in procs:  # warm-up after each start; the pod count's all-reduce share
        i0, i1 = int(s), min(T, int(np.ceil(e)))
        x = t[i0:i1] - s
        cost[i0:i1] *= (1 + rng.uniform(0.4, 1.0) * np.exp(-x / rng.uniform(40, 150))) * (1 + 0.04 * (pods - 4) / 2)
    if stage[0] < T:
        cost[int(stage[0]):] *= stage[1]
    for a, b, kind in pauses:
        if kind in ("eval", "ckpt"):
            i0 = min(T, int(np.ceil(b)))
            cost[i0:i0 + 400] *= 1 + 0.06 * np.exp(-(t[i0:i0 + 400] - b) / 45.0)
    return cost


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run: its timeline, per-second step rate and the pods' reports."""
    R, I = int(rng.choice([30, 60])), int(rng.choice([10, 15]))
    B = _GPUS * int(rng.choice([48, 64]))
    T = n * R
    pauses, procs = _timeline(rng, n, setting, R, I)
    st = next((b for a, b, k in pauses if k == "stage"), np.inf)
    cost = _cost(rng, T, pauses, procs, rng.uniform(0.28, 0.42), (st, rng.uniform(1.2, 1.45)))
    rate = 1 / cost
    for a, b, _ in pauses:  # no steps while paused (the first and last second partly)
        i0, i1 = int(a), min(T, int(b))
        rate[i0:i1 + 1 if i1 < T else T] = 0
        if i0 < T:
            rate[i0] = (1 / cost[i0]) * (a - i0)
        if i1 < T:
            rate[i1] = (1 / cost[i1]) * (i1 + 1 - b)
    run = _Run(n=n, R=R, I=I, B=B, rate=rate, procs=procs, pauses_t=pauses)
    reps = []
    for p, (s, e, pods) in enumerate(procs):
        for j in range(pods):
            k = np.arange(int((e - s) / I) + 1)
            r = np.ceil(s) + rng.integers(1, I + 1) + k * I + np.minimum(rng.geometric(0.7, len(k)) - 1, 3)
            r = r[r < min(e, T)]
            reps.append(np.stack([r, np.full(len(r), j), np.full(len(r), p)], 1))
    run.rep = np.concatenate(reps).astype(np.int64)
    miss = np.zeros(len(run.rep), bool)
    top = max(p for *_, p in procs)
    n_out = rng.poisson(T / 108000 * top)
    for _ in range(n_out):  # a node's proxy down: that pod's points miss the read
        t0, j = rng.uniform(0, T), int(rng.integers(top))
        miss |= (run.rep[:, 1] == j) & (run.rep[:, 0] >= t0) & (run.rep[:, 0] < t0 + rng.uniform(60, 360))
    run.miss = miss
    run.stats = {"sent": int(len(miss)), "missed": int(miss.sum()), "outages": int(n_out)}
    return run


def _counter(run: _Run, mods=()) -> np.ndarray:
    """The whole steps done by the end of each second, with the regressions ``mods`` ``(t0, t1, w, a)``: a step rate
    divided by ``1 + a w``; after each the count runs a whole number of steps below the healthy one."""
    h = np.floor(np.cumsum(run.rate))
    v = h.copy()
    for t0, t1, w, a in sorted(mods, key=lambda m: m[0]):
        base = v[t0 - 1] if t0 > 0 else 0.0
        v[t0:t1] = np.floor(base + np.cumsum(run.rate[t0:t1] / (1 + a * w)))
        if t1 < len(v):
            v[t1:] = h[t1:] - (h[t1 - 1] - v[t1 - 1])
    return v


def _series(run: _Run, mods=()) -> np.ndarray:
    """``rawsum(align(R, mean, rate(counter)))`` per bucket, 0 where no pod has a point."""
    v = _counter(run, mods)
    rep = run.rep[~run.miss]
    starts = np.array([int(np.ceil(s)) for s, _, _ in run.procs])
    cnt = run.B * (v[rep[:, 0]] - v[np.maximum(starts[rep[:, 2]] - 1, 0)] * (starts[rep[:, 2]] > 0))
    out = np.zeros(run.n)
    for j in range(8):
        m = rep[:, 1] == j
        if m.sum() < 2:
            continue
        tj, cj = rep[m, 0], cnt[m]
        order = np.argsort(tj, kind="stable")
        tj, cj = tj[order], cj[order]
        d, dt = np.diff(cj), np.diff(tj)
        ok = (d >= 0) & (dt > 0)  # a counter reset gives no rate
        r, b = d[ok] / dt[ok], tj[1:][ok] // run.R
        inb = b < run.n
        s = np.bincount(b[inb], r[inb], run.n)
        c = np.bincount(b[inb], minlength=run.n)
        out += np.where(c > 0, s / np.maximum(c, 1), 0.0)
    return out


def _weight(rng, kind: str, T: int, ramp: int) -> np.ndarray:
    """A regression's weight over its ``T`` seconds (``ramp`` s: a leak's ramp)."""
    x = np.arange(T, dtype=float)
    if kind == "drop":  # a slower link, retrained now and then
        w = np.minimum(1, x / rng.uniform(5, 20))
        t = rng.uniform(180, 600)
        while t < T:
            d = rng.uniform(5, 20)
            w[int(t):int(t + d)] *= 2
            t += d + rng.uniform(180, 600)
        return w
    if kind == "straggler":  # CFS throttling in bursts
        w, t, on = np.full(T, 0.1), 0.0, True
        m_on, m_off = rng.uniform(30, 90), rng.uniform(40, 150)
        while t < T:
            d = rng.exponential(m_on if on else m_off) + 1
            if on:
                w[int(t):int(t + d)] = 1.0
            t, on = t + d, not on
        return w
    return np.minimum(1, x / ramp) ** rng.uniform(0.7, 2.5)


def _calibrate(run: _Run, live_s: np.ndarray, t0: int, t1: int, w: np.ndarray, c0: int, target: float):
    """``a`` (bisection on 0-4) whose per-second loss over the live seconds of ``[c0, t1)`` is ``target``."""
    r, lv = run.rate[c0:t1], live_s[c0:t1]
    hs = r[lv].sum()
    if hs <= 0:
        return None
    ww = w[c0 - t0:]

    def loss(a):
        return 1 - (r / (1 + a * ww))[lv].sum() / hs

    if loss(4.0) < target:
        return None
    lo, hi = 0.0, 4.0
    for _ in range(16):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if loss(mid) < target else (lo, mid)
    return 0.5 * (lo + hi)


def _draw(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in slot ``[lo, hi)``: an ``(Event, mod)`` pair, or None."""
    n, R = run.n, run.R
    live_s = np.repeat(live, R)
    for kind in hc.kind_draws(rng, _P_KIND, want):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * R <= a and b < last * R]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.4 * (b - a), b + 3 * R)
        else:
            t0 = rng.uniform(lo * R, last * R)
        onset = int(t0 // R)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t0, t1 = int(t0), n * R if to_end else stop * R
        w = _weight(rng, kind, t1 - t0, ramp * R)
        target = {"drop": rng.uniform(0.09, 0.32),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        c0 = t0 if kind != "leak" else min(t1 - 60, t0 + int(0.9 * ramp * R))
        a = _calibrate(run, live_s, t0, t1, w, c0, target)
        if a is None:
            continue
        mod = (t0, t1, w, a)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min((t0 + ramp * R) // R, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of a seed's healthy run."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], _CODE]), n, setting)
    R = run.R
    spans = []
    for a, b, kind in run.pauses_t:
        s, e = int(a // R), min(n, int(b // R) + 1)
        if s < n:
            spans.append((s, e))
            if kind in ("restart", "stage") and e < n:
                k = len(spans) - 1
                p = sum(kk in ("restart", "stage") for _, _, kk in run.pauses_t[:k + 1])
                if kind == "stage" or run.procs[p][2] != run.procs[p - 1][2]:
                    run.changes.append(e)
                    run.change_kind.append("stage" if kind == "stage" else "pods")
    run.spans = spans
    healthy = _series(run)
    return run, healthy, spans, hc.live_mask(spans, n), list(run.changes)


def make_heldout41(seed: int, n: int = 6000, setting: str = "short", n_events: int | None = None,
                   pauses: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``): ``setting`` (or ``pauses``) "short" or "long", ``n``
    points (>= 2000), ``n_events`` regressions (None: 3 or 4; at most 6)."""
    setting = pauses or setting
    hc.check_args(setting, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, setting)
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], _CODE, 1])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, _P_KIND, changes, lambda mods: _series(run, mods),
                                        healthy, live)
    ts = _T0 + np.arange(n, dtype=float) * run.R
    return Trace(values=values, timestamps=ts, events=events, pauses=spans, seed=seed, healthy=healthy,
                 changes=changes)


def heldout41_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT41_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed (the 12 of ``HELDOUT41_SEEDS`` unless
    told); every fourth is clean."""
    return hc.every_fourth_clean(make_heldout41, seeds, n, pauses)
