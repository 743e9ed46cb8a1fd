"""DOCSTRING_PLACEHOLDER"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT94_SEEDS = tuple(range(942000, 942012))
CODE = 94
EPOCH = 1_796_774_400  # 2026-12-09 00:00 UTC
STEP = 60  # the dashboard evaluates its query once a minute, at the minute's end: one point
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
H = 3600.0
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "valid": {"short": (60, 200), "long": (420, 1080)},
       "ckpt": {"short": (10, 50), "long": (60, 240)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "period": {"short": (1200, 5400), "long": (1800, 5400)}}
STAGES = ("context", "model", "task", "rl", "nodes")


def _node_rate(cfg: dict, st: dict) -> float:
    """One node's frames/s: its GPUs (a longer context costs ``x ** 1.3`` a frame, a larger model ``model``, RL
    fine-tuning ``rl``) against its loader cores (decoding and resizing video, a narrower task's smaller, hotter
    shards ``task`` times faster; RL rollouts in the game cost the CPU ``rl`` too): the slower of the two."""
    gpu = cfg["gpus"] * cfg["gpu"] / (st["context"] ** 1.3 * st["model"] * st["rl"] * cfg["idm"])
    cpu = cfg["cores"] * cfg["core"] * st["task"] / st["rl"] ** 0.5
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s on ``st["nodes"]`` nodes (``eff`` per doubling)."""
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * _node_rate(cfg, st)


def _dur(rng, kind: str, setting: str) -> float:
    lo, hi = DUR[kind][setting]
    return float(rng.uniform(lo, hi))


def _stages(rng, cfg: dict, first: dict) -> list:
    """The run's stages: the first, then one (70 %) or two (a quarter of those) relaunches, each redrawn until the
    level moves by 15 % or more."""
    stages = [first]
    k = 0 if rng.random() < 0.3 else (2 if rng.random() < 0.25 else 1)
    for _ in range(k):
        prev = stages[-1]
        for _ in range(50):
            st = dict(prev)
            what = STAGES[int(rng.choice(5, p=[0.3, 0.2, 0.2, 0.15, 0.15]))]
            if what == "context":
                st["context"] = prev["context"] * rng.uniform(1.5, 4.0)
            elif what == "model":
                st["model"] = prev["model"] * rng.uniform(1.5, 3.0)
            elif what == "task":
                st["task"] = prev["task"] * rng.uniform(1.2, 2.0)
            elif what == "rl":
                st["rl"] = rng.uniform(2.0, 5.0)
            else:
                st["nodes"] = int(rng.choice([1, 2, 4, 8]))
            st["what"] = what
            if abs(np.log(_level(cfg, st) / _level(cfg, prev))) >= np.log(1.15):
                break
        stages.append(st)
    return stages


