"""The fifty-first held-out throughput family: a computational-pathology tile encoder's (DINOv2-style self-supervised
ViT on whole-slide images) training tiles/s, a per-pod Prometheus counter scraped by Prometheus, served as a ``rate()``
by prometheus-adapter through the Kubernetes custom metrics API and read by an HPA-style poller with ``kubectl get
--raw /apis/custom.metrics.k8s.io/v1beta1/namespaces/<ns>/pods/*/tiles_per_second?labelSelector=...``.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): prometheus-adapter's README (pkg.go.dev and a fork's
copy: ``--metrics-relist-interval`` is how often the adapter refreshes its cache of available series, and it lists only
series that exist between now and the last discovery query, so the interval should be at least the scrape interval)
and its ``docs/config.md`` (discovery ``seriesQuery``, association of the ``pod`` / ``namespace`` labels, naming,
``metricsQuery`` with ``<<.LabelMatchers>>`` / ``<<.GroupBy>>``); a configuration page (segmentfault) with
``--metrics-relist-interval=1m`` and ``sum(rate(x{<<.LabelMatchers>>}[5m])) by (<<.GroupBy>>)``; prometheus-adapter
issues #325 (the custom metrics resource list empty now and then with a relist interval equal to the scrape interval),
#77 (a ``MetricValueList`` answer: one item per pod, values as quantities such as ``850m``), #532 (a metric in
Prometheus but not yet in the custom metrics API); the PromQL ``rate()`` reference (promql-langserver's copy:
per-second average increase, extrapolated to the ends of the range) and the opening lines of Prometheus'
``extrapolatedRate`` and FiloDB's port of it (at least two samples; extrapolates where the first / last sample is close
to the window's edge); Robust Perception's "What range should I use with rate()?" (a range of at least 4 scrape
intervals). Assumed without checking (from memory, the excerpts stopped before it): the extrapolation rule itself (to
an edge when the gap is under 1.1 times the average sample interval, else half an interval; a counter not extrapolated
below zero). Assumed without checking: that the adapter resolves the label
selector to the pods the Kubernetes API lists (a Terminating pod still listed for its grace period) and answers only
pods with two samples in the window; that a metric whose series saw no sample in the last relist interval leaves
discovery until a relist sees one (the poller reads nothing, shown as 0); that a failed API call leaves the
dashboard repeating its last value; that the HPA-style poller's "avg" is the mean of the items it got; everything
about the job (no DINOv2 or pathology recipe was read: the numbers are my picture).

What is modelled
----------------
A DINOv2-style ViT pre-trained on tiles cut on the fly from whole-slide images (an OpenSlide-like reader with a tile
cache), one pod per eight-GPU node, ``N`` (2, 4, 6 or 8) nodes, ``bpg`` (32, 48 or 64) tiles per GPU per step. A step
costs the soft maximum of a GPU part ``g0 (1 + 0.05 log2 N)`` (``g0`` 0.35-0.8 s) and a slide-reading part ``c0 (1 +
miss)`` (``c0 / g0`` 0.55-1.0), plus 4 ms per node. Drifts: GPU OU on the log (sd 0.5-1.5 %, 1-4 h), reader OU (sd 1-3
%, 0.5-3 h); per-second Student-t(4) jitter (sd 2-5 %, AR(1) 0.5-0.85, clipped at 35 %); loader stalls (a slide opened
cold): gaps of mean 40-200 s, lengths of mean 1-6 s, the rate down to 10-40 %; shard rotations every 40-120 min (the
sampler opens a new shard of slides: ``miss`` jumps by 0.5-1.5 and decays over 2-10 min; unlisted). After a launch or a
requeue the rate rises as ``f + (1 - f)(1 - exp(-x / tau))`` (``f`` 0.25-0.6, ``tau`` 90-400 s); after a validation the
DataLoader workers respawn (a 15-40 % dip decaying in 10-40 s).

Pauses: a validation (short: patch-level kNN / linear probe, 60-420 s, median 120-240 s, log-normal sd 0.35, every 30-90
min; long: slide-level probe with feature extraction over a slide set, 900-4200 s, median 1500-2700 s, every 80-160
min), every 2nd-4th also a checkpoint (short 40-150 s more, long 150-600 s). Requeues: Poisson (1.2 a run) from the
first hour, 45 min apart at least, pauses of 240-1200 s (long 600-2400 s); the new pods start 60-200 s before the job
resumes; half onto other nodes (listed): another node count (half of those in the "sum" runs) or another node generation
(GPU part 0.6-0.75x or 1.35-1.7x, the reader that to the power 0.8). In half the runs the high-resolution stage (GPU
part 3.2x, reader 1.3x) starts at the first checkpoint after 70-85 % of the run (listed). A point is paused where its
rate window (``W`` and a scrape interval before it) overlaps a pause by over 1 s; after a requeue until the new pods
have two samples after the resume and a relist has seen them; spans under 4 points apart are one.

Collection: each pod's counter ``tiles_total`` counts its whole steps' tiles from 0; Prometheus scrapes every ``S``
(15 or 30 s; each pod its own phase, 50 ms jitter, 0.05-0.4 % of scrapes lost); the adapter's ``metricsQuery`` is
``sum(rate(tiles_total{<<.LabelMatchers>>}[W])) by (pod)`` (``W`` 1, 2 or 5 min at 15 s scrapes, 2, 3 or 5 min at 30
s), Prometheus' extrapolated rate, each value a milli-unit quantity; the relist interval ``R`` is 1, 5 or 10 min (own
phase). The poller ticks every ``P`` (15 or 30 s; the point's timestamp), its request reaching Prometheus 0.2-2 s
later (0.2 s jitter); it sums the items (65 % of runs: the job's tiles/s) or averages them (35 %: per pod); 0.1-0.6 %
of calls fail (the last value repeats); a deleted pod stays listed 5-30 s.

Labelled regressions multiply each second's step rate by ``1 / (1 + a w(t))``: ``drop`` (a co-scheduled job takes the
decode cores: ramps in over 5-40 s, wobbles up to 4 %), ``straggler`` (one node's reads from a slow storage shard hold
the all-reduce: bursts of mean 30-120 s at 1, gaps of mean 60-300 s at 0.15), ``leak`` (the tile cache's memory
fragments and it evicts more and more: ``w = u ** p``, ``p`` 0.7-2.2, over a ramp of 250-1500 points, then held).
Placement: ``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots``; ``a`` by bisection (0-4) on the lost
share of the training seconds to 9-28 % (drop), 10-28 % (straggler) or 12-32 % (a leak from 80 % of its ramp on); 30 %
of draws start in the last 70 % of a pause or up to 2 ticks after it (``onset_time``); none starts within 400 s after a
requeue's resume and one that reaches a requeue ends there; kept where ``changed_span`` and ``shown_depth`` allow, it
covers 600 s or more, and no listed change lies inside (80 draws: 60 of the slot's kind, then any). The lost steps are
rounded to a whole number, so the counters rejoin the healthy run's phase afterwards.

Counts over ``heldout51_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      9     11         11    0.076-0.265  14              6-121 (444 spans, 3 >60)     3
long      29      9     9          11    0.078-0.259  9               35-348 (150 spans, 127 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out (short 2, long 3). ``changes``: short 11 (4 stage switches, 7 requeues onto other nodes), long 14 (5 stage switches,
9 requeues onto other nodes). Per setting's 12 runs (short / long): 11 and 15 requeues; 354 and 309 shard rotations; 246
and 280 failed API calls. Paused share of the points: 7.4-14.1 % (mean 11.1 %) short, 20.0-31.3 % (mean 25.8 %) long.
The healthy series' median absolute step of log over steady live points (10 after a span left out): 0.2-1.8 % (short),
0.1-2.2 % (long); median live level 539-5703 (short), 252-7356 (long) (tiles/s, per pod in the "avg" runs); live points
read as 0: none. Generating both settings takes about 4 s.

Changes after the first measurement (before the table): the lost steps were not whole, so the counters' fractional
phase moved and every point after a regression differed from the healthy run (now rounded); the stage switch took
effect only at the next requeue (now at its checkpoint); the healthy step of log was 0.1-1.0 % (added the loader
stalls); one long trace lacked a leak (80 draws, 60 of the slot's kind, instead of 60 and 40).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout50.py`` lines 1-110, its ``make_heldout50`` / ``heldout50_set``
(lines 486-497) and, a slip, lines 111-143 (its imports, constants and ``Run`` dataclass); ``grep -n`` of its ``def``
lines (names only); ``tests/test_anomaly_heldout50.py`` (all); ``anomaly/heldout_common.py`` (all; the terminal
truncated about 90 lines of its middle); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; the first
3 lines of every ``anomaly/heldout*.py`` (printed for all; the terminal showed the last 60 lines, generators 42-50,
5-9 and ``heldout_common.py``; a ``grep`` of all of them for "adapter", "custom metrics", "pathology" and "slide"
found only this file); ``tests/test_architecture.py`` lines 1-110.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT51_SEEDS = tuple(range(512000, 512012))
CODE = 51
T0 = 1769904000.0  # 2026-02-01 00:00 UTC, a multiple of 15 and 30 s
LEAD = 1800.0  # the job is launched this long before the trace's first point
# pause lengths (s): lo, hi, median lo, median hi
EVAL = {"short": (60.0, 420.0, 120.0, 240.0), "long": (900.0, 4200.0, 1500.0, 2700.0)}
CKPT = {"short": (40.0, 150.0), "long": (150.0, 600.0)}
REQUEUE = {"short": (240.0, 1200.0), "long": (600.0, 2400.0)}
EVAL_GAP = {"short": (1800.0, 5400.0), "long": (4800.0, 9600.0)}


@dataclass
class Run:
    n: int
    dt: float
    T: float  # seconds simulated (from -LEAD)
    pauses_t: list = field(default_factory=list)  # (t0, t1, kind), trace seconds
    lives: list = field(default_factory=list)  # (pod start, resume, stop, nodes, stage, hw)
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    col: dict = field(default_factory=dict)
    rate: np.ndarray | None = None  # healthy steps/s per second from -LEAD
    tps: np.ndarray | None = None  # tiles per step per pod, per second


def _lognorm(rng, lo, hi, mlo, mhi, sd=0.35):
    return float(np.clip(rng.uniform(mlo, mhi) * np.exp(rng.normal(0, sd)), lo, hi))


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline (pauses, requeues, stage switch) and its healthy per-second step rate."""
    P = float(rng.choice([15.0, 30.0], p=[0.6, 0.4]))
    run = Run(n=n, dt=P, T=n * P + LEAD + 600.0)
    st = run.stats
    st.update(N=int(rng.choice([2, 4, 6, 8])), bpg=int(rng.choice([32, 48, 64])), g0=rng.uniform(0.35, 0.8),
              io=rng.uniform(0.55, 1.0), mode=str(rng.choice(["sum", "avg"], p=[0.65, 0.35])),
              stage_at=rng.uniform(0.7, 0.85) if rng.random() < 0.5 else None, requeues=0, rotations=0,
              stage_t=np.inf)
    st["c0"] = st["g0"] * st["io"]
    end = n * P
    # requeues: Poisson (1.2 a run), from the first hour on, 45 min apart at least
    re_t = sorted(rng.uniform(3600.0, end - 600.0, rng.poisson(1.2)))
    re_t = [t for k, t in enumerate(re_t) if k == 0 or t - re_t[k - 1] > 2700.0]
    t, ri, n_eval, ck_every = 300.0, 0, 0, int(rng.integers(2, 5))
    nodes, hw, stage = st["N"], 1.0, 0
    pod0 = -LEAD
    resume = -LEAD
    lives = []
    while t < end:
        gap = rng.uniform(*EVAL_GAP[setting])
        nxt = t + gap
        if ri < len(re_t) and re_t[ri] < nxt:
            a = max(re_t[ri], t + 300.0)
            ri += 1
            dur = rng.uniform(*REQUEUE[setting])
            b = a + dur
            lives.append((pod0, resume, a, nodes, stage, hw))
            run.pauses_t.append((a, b, "requeue"))
            st["requeues"] += 1
            u = rng.random()
            if u < 0.5:  # onto other nodes: another node count (sum mode) or another node generation
                if st["mode"] == "sum" and rng.random() < 0.5:
                    nodes = int(rng.choice([k for k in (2, 4, 6, 8) if k != nodes]))
                    kind = "world"
                else:
                    hw = hw * float(rng.choice([rng.uniform(0.6, 0.75), rng.uniform(1.35, 1.7)]))
                    kind = "hardware"
                if b < end:
                    run.known_t.append(b)
                    run.known_kind.append(kind)
            pod0 = b - rng.uniform(60.0, min(200.0, 0.8 * dur))  # new pods: image pull, NCCL init, slide index
            resume = b
            t = b
            continue
        a = nxt
        n_eval += 1
        ck = n_eval % ck_every == 0
        dur = _lognorm(rng, *EVAL[setting])
        if ck:
            dur += rng.uniform(*CKPT[setting])
        b = a + dur
        run.pauses_t.append((a, b, "ckpt" if ck else "eval"))
        if ck and stage == 0 and st["stage_at"] is not None and a > st["stage_at"] * end:
            stage = 1
            st["stage_t"] = b
            if b < end:
                run.known_t.append(b)
                run.known_kind.append("stage")
        t = b
    lives.append((pod0, resume, np.inf, nodes, stage, hw))
    run.lives = lives
    run.stats["requeues"] = st["requeues"]
    _rate(rng, run)
    _collection(rng, run)
    return run


