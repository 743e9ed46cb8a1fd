"""The sixty-eighth held-out throughput family: a de novo peptide-sequencing model's (Casanovo-style transformer over
tandem mass spectra) training spectra/s on an institute's GPU cluster, each node's per-interval spectra count written
to TDengine through taosAdapter's InfluxDB line-protocol endpoint and summed per minute by a Grafana panel as
``select _wstart, sum(spectra) / 60 from casanovo_train where ts >= $from and ts < $to interval(1m)`` (no ``fill``).

Size: over 520 lines only because of this docstring (the collection path, its sources and the measured counts take
about 125 lines); the code is about 430.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): TDengine's "Schemaless" developer page (taosdata/TDengine
``docs/zh/07-develop/04-schemaless.md``): a line's measurement becomes the super table, its tags the child table's
tags, the child table's name ``t_`` + the MD5 of ``measurement,tag_key1=v1,...`` with the tag keys sorted (so another
tag value, e.g. a new ``host``, is another child table), missing super tables, child tables and columns are created
on the fly, and the line protocol's timestamp precision is given per write (hours .. nanoseconds); taosAdapter's
reference page (its ``/influxdb/v1/write`` endpoint with ``db`` and ``precision`` parameters, port 6041, and its memory
guard: over ``pauseAllMemoryThreshold`` it answers every write with 503 "memory exceeds threshold"); "Changes in
TDengine 3.0" (``docs/en/12-taos-sql/29-changes.md``: the database option ``UPDATE`` is gone, "all databases now
support updating data", which I read as: a row at a timestamp the child table holds replaces that row) and, for 2.x,
TDengine's blog on updates (``UPDATE 0``, the 2.x default, drops the later row of a same timestamp; 1 and 2 overwrite)
and the 2.x insert docs ("inserting a new record with the same timestamp will overwrite ... with UPDATE 1");
TDengine's "Time-Series Extensions" (``docs/en/12-taos-sql/12-distinguished.md``): ``FILL(NONE)`` is the default and
returns no row for a window without data, windows of ``INTERVAL`` are counted from UTC 0:00 (an offset may move
them), ``_wstart`` gives a window's start; the TDengine insert page (the precision of a long-integer timestamp is the
database's); a Telegraf-to-TDengine guide (``outputs.http`` to ``/influxdb/v1/write?db=...``, a 5 s time-out).

Chosen (the collection path): TDengine 3.x. On each node (2-8 nodes of 4 or 8 GPUs) a writer thread in the trainer
(local rank 0, the node's spectra summed over its ranks) swaps the node's spectra counter to 0 every ``I`` = 10, 15
or 20 s *after its last write returned* (so its period drifts by the write's time) and POSTs one line
``casanovo_train,job=...,host=<hostname> spectra=<count>i <ts>`` (a *per-interval count*, not a cumulative total) to
taosAdapter's ``/influxdb/v1/write?db=ms&precision=s`` (55 % of runs; ``ts = floor(now)``) or ``precision=ms``; the
Lightning callback also flushes the counter at each evaluation's start. Each host tag set is a child table; in the
same child table a second row at the same timestamp (a callback flush and a periodic one in the same second, only
with ``precision=s``) overwrites the first (3.x), whose spectra are lost. The Grafana panel (TDengine data source) runs
``select _wstart, sum(spectra) / 60 from casanovo_train where ts >= $from and ts < $to interval(1m)`` with no
``fill``, refreshed every 10, 30 or 60 s; a recorder keeps each minute from the first refresh at least 0.5-5 s after
the minute's end, from the rows written by then (a row is queryable once its write returned). A point is a returned
minute (timestamp ``EPOCH + _wstart``; the first at ``S0``): a minute in which no row landed (every process dead in a
restart's down time) is not returned, so the timestamps skip it. While a process lives its writer writes a row each
interval, 0 in an evaluation, a checkpoint, a hang or a start-up, so those minutes read 0.

What a writer loses: a node that dies takes the spectra since its last flush with it (and a write that had not
returned); in a taosAdapter slow episode (Poisson, mean 8-30 h; 1-8 min: its memory guard or a slow vnode) a write
fails (503 or the 5 s time-out) with probability 0.2-0.6 per try, is retried twice 1 s apart and then dropped (its
spectra lost), and a write that succeeds after 0.3-6 s may land after the recorder's read of its minute (its
spectra missing from that point; the writer thread, blocked meanwhile, flushes later, so the next row is larger).
Restarts: a node failure (65 %: Slurm notices it, the other nodes' processes hang at a collective and write zeros
until the job is killed) or a process crash (35 %: the others hang until NCCL's watchdog); the job is requeued (down:
no process, no row), comes back with new processes (counters at 0) that load the checkpoint and open their shards
(1-4 min of zeros) and ramps from 20-40 % over 60-200 s. A failed node is drained, so its replacement has a new
``host`` tag (a new child table); in 40 % of the restarts the whole job lands on other nodes. The sum over the super
table does not see child tables, so a new host tag changes no value.

Assumed without checking: TDengine computes ``sum(int) / 60`` as a double; the data source needs ``_wstart`` as its
time column; taosAdapter's writes are visible to a query as soon as they return; the 5 s client time-out and the
retries are my writer's, not TDengine's; the table creation of a new child table adds no delay worth modelling;
nodes split the job's spectra evenly (DDP); Grafana's ``$from`` / ``$to`` never cut a recorded minute.

The job (no Casanovo paper or code read; my own picture): spectra/s of ``nodes x gpus x`` 30-110 (times a scaling
efficiency of 0.86-0.97), per second times ``exp(sd t_4 / sqrt 2)`` (``sd`` 2-5 %: the peaks per spectrum and the
peptide lengths of a batch vary), a slow OU of the log (sd 0.8-2.5 %, 15-60 min: the parallel file system's load)
and the shards: the loader reads mzML (40 % of runs) or HDF5 shards of 4-15 min of training each, a shard's spectra
costing ``exp(N(0, 2-6 %))`` of the mean, and opening the next one stalls the loaders (HDF5: 4-12 s at 35-70 %; mzML,
parsed: 15-45 s at 50-80 %). The curriculum switches 2-4 times (at drawn times in 10-85 % of the training) to longer,
higher-charge peptides (85 %: the level times ``exp(-U(0.08, 0.3))``) or back (``exp(U(0.08, 0.2))``), applied after
the next evaluation and listed as a change at that pause span's end. After an evaluation the rate ramps from 60-85 %
over 20-60 s (the database match's CPU workers evicted the page cache).

What is modelled
----------------
Pauses: an evaluation (beam search over the validation spectra and a database match on CPU workers; the GPUs wait)
every 45-120 min of training (times 0.93-1.07), every 2nd to 4th also a checkpoint; "short": 3-9 min, a checkpoint
1-3.3 min more; "long" (the full database search on the shared CPU pool, the checkpoint to the cluster's file
system): 18-45 min, a checkpoint 4-10 min more; each length times ``exp(N(0, 0.2))``, capped at 15 / 90 min.
Restarts (Poisson, mean 10-30 h of wall time; none within 20 min of a resume; one due in a pause waits 2-15 min after
it): "short" a hang of 1-4 min (node) or 2-10 min (crash) and 2-10 min down (requeued at the front); "long" a hang of
3-10 or 10-30 min and 20-80 min down (back through the queue), the down time times ``exp(N(0, 0.2))``. A point is
paused when its minute, widened by one flush interval (and 1 s) before it, touches a pause (start-up, evaluation,
checkpoint, hang, down) or the first half of the ramp after it; spans that touch merge.

Labelled regressions divide the job's spectra/s from their onset by ``1 + a w(s)``: ``drop`` (a node's GPUs clock down
on a failing PSU, or NCCL falls back from InfiniBand to sockets: ``w = min(1, (s + 1) / tau)``, ``tau`` 5-90 s),
``straggler`` (another group's CPU-heavy job on one node starves its data loaders of cores: bursts of mean 40-240 s
at 1, calm of mean 90-500 s at 0.1-0.35), ``leak`` (a loader's cache of decoded peak arrays grows until the node
swaps: ``w = (s / ramp) ** p``, ``p`` 0.8-2.2, a ramp of 250-1800 points, then held). Onsets: 35 % from the second
half of a pause (any kind) to 90 s after it (the job resumes slower), else anywhere in the slot; ``a`` by bisection
(0-8) on the per-second spectra over the event's seconds to a loss of 9-30 % (drop), 10-28 % (straggler), 12-30 %
(leak); each row loses the whole spectra its node's counter lost since its previous flush (so a point after the
regression's end is the healthy one); an event holds no listed change; its points are those whose value changed;
kept where the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout68_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      10    13         9     0.099-0.294  16              3-21 (875, 0 >60)            3
long      34      14    11         9     0.108-0.297  25              9-81 (716, 27 >60)           3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 37, long 36 (curriculum switches). Per setting's 12 runs (short / long), over the whole
simulated run (its first 40 min and 150 minutes past the last point included): 52 and 56 nodes; 817 and 672
evaluations, 251 and 248 of them checkpoints; 99 and 82 restarts (35 and 26 crashes); 264 and 287 child tables; 86
and 58 taosAdapter slow episodes, 708 and 471 rows dropped after three failed tries; in the recorded minutes 1628617
and 1526139 flushes, 1627921 and 1525671 rows written, 226 and 149 overwritten (a second row in the same second, the
``precision=s`` runs: 6 and 7), 24 and 39 written after the recorder's read; 547 and 4177 minutes not returned (94 and
79 runs of skipped minutes, all inside pause spans). Settings drawn: 6 and 5 runs at ``precision=ms``; writer interval
10 / 15 / 20 s in 7 / 2 / 3 and 5 / 4 / 3 runs; 6 and 7 runs on mzML shards. Paused share of the points: 8.3-16.4 %
(mean 10.3 %) short, 25.4-44.4 % (mean 34.8 %) long. The healthy series' median absolute step of log over steady
live points (10 after a span and 2 before / 10 after a change left out): 0.44-1.01 % (short), 0.42-0.96 % (long);
median live level 182-3867 (short), 389-2923 (long) spectra/s; no live point reads 0. Generating both settings takes
about 4 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout67.py`` lines 1-125 (its docstring) and 513-534
(``make_heldout67`` / ``heldout67_set``, found with ``grep -n``); ``tests/test_anomaly_heldout67.py`` (all);
``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80;
``tests/test_architecture.py`` lines 1-110; the first 3 lines of every ``anomaly/heldout*.py`` (``head -3``; no
TDengine, no peptide or mass-spectrometry job among them; generators 25 and 54 write the line protocol to InfluxDB 2
and QuestDB). Slips: ``git worktree add`` printed main's head commit id and subject (the last look's step; not
sought); a ``grep -n "^EPOCH\\|^S0\\|^CODE\\|^KIND_P"`` of ``anomaly/heldout67.py`` and ``heldout66.py`` printed
generator 67's lines 137-140 (its random-stream code, kind probabilities, first timestamp and ``S0``) and generator
66's line 131 (its code); I kept my own values (picked before, and not near those); a ``git diff --stat main`` (meant
for my branch; main had moved on) printed the names and line counts of files main changed since my branch point
(benchmark scripts and results, a docs page, a data-quality round's test), not their contents. Nothing else changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT68_SEEDS = tuple(range(682000, 682012))
CODE = 68  # the random streams' code
KIND_P = (0.36, 0.32, 0.32)  # drop, straggler, leak
EPOCH = 1_788_220_800  # a whole minute (UTC), so TDengine's 1m windows, aligned on the epoch, start on the grid
S0 = 2400  # the first window recorded starts 40 min after the job's start
WIN = 60  # interval(1m)
# pause lengths (s): evaluation (beam search + database match on CPU workers) lo, hi; checkpoint extra lo, hi
EVAL = {"short": (180, 540, 60, 200), "long": (1080, 2700, 240, 600)}
CAP = {"short": 900, "long": 5400}
# restart phases (s): hang after a node failure lo, hi; after a crash (NCCL watchdog) lo, hi; down lo, hi
RESTART = {"short": (60, 240, 120, 600, 120, 600), "long": (180, 600, 600, 1800, 1200, 4800)}


@dataclass
class Run:
    """One job's schedule, per-second rate and collection path (everything but the regressions)."""

    n: int
    setting: str
    nodes: int
    interval: float  # the writer's flush interval (s)
    precision: str  # "s" or "ms": the line protocol's timestamp precision
    T: int  # seconds simulated
    rate: np.ndarray  # the job's spectra per second (healthy)
    pauses_t: list  # (a, b, kind) with no training: startup, eval, ckpt, hang, down
    ramps: list  # (a, b): the ramp after a pause
    known_t: list  # wall times of the curriculum switches (an evaluation's end)
    lives: list  # (node, start, end, table): a node's process and the child table (host tag) its rows go to
    restarts: list  # (failure, kill, resume, kind)
    episodes: list  # taosAdapter slow episodes (a, b)
    # the rows (all flushes) in one array each: flush time, previous flush (or process start), kept, window
    f: np.ndarray = None
    prev: np.ndarray = None
    seen: np.ndarray = None  # the row is the one the recorder's read of its window saw
    wrow: np.ndarray = None  # the window index of the row's (truncated) timestamp
    ws: np.ndarray = None  # the recorded windows' starts (s), n of them
    widx: np.ndarray = None  # their window indices
    stats: dict = field(default_factory=dict)


