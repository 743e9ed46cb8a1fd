"""The sixtieth held-out throughput family: a fraud-detection graph neural network's (GraphSAGE-style, neighbour
sampling from a distributed graph store) training seed nodes/s on a cloud GPU cluster under a batch scheduler with a
wall-time limit and job chaining, counted per rank with the Apache SkyWalking Python agent's meter ``Counter`` (RATE
mode), summed by an OAP Meter Analysis Language rule, downsampled to the minute and read per minute by a dashboard.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): the SkyWalking Python agent's "Meter Reporter" page
(``Counter.Builder(name, CounterMode.INCREMENT)``, ``increment(n)``, the meter reporter on by default, gRPC or Kafka
only); the Python agent's PR #231 ("reports roughly every 20 seconds"); the Java agent's meter toolkit page ("RATE
mode means reporting rate to the backend") and its ``Counter.java`` (``Mode.INCREMENT``: "report the real value", the
cumulative count; ``Mode.RATE``: "rate with previous value when report", the increase since the last report: the mode
used here); the OAP's self-observability and OAL pages (MAL filters, aggregates and stores the results; ``sum`` /
average functions); the OAP's "Configuration Vocabulary" (a copy of its table: ``core.persistentPeriod``, the
persistence timer's period, 25 s). Assumed without checking: that the Python agent's RATE mode behaves as the Java one
(a restarted process starts from 0, so no counter reset shows), that a report lands in the minute of its agent
timestamp, that the MAL rule is ``sum(['service']).downsampling(SUM)`` and the panel divides by 60, that the agent
drops the reports it cannot send while the OAP is down (no replay), that an OAP restart loses what it has not yet
persisted (up to one 25 s period of received reports; no restart replay), that a report counts in the panel only once
persisted before the panel's read (``D`` after the minute's end), that a process killed at the wall-time limit loses
its unsent increase (probability 0.3-0.9 per job) and that its successor's new instance name only adds a series the
sum absorbs (a meter that stops reporting simply adds no more samples: nothing carried forward, as it would be in a
scraper's staleness window); the agent's meter queue never overflows; everything about the job (no GraphSAGE
fraud-detection recipe read).

What is modelled
----------------
The job: ``R`` ranks (8, 16 or 32), each training ``r0`` seed nodes/s; a mini-batch's cost follows the size of its
sampled subgraph (per-second log-normal jitter, sd 3-9 %, and a sampling stall in the graph store: per second 0.1-0.6
%, gamma of mean 1-6 s at no progress); seed nodes are ordered by graph partition, so an epoch (25-70 min) sweeps
partitions of different mean degree (a sine of 2-6 % over the epoch, phase per epoch); the cluster's speed drifts (an
OU process of the log, sd 1-3 %, 30-120 min). Graph snapshot refreshes from the transaction stream (2-5 a run): a
reload pause of 90-400 s (short) or 900-3000 s (long), then the step's cost times 0.75-0.9 or 1.12-1.35 (listed,
"snapshot"). Pauses: a validation at each epoch's end (short: 50-360 s) or every 3rd-5th (long: 1500-4200 s; the other
epoch ends respawn the loader, 5-20 s of no progress, no pause), a checkpoint every 2nd-3rd validation (short 30-150
s, long 200-700 s). Wall-time limit (every 4-12 h): the job is killed, chained and requeued (short 120-720 s, long
900-3600 s queue wait), resumes from its last checkpoint (the lost work is simply redone); 25 % of the requeues land
on another GPU type (times 0.6-0.85 or 1.2-1.6; listed, "node"). The next epoch end, wall-time kill or snapshot lies
at least 10 min after a pause's end. A minute is paused where it meets ``[a - 20 s, b + 25 s]`` of a pause (the report
period smears its edges).

Collection: every rank reports its increase every 20 s (phase per rank, 0-1.5 s latency); a report counts in the
minute of its send time; OAP restarts (Poisson, mean every 20-80 h, down 40-400 s) lose the reports sent while it is
down and those received in the 0-25 s before (not persisted); the panel reads minute ``j`` at its end plus ``D`` (20,
35, 60 or 150 s) and counts only reports persisted by then (a persistence grid of 25 s, phase per job).

Labelled regressions scale the per-second counts in their window by ``1 / (1 + a w(t))``: ``drop`` (a graph store
shard degraded for good: ``w`` steps to 0.6-1 and settles to 1 over 60-300 s), ``straggler`` (one rank's sampler
workers starved in bursts: bursts of median 60-240 s at 1, gaps of median 120-600 s at 0.1-0.25, log-normal sd 0.5),
``leak`` (the neighbour cache fragments: ``w = u ** p``, ``p`` 0.8-2, over a ramp of 200-1200 points (at most 45 % of
its slot), then held). Onsets: 30 % in the last 60 % of a pause or up to 2 min after it, else anywhere; ``a`` by
bisection (0-8) on the per-second counts to a loss of 9-30 % (drop), 10-30 % (straggler), 12-32 % (leak; on its
plateau); an event ends before the next listed change; kept where the measured depth is 7-35 % and shows (200 draws a
slot).

Counts over ``heldout60_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      12    10         10    0.086-0.297  30              2-14 (1844 spans, 0 >60)     3
long      31      10    10         11    0.081-0.298  12              16-83 (479 spans, 65 >60)    3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 69 (38 snapshot refreshes, 31 requeues onto another GPU type), long 85 (43 snapshot
refreshes, 42 requeues onto another GPU type). Per setting's 12 runs (short / long): 1671 and 292 validations; 136 and
146 wall-time requeues, of which 92 and 98 lost the killed processes' unsent increase; 23 and 25 OAP restarts. Paused
share of the points: 9.8-19.1 % (mean 13.5 %) short, 22.5-41.2 % (mean 29.9 %) long. Live points read as 0 (stalls,
OAP restarts, a short panel delay): 63 (short) and 50 (long). The healthy series' median absolute step of log over
steady live points (10 after a span left out, zeros left out): 1.0-4.0 % (short), 1.1-2.3 % (long); median live
level 348-4128 (short), 495-19513 (long) seed nodes/s. Panel delays ``D`` over the 12 runs: five, three, three and
one (short), one, four, four and three (long) of 20, 35, 60 and 150 s. Generating both settings takes about 2 s (on
shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout59.py`` lines 1-109 and its ``make_heldout59`` /
``heldout59_set`` (lines 423-433, found with ``grep -n`` and ``wc -l``) and its import / constant lines 111-123
(seen in a ``grep -n "^from|^import|^T0|^CODE|^P_KIND"``: a slip beyond the listed ranges); ``tests/test_anomaly_
heldout59.py`` (all); ``anomaly/heldout_common.py`` lines 20-60, 82-130, 365-521 and its ``def`` lines;
``tests/trace_checks.py`` (most of it); ``anomaly/traces.py`` lines 1-80; the first 3 lines of the last generators
(``head -3`` over every ``anomaly/heldout*.py``, shown from heldout55 on); ``tests/test_architecture.py`` lines
60-110 and its ``MAX_LINES`` line. Also seen: the list of worktrees and branches (``git worktree list``, ``git
branch --list 'g60*'``), which prints other branches' head commit ids and main's.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT60_SEEDS = tuple(range(602000, 602012))
CODE = 60
P_KIND = (0.35, 0.35, 0.3)
T0 = 1_790_611_200.0  # a whole minute (and hour)
PERIOD = 20.0  # the agent's meter reporting period (s)
PERSIST = 25.0  # the OAP's persistence period (core.persistentPeriod default, s)


def _schedule(rng, n: int, setting: str):
    """The job's pauses, level factors and per-second healthy counts over ``60 n`` s."""
    T = int(60 * n)
    long_ = setting == "long"
    R = int(rng.choice([8, 16, 32]))
    r0 = hc.log_uniform(rng, 40.0, 400.0)
    epoch = rng.uniform(1500, 4200)
    val_every = 1 if not long_ else int(rng.integers(3, 6))
    ck_every = int(rng.integers(2, 4))
    wall = rng.uniform(4 * 3600, 12 * 3600)
    snaps = np.sort(rng.uniform(0.08, 0.95, int(rng.integers(2, 6)))) * T
    level = np.ones(T)
    alive = np.ones(T, bool)
    pauses, known_t, known_kind, kills = [], [], [], []
    t, ep, nval, job_start, si = 0.0, 0, 0, 0.0, 0
    next_ep = epoch
    scale = 1.0
    while t < T:
        cands = [(next_ep, "epoch"), (max(job_start + wall, t + 600), "wall")]
        if si < len(snaps):
            cands.append((max(snaps[si], t + 600), "snap"))
        at, what = min(cands)
        if at >= T:
            break
        level[int(at):] = scale
        if what == "epoch":
            ep += 1
            next_ep = at + epoch * rng.uniform(0.97, 1.03)
            if ep % val_every:
                t = at + rng.uniform(5, 20)
                alive[int(at):int(t)] = False
                continue
            nval += 1
            d = hc.log_uniform(rng, 50, 360) if not long_ else hc.log_uniform(rng, 1500, 4200)
            if nval % ck_every == 0:
                d += rng.uniform(30, 150) if not long_ else rng.uniform(200, 700)
            kind = "validation"
        elif what == "wall":
            d = rng.uniform(120, 720) if not long_ else rng.uniform(900, 3600)
            kills.append(at)
            kind = "requeue"
            job_start = at + d
            if rng.random() < 0.25:
                f = rng.uniform(0.6, 0.85) if rng.random() < 0.5 else rng.uniform(1.2, 1.6)
                scale /= f
                known_t.append(at + d)
                known_kind.append("node")
        else:
            si += 1
            d = rng.uniform(90, 400) if not long_ else rng.uniform(900, 3000)
            f = rng.uniform(0.75, 0.9) if rng.random() < 0.5 else rng.uniform(1.12, 1.35)
            scale /= f
            known_t.append(at + d)
            known_kind.append("snapshot")
            kind = "snapshot"
        b = min(at + d, T)
        pauses.append((at, b, kind))
        alive[int(at):int(b)] = False
        level[int(b):] = scale
        next_ep = max(next_ep, b + 600) if what != "epoch" else b + epoch * rng.uniform(0.97, 1.03)
        t = b
    # per-second rate: drift, partition sweep, subgraph jitter, sampling stalls
    drift = np.repeat(np.exp(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 7200))), 60)[:T]
    amp = rng.uniform(0.02, 0.06)
    sec = np.arange(T)
    sweep = 1 + amp * np.sin(2 * np.pi * (sec / epoch) + rng.uniform(0, 2 * np.pi))
    jit = np.exp(rng.normal(0, rng.uniform(0.03, 0.09), T))
    stall = np.ones(T)
    p_st, m_st = rng.uniform(0.001, 0.006), rng.uniform(1, 6)
    for s in np.flatnonzero(rng.random(T) < p_st):
        stall[s:s + int(rng.gamma(2.0, m_st / 2)) + 1] = 0.0
    c = R * r0 * level * drift * sweep * jit * stall * alive
    # collection
    phase = rng.uniform(0, PERIOD, R)
    lat = rng.uniform(0.0, 1.5, R)
    p_lost = rng.uniform(0.3, 0.9)
    lost_at = [a for a in kills if rng.random() < p_lost]
    outs, tt = [], rng.exponential(hc.log_uniform(rng, 20, 80) * 3600)
    while tt < T:
        outs.append((tt - rng.uniform(0, PERSIST), tt + rng.uniform(40, 400)))
        tt += rng.exponential(hc.log_uniform(rng, 20, 80) * 3600)
    D = float(rng.choice([20.0, 35.0, 60.0, 150.0]))
    pp = rng.uniform(0, PERSIST)
    return SimpleNamespace(n=n, T=T, dt=60.0, R=R, r0=r0, c=c, pauses_t=pauses, known_t=known_t,
                           known_kind=known_kind, kills=kills, lost_at=lost_at, outs=outs, D=D, pp=pp, phase=phase,
                           lat=lat, stats={"validations": sum(k == "validation" for _, _, k in pauses),
                                           "requeues": len(kills), "oap_restarts": len(outs),
                                           "lost": len(lost_at)})


