"""The eighth held-out throughput family: a vision fine-tuning job on a *shared* GPU node.

Written blind (without reading the detector) and never used for tuning.

What is modelled
----------------
One job (images/s, one point per Prometheus scrape of 10, 15, 20 or 30 s) fine-tunes a vision model
on a GPU node that it shares with other tenants, reading its images from network storage through a
local cache.  Unlike the earlier families (noise laws around a level; a data-parallel simulation;
``rate()`` of a token counter), the value here is a *count of completed optimizer steps* in each
scrape window times the batch size: ``value = batch * floor(steps_per_s * dt + u) / dt`` with a
per-point dither ``u ~ U(0, 1)``, so the series is quantised in steps of ``batch / dt`` (2-10 % of
the level) and the quantisation, not a jitter law, is most of the noise.

Healthy behaviour an operator would NOT want paged (rates are per trace of 6000 points):

* epochs of 380-700 points; the first epoch, and the epoch after a restart, read through a cold
  cache (0.68-0.85 of the warm rate);  each epoch's shard mix sets its level (lognormal, 2.5 %);
* a multi-task mixture whose proportions drift: two slow sinusoids (periods 700-3000 points,
  amplitude 1.5-4 %);
* co-tenant interference that comes and goes: about one burst per 450 live points, 3-16 points long,
  10-35 % down (the other tenant's short job or notebook; over within minutes, nothing to act on);
* storage hiccups: one or two points at 35-80 % (per point probability 0.3 %);
* step-time jitter: lognormal, sigma 1.5-4 % per point;
* routine pauses at every epoch end (evaluation + checkpoint): ``pauses="short"`` 2-9 points at
  0-50 % of the rate (a quick checkpoint and loader restart); ``"long"`` 20-120 points at zero or a
  small residual (a full evaluation pass);  warm-up ramps of 20-60 points at the start;
* spot preemption (half the traces, once): a gap of zero rate (``short``: 5-12 points, ``long``:
  60-120; listed among ``pauses`` because the job's phase reports it), then a warm-up ramp and a
  cold cache to the end of that epoch.

Labelled regressions (what an operator wants paged)
---------------------------------------------------
* ``drop``: a noisy neighbour that stays, a cache eviction that makes every later epoch slow (onset
  at an epoch start, i.e. right after a pause), a NIC renegotiated to a lower speed: a sustained
  factor of 0.65-0.92 for 200-1500 points or to the end of the trace;
* ``straggler``: a degraded link on one peer node: every step waits a random extra time (per point
  factor ``1 - d*g``, ``g`` gamma with mean 1), 120-700 points;
* ``leak``: a host memory leak forcing more frequent GC and swapping: a linear ramp to a 12-38 %
  deficit over 300-1500 points, with GC dips (0.6) whose probability grows along the ramp, held for
  100-800 points or to the end.

Half of the onsets are snapped to an epoch-end pause (``pause_end + U(-10, 10)``), so many start
right before, inside or just after a pause.  ``Event.depth`` is the *measured* loss
``1 - sum(values) / sum(healthy)`` over the live (unpaused) points of the span.  An event is kept
only if it is visible in its catch window: for drops and stragglers at least 60 % of the first 60
points are live and those lose >= 5 % against ``healthy``; for leaks the 60 live points after
``ramp_end`` lose >= 5 %.  Measured depths lie in 7-36 % (leaks 5-36 %); otherwise it is redrawn
(20 tries) or dropped.  ``healthy`` is the same run without regressions (its random stream does not
depend on the events).  Every fourth trace of a set is clean.

Counts per setting (12 seeds, n=6000; 9 traces with 3-4 events, 3 clean traces)::

    setting  events  drop  straggler  leak  depth        onset within 10 of a pause  pause spans
    short    31      15    8          8     0.085-0.309  14 (6 inside one)           2-9 points
    long     30      16    8          6     0.078-0.345  15 (9 inside one)           20-119 points

The value's quantisation step is 2.3-9.1 % of the level; traces have 7-15 pauses each.
"""

from __future__ import annotations

import numpy as np

from anomaly.traces import Event, Trace

HELDOUT8_SEEDS = tuple(range(81840, 81852))
_PAUSE = {"short": (2, 10), "long": (20, 121)}
_GAP = {"short": (5, 13), "long": (60, 121)}
_KINDS = ("drop", "straggler", "leak", "drop")


