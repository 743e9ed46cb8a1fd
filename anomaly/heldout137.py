"""The hundred-and-thirty-seventh held-out throughput family: a lithium-ion battery cycle-life forecaster's training
sequences/s (a transformer over per-cycle voltage-capacity curves from a battery-cycler lab's channels, the curves
resampled and noise-augmented on CPU workers, the cycler files parsed from a large shared store, an early-cycle
validation pass now and then), read from an Apache Iceberg table through Trino: a writer service on each node batches
the trainer's per-step rows into Parquet files and commits them through a REST catalog every few minutes (concurrent
commits conflict and retry; a commit whose response is lost is retried and adds its rows twice), and the monitor's
per-minute Trino query sums the rows committed by then by their event minute.

(No generator's head names Iceberg, Trino, a REST catalog, compaction, optimistic concurrency, a battery, lithium, a
cycler or a voltage curve (``grep -ic`` on ``/tmp/s57/genheads135.txt``: 0 each); "Parquet" matches one line (pairs
streamed from sharded Parquet files: the input format, not the path) and "snapshot" two (a Navier-Stokes model's
snapshots/s, an IoTDB path's snapshot counts: the word, not Iceberg's snapshots). The battery job and the Iceberg /
Trino path are new. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout135.py`` lines 1-110 and 504-513 (its
``make_heldout135`` and ``heldout135_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout135.py`` (all), ``anomaly/heldout_common.py`` (all; its middle, cut from a first print
by the tool's output limit, printed again), ``tests/trace_checks.py`` (all; lines 1-300 printed again),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s57/genheads135.txt`` through
``grep -ic`` (the words above) and one ``grep -ioE`` printing 80 characters either side of "parquet" / "snapshot" in
the three matching lines. Slips: a ``wc -l`` of ``anomaly/heldout135.py`` (513 lines), ``heldout_common.py`` and
``trace_checks.py``; a ``grep -n scipy pyproject.toml`` (to see that scipy is a dependency: it printed 3 lines, one
naming a detector rule's use of ``scipy.special``); none else. My scratch scripts (``/tmp/w137s/``, not committed)
built and measured this family only.

Public sources read (excerpts through the search tool): Iceberg's commit-retry table properties as documented by
PyIceberg's PR #3320 and iceberg-go's PR #912 (``commit.retry.num-retries`` default 4, ``min-wait-ms`` 100,
``max-wait-ms`` 60000, ``total-timeout-ms`` 1800000; exponential backoff; a failed commit refreshes the metadata and
re-applies the append; a REST catalog answers 409 on a conflicting commit); Huawei Cloud's page on optimistic-lock
commit conflicts (concurrent writers each commit against a metadata version; a loser refreshes and resubmits); the
Iceberg threads on ``CommitStateUnknownException`` (apache/iceberg #2328, #2808, #5694: a 500/504 or lost response
leaves the commit's state unknown, and a retry of a commit that had landed duplicates its rows), redpanda connect
PR #4591 (a lost response whose resend conflicts, then the reloaded retry re-adds the same files), ClickHouse PR
#115580; table maintenance pages (AWS prescriptive guidance, Iceberg's maintenance page, Conduktor, RisingWave:
``rewrite_data_files`` compaction makes a new snapshot of the same rows, ``expire_snapshots`` deletes files no kept
snapshot needs, streaming writers make many small files); Trino's ``expire_snapshots`` PRs and docs (a
``retention_threshold``, ``iceberg.expire-snapshots.min-retention``) and apache/iceberg #7007 (a query fails with
``FileNotFoundException`` when files its manifests name are gone). Not read (from memory, unchecked): that Trino reads
the table's current snapshot at planning time, so a row is visible exactly when its commit has landed; that a query
over a snapshot whose files an expiry just removed fails (the monitor then retries once at its next run); that the
writer spools its buffer on a restart; chrony's step of a drifting clock. Nothing read on the job: its figures are
assumed.

Assumed without checking (the job): 1, 2, 3 or 4 nodes (35/30/15/20 %) of 2, 4 or 8 GPUs (0.86-0.97 per node
doubling); a GPU trains 30-400 sequences/s (log-uniform; a sequence is a window of cycles' resampled voltage-capacity
curves). The CPU workers parse each lab channel's cycler files from the shared store: a channel lasts 60-400 s and the
next one's parse stalls the loader 2-10 s at 30-70 % of the rate; the resampling and noise augmentation make the
per-5-s rate swing (an AR(1) of its log, sd 3-7 %, correlation 10-60 s) with a slow OU (sd 1-3 %, 20-120 min); the
shared store has slow phases (a mean of 5-30 min every 2-10 h) at 85-95 %. Relaunches: 0-3 at 15-85 % of the run (1 h
apart), each a longer context of cycles (at most twice: 1.4-1.9 times dearer), a wider model (once: 1.8-2.6) or, 1 in
6, another node count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60)
and a ramp from 50-80 % over 2-6 min; an early-cycle validation every 30-90 min of training, 2-6 min ("long" 10-25),
every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min), then a 20-60 s ramp from 70-90 %; crashes
(exponential, mean 12-48 h): down 1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch:
stopped 1-3 min ("long" 5-12), queued 1-5, a start-up and a ramp; nothing new within 10 min of a ramp's end.

On the path (not checked): the ranks step together, so each active node's rows carry its share (1/nodes) of the
sequences; one row per node and 5-s tick, stamped with the node's clock (offsets of sd 0.2-2 s; in 25 % of runs one
node drifts 20-200 ppm, stepped back every 2-8 h). Each node's writer flushes every 120-300 s (its own phase): Parquet
files written in 0.5-3 s, then up to 5 commit attempts of 0.05-0.5 s, each conflicting with probability 0.5-3 % (other
nodes' commits) or 20-60 % while a compaction runs (every 1-6 h, 2-15 min: its rewrite and expiry commits), a
conflict waiting ``min(0.1 * 2**k, 60)`` s times 0.5-1; all 5 lost: the batch is re-queued and lands with the next
commit that does. 0.1-1 % of the landed commits lose their response: the writer retries 10-30 s later and the rows
land twice. Writers restart 0.2-1.5 times a day per node, down 1-15 min: the rows since their last flush (and those
the trainer queues meanwhile) commit when they are back, and in 15 % of restarts the spool is lost (the rows before the
restart never land). The monitor reads minute ``m`` at its end plus a lag (the slowest writer's interval plus 40-240
s; its clock sd 0.5 s), once: a query sums the rows of event minute ``m`` committed by then (duplicates twice) over 60
s; a query fails 0.05-0.2 % of the time, 5-25 % during a compaction (the expiry removed files a planned scan names),
and is retried at the next run (a minute later), then given up (the point reads 0). The reads are linear in the
sequences; commits, restarts and reads are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's sequences lost, carried through the same rows and reads): ``drop`` (noise-augmentation workers lost to a
killed worker pool: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's loader starved by
the shared store in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (a
growing cache of parsed cycler files paging: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the
lost sequences (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout137_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.079-0.321  18              1-17 (1143, 0 >60)
long      30      10    10         10    0.075-0.297  21              1-61 (947, 2 >60)

Planned changes listed: short 22, long 17 (of 22 and 17 relaunches; none kept its stage); crashes 44 and 40. The
path over each set (counts): short: commit conflicts 5388, exhausted retries 68, lost responses 435, duplicated rows
read 11054, writer restarts 193, rows lost with a spool 434, rows committed after their minute was read 4984, failed
queries 879, unread points 102, compactions 529; long: 6185, 154, 549, 9311, 156, 468, 2853, 821, 103, 510. The reads'
sum over the live points against the job's sequences: 0.999-1.012 (short), 1.001-1.013 (long: the duplicates outweigh
the late rows); the live points' minute-to-minute change (median ``|d log|`` per seed) 3.1-4.6 % (short) and 3.3-4.7 %
(long), its 99th percentile 15-45 % (short) and 15-64 % (long); the live median level 104-3,769 sequences/s (short),
18-1,306 (long). Changes of the laws after the first measure: none (the unread points' count moved to the
failed reads only, a count, not a trace). The tests check the laws on the first 4 seeds at
3,000 points (``SPANS`` bounds their spans' lengths and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT137_SEEDS = tuple(range(1372000, 1372012))
CODE = 137
TICK = 5.0  # s: the job's grid (one row per node and tick)
STEP = 60.0  # s: one point per event minute
K = int(STEP // TICK)
EPOCH = 1_790_006_400.0  # a multiple of 60
KIND_P = (0.35, 0.3, 0.35)
PATH_KEYS = ("conflicts", "exhausted", "lost_responses", "dup_rows_read", "writer_restarts", "spool_lost_rows",
             "late_rows", "failed_queries", "unread_points", "compactions")
SPANS = {"short": (1, 20), "long": (1, 70)}  # pause spans' lengths (points), checked at 3,000 points and in full


def _level(cfg: dict, st: dict) -> float:
    """The job's sequences/s at a stage: per GPU, GPUs per node, nodes (``eff`` per doubling), the context of
    cycles per sequence (``ctx`` steps, each ``ctx_c`` dearer) and the model width (``wid``, ``wid_c`` dearer)."""
    k = st["nodes"]
    return (cfg["gpu"] * cfg["gpus"] * k * cfg["eff"] ** np.log2(k) / cfg["ctx_c"] ** st["ctx"]
            / cfg["wid_c"] ** st["wid"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a longer context (at most twice), a wider model (once) or, 1 in 6, another node count;
    redrawn until the level moves by 15 % (1/3 to 3 times); the old stage after 30 failed draws."""
    for _ in range(30):
        new = dict(st)
        if rng.random() < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif st["ctx"] < 2 and (st["wid"] >= 1 or rng.random() < 0.65):
            new["ctx"] += 1
        elif st["wid"] < 1:
            new["wid"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _node_clock(rng, T: float, drifting: bool):
    """A node's clock (true time to its time): an offset (sd 0.2-2 s) and, where ``drifting``, a drift of 20-200
    ppm that a resync (chrony's step) takes back every 2-8 h."""
    off = rng.normal(0, rng.uniform(0.2, 2.0))
    if not drifting:
        return lambda t: t + off
    ppm = rng.uniform(20, 200) * rng.choice([-1, 1]) * 1e-6
    syncs = np.concatenate([[0.0], np.cumsum(rng.uniform(2 * 3600, 8 * 3600, int(T / 7200) + 2))])

    def clock(t):
        last = syncs[np.searchsorted(syncs, t, side="right") - 1]
        return t + off + ppm * (t - last)

    return clock


def _job(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's schedule: stages, pauses, ramps, lives (node counts) and the relaunches' listed changes."""
    long_ = setting == "long"
    T = n * STEP + 1800.0
    cfg = {"gpu": hc.log_uniform(rng, 30, 400), "gpus": int(rng.choice([2, 4, 8], p=[0.3, 0.5, 0.2])),
           "eff": rng.uniform(0.86, 0.97), "ctx_c": rng.uniform(1.4, 1.9), "wid_c": rng.uniform(1.8, 2.6)}
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.35, 0.3, 0.15, 0.2])), "ctx": 0, "wid": 0}
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    eval_every = (rng.uniform(30, 60), rng.uniform(60, 90))
    ck_every = int(rng.choice([2, 3]))
    mins = lambda lo, hi: rng.uniform(lo, hi) * 60.0  # noqa: E731
    pauses, ramps, segs, lives, known = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def restart(t0: float, t1: float, span: tuple, kind: str) -> float:
        """A pause from ``t0`` to a start-up of ``span`` minutes from ``t1``, then a ramp from 50-80 % over 2-6
        min (the loader's workers and the store's cache warming). Returns the start-up's end."""
        end = t1 + mins(*span)
        pauses.append((t0, end, kind))
        ramps.append((end, end + mins(2, 6), rng.uniform(0.5, 0.8)))
        return end

    t = restart(0.0, 0.0, (25, 60) if long_ else (3, 10), "startup")
    life0, ri = 0.0, 0
    next_eval, next_crash = t + mins(*eval_every), t + rng.exponential(crash_mean)
    while t < T:
        ready = ramps[-1][1] + 600.0  # nothing new within 10 min of a ramp's end
        next_eval, next_crash = max(next_eval, ready), max(next_crash, ready)
        if ri < len(rel) and rel[ri] < ready:
            rel[ri] = ready + rng.uniform(0, 600)
        nr = rel[ri] if ri < len(rel) else np.inf
        nxt = min(next_eval, next_crash, nr, T)
        segs.append((t, nxt, _level(cfg, st)))
        t = nxt
        if t >= T:
            break
        if t == next_eval:
            counts["evals"] += 1
            d = mins(10, 25) if long_ else mins(2, 6)
            kind = "eval"
            if counts["evals"] % ck_every == 0:
                pauses.append((t, t + d, "eval"))
                t, d, kind = t + d, (mins(1, 4) if long_ else rng.uniform(15, 60)), "ckpt"
            pauses.append((t, t + d, kind))
            t += d
            ramps.append((t, t + rng.uniform(20, 60), rng.uniform(0.7, 0.9)))
            next_eval = t + mins(*eval_every)
        elif t == nr:
            counts["relaunches"] += 1
            ri += 1
            stop = mins(5, 12) if long_ else mins(1, 3)
            t = restart(t, t + stop + mins(1, 5), (8, 20) if long_ else (2, 6), "relaunch")
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t)
            if new["nodes"] != st["nodes"]:
                lives.append((life0, t, st["nodes"]))
                life0 = t
            st = new
            next_eval = t + mins(*eval_every)
        else:
            counts["crashes"] += 1
            down = mins(6, 18) if long_ else mins(1, 4)
            t = restart(t, t + down, (8, 20) if long_ else (2, 6), "crash")
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + mins(*eval_every)
    lives.append((life0, np.inf, st["nodes"]))
    return SimpleNamespace(cfg=cfg, T=T, pauses_t=pauses, ramps=ramps, segs=segs, lives=lives, known_t=known,
                           counts=counts)


def _rates(rng, run) -> np.ndarray:
    """The job's sequences per tick: each segment's level, its ramp, the augmentation's AR(1) and slow OU noise, the
    cycler-file parse stalls and the shared store's slow phases; 0 in a pause (a tick whose middle lies in one)."""
    nt = run.nt
    tm = (np.arange(nt) + 0.5) * TICK
    lv = np.zeros(nt)
    for a, b, level in run.segs:
        lv[int(np.ceil(a / TICK - 0.5)):int(np.ceil(b / TICK - 0.5))] = level
    for a, b, r0 in run.ramps:
        i0, i1 = int(np.ceil(a / TICK - 0.5)), min(nt, int(np.ceil(b / TICK - 0.5)))
        lv[i0:i1] *= r0 + (1 - r0) * (tm[i0:i1] - a) / (b - a)
    sd, tau = rng.uniform(0.03, 0.07), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60.0)
    noise = np.exp(ar + ou[(tm // 60).astype(int)] - 0.5 * sd * sd)
    # parse stalls: a channel's cycler files last 60-400 s of training, the next one's parse stalls 2-10 s
    lens = rng.uniform(60, 400, int(run.T / 60) + 10)
    st0 = np.cumsum(lens)
    st0 = st0[st0 < run.T]
    dur, depth = rng.uniform(2, 10, len(st0)), rng.uniform(0.3, 0.7, len(st0))
    stall = np.zeros(nt)
    for off in range(3):
        i = (st0 // TICK).astype(int) + off
        ov = np.clip(np.minimum(st0 + dur, (i + 1) * TICK) - np.maximum(st0, i * TICK), 0, TICK) / TICK
        ok = i < nt
        np.add.at(stall, i[ok], (ov * (1 - depth))[ok])
    slow = np.ones(nt)
    edges = hc.twostate(rng, rng.uniform(0, 6 * 3600), run.T, rng.uniform(300, 1800), rng.uniform(2, 10) * 3600)
    slow[hc.bad_share(edges, tm - 0.5 * TICK, TICK) > 0.5] = rng.uniform(0.85, 0.95)
    J = lv * noise * np.clip(1 - stall, 0.2, 1) * slow * TICK
    for p0, p1, _ in run.pauses_t:
        J[int(np.ceil(p0 / TICK - 0.5)):int(np.ceil(p1 / TICK - 0.5))] = 0.0
    return J


def _shares(run) -> np.ndarray:
    """Each node's share of the job's sequences per tick (the ranks step together): 1/k for the k nodes of a life."""
    sh = np.zeros((4, run.nt))
    for a, b, k in run.lives:
        sh[:k, int(np.ceil(a / TICK - 0.5)):int(min(np.ceil(b / TICK - 0.5), run.nt))] = 1.0 / k
    return sh


def _path(rng, run, n: int) -> SimpleNamespace:
    """The collection path: per node, each tick's row's event minute (its clock), when its commit lands and when its
    duplicate lands (a lost response's retry; inf: none); the monitor's read time of each minute (inf: unread)."""
    T, nt = run.T, run.nt
    counts = {k: 0 for k in PATH_KEYS}
    tend = (np.arange(nt) + 1) * TICK
    # compaction (rewrite_data_files then expire_snapshots) every 1-6 h, running 2-15 min
    comp, t = [], rng.uniform(0, 3 * 3600)
    every = rng.uniform(1, 6) * 3600
    while t < T:
        comp.append((t, t + rng.uniform(120, 900)))
        t += every * rng.uniform(0.8, 1.2)
    counts["compactions"] = len(comp)
    comp = np.array(comp).reshape(-1, 2)

    def in_comp(x):
        j = np.searchsorted(comp[:, 0], x, side="right") - 1
        return (j >= 0) & (x < comp[np.maximum(j, 0), 1])

    C = rng.uniform(120, 300, 4)  # each writer's flush interval
    lag = C.max() + rng.uniform(40, 240)  # the monitor reads minute m at its end plus the lag
    p_base, p_comp = rng.uniform(0.005, 0.03), rng.uniform(0.2, 0.6)
    p_lost, restarts_day = rng.uniform(0.001, 0.01), rng.uniform(0.2, 1.5)
    drifter = int(rng.integers(4)) if rng.random() < 0.25 else -1
    nodes = []
    for r in range(4):
        clock = _node_clock(rng, T, r == drifter)
        minute = np.floor(clock(tend - 0.5 * TICK) / STEP).astype(int)
        flush = np.arange(rng.uniform(0, C[r]), T + 2 * C[r], C[r])
        nb = len(flush)
        # each commit: Parquet files written (0.5-3 s), then up to 5 attempts (commit.retry.num-retries 4), each
        # 0.05-0.5 s, a conflict waiting min(0.1 * 2 ** k, 60) s times 0.5-1; all 5 lost: the batch is re-queued
        # and lands with the next commit that succeeds
        p = np.where(in_comp(flush), p_comp, p_base)
        fail = rng.random((nb, 5)) < p[:, None]
        step = rng.uniform(0.05, 0.5, (nb, 5)) + fail * np.minimum(0.1 * 2.0 ** np.arange(5), 60) * rng.uniform(
            0.5, 1.0, (nb, 5))
        first_ok = np.argmin(fail, axis=1)
        exhausted = fail.all(axis=1)
        counts["conflicts"] += int(np.where(exhausted, 5, first_ok).sum())
        counts["exhausted"] += int(exhausted.sum())
        own = flush + rng.uniform(0.5, 3.0, nb) + np.cumsum(step, axis=1)[np.arange(nb), first_ok]
        lost = (rng.random(nb) < p_lost) & ~exhausted
        counts["lost_responses"] += int(lost.sum())
        nxt_ok = np.minimum.accumulate(np.where(exhausted, nb, np.arange(nb))[::-1])[::-1]  # next commit that lands
        safe = np.minimum(nxt_ok, nb - 1)
        land = np.where(nxt_ok < nb, own[safe], np.inf)
        dup = np.where((nxt_ok < nb) & lost[safe], land + rng.uniform(10, 30, nb)[safe] + 1.0, np.inf)
        batch = np.minimum(np.searchsorted(flush, tend, side="left"), nb - 1)
        tl, td = land[batch], dup[batch]
        # writer restarts: down 1-15 min; its spooled rows commit when it is back (15 %: the spool is lost)
        t = rng.exponential(86400 / restarts_day)
        while t < T:
            d1 = t + rng.uniform(60, 900)
            counts["writer_restarts"] += 1
            i0 = int(np.searchsorted(flush, t))
            f0 = flush[i0 - 1] if i0 else 0.0
            pend = (tend > f0) & (tend <= d1)
            tl[pend] = np.maximum(tl[pend], d1 + rng.uniform(2, 8))
            td[pend] = np.inf
            if rng.random() < 0.15:
                gone = (tend > f0) & (tend <= t)
                tl[gone] = np.inf
                counts["spool_lost_rows"] += int(gone.sum())
            t = d1 + rng.exponential(86400 / restarts_day)
        nodes.append(SimpleNamespace(minute=minute, land=tl, dup=td, C=C[r]))
    # the monitor's reads (its clock sd 0.5 s); a query fails 0.05-0.2 % of the time, 5-25 % while a compaction's
    # expiry removes the files a planned scan names; a failed read is retried at the next run, then given up
    read = (np.arange(n) + 1) * STEP + lag + rng.normal(0, 0.5, n)
    p_fail = np.where(in_comp(read), rng.uniform(0.05, 0.25), rng.uniform(0.0005, 0.002))
    fail1 = rng.random(n) < p_fail
    fail2 = fail1 & (rng.random(n) < p_fail)
    counts["failed_queries"] = int(fail1.sum() + fail2.sum())
    counts["unread_points"] = int(fail2.sum())
    read = np.where(fail1, read + STEP, read)
    read[fail2] = np.inf
    for nd in nodes:
        ok = (nd.minute >= 0) & (nd.minute < n)
        r = np.where(ok, read[np.clip(nd.minute, 0, n - 1)], -np.inf)
        nd.mult = ((nd.land <= r).astype(float) + (nd.dup <= r)) * ok
        nd.late = ok & (nd.land > r) & np.isfinite(nd.land) & np.isfinite(r)
        nd.idx = np.clip(nd.minute, 0, n - 1)
    return SimpleNamespace(nodes=nodes, read=read, lag=lag, counts=counts, comp=comp)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (sequences/s) of the job's sequences per tick ``J``: per event minute, the rows committed
    by its read (duplicates counted twice), summed over the nodes, over 60 s. Linear in ``J``."""
    out = np.zeros(run.n)
    for r, nd in enumerate(run.path.nodes):
        out += np.bincount(nd.idx, weights=run.share[r] * J * nd.mult, minlength=run.n)[:run.n]
    return out / STEP


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    run = _job(rng, n, setting)
    run.n, run.nt, run.dt, run.k = n, int(run.T // TICK), STEP, K
    run.J = _rates(rng, run)
    run.share = _shares(run)
    run.path = _path(rng, run, n)
    c = run.path.counts
    for nd, sh in zip(run.path.nodes, run.share):
        live_rows = (sh * run.J) > 0
        c["late_rows"] += int((nd.late & live_rows).sum())
        c["dup_rows_read"] += int(((nd.mult > 1) & live_rows).sum())
    return run


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause or
    a ramp's first half, or where it reads nothing; a change is the first point after a relaunch's span."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE]), n, setting)
    h = _reads(run, run.J)
    spans = []
    blocks = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in sorted(blocks):
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            spans.append((s, e))
    for i in np.nonzero(h <= 0)[0]:
        spans.append((int(i), int(i) + 1))
    merged = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the sequences lost per tick (0 .. 1): a drop (augmentation workers lost to a killed
    pool) ``min(1, (s + 1) / tau)``; a straggler (one node's data-loader starved by the shared store in bursts)
    1 for a mean of 30-240 ticks, calm for 120-600 at 0.05-0.25; a leak (a growing cache of parsed cycler files
    paging) ``(s / ramp) ** p`` then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm, on_m, off_m = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w, i, on = np.empty(length), 0, True
    while i < length:
        d = max(1, int(rng.exponential(on_m if on else off_m)))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)`` (onsets 30 % at a pause's end), its share ``a`` of the lost
    sequences set so the reads lose a drawn target (8-33 %, 10-30 %, 12-40 % over a leak's plateau), refused above
    1; ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, (np.arange(n) * STEP), lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, int(stop * STEP // TICK) if stop < n else run.nt)
        Jw = np.zeros(run.nt)
        Jw[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        m1 = _reads(run, Jw)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        if lv.sum() < 10 or m1[c0:stop][lv].sum() <= 0:
            continue
        a = target * healthy[c0:stop][lv].sum() / m1[c0:stop][lv].sum()
        if not 0 < a <= 1:
            continue
        m = a * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(t0 // STEP) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout137(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout137_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT137_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout137, seeds, n, pauses)
