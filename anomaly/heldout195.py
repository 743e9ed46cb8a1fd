"""The hundred-and-ninety-fifth held-out throughput family: a sawmill log-grading model's training logs/s (a 3-D
network grading sawlogs and placing cuts from industrial CT scans of the logs, knots, rot and resin pockets annotated;
scans reconstructed, resampled into volumes and augmented on CPU workers, the rare rot classes oversampled; an
evaluation on a held-out mill's species now and then), trained on the JVM with Deep Java Library (DJL) on 1, 2 or 4
nodes, each node's trainer keeping a cumulative JMX counter (an MBean attribute: logs done since its JVM started) that
a monitor reads through Jolokia (the JMX-over-HTTP agent; a bulk ``read`` per node every 15-60 s) and turns into a
rate per minute of its own clock.

(No generator's head names Jolokia, JMX, an MBean, a sawmill, a sawlog, lumber, timber, a CT scan, a knot, resin,
DJL, Deep Java, the JVM, Java, a GC pause, garbage, stop-the-world, a counter reset, bulk or a restart (``grep -ic``
on ``/tmp/195_heads.txt``, the first 3 lines of the 192 ``anomaly/heldout*.py``: 0 each); "rot" matches 12 heads but
as a word none (``grep -iow``: protein, rotation, protocol, rotated), "3-D" 5, "volum" 3 (volumes, volumetric: 3-D
networks over volumes are not new, the sawmill job is), "cumulative counter" 3, "counter" 27, "poll" 15, "http" 3
(reading a cumulative counter is not new; JMX through a Jolokia agent, its bulk reads, its single HTTP thread and the
JVM's resets and GC pauses are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long print,
printed again as lines 310-410 after a ``wc -l`` and a ``grep -n "^def "`` of it), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/195_heads.txt`` through
``grep -ic``, ``grep -iwc`` and one ``grep -iow`` (it printed the matching words only). Slips: an ``ls`` of the
worktree's top level, an ``ls anomaly/heldout*.py | wc -l`` and an ``ls anomaly/heldout194.py`` (to import generator
194's seeds: it does not exist, so the test names its range ``range(1942000, 1942012)`` by the rule), and a look at
the venv's scipy version (not used); none else. Measures: ``/tmp/s67/measure195.py`` and per-seed prints.

Public sources read (excerpts through the search tool): Jolokia's protocol as its clients use it (pyjolokia's PyPI
page; jolokia.js; ``fabric8io/jadvisor``'s ``sources/jolokia.go``): a ``read`` of an MBean attribute, bulk requests
(a JSON list of requests in one POST), each answer with ``status`` and a ``timestamp`` in whole unix seconds of the
agent's host; Jolokia issues #246 and #259 (JVM agent requests hanging or timing out until the process restarts),
#433 and #1029 and PR #1026 (the JVM agent's HTTP server runs a ``single``-thread executor by default: a long
request or a half-open connection blocks every other), #256 and seastat #11 (Jolokia reads of 30 s to 2 min on a
loaded JVM; a scraper's client timeouts); G1 pages (Bordet's slides: young collections stop the world, a default
pause goal of 250 ms; JEP 307: G1's fall-back full GC; HubSpot's G1 post: instances spending 25 s of a 60-s interval
in GC, pauses of 10 s and more); DJL's issue #39 (training listeners since 0.3.0: ``onEpoch``, ``onTrainingBatch``,
...). Not read (from memory, unchecked): that a JVM agent's HTTP thread is stopped by a stop-the-world pause (a
safepoint stops every Java thread); a ``read`` of an MBean that is not yet registered answers status 404; the
Runtime MBean's ``StartTime`` as a reset detector; DJL's own listener classes; nothing on CT log scanners or sawmill
grading: the job's figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.82-0.96 per doubling); a node's GPU grades
0.6-9 logs/s (log-uniform), its CPU workers (reconstruction, resampling, augmentation) feed 1.05-2.4 times that; a
step waits for the slower side (a soft maximum of the costs). On the training clock, mill lots of 6-40 min
(log-uniform) set the rate (a factor, sd 4-10 %), a quarter of them rot-oversampled (cached volumes: 4-10 % faster);
an epoch (60-200 min) starts with a cold scan cache (30-150 s at 55-85 %); per 5-s tick an OU of the log (sd 2.5-6 %,
10-60 s), a slow OU (sd 1-3 %, 30-180 min) and, at 0.3 % of ticks, a batch of long wide logs (60-85 %); each node's
full GCs (1-6 an hour, median 1-4 s, at most 40 s) stall every node (synchronous data parallel). Relaunches: 0-3 at
15-85 % of the run, an hour apart, 1 in 3 onto another node count, else another batch shape (GPU cost 0.55-1.8, CPU
0.75-1.35 times), redrawn until the level moves 15 % (1/3 to 3 times). Pauses: a start-up of 4-12 min ("long" 25-70)
then a ramp from 30-70 % over 3-8 min (JIT and volume caches warming); an evaluation every 45-120 min of training
(spread sd 0.15-0.35), 3-8 min ("long" 15-45), every 2nd-4th with a checkpoint (20-90 s, "long" 2-5 min); JVM
crashes (exponential, mean 10-40 h): down 2-5 min ("long" 6-15), then a start-up of 3-8 ("long" 15-45) and a ramp;
a relaunch: stopped 1-4 min ("long" 5-12), queued 2-6 min, then a start-up and its ramp. A crash or relaunch due in
a pause comes when training resumes.

On the path (not checked): the DJL listener updates the MBean every ``U`` s (2-10 per run: the counter moves in
batch steps); it registers at the end of a start-up (a read before: 404, no sample) and restarts from 0 with each
JVM. The monitor polls the nodes of the pool (4) one after another each ``P`` s (15-60 per run, plus 0-0.5 s); a
node out of the job or whose JVM is down refuses; a request waits while the agent's one HTTP thread is busy (another
client: 0.5-4 spells an hour, median 3-15 s) or the JVM is in a GC pause, and times out after ``T_o`` (3-15 s); a
node is unreachable for spells (0.2-1.5 a day, median 5 min, at most 25; a request then times out). A cycle
still in flight when the next is due makes that one skipped. Half the monitors retry a timed-out request once, 1-3 s
after; 30 % record a timed-out request's late answer too (stamped at its send, read at the thread's release). The
monitor restarts 0.2-1 a day (down median 60 s, at most 5 min) and, in 70 % of runs, forgets its last samples.
A sample is stamped by the monitor's clock (off sd 0.3-3 s, NTP steps 0.2-1.5 a day, sd 0.5-4 s); the rate's
interval is that clock's (45 %) or the answers' Jolokia timestamps (55 %: whole seconds of the node's clock, off sd
0.2-2 s, in 25 % of runs stepped 0.5-3 times a day, sd 1-6 s); a sample no later than the one before is dropped. A
pair of consecutive samples gives the counter's increase over its interval, the new counter where a restart is seen
(60 % of monitors read the Runtime MBean's ``StartTime`` in the bulk request; the others see a counter that fell),
none over ``max_gap`` (5-15 min: stale). A node's minute is its pairs' increase over their intervals, binned by the
later poll's time; in 3/4 of runs a node's last rate is held for 1-3 minutes without a pair; a point sums the nodes.
The reads are linear in the logs; the samples' fates (and whether a reset is seen) are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (a start-up with its ramp's first half), or where it
reads nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled
regressions (a share ``a w`` of each tick's logs lost, read through the same polls): ``drop`` (an augmentation worker
pool shrunk: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's reconstruction starved by a
shared volume store: 1 for a mean of 20-200 ticks, calm for a mean of 100-600 at 0.05-0.25), ``leak`` (off-heap
NDArrays never closed, GC ever more often: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-38 %), ``a`` set from the reads of the lost logs (linear),
refused above 1; ``w`` is per 5-s tick.

Measured (``heldout195_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      11    9          9     0.120-0.349  12              1-28 (831, 0 >60)
long      31      12    9          10    0.080-0.348  18              1-104 (640, 19 >60)

Planned changes listed: short 14, long 19 (of 14 and 19 relaunches; none kept its stage); crashes 52 and 48. The path
over each set (counts): short: polls 559988, timeouts in a GC pause 15, timeouts behind a busy thread 867, polls of
an unreachable node 1175, refused 264272 (nodes out of the job, JVMs down), not yet registered 1954, retries 476,
late copies 186, cycles skipped 1, monitor restarts 34, pairs lost to them 50, resets seen 54, missed 0, stale pairs
103, dropped samples 29, clock steps 129, node-minutes held 325, unread minutes 4283, pairs over a minute 212; long:
515012, 59, 730, 956, 279298, 7999, 330, 401, 0, 27, 32, 0, 0, 120, 85, 130, 429, 20474, 152 (a JVM's restart
outlasts ``max_gap`` in "long": its reset is never read). The reads' sum over the live points against the job's
logs: 0.995-1.000 per seed (short and long); the live points' minute-to-minute change (median ``|d log|`` per seed)
2.1-11.0 % (short), 3.5-13.6 % (long), its 99th percentile 23-58 % (short), 23-47 % (long); its part from the
counter's batch steps (``U``), the polls' spacing and Jolokia's whole seconds was not measured apart (the noisiest
seeds have ``U`` of 7-10 s, but so do some of the calmest; the first measure, before the fix, gave 2.3-14.3 %
"short"); the live median level 0.78-12.37 logs/s (short), 0.76-5.61 (long). Before the first measure: the laws'
commit. After it: no change of the laws; one fix (no law changed, its own commit): a crash or relaunch due inside a
pause overlapped it (the tests' ordered-pauses check failed), it now comes when training resumes (the draws after it
shift; the table is the fixed code's). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at
most 60 points "short", 120 "long") and the path on the first 6 healthy runs of each setting: the file's 27 tests
take 2.3-3.4 s on one core (``OMP_NUM_THREADS=1 taskset -c 0``, three runs).

Size: one family's job, path and regressions, kept in one module as the other generators are (the path's many laws
and their sources make the docstring long).
"""

