"""The eighty-seventh held-out throughput family: a dermatology skin-lesion classifier's training images/s.

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT87_SEEDS = tuple(range(872000, 872012))
CODE = 87
EPOCH = 1_785_715_200  # 2026-08-03 00:00 UTC
STEP = 60  # one DynamoDB item per minute, read by the watcher's dashboard
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "valid": {"short": (60, 300), "long": (720, 2400)},
       "ckpt": {"short": (10, 50), "long": (60, 240)},
       "hang": {"short": (120, 600), "long": (900, 1800)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "resubmit": {"short": (60, 300), "long": (60, 300)}}
PUTS = (10, 15, 20, 30, 60)  # a trainer puts one record per this many training s (every N steps)
RES = (288, 336, 384, 448, 512)  # a continued stage's input side (px), from 224
PAUSED_SHARE = 1 / 6


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    lo, hi = DUR[kind][setting]
    return max(1, int(round(_logu(rng, lo, hi) / TICK)))


def _node_rate(cfg: dict, st: dict) -> float:
    """One node's images/s: the soft maximum of its GPUs' and its loaders' per-image times."""
    side = st["res"] / 224.0
    gpu = cfg["gpus"] * cfg["gpu"] / (side ** (2 * cfg["q"]) * (1 + st["meta"] * cfg["meta_cost"]))
    io = cfg["io"] / (side ** 0.35 * st["slow_io"])
    return 1.0 / hc.smax(1.0 / gpu, 1.0 / io)


