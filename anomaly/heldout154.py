"""The hundred-and-fifty-fourth held-out throughput family: a handwritten-mathematical-expression recogniser's training
images/s (an encoder-decoder transformer from images of handwritten formulas to LaTeX token sequences, CROHME /
im2latex-style data; images rendered, binarised, augmented and bucketed by size on CPU workers; a beam-search
validation now and then), read through a Delta Lake table: each rank appends a row (its clock's time, the images since
its last row) every 20-30 s with delta-rs ``write_deltalake(..., mode="append")`` to a table on object storage
(optimistic commits, conflicts retried, one small file a row, log checkpoints, OPTIMIZE and VACUUM on a schedule), and
a monitor queries the table once a minute with DuckDB's ``delta_scan`` and sums the images per minute of the rows' own
timestamps.

(No generator's head names Delta Lake, DuckDB, a handwritten formula, LaTeX, CROHME or im2latex (``grep -i`` of the
first 3 lines of every generator, saved to ``/tmp/heads154.txt``: the 4 heads that match "delta" say "delta
temporality", ``count,delta`` lines, a "per-interval delta event" and ``ALIGN_DELTA``); "optimistic", "iceberg",
"lakehouse", "compaction", "vacuum", "conflict" and "math" match none; "parquet" and "object stor" 1 head each (a
retrieval job's pairs read from Parquet files: the data's format, not a table appended to), "encoder-decoder" 1,
"handwriting" 1 (generator 41, an OCR recogniser's text lines/s: handwriting is not new, formulas to LaTeX are). Job
and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
``anomaly/heldout*.py`` (the loop the brief gives, written to ``/tmp/heads154.txt``, then ``grep -ic`` of words and
``grep -i`` printing the matching heads' lines for "delta|duckdb|handwrit|latex|crohme|im2latex|formula" and
"parquet|iceberg|compaction|table"). Slips: a ``wc -l`` of ``anomaly/heldout150.py`` (550 lines) run with the
``grep -n``; none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool, two files whole): CoMER's ``config.yaml`` and
``comer/datamodule/datamodule.py`` (github.com/Green-Wood/CoMER: a PyTorch Lightning module; DDP on 4 GPUs, train
batches of 8, eval batches of 4, 5 loader workers, ``scale_aug``; ``check_val_every_n_epoch: 2`` with a beam search of
10 up to 200 tokens; ``ModelCheckpoint(save_top_k=1, monitor="val_ExpRate")``; the whole data set extracted from a zip
into memory at setup, sorted by image area and cut into batches capped at 320,000 pixels); the READMEs of Mask-CoMER
(CROHME 2014/2016/2019 ExpRates) and of a CoMER fork (PyTorch Lightning 1.x, HME100K); a tutorial's opening (images
rendered from CROHME strokes). On the path: delta-rs discussion #2426 (concurrent writes resolve conflicts; a
version-mismatch error although "the commit is still successful", to be caught and ignored); the delta-rs pages
"Writing to S3 with a locking provider" (DynamoDB, or ``AWS_S3_ALLOW_UNSAFE_RENAME``) and discussion #4482 (S3's
conditional writes replace the DynamoDB log store); docs.delta.io "Concurrency control" (read, write, validate and
commit; blind appends); Microsoft Fabric's Delta concurrency page (OPTIMIZE runs under snapshot isolation and does not
conflict with inserts); delta-io/delta PR #1305 (an append failing with ConcurrentAppendException after an OPTIMIZE);
the deltalake Python API (``CommitProperties(max_commit_retries)``, ``PostCommitHookProperties(create_checkpoint)``
following ``delta.checkpointInterval``); delta-rs issue #3645 (``vacuum(full=True)`` beside an append deletes a
parquet uploaded but not yet committed; the log then names a missing file and reads fail "Object at location ... not
found"); djouallah/duckrun #59 (without checkpoints every read replays every commit); risingwave #16546 (a write a
second makes the log slow to read); duckdb-delta issues #141 and #35 (``delta_scan`` slow on object storage, many
GETs), PRs #110 (``ATTACH ... PIN_SNAPSHOT``) and #300 (snapshot caching), DuckDB's delta extension page and the
kernel-testing README (``delta_scan('s3://...')``, secrets, filter pushdown, file skipping). On the leak: pytorch
issues #20433, #62066, #5902 and referit3d #5 (loader workers' memory grows by copy-on-access of Python objects; with
persistent workers it keeps growing). Not read (from memory, unchecked): delta-rs's default checkpoint interval;
how long a repair (``fsck``) takes; how often object stores throttle; a ``delta_scan``'s snapshot being the table's
latest version when the query starts.

Assumed without checking (the job): one node of 1, 2 or 4 GPUs or two of 4 (20/30/30/20 %, 0.85-0.97 per doubling);
15-120 images/s per GPU (log-uniform), a rank's CPU workers able to feed 1.1-2.5 times that; a step waits for the
slower side (a soft maximum of the costs). An epoch (a CROHME + HME100K + rendered-im2latex mixture) lasts 20-90 min at
the first stage's rate; a validation with beam search after every epoch or every 2nd (drawn per run), 2-8 min
("long" 10-25: more test sets), then a checkpoint when ExpRate improved (chance ``max(0.15, 0.9 exp(-epoch / 8))``),
10-40 s ("long" 1-4 min). Each epoch starts with its loader's workers respawned (60 % of runs: 10-45 s at 20-60 %) or,
persistent, reshuffled (3-10 s). Per 5-s tick a log-normal of sd 3-8 % (the batches' sizes: shuffled area buckets),
an AR(1) (sd 1-3 %, 30-120 s) and a slow OU (sd 1-3 %, 20-120 min). Start-up 3-10 min ("long" 25-60: the images read
into memory) and a ramp from 40-75 % over 2-6 min; crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18),
a restart of 2-6 ("long" 8-20), the epoch redone from its start; 0-3 planned relaunches at 15-85 % of the run, an
hour apart: stopped 1-3 min ("long" 5-12), queued 1-5 min, restarted on a larger image cap (at most twice: 1.3-1.8
times dearer on the GPUs), heavier augmentation (at most twice: 1.3-1.7 on the CPUs) or, 1 in 6, another GPU count;
redrawn until the level moves 15 % (1/3 to 3 times).

On the path (not checked): each rank's writer thread appends from its process start (after 2-30 s) every ``P`` s
(20-30 per rank and life) plus the write's own 0.1-1.5 s and, where its commit crossed the checkpoint interval (10 or
100), 0.5-3 s; a row holds the rank's images since its last row that reset the count, stamped with its node's clock
at the write. A commit conflicts with another rank's with chance ``min(0.5, 0.6 (W - 1) / P)``, 0.4 more inside an
OPTIMIZE's commit window (20-120 s, every 1-6 h); each retry adds 0.2-1.5 s. In a store outage (0.3-2 a day, 1-20 min)
an append fails and its images stay in the writer's count for its next row; 0.2-0.8 % of commits (5 % more after a
conflict) report an error although they were made: the count is not reset and those images are counted twice. A crash
loses each rank's interval under way; a graceful stop writes it. In 30 % of runs VACUUM runs with ``full=True`` after
each OPTIMIZE and, 1 in 20, deletes a just-uploaded file: that row is lost and every scan fails for 10-90 min until the
table is repaired. A synchronised node's clock is within sd 0.02-0.3 s; in 25 % of runs one node is 5-45 s off
(either way) and steps 0.5-3 times a day, right (sd 0.3 s) or off again. The monitor queries at a phase of 0-60 s each
minute; 0.5-3 % of queries fail, and all do in an outage or while a file is missing. Minute ``m`` of the rows'
timestamps closes at the first query that succeeds from its end plus a grace of 20-90 s: it holds the rows that
query's snapshot saw (committed by its start), if the minute lies within the query's lookback (10-30 min), else it
reads nothing. A point is the minute's images over 60 s. The reads are linear in the images; the rows' fates are the
healthy run's. Not modelled: a query's duration (assumed under a minute; the snapshot is taken at its start), the
snapshot caching of ``ATTACH``.

A point is paused where its minute touches a pause, or the first half of the ramp after one, widened by one point
and by the clocks' largest offset on both sides, or where it reads nothing; spans under 3 live points apart merged; a
listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share
``a w`` of each tick's images lost, carried through the same rows and reads): ``drop`` (an augmentation worker
killed and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (image reads from object
storage slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (loader
workers' memory growing by copy-on-access into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 %
at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of
the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout154_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    10         9     0.081-0.318  18              1-70 (903, 2 >60)
long      30      9     10         11    0.073-0.308  22              1-81 (767, 2 >60)

Planned changes listed: short 12, long 24 (of 12 and 24 relaunches; none kept its stage); crashes 47 and 36. The path
over each set (counts): short: rows 713,181, appends failed in an outage 4,341 (rows carrying older images 7,662),
conflict retries 99,749, commits reported failed that were made 7,469, log checkpoints 61,242, store outages 57,
OPTIMIZE runs 409, files deleted by VACUUM 7 (7 rows lost, 343 queries failed for them), failed queries 2,207, rows
that arrived after their minute closed 0, rows in another minute than their write's 1,315, unread minutes 336, clock
steps 19, intervals lost in a crash 204; long: 653,766, 3,936 (7,630), 94,368, 7,474, 42,636, 46, 459, 8 (8, 349),
1,966, 0, 50,573, 321, 40, 130. No row came late: the grace (20-90 s) outlasted every commit delay and every clock
behind by 5-45 s on these seeds (the law stays, and is tested on its own). The reads' sum over the live points
against the job's images: 1.010-1.024 per seed (short), 1.006-1.022 (long) (the repeated images); the live points'
minute-to-minute change (median ``|d log|`` per seed) 7.7-31 % (short), 3.9-36 % (long), its 99th percentile 29-52 %
(short), 28-51 % (long): a rank writes 2 or 3 rows in a minute of its timestamps, so one or two ranks' minutes swing
by a fifth or more (as the path really sums them); the live median level 41-759 images/s (short), 39-457 (long).
Before the first measure: none (the first measure was the healthy runs of both settings' first 4 seeds at 6,000
points). Changes of the laws after it: one, made as one edit of two parts: the grace was 30-120 s (now 20-90, so that
a clock behind can make rows late: it did not, on these seeds), and a full VACUUM deleted a file after 15 % of
OPTIMIZE runs (now 5 %: two runs had 6 and 7 missing files and some 300 unread minutes each). The tests check the laws
on the first 4 seeds at 3,000 points (``SPANS``: at most 80 points "short", 120 "long"). A rounding fix
after the first test run (a paused tick's share of training came out at +-1e-10, now 0) and the AR(1) filtered in
numpy (it was scipy's ``lfilter``) moved no measured figure.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT154_SEEDS = tuple(range(1542000, 1542012))
CODE = 154
STEP = 60.0  # a point: one minute of the rows' timestamps
TICK = 5.0  # the job's grid (s)
K = int(STEP / TICK)
EPOCH = 1_779_999_960.0  # a multiple of 60
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 80), "long": (1, 120)}
GPU_COUNTS = (1, 2, 4, 8)
#: (short, long) ranges of the pauses (s)
TIMING = {"startup": ((180, 600), (1500, 3600)), "eval": ((120, 480), (600, 1500)),
          "ckpt": ((10, 40), (60, 240)), "down": ((60, 240), (360, 1080)), "restart": ((120, 360), (480, 1200)),
          "stop": ((60, 180), (300, 720))}
#: the path's distortions the counts record
PATH_KEYS = ("rows", "append_failed", "carried", "conflict_retries", "ambiguous_commits", "log_checkpoints",
             "store_outages", "optimize_runs", "dangling_files", "rows_lost_dangling", "query_failures",
             "queries_lost_to_dangling", "late_rows", "rows_in_other_minute", "unread_minutes", "clock_steps",
             "intervals_lost_in_crash")


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _config(rng) -> dict:
    """The job's draws: GPUs, the per-GPU and CPU-side rates, the epoch, the noise and the fault rates."""
    cfg = {"gpus": int(rng.choice(GPU_COUNTS, p=[0.2, 0.3, 0.3, 0.2])), "gpu": hc.log_uniform(rng, 15, 120),
           "eff": rng.uniform(0.85, 0.97), "res_c": rng.uniform(1.3, 1.8), "aug_c": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)  # one rank's workers (render, binarise, augment, bucket)
    cfg["epoch_s"] = rng.uniform(20, 90) * 60.0  # an epoch's length at the first stage's rate
    cfg["val_every"] = int(rng.choice([1, 2]))
    cfg["persistent"] = bool(rng.random() < 0.4)
    cfg["tick_sd"], cfg["ar_sd"], cfg["ar_tau"] = rng.uniform(0.03, 0.08), rng.uniform(0.01, 0.03), rng.uniform(30, 120)
    cfg["ou_sd"], cfg["ou_tau"] = rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)
    cfg["crash_mean"] = rng.uniform(12, 48) * 3600.0
    cfg["ramp_r0"], cfg["ramp_s"] = rng.uniform(0.4, 0.75), rng.uniform(120, 360)
    return cfg


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: the GPUs' side (scaling ``eff`` per doubling, dearer with a larger image cap) and the
    CPU workers' side (dearer with heavier augmentation); a step waits for the slower (a soft maximum of costs)."""
    g = st["gpus"]
    gpu = g * cfg["gpu"] * cfg["eff"] ** np.log2(g) / cfg["res_c"] ** st["res"]
    cpu = g * cfg["cpu"] / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A planned relaunch's stage: a larger image cap, heavier augmentation (each at most twice) or, 1 in 6, another
    GPU count; redrawn until the level moves 15 % (1/3 to 3 times). The old stage where none does."""
    for _ in range(50):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in GPU_COUNTS if g != st["gpus"]]))
        elif r < 7 / 12:
            new["res"] = st["res"] + 1
        else:
            new["aug"] = st["aug"] + 1
        if new["res"] > 2 or new["aug"] > 2:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _ar1(x: np.ndarray, a: float, block: int = 128) -> np.ndarray:
    """``y[i] = a y[i - 1] + x[i]`` from ``y[-1] = 0``, in blocks (within one, ``a ** j`` times a cumulative sum)."""
    y = np.empty_like(x)
    j = np.arange(block)
    up, down = a ** j, a ** -j
    prev = 0.0
    for s in range(0, len(x), block):
        k = len(x[s:s + block])
        y[s:s + k] = up[:k] * (a * prev + np.cumsum(x[s:s + k] * down[:k]))
        prev = y[s + k - 1]
    return y


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline (pauses, lives, training segments) and its images per 5-s tick ``J``."""
    j = hc.SETTINGS[setting]
    T = n * STEP + 900.0
    cfg = _config(rng)
    st = {"gpus": cfg["gpus"], "res": 0, "aug": 0}
    n_img = _level(cfg, st) * cfg["epoch_s"]
    re_t = sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    re_t = [t for k, t in enumerate(re_t) if k == 0 or t - re_t[k - 1] >= 3600]
    pauses, lives, segs, ramps, stalls, known_t = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "epochs": 0, "evals": 0, "ckpts": 0}
    su = _u(rng, TIMING["startup"][j])
    pauses.append((0.0, su, "startup"))
    t, life0, left, epoch, ri = su, 0.0, n_img, 0, 0
    ramps.append((t, cfg["ramp_s"], cfg["ramp_r0"]))
    crash = t + rng.exponential(cfg["crash_mean"])
    while t < T:
        lv = _level(cfg, st)
        crash = max(crash, t + 30.0)
        t_re = max(re_t[ri], t) if ri < len(re_t) else np.inf
        t_ep = t + left / lv
        nxt = min(t_ep, crash, t_re, T)
        segs.append((t, nxt, lv, st["gpus"]))
        if nxt >= T:
            break
        if nxt == t_ep:
            t, left, epoch = nxt, n_img, epoch + 1
            counts["epochs"] += 1
            if epoch % cfg["val_every"] == 0:  # beam-search validation, then a checkpoint if ExpRate improved
                d = _u(rng, TIMING["eval"][j])
                pauses.append((t, t + d, "eval"))
                t += d
                counts["evals"] += 1
                if rng.random() < max(0.15, 0.9 * np.exp(-epoch / 8)):
                    d = _u(rng, TIMING["ckpt"][j])
                    pauses.append((t, t + d, "ckpt"))
                    t += d
                    counts["ckpts"] += 1
            # the next epoch's loader: workers respawned (or, persistent, only the sampler reshuffled)
            d = rng.uniform(3, 10) if cfg["persistent"] else rng.uniform(10, 45)
            stalls.append((t, d, rng.uniform(0.2, 0.6)))
            continue
        left -= (nxt - t) * lv
        t = nxt
        if nxt == crash:  # down, restart, resume from the last epoch-end checkpoint
            lives.append((life0, t, "crash", st["gpus"]))
            down, rs = _u(rng, TIMING["down"][j]), _u(rng, TIMING["restart"][j])
            pauses.append((t, t + down + rs, "crash"))
            life0, t, left = t + down, t + down + rs, n_img
            counts["crashes"] += 1
            crash = t + rng.exponential(cfg["crash_mean"])
        else:  # a planned relaunch: stopped gracefully, queued, started on the new stage
            lives.append((life0, t, "relaunch", st["gpus"]))
            stop, queue, rs = _u(rng, TIMING["stop"][j]), rng.uniform(60, 300), _u(rng, TIMING["restart"][j])
            pauses.append((t, t + stop + queue + rs, "relaunch"))
            life0, t = t + stop + queue, t + stop + queue + rs
            new = _next_stage(rng, cfg, st, lv)
            counts["relaunches"] += 1
            if new == st:
                counts["kept_stage"] += 1
            elif t < n * STEP:
                known_t.append(t)
            st, ri = new, ri + 1
        ramps.append((t, cfg["ramp_s"], cfg["ramp_r0"]))
    lives.append((life0, T, "end", st["gpus"]))
    nt = int(T / TICK)
    tb = np.arange(nt) * TICK
    s0 = np.array([s[0] for s in segs])
    lev = np.array([s[2] for s in segs])[np.maximum(np.searchsorted(s0, tb + TICK / 2, side="right") - 1, 0)]
    edges = np.array([x for a, b, _ in pauses for x in (a, b)])
    frac = np.clip(1.0 - hc.bad_share(edges, tb, TICK), 0.0, 1.0)
    frac[frac < 1e-9] = 0.0  # rounding
    mult = np.ones(nt)
    for t0, d, r0 in ramps:
        x = tb - t0
        mult = np.where((x >= 0) & (x < d), mult * (r0 + (1 - r0) * x / d), mult)
    for t0, d, depth in stalls:
        x = tb + TICK / 2 - t0
        mult = np.where((x >= 0) & (x < d), mult * depth, mult)
    a = np.exp(-TICK / cfg["ar_tau"])
    ar = _ar1(rng.normal(0, cfg["ar_sd"] * np.sqrt(1 - a * a), nt), a)
    ou = np.repeat(hc.ou_path(rng, T, cfg["ou_sd"], cfg["ou_tau"]), K)[:nt]
    noise = np.exp(rng.normal(0, cfg["tick_sd"], nt) + ar + ou - 0.5 * (cfg["tick_sd"] ** 2 + cfg["ar_sd"] ** 2))
    J = lev * frac * mult * noise * TICK
    return SimpleNamespace(n=n, T=T, nt=nt, cfg=cfg, pauses_t=pauses, lives=lives, segs=segs, ramps=ramps,
                           stalls=stalls, known_t=known_t, counts=counts, J=J, setting=setting)


