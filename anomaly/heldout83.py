"""The eighty-third held-out throughput family: a traffic-forecasting job's training samples/s, a spatio-temporal graph
network (DCRNN / Graph WaveNet / STGCN-style) over a road network's loop-detector sensors (12 past 5-minute readings
predicting the next 12), trained with curriculum learning on the horizon and scheduled sampling, on 1-4 GPU nodes,
collected through Comet: each node's trainer calls ``experiment.log_metric("samples_per_s", v, step=...)`` every N
steps, the Comet Python SDK queues the messages and sends them in batches from a background thread, and a watcher reads
the metric back through Comet's REST API (``get_metrics`` per experiment) once a minute and charts the summed rate.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): the comet_ml SDK's ``config.py`` (a copy in a public
repository: ``MESSAGE_BATCH_METRIC_INTERVAL_SECONDS = 2``, ``MESSAGE_BATCH_METRIC_MAX_BATCH_SIZE = 1000``,
``FALLBACK_STREAMER_CONNECTION_CHECK_INTERVAL_SECONDS = 2``, ``comet.fallback_streamer.*`` and ``comet.offline``
settings, HTTP retries 3 with backoff factor 2, file uploads 4 retries); the import lists of its streamer / offline
modules (an ``OfflineStreamer``, an offline archive of ``messages.json`` and ``experiment.json``); its ``api.py``
``APIExperiment.get_metrics`` docstring (rows of ``metricName``, ``metricValue``, ``timestamp`` in ms, ``step``,
``epoch``); comet-ml/issue-tracking #188 (a throttled experiment keeps a throttling mark; "6K per minute for a single
user", all messages counted, so parallel jobs of one user hit it together; throttled experiments may miss data),
#444 (the SDK repeating "Uploading N metrics, params and output messages" while it cannot send), #309 and #503
(``comet upload`` of an offline ``.zip`` after the run; its retries). Assumed without checking: a throttled metric
message is dropped (not retried); a message the SDK cannot send stays queued and is retried, and arrives after the
trouble ends, until the connection is lost long enough for the fallback streamer to go offline, whose messages reach
Comet only with the archive after the run (too late for the watcher); Comet keeps a value's ``timestamp`` from the
client (the node's clock); the watcher buckets by that ``timestamp``, averages one experiment's values in a minute and
sums the experiments, writes each minute once, ``L`` s after its end, and shows a minute with no value as 0; a new
experiment appears to the watcher at its next listing of the project's experiments.

Chosen (the path; one point is one minute of the watcher's chart, keyed by its start, so the step is 60 s): a node
logs whenever its process has trained ``E`` s more (``E`` 10/15/20/30 s: every N steps; the log times are the healthy
run's), its value the samples since its last call over the wall seconds between (half the runs: over the training
seconds, the timer restarting after validation); the SDK's 2-s batches and a latency exp(N(log 0.4 s, 0.6)); Comet
slow-downs or connection trouble (4-30 min, first within 10-80 h, then every 30-120 h) holding the queue until the
episode ends (+0-30 s); per node, connections lost long enough for the offline fallback (5-60 min, first within 20-200
h, then every 60-300 h: that node's values lost to the chart); throttling (5-40 min, first within 10-100 h, then every
20-120 h) dropping 20-70 % of the values (a minute's mean over fewer values); node clocks N(0, 0.4 s) off, half the
nodes 2-25 s off in chrony-stopped episodes (10-90 min); the watcher reads a minute ``L`` = 20/45/90 s (+0-3) after
its end and lists the experiments every 5/10/15 min. A restarted trainer resumes its experiment (``ExistingExperiment``,
half the runs) or opens a new one per node, which the watcher sums from its next listing on (earlier minutes miss it).

The job (my own picture, not checked): 1-4 nodes of 4 or 8 GPUs; 200-3,000 sensors; per GPU samples/s 40-110 (DCRNN's
recurrent seq2seq), 150-400 (Graph WaveNet) or 250-600 (STGCN) at 500 sensors, times (500 / sensors) ** 0.9, times
0.88-0.97 per doubling of the nodes; a synchronous job, so every node logs the job's rate over the nodes. The horizon
curriculum costs where the decoder unrolls only the current horizon (DCRNN, and 30 % of the others): the step cost is
``1 - d + d h / 12`` (``d`` 0.25-0.45) with ``h`` going 1 .. 12, one more every 20-90 min of first-stage training: a
stairway down to the full-horizon level, unlisted; scheduled sampling costs nothing. Per 5 s tick exp(N(0, 1.5-5 %))
(fixed-size graph batches), a slow OU of the log (sd 1-3 %, 20-120 min), data-loader stalls on 0.05-0.4 % of the ticks
(30-80 % of the rate). Pauses, each log-uniform in its range: a start-up 3-9 min ("long": 15-30; the graph and the
windows built), then a ramp from 35-65 % over 3-8 min; validation (MAE / RMSE / MAPE at horizons 3, 6, 12) after every
epoch of 20-90 min (longer on a larger graph), 1-4 min ("long": 10-25), a checkpoint after every 1-3, 10-45 s ("long":
1-4 min). Node failures (Poisson, mean 15-60 h, at least 20 min after a start): half hang the job 2-8 min ("long":
15-25) first, half crash at once; then it is down 1-4 min ("long": 8-20) and restarts with a start-up of 2-6 min
("long": 10-20) and a ramp from 80-95 % over 1-3 min. Planned continuations (0-2 at 15-85 % of the run, after the next
validation with a checkpoint; a graceful stop of 1-3 min, "long" 5-12): a larger region's graph (1.4-2.6 times the
sensors), a longer history (the level times 0.55-0.80) or other nodes (1-4); each starts at the full horizon and is a
listed change. A point is paused when pauses or the start-up ramp's first half fill a sixth of its window (its minute
and the ``E`` s before it) or more, when it reads 0, and the point after any of those.

Labelled regressions multiply the job's samples/s by ``1 - a w(t)`` from their onset; log times, stamps, delivery and
the watcher's reads keep the healthy run's, so a point loses ``a`` times the read of the lost samples (linear):
``drop`` (a node's GPUs throttled or its NCCL link degraded: the synchronous job waits; ``w = min(1, (s + 1) / tau)``,
``tau`` 1-5 points), ``straggler`` (one node's loader workers, slicing the sliding windows, starved by a co-scheduled
CPU job: bursts of mean 5-40 min at 1, calm of mean 10-60 min at 0.1-0.3), ``leak`` (the loader's cache of windows
and graph tensors grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then
held; it ends with its process). Onsets: 35 % within a point of a pause's end, else anywhere in the slot; ``a`` solved
for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, ``a <= 0.8``; an event
holds no listed change; kept where the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout83_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      11    11         9     0.098-0.339  17              2-26 (1460, 0 >60)           3
long      31      11    9          11    0.099-0.346  19              2-63 (1031, 5 >60)           3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 18, long 15 (planned continuations). Paused share of the points: 6.2-14.3 % (short),
19.4-38.0 % (long). The healthy points over the job's true samples per minute (live points): 0.9951-1.0007 over both
settings' 24 runs (a node's lost minutes read 1/nodes low: the 1st percentile of a run's ratio down to 0.67); values
the watcher saw, of those stamped in the trace, not throttled and of an experiment it listed: 99.15-100 %; the
horizon curriculum's cost in 5 (short) and 10 (long) of the 12 runs, resumed experiments in 4 and 4, the timer reset
after validation in 9 and 6. Building both full sets takes about 1.6 s of CPU on one core. The test module runs in
1.50 s by pytest (1.90 s wall, 1.79 s user CPU + 0.06 s system; ``OMP_NUM_THREADS=1``, pinned to one core, on a
machine busy with other benchmarks).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout82.py`` lines 1-150 and 440-450 (a ``grep -n`` for its two functions'
lines and ``wc -l``); ``tests/test_anomaly_heldout82.py`` (all); ``anomaly/heldout_common.py`` (all);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``/tmp/s45/genheads83.txt`` (all, its lines cut at
250 characters, and a ``grep -ic`` of it for "comet" and for "traffic|DCRNN|road": 0 and 0);
``tests/test_architecture.py`` lines 1-110; ``wc -l`` of heldout_common.py and trace_checks.py. Slips: ``git worktree
add`` printed main's head commit id and subject (not sought); no other. Nothing else in the project opened (the
counts above were measured by my own scripts outside the repository, on this generator only).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT83_SEEDS = tuple(range(832000, 832012))
CODE = 83
EPOCH = 1_775_001_600  # 2026-04-01 00:00 UTC
STEP = 60  # the watcher's chart: one minute of Comet ``timestamp``s, one point, keyed by its start
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (180, 540), "long": (900, 1800)},
       "restart": {"short": (120, 360), "long": (600, 1200)},
       "valid": {"short": (60, 240), "long": (600, 1500)},
       "ckpt": {"short": (10, 45), "long": (60, 240)},
       "hang": {"short": (120, 480), "long": (900, 1500)},
       "down": {"short": (60, 240), "long": (480, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)}}
LOGS = (10, 15, 20, 30)  # the trainer logs its samples/s about every this many training s (every N steps)
LAGS = (20, 45, 90)  # the watcher reads a minute this many s (+ 0-3) after its end
LISTS = (300, 600, 900)  # the watcher lists the project's experiments again every this many s
BATCH = 2.0  # the SDK's metric message batch interval (s)
PAUSED_SHARE = 1 / 6


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
    m = np.zeros(t.shape, bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


def _level(cfg: dict, p: dict) -> float:
    """The job's samples/s at full horizon: per GPU by model and graph, times GPUs, times the scaling efficiency."""
    per_gpu = cfg["r0"] * (500.0 / (cfg["sensors"] * p["region"])) ** 0.9 * p["history"]
    return per_gpu * cfg["gpus"] * p["nodes"] * cfg["eff"] ** np.log2(p["nodes"])


