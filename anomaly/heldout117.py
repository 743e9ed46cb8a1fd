"""The hundred-and-seventeenth held-out throughput family: a hyperspectral mineral-mapping model's training patches/s
(a spectral-spatial 3-D CNN or spectral transformer classifying pixels of airborne and satellite hyperspectral cubes
into minerals and alteration zones), each node PUTting its cumulative patch count into its own CouchDB document (with
the document's _rev; a 409 re-read and retried), the monitor querying a _sum view with stale=update_after once a minute.

(No generator's head names CouchDB, a _rev, a 409, stale=update_after, compaction, hyperspectral, minerals,
alteration, airborne, illumination or flight lines (``grep -ic`` on ``/tmp/s53/genheads117.txt``: 0 each); "_sum"
matches 3 heads (REDUCE_SUM twice, a histogram's ``_sum``), "reduce" 2, "view" 2 (mammograms' views), "spectral" 2
(multispectral tiles, spectral masking of audio), "band" 2, "patch" 4 and "patches/s" 3 (a 3-D medical segmentation
job, a super-resolution GAN), "shard" 3: the unit and a sum over hosts are not new; the task (pixels of hyperspectral
cubes classified into minerals) and the path (per-node CouchDB documents of cumulative counts updated by _rev, a
_sum view read stale=update_after, differenced) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout116.py`` lines 1-110 and 580-600 (the
file ends there; its ``make_heldout116`` and ``heldout116_set``), ``tests/test_anomaly_heldout116.py`` (all),
``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110,
``/tmp/s53/genheads117.txt`` through ``grep -ic`` and one ``grep -i`` of the lines holding _sum, spectral, patches/s,
" view", revision or conflict (cut to 220 characters). Slip: my ``grep -n`` for the two ``def`` lines of
``heldout116.py`` also matched every ``^def`` and every upper-case constant line, so it printed the names and line
numbers of its other functions and its constants' lines 124-133 (``CODE``, ``K``, ``EPOCH``, ``MAXN``, ``KIND_P``,
``SPANS``, the first line of ``PATH_KEYS``, ``DEAD``); I kept its names for the parts the shared tests need (``TICK``,
``STEP``, ``K``, ``EPOCH``, ``MAXN``, ``_episodes``, ``_inside``, ``_cover``, ``_level``, ``_next_stage``,
``_weight``, ``_draw``, ``_stamps``), which its tests name too. None else. The tests import ``HELDOUT116_SEEDS``
(disjoint seeds). My scratch scripts (``/tmp/s117/``, not committed) built and measured this family only.

Public sources read (through the search tool): CouchDB's document API (a PUT of an existing document must carry its
current ``_rev``, else 409 ``{"error":"conflict","reason":"Document update conflict."}``; the client re-reads the
document and PUTs again; 201 stored, 202 accepted without the write quorum), CouchDB's conflict-avoidance page (409
on a single node), the CouchDB mailing lists on ``stale=ok`` / ``stale=update_after`` (a view query blocks until the
index is up to date by default; ``stale=update_after`` answers from the index as it is and triggers its update after
the answer, asynchronously), Couchbase's page on the stale parameter (a document changed just before a read may be
missing from it), CouchDB's cluster theory and shard-management pages (``q`` shards, ``n=3`` copies, read and write
quorums ``r``/``w`` of a majority; copies synchronised by internal replication, so a copy may hold an older revision).

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 30-240 patches/s (log-uniform) at the first stage; in 50 % of runs the loaders (reading the cubes, band
dropout, illumination augmentation) give 0.9-2.2 times what the GPUs take (soft minimum). Relaunches: 0-3
(30/40/20/10 %) at 20-85 % of the run, each with more bands (at most twice: GPU 1.2-1.6, loaders 1.2-1.5 times dearer),
larger patches (at most twice: GPU 1.5-2.4, loaders 1.3-1.9), a larger network (once, GPU 1.3-2.0), 1-3 more flight
lines (loaders 1.03-1.15 each) or the nodes doubled or halved (1-8), redrawn until the level moves 15 % (1/3 to 3
times); a relaunch 1-2 h after the previous at the earliest. Per 5-s tick an AR(1) of the log (sd 2-5 %, 1.5 times
where the loaders give under 1.4 times what the GPUs take; correlation 15-60 s) and a slow OU (sd 1-3 %, 20-120 min);
each epoch (10-40 min at the first stage, longer with a slower level and more flight lines) starts with the loaders'
workers respawned: the rate at 0.2-0.5 for 8-40 s. Pauses: start-up of 3-12 min ("long": 20-50) and a ramp from
40-70 % over 2-6 min; a validation (per-mineral accuracy over held-out field samples) every 20-60 min ("long"
60-150) of 1.5-4 min ("long" 10-25), a checkpoint after every 1 or 2 (10-40 s; "long" 1-3 min); crashes
(exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long" 6-18) and restarted in 2-6 ("long"
8-20), a ramp from 70-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long" 5-12) and 1-4 min queued, a start-up
of 3-8 min ("long" 20-50) and its ramp. Nodes share the patches unevenly (log-normal, sd 3 %, per stage).

On the path (not checked): each launch's node has its own document (a relaunch writes new ones; the old ones keep
their last counts in the sum). While its process runs (validations too) a node PUTs its cumulative count every 10, 15
or 30 s (30/40/30 %, its own phase); a graceful stop PUTs a last one. A PUT lands after a log-normal round trip
(median 0.08 s); 0.3-3 % meet a 409 (another write got there first: a retried PUT that had landed) and land 0.05-0.6 s
later after the re-read; compactions (first within 1-10 h, mean gap 4-24 h, 3-30 min) slow PUTs by an exponential
0.5-4 s; a database restart (first within 2-30 h, mean gap 6-48 h, 20-120 s) fails the PUTs and the reads in it;
0-0.1 % of PUTs are lost on the network. A failed PUT loses nothing: the next carries the count. A node's PUTs are
sequential (each needs the previous _rev): a late one holds the next back. A PUT in flight at a crash dies with the
process; the restarted node reads its document and counts on from it, so the patches since its last landed PUT are
never counted. The documents fall in ``q`` = 2, 4 or 8 shards; a shard's answering copy is behind by 10-120 s in
sync spells (first within 1-10 h, mean gap 2-20 h, 1-15 min); a read never shows a document older than the previous
read did (assumed: the same copy answers until it has caught up). The monitor reads at each minute's end plus 2-30 s
(per run) and 0-1 s (its clock stepped by 2-20 s for 10-60 min in 25 % of runs; 0.05 % of reads fail besides the
restarts); ``stale=update_after`` answers from the index as the previous answered read left it (brought up to date
0.05-2 s after that answer; after a failed read, the one before), so a point lags its minute by about one minute and
a PUT landing after the update waits a minute more. A point is the sum's difference from the last answered read over
the minutes between (a failed read is 0; the next spreads two minutes' sums over two minutes, lumped unevenly). The
reads are linear in the job's patches.

A point is paused where the job time its documents' new counts cover (from the count the last answered read showed to
the one this read shows, over the documents that changed) touches a pause (or a ramp's first half), or where no
document changed; a lone paused point is widened to two; a listed change is the first point after a relaunch's pause
span. Labelled regressions from their onset's point (a share ``a w`` of each tick's patches lost, carried through the
same documents and reads): ``drop`` (the cubes' cache on the local NVMe lost, read from the object store again: ``w =
min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one node's GPU throttled in bursts: mean 5-30 points at
1, calm of mean 20-90 at 0.05-0.25; only its documents), ``leak`` (the loaders' cache of decoded cubes grows until the
host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by
``hc.onset_time`` (30 % at a pause's end); ``a`` set from the reads of the lost patches (exactly 0 outside the event)
for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, refused above 1; a
draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout117_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    8          11    0.090-0.327  22              2-16 (1736, 0 >60)
long      31      11    9          11    0.090-0.268  17              2-67 (723, 3 >60)

Planned changes listed: short 16, long 14 (of 16 and 14 relaunches); crashes 37 and 54. The path over each set
(``run.path.counts``): short: PUTs 733,186, 409s 9,688, failed 967, slowed by a compaction 21,882, crashes that lost a
document's uncounted patches 103, node-reads from a copy behind 7,928 (clamped to the previous read's 202), failed
reads 98, reads with no document changed 503; long: 838,301, 14,961, 1,209, 20,421, 147, 5,734 (138), 92, 2,474. The
reads' sum over the live points against the job's patches per true minute: 1.005-1.017 (short), 1.003-1.010 (long;
the reads lag a minute); the live points' minute-to-minute change (median ``|d log|`` per seed) 1.6-6.1 % (short),
1.7-3.6 % (long), its 99th percentile 47-70 % and 44-77 % (failed reads and copies behind lump minutes). No change
after the first measure.

Size: over 520 lines with a docstring of about 110 lines (the job's schedule, the path: PUTs by _rev, shards and their
copies, the view read with stale=update_after, the monitor's differences).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT117_SEEDS = tuple(range(1172000, 1172012))
CODE = 117
TICK = 5.0  # the job's grid (s)
STEP = 60.0  # the monitor's reads: once a minute
K = int(STEP // TICK)
EPOCH = 1_790_006_400  # a minute's end: the points are stamped at the minutes' ends
MAXN = 8  # the most nodes a run reaches
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (2, 25), "long": (2, 160)}
PATH_KEYS = ("put", "conflict", "put_failed", "slowed", "unlogged", "behind", "clamped", "failed", "unchanged")
DEAD = ("startup", "crash", "relaunch")  # the trainer's process (and its counter's writer) is not running


def _level(cfg: dict, st: dict) -> float:
    """Patches/s of a stage: the GPUs' rate and (where given) the loaders', the slower one binding (soft minimum)."""
    nodes = st["nodes"]
    scale = nodes * cfg["gpus"] * cfg["eff"] ** np.log2(nodes)
    g = scale * cfg["gpu"] / (cfg["band_g"] ** st["bands"] * cfg["patch_g"] ** st["patch"] * cfg["net"] ** st["net"])
    if cfg["io"] is None:
        return float(g)
    io = scale * cfg["io"] * cfg["gpu"] / (cfg["band_l"] ** st["bands"] * cfg["patch_l"] ** st["patch"]
                                           * cfg["line"] ** st["lines"])
    return float(1.0 / hc.smax(1.0 / g, 1.0 / io))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch: more bands, larger patches (each at most twice), a larger network (once), 1-3 more flight lines
    or the nodes doubled or halved (1-8), redrawn until the level moves 15 % or more (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        move = ["bands", "patch", "net", "lines", "nodes"][int(rng.integers(5))]
        if move == "nodes":
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.6 else 0.5), 1, MAXN))
        elif move == "lines":
            new["lines"] = st["lines"] + int(rng.integers(1, 4))
        else:
            new[move] = min(st[move] + 1, 1 if move == "net" else 2)
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    new = dict(st)
    new["nodes"] = st["nodes"] * 2 if st["nodes"] < MAXN else st["nodes"] // 2
    return new


def _dur(rng, long: bool, short_range, long_range, unit: float = 60.0) -> float:
    lo, hi = long_range if long else short_range
    return float(rng.uniform(lo, hi) * unit)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its stages, training segments, pauses (``(a, b, kind)``), epochs, crashes and relaunches."""
    long = setting == "long"
    T = (n + 3) * STEP
    cfg = {"gpus": int(rng.choice([4, 8])), "eff": rng.uniform(0.86, 0.97), "gpu": hc.log_uniform(rng, 30, 240),
           "io": rng.uniform(0.9, 2.2) if rng.random() < 0.5 else None, "band_g": rng.uniform(1.2, 1.6),
           "band_l": rng.uniform(1.2, 1.5), "patch_g": rng.uniform(1.5, 2.4), "patch_l": rng.uniform(1.3, 1.9),
           "net": rng.uniform(1.3, 2.0), "line": rng.uniform(1.03, 1.15)}
    st = {"bands": 0, "patch": 0, "net": 0, "lines": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    stages, levels = [st], [_level(cfg, st)]
    rel_t = sorted(rng.uniform(0.2, 0.85, int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))) * T)
    pauses, segs, ramps, epochs, crashes, known_t, stops = [], [], [], [], [], [], []
    crash_mean = rng.uniform(12, 48) * 3600
    val_every = (60, 150) if long else (20, 60)
    ck_every = int(rng.choice([1, 2]))
    epoch0 = rng.uniform(10, 40) * 60

    def start(t: float, dur: float, kind: str, r0: tuple, rd: tuple) -> float:
        pauses.append((t, t + dur, kind))
        t += dur
        r = _dur(rng, False, rd, rd)
        pauses.append((t, t + r, "ramp"))
        ramps.append((t, t + r, rng.uniform(*r0)))
        epochs.append(t)
        return t

    t = start(0.0, _dur(rng, long, (3, 12), (20, 50)), "startup", (0.4, 0.7), (2, 6))
    t_val, t_crash, ri, nval = t + rng.uniform(*val_every) * 60, t + max(1200, rng.exponential(crash_mean)), 0, 0
    epoch_len = lambda: float(np.clip(epoch0 * levels[0] / levels[-1] * (1 + 0.1 * stages[-1]["lines"]), 300, 7200))
    t_epoch = t + epoch_len()
    while t < T:
        t_rel = rel_t[ri] if ri < len(rel_t) else np.inf
        t_val, t_crash = max(t_val, t + rng.uniform(300, 900) * (t_val < t + 300)), max(t_crash, t + 1200)
        if t_rel < t + 300:
            t_rel = rel_t[ri] = t + rng.uniform(300, 900)
        cand = {"epoch": t_epoch, "val": t_val, "crash": t_crash, "rel": t_rel}
        kind = min(cand, key=cand.get)
        te = cand[kind]
        segs.append((t, min(te, T + 60), len(stages) - 1))
        if te >= T:
            break
        t = te
        if kind == "epoch":
            epochs.append(t)
            t_epoch = t + epoch_len()
        elif kind == "val":
            nval += 1
            dur = _dur(rng, long, (1.5, 4), (10, 25))
            pauses.append((t, t + dur, "valid"))
            t += dur
            if nval % ck_every == 0:
                ck = _dur(rng, long, (10, 40), (60, 180), 1.0)
                pauses.append((t, t + ck, "ckpt"))
                t += ck
            t_epoch += t - te
            t_val = t + rng.uniform(*val_every) * 60
        elif kind == "crash":
            dur = _dur(rng, long, (1, 4), (6, 18)) + _dur(rng, long, (2, 6), (8, 20))
            crashes.append((t, t + dur))
            t = start(t, dur, "crash", (0.7, 0.95), (1, 3))
            t_crash = t + max(1200, rng.exponential(crash_mean))
            t_epoch = t + epoch_len()
        else:
            stops.append(t)
            dur = _dur(rng, long, (1, 3), (5, 12)) + rng.uniform(1, 4) * 60
            pauses.append((t, t + dur, "relaunch"))
            new = _next_stage(rng, cfg, stages[-1], levels[-1])
            stages.append(new)
            levels.append(_level(cfg, new))
            t = start(t + dur, _dur(rng, long, (3, 8), (20, 50)), "startup", (0.4, 0.7), (2, 6))
            known_t.append(t)
            ri += 1
            while ri < len(rel_t) and rel_t[ri] < t + rng.uniform(1, 2) * 3600:
                rel_t[ri] = t + rng.uniform(1, 2) * 3600
            rel_t = sorted(rel_t)
            t_epoch = t + epoch_len()
            t_crash = max(t_crash, t + 1200)
    return SimpleNamespace(cfg=cfg, stages=stages, levels=levels, segs=segs, pauses_t=pauses, ramps=ramps,
                           epochs=epochs, crashes=crashes, known_t=known_t, stops=stops, T=T, long=long,
                           counts={"relaunches": len(known_t), "crashes": len(crashes)})


