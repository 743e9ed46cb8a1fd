"""The hundred-and-forty-ninth held-out throughput family: DOCSTRING_PENDING
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT149_SEEDS = tuple(range(1492000, 1492012))
TICK, STEP = 5.0, 60.0  # a CSV line per node every 5 s; a point per minute of the lines' own timestamps
K = int(STEP // TICK)
EPOCH = 1_798_761_600.0  # a whole minute
CODE = 149
KIND_P = (0.35, 0.3, 0.35)
CAUSES = {"drop": ("worker",), "straggler": ("nfs",), "leak": ("cache",)}
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause span lengths (points) checked at 3,000 points
PATH_KEYS = ("failed_pulls", "hung_pulls", "ssh_drops", "rotations", "late_files", "tails_lost", "duplicated",
             "counted_twice", "crash_lost", "partial_waits", "late_lines", "moved_by_clock", "unread_points")
DAY = 86400.0


def _level(cfg, st) -> float:
    """The job's frames/s in a stage: GPUs (``eff`` per doubling), crop size steps and the larger backbone."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["crop_c"] ** st["crop"] / cfg["bb_c"] ** st["bb"]


def _next_stage(rng, cfg, st, lv) -> dict:
    """A relaunch's stage: a larger crop (at most twice), the larger backbone (once) or, 1 in 6, another GPU count
    per node; redrawn until the level moves 15 % (1/3 to 3 times); the old stage where none does."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(st["gpus"] * rng.choice([0.5, 2.0]))
            if not st["nn"] <= new["gpus"] <= 8 * st["nn"]:
                continue
        elif u < 0.6 and st["crop"] < 2:
            new["crop"] += 1
        elif st["bb"] < 1:
            new["bb"] = 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _mins(rng, short, long_, setting) -> float:
    return 60.0 * rng.uniform(*(short if setting == "short" else long_))


def _schedule(rng, n: int, setting: str):
    """The job: its stages, lives, pauses and the frames trained per 5-s tick (``J``)."""
    T = n * STEP + 300.0
    nn = int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.2, 0.2]))
    gpn = int(rng.choice([1, 2, 4, 8], p=[0.2, 0.3, 0.3, 0.2]))
    cfg = {"gpu": hc.log_uniform(rng, 120, 2400), "eff": rng.uniform(0.85, 0.97), "crop_c": rng.uniform(1.4, 2.0),
           "bb_c": rng.uniform(1.8, 2.6)}
    st = {"gpus": nn * gpn, "crop": 0, "bb": 0, "nn": nn}
    lvl = _level(cfg, st)
    crash_mean = rng.uniform(12, 48) * 3600
    rel = np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= 3600]
    eval_base = rng.uniform(40, 120) * 60
    ck_every = int(rng.choice([2, 3]))
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    pauses_t, segs, lives, restarts, known_t, ramps = [], [], [], [], [], []

    def start(t0):
        su = _mins(rng, (2, 8), (20, 50), setting) if t0 == 0 else _mins(rng, (2, 6), (8, 20), setting)
        pauses_t.append((t0, t0 + su, "startup"))
        r0, rl = rng.uniform(0.5, 0.8), rng.uniform(120, 360)
        ramps.append((t0 + su, 0.5 * rl))
        return t0 + su, r0, rl

    life0 = 0.0
    t, r0, rl = start(0.0)
    rt0 = t
    next_eval = t + eval_base * rng.uniform(0.8, 1.2)
    next_crash = t + rng.exponential(crash_mean)
    ri, n_eval = 0, 0
    while t < T:
        cands = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf, T]
        which = int(np.argmin(cands))
        e = min(T, max(cands[which], t + 30.0))
        segs.append(SimpleNamespace(t0=t, t1=e, lvl=lvl, r0=r0, rt0=rt0, rl=rl))
        if which == 3 or e >= T:
            break
        if which == 0:  # a validation pass on held-out lines, every 2nd or 3rd followed by a checkpoint
            dur = _mins(rng, (2, 6), (10, 25), setting)
            pauses_t.append((e, e + dur, "eval"))
            t, n_eval = e + dur, n_eval + 1
            if n_eval % ck_every == 0:
                ck = rng.uniform(15, 60) if setting == "short" else rng.uniform(60, 240)
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + eval_base * rng.uniform(0.8, 1.2)
            continue
        if which == 1:  # a crash: the process dies, the job is restarted on the same nodes from its checkpoint
            counts["crashes"] += 1
            lives.append((life0, e, True))
            down = _mins(rng, (1, 4), (6, 18), setting)
            pauses_t.append((e, e + down, "crash"))
            life0 = e + down
            t, r0, rl = start(life0)
            restarts.append((e, t, True))
        else:  # a planned relaunch: graceful stop, queued, new stage
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, e, False))
            stop = _mins(rng, (1, 3), (5, 12), setting) + 60 * rng.uniform(1, 5)
            pauses_t.append((e, e + stop, "relaunch"))
            life0 = e + stop
            t, r0, rl = start(life0)
            new = _next_stage(rng, cfg, st, lvl)
            same = new is st
            if same:
                counts["kept_stage"] += 1
            else:
                st, lvl = new, _level(cfg, new)
                known_t.append(t)
            restarts.append((e, t, same))
        rt0 = t
        next_crash = t + rng.exponential(crash_mean)
        next_eval = max(next_eval, t + 600)
    lives.append((life0, np.inf, False))
    nt = int(T // TICK)
    tr, lv, rm = np.zeros(nt), np.zeros(nt), np.ones(nt)
    for s in segs:
        i0, i1 = int(s.t0 // TICK), min(nt, int(np.ceil(s.t1 / TICK)))
        tb = np.arange(i0, i1) * TICK
        ov = np.clip(np.minimum(s.t1, tb + TICK) - np.maximum(s.t0, tb), 0, None)
        tr[i0:i1] += ov
        lv[i0:i1] = np.where(ov > 0, s.lvl, lv[i0:i1])
        mid = np.maximum(s.t0, tb) + ov / 2
        rm[i0:i1] = np.where(ov > 0, s.r0 + (1 - s.r0) * np.clip((mid - s.rt0) / s.rl, 0, 1), rm[i0:i1])
    # one inspection run's file at a time: its own rate (crop mix, defect density under the oversampler) and a stall
    # while it is opened (read, first chunk cropped and normalised)
    ct = np.cumsum(tr) - tr / 2
    lens = np.exp(rng.uniform(np.log(120), np.log(900), int(ct[-1] / 120) + 2))
    F = np.concatenate([[0.0], np.cumsum(lens)])
    fi = np.searchsorted(F, ct, side="right") - 1
    fac = np.exp(rng.normal(0, rng.uniform(0.03, 0.09), len(F)))
    stall_len, stall_f = rng.uniform(3, 20, len(F)), rng.uniform(0.2, 0.6)
    sm = np.where(ct - F[fi] < stall_len[fi], stall_f, 1.0)
    a = np.exp(-TICK / rng.uniform(10, 60))
    sd = rng.uniform(0.02, 0.06)
    x = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, sd, nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    ou = ou[(np.arange(nt) * TICK / 60).astype(int)]
    J = tr * lv * np.exp(x + ou) * fac[fi] * sm * rm
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, nn=nn, cfg=cfg, J=J, train=tr, segs=segs, lives=lives,
                           pauses_t=pauses_t, restarts=restarts, known_t=known_t, ramps=ramps, counts=counts,
                           setting=setting)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``[a, b)`` (sorted by start, disjoint)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _first_at(S: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The first time of the sorted ``S`` at or after each ``x`` (inf where none)."""
    S2 = np.concatenate([S, [np.inf]])
    return S2[np.searchsorted(S, x, side="left")]


