"""The seventy-first held-out throughput family: a single-cell foundation model's (Geneformer-V2 style BERT over
rank-value-encoded transcriptomes) pretraining cells/s, each node's per-interval cell count sent to Apache Doris by
Stream Load and summed per minute by a Grafana panel (MySQL data source) as ``sum(cells) / 60``.

(Docstring to be completed: sources, choices, counts table, Opened.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT71_SEEDS = tuple(range(712000, 712012))
CODE = 71
EPOCH = 1_740_960_000  # 2025-03-03 00:00 UTC: whole minutes
KIND_P = [0.34, 0.33, 0.33]
TIMEOUT = 10.0  # the writer's HTTP read timeout (s)
CORPUS = (104_000_000, 14_000_000)  # cells an epoch: the base corpus, the continual-learning corpus
PAUSE = {  # seconds, (lo, hi) per setting
    "eval": {"short": (180, 480), "long": (720, 2100)},
    "ckpt": {"short": (60, 180), "long": (240, 720)},
    "epoch": {"short": (120, 360), "long": (240, 720)},
    "startup": {"short": (180, 480), "long": (480, 1200)},
    "down": {"short": (120, 480), "long": (600, 2100)},
    "relaunch": {"short": (120, 360), "long": (300, 1200)},
}
EVAL_EVERY = {"short": (2400, 6000), "long": (3600, 9000)}


@dataclass
class Proc:
    """One launch of the job: from ``start`` (s) to ``end``, on ``nodes`` nodes, corpus ``stage``."""

    start: int
    nodes: int
    stage: int
    level: float
    end: int = 0
    failed: int = -1  # the node that failed (its writer dies with it), -1: none
    fail_t: int = 0
    graceful: bool = False


@dataclass
class Run:
    """A simulated run: the job's cells/s per second, its pauses, the rows the writers posted and the points read."""

    n: int
    T: int
    interval: int
    rate: np.ndarray
    pauses_t: list
    procs: list
    known_t: list
    C: np.ndarray = None  # the cumulative cells (T + 1)
    ws: np.ndarray = None  # the points' minute starts (s)
    rows: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    exts: dict = field(default_factory=dict)  # pause end -> the ramp (s) that follows it


def _dur(rng, kind: str, setting: str) -> int:
    lo, hi = PAUSE[kind][setting]
    return int(round(np.clip(rng.uniform(lo, hi) * np.exp(rng.normal(0, 0.15)), lo, hi)))


def _job(rng) -> dict:
    big = rng.random() < 0.35  # the 316M model (batch 2 a GPU, 8-GPU nodes, 4 or more), else the 104M one (batch 4)
    job = {"big": big, "bs": 2 if big else 4, "per_gpu": rng.uniform(8, 16) if big else rng.uniform(22, 45),
           "gpn": 8 if big or rng.random() < 0.6 else 4, "nodes": int(rng.integers(4 if big else 2, 9)),
           "e0": rng.uniform(0.93, 0.99), "ou_sd": rng.uniform(0.005, 0.02), "ou_tau": rng.uniform(300, 1800),
           "noise": rng.uniform(0.03, 0.1), "stall_every": rng.uniform(180, 900),
           "len": (rng.uniform(1200, 2400), rng.uniform(0.5, 0.8)), "c2": (6000 if big else 3000) * rng.uniform(0.8, 1.25)}
    s = rng.uniform(0.12, 0.3)
    job["stage_f"] = (1.0, float(np.exp(-s if rng.random() < 0.8 else s)))
    return job


def _level(job: dict, nodes: int, stage: int) -> float:
    return nodes * job["gpn"] * job["per_gpu"] * job["e0"] ** np.log2(nodes) * job["stage_f"][stage]


def _replan(rng, nodes: int, stage: int, least: int) -> tuple[int, int]:
    if stage == 0 and rng.random() < 0.3:
        return nodes, 1
    opts = [k for k in range(least, 9) if 1 <= abs(k - nodes) <= 3]
    return int(rng.choice(opts)), stage


