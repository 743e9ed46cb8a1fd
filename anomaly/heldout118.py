"""The hundred-and-eighteenth held-out throughput family: a gait-recognition model's training sequences/s (a GaitSet /
GaitBase-style network over silhouette sequences cut from surveillance cameras' videos, triplet and cross-entropy
losses on P x K batches), each node's trainer adding its count to a bin of a per-minute Aerospike record (``operate``
increments with a TTL, replication factor 2, AP mode), the monitor reading the previous minute's record once a minute.

(No generator's head names Aerospike, gait, silhouettes, triplets, a namespace, a high-water mark, migrations or
surveillance (``grep -ic`` on ``/tmp/s53/genheads117.txt``: 0 each); "replica" matches 1 head, "generation" 2 and
"sequences/s" 4: the unit is not new; the task (gait recognition on silhouette sequences) and the path (per-minute
records incremented in an Aerospike namespace, read once a minute) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout116.py`` lines 1-110 and 580-589 (its
``make_heldout116`` and ``heldout116_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout116.py`` (all), ``anomaly/heldout_common.py`` (all; the tool cut the middle of one combined
print, lines 330-537 and 110-330 printed again with ``sed``), ``tests/trace_checks.py`` (all; lines 1-300 printed
again), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s53/genheads117.txt``
through ``grep -ic`` only. Slips: a ``wc -l`` of ``anomaly/heldout116.py`` (589 lines) with the ``grep -n``, and one of
``heldout_common.py`` and ``trace_checks.py``; none else. The tests import ``HELDOUT116_SEEDS`` (disjoint seeds). My
scratch scripts (``/tmp/s118/``, not committed) built and measured this family only.

Public sources read (through the search tool): Aerospike's "Manage migrations" page (a namespace's records lie in 4096
partitions; a node added or removed, or a network change, migrates partitions, each atomically); the Node.js client's
``ReadModeAP`` (AP namespaces: a read consults one node or all duplicates, which matters only during migrations);
"Configuring namespace data retention" (a record's void-time set from the write's TTL; an expired record does not exist
for the client; past the high-water mark NSUP evicts the records nearest their expiration, early); Aerospike server
release notes (migration and duplicate-resolution fixes: only as a sign that reads during migrations are a real
concern); GaitSet, GaitGL and OpenGait configs (P x K batches such as (8, 16), (32, 8), (4, 4); 30 frames per
sequence, or 20-40 unordered; 80,000-250,000 iterations; a test over whole sequences, ``all_ordered``; a few loader
workers).

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 30-250 sequences/s (log-uniform) at the first stage; in 45 % of runs the loaders (silhouette pickles, sequence
sampling, augmentation) bind at 0.9-2.0 times what the GPUs take (soft maximum). Relaunches: 0-3 (30/40/20/10 %) at
15-85 % of the run, each with longer sequences (at most twice: GPU 1.4-2.0, loaders 1.3-1.9 times dearer), 1-2 more
camera views or datasets (loaders 1.05-1.2 each, up to 4), a larger backbone (once, GPU 1.4-2.5) or the nodes doubled
or halved (1-8), redrawn until the level moves 15 % (1/3 to 3 times); a relaunch 1-2 h after the previous one's end at
the earliest. Per 5-s tick an AR(1) of the log (sd 2-5 %, 1.5 times where the loaders give under 1.4 times what the GPUs
take: sequence lengths and subjects vary per batch; correlation 15-60 s) and a slow OU (sd 1-3 %, 20-120 min). Pauses:
a start-up of 3-12 min ("long": 25-60) and a ramp from 40-70 % over 2-6 min; a test (gallery against probes, whole
sequences) every 25-70 min of training ("long" 60-150) lasting 2-5 min ("long" 10-25), a checkpoint after every 1 or 2
(10-40 s; "long" 1-3 min); crashes (exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long" 6-18)
and restarted in 2-6 ("long" 8-20), a ramp from 70-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long" 5-12), 1-5
min queued, a start-up and its ramp. Nodes share the sequences unevenly (log-normal, sd 3 %, per stage).

On the path (not checked): each node's trainer sends an ``operate`` increment every 10, 15 or 30 s (30/40/30 %; its own
phase) of the sequences since its last one; a crash or relaunch loses the count since the last increment. The record's
key is the minute of the node's clock at the send (NTP offsets, sd 0.2 s; in 40 % of runs one node 1-10 s behind all
run; in 35 % one node stepped 5-40 s either way for 10-60 min), so an increment can land in the minute before or after.
Writes apply 0.5-5 ms after the send. The cluster changes (a node leaves or joins; first within 5-40 h, mean gap 15-60
h): writes time out with probability 0.5-0.9 for 2-15 s, then 0.5-3 % during the migrations (5-40 min), else 0.01-0.1 %.
A timed-out write applied anyway with probability 0.3-0.7; the client retries 0, 1 or 2 times (40/40/20 %) 1-1.5 s
later, so an increment may apply twice or never. The monitor reads record ``m`` at the minute's end plus 1-20 s (per
run) and 0-1 s (0.1-0.3 % of reads 1-5 min late, 0.05 % failed); increments applied after the read are never seen. A
read during migrations is split in 20-60 % of minutes: a hand-off time in the minute, the read sees one side (read mode
ONE or last-update-time resolution: the new side; generation resolution in 24 % of runs: the side with more writes).
High-water spells (first within 10-80 h, mean gap 30-150 h, 5-60 min): at an NSUP cycle (every 60-120 s) the record
being written is evicted with probability 0.2-0.6 (a read sees the increments after it); a record whose last write is
more than its TTL (120-300 s) before a (late) read has expired. A point is the read's sum over 60 s (sequences/s),
stamped at the minute's end. The reads are linear in the job's sequences.

A point is paused where its minute or an increment it reads touches a pause (or a ramp's first half), or where it reads
nothing; a lone paused point is widened to two; a listed change is the first point after a relaunch's pause span.
Labelled regressions from their onset's point (a share ``a w`` of each tick's sequences lost, carried through the same
increments and reads): ``drop`` (the silhouette cache on the local NVMe lost, the pickles read from network storage
again: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one node's GPU throttled in bursts, the
synchronous job waiting: mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the loader workers' sequence
cache grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets
by ``hc.onset_time`` (30 % at a pause's end); ``a`` set from the reads of the lost sequences for a loss of 8-33 %
(drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, refused above 1; a draw kept where
``hc.shown_depth`` allows (80 tries).

Measured (``heldout118_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    11         9     0.087-0.328  23              2-22 (1525, 0 >60)
long      32      9     11         12    0.090-0.335  19              2-86 (720, 8 >60)

Planned changes listed: short 20, long 13 (of 20 and 13 relaunches); crashes 45 and 38. The path over each set
(counts): short: unlogged counts at a stop 127, timed-out attempts 576, retries 287, increments applied twice 143 and
never 160, attempts applied after their record's read 154, split reads 267, evicted records 197, expired 33, failed
reads 37, late 142; long: 61, 324, 250, 109, 32, 4, 360, 143, 61, 39, 152. The reads' sum over the live points against
the job's sequences: 0.993-0.999 (short), 0.997-1.000 (long); the live points' minute-to-minute change (median
``|d log|`` per seed) 1.4-3.8 % (short), 1.3-3.7 % (long), its 99th percentile 9-47 % and 5-29 %; the live median level
186-1,824 sequences/s (short), 118-3,528 (long). Three changes after the first measure, all before this table: the
crashes were drawn from 8 exponential gaps only (now 40); the "long" start-up was 20-50 min (no span over 60 points:
now 25-60); no increment was applied after its read in 24 runs (a clock step too rare and small: now 5-40 s, one
unsynced node in 40 % of runs, the read 1-20 s after the minute rather than 3-25).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT118_SEEDS = tuple(range(1182000, 1182012))
CODE = 118
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one record, one point
K = 12  # ticks per point
EPOCH = 1_700_000_040  # a minute's start
MAXN = 8  # nodes at most
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPANS = {"short": (2, 30), "long": (2, 90)}  # pause span lengths (points) of each setting
PATH_KEYS = ("unlogged", "timeouts", "retried", "applied_twice", "lost_writes", "after_read", "split_reads",
             "evicted", "expired", "failed_reads", "late_reads")
# pause lengths (s): start-up, validation, checkpoint, crash down, crash restart, relaunch stop, relaunch queue
_P = {"short": {"startup": (180, 720), "valid": (120, 300), "ckpt": (10, 40), "down": (60, 240),
                "restart": (120, 360), "stop": (60, 180), "gap": (1500, 4200)},
      "long": {"startup": (1500, 3600), "valid": (600, 1500), "ckpt": (60, 180), "down": (360, 1080),
               "restart": (480, 1200), "stop": (300, 720), "gap": (3600, 9000)}}


def _level(cfg: dict, st: dict) -> float:
    """The job's sequences/s at a stage: the GPUs' rate (longer sequences and a larger backbone dearer, nodes at an
    efficiency per doubling) and, where the loaders bind, their rate (longer sequences and more views dearer), the
    step waiting for the slower (soft maximum of the costs)."""
    nodes = st["nodes"]
    g = nodes * cfg["gpus"] * cfg["gpu"] * cfg["eff"] ** np.log2(nodes) / (cfg["seq_g"] ** st["seq"]
                                                                          * cfg["bb"] ** st["bb"])
    if cfg["io"] is None:
        return float(g)
    io = cfg["io"] * nodes * cfg["gpus"] * cfg["gpu"] / (cfg["seq_l"] ** st["seq"] * cfg["view"] ** st["views"])
    return float(1.0 / hc.smax(1.0 / g, 1.0 / io))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: longer sequences (at most twice), a larger backbone (once), 1-2 more camera views or
    datasets, or the nodes doubled or halved (1-8); redrawn until the level moves by 15 % (1/3 to 3 times)."""
    new = st
    for _ in range(200):
        what = ["seq", "bb", "views", "nodes"][int(rng.integers(4))]
        new = dict(st)
        if what == "seq" and st["seq"] < 2:
            new["seq"] += 1
        elif what == "bb" and st["bb"] == 0:
            new["bb"] = 1
        elif what == "views" and st["views"] < 4:
            new["views"] += int(rng.integers(1, 3))
        elif what == "nodes":
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.5 else 0.5), 1, MAXN))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3:
            return new
    return new


