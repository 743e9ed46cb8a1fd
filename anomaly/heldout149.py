"""The hundred-and-forty-ninth held-out throughput family: a railway track-defect detector's training frames/s (a CNN
over line-scan images of rails, sleepers and fastenings from a train-mounted inspection camera; the images cropped and
contrast-normalised on CPU workers, rare defect classes oversampled, the data read one inspection run's file at a time;
a validation pass on held-out lines now and then), read through rsync-pulled CSV log files: each node's trainer appends
a line (its node's timestamp, step, samples) every 5 s to a local ``train.csv``, a systemd timer on the collector runs
one service that pulls every node's files with rsync over SSH (``--append``) every 1-5 min, and the monitor parses the
collected files once a minute and sums each minute of the lines' own timestamps.

(No generator's head names rsync, a railway, rails as a track, line-scan images, sleepers, fastenings, an inspection
run, logrotate or log rotation, CSV, SSH or ``--append`` (``grep -ic`` on ``/tmp/s58/genheads148.txt``: 0 each);
"rail" matches 1 head (sorting belts and rails), "systemd" 1 (systemd-journald kept stdout lines, read by
``journalctl -f``: systemd is not new, its timer driving rsync pulls is), "defect" 1 (a wafer-map defect-pattern
classifier: defects are not new, a track inspection is), "pull" 2 (a Prometheus pulled, a ZeroMQ ``PULL`` socket),
"collector" 7, "frames/s" 7 (the unit is not new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads148.txt`` through
``grep -i``/``grep -c`` only (two ``grep -io`` printing up to 50 characters around the matches of rail, systemd,
defect and pull). Slips: a ``wc -l`` of ``anomaly/heldout141.py`` (478 lines) run with the ``grep -n``; none else.

Public sources read (excerpts through the search tool): rsync's option list (``--append``: "append data onto shorter
files"; ``--append-verify``; a fork's note that ``--append`` implies ``--inplace``); ``systemd.timer(5)`` (Ubuntu and
Debian pages: a timer's unit still active when the timer elapses is left running, no second instance is started;
``OnUnitActiveSec=``, ``AccuracySec=``, ``RandomizedDelaySec=`` named); logrotate's ``copytruncate`` (quoted from its
man page: a very small time slice between copying and truncating, in which some logging data might be lost); Python's
``RotatingFileHandler`` (the file being written to is always ``app.log``; when full it is closed, renamed ``.1`` (older
ones ``.2`` ...) and a new file opened). Not read (from memory, unchecked): that ``--append`` skips a file whose copy on
the receiver is as long or longer (so a rotated, shorter ``train.csv`` is not pulled until the script notices it);
rsync's ``--timeout``; ``AccuracySec=`` defaulting to 1 min; chrony keeping nodes within about a second; Python's
block buffering of a plain file (a few KiB) cutting a line at a flush. Nothing read on the job: its figures are
assumed.

Assumed without checking (the job): 1-4 nodes (30/30/20/20 %) of 1, 2, 4 or 8 GPUs (20/30/30/20 %; 0.85-0.97 per
doubling); a GPU trains 120-2,400 frames/s (log-uniform). The workers read one inspection run's file at a time: a file
lasts 120-900 s of training (log-uniform), its crop mix and defect density under the oversampler set its rate (a
factor, sd 3-9 %), and opening it stalls the loader 3-20 s at 20-60 % of the rate; per tick an AR(1) of the log (sd
2-6 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run (an hour
apart), each a larger crop (at most twice: 1.4-2.0 times dearer), a larger backbone (once: 1.8-2.6) or, 1 in 6, half
or twice the GPUs per node; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 2-8 min ("long"
20-50) and a ramp from 50-80 % over 2-6 min; a validation pass every 32-144 min of training (a run's mean 40-120, each
0.8-1.2 of it), 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes
(exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch:
stopped 1-3 min ("long" 5-12) and queued 1-5 min, then a start-up and its ramp. Restarts stay on the same nodes.

On the path (not checked): each node writes one line per 5-s tick of training (its share of the tick's frames) at the
tick's end plus a node's phase (0-5 s), stamped by its clock; a crash loses the tick it cut, a graceful stop writes it.
In 35 % of runs the file is block-buffered: a flush every 12-36 lines, the flush's last line cut (it completes at the
next flush: a partial line left for a later pull), a crash losing the unflushed lines, a stop or a rollover flushing
them. The trainer's logger rolls its file over every 6-30 h of lines (renamed ``train.csv.1``, a new ``train.csv``);
half the pull scripts notice the shrunk file one successful pull late (the new file's lines wait), half the scripts
(drawn apart) pull ``train.csv*`` (the renamed file is a new name: copied in full, so its collected lines come a second
time), the others ``train.csv`` only (the old file's lines not pulled before the rename are lost; a later rename, ``.1``
to ``.2``, copies the file again, but its minutes are long read: not modelled). The timer fires every 60-300 s plus up
to 60 s; the service pulls the nodes in turn (0.5-3 s each); a pull fails with probability 0.3-2 %, 10-40 % while the
node loads or writes a checkpoint (a start-up or a checkpoint, 30 s either side), always inside an SSH drop (per node
0.5-3 a day, 30 s plus a mean of 1-10 min); 20-60 % of the failures outside drops hang until rsync's timeout (60-300 s),
delaying the next nodes and the next run. A line is delivered at its node's first successful pull after it is complete
and its file visible. Node clocks: offsets sd 0.05-1 s (clipped at 1.9 s); in 20 % of runs one node is 2-20 s off and
drifts 0-40 ppm. The monitor (its clock the reference) parses once a minute from a random phase and reads minute ``m``
of the lines' timestamps at its first parse 1-5 min plus the timer period (plus a buffered run's 12-36 ticks) after the
minute's end: a line delivered later is lost; half the monitors drop exact duplicate lines, the others count them twice.
A point is the minute's frames / 60. The reads are linear in the frames; lines and fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing;
a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share
``a w`` of each tick's frames lost, carried through the same lines and reads): ``drop`` (a cropping worker killed:
``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the inspection files' NFS server slow in bursts: 1
for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the workers' decoded-image cache
swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33
%, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost frames (linear), refused above 1;
``w`` is per 5-s tick.

Measured (``heldout149_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      9     11         11    0.086-0.310  16              3-24 (1056, 0 >60)
long      32      11    12         9     0.082-0.312  19              3-63 (855, 1 >60)

Planned changes listed: short 17, long 22 (of 17 and 22 relaunches; none kept its stage); crashes 61 and 37. The path
over each set (counts, lines per node): short: failed pulls 1539, hung 445, SSH drops 227, rotations 214 (20 seen a pull
late), rotated tails lost 3122, lines copied again with a renamed file 883601 (2500 counted twice: most came after their
minute was read), lines lost in a crash 790, lines cut at a flush 38478, lines delivered after their minute was read
17158, lines moved to another minute by a node's clock 22296, unread points outside pauses 29; long: 1452, 398, 180, 115
(52), 1238, 756066 (1060), 382, 33147, 21450, 63022, 137. The reads' sum over the live points against the job's frames:
0.985-1.003 (short), 0.985-1.010 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.5-4.8
% (short), 2.0-4.3 % (long), its 99th percentile 21-49 % (short), 20-45 % (long); the live median level 495-7,707
frames/s (short), 378-12,123 (long). Changes of the laws after the first measure: one, a fix: a buffered line that a
crash caught unflushed was lost even where its file had rolled over (closed, so flushed) before the crash; it is now
flushed at the rollover (the figures here are after it: only the crash losses moved, from 877 and 499; the events, spans
and changes did not). Before the first measure: 4 seeds' healthy runs per setting were looked at (spans, counts, the
reads' ratio) for these figures only. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most
60 points "short", 90 "long", at 3,000 points; 24 and 63 at most in the full sets).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT149_SEEDS = tuple(range(1492000, 1492012))
TICK, STEP = 5.0, 60.0  # a CSV line per node every 5 s; a point per minute of the lines' own timestamps
K = int(STEP // TICK)
EPOCH = 1_798_761_600.0  # a whole minute
CODE = 149
KIND_P = (0.35, 0.3, 0.35)
CAUSES = {"drop": ("worker",), "straggler": ("nfs",), "leak": ("cache",)}
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause span lengths (points) checked at 3,000 points
PATH_KEYS = ("failed_pulls", "hung_pulls", "ssh_drops", "rotations", "late_files", "tails_lost", "duplicated",
             "counted_twice", "crash_lost", "partial_waits", "late_lines", "moved_by_clock", "unread_points")
DAY = 86400.0


def _level(cfg, st) -> float:
    """The job's frames/s in a stage: GPUs (``eff`` per doubling), crop size steps and the larger backbone."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["crop_c"] ** st["crop"] / cfg["bb_c"] ** st["bb"]


