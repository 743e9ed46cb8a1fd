"""A second, independent family of throughput traces for held-out evaluation (never used for tuning).

Written without reading ``anomaly/traces.py``'s generator: only its output types are shared
(:class:`anomaly.traces.Trace` / :class:`anomaly.traces.Event`), so benchmarks and tests score both
the same way. Each trace is a scraped samples/s rate (one point per ~15 s scrape) built from
independent choices:

* **jitter law** per trace: gamma, lognormal, Student-t (heavy tails, df 2.5-5) or a two-regime
  mixture, 2-9 % spread;
* **step costs**: bimodal batches (a fraction of points 5-15 % slower), an accumulation rhythm
  (one slow point in every 2-8), and a **rhythm change** part-way (period and amplitude change,
  mean kept within 3 %), plus harmless upward level shifts (outside the regressions);
* **pauses**: validation with its own shape (to zero, to a partial level, or a sagging V), period
  150-900 points with jitter and occasional skips, lengths that vary (a quick and a full validation
  alternating); separate checkpoint stalls on another period; isolated hiccups. ``pauses="short"``:
  validation lasts 2-10 points, ``"long"``: 20-90 points;
* a **warm-up** (ramp or compile stall) of 40-200 points;
* **regressions** (the labelled events): sustained drops of 8-35 % that recover or last to the
  end, slow leaks (8-35 % over 200-1000 points), straggler phases (a 10-35 % lower, noisier rate
  with periodic deeper dips), and with probability 0.3 an onset placed inside a pause.
  ``clean=True`` (or ``n_events=0``) gives a run without any.

Truth per point: ``labels(trace)`` is 1 inside ``[onset, end)`` of every event. Fixed seeds give
identical traces (``numpy.random.default_rng(seed)`` only).

    from anomaly.heldout import make_heldout, heldout_set
    tr = make_heldout(seed=5, n=6000, pauses="long")
    traces = heldout_set("short")          # the benchmark's fixed held-out set
"""

from __future__ import annotations

import numpy as np

from anomaly.traces import Event, Trace

SETTINGS = {"short": (2, 10), "long": (20, 90)}  # validation pause length range (points)
HELDOUT_SEEDS = range(70_000, 70_012)  # the benchmark's held-out seeds (never used while developing)


