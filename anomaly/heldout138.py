"""The hundred-and-thirty-eighth held-out throughput family: a tokamak plasma-disruption predictor's training windows/s
(a temporal-convolution / recurrent net over magnetic, bolometer and density diagnostic signals of past shots; CPU
workers cut and normalise the windows from a shot-data store read in large blocks per shot; a per-campaign
validation pass now and then), read through EPICS: the trainer serves its rate as a process variable from an
in-process soft IOC (pcaspy / caproto style) with a monitor deadband, the EPICS Archiver Appliance archives the PV
over Channel Access (monitor or scan mode), and the monitor fetches per-minute bins (mean or firstSample, 60 s).

(No generator's head names EPICS, Channel Access, an archiver, pcaspy, caproto, MDEL/ADEL, a deadband, a process
variable, a tokamak, plasma, a disruption, a bolometer or fusion as a job (``grep -ic`` on
``/tmp/s57/genheads135.txt``: 0 each but "fusion", 5, all inside "diffusion"); "IOC" matches 1 head (inside
"proprioception") and "shot" 2 (inside "snapshot"). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout135.py`` lines 1-110 and 504-513 (its
``make_heldout135`` and ``heldout135_set``, after a ``grep -n`` for their ``def`` lines), ``tests/test_anomaly_
heldout135.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all), ``anomaly/traces.py``
lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s57/genheads135.txt`` through ``grep -ic`` and
``grep -io`` only (the matches of "IOC", "shot" and "fusion" printed with at most 30 characters around them).
Slips: a ``wc -l`` of ``anomaly/heldout135.py`` (513 lines) with the ``grep -n``, and of ``heldout_common.py`` and
``trace_checks.py`` (to page them); none else. My scratch scripts (``/tmp/m138*.py``, not committed) built and measured
this family only.

Public sources read (excerpts through the search tool): the EPICS menuScan choices (periodic scans 10 s .. 0.1 s,
Passive, Event, I/O Intr); an EPICS database example with ``MDEL`` as an ai record's monitor deadband; epics-base-rs
notes that binary records post ``DBE_VALUE | DBE_LOG`` only when the value changed; the older EPICS Channel Archiver's
sample mechanisms (a monitored one and a periodic "monitored get" one per sampling period, a scan list) and its
averaging reader (the mean of the raw samples in each bin of ``delta`` s); archiver-core (a Rust port of the Archiver
Appliance): its ``mean`` decimation (bins of ``epochSeconds / intervalSecs``, anchored on wall-clock instants whatever
the first sample) and its other per-bin operators; the epicsarchiver retrieval client's page.
Not read (from memory, unchecked): that the Archiver Appliance's MONITOR mode sizes its sample buffer from the sampling
period (about ``write period / sampling period + 1`` events per 10-s write) and drops events past it; that SCAN mode
keeps the latest event of each sampling period; that it drops an event whose timestamp is not newer than the last one
stored ("incorrect timestamp" drops); that a Channel Access subscription first delivers the current value; the CA search
back-off (a restarted IOC is usually found within seconds through its beacons, sometimes after a long back-off); that an
empty bin of the mean operator repeats the last value while the PV is connected; that the short-term store's moves to
the mid- and long-term stores lose nothing (not modelled); that a pcaspy / caproto server honours a deadband per PV
(taken as MDEL = ADEL, the archiver's subscription seeing the same posts); that the monitor stamps a bin at its end (the
operators may stamp its start). Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2, 4 or 8 GPUs (20/35/30/15 %, 0.88-0.97 per doubling); a GPU trains
300-4000 windows/s (log-uniform) at the first stage. A shot's block read lasts for 20-200 s of training (the run's
range) and stalls the loader 2-10 s at 30-70 % of the rate; the per-shot window normalisation makes the per-5-s rate
swing: an AR(1) of its log (sd 2-5 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at
15-85 % of the run, each longer windows (at most twice: 1.3-1.8 times dearer), more diagnostic channels (once:
1.2-1.6), a deeper net (once: 1.8-2.5) or, 1 in 6, another GPU count; redrawn until the level moves 15 % (1/3 to 3
times); a relaunch 1 h or more after the previous. Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 50-80 %
over 2-6 min (the shot cache warming); a per-campaign validation every 30-90 min of training, 2-6 min ("long" 10-25),
every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4
min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12),
queued 1-5 min, then a start-up and its ramp.

On the path (not checked): the soft IOC lives in the trainer's process (up from its start, gone at its crash or
relaunch). It updates the PV every 1, 2 or 5 s (30/40/30 %) with the windows trained since its last update over the time
since (an update 10-40 ms late, 0.2-2 % of them 0.5-3 s late), stamped by the IOC host's clock (offset sd 0.05-1 s; in
25 % of runs a drift of 10-100 ppm stepped back by NTP every 1-4 h). It posts an update past the deadband (MDEL = ADEL,
0.2-3 % of the run's median rate, log-uniform; 0 in 20 % of runs, every update posted); the first update of a life is
always posted. The Archiver Appliance (70 % MONITOR, sampling period 1, 2, 5 or 10 s, at least the update period; 30 %
SCAN, 5, 10, 15 or 30 s) connects 0.05-3 s after an IOC starts (10 % of starts 20-300 s: the search back-off), gets the
current value at each connection, loses the CA circuit 0.2-2 times a day for 30-200 s and its engine pauses 0.1-0.5
times a day for 2-20 min (a reconnection after each); in MONITOR mode it keeps at most ``ceil(10 / period) + 1`` events
per 10-s write (the rest dropped), in SCAN mode the newest event of each period; an event not newer than the last stored
is dropped. The monitor fetches minute ``m``'s bin (by the IOC's stamps) at its end plus 20-90 s (an event written later
is lost to it), through ``mean_60`` (75 %: the mean of its events) or ``firstSample_60`` (25 %: its first event); a
fetch fails 0.1-1 % of the time (read 0); an empty bin repeats the last event (from the 3 bins before it) while the PV
is connected, else reads 0. The reads are linear in the windows: which updates are posted, kept and read is the healthy
run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's windows lost, carried through the same updates and reads): ``drop`` (normalisation workers lost to an
out-of-memory kill on a long shot: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the shot store
slow in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (a growing per-shot
window index swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn
target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost windows (linear),
refused above 1; ``w`` is per 5-s tick.

Measured (``heldout138_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    9          11    0.081-0.300  21              1-26 (1624, 0 >60)
long      32      11    10         11    0.093-0.297  24              1-99 (1290, 5 >60)

Planned changes listed: short 13, long 21 (of 13 and 21 relaunches; none kept its stage); crashes 40 and 40. The path
over each set (counts): short: late updates 33266, updates the deadband skipped 1872052 (most repeat their 5-s tick's
rate: see below), events dropped by the MONITOR buffer 8296, by SCAN mode 381458, for their stamps 0, values sent at a
connection 91, CA circuit drops 51, engine pauses 13, events written after their bin's fetch 2, failed fetches 346,
carried bins 3823, empty bins 1322; long: 31883, 2014550, 20174, 169163, 1, 90, 51, 16, 12, 559, 4096, 14374. Of the 12
runs per setting: short 6 MONITOR / 6 SCAN, 6 mean / 6 firstSample; long 8 / 4, 10 / 2. The reads' sum over the live
points against the job's windows: 0.920-1.000 (short), 0.970-1.003 (long): a mean of the posted events over-weights the
moving stretches a deadband lets through. The live points' minute-to-minute change (median ``|d log|`` per seed) 3-12 %
(short), 3-10 % (long), its 99th percentile 14-91 % (short), 14-92 % (long): the high ones are firstSample runs, whose
point is one update's 1-5-s rate and falls into a shot read's stall now and then; the live median level 367-11,559
windows/s (short), 366-10,775 (long). Changes of the laws after the first measure: one, a fix: the IOC's last life is
cut at the run's end (its updates past the job's tick grid had weights under 1), which moved the path's later random
draws; the table and figures here are the second measure's (the first: short 31 events, 1-26 (1646); long 32, 1-99
(1156); changes 13 and 21). With it, the AR(1) noise run through ``scipy.signal.lfilter``, the stamp check, the
deadband's loop and the regressions' reads made cheaper (the same draws). Before the first measure, after a first look
at 3 seeds' healthy runs per setting: the archiver's MONITOR sampling period drawn from 1, 2, 5 or 10 s (40/20/20/20 %,
at least the update period; it was 1-2 times the update period, and no buffer ever overflowed), firstSample made 25 % of
runs (from 30 %), and a division by zero fixed (two updates at one instant). The job is modelled per 5-s tick, so the
IOC's 1- and 2-s updates repeat their tick's rate: an artefact that the deadband skips (a real rate would move a little
each second, and post more). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS`` holds the full
sets' spans' lengths, which cover those).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT138_SEEDS = tuple(range(1382000, 1382012))
CODE = 138
TICK = 5.0  # s per job tick
STEP = 60.0  # s per point (a retrieval bin)
K = int(STEP / TICK)
EPOCH = 1_780_000_020.0 - 1_780_000_020.0 % 60
KIND_P = (0.35, 0.3, 0.35)
WRITE = 10.0  # the archiver's write period (s)
DAY = 86400.0
SPANS = {"short": (1, 26), "long": (1, 99)}
PATH_KEYS = ("late_updates", "deadband_skipped", "buffer_drops", "scan_dropped", "stamp_drops", "connect_values",
             "circuit_drops", "engine_pauses", "late_writes", "failed_fetches", "carried_bins", "empty_bins")
PAUSE = {  # (short lo, hi, long lo, hi) minutes
    "startup": (3, 10, 25, 60), "eval": (2, 6, 10, 25), "ckpt": (0.25, 1, 1, 4), "down": (1, 4, 6, 18),
    "restart": (2, 6, 8, 20), "stop": (1, 3, 5, 12)}


def _dur(rng, kind: str, setting: str) -> float:
    lo, hi, llo, lhi = PAUSE[kind]
    return 60.0 * (rng.uniform(lo, hi) if setting == "short" else rng.uniform(llo, lhi))


def _level(cfg: dict, st: dict) -> float:
    """Windows/s of a stage: the GPUs' rate, less per doubling, over the stage's costs."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["win_c"] ** st["win"] * cfg["ch_c"] ** st["ch"]
                                                         * cfg["net_c"] ** st["net"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: longer windows (at most twice), more channels or a deeper net (once), or (1 in 6) another
    GPU count; redrawn until the level moves by 15 % or more, within 1/3 to 3 times."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        elif r < 0.5 and st["win"] < 2:
            new["win"] += 1
        elif r < 0.75 and st["ch"] < 1:
            new["ch"] += 1
        elif st["net"] < 1:
            new["net"] += 1
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: pauses ``(t0, t1, kind)``, process lives ``(t0, t1)``, trained segments ``(t0, t1,
    level, ramp_end)``, planned changes and counts."""
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 300, 4000), "eff": rng.uniform(0.88, 0.97), "win_c": rng.uniform(1.3, 1.8),
           "ch_c": rng.uniform(1.2, 1.6), "net_c": rng.uniform(1.8, 2.5)}
    st = {"gpus": int(rng.choice([1, 2, 4, 8], p=[0.2, 0.35, 0.3, 0.15])), "win": 0, "ch": 0, "net": 0}
    k = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    rel = []
    for t in np.sort(rng.uniform(0.15, 0.85, k) * T):
        if not rel or t - rel[-1] >= 3600:
            rel.append(float(t))
    crash_mean = rng.uniform(12, 48) * 3600
    eval_every, ck_every = rng.uniform(30, 90) * 60, int(rng.choice([2, 3]))
    pauses, lives, segs, known = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t, life0 = 0.0, 0.0
    d = _dur(rng, "startup", setting)
    pauses.append((t, t + d, "startup"))
    t += d
    ramp_from = t
    next_crash = t + rng.exponential(crash_mean)
    to_eval, n_eval = eval_every * rng.uniform(0.5, 1.0), 0
    while t < T:
        nxt_rel = rel[0] if rel else np.inf
        cand = [t + to_eval, next_crash, nxt_rel, T + 1]
        which = int(np.argmin(cand))
        end = max(cand[which], t + 60)
        segs.append((t, min(end, T + 1), _level(cfg, st), ramp_from))
        to_eval -= end - t
        t = end
        if t >= T:
            break
        if which == 0:
            n_eval += 1
            d = _dur(rng, "eval", setting)
            if n_eval % ck_every == 0:
                d += _dur(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
            else:
                pauses.append((t, t + d, "eval"))
            t += d
            to_eval = eval_every * rng.uniform(0.9, 1.1)
            continue
        lives.append((life0, t))
        if which == 1:
            counts["crashes"] += 1
            d = _dur(rng, "down", setting)
            life0 = t + d
            d += _dur(rng, "restart", setting)
            pauses.append((t, t + d, "crash"))
            next_crash = t + d + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            lv = _level(cfg, st)
            new = _next_stage(rng, cfg, st, lv)
            counts["kept_stage"] += new == st
            d = _dur(rng, "stop", setting) + rng.uniform(60, 300)
            life0 = t + d
            d += _dur(rng, "startup", setting) * 0.5
            pauses.append((t, t + d, "relaunch"))
            if new != st and t + d < T:
                known.append(t + d)
            st = new
        t += d
        ramp_from = t
        to_eval = eval_every * rng.uniform(0.5, 1.0)
    lives.append((life0, np.inf))
    ramp = rng.uniform(120, 360)
    return SimpleNamespace(n=n, dt=STEP, T=T, cfg=cfg, pauses_t=pauses, lives=lives, segs=segs, known_t=known,
                           counts=counts, ramp=ramp, ramp_lo=rng.uniform(0.5, 0.8))


def _job(rng, run) -> np.ndarray:
    """Windows/s per 5-s tick (0 in pauses)."""
    nt = int(run.T / TICK) + 2
    tt = np.arange(nt) * TICK
    J = np.zeros(nt)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    e[0] = rng.normal(0, sd)
    x = lfilter([1.0], [1.0, -a], e)
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    ou = np.interp(tt, np.arange(len(slow)) * 60.0, slow)
    # shot blocks: a stall at each block's start
    lo, hi = sorted(rng.uniform(20, 200, 2))
    stall = np.ones(nt)
    s = 0.0
    while s < run.T:
        s += rng.uniform(lo, hi)
        ln, f = rng.uniform(2, 10), rng.uniform(0.3, 0.7)
        i0, i1 = int(s // TICK), int((s + ln) // TICK)
        for i in range(i0, min(i1 + 1, nt)):
            ov = min(s + ln, (i + 1) * TICK) - max(s, i * TICK)
            stall[i] -= (1 - f) * max(ov, 0) / TICK
    for t0, t1, lv, r0 in run.segs:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(t1 // TICK))
        ramp = np.clip(run.ramp_lo + (1 - run.ramp_lo) * (tt[i0:i1] - r0) / run.ramp, run.ramp_lo, 1.0)
        J[i0:i1] = lv * ramp * np.exp(x[i0:i1] + ou[i0:i1]) * stall[i0:i1]
    return J


def _clock(rng, T: float, drifts: bool):
    off = rng.normal(0, rng.uniform(0.05, 1.0))
    if not drifts:
        return lambda t: t + off
    ppm, every = rng.uniform(10, 100) * 1e-6 * rng.choice([-1, 1]), rng.uniform(1, 4) * 3600
    ph = rng.uniform(0, every)
    return lambda t: t + off + ppm * ((t + ph) % every)


def _path(rng, run, J: np.ndarray) -> SimpleNamespace:
    """The updates, their fates and the read entries ``(bin, update, weight)``: linear in ``J``."""
    n, nt = run.n, len(J)
    U = float(rng.choice([1.0, 2.0, 5.0], p=[0.3, 0.4, 0.3]))
    clock = _clock(rng, run.T, rng.random() < 0.25)
    c = dict.fromkeys(PATH_KEYS, 0)
    # the IOC's updates, life by life
    ua, ub, life_of = [], [], []
    for li, (a, b) in enumerate(run.lives):
        b = min(b, run.T)
        m = int((b - a) / U)
        if m < 1:
            continue
        u = a + U * np.arange(1, m + 1) + rng.uniform(0.01, 0.04, m)
        late = rng.random(m) < rng.uniform(0.002, 0.02)
        u[late] += rng.uniform(0.5, 3, late.sum())
        c["late_updates"] += int(late.sum())
        u = np.unique(np.maximum.accumulate(u))
        u = u[u < b]
        prev = np.concatenate([[a], u[:-1]])
        ua.append(prev), ub.append(u), life_of.append(np.full(len(u), li))
    ua, ub, life_of = np.concatenate(ua), np.concatenate(ub), np.concatenate(life_of)
    i0 = np.minimum((ua // TICK).astype(int), nt - 1)
    cols = np.minimum(i0[:, None] + np.arange(3), nt - 1)
    ov = np.clip(np.minimum(ub[:, None], (i0[:, None] + np.arange(1, 4)) * TICK)
                 - np.maximum(ua[:, None], (i0[:, None] + np.arange(3)) * TICK), 0, None)
    wts = ov / (ub - ua)[:, None]
    vals = (J[cols] * wts).sum(1)
    stamp = clock(ub)
    # the deadband (on the healthy run's values)
    pos = vals[vals > 0]
    mdel = 0.0 if rng.random() < 0.2 else hc.log_uniform(rng, 0.002, 0.03) * (np.median(pos) if len(pos) else 0)
    posted = np.zeros(len(vals), bool)
    last, lf = None, -1
    new = np.ones(len(vals), bool)  # an update repeating the one before it is never posted (within a life)
    new[1:] = (vals[1:] != vals[:-1]) | (life_of[1:] != life_of[:-1])
    idx = np.nonzero(new)[0]
    if mdel == 0:
        posted[idx] = True
    else:
        hit = []
        for k, v, li in zip(idx.tolist(), vals[idx].tolist(), life_of[idx].tolist()):
            if li != lf or v - last > mdel or last - v > mdel:
                hit.append(k)
                last, lf = v, li
        posted[hit] = True
    c["deadband_skipped"] = int((~posted).sum())
    # the archiver's connection: outages (circuit drops, engine pauses) and each life's search delay
    out = []
    for a, b in run.lives:
        s = 20 + rng.uniform(0, 280) if rng.random() < 0.1 else rng.uniform(0.05, 3)
        out.append((a, a + s))
    for key, rate, lo, hi in (("circuit_drops", rng.uniform(0.2, 2), 30, 200),
                              ("engine_pauses", rng.uniform(0.1, 0.5), 120, 1200)):
        t = rng.exponential(DAY / rate)
        while t < run.T:
            out.append((t, t + rng.uniform(lo, hi)))
            c[key] += 1
            t += rng.exponential(DAY / rate)
    out.sort()
    down = np.zeros(len(ub), bool)
    for a, b in out:
        down[np.searchsorted(ub, a):np.searchsorted(ub, b)] = True
    rec = posted & ~down
    # at each reconnection the current value (the last posted update before it, same life)
    conn = []
    for a, b in out:
        k = np.searchsorted(ub, b) - 1
        if k >= 0 and posted[:k + 1].any():
            j = k - int(np.argmax(posted[k::-1]))
            if life_of[j] == life_of[k] and ub[k] < b and not rec[j]:
                conn.append((b, j))
    # archiving: MONITOR (buffer per write) or SCAN (newest per period); arrival time = update time
    mode = "monitor" if rng.random() < 0.7 else "scan"
    src, arr = list(np.nonzero(rec)[0]), list(ub[rec])
    for b, j in conn:
        src.append(j), arr.append(b)
    c["connect_values"] = len(conn)
    order = np.argsort(arr, kind="stable")
    src, arr = np.array(src, int)[order], np.array(arr)[order]
    ph = rng.uniform(0, WRITE)
    if mode == "monitor":
        sp = max(U, float(rng.choice([1.0, 2.0, 5.0, 10.0], p=[0.4, 0.2, 0.2, 0.2])))
        cap = int(np.ceil(WRITE / sp)) + 1
        w = ((arr - ph) // WRITE).astype(int)
        first = np.searchsorted(w, w)
        keep = np.arange(len(w)) - first < cap
        c["buffer_drops"] = int((~keep).sum())
    else:
        sp = float(rng.choice([5.0, 10.0, 15.0, 30.0]))
        w = ((arr - ph) // sp).astype(int)
        keep = np.ones(len(w), bool)
        keep[:-1] = w[1:] != w[:-1]
        c["scan_dropped"] = int((~keep).sum())
    src, arr = src[keep], arr[keep]
    ts = stamp[src]
    ok = ts > np.maximum.accumulate(np.r_[-np.inf, ts[:-1]])  # not newer than the last stored: dropped
    c["stamp_drops"] = int((~ok).sum())
    src, arr, ts = src[ok], arr[ok], ts[ok]
    written = (np.floor((arr - ph) / WRITE) + 1) * WRITE + ph + rng.uniform(0, 1, len(arr))
    # retrieval per minute bin by the IOC's stamps
    b = np.floor(ts / STEP).astype(int)
    lag = rng.uniform(20, 90)
    fetch = (b + 1) * STEP + lag
    avail = (written <= fetch) & (b >= 0) & (b < n)
    c["late_writes"] = int(((written > fetch) & (b >= 0) & (b < n)).sum())
    src, b = src[avail], b[avail]
    op = "mean" if rng.random() < 0.75 else "first"
    cnt = np.bincount(b, minlength=n)
    if op == "mean":
        ent_b, ent_s, ent_w = b, src, 1.0 / cnt[b]
    else:
        fi = np.ones(len(b), bool)
        fi[1:] = b[1:] != b[:-1]
        ent_b, ent_s, ent_w = b[fi], src[fi], np.ones(fi.sum())
    # empty bins: the last event repeated while connected (a trainer life up and no outage), else 0
    failed = rng.random(n) < rng.uniform(0.001, 0.01)
    c["failed_fetches"] = int(failed.sum())
    mid = (np.arange(n) + 0.5) * STEP
    up = np.zeros(n, bool)
    for a, e in run.lives:
        up[(mid >= a + 5) & (mid < e)] = True
    for a, e in out:
        up[(mid + 30 > a) & (mid - 30 < e)] = False
    empty = np.nonzero(cnt == 0)[0]
    carry_b, carry_s = [], []
    for i in empty:
        k = np.searchsorted(b, i) - 1
        if up[i] and k >= 0 and i - b[k] <= 3:
            carry_b.append(i), carry_s.append(src[k])
    c["carried_bins"] = len(carry_b)
    c["empty_bins"] = len(empty) - len(carry_b)
    ent_b = np.concatenate([ent_b, np.array(carry_b, int)])
    ent_s = np.concatenate([ent_s, np.array(carry_s, int)])
    ent_w = np.concatenate([ent_w, np.ones(len(carry_b))])
    keep = ~failed[ent_b]
    return SimpleNamespace(U=U, ub=ub, mdel=mdel, mode=mode, sp=sp, op=op, cols=cols, wts=wts, stamp=stamp, outages=out,
                           ent_b=ent_b[keep], ent_s=ent_s[keep], ent_w=ent_w[keep], failed=failed, counts=c)


def _reads(run, J: np.ndarray, t0: float = -np.inf, t1: float = np.inf) -> np.ndarray:
    """The monitor's per-minute reads of the windows/s ``J`` (linear in ``J``); where ``J`` is 0 outside ``[t0, t1)``
    (s), only the updates that end in ``[t0, t1 + 10)`` are computed."""
    p = run.path
    sl = slice(int(np.searchsorted(p.ub, t0)), int(np.searchsorted(p.ub, t1 + 10)))
    vals = np.zeros(len(p.ub))
    vals[sl] = (J[p.cols[sl]] * p.wts[sl]).sum(1)
    return np.bincount(p.ent_b, weights=vals[p.ent_s] * p.ent_w, minlength=run.n)[:run.n]


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.J = _job(rng, run)
    run.nt = len(run.J)
    run.path = _path(rng, run, run.J)
    h = _reads(run, run.J)
    dead = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        dead[int(a // STEP):min(n, int(np.ceil(b / STEP)))] = True
    for t0, t1, lv, r0 in run.segs:  # a ramp's first half
        dead[int(r0 // STEP):min(n, int(np.ceil((r0 + run.ramp / 2) / STEP)))] = True
    dead = dead | np.r_[dead[1:], False] | np.r_[False, dead[:-1]] | (h <= 0)
    spans, s = [], None
    for i, d in enumerate(dead.tolist() + [False]):
        if d and s is None:
            s = i
        elif not d and s is not None:
            spans.append((s, i))
            s = None
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per 5-s tick from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    edges = hc.twostate(rng, 0, length, rng.uniform(30, 240), rng.uniform(120, 600))
    calm = rng.uniform(0.05, 0.25)
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    ts = np.arange(n) * STEP
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        k0, k1 = int(t0 // TICK), min(run.nt, int(stop * STEP // TICK) if stop < n else run.nt)
        w = _weight(rng, kind, k1 - k0, max(1, ramp * K))
        lost = np.zeros(run.nt)
        lost[k0:k1] = w * run.J[k0:k1]
        r = _reads(run, lost, k0 * TICK, k1 * TICK)
        c0 = min(onset + ramp, stop - 5)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        lv = live[c0:stop]
        den = r[c0:stop][lv].sum()
        if den <= 0:
            continue
        a = target * healthy[c0:stop][lv].sum() / den
        if a > 1:
            continue
        m = a * r
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.33)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout138(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout138_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT138_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout138, seeds, n, pauses)
