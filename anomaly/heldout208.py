"""The two-hundred-and-eighth held-out throughput family: a pearl grading model's training images/s (a network grading
cultured pearls by lustre, surface, shape, colour and size from multi-view images, for a pearl farm's sorting house;
images cropped and augmented on CPU workers, the rare top-grade and baroque classes oversampled; an evaluation on a
held-out harvest's pearls now and then) on 1, 2 or 4 nodes, read through syslog-ng: each node's reporter logs a line
(its clock's time, its images since its last line) every 10-30 s to the node's syslog-ng, which forwards it over TCP
to a central syslog-ng that writes files; a monitor reads the files once a minute and sums per minute.

(The heads of every generator, ``head -3 anomaly/heldout*.py`` into ``/tmp/heldout208/heads.txt``, 612 lines, through
``grep -ic`` only: 0 each for syslog-ng, pearl, oyster, lustre, baroque, nacre, jewel, disk buffer, flow control,
time-reopen, reopen, tcp, reliable, multi-view, relay, logstash; "syslog" 1 and "rsyslog" 1 (one head: a line per
logging interval forwarded by rsyslog over UDP to a central rsyslog that inserts into a database: syslog itself is
not new; syslog-ng, TCP with its disk buffer, flow control and reconnection, and files read once a minute are),
"grading" 4 (an embryo, a sawlog and two other grading models; the pearl job is new), "sorting" 1 (sorting belts),
"harvest" 2 (harvesters, a New Relic harvester), "farm" 8, "forward" 1 (the rsyslog head), "log line" 3, "central" 2,
"fluent" 2, "kafka" 3, "journald" 1, "images/s" 27, "oversampl" 15 (common words). I printed the matches of
"syslog", "grading", "sorting", "harvest", "forward", "log line" and "central" with ``grep -io`` and 60 characters
before, 40 after, to check that none is this job or path. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 313-408, cut from one long
print, printed again with ``grep -n "" | sed -n 305,415p``), ``tests/trace_checks.py`` (all), ``anomaly/traces.py``
lines 1-80, ``tests/test_architecture.py`` lines 1-110, the heads' file through greps (above). Slips: an ``ls
anomaly/heldout20*.py`` and a ``grep -rn HELDOUT207`` over ``anomaly`` and ``tests`` (it printed nothing: no generator
207 in the tree, so the tests keep this range apart from 207's by the seed rule, ``range(2072000, 2072012)``); none
else.

Public sources read (excerpts through the search tool): syslog-ng configurations and issues on GitHub: #1734 (a
client's ``syslog()`` destination over TCP with ``disk-buffer(reliable(yes) mem-buf-size() disk-buf-size())`` and
``time_reopen(10)``, the reporter finding messages lost across a server restart), #3551 (a reliable disk buffer
replayed after a dropped TCP connection), #4430 (messages queued in the disk buffer while the server is away and sent
on reconnection), #5021 (a syslog destination forgetting messages over a long disconnect), #5714 (reliable disk-buffer
content lost at a host reboot while the destination is unreachable), #5066 (a ``reliable(no)`` buffer), #3299, #2836
(syslog-ng after the system clock was set back), #1774 (``syslog-ng-ctl reopen`` / SIGUSR1 for logrotate); the
``disk-buffer`` news entry for ``qout-size()`` (messages kept in memory besides the disk, "the same no-message-loss
guarantees"); the AxoSyslog doc change for ``log-iw-size()`` (the messages a source may accept before they are
forwarded, used by flow control, divided between connections); sample ``syslog-ng.conf`` files (``time_reopen(10)``,
``log_fifo_size()``, ``keep_hostname``, ``ts_format(iso)``); an rsyslog issue (a zone-less RFC3164 stamp read in the
receiver's zone and year) and a Vector issue (RFC3164 stamps carry no zone). Not read (from memory, unchecked): that
``time-reopen()`` defaults to 60 s and is the wait between reconnection attempts; that a non-reliable buffer or a plain
memory queue (``log-fifo-size()``) drops new messages when full while flow control instead stops reading the source
(the writer blocks); that a reliable buffer re-sends messages the server did not acknowledge (so a written one may
come twice); that ``keep-timestamp(yes)`` keeps the sender's stamp. Nothing read on the job (pearl grading models were
not looked up): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.82-0.95 per doubling); a node's GPUs train
150-2,500 images/s (log-uniform), its CPU workers (crops and augmentation of the multi-view images) can feed 1.05-2.2
times that; a step waits for the slower side (a soft maximum); a larger crop (``res`` 0-2) makes the GPUs 1.25-1.6
times dearer a step up, more oversampled rare pearls (``over`` 0-2) the CPUs 1.1-1.4. Per 5-s tick an AR(1) of the
log (Student-t(4) innovations, sd 1.5-4 %, correlation 10-40 s) and a slow OU (sd 1-2.5 %, 30-150 min); an epoch's end
every 20-70 min (+-40 %) refills the shuffle buffer: 10-40 s at 30-70 %; bursts of oversampled baroque pearls (mean
1-4 min, calm 5-20 min) cost 3-7 %. Relaunches: 0-3 at 15-85 % of the run, 10-30 min after the last event, another
node count (1 in 3), crop or oversampling, redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 4-12
min ("long" 25-55) and a ramp from 35-70 % over 1-5 min; an evaluation on a held-out harvest every 40-70 or 80-120
min, 3-8 min ("long" 12-30), every 2nd or 3rd followed by a checkpoint (20-90 s, "long" 2-5 min); crashes
(exponential, mean 10-40 h): down 2-5 min ("long" 8-20), then 3-7 min ("long" 10-25) of start-up and a ramp; a
relaunch: stopped 2-4 min ("long" 6-14), queued 1-6 min, then a start-up and its ramp.

On the path (not checked): each node's reporter logs from its process's start every ``P`` s (10-30 per run, plus 0-0.2
s of its own work) a line: its clock's time (whole seconds) and the node's images since its last line; a crash loses
the interval under way, a graceful stop logs it. Node clocks are off by sd 0.2-2 s; in 30 % of runs a node steps 0.5-3
times a day (sd 1-8 s, cumulative). The node's syslog-ng restarts 0.2-1 times a day (1-5 s, the lines logged then are
lost). The central server is away (restarts, network partitions) 0.3-2 times a day for 10 s-15 min (log-uniform); a
node reconnects after it at its next ``time-reopen()`` retry (10, 30 or 60 s per run: 0-``time-reopen`` s after), and
its lines logged in between are queued and sent at once. 70 % of runs have a disk buffer (half reliable): nothing
queued is lost; the rest a memory queue holding 5-40 of our lines (besides the node's other logs): the lines over it
are dropped, or (flow control, half of those runs) the reporter blocks and its next line carries their images. At a
break 1-2 lines sent in the last ``2 P`` s are in flight (70 % of breaks): a reliable buffer re-sends them on
reconnection (half were written already: counted twice), else half are lost. In 30 % of runs the central disk fills
0.2-0.6 times a day for 5-40 min (lines dropped); a daily rotation loses the lines written in its first 0.5-5 s (the
old file, which the monitor no longer reads). The monitor sums per minute of the line's own stamp (60 %; with 15 % of
those multi-node runs one node's zone-less stamps read an hour later) or of the central's receive time (40 %, its
clock sd 0.5 s off); it reads the files once a minute (a phase 0-60 s) and closes minute ``m`` at its first read after
the minute's end plus 0-20 s: a line written later (queued ones, stepped clocks) is lost. A point is the minute's
images per s (0: none read). A minute sums whole lines, so where ``P`` does not divide 60 s the number of lines per
minute alternates (two or three lines at ``P`` near 24 s): that aliasing is the path's and is kept. The reads are
linear in the images; the lines' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause, in a ramp's first half, or where it reads nothing;
a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share
``a w`` of each tick's images lost, carried through the same lines and reads): ``drop`` (an augmentation worker pool
shrunk: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's local image cache thrashing,
which a synchronous step waits for: 1 in bursts of a mean 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25),
``leak`` (the multi-view crop cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30
% at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads of
the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout208_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    9          10    0.081-0.273  16              1-39 (935, 0 >60)
long      29      9     11         9     0.076-0.315  18              1-96 (753, 15 >60)

Planned changes listed: short 20, long 23 (of 20 and 23 relaunches; none kept its stage); crashes 55 and 45. The path
over each set (counts): short: central outages 45, lines queued 1185, merged under flow control 0, dropped by a full
memory queue 129, lost in flight 36, re-sent 26 (15 counted twice), lost while a node's syslog-ng restarted 8, on a full
disk 828, at a rotation 23, read after their minute closed 810, clock steps 75, crashed intervals 115 (node lives),
unread minutes 183; long: 51, 868, 0, 14, 35, 36 (17), 12, 474, 21, 444, 119, 109, 107. Runs binned by receive time: 2
of 12 (short), 4 (long); with a disk buffer 9 and 8; an hour-shifted node: 1 and 0. The reads' sum over the live points
against the job's images: 0.964-1.000 (short: the low one the hour-shifted run), 0.999-1.004 (long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 1.5-38 % (short), 1.6-38 % (long: the high ones the runs whose
``P`` aliases against the minute), its 99th percentile 21-49 % (short), 31-57 % (long); the live median level 79-4,209
images/s (short), 315-5,788 (long). Before the first measure: none (the first measure was both full sets). Changes of
the laws after it: one, counted as the change though it is a fix of a bug the tests' first run showed (pauses
overlapping, some ticks of a pause training): a crash falling due inside an evaluation set the timeline back to it; it
now comes at the pause's end (and a tick wholly in a pause trains nothing, not a rounding residue). It moved the "long"
row (near a pause 17 to 18, spans 760 to 753, 9 to 15 over 60 points, crashes 44 to 45) and a few path counts; the
"short" events did not move. Other commits after the first measure change no law: a straggler's tick is in a burst or
calm, not a fraction at a burst's edge (rounding: no event or count moved), and the tests' span bound; ``_reads`` reads
only the lines a regression's lost images touch (speed: the same sums). The tests check the laws on the first 4 seeds at
3,000 points (``SPANS``: at most 40 points "short", 100 "long"), the merged lines on seed 16 at 2,000 points; their
cost: 3.4-4.0 s on one core (2.2 s of CPU; up to 9 s of wall time while other work loaded the machine's two cores)
(``OMP_NUM_THREADS=1 taskset -c 0``, the whole file, pytest's own start included).

Size: one family's job, path and regressions, kept in one module as the other generators are; the path's
laws and the docstring's record of them take the lines over 520.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT208_SEEDS = tuple(range(2082000, 2082012))
CODE = 208
TICK = 5.0  # s: the job's tick
STEP = 60.0  # s: one point a minute
K = int(STEP // TICK)
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC, a whole minute
DAY = 86400.0
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (1, 40), "long": (1, 100)}  # the tests' bounds on a span
PATH_KEYS = ("outages", "queued", "merged", "dropped_full", "inflight_lost", "resent", "doubled", "local_lost",
             "quota_lost", "rotation_lost", "late", "clock_steps", "crash_lost")
# pause lengths (s): (lo, hi) per setting
STARTUP = {"short": (240, 720), "long": (1500, 3300)}
EVAL = {"short": (180, 480), "long": (720, 1800)}
CKPT = {"short": (20, 90), "long": (120, 300)}
DOWN = {"short": (120, 300), "long": (480, 1200)}
RESTART_UP = {"short": (180, 420), "long": (600, 1500)}
STOP = {"short": (120, 240), "long": (360, 840)}


# --- the job -------------------------------------------------------------------------------------------------------

def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per node the GPUs (dearer per image at a larger crop, ``res``) and the CPU workers (dearer
    with more oversampled multi-view rare pearls, ``over``), a step waiting for the slower; nodes scale by ``eff``
    per doubling."""
    g = cfg["gpu"] / cfg["res_c"] ** st["res"]
    c = cfg["cpu"] / cfg["over_c"] ** st["over"]
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return float(per_node * st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (another node count, 1 in 3, or another crop or oversampling): redrawn until the
    level moves 15 % (1/3 to 3 times); None after 50 draws."""
    for _ in range(50):
        new = dict(st)
        u = rng.random()
        if u < 1 / 3:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 2 / 3:
            new["res"] = int(np.clip(st["res"] + rng.choice([-1, 1]), 0, 2))
        else:
            new["over"] = int(np.clip(st["over"] + rng.choice([-1, 1]), 0, 2))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _u(rng, lohi, scale: float = 1.0) -> float:
    return float(rng.uniform(*lohi) * scale)


def _schedule(rng, n: int, setting: str):
    """The job's timeline: pauses ``(t0, t1, kind)``, process lives ``(t0, t1, graceful, nodes)``, ramps, stages."""
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": rng.uniform(0.82, 0.95), "res_c": rng.uniform(1.25, 1.6),
           "over_c": rng.uniform(1.1, 1.4)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "res": int(rng.integers(0, 2)), "over": 0}
    crash_mean = rng.uniform(10, 40) * 3600
    eval_every = (rng.uniform(40, 70) * 60, rng.uniform(80, 120) * 60)
    ck_every = int(rng.integers(2, 4))
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(T * rng.uniform(0.15, 0.85, n_rel))
    pauses_t, lives, ramps, stages, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t, life0 = 0.0, 0.0
    stages.append((0.0, dict(st)))

    def start(t, kind, extra=0.0):  # a pause then a start-up and its ramp; returns the end of the pause
        dur = extra + _u(rng, STARTUP[setting]) * np.exp(rng.normal(0, 0.15))
        pauses_t.append((t, t + dur, kind))
        ramps.append((t + dur, rng.uniform(60, 300), rng.uniform(0.35, 0.7)))
        return t + dur

    t = start(0.0, "startup")
    next_eval = t + rng.uniform(*eval_every)
    crash_at = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        while ri < len(rel_t) and rel_t[ri] < t + 600:
            rel_t[ri] = t + rng.uniform(600, 1800)
            rel_t.sort()
        nxt = min(next_eval, crash_at, rel_t[ri] if ri < len(rel_t) else np.inf)
        if nxt >= T:
            break
        t = max(nxt, t)  # a crash due in a pause comes at its end
        if nxt == next_eval:
            counts["evals"] += 1
            dur = _u(rng, EVAL[setting]) * np.exp(rng.normal(0, 0.2))
            kind = "eval"
            if counts["evals"] % ck_every == 0:
                dur += _u(rng, CKPT[setting])
                kind = "ckpt"
            pauses_t.append((t, t + dur, kind))
            t += dur
            next_eval = t + rng.uniform(*eval_every)
        elif nxt == crash_at:
            counts["crashes"] += 1
            down = _u(rng, DOWN[setting])
            lives.append((life0, t, False, st["nodes"]))
            life0 = t + down
            dur = down + _u(rng, RESTART_UP[setting])
            pauses_t.append((t, t + dur, "crash"))
            ramps.append((t + dur, rng.uniform(60, 300), rng.uniform(0.35, 0.7)))
            t += dur
            crash_at = t + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(*eval_every)
        else:
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            down = _u(rng, STOP[setting]) + rng.uniform(60, 360)  # stopped, then queued for nodes
            lives.append((life0, t, True, st["nodes"]))
            life0 = t + down
            t = start(t, "relaunch", down)
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            stages.append((t, dict(st)))
            next_eval = t + rng.uniform(*eval_every)
            crash_at = max(crash_at, t + 600)
    lives.append((life0, T + 3600, True, st["nodes"]))
    return SimpleNamespace(n=n, dt=STEP, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, ramps=ramps, stages=stages,
                           known_t=known_t, counts=counts, nt=n * K)