def _windows(rng, T: float, per_day: tuple, dur: tuple) -> np.ndarray:
    """Episodes ``(start, end)``: a Poisson number at ``per_day`` (drawn) a day, each ``dur`` s long, merged."""
    k = rng.poisson(rng.uniform(*per_day) * T / 86400.0)
    s = np.sort(rng.uniform(0, T, k))
    out = []
    for a, b in zip(s, s + rng.uniform(*dur, k)):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in one of the ordered, disjoint windows ``[a, b)``."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _offsets(rng, T: float, bad: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node's clock: ``(step times, offsets)``, the offset ``offsets[k]`` from ``times[k]`` on. A synchronised
    node stays within sd 0.02-0.3 s; an unsynchronised one is 5-45 s off (either way), and its 0.5-3 steps a day
    set it right (sd 0.3 s) or put it off again."""
    sd = rng.uniform(0.02, 0.3)
    if not bad:
        return np.array([0.0]), np.array([rng.normal(0, sd)])
    k = rng.poisson(rng.uniform(0.5, 3) * T / 86400.0)
    times = np.concatenate([[0.0], np.sort(rng.uniform(0, T, k))])
    off = [rng.uniform(5, 45) * rng.choice([-1, 1]) if (i % 2 == 0) else rng.normal(0, 0.3) for i in range(k + 1)]
    return times, np.array(off)


def _path(rng, run) -> SimpleNamespace:
    """The rows each rank appends (their intervals, timestamps, commit times) and the monitor's queries."""
    T, n = run.T, run.n
    p = SimpleNamespace(phi=rng.uniform(0, 60), grace=rng.uniform(20, 90), lookback=rng.uniform(600, 1800),
                        lat=(rng.uniform(0.1, 0.3), rng.uniform(0.5, 1.5)), amb=rng.uniform(0.002, 0.008),
                        ci=int(rng.choice([10, 100])), q_fail=rng.uniform(0.005, 0.03))
    p.outages = _windows(rng, T, (0.3, 2.0), (60, 1200))  # object store unreachable / throttling every request
    opt_every = rng.uniform(1, 6) * 3600.0
    opt_t = np.arange(rng.uniform(0, opt_every), T, opt_every)
    p.optimize = np.stack([opt_t, opt_t + rng.uniform(20, 120, len(opt_t))], axis=1).reshape(-1, 2)
    p.vacuum_full = bool(rng.random() < 0.3)
    bad_node = int(rng.integers(2)) if rng.random() < 0.25 else -1
    p.clocks = [_offsets(rng, T, node == bad_node) for node in range(2)]
    cols = {k: [] for k in ("s", "e", "vis", "node", "w", "amb", "nconf", "life", "rank")}
    counts = dict.fromkeys(PATH_KEYS, 0)
    for li, (life0, life1, how, w) in enumerate(run.lives):
        if how == "crash":
            counts["intervals_lost_in_crash"] += w
        for r in range(w):
            P = rng.uniform(20, 30)
            m = int((life1 - life0) / P) + 3
            lat = rng.uniform(*p.lat, m)
            hook = np.where(rng.random(m) < 1.0 / p.ci, rng.uniform(0.5, 3.0, m), 0.0)  # the log checkpoint
            e = life0 + rng.uniform(2, 30) + np.concatenate([[0.0], np.cumsum(P + lat + hook)[:-1]])
            keep = e < life1
            e, lat, hook = e[keep], lat[keep], hook[keep]
            if how != "crash":  # a graceful stop writes its last interval
                e, lat, hook = np.append(e, life1), np.append(lat, rng.uniform(*p.lat)), np.append(hook, 0.0)
            k = len(e)
            pc = np.minimum(0.5, (w - 1) * 0.6 / P) + 0.4 * _inside(e, p.optimize)
            nconf = rng.geometric(1 - np.minimum(pc, 0.9), k) - 1
            vis = e + lat + nconf * rng.uniform(0.2, 1.5, k)
            failed = _inside(e, p.outages)
            amb = ~failed & (rng.random(k) < p.amb + 0.05 * (nconf > 0))
            reset = ~failed & ~amb
            idx = np.where(reset, np.arange(k), -1)
            prev = np.concatenate([[-1], np.maximum.accumulate(idx)[:-1]])
            s = np.where(prev >= 0, e[np.maximum(prev, 0)], life0)
            ok = ~failed
            counts["append_failed"] += int(failed.sum())
            counts["carried"] += int((ok & (prev < np.arange(k) - 1)).sum())
            counts["conflict_retries"] += int(nconf.sum())
            counts["ambiguous_commits"] += int(amb.sum())
            counts["log_checkpoints"] += int((hook > 0).sum())
            for key, val in (("s", s), ("e", e), ("vis", vis), ("amb", amb), ("nconf", nconf)):
                cols[key].append(val[ok])
            cols["node"].append(np.full(int(ok.sum()), r // 4))
            cols["life"].append(np.full(int(ok.sum()), li))
            cols["rank"].append(np.full(int(ok.sum()), r))
            cols["w"].append(np.full(int(ok.sum()), float(w)))
    rows = {key: np.concatenate(v) for key, v in cols.items()}
    counts["rows"] = len(rows["e"])
    # VACUUM (full) after OPTIMIZE may delete a parquet file written but not yet committed: the log then names a
    # missing file, every scan fails until the table is repaired, and the repair drops that row
    lost = np.zeros(len(rows["e"]), bool)
    dangling = []
    if p.vacuum_full:
        for a, b in p.optimize:
            if rng.random() < 0.05:
                later = np.nonzero(rows["vis"] > b)[0]
                if len(later):
                    i = later[np.argmin(rows["vis"][later])]
                    lost[i] = True
                    dangling.append([rows["vis"][i], rows["vis"][i] + rng.uniform(600, 5400)])
    p.dangling = np.array(dangling).reshape(-1, 2)
    counts["dangling_files"], counts["rows_lost_dangling"] = len(dangling), int(lost.sum())
    counts["store_outages"], counts["optimize_runs"] = len(p.outages), len(p.optimize)
    counts["clock_steps"] = sum(len(c[0]) - 1 for c in p.clocks)
    # the rows' timestamps: the writer's node clock at its write
    off = np.empty(len(rows["e"]))
    for node, (times, offs) in enumerate(p.clocks):
        sel = rows["node"] == node
        off[sel] = offs[np.searchsorted(times, rows["e"][sel], side="right") - 1]
    ts = rows["e"] + off
    minute = np.floor(ts / STEP).astype(int)
    # the monitor's queries: one a minute at phase phi; a minute closes at the first that succeeds from its end plus
    # the grace, and reads what that query's snapshot holds, if the minute is still inside its lookback
    nq = int((T + 7200) / STEP)
    qt = p.phi + STEP * np.arange(nq)
    q_dang = _inside(qt, p.dangling)
    q_ok = ~_inside(qt, p.outages) & ~q_dang & (rng.random(nq) >= p.q_fail)
    counts["query_failures"], counts["queries_lost_to_dangling"] = int((~q_ok).sum()), int(q_dang.sum())
    nxt = np.full(nq + 1, nq)
    for k in range(nq - 1, -1, -1):
        nxt[k] = k if q_ok[k] else nxt[k + 1]
    j0 = np.ceil(((np.arange(n) + 1) * STEP + p.grace - p.phi) / STEP).astype(int)
    jq = nxt[np.minimum(j0, nq)]
    close = np.where(jq < nq, p.phi + STEP * np.minimum(jq, nq - 1), np.inf)
    unread = np.arange(n) * STEP < close - p.lookback
    inr = (minute >= 0) & (minute < n) & ~lost
    mc = np.clip(minute, 0, n - 1)
    late = inr & ~unread[mc] & (rows["vis"] > close[mc])
    inc = inr & ~unread[mc] & ~late
    counts["late_rows"], counts["unread_minutes"] = int(late.sum()), int(unread.sum())
    counts["rows_in_other_minute"] = int((minute != np.floor(rows["e"] / STEP)).sum())
    p.rows, p.minute, p.inc, p.counts, p.close, p.unread = rows, minute, inc, counts, close, unread
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s) of the job's images per tick ``J``: each included row holds its rank's share
    of the images of its interval, summed per minute of the rows' timestamps. Linear in ``J``."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C)) * TICK
    r, inc = run.path.rows, run.path.inc
    img = (np.interp(r["e"][inc], grid, C) - np.interp(r["s"][inc], grid, C)) / r["w"][inc]
    return np.bincount(run.path.minute[inc], weights=img, minlength=run.n)[:run.n] / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause or its ramp's first half, widened by a point and by the clocks'
    largest offset, and every minute that read nothing; spans under 3 live points apart merged."""
    n = run.n
    pad = 1 + int(np.ceil(max(np.abs(offs).max() for _, offs in run.path.clocks) / STEP))
    raw = []
    for a, b, _ in run.pauses_t:
        raw.append((int(a // STEP) - pad, int(np.ceil((b + 0.5 * run.cfg["ramp_s"]) / STEP)) + pad))
    raw += [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]
    spans = []
    for s, e in sorted(raw):
        s, e = max(s, 0), min(e, n)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1] + 2:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy points, pause spans, live mask, listed changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.pt = np.arange(n) * STEP
    run.pause_ab = [(a, b) for a, b, _ in run.pauses_t]
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per 5-s tick: a drop ``min(1, (s + 1) / tau)`` (``tau`` 1-6 ticks); a straggler at 1 in
    bursts (mean 30-240 ticks) and at 0.05-0.25 between them (mean 120-600); a leak ``(s / ramp) ** p`` (``p``
    0.6-1.8), then held at 1."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
    on = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(on, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost (carried
    through the same rows and reads), ``a`` set from the reads of the lost images to a drawn target loss and
    refused above 1: an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, run.pause_ab, run.pt, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else min(run.nt, stop * K))
        if i1 - i0 < 12:
            continue
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, lost)
        end = n if to_end else stop
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        lv = live[c0:end]
        hs, ls = healthy[c0:end][lv].sum(), m1[c0:end][lv].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                        rng.uniform(0.12, 0.4))
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * K * TICK) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is None:
            continue
        nz = np.nonzero(healthy - v)[0]
        at = int(nz[0])
        return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, (healthy - v)[at:int(nz[-1]) + 1])
    return None


def _stamps(run) -> np.ndarray:
    """A point is stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout154(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout154_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT154_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout154, seeds, n, pauses)