def _pause_len(rng, setting: str, ck: bool) -> float:
    lo, hi, clo, chi = EVAL[setting]
    d = rng.uniform(lo, hi) + (rng.uniform(clo, chi) if ck else 0.0)
    return float(min(d * np.exp(rng.normal(0, 0.2)), CAP[setting]))


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's wall-clock schedule: trainings, evaluations, checkpoints, restarts; shards, curriculum and rate."""
    nodes = int(rng.choice([2, 3, 4, 6, 8], p=[0.15, 0.2, 0.3, 0.2, 0.15]))
    gpus = int(rng.choice([4, 8], p=[0.45, 0.55]))
    interval = float(rng.choice([10.0, 15.0, 20.0], p=[0.5, 0.3, 0.2]))
    precision = "s" if rng.random() < 0.55 else "ms"
    every = rng.uniform(2700, 7200)  # training seconds between evaluations
    ck_every = int(rng.integers(2, 5))
    re_mean = rng.uniform(10, 30) * 3600
    hg = RESTART[setting]
    t = float(rng.uniform(60, 180))
    pauses_t, ramps, known_t, restarts = [(0.0, t, "startup")], [], [], []
    ramps.append((t, t + rng.uniform(60, 200), rng.uniform(0.2, 0.4)))
    stretches, lives_t = [], [(0.0, None)]
    down_total, n_eval, since_eval = 0.0, 0, 0.0
    next_eval = every * rng.uniform(0.93, 1.07)
    next_re = t + rng.exponential(re_mean)
    last_resume = t
    horizon = lambda: S0 + WIN * (n + 150) + down_total  # noqa: E731
    while t < horizon():
        to_eval = next_eval - since_eval
        if next_re < t:  # due during a pause: after it, 2-15 min on
            next_re = t + rng.uniform(120, 900)
        next_re = max(next_re, last_resume + 1200)
        if next_re - t < to_eval:
            stretches.append((t, next_re))
            since_eval += next_re - t
            tf = next_re
            crash = rng.random() < 0.35
            hang = rng.uniform(hg[2], hg[3]) if crash else rng.uniform(hg[0], hg[1])
            down = rng.uniform(hg[4], hg[5]) * np.exp(rng.normal(0, 0.2))
            startup = rng.uniform(60, 240)
            tk, tr = tf + hang, tf + hang + down
            pauses_t += [(tf, tk, "hang"), (tk, tr, "down"), (tr, tr + startup, "startup")]
            restarts.append((tf, tk, tr, "crash" if crash else "node"))
            lives_t[-1] = (lives_t[-1][0], (tf, tk, crash))
            lives_t.append((tr, None))
            down_total += down
            t = tr + startup
            ramps.append((t, t + rng.uniform(60, 200), rng.uniform(0.2, 0.4)))
            last_resume = t
            next_re = t + rng.exponential(re_mean)
            continue
        stretches.append((t, t + to_eval))
        t += to_eval
        n_eval += 1
        ck = n_eval % ck_every == 0
        d = _pause_len(rng, setting, ck)
        pauses_t.append((t, t + d, "ckpt" if ck else "eval"))
        t += d
        ramps.append((t, t + rng.uniform(20, 60), rng.uniform(0.6, 0.85)))
        since_eval, next_eval = 0.0, every * rng.uniform(0.93, 1.07)
    T = int(t) + 2
    lives_t[-1] = (lives_t[-1][0], (T - 1.0, T - 1.0, False))
    run = Run(n=n, setting=setting, nodes=nodes, interval=interval, precision=precision, T=T, rate=np.zeros(T),
              pauses_t=pauses_t, ramps=ramps, known_t=known_t, lives=[], restarts=restarts, episodes=[])
    run.stats.update(nodes=nodes, gpus=gpus, evals=sum(k in ("eval", "ckpt") for _, _, k in pauses_t),
                     ckpts=sum(k == "ckpt" for _, _, k in pauses_t), restarts=len(restarts),
                     crashes=sum(k == "crash" for *_, k in restarts))
    _rate(rng, run, stretches, gpus)
    _lives(rng, run, lives_t)
    return run


