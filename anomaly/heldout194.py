"""The hundred-and-ninety-fourth held-out throughput family: a leather-hide defect model's training tiles/s (a
segmentation network finding scars, insect bites, brand marks, wrinkles and grain cracks on line-scan photographs of
whole hides leaving the drum; hides tiled, empty tiles dropped, tiles augmented on CPU workers, rare defects
oversampled; an evaluation on a held-out tannery's hides now and then) on 1, 2 or 4 nodes, read through Filebeat,
Logstash and Elasticsearch: each node's reporter appends a JSON line (its clock's time, its tiles since its last line)
to a local log file every 10-30 s, the node's Filebeat ships it to Logstash's Beats input, Logstash indexes it, and a
monitor's ``date_histogram`` query, once a minute, sums the tiles per minute of the line's own time or of the
``@timestamp`` Logstash set.

(Heads, ``for f in anomaly/heldout*.py; do head -3 "$f"; done > /tmp/194_heads.txt``, 192 generators, ``grep -i -c``: 0
for filebeat, logstash, beats, dead letter, persistent queue, registry, close_inactive, fingerprint, ``_id``, log
rotation, at-least-once, back-pressure, kibana, leather, hide, tannery, scar, "line scan". Matches, their lines printed
to check them: elasticsearch 2 (Metricbeat scraping a counter into Elasticsearch; APM Server data streams summed by a
Grafana panel), date_histogram 1 (one with a ``rate`` aggregation), line-scan 1 (rail inspection images), harvest 2
(crop harvesters; New Relic's Telemetry SDK harvester), "json log" 2 (Cloud Logging; LogScale Collector or Fluent Bit),
refresh 1 (mined negatives refreshed); not printed: rotat 4, segmentation 6, defect 5, tile 21, fluent 2, loki 1,
promtail 1, vector 3. Elasticsearch and a date histogram are not new; Filebeat's registry and Logstash's queues on the
way, and the leather job, are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all; its middle, cut from one long print with
the next two files, printed again as lines 305-537, and a ``grep -n "^def "`` of it), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the heads file through ``grep`` only.
Slips: a ``grep -n`` for the import lines of ``anomaly/heldout150.py`` printed its lines 109-117 (its imports: 111-117
lie past the listed lines); a ``wc -l`` of ``heldout150.py`` (550 lines) ran with the listed print; an ``ls`` of
``anomaly/heldout193.py`` and its test (neither exists on main: the tests' check of generator 193's seeds uses the range
``range(1932000, 1932012)``); none else.

Public sources read (excerpts through the search tool). Filebeat: "Configure general settings" (the registry is updated
only when events are flushed); beats issues #2961 (a restart re-reads and re-sends from a stale registry), #30061 and
#36541 (filestream inputs re-sending after restarts, rotated files re-sent), #2044 (duplicates after a SIGHUP restart),
#9045 (``close_inactive`` may drop the event under way), #1341 (inode reuse: lines skipped or re-read), #40808
(duplicates with ``close_inactive`` 5m), #5269 (a bulk request cut by a shutdown is re-sent: duplicates), #878 (a
blocked Logstash pipeline disconnects Filebeat; ``congestion_threshold``), logstash-input-beats #163 (a client timeout
re-sends the whole batch: at-least-once; a fingerprint id as the way around), beats PR #15171 and logstash #11165
(fingerprint as ``document_id``). Logstash: "Persistent Queues" (5.5, 6.8, 7.14: the in-memory queue is lost on an
abnormal termination, the persistent queue replays at least once), netdata's guides on a full persistent queue and
back-pressure (inputs block; the Beats input stops accepting), "Dead letter queues" (only the Elasticsearch output;
responses 400 and 404; an unreachable Elasticsearch is retried indefinitely). Elasticsearch: "The refresh parameter"
(``index.refresh_interval`` 1 s by default, dynamic), Elastic's "Refreshing news" post, a book page (60 s under heavy
ingest). Not read (from memory, unchecked): Filebeat's Logstash output ``timeout`` of 30 s, its harvester backoff of
1-10 s, a Logstash filter setting ``@timestamp`` to the ingest time (a configuration some sites use), search rejections
(429) under merge pressure. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.86-0.97 per doubling); the GPUs segment 120-1,400
tiles/s per node at 512 px (log-uniform), the CPU augmentation workers feed 1.05-2.3 times that; a tile's cost grows
with its side (squared on the GPUs, to the 1.6 on the CPUs, batch 8 8 % dearer on the GPUs); a step waits for the slower
side (a soft maximum). Hides come in drum lots: a lot lasts 4-30 min of training (log-uniform), its tile mix a factor
(sd 2-7 %), a fifth defect-rich (4-12 % dearer: more oversampled augmentations); per 5-s tick an AR(1) of the log (sd
1.5-5 %, correlation 15-60 s) and a slow drift (sd 1-3 %, 30-180 min). Relaunches 0-3 at 15-85 % of the run (an hour
apart): half another node count, 35 % another tile side (512, 768, 1,024 px), else another batch (and a tile side drawn
anew), redrawn until the level moves 15 % (1/3 to 3 times). Pauses: a start-up of 2-8 min ("long" 20-50), a ramp from
30-70 % over 1-5 min (its first half paused); an evaluation every 40-120 min of training, 1.5-5 min ("long" 12-45),
every 2nd or 3rd followed by a checkpoint (1-3 min, "long" 5-15); crashes (exponential, mean 10-40 h): down 2-6 min
("long" 20-75), a start-up of 2-5 ("long" 10-25) and a ramp; a relaunch: stopped 1-3 and queued 1-8 min ("long" 8-25 and
5-30), a start-up of 2-6 ("long" 10-25) and a ramp.

The path (assumed, not checked): the reporter (60 %: a timer of 10, 15, 20 or 30 s; else every N steps, 10-30 s) writes
a line at its period's end (+-0.3 s) with the tiles since its last line (its node's share of the job's); a crash loses
the tally under way, a relaunch writes it. Node clocks: off by sd 0.05-0.5 s, or (25 %) unsynchronised: a drift of up to
50 ppm and 0.5-3 steps a day (sd 0.5-5 s). Filebeat reads a line 0-10 s later (a backoff of 1-10 s per process life); it
restarts 0.3-2 times a day per node (down 3-60 s: lines read after it is back) and re-sends what it had sent in the 2-30
s before (the registry not yet written). Log rotation every 4-24 h (its phase drawn at each process start): copytruncate
(half the runs) loses lines written in a 0-3 s gap; a rename loses, in 30 % of rotations, those written in the 0-40 s
before the reporter reopens. After a crash's silence over 5 min, in 30 % of them the reopened harvester reads the last
line again (``close_inactive``). Logstash: output stalls (Elasticsearch merges, GC, a disk watermark) 0.5-3 a day, 30
s-15 min, hold the lines back (Filebeat's back-pressure) and drain 1-60 s after; a batch in flight in a stall's first 30
s times out and is sent again, and was already queued with probability 0.3-0.8 (a copy); restarts 0.2-1 a day (20-120 s,
lines held): the in-memory queue (60 %) loses the 0.5-5 s of lines it held, the persistent queue replays them (a copy);
30 % of runs send 0.1-1 % of lines to the dead letter queue (a mapping error: lost). Elasticsearch: a refresh every 1 s
(70 %) or 5-30 s; a fingerprint document id (half the runs) refuses a copy, else copies count. The monitor queries
minute ``m`` at its end plus 20-90 s (per run, plus 0-5 s): a document not yet visible is lost; 0.2-1.5 % of queries are
rejected (the minute reads 0); the histogram bins by the line's own time (55 %) or by an ingest ``@timestamp`` on
Logstash's clock (sd 0.1-1 s, 15 % of runs 2-20 s off). A point is the minute's tiles per second; the reads are linear
in the tiles, the lines' fates the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing; a
listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share ``a w``
of each tick's tiles lost, carried through the same lines and reads): ``drop`` (an augmentation worker pool OOM-killed:
``w = min(1, sqrt((s + 1) / tau))``, ``tau`` 2-12 ticks), ``straggler`` (one node's hide images read from a slow NFS
export, the others waiting: 1 for a mean of 20-150 ticks, calm for a mean of 60-400 at 0.05-0.3), ``leak`` (the
augmentation workers' tile cache growing into swap: ``w = 1 - (1 - s / ramp) ** p``, ``p`` 0.7-2.5, then held); onsets
30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-38 % over a leak's last tenth of ramp and plateau),
``a`` set from the reads of the lost tiles (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout194_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    9          13    0.085-0.307  23              1-28 (1579, 0 >60)
long      34      12    11         11    0.079-0.295  28              1-152 (1190, 52 >60)

Planned changes listed: short 15, long 15 (of 15 and 15 relaunches; none kept its stage); crashes 46 and 51. The path
over each set (counts): short: lines 568,647, tallies lost in a crash (per node) 98, Filebeat restarts 138, lines
re-sent after one 139, lines read late while it was down 274, Logstash stalls 89, lines held by a stall or a restart
5,685, timed-out batch lines 209 (209 re-sent), Logstash restarts 35, lines lost from its in-memory queue 9, replayed
from its persistent queue 5, lines to the dead letter queue 798, rotations 187, lines lost at one 39, rereads after
``close_inactive`` 10, copies refused by a fingerprint id 203, copies counted 160, lines not visible when their minute
was queried 2,467, failed queries 582, lines counted in another minute than their write's 26,450, clock steps 42; long:
576,372, 101, 137, 93, 183, 105, 7,221, 232 (232), 47, 9, 7, 992, 213, 48, 29, 251, 110, 3,865, 685, 26,284, 53. The
reads' sum over the live points against the job's tiles: 0.991-1.010 per seed (short), 0.989-1.027 (long); the live
points' minute-to-minute change (median ``|d log|`` per seed) 1.3-15.8 % (short), 1.7-28.2 % (long; larger in runs whose
reporter's period does not divide the minute, or whose histogram bins by the ingest time, a line's 0-10 s harvest delay
moving it across a minute's edge: a line more or fewer in a minute; measured on the 7 seeds over 8 %), its 99th
percentile 8.3-45.8 % (short), 12.6-73.6 % (long); the live median level 1,017-13,448 tiles/s (short), 314-11,526
(long); paused points 9-17 % (short), 29-50 % (long). Before the first measure: one smoke run (one trace per setting at
3,000 points, no count printed) and two crash fixes (no law changed); after it, one fix of two counts (no law changed).
Changes of the laws after the first measure: one: a timed-out Logstash batch was every line a stall over 30 s held
(2,959 of the 5,685 held lines were re-sent, short set), not the batch in flight; now only the lines sent in a stall's
first 30 s. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 45 points "short", 220
"long"); the test file takes 1.5-3.3 s on one core (6 runs).

Size: one family's job, path (three stages of it) and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from collections import namedtuple
from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT194_SEEDS = tuple(range(1942000, 1942012))
CODE = 194  # the random streams' code
TICK, STEP = 5.0, 60.0  # the job's tick and the monitor's minute (s)
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (unix s, a multiple of 60)
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 45), "long": (1, 220)}  # the pause spans' lengths (points) the tests allow
PATH_KEYS = ("lines", "lost_in_crash", "fb_restarts", "fb_resent", "fb_down_delayed", "ls_stalls", "ls_held",
             "batch_timeouts", "timeout_resent", "ls_restarts", "ls_queue_lost", "pq_replayed", "dlq", "rotations",
             "rotation_lost", "reread_after_inactive", "dup_refused", "dup_counted", "late_lost", "query_failed",
             "other_minute", "clock_steps")
Seg = namedtuple("Seg", "t0 t1 level")
PX = (512, 768, 1024)


def _level(cfg: dict, st: dict) -> float:
    """The job's tiles/s at a stage: per node the slower of the GPUs and the CPU augmentation workers (a soft
    maximum of the costs per tile; both grow with the tile's side), times the nodes and their scaling."""
    side = st["px"] / 512.0
    gpu = side ** 2 * (1.0 + 0.08 * (st["batch"] == 8)) / cfg["gpu"]
    cpu = side ** 1.6 / (cfg["gpu"] * cfg["cpu_x"])
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) / hc.smax(gpu, cpu)


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's new stage: another node count (half the time), tile side or batch, redrawn until the level
    moves by 15 % or more (and at most 3 times either way)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 0.5:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif r < 0.85:
            new["px"] = int(rng.choice([x for x in PX if x != st["px"]]))
        else:
            new["batch"] = 8 if st["batch"] == 16 else 16
            new["px"] = int(rng.choice(PX))
        ratio = _level(cfg, new) / level
        if np.log(1.15) <= abs(np.log(ratio)) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _timeline(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's pauses, lives (process up) and training segments over ``n`` minutes."""
    lg = setting == "long"
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 120, 1400), "eff": rng.uniform(0.86, 0.97), "cpu_x": rng.uniform(1.05, 2.3)}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "px": int(rng.choice([512, 768], p=[0.6, 0.4])),
          "batch": 16}
    crash_mean = rng.uniform(10, 40) * 3600
    k_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * T)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]
    every, ck_every = rng.uniform(40, 120) * 60, int(rng.choice([2, 3]))
    pauses_t, lives, segs, ramps, restarts, known_t, known_kind, stages = [], [], [], [], [], [], [], []
    counts = {"evals": 0, "ckpts": 0, "crashes": 0, "relaunches": 0, "kept_stage": 0}

    def start(t, life0, kind, su):  # a process start at ``life0``: its start-up to ``t + su``, then a ramp
        pauses_t.append((t, t + su, kind))
        rd, r0 = rng.uniform(1, 5) * 60, rng.uniform(0.3, 0.7)
        ramps.append((t + su, t + su + rd, r0))
        pauses_t.append((t + su, t + su + rd / 2, "ramp"))
        return life0, t + su

    life0, t = start(0.0, 0.0, "startup", rng.uniform(20, 50) * 60 if lg else rng.uniform(2, 8) * 60)
    due, trained, ri, n_eval = every * rng.uniform(0.5, 1.0), 0.0, 0, 0
    next_crash = t + rng.exponential(crash_mean)
    while t < T:
        level = _level(cfg, st)
        cand = [t + due - trained, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        ev = max(cand[which], t + 4 * TICK)
        if ev >= T:
            segs.append(Seg(t, T + 900, level))
            break
        segs.append(Seg(t, ev, level))
        stages.append((t, ev, dict(st)))
        trained += ev - t
        t = ev
        if which == 0:  # an evaluation on a held-out tannery's hides, every ck_every-th then a checkpoint
            n_eval += 1
            dur = (rng.uniform(12, 45) if lg else rng.uniform(1.5, 5)) * 60
            kind = "eval"
            if n_eval % ck_every == 0:
                dur += (rng.uniform(5, 15) if lg else rng.uniform(1, 3)) * 60
                kind = "ckpt"
                counts["ckpts"] += 1
            counts["evals"] += 1
            pauses_t.append((t, t + dur, kind))
            t += dur
            due += every * rng.uniform(0.85, 1.15)
        elif which == 1:  # a crash: the process dies, the scheduler starts it again
            counts["crashes"] += 1
            lives.append((life0, t, st["nodes"], True))
            down = (rng.uniform(20, 75) if lg else rng.uniform(2, 6)) * 60
            su = (rng.uniform(10, 25) if lg else rng.uniform(2, 5)) * 60
            pauses_t.append((t, t + down, "crash"))
            restarts.append((t, t + down + su, True))
            life0, t = start(t + down, t + down, "restart", su)
            next_crash = t + rng.exponential(crash_mean)
        else:  # a relaunch onto another node count or tile shape: stopped, queued, started
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, st["nodes"], False))
            new = _next_stage(rng, cfg, st, level)
            counts["kept_stage"] += new == st
            off = (rng.uniform(8, 25) + rng.uniform(5, 30) if lg else rng.uniform(1, 3) + rng.uniform(1, 8)) * 60
            su = (rng.uniform(10, 25) if lg else rng.uniform(2, 6)) * 60
            pauses_t.append((t, t + off, "relaunch"))
            restarts.append((t, t + off + su, new == st))
            if new != st:
                known_t.append(t + off + su)
                known_kind.append("nodes" if new["nodes"] != st["nodes"] else "shape")
            st = new
            life0, t = start(t + off, t + off, "restart", su)
    if not lives or lives[-1][1] < T:
        lives.append((life0, T + 900, st["nodes"], False))
    pauses_t.sort()
    return SimpleNamespace(cfg=cfg, pauses_t=pauses_t, lives=lives, segs=segs, ramps=ramps, restarts=restarts,
                           known_t=known_t, known_kind=known_kind, counts=counts, stages=stages)