from __future__ import annotations

from types import SimpleNamespace as NS

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT195_SEEDS = tuple(range(1952000, 1952012))
CODE = 195
KIND_P = (0.34, 0.33, 0.33)
STEP = 60.0  # one point a minute (the monitor's bin)
TICK = 5.0  # the job's true rate is drawn per 5-s tick
K = int(STEP // TICK)
EPOCH = 1_790_000_040.0  # a multiple of 60
DAY, HOUR = 86400.0, 3600.0
SPANS = {"short": (1, 60), "long": (1, 120)}
NODES = (1, 2, 4)
# pause lengths (s) per setting
STARTUP = {"short": (240, 720), "long": (1500, 4200)}
RESTART_UP = {"short": (180, 480), "long": (900, 2700)}
EVAL = {"short": (180, 480), "long": (900, 2700)}
CKPT = {"short": (20, 90), "long": (120, 300)}
CRASH_DOWN = {"short": (120, 300), "long": (360, 900)}
STOP = {"short": (60, 240), "long": (300, 720)}
QUEUE = (120, 360)
PATH_KEYS = ("polls", "timeouts_gc", "timeouts_busy", "unreachable", "refused", "not_registered", "retries",
             "late_copies", "cycles_skipped", "monitor_restarts", "pairs_lost_to_restart", "resets_seen",
             "resets_missed", "stale_pairs", "dropped_samples", "clock_steps", "minutes_carried",
             "minutes_unread", "pairs_over_a_minute")


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """The job's logs/s on stage ``st``: nodes at ``eff`` per doubling, each waiting for the slower of its GPU
    (3-D network over the CT volumes) and its CPU workers (reconstruction, resampling, augmentation)."""
    gf, cf = cfg["shapes"][st["shape"]]
    k = st["nodes"]
    return k * cfg["eff"] ** np.log2(k) / hc.smax(gf / cfg["gpu"], cf / cfg["cpu"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (1 in 3 another node count, else another batch shape: crop size and batch), redrawn
    until the level moves by 15 % or more and at most 3 times; None when 50 draws fail."""
    for _ in range(50):
        if rng.random() < 1 / 3:
            new = {**st, "nodes": int(rng.choice([k for k in NODES if k != st["nodes"]]))}
        else:
            cfg["shapes"].append((hc.log_uniform(rng, 0.55, 1.8), hc.log_uniform(rng, 0.75, 1.35)))
            new = {**st, "shape": len(cfg["shapes"]) - 1}
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job's timeline: lives of the JVMs (start, ready, end), training segments and pauses."""
    T = n * STEP + 900.0
    cfg = {"gpu": hc.log_uniform(rng, 0.6, 9.0), "eff": rng.uniform(0.82, 0.96), "shapes": [(1.0, 1.0)]}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.4)
    st = {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "shape": 0}
    crash_mean = rng.uniform(10, 40) * HOUR
    n_rel = int(rng.choice(4, p=[0.25, 0.3, 0.25, 0.2]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= HOUR]
    eval_every = (rng.uniform(45, 120) * 60, rng.uniform(0.15, 0.35))  # mean training between evals, its spread
    ck_every = int(rng.integers(2, 5))
    run = NS(n=n, dt=STEP, T=T, cfg=cfg, segs=[], pauses_t=[], span_t=[], lives=[], known_t=[], stages=[],
             counts={"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0})
    t, up = 0.0, STARTUP
    next_crash = rng.exponential(crash_mean)
    n_eval, life_start, new_stage = 0, 0.0, False
    while t < T:
        u = rng.uniform(*up[setting])
        ramp = (rng.uniform(0.3, 0.7), rng.uniform(180, 480))
        run.pauses_t.append((t, t + u, "startup"))
        run.span_t.append((t, t + u + ramp[1] / 2))
        t += u
        if new_stage:
            run.known_t.append(t)
            new_stage = False
        ready, r0, ramp_t0 = t, ramp[0], t
        ev_left = eval_every[0] * np.exp(rng.normal(0, eval_every[1]))
        while t < T:  # training stretches of this life, ended by an evaluation, a crash or a relaunch
            nxt_rel = rel[0] if rel else np.inf
            stop = max(t, min(t + ev_left, next_crash, nxt_rel, T))  # one due in a pause: when training resumes
            if stop > t:
                run.segs.append(NS(t0=t, t1=stop, nodes=st["nodes"], level=_level(cfg, st), life=len(run.lives),
                                   r0=r0, ramp_t0=ramp_t0, ramp=ramp[1]))
            ev_left -= stop - t
            t = stop
            if t >= T:
                break
            if next_crash <= t:
                run.counts["crashes"] += 1
                d = rng.uniform(*CRASH_DOWN[setting])
                run.pauses_t.append((t, t + d, "crash"))
                run.span_t.append((t, t + d))
                run.lives.append((life_start, ready, t))
                t += d
                next_crash = t + rng.exponential(crash_mean)
                up, new_stage, life_start = RESTART_UP, False, t
                break
            if nxt_rel <= t:
                rel.pop(0)
                run.counts["relaunches"] += 1
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                if new is None:
                    run.counts["kept_stage"] += 1
                new_stage, st = new is not None, new or st
                d = rng.uniform(*STOP[setting]) + rng.uniform(*QUEUE)
                run.pauses_t.append((t, t + d, "relaunch"))
                run.span_t.append((t, t + d))
                run.lives.append((life_start, ready, t))
                t += d
                up, life_start = RESTART_UP, t
                break
            n_eval += 1  # an evaluation on a held-out mill's species, every ck_every-th followed by a checkpoint
            run.counts["evals"] += 1
            d = rng.uniform(*EVAL[setting])
            if n_eval % ck_every == 0:
                d += rng.uniform(*CKPT[setting])
                run.counts["ckpts"] += 1
            run.pauses_t.append((t, t + d, "eval" if n_eval % ck_every else "ckpt"))
            run.span_t.append((t, t + d))
            t += d
            ev_left = eval_every[0] * np.exp(rng.normal(0, eval_every[1]))
    run.lives.append((life_start, ready, np.inf))
    run.life_nodes = np.array([next((g.nodes for g in run.segs if g.life == i), run.segs[-1].nodes)
                               for i in range(len(run.lives))])
    return run


def _job(rng, run):
    """The job's logs/s per 5-s tick (``run.J``), with the nodes' full-GC pauses (``run.gc``, per node)."""
    nt = int(run.T // TICK)
    tb, train, seg_of = hc.seg_buckets(run.segs, nt, TICK)
    on, (level, nodes, r0, rt0, ramp) = hc.seg_columns(run.segs, seg_of, "level", "nodes", "r0", "ramp_t0", "ramp")
    tc = tb + TICK / 2
    fac = np.where(on, r0 + (1 - r0) * np.clip((tc - rt0) / ramp, 0, 1), 0.0)  # JIT and volume cache warming
    clock = np.cumsum(train)  # the training clock: mill lots and epochs follow it
    lots, x = [], 0.0
    while x < clock[-1] + 1:
        x += hc.log_uniform(rng, 6, 40) * 60
        lots.append(x)
    lot_sd = rng.uniform(0.04, 0.10)
    lot_f = np.exp(rng.normal(0, lot_sd, len(lots) + 1))
    rot = rng.random(len(lots) + 1) < 0.25  # lots with oversampled rot classes: cached volumes, cheaper on CPUs
    lot_f *= np.where(rot, 1 + rng.uniform(0.04, 0.10, len(lots) + 1), 1.0)
    fac *= lot_f[np.searchsorted(np.array(lots), clock)]
    E, cold, cold_f = rng.uniform(60, 200) * 60, rng.uniform(30, 150), rng.uniform(0.55, 0.85)
    fac *= np.where(np.mod(clock, E) < cold, cold_f, 1.0)  # an epoch's reshuffle: the scan cache runs cold
    ar = hc.ou_path(rng, run.T, rng.uniform(0.025, 0.06), rng.uniform(10, 60), step=TICK)[:nt]
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(30, 180) * 60)
    fac *= np.exp(ar + slow[(tb // STEP).astype(int)])
    fac *= np.where(rng.random(nt) < 0.003, rng.uniform(0.6, 0.85, nt), 1.0)  # a batch of long, wide logs
    gc_rate, gc_med = rng.uniform(1, 6) / HOUR, rng.uniform(1, 4)
    run.gc, lost = [], np.zeros(nt)
    for k in range(max(NODES)):
        m = rng.poisson(gc_rate * run.T)
        s = np.sort(rng.uniform(0, run.T, m))
        d = np.minimum(gc_med * np.exp(rng.normal(0, 0.6, m)), 40.0)
        run.gc.append(np.column_stack([s, s + d]))
        for a, b in zip(s, s + d):  # a node's stop-the-world pause stalls every node (synchronous data parallel)
            i = int(a // TICK)
            while i < nt and i * TICK < b:
                lost[i] += (min(b, (i + 1) * TICK) - max(a, i * TICK)) * (k < nodes[i])
                i += 1
    run.nt, run.nodes_t = nt, np.where(on, nodes, 0)
    run.J = level * fac * np.clip(train - lost, 0, None) / TICK
    return run


# ---------------------------------------------------------------- the path


def _events(rng, rate: float, T: float, med: float, sd: float, cap: float) -> np.ndarray:
    """Poisson spells over ``[0, T)``: ``(start, end)`` rows, log-normal lengths (median ``med``), at most ``cap``."""
    s = np.sort(rng.uniform(0, T, rng.poisson(rate * T)))
    return np.column_stack([s, s + np.minimum(med * np.exp(rng.normal(0, sd, len(s))), cap)])


def _merge(iv: np.ndarray) -> np.ndarray:
    """Overlapping ``(start, end)`` rows merged (sorted by start)."""
    if not len(iv):
        return iv.reshape(0, 2)
    iv = iv[np.argsort(iv[:, 0])]
    out = [list(iv[0])]
    for a, b in iv[1:]:
        if a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out)


def _inside(x: np.ndarray, iv: np.ndarray):
    """``(inside, end)``: whether each time of ``x`` lies in one of the merged spells ``iv``, and that spell's end."""
    if not len(iv):
        return np.zeros(len(x), bool), x.copy()
    i = np.searchsorted(iv[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < iv[np.maximum(i, 0), 1])
    return ok, np.where(ok, iv[np.maximum(i, 0), 1], x)


def _steps(rng, T: float, rate: float, sd: float, base: float):
    """A clock's offset: ``base`` then NTP steps (Poisson, ``rate`` per second, each to a fresh N(0, sd))."""
    at = np.sort(rng.uniform(0, T, rng.poisson(rate * T)))
    return at, np.concatenate([[base], rng.normal(0, sd, len(at))])


def _path(rng, run):
    """The monitor's Jolokia polls of every node's agent and the fates of its samples (they are the healthy run's:
    a reset is missed where the healthy counter read no lower than the sample before)."""
    T, c = run.T, {k: 0 for k in PATH_KEYS}
    p = NS(P=rng.uniform(15, 60), T_o=rng.uniform(3, 15), retry=rng.random() < 0.5, late=rng.random() < 0.3,
           jolokia_dt=rng.random() < 0.55, start_time=rng.random() < 0.6, hold=int(rng.integers(0, 4)),
           max_gap=rng.uniform(300, 900), persist=rng.random() < 0.3, U=rng.uniform(2, 10))
    p.U0 = rng.uniform(0, p.U)
    mon_down = _merge(_events(rng, rng.uniform(0.2, 1.0) / DAY, T, 60.0, 0.8, 300.0))
    c["monitor_restarts"] = len(mon_down)
    m_at, m_off = _steps(rng, T, rng.uniform(0.2, 1.5) / DAY, rng.uniform(0.5, 4), rng.normal(0, rng.uniform(0.3, 3)))
    c["clock_steps"] += len(m_at)
    lat = rng.uniform(0.015, 0.06)
    ncyc = int(T / p.P) + 1
    cyc = rng.uniform(0, p.P) + np.arange(ncyc) * p.P + rng.uniform(0, 0.5, ncyc)
    ready = np.array([(a, r, b) for a, r, b in run.lives])
    cur, rows, clocks = cyc.copy(), [], []
    for k in range(max(NODES)):
        blocks = _merge(np.vstack([run.gc[k], _events(rng, rng.uniform(0.5, 4) / HOUR, T, rng.uniform(3, 15),
                                                      0.7, 60.0)]))
        unreach = _merge(_events(rng, rng.uniform(0.2, 1.5) / DAY, T, 300.0, 0.8, 1500.0))
        off = rng.normal(0, rng.uniform(0.2, 2))
        clocks.append(_steps(rng, T, rng.uniform(0.5, 3) / DAY if rng.random() < 0.25 else 0.0, rng.uniform(1, 6),
                             off))
        c["clock_steps"] += len(clocks[-1][0])
        s = cur
        d_mon = _inside(s, mon_down)[0]
        li = np.searchsorted(ready[:, 0], s, side="right") - 1
        alive = (li >= 0) & (s < ready[np.maximum(li, 0), 2])
        in_job = run.life_nodes[np.maximum(li, 0)] > k
        regd = alive & (s >= ready[np.maximum(li, 0), 1])
        unr = _inside(s, unreach)[0] & ~d_mon & alive & in_job
        blk, b_end = _inside(s + lat, blocks)
        wait = np.where(blk, b_end - s, lat)
        asked = ~d_mon & alive & in_job & ~unr
        tout = asked & (wait > p.T_o)
        served = asked & ~tout
        ok = served & regd
        c["polls"] += int((~d_mon).sum())
        c["unreachable"] += int(unr.sum())
        c["refused"] += int((~d_mon & ~(alive & in_job)).sum())
        c["not_registered"] += int((served & ~regd).sum())
        gc_hit = _inside(s + lat, _merge(run.gc[k]))[0]
        c["timeouts_gc"] += int((tout & gc_hit).sum())
        c["timeouts_busy"] += int((tout & ~gc_hit).sum())
        dur = np.where(tout | unr, p.T_o, np.where(served, wait, lat))
        cur = s + np.where(d_mon, 0.0, dur)
        read = s + wait
        rows.append((k, s[ok], read[ok]))
        if p.retry:  # one retry of a timed-out request, 1-3 s after its timeout
            s2 = s[tout] + p.T_o + rng.uniform(1, 3, int(tout.sum()))
            blk2, e2 = _inside(s2 + lat, blocks)
            w2 = np.where(blk2, e2 - s2, lat)
            li2 = np.searchsorted(ready[:, 0], s2, side="right") - 1
            ok2 = (w2 <= p.T_o) & (li2 >= 0) & (s2 >= ready[np.maximum(li2, 0), 1]) & (
                s2 < ready[np.maximum(li2, 0), 2])
            c["retries"] += int(tout.sum())
            rows.append((k, s2[ok2], s2[ok2] + w2[ok2]))
        if p.late:  # the async client still records a timed-out request's late answer, stamped at its send
            late = tout & regd & (wait < 120)
            c["late_copies"] += int(late.sum())
            rows.append((k, s[late], read[late]))
    busy = np.maximum.accumulate(cur)  # a cycle still in flight: the next ones are skipped
    skipped = np.concatenate([[False], cyc[1:] < busy[:-1]])
    c["cycles_skipped"] = int(skipped.sum())
    p.samples = []
    for k in range(max(NODES)):
        send = np.concatenate([r[1] for r in rows if r[0] == k])
        read = np.concatenate([r[2] for r in rows if r[0] == k])
        n_at, n_off = clocks[k]
        cyc_i = np.minimum(np.searchsorted(cyc, send, side="right") - 1, ncyc - 1)
        keep = ~skipped[np.maximum(cyc_i, 0)]
        send, read = send[keep], read[keep]
        o = np.argsort(send, kind="stable")
        send, read = send[o], read[o]
        stamp = send + m_off[np.searchsorted(m_at, send, side="right")]
        ts = np.floor(read + n_off[np.searchsorted(n_at, read, side="right")])
        tm = ts if p.jolokia_dt else stamp
        first = np.maximum.accumulate(np.concatenate([[-np.inf], tm[:-1]]))
        good = tm > first  # a sample no later than one before it is dropped (the baseline kept)
        c["dropped_samples"] += int((~good).sum())
        send, read, stamp, tm = send[good], read[good], stamp[good], tm[good]
        life = np.searchsorted(ready[:, 0], read, side="right") - 1
        vis = np.floor((read - p.U0) / p.U) * p.U + p.U0  # the listener updates the MBean every U s
        vis = np.maximum(vis, ready[life, 1])
        epoch_m = np.searchsorted(mon_down[:, 0], send) if len(mon_down) else np.zeros(len(send), int)
        same_m = np.concatenate([[False], epoch_m[1:] == epoch_m[:-1]]) | p.persist
        dt = np.diff(tm, prepend=np.nan)
        pair = same_m & (dt <= p.max_gap)
        pair[:1] = False
        c["pairs_lost_to_restart"] += int((~same_m[1:]).sum())
        c["stale_pairs"] += int((same_m & (dt > p.max_gap))[1:].sum())
        p.samples.append(NS(k=k, vis=vis, life=life, stamp=stamp, dt=dt, pair=pair,
                            reset=np.concatenate([[False], life[1:] != life[:-1]])))
    healthy_v = [_counter(run, run.J, sm) for sm in p.samples]
    for sm, v in zip(p.samples, healthy_v):
        prev = np.concatenate([[0.0], v[:-1]])
        sm.detected = sm.reset & (p.start_time | (v < prev))
        c["resets_seen"] += int((sm.reset & sm.pair & sm.detected).sum())
        c["resets_missed"] += int((sm.reset & sm.pair & ~sm.detected).sum())
        mins = np.floor(sm.stamp / STEP)
        c["pairs_over_a_minute"] += int((sm.pair & (np.floor((sm.stamp - sm.dt) / STEP) < mins - 1)).sum())
    p.counts = c
    run.path = p
    return run


def _counter(run, J: np.ndarray, sm) -> np.ndarray:
    """Node ``sm.k``'s counter at its samples: its logs since its JVM's start, as the MBean last showed them."""
    nodes = run.nodes_t
    share = np.where(nodes > sm.k, 1.0 / np.maximum(nodes, 1), 0.0)
    cum = np.concatenate([[0.0], np.cumsum(J * share * TICK)])
    grid = np.arange(run.nt + 1) * TICK
    starts = np.array([a for a, r, b in run.lives])
    return np.interp(sm.vis, grid, cum) - np.interp(starts[sm.life], grid, cum)


def _reads(run, J: np.ndarray, carried: bool = False):
    """The monitor's points (logs/s per minute of its clock) of the job's ticks ``J``: linear in ``J``
    (``carried``: how many node-minutes held a rate instead)."""
    n, p = run.n, run.path
    out, held = np.zeros(n), 0
    for sm in p.samples:
        v = _counter(run, J, sm)
        prev = np.concatenate([[0.0], v[:-1]])
        inc = np.where(sm.detected, v, v - prev)[sm.pair]
        m = np.floor(sm.stamp[sm.pair] / STEP).astype(int)
        ok = (m >= 0) & (m < n)
        num = np.bincount(m[ok], inc[ok], n)
        den = np.bincount(m[ok], sm.dt[sm.pair][ok], n)
        rate = np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)
        if p.hold:  # the last rate held for up to ``hold`` minutes without a pair
            have = den > 0
            idx = np.maximum.accumulate(np.where(have, np.arange(n), -1))
            carry = ~have & (idx >= 0) & (np.arange(n) - idx <= p.hold)
            rate = np.where(carry, rate[np.maximum(idx, 0)], rate)
            held += int(carry.sum())
        out += rate
    return held if carried else out


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _path(rng, _job(rng, _schedule(rng, n, pauses)))
    healthy = np.maximum(_reads(run, run.J), 0.0)
    run.path.counts["minutes_carried"] = int(_reads(run, run.J, carried=True))
    iv = sorted((max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)) for a, b in run.span_t
                if a < n * STEP)
    zero = np.nonzero(healthy <= 0)[0]
    iv = sorted(iv + [(int(i), int(i) + 1) for i in zero])
    run.path.counts["minutes_unread"] = int(len(zero))
    spans = []
    for s, e in iv:
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------- the regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's logs lost (0 .. 1), ``length`` ticks: a drop (an augmentation worker
    pool shrunk) rises in 1-6 ticks; a straggler (one node's CT reconstruction starved by a shared volume store)
    switches between 1 and a calm 0.05-0.25; a leak (off-heap NDArray buffers never closed: GC ever more often)
    grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 600))
        bad = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
        return np.where(bad, 1.0, rng.uniform(0.05, 0.25))
    return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's logs lost, read through
    the same polls; ``a`` set so that the live points lose a drawn target (refused above 1)."""
    n = run.n
    ts = np.arange(n) * STEP
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1600, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        loss = np.zeros(run.nt)
        loss[i0:i1] = run.J[i0:i1] * w
        m1 = _reads(run, loss)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.38))
        lv = live[onset:stop]
        hs, ms = healthy[onset:stop][lv].sum(), m1[onset:stop][lv].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        v = np.maximum(healthy - target * hs / ms * m1, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(t0 // STEP) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def make_heldout195(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout195_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT195_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout195, seeds, n, pauses)
