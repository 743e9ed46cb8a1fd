"""Held-out trace family 7: an LLM pre-training job's tokens/s as Prometheus ``rate()`` reports it.

Never used for tuning; written blind (without reading the detector) for issue 15's held-out rows.
Entry points: ``heldout7_set(pauses)`` (12 traces x 6,000 points, ``pauses`` "short" or "long")
and ``make_heldout7(seed, n, pauses, n_events)`` (``n_events=0``: the clean run; an integer: that
many candidate regressions; ``None``: 3 or 4, 4 with chance 0.4 short / 0.6 long).
Deterministic: numpy ``PCG64`` streams seeded by ``SeedSequence([seed, setting])`` (job, scrapes
and regressions apart), no BLAS in the path: the same call gives the same floats (the tests
pin a trace's events and sums; numpy's SIMD exp/sin may differ in the last bit between CPUs).

The job (simulated optimizer step by optimizer step, 15k-240k steps per trace, vectorised)
------------------------------------------------------------------------------------------
* **Tokens, not samples.** A fixed token budget per step (base rate 1e5-3e6 tokens/s, log-uniform).
  The counter counts non-padding tokens: packed runs (60 %) keep 98.5-99.5 % of the budget (sd
  0.2 % per step); unpacked runs (variable-length sequences) 72-86 % (sd 1.5 %) while the step
  still pays for the padding.
* **Step cost.** Per-token cost grows with sequence length, ``1 + L / La`` (La 16k-48k); lognormal
  step jitter 1-4 %; a logging step every 10/20/50/100 steps 2-8 % slower (loss ``.item()`` sync);
  lone stalls (GC, loader hiccup: 0.5-8 s, 1 in 300-1500 steps); an AR(1) wander (sd 0.5-1 %,
  correlation 0.995-0.9995 per step) and a 24-hour cycle of 0.5-2 % (shared storage and network
  load); a warm-up after each process start (compile, autotune: step 0 is 2-5x slower, decaying
  over 3-10 steps).
* **Routine pauses** (no tokens counted): validation every E steps (its duration x0.9-1.15 each
  time), a checkpoint save every 1-6 eval periods (offset from the evals; x0.8-1.5), the start-up,
  and each restart with its warm-up. Evals cost at most ~1/6 of the time.
  ``short``: scrape 10 or 15 s; eval 0.8-4 scrape intervals, checkpoint 0.5-2, an eval every
  45-140 points; start-up 2-5 intervals. ``long``: scrape 15 or 30 s; eval 8-100 intervals (2-50
  min), checkpoint 3-24, an eval every 250-700 points (at least 6x its length); start-up 6-20.
* **Healthy changes an operator does not want to be paged for** (never labelled; chance per trace,
  then what the two sets of 12 hold): a documented sequence-length curriculum (1/2: 1-2 doublings of
  L from 512 or 1024 at a fixed token budget, La 16k-48k: -1 to -6 % tokens/s each; short 9
  doublings, -1.2 to -5.0 %; long 15, -1.3 to -5.7 %); a batch-size
  ramp (0.3: the budget doubles, +4-12 % tokens/s; short 6, long 5); a planned eval-frequency
  change (1/3: the eval period halves or doubles; short 6, long 5); long only, a crash and restart
  (0.5; the long set holds 10): the process dies and its scrapes vanish for 5-20 min (no points: a
  gap in ``timestamps``), the replacement reloads the last checkpoint for 3-10 min (steps since that
  checkpoint are redone; the counter restarts at 0 and ``rate()`` corrects the reset) and runs on
  other nodes (level x0.97-1.04).

The Prometheus path
-------------------
1, 2, 4 or 8 exporter targets (one per node, each counting its share; the set cycles through
them) are scraped every ``dt`` at their own phase with 0.3 % timing jitter; a scrape fails at
random (0.1-0.4 %), during a checkpoint save (20-60 %: the exporter thread starves) and always
while the process is dead. The series is the recording rule ``sum(rate(tokens_total[w]))``
evaluated every ``dt``, with Prometheus' own ``extrapolatedRate`` (reset correction, the 1.1x
extrapolation threshold, the zero-point limit); ``w`` is 3-4 (short) or 4, 6, 8 (long) scrape
intervals, so a step change is smeared over ``w / dt`` points and a target with fewer than two
samples in its window drops out of the sum for a point. A point exists when one target has a
rate; a trace is the first 6,000 points.

``Trace.pauses``, the phase the monitor knows (``max_over_time(phase[w])``), lists the points
whose window touches a routine pause: from the pause's start to the end of the first step after it
(after the warm-up, for a start or restart) plus ``w`` and one scrape; overlapping spans merge.
Spans after the start-up: short 3-9 points, long 12-114; the start-up: short 8-18, long 15-35.

Labels: what an operator would want to be paged about
-----------------------------------------------------
Drawn in steps, mapped to points through the run's real timeline. Kinds from the pool (drop,
straggler, leak, drop) shuffled per trace; depths stratified over 7-35 % within a trace.

* ``drop``: every step slower by 1/(1-d) (a power-capped node, NCCL falling back to a slower
  transport, degraded storage); 150-1200 points, or to the end of the trace.
* ``straggler``: a flaky node, on/off runs of 5-40 steps; while on, each step is slowed by a
  gamma(2)-distributed amount scaled so that the mean loss is d; 100-700 points.
* ``leak``: the loss grows as d * u**g (g 0.6-2, u the ramp fraction) over up to 400-2000 points to
  d >= 9 % (allocator fragmentation, host memory growth), then holds for up to 600 points or to
  the end of the trace.
* A restart inside any regression ends it (the new process runs on clean nodes); a drop or
  straggler may also start with the restart (a bad node in the new allocation).

Onsets: with chance 0.5 (short) / 0.65 (long) a candidate starts at the first step after a pause
(eval, checkpoint or restart: the onset lies inside the pause's span) or 1-8 (short) / 2-30
(long) points before one; otherwise anywhere in its segment (the span 350..n-150 is cut into one
segment per candidate). ``onset`` is the first point at or after the first slowed step begins;
``end`` the first point whose window lies past the last slowed step (or n); ``ramp_end`` the point
where a leak's ramp ends (``onset`` for the other kinds). ``depth`` is *measured*: the loss vs
``healthy`` over the event's live (non-pause) points after the first ``w / dt + 1`` points (a
leak: after ``ramp_end``, or its last 30 live points if it is cut short). ``healthy`` is the same
run on the same timeline (same pauses, scrapes, restarts) with the slowed steps' token increments
scaled back up: it equals ``values`` outside the events exactly.
A candidate is discarded, and the trace simulated again without it, unless it is visible in its
catch window: of its first 60 points (a leak: the 60 from ``ramp_end``, or the last 60 before
``end`` if it ends within 30 points of its ramp end) at least half lie outside pauses and lose
>= 5 % vs ``healthy`` there; and unless it starts before point n-100 and after the previous
event's end, and spans >= 30 points.

Counts (seeds 71840-71851, every fourth trace clean: 3 clean traces per setting)
--------------------------------------------------------------------------------
setting  events  drop/straggler/leak  depth        onset <= 10 points from a pause (inside one)
short    29      15 / 6 / 8           0.073-0.335  18 (7)
long     32      15 / 8 / 9           0.071-0.348  14 (14)
Pause spans: short 3-9 points (start-up 8-18), 36-107 per trace; long 12-114 (start-up 15-35),
7-21 per trace. Events reaching the end of the trace: short 5, long 7.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import lfilter

from anomaly.traces import Event, Trace

HELDOUT7_SEEDS = tuple(range(71840, 71852))
N_POINTS = 6000
_SETTINGS = {
    "short": dict(dt=(10.0, 15.0), wmult=(3, 4), eval_pts=(0.8, 4.0), ckpt_pts=(0.5, 2.0),
                  eval_every=(45, 140), ckpt_every=(3, 6), startup_pts=(2.0, 5.0),
                  step_s=(0.5, 3.0), restart_p=0.0, lead=(1, 9), more=0.4, near=0.5),
    "long": dict(dt=(15.0, 30.0), wmult=(4, 6, 8), eval_pts=(8.0, 100.0), ckpt_pts=(3.0, 24.0),
                 eval_every=(250, 700), ckpt_every=(1, 3), startup_pts=(6.0, 20.0),
                 step_s=(1.5, 8.0), restart_p=0.5, lead=(2, 31), more=0.6, near=0.65),
}


def _job(rng, cfg, n_points, seed):
    """Draw the job: per executed step its healthy duration, tokens, the pause before it."""
    dt = float(cfg["dt"][seed % 2])  # the set's traces cycle through the scrape settings
    wm = int(cfg["wmult"][(seed // 2) % len(cfg["wmult"])])
    s_mean = float(np.exp(rng.uniform(*np.log(cfg["step_s"]))))
    rate0 = float(np.exp(rng.uniform(np.log(1e5), np.log(3e6))))
    restart = rng.random() < cfg["restart_p"]
    horizon = (n_points + 80 + wm) * dt + (1800.0 if restart else 0.0) + 600.0
    kt = int(horizon / s_mean)  # about the steps the trace spans; k leaves room for slow steps
    k = int(1.3 * kt) + 200
    eval_s = rng.uniform(*cfg["eval_pts"]) * dt
    ckpt_s = rng.uniform(*cfg["ckpt_pts"]) * dt
    every = max(rng.uniform(*cfg["eval_every"]), 6 * eval_s / dt)  # evals cost <= ~1/6 of the time
    e0 = max(int(every * dt / s_mean), 4)
    e1 = max(int(e0 * rng.choice((0.5, 2.0))), 4) if rng.random() < 1 / 3 else e0
    k_ef = int(kt * rng.uniform(0.3, 0.7))
    cp = e0 * int(rng.integers(cfg["ckpt_every"][0], cfg["ckpt_every"][1] + 1))
    # executed step -> logical step (a restart redoes the steps since the last checkpoint)
    jr = -1
    logical = np.arange(k)
    if restart:
        jr = int(kt * rng.uniform(0.3, 0.8))
        ck = [s for s in range(e0 // 3 - 1, jr, cp) if s >= 0]
        back = ck[-1] if ck else 0
        logical = np.concatenate([np.arange(jr + 1), np.arange(back + 1, back + k - jr)])
    # curriculum and batch ramp (documented, healthy)
    la = rng.uniform(16e3, 48e3)  # ~ 6N / (12 layers d_model): 1B-70B models
    seq = np.full(k, float(rng.choice((512.0, 1024.0))))
    n_seq = int(rng.integers(1, 3)) if rng.random() < 0.5 else 0
    for frac in np.sort(rng.uniform(0.15, 0.85, size=n_seq)):
        seq[logical >= int(frac * kt)] *= 2.0
    cost = (1.0 + seq / la) / (1.0 + seq[0] / la)
    seq_steps = [(1 + seq[0] * 2 ** i / la) / (1 + seq[0] * 2 ** (i + 1) / la) - 1 for i in range(n_seq)]
    budget = np.ones(k)
    batch_ramp = rng.random() < 0.3
    if batch_ramp:
        ramp = logical >= int(kt * rng.uniform(0.05, 0.3))
        budget[ramp] = 2.0
        cost[ramp] *= 2.0 / (1.0 + rng.uniform(0.04, 0.12))
    packed = rng.random() < 0.6
    mu, sd = (rng.uniform(0.985, 0.995), 0.002) if packed else (rng.uniform(0.72, 0.86), 0.015)
    pack = np.clip(mu + sd * rng.standard_normal(k), 0.5, 1.0)
    tokens = rate0 * s_mean * budget * pack
    # step-time noise
    jit = np.exp(rng.uniform(0.01, 0.04) * rng.standard_normal(k))
    log_every = int(rng.choice((10, 20, 50, 100)))
    rhythm = np.where((logical + 1) % log_every == 0, 1.0 + rng.uniform(0.02, 0.08), 1.0)
    stall = np.where(rng.random(k) < 1.0 / rng.uniform(300, 1500), rng.uniform(0.5, 8.0, size=k), 0.0)
    phi = rng.uniform(0.995, 0.9995)
    shocks = rng.standard_normal(k) * rng.uniform(0.005, 0.01) * np.sqrt(1 - phi ** 2)
    wander = np.exp(_ar1(shocks, phi))
    t_approx = np.arange(k) * s_mean
    diurnal = 1.0 + rng.uniform(0.005, 0.02) * np.sin(2 * np.pi * t_approx / 86400 + rng.uniform(0, 6.3))
    warm_a, warm_tau = rng.uniform(1.0, 4.0), rng.uniform(3.0, 10.0)
    warm = 1.0 + warm_a * np.exp(-np.arange(k) / warm_tau)
    level = np.ones(k)
    if restart:
        warm[jr + 1:] = 1.0 + warm_a * np.exp(-np.arange(k - jr - 1) / warm_tau)
        level[jr + 1:] = rng.uniform(0.97, 1.04)
    dur = s_mean * cost * jit * rhythm * wander * diurnal * warm * level + stall
    # pauses before each executed step
    gap = np.zeros(k)
    kind = np.zeros(k, dtype=np.int8)  # 1 eval, 2 checkpoint, 3 start, 4 restart
    period = np.where(logical < k_ef, e0, e1)
    is_eval = (logical + 1) % period == 0
    is_ckpt = (logical + 1 - e0 // 3) % cp == 0
    scale = rng.uniform(0.9, 1.15, size=k)
    gap[1:] += np.where(is_eval[:-1], eval_s * scale[:-1], 0.0)
    gap[1:] += np.where(is_ckpt[:-1], ckpt_s * rng.uniform(0.8, 1.5, size=k - 1), 0.0)
    kind[1:][is_eval[:-1]] = 1
    kind[1:][is_ckpt[:-1]] = 2
    gap[0] = rng.uniform(*cfg["startup_pts"]) * dt
    kind[0] = 3
    dead = None
    if restart:
        wasted = rng.uniform(0, 1) * s_mean
        down, reload = rng.uniform(300, 1200), rng.uniform(180, 600)
        gap[jr + 1] = wasted + down + reload
        kind[jr + 1] = 4
        dead = (wasted, down)
    return dict(dt=dt, wm=wm, w=wm * dt, k=k, jr=jr, dur=dur, tokens=tokens, gap=gap, kind=kind,
                dead=dead, horizon=horizon, warm_steps=int(4 * warm_tau), lead=cfg["lead"],
                more=cfg["more"], near=cfg["near"],
                notes=dict(seq_steps=seq_steps, batch_ramp=batch_ramp, eval_change=e1 != e0, restart=restart))


def _ar1(shocks, phi):
    """x[i] = phi * x[i-1] + shocks[i] (a plain IIR filter: exact, no BLAS)."""
    return lfilter([1.0], [1.0, -phi], shocks)


def _scrapes(rng, job, seed):
    """Scrape offsets, jitter and failure draws per target (independent of the regressions)."""
    n_t = (1, 2, 4, 8)[(seed // 3) % 4]
    dt = job["dt"]
    slots = int(job["horizon"] / dt) + 4
    times = (np.arange(slots)[None, :] * dt + rng.uniform(0, dt, size=(n_t, 1))
             + rng.normal(0, 0.003 * dt, size=(n_t, slots)))
    return dict(times=times, u=rng.random((n_t, slots)), p_miss=rng.uniform(0.001, 0.004),
                p_ckpt=rng.uniform(0.2, 0.6), share=1.0 / n_t, eval_off=rng.uniform(0, dt), slots=slots)


def _rate(t, v, ends, w, extra=None):
    """Prometheus ``rate(v[w])`` at each of ``ends`` from samples ``(t, v)``; NaN with < 2 samples.

    With ``extra`` (a second counter sampled at the same times) it also returns the rate of
    ``v + extra`` on the same sample geometry, exactly equal where ``extra`` does not move.
    """
    if len(t) < 2:
        nan = np.full(len(ends), np.nan)
        return nan if extra is None else (nan, nan)
    prev = np.concatenate([[v[0]], v[:-1]])
    reset = v < prev
    cc = v + np.cumsum(np.where(reset, prev, 0.0))  # counter-reset correction
    lo = np.searchsorted(t, ends - w, "right")
    hi = np.searchsorted(t, ends, "right") - 1
    ok = hi - lo >= 1
    lo, hi = np.where(ok, lo, 0), np.where(ok, hi, 1)
    inc = cc[hi] - cc[lo]
    sampled = np.maximum(t[hi] - t[lo], 1e-9)
    avg = sampled / np.maximum(hi - lo, 1)
    to_start, to_end = t[lo] - (ends - w), ends - t[hi]
    to_zero = np.where(inc > 0, sampled * v[lo] / np.where(inc > 0, inc, 1.0), np.inf)
    to_start = np.minimum(to_start, to_zero)
    ext = sampled + np.where(to_start < 1.1 * avg, to_start, avg / 2)
    ext += np.where(to_end < 1.1 * avg, to_end, avg / 2)
    factor = np.where(ok, ext / sampled / w, np.nan)
    if extra is None:
        return inc * factor
    pe = np.concatenate([[extra[0]], extra[:-1]])
    ce = extra + np.cumsum(np.where(reset, pe, 0.0))
    return inc * factor, inc * factor + (ce[hi] - ce[lo]) * factor


def _simulate(job, scr, factor, n_points):
    """Run the job with step-time factors; return timestamps, values, healthy, step times, spans."""
    dur = job["dur"] * factor
    end = np.cumsum(job["gap"] + dur)
    start = end - dur
    dead_iv = []
    if job["dead"] is not None:
        jr = job["jr"]
        a = end[jr] + job["dead"][0]
        dead_iv.append((a, a + job["dead"][1]))
    ckpt_iv = [(end[j - 1], start[j]) for j in np.flatnonzero(job["kind"] == 2)]
    dt, w = job["dt"], job["w"]
    ev = scr["eval_off"] + np.arange(scr["slots"]) * dt
    vals, heal, present = np.zeros(len(ev)), np.zeros(len(ev)), np.zeros(len(ev), bool)
    # every node counts its equal share; the healthy run's extra tokens are the slowed steps'
    # increments scaled back up
    counters = [np.concatenate([[0.0], np.cumsum(x)])
                for x in (job["tokens"], job["tokens"] * (factor - 1.0))]
    for r in range(len(scr["times"])):
        st = scr["times"][r]
        fail = scr["u"][r] < scr["p_miss"]
        for a, b in ckpt_iv:
            lo, hi = np.searchsorted(st, [a, b])
            fail[lo:hi] |= scr["u"][r, lo:hi] < scr["p_ckpt"]
        for a, b in dead_iv:
            lo, hi = np.searchsorted(st, [a, b])
            fail[lo:hi] = True
        st = st[~fail]
        idx = np.searchsorted(end, st, "right") - 1
        base_step = np.zeros(len(st), int)  # the counter restarts with the new process
        if dead_iv:
            base_step[st >= dead_iv[0][1]] = job["jr"] + 1
        value, extra = ((c[idx + 1] - c[base_step]) * scr["share"] for c in counters)
        rt, rh = _rate(st, value, ev, w, extra)
        got = np.isfinite(rt)
        vals[got] += rt[got]
        heal[got] += rh[got]
        present |= got
    keep = np.flatnonzero(present)
    if len(keep) < n_points:
        raise RuntimeError("heldout7: simulated horizon too short")
    keep = keep[:n_points]
    ts = ev[keep]
    spans = []
    for j in np.flatnonzero(job["gap"] > 0):
        a = end[j - 1] if j else 0.0
        last = min(j + job["warm_steps"], len(end) - 1) if job["kind"][j] in (3, 4) else j
        b = end[last]
        lo = np.searchsorted(ts, a, "right")
        hi = np.searchsorted(ts - w - dt, b, "left")
        if hi > lo:
            spans.append([int(lo), int(hi)])
    merged = []
    for s in spans:
        if merged and s[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s[1])
        else:
            merged.append(s)
    return dict(ts=ts, values=vals[keep], healthy=heal[keep], start=start, end=end,
                pauses=[(a, b) for a, b in merged if a < n_points])


def _candidates(rng, job, base, n_points, n_events):
    """Place 3-4 candidate regressions (in steps) using the regression-free timeline ``base``."""
    ts, start, end, k, jr = base["ts"], base["start"], base["end"], job["k"], job["jr"]
    pause_steps = np.flatnonzero((job["gap"] > 0) & (job["kind"] != 3))
    pause_pts = np.searchsorted(ts, end[pause_steps - 1])
    restart_pt = int(np.searchsorted(ts, end[jr])) if jr >= 0 else -1
    n = (4 if rng.random() < job["more"] else 3) if n_events is None else n_events
    edges = np.linspace(350, n_points - 150, n + 1).astype(int)
    kinds = list(rng.permutation(4)) * 2  # from the pool drop, straggler, leak, drop
    strata = list(rng.permutation(4)) * 2  # depths spread over 7-35 % within each trace
    out = []
    for i in range(n):
        s0, s1 = int(edges[i]), int(edges[i + 1]) - 40
        kind = ("drop", "straggler", "leak", "drop")[kinds[i % 8]]
        depth = max(0.07 + 0.07 * (strata[i % 8] + rng.random()), 0.09 if kind == "leak" else 0.07)
        length = {"drop": (150, 1200), "straggler": (100, 700), "leak": (400, 2000)}[kind]
        dur = int(rng.uniform(*length))
        p0 = int(rng.integers(s0, max(s0 + 1, s1 - min(dur, 300))))
        mode, u = "free", rng.random()
        near = pause_pts[(pause_pts > s0 + 8) & (pause_pts < s1 - 150)]
        if kind != "leak" and s0 < restart_pt < s1 - 150 and u < 0.7:
            mode, p0 = "restart", restart_pt
        elif len(near) and u < job["near"]:
            pp = int(near[rng.integers(len(near))])
            mode = "after" if rng.random() < 0.5 else "before"
            p0 = pp if mode == "after" else pp - int(rng.integers(*job["lead"]))
        to_end = i == n - 1 and rng.random() < 0.4
        hold = int(rng.uniform(0, 600)) if kind == "leak" else 0
        p1 = n_points + 10 if to_end else min(p0 + dur + hold, s1)
        if mode in ("after", "restart"):
            j = pause_steps[pause_pts == p0][0] if mode == "after" else jr + 1
            k0 = int(j)
        else:
            k0 = int(np.searchsorted(start, ts[min(p0, n_points - 1)]))
        k1 = k if p1 >= n_points else int(np.searchsorted(start, ts[p1]))
        if jr >= 0 and k0 <= jr < k1:
            k1 = jr + 1  # a restart moves the job to clean nodes and a fresh process
        kr = k0
        if kind == "leak":
            ramp = min(dur, int(0.75 * (min(p1, n_points - 100) - p0)))
            kr = min(k1, int(np.searchsorted(start, ts[min(p0 + ramp, n_points - 1)])))
        if k1 - k0 < 10:
            continue
        out.append(dict(kind=kind, k0=k0, k1=k1, kr=max(kr, k0 + 1), depth=depth, mode=mode,
                        gamma=rng.uniform(0.6, 2.0),
                        runs=rng.geometric(1 / rng.uniform(5, 40), size=(2, 4096)),
                        x=rng.gamma(2.0, 0.5, size=k1 - k0)))
    return out


def _factor(job, cands):
    """Step-time factors (>= 1) of the candidate regressions."""
    f = np.ones(job["k"])
    for c in cands:
        k0, k1, d = c["k0"], c["k1"], c["depth"]
        m = k1 - k0
        if c["kind"] == "drop":
            f[k0:k1] = 1.0 / (1.0 - d)
        elif c["kind"] == "leak":
            u = np.clip(np.arange(m) / (c["kr"] - k0), 0.0, 1.0)
            f[k0:k1] = 1.0 / (1.0 - d * u ** c["gamma"])
        else:  # on/off flaky node: mean step factor 1 / (1 - d)
            on = np.repeat(np.arange(c["runs"].size) % 2 == 0, c["runs"].T.ravel())[:m]
            on = np.concatenate([on, np.zeros(m - len(on), bool)])
            x = c["x"] / c["x"][on].mean() if on.any() else c["x"]
            f[k0:k1] = 1.0 + on * x * (d / (1.0 - d)) / max(on.mean(), 1e-9)
    return f


def _label(c, sim, job, n_points, live):
    """The labelled Event of a candidate on the simulated timeline, or None if not visible."""
    ts, w = sim["ts"], job["w"]
    onset = int(np.searchsorted(ts, sim["start"][c["k0"]]))
    end = n_points if c["k1"] >= job["k"] else int(np.searchsorted(ts - w, sim["end"][c["k1"] - 1]))
    end = min(end, n_points)
    if onset >= n_points - 100 or end - onset < 30:
        return None
    ramp_end = onset
    if c["kind"] == "leak":
        ramp_end = int(min(max(np.searchsorted(ts, sim["end"][c["kr"] - 1]), onset + 1), end))
        cut = end - ramp_end < 30
        win = np.arange(max(onset, end - 60), end) if cut else np.arange(ramp_end, min(ramp_end + 60, end))
        held = np.arange(ramp_end, end)
        held = held[live[held]]
        if len(held) < 30:
            lv = np.arange(onset, end)
            held = lv[live[lv]][-30:]
    else:
        win = np.arange(onset, min(onset + 60, end))
        held = np.arange(min(onset + job["wm"] + 1, end - 1), end)
        held = held[live[held]]
    v, h = sim["values"], sim["healthy"]
    lw = win[live[win]]
    if len(lw) < 0.5 * len(win) or 1 - v[lw].sum() / h[lw].sum() < 0.05 or len(held) == 0:
        return None
    depth = round(float(1 - v[held].sum() / h[held].sum()), 3)
    return Event(c["kind"], onset, ramp_end, end, depth)


def make_heldout7(seed: int, n: int = N_POINTS, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One trace of family 7 (deterministic in ``seed``); ``n_events=0`` gives the clean run."""
    if pauses not in _SETTINGS:
        raise ValueError(f"pauses must be 'short' or 'long', not {pauses!r}")
    g_job, g_scr, g_evt = (np.random.Generator(np.random.PCG64(s))
                           for s in np.random.SeedSequence([seed, 7 + (pauses == "long")]).spawn(3))
    job = _job(g_job, _SETTINGS[pauses], n, seed)
    scr = _scrapes(g_scr, job, seed)
    sim = _simulate(job, scr, np.ones(job["k"]), n)
    cands = [] if n_events == 0 else _candidates(g_evt, job, sim, n, n_events)
    while True:
        if cands:
            sim = _simulate(job, scr, _factor(job, cands), n)
        live = np.ones(n, bool)
        for a, b in sim["pauses"]:
            live[a:b] = False
        events, keep = [], []
        for c in cands:
            e = _label(c, sim, job, n, live)
            if e is not None and (not events or events[-1].end <= e.onset):
                events.append(e)
                keep.append(c)
        if len(keep) == len(cands):
            break
        cands = keep  # re-simulate without the invisible ones (the timeline changes with them)
        if not cands:
            sim = _simulate(job, scr, np.ones(job["k"]), n)
            events = []
            break
    return Trace(values=sim["values"], timestamps=sim["ts"], events=events,
                 pauses=[(int(a), int(min(b, n))) for a, b in sim["pauses"]], seed=seed,
                 healthy=sim["healthy"])


def heldout7_set(pauses: str = "short", n: int = N_POINTS, seeds=HELDOUT7_SEEDS) -> list[Trace]:
    """The 12 held-out traces of one setting; every fourth one is clean."""
    return [make_heldout7(s, n=n, pauses=pauses, n_events=0 if (i + 1) % 4 == 0 else None)
            for i, s in enumerate(seeds)]
