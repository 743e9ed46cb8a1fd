"""The thirty-seventh held-out throughput family: a neural audio codec's training clips/s, a per-node gauge that each
node's trainer announces with ``gmetric`` to its Ganglia ``gmond``, summed over the cluster by ``gmetad`` at every poll
and stored in the cluster's summary RRD (GAUGE), read back one row per poll step.

Written blind, this session, in a 35-minute slot: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), ``anomaly/traces.py`` lines 1-80, the thirty-sixth
generator's docstring (its first 120 lines) and its tests as a model of API, docstring and tests, the first 15 lines of
generators 3-36 (lines 1-3 only of 16-27, the rest cut off in the printout) and of ``anomaly/heldout.py``'s first 3 (to
take another job and another collection path: none is an audio codec or Ganglia), the first 110 lines of
``tests/test_architecture.py``; it saw the subject of main's last commit (printed by git with the worktree; it quotes
data-quality grading figures, none of a throughput detector). Public sources (found with the search tools): the
``gmetric`` man page (``--tmax`` the most seconds between calls, default 60; ``--dmax`` the metric's lifetime, default
0; ``--slope`` default ``both``), a ganglia-developers mail (T0 the time gmond heard a metric last, TN the seconds
since; Dmax the seconds until the data are deleted; a host taken for dead when TN > 4 Tmax; slope ``both`` stored as a
gauge), gmetad.conf's comments (``data_source`` polled every 15 s by default; a cluster source keeps a complete set of
RRDs, a grid only summary RRDs), an RRD binding's docs (a data source's heartbeat: no update within it makes the value
unknown; GAUGE for a tracked current value). Assumed without checking: that a cluster's summary RRD holds the plain sum
of the values gmond holds at the poll (deleted metrics left out), that an RRD GAUGE update holds its value over the time
since the update before and a row is that time-weighted mean (no unknowns: the heartbeat exceeds every gap here), the
trainer's callback (announce at a step's end once ``G`` s have passed; the value is the clips since the last
announcement over the seconds since, so the first one after an evaluation spans it), UDP loss of 0.1-1 %, gmetad missing
0-3 runs of 1-4 polls, and everything about the job. Never a detector, and never ran a detector on these traces.

What is modelled
----------------
A neural audio codec (a SoundStream / EnCodec-style convolutional encoder, residual vector quantiser and decoder,
trained with reconstruction, adversarial and feature-matching losses against multi-scale discriminators) on ``N``
nodes (2, 4, 6 or 8) of 8 GPUs, DDP, ``B`` one-second clips a GPU and step (16, 24 or 32). A step costs ``(0.08 +
0.011 B)`` s (x 0.8-1.25, +4 % per doubling of the nodes); the discriminators, once on, cost 1.3-1.6x; 2-s segments
(half the clips a step) 1.05-1.2x. Each node's trainer calls ``gmetric`` every ``G`` s (5, 10 or 15, never over the
poll) with its clips/s since its last call (whole steps; the first call of a process counts from its start, which
includes loading); gmond keeps the last value it received, deleted ``dmax`` s (0: never; 60 or 120) after; gmetad
polls every ``S`` s (15, 20 or 30; 0-0.8 s late) and writes the sum to the summary RRD, whose rows of ``S`` s are the
points. So an evaluation shows as the stale sum held (``dmax`` 0) or falling to 0 once the gauges are deleted, then one
low announcement spanning the pause; a restart the same, then a low first value from the process's start.

Healthy behaviour (none of it labelled): a slow AR(1) drift of the step's log cost (sd 2-5 %, 15-60 min: the clips'
mix of speech, music and noise); another tenant's reads on the shared object store (phases 20-60 min, 1-5 h apart,
1.03-1.1x); per second a Gumbel law of the step (the slowest loader worker, sd 3-7 %) and 0.4 % of seconds 1.5-4x (a
long file decoded); after a restart 1.8-3x fading over 40-150 s (compile, loader fill), after an evaluation 1.3x over
8-25 s (workers respawned); evaluations every 140-320 points of training (a pause: codec metrics on held-out audio),
every 2nd-4th a checkpoint (longer), Poisson 0.5-2 restarts a run (longest; in place, none within 300 s of a resume).
Listed in ``changes`` (the first point after the pause they follow): the discriminators switched on at a resume
(70 % of runs, 5-55 % of the way; the rest start with them on or never use them) and, in half the runs, a resubmission
(at a restart after 45 % of the way, the discriminators on) with 2-s segments.

Labelled regressions multiply the step's cost by ``1 + a w(t)`` inside their seconds; the clock (pauses, calls,
polls) stays the healthy run's and each regression takes whole steps off the counts (rounded up), so after it every
announcement is the healthy one and ``healthy`` equals ``values`` outside the events. ``drop`` (the audio bucket
throttled, GPU clocks capped; ramps in over 5-40 s, wanders by an AR(1) of sd 12 %; 150-1300 points or to the end),
``straggler`` (a node's loader CPUs taken by a co-located job: bursts of 15-90 s every 40-300 s, 8 % between; 90-480
points), ``leak`` (a callback keeping every decoded clip for metrics; ``w = (x / ramp) ** p``, ``p`` 0.7-1.8, a 250-1500
point ramp, then 80-500 points held). Each trace with events draws one per slot (``heldout_common``'s slots, from point
600), the first three slots each kind once in a random order (a slot that fails after 50 draws takes any kind);
``a`` is set by bisection to a loss of 8-32 % (drops) or 10-30 % over the changed points; 30 % of draws start in the
last 30 % of a pause or within 2 points after it. An event is kept where ``heldout_common.shown_depth`` allows and it
holds no listed change.

Counts over ``heldout37_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      11    9          10    0.084-0.316  10              7-19 (318 spans, 0 >60)      3
long      31      12    10         9     0.100-0.303  18              32-101 (255 spans, 129 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 15 (11 discriminators switched on, 4 segment changes), long 10 (7 discriminators switched
on, 3 segment changes). Per setting's 12 runs (short / long): polls of 15, 20, 30 s in 4/3/5 and 3/7/2; calls every
5, 10, 15 s in 3/5/4 and 6/4/2; ``dmax`` 0, 60, 120 in 7/2/3 and 7/4/1; 29 and 16 restarts in the trace; 71 and 45
polls missed. Long pauses hold more onsets near them than the 30 % drawn (they cover more of the run). Generating
both settings takes about 7 s.

Usage::

    from anomaly.heldout37 import heldout37_set
    for trace in heldout37_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from anomaly.heldout_common import (check_args, event_slots, every_fourth_clean, kind_draws, live_loss, live_mask,
                                    shown_depth)
from anomaly.traces import Event, Trace

HELDOUT37_SEEDS = tuple(range(372000, 372012))
_SPANS = {"short": (6, 22), "long": (30, 110)}  # pause span points
_P_KIND = (0.35, 0.33, 0.32)  # drop, straggler, leak for a fourth event
_PRE = 1800.0  # seconds simulated before the trace's first point (the gauges and the RRD already filled)
_T0 = 1.69e9  # the unix time of the simulation's start
KINDS3 = ("drop", "straggler", "leak")


@dataclass
class _Run:
    """A healthy run on a 1-s cell grid: training cells, steps a second, the process of each cell, the clips a step,
    the pauses (seconds and points), the listed changes and the collection's settings."""

    n: int
    S: float  # gmetad's polling interval and the RRD step (s)
    G: float  # the trainer's gmetric period (s)
    N: int  # nodes
    dmax: float  # the metric's lifetime in gmond (0: never deleted)
    rate: np.ndarray  # healthy steps/s per cell (0 outside training)
    cps: np.ndarray  # clips a step per cell (8 GPUs x per-GPU batch)
    base: np.ndarray  # per cell: the start of its process (a report's first basis)
    pauses_t: list = field(default_factory=list)  # (a, b, kind) seconds
    spans: list = field(default_factory=list)  # (s, e) points
    changes: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    offs: np.ndarray | None = None  # per node: the reporting timer's phase after a process start
    loss_p: float = 0.0  # UDP loss of an announcement
    polls: np.ndarray | None = None  # gmetad's poll times
    gaps: int = 0  # polls gmetad missed
    cum: np.ndarray | None = None  # the healthy steps done by each cell's start (one longer than the cells)


