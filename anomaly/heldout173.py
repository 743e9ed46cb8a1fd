"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT173_SEEDS = tuple(range(1732000, 1732012))
CODE = 173
TICK = 5.0  # s: the job's images are simulated per tick
STEP = 60.0  # s: one point per minute of the object's clock
K = 12  # ticks per point
EPOCH = 1_790_006_400  # a multiple of 60
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 40), "long": (1, 90)}  # pause span lengths (points) the tests allow
DAY = 86400.0
RETRY_AT = (0.0, 1.0, 3.0, 7.0)  # the reporter's attempts after its first (s): 3 retries, 1-2-4 s backoff
PATH_KEYS = ("posts", "refused_worker", "refused_reset", "overloaded", "retries", "given_up", "transient_before",
             "committed_unacked", "stored_twice", "resets", "lost_in_memory", "late_pieces", "unread_minutes",
             "worker_episodes", "overload_episodes", "clock_steps", "lost_in_crash")


def _u(rng, lo, hi, long, lo2, hi2):
    return rng.uniform(lo2, hi2) if long else rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage (plate factor 1): per node the GPUs' rate and the CPU workers' rate, a step
    waiting for the slower (a soft maximum of the costs), times the nodes at ``eff`` per doubling."""
    g = cfg["gpu"] * cfg["gpn"] / cfg["vit_c"] ** st["vit"] / cfg["crop_g"] ** st["crops"]
    c = cfg["cpu"] / cfg["crop_c"] ** st["crops"]
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (a ViT-B backbone once, more local crops at most twice, or 1 in 5 another node
    count), redrawn until the level moves by 15 % (within 1/3 .. 3 times); None when 40 draws find none."""
    for _ in range(40):
        new = dict(st)
        r = rng.random()
        if r < 0.2:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4, 8) if x != st["nodes"] and
                                           0.5 <= x / st["nodes"] <= 2]))
        elif r < 0.55 and st["vit"] == 0:
            new["vit"] = 1
        elif st["crops"] < 2:
            new["crops"] = st["crops"] + 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3:
            return new
    return None