def _node_clocks(rng, nn: int) -> list[tuple[float, float]]:
    """Each node's clock ``(offset s, drift ppm)``: chrony keeps them within about a second; in 20 % of runs one
    node is unsynchronised (its chronyd stopped), 2-20 s off and drifting 0-40 ppm."""
    sd = rng.uniform(0.05, 1.0)
    out = [(float(np.clip(rng.normal(0, sd), -1.9, 1.9)), 0.0) for _ in range(nn)]
    if rng.random() < 0.2:
        j = int(rng.integers(nn))
        out[j] = (float(rng.choice([-1, 1]) * rng.uniform(2, 20)), float(rng.uniform(0, 40)))
    return out


def _pulls(rng, run, nn: int, P: float, horizon: float, counts: dict) -> list[np.ndarray]:
    """The collector's rsync pulls: a systemd timer every ``P`` s (plus up to a minute of timer accuracy) runs one
    service that pulls the nodes in turn; a pull fails (node busy, SSH dropped) or hangs until rsync's timeout, the
    next node waiting and the next run starting late. Returns each node's successful pull times."""
    t_out = rng.uniform(60, 300)
    p_fail, p_busy, p_hang = rng.uniform(0.003, 0.02), rng.uniform(0.1, 0.4), rng.uniform(0.2, 0.6)
    busy = np.array([(a - 30, b + 30) for a, b, k in run.pauses_t if k in ("ckpt", "startup")]).reshape(-1, 2)
    drops = []
    for _ in range(nn):
        w, t = [], rng.exponential(DAY / rng.uniform(0.5, 3))
        rate = DAY / rng.uniform(0.5, 3)
        mean = rng.uniform(60, 600)
        while t < horizon:
            d = 30 + rng.exponential(mean)
            w.append((t, t + d))
            t += d + rng.exponential(rate)
        drops.append(np.array(w).reshape(-1, 2))
        counts["ssh_drops"] += len(w)
    ok = [[] for _ in range(nn)]
    t = rng.uniform(0, P)
    while t < horizon:
        c = t
        for j in range(nn):
            c += rng.uniform(0.5, 3.0)  # SSH handshake and the file list
            dropped = _inside(np.array([c]), drops[j])[0]
            p = 1.0 if dropped else (p_busy if _inside(np.array([c]), busy)[0] else p_fail)
            if rng.random() < p:
                counts["failed_pulls"] += 1
                if not dropped and rng.random() < p_hang:
                    counts["hung_pulls"] += 1
                    c += t_out
                else:
                    c += rng.uniform(5, 20)
            else:
                ok[j].append(c)
        t = max(t + P, c) + rng.uniform(0, 60)
    return [np.array(o) for o in ok]


