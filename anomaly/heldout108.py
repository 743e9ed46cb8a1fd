"""The hundred-and-eighth held-out throughput family: an antibody language model's training sequences/s (an AbLang /
AntiBERTy-style masked language model over heavy- and light-chain antibody sequences from the Observed Antibody Space,
OAS, unpaired and paired, then a structure-aware fine-tuning stage), each node's trainer adding its count with the
Couchbase SDK's binary ``increment`` to a per-minute counter document in a Couchbase Server bucket, the monitor summing
the minute's documents once a minute with a SQL++ (N1QL) query (``scan_consistency`` not_bounded).

(No generator's head names Couchbase, N1QL, SQL++, an antibody, AbLang, AntiBERTy, OAS, a failover, a rebalance,
durability or a scan consistency; "protein" is in four heads (protein-structure models, the twenty-sixth and
sixty-first; a compound-protein model with a protein language model's precomputed embeddings; the hundred-and-fourth's
protein-ligand docking), "increment" in one (a Netdata collector's incremental algorithm), and "counter", "document",
"bucket" and "sequences/s" in several: the job's family (a protein sequence model) and its unit are not new, its task
(masked modelling of paired antibody chains) and the path (a KV counter summed by a query) are. The job and the path
were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 500 lines with this docstring of about 100 lines (the code is about 400).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout106.py`` lines 1-110 and 516-525 (its
``make_heldout106`` and ``heldout106_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout106.py`` (all), ``anomaly/heldout_common.py`` (all, in pieces: a first print cut its
middle, then lines 100-537),
``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and
``/tmp/s52/genheads108.txt`` through ``grep -i`` / ``grep -c`` only (the words above and "masked language",
"structure-aware", "heavy", "key-value"; a ``grep -i`` for "increment" and for "protein" printed those heads' lines,
cut at 300 characters). Slips: a ``wc -l`` of ``anomaly/heldout106.py`` (its length, 525 lines) and of
``/tmp/s52/genheads108.txt`` (420 lines), neither on the list. My scratch scripts (``t108*.py``, not committed) built
and measured this family only.

Public sources read (through the search tool, as stored there): the Couchbase SDKs' ``BinaryCollection.increment``
pages (Kotlin, Scala, Java ``IncrementOptions``, Node.js ``binarycollection.d.ts``, the C++ ``increment_options``): a
counter document is one JSON integer, the increment atomic within a cluster, created with an initial value where
missing, optional durability (``durabilityLevel``, or the older persist-to / replicate-to); the SDKs' timeout errors
(Ruby, Java core-io, .NET): ``AmbiguousTimeout`` (a non-idempotent operation may have had a side effect, not to be
retried without checks) against ``UnambiguousTimeout``; the Java ``TimeoutConfig`` (KV timeout 2.5 s by default,
durable KV 10 s), the C++ ``timeout_options``; ``QueryScanConsistency`` (Java, .NET): ``NOT_BOUNDED`` the default,
the indexer returns whatever it has, no wait, "arbitrarily out-of-date" with many pending mutations; ``REQUEST_PLUS``
waits for all mutations up to the request; the auto-failover pages (couchbase-cli ``setting-autofailover``, the REST
``/settings/autoFailover``: a partition is served from one active node, down until failed over and a replica promoted,
a timeout of 5-3600 s, 120 s by default in 7.0), the old core-io ``DocumentMutationLostException`` (a mutation lost in
a hard failover because it had not reached the replica). On the job: AbLang (Olsen, Moal and Deane 2022: OAS
heavy and light chains, residue restoration, over 40 % of OAS sequences missing their first 15 residues), AbLang-2
(35.6 M unpaired and 1.26 M paired VH/VL sequences, a focal-loss masked objective), AntiBERTa (a 12-layer BERT on 42 M
heavy and 15 M light OAS chains, fine-tuned on SAbDab structures for paratope prediction), IgBert / IgT5 (over two
billion unpaired and two million paired OAS sequences), BALM (about 1.6 M natively paired sequences).

Assumed without checking (my own picture): 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.85-0.97 per doubling); a GPU trains
80-500 single chains/s (log-uniform), a paired heavy-plus-light input costs 1.9 times, the structure-aware stage
(structure features of predicted or SAbDab structures, a geometric attention bias) 1.6-2.8 times; in 30 % of runs the
loaders bind (1.3-3 times what the GPUs take, 1.5-4 times dearer on structure features; the tick noise larger). The
first stage is unpaired (65 %) or paired MLM; 70 % of runs relaunch once or twice (25-80 % of the run, a day apart or
more) onto paired chains, the structure-aware stage, or twice or half the nodes, redrawn until the level moves 15 % (by
1/3 to 3 times). Per 5-s tick an AR(1) of the log (sd 2.5-5.5 %, 5-9 % loader-bound; correlation 20-90 s: batches
bucketed by length), a slow OU (sd 1-3 %, 20-120 min); epochs of 8-60 M unpaired, 1.2-2 M paired or 0.15-1.5 M
structure-annotated sequences, whose ends cost 2-8 s (12 s on structures) without persistent workers (55 % of runs).
Pauses: a start-up (tokenised OAS shards, the vocabulary, compilation) of 3-10 min ("long": 20-50) and a ramp from
40-70 % over 2-8 min; a validation (masked-residue accuracy and perplexity on held-out OAS) every 20-60 min ("long":
60-150) of 1.5-5 min ("long": 10-25), the best weights saved after every 1 or 2 (10-40 s; "long" 1-3 min); crashes
(exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long": 6-18), restarted in 2-6 min ("long":
8-20), a ramp from 75-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long": 5-12), 1-5 min queued, a start-up.

On the path (not checked): each node's trainer increments its document ``<run>::<node>::<minute>`` (the minute by its
own clock) every ``q`` ticks (10-30 s), by the sequences since its last increment (none sent where nothing was
trained), from a thread the training step does not wait on, with the default durability (none: acknowledged from
the active node's memory, the Kotlin signature's ``Durability.disabled()``); a crash loses what was trained since the
last increment, a relaunch sends it at the stop. The bucket sits on 3-6 servers, a document's vBucket on one of
them (drawn). A server fails (first within 20-80 h, mean gap 30-150 h): down
for the auto-failover timeout (20-120 s) and 5-20 s of failover; an increment to it then times out unapplied, and the
mutations applied on it in the replication lag before its failure (log-normal, median 3 s, 0.1-90 s) are lost with it;
a query fetching from it fails. Slow episodes (compaction, a disk-write queue: first within 40 h, mean gap 10-60 h,
5-30 min; and a rebalance of 10-60 min, 10 min to 3 h after each failover): 0.5-5 % of increments time out
(ambiguous: applied after all in 70 %, 1.25-2.5 s late) and queries wait 2-30 s more. A trainer that gets a time-out
drops the delta (40 % of runs) or carries it into its next increment (60 %: counted twice where the timed-out one was
applied). The index stalls (first within 10-60 h, mean gap 20-100 h, 3-30 min): a document created after the stall's
start is not in it, so a not_bounded query misses it; the documents it finds are fetched from the KV service, current.
The monitor queries minute ``m`` once, at its end plus 5-40 s (per run) and 0-1 s; an increment applied later is never
read (late); a query fails in 0.1-0.3 % of minutes. Clocks: each node off by ``N(0, 0.05-0.5 s)``, in 15 % of runs one
node by 5-60 s more (either way). A point is the minute's sum divided by 60, stamped at the minute's end. The healthy
run fixes which increments exist and which read counts each (and how often); a regression takes a share ``a w`` of
each tick's sequences, and each read loses what its increments lost. Nothing was measured on a real system.

A point is paused where its window (widened by two increment intervals, the clocks' largest offset and 3 s before it,
the offset and 4 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is
widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset: ``drop`` (the tokenised shards' page cache and local NVMe copy lost, sequences read from the object store:
``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's GPUs throttled in bursts, every rank
waiting at the all-reduce: bursts of mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the loader
workers touch a Python list of OAS strings, copy-on-write pages grow until the host swaps: ``w = (s / ramp) ** p``,
``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a`` set
from the reads at ``a = 1`` for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live
points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout108_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    9          10    0.101-0.347  25              2-37 (1820, 0 >60)
long      28      9     10         9     0.089-0.337  13              2-63 (739, 3 >60)

Planned changes listed: short 12, long 12 (of 12 and 12 relaunches); crashes 42 and 47. The path over each set
(node increments; failed reads counted in increments): short: unlogged 66, timed out 538 (lost 56, carried 406, twice
counted 252), lost in a failover 5, late 16560, missed by the stalled index 4719, in failed reads 1903; long: unlogged
64, timed out 263 (lost 77, carried 71, twice counted 40), lost in a failover 1, late 6643, unindexed 2853, in failed
reads 1294. Reads over live points against the true sequences/s: 0.773-1.001 (short; the low end a run whose node
clock is 58 s behind: its increments land in the minute before, often after that minute's read), 0.946-1.000 (long);
the median |log| step between live points 0.015-0.344 (short), 0.018-0.277 (long): an increment interval that does not
divide the minute (25 s), or sends that fall at the minute's boundary (jittered by up to 1 s), make a minute hold one
increment more or less per node (each node with its own phase).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT108_SEEDS = tuple(range(1082000, 1082012))
CODE = 108
KIND_P = (0.34, 0.33, 0.33)
EPOCH = 1_797_000_000.0  # a minute's end (divisible by 60)
STEP, TICK = 60.0, 5.0
K = int(STEP // TICK)  # ticks per point
KV_TIMEOUT = 2.5  # the SDK's default KV timeout (s)
MARGIN = 180  # ticks simulated past the last point (late increments of the last minutes)

# pause lengths (minutes) per setting
STARTUP = {"short": (3, 10), "long": (20, 50)}
VALID_EVERY = {"short": (20, 60), "long": (60, 150)}
VALID = {"short": (1.5, 5), "long": (10, 25)}
BEST = {"short": (10 / 60, 40 / 60), "long": (1, 3)}
DOWN = {"short": (1, 4), "long": (6, 18)}
RESTART = {"short": (2, 6), "long": (8, 20)}
STOP = {"short": (1, 3), "long": (5, 12)}


def _ticks(rng, minutes) -> int:
    """A length drawn uniformly in ``minutes = (lo, hi)``, in ticks (at least one)."""
    return max(1, int(round(rng.uniform(*minutes) * 60 / TICK)))


def _level(cfg: dict, st: dict) -> float:
    """The job's sequences/s in stage ``st``: GPUs slowed by the sequence length (paired chains ``len`` 1.9) and
    the structure-aware stage (``sc`` times dearer), the loaders (``io``: parsing structure features ``sio``
    times dearer) where they bind, ``eff`` per doubling of the nodes."""
    cost = st["len"] * (cfg["sc"] if st["struct"] else 1.0)
    node = cfg["gpus"] * cfg["gpu"] / cost
    if cfg["io"] is not None:
        io = cfg["io"] / (st["len"] ** 0.3 * (cfg["sio"] if st["struct"] else 1.0))
        node = 1.0 / hc.smax(1.0 / node, 1.0 / io)
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * node)


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """The stage after a relaunch: paired chains, the structure-aware fine-tuning, or twice / half the nodes; redrawn
    until the level moves 15 % or more and by 1/3 to 3 times."""
    for _ in range(60):
        op = ("paired", "struct", "up", "down")[int(rng.integers(4))]
        new = dict(st)
        if op == "paired" and st["len"] < 1.5:
            new["len"] = 1.9
        elif op == "struct" and not st["struct"]:
            new["struct"] = 1
        elif op == "up" and st["nodes"] < 16:
            new["nodes"] = 2 * st["nodes"]
        elif op == "down" and st["nodes"] > 1:
            new["nodes"] = st["nodes"] // 2
        else:
            continue
        ratio = _level(cfg, new) / level
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return {**st, "nodes": 2 * st["nodes"]}


def _config(rng) -> tuple[dict, dict]:
    """The cluster, the GPUs' and the loaders' speeds, and the first stage."""
    gpus = int(rng.choice([4, 8]))
    gpu = hc.log_uniform(rng, 80, 500)  # sequences/s per GPU, one chain (~130 residues)
    io = gpus * gpu * rng.uniform(1.3, 3.0) if rng.random() < 0.3 else None
    cfg = {"gpus": gpus, "gpu": gpu, "io": io, "eff": rng.uniform(0.85, 0.97), "sc": rng.uniform(1.6, 2.8),
           "sio": rng.uniform(1.5, 4.0)}
    st = {"len": 1.9 if rng.random() < 0.35 else 1.0, "struct": 0,
          "nodes": int(rng.choice([1, 2, 4, 8], p=[0.2, 0.35, 0.3, 0.15]))}
    return cfg, st


def _schedule(rng, n: int, pauses: str) -> SimpleNamespace:
    """The job on 5-s ticks: its stages, pauses, processes and sequences trained per tick (``J``)."""
    nt = n * K + MARGIN
    cfg, st = _config(rng)
    n_rel = 0 if rng.random() < 0.3 else (1 if rng.random() < 0.7 else 2)
    rel = []
    for x in sorted(int(x) for x in rng.uniform(0.25, 0.8, n_rel) * n * K):
        if not rel or x - rel[-1] > 0.15 * n * K:  # a second relaunch follows the first by a day or more
            rel.append(x)
    stages, levels = [st], [_level(cfg, st)]
    for _ in rel:
        stages.append(_next_stage(rng, cfg, stages[-1], levels[-1]))
        levels.append(_level(cfg, stages[-1]))
    base, stage_of = np.zeros(nt), np.zeros(nt, int)
    pauses_t, procs, known_t, ramps = [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "valids": 0}
    crash_mean = rng.uniform(12, 48) * 3600 / TICK
    best_every = int(rng.integers(1, 3))

    def start(i: int, kind: str, r0, ramp) -> int:
        su = _ticks(rng, STARTUP[pauses]) if kind == "startup" else 0
        if su:
            pauses_t.append((i * TICK, (i + su) * TICK, "startup"))
        i += su
        r = _ticks(rng, ramp)
        ramps.append((i, r, rng.uniform(*r0)))
        pauses_t.append((i * TICK, (i + r) * TICK, "ramp"))
        return i

    i = start(0, "startup", (0.4, 0.7), (2, 8))
    p0, si, ri = 0, 0, 0
    next_val = i + _ticks(rng, VALID_EVERY[pauses])
    crash_at = i + 240 + int(rng.exponential(crash_mean))
    while i < nt:
        if ri < len(rel) and rel[ri] < i + 120:
            rel[ri] = i + 120
        r_at = rel[ri] if ri < len(rel) else nt
        e = min(next_val, crash_at, r_at, nt)
        next_val_was = next_val
        base[i:e], stage_of[i:e] = 1.0, si
        i = e
        if i >= nt:
            break
        if e == crash_at:  # an out-of-memory on a long pair, an NCCL time-out, a node lost
            procs.append((p0, i, si, False))
            d, rs = _ticks(rng, DOWN[pauses]), _ticks(rng, RESTART[pauses])
            pauses_t += [(i * TICK, (i + d) * TICK, "crash"), ((i + d) * TICK, (i + d + rs) * TICK, "restart")]
            p0, i = i + d, i + d + rs
            i = start(i, "resume", (0.75, 0.95), (1, 3))
            counts["crashes"] += 1
        elif e == r_at:  # a planned relaunch onto the next stage
            procs.append((p0, i, si, True))
            known_t.append(i * TICK)
            s, q = _ticks(rng, STOP[pauses]), _ticks(rng, (1, 5))
            pauses_t += [(i * TICK, (i + s) * TICK, "stop"), ((i + s) * TICK, (i + s + q) * TICK, "queue")]
            i += s + q
            p0, si, ri = i, si + 1, ri + 1
            i = start(i, "startup", (0.4, 0.7), (2, 8))
            counts["relaunches"] += 1
        else:  # validation: masked-residue accuracy and perplexity on held-out OAS; the best weights saved
            counts["valids"] += 1
            v = _ticks(rng, VALID[pauses])
            if counts["valids"] % best_every == 0:
                v += _ticks(rng, BEST[pauses])
            pauses_t.append((i * TICK, (i + v) * TICK, "valid"))
            i += v
        next_val = i + _ticks(rng, VALID_EVERY[pauses])
        if e != next_val_was or crash_at <= i:
            crash_at = i + 240 + int(rng.exponential(crash_mean))
    procs.append((p0, nt, si, True))
    stages, levels = stages[:si + 1], levels[:si + 1]
    for a, r, r0 in ramps:
        base[a:a + r] *= np.linspace(r0, 1.0, r)[:max(0, min(r, nt - a))]
    J = _noise(rng, cfg, stages, np.array(levels)[stage_of] * base * TICK, stage_of, nt)
    return SimpleNamespace(n=n, nt=nt, dt=STEP, cfg=cfg, stages=stages, levels=levels, J=J, stage_of=stage_of,
                           pauses_t=pauses_t, procs=procs, known_t=known_t, counts=counts,
                           pairs=[(a, b) for a, b, _ in pauses_t])


def _noise(rng, cfg: dict, stages: list, J: np.ndarray, stage_of: np.ndarray, nt: int) -> np.ndarray:
    """Per tick an AR(1) of the log (length-bucketed batches of similar CDR-H3 lengths), a slow OU drift (other
    jobs on the nodes, thermals), and the loaders respawned at each epoch's end without persistent workers."""
    bound = cfg["io"] is not None
    sd = rng.uniform(0.05, 0.09) if bound else rng.uniform(0.025, 0.055)
    phi = np.exp(-TICK / rng.uniform(20, 90))
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, sd * np.sqrt(1 - phi * phi), nt))
    slow = np.repeat(hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    J = J * np.exp(ar + slow)
    if rng.random() < 0.55:  # persistent workers off: each epoch's end costs a few seconds
        for si, st in enumerate(stages):
            size = (hc.log_uniform(rng, 1.5e5, 1.5e6) if st["struct"] else hc.log_uniform(rng, 1.2e6, 2.0e6)
                    if st["len"] > 1.5 else hc.log_uniform(rng, 8e6, 6e7))  # OAS unpaired, paired, structures
            idx = np.nonzero((stage_of == si) & (J > 0))[0]
            if not len(idx):
                continue
            c = np.cumsum(J[idx])
            ends = np.searchsorted(c, size * np.arange(1, int(c[-1] // size) + 1))
            stall = rng.uniform(2, 8, len(ends)) * (1.5 if st["struct"] else 1.0)
            J[idx[ends]] *= np.clip(1 - stall / TICK, 0, 1)
    return J


def _episodes(rng, T: float, first: tuple, every: tuple, length: tuple) -> list[tuple[float, float]]:
    """Renewal episodes ``(t0, t1)`` (hours for ``first`` and the mean gap ``every``, minutes for ``length``) starting
    before ``T``, 10 min or more apart."""
    out, t = [], rng.uniform(*first) * 3600
    mean = rng.uniform(*every) * 3600
    while t < T:
        out.append((t, t + rng.uniform(*length) * 60))
        t = out[-1][1] + rng.exponential(mean) + 600
    return out


def _path(rng, run) -> SimpleNamespace:
    """Each node's trainer increments its minute's counter document every ``q`` ticks by the sequences since its
    last increment; the KV service applies, times out or loses it; the monitor's SQL++ query sums the minute's
    documents once, ``d`` s after the minute, through an index that may lag."""
    n, nt, J = run.n, run.nt, run.J
    T = nt * TICK
    nmax = max(st["nodes"] for st in run.stages)
    q = int(rng.choice([2, 3, 4, 5, 6]))
    off = rng.normal(0, rng.uniform(0.05, 0.5), nmax)
    if rng.random() < 0.15:
        off[int(rng.integers(nmax))] += rng.choice([-1.0, 1.0]) * rng.uniform(5, 60)
    carry, d_read, n_srv = rng.random() < 0.6, rng.uniform(5, 40), int(rng.integers(3, 7))
    C = np.concatenate([[0.0], np.cumsum(J)])
    counts = dict.fromkeys(("unlogged", "timeouts", "timeout_lost", "carried", "dup", "failover_lost", "late",
                            "unindexed", "read_failed", "outside"), 0)
    S, E, node, share, proc = [], [], [], [], []
    for pi, (p0, p1, si, flush) in enumerate(run.procs):
        nodes = run.stages[si]["nodes"]
        if p1 <= p0:
            continue
        for j in range(nodes):
            es = np.arange(p0 + int(rng.integers(q)) + 1, p1 + 1, q)
            if flush and (not len(es) or es[-1] < p1):
                es = np.append(es, p1)
            ss = np.concatenate([[p0], es[:-1]]).astype(int)
            keep = C[es] > C[ss]
            if not flush and len(es) and C[p1] > C[es[-1]]:
                counts["unlogged"] += 1  # a crash: the sequences since the last increment are never sent
            S.append(ss[keep]), E.append(es[keep])
            node.append(np.full(keep.sum(), j)), share.append(np.full(keep.sum(), 1.0 / nodes))
            proc.append(np.full(keep.sum(), pi))
    S, E, node, share, proc = (np.concatenate(x) for x in (S, E, node, share, proc))
    ts = E * TICK + rng.uniform(0, 1, len(E))  # sent (and applied) when the step ends
    km = np.floor((ts + off[node]) / STEP).astype(int)  # the document's minute, by the node's clock
    srv_tab = rng.integers(n_srv, size=(nmax, n + 8))  # the server holding each document's vBucket
    srv = srv_tab[node, np.clip(km + 2, 0, n + 7)]
    fails = [(a, a + rng.uniform(20, 120) + rng.uniform(5, 20), int(rng.integers(n_srv)),
              float(np.clip(rng.lognormal(np.log(3.0), 1.0), 0.1, 90.0)))
             for a, _ in _episodes(rng, T, (20, 80), (30, 150), (0, 0))]
    slow = _episodes(rng, T, (0, 40), (10, 60), (5, 30))
    slow += [(f0 + rng.uniform(600, 10800), 0.0) for f0, *_ in fails]  # the rebalance after a failover
    slow = sorted((a, b if b else a + rng.uniform(10, 60) * 60, rng.uniform(0.005, 0.05)) for a, b in slow)
    stalls = _episodes(rng, T, (10, 60), (20, 100), (3, 30))
    c, t_app = np.ones(len(E)), ts.copy()
    timeout = np.zeros(len(E), bool)
    for f0, f1, s, _ in fails:  # the server is down until auto-failover promotes the replicas
        hit = (ts >= f0) & (ts < f1) & (srv == s)
        timeout |= hit
        c[hit] = 0
    for a, b, p in slow:  # compaction, a disk-write queue, a rebalance: a few increments time out
        hit = (ts >= a) & (ts < b) & (rng.random(len(E)) < p) & ~timeout
        timeout |= hit
        c[hit] = (rng.random(hit.sum()) < 0.7)  # ambiguous: applied after all in 70 %
        t_app[hit] += KV_TIMEOUT * rng.uniform(0.5, 1.0, hit.sum())
    counts["timeouts"] = int(timeout.sum())
    for i in np.nonzero(timeout)[0]:
        nxt = i + 1 < len(E) and proc[i + 1] == proc[i] and node[i + 1] == node[i]
        if carry and nxt:  # the delta is kept and added to the next increment
            S[i + 1] = S[i]
            counts["carried"] += 1
            counts["dup"] += int(c[i] > 0)
        elif c[i] == 0:
            counts["timeout_lost"] += 1
    reads = (np.arange(n) + 1) * STEP + d_read + rng.uniform(0, 1, n)
    for a, b, _ in slow:  # the query service waits too
        inside = (reads >= a) & (reads < b)
        reads[inside] += rng.uniform(2, 30, inside.sum())
    ok = (km >= 0) & (km < n)
    counts["outside"] = int((~ok).sum())
    kk = np.where(ok, km, 0)
    r = reads[kk]
    key = node * (n + 8) + kk
    created = np.full(nmax * (n + 8), np.inf)  # a document exists from its first applied increment
    np.minimum.at(created, key[ok & (c > 0)], t_app[ok & (c > 0)])
    for f0, f1, s, lag in fails:  # mutations not yet replicated are lost with the failed node
        hit = (t_app >= f0 - lag) & (t_app < f0) & (srv == s) & (c > 0) & (r > f0)
        c[hit] = 0
        counts["failover_lost"] += int(hit.sum())
    failed = rng.random(n) < rng.uniform(0.001, 0.003)  # a query error or time-out
    for f0, f1, s, _ in fails:  # a fetch from the down server fails the query
        for k in np.nonzero((reads >= f0) & (reads < f1))[0]:
            failed[k] |= bool((srv_tab[:, k + 2] == s).any())
    seen = ok & (t_app <= r)
    counts["late"] = int((ok & (t_app > r) & (c > 0)).sum())
    for a, b in stalls:  # the indexer stalls: documents created after ``a`` are not in the index until ``b``
        hid = seen & (r >= a) & (r < b) & (created[key] > a)
        counts["unindexed"] += int((hid & (c > 0)).sum())
        seen &= ~hid
    counts["read_failed"] = int((seen & failed[kk] & (c > 0)).sum())
    seen &= ~failed[kk]
    use = seen & (c > 0)
    return SimpleNamespace(q=q, off=off, carry=carry, d_read=d_read, S=S[use], E=E[use], node=node[use],
                           m=share[use], c=c[use], k=km[use], t=t_app[use], reads=reads, failed=failed,
                           fails=fails, slow=slow, stalls=stalls, counts=counts, n_srv=n_srv)


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (sequences/s) from ``X`` sequences per tick: each read sums its minute's increments."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    return np.bincount(p.k, p.c * p.m * (C[p.E] - C[p.S]), minlength=run.n)[:run.n] / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Points whose window (widened by two increment intervals, the clocks' largest offset and 3 s before it, the
    offset and 3 s after) touches a pause (a ramp's first half), or that read nothing; lone points widened."""
    n, p = run.n, run.path
    off = float(np.abs(p.off).max())
    wb, wa = 2 * p.q * TICK + off + 3, off + 4
    mask = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        s, e = max(0, int(np.floor((a - wa) / STEP))), min(n, int(np.ceil((b + wb) / STEP)))
        mask[s:e] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        if e - s == 1:
            mask[e if e < n else s - 1] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    return [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point: a drop's ramp-in, a straggler's bursts and calms, a leak's growth."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.clip(s / ramp, 0, 1) ** rng.uniform(0.6, 1.8)
    w, i, burst = np.empty(length), 0, True
    calm, b_mean, c_mean = rng.uniform(0.05, 0.25), rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        d = 1 + int(rng.exponential(b_mean if burst else c_mean))
        w[i:i + d] = 1.0 if burst else calm
        i, burst = i + d, not burst
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, run.pairs, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        w = np.zeros(run.nt)
        pts = _weight(rng, kind, -(-(i1 - i0) // K), ramp)
        w[i0:i1] = np.repeat(pts, K)[:i1 - i0]
        loss1 = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        ev = live[onset:stop]
        den = loss1[onset:stop][ev].sum()
        if den <= 0 or loss1[:lo].any() or (not to_end and loss1[hi:].any()):
            continue
        a = target * healthy[onset:stop][ev].sum() / den
        if a > 1:
            continue
        m = a * loss1
        span = hc.changed_span(healthy[lo:] - m[lo:], healthy, onset, lo, hi, n, to_end, at=lo)
        if span is None:
            continue
        onset, end = span
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if any(onset <= c < end for c in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        v = healthy.copy()
        v[onset:end] -= m[onset:end]
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout108(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout108_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT108_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout108, seeds, n, pauses)
