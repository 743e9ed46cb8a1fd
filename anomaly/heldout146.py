"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT146_SEEDS = tuple(range(1462000, 1462012))
CODE = 146
TICK = 5.0  # s: the job's windows are kept per tick
STEP = 60.0  # s: the monitor's bins (minutes of the network server's receive time)
K = int(STEP // TICK)
EPOCH = 1_790_000_000.0
KIND_P = (0.4, 0.3, 0.3)
PAYLOAD = 4  # bytes: the rate (uint16, scaled), the interval (uint8, 10 s units), a sequence byte
FAIR_USE = 30.0  # s of uplink airtime a day (The Things Network's fair-use policy)
SPANS = {"short": (1, 90), "long": (1, 140)}  # pause spans (points), measured
PATH_KEYS = ("uplinks", "lost_radio", "lost_outage", "multi_gateway", "webhook_lost", "rejoins", "join_retries",
             "fcnt_dropped", "adr_changes", "outages", "stale_points", "unread_points")
# pause lengths in minutes: (lo, hi) per setting
START = {"short": (3, 10), "long": (25, 60)}
EVAL = {"short": (2, 6), "long": (10, 25)}
CKPT = {"short": (0.25, 1), "long": (1, 4)}
DOWN = {"short": (1, 4), "long": (6, 18)}
RESTART = {"short": (2, 6), "long": (8, 20)}
STOPPED = {"short": (1, 3), "long": (5, 12)}


def airtime(sf: int, payload: int = PAYLOAD) -> float:
    """A LoRa uplink's time on air (s): 125 kHz, coding rate 4/5, 8 preamble symbols, explicit header, CRC, the
    low-data-rate optimisation from SF11; ``payload`` bytes behind LoRaWAN's 13 bytes of header and MIC."""
    pl = payload + 13
    de = 1 if sf >= 11 else 0
    ts = 2.0 ** sf / 125e3
    n = 8 + max(int(np.ceil((8 * pl - 4 * sf + 28 + 16) / (4 * (sf - 2 * de)))) * 5, 0)
    return (8 + 4.25) * ts + n * ts


def spacing(sf: int, share: float, base: float) -> float:
    """The reporter's uplink interval (s) at ``sf``: ``base``, or more where the fair-use budget (its ``share`` of
    30 s a day) asks for more."""
    return max(base, airtime(sf) * 86400.0 / (FAIR_USE * share))


# ----------------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Windows/s of a stage: the box's base rate, slowed by longer windows (``win`` steps) and a wider network
    (``wide``), sped up by more loader workers (``workers``)."""
    return cfg["base"] / cfg["win_c"] ** st["win"] / cfg["wide_c"] ** st["wide"] * cfg["work_c"] ** st["workers"]


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: another window length (at most 2 steps), a wider net (once) or more loader workers
    (once), redrawn until the level moves 15 % or more (within 1/3 and 3 times)."""
    for _ in range(200):
        new = dict(st)
        c = rng.choice(3, p=[0.5, 0.3, 0.2])
        if c == 0:
            new["win"] = int(rng.choice([w for w in (0, 1, 2) if w != st["win"]]))
        elif c == 1:
            new["wide"] = 1 - st["wide"]
        else:
            new["workers"] = 1 - st["workers"]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _minutes(rng, table: dict, setting: str) -> float:
    lo, hi = table[setting]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, pauses: str):
    """The job's stretches of training, its pauses and relaunches, and its windows per tick ``J``."""
    T = n * STEP
    nt = n * K
    cfg = {"base": hc.log_uniform(rng, 300, 9000), "win_c": rng.uniform(1.3, 1.7), "wide_c": rng.uniform(1.6, 2.4),
           "work_c": rng.uniform(1.2, 1.6)}
    st = {"win": 0, "wide": 0, "workers": 0}
    n_rel = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    rel = [r for k, r in enumerate(rel) if k == 0 or r - rel[k - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    segs, pauses_t, known_t, lives, reboots = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "reboots": 0}
    t = _minutes(rng, START, pauses)
    pauses_t.append((0.0, t, "startup"))
    ramp = (t, rng.uniform(120, 360), rng.uniform(0.5, 0.8))
    next_eval = t + rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ck_every = 0, int(rng.choice([2, 3]))
    life0 = 0.0
    while t < T:
        nxt_rel = rel[0] if rel else np.inf
        if nxt_rel < t + 300:
            rel.pop(0)
            continue
        ev = min(next_eval, next_crash, nxt_rel)
        segs.append((t, min(ev, T), _level(cfg, st), ramp))
        t = ev
        if t >= T:
            break
        if ev == next_eval:
            n_eval += 1
            dur = _minutes(rng, EVAL, pauses)
            kind = "eval"
            if n_eval % ck_every == 0:
                dur += _minutes(rng, CKPT, pauses)
                kind = "ckpt"
            pauses_t.append((t, t + dur, kind))
            t += dur
            ramp = None
        elif ev == next_crash:
            counts["crashes"] += 1
            reboot = rng.random() < 0.4
            down = _minutes(rng, DOWN, pauses)
            dur = down + _minutes(rng, RESTART, pauses)
            pauses_t.append((t, t + dur, "crash"))
            lives.append((life0, t))
            life0 = t + dur
            if reboot:
                counts["reboots"] += 1
                reboots.append(t + down)
            t += dur
            ramp = (t, rng.uniform(120, 360), rng.uniform(0.5, 0.8))
            next_crash = t + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            dur = _minutes(rng, STOPPED, pauses) + rng.uniform(60, 300) + _minutes(rng, RESTART, pauses)
            pauses_t.append((t, t + dur, "relaunch"))
            lives.append((life0, t))
            life0 = t + dur
            new = _next_stage(rng, cfg, st, _level(cfg, st)) if rng.random() > 0.2 else st
            t += dur
            if new == st:
                counts["kept_stage"] += 1
            elif t < T:
                known_t.append(t)
            st = new
            ramp = (t, rng.uniform(120, 360), rng.uniform(0.5, 0.8))
        next_eval = t + rng.uniform(30, 90) * 60
        next_crash = max(next_crash, t + 120)  # a crash due inside a pause comes just after it
    lives.append((life0, T))
    # windows per tick: the stage's level, each farm's factor and its opening stall, tick noise and a slow drift
    edges = np.arange(nt + 1) * TICK
    frac = np.zeros(nt)
    lvl = np.zeros(nt)
    for a, b, lv, rp in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.clip(np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1]), 0, TICK) / TICK
        frac[i0:i1] += ov
        f = np.full(i1 - i0, lv)
        if rp is not None:
            r0, rd, rf = rp
            x = np.clip((edges[i0:i1] + TICK / 2 - r0) / rd, 0, 1)
            f *= rf + (1 - rf) * x
        lvl[i0:i1] = f
    farm = np.ones(nt)
    sd_farm, i = rng.uniform(0.04, 0.12), 0
    while i < nt:
        dur = int(hc.log_uniform(rng, 20, 120) * 60 / TICK)
        farm[i:i + dur] = np.exp(rng.normal(0, sd_farm))
        stall = int(rng.uniform(60, 240) / TICK)
        farm[i:i + stall] *= rng.uniform(0.25, 0.6)
        i += dur
    sd, corr = rng.uniform(0.03, 0.08), rng.uniform(10, 60)
    a = np.exp(-TICK / corr)
    noise = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, sd, nt))
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    drift = np.interp(edges[:-1] / STEP, np.arange(len(slow)), slow)
    J = np.clip(frac, 0, 1) * lvl * farm * np.exp(noise + drift) * TICK
    ramps = [(r0, r0 + rd / 2) for a, b, lv, (r0, rd, rf) in ((s[0], s[1], s[2], s[3]) for s in segs
                                                              if s[3] is not None)]
    return SimpleNamespace(n=n, nt=nt, dt=STEP, J=J, pauses_t=pauses_t, known_t=known_t, counts=counts,
                           lives=lives, reboots=reboots, ramps=ramps, cfg=cfg)


