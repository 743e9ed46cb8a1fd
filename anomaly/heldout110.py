"""The hundred-and-tenth held-out throughput family: a plankton and underwater-imaging classifier's training images/s
(a vision transformer on in-situ imaging-flow-cytometer and underwater-camera crops of plankton and marine particles,
long-tailed classes, class-balanced resampling), each node's trainer adding its count to a per-minute Hazelcast
``PNCounter`` (a CRDT whose replicas converge by anti-entropy), the monitor reading the minute's counter once a minute.

(No generator's head names Hazelcast, a PN counter, a CRDT, anti-entropy, a split-brain, plankton, underwater imaging,
a cytometer, marine particles or a long tail (``grep -c`` on ``/tmp/s52/genheads110.txt``: 0 each); "vision
transformer" and "class-balanced" are in one head each, "images/s" in ten: the unit and the model family are not new,
the task (plankton and marine-particle crops) and the path (a CRDT counter's replicas read once) are. The job and
the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout109.py`` lines 1-110 and 747-756 (its
``make_heldout109`` and ``heldout109_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout109.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and ``/tmp/s52/genheads110.txt``
through ``grep -ic`` only (the words above and "images/s", "vision transformer", "class-balanced", "marine",
"long-tailed"). Slips: a ``wc -l`` of ``anomaly/heldout109.py`` (its length, 756 lines), not on the list; the
``cat`` of ``heldout_common.py`` was cut by the tool in its middle and its lines 100-240 printed again with ``sed``.
The tests import ``HELDOUT109_SEEDS`` (the seed ranges' disjointness). My scratch script (``/tmp/s110/t110.py``,
not committed) built and measured this family only.

Public sources read (through the search tool): Hazelcast's PN Counter page (a CRDT: updates applied on one replica
and replicated asynchronously; replicas that can talk converge; "if there is no member failure" each replica sees the
final value; only members, not clients or lite members, hold state) and the ``PNCounter`` javadoc (an update from a
non-replica is remote and may be indeterminate: applied with no response, ``TargetDisconnectedException``; reads and
writes give session guarantees only, monotonic reads and read-your-writes, lost when no replica with the observed
state is reachable); ``CRDTReplicationConfig`` (state replicated in rounds of ``replicationPeriodMillis``, each round
to at most ``maxConcurrentReplicationTargets`` members; the defaults' values were not shown: 1 s and 1 target are my
memory); the split-brain recovery pages (a background task of the oldest member looks for split clusters, first after
``hazelcast.merge.first.run.delay.seconds``, then every ``...next.run.delay.seconds``; the smaller cluster merges into
the bigger, its members discarding their data and joining as lite members, then sending merge operations; structures
without merge support lose the merging side's data).

Assumed without checking (my own picture): 1 or 2 nodes of 4 or 8 GPUs (0.85-0.97 per node doubling); a GPU trains
300-2,500 crops/s at 224 px on a ViT-B (log-uniform); 384-px crops cost 2.4-3.4 times, ViT-L 2.3-3.3 times (30 % of
runs start on each); in 35 % of runs the loaders (decoding the cytometer's TIFF and PNG crops, the class-balanced
sampler's random reads) bind at 1.2-3 times what the GPUs take, 1.3-2.2 times dearer with larger crops, 1.08-1.3
times per added cruise. 70 % of runs relaunch once or twice (25-80 % of the run) with the crops enlarged or shrunk,
the model enlarged or shrunk, a cruise's data added, or the nodes doubled or halved, redrawn until the level moves 15
% (by 1/3 to 3 times). Per 5-s tick an AR(1) of the log (sd 2-5 %, 5-9 % loader-bound; correlation 15-60 s), a slow
OU (sd 1-3 %, 20-120 min); epochs of 1.5-8 M resampled crops (25 % more per added cruise) whose ends cost 5-30 s (the
sampler's weights redrawn, the workers respawned: 60 % of runs; else 0.5-2 s). Pauses: a start-up (the crops'
index, the class counts) of 3-10 min ("long": 20-50) and a ramp from 40-70 % over 2-8 min; a validation (per-class
recall on the long tail) every 20-60 min ("long": 60-150) of 1.5-4 min ("long": 10-25), a checkpoint after every 1
or 2 (10-40 s; "long" 1-3 min); crashes (exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min
("long" 6-18) and restarted in 2-6 ("long" 8-20), a ramp from 75-95 % over 1-3 min; a relaunch: a stop of 1-3 min
("long" 5-12), 1-5 min queued, a start-up and its ramp.

On the path (not checked): each node's reporter thread adds the node's crops since its last add every 5, 10, 15, 20
or 30 s (per run; its own phase per node) to the counter named by the minute of the node's clock; a planned stop adds
what is left, a crash loses it (unlogged). 3-6 members; replication every 1 s (70 % of runs) or 2-5 s, an add reaching
another member 0.02 s to ``(members - 1)`` periods after it was applied. A client (each node's, and the monitor's)
sticks to one member, chosen again at a trainer's start and when its member is lost. Members crash (first within
10-80 h, mean gap 30-150 h, down 1-5 min): their process killed (the clients see it in 0.05-1 s; 70 %) or their host
lost (60 s, the heartbeat time-out); an add applied there and not yet replicated to the reading member is lost. The
clients' connections reset (first within 2-40 h, mean gap 5-40 h; seen in 1-10 s): the add in flight was applied
with probability 0.5, its response lost. In 40 % of runs the clients redo operations: an add that failed is sent
again to the new member when the failure is seen (delayed; twice counted where the first was applied); else the
reporter drops its crops (half of those runs) or carries them into its next add (twice counted where applied).
Split-brains (first within 20-150 h, mean gap 60-250 h): the members part in two for 1-8 min, the merge 0-120 s after
the network heals; an add applied on one side after the split began and before the merge is unseen from the other
side until the merge; in half of the runs the counter's states merge then, else the merging (smaller) side's are
discarded. Clocks: each node off by ``N(0, 0.02-0.5 s)``; in 25 % of runs one node's clock steps by 2-15 s (either
way; first within 5-60 h, mean gap 10-40 h) and slews back at 500 ppm. The monitor reads minute ``m``'s counter once,
at its end plus 1-40 s (per run, log-uniform) and 0-1 s, from its member; an add not yet seen there is never read
(late or stale); a read fails where the monitor's member was lost and not yet replaced, in the 5-30 s after a merge
on the merging side, and in 0.05-0.3 % of minutes. A point is the minute's read divided by 60, stamped at the
minute's end. The healthy run fixes which adds exist and which read counts each; a regression takes a share ``a w``
of each tick's crops, and each read loses what its counted adds lost. Simplified: an add reaches a member only
from the member it was applied on (no relayed copies), a restarted member's empty replica is never read, and the
clients' session guarantees play no part (each minute's counter is read once). Nothing was measured on a real
system.

A point is paused where its window (widened by one reporting interval, the clocks' largest offset and 3 s before it,
that offset and 4 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is
widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset: ``drop`` (the crops' local NVMe cache lost, the crops read from the object store: ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-8 points), ``straggler`` (one GPU throttled in bursts: bursts of mean 5-30 points at 1, calm of
mean 20-90 at 0.05-0.25), ``leak`` (the resampler's per-class index grows until the host swaps: ``w = (s / ramp) **
p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end);
``a`` set from the reads at ``a = 1`` for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the
event's live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout110_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      12    9          9     0.089-0.337  25              2-19 (1873, 0 >60)
long      28      9     10         9     0.112-0.327  13              2-79 (630, 2 >60)

Planned changes listed: short 9, long 11 (of 9 and 11 relaunches); crashes 54 and 37. The path over each set
(copies of adds): short: unlogged remainders 73, failed adds 120 (sent again 28, dropped 17, carried 71, twice
counted 27), lost with a member 14, stale at the read 15790, late (added after the read) 1, hidden by a split 138,
discarded at a merge 1, failed reads 116 (114 member crashes, 13 splits, 163 connection resets); long: unlogged 49,
failed adds 177 (sent again 44, dropped 39, carried 86, twice counted 15), lost with a member 11, stale 3214, late
595, hidden by a split 13, discarded 1, failed reads 123 (99 member crashes, 8 splits, 138 resets). The reads' sum
over the live points against the job's crops: 0.836-1.000 (short), 0.833-1.000 (long); the low ones are runs whose
monitor reads 1-3 s after the minute's end from a member that the adds reach only after several slow replication
rounds.

Size: over 520 lines (about 620) with this docstring of about 100 lines (the path has four parts: the adds, the clients'
members, the replicas' visibility and the reads).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT110_SEEDS = tuple(range(1102000, 1102012))
CODE = 110
TICK, K = 5.0, 12
STEP = TICK * K
EPOCH = 1_789_999_980.0  # a minute boundary (unix seconds): the run's start
KIND_P = (0.35, 0.3, 0.35)
SLEW = 0.0005  # s/s: ntpd's slew rate
HEARTBEAT = 60.0  # s: a lost host is seen after the heartbeat time-out
SPANS = {"short": (2, 60), "long": (2, 120)}


def _config(rng) -> tuple[dict, dict]:
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 300, 2500), "eff": rng.uniform(0.85, 0.97),
           "crop": rng.uniform(2.4, 3.4), "big": rng.uniform(2.3, 3.3),
           "io": rng.uniform(1.2, 3.0) if rng.random() < 0.35 else None, "io_crop": rng.uniform(1.3, 2.2),
           "cruise": rng.uniform(1.08, 1.3)}
    st = {"crop": int(rng.random() < 0.3), "big": int(rng.random() < 0.3), "cruises": 0,
          "nodes": int(rng.choice([1, 2]))}
    return cfg, st


def _level(cfg: dict, st: dict) -> float:
    """The job's crops/s at a stage: the GPUs' rate, or the soft minimum with the loaders'."""
    base = st["nodes"] * cfg["gpus"] * cfg["gpu"]
    g = base * cfg["eff"] ** np.log2(st["nodes"]) / (cfg["crop"] ** st["crop"] * cfg["big"] ** st["big"])
    if cfg["io"] is None:
        return float(g)
    io = base * cfg["io"] / (cfg["io_crop"] ** st["crop"] * cfg["cruise"] ** st["cruises"])
    return float(1 / hc.smax(1 / g, 1 / io))


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's stage: one change, redrawn until the level moves by 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = int(rng.integers(4))
        if what == 0:
            new["crop"] = 1 - st["crop"]
        elif what == 1:
            new["big"] = 1 - st["big"]
        elif what == 2:
            new["cruises"] = st["cruises"] + 1
        else:
            new["nodes"] = st["nodes"] * 2 if st["nodes"] == 1 or (st["nodes"] < 4 and rng.random() < 0.5) \
                else st["nodes"] // 2
        r = _level(cfg, new) / level
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "nodes": st["nodes"] * 2 if st["nodes"] < 4 else st["nodes"] // 2}