def _schedule(rng, n: int, setting: str):
    """The job: frames/s per tick ``J`` (0 in a pause), its nodes per tick, pauses, crashes and relaunches."""
    T = n * STEP + 900.0
    nt = int(T // TICK)
    cfg = {"gpus": int(rng.choice([4, 8], p=[0.3, 0.7])), "gpu": hc.log_uniform(rng, 120, 900),
           "cores": int(rng.choice([32, 48, 64, 96, 128])), "core": hc.log_uniform(rng, 25, 160),
           "idm": rng.uniform(1.2, 1.6) if rng.random() < 0.4 else 1.0, "eff": rng.uniform(0.85, 0.97)}
    first = {"context": 1.0, "model": 1.0, "task": 1.0, "rl": 1.0, "nodes": int(rng.choice([1, 2, 4, 8])),
             "what": "first"}
    stages = _stages(rng, cfg, first)
    rel_at = sorted(rng.uniform(0.25, 0.8, len(stages) - 1) * T)
    period = _dur(rng, "period", setting)
    ck_every = int(rng.choice([1, 2]))
    mtbf = rng.uniform(15, 60) * H
    J = np.zeros(nt)
    nodes = np.zeros(nt, int)
    ramp = np.ones(nt)
    pauses_t, known_t, procs = [], [], []
    t, si, n_val = 0.0, 0, 0
    crash = rng.exponential(mtbf) + 1200
    start = (0.0, _dur(rng, "startup", setting), "startup")
    while t < T:
        a, b, kind = start
        pauses_t.append((a, b, kind))
        t = b
        st = stages[si]
        r0, rl = (rng.uniform(0.35, 0.65), rng.uniform(120, 480)) if kind == "startup" else \
            (rng.uniform(0.8, 0.95), rng.uniform(60, 180))
        if kind == "startup":
            pauses_t.append((t, t + rl / 2, "ramp"))
        k0 = int(np.ceil(t / TICK))
        x = (np.arange(k0, min(nt, k0 + int(rl / TICK) + 1)) * TICK - t) / rl
        ramp[k0:k0 + len(x)] = r0 + (1 - r0) * np.clip(x, 0, 1)
        to_val = period * rng.uniform(0.9, 1.1)
        while True:
            nxt_rel = rel_at[si] if si < len(rel_at) else np.inf
            crash = max(crash, t + 1200)
            end = min(t + to_val, nxt_rel, crash, T)
            k0, k1 = int(np.ceil(t / TICK)), min(nt, int(end // TICK))
            J[k0:k1] = _level(cfg, st)
            nodes[k0:k1] = st["nodes"]
            t = end
            if t >= T:
                break
            if end == crash:
                procs.append({"how": "crash", "t": t})
                d = _dur(rng, "down", setting) + _dur(rng, "restart", setting)
                start = (t, t + d, "restart")
                crash = t + d + rng.exponential(mtbf)
                break
            if end == nxt_rel:
                procs.append({"how": "relaunch", "t": t})
                d = _dur(rng, "stop", setting) + rng.uniform(60, 300) + _dur(rng, "startup", setting)
                known_t.append(t)
                si += 1
                start = (t, t + d, "startup")
                break
            n_val += 1
            d = _dur(rng, "valid", setting) * (rng.uniform(1.3, 2.0) if st["rl"] > 1 else 1.0)
            pauses_t.append((t, t + d, "valid"))
            t += d
            if n_val % ck_every == 0:
                c = _dur(rng, "ckpt", setting)
                pauses_t.append((t, t + c, "ckpt"))
                t += c
            to_val = period * rng.uniform(0.9, 1.1)
    # per-tick noise: clips of other lengths and motion decode at other costs, the shard store's slow drift,
    # loader stalls
    sd = rng.uniform(0.02, 0.06)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.04), rng.uniform(1200, 7200), step=TICK)[:nt]
    noise = np.exp(rng.normal(0, sd, nt) + ou)
    stall = rng.random(nt) < rng.uniform(0.0005, 0.003)
    noise[stall] *= rng.uniform(0.3, 0.7, stall.sum())
    J = J * ramp * noise
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, stages=stages, J=J, nodes=nodes, pauses_t=pauses_t,
                           known_t=known_t, procs=procs, dt=STEP, M=max(s["nodes"] for s in stages))


def _episodes(rng, T: float, first: float, every: tuple, dur) -> list:
    """Episodes ``(t0, t1)``: the first within ``first`` h, then every ``every`` h (uniform), ``dur(rng)`` s long."""
    out, t = [], rng.uniform(0, first) * H
    while t < T:
        d = dur(rng)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * H
    return out


