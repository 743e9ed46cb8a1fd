"""The two-hundred-and-eighth held-out throughput family: a pearl grading model's training images/s (a network grading
cultured pearls by lustre, surface, shape, colour and size from multi-view images, for a pearl farm's sorting house;
images cropped and augmented on CPU workers, the rare top-grade and baroque classes oversampled; an evaluation on a
held-out harvest's pearls now and then) on 1, 2 or 4 nodes, read through syslog-ng: each node's reporter logs a line
(its clock's time, its images since its last line) every 10-30 s to the node's syslog-ng, which forwards it over TCP
to a central syslog-ng that writes files; a monitor reads the files once a minute and sums per minute.

DOCSTRING-TO-FILL
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT208_SEEDS = tuple(range(2082000, 2082012))
CODE = 208
TICK = 5.0  # s: the job's tick
STEP = 60.0  # s: one point a minute
K = int(STEP // TICK)
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC, a whole minute
DAY = 86400.0
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (1, 40), "long": (1, 100)}  # the tests' bounds on a span
PATH_KEYS = ("outages", "queued", "merged", "dropped_full", "inflight_lost", "resent", "doubled", "local_lost",
             "quota_lost", "rotation_lost", "late", "clock_steps", "crash_lost")
# pause lengths (s): (lo, hi) per setting
STARTUP = {"short": (240, 720), "long": (1500, 3300)}
EVAL = {"short": (180, 480), "long": (720, 1800)}
CKPT = {"short": (20, 90), "long": (120, 300)}
DOWN = {"short": (120, 300), "long": (480, 1200)}
RESTART_UP = {"short": (180, 420), "long": (600, 1500)}
STOP = {"short": (120, 240), "long": (360, 840)}


# --- the job -------------------------------------------------------------------------------------------------------

def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the GPUs (dearer per image at a larger crop, ``res``) and the CPU workers (dearer
    with more oversampled multi-view rare pearls, ``over``), a step waiting for the slower; nodes scale by ``eff``
    per doubling."""
    g = cfg["gpu"] / cfg["res_c"] ** st["res"]
    c = cfg["cpu"] / cfg["over_c"] ** st["over"]
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return float(per_node * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (another node count, 1 in 3, or another crop or oversampling): redrawn until the
    level moves 15 % (1/3 to 3 times); None after 50 draws."""
    for _ in range(50):
        new = dict(st)
        u = rng.random()
        if u < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 2 / 3:
            new["res"] = int(np.clip(st["res"] + rng.choice([-1, 1]), 0, 2))
        else:
            new["over"] = int(np.clip(st["over"] + rng.choice([-1, 1]), 0, 2))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _u(rng, lohi, scale: float = 1.0) -> float:
    return float(rng.uniform(*lohi) * scale)


def _schedule(rng, n: int, setting: str):
    """The job's timeline: pauses ``(t0, t1, kind)``, process lives ``(t0, t1, graceful, nodes)``, ramps, stages."""
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": rng.uniform(0.82, 0.95), "res_c": rng.uniform(1.25, 1.6),
           "over_c": rng.uniform(1.1, 1.4)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "res": int(rng.integers(0, 2)), "over": 0}
    crash_mean = rng.uniform(10, 40) * 3600
    eval_every = (rng.uniform(40, 70) * 60, rng.uniform(80, 120) * 60)
    ck_every = int(rng.integers(2, 4))
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(T * rng.uniform(0.15, 0.85, n_rel))
    pauses_t, lives, ramps, stages, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t, life0 = 0.0, 0.0
    stages.append((0.0, dict(st)))

    def start(t, kind, extra=0.0):  # a pause then a start-up and its ramp; returns the end of the pause
        dur = extra + _u(rng, STARTUP[setting]) * np.exp(rng.normal(0, 0.15))
        pauses_t.append((t, t + dur, kind))
        ramps.append((t + dur, rng.uniform(60, 300), rng.uniform(0.35, 0.7)))
        return t + dur

    t = start(0.0, "startup")
    next_eval = t + rng.uniform(*eval_every)
    crash_at = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        while ri < len(rel_t) and rel_t[ri] < t + 600:
            rel_t[ri] = t + rng.uniform(600, 1800)
            rel_t.sort()
        nxt = min(next_eval, crash_at, rel_t[ri] if ri < len(rel_t) else np.inf)
        if nxt >= T:
            break
        t = nxt
        if nxt == next_eval:
            counts["evals"] += 1
            dur = _u(rng, EVAL[setting]) * np.exp(rng.normal(0, 0.2))
            kind = "eval"
            if counts["evals"] % ck_every == 0:
                dur += _u(rng, CKPT[setting])
                kind = "ckpt"
            pauses_t.append((t, t + dur, kind))
            t += dur
            next_eval = t + rng.uniform(*eval_every)
        elif nxt == crash_at:
            counts["crashes"] += 1
            down = _u(rng, DOWN[setting])
            lives.append((life0, t, False, st["nodes"]))
            life0 = t + down
            dur = down + _u(rng, RESTART_UP[setting])
            pauses_t.append((t, t + dur, "crash"))
            ramps.append((t + dur, rng.uniform(60, 300), rng.uniform(0.35, 0.7)))
            t += dur
            crash_at = t + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(*eval_every)
        else:
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            down = _u(rng, STOP[setting]) + rng.uniform(60, 360)  # stopped, then queued for nodes
            lives.append((life0, t, True, st["nodes"]))
            life0 = t + down
            t = start(t, "relaunch", down)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            stages.append((t, dict(st)))
            next_eval = t + rng.uniform(*eval_every)
            crash_at = max(crash_at, t + 600)
    lives.append((life0, T + 3600, True, st["nodes"]))
    return SimpleNamespace(n=n, dt=STEP, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, ramps=ramps, stages=stages,
                           known_t=known_t, counts=counts, nt=n * K)


