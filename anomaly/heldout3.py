"""A third, independent family of throughput traces for held-out evaluation (never used for tuning).

Written in session 7 without reading the other generators (``anomaly/traces.py``, ``anomaly/tuning.py``,
``anomaly/heldout.py``) or any detector: only the output types are shared (:class:`anomaly.traces.Trace`,
:class:`anomaly.traces.Event`), so the benchmark scores it like the others. No detector was run on
these traces while writing them.

Each trace is what a PyTorch Lightning job's samples/s looks like when scraped every 5-15 s:

* a base rate drawn log-uniformly over 10-20,000 samples/s, a batch size that gives a 20 ms - 5 s
  step, so a point holds from a fraction of a step to thousands of steps;
* step-time noise: an AR(1) process in log space whose innovations follow a per-trace law
  (logistic, i.e. a log-logistic rate; Weibull step times; Laplace; Student-t with 3 degrees of
  freedom), shrinking with the number of steps a point averages, with rare bursts of 2-5x the noise;
* a warm-up: a compile stall (2-25 points near zero), then an exponential ramp from 30-70 %;
  a slow upward drift of 0-8 % (caches warming up);
* data-loader stalls (1-3 points at 15-80 %, then a small catch-up overshoot), garbage-collection
  dips, periodic heavy-logging dips, rare scrape-alignment artefacts (a point up, the next down);
* a schedule walked in *steps*: validation every V steps (or at each epoch end), checkpoint saves
  every C steps (or after every m-th validation), an epoch-start dip (data-loader workers restart)
  every E steps. The walk converts steps to points through the current rate, so pauses come more
  often where training is fast and later during a regression. Validation lasts 1-12 points
  (``pauses="short"``) or 15-120 points (``"long"``), longer on the first pass (eval compile);
  a run's validation drops the rate to near zero, to 30-70 %, or raises it (eval samples counted);
  a checkpoint drops it to near zero, then one or two slower points (page cache flush);
* some runs export ``rate()`` over a window of 2-4 scrapes: a causal moving average of the series;
  a missed scrape now and then (a double gap in the timestamps).

Labelled regressions (``Event.kind``): ``"drop"`` (10-45 %, recovering after 150-1500 points or
lasting to the end), ``"leak"`` (10-40 % over a 150-1200 point ramp ``[onset, ramp_end)``, then held)
and ``"straggler"`` (an all-reduce waiting on a slow rank: a lower and burstier rate for 150-1000
points; ``depth`` is the mean reduction). Some onsets (a 35 % chance each) are placed inside a validation
pause or a few points before one. ``Trace.healthy`` is the same run with the regressions' factor
removed (same noise, same pauses); ``Trace.pauses`` lists every validation and checkpoint span
(``[start, end)`` points whose value a pause touched, overlapping spans merged).

Usage::

    from anomaly.heldout3 import heldout3_set
    traces = heldout3_set("long")          # 12 traces of 6,000 points, a quarter of them clean
"""

from __future__ import annotations

import math

import numpy as np

from anomaly.traces import Event, Trace

HELDOUT3_SEEDS = range(90_000, 90_012)  # never used while developing a detector
SETTINGS = {  # validation length, checkpoint length (points), gap between validations (points)
    "short": {"val": (1.0, 12.0), "ckpt": (1.0, 5.0), "gap": (60.0, 700.0)},
    "long": {"val": (15.0, 120.0), "ckpt": (4.0, 30.0), "gap": (250.0, 1400.0)},
}
_SETTING_CODE = {"short": 1, "long": 2}
MIN_POINTS = 1500
_NICE = np.array([m * 10 ** e for e in range(0, 7) for m in (1, 2, 2.5, 5)])


def _nice_steps(points: float, spp: float) -> int:
    """A round step count (1, 2, 2.5, 5 x 10^k) nearest to ``points`` points at ``spp`` steps per point."""
    want = max(points * spp, 1.0)
    return int(_NICE[np.argmin(np.abs(np.log(_NICE / want)))])


