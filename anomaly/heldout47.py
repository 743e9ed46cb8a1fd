"""The forty-seventh held-out throughput family: a neural scene-reconstruction trainer's (NeRF / 3-D Gaussian
splatting style) rays/s, logged by each rank's trainer as a rolling rate with ``wandb.log`` every ``K`` steps into its
own W&B run of a group, and read back by a dashboard poller through the W&B public API, summed over the group's runs.

Written blind: no detector, filter, benchmark or doc (beyond the data authors' rules) read, no log of any branch read,
and no detector run on these traces.

Size: over 520 lines because the docstring holds the sources, the laws and the measured counts the rules ask for; the
code itself (the job's timeline, the uploads, the poller's map and the regressions) is about 330 lines.

Public sources (found with the search tools; excerpts only): W&B's "Resume runs" guide (``resume="allow"``: where the
run id exists, the run resumes with the same id "from the last step"; W&B recommends ``"allow"`` with an explicit id);
the public-API ``Run`` reference and W&B's "Programmatic access to metrics" report (``run.history()`` returns sampled
history rows, ``run.scan_history()`` iterates over every row); the wandb repository's ``limits.md`` (the API is rate
limited per key, 200 requests a minute for new accounts; the client backs off exponentially and retries; metrics are
sampled to 500 points for the UI by default); wandb issues #10628, #5913 and #9449 ("Tried to log to step N that is
less than the current step M. Steps must be monotonically increasing, so this data will be ignored"; a comment on
#9449 notes that preemptible jobs restarting from an older checkpoint re-log early steps); an excerpt of an old
``file_stream`` module (rows sent in chunks with an offset per file, a heartbeat interval of 15 s). Assumed without
checking: that the client's file stream sends a run's rows every ``F`` (10, 15 or 30) s, in order, so that a failed
upload holds the later ones; the failure rate and the backoff; that ``history(samples=500)`` over a step range returns
a uniform random subset of its rows; the poller (its stale rule, its backfill, its outages); that each rank's W&B run
has a fixed id (``<job>-rank<r>``) reused at every requeue; and everything about the job, its scenes and its cluster.

What is modelled
----------------
A job that reconstructs many scenes one after another (Gaussian-splatting / NeRF style), data-parallel over ``R`` (2, 3,
4, 6 or 8) GPUs of a spot pool, each rank rendering ``B`` (4096-32768) rays a step. A scene takes 2500-8000 steps of
``K*T0*q*c(u)`` s a block of ``K`` steps (``T0`` 0.4-0.9 s, ``q`` a scene's level, log-normal sd 7 %); ``c(u)`` the
per-step cost along the scene: the primitives grow while densifying (from 8-20 % to 45-70 % of the scene, by 8-30 %, as
``x**0.7``), the final prune removes 25-60 % of the growth, and every 1000, 1500 or 3000 steps an opacity reset prunes
3-9 % that regrows over about 400 steps (while densifying). Jitter: an AR(1) on the block's log (sd 1.5-5 %, coefficient
0.3-0.8), hiccups (1 % of blocks, 15-70 % longer), a drift (OU on the log, sd 1-3 %, 1-5 h), the all-reduce's cost (1-4
% per extra rank); the first block after a (re)start is 1.5-3x as long. In half the runs the job moves on to a second
stage (a second scene set, at scene 8-30: a relaunch, listed) whose rays per step are halved (the rate 0.55-0.8x) or
doubled (1.25-1.6x).

Pauses (log-uniform lengths, short / long setting): a novel-view render every 2000, 3000 or 4000 steps (15-60 s /
45-200 s); each scene's end (final test-view renders, export, the next scene's load: 100-330 s; in the long setting
every 2nd or 3rd scene a full report with videos, 600-2100 s); spot reclaims (exponential, one per 14-40 h, none
within 30 min after a resume) with a downtime of 90-270 s / 600-1800 s, resuming from the last checkpoint (every 500
or 1000 steps / 1000 or 2000 steps, and at each scene's end) on the same ranks or (40 %) on another rank count
(listed); the stage switch (150-360 s / 900-2100 s).

Collection: each rank logs ``{"rays_per_sec": ...}`` with ``step=global_step`` every ``K`` (20, 25, 50 or 100, the
nearest to 8-30 s a block) steps, the rate over its last ``Wb`` (1, 2 or 4) blocks of wall time (the timer runs on
through a pause, so the rows after one read low until it leaves the window). After a requeue each rank resumes its own
run with ``resume="allow"``, and W&B drops every row whose step is not above the run's (the redone steps): nothing
arrives until the job passes its old step, while the runs of ranks that did not exist before log at once. The client
uploads a run's rows every ``F`` s from its own phase, in order; 0.2-1.2 % of uploads fail and are retried 4-150 s later
(holding the later ones); W&B upload incidents (one per 60-220 h, 3-20 min) hold all uploads until they end. The poller
polls every 30 s, 3-20 s after each 30-s boundary: per run, the mean of the rows that arrived since its last poll
(``scan_history(min_step=...)``), else the run's last row while it is under 90 s old, else nothing; summed over the
group's runs (a rank that left the group fades out after 90 s). It stops once every 40-140 h for 0.3-5 h (30 %: 8-14 h)
and, back, backfills the missed polls from ``run.history(samples=500)`` over the missed rows: each missed poll the mean
of the sampled rows logged in its window, else the last sampled row while under 90 s old. A point is paused where its
poll window, widened by ``F`` + 12 s, touches a pause (up to its last tainted row: rows whose window holds pause time or
a warm-up block, or rows the resumed run dropped), or where it reads a tainted row within 150 s of it; gaps of up to 5
points are closed.

Labelled regressions divide every rank's logged rate by ``1 + a w(t)`` (``t`` the row's time; the healthy timing is
kept, an approximation): ``drop`` (a co-tenant's job lands on a node: ramps in over 5-60 s with an overshoot of
20-60 % that settles over 2-10 min), ``straggler`` (one GPU throttles in bursts; in a synchronous job all ranks wait:
on phases log-normal of median 40-200 s at 0.5-1, off phases exponential of mean 60-300 s at 0.05-0.15), ``leak``
(the renderer's per-scene caches are never freed: ``w = (t / ramp) ** p``, ``p`` 0.7-2.2, ramp 200-1500 points, then
held). Placement: ``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots`` / ``kind_draws`` /
``event_stop`` / ``changed_span`` / ``shown_depth``; 35 % of draws start with a scene (in the last half of a scene-end
pause or up to 2 polls after it), the others anywhere in the slot; a regression stops at the next requeue (the job
leaves its nodes and processes); ``a`` bisected (0-4) to a loss over its live points of 8-30 % (drop), 10-30 %
(straggler) or 12-33 % (a leak, from 80 % of its ramp on); kept where no listed change lies inside.

Counts over ``heldout47_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      11    10         11    0.078-0.281  17              3-44 (1076 spans, 0 >60)     3
long      29      9     10         10    0.087-0.299  20              4-133 (1011 spans, 41 >60)   3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one (spans come every 5-15 min, so many onsets
are near one by chance). Spans that run into the trace's end are left out. ``changes``: short 18 (5 stage switches,
13 rank-count changes), long 13 (8 stage switches, 5 rank-count changes). Per setting's 12 runs (short / long): 21 and
20 requeues (13 and 5 onto another rank count); 4 and 3 W&B upload incidents; 4 and 5 poller outages; 1217 and 2772
rows dropped by resumed runs; 61 and 92 live points read as 0 (incidents); 6832 and 9295 of about 455000 and 422000
rows uploaded over ``F`` + 2 s late. Paused share of a trace 0.07-0.19 (short), 0.15-0.36 (long); 50-169 spans a
trace. The healthy series' median absolute step of log over steady points: 0.9-3.2 % (short), 0.8-3.3 % (long);
median live level 25 000-83 000 (short), 11 000-143 000 (long) rays/s. Generating both settings takes about 6 s.

Changes after the first measurement (of spans and changes only; no detector): the stage switch could make a step
3.6x as long (a redo of 107 points after a requeue), now the second stage's rays and step cost move together; spans
were first the poll windows touching a pause, which missed polls that carry a tainted row forward, now they are
built from the poller's reads; the long setting's 600-2100 s report came at every scene (up to 59 % of a trace
paused), now every 2nd or 3rd scene.

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout46.py`` lines 1-110 and its ``make_heldout46`` /
``heldout46_set`` (lines 481-491), and the output of a ``grep`` for its top-level ``def`` / ``HELDOUT46`` lines (to
find them); ``tests/test_anomaly_heldout46.py``; ``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; lines 1-3 of every ``anomaly/heldout*.py`` (none is a scene-reconstruction job;
none reads W&B); ``tests/test_architecture.py`` lines 1-110. Nothing else.

Usage::

    from anomaly.heldout47 import heldout47_set
    for trace in heldout47_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT47_SEEDS = tuple(range(472000, 472012))
CODE = 47
DT = 30.0  # the poll interval (s): one point per poll
TS = 1_760_000_010  # the first poll's window start (a multiple of DT)
STALE = 90.0  # the poller carries a run's last row forward while it is younger than this, else reads 0 for it
# pause lengths (s): scene end (final renders + export + next scene's load), mid-scene novel-view render, requeue
# downtime (queue wait + start-up), stage switch; (lo, hi) of a log-uniform draw
PAUSES = {"short": {"scene": (100, 330), "render": (15, 60), "down": (90, 270), "switch": (150, 360)},
          "long": {"scene": (600, 2100), "render": (45, 200), "down": (600, 1800), "switch": (900, 2100)}}
RANKS = (2, 3, 4, 6, 8)


@dataclass
class Run:
    n: int
    setting: str
    R0: int  # ranks at the start
    K: int  # steps per wandb.log call
    Wb: int  # blocks of K steps in the rolling rate's window
    F: float  # the client's file-stream upload period (s)
    T0: float  # seconds per step of a reference scene
    dt: float = DT
    t: np.ndarray = None  # rows: log time
    val: np.ndarray = None  # rows: the logged rays/s (healthy)
    run_id: np.ndarray = None  # rows: which W&B run (rank slot)
    arr: np.ndarray = None  # rows: arrival time at the server
    pauses_t: list = field(default_factory=list)  # (start, end, kind), end = last tainted log time
    restarts: list = field(default_factory=list)  # (stop, resume, same ranks)
    change_t: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    pt: np.ndarray = None  # the poller's linear map: point, row, weight
    row: np.ndarray = None
    wt: np.ndarray = None


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _scenes(rng, m: int, stage: int) -> list[dict]:
    """``m`` scenes of a stage: steps, level, densification window and strength, pruning, opacity resets."""
    out = []
    for _ in range(m):
        S = int(rng.integers(25, 81)) * 100
        out.append({"S": S, "q": float(np.exp(rng.normal(0, 0.07))), "u0": rng.uniform(0.08, 0.2),
                    "u1": rng.uniform(0.45, 0.7), "d": rng.uniform(0.08, 0.3), "pr": rng.uniform(0.25, 0.6),
                    "reset": int(rng.choice([1000, 1500, 3000])), "r": rng.uniform(0.03, 0.09), "stage": stage})
    return out


def _cost(sc: dict, step: np.ndarray) -> np.ndarray:
    """A scene's per-step cost multiplier at ``step``: the primitives grow while densifying (``u0 .. u1``), the
    final prune removes a share ``pr`` of the growth, each opacity reset prunes ``r`` that regrows over 400 steps."""
    u = step / sc["S"]
    grow = np.clip((u - sc["u0"]) / (sc["u1"] - sc["u0"]), 0, 1) ** 0.7
    g = 1 + sc["d"] * grow * np.where(u >= sc["u1"], 1 - sc["pr"], 1.0)
    since = step % sc["reset"]
    dens = (u > sc["u0"]) & (u < sc["u1"]) & (step >= sc["reset"])
    return g * (1 - np.where(dens, sc["r"] * np.exp(-since / 400.0), 0.0))


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline: blocks of ``K`` steps, rows per rank, pauses, requeues and the stage switch."""
    T0 = rng.uniform(0.4, 0.9)
    K = int(min([20, 25, 50, 100], key=lambda k: abs(k * T0 - rng.uniform(8, 30))))
    run = Run(n=n, setting=setting, R0=int(rng.choice(RANKS)), K=K, Wb=int(rng.choice([1, 2, 4])),
              F=float(rng.choice([10.0, 15.0, 30.0])), T0=T0)
    T_end = n * DT + 900.0
    P = PAUSES[setting]
    B = float(rng.choice([4096, 8192, 16384, 32768]))  # rays per rank per step
    ck_every = int(rng.choice([500, 1000])) if setting == "short" else int(rng.choice([1000, 2000]))
    eval_every = int(rng.choice([2000, 3000, 4000]))
    report_every = int(rng.choice([2, 3]))
    scenes = _scenes(rng, 600, 1)
    switch_scene = int(rng.integers(8, 30)) if rng.random() < 0.5 else -1
    bf = float(rng.choice([0.5, 2.0]))  # the second stage's rays per step, and its rate's ratio to the first's
    stage2 = {"B": B * bf, "T": bf / (rng.uniform(0.55, 0.8) if bf < 1 else rng.uniform(1.25, 1.6))}
    drift = hc.ou_path(rng, T_end + 2000, rng.uniform(0.01, 0.03), rng.uniform(3600, 18000))
    sj, phi = rng.uniform(0.015, 0.05), rng.uniform(0.3, 0.8)
    eff = rng.uniform(0.01, 0.04)  # the all-reduce's cost per extra rank
    pre_t = np.cumsum(rng.exponential(3600 * rng.uniform(14, 40), 20)) + rng.uniform(1800, 7200)
    ts, vs, ids, keep = [], [], [], []
    t, R, si, step, gstep, stage, e = -rng.uniform(400, 900), run.R0, 0, 0, 0, 1, 0.0
    held = 0.0  # pause time the rolling window's next block holds (the trainer's timer runs on through pauses)
    open_, since, last_taint = [], 0, 0.0  # pauses whose tainted rows are still coming; clean blocks since
    last_logged = {}  # run id -> the W&B run's current step
    ck = (0, 0, 0)  # (scene, step in scene, global step) of the last checkpoint
    win = []  # the rolling window's block durations
    pi = 0
    warm = rng.uniform(1.5, 3.0)  # the first block after a (re)start: kernels compile, caches fill
    while t < T_end:
        sc = scenes[si]
        if switch_scene == si and stage == 1:
            stage = 2
            since = 0
            a = t
            t += _logu(rng, *P["switch"])
            run.pauses_t.append([a, t, "switch"])
            open_.append(len(run.pauses_t) - 1)
            run.change_t.append(t)
            run.change_kind.append("stage")
            warm, win, held = rng.uniform(1.5, 3.0), [], 0.0
        bscale = stage2["B"] if stage == 2 else B
        tscale = stage2["T"] if stage == 2 else 1.0
        if pi < len(pre_t) and pre_t[pi] < t:  # a spot reclaim: requeued, resumed from the last checkpoint
            a = t
            t += _logu(rng, *P["down"])
            same = rng.random() >= 0.4
            newR = R if same else int(rng.choice([r for r in RANKS if r != R]))
            run.restarts.append((a, t, same))
            si, step, gstep = ck
            sc = scenes[si]
            run.pauses_t.append([a, t, "requeue" if same else "requeue_world"])
            open_.append(len(run.pauses_t) - 1)
            R = newR
            warm, win, since, held = rng.uniform(1.5, 3.0), [], 0, 0.0
            pi += 1
            while pi < len(pre_t) and pre_t[pi] < t + 1800:
                pi += 1
            continue
        nb = (sc["S"] - step) // K
        steps = step + K * np.arange(1, nb + 1)
        cost = _cost(sc, steps - K / 2)
        eps = rng.normal(0, sj, nb)
        hic = np.where(rng.random(nb) < 0.01, rng.uniform(0.15, 0.7, nb), 0.0)  # GC / dataloader hiccups
        for b in range(nb):
            e = phi * e + eps[b]
            d = int(min(max(t, 0) // 60, len(drift) - 1))
            dur = K * T0 * tscale * sc["q"] * cost[b] * np.exp(e + drift[d]) * (1 + eff * (R - 1)) * (1 + hic[b])
            dur *= warm
            since += 1
            warm = 1.0
            t += dur
            step += K
            gstep += K
            win = (win + [dur + held])[-run.Wb:]
            held = 0.0
            rate = bscale * K * len(win) / sum(win)
            clean = since > run.Wb
            for r in range(R):
                ts.append(t + 0.02 * r)
                vs.append(rate * (1 + rng.normal(0, 0.002)))
                ids.append(r)
                keep.append(gstep > last_logged.get(r, -1))  # resume="allow": steps below the run's are dropped
                if keep[-1]:
                    last_logged[r] = gstep
                clean = clean and keep[-1]
            if not clean:
                last_taint = t + 0.1
            elif open_:
                for j in open_:
                    run.pauses_t[j][1] = max(run.pauses_t[j][1], last_taint)
                open_ = []
            if step % ck_every == 0:
                ck = (si, step, gstep)
            if step % eval_every == 0 and step < sc["S"]:
                a = t
                t += _logu(rng, *P["render"])
                run.pauses_t.append([a, t, "render"])
                open_.append(len(run.pauses_t) - 1)
                held, since = held + t - a, 0
            if pi < len(pre_t) and pre_t[pi] < t:
                break
        else:
            a = t
            full = setting == "short" or si % report_every == 0  # the long setting's full report (video, export)
            t += _logu(rng, *P["scene"]) if full else _logu(rng, *PAUSES["short"]["scene"])
            run.pauses_t.append([a, t, "scene"])
            open_.append(len(run.pauses_t) - 1)
            held, since = held + t - a, 0
            si, step = si + 1, 0
            ck = (si, 0, gstep)
    run.pauses_t = [tuple(p) for p in run.pauses_t]
    keep = np.array(keep)
    run.t, run.val, run.run_id = np.array(ts)[keep], np.array(vs)[keep], np.array(ids)[keep]
    run.stats = {"requeues": len(run.restarts), "world": sum(not s for _, _, s in run.restarts),
                 "dropped": int((~keep).sum()), "ranks": R}
    return run


def _uploads(rng, run: Run) -> None:
    """Each run's rows reach the server in order with the client's file-stream batches: an upload every ``F`` s
    from the run's phase holds the rows logged before it; a failed upload is retried with backoff (its rows and
    the later ones wait), and W&B incidents hold every upload until they end."""
    T = run.n * DT + 900.0
    p_fail = rng.uniform(0.002, 0.012)
    inc, x = [], rng.uniform(0, 3600 * 200)
    while x < T:
        inc.append((x, x + _logu(rng, 180, 1200)))
        x += 3600 * rng.uniform(60, 220)
    run.stats["incidents"] = sum(a < run.n * DT for a, _ in inc)
    run.arr = np.empty(len(run.t))
    for r in np.unique(run.run_id):
        m = np.nonzero(run.run_id == r)[0]
        phase = rng.uniform(0, run.F)
        j = np.ceil((run.t[m] + 0.05 - phase) / run.F)
        up = phase + run.F * np.arange(j.min(), j.max() + 1)
        fail = rng.random(len(up)) < p_fail
        got = up + rng.uniform(0.2, 1.5, len(up)) + np.where(fail, np.exp(rng.uniform(np.log(4), np.log(150),
                                                                                     len(up))), 0.0)
        for a, b in inc:
            hit = (up >= a) & (up < b)
            got[hit] = np.maximum(got[hit], b + rng.uniform(1, 40, hit.sum()))
        got = np.maximum.accumulate(got)
        run.arr[m] = got[(j - j.min()).astype(int)]


def _poller(rng, run: Run) -> None:
    """The poller's linear map from rows to points. Poll ``p`` at ``p * DT + rho``: per run, the mean of the rows
    that arrived since the last poll (``scan_history(min_step=...)``), else its last row while younger than
    ``STALE``, else nothing; summed over the group's runs. While the poller is down it reads nothing; back, it
    backfills the missed polls from ``run.history(samples=500)`` over the missed steps (each missed poll the mean
    of the sampled rows logged in its window, else the last sampled one while younger than ``STALE``)."""
    n = run.n
    rho = rng.uniform(3, 20)
    P = np.arange(n) * DT + rho
    down = np.zeros(n, bool)
    x, outs = rng.uniform(3600 * 10, 3600 * 120), []
    while x < n * DT:
        d = 3600 * (rng.uniform(0.3, 5) if rng.random() < 0.7 else rng.uniform(8, 14))
        i0, i1 = int(x // DT), min(n - 1, int((x + d) // DT))
        down[i0:i1] = True
        outs.append((i0, i1))
        x += d + 3600 * rng.uniform(40, 140)
    run.stats["outages"] = len(outs)
    pts, rows, wts = [], [], []
    for r in np.unique(run.run_id):
        m = np.nonzero(run.run_id == r)[0]
        hi = np.searchsorted(run.arr[m], P, side="right")
        lo = np.concatenate([[0], hi[:-1]])
        for i0, i1 in outs:  # the first poll after an outage reads only what arrived since the backfill
            if i1 < n:
                lo[i1] = np.searchsorted(run.arr[m], P[i1] - DT, side="right")
        ps = np.nonzero(~down)[0]  # per poll its rows since the last (weight 1/k each), else its last fresh row
        k, last = hi[ps] - lo[ps], hi[ps] - 1
        fresh = np.zeros(len(ps), bool)
        j = np.nonzero((k == 0) & (last >= 0))[0]
        fresh[j] = run.t[m[last[j]]] >= P[ps[j]] - STALE
        c = np.where(k > 0, k, fresh)
        at = np.repeat(np.where(k > 0, lo[ps], last), c) + np.arange(c.sum()) - np.repeat(np.cumsum(c) - c, c)
        pts += np.repeat(ps, c).tolist()
        rows += m[at].tolist()
        wts += np.repeat(np.where(k > 0, 1.0 / np.maximum(k, 1), 1.0), c).tolist()
        for i0, i1 in outs:
            seen = m[(run.arr[m] <= P[min(i1, n - 1)]) & (run.t[m] > P[i0] - DT - STALE)]
            if len(seen) > 500:
                seen = np.sort(rng.choice(seen, 500, replace=False))
            tt = run.t[seen]
            for p in range(i0, i1):
                inw = seen[(tt > P[p] - DT) & (tt <= P[p])]
                if len(inw):
                    pts += [p] * len(inw)
                    rows += list(inw)
                    wts += [1.0 / len(inw)] * len(inw)
                else:
                    q = np.searchsorted(tt, P[p], side="right") - 1
                    if q >= 0 and tt[q] >= P[p] - STALE:
                        pts.append(p)
                        rows.append(seen[q])
                        wts.append(1.0)
    run.pt, run.row, run.wt = np.array(pts, int), np.array(rows, int), np.array(wts)


def _values(run: Run, rowval: np.ndarray) -> np.ndarray:
    return np.bincount(run.pt, weights=run.wt * rowval[run.row], minlength=run.n)


def _spans(run: Run) -> list[tuple[int, int]]:
    """The points whose poll window (widened by an upload period and 12 s) touches a pause (up to its last
    tainted row), and those that read a tainted row (carried forward or uploaded with it) within 150 s of it; gaps
    of up to 5 points between them closed."""
    lag = run.F + 12.0
    P = np.arange(run.n) * DT
    paused = np.zeros(run.n, bool)
    bad = np.zeros(len(run.t), bool)
    for a, b, _ in run.pauses_t:
        paused |= (P + DT > a) & (P < b + lag)
        bad |= (run.t > a) & (run.t <= b)
    near = bad[run.row] & (run.pt * DT < run.t[run.row] + 150)
    paused[run.pt[near]] = True
    edges = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    spans = []
    for s, e in zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist()):
        if spans and s - spans[-1][1] <= 5:  # a gap of up to 5 live points is closed
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    hc.check_args(setting, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    run = _schedule(rng, n, setting)
    _uploads(rng, run)
    _poller(rng, run)
    healthy = _values(run, run.val)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // DT) for t, k in zip(run.change_t, run.change_kind)], spans, n)
    world = [int(b // DT) for a, b, same in run.restarts if not same]
    changes = sorted(set(changes) | set(hc.change_points(world, spans, n)))
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset. ``drop``: a co-tenant's job lands on a node (its data
    staging first: the weight overshoots to 1.2-1.6 and settles over 2-10 min). ``straggler``: one GPU's clocks
    throttle in bursts (on phases log-normal of median 40-200 s at weight 0.5-1, off phases exponential of mean
    60-300 s at 0.05-0.15). ``leak``: the renderer's per-scene caches are never freed, ``(x / ramp) ** p``."""
    if kind == "drop":
        ramp, over, tau = rng.uniform(5, 60), rng.uniform(0.2, 0.6), rng.uniform(120, 600)
        return np.clip(x / ramp, 0, 1) * (1 + over * np.exp(-np.maximum(x, 0) / tau))
    if kind == "straggler":
        med, off_mean = rng.uniform(40, 200), rng.uniform(60, 300)
        w = np.full(len(x), rng.uniform(0.05, 0.15))
        t, hi = 0.0, float(x.max()) + 1 if len(x) else 0.0
        while t < hi:
            on = med * np.exp(rng.normal(0, 0.6))
            w[(x >= t) & (x < t + on)] = rng.uniform(0.5, 1.0)
            t += on + rng.exponential(off_mean)
        return np.where(x >= 0, w, 0.0)
    p = rng.uniform(0.7, 2.2)
    return np.clip(x / ramp_s, 0, 1) ** p


def _series(run: Run, mods) -> np.ndarray:
    """The points with the regressions ``mods`` (``(rows, factor)`` pairs: the rows' rays/s divided by it)."""
    val = run.val.copy()
    for rows, f in mods:
        val[rows] /= f
    return _values(run, val)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, mod)`` pair or None after 80 draws. 35 % of
    onsets come with a scene's start (in the last half of a scene-end pause or up to 2 polls after it); a
    regression stops at the next requeue (the job leaves its nodes and processes). Its magnitude ``a`` (rate /
    ``1 + a w``) is bisected to a drawn loss over its live points."""
    n = run.n
    scene_ends = [(a, b) for a, b, k in run.pauses_t if k == "scene"]
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want):
        ramp = int(rng.uniform(200, min(1500, 0.55 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [(a, b) for a, b in scene_ends if lo * DT <= a and b < last * DT]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + 2 * DT)
        else:
            t0 = rng.uniform(lo * DT, last * DT)
        onset = int(t0 // DT)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else stop * DT
        t1 = min([t1] + [a for a, b, same in run.restarts if a > t0])
        rows = np.nonzero((run.t >= t0) & (run.t < t1))[0]
        if len(rows) < 10:
            continue
        w = _weight(rng, kind, run.t[rows] - t0, ramp * DT)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.33))
        if kind == "leak":
            c0 = onset + int(0.8 * ramp)
        else:
            c0 = onset
        c1 = min(n, int(np.ceil(min(t1, n * DT) / DT)) + 2)
        hs = healthy[c0:c1][live[c0:c1]].sum()
        if hs <= 0:
            continue

        def loss(a):
            v = _series(run, [(rows, 1 + a * w)])
            return 1 - v[c0:c1][live[c0:c1]].sum() / hs

        if loss(4.0) < target:
            continue
        a_lo, a_hi = 0.0, 4.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = (rows, 1 + 0.5 * (a_lo + a_hi) * w)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end and t1 == np.inf)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * DT) // DT), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout47(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, (0.35, 0.3, 0.35), seed, n, pauses, n_events, CODE,
                           lambda run: TS + DT * np.arange(run.n))


def heldout47_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT47_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout47, seeds, n, pauses)
