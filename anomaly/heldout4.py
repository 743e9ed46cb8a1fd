"""A fourth held-out family of synthetic training-throughput traces (issue 15); never tune on it.

Written by a data author from their own picture of PyTorch Lightning jobs on real clusters, without
reading the project's other generators (``anomaly/traces.py`` beyond its ``Event``/``Trace``
interface, ``anomaly/tuning.py``, ``anomaly/heldout.py``, ``anomaly/heldout3.py``) or any detector
code, and without running a detector on these traces. One trace is a job's ``samples_total``
counter scraped by Prometheus, shown as ``rate(samples_total[r scrapes])`` (r = 1: a per-window
gauge). The run is simulated on a grid of scrape cells (one cell = one nominal scrape interval):

* scrapes every 5-15 s with timing jitter, missed scrapes (a 2-3x gap) and, in some runs, a
  preemption: no scrapes while the job is down, a counter reset (the samples between the last
  scrape and the crash are lost), then checkpoint reload and a warm-up ramp;
* a counter that moves in whole micro-batches (steps of 40 ms up to 40 % of a scrape interval,
  gradient accumulation over 1-8 micro-batches with an optimizer step and all-reduce that cost
  extra), so the beat between scrape window and step shows as quantisation;
* one step-time law per run: gamma, inverse Gaussian, multi-node all-reduce spikes (Poisson count,
  Pareto size) or sequence-length buckets (a multinomial mix of 2-4 (samples, cost) modes per window);
  the law and the validation flavour cycle with the seed, so any 12 consecutive seeds hold each;
* benign slow movement: start-up warm-up, an Ornstein-Uhlenbeck drift of the log rate, a daily
  cycle of shared storage, thermal throttling with hysteresis that cools during pauses, a noisy
  neighbour (two-state Markov), a data loader that is sometimes the bottleneck (a clipped top and
  brief stalls);
* pauses placed by walking the run in *steps*, so they come later while a regression slows it:
  validation every V steps (train counter stopped; eval samples counted at a partial rate; counted
  at a higher rate; or length-sorted so the counted rate sags), epoch ends (validation, then
  loader workers re-spawned and a prefetch ramp), checkpoints after every m-th validation, every N
  steps or every T seconds of wall time, synchronous (to zero) or asynchronous (training goes on at
  50-85 %), and restarts after a preemption. ``pauses="short"``: 1-12 points; ``"long"``: 15-120;
* labels: drops (9-40 %; a clean level, a noisier level, or a loader cap that clips the top; a
  step or ramped recovery, or none), leaks (a 10-40 % plateau reached over a linear, concave,
  convex or staircase ramp; in the last slot it holds to the end), straggler phases (one slow
  rank with bursty on/off extra time per optimizer step). About a third of the onsets fall inside
  a pause or a few points before one.

``healthy`` is the same run with the same noise and the same pause schedule (the regressed run's:
its pauses come later during a regression) without the regressions; it equals ``values`` outside
every event's ``[onset, end)``, which holds exactly the points whose ``rate()`` window sees the
event. ``Event.depth`` is the mean injected fractional reduction over the event's active (not
paused) cells, the ramp of a leak included; ``ramp_end == onset`` for drops and stragglers.
``Trace.pauses`` holds every pause's points: those whose ``rate()`` window overlaps it (a later
pause takes shared points); a pause cut by a preemption or by the trace's end may be shorter.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import lfilter

from anomaly.traces import Event, Trace

HELDOUT4_SEEDS = range(46210, 46222)
VAL_KINDS = ("val_zero", "val_partial", "val_rising", "val_sorted")
PAUSE_KINDS = (*VAL_KINDS, "epoch_end", "ckpt_sync", "ckpt_async", "restart")
LAWS = ("gamma", "wald", "spiky", "bucket")  # like VAL_KINDS, cycled by seed: 12 seeds hold each
PAUSE_POINTS = {"short": (1, 12), "long": (15, 120)}
EVENT_START = 420  # events start here or later (a detector warms up over 300 points)


def _config(seed: int, n: int, pauses: str, n_events: int | None) -> dict:
    """Every per-run choice, drawn from the seed."""
    if pauses not in PAUSE_POINTS:
        raise ValueError(f"pauses must be 'short' or 'long', got {pauses!r}")
    if n < 1500:
        raise ValueError(f"n must be >= 1500 points, got {n}")
    if n_events is not None and not 0 <= n_events <= 3:
        raise ValueError(f"n_events must be 0-3 or None, got {n_events}")
    g = np.random.default_rng([seed, 0])
    u, ch = g.uniform, g.choice
    r = int(ch([1, 1, 2, 3]))
    dt = float(ch([5.0, 7.5, 10.0, 12.0, 15.0]))
    step = float(np.exp(u(np.log(0.04), np.log(dt / 2.5))))
    lo, hi = (0.3, 9.0 - (r - 1)) if pauses == "short" else (17.0, 116.0 - (r - 1))
    c = dict(
        seed=seed, n=n, r=r, dt=dt, step=step, lo=lo, hi=hi, t0=1.69e9 + float(g.integers(0, 3e7)),
        batch=int(ch([8, 16, 32, 64, 128, 256, 512, 1024])), accum=int(ch([1, 1, 2, 4, 8])),
        opt=u(0.05, 0.5), law=LAWS[(seed // 2) % 4], jitter=u(0, 0.05),
        miss=u(0, 0.012), warm0=u(0.2, 0.6), warm_tau=u(5, 40), ou_sd=u(0.004, 0.015),
        ou_tau=u(50, 600), diurnal=u(0, 0.02), phase=u(0, 2 * np.pi),
        neighbour=u() < 0.35, loader=u() < 0.3, thermal=u() < 0.35,
        val=VAL_KINDS[(seed // 3) % 4], e_partial=u(0.3, 0.7), e_rise=u(1.3, 2.5), e_sort=(u(1.5, 2.5), u(0.4, 0.8)),
        period=u(70, 350) if pauses == "short" else u(350, 1000),
        per_epoch=int(ch([1, 2, 4])) if u() < 0.6 else 0,
        ckpt=str(ch(["none", "sync", "async"], p=[0.2, 0.45, 0.35])),
        trigger=str(ch(["after_val", "steps", "time"])), every=int(g.integers(1, 4)), ck_ratio=u(0.7, 3.0),
        async_level=u(0.5, 0.85), restart=u() < 0.5,
    )
    span = hi - lo
    c["d"] = {"val": u(lo, lo + 0.8 * span), "ckpt_sync": u(lo, lo + 0.5 * span),
              "ckpt_async": u(lo + 0.2 * span, hi), "epoch_end": u(lo + 0.25 * span, hi),
              "restart": u(lo + 0.2 * span, hi)}
    c.update(_law(g, c))
    c["events"], c["restart_at"] = _layout(g, c, n_events)
    return c


def _law(g: np.random.Generator, c: dict) -> dict:
    """Parameters of the step-time law and of the benign slow components."""
    k = int(g.integers(2, 5))
    length = np.sort(g.uniform(0.2, 1.0, k))
    return dict(shape=g.uniform(3, 30), cv=g.uniform(0.05, 0.35), spike_p=g.uniform(0.002, 0.03),
                spike_a=g.uniform(1.3, 2.5), spike_s=g.uniform(0.5, 3.0), b_samples=1 / length,
                b_cost=1 + 0.8 * length, b_p=g.dirichlet(np.ones(k) * 2), nb_in=g.uniform(150, 900),
                nb_out=g.uniform(5, 40), nb_depth=g.uniform(0.02, 0.06), ld_level=g.uniform(0.97, 1.08),
                ld_sd=g.uniform(0.02, 0.06), th_on=g.uniform(20, 100), th_off=g.uniform(10, 60),
                th_depth=g.uniform(0.03, 0.07))


def _layout(g: np.random.Generator, c: dict, n_events: int | None) -> tuple[list[dict], int | None]:
    """Event specs (tentative onsets in points, one per slot) and the restart point, if any."""
    n = c["n"]
    k = int(g.choice([1, 2, 3], p=[0.35, 0.4, 0.25])) if n_events is None else n_events
    zone = 300 if c["restart"] else 0
    w = (n - 60 - EVENT_START - zone) / max(k, 1)
    b = int(g.integers(0, k + 1))
    restart = None
    if c["restart"]:
        restart = EVENT_START + int(b * w) + int(g.integers(20, 100)) if k else int(g.integers(450, n - 300))
    specs = []
    for s in range(k):
        start = EVENT_START + s * w + (zone if s >= b else 0)
        kind = str(g.choice(["drop", "leak", "straggler"]))
        to_end = s == k - 1 and (b < k or not zone) and g.uniform() < {"drop": 0.4, "leak": 1.0, "straggler": 0.0}[kind]
        spec = dict(kind=kind, slot=(int(start), int(start + 0.5 * w)), max_end=n if to_end else int(start + w - 80),
                    onset=int(start + g.uniform(0, 0.35 * w)), at_pause=g.uniform() < 0.35,
                    before=int(g.integers(1, 5)) if g.uniform() < 0.4 else None, frac=g.uniform(0, 1),
                    to_end=to_end, variant=int(g.integers(0, 4)), recover=int(g.integers(0, 40)) * (g.uniform() < 0.5))
        if kind == "drop":
            spec.update(depth=g.uniform(0.09, 0.40), length=int(g.uniform(150, 1500)))
        elif kind == "leak":
            spec.update(depth=g.uniform(0.10, 0.40), ramp=int(g.uniform(200, 1200)), length=int(g.uniform(300, 2200)))
        else:
            spec.update(depth=g.uniform(0.08, 0.35), length=int(g.uniform(150, 1000)), kappa=g.uniform(0.3, 2.0),
                        on=g.uniform(2, 20), off=g.uniform(2, 30))
        specs.append(spec)
    return specs, restart


def _grid(c: dict) -> tuple[np.ndarray, np.ndarray, tuple[float, float] | None]:
    """Scrape positions (in cells, ``n + r`` of them, the first r before point 0), cell edge times, restart."""
    g = np.random.default_rng([c["seed"], 4])
    n, r = c["n"], c["r"]
    steps = np.where(g.uniform(size=n + r) < c["miss"], g.choice([2, 3], size=n + r, p=[0.8, 0.2]), 1)
    steps[0] = 0
    down = None
    if c["restart_at"] is not None:
        i = c["restart_at"] + r
        gap = int(g.integers(3, 31))
        steps[i] = gap + 1
        death = float(steps[:i].sum()) + g.uniform(0.05, 0.9)
        down = (death, death + gap - 0.05)
    pos = np.cumsum(steps)
    edges = np.arange(pos[-1] + 1.0)
    t = c["t0"] + c["dt"] * (edges + g.uniform(-1, 1, edges.size) * c["jitter"])
    return pos, t, down


def _capacity(c: dict, t: np.ndarray) -> np.ndarray:
    """Slow healthy capacity per cell (1 = nominal): warm-up, drift, daily cycle, neighbour, loader cap."""
    g = np.random.default_rng([c["seed"], 1])
    m = t.size - 1
    j = np.arange(m)
    log = np.log1p(-(1 - c["warm0"]) * np.exp(-j / c["warm_tau"]))
    phi = np.exp(-1 / c["ou_tau"])
    log += lfilter([1.0], [1.0, -phi], g.normal(0, c["ou_sd"] * np.sqrt(1 - phi**2), m))
    log += c["diurnal"] * np.sin(2 * np.pi * (t[:-1] - c["t0"]) / 86400 + c["phase"])
    if c["neighbour"]:  # alternating quiet/busy dwell times
        at, busy = int(g.exponential(c["nb_in"])), True
        while at < m:
            d = 1 + int(g.exponential(c["nb_out"] if busy else c["nb_in"]))
            if busy:
                log[at:at + d] += np.log1p(-c["nb_depth"]) + g.normal(0, 0.02, len(log[at:at + d]))
            at, busy = at + d, not busy
    if c["loader"]:
        loader = np.log(c["ld_level"]) + lfilter([1.0], [1.0, -0.8], g.normal(0, c["ld_sd"] * 0.6, m))
        for s in g.integers(0, m, g.poisson(m / 300)):
            loader[s:s + int(g.integers(1, 3))] = np.log(g.uniform(0.3, 0.7))
        log = np.minimum(log, loader)
    return np.exp(log)


def _multiplier(c: dict, spec: dict, idx: int, cells: tuple[int, int, int], cap: np.ndarray, m: np.ndarray) -> None:
    """Write one regression's multiplier into ``m`` over its cells ``[c0, c1)`` (leak ramp to ``cr``)."""
    g = np.random.default_rng([c["seed"], 10 + idx])
    c0, cr, c1 = cells
    x = np.arange(c1 - c0, dtype=float)
    d, v = spec["depth"], spec["variant"]
    if spec["kind"] == "drop":
        if v == 3:  # a slower data loader: the top is clipped at a cap chosen for the depth
            seg = cap[c0:c1]
            lo, hi = 0.0, 2.0
            for _ in range(40):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if np.mean(1 - np.minimum(1, mid / seg)) > d else (lo, mid)
            out = np.minimum(1.0, lo / seg)
        elif v == 2:  # contention: a noisier level
            z = np.exp(lfilter([1.0], [1.0, -0.7], g.normal(0, g.uniform(0.03, 0.08), x.size)))
            out = (1 - d) * z / z.mean()
        else:
            out = np.full(x.size, 1 - d)
        out = 1 - (1 - out) * np.minimum(1, (x + 1) / (1 + v))  # 1-4 cells to settle in
        if spec["recover"] and not spec["to_end"]:
            out = 1 - (1 - out) * np.clip((x.size - x) / spec["recover"], 0, 1)
    elif spec["kind"] == "leak":
        f = np.clip(x / max(cr - c0, 1), 0, 1)
        f = (f, np.sqrt(f), f**1.7, np.ceil(f * 6) / 6)[v]
        out = 1 - d * f
    else:  # one slow rank: bursty extra time per optimizer step, waited for by every rank
        on = np.zeros(x.size, bool)
        at, state = 0, True
        while at < x.size:
            dwell = 1 + int(g.exponential(spec["on"] if state else spec["off"]))
            on[at:at + dwell] = state
            at, state = at + dwell, not state
        k = max(1.0, c["dt"] / (c["step"] * (c["accum"] + c["opt"])))
        extra = on * g.gamma(spec["kappa"] * k, 1 / (spec["kappa"] * k), x.size)
        lo, hi = 0.0, 50.0
        for _ in range(50):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if np.mean(1 - 1 / (1 + mid * extra)) < d else (lo, mid)
        out = 1 / (1 + lo * extra)
    m[c0:c1] = out