def _level(cfg: dict, st: dict) -> float:
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * _node_rate(cfg, st)


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch: a higher input resolution, an added metadata branch, a larger pooled set or other nodes (redrawn
    until the level moves 8 %)."""
    for _ in range(50):
        new = dict(st)
        what = rng.choice(["res", "meta", "pool", "nodes"], p=[0.35, 0.2, 0.25, 0.2])
        if what == "res":
            new["res"] = float(rng.choice([r for r in RES if r > st["res"]] or [st["res"]]))
        elif what == "meta":
            new["meta"] = 1.0
        elif what == "pool":
            new["slow_io"] = st["slow_io"] * rng.uniform(1.15, 1.6)
        if what == "nodes" or rng.random() < 0.2:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= np.log(1.08):
            return new
    new = dict(st)
    new["nodes"] = 1 if st["nodes"] > 1 else 2
    return new


def _config(rng) -> dict:
    vit = rng.random() < 0.55
    return {"arch": "vit" if vit else "convnext", "gpus": int(rng.choice([4, 8])),
            "gpu": rng.uniform(250, 700) if vit else rng.uniform(220, 600), "q": rng.uniform(1.05, 1.2) if vit
            else rng.uniform(0.95, 1.05), "io": rng.uniform(600, 3000), "meta_cost": rng.uniform(0.02, 0.06),
            "eff": rng.uniform(0.88, 0.97), "E": int(rng.choice(PUTS)),
            "nodes": int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))}


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job on a 5 s grid: its images/s ``J`` per tick, its pauses ``(a, b, kind)`` (ticks) and its processes."""
    cfg = _config(rng)
    T = n * K
    st = {"res": 224.0, "meta": 0.0, "slow_io": 1.0, "nodes": cfg["nodes"]}
    plan = []
    if rng.random() < 0.7:
        plan.append(int(rng.uniform(0.25, 0.8) * T))
        if rng.random() < 0.25 and plan[0] + 0.1 * T < 0.92 * T:
            plan.append(int(rng.uniform(plan[0] + 0.1 * T, 0.92 * T)))
    fail_mean = rng.uniform(15, 60) * 3600 / TICK
    sd = rng.uniform(0.02, 0.05)
    ou = np.repeat(hc.ou_path(rng, T * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:T]
    noise = np.exp(rng.normal(0, sd, T) + ou)
    stall = rng.random(T) < rng.uniform(0.0005, 0.003)
    noise[stall] *= rng.uniform(0.3, 0.7, int(stall.sum()))
    ck_every = int(rng.integers(1, 3))
    J, ramp_half = np.zeros(T), np.zeros(T, bool)
    pauses, procs, known_t = [], [], []
    t, P, ck_P, start_kind, pi = 0, 0, 0, "startup", 0
    while t < T:
        d = _ticks(rng, start_kind, setting)
        pauses.append((t, t + d, start_kind))
        t += d
        if start_kind == "startup" and procs and t < T:
            known_t.append(t * TICK)
        r0, rl = ((rng.uniform(0.35, 0.65), rng.uniform(120, 480) / TICK) if start_kind == "startup"
                  else (rng.uniform(0.8, 0.95), rng.uniform(60, 180) / TICK))
        q = {"segs": [], "P0": P, "st": dict(st), "graceful": False, "end": T, "crash": False}
        lev = _level(cfg, st)
        fail_at = t + int(1200 / TICK) + int(rng.exponential(fail_mean))
        trained, n_val, to_val, end_kind = 0, 0, int(rng.uniform(20, 90) * 60 / TICK), None
        while t < T:
            nxt = plan[pi] if pi < len(plan) else T
            stop = max(t, min(t + to_val, fail_at, nxt, T))
            if stop > t:
                k = trained + np.arange(stop - t)
                J[t:stop] = lev * noise[t:stop] * (r0 + (1 - r0) * np.minimum(1.0, k / rl))
                ramp_half[t:stop] = k < rl / 2
                q["segs"].append((t, stop))
                trained += stop - t
                P += stop - t
                to_val -= stop - t
                t = stop
            if t >= T:
                break
            if t >= fail_at or t >= nxt:
                end_kind = "fail" if t >= fail_at else "plan"
                break
            n_val += 1
            d = _ticks(rng, "valid", setting)
            pauses.append((t, t + d, "valid"))
            t += d
            if n_val % ck_every == 0:
                d = _ticks(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
                t += d
                ck_P = P
            to_val = int(rng.uniform(20, 90) * 60 / TICK)
        procs.append(q)
        if end_kind is None:
            break
        q["end"] = t
        if end_kind == "fail":
            q["crash"] = True
            if rng.random() < 0.5:  # a hung collective until NCCL's timeout, then the crash
                d = _ticks(rng, "hang", setting)
                pauses.append((t, t + d, "hang"))
                t += d
            d = _ticks(rng, "down", setting)
            pauses.append((t, t + d, "down"))
            t += d
            P, start_kind = ck_P, "restart"
        else:
            pi += 1
            q["graceful"] = True
            for kind in ("stop", "resubmit"):
                d = _ticks(rng, kind, setting)
                pauses.append((t, t + d, kind))
                t += d
            ck_P, st, start_kind = P, _next_stage(rng, cfg, st), "startup"
    pauses = [(a, min(b, T), kind) for a, b, kind in pauses if a < T]
    return SimpleNamespace(n=n, T=T, cfg=cfg, J=J, ramp_half=ramp_half, pauses=pauses, procs=procs,
                           known_t=known_t, dt=STEP)


def _episodes(rng, T_s: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h; ``dur`` s long (log-uniform)."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T_s:
        out.append((t, t + _logu(rng, *dur)))
        t = out[-1][1] + rng.uniform(*every) * 3600
    return out


def _inside(x: np.ndarray, eps: list) -> np.ndarray:
    """The index of the episode ``(a, b)`` of ``eps`` holding each time of ``x`` (-1: none)."""
    if not eps:
        return np.full(len(x), -1)
    a, b = np.array(eps).T
    j = np.searchsorted(a, x, side="right") - 1
    return np.where((j >= 0) & (x < b[np.maximum(j, 0)]), j, -1)


def _path_config(rng) -> dict:
    return {"mode": "clock" if rng.random() < 0.5 else "arrival", "W": float(rng.choice([0, 0, 0, 1, 5, 10])),
            "D": rng.uniform(20, 120), "dedup": str(rng.choice(["none", "seq", "step"], p=[0.5, 0.3, 0.2])),
            "attempt_key": bool(rng.random() < 0.5), "carry": bool(rng.random() < 0.6),
            "attempts": int(rng.choice([3, 5, 10])), "retries": int(rng.choice([-1, -1, -1, 2, 5, 10])),
            "max_age": float(rng.choice([-1, -1, 600, 1800, 3600])), "bisect": bool(rng.random() < 0.5),
            "pdup": _logu(rng, 2e-4, 2e-3), "catch": rng.uniform(0.02, 0.1), "clock_sd": _logu(rng, 0.005, 0.05),
            "partial": rng.uniform(0.3, 0.7)}


def _records(run) -> SimpleNamespace:
    """Every node's records: the ticks each one covers ``[i1, i2)``, its node, process and key (the job's step)."""
    Ek = run.cfg["E"] // TICK
    i1, i2, node, proc, key, share = [], [], [], [], [], []
    for p, q in enumerate(run.procs):
        if not q["segs"]:
            continue
        ticks = np.concatenate([np.arange(a, b) for a, b in q["segs"]])
        Pt = q["P0"] + np.arange(1, len(ticks) + 1)
        fire = np.nonzero(Pt % Ek == 0)[0]
        if q["graceful"] and (not len(fire) or fire[-1] != len(ticks) - 1):
            fire = np.append(fire, len(ticks) - 1)  # a graceful stop puts its last interval
        if not len(fire):
            continue
        ends = ticks[fire] + 1
        starts = np.concatenate([[ticks[0]], ends[:-1]])
        nodes = q["st"]["nodes"]
        for k in range(nodes):
            i1.append(starts)
            i2.append(ends)
            node.append(np.full(len(ends), k))
            proc.append(np.full(len(ends), p))
            key.append(Pt[fire])
            share.append(np.full(len(ends), 1.0 / nodes))
    cat = np.concatenate
    return SimpleNamespace(i1=cat(i1), i2=cat(i2), node=cat(node), proc=cat(proc), key=cat(key), share=cat(share))


def _path(rng, run) -> SimpleNamespace:
    """The collection path's fate of every record (linear weights): ``b`` the minute it is added to, ``coef`` the
    copies counted there (0: lost)."""
    pc = _path_config(rng)
    rec = _records(run)
    N, T_s = len(rec.i1), run.T * TICK + 3600.0
    t = rec.i2 * TICK + rng.uniform(0.01, 0.3, N)  # the put, right after the step that ends the interval
    kin = _episodes(rng, T_s, (5, 60), (10, 80), (60, 600))
    kin_p = rng.uniform(0.3, 0.9, max(1, len(kin)))
    lam = _episodes(rng, T_s, (10, 100), (20, 150), (60, 2700))
    lam_partial = rng.random(max(1, len(lam))) < 0.6  # DynamoDB throttled mid-batch (else a bad deploy)
    behind = _episodes(rng, T_s, (5, 50), (10, 80), (120, 1800))
    steps = _episodes(rng, T_s, (5, 150), (40, 200), (600, 3600))
    step_node = rng.integers(0, 4, max(1, len(steps)))
    step_size = rng.uniform(1, 40, max(1, len(steps))) * rng.choice([-1, 1], max(1, len(steps)))
    coef = np.ones(N)
    # Kinesis throttling: boto3 retries with capped exponential backoff; all attempts failing raises
    j = _inside(t, kin)
    fails = np.where(j >= 0, rng.geometric(1 - kin_p[np.maximum(j, 0)], N) - 1, 0)
    delay = np.zeros(N)
    for k in range(pc["attempts"]):
        delay += np.where(fails > k, rng.uniform(0, 1, N) * min(20.0, 2.0 ** k), 0.0)
    failed = fails >= pc["attempts"]
    i1 = rec.i1.copy()
    for r in np.nonzero(failed)[0]:
        coef[r] = 0.0
        nxt = r + 1
        if pc["carry"] and nxt < N and rec.proc[nxt] == rec.proc[r] and rec.node[nxt] == rec.node[r]:
            i1[nxt] = i1[r]  # the trainer adds the images into its next record
    ta = t + delay
    dup = (rng.random(N) < pc["pdup"]) & ~failed  # a put whose response was lost, retried: a second record
    tp = ta + rng.uniform(0, pc["W"] + 1e-9, N) + rng.uniform(0.2, 1.5, N)
    jb = _inside(ta, behind)
    a_b = np.array(behind + [(0.0, 0.0)])
    tp = np.where(jb >= 0, a_b[jb, 1] + (ta - a_b[jb, 0]) * pc["catch"] + rng.uniform(0, 2, N), tp)
    je = _inside(ta, lam)
    a_e = np.array(lam + [(0.0, 0.0)])
    wait = np.where(je >= 0, a_e[je, 1] - ta, 0.0)
    tp = np.where(je >= 0, a_e[je, 1] + (ta - a_e[je, 0]) * pc["catch"] + rng.uniform(0, 2, N), tp)
    budget = sum(min(180.0, 2.0 ** k) for k in range(pc["retries"])) if pc["retries"] >= 0 else np.inf
    age = pc["max_age"] if pc["max_age"] > 0 else np.inf
    coef[(je >= 0) & ((wait > budget) | (wait > age))] = 0.0
    tries = np.minimum(pc["retries"] if pc["retries"] >= 0 else 99, np.log2(wait + 1).astype(int) + 1)
    share_applied = pc["partial"] * (0.5 if pc["bisect"] else 1.0)
    extra = np.where((je >= 0) & lam_partial[np.maximum(je, 0)] & (coef > 0),
                     rng.binomial(np.maximum(tries - 1, 0), share_applied), 0)
    if pc["dedup"] == "none":
        coef += extra
    if pc["dedup"] != "step":
        coef += dup * (coef > 0)
    elif not pc["attempt_key"]:  # a restarted trainer's re-done steps carry keys already seen
        for p in np.unique(rec.proc):
            for k in np.unique(rec.node[rec.proc == p]):
                this, before = (rec.proc == p) & (rec.node == k), (rec.proc < p) & (rec.node == k)
                if before.any():
                    coef[this & (rec.key <= rec.key[before].max())] = 0.0
    if pc["mode"] == "clock":
        off = rng.normal(0, pc["clock_sd"], 4)[rec.node]
        for e, (a, b) in enumerate(steps):
            slew = rng.uniform(600, 3600)
            on = (rec.node == step_node[e]) & (t >= a)
            off = off + np.where(on, step_size[e] * np.clip(1 - (t - b) / slew, 0, 1), 0.0)
        b = np.floor((t + off) / STEP).astype(int)
        coef[tp > (b + 1) * STEP + pc["D"]] = 0.0  # the watcher read the minute before the update came
    else:
        b = np.floor(tp / STEP).astype(int)
    keep = (b >= 0) & (b < run.n) & (coef > 0)
    sent = float(N + dup.sum())
    return SimpleNamespace(i1=i1[keep], i2=rec.i2[keep], b=b[keep], w=(coef * rec.share)[keep], cfg=pc,
                           counted=float(coef[b < run.n].sum()) / sent, dups=int(dup.sum() + extra.sum()),
                           episodes={"kinesis": len(kin), "lambda": len(lam), "behind": len(behind)})


def _read(run, J: np.ndarray) -> np.ndarray:
    """The watcher's images/s per minute: the DynamoDB items' sums over 60 s (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J)]) * TICK
    rw = run.rw
    return np.bincount(rw.b, weights=(C[rw.i2] - C[rw.i1]) * rw.w, minlength=run.n) / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the points' pause spans."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.rw = _path(rng, run)
    h = _read(run, run.J)
    pm = run.ramp_half.copy()
    for a, b, _ in run.pauses:
        pm[a:b] = True
    Ek = run.cfg["E"] // TICK
    c = np.concatenate([[0], np.cumsum(pm)])
    hi = (np.arange(n) + 1) * K
    lo = np.maximum(0, hi - K - Ek)
    mask = (c[hi] - c[lo]) / (hi - lo) >= PAUSED_SHARE
    mask |= h <= 0
    for t in run.known_t:
        mask[min(n - 1, int(t // STEP))] = True
    mask[1:] |= mask[:-1].copy()  # and the point after
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    spans = [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.spans = spans
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":  # a node's GPUs throttled or its NIC degraded
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":  # the decoded-image cache growing until the host swaps: ramps, then held
        return np.minimum(1.0, (s / ramp) ** rng.uniform(0.7, 1.5))
    w, i, on, calm = np.empty(length), 0, True, rng.uniform(0.1, 0.3)  # a straggler: bursts and calm
    while i < length:
        k = 1 + int(rng.exponential(rng.uniform(5, 40) if on else rng.uniform(10, 60)))
        w[i:i + k] = 1.0 if on else calm
        i, on = i + k, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # at a pause's end
            cand = [b for a, b, _ in run.pauses if lo * K <= b < last * K]
            if not cand:
                continue
            t0 = int(cand[int(rng.integers(len(cand)))] + rng.integers(0, 2 * K))
        else:
            t0 = int(rng.integers(lo * K, last * K))
        onset = t0 // K
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = np.repeat(_weight(rng, kind, stop - onset, ramp), K)[t0 - onset * K:]
        X = np.zeros(run.T)
        X[t0:stop * K] = run.J[t0:stop * K] * w
        if kind == "leak":  # it ends with its process
            X[min([q["end"] for q in run.procs if q["end"] > t0] + [run.T]):] = 0.0
        m1 = _read(run, X)
        one, _ = hc.live_loss(healthy - m1, healthy, live, onset, stop)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        if one <= 0 or target / one > 0.8:
            continue
        m = m1 * (target / one)
        v = healthy - m
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end=to_end)
        if span is None:
            continue
        at, end = span
        if any(at <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else at
        if kind == "leak" and not at < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, at, ramp_end, end, n, (ramp_end - at) // 3)
        if depth is not None:
            return Event(kind, at, ramp_end, end, round(depth, 4)), (at, m[at:end])
    return None


def make_heldout87(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(lambda s, k, p: _build(s, k, p), _draw, None, KIND_P, seed, n, pauses, n_events,
                           CODE, lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(7,))


def heldout87_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT87_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout87, seeds, n, pauses)
