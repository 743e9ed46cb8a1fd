"""The sixty-ninth held-out throughput family: a neural-operator CFD surrogate's (FNO / MeshGraphNet-style) training
snapshots/s on a national lab's GPU cluster, each node's per-interval snapshot count written to Apache IoTDB through
the Python session API (tablets, non-aligned series) and summed per window by a Grafana panel's IoTDB data source with
``select sum(snapshots) from root.cfd.fno.** group by ([$from, $to), 1m)``.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): IoTDB's user guide on down-sampling (as quoted by a CSDN
and an Aliyun article): ``GROUP BY ([start, end), interval)`` takes the display window's *start* as the origin that
divides the time axis into ``[0, 1d), [1d, 2d), ...`` (not the epoch), the windows left-closed, right-open; an IoTDB
commit (2020, PR #1056) adding left-open right-closed ranges; the SeaTunnel IoTDB sink page: "if multiple data have the
same key and timestamp, the latest one will overwrite the previous one" (an upsert); an iotdb-docs commit (2025): a
duplicate timestamp updates the values of the original timestamp's columns; an IoTDB commit (2026) on out-of-order
tablets: rows are classified as sequence or unsequence data against the device's last flush time, both queryable.

Chosen (the collection path): IoTDB 1.x, tree model. On each node (2-6 nodes of 4 GPUs) local rank 0 (the node's
snapshots summed over its ranks) keeps a *per-interval count* and every ``I`` = 5, 10 or 15 s appends one row to a
tablet of the non-aligned series ``root.cfd.fno.<slurm job id>.<host>.snapshots`` (INT64); the tablet is sent with
``session.insert_tablet`` every ``B`` rows (``B * I`` at most 30 s) and at each evaluation's start (the callback also
flushes its counter there). Rows are stamped in ms (60 % of runs) or with ``int(time.time()) * 1000`` (40 %): in those
runs a callback flush and a periodic row of the same node in the same second share a timestamp and the later write
overwrites the earlier (its snapshots lost). A row is queryable once its tablet's insert returned (0.05-0.4 s; a slow
episode of the data region, the first after a mean 10-30 h, then every 20 h on average, 2-10 min, makes it 5-90 s). The
Grafana panel (60 s refresh, range ``now-6h``) asks for ``group by ([$from, $to), 1m)``: ``$from`` is not on a minute,
so the windows start at a fixed sub-minute phase of the run's refresh (ms); a recorder keeps each window once, from the
first refresh ``H`` = 20-45 s after its end, the panel's columns (one per series) summed by a "reduce row: total"
transformation and divided by 60. A window in which no series has a row returns null in every column: no point (the
timestamps skip it).

What a writer loses: a killed process (a node failure or a crash, then the job's other processes killed by Slurm)
loses its counter since its last row and its unsent tablet rows. Restarts come back under a new Slurm job id: new
device paths (the old series stay, with no new rows; a sum over ``**`` does not see the change).

Assumed without checking (not read: the Python session API's pages, the server's ``timestamp_precision`` setting,
Grafana's IoTDB data source): the session's ``insert_tablet`` call and ms as the database's precision (its default, as I
remember it); Grafana's IoTDB data source sends ``$from`` in ms; the sum of an all-null row is no value; a tablet's rows
are queryable as soon as ``insert_tablet`` returns (sequence or unsequence alike); the trainer's row stamps come from
the node's clock (NTP-synced, no skew modelled); nodes split the snapshots evenly; the failed node's process is modelled
as living through the hang like the others (rows of 0) and killed with them.

The job (my own picture; no FNO / MeshGraphNet code read): snapshots/s of ``nodes x 4 x`` 3-25 (scaling 0.85-0.97),
per second times ``exp(N(0, sd))`` (``sd`` 4-10 %: a batch's mesh sizes vary a lot), a slow OU of the log (sd 1-3 %,
10-40 min: the parallel file system's load on the HDF5 / Zarr stores) and chunk-cache misses (Poisson, every 3-12
min, 5-25 s at 40-75 %: a new store's chunks are read cold). The curriculum moves 2-4 times (10-85 % of the
training) to finer meshes (80 %: the level times ``exp(-U(0.12, 0.4))``) or to a new, cheaper flow regime
(``exp(U(0.1, 0.25))``), applied after the next evaluation and listed as a change at that pause span's end. After a
pause the rate ramps from 50-80 % over 30-120 s (re-warming the loaders' chunk caches).

What is modelled
----------------
Pauses: an evaluation (validation plus a long-horizon rollout of the surrogate on CPU nodes compared with the solver;
the GPUs wait) every 30-90 min of training (times 0.9-1.1), every 3rd also a checkpoint; "short": 3-10 min, a checkpoint
1-4 min more; "long" (rollouts over the full horizon, every 45-120 min): 12-35 min, a checkpoint 5-12 min more; each
times ``exp(N(0, 0.2))``. Restarts (Poisson, mean 12-36 h of wall time; not within 20 min of a resume): a hang of 1-5
min ("long": 5-25) while the others wait at a collective (rows of 0), then down 3-10 min ("short") or 20-90 min
("long"), then 1-3 min loading the checkpoint (rows of 0). A point is paused when its window, widened by ``I`` s before
it and 60 s after a pause (about the ramp's first half), touches a pause (start-up, evaluation, checkpoint, hang, down).

Labelled regressions multiply the job's snapshots/s by ``1 - a w(t)`` from their onset: ``drop`` (a node's
InfiniBand link flaps to a slower rate, or one GPU throttles: ``w = min(1, (s + 1) / tau)``, ``tau`` 3-60 s),
``straggler`` (another user's I/O-heavy job on the file system's same OSTs: bursts of mean 30-200 s at 1, calm of mean
60-400 s at 0.1-0.3), ``leak`` (a Zarr chunk cache without eviction grows until the node swaps: ``w = (s / ramp) **
p``, ``p`` 0.7-2.0, a ramp of 250-1800 points, then held). Onsets: 35 % inside a pause's second half or up to 60 s
after it, else anywhere in the slot; ``a`` solved (linear) for a loss of 9-30 % over the event's live points (``a <=
0.8``); an event holds no listed change; its points are those whose value changed; kept where the measured depth is
7-35 % and shows (80 draws a slot).

Counts over ``heldout69_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    11         9     0.124-0.272  21              2-23 (1233, 0 >60)           3
long      31      9     11         11    0.109-0.299  19              2-69 (685, 5 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out (a 2-point span: a ramp's first half or a row interval's widening reaching into a neighbouring window). ``changes``:
short 30, long 24 (curriculum moves). Per setting's 12 runs (short / long), over the whole simulated run (longer than
its points: 1.25 / 1.6 times ``60 n`` s plus 2 h): 45 and 53 nodes; 995 and 668 evaluations plus 493 and 326
checkpoints; 72 and 94 restarts; 322 and 481 device paths (a node's, under each Slurm job id); 3098635 and 3014551 rows,
262 and 189 lost in a killed process's unsent tablet, 404 and 90 overwritten (a second row of a node at the same
timestamp, nearly all in the second-stamped runs, 6 and 4 of 12). Row interval ``I`` 5 / 10 / 15 s in 6 / 4 / 2 and 2 /
6 / 4 runs; rows per tablet 1-6. Paused share of the points: 9.5-25.5 % short, 22.6-41.0 % long. The healthy series'
median absolute step of log over steady live points (10 after a span left out): 0.85-2.07 % (short), 0.89-2.75 % (long).
Building both full sets takes about 4 s on one core.

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout68.py`` lines 1-130 (its docstring) and 537-558
(``make_heldout68`` / ``heldout68_set``, found with ``grep -n``); ``tests/test_anomaly_heldout68.py`` (all);
``anomaly/heldout_common.py`` (all; its printout was cut in the middle by my terminal, lines about 314-440 unseen except
``regressed_kinds`` / ``family_trace``, read with ``grep -A40``); ``tests/trace_checks.py`` (lines 1-140 and 185-226;
the rest seen only as ``def`` lines); ``anomaly/traces.py`` lines 1-80 (the printout cut its first lines);
``tests/test_architecture.py`` lines 1-110; the first 3 lines of every ``anomaly/heldout*.py`` (``head -3``; no IoTDB
and no CFD surrogate among them). Slips: ``git worktree add`` printed main's head commit id and subject (not sought).
Nothing else opened."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT69_SEEDS = tuple(range(692000, 692012))
CODE = 69417
EPOCH = 1_776_000_000.0  # unix time of the simulation's second 0
KIND_P = (0.34, 0.33, 0.33)
PAUSE = {"short": (180, 600, 60, 240), "long": (720, 2100, 300, 720)}  # eval lo, hi, ckpt lo, hi (s)
DOWN = {"short": (60, 300, 180, 600), "long": (300, 1500, 1200, 5400)}  # hang lo, hi, down lo, hi (s)


def _timeline(rng, T: int, setting: str):
    """Pauses ``(t0, t1, kind)`` (s) over ``[0, T)``, restarts ``(kill, resume)``, change times and factors."""
    pauses, restarts, known = [(0.0, rng.uniform(60, 180), "start")], [], []
    ev_every = rng.uniform(1800, 5400) if setting == "short" else rng.uniform(2700, 7200)
    re_mean = rng.uniform(12, 36) * 3600
    n_ch = int(rng.integers(2, 5))
    ch_t = np.sort(rng.uniform(0.1, 0.85, n_ch)) * T
    ch_f = [np.exp(-rng.uniform(0.12, 0.4)) if rng.random() < 0.8 else np.exp(rng.uniform(0.1, 0.25))
            for _ in range(n_ch)]
    t, n_eval, ci = pauses[0][1], 0, 0
    next_re = t + rng.exponential(re_mean)
    lo, hi, clo, chi = PAUSE[setting]
    hlo, hhi, dlo, dhi = DOWN[setting]
    while t < T:
        to_eval = ev_every * rng.uniform(0.9, 1.1)
        if next_re < t + to_eval:
            k = max(next_re, t + 60)
            hang = rng.uniform(hlo, hhi)
            down = rng.uniform(dlo, dhi) * np.exp(rng.normal(0, 0.2))
            load = rng.uniform(60, 180)
            pauses.append((k, k + hang, "hang"))
            pauses.append((k + hang, k + hang + down, "down"))
            pauses.append((k + hang + down, k + hang + down + load, "load"))
            restarts.append((k + hang, k + hang + down))
            t = k + hang + down + load
            next_re = t + 1200 + rng.exponential(re_mean)
            continue
        t += to_eval
        n_eval += 1
        dur = rng.uniform(lo, hi) * np.exp(rng.normal(0, 0.2))
        if n_eval % 3 == 0:
            dur += rng.uniform(clo, chi) * np.exp(rng.normal(0, 0.2))
        pauses.append((t, t + dur, "ckpt" if n_eval % 3 == 0 else "eval"))
        while ci < n_ch and ch_t[ci] < t:  # a curriculum move takes effect after this evaluation
            known.append((t + dur, ch_f[ci]))
            ci += 1
        t += dur
    return pauses, restarts, known


def _job_rate(rng, T: int, pauses, known, nodes: int) -> tuple[np.ndarray, np.ndarray]:
    """The job's healthy snapshots/s per second, and a per-second flag of "training"."""
    base = nodes * 4 * rng.uniform(3, 25) * rng.uniform(0.85, 0.97)
    sd = rng.uniform(0.04, 0.10)
    log = rng.normal(0, sd, T)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(600, 2400))
    log += np.interp(np.arange(T), np.arange(len(ou)) * 60.0, ou)
    t = rng.exponential(rng.uniform(180, 720))
    gap = rng.uniform(180, 720)
    while t < T:  # cold chunk reads of a new store
        d = rng.uniform(5, 25)
        log[int(t):int(t + d)] += np.log(rng.uniform(0.4, 0.75))
        t += d + rng.exponential(gap)
    level = np.full(T, np.log(base))
    for tc, f in known:
        level[int(tc):] += np.log(f)
    on = np.ones(T, bool)
    ramp_lo, ramp_len = rng.uniform(0.5, 0.8), rng.uniform(30, 120)
    for a, b, _ in pauses:
        on[int(a):int(np.ceil(b))] = False
        k = int(np.ceil(b))
        m = min(T - k, int(ramp_len))
        if m > 0:
            log[k:k + m] += np.log(ramp_lo + (1 - ramp_lo) * np.arange(m) / ramp_len)
    return np.where(on, np.exp(level + log), 0.0), on