def _pause(c: dict, kind: str, u: float, g: np.random.Generator, flavour: str) -> tuple[str, list[tuple]]:
    """One pause starting at cell position ``u``: (kind, parts), a part being (u0, u1, train0, train1, eval0, eval1)."""
    d = float(np.clip(c["d"]["val" if kind in VAL_KINDS else kind] * g.uniform(0.85, 1.15), c["lo"], c["hi"]))
    ev = {"val_zero": (0, 0), "val_partial": (c["e_partial"],) * 2, "val_rising": (c["e_rise"],) * 2,
          "val_sorted": c["e_sort"]}.get(flavour, (0, 0))
    if kind in VAL_KINDS:
        return kind, [(u, u + d, 0, 0, *ev)]
    if kind == "epoch_end":
        a, b = u + 0.6 * d, u + 0.7 * d
        return kind, [(u, a, 0, 0, *ev), (a, b, 0, 0, 0, 0), (b, u + d, 0.3, 1, 0, 0)]
    if kind == "ckpt_sync":
        return kind, [(u, u + d, 0, 0, 0, 0)]
    if kind == "ckpt_async":
        lv = c["async_level"]
        return kind, [(u, u + 0.1 * d, 0, 0, 0, 0), (u + 0.1 * d, u + d, lv, lv, 0, 0)]
    return kind, [(u, u + 0.4 * d, 0, 0, 0, 0), (u + 0.4 * d, u + d, 0.2, 1, 0, 0)]