def _layout(rng, n, pauses):
    """Epochs, pauses and a possible preemption: the healthy multiplier before noise."""
    mult = np.ones(n)
    cold = np.ones(n)
    paused = []
    epoch_len = int(rng.integers(380, 701))
    cold_f = rng.uniform(0.68, 0.85)
    preempt_at = int(rng.integers(1500, n - 500)) if rng.random() < 0.5 else -1
    pos, epoch, ramp_from = 0, 0, [0]
    while pos < n:
        length = int(epoch_len * rng.uniform(0.95, 1.05))
        end = min(pos + length, n)
        mult[pos:end] *= np.exp(rng.normal(0, 0.025))
        if pos <= preempt_at < end:
            g = int(rng.integers(*_GAP[pauses]))
            preempt_at = max(pos + 30, min(preempt_at, end - 30 - g))  # the gap stays inside the epoch
            gap_end = min(preempt_at + g, n)
            mult[preempt_at:gap_end] = 0.0
            paused.append((preempt_at, gap_end))
            ramp_from.append(gap_end)
            cold[gap_end:end] = rng.uniform(0.72, 0.88)
        if epoch == 0:
            cold[pos:end] = cold_f
        pos = end
        if pos >= n:
            break
        p = int(rng.integers(*_PAUSE[pauses]))
        p_end = min(pos + p, n)
        if pauses == "short":
            level = rng.uniform(0.0, 0.5)
        else:
            level = 0.0 if rng.random() < 0.6 else rng.uniform(0.03, 0.2)
        mult[pos:p_end] = level
        if p_end - pos >= 2:  # the scrape windows at the pause edges are partly live
            mult[pos] = rng.uniform(0.3, 0.9)
            if p_end < n:
                mult[p_end - 1] = max(level, rng.uniform(0.1, 0.7))
        paused.append((pos, p_end))
        pos, epoch = p_end, epoch + 1
    for start in ramp_from:  # warm-up ramps at start and after a restart
        r = int(rng.integers(20, 61))
        k = np.arange(min(r, n - start))
        mult[start:start + len(k)] *= 0.3 + 0.7 * k / r
    paused.sort()
    return mult * cold, paused


def _healthy(rng, n, pauses):
    mult, paused = _layout(rng, n, pauses)
    i = np.arange(n)
    for _ in range(2):  # multi-task mixture drift
        period, amp = rng.uniform(700, 3000), rng.uniform(0.015, 0.04)
        mult *= 1 + amp * np.sin(2 * np.pi * i / period + rng.uniform(0, 2 * np.pi))
    live = mult > 0.95 * np.median(mult[mult > 0])
    t = 0
    while True:  # co-tenant interference bursts
        t += int(rng.geometric(1 / 450))
        if t >= n:
            break
        d = int(rng.integers(3, 17))
        if live[t]:
            mult[t:t + d] *= 1 - rng.uniform(0.10, 0.35)
        t += d
    hic = rng.random(n) < 0.003
    mult[hic] *= rng.uniform(0.35, 0.8, hic.sum())
    hic2 = np.flatnonzero(hic)[:-1] + 1
    mult[hic2] *= np.where(rng.random(len(hic2)) < 0.4, rng.uniform(0.35, 0.8, len(hic2)), 1.0)
    sigma = rng.uniform(0.015, 0.04)
    mult *= np.exp(rng.normal(0, sigma, n))
    return mult, paused


def _quantise(step_rate, dither, dt, batch):
    return batch * np.floor(np.maximum(step_rate, 0) * dt + dither) / dt