def _rate(rng, tl, nt: int) -> np.ndarray:
    """The job's tiles per 5-s tick: the stage's level over the training seconds, hide lots (a drum's lot of hides:
    4-30 min of training, its tiles' mix a factor of sd 2-7 %, a fifth of lots defect-rich and 4-12 % dearer), an
    AR(1) of the log (sd 1.5-5 %, correlation 15-60 s), a slow drift (sd 1-3 %, 30-180 min) and the ramps."""
    _, train, seg_of = hc.seg_buckets(tl.segs, nt, TICK)
    lv = np.array([s.level for s in tl.segs])[np.maximum(seg_of, 0)]
    clock = np.cumsum(train)
    edges, f, c = [0.0], [], 0.0
    sd_lot = rng.uniform(0.02, 0.07)
    while c < clock[-1] + 1:
        c += hc.log_uniform(rng, 4, 30) * 60
        edges.append(c)
        f.append(np.exp(rng.normal(0, sd_lot)) * (1 - rng.uniform(0.04, 0.12) if rng.random() < 0.2 else 1.0))
    lot = np.array(f)[np.minimum(np.searchsorted(edges, clock, side="right") - 1, len(f) - 1)]
    sd, tau = rng.uniform(0.015, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(30, 180) * 60)
    slow = np.interp(np.arange(nt) * TICK / 60.0, np.arange(len(ou)), ou)
    tt = (np.arange(nt) + 0.5) * TICK
    ramp = np.ones(nt)
    for t0, t1, r0 in tl.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        ramp[i0:i1] = r0 + (1 - r0) * np.clip((tt[i0:i1] - t0) / (t1 - t0), 0, 1)
    return train * lv * lot * np.exp(ar + slow) * ramp