@dataclass
class Path:
    """What the counter path did: the counted copies (minute, content interval, node), the reads and counts."""

    k: np.ndarray
    t0: np.ndarray
    t1: np.ndarray
    node: np.ndarray
    reads: np.ndarray
    failed: np.ndarray
    redo: bool
    carry: bool
    merge: bool
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # crops per tick (the job)
    share: np.ndarray  # crops per tick of each node (nodes x nt)
    pauses_t: list
    known_t: list
    stages: list
    crashes: list
    cfg: dict
    ts: np.ndarray
    counts: dict
    path: Path | None = None


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Renewal episodes (hours for ``first`` and ``gap``'s mean, seconds for ``dur``) up to ``T`` s."""
    out, t = [], rng.uniform(*first) * 3600
    mean = rng.uniform(*gap) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean)
    return out


def _schedule(rng, n: int, setting: str) -> Run:
    long = setting == "long"
    T = n * STEP + 900.0
    cfg, st = _config(rng)
    stages, pauses, known_t, crashes, stops, ramps = [(0.0, dict(st))], [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}
    n_rel = int(rng.choice([0, 1, 2], p=[0.3, 0.4, 0.3]))
    rel = sorted(rng.uniform(0.25, 0.8, n_rel) * T)
    crash_mean = rng.uniform(12, 48) * 3600
    ev_every = rng.uniform(*((60, 150) if long else (20, 60))) * 60
    ev_len, ck_len = ((10, 25), (60, 180)) if long else ((1.5, 4), (10, 40))
    ck_every = int(rng.choice([1, 2]))

    def start(t, r0_range, r_len):
        r = rng.uniform(*r_len) * 60
        pauses.append((t, t + r, "ramp"))
        ramps.append((t, t + r, rng.uniform(*r0_range)))
        return t + 1200 + rng.exponential(crash_mean), t + ev_every * rng.uniform(0.8, 1.2)

    su = rng.uniform(*((20, 50) if long else (3, 10))) * 60
    pauses.append((0.0, su, "startup"))
    t, ri = su, 0
    next_crash, next_eval = start(t, (0.4, 0.7), (2, 8))
    while True:
        cand = [next_eval, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        t = max(t, cand[which])
        if t >= T:
            break
        if which == 0:
            d = rng.uniform(*ev_len) * 60
            pauses.append((t, t + d, "valid"))
            t += d
            counts["evals"] += 1
            if counts["evals"] % ck_every == 0:
                d = rng.uniform(*ck_len)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_eval = t + ev_every * rng.uniform(0.8, 1.2)
        elif which == 1:
            d = (rng.uniform(*((6, 18) if long else (1, 4))) + rng.uniform(*((8, 20) if long else (2, 6)))) * 60
            pauses.append((t, t + d, "crash"))
            crashes.append((t, t + d))
            counts["crashes"] += 1
            t += d
            next_crash, next_eval = start(t, (0.75, 0.95), (1, 3))
        else:
            ri += 1
            d = (rng.uniform(*((5, 12) if long else (1, 3))) + rng.uniform(1, 5)) * 60
            pauses.append((t, t + d, "relaunch"))
            stops.append(t)
            t += d
            d = rng.uniform(*((20, 50) if long else (3, 10))) * 60
            pauses.append((t, t + d, "startup"))
            t += d
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append((t, dict(st)))
            known_t.append(t)
            counts["relaunches"] += 1
            next_crash, next_eval = start(t, (0.4, 0.7), (2, 8))
    nt = int(T // TICK)
    tt = (np.arange(nt) + 0.5) * TICK
    si = np.searchsorted([s for s, _ in stages], tt, side="right") - 1
    lev = np.array([_level(cfg, s) for _, s in stages])[si]
    nodes = np.array([s["nodes"] for _, s in stages])[si]
    io = cfg["io"] is not None
    sd = rng.uniform(0.05, 0.09) if io else rng.uniform(0.02, 0.05)
    a = np.exp(-TICK / rng.uniform(15, 60))
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tt, np.arange(len(slow)) * 60.0, slow)
    J = lev * np.exp(x + slow) * TICK
    for a0, b0, kind in pauses:
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(b0 / TICK)))
        if kind != "ramp":
            J[i0:i1] = 0.0
    for a0, b0, r0 in ramps:
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(b0 / TICK)))
        J[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - a0) / (b0 - a0), 0, 1)
    # epoch ends: the class-balanced sampler's weights redrawn, the loader workers respawned
    E = rng.uniform(1.5e6, 8e6)
    long_stall = rng.random() < 0.6
    cum = np.cumsum(J)
    cruises = np.array([s["cruises"] for _, s in stages])[si]
    ep = np.floor(cum / (E * (1 + 0.25 * cruises)))
    for i in np.nonzero(np.diff(ep) > 0)[0] + 1:
        stall = rng.uniform(5, 30) if long_stall else rng.uniform(0.5, 2)
        j = i
        while stall > 0 and j < nt:
            cut = min(stall, TICK)
            J[j] *= 1 - cut / TICK
            stall -= cut
            j += 1
    share = np.zeros((4, nt))
    for i in range(4):
        share[i] = np.where(i < nodes, J / nodes, 0.0)
    counts["epochs"] = int((np.diff(ep) > 0).sum())
    run = Run(n, nt, J, share, pauses, known_t, stages, crashes, cfg, np.arange(n) * STEP, counts)
    run.stops = stops
    return run