def _event_mult(rng, kind, onset, n, last):
    """The regression's multiplier over ``[onset, end)`` and its Event skeleton (depth unset)."""
    if kind == "drop":
        dur = n - onset if last and rng.random() < 0.35 else int(rng.integers(200, 1201))
        end = min(onset + dur, n)
        m = np.full(end - onset, 1 - rng.uniform(0.08, 0.35))
        return m, onset, end
    if kind == "straggler":
        end = min(onset + int(rng.integers(120, 701)), n)
        d = rng.uniform(0.08, 0.38)
        g = np.minimum(rng.gamma(2.0, 0.5, end - onset), 0.9 / d)
        return 1 - d * g, onset, end
    ramp = int(rng.integers(300, 1201))
    hold = n if last and rng.random() < 0.35 else int(rng.integers(100, 601))
    ramp_end = min(onset + ramp, n - 60)
    end = min(ramp_end + hold, n)
    final = rng.uniform(0.12, 0.38)
    k = np.arange(end - onset)
    frac = np.minimum(k / max(ramp_end - onset, 1), 1.0)
    m = 1 - final * frac
    gc = rng.random(len(k)) < 0.1 * frac
    m[gc] *= 0.6
    return m, ramp_end, end


def _visible(kind, values, healthy, paused_mask, onset, ramp_end, end):
    if kind == "leak":
        live = np.flatnonzero(~paused_mask[ramp_end:end])[:60] + ramp_end
        if len(live) < 40:
            return False
    else:
        window = np.arange(onset, min(onset + 60, end))
        if len(window) < 60 or (~paused_mask[window]).mean() < 0.6:
            return False
        live = window[~paused_mask[window]]
    return 1 - values[live].sum() / max(healthy[live].sum(), 1e-9) >= 0.05


def make_heldout8(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One labelled trace of the shared-node fine-tuning job (deterministic in ``seed``)."""
    if pauses not in _PAUSE:
        raise ValueError(f"pauses must be 'short' or 'long', got {pauses!r}")
    if n < 2000:
        raise ValueError(f"n must be >= 2000, got {n}")
    rng = np.random.default_rng([seed, 8, 0 if pauses == "short" else 1])
    dt = float(rng.choice([10.0, 15.0, 20.0, 30.0]))
    batch = int(rng.choice([64, 96, 128, 256]))
    steps_per_window = rng.uniform(10, 45)  # quantisation step is 2-10 % of the level
    base = steps_per_window / dt
    mult, paused = _healthy(rng, n, pauses)
    dither = rng.random(n)
    healthy = _quantise(base * mult, dither, dt, batch)
    ts = 1.8e9 + seed * 1000.0 + np.cumsum(dt * rng.uniform(0.97, 1.03, n))
    paused_mask = np.zeros(n, bool)
    for s, e in paused:
        paused_mask[s:e] = True

    erng = np.random.default_rng([seed, 8, 2 if pauses == "short" else 3])
    if n_events is None:
        n_events = int(erng.choice([3, 3, 4]))
    reg = np.ones(n)
    values = healthy.copy()
    events: list[Event] = []
    ends = [e for _, e in paused]
    cursor = max(450, ends[0] + 30)
    plan = list(erng.permutation(_KINDS))  # kinds in a balanced order, each kept through its retries
    for j in range(n_events):
        kind = str(plan[j % len(plan)])
        for _try in range(20):
            onset = cursor + int(erng.integers(100, 600))
            if erng.random() < 0.5:
                later = [e for e in ends if e > cursor + 80]
                if later:
                    onset = later[int(erng.integers(0, min(3, len(later))))] + int(erng.integers(-10, 11))
            if onset > n - 300:
                continue
            m, ramp_end, end = _event_mult(erng, kind, onset, n, last=j == n_events - 1)
            trial = reg.copy()
            trial[onset:end] *= m
            v = _quantise(base * mult * trial, dither, dt, batch)
            if not _visible(kind, v, healthy, paused_mask, onset, ramp_end, end):
                continue
            live = ~paused_mask[onset:end]
            depth = 1 - v[onset:end][live].sum() / healthy[onset:end][live].sum()
            lo = 0.05 if kind == "leak" else 0.07
            if not lo <= depth <= 0.36:
                continue
            if kind != "leak":
                ramp_end = onset
            reg, values = trial, v
            events.append(Event(kind, onset, ramp_end, end, round(float(depth), 4)))
            cursor = end + 1
            break
        if cursor >= n - 400:
            break
    return Trace(values=values, timestamps=ts, events=events, pauses=paused, seed=seed, healthy=healthy)


def heldout8_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT8_SEEDS) -> list[Trace]:
    """The held-out set: every fourth trace is clean."""
    return [make_heldout8(s, n=n, pauses=pauses, n_events=0 if (k + 1) % 4 == 0 else None)
            for k, s in enumerate(seeds)]