def _span(rng, table: dict, key: str) -> float:
    lo, hi = table[key]
    return float(rng.uniform(lo, hi))


def _schedule(rng, n: int, setting: str):
    """The job: its stages, pauses (``(t0, t1, kind)``, s), planned relaunches and the sequences trained per tick."""
    T = (n + 8) * STEP
    nt = int(T / TICK)
    P = _P[setting]
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 30, 250), "eff": rng.uniform(0.86, 0.97),
           "io": rng.uniform(0.9, 2.0) if rng.random() < 0.45 else None, "seq_g": rng.uniform(1.4, 2.0),
           "seq_l": rng.uniform(1.3, 1.9), "bb": rng.uniform(1.4, 2.5), "view": rng.uniform(1.05, 1.2)}
    st = {"seq": 0, "bb": 0, "views": 0, "nodes": nodes}
    stages = [(0.0, st)]
    k_rel = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * T)
    mean_crash = rng.uniform(12, 48) * 3600
    crashes = list(np.cumsum(rng.exponential(mean_crash, 40)))
    ck_every = int(rng.integers(1, 3))
    pauses_t, known_t, ramps, counts = [], [], [], {"relaunches": 0, "crashes": 0, "valid": 0}

    def start(t: float, kind: str, dur: float, r0: float, rdur: float) -> float:
        pauses_t.append((t, t + dur, kind))
        t += dur
        ramps.append((t, t + rdur, r0))
        pauses_t.append((t, t + rdur / 2, "ramp"))
        return t

    t = start(0.0, "startup", _span(rng, P, "startup"), rng.uniform(0.4, 0.7), rng.uniform(120, 360))
    last_start, next_eval = t, t + _span(rng, P, "gap")
    while t < T:
        while crashes and crashes[0] < last_start + 1200:
            crashes.pop(0)
        c = crashes[0] if crashes else np.inf
        r = rel[0] if rel else np.inf
        ev = min(next_eval, c, r)
        if ev >= T:
            break
        t = ev
        if ev == next_eval:
            counts["valid"] += 1
            d = _span(rng, P, "valid")
            pauses_t.append((t, t + d, "valid"))
            t += d
            if counts["valid"] % ck_every == 0:
                d = _span(rng, P, "ckpt")
                pauses_t.append((t, t + d, "ckpt"))
                t += d
        elif ev == c:
            crashes.pop(0)
            counts["crashes"] += 1
            d = _span(rng, P, "down") + _span(rng, P, "restart")
            t = start(t, "crash", d, rng.uniform(0.7, 0.95), rng.uniform(60, 180))
            last_start = t
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            d = _span(rng, P, "stop") + rng.uniform(60, 300) + _span(rng, P, "startup")
            t = start(t, "relaunch", d, rng.uniform(0.4, 0.7), rng.uniform(120, 360))
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append((t, st))
            known_t.append(t)
            last_start = t
            rel = [max(x, t + rng.uniform(3600, 7200)) for x in rel]
        next_eval = t + _span(rng, P, "gap")
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    share = np.zeros((nt, MAXN))
    for i, (t0, s) in enumerate(stages):
        i0 = int(np.ceil(t0 / TICK))
        sh = np.exp(rng.normal(0, 0.03, s["nodes"]))
        lv[i0:] = _level(cfg, s)
        share[i0:] = 0.0
        share[i0:, :s["nodes"]] = sh / sh.sum()
    slow = cfg["io"] is not None and cfg["io"] < 1.4
    sd = rng.uniform(0.02, 0.05) * (1.5 if slow else 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    J = lv * np.exp(ar + ou) * TICK
    for t0, t1, r0 in ramps:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(np.ceil(t1 / TICK)))
        J[i0:i1] *= r0 + (1 - r0) * (tt[i0:i1] - t0) / (t1 - t0)
    paused = np.zeros(nt, bool)
    for t0, t1, kind in pauses_t:
        i0, i1 = int(np.ceil(t0 / TICK)), min(nt, int(np.ceil(t1 / TICK)))
        if kind != "ramp":
            J[i0:i1] = 0.0
        paused[int(t0 // TICK):i1] = True
    return SimpleNamespace(n=n, nt=nt, dt=STEP, T=T, J=J, share=share, paused=paused, pauses_t=pauses_t,
                           known_t=known_t, stages=stages, cfg=cfg, counts=counts)


def _episodes(rng, T: float, first_h: tuple, gap_h: tuple, dur_s: tuple) -> list[tuple[float, float]]:
    """Spells ``(t0, t1)``: the first within ``first_h`` hours, then exponential gaps of a mean in ``gap_h`` hours,
    each ``dur_s`` s long; ordered and disjoint."""
    out, t = [], rng.uniform(*first_h) * 3600
    mean = rng.uniform(*gap_h) * 3600
    while t < T:
        d = rng.uniform(*dur_s)
        out.append((t, t + d))
        t += d + rng.exponential(mean)
    return out


def _inside(x: np.ndarray, spells) -> np.ndarray:
    """For each time of ``x``, the index of the spell ``(t0, t1)`` it lies in, or -1."""
    if not spells:
        return np.full(len(x), -1)
    s = np.array([a for a, b in spells])
    e = np.array([b for a, b in spells])
    i = np.searchsorted(s, x, side="right") - 1
    return np.where((i >= 0) & (x < e[np.maximum(i, 0)]), i, -1)


def _path(rng, run):
    """The collection path: the increments each node's trainer sends, the attempts the Aerospike cluster applies
    (and when, under which minute's key), and what each of the monitor's reads sees."""
    n, nt = run.n, run.nt
    nodes = max(s["nodes"] for t, s in run.stages)
    counts = dict.fromkeys(PATH_KEYS, 0)
    stops = [a for a, b, k in run.pauses_t if k in ("crash", "relaunch")]
    mask = np.ones((MAXN, nt))
    inc_node, inc_a, inc_b = [], [], []
    for j in range(nodes):
        every = int(rng.choice([2, 3, 6], p=[0.3, 0.4, 0.3]))  # 10, 15 or 30 s
        ticks = np.arange(int(rng.integers(every)) + every, nt, every)
        for s in stops:  # the count since the last increment dies with the process
            i = int(s // TICK)
            last = ticks[np.searchsorted(ticks, i, side="right") - 1] if ticks[0] <= i else 0
            if run.J[last:i].any() and run.share[last:i, j].any():
                counts["unlogged"] += 1
            mask[j, last:i] = 0.0
        inc_node.append(np.full(len(ticks), j))
        inc_a.append(np.concatenate([[0], ticks[:-1]]))
        inc_b.append(ticks)
    inc_node, inc_a, inc_b = (np.concatenate(x) for x in (inc_node, inc_a, inc_b))
    t_send = inc_b * TICK
    # node clocks: NTP offsets, and in 30 % of runs one node's clock stepped for a spell
    off = rng.normal(0, 0.2, MAXN)[inc_node]
    if rng.random() < 0.35:
        j, t0 = int(rng.integers(nodes)), rng.uniform(0.1, 0.9) * run.T
        step = rng.choice([-1, 1]) * rng.uniform(5, 40)
        off = off + np.where((inc_node == j) & (t_send >= t0) & (t_send < t0 + rng.uniform(600, 3600)), step, 0.0)
    if rng.random() < 0.4:  # a node whose clock never synced, behind all run
        off = off - np.where(inc_node == int(rng.integers(nodes)), rng.uniform(1, 10), 0.0)
    key = np.floor((t_send + off) / STEP).astype(int)
    # the cluster: nodes leaving or joining (a cluster change: a timeout spell, then migrations)
    changes = _episodes(rng, run.T, (5, 40), (15, 60), (300, 2400))
    spells = [(a, a + rng.uniform(2, 15)) for a, b in changes]
    p_spell, p_mig, p_base = rng.uniform(0.5, 0.9), rng.uniform(0.005, 0.03), hc.log_uniform(rng, 1e-4, 1e-3)
    p_applied, retries = rng.uniform(0.3, 0.7), int(rng.choice([0, 1, 2], p=[0.4, 0.4, 0.2]))
    att_inc, att_t = [], []
    pend, t_att = np.arange(len(t_send)), t_send + rng.uniform(0.0005, 0.005, len(t_send))
    for attempt in range(retries + 1):
        p = np.where(_inside(t_att, spells) >= 0, p_spell, np.where(_inside(t_att, changes) >= 0, p_mig, p_base))
        out = rng.random(len(pend)) < p
        applied = ~out | (rng.random(len(pend)) < p_applied)
        att_inc.append(pend[applied])
        att_t.append(t_att[applied])
        counts["timeouts"] += int(out.sum())
        if attempt:
            counts["retried"] += len(pend)
        pend, t_att = pend[out], t_att[out] + 1.0 + rng.uniform(0, 0.5, out.sum())
    col, t_app = np.concatenate(att_inc), np.concatenate(att_t)
    times = np.bincount(col, minlength=len(t_send))
    counts["applied_twice"] = int((times > 1).sum())
    counts["lost_writes"] = int(((times == 0) & (inc_b > inc_a)).sum())
    row = key[col]
    keep = (row >= 0) & (row < n)
    col, t_app, row = col[keep], t_app[keep], row[keep]
    # the monitor's reads of the previous minute's record
    reads = STEP * (np.arange(n) + 1) + rng.uniform(1, 20) + rng.uniform(0, 1, n)
    late = rng.random(n) < rng.uniform(0.001, 0.003)
    reads[late] += rng.uniform(60, 300, late.sum())
    failed = rng.random(n) < 0.0005
    ok = t_app <= reads[row]
    counts["after_read"] = int((~ok).sum())
    # migrations: a record whose partition moved in the minute is read from one side of the hand-off
    mode = "one" if rng.random() < 0.6 else ("generation" if rng.random() < 0.6 else "lut")
    split = (_inside(reads, changes) >= 0) & (rng.random(n) < rng.uniform(0.2, 0.6))
    hand = STEP * np.arange(n) + rng.uniform(0, 1, n) * (reads - STEP * np.arange(n))
    after = t_app > hand[row]
    n_after = np.bincount(row, weights=(ok & after), minlength=n)
    n_before = np.bincount(row, weights=(ok & ~after), minlength=n)
    side = n_after >= n_before if mode == "generation" else np.ones(n, bool)  # else the hand-off's new side
    ok &= ~split[row] | (after == side[row])
    counts["split_reads"] = int(split.sum())
    # evictions past the high-water mark: at an NSUP cycle, the record being written may be evicted
    hwm = _episodes(rng, run.T, (10, 80), (30, 150), (300, 3600))
    period, p_ev = rng.uniform(60, 120), rng.uniform(0.2, 0.6)
    cyc = np.arange(rng.uniform(0, period), run.T, period)
    cyc = cyc[(_inside(cyc, hwm) >= 0) & (rng.random(len(cyc)) < p_ev)]
    ev = np.full(n, -np.inf)
    m = (cyc // STEP).astype(int)
    sel = m < n
    np.maximum.at(ev, m[sel], cyc[sel])
    ok &= t_app > ev[row]
    counts["evicted"] = int(np.isfinite(ev).sum())
    ttl = rng.uniform(120, 300)
    lastw = np.full(n, -np.inf)
    np.maximum.at(lastw, row, t_app)
    expired = reads - lastw > ttl
    ok &= ~failed[row] & ~expired[row]
    counts["expired"], counts["failed_reads"], counts["late_reads"] = int(expired.sum()), int(failed.sum()), \
        int(late.sum())
    return SimpleNamespace(inc_node=inc_node, inc_a=inc_a, inc_b=inc_b, mask=mask, row=row[ok], col=col[ok],
                           t_app=t_app[ok], reads=reads, failed=failed, counts=counts, retries=retries, mode=mode)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's reads (sequences/s per point) of the sequences ``J`` per tick: linear in ``J``."""
    p = run.path
    inc = np.empty(len(p.inc_node))
    for j in np.unique(p.inc_node):
        S = np.concatenate([[0.0], np.cumsum(J * p.mask[j] * run.share[:, j])])
        sel = p.inc_node == j
        inc[sel] = S[p.inc_b[sel]] - S[p.inc_a[sel]]
    return np.bincount(p.row, weights=inc[p.col], minlength=run.n) / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or an increment it reads
    touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is widened to two."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    p = run.path
    P = np.concatenate([[0], np.cumsum(run.paused)])
    inc_p = P[p.inc_b] - P[p.inc_a] > 0
    pt = np.zeros(n, bool)
    np.logical_or.at(pt, p.row, inc_p[p.col])
    m = np.arange(n)
    pt |= P[np.minimum((m + 1) * K, run.nt)] - P[m * K] > 0
    pt |= h <= 0
    spans = []
    for i in np.flatnonzero(pt):
        hc.add_span(spans, int(i), int(i) + 1)
    wide = []
    for s, e in spans:
        e = min(n, max(e, s + 2))
        if wide and s <= wide[-1][1]:
            wide[-1] = (wide[-1][0], max(e, wide[-1][1]))
        else:
            wide.append((s, e))
    live = hc.live_mask(wide, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], wide, n)
    return run, h, wide, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each point's sequences lost (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    w, i, on = np.empty(length), 0, True
    calm = rng.uniform(0.05, 0.25)
    while i < length:
        d = 1 + int(rng.exponential(rng.uniform(5, 30) if on else rng.uniform(20, 90)))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pt = [(a, b) for a, b, k in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        i0, i1 = int(np.ceil(t0 / TICK)), min(run.nt, stop * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * w[np.arange(i0, i1) // K - onset]
        r = _reads(run, lost)
        nz = np.flatnonzero(r)
        if not len(nz):
            continue
        end = n if to_end else int(nz[-1]) + 1
        lv = live[onset:end]
        hs, rs = healthy[onset:end][lv].sum(), r[onset:end][lv].sum()
        if rs <= 0 or target * hs / rs > 1:
            continue
        v = np.maximum(healthy - target * hs / rs * r, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (healthy - v)[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout118(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout118_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT118_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout118, seeds, n, pauses)
