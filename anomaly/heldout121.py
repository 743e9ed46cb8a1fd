"""The hundred-and-twenty-first held-out throughput family: a chip macro-placement policy's training placements/s
(PPO, a graph network over netlists placing macros one by one, CPU workers running the rollouts and a proxy cost),
one structured stdout line per optimizer step kept by systemd-journald, a ``journalctl -f -o json`` follower summing
the steps' samples per minute of each line's realtime timestamp into a gauge the monitor scrapes once a minute.

(No generator's head names journald, journalctl, systemd, a macro, placement, a netlist, a chip, wirelength,
congestion, a rate limit or a cursor (``grep -ic`` on ``/tmp/s54/genheads121.txt``: 0 each); "PPO" matches 1 head: the
algorithm is not new, the task (macro placement over netlists with a proxy cost) and the path (stdout lines kept by
journald, followed by ``journalctl -f`` and summed per minute of their realtime stamps) are. Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout120.py`` lines 1-110 and 612-621 (its
``make_heldout120`` and ``heldout120_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout120.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s54/genheads121.txt`` through
``grep -ic`` only. Slip: a ``wc -l`` of ``anomaly/heldout120.py`` (621 lines) with the ``grep -n``, and of
``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` (both read in full anyway); none else. The tests import
``HELDOUT120_SEEDS`` (disjoint seeds).
My scratch scripts (``/tmp/w121_*.py``, not committed) built and measured this family only.

Public sources read (through the search tool): journald's rate-limit patches (systemd/elogind history: per-service
limiting, ``RateLimitInterval=``/``RateLimitBurst=``, defaults moved from 100 then 200 messages in 10 s to 1000 in 30 s;
``journal_rate_limit_test`` takes the free space ``available``), rsyslog's imjournal rate-limit pages (messages over
the burst discarded until the interval ends, a discard notice then). Recalled, not re-read in this session: newer
systemd's default of 10000 messages in 30 s, journald logging "Suppressed N messages from <unit>", the burst scaled by
the free disk space (not modelled), ``__REALTIME_TIMESTAMP`` being journald's receive time for a stdout stream,
journald keeping stdout streams in its fd store across a restart, ``journalctl -f`` showing the last 10 entries before
following, ``--cursor-file``, and Python block-buffering stdout to a pipe (8 KiB) unless unbuffered. Journal file
rotation and vacuuming are not modelled (``journalctl -f`` follows across a rotation; a vacuum would only lose lines
for a follower far behind, and its downs here are 90 s at most). Nothing read on
the job: its figures are assumed.

Assumed without checking (the job): 64-512 CPU rollout workers (20/35/30/15 %), each finishing 0.04-0.4 placements/s
(log-uniform; a GNN step per macro, then the proxy cost: wirelength, congestion, density); a stage's netlists cost
1.3-2.4 times the previous size's. Relaunches: 0-3 (30/40/20/10 %) at 15-85 % of the run, each with larger netlists
(55 %, at most 3 times), the worker pool doubled (30 %, at most 4 times, 0.85-0.97 per doubling) or halved, redrawn
until the level moves 15 % (1/3 to 3 times); no relaunch within 10 min of a ramp's end. Per 5-s tick an OU of the log
(sd 3-8 %: the netlists in flight; correlation 20-90 s) and a slow OU (sd 1-3 %, 20-120 min). Pauses: a start-up of
3-12 min ("long": 25-60) and a ramp from 40-70 % over 2-6 min; an evaluation on held-out blocks with the slower full
placer every 20-60 min of training ("long" 60-150) lasting 2-8 min ("long" 12-30), a checkpoint after every 1 or 2
(10-60 s; "long" 1-4 min); crashes (exponential, mean 12-48 h, 20 min or more after a ramp): down 1-4 min ("long"
6-18) and restarted in 2-6 ("long" 8-20), a ramp from 70-95 % over 1-3 min; a relaunch stops for 1-3 min ("long"
5-12), queues 1-5 min, starts up and ramps. No evaluation within 10 min of a ramp's end.

On the path (not checked): PPO iterations of B placements (a power of 2 set per life from 2.5-8 s of the life's
median rate, at least 16), each ending with M = 1-2 epochs x 2 or 4 minibatches optimizer steps 0.05-0.3 s apart, one
stdout line each carrying B / M samples: a minute's read is a count of iterations, quantised. A stop loses the
iteration in progress. In 25 % of runs stdout is block-buffered (8 KiB, lines of 250-700 bytes): lines reach journald
when the buffer fills (late, in lumps), at a graceful stop the tail is flushed, at a crash it is lost. journald's
per-unit limit: 10000 per 30 s (45 %), 1000 per 30 s (30 %) or 200 per 10 s (25 %), on a grid of intervals with a
random phase (journald starts an interval at the first message after the last one ended: assumed back to back); the
unit's stderr lines (0.2-3 a second, Poisson per interval, interleaved evenly) count too, and warning floods (first
within 2-30 h, mean gap 10-50 h, 3-40 min) add 0.5-4 times the burst per interval: a step line past the burst is
dropped (counted as suppressed). journald restarts (first within 5-80 h, mean gap 40-160 h, 1-8 s): lines received at
its end. The host clock stamps the lines (journald's receive time) and closes the follower's minutes: sd 0.05 s, and
in 35 % of runs off by 5-60 s either way in spells (first within 5-60 h, mean gap 30-120 h, 10-60 min) until stepped
back. The follower reads a line 0.02-0.3 s after journald; it bins a line by its stamp's minute unless that minute
closed (at its end plus a grace of 2-15 s on the host clock), where the late line is folded into the open minute (60 %
of runs) or dropped. Follower restarts (first within 2-40 h, mean gap 15-80 h, down 5-90 s) lose its open minutes'
sums; with a cursor file (50 %) the lines since are read at its restart (late), without one they are lost but for the
last 3-10 step lines (of ``journalctl -f``'s 10 entries), read again (counted twice where they were counted before).
The gauge for a minute is written at its close (not while the follower is down); the monitor scrapes 2-20 s after each
minute (0-1 s jitter, 0.05 % failed) and reads the latest minute written since the follower's last restart (none: 0).
A point is the gauge / 60 (placements/s), stamped at the minute's end. The reads are linear in the job's placements:
the iterations' ends, the lines' fates and bins are the healthy run's (a regression changes each line's samples, not
when it is written: a slower job would end its iterations later; not modelled).

A point is paused where its minute or the next touches a pause (or a ramp's first half), or where it reads
nothing (widened to the next point); a listed change is the first point after a relaunch's pause span. Labelled
regressions from their onset's point (a share ``a w`` of each tick's placements lost, carried through the same lines
and reads): ``drop`` (the proxy cost's congestion estimate falls back to a slower exact router after a library
update: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (a rollout host throttled in bursts, the
synchronous iteration waiting for its workers: mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the
workers' netlist and proxy-grid caches grow until the hosts swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of
150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a`` set from the reads of the lost
placements for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, refused
above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout121_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    10         9     0.091-0.342  24              2-22 (1652, 0 >60)
long      31      9     10         12    0.091-0.349  19              2-74 (699, 6 >60)

Planned changes listed: short 12, long 16 (of 12 and 16 relaunches); crashes 40 and 65. The path over each set
(counts): short: lines lost in the stdout buffer at a crash 184, messages suppressed
8,359,318 (step lines dropped 14,047), lines delayed by a journald restart 27, lines lost without a cursor 622, read
twice 39, lost with the open minutes 921, late lines folded 140 or dropped 64, repeated reads 7, skipped reads 72,
failed scrapes 79; long: 136, 15,001,470 (24,398), 22, 420, 14, 1601, 477, 217, 4, 69, 84. The reads' sum over the live
points against the job's placements: 0.987-1.000 (short), 0.983-0.999 (long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 0-41 % (short), 0-18 % (long: 0 where a minute keeps one count of iterations, 41 % in a
slow run with buffered stdout), its 99th percentile 22-69 % and 17-69 %; the live median level 5.3-89.6
placements/s (short), 4.8-91.7 (long). Changes after the first measure, all before this table: iterations of 40-150 s
with 4-40 steps, then 5-20 s with 2-12, made most minutes read one or no iteration (spans of hundreds of points from
zero reads, median ``|d log|`` up to 110 %; now 2.5-8 s with 2-8 steps), buffered stdout in 50 % then 30 % of runs
(now 25 %, its lines 250-700 bytes, not 180-420). The tests check the path's distortions on the "long" set's first 6
seeds and the laws' 4 "short" runs.

Size: over 520 lines with this docstring: one family's job, path and regressions, kept in one module as the other
generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Trace

HELDOUT121_SEEDS = tuple(range(1212000, 1212012))
TICK = 5.0  # s: the job's flow is simulated per tick
K = 12  # ticks per point
STEP = TICK * K  # s: one point a minute
EPOCH = 1_790_000_040 - 1_790_000_040 % 60  # the first minute's start (unix s)
CODE = 121
KIND_P = (0.35, 0.35, 0.30)
SPANS = {"short": (2, 24), "long": (2, 80)}
PATH_KEYS = ("flush_lost", "suppressed", "rl_dropped", "journald_delayed", "cursor_lost", "replayed",
             "open_lost", "late_folded", "late_dropped", "repeats", "skipped", "failed_scrapes")
MIN = 60.0


def _u(rng, lo, hi):
    return float(rng.uniform(lo, hi))


def _episodes(rng, T: float, first, gap, dur) -> list[tuple[float, float]]:
    """Spells ``(a, b)`` before ``T``: the first starts within ``first`` s, then gaps exponential of mean drawn in
    ``gap`` s, each lasting ``dur`` s (uniform); disjoint and ordered."""
    out, t = [], _u(rng, *first)
    mean = _u(rng, *gap)
    while t < T:
        d = _u(rng, *dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 1.0
    return out


def _inside(x: np.ndarray, ep) -> np.ndarray:
    """The index of the spell of ``ep`` holding each time of ``x``, -1 where none."""
    if not ep:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in ep])
    b = np.array([e[1] for e in ep])
    j = np.searchsorted(a, x, side="right") - 1
    ok = (j >= 0) & (x < b[np.maximum(j, 0)])
    return np.where(ok, j, -1)


def _level(cfg: dict, st: dict) -> float:
    """Placements/s of a stage: the workers' rate over the netlists' cost, the learner's update share taken."""
    w = cfg["workers"] * st["pool"]
    eff = cfg["eff"] ** np.log2(st["pool"])
    return float(w * cfg["per_worker"] * eff / (cfg["cost_g"] ** st["size"]))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch: larger netlists (cost 1.3-2.4 times, at most 3 times) and/or the worker pool doubled or halved;
    redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 0.55 and st["size"] < 3:
            new["size"] += 1
        elif r < 0.85:
            new["pool"] = st["pool"] * 2 if st["pool"] < 4 else st["pool"]
        else:
            new["pool"] = max(0.5, st["pool"] / 2)
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    new = dict(st)
    new["size"] += 1
    return new


