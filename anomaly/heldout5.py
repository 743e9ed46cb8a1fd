"""A fifth held-out family of synthetic training-throughput traces (never used for tuning).

Written blind: without reading the project's detector, its tuning code, its own generator (beyond
the ``Event``/``Trace`` interface) or the other held-out generators, and without running any
detector on these traces.

What it models is a Lightning job's samples/tokens counter as Prometheus scrapes it, turned into a
rate the way PromQL does:

* **Scrapes.** An interval of 5, 10, 15, 30 or 60 s per run, sometimes changed mid-run by a config
  reload, with a little timing jitter and occasional missed scrapes (gaps in the timestamps).
* **rate()/irate().** The value at a point is the counter increase over the last ``w`` scrape
  intervals (``w = 1`` is ``irate``) divided by the time they span, so every pause and regression
  is smeared over ``w - 1`` extra points. At an elastic restart the counter resets; Prometheus'
  reset rule recovers the increase except the samples done before the crash, which are lost.
* **Healthy rhythm.** A dynamic batch-size ramp in steps at the start; accumulation / pipeline
  bubble rhythms aliased by the scrape (a periodic ripple whose period and shape change mid-run);
  sequence-length packing regimes (a Markov chain of level shifts of a few per cent); diurnal
  shared-storage contention; AR(1) log jitter with Student-t innovations; mixed-precision overflow
  skips (brief faster points, dense while the loss scale calibrates); NCCL timeouts and retries
  (one to three deep dips); slow host-to-device copies (short shallow dips); data-loader prefetch
  bursts after every pause; background checkpoint uploads (a mild dip after a checkpoint).
* **Pauses.** Validation every N points (N drifts and changes once), with lengths that vary; every
  k-th one also writes a checkpoint. During validation the counter is per run *stopped* (rate 0),
  *partial* (a fraction of the training rate, as when eval batches are counted with a smaller batch)
  or *raised* (eval batches counted too and forward-only passes run faster). Checkpoint writes stop
  it. An elastic restart is a pause as well (it is listed in ``Trace.pauses``), followed by a
  warm-up. ``pauses="short"`` gives spans of 1-12 points, ``"long"`` 15-120; a span includes the
  ``w - 1`` points the rate window smears it over.
* **Regressions** (multiplying the per-interval throughput, pauses included, so a raised eval slows
  too): ``drop`` (a competing process: a wobbling step down of 8-40 %, nearly half of them small,
  recovering after a short ramp or lasting to the end), ``leak`` (per-batch work that grows:
  throughput ``1 / (1 + a x)`` over the ramp, then held until a restart clears it or to the end) and
  ``straggler`` (one slow rank: bursts of 25-60 % slowdowns in a Markov on/off pattern). About a
  third of the onsets are placed just before or inside a routine pause.

``Event.end`` includes the ``w - 1`` points of rate smear after the regression stops, so
``healthy`` (the same run, same noise, without regressions) equals ``values`` bit for bit outside
the events. ``Event.depth`` is measured: the mean of ``1 - values / healthy`` over the event's
points where ``healthy > 0`` (points inside a stopped pause carry no information and are skipped).
For drops and stragglers ``ramp_end == onset``.
"""

from __future__ import annotations

import numpy as np

from anomaly.traces import Event, Trace

__all__ = ["HELDOUT5_SEEDS", "heldout5_set", "make_heldout5"]

HELDOUT5_SEEDS = range(58310, 58322)
_PAUSE_SPAN = {"short": (1, 12), "long": (15, 120)}
_FIRST_ONSET = 400
_INTERVALS = np.array([5.0, 10.0, 15.0, 30.0, 60.0])