def _path(rng, run):
    """The telemetry path, fixed by the healthy run: each tick's spans' arrival at the collector (or loss), the
    collectors' flushes, the Prometheus samples and, per dashboard query, the samples its ``rate()`` sees."""
    nt, M, T = run.nt, run.M, run.T
    tk = (np.arange(nt) + 1) * TICK  # a tick's spans end by its end
    c = np.zeros((M, nt))
    for m in range(M):
        on = run.nodes > m
        c[m, on] = run.J[on] * TICK / run.nodes[on]
    fr = hc.log_uniform(rng, 512, 4096)  # frames in one rank's step (clips x frames), one span per rank and step
    ranks = run.cfg["gpus"]
    bsp = float(rng.choice([5.0, 1.0, 2.0, 10.0], p=[0.7, 0.1, 0.1, 0.1]))  # schedule delay (s)
    qcap = 2048.0
    p_fail = rng.uniform(0.0003, 0.002)  # an export that times out: its batch is dropped
    per_node = rng.random() < 0.5  # an agent collector per node, else one gateway for the cluster
    n_col = M if per_node else 1
    fi = float(rng.choice([15.0, 30.0, 60.0], p=[0.6, 0.3, 0.1]))  # metrics_flush_interval
    mode = "rw" if rng.random() < 0.5 else "scrape"
    si = float(rng.choice([15.0, 30.0])) if mode == "scrape" else fi
    ws = [w for w in (60.0, 120.0, 180.0, 240.0) if w >= 3.5 * max(fi, si)]
    w = ws[0] if rng.random() < 0.6 else ws[int(rng.integers(len(ws)))]
    qd = rng.uniform(2, 15)
    outs = [_episodes(rng, T, rng.uniform(5, 100), (10, 100),
                      lambda r: r.uniform(5, 60) if r.random() < 0.8 else r.uniform(120, 600)) for _ in range(n_col)]
    gaps = _episodes(rng, T, rng.uniform(5, 100), (20, 150), lambda r: r.uniform(60, 600))
    clock = rng.normal(0, 0.3, n_col) if mode == "rw" else np.zeros(n_col)
    if mode == "rw" and rng.random() < 0.1:
        clock[int(rng.integers(n_col))] = rng.choice([-1, 1]) * rng.uniform(2, 25)
    crashes = [q["t"] for q in run.procs if q["how"] == "crash"]
    counts = {"crash_lost": 0, "export_fail": 0, "unflushed": 0, "queue_drop": 0, "col_restarts": 0,
              "gaps": len(gaps), "samples_late": 0, "samples_lost": 0, "no_data": 0}
    arr = np.empty((M, nt))
    for m in range(M):
        ph = rng.uniform(0, bsp)
        ei = np.ceil((tk - ph) / bsp)
        a = ph + bsp * ei + rng.uniform(0.02, 0.3)
        fail = rng.random(int(ei.max()) + 2) < p_fail
        bad = fail[ei.astype(int)] & (c[m] > 0)
        counts["export_fail"] += int(bad.sum())
        a[bad] = np.inf
        for tc in crashes:  # the crashed process's unexported queue
            lost = (tk <= tc) & (a > tc) & np.isfinite(a) & (c[m] > 0)
            counts["crash_lost"] += int(lost.sum())
            a[lost] = np.inf
        arr[m] = a
    starts, flushes = [], []
    for j in range(n_col):
        mine = range(M) if not per_node else [j]
        st, fl, t0 = [0.0], [], 0.0
        for o0, o1 in outs[j]:
            f = t0 + rng.uniform(0, fi) + fi * np.arange(int((o0 - t0) / fi) + 1)
            f = f[f < o0]
            fl.append(f)
            last = f[-1] if len(f) else t0
            back = o1 + rng.uniform(0, 30)
            for m in mine:
                a = arr[m]
                lost = (a > last) & (a < o0)
                counts["unflushed"] += int((lost & (c[m] > 0)).sum())
                a[lost] = np.inf
                q = (a >= o0) & (a < back)
                spans = np.cumsum(np.where(q, c[m] / fr / ranks, 0.0))  # one rank's queue
                drop = q & (spans > qcap)
                counts["queue_drop"] += int((drop & (c[m] > 0)).sum())
                a[drop] = np.inf
                a[q & ~drop] = back
            counts["col_restarts"] += 1
            st.append(o1)
            t0 = o1
        f = t0 + rng.uniform(0, fi) + fi * np.arange(int((T + 600 - t0) / fi) + 1)
        fl.append(f)
        starts.append(np.array(st))
        flushes.append(np.concatenate(fl))
    order, A, sam = [], [], []
    Ti = (np.arange(run.n) + 1.0) * STEP
    Qi = Ti + qd + rng.uniform(0, 2, run.n)
    for m in range(M):
        j = m if per_node else 0
        o = np.argsort(arr[m], kind="stable")
        order.append(o)
        As = arr[m][o]
        A.append(As)
        fl, stt = flushes[j], starts[j]
        if mode == "rw":
            t_val = fl
            stamp = fl + clock[j]
            vis = fl + rng.uniform(0.5, 5, len(fl))
        else:
            t_scr = rng.uniform(0, si) + si * np.arange(int((T + 600) / si))
            k = np.searchsorted(fl, t_scr, side="right") - 1
            ok = k >= 0
            ok[ok] &= fl[k[ok]] >= stt[np.searchsorted(stt, t_scr[ok], side="right") - 1]
            for o0, o1 in outs[j]:
                ok &= ~((t_scr >= o0) & (t_scr < o1))
            t_val, stamp = fl[k[ok]], t_scr[ok]
            vis = stamp.copy()
        keep = np.ones(len(stamp), bool)
        for g0, g1 in gaps:
            ing = (stamp >= g0) & (stamp < g1)
            if mode == "scrape":
                keep &= ~ing
            else:
                old = ing & (g1 - stamp > 300)
                keep &= ~old
                late = ing & ~old
                vis[late] = g1 + rng.uniform(1, 10)
                counts["samples_late"] += int(late.sum())
                counts["samples_lost"] += int(old.sum())
        t_val, stamp, vis = t_val[keep], stamp[keep], np.maximum.accumulate(vis[keep])
        inc = stt[np.searchsorted(stt, t_val, side="right") - 1]
        hi = np.searchsorted(As, t_val, side="right")
        lo = np.searchsorted(As, inc, side="left")
        first = np.searchsorted(stamp, Ti - w, side="right")
        last = np.minimum(np.searchsorted(stamp, Ti, side="right"), np.searchsorted(vis, Qi, side="right")) - 1
        sam.append(SimpleNamespace(stamp=stamp, hi=hi, lo=lo, first=first, last=last))
    run.cfg.update({"fr": fr, "bsp": bsp, "per_node": per_node, "fi": fi, "mode": mode, "si": si, "w": w, "qd": qd,
                    "clock": float(np.abs(clock).max())})
    return SimpleNamespace(c=c, order=order, A=A, sam=sam, w=w, lag=bsp + fi + 10 + float(np.abs(clock).max()),
                           counts=counts, outs=outs, gaps=gaps)