def _rows(rng, T: int, pauses, restarts, nodes: int):
    """Each node's rows: stamp (s), the seconds each covers ``(lo, hi]``, when its tablet was sent, and which
    rows a kill lost. Returned as flat arrays (node, stamp, lo, hi, sent, kept)."""
    I = float(rng.choice([5.0, 10.0, 15.0]))
    B = int(rng.integers(1, int(30 // I) + 1))
    stamp_s = rng.random() < 0.4
    lives = []
    t0 = 0.0
    for k, r in restarts:
        lives.append((t0, k))
        t0 = r
    lives.append((t0, float(T)))
    evs = np.array([a for a, b, kind in pauses if kind in ("eval", "ckpt")])
    slow_eps = []
    t = rng.exponential(rng.uniform(10, 30) * 3600)
    while t < T:
        slow_eps.append((t, t + rng.uniform(120, 600)))
        t += rng.exponential(20 * 3600)
    out = {k: [] for k in ("node", "stamp", "lo", "hi", "sent", "kept")}
    stats = dict(rows=0, lost=0, overwritten=0, devices=0)
    for li, (a, b) in enumerate(lives):
        for nd in range(nodes):
            stats["devices"] += 1
            ph = a + rng.uniform(0, I)
            ft = np.arange(ph, b, I) + rng.uniform(0, 0.02 * I, int(np.ceil((b - ph) / I)) if b > ph else 0)
            ft = ft[ft < b]
            flush_ev = evs[(evs > a) & (evs < b)] + rng.uniform(0.01, 0.5)
            periodic = np.concatenate([np.zeros(len(ft), bool), np.ones(len(flush_ev), bool)])
            ft = np.concatenate([ft, flush_ev])
            order = np.argsort(ft, kind="stable")
            ft, is_ev = ft[order], periodic[order]
            if len(ft) == 0:
                continue
            lo = np.concatenate([[a], ft[:-1]])
            # a tablet goes every B periodic rows and at each evaluation's flush
            cnt = np.cumsum(~is_ev)
            send_pt = is_ev | (cnt % B == 0)
            idx = np.flatnonzero(send_pt)
            nxt = np.searchsorted(idx, np.arange(len(ft)))
            has = nxt < len(idx)
            sent = np.where(has, ft[idx[np.minimum(nxt, len(idx) - 1)]], np.inf)
            lat = rng.uniform(0.05, 0.4, len(ft))
            for s0, s1 in slow_eps:
                m = (sent >= s0) & (sent < s1)
                lat[m] = rng.uniform(5, 90, int(m.sum()))
            sent = sent + lat
            killed = li < len(lives) - 1
            kept = has | (not killed)  # a killed process loses its unsent tablet rows
            st = np.floor(ft) if stamp_s else np.floor(ft * 1000) / 1000
            dup = np.zeros(len(ft), bool)
            dup[:-1] = st[:-1] == st[1:]  # the later write at the same timestamp overwrites
            stats["overwritten"] += int((dup & kept).sum())
            kept &= ~dup
            stats["rows"] += len(ft)
            stats["lost"] += int((~has).sum()) if killed else 0
            for key, v in (("node", np.full(len(ft), nd)), ("stamp", st), ("lo", lo), ("hi", ft), ("sent", sent),
                           ("kept", kept)):
                out[key].append(v)
    rows = {k: np.concatenate(v) for k, v in out.items()}
    return rows, SimpleNamespace(I=I, B=B, stamp_s=stamp_s, stats=stats, lives=lives)


def _window_values(rate: np.ndarray, rows, ws: np.ndarray, H: float, nodes: int) -> np.ndarray:
    """The panel's value of each window ``[ws, ws + 60)``: the kept rows stamped in it and sent by its read time,
    each carrying its node's share of the snapshots over ``(lo, hi]``, summed and divided by 60."""
    C = np.concatenate([[0.0], np.cumsum(rate)])
    def cum(x):
        i = np.clip(np.floor(x).astype(int), 0, len(rate))
        return C[i] + (x - i) * rate[np.minimum(i, len(rate) - 1)]
    cnt = (cum(rows["hi"]) - cum(rows["lo"])) / nodes
    w = np.searchsorted(ws, rows["stamp"], side="right") - 1
    ok = rows["kept"] & (w >= 0) & (w < len(ws))
    ok &= rows["stamp"] < ws[np.clip(w, 0, len(ws) - 1)] + 60
    ok &= rows["sent"] <= ws[np.clip(w, 0, len(ws) - 1)] + 60 + H
    return np.bincount(w[ok], weights=cnt[ok], minlength=len(ws)) / 60.0


def _build(seed: int, n: int, setting: str):
    """The healthy run: ``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    nodes = int(rng.integers(2, 7))
    T = int(60 * n * (1.25 if setting == "short" else 1.6)) + 7200
    pauses, restarts, known = _timeline(rng, T, setting)
    rate, on = _job_rate(rng, T, pauses, known, nodes)
    rows, meta = _rows(rng, T, pauses, restarts, nodes)
    phase = float(np.round(rng.uniform(0, 60), 3))
    H = rng.uniform(20, 45)
    allw = phase + 60.0 * np.arange(int((T - 120) // 60))
    has_row = np.zeros(len(allw), bool)
    wi = np.searchsorted(allw, rows["stamp"][rows["kept"]], side="right") - 1
    has_row[wi[(wi >= 0) & (wi < len(allw))]] = True
    ws = allw[has_row]
    if len(ws) < n:
        raise RuntimeError("simulated too short a run")  # T is sized to hold n returned windows
    ws = ws[:n]
    run = SimpleNamespace(rate=rate, rows=rows, meta=meta, ws=ws, H=H, nodes=nodes, pauses_t=pauses,
                          restarts=restarts, known=known, T=T)
    healthy = _window_values(rate, rows, ws, H, nodes)
    ramp_half = 60.0
    spans = []
    for a, b, _ in pauses:
        s = int(np.searchsorted(ws + 60, a - meta.I, side="right"))
        e = int(np.searchsorted(ws, b + ramp_half, side="left"))
        if s < n and e > s:
            hc.add_span(spans, s, min(e, n))
    spans = _merge(spans)
    live = hc.live_mask(spans, n)
    at = [int(np.searchsorted(ws, tc)) for tc, _ in known]
    changes = hc.change_points(at, spans, n)
    return run, healthy, spans, live, changes


def _merge(spans):
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _weight(rng, kind: str, L: int, ramp_s: int) -> np.ndarray:
    """``w`` over ``L`` seconds of a regression."""
    s = np.arange(L, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp_s, 1)) ** rng.uniform(0.7, 2.0)
    calm = rng.uniform(0.1, 0.3)
    w = np.full(L, calm)
    edges = hc.twostate(rng, 0.0, float(L), rng.uniform(30, 200), rng.uniform(60, 400))
    for i in range(0, len(edges) - 1, 2):
        w[int(edges[i]):int(edges[i + 1])] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = len(healthy)
    ws = run.ws
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, 1800)) if kind == "leak" else 0
        if rng.random() < 0.35:
            cand = [(a, b) for a, b, k in run.pauses_t if ws[lo] <= a and b + 60 < ws[min(hi, n) - 1]]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t_on = rng.uniform(a + 0.5 * (b - a), b + 60)
            onset = int(np.searchsorted(ws + 60, t_on, side="right"))
        else:
            onset = int(rng.integers(lo, max(lo + 1, hi - 120)))
            t_on = ws[onset]
        if not lo <= onset < hi - 60:
            continue
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or any(onset <= c < stop for c in changes):
            continue
        t_end = run.T if stop >= n else ws[stop]
        t0 = int(t_on)
        w = np.zeros(run.T)
        w[t0:int(t_end)] = _weight(rng, kind, int(t_end) - t0, int((ws[min(onset + ramp, n - 1)] - t_on)))
        dw = _window_values(run.rate * w, run.rows, ws, run.H, run.nodes)
        lv = live[onset:stop]
        hs, ds = healthy[onset:stop][lv].sum(), dw[onset:stop][lv].sum()
        if hs <= 0 or ds <= 0:
            continue
        target = rng.uniform(*{"drop": (0.09, 0.3), "straggler": (0.1, 0.28), "leak": (0.12, 0.3)}[kind])
        a = target * hs / ds
        if a > 0.8:
            continue
        v = healthy - a * dw
        got = hc.changed_span(v, healthy, onset, lo, hi if not to_end else n, n, to_end=to_end and stop >= n)
        if got is None:
            continue
        on2, end2 = got
        if any(on2 <= c < end2 for c in changes):
            continue
        ramp_end = min(on2 + ramp, end2 - 1) if kind == "leak" else on2
        depth = hc.shown_depth(v, healthy, live, kind, on2, ramp_end, end2, n, max(1, (ramp_end - on2) // 3))
        if depth is None:
            continue
        return Event(kind, on2, ramp_end, end2, round(depth, 4)), a * dw
    return None


def make_heldout69(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
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
        for m in mods:
            v = v - m
        return np.maximum(v, 0.0)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, KIND_P, changes, series, healthy, live)
    return Trace(values=values, timestamps=EPOCH + run.ws, events=events, pauses=spans, seed=seed,
                 healthy=healthy, changes=changes)


def heldout69_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT69_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout69, seeds, n, pauses)