def _rate(rng, run: Run) -> None:
    """The healthy step rate per second of ``[-LEAD, T - LEAD)``: a soft maximum of a GPU and a slide-reading part,
    their slow drifts, the tile cache's cold phases after a shard rotation, per-second jitter, warm-ups."""
    st = run.stats
    m = int(run.T)
    ts = np.arange(m) - LEAD
    og = np.repeat(hc.ou_path(rng, run.T, rng.uniform(0.005, 0.015), rng.uniform(3600, 14400)), 60)[:m]
    oc = np.repeat(hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800)), 60)[:m]
    # shard rotations: every 40-120 min the sampler opens a new shard of slides; the tile cache starts cold
    miss = np.zeros(m)
    t = rng.uniform(1200, 4800)
    while t < run.T - LEAD:
        k = int(t + LEAD)
        amp, tau = rng.uniform(0.5, 1.5), rng.uniform(120, 600)
        x = np.arange(m - k)
        miss[k:] += amp * np.exp(-x / tau)
        st["rotations"] += 1
        t += rng.uniform(2400, 7200)
    nu = 4
    sd = rng.uniform(0.02, 0.05)
    e = rng.standard_t(nu, m) * sd / np.sqrt(nu / (nu - 2))
    phi = rng.uniform(0.5, 0.85)
    jit = np.empty(m)
    jit[0] = e[0]
    for i in range(1, m):
        jit[i] = phi * jit[i - 1] + e[i]
    jit = np.clip(jit * np.sqrt(1 - phi * phi), -0.35, 0.35)
    # loader stalls: a slide opened cold (its header, tile index and first tiles read from the shared file system)
    # holds the prefetch queue: one every 40-200 s, 1-6 s mean, the step rate down to 10-40 % meanwhile
    k = int(rng.uniform(0, 100))
    gap, mean_len, floor = rng.uniform(40, 200), rng.uniform(1, 6), rng.uniform(0.1, 0.4)
    while k < m:
        d = int(rng.exponential(mean_len)) + 1
        jit[k:k + d] += np.log(floor)
        k += d + int(rng.exponential(gap)) + 1
    rate = np.zeros(m)
    tps = np.zeros(m)
    for pod0, resume, stop, nodes, stage, hw in run.lives:
        k0, k1 = int(resume + LEAD), int(min(stop + LEAD, m))
        sl = slice(k0, k1)
        hi_res = ts[sl] >= st["stage_t"]  # the high-resolution stage: larger global crops, larger reads
        g = st["g0"] * (1 + 0.05 * np.log2(nodes)) * np.where(hi_res, 3.2, 1.0) * hw * np.exp(og[sl])
        c = st["c0"] * np.where(hi_res, 1.3, 1.0) * hw ** 0.8 * (1 + miss[sl]) * np.exp(oc[sl])
        step = hc.smax(g, c) + 0.004 * nodes
        x = np.arange(k1 - k0)
        f = rng.uniform(0.25, 0.6)
        warm = f + (1 - f) * (1 - np.exp(-x / rng.uniform(90, 400)))
        rate[sl] = warm * np.exp(jit[sl]) / step
        tps[sl] = 8 * st["bpg"]
    for a, b, kind in run.pauses_t:  # no steps in a pause; the DataLoader workers respawn after it
        ka, kb = int(a + LEAD), int(min(b + LEAD, m))
        rate[ka:kb] = 0.0
        if kind != "requeue" and kb < m:
            x = np.arange(min(120, m - kb))
            rate[kb:kb + len(x)] *= 1 - rng.uniform(0.15, 0.4) * np.exp(-x / rng.uniform(10, 40))
    run.rate, run.tps = rate, tps


