"""DOC"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 153
HELDOUT153_SEEDS = tuple(range(1532000, 1532012))
EPOCH = 1_790_000_040.0  # a multiple of 60: the monitor's minutes end on whole minutes
TICK = 5.0  # s: the job's samples are drawn per tick
STEP = 60.0  # s: one point per minute
K = int(STEP // TICK)
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak (after one of each)
SPANS = {"short": (1, 40), "long": (1, 90)}
PATH_KEYS = ("sent", "lost", "con_sent", "con_retx", "con_failed", "dup_dropped", "delayed", "reorder_rejected",
             "registrations", "reg_refused", "reg_timeout", "held_minutes", "unread_minutes", "deadband_skipped",
             "replaced", "old_token_rst", "silent_stops")
MAX_TRANSMIT_WAIT = 93.0  # s: RFC 7252's default, a CON exchange given up
RESET_TIME = 128.0  # s: aiocoap's OBSERVATION_RESET_TIME


# ---------------------------------------------------------------- the job: a schedule of lives, pauses and stages

def _mins(rng, lo: float, hi: float) -> float:
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """Spectra/s of a stage: the step waits for the slower of the CPU workers (resampling to shaft order, FFTs)
    and the GPU (the 1-D CNN)."""
    return 1.0 / hc.smax(st["cpu"] / cfg["cpu"], st["gpu"] / cfg["gpu"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (more workers, a longer order range, an envelope-spectrum channel or a second GPU),
    redrawn until the level moves 15 % (1/3 to 3 times); None when 30 draws fail."""
    for _ in range(30):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpu"] = st["gpu"] / rng.uniform(1.8, 1.95)
        elif u < 0.45 and st["workers"] < 2:
            new["cpu"], new["workers"] = st["cpu"] / rng.uniform(1.3, 2.0), st["workers"] + 1
        elif u < 0.8 and st["orders"] < 2:
            new["cpu"], new["gpu"] = st["cpu"] * rng.uniform(1.3, 1.7), st["gpu"] * rng.uniform(1.5, 2.0)
            new["orders"] = st["orders"] + 1
        elif not st["env"]:
            new["cpu"], new["gpu"], new["env"] = st["cpu"] * rng.uniform(1.2, 1.5), st["gpu"] * rng.uniform(1.1, 1.3), 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: process lives, pauses ``(t0, t1, kind)``, ramps, stages and planned changes."""
    long = setting == "long"
    T = n * STEP + 900.0
    cfg = {"cpu": hc.log_uniform(rng, 150, 4000)}
    cfg["gpu"] = cfg["cpu"] * hc.log_uniform(rng, 1.15, 8.0)
    st = {"cpu": 1.0, "gpu": 1.0, "workers": 0, "orders": 0, "env": 0}
    eval_every = _mins(rng, 30, 90)
    ev_dur = (10, 25) if long else (2, 6)
    ck_every = int(rng.choice([2, 3]))
    ck_dur = (60, 240) if long else (15, 60)
    crash_mean = 3600.0 * rng.uniform(12, 48)
    down = (6, 18) if long else (1, 4)
    su_re = (8, 20) if long else (2, 6)
    r0, ramp_len = rng.uniform(0.4, 0.75), _mins(rng, 2, 6)
    k_rel = int(rng.integers(0, 4))
    rel = np.sort(rng.uniform(0.15, 0.85, k_rel)) * T
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] > 3600]
    pauses, lives, ramps, stages, known = [], [], [], [(0.0, dict(st))], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    su0 = _mins(rng, 25, 60) if long else _mins(rng, 3, 10)
    pauses.append((0.0, su0, "startup"))
    t, life0, clock, n_eval = su0, 0.0, 0.0, 0
    ramps.append((t, ramp_len, r0))
    next_eval = eval_every * rng.uniform(0.9, 1.1)
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        cand = [t + max(next_eval - clock, 1.0), next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        t1 = max(cand[which], t)
        if t1 >= T:
            break
        clock += t1 - t
        t = t1
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            d = _mins(rng, *ev_dur)
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                d = rng.uniform(*ck_dur)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_eval = clock + eval_every * rng.uniform(0.95, 1.05)
            continue
        lives.append((life0, t))
        if which == 1:
            counts["crashes"] += 1
            d = _mins(rng, *down)
            pauses.append((t, t + d, "crash"))
        else:
            counts["relaunches"] += 1
            ri += 1
            d = _mins(rng, 5, 12) if long else _mins(rng, 1, 3)
            d += _mins(rng, 1, 5)  # queued
            pauses.append((t, t + d, "relaunch"))
        t += d
        life0 = t
        d = _mins(rng, *su_re)
        pauses.append((t, t + d, "startup"))
        t += d
        ramps.append((t, ramp_len, r0))
        next_crash = t + rng.exponential(crash_mean)
        if which == 2:
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                stages.append((t, dict(st)))
                known.append(t)
    lives.append((life0, np.inf))
    return SimpleNamespace(n=n, T=T, nt=int(T // TICK), cfg=cfg, pauses_t=pauses, lives=lives, ramps=ramps,
                           stages=stages, known_t=known, counts=counts, setting=setting)


def _job(rng, run) -> np.ndarray:
    """The job's spectra/s per tick: the stage's level, the CPU workers' mix of turbines' files, noise, ramps after
    a start, nothing in a pause."""
    nt = run.nt
    tt = (np.arange(nt) + 0.5) * TICK
    # each DataLoader worker reads one turbine-month file at a time; a turbine's sensor set and sample rate set its
    # resampling cost
    W = int(rng.choice([4, 6, 8, 12, 16]))
    n_types = int(rng.integers(2, 4))
    tf = np.concatenate([[1.0], [hc.log_uniform(rng, 0.75, 1.45) for _ in range(n_types - 1)]])
    tp = rng.dirichlet(np.ones(n_types) * 2)
    sd_turb = rng.uniform(0.03, 0.08)
    inv = np.zeros(nt)
    for _ in range(W):
        m = int(run.T / 300) + 2
        dur = np.exp(rng.uniform(np.log(300), np.log(2400), m))
        ends = np.cumsum(dur) - rng.uniform(0, dur[0])
        cost = tf[rng.choice(n_types, m, p=tp)] * np.exp(rng.normal(0, sd_turb, m))
        idx = np.minimum(np.searchsorted(ends, tt), m - 1)
        inv += 1.0 / cost[idx]
    inv /= W * float(np.sum(tp / tf))
    cpu = np.zeros(nt)
    gpu = np.zeros(nt)
    for k, (t0, st) in enumerate(run.stages):
        i0 = int(t0 // TICK)
        cpu[i0:] = st["cpu"]
        gpu[i0:] = st["gpu"]
    rate = 1.0 / hc.smax(cpu / (run.cfg["cpu"] * inv), gpu / run.cfg["gpu"])
    # per-tick AR(1) of the log (step times, file sizes) and a slow OU (the archive's load, thermal)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), _mins(rng, 20, 120))
    x += np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    rate *= np.exp(x)
    for s, rl, r0 in run.ramps:
        i0, i1 = int(s // TICK), min(nt, int((s + rl) // TICK) + 1)
        rate[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - s) / rl, 0, 1)
    cover = np.zeros(nt)
    for a0, b0, _ in run.pauses_t:
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(b0 / TICK)))
        if i0 >= nt:
            break
        edges = np.arange(i0, i1) * TICK
        cover[i0:i1] += np.clip(np.minimum(b0, edges + TICK) - np.maximum(a0, edges), 0, TICK)
    return rate * np.clip(1 - cover / TICK, 0, 1)


# ---------------------------------------------------------------- the path: CoAP Observe to the site monitor

def _cum_at(J: np.ndarray, t) -> np.ndarray:
    """The spectra trained by time ``t`` (s): the ticks' sums, linear inside a tick."""
    cs = np.concatenate([[0.0], np.cumsum(J)]) * TICK
    t = np.clip(np.asarray(t, float), 0.0, len(J) * TICK)
    i = np.minimum((t // TICK).astype(int), len(J) - 1)
    return cs[i] + (t - i * TICK) * J[i]


def _rate_at(J: np.ndarray, t, W: float) -> np.ndarray:
    """The resource's value at ``t``: the spectra/s over the trailing window of ``W`` s (linear in ``J``)."""
    t = np.asarray(t, float)
    return (_cum_at(J, t) - _cum_at(J, t - W)) / W


def _lossp(p, t: float) -> float:
    """A datagram's loss probability at ``t``: the base rate, or the rate of the loss burst under way."""
    i = int(np.searchsorted(p.b_start, t, side="right")) - 1
    return float(p.b_loss[i]) if i >= 0 and t < p.b_end[i] else p.p0


def _path_params(rng, run) -> SimpleNamespace:
    p = SimpleNamespace()
    p.deadband = bool(rng.random() < 0.4)
    if p.deadband:  # notify on a change beyond a step ``st`` (conditional attributes), at most every ``pmax`` s
        p.U, p.st, p.pmax = float(rng.choice([5.0, 10.0])), rng.uniform(0.03, 0.10), rng.uniform(60, 240)
        p.ma = p.pmax + rng.uniform(10, 60)
    else:  # notify at every update of the timer
        p.U, p.st, p.pmax = float(rng.choice([5.0, 10.0, 15.0, 20.0])), 0.0, 0.0
        p.ma = 60.0 if rng.random() < 0.5 else rng.uniform(max(20.0, p.U + 5), 180)
    p.W = float(rng.choice([w for w in (10.0, 20.0, 30.0, 60.0) if w >= p.U]))
    p.con_all = bool(rng.random() < 0.3)
    p.n_con = int(rng.integers(10, 101))
    p.grace, p.retry = rng.uniform(2, 30), rng.uniform(10, 90)
    p.mean_mode = bool(rng.random() < 0.5)
    p.p0 = hc.log_uniform(rng, 1e-4, 3e-3)
    nb = int(rng.poisson(rng.uniform(0.5, 6) * run.T / 86400))
    p.b_start = np.sort(rng.uniform(0, run.T, nb))
    p.b_end = p.b_start + np.exp(rng.uniform(np.log(5), np.log(180), nb))
    p.b_loss = rng.uniform(0.3, 1.0, nb)
    p.q_delay = hc.log_uniform(rng, 5e-4, 5e-3)
    p.d_net = rng.uniform(0.001, 0.02)
    p.life_up = np.array([a + rng.uniform(5, 60) for a, b in run.lives])
    p.life_end = np.array([min(b, run.T) for a, b in run.lives])
    p.phase = rng.uniform(0, p.U, len(run.lives))
    p.counts = {k: 0 for k in PATH_KEYS}
    return p


def _path(rng, run) -> SimpleNamespace:
    """Which notifications reach the monitor, when, carrying which window; then which minute reads which
    (decided once, on the healthy run)."""
    p = _path_params(rng, run)
    c, J = p.counts, run.J
    ups = [np.arange(u + ph, e, p.U) for u, e, ph in zip(p.life_up, p.life_end, p.phase)]
    lid = np.concatenate([np.full(len(x), k) for k, x in enumerate(ups)]).astype(int)
    ut = np.concatenate(ups)
    ut = ut + rng.uniform(0, 0.05, len(ut))  # the event loop's lag
    r_u = _rate_at(J, ut, p.W)
    p_u = np.full(len(ut), p.p0)
    i_b = np.searchsorted(p.b_start, ut, side="right") - 1
    inb = (i_b >= 0) & (ut < p.b_end[np.maximum(i_b, 0)])
    p_u[inb] = p.b_loss[i_b[inb]]
    rand_u, rand_d = rng.random(len(ut)), rng.random(len(ut))
    recv, tval, tok, seqs = [], [], [], []
    reg_t = []  # when each token was registered
    s = SimpleNamespace(token=-1, srv_tok=-1, srv_life=-1, dead_at=np.inf, seq=0, ref=0.0, last_sent=-np.inf,
                        busy=-np.inf, con_rec=-1, con_td=np.inf, reg_due=0.0)

    def deliver(t, tv, seq, delayed=False):
        recv.append(t)
        tval.append(tv)
        tok.append(s.token)
        seqs.append(seq)
        if not delayed:
            s.reg_due = max(s.reg_due, t + p.ma + p.grace)

    def alive(t):
        k = int(np.searchsorted(p.life_up, t, side="right")) - 1
        return k if k >= 0 and t < p.life_end[k] else -1

    def register(ta):
        k = alive(ta)
        if k < 0:  # the port is closed: refused at once
            c["reg_refused"] += 1
            s.reg_due = ta + p.retry
            return
        T0, ok = rng.uniform(2, 3), None
        for j in range(5):
            tj = ta + T0 * (2 ** j - 1)
            if tj >= p.life_end[k]:
                break
            if rng.random() >= _lossp(p, tj) and rng.random() >= _lossp(p, tj + 0.01):
                ok = tj
                break
        if ok is None:
            c["reg_timeout"] += 1
            s.reg_due = ta + MAX_TRANSMIT_WAIT + p.retry
            return
        if s.srv_tok >= 0 and s.srv_life == k and ok < s.dead_at:
            c["old_token_rst"] += 1  # the old entry's next notification is answered with a Reset
        c["registrations"] += 1
        s.token += 1
        reg_t.append(ok)
        s.srv_tok, s.srv_life, s.dead_at, s.seq = s.token, k, np.inf, 0
        s.ref, s.last_sent, s.busy, s.con_rec = float(_rate_at(J, ok, p.W)), ok, -np.inf, -1
        s.reg_due = ok
        deliver(ok + p.d_net, ok, 0)

    for i in range(len(ut)):
        u = ut[i]
        while s.reg_due <= u:
            register(s.reg_due)
        k = lid[i]
        if s.srv_tok < 0:
            continue
        if s.srv_life != k:
            c["silent_stops"] += 1  # the process ended; the monitor was not told
            s.srv_tok = -1
            continue
        if u >= s.dead_at:
            continue
        r = r_u[i]
        if p.deadband and not (abs(r - s.ref) > p.st * s.ref or u - s.last_sent >= p.pmax):
            c["deadband_skipped"] += 1
            continue
        s.ref, s.last_sent = r, u
        if p.con_all and u < s.busy:
            c["replaced"] += 1  # the retransmission under way carries the newest state
            if s.con_rec >= 0 and s.con_td > u:
                tval[s.con_rec] = u
            continue
        s.seq += 1
        c["sent"] += 1
        if not (p.con_all or s.seq % p.n_con == 0):
            if rand_u[i] < p_u[i]:
                c["lost"] += 1
            elif rand_d[i] < p.q_delay:
                c["delayed"] += 1
                deliver(u + p.d_net + hc.log_uniform(rng, 0.5, 30), u, s.seq, delayed=True)
            else:
                deliver(u + p.d_net, u, s.seq)
            continue
        c["con_sent"] += 1
        T0, got, acked = rng.uniform(2, 3), None, None
        for j in range(5):
            tj = u + T0 * (2 ** j - 1)
            if tj >= p.life_end[k]:
                break
            c["con_retx"] += j > 0
            if rng.random() < (p_u[i] if j == 0 else _lossp(p, tj)):
                continue
            if got is None:
                got = tj
            else:
                c["dup_dropped"] += 1  # its ACK was lost: the copy is a duplicate by message ID
            if rng.random() >= _lossp(p, tj + 0.01):
                acked = tj
                break
        s.con_rec, s.con_td = -1, np.inf
        if got is not None:
            s.con_rec, s.con_td = len(recv), got
            deliver(got + p.d_net, u, s.seq)
        if acked is None:
            c["con_failed"] += 1  # the server gives the observer up
            s.dead_at = s.busy = u + 31 * T0
        else:
            s.busy = acked
    _accept(p, np.array(recv), np.array(tval), np.array(tok, int), np.array(seqs, int), np.array(reg_t))
    _minutes(p, run.n)
    return p


def _accept(p, recv, tval, tok, seq, reg_t) -> None:
    """The monitor's client keeps a notification of its current token that is newer by the Observe number (or
    comes 128 s after the last one kept)."""
    order = np.argsort(recv, kind="stable")
    keep = np.zeros(len(recv), bool)
    v1, t1, cur = {}, {}, -1
    nxt = np.append(reg_t, np.inf)
    for j in order:
        tk = tok[j]
        if recv[j] >= nxt[tk + 1]:
            p.counts["reorder_rejected"] += 1  # an old token's notification: the request is gone
            continue
        if tk in v1 and not (seq[j] > v1[tk] or recv[j] > t1[tk] + RESET_TIME):
            p.counts["reorder_rejected"] += 1
            continue
        v1[tk], t1[tk] = seq[j], recv[j]
        keep[j] = True
        cur = tk
    del cur
    sel = order[keep[order]]
    p.acc_recv, p.acc_tval = recv[sel], tval[sel]


def _minutes(p, n: int) -> None:
    """Which accepted notifications each minute reads: their mean (the "mean" monitor) or, with none in the
    minute (or always, the "last" monitor), the newest one still within its Max-Age; nothing (0) otherwise."""
    ends = STEP * (np.arange(n) + 1)
    lo = np.searchsorted(p.acc_recv, ends - STEP, side="right")
    hi = np.searchsorted(p.acc_recv, ends, side="right")
    last = hi - 1
    fresh = (last >= 0) & (p.acc_recv[np.maximum(last, 0)] + p.ma >= ends)
    if not p.mean_mode:
        lo = hi.copy()
    held = np.where((hi == lo) & fresh, last, -1)
    p.lo, p.hi, p.held = lo, hi, held
    p.counts["held_minutes"] = int(((held >= 0) & (lo == hi) & (np.searchsorted(p.acc_recv, ends - STEP,
                                                                                side="right") == hi)).sum())
    p.counts["unread_minutes"] = int(((hi == lo) & (held < 0)).sum())


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the job's spectra/s ``J`` per tick, through the path's fates (linear in ``J``)."""
    p = run.path
    vals = _rate_at(J, p.acc_tval, p.W)
    cs = np.concatenate([[0.0], np.cumsum(vals)])
    out = np.zeros(len(p.lo))
    m = p.hi > p.lo
    out[m] = (cs[p.hi[m]] - cs[p.lo[m]]) / (p.hi[m] - p.lo[m])
    h = p.held >= 0
    out[h] = vals[p.held[h]]
    return out


# ---------------------------------------------------------------- the trace

def _spans(run, healthy: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or the first half of a ramp, or whose neighbour does, and a
    minute that read nothing."""
    mask = healthy <= 0
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(s, s + rl / 2) for s, rl, r0 in run.ramps]:
        i0, i1 = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if i0 < n:
            mask[max(i0, 0):min(i1, n)] = True
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return [(int(a), int(b)) for a, b in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (the random stream ``[seed, setting,
    CODE]``)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _job(rng, run)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's samples lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a resampling worker killed: its files' share goes
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the order-tracking workers' caches growing into swap
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    bad = (np.searchsorted(edges, s, side="right") % 2 == 1)
    return np.where(bad, 1.0, rng.uniform(0.05, 0.25))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    ts = STEP * np.arange(n)
    pab = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pab, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m[c0:stop][lv].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m *= target * hs / ms
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        ramp_end = min(onset + ramp, n)
        onset, end = span
        if any(onset <= ch < end for ch in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        if kind != "leak":
            ramp_end = onset
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            nz = np.nonzero(m)[0]
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (int(nz[0]), m[nz[0]:nz[-1] + 1])
    return None


def make_heldout153(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout153_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT153_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout153, seeds, n, pauses)