def _next_stage(rng, cfg, st, lv) -> dict:
    """A relaunch's stage: a larger crop (at most twice), the larger backbone (once) or, 1 in 6, another GPU count
    per node; redrawn until the level moves 15 % (1/3 to 3 times); the old stage where none does."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(st["gpus"] * rng.choice([0.5, 2.0]))
            if not st["nn"] <= new["gpus"] <= 8 * st["nn"]:
                continue
        elif u < 0.6 and st["crop"] < 2:
            new["crop"] += 1
        elif st["bb"] < 1:
            new["bb"] = 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _mins(rng, short, long_, setting) -> float:
    return 60.0 * rng.uniform(*(short if setting == "short" else long_))


def _schedule(rng, n: int, setting: str):
    """The job: its stages, lives, pauses and the frames trained per 5-s tick (``J``)."""
    T = n * STEP + 300.0
    nn = int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.2, 0.2]))
    gpn = int(rng.choice([1, 2, 4, 8], p=[0.2, 0.3, 0.3, 0.2]))
    cfg = {"gpu": hc.log_uniform(rng, 120, 2400), "eff": rng.uniform(0.85, 0.97), "crop_c": rng.uniform(1.4, 2.0),
           "bb_c": rng.uniform(1.8, 2.6)}
    st = {"gpus": nn * gpn, "crop": 0, "bb": 0, "nn": nn}
    lvl = _level(cfg, st)
    crash_mean = rng.uniform(12, 48) * 3600
    rel = np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= 3600]
    eval_base = rng.uniform(40, 120) * 60
    ck_every = int(rng.choice([2, 3]))
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    pauses_t, segs, lives, restarts, known_t, ramps = [], [], [], [], [], []

    def start(t0):
        su = _mins(rng, (2, 8), (20, 50), setting) if t0 == 0 else _mins(rng, (2, 6), (8, 20), setting)
        pauses_t.append((t0, t0 + su, "startup"))
        r0, rl = rng.uniform(0.5, 0.8), rng.uniform(120, 360)
        ramps.append((t0 + su, 0.5 * rl))
        return t0 + su, r0, rl

    life0 = 0.0
    t, r0, rl = start(0.0)
    rt0 = t
    next_eval = t + eval_base * rng.uniform(0.8, 1.2)
    next_crash = t + rng.exponential(crash_mean)
    ri, n_eval = 0, 0
    while t < T:
        cands = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf, T]
        which = int(np.argmin(cands))
        e = min(T, max(cands[which], t + 30.0))
        segs.append(SimpleNamespace(t0=t, t1=e, lvl=lvl, r0=r0, rt0=rt0, rl=rl))
        if which == 3 or e >= T:
            break
        if which == 0:  # a validation pass on held-out lines, every 2nd or 3rd followed by a checkpoint
            dur = _mins(rng, (2, 6), (10, 25), setting)
            pauses_t.append((e, e + dur, "eval"))
            t, n_eval = e + dur, n_eval + 1
            if n_eval % ck_every == 0:
                ck = rng.uniform(15, 60) if setting == "short" else rng.uniform(60, 240)
                pauses_t.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + eval_base * rng.uniform(0.8, 1.2)
            continue
        if which == 1:  # a crash: the process dies, the job is restarted on the same nodes from its checkpoint
            counts["crashes"] += 1
            lives.append((life0, e, True))
            down = _mins(rng, (1, 4), (6, 18), setting)
            pauses_t.append((e, e + down, "crash"))
            life0 = e + down
            t, r0, rl = start(life0)
            restarts.append((e, t, True))
        else:  # a planned relaunch: graceful stop, queued, new stage
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, e, False))
            stop = _mins(rng, (1, 3), (5, 12), setting) + 60 * rng.uniform(1, 5)
            pauses_t.append((e, e + stop, "relaunch"))
            life0 = e + stop
            t, r0, rl = start(life0)
            new = _next_stage(rng, cfg, st, lvl)
            same = new is st
            if same:
                counts["kept_stage"] += 1
            else:
                st, lvl = new, _level(cfg, new)
                known_t.append(t)
            restarts.append((e, t, same))
        rt0 = t
        next_crash = t + rng.exponential(crash_mean)
        next_eval = max(next_eval, t + 600)
    lives.append((life0, np.inf, False))
    nt = int(T // TICK)
    tr, lv, rm = np.zeros(nt), np.zeros(nt), np.ones(nt)
    for s in segs:
        i0, i1 = int(s.t0 // TICK), min(nt, int(np.ceil(s.t1 / TICK)))
        tb = np.arange(i0, i1) * TICK
        ov = np.clip(np.minimum(s.t1, tb + TICK) - np.maximum(s.t0, tb), 0, None)
        tr[i0:i1] += ov
        lv[i0:i1] = np.where(ov > 0, s.lvl, lv[i0:i1])
        mid = np.maximum(s.t0, tb) + ov / 2
        rm[i0:i1] = np.where(ov > 0, s.r0 + (1 - s.r0) * np.clip((mid - s.rt0) / s.rl, 0, 1), rm[i0:i1])
    # one inspection run's file at a time: its own rate (crop mix, defect density under the oversampler) and a stall
    # while it is opened (read, first chunk cropped and normalised)
    ct = np.cumsum(tr) - tr / 2
    lens = np.exp(rng.uniform(np.log(120), np.log(900), int(ct[-1] / 120) + 2))
    F = np.concatenate([[0.0], np.cumsum(lens)])
    fi = np.searchsorted(F, ct, side="right") - 1
    fac = np.exp(rng.normal(0, rng.uniform(0.03, 0.09), len(F)))
    stall_len, stall_f = rng.uniform(3, 20, len(F)), rng.uniform(0.2, 0.6)
    sm = np.where(ct - F[fi] < stall_len[fi], stall_f, 1.0)
    a = np.exp(-TICK / rng.uniform(10, 60))
    sd = rng.uniform(0.02, 0.06)
    x = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, sd, nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    ou = ou[(np.arange(nt) * TICK / 60).astype(int)]
    J = tr * lv * np.exp(x + ou) * fac[fi] * sm * rm
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, nn=nn, cfg=cfg, J=J, train=tr, segs=segs, lives=lives,
                           pauses_t=pauses_t, restarts=restarts, known_t=known_t, ramps=ramps, counts=counts,
                           setting=setting)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``[a, b)`` (sorted by start, disjoint)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _first_at(S: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The first time of the sorted ``S`` at or after each ``x`` (inf where none)."""
    S2 = np.concatenate([S, [np.inf]])
    return S2[np.searchsorted(S, x, side="left")]


