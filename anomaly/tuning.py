"""A deliberately diverse *tuning* family of throughput traces: the global model's training data.

Only tuning generators feed the pre-trained model (``anomaly/train_global.py``): the project's own
``anomaly/traces.py`` and this family. It was written for breadth, not to resemble any evaluation set:
every trace draws its own laws, so a model trained on many of them learns "what routine looks like"
rather than one generator's habits. Per trace (all from ``numpy.random.default_rng(seed)``):

* base rate log-uniform over 5-50,000/s; a warm-up ramp (from 10-90 %, 10-400 points) or a
  compile stall (near zero for 3-60 points) before the ramp;
* jitter: normal, Student-t (df 2.2-8), Laplace, gamma, lognormal or calm/noisy regimes, 0.3-12 %
  spread, optionally AR(1)-correlated (phi up to 0.9); optional rate quantisation;
* step costs: an accumulation rhythm (one slow point every 2-16, 0-15 % slower), bimodal steps
  (0-30 % of points 2-20 % slower), one or two rhythm changes, a slow wobble of 0-3 %, harmless
  upward shifts (5-50 %), catch-up spikes after pauses;
* pauses: one to three recurring kinds (period 40-1,500 points, jitter, skipped occurrences,
  alternating lengths, duration 1-200 points) shaped to zero, partial (10-80 % of the rate), a V
  sag, two-level, with ramps in and out and slow recovery; random stalls and lone hiccups;
* an optional moving average over 1-12 points (a rate over a window longer than the scrape step);
* labelled regressions (0-3, a fifth of the traces clean): drops of 5-50 % (sudden or ramped over
  up to 30 points, recovering or lasting to the end), slow leaks (10-50 % over 80-1,500 points),
  straggler phases (10-40 % lower, noisier, periodic deeper dips), some starting inside a pause.

:func:`make_tuning` returns an :class:`anomaly.traces.Trace` whose ``healthy`` field is the same
run without the regressions (same noise, same pauses): the model learns to forecast it.

    from anomaly.tuning import make_tuning
    tr = make_tuning(seed=300_000)
    tr.values, tr.healthy, tr.events
"""

from __future__ import annotations

import math

import numpy as np

from anomaly.traces import Event, Trace

TUNING_SEEDS = range(300_000, 301_000)  # this family's seeds (the held-out sets use others)