def _config(rng) -> dict:
    model = str(rng.choice(["dcrnn", "gwnet", "stgcn"], p=[0.35, 0.4, 0.25]))
    r0 = {"dcrnn": (40, 110), "gwnet": (150, 400), "stgcn": (250, 600)}[model]
    return {"model": model, "r0": rng.uniform(*r0), "sensors": int(_logu(rng, 200, 3000)),
            "gpus": int(rng.choice([4, 8])), "eff": rng.uniform(0.88, 0.97),
            "nodes": int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.15, 0.25])),
            # a seq2seq decoder unrolls only the curriculum's horizon (its share of the full-horizon step cost)
            "dec": rng.uniform(0.25, 0.45) if model == "dcrnn" or rng.random() < 0.3 else 0.0,
            "stair": rng.uniform(1200, 5400), "epoch": rng.uniform(1200, 5400), "ck_every": int(rng.integers(1, 4)),
            "E": float(rng.choice(LOGS)), "reset": bool(rng.random() < 0.5), "L": float(rng.choice(LAGS)),
            "R": float(rng.choice(LISTS)), "resume": bool(rng.random() < 0.5),
            "jit": rng.uniform(0.015, 0.05), "ou": rng.uniform(0.01, 0.03), "ou_tau": rng.uniform(1200, 7200),
            "stall_p": rng.uniform(0.0005, 0.004)}