def _node_clocks(rng, nn: int) -> list[tuple[float, float]]:
    """Each node's clock ``(offset s, drift ppm)``: chrony keeps them within about a second; in 20 % of runs one
    node is unsynchronised (its chronyd stopped), 2-20 s off and drifting 0-40 ppm."""
    sd = rng.uniform(0.05, 1.0)
    out = [(float(np.clip(rng.normal(0, sd), -1.9, 1.9)), 0.0) for _ in range(nn)]
    if rng.random() < 0.2:
        j = int(rng.integers(nn))
        out[j] = (float(rng.choice([-1, 1]) * rng.uniform(2, 20)), float(rng.uniform(0, 40)))
    return out


def _pulls(rng, run, nn: int, P: float, horizon: float, counts: dict) -> list[np.ndarray]:
    """The collector's rsync pulls: a systemd timer every ``P`` s (plus up to a minute of timer accuracy) runs one
    service that pulls the nodes in turn; a pull fails (node busy, SSH dropped) or hangs until rsync's timeout, the
    next node waiting and the next run starting late. Returns each node's successful pull times."""
    t_out = rng.uniform(60, 300)
    p_fail, p_busy, p_hang = rng.uniform(0.003, 0.02), rng.uniform(0.1, 0.4), rng.uniform(0.2, 0.6)
    busy = np.array([(a - 30, b + 30) for a, b, k in run.pauses_t if k in ("ckpt", "startup")]).reshape(-1, 2)
    drops = []
    for _ in range(nn):
        w, t = [], rng.exponential(DAY / rng.uniform(0.5, 3))
        rate = DAY / rng.uniform(0.5, 3)
        mean = rng.uniform(60, 600)
        while t < horizon:
            d = 30 + rng.exponential(mean)
            w.append((t, t + d))
            t += d + rng.exponential(rate)
        drops.append(np.array(w).reshape(-1, 2))
        counts["ssh_drops"] += len(w)
    ok = [[] for _ in range(nn)]
    t = rng.uniform(0, P)
    while t < horizon:
        c = t
        for j in range(nn):
            c += rng.uniform(0.5, 3.0)  # SSH handshake and the file list
            dropped = _inside(np.array([c]), drops[j])[0]
            p = 1.0 if dropped else (p_busy if _inside(np.array([c]), busy)[0] else p_fail)
            if rng.random() < p:
                counts["failed_pulls"] += 1
                if not dropped and rng.random() < p_hang:
                    counts["hung_pulls"] += 1
                    c += t_out
                else:
                    c += rng.uniform(5, 20)
            else:
                ok[j].append(c)
        t = max(t + P, c) + rng.uniform(0, 60)
    return [np.array(o) for o in ok]


