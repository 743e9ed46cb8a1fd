"""The hundred-and-thirty-first held-out throughput family: a person re-identification model's training, images/s
(metric learning with PK sampling, a triplet loss with hard mining plus an ID loss, a ResNet-style backbone, random
erasing and crops on CPU workers, query/gallery evaluations between epochs), run as an HTCondor job whose procs chirp
their cumulative images into a ClassAd attribute every 30 s, the monitor's poller differencing condor_q reads each 60 s.

(No generator's head names HTCondor, condor, chirp, a ClassAd, a schedd, re-identification, a gallery, PK sampling or
an eviction (``grep -ic`` on ``/tmp/s56/genheads129.txt``: 0 each); "triplet" matches one head: the job's loss is
not new, its PK sampling, query/gallery evaluations and the path (cumulative counts in a job ad, polled) are. Job and
path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout129.py`` lines 1-110 and 595-604 (its
``make_heldout129`` and ``heldout129_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout129.py`` (all), ``anomaly/heldout_common.py`` (all, in parts: one ``cat`` was
truncated by the tool), ``tests/trace_checks.py`` (all, in parts), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/s56/genheads129.txt`` through ``grep -ic`` only (counts).
Slips: a ``wc -l`` of ``anomaly/heldout129.py`` (604 lines) with the ``grep -n``, and a ``wc -l`` of
``heldout_common.py`` and ``trace_checks.py``; none else. My scratch scripts (``/tmp/w131*.py``, not committed) built
and measured this family only.

Public sources read (excerpts through the search tool): HTCondor's ``condor_chirp`` manual page (a job needs
``WantIOProxy``; vanilla, parallel and java universes; ``set_job_attr`` sets a job ClassAd attribute on the access
point; ``set_job_attr_delayed`` does not synchronise at once, "it can take 15 minutes", names must start with
``Chirp``), ``condor_qedit``'s (a running job's edited attributes take effect when it restarts; ``JobStatus`` changed
only by hold and release) and ``condor_reschedule``'s (a negotiation cycle at most every 20 s). Not read (from memory,
unchecked): that the schedd keeps a job's chirped attribute in its ad across an eviction, that it applies queued
updates after a busy spell (a negotiation cycle, a large submit, its queue log's compaction) in one batch, that
``condor_q`` fails after a client timeout when the schedd does not answer, owner-policy vacates (``PREEMPT``) and
periodic hold/release, and that a parallel-universe job is evicted as a whole. Nothing read on the job: its figures
are assumed.

Assumed without checking (the job): 1, 2 or 4 procs (45/35/20 %, one per node) of 4 or 8 GPUs; a GPU trains 300-1200
images/s (log-uniform; ResNet-50 at 256x128), each node's CPU workers (crops, random erasing) 0.8-2 times what its GPUs
ask, the node's rate the soft minimum of the two; 0.85-0.97 per doubling of procs. Per-5-s noise: an AR(1) of the log
(sd 3-8 %, correlation 10-60 s, hard-mined triplets and erasing cost) and a slow OU (sd 1-3 %, 20-120 min). Epochs of
2-15 min (at the first stage); in 40 % of runs the loader's workers are re-created each epoch, a stall of 2-6 s.
Pauses: start-up (queue, match, image transfer) 3-10 min ("long" 25-60) and a ramp from 50-80 % over 2-5 min; a
query/gallery evaluation (features, distances, re-ranking) after the epoch where 30-120 min of training passed, 1-4
min ("long" 8-20), every 2nd or 3rd with a checkpoint (10-40 s, "long" 1-3 min) that also saves the image counter;
evictions (mean gap 8-40 h): vacated by the owner's policy (70 %: idle 1-6 min, "long" 5-25) or held and released
(30 %: 3-10 min, "long" 25-60), then a start-up of 2-5 min ("long" 6-15) and a ramp; half the rematches land on other
hardware (the GPUs' rate times 1.25-2.5 or its inverse, redrawn until the level moves 15 %, kept within 1/3-3 of the
first): a listed change. Relaunches (0-2 at 20-80 % of the run; condor_rm and a new submit): a larger input (once, the
GPUs 1.8-2.4 times dearer, the CPUs 1.3-1.6) or backbone (once, 1.5-2.0); stopped and queued 2-10 min ("long" 10-30)
then a start-up: a listed change. Every restart resumes from the last checkpoint with its counter.

On the path (not checked): each proc chirps its share of the cumulative count every 30 s (its own phase, 0-1 s
jitter) with ``set_job_attr``; the schedd applies it 0.05-3 s later, or at the end of a busy spell (0.5-4 a day,
30 s-8 min, log-uniform) it falls in; a chirp waiting past its timeout (20-120 s) is dropped (the next one carries
the count), 1e-4 of the others lost. The poller reads the procs' sum at 5-40 s past each minute on its clock (0-1.5 s
jitter; in 30 % of runs its clock is stepped 5-40 s for 10-60 min, once or twice); a ``condor_q`` that starts in a busy
spell ending more than its timeout (20-30 s) later fails (nothing read). A read is the count's rise since the last
good read, divided by the minutes since (half the runs) or by one minute (the others: a lump after a failure); a fall
(a restart from a checkpoint) reads nothing and resets the base. Duplicated or reordered chirps of a cumulative count
are harmless and not modelled. The reads are linear in the job's images: chirp, poll and reset choices are the
healthy run's.

A point is paused where its read's interval touches a pause, the first half of its ramp or the first chirp after it,
or where it reads nothing; spans of paused points are merged; a listed change is the first point after a planned
change's span. Labelled regressions (a share ``a w`` of each tick's images lost, carried through the same chirps and
reads): ``drop`` (the erasing workers lost to a host OOM: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks),
``straggler`` (a noisy neighbour on a partitionable slot's CPUs in bursts: 1 for a mean of 5-30 ticks, calm for a
mean of 20-90 at 0.05-0.25), ``leak`` (the hard-mining feature bank growing into swap: ``w = (s / ramp) ** p``, ``p``
0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout131_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    9          10    0.076-0.344  19              1-24 (983, 0 >60)
long      29      11    9          9     0.075-0.275  17              1-89 (843, 12 >60)

Planned changes listed: short 34, long 54 (of 9 and 15 relaunches, none kept its stage, and 25 and 40 rematches on
other hardware); evictions 47 and 81 (11 and 27 held). The path over each set (counts): short: chirps applied in a
batch after a busy spell 472, chirps dropped at their timeout 599, chirps lost 25, polls timed out 227, falls read as
resets 56, clock steps 9; long: 353, 732, 23, 245, 93, 3. The reads' sum over the live points against the job's
images: 1.000-1.006 (short), 1.000-1.007 (long); the live minute-to-minute change (median ``|d log|`` per seed)
2.3-6.0 % (short), 2.4-5.7 % (long), its 99th percentile 14-116 % (short) and 15-108 % (long: the lumps after a
failed poll in the runs dividing by one minute, the clock steps); the live median level 1,015-15,047 images/s
(short), 704-21,052 (long). No change of the laws after the first measure; one bug fixed after it, before this
table: an eviction or relaunch due during an evaluation's pause was set back into it (a life ending before it began);
it now comes at the pause's end (the counts, spans and the long set's depths moved). A regression is not ended by a
restart (its weight runs on over the pauses, where nothing is trained). The tests check the laws on the first 4 seeds
at 3,000 points (``SPANS`` holds their spans' lengths and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT131_SEEDS = tuple(range(1312000, 1312012))
CODE = 131
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)
EPOCH = 1_780_000_200.0
KIND_P = (0.34, 0.33, 0.33)
PATH_KEYS = ("evictions", "held", "other_hardware", "relaunches", "chirps_batched", "chirps_dropped", "chirps_lost",
             "poll_timeouts", "resets", "clock_steps")
LU = hc.log_uniform


def _level(cfg, st) -> float:
    """The job's images/s at stage ``st`` (input size, backbone, hardware factor)."""
    gpu = cfg["gpu"] * cfg["gpus"] * st["hw"] / (cfg["in_c"] ** st["input"] * cfg["bb_c"] ** st["bb"])
    cpu = cfg["cpu"] * cfg["gpus"] / (cfg["in_cpu"] ** st["input"])
    node = 1.0 / (gpu ** -4 + cpu ** -4) ** 0.25
    return node * cfg["procs"] * cfg["eff"] ** np.log2(cfg["procs"])


