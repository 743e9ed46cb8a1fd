"""The ninety-second held-out throughput family: an EEG foundation model's pretraining windows/s through StatsD and
Prometheus's statsd_exporter.

A LaBraM / BIOT / BENDR-style transformer pretrained with a masked (or contrastive) objective on multi-channel scalp
EEG from several clinical and research corpora (TUH-EEG-style EDF files of varying montages, channel counts and
sampling rates); CPU loader workers read the recordings, re-reference, filter, resample and cut them into windows on
the fly (or read pre-cut shards); batches mix corpora; some runs are relaunched into a stage with more corpora, longer
windows, a larger model, a fine-tuning stage on labelled windows (seizure, sleep staging) or other nodes; 1-8 GPU
nodes. Collected through StatsD and statsd_exporter: each rank's trainer sends one ``eeg.train.windows:B|c`` line per
step over UDP (a sample rate ``|@r`` in some runs, the client buffering lines into packets) to its node's
statsd_exporter, which keeps the running total as the Prometheus counter ``eeg_train_windows_total``; Prometheus
scrapes every node's exporter every ``S`` s and the watcher's dashboard reads ``sum(rate(eeg_train_windows_total[W]))``
once a minute. (No other generator's head names EEG or statsd_exporter; 15, 17 and 46 send StatsD lines, to
DogStatsD, to a StatsD gauge read from Graphite and to Instana.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): statsd's ``docs/metric_types.md`` (a counter line
``name:v|c``, ``|@0.1`` = sampled 1 in 10, each received value multiplied by ``1/rate``); Datadog's pages on the
sample rate and on reducing the submission rate (the client sends a sampled counter a ``rate`` share of the time, the
server scales it up); the statsd_exporter README (a drop-in StatsD replacement, best as a sidecar; mapping config);
Grafana Alloy's ``prometheus.exporter.statsd`` reference (``cache_size`` 1000 LRU, ``read_buffer``, event queue and
flush of 200 ms / 1000 events); a mapping file with per-mapping ``ttl`` (allanhung/kubernetes_collection); issues on
lost UDP lines: statsd_exporter #185 (a statsd -> exporter pipeline losing data; "UDP ... neither ... will be able to
handle this"), PR #187 (a receive buffer overflowing gave "misleading rate data"), PR #511 and k6 #2044 (packets
dropped when the exporter cannot read fast enough), statsd #309 / #424 / #318 (20-60 % lost under load); telegraf
#1898 (``+-`` values only for gauges); Prometheus PR #1161 and #1245, issues #581 and #3746 and discussion #11466
(rate/increase extrapolate to the range's edges, limited to half the mean sample interval, and to where the counter
would reach zero; resets are added back; a series that starts inside the range is over-corrected); the LaBraM pages
(channel patches, masked pretraining on ~2,500 h of EEG from many corpora). Recalled, not found in a stored source:
the lines of Prometheus's ``extrapolatedRate`` (threshold 1.1 times the mean interval; ``durationToZero`` only for
counters with a positive increase), that range selectors are left-open from Prometheus 3 (I take ``(T - W, T]``),
that staleness markers are not returned in a range, that an exporter restart or a dropped series starts the counter
again from 0 and that statsd_exporter refuses a negative counter value (my trainers send none), that Grafana's
``$__rate_interval`` is ``max(4 S, step + S)``.

Assumed without checking (my own picture): a node's GPUs (4 or 8) take 250-1,200 windows/s each; its loader cores
(32-128) 15-60 windows/s a core (4-8 times that from pre-cut shards, 35 % of runs); a node runs at ``1 / smax(1/gpu,
1/cpu)``; 0.85-0.97 per doubling of the nodes; a rank's step is 64, 128 or 256 windows. Stages (a relaunch at 25-80 %
of the run, 70 % of runs; 25 % of those a second one): more corpora (CPU cost 1.15-1.6), longer windows (1.5-3.0
times: GPU ``x ** 1.3``, CPU ``x``), a larger model (GPU 1.5-3.0), fine-tuning (GPU 1.2-1.8, CPU 0.4-0.8) or other
nodes; redrawn until the level moves 15 %. Per 5-s tick and node ``exp(N(0, 2-5 %))`` (corpus mixing), a slow OU of
the log (sd 1-3 %, 20-120 min), loader stalls on 0.05-0.3 % of ticks at 30-70 %. Pauses: a start-up of 2-9 min
("long": 15-40) and a ramp from 35-65 % over 2-8 min; a validation (the masked-reconstruction loss on held-out
recordings and a linear probe on a downstream task) after each 20-90 min of training ("long": 30-90), 1-4 min
("long": 8-25), a checkpoint after every 1 or 2 validations, 10-50 s ("long": 1-4 min); trainer crashes (exponential,
mean 15-60 h, at least 20 min after a start): down 1-5 min ("long": 8-20), a restart of 2-7 min ("long": 10-20) and a
ramp from 80-95 % over 1-3 min; a relaunch: a graceful stop of 1-3 min ("long": 5-12), a resubmission of 1-5 min and
a start-up. The path: a sample rate of 1 (60 % of runs), 0.5 or 0.25: the lines a tick sends are a binomial draw on
the healthy run's steps, scaled by ``1/r``; UDP loss of 0.01-0.3 % of lines per tick (log-normal), and episodes of a
busy exporter (first within 5-80 h, then every 10-100 h, 2-30 min; one node, or all in 30 %) losing 2-25 %; each
node's exporter restarts (first within 5-120 h, then every 20-200 h, down 5-60 s; in 25 % of runs one rollout
restarts all within a minute): lines sent while it is down are lost and its counter starts again from 0; a crash
loses the client's unsent buffer (0.2-2 s of lines); a TTL on the mapping (40 % of runs: 1, 2, 5 or 10 min) drops a
series idle that long, the next line makes it anew from 0; scrapes every 15, 30 or 60 s at a fixed offset per
target, 0.1-1 % missed, none while a node's exporter is down, none in Prometheus outages (first within 10-100 h, then
every 30-200 h, 1-10 min); the range ``W`` is ``$__rate_interval`` (50 %) or 2 or 5 min (at least 3 scrapes); the
dashboard's poller reads at its minute's end plus 1-15 s (a clock off by up to 30 s in 10 % of runs) and 0-2 s of
jitter, and re-reads a minute missed in an outage once the server is back (the same evaluation at the past time).
Nothing was measured on a real system.

Chosen (the path; one point is one read of ``sum(rate(eeg_train_windows_total[W]))``, stamped at its minute's end;
the trace's step is the dashboard's read interval): a node's series contributes where two or more of its samples lie
in the range; no series at all reads 0. A restarted trainer's StatsD client has no total of its own: its lines keep
adding to the exporter's counter, so redone steps (since the last checkpoint) count as work. All that the path drops,
scales or resets is fixed by the healthy run (its steps, idle gaps and episodes), not by the regressions (which never
stop a node), so a regression's reads are computed locally: each sample less what it took since the counter's last
reset.

A point is paused when pauses (and start-up ramps' first halves) fill a sixth of its range ``W`` or when it reads 0;
a lone paused point is widened to two; a listed change is the first point after a relaunch's pause span. Labelled
regressions multiply every node's windows/s by ``1 - a w(t)`` from their onset: ``drop`` (GPUs power-capped, NCCL
fallen back to TCP; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-5 points), ``straggler`` (one node's loader workers
starved by a slow mount of the EDF files, and the synchronous all-reduce makes every node wait: bursts of mean 5-40
points at 1, calm of mean 10-60 at 0.1-0.3), ``leak`` (the loaders' recording cache growing until the hosts swap:
``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held). Onsets: 35 % at a pause span's end (0-2
points after), else anywhere in the slot; ``a`` set from one read at ``a = 0.5`` (the read is nearly linear) for a
loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak, over its plateau) of the live points' read, ``a <= 0.8``;
every kind in each trace with events (``hc.family_trace``); an event holds no listed change; kept where
``hc.shown_depth`` allows (80 draws).

Counts over ``heldout92_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      10    12         10    0.098-0.328  19              2-31 (1275, 0 >60)           3
long      31      11    11         9     0.112-0.288  16              2-81 (958, 4 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 7, long 12 (new stages after relaunches). Paused share of the points: 6.9-11.9 % (short),
23.9-31.7 % (long). The healthy live points over the job's true windows per minute: 0.9934-1.0031 (short),
0.9950-1.0005 (long). Over the 12 runs of each setting (short / long): 36 / 53 exporter restarts, 13 / 15 Prometheus
outages, 21 / 23 busy-exporter episodes, 30 / 17 trainer crashes; sample rates below 1 in 5 / 5 runs, a TTL in 5 / 6
(series dropped and made anew about 10 / 1,681 times: in "long" a 1-2 min TTL drops the series in most pauses).
The test module runs in 1.98 s by pytest (2.76 s wall, 2.25 s user CPU + 0.15 s system; ``OMP_NUM_THREADS=1``,
pinned to one core, on a machine busy with other benchmarks). The local read of a regression matches the whole
path's read with its windows taken out to within 2e-12 of the largest read (6 seeds x 2 settings measured; the
tests check 4 seeds). Changed after the first measure: nothing (every law held at the first full build).

Size: over 520 lines because the docstring carries the sources, assumptions and counts the rules ask for; the
code is one path (schedule, StatsD lines, exporter counters, scrapes, rate, regressions) that no other generator
shares.

Opened
------
``docs/data-authors.md`` (all); ``anomaly/heldout91.py`` lines 1-150, a ``wc -l`` and a ``grep -n`` for its two
functions' lines (546, 553), then lines 546 to its end (555) with ``sed -n``; ``tests/test_anomaly_heldout91.py``
(all); ``anomaly/heldout_common.py`` (all: printed in two parts, the first cut by the tool around its lines 312-330,
which I then printed as lines 300-537); ``tests/trace_checks.py`` (all, in two parts; ``wc -l``);
``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; ``/tmp/s48/genheads92.txt`` (all,
lines cut at 250 characters, and a ``grep -inE`` of it for "statsd|eeg|electroenceph|labram|biot|bendr": three
StatsD heads, 15, 17 and 46, no EEG, no statsd_exporter). Slips: ``git worktree add`` printed main's head commit id
and subject (not sought); my first ``cat`` of ``heldout_common.py`` and ``trace_checks.py`` together ran into the
tool's cut, so I printed ``heldout_common.py`` from line 300 and ``trace_checks.py`` lines 1-200 again. Nothing else
in the project opened; my scratch scripts lived in ``/tmp/g92/`` (mine, run only on this generator).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT92_SEEDS = tuple(range(922000, 922012))
CODE = 92
EPOCH = 1_793_491_200  # 2026-11-01 00:00 UTC
STEP = 60  # the dashboard reads sum(rate(eeg_train_windows_total[W])) once a minute: one point
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "valid": {"short": (60, 240), "long": (480, 1500)},
       "ckpt": {"short": (10, 50), "long": (60, 240)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "resub": {"short": (60, 300), "long": (60, 300)},
       "every": {"short": (1200, 5400), "long": (1800, 5400)}}
H = 3600.0


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _node_rate(cfg: dict, st: dict) -> float:
    """A node's windows/s: its GPUs (the transformer's cost per window) and its loader cores (EDF read, re-reference,
    filter, resample, cut) in series, the slower one ruling (``hc.smax`` of the costs per window)."""
    gpu = cfg["gpus"] * cfg["gpu"] / (st["win"] ** 1.3 * st["model"] * st["gft"])
    cpu = cfg["cores"] * cfg["core"] / (st["win"] * st["corp"] * st["cft"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _level(cfg: dict, st: dict) -> float:
    """The job's windows/s: the nodes' rates, ``eff`` per doubling of the nodes (the all-reduce)."""
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) * _node_rate(cfg, st))


def _new_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunched stage: more corpora, longer windows, a larger model, a fine-tuning stage or other nodes; redrawn
    until the level moves by 15 %."""
    for _ in range(50):
        new = dict(st)
        what = ["corpora", "windows", "model", "finetune", "nodes"][int(rng.choice(5, p=[.2, .25, .2, .2, .15]))]
        if what == "corpora":
            new["corp"] = st["corp"] * rng.uniform(1.15, 1.6)
        elif what == "windows":
            new["win"] = st["win"] * rng.uniform(1.5, 3.0)
        elif what == "model":
            new["model"] = st["model"] * rng.uniform(1.5, 3.0)
        elif what == "finetune":  # labelled windows from pre-cut shards, the whole head trained
            new["gft"], new["cft"] = rng.uniform(1.2, 1.8), rng.uniform(0.4, 0.8)
        else:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4, 8) if k != st["nodes"]]))
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= np.log(1.15):
            return new
    new["nodes"] = max(1, st["nodes"] // 2) if st["nodes"] > 1 else 2
    return new


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: stages, pauses (start-ups, validations, checkpoints, crashes, relaunches) and windows/s per node and
    5-s tick."""
    T = (n + 2) * STEP
    nt = int(T // TICK)
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": rng.uniform(250, 1200), "cores": int(rng.choice([32, 64, 96, 128])),
           "core": rng.uniform(15, 60) * (rng.uniform(4, 8) if rng.random() < 0.35 else 1.0),
           "eff": rng.uniform(0.85, 0.97), "batch": int(rng.choice([64, 128, 256]))}
    st0 = {"win": 1.0, "model": 1.0, "corp": 1.0, "gft": 1.0, "cft": 1.0,
           "nodes": int(rng.choice([1, 2, 4, 8], p=[.15, .35, .3, .2]))}
    rel = []
    if rng.random() < 0.7:
        rel.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25 and rel[0] < 0.8 * T:
            rel.append(rng.uniform(rel[0] + 0.1 * T, 0.95 * T))
    stages = [st0]
    for _ in rel:
        stages.append(_new_stage(rng, cfg, stages[-1]))
    fail_mean = rng.uniform(15, 60) * H
    ck_every = int(rng.choice([1, 2]))
    pauses_t, segs, ramps, known_t, crashes, procs = [], [], [], [], [], []

    def pause(t, kind, scale=1.0):
        d = _u(rng, DUR[kind][setting]) * scale
        pauses_t.append((t, t + d, kind))
        return t + d

    def start(t, kind):
        t = pause(t, kind)
        ramps.append((t, rng.uniform(120, 480), rng.uniform(0.35, 0.65)))
        return t

    t = start(0.0, "startup")
    si, ri, n_val = 0, 0, 0
    next_val = t + _u(rng, DUR["every"][setting])
    next_fail = t + max(1200.0, rng.exponential(fail_mean))
    while t < T:
        nr = rel[ri] if ri < len(rel) else np.inf
        nxt = max(t, min(next_val, next_fail, nr, T))
        if nxt > t:
            segs.append(SimpleNamespace(t0=t, t1=nxt, st=si))
        t = nxt
        if t >= T:
            break
        if nr <= t:  # a graceful stop, a resubmission and the next stage's start-up
            procs.append({"how": "relaunch", "t": t, "st": si})
            t = pause(t, "stop")
            t = pause(t, "resub")
            t = start(t, "startup")
            si, ri = si + 1, ri + 1
            known_t.append(t)
        elif next_fail <= t:  # the trainer crashes: its unsent buffer is lost, steps since the checkpoint redone
            procs.append({"how": "crash", "t": t, "st": si})
            crashes.append(t)
            t = pause(t, "down")
            t = pause(t, "restart")
            ramps.append((t, rng.uniform(60, 180), rng.uniform(0.8, 0.95)))
        else:
            n_val += 1
            t = pause(t, "valid")
            if n_val % ck_every == 0:
                t = pause(t, "ckpt")
        next_val = t + _u(rng, DUR["every"][setting]) if next_val <= t else next_val
        if next_fail <= t:
            next_fail = t + max(1200.0, rng.exponential(fail_mean))
    procs.append({"how": "end", "t": T, "st": si})
    _, train, seg_of = hc.seg_buckets(segs, nt, TICK)
    tb = np.arange(nt) * TICK
    st_of = np.array([s.st for s in segs])[np.maximum(seg_of, 0)]
    N = max(s["nodes"] for s in stages)
    per_node = np.array([_level(cfg, s) / s["nodes"] for s in stages])[st_of]
    nodes_on = np.array([s["nodes"] for s in stages])[st_of]
    ramp = np.ones(nt)
    half = np.zeros(nt)  # the first half of each start-up ramp (counted as paused)
    for t0, d, f0 in ramps:
        a, b = int(t0 // TICK), min(nt, int(np.ceil((t0 + d) / TICK)))
        x = np.clip((tb[a:b] + TICK / 2 - t0) / d, 0, 1)
        ramp[a:b] = np.minimum(ramp[a:b], f0 + (1 - f0) * x)
        half[a:b] = np.maximum(half[a:b], (x < 0.5) * np.clip((t0 + d / 2 - tb[a:b]) / TICK, 0, 1))
    sd = rng.uniform(0.02, 0.05)  # corpus mixing: a batch's recordings differ in channels and sampling rates
    J = np.zeros((N, nt))
    for j in range(N):
        ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
        noise = np.exp(rng.normal(0, sd, nt) + ou)
        stall = rng.random(nt) < rng.uniform(0.0005, 0.003)  # a slow read of an EDF file off network storage
        noise[stall] *= rng.uniform(0.3, 0.7, stall.sum())
        J[j] = np.where(j < nodes_on, per_node * noise * ramp * train / TICK, 0.0)
    paused = np.clip(1 - train / TICK, 0, 1) * (seg_of >= 0) + (seg_of < 0) * 1.0
    paused = np.maximum(paused, half)
    run = SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, stages=stages, segs=segs, pauses_t=pauses_t, known_t=known_t,
                          crashes=crashes, procs=procs, J=J, N=N, paused=paused, dt=STEP, k=K, train=train)
    return run


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(start, end)`` (s): the first within ``first`` h, then every ``every`` h, ``dur`` s each."""
    out, t = [], rng.uniform(*first) * H
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * H
    return out


def _collect(rng, run: SimpleNamespace) -> None:
    """The path from the trainers' StatsD lines to the Prometheus samples (drawn once per run, from the healthy
    run's steps and pauses): ``run.G`` (what of a tick's windows the node's exporter adds: the sample rate's
    scaling, UDP loss, an exporter down, a crash's unsent buffer), the counters' resets and each node's scrapes."""
    N, nt, T, cfg = run.N, run.nt, run.T, run.cfg
    rate = float(rng.choice([1.0, 0.5, 0.25], p=[0.6, 0.25, 0.15]))  # the client's sample rate (|@r)
    G = np.ones((N, nt))
    lines = np.rint(run.J * TICK / cfg["batch"]).astype(np.int64)  # one |c line per rank and step
    if rate < 1:
        got = rng.binomial(lines, rate)
        G = np.where(lines > 0, got / np.maximum(lines * rate, 1e-12), 1.0)
    base = hc.log_uniform(rng, 1e-4, 3e-3)
    G *= 1 - np.minimum(1, base * np.exp(rng.normal(0, 0.7, (N, nt))))
    busy = _episodes(rng, T, (5, 80), (10, 100), (120, 1800))  # the exporter's receive buffer overflows
    for a, b in busy:
        who = range(N) if rng.random() < 0.3 else [int(rng.integers(N))]
        loss = rng.uniform(0.02, 0.25)
        k0, k1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        for j in who:
            G[j, k0:k1] *= 1 - np.clip(loss * np.exp(rng.normal(0, 0.3, k1 - k0)), 0, 1)
    down = [[] for _ in range(N)]  # each node's exporter: restarted (OOM, a mapping-config rollout), 5-60 s down
    for j in range(N):
        down[j] = _episodes(rng, T, (5, 120), (20, 200), (5, 60))
    if rng.random() < 0.25:
        t0 = rng.uniform(0.1, 0.9) * T
        for j in range(N):
            a = t0 + rng.uniform(0, 60)
            down[j] = sorted(down[j] + [(a, a + rng.uniform(5, 30))])
    resets = [[0] for _ in range(N)]
    for j in range(N):
        for a, b in down[j]:
            k0, k1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
            G[j, k0:k1] = 0.0
            if k1 < nt:
                resets[j].append(k1)
    for t in run.crashes:  # the client's buffer (0.2-2 s of lines) dies with the process
        k = int(t // TICK)
        if k < nt:
            G[:, k] *= 1 - min(1.0, rng.uniform(0.2, 2.0) / TICK)
    ttl = 0.0 if rng.random() < 0.6 else float(rng.choice([60, 120, 300, 600]))
    inc = run.J * TICK * G
    S = float(rng.choice([15, 30, 60], p=[0.4, 0.4, 0.2]))
    W = max(4 * S, STEP + S) if rng.random() < 0.5 else float(rng.choice([w for w in (120, 300) if w >= 3 * S]))
    prom_down = _episodes(rng, T, (10, 100), (30, 200), (60, 600))
    miss = hc.log_uniform(rng, 0.001, 0.01)
    delay = rng.uniform(1, 15) + (rng.uniform(-30, 30) if rng.random() < 0.1 else rng.normal(0, 1))
    Tq = (np.arange(run.n) + 1) * STEP + np.clip(delay + rng.uniform(0, 2, run.n), -40, 40)
    samples = []
    for j in range(N):
        pos = np.nonzero(inc[j] > 0)[0]
        if ttl > 0 and len(pos) > 1:  # an idle series is dropped; the next line makes it anew from 0
            gap = (pos[1:] - pos[:-1] - 1) * TICK
            resets[j] += [int(k) for k in pos[1:][gap > ttl]]
        R = np.array(sorted(set(resets[j])))
        st = rng.uniform(0, S) + np.arange(0, T, S)
        st = st[st < nt * TICK]
        kc = (st // TICK).astype(np.int64)  # ticks whose lines arrived before the scrape
        ok = rng.random(len(st)) >= miss
        for a, b in prom_down + down[j]:
            ok &= ~((st >= a) & (st < b))
        r = R[np.searchsorted(R, kc - 1, side="right") - 1]
        cs = np.concatenate([[0.0], np.cumsum(inc[j])])
        last = np.concatenate([[-1], np.maximum.accumulate(np.where(inc[j] > 0, np.arange(nt), -1))])
        lk = last[kc]  # the last tick with a line, before the scrape
        alive = (lk >= r) & ((ttl == 0) | (st - (lk + 1) * TICK <= ttl))
        ok &= alive & (kc > 0)
        samples.append(SimpleNamespace(t=st[ok], kc=kc[ok], r=r[ok], v=cs[kc[ok]] - cs[r[ok]], R=R))
    run.G, run.inc, run.S, run.W, run.Tq, run.samples, run.ttl = G, inc, S, W, Tq, samples, ttl
    run.cfg.update({"rate": rate, "S": S, "W": W, "ttl": ttl, "delay": delay, "miss": miss})
    run.counts = {"exporter_restarts": sum(len(d) for d in down), "prom_down": len(prom_down), "busy": len(busy),
                  "ttl_resets": sum(len(s.R) for s in samples) - 1 * N - sum(len(d) for d in down),
                  "crashes": len(run.crashes), "lost": float((run.J * TICK * (1 - np.minimum(G, 1))).sum())}


def _rate(t, v, T, W: float) -> np.ndarray:
    """Prometheus's ``rate(x[W])`` at the times ``T`` from one series' samples ``(t, v)``: the samples in
    ``(T - W, T]``, counter resets added back, the increase extrapolated to the range's edges (by at most half the
    mean interval where a sample lies more than 1.1 intervals from an edge, to where the counter would reach 0 at
    the start); NaN where fewer than two samples lie in the range."""
    lo = np.searchsorted(t, T - W, side="right")
    hi = np.searchsorted(t, T, side="right")
    cnt = hi - lo
    out = np.full(len(T), np.nan)
    ok = cnt >= 2
    if not ok.any():
        return out
    f, l, c, Te = lo[ok], hi[ok] - 1, cnt[ok], T[ok]
    first, res = v[f], v[l] - v[f]
    corr = np.zeros(len(f))
    for j in range(1, int(c.max())):
        i = np.minimum(f + j, len(v) - 1)
        corr += np.where((f + j <= l) & (v[i] < v[i - 1]), v[i - 1], 0.0)
    res = res + corr
    sampled = t[l] - t[f]
    avg = sampled / (c - 1)
    d0, d1 = t[f] - (Te - W), Te - t[l]
    d0 = np.where(d0 >= 1.1 * avg, avg / 2, d0)
    zero = np.where(res > 0, sampled * first / np.where(res > 0, res, 1.0), np.inf)
    d0 = np.where((res > 0) & (first >= 0) & (zero < d0), zero, d0)
    d1 = np.where(d1 >= 1.1 * avg, avg / 2, d1)
    out[ok] = res * (sampled + d0 + d1) / sampled / W
    return out


def _points(run, values, p0: int = 0, p1: int | None = None) -> np.ndarray:
    """``sum(rate(eeg_train_windows_total[W]))`` at the reads ``p0 .. p1`` from each node's sample values
    ``values[j]`` (at ``run.samples[j].t``); a read with no series is 0."""
    p1 = run.n if p1 is None else p1
    T = run.Tq[p0:p1]
    out = np.zeros(p1 - p0)
    for s, v in zip(run.samples, values):
        a = np.searchsorted(s.t, T[0] - run.W - 1, side="left") if len(T) else 0
        b = np.searchsorted(s.t, T[-1] + 1, side="right") if len(T) else 0
        r = _rate(s.t[a:b], v[a:b], T, run.W)
        out += np.where(np.isnan(r), 0.0, r)
    return out


def _removed(run, k0: int, f: np.ndarray) -> list[np.ndarray]:
    """Each node's sample values less what a regression took: ``f`` (a share of each tick's windows from tick
    ``k0``) of the lines the exporter would have added, back to 0 at each of the counter's resets."""
    out = []
    k1 = k0 + len(f)
    for j, s in enumerate(run.samples):
        cl = np.concatenate([[0.0], np.cumsum(run.inc[j, k0:k1] * f)])
        hi = np.clip(s.kc, k0, k1) - k0
        lo = np.clip(np.maximum(s.r, k0), k0, k1) - k0
        out.append(s.v - np.where(hi > lo, cl[hi] - cl[np.minimum(lo, hi)], 0.0))
    return out


def _read_mod(run, k0: int, f: np.ndarray) -> tuple[np.ndarray, int]:
    """The reads a regression (``f`` from tick ``k0``) changes, and the first of them: a read sees the samples of
    its range, so only those from the regression's onset to ``W`` (and a minute) after its end."""
    n = run.n
    p0 = max(0, int(k0 * TICK // STEP) - 1)
    p1 = min(n, int(((k0 + len(f)) * TICK + run.W + 60) // STEP) + 2)
    vals = _removed(run, k0, f)
    return _points(run, vals, p0, p1), p0


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """A read is paused when pauses (and start-up ramps' first halves) fill a sixth of its range ``W``, or when it
    reads 0; a lone paused read is widened to two."""
    n = run.n
    cum = np.concatenate([[0.0], np.cumsum(run.paused)]) * TICK
    hi = np.clip(run.Tq / TICK, 0, run.nt)
    lo = np.clip((run.Tq - run.W) / TICK, 0, run.nt)

    def at(x):
        i = np.minimum(x.astype(np.int64), run.nt - 1)
        return cum[i] + (x - i) * (cum[i + 1] - cum[i])

    mask = (at(hi) - at(lo) > run.W / 6) | (h <= 0)
    spans: list = []
    for i in np.nonzero(mask)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    out: list = []
    for s, e in spans:
        if e - s == 1:
            s, e = (s, e + 1) if e < n else (s - 1, e)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _build(seed: int, n: int, setting: str):
    """``(run, healthy reads, pause spans, live mask, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    _collect(rng, run)
    h = _points(run, [s.v for s in run.samples])
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.h, run.spans = h, spans
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point: a drop rises over 1-5 points, a straggler switches between bursts at 1 and
    a calm level, a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)
    w, calm, burst, low, i = np.empty(length), rng.uniform(10, 60), rng.uniform(5, 40), rng.uniform(0.1, 0.3), 0
    on = True
    while i < length:
        d = 1 + int(rng.exponential(burst if on else calm))
        w[i:i + d] = 1.0 if on else low
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: ``(Event, (tick, share))`` or None after 80
    draws. Every node's windows/s times ``1 - a w``: a drop (GPUs power-capped, NCCL fallen back to TCP), a
    straggler (one node's loader workers starved by a slow EDF mount; the all-reduce waits), a leak (the loaders'
    recording cache growing until the hosts swap)."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            ends = [e for s, e in run.spans if lo <= e < last]
            if not ends:
                continue
            onset = ends[int(rng.integers(len(ends)))] + int(rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = np.repeat(_weight(rng, kind, stop - onset, max(ramp, 1)), K)
        k0 = onset * K
        w = w[:max(0, run.nt - k0)]
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        v, p0 = _read_mod(run, k0, 0.5 * w)
        seen, _ = hc.live_loss(v, healthy[p0:p0 + len(v)], live[p0:p0 + len(v)], c0 - p0, stop - p0)
        if not seen > 0:
            continue
        a = 0.5 * target / seen
        if a > 0.8:
            continue
        v, p0 = _read_mod(run, k0, a * w)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=p0)
        if span is None:
            continue
        onset2, end = span
        if any(onset2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset2
        if kind == "leak" and not onset2 < ramp_end < end:
            continue
        full = healthy.copy()
        full[p0:p0 + len(v)] = v
        depth = hc.shown_depth(full, healthy, live, kind, onset2, ramp_end, end, n, (ramp_end - onset2) // 3)
        if depth is not None:
            return Event(kind, onset2, ramp_end, end, round(depth, 4)), (k0, a * w)
    return None


def _series(run, mods) -> np.ndarray:
    """The reads with the regressions ``mods`` (``(tick, share)`` each; their reads do not overlap)."""
    v = run.h.copy()
    for k0, f in mods:
        part, p0 = _read_mod(run, k0, f)
        v[p0:p0 + len(part)] = part
    return v


def _stamps(run) -> np.ndarray:
    """Each read stamped at its minute's end (the dashboard's step)."""
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout92(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout92_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT92_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout92, seeds, n, pauses)