def _collection(rng, run: Run) -> None:
    """The scrape, adapter and poller settings, and each pod's scrape times."""
    c = run.col
    S = float(rng.choice([15.0, 30.0]))
    c["S"] = S
    c["W"] = float(rng.choice([60.0, 120.0, 300.0] if S == 15.0 else [120.0, 180.0, 300.0]))
    c["R"] = float(rng.choice([60.0, 300.0, 600.0], p=[0.4, 0.3, 0.3]))  # --metrics-relist-interval
    c["r0"] = rng.uniform(0, c["R"])
    c["lat"] = rng.uniform(0.2, 2.0)  # the poller's request reaches Prometheus this long after its tick
    c["fail"] = rng.uniform(0.001, 0.006)  # the API call fails: the dashboard repeats its last value
    c["miss"] = rng.uniform(0.0005, 0.004)  # a failed scrape
    c["grace"] = rng.uniform(5.0, 30.0)  # a deleted pod still listed (Terminating)
    pods = []
    for pod0, resume, stop, nodes, stage, hw in run.lives:
        end = min(stop + c["grace"], run.T - LEAD)
        for _ in range(nodes):
            first = pod0 + rng.uniform(5.0, 20.0) + rng.uniform(0, S)
            st = np.arange(first, end, S) + rng.normal(0, 0.05, len(np.arange(first, end, S)))
            st = st[rng.random(len(st)) >= c["miss"]]
            pods.append((pod0, stop, st))
    c["pods"] = pods
    c["fails"] = rng.random(run.n) < c["fail"]
    c["jit"] = rng.normal(0, 0.2, run.n)


