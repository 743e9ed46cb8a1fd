"""The hundred-and-sixtieth held-out throughput family: a crop-yield forecaster's training samples/s (a temporal model
over per-field Sentinel-2 reflectance and vegetation-index series with weather, county yield labels; chips read from
cloud-optimised GeoTIFFs, cloud-masked and aggregated per field on CPU workers), read through a Heroku Logplex drain.

The trainer runs as a worker dyno; every 10-30 s it prints ``throughput samples=... t=...`` (the samples since its
previous line) to stdout; Heroku's log router, Logplex, stamps the line, buffers it with the app's other lines and
POSTs batches of syslog frames to an HTTPS log drain; the monitor behind the drain parses the frames, keeps these
lines and sums their samples per minute of the lines' syslog timestamps (a point: that sum over 60 s).

(No generator's head names Heroku, Logplex, a dyno, a drain, L10, a crop, a yield or a field series (``grep -ic`` on
``/tmp/s60/heads160.txt``, the first 3 lines of every generator: 0 each); "syslog" matches 1 head (rsyslog over UDP
into PostgreSQL), "stdout" 1 (a journald follower), "Sentinel" 2 (Sentinel-1 SAR scenes and chips), "satellite" 2,
"GeoTIFF" 1 (SAR chips cut from GeoTIFF scenes): syslog framing and satellite chips are not new, the Logplex drain
and the crop-yield job are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110, then a ``grep -n`` for
the ``def`` lines of ``make_heldout150`` and ``heldout150_set`` and lines 541-560 (those two functions to the end of
the file); ``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: one print cut in its middle
by the tool, then lines 150-420, 125-150 and 420-537); ``tests/trace_checks.py`` (all: one print cut in its middle,
then lines 1-330); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; the first 3 lines of
every ``anomaly/heldout*.py`` (printed once, cut in the middle by the tool, then written to ``/tmp/s60/heads160.txt``
and read through ``grep -ic`` and ``grep -io`` only, with 60 characters before and 40 after the matches of "sentinel",
"satellite", "geotiff", "syslog", "stdout", "yield" and "field"). A ``wc -l`` of ``anomaly/heldout_common.py`` and
``tests/trace_checks.py`` (537 and 402 lines). Slips: none that I know of. The tests import ``HELDOUT150_SEEDS`` (to
keep the seeds apart), not its code.

Public sources read (through the search tool): Logplex's ``doc/README.http_drains.md`` (heroku/logplex: drains
"collect log message into batches and then POST them"; the body is RFC 5424 messages with octet-counted framing;
``Logplex-Msg-Count`` and ``Logplex-Frame-Id``, the id there "to spot duplicate requests" when a request is retried
after a non-2xx answer or a failed connection); Logplex's ``src/logplex_http_drain.erl`` (an older version: a drain
buffer of ``http_drain_buffer_size`` 1024 messages, frames of about ``http_drain_target_bytes`` 4096 bytes, a frame
tried ``http_frame_retries`` + 1 = 2 times and then dropped, 2xx success, 4xx a permanent failure (dropped), anything
else retried, a reconnect 1 s after a failure, a loss indication sent as a message) and
``src/logplex_drain_buffer.erl`` (a full buffer displaces its oldest message and counts the loss from the first
displaced one); Heroku's error codes page (L10 "Drain buffer overflow", L11-L15) and a copy of the Dev Center's
Logplex page (Logplex "keeps a limited buffer"; when a drain cannot keep up it discards entries "and inserts a warning
entry"); the log format (the timestamp is "recorded at the time the log line was produced by the dyno", microseconds;
lines over 10,000 bytes split); "Dyno Restarts" (cycling "once every 24 hours (plus up to 216 random minutes)", reset
by releases and manual restarts; the ``Cycling`` line) and a gist of the log of a cycle (``Cycling``, ``Stopping all
processes with SIGTERM``, ``Process exited with status 143``, ``State changed from up to down``, then ``starting``)
and of an R12 (SIGKILL 10 s after SIGTERM, in 2012; 30 s today, from memory); the changelog's "Dyno restart policy"
(repeated crashes restarted with exponentially growing cool-offs); sclorg's s2i-python-container issue #157 and
heroku-buildpack-python PR #2108 (Heroku's Python buildpack sets ``PYTHONUNBUFFERED``: the lines leave the process as
they are printed); on the job only an arXiv paper's abstract (2506.06235: PyTorch loaders streaming GeoTIFF tiles from
cloud storage leave GPUs idle; tile-aligned reads and thread pools raise the rate many times) and a GitHub issue on
sequential COG tile range requests (xarray-spatial #1480: one HTTP range request per tile, latency-bound). Not read
(from memory, unchecked): whether today's Logplex still has a 1024-line buffer and 2 tries per frame; whether Logplex
ever disables an HTTPS drain that keeps failing (not modelled: the drain is retried, never disabled); the crash
cool-off's figures; crop-yield models' costs.

Assumed without checking (the job): one dyno-like process on a node of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per
doubling); the GPUs train 150-2,500 samples/s each (log-uniform), the CPU workers (COG range reads, cloud masking,
per-field aggregation of reflectances and indices) can feed 1.1-2.5 times that; a step waits for the slower side (a
soft maximum of the costs). The chips are read one Sentinel-2 tile and season at a time: a shard lasts 4-30 min
(log-uniform), its cloud cover and field count set its cost (a factor, sd 3-8 %), and opening it (COG headers, the
first chips) stalls 5-30 s at 30-70 %; object-store throttling hiccups (503s retried by GDAL) 0.5-3 an hour, 10-60 s
at 40-85 %; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min).
Relaunches: 0-3 at 15-85 % of the run, an hour apart, each a new release (build and release phase, then a new dyno):
a longer series window (more acquisitions per season: at most twice, 1.3-1.7 dearer on both sides), more bands and
indices (at most twice, 1.2-1.6 on the CPUs), a larger temporal model (at most twice, 1.3-1.9 on the GPUs) or another
GPU count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp
from 40-75 % over 2-6 min (worker pools, chip caches); a validation pass over held-out seasons (county yields) every
30-90 min, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min). Restarts:
the daily cycling (24 h plus 0-216 min after the dyno's start, reset by a release, not by a crash restart) stops the
process for 10-40 s; crashes (R14/R15 memory, a worker's segfault; exponential, mean 12-48 h) for 3-20 s, and in 30 %
of crashes a cool-off of 1-6 min ("long" 5-20); a relaunch 2-8 min ("long" 6-17); each then a start-up of 2-6 min
("long" 8-20) and a ramp. In 60 % of runs the trainer's SIGTERM handler prints the interval under way at a cycle or a
relaunch; a crash (and the other runs' stops) loses it.

On the path (not checked): in half the runs a timer thread prints a line every ``P`` s, ``P`` a divisor of the
minute (10, 12, 15, 20 or 30 s), each sleep 1-50 ms longer than ``P`` (the thread's own work: the lines' phase
drifts across minute ends); in the other half a line every N optimizer steps, ``P`` 10-30 s of the run's median rate
(the line times follow the healthy run's samples; a regression keeps them: the reads stay linear). A line's samples
are those of the ticks before it since the previous line (from the process's start). Its syslog timestamp is the
dyno host's clock (each new dyno a new offset, sd 0.02-0.8 s, log-uniform); Logplex delivers it 0.3-2 s later
(lognormal, sd 0.5). The app's channel carries 0.5-15 other lines/s (loader warnings, GDAL retries, Heroku's own
lines). The drain's endpoint goes down 0.5-4 times a day for 20 s-20 min (log-uniform; half of them the monitor's
own dyno restarting, the others network, TLS or DNS): the frame in flight (lines due in the last second) is tried
twice and dropped; the lines due during the outage wait in the 1024-line buffer, which keeps the newest (the older
ones are displaced: L10), and the backlog is POSTed from 1 s after the outage at 100-500 lines/s, oldest first.
5xx episodes (1-6 a day, 1-15 min) refuse a share ``q`` (0.2-0.8) of POSTs: a refused frame is sent again 1-2 s later
and dropped when refused twice. 0.1-0.5 % of frames are processed but their answer lost, and sent again: the monitor
drops the repeated ``Logplex-Frame-Id`` in 70 % of runs, counts its lines twice in the others. The monitor closes a
minute 30-120 s after its end; a line arriving later is dropped (half the runs) or added to the first minute still
open (the other half: a backlog lands in one minute). In 60 % of runs the monitor keeps its open minutes in memory:
its restart loses what they had summed. The reads are linear in the samples; the lines' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's samples lost, carried through the same lines and fates): ``drop`` (chips now read from
a bucket in another region after a data move, or a masking worker's pool shrunk: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-6 ticks), ``straggler`` (the object store throttling the chips' prefix in bursts: 1 for a mean of 40-240
ticks, calm for a mean of 120-480 at 0.05-0.25), ``leak`` (an ingest job appending new acquisitions to the fields'
series, so masking and aggregating a field grows dearer: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets
30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads
of the lost samples (linear), refused above 0.95; ``w`` is per 5-s tick. A regression outlives restarts (its cause is
outside the process).

Measured (``heldout160_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      11    10         11    0.081-0.304  20              1-24 (1250, 0 >60)
long      33      11    11         11    0.090-0.326  23              1-86 (1018, 3 >60)

Planned changes listed: short 18, long 13 (of 18 and 13 relaunches; none kept its stage); crashes 41 (9 cooled off)
and 42 (16); daily cycles 31 and 35. The path over each set (counts): short: drain outages 112 (the monitor's own
restarts, in the runs that keep open minutes in memory, 16), channel lines displaced from the buffer (L10) 22,722,
of them throughput lines 573, lost in flight 9, delivered from a backlog 1,397, 5xx episodes 164, lines retried
1,583, lost in frames dropped 853, sent twice 752 (counted twice 193), late lines dropped 198, late lines moved 628,
lost with open minutes at the monitor's restart 103, intervals lost at a stop 54, lines stamped in another minute
than written 1,646, minutes that read nothing (pauses included) 4,744; long: 76 (17), 24,884, 285, 5, 1,008, 196,
1,940, 1,081, 765 (266), 461, 121, 117, 58, 1,090, 18,151. The reads' sum over the live points against the job's
samples: 0.995-1.003 per seed (short), 0.992-1.002 (long); the live points' minute-to-minute change (median ``|d
log|`` per seed) 2.7-26.8 % (short), 2.2-9.1 % (long), its 99th percentile 41-107 % (short), 40-105 % (long); the
live median level 157-4,205 samples/s (short), 147-3,500 (long). The step mode's aliasing (2-6 lines a minute, each
carrying a fixed count) makes its runs' minute-to-minute change many times the timer runs'; a backlog moved into one
minute (the "current" policy) and the minutes around an outage make the 99th percentile.

Before the first measure: none (the first measure was both sets' 12 seeds at 3,000 points). Changes of the laws
after it: one: the lines' period was ``P`` 10-30 s from a timer in every run (the median minute-to-minute change was
up to 37 % where ``P`` did not divide the minute, more aliasing than I meant for a timer); a timer's ``P`` is now a
divisor of the minute with a drifting phase, and the other half of the runs print every N steps. The tests check
the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 45 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT160_SEEDS = tuple(range(1602000, 1602012))
CODE = 160
STEP = 60.0  # a point: one minute of the lines' syslog timestamps
TICK = 5.0  # the job's samples are drawn per 5-s tick
K = int(STEP / TICK)
EPOCH = 1_788_000_000.0  # a multiple of 60
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak (``hc.KINDS``)
SPANS = {"short": (1, 45), "long": (1, 100)}  # pause-span lengths (points) the tests allow
BUF = 1024  # Logplex's HTTP drain buffer (lines; the oldest displaced when full)
PATH_KEYS = ("outages", "receiver_restarts", "l10_lines", "displaced", "in_flight", "buffered_late", "episodes_5xx",
             "retried", "frames_dropped", "duplicated", "counted_twice", "late_dropped", "late_moved", "reset_lost",
             "unflushed", "other_minute", "unread")


@dataclass
class Path:
    """The trainer's stdout lines and their fates on the way to the monitor's minutes."""

    P: float  # the trainer's line period (s)
    lo: np.ndarray  # each line's samples: the ticks [lo, hi)
    hi: np.ndarray
    t: np.ndarray  # when the line was written (true time, s from the run's start)
    stamp: np.ndarray  # its syslog timestamp (the dyno host's clock)
    arrive: np.ndarray  # when the monitor parsed it (after Logplex's buffer, retries)
    dest: np.ndarray  # the minute it was summed into (-1: lost)
    mult: np.ndarray  # how many times it was counted (0, 1, 2)
    vt: float  # the app's lines/s on the Logplex channel (all sources)
    rate: float  # lines/s Logplex drains a backlog at
    timer: bool  # lines from a timer thread (else every N steps)
    dedup: bool  # the monitor drops a repeated Logplex-Frame-Id
    late: str  # "drop" or "current": what the monitor does with a line whose minute closed
    close: float  # a minute closes this many s after its end
    outages: np.ndarray  # (start, end, restart?) of the drain endpoint's outages
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # the job's samples per tick (healthy)
    pauses_t: list  # (start, end, kind) in s
    ramps: list  # (start, length, first level) after each start-up
    lives: list  # (start, end, graceful) of each trainer process
    known_t: list  # resumes after a relaunch that changed the stage
    counts: dict
    cfg: dict
    path: Path | None = None
    spans: list = field(default_factory=list)


def _u(rng, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def _config(rng) -> tuple[dict, dict]:
    gpus = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    cfg = {"gpu": hc.log_uniform(rng, 150, 2500), "eff": _u(rng, 0.85, 0.97), "win_c": _u(rng, 1.3, 1.7),
           "band_c": _u(rng, 1.2, 1.6), "model_c": _u(rng, 1.3, 1.9)}
    cfg["cpu"] = cfg["gpu"] * gpus * cfg["eff"] ** np.log2(gpus) * _u(rng, 1.1, 2.5)
    return cfg, {"gpus": gpus, "win": 0, "bands": 0, "model": 0}


def _level(cfg: dict, st: dict) -> float:
    """Samples/s of a stage: the GPUs' rate and the CPU workers' (COG reads, cloud masking, per-field aggregation);
    a step waits for the slower (a soft maximum of the costs)."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["win_c"] ** st["win"] * cfg["model_c"] ** st["model"])
    cpu = cfg["cpu"] / (cfg["band_c"] ** st["bands"] * cfg["win_c"] ** st["win"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: a longer series window, more bands and indices, a larger temporal model (each at most
    twice) or another GPU count, redrawn until the level moves 15 % (1/3 to 3 times); None: none found."""
    for _ in range(40):
        move = ("win", "bands", "model", "gpus")[int(rng.choice(4, p=[0.3, 0.25, 0.3, 0.15]))]
        new = dict(st)
        if move == "gpus":
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif st[move] < 2:
            new[move] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's processes, pauses and stages over ``n`` minutes, and its samples per tick."""
    long = setting == "long"
    T, nt = n * STEP, n * K
    cfg, st = _config(rng)
    counts = {k: 0 for k in ("relaunches", "kept_stage", "crashes", "cooloffs", "cycles", "evals", "ckpts")}
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2])))) * T:
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    crash_mean = _u(rng, 12, 48) * 3600
    grace = rng.random() < 0.6  # the trainer's SIGTERM handler prints the interval under way
    ck_every = int(rng.choice([2, 3]))
    pauses_t, ramps, lives, known_t, segs = [], [], [], [], []

    def ramp(t0):
        ramps.append((t0, _u(rng, 2, 6) * 60, _u(rng, 0.4, 0.75)))

    su = _u(rng, 25, 60) * 60 if long else _u(rng, 3, 10) * 60
    pauses_t.append((0.0, su, "startup"))
    ramp(su)
    t, life0, lv = su, 0.0, _level(cfg, st)
    next_cycle = 86400 + _u(rng, 0, 216 * 60)
    next_crash = t + rng.exponential(crash_mean)
    next_eval = t + _u(rng, 30, 90) * 60
    ri, n_eval = 0, 0
    while t < T:
        cands = [next_eval, next_cycle, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cands))
        te = max(cands[which], t + 60)
        segs.append((t, min(te, T + 600), lv))
        if te >= T:
            break
        if which == 0:  # a validation pass over held-out seasons (county yields), every 2nd or 3rd a checkpoint
            dur = (_u(rng, 10, 25) if long else _u(rng, 2, 6)) * 60
            pauses_t.append((te, te + dur, "eval"))
            t, n_eval = te + dur, n_eval + 1
            counts["evals"] += 1
            if n_eval % ck_every == 0:
                ck = _u(rng, 60, 240) if long else _u(rng, 15, 60)
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
                counts["ckpts"] += 1
            next_eval = t + _u(rng, 30, 90) * 60
            continue
        new = None
        if which == 1:  # the dyno manager's daily cycling: SIGTERM, up to 30 s to exit, a new dyno
            kind, graceful, down = "cycle", grace, _u(rng, 10, 40)
            counts["cycles"] += 1
        elif which == 2:  # a crash (R14/R15 memory, a loader worker's segfault): restarted at once, or cooled off
            kind, graceful, down = "crash", False, _u(rng, 3, 20)
            counts["crashes"] += 1
            if rng.random() < 0.3:
                down += (_u(rng, 5, 20) if long else _u(rng, 1, 6)) * 60
                counts["cooloffs"] += 1
        else:  # a planned relaunch: a new release (build, release phase), a new stage
            kind, graceful = "relaunch", grace
            down = ((_u(rng, 5, 12) if long else _u(rng, 1, 3)) + _u(rng, 1, 5)) * 60
            new = _next_stage(rng, cfg, st, lv)
            counts["relaunches"] += 1
            counts["kept_stage"] += new is None
            ri += 1
        lives.append((life0, te, graceful))
        life0 = te + down
        su = (_u(rng, 8, 20) if long else _u(rng, 2, 6)) * 60
        t = life0 + su
        pauses_t.append((te, t, kind))
        ramp(t)
        if new is not None:
            st, lv = new, _level(cfg, new)
            known_t.append(t)
        if which != 2:  # a release or a cycle resets the 24-h period; a crash restart does not (assumed)
            next_cycle = life0 + 86400 + _u(rng, 0, 216 * 60)
        else:
            next_crash = t + rng.exponential(crash_mean)
        next_eval = max(next_eval, t + _u(rng, 10, 40) * 60)
    lives.append((life0, T + 600, True))
    J = _samples(rng, nt, segs, ramps)
    return Run(n=n, nt=nt, J=J, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t, counts=counts, cfg=cfg)