def _jobs_images(rng, run) -> np.ndarray:
    """Images per 5-s tick: the stage's level, an AR(1) of the log (Student-t innovations) and a slow OU, epoch-end
    shuffle dips, bursts of oversampled baroque pearls (dearer multi-view augmentation), ramps, nothing in pauses."""
    nt = run.nt
    tb = np.arange(nt) * TICK
    lv = np.empty(nt)
    for (t0, st), nxt in zip(run.stages, [s[0] for s in run.stages[1:]] + [np.inf]):
        lv[(tb >= t0) & (tb < nxt)] = _level(run.cfg, st)
    sd, corr = rng.uniform(0.015, 0.04), rng.uniform(10, 40)
    a = np.exp(-TICK / corr)
    e = rng.standard_t(4, nt) / np.sqrt(2) * sd * np.sqrt(1 - a * a)
    x = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.025), rng.uniform(1800, 9000))
    x += np.interp(tb, np.arange(len(ou)) * 60.0, ou)
    mult = np.exp(x)
    ep = 0.0
    ep_mean = rng.uniform(1200, 4200)
    while True:  # epoch ends: the shuffle buffer refills and the loader workers respawn
        ep += rng.uniform(0.6, 1.4) * ep_mean
        if ep >= run.T:
            break
        i0 = int(ep // TICK)
        mult[i0:i0 + max(1, int(rng.uniform(10, 40) // TICK))] *= rng.uniform(0.3, 0.7)
    edges = hc.twostate(rng, rng.uniform(0, 600), run.T, rng.uniform(60, 240), rng.uniform(300, 1200))
    mult *= 1 - rng.uniform(0.03, 0.07) * hc.bad_share(edges, tb, TICK)
    for e0, dur, r0 in run.ramps:
        i0, i1 = int(e0 // TICK), min(nt, int((e0 + dur) // TICK) + 1)
        if i0 < nt:
            mult[i0:i1] *= r0 + (1 - r0) * np.clip((tb[i0:i1] - e0) / dur, 0, 1)
    pe = np.array([[a_, b_] for a_, b_, _ in run.pauses_t]).ravel()
    busy = hc.bad_share(pe, tb, TICK) if len(pe) else np.zeros(nt)
    return lv * mult * TICK * np.clip(1 - busy, 0, 1)


# --- the path ------------------------------------------------------------------------------------------------------

def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the sorted, disjoint windows ``win`` (rows ``[a, b)``)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Sorted, disjoint windows ``[a, b)``: Poisson starts at ``per_day``, lengths log-uniform ``lo``-``hi`` s."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    b = a + np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    keep = np.concatenate([[True], a[1:] > b[:-1]]) if k else np.zeros(0, bool)
    return np.column_stack([a[keep], b[keep]]) if k else np.zeros((0, 2))


def _path(rng, run):
    """Each message's fate (drawn on the healthy run's timeline, whatever the images): its interval ``[ts, te)`` of
    the node's images, its node's share, and the point it is read in (-1: lost; a re-sent copy is a second row)."""
    T = run.T
    P = rng.uniform(10, 30)
    p = SimpleNamespace(P=P, disk=rng.random() < 0.7, counts={k: 0 for k in PATH_KEYS})
    p.reliable = p.disk and rng.random() < 0.5
    p.flow = (not p.disk) and rng.random() < 0.5
    p.fifo = int(rng.integers(5, 40))  # our lines that fit in the node's memory queue besides its other logs
    p.reopen = float(rng.choice([10.0, 30.0, 60.0]))  # time-reopen(): a retry every that many s
    p.by_recv = rng.random() < 0.4  # the monitor bins by received time (else by the message's own stamp)
    p.grace, p.phase = rng.uniform(0, 20), rng.uniform(0, 60)
    outages = _windows(rng, T, rng.uniform(0.3, 2.0), 10, 900)  # central restarts and network partitions
    quota = _windows(rng, T, rng.uniform(0.2, 0.6), 300, 2400) if rng.random() < 0.3 else np.zeros((0, 2))
    rot0 = rng.uniform(0, DAY)
    rots = np.arange(rot0, T, DAY)
    rot_win = np.column_stack([rots, rots + rng.uniform(0.5, 5, len(rots))])
    p.counts["outages"] = len(outages)
    rows_ts, rows_te, rows_sh, rows_bin = [], [], [], []
    nodes_max = max(nl for *_, nl in run.lives)
    tz = -1
    if not p.by_recv and nodes_max > 1 and rng.random() < 0.15:
        tz = int(rng.integers(1, nodes_max))  # a node's zone-less stamps read an hour later at the centre
    p.tz_node = tz
    for j in range(nodes_max):
        off = rng.normal(0, rng.uniform(0.2, 2.0))
        steps_t = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY) if rng.random() < 0.3 else 0))
        steps_v = np.cumsum(rng.normal(0, rng.uniform(1, 8), len(steps_t)))
        p.counts["clock_steps"] += len(steps_t)
        local = _windows(rng, T, rng.uniform(0.2, 1.0), 1, 5)  # the node's syslog-ng restarting: /dev/log absent
        reconn = outages[:, 1] + rng.uniform(0, p.reopen, len(outages))
        deaf = np.column_stack([outages[:, 0], reconn]) if len(outages) else np.zeros((0, 2))
        ph = rng.uniform(0, P)
        for t0, t1, graceful, nl in run.lives:
            if j >= nl or t0 >= T:
                continue
            tl = t0 + ph + np.arange(0, max(1, int((min(t1, T + 600) - t0 - ph) // P) + 1)) * P
            tl = tl + rng.uniform(0, 0.2, len(tl))
            tl = tl[tl < t1]
            if graceful and t1 < T:
                tl = np.append(tl, t1)
            elif not graceful:
                p.counts["crash_lost"] += 1
            if len(tl) == 0:
                continue
            ts = np.concatenate([[t0], tl[:-1]])
            ok = ~_inside(tl, local)
            p.counts["local_lost"] += int((~ok).sum())
            recv = tl + rng.uniform(0.005, 0.3, len(tl))
            o = np.searchsorted(deaf[:, 0], tl, side="right") - 1 if len(deaf) else np.full(len(tl), -1)
            q = (o >= 0) & (tl < deaf[np.maximum(o, 0), 1]) if len(deaf) else np.zeros(len(tl), bool)
            q &= ok
            p.counts["queued"] += int(q.sum())
            si = np.searchsorted(steps_t, tl)
            step = np.where(si > 0, steps_v[np.maximum(si - 1, 0)], 0.0) if len(steps_t) else 0.0
            stamp = np.floor(tl + off + step) + (3600.0 if j == tz else 0.0)
            ts_eff = ts.copy()
            for k in np.unique(o[q]):
                idx = np.nonzero(q & (o == k))[0]
                recv[idx] = reconn[k] + 0.002 * np.arange(len(idx))
                if not p.disk and len(idx) > p.fifo:
                    over = idx[p.fifo:]
                    ok[over] = False
                    if p.flow:  # the reporter blocks: its next line carries the images
                        p.counts["merged"] += len(over)
                        nx = over[-1] + 1
                        if nx < len(tl):
                            ts_eff[nx] = ts_eff[over[0]]
                            ok[nx] = ok[nx] or not _inside(tl[nx:nx + 1], local)[0]
                    else:
                        p.counts["dropped_full"] += len(over)
                before = np.nonzero(ok & (tl < deaf[k, 0]))[0][-int(rng.integers(1, 3)):] if rng.random() < 0.7 \
                    else np.zeros(0, int)
                before = before[tl[before] > deaf[k, 0] - 2 * P] if len(before) else before
                for b in before:  # in flight when the connection broke
                    written = rng.random() < 0.5
                    if p.reliable:
                        p.counts["resent"] += 1
                        p.counts["doubled"] += int(written)
                        if written:  # the original was written too: a second row
                            rows_ts.append(ts_eff[b:b + 1]), rows_te.append(tl[b:b + 1])
                            rows_sh.append(np.array([1.0 / nl])), rows_bin.append(np.array([recv[b], stamp[b], j]))
                        recv[b] = reconn[k] - 0.001
                    elif not written:
                        ok[b] = False
                        p.counts["inflight_lost"] += 1
            rows_ts.append(ts_eff[ok]), rows_te.append(tl[ok]), rows_sh.append(np.full(int(ok.sum()), 1.0 / nl))
            rows_bin.append(np.column_stack([recv[ok], stamp[ok], np.full(int(ok.sum()), j)]))
    ts = np.concatenate(rows_ts)
    te = np.concatenate(rows_te)
    sh = np.concatenate(rows_sh)
    rb = np.vstack([r.reshape(-1, 3) for r in rows_bin])
    recv, stamp = rb[:, 0], rb[:, 1]
    central_off = rng.normal(0, 0.5)
    ql = _inside(recv, quota)
    rl = _inside(recv, rot_win)
    p.counts["quota_lost"], p.counts["rotation_lost"] = int(ql.sum()), int(rl.sum())
    t_bin = np.floor(recv + central_off) if p.by_recv else stamp
    b = np.floor(t_bin / STEP).astype(int)
    emit = p.phase + STEP * np.ceil(((b + 1) * STEP + p.grace - p.phase) / STEP)
    late = recv + rng.uniform(0.05, 1.0, len(recv)) > emit
    p.counts["late"] = int((late & ~ql & ~rl).sum())
    b[ql | rl | late | (b < 0) | (b >= run.n)] = -1
    p.ts, p.te, p.share, p.bin = ts, te, sh, b
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute of the images per tick ``J`` (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    img = (np.interp(p.te, edges, C) - np.interp(p.ts, edges, C)) * p.share
    m = p.bin >= 0
    return np.bincount(p.bin[m], weights=img[m], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path, the healthy reads and the paused points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _jobs_images(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    mask = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        mask[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for e0, dur, _ in run.ramps:
        mask[int(e0 // STEP):min(n, int(np.ceil((e0 + dur / 2) / STEP)))] = True
    run.counts["unread"] = int((~mask & (h <= 0)).sum())
    mask |= h <= 0
    edges = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    spans = list(zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist()))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


# --- regressions ---------------------------------------------------------------------------------------------------

def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per tick: a drop (an augmentation worker pool shrunk) rises over 1-6 ticks; a straggler
    (one node's NVMe image cache thrashing) bursts at 1 for a mean of 30-240 ticks, calm 0.05-0.25 for 120-600; a
    leak (the multi-view crop cache growing into swap) ``(s / ramp) ** p``, then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    return np.where(hc.bad_share(edges, s, 1.0) >= 0.5, 1.0, calm)  # a tick is in a burst or calm


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost and read through
    the same messages; ``a`` set from a drawn target loss (linear), refused above 1."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        unit = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + ramp if kind == "leak" else onset
        hs = healthy[c0:stop][live[c0:stop]].sum()
        if hs <= 0:
            continue
        a = target / max(unit[c0:stop][live[c0:stop]].sum() / hs, 1e-12)
        if a > 1:
            continue
        m = a * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    """Each point stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout208(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout208_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT208_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout208, seeds, n, pauses)