def _timeline(rng, T: int, n: int, setting: str, job: dict):
    """Training stretches, pauses ``(a, b, kind)``, launches and the planned relaunches' resume times."""
    pauses, segs, procs, known = [], [], [], []
    ev_every, ck_every = rng.uniform(*EVAL_EVERY[setting]), rng.uniform(1500, 3600)
    fail_mean = rng.uniform(10, 30) * 3600
    plans = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * 60 * n)
    nodes, stage = job["nodes"], 0

    def launch(t):
        procs.append(Proc(t, nodes, stage, _level(job, nodes, stage)))
        d = _dur(rng, "startup", setting)
        pauses.append((t, t + d, "startup"))
        return t + d

    t, after = launch(0), "startup"
    to_ev, to_ck = ev_every * rng.uniform(0.9, 1.1), ck_every * rng.uniform(0.9, 1.1)
    ev_at_ck, next_fail, done, pi = to_ev, rng.exponential(fail_mean), 0.0, 0
    while t < T:
        lev = procs[-1].level
        cand = [to_ev, to_ck, (CORPUS[stage] - done) / lev, next_fail - t]
        which = int(np.argmin(cand))
        d = int(max(30, min(cand[which], T - t)))
        segs.append((t, t + d, len(procs) - 1, after))
        done, to_ev, to_ck, t = done + lev * d, to_ev - d, to_ck - d, t + d
        if t >= T:
            break
        if which == 3:  # a node fails: the others hang at a collective until ddp_timeout, then the job is requeued
            procs[-1].failed, procs[-1].fail_t = int(rng.integers(nodes)), t
            hang = int(rng.uniform(*((180, 480) if setting == "short" else (1800, 1800))) + rng.uniform(5, 60))
            pauses.append((t, t + hang, "hang"))
            procs[-1].end = t = t + hang
            d = _dur(rng, "down", setting)
            pauses.append((t, t + d, "down"))
            t, after = launch(t + d), "startup"
            to_ck, to_ev = ck_every * rng.uniform(0.9, 1.1), ev_at_ck  # resumed from the last checkpoint
            next_fail = t + 1200 + rng.exponential(fail_mean)
            continue
        kind = ("eval", "ckpt", "epoch")[which]
        d = _dur(rng, kind, setting)
        pauses.append((t, t + d, kind))
        t, after = t + d, kind
        if which == 0:
            to_ev = ev_every * rng.uniform(0.9, 1.1)
        elif which == 2:
            done = 0.0
        else:
            to_ck, ev_at_ck = ck_every * rng.uniform(0.9, 1.1), to_ev
            if pi < len(plans) and plans[pi] <= t:  # a planned relaunch after this checkpoint
                pi += 1
                procs[-1].end, procs[-1].graceful = t, True
                d = _dur(rng, "relaunch", setting)
                pauses.append((t, t + d, "down"))
                old = stage
                nodes, stage = _replan(rng, nodes, stage, 4 if job["big"] else 2)
                t, after = launch(t + d), "startup"
                known.append(t)
                done = 0.0 if stage != old else done
    if not procs[-1].end or procs[-1].end > T:
        procs[-1].end = T
    return segs, pauses, procs, known


def _profile(rng, job: dict, W: int):
    """A rank's sorted run of a megabatch (Geneformer's sampler: 1000 batches sorted longest first, strided over the
    ``W`` ranks): the fraction of its cells done against the fraction of its time, ``(time, cells)`` knots."""
    S = max(2, int(round(1000 / W)))
    L = np.clip(np.exp(np.log(job["len"][0]) + job["len"][1] * rng.normal(0, 1, S * job["bs"])), 64, 4096)
    top = np.sort(L)[::-1].reshape(S, job["bs"])[:, 0]  # a batch is padded to its longest cell
    d = top + top ** 2 / job["c2"]
    return np.concatenate([[0.0], np.cumsum(d) / d.sum()]), np.linspace(0, 1, S + 1)


