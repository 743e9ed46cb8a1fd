"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 157
HELDOUT157_SEEDS = tuple(range(1572000, 1572012))
TICK = 5.0  # s: the job's clips are counted per tick
STEP = 60.0  # s: one point per minute of the monitor's reads
K = int(STEP / TICK)
DAY = 86400.0
EPOCH = 1_779_999_960.0  # a multiple of 60: the first minute's start
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 90)}
PATH_KEYS = ("attempts_in_flood_wait", "flood_waits", "edits_failed_outage", "not_modified", "new_messages",
             "edit_timeouts", "unread_minutes", "id_resets", "rollbacks", "clock_steps", "reads_failed",
             "stale_reads")
_STARTUP = {"short": (3, 10), "long": (25, 60)}  # min
_EVAL = {"short": (1, 5), "long": (10, 25)}  # min
_CKPT = {"short": (0.3, 1.5), "long": (1, 4)}  # min
_DOWN = {"short": (1, 4), "long": (6, 18)}  # min: a crash's process down
_RESTART = {"short": (2, 6), "long": (8, 20)}  # min: a crashed job's start-up
_STOP = {"short": (1, 3), "long": (5, 12)}  # min: a relaunch's stop (a checkpoint is saved)


@dataclass
class Path:
    """The bot's operations and the monitor's reads of one run (the healthy run's fates)."""

    P: float = 20.0
    naive: bool = True  # the bot answers an edit's "message is not modified" by sending a new message
    by_id: bool = False  # the monitor drops a difference across two messages (a new message id)
    edit_date: bool = False  # the monitor's interval is the messages' edit_date, not the text's node time
    op_x: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the pair's true time (the last step)
    op_T: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the time the monitor divides by
    op_id: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # message id
    op_vis: np.ndarray = field(default_factory=lambda: np.zeros(0))  # when it is visible in the channel
    prev: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # per point: the op it differs from
    cur: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # per point: the op it read (-1 none)
    dT: np.ndarray = field(default_factory=lambda: np.ones(0))
    op_life: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # the process life it was sent in
    windows: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # clips per tick (the healthy job)
    pauses_t: list  # (t0, t1, kind), ordered
    ramps: list  # (t0, t1): a start-up's ramp
    lives: list  # (start, end, crashed): the process's lives
    ckpts: np.ndarray  # checkpoint times (the count saved)
    known_t: list  # resume times after a relaunch that changed the stage
    counts: dict
    stages: list
    path: Path | None = None


def _inside(x, win) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``win`` (``[a, b)`` rows, ordered and disjoint)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    win = np.asarray(win, float)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < win[np.maximum(i, 0), 1])


