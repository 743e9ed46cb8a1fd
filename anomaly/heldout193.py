"""The hundred-and-ninety-third held-out throughput family: a weld-seam defect detector's training samples/s (a
network classifying porosity, undercut, lack of fusion and spatter from robotic welding cells' laser-line seam
profiles and arc-camera images, welding current and wire feed as side inputs), read through a Centrifugo channel:
each node's reporter publishes its samples since its last message through the server HTTP API, and a monitor
subscribed over WebSocket with history recovery sums them per minute of the message's own time or of its receipt.

(No generator's head names Centrifugo, a weld, a seam, porosity, undercut, spatter, a laser line, an arc camera, wire
feed, welding, a WebSocket, a recovery, an offset or an idempotency key (``grep -ic`` on ``/tmp/193_heads.txt``, the
first 3 lines of the 192 files matching ``anomaly/heldout*.py``: 0 each); "fusion" matches 7 heads (diffusion models and
a temporal-fusion transformer: not "lack of fusion"), "robot" 4 (robot-policy and field-robot camera jobs: a robot is
not new, a welding cell's seam inspection is), "epoch" 3, "history" 1 (a ``metrics/get-history`` poller), "publish" 3
and "channel" 9 (common words: Centrifugo's publish API, its history stream and recovery are new). Job and path named by
the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: lines 305-425 printed again, a long
print having cut its middle), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads through ``grep -ic`` and one ``grep -io`` (50 characters before
and 30 after "fusion", "robot", "history" and "publish": 13 fragments, none a welding job or Centrifugo). Slips:
``ls`` and ``grep -c "HELDOUT192_SEEDS = "`` of ``anomaly/heldout192.py`` (a count, to import its seeds in the
tests, as generator 150's tests import 141's; nothing of its text printed); a ``wc -l`` and a ``grep -n "^def "`` of
``heldout_common.py`` (allowed file). The tests import ``HELDOUT192_SEEDS``, not its code.

Public sources read (excerpts through the search tool): Centrifugo's "History and recovery" pages (v3 and current,
centrifugal.dev/docs/server/history_and_recovery: history needs ``history_size`` and ``history_ttl`` above 0; with
the Memory engine history lives in process memory and "as soon as Centrifugo restarted all history is cleared"; with
Redis it is a Redis Stream with Redis's persistence; each publication has an incremental ``offset``, each stream an
``epoch`` that changes when the engine loses data); the v3 migration page (recovery returns at most
``client_recovery_max_publication_limit`` publications, 300 by default); the server API walkthrough
(centrifugal.dev/docs/server/server_api: ``POST /api/publish`` with ``X-API-Key`` and a JSON body ``channel``,
``data``); centrifugal/centrifuge PR #336 ("Idempotency key for broker publish"). Not read (from memory, unchecked):
how long a publish's idempotency key is remembered (taken as covering a reporter's retries, all within 14 s); that a
failed recovery hands the client nothing (``recovered: false``) rather than what history still holds; a client's
reconnect backoff (0.5-20 s here); whether an overloaded Centrifugo times out or answers an error. Nothing read on the
job (welding-defect datasets and models were not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, scaling 0.88-0.97 per doubling), in step (DDP:
each node reports an equal share of the job's samples); per node the GPUs train 150-1,500 samples/s (log-uniform) at
the first crop size and batch shape, the CPU workers (profile resampling, image crops and augmentation) feed
1.05-2.2 times that, and a step waits for the slower side (a soft maximum of the costs; a larger crop costs the GPUs
its factor, the CPUs its 0.7th power). Per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 15-60 s), a slow OU
(sd 1-3 %, 30-180 min), welding-cell shards of 3-20 min (a factor of sd 2-6 %; a fifth hold oversampled rare defects,
4-10 % dearer) and loader hiccups (1-6 an hour, 5-40 s at 30-70 %). Pauses: start-up 4-12 min ("long" 20-50) and a
ramp from 30-70 % over 2-5 min; an evaluation on a held-out plant every 40-120 min of training, 3-8 min ("long"
12-30), followed half the time by a checkpoint (0.3-1.5 min, "long" 1-5); crashes (exponential, mean 10-40 h): down
2-5 min ("long" 8-20), then a start-up of 2-6 ("long" 6-15) and a ramp; relaunches (0-3 at 15-85 % of the run, an
hour apart): stopped 1-4 min ("long" 6-15), queued 1-6, a start-up and its ramp, onto another node count (35 %),
batch shape (35 %, 0.6-1.6 times) or crop resolution (30 %, 1.3-1.8 times or its inverse), redrawn until the level
moves 15 % (1/3 to 3 times).

On the path (not checked): each node's reporter publishes from its process's start, in a sleep loop of a round period
(10, 12, 15, 20 or 30 s per node) plus its work (exponential, mean 0.02-0.3 s), the samples since its last message and
its clock's time; a graceful stop publishes the interval under way, a crash loses it. Centrifugo (one instance) restarts
0.3-2 times a day (down 5-120 s, log-uniform) and is overloaded 0.5-4 times a day (1-12 min; a publish fails with
probability 0.3-0.9, and 30-60 % of the failures are timeouts the server did store; what it stores then lands 0.5-5 s
late). 75 % of the reporters retry (2, 6 and 14 s after the first try, then drop the message), 25 % send once; 40 %
reset their counter only on a publish they saw succeed (the samples of a dropped message are carried into the next; a
timed-out but stored one is then counted again), the others at every message (a dropped message's samples are lost); 35
% send an idempotency key (a retry of a stored publish is not stored again), the others do not (stored twice or more).
The channel's history: 10-300 publications (log-uniform), TTL 60-600 s; the engine is memory in 60 % of runs, Redis in
40 %. The monitor's WebSocket drops at each restart (back 0.5-20 s after the server) and at network blips (2-10 a day,
1-60 s, back 0.5-10 s later); it resubscribes with its offset and epoch: after a memory-engine restart the epoch changed
and everything published while it was away is missed; otherwise it recovers the missed publications at its resubscribe
unless they are more than the history's size (or 300) or the oldest passed the TTL. Node clocks: offset sd 0.2-2 s (in
25 % of runs one node 5-60 s off), stepped 0.05-1.5 times a day by sd 1-5 s; the monitor's clock sd 0.1-0.5 s. 55 % of
monitors sum a copy into the minute of the message's own time and close a minute 10-60 s after its end (a later copy is
lost), 45 % into the minute of its receipt. A point is the minute's sum per second. The reads are linear in the samples;
the publications' fates are the healthy run's.

A point is paused where its minute touches a pause (or a ramp's first half), in the minute after, or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's samples lost, carried through the same copies and minutes): ``drop`` (an augmentation worker pool shrinking
after OOM kills: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-4 ticks), ``straggler`` (arc-camera image reads from a
plant's NAS slowed in bursts: 1 for a mean of 20-200 ticks, calm for a mean of 100-500 at 0.05-0.25), ``leak`` (the
seam-profile resampling cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.7-2, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads of the
lost samples (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout193_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    10         9     0.085-0.327  17              1-25 (905, 0 >60)
long      32      11    10         11    0.082-0.315  21              1-66 (746, 2 >60)

Planned changes listed: short 14, long 15 (of 14 and 15 relaunches; none kept its stage); crashes 53 and 59. The path
over each set (counts): short: publishes refused while Centrifugo was down 532, refused in overload 4845, timed out but
stored 3697, retries 7110, messages dropped 1964, counters carried 110, messages stored twice or more 604, retries
deduplicated by a key 1717, server restarts 45, overload episodes 97, monitor disconnects 340, recoveries 274, recovery
failures after an epoch change 23 (on the history's size or TTL 0), publications missed 62, copies late for their minute
5, copies summed into another minute than their interval's end 21263, unread minutes 3, clock steps 130, intervals lost
in a crash 152; long: 1118, 6737, 5107, 10331, 2631, 370, 2186, 599, 61, 126, 333, 271, 18 (1), 38, 33, 36703, 10, 134,
131. The reads' sum over the live points against the job's samples: 0.992-1.005 per seed (short), 0.997-1.030 (long);
the live points' minute-to-minute change (median ``|d log|`` per seed) 2.4-4.3 % (short), 2.3-4.7 % (long), its 99th
percentile 32-51 % (short), 32-74 % (long); the live median level 436-2,738 samples/s (short), 405-2,536 (long). Before
the first measure: none but a smoke run (two seeds of each setting built, only their time printed: 0.03 s a trace); the
first measure was both full sets. Changes of the laws after it: one: the reporters' period was uniform in 10-30 s with
independent jitter, and the median minute-to-minute change was 4.6-35 % (short), 5.8-38 % (long), its 99th percentile
34-87 %: almost all of it the aliasing of a 25-s period's 2 or 3 messages a minute, more than I meant; the period is now
a round one (10-30 s) in a sleep loop that drifts by the reporter's work, so a minute gains or loses a message only as
the phase drifts across its edge. The tests (``tests/test_anomaly_heldout193.py``, 28): 2.0-2.4 s on one core
(``OMP_NUM_THREADS=1 taskset -c 0``).

Size: one family's job, path (the reporters' publishes, retries and keys, the channel's history and the monitor's
recovery and minutes) and regressions, kept in one module as the other generators are; the docstring is a fifth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT193_SEEDS = tuple(range(1932000, 1932012))
CODE = 193
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_788_000_000.0  # the first minute's start (unix s)
DAY = 86400.0
SPANS = {"short": (1, 40), "long": (1, 110)}
# (lo, hi) minutes of each pause part per setting
STARTUP = {"short": (4, 12), "long": (20, 50)}
EVAL = {"short": (3, 8), "long": (12, 30)}
CKPT = {"short": (0.3, 1.5), "long": (1, 5)}
CRASH_DOWN = {"short": (2, 5), "long": (8, 20)}
RESTART = {"short": (2, 6), "long": (6, 15)}
STOPPED = {"short": (1, 4), "long": (6, 15)}
TRIES = np.array([0.0, 2.0, 6.0, 14.0])  # a retrying reporter's attempts after its snapshot (s)
PATH_KEYS = ("refused_down", "refused_overload", "timeout_stored", "retries", "dropped", "carried", "stored_twice",
             "deduped_by_key", "server_restarts", "overloads", "disconnects", "recovered", "recovery_failed_epoch",
             "recovery_failed_history", "missed", "late_lost", "other_minute", "unread_minutes", "clock_steps",
             "crash_lost")


@dataclass
class Path:
    """The collection path's draws and the delivered copies (each copy: an interval ``[cs, ce]`` of one node's
    counter, its share ``frac`` of the job's samples, the minute ``cbin`` it is summed into)."""

    engine: str
    retry: bool
    carry: bool
    key: bool
    binning: str
    P: np.ndarray
    down: np.ndarray
    over: np.ndarray
    hist_size: int
    hist_ttl: float
    grace: float
    cs: np.ndarray = None
    ce: np.ndarray = None
    frac: np.ndarray = None
    cbin: np.ndarray = None
    copies: np.ndarray = None  # per message: how many copies the monitor summed
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    dt: float
    nt: int
    J: np.ndarray  # the job's samples per tick (all nodes)
    pauses_t: list
    lives: list  # (start, end, nodes, crashed)
    known_t: list
    stages: list
    counts: dict
    path: Path = None
    restarts: list = field(default_factory=list)


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """The job's samples/s at stage ``st``: per node the slower of the GPU side (crop size and batch shape) and
    the CPU workers (profile resampling, image crops and augmentation), times the nodes and their scaling."""
    g = cfg["gpu"] * st["batch"] / st["crop"]
    c = cfg["cpu"] / st["crop"] ** 0.7
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per_node


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: another node count (35 %), batch shape (35 %) or crop resolution (30 %), redrawn
    until the level moves by 15 % or more and stays within 1/3 to 3 times."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 0.35:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif r < 0.7:
            new["batch"] = float(np.clip(st["batch"] * hc.log_uniform(rng, 0.6, 1.6), 0.5, 1.6))
        else:
            new["crop"] = float(np.clip(st["crop"] * (hc.log_uniform(rng, 1.3, 1.8) ** rng.choice([-1, 1])),
                                        0.5, 3.0))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    new = dict(st)
    new["nodes"] = 1 if st["nodes"] > 1 else 2
    return new