def _innovations(rng: np.random.Generator, n: int, law: str) -> np.ndarray:
    """``n`` unit-variance innovations of the log rate, from the trace's law."""
    if law == "logistic":
        z = rng.logistic(0.0, 1.0, n) / (math.pi / math.sqrt(3.0))
    elif law == "weibull":  # step time ~ Weibull(k): log rate = -log time, standardised
        k = rng.uniform(2.0, 6.0)
        lt = np.log(rng.weibull(k, n))
        z = -(lt - lt.mean()) / max(lt.std(), 1e-9)
    elif law == "laplace":
        z = rng.laplace(0.0, 1.0 / math.sqrt(2.0), n)
    else:  # Student-t, 3 degrees of freedom (variance 3)
        z = rng.standard_t(3, n) / math.sqrt(3.0)
    return np.clip(z, -8.0, 8.0)


def _log_noise(rng: np.random.Generator, n: int, spp: float) -> tuple[np.ndarray, dict]:
    """AR(1) log-rate noise with bursts; its standard deviation shrinks with the steps per point."""
    law = str(rng.choice(["logistic", "weibull", "laplace", "t3"]))
    sigma_step = rng.uniform(0.02, 0.25)
    sigma = float(np.clip(sigma_step / math.sqrt(max(spp, 1.0)), 0.004, 0.06))
    phi = rng.uniform(0.2, 0.9)
    scale = np.full(n, sigma * math.sqrt(1.0 - phi * phi))
    rate_b = rng.uniform(1 / 3000, 1 / 600)
    for s in np.flatnonzero(rng.random(n) < rate_b):
        scale[s:s + int(rng.integers(5, 61))] *= rng.uniform(2.0, 5.0)
    e = _innovations(rng, n, law) * scale
    x = np.empty(n)
    acc = 0.0
    for i in range(n):
        acc = phi * acc + e[i]
        x[i] = acc
    return x, {"noise_law": law, "noise_sigma": sigma, "noise_phi": phi}


def _draw_run(rng: np.random.Generator, n: int, setting: str) -> dict:
    """The run's constants: rate, batch, scrape interval, schedule in steps, pause shapes."""
    cfg = SETTINGS[setting]
    r0 = float(math.exp(rng.uniform(math.log(10.0), math.log(20_000.0))))
    batches = [b for b in (2 ** k for k in range(3, 12)) if 0.02 <= b / r0 <= 5.0] or [8]
    batch = int(rng.choice(batches))
    dt = float(rng.choice([5.0, 7.5, 10.0, 15.0]))
    spp = r0 * dt / batch  # steps per point at the base rate
    gap = math.exp(rng.uniform(*np.log(cfg["gap"])))
    val_mode = "epoch" if rng.random() < 0.35 else "steps"
    val_steps = _nice_steps(gap, spp)
    epoch_steps = val_steps if val_mode == "epoch" else _nice_steps(rng.uniform(300.0, 3000.0), spp)
    ck_mode = "after_val" if rng.random() < 0.5 else "steps"
    ck_every_val = int(rng.integers(2, 5))
    ck_steps = _nice_steps(rng.uniform(400.0, 2500.0), spp)
    lo, hi = cfg["val"]
    typical = rng.uniform(lo, hi)
    val_len = np.clip(typical * np.exp(rng.normal(0.0, 0.15, n)), lo, hi)
    val_len[0] = min(hi, val_len[0] * rng.uniform(1.2, 2.0))  # the first pass compiles the eval graph
    clo, chi = cfg["ckpt"]
    ck_len = np.clip(rng.uniform(clo, chi) * np.exp(rng.normal(0.0, 0.2, n)), clo, chi)
    style = str(rng.choice(["floor", "sag", "eval"], p=[0.5, 0.3, 0.2]))
    val_level = {"floor": rng.uniform(0.002, 0.03), "sag": rng.uniform(0.3, 0.7),
                 "eval": rng.uniform(1.2, 2.5)}[style]
    return {"setting": setting, "base_rate": r0, "batch": batch, "scrape_s": dt, "steps_per_point": spp,
            "val_mode": val_mode, "val_steps": val_steps, "epoch_steps": epoch_steps, "ckpt_mode": ck_mode,
            "ckpt_every_val": ck_every_val, "ckpt_steps": ck_steps, "val_len": val_len, "ckpt_len": ck_len,
            "val_style": style, "val_level": float(val_level), "ckpt_level": float(rng.uniform(0.005, 0.08)),
            "stall_points": int(rng.integers(2, 26)), "smooth": int(rng.choice([1, 1, 2, 3, 4]))}