def _jitter(rng: np.random.Generator, n: int) -> np.ndarray:
    """Log-multiplicative noise under a per-trace law and spread."""
    cv = math.exp(rng.uniform(math.log(0.003), math.log(0.12)))
    law = rng.integers(0, 6)
    if law == 0:
        e = rng.standard_normal(n)
    elif law == 1:
        df = rng.uniform(2.2, 8.0)
        e = np.clip(rng.standard_t(df, n), -15, 15) * math.sqrt(max(df - 2, 0.2) / df)
    elif law == 2:
        e = rng.laplace(0.0, 1 / math.sqrt(2), n)
    elif law == 3:
        k = 1.0 / min(cv, 0.5) ** 2
        return np.log(np.clip(rng.gamma(k, 1.0 / k, n), 0.05, None))
    elif law == 4:
        e = rng.standard_normal(n)
    else:
        seg = int(rng.integers(50, 600))
        noisy = np.repeat(rng.random(n // seg + 1) < rng.uniform(0.1, 0.5), seg)[:n]
        e = rng.standard_normal(n) * np.where(noisy, rng.uniform(1.5, 4.0), 1.0)
    if rng.random() < 0.3:  # correlated noise
        phi = rng.uniform(0.2, 0.9)
        out = np.empty(n)
        acc = 0.0
        for i in range(n):
            acc = phi * acc + e[i]
            out[i] = acc
        e = out * math.sqrt(1 - phi ** 2)
    return np.clip(cv * e, -1.5, 1.5)


def _rhythm(rng: np.random.Generator, n: int, t: np.ndarray) -> np.ndarray:
    """Accumulation rhythm, bimodal steps, rhythm changes, slow wobble (log-multiplier)."""
    out = np.zeros(n)
    cuts = sorted(int(c) for c in rng.integers(0, n, int(rng.integers(0, 3))))
    for a, b in zip([0] + cuts, cuts + [n]):
        k = int(rng.integers(1, 17))
        if k > 1:
            out[a:b][(t[a:b] % k) == int(rng.integers(0, k))] += math.log(1 - rng.uniform(0.0, 0.15))
        if rng.random() < 0.6:
            slow = rng.random(b - a) < rng.uniform(0.0, 0.3)
            out[a:b][slow] += math.log(1 - rng.uniform(0.02, 0.2))
        out[a:b] += rng.uniform(-0.02, 0.02)
    if rng.random() < 0.4:
        out += rng.uniform(0.0, 0.03) * np.sin(2 * np.pi * t / rng.uniform(200, 3000) + rng.uniform(0, 6.3))
    return out


def _pause_shape(rng: np.random.Generator, d: int, kind: int, depth: float) -> np.ndarray:
    """Multiplier over one pause of ``d`` points."""
    if kind == 0:  # to (near) zero / a partial level
        m = np.full(d, depth)
    elif kind == 1:  # V sag
        x = np.abs(np.linspace(-1, 1, d))
        m = depth + (1 - depth) * x ** rng.uniform(0.5, 2.0)
    else:  # two-level: an eval loop then a metric step
        m = np.full(d, depth)
        m[int(d * rng.uniform(0.3, 0.8)):] = rng.uniform(0.0, 0.6)
    ramp = int(rng.integers(0, 6))
    if ramp and d > 2 * ramp:
        m[:ramp] = np.linspace(1, m[ramp], ramp + 2)[1:-1]
        m[-ramp:] = np.linspace(m[-ramp - 1], 1, ramp + 2)[1:-1]
    return np.clip(m * np.exp(rng.normal(0, rng.uniform(0.0, 0.1), d)), 0.0, None)


def _pauses(rng: np.random.Generator, n: int, start: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Recurring pauses of one to three kinds, stalls and hiccups, as a multiplier."""
    mult = np.ones(n)
    spans: list[tuple[int, int]] = []
    for _ in range(int(rng.choice([0, 1, 1, 1, 2, 2, 3]))):
        period = int(math.exp(rng.uniform(math.log(40), math.log(1500))))
        dur = max(1, int(math.exp(rng.uniform(0.0, math.log(min(200, max(2, period // 2)))))))
        alt = max(1, int(dur * rng.uniform(0.2, 2.0))) if rng.random() < 0.3 else dur
        kind = int(rng.choice([0, 0, 1, 2]))
        depth = rng.uniform(0.0, 0.05) if rng.random() < 0.5 else rng.uniform(0.1, 0.8)
        pj, skip, vary = rng.uniform(0, 0.1), rng.uniform(0, 0.15), rng.uniform(0, 0.4)
        after = int(rng.integers(0, 25)) if rng.random() < 0.3 else 0
        spike = rng.uniform(0.0, 0.25) if rng.random() < 0.2 else 0.0
        at, i = start + int(rng.integers(0, period)), 0
        while at < n:
            d = max(1, int(round((alt if i % 2 else dur) * rng.uniform(1 - vary, 1 + vary))))
            if rng.random() >= skip:
                seg = mult[at:at + d]
                seg *= _pause_shape(rng, d, kind, depth)[:len(seg)]
                b = min(n, at + d)
                if after and b < n:  # slow recovery (caches, warm-up) after the pause
                    m = min(after, n - b)
                    mult[b:b + m] *= np.linspace(rng.uniform(0.4, 0.9), 1.0, m + 1)[:-1]
                if spike and b < n:
                    mult[b:b + 2] *= 1 + spike
                spans.append((at, b))
            at += d + max(1, int(round(period * rng.uniform(1 - pj, 1 + pj))))
            i += 1
    for _ in range(int(rng.poisson(n * rng.uniform(0, 1 / 300)))):  # stalls and hiccups
        at = int(rng.integers(start, n))
        mult[at:at + int(rng.integers(1, 12))] *= rng.uniform(0.0, 0.8)
    return mult, sorted(spans)


def add_regression(rng: np.random.Generator, reg: np.ndarray, t: np.ndarray, kind: str, onset: int,
                   end: int) -> Event:
    """Add one labelled regression of ``kind`` (``"drop"``, ``"leak"``, ``"straggler"``) from ``onset``
    to ``end`` to the log-multiplier ``reg`` (in place; a leak may end later, after its ramp)."""
    n = len(reg)
    if kind == "drop":
        depth = rng.uniform(0.05, 0.5)
        ramp = int(rng.integers(1, 30)) if rng.random() < 0.3 else 1
        frac = np.clip((t[onset:end] - onset + 1) / ramp, 0, 1)
        reg[onset:end] += np.log(1 - depth * frac)
        return Event(kind, onset, onset, end, float(depth))
    if kind == "leak":
        depth = rng.uniform(0.1, 0.5)
        ramp = int(rng.integers(80, 1500))
        end = min(n, max(end, onset + ramp + int(rng.integers(0, 200))))
        frac = np.clip((t[onset:end] - onset) / ramp, 0, 1)
        reg[onset:end] += np.log(1 - depth * frac)
        return Event(kind, onset, min(n, onset + ramp), end, float(depth))
    depth = rng.uniform(0.1, 0.4)
    m = end - onset
    seg = math.log(1 - depth) + rng.normal(0, rng.uniform(0.02, 0.12), m)
    p = int(rng.integers(3, 40))
    seg[(np.arange(m) % p) == 0] += math.log(1 - rng.uniform(0.0, 0.4))
    reg[onset:end] += seg
    return Event(kind, onset, onset, end, float(depth))


def _regressions(rng: np.random.Generator, n: int, t: np.ndarray, start: int, spans) -> tuple[np.ndarray, list]:
    """Labelled regressions as a log-multiplier (zero where healthy)."""
    reg = np.zeros(n)
    events: list[Event] = []
    k = 0 if rng.random() < 0.2 else int(rng.integers(1, 4))
    slots = np.linspace(start + 150, n - 100, k + 1)
    for i in range(k):
        lo, hi = int(slots[i]), int(slots[i + 1])
        if hi - lo < 200:
            continue
        onset = int(rng.integers(lo, hi - 150))
        if spans and rng.random() < 0.25:  # start inside a pause
            inside = [a for a, b in spans if lo <= a < hi - 150]
            if inside:
                a = int(rng.choice(inside))
                b = next(bb for aa, bb in spans if aa == a)
                onset = int(rng.integers(a, max(a + 1, b)))
        kind = ("drop", "leak", "straggler")[int(rng.choice(3, p=[0.5, 0.25, 0.25]))]
        end = n if rng.random() < 0.15 else min(n, onset + int(rng.integers(100, 1500)))
        events.append(add_regression(rng, reg, t, kind, onset, end))
    return reg, events


def make_tuning(seed: int, n: int | None = None) -> Trace:
    """One diverse tuning trace with its ``healthy`` twin (deterministic in ``seed``)."""
    rng = np.random.default_rng(seed)
    n = int(n or rng.integers(2500, 6000))
    t = np.arange(n)
    base = math.exp(rng.uniform(math.log(5), math.log(50_000)))
    level = np.zeros(n)
    warm = int(rng.integers(10, 400))
    level += np.log(1 - (1 - rng.uniform(0.1, 0.9)) * np.exp(-t / (warm / 3)))
    if rng.random() < 0.3:
        level[:int(rng.integers(3, 60))] += math.log(rng.uniform(0.001, 0.1))
    for _ in range(int(rng.integers(0, 3))):  # harmless speed-ups
        level[int(rng.integers(warm, n)):] += math.log(1 + rng.uniform(0.05, 0.5))
    level += _rhythm(rng, n, t) + _jitter(rng, n)
    pause, spans = _pauses(rng, n, warm)
    reg, events = _regressions(rng, n, t, warm, spans)
    healthy = base * np.exp(level) * pause
    values = healthy * np.exp(reg)
    w = int(rng.choice([1, 1, 1, 2, 3, 5, 8, 12]))
    if w > 1:  # a rate over a window longer than the scrape step
        k = np.ones(w) / w
        values, healthy = (np.convolve(x, k)[:n] for x in (values, healthy))
        values[:w], healthy[:w] = values[w], healthy[w]
    if rng.random() < 0.15:  # counter quantisation at low rates
        q = base * rng.uniform(0.005, 0.05)
        values, healthy = np.round(values / q) * q, np.round(healthy / q) * q
    step = rng.uniform(0.1, 30.0)
    timestamps = 1.7e9 + np.cumsum(step * rng.uniform(0.97, 1.03, n))
    return Trace(values=np.maximum(values, 0.0), timestamps=timestamps, events=events, pauses=spans, seed=seed,
                 healthy=np.maximum(healthy, 0.0))
