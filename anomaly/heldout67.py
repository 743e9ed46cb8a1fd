"""The sixty-seventh held-out throughput family: a motion-forecasting model's (Wayformer / MTR-style) training scenes/s,
each rank's Prometheus counter scraped by Prometheus, remote-written to an M3 cluster and read back per minute by a
Grafana panel through M3 Query as ``sum(rate(motion_train_scenes_total[w]))``.

DOCSTRING-PLACEHOLDER
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT67_SEEDS = tuple(range(672000, 672012))
CODE = 67  # the random streams' code
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
EPOCH = 1_790_006_400  # 2026-09-22 00:00 UTC: a multiple of 3600, so 1- and 2-minute buckets align on it
S0 = 1200  # the first point's evaluation time, s after the job's start
DT = 60.0  # the panel's step
RANKS_PER_NODE = 8
TABLE = {  # pause lengths (s): evaluation lo/hi, checkpoint extra lo/hi, restart downtime lo/hi
    "short": ((240, 600), (60, 200), (300, 720)),
    "long": ((1200, 2700), (300, 720), (1500, 4200)),
}
CAP = {"short": 960.0, "long": 6000.0}


@dataclass
class Run:
    """One job and its collection path: the per-second rate of the job (``rate``, scenes/s over all ranks), its pauses
    and incarnations, and the samples M3 Query reads (per series: sample times, visible times, indices of values)."""

    n: int
    setting: str
    rate: np.ndarray
    train: np.ndarray
    pauses_t: list = field(default_factory=list)  # (t0, t1, kind): GPUs idle from t0, training again from t1
    known_t: list = field(default_factory=list)  # resume times of the curriculum switches
    restarts: list = field(default_factory=list)  # (death, resume, same_pods)
    procs: list = field(default_factory=list)  # (process start, death) per incarnation
    stats: dict = field(default_factory=dict)
    ranks: int = 8
    scrape: float = 15.0
    agg: bool = False
    res: float = 60.0
    w: float = 75.0
    read: np.ndarray | None = None  # when each point was read (s)
    t_eval: np.ndarray | None = None  # each point's evaluation time (s)
    s_sec: np.ndarray | None = None  # per sample: the second its value is read at
    s_p0: np.ndarray | None = None  # per sample: its incarnation's start second
    series: list = field(default_factory=list)  # (times, visible, sample indices) per series, as M3 Query reads them
    windows: list = field(default_factory=list)  # per series: the samples each point's rate reads (``_windows``)


def _ramp(x: np.ndarray, r0: float, length: float) -> np.ndarray:
    return np.where(x < length, r0 + (1 - r0) * np.clip(x / length, 0, 1), 1.0)


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: its pauses, restarts, curriculum switches and per-second scenes/s."""
    L = int(S0 + DT * n + 1200)
    nodes = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.2, 0.25]))
    ranks = nodes * RANKS_PER_NODE
    level = ranks * rng.uniform(25, 110)  # scenes/s of the whole job on the first curriculum stage
    ev_lo, ev_hi = TABLE[setting][0]
    ck_lo, ck_hi = TABLE[setting][1]
    dn_lo, dn_hi = TABLE[setting][2]
    ev_every = rng.uniform(2700, 7200)  # training seconds between closed-loop evaluations
    ck_every = int(rng.integers(2, 5))
    re_mean = rng.uniform(12, 32) * 3600.0
    re_t = list(np.cumsum(rng.exponential(re_mean, 12)))
    n_sw = int(rng.integers(2, 5))
    sw_t = sorted(rng.uniform(0.1, 0.85, n_sw) * L)
    run = Run(n=n, setting=setting, rate=np.zeros(L), train=np.zeros(L, bool), ranks=ranks)
    factor = np.ones(L)  # curriculum (cost of the current scene mix)
    ramp = np.ones(L)
    cur = 1.0
    startup = rng.uniform(60, 150)
    t = startup
    run.procs.append([0.0, np.inf])
    ramp_r0, ramp_len = 0.25, rng.uniform(60, 180)
    since_eval, n_eval, last_resume = 0.0, 0, t
    due = ev_every * rng.uniform(0.9, 1.1)
    n_ck = n_re = n_fail = 0
    while t < L:
        while re_t and re_t[0] < last_resume + 1200:
            re_t[0] = last_resume + rng.uniform(1200, 2400)
            re_t.sort()
        to_eval = due - since_eval
        nxt_re = re_t[0] if re_t else np.inf
        stop = min(t + to_eval, nxt_re, L)
        a, b = int(np.ceil(t)), int(np.ceil(min(stop, L)))
        run.train[a:b] = True
        factor[a:b] = cur
        ramp[a:b] = _ramp(np.arange(a, b) - t, ramp_r0, ramp_len)
        if stop >= L:
            break
        if nxt_re <= t + to_eval:  # a restart: every rank's process dies
            re_t.pop(0)
            since_eval += stop - t
            fail = rng.random() < 0.55  # a node failure (else a spot preemption of one node)
            same = rng.random() < (0.25 if fail else 0.5)  # containers restarted in their pods (same labels)
            down = min(rng.uniform(dn_lo, dn_hi) * np.exp(rng.normal(0, 0.2)), CAP[setting])
            resume = stop + down
            run.pauses_t.append((stop, resume, "restart"))
            run.restarts.append((stop, resume, same))
            run.procs[-1][1] = stop
            run.procs.append([resume - rng.uniform(45, 150), np.inf])
            n_re += 1
            n_fail += fail
            t = last_resume = resume
            ramp_r0, ramp_len = rng.uniform(0.15, 0.35), rng.uniform(60, 180)
            continue
        n_eval += 1
        ck = n_eval % ck_every == 0
        dur = rng.uniform(ev_lo, ev_hi) * np.exp(rng.normal(0, 0.2))
        if ck:
            dur += rng.uniform(ck_lo, ck_hi)
            n_ck += 1
        dur = min(dur, CAP[setting])
        run.pauses_t.append((stop, stop + dur, "ckpt" if ck else "eval"))
        t = stop + dur
        if re_t and re_t[0] < t:  # a restart due during the evaluation waits for its end
            re_t[0] = t + rng.uniform(120, 900)
            re_t.sort()
        if sw_t and sw_t[0] < stop:  # the curriculum advances after the evaluation
            sw_t.pop(0)
            move = rng.uniform(0.1, 0.3)
            cur *= np.exp(-move if rng.random() < 0.8 else move)
            run.known_t.append(t)
        since_eval, due = 0.0, ev_every * rng.uniform(0.9, 1.1)
        ramp_r0, ramp_len = rng.uniform(0.6, 0.8), rng.uniform(20, 60)
    # the job's per-second scenes/s while training
    sd = rng.uniform(0.03, 0.06)
    noise = np.exp(sd * rng.standard_t(5, L) / np.sqrt(5 / 3))
    ou = np.repeat(hc.ou_path(rng, L, rng.uniform(0.008, 0.025), rng.uniform(600, 2400)), 60)[:L]
    period, stall, depth = rng.uniform(240, 600), rng.uniform(8, 25), rng.uniform(0.55, 0.85)
    cum = np.cumsum(run.train)
    edges = np.cumsum(period * rng.uniform(0.85, 1.15, int(L / period) + 3))
    k = np.searchsorted(edges, cum, side="right") - 1
    since = cum - np.where(k >= 0, edges[np.maximum(k, 0)], -1e9)
    rhythm = np.where((since >= 0) & (since < stall), depth, 1.0)
    run.rate = np.where(run.train, level * factor * noise * np.exp(ou) * rhythm * ramp, 0.0)
    run.stats = dict(nodes=nodes, ranks=ranks, level=level, evals=n_eval, ckpts=n_ck, restarts=n_re,
                     node_failures=n_fail, noise_sd=sd)
    return run


