"""The hundred-and-forty-fifth held-out throughput family: an automated essay-scoring model's training essays/s (a
transformer fine-tuned on student essays with rubric scores; essays tokenised on CPU workers, long ones truncated or
chunked, prompts mixed by a sampler from one prompt's file at a time; a validation pass on held-out prompts now and
then), read through email digests: the trainer's reporter sends a plain-text summary every 5 minutes over SMTP through
the site's relay (per-step counts and timestamps in the body), the relay queues and retries when the receiving server
greylists or defers, and a monitor polls the mailbox over IMAP once a minute and places the counts by the body's
timestamps.

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT145_SEEDS = tuple(range(1452000, 1452012))
CODE = 145
TICK = 5.0  # s: the job's grain (a few steps; the body lists the steps, the model their 5-s sums)
STEP = 60.0  # s: one point per minute of the bodies' timestamps
K = int(STEP // TICK)
DIGEST = 300.0  # s: the reporter's digest interval
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause-span lengths (points) the tests allow at 3,000 points
PATH_KEYS = ("defer_windows", "deferred_msgs", "greylisted_msgs", "dup_msgs", "dup_counted_ticks",
             "crash_lost_ticks", "late_dropped_ticks", "late_moved_ticks", "clock_moved_ticks", "unread_points")


def _level(cfg: dict, st: dict) -> float:
    """Essays/s of a stage: per-GPU rate, scaling 0.85-0.97 per doubling, long essays chunked, a larger model."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["len_c"] ** st["len"] / cfg["big_c"] ** st["big"]


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: chunk long essays instead of truncating them, a larger backbone, or (1 in 6) another GPU
    count; redrawn until the level moves 15 % (within 1/3 to 3 times); the stage kept when none does."""
    for _ in range(40):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        elif u < 7 / 12:
            new["len"] = 1 - st["len"]
        else:
            new["big"] = 1 - st["big"]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _mins(lg: bool, short: tuple, long: tuple, rng) -> float:
    lo, hi = long if lg else short
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's stages, pauses, processes and training segments over ``n`` minutes (and 20 more)."""
    lg = setting == "long"
    T = n * STEP + 1200.0
    cfg = {"gpu": hc.log_uniform(rng, 15, 150), "eff": rng.uniform(0.85, 0.97), "len_c": rng.uniform(1.4, 1.9),
           "big_c": rng.uniform(2.6, 3.4)}
    st = {"gpus": int(rng.choice([1, 2, 4, 8], p=[0.25, 0.3, 0.3, 0.15])), "len": 0, "big": 0}
    crash_mean = rng.uniform(12, 48) * 3600
    rel = np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP).tolist()
    ck_every = int(rng.choice([2, 3]))
    pauses_t, ramps, segs, procs, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def start(t: float, short: tuple, long: tuple) -> float:
        d = _mins(lg, short, long, rng)
        pauses_t.append((t, t + d, "startup"))
        ramps.append((t + d, t + d + 60 * rng.uniform(2, 6), rng.uniform(0.5, 0.8)))
        return t + d

    p0, t = 0.0, 0.0
    t = start(t, (3, 10), (25, 60))
    next_eval, next_crash = t + 60 * rng.uniform(30, 90), t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        while ri < len(rel) and rel[ri] < t + 300:
            rel[ri] = t + rng.uniform(300, 900)
        nr = rel[ri] if ri < len(rel) else np.inf
        next_crash = max(next_crash, t + 60)  # a crash due in a pause comes a minute after it
        ev = min(next_eval, next_crash, nr)
        segs.append((t, min(ev, T), _level(cfg, st)))
        t = ev
        if t >= T:
            break
        if ev == next_eval:
            counts["evals"] += 1
            d = _mins(lg, (2, 6), (15, 45), rng)
            pauses_t.append((t, t + d, "eval"))
            t += d
            if counts["evals"] % ck_every == 0:
                c = rng.uniform(15, 60) if not lg else 60 * rng.uniform(1, 4)
                pauses_t.append((t, t + c, "ckpt"))
                t += c
            next_eval = t + 60 * rng.uniform(30, 90)
        elif ev == next_crash:
            counts["crashes"] += 1
            procs.append((p0, t, True))
            d = _mins(lg, (1, 4), (6, 18), rng)
            pauses_t.append((t, t + d, "crash"))
            p0 = t + d
            t = start(p0, (2, 6), (8, 20))
            next_crash, next_eval = t + rng.exponential(crash_mean), t + 60 * rng.uniform(30, 90)
        else:
            counts["relaunches"] += 1
            procs.append((p0, t, False))
            d = _mins(lg, (1, 3), (5, 12), rng) + 60 * rng.uniform(1, 5)
            pauses_t.append((t, t + d, "relaunch"))
            p0 = t + d
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known_t.append(p0)
            st = new
            t = start(p0, (2, 6), (8, 20))
            next_crash, next_eval = t + rng.exponential(crash_mean), t + 60 * rng.uniform(30, 90)
            ri += 1
            while ri < len(rel) and rel[ri] < t + 3600:
                ri += 1
    procs.append((p0, T, False))
    return SimpleNamespace(T=T, cfg=cfg, pauses_t=pauses_t, ramps=ramps, segs=segs, procs=procs, known_t=known_t,
                           counts=counts, lives=[(a, b) for a, b, _ in procs])