def _client_timeline(rng, members: list, starts: list, resets: list, M: int) -> tuple[list, list]:
    """A client's members ``[(from, member)]`` and its failure windows ``[(a, b, old member, reset)]``."""
    ev = [(c, 0, (j, det, back)) for j, c, back, det in members] + [(s, 1, None) for s in starts]
    ev += [(a, 2, b - a) for a, b in resets]
    ev.sort(key=lambda x: (x[0], x[1]))

    def live(t):
        down = {j for j, c, back, det in members if c <= t < back}
        ok = [m for m in range(M) if m not in down]
        return ok[int(rng.integers(len(ok)))] if ok else 0

    seg, fails = [(0.0, live(0.0))], []
    for t, kind, info in ev:
        cur = seg[-1][1]
        if kind == 0:
            j, det, back = info
            if j == cur:
                fails.append((t, t + det, cur, False))
                seg.append((t + det, live(t + det)))
        elif kind == 1:
            seg.append((t, live(t)))
        else:
            fails.append((t, t + info, cur, True))
            seg.append((t + info, live(t + info)))
    seg.sort(key=lambda x: x[0])
    return seg, fails


def _member_at(seg: list, t: np.ndarray) -> np.ndarray:
    times = np.array([s for s, _ in seg])
    return np.array([m for _, m in seg])[np.maximum(np.searchsorted(times, t, side="right") - 1, 0)]