def _job_rate(rng, T: int, segs, procs, job: dict):
    """The job's cells/s each second, and per training stretch the ramp that follows the pause before it."""
    ou = hc.ou_path(rng, T, job["ou_sd"], job["ou_tau"])
    f = np.exp(np.interp(np.arange(T), np.arange(len(ou)) * 60.0, ou) + rng.normal(0, job["noise"], T))
    at = np.cumsum(rng.exponential(job["stall_every"], int(T / job["stall_every"]) + 20))
    at = at[at < T].astype(int)
    for a, d, x in zip(at, rng.uniform(2, 12, len(at)).astype(int), rng.uniform(0.3, 0.7, len(at))):
        f[a:a + d] *= 1 - x  # a cold read of the memory-mapped corpus shards
    b, ramps = np.zeros(T), {}
    for t0, t1, p, after in segs:
        r0, rl = (rng.uniform(0.4, 0.7), rng.uniform(60, 240)) if after == "startup" else \
            (rng.uniform(0.75, 0.95), rng.uniform(20, 60))
        ramps[t0] = rl
        t1 = min(t1, T)
        if t1 > t0:
            b[t0:t1] = procs[p].level * np.minimum(1.0, r0 + (1 - r0) * np.arange(t1 - t0) / rl) * f[t0:t1]
    rate = np.zeros(T)
    for pr in procs:  # the sorted runs: cells come slowly at a run's long cells, fast at its short ones
        e = min(pr.end, T)
        if e <= pr.start:
            continue
        kt, kc = _profile(rng, job, pr.nodes * job["gpn"])
        x = np.concatenate([[0.0], np.cumsum(b[pr.start:e])]) / (1000 * job["bs"]) + rng.random()
        C = np.floor(x) + np.interp(x - np.floor(x), kt, kc)
        rate[pr.start:e] = np.diff(C) * 1000 * job["bs"]
    return rate, ramps


def _episodes(rng, T: int) -> np.ndarray:
    """The database's slow episodes (compaction backlog): rows ``(start, end, median latency)``."""
    out, t = [], rng.uniform(8, 30) * 3600
    while t < T:
        d = rng.uniform(180, 900)
        out.append((t, t + d, rng.uniform(2, 12)))
        t += d + rng.uniform(15, 40) * 3600
    return np.array(out, float).reshape(-1, 3)