def _job(rng, run) -> np.ndarray:
    """Essays trained per 5-s tick: the stage's level, a prompt file's factor (its essays' lengths) and the
    tokenising stall when a file opens, a ramp after each start-up, per-tick AR(1) and a slow OU."""
    nt = int(run.T // TICK)
    tt = np.arange(nt) * TICK
    frac, lvl, ramp = np.zeros(nt), np.zeros(nt), np.ones(nt)
    for a, b, L in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.clip(np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1]), 0, None)
        frac[i0:i1] += ov / TICK
        lvl[i0:i1] = np.where(ov > 0, L, lvl[i0:i1])
    for a, b, f0 in run.ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ramp[i0:i1] = f0 + (1 - f0) * np.clip((tt[i0:i1] + TICK / 2 - a) / (b - a), 0, 1)
    tau = np.cumsum(frac * TICK)
    nf = int(tau[-1] / 40) + 2
    edges = np.concatenate([[0.0], np.cumsum([hc.log_uniform(rng, 40, 400) for _ in range(nf)])])
    sd_file = rng.uniform(0.04, 0.1)
    ffac = np.exp(rng.normal(0, sd_file, nf + 1))
    stall_d, stall_f = rng.uniform(2, 15, nf + 1), rng.uniform(0.1, 0.5, nf + 1)
    idx = np.searchsorted(edges, tau - 1e-9, side="right") - 1
    stall = np.where(tau - edges[idx] < stall_d[idx], stall_f[idx], 1.0)
    phi = np.exp(-TICK / rng.uniform(10, 60))
    sd = rng.uniform(0.03, 0.07)
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, sd * np.sqrt(1 - phi * phi), nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))[(tt // 60).astype(int)]
    return lvl * frac * TICK * ramp * ffac[idx] * stall * np.exp(ar + ou)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``[start, end)`` (rows of ``win``, sorted by start)."""
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < np.maximum.accumulate(win[:, 1])[np.maximum(i, 0)])


def _node_clocks(rng, k: int) -> list[tuple[float, float]]:
    """``k`` nodes' clock ``(offset s, drift)`` against the monitor's: NTP-kept within sd 0.2-2 s; in 20 % of runs
    one node unsynchronised, 5-40 s off and drifting up to 40 ppm."""
    sd = rng.uniform(0.2, 2.0)
    clocks = [(float(rng.normal(0, sd)), 0.0) for _ in range(k)]
    if rng.random() < 0.2:
        j = int(rng.integers(k))
        clocks[j] = (float(rng.choice([-1, 1]) * rng.uniform(5, 40)), float(rng.uniform(0, 40e-6)))
    return clocks


def _retry(t: float, win: np.ndarray, b0: float, bmax: float) -> tuple[float, int]:
    """The relay's delivery of a message first deferred at ``t``: retried after ``b0``, the wait doubling up to
    ``bmax``, until a try falls outside the deferring windows. Returns the time and the tries."""
    b, tries = b0, 1
    t += b
    while _inside(np.array([t]), win)[0]:
        b = min(2 * b, bmax)
        t += b
        tries += 1
    return t, tries


def _path(rng, run, n: int) -> SimpleNamespace:
    """The digests' fates: each tick's message, its copies' arrival, the minute they are placed in (or -1)."""
    nt = len(run.J)
    tt = np.arange(nt) * TICK
    clocks = _node_clocks(rng, 3)
    node, node_of, sends, msg = [], [], [], np.full(nt, -1)
    cnt = dict.fromkeys(PATH_KEYS, 0)
    for k, (p0, p1, crashed) in enumerate(run.procs):
        nd = 0 if k == 0 else (node_of[-1] if rng.random() < 0.5 else int(rng.integers(3)))
        s = p0 + DIGEST * np.arange(1, int((p1 - p0) // DIGEST) + 1) + rng.uniform(0, 2, int((p1 - p0) // DIGEST))
        s = s[s < p1].tolist() + ([] if crashed or p1 >= run.T else [p1])
        i0, i1 = int(np.ceil(p0 / TICK)), min(nt, int(np.ceil(p1 / TICK)))
        j = np.searchsorted(np.array(s), tt[i0:i1] + TICK - 1e-6) if s else np.zeros(i1 - i0, int)
        base = len(sends)
        msg[i0:i1] = np.where(j < len(s), base + j, -1)
        if crashed:
            cnt["crash_lost_ticks"] += int(((j >= len(s)) & (run.J[i0:i1] > 0)).sum())
        sends += s
        node += [nd] * len(s)
        node_of.append(nd)
    sends = np.array(sends)
    m = len(sends)
    # the relay: a few seconds normally; deferred in the receiving server's windows (load, outages, greylist resets)
    days = run.T / 86400
    nw = int(rng.poisson(rng.uniform(0.3, 1.5) * days))
    st = np.sort(rng.uniform(0, run.T, nw))
    win = np.column_stack([st, st + np.minimum(60 + rng.exponential(60 * rng.uniform(4, 15), nw), 1800)])
    cnt["defer_windows"] = nw
    b0, bmax = rng.uniform(300, 1000), 4000.0
    arrive = sends + np.minimum(np.exp(rng.normal(np.log(4), 0.8, m)), 180)
    n_ip = int(rng.integers(1, 5))
    ip = rng.integers(n_ip, size=m)
    grey = np.zeros(m, bool)
    for r in np.sort(rng.uniform(0, run.T, int(rng.poisson(rng.uniform(0.2, 1.0) * days)))):
        for k in range(n_ip):
            first = np.nonzero((sends >= r) & (ip == k))[0]
            if len(first):
                grey[first[0]] = True
    held = grey | _inside(arrive, win)
    for j in np.nonzero(held)[0]:
        arrive[j], _ = _retry(arrive[j], win, b0 * rng.uniform(1, 1.1), bmax)
    cnt["deferred_msgs"], cnt["greylisted_msgs"] = int(held.sum()), int(grey.sum())
    dup = rng.random(m) < rng.uniform(0.002, 0.01)  # the ack after the final dot lost: the relay sends it again
    arrive2 = np.where(dup, arrive + b0 * rng.uniform(1, 1.1, m), np.inf)
    cnt["dup_msgs"] = int(dup.sum())
    # the monitor: IMAP polls every 60 s; a minute is closed at the first poll ``hold`` s after its end
    phase, hold = rng.uniform(0, 60), rng.uniform(360, 540)
    dedup, late_mode = bool(rng.random() < 0.5), bool(rng.random() < 0.5)

    def seen(a):
        return phase + 60 * np.ceil((a - phase) / 60)

    off = np.array([clocks[node[j]][0] + clocks[node[j]][1] * sends[j] for j in range(m)]) if m else np.zeros(0)
    ok = msg >= 0
    stamp = tt + rng.uniform(0, TICK, nt) + np.where(ok, off[np.maximum(msg, 0)] if m else 0, 0)
    mb = np.floor(stamp / STEP).astype(int)
    true_m = np.floor((tt + TICK / 2) / STEP).astype(int)
    cnt["clock_moved_ticks"] = int((ok & (mb != true_m) & (run.J > 0)).sum())

    def place(a_msg):
        p = seen(a_msg[np.maximum(msg, 0)])
        fin = seen((mb + 1) * STEP + hold)
        b = np.where(p <= fin, mb, -1)
        late = ok & np.isfinite(p) & (p > fin)
        if late_mode:
            b = np.where(late, np.floor(np.where(late, p - hold, 0) / STEP).astype(int) - 1, b)
        b = np.where(ok & np.isfinite(p) & (b >= 0) & (b < n), b, -1)
        return b, late

    b1, late1 = place(arrive)
    b2, late2 = place(arrive2)
    if dedup:
        b2 = np.full(nt, -1)
    live_j = run.J > 0
    key = "late_moved_ticks" if late_mode else "late_dropped_ticks"
    cnt[key] = int((late1 & live_j).sum() + (0 if dedup else (late2 & live_j).sum()))
    cnt["dup_counted_ticks"] = int(((b2 >= 0) & live_j).sum())
    copies = (b1 >= 0).astype(int) + (b2 >= 0)
    return SimpleNamespace(b1=b1, b2=b2, copies=copies, counts=cnt, dedup=dedup, late_mode=late_mode, hold=hold,
                           clocks=clocks, stalls=win, sends=sends, arrive=arrive, node_of=node_of)


def _reads(run, x: np.ndarray) -> np.ndarray:
    """Per point, the essays/s the monitor reads of the per-tick counts ``x`` (linear in ``x``)."""
    n, p = run.n, run.path
    out = np.zeros(n)
    for b in (p.b1, p.b2):
        k = b >= 0
        out += np.bincount(b[k], weights=x[k], minlength=n)[:n]
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    or a ramp's first half, or where it reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.n, run.nt = n, int(run.T // TICK)
    run.J = _job(rng, run)
    run.path = _path(rng, run, n)
    healthy = _reads(run, run.J)
    mask = healthy <= 0
    for a, b, _ in run.pauses_t:
        mask[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for a, b, _ in run.ramps:
        mask[max(0, int(a // STEP) - 1):min(n, int(np.ceil((a + b) / 2 / STEP)))] = True
    run.path.counts["unread_points"] = int((healthy <= 0).sum())
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    spans = list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's essays lost (0 .. 1): a drop rises over 1-6 ticks, a straggler bursts
    (1 for a mean of 40-240 ticks, 0.05-0.25 for 120-500), a leak ramps as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8))
    calm, bad_m, good_m = rng.uniform(0.05, 0.25), rng.uniform(40, 240), rng.uniform(120, 500)
    w, i, bad = np.empty(length), 0, True
    while i < length:
        j = i + 1 + int(rng.exponential(bad_m if bad else good_m))
        w[i:j] = 1.0 if bad else calm
        i, bad = j, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's essays lost, carried through
    the same digests and reads; ``a`` set from a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
    plateau), refused above 1. Returns ``(Event, (0, loss per point))`` or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], np.arange(n + 1) * STEP, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0, s1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        lost = np.zeros(run.nt)
        lost[s0:s1] = _weight(rng, kind, s1 - s0, ramp * K) * run.J[s0:s1]
        r = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        hs, ls = healthy[c0:stop][live[c0:stop]].sum(), r[c0:stop][live[c0:stop]].sum()
        if ls <= 0 or target * hs / ls > 1:
            continue
        loss = target * hs / ls * r
        v = healthy - loss
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout145(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout145_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT145_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout145, seeds, n, pauses)
