"""The hundred-and-fourth held-out throughput family: a DiffDock-style diffusion generative model for protein-ligand
docking (a score model over the ligand's translation, rotation and torsion angles, SE(3)-equivariant over the
receptor's residue graph and the ligand's atoms, trained on PDBBind-style complexes), its training complexes/s; each
node's trainer sends one Amazon Kinesis Data Streams record per logging interval (``PutRecords``), an AWS Lambda
function consumes the stream through an event source mapping and adds each batch's counts to a per-minute item of a
DynamoDB table (``UpdateItem`` with an ``ADD`` expression), and the monitor reads the minute items once a minute.

(No generator's head names Kinesis, DynamoDB, PutRecords, UpdateItem, an event source, docking, ligands, PDBBind,
torsions or complexes/s; "lambda" matches only a learned image-compression head's rate-distortion lambda; "protein" a
protein-structure model's crops/s (heads 26 and 61) and a compound-protein pairs/s head; "diffusion" three image and
video latent-diffusion heads and a molecular graph-diffusion head; "shard" sharded embeddings and Parquet files. The
job and the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read (but ``git log --oneline main..HEAD`` after my first
commit), and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout103.py`` lines 1-110 and 560-569 (its
``make_heldout103`` and ``heldout103_set``, found by the brief's ``grep -n``), ``tests/test_anomaly_heldout103.py``
(all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, and ``/tmp/s52/genheads104.txt`` only through ``grep -c``/``grep -i``
(the lines holding lambda, protein, diffusion or shard, cut to 250 characters). Slips: none that I know of.

Size: over 520 lines with this docstring of 122 lines (the code is about 450).

Public sources read (through the search tool, as stored there): on the path, Lambda's "parameters for Amazon Kinesis
Data Streams event source mappings" page (``BatchSize`` 100 by default, at most 10,000;
``MaximumBatchingWindowInSeconds`` 0; ``MaximumRecordAgeInSeconds`` -1, no limit but the stream's retention;
``MaximumRetryAttempts`` -1, failed records retried until they expire; ``BisectBatchOnFunctionError`` false;
``ParallelizationFactor`` 1 to 10; an on-failure destination for discarded records; ``ReportBatchItemFailures``), the
CDK's ``KinesisEventSourceProps`` pages (batching window up to 5 min, a record age of 60 s to 7 days), the SAM
specification's diff (a record past its retries or its age is bypassed, its metadata sent to the destination), a
community answer (stream events are retried until the function succeeds or the data expires, retention 24 h or more),
Kinesis' "Expired iterator exception" page (a shard iterator is valid for 5 min; delays between reads from long
processing or downtime), the ``PutRecords`` API pages (up to 500 records and 5 MB a call, 1,000 records/s and 1 MB/s a
shard; a partition key's MD5 hash picks the shard; the ``ProvisionedThroughputExceeded`` error; the answer's
``FailedRecordCount`` and per-record error codes, which the caller must send again, as the aws-kinesis-writable and
alchemy.run producers do), DynamoDB's "atomic counter operations" examples (``UpdateItem`` with ``ADD`` increments
atomically; a counter that may not exist; optimistic locking for what must not be counted twice); on the job, the
DiffDock paper (Corso et al., ICLR 2023: a diffusion over translations, rotations and torsions of the ligand; a score
model and a separate confidence model; PDBBind; 38 % top-1 under 2 A), MindSpore's and other summaries of it (both
models SE(3)-equivariant over point clouds; the receptor as a residue graph with language-model embeddings), and a study
of DiffDock's compute (samples per complex and inference steps trade accuracy for time).

Assumed without checking (my own picture): the job: 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.85-0.96 per doubling); a GPU
trains 6-40 complexes/s (log-uniform); the loaders (featurisation: the receptor's residue graph and cached embeddings,
RDKit conformers of the ligand, random rotations, translations and torsion updates of the pose) run at 1.8-4 times what
the GPUs take, or 0.8-1.3 times (35 %: loader-bound, noisier ticks); a node at the soft minimum of both. An epoch
(PDBBind and, as in later DiffDock versions, more complexes) takes 15-90 min; after each the validation loss (0.4-1.5
min, "long": 2-6) and a save of the EMA weights (10-40 s, "long": 1-3 min), every 2, 3 or 5 epochs also a sampled
docking of the validation complexes (reverse diffusion, RMSD below 2 A: 3-10 min, "long": 10-25). A start-up (the
preprocessed complex cache and the embeddings loaded, graphs built) of 3-10 min ("long": 20-60) and a ramp from 40-70 %
over 2-8 min (its first half paused). Crashes (CUDA out of memory on a large receptor, NCCL time-outs, a lost node;
exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long": 6-18), restarted in 2-6 min ("long":
8-20) from the last checkpoint (the epoch starts again), a ramp from 75-95 % over 1-3 min. Relaunches (70 % of runs at
25-80 % of the run, 25 % of those again): a stop of 1-3 min ("long": 5-12), 1-5 min in the queue, a start-up, then a
stage with one or two knobs changed: the receptor's cutoff widened or all-atom (1.6-2.5 times the GPU's graph, or half),
a score model 2-4 times dearer (or half), the rotatable-bond filter lifted (1.5-2.5 times the torsions), another complex
set (1.3-2.5 times dearer to featurise, 30 %: 0.45-0.8; it moves only a loader-bound level), twice or half the nodes;
redrawn until the level moves 15 %; its epoch the first's times the level ratio and the square root of the set's
featurisation cost (a larger set; 20 min to 4 h). Per 5-s tick ``exp(N(0, 2.5-5 %))`` (5-9 % loader-bound: complexes of
very different sizes), a slow OU of the log (sd 1-3 %, 20-120 min). On the path (not checked): that the trainer retries
a call's failed entries (60 % of runs, up to 3 times, backing off) or ignores ``FailedRecordCount`` (40 %: those records
are lost); that a ``PutRecords`` timed out by botocore's 60-s read time-out after Kinesis stored it is sent again
(0.1-0.4 % of calls) as a second record; that other producers share the stream's shards and throttle it in episodes
(first within 30 h, every 8-60 h, 1-15 min; 20-60 % of entries fail); that the mapping polls a shard once a second and
invokes at the end of its batching window; that a failed batch is retried after 1, 2, 4 ... s (at most 60 s: my guess;
the pages give no interval) while the shard waits behind it; how often DynamoDB throttles the function (a backfill or
capacity behind its traffic: first within 24 h, every 6-48 h, 2-20 min, 30-80 % of invocations fail after the SDK's own
retries; else 0.1-1 % in half the runs); that the mapping is off now and then (a deployment, the function's reserved
concurrency at 0, a broken role: first within 60 h, every 10-80 h, 0.5-10 min, 15 %: 10-40 min); that an eventually
consistent ``GetItem`` misses half of the writes of its last second; the clocks (Amazon Time Sync: ``N(0, 0.3 s)``; in
10 % of runs one node's chrony broken, 5-40 s off either way). Nothing was measured on a real system.

The path (chosen): each node's trainer sends, from a thread, one record every 10, 15, 20 or 30 s (per run; a phase
per node): its node's share of the job's complexes since its last record (data-parallel nodes train the same number)
and its own clock's time; none for an interval without complexes, none while its process is down (the interval under
way at a crash is lost), and at a relaunch's stop a last one in half the runs. Partition key the node: 1 or 2 shards.
Throttled entries are retried or lost (above); a timed-out call's copy arrives 60-62 s after the first. The mapping
(batch size 10, 100 or 500; window 0, 1, 5, 10 or 30 s; ``MaximumRetryAttempts`` 2, 5, 10 or -1;
``MaximumRecordAgeInSeconds`` -1, or 60-3600 s in 30 % of runs) reads a record 0.2-1 s after it arrived; while it is
off records wait in the shard and drain in batches at its end, those older than the record age discarded. The function
writes its batch with one ``UpdateItem`` per record (50 % of runs) or one per minute of the batch, each ``ADD``-ing to
the minute item; a throttled write fails the invocation after the writes before it were applied, and the mapping
retries the whole batch (those writes are added again: counted twice or more); a batch whose retries or age are spent
is discarded (lost); the shard waits behind a retrying batch, so later batches commit late. A record's minute is its
own clock's time (70 %) or Kinesis' ``ApproximateArrivalTimestamp`` (30 %: a resent copy lands a minute on). The
monitor reads item ``m`` at its end plus 5-40 s (per run) and 0-1 s: an addition committed later is never read
(late); a read that fails (0.1-0.3 %) gives nothing (0).

One point is the monitor's read of one minute's item (the trace's step, 60 s); its timestamp is the minute's end. All
that the path delays, loses or copies is fixed by the healthy run (which records exist, which copies commit when, and
which read takes each); a regression takes a share ``a w`` of each tick's complexes and each read loses what its
copies lost (reads none of whose copies changed equal the healthy ones).

A point is paused where its window (widened by a record interval, the clocks' largest offset and 3 s before it, the
offset and 3 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is
widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset: ``drop`` (the complex cache's file system degrades for good: the featurisation workers wait on a slower
metadata server or object-store prefix and every step waits for its batch; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8
points), ``straggler`` (one node's GPUs throttled by heat or power in bursts, every rank waiting at the all-reduce:
bursts of mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the loader workers' RDKit molecules and
cached conformers grow with every complex until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of
150-1000 points, then held until the process ends at a crash or a relaunch). The shapes are generator 103's as its
docstring gives them, with this job's causes. Onsets by ``hc.onset_time`` over the pauses (30 % at a pause's end),
else anywhere in the slot; ``a`` set from one series at ``a = 1`` (the reads are linear in ``a``) for a loss of 8-33 %
(drop), 10-30 % (straggler) or 12-35 % (leak), at most 1; kept where ``hc.shown_depth`` (at most 33 %) allows.

Measured on the full sets (12 seeds, n=6000; the tests re-measure the "long" row):

setting   events  drop  straggler  leak  depth        near a pause    pause spans (count, >60)
short     31      10    10         11    0.108-0.329  19              2-58 (1457, 0 >60)
long      29      11    10         8     0.094-0.324  17              2-79 (1187, 8 >60)

Changes listed: short 8, long 9. Over both full sets' healthy runs (2,027,325 counted copies of records): 272
records lost at crashes, 2,011 throttled entries lost, 5,321 resent copies, 87 records past their age, 1,177 writes
added again by a retried batch, 1,401 records in discarded batches, 28,009 copies committed after their minute's read
(late), 929 missed by an eventually consistent read, 262 failed reads, 5,697 records drained after the mapping was
off. The median live read is within 1.5 % of the job's complexes/s in its minute (8.6 % in the run whose node's
clock is 27 s behind a 10-s lag: its records land a minute early); the live reads sum to 0.99-1.01 of the
job's, 0.92 in a run whose node's clock is 27 s behind a 10-s lag.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT104_SEEDS = tuple(range(1042000, 1042012))
CODE = 104
KIND_P = (0.4, 0.3, 0.3)
TICK = 5.0  # s: the job's complexes are summed per tick
STEP = 60.0  # s: one DynamoDB minute item per point
K = int(STEP // TICK)
EPOCH = 1_700_000_040  # a minute's boundary
BACKOFF0, BACKOFF_CAP = 1.0, 60.0  # the event source mapping's retry backoff (assumed)
PUT_TIMEOUT = 60.0  # s: botocore's default read timeout; a timed-out PutRecords is sent again
PUT_TRIES = 3  # the trainer's own retries of a PutRecords' failed entries (where it retries)
LONG = {"short": 0, "long": 1}


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


def _config(rng) -> dict:
    """The job: nodes of 4 or 8 GPUs, a GPU's complexes/s, the loaders' (featurisation) rate, scaling."""
    gpus = int(rng.choice([4, 8]))
    gpu = _lu(rng, 6.0, 40.0)
    bound = bool(rng.random() < 0.35)
    io = gpus * gpu * (rng.uniform(0.8, 1.3) if bound else rng.uniform(1.8, 4.0))
    return {"gpus": gpus, "gpu": gpu, "io": io, "eff": rng.uniform(0.85, 0.96), "bound": bound,
            "nodes": int(rng.choice([1, 2, 4, 8], p=[0.2, 0.35, 0.3, 0.15]))}


def _level(cfg: dict, st: dict) -> float:
    """The job's complexes/s: per node the soft maximum of the GPUs' time per complex (the graph's size, the score
    model's cost, the ligand's torsions) and the loaders' (featurisation, conformers, the data set's layout)."""
    g = st["atoms"] ** 1.3 * st["model"] * st["tor"] ** 0.3 / (cfg["gpus"] * cfg["gpu"])
    f = st["data"] * st["tor"] * st["atoms"] ** 0.5 / cfg["io"] if cfg["io"] else 0.0
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / (hc.smax(g, f) if f else g))


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch's stage: one or two of its knobs changed, redrawn until the level moves 15 % or more."""
    while True:
        new = dict(st)
        for key in rng.choice(["atoms", "model", "tor", "data", "nodes"], size=int(rng.integers(1, 3)),
                              replace=False):
            if key == "atoms":  # a wider receptor cutoff or an all-atom receptor (or back)
                new[key] = st[key] * (rng.uniform(1.6, 2.5) if rng.random() < 0.7 else 0.5)
            elif key == "model":  # more layers, channels or irreps in the score model (or a smaller one)
                new[key] = st[key] * (rng.uniform(2.0, 4.0) if rng.random() < 0.7 else 0.5)
            elif key == "tor":  # the rotatable-bond filter lifted: larger, flexible ligands
                new[key] = st[key] * rng.uniform(1.5, 2.5)
            elif key == "data":  # another complex set (MOAD, distillation, on-the-fly conformers)
                new[key] = st[key] * (rng.uniform(1.3, 2.5) if rng.random() < 0.7 else rng.uniform(0.45, 0.8))
            else:
                new[key] = int(np.clip(st[key] * (2 if rng.random() < 0.5 else 0.5), 1, 8))
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= np.log(1.15):
            return new


