"""The hundred-and-forty-eighth held-out throughput family: a coral-reef segmentation U-Net's training tiles/s
(benthic survey photo-mosaics with annotated points, cut into tiles, colour-corrected and augmented on CPU workers,
rare coral classes oversampled, one reef site's mosaic read at a time; a validation pass on held-out sites now and
then), trained on board a research vessel and reported ashore through Iridium Short Burst Data: the reporter packs
each interval's tiles into a small mobile-originated message, the transceiver sends it when it reaches a satellite
(failed sessions retried with a backoff, one message at a time), the gateway delivers it by DirectIP or e-mail with
its session time and MOMSN, and the monitor bins the delivered messages per minute of session time.

(No generator's head names Iridium, Short Burst Data, SBD, a transceiver, MOMSN, DirectIP, e-mail, coral, a reef or
benthic surveys (``grep -ic`` on ``/tmp/s58/genheads148.txt``: 0 each); "satellite" matches 2 heads (satellite
images, not a satellite link), "vessel" 1 (camera frames over vessels), "ship" 4 (a ship detector, log shippers),
"mosaic" 1 (mosaic augmentation), "ocean" 2 and "marine" 1 (an ocean emulator, plankton crops), "u-net" 6,
"segmentation" 4 and "tiles/s" 6: the model family and unit are not new, the reef job and the satellite path are.
Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all, in pieces: the first print was cut
in the middle by the tool's length limit, and lines 120-537 were printed again), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads148.txt`` through
``grep -ic`` and two ``grep -io``: one printing up to 70 characters around satellite, vessel, mosaic, ocean and
marine (it printed nothing), one up to 60 around them and 40 around the word ship. Slips: a ``wc -l`` of
``anomaly/heldout141.py`` (478 lines) run with the ``grep -n``, and ``wc -l`` of ``anomaly/heldout_common.py``,
``tests/trace_checks.py`` and the heads file; none else. The MOMSN is named, not modelled: no reader here keys on
it.

Public sources read (excerpts through the search tool): the ``sbd`` crate's docs (MO messages delivered to an e-mail
address as a MIME attachment or by DirectIP: the gateway opens a TCP connection to port 10800 of the shore server,
sends the message and closes it); Teltonika's "Iridium Edge Communication Protocol" page (a DirectIP MO header:
CDR reference, IMEI, session status, MOMSN, MTMSN and the time of session as a 4-byte Unix time, so whole seconds);
Mikal Hart's IridiumSBD README (MO messages up to 340 bytes) and the cryologger ice-tracking-beacon code (several
records packed into one buffer, a send/receive timeout of 300 s, re-sent after a failure); PX4's IridiumsbdStatus
message (failed and successful session counters). Not read (from memory, unchecked): the 9602/9603 developer guide's
retry advice (a backoff after a failed ``SBDIX``), whether the MOMSN advances on a failed attempt, that the
transceiver's MO buffer holds one message, how long a session takes (assumed 4-12 s, a failure 8-25 s), how often
an e-mail delivery is slow, and nothing on the job (CoralNet / ReefCloud style pipelines named only): its figures
are assumed.

Assumed without checking (the job): one box of 1, 2 or 4 GPUs (35/45/20 %, 0.85-0.97 per doubling); a GPU trains
40-900 tiles/s (log-uniform). The CPU workers read one reef site's mosaic at a time: a site lasts 5-40 min
(log-uniform), its rate factor (tile content, the share of oversampled rare-class tiles and their heavier
augmentation) has sd 3-8 %, and opening it (reading and colour-correcting the mosaic's first strips) slows the
loader for 5-40 s to 20-60 %; per 10-s tick an AR(1) of the log (sd 2-5 %, correlation 20-90 s) and a slow OU
(sd 1-3 %, 30-150 min). Relaunches: 0-3 at 15-85 % of the run, one an hour or more after the previous, each larger
tiles (at most twice, 1.8-2.4 times dearer), a larger encoder (once, 1.4-2.2), mixed precision (once, 1.3-1.7 times
faster) or, 1 in 6, another GPU count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10
min ("long" 25-60) and a ramp from 40-75 % over 2-6 min; a validation pass on held-out sites every 30-90 min of
training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes
(exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a
relaunch: stopped 1-3 min ("long" 5-12), then a start-up and its ramp.

On the path (not checked): the reporter runs in the training process; every ``R`` s (20 s in 60 % of runs, else 30
s) it packs the interval's tiles (scaled integers: the rounding, under 0.01 %, is left out) and a counter from 0 per
process into a message and queues it (at most 60-400 messages; the oldest is dropped when full). The transceiver
takes the queue's head into its buffer and tries a session: it succeeds with a probability set by the sky (clear:
0.88-0.98; phases of ship motion or a blocked view, a mean of 1-10 min every 0.5-3 h: 0.2-0.5; outages from a bad
orientation, 0.3-2 a day of 5-40 min, and in 25 % of runs antenna icing, 1-3 a day of 15-40 min: 0); a failure is
retried after ``min(b 2^f, cap)`` s (``b`` 5-15, cap 60-240, times 0.5-1.5); the message after a success is tried at
once. A success's answer is lost with probability 0.3-1.5 %: the gateway has it but the transceiver retries it (a
duplicate with a new MOMSN). A process's crash or relaunch loses the reporter's queue and its last partial interval
(the transceiver keeps the message in its buffer); the transceiver is power-cycled 0.1-0.5 a day (its buffer lost,
its MOMSN from 0, 30-90 s to boot). The gateway stamps the session's start (whole seconds); DirectIP (60 % of runs)
delivers in 1-5 s, e-mail in a log-normal delay (median 10-40 s, sd 0.8 in log); the shore side is down 0.1-0.5 a
day for 5-40 min (deliveries wait to its end plus 0-120 s). The reporter's timer is a sleep loop from its process's
start: an interval lasts ``R`` plus 5-200 ms (the packing), so its edges walk through the minute, and a message is
dialled 1-4 s after its interval ends (written to the buffer, ``SBDIX`` started); the box's own clock does not reach
the reads (the gateway stamps them). The monitor reads minute ``m`` of session time at its end plus 60-180 s: a
message delivered later is lost; half the monitors drop a message whose counter was counted in the last 10-30 min (a
duplicate, or a restarted process's counter colliding with its predecessor's), the others count every copy. A point
is the minute's tiles / 60; the reads are linear in the tiles.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), where it counts a message
whose interval does, or where it reads nothing; a listed change is the first point after a relaunch's span that
changed the stage. Labelled regressions (a share ``a w`` of each tick's tiles lost, carried through the same
messages and reads): ``drop`` (a colour-correction worker killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6
ticks), ``straggler`` (the ship's storage slowed in bursts while the day's dive imagery is ingested: 1 for a mean of
30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the decoded-mosaic cache growing into swap:
``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %,
10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost tiles (linear), refused above 1.

Measured (``heldout148_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    9          10    0.083-0.306  23              1-61 (3229, 1 >60)
long      30      11    10         9     0.094-0.329  27              1-103 (2488, 11 >60)

Planned changes listed: short 12, long 15 (of 12 and 15 relaunches; none kept its stage); crashes 44 and 42. The
path over each set (counts): short: failed sessions 19047, degraded phases 862, outages 115, duplicates delivered 1310
(657 counted twice: no dedup; 669 dropped by a counter dedup), messages dropped from a full queue 390, messages lost
with a process or a power-cycled transceiver 734, power cycles 9, copies delivered after their minute was read 443,
copies counted in another minute than their interval's end 49968, points reading nothing 11617 (pauses included);
long: 17871, 574, 80, 1640 (172, 1497), 68, 1784, 12, 3034, 46286, 22563. The reads' sum over all points against the
job's tiles: 0.979-1.011 (short), 0.947-1.005 (long); over the live points 1.042-1.214 and 1.018-1.182 (a backlog
drained after an outage lands in live minutes while the outage's own minutes read nothing and are paused). The live
points' minute-to-minute change (median ``|d log|`` per seed) 2.5-40 % (short), 2.2-41 % (long): a minute counts 2
or 3 messages, and one moved a minute by a failed session is a third to a half of it; its 99th percentile 139-203 %
(short) and 129-197 % (long); the live median level 78-570 tiles/s (short), 58-2,552 (long). Changes of the laws
after the first measure: one, a fix: a relaunch or a crash falling due inside a pause started there, so two pauses
overlapped; it now comes at the pause's end (the figures here are after it). Before the first measure (6 seeds'
healthy runs at 3,000 points looked at, for these figures only): the sky's clear-view success 0.80-0.97 and degraded
0.1-0.4 raised to 0.88-0.98 and 0.2-0.5, and the reporter's intervals moved from the box clock's multiples of ``R``
(every message at a minute's edge, so a clock offset of a second decided its minute) to a sleep loop from the
process's start. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 65 points
"short", 110 "long", at 3,000 points; 61 and 103 at most in the full sets).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from collections import deque
from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT148_SEEDS = tuple(range(1482000, 1482012))
CODE = 148
TICK = 10.0  # s: the job's tiles are kept per tick
STEP = 60.0  # s: a point, one minute of session time
K = int(STEP // TICK)
EPOCH = 1_785_000_000.0  # a multiple of 60
DAY = 86400.0
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (1, 65), "long": (1, 110)}  # pause spans at 3,000 points
PATH_KEYS = ("failed_sessions", "degraded", "outages", "duplicates", "dup_counted", "dedup_dropped", "queue_lost",
             "restart_lost", "transceiver_restarts", "late_lost", "moved", "unread")
MIN = 60.0


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The stage's tiles/s: GPUs (an efficiency per doubling), tile size, encoder and mixed precision."""
    g = st["gpus"]
    return (cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["tile_c"] ** st["tile"] / cfg["enc_c"] ** st["enc"]
            * cfg["amp_c"] ** st["amp"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: redrawn until the level moves 15 % or more and stays within 1/3 to 3 times."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif u < 0.5 and st["tile"] < 2:
            new["tile"] += 1
        elif u < 0.75 and not st["enc"]:
            new["enc"] = 1
        elif not st["amp"]:
            new["amp"] = 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _pause_len(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = short if setting == "short" else long
    return rng.uniform(lo, hi) * MIN


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its pauses, lives, stages and tiles per tick."""
    T = n * STEP
    nt = n * K
    cfg = {"gpu": _lu(rng, 40, 900), "eff": rng.uniform(0.85, 0.97), "tile_c": rng.uniform(1.8, 2.4),
           "enc_c": rng.uniform(1.4, 2.2), "amp_c": rng.uniform(1.3, 1.7)}
    st = {"gpus": int(rng.choice([1, 2, 4], p=[0.35, 0.45, 0.2])), "tile": 0, "enc": 0, "amp": 0}
    crash_mean = rng.uniform(12, 48) * 3600
    n_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * T)
    re_t = [t for i, t in enumerate(re_t) if i == 0 or t - re_t[i - 1] >= 3600]
    ck_every = int(rng.choice([2, 3]))
    pauses_t, lives, ramps, stages, known_t = [], [], [], [(0.0, dict(st))], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = _pause_len(rng, setting, (3, 10), (25, 60))
    pauses_t.append((0.0, t, "startup"))
    life0 = 0.0
    ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
    next_eval = t + rng.uniform(30, 90) * MIN
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ri = 0, 0
    while t < T:
        nxt = re_t[ri] if ri < len(re_t) else np.inf
        stop = min(next_eval, next_crash, nxt)
        if stop >= T:
            break
        t = max(t, stop)  # a relaunch or a crash due inside a pause comes at its end
        if stop == next_eval:
            n_eval += 1
            d = _pause_len(rng, setting, (2, 6), (10, 25))
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = rng.uniform(15, 60) if setting == "short" else rng.uniform(60, 240)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + rng.uniform(30, 90) * MIN
            continue
        kind = "crash" if stop == next_crash else "relaunch"
        lives.append((life0, t))
        if kind == "crash":
            counts["crashes"] += 1
            down = _pause_len(rng, setting, (1, 4), (6, 18))
        else:
            counts["relaunches"] += 1
            ri += 1
            down = _pause_len(rng, setting, (1, 3), (5, 12))
        life0 = t + down
        d = down + _pause_len(rng, setting, (2, 6), (8, 20))
        pauses_t.append((t, t + d, kind))
        t += d
        ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
        if kind == "relaunch":
            lv = _level(cfg, st)
            new = _next_stage(rng, cfg, st, lv)
            if new == st:
                counts["kept_stage"] += 1
            else:
                st = new
                stages.append((t, dict(st)))
                known_t.append(t)
        else:
            next_crash = t + rng.exponential(crash_mean)
        next_eval = t + rng.uniform(30, 90) * MIN
    lives.append((life0, np.inf))
    # the job's tiles per tick
    tb = np.arange(nt) * TICK
    edges = np.array([x for a, b, _ in pauses_t for x in (a, b)])
    on = 1 - hc.bad_share(edges, tb, TICK)
    on[on < 1e-9] = 0.0
    level = np.empty(nt)
    for k, (t0, s) in enumerate(stages):
        i0 = int(t0 // TICK) if k else 0
        level[i0:] = _level(cfg, s)
    ramp = np.ones(nt)
    ramp_half = np.zeros(nt, bool)
    for t0, d, r0 in ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + d) / TICK)))
        x = (tb[i0:i1] + 0.5 * TICK - t0) / d
        ramp[i0:i1] = r0 + (1 - r0) * np.clip(x, 0, 1)
        ramp_half[i0:min(nt, int(np.ceil((t0 + d / 2) / TICK)))] = True
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(20, 90)
    a = np.exp(-TICK / tau)
    ar = lfilter([np.sqrt(1 - a * a) * sd], [1, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(30, 150) * MIN)
    slow = np.interp(tb, np.arange(len(ou)) * STEP, ou)
    site = np.ones(nt)
    s_sd, t = rng.uniform(0.03, 0.08), 0.0
    while t < T:
        d = _lu(rng, 5, 40) * MIN
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        site[i0:i1] = np.exp(rng.normal(0, s_sd))
        k = max(1, int(rng.uniform(5, 40) // TICK))
        site[i0:min(i1, i0 + k)] *= rng.uniform(0.2, 0.6)
        t += d
    J = TICK * on * level * ramp * np.exp(ar + slow) * site
    quiet = (on < 1) | ramp_half  # ticks in a pause or a ramp's first half
    return SimpleNamespace(n=n, nt=nt, T=T, dt=STEP, k=K, cfg=cfg, J=J, on=on, quiet=quiet, pauses_t=pauses_t,
                           lives=lives, known_t=known_t, stages=stages, counts=counts, train=J)


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson windows ``[start, end)`` (``per_day``, lasting ``lo``-``hi`` s), sorted and merged."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    e = s + rng.uniform(lo, hi, k)
    out = []
    for a, b in zip(s, e):
        if out and a <= out[-1][1]:
            out[-1][1] = max(b, out[-1][1])
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _inside(x: float, win: np.ndarray) -> int:
    """The index of the window holding ``x``, or -1."""
    i = int(np.searchsorted(win[:, 0], x, side="right")) - 1
    return i if i >= 0 and x < win[i, 1] else -1


def _path(rng, run) -> SimpleNamespace:
    """The SBD link: each tick's message and the minutes its copies are counted in (-1: none)."""
    T, nt = run.T, run.nt
    R = float(rng.choice([20.0, 30.0], p=[0.6, 0.4]))
    period = R + rng.uniform(0.005, 0.2)  # a sleep loop: each interval also holds the packing's time
    qmax = int(rng.integers(60, 401))
    p_clear, p_deg = rng.uniform(0.88, 0.98), rng.uniform(0.2, 0.5)
    deg = hc.twostate(rng, rng.uniform(0, 3600), T + 3600, rng.uniform(60, 600), rng.uniform(0.5, 3) * 3600)
    deg = deg[:len(deg) // 2 * 2].reshape(-1, 2)
    out = _windows(rng, T + 3600, rng.uniform(0.3, 2), 300, 2400)
    if rng.random() < 0.25:
        out = np.concatenate([out, _windows(rng, T + 3600, rng.uniform(1, 3), 900, 2400)])
        out = out[np.argsort(out[:, 0])]
        merged = []
        for a, b in out:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(b, merged[-1][1])
            else:
                merged.append([a, b])
        out = np.array(merged).reshape(-1, 2)
    b0, cap = rng.uniform(5, 15), rng.uniform(60, 240)
    p_ack = rng.uniform(0.003, 0.015)
    xr = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.1, 0.5) * T / DAY)))
    directip = rng.random() < 0.6
    mail_med = rng.uniform(10, 40)
    shore = _windows(rng, T + 3600, rng.uniform(0.1, 0.5), 300, 2400)
    lag = rng.uniform(60, 180)
    dedup = bool(rng.random() < 0.5)
    memory = rng.uniform(600, 1800)
    counts = dict.fromkeys(PATH_KEYS, 0)
    counts["degraded"], counts["outages"] = len(deg), len(out)
    # each tick's message: its life, its box-clock interval and that interval's end (true time)
    tm = (np.arange(nt) + 0.5) * TICK
    starts = np.array([a for a, b in run.lives])
    ends = np.array([b for a, b in run.lives])
    life = np.searchsorted(starts, tm, side="right") - 1
    alive = (life >= 0) & (tm < ends[np.maximum(life, 0)])
    kbox = np.floor((tm - starts[np.maximum(life, 0)]) / period).astype(np.int64)
    key = life.astype(np.int64) * 10 ** 9 + kbox
    keys, msg_of = np.unique(key, return_inverse=True)
    m_life, m_k = keys // 10 ** 9, keys % 10 ** 9
    emit = starts[m_life] + (m_k + 1) * period + rng.uniform(1, 4, len(keys))  # packed, written, dialled
    m_end = ends[m_life]
    first_k = {}
    for lf, k in zip(m_life, m_k):
        first_k.setdefault(int(lf), int(k))
    counter = np.array([int(k) - first_k[int(lf)] for lf, k in zip(m_life, m_k)])
    nm = len(keys)
    c1, c2 = np.full(nm, -1), np.full(nm, -1)
    sent = emit <= np.minimum(m_end, T + 600)  # a life's last partial interval is never packed
    sent &= np.bincount(msg_of, weights=alive, minlength=nm) > 0
    counts["restart_lost"] += int((~sent & (emit <= T) & np.isfinite(m_end)).sum())
    order = np.nonzero(sent)[0]
    queue = deque()
    seen = {}  # counter -> session time last counted (a deduplicating monitor)
    t, qi, xi = 0.0, 0, 0
    while qi < len(order) or queue:
        if not queue:
            t = max(t, emit[order[qi]])
        while qi < len(order) and emit[order[qi]] <= t:
            queue.append(order[qi])
            qi += 1
            if len(queue) > qmax:
                queue.popleft()
                counts["queue_lost"] += 1
        j = queue.popleft()
        if m_end[j] <= t:  # the process died with it still in its queue
            counts["restart_lost"] += 1
            continue
        if t > T + 600:
            break
        fails, copies, acked = 0, [], False
        while not acked and t <= T + 600:
            if xi < len(xr) and xr[xi] <= t:  # a power cycle: the buffer lost, a boot
                xi += 1
                counts["transceiver_restarts"] += 1
                t += rng.uniform(30, 90)
                if not copies:
                    counts["restart_lost"] += 1
                break
            p = 0.0 if _inside(t, out) >= 0 else (p_deg if _inside(t, deg) >= 0 else p_clear)
            if rng.random() < p:
                copies.append(np.floor(t))
                t += rng.uniform(4, 12)
                if len(copies) == 1 and rng.random() < p_ack:
                    counts["duplicates"] += 1
                    fails += 1
                    t += min(b0 * 2 ** fails, cap) * rng.uniform(0.5, 1.5)
                    continue
                acked = True
            else:
                counts["failed_sessions"] += 1
                fails += 1
                t += rng.uniform(8, 25) + min(b0 * 2 ** fails, cap) * rng.uniform(0.5, 1.5)
        for c, ts in enumerate(copies):
            if ts is None:
                continue
            arrive = ts + (rng.uniform(1, 5) if directip else mail_med * np.exp(rng.normal(0, 0.8)))
            w = _inside(arrive, shore)
            if w >= 0:
                arrive = shore[w, 1] + rng.uniform(0, 120)
            m = int(ts // STEP)
            if arrive > (m + 1) * STEP + lag:
                counts["late_lost"] += 1
                continue
            if dedup and counter[j] in seen and ts - seen[counter[j]] < memory:
                counts["dedup_dropped"] += 1
                continue
            seen[counter[j]] = ts
            if c:
                counts["dup_counted"] += 1
            if c1[j] < 0:
                c1[j] = m
            else:
                c2[j] = m
            if m != int(emit[j] // STEP):
                counts["moved"] += 1
    return SimpleNamespace(R=R, period=period, dedup=dedup, directip=directip, msg_of=msg_of, c1=c1, c2=c2,
                           out=out, deg=deg, counts=counts, alive=alive)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """Tiles counted per minute of session time (``run.n`` minutes) of the tiles per tick ``J``."""
    p, n = run.path, run.n
    h = np.zeros(n)
    for c in (p.c1, p.c2):
        m = c[p.msg_of]
        ok = (m >= 0) & (m < n) & p.alive
        h += np.bincount(m[ok], weights=J[ok], minlength=n)[:n]
    return h


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J) / STEP
    p = run.path
    paused = np.zeros(n, bool)
    for a, b, _ in run.pauses_t:
        paused[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    qi = np.nonzero(run.quiet)[0] // K
    paused[np.unique(np.minimum(qi, n - 1))] = True
    qmsg = np.bincount(p.msg_of, weights=run.quiet, minlength=len(p.c1)) > 0
    for c in (p.c1, p.c2):
        m = c[qmsg]
        paused[m[(m >= 0) & (m < n)]] = True
    paused |= h <= 0
    run.path.counts["unread"] = int((h <= 0).sum())
    spans, s = [], None
    for i, x in enumerate(paused):
        if x and s is None:
            s = i
        elif not x and s is not None:
            spans.append((s, i))
            s = None
    if s is not None:
        spans.append((s, n))
    live = ~paused
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        p = rng.uniform(0.6, 1.8)
        return np.where(s < ramp, (s / max(ramp, 1)) ** p, 1.0)
    on_m, off_m, calm = rng.uniform(30, 240), rng.uniform(120, 600), rng.uniform(0.05, 0.25)
    w, i, bad = np.empty(length), 0, True
    while i < length:
        d = max(1, int(rng.exponential(on_m if bad else off_m)))
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None."""
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
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else stop * K
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        L = _reads(run, lost) / STEP
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        c1 = min(stop, n)
        lv = live[c0:c1]
        Hs, Ls = healthy[c0:c1][lv].sum(), L[c0:c1][lv].sum()
        if Ls <= 0 or Hs <= 0 or target * Hs / Ls > 1:
            continue
        m = target * Hs / Ls * L
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
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout148(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout148_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT148_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout148, seeds, n, pauses)
