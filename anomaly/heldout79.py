"""Heldout 79 (docstring to come)."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT79_SEEDS = tuple(range(792000, 792012))
CODE = 79
EPOCH = 1_769_904_000  # 2026-02-01 00:00 UTC, a multiple of 60 s
STEP = 60  # the Grafana panel's GROUP BY time(1m): one bucket, one point, keyed by its start
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (180, 600), "long": (900, 2100)},
       "valid": {"short": (90, 420), "long": (480, 1500)},
       "ckpt": {"short": (20, 90), "long": (60, 300)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (60, 240), "long": (300, 900)}}
# comparisons/s per GPU (lo, hi) for the reward model's size, at the first stage's pair lengths (packed to 4-8k)
MODELS = {"1.3b": (20.0, 45.0), "7b": (4.5, 10.0), "13b": (2.2, 5.5), "34b": (0.9, 2.2)}
CHECKS = (20, 30, 60)  # check_interval * interval_length (s)
RETRIES = (10, 15, 20)  # retry_interval * interval_length (s), at most the check interval
PROCESSING = (10, 15, 30, 60)  # service_perfdata_file_processing_interval (s)
LAGS = (45, 90, 150, 300)  # the watcher reads a bucket this many s (+ 0-3) after its end
PAUSED_SHARE = 1 / 6  # a point is paused when pauses (or a ramp's first half) fill this share of its window


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    return max(1, int(round(_logu(rng, *DUR[kind][setting]) / TICK)))


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple, unit: float = 60.0) -> np.ndarray:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, each ``dur`` (``unit`` s)."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        out.append((t, t + _logu(rng, *dur) * unit))
        t += rng.uniform(*every) * 3600
    return np.array(out).reshape(-1, 2)


def _inside(t: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """Which times ``t`` lie in one of the episodes ``eps``."""
    m = np.zeros(len(t), bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job on the ``TICK`` grid: its comparisons/s ``J``, each tick's process (``life``: from its start-up to
    the next one's), the pauses and the processes."""
    T = (n + 12) * K
    J, life, soft = np.zeros(T), np.zeros(T, int), np.zeros(T, bool)
    pauses, procs, ramps = [], [], []
    model = list(MODELS)[int(rng.integers(len(MODELS)))]
    per_gpu, gpn = rng.uniform(*MODELS[model]), int(rng.choice([4, 8], p=[0.3, 0.7]))
    eff = rng.uniform(0.9, 0.98)  # per doubling of the nodes
    nodes, stage, stage_f = int(rng.integers(2, 9)), 0, [1.0]
    fail_mean = rng.uniform(15, 60) * 3600 / TICK
    every = rng.uniform(30, 120) * 60 / TICK
    ck_every = int(rng.integers(1, 4))
    relaunch = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * T)
    t, ri = 0, 0

    def pause(a, b, kind):
        pauses.append((a, min(b, T), kind))

    while t < T:
        p = len(procs)
        born = t
        d = _ticks(rng, "startup", setting)
        pause(t, t + d, "startup")
        t += d
        level = per_gpu * gpn * nodes * eff ** np.log2(nodes) * stage_f[stage]
        start, graceful = t, False
        ramps.append((t, int(rng.uniform(36, 96)), rng.uniform(0.35, 0.65)))
        next_fail, n_eval = t + max(240, rng.exponential(fail_mean)), 0
        while t < T:
            next_eval = t + int(every * np.exp(rng.normal(0, 0.15)))
            if next_fail < next_eval:
                J[t:int(next_fail)] = level
                t = int(next_fail)
                end = t
                for kind in ("hang", "down"):
                    d = _ticks(rng, kind, setting)
                    pause(t, t + d, kind)
                    t += d
                break
            J[t:next_eval] = level
            t = end = next_eval
            d = _ticks(rng, "valid", setting)
            pause(t, t + d, "valid")
            t += d
            n_eval += 1
            if n_eval % ck_every == 0:
                d = _ticks(rng, "ckpt", setting)
                pause(t, t + d, "ckpt")
                t += d
                if ri < len(relaunch) and t >= relaunch[ri]:
                    ri += 1
                    d = _ticks(rng, "stop", setting)
                    pause(t, t + d, "stop")
                    t += d
                    graceful = True
                    break
            ramps.append((t, int(rng.uniform(6, 24)), rng.uniform(0.85, 0.97)))
        life[born:t] = p
        procs.append({"born": born, "start": start, "end": min(end, T), "nodes": nodes, "stage": stage,
                      "graceful": graceful, "level": level})
        if graceful:  # a second stage on a new preference batch (or a margin loss), or onto other nodes
            if stage < 2 and rng.random() < 0.5:
                stage_f.append(stage_f[-1] * np.exp(rng.choice([-1, 1]) * rng.uniform(0.15, 0.35)))
                stage += 1
            else:
                nodes = int(rng.choice([m for m in range(max(2, nodes - 3), min(8, nodes + 3) + 1) if m != nodes]))
    J = J[:T]
    J *= np.exp(hc.ou_path(rng, T * TICK, rng.uniform(0.02, 0.05), rng.uniform(1200, 7200), step=TICK)[:T]
                + rng.normal(0, rng.uniform(0.02, 0.05), T))
    J *= np.where(rng.random(T) < rng.uniform(0.002, 0.01), rng.uniform(0.3, 0.7, T), 1.0)  # collator stalls
    for a, m, f in ramps:
        m = min(m, T - a)
        if m > 0:
            J[a:a + m] *= np.linspace(f, 1, m)
            soft[a:a + m // 2] = True
    paused = np.zeros(T, bool)
    for a, b, _ in pauses:
        paused[a:b] = True
    J[paused] = 0.0
    H = max(q["nodes"] for q in procs)
    share = np.exp(rng.normal(0, rng.uniform(0.02, 0.05), (H, T)))  # packed pairs differ between the nodes
    for q, nxt in zip(procs, procs[1:] + [None]):
        b = nxt["born"] if nxt else T
        share[q["nodes"]:, q["born"]:b] = 0.0
    share /= share.sum(0)
    return SimpleNamespace(n=n, T=T, J=J, life=life, soft=soft, paused=paused, pauses=pauses, procs=procs, H=H,
                           share=share, model=model)


def _collection(rng, run: SimpleNamespace) -> dict:
    """Nagios Core's checks of every node, its perfdata file, Nagflux and the watcher's reads (times in s)."""
    S = run.T * TICK
    cfg = {"C": int(rng.choice(CHECKS)), "passive": rng.random() < 0.35, "counter": rng.random() < 0.6,
           "P": int(rng.choice(PROCESSING)), "L": int(rng.choice(LAGS)), "retained": rng.random() < 0.7}
    C = cfg["C"]
    cfg["R"] = min(C, int(rng.choice(RETRIES)))
    cfg["M"] = int(rng.integers(3, 6))  # max_check_attempts
    cfg["cron"] = cfg["passive"] and C == 60 and rng.random() < 0.5
    # Nagios reloads (config pushes) and restarts (upgrades): no check runs, no passive result is taken
    reloads = _episodes(rng, S, (2, 30), (6, 40), (3, 30), unit=1.0)
    restarts = _episodes(rng, S, (20, 150), (50, 200), (20, 120), unit=1.0)
    cfg["gaps"] = np.concatenate([reloads, restarts]) if len(restarts) else reloads
    busy = _episodes(rng, S, (10, 60), (20, 100), (10, 60))  # the scheduler's latency climbs
    timeouts = _episodes(rng, S, (5, 50), (20, 80), (5, 30))  # NRPE socket timeouts on a loaded node
    clocks = _episodes(rng, S, (10, 80), (30, 120), (10, 90))  # a node's chrony stopped (cron only matters)
    outs = _episodes(rng, S, (10, 100), (30, 150), (2, 25))  # InfluxDB down: Nagflux stops pulling
    cfg.update(busy=len(busy), timeouts=len(timeouts), outs=len(outs), clocks=len(clocks))
    lat_mean, busy_mean = rng.uniform(0.05, 0.6), rng.uniform(3, 30)
    p_base, p_ep = rng.uniform(0.001, 0.01), rng.uniform(0.2, 0.7)
    hosts = []
    for k in range(run.H):
        m = int(S / C) + 20
        nominal = rng.uniform(0, C) + C * np.arange(m)
        if cfg["cron"]:  # cron at :00 of the node's clock, then the interpreter's start
            off = rng.normal(0, 0.3) + np.where(_inside(nominal, clocks) & (rng.random() < 0.5),
                                                rng.choice([-1, 1]) * rng.uniform(5, 60), 0.0)
            t = 60.0 * np.arange(m) + rng.uniform(0.2, 2.0, m) - off
            ran = np.ones(m, bool)
        elif cfg["passive"]:  # a send loop sleeping C s after each send
            t = nominal[0] + np.concatenate([[0.0], np.cumsum(C + rng.uniform(0.05, 0.3, m - 1))])
            ran = np.ones(m, bool)
        else:  # active NRPE checks; the next is scheduled from this one's start (latency accumulates)
            fail = rng.random(m) < np.where(_inside(nominal, timeouts), p_ep, p_base)
            run_len = np.zeros(m, int)
            for i in np.nonzero(fail)[0]:
                run_len[i] = run_len[i - 1] + 1 if i else 1
            lat = rng.exponential(lat_mean, m) + np.where(_inside(nominal, busy), rng.exponential(busy_mean, m), 0)
            d = np.where(fail & (run_len < cfg["M"]), cfg["R"], C) + lat
            t = nominal[0] + np.concatenate([[0.0], np.cumsum(d[:-1])])
            ran = ~fail
        keep = np.ones(m, bool)
        for a, b in cfg["gaps"]:
            i, j = np.searchsorted(t, a), np.searchsorted(t, b)
            if i >= m:
                continue
            if cfg["passive"]:
                keep[i:j] = False  # submitted while Nagios did not read its command file
            elif cfg["retained"]:  # the overdue check runs at once, the schedule kept
                if j > i:
                    t[i] = b + rng.uniform(0, 2)
                    ran[i + 1:j] = keep[i + 1:j] = False
            else:  # checks spread again after the restart
                ran[i:j] = keep[i:j] = False
                if j < m:
                    t[j:] += b + rng.uniform(0, C) - t[j]
        order = np.argsort(t, kind="stable")
        t, ran, keep = t[order], ran[order], keep[order]
        ok = (t >= 0) & (t < S - 1) & (np.diff(t, prepend=-10.0) >= 2.0)  # never twice within 2 s
        t, ran, keep = t[ok], ran[ok], keep[ok]
        tr = t + rng.uniform(0.02, 0.3, len(t))  # the plugin reads the counter file
        lost = cfg["passive"] & (rng.random(len(t)) < rng.uniform(0.001, 0.01))  # NSCA / NRDP send failed
        stamp = tr + (rng.uniform(0.05, 1.5, len(t)) if cfg["passive"] else rng.uniform(0.0, 1.0, len(t)))
        hosts.append({"tr": tr, "stamp": stamp, "ran": ran, "sent": ran & keep & ~lost})
    cfg["hosts"] = hosts
    # the perfdata file is moved to Nagflux's spool every P s; Nagflux reads files 3 s old (scan every 1.5 s)
    o, P = rng.uniform(0, cfg["P"]), cfg["P"]
    slots = int(S / P) + 3
    vis_slot = o + P * np.arange(slots) + 3.0 + rng.uniform(0, 1.5, slots) + rng.uniform(0.1, 1.0, slots)
    for a, b in outs:
        i, j = np.searchsorted(vis_slot, a), np.searchsorted(vis_slot, b)
        vis_slot[i:j] = b + rng.uniform(5, 60) + np.linspace(0, 5, max(j - i, 0))  # the backlog flushed
    cfg["vis_slot"] = np.maximum.accumulate(vis_slot)
    cfg["o"] = o
    cfg["read"] = STEP * (np.arange(run.n) + 1) + cfg["L"] + rng.uniform(0, 3, run.n)
    return cfg


def _pairs(run: SimpleNamespace, cfg: dict) -> SimpleNamespace:
    """The read as a linear map of the nodes' counters: each point is a sum over ``(host, t1, t2, coef)`` of ``coef``
    times the host's comparisons between ``t1`` and ``t2`` (the panel's per-host value, summed over the hosts)."""
    n, cols, present, kept, sent_all = run.n, [], np.zeros(run.n, bool), 0, 0
    for k, hs in enumerate(cfg["hosts"]):
        tr, stamp, ran, sent = hs["tr"], hs["stamp"], hs["ran"], hs["sent"]
        life = run.life[np.minimum((tr // TICK).astype(int), run.T - 1)]
        slot = np.ceil((stamp - cfg["o"]) / cfg["P"]).astype(int)
        vis = cfg["vis_slot"][np.minimum(slot, len(cfg["vis_slot"]) - 1)]
        bk = (stamp // STEP).astype(int)
        if cfg["counter"]:  # non_negative_derivative(last(value), 1s) per host, GROUP BY time(1m)
            idx = np.nonzero(sent)[0]
            t_, b_, v_, l_ = tr[idx], bk[idx], vis[idx], life[idx]
            ub, first = np.unique(b_, return_index=True)
            endb = np.append(first[1:], len(b_))
            ok = ub < n
            ub, first, endb = ub[ok], first[ok], endb[ok]
            kv = np.searchsorted(v_, cfg["read"][ub], side="right")
            last = np.minimum(endb, kv) - 1
            seen = last >= first
            present[ub[seen]] = True
            prev = first - 1
            ok = seen & (prev >= 0)
            ok[ok] &= l_[prev[ok]] == l_[last[ok]]
            cols.append((np.full(ok.sum(), k), t_[prev[ok]], t_[last[ok]], ub[ok],
                         1.0 / (STEP * (ub[ok] - b_[prev[ok]]))))
            kept += int(np.minimum(endb, kv).clip(min=first).sum() - first.sum())
            sent_all += int(endb.sum() - first.sum())
        else:  # the plugin's own rate since its previous run (0 across a reset), mean(value) per host and minute
            ir = np.nonzero(ran)[0]
            pr = np.full(len(tr), -1)
            pr[ir[1:]] = ir[:-1]
            idx = np.nonzero(sent & (pr >= 0))[0]
            idx = idx[(bk[idx] < n) & (vis[idx] <= cfg["read"][np.minimum(bk[idx], n - 1)])]
            sent_all += int((sent & (bk < n)).sum())
            kept += len(idx)
            cnt = np.bincount(bk[idx], minlength=n)
            present[cnt > 0] = True
            same = life[pr[idx]] == life[idx]
            coef = np.where(same, 1.0 / (cnt[bk[idx]] * np.maximum(tr[idx] - tr[pr[idx]], 1e-3)), 0.0)
            cols.append((np.full(len(idx), k), tr[pr[idx]], tr[idx], bk[idx], coef))
    k, t1, t2, b, coef = (np.concatenate(c) for c in zip(*cols))
    return SimpleNamespace(k=k, t1=t1, t2=t2, b=b, coef=coef, present=present, seen=kept / max(sent_all, 1))


def _read(run: SimpleNamespace, J: np.ndarray, w0: int = 0) -> np.ndarray:
    """The points the watcher keeps for the job rate ``J`` on ticks ``[w0, w0 + len(J))`` (zero elsewhere)."""
    pr, W = run.pr, len(J)
    X = J * run.share[:, w0:w0 + W]
    cum = np.concatenate([np.zeros((run.H, 1)), np.cumsum(X, 1) * TICK], 1)
    sel = (pr.t2 > w0 * TICK) & (pr.t1 < (w0 + W) * TICK) if w0 or W < run.T else slice(None)
    k, coef, b = pr.k[sel], pr.coef[sel], pr.b[sel]

    def at(t):
        u = np.clip(t / TICK - w0, 0, W)
        i = np.minimum(u.astype(int), W - 1)
        return cum[k, i] + (u - i) * X[k, i] * TICK

    return np.bincount(b, coef * (at(pr.t2[sel]) - at(pr.t1[sel])), minlength=run.n)[:run.n]


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: the job, the points the watcher keeps, the pause spans, the live
    points and the listed changes (the planned relaunches' first points after their pauses)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    cfg = _collection(rng, run)
    run.cfg = {k: v for k, v in cfg.items() if k not in ("hosts", "vis_slot", "read")}
    run.pr = _pairs(run, cfg)
    h = np.maximum(_read(run, run.J), 0.0)
    # a point's window: its minute and the check interval before it (a counter's difference or a plugin's rate)
    q = np.concatenate([[0], np.cumsum(run.paused | run.soft)])
    lo = np.clip(np.arange(n) * K - cfg["C"] // TICK, 0, run.T)
    hi = np.arange(1, n + 1) * K
    bad = (q[hi] - q[lo]) / (hi - lo) >= PAUSED_SHARE
    bad |= (h <= 0) | ~run.pr.present
    bad[1:] |= bad[:-1].copy()
    h[~run.pr.present] = 0.0
    spans, live = [], ~bad
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    starts = [q2["start"] * TICK // STEP for q1, q2 in zip(run.procs, run.procs[1:]) if q1["graceful"]]
    changes = hc.change_points([int(c) for c in starts], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape over ``length`` ticks: a drop rises to 1 over 1-6 points, a straggler switches between
    bursts at 1 (mean 5-40 min) and calm at 0.1-0.3 (mean 10-60 min), a leak grows as ``(s / ramp) ** p``."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 1.5)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 40) * K, rng.uniform(10, 60) * K)
    on = (np.searchsorted(edges, s, side="right") % 2) == 1
    return np.where(on, 1.0, rng.uniform(0.1, 0.3))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # within 30 s before to 60 s after a pause's end
            ends = [b * TICK for a, b, _ in run.pauses if lo * STEP <= b * TICK - 30 and b * TICK + 60 < last * STEP]
            if not ends:
                continue
            t0 = ends[int(rng.integers(len(ends)))] + rng.uniform(-30, 60)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        k0, k1 = int(t0 // TICK), min(run.T, (n if to_end else stop) * K)
        if kind == "leak":  # it ends with its process
            k1 = min(k1, next((q["end"] for q in run.procs if q["born"] <= k0 < q["end"]), k0))
            if (k1 - k0) // K <= ramp:
                continue
        if k1 - k0 < 10 * K:
            continue
        loss = _read(run, run.J[k0:k1] * _weight(rng, kind, k1 - k0, ramp * K), k0)
        end_pt = min(n, k1 // K + 1)
        lv = live[onset:end_pt]
        hs, ls = healthy[onset:end_pt][lv].sum(), loss[onset:end_pt][lv].sum()
        if hs <= 0 or ls <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / ls
        if a > 0.8:
            continue
        nz = np.nonzero(loss)[0]
        if len(nz) == 0:
            continue
        at, m = int(nz[0]), a * loss[nz[0]:nz[-1] + 1]
        v = np.maximum(healthy[at:at + len(m)] - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        full = healthy.copy()
        full[at:at + len(v)] = v
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m)
    return None


def make_heldout79(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(7,))


def heldout79_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT79_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout79, seeds, n, pauses)