def _rate(rng, run: Run, stretches, gpus: int) -> None:
    """The per-second spectra/s: per-GPU speed, shards (their own cost, a stall when the next one opens), the
    curriculum's stages, the file system's slow drift, per-second jitter, and the ramps after pauses."""
    T = run.T
    on = np.zeros(T, bool)
    for a, b in stretches:
        on[int(np.ceil(a)):int(b)] = True
    tc = np.cumsum(on)  # training seconds so far
    total = int(tc[-1])
    eff = rng.uniform(0.86, 0.97)  # data-parallel scaling
    base = run.nodes * gpus * rng.uniform(30, 110) * eff
    mzml = rng.random() < 0.4  # mzML shards parse slower when opened than HDF5 ones
    sd_shard = rng.uniform(0.02, 0.06)
    edges, x = [0.0], 0.0
    while x < total:
        x += rng.uniform(240, 900)
        edges.append(x)
    edges = np.array(edges)
    m = len(edges)
    shard_f = np.exp(rng.normal(0, sd_shard, m))
    st_len = rng.uniform(15, 45, m) if mzml else rng.uniform(4, 12, m)
    st_lvl = rng.uniform(0.5, 0.8, m) if mzml else rng.uniform(0.35, 0.7, m)
    k = np.clip(np.searchsorted(edges, tc, side="right") - 1, 0, m - 1)
    into = tc - edges[k]
    f = shard_f[k] * np.where((into < st_len[k]) & (k > 0), st_lvl[k], 1.0)
    # the curriculum: 2-4 switches at drawn training fractions, applied at the next evaluation's end
    evals_end = [b for a, b, kind in run.pauses_t if kind in ("eval", "ckpt")]
    stage = np.ones(T)
    for frac in np.sort(rng.uniform(0.1, 0.85, int(rng.integers(2, 5)))):
        ts = int(np.searchsorted(tc, frac * total))
        te = next((b for b in evals_end if b > ts), None)
        step = -rng.uniform(0.08, 0.3) if rng.random() < 0.85 else rng.uniform(0.08, 0.2)
        if te is None or any(abs(te - c) < 1 for c in run.known_t):
            continue
        run.known_t.append(float(te))
        stage[int(te):] *= np.exp(step)
    ou = hc.ou_path(rng, T, rng.uniform(0.008, 0.025), rng.uniform(900, 3600))
    drift = np.exp(np.interp(np.arange(T), np.arange(len(ou)) * 60.0, ou))
    sd = rng.uniform(0.02, 0.05)
    jit = np.exp(sd * np.clip(rng.standard_t(4, T), -8, 8) / np.sqrt(2))
    ramp = np.ones(T)
    for a, b, lo in run.ramps:
        i0, i1 = int(a), min(T, int(np.ceil(b)))
        if i0 < T:
            ramp[i0:i1] = lo + (1 - lo) * (np.arange(i0, i1) - a).clip(0) / (b - a)
    run.rate = np.where(on, base * f * stage * drift * jit * ramp, 0.0)
    run.stats.update(mzml=mzml, base=base)


