"""The seventy-seventh held-out throughput family: a learned image-compression model's (a CompressAI-style
rate-distortion autoencoder with a scale hyperprior or a channel-wise autoregressive entropy model, trained on random
crops of natural images, some runs relaunched into a second stage at a higher lambda on larger crops) training
patches/s on 2-10 GPU nodes, collected through Munin: each node's munin-node runs a plugin that prints the node's
cumulative patch counter (a DERIVE data source, min 0), the master's munin-update polls every node every 5 minutes
from cron and stores the values in RRD files (step 300 s, heartbeat 600 s), and a watcher sums the nodes' finest
AVERAGE rows (``rrdtool xport`` with an ``ADDNAN`` CDEF over the nodes).

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): the munin-cron systemd timer (``OnCalendar=*:0/5``)
and the ``*/5 * * * *`` cron line quoted in mail-in-a-box PR #1579; the munin-cron and munin-update man pages
(``--fork``: one process per host; ``--timeout``, 180 s by default); munin issues #1362 and PR #159 (a munin-update
that finds the lock of a still-running one logs "Lock already exists ... Dying"); Munin's datatypes page and the old
wiki's ``fieldname.type`` page (DERIVE works like COUNTER without the overflow check; "use DERIVE with min=0" to get
unknowns for counter resets); a serverfault question showing a munin RRD dump (step 300, DERIVE, heartbeat 600, min
0, an AVERAGE RRA of 1 PDP per row, xff 0.5); munin issues #940 / PR #938 / #982 (the master stamps a value without
its own timestamp with its "now"), #1225, #1315 and co2mon PR #29 (a plugin may print ``epoch:value``, since munin
1.3.4), #711 and #1304 (``update_rate``, NaNs when the RRD's step and the polls disagree); rrdcreate's man page and
librenms' DERIVE:600:0 RRDs (heartbeat 600, step 300). From memory of rrdtool's ``rrd_update.c`` (its 1.4.9 opening
was found, not read further): an interval longer than the heartbeat is unknown; a PDP is the average of the known
rate over its known seconds, unknown only when all of it is unknown; an update not after the last one is refused.

Chosen (the path; one point is one 300 s RRD row, the finest RRA's step, stamped at the row's end): rank 0 of each
node writes the node's patches since its process started to a counter file every ``W`` = 10/20/30/60 s while the job
trains (not during pauses; a graceful stop writes once more); a new process starts its counter at 0, so the poll
interval across a restart has a falling counter and is unknown (DERIVE, min 0). The plugin prints the plain value
(65 % of runs: the master stamps its fetch time) or ``mtime:value`` (35 %: the file's write time on the node's
clock, so a stale file repeats its stamp and rrdtool refuses the update: a hung or stopped job leaves unknown rows).
munin-update starts 1 s + Exp(1.5 s) after each cron tick, each node's fetch 0.1-3 s later; a node's fetch times out
on 0.1-0.4 % of the polls. Busy-master episodes (first within 5-40 h, then every 10-60 h, 20-120 min): polls 10-240 s
late, 30 % of them overrunning so that the next cron's munin-update dies on the lock. Master outages (first within
20-100 h, then every 50-150 h, 20-90 min): no polls; the master's clock is then off by up to 30 s for 2-6 polls. Each
node's RRD takes its accepted updates: the rate of each interval (unknown over the heartbeat or where the counter
fell) spread over the rows it covers. The watcher sums the nodes' rows as unknown = 0 (ADDNAN); a row with every node
unknown has no value and no point (the trace's timestamps skip it).

The job (my own picture, not checked): 2-8 nodes of 4 or 8 GPUs at the start; 250-600 patches/s per GPU (scale
hyperprior) or 110-280 (channel-wise autoregressive), 256 x 256 crops, times 0.93-0.99 per doubling of the nodes; the
second stage's patches/s 0.24-0.32 of the first's (512 x 512 crops). Per 10 s tick: exp(N(0, 2-5 %)), a slow OU of the
log (sd 1-3 %, 10-60 min), decode stalls (large PNG / JPEG sources) on 0.3-1.5 % of the ticks at 20-70 %. Pauses,
each log-uniform in its range: a start-up 4-12 min ("long": 15-35), then a ramp from 35-65 % over 3-8 min; a Kodak-style
evaluation (the entropy coder's tables updated, real bitstreams) every 30-120 min of training, 30-150 s ("long": 5-20
min), then a checkpoint 10-40 s ("long": 40-150 s) and the loader workers spawned again 5-30 s ("long": 20-90), a ramp
from 80-95 % over 30-120 s; a checkpoint also every 30-90 min between. Node failures (Poisson, mean 15-50 h, at least
20 min after a start-up) hang the job until the NCCL timeout (2-10 min; "long": 20-30), then it is down 1-5 min
("long": 10-30) and starts again on the same nodes. Planned relaunches (1-3 at 10-85 % of the run, after the next
checkpoint once due; a graceful stop of 1-4 min, "long" 5-15): into the second stage (40 % while in the first) or onto
1-3 nodes more or fewer (2-10); each is a listed change. A point is paused when pauses or a ramp's first half fill a
sixth of its row or more, when it reads 0, next to a skipped row, and the point after any of those (a poll lands a
few seconds after a row's edge); a row that lost one node's value is not paused: it reads low.

Labelled regressions multiply the job's patches/s by ``1 - a w(t)`` from their onset; the updates keep the healthy
run's times and known intervals, so a point loses ``a`` times the read of the lost patches (linear): ``drop`` (a
node's GPUs power-capped or its NIC down-trained; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler``
(one node's reads from the shared file system throttled: bursts of mean 5-40 min at 1, calm of mean 10-60 min at
0.1-0.3), ``leak`` (the loader workers' memory grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a
ramp of 120-900 points, then held; it ends with its process). Onsets: 35 % within 30 s before to 60 s after a pause's
end, else anywhere in the slot; ``a`` solved for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over
the event's live points, ``a <= 0.8``; an event holds no listed change; kept where the measured depth is 7-35 % and
shows (80 draws a slot).

Counts over ``heldout77_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    10         9     0.082-0.349  29              2-13 (4900, 0 >60)           3
long      33      11    9          13    0.097-0.334  33              2-23 (6353, 0 >60)           3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one (with a checkpoint or an evaluation every
few rows, every onset is). Spans that run into the trace's end are left out. ``changes``: short 20, long 23 (planned
relaunches). Paused share of the points: 15.3-17.9 % (short), 27.4-38.6 % (long). Runs stamped by the file's time:
4 of 12 in each setting. Rows without a value (skipped) per run: 86-146 (short), 92-1362 (long: the file-stamped runs
lose every row of a hang, a down time and a start-up). Median absolute step of log over adjacent live points:
1.2-1.8 % (short), 1.0-1.7 % (long). Building both full sets takes about 6 s on one core. The test module runs in
4.8 s by pytest (5.2 s wall; ``OMP_NUM_THREADS=1``, pinned to one core).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout76.py`` lines 1-150 and 487-497; ``tests/test_anomaly_heldout76.py``
(all); ``anomaly/heldout_common.py`` (all, the middle part in a second view: lines 95-240); ``tests/trace_checks.py``
(all, its lines 290-402 in second views); ``anomaly/traces.py`` lines 1-80; ``/tmp/s44/genheads.txt``;
``tests/test_architecture.py`` lines 1-110; ``wc -l`` of heldout_common.py, trace_checks.py and genheads.txt. Slips:
``git worktree add`` printed main's head commit id and subject (not sought); one ``grep -n`` over my own module only.
Nothing else in the project opened.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT77_SEEDS = tuple(range(772000, 772012))
CODE = 77
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a multiple of 300 s
STEP = 300  # the RRD's step (s): one PDP, one row of the finest AVERAGE RRA, one point
TICK = 10  # the job's simulation grid (s)
HEARTBEAT = 600  # munin's default minimal heartbeat: a longer gap between two updates is unknown
MARGIN = 0.3  # rows simulated beyond ``n``, as a share of it (plus 100; rows without a value are left out)
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
# pause lengths (s): (lo, hi) per setting, each drawn log-uniform in its range
DUR = {"startup": {"short": (240, 720), "long": (900, 2100)},
       "eval": {"short": (30, 150), "long": (300, 1200)},
       "ckpt": {"short": (10, 40), "long": (40, 150)},
       "respawn": {"short": (5, 30), "long": (20, 90)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (60, 240), "long": (300, 900)}}
# patches/s per GPU (lo, hi) at 256 x 256 crops: a scale hyperprior (mbt2018-mean style) or a channel-wise
# autoregressive entropy model (cheng2020 / ELIC style: slower)
MODELS = {"hyper": (250.0, 600.0), "charm": (110.0, 280.0)}
WRITES = (10, 20, 30, 60)  # the trainer's counter-file write period ``W`` (s)
PAUSED_SHARE = 1 / 6  # a row is paused when pauses (or a ramp's first half) fill this share of it


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    return max(1, int(round(_logu(rng, *DUR[kind][setting]) / TICK)))


def _schedule(rng, n: int, setting: str):
    """The job: its pauses, processes and patches/s per tick."""
    nt = (n + int(MARGIN * n) + 100) * STEP // TICK
    level, ramp = np.zeros(nt), np.ones(nt)
    pauses, ramps, procs = [], [], []
    nodes, gpus = int(rng.integers(2, 9)), int(rng.choice([4, 8]))
    model = ("hyper", "charm")[int(rng.random() < 0.5)]
    per_gpu, eff = rng.uniform(*MODELS[model]), rng.uniform(0.93, 0.99)
    crop2 = rng.uniform(0.24, 0.32)  # the second stage's patches/s (512 x 512 crops, a higher lambda) per first's
    stage = 0
    fail_mean = rng.uniform(15, 50) * 3600 / TICK
    next_fail = rng.exponential(fail_mean)
    rel = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * n * STEP / TICK)
    rel = [r for k, r in enumerate(rel) if k == 0 or r - rel[k - 1] > 0.08 * n * STEP / TICK]
    t = 0
    while t < nt:
        d = _ticks(rng, "startup", setting)
        pauses.append((t, t + d, "startup"))
        t += d
        proc = {"start": t - d, "train": t, "nodes": nodes, "stage": stage, "graceful": False, "end": nt}
        procs.append(proc)
        lev = per_gpu * gpus * nodes * eff ** np.log2(nodes) * (crop2 if stage else 1.0)
        r = int(rng.uniform(18, 48))
        ramp[t:t + r] = np.linspace(rng.uniform(0.35, 0.65), 1, r)[:len(ramp[t:t + r])]
        ramps.append((t, t + r))
        next_eval = t + int(rng.uniform(30, 120) * 6)
        next_ck = t + int(rng.uniform(30, 90) * 6)
        next_fail = max(next_fail, t + 120)
        while t < nt:
            due = rel[0] if rel else np.inf
            upto = int(max(t, min(next_eval, next_ck, next_fail, nt)))
            level[t:upto] = lev
            t = upto
            if t >= nt:
                break
            if t >= next_fail:  # a node fails: NCCL hangs until its timeout, the job is down, then starts again
                h, dn = _ticks(rng, "hang", setting), _ticks(rng, "down", setting)
                pauses += [(t, t + h, "hang"), (t + h, t + h + dn, "down")]
                proc["end"] = t + h
                t += h + dn
                next_fail = t + rng.exponential(fail_mean)
                break
            if t >= next_eval:  # Kodak-style evaluation (entropy coder updated, real bitstreams), checkpoint, respawn
                for kind in ("eval", "ckpt", "respawn"):
                    d = _ticks(rng, kind, setting)
                    pauses.append((t, t + d, kind))
                    t += d
                r = int(rng.uniform(3, 12))
                ramp[t:t + r] = np.linspace(rng.uniform(0.8, 0.95), 1, r)[:len(ramp[t:t + r])]
                ramps.append((t, t + r))
                next_eval = t + int(rng.uniform(30, 120) * 6)
                next_ck = t + int(rng.uniform(30, 90) * 6)
            else:
                d = _ticks(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
                t += d
                next_ck = t + int(rng.uniform(30, 90) * 6)
            if t >= due:  # a planned relaunch after the checkpoint: a graceful stop, then a start-up
                rel.pop(0)
                d = _ticks(rng, "stop", setting)
                pauses.append((t, t + d, "stop"))
                proc["end"], proc["graceful"] = t, True
                t += d
                if stage == 0 and rng.random() < 0.4:
                    stage = 1
                else:
                    step = int(rng.integers(1, 4)) * (1 if rng.random() < 0.5 else -1)
                    new = int(np.clip(nodes + step, 2, 10))
                    nodes = new if new != nodes else nodes + (1 if nodes < 10 else -1)
                break
    train = np.zeros(nt, bool)
    for p in procs:
        train[p["train"]:p["end"]] = True
    for a, b, kind in pauses:
        train[a:b] = False
    # per-tick noise: steps of fixed-size crops (low noise), a slow OU of the log, JPEG / PNG decode stalls
    T = nt * TICK
    ou = np.interp(np.arange(nt) * TICK / 60.0, np.arange(int(T / 60) + 3),
                   hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(600, 3600)))
    noise = np.exp(rng.normal(0, rng.uniform(0.02, 0.05), nt) + ou)
    stall = np.where(rng.random(nt) < rng.uniform(0.003, 0.015), rng.uniform(0.2, 0.7, nt), 1.0)
    rate = np.where(train, level * ramp * noise * stall, 0.0)
    return SimpleNamespace(n=n, nt=nt, rate=rate, train=train, pauses=pauses, ramps=ramps, procs=procs,
                           model=model, gpus=gpus, known_t=[p["train"] for q, p in zip(procs, procs[1:])
                                                            if q["graceful"]])


def _collect(rng, run) -> None:
    """Munin: munin-update's polls, each node's accepted RRD updates (stamp, which counter-file write), in place."""
    nt, nodes_max = run.nt, max(p["nodes"] for p in run.procs)
    run.W = int(rng.choice(WRITES))
    run.stamp = "file" if rng.random() < 0.35 else "now"  # the plugin prints ``mtime:value`` or just the value
    kp = nt * TICK // STEP + 1
    cron = np.arange(kp) * float(STEP)
    delay = 1.0 + rng.exponential(1.5, kp)  # munin-cron / munin-update start-up on the master
    ok = np.ones(kp, bool)
    offset = np.zeros(kp)  # the master clock's error (s)
    run.busy, run.outages, run.skipped_polls = [], [], 0
    t = rng.uniform(5, 40) * 3600
    while t < cron[-1]:  # busy master: late polls, some running past the next cron (which dies on the lock)
        a, b = t, t + rng.uniform(20, 120) * 60
        run.busy.append((a, b))
        k = (cron >= a) & (cron < b)
        delay[k] += rng.uniform(10, 240, k.sum())
        over = np.flatnonzero(k & (rng.random(kp) < 0.3))
        over = over[over + 1 < kp]
        ok[over + 1] = False
        t = b + rng.uniform(10, 60) * 3600
    t = rng.uniform(20, 100) * 3600
    while t < cron[-1]:  # the master down (a reboot, a full disk): no munin-update; its clock off a while after
        a, b = t, t + rng.uniform(20, 90) * 60
        run.outages.append((a, b))
        ok[(cron >= a) & (cron < b)] = False
        after = np.flatnonzero(cron >= b)[:int(rng.integers(2, 7))]
        offset[after] = rng.uniform(-30, 30)
        t = b + rng.uniform(50, 150) * 3600
    run.skipped_polls = int((~ok).sum())
    run.ok, run.cron, run.delay, run.offset = ok, cron, delay, offset
    # the counter files: written every W s while the job trains (by the node's rank 0), each process from 0
    wk = run.W // TICK
    proc_of = np.full(nt, -1)
    for j, p in enumerate(run.procs):
        proc_of[p["train"]:p["end"]] = j
    writes = np.flatnonzero(run.train & (np.arange(nt) % wk == 0))
    stops = np.array([p["end"] for p in run.procs if p["graceful"]], dtype=int)  # the last write at a graceful stop
    writes = np.union1d(writes, stops - 1)
    writes = writes[(writes >= 0) & (writes < nt)]
    run.nodes_max = nodes_max
    run.upd = []
    p_to = rng.uniform(0.001, 0.004)  # a node's fetch timing out
    for i in range(nodes_max):
        pw = proc_of[writes]
        mine = writes[(pw >= 0) & np.array([run.procs[j]["nodes"] > i if j >= 0 else False for j in pw])]
        wtime = (mine + 1) * TICK  # the write happens at the end of its tick
        fetch = cron + delay + rng.uniform(0.1, 3.0, kp)
        idx = np.searchsorted(wtime, fetch, side="right") - 1
        got = ok & (idx >= 0) & (rng.random(kp) >= p_to)
        node_off = rng.normal(0, 0.3)
        stamp = np.round(np.where(run.stamp == "now", fetch + offset, wtime[np.maximum(idx, 0)] + node_off))
        k = np.flatnonzero(got)
        s = stamp[k]
        prev = np.maximum.accumulate(np.concatenate([[-np.inf], s[:-1]]))
        acc = s > prev  # rrdtool refuses an update not after the last one ("minimum one second step")
        run.upd.append(SimpleNamespace(u=s[acc], w=mine[idx[k[acc]]], proc=proc_of[mine[idx[k[acc]]]],
                                       fetch=fetch[k[acc]], rejected=int((~acc).sum())))


def _counter(run, J: np.ndarray, up) -> np.ndarray:
    """A node's counter at its accepted updates: its share of the job's patches ``J`` (cumulative, per tick end)
    since its process started training."""
    nodes = np.array([p["nodes"] for p in run.procs])[up.proc]
    start = np.array([p["train"] for p in run.procs])[up.proc]
    base = np.where(start > 0, J[np.maximum(start - 1, 0)], 0.0)
    return (J[up.w] - base) / nodes


def _rrd(run, J: np.ndarray, mask=None):
    """Each node's finest AVERAGE row per step (DERIVE, min 0, heartbeat 600): ``(per node values, known)``; with
    ``mask`` (the healthy run's known intervals per node) the intervals are those, not re-judged."""
    rows = run.nt * TICK // STEP
    edges = np.arange(rows + 1) * float(STEP)
    vals, known, masks = np.full((run.nodes_max, rows), np.nan), np.zeros((run.nodes_max, rows), bool), []
    for i, up in enumerate(run.upd):
        if len(up.u) < 2:
            masks.append(np.zeros(0, bool))
            continue
        c = _counter(run, J, up)
        du, dc = np.diff(up.u), np.diff(c)
        kn = (du <= HEARTBEAT) & (dc >= 0) if mask is None else mask[i]
        masks.append(kn)
        F = np.concatenate([[0.0], np.cumsum(np.where(kn, dc, 0.0))])
        K = np.concatenate([[0.0], np.cumsum(np.where(kn, du, 0.0))])
        dF, dK = np.diff(np.interp(edges, up.u, F)), np.diff(np.interp(edges, up.u, K))
        known[i] = dK > 1e-9
        vals[i, known[i]] = dF[known[i]] / dK[known[i]]
    return vals, known, masks


def _read(run, J: np.ndarray, mask=None) -> np.ndarray:
    """The watcher's row values: the nodes' rows summed with ADDNAN (unknown as 0), over all rows."""
    vals, known, _ = _rrd(run, J, mask)
    return np.where(known, vals, 0.0).sum(axis=0)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the healthy trace of ``seed``; the points are the rows the watcher
    got a value for (at least one node known), the first ``n`` of them."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _collect(rng, run)
    run.J = np.cumsum(run.rate) * TICK
    vals, known, run.mask = _rrd(run, run.J)
    rows = np.flatnonzero(known.any(axis=0))
    if len(rows) < n:
        raise RuntimeError(f"seed {seed}: only {len(rows)} rows with a value")
    run.km = rows[:n]
    h = np.where(known, vals, 0.0).sum(axis=0)[run.km]
    # paused: a row touching a pause or a ramp's first half, a row of 0, a row next to a skipped one; then one
    # more point each side (a poll interval straddles the row's edges)
    busy = np.zeros(run.nt, bool)
    for a, b, _ in run.pauses:
        busy[a:b] = True
    for a, b in run.ramps:
        busy[a:a + (b - a + 1) // 2] = True
    per_row = STEP // TICK
    share = busy[:len(busy) // per_row * per_row].reshape(-1, per_row).mean(axis=1)
    paused = (share[run.km] >= PAUSED_SHARE) | (h <= 0)
    gap = np.diff(run.km) > 1
    paused[:-1] |= gap
    paused[1:] |= gap
    paused[0] = True
    paused[1:] |= paused[:-1].copy()
    spans = []
    for i in np.flatnonzero(paused):
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    at = [int(np.searchsorted(run.km, t * TICK // STEP)) for t in run.known_t]
    changes = hc.change_points(at, spans, n)
    run.pauses_t = [(a * TICK, b * TICK, kind) for a, b, kind in run.pauses]
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape over ``length`` ticks of 10 s from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a node's GPUs throttled (power cap, a failing fan) or its NIC down-trained
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":  # one node's shared-FS reads throttled in bursts (5-40 min), calm at 0.1-0.3 between
        edges = (hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(60, 360)))
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, rng.uniform(0.1, 0.3))
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 1.5)  # leak: the loader workers' memory, swap


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    row_t = run.km * STEP  # each point's row start (s)
    ends = np.array([p["end"] for p in run.procs])
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, max(121, min(900, 0.5 * (hi - lo))))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # near a pause's end
            cand = [b for a, b, _ in run.pauses if row_t[lo] <= a * TICK and b * TICK < row_t[last - 1]]
            if not cand:
                continue
            t0 = int(cand[int(rng.integers(len(cand)))] + rng.uniform(-3, 6))
        else:
            t0 = int(rng.uniform(row_t[lo], row_t[last - 1]) // TICK)
        onset = int(np.searchsorted(run.km, t0 * TICK // STEP))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or onset >= n:
            continue
        t1 = run.nt if to_end else int(row_t[min(stop, n - 1)] // TICK)
        if kind == "leak":  # it ends with its process
            t1 = min(t1, int(ends[ends > t0].min()) if (ends > t0).any() else t1)
        tr = t0 + ramp * STEP // TICK
        if t1 - t0 < 60 * STEP // TICK or (kind == "leak" and t1 <= tr):
            continue
        w = np.zeros(run.nt)
        w[t0:t1] = _weight(rng, kind, t1 - t0, tr - t0)
        loss1 = _read(run, np.cumsum(run.rate * w) * TICK, run.mask)[run.km]
        e_pts = slice(onset, min(n, int(np.searchsorted(run.km, t1 * TICK // STEP)) + 1))
        lv = live[e_pts]
        if lv.sum() < 20 or loss1[e_pts][lv].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * healthy[e_pts][lv].sum() / loss1[e_pts][lv].sum()
        if a > 0.8:
            continue
        v = np.maximum(healthy - a * loss1, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.searchsorted(run.km, tr * TICK // STEP)), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def make_heldout77(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * (run.km + 1.0), stream=(5,))


def heldout77_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT77_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout77, seeds, n, pauses)