def _ar1(rng, m: int, sd: float, a: float) -> np.ndarray:
    """A stationary AR(1) (sd ``sd``, coefficient ``a``), computed in blocks of 64."""
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    e[0] = rng.normal(0, sd)
    x = np.empty(m)
    prev, L = 0.0, 64
    for s in range(0, m, L):
        seg = e[s:s + L]
        p = a ** np.arange(len(seg))
        x[s:s + len(seg)] = p * (a * prev + np.cumsum(seg / p))
        prev = x[s + len(seg) - 1]
    return x


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Disjoint episodes ``[a, b)`` (a Poisson count over ``T`` s, lengths uniform ``lo``-``hi`` s), sorted."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    b = a + rng.uniform(lo, hi, k)
    keep = np.ones(k, bool)
    keep[1:] = a[1:] >= np.maximum.accumulate(b)[:-1]
    return np.stack([a[keep], b[keep]], axis=1) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the sorted, disjoint windows ``win`` (``[a, b)``)."""
    if len(win) == 0:
        return np.zeros(np.shape(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: pauses, process lives, ramps, stages (relaunches) and the per-tick images ``J``."""
    long = setting == "long"
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 150, 1200), "gpn": int(rng.choice([4, 8])), "eff": rng.uniform(0.85, 0.97),
           "vit_c": rng.uniform(1.6, 2.3), "crop_g": rng.uniform(1.15, 1.35), "crop_c": rng.uniform(1.2, 1.5)}
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg["cpu"] = cfg["gpu"] * cfg["gpn"] * hc.log_uniform(rng, 1.1, 2.4)
    st = {"vit": 0, "crops": 0, "nodes": nodes}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    pauses, lives, ramps, stages, known_t = [], [], [], [(0.0, dict(st))], []
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] > 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))

    def start_up(kind: str) -> float:
        return (_u(rng, 3, 10, long, 25, 60) if kind == "startup" else _u(rng, 2, 6, long, 8, 20)) * 60

    life0 = 0.0
    t = start_up("startup")
    pauses.append((0.0, t, "startup"))
    ramps.append((t, t + rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
    next_eval = t + rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ri = 0, 0
    while True:
        t_rel = rel[ri] if ri < len(rel) else np.inf
        nxt = min(next_eval, next_crash, t_rel)
        if nxt >= T:
            break
        if nxt == next_eval:
            t = nxt
            dur = _u(rng, 2, 6, long, 10, 25) * 60
            pauses.append((t, t + dur, "eval"))
            t += dur
            n_eval += 1
            if n_eval % ck_every == 0:
                ck = _u(rng, 15, 60, long, 60, 240)
                pauses.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + rng.uniform(30, 90) * 60
            next_crash = max(next_crash, t + 1.0)
            if t_rel < t + 300:
                rel[ri] = t + rng.uniform(300, 900)
            continue
        t = nxt
        crash = nxt == next_crash
        lives.append((life0, t, not crash, st["nodes"]))
        if crash:
            counts["crashes"] += 1
            down = _u(rng, 1, 4, long, 6, 18) * 60
            kind = "crash"
        else:
            counts["relaunches"] += 1
            down = (_u(rng, 1, 3, long, 5, 12) + rng.uniform(1, 5)) * 60
            kind = "relaunch"
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
        life0 = t + down
        b = life0 + start_up(kind)
        pauses.append((t, b, kind))
        ramps.append((b, b + rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
        if not crash and new is not None:
            st = new
            stages.append((b, dict(st)))
            known_t.append(b)
        t = b
        next_eval = t + rng.uniform(30, 90) * 60
        next_crash = t + rng.exponential(crash_mean)
        while ri < len(rel) and rel[ri] < t + 900:
            ri += 1
    lives.append((life0, T, False, st["nodes"]))

    # per tick: the stage's GPU and CPU rates, the plate's CPU cost, its opening stall, noise, ramps and pauses
    tb = np.arange(nt) * TICK
    st_t = np.array([s for s, _ in stages])
    si = np.searchsorted(st_t, tb, side="right") - 1
    g = np.array([cfg["gpu"] * cfg["gpn"] / cfg["vit_c"] ** s["vit"] / cfg["crop_g"] ** s["crops"] for _, s in stages])
    c = np.array([cfg["cpu"] / cfg["crop_c"] ** s["crops"] for _, s in stages])
    nd = np.array([s["nodes"] for _, s in stages], float)
    plate_sd, big_share = rng.uniform(0.04, 0.12), 0.2
    dur = np.exp(rng.uniform(np.log(6 * 60), np.log(40 * 60), int(T / 300) + 10))
    p_start = np.concatenate([[0.0], np.cumsum(dur)])
    p_start = p_start[p_start < T]
    cost = np.exp(rng.normal(0, plate_sd, len(p_start)))
    cost *= np.where(rng.random(len(p_start)) < big_share, rng.uniform(1.08, 1.2, len(p_start)), 1.0)
    stall_len = rng.uniform(3, 20, len(p_start))
    stall_f = rng.uniform(0.15, 0.5, len(p_start))
    pi = np.searchsorted(p_start, tb, side="right") - 1
    pc = cost[pi]
    rate = nd[si] * cfg["eff"] ** np.log2(nd[si]) / hc.smax(1.0 / g[si], pc / c[si])
    into = tb - p_start[pi]
    stall = np.where(into + TICK <= stall_len[pi], stall_f[pi], np.where(into < stall_len[pi],
                     1 - (1 - stall_f[pi]) * (stall_len[pi] - into) / TICK, 1.0))
    ar = _ar1(rng, nt, rng.uniform(0.02, 0.05), np.exp(-TICK / rng.uniform(10, 40)))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)[(tb // 60).astype(int)]
    ramp = np.ones(nt)
    for b0, b1, lo in ramps:
        i0, i1 = int(b0 // TICK), min(nt, int(np.ceil(b1 / TICK)))
        ramp[i0:i1] = lo + (1 - lo) * np.clip((tb[i0:i1] + 0.5 * TICK - b0) / (b1 - b0), 0, 1)
    edges = np.array([x for a, b, _ in pauses for x in (a, b)])
    share = hc.bad_share(edges, tb, TICK)
    train = np.where(share > 1 - 1e-9, 0.0, 1.0 - share)
    J = rate * TICK * train * ramp * stall * np.exp(ar + ou)
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, pauses_t=pauses, lives=lives, ramps=ramps, stages=stages,
                           known_t=known_t, counts=counts, J=J, dt=STEP, k=K)


def _path(rng, run) -> SimpleNamespace:
    """The collection path's fates (independent of the images): every report of every node's reporter, its
    attempts and copies, where each copy lands, and when the monitor reads each minute."""
    T, n = run.T, run.n
    p = SimpleNamespace()
    p.P = float(rng.choice([10.0, 15.0, 20.0, 30.0])) if rng.random() < 0.7 else rng.uniform(10, 30)
    p.prorata = bool(rng.random() < 0.6) or p.P not in (10.0, 15.0, 20.0, 30.0)
    p.pull = bool(rng.random() < 0.5)
    p.write_behind = bool(rng.random() < 0.5)
    p.F = rng.uniform(10, 30)  # the write-behind flush alarm's period (s)
    g = rng.uniform(-8, 25)  # a minute is read (or pushed) this long after its end: pro-rata, about a period
    p.grace = max(3.0, p.P + g) if p.prorata else 3 + (g + 8) * 27 / 33
    p.worker = _windows(rng, T, rng.uniform(0.05, 0.4), 120, 1200)  # 1101 / 1102 episodes
    p.resets = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
    p.down = np.stack([p.resets, p.resets + rng.uniform(0.2, 3, len(p.resets))], axis=1)
    p.overload = _windows(rng, T, rng.uniform(0.2, 1.5), 60, 600)
    p.q = rng.uniform(0.3, 0.9)
    p.p_tr = hc.log_uniform(rng, 0.001, 0.01)
    # node clocks (the pro-rata object bins a report's interval by the node's times)
    unsynced = rng.random() < 0.3
    counts = {k: 0 for k in PATH_KEYS}
    counts["resets"], counts["worker_episodes"], counts["overload_episodes"] = len(p.resets), len(p.worker), \
        len(p.overload)
    n_nodes = max(lf[3] for lf in run.lives)
    off = rng.normal(0, rng.uniform(0.05, 2.0), n_nodes)
    steps = []
    for j in range(n_nodes):
        k = rng.poisson(rng.uniform(0.5, 3) * T / DAY) if unsynced else 0
        steps.append((np.sort(rng.uniform(0, T, k)), np.cumsum(rng.normal(0, rng.uniform(0.5, 5), k))))
        counts["clock_steps"] += k

    def clock(j, x):
        at, cum = steps[j]
        k = np.searchsorted(at, x, side="right")
        return x + off[j] + np.where(k > 0, cum[np.maximum(k - 1, 0)], 0.0) if len(at) else x + off[j]

    rep_i0, rep_i1, rep_g, cp_rep, cp_arr, rep_t0n, rep_t1n = [], [], [], [], [], [], []
    base = 0
    for life, (a, b, graceful, G) in enumerate(run.lives):
        for j in range(G):
            m = int((b - a) / p.P) + 3
            ts = a + rng.uniform(0, p.P) + np.cumsum(p.P + rng.uniform(0.005, 0.3, m))
            ts = ts[ts < b]
            if graceful:
                ts = np.append(ts, b)
            R = len(ts)
            if R == 0:
                continue
            counts["posts"] += R
            att = ts[:, None] + np.array(RETRY_AT)[None, :] + rng.uniform(0, 0.3, (R, 4)) * (np.arange(4) > 0)
            alive = att < (b + 30 if graceful else b)
            bad_w = _inside(att, p.worker)
            bad_d = _inside(att, p.down)
            ovl = _inside(att, p.overload) & (rng.random((R, 4)) < p.q)
            tr = rng.random((R, 4)) < p.p_tr
            commit = rng.random((R, 4)) < 0.5
            active = np.ones(R, bool)
            ok = np.zeros(R, bool)
            for col in range(4):
                act = active & alive[:, col]
                if col:
                    counts["retries"] += int(act.sum())
                fail_wd = act & (bad_w[:, col] | bad_d[:, col])
                counts["refused_worker"] += int((act & bad_w[:, col]).sum())
                counts["refused_reset"] += int((act & bad_d[:, col] & ~bad_w[:, col]).sum())
                refused = act & ~fail_wd & ovl[:, col]
                counts["overloaded"] += int(refused.sum())
                rest = act & ~fail_wd & ~refused
                trans = rest & tr[:, col]
                counts["transient_before"] += int((trans & ~commit[:, col]).sum())
                lost_ack = trans & commit[:, col]
                counts["committed_unacked"] += int(lost_ack.sum())
                good = rest & ~trans
                for sel in (lost_ack, good):
                    idx = np.nonzero(sel)[0]
                    cp_rep.append(base + idx)
                    delay = rng.uniform(0.02, 0.25, len(idx))
                    q = _inside(att[idx, col], p.overload)
                    cp_arr.append(att[idx, col] + delay + np.where(q, rng.uniform(0.3, 8, len(idx)), 0.0))
                ok |= good
                active = act & ~good & ~refused
                active[~alive[:, col]] = False
            counts["given_up"] += int((~ok).sum())
            i1 = (ts // TICK).astype(int)
            last = np.maximum.accumulate(np.where(ok, np.arange(R), -1))
            prev = np.concatenate([[-1], last[:-1]])
            i0 = np.where(prev >= 0, i1[np.maximum(prev, 0)], int(np.ceil(a / TICK)))
            t0 = np.where(prev >= 0, ts[np.maximum(prev, 0)], a)
            if not graceful and b < T:
                counts["lost_in_crash"] += 1
            rep_i0.append(i0)
            rep_i1.append(np.maximum(i1, i0))
            rep_g.append(np.full(R, float(G)))
            rep_t0n.append(clock(j, t0))
            rep_t1n.append(clock(j, ts))
            base += R
    p.i0, p.i1, p.G = (np.concatenate(x) for x in (rep_i0, rep_i1, rep_g))
    cp_rep, cp_arr = np.concatenate(cp_rep), np.concatenate(cp_arr)
    o = np.argsort(cp_arr, kind="stable")
    cp_rep, cp_arr = cp_rep[o], cp_arr[o]
    dup = np.bincount(cp_rep, minlength=len(p.i0))
    counts["stored_twice"] = int((dup >= 2).sum())
    p.copies = dup
    # write-behind: a copy held in memory is lost when the object resets before its next flush
    keep = np.ones(len(cp_rep), bool)
    if p.write_behind and len(p.resets):
        ph = rng.uniform(0, p.F)
        nf = (np.floor((cp_arr - ph) / p.F) + 1) * p.F + ph
        k = np.searchsorted(p.resets, cp_arr, side="right")
        keep = ~((k < len(p.resets)) & (p.resets[np.minimum(k, len(p.resets) - 1)] <= nf))
        counts["lost_in_memory"] = int((~keep).sum())
    # when each minute is read: pulled once a minute through the Worker, or pushed by the object's alarm
    m_end = (np.arange(n + 40) + 1) * STEP + p.grace
    rt = m_end.copy()
    if p.pull:
        for _ in range(4):
            bad = _inside(rt, p.worker) | _inside(rt, p.down)
            rt = np.where(bad, rt + STEP, rt)
    else:
        for d in (2.0, 4.0, 8.0, 16.0, 32.0, 64.0):
            rt = np.where(_inside(rt, p.down), rt + d, rt)
    p.read_t = rt
    # where each copy lands: pieces (copy's report, minute, weight)
    if p.prorata:
        t0n, t1n = np.concatenate(rep_t0n)[cp_rep], np.concatenate(rep_t1n)[cp_rep]
        t0n = np.minimum(t0n, t1n)
        m0, m1 = (t0n // STEP).astype(int), (t1n // STEP).astype(int)
        span = m1 - m0 + 1
        pr = np.repeat(np.arange(len(cp_rep)), span)
        mm = np.repeat(m0, span) + (np.arange(len(pr)) - np.repeat(np.cumsum(span) - span, span))
        lo, hi = np.maximum(t0n[pr], mm * STEP), np.minimum(t1n[pr], (mm + 1) * STEP)
        width = (t1n - t0n)[pr]
        w = np.where(width > 0, np.maximum(hi - lo, 0) / np.where(width > 0, width, 1), 1.0)
        ok_m = (mm >= 0) & (mm < n + 40)
        late = ok_m & (cp_arr[pr] > rt[np.clip(mm, 0, n + 39)])
        counts["late_pieces"] = int((late & (w > 0)).sum())
        w = np.where(late | ~ok_m | ~keep[pr], 0.0, w)
        p.pc_rep, p.pc_min, p.pc_w = cp_rep[pr], mm, w
    else:
        p.pc_rep, p.pc_min, p.pc_w = cp_rep, (cp_arr // STEP).astype(int), keep.astype(float)
    sel = (p.pc_min >= 0) & (p.pc_min < n) & (p.pc_w > 0)
    p.pc_rep, p.pc_min, p.pc_w = p.pc_rep[sel], p.pc_min[sel], p.pc_w[sel]
    p.counts = counts
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute: each report's images (its node's share of ``J`` over its ticks) through
    the copies and pieces of the path (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    S = (C[p.i1] - C[p.i0]) / p.G
    return np.bincount(p.pc_min, weights=S[p.pc_rep] * p.pc_w, minlength=run.n)[:run.n] / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause (or a ramp's first half) and the one after it; a minute that read
    nothing and the one after it (it may carry the gap's images)."""
    n = run.n
    raw = []
    ramp_end = {b0: b0 + 0.5 * (b1 - b0) for b0, b1, lo in run.ramps}
    for a, b, kind in run.pauses_t:
        raw.append((int(a // STEP), int(np.ceil(ramp_end.get(b, b) / STEP)) + 1))
    for k in np.nonzero(h <= 0)[0]:
        raw.append((int(k), int(k) + 2))
    spans = []
    for s, e in sorted(raw):
        s, e = max(0, s), min(n, e)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed (the random stream ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    run.path.counts["unread_minutes"] = int((h <= 0).sum())
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks (a leak ramps over ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm, on, off = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w = np.full(length, calm)
    t, bad = 0.0, True
    while t < length:
        d = rng.exponential(on if bad else off) + 1
        if bad:
            w[int(t):int(t + d)] = 1.0
        t += d
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n + 1), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else stop * K
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = w * run.J[i0:i1]
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        end = n if to_end else stop
        lv = live[c0:end]
        hs = healthy[c0:end][lv].sum()
        if lv.sum() < 8 or hs <= 0:
            continue
        base = m[c0:end][lv].sum() / hs
        if base <= 0 or target / base > 1:
            continue
        loss = (target / base) * m
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset_c, end_c = span
        if any(onset_c <= c < end_c for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset_c
        if kind == "leak" and not onset_c < ramp_end < end_c:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset_c, ramp_end, end_c, n, (ramp_end - onset_c) // 3)
        if depth is not None:
            return Event(kind, onset_c, ramp_end, end_c, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout173(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout173_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT173_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout173, seeds, n, pauses)