def _lives(rng, run: Run, lives_t) -> None:
    """Each node's processes (the failed node's ends at the failure, the others' at the kill), the child table of
    each (a new host tag: a new child table) and taosAdapter's slow episodes."""
    lives, table, replaced, tabs = [], run.nodes, -1, list(range(run.nodes))
    for i, (start, (tf, tk, crash)) in enumerate(lives_t):
        bad = int(rng.integers(run.nodes))  # the node that fails (or whose process crashes) at this life's end
        moved = rng.random() < 0.4  # the requeued job lands on other nodes too
        for node in range(run.nodes):
            if i and (node == replaced or moved):
                tabs[node], table = table, table + 1  # a new host tag: schemaless creates a new child table
            lives.append((node, start, tf if node == bad else tk, tabs[node]))
        replaced = -1 if crash else bad  # a failed node is drained: the job comes back on another host
    run.lives = lives
    eps, t = [], rng.exponential(rng.uniform(8, 30) * 3600)
    mean = rng.uniform(8, 30) * 3600
    while t < run.T:
        d = rng.uniform(60, 480)
        eps.append((t, t + d))
        t += d + rng.exponential(mean)
    run.episodes = eps
    run.stats.update(tables=table, episodes=len(eps))


def _flushes(rng, run: Run, ls: float, le: float, evals) -> tuple:
    """One process's rows: its writer thread flushes every ``interval`` s after the last write returned (the
    period drifts by the write's time); at each evaluation's start the callback flushes too. In a taosAdapter slow
    episode a write is tried 3 times (1 s apart; a 503 or a 5 s time-out), then its row is dropped; a write that
    has not returned when the process dies is lost. Returns (flush times, arrivals, written) sorted by time."""
    I = run.interval
    m = int((le - ls) / I) + 3
    phi = rng.uniform(2, 10)  # the writer thread starts after the process' set-up
    d = np.exp(rng.normal(np.log(0.02), 0.5, m))  # a write's round trip (s)
    fail = rng.random((m, 3)) < rng.uniform(0.2, 0.6)
    cost = np.where(rng.random((m, 3)) < 0.5, rng.uniform(0.05, 0.3, (m, 3)), 5.0)  # a 503, or the time-out
    ok_cost = rng.uniform(0.3, 6, m)
    first_ok = np.where(~fail.all(1), np.argmax(~fail, 1), 3)
    csum = np.concatenate([np.zeros((m, 1)), np.cumsum(cost + 1.0, 1)], 1)
    w_ep = csum[np.arange(m), first_ok] + np.where(first_ok < 3, ok_cost, 0.0)
    f0 = ls + phi + I + np.concatenate([[0.0], np.cumsum(I + d)[:-1]])
    in_ep = _inside(f0, run.episodes)
    w = np.where(in_ep, w_ep, d)
    f = ls + phi + I + np.concatenate([[0.0], np.cumsum(I + w)[:-1]])
    ok = ~in_ep | (first_ok < 3)
    keep = f < le
    f, w, ok = f[keep], w[keep], ok[keep] & (f[keep] + w[keep] <= le)
    ev = np.array([a for a in evals if ls < a < le]) + rng.uniform(0, 0.4)
    ev = ev[ev < le]
    fe = np.concatenate([f, ev])
    arr = np.concatenate([f + w, ev + np.exp(rng.normal(np.log(0.02), 0.5, len(ev)))])
    oke = np.concatenate([ok, np.ones(len(ev), bool)])
    o = np.argsort(fe, kind="stable")
    dropped = int((in_ep[keep] & (first_ok[keep] == 3)).sum())
    run.stats["lost_in_adapter"] = run.stats.get("lost_in_adapter", 0) + dropped
    return fe[o], arr[o], oke[o]