def _jobs_images(rng, run) -> np.ndarray:
    """Images per 5-s tick: the stage's level, an AR(1) of the log (Student-t innovations) and a slow OU, epoch-end
    shuffle dips, bursts of oversampled baroque pearls (dearer multi-view augmentation), ramps, nothing in pauses."""
    nt = run.nt
    tb = np.arange(nt) * TICK
    lv = np.empty(nt)
    for (t0, st), nxt in zip(run.stages, [s[0] for s in run.stages[1:]] + [np.inf]):
        lv[(tb >= t0) & (tb < nxt)] = _level(run.cfg, st)
    sd, corr = rng.uniform(0.015, 0.04), rng.uniform(10, 40)
    a = np.exp(-TICK / corr)
    e = rng.standard_t(4, nt) / np.sqrt(2) * sd * np.sqrt(1 - a * a)
    x = lfilter([1.0], [1.0, -a], e)
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.025), rng.uniform(1800, 9000))
    x += np.interp(tb, np.arange(len(ou)) * 60.0, ou)
    mult = np.exp(x)
    ep = 0.0
    ep_mean = rng.uniform(1200, 4200)
    while True:  # epoch ends: the shuffle buffer refills and the loader workers respawn
        ep += rng.uniform(0.6, 1.4) * ep_mean
        if ep >= run.T:
            break
        i0 = int(ep // TICK)
        mult[i0:i0 + max(1, int(rng.uniform(10, 40) // TICK))] *= rng.uniform(0.3, 0.7)
    edges = hc.twostate(rng, rng.uniform(0, 600), run.T, rng.uniform(60, 240), rng.uniform(300, 1200))
    mult *= 1 - rng.uniform(0.03, 0.07) * hc.bad_share(edges, tb, TICK)
    for e0, dur, r0 in run.ramps:
        i0, i1 = int(e0 // TICK), min(nt, int((e0 + dur) // TICK) + 1)
        if i0 < nt:
            mult[i0:i1] *= r0 + (1 - r0) * np.clip((tb[i0:i1] - e0) / dur, 0, 1)
    pe = np.array([[a_, b_] for a_, b_, _ in run.pauses_t]).ravel()
    busy = hc.bad_share(pe, tb, TICK) if len(pe) else np.zeros(nt)
    return lv * mult * TICK * np.where(busy > 1 - 1e-9, 0.0, np.clip(1 - busy, 0, 1))


# --- the path ------------------------------------------------------------------------------------------------------

def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the sorted, disjoint windows ``win`` (rows ``[a, b)``)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Sorted, disjoint windows ``[a, b)``: Poisson starts at ``per_day``, lengths log-uniform ``lo``-``hi`` s."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    b = a + np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    keep = np.concatenate([[True], a[1:] > b[:-1]]) if k else np.zeros(0, bool)
    return np.column_stack([a[keep], b[keep]]) if k else np.zeros((0, 2))


def _path(rng, run):
    """Each message's fate (drawn on the healthy run's timeline, whatever the images): its interval ``[ts, te)`` of
    the node's images, its node's share, and the point it is read in (-1: lost; a re-sent copy is a second row)."""
    T = run.T
    P = rng.uniform(10, 30)
    p = SimpleNamespace(P=P, disk=rng.random() < 0.7, counts={k: 0 for k in PATH_KEYS})
    p.reliable = p.disk and rng.random() < 0.5
    p.flow = (not p.disk) and rng.random() < 0.5
    p.fifo = int(rng.integers(5, 40))  # our lines that fit in the node's memory queue besides its other logs
    p.reopen = float(rng.choice([10.0, 30.0, 60.0]))  # time-reopen(): a retry every that many s
    p.by_recv = rng.random() < 0.4  # the monitor bins by received time (else by the message's own stamp)
    p.grace, p.phase = rng.uniform(0, 20), rng.uniform(0, 60)
    outages = _windows(rng, T, rng.uniform(0.3, 2.0), 10, 900)  # central restarts and network partitions
    quota = _windows(rng, T, rng.uniform(0.2, 0.6), 300, 2400) if rng.random() < 0.3 else np.zeros((0, 2))
    rot0 = rng.uniform(0, DAY)
    rots = np.arange(rot0, T, DAY)
    rot_win = np.column_stack([rots, rots + rng.uniform(0.5, 5, len(rots))])
    p.counts["outages"] = len(outages)
    rows_ts, rows_te, rows_sh, rows_bin = [], [], [], []
    nodes_max = max(nl for *_, nl in run.lives)
    tz = -1
    if not p.by_recv and nodes_max > 1 and rng.random() < 0.15:
        tz = int(rng.integers(1, nodes_max))  # a node's zone-less stamps read an hour later at the centre
    p.tz_node = tz
    for j in range(nodes_max):
        off = rng.normal(0, rng.uniform(0.2, 2.0))
        steps_t = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY) if rng.random() < 0.3 else 0))
        steps_v = np.cumsum(rng.normal(0, rng.uniform(1, 8), len(steps_t)))
        p.counts["clock_steps"] += len(steps_t)
        local = _windows(rng, T, rng.uniform(0.2, 1.0), 1, 5)  # the node's syslog-ng restarting: /dev/log absent
        reconn = outages[:, 1] + rng.uniform(0, p.reopen, len(outages))
        deaf = np.column_stack([outages[:, 0], reconn]) if len(outages) else np.zeros((0, 2))
        ph = rng.uniform(0, P)
        for t0, t1, graceful, nl in run.lives:
            if j >= nl or t0 >= T:
                continue
            tl = t0 + ph + np.arange(0, max(1, int((min(t1, T + 600) - t0 - ph) // P) + 1)) * P
            tl = tl + rng.uniform(0, 0.2, len(tl))
            tl = tl[tl < t1]
            if graceful and t1 < T:
                tl = np.append(tl, t1)
            elif not graceful:
                p.counts["crash_lost"] += 1
            if len(tl) == 0:
                continue
            ts = np.concatenate([[t0], tl[:-1]])
            ok = ~_inside(tl, local)
            p.counts["local_lost"] += int((~ok).sum())
            recv = tl + rng.uniform(0.005, 0.3, len(tl))
            o = np.searchsorted(deaf[:, 0], tl, side="right") - 1 if len(deaf) else np.full(len(tl), -1)
            q = (o >= 0) & (tl < deaf[np.maximum(o, 0), 1]) if len(deaf) else np.zeros(len(tl), bool)
            q &= ok
            p.counts["queued"] += int(q.sum())
            si = np.searchsorted(steps_t, tl)
            step = np.where(si > 0, steps_v[np.maximum(si - 1, 0)], 0.0) if len(steps_t) else 0.0
            stamp = np.floor(tl + off + step) + (3600.0 if j == tz else 0.0)
            ts_eff = ts.copy()
            for k in np.unique(o[q]):
                idx = np.nonzero(q & (o == k))[0]
                recv[idx] = reconn[k] + 0.002 * np.arange(len(idx))
                if not p.disk and len(idx) > p.fifo:
                    over = idx[p.fifo:]
                    ok[over] = False
                    if p.flow:  # the reporter blocks: its next line carries the images
                        p.counts["merged"] += len(over)
                        nx = over[-1] + 1
                        if nx < len(tl):
                            ts_eff[nx] = ts_eff[over[0]]
                            ok[nx] = ok[nx] or not _inside(tl[nx:nx + 1], local)[0]
                    else:
                        p.counts["dropped_full"] += len(over)
                before = np.nonzero(ok & (tl < deaf[k, 0]))[0][-int(rng.integers(1, 3)):] if rng.random() < 0.7 \
                    else np.zeros(0, int)
                before = before[tl[before] > deaf[k, 0] - 2 * P] if len(before) else before
                for b in before:  # in flight when the connection broke
                    written = rng.random() < 0.5
                    if p.reliable:
                        p.counts["resent"] += 1
                        p.counts["doubled"] += int(written)
                        if written:  # the original was written too: a second row
                            rows_ts.append(ts_eff[b:b + 1]), rows_te.append(tl[b:b + 1])
                            rows_sh.append(np.array([1.0 / nl])), rows_bin.append(np.array([recv[b], stamp[b], j]))
                        recv[b] = reconn[k] - 0.001
                    elif not written:
                        ok[b] = False
                        p.counts["inflight_lost"] += 1
            rows_ts.append(ts_eff[ok]), rows_te.append(tl[ok]), rows_sh.append(np.full(int(ok.sum()), 1.0 / nl))
            rows_bin.append(np.column_stack([recv[ok], stamp[ok], np.full(int(ok.sum()), j)]))
    ts = np.concatenate(rows_ts)
    te = np.concatenate(rows_te)
    sh = np.concatenate(rows_sh)
    rb = np.vstack([r.reshape(-1, 3) for r in rows_bin])
    recv, stamp = rb[:, 0], rb[:, 1]
    central_off = rng.normal(0, 0.5)
    ql = _inside(recv, quota)
    rl = _inside(recv, rot_win)
    p.counts["quota_lost"], p.counts["rotation_lost"] = int(ql.sum()), int(rl.sum())
    t_bin = np.floor(recv + central_off) if p.by_recv else stamp
    b = np.floor(t_bin / STEP).astype(int)
    emit = p.phase + STEP * np.ceil(((b + 1) * STEP + p.grace - p.phase) / STEP)
    late = recv + rng.uniform(0.05, 1.0, len(recv)) > emit
    p.counts["late"] = int((late & ~ql & ~rl).sum())
    b[ql | rl | late | (b < 0) | (b >= run.n)] = -1
    p.ts, p.te, p.share, p.bin = ts, te, sh, b
    return p


def _reads(run, J: np.ndarray, t0: float = -np.inf, t1: float = np.inf) -> np.ndarray:
    """The monitor's images/s per minute of the images per tick ``J`` (linear in ``J``); where ``J`` is 0 outside
    ``[t0, t1)`` s, only the lines that overlap it are read (the same sums, faster)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    m = (p.bin >= 0) & (p.te > t0) & (p.ts < t1)
    img = (np.interp(p.te[m], edges, C) - np.interp(p.ts[m], edges, C)) * p.share[m]
    return np.bincount(p.bin[m], weights=img, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path, the healthy reads and the paused points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _jobs_images(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    mask = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        mask[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for e0, dur, _ in run.ramps:
        mask[int(e0 // STEP):min(n, int(np.ceil((e0 + dur / 2) / STEP)))] = True
    run.counts["unread"] = int((~mask & (h <= 0)).sum())
    mask |= h <= 0
    edges = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    spans = list(zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist()))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


# --- regressions ---------------------------------------------------------------------------------------------------

def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per tick: a drop (an augmentation worker pool shrunk) rises over 1-6 ticks; a straggler
    (one node's NVMe image cache thrashing) bursts at 1 for a mean of 30-240 ticks, calm 0.05-0.25 for 120-600; a
    leak (the multi-view crop cache growing into swap) ``(s / ramp) ** p``, then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    return np.where(hc.bad_share(edges, s, 1.0) >= 0.5, 1.0, calm)  # a tick is in a burst or calm


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost and read through
    the same messages; ``a`` set from a drawn target loss (linear), refused above 1."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        unit = _reads(run, lost, i0 * TICK, i1 * TICK)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + ramp if kind == "leak" else onset
        hs = healthy[c0:stop][live[c0:stop]].sum()
        if hs <= 0:
            continue
        a = target / max(unit[c0:stop][live[c0:stop]].sum() / hs, 1e-12)
        if a > 1:
            continue
        m = a * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    """Each point stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout208(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout208_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT208_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout208, seeds, n, pauses)
