"""The seventy-fifth held-out throughput family: a monocular depth-estimation model's (DPT / Depth Anything /
ZoeDepth-style: a ViT encoder with a dense prediction head) training images/s on 2-8 GPU nodes; every rank exposes a
cumulative image counter on its own OpenMetrics endpoint, each node's ``pmdaopenmetrics`` turns it into a PCP counter
metric (one instance per rank), the node's ``pmlogger`` records it every ``I`` s, ``pmproxy`` loads the archives into
Valkey, and a watcher reads the job's series back once a minute through the PCP time-series layer, rate-converting
each series as the Grafana PCP plugin does and summing over the ranks.

DOCSTRING_BODY
"""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT75_SEEDS = tuple(range(752000, 752012))
CODE = 75
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole minute (and a day's start: pmlogger_daily runs at 00:10)
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
# pause lengths (s): (lo, hi) per setting, each drawn log-uniform in its range
DUR = {"startup": {"short": (240, 720), "long": (720, 1800)},
       "eval": {"short": (60, 300), "long": (480, 1200)},
       "ckpt": {"short": (10, 40), "long": (40, 150)},
       "epoch": {"short": (10, 45), "long": (30, 120)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (120, 300), "long": (300, 1200)}}
INTERVALS = (10, 15, 30, 60)  # pmlogger's logging interval ``I`` (s), drawn 1:1.5:1.5:1
ENCODERS = {"vits": (60.0, 90.0, (16, 32)), "vitb": (28.0, 45.0, (8, 16)), "vitl": (9.0, 16.0, (4, 8))}  # img/s/GPU
MAX_NODES = 11


def _logu(rng, lo: float, hi: float) -> int:
    return int(round(np.exp(rng.uniform(np.log(lo), np.log(hi)))))


def _dur(rng, kind: str, setting: str) -> int:
    return _logu(rng, *DUR[kind][setting])


class _Run:
    """The simulated job, its PCP samples and the watcher's reads (attributes set by :func:`_simulate`)."""


def _schedule(rng, run, T: int, setting: str) -> None:
    """The job's launches (``run.procs``), pauses (``run.pauses_t``, whole seconds), ramps and planned changes."""
    pauses, ramps, procs, known = [], [], [], []
    nodes, mix, level = run.nodes0, 0, 1.0
    relaunch = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * T)
    mtbf = rng.uniform(15, 50) * 3600
    fail_at = rng.exponential(mtbf)
    t = 0
    while t < T:
        p = {"start": t, "nodes": nodes, "mix": mix, "level": level, "graceful": False}
        su = _dur(rng, "startup", setting)
        pauses.append((t, t + su, "startup"))
        t += su
        p["train"] = t
        if procs and procs[-1]["graceful"]:
            known.append(t)
        ramps.append((t, int(rng.uniform(180, 480)), rng.uniform(0.35, 0.65)))
        fail_at = max(fail_at, t + 1200)
        epoch_end = t + rng.uniform(40, 150) * 60
        ck_at = t + rng.uniform(20, 60) * 60
        while t < T:
            due_stop = bool(relaunch) and t >= relaunch[0]
            nxt = int(min(epoch_end, ck_at, fail_at, T))
            t = max(nxt, t + 1)
            if t >= T:
                break
            if t >= fail_at:  # a node fails: the job hangs until the NCCL timeout, then is down
                hang = _dur(rng, "hang", setting)
                pauses.append((t, t + hang, "hang"))
                p["end"] = t + hang
                down = _dur(rng, "down", setting)
                pauses.append((t + hang, t + hang + down, "down"))
                t += hang + down
                fail_at = t + rng.exponential(mtbf)
                break
            if t >= epoch_end:  # validation on the benchmark sets, a checkpoint, the loader's workers re-spawned
                for kind in ("eval", "ckpt", "epoch"):
                    d = _dur(rng, kind, setting) * (2 if kind == "epoch" and run.cold else 1)
                    pauses.append((t, t + d, kind))
                    t += d
                ramps.append((t, int(rng.uniform(30, 120)), rng.uniform(0.80, 0.95)))
                epoch_end = t + rng.uniform(40, 150) * 60
                ck_at = t + rng.uniform(20, 60) * 60
            else:  # a checkpoint by training time
                d = _dur(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
                t += d
                ck_at = t + rng.uniform(20, 60) * 60
            if t >= fail_at:  # a failure due in a pause strikes as it ends
                continue
            if due_stop or (relaunch and t >= relaunch[0]):  # a planned relaunch after the checkpoint
                relaunch.pop(0)
                p["end"], p["graceful"] = t, True
                stop = _dur(rng, "stop", setting)
                pauses.append((t, t + stop, "stop"))
                t += stop
                if rng.random() < 0.7:
                    step = int(rng.integers(1, 4)) * (1 if rng.random() < 0.5 else -1)
                    nodes = int(np.clip(nodes + step, 2, MAX_NODES - 1))
                    if nodes == p["nodes"]:
                        nodes = p["nodes"] + (1 if p["nodes"] < MAX_NODES - 1 else -1)
                else:
                    mix += 1
                    level *= np.exp(rng.uniform(0.12, 0.3) * (-1 if rng.random() < 0.5 else 1))
                break
        p.setdefault("end", min(t, T))
        procs.append(p)
    run.pauses_t = [(a, min(b, T), k) for a, b, k in pauses if a < T]
    run.ramps, run.procs, run.known_t = ramps, procs, [k for k in known if k < T]


def _rates(rng, run, T: int) -> None:
    """Steps/s per second (``run.rate``), the ranks stepping together; ``run.bad``: a pause or a ramp's first half."""
    on = np.zeros(T, bool)
    lv = np.zeros(T)
    pid = np.full(T, -1)
    nup = np.zeros(T, int)
    for i, p in enumerate(run.procs):
        on[p["train"]:p["end"]] = True
        pid[p["start"]:p["end"]] = i
        nup[p["start"]:p["end"]] = p["nodes"]
        lv[p["start"]:p["end"]] = run.sps * run.eff ** np.log2(p["nodes"]) * p["level"]
    bad = np.zeros(T, bool)
    for a, b, _ in run.pauses_t:
        on[a:b] = False
        bad[a:b] = True
    ramp = np.ones(T)
    for t0, d, f in run.ramps:
        if t0 < T:
            s = np.arange(min(d, T - t0))
            ramp[t0:t0 + len(s)] = f + (1 - f) * s / d
            bad[t0:t0 + min(d // 2, T - t0)] = True
    noise = rng.normal(0, run.jitter, T)
    slow = np.where(rng.random(T) < run.p_slow, rng.uniform(0.2, 0.7, T), 1.0)  # a shard fetch stalls the loader
    ou = hc.ou_path(rng, T, run.drift, rng.uniform(300, 1800))
    drift = np.repeat(ou, 60)[:T]
    run.rate = np.where(on, lv * ramp * slow * np.exp(noise + drift), 0.0)
    run.bad, run.pid, run.nup = bad, pid, nup
    run.cum = np.concatenate([[0.0], np.cumsum(run.rate)])


def _at(cum: np.ndarray, t: np.ndarray) -> np.ndarray:
    """A cumulative per-second count at fractional times ``t``."""
    i = np.minimum(t.astype(int), len(cum) - 2)
    return cum[i] + (t - i) * (cum[i + 1] - cum[i])


def _episodes(rng, T: int, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, ``dur`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _samples(rng, run, T: int) -> None:
    """Every node's pmlogger samples: time, delivery to Valkey, the rank's counter and the rate the watcher makes."""
    I = run.I
    ck = np.zeros(T, bool)
    for a, b, k in run.pauses_t:
        if k == "ckpt":
            ck[a:b] = True
    backlog = _episodes(rng, T, (10, 50), (20, 80), (120, 900))  # pmproxy / Valkey behind on loading
    cols = {k: [] for k in ("t", "node", "c", "pid")}
    run.restarts_pcp = run.pmcd_gaps = run.fetch_fail = 0
    for j in range(MAX_NODES):
        # the node's pmlogger: restarted by pmlogger_daily every day at 00:10 (a new archive, a new phase); pmcd or
        # the openmetrics PMDA restarted in episodes (no values for 20-180 s)
        cuts = [(a, b) for a, b in _episodes(rng, T, (10, 60), (20, 100), (20, 180))]
        run.pmcd_gaps += len(cuts)
        for day in range(0, T, 86400):
            a = day + 600 + rng.uniform(0, 120)
            if a < T:
                cuts.append((a, a + rng.uniform(2, 30)))
                run.restarts_pcp += 1
        cuts.sort()
        edges = [0.0] + [x for ab in cuts for x in ab] + [float(T)]
        ts = []
        for a, b in zip(edges[0::2], edges[1::2]):
            if b > a:
                ts.append(np.arange(a + rng.uniform(0, I), b, I))
        t = np.concatenate(ts) + rng.uniform(0.01, 0.3, sum(len(x) for x in ts))  # pmdaopenmetrics' fetch
        t = t[t < T - 1]
        sec = t.astype(int)
        up = j < run.nup[sec]  # the rank's endpoint answers only while its process runs
        fail = rng.random(len(t)) < np.where(ck[sec], run.q_ck, run.q)  # the 2 s URL fetch timed out
        run.fetch_fail += int((up & fail).sum())
        keep = up & ~fail
        t, sec = t[keep], sec[keep]
        pid = run.pid[sec]
        start = np.array([p["start"] for p in run.procs])[pid]
        c = np.floor(_at(run.cum, t) - run.cum[start] + 1e-9)  # whole steps since the process started
        cols["t"].append(t)
        cols["node"].append(np.full(len(t), j))
        cols["c"].append(c)
        cols["pid"].append(pid)
    run.st, run.snode, run.sc, run.spid = (np.concatenate(cols[k]) for k in ("t", "node", "c", "pid"))
    delay = run.base_delay + rng.exponential(1.0, len(run.st))
    d = run.st + delay
    for a, b in backlog:
        inside = (run.st >= a) & (run.st < b)
        d[inside] = np.maximum(d[inside], b + rng.uniform(0, 30, int(inside.sum())))
    run.backlog = backlog
    run.sd = d
    # per node, the samples in time order (they are already): the previous one, the rate (null where it fell)
    prev = np.r_[-1, np.arange(len(run.st) - 1)]
    first = np.r_[True, run.snode[1:] != run.snode[:-1]]
    prev[first] = -1
    for j in np.unique(run.snode):  # loading is in order per node: a sample arrives after its predecessor
        m = run.snode == j
        run.sd[m] = np.maximum.accumulate(run.sd[m])
    run.sprev = prev
    ok = prev >= 0
    dc = np.where(ok, run.sc - run.sc[np.maximum(prev, 0)], -1.0)
    run.sok = ok & (dc >= 0)  # a counter that fell (a new process) gives no rate
    run.sdt = np.where(ok, run.st - run.st[np.maximum(prev, 0)], 1.0)
    run.sr = np.where(run.sok, dc, 0.0) / run.sdt * run.B * run.gpn  # images/s of the node's ranks


def _read(run, per_sample: np.ndarray) -> np.ndarray:
    """The watcher's point per minute: per node the mean of the rates stamped in the minute and loaded by the read,
    summed over the nodes (the ranks' series of a node are alike); a minute with none reads 0."""
    inc = run.inc
    key = run.smin[inc] * MAX_NODES + run.snode[inc]
    size = run.M * MAX_NODES
    s = np.bincount(key, per_sample[inc], minlength=size)
    k = np.bincount(key, minlength=size)
    mean = np.where(k > 0, s / np.maximum(k, 1), 0.0)
    return mean.reshape(run.M, MAX_NODES).sum(axis=1)


def _point(run, t: float) -> int:
    """The first point whose minute holds or follows time ``t``."""
    return int(np.searchsorted(run.km, t // 60))


def _simulate(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _Run()
    run.n, run.M = n, n + 240
    T = run.T = 60 * run.M
    run.encoder = ("vits", "vitb", "vitl")[int(rng.choice(3, p=[0.25, 0.35, 0.40]))]
    lo, hi, (b_lo, b_hi) = ENCODERS[run.encoder]
    run.B = int(rng.choice([b_lo, (b_lo + b_hi) // 2, b_hi]))  # images per rank and step
    run.gpn = int(rng.choice([4, 8], p=[0.3, 0.7]))
    run.nodes0 = int(rng.integers(2, 9))
    run.sps = rng.uniform(lo, hi) / run.B  # steps/s of one GPU alone
    run.eff = rng.uniform(0.93, 0.99)  # per doubling of the nodes
    run.jitter, run.p_slow, run.drift = rng.uniform(0.04, 0.12), rng.uniform(0.003, 0.015), rng.uniform(0.01, 0.03)
    run.cold = bool(rng.random() < 0.35)  # shards streamed from object storage with no local cache
    run.I = int(rng.choice(INTERVALS, p=[0.2, 0.3, 0.3, 0.2]))
    run.q, run.q_ck = rng.uniform(0.001, 0.01), rng.uniform(0.1, 0.4)
    run.base_delay, run.H = rng.uniform(0.5, 3.0), rng.uniform(15, 45)
    _schedule(rng, run, T, setting)
    _rates(rng, run, T)
    _samples(rng, run, T)
    run.R = 60.0 * (np.arange(run.M) + 1) + run.H + rng.uniform(0, 10, run.M)
    run.qfail = _episodes(rng, T, (10, 60), (30, 90), (180, 900))  # pmproxy's /series queries time out
    failed = np.zeros(run.M, bool)
    for a, b in run.qfail:
        inside = (run.R >= a) & (run.R < b)
        failed[inside] = rng.random(int(inside.sum())) < 0.5
    run.smin = (run.st // 60).astype(int)
    run.inc = run.sok & (run.smin < run.M) & (run.sd <= run.R[np.minimum(run.smin, run.M - 1)])
    run.km = np.flatnonzero(~failed)[:n]
    if len(run.km) < n:
        raise RuntimeError("too many failed reads")
    h = _read(run, run.sr)[run.km]
    # paused: the minute, or the window of a rate read in it, touches a pause or a ramp's first half; a point that
    # read 0; the points next to those and next to a skipped minute
    lo_t = 60.0 * np.arange(run.M)
    np.minimum.at(lo_t, run.smin[run.inc], run.st[run.sprev[run.inc]])
    bcum = np.concatenate([[0], np.cumsum(run.bad)])
    a = np.floor(lo_t).astype(int)
    b = np.minimum(60 * np.arange(run.M) + 60, T)
    core = ((bcum[b] - bcum[a]) > 0)[run.km] | (h <= 0)
    gap = np.diff(run.km) > 1
    core[:-1] |= gap
    core[1:] |= gap
    paused = core.copy()
    paused[1:] |= core[:-1]
    paused[:-1] |= core[1:]
    spans = []
    for i in np.flatnonzero(paused):
        hc.add_span(spans, int(i), int(i) + 1)
    live = ~paused
    changes = hc.change_points([_point(run, t) for t in run.known_t], spans, n)
    run.meta = {"encoder": run.encoder, "I": run.I, "cold": run.cold, "nodes0": run.nodes0, "gpn": run.gpn}
    return run, h, spans, live, changes


_build = _simulate  # ``tests/trace_checks.shared_builds`` memoises ``_build`` by name


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight ``w`` over its ``length`` seconds (a leak ramps over ``ramp`` s, then holds)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":
        w = np.full(length, rng.uniform(0.1, 0.3))
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 200), rng.uniform(60, 400))
        for a, b in zip(edges[0::2], edges[1::2]):
            w[int(a):int(b)] = 1.0
        return w
    return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)


def _unit_loss(run, t0: int, w: np.ndarray) -> np.ndarray:
    """Per point, the images/s a regression of magnitude 1 with weight ``w`` from second ``t0`` takes off the read."""
    L = min(len(w), run.T - t0)
    wc = np.concatenate([[0.0], np.cumsum(run.rate[t0:t0 + L] * w[:L])])
    pt = run.st[np.maximum(run.sprev, 0)]
    sel = run.inc & (run.st > t0) & (pt < t0 + L)
    u = np.zeros(len(run.st))

    def W(t):
        return _at(wc, np.clip(t - t0, 0.0, L - 1e-9)) if L > 0 else 0.0

    u[sel] = (W(run.st[sel]) - W(pt[sel])) / run.sdt[sel] * run.B * run.gpn
    return _read(run, u)[run.km]


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the points ``[lo, hi)``: ``(Event, (onset, loss))`` or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = 60.0 * run.km[lo], 60.0 * run.km[min(last, n - 1)]
        if rng.random() < 0.35:
            cand = [b for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            t0 = int(cand[int(rng.integers(len(cand)))] + rng.uniform(-30, 60))
        else:
            t0 = int(rng.uniform(t_lo, t_last))
        onset = _point(run, t0)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1, ends = (run.T, to_end) if to_end else (int(60 * run.km[min(stop, n - 1)]), False)
        if kind == "leak":  # the loader workers' memory goes with their process
            i = run.pid[min(t0, run.T - 1)]
            if i < 0:
                continue
            if run.procs[i]["end"] < t1:
                t1, ends = run.procs[i]["end"], False
        w = _weight(rng, kind, t1 - t0, ramp * 60)
        u = _unit_loss(run, t0, w)
        end_pt = n if ends else min(_point(run, t1), n)
        lv = live[onset:end_pt]
        if lv.sum() < 8 or u[onset:end_pt][lv].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        a = target * healthy[onset:end_pt][lv].sum() / u[onset:end_pt][lv].sum()
        if a > 0.8:
            continue
        v = np.maximum(healthy - a * u, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, ends)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = _point(run, t0 + ramp * 60) if kind == "leak" else onset
        if kind == "leak" and not (onset < ramp_end and ramp_end + 30 <= end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (healthy - v)[onset:end])
    return None


def make_heldout75(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + 60.0 * run.km, stream=(3,))


def heldout75_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT75_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout75, seeds, n, pauses)