def _inside(t, spans) -> np.ndarray:
    """Which of the times ``t`` lie in one of the sorted, disjoint ``spans`` (a, b)."""
    if not spans:
        return np.zeros(len(t), bool)
    a = np.array([s[0] for s in spans])
    b = np.array([s[1] for s in spans])
    k = np.searchsorted(a, t, side="right") - 1
    return (k >= 0) & (t < b[np.maximum(k, 0)])


def _rows(rng, run: Run) -> None:
    """All rows, the one the recorder saw per (child table, timestamp), and the windows it recorded."""
    evals = [a for a, b, kind in run.pauses_t if kind in ("eval", "ckpt")]
    F, P, A, OK, TAB = [], [], [], [], []
    for node, ls, le, tab in run.lives:
        f, arr, ok = _flushes(rng, run, ls, le, evals)
        F.append(f)
        P.append(np.concatenate([[ls], f[:-1]]))
        A.append(arr)
        OK.append(ok)
        TAB.append(np.full(len(f), tab))
    f, prev, arr, ok, tab = (np.concatenate(x) for x in (F, P, A, OK, TAB))
    ts = np.floor(f) if run.precision == "s" else np.floor(f * 1000) / 1000
    wrow = (ts // WIN).astype(int)
    R = float(rng.choice([10.0, 30.0, 60.0], p=[0.3, 0.5, 0.2]))  # the dashboard's refresh
    ph, hold = rng.uniform(0, R), rng.uniform(0.5, 5)
    read = ph + R * np.ceil((WIN * (wrow + 1) + hold - ph) / R)
    o = np.lexsort((arr, ts, tab))
    so = o[ok[o]]  # the written rows, by (child table, timestamp, arrival)
    same = (tab[so][1:] == tab[so][:-1]) & (ts[so][1:] == ts[so][:-1])
    vis_s = arr[so] <= read[so]
    later = np.zeros(len(so), bool)
    later[:-1] = same & vis_s[1:]  # a row with the same key written later, and visible too: it overwrote this one
    seen = np.zeros(len(f), bool)
    seen[so] = vis_s & ~later
    W = int(wrow.max()) + 1
    present = np.bincount(wrow[seen], minlength=W) > 0
    w0 = S0 // WIN
    widx = np.nonzero(present[w0:])[0] + w0
    if len(widx) < run.n:
        raise RuntimeError(f"only {len(widx)} windows recorded")  # never: the schedule runs 150 windows over
    widx = widx[:run.n]
    run.f, run.prev, run.seen, run.wrow, run.widx, run.ws = f, prev, seen, wrow, widx, widx * float(WIN)
    last = (widx[-1] + 1) * WIN
    inr, late = f < last, arr > read
    run.stats.update(rows=int(inr.sum()), written=int((ok & inr).sum()), late=int((ok & inr & late).sum()),
                     overwritten=int((ok & inr & ~late & ~seen).sum()), missing=int(widx[-1] - w0 + 1 - run.n),
                     refresh=R)


def _counts(run: Run, rate: np.ndarray) -> np.ndarray:
    """Each row's spectra: the node's counter (the job's cumulative / nodes, whole spectra) at the flush, less at
    the previous flush (or the process' start)."""
    cum = np.concatenate([[0.0], np.cumsum(rate)]) / run.nodes
    grid = np.arange(len(cum), dtype=float)
    return np.floor(np.interp(run.f, grid, cum)) - np.floor(np.interp(run.prev, grid, cum))


def _values(run: Run, counts: np.ndarray) -> np.ndarray:
    """The panel's ``sum(spectra) / 60`` of each recorded window, from the rows its read saw."""
    W = int(run.wrow.max()) + 1
    tot = np.bincount(run.wrow[run.seen], counts[run.seen], minlength=W)
    return tot[run.widx] / WIN


def _series(run: Run, counts_h: np.ndarray, mods) -> np.ndarray:
    """The recorded values with the regressions ``mods`` ((i0, i1, multiplier) on the per-second rate): each row
    loses the whole spectra its node's counter lost since the previous flush (so rows after a regression's end
    are the healthy ones)."""
    if not mods:
        return _values(run, counts_h)
    lost = np.zeros(run.T)
    for i0, i1, mult in mods:
        lost[i0:i1] += run.rate[i0:i1] * (1 - mult)
    i0 = min(m[0] for m in mods)
    cum = np.concatenate([[0.0], np.cumsum(lost[i0:])]) / run.nodes
    grid = np.arange(i0, i0 + len(cum), dtype=float)
    at = run.f > i0  # the rows before the first regression lost nothing
    d = np.floor(np.interp(run.f[at], grid, cum)) - np.floor(np.interp(run.prev[at], grid, cum))
    counts = counts_h.copy()
    counts[at] = np.maximum(counts_h[at] - d, 0.0)
    return _values(run, counts)


def _spans(run: Run) -> list:
    """The points whose window, widened by one flush interval before it, touches a pause or the first half of the
    ramp after one; spans that touch merge."""
    ws, n = run.ws, run.n
    paused = np.zeros(n, bool)
    ivs = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in ivs:
        i0 = int(np.searchsorted(ws + WIN, a, side="right"))
        i1 = int(np.searchsorted(ws - run.interval - 1, b, side="left"))
        paused[i0:i1] = True
    spans = []
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        spans.append((int(s), int(e)))
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy values, pause spans, live mask, changes, healthy row counts)`` of a seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    run = _schedule(rng, n, setting)
    _rows(rng, run)
    counts_h = _counts(run, run.rate)
    healthy = _values(run, counts_h)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    at = [int(np.searchsorted(run.ws, t)) for t in run.known_t]
    changes = hc.change_points(at, spans, n)
    return run, healthy, spans, live, changes, counts_h