def _schedule(c: dict, rate: np.ndarray, down: tuple[float, float] | None) -> list[tuple[str, list[tuple]]]:
    """Walk the run in steps (``rate``: steps per cell) and place every pause."""
    g = np.random.default_rng([c["seed"], 2])
    m = rate.size
    nominal = c["dt"] * c["accum"] / (c["step"] * (c["accum"] + c["opt"]))
    val_every = c["period"] * nominal
    ck_steps = val_every * c["ck_ratio"] if c["ckpt"] != "none" and c["trigger"] == "steps" else np.inf
    ck_time = c["period"] * c["ck_ratio"] if c["ckpt"] != "none" and c["trigger"] == "time" else np.inf
    u, s, last_ck, n_val = 0.0, 0.0, 0.0, 0
    next_val, next_ck, next_t = val_every, ck_steps, ck_time
    death = down[0] if down else np.inf
    out: list[tuple[str, list[tuple]]] = []

    def add(p):
        nonlocal u, s
        kind, parts = p
        if kind != "restart" and parts[-1][1] > death:  # a preemption cuts it short
            parts = [(a, min(b, death), *rest) for a, b, *rest in parts if a < death]
        out.append((kind, parts))
        for a, b, t0, t1, _, _ in parts:
            s += (t0 + t1) / 2 * (b - a) * rate[min(int(a), m - 1)]
        u = parts[-1][1]

    while u < m:
        target = min(next_val, next_ck)
        stop = min(next_t, death, m)
        while u < stop:  # advance to the next step target or time target
            j = int(u)
            room = min(j + 1.0, stop) - u
            if s + rate[j] * room >= target:
                u += (target - s) / rate[j]
                s = target
                break
            s, u = s + rate[j] * room, u + room
        if u >= m:
            break
        if u >= death:
            parts = [(death, down[1], 0, 0, 0, 0)] + _pause(c, "restart", down[1], g, "")[1]
            add(("restart", parts))
            death, s = np.inf, last_ck
            next_val = (np.floor(s / val_every) + 1) * val_every
            next_ck = (np.floor(s / ck_steps) + 1) * ck_steps if np.isfinite(ck_steps) else np.inf
            next_t = u + ck_time
        elif u >= next_t:
            add(_pause(c, f"ckpt_{c['ckpt']}", u, g, ""))
            last_ck, next_t = s, u + ck_time
        elif s >= next_ck:
            add(_pause(c, f"ckpt_{c['ckpt']}", u, g, ""))
            last_ck, next_ck = s, next_ck + ck_steps
        else:
            n_val += 1
            epoch = c["per_epoch"] and n_val % c["per_epoch"] == 0
            add(_pause(c, "epoch_end" if epoch else c["val"], u, g, c["val"]))
            next_val += val_every
            if c["ckpt"] != "none" and c["trigger"] == "after_val" and n_val % c["every"] == 0 and u < death:
                add(_pause(c, f"ckpt_{c['ckpt']}", u, g, ""))
                last_ck = s
    return out