def _schedule(rate: np.ndarray, run: dict) -> tuple[list, list]:
    """Walk the run in steps: (pauses as (kind, start, length) in real point units, epoch starts)."""
    n, spp = len(rate), rate * run["scrape_s"] / run["batch"]
    v_every, e_every, c_every = run["val_steps"], run["epoch_steps"], run["ckpt_steps"]
    next_v, next_e = float(v_every), float(e_every)
    next_c = float(c_every) if run["ckpt_mode"] == "steps" else math.inf
    pauses, epochs, n_val, n_ck = [], [], 0, 0
    pos, steps = 0.0, 0.0
    while pos < n:
        i = int(pos)
        target = min(next_v, next_e, next_c)
        need = (target - steps) / max(spp[i], 1e-12)
        if need >= i + 1 - pos:
            steps += (i + 1 - pos) * spp[i]
            pos = float(i + 1)
            continue
        pos += need
        steps = target
        if next_v <= steps:  # validation first, then a save, then the next epoch's loader restart
            length = float(run["val_len"][min(n_val, n - 1)])
            pauses.append(("validation", pos, length))
            pos += length
            n_val += 1
            next_v += v_every
            if run["ckpt_mode"] == "after_val" and n_val % run["ckpt_every_val"] == 0:
                next_c = steps
        if next_c <= steps:
            length = float(run["ckpt_len"][min(n_ck, n - 1)])
            pauses.append(("checkpoint", pos, length))
            pos += length
            n_ck += 1
            next_c = steps + c_every if run["ckpt_mode"] == "steps" else math.inf
        if next_e <= steps:
            epochs.append(pos)
            next_e += e_every
    return pauses, epochs


def _overlap(n: int, start: float, length: float) -> np.ndarray:
    """Share of each point's scrape window ``[i, i + 1)`` inside ``[start, start + length)``."""
    idx = np.arange(n, dtype=float)
    return np.clip(np.minimum(idx + 1.0, start + length) - np.maximum(idx, start), 0.0, 1.0)


def _compose(rng: np.random.Generator, rate: np.ndarray, pauses: list, epochs: list, run: dict) -> np.ndarray:
    """The scraped series of a healthy run: training rate with its routine disturbances and pauses."""
    n = len(rate)
    v = rate.copy()
    for s in np.flatnonzero(rng.random(n) < rng.uniform(1 / 2000, 1 / 250)):  # data-loader stalls
        k = int(rng.integers(1, 4))
        v[s:s + k] *= rng.uniform(0.15, 0.8, len(v[s:s + k]))
        if s + k < n:
            v[s + k] *= rng.uniform(1.02, 1.15)  # queued batches catch up
    gc = rng.random(n) < rng.uniform(1 / 400, 1 / 60)  # garbage-collection dips
    v[gc] *= rng.uniform(0.88, 0.97, int(gc.sum()))
    log_points = _nice_steps(rng.uniform(2.0, 40.0), run["steps_per_point"]) / run["steps_per_point"]
    if log_points >= 3.0:  # a heavy logging step (histograms, images) every N steps
        hit = np.unique((np.arange(rng.uniform(0, log_points), n, log_points)).astype(int))
        v[hit[hit < n]] *= rng.uniform(0.93, 0.98)
    for s in np.flatnonzero(rng.random(n - 1) < rng.uniform(0.0, 1 / 1500)):  # scrape alignment
        eps = rng.uniform(0.05, 0.25)
        v[s] *= 1.0 + eps
        v[s + 1] *= 1.0 - eps
    for start in epochs:  # epoch start: data-loader workers restart
        a, tau = rng.uniform(0.2, 0.7), rng.uniform(0.7, 2.5)
        i0 = int(start)
        for j in range(int(rng.integers(1, 7))):
            if i0 + j < n:
                v[i0 + j] *= 1.0 - a * math.exp(-j / tau)
    for kind, start, length in pauses:
        share = _overlap(n, start, length)
        if kind == "validation":
            level = run["val_level"] * rng.uniform(0.9, 1.1)
        else:
            level = run["ckpt_level"] * rng.uniform(0.5, 1.5)
        v = v * (1.0 - share) + rate * level * share
        if kind == "checkpoint":
            after = int(math.ceil(start + length))
            v[after:after + int(rng.integers(1, 3))] *= rng.uniform(0.85, 0.97)
    return v


