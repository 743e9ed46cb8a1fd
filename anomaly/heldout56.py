"""The fifty-sixth held-out throughput family: a genomic variant caller's (DeepVariant-style) training pileup images/s,
one structured JSON log line per rank every ``K`` steps, shipped by each node's logging agent to Google Cloud Logging,
extracted by a distribution log-based metric and read per minute from Cloud Monitoring (ALIGN_DELTA / 60 s, REDUCE_SUM).

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Cloud Logging's "Troubleshooting logs-based metrics" page
(a logs-based metric counts only entries received after it was created; counts may take up to 10 minutes (an older
version: a minute) to reach Cloud Monitoring; an entry received more than 24 h in the past or 10 min in the future is
not counted, and such entries show in ``logs_based_metrics_error_count``; ``timestamp`` and ``receiveTimestamp`` can
differ by minutes, so short alignment periods give false alerts); the older "Overview of logs-based metrics" page
(counter metrics count matching entries, distribution metrics accumulate a value extracted from each entry; Logging
writes one data point a minute per time series); the Monitoring API's ``Aggregation.Aligner`` reference (ALIGN_DELTA
``y1 - y0`` and ALIGN_RATE ``(y1 - y0) / (t1 - t0)`` for DELTA / CUMULATIVE metrics; one value per alignment period,
stamped at its end; cross-series reduction needs an aligner); the legacy Logging agent's configuration page
(``google-fluentd``, ``in_tail`` reading files, each record a LogEntry, JSON payloads); a blog post on the logging
agents (print to stdout, the agent ships asynchronously with the resource's metadata); a page on the Fluent Bit flush
interval (buffered records sent every flush interval) and IBM's notes on Fluent Bit retries and buffering (retry until
success by default, a retry limit drops data). Assumed without checking: the Ops Agent's flush interval (1 or 5 s here);
that the entry's timestamp is the trainer's own (the JSON line's ``time`` field); that an entry received after its
minute's point was written is counted in the minute it is received in (my reading of "counted late"); the metric's write
latency per minute (log-normal, median 15-45 s, sd 0.4; heavy spells every 6-30 h of 5-40 min, median 15, with 90-420
s); that the panel shows the aligned distribution's sum (mean times count) over 60 s, summed over the nodes' series (one
series per VM: the metric's labels); that the dashboard reads the point of minute ``j`` once, ``O`` (120-300 s) after
the minute's end, and shows a point not yet written as 0; the API error spells (quota or 5xx) and the agent's retry
horizon (600-1800 s, then the chunk is dropped); agent stalls (tail lag after a log rotation); everything about the job
(no DeepVariant training recipe or timing was read: my picture).

What is modelled
----------------
An Inception-style classifier of pileup images on ``N`` GPU VMs (2-8) of ``g`` GPUs (2, 4 or 8), a batch of ``B`` images
per GPU (128, 256 or 512). A step takes ``d0`` (0.25-0.9 s) times ``1 + 0.03 (N - 2)`` times the data stage's cost, a
log-normal jitter (sd 2-6 %) and a slow AR(1) drift of the log on a 60 s grid (sd 1-3 %, coefficient 0.9-0.99): the
storage's read speed. The TFRecord reader starves at random (per step 0.1-1 %, exponential 0.5-4 s) and every ``Q``
steps (600-4000) moves to the next set of make-examples output shards (listing, opening, shuffle-buffer refill: 2 +
exponential 3-20 s): the job's rhythm. After a (re)start the rate rises as ``f + (1 - f)(1 - exp(-x / tau))`` (``f``
0.4-0.8, ``tau`` 30-200 s, cold GCS reads). Once or twice (at 30-50 % and 65-85 % of the run) training moves onto
another make-examples output (another sequencing platform / coverage: images of another width), at a validation with a
checkpoint and a reshard (short 60-300 s, long 600-1800 s more), and the step's cost changes by a factor 0.7-0.85 or
1.18-1.45 (listed, "data").

Pauses: a validation (calling a held-out chromosome) every 25-60 min (short) or 2.5-6 h (long) of wall time (short
40-300 s, median 70-150 s; long 900-4200 s, median 1500-2700 s; log-normal sd 0.4); every 2nd-3rd one saves a checkpoint
(short 20-120 s, long 60-400 s). VM failures or maintenance: Poisson, one per 12-40 h (none in the first 30 min, none
within 20 min after a pause: moved on); the job is down for short 120-600 s or long 900-3000 s and resumes on fresh VMs,
40 % of the time on 1-2 VMs more or fewer (2-8; listed, "world"); the steps since the last log line are lost. A bin is
paused where its minute (3 s either side) meets a pause; spans under 3 live bins apart are one. The line after a
validation carries the steps before it.

Collection: a rank logs ``{"examples": ...}`` when ``global_step % K == 0`` (``K``: a line every 2-10 s): the images
since its last line. The ranks step together, so a node's entries are its ``g`` ranks' lines at the same time (summed
here). The node's agent sends its buffer every ``F`` s (1 or 5; its own phase), an ingestion latency follows
(log-normal, median 0.5-3 s, sd 0.7); agent stalls per node every 15-60 h for 60-900 s hold the entries till they end;
API error spells every 8-40 h for 20-2400 s (log-normal, median 150 s) hold them till the spell ends (plus a 0-15 s
backoff), and drop those held longer than the retry horizon. A minute's point is written ``W`` after its end; an entry
received later than that counts in its receive minute; the dashboard's value for minute ``j`` is the sum of its entries'
examples over 60 s, or 0 where the point is not yet written when read. Values in images/s. An entry received over 24 h
late is not counted (modelled, never reached here). Not modelled: a counter log-based metric (it counts lines, not
images: the panel would multiply by the nominal images a line), the logging and metric quotas beyond the error spells,
clock skew between VMs.

Labelled regressions thin the examples of each entry by ``1 / (1 + a w(t))`` (the lines keep their healthy times: an
approximation; the run rejoins the healthy one after): ``drop`` (a slower read path: a storage class or region change of
the shards, CPU-bound decompression; ramps in over 10-90 s, wobbles by 3 %), ``straggler`` (one VM's reads stall in
bursts and the synchronous job waits: bursts of mean 30-200 s at 1, gaps of mean 60-400 s at 0.1-0.3), ``leak`` (the
make-examples output prefix grows and the reader's listing and index reads at every shard rotation cost more; ``w = u **
p``, ``p`` 0.7-2.2, over a ramp of 250-1500 points, then held). Placement: ``heldout_common.family_trace`` /
``regressed_kinds`` / ``event_slots``; ``a`` by bisection (0-6) on the live loss (of the plateau for a leak) to 8-30 %
(drop), 10-30 % (straggler) or 12-32 % (leak); 30 % of draws start in the last 70 % of a pause or up to 2 min after it
(``onset_time``); a drop or straggler ends at the next VM failure (a leak survives it); kept where ``changed_span`` and
``shown_depth`` allow and no listed change lies inside (80 draws: 60 of the slot's kind).

Counts over ``heldout56_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    9          11    0.092-0.288  25              1-11 (1638 spans, 0 >60)     3
long      30      12    9          9     0.096-0.298  13              16-97 (300 spans, 45 >60)    3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 31 (19 data switches, 12 VM-count changes), long 37 (18 data switches, 19 VM-count changes).
Per setting's 12 runs (short / long): 51 and 56 VM failures; 1592 and 244 validations; 671 and 109 checkpoints; 176
and 250 steps lost (unlogged at a failure); 1153 and 1080 entries dropped (held past the agent's retry horizon); 8061
and 6672 entries counted late (in their receive minute); 840 and 1206 minutes not yet written when read (shown as 0);
2894905 and 3415218 node entries in all. Paused share of the points: 7.6-8.7 % (mean 8.1 %) short, 14.1-19.9 % (mean
16.8 %) long. The healthy series' median absolute step of log over steady live points (10 after a span left out,
zeros left out): 3.9-15.4 % (short), 5.1-13.4 % (long), mostly the whole-``K`` lines against the minute; median live
level 666-50176 (short), 2048-24576 (long) images/s; live points read as 0 (a point not yet written, an error spell,
an agent stall): 927 (short) and 1164 (long). Generating both settings takes about 3 s.

Changes after the first measurement (before the table): ``K`` of 20, 50 or 100 steps (a line every 10-90 s: minutes
of 0, 1 or 2 lines, a median step of up to 69 %) became a line every 2-10 s; a failure due during a validation is
moved to 20 min after it (it had made a segment of negative length); a leak, which had ended at the next VM failure
like the other kinds, survives it (one long run of many failures had no room for a leak); drawn 80 times, 60 of the
slot's kind (was 60 and 40).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout54.py`` lines 1-114 and its ``make_heldout54`` / ``heldout54_set``
(lines 539-550); ``tests/test_anomaly_heldout54.py`` (all); ``anomaly/heldout_common.py`` (all);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py``;
``tests/test_architecture.py`` lines 1-110 (and its line count, ``wc -l``). Slip: to find the two functions' lines I ran
``grep -n`` over ``anomaly/heldout54.py`` for its ``def`` lines and upper-case constants, which showed its private
helpers' names and its pause tables (``VAL``, ``GEN``, ``CKPT``, ``DEAD``, ``EVERY`` values); my tables are my own
picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT56_SEEDS = tuple(range(562000, 562012))
CODE = 56
T0 = 1_790_000_040  # a multiple of 60: Cloud Monitoring's aligned minutes
P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak
VALID = {"short": (40, 300, 70, 150), "long": (900, 4200, 1500, 2700)}
SAVE = {"short": (20, 120, 30, 60), "long": (60, 400, 90, 200)}
DOWN = {"short": (120, 600, 180, 360), "long": (900, 3000, 1200, 2000)}
RESHARD = {"short": (60, 300), "long": (600, 1800)}
GAP = {"short": (1500, 3600), "long": (9000, 21600)}  # s between validations
EDGE = 3.0


@dataclass
class Seg:
    t0: float
    t1: float
    nodes: int
    cost: float
    fresh: bool  # a (re)start: cold reads, a warm-up ramp, the unlogged steps before it lost


@dataclass
class Run:
    n: int
    T: float
    dt: float = 60.0
    pauses_t: list = field(default_factory=list)
    restarts: list = field(default_factory=list)
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    col: dict = field(default_factory=dict)


def _dur(rng, table, setting: str) -> float:
    lo, hi, mlo, mhi = table[setting]
    return float(np.clip(rng.uniform(mlo, mhi) * np.exp(rng.normal(0, 0.4)), lo, hi))


def _timeline(rng, run: Run, setting: str) -> list[Seg]:
    """The training segments and the pauses between them (validations, checkpoints, reshards, VM failures)."""
    T = run.T
    nodes, cost = int(rng.integers(2, 9)), 1.0
    switches = [rng.uniform(0.3, 0.5) * T] + ([rng.uniform(0.65, 0.85) * T] if rng.random() < 0.6 else [])
    fail_mean = rng.uniform(12, 40) * 3600
    t, fresh, n_val, ck_every = 0.0, True, 0, int(rng.integers(2, 4))
    next_val = rng.uniform(*GAP[setting]) * rng.uniform(0.3, 1.0)
    next_fail = rng.exponential(fail_mean) + 1800
    segs, st = [], {"validations": 0, "checkpoints": 0, "failures": 0, "switches": 0}
    while t < T:
        stop = min(next_val, next_fail, T)
        segs.append(Seg(t, stop, nodes, cost, fresh))
        fresh = False
        if stop >= T:
            break
        if stop == next_val:
            n_val += 1
            dur = _dur(rng, VALID, setting)
            st["validations"] += 1
            kind = "eval"
            if n_val % ck_every == 0 or (switches and stop >= switches[0]):
                dur += _dur(rng, SAVE, setting)
                st["checkpoints"] += 1
                kind = "ckpt"
            if switches and stop >= switches[0]:
                switches.pop(0)
                dur += rng.uniform(*RESHARD[setting])
                f = rng.uniform(0.7, 0.85) if rng.random() < 0.5 else rng.uniform(1.18, 1.45)
                cost *= f
                st["switches"] += 1
                kind = "data"
                if stop + dur < T:
                    run.known_t.append(stop + dur)
                    run.known_kind.append("data")
            run.pauses_t.append((stop, stop + dur, kind))
            t = stop + dur
            next_val = t + rng.uniform(*GAP[setting])
            next_fail = max(next_fail, t + 1200)  # none within 20 min of a pause's end (moved on)
        else:
            dur = _dur(rng, DOWN, setting)
            st["failures"] += 1
            same = rng.random() >= 0.4
            if not same:
                nodes = int(np.clip(nodes + rng.choice([-2, -1, 1, 2]), 2, 8))
                same = nodes == segs[-1].nodes
            run.pauses_t.append((stop, stop + dur, "down"))
            run.restarts.append((stop, stop + dur, same))
            t = stop + dur
            fresh = True
            if not same and t < T:
                run.known_t.append(t)
                run.known_kind.append("world")
            next_fail = t + rng.exponential(fail_mean) + 1200
            next_val = max(next_val, t + 600)
    run.stats.update(st)
    return segs


def _steps(rng, run: Run, segs: list[Seg]) -> None:
    """Each segment's steps and their log lines: arrays of the entries (time, node slot, examples, agent phase)."""
    p = run.col
    grid = np.arange(len(p["drift"])) * 60.0
    gs, tl, ex, node, phase, lost = 0, [], [], [], [], 0
    since = 0
    for s in segs:
        if s.fresh:
            lost += since
            since = 0
            ph = rng.uniform(0, p["F"], 8)
        dm = p["d0"] * s.cost * (1 + 0.03 * (s.nodes - 2))
        m = int((s.t1 - s.t0) / dm * 1.3) + 20
        d = dm * np.exp(rng.normal(0, p["jit"], m))
        starve = rng.random(m) < p["p_starve"]
        d[starve] += rng.exponential(p["starve_s"], int(starve.sum()))
        g = gs + np.arange(1, m + 1)
        rot = g % p["Q"] == 0
        d[rot] += 2.0 + rng.exponential(p["rot_s"], int(rot.sum()))
        x = np.cumsum(d)
        if s.fresh:
            d = d / (p["f"] + (1 - p["f"]) * (1 - np.exp(-x / p["tau"])))
        tt = s.t0 + np.cumsum(d * np.exp(np.interp(s.t0 + x, grid, p["drift"])))
        k = int(np.searchsorted(tt, s.t1))
        tt, g = tt[:k], g[:k]
        at = np.nonzero(g % p["K"] == 0)[0]
        counts = np.diff(np.concatenate([[-1], at])) + np.r_[since, np.zeros(max(len(at) - 1, 0), int)][:len(at)]
        since = (k - 1 - at[-1]) if len(at) else since + k
        gs += k
        for j in range(s.nodes):
            tl.append(tt[at])
            ex.append(counts * p["B"] * p["g"])
            node.append(np.full(len(at), j))
            phase.append(np.full(len(at), ph[j]))
    o = np.argsort(np.concatenate(tl), kind="stable")
    run.tl = np.concatenate(tl)[o]
    run.ex = np.concatenate(ex)[o].astype(float)
    run.node = np.concatenate(node)[o]
    run.phase = np.concatenate(phase)[o]
    run.stats["lost_steps"] = int(lost)
    run.stats["lines"] = int(len(run.tl))