def _dur(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = long if setting == "long" else short
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, pauses: str):
    """The job's run on true time: its pauses ``(t0, t1, kind)``, its stages and the complexes of each 5-s tick."""
    T = n * STEP + 900.0
    nt = int(T // TICK)
    cfg = _config(rng)
    st = {"atoms": 1.0, "model": 1.0, "tor": 1.0, "data": 1.0, "nodes": cfg["nodes"]}
    stages, pauses_t, known_t, restarts, ends = [st], [], [], [], []
    rel = []
    if rng.random() < 0.7:
        rel.append(rng.uniform(0.25, 0.8) * n * STEP)
        if rng.random() < 0.25:
            rel.append(rel[0] + rng.uniform(0.15, 0.5) * n * STEP)
    mtbf = 3600.0 * rng.uniform(12, 48)
    epoch0 = 60.0 * rng.uniform(15, 90)
    infer_every = int(rng.choice([2, 3, 5]))
    lvl0 = _level(cfg, st)
    level = np.zeros(nt)
    ramp = np.ones(nt)
    segs = []

    def start(t, from_lo, from_hi, len_lo, len_hi):  # a ramp after a (re)start: its first half paused
        r0, rl = rng.uniform(from_lo, from_hi), 60.0 * rng.uniform(len_lo, len_hi)
        pauses_t.append((t, t + rl / 2, "ramp"))
        i0, i1 = int(t // TICK), min(nt, int((t + rl) // TICK))
        ramp[i0:i1] = r0 + (1 - r0) * (np.arange(i1 - i0) * TICK / rl)
        return t

    t = _dur(rng, pauses, (3, 10), (20, 60))
    pauses_t.append((0.0, t, "startup"))
    start(t, 0.4, 0.7, 2, 8)
    crash = t + 1200.0 + rng.exponential(mtbf)
    ep_len = epoch0
    ep_end, n_ep = t + ep_len, 0
    while t < T:
        nxt = rel[0] if rel else np.inf
        which = int(np.argmin([ep_end, crash, nxt, T]))
        stop = min([ep_end, crash, nxt, T][which], T)
        segs.append((t, stop, len(stages) - 1))
        t = stop
        if which == 3:
            break
        if which == 0:  # the epoch's validation loss (and every few epochs a sampled docking), then a save
            n_ep += 1
            dur = _dur(rng, pauses, (0.4, 1.5), (2, 6))
            kind = "valid"
            if n_ep % infer_every == 0:
                dur += _dur(rng, pauses, (3, 10), (10, 25))
                kind = "infer"
            dur += rng.uniform(10, 40) if pauses == "short" else rng.uniform(60, 180)
            pauses_t.append((t, t + dur, kind))
            t += dur
            ep_end = t + ep_len
        elif which == 1:  # a crash: down, then restarted from the last checkpoint (the epoch starts again)
            down, up = _dur(rng, pauses, (1, 4), (6, 18)), _dur(rng, pauses, (2, 6), (8, 20))
            pauses_t += [(t, t + down, "down"), (t + down, t + down + up, "restart")]
            restarts.append(t)
            t += down + up
            start(t, 0.75, 0.95, 1, 3)
            ep_end = t + ep_len
            crash = t + 1200.0 + rng.exponential(mtbf)
        else:  # a relaunch into the next stage
            rel.pop(0)
            stp, q = _dur(rng, pauses, (1, 3), (5, 12)), 60.0 * rng.uniform(1, 5)
            su = _dur(rng, pauses, (3, 10), (20, 60))
            pauses_t += [(t, t + stp, "stop"), (t + stp, t + stp + q, "queue"),
                         (t + stp + q, t + stp + q + su, "startup")]
            ends.append((t, bool(rng.random() < 0.5)))  # a last record sent at the stop (half the runs)
            restarts.append(t)
            stages.append(_next_stage(rng, cfg, stages[-1]))
            t += stp + q + su
            known_t.append(t)
            start(t, 0.4, 0.7, 2, 8)
            ep_len = float(np.clip(epoch0 * lvl0 / _level(cfg, stages[-1]) * stages[-1]["data"] ** 0.5,
                                   1200, 14400))
            ep_end = t + ep_len
            crash = max(crash, t + 1200.0)
    stage_of = np.full(nt, -1)
    tt = np.arange(nt) * TICK
    for a, b, s in segs:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(b // TICK))
        stage_of[i0:i1] = s
        level[i0:i1] = _level(cfg, stages[s])
    sd = rng.uniform(0.05, 0.09) if cfg["bound"] else rng.uniform(0.025, 0.05)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), 60.0 * rng.uniform(20, 120))
    noise = np.exp(rng.normal(0, sd, nt) + ou[(tt // STEP).astype(int)])
    J = level * ramp * noise * TICK * (stage_of >= 0)
    nodes = np.array([stages[max(s, 0)]["nodes"] for s in range(len(stages))])[np.maximum(stage_of, 0)]
    pauses_t.sort()
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, stages=stages, J=J, nodes=nodes, pauses_t=pauses_t,
                           known_t=known_t, restarts=restarts, ends=ends, counts={"relaunches": len(known_t)},
                           dt=STEP)


def _episodes(rng, T: float, first: float, lo: float, hi: float, dlo: float, dhi: float, p_long: float = 0.0,
              long: tuple = (0, 0)) -> np.ndarray:
    """Windows ``[a, b)`` (s): the first within ``first`` h, then every ``lo``-``hi`` h; ``dlo``-``dhi`` s long
    (with ``p_long``: ``long`` s)."""
    out, t = [], rng.uniform(0, first * 3600.0)
    while t < T:
        d = rng.uniform(*long) if rng.random() < p_long else rng.uniform(dlo, dhi)
        out.append((t, t + d))
        t += d + 3600.0 * rng.uniform(lo, hi)
    return np.array(out).reshape(-1, 2)


def _inside(t: np.ndarray, iv: np.ndarray) -> np.ndarray:
    """The index of the window ``iv[i] = [a, b)`` holding each time of ``t``, or -1."""
    if len(iv) == 0:
        return np.full(len(t), -1)
    i = np.searchsorted(iv[:, 0], t, side="right") - 1
    ok = (i >= 0) & (t < iv[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _path(rng, run):
    """Records, batches, retries, minute items and the monitor's reads (see the docstring): every copy of a record
    that a read counts, as its tick range ``[S, E)``, its node's share ``f`` of the job's complexes and its point
    ``k``; the reads ``D`` and which failed."""
    n, nt, T = run.n, run.nt, run.T
    N = int(run.nodes.max())
    P = float(rng.choice([10.0, 15.0, 20.0, 30.0]))
    off = rng.normal(0, 0.3, N)
    if rng.random() < 0.1:
        off[int(rng.integers(N))] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    counts = {k: 0 for k in ("killed", "put_lost", "put_dup", "expired", "retry_dup", "retry_lost", "late",
                             "unseen", "read_failed", "backlog")}
    # the trainer's records: node j's clock ticks P apart; each covers the ticks since its previous record
    rec_t, rec_j = [], []
    for j in range(N):
        g = rng.uniform(0, P) + np.arange(int(T / P) + 2) * P - off[j]
        g = g[(g > 0) & (g < T - 1)]
        rec_t.append(g)
        rec_j.append(np.full(len(g), j))
    rt, rj = np.concatenate(rec_t), np.concatenate(rec_j)
    E = np.minimum((rt // TICK).astype(int), nt)
    S = np.concatenate([[0], E[:-1]])
    first = np.concatenate([[True], rj[1:] != rj[:-1]])
    S[first] = 0
    CJ = np.concatenate([[0.0], np.cumsum(run.J)])
    share = np.where(rj < run.nodes[np.minimum(E, nt - 1)], 1.0 / run.nodes[np.minimum(E, nt - 1)], 0.0)
    val = share * (CJ[E] - CJ[S])
    dead = np.zeros(len(rt), bool)  # a record due while its process is down is never sent
    for a, b, kind in run.pauses_t:
        if kind in ("down", "restart", "stop", "queue") or (kind == "startup" and a > 0):
            dead |= (rt >= a) & (rt < b)
    for t_stop, last in run.ends:  # the relaunch's stop: the interval under way sent at the stop, or lost
        if last:
            for j in range(N):
                i = np.nonzero((rj == j) & (rt >= t_stop))[0]
                if len(i):
                    rt[i[0]] = t_stop + 1.0
                    dead[i[0]] = False
    counts["killed"] = int((dead & (val > 0)).sum())
    keep = ~dead & (val > 0)
    rt, rj, S, E, share = rt[keep], rj[keep], S[keep], E[keep], share[keep]
    # PutRecords: throttled while other producers share the shard; failed entries retried or dropped; a timed-out
    # call sent again after the read timeout (a second copy)
    thr = _episodes(rng, T, 30, 8, 60, 60, 900)
    p_thr, retry_put = rng.uniform(0.2, 0.6), rng.random() < 0.6
    arr = rt + rng.uniform(0.05, 0.3, len(rt))
    failed = (_inside(arr, thr) >= 0) & (rng.random(len(rt)) < p_thr)
    tries = 0
    while failed.any() and retry_put and tries < PUT_TRIES:
        tries += 1
        arr = np.where(failed, arr + rng.uniform(0.1, 1.0, len(rt)) * 2 ** tries, arr)
        failed = failed & (_inside(arr, thr) >= 0) & (rng.random(len(rt)) < p_thr)
    counts["put_lost"] = int(failed.sum())
    ok = ~failed
    dup = ok & (rng.random(len(rt)) < rng.uniform(0.001, 0.004))
    counts["put_dup"] = int(dup.sum())
    idx = np.concatenate([np.nonzero(ok)[0], np.nonzero(dup)[0]])
    arr = np.concatenate([arr[ok], arr[dup] + PUT_TIMEOUT + rng.uniform(0, 2, int(dup.sum()))])
    order = np.argsort(arr, kind="stable")
    idx, arr = idx[order], arr[order]
    # the record's minute: its own clock's time (node's clock) or Kinesis' ApproximateArrivalTimestamp
    by_stamp = rng.random() < 0.7
    minute = np.floor((rt[idx] + off[rj[idx]]) / STEP if by_stamp else arr / STEP).astype(int)
    # the event source mapping: per shard, polled each second, a batching window, the batch size
    shards = int(rng.choice([1, 2]))
    W = float(rng.choice([0.0, 1.0, 5.0, 10.0, 30.0]))
    B = int(rng.choice([10, 100, 500]))
    R = int(rng.choice([2, 5, 10, -1]))  # MaximumRetryAttempts (-1: until the record expires)
    max_age = rng.uniform(60, 3600) if rng.random() < 0.3 else np.inf  # MaximumRecordAgeInSeconds
    per_record = rng.random() < 0.5  # one UpdateItem per record, else one per minute of the batch
    off_ = _episodes(rng, T, 60, 10, 80, 30, 600, 0.15, (600, 2400))  # mapping disabled / function throttled
    ddb = _episodes(rng, T, 24, 6, 48, 120, 1200)  # DynamoDB throttling (a backfill, capacity behind)
    p_ddb, p_err = rng.uniform(0.3, 0.8), rng.uniform(0.001, 0.01) * (rng.random() < 0.5)
    vis = arr + rng.uniform(0.2, 1.0, len(arr))
    shard = rj[idx] % shards
    o = _inside(vis, off_)
    counts["backlog"] = int((o >= 0).sum())
    for i in np.unique(o[o >= 0]):
        m = o == i
        rank = np.arange(int(m.sum()))
        vis[m] = off_[i, 1] + (rank // B) * 0.3
    age_lost = (vis - arr > max_age)
    counts["expired"] = int(age_lost.sum())
    gw = max(W, 1.0)
    key = np.floor(vis / gw).astype(np.int64) * 2 + shard
    out_i, out_t = [], []  # every committed copy: index into idx and its commit time
    for sh in range(shards):
        m = np.nonzero((shard == sh) & ~age_lost)[0]
        if not len(m):
            continue
        _, b_of = np.unique(key[m], return_inverse=True)
        nb = int(b_of.max()) + 1
        ready = np.zeros(nb)
        np.maximum.at(ready, b_of, (np.floor(vis[m] / gw) + 1) * gw)
        size = np.bincount(b_of, minlength=nb)
        dur = rng.uniform(0.05, 0.3, nb) + (rng.random(nb) < 0.03) * rng.uniform(0.3, 2.0, nb)
        dur += 0.01 * size * per_record
        p = np.where(_inside(ready, ddb) >= 0, p_ddb, p_err)
        fail = rng.random(nb) < p
        extra = np.zeros(nb)
        ok_b = np.ones(nb, bool)
        srt, st0 = m[np.argsort(b_of, kind="stable")], np.concatenate([[0], np.cumsum(size)])
        for b in np.nonzero(fail)[0]:  # retries of the whole batch; what was written before the error is added again
            t, k = ready[b], 0
            mem = srt[st0[b]:st0[b + 1]]
            units = np.arange(len(mem)) if per_record else np.unique(minute[mem], return_inverse=True)[1]
            while True:
                j = int(rng.integers(units.max() + 1))
                done = mem[units < j]
                out_i.append(done)
                out_t.append(np.full(len(done), t + dur[b]))
                counts["retry_dup"] += len(done)
                k += 1
                t += dur[b] + min(BACKOFF_CAP, BACKOFF0 * 2 ** (k - 1))
                if (R >= 0 and k > R) or t - arr[mem].min() > max_age:
                    ok_b[b] = False
                    counts["retry_lost"] += len(mem)
                    break
                if rng.random() >= (p_ddb if _inside(np.array([t]), ddb)[0] >= 0 else p_err):
                    break
            extra[b] = t - ready[b]
        # the shard is blocked while a batch retries: f_i = max(r_i, f_{i-1}) + d_i
        d = dur + extra
        C = np.cumsum(d)
        fin = C + np.maximum.accumulate(ready - (C - d))
        good = ok_b[b_of]
        out_i.append(m[good])
        out_t.append(fin[b_of][good])
    ci, ct = np.concatenate(out_i).astype(int), np.concatenate(out_t)
    k = minute[ci]
    # the monitor reads minute m's item once, at its end plus a lag; an eventually consistent read may miss a write
    # of the last second; a failed read gives nothing
    lag = rng.uniform(5, 40)
    D = (np.arange(n) + 1) * STEP + lag + rng.uniform(0, 1, n)
    failed_read = rng.random(n) < rng.uniform(0.001, 0.003)
    counts["read_failed"] = int(failed_read.sum())
    inn = (k >= 0) & (k < n)
    ci, ct, k = ci[inn], ct[inn], k[inn]
    gap = D[k] - ct
    seen = (gap >= 0) & ~((gap < 1.0) & (rng.random(len(gap)) < 0.5))
    counts["late"] = int((gap < 0).sum())
    counts["unseen"] = int(((gap >= 0) & ~seen).sum())
    seen &= ~failed_read[k]
    ci, ct, k = ci[seen], ct[seen], k[seen]
    r = idx[ci]
    o2 = np.argsort(S[r], kind="stable")
    return SimpleNamespace(S=S[r][o2], E=E[r][o2], f=share[r][o2], k=k[o2], C=ct[o2], D=D, failed=failed_read,
                           off=off, P=P, lag=lag, W=W, B=B, R=R, max_age=max_age, by_stamp=by_stamp, counts=counts,
                           per_record=per_record, node=rj[r][o2])


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The points (complexes/s per minute item as read) of the ticks' complexes ``J``."""
    p = run.path
    CJ = np.concatenate([[0.0], np.cumsum(J)])
    return np.bincount(p.k, weights=p.f * (CJ[p.E] - CJ[p.S]), minlength=run.n) / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """The paused points: a window (widened by a record's interval, the clocks' offsets and 3 s) touching a pause or
    a ramp's first half, or a read of nothing; a lone paused point widened to two."""
    n, p = run.n, run.path
    before, after = p.P + np.abs(p.off).max() + 3.0, np.abs(p.off).max() + 3.0
    m = h <= 0
    for a, b, kind in run.pauses_t:
        lo, hi = int(np.floor((a - after) / STEP)), int(np.ceil((b + before) / STEP))
        m[max(lo, 0):max(min(hi, n), 0)] = True
    edge = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    s, e = np.nonzero(edge == 1)[0], np.nonzero(edge == -1)[0]
    for a, b in zip(s, e):
        if b - a == 1:
            m[a + 1 if b < n else a - 1] = True
    edge = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    return [(int(a), int(b)) for a, b in zip(np.nonzero(edge == 1)[0], np.nonzero(edge == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30), rng.uniform(20, 90))
    calm = rng.uniform(0.05, 0.25)
    return np.where(hc.bad_share(edges, s, 1.0) > 0.5, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None."""
    n = run.n
    ts = np.arange(n) * STEP
    pz = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.T if to_end else stop * STEP
        if kind == "leak":  # held until the process ends (a crash or a relaunch)
            t1 = min([t1] + [a for a in run.restarts if a > t0])
        w = _weight(rng, kind, n + 20, ramp)
        tt = np.arange(run.nt) * TICK
        wt = np.where((tt >= t0) & (tt < t1), w[np.clip(((tt - t0) // STEP).astype(int), 0, n + 19)], 0.0)
        m1 = _reads(run, run.J * wt)
        m1[run.path.failed] = 0.0
        hs = healthy[onset:stop][live[onset:stop]].sum()
        l1 = m1[onset:stop][live[onset:stop]].sum()
        if hs <= 0 or l1 <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.35))
        a = target * hs / l1
        if a > 1.0:
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout104(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout104_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT104_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout104, seeds, n, pauses)