def _spans(n: int, pauses: list, smooth: int) -> list[tuple[int, int]]:
    """Integer ``[start, end)`` spans of the points a pause touched (checkpoint flush and smoothing included)."""
    raw = []
    for kind, start, length in pauses:
        a = int(math.floor(start))
        b = int(math.ceil(start + length)) + (2 if kind == "checkpoint" else 0) + smooth - 1
        if a < n:
            raw.append((a, min(max(b, a + 1), n)))
    merged: list[list[int]] = []
    for a, b in sorted(raw):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _place(rng: np.random.Generator, n: int, k: int, first: int, pauses: list) -> list[tuple]:
    """(kind, onset, length, to_end, ramp) for up to ``k`` non-overlapping regressions after ``first``."""
    vals = [(s, length) for kind, s, length in pauses if kind == "validation"]
    plan, cursor = [], first
    for j in range(k):
        reserve = (k - 1 - j) * 400  # room for the later events (150 points each and a gap)
        kind = str(rng.choice(["drop", "leak", "straggler"]))
        ramp = int(rng.integers(150, 1201)) if kind == "leak" else 0
        to_end = j == k - 1 and kind != "straggler" and rng.random() < (0.6 if kind == "leak" else 0.35)
        if to_end:
            length, hi = 0, n - 300
        else:
            length = {"drop": int(rng.integers(150, 1501)), "leak": ramp + int(rng.integers(100, 601)),
                      "straggler": int(rng.integers(150, 1001))}[kind]
            length = max(250 if kind == "leak" else 150, min(length, n - reserve - cursor - 1))
            hi = n - reserve - length
        if hi < cursor:
            break
        onset = int(rng.integers(cursor, hi + 1))
        near = [(s, length_) for s, length_ in vals if cursor + 10 <= s <= hi]
        if near and rng.random() < 0.35:  # inside a validation pause, or just before one
            s, pause_len = near[int(rng.integers(len(near)))]
            if rng.random() < 0.5:
                onset = int(s + rng.uniform(0.0, 0.8) * pause_len)
            else:
                onset = int(s) - int(rng.integers(0, 9))
            onset = min(max(onset, cursor), hi)
        end = n if to_end else onset + length
        if kind == "leak":
            ramp = max(100, min(ramp, end - onset - 100))
        plan.append((kind, onset, length, to_end, ramp))
        cursor = end + int(rng.integers(200, 801))
        if to_end or cursor >= n - 300:
            break
    return plan


def _regressions(rng: np.random.Generator, n: int, plan: list) -> tuple[np.ndarray, list[Event]]:
    """The regressions' multiplicative factor on the rate, and their labels."""
    mult, events = np.ones(n), []
    for kind, onset, length, to_end, ramp in plan:
        end = n if to_end else min(n, onset + length)
        span = np.arange(onset, end)
        ramp_end = onset
        if kind == "drop":
            depth = rng.uniform(0.10, 0.45)
            f = np.full(len(span), 1.0 - depth)
            k = int(rng.integers(1, 4))  # sudden: reached within 1-3 points
            f[:k] = 1.0 - depth * (np.arange(1, k + 1) / k)[:len(f[:k])]
            if not to_end:  # recovers over the event's last 1-5 points
                r = int(rng.integers(1, 6))
                f[-r:] = 1.0 - depth * (1.0 - np.arange(1, r + 1) / (r + 1))
        elif kind == "leak":
            depth = rng.uniform(0.10, 0.40)
            ramp_end = onset + ramp
            u = np.minimum((span - onset) / ramp, 1.0)
            f = 1.0 - depth * u ** rng.uniform(0.6, 1.8)
        else:  # straggler: each step waits for the slowest rank's extra time, clustered in bursts
            target = rng.uniform(0.18, 0.42)
            shape = rng.uniform(0.4, 1.5)
            w = rng.gamma(shape, 1.0 / shape, len(span))
            w = np.convolve(w, np.ones(3) / 3.0, mode="same")
            f = 1.0 / (1.0 + target / (1.0 - target) * w)
            depth = float(1.0 - f.mean())
        mult[onset:end] = f
        events.append(Event(kind, int(onset), int(ramp_end), int(end), float(depth)))
    return mult, events