def _cover(f, a: float, b: float, nt: int) -> None:
    """Add to ``f`` (per tick) the share of each tick that ``[a, b)`` covers."""
    i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
    if i0 >= i1:
        return
    edges = np.arange(i0, i1 + 1) * TICK
    f[i0:i1] += np.clip(np.minimum(edges[1:], b) - np.maximum(edges[:-1], a), 0, None) / TICK


def _episodes(rng, T: float, first_h, gap_h, len_s) -> list[tuple[float, float]]:
    """Episodes ``(a, b)``: the first within ``first_h`` hours, then gaps of mean ``gap_h`` hours, ``len_s`` long."""
    out, t = [], rng.uniform(*first_h) * 3600
    gap = rng.uniform(*gap_h) * 3600
    while t < T:
        d = rng.uniform(*len_s)
        out.append((t, t + d))
        t += d + rng.exponential(gap) + 60
    return out


def _inside(x: np.ndarray, eps) -> np.ndarray:
    """The index of the episode ``(a, b)`` each time of ``x`` lies in, -1 where none."""
    if not eps:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in eps])
    b = np.array([e[1] for e in eps])
    i = np.searchsorted(a, x, side="right") - 1
    return np.where((i >= 0) & (x < b[np.maximum(i, 0)]), i, -1)