def _path(rng, run: Run, setting: str) -> Path:
    n, T = run.n, run.nt * TICK
    F = float(rng.choice([5, 10, 15, 20, 30]))
    M = int(rng.integers(3, 7))
    P = 1.0 if rng.random() < 0.7 else rng.uniform(2, 5)
    redo = rng.random() < 0.4
    carry = (not redo) and rng.random() < 0.5
    merge = rng.random() < 0.5
    c = {k: 0 for k in ("unlogged", "add_failed", "retried", "dropped", "carried", "dup", "member_lost", "stale",
                        "late", "split_hidden", "discarded", "read_failed", "member_crashes", "splits", "resets")}
    members = []  # (member, crash, back, the clients' detection time)
    for j in range(M):
        for a, b in _episodes(rng, T, (10, 80), (30, 150), (60, 300)):
            members.append((j, a, b, rng.uniform(0.05, 1) if rng.random() < 0.7 else HEARTBEAT))
    members.sort(key=lambda x: x[1])
    c["member_crashes"] = len(members)
    splits = []
    for a, b in _episodes(rng, T, (20, 150), (60, 250), (60, 480)):
        side = np.zeros(M, bool)
        side[rng.permutation(M)[:int(rng.integers(1, M))]] = True
        small = side.sum() < M / 2 or (side.sum() == M / 2 and rng.random() < 0.5)
        splits.append((a, b + rng.uniform(0, 120), side if small else ~side, rng.uniform(5, 30)))  # merging side
    c["splits"] = len(splits)
    # node clocks
    nn = 4
    base = rng.normal(0, rng.uniform(0.02, 0.5), nn)
    steps = [[] for _ in range(nn)]
    if rng.random() < 0.25:
        who = int(rng.integers(max(s["nodes"] for _, s in run.stages)))
        steps[who] = [(a, rng.choice([-1, 1]) * rng.uniform(2, 15)) for a, _ in _episodes(rng, T, (5, 60), (10, 40),
                                                                                             (1, 1))]

    def offset(i, t):
        o = np.full(len(t), base[i])
        for a, d in steps[i]:
            o += np.where(t >= a, d * np.clip(1 - (t - a) * SLEW / abs(d), 0, 1), 0.0)
        return o

    starts = [a for a, b, k in run.pauses_t if k == "startup"] + [b for a, b in run.crashes]
    crash_t = np.array([a for a, b in run.crashes])
    edges = np.arange(run.nt + 1) * TICK
    K_, T0, T1, ND, TA, TM = [], [], [], [], [], []
    maxoff = 0.0
    for i in range(nn):
        if not run.share[i].any():
            continue
        cum = np.concatenate([[0.0], np.cumsum(run.share[i])])
        ta = np.arange(rng.uniform(0, F), T, F)
        extra = np.concatenate([run.stops, crash_t])
        kind = np.concatenate([np.zeros(len(ta)), np.ones(len(run.stops)), 2 * np.ones(len(crash_t))])
        ta = np.concatenate([ta, extra])
        o = np.argsort(ta, kind="stable")
        ta, kind = ta[o], kind[o]
        t0 = np.concatenate([[0.0], ta[:-1]])
        content = np.interp(ta, edges, cum) - np.interp(t0, edges, cum)
        keep = content > 1e-9
        c["unlogged"] += int((keep & (kind == 2)).sum())
        keep &= kind != 2
        ta, t0 = ta[keep], t0[keep]
        off = offset(i, ta)
        maxoff = max(maxoff, float(np.abs(off).max()) if len(off) else 0.0)
        k = np.floor((ta + off) / STEP).astype(int)
        resets = [(a, a + rng.uniform(1, 10)) for a, _ in _episodes(rng, T, (2, 40), (5, 40), (1, 1))]
        c["resets"] += len(resets)
        seg, fails = _client_timeline(rng, members, starts, resets, M)
        tm = _member_at(seg, ta)
        tapp = ta.copy()
        ok = np.ones(len(ta), bool)
        done = np.zeros(len(ta), bool)
        extra_copies, failed_j = [], []
        for a, b, old, reset in fails:
            idx = np.nonzero((ta >= a) & (ta < b) & ~done)[0]
            done[idx] = True
            for q, j in enumerate(idx):
                applied = bool(reset and q == 0 and rng.random() < 0.5)  # the add in flight at a reset
                c["add_failed"] += 1
                if applied:
                    extra_copies.append((k[j], t0[j], ta[j], ta[j], old))
                if redo:  # sent again to the new member when the failure is seen
                    tapp[j] = b
                    tm[j] = _member_at(seg, np.array([b]))[0]
                    c["retried"] += 1
                    c["dup"] += int(applied)
                else:
                    ok[j] = False
                    failed_j.append((j, applied))
        good = np.nonzero(ok)[0]
        for j, applied in sorted(failed_j):
            nxt = good[np.searchsorted(good, j)] if np.searchsorted(good, j) < len(good) else -1
            if carry and nxt >= 0:
                t0[nxt] = min(t0[nxt], t0[j])
                c["carried"] += 1
                c["dup"] += int(applied)
            elif not applied:
                c["dropped"] += 1
        for kk, a0, a1, tap, m in extra_copies:
            K_.append([kk]), T0.append([a0]), T1.append([a1]), ND.append([i]), TA.append([tap]), TM.append([m])
        K_.append(k[ok]), T0.append(t0[ok]), T1.append(ta[ok]), ND.append(np.full(ok.sum(), i))
        TA.append(tapp[ok]), TM.append(tm[ok])
    k, t0, t1, node = (np.concatenate(x) for x in (K_, T0, T1, ND))
    tapp, tm = np.concatenate(TA), np.concatenate(TM).astype(int)
    inside = (k >= 0) & (k < n)
    k, t0, t1, node, tapp, tm = (x[inside] for x in (k, t0, t1, node, tapp, tm))
    # the monitor's reads
    read_off = hc.log_uniform(rng, 1, 40)
    reads = (np.arange(n) + 1) * STEP + read_off + rng.uniform(0, 1, n)
    seg, fails = _client_timeline(rng, members, [], [], M)
    rm = _member_at(seg, reads)
    failed = rng.random(n) < rng.uniform(0.0005, 0.003)
    for a, b, old, reset in fails:
        failed |= (reads >= a) & (reads < b)
    for a, mg, side, win in splits:
        failed |= (reads >= mg) & (reads < mg + win) & side[rm]
    # visibility at the read's member
    r = rm[k]
    R = reads[k]
    lag = np.where(tm == r, 0.0, rng.uniform(0.02, max(0.05, (M - 1) * P), len(k)))
    vis = tapp + lag
    lost = np.zeros(len(k), bool)
    for j, cr, back, det in members:
        lost |= (tm == j) & (r != j) & (tapp < cr) & (vis > cr)
    c["member_lost"] = int((lost & ~failed[k]).sum())
    hidden = np.zeros(len(k), bool)
    for a, mg, side, win in splits:
        during = (vis >= a) & (tapp < mg)
        cross = during & (side[tm] != side[r])
        hidden |= cross & (R < mg)
        if merge:
            vis = np.where(cross & (R >= mg), np.maximum(vis, mg + lag), vis)
        else:
            gone = during & side[tm] & (R >= mg)
            c["discarded"] += int((gone & ~failed[k]).sum())
            lost |= gone
            vis = np.where(cross & ~side[tm] & (R >= mg), np.maximum(vis, mg + lag), vis)
    late = (vis > R) & ~lost & ~hidden & ~failed[k]
    c["late"] = int((late & (tapp > R)).sum())
    c["stale"] = int((late & (tapp <= R)).sum())
    c["split_hidden"] = int((hidden & ~failed[k] & ~lost).sum())
    c["read_failed"] = int(failed.sum())
    seen = ~lost & ~hidden & ~late & ~failed[k]
    o = np.argsort(k[seen], kind="stable")
    p = Path(k[seen][o], t0[seen][o], t1[seen][o], node[seen][o], reads, failed, redo, carry, merge, c)
    p.maxoff, p.F, p.tapp, p.members = maxoff, F, tapp[seen][o], M
    return p