def _jitter(rng, nt: int) -> np.ndarray:
    """The job's per-tick factor: an AR(1) of the log (sd 2-5 %, correlation 15-60 s), a slow OU (sd 1-3 %,
    30-180 min), welding-cell shards (3-20 min each, sd 2-6 %; a fifth are oversampled rare-defect shards,
    4-10 % dearer) and loader hiccups (1-6 an hour, 5-40 s at 30-70 %)."""
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    x = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    slow = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    x = x + np.interp(np.arange(nt) * TICK / 60.0, np.arange(len(slow)), slow)
    sh_sd, sh_lo, sh_hi = rng.uniform(0.02, 0.06), 3 * 12, 20 * 12
    i = 0
    while i < nt:
        m = int(rng.uniform(sh_lo, sh_hi))
        f = rng.normal(0, sh_sd) + (np.log(rng.uniform(0.90, 0.96)) if rng.random() < 0.2 else 0.0)
        x[i:i + m] += f
        i += m
    f = np.exp(x)
    rate = rng.uniform(1, 6) / 3600.0
    t = rng.exponential(1 / rate)
    while t < nt * TICK:
        d = rng.uniform(5, 40)
        f[int(t // TICK):int((t + d) // TICK) + 1] *= rng.uniform(0.3, 0.7)
        t += d + rng.exponential(1 / rate)
    return f


def _timeline(rng, n: int, setting: str):
    """The job's lives, pauses and stages: start-up and a ramp, evaluations on a held-out plant (each followed by
    a checkpoint half the time), crashes and planned relaunches (a relaunch's resume is a planned change)."""
    T = n * STEP + 900.0
    cfg = {"gpu": hc.log_uniform(rng, 150, 1500), "eff": rng.uniform(0.88, 0.97)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "batch": 1.0, "crop": 1.0}
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for k, r in enumerate(rel) if k == 0 or r - rel[k - 1] > 3600]
    crash_mean = rng.uniform(10, 40) * 3600
    eval_every = (rng.uniform(40, 70), rng.uniform(80, 120))
    pauses, lives, known, stages, ramps = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    life0, pd0, cause = 0.0, 0.0, "startup"
    up = _u(rng, STARTUP[setting]) * 60
    while life0 < T:
        stages.append((life0, dict(st)))
        ramp, r0 = rng.uniform(120, 300), rng.uniform(0.3, 0.7)
        t = life0 + up
        pauses.append((pd0, t + 0.5 * ramp, cause))
        if cause == "relaunch":
            known.append(t + 0.5 * ramp)
        ramps.append((t, ramp, r0))
        next_eval = t + 0.5 * ramp + rng.uniform(*eval_every) * 60
        next_crash = t + rng.exponential(crash_mean)
        while True:
            if rel and rel[0] < t + 600:
                rel[0] = t + rng.uniform(600, 1200)
            tn = min(next_eval, next_crash, rel[0] if rel else np.inf)
            if tn >= T:
                lives.append((life0, np.inf, st["nodes"], False))
                return cfg, stages, lives, pauses, ramps, known, counts, T
            if tn != next_eval:
                break
            d = _u(rng, EVAL[setting]) * 60
            pauses.append((tn, tn + d, "eval"))
            counts["evals"] += 1
            t = tn + d
            if rng.random() < 0.5:
                c = _u(rng, CKPT[setting]) * 60
                pauses.append((t, t + c, "ckpt"))
                counts["ckpts"] += 1
                t += c
            next_eval = t + rng.uniform(*eval_every) * 60
            next_crash = max(next_crash, t + rng.uniform(60, 600))
        crashed = tn == next_crash
        lives.append((life0, tn, st["nodes"], crashed))
        if crashed:
            counts["crashes"] += 1
            down, up, cause = _u(rng, CRASH_DOWN[setting]) * 60, _u(rng, RESTART[setting]) * 60, "crash"
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            down = (_u(rng, STOPPED[setting]) + rng.uniform(1, 6)) * 60
            up, cause = _u(rng, STARTUP[setting]) * 60, "relaunch"
            st = _next_stage(rng, cfg, st, _level(cfg, st))
        pd0, life0 = tn, tn + down
    return cfg, stages, lives, pauses, ramps, known, counts, T


def _rates(rng, n: int, setting: str) -> Run:
    """The healthy job: per 5-s tick its samples (all nodes), zero in every pause."""
    cfg, stages, lives, pauses, ramps, known, counts, T = _timeline(rng, n, setting)
    nt = int(T / TICK) + 1
    tc = (np.arange(nt) + 0.5) * TICK
    lv = np.zeros(nt)
    for (l0, st), (a, b, *_) in zip(stages, lives):
        lv[(tc >= l0) & (tc < b)] = _level(cfg, st)
    f = _jitter(rng, nt)
    for t0, d, r0 in ramps:
        m = (tc >= t0) & (tc < t0 + d)
        f[m] *= r0 + (1 - r0) * (tc[m] - t0) / d
    on = np.ones(nt, bool)
    for a, b, _ in pauses:
        on[(tc >= a) & (tc < b)] = False
    J = lv * f * on * TICK
    return Run(n=n, dt=STEP, nt=nt, J=J, pauses_t=pauses, lives=lives, known_t=known, stages=stages, counts=counts)


def _windows(rng, rate_per_day: float, T: float, dur) -> np.ndarray:
    """Poisson episodes over ``[0, T)`` (``rate_per_day``), each ``dur(rng)`` s long, as rows ``(start, end)``."""
    out, t = [], rng.exponential(DAY / rate_per_day)
    while t < T:
        d = dur(rng)
        out.append((t, t + d))
        t += d + rng.exponential(DAY / rate_per_day)
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which times ``x`` lie in one of the sorted, disjoint windows ``win`` (rows ``[start, end)``)."""
    if len(win) == 0:
        return np.zeros(np.shape(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _clock(rng, T: float, sd: float, far: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node's clock offset as steps: ``(times, offsets)`` (the offset from each time on): a base offset of sd
    ``sd`` (5-60 s where ``far``), stepped 0-1.5 times a day by sd 1-5 s."""
    base = rng.normal(0, sd) + (rng.choice([-1, 1]) * rng.uniform(5, 60) if far else 0.0)
    steps = _windows(rng, rng.uniform(0.05, 1.5), T, lambda r: 0.0)[:, 0]
    offs = base + np.cumsum(np.concatenate([[0.0], rng.normal(0, rng.uniform(1, 5), len(steps))]))
    return np.concatenate([[-np.inf], steps]), offs


def _path(rng, run: Run, T: float) -> Path:
    """The Centrifugo path's fates for the healthy run: reporters' publishes (refused while the server restarts,
    failing or timing out in overload episodes, retried or not, counters carried or reset, stored twice without an
    idempotency key), the monitor's disconnects and history recoveries (epoch lost with the memory engine, the
    history's size or TTL passed), its minutes by the message's own time (late copies lost) or by receipt."""
    p = Path(engine="memory" if rng.random() < 0.6 else "redis", retry=rng.random() < 0.75, carry=rng.random() < 0.4,
             key=rng.random() < 0.35, binning="own" if rng.random() < 0.55 else "receipt",
             P=rng.choice([10.0, 12.0, 15.0, 20.0, 30.0], 4),
             down=_windows(rng, rng.uniform(0.3, 2), T, lambda r: hc.log_uniform(r, 5, 120)),
             over=_windows(rng, rng.uniform(0.5, 4), T, lambda r: r.uniform(60, 720)),
             hist_size=int(hc.log_uniform(rng, 10, 300)), hist_ttl=rng.uniform(60, 600), grace=rng.uniform(10, 60))
    q = rng.uniform(0.3, 0.9, len(p.over))
    p_to, lat = rng.uniform(0.3, 0.6), rng.uniform(0.01, 0.3)
    c = {k: 0 for k in PATH_KEYS}
    far = int(rng.integers(4)) if rng.random() < 0.25 else -1
    clocks = [_clock(rng, T, rng.uniform(0.2, 2), j == far) for j in range(4)]
    c["clock_steps"] = sum(len(ct) - 1 for ct, _ in clocks)
    tries = TRIES if p.retry else TRIES[:1]
    work = rng.uniform(0.02, 0.3, 4)  # each reporter sleeps ``P`` after its work: its period drifts
    cs, ce, frac, r_all, own, n_of = [], [], [], [], [], []
    for l0, l1, nodes, crashed in run.lives:
        for j in range(nodes):
            P = p.P[j]
            end = min(l1, T)
            e = l0 + rng.uniform(0, P) + np.cumsum(P + rng.exponential(work[j], int((end - l0) / P) + 1))
            e = e[e < end]
            if crashed:
                c["crash_lost"] += 1
            elif l1 < T:
                e = np.append(e, l1)
            if len(e) == 0:
                continue
            a = e[:, None] + tries[None, :]
            dn = _inside(a, p.down)
            oi = np.searchsorted(p.over[:, 0], a, side="right") - 1 if len(p.over) else np.full(a.shape, -1)
            ov = _inside(a, p.over) & ~dn
            u = rng.random(a.shape)
            fail_o = ov & (u < q[np.maximum(oi, 0)] if len(q) else False)
            timeout = fail_o & (rng.random(a.shape) < p_to)
            ok = ~dn & ~fail_o
            anyok = ok.any(axis=1)
            used = np.where(anyok, ok.argmax(axis=1) + 1, len(tries))
            valid = np.arange(len(tries))[None, :] < used[:, None]
            stored = (ok | timeout) & valid
            c["refused_down"] += int((dn & valid).sum())
            c["refused_overload"] += int((fail_o & ~timeout & valid).sum())
            c["timeout_stored"] += int((timeout & valid).sum())
            c["retries"] += int((used - 1).sum())
            c["dropped"] += int((~anyok).sum())
            if p.carry:  # the counter is reset only by a publish the reporter saw succeed
                last = np.maximum.accumulate(np.where(anyok, np.arange(len(e)), -1))
                s = np.concatenate([[l0], np.where(last[:-1] >= 0, e[np.maximum(last[:-1], 0)], l0)])
                c["carried"] += int((s[1:] < e[:-1]).sum())
            else:
                s = np.concatenate([[l0], e[:-1]])
            ns = stored.sum(axis=1)
            if p.key:
                c["deduped_by_key"] += int(np.maximum(ns - 1, 0).sum())
                stored &= np.cumsum(stored, axis=1) == 1
            else:
                c["stored_twice"] += int((ns > 1).sum())
            ct, co = clocks[j]
            off = co[np.searchsorted(ct, e, side="right") - 1]
            mi, ki = np.nonzero(stored)
            slow = ov[mi, ki]
            r = a[mi, ki] + np.where(slow, rng.uniform(0.5, 5, len(mi)), rng.exponential(lat, len(mi)))
            cs.append(s[mi])
            ce.append(e[mi])
            frac.append(np.full(len(mi), 1.0 / nodes))
            r_all.append(r)
            own.append(e[mi] + off[mi])
            n_of.append(np.bincount(mi, minlength=len(e)))
    c["server_restarts"], c["overloads"] = len(p.down), len(p.over)
    cs, ce, frac, r, own = (np.concatenate(x) for x in (cs, ce, frac, r_all, own))
    order = np.argsort(r, kind="stable")
    cs, ce, frac, r, own = cs[order], ce[order], frac[order], r[order], own[order]
    # the monitor's disconnects: at each server restart (back 0.5-20 s after it) and network blips
    blips = _windows(rng, rng.uniform(2, 10), T, lambda g: hc.log_uniform(g, 1, 60))
    win = [(a, b + rng.uniform(0.5, 20), True) for a, b in p.down]
    win += [(a, b + rng.uniform(0.5, 10), False) for a, b in blips]
    win.sort()
    merged = []
    for a, b, rs in win:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2] or rs)
        else:
            merged.append((a, b, rs))
    c["disconnects"] = len(merged)
    recv, keep = _recover(rng, r, merged, p, c)
    mon = recv + rng.normal(0, rng.uniform(0.1, 0.5))
    if p.binning == "own":
        cbin = np.floor(own / STEP).astype(int)
        late = keep & (mon > (cbin + 1) * STEP + p.grace)
        c["late_lost"] = int(late.sum())
        keep &= ~late
    else:
        cbin = np.floor(mon / STEP).astype(int)
    keep &= (cbin >= 0) & (cbin < run.n)
    c["other_minute"] = int((keep & (cbin != np.floor(ce / STEP))).sum())
    p.cs, p.ce, p.frac, p.cbin = cs[keep], ce[keep], frac[keep], cbin[keep]
    n_all = np.concatenate(n_of)
    p.copies = n_all  # copies stored per message (before the monitor's losses)
    p.counts = c
    return p