def _collect(rng, run: Run) -> None:
    """The collection path: scrapes of each rank's counter, remote write to M3 (slow episodes, rejections), the
    namespace the panel reads (raw samples, or the aggregated namespace's last value per bucket) and the reads."""
    n, L = run.n, len(run.rate)
    run.scrape = float(rng.choice([15.0, 30.0]))
    run.agg = bool(rng.random() < 0.5)
    if run.agg:
        run.res = float(rng.choice([60.0, 120.0], p=[0.7, 0.3]))
        run.w = run.res * float(rng.choice([3.0, 4.0, 5.0]))  # at 2 buckets the newest, not yet flushed, leaves one
    else:
        run.w = max(DT + run.scrape, 4 * run.scrape)  # Grafana's $__rate_interval at a 1-minute step
    buffer_past = float(rng.choice([300.0, 600.0]))
    flush_lag = rng.uniform(10, 45)
    # M3 slow episodes (compaction, a tick, a node bootstrapping): writes time out, Prometheus retries
    eps = []
    mean = rng.uniform(15, 40) * 3600
    t = rng.exponential(mean)
    while t < L:
        d = rng.uniform(60, 480)
        eps.append((t, t + d, rng.uniform(4, 15)))
        t += d + rng.exponential(mean)
    run.t_eval = S0 + DT * np.arange(n)
    hold, every = rng.uniform(20, 90), float(rng.choice([30.0, 60.0]))
    phase = rng.uniform(0, every)
    run.read = phase + every * np.ceil((run.t_eval + hold - phase) / every)
    secs, p0s, series = [], [], []
    base = 0
    n_rej = n_late = 0
    pod_series = None
    for i, (p0, p1) in enumerate(run.procs):
        same = i > 0 and run.restarts[i - 1][2]
        p1 = min(p1, L - 1)
        for r in range(run.ranks):
            if not same:
                ph = rng.uniform(0, run.scrape)
                first = p0 + rng.uniform(5, 30)  # service discovery finds the new pod
            else:
                ph = pod_series[r][0]
                first = p0 + rng.uniform(5, 20)  # the metrics endpoint answers again
            ts = ph + run.scrape * np.arange(np.ceil((first - ph) / run.scrape), np.floor((p1 - ph) / run.scrape) + 1)
            ts = ts[(ts >= first) & (ts < p1)]
            arr = ts + rng.uniform(1, 6, len(ts))
            for e0, e1, speed in eps:
                m = arr >= e0
                arr[m] = np.maximum(arr[m], e1 + (ts[m] - e0) / speed)
            arr = np.maximum.accumulate(arr) if len(arr) else arr
            ok = arr - ts <= buffer_past  # older samples are refused with a 400 and dropped
            n_rej += int((~ok).sum())
            ts, arr = ts[ok], arr[ok]
            idx = base + np.arange(len(ts))
            secs.append(ts.astype(int))
            p0s.append(np.full(len(ts), int(np.ceil(p0))))
            base += len(ts)
            if same:
                s_ts, s_vis, s_idx = series[pod_series[r][1]]
                series[pod_series[r][1]] = (np.concatenate([s_ts, ts]), np.concatenate([s_vis, arr]),
                                            np.concatenate([s_idx, idx]))
            else:
                series.append((ts, arr, idx))
                if r == 0:
                    pod_series = []
                pod_series.append((ph, len(series) - 1))
    if run.agg:  # the downsampler keeps the last value of each bucket that reached it before the bucket's flush
        out = []
        for ts, arr, idx in series:
            b = np.floor(ts / run.res)
            end = (b + 1) * run.res
            ok = arr <= end + flush_lag
            n_late += int((~ok).sum())
            b, idx2 = b[ok], idx[ok]
            last = np.r_[b[1:] != b[:-1], True] if len(b) else np.zeros(0, bool)
            stamp = (b[last] + 1) * run.res
            out.append((stamp, stamp + flush_lag + 1.0, idx2[last]))
        series = out
    run.s_sec, run.s_p0, run.series = np.concatenate(secs), np.concatenate(p0s), series
    run.stats.update(series=len(series), episodes=len(eps), rejected=n_rej, late_for_bucket=n_late,
                     samples=base)