def _windows(rng, T: float, per_day: tuple, dur: tuple) -> np.ndarray:
    """Episodes ``[start, end)`` at a Poisson rate of ``per_day`` (a range drawn once) lasting ``dur`` s each."""
    k = rng.poisson(rng.uniform(*per_day) * T / 86400)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(*dur, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the sorted, disjoint-enough windows ``win``: the index of the window or -1."""
    if not len(win):
        return np.full(len(x), -1)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < win[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _ends(win: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The end of window ``j`` of ``win`` (where ``j`` is -1 or there are no windows: 0)."""
    return win[np.maximum(j, 0), 1] if len(win) else np.zeros(len(j))


def _path(rng, tl, n: int) -> SimpleNamespace:
    """Each line's fate from the reporter to the monitor's query: its interval ``[a, b)``, its node's share, its
    copies counted and the minute it is counted in (``n``: none)."""
    T = n * STEP + 900
    # the reporter's period: a timer of 10, 15, 20 or 30 s, or (every N steps) any 10-30 s
    P = float(rng.choice([10.0, 15.0, 20.0, 30.0])) if rng.random() < 0.6 else rng.uniform(10, 30)
    C = dict.fromkeys(PATH_KEYS, 0)
    own = rng.random() < 0.55  # the histogram on the line's own time, else on the @timestamp Logstash set
    fp = rng.random() < 0.5  # a fingerprint document id: a copy is refused (409 / overwritten)
    pq = rng.random() < 0.4  # Logstash's persistent queue, else its in-memory queue
    refresh = 1.0 if rng.random() < 0.7 else rng.uniform(5, 30)
    lag = rng.uniform(20, 90)  # the monitor queries minute m at its end plus ``lag`` s
    ls_off = rng.normal(0, rng.uniform(0.1, 1.0)) if rng.random() > 0.15 else rng.uniform(2, 20) * rng.choice([-1, 1])
    a_l, b_l, sh_l, stamp_l, vis_l, cp_l = [], [], [], [], [], []
    ls_win = _windows(rng, T, (0.5, 3), (30, 900))  # output blocked (ES merges, GC, a disk watermark): a stall
    ls_rst = _windows(rng, T, (0.2, 1), (20, 120))
    q_bad = rng.uniform(0.002, 0.015)
    p_dlq = rng.uniform(0.001, 0.01) if rng.random() < 0.3 else 0.0
    p_dup_timeout = rng.uniform(0.3, 0.8)
    C["ls_stalls"], C["ls_restarts"] = len(ls_win), len(ls_rst)
    for k in range(4):
        fb_rst = _windows(rng, T, (0.3, 2), (3, 60))  # Filebeat restarts (a config reload, an upgrade): down
        rot_every, rot_mode = rng.uniform(4, 24) * 3600, rng.random() < 0.5  # True: copytruncate
        unsynced = rng.random() < 0.25
        off0 = rng.normal(0, rng.uniform(0.05, 0.5))
        drift = rng.uniform(-50, 50) * 1e-6 if unsynced else 0.0
        steps = np.sort(rng.uniform(0, T, rng.poisson(T / 86400 * rng.uniform(0.5, 3)))) if unsynced else np.zeros(0)
        step_sz = rng.normal(0, rng.uniform(0.5, 5), len(steps))
        C["fb_restarts"] += len(fb_rst) * any(k < x[2] for x in tl.lives)
        for life0, life1, nodes, crashed in tl.lives:
            if k >= nodes or life0 >= T:
                continue
            b = life0 + rng.uniform(0, P) + np.arange(int((min(life1, T) - life0) / P) + 2) * P
            b = b + rng.uniform(-0.3, 0.3, len(b))
            b = b[b < min(life1, T)]
            if not crashed and life1 < T:
                b = np.append(b, life1)  # a graceful stop writes its tally
            elif crashed:
                C["lost_in_crash"] += 1  # the tally since the last line dies with the process
            if not len(b):
                continue
            a = np.concatenate([[life0], b[:-1]])
            m = len(b)
            copies = np.ones(m)
            # rotation: copytruncate loses what is written between the copy and the truncate; a rename, the lines
            # written before the reporter reopens (a close_renamed harvester); each rotation's gap 0-3 s, 0-40 s
            rots = np.arange(rng.uniform(0, rot_every), T, rot_every)
            C["rotations"] += int(((rots >= life0) & (rots < min(life1, T))).sum())
            gap = rng.uniform(0, 3, len(rots))
            if not rot_mode:
                gap = rng.uniform(0, 40, len(rots)) * (rng.random(len(rots)) < 0.3)
            lost = _inside(b, np.column_stack([rots, rots + gap])) >= 0 if len(rots) else np.zeros(m, bool)
            C["rotation_lost"] += int(lost.sum())
            copies[lost] = 0
            dlq = rng.random(m) < p_dlq  # a mapping error (a 400): the event goes to the dead letter queue
            C["dlq"] += int(dlq.sum())
            copies[dlq] = 0
            # the harvester reads a line 0-10 s later (its backoff); while Filebeat is down, after it is back
            h = b + rng.uniform(0, rng.uniform(1, 10), m)
            j = _inside(h, fb_rst)
            C["fb_down_delayed"] += int((j >= 0).sum())
            h = np.where(j >= 0, _ends(fb_rst, j) + rng.uniform(0.5, 3, m), h)
            # a restart re-sends what was sent but not yet acknowledged in the registry (the last 2-30 s)
            u = rng.uniform(2, 30, len(fb_rst))
            again = _inside(h, np.column_stack([fb_rst[:, 0] - u, fb_rst[:, 0]])) >= 0 if len(fb_rst) else 0 * h > 0
            C["fb_resent"] += int((again & (copies > 0)).sum())
            copies += again & (copies > 0)
            # Logstash: a stall holds the lines (back-pressure) until it ends and drains; a batch held 30 s times
            # out and is sent again; a restart holds them, and loses (in-memory) or replays (persistent) its queue
            s = h + rng.uniform(0.05, 1.0, m)
            for win, key in ((ls_win, "ls_held"), (ls_rst, "ls_held")):
                j = _inside(s, win)
                C[key] += int((j >= 0).sum())
                if win is ls_win:
                    inflight = (j >= 0) & (s - win[np.maximum(j, 0), 0] < 30) if len(win) else j >= 0
                    to = inflight & (_ends(win, j) - s > 0) & (_ends(win, j) - win[np.maximum(j, 0), 0] > 30)
                    to &= rng.random(m) < p_dup_timeout
                    C["batch_timeouts"] += int(to.sum())
                    C["timeout_resent"] += int((to & (copies > 0)).sum())
                    copies += to & (copies > 0)
                s = np.where(j >= 0, _ends(win, j) + rng.uniform(1, 60, m), s)
            j = _inside(s, np.column_stack([ls_rst[:, 0] - rng.uniform(0.5, 5, len(ls_rst)), ls_rst[:, 0]]))
            gone = (j >= 0) & (copies > 0)
            if pq:
                C["pq_replayed"] += int(gone.sum())
                copies += gone
            else:
                C["ls_queue_lost"] += int(gone.sum())
                copies[gone] = 0
            # a crash's long silence past close_inactive (5 min): the reopened harvester reads the last line again
            silent = next((x[0] for x in tl.lives if x[0] > life1), T) - life1
            if crashed and life1 < T and silent > 300 and rng.random() < 0.3:
                copies[-1] += copies[-1] > 0
                C["reread_after_inactive"] += 1
            clock = off0 + drift * b + np.concatenate([[0.0], np.cumsum(step_sz)])[np.searchsorted(steps, b)]
            stamp = b + clock if own else s + ls_off
            vis = s + rng.uniform(0.05, 1.0, m) + rng.uniform(0, refresh, m)
            a_l.append(a)
            b_l.append(b)
            sh_l.append(np.full(m, 1.0 / nodes))
            stamp_l.append(stamp)
            vis_l.append(vis)
            cp_l.append(copies)
        C["clock_steps"] += len(steps) * any(k < x[2] for x in tl.lives)
    a, b, share = np.concatenate(a_l), np.concatenate(b_l), np.concatenate(sh_l)
    stamp, vis, copies = np.concatenate(stamp_l), np.concatenate(vis_l), np.concatenate(cp_l)
    C["lines"] = len(b)
    dup = np.maximum(copies - 1, 0)
    if fp:
        C["dup_refused"] = int(dup.sum())
        copies = np.minimum(copies, 1)
    else:
        C["dup_counted"] = int(dup.sum())
    mb = np.floor(stamp / STEP).astype(int)
    query = (mb + 1) * STEP + lag + rng.uniform(0, 5, n + 2)[np.clip(mb, -1, n) + 1]
    late = (vis > query) & (copies > 0)
    C["late_lost"] = int(late.sum())
    C["other_minute"] = int(((mb != np.floor(b / STEP)) & (copies > 0)).sum())
    failed = rng.random(n) < q_bad  # a search rejected (thread pool full, 429): the minute reads nothing
    C["query_failed"] = int(failed.sum())
    ok = (~late) & (mb >= 0) & (mb < n)
    ok[ok] &= ~failed[mb[ok]]
    return SimpleNamespace(a=a, b=b, share=share, copies=copies, bin=np.where(ok, mb, n), P=P, own=own, fp=fp, pq=pq,
                           refresh=refresh, lag=lag, counts=C)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's tiles/s per minute for tiles per tick ``J``: linear in ``J`` (the lines' fates are fixed)."""
    p = run.path
    cum = np.concatenate([[0.0], np.cumsum(J)])
    x = np.arange(len(cum))
    tiles = (np.interp(p.b / TICK, x, cum) - np.interp(p.a / TICK, x, cum)) * p.share
    return np.bincount(p.bin, weights=tiles * p.copies, minlength=run.n + 1)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the monitor's reads without regressions."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    tl = _timeline(rng, n, pauses)
    nt = int((n * STEP + 900) / TICK)
    J = _rate(rng, tl, nt) * TICK
    run = SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, J=J, **vars(tl))
    run.path = _path(rng, tl, n)
    h = _reads(run, J)
    spans = []
    for a, b, _ in tl.pauses_t:  # a minute touching a pause, or next to one, is paused
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            spans.append((s, e))
    for i in np.nonzero(h <= 0)[0]:  # a minute that read nothing
        spans.append((int(i), int(i) + 1))
    spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in tl.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the tiles lost per tick: ``drop`` (an augmentation worker pool OOM-killed down to a
    few workers: ``sqrt((s + 1) / tau)`` capped at 1, ``tau`` 2-12 ticks), ``straggler`` (one node's hide images read
    from a slow NFS export: 1 for a mean of 20-150 ticks, then a calm 0.05-0.3 for a mean of 60-400), ``leak`` (the
    tile cache of the augmentation workers growing into swap: ``1 - (1 - s / ramp) ** p``, ``p`` 0.7-2.5, held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, np.sqrt((s + 1) / rng.uniform(2, 12)))
    if kind == "leak":
        x = np.minimum(s / max(ramp, 1), 1.0)
        return 1 - (1 - x) ** rng.uniform(0.7, 2.5)
    w, calm, i, bad = np.empty(length), rng.uniform(0.05, 0.3), 0, True
    m_bad, m_good = rng.uniform(20, 150), rng.uniform(60, 400)
    while i < length:
        d = 1 + int(rng.exponential(m_bad if bad else m_good))
        w[i:i + d] = 1.0 if bad else calm
        i, bad = i + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:  # at the end of a pause: the job came back with the fault
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, int((n if to_end else stop) * STEP // TICK))
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        loss = _reads(run, run.J * w)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.38))
        hs, ls = healthy[c0:stop][live[c0:stop]].sum(), loss[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * loss
        v = healthy - m
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout194(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout194_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT194_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout194, seeds, n, pauses)