def _scrape_steps(rng: np.random.Generator, n: int) -> np.ndarray:
    """Seconds between consecutive scrapes (the first entry is the interval before point 0)."""
    step = np.full(n, rng.choice(_INTERVALS))
    if rng.random() < 0.35:  # a Prometheus config reload changes scrape_interval mid-run
        step[rng.integers(n // 4, max(n // 4 + 1, 3 * n // 4)):] = rng.choice(_INTERVALS)
    step *= 1.0 + np.clip(rng.normal(0.0, 0.01, n), -0.05, 0.05)
    missed = rng.random(n) < rng.uniform(0.0005, 0.004)
    step[missed] *= rng.integers(2, 5, int(missed.sum()))
    return step


def _pause_plan(rng: np.random.Generator, n: int, setting: str, w: int):
    """Validation / checkpoint / restart pauses as (start, true_length, kind) in scrape points."""
    lo, hi = _PAUSE_SPAN[setting]
    top = hi - (w - 1)  # longest true length whose smeared span still fits the setting
    period = float(rng.integers(90, 500) if setting == "short" else rng.integers(300, 900))
    change_at = rng.integers(n // 3, max(n // 3 + 1, n)) if rng.random() < 0.5 else n
    base = rng.uniform(lo, hi)
    ckpt_every = int(rng.integers(2, 6))
    plan, start, count = [], int(rng.integers(int(period) // 3, int(period))), 0
    while start < n - 1:
        count += 1
        if start >= change_at:  # val_check_interval changed on a resume: a new rhythm
            period, base, change_at = period * rng.uniform(0.6, 1.6), rng.uniform(lo, hi), n
        length = base * rng.lognormal(0.0, 0.25) * (rng.uniform(1.5, 2.5) if rng.random() < 0.08 else 1)
        kind = "validation"
        if count % ckpt_every == 0:
            length += rng.uniform(0.1, 0.4) * (hi - lo) + 1
            kind = "checkpoint"
        true_len = int(np.clip(round(length) - (w - 1), 1, max(1, top)))
        plan.append((start, min(true_len, n - start), kind))
        start += true_len + w - 1 + max(20, int(period * rng.lognormal(0.0, 0.1)))
    if n > 1500 and rng.random() < 0.3:  # one elastic restart somewhere after the warm-up
        at = int(rng.integers(600, n - 200))
        clear = [p for p in plan if p[0] + p[1] + w + 20 <= at or p[0] >= at + hi + 20]
        length = int(rng.integers(max(1, lo - (w - 1)), max(2, top + 1)))
        plan = sorted(clear + [(at, length, "restart")])
    return plan


def _healthy_log(rng: np.random.Generator, n: int, t: np.ndarray) -> np.ndarray:
    """Log multiplier of the healthy per-interval throughput, before pauses are cut in."""
    i = np.arange(n)
    out = np.zeros(n)
    edges = np.sort(rng.integers(20, rng.integers(80, 350), rng.integers(1, 4)))  # batch-size ramp
    levels = np.log(np.sort(rng.uniform(0.5, 0.9, len(edges))))
    for k, edge in enumerate(edges):
        out[(i < edge) & (i >= (edges[k - 1] if k else 0))] = levels[k]
    cut = int(rng.integers(n // 5, max(n // 5 + 1, 4 * n // 5)))  # a rhythm change mid-run
    for lo, hi in ((0, cut), (cut, n)):
        per, amp, shape = rng.uniform(3, 40), rng.uniform(0.003, 0.025), rng.integers(3)
        phase = (i[lo:hi] / per + rng.random()) % 1.0
        wave = [np.sin(2 * np.pi * phase), np.where(phase < 0.5, 1.0, -1.0), 2 * phase - 1][shape]
        out[lo:hi] += amp * wave
    out[cut:] += rng.uniform(-0.03, 0.03)  # packing / curriculum change: a small legitimate shift
    regime, dwell = rng.uniform(-0.04, 0.04, 3), rng.uniform(30, 300)
    state = 0
    for j in range(n):  # sequence-length packing regimes
        if rng.random() < 1.0 / dwell:
            state = int(rng.integers(3))
        out[j] += regime[state]
    day = np.sin(2 * np.pi * (t - rng.uniform(0, 86400)) / 86400.0)
    out -= rng.uniform(0.01, 0.06) * np.clip(day, 0.0, None) ** 2  # storage busiest mid-day
    sigma, phi, df = rng.uniform(0.008, 0.04), rng.uniform(0.3, 0.9), rng.uniform(2.5, 6.0)
    shocks = np.clip(rng.standard_t(df, n), -8, 8) * sigma * np.sqrt(1 - phi**2)
    ar = np.zeros(n)
    for j in range(1, n):
        ar[j] = phi * ar[j - 1] + shocks[j]
    out += ar
    skip = rng.random(n) < np.where(i < 500, 0.02, rng.uniform(0.0005, 0.003))  # AMP overflow skips
    out[skip] += rng.uniform(0.02, 0.07, int(skip.sum()))
    for j in np.flatnonzero(rng.random(n) < rng.uniform(0.0003, 0.0015)):  # NCCL timeout + retry
        out[j:j + int(rng.integers(1, 4))] += np.log(rng.uniform(0.1, 0.6))
    for j in np.flatnonzero(rng.random(n) < rng.uniform(0.0005, 0.003)):  # slow host-to-device copy
        out[j:j + int(rng.integers(2, 7))] += np.log(rng.uniform(0.9, 0.96))
    return out


def _apply_pauses(rng, g, plan, level, w):
    """Cut the pauses into the per-interval throughput ``g`` and add what follows them."""
    n = len(g)
    eval_mode = rng.choice(["stopped", "partial", "raised"], p=rng.dirichlet([1.0, 1.0, 1.0]))
    spans, lost = [], []
    for start, length, kind in plan:
        end = start + length
        trained = g[start]
        if kind == "validation" and eval_mode != "stopped":
            ratio = rng.uniform(0.1, 0.5) if eval_mode == "partial" else rng.uniform(1.3, 2.2)
            g[start:end] = level * ratio * rng.lognormal(0.0, 0.05, length)
        else:
            g[start:end] = 0.0
        if kind == "restart":  # the counter resets; the crash interval's samples are lost
            lost.append(start)
        else:  # the pause begins part-way through its first scrape interval
            share = rng.random()
            g[start] = share * trained + (1.0 - share) * g[start]
        after = np.arange(end, min(n, end + 40))
        burst = rng.uniform(0.05, 0.3) * np.exp(-(after - end) / rng.uniform(0.5, 3.0))  # prefetch
        g[after] *= 1.0 + (burst if kind != "restart" else 0.0)
        if kind == "restart":  # cold caches and recompiles
            warm = after[: int(rng.integers(5, 31))]
            g[warm] *= np.linspace(rng.uniform(0.7, 0.85), 1.0, len(warm))
        if kind == "checkpoint" and rng.random() < 0.6:  # background upload of the checkpoint
            up = slice(end, min(n, end + int(rng.integers(10, 61))))
            g[up] *= 1.0 - rng.uniform(0.02, 0.05)
        spans.append((start, min(n, end + w - 1)))
    return spans, lost


def _place_events(rng, n, kinds, pause_spans):
    """Non-overlapping (kind, onset, duration-or-None) placements after the warm-up."""
    starts = [s for s, _ in pause_spans if s > _FIRST_ONSET + 5]
    taken, out = [], []
    for kind in kinds:
        for _ in range(200):
            if kind == "leak":
                dur = int(rng.integers(400, 2200))
            else:
                dur = int(rng.integers(150, 1500 if kind == "drop" else 900))
            if starts and rng.random() < 0.35:  # onset just before or inside a routine pause
                onset = int(rng.choice(starts)) + int(rng.integers(-5, 6))
            else:
                onset = int(rng.integers(_FIRST_ONSET + 1, max(_FIRST_ONSET + 2, n - 150)))
            to_end = kind != "straggler" and rng.random() < 0.3
            end = n if to_end else onset + dur
            if onset <= _FIRST_ONSET or end > n or onset > n - 150:
                continue
            if all(end + 80 <= a or onset >= b + 80 for a, b in taken):
                taken.append((onset, end))
                out.append((kind, onset, end))
                break
    return sorted(out, key=lambda e: e[1])


def _regression_factor(rng, kind: str, length: int, recovers: bool):
    """Per-interval multiplier of one regression and its ramp length (leaks only)."""
    x = np.arange(length)
    if kind == "drop":
        depth = rng.uniform(0.08, 0.15) if rng.random() < 0.45 else rng.uniform(0.15, 0.38)
        wobble = np.cumsum(rng.normal(0.0, 0.01, length)) * 0.1  # the competitor's load drifts
        f = 1.0 - depth * np.clip(1.0 + wobble + rng.normal(0.0, 0.05, length), 0.85, 1.15)
        r = min(length - 1, int(rng.integers(1, 4)))  # the competing process spins up
        f[:r] = np.linspace(1.0, f[r], r + 1)[1:]
        if recovers:
            r = min(length, int(rng.integers(1, 6)))
            f[length - r:] = np.linspace(f[length - r], 1.0, r + 1)[1:]
        return f, 0
    if kind == "leak":
        final = rng.uniform(0.13, 0.40)
        ramp = int(min(length - 50, rng.uniform(0.4, 0.85) * length))
        progress = np.clip(x / max(ramp, 1), 0.0, 1.0) ** rng.uniform(0.8, 1.5)
        f = 1.0 / (1.0 + final / (1.0 - final) * progress)
        return f * (1.0 + rng.normal(0.0, 0.01, length)), ramp
    slow, on, f = rng.uniform(0.25, 0.6), False, np.ones(length)
    p_on, p_off = 1 / rng.uniform(3, 12), 1 / rng.uniform(2, 8)
    for j in range(length):  # one slow rank stalls the collective in bursts
        on = (rng.random() >= p_off) if on else (rng.random() < p_on)
        f[j] = 1.0 - (slow * rng.uniform(0.6, 1.4) if on else rng.uniform(0.0, 0.06))
    return np.clip(f, 0.2, 1.0), 0


def _rate(g: np.ndarray, step: np.ndarray, lost: list[int], w: int) -> np.ndarray:
    """PromQL ``rate(counter[w scrapes])`` from per-interval throughput; local, so bit-stable."""
    inc = g * step
    inc[lost] = 0.0  # reset handling recovers the post-restart count, not the crashed one
    num, den = inc.copy(), step.copy()
    for k in range(1, w):
        num[k:] += inc[:-k]
        den[k:] += step[:-k]
    return np.maximum(num / den, 0.0)


def make_heldout5(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One deterministic trace of ``n`` scrape points.

    Parameters
    ----------
    seed : the trace's seed; the healthy run depends on it alone.
    n : number of scrape points.
    pauses : ``"short"`` (spans of 1-12 points) or ``"long"`` (15-120).
    n_events : number of regressions; ``None`` draws 1-3, ``0`` gives a clean run.
    """
    if pauses not in _PAUSE_SPAN:
        raise ValueError(f"pauses must be one of {sorted(_PAUSE_SPAN)}, got {pauses!r}")
    if n < 2:
        raise ValueError(f"n must be >= 2, got {n}")
    rng = np.random.default_rng([58310, seed, 0 if pauses == "short" else 1])
    step = _scrape_steps(rng, n)
    timestamps = 1.7e9 + rng.uniform(0, 86400) + np.cumsum(step)
    w = int(rng.choice([1, 2, 2, 3, 4]))
    level = float(np.exp(rng.uniform(np.log(300.0), np.log(4e5))))
    g = level * np.exp(_healthy_log(rng, n, timestamps))
    plan = _pause_plan(rng, n, pauses, w)
    spans, lost = _apply_pauses(rng, g, plan, level, w)
    healthy = _rate(g, step, lost, w)

    erng = np.random.default_rng([58310, seed, 2 if pauses == "short" else 3])
    count = int(erng.integers(1, 4)) if n_events is None else int(n_events)
    kinds = [str(k) for k in erng.choice(["drop", "drop", "leak", "straggler"], count)]
    factor, events = np.ones(n), []
    for kind, onset, end in _place_events(erng, n, kinds, spans):
        f, ramp = _regression_factor(erng, kind, end - onset, recovers=end < n)
        factor[onset:end] = f
        events.append((kind, onset, onset + ramp, min(n, end + w - 1)))
    values = _rate(g * factor, step, lost, w)
    out = []
    for kind, onset, ramp_end, end in events:
        h, v = healthy[onset:end], values[onset:end]
        live = h > 0
        depth = float(np.mean(1.0 - v[live] / h[live])) if live.any() else 0.0
        out.append(Event(kind=kind, onset=onset, ramp_end=ramp_end, end=end, depth=depth))
    return Trace(values=values, timestamps=timestamps, events=out, pauses=spans, seed=seed, healthy=healthy)


def heldout5_set(pauses: str, n: int = 6000, seeds=HELDOUT5_SEEDS, clean_every: int = 4) -> list[Trace]:
    """One trace per seed; every ``clean_every``-th trace (the 4th, 8th, ...) has no regression."""
    clean = [clean_every > 0 and (k + 1) % clean_every == 0 for k in range(len(seeds))]
    return [make_heldout5(s, n=n, pauses=pauses, n_events=0 if c else None) for s, c in zip(seeds, clean)]