def _episodes(rng, T: float, per_day: float, dur, heavy=None) -> np.ndarray:
    """Poisson episodes over ``[0, T)`` (``per_day``), lengths uniform ``dur`` s (or, with ``heavy = (p, lo, hi)``,
    from ``(lo, hi)`` with probability ``p``); overlapping ones merged."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    d = rng.uniform(*dur, k)
    if heavy is not None:
        big = rng.random(k) < heavy[0]
        d = np.where(big, rng.uniform(heavy[1], heavy[2], k), d)
    out = []
    for s, e in zip(a, a + d):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return np.array(out).reshape(-1, 2)


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s in a stage: the GPUs' rate against the CPU workers' spectrogram rate (a soft max of costs)."""
    g = cfg["gpu"] * st["gpus"] * cfg["eff"] ** np.log2(st["gpus"]) / cfg["net_c"] ** st["net"]
    c = cfg["cpu"] * st["gpus"] / cfg["feat_c"] ** st["feat"]
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage, redrawn until its level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif u < 7 / 12 and st["net"] < 2:
            new["net"] += 1
        elif st["feat"] < 2:
            new["feat"] += 1
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return {**st, "gpus": 4 if st["gpus"] < 4 else 1}


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: lives, pauses, stages and its clips per tick (healthy)."""
    T = (n + 3) * STEP
    nt = int(T / TICK)
    gpus = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg = {"gpu": hc.log_uniform(rng, 600, 6000), "eff": rng.uniform(0.85, 0.97), "net_c": rng.uniform(1.35, 1.9),
           "feat_c": rng.uniform(1.25, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.0, 2.2)
    st = {"gpus": gpus, "net": 0, "feat": 0}
    m = lambda tab, s=1.0: 60.0 * s * rng.uniform(*tab[setting])  # noqa: E731
    epoch_len = rng.uniform(8, 30) * 60  # s of training per epoch
    ev_every = max(1, int(np.ceil(rng.uniform(30, 90) * 60 / epoch_len)))  # epochs per validation pass
    ck_every = int(rng.integers(1, 3))  # validation passes per checkpoint
    dips = rng.random() < 0.6  # DataLoader workers respawned at each epoch (not persistent)
    crash_mean = rng.uniform(12, 48) * 3600
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel_t = [t for i, t in enumerate(rel_t) if i == 0 or t > rel_t[i - 1] + 3600]
    pauses, ramps, lives, ckpts, known, stages = [], [], [], [], [], []
    segs = []  # (t0, t1, level): training
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0, "ckpts": 0}
    t, life0 = 0.0, 0.0
    dur = m(_STARTUP)
    pauses.append((0.0, dur, "startup"))
    t = dur
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    n_eval = 0
    while t < T:
        lv = _level(cfg, st)
        stages.append((t, dict(st)))
        rd = rng.uniform(2, 6) * 60
        ramps.append((t, t + rd))
        to_epoch = epoch_len * rng.uniform(0.2, 1.0)  # a resume lands inside an epoch
        ep_i = 0
        while t < T:  # epochs of this life
            if dips:
                segs.append((t, t + rng.uniform(8, 40), -rng.uniform(0.35, 0.75)))  # a dip: marker
            t_end = t + to_epoch
            next_crash = max(next_crash, t + 60.0)  # one due in a pause comes after it
            if ri < len(rel_t):
                rel_t[ri] = max(rel_t[ri], t + 60.0)
            nxt_rel = rel_t[ri] if ri < len(rel_t) else np.inf
            stop = min(t_end, next_crash, nxt_rel)
            segs.append((t, stop, lv))
            t = stop
            if stop == next_crash:
                counts["crashes"] += 1
                lives.append((life0, t, True))
                down, up = m(_DOWN), m(_RESTART)
                pauses.append((t, t + down + up, "crash"))
                life0 = t + down
                t += down + up
                next_crash = t + rng.exponential(crash_mean)
                break
            if stop == nxt_rel:
                ri += 1
                counts["relaunches"] += 1
                lives.append((life0, t, False))
                ckpts.append(t)
                a = t
                t += m(_STOP) + rng.uniform(1, 5) * 60  # stopped (a checkpoint), queued
                life0 = t
                t += m(_STARTUP, 0.5)
                pauses.append((a, t, "relaunch"))
                new = _next_stage(rng, cfg, st, lv)
                if new == st:
                    counts["kept_stage"] += 1
                else:
                    known.append(t)
                st = new
                break
            ep_i += 1
            to_epoch = epoch_len * rng.uniform(0.9, 1.1)
            if ep_i % ev_every == 0:
                n_eval += 1
                counts["evals"] += 1
                a = t
                t += m(_EVAL)
                kind = "eval"
                if n_eval % ck_every == 0:
                    counts["ckpts"] += 1
                    ckpts.append(t)
                    t += m(_CKPT)
                    kind = "ckpt"
                pauses.append((a, t, kind))
    lives.append((life0, np.inf, False))
    J = _rates(rng, nt, segs, ramps, cfg)
    for a, b, kind in pauses:
        J[int(np.ceil(a / TICK)):int(b // TICK)] = 0.0
        i = int(a // TICK)
        if i < nt and a > i * TICK:  # the tick a pause starts in: only its trained part
            J[i] *= (a - i * TICK) / TICK
        j = int(b // TICK)
        if j < nt and b > j * TICK:
            J[j] *= ((j + 1) * TICK - b) / TICK
    return Run(n, nt, J, pauses, ramps, lives, np.array(ckpts), known, counts, stages)


def _rates(rng, nt: int, segs, ramps, cfg) -> np.ndarray:
    """Clips per tick: each training segment's level, the shards' factors (recordings read one campaign at a time:
    smartphone and trap-microphone sources of other sample rates and lengths), an AR(1) and a slow OU of the log,
    the epochs' worker respawn dips and the start-ups' ramps."""
    tt = (np.arange(nt) + 0.5) * TICK
    lvl = np.zeros(nt)
    dip = np.ones(nt)
    for a, b, lv in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if lv < 0:
            dip[i0:i1] = np.minimum(dip[i0:i1], -lv)
        else:
            lvl[i0:i1] = lv
    # shards: 5-40 min each, a factor (sd 3-8 %), a third from smartphones (compressed, 44.1/48 kHz: dearer decode)
    sd, x, shard = rng.uniform(0.03, 0.08), 0.0, np.ones(nt)
    i = 0
    while i < nt:
        L = int(hc.log_uniform(rng, 5, 40) * 60 / TICK)
        f = np.exp(rng.normal(0, sd)) * (rng.uniform(0.88, 0.95) if rng.random() < 1 / 3 else 1.0)
        shard[i:i + L] = f
        i += L
    a = np.exp(-TICK / rng.uniform(10, 40))
    e = rng.normal(0, rng.uniform(0.02, 0.06) * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    x = 0.0
    for k in range(nt):  # noqa: B007
        x = a * x + e[k]
        ar[k] = x
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60, step=60.0)
    slow = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    ramp = np.ones(nt)
    for a0, b0 in ramps:
        r0 = rng.uniform(0.4, 0.75)
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(b0 / TICK)))
        if i0 < nt:
            ramp[i0:i1] = r0 + (1 - r0) * np.clip((tt[i0:i1] - a0) / (b0 - a0), 0, 1)
    return lvl * shard * np.exp(ar + slow) * dip * ramp * TICK


def _last_step(run: Run, x: np.ndarray) -> np.ndarray:
    """The time of the job's last optimizer step at ``x``: ``x`` in training, a pause's start inside it."""
    a = np.array([p[0] for p in run.pauses_t])
    b = np.array([p[1] for p in run.pauses_t])
    i = np.searchsorted(a, x, side="right") - 1
    inp = (i >= 0) & (x < b[np.maximum(i, 0)])
    return np.where(inp, a[np.maximum(i, 0)], x)


def _life_of(run: Run, x: np.ndarray) -> np.ndarray:
    starts = np.array([s for s, e, c in run.lives])
    return np.maximum(np.searchsorted(starts, x, side="right") - 1, 0)


def _counts(run: Run, J: np.ndarray, x: np.ndarray, life: np.ndarray) -> np.ndarray:
    """The bot's cumulative clip count at the step times ``x`` (lives ``life``), linear in ``J``: each life resumes
    from the count its last checkpoint saved (a crash rolls it back; a relaunch saves it at its stop)."""
    S = np.concatenate([[0.0], np.cumsum(J)])

    def s_at(t):
        t = np.minimum(np.asarray(t, float), len(J) * TICK)
        i = np.minimum((t // TICK).astype(int), len(J) - 1)
        return S[i] + (t / TICK - i) * J[i]

    base, saved = np.zeros(len(run.lives)), 0.0
    for L, (s, e, crashed) in enumerate(run.lives):
        base[L] = saved
        ck = run.ckpts[(run.ckpts >= s) & (run.ckpts <= e)]
        if len(ck):
            saved = base[L] + float(s_at(ck.max()) - s_at(s))
    starts = np.array([s for s, e, c in run.lives])
    return base[life] + s_at(x) - s_at(starts[life])


def _path(rng, run: Run) -> Path:
    """The Telegram path of one run: the bot's edits of its message every ``P`` s (429 flood waits honoured,
    outages, "message is not modified", new messages), the node's clock, and the monitor's minute reads."""
    T = (run.n + 3) * STEP
    p = Path(P=rng.uniform(10, 30), naive=bool(rng.random() < 0.5), by_id=bool(rng.random() < 0.5),
             edit_date=bool(rng.random() < 0.5))
    c = {k: 0 for k in PATH_KEYS}
    tg_out = _episodes(rng, T, rng.uniform(0.03, 0.3), (120, 2400))  # Telegram down for both sides
    bot_api = _episodes(rng, T, rng.uniform(0.2, 1.5), (20, 480))  # the Bot API answers 5xx / times out
    flood = _episodes(rng, T, rng.uniform(0.3, 3.0), (3, 40), heavy=(0.3, 60, 300))  # 429, retry_after
    if p.naive:  # its new messages in a pause add to the channel's 20 a minute: more 429s there
        pt = np.array([(a, b) for a, b, _ in run.pauses_t]).reshape(-1, 2)
        tot = float((pt[:, 1] - pt[:, 0]).sum())
        k = rng.poisson(2.0 * rng.uniform(0.3, 3.0) * tot / DAY * (30.0 / p.P))
        if k and len(pt):
            j = rng.choice(len(pt), k, p=(pt[:, 1] - pt[:, 0]) / tot)
            a = rng.uniform(pt[j, 0], pt[j, 1])
            d = np.where(rng.random(k) < 0.3, rng.uniform(60, 300, k), rng.uniform(3, 40, k))
            flood = _merge(np.vstack([flood, np.column_stack([a, a + d])]))
    mon = _merge(np.vstack([_episodes(rng, T, rng.uniform(1, 8), (5, 120)),  # the client reconnecting
                            _episodes(rng, T, rng.uniform(0.1, 1.0), (60, 300))]))  # its own FLOOD_WAIT
    c["flood_waits"] = len(flood)
    # the node's clock: 30 % of runs unsynchronised, stepped 0.5-3 times a day
    if rng.random() < 0.3:
        ks = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        st_t, st_d = np.sort(rng.uniform(0, T, ks)), rng.normal(0, rng.uniform(0.5, 5), ks)
    else:
        st_t, st_d = np.zeros(0), np.zeros(0)
    c["clock_steps"] = len(st_t)
    off = rng.normal(0, 2.0)
    q = rng.uniform(0.002, 0.01)  # an edit's request times out: the bot sends a new message
    xs, lf = [], []
    for L, (s, e, crashed) in enumerate(run.lives):
        x = s + rng.uniform(1, 5) + p.P * np.arange(int(max(0.0, min(e, T) - s) / p.P) + 1)
        x = x[x < min(e, T)]
        xs.append(x + rng.uniform(0, 0.5, len(x)))
        lf.append(np.full(len(x), L))
    x, life = np.concatenate(xs), np.concatenate(lf)
    down = _inside(x, tg_out) | _inside(x, bot_api)
    wait = _inside(x, flood) & ~down
    first = np.concatenate([[True], life[1:] != life[:-1]])
    step = _last_step(run, x)
    lat = np.where(rng.random(len(x)) < 0.03, rng.uniform(1, 5, len(x)), rng.uniform(0.05, 0.8, len(x)))
    tout = rng.random(len(x)) < q
    ox, oid, ovis, olife = [], [], [], []
    mid, last_step, have = 0, -1.0, False
    for i in range(len(x)):
        if down[i]:
            c["edits_failed_outage"] += 1
            continue
        if wait[i]:
            c["attempts_in_flood_wait"] += 1
            continue
        new = first[i] or not have
        if not new and step[i] == last_step:  # 400 "message is not modified"
            c["not_modified"] += 1
            if not p.naive:
                continue
            new = True
        elif not new and tout[i]:
            c["edit_timeouts"] += 1
            new = True
            lat[i] += rng.uniform(5, 15)
        if new:
            mid += 1
            c["new_messages"] += 1
        have = True
        last_step = step[i]
        ox.append(step[i])
        oid.append(mid)
        ovis.append(x[i] + lat[i])
        olife.append(life[i])
    p.op_x, p.op_id, p.op_vis = np.array(ox), np.array(oid), np.array(ovis)
    olife = np.array(olife)
    node = p.op_x + off + np.array([st_d[st_t <= v].sum() for v in p.op_x]) if len(st_t) else p.op_x + off
    p.op_T = np.floor(p.op_vis) if p.edit_date else np.round(node, 3)
    C = _counts(run, run.J, p.op_x, olife)
    # the monitor's reads: at each minute's end plus 0.3-6 s
    n = run.n
    r = STEP * (np.arange(n) + 1) + rng.uniform(0.3, 6, n)
    fail = _inside(r, tg_out) | _inside(r, mon)
    seen = np.searchsorted(p.op_vis, r, side="right") - 1
    p.prev, p.cur, p.dT = np.full(n, -1), np.full(n, -1), np.ones(n)
    jp = -1
    for k in range(n):
        j = seen[k]
        if fail[k]:
            c["reads_failed"] += 1
            continue
        if j < 0:
            continue
        if jp >= 0 and (j == jp or p.op_T[j] == p.op_T[jp]):
            c["stale_reads"] += 1
            continue
        if jp < 0 or (p.by_id and p.op_id[j] != p.op_id[jp]):
            c["id_resets"] += jp >= 0
            jp = j
            continue
        dT = p.op_T[j] - p.op_T[jp]
        if dT <= 0 or C[j] < C[jp]:  # a clock step back, or the count rolled back: the monitor starts again
            c["rollbacks"] += 1
            jp = j
            continue
        p.prev[k], p.cur[k], p.dT[k] = jp, j, dT
        jp = j
    c["unread_minutes"] = int((p.cur < 0).sum())
    p.windows = {"tg_out": tg_out, "bot_api": bot_api, "flood": flood, "mon": mon}
    p.counts = c
    p.op_life = olife
    return p


def _merge(w: np.ndarray) -> np.ndarray:
    """Windows ``[a, b)`` sorted and merged."""
    w = w[np.argsort(w[:, 0])] if len(w) else w.reshape(-1, 2)
    out = []
    for s, e in w:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return np.array(out).reshape(-1, 2)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for clips per tick ``J`` (linear in ``J``): each read minute's count difference over
    its interval; 0 where it read nothing new."""
    p = run.path
    C = _counts(run, J, p.op_x, p.op_life)
    ok = p.cur >= 0
    v = np.zeros(run.n)
    v[ok] = (C[p.cur[ok]] - C[p.prev[ok]]) / p.dT[ok]
    return v