def _rate(v: np.ndarray, s, w: float) -> np.ndarray:
    """Prometheus' ``rate(x[w])`` at each query (its extrapolation to the window's edges, counter resets)."""
    n = len(s.first)
    out = np.zeros(n)
    if len(v) < 2:
        return out
    dec = np.concatenate([v[:-1] * (v[1:] < v[:-1]), [0.0]])
    cum = np.concatenate([[0.0], np.cumsum(dec)])
    f, la = s.first, s.last
    ok = la - f >= 1
    f, la = f[ok], la[ok]
    res = v[la] - v[f] + cum[la] - cum[f]
    t0, t1 = s.stamp[f], s.stamp[la]
    Ti = (np.arange(n)[ok] + 1.0) * STEP
    sampled = t1 - t0
    avg = sampled / (la - f)
    to_start, to_end = t0 - (Ti - w), Ti - t1
    with np.errstate(divide="ignore", invalid="ignore"):
        to_zero = np.where(res > 0, sampled * v[f] / np.where(res > 0, res, 1.0), np.inf)
    to_start = np.minimum(to_start, to_zero)
    ext = sampled + np.where(to_start < 1.1 * avg, to_start, avg / 2) + np.where(to_end < 1.1 * avg, to_end, avg / 2)
    out[ok] = res * ext / sampled / w
    return out


def _read(run, fac=None) -> np.ndarray:
    """The dashboard's points: ``sum(rate(calls[w]))`` times the frames per call, with each tick's frames scaled by
    ``fac`` (a regression) where given."""
    p = run.path
    tot = np.zeros(run.n)
    for m in range(run.M):
        cm = p.c[m] if fac is None else p.c[m] * fac
        cs = np.concatenate([[0.0], np.cumsum(cm[p.order[m]])])
        s = p.sam[m]
        tot += _rate(cs[s.hi] - cs[s.lo], s, p.w)
    tot = np.maximum(tot, 0.0)
    if fac is not None:  # a scaled tick moves every later cumulative sum by rounding only: those reads are the
        h = run.path.h  # healthy ones
        tot[np.abs(tot - h) <= 1e-9 * max(h.max(), 1.0)] = h[np.abs(tot - h) <= 1e-9 * max(h.max(), 1.0)]
    return tot


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: the job, its telemetry path and the dashboard's healthy points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    h = run.path.h = _read(run)
    spans = []
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP), min(n, int(np.ceil((b + run.path.w + run.path.lag) / STEP)) - 1)
        if s < n and e > s:
            hc.add_span(spans, s, max(e, spans[-1][1]) if spans and s <= spans[-1][1] else e)
    zero = np.nonzero(h <= 0)[0]
    for i in zero:  # a query with no samples (a gap) reads 0: paused
        hc.add_span(spans, int(i), int(i) + 1) if not spans or i >= spans[-1][0] else None
    spans = sorted(spans)
    merged = []
    for s, e in spans:
        if e - s < 2:
            s, e = (s, e + 1) if e < n else (s - 1, e)
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    run.path.counts["no_data"] = int(len(zero))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)
    w, i, on = np.empty(length), 0, True
    calm = rng.uniform(0.1, 0.3)
    while i < length:
        d = int(rng.exponential(rng.uniform(5, 40) if on else rng.uniform(10, 60))) + 1
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _fac(run, t0: float, w: np.ndarray, a: float) -> np.ndarray:
    """Each tick's factor ``1 - a w`` from ``t0`` (``w`` per point, held per tick)."""
    f = np.ones(run.nt)
    k0 = int(t0 // TICK)
    wt = np.repeat(w, K)[:run.nt - k0]
    f[k0:k0 + len(wt)] = 1 - a * wt
    return f


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, factor)`` pair or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t if b - a > 60], (np.arange(n) + 1.0) * STEP,
                           lo, last, STEP) if rng.random() < 0.35 / 0.3 * 0.3 else rng.uniform(lo * STEP, last * STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset + 2, ramp)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.35))
        c0 = onset + (int(0.9 * ramp) if kind == "leak" else 0)
        half, _ = hc.live_loss(_read(run, _fac(run, t0, w, 0.5)), healthy, live, c0, stop)
        if half <= 0:
            continue
        a = 0.5 * target / half
        if a > 0.8:
            continue
        fac = _fac(run, t0, w, a)
        v = _read(run, fac)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), fac
    return None


def _series(run, mods) -> np.ndarray:
    fac = np.ones(run.nt)
    for f in mods:
        fac = fac * f
    return _read(run, fac)


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout94(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout94_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT94_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout94, seeds, n, pauses)