def _windows(run: Run) -> None:
    """Per series, which samples each point's ``rate`` reads: those in ``(T - w, T]`` that M3 had stored when the
    point was read (two at least; the points with fewer get nothing from the series). Kept with the window's
    geometry, which the values do not change."""
    T, rd, w = run.t_eval, run.read, run.w
    out = []
    for ts, vis, idx in run.series:
        if len(ts) < 2:
            continue
        lo = np.searchsorted(ts, T - w, side="right")
        hi = np.minimum(np.searchsorted(ts, T, side="right"), np.searchsorted(vis, rd, side="right"))
        jj = np.nonzero(hi - lo >= 2)[0]
        if not len(jj):
            continue
        f, la = lo[jj], hi[jj] - 1
        si = ts[la] - ts[f]
        avg = si / (la - f)
        out.append((jj, f, la, si, avg, ts[f] - (T[jj] - w), T[jj] - ts[la], idx))
    run.windows = out


def _values(run: Run, rate: np.ndarray, j0: int = 0, j1: int | None = None) -> np.ndarray:
    """The panel's points ``[j0, j1)`` for the per-second scenes/s ``rate``: ``sum(rate(x[w]))`` over the series,
    each Prometheus' extrapolated rate (counter resets corrected; a start at zero extrapolated no further back than
    the counter's zero); 0 where no series answers."""
    j1 = run.n if j1 is None else j1
    C = np.concatenate([[0.0], np.cumsum(rate)])
    tot = np.zeros(j1 - j0)
    for jj, f, la, si, avg, ds, de, idx in run.windows:
        a, b = np.searchsorted(jj, j0), np.searchsorted(jj, j1)
        if a >= b:
            continue
        f, la, si, avg, ds, de = f[a:b], la[a:b], si[a:b], avg[a:b], ds[a:b], de[a:b]
        s0, s1 = f[0], la[-1] + 1
        sl = idx[s0:s1]
        v = (C[run.s_sec[sl]] - C[run.s_p0[sl]]) / run.ranks
        c = v + np.concatenate([[0.0], np.cumsum(np.where(v[1:] < v[:-1], v[:-1], 0.0))])
        f, la = f - s0, la - s0
        res = c[la] - c[f]
        vf = v[f]
        with np.errstate(divide="ignore", invalid="ignore"):
            dz = np.where((res > 0) & (vf >= 0), si * vf / res, np.inf)
        ds = np.minimum(ds, dz)
        thr = 1.1 * avg
        ext = si + np.where(ds < thr, ds, avg / 2) + np.where(de < thr, de, avg / 2)
        tot[jj[a:b] - j0] += res * ext / si / run.w
    return tot