def _values(run: Run, rate: np.ndarray, lostc: np.ndarray | None = None) -> np.ndarray:
    """What the poller reads at each tick: per pod the adapter's ``rate(tiles_total{pod=...}[W])`` (Prometheus'
    extrapolated rate, milli-unit quantities), for the pods the Kubernetes API lists and the metric the adapter has
    discovered; summed or averaged; a failed call repeats the last value."""
    c, n, P = run.col, run.n, run.dt
    q = np.arange(n) * P + c["lat"] + c["jit"]
    W = c["W"]
    steps = np.concatenate([[0.0], np.cumsum(rate)])
    if lostc is not None:  # whole steps lost: the counter's fractional phase is the healthy run's afterwards
        steps = steps - lostc
    tiles = np.floor(steps) * 8 * run.stats["bpg"]  # each pod counts its own tiles: in step with the others
    allst = np.sort(np.concatenate([p[2] for p in c["pods"]]))
    # discovery: the metric is listed at q when a relist at or before q saw a sample in the relist window before it
    rl = c["r0"] + np.floor((q - c["r0"]) / c["R"]) * c["R"]
    i1 = np.searchsorted(allst, rl, "right")
    i0 = np.searchsorted(allst, rl - c["R"], "left")
    known = i1 > i0
    tot = np.zeros(n)
    cnt = np.zeros(n)
    for pod0, stop, st in c["pods"]:
        listed = (q >= pod0) & (q < stop + c["grace"])
        if not listed.any():
            continue
        v = tiles[np.clip((st + LEAD).astype(int), 0, len(tiles) - 1)] - tiles[int(max(pod0 + LEAD, 0))]
        j1 = np.searchsorted(st, q, "right") - 1
        j0 = np.searchsorted(st, q - W, "right")
        ok = listed & (j1 - j0 >= 1) & (j0 >= 0)
        j0c, j1c = np.clip(j0, 0, len(st) - 1), np.clip(j1, 0, len(st) - 1)
        tf, tl, vf, vl = st[j0c], st[j1c], v[j0c], v[j1c]
        samp = np.maximum(tl - tf, 1e-9)
        avg = samp / np.maximum(j1 - j0, 1)
        d0, d1 = tf - (q - W), q - tl
        delta = vl - vf
        dz = np.where(delta > 0, samp * vf / np.maximum(delta, 1e-9), np.inf)
        d0 = np.minimum(d0, dz)
        ext = samp + np.where(d0 < 1.1 * avg, d0, avg / 2) + np.where(d1 < 1.1 * avg, d1, avg / 2)
        r = np.round(delta * ext / samp / W, 3)
        tot += np.where(ok, r, 0.0)
        cnt += ok
    out = np.where(cnt > 0, tot / np.maximum(cnt, 1), 0.0) if run.stats["mode"] == "avg" else tot
    out = np.where(known, out, 0.0)
    for i in np.nonzero(c["fails"])[0]:
        if i:
            out[i] = out[i - 1]
    return out