def _paused(run: Run) -> np.ndarray:
    """A point is paused where its minute or the interval its difference spans touches a pause or a ramp's first
    half, or where it read nothing."""
    n, p = run.n, run.path
    bad = np.zeros(run.nt + 2, bool)
    for a, b, _ in run.pauses_t:
        bad[int(a // TICK):int(np.ceil(b / TICK))] = True
    for a, b in run.ramps:
        bad[int(a // TICK):int(np.ceil((a + 0.5 * (b - a)) / TICK))] = True
    cs = np.concatenate([[0], np.cumsum(bad)])
    lo = STEP * np.arange(n)
    hi = lo + STEP
    ok = p.cur >= 0
    lo = np.where(ok, np.minimum(lo, p.op_x[np.maximum(p.prev, 0)]), lo)
    hi = np.where(ok, np.maximum(hi, p.op_x[np.maximum(p.cur, 0)]), hi)
    i0 = np.clip((lo // TICK).astype(int), 0, run.nt + 1)
    i1 = np.clip(np.ceil(hi / TICK).astype(int), 0, run.nt + 1)
    return (cs[i1] - cs[i0] > 0) | ~ok


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    paused = _paused(run)
    spans = []
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's clips lost (0 .. 1) over ``length`` ticks (a leak's ``ramp`` ticks)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a decoding worker killed (an out-of-memory kill on a long recording): fewer workers
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' decoder buffers growing into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    # straggler: the audio store (a shared file system) slow in bursts
    calm, on, off = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w = np.empty(length)
    i, bad = 0, True
    while i < length:
        L = int(rng.exponential(on if bad else off)) + 1
        w[i:i + L] = 1.0 if bad else calm
        i += L
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: ``(Event, (0, loss))`` or None. The lost clips are
    read through the same path (the healthy run's fates); its size ``a`` is set from a drawn target loss."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = lo * STEP, last * STEP
        if rng.random() < 0.3:  # at a pause's end (a resumed job, a respawned worker pool)
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = w * run.J[i0:i1]
        m1 = _reads(run, lost)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        seg = slice(c0, stop)
        hs = healthy[seg][live[seg]].sum()
        if hs <= 0:
            continue
        loss1 = m1[seg][live[seg]].sum() / hs
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if loss1 <= 0 or target / loss1 > 1:
            continue
        m = target / loss1 * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.33)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout157(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout157_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT157_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout157, seeds, n, pauses)
