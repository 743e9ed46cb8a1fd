"""The hundred-and-seventy-seventh held-out throughput family: a crop-disease classifier's training images/s (an
EfficientNet / ConvNeXt over farmers' smartphone photos of cassava, maize, bean and tomato leaves), each node's rows
inserted into a ScyllaDB table with CDC enabled and summed per minute by a monitor that reads the table's CDC log.

(No generator's head names Scylla, CDC or change data capture, a timeuuid, a confidence window, a write timeout, a
retry policy, a crop disease, cassava, a leaf, a plant, a disease, agriculture, EXIF, a JPEG or a field photo
(``grep -ic`` on the first 3 lines of every generator, kept in ``/tmp/s64/heads177.txt``: 0 each); "Cassandra"
matches 1 head (KairosDB's store: the path there is KairosDB's telnet ``put``, not CDC), "ConvNeXt" 2 and
"EfficientNet" 1 (a skin-lesion, an astronomy and a deepfake model: the model family is not new, the crop-disease
job is), "crop" 17 (the matches printed were image crops, cropped faces and protein crops), "farm" 3 (one printed:
livestock sensors), "smartphone" 1 (insect wingbeat audio), "generation" 2 (one printed: report generation). Job and
path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

The job (nothing read on it: every figure assumed). One, two or four nodes (40/35/25 %) of 4 or 8 GPUs train an
EfficientNet / ConvNeXt-style classifier at 150-900 images/s per GPU (log-uniform; 0.88-0.97 per doubling of the
GPUs). CPU workers decode the JPEGs, rotate them by their EXIF tag, resize and colour- / blur-augment them; their
headroom is 1.05-2.2 times the GPUs at the run's mean mix, and a field photo (a 12-MP phone JPEG) costs 3-8 lab photos
(PlantVillage-like 256-px crops). Data are read a shard at a time (4-25 min each) whose field share is the run's mean
(30-70 %: rare diseases, oversampled, are mostly field photos) plus a normal (sd 8-20 points); a step waits for the
slower side (``smax`` of the costs). Per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU
(sd 1-3 %, 20-120 min); loader stalls (a slow shard read, a burst of huge JPEGs) 0.5-3 an hour, 5-40 s at 10-50 %.
An epoch lasts 25-80 min at the first stage's rate; after every 1st or 2nd epoch an evaluation on the held-out field
set with test-time augmentation, 2-7 min ("long" 10-25), and after every 1st or 2nd of those a checkpoint, 20-90 s
("long" 1-4 min); the loader's workers are respawned after it (a ramp of 20-90 s from 30-60 %). Start-up 3-10 min
("long" 25-60) and a ramp from 40-75 % over 2-6 min; crashes (an exponential, mean 12-48 h): down 1-4 min ("long"
6-18), start-up 2-6 ("long" 8-20), a ramp. Relaunches (0-3, at 15-85 % of the run, an hour apart): stopped 1-3 min
("long" 5-12) and queued 1-5, a start-up, a ramp; each a larger input resolution (at most twice, 1.3-1.7 times dearer
on the GPUs), the backbone unfrozen (1.5-2.2), a heavier augmentation policy (at most twice, 1.2-1.6 on the CPUs) or,
1 in 6, the other GPU count per node; redrawn until the level moves 15 % (1/3 to 3 times).

The path. Public sources read (excerpts through the search tool, files through ``read_file``): ScyllaDB's "The CDC
Log Table" (``github.com/scylladb/scylladb`` ``docs/features/cdc/cdc-log-table.rst``: ``cdc$time`` is a timeuuid
whose time is the base write's timestamp, set by the user, the driver or the server, its other bytes random "so that
writes with conflicting timestamps get separate entries"; entries sorted by it in a stream); "CDC Stream
Generations" and "CDC Stream Changes" (``docs.scylladb.com/manual/stable/features/cdc/cdc-stream-generations.html``,
``.../master/features/cdc/cdc-stream-changes.md``: stream ids change when a node joins (or on
``checkAndRepairCdcStreams``); a generation has a start timestamp and its own streams); "Querying CDC Streams"
(``.../master/features/cdc/cdc-querying-streams.md``: query each stream; read the old generation once more after
the switch); scylla-cdc-go's ``reader.go`` and ``stream_batch.go`` (``github.com/scylladb/scylla-cdc-go``: defaults
``ConfidenceWindowSize`` 30 s, 10 s after a non-empty query, 30 s after an empty one, 1 s after a failed one, a 30-s
query window, and a reader with no saved progress starts at now minus ``ChangeAgeLimit`` = 1 min; a poll reads
``cdc$time > last AND < min(last + 30 s, now - confidence window)``, ``last`` moving to the last entry read);
scylladb issue #19383 (entries out of order when writes take timestamps from different sources; "we're making an
assumption that" nothing older shows up after the confidence window) and #6929 (Alternator's 10-s window "to allow
delayed CDC log writes to be reordered"); scylla-cdc-source-connector's README (progress saved periodically, resumed
from the saved offset, at-least-once); piodul/cdc-stressor's README (per-stream polls ``time > last`` with
back-off); the drivers' client-side timestamps (``scylladb/cpp-driver`` ``topics/basics/client_side_timestamps``:
assigned by the driver by default) and the idempotence-aware retry policy (DataStax Node.js / C# driver pages: a
write timeout of a non-idempotent statement is rethrown, not retried). Not read (from memory, unchecked): the log's
default TTL (24 h; no reader here is down that long, so nothing expires unread); that a new generation's timestamp
lies a little ahead of the topology change (here 2-60 s); how often the go library fetches generations (here up to
5-20 s, or 10-240 s in half the runs, plus 5 s); hinted handoff's and repair's delays (here 5 s-15 min); that base
and log writes share the write's fate (issue #19383 says both must reach the consistency level: a timed-out write
may still land in both).

On the path (assumed from the above). Each node's reporter thread, from its process's start, every ``P`` s (15-30
per run, plus 0-0.3 s of work) INSERTs a row (its node, its clock's time, the images since its last acknowledged
row); a crash loses the interval under way (and anything carried), a graceful stop writes it. A write times out with
probability 0.05-0.3 % (0.05-0.4 inside compaction / repair overloads, 0.3-2 a day of 2-20 min; 0.05-0.3 in the 5-30
min of streaming before each topology change, 0.1-0.6 a day, each starting a CDC generation); a timed-out write
still lands with probability 0.6-0.9, on time (in the quorum the reader reads) with 0.4-0.8, else 5 s-15 min later
(a hint, a repair). In 70 % of runs the INSERT is left non-idempotent: the driver rethrows, the reporter carries the
images into its next row, so a landed timed-out row is counted twice; in 30 % it is marked idempotent and the driver
retries once, through one of the replicas (2 s later): two entries of one row key, which the monitor counts once in
half the runs (it keeps one entry per row key) and twice in the others. Timestamps come from the driver (the node's
clock; the retry keeps it) in 70 % of runs, else from the coordinator (one of the partition's 3 replicas in a
3-6-node cluster, clocks sd 0.05-0.5 s; in 40 % of those runs one Scylla node loses NTP for 1-6 h and drifts 5-60 s
either way over 0.5-3 h). Node clocks: sd 0.02-0.3 s, or (one node in 25 % of the runs with driver timestamps, 12.5
% of the others) unsynchronised: steps 0.5-3 times a day (sd 2-30 s) and 20-100 ppm of drift. The monitor's reader
(its clock sd 0.1-1 s off) polls every ``Q`` s (5-30) up to its clock's now minus the confidence window ``W`` (10-60
s); it restarts 0.2-1.5 times a day (down 10-300 s), from its saved progress (saved every 10-120 s; 70 % of runs) or
from now minus 1 min. New streams are read only once the reader has fetched their generation. The monitor bins an
entry by its ``cdc$time`` or (half the runs) by the row's own time and closes a minute once the reader's window end
passes it: what is read later (an entry behind the window when it becomes visible, a late hint, a row stamped behind
by a lagging clock or ahead of the row's own minute) is dropped, as is what a reader's crash lost from a minute
still open (unless its restart reads it again). A point is the minute's images over 60 s. The reads are linear in
the images; the entries' fates are the healthy run's. Not modelled: the tombstones the log's TTL leaves (they slow a
reader's queries, assumed to change no count), readers down past the TTL.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each
tick's images lost, carried through the same entries and reads): ``drop`` (a decoding worker killed by the OOM
killer on a huge field JPEG and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler``
(shard reads from the object store throttled in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the augmentation workers' memory fragmenting into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8,
then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a``
set from the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout177_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.084-0.311  20              1-784 (1201, 1 >60)
long      28      10    9          9     0.087-0.314  17              1-67 (1355, 2 >60)

Planned changes listed: short 15, long 20 (of 15 and 20 relaunches; none kept its stage); crashes 34 and 48.
The listed changes' level moves (``|log|`` of the medians over up to 300 live points before and 100-400 after,
where each side has 40): 13 "short", 0.309-0.738; 20 "long", 0.045-0.658, one under 0.05 (seed 1772001, point
5041: the 15 % of a stage is at the run's mean field share, and the shards and the slow drift move the rest). The
784-point span (seed 1772005, "short"): one node, unsynchronised, its clock stepped more than the window behind the
reader's for 13 h, so every entry reached a closed minute (a law, kept: see below). The path over each set (counts):
short: write timeouts 2263 (landed 1622, late 722), rows carried 1280, driver retries 983, duplicate entries 726,
entries behind the window when visible 6588, generations 25 (entries lost to an unfetched generation 9), reader
restarts 45 (entries read again 0, lost to the age limit 401, lost from an open minute 111), clock steps 67, entries
in another minute than their interval's end 18186, unread minutes 833, intervals lost in a crash 98, entries read
after their minute closed 4; long: 1342 (996, 342), 692, 650, 469, 6463, 22 (9), 51 (2, 30, 40), 25, 10905, 958, 79,
651. The reads' sum over the live points against the job's images: 0.955-1.004 per seed (short), 0.937-1.003 (long);
the live points' minute-to-minute change (median ``|d log|`` per seed) 3.7-34.5 % (short), 2.2-40.3 % (long): a
minute holds 2 or 3 rows when ``P`` does not divide 60 s, the sum's aliasing; its 99th percentile 39-108 % (short),
42-113 % (long); the live median level 706-8,022 images/s (short), 367-2,244 (long). Before the first measure: none.
The first measure was a build check of the first 4 seeds of each setting at 6,000 points (the reads' ratio to the
job's images, the level, the minute-to-minute change); one change of the laws after it, made as one edit: node clock
steps smaller (sd 2-30 s, were 5-60) and unsynchronised nodes rarer (25 %, were 35 %), the coordinator's lost-NTP
drift smaller and shorter (5-60 s over 1-6 h, were 20-120 s over 2-12 h): one seed lost 31 % of its images. Then the
sets were measured; the 784-point span was seen after that change and kept. The tests check the laws on the first 4
seeds at 3,000 points (``SPANS``: at most 60 points "short", 90 "long").

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after ``grep -n "^def make_heldout150\\|^def heldout150_set"``);
``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; the first 3 lines of every generator
(the brief's loop, written to ``/tmp/s64/heads177.txt``, then ``grep -ic`` of words there, ``grep -i -B2`` of
"cassandra|convnext|TTA|effici", ``grep -io`` of 60 characters before and 30 after "crop" and of 50 before and 30
after "farm|smartphone|generation"); ``ls anomaly/heldout*.py | wc -l`` and ``ls anomaly/heldout17*.py`` (names
only); ``anomaly.heldout175`` imported once to print its first seed and seed count (its code run, not read). Slip: a
``grep -n scipy /work/main/pyproject.toml | head -3`` (to see whether scipy is a dependency) printed 3 lines of
``pyproject.toml``, one a comment on what imports scipy in the detector; none else. The tests import
``HELDOUT175_SEEDS`` (to keep the seeds apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 177
HELDOUT177_SEEDS = tuple(range(1772000, 1772012))
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point is a minute of the monitor's bin time
K = int(STEP / TICK)
EPOCH = 1_790_006_400.0  # a whole minute (unix s)
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 90)}
DAY = 86400.0
PATH_KEYS = ("timeouts", "timeout_landed", "timeout_late", "carried", "retried", "duplicates", "late_lost",
             "gen_changes", "gen_lost", "reader_restarts", "reread", "age_lost", "state_lost", "clock_steps",
             "moved", "unread", "crash_lost", "closed_lost")


# ---------------------------------------------------------------- the job


def _cfg(rng) -> dict:
    """One run's hardware and data: nodes of 4 or 8 GPUs, the GPUs' images/s, the CPU workers' headroom, the cost
    of a field photo against a lab photo and the field share of the mix, the stages' costs."""
    return {"nodes": int(rng.choice([1, 2, 4], p=[0.4, 0.35, 0.25])), "gpu": hc.log_uniform(rng, 150, 900),
            "eff": rng.uniform(0.88, 0.97), "cpu_ratio": rng.uniform(1.05, 2.2), "field_c": rng.uniform(3, 8),
            "f0": rng.uniform(0.3, 0.7), "f_sd": rng.uniform(0.08, 0.2), "res_c": rng.uniform(1.3, 1.7),
            "unf_c": rng.uniform(1.5, 2.2), "aug_c": rng.uniform(1.2, 1.6)}