def _path(rng, run):
    """How each node's CSV lines reach the monitor's minutes: ``bucket`` (the minute of a line's own timestamp),
    ``copies`` (0 lost, 1, or 2: counted twice) per line of ``tick`` on a node; ``counts`` of the distortions."""
    nn, nt = run.nn, run.nt
    counts = dict.fromkeys(PATH_KEYS, 0)
    P = rng.uniform(60, 300)
    buffered = rng.random() < 0.35
    B = int(rng.integers(12, 37))  # lines per block flush (a 4-KiB buffer)
    glob = rng.random() < 0.5  # the pull takes train.csv* (rotated names too) or train.csv only
    late = rng.random() < 0.5  # the pull script sees a rotated (shrunk) file one pull late
    dedup = rng.random() < 0.5  # the monitor drops exact duplicate lines
    W = P + (B * TICK if buffered else 0.0) + rng.uniform(60, 300)  # how long the monitor waits for a minute
    phi = rng.uniform(0, 60)
    horizon = run.T + W + 3600
    ok = _pulls(rng, run, nn, P, horizon, counts)
    clocks = _node_clocks(rng, nn)
    ticks = np.nonzero(run.train > 0)[0]
    starts = np.array([a for a, b, c in run.lives])
    ends = np.array([b for a, b, c in run.lives])
    crashed = np.array([c for a, b, c in run.lives])
    T_all, B_all, C_all = [], [], []
    for j in range(nn):
        phase = rng.uniform(0, TICK)
        w = (ticks + 1) * TICK + phase
        life = np.searchsorted(starts, ticks * TICK, side="right") - 1
        le, lc = ends[life], crashed[life]
        lost = (w > le) & lc  # a crash: the samples since the last line are never written
        w = np.minimum(w, le)
        avail = w.copy()
        if buffered:  # block flushes: a block's last line is cut and completes at the next flush
            for li in np.unique(life):
                idx = np.nonzero(life == li)[0]
                k = np.arange(len(idx))
                f = (k // B + 1) * B - 1 + np.where(k % B == B - 1, B, 0)
                inside = f < len(idx)
                av = np.where(inside, w[idx[np.minimum(f, len(idx) - 1)]], np.inf if crashed[li] else ends[li])
                counts["partial_waits"] += int((k % B == B - 1).sum())
                lost[idx] |= ~np.isfinite(av)
                avail[idx] = av
        # the trainer's logger rolls its file over every 6-30 h of lines (renamed to train.csv.1, a new train.csv)
        R = int(rng.uniform(6, 30) * 3600 / TICK)
        k = np.arange(len(ticks))
        fid = k // R
        rot = w[np.arange(R, len(ticks), R)]
        counts["rotations"] += len(rot)
        avail = np.where(fid < len(rot), np.minimum(avail, np.concatenate([rot, [np.inf]])[np.minimum(fid, len(rot))]),
                         avail)  # closing the old file flushes it
        S = ok[j]
        seen = np.zeros(len(ticks))
        if late and len(rot):
            first = _first_at(S, rot)
            vis = _first_at(S, np.nextafter(first, np.inf))
            counts["late_files"] += len(rot)
            seen = np.where(fid > 0, np.concatenate([[0.0], vis])[np.minimum(fid, len(rot))], 0.0)
        d1 = np.where(lost, np.inf, _first_at(S, np.maximum(avail, seen)))
        d2 = np.full(len(ticks), np.inf)
        if len(rot):
            r_next = np.concatenate([rot, [np.inf]])[np.minimum(fid, len(rot))]
            tail = np.isfinite(d1) & (d1 >= r_next)  # not pulled before the file was renamed
            if glob:  # train.csv.1 is a new name: copied in full, its collected lines a second time
                again = _first_at(S, r_next)
                dup = np.isfinite(d1) & (d1 < r_next) & np.isfinite(r_next)
                d2 = np.where(dup, again, np.inf)
                counts["duplicated"] += int(dup.sum())
            else:
                d1 = np.where(tail, np.inf, d1)
                counts["tails_lost"] += int(tail.sum())
        counts["crash_lost"] += int(lost.sum())
        off, drift = clocks[j]
        stamp = w + off + drift * 1e-6 * w
        b = np.floor(stamp / STEP).astype(int)
        counts["moved_by_clock"] += int((b != np.floor(w / STEP)).sum())
        E = phi + STEP * np.ceil((STEP * (b + 1) + W - phi) / STEP)
        c1 = d1 <= E
        counts["late_lines"] += int((np.isfinite(d1) & ~c1).sum())
        c2 = c1 & (d2 <= E)
        counts["counted_twice"] += int((c2 & ~dedup).sum())
        T_all.append(ticks)
        B_all.append(b)
        C_all.append(c1.astype(int) + (c2 & (not dedup)).astype(int))
    return SimpleNamespace(tick=np.concatenate(T_all), bucket=np.concatenate(B_all), copies=np.concatenate(C_all),
                           counts=counts, dedup=dedup, glob=glob, late=late, buffered=buffered, P=P, W=W,
                           clocks=clocks)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's frames/s per minute: the counted copies of each node's lines (its share of the tick's frames),
    summed by the minute of their timestamps, over 60 s. Linear in ``J``."""
    p = run.path
    keep = (p.bucket >= 0) & (p.bucket < run.n) & (p.copies > 0)
    return np.bincount(p.bucket[keep], weights=p.copies[keep] * J[p.tick[keep]] / run.nn, minlength=run.n) / STEP


def _spans(run, healthy: np.ndarray | None) -> list[tuple[int, int]]:
    """Paused points: a minute or its neighbour touching a pause (or a ramp's first half), or (where ``healthy`` is
    given) a read of nothing."""
    n = run.n
    win = [(a, b) for a, b, k in run.pauses_t] + [(t, t + h) for t, h in run.ramps]
    if healthy is not None:
        win += [(i * STEP, (i + 1) * STEP) for i in np.nonzero(healthy <= 0)[0]]
    spans = []
    for a, b in sorted(win):
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    run.path.counts["unread_points"] = int((hc.live_mask(_spans(run, None), n) & (healthy <= 0)).sum())
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's frames lost (0 .. 1, per 5-s tick)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a cropping worker killed (OOM): its share gone within a few ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' decoded-image cache growing into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    calm = rng.uniform(0.05, 0.25)  # the inspection files' NFS server slow in bursts
    i = np.searchsorted(edges, s, side="right") - 1
    return np.where(i % 2 == 0, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n

    def cause(rng, run, kind, name, t0, t1, tr):
        b0, b1 = int(t0 // TICK), min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        ramp = max(1, int((tr - t0) / TICK)) if kind == "leak" else 0
        Jl = np.zeros(run.nt)
        Jl[b0:b1] = _weight(rng, kind, max(b1 - b0, 0), ramp) * run.J[b0:b1]
        unit = _reads(run, Jl)
        return (lambda a: (0, a * unit)), 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        p0, p1 = c0 // K, min(n, int(np.ceil(b1 / K)))
        lv = live[p0:p1]
        hs = healthy[p0:p1][lv].sum()
        m1 = mod_of(1.0)[1][p0:p1][lv].sum()
        if hs <= 0 or m1 <= 0 or target * hs / m1 > a_max:
            return None
        return target * hs / m1

    def series(mod, lo_, b1):
        return np.maximum(healthy - mod[1], 0.0), 0

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="none")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout149(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout149_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT149_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout149, seeds, n, pauses)