# ---------------------------------------------------------------------------------------------------------- the path


def _path(rng, run) -> SimpleNamespace:
    """The reporter's uplinks through the radio, the gateways, the network server and the webhook to the
    monitor: which uplinks are sent (send times, the interval each covers), which reach the monitor and when."""
    T = run.n * STEP
    c = {k: 0 for k in PATH_KEYS}
    share, base = rng.uniform(0.8, 1.0), rng.uniform(60, 120)
    drift = rng.uniform(-50, 50) * 1e-6  # the box's clock (no network time on the farm)
    p_loss, p_multi = rng.uniform(0.01, 0.05), rng.uniform(0.1, 0.6)
    p_far, p_hook = rng.uniform(0.0, 0.5), rng.uniform(0.002, 0.01)
    # the network server's ADR: the spreading factor in force, piecewise constant
    adr, t = [], 0.0
    while t < T:
        sf = int(rng.choice([7, 8, 9, 10], p=[0.65, 0.2, 0.1, 0.05]))
        adr.append((t, sf))
        t += rng.exponential(rng.uniform(2, 12) * 3600) + 600
    c["adr_changes"] = len(adr) - 1
    # the farm gateway's outages (power, its cellular backhaul)
    outs, t = [], 0.0
    rate = rng.uniform(0.2, 1.5) / 86400
    while True:
        t += rng.exponential(1 / rate)
        if t >= T:
            break
        d = min(float(np.exp(rng.normal(np.log(rng.uniform(300, 2700)), 0.6))), 10800.0)
        outs.append((t, t + d))
        t += d
    c["outages"] = len(outs)
    starts, ends, recv = [], [], []
    reboots = list(run.reboots) + [np.inf]
    rb = 0
    t0 = 0.0  # the reporter's interval start
    t = rng.uniform(0, 60)
    timeout = rng.uniform(15, 40) * 60  # the monitor's staleness limit
    # half the monitors guard against replays: an uplink whose frame counter is not above the last accepted one is
    # dropped, unless the device was silent for ``timeout``; half of those also take the webhook's join-accept
    # messages, which reset the guard (the others' webhooks carry uplinks only)
    dedup, join_hook = rng.random() < 0.5, rng.random() < 0.5
    last_f, last_r = -1, -np.inf
    fcnt = 0
    fresh = 0  # uplinks left at the join's spreading factor (the ADR needs 20 uplinks to settle)
    while t < T:
        if t >= reboots[rb]:  # the box rebooted: the radio rejoins (join retries spaced by the duty cycle)
            t0 = t = reboots[rb]
            rb += 1
            c["rejoins"] += 1
            tries = 1
            while rng.random() > 0.7:
                tries += 1
            c["join_retries"] += tries - 1
            t += tries * rng.uniform(20, 90) + 30
            fresh = 20
            fcnt = 0  # a new session: the frame counters start again
            if join_hook:
                last_f = -1
            continue
        sf = next(s for a, s in reversed(adr) if a <= t)
        if fresh:
            sf = max(sf, int(rng.choice([8, 9])))
            fresh -= 1
        c["uplinks"] += 1
        starts.append(t0)
        ends.append(t)
        in_out = any(a <= t < b for a, b in outs)
        if in_out:
            ok = rng.random() < p_far * (sf - 6) / 4
            if not ok:
                c["lost_outage"] += 1
        else:
            ok = rng.random() > p_loss
            if not ok:
                c["lost_radio"] += 1
            elif rng.random() < p_multi:
                c["multi_gateway"] += 1  # heard twice, deduplicated by the network server
        if ok and rng.random() < p_hook:
            ok = False
            c["webhook_lost"] += 1
        r = t + airtime(sf) + rng.uniform(0.05, 1.5)
        if ok and dedup:
            if fcnt <= last_f and r - last_r < timeout:
                ok = False
                c["fcnt_dropped"] += 1
            else:
                last_f, last_r = fcnt, r
        fcnt += 1
        recv.append(r if ok else np.nan)
        t0 = t
        t += spacing(sf, share, base) * (1 + drift) + rng.uniform(0, 2.0)
    starts, ends, recv = np.array(starts), np.array(ends), np.array(recv)
    # the monitor: per minute of receive time, the last uplink received so far, stale after ``timeout``
    got = np.nonzero(np.isfinite(recv))[0]
    order = got[np.argsort(recv[got], kind="stable")]
    ends_m = (np.arange(run.n) + 1) * STEP
    k = np.searchsorted(recv[order], ends_m, side="right") - 1
    held = np.where(k >= 0, order[np.maximum(k, 0)], -1)
    age = np.where(held >= 0, ends_m - recv[np.maximum(held, 0)], np.inf)
    held = np.where(age <= timeout, held, -1)
    c["unread_points"] = int((held < 0).sum())
    c["stale_points"] = int(((age > 3 * STEP + spacing(7, share, base)) & (held >= 0)).sum())
    return SimpleNamespace(starts=starts, ends=ends, recv=recv, held=held, counts=c, outs=outs, adr=adr,
                           timeout=timeout, dedup=dedup)


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points for windows per tick ``X``: each minute holds the rate of its held uplink (the
    windows of the interval it covers over that interval's length), 0 where it holds none. Linear in ``X``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    grid = np.arange(len(C)) * TICK
    w = np.interp(p.ends, grid, C) - np.interp(p.starts, grid, C)
    rate = w / np.maximum(p.ends - p.starts, 1e-9)
    h = p.held
    return np.where(h >= 0, rate[np.maximum(h, 0)], 0.0)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute touches a pause, where its
    held uplink's interval touches one (or a ramp's first half), or where it holds nothing."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2]), run)
    healthy = _reads(run, run.J)
    p = run.path
    bad = np.zeros(n, bool)
    win = [(a, b) for a, b, _ in run.pauses_t] + list(run.ramps)
    for a, b in win:
        bad[int(a // STEP):min(n, int(np.ceil(b / STEP)))] = True
    h = p.held
    s0, s1 = p.starts[np.maximum(h, 0)], p.ends[np.maximum(h, 0)]
    for a, b in win:
        bad |= (h >= 0) & (s0 < b) & (s1 > a)
    bad |= (h < 0) | (healthy <= 0)
    spans = []
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------------------------------------- the regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's windows lost (0 .. 1), ``length`` ticks long."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a loader worker killed (out of memory while filtering a farm's recordings)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the augmentation cache of cut windows growing and swapping
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    # straggler: the shared disk holding the farms' raw recordings slow in bursts
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    calm = rng.uniform(0.05, 0.25)
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    w[0] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    ts = STEP * np.arange(n)
    pts = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else min(stop - 5, onset + int(0.9 * ramp))
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or m1[c0:stop][lv].sum() <= 0:
            continue
        a = target * hs / m1[c0:stop][lv].sum()
        if a > 1:
            continue
        m = a * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout146(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout146_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT146_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout146, seeds, n, pauses)