def _path(rng, run):
    """How each node's CSV lines reach the monitor's minutes: ``bucket`` (the minute of a line's own timestamp),
    ``copies`` (0 lost, 1, or 2: counted twice) per line of ``tick`` on a node; ``counts`` of the distortions."""
    nn, nt = run.nn, run.nt
    counts = dict.fromkeys(PATH_KEYS, 0)
    P = rng.uniform(60, 300)
    buffered = rng.random() < 0.35
    B = int(rng.integers(12, 37))  # lines per block flush (a 4-KiB buffer)
    glob = rng.random() < 0.5  # the pull takes train.csv* (rotated names too) or train.csv only
    late = rng.random() < 0.5  # the pull script sees a rotated (shrunk) file one pull late
    dedup = rng.random() < 0.5  # the monitor drops exact duplicate lines
    W = P + (B * TICK if buffered else 0.0) + rng.uniform(60, 300)  # how long the monitor waits for a minute
    phi = rng.uniform(0, 60)
    horizon = run.T + W + 3600
    ok = _pulls(rng, run, nn, P, horizon, counts)
    clocks = _node_clocks(rng, nn)
    ticks = np.nonzero(run.train > 0)[0]
    starts = np.array([a for a, b, c in run.lives])
    ends = np.array([b for a, b, c in run.lives])
    crashed = np.array([c for a, b, c in run.lives])
    T_all, B_all, C_all = [], [], []
    for j in range(nn):
        phase = rng.uniform(0, TICK)
        w = (ticks + 1) * TICK + phase
        life = np.searchsorted(starts, ticks * TICK, side="right") - 1
        le, lc = ends[life], crashed[life]
        cut = (w > le) & lc  # a crash: the samples since the last line are never written
        lost = np.zeros(len(ticks), bool)  # lines a crash caught in the buffer
        w = np.minimum(w, le)
        avail = w.copy()
        if buffered:  # block flushes: a block's last line is cut and completes at the next flush
            for li in np.unique(life):
                idx = np.nonzero(life == li)[0]
                k = np.arange(len(idx))
                f = (k // B + 1) * B - 1 + np.where(k % B == B - 1, B, 0)
                inside = f < len(idx)
                av = np.where(inside, w[idx[np.minimum(f, len(idx) - 1)]], np.inf if crashed[li] else ends[li])
                counts["partial_waits"] += int((k % B == B - 1).sum())
                lost[idx] |= ~np.isfinite(av)
                avail[idx] = av
        # the trainer's logger rolls its file over every 6-30 h of lines (renamed to train.csv.1, a new train.csv)
        R = int(rng.uniform(6, 30) * 3600 / TICK)
        k = np.arange(len(ticks))
        fid = k // R
        rot = w[np.arange(R, len(ticks), R)]
        counts["rotations"] += len(rot)
        r_next = np.concatenate([rot, [np.inf]])[np.minimum(fid, len(rot))]
        avail = np.minimum(avail, r_next)  # closing the old file flushes it
        lost = cut | (lost & (r_next > le))
        S = ok[j]
        seen = np.zeros(len(ticks))
        if late and len(rot):
            first = _first_at(S, rot)
            vis = _first_at(S, np.nextafter(first, np.inf))
            counts["late_files"] += len(rot)
            seen = np.where(fid > 0, np.concatenate([[0.0], vis])[np.minimum(fid, len(rot))], 0.0)
        d1 = np.where(lost, np.inf, _first_at(S, np.maximum(avail, seen)))
        d2 = np.full(len(ticks), np.inf)
        if len(rot):
            tail = np.isfinite(d1) & (d1 >= r_next)  # not pulled before the file was renamed
            if glob:  # train.csv.1 is a new name: copied in full, its collected lines a second time
                again = _first_at(S, r_next)
                dup = np.isfinite(d1) & (d1 < r_next) & np.isfinite(r_next)
                d2 = np.where(dup, again, np.inf)
                counts["duplicated"] += int(dup.sum())
            else:
                d1 = np.where(tail, np.inf, d1)
                counts["tails_lost"] += int(tail.sum())
        counts["crash_lost"] += int(lost.sum())
        off, drift = clocks[j]
        stamp = w + off + drift * 1e-6 * w
        b = np.floor(stamp / STEP).astype(int)
        counts["moved_by_clock"] += int((b != np.floor(w / STEP)).sum())
        E = phi + STEP * np.ceil((STEP * (b + 1) + W - phi) / STEP)
        c1 = d1 <= E
        counts["late_lines"] += int((np.isfinite(d1) & ~c1).sum())
        c2 = c1 & (d2 <= E)
        counts["counted_twice"] += int((c2 & ~dedup).sum())
        T_all.append(ticks)
        B_all.append(b)
        C_all.append(c1.astype(int) + (c2 & (not dedup)).astype(int))
    return SimpleNamespace(tick=np.concatenate(T_all), bucket=np.concatenate(B_all), copies=np.concatenate(C_all),
                           counts=counts, dedup=dedup, glob=glob, late=late, buffered=buffered, P=P, W=W,
                           clocks=clocks)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's frames/s per minute: the counted copies of each node's lines (its share of the tick's frames),
    summed by the minute of their timestamps, over 60 s. Linear in ``J``."""
    p = run.path
    keep = (p.bucket >= 0) & (p.bucket < run.n) & (p.copies > 0)
    return np.bincount(p.bucket[keep], weights=p.copies[keep] * J[p.tick[keep]] / run.nn, minlength=run.n) / STEP


def _spans(run, healthy: np.ndarray | None) -> list[tuple[int, int]]:
    """Paused points: a minute or its neighbour touching a pause (or a ramp's first half), or (where ``healthy`` is
    given) a read of nothing."""
    n = run.n
    win = [(a, b) for a, b, k in run.pauses_t] + [(t, t + h) for t, h in run.ramps]
    if healthy is not None:
        win += [(i * STEP, (i + 1) * STEP) for i in np.nonzero(healthy <= 0)[0]]
    spans = []
    for a, b in sorted(win):
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    run.path.counts["unread_points"] = int((hc.live_mask(_spans(run, None), n) & (healthy <= 0)).sum())
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's frames lost (0 .. 1, per 5-s tick)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a cropping worker killed (OOM): its share gone within a few ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' decoded-image cache growing into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    calm = rng.uniform(0.05, 0.25)  # the inspection files' NFS server slow in bursts
    i = np.searchsorted(edges, s, side="right") - 1
    return np.where(i % 2 == 0, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n

    def cause(rng, run, kind, name, t0, t1, tr):
        b0, b1 = int(t0 // TICK), min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        ramp = max(1, int((tr - t0) / TICK)) if kind == "leak" else 0
        Jl = np.zeros(run.nt)
        Jl[b0:b1] = _weight(rng, kind, max(b1 - b0, 0), ramp) * run.J[b0:b1]
        unit = _reads(run, Jl)
        return (lambda a: (0, a * unit)), 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        p0, p1 = c0 // K, min(n, int(np.ceil(b1 / K)))
        lv = live[p0:p1]
        hs = healthy[p0:p1][lv].sum()
        m1 = mod_of(1.0)[1][p0:p1][lv].sum()
        if hs <= 0 or m1 <= 0 or target * hs / m1 > a_max:
            return None
        return target * hs / m1

    def series(mod, lo_, b1):
        return np.maximum(healthy - mod[1], 0.0), 0

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="none")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout149(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout149_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT149_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout149, seeds, n, pauses)