def _content(run: Run, p: Path, per_tick: np.ndarray) -> np.ndarray:
    """Each counted copy's crops, ``per_tick`` (nodes x ticks) integrated over its interval."""
    edges = np.arange(run.nt + 1) * TICK
    out = np.zeros(len(p.k))
    for i in np.unique(p.node):
        sel = p.node == i
        cum = np.concatenate([[0.0], np.cumsum(per_tick[i])])
        out[sel] = np.interp(p.t1[sel], edges, cum) - np.interp(p.t0[sel], edges, cum)
    return out


def _spans(run: Run, p: Path, h: np.ndarray) -> list[tuple[int, int]]:
    n = run.n
    w0, w1 = p.F + p.maxoff + 3.0, p.maxoff + 4.0
    paused = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        s, e = max(0, int(np.floor((a - w1) / STEP))), min(n, int(np.ceil((b + w0) / STEP)))
        paused[s:e] = True
    paused |= h <= 0
    raw = []
    starts = np.nonzero(paused & ~np.concatenate([[False], paused[:-1]]))[0]
    ends = np.nonzero(paused & ~np.concatenate([paused[1:], [False]]))[0] + 1
    for s, e in zip(starts, ends):
        if e - s == 1:  # a lone paused point is widened to two
            s, e = (s, s + 2) if s + 2 <= n else (s - 1, e)
        raw.append((int(s), int(e)))
    spans = []
    for s, e in raw:
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its counter path and the reads."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run, pauses)
    h = np.bincount(run.path.k, _content(run, run.path, run.share), minlength=n) / STEP
    h[run.path.failed] = 0.0
    spans = _spans(run, run.path, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, (s / ramp) ** rng.uniform(0.6, 1.8))
    calm, w, i, on = rng.uniform(0.05, 0.25), np.empty(length), 0, True
    while i < length:
        d = max(1, int(rng.exponential(rng.uniform(5, 30) if on else rng.uniform(20, 90))))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _loss(run: Run, t0: float, w: np.ndarray, t_stop: float) -> np.ndarray:
    """Per point, what a regression of weight ``w`` (per point from ``t0``) at ``a = 1`` takes from the reads."""
    tt = (np.arange(run.nt) + 0.5) * TICK
    on = (tt >= t0) & (tt < t_stop)
    wt = np.zeros(run.nt)
    wt[on] = w[np.minimum(((tt[on] - t0) // STEP).astype(int), len(w) - 1)]
    p = run.path
    sel = (p.t1 > t0) & (p.t0 < t_stop)
    sub = Path(p.k[sel], p.t0[sel], p.t1[sel], p.node[sel], p.reads, p.failed, p.redo, p.carry, p.merge)
    return np.bincount(sub.k, _content(run, sub, run.share * wt), minlength=run.n) / STEP


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    pz = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, run.ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset + 2, max(ramp, 1))
        m1 = _loss(run, t0, w, np.inf if to_end else stop * STEP)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        lv = live[onset:stop]
        hs = healthy[onset:stop][lv].sum()
        if hs <= 0 or m1[onset:stop][lv].sum() <= 0:
            continue
        a = target * hs / m1[onset:stop][lv].sum()
        if a > 1:
            continue
        m = a * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        s0, end = span
        if any(s0 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else s0
        if kind == "leak" and not s0 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, s0, ramp_end, end, n, (ramp_end - s0) // 3)
        if depth is not None:
            at = int(np.nonzero(m > 0)[0][0])
            return Event(kind, s0, ramp_end, end, round(depth, 4)), (at, m[at:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout110(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout110_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT110_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout110, seeds, n, pauses)