# ---------------------------------------------------------------------------------------------------------------
# the collection path: gmetric announcements, gmond's last value (tmax / dmax), gmetad's summary, the RRD's steps
# ---------------------------------------------------------------------------------------------------------------


def _report_times(train: np.ndarray, base: np.ndarray, G: float, off: float) -> tuple[np.ndarray, np.ndarray]:
    """The trainer's announcements on one node: its callback runs at the end of training cells (1 s) and announces
    when ``G`` s have passed since its last one (or since its process started, plus ``off``). Returns each
    announcement's time (a cell's end, s) and its basis (the time of the one before, or the process's start)."""
    T = len(train)
    nxt = np.full(T + 1, T, dtype=np.int64)  # the first training cell at or after each cell
    nxt[:T] = np.minimum.accumulate(np.where(train.astype(bool), np.arange(T), T)[::-1])[::-1]
    starts = np.flatnonzero(np.r_[True, (train[1:] != train[:-1]) | (base[1:] != base[:-1])])
    end = np.repeat(np.r_[starts[1:], T], np.diff(np.r_[starts, T]))  # where each cell's stretch (one process) ends
    times, bases = [np.zeros(0)], [np.zeros(0)]
    last, proc = None, None
    c = nxt[0]
    while c < T:
        if base[c] != proc:  # a new process: its timer starts at its start
            proc = base[c]
            last = float(proc)
            due = last + G + off
        else:
            due = last + G
        c = nxt[min(T, max(c, math.ceil(due) - 1))]
        if c >= T:
            break
        if base[c] != proc:  # the process ended before it was due
            continue
        r = float(c + 1)  # and, for speed, the others due in its stretch of training at once: every G s
        times.append(r + G * np.arange(int((end[c] - r) // G) + 1))
        bases.append(np.r_[last, times[-1][:-1]])
        last = float(times[-1][-1])
        c = nxt[min(T, int(last))]
    return np.concatenate(times), np.concatenate(bases)


def _node_values(steps_cum: np.ndarray, cps: np.ndarray, times: np.ndarray, bases: np.ndarray) -> np.ndarray:
    """The announced clips/s: whole steps counted between the basis and the announcement (``steps_cum`` at a cell's
    start, one longer than the cells) times the clips a step, over the seconds between them."""
    ti, bi = times.astype(np.int64), np.maximum(np.ceil(bases), 0).astype(np.int64)
    done = np.floor(steps_cum[ti]) - np.floor(steps_cum[bi])
    return np.maximum(done, 0) * cps[ti - 1] / np.maximum(times - bases, 1.0)


def _gmond_sum(polls: np.ndarray, nodes, dmax: float) -> np.ndarray:
    """gmetad's summary at each poll: the sum over the nodes of the last value each node's gmond received
    (``nodes``: ``(times, values)`` of the received announcements), a value older than ``dmax`` s deleted (0: kept
    for ever). A node with nothing received yet adds nothing."""
    total = np.zeros(len(polls))
    if _READS.get(None) != (polls.tobytes(), dmax):  # for speed: which value each poll reads, kept per node's times
        _READS.clear()
        _READS[None] = (polls.tobytes(), dmax)
    for t, v in nodes:
        if t.tobytes() not in _READS:
            k = np.searchsorted(t, polls, side="right") - 1
            has = k >= 0
            kk = np.maximum(k, 0)
            alive = has & ((dmax <= 0) | (polls - t[kk] <= dmax)) if len(t) else np.zeros(len(polls), bool)
            _READS[t.tobytes()] = kk, alive
        kk, alive = _READS[t.tobytes()]
        total += np.where(alive, v[kk] if len(t) else 0.0, 0.0)
    return total


_READS: dict = {}  # _gmond_sum's last polls and dmax (key None), and per node's announcement times what they read


def _rrd_steps(polls: np.ndarray, vals: np.ndarray, start: float, S: float, n: int) -> np.ndarray:
    """The summary RRD's rows (a GAUGE): an update at ``polls[k]`` holds ``vals[k]`` over the time since the update
    before; row ``j`` is the time-weighted mean over ``[start + j S, start + (j + 1) S)``, which ``polls[0]`` must
    not begin after (gaps under the heartbeat are spanned by the next update)."""
    key = (polls.tobytes(), start, S, n)  # for speed: the pieces depend on the polls only, kept for the next call
    if _PIECES[0] != key:
        edges = start + S * np.arange(n + 1)
        cuts = np.union1d(edges, polls[(polls > edges[0]) & (polls < edges[-1])])  # pieces, each in one row and update
        mid = 0.5 * (cuts[:-1] + cuts[1:])
        k = np.clip(np.searchsorted(polls, mid, side="left"), 1, len(polls) - 1)  # the update that covers each piece
        row = np.searchsorted(edges, mid, side="right") - 1
        _PIECES[:] = key, (k, row, np.diff(cuts))
    k, row, width = _PIECES[1]
    return np.bincount(row, weights=vals[k] * width, minlength=n)[:n] / S  # each row from its own pieces


_PIECES: list = [None, None]  # _rrd_steps' last (key, pieces)


def _poll_times(rng, T: float, S: float) -> tuple[np.ndarray, int]:
    """gmetad's polls every ``S`` s (a random phase, 0-0.8 s late each), less the polls missed in 0-3 outages of
    1-4 polls (gmetad restarted or busy writing RRDs). Returns the times and how many were missed."""
    grid = np.arange(rng.uniform(0, S), T, S)
    t = grid + rng.uniform(0, 0.8, len(grid))
    keep = np.ones(len(t), bool)
    for _ in range(int(rng.poisson(1.5))):
        k = int(rng.integers(5, len(t) - 10))
        keep[k:k + int(rng.integers(1, 5))] = False
    return t[keep], int((~keep).sum())


# ---------------------------------------------------------------------------------------------------------------
# the job: a neural audio codec (encoder, residual vector quantiser, decoder, adversarial discriminators)
# ---------------------------------------------------------------------------------------------------------------


def _span_points(rng, kind: str, setting: str) -> int:
    """A pause's span (points) in the setting's range: evaluations short, checkpoints longer, restarts longest."""
    lo, hi = _SPANS[setting]
    a, b = {"eval": (2.0, 4.0), "ckpt": (4.0, 3.0), "restart": (5.0, 2.0)}[kind]
    return int(round(lo + 1 + (hi - lo - 2) * rng.beta(a, b)))


def _ar_path(rng, m: int, sd: float, tau: float, step: float) -> np.ndarray:
    """An AR(1) path of ``m`` steps of ``step`` s, stationary sd ``sd``, correlation time ``tau`` s."""
    a = np.exp(-step / tau)
    x = np.empty(m)
    x[0] = rng.normal(0, sd)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    for i in range(1, m):
        x[i] = a * x[i - 1] + e[i]
    return x


def _timeline(rng, n: int, S: float, G: float, setting: str):
    """The run's stretches of training and its pauses: evaluations every 140-320 points of training (every
    ``ck``-th a checkpoint), Poisson 0.5-2 restarts a run; the discriminators switch on at a resume (70 % of runs
    within the trace) and half the runs, later, are resubmitted with 2-s segments (half the clips a step)."""
    T = _PRE + n * S + 60
    K = rng.uniform(140, 320)
    ck = int(rng.choice([2, 3, 4]))
    re = sorted(rng.uniform(_PRE, T, int(rng.poisson(rng.uniform(0.5, 2.0)))))
    u = rng.random()
    gan_at = rng.uniform(_PRE + 0.05 * n * S, _PRE + 0.55 * n * S) if u < 0.7 else (0.0 if u < 0.85 else np.inf)
    seg_at = rng.uniform(_PRE + 0.45 * n * S, _PRE + 0.9 * n * S) if rng.random() < 0.5 else np.inf
    gan, seg2 = gan_at == 0.0, False
    segs, pauses_t, spans, changes, kinds = [], [], [], [], []
    t, proc, after = 0.0, -rng.uniform(600, 3000), "restart"
    next_eval, n_eval = rng.uniform(0.2, 1.0) * K * S, 0
    while t < T:
        while re and re[0] < t + 300:
            re[0] = t + rng.uniform(300, 900)
            re.sort()
        due_r = re[0] if re else np.inf
        a = min(next_eval, due_r)
        if a >= T:
            segs.append((t, T, proc, gan, seg2, after))
            break
        kind = "restart" if due_r < next_eval else ("ckpt" if (n_eval + 1) % ck == 0 else "eval")
        if kind == "restart":
            re.pop(0)
        else:
            n_eval += 1
        if a < _PRE + 3 * S and a + 200 * S > _PRE - 3 * S:  # no pause across the trace's first point
            a = _PRE + rng.uniform(3, 8) * S
        segs.append((t, a, proc, gan, seg2, after))
        L = _span_points(rng, kind, setting)
        s = int((a - _PRE) // S)
        tail = G + S + 3 if kind != "restart" else 2.5 * G + S + 4
        b = _PRE + (s + L - 1) * S - tail - rng.uniform(0.1, S - 0.1)
        while b - a < 20:
            b += S
        e = int((b + tail - _PRE) // S) + 1
        pauses_t.append((a, b, kind))
        if e > 0 and s < n:
            spans.append((max(s, 0), min(e, n)))
        if kind == "restart":
            proc = b - rng.uniform(30, 90)  # the new process: started, loaded the checkpoint
        change = None
        if not gan and b >= gan_at:
            gan, change = True, "gan"
        elif kind == "restart" and gan and not seg2 and b >= seg_at:
            seg2, change = True, "segment"
        if change and 0 < e < n:
            changes.append(e)
            kinds.append(change)
        t, after = b, kind
        next_eval = t + K * S * rng.uniform(0.85, 1.15)
    return segs, pauses_t, spans, changes, kinds


def _build(seed: int, n: int, setting: str) -> tuple[_Run, list]:
    """The healthy run and the announcements of each node (times, bases, received mask)."""
    jr = np.random.default_rng([seed, 37, 1 + (setting == "long")])
    cr = np.random.default_rng([seed, 37, 11 + (setting == "long")])
    S = float(jr.choice([15.0, 20.0, 30.0]))
    G = float(jr.choice([g for g in (5.0, 10.0, 15.0) if g <= S]))
    N = int(jr.choice([2, 4, 6, 8]))
    B = int(jr.choice([16, 24, 32]))
    cost0 = (0.08 + 0.011 * B) * jr.uniform(0.8, 1.25) * (1 + 0.04 * np.log2(N))
    gan_x, seg_x = jr.uniform(1.3, 1.6), jr.uniform(1.05, 1.2)
    segs, pauses_t, spans, changes, kinds = _timeline(jr, n, S, G, setting)
    T = int(_PRE + n * S + 60)
    train = np.zeros(T, bool)
    cost = np.full(T, cost0)
    cps = np.full(T, 8.0 * B)
    base = np.full(T, np.nan)
    for t0, t1, proc, gan, seg2, after in segs:
        c0, c1 = int(np.ceil(t0)), min(T, int(np.ceil(t1)))
        if c1 <= c0:
            continue
        x = np.arange(c1 - c0, dtype=float)
        train[c0:c1] = True
        base[c0:c1] = proc
        warm = (1 + jr.uniform(0.8, 2.0) * np.exp(-x / jr.uniform(40, 150)) if after == "restart"
                else 1 + 0.3 * np.exp(-x / jr.uniform(8, 25)))  # compile and loader refill; workers respawned
        cost[c0:c1] *= warm * (gan_x if gan else 1.0) * (seg_x if seg2 else 1.0)
        if seg2:
            cps[c0:c1] = 4.0 * B
    base = np.where(np.isnan(base), -1.0, base)
    drift = np.repeat(_ar_path(jr, T // 60 + 2, jr.uniform(0.02, 0.05), jr.uniform(900, 3600), 60.0), 60)[:T]
    share = np.ones(T)  # another tenant's reads on the shared object store: phases 20-60 min, 1-5 h apart
    t = jr.uniform(0, 4 * 3600)
    while t < T:
        d = jr.uniform(1200, 3600)
        share[int(t):int(t + d)] = jr.uniform(1.03, 1.10)
        t += d + jr.uniform(3600, 5 * 3600)
    sd = jr.uniform(0.03, 0.07)
    noise = np.exp(sd / 1.2825 * (jr.gumbel(0, 1, T) - 0.5772))  # a step waits for the slowest loader worker
    stall = jr.random(T) < 0.004
    noise[stall] *= jr.uniform(1.5, 4.0, int(stall.sum()))  # a long file decoded, a resample on the CPU
    rate = np.where(train, 1.0 / (cost * np.exp(drift) * share * noise), 0.0)
    dmax = float(cr.choice([0.0, 60.0, 120.0], p=[0.3, 0.4, 0.3]))
    run = _Run(n, S, G, N, dmax, rate, cps, base, pauses_t, spans, changes, kinds,
               offs=cr.uniform(0, 0.5 * G, N), loss_p=cr.uniform(0.001, 0.01))
    run.polls, run.gaps = _poll_times(cr, float(T), S)
    run.cum = np.concatenate([[0.0], np.cumsum(rate)])
    ann = []
    for h in range(N):
        times, bases = _report_times(train, base, G, float(run.offs[h]))
        ann.append((times, bases, cr.random(len(times)) >= run.loss_p))
    return run, ann


def _series(run: _Run, ann, slows=(), healthy=None) -> np.ndarray:
    """The trace: the steps each cell loses to each regression of ``slows`` (``(c0, f)``: a cost multiplier ``f``
    on the cells from ``c0``, 1 elsewhere) taken off the counts in whole steps (rounded up per regression), then the
    announcements, gmond's last values, gmetad's sums and the RRD's rows. For speed, where ``healthy`` (the healthy
    run's received announcements, ``(times, bases, values)`` per node) is given with one regression: only the
    announcements whose basis lies before its end and time after its start are counted anew (the others lose no
    step, or the same whole steps at both ends)."""
    cum = run.cum.copy()
    for c0, f in slows:  # no step lost before ``c0``, as many after the regression as by its end
        lost = np.ceil(np.cumsum(run.rate[c0:c0 + len(f)] - run.rate[c0:c0 + len(f)] / f) - 1e-9)
        cum[c0 + 1:c0 + len(f) + 1] -= lost
        cum[c0 + len(f) + 1:] -= lost[-1]
    nodes = []
    for i, (times, bases, got) in enumerate(ann):
        if healthy is None:
            v = _node_values(cum, run.cps, times, bases)
            nodes.append((times[got], v[got]))
            continue
        (c0, f), = slows
        t, b, v = healthy[i]
        k0, k1 = np.searchsorted(t, c0, side="right"), np.searchsorted(b, c0 + len(f), side="left")
        v = v.copy()
        v[k0:k1] = _node_values(cum, run.cps, t[k0:k1], b[k0:k1])
        nodes.append((t, v))
    summ = _gmond_sum(run.polls, nodes, run.dmax)
    return _rrd_steps(run.polls, summ, _PRE, run.S, run.n)


# ---------------------------------------------------------------------------------------------------------------
# the labelled regressions
# ---------------------------------------------------------------------------------------------------------------


def _shape(rng, kind: str, m: int, ramp: float) -> np.ndarray:
    """A regression's weight over its ``m`` cells (s): a drop ramps in over 5-40 s and wanders (an AR(1) of sd 12
    %); a straggler comes in bursts (15-90 s, every 40-300 s; 8 % between); a leak grows as ``(x / ramp) ** p``."""
    x = np.arange(m, dtype=float)
    if kind == "drop":
        wander = np.repeat(_ar_path(rng, m // 60 + 2, 0.12, rng.uniform(300, 1200), 60.0), 60)[:m]
        return np.minimum(1, (x + 1) / rng.uniform(5, 40)) * np.maximum(0.3, 1 + wander)
    if kind == "straggler":
        w = np.full(m, 0.08)
        t, on_mean, off_mean = rng.uniform(0, 20), rng.uniform(15, 90), rng.uniform(40, 300)
        while t < m:
            d = rng.exponential(on_mean) + 5
            w[int(t):int(t + d)] = 1.0
            t += d + rng.exponential(off_mean) + 10
        return w
    return np.minimum(1, (x + 1) / ramp) ** rng.uniform(0.7, 1.8)


def _draw(rng, run, ann, healthy, live, lo: int, hi: int, to_end: bool, want):
    """One regression with onset in ``[lo, hi)``: ``(Event, slow)`` or None after 80 draws. 30 % of draws start in
    the last 30 % of a pause or within 2 points after it; the magnitude is set by bisection to a target loss (drops
    8-32 %, stragglers and leaks 10-30 %) over the changed points; kept where ``shown_depth`` allows and no listed
    change falls inside."""
    n, S, T = run.n, run.S, len(run.rate)
    received = [(t[got], b[got], _node_values(run.cum, run.cps, t, b)[got]) for t, b, got in ann]  # (for speed)
    for kind in kind_draws(rng, _P_KIND, want):
        length = {"drop": rng.uniform(150, 1300), "straggler": rng.uniform(90, 480)}.get(kind, 0.0)
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        if kind == "leak":
            length = ramp + rng.uniform(80, 500)
        last = hi - 100 - int(1.1 * ramp)
        if last <= lo + 1:
            continue
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if _PRE + lo * S <= a and b < _PRE + last * S]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.7 * (b - a), b + 2 * S)
        else:
            t0 = rng.uniform(_PRE + lo * S, _PRE + last * S)
        stop = n if to_end else min(int((t0 - _PRE) / S + length), hi - 40)
        t1 = T if stop >= n else _PRE + stop * S
        if (t1 - t0) / S < 60:
            continue
        c0, c1 = int(t0), min(T, int(t1))
        w = _shape(rng, kind, c1 - c0, ramp * S)
        target = rng.uniform(0.08, 0.32) if kind == "drop" else rng.uniform(0.10, 0.30)
        p0, p1 = int((t0 - _PRE) // S), min(n, int(np.ceil((t1 - _PRE) / S)))

        def values(a):
            slow = (c0, 1 + a * w)
            return _series(run, ann, [slow], received), slow

        def loss(v):
            return live_loss(v, healthy, live, p0, p1)[0]

        if loss(values(3.0)[0]) < target:
            continue
        lo_a, hi_a = 0.0, 3.0
        for _ in range(13):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if loss(values(mid)[0]) < target else (lo_a, mid)
        v, slow = values(0.5 * (lo_a + hi_a))
        diff = np.nonzero(v != healthy)[0]
        if len(diff) == 0:
            continue
        onset, end = int(diff[0]), (n if to_end and stop >= n else int(diff[-1]) + 1)
        if onset < lo or end > hi or any(onset <= c < end for c in run.changes):
            continue
        ramp_end = min(n, p0 + ramp) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), slow
    return None


def make_heldout37(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``): ``n`` RRD rows of gmetad's summed clips/s, its pause
    spans, its listed changes (the discriminators switched on, 2-s segments) and 3-4 regressions (``n_events``:
    that many slots; 0: the healthy run)."""
    check_args(pauses, n, n_events, max_events=8)
    run, ann = _build(seed, n, pauses)
    healthy = _series(run, ann)
    live = live_mask(run.spans, n)
    rng = np.random.default_rng([seed, 37, 21 + (pauses == "long")])
    k, slots = event_slots(rng, n, n_events)
    events, slows = [], []
    kinds = [str(x) for x in rng.permutation(KINDS3)] + [None]
    for i, (lo, hi) in enumerate(slots):
        to_end = i == k - 1 and rng.random() < 0.4
        got = _draw(rng, run, ann, healthy, live, lo, hi, to_end, kinds[i] if i < 3 else None)
        if got:
            events.append(got[0])
            slows.append(got[1])
    values = healthy.copy() if not events else _series(run, ann, slows)
    events = [Event(e.kind, e.onset, e.ramp_end, e.end, round(live_loss(values, healthy, live, e.onset, e.end)[0], 4))
              for e in events]
    ts = _T0 + _PRE + run.S * (np.arange(n) + 1.0)
    return Trace(values=values, timestamps=ts, events=events, pauses=list(run.spans), seed=seed, healthy=healthy,
                 changes=list(run.changes))


def heldout37_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT37_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth is clean."""
    return every_fourth_clean(make_heldout37, seeds, n, pauses)