def _spans(run: Run) -> list[tuple[int, int]]:
    """The points whose rate window (``W`` and a scrape before it) overlaps a pause by over 1 s; after a requeue
    up to the first tick where the metric is discovered and every new pod has two samples after the resume; spans
    under 4 points apart are one."""
    c, n, P = run.col, run.n, run.dt
    q = np.arange(n) * P + c["lat"] + c["jit"]
    spans = []
    for a, b, kind in run.pauses_t:
        end = b
        if kind == "requeue":
            news = [st for p0, stop, st in c["pods"] if abs(p0 - b) < 300 and p0 > a]
            need = max([st[np.searchsorted(st, b)] + c["S"] for st in news if np.searchsorted(st, b) < len(st)] or [b])
            rl = c["r0"] + np.ceil((need - c["r0"]) / c["R"]) * c["R"]  # the first relist that sees the new series
            end = max(need, rl) + 1.0
        s = int(np.searchsorted(q, a + 1.0))
        e = int(np.searchsorted(q, end + c["W"] + c["S"] - 1.0))
        s, e = max(s, 0), min(e, n)
        if s < n and e > s:
            if spans and s - spans[-1][1] < 4:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
            else:
                spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(setting, n)
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1]), n, setting)
    healthy = _values(run, run.rate)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    q = np.arange(n) * run.dt
    changes = hc.change_points([int(np.searchsorted(q, t)) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's shape over its seconds ``x`` (from 0): a drop ramps in over 5-40 s and wobbles up to 4 %;
    a straggler comes in bursts (mean 30-120 s at 1, gaps of mean 60-300 s at 0.15); a leak is ``u ** p``."""
    if kind == "drop":
        r = rng.uniform(5, 40)
        wob = 1 + 0.04 * np.sin(2 * np.pi * x / rng.uniform(300, 1500) + rng.uniform(0, 6.3))
        return np.minimum(x / r, 1.0) * wob
    if kind == "straggler":
        w = np.full(len(x), 0.15)
        on_m, off_m = rng.uniform(30, 120), rng.uniform(60, 300)
        t, on = 0.0, True
        while t < len(x):
            d = rng.exponential(on_m if on else off_m) + 5.0
            if on:
                w[int(t):int(t + d)] = 1.0
            t += d
            on = not on
        return w
    p = rng.uniform(0.7, 2.2)
    return np.minimum(x / ramp_s, 1.0) ** p


def _series(run: Run, mods) -> np.ndarray:
    """The values with the regressions ``mods`` (``(k0, factor)``: the step rate from second ``k0`` multiplied; the
    lost steps rounded to a whole number, so that the counters rejoin the healthy ones' phase after it)."""
    m = len(run.rate)
    lostc = np.zeros(m + 1)
    for k0, f in mods:
        k1 = k0 + len(f)
        lost = run.rate[k0:k1] * (1 - f)
        tot = lost.sum()
        whole = float(np.round(tot))
        c = np.cumsum(lost) * (whole / tot if tot > 0 else 0.0)
        c[-1] = whole
        lostc[k0 + 1:k1 + 1] += c
        lostc[k1 + 1:] += whole
    return _values(run, run.rate, lostc)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, mod)`` pair or None after 80 rejected draws."""
    n, P = run.n, run.dt
    q = np.arange(n) * P
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    resumes = [b for a, b, k in run.pauses_t if k == "requeue"]
    stops = [a for a, b, k in run.pauses_t if k == "requeue"]
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want, tries=80, keep=60):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, q, lo, min(last, n - 1), P)
        if t0 is None or any(0 <= t0 - r < 400 for r in resumes):
            continue
        onset = int(np.searchsorted(q, t0))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.T - LEAD if to_end else stop * P
        cut = [a for a in stops if t0 < a < t1]
        ends_at_requeue = bool(cut)
        if cut:  # the cause leaves with the process
            t1 = cut[0]
        k0, k1 = int(t0 + LEAD), int(min(t1 + LEAD, len(run.rate)))
        if k1 - k0 < 600:
            continue
        w = _weight(rng, kind, np.arange(k1 - k0, dtype=float), ramp * P)
        target = {"drop": rng.uniform(0.09, 0.28), "straggler": rng.uniform(0.1, 0.28)}.get(kind,
                                                                                           rng.uniform(0.12, 0.32))
        c0 = int(0.8 * ramp * P) if kind == "leak" else 0
        train = run.rate[k0 + c0:k1] > 0
        if train.sum() < 60:
            continue
        wt = w[c0:][train]
        lo_a, hi_a = 0.0, 4.0
        for _ in range(40):
            a = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (a, hi_a) if np.mean(1 - 1 / (1 + a * wt)) < target else (lo_a, a)
        mod = (k0, 1 / (1 + a * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end and not ends_at_requeue)
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


def make_heldout51(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, (0.35, 0.3, 0.35), seed, n, pauses, n_events, CODE,
                           lambda run: T0 + run.dt * np.arange(run.n))


def heldout51_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT51_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout51, seeds, n, pauses)
