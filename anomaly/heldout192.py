"""The hundred-and-ninety-second held-out throughput family: a salmon-farm fish-welfare model's training frames/s (a
detector counting sea lice and scoring wounds and fin damage on Atlantic salmon from the underwater camera units of a
fish farm's sea cages, water temperature and oxygen as side inputs; H.265 recordings decoded, frames with fish in view
selected, turbidity and light normalised, crops augmented on CPU workers, the rare lice stages oversampled, an
evaluation on a held-out site now and then), read through Papertrail: each node's reporter writes a syslog line (its
clock's time, its frames since its last line) every 10-30 s, the node's rsyslog forwards it over TLS to Papertrail,
and a monitor queries Papertrail's search API once a minute (``min_id`` its last event's id) and sums the frames per
minute of the line's own time or of the event's ``received_at``.

(No generator's head names Papertrail, a salmon, sea lice, a sea cage, aquaculture, remote_syslog, H.265 or HEVC
(``grep -ic`` over the first 3 lines of every ``anomaly/heldout*.py``, saved to ``/tmp/s66/heads192.txt``: 0 each);
"fish" matches 1 head (116: a fisheries electronic-monitoring model on vessels' sorting belts through NSCA, not a
fish-welfare model in sea cages), "rsyslog" and "syslog" 1 (105: RFC 5424 lines forwarded by rsyslog over UDP to a
central rsyslog inserting into PostgreSQL: a TLS forward to a hosted log service read back through its search API is
new), "underwater" 2 (110's plankton imaging and one other head). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool, not whole pages): Papertrail's "Log search API" page
(https://documentation.solarwinds.com/en/success_center/papertrail/content/kb/how-it-works/search-api.htm and a copy
of it: ``/api/v1/events/search.json``, ``min_id``/``max_id``, ``min_time``/``max_time``, ``limit`` default 1,000 and
at most 10,000, ``tail`` true by default when ``min_id`` is given without a maximum, "prioritize event recency over
completeness"); go-papertrail's ``search.go`` (``MinID``: events whose id is greater); the papertrail gem's
``Event#to_s`` and cloud-logger (an event carries ``received_at``, ``hostname``, ``program``, ``message``);
Papertrail's "Usage and payment" page (http://help.papertrailapp.com/kb/how-it-works/usage-and-payment/: log data
transfer counted per 1-month cycle, a sliding month on free plans) and its log-rate notification page (an account's
rate exceeded for 10 minutes); fluent-plugin-papertrail issue #38 and pull request #39 (Papertrail closes idle TCP
connections after 15 minutes; lines written into a connection already closed are lost, not retried);
remote_syslog2 issues #96, #167 and pull requests #154, #177 (reconnects after TLS failures, lines missing over TLS);
rsyslog issues #4573 (a disk-assisted action queue filling while the connection is down, then discarding), #2853
(spooled lines sent after newer ones when the destination returns) and #5364 (a disk queue losing a message on a
restart); Red Hat's "Working with queues in rsyslog" (action queues direct by default, the main queue a FixedArray of
10,000 messages, a blocked output blocking the input without an action queue); cloudfoundry's syslog_forwarder.conf
(``$ActionResumeRetryCount -1``, a LinkedList queue spilling to disk, ``$ActionQueueTimeoutEnqueue 0``: discard when
full, ``$ActionQueueSaveOnShutdown on``). Not read (from memory, unchecked): what Papertrail does past a plan's
allowance (here: episodes in which it drops a share of the lines it receives), the search API's rate limit (here:
episodes of refused queries), how soon a received line is searchable (here 1-8 s, and index-lag episodes), whether
rsyslog resends a line after a reconnect (here: sometimes the last line before the break, twice). Nothing was read on
the job (no sea-lice counting system looked up): its figures are assumed.

Assumed without checking (the job): 1-4 nodes of four GPUs (25 % each; 0.85-0.97 per doubling); a node's GPUs train
400-6,000 frames/s (log-uniform), its CPU workers (H.265 decoding, fish-in-view selection, turbidity and light
normalisation, crop augmentation) feed 1.1-2.5 times that; a step waits for the slower side (a soft maximum). The
loader reads one cage-and-day's recordings at a time: a recording set lasts 3-40 min (log-uniform, the bounds drawn
per run), its frame mix sets the rate (a factor, sd 3-8 %), 30 % are night or turbid sets (fewer frames with fish in
view: 5-15 % dearer), and opening one runs 3-20 s at 20-60 % of the rate; per 5-s tick an AR(1) of the log (sd 2-5 %,
correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart or
more, each a larger input resolution (at most twice: 1.3-1.8 times dearer on the GPUs), heavier augmentation (at most
twice: 1.2-1.6 on the CPUs) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times), else
the stage is kept. Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min (decoders and the
oversampling sampler warming); an evaluation on a held-out site every 30-90 min of training, 2-6 min ("long" 10-25),
every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min
("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5
min, then a start-up and its ramp. Frames stop on every 5-s tick that touches a pause.

On the path (not checked): each node's reporter writes a line from its process's start every ``P`` s (10-30 per node,
plus 0-0.3 s), its frames since its previous line; a crash loses the interval under way, a graceful stop writes it.
Its time is the node's clock: offsets sd 0.05-0.5 s, and in 25 % of runs node 0 unsynchronised, drifting 20-200 ppm
from an offset of 3-40 s and stepped back near 0 (sd 0.3 s) 0.5-3 times a day. rsyslog forwards over TCP/TLS through
an action queue: in-memory (50 % of runs; it holds 3-40 min of the node's syslog traffic, later lines are discarded,
and an rsyslog restart while lines wait loses them) or disk-assisted (nothing lost). The connection breaks in shared
outages (the farm company's uplink or Papertrail's endpoint: 0.5-4 a day, 10 s-20 min, log-uniform) and in each node's
own TLS resets (2-10 a day, 1-15 s); a line written in the 2-15 s before a break went into a dead socket and is lost
with probability 0.5-0.9; lines written during a break wait and go at the node's reconnect (0-30 s after the break
ends); after 20-60 % of breaks the last line sent before it is sent again (two copies). rsyslog restarts 0.2-1 a day
per node. Papertrail stamps ``received_at`` when a line arrives (50 ms-0.8 s after it is sent); in 35 % of runs the
account runs over its allowance in 1-3 episodes of 20-180 min in which 30-90 % of the lines received are dropped; a
line is searchable 1-8 s after it arrives, or in index-lag episodes (0.3-3 a day, 2-20 min) 0-30 s after the episode
ends. The monitor queries at 5-40 s past each minute of its clock; queries fail in rate-limit episodes (0.5-3 a day,
2-20 min, each query with probability 0.5-1) and API outages (0.1-0.5 a day, 1-10 min); ``min_id`` makes the next
good query fetch what a failed one missed. It bins lines by the line's own time (50 % of runs) or by ``received_at``
and emits minute ``m`` at its first good query at least ``G`` s (30-150 per run) after the minute's end: a copy
fetched later is lost. A point is the minute's frames over 60 s. The reads are linear in the frames; the lines' fates
are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's frames lost, carried through the same lines and reads): ``drop`` (an H.265 decode worker
killed by the OOM killer and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the
object store serving the recordings slow in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the turbidity-normalisation workers' frame cache growing into swap: ``w = (s / ramp) ** p``,
``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost frames (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout192_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      9     10         12    0.085-0.326  19              1-23 (1272, 0 >60)
long      30      10    10         10    0.082-0.329  18              1-64 (1017, 2 >60)

Planned changes listed: short 19, long 22 (of 19 and 22 relaunches; none kept its stage); crashes 43 and 31;
evaluations 1092 and 876, 436 and 335 of them with a checkpoint. The path over each set (counts): short: shared
outages 117, TLS resets 1154, lines queued and sent at a reconnect 4992, lost in a dead socket 385, discarded by a
full in-memory queue 0, lost in an rsyslog restart 0, rsyslog restarts 96, lines sent twice 217, dropped past the
plan's allowance 3860, delayed by index lag 6701, failed queries 962, copies fetched after their minute was emitted
(lost) 6282, copies in another minute than their interval's end 9883, unread minutes 840, clock steps 21, intervals
lost in a crash 125; long: 112, 1163, 3389, 330, 70, 0, 129, 173, 4985, 6631, 992, 5890, 4469, 595, 0, 73. The reads'
sum over the live points against the job's frames: 0.977-1.007 per seed (short), 0.962-1.004 (long); the live
points' minute-to-minute change (median ``|d log|`` per seed) 4.4-19.4 % (short), 8.9-29.6 % (long), its 99th
percentile 27-84 % (short), 32-97 % (long); the live median level 665-12,679 frames/s (short), 637-8,297 (long).
What surprised me, said and not tuned: the minute-to-minute change is large (my reading, not measured apart: a
line carries its last 10-30 s and a minute holds a whole number of a node's lines by their time, 2 or 3 where ``P``
is near 25-30 s, so a run of 1-2 nodes swings by a third from minute to minute); an rsyslog restart never fell inside
an outage on an in-memory-queue run (no loss of that kind), and a full in-memory queue discarded lines only in the
"long" set. Before the first
measure: none (the first measure was one "short" run at 3,000 points, then both full sets). Changes of the laws
after it: none. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points
"short", 90 "long").

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 (``sed -n 1,110p``) and
541-550 (``sed -n '541,$p'`` after ``grep -n "^def make_heldout150\\|^def heldout150_set"``);
``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: ``cat``, whose middle was cut, then
``sed -n 150,420p``, ``sed -n 120,150p`` and ``sed -n 420,537p``); ``tests/trace_checks.py`` (all: ``cat``, cut,
then ``sed -n 1,250p``); ``anomaly/traces.py`` lines 1-80; the first 3 lines of every generator (the brief's loop,
its output cut in the middle, then saved to ``/tmp/s66/heads192.txt`` and read through ``grep -ic`` and ``grep -io``
with at most 60 characters before and 40 after a match); ``tests/test_architecture.py`` lines 1-110; ``wc -l`` of
``anomaly/heldout_common.py`` and ``tests/trace_checks.py``; an ``ls anomaly/heldout19*.py`` (file names only:
``heldout19.py``). Slips: none known. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT192_SEEDS = tuple(range(1922000, 1922012))
CODE = 192
TICK = 5.0  # s per tick of the job's frames
STEP = 60.0  # s per point (the monitor's minute)
K = int(STEP // TICK)
EPOCH = 1_779_999_960.0  # a multiple of 60
DAY = 86400.0
NMAX = 4
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 90)}
PATH_KEYS = ("outages", "resets", "queued", "socket_lost", "queue_full", "restart_lost", "rsyslog_restarts",
             "resent", "plan_dropped", "index_lag", "failed_queries", "late", "other_minute", "unread_minutes",
             "clock_steps", "lost_in_crash")


@dataclass
class Path:
    """The lines' fates: per node the lines' intervals ``(ts, te)`` and their copies ``(line, point)``."""

    lines: list = field(default_factory=list)
    copies: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    by_line_time: bool = True
    memory_queue: bool = True
    P: np.ndarray | None = None


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # frames per tick
    share: np.ndarray  # (nt, NMAX) each node's share of a tick's frames
    pauses_t: list
    quiet_t: list
    lives: list  # (start, end, graceful, nodes)
    known_t: list
    counts: dict
    path: Path | None = None


def _u(rng, lo, hi):
    return float(rng.uniform(lo, hi))


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s in stage ``st``: the slower of the GPUs and the CPU workers (a soft maximum of costs)."""
    g = st["nodes"] * cfg["gpu"] * cfg["eff"] ** np.log2(st["nodes"]) / cfg["res_c"] ** st["res"]
    c = st["nodes"] * cfg["cpu"] / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a larger resolution, heavier augmentation or (1 in 6) another node count, redrawn until
    the level moves 15 % (1/3 to 3 times); the old stage after 40 tries."""
    for _ in range(40):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in range(1, NMAX + 1) if k != st["nodes"]]))
        elif u < 7 / 12:
            new["res"] = min(2, st["res"] + 1)
        else:
            new["aug"] = min(2, st["aug"] + 1)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _schedule(rng, n: int, pauses: str) -> Run:
    """The job's frames per tick, its pauses, its processes' lives and its planned changes."""
    long_ = pauses == "long"
    T = n * STEP + 900.0
    nt = int(T // TICK)
    gpu = hc.log_uniform(rng, 400, 6000)
    cfg = {"gpu": gpu, "cpu": gpu * _u(rng, 1.1, 2.5), "eff": _u(rng, 0.85, 0.97), "res_c": _u(rng, 1.3, 1.8),
           "aug_c": _u(rng, 1.2, 1.6)}
    st = {"nodes": int(rng.integers(1, NMAX + 1)), "res": 0, "aug": 0}
    lv = _level(cfg, st)
    rel = np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4)))) * n * STEP
    for i in range(1, len(rel)):
        rel[i] = max(rel[i], rel[i - 1] + 3600.0)
    crash_mean = _u(rng, 12, 48) * 3600.0
    ck_every = int(rng.integers(2, 4))
    pauses_t, quiet_t, lives, known_t, segs, ramps = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def mins(a, b, la, lb):
        return 60.0 * (_u(rng, la, lb) if long_ else _u(rng, a, b))

    def ramp(t):
        dur, r0 = _u(rng, 120, 360), _u(rng, 0.4, 0.75)
        ramps.append((t, dur, r0))
        quiet_t.append((t, t + dur / 2))

    t = mins(3, 10, 25, 60)
    pauses_t.append((0.0, t, "startup"))
    life0 = 0.0
    ramp(t)
    next_eval = t + 60.0 * _u(rng, 30, 90)
    next_crash = t + rng.exponential(crash_mean)
    ri, n_eval = 0, 0
    while t < T:
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        first = min(next_crash, nxt_rel, next_eval)
        te = max(t, min(first, T))
        segs.append((t, te, lv, st["nodes"]))
        t = te
        if first >= T:
            break
        if first == next_crash:
            counts["crashes"] += 1
            lives.append((life0, t, False, st["nodes"]))
            down, up = mins(1, 4, 6, 18), mins(2, 6, 8, 20)
            pauses_t.append((t, t + down + up, "crash"))
            life0 = t + down
            t += down + up
            ramp(t)
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + 60.0 * _u(rng, 30, 90)
        elif first == nxt_rel:
            ri += 1
            counts["relaunches"] += 1
            lives.append((life0, t, True, st["nodes"]))
            stop, queue, up = mins(1, 3, 5, 12), 60.0 * _u(rng, 1, 5), mins(2, 6, 8, 20)
            pauses_t.append((t, t + stop + queue + up, "relaunch"))
            life0 = t + stop + queue
            t += stop + queue + up
            new = _next_stage(rng, cfg, st, lv)
            if new == st:
                counts["kept_stage"] += 1
            else:
                known_t.append(t)
            st, lv = new, _level(cfg, new)
            ramp(t)
            next_eval = t + 60.0 * _u(rng, 30, 90)
        else:
            n_eval += 1
            counts["evals"] += 1
            dur = mins(2, 6, 10, 25)
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                ck = _u(rng, 60, 240) if long_ else _u(rng, 15, 60)
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + 60.0 * _u(rng, 30, 90)
    lives.append((life0, T, True, st["nodes"]))
    # the rate per tick: the stage's level on the ticks inside training, times the ramps and the loader's factors
    rate = np.zeros(nt)
    nodes_t = np.zeros(nt, int)
    for t0, t1, lev, nodes in segs:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(t1 // TICK))
        rate[i0:i1] = lev
        nodes_t[int(t0 // TICK):min(nt, int(np.ceil(t1 / TICK)))] = nodes
    tcen = (np.arange(nt) + 0.5) * TICK
    for t0, dur, r0 in ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + dur) / TICK)))
        rate[i0:i1] *= r0 + (1 - r0) * np.clip((tcen[i0:i1] - t0) / dur, 0, 1)
    fac = np.ones(nt)
    lo_d, hi_d = _u(rng, 3, 6), _u(rng, 15, 40)
    sd_set = _u(rng, 0.03, 0.08)
    t = 0.0
    while t < T:
        d = 60.0 * hc.log_uniform(rng, lo_d, hi_d)
        f = np.exp(rng.normal(0, sd_set)) / (_u(rng, 1.05, 1.15) if rng.random() < 0.3 else 1.0)
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        fac[i0:i1] *= f
        k = max(1, int(_u(rng, 3, 20) // TICK))
        fac[i0:min(i1, i0 + k)] *= _u(rng, 0.2, 0.6)
        t += d
    a = np.exp(-TICK / _u(rng, 10, 40))
    e = rng.normal(0, _u(rng, 0.02, 0.05) * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = e[0] / np.sqrt(1 - a * a)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = hc.ou_path(rng, T, _u(rng, 0.01, 0.03), 60.0 * _u(rng, 20, 120))
    J = rate * fac * np.exp(ar + ou[(tcen // 60).astype(int)]) * TICK
    wts = 1 + rng.normal(0, 0.03, NMAX)
    share = np.zeros((nt, NMAX))
    for k in range(NMAX):
        share[:, k] = np.where(nodes_t > k, wts[k], 0.0)
    tot = share.sum(1)
    share[tot > 0] /= tot[tot > 0, None]
    return Run(n, nt, J, share, pauses_t, quiet_t, lives, known_t, counts)


def _episodes(rng, T: float, per_day: float, lo: float, hi: float, log: bool = False) -> np.ndarray:
    """Poisson episodes ``(start, end)`` over ``[0, T)``: ``per_day`` a day, ``lo``-``hi`` s long."""
    k = int(rng.poisson(per_day * T / DAY))
    s = np.sort(rng.uniform(0, T, k))
    d = np.array([hc.log_uniform(rng, lo, hi) if log else _u(rng, lo, hi) for _ in range(k)])
    return np.stack([s, s + d], 1) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[a, b)`` (sorted by start; they may overlap)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    ends = np.maximum.accumulate(win[:, 1])
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < ends[np.maximum(i, 0)])


def _path(rng, run: Run) -> Path:
    """The lines every node's reporter writes and what rsyslog, Papertrail and the monitor make of them."""
    n = run.n
    T = run.nt * TICK
    p = Path(by_line_time=bool(rng.random() < 0.5), memory_queue=bool(rng.random() < 0.5))
    c = {k: 0 for k in PATH_KEYS}
    p.P = rng.uniform(10, 30, NMAX)
    outages = _episodes(rng, T, _u(rng, 0.5, 4), 10, 1200, log=True)
    c["outages"] = len(outages)
    qcap = 60.0 * _u(rng, 3, 40)
    dead, p_dead, p_res = _u(rng, 2, 15), _u(rng, 0.5, 0.9), _u(rng, 0.2, 0.6)
    over = np.zeros((0, 2))
    if rng.random() < 0.35:
        k = int(rng.integers(1, 4))
        s = np.sort(rng.uniform(0, T, k))
        over = np.stack([s, s + rng.uniform(1200, 10800, k)], 1)
    q_drop = _u(rng, 0.3, 0.9)
    lag = _episodes(rng, T, _u(rng, 0.3, 3), 120, 1200)
    limited = _episodes(rng, T, _u(rng, 0.5, 3), 120, 1200)
    api_down = _episodes(rng, T, _u(rng, 0.1, 0.5), 60, 600)
    f_lim = _u(rng, 0.5, 1.0)
    qt = np.arange(n + 60) * STEP + _u(rng, 5, 40)
    bad = _inside(qt, api_down) | (_inside(qt, limited) & (rng.random(len(qt)) < f_lim))
    c["failed_queries"] = int(bad[:n].sum())
    good = qt[~bad]
    G = _u(rng, 30, 150)
    emit = good[np.minimum(np.searchsorted(good, (np.arange(n) + 1) * STEP + G), len(good) - 1)]
    unsynced = rng.random() < 0.25
    for k in range(NMAX):
        ts_l, te_l = [], []
        for ls, le, graceful, nodes in run.lives:
            if k >= nodes or le <= ls:
                continue
            w = ls + rng.uniform(0, p.P[k]) + np.arange(0, (le - ls) / p.P[k] + 1) * p.P[k]
            w = w + rng.uniform(0, 0.3, len(w))
            w = w[w < le]
            ts = np.concatenate([[ls], w[:-1]]) if len(w) else np.zeros(0)
            if graceful:
                ts, w = np.append(ts, w[-1] if len(w) else ls), np.append(w, le)
            else:
                c["lost_in_crash"] += 1
            ts_l.append(ts)
            te_l.append(w)
        ts = np.concatenate(ts_l) if ts_l else np.zeros(0)
        te = np.concatenate(te_l) if te_l else np.zeros(0)
        m = len(te)
        p.lines.append((ts, te))
        # the node's clock
        off = np.full(m, rng.normal(0, _u(rng, 0.05, 0.5)))
        if unsynced and k == 0:
            steps = np.sort(rng.uniform(0, T, int(rng.poisson(_u(rng, 0.5, 3) * T / DAY))))
            c["clock_steps"] += len(steps)
            drift = rng.choice([-1, 1]) * _u(rng, 20e-6, 200e-6)
            base = np.concatenate([[0.0], steps])
            off0 = np.concatenate([[rng.choice([-1, 1]) * _u(rng, 3, 40)], rng.normal(0, 0.3, len(steps))])
            j = np.searchsorted(base, te, side="right") - 1
            off = off0[j] + drift * (te - base[j])
        # the node's breaks: the shared outages and its own TLS resets, each with its reconnect time
        resets = _episodes(rng, T, _u(rng, 2, 10), 1, 15)
        c["resets"] += len(resets)
        br = np.concatenate([outages, resets])
        br = br[np.argsort(br[:, 0])] if len(br) else np.zeros((0, 2))
        reconnect = br[:, 1] + rng.uniform(0, 30, len(br))
        restarts = np.sort(rng.uniform(0, T, int(rng.poisson(_u(rng, 0.2, 1) * T / DAY))))
        c["rsyslog_restarts"] += len(restarts)
        sent = te + rng.uniform(0.05, 0.8, m)
        kept = np.ones(m, bool)
        j = np.searchsorted(br[:, 0], te, side="right") if len(br) else np.zeros(m, int)
        # lines written into a dead socket just before a break
        nb = np.minimum(j, len(br) - 1)
        if len(br):
            before = (j < len(br)) & (br[nb, 0] - te <= dead) & (rng.random(m) < p_dead)
            kept &= ~before
            c["socket_lost"] += int(before.sum())
            during = _inside(te, br)
            jb = np.maximum(j - 1, 0)
            wait = during & ~before
            full = wait & p.memory_queue & (te - br[jb, 0] > qcap)
            rs = np.searchsorted(restarts, te)
            lost_r = wait & p.memory_queue & (rs < len(restarts)) & \
                (restarts[np.minimum(rs, len(restarts) - 1)] < reconnect[jb]) if len(restarts) else wait & False
            kept &= ~(full | lost_r)
            c["queue_full"] += int(full.sum())
            c["restart_lost"] += int((lost_r & ~full).sum())
            ok_wait = wait & ~full & ~lost_r
            c["queued"] += int(ok_wait.sum())
            sent[ok_wait] = np.maximum(te[ok_wait], reconnect[jb[ok_wait]]) + rng.uniform(0.05, 0.8, int(ok_wait.sum()))
        lines = np.nonzero(kept)[0]
        times = sent[kept]
        # a resend of the last line before a break, after its reconnect
        extra_l, extra_t = [], []
        for b in range(len(br)):
            if rng.random() < p_res:
                i = np.searchsorted(te, br[b, 0]) - 1
                if i >= 0 and kept[i] and br[b, 0] - te[i] < 60:
                    extra_l.append(i)
                    extra_t.append(reconnect[b] + _u(rng, 0.05, 0.8))
        c["resent"] += len(extra_l)
        lines = np.concatenate([lines, np.array(extra_l, int)])
        rec = np.concatenate([times, np.array(extra_t)])
        # Papertrail: the plan's allowance, then the index
        drop = _inside(rec, over) & (rng.random(len(rec)) < q_drop)
        c["plan_dropped"] += int(drop.sum())
        lines, rec = lines[~drop], rec[~drop]
        searchable = rec + rng.uniform(1, 8, len(rec))
        in_lag = _inside(rec, lag)
        if in_lag.any():
            li = np.searchsorted(lag[:, 0], rec[in_lag], side="right") - 1
            searchable[in_lag] = np.maximum(searchable[in_lag], lag[li, 1] + rng.uniform(0, 30, int(in_lag.sum())))
        c["index_lag"] += int(in_lag.sum())
        # the monitor: fetched at the first good query after it is searchable, binned, counted if its minute is open
        gi = np.searchsorted(good, searchable)
        fetched = np.where(gi < len(good), good[np.minimum(gi, len(good) - 1)], np.inf)
        bt = (te[lines] + off[lines]) if p.by_line_time else rec
        b = np.floor(bt / STEP).astype(int)
        inb = (b >= 0) & (b < n)
        ok = inb & (fetched <= np.where(inb, emit[np.clip(b, 0, n - 1)], -np.inf))
        c["late"] += int((inb & ~ok & (fetched < np.inf)).sum())
        c["other_minute"] += int((ok & (b != np.floor(te[lines] / STEP))).sum())
        p.copies.append((lines[ok], b[ok]))
    p.counts = c
    return p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (frames/s per minute) from the frames per tick ``J``: linear in ``J``."""
    edges = np.arange(run.nt + 1) * TICK
    out = np.zeros(run.n)
    for k in range(NMAX):
        ts, te = run.path.lines[k]
        line, b = run.path.copies[k]
        if len(line) == 0:
            continue
        C = np.concatenate([[0.0], np.cumsum(J * run.share[:, k])])
        fr = np.interp(te, edges, C) - np.interp(ts, edges, C)
        out += np.bincount(b, weights=fr[line], minlength=run.n)
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the healthy run and its reads (deterministic in its arguments)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    mask = np.zeros(n, bool)
    for a, b, *_ in run.pauses_t + [(a, b) for a, b in run.quiet_t]:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        mask[s:e] = True
    mask |= h <= 0
    run.path.counts["unread_minutes"] = int(((h <= 0) & ~_mask_pauses(run, n)).sum())
    spans = []
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _mask_pauses(run: Run, n: int) -> np.ndarray:
    m = np.zeros(n, bool)
    for a, b, *_ in run.pauses_t + [(a, b) for a, b in run.quiet_t]:
        m[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    return m


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick: a drop rises over ``tau`` ticks, a leak ramps as a power, a straggler
    switches between 1 and a calm level."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        r = max(ramp, 1)
        return np.where(s < r, (s / r) ** rng.uniform(0.6, 1.8), 1.0)
    calm, on_m, off_m = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w = np.full(length, calm)
    t, on = 0, True
    while t < length:
        d = int(rng.exponential(on_m if on else off_m)) + 1
        if on:
            w[t:t + d] = 1.0
        t += d
        on = not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = None
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if cand:
                a, b = cand[int(rng.integers(len(cand)))]
                t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        if t0 is None:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, stop * K)
        if i1 - i0 < 10 * K:
            continue
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * w
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        c0 = ramp_end if kind == "leak" else onset
        c1 = n if to_end else stop
        hs = healthy[c0:c1][live[c0:c1]].sum()
        ls = m[c0:c1][live[c0:c1]].sum()
        if hs <= 0 or ls <= 0 or m[:lo].any():
            continue
        a = target * hs / ls
        if a > 1:
            continue
        v = healthy - a * m
        span = hc.changed_span(v[lo:], healthy, onset, lo, hi, n, to_end, at=lo)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, a * m[onset:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout192(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout192_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT192_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout192, seeds, n, pauses)