def _weight(rng, kind: str, m: int, ramp_s: int) -> np.ndarray:
    """A regression's weight over its ``m`` seconds: a drop steps in over ``tau`` s, a straggler alternates bursts
    (1) and calm (0.1-0.35), a leak grows as ``(s / ramp_s) ** p`` and then holds."""
    s = np.arange(m, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(5, 90))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(m), rng.uniform(40, 240), rng.uniform(90, 500))
        calm = rng.uniform(0.1, 0.35)
        k = np.searchsorted(edges, s, side="right") - 1
        return np.where(k % 2 == 0, 1.0, calm)
    return np.minimum(1.0, s / max(ramp_s, 1)) ** rng.uniform(0.8, 2.2)


def _draw(rng, run: Run, healthy, live, changes, counts_h, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with its onset in points ``[lo, hi)``: ``(Event, mod)`` or None after 80
    draws. Onsets: 35 % in the second half of a pause (any kind) up to 90 s after it, else anywhere in the slot;
    the magnitude by bisection on the per-second spectra over the event's seconds to a drawn loss."""
    n, ws = run.n, run.ws
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = ws[lo], ws[min(last, n - 1)]
        if rng.random() < 0.35:
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + 90)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(np.searchsorted(ws + WIN, t0, side="right"))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or onset >= n:
            continue
        t1 = run.T if stop >= n else ws[stop]
        tr = ws[min(onset + ramp, n - 1)] if kind == "leak" else t1
        i0, i1 = int(t0), min(run.T, int(t1))
        w = _weight(rng, kind, i1 - i0, int(tr) - i0)
        target = {"drop": rng.uniform(0.09, 0.3), "straggler": rng.uniform(0.1, 0.28)}.get(kind, rng.uniform(0.12, 0.3))
        r = run.rate[i0:i1]
        if r.sum() <= 0:
            continue
        lo_a, hi_a = 0.0, 8.0
        if 1 - (r / (1 + hi_a * w)).sum() / r.sum() < target:
            continue
        for _ in range(16):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if 1 - (r / (1 + mid * w)).sum() / r.sum() < target else (lo_a, mid)
        mod = (i0, i1, 1.0 / (1 + 0.5 * (lo_a + hi_a) * w))
        v = _series(run, counts_h, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.searchsorted(ws, tr)), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout68(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes, counts_h = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, counts_h, lo, hi, to_end, want)

    def series(mods):
        return _series(run, counts_h, mods)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, KIND_P, changes, series, healthy, live)
    return Trace(values=values, timestamps=EPOCH + run.ws, events=events, pauses=spans, seed=seed,
                 healthy=healthy, changes=changes)


def heldout68_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT68_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout68, seeds, n, pauses)