def _recover(rng, r: np.ndarray, merged: list, p: Path, c: dict) -> tuple[np.ndarray, np.ndarray]:
    """The monitor's receipt time of each publication (server times ``r``, sorted) and whether it gets it: live
    where connected; after a disconnect ``(a, b, restarted)`` it resubscribes at ``b`` with its offset and epoch
    and gets what it missed, unless the epoch changed (a restart of the memory engine) or the missed publications
    are more than the history's size (at most 300 recovered) or older than its TTL: then it misses them."""
    recv = r + 0.05
    keep = np.ones(len(r), bool)
    for a, b, rs in merged:
        i0, i1 = np.searchsorted(r, [a, b])
        if i1 == i0:
            continue
        if rs and p.engine == "memory":
            c["recovery_failed_epoch"] += 1
            ok = False
        else:
            ok = i1 - i0 <= min(p.hist_size, 300) and b - r[i0] <= p.hist_ttl
            c["recovery_failed_history"] += int(not ok)
        if ok:
            c["recovered"] += 1
            recv[i0:i1] = b + rng.uniform(0.05, 0.5)
        else:
            keep[i0:i1] = False
            c["missed"] += int(i1 - i0)
    return recv, keep


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for per-tick samples ``J``: each kept copy carries its node's share of the samples
    of its interval, summed per minute, per second (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C)) * TICK
    p = run.path
    x = p.frac * (np.interp(p.ce, grid, C) - np.interp(p.cs, grid, C))
    return np.bincount(p.cbin, weights=x, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed: the healthy job, its path, its points, the pause
    spans (a minute touching a pause or a ramp's first half, and the next; a minute that read nothing)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _rates(rng, n, setting)
    run.path = _path(rng, run, run.nt * TICK)
    h = _reads(run, run.J)
    paused = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            paused[s:e] = True
    run.path.counts["unread_minutes"] = int(((h <= 0) & ~paused).sum())
    paused |= h <= 0
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    spans = [(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per tick: a drop (an augmentation worker pool shrinking after OOM kills) reaches 1
    over 1-4 ticks; a straggler (arc-camera image reads from a plant's NAS slowed in bursts) is 1 for a mean of
    20-200 ticks, calm at 0.05-0.25 for a mean of 100-500; a leak (the seam-profile resampling cache growing into
    swap) ``(s / ramp) ** p`` (``p`` 0.7-2), then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 4))
    if kind == "leak":
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.7, 2.0))
    calm, bad_m, calm_m = rng.uniform(0.05, 0.25), rng.uniform(20, 200), rng.uniform(100, 500)
    w, i, bad = np.empty(length), 0, True
    while i < length:
        m = int(rng.exponential(bad_m if bad else calm_m)) + 1
        w[i:i + m] = 1.0 if bad else calm
        i, bad = i + m, not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's samples lost (through the
    same copies and minutes), ``a`` set to a drawn target loss over its live points (a leak's: over its
    plateau), refused above 1; an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, run.nt if to_end else stop * K)
        Jw = np.zeros(run.nt)
        Jw[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                             rng.uniform(0.12, 0.35))
        base = _reads(run, Jw)
        c0 = onset + ramp if kind == "leak" else onset
        hs, bs = healthy[c0:stop][live[c0:stop]].sum(), base[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or bs <= 0 or target * hs / bs > 1:
            continue
        m = target * hs / bs * base
        nz = np.flatnonzero(m)
        if len(nz) == 0:
            continue
        at = int(nz[0])
        v = healthy[at:] - m[at:]
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
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m[at:])
    return None


def _stamps(run: Run) -> np.ndarray:
    """Each point stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout193(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout193_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT193_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout193, seeds, n, pauses)