def _jitter(rng: np.random.Generator, n: int) -> tuple[np.ndarray, str]:
    """Multiplicative noise around 1 under a per-trace law."""
    law = rng.choice(["gamma", "lognormal", "student-t", "mixture"])
    cv = rng.uniform(0.02, 0.09)
    if law == "gamma":
        k = 1.0 / cv**2
        x = rng.gamma(k, 1.0 / k, n)
    elif law == "lognormal":
        x = np.exp(rng.normal(-cv**2 / 2, cv, n))
    elif law == "student-t":
        df = rng.uniform(2.5, 5.0)
        x = 1.0 + np.clip(cv * rng.standard_t(df, n) / np.sqrt(df / (df - 2)), -0.6, 0.6)
    else:  # calm and noisy regimes switching every few hundred points
        regime = np.repeat(rng.random(n // 200 + 1) < 0.3, 200)[:n]
        x = 1.0 + rng.normal(0.0, np.where(regime, 2.5 * cv, cv))
    return np.clip(x, 0.05, None), str(law)


def _rhythm(rng: np.random.Generator, n: int) -> np.ndarray:
    """Accumulation rhythm, bimodal step costs and one rhythm change; mean close to 1."""
    m = np.ones(n)
    change = int(rng.uniform(0.3, 0.8) * n) if rng.random() < 0.6 else n
    for a, b in ((0, change), (change, n)):
        if b <= a:
            continue
        if rng.random() < 0.7:
            period, depth = int(rng.choice([2, 3, 4, 6, 8])), rng.uniform(0.03, 0.12)
            idx = np.arange(a, b)
            m[idx[(idx - a) % period == period - 1]] *= 1.0 - depth
        if rng.random() < 0.5:
            frac, slow = rng.uniform(0.1, 0.4), rng.uniform(0.05, 0.15)
            m[a:b] *= np.where(rng.random(b - a) < frac, 1.0 - slow, 1.0)
        m[a:b] /= m[a:b].mean() * rng.uniform(0.985, 1.015)  # a rhythm change keeps the mean (within 3 %)
    return m


def _pauses(rng: np.random.Generator, n: int, setting: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Pause multipliers (validation, checkpoints, hiccups) and the validation spans."""
    lo, hi = SETTINGS[setting]
    m = np.ones(n)
    spans = []
    period = rng.uniform(150, 900)
    quick, full = int(rng.integers(lo, hi + 1)), int(rng.integers(lo, hi + 1))
    every_full = int(rng.integers(2, 5))
    shape = rng.choice(["zero", "partial", "sag"])
    level = rng.uniform(0.0, 0.05) if shape == "zero" else rng.uniform(0.25, 0.6)
    t, k = rng.uniform(0.3, 1.0) * period, 0
    while t < n:
        k += 1
        if rng.random() < 0.08:  # a skipped validation
            t += period * rng.uniform(0.9, 1.1)
            continue
        a = int(t)
        length = full if k % every_full == 0 else quick
        length = max(1, int(round(length * rng.uniform(0.85, 1.15))))
        b = min(n, a + length)
        if shape == "sag":
            x = np.linspace(-1, 1, b - a)
            m[a:b] = level + (1 - level) * np.abs(x) ** 0.7 * 0.6
        else:
            m[a:b] = level * rng.uniform(0.8, 1.2, b - a)
        if b - a >= 2:  # the scrape intervals at the edges are partly paused
            m[a] = (m[a] + 1.0) / 2.0 if rng.random() < 0.5 else m[a]
        spans.append((a, b))
        t += period * rng.uniform(0.85, 1.15)
    if rng.random() < 0.7:  # checkpoint stalls: short, on their own period
        cp = rng.uniform(300, 1500)
        depth = rng.uniform(0.3, 0.9)
        t = rng.uniform(0.2, 1.0) * cp
        while t < n:
            a = int(t)
            b = min(n, a + int(rng.integers(1, 4)))
            m[a:b] *= 1.0 - depth
            spans.append((a, b))
            t += cp * rng.uniform(0.95, 1.05)
    for a in rng.choice(n, size=int(n / rng.uniform(300, 1000)), replace=False):  # hiccups
        m[a:a + int(rng.integers(1, 3))] *= rng.uniform(0.1, 0.8)
    return m, sorted(spans)


def _place_events(rng: np.random.Generator, n: int, n_events: int, spans, start: int) -> list[Event]:
    events: list[Event] = []
    t = start
    for _ in range(n_events):
        t += int(rng.uniform(150, 600))
        if rng.random() < 0.3 and spans:  # onset inside a pause
            inside = [a + (b - a) // 2 for a, b in spans if a >= t and b - a >= 2]
            if inside:
                t = inside[0]
        if t >= n - 300:
            break
        kind = str(rng.choice(["drop", "leak", "straggler"]))
        depth = float(rng.uniform(0.08, 0.35))
        if kind == "leak":
            ramp = int(rng.uniform(200, 1000))
            end = min(n, t + ramp + int(rng.uniform(100, 600)))
            events.append(Event(kind, t, min(t + ramp, end), end, depth))
        else:
            end = n if rng.random() < 0.25 else min(n, t + int(rng.uniform(150, 1500)))
            events.append(Event(kind, t, t, end, depth))
        t = events[-1].end + int(rng.uniform(300, 800))
    return events


def make_heldout(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                 clean: bool = False, scrape_seconds: float = 15.0) -> Trace:
    """One held-out trace (see the module docstring); ``pauses`` is ``"short"`` or ``"long"``."""
    if pauses not in SETTINGS:
        raise ValueError(f"pauses={pauses!r}: expected one of {sorted(SETTINGS)}")
    if n < 1000:
        raise ValueError(f"n={n}: at least 1000 points")
    rng = np.random.default_rng(seed)
    level = float(np.exp(rng.uniform(np.log(300), np.log(30_000))))
    jitter, _law = _jitter(rng, n)
    rhythm = _rhythm(rng, n)
    pause_m, spans = _pauses(rng, n, pauses)
    base = np.ones(n)
    warm = int(rng.uniform(40, 200))
    if rng.random() < 0.5:
        base[:warm] = np.linspace(rng.uniform(0.2, 0.6), 1.0, warm)
    else:  # compile stall, then full speed
        base[:warm // 3] = rng.uniform(0.0, 0.1)
    if clean:
        n_events = 0
    elif n_events is None:
        n_events = int(rng.integers(1, 4))
    events = _place_events(rng, n, n_events, spans, start=max(warm, 300) + 300)
    for _ in range(int(rng.integers(0, 3))):  # harmless upward shifts, outside the regressions
        a = int(rng.uniform(warm, n))
        if not any(ev.onset - 50 <= a < ev.end + 50 for ev in events):
            base[a:] *= 1.0 + rng.uniform(0.05, 0.3)
    reg = np.ones(n)
    for ev in events:
        if ev.kind == "leak":
            reg[ev.onset:ev.ramp_end] *= np.exp(np.linspace(0.0, np.log(1 - ev.depth), ev.ramp_end - ev.onset))
            reg[ev.ramp_end:ev.end] *= 1 - ev.depth
        elif ev.kind == "drop":
            reg[ev.onset:ev.end] *= 1 - ev.depth
        else:  # straggler: lower, noisier, with deeper dips every few points
            k = ev.end - ev.onset
            every = int(rng.integers(2, 6))
            s = (1 - ev.depth) * (1 + rng.normal(0, 0.08, k))
            s[::every] *= rng.uniform(0.6, 0.85)
            reg[ev.onset:ev.end] *= np.clip(s / s.mean() * (1 - ev.depth), 0.05, None)
    values = level * base * rhythm * jitter * pause_m * reg
    timestamps = 1.75e9 + np.cumsum(scrape_seconds * np.exp(rng.normal(0, 0.01, n)))
    return Trace(values=np.maximum(values, 0.0), timestamps=timestamps, events=events, pauses=spans, seed=seed)


def labels(trace: Trace) -> np.ndarray:
    """Truth per point: 1 inside a labelled regression ``[onset, end)``, else 0."""
    y = np.zeros(len(trace.values), dtype=np.int8)
    for ev in trace.events:
        y[ev.onset:ev.end] = 1
    return y


def heldout_set(pauses: str, n: int = 6000, seeds=HELDOUT_SEEDS, clean_every: int = 4) -> list[Trace]:
    """The benchmark's fixed held-out traces: every ``clean_every``-th one is clean."""
    return [make_heldout(s, n, pauses, clean=(i % clean_every == clean_every - 1)) for i, s in enumerate(seeds)]
