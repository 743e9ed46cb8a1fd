"""The eightieth held-out throughput family: a template-free retrosynthesis model's (a Chemformer / Molecular
Transformer-style seq2seq transformer on reaction SMILES, trained with SMILES augmentation and length bucketing; some
runs relaunched into a second stage on a curated reaction set, onto a larger model or onto other nodes) training
reactions/s on 2-8 GPU nodes, collected through CrateDB: each node's sender inserts one row (node, ts, reactions)
per logging interval through the HTTP ``_sql`` endpoint into a day-partitioned, sharded, replicated table, rows are
visible after a shard refresh, and a Grafana panel (PostgreSQL data source) reads ``SELECT date_trunc('minute', ts)
AS time, sum(reactions) / 60 ... GROUP BY 1``, which a watcher reads once per minute.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): CrateDB's refresh page (eventually consistent; a
table refreshes every ``refresh_interval``, 1000 ms by default; ``REFRESH TABLE``) and its REFRESH statement page
(without a refresh, SELECT does not see new rows; partitions refreshed one by one); CrateDB's HTTP endpoint page
(``/_sql``, ``stmt`` with ``args``) and crate-python PR #97 (``executemany`` uses ``bulk_args``; a failed row's
rowcount is -2); OpenSearch / Elasticsearch refresh pages (a shard with no search for ``search.idle.after``, 30 s,
gets no background refresh; the first search waits for a refresh); crate/crate issues #1316, #3229, #1882
("rejected execution (queue capacity N)" of the bulk / write thread pool under load), PR #829 (retry when the bulk
queue is full), #6618 (inserts slow for minutes when a data node leaves; ``wait_for_active_shards``) and
orchestracities/ngsi-timeseries-api #409 (``wait_for_active_shards`` affects the creation of a new partition: writes
stall up to 30 s while a replica is missing). Assumed without checking: a row's ``ts`` is the sender's clock at the
send (so ``date_trunc`` puts the whole interval into the minute of its end); a write to a shard whose primary was on a
restarting node waits for the replica's promotion (5-60 s) and, with no replica, fails until the node is back; the
sender retries a rejected row with back-off 1, 2, 4 ... 30 s, keeping its ``ts``, and drops it after 3-6 rejections or
5-15 min; Grafana's PostgreSQL source shows no row for a minute no row fell in, read as 0 by the watcher; a query on
an idle shard sees every row accepted before it.

Chosen (the path; one point is one minute of ``date_trunc('minute', ts)``, keyed by its start, so the step is 60 s):
a logging interval ``I`` of 10/15/20/30 s per run, a random phase per node and process, 0-0.1 s send jitter; the
node clocks N(0, 0.3 s) off, and half the nodes 1-10 s off in chrony-stopped episodes (10-90 min, first within 5-80 h,
then every 20-100 h); a round trip exp(N(log 20-100 ms, 0.5)), 0.5-3 s more for the first rows of a day (the day's
partition is created); busy episodes of the cluster (5-40 min, first within 10-60 h, then every 20-100 h) reject
5-50 % of the bulk requests; CrateDB node restarts (1-6 min, first within 10-100 h, then every 30-150 h) on a cluster
of 3-5 nodes, 70 % of the tables with one replica; ``refresh_interval`` 1 s (60 %), 5 s or 10 s; the dashboard
refreshes every 10/30/60/300 s (over 30 s the shards go search-idle); the watcher reads a minute ``L`` = 30/60/120/300
s (+0-3) after its end, and rows not visible then are lost to the trace. A graceful stop flushes its last row; a crash
loses the rows counted since the last send.

The job (my own picture, not checked): 2-8 nodes of 4 or 8 GPUs; 60-140 reactions/s per GPU (base) or 22-55 (large),
times 0.90-0.97 per doubling of the nodes. Per 5 s tick: exp(N(0, 2-5 %)) (length buckets of augmented SMILES), a
slow OU of the log (sd 2-5 %, 20-120 min: the augmentation and the RDKit canonicalisation load on the loader CPUs),
loader stalls on 0.2-1 % of the ticks (30-70 % of the rate); each node's share of the reactions exp(N(0, 2-5 %)).
Pauses, each log-uniform in its range: a start-up 3-10 min ("long": 15-35), then a ramp from 35-65 % over 3-8 min;
validation with beam search (top-k accuracy) every 30-120 min, 2-8 min ("long": 10-25), a checkpoint after every 1-3,
20-90 s ("long": 1-5 min), then a ramp from 85-97 % over 30-120 s. Node failures (Poisson, mean 15-60 h, at least 20
min after a start) hang the job 2-10 min ("long": 20-30), then it is down 1-5 min ("long": 10-30) and restarts on the
same nodes. Planned relaunches (1-3 at 10-85 % of the run, after the next checkpoint once due; a graceful stop of
1-4 min, "long" 5-15): a second stage (the level times exp(+-0.15-0.35), once), a larger model (times 0.40-0.65) or
1-3 nodes more or fewer (2-8); each is a listed change. A point is paused when pauses or the start-up ramp's first
half fill a sixth of its window (its minute and the ``I`` s before it) or more, when it reads 0, and the point after
any of those.

Labelled regressions multiply the job's reactions/s by ``1 - a w(t)`` from their onset; rows, stamps and visibility
keep the healthy run's, so a point loses ``a`` times the read of the lost reactions (linear): ``drop`` (a node's GPUs
power-capped or a NIC degraded: the synchronous job waits; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points),
``straggler`` (one node's RDKit loader workers starved by a co-scheduled CPU job: bursts of mean 5-40 min at 1, calm
of mean 10-60 min at 0.1-0.3), ``leak`` (the loader workers' canonical-SMILES cache grows until the host swaps: ``w =
(s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held; it ends with its process). Onsets: 35 % within
30 s before to 60 s after a pause's end, else anywhere in the slot; ``a`` solved for a loss of 8-33 % (drop), 10-30 %
(straggler) or 12-35 % (leak) over the event's live points, ``a <= 0.8``; an event holds no listed change; kept where
the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout80_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      11    10         9     0.099-0.346  19              3-27 (1000, 0 >60)           3
long      30      12    9          9     0.096-0.341  20              11-95 (922, 31 >60)          3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 14, long 23 (planned relaunches). Paused share of the points: 5.8-17.4 % (short),
16.4-41.0 % (long). Rows the watcher saw in time, of those stamped in the trace: 99.98-100 % over both settings' 24
runs. The healthy points over the job's true reactions per minute (live points): 0.99999-1.0005. Building both full
sets takes about 1.7 s of CPU on one core. The test module runs in 1.71 s by pytest (2.17 s wall, 2.01 s user
CPU + 0.10 s
system; ``OMP_NUM_THREADS=1``, pinned to one core, on a machine busy with other benchmarks).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout79.py`` lines 1-150 and 494-504 (a ``grep -n`` for its two functions'
lines and ``wc -l``); ``tests/test_anomaly_heldout79.py`` (all); ``anomaly/heldout_common.py`` (all; its lines 160-245
in second views, the first view was cut short); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80;
``/tmp/s44/genheads80.txt`` (all, and a count of lines with crate / retrosynth: none); ``tests/test_architecture.py``
lines 1-110; ``wc -l`` of heldout_common.py. Slips: ``git worktree add`` printed main's head commit id and subject
(not sought); no other. Nothing else in the project opened.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT80_SEEDS = tuple(range(802000, 802012))
CODE = 80
EPOCH = 1_769_904_000  # 2026-02-01 00:00 UTC: a day partition starts at every multiple of 86400 s from here
STEP = 60  # date_trunc('minute', ts) ... GROUP BY 1: one minute, one point, keyed by its start
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (180, 600), "long": (900, 2100)},
       "valid": {"short": (120, 480), "long": (600, 1500)},
       "ckpt": {"short": (20, 90), "long": (60, 300)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (60, 240), "long": (300, 900)}}
# reactions/s per GPU (lo, hi) for the model's size, at the first stage's SMILES lengths (augmented, length-bucketed)
MODELS = {"base": (60.0, 140.0), "large": (22.0, 55.0)}
INTERVALS = (10, 15, 20, 30)  # the sender's logging interval (s): one row per node and interval
REFRESH = (1, 1, 1, 5, 10)  # the table's refresh_interval (s)
POLLS = (10, 30, 60, 300)  # the dashboard's auto-refresh (s); over search.idle.after (30 s) the shards go idle
LAGS = (30, 60, 120, 300)  # the watcher reads a minute this many s (+ 0-3) after its end
PAUSED_SHARE = 1 / 6  # a point is paused when pauses (or the start-up ramp's first half) fill this share of its window


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    return max(1, int(round(_logu(rng, *DUR[kind][setting]) / TICK)))


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, each ``dur`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = _logu(rng, *dur)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _inside(t: np.ndarray, eps) -> np.ndarray:
    m = np.zeros(len(t), bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


def _schedule(rng, n: int, setting: str):
    """The job: processes, pauses and the reactions/s ``J`` per tick (and each node's share of them)."""
    T = (n + 3) * K
    nodes, gpus = int(rng.integers(2, 9)), int(rng.choice([4, 8], p=[0.3, 0.7]))
    model = str(rng.choice(list(MODELS)))
    per_gpu, doubling = rng.uniform(*MODELS[model]), rng.uniform(0.90, 0.97)
    val_every, ck_every = rng.uniform(1800, 7200), int(rng.integers(1, 4))
    fail_mean = rng.uniform(15, 60) * 3600
    rel_at = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * T * TICK)
    # the job's own noise, drawn whatever the schedule: length buckets per step, the augmentation mix (OU of the
    # log), RDKit loader stalls, each node's share of the reactions
    noise = np.exp(rng.normal(0, rng.uniform(0.02, 0.05), T))
    ou = hc.ou_path(rng, T * TICK, rng.uniform(0.02, 0.05), rng.uniform(1200, 7200))
    noise *= np.exp(np.repeat(ou, K)[:T])
    noise[rng.random(T) < rng.uniform(0.002, 0.01)] *= rng.uniform(0.3, 0.7)
    g = np.exp(rng.normal(0, rng.uniform(0.02, 0.05), (8, T)))
    level, factor = np.zeros(T), np.ones(T)
    life, nodes_at = np.full(T, -1), np.full(T, nodes)
    ramp_half = np.zeros(T, bool)
    pauses, procs = [], []
    cur = {"nodes": nodes, "stage": 0, "big": model == "large", "mult": 1.0}
    t, ri = 0, 0
    while t < T:
        pid = len(procs)
        procs.append(dict(cur, start=t, graceful=False))
        base = per_gpu * cur["mult"] * gpus * cur["nodes"] * doubling ** np.log2(cur["nodes"])
        d = _ticks(rng, "startup", setting)
        pauses.append((t, min(t + d, T), "startup"))
        life[t:t + d], nodes_at[t:t + d] = pid, cur["nodes"]
        t += d
        r = max(2, int(_logu(rng, 180, 480) / TICK))
        factor[t:t + r] = np.linspace(rng.uniform(0.35, 0.65), 1, r)[:max(0, min(r, T - t))]
        ramp_half[t:t + r // 2] = True
        fail = t + int(max(1200, rng.exponential(fail_mean)) / TICK)
        val, n_val = t + int(val_every * np.exp(rng.normal(0, 0.1)) / TICK), 0
        while t < T:
            nxt = min(val, fail, T)
            level[t:nxt], life[t:nxt], nodes_at[t:nxt] = base, pid, cur["nodes"]
            t = nxt
            if t >= T:
                break
            if t == fail:  # a node fails: the job hangs until the NCCL timeout, is down, then restarts
                h, dn = _ticks(rng, "hang", setting), _ticks(rng, "down", setting)
                pauses.append((t, min(t + h, T), "hang"))
                life[t:t + h] = pid
                pauses.append((t + h, min(t + h + dn, T), "down"))
                t += h + dn
                break
            d = _ticks(rng, "valid", setting)  # beam-search validation (top-k accuracy)
            pauses.append((t, min(t + d, T), "valid"))
            life[t:t + d] = pid
            t, n_val = t + d, n_val + 1
            if n_val % ck_every == 0:
                d = _ticks(rng, "ckpt", setting)
                pauses.append((t, min(t + d, T), "ckpt"))
                life[t:t + d] = pid
                t += d
                if ri < len(rel_at) and rel_at[ri] <= t * TICK:  # a planned relaunch, after this checkpoint
                    ri += 1
                    d = _ticks(rng, "stop", setting)
                    pauses.append((t, min(t + d, T), "stop"))
                    t += d
                    procs[pid]["graceful"] = True
                    cur = _relaunch(rng, cur)
                    break
            r = max(2, int(rng.uniform(30, 120) / TICK))
            factor[t:t + r] = np.linspace(rng.uniform(0.85, 0.97), 1, r)[:max(0, min(r, T - t))]
            val = t + int(val_every * np.exp(rng.normal(0, 0.1)) / TICK)
    paused = np.zeros(T, bool)
    for a, b, _ in pauses:
        paused[a:b] = True
    J = np.where(paused, 0.0, level * factor * noise)
    share = np.zeros((8, T))
    for k in range(8):
        share[k] = np.where(k < nodes_at, g[k], 0.0)
    share /= share.sum(0)
    return SimpleNamespace(n=n, T=T, J=J, share=share, life=life, pauses=pauses, procs=procs, paused=paused,
                           ramp_half=ramp_half, cfg={"nodes": nodes, "gpus": gpus, "model": model})


def _relaunch(rng, cur: dict) -> dict:
    """A planned relaunch: a second stage (fine-tuning on a curated set: other SMILES lengths), a larger model, or
    1-3 nodes more or fewer (2-8)."""
    cur = dict(cur)
    opts = ["nodes"] + (["stage"] if cur["stage"] == 0 else []) + (["big"] if not cur["big"] else [])
    what = opts[int(rng.integers(len(opts)))]
    if what == "stage":
        cur["stage"], cur["mult"] = 1, cur["mult"] * float(np.exp(rng.choice([-1, 1]) * rng.uniform(0.15, 0.35)))
    elif what == "big":
        cur["big"], cur["mult"] = True, cur["mult"] * rng.uniform(0.4, 0.65)
    else:
        cand = [k for k in range(2, 9) if 1 <= abs(k - cur["nodes"]) <= 3]
        cur["nodes"] = int(cand[int(rng.integers(len(cand)))])
    return cur


def _rows(rng, run, setting: str):
    """The rows the senders insert and when each becomes visible to the panel's query."""
    n, T = run.n, run.T
    end = T * TICK
    I = int(rng.choice(INTERVALS))
    cr_nodes, replicas = int(rng.integers(3, 6)), int(rng.random() < 0.7)
    refresh, poll, L = int(rng.choice(REFRESH)), int(rng.choice(POLLS)), int(rng.choice(LAGS))
    retries, max_age = int(rng.integers(3, 7)), rng.uniform(300, 900)
    busy = _episodes(rng, end, (10, 60), (20, 100), (300, 2400))  # bulk queues full: requests rejected
    p_rej = rng.uniform(0.05, 0.5)
    outs = _episodes(rng, end, (10, 100), (30, 150), (60, 360))  # a CrateDB node restarts (upgrade, OOM)
    promo = rng.uniform(5, 60)
    skew = rng.normal(0, 0.3, 8)
    drift = [_episodes(rng, end, (5, 80), (20, 100), (600, 5400)) if rng.random() < 0.5 else [] for _ in range(8)]
    drift_by = rng.choice([-1, 1], 8) * rng.uniform(1, 10, 8)
    node, t1, t2 = [], [], []
    for pid, p in enumerate(run.procs):
        alive = np.nonzero(run.life == pid)[0]
        if not len(alive):
            continue
        s, e = alive[0] * TICK, (alive[-1] + 1) * TICK
        for k in range(p["nodes"]):
            sends = s + rng.uniform(0, I) + I * np.arange(int((e - s) / I) + 1)
            sends = sends + np.abs(rng.normal(0, 0.1, len(sends)))
            sends = sends[sends < e]
            if p["graceful"]:  # a graceful stop flushes the last interval; a crash loses it
                sends = np.append(sends, e)
            node += [k] * len(sends)
            t1.append(np.concatenate([[s], sends[:-1]]))
            t2.append(sends)
    node, t1, t2 = np.array(node), np.concatenate(t1), np.concatenate(t2)
    ts = t2 + skew[node]
    for k in range(8):
        m = (node == k) & _inside(t2, drift[k])
        ts[m] += drift_by[k]
    # the bulk insert: a round trip, retried with back-off while rejected or while the row's shard has no primary
    acc = t2 + np.exp(rng.normal(np.log(rng.uniform(0.02, 0.1)), 0.5, len(t2)))
    acc += np.where(ts % 86400 < 5, rng.uniform(0.5, 3), 0.0)  # a new day's partition is created first
    on_down = rng.random(len(t2)) < 1 / cr_nodes
    lost = np.zeros(len(t2), bool)
    todo = np.ones(len(t2), bool)
    for k in range(60):
        if not todo.any():
            break
        i = np.nonzero(todo)[0]
        a = acc[i]
        down = _inside(a, outs) & on_down[i]
        if replicas:  # the replica is promoted: the write waits for it
            for x, y in outs:
                w = on_down[i] & (a >= x) & (a < x + promo)
                acc[i[w]] = x + promo + 0.05
            down[:] = False
        rej = _inside(a, busy) & (rng.random(len(i)) < p_rej)
        fail = down | rej
        done = ~fail
        todo[i[done]] = False
        nxt = a + np.minimum(2.0 ** k, 30.0)
        gone = fail & ((k >= retries) & rej & ~down | (nxt - t2[i] > max_age))
        lost[i[gone]] = True
        todo[i[gone]] = False
        acc[i[fail & ~gone]] = nxt[fail & ~gone]
    vis = acc + (0.0 if poll > 30 else rng.uniform(0, refresh, len(acc)))  # an idle shard refreshes on the query
    b = np.floor(ts / STEP).astype(int)
    read = (np.arange(n) + 1) * STEP + L + rng.uniform(0, 3, n)
    ok = (b >= 0) & (b < n)
    coef = np.zeros(len(t2))
    coef[ok] = (vis[ok] <= read[b[ok]]) & ~lost[ok]
    run.cfg.update(I=I, replicas=replicas, cr_nodes=cr_nodes, refresh=refresh, poll=poll, L=L, busy=len(busy),
                   outs=len(outs), drifting=sum(bool(d) for d in drift[:max(p["nodes"] for p in run.procs)]))
    return SimpleNamespace(node=node, t1=t1, t2=t2, b=np.clip(b, 0, n - 1), coef=coef, lost=int(lost.sum()),
                           seen=float(coef[ok].mean()) if ok.any() else 0.0)


def _read(run, J) -> np.ndarray:
    """The panel's points for the reactions/s ``J`` per tick: ``sum(reactions) / 60`` of the visible rows stamped
    in each minute (linear in ``J``)."""
    rw = run.rw
    edges = np.arange(run.T + 1) * TICK
    cnt = np.zeros(len(rw.t2))
    for k in range(8):
        m = rw.node == k
        if not m.any():
            continue
        C = np.concatenate([[0.0], np.cumsum(J * run.share[k]) * TICK])
        cnt[m] = np.interp(rw.t2[m], edges, C) - np.interp(rw.t1[m], edges, C)
    return np.bincount(rw.b, weights=rw.coef * cnt, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.rw = _rows(rng, run, pauses)
    h = _read(run, run.J)
    I = run.cfg["I"]
    cov = np.concatenate([[0], np.cumsum(run.paused | run.ramp_half)])
    lo = np.clip((np.arange(n) * STEP - I) // TICK, 0, run.T)
    hi = np.clip((np.arange(n) + 1) * K, 0, run.T)
    paused = (cov[hi] - cov[lo]) / (hi - lo) >= PAUSED_SHARE
    paused |= h <= 0
    paused[1:] |= paused[:-1].copy()
    spans, s = [], None
    for i, p in enumerate(paused):
        if p and s is None:
            s = i
        elif not p and s is not None:
            spans.append((s, i))
            s = None
    if s is not None:
        spans.append((s, n))
    live = hc.live_mask(spans, n)
    starts = [p["start"] * TICK // STEP for q, p in zip(run.procs, run.procs[1:]) if q["graceful"]]
    changes = hc.change_points(starts, spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a node's GPUs power-capped or a NIC degraded: the synchronous job waits for it
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the RDKit canonical-SMILES cache of the loader workers grows until the host swaps
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 1.5)
    w, i, on, calm = np.empty(length), 0, True, rng.uniform(0.1, 0.3)  # a node's loader workers starved
    burst, rest = rng.uniform(5, 40), rng.uniform(10, 60)
    while i < length:
        d = max(1, int(rng.exponential(burst if on else rest)))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    ends = [b for a, b, _ in run.pauses if lo * K <= b < hi * K]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if ends and rng.random() < 0.35:
            t0 = ends[int(rng.integers(len(ends)))] + int(rng.uniform(-6, 12))
        else:
            t0 = int(rng.uniform(lo, last) * K)
        onset = t0 // K
        if not lo <= onset < last:
            continue
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = np.zeros(run.T)
        t1 = min(run.T, stop * K) if not to_end else run.T
        if kind == "leak":  # it ends with its process
            later = np.nonzero(run.life[t0:t1] != run.life[t0])[0]
            t1 = t0 + int(later[0]) if len(later) else t1
        if t1 - t0 < 60 * K:
            continue
        w[t0:t1] = np.repeat(_weight(rng, kind, (t1 - t0) // K + 1, ramp), K)[:t1 - t0]
        m = _read(run, run.J * w)
        nz = np.nonzero(m)[0]
        if not len(nz):
            continue
        at, e1 = int(nz[0]), int(nz[-1]) + 1
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.35))
        hs, ms = healthy[at:e1][live[at:e1]].sum(), m[at:e1][live[at:e1]].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 0.8:
            continue
        loss = target * hs / ms * m[at:e1]
        v = healthy.copy()
        v[at:e1] = np.maximum(v[at:e1] - loss, 0.0)
        span = hc.changed_span(v[at:e1], healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, loss)
    return None


def make_heldout80(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(7,))


def heldout80_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT80_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout80, seeds, n, pauses)