def _samples(rng, nt: int, segs, ramps) -> np.ndarray:
    """Samples per tick: the stage's level over whole ticks of training, times the ramps after start-ups, the
    shards (one Sentinel-2 tile and season at a time: a cost factor, a stall while its COG headers and first chips
    are read), object-store throttling hiccups, a fast AR(1) and a slow OU of the log."""
    tt = (np.arange(nt) + 0.5) * TICK
    L = np.zeros(nt)
    for a, b, lv in segs:
        L[int(np.ceil(a / TICK)):min(nt, int(b // TICK))] = lv
    f = np.ones(nt)
    for t0, dur, r0 in ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + dur) / TICK)))
        f[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - t0) / dur, 0, 1)
    T = nt * TICK
    sh_sd = _u(rng, 0.03, 0.08)
    t = 0.0
    while t < T:
        d = hc.log_uniform(rng, 4, 30) * 60
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        f[i0:i1] *= np.exp(rng.normal(0, sh_sd))
        s = int(np.ceil(_u(rng, 5, 30) / TICK))
        f[i0:min(i1, i0 + s)] *= _u(rng, 0.3, 0.7)
        t += d
    for c in rng.uniform(0, T, rng.poisson(_u(rng, 0.5, 3) * T / 3600)):
        i0 = int(c // TICK)
        f[i0:i0 + int(np.ceil(_u(rng, 10, 60) / TICK))] *= _u(rng, 0.4, 0.85)
    a = np.exp(-TICK / _u(rng, 10, 40))
    sd = _u(rng, 0.02, 0.05)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = np.repeat(hc.ou_path(rng, T, _u(rng, 0.01, 0.03), _u(rng, 20, 120) * 60), K)[:nt]
    return L * f * np.exp(ar + ou) * TICK


def _windows(rng, T: float, per_day: tuple, lo: float, hi: float) -> np.ndarray:
    """Episodes (start, end): a Poisson count at a drawn rate per day, log-uniform lengths, merged where they meet."""
    k = rng.poisson(_u(rng, *per_day) * T / 86400)
    s = np.sort(rng.uniform(0, T, k))
    out = []
    for a in s:
        b = a + hc.log_uniform(rng, lo, hi)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _path(rng, run: Run) -> Path:
    """The lines, Logplex's drain and the monitor: see the module's docstring."""
    T = run.n * STEP
    timer = rng.random() < 0.5  # a timer thread (a divisor of the minute) or a line every N optimizer steps
    P = float(rng.choice([10.0, 12.0, 15.0, 20.0, 30.0])) if timer else _u(rng, 10, 30)
    drift = _u(rng, 0.001, 0.05)  # the timer's own work, added to each sleep
    Q = P * float(np.median(run.J[run.J > 0])) / TICK  # samples per line in the step mode
    vt = hc.log_uniform(rng, 0.5, 15) + 1 / P  # the app's lines/s on the channel (loader warnings, GDAL, ours)
    clk = hc.log_uniform(rng, 0.02, 0.8)
    lat = _u(rng, 0.3, 2.0)
    close = _u(rng, 30, 120)
    late = "drop" if rng.random() < 0.5 else "current"
    dedup = rng.random() < 0.7
    p_dup = hc.log_uniform(rng, 0.001, 0.005)
    mem = rng.random() < 0.6  # the monitor keeps open minutes in memory (lost when it restarts)
    rate = _u(rng, 100, 500)  # lines/s Logplex drains a backlog at
    c = {k: 0 for k in PATH_KEYS}
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    ts, los, his, stamps = [], [], [], []
    for l0, l1, graceful in run.lives:
        end = min(l1, T + 120)
        if timer:
            x = l0 + (P + drift) * np.arange(1, int((end - l0) / P) + 1) + rng.uniform(0, 0.3)
        else:  # the line's step: the first tick whose cumulative samples pass the next multiple of Q
            i0, i1 = int(l0 // TICK), min(run.nt, int(end // TICK))
            done = C[i0 + 1:i1 + 1] - C[i0]
            k = np.arange(1, int(done[-1] // Q) + 1) if len(done) and done[-1] >= Q else np.zeros(0)
            x = (i0 + np.searchsorted(done, k * Q) + 1) * TICK + rng.uniform(0, 0.5, len(k))
        x = x[x < l1]
        if graceful and l1 < T:
            x = np.append(x, l1)
        elif l1 < T:
            c["unflushed"] += 1
        b = np.floor(x / TICK).astype(int)
        los.append(np.concatenate([[int(l0 // TICK)], b[:-1]]))
        his.append(b)
        ts.append(x)
        stamps.append(x + rng.normal(0, clk) + rng.normal(0, 0.003, len(x)))  # a new dyno, a new host clock
    t, lo, hi, stamp = (np.concatenate(z) for z in (ts, los, his, stamps))
    lo, hi = np.clip(lo, 0, run.nt), np.clip(hi, 0, run.nt)
    nl = len(t)
    arrive = t + lat * rng.lognormal(0, 0.5, nl)
    lost = np.zeros(nl, bool)
    outages = _windows(rng, T, (0.5, 4), 20, 1200)
    restart = rng.random(len(outages)) < 0.5  # the endpoint's own dyno restarted (else network, TLS, DNS)
    for (o0, o1) in outages:
        c["outages"] += 1
        c["l10_lines"] += int(max(0.0, vt * (o1 - o0) - BUF))
        fly = ~lost & (arrive >= o0 - 1) & (arrive < o0)  # the frame in flight: two tries, then dropped
        lost |= fly
        c["in_flight"] += int(fly.sum())
        held = ~lost & (arrive >= o0) & (arrive < o1)
        keep_from = max(o0, o1 - BUF / vt)  # the buffer keeps the newest 1024 lines
        gone = held & (t < keep_from)
        lost |= gone
        c["displaced"] += int(gone.sum())
        kept = held & ~gone
        arrive[kept] = o1 + 1.0 + vt * np.maximum(t[kept] - keep_from, 0) / rate
        c["buffered_late"] += int(kept.sum())
    for e0, e1 in _windows(rng, T, (1, 6), 60, 900):  # the endpoint answers 5xx to a share q of POSTs
        c["episodes_5xx"] += 1
        q = _u(rng, 0.2, 0.8)
        inside = ~lost & (arrive >= e0) & (arrive < e1)
        first = inside & (rng.random(nl) < q)
        second = first & (rng.random(nl) < q)
        arrive[first] += 1.0 + rng.uniform(0, 1, nl)[first]
        lost |= second
        c["retried"] += int(first.sum())
        c["frames_dropped"] += int(second.sum())
    dup = ~lost & (rng.random(nl) < p_dup)  # processed, the answer lost: Logplex sends the frame again
    c["duplicated"] = int(dup.sum())
    mult = np.where(lost, 0, np.where(dup & ~dedup, 2, 1))
    c["counted_twice"] = int((mult == 2).sum())
    minute = np.floor(stamp / STEP).astype(int)
    c["other_minute"] = int((minute != np.floor(t / STEP)).sum())
    dest = minute.copy()
    is_late = (mult > 0) & (arrive > STEP * (minute + 1) + close)
    if late == "drop":
        mult[is_late] = 0
        c["late_dropped"] = int(is_late.sum())
    else:
        dest[is_late] = np.floor((arrive[is_late] - close) / STEP).astype(int)
        c["late_moved"] = int(is_late.sum())
    if mem:
        for (o0, o1), r in zip(outages, restart):
            if r:
                c["receiver_restarts"] += 1
                gone = (mult > 0) & (arrive < o0) & (STEP * (dest + 1) + close > o0)
                mult[gone] = 0
                c["reset_lost"] += int(gone.sum())
    dest[mult == 0] = -1
    return Path(P=P, vt=vt, rate=rate, timer=timer, lo=lo, hi=hi, t=t, stamp=stamp, arrive=arrive, dest=dest,
                mult=mult, dedup=dedup, late=late, close=close,
                outages=np.column_stack([outages, restart]) if len(outages) else np.zeros((0, 3)), counts=c)


def _reads(run: Run, X: np.ndarray) -> np.ndarray:
    """The monitor's points of per-tick samples ``X`` (linear in ``X``): each line's samples, counted ``mult``
    times in its minute, per second."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    S = (C[p.hi] - C[p.lo]) * p.mult
    ok = (p.dest >= 0) & (p.dest < run.n)
    return np.bincount(p.dest[ok], weights=S[ok], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause
    (or a ramp's first half), or where it reads nothing; a change is the first point after a relaunch's span."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    mask = healthy <= 0
    run.path.counts["unread"] = int(mask.sum())
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(t0, t0 + d / 2) for t0, d, _ in run.ramps]:
        mask[max(0, int(a // STEP) - 1):max(0, min(n, int(np.ceil(b / STEP)) + 1))] = True
    spans = []
    for i in np.flatnonzero(mask):
        hc.add_span(spans, int(i), int(i) + 1)
    run.spans = spans
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share lost per tick: a drop rises over ``tau`` ticks, a straggler bursts (1) and calms, a
    leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / _u(rng, 1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** _u(rng, 0.6, 1.8)
    bad, calm, lvl = _u(rng, 40, 240), _u(rng, 120, 480), _u(rng, 0.05, 0.25)
    w, i, on = np.empty(length), 0, True
    while i < length:
        d = int(np.ceil(rng.exponential(bad if on else calm)))
        w[i:i + d] = 1.0 if on else lvl
        i, on = i + d, not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 60 draws. A share
    ``a w`` of each tick's samples is lost, carried through the same lines and fates; ``a`` is set from a drawn
    target loss (over a leak's plateau), refused above 0.95."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want, tries=60, keep=40):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [e for s, e in run.spans if lo <= e < last]
            if not cand:
                continue
            onset = cand[int(rng.integers(len(cand)))]
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = onset * K + int(rng.integers(K)), min(run.nt, stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        r = _reads(run, w * run.J)
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        c0 = ramp_end if kind == "leak" else onset
        hs, rs = healthy[c0:stop][live[c0:stop]].sum(), r[c0:stop][live[c0:stop]].sum()
        target = {"drop": _u(rng, 0.08, 0.33), "straggler": _u(rng, 0.1, 0.3)}.get(kind, _u(rng, 0.12, 0.4))
        if hs <= 0 or rs <= 0 or target * hs / rs > 0.95:
            continue
        m = target * hs / rs * r
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        first, end = span
        if any(first <= c < end for c in changes) or (kind == "leak" and not first < ramp_end < end):
            continue
        if kind != "leak":
            ramp_end = first
        depth = hc.shown_depth(v, healthy, live, kind, first, ramp_end, end, n, (ramp_end - first) // 3)
        if depth is not None:
            return Event(kind, first, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout160(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout160_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT160_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout160, seeds, n, pauses)
