"""The hundred-and-thirty-ninth held-out throughput family: a retail demand forecaster's training series-windows/s (a
temporal-fusion-transformer-style model over store-by-product daily sales histories with prices, promotions and
holidays; the windows sampled, their features joined and scaled on CPU workers from large columnar partitions; a
backtest validation over the last weeks now and then), read through PRTG Network Monitor's HTTP Push Data Advanced
sensor: the trainer's reporter thread pushes a JSON result (its windows since its last accepted push, as a rate) to
the probe's push port every 30-60 s, the sensor stores the last pushed value once per scanning interval, and the
monitor reads per-minute averages from PRTG's historic data by the core server's timestamps.

(No generator's head names PRTG, a push-data sensor, "No Data", a scanning interval, historic data, retail, demand,
sales, a promotion, a holiday, a backtest, columnar data or TFT (``grep -ic`` on ``/tmp/s57/genheads135.txt``: 0
each); "forecast" matches 9 heads (motion, time-series foundation, traffic, ocean, wildfire, electricity-load and
air-quality forecasters: the word, not the retail job), "fusion" 5 (all "diffusion"), "store" 6 and "parquet" 1 (the
words, not checked further), "probe" 1 (135's ultrasound probe). The retail demand job and the PRTG push path are new.
Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout135.py`` lines 1-110 and 504-513 (its
``make_heldout135`` and ``heldout135_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout135.py`` (all), ``anomaly/heldout_common.py`` (all; its middle, cut from my first
print, printed again from its ``def pause_spans`` to its ``def smax`` line, after a ``grep -n`` for those two lines),
``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/s57/genheads135.txt`` through ``grep -i``/``grep -c`` only (two
``grep -i`` printing the matching heads' lines for "forecast" and "fusion", cut at 250 characters; a first try with
``grep -o`` and context printed nothing). Slips: a ``wc -l`` of ``anomaly/heldout135.py`` (513 lines) with the ``grep
-n``; none else. My scratch scripts (``/tmp/w139s/``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): PRTG's manual pages for the HTTP Push Data Advanced and HTTP
Push Data sensors (a URL on the probe that takes pushed messages, HTTP or HTTPS; not on cluster probes; with several
channels a push to one records 0 on the others; false alerts when the parent probe disconnects from the core server:
"the latest push message ... is older than the specified time threshold allows", code PE222); PRTG's API pages (live
data, ``table.xml``; ``historicdata_html.htm`` / csvexport with ``sdate``, ``edate`` and ``avg`` for averaged
intervals, in a Paessler knowledge-base thread); the old knowledge-base page on PRTG's CSV export (one row per
refresh with its timecode); PrtgAPI's wiki on historical information. Not read (from memory, unchecked): the push
port (5050 by default) and the JSON result's shape; that the sensor stores the last message once per scanning
interval and repeats it while it is younger than the "No Incoming Data" timeout, stores nothing after it (No Data /
down) and forgets it when the probe restarts; that the probe buffers its results while disconnected from the core and
sends them on reconnect (here 70 % of the disconnects; 30 % lose the buffer); that the historic data's averaged
interval is the plain mean of the values stamped in it; that the core stamps a result with the probe's scan time
corrected by a clock offset. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2, 3 or 4 nodes (35/30/15/20 %) of 2, 4 or 8 GPUs (30/45/25 %; 0.86-0.97 per
node doubling); a GPU trains 300-3000 windows/s (log-uniform) at the first stage. The CPU workers join and scale each
window's features from one columnar partition at a time: a partition lasts 60-420 s (per-run bounds) and its switch
stalls the loader 2-12 s at 40-75 % of the rate; per 5-s tick the rate swings as an AR(1) of its log (sd 3-7 %,
correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, each a longer
encoder lookback (at most twice: 1.3-1.8 times dearer each), a wider model (once: 1.6-2.4) or, 1 in 6, another node
count; redrawn until the level moves 15 % (1/3 to 3 times); a relaunch 1 h or more after the previous. Pauses:
start-up 3-10 min ("long" 30-75) and a ramp from 50-80 % over 2-6 min (the workers' partition caches filling); a
backtest validation every 30-90 min of training (per run; each gap 0.75-1.25 of it), 2-6 min ("long" 10-25), every
2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h; one due in a pause
comes 1-10 min after it): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 10-30) and a ramp; a relaunch:
stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): rank 0's reporter thread lives with the trainer process (from a life's start to its
crash or stop); it sleeps a per-run period of 30-60 s plus 0.05-0.3 s of jitter between pushes, 1-3 % of them 0.5-8 s
later (the thread blocked); a push carries the windows since its last accepted push over the time since then (its
node's clock, 5-100 ppm off), and reaches the probe 0.02-0.5 s later. A push fails (timeout, never stored) 0.1-1 %
of the time and is refused while the probe restarts: the next accepted push's rate spans the gap. 0.1-1 % of the
accepted pushes lose their reply and are sent again, the same JSON, 2-10 s later. The probe restarts 0.1-1 times a
day (30 s plus an exponential of mean 1-4 min: no scans, the last value forgotten) and loses its core connection
0.2-2 times a day (30 s plus an exponential of mean 3-40 min). The sensor scans every 30 s (40 %) or 60 s (60 %) at
its own phase; a scan stores the last received push's value (a push between scans overwrites the one before it)
while it is younger than a timeout of 2-5 min, else nothing. Each stored value is stamped by the probe's scan time
plus its clock's error against the core (an offset of sd 0.3-3 s; in 30 % of runs a drift of 20-300 ppm stepped
back at each sync, every 1-8 h), and reaches the core 0.5-3 s after the scan, or 5-60 s after a disconnect's end
(back-filled), or never (the buffer lost). The monitor reads minute ``m`` of the core's clock once, at its end plus
a per-run 60-240 s (and 0-10 s of jitter): a value reaching the core later is lost; a point is the mean of the
minute's values, 0 where there are none. The reads are linear in the windows; pushes, scans and their fates are the
healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's windows lost, carried through the same pushes, scans and reads): ``drop`` (a feature-join worker pool lost:
``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one node's GPU throttled in bursts: 1 for a mean of
30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (a growing cache of joined partitions paging:
``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % within 2 min after a pause's end, a drawn target
loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost windows (linear), refused
above 1; ``w`` is per 5-s tick.

Measured (``heldout139_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.083-0.317  21              1-155 (1398, 5 >60)
long      30      9     11         10    0.091-0.302  16              1-186 (966, 13 >60)

Planned changes listed: short 22, long 18 (of 22 and 18 relaunches; none kept its stage); crashes 36 and 41. The path
over each set (counts): short: pushes overwritten between scans 19877, scans repeating the last push 11724, pushes
failed 536, refused in probe restarts 117, duplicated 342, delayed 2021, scans lost in probe restarts 115, scans with
no data (timeout) 81, scans back-filled after a disconnect 942, scans lost with the probe's buffer 707, scans reaching
the core after their minute was read 843, unread points 1384; long: 18700, 15185, 453, 45, 566, 1948, 43, 814, 1101,
225, 996, 1507. The reads' sum over the live points against the job's windows: 0.998-1.001 (short), 0.999-1.001
(long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.8-5.1 % (short), 2.2-4.8 % (long),
its 99th percentile 13-25 % (short) and 13-21 % (long); the live median level 223-38,301 windows/s (short),
1,649-69,090 (long). The long spans (over 60 points in the "short" setting) are the path's: a disconnect whose buffer
was lost, or a long one back-filled after the monitor's read, merged with a pause. Changes of the laws after the
first measure: one, a bug found by the tests (a crash due inside a pause overlapped it; now it comes 1-10 min after
the pause: this moved every later draw, and the figures above are after it). Before it, after a look at 3 seeds'
healthy runs per setting, the "long" start-up and restart made longer (from 25-60 and 8-20 min). The tests
check the laws on the first 4 seeds at 3,000 points (``SPANS`` holds the full sets' span lengths).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT139_SEEDS = tuple(range(1392000, 1392012))
CODE = 139  # the random stream's code
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
TICK = 5.0  # s: the job's rate grid
STEP = 60.0  # s: one point, a minute of the core server's clock
K = int(STEP // TICK)
EPOCH = 1767225600.0  # 2026-01-01 00:00 UTC, a whole minute
SPANS = {"short": (1, 155), "long": (1, 186)}  # pause span lengths (points), measured: see the docstring
PATH_KEYS = ("pushes_overwritten", "scans_repeating", "pushes_failed", "pushes_refused", "pushes_duplicated",
             "pushes_delayed", "scans_in_restarts", "scans_no_data", "scans_backfilled", "scans_lost_in_buffer",
             "scans_after_read", "unread_points")

# pause lengths (minutes) per setting: start-up, backtest, checkpoint, crash's down time, restart, relaunch's stop
DUR = {"short": dict(startup=(3, 10), eval=(2, 6), ck=(0.25, 1.0), down=(1, 4), restart=(2, 6), stop=(1, 3)),
       "long": dict(startup=(30, 75), eval=(10, 25), ck=(1, 4), down=(6, 18), restart=(10, 30), stop=(5, 12))}


def _level(cfg: dict, st: dict) -> float:
    """The job's windows/s at a stage: GPUs' rate, scaled per node doubling by ``eff``, slowed by a longer encoder
    lookback (``size`` steps, ``size_c`` each) and a wider model (``bb``, ``bb_c``)."""
    nodes = st["nodes"]
    lv = cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)
    return float(lv / cfg["size_c"] ** st["size"] / cfg["bb_c"] ** st["bb"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a longer lookback (at most twice), a wider model (once) or, 1 in 6, another node count;
    redrawn until the level moves 15 % or more (within 1/3 .. 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([1, 2, 3, 4]))
        elif u < 0.6 and st["size"] < 2:
            new["size"] += 1
        elif st["bb"] < 1:
            new["bb"] += 1
        elif st["size"] > 0:
            new["size"] -= 1  # a shorter lookback after a failed longer one
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return {**st, "nodes": 2 if st["nodes"] == 1 else 1}


def _dur(rng, setting: str, what: str) -> float:
    lo, hi = DUR[setting][what]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its pauses, lives (process up-times), ramps, stages and its windows/s per 5-s tick ``J``."""
    T = (n + 20) * STEP
    nt = int(T // TICK)
    cfg = {"gpu": hc.log_uniform(rng, 300, 3000), "gpus": int(rng.choice([2, 4, 8], p=[0.3, 0.45, 0.25])),
           "eff": rng.uniform(0.86, 0.97), "size_c": rng.uniform(1.3, 1.8), "bb_c": rng.uniform(1.6, 2.4)}
    st = {"size": 0, "bb": 0, "nodes": int(rng.choice([1, 2, 3, 4], p=[0.35, 0.3, 0.15, 0.2]))}
    eval_mean = rng.uniform(30, 90) * 60
    ck_every = int(rng.choice([2, 3]))
    crash_mean = rng.uniform(12, 48) * 3600
    n_re = int(rng.integers(0, 4))
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, n_re)) * T:
        if not re_t or x - re_t[-1] >= 3600:
            re_t.append(float(x))
    pauses_t, lives, ramps, known_t = [], [], [], []
    stages = [(0.0, _level(cfg, st), dict(st))]
    counts = {"relaunches": 0, "crashes": 0, "kept_stage": 0, "evals": 0}

    def ramp_from(t):
        ramps.append((t, t + 60 * rng.uniform(2, 6), rng.uniform(0.5, 0.8)))

    su = _dur(rng, setting, "startup")
    pauses_t.append((0.0, su, "startup"))
    life0, t, ri = 0.0, su, 0
    ramp_from(t)
    next_crash = t + rng.exponential(crash_mean)
    to_eval = eval_mean * rng.uniform(0.75, 1.25)
    while t < T:
        next_crash = max(next_crash, t + rng.uniform(60, 600))  # one due in a pause: soon after it
        te, tc = t + to_eval, next_crash
        tr = re_t[ri] if ri < len(re_t) else np.inf
        if tr < t + 300:  # a relaunch due inside a pause waits for the training to resume
            tr = re_t[ri] = t + rng.uniform(300, 900)
        nxt = min(te, tc, tr)
        if nxt >= T:
            break
        if nxt == te:
            counts["evals"] += 1
            d = _dur(rng, setting, "eval")
            pauses_t.append((te, te + d, "eval"))
            t = te + d
            if counts["evals"] % ck_every == 0:
                d = _dur(rng, setting, "ck")
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            to_eval = eval_mean * rng.uniform(0.75, 1.25)
            continue
        lives.append((life0, nxt, st["nodes"]))
        if nxt == tc:
            counts["crashes"] += 1
            down = _dur(rng, setting, "down")
            up = _dur(rng, setting, "restart")
            pauses_t.append((tc, tc + down + up, "crash"))
            life0, t = tc + down, tc + down + up
        else:
            counts["relaunches"] += 1
            stop = _dur(rng, setting, "stop") + 60 * rng.uniform(1, 5)
            up = _dur(rng, setting, "restart")
            pauses_t.append((tr, tr + stop + up, "relaunch"))
            life0, t = tr + stop, tr + stop + up
            st = _next_stage(rng, cfg, st, stages[-1][1])
            stages.append((t, _level(cfg, st), dict(st)))
            known_t.append(t)
            ri += 1
            while ri < len(re_t) and re_t[ri] < t + 3600:
                ri += 1
        ramp_from(t)
        next_crash = t + rng.exponential(crash_mean)
        to_eval = eval_mean * rng.uniform(0.75, 1.25)
    lives.append((life0, np.inf, st["nodes"]))
    # the 1-s grid of training time: 0 in pauses; a partition switch stalls the CPU feature join
    Ts = nt * int(TICK)
    grid = np.ones(Ts)
    for a, b, _ in pauses_t:
        grid[int(np.ceil(a)):int(np.ceil(min(b, Ts)))] = 0.0
    part_lo, part_hi = rng.uniform(60, 150), rng.uniform(200, 420)
    ts = np.cumsum(rng.uniform(part_lo, part_hi, int(Ts / part_lo) + 2))
    ts = ts[ts < Ts]
    stall = rng.uniform(2, 12, len(ts))
    keep = rng.uniform(0.4, 0.75, len(ts))
    for a, d, f in zip(ts, stall, keep):
        grid[int(a):int(a + d)] *= f
    frac = grid.reshape(nt, int(TICK)).mean(1)
    tick_mid = (np.arange(nt) + 0.5) * TICK
    lv = np.array([s[1] for s in stages])[np.searchsorted([s[0] for s in stages], tick_mid, side="right") - 1]
    rmp = np.ones(nt)
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        rmp[i0:i1] = r0 + (1 - r0) * np.clip((tick_mid[i0:i1] - a) / (b - a), 0, 1)
    sd, corr = rng.uniform(0.03, 0.07), rng.uniform(10, 60)
    ar_a = np.exp(-TICK / corr)
    ar = lfilter([1.0], [1.0, -ar_a], rng.normal(0, sd * np.sqrt(1 - ar_a ** 2), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow = np.interp(tick_mid, np.arange(len(ou)) * STEP, ou)
    J = lv * rmp * np.exp(ar + slow - 0.5 * sd * sd) * frac
    return SimpleNamespace(n=n, nt=nt, T=T, dt=STEP, k=K, cfg=cfg, pauses_t=pauses_t, lives=lives, ramps=ramps,
                           stages=stages, known_t=known_t, J=J, counts=counts, train=frac)


def _events_in(rng, T: float, per_day: tuple, mean_min: tuple) -> list:
    """Outages ``(start, end)``: a Poisson count at a drawn daily rate, each lasting an exponential mean (minutes)."""
    rate = rng.uniform(*per_day) * T / 86400
    k = int(rng.poisson(rate))
    mean = 60 * rng.uniform(*mean_min)
    starts = np.sort(rng.uniform(0, T, k))
    return [(float(a), float(a + 30 + rng.exponential(mean))) for a in starts]


def _inside(t: np.ndarray, spans: list) -> np.ndarray:
    m = np.zeros(len(t), bool)
    for a, b in spans:
        m |= (t >= a) & (t < b)
    return m


def _path(rng, run) -> SimpleNamespace:
    """The PRTG path: the reporter's pushes, the probe's restarts and core disconnects, the sensor's scans, the
    core's stamps and the monitor's reads. Returns what maps any tick series to the points (see :func:`_reads`)."""
    T = run.T
    counts = {k: 0 for k in PATH_KEYS}
    period = rng.uniform(30, 60)
    p_block, p_fail, p_dup = rng.uniform(0.01, 0.03), rng.uniform(0.001, 0.01), rng.uniform(0.001, 0.01)
    node_ppm = rng.choice([-1, 1]) * rng.uniform(5, 100) * 1e-6
    restarts = _events_in(rng, T, (0.1, 1.0), (1, 4))  # the probe service restarting: port closed, no scans
    discon = _events_in(rng, T, (0.2, 2.0), (3, 40))  # the probe's link to the core server down: results buffered
    kept_buffer = rng.random(len(discon)) < 0.7
    P, Q, R = [], [], []  # per received push: its send time, the window's start, its arrival at the probe
    for a, b, _ in run.lives:
        b = min(b, T)
        t, q = a, a
        while True:
            t += period + abs(rng.normal(0, rng.uniform(0.05, 0.3)))
            if rng.random() < p_block:  # the reporter thread blocked (GIL, a big join on the workers' host)
                t += rng.uniform(0.5, 8)
                counts["pushes_delayed"] += 1
            if t >= b:
                break
            r = t + rng.uniform(0.02, 0.5)
            if _inside(np.array([r]), restarts)[0]:
                counts["pushes_refused"] += 1  # the next success spans the gap
                continue
            if rng.random() < p_fail:
                counts["pushes_failed"] += 1
                continue
            P.append(t)
            Q.append(q)
            R.append(r)
            if rng.random() < p_dup:  # the 200 lost: the same JSON pushed again 2-10 s later
                counts["pushes_duplicated"] += 1
                P.append(t)
                Q.append(q)
                R.append(r + rng.uniform(2, 10))
            q = t
    P, Q, R = np.array(P), np.array(Q), np.array(R)
    order = np.argsort(R, kind="stable")
    P, Q, R = P[order], Q[order], R[order]
    scan_i = float(rng.choice([30.0, 60.0], p=[0.4, 0.6]))
    timeout = rng.uniform(2, 5) * 60  # "No Incoming Data": the sensor turns down after this
    s = rng.uniform(0, scan_i) + scan_i * np.arange(int(T / scan_i) + 2)
    s = s[s < T]
    in_restart = _inside(s, restarts)
    counts["scans_in_restarts"] = int(in_restart.sum())
    s = s[~in_restart]
    j = np.searchsorted(R, s, side="right") - 1
    last_restart = np.array([max([a for a, b in restarts if a <= x], default=-np.inf) for x in s]) \
        if restarts else np.full(len(s), -np.inf)
    ok = (j >= 0) & (s - R[np.maximum(j, 0)] <= timeout) & (R[np.maximum(j, 0)] > last_restart)
    counts["scans_no_data"] = int((~ok).sum())
    used = np.zeros(len(R), bool)
    used[j[ok]] = True
    counts["pushes_overwritten"] = int((~used).sum())
    jj = j[ok]
    counts["scans_repeating"] = int((np.diff(jj) == 0).sum())
    s = s[ok]
    # the probe's clock against the core's: an offset and, in 30 % of runs, a drift stepped back at each NTP sync
    off = rng.normal(0, rng.uniform(0.3, 3))
    err = np.full(len(s), off)
    if rng.random() < 0.3:
        ppm = rng.choice([-1, 1]) * rng.uniform(20, 300) * 1e-6
        sync = rng.uniform(1, 8) * 3600
        err += ppm * np.mod(s + rng.uniform(0, sync), sync)
    c = s + err
    arrive = s + rng.uniform(0.5, 3, len(s))
    for (a, b), kb in zip(discon, kept_buffer):
        m = (s >= a) & (s < b)
        if kb:
            arrive[m] = b + rng.uniform(5, 60)
            counts["scans_backfilled"] += int(m.sum())
        else:
            arrive[m] = np.inf
            counts["scans_lost_in_buffer"] += int(m.sum())
    pt = np.floor(c / STEP).astype(int)
    delay = rng.uniform(60, 240)
    read = (pt + 1) * STEP + delay + rng.uniform(0, 10, len(s))
    late = arrive > read
    counts["scans_after_read"] = int((late & np.isfinite(arrive)).sum())
    keep = ~late & (pt >= 0) & (pt < run.n)
    cnt = np.bincount(pt[keep], minlength=run.n)[:run.n].astype(float)
    counts["unread_points"] = int((cnt == 0).sum())
    return SimpleNamespace(P=P, Q=Q, R=R, pt=pt[keep], j=jj[keep], cnt=cnt, counts=counts, ppm=node_ppm,
                           scan_i=scan_i, period=period, restarts=restarts, discon=discon, timeout=timeout)


def _cum(J: np.ndarray) -> np.ndarray:
    """Windows trained by each tick edge."""
    return np.concatenate([[0.0], np.cumsum(J) * TICK])


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's per-minute reads of a tick series ``X`` (windows/s) through the run's path (linear in X)."""
    pa = run.path
    C = _cum(X)
    edges = np.arange(len(C)) * TICK
    v = (np.interp(pa.P, edges, C) - np.interp(pa.Q, edges, C)) / ((pa.P - pa.Q) * (1 + pa.ppm))
    tot = np.bincount(pa.pt, weights=v[pa.j], minlength=run.n)[:run.n]
    return np.where(pa.cnt > 0, tot / np.maximum(pa.cnt, 1), 0.0)


def _spans(run, h: np.ndarray) -> list:
    """Paused points: a minute touching a pause (or a ramp's first half) and its neighbours, and unread minutes."""
    n = run.n
    marks = []
    ramp_half = {round(a, 6): a + 0.5 * (b - a) for a, b, r0 in run.ramps}
    for a, b, kind in run.pauses_t:
        b = ramp_half.get(round(b, 6), b)
        marks.append((max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)))
    for i in np.nonzero(h <= 0)[0]:
        marks.append((int(i), int(i) + 1))
    marks.sort()
    spans = []
    for s, e in marks:
        if s >= n:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the lost windows per 5-s tick: a drop (a feature-join worker pool lost) rises over
    1-6 ticks; a straggler (one node's GPU throttled) switches between 1 and a calm 0.05-0.25; a leak (a growing
    cache of joined partitions paging) ramps as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, on_m, off_m = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w = np.empty(length)
    i, bad = 0, True
    while i < length:
        d = 1 + int(rng.exponential(on_m if bad else off_m))
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [b for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            t0 = cand[int(rng.integers(len(cand)))] + rng.uniform(0, 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(np.ceil(t0 / TICK))
        i1 = run.nt if to_end else min(run.nt, int(stop * STEP // TICK))
        X = np.zeros(run.nt)
        X[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        L = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0, c1 = (onset + ramp if kind == "leak" else onset), min(stop, n)
        lv = live[c0:c1]
        ls, hs = L[c0:c1][lv].sum(), healthy[c0:c1][lv].sum()
        if ls <= 0 or hs <= 0:
            continue
        a = target * hs / ls
        if a > 1:
            continue
        v = np.maximum(healthy - a * L, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout139(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout139_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT139_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout139, seeds, n, pauses)