def _series(run, mods=()) -> np.ndarray:
    """Per-minute panel values (seed nodes/s) of the per-second counts with the regressions ``mods``."""
    c = run.c.copy()
    for t0, w in mods:
        c[t0:t0 + len(w)] /= w
    out = np.zeros(run.n)
    for r in range(run.R):
        tk = run.phase[r] + PERIOD * np.arange(int(run.T / PERIOD))
        tk = tk[np.ceil(tk) < run.T]
        idx = np.ceil(tk).astype(int)
        inc = np.add.reduceat(c, np.concatenate([[0], idx]))[:len(tk)]  # the increase since the last report
        for a in run.lost_at:  # the killed process's unsent increase
            k = int(np.searchsorted(tk, a))
            if k < len(tk):
                inc[k] -= c[(idx[k - 1] if k else 0):int(a)].sum()
        recv = tk + run.lat[r]
        ok = np.ones(len(tk), bool)
        for a, b in run.outs:
            ok &= ~((recv >= a) & (recv < b))
        persisted = np.ceil((recv - run.pp) / PERSIST) * PERSIST + run.pp
        m = (tk // 60).astype(int)
        ok &= persisted <= 60.0 * (m + 1) + run.D
        out += np.bincount(m[ok], weights=inc[ok] / run.R, minlength=run.n)[:run.n]
    return np.maximum(out, 0.0) / 60.0


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE]), n, setting)
    healthy = _series(run)
    spans = hc.rollup_spans([(max(a - 20, 0), b + 25, k) for a, b, k in run.pauses_t], 60.0, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, L: int, ramp: int) -> np.ndarray:
    """The regression's shape ``w`` over ``L`` seconds (``ramp`` seconds for a leak)."""
    x = np.arange(L, dtype=float)
    if kind == "drop":
        w0, tau = rng.uniform(0.6, 1.0), rng.uniform(60, 300)
        return 1 - (1 - w0) * np.exp(-x / tau)
    if kind == "leak":
        return np.minimum(x / ramp, 1.0) ** rng.uniform(0.8, 2.0)
    w = np.empty(L)
    lo, on, off = rng.uniform(0.1, 0.25), rng.uniform(60, 240), rng.uniform(120, 600)
    i, bad = 0, True
    while i < L:
        d = int(max(10, rng.lognormal(np.log(on if bad else off), 0.5)))
        w[i:i + d] = 1.0 if bad else lo
        i, bad = i + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: ``(Event, mod)`` or None after 200 draws."""
    n = run.n
    for _ in range(200):
        kind = want
        ramp = int(rng.uniform(200, min(1200, 0.45 * (hi - lo)))) if kind == "leak" else 0
        last = hi - 150 - int(1.1 * ramp)
        if last <= lo:
            continue
        near = [(a, b) for a, b, _ in run.pauses_t if lo * 60 <= a and b < last * 60]
        if near and rng.random() < 0.3:
            a, b = near[int(rng.integers(len(near)))]
            t0 = rng.uniform(a + 0.4 * (b - a), b + 120)
        else:
            t0 = rng.uniform(lo * 60, last * 60)
        t0 = int(t0)
        cap = min([c - 1 for c in changes if c > t0 // 60] + [hi - 2])  # end before the next listed change
        room = min(cap, t0 // 60 + ramp + 900) - t0 // 60
        if not to_end and room <= ramp + 150:
            continue
        stop = n if to_end else int(rng.uniform(ramp + 150, room)) + t0 // 60
        L = stop * 60 - t0 - (0 if to_end else 60)
        if L < 60 * (ramp + 100):
            continue
        w = _weight(rng, kind, L, 60 * ramp)
        target = {"drop": rng.uniform(0.09, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        seg = run.c[t0:t0 + L]
        c0 = int(0.9 * 60 * ramp) if kind == "leak" else 0
        base = seg[c0:].sum()
        if base <= 0:
            continue
        a_lo, a_hi = 0.0, 8.0
        if 1 - (seg[c0:] / (1 + a_hi * w[c0:])).sum() / base < target:
            continue
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if 1 - (seg[c0:] / (1 + mid * w[c0:])).sum() / base < target else (a_lo, mid)
        mod = (t0, 1 + 0.5 * (a_lo + a_hi) * w)
        v = _series(run, [mod])
        d = np.flatnonzero(v != healthy)
        if len(d) == 0:
            continue
        onset, end = int(d[0]), int(d[-1]) + 1
        ramp_end = min(int((t0 + 60 * ramp) // 60), n) if kind == "leak" else onset
        if onset < lo or end > (n if to_end else hi) or any(onset <= c < end for c in changes):
            continue
        if kind == "leak" and not onset < ramp_end < end:
            continue
        if (v[onset:end] < healthy[onset:end]).mean() <= 0.6:
            continue
        depth = hc.live_loss(v, healthy, live, onset, end)[0]
        if kind == "leak":
            seen = hc.live_loss(v, healthy, live, ramp_end - (ramp_end - onset) // 3, ramp_end)[0]
            ok = seen >= 0.05
        else:
            seen = hc.live_loss(v, healthy, live, onset, onset + 60)[0]
            ok = seen >= max(0.05, 0.5 * depth)
        if ok and 0.07 <= depth <= 0.35:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout60(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout60_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT60_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout60, seeds, n, pauses)