def _spells(rng, T: float, every: tuple, med: float, lo: float, hi: float) -> list[tuple[float, float]]:
    out, t = [], rng.exponential(rng.uniform(*every) * 3600)
    while t < T:
        d = float(np.clip(med * np.exp(rng.normal(0, 1.0)), lo, hi))
        out.append((t, t + d))
        t += d + rng.exponential(rng.uniform(*every) * 3600)
    return out


def _collection(rng, run: Run) -> None:
    """Agent flushes, stalls, API error spells, ingestion latency, the metric's writes: each entry's counted minute."""
    p, tl = run.col, run.tl
    F = p["F"]
    ship = run.phase + F * np.ceil((tl - run.phase) / F)
    stalls = [(int(rng.integers(8)), a, b) for a, b in _spells(rng, run.T, (15, 60), 240, 60, 900)]
    for j, a, b in stalls:
        k = (run.node == j) & (ship >= a) & (ship < b)
        ship[k] = b + rng.uniform(0, F, int(k.sum()))
    errs = _spells(rng, run.T, (8, 40), 150, 20, 2400)
    keep = np.ones(len(tl), bool)
    for a, b in errs:
        k = (ship >= a) & (ship < b)
        keep &= ~(k & (b - ship > p["horizon"]))
        ship[k] = b + rng.uniform(0, 15, int(k.sum()))
    r = ship + p["lat"] * np.exp(rng.normal(0, 0.7, len(tl)))
    m = run.n + 200
    W = p["wmed"] * np.exp(rng.normal(0, 0.4, m))
    heavy = _spells(rng, 60.0 * m, (6, 30), 900, 300, 2400)
    for a, b in heavy:
        j0, j1 = int(a // 60), min(m, int(b // 60) + 1)
        W[j0:j1] = rng.uniform(90, 420, j1 - j0)
    b0 = np.floor(tl / 60).astype(int)
    late = r > 60.0 * (b0 + 1) + W[np.minimum(b0, m - 1)]
    cb = np.where(late, np.floor(r / 60).astype(int), b0)
    keep &= r - tl <= 86400  # received over 24 h late: never counted
    run.cb, run.keep, run.missing = cb, keep & (cb < run.n), W[:run.n] > p["O"]
    run.r, run.W = r, W
    ki = np.nonzero(run.keep)[0]
    run.kept = ki, cb[ki], run.ex[ki]  # the counted entries, their minutes and examples (for speed: every read's)
    run.col.update(stalls=stalls, errs=errs, heavy=heavy)
    run.stats.update(dropped=int((~keep).sum()), late=int((late & keep).sum()), unwritten=int(run.missing.sum()))


def _params(rng, setting: str, n: int) -> Run:
    run = Run(n=n, T=60.0 * n + 600)
    run.col = dict(d0=rng.uniform(0.25, 0.9), jit=rng.uniform(0.02, 0.06), p_starve=rng.uniform(0.001, 0.01),
                   starve_s=rng.uniform(0.5, 4), Q=int(rng.integers(600, 4001)), rot_s=rng.uniform(3, 20),
                   f=rng.uniform(0.4, 0.8), tau=rng.uniform(30, 200), K=0,
                   B=int(rng.choice([128, 256, 512])), g=int(rng.choice([2, 4, 8])), F=float(rng.choice([1.0, 5.0])),
                   lat=rng.uniform(0.5, 3), horizon=rng.uniform(600, 1800), wmed=rng.uniform(15, 45),
                   O=rng.uniform(120, 300))
    run.col["K"] = max(1, int(round(rng.uniform(2, 10) / run.col["d0"])))  # a line every 2-10 s
    sd, phi = rng.uniform(0.01, 0.03), rng.uniform(0.9, 0.99)
    m = int(run.T / 60) + 3
    e = rng.normal(0, sd * np.sqrt(1 - phi * phi), m)
    dr = np.empty(m)
    dr[0] = rng.normal(0, sd)
    for i in range(1, m):
        dr[i] = phi * dr[i - 1] + e[i]
    run.col["drift"] = dr
    return run


def _schedule(rng, n: int, setting: str) -> Run:
    run = _params(rng, setting, n)
    segs = _timeline(rng, run, setting)
    _steps(rng, run, segs)
    _collection(rng, run)
    return run


def _series(run: Run, mods=()) -> np.ndarray:
    """The dashboard's images/s per minute: each kept entry's examples (thinned by ``mods``) in its counted minute."""
    ki, cb, ex = run.kept
    ex = ex.copy()
    for i0, i1, fac in mods:  # (on the counted entries only: each the same product)
        j0, j1 = np.searchsorted(ki, (i0, i1))
        ex[j0:j1] *= fac[run.keep[i0:i1]] if np.ndim(fac) else fac
    v = np.bincount(cb, weights=ex, minlength=run.n)[:run.n] / 60.0
    v[run.missing] = 0.0
    return v


def _window(run: Run, i0: int, i1: int, c0: int, c1: int):
    """For speed, ``_series(run, [(i0, i1, fac)])`` for a calibration's draws, read only on the minutes ``[c0, c1)``
    (0 elsewhere): the counted entries of those minutes, in their order, sum to each minute's value as in the whole
    read (a minute's entries are added one by one)."""
    ki, cb, ex = run.kept
    sel = np.nonzero((cb >= c0) & (cb < c1))[0]
    ks, cbs, exs = ki[sel], cb[sel] - c0, ex[sel]
    j0, j1 = np.searchsorted(ks, (i0, i1))
    at, missing = ks[j0:j1] - i0, run.missing[c0:c1]

    def series(fac):
        w, v = exs.copy(), np.zeros(run.n)
        w[j0:j1] *= fac[at]
        v[c0:c1] = np.bincount(cbs, weights=w, minlength=c1 - c0)[:c1 - c0] / 60.0
        v[c0:c1][missing] = 0.0
        return v

    return series


def _spans(run: Run) -> list[tuple[int, int]]:
    spans: list = []
    for a, b, _ in run.pauses_t:
        s, e = max(0, int((a - EDGE) // 60)), min(run.n, int(np.ceil((b + EDGE) / 60)))
        if s >= run.n:
            break
        if spans and s < spans[-1][1] + 3:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1]), n, setting)
    healthy = _series(run)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    if kind == "leak":
        return np.clip(x / ramp_s, 0, 1) ** rng.uniform(0.7, 2.2)
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(x[-1]) + 1, rng.uniform(30, 200), rng.uniform(60, 400))
        bad = (np.searchsorted(edges, x, side="right") % 2) == 1
        return np.where(bad, 1.0, rng.uniform(0.1, 0.3))
    return np.minimum(1, x / rng.uniform(10, 90)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)
                                                                       + rng.uniform(0, 6.3)))


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    ts = 60.0 * np.arange(n)
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, P_KIND, want, tries=80, keep=60):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, min(last, n - 1), 60.0)
        if t0 is None:
            continue
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else stop * 60.0
        if kind != "leak":  # fresh VMs end it; a leak lives in the shard prefix and survives a restart
            t1 = min([t1] + [a for a, b, same in run.restarts if a > t0])
        i0, i1 = (int(i) for i in np.searchsorted(run.tl, [t0, t1]))
        if i1 - i0 < 20:
            continue
        w = _weight(rng, kind, run.tl[i0:i1] - t0, max(ramp, 1) * 60.0)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        c1 = min(n, stop)
        if c1 - c0 < 10:
            continue

        part = _window(run, i0, i1, c0, c1)

        def loss(a, w=w, c0=c0, c1=c1, part=part):  # (for speed: the loss reads only [c0, c1))
            return hc.live_loss(part(1 / (1 + a * w)), healthy, live, c0, c1)[0]

        if loss(6.0) < target:
            continue
        a_lo, a_hi = 0.0, 6.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = (i0, i1, 1 / (1 + 0.5 * (a_lo + a_hi) * w))
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


def make_heldout56(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout56_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT56_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout56, seeds, n, pauses)