def _job(rng, run, n: int) -> None:
    """The job's patches per tick ``run.J``, the stage of each tick and each stage's nodes' shares."""
    nt = (n + 3) * K
    alive, stage = np.zeros(nt), np.full(nt, -1)
    for a, b, k in run.segs:
        _cover(alive, a, b, nt)
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        stage[i0:i1] = k
    tc = (np.arange(nt) + 0.5) * TICK
    f = np.ones(nt)
    for a, b, r0 in run.ramps:
        m = (tc >= a) & (tc < b)
        f[m] *= r0 + (1 - r0) * (tc[m] - a) / (b - a)
    for e in run.epochs:  # the loaders' workers respawned, the cubes' first patches read again
        m = (tc >= e) & (tc < e + rng.uniform(8, 40))
        f[m] *= rng.uniform(0.2, 0.5)
    cfg = run.cfg
    sd = rng.uniform(0.02, 0.05) * (1.5 if cfg["io"] is not None and cfg["io"] < 1.4 else 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    ar = lfilter([np.sqrt(1 - a * a) * sd], [1, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tc, np.arange(len(ou)) * STEP, ou)
    lv = np.array(run.levels)[np.maximum(stage, 0)]
    run.J = lv * np.exp(ar + slow - 0.5 * sd * sd) * f * np.clip(alive, 0, 1) * TICK
    run.stage, run.nt = stage, nt
    run.shares = []
    for s in run.stages:
        w = np.exp(rng.normal(0, 0.03, s["nodes"]))
        run.shares.append(w / w.sum())


def _writes(rng, run, p, k: int, node: int) -> SimpleNamespace:
    """One document's PUTs (stage ``k``, ``node``): composed every ``p.L`` s while the process runs, landing after
    the round trip, a 409's re-read and retry, a compaction's slowdown; failed in a database restart; sequential."""
    a = min(s[0] for s in run.segs if s[2] == k) - 30.0
    ends = [s[1] for s in run.segs if s[2] == k]
    b = min(run.stops[k], max(ends)) if k < len(run.stops) else max(ends)
    tc = a + rng.uniform(0, p.L) + np.arange(int((b - a) / p.L) + 1) * p.L
    tc = tc[tc < b]
    dead = [(x, y) for x, y, kind in run.pauses_t if kind in DEAD]
    tc = tc[_inside(tc, dead) < 0]
    if k < len(run.stops):  # a graceful stop writes its last count
        tc = np.append(tc, run.stops[k])
    m = len(tc)
    w = tc + np.exp(rng.normal(np.log(0.08), 0.7, m))
    conflict = rng.random(m) < p.p409
    w[conflict] += rng.uniform(0.05, 0.6, conflict.sum())
    slowed = _inside(w, p.compact) >= 0
    w[slowed] += rng.exponential(p.compact_lag, slowed.sum())
    ok = (_inside(w, p.restart) < 0) & (rng.random(m) > p.p_lost)
    for c0, c1 in run.crashes:  # a PUT still in flight dies with the process
        ok &= ~((tc < c0) & (w >= c0) & (tc > c0 - 60))
    p.counts["put"] += m
    p.counts["conflict"] += int(conflict.sum())
    p.counts["slowed"] += int(slowed.sum())
    p.counts["put_failed"] += int((~ok).sum())
    tc, w = tc[ok], np.maximum.accumulate(w[ok])
    lost = []  # crashes: the count since the last landed PUT is lost (the restarted node reads its document)
    for c0, c1 in run.crashes:
        if a < c0 < b:
            j = np.searchsorted(w, c0) - 1
            lost.append((c0, tc[j] if j >= 0 else a))
            p.counts["unlogged"] += 1
    return SimpleNamespace(k=k, node=node, tc=tc, w=w, lost=lost, shard=int(rng.integers(p.q)))


def _path(rng, run, n: int) -> SimpleNamespace:
    """The documents' PUTs and the monitor's reads: what each read sees of each document (``idx``: its last landed
    PUT in the view's index, -1 none), which reads failed and which earlier read each point differences against."""
    T = run.T
    p = SimpleNamespace(L=float(rng.choice([10.0, 15.0, 30.0], p=[0.3, 0.4, 0.3])), p409=rng.uniform(0.003, 0.03),
                        p_lost=rng.uniform(0.0, 0.001), q=int(rng.choice([2, 4, 8])),
                        compact=_episodes(rng, T, (1, 10), (4, 24), (180, 1800)), compact_lag=rng.uniform(0.5, 4),
                        restart=_episodes(rng, T, (2, 30), (6, 48), (20, 120)),
                        counts={key: 0 for key in PATH_KEYS})
    p.docs = [_writes(rng, run, p, k, i) for k, s in enumerate(run.stages) for i in range(s["nodes"])]
    off = rng.uniform(2, 30)
    r = (np.arange(n) + 1) * STEP + off + rng.uniform(0, 1, n)
    if rng.random() < 0.25:  # the monitor's clock stepped for a while: its cron fires early or late
        a = rng.uniform(0, T)
        r[(r > a) & (r < a + rng.uniform(600, 3600))] += rng.choice([-1, 1]) * rng.uniform(2, 20)
    failed = (_inside(r, p.restart) >= 0) | (rng.random(n) < 0.0005)
    u = r + rng.uniform(0.05, 2.0, n)  # the index brought up to date after the answer
    upd = np.where(failed, -np.inf, u)
    seen = np.concatenate([[-np.inf], np.maximum.accumulate(upd)[:-1]])  # the index a read answers from
    lags = []
    for s in range(p.q):  # a shard's answering copy behind while the copies sync
        eps = _episodes(rng, T, (1, 10), (2, 20), (60, 900))
        lag = np.zeros(n)
        i = _inside(r, eps)
        lag[i >= 0] = rng.uniform(10, 120, len(eps))[i[i >= 0]] if eps else 0
        lags.append(lag)
    p.idx = np.empty((len(p.docs), n), int)
    for d, doc in enumerate(p.docs):
        raw = np.searchsorted(doc.w, seen - lags[doc.shard], side="right") - 1
        p.idx[d] = np.maximum.accumulate(raw)
        p.counts["behind"] += int((lags[doc.shard] > 0).sum())
        p.counts["clamped"] += int((p.idx[d] > raw).sum())
    ok = np.nonzero(~failed)[0]
    prev = np.full(n, -1)
    prev[ok[1:]] = ok[:-1]
    p.r, p.failed, p.prev, p.seen = r, failed, prev, seen
    p.counts["failed"] = int(failed.sum())
    return p


def _reads(run, J: np.ndarray, node: int | None = None) -> np.ndarray:
    """The monitor's points (patches/s) for the patches ``J`` per tick (only ``node``'s documents where given):
    per read the sum of the documents' counts it sees, less the last answered read's, over the minutes between."""
    p, n = run.path, run.n
    S = np.zeros(n)
    grid = np.arange(run.nt + 1)
    for d, doc in enumerate(p.docs):
        if node is not None and doc.node != node:
            continue
        cs = np.concatenate([[0.0], np.cumsum(J * (run.stage == doc.k) * run.shares[doc.k][doc.node])])

        def C(t):
            return np.interp(np.asarray(t) / TICK, grid, cs)

        i = p.idx[d]
        if not len(doc.tc):
            continue
        t = doc.tc[np.maximum(i, 0)]
        v = C(t)
        for c0, tl in doc.lost:
            v -= np.where(t > c0, C(c0) - C(tl), 0.0)
        S += np.where(i >= 0, v, 0.0)
    out = np.zeros(n)
    m = (~p.failed) & (p.prev >= 0)
    j = np.nonzero(m)[0]
    out[j] = (S[j] - S[p.prev[j]]) / (STEP * (j - p.prev[j]))
    return out


def _spans(run, n: int) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The pause spans: a point is paused where the job time its documents' new counts cover touches a pause (a
    ramp's first half), or where it reads nothing; a lone paused point is widened to two."""
    p = run.path
    lo, hi = np.full(n, np.inf), np.full(n, -np.inf)
    j = np.nonzero((~p.failed) & (p.prev >= 0))[0]
    for d, doc in enumerate(p.docs):
        if not len(doc.tc):
            continue
        i, ip = p.idx[d][j], p.idx[d][p.prev[j]]
        ch = i != ip
        t1 = doc.tc[np.maximum(i, 0)]
        t0 = np.where(ip >= 0, doc.tc[np.maximum(ip, 0)], doc.tc[0] - 60)
        lo[j[ch]] = np.minimum(lo[j[ch]], t0[ch])
        hi[j[ch]] = np.maximum(hi[j[ch]], t1[ch])
    paused = ~np.isfinite(lo) | (run.healthy <= 0)
    for a, b, kind in run.pauses_t:
        b = a + 0.5 * (b - a) if kind == "ramp" else b
        paused |= (lo < b) & (hi > a)
    p.counts["unchanged"] = int((~np.isfinite(lo) & ~p.failed).sum())
    spans = []
    s = 0
    while s < n:
        if paused[s]:
            e = s
            while e < n and paused[e]:
                e += 1
            e = max(e, min(s + 2, n))
            hc.add_span(spans, s, e)
            s = e
        else:
            s += 1
    out = []  # spans are kept apart: one touching the next is merged with it
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out, hc.live_mask(out, n)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.n = n
    _job(rng, run, n)
    run.path = _path(rng, run, n)
    run.healthy = _reads(run, run.J)
    spans, live = _spans(run, n)
    changes = hc.change_points([int(t // STEP) + 1 for t in run.known_t], spans, n)
    return run, run.healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point: a drop ``min(1, (s + 1) / tau)``, a straggler in bursts, a leak
    ``(s / ramp) ** p`` then held."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    w, i, on = np.empty(length), 0, True
    calm = rng.uniform(0.05, 0.25)
    while i < length:
        d = 1 + int(rng.exponential(rng.uniform(5, 30) if on else rng.uniform(20, 90)))
        w[i:i + d] = 1.0 if on else calm
        i += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (onset, loss reads))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pab = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pab, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, max(ramp, 1))
        wt = np.zeros(run.nt)
        wt[onset * K:stop * K] = np.repeat(w, K)
        if to_end:
            wt[stop * K:] = w[-1]
        node = None
        if kind == "straggler":
            k = run.stage[min(onset * K, run.nt - 1)]
            node = int(rng.integers(run.stages[max(k, 0)]["nodes"]))
        L1 = _reads(run, wt * run.J, node)
        end_w = n if to_end else min(n, stop + 3)
        hs, ls = healthy[onset:end_w][live[onset:end_w]].sum(), L1[onset:end_w][live[onset:end_w]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.35))
        if ls <= 0 or hs <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * L1
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
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout117(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout117_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT117_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout117, seeds, n, pauses)