def _config(rng) -> dict:
    procs = int(rng.choice([1, 2, 4], p=[0.45, 0.35, 0.2]))
    gpus = int(rng.choice([4, 8]))
    gpu = LU(rng, 300, 1200)
    return {"procs": procs, "gpus": gpus, "gpu": gpu, "cpu": gpu * LU(rng, 0.8, 2.0), "eff": rng.uniform(0.85, 0.97),
            "in_c": rng.uniform(1.8, 2.4), "in_cpu": rng.uniform(1.3, 1.6), "bb_c": rng.uniform(1.5, 2.0)}


def _other_hw(rng, cfg, st, first: float):
    """A rematch onto other hardware: the stage with a new factor, or None when no draw moves the level 15 %."""
    lv = _level(cfg, st)
    for _ in range(30):
        f = LU(rng, 1.25, 2.5) ** rng.choice([-1, 1])
        new = {**st, "hw": st["hw"] * f}
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= _level(cfg, new) / first <= 3:
            return new
    return None


def _next_stage(rng, cfg, st):
    opts = [k for k in ("input", "bb") if st[k] == 0]
    if not opts:
        return None
    k = opts[int(rng.integers(len(opts)))]
    return {**st, k: 1}


def _schedule(rng, n: int, setting: str):
    L = setting == "long"
    T = n * STEP + 600.0
    cfg = _config(rng)
    st = {"input": 0, "bb": 0, "hw": 1.0}
    first = _level(cfg, st)
    epoch_s = rng.uniform(120, 900)
    respawn = rng.random() < 0.4
    evict_mean = rng.uniform(8, 40) * 3600
    n_rel = int(rng.integers(0, 3))
    rel_t = sorted(rng.uniform(0.2, 0.8, n_rel) * n * STEP)
    pauses_t, lives, known_t, counts = [], [], [], {k: 0 for k in PATH_KEYS}
    counts.update(kept_stage=0)
    ramps, stalls = [], []
    t = rng.uniform(25, 60) * 60 if L else rng.uniform(3, 10) * 60
    pauses_t.append((0.0, t, "startup"))
    ck, ck_life = 0.0, -1
    next_evict = rng.exponential(evict_mean)
    n_eval, ck_every = 0, int(rng.choice([2, 3]))
    while t < T:
        a = t
        lives.append(SimpleNamespace(a=a, b=T, level=_level(cfg, st), ck=ck, ck_life=ck_life))
        k = len(lives) - 1
        ramps.append((a, rng.uniform(120, 300), rng.uniform(0.5, 0.8)))
        trained, due, ep_t = 0.0, rng.uniform(30, 120) * 60, 0.0
        while True:  # epochs of this life
            ep = epoch_s * lives[k].level / first
            nxt = min(next_evict, rel_t[0] if rel_t else np.inf)
            if t + ep >= nxt or t + ep >= T:
                break
            t += ep
            trained += ep
            if trained >= due:
                n_eval += 1
                ckp = n_eval % ck_every == 0
                d = (rng.uniform(8, 20) if L else rng.uniform(1, 4)) * 60
                if ckp:
                    d += rng.uniform(60, 180) if L else rng.uniform(10, 40)
                    ck, ck_life = t, k
                pauses_t.append((t, t + d, "ckpt" if ckp else "eval"))
                t += d
                trained, due = 0.0, rng.uniform(30, 120) * 60
            elif respawn:
                stalls.append((t, rng.uniform(2, 6)))
        lives[k].b = t = max(t, min(nxt, T))  # an eviction due in an evaluation comes at its end
        if t >= T:
            break
        if rel_t and nxt == rel_t[0]:
            rel_t.pop(0)
            new = _next_stage(rng, cfg, st)
            counts["relaunches"] += 1
            d = (rng.uniform(10, 30) if L else rng.uniform(2, 10)) * 60 + (rng.uniform(6, 15) if L else
                                                                            rng.uniform(2, 5)) * 60
            pauses_t.append((t, t + d, "relaunch"))
            t += d
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
        else:
            counts["evictions"] += 1
            held = rng.random() < 0.3
            counts["held"] += held
            idle = (rng.uniform(25, 60) if held else rng.uniform(5, 25)) if L else \
                (rng.uniform(3, 10) if held else rng.uniform(1, 6))
            d = (idle + (rng.uniform(6, 15) if L else rng.uniform(2, 5))) * 60
            pauses_t.append((t, t + d, "hold" if held else "evict"))
            t += d
            next_evict = t + rng.exponential(evict_mean)
            new = _other_hw(rng, cfg, st, first) if rng.random() < 0.5 else None
            if new is not None:
                st = new
                counts["other_hardware"] += 1
                known_t.append(t)
    return SimpleNamespace(cfg=cfg, T=T, nt=int(T / TICK), n=n, pauses_t=pauses_t, lives=lives, known_t=known_t,
                           counts=counts, ramps=ramps, stalls=stalls, respawn=respawn)