def _schedule(rng, n: int, setting: str):
    """The job: its stages, lives, pauses and per-tick placements ``J`` (healthy)."""
    lg = setting == "long"
    T = n * STEP + 600.0
    nt = int(T // TICK) + 2
    cfg = {"workers": int(rng.choice([64, 128, 256, 512], p=[0.2, 0.35, 0.3, 0.15])),
           "per_worker": hc.log_uniform(rng, 0.04, 0.4), "eff": _u(rng, 0.85, 0.97),
           "cost_g": _u(rng, 1.3, 2.4)}
    st = {"size": 0, "pool": 1.0}
    n_rel = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    crash_mean = _u(rng, 12, 48) * 3600
    ev_gap = (60 * 60, 150 * 60) if lg else (20 * 60, 60 * 60)
    ev_dur = (12 * 60, 30 * 60) if lg else (2 * 60, 8 * 60)
    ck_dur = (60, 240) if lg else (10, 60)
    ck_every = int(rng.integers(1, 3))
    su_dur = (25 * 60, 60 * 60) if lg else (3 * 60, 12 * 60)
    mix_sd = _u(rng, 0.03, 0.08)
    noise = hc.ou_path(rng, T, mix_sd, _u(rng, 20, 90), step=TICK)[:nt] + \
        np.repeat(hc.ou_path(rng, T, _u(rng, 0.01, 0.03), _u(rng, 1200, 7200), step=MIN), K)[:nt]
    mult = np.exp(noise - 0.5 * mix_sd ** 2)
    pauses_t, lives, known_t, segs, stages = [], [], [], [], [dict(st)]
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}

    def startup(t, kind, dur, r0, rd):
        pauses_t.append((t, t + dur, kind))
        t += dur
        return t, (t, _u(rng, *r0), _u(rng, *rd))

    t, ramp = startup(0.0, "startup", _u(rng, *su_dur), (0.4, 0.7), (120, 360))
    life0 = t
    nxt_eval = t + ramp[2] + max(600, _u(rng, *ev_gap))
    nxt_crash = t + max(1200, rng.exponential(crash_mean))
    ri, n_eval = 0, 0
    while t < T:
        r_end = ramp[0] + ramp[2]
        nxt_eval = max(nxt_eval, r_end + 600)
        nxt_crash = max(nxt_crash, r_end + 1200)
        while ri < len(rel_t) and rel_t[ri] < r_end + 600:
            rel_t[ri] = r_end + 600 + _u(rng, 0, 900)
            rel_t.sort()
        cand = [nxt_eval, nxt_crash, rel_t[ri] if ri < len(rel_t) else np.inf, T]
        which = int(np.argmin(cand))
        t1 = cand[which]
        segs.append((t, t1, _level(cfg, st), ramp))
        t = t1
        if which == 3:
            lives.append((life0, t, True))
            break
        if which == 0:  # an evaluation on held-out blocks (a slower full placer), a checkpoint after some
            d = _u(rng, *ev_dur)
            pauses_t.append((t, t + d, "eval"))
            t += d
            n_eval += 1
            counts["evals"] += 1
            if n_eval % ck_every == 0:
                d = _u(rng, *ck_dur)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            ramp = (t, 1.0, 1.0)
            nxt_eval = t + _u(rng, *ev_gap)
        elif which == 1:  # a crash: the unit restarts the trainer
            lives.append((life0, t, False))
            counts["crashes"] += 1
            d = (_u(rng, 6, 18) if lg else _u(rng, 1, 4)) * 60 + (_u(rng, 8, 20) if lg else _u(rng, 2, 6)) * 60
            t, ramp = startup(t, "crash", d, (0.7, 0.95), (60, 180))
            life0 = t
            nxt_crash = t + max(1200, rng.exponential(crash_mean))
        else:  # a planned relaunch with larger netlists or another worker pool
            lives.append((life0, t, True))
            ri += 1
            counts["relaunches"] += 1
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append(dict(st))
            d = (_u(rng, 5, 12) if lg else _u(rng, 1, 3)) * 60 + _u(rng, 60, 300) + _u(rng, *su_dur)
            t, ramp = startup(t, "relaunch", d, (0.4, 0.7), (120, 360))
            known_t.append(t)
            life0 = t
    J = np.zeros(nt)
    tt = np.arange(nt) * TICK
    for a, b, lv, (r_t, r0, rd) in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        x = tt[i0:i1]
        ov = np.clip(np.minimum(b, x + TICK) - np.maximum(a, x), 0, TICK)
        rm = r0 + (1 - r0) * np.clip((x + 0.5 * TICK - r_t) / rd, 0, 1)
        J[i0:i1] += lv * rm * mult[i0:i1] * ov
    return SimpleNamespace(n=n, nt=nt, T=T, J=J, cfg=cfg, pauses_t=pauses_t, lives=lives, known_t=known_t,
                           segs=segs, stages=stages, counts=counts, setting=setting)


