"""The hundred-and-forty-third held-out throughput family: a continuous-glucose-monitor (CGM) forecaster's training
windows/s (a sequence model over people's CGM readings with insulin and meal logs; each person's export parsed and
resampled on CPU workers, sliding windows cut there and jittered, one person's file read at a time; a validation pass
on held-out people now and then), read through a Google Sheets log: the trainer's logger thread appends a row
(timestamp, step, samples over the last 10 s) with ``spreadsheets.values.append``, the per-minute per-user write quota
answers 429 and the client retries with truncated exponential backoff, 5xx errors and timeouts leave rows written
twice, a restart begins a new block of rows, and a monitor reads the sheet once a minute with
``spreadsheets.values.get`` and computes throughput from the rows' own (displayed) timestamps.

(No generator's head names glucose, CGM, insulin, a meal, a diabetes, a patient, Google Sheets, a spreadsheet,
``values.append``/``values.get``, a 429, a quota, a backoff or a number format (``grep -ic`` on
``/tmp/s58/genheads142.txt``: 0 each); "windows/s" matches 6 heads (time-series, EEG, retail-demand and tokamak
models: the unit is not new, the CGM job is), "sliding window" 1 (a retail forecaster's covariates); "retr" 14 (other
paths' retries: the Sheets quota, its 429s and the duplicate rows of a retried append are new). Job and path named by
the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all: a first ``cat`` was truncated by the
tool in its middle, lines 119-245 were printed again with ``sed``), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads142.txt`` through
``grep -ic`` and ``grep -io`` only (up to 50 characters before and 20 after "windows/s" and "sliding window"). Slips: a
``wc -l`` of ``anomaly/heldout141.py`` (478 lines) run with its ``grep -n``, and one of ``anomaly/heldout_common.py``
(537 lines, a file read in full) with a ``grep -n``; none else.

Public sources read (excerpts through the search tool): the Sheets API's "Usage limits" page (per-minute quotas
refilled every minute: 60 write requests per minute per user per project, 300 per project; over them a ``429: Too
many requests``; use exponential backoff; "after 1 minute you can execute requests again"; requests applied
atomically) and its backoff section as the Slides limits page gives it (wait ``min(2^n + random_ms, maximum_backoff)``,
``random_ms`` up to 1,000, ``maximum_backoff`` 32 or 64 s, then retry at that wait up to a maximum count);
``values.append``'s ``insertDataOption`` (OVERWRITE by default, INSERT_ROWS) from gspread #719/#726 and
freema/mcp-gsheets #66; Dexcom Clarity exports (aidR's vignette: one CSV with a metadata block, then one row per event;
the separator and headers vary with the account's language) and CGM cleaning packages (rGV ``read_cgm``: sensor
changes split by gaps; cgmanalysis ``cleandata``: gaps up to ``maximumgap`` minutes interpolated): each person's
export is messy, and its parse costs vary. Not read (from memory, unchecked): that a timed-out or 5xx append may have
been applied (the API has no idempotency key, so a retry writes the rows again); that ``values.get`` returns
FORMATTED_VALUE by default (the timestamp cell read as displayed, ``yyyy-mm-dd hh:mm:ss``: truncated to the second).

Assumed without checking (the job): one node of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per doubling); a GPU trains
500-20,000 windows/s (log-uniform). The workers read one person's export at a time: a file lasts 60-600 s of wall time
(log-uniform), its resampled length and gaps set its rate (a factor, sd 3-9 %; 8 % of people a slow export, 0.55-0.8),
and parsing the next file stalls the loader 2-8 s at 30-60 % of the rate; window jitter: an AR(1) of the log per 10-s
tick (sd 2-6 %, correlation 20-120 s) and a slow OU (sd 1-3 %, 30-180 min). Relaunches: 0-3 at 15-85 % of the run, each
a longer look-back window (at most twice: 1.3-1.8 times dearer), the meal/insulin covariate encoder added (once:
1.25-1.6), the batch doubled (once: 0.7-0.9 of the cost) or, 1 in 6, another GPU count; redrawn until the level moves 15
% (1/3 to 3 times); an hour or more apart. Pauses: start-up 3-10 min ("long" 25-60: the first start loads every person's
export) and a ramp from 50-80 % over 2-6 min; a validation pass on held-out people every 30-90 min, 2-6 min ("long"
10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down
1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5
min, a start-up and its ramp. Pause edges fall on the logger's 10-s ticks.

On the path (not checked): the logger snapshots the windows of each 10-s tick (true time, plus 0-0.3 s) into a queue
stamped by its node's clock; its thread appends the queue in one request (latency log-normal, median 0.3-1.0 s). The
quota is shared with the lab's other writers on the service account: busy phases (a mean of 3-20 min, calm for a mean of
40-300 min) in whose minutes (each with probability 0.3-0.9) the quota runs out at a uniform second and answers 429 to
the minute's end (the quota's minutes on true time); Sheets outages (0.05-0.5 a day, 1 min plus a mean of 3-20) answer
503; 0.1-1 % of other requests fail, half 5xx (applied with probability 0.1) and half timeouts (the client gives up
after 20-60 s; applied with probability 0.3-0.7). A failed request is retried after ``min(2^k + U(0, 1), 32 or 64)`` s,
at most 6-10 times, then its rows are dropped; rows queued meanwhile go with the next request (late and bunched); a row
applied by a failed request and again by its retry lands twice (at most twice). A crash loses the rows not yet appended;
a relaunch's graceful stop flushes for 30 s. Each life is a block of rows (its steps restart from the checkpoint's), on
a node of a pool of 3 (a restart stays with probability 1/2, else lands on one drawn from the pool); node clocks:
offsets sd 0.1-1.5 s; in 20 % of runs one node is unsynchronised, 3-15 s off, drifting 0-40 ppm. The monitor reads
minute ``m`` once, at its end plus 5-40 s (its clock sd 0.5 s, 0.2 s more per read): a row appended later is lost to it.
It takes the rows displayed in minute ``m`` (timestamps truncated to the second), sums their samples (half the monitors
drop a repeated (block, step), the others count it twice) and divides by the time from the previous row it holds in the
same block (a block's first row: 10 s before it) to the minute's last row: a point is windows/s. The samples cell is
kept unrounded (hundreds of windows or more per row: assumed negligible). The reads are linear in the windows; rows and
fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's windows lost, carried through the same rows and reads): ``drop`` (a parse worker killed
by the OOM killer on a huge export: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the exports
read from a network file system slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the workers' cache of resampled people growing into swap: ``w = (s / ramp) ** p``, ``p``
0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost windows, refused above 1; ``w`` is per 10-s tick.

Measured (``heldout143_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    9          11    0.101-0.324  18              1-58 (1509, 0 >60)
long      32      11    12         9     0.080-0.310  22              1-61 (1223, 1 >60)

Planned changes listed: short 15, long 16 (of 15 and 16 relaunches; none kept its stage); crashes 33 and 37. The path
over each set (counts): short: 429 answers 15900, 5xx answers (outages included) 1018, timeouts 35, outages 21, rows
applied twice 24 (1 counted twice: most retries land after their minute's read), rows dropped after the last retry 1431,
rows lost with a crashed process's queue 59, rows appended after their minute was read 6929, rows displayed in another
minute than their tick's (node clocks, truncation) 33503, unread points 893; long: 17591, 654, 34, 14, 32 (8), 1160, 64,
8994, 36986, 1284. The reads' sum over the live points against the job's windows: 0.9996-1.0002 (short), 0.9998-1.0001
(long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.0-4.5 % (short), 2.1-4.3 % (long), its
99th percentile 34-41 % (both: a minute's rows late or lost, a span over a bunch); the live median level 567-23,916
windows/s (short), 359-20,291 (long). Changes of the laws after the first measure: one, the "long" first start-up 20-50
min made 25-60 (the first measure had no pause span over 60 points in "long": 1-59); the "short" row and the short
path's counts did not move (the long ones did). Before the first measure: none (3 seeds' healthy runs per setting were
looked at for their speed, spans and counts, and the "short" traces of the first 4 seeds at 3,000 points for their
events: nothing was changed after). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40
points "short", 90 "long", at 3,000 points; 58 and 61 at most in the full sets: an outage's unread minutes join a
pause).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT143_SEEDS = tuple(range(1432000, 1432012))
CODE = 143
TICK = 10.0  # the logger's row interval (s)
STEP = 60.0  # a point: the monitor's minute
K = int(STEP / TICK)
EPOCH = 1785000000.0  # a multiple of 60
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (1, 40), "long": (1, 90)}  # pause span lengths (points) the tests allow at 3,000 points
PATH_KEYS = ("throttled", "server_errors", "timeouts", "outages", "applied_twice", "counted_twice", "dropped",
             "lost_in_crash", "late_for_read", "moved_minute", "unread_points")
PAUSE = {  # minutes: (short lo, hi), (long lo, hi)
    "startup": ((3, 10), (25, 60)), "eval": ((2, 6), (10, 25)), "ckpt": ((0.25, 1), (1, 4)),
    "down": ((1, 4), (6, 18)), "restart": ((2, 6), (8, 20)), "stopped": ((1, 3), (5, 12)), "queued": ((1, 5), (1, 5)),
}


def _dur(rng, what: str, setting: str) -> float:
    lo, hi = PAUSE[what][hc.SETTINGS[setting]]
    return max(TICK, round(rng.uniform(lo, hi) * 60 / TICK) * TICK)


def _level(cfg: dict, st: dict) -> float:
    """The job's windows/s at stage ``st``."""
    g = st["gpus"]
    return (cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["lb_c"] ** st["lb"] / cfg["cov_c"] ** st["cov"]
            / cfg["bs_c"] ** st["bs"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: redrawn until the level moves 15 % or more and stays within 1/3 to 3 times."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif r < 0.5 and st["lb"] < 2:
            new["lb"] += 1
        elif r < 0.75 and st["cov"] < 1:
            new["cov"] = 1
        elif st["bs"] < 1:
            new["bs"] = 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str):
    """The job's pauses, lives and training level over ``n`` minutes (plus a margin)."""
    T = n * STEP + 1200.0
    cfg = {"gpu": hc.log_uniform(rng, 500, 20000), "eff": rng.uniform(0.85, 0.97), "lb_c": rng.uniform(1.3, 1.8),
           "cov_c": rng.uniform(1.25, 1.6), "bs_c": rng.uniform(0.7, 0.9)}
    st = {"gpus": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "lb": 0, "cov": 0, "bs": 0}
    crash_mean = rng.uniform(12, 48) * 3600
    re_t = sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    re_t = [t for k, t in enumerate(re_t) if k == 0 or t - re_t[k - 1] >= 3600]
    pauses_t, lives, segs, known_t, ramps = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t, life0 = 0.0, 0.0

    def start(t, kind):
        d = _dur(rng, "startup" if kind == "startup" else "restart", setting)
        pauses_t.append((t, t + d, "startup"))
        ramps.append((t + d, rng.uniform(120, 360), rng.uniform(0.5, 0.8)))
        return t + d

    t = start(t, "startup")
    next_eval, n_eval, ck_every = t + rng.uniform(1800, 5400), 0, int(rng.integers(2, 4))
    next_crash, ri = life0 + rng.exponential(crash_mean), 0
    while t < T:
        nre = re_t[ri] if ri < len(re_t) else np.inf
        nxt = max(t + TICK, round(min(next_eval, next_crash, nre, T) / TICK) * TICK)
        segs.append((t, nxt, _level(cfg, st)))
        t = nxt
        if t >= T:
            break
        if nre < np.inf and nre <= min(next_eval, next_crash):
            counts["relaunches"] += 1
            lives.append((life0, t, "stop"))
            d = _dur(rng, "stopped", setting) + _dur(rng, "queued", setting)
            pauses_t.append((t, t + d, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            counts["kept_stage"] += new == st
            life0 = t + d
            t = start(life0, "restart")
            if new != st:
                known_t.append(t)
            st, ri = new, ri + 1
            next_crash = life0 + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(1800, 5400)
        elif next_crash <= next_eval:
            counts["crashes"] += 1
            lives.append((life0, t, "crash"))
            d = _dur(rng, "down", setting)
            pauses_t.append((t, t + d, "crash"))
            life0 = t + d
            t = start(life0, "restart")
            next_crash = life0 + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(1800, 5400)
        else:
            n_eval += 1
            d = _dur(rng, "eval", setting)
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                d = _dur(rng, "ckpt", setting)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + rng.uniform(1800, 5400)
    lives.append((life0, T, "end"))
    return SimpleNamespace(T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, segs=segs, known_t=known_t, ramps=ramps,
                           counts=counts, n=n, dt=STEP, k=K, nt=int(T // TICK))


def _windows(rng, run) -> np.ndarray:
    """The job's windows per 10-s tick (0 in pauses)."""
    sec = np.arange(int(run.T)) + 0.5
    rate = np.zeros(len(sec))
    for a, b, lv in run.segs:
        rate[int(a):int(b)] = lv
    for t0, rd, f0 in run.ramps:
        i0, i1 = int(t0), min(len(sec), int(t0 + rd))
        rate[i0:i1] *= f0 + (1 - f0) * (sec[i0:i1] - t0) / rd
    # one person's export at a time: a factor per file and a parse stall at its start
    sd_f = rng.uniform(0.03, 0.09)
    t, f = 0.0, np.ones(len(sec))
    while t < run.T:
        d = hc.log_uniform(rng, 60, 600)
        fac = rng.uniform(0.55, 0.8) if rng.random() < 0.08 else np.exp(rng.normal(0, sd_f))
        i0, i1 = int(t), min(len(sec), int(t + d))
        f[i0:i1] = fac
        s = int(rng.uniform(2, 8))
        f[i0:min(i1, i0 + s)] *= rng.uniform(0.3, 0.6)
        t += d
    J = (rate * f).reshape(-1, int(TICK)).sum(1)
    sd, tau = rng.uniform(0.02, 0.06), rng.uniform(20, 120)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), len(J))
    x = np.empty(len(J))
    x[0] = rng.normal(0, sd)
    for i in range(1, len(J)):
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    ou_t = np.interp(np.arange(len(J)) * TICK, np.arange(len(ou)) * 60.0, ou)
    return J * np.exp(x + ou_t)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which times ``x`` lie in one of the sorted, disjoint windows ``win`` (``[a, b)`` rows)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _node_clocks(rng, k: int) -> list[tuple[float, float]]:
    """``k`` nodes' ``(offset s, drift)``: sd 0.1-1.5 s; in 20 % of runs one node 3-15 s off, drifting 0-40 ppm."""
    sd = rng.uniform(0.1, 1.5)
    out = [(float(np.clip(rng.normal(0, sd), -2.9, 2.9)), 0.0) for _ in range(k)]
    if rng.random() < 0.2:
        out[int(rng.integers(k))] = (float(rng.choice([-1, 1]) * rng.uniform(3, 15)), rng.uniform(0, 40e-6))
    return out


def _path(rng, run, n: int) -> SimpleNamespace:
    """Each row's fate on the sheet and the monitor's reads (what :func:`_reads` applies to any windows)."""
    counts = dict.fromkeys(PATH_KEYS, 0)
    T = run.T
    edges = hc.twostate(rng, rng.exponential(rng.uniform(40, 300) * 60), T, rng.uniform(3, 20) * 60,
                        rng.uniform(40, 300) * 60, horizon=T)
    p_ex = rng.uniform(0.3, 0.9)
    win = []
    for a, b in zip(edges[0::2], edges[1::2]):
        for m in range(int(a // 60), int(b // 60) + 1):
            if rng.random() < p_ex:
                win.append((m * 60 + rng.uniform(0, 60), m * 60 + 60.0, 0))
    n_out = rng.poisson(rng.uniform(0.05, 0.5) * T / 86400)
    for a in np.sort(rng.uniform(0, T, n_out)):
        win.append((a, a + 60 + rng.exponential(rng.uniform(3, 20) * 60), 1))
    counts["outages"] = int(n_out)
    win.sort()
    merged = []
    for a, b, kind in win:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] = max(merged[-1][2], kind)
        else:
            merged.append([a, b, kind])
    blocked = np.array(merged, float).reshape(-1, 3)
    q_err, t_out, p_app = rng.uniform(0.001, 0.01), rng.uniform(20, 60), rng.uniform(0.3, 0.7)
    max_bo, max_try = float(rng.choice([32.0, 64.0])), int(rng.integers(6, 11))
    med = rng.uniform(0.3, 1.0)
    clocks = _node_clocks(rng, 3)
    node = int(rng.integers(3))

    def attempt(t):
        """One request at ``t``: ``(ok, when it returns, when it was applied or inf)``."""
        lat = med * np.exp(rng.normal(0, 0.5))
        if len(blocked):
            j = np.searchsorted(blocked[:, 0], t, side="right") - 1
            if j >= 0 and t < blocked[j, 1]:
                counts["server_errors" if blocked[j, 2] else "throttled"] += 1
                return False, t + lat, np.inf
        if rng.random() < q_err:
            if rng.random() < 0.5:
                counts["server_errors"] += 1
                return False, t + lat, (t + lat if rng.random() < 0.1 else np.inf)
            counts["timeouts"] += 1
            return False, t + t_out, (t + lat if rng.random() < p_app else np.inf)
        return True, t + lat, t + lat

    ticks, arr1, arr2, ts, block = [], [], [], [], []
    for bi, (l0, l1, how) in enumerate(run.lives):
        if bi and rng.random() >= 0.5:
            node = int(rng.integers(3))
        off, drift = clocks[node]
        i0, i1 = int(round(l0 / TICK)), min(run.nt, int(round(l1 / TICK)))
        idx = np.arange(i0, i1)
        s = (idx + 1) * TICK + rng.uniform(0, 0.3, len(idx))
        a1, a2 = s + med * np.exp(rng.normal(0, 0.5, len(idx))), np.full(len(idx), np.inf)
        dist = _inside(s, blocked[:, :2]) | (rng.random(len(idx)) < q_err)
        cut = l1 + (30.0 if how == "stop" else 0.0)
        j = 0
        while True:
            nz = np.flatnonzero(dist[j:])
            if not len(nz):
                break
            j = j + int(nz[0])
            batch, t = [j], s[j]
            while batch:
                first, tries = np.inf, 0
                while True:
                    ok, back, applied = attempt(t)
                    if applied < np.inf and first == np.inf:
                        first = applied
                    if ok or tries >= max_try:
                        break
                    t = back + min(2.0 ** tries + rng.uniform(0, 1), max_bo)
                    tries += 1
                b = np.array(batch)
                if ok and first < back:
                    a1[b], a2[b] = first, back
                    counts["applied_twice"] += len(b)
                else:
                    a1[b] = first if ok or first < np.inf else np.inf
                    counts["dropped"] += 0 if (ok or first < np.inf) else len(b)
                t = back
                nxt = batch[-1] + 1
                batch = list(range(nxt, max(nxt, int(np.searchsorted(s, t)))))
                if batch:
                    dist[batch] = False
            j = nxt
            if j >= len(idx):
                break
        late = np.isfinite(a1) & (a1 > cut)
        counts["lost_in_crash"] += int(late.sum())
        a1[late] = np.inf
        a2[a2 > cut] = np.inf
        ticks.append(idx)
        arr1.append(a1)
        arr2.append(a2)
        ts.append(np.floor(s + off + drift * s))
        block.append(np.full(len(idx), bi))
    ticks, arr1, arr2 = np.concatenate(ticks), np.concatenate(arr1), np.concatenate(arr2)
    ts, block = np.concatenate(ts), np.concatenate(block)
    bucket = (ts // 60).astype(int)
    counts["moved_minute"] = int((bucket != (ticks * TICK + 0.5 * TICK) // 60).sum())
    lag = rng.uniform(5, 40)
    R = 60.0 * (np.arange(n + 2) + 1) + lag + rng.normal(0, 0.5) + rng.normal(0, 0.2, n + 2)
    ok = (bucket >= 0) & (bucket < n)
    bc = np.clip(bucket, 0, n)
    dedup = bool(rng.random() < 0.5)
    p1 = ok & (arr1 <= R[bc])
    p2 = ok & (arr2 <= R[bc]) & (not dedup)
    counts["late_for_read"] = int((ok & np.isfinite(arr1) & ~p1).sum())
    counts["counted_twice"] = int(p2.sum())
    copies = p1.astype(int) + p2
    # the span of each minute: from the previous held row of its block to its last row
    elig = np.isfinite(arr1) & (arr1 <= R[np.clip(bucket + 1, 0, n)])
    pos = np.arange(len(ts))
    runmax = np.maximum.accumulate(np.where(elig, pos, -1))
    first = np.full(n, len(ts))
    last = np.full(n, -np.inf)
    np.minimum.at(first, bc[p1], pos[p1])
    np.maximum.at(last, bc[p1], ts[p1])
    have = first < len(ts)
    fp = np.minimum(first, len(ts) - 1)
    prev_pos = np.where(fp > 0, runmax[np.maximum(fp - 1, 0)], -1)
    same = (prev_pos >= 0) & (block[np.maximum(prev_pos, 0)] == block[fp])
    prev = np.where(same, ts[np.maximum(prev_pos, 0)], ts[fp] - TICK)
    span = np.where(have, np.maximum(last - prev, 1.0), np.inf)
    counts["unread_points"] = int((~have).sum())
    return SimpleNamespace(ticks=ticks, bucket=bc, copies=copies, span=span, counts=counts, dedup=dedup,
                           stalls=blocked, arr1=arr1, arr2=arr2)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (windows/s) of the windows ``J`` per tick, through the healthy run's rows and reads."""
    p = run.path
    s = np.bincount(p.bucket, weights=J[p.ticks] * p.copies, minlength=run.n + 1)[:run.n]
    return s / p.span


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.J = _windows(rng, run)
    run.path = _path(rng, run, n)
    h = _reads(run, run.J)
    mask = h <= 0
    for a, b, _ in run.pauses_t:
        mask[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for t0, rd, f0 in run.ramps:
        mask[max(0, int(t0 // STEP)):min(n, int(np.ceil((t0 + rd / 2) / STEP)) + 1)] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    spans = [(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per tick (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, length, rng.uniform(30, 240), rng.uniform(120, 600), horizon=length + 1)
    bad = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(bad, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want``: ``(Event, (0, loss per point))`` or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [b for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))] // STEP)
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = onset * K, min(run.nt, stop * K + (K * 20 if to_end else 0))
        w = _weight(rng, kind, i1 - i0, ramp * K)
        L = np.zeros(run.nt)
        L[i0:i1] = w * run.J[i0:i1]
        r = _reads(run, L)
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, rs = healthy[c0:stop][lv].sum(), r[c0:stop][lv].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if rs <= 0 or target * hs / rs > 1:
            continue
        m = target * hs / rs * r
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
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout143(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout143_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT143_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout143, seeds, n, pauses)