def _continuation(rng, cfg: dict, p: dict) -> tuple[dict, str]:
    """A planned next stage from process ``p``: a larger region's graph, a longer history, or other nodes."""
    q = dict(p)
    what = str(rng.choice(["region", "history", "nodes"], p=[0.4, 0.3, 0.3]))
    if what == "region":
        q["region"] = p["region"] * rng.uniform(1.4, 2.6)
    elif what == "history":
        q["history"] = p["history"] * rng.uniform(0.55, 0.8)
    else:
        q["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if abs(k - p["nodes"]) >= 1]))
    return q, what


def _timeline(rng, T: int, setting: str, cfg: dict):
    """Pauses ``(a, b, kind)`` in ticks, each tick's process (-1: none) and ramp, and the processes."""
    pauses, procs = [], []
    life = np.full(T, -1)
    ramp = np.ones(T)
    fail_mean = rng.uniform(15, 60) * 3600 / TICK
    k = int(rng.choice([0, 1, 2], p=[0.1, 0.6, 0.3]))
    conts = sorted(int(x * T) for x in rng.uniform(0.15, 0.85, k))
    p = {"nodes": cfg["nodes"], "region": 1.0, "history": 1.0, "change": None, "graceful": False, "stage": 1}
    t, kind = 0, "startup"
    while t < T:
        idx = len(procs)
        p = dict(p, start=t)
        procs.append(p)
        d = _ticks(rng, kind, setting)
        pauses.append((t, min(t + d, T), kind))
        life[t:t + d] = idx
        t += d
        r0, rl = (rng.uniform(0.35, 0.65), _logu(rng, 180, 480)) if kind == "startup" else \
            (rng.uniform(0.8, 0.95), _logu(rng, 60, 180))
        r = int(rl / TICK)
        ramp[t:t + r] = np.linspace(r0, 1.0, r)[:max(0, min(r, T - t))]
        p["ramp"] = (t, t + r)
        next_val = t + int(cfg["epoch"] * p["region"] / p["history"] ** 0.5 * rng.uniform(0.97, 1.03) / TICK)
        next_fail = t + max(240, int(rng.exponential(fail_mean)))
        n_val, ended = 0, None
        while t < T:
            due_cont = bool(conts) and conts[0] <= t
            nxt = min(next_val, next_fail)
            life[t:min(nxt, T)] = idx
            t = nxt
            if t >= T:
                break
            if next_fail <= next_val:  # a node fails: a hang (NCCL timeout) first, or a crash at once
                if rng.random() < 0.5:
                    d = _ticks(rng, "hang", setting)
                    pauses.append((t, min(t + d, T), "hang"))
                    life[t:t + d] = idx
                    t += d
                ended = "fail"
                break
            n_val += 1
            d = _ticks(rng, "valid", setting)
            kinds = [("valid", d)]
            if n_val % cfg["ck_every"] == 0 or due_cont:
                kinds.append(("ckpt", _ticks(rng, "ckpt", setting)))
            a = t
            for _, d in kinds:
                t += d
            pauses.append((a, min(t, T), "+".join(x for x, _ in kinds)))
            life[a:t] = idx
            next_val = t + int(cfg["epoch"] * p["region"] / p["history"] ** 0.5 * rng.uniform(0.97, 1.03) / TICK)
            if due_cont and len(kinds) == 2:
                conts.pop(0)
                ended = "cont"
                break
        p["end"] = min(t, T)
        if t >= T:
            break
        if ended == "cont":
            d = _ticks(rng, "stop", setting)
            pauses.append((t, min(t + d, T), "stop"))
            t += d
            q, what = _continuation(rng, cfg, p)
            p["graceful"] = True
            p = dict(q, change=what, graceful=False, stage=p["stage"] + 1)
            kind = "startup"
        else:
            d = _ticks(rng, "down", setting)
            pauses.append((t, min(t + d, T), "down"))
            t += d
            p = dict(p, change=None, graceful=False)
            kind = "restart"
    return pauses, life, ramp, procs


def _rows(rng, run, T: int, n: int) -> SimpleNamespace:
    """Every ``log_metric`` call of every node and process, and how the watcher's chart reads it.

    A node logs when its process's training seconds pass ``phase + k E``; the value is the samples since its last
    call (or its process's first step) over the wall seconds between them (or, with ``reset``, the training seconds:
    the trainer's timer restarts after validation). It is stamped with the node's clock, queued and sent in the SDK's
    next 2-s batch, and seen where it reaches Comet before the watcher reads its minute and the watcher already lists
    its experiment; a minute's value per experiment is the mean of its seen values, summed over the experiments."""
    cfg = run.cfg
    E = cfg["E"]
    t1s, t2s, dens, nodes, exps = [], [], [], [], []
    for i, p in enumerate(run.procs):
        ticks = np.nonzero(run.train & (run.life == i))[0]
        if not len(ticks):
            continue
        cum = (np.arange(len(ticks)) + 1.0) * TICK
        for j in range(p["nodes"]):
            s = rng.uniform(0, E) + E * np.arange(int(cum[-1] // E) + 1)
            s = s[s < cum[-1]]
            if not len(s):
                continue
            k = np.searchsorted(cum, s)
            t2 = ticks[k] * TICK + (s - (cum[k] - TICK))
            t1 = np.concatenate([[ticks[0] * TICK], t2[:-1]])
            d = np.diff(np.concatenate([[0.0], s])) if cfg["reset"] else t2 - t1
            t1s.append(t1), t2s.append(t2), dens.append(d * p["nodes"])
            nodes.append(np.full(len(s), j)), exps.append(np.full(len(s), i if not cfg["resume"] else 0) * 4 + j)
    t1, t2, den = np.concatenate(t1s), np.concatenate(t2s), np.concatenate(dens)
    node, exp = np.concatenate(nodes), np.concatenate(exps)
    # the nodes' clocks: a steady offset each, and chrony-stopped episodes on some nodes
    off = rng.normal(0, 0.4, 4)[node]
    for j in range(4):
        if rng.random() < 0.5:
            eps = _episodes(rng, T * TICK, (5, 80), (20, 100), (600, 5400))
            m = (node == j) & _inside(t2, eps)
            off[m] += rng.choice([-1, 1]) * rng.uniform(2, 25)
    stamp = t2 + off
    b = np.floor(stamp / STEP).astype(int)
    arrive = t2 + BATCH * rng.random(len(t2)) + np.exp(rng.normal(np.log(0.4), 0.6, len(t2)))
    # Comet slow-downs / connection trouble: the SDK keeps its queue and retries, delivered after the episode
    slow = _episodes(rng, T * TICK, (10, 80), (30, 120), (240, 1800))
    for a, e in slow:
        m = (t2 >= a) & (t2 < e)
        arrive[m] = e + rng.uniform(0, 30, m.sum())
    # a node's connection lost long enough for the fallback streamer to go offline: an archive uploaded at the end
    outs = []
    for j in range(4):
        for a, e in _episodes(rng, T * TICK, (20, 200), (60, 300), (300, 3600)):
            outs.append((j, a, e))
            arrive[(node == j) & (t2 >= a) & (t2 < e)] = np.inf
    # throttling (the workspace's message rate over the limit while a sweep logs too): a share of batches dropped
    throttle = _episodes(rng, T * TICK, (10, 100), (20, 120), (300, 2400))
    kept = np.ones(len(t2), bool)
    for a, e in throttle:
        m = (t2 >= a) & (t2 < e)
        kept[m] = rng.random(m.sum()) > rng.uniform(0.2, 0.7)
    read = (b + 1.0) * STEP + cfg["L"] + rng.uniform(0, 3, len(b))
    # the watcher lists the experiments every R s: a new experiment shows from the first listing after its start
    lists = rng.uniform(0, cfg["R"])
    first = np.array([p["start"] * TICK for p in run.procs])
    known = lists + cfg["R"] * np.ceil((first - lists) / cfg["R"])
    known = known[exp // 4] if not cfg["resume"] else np.full(len(b), known[0])
    seen = kept & (arrive <= read) & (known <= read) & (b >= 0) & (b < n)
    key = exp * (n + 1) + np.clip(b, 0, n)
    _, inv, cnt = np.unique(np.where(seen, key, -1), return_inverse=True, return_counts=True)
    coef = np.where(seen, 1.0 / (cnt[inv] * den), 0.0)
    return SimpleNamespace(t1=t1, t2=t2, b=np.clip(b, 0, n - 1), coef=coef, node=node, exp=exp,
                           seen=float(seen.sum() / max(1, ((b >= 0) & (b < n) & kept & (known <= read)).sum())),
                           slow=slow, outs=outs, throttle=throttle)


def _read(run, J: np.ndarray) -> np.ndarray:
    """The chart's points for the job's samples/s ``J`` per tick (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J) * TICK])

    def at(t):
        i = np.minimum((t // TICK).astype(int), len(J) - 1)
        return C[i] + (t - i * TICK) * J[i]

    rw = run.rw
    return np.bincount(rw.b, weights=rw.coef * (at(rw.t2) - at(rw.t1)), minlength=run.n)[:run.n]


def _healthy_rate(rng, run, T: int) -> np.ndarray:
    cfg = run.cfg
    J = np.zeros(T)
    t = np.arange(T) * TICK
    stage1 = np.zeros(T, bool)
    for i, p in enumerate(run.procs):
        m = run.life == i
        J[m] = _level(cfg, p)
        stage1 |= m & (p["stage"] == 1)
    if cfg["dec"] > 0:  # the horizon curriculum: the decoder unrolls 1, 2, .. 12 steps
        cl = np.cumsum(run.train & stage1) * TICK
        h = np.where(stage1, np.minimum(12, 1 + cl // cfg["stair"]), 12)
        J *= 1.0 / (1 - cfg["dec"] + cfg["dec"] * h / 12)
    ou = hc.ou_path(rng, T * TICK, cfg["ou"], cfg["ou_tau"], step=60.0)
    J *= np.exp(ou[(t // 60).astype(int)])
    J *= np.exp(rng.normal(0, cfg["jit"], T))
    stall = rng.random(T) < cfg["stall_p"]
    J[stall] *= rng.uniform(0.3, 0.8, stall.sum())
    return J * run.ramp * run.train


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    T = n * K
    cfg = _config(rng)
    pauses, life, ramp, procs = _timeline(rng, T, setting, cfg)
    paused = np.zeros(T, bool)
    for a, b, _ in pauses:
        paused[a:b] = True
    run = SimpleNamespace(n=n, T=T, cfg=cfg, pauses=pauses, life=life, ramp=ramp, procs=procs,
                          train=(life >= 0) & ~paused)
    run.J = _healthy_rate(rng, run, T)
    run.rw = _rows(rng, run, T, n)
    run.still = paused.copy()  # pauses and the first half of each ramp
    for p in procs:
        if "ramp" in p:
            a, b = p["ramp"]
            run.still[a:(a + b) // 2] = True
    return run


def _build(seed: int, n: int, setting: str):
    """``(run, healthy points, pause spans, live mask, listed changes)`` of one seed and setting."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE]), n, setting)
    h = _read(run, run.J)
    w = int(run.cfg["E"] // TICK)
    still = np.concatenate([np.zeros(w, bool), run.still])
    share = np.array([still[b * K:(b + 1) * K + w].mean() for b in range(n)])
    mask = (share >= PAUSED_SHARE) | (h <= 0)
    mask[1:] |= mask[:-1].copy()
    spans = []
    for i in np.nonzero(mask)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    spans = [(s, e) for s, e in spans]
    live = hc.live_mask(spans, n)
    at = [int(np.ceil(p["start"] * TICK / STEP)) for p in run.procs if p["change"] is not None]
    changes = hc.change_points(at, spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 40), rng.uniform(10, 60))
    w = np.full(length, rng.uniform(0.1, 0.3))
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    ends = [int(np.ceil(b * TICK / STEP)) for a, b, _ in run.pauses]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [e for e in ends if lo <= e < last]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))] + rng.integers(-1, 2))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or any(onset <= c < stop for c in changes):
            continue
        w = np.repeat(_weight(rng, kind, stop - onset, max(ramp, 1)), K)
        a0 = onset * K
        wt = np.zeros(run.T)
        wt[a0:a0 + len(w)] = w[:run.T - a0]
        if kind == "leak":  # ends with its process
            wt[run.life != run.life[min(a0 + ramp * K, run.T - 1)]] = 0.0
        m1 = _read(run, wt * run.J)
        at = max(0, onset - 2)
        m1 = m1[at:]
        hs = healthy[onset:stop][live[onset:stop]].sum()
        ms = m1[onset - at:stop - at][live[onset:stop]].sum()
        if hs <= 0 or ms <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / ms
        if a > 0.8:
            continue
        m = a * m1
        v = np.maximum(healthy[at:] - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        full = healthy.copy()
        full[at:] = v
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m)
    return None


def make_heldout83(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(lambda s, k, p: _build(s, k, p), _draw, None, KIND_P, seed, n, pauses, n_events,
                           CODE, lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(5,))


def heldout83_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT83_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout83, seeds, n, pauses)