def _paint(pauses: list, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Per cell: the fraction spent training (weighted by speed) and the counted-eval share."""
    train, evalf = np.ones(m), np.zeros(m)
    for _, parts in pauses:
        for a, b, t0, t1, e0, e1 in parts:
            for j in range(int(a), min(int(np.ceil(b)), m)):
                lo, hi = max(a, j), min(b, j + 1)
                x = ((lo + hi) / 2 - a) / (b - a)
                train[j] -= (1 - t0 - (t1 - t0) * x) * (hi - lo)
                evalf[j] += (e0 + (e1 - e0) * x) * (hi - lo)
    return np.clip(train, 0, 1), evalf


def _spans(pauses: list, pos: np.ndarray, r: int, n: int) -> tuple[list[tuple[int, int]], list[str]]:
    """Points whose ``rate()`` window overlaps each pause, later pauses winning shared points."""
    spans, kinds = [], []
    for kind, parts in pauses:
        u0, u1 = parts[0][0], parts[-1][1]
        i0 = int(np.searchsorted(pos[r:], u0, side="right"))
        i1 = int(np.searchsorted(pos[: n], u1, side="left"))
        if i0 >= n or i1 <= i0:
            continue
        if spans and spans[-1][1] > i0:
            if spans[-1][0] >= i0:  # shadowed entirely: the later pause takes its points
                spans.pop(), kinds.pop()
            else:
                spans[-1] = (spans[-1][0], i0)
        spans.append((i0, min(i1, n)))
        kinds.append(kind)
    return spans, kinds


def _thermal(c: dict, train: np.ndarray) -> np.ndarray:
    """Clock factor per cell: heats while training, throttles at a threshold, recovers with hysteresis."""
    out = np.ones(train.size)
    if not c["thermal"]:
        return out
    heat, hot, on, cool = 0.0, False, c["th_on"], c["th_on"] / c["th_off"]
    for j, tr in enumerate(train):
        heat = max(0.0, heat + tr - 3 * (1 - tr) - ((1 + cool) if hot else 0.0))
        hot = heat > 0.6 * on if hot else heat >= on
        if hot:
            out[j] = 1 - c["th_depth"]
    return out


def _noise(c: dict, k: np.ndarray) -> np.ndarray:
    """Per-cell speed factor from the run's step-time law, given ``k`` steps in the cell."""
    g = np.random.default_rng([c["seed"], 3])
    law = c["law"]
    if law == "gamma":
        time = g.gamma(k * c["shape"], 1 / (k * c["shape"]))
    elif law == "wald":
        time = g.wald(1.0, k / c["cv"] ** 2)
    elif law == "spiky":  # all-reduce spikes on a multi-node job: Poisson count, Pareto size
        count = g.poisson(k * c["spike_p"])
        size = c["spike_s"] * (g.pareto(c["spike_a"], int(count.sum())) + 1)
        extra = np.bincount(np.repeat(np.arange(k.size), count), weights=size, minlength=k.size) / k
        mean = 1 + c["spike_p"] * c["spike_s"] * c["spike_a"] / (c["spike_a"] - 1)
        time = (g.gamma(20 * k, 1 / (20 * k)) + extra) / mean
    else:  # sequence-length buckets: each window mixes (samples, cost) modes
        mix = g.multinomial(np.maximum(1, np.round(k)).astype(np.int64), c["b_p"])
        ref = c["b_p"] @ c["b_samples"] / (c["b_p"] @ c["b_cost"])
        time = g.gamma(30 * k, 1 / (30 * k)) * ref * (mix @ c["b_cost"]) / (mix @ c["b_samples"])
    return np.clip(1 / time, 0.25, 2.5)


def _event(c: dict, spec: dict, pos: np.ndarray, cells: int) -> tuple[Event, tuple[int, int, int]]:
    """The labelled points of one event (depth filled in later) and its cells ``(c0, cr, c1)``."""
    n, r, onset = c["n"], c["r"], spec["onset"]
    end = n if spec["to_end"] else min(onset + spec["length"], spec["max_end"])
    ramp_end = onset + min(spec["ramp"], int(0.6 * (end - onset))) if spec["kind"] == "leak" else onset
    c0, cr = int(pos[onset + r - 1]), int(pos[ramp_end + r - 1])
    return Event(spec["kind"], onset, ramp_end, end, 0.0), (c0, cr, cells if end == n else int(pos[end]))


def make_heldout4_detail(seed: int, n: int = 6000, pauses: str = "short",
                         n_events: int | None = None) -> tuple[Trace, list[str]]:
    """A trace and the kind of each of its pauses (one of ``PAUSE_KINDS``), deterministic in the arguments."""
    c = _config(seed, n, pauses, n_events)
    r = c["r"]
    pos, t, down = _grid(c)
    cells = t.size - 1
    sec = np.diff(t)
    cycle = c["step"] * (c["accum"] + c["opt"])  # one optimizer step: `accum` micro-batches
    cap = _capacity(c, t)
    rate = sec * c["accum"] / cycle * cap  # micro-steps per cell
    mult = np.ones(cells)
    placed: list[tuple[Event, tuple[int, int, int]]] = []
    for idx, spec in enumerate(c["events"]):
        if spec["at_pause"]:  # move the onset into (or just before) a pause of the run so far
            spans, _ = _spans(_schedule(c, rate * mult, down), pos, r, n)
            near = [s for s in spans if spec["onset"] <= s[0] <= spec["slot"][1] and s[1] < spec["max_end"] - 100]
            if near:
                a, b = near[0]
                spec["onset"] = a - spec["before"] if spec["before"] else a + int(spec["frac"] * (b - a))
        placed.append(_event(c, spec, pos, cells))
        _multiplier(c, spec, idx, placed[-1][1], cap, mult)
    schedule = _schedule(c, rate * mult, down)
    train, evalf = _paint(schedule, cells)
    speed = cap * _thermal(c, train) * _noise(c, np.maximum(1.0, sec / c["step"] * (train + evalf)))

    def steps(tau):  # micro-batches finished after `tau` seconds of nominal training
        q, rem = np.divmod(tau, cycle)
        return c["accum"] * q + np.minimum(c["accum"], np.floor(rem / c["step"]))

    work = sec * train * speed
    cum = np.cumsum(work)
    inc = np.diff(steps(cum), prepend=0.0)
    inc_r = inc.copy()
    events = []
    for ev, (c0, _, c1) in placed:
        base = cum[c0 - 1] if c0 else 0.0  # the regressed counter starts from the healthy one
        inc_r[c0:c1] = np.diff(steps(base + np.cumsum(work[c0:c1] * mult[c0:c1])), prepend=steps(base))
        active = (train + evalf)[c0:c1] > 0.3
        depth = float(np.mean(1 - mult[c0:c1][active])) if active.any() else float(np.mean(1 - mult[c0:c1]))
        events.append(Event(ev.kind, ev.onset, ev.ramp_end, ev.end, depth))
    evals = evalf * sec * speed * c["batch"] * c["accum"] / cycle
    healthy, regressed = inc * c["batch"] + evals, inc_r * c["batch"] + evals * mult
    if down:  # the samples between the last scrape and the crash are lost with the counter reset
        healthy[int(down[0])] = regressed[int(down[0])] = 0.0
    values = []
    for samples in (regressed, healthy):  # window sums, not a running total: exact outside events
        window = np.add.reduceat(samples, pos[:-1])
        values.append(sum(window[i:i + n] for i in range(r)) / (t[pos[r:]] - t[pos[:-r]]))
    spans, kinds = _spans(schedule, pos, r, n)
    trace = Trace(values=values[0], timestamps=t[pos[r:]], events=events, pauses=spans, seed=seed,
                  healthy=values[1])
    return trace, kinds


def make_heldout4(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One held-out trace: ``pauses`` is "short" (1-12 points) or "long" (15-120); ``n_events`` 0-3 or drawn."""
    return make_heldout4_detail(seed, n, pauses, n_events)[0]


def heldout4_set(pauses: str, n: int = 6000, seeds=HELDOUT4_SEEDS, clean_every: int = 4) -> list[Trace]:
    """The held-out set: one trace per seed, every ``clean_every``-th one without any event."""
    if clean_every < 1:
        raise ValueError(f"clean_every must be >= 1, got {clean_every}")
    return [make_heldout4(s, n, pauses, 0 if (i + 1) % clean_every == 0 else None) for i, s in enumerate(seeds)]