def _spans(run: Run) -> list[tuple[int, int]]:
    """The points whose window (and the scrape or bucket before it) touches a pause, or the ramp's first half after."""
    edge = run.res if run.agg else run.scrape
    spans = []
    for a, b, kind in run.pauses_t:
        ramp = 180.0 if kind == "restart" else 60.0
        lo, hi = a - edge, b + 0.5 * ramp
        s = int(np.ceil((lo - S0) / DT + 1e-9))  # first point with T_j > lo
        e = int(np.floor((hi + run.w + edge - S0) / DT)) + 1  # last point whose window starts before hi
        s, e = max(s, 0), min(e, run.n)
        if s < e:
            hc.add_span(spans, s, e)
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy values, pause spans, live mask, listed changes)`` of one seed."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    _collect(rng, run)
    _windows(run)
    healthy = _values(run, run.rate)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(np.ceil((t - S0) / DT)) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight over its ``length`` seconds: a drop steps in over ``tau`` s, a straggler comes in
    bursts, a leak grows as a power of time over ``ramp`` s, then holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(5, 90))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(40, 240), rng.uniform(90, 500))
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, rng.uniform(0.1, 0.35))
    return np.minimum(1.0, s / ramp) ** rng.uniform(0.8, 2.2)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the points ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_hi = S0 + DT * lo, S0 + DT * last
        if rng.random() < 0.35:  # the job resumes slower: from the second half of a pause to 90 s after it
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_hi]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + 90)
        else:
            t0 = rng.uniform(t_lo, t_hi)
        onset = int(np.ceil((t0 - S0) / DT))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0 = int(t0)
        s1 = len(run.rate) if to_end else int(S0 + DT * stop)
        wgt = _weight(rng, kind, s1 - s0, int(ramp * DT))
        r = run.rate[s0:s1]
        if r.sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.09, 0.3), "straggler": rng.uniform(0.1, 0.28)}.get(kind, rng.uniform(0.12, 0.3))
        lo_a, hi_a = 0.0, 8.0
        if 1 - (r / (1 + hi_a * wgt)).sum() / r.sum() < target:
            continue
        for _ in range(30):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if 1 - (r / (1 + mid * wgt)).sum() / r.sum() < target else (lo_a, mid)
        mod = (s0, s1, 1.0 / (1.0 + 0.5 * (lo_a + hi_a) * wgt))
        j1 = n if to_end else min(n, hi + 2)
        v = _with(run, healthy, [mod], lo, j1)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=lo)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.ceil((t0 + ramp * DT - S0) / DT)), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        full = healthy.copy()
        full[lo:j1] = v
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def _with(run: Run, healthy: np.ndarray, mods, j0: int = 0, j1: int | None = None) -> np.ndarray:
    """The points ``[j0, j1)`` with the regressions ``mods`` (``(s0, s1, factor per second)``); a point whose
    window ends before a regression's first second or starts after its last scrape or bucket is the healthy one (a
    counter lowered for good changes no later rate but for float rounding, which is dropped)."""
    j1 = run.n if j1 is None else j1
    rate = run.rate.copy()
    keep = np.ones(j1 - j0, bool)
    T = run.t_eval[j0:j1]
    edge = run.res if run.agg else run.scrape
    for s0, s1, f in mods:
        rate[s0:s1] *= f
        keep &= (T < s0) | (T - run.w > s1 + 2 * edge)
    v = _values(run, rate, j0, j1)
    return np.where(keep, healthy[j0:j1], v)


def make_heldout67(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    def series(mods):
        return _with(run, healthy, mods)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, KIND_P, changes, series, healthy, live)
    return Trace(values=values, timestamps=EPOCH + run.t_eval.astype(float), events=events, pauses=spans, seed=seed,
                 healthy=healthy, changes=changes)


def heldout67_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT67_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout67, seeds, n, pauses)