def _slow(ep: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    i = np.searchsorted(ep[:, 0], t, side="right") - 1
    ok = (i >= 0) & (t < ep[np.maximum(i, 0), 1]) if len(ep) else np.zeros(len(t), bool)
    return ok, (ep[np.maximum(i, 0), 2] if len(ep) else np.ones(len(t)))


def _posts(rng, run: Run, job: dict, st: dict):
    """Every row a node's writer posts: its cut time, the previous cut, the process's step unit, the node."""
    I, parts, lost = st["I"], [], 0
    flush = np.array([a for a, b, k in run.pauses_t if k in ("eval", "ckpt")], float)
    off = rng.normal(0, 0.005, 8)
    if rng.random() < 0.2:
        off[int(rng.integers(8))] += rng.uniform(0.3, 2.5) * rng.choice([-1, 1])
    for pi, pr in enumerate(run.procs):
        unit, per = pr.nodes * job["gpn"] * job["bs"], job["gpn"] * job["bs"]
        fl = flush[(flush > pr.start) & (flush < pr.end)]
        if pr.graceful:
            fl = np.append(fl, pr.end - 0.5)
        for k in range(pr.nodes):
            stop = pr.fail_t if k == pr.failed else pr.end
            posts = np.arange(pr.start + rng.uniform(0, I), stop, float(I))
            fk = fl + rng.uniform(0, 0.4, len(fl))
            posts = np.sort(np.concatenate([posts, fk[fk < stop]]))
            fr = np.concatenate([[float(pr.start)], posts[:-1]])
            parts.append((posts, fr, np.full(len(posts), unit), np.full(len(posts), per), np.full(len(posts), k),
                          np.full(len(posts), pi), off[k]))
            if k == pr.failed and len(posts):
                lost += int(_steps(run, [posts[-1], stop], pr.start, unit) @ [-1, 1]) * per
    cols = [np.concatenate([p[i] for p in parts]) for i in range(6)]
    key = np.floor(cols[0] + np.concatenate([np.full(len(p[0]), p[6]) for p in parts])).astype(np.int64)
    return cols, key, lost


def _steps(run: Run, t, start, unit) -> np.ndarray:
    C = run.C
    return np.floor((np.interp(t, np.arange(len(C)), C) - C[np.asarray(start, int)]) / unit)


def _storage(rng) -> dict:
    """The collection path's choices: row interval, table model, load mode, the panel's fill and refresh."""
    g = float(rng.choice([2.0, 5.0, 10.0], p=[0.25, 0.25, 0.5]))
    F = 30 if rng.random() < 0.5 else 60
    return {"I": int(rng.choice([10, 15, 20, 30])), "model": str(rng.choice(["aggregate", "unique", "duplicate"],
            p=[0.5, 0.25, 0.25])), "labelled": bool(rng.random() < 0.6), "g": g, "gph": rng.uniform(0, g),
            "fill0": bool(rng.random() < 0.45), "F": F, "phi": rng.uniform(0, F), "H": rng.uniform(10, 40),
            "q": rng.uniform(0.2, 0.5), "pub": rng.uniform(2, 15)}


def _rows(rng, run: Run, job: dict, st: dict) -> None:
    """The rows as Doris keeps them: each load's landing and visibility, -235 rejections and their retries (a
    labelled Stream Load lands once; a group-commit load without a label lands again when it is resent)."""
    (to, fr, unit, per, node, proc), key, lost = _posts(rng, run, job, st)
    start = np.array([p.start for p in run.procs])[proc]
    steps = _steps(run, to, start, unit) - _steps(run, fr, start, unit)
    ep = _episodes(rng, run.T)
    N = len(to)
    land, tcur, pending = np.full(N, np.inf), to.copy(), np.ones(N, bool)
    q = st["q"] if st["labelled"] else 0.0
    retried = rejected = 0
    dup_i, dup_t = [], []
    for att in range(4):
        sl, med = _slow(ep, tcur)
        fail = pending & sl & (rng.random(N) < q)
        lat = np.exp(np.where(sl, np.log(med), np.log(0.04)) + np.where(sl, 0.8, 0.5) * rng.normal(0, 1, N))
        ok = pending & ~fail
        land[ok] = tcur[ok] + lat[ok]
        slow_req = np.flatnonzero(ok & (lat > TIMEOUT))
        retried += len(slow_req)
        if not st["labelled"]:  # resent without a label: a second load of the same row
            dup_i.append(slow_req)
            dup_t.append(tcur[slow_req] + TIMEOUT + rng.uniform(1, 4, len(slow_req)) + 0.05)
        rejected += int(fail.sum())
        pending = fail
        tcur = np.where(fail, tcur + rng.uniform(0.05, 0.5, N) + rng.uniform(1, 4, N) * 2 ** att, tcur)
    src = np.concatenate([np.arange(N)] + dup_i).astype(np.int64)
    land = np.concatenate([land] + dup_t)
    dup = np.arange(len(src)) >= N
    sl, _ = _slow(ep, np.where(np.isfinite(land), land, 0.0))
    M = len(src)
    if st["labelled"]:  # visible when the load returns; "Publish Timeout": visible later
        vis = land + np.where(sl & (rng.random(M) < 0.3), rng.exponential(st["pub"], M), 0.0)
        prio = vis
    else:  # async group commit: visible at the table's next internal commit
        g, ph = st["g"], st["gph"]
        with np.errstate(invalid="ignore"):
            vis = ph + np.ceil((land - ph) / g) * g + np.where(sl, rng.exponential(st["pub"], M),
                                                                rng.uniform(0.02, 0.2, M))
        prio = rng.random(M)  # group commit keeps no commit order
    order = np.argsort(to[src], kind="stable")
    src = src[order]
    run.rows = {"to": to[src], "fr": fr[src], "unit": unit[src], "per": per[src], "node": node[src],
                "proc": proc[src], "key": key[src], "steps": steps[src], "cells": steps[src] * per[src],
                "land": land[order], "vis": vis[order], "prio": prio[order], "dup": dup[order]}
    run.meta.update({"rows": N, "retried": retried, "rejected": rejected, "dropped": int(pending.sum()),
                     "dup": int(dup.sum()), "lost": lost, "episodes": len(ep)})


def _read(run: Run, st: dict, n: int) -> np.ndarray:
    """The recorder: minute ``m`` (rows stamped in it, ``UNIX_TIMESTAMP(ts) DIV 60 * 60``) is kept from the panel's
    first refresh ``H`` s after its end (without fill: once a row of it is visible), rows visible by then counted."""
    r = run.rows
    m = r["key"] // 60
    M = run.T // 60 + 2
    m = np.clip(m, 0, M - 1)
    fin = np.isfinite(r["vis"])
    first = np.full(M, np.inf)
    np.minimum.at(first, m[fin], r["vis"][fin])
    minutes = np.arange(M - 2) if st["fill0"] else np.flatnonzero(np.isfinite(first[:M - 2]))
    if len(minutes) < n:
        raise RuntimeError(f"only {len(minutes)} minutes read")
    minutes = minutes[:n]
    ready = (minutes + 1) * 60.0 + st["H"]
    if not st["fill0"]:
        ready = np.maximum(ready, first[minutes])
    R = st["phi"] + np.ceil((ready - st["phi"]) / st["F"]) * st["F"]
    pt_of, Rm = np.full(M, -1), np.full(M, -np.inf)
    pt_of[minutes], Rm[minutes] = np.arange(n), R
    pt = pt_of[m]
    seen = (pt >= 0) & (r["vis"] <= Rm[m])
    replaced = 0
    if st["model"] == "unique":  # one row per (job, host, ts): the later version (or any, under group commit)
        idx = np.flatnonzero(seen)
        o = idx[np.lexsort((r["prio"][idx], r["key"][idx], r["node"][idx], r["proc"][idx]))]
        same = (r["proc"][o][1:] == r["proc"][o][:-1]) & (r["node"][o][1:] == r["node"][o][:-1]) & \
            (r["key"][o][1:] == r["key"][o][:-1])
        seen[o[:-1][same]] = False
        replaced = int(same.sum())
    r["pt"], r["read"] = np.where(seen, pt, -1), Rm[m]
    run.ws = minutes * 60
    run.meta.update({"replaced": replaced, "late": int(((pt >= 0) & fin & (r["vis"] > Rm[m])).sum()),
                     "skipped": int((np.diff(minutes) > 1).sum())})
    return np.bincount(pt[seen], weights=r["cells"][seen], minlength=n) / 60.0


def _spans(run: Run, n: int):
    """Paused points: a minute that, widened by the row interval before it and half the ramp after a pause,
    touches a pause; and both neighbours of a skipped minute."""
    ws, pad = run.ws, run.interval + 3
    paused = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        s = int(np.searchsorted(ws + 60, a, side="right"))
        e = int(np.searchsorted(ws - pad, b + run.exts.get(b, 0.0) / 2, side="left"))
        paused[s:e] = True
    gaps = np.flatnonzero(np.diff(ws) > 60)
    paused[gaps] = paused[gaps + 1] = True
    spans = []
    for i in np.flatnonzero(paused):
        hc.add_span(spans, int(i), int(i) + 1)
    return spans, ~paused


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of a seed: deterministic, never changed by a trace made from it."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    job, st = _job(rng), _storage(rng)
    T = int(60 * n * (1.25 if setting == "short" else 1.5)) + 3600
    segs, pauses, procs, known = _timeline(rng, T, n, setting, job)
    rate, ramps = _job_rate(rng, T, segs, procs, job)
    run = Run(n, T, st["I"], rate, pauses, procs, known, C=np.concatenate([[0.0], np.cumsum(rate)]), exts=ramps)
    run.meta = {**st, **{k: job[k] for k in ("big", "gpn", "nodes", "bs")},
                "restarts": sum(p.failed >= 0 for p in procs), "relaunches": len(known)}
    _rows(rng, run, job, st)
    healthy = _read(run, st, n)
    spans, live = _spans(run, n)
    changes = hc.change_points([int(np.searchsorted(run.ws, t, side="right")) - 1 for t in known], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, L: int, ramp_s: int) -> np.ndarray:
    """A regression's weight over its ``L`` seconds."""
    s = np.arange(L, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(L), rng.uniform(30, 200), rng.uniform(60, 400), horizon=L + 1.0)
        calm = rng.uniform(0.1, 0.3)
        return np.where(np.searchsorted(edges, s, side="right") % 2 == 1, 1.0, calm)
    return np.minimum(1.0, s / ramp_s) ** rng.uniform(0.7, 2.0)


def _row_loss(run: Run, t0: int, wa: np.ndarray, whole: bool = True):
    """``(at, loss)``: the cells/s each point from ``at`` loses when the job's rate is multiplied by ``1 - wa``
    from second ``t0`` (whole steps per counted row; ``whole=False``: the continuous loss)."""
    r, L = run.rows, len(wa)
    D = np.concatenate([[0.0], np.cumsum(run.rate[t0:t0 + L] * wa)])
    sl = slice(int(np.searchsorted(r["to"], t0, side="right")),
               int(np.searchsorted(r["to"], t0 + L + run.interval + 3, side="right")))
    pt = r["pt"][sl]
    ok = pt >= 0
    if not ok.any():
        return 0, np.zeros(0)
    grid = np.arange(L + 1, dtype=float)
    dt, df = np.interp(r["to"][sl][ok] - t0, grid, D), np.interp(r["fr"][sl][ok] - t0, grid, D)
    unit, per = r["unit"][sl][ok], r["per"][sl][ok]
    if whole:
        lost = np.minimum(np.floor(dt / unit) - np.floor(df / unit), r["steps"][sl][ok]) * per
    else:
        lost = (dt - df) / unit * per
    at = int(pt[ok].min())
    return at, np.bincount(pt[ok] - at, weights=lost) / 60.0


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n, ws = run.n, run.ws
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # in a pause's second half or up to a minute after it
            cand = [(a, b) for a, b, _ in run.pauses_t if ws[lo] <= a and b < ws[last]]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = int(rng.uniform(a + 0.5 * (b - a), b + 60))
        else:
            t0 = int(rng.uniform(ws[lo], ws[last]))
        onset = int(np.searchsorted(ws, t0, side="right")) - 1
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.T if to_end or stop >= n else int(ws[stop])
        if kind == "leak":  # the loader workers' memory goes with their process
            t1 = min([t1] + [p.start for p in run.procs if p.start > t0])
        if t1 - t0 < 600:
            continue
        w = _weight(rng, kind, t1 - t0, ramp * 60)
        at, cont = _row_loss(run, t0, w, whole=False)
        c = np.zeros(n)
        c[at:at + len(cont)] = cont
        lv = live[onset:stop]
        hs, ls = healthy[onset:stop][lv].sum(), c[onset:stop][lv].sum()
        target = rng.uniform(0.08, 0.35)
        if ls <= 0 or target * hs / ls > 0.8:
            continue
        at, mod = _row_loss(run, t0, target * hs / ls * w)
        v = healthy[at:at + len(mod)] - mod
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.searchsorted(ws, t0 + ramp * 60, side="right")) - 1, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        full = healthy.copy()
        full[at:at + len(v)] = np.maximum(v, 0.0)
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, mod)
    return None


def make_heldout71(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    def series(mods):
        v = healthy.copy()
        for at, m in mods:
            v[at:at + len(m)] -= m
        return np.maximum(v, 0.0)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, KIND_P, changes, series, healthy, live)
    return Trace(values=values, timestamps=EPOCH + run.ws, events=events, pauses=spans, seed=seed,
                 healthy=healthy, changes=changes)


def heldout71_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT71_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout71, seeds, n, pauses)