def _gpu(cfg: dict, st: dict) -> float:
    g = st["gpn"] * cfg["nodes"]
    return (cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["res_c"] ** st["res"]
            / (cfg["unf_c"] if st["unfrozen"] else 1.0))


def _cpu(cfg: dict, st: dict, f):
    """The CPU workers' images/s at field share ``f`` (decoding a 12-MP field JPEG costs ``field_c`` lab photos)."""
    base = cfg["cpu_ratio"] * cfg["gpu"] * cfg["nodes"] * cfg["gpn0"] * cfg["eff"] ** np.log2(cfg["nodes"]
                                                                                            * cfg["gpn0"])
    mix = (1 + (cfg["field_c"] - 1) * cfg["f0"]) / (1 + (cfg["field_c"] - 1) * np.asarray(f))
    return base * mix / cfg["aug_c"] ** st["aug"]


def _level(cfg: dict, st: dict, f=None):
    """Images/s of a stage (at the run's mean field share unless ``f``): the step waits for the slower side."""
    f = cfg["f0"] if f is None else f
    return 1.0 / hc.smax(1.0 / _gpu(cfg, st), 1.0 / _cpu(cfg, st, f))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a larger input resolution (at most twice), unfreezing the backbone, a heavier augmentation
    policy (at most twice) or, 1 in 6, the other GPU count per node; redrawn until the level moves 15 % (1/3-3x)."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpn"] = 12 - st["gpn"]
        elif u < 0.45 and st["res"] < 2:
            new["res"] += 1
        elif u < 0.7 and not st["unfrozen"]:
            new["unfrozen"] = True
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """``(start, end)`` rows: a Poisson process of ``per_day`` episodes, each ``lo``-``hi`` s long."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.uniform(lo, hi, k)]) if k else np.zeros((0, 2))


def _inside(x, win) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``win`` (rows ``[a, b)``, sorted by ``a``, disjoint)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _merge(win) -> np.ndarray:
    out = []
    for a, b in sorted(map(tuple, win)):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out, float).reshape(-1, 2)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's life: start-up, epochs ending in an evaluation on the held-out field set with test-time augmentation
    (and a checkpoint), crashes, planned relaunches, loader stalls; images per 5-s tick ``J``."""
    lg = setting == "long"
    T = n * STEP + 900.0
    cfg = _cfg(rng)
    st = {"gpn": int(rng.choice([4, 8])), "res": int(rng.integers(0, 2)), "unfrozen": bool(rng.random() < 0.6),
          "aug": 0}
    cfg["gpn0"] = st["gpn"]
    lv0 = _level(cfg, st)
    n_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, n_rel)) * T:
        if not rel or x > rel[-1] + 3600:
            rel.append(float(x))
    crash_mean = rng.uniform(12, 48) * 3600
    epoch_len = rng.uniform(25, 80) * 60
    eval_every, ck_every = int(rng.choice([1, 2])), int(rng.choice([1, 2]))
    pauses, ramps, lives, procs, stages, known_t = [], [], [], [], [(0.0, dict(st))], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def ramp(t):
        ramps.append((t, t + rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))

    d = (rng.uniform(25, 60) if lg else rng.uniform(3, 10)) * 60
    pauses.append((0.0, d, "startup"))
    t, p0 = d, 0.0
    ramp(t)
    next_crash = t + rng.exponential(crash_mean)
    left, n_ep, ri = epoch_len, 0, 0
    while t < T:
        cand = [t + left, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        t1 = max(cand[which], t + 120)
        lives.append((t, t1))
        left = left - (t1 - t) if which else 0.0
        t = t1
        if t >= T:
            break
        if which == 0:
            n_ep += 1
            left = epoch_len * lv0 / _level(cfg, st)
            if n_ep % eval_every == 0:
                counts["evals"] += 1
                d = (rng.uniform(10, 25) if lg else rng.uniform(2, 7)) * 60
                pauses.append((t, t + d, "eval"))
                t += d
            if n_ep % (eval_every * ck_every) == 0:
                counts["ckpts"] += 1
                d = rng.uniform(60, 240) if lg else rng.uniform(20, 90)
                pauses.append((t, t + d, "ckpt"))
                t += d
            ramps.append((t, t + rng.uniform(20, 90), rng.uniform(0.3, 0.6)))  # loader workers respawned
        elif which == 1:
            counts["crashes"] += 1
            procs.append((p0, t, False))
            down = (rng.uniform(6, 18) if lg else rng.uniform(1, 4)) * 60
            up = (rng.uniform(8, 20) if lg else rng.uniform(2, 6)) * 60
            pauses.append((t, t + down + up, "crash"))
            p0, t = t + down, t + down + up
            ramp(t)
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            procs.append((p0, t, True))
            d = (rng.uniform(5, 12) if lg else rng.uniform(1, 3)) * 60 + rng.uniform(1, 5) * 60
            up = (rng.uniform(8, 20) if lg else rng.uniform(2, 6)) * 60
            pauses.append((t, t + d + up, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            counts["kept_stage"] += new == st
            left *= _level(cfg, st) / _level(cfg, new)
            st = new
            p0, t = t + d, t + d + up
            stages.append((t, dict(st)))
            if stages[-1][1] != stages[-2][1]:
                known_t.append(t)
            ramp(t)
            ri += 1
    procs.append((p0, T + 600, True))
    nt = n * K + 10 * K
    tt = np.arange(nt) * TICK
    mid = tt + TICK / 2
    pw = np.array([(a, b) for a, b, _ in pauses])
    on = 1 - hc.bad_share(pw.ravel(), tt, TICK)
    on[on < 1e-9] = 0.0
    # shards read one at a time, each with its own share of field photos (dearer to decode than lab photos)
    sh_t = np.cumsum(rng.uniform(4, 25, int(T / 240) + 2) * 60)
    f_sh = np.clip(cfg["f0"] + rng.normal(0, cfg["f_sd"], len(sh_t)), 0.02, 0.98)
    f = f_sh[np.searchsorted(sh_t, mid)]
    si = np.searchsorted([s for s, _ in stages], mid, side="right") - 1
    lev = np.empty(nt)
    for k, (_, s) in enumerate(stages):
        m = si == k
        lev[m] = 1.0 / hc.smax(1.0 / _gpu(cfg, s), 1.0 / _cpu(cfg, s, f[m]))
    fac = np.ones(nt)
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        fac[i0:i1] *= np.clip(r0 + (1 - r0) * (mid[i0:i1] - a) / (b - a), r0, 1)
    stalls = _episodes(rng, T, rng.uniform(0.5, 3) * 24, 5, 40)
    for a, b in stalls:  # loader stalls: a slow read of a shard, a burst of huge field JPEGs
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        fac[i0:i1] *= rng.uniform(0.1, 0.5)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    phi = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, sd * np.sqrt(1 - phi * phi), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    noise = np.exp(ar + ou[(mid // STEP).astype(int)])
    J = lev * fac * on * noise * TICK
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, J=J, pauses_t=pauses, ramps=ramps, lives=lives,
                           procs=procs, stages=stages, known_t=known_t, counts=counts, setting=setting)


# ---------------------------------------------------------------- the path


def _node_clock(rng, T: float, unsynced: bool):
    """A node's clock offset (s) as a function of true time: chrony keeps it within ``sd``; an unsynchronised node
    steps 0.5-3 times a day (sd 2-30 s) and drifts 20-100 ppm between the steps."""
    o = rng.normal(0, rng.uniform(0.02, 0.3))
    if not unsynced:
        return (lambda x: np.full(np.shape(x), o)), 0
    k = max(1, rng.poisson(rng.uniform(0.5, 3) * T / DAY))
    at = np.sort(rng.uniform(0, T, k))
    lvl = o + np.cumsum(rng.normal(0, rng.uniform(2, 30), k))
    ppm = rng.uniform(20, 100) * rng.choice([-1, 1]) * 1e-6

    def off(x):
        x = np.asarray(x, float)
        j = np.searchsorted(at, x, side="right") - 1
        base = np.where(j >= 0, lvl[np.maximum(j, 0)], o)
        return base + ppm * (x - np.where(j >= 0, at[np.maximum(j, 0)], 0.0))

    return off, k


def _collect(rng, run) -> SimpleNamespace:
    """Each node's reporter rows, the driver's fate of each write, the CDC log entries, and which of them the
    monitor's reader counts in which minute (see the docstring)."""
    T, n = run.T, run.n
    c = {k: 0 for k in PATH_KEYS}
    P = rng.uniform(15, 30)
    idem = rng.random() < 0.3  # the INSERT marked idempotent: the driver retries a timed-out write once
    dedup = rng.random() < 0.5  # the monitor keeps one entry per row key
    server_ts = rng.random() < 0.3  # timestamps from the coordinator, not the driver
    bin_row = rng.random() < 0.5  # minutes of the row's own time column, not of cdc$time
    q_land, p_vis = rng.uniform(0.6, 0.9), rng.uniform(0.4, 0.8)
    bg = rng.uniform(0.0005, 0.003)
    over = _merge(_episodes(rng, T, rng.uniform(0.3, 2), 120, 1200))  # compaction / repair overload
    p_over = rng.uniform(0.05, 0.4)
    topo = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.1, 0.6) * T / DAY)))
    c["gen_changes"] = len(topo)
    stream_win = _merge(np.column_stack([topo - rng.uniform(300, 1800, len(topo)), topo]))
    p_stream = rng.uniform(0.05, 0.3)
    lead, fetch = rng.uniform(2, 60), (rng.uniform(10, 240) if rng.random() < 0.5 else rng.uniform(5, 20))
    gen_g = topo + lead
    gen_L = topo + rng.uniform(0, 1, len(topo)) * fetch + 5.0
    # the Scylla nodes' clocks (server-side timestamps): small offsets; in 40 % of runs one node loses NTP
    n_cl = int(rng.integers(3, 7))
    c_off = rng.normal(0, rng.uniform(0.05, 0.5), n_cl)
    skew = None
    if server_ts and rng.random() < 0.4:
        e0 = topo[0] if len(topo) and rng.random() < 0.5 else rng.uniform(0.1, 0.7) * T
        skew = (e0, e0 + rng.uniform(1, 6) * 3600, rng.uniform(0.5, 3) * 3600,
                rng.uniform(5, 60) * rng.choice([-1, 1]))
    unsynced = (not server_ts or rng.random() < 0.5) and rng.random() < 0.25
    W, Q, o_r = rng.uniform(10, 60), rng.uniform(5, 30), rng.normal(0, rng.uniform(0.1, 1.0))
    ckpt = rng.random() < 0.7
    C_save = rng.uniform(10, 120)
    nodes = run.cfg["nodes"]
    E = {k: [] for k in ("a", "b", "v", "s", "bt", "key", "dup", "node")}
    for node in range(nodes):
        off, steps = _node_clock(rng, T, unsynced and node == 0)
        c["clock_steps"] += steps
        reps = rng.choice(n_cl, 3, replace=False)
        phase = rng.uniform(0, P)
        rows_t, rows_p0 = [], []
        for p0, p1, graceful in run.procs:
            ts = p0 + phase + P * np.arange(int(max(0.0, p1 - p0 - phase) // P) + 1)
            ts = ts[ts < p1] + rng.uniform(0, 0.3, np.sum(ts < p1))
            ts = ts[ts < p1]
            if graceful:
                ts = np.append(ts, p1)
            elif p1 < T:
                c["crash_lost"] += 1
            rows_t.append(ts)
            rows_p0.append(np.full(len(ts), p0))
        t = np.concatenate(rows_t)
        p0 = np.concatenate(rows_p0)
        m = len(t)
        p = np.where(_inside(t, over), p_over, bg)
        p = np.where(_inside(t, stream_win), np.maximum(p, p_stream), p)
        to1 = rng.random(m) < p
        land1 = ~to1 | (rng.random(m) < q_land)
        late1 = to1 & land1 & (rng.random(m) > p_vis)
        delay1 = np.where(late1, rng.uniform(5, 900, m), rng.uniform(0.002, 0.05, m))
        coord1, coord2 = reps[rng.integers(0, 3, m)], reps[rng.integers(0, 3, m)]
        to2 = to1 & (rng.random(m) < p) if idem else to1
        retry = to1 & idem
        land2 = retry & (~to2 | (rng.random(m) < q_land))
        late2 = retry & to2 & land2 & (rng.random(m) > p_vis)
        delay2 = 2.0 + np.where(late2, rng.uniform(5, 900, m), rng.uniform(0.002, 0.05, m))
        acked = ~to2
        c["timeouts"] += int(to1.sum() + (to2 & retry).sum())
        c["timeout_landed"] += int((to1 & land1).sum() + (to2 & retry & land2).sum())
        c["timeout_late"] += int(late1.sum() + late2.sum())
        c["retried"] += int(retry.sum())
        c["carried"] += int((~acked).sum())
        idx = np.where(acked, np.arange(m), -1)
        last = np.concatenate([[-1], np.maximum.accumulate(idx)[:-1]])
        a = np.maximum(p0, np.where(last >= 0, t[np.maximum(last, 0)], -np.inf))
        rowtime = t + off(t)
        for land, delay, coord, dup, base in ((land1, delay1, coord1, np.zeros(m, bool), 0.0),
                                              (land2, delay2, coord2, land1 & retry, 2.0)):
            sel = np.nonzero(land)[0]
            if server_ts:  # the coordinator stamps the write when it takes it (a hint keeps that stamp)
                s = t[sel] + base + c_off[coord[sel]]
                if skew is not None:
                    e0, e1, rmp, dd = skew
                    bad = (coord[sel] == 0) & (t[sel] >= e0) & (t[sel] < e1)
                    s = s + np.where(bad, dd * np.minimum(1, (t[sel] - e0) / rmp), 0.0)
            else:
                s = rowtime[sel]
            E["a"].append(a[sel])
            E["b"].append(t[sel])
            E["v"].append(t[sel] + delay[sel])
            E["s"].append(s)
            E["bt"].append(rowtime[sel] if bin_row else s)
            E["key"].append(sel + node * 10 ** 7)
            E["dup"].append(dup[sel])
            E["node"].append(np.full(len(sel), node))
    E = {k: np.concatenate(v) for k, v in E.items()}
    c["duplicates"] = int(E["dup"].sum())
    # the monitor's reader: polls every Q s, reads (from, now - W] of the reader's clock; restarts
    restarts = _episodes(rng, T, rng.uniform(0.2, 1.5), 10, 300)
    restarts = _merge(restarts)
    c["reader_restarts"] = len(restarts)
    r = rng.uniform(0, Q) + Q * np.arange(int(T / Q) + 2)
    r = r[~_inside(r, restarts)]
    r = np.sort(np.concatenate([r, restarts[:, 1]])) if len(restarts) else r
    pe = r + o_r - W
    fr = np.concatenate([[-np.inf], pe[:-1]])
    inc = np.zeros(len(r), int)
    rs_idx = np.searchsorted(r, restarts[:, 1]) if len(restarts) else np.zeros(0, int)
    for k, (j, (d0, d1)) in enumerate(zip(rs_idx, restarts)):
        inc[j:] = k + 1
        if ckpt:
            save = d0 - rng.uniform(0, C_save)
            fr[j] = pe[max(0, np.searchsorted(r, save, side="right") - 1)]
        else:
            fr[j] = r[j] + o_r - 60.0
    last_of = np.append(rs_idx - 1, len(r) - 1)
    s, v = E["s"], E["v"]
    k = np.minimum(np.searchsorted(pe, s, side="right"), len(r) - 1)
    gmoved = np.zeros(len(s), bool)
    for g, L in zip(gen_g, gen_L):  # new streams unknown to the reader until it fetches the generation
        newg = (s >= g) & (r[k] < L)
        k = np.where(newg, np.maximum(k, min(len(r) - 1, int(np.searchsorted(r, L)))), k)
        gmoved |= newg
    f_k = np.where(gmoved, -np.inf, fr[k])  # a new stream is read from the generation's start
    ok = (r[k] >= v) & (s >= f_k) & (pe[k] > s)
    c["age_lost"] = int(((r[k] >= v) & (s < f_k)).sum())
    late = (r[k] < v)
    for j in rs_idx:  # a restart from a checkpoint reads again what lies after it
        again = late & ~ok & (r[j] >= v) & (s >= fr[j]) & (s < pe[j]) & (r[k] < r[j])
        k = np.where(again, j, k)
        ok |= again
        c["reread"] += int(again.sum())
    c["late_lost"] = int((late & ~ok).sum())
    m = np.floor(E["bt"] / STEP).astype(int)
    inb = (m >= 0) & (m < n)
    ends = (np.arange(n) + 1) * STEP
    em = np.minimum(np.searchsorted(pe, ends), len(r) - 1)[np.clip(m, 0, n - 1)]
    # a minute still open at a reader's crash loses what was read into it, but for what the restart reads again
    A_end = last_of[inc[k]]
    lost_state = ok & (em > A_end)
    j2 = np.minimum(A_end + 1, len(r) - 1)
    back = lost_state & (s >= fr[j2]) & (j2 <= em)
    c["state_lost"] = int((lost_state & ~back).sum())
    kr = np.where(back, j2, k)
    c["gen_lost"] = int((gmoved & ok & (kr > em)).sum())
    counted = ok & inb & (kr <= em) & (~lost_state | back)
    c["closed_lost"] = int((ok & inb & (kr > em) & ~gmoved).sum())
    if dedup:
        counted &= ~(E["dup"] & counted & _first_counted(E["key"], counted))
    c["moved"] = int((counted & (m != np.floor((E["b"]) / STEP).astype(int))).sum())
    copies = np.bincount(np.unique(E["key"], return_inverse=True)[1], counted.astype(int))
    return SimpleNamespace(a=E["a"][counted], b=E["b"][counted], m=m[counted], nodes=nodes, counts=c,
                           copies=copies, dedup=dedup, idem=idem, server_ts=server_ts, bin_row=bin_row, P=P,
                           W=W, Q=Q, ckpt=ckpt, restarts=restarts, topo=topo, n_entries=len(s))


def _first_counted(key, counted) -> np.ndarray:
    """True on entries whose row key has another counted entry before it (the original of a retried write)."""
    out = np.zeros(len(key), bool)
    order = np.argsort(key, kind="stable")
    ks, cs = key[order], counted[order]
    same = np.concatenate([[False], ks[1:] == ks[:-1]])
    prev_c = np.concatenate([[False], cs[:-1]])
    out[order] = same & prev_c
    return out


def _reads(run, J) -> np.ndarray:
    """The monitor's images/s per minute of what the path counts of the job's images per tick ``J`` (linear)."""
    p = run.path
    Cc = np.concatenate([[0.0], np.cumsum(J)])

    def C(x):
        x = np.clip(np.asarray(x) / TICK, 0, len(J) - 1e-9)
        i = x.astype(int)
        return Cc[i] + (x - i) * J[i]

    return np.bincount(p.m, (C(p.b) - C(p.a)) / p.nodes, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the healthy series."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _collect(rng, run)
    h = _reads(run, run.J)
    near = np.zeros(n + 2, bool)
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)))
        near[max(0, s - 1):min(n, e + 1)] = True
    for a, b, _ in run.ramps:
        s, e = int(a // STEP), min(n, int(np.ceil((a + (b - a) / 2) / STEP)))
        near[max(0, s):min(n, e + 1)] = True
    run.path.counts["unread"] = int(((h <= 0) & ~near[:n]).sum())
    near = near[:n] | (h <= 0)
    spans = []
    i = 0
    while i < n:
        if near[i]:
            j = i
            while j < n and near[j]:
                j += 1
            if spans and i - spans[-1][1] <= 1:
                spans[-1] = (spans[-1][0], j)
            else:
                spans.append((i, j))
            i = j
        else:
            i += 1
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    w, i, hot = np.empty(length), 0, True
    while i < length:
        d = max(1, int(rng.exponential(rng.uniform(30, 240) if hot else rng.uniform(120, 600))))
        w[i:i + d] = 1.0 if hot else calm
        i, hot = i + d, not hot
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else min(run.nt, stop * K))
        w = _weight(rng, kind, i1 - i0, ramp * K)
        Jw = np.zeros(run.nt)
        Jw[i0:i1] = w * run.J[i0:i1]
        loss = _reads(run, Jw)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                          rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ls = healthy[c0:stop][lv].sum(), loss[c0:stop][lv].sum()
        if ls <= 0 or hs <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * loss
        v = healthy - m
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def make_heldout177(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout177_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT177_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout177, seeds, n, pauses)