def _at(C: np.ndarray, J: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The flow's cumulative at times ``t`` (uniform within a tick; ``C`` the cumsum with a leading 0)."""
    i = np.minimum((t // TICK).astype(int), len(J) - 1)
    return C[i] + (t - i * TICK) / TICK * J[i]


def _path(rng, run):
    """The collection path: iterations and their step lines, stdout buffering, journald's rate limit and
    restarts, the follower's bins, restarts and cursor, the gauge and the scrapes. Returns the credits (iteration,
    minute, weight), each point's minute and the path's counts."""
    n, J = run.n, run.J
    C = np.concatenate([[0.0], np.cumsum(J)])
    T = run.T
    it_ti = hc.log_uniform(rng, 2.5, 8)  # s per PPO iteration at the first stage
    M = int(rng.integers(1, 3)) * int(rng.choice([2, 4]))  # optimizer steps per iteration: epochs x minibatches
    step_s = _u(rng, 0.05, 0.3)
    buffered = rng.random() < 0.25  # python's stdout to a pipe: block-buffered (8 KiB) unless flushed
    per_flush = int(8192 // _u(rng, 250, 700))
    counts = {k: 0 for k in PATH_KEYS}
    it_t0, it_t1, line_t, line_it, lives_end = [], [], [], [], []
    B0 = None
    for (a, b, graceful) in run.lives:
        i0, i1 = int(a // TICK), min(run.nt, int(np.ceil(b / TICK)))
        c0 = C[i0]
        lv = np.median(J[i0:i1][J[i0:i1] > 0]) / TICK if (J[i0:i1] > 0).any() else 1.0
        if B0 is None:
            B0 = 2.0 ** np.round(np.log2(max(16.0, lv * it_ti)))
        B = 2.0 ** np.round(np.log2(max(16.0, lv * it_ti)))
        tot = C[i1] - c0
        k = int(tot // B)
        if k == 0:
            continue
        targ = c0 + B * np.arange(1, k + 1)
        j = np.searchsorted(C, targ, side="left") - 1
        j = np.clip(j, i0, i1 - 1)
        te = (j + (targ - C[j]) / np.maximum(J[j], 1e-12)) * TICK
        te = np.minimum(te, b)
        starts = np.concatenate([[a], te[:-1]])
        base = len(it_t0)
        it_t0.extend(starts)
        it_t1.extend(te)
        lt = (te[:, None] + step_s * (np.arange(M)[None, :] + 1)).ravel()
        li = np.repeat(np.arange(base, base + k), M)
        keep = lt < b
        lt, li = lt[keep], li[keep]
        if buffered:  # lines reach journald when the buffer fills; at a crash the unflushed tail is lost
            g = np.arange(len(lt)) // per_flush
            last = np.minimum((g + 1) * per_flush - 1, len(lt) - 1)
            full = (g + 1) * per_flush <= len(lt)
            arr = np.where(full, lt[last], b)
            if not graceful:
                counts["flush_lost"] += int((~full).sum())
                lt, li, arr = lt[full], li[full], arr[full]
            lt = arr
        line_t.append(lt)
        line_it.append(li)
    it_t0, it_t1 = np.array(it_t0), np.array(it_t1)
    a_t = np.concatenate(line_t)
    li = np.concatenate(line_it)
    order = np.argsort(a_t, kind="stable")
    a_t, li = a_t[order], li[order]
    alive = np.ones(len(a_t), bool)
    # journald's per-unit rate limit: the first RateLimitBurst messages of each interval pass
    interval, burst = [(30.0, 10000), (30.0, 1000), (10.0, 200)][int(rng.choice(3, p=[0.45, 0.3, 0.25]))]
    phase = _u(rng, 0, interval)
    nw = int(T // interval) + 3
    bg = rng.poisson(_u(rng, 0.2, 3.0) * interval, nw).astype(float)
    for s, e in _episodes(rng, T, (2 * 3600, 30 * 3600), (10 * 3600, 50 * 3600), (180, 2400)):
        w0, w1 = int((s + phase) // interval), int((e + phase) // interval) + 1
        bg[w0:w1] += _u(rng, 0.5, 4.0) * burst
    w = ((a_t + phase) // interval).astype(int)
    first = np.searchsorted(w, w, side="left")
    rank = np.arange(len(a_t)) - first + bg[w] * ((a_t + phase) / interval - w)
    drop = rank >= burst
    counts["rl_dropped"] = int(drop.sum())
    counts["suppressed"] = int(drop.sum() + np.maximum(bg - burst, 0).sum())
    alive &= ~drop
    # journald restarts: a stdout stream kept in its fd store, lines received at the restart's end
    jr = _episodes(rng, T, (5 * 3600, 80 * 3600), (40 * 3600, 160 * 3600), (1, 8))
    k = _inside(a_t, jr)
    if len(jr):
        ends = np.array([e for s, e in jr])
        counts["journald_delayed"] = int(((k >= 0) & alive).sum())
        a_t = np.where(k >= 0, ends[np.maximum(k, 0)], a_t)
    # the host clock (journald's stamps and the follower's minutes): NTP-synced, or off in spells until stepped back
    off0 = rng.normal(0, 0.05)
    clock = _episodes(rng, T, (5 * 3600, 60 * 3600), (30 * 3600, 120 * 3600), (600, 3600)) \
        if rng.random() < 0.35 else []
    offs = [float(rng.choice([-1, 1]) * _u(rng, 5, 60)) for _ in clock]

    def off(x):
        kk = _inside(np.atleast_1d(x), clock)
        return off0 + np.where(kk >= 0, np.array(offs + [0.0])[kk], 0.0)

    stamp = a_t + off(a_t)
    f_t = a_t + _u(rng, 0.02, 0.3)
    grace = _u(rng, 2, 15)
    fold = rng.random() < 0.6
    cursor = rng.random() < 0.5
    mult = np.ones(len(a_t))
    fr = _episodes(rng, T, (2 * 3600, 40 * 3600), (15 * 3600, 80 * 3600), (5, 90))
    lost_open = []
    for s, e in fr:  # a follower restart: its open minutes lost; the lines since read again from the cursor or lost
        hs = s + off(s)[0]
        open_m = np.floor((hs - grace) / MIN)
        m_of = np.floor(stamp / MIN)
        lo = alive & (f_t < s) & (m_of >= open_m) & (f_t >= s - 3 * MIN)
        counts["open_lost"] += int(lo.sum())
        alive &= ~lo
        lost_open.append((s, e))
        during = (f_t >= s) & (f_t < e) & alive
        if cursor:
            f_t = np.where(during, e, f_t)
        else:  # journalctl -f starts with the last 10 entries (some of them stderr lines)
            q = int(rng.integers(3, 11))
            idx = np.nonzero(alive & (a_t < e))[0][-q:]
            before = idx[f_t[idx] < s]
            mult[before] += 1
            counts["replayed"] += len(before)
            keep_d = np.zeros(len(a_t), bool)
            keep_d[idx] = True
            counts["cursor_lost"] += int((during & ~keep_d).sum())
            alive &= ~(during & ~keep_d)
            f_t = np.where(during & keep_d, e, f_t)
    host_f = f_t + off(f_t)
    m_s = np.floor(stamp / MIN)
    late = host_f >= (m_s + 1) * MIN + grace
    counts["late_folded" if fold else "late_dropped"] = int((late & alive).sum())
    bin_ = np.where(late, np.floor((host_f - grace) / MIN), m_s).astype(int)
    if not fold:
        alive &= ~late
    ok = alive & (bin_ >= 0) & (bin_ < n + 5)
    # the gauge: minute m written at host time (m + 1) * 60 + grace; the monitor scrapes 2-20 s after each minute
    mins = np.arange(n + 5)
    w_host = (mins + 1) * MIN + grace
    W = w_host - off(w_host)
    wk = _inside(W, fr)
    written = wk < 0
    lag = _u(rng, 2, 20)
    S = (np.arange(n) + 1) * MIN + lag + rng.uniform(0, 1, n)
    last = np.searchsorted(W, S, side="right") - 1
    lw = np.maximum.accumulate(np.where(written, mins, -1))
    m = np.where(last >= 0, lw[np.maximum(last, 0)], -1)
    rst = np.array([e for s, e in fr]) if fr else np.array([np.inf])
    j = np.searchsorted(rst, S, side="right") - 1
    since = np.where(j >= 0, rst[np.maximum(j, 0)], -1.0)
    ok_r = (m >= 0) & (_inside(S, fr) < 0) & (W[np.maximum(m, 0)] >= since)
    read = np.where(ok_r, m, -1)
    fail = rng.random(n) < 0.0005
    counts["failed_scrapes"] = int(fail.sum() + (read < 0).sum())
    read[fail] = -1
    r = read[read >= 0]
    counts["repeats"] = int((np.diff(r) == 0).sum())
    counts["skipped"] = int((np.diff(r) > 1).sum())
    key = li[ok].astype(np.int64) * (n + 5) + bin_[ok]
    uk, inv = np.unique(key, return_inverse=True)
    cw = np.bincount(inv, weights=mult[ok] / M)
    return SimpleNamespace(it_t0=it_t0, it_t1=it_t1, cit=uk // (n + 5), cbin=uk % (n + 5), cw=cw, read=read,
                           counts=counts, M=M, buffered=buffered, fold=fold, cursor=cursor, line_t=a_t, nb=n + 5,
                           limit=(interval, burst))


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The points (samples/s) that the per-tick flow ``X`` gives through the path (linear in ``X``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    body = _at(C, X, p.it_t1) - _at(C, X, p.it_t0)
    S = np.bincount(p.cbin, weights=body[p.cit] * p.cw, minlength=p.nb)
    return np.where(p.read >= 0, S[np.maximum(p.read, 0)], 0.0) / MIN


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    bad = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)))
        bad[s:e] = True
    for a, b, lv, (r_t, r0, rd) in run.segs:
        if r0 < 1:
            bad[max(0, int(r_t // STEP) - 1):min(n, int(np.ceil((r_t + rd / 2) / STEP)))] = True
    z = h <= 0
    bad |= z | np.concatenate([[False], z[:-1]])
    i = 0
    while i < n:
        if bad[i]:
            j = i
            while j < n and bad[j]:
                j += 1
            hc.add_span(spans, i, j)
            i = j
        else:
            i += 1
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point: a drop rises over 1-6 points, a straggler bursts, a leak ramps and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / _u(rng, 1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** _u(rng, 0.6, 1.8), 1.0)
    w = np.empty(length)
    calm, on, i, hot = _u(rng, 0.05, 0.25), _u(rng, 5, 30), 0, True
    off = _u(rng, 20, 90)
    while i < length:
        d = max(1, int(rng.exponential(on if hot else off)))
        w[i:i + d] = 1.0 if hot else calm
        i += d
        hot = not hot
    w[0] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's placements lost."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        wt = np.zeros(run.nt)
        i0 = int(t0 // TICK)
        i1 = min(run.nt, stop * K)
        wt[i0:i1] = np.repeat(w, K)[i0 - onset * K:i1 - onset * K]
        u = _reads(run, run.J * wt)
        target = {"drop": _u(rng, 0.08, 0.33), "straggler": _u(rng, 0.1, 0.3)}.get(kind, _u(rng, 0.12, 0.35))
        lv = live[onset:stop]
        us = u[onset:stop][lv].sum()
        if us <= 0:
            continue
        a = target * healthy[onset:stop][lv].sum() / us
        if a > 1:
            continue
        m = a * u
        v = healthy - m
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
            return hc.Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout121(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout121_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT121_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout121, seeds, n, pauses)