def _job(rng, run) -> np.ndarray:
    """Images/s per 5-s tick."""
    nt = run.nt
    tt = np.arange(nt) * TICK
    sd, corr = rng.uniform(0.03, 0.08), rng.uniform(10, 60)
    a = np.exp(-TICK / corr)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    noise = np.exp(x + np.repeat(slow, K)[:nt])
    J = np.zeros(nt)
    for lf, (a0, rl, r0) in zip(run.lives, run.ramps):
        i0, i1 = int(np.ceil(lf.a / TICK)), min(nt, int(lf.b // TICK))
        ramp = np.clip(r0 + (1 - r0) * (tt[i0:i1] - lf.a) / rl, r0, 1)
        J[i0:i1] = lf.level * ramp * noise[i0:i1]
    for p0, p1, _ in run.pauses_t:
        J[int(np.ceil(p0 / TICK)):int(p1 // TICK) + 1] = 0.0
    for s, d in run.stalls:
        i = int(s // TICK)
        if i < nt:
            J[i] *= max(0.0, 1 - d / TICK)
    return J


def _busy(rng, T: float) -> np.ndarray:
    """The schedd's long busy spells ``(start, end)``."""
    rate = rng.uniform(0.5, 4) / 86400
    out, t = [], rng.exponential(1 / rate)
    while t < T:
        d = LU(rng, 30, 480)
        out.append((t, t + d))
        t += d + rng.exponential(1 / rate)
    return np.array(out).reshape(-1, 2)


def _in_busy(busy, t):
    """The end of the busy spell holding each time of ``t`` (NaN: none)."""
    t = np.asarray(t, float)
    j = np.searchsorted(busy[:, 0], t, side="right") - 1
    inside = (j >= 0) & (t < busy[np.maximum(j, 0), 1])
    return np.where(inside, busy[np.maximum(j, 0), 1], np.nan)


def _path(rng, run):
    """The chirps, the schedd's applying, the polls and the reads' masks (from the healthy run)."""
    busy = _busy(rng, run.T)
    P = run.cfg["procs"]
    c_timeout = rng.uniform(20, 120)
    chirp_t, chirp_life, chirp_proc, applied = [], [], [], []
    for k, lf in enumerate(run.lives):
        for p in range(P):
            c = lf.a + rng.uniform(0, 30) + np.arange(0, max(0.0, lf.b - lf.a), 30.0)
            c = c[c < lf.b] + rng.uniform(0, 1, (c < lf.b).sum())
            c = c[c < lf.b]
            end = _in_busy(busy, c)
            ap = c + np.exp(rng.uniform(np.log(0.05), np.log(3), len(c)))
            bat = ~np.isnan(end)
            ap[bat] = end[bat] + rng.uniform(0.05, 2, bat.sum())
            drop = bat & (end - c > c_timeout)
            lost = ~drop & (rng.random(len(c)) < 1e-4)
            run.counts["chirps_batched"] += int((bat & ~drop).sum())
            run.counts["chirps_dropped"] += int(drop.sum())
            run.counts["chirps_lost"] += int(lost.sum())
            keep = ~drop & ~lost
            chirp_t.append(c[keep])
            applied.append(ap[keep])
            chirp_life.append(np.full(keep.sum(), k))
            chirp_proc.append(np.full(keep.sum(), p))
    ct, ap = np.concatenate(chirp_t), np.concatenate(applied)
    cl, cp = np.concatenate(chirp_life), np.concatenate(chirp_proc)
    n = run.n
    off = np.zeros(n)
    if rng.random() < 0.3:
        for _ in range(int(rng.integers(1, 3))):
            s = int(rng.integers(0, n))
            off[s:s + int(rng.uniform(10, 60))] = rng.uniform(5, 40) * rng.choice([-1, 1])
            run.counts["clock_steps"] += 1
    q = STEP * (np.arange(n) + 1) + rng.uniform(5, 40) + rng.uniform(0, 1.5, n) - off
    q_timeout = rng.uniform(20, 30)
    qend = _in_busy(busy, q)
    ok = ~(~np.isnan(qend) & (qend - q > q_timeout))
    run.counts["poll_timeouts"] = int((~ok).sum())
    idx = np.full((n, P), -1)  # per poll and proc: its latest chirp applied by then
    for p in range(P):
        sel = np.nonzero(cp == p)[0]
        order = sel[np.argsort(ct[sel], kind="stable")]
        best = np.maximum.accumulate(ap[order])  # a chirp shows once it and every earlier one are applied
        j = np.searchsorted(best, q, side="right") - 1
        idx[:, p] = np.where(j >= 0, order[np.maximum(j, 0)], -1)
    return SimpleNamespace(busy=busy, ct=ct, cl=cl, idx=idx, q=q, ok=ok, per_min=rng.random() < 0.5, P=P)


def _counter(run, X, times, life) -> np.ndarray:
    """The job's image counter at ``times`` in lives ``life`` (resumed from each life's checkpoint), for images/s
    per tick ``X``."""
    Cz = np.concatenate([[0.0], np.cumsum(X * TICK)])
    grid = np.arange(len(Cz)) * TICK

    def c(t):
        return np.interp(t, grid, Cz)

    base = []
    for lf in run.lives:
        base.append(0.0 if lf.ck_life < 0 else
                    c(lf.ck) - c(run.lives[lf.ck_life].a) + base[lf.ck_life])
    a = np.array([lf.a for lf in run.lives])
    base = np.array(base)
    return c(times) - c(a[life]) + base[life]


def _visible(run, X) -> np.ndarray:
    p = run.path
    vals = np.append(_counter(run, X, p.ct, p.cl) / p.P, 0.0)
    return vals[p.idx].sum(axis=1)


def _masks(run, V):
    """Per poll: read it (a good poll, a rise), the previous good poll and the divisor (from the healthy run)."""
    p, n = run.path, run.n
    use, prev, div = np.zeros(n, bool), np.full(n, -1), np.ones(n)
    last, last_v = -1, 0.0
    for i in range(n):
        if not p.ok[i]:
            continue
        d = V[i] - last_v
        if d < 0:
            run.counts["resets"] += 1
        elif last >= 0 and d > 0:
            use[i], prev[i] = True, last
            div[i] = STEP * (1 if p.per_min else i - last)
        last, last_v = i, V[i]
    return use, prev, div


def _reads(run, X) -> np.ndarray:
    V = _visible(run, X)
    m = run.masks
    Vp = np.where(m[1] >= 0, V[np.maximum(m[1], 0)], 0.0)
    return np.where(m[0], (V - Vp) / m[2], 0.0)


def _spans(run, h):
    n, q = run.n, run.path.q
    paused = h <= 0
    lo = np.concatenate([[0.0], q[:-1]])
    for (a, b, kind) in run.pauses_t:
        ext = b + 35.0
        r = next((r for r in run.ramps if abs(r[0] - b) < 1e-6), None)
        if r is not None:
            ext = b + max(35.0, 0.5 * r[1])
        paused |= (lo < ext) & (q > a)
    spans, i = [], 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _build(seed: int, n: int, pauses: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _job(rng, run)
    run.path = _path(rng, run)
    run.masks = (np.ones(n, bool), np.full(n, -1), np.ones(n))
    run.masks = _masks(run, _visible(run, run.J))
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(np.searchsorted(run.path.q, t)) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    w, i, on = np.empty(length), 0, True
    bad, calm, lvl = rng.uniform(5, 30), rng.uniform(20, 90), rng.uniform(0.05, 0.25)
    while i < length:
        d = int(rng.exponential(bad if on else calm)) + 1
        w[i:i + d] = 1.0 if on else lvl
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n + 1), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(np.ceil(t0 / TICK)), min(run.nt, (n if to_end else stop) * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        X = np.zeros(run.nt)
        X[i0:i1] = w * run.J[i0:i1]
        m = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        cs, ce = min(c0, stop - 5), stop
        ms, hs = m[cs:ce][live[cs:ce]].sum(), healthy[cs:ce][live[cs:ce]].sum()
        if ms <= 0 or hs <= 0:
            continue
        a = target * hs / ms
        if a > 1:
            continue
        v = np.maximum(healthy - a * m, 0.0)
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


def make_heldout131(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout131_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT131_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout131, seeds, n, pauses)

