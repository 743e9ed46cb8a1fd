"""The hundred-and-fifty-ninth held-out throughput family (draft docstring: completed after the first measure).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 159
HELDOUT159_SEEDS = tuple(range(1592000, 1592012))
EPOCH = 1_790_000_040.0  # a whole minute: the points are stamped at their minute's end
STEP = 60.0  # one point: one minute of SNS ``Timestamp``
TICK = 5.0  # the job is simulated per 5-s tick
K = int(STEP // TICK)
DAY = 86400.0
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause span lengths (points) the tests allow
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak (hc.KINDS order)
PATH_KEYS = ("node_blips", "lost_at_node", "publisher_dups", "lost_in_crash", "endpoint_restarts", "outages",
             "refused_down", "timeouts", "errors_5xx", "retries", "discarded", "sns_dups", "stale_skipped", "no_interval", "long_intervals", "late",
             "wiped", "unread", "split_intervals")


@dataclass
class Path:
    """The messages' fates (fixed by the healthy run): each message covers its node's pages over ``[ts, te)`` (true
    time; the node's share ``share`` of the job's); ``cmsg`` / ``cmin`` / ``cwt`` are the counted copies' messages,
    minutes and weights (1 over the copy's interval on the node's clock and over its node's copies in the minute)."""

    P: float
    ts: np.ndarray
    te: np.ndarray
    share: np.ndarray
    stamp: np.ndarray
    cmsg: np.ndarray
    cmin: np.ndarray
    cwt: np.ndarray
    node: np.ndarray
    copies: np.ndarray
    down: np.ndarray
    W: float
    persist: bool
    custom_policy: bool
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    """The job's schedule and pages per tick (all nodes), and the path that reads them."""

    n: int
    nt: int
    J: np.ndarray
    pauses_t: list
    lives: list  # (start, end, graceful) of each trainer process, with its node count
    life_nodes: list
    ramps: list  # (start, seconds, first share)
    known_t: list
    counts: dict
    stages: list
    path: Path | None = None
    dt: float = STEP
    k: int = K


def _level(cfg: dict, st: dict, cold: bool = False) -> float:
    """Pages/s of the job at stage ``st``: per GPU the slower (a soft maximum of the costs) of the GPUs' step and
    the CPU workers' rasterise-deskew-augment pipeline, times the world size at ``eff`` per doubling."""
    world = st["nodes"] * cfg["gpn"]
    cg = cfg["res_g"] ** st["res"] / cfg["g"]
    cc = cfg["res_c"] ** st["res"] * cfg["aug_c"] ** st["aug"] * (cfg["cold"] if cold else 1.0)
    cc /= cfg["g"] * cfg["ratio"]
    return float(world * cfg["eff"] ** np.log2(world) / hc.smax(cg, cc))


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A planned relaunch's new stage: a larger training image size (``res``, at most twice), heavier augmentation
    with a finer deskew (``aug``, once) or, 1 in 6, another node count; redrawn until the level (warm and, where
    the nodes change, cold) moves 15 % (1/3 to 3 times) the same way."""
    lv = _level(cfg, st)
    new = dict(st)
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6 or (new["res"] >= 2 and new["aug"] >= 1):
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif (u < 7 / 12 and new["res"] < 2) or new["aug"] >= 1:
            new["res"] += 1
        else:
            new["aug"] = 1
        r = _level(cfg, new) / lv
        rc = _level(cfg, new, cold=new["nodes"] != st["nodes"]) / lv
        if all(abs(np.log(x)) >= np.log(1.15) - 1e-12 and 1 / 3 <= x <= 3 for x in (r, rc)) and (r > 1) == (rc > 1):
            return new
    return new


def _minutes(rng, lo: float, hi: float) -> float:
    return rng.uniform(lo, hi) * 60.0


def _schedule(rng, n: int, setting: str) -> Run:
    """The job in true time: start-up, epochs of a fixed page count each followed by a COCO evaluation and a
    checkpoint, crashes (resumed from the last checkpoint: the epoch redone), planned relaunches at an epoch's end
    onto a new stage; then pages per tick with a ramp after each start, loader stalls and noise."""
    L = setting == "long"
    T = (n + 4) * STEP
    nt = int(T / TICK)
    cfg = {"gpn": int(rng.choice([2, 4, 8], p=[0.25, 0.35, 0.4])), "g": hc.log_uniform(rng, 3.0, 14.0),
           "ratio": hc.log_uniform(rng, 1.05, 2.3), "eff": rng.uniform(0.88, 0.97), "res_g": rng.uniform(1.3, 1.7),
           "res_c": rng.uniform(1.1, 1.3), "aug_c": rng.uniform(1.2, 1.6),
           "cold": rng.uniform(1.3, 2.0) if rng.random() < 0.45 else 1.0}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.4, 0.35, 0.25])), "res": 0, "aug": 0}
    epoch_pages = _minutes(rng, 35, 140) * _level(cfg, st)
    crash_mean = rng.uniform(10, 40) * 3600
    k_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel_t = sorted(rng.uniform(0.15, 0.85, k_rel) * T)
    rel_t = [x for i, x in enumerate(rel_t) if i == 0 or x - rel_t[i - 1] >= 3600]

    def up_ramp(t):
        return (t, _minutes(rng, 2, 6), rng.uniform(0.35, 0.7))

    pauses, lives, life_nodes, known, segs, ramps = [], [], [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "epochs": 0}
    t = _minutes(rng, 20, 50) if L else _minutes(rng, 3, 10)
    pauses.append((0.0, t, "startup"))
    life_start, cold, ramp = 0.0, True, up_ramp(t)
    ramps.append(ramp)
    stages = [(t, dict(st))]
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        lv = _level(cfg, st, cold)
        end = t + epoch_pages / lv
        if next_crash < end:  # a crash mid-epoch: down, a new process, the epoch redone from its start
            segs.append((t, next_crash, lv, ramp))
            t = next_crash
            lives.append((life_start, t, False))
            life_nodes.append(st["nodes"])
            counts["crashes"] += 1
            down = _minutes(rng, 6, 18) if L else _minutes(rng, 1, 4)
            up = _minutes(rng, 8, 20) if L else _minutes(rng, 2, 6)
            pauses.append((t, t + down + up, "crash"))
            life_start, t = t + down, t + down + up
            ramp = up_ramp(t)
            ramps.append(ramp)
            next_crash = t + rng.exponential(crash_mean)
            continue
        segs.append((t, end, lv, ramp))
        t, cold, ramp = end, False, None
        counts["epochs"] += 1
        ev = _minutes(rng, 10, 28) if L else _minutes(rng, 2, 7)
        ck = rng.uniform(60, 240) if L else rng.uniform(10, 50)
        pauses += [(t, t + ev, "eval"), (t + ev, t + ev + ck, "ckpt")]
        t += ev + ck
        if ri < len(rel_t) and t >= rel_t[ri]:  # a planned relaunch after the checkpoint
            ri += 1
            counts["relaunches"] += 1
            lives.append((life_start, t, True))
            life_nodes.append(st["nodes"])
            stop = _minutes(rng, 5, 12) if L else _minutes(rng, 1, 3)
            queue = _minutes(rng, 1, 5)
            up = _minutes(rng, 8, 20) if L else _minutes(rng, 2, 6)
            pauses.append((t, t + stop + queue + up, "relaunch"))
            life_start, t = t + stop + queue, t + stop + queue + up
            new = _next_stage(rng, cfg, st)
            counts["kept_stage"] += new == st
            cold = cold or (new["nodes"] != st["nodes"] and cfg["cold"] > 1)
            st = new
            known.append(t)
            stages.append((t, dict(st)))
            ramp = up_ramp(t)
            ramps.append(ramp)
        if next_crash < t:
            next_crash = t + rng.exponential(crash_mean)
    lives.append((life_start, max(t, T) + 600, True))
    life_nodes.append(st["nodes"])
    J = _pages(rng, segs, nt, T)
    return Run(n=n, nt=nt, J=J, pauses_t=pauses, lives=lives, life_nodes=life_nodes, ramps=ramps, known_t=known,
               counts=counts, stages=stages)


def _pages(rng, segs, nt: int, T: float) -> np.ndarray:
    """Pages trained per tick: each training stretch at its level (and ramp), times loader stalls (a worker stuck on
    a huge scanned page), an AR(1) of the log per tick and a slow OU."""
    tb = np.arange(nt) * TICK
    J = np.zeros(nt)
    for a, b, lv, ramp in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        x = tb[i0:i1]
        ov = np.maximum(np.minimum(b, x + TICK) - np.maximum(a, x), 0.0)
        mult = 1.0
        if ramp is not None:
            r0, rl, rs = ramp[0], ramp[1], ramp[2]
            mult = np.clip(rs + (1 - rs) * (x + TICK / 2 - r0) / rl, rs, 1.0)
        J[i0:i1] += lv * ov * mult
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), _minutes(rng, 20, 120))
    ou = np.interp(tb, np.arange(len(ou)) * STEP, ou)
    stall = np.ones(nt)
    mean_gap = _minutes(rng, 15, 60)
    t = rng.exponential(mean_gap)
    while t < T:
        d, m = rng.uniform(5, 40), rng.uniform(0.35, 0.8)
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK) + 1)
        x = tb[i0:i1]
        ov = np.maximum(np.minimum(t + d, x + TICK) - np.maximum(t, x), 0.0) / TICK
        stall[i0:i1] *= 1 - (1 - m) * ov
        t += d + rng.exponential(mean_gap)
    return J * np.exp(ar + ou) * stall


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the sorted, disjoint windows ``win`` (rows ``[start, end)``)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Sorted, disjoint windows over ``[0, T)``: Poisson starts (``per_day``), lengths ``lo``-``hi`` s."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    e = s + rng.uniform(lo, hi, k)
    keep = np.ones(k, bool)
    keep[1:] = s[1:] > e[:-1]
    return np.column_stack([s[keep], e[keep]]) if k else np.zeros((0, 2))


def _publish(rng, run: Run, T: float, P: float, counts: dict):
    """Each node's messages: a timer from its process's start, every ``P`` s plus the Publish call's time, the pages
    since the previous publish (taken and reset before the call); a crash loses the interval under way, a graceful
    stop publishes it. Returns ``ts, te, share, stamp`` (the ``Timestamp``: SNS's clock at the accepted Publish)."""
    ts, te, share, node = [], [], [], []
    for (s, e, graceful), nodes in zip(run.lives, run.life_nodes):
        for j in range(nodes):
            start = s + rng.uniform(0, 15)
            if start >= min(e, T):
                continue
            k = int((min(e, T) - start) / P) + 3
            times = start + np.cumsum(P + rng.lognormal(np.log(0.08), 0.6, k))
            times = times[times < min(e, T)]
            a = np.concatenate([[start], times[:-1]]) if len(times) else np.zeros(0)
            if graceful and e < T:
                a, times = np.append(a, times[-1] if len(times) else start), np.append(times, e)
            elif not graceful:
                counts["lost_in_crash"] += 1
            ts.append(a)
            te.append(times)
            share.append(np.full(len(times), 1.0 / nodes))
            node.append(np.full(len(times), j))
    ts, te, share, node = (np.concatenate(x) for x in (ts, te, share, node))
    order = np.argsort(te, kind="stable")
    ts, te, share, node = ts[order], te[order], share[order], node[order]
    stamp = te + rng.lognormal(np.log(0.05), 0.7, len(te))
    blips = _windows(rng, T, rng.uniform(0.5, 3), 10, 90)  # the node's network (or SNS's API) unreachable
    lost = _inside(te, blips)
    counts["node_blips"] = len(blips)
    counts["lost_at_node"] = int(lost.sum())
    keep = ~lost
    ts, te, share, node, stamp = ts[keep], te[keep], share[keep], node[keep], stamp[keep]
    # a Publish that timed out at the client but was accepted: the SDK sends it again, a second message (new id)
    dup = rng.random(len(te)) < rng.uniform(0.0005, 0.003)
    counts["publisher_dups"] = int(dup.sum())
    idx = np.concatenate([np.arange(len(te)), np.nonzero(dup)[0]])
    stamp = np.concatenate([stamp, stamp[dup] + rng.uniform(1, 4, int(dup.sum()))])
    return ts[idx], te[idx], share[idx], node[idx], stamp


def _deliver(rng, run: Run, T: float, P: float, ts, te, share, node, stamp, counts: dict) -> Path:
    """SNS's delivery of each message to the monitor's HTTPS endpoint under the subscription's delivery policy, and
    the monitor's per-minute bins by ``Timestamp``, each closed ``W`` s after its end."""
    M = len(te)
    restarts = _windows(rng, T, rng.uniform(0.5, 3), 5, 60)  # deploys / restarts of the monitor
    outages = _windows(rng, T, rng.uniform(0.1, 0.6), 6 * 60, 30 * 60)  # host lost, longer than the policy
    down = np.concatenate([restarts, outages])
    down = down[np.argsort(down[:, 0])] if len(down) else np.zeros((0, 2))
    merged = []
    for s, e in down:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    down = np.array(merged) if merged else np.zeros((0, 2))
    counts["endpoint_restarts"], counts["outages"] = len(restarts), len(outages)
    slow = _windows(rng, T, rng.uniform(1, 6), 60, 600)
    q = rng.uniform(0.2, 0.8)
    p_err = rng.uniform(0.001, 0.005)
    custom = rng.random() < 0.3
    if custom:  # numRetries 6-12, exponential from minDelayTarget 5-10 s to maxDelayTarget 30-120 s
        R = int(rng.integers(6, 13))
        lo, hi = rng.uniform(5, 10), rng.uniform(30, 120)
        delays = lo * (hi / lo) ** (np.arange(R) / max(R - 1, 1))
    else:  # the default: 3 retries, 20 s apart
        R = 3
        delays = np.full(R, 20.0)
    t_att = stamp + rng.lognormal(np.log(0.15), 0.5, M)
    alive = np.ones(M, bool)
    seen = np.zeros(M, bool)
    pm, pt = [], []
    for k in range(R + 1):
        idx = np.nonzero(alive)[0]
        if not len(idx):
            break
        ta = t_att[idx]
        dn = _inside(ta, down)
        sl = ~dn & ((_inside(ta, slow) & (rng.random(len(idx)) < q)) | (rng.random(len(idx)) < 0.0005))
        er = ~dn & ~sl & (rng.random(len(idx)) < p_err)
        proc = ~dn & ~er
        ptime = ta + np.where(sl, rng.uniform(15, 45, len(idx)), rng.uniform(0.01, 0.3, len(idx)))
        pm.append(idx[proc])
        pt.append(ptime[proc])
        seen[idx[proc]] = True
        ok = proc & ~sl
        counts["refused_down"] += int(dn.sum())
        counts["timeouts"] += int(sl.sum())
        counts["errors_5xx"] += int(er.sum())
        alive[idx[ok]] = False
        if k < R:
            again = idx[~ok]
            counts["retries"] += len(again)
            t_att[again] = ta[~ok] + np.where(sl[~ok], 15.0, 0.0) + delays[k] * rng.uniform(0.85, 1.15, len(again))
    counts["discarded"] = int((~seen).sum())
    pm, pt = np.concatenate(pm), np.concatenate(pt)
    # SNS's own at-least-once duplicates of delivered messages (same MessageId)
    sd = rng.random(len(pm)) < rng.uniform(0.0005, 0.002)
    counts["sns_dups"] = int(sd.sum())
    pm = np.concatenate([pm, pm[sd]])
    pt = np.concatenate([pt, pt[sd] + rng.uniform(1, 30, int(sd.sum()))])
    persist = bool(rng.random() < 0.5)
    order = np.lexsort((pt, node[pm]))  # each node's copies in the order the monitor handled them
    pm, pt = pm[order], pt[order]
    nd = node[pm]
    epoch = np.zeros(len(pm), int) if persist else np.searchsorted(down[:, 0], pt)
    # the handler keeps each node's last clock time (in memory: lost at a restart where not persisted) and takes a
    # copy only where its node time is newer: its rate is its pages over the time since that node's last one
    grp = nd * 100000 + epoch
    start = np.ones(len(pm), bool)
    start[1:] = grp[1:] != grp[:-1]
    tn = te[pm]
    big = 1e9 * (np.cumsum(start) - 1)  # one running maximum serves all groups, each shifted far above the last
    cm = np.maximum.accumulate(np.where(start, -np.inf, np.concatenate([[-np.inf], tn[:-1]]) + big))
    prev = np.where(start, -np.inf, cm - big)
    newer = tn > prev + 1e-3  # (the shift leaves rounding of about 1e-7 s)
    first = start
    counts["stale_skipped"] = int((~newer).sum())
    counts["no_interval"] = int(first.sum())
    keep = newer & ~first
    interval = np.where(keep, tn - np.where(keep, prev, 0.0), 1.0)
    counts["long_intervals"] = int((keep & (interval > 1.5 * P)).sum())
    minute = np.floor(stamp[pm] / STEP).astype(int)
    W = rng.uniform(20, 90)
    close = (minute + 1) * STEP + W
    i = np.searchsorted(down[:, 0], close, side="right") - 1
    in_down = (i >= 0) & (close < down[np.maximum(i, 0), 1])
    close = np.where(in_down, down[np.maximum(i, 0), 1], close)  # a minute due while down closes on restart
    late = keep & (pt > close)
    counts["late"] = int(late.sum())
    wiped = np.zeros(len(pm), bool)
    if not persist and len(down):  # a restart loses the open minutes' sums held in memory
        j = np.searchsorted(down[:, 0], pt)  # the first restart after the copy
        rs = down[np.minimum(j, len(down) - 1), 0]
        wiped = keep & (j < len(down)) & (close > rs) & ~late
    counts["wiped"] = int(wiped.sum())
    ok = keep & ~late & ~wiped & (minute >= 0)
    cmsg, cmin, cnode, cint = pm[ok], minute[ok], nd[ok], interval[ok]
    key = cmin * 64 + cnode
    _, inv, cnt = np.unique(key, return_inverse=True, return_counts=True)
    cwt = 1.0 / (cint * cnt[inv])
    copies = np.bincount(cmsg, minlength=M)
    counts["split_intervals"] = int((np.floor(ts / STEP) != np.floor(te / STEP)).sum())
    return Path(P=P, ts=ts, te=te, share=share, stamp=stamp, cmsg=cmsg, cmin=cmin, cwt=cwt, node=node, copies=copies,
                down=down, W=W, persist=persist, custom_policy=custom, counts=counts)


def _path(rng, run: Run) -> Path:
    T = (run.n + 4) * STEP
    P = rng.uniform(20, 40)
    counts = dict.fromkeys(PATH_KEYS, 0)
    ts, te, share, node, stamp = _publish(rng, run, T, P, counts)
    path = _deliver(rng, run, T, P, ts, te, share, node, stamp, counts)
    return path


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for pages per tick ``J``: per minute of ``Timestamp`` the pages of its counted copies
    over 60 s (linear in ``J``; the copies' fates are the healthy run's)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    pages = (np.interp(p.te, edges, C) - np.interp(p.ts, edges, C)) * p.share
    v = np.bincount(p.cmin, weights=pages[p.cmsg] * p.cwt, minlength=run.n + 8)
    return v[:run.n]


def _spans(run: Run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or its neighbours do, the first half of a ramp, and a minute
    that read nothing."""
    n = run.n
    mark = h <= 0
    for a, b, _ in run.pauses_t:
        mark[max(0, int(a // STEP) - 1):max(0, min(n, int(np.ceil(b / STEP)) + 1))] = True
    for t0, rl, _ in run.ramps:
        mark[max(0, int(t0 // STEP)):max(0, min(n, int(np.ceil((t0 + rl / 2) / STEP))))] = True
    d = np.diff(np.concatenate([[0], mark.astype(int), [0]]))
    return [(int(s), int(e)) for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, listed changes)`` of one seed and setting."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2]), run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    job = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        job[max(0, int(a // STEP) - 1):max(0, min(n, int(np.ceil(b / STEP)) + 1))] = True
    run.path.counts["unread"] = int(((h <= 0) & ~job).sum())  # minutes the path left empty
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick (0 .. 1): a drop rises to 1 in ``tau`` 1-6 ticks; a leak ``(s / ramp) ** p``
    (``p`` 0.6-1.8) then 1; a straggler 1 in bursts (mean 30-240 ticks) and 0.05-0.25 between (mean 120-600)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
    phase = np.searchsorted(edges, s, side="right") - 1
    return np.where(phase % 2 == 0, 1.0, calm)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's pages lost (``a`` set so
    that the live loss is a drawn target), read through the same messages; ``(Event, (onset, loss))`` or None."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(np.ceil(t0 / TICK)), (run.nt if to_end else stop * K)
        if i1 - i0 < 10:
            continue
        L = np.zeros(run.nt)
        L[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        m = _reads(run, L)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = min(onset + ramp, stop - 5) if kind == "leak" else onset
        lv = live[c0:stop]
        ms = m[c0:stop][lv].sum()
        if ms <= 0:
            continue
        a = target * healthy[c0:stop][lv].sum() / ms
        if not 0 < a <= 1:
            continue
        v = healthy - a * m
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min((i0 + ramp * K) // K, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (a * m)[onset:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout159(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout159_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT159_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout159, seeds, n, pauses)
