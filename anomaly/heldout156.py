"""The hundred-and-fifty-sixth held-out throughput family: a pollen-grain classifier's training images/s (a CNN over
brightfield focal stacks of pollen grains from Hirst-type volumetric trap slides; the stacks read, cropped around each
grain and augmented on CPU workers, one slide at a time), read through an Excel workbook via Microsoft Graph.

The job (a pollen-grain classifier's training images/s): a CNN over brightfield focal stacks of single pollen grains
from aerobiological samples (Hirst-type volumetric trap tapes cut into slides and scanned at several focal planes);
CPU workers read a slide's stack, crop around each grain and augment; one slide is read at a time. The path: a script
on the training node (a thread of the trainer process) builds a row (its clock's time, the images since its last row)
every ``P`` s and appends it to a table of an Excel workbook on SharePoint / OneDrive with Microsoft Graph's
``POST .../workbook/tables/{id}/rows/add``; a monitor reads the table once a minute (``.../tables/{id}/rows``) and
sums the images of the rows stamped in each minute (a point: images/s of that minute).

(No generator's head names Excel, a workbook, SharePoint, OneDrive, Microsoft, a spreadsheet, throttling, a 429,
``Retry-After``, pollen, a microscope, brightfield, focal planes, aerobiology or a Hirst trap (``grep -ic`` on the
first 3 lines of every generator, kept in ``/tmp/s60/heads156.txt``: 0 each); "graph" matches 27 heads (graph
networks), "table" 6, "rows" 4, "session" 2, "token" 16, "append" 1, "slide" 2, "crop" 9, "images/s" 16 (common
words; the job and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, run with a ``wc -l``: 550
lines), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long
print, printed again as lines 120-537), ``tests/trace_checks.py`` (all: lines 1-220 printed again after the same
cut), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
generator (those of 137-16x twice). Slips: the ``wc -l`` of ``anomaly/heldout150.py``; and a ``grep -n`` of
``anomaly/heldout150.py`` for ``KIND_P``, ``HELDOUT150_SEEDS``, ``CODE`` and ``PATH_KEYS`` that printed its lines 119,
120, 126, 129 (the start of its ``PATH_KEYS``) and 494 (a ``for kind in hc.kind_draws(rng, KIND_P, want):`` line),
outside the lines I may read: I saw its seeds, its code, its ``KIND_P`` (0.34, 0.33, 0.33) and its first path keys'
names. My ``KIND_P`` (0.3, 0.35, 0.35) and keys are my own (one, ``refused_429``, has the same name). None else. The
tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Microsoft Graph's "Best practices for working with the Excel
API" (learn.microsoft.com/graph/workbook-best-practice: a session made with ``createSession``, ``persistChanges``
true, passed as ``workbook-session-id``; a row added with ``tables/{id}/rows/add``) and its pull request
microsoftgraph/microsoft-graph-docs#16086 (throttling has no simple limit numbers, it depends on the workbook and the
request; a throttled response often has ``Retry-After``; concurrent requests to one workbook, writes above all, are
discouraged); "Manage sessions and persistence in Excel" (learn.microsoft.com/graph/excel-manage-sessions: persistent,
non-persistent and sessionless calls; sessionless ones make the servers locate the workbook's copy for each call);
``workbook-createsession`` (creating a session can take an indeterminate time, a long-running-operation pattern; a
504 is to be retried); ``concepts/workbook-error-handling.md`` in microsoftgraph/microsoft-graph-docs-contrib (an
optional ``Retry-After`` cooldown; second-level codes ``accessConflict`` (another client locked the workbook),
``invalidSessionReCreatable`` (recreate the session and go on), ``gatewayTimeoutUncategorized``,
``serviceUnavailableUncategorized``, ``tooManyRequestsUncategorized``, ``transientFailure``); a third-party page
(rate-limits.apis.io, Microsoft Excel: 1,500 requests per app and tenant, a 429 with ``Retry-After``,
non-persisting sessions of about 5 minutes); issues microsoftgraph/microsoft-graph-explorer-v4#3907 (reading a
~150k-row table's rows: 504 ``MaxRequestDurationExceeded``, ``$top`` no help), microsoft-graph-docs#6596 (range reads
over 30 s: 504, gone days later), msgraph-sdk-java#1910 (a 30-s limit on Graph's side), microsoft-graph-explorer-v4
#4031 (batched writes to a workbook failing now and then with ``GenericFileOpenError`` or a client timeout: blocks of
rows missing). On the job: Scientific Reports s41598-021-90433-x (Hirst-type samplers catch grains on sticky tape
inspected under a microscope; airborne grains are not acetolysed), arXiv 2503.07419 (whole 3-D stacks of
Urticaceae grains, a ResNet3D), Multimedia Tools and Applications s11042-024-18450-2 (several focal planes per grain
because grains are volumetric; an irregular adhesive background), Sensors 21(10) 3526 (Hirst samplers, birch, alder
and hazel pollen). Not read (from memory, unchecked): Graph's latency on appends as a table grows (here it grows
linearly in the rows); whether a timed-out ``rows/add`` was applied (here with probability 0.3-0.8: the row is then
stored twice if the retry succeeds); the token lifetime (60-90 min); a session's idle expiry (never reached here: the
script writes every 30-60 s); how a co-author's lock (409) lasts.

Assumed without checking (the job): one node of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per doubling); the GPUs train
150-2,500 images/s each (log-uniform), the CPU workers (reading the stacks, cropping, augmenting) feed 0.9-2.2 times
that; a step waits for the slower side (a soft maximum of the costs). Slides last 4-30 min of training (log-uniform),
each a rate factor (sd 3-10 %), a quarter dense peak-season slides (5-12 % faster: more grains per tile read);
opening one stalls 3-20 s at 25-60 %; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU
(sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart; 1 in 5 keeps the stage (a code fix),
else more focal planes per stack (at most twice: 1.3-1.8 times dearer on the GPUs, 1.25-1.7 on the CPUs), a larger
crop (at most twice: 1.2-1.6 and 1.1-1.35) or, 1 in 6, another GPU count; redrawn until the level moves 15 % (1/3 to
3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min; a validation pass every
30-90 min of training (jittered 20 %), 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s,
"long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long"
8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): the writer thread starts with each trainer process and sleeps ``P`` s (30-60 per run, plus
0-0.5 s) after each write ends, so a slow or retried write delays the next row; a row covers the images since the
last row it reset the counter at. Each try: a session created first (1-8 s) in the 50 % of runs that use one (the
others are sessionless and 1.5-2.5 times slower), recreated 0.5-4 times a day (``invalidSessionReCreatable``); a token
refreshed when it expires (60-90 min), in 40 % of runs only after a 401. Refusal episodes: 429s 0.5-3 a day (2-20
min, ``Retry-After`` 5-60 s), 503s 0.2-1.5 a day (0.5-10 min, ``Retry-After`` 10-120 s), 409 locks by a co-author
0.1-1 a day (1-30 min), token-endpoint failures 0.05-0.4 a day (1-10 min); inside one a try is refused with
probability 0.5-0.95; without ``Retry-After`` the script waits 5, 10, 20, 40 s. A write takes 0.3-1.2 s (lognormal sd
0.5) times ``1 + rows / R`` (the table's rows, 0-10,000 there before the run, ``R`` 5,000-20,000); past 30 s it is a
504, applied all the same with probability 0.3-0.8, and retried. After 5 tries the row is given up: in 60 % of runs
its images stay in the counter and go with the next row (a stored 504 is then counted twice), else they are lost. A
crash loses the row under way and the images since the last reset; a relaunch's stop writes a last row. The node's
clock is off by sd 0.05-0.5 s, or in 25 % of runs stepped 0.5-3 times a day (sd 1-5 s); stamps are whole seconds. The
monitor reads every 60 s (its phase drawn); a read takes 0.5-3 s times ``1 + rows / R'`` (``R'`` 4,000-15,000,
lognormal sd 0.6) and fails past 30 s, and in half the runs (the same app registration) it is refused inside the
429 and 503 episodes as the writes are. Minute ``m`` is closed at the first good read 20-90 s after its end; a row
stored later is lost. Half the monitors drop a row identical to one already read (a 504's copy). A point is the
minute's images per second (0: no row counted).

The path's largest distortion is the minute sum itself: with ``P`` under about 50 s a minute holds one or two rows,
so the series alternates between about ``P`` and ``2 P`` seconds' worth of images (the median minute-to-minute
``|d log|`` is over 0.5 in 6 of the 12 "short" runs and 5 of the 12 "long" ones); with ``P`` near 60 some minutes
hold none (0, paused) and the next one a little more.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same rows and reads): ``drop`` (an augmentation worker
killed by the OOM killer: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the slide-scan store
slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the workers'
cache of decoded stacks growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the
lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout156_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     11         9     0.089-0.329  22              1-26 (2053, 0 >60)
long      34      11    11         12    0.091-0.299  20              1-89 (1227, 2 >60)

Planned changes listed: short 14, long 17 (of 20 and 18 relaunches; 6 and 1 kept their stage); crashes 51 and 37.
The path over each set (counts): short: tries refused with 429 1215, with 503 175, with 409 636, for want of a token
96, retries 1915, rows given up 219, 504s 4, rows stored twice 3, sessions recreated 34, 401s 378, failed reads 627,
late rows 73, rows stamped in another minute than their build's 2480, unread minutes 2020, clock steps 21, rows lost
in a crash 51; long: 1019, 136, 616, 117, 1709, 178, 0, 0, 76, 380, 686, 38, 1001, 1722, 19, 37. The reads' sum over
the live points against the job's images there: 1.005-1.058 per seed (short), 1.002-1.028 (long): rows stamped in a
live minute carry images of a paused neighbour (a pause's edge, an unread minute); the live points' minute-to-minute
change (median ``|d log|`` per seed) 0.07-0.66 (short), 0.03-0.70 (long), its 99th percentile 0.36-1.07 (short),
0.66-1.05 (long); the live median level 163-3,917 images/s (short), 361-6,059 (long). Before the first measure: none
(the first measure was both sets' 12 seeds at 3,000 points, the second at 6,000). Changes of the laws after it: one:
Graph's write latency grew with ``1 + rows / R``, ``R`` 2,000-10,000 and 0-20,000 rows there before (in one "short"
run most writes late in the run were 504s, 1,134 504s and 448 rows stored twice over the set, its reads 28 % above the
job); now ``R`` 5,000-20,000 and 0-10,000 rows before. The tests check the laws on the first 4 seeds at 3,000 points
(``SPANS``: at most 40 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT156_SEEDS = tuple(range(1562000, 1562012))
CODE = 156
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point, a minute of the rows' timestamps
K = int(STEP / TICK)
EPOCH = 1781000040.0  # a multiple of 60
DAY = 86400.0
KIND_P = [0.3, 0.35, 0.35]  # drop, straggler, leak (after one of each)
SPANS = {"short": (1, 40), "long": (1, 100)}  # the tests' bounds on a pause span (points)
GATEWAY = 30.0  # s: Graph's request time limit (504 past it)
PATH_KEYS = ("refused_429", "refused_503", "refused_409", "refused_auth", "retries", "given_up", "timeouts_504",
             "stored_twice", "session_recreated", "token_401", "read_failures", "late_rows", "moved_minute",
             "unread_minutes", "clock_steps", "lost_in_crash")

# pause lengths (s): (short lo, hi), (long lo, hi)
STARTUP = {"short": (180, 600), "long": (1500, 3600)}
RESTART = {"short": (120, 360), "long": (480, 1200)}
EVAL = {"short": (120, 360), "long": (600, 1500)}
CKPT = {"short": (15, 60), "long": (60, 240)}
DOWN = {"short": (60, 240), "long": (360, 1080)}
STOP = {"short": (60, 180), "long": (300, 720)}


@dataclass
class Path:
    """The rows' fates: each counted copy covers ticks ``[a, b)`` and lands in point ``p`` (``mult`` times)."""

    P: float
    fold: bool
    session: bool
    dedup: bool
    a: np.ndarray = None
    b: np.ndarray = None
    p: np.ndarray = None
    mult: np.ndarray = None
    episodes: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # images per tick (the healthy job)
    pauses_t: list  # (t0, t1, kind)
    ramps: list  # (t0, t1)
    lives: list  # (t0, t1): training stretches
    procs: list  # (start, end, graceful): trainer processes (the writer thread lives in them)
    known_t: list
    counts: dict
    path: Path | None = None


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: the GPUs' side and the CPU workers' side, the step waiting for the slower (soft max)."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["planes_g"] ** st["planes"] * cfg["crop_g"] ** st["crop"])
    cpu = cfg["cpu"] / (cfg["planes_c"] ** st["planes"] * cfg["crop_c"] ** st["crop"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: more focal planes per stack, a larger crop (each at most twice) or, 1 in 6, another GPU
    count; redrawn until the level moves 15 % or more (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif u < 7 / 12 and st["planes"] < 2:
            new["planes"] += 1
        elif st["crop"] < 2:
            new["crop"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: stages, pauses, processes and images per 5-s tick."""
    T = n * STEP + 300.0
    nt = int(T / TICK)
    gpus = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": rng.uniform(0.85, 0.97),
           "planes_g": rng.uniform(1.3, 1.8), "crop_g": rng.uniform(1.2, 1.6),
           "planes_c": rng.uniform(1.25, 1.7), "crop_c": rng.uniform(1.1, 1.35)}
    cfg["cpu"] = cfg["gpu"] * gpus * cfg["eff"] ** np.log2(gpus) * rng.uniform(0.9, 2.2)
    st = {"gpus": gpus, "planes": 0, "crop": 0}
    n_rel = int(rng.integers(0, 4))
    rel = []
    for _ in range(n_rel):
        for _ in range(50):
            x = rng.uniform(0.15, 0.85) * n * STEP
            if all(abs(x - y) > 3600 for y in rel):
                rel.append(x)
                break
    rel.sort()
    crash_mean = rng.uniform(12, 48) * 3600
    ev_every = rng.uniform(1800, 5400)
    ck_every = int(rng.choice([2, 3]))
    ramp_lo = rng.uniform(0.4, 0.75)
    pauses, ramps, lives, procs, known, stages = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def up(t, pause_kind, length):
        pauses.append((t, t + length, pause_kind))
        t += length
        ramps.append((t, t + rng.uniform(120, 360)))
        return t

    proc_start = 0.0
    t = up(0.0, "startup", _u(rng, STARTUP[setting]))
    next_crash = t + rng.exponential(crash_mean)
    to_eval, n_eval = ev_every * rng.uniform(0.8, 1.2), 0
    while t < T:
        lv = _level(cfg, st)
        nxt_rel = rel[0] if rel else np.inf
        if nxt_rel < t + 300:
            rel[0] = nxt_rel = t + rng.uniform(300, 900)
        cand = [t + to_eval, next_crash, nxt_rel, T]
        which = int(np.argmin(cand))
        end = max(cand[which], t + 4 * TICK)
        lives.append((t, min(end, T)))
        stages.append((t, min(end, T), lv))
        to_eval -= end - t
        t = end
        if t >= T:
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, EVAL[setting])
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = _u(rng, CKPT[setting])
                pauses.append((t, t + d, "ckpt"))
                t += d
            to_eval = ev_every * rng.uniform(0.8, 1.2)
        elif which == 1:
            counts["crashes"] += 1
            procs.append((proc_start, t, False))
            down = _u(rng, DOWN[setting])
            proc_start = t + down
            t = up(t, "crash", down + _u(rng, RESTART[setting]))
            next_crash = t + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            procs.append((proc_start, t, True))
            gap = _u(rng, STOP[setting]) + rng.uniform(60, 300)
            proc_start = t + gap
            t = up(t, "relaunch", gap + _u(rng, RESTART[setting]))
            new = st if rng.random() < 0.2 else _next_stage(rng, cfg, st, lv)
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t)
            st = new
            next_crash = max(next_crash, t + 600)
    procs.append((proc_start, T, True))
    # images per tick: training share x stage level x ramp x slide x noise
    tk = np.arange(nt) * TICK
    frac = np.zeros(nt)
    lvl = np.zeros(nt)
    for a, b, lv in stages:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.clip(np.minimum(b, tk[i0:i1] + TICK) - np.maximum(a, tk[i0:i1]), 0, TICK) / TICK
        frac[i0:i1] += ov
        lvl[i0:i1] = np.where(ov > 0, lv, lvl[i0:i1])
    ramp = np.ones(nt)
    for a, b in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ramp[i0:i1] = np.minimum(ramp[i0:i1], ramp_lo + (1 - ramp_lo) * np.clip((tk[i0:i1] - a) / (b - a), 0, 1))
    tr = np.cumsum(frac) * TICK  # training seconds so far: slides are read in training time
    bounds, fac, stall = [0.0], [], []
    sd_slide = rng.uniform(0.03, 0.10)
    while bounds[-1] < tr[-1] + 1:
        bounds.append(bounds[-1] + hc.log_uniform(rng, 240, 1800))
        f = np.exp(rng.normal(0, sd_slide)) * (rng.uniform(1.05, 1.12) if rng.random() < 0.25 else 1.0)
        fac.append(f)
        stall.append((rng.uniform(3, 20), rng.uniform(0.25, 0.6)))
    bounds = np.array(bounds)
    si = np.clip(np.searchsorted(bounds, tr, side="right") - 1, 0, len(fac) - 1)
    since = tr - bounds[si]
    sdur = np.array([s[0] for s in stall])[si]
    sfac = np.array([s[1] for s in stall])[si]
    slide = np.array(fac)[si] * np.where(since < sdur, sfac, 1.0)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a1 = np.exp(-TICK / tau)
    ar = lfilter([np.sqrt(1 - a1 * a1) * sd], [1, -a1], rng.normal(0, 1, nt))
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    J = lvl * frac * ramp * slide * np.exp(ar + ou) * TICK
    return Run(n, nt, J, pauses, ramps, lives, procs, known, counts)


def _episodes(rng, T: float) -> list:
    """Refusal episodes ``(t0, t1, kind, p_refuse)``: Graph's throttling (429 with Retry-After), the service
    unavailable (503 with Retry-After), the workbook locked by a co-author (409, no Retry-After) and the token
    endpoint failing (no token: the request is not sent)."""
    eps = []
    for kind, per_day, lo, hi in (("429", rng.uniform(0.5, 3), 120, 1200), ("503", rng.uniform(0.2, 1.5), 30, 600),
                                  ("409", rng.uniform(0.1, 1.0), 60, 1800), ("auth", rng.uniform(0.05, 0.4), 60, 600)):
        k = rng.poisson(per_day * T / DAY)
        for t0 in rng.uniform(0, T, k):
            eps.append((float(t0), float(t0 + rng.uniform(lo, hi)), kind, float(rng.uniform(0.5, 0.95))))
    eps.sort()
    return eps


def _inside(x, win) -> np.ndarray:
    """Which times ``x`` lie in one of the windows ``[t0, t1)`` (rows of ``win``)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(len(x), bool)
    win = np.asarray(win, float)
    return ((x[:, None] >= win[None, :, 0]) & (x[:, None] < win[None, :, 1])).any(1)


def _path(rng, run: Run) -> Path:
    """The writer's rows (POST rows/add), their fates, the node clock's stamps and the monitor's minute reads."""
    T = run.nt * TICK
    path = Path(P=rng.uniform(30, 60), fold=rng.random() < 0.6, session=rng.random() < 0.5,
                dedup=rng.random() < 0.5)
    c = {k: 0 for k in PATH_KEYS}
    eps = _episodes(rng, T)
    path.episodes = eps
    base_lat = rng.uniform(0.3, 1.2) * (1.0 if path.session else rng.uniform(1.5, 2.5))
    rows0, r_half = rng.uniform(0, 10000), rng.uniform(5000, 20000)
    q_applied = rng.uniform(0.3, 0.8)  # a timed-out POST that the service applied all the same
    lazy_token = rng.random() < 0.4
    sess_err = rng.uniform(0.5, 4) / DAY  # invalidSessionReCreatable per second
    # the node's clock: NTP-synced (offset sd 0.05-0.5 s) or, in 25 % of runs, stepped 0.5-3 times a day
    off0 = rng.normal(0, rng.uniform(0.05, 0.5))
    steps_t, steps_v = np.array([0.0]), np.array([off0])
    if rng.random() < 0.25:
        k = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        st = np.sort(rng.uniform(0, T, k))
        steps_t = np.concatenate([[0.0], st])
        steps_v = np.concatenate([[off0], off0 + np.cumsum(rng.normal(0, rng.uniform(1, 5), k))])
        c["clock_steps"] = int(k)
    rows = []  # (a_tick, b_tick, stamp, stored_at)
    stored = 0

    def state(s):
        for t0, t1, kind, p in eps:
            if t0 <= s < t1 and rng.random() < p:
                return kind
        return None

    for start, end, graceful in run.procs:
        t = start + path.P + rng.uniform(0, 0.5)
        base = int(start // TICK)
        token_exp = start + rng.uniform(3600, 5400)
        need_session = path.session
        while True:
            last = t >= end
            if last:
                if not graceful or end >= T:
                    if not graceful:
                        c["lost_in_crash"] += 1
                    break
                t = end
            bt = min(int(t // TICK), run.nt)
            stamp = np.floor(t + steps_v[np.searchsorted(steps_t, t, side="right") - 1])
            row = (base, bt, float(stamp))
            s, ok, tries, applied = t, False, 0, False
            while tries < 5 and s < (end + 120 if graceful else end):
                tries += 1
                if need_session:
                    s += rng.uniform(1, 8)
                    need_session = False
                if s > token_exp:
                    if lazy_token:
                        c["token_401"] += 1
                        s += base_lat
                    s += rng.uniform(0.3, 2)
                    token_exp = s + rng.uniform(3600, 5400)
                if path.session and rng.random() < sess_err * path.P:
                    c["session_recreated"] += 1
                    s += base_lat + rng.uniform(1, 8)
                kind = state(s)
                if kind is not None:
                    c["refused_" + kind] += 1
                    wait = {"429": rng.uniform(5, 60), "503": rng.uniform(10, 120)}.get(kind, 5.0 * 2 ** (tries - 1))
                    s += 0.2 + wait
                    c["retries"] += tries < 5
                    continue
                lat = base_lat * (1 + (rows0 + stored) / r_half) * np.exp(rng.normal(0, 0.5))
                if lat > GATEWAY:
                    c["timeouts_504"] += 1
                    if rng.random() < q_applied:
                        rows.append((*row, s + lat))
                        stored += 1
                        applied = True
                    s += GATEWAY + 5.0
                    c["retries"] += tries < 5
                    continue
                if not graceful and s + lat > end:
                    break
                rows.append((*row, s + lat))
                stored += 1
                c["stored_twice"] += applied
                ok = True
                s += lat
                break
            if not graceful and s > end and not ok:
                c["lost_in_crash"] += 1
                break
            if ok or not path.fold:
                base = bt
            if not ok:
                c["given_up"] += 1
            if last:
                break
            t = s + path.P + rng.uniform(0, 0.5)
    rows.sort(key=lambda r: r[3])
    ra = np.array([r[0] for r in rows], int)
    rb = np.array([r[1] for r in rows], int)
    stamp = np.array([r[2] for r in rows])
    at = np.array([r[3] for r in rows])
    c["moved_minute"] = int((np.floor(stamp / STEP) != np.floor(rb * TICK / STEP)).sum())
    # the monitor: reads the whole table once a minute; a read can time out (large table) or be throttled
    n = run.n
    phase, grace = rng.uniform(0, 60), rng.uniform(20, 90)
    same_app = rng.random() < 0.5
    reads = phase + STEP * np.arange(int(T / STEP) + 30)
    r_lat = rng.uniform(0.5, 3) * (1 + (rows0 + np.searchsorted(at, reads)) / rng.uniform(4000, 15000))
    fail = r_lat * np.exp(rng.normal(0, 0.6, len(reads))) > GATEWAY
    if same_app:
        for t0, t1, kind, p in eps:
            if kind in ("429", "503"):
                m = (reads >= t0) & (reads < t1)
                fail |= m & (rng.random(len(reads)) < p)
    c["read_failures"] = int(fail[reads < T].sum())
    good = reads[~fail]
    minute = np.floor(stamp / STEP).astype(int)
    keep = (minute >= 0) & (minute < n)
    due = (minute + 1) * STEP + grace
    close = good[np.minimum(np.searchsorted(good, due), len(good) - 1)]
    late = keep & (at > close)
    c["late_rows"] = int(late.sum())
    keep &= ~late
    mult = np.ones(len(rows))
    if path.dedup:
        key = {}
        for i in np.nonzero(keep)[0]:
            k = (ra[i], rb[i], stamp[i])
            if k in key:
                mult[i] = 0
            key[k] = i
    keep &= mult > 0
    path.a, path.b, path.p, path.mult = ra[keep], rb[keep], minute[keep], mult[keep]
    c["unread_minutes"] = int(n - len(np.unique(path.p)))
    path.counts = c
    return path


def _reads(run: Run, x: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute of the rows' stamps for images per tick ``x`` (linear in ``x``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(x)])
    return np.bincount(p.p, weights=p.mult * (C[p.b] - C[p.a]), minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Points whose minute or a neighbour touches a pause (or a ramp's first half), and points that read nothing."""
    m = h <= 0
    for a, b, _ in run.pauses_t:
        m[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for a, b in run.ramps:
        m[max(0, int(a // STEP) - 1):min(n, int(np.ceil((a + b) / 2 / STEP)) + 1)] = True
    spans = []
    d = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]):
        spans.append((int(s), int(e)))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1), ``length`` ticks from its onset."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, bad_mean, good_mean = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    edges = hc.twostate(rng, 0.0, float(length), bad_mean, good_mean)
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` (images lost on the job, carried by the same rows and reads), calibrated to a
    drawn target loss: ``(Event, (onset, loss per point))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        stop = hc.event_stop(rng, kind, ramp, int(t0 // STEP), n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, int(stop * K))
        if i1 - i0 < 60 * K:
            continue
        w = _weight(rng, kind, i1 - i0, ramp * K)
        x = np.zeros(run.nt)
        x[i0:i1] = w * run.J[i0:i1]
        r = _reads(run, x)
        nz = np.nonzero(r > 0)[0]
        if len(nz) == 0:
            continue
        onset, end = int(nz[0]), (n if to_end else int(nz[-1]) + 1)
        if onset < lo or end > hi or end - onset < 60 or any(onset <= ch < end for ch in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end - 20:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = ramp_end if kind == "leak" else onset
        lv = live[c0:end]
        rs, hs = r[c0:end][lv].sum(), healthy[c0:end][lv].sum()
        if rs <= 0 or hs <= 0:
            continue
        a = target * hs / rs
        if a > 1:
            continue
        m = a * r[onset:end]
        v = healthy.copy()
        v[onset:end] = np.maximum(v[onset:end] - m, 0.0)
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout156(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout156_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT156_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout156, seeds, n, pauses)