def _moving_average(x: np.ndarray, k: int) -> np.ndarray:
    """Causal mean of the last ``k`` points (``rate()`` over ``k`` scrapes); the first points use fewer."""
    if k <= 1:
        return x
    total, count = x.copy(), np.ones(len(x))
    for lag in range(1, k):  # window-local sums: a point depends only on its own window
        total[lag:] += x[:-lag]
        count[lag:] += 1.0
    return total / count


def make_heldout3(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                  clean: bool = False) -> Trace:
    """One labelled trace of the third held-out family (deterministic in ``seed`` and ``pauses``).

    Parameters
    ----------
    seed : random seed (numpy ``default_rng`` seeded with ``[seed, setting]``).
    n : number of points (>= 1500).
    pauses : ``"short"`` (validation 1-12 points) or ``"long"`` (15-120 points).
    n_events : regressions to place (default: 1-3 drawn); fewer when they do not fit.
    clean : no regression at all.

    Returns
    -------
    Trace with ``healthy`` (the run without its regressions), ``pauses`` (validation and checkpoint
    spans), and two extra attributes: ``name`` and ``meta`` (the run's drawn constants).
    """
    if pauses not in SETTINGS:
        raise ValueError(f"pauses must be one of {sorted(SETTINGS)}, got {pauses!r}")
    if int(n) < MIN_POINTS:
        raise ValueError(f"n must be >= {MIN_POINTS} points, got {n}")
    if n_events is not None and int(n_events) < 0:
        raise ValueError(f"n_events must be >= 0 or None, got {n_events}")
    n = int(n)
    rng = np.random.default_rng([int(seed), _SETTING_CODE[pauses]])
    run = _draw_run(rng, n, pauses)
    noise, noise_meta = _log_noise(rng, n, run["steps_per_point"])
    t = np.arange(n, dtype=float)
    stall = run["stall_points"]
    warm = np.where(t < stall, rng.uniform(0.003, 0.04),
                    1.0 - (1.0 - rng.uniform(0.3, 0.7)) * np.exp(-(t - stall) / rng.uniform(20.0, 200.0)))
    drift = 1.0 + rng.uniform(0.0, 0.08) * (1.0 - np.exp(-t / rng.uniform(500.0, 3000.0)))
    rate = run["base_rate"] * warm * drift * np.exp(noise)
    first = stall + 300 + int(rng.integers(0, 400))
    k = 0 if clean else (int(rng.integers(1, 4)) if n_events is None else int(n_events))
    plan = _place(rng, n, k, first, _schedule(rate, run)[0]) if k else []
    mult, events = _regressions(rng, n, plan)
    sched, epochs = _schedule(rate * mult, run)  # a regression slows the steps, so later pauses move
    healthy = _compose(rng, rate, sched, epochs, run)
    values = healthy * mult
    floor = run["base_rate"] * 1e-4
    healthy = np.maximum(_moving_average(healthy, run["smooth"]), floor)
    values = np.maximum(_moving_average(values, run["smooth"]), floor)
    gaps = run["scrape_s"] * (1.0 + np.clip(rng.normal(0.0, 0.02, n), -0.1, 0.1))
    gaps[rng.random(n) < 0.002] += run["scrape_s"]  # a missed scrape
    timestamps = 1_795_000_000.0 + rng.uniform(0.0, 86_400.0) + np.cumsum(gaps)
    trace = Trace(values=values, timestamps=timestamps, events=events,
                  pauses=_spans(n, sched, run["smooth"]), seed=int(seed), healthy=healthy)
    trace.name = f"held-out3/{pauses}/{seed}"
    trace.meta = {key: val for key, val in run.items() if key not in ("val_len", "ckpt_len")}
    trace.meta.update(noise_meta, epochs=len(epochs),
                      pause_lengths=[(kind, length) for kind, _, length in sched])
    return trace


def heldout3_set(pauses: str, n: int = 6000, seeds=HELDOUT3_SEEDS, clean_every: int = 4) -> list[Trace]:
    """The third held-out set: one trace per seed; every ``clean_every``-th one (the 4th, 8th, ...) clean."""
    return [make_heldout3(s, n, pauses, clean=bool(clean_every) and i % clean_every == clean_every - 1)
            for i, s in enumerate(seeds)]
