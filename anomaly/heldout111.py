"""The hundred-and-eleventh held-out throughput family: an autonomous-driving motion-forecasting model's training
scenarios/s (a Wayformer / MTR-style transformer over agent histories and vectorised map polylines, multi-modal future
trajectories, scene-centric batches), each rank's cumulative count in an etcd key attached to a kept-alive lease, the
monitor doing one prefix range read of the ranks' keys once a minute and differencing the sums.

(No generator's head names etcd, a lease, a keepalive, a leader election, a prefix range read, a revision, autonomous
driving or polylines (``grep -ic`` on ``/tmp/s53/genheads111.txt``: 0 each). The job is not new: "motion-forecasting"
with "scenarios/s" is in one head (35) and "Wayformer / MTR-style" in one (67); "raft" and "compact" match two heads
each, neither about etcd. The path (a lease-bound key per rank, read by one range read a minute) is new. The job and
the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout110.py`` lines 1-110 and 617-626 (its
``make_heldout110`` and ``heldout110_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout110.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and ``/tmp/s53/genheads111.txt``
through ``grep -ic`` and one ``grep -i`` of its lines holding "wayformer", "MTR", "trajector", "scenarios/s", "raft",
"compact" or "scenario" (7 lines printed). Slips: a ``wc -l`` of ``anomaly/heldout110.py`` (626 lines), not on the
list; the first ``cat`` of the common files was cut by the tool in its middle and the cut parts printed again with
``sed`` (``heldout_common.py`` lines 105-537, ``trace_checks.py`` lines 1-240: within the listed files). The tests
import ``HELDOUT110_SEEDS`` (the seed ranges' disjointness). My scratch script (``/tmp/s111/measure111.py``, not
committed) built and measured this family only.

Public sources read (through the search tool): etcd's lease API (LeaseGrant: a lease expires when the server gets no
keepalive within its TTL, and all keys attached to it are then deleted, each a delete event; LeaseRevoke deletes
them at once; LeaseKeepAlive streams keepalives); an etcd issue on the Go client (clientv3 sends the next keepalive
``TTL / 3`` after a response); an etcd patch (on a leader change the old leader's lessor is demoted and the leases'
expiry times are reset); etcd's tuning page (heartbeat 100 ms, election timeout 1,000 ms by default; slow disks and
networks lengthen both; a stretched cluster raises them to 1 s / 10 s); etcd's maintenance page (history compaction,
defragmentation; the Raft snapshot count); the compactor package (periodic or revision retention, revision mode every
5 min); the Range request's fields (``range_end`` one above the key reads a prefix; reads at the latest revision by
default; a read at a compacted revision answers ErrCompacted; ranges are linearizable unless ``serializable``);
Wayformer's abstract (scene encoder over road geometry, lane connectivity, traffic lights and a dynamic set of
agents' histories; WOMD and Argoverse) and a WOMD note (1 s of history at 10 Hz, 8 s of future).

Assumed without checking (my own picture): 8-32 GPUs at first, 8 a node (0.85-0.97 per doubling; 8-64 after
relaunches), 12-90 scenarios/s per GPU on the first stage (log-uniform); a longer horizon costs 1.15-1.45 times per
step (two steps at most), more modes 1.08-1.3 (two), a larger encoder 1.6-2.6 (one), an added city's logs 1.03-1.12 on
the GPUs (denser scenes) and 1.08-1.3 on the loaders (three at most); in 35 % of runs the loaders (parsing the
scenario protos, building polylines, the scene-centric transform) can feed 1.2-3 times the GPUs' first-stage rate (the
step waits for the slower, a soft maximum of the two costs), so they bind as cities are added. 70 % of runs relaunch
once or twice (25-80 % of the run) with one of those changes or the GPUs doubled or halved, redrawn until the level
moves 15 % (by 1/3 to 3 times). Per 5-s tick an AR(1) of the log (sd 3-7 %, correlation 10-60 s: batches' sizes follow
the agents and map elements), a slow OU (sd 1-3 %, 20-120 min); epochs of 0.4-1.5 M scenarios (30 % more per city)
whose ends cost 5-30 s (60 % of runs; else 1-3 s). Pauses: a start-up (the scenario index, the map cache) of 3-10 min
("long": 20-50) and a ramp from 40-70 % over 2-8 min; a validation (minADE, miss rate, mAP over the validation
scenarios) every 20-60 min ("long": 60-150) of 1.5-4 min ("long": 10-25), a checkpoint after every 1 or 2 (10-40 s;
"long" 1-3 min); crashes (exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long" 6-18),
restarted in 2-6 ("long" 8-20), a ramp from 75-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long" 5-12), 1-5 min
queued, a start-up and its ramp (a relaunch follows 30 min of training or more).

On the path (not checked): ranks share each step's scenarios equally; each rank puts its count since its lease's grant
every 10, 15, 20 or 30 s (per run; its own phase), committed about 12 ms later (log-normal, sd 0.6 of the log); TTL
10, 15, 30 or 60 s, a keepalive every TTL / 3. In 60 % of runs a background thread keeps the lease and puts; in 40 % a
Lightning callback does both at each training batch, so any pause longer than the lease's rest expires it. A rank
whose lease is lost (a put answers "lease not found") grants a new one at its next put and counts again from zero.
Each node (8 ranks) meets network losses to its etcd member (first within 5-60 h, mean gap 10-60 h, 3-120 s): its puts
wait and commit at the end; its lease expires when the loss outlasts the TTL's rest. A crash kills every rank: its
leases expire a TTL after their last keepalive; a relaunch revokes them. Leader elections (first within 5-80 h, mean
gap 15-60 h, 1.2-20 s, one in ten 20-60 s) stall every write and read; leases do not expire in them (the new leader
resets their expiries). In 40 % of runs a cron defragments the 3 or 5 members in turn (30 s apart) every 12-48 h from
within 1-24 h, each blocked 2-20 s: its clients stall, and all writes where it is the leader. A stalled put commits at
the stall's end; in 35 % of runs the puts are sent asynchronously and a timed-out one is retried with its old value
after a backoff of 1-120 s (log-uniform), so it can land after newer puts and the key's value falls until the next
one. History is compacted every 5 min, which the monitor never meets: it reads the latest revision. The monitor reads
minute ``m`` at its end plus 0.5-20 s (per run, log-uniform) and 0-0.5 s, by its clock (off by ``N(0, 0.05-0.5 s)``;
in 25 % of runs stepping by 2-15 s, first within 5-60 h, mean gap 10-40 h, slewing back at 500 ppm); a stalled read
waits until the stall ends unless that is 5-30 s (per run) away, then fails; 0.05-0.3 % of minutes fail anyway. It
pairs keys by name and lease: a key held by both reads under one lease adds its rise (a fall counts 0, so what fell is
counted again later), a key under a new lease adds its whole value, a vanished key adds nothing. A failed read gives
0; the next read differences against the last good one, divided by the minutes between (50 % of runs) or by 60 s (the
rest: that point doubles). A point is stamped at the minute's end. A regression takes a share ``a w`` of the scenarios
each point counted (its weight per point). Simplified: every rank of a node behind one member, one lease alive per
rank at a time, a defragmented leader causes no election, compaction costs nothing. Nothing was measured on a real
system.

A point is paused where its window (from the previous good read less one put interval and 3 s, to 4 s after its read,
widened by the monitor clock's largest offset) touches a pause (or a ramp's first half), or where it reads nothing; a
lone paused point is widened to two; a listed change is the first point after a relaunch's pause span. Labelled
regressions from their onset: ``drop`` (the map-polyline cache on local NVMe lost, the scenarios rebuilt from the raw
logs: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's GPUs throttled in bursts: bursts
of mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the per-city scenario index grows until the host
swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30
% at a pause's end); ``a`` set for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's
live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout111_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    10         9     0.089-0.333  20              2-24 (1806, 0 >60)
long      31      10    11         10    0.085-0.329  12              2-62 (725, 1 >60)

Planned changes listed: short 14, long 9 (of 14 and 9 relaunches); crashes 44 and 38. The path over each set: short:
leases expired 23486 (most at validations in the runs whose callback keeps the lease), elections 28 (with the
defragmented leaders), defragmentations 90, stalled puts 2033, puts dropped with their lease 624, keys whose value
fell 6 (2600 scenarios counted twice), failed reads 131, late reads 10, network losses 112, clock steps 12; long:
expired 5976, elections 30, defragmentations 20, stalled 1409, dropped 652, fell 1 (720 counted twice), failed reads
167, late 7, network losses 133, clock steps 19. Scenarios trained and never counted: 1.3 % (short) and 0.3 % (long)
of the job's, nearly all next to a pause (a lease lost there takes its key's rise since the last read). The reads'
sum over the live points against the job's scenarios: 0.999-1.000 in both settings.
Point by point (live points of the first 6 "short" seeds, a read against the job's scenarios/s over its minute): 1st
to 99th percentiles 0.80-0.84 to 1.19-1.27 where the ranks put every 30 s (a put landing just before or after a read
moves a rank's 30 s between minutes), 0.96-0.99 to 1.01-1.04 where they put every 15 s.
``SPANS`` (2-30 and 2-80 points): the schedule's longest pause (a relaunch's stop, queue, start-up and half its ramp:
at most 22 and 71 min) and its window, with a margin; wider than the measured spans.

Size: over 520 lines because the path has four parts (the leases' lives, the puts' commits, the reads and the
monitor's pairing) besides the job's schedule, and a docstring of about 110 lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT111_SEEDS = tuple(range(1112000, 1112012))
CODE = 111
STEP = 60.0  # one read a minute
TICK = 5.0
K = 12
EPOCH = 1_700_000_040  # a multiple of 60
KIND_P = (0.4, 0.3, 0.3)
RANKS_PER_NODE = 8
SPANS = {"short": (2, 30), "long": (2, 80)}  # a pause span's length in points (measured: see the table)
_PAUSE = {  # seconds: start-up, validation every, validation, checkpoint, crash down, restart, relaunch stop
    "short": dict(su=(180, 600), every=(1200, 3600), val=(90, 240), ck=(10, 40), down=(60, 240), rs=(120, 360),
                  stop=(60, 180)),
    "long": dict(su=(1200, 3000), every=(3600, 9000), val=(600, 1500), ck=(60, 180), down=(360, 1080),
                 rs=(480, 1200), stop=(300, 720)),
}


@dataclass
class Path:
    put_every: float
    ttl: float
    loop_keep: bool
    async_puts: bool
    elapsed: bool
    delay: float
    give_up: float
    counts: dict = field(default_factory=dict)
    reads: np.ndarray | None = None
    failed: np.ndarray | None = None


@dataclass
class Run:
    n: int
    nt: int
    cfg: dict
    stages: list
    J: np.ndarray  # scenarios trained per tick (the whole job)
    pauses_t: list  # (t0, t1, kind)
    lives: list  # (start, end, how it ended: "crash", "relaunch" or "end")
    known_t: list
    t_stage: list  # when each stage's process life begins (0 and each relaunch's start)
    counts: dict
    path: Path | None = None
    dt: float = STEP


def _level(cfg: dict, st: dict) -> float:
    """The job's scenarios/s at stage ``st`` (GPU-bound, or loader-bound where ``cfg["io"]`` is set)."""
    gpus = RANKS_PER_NODE * st["nodes"]
    gpu = gpus * cfg["gpu"] * cfg["eff"] ** np.log2(st["nodes"])
    gpu /= cfg["hor"] ** st["hor"] * cfg["modes"] ** st["modes"] * cfg["enc"] ** st["enc"] * cfg["city"] ** st["city"]
    if cfg["io"] is None:
        return float(gpu)
    io = cfg["io"] * cfg["base"] * st["nodes"] / cfg["nodes0"] / cfg["io_city"] ** st["city"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / io))


def _next_stage(rng, cfg: dict, st: dict, lev: float) -> dict:
    """A relaunch's stage: one change, redrawn until the level moves by 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = ["hor", "modes", "enc", "city", "nodes"][int(rng.integers(5))]
        if what == "nodes":
            new["nodes"] = st["nodes"] * 2 if (rng.random() < 0.6 and st["nodes"] < 8) or st["nodes"] == 1 \
                else st["nodes"] // 2
        else:
            top = {"hor": 2, "modes": 2, "enc": 1, "city": 3}[what]
            new[what] = st[what] + 1 if st[what] < top else st[what] - 1
        r = _level(cfg, new) / lev
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "nodes": st["nodes"] * 2 if st["nodes"] < 8 else st["nodes"] // 2}


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list:
    """Renewal episodes ``(a, b)`` in ``[0, T)``: the first within ``first`` hours, mean gap drawn from ``gap``
    hours, durations log-uniform in ``dur`` seconds; in order and disjoint."""
    out, mean = [], rng.uniform(*gap) * 3600
    t = rng.uniform(*first) * 3600
    while t < T:
        d = hc.log_uniform(rng, *dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 60
    return out


def _schedule(rng, n: int, setting: str) -> Run:
    T = (n + 3) * STEP
    nt = int(T / TICK)
    p = _PAUSE[setting]
    nodes0 = int(rng.choice([1, 2, 3, 4]))
    cfg = {"gpu": hc.log_uniform(rng, 12, 90), "eff": rng.uniform(0.85, 0.97), "hor": rng.uniform(1.15, 1.45),
           "modes": rng.uniform(1.08, 1.3), "enc": rng.uniform(1.6, 2.6), "city": rng.uniform(1.03, 1.12),
           "io": rng.uniform(1.2, 3.0) if rng.random() < 0.35 else None, "io_city": rng.uniform(1.08, 1.3),
           "nodes0": nodes0}
    st = {"hor": 0, "modes": 0, "enc": 0, "city": 0, "nodes": nodes0}
    cfg["base"] = 1.0
    cfg["base"] = _level({**cfg, "io": None}, st)
    stages, levels, t_lev = [st], [_level(cfg, st)], [0.0]
    n_rel = 0 if rng.random() < 0.3 else int(rng.choice([1, 2]))
    rel = sorted(rng.uniform(0.25, 0.8, n_rel) * T)
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([1, 2]))
    pauses, lives, known, ramps = [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "valid": 0}

    def start(t, su_rng, r0, rl):
        su = rng.uniform(*su_rng)
        pauses.append((t, t + su, "startup"))
        t += su
        rl_len = rng.uniform(*rl)
        pauses.append((t, t + rl_len, "ramp"))
        ramps.append((t, t + rl_len, rng.uniform(*r0)))
        return t

    life0 = 0.0
    t = start(0.0, p["su"], (0.4, 0.7), (120, 480))
    next_val = t + rng.uniform(*p["every"])
    next_crash = t + max(1200, rng.exponential(crash_mean))
    while True:
        nxt_rel = rel[0] if rel else np.inf
        nxt = min(next_val, next_crash, nxt_rel)
        if nxt >= T:
            break
        t = nxt
        if nxt == next_val:
            d = rng.uniform(*p["val"])
            pauses.append((t, t + d, "valid"))
            t += d
            counts["valid"] += 1
            if counts["valid"] % ck_every == 0:
                c = rng.uniform(*p["ck"])
                pauses.append((t, t + c, "ckpt"))
                t += c
        elif nxt == next_crash:
            down, rs = rng.uniform(*p["down"]), rng.uniform(*p["rs"])
            pauses.append((t, t + down + rs, "crash"))
            lives.append((life0, t, "crash"))
            life0 = t + down
            t += down + rs
            rl = rng.uniform(60, 180)
            pauses.append((t, t + rl, "ramp"))
            ramps.append((t, t + rl, rng.uniform(0.75, 0.95)))
            counts["crashes"] += 1
        else:
            rel.pop(0)
            if next_crash < t + 1200:
                next_crash = t + 1200
            stop, queue = rng.uniform(*p["stop"]), rng.uniform(60, 300)
            pauses.append((t, t + stop + queue, "relaunch"))
            lives.append((life0, t, "relaunch"))
            t += stop + queue
            life0 = t
            st = _next_stage(rng, cfg, st, levels[-1])
            stages.append(st)
            levels.append(_level(cfg, st))
            t_lev.append(t)
            t = start(t, p["su"], (0.4, 0.7), (120, 480))
            known.append(t)
            counts["relaunches"] += 1
            rel = [max(r, t + 1800) for r in rel]  # a relaunch follows 30 min of training or more
        next_val = t + rng.uniform(*p["every"])
        next_crash = max(next_crash, t + 1200) if next_crash > t else t + max(1200, rng.exponential(crash_mean))
    lives.append((life0, np.inf, "end"))
    # the job's scenarios per tick
    tc = (np.arange(nt) + 0.5) * TICK
    on = np.ones(nt)
    edges = np.arange(nt + 1) * TICK
    for a, b, kind in pauses:
        if kind == "ramp":
            continue
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            continue
        ov = np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1])
        on[i0:i1] -= np.maximum(ov, 0) / TICK
    on = np.clip(on, 0, 1)
    lev = np.array(levels)[np.searchsorted(t_lev, tc, side="right") - 1]
    ramp = np.ones(nt)
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ramp[i0:i1] = r0 + (1 - r0) * np.clip((tc[i0:i1] - a) / (b - a), 0, 1)
    sd, tau = rng.uniform(0.03, 0.07), rng.uniform(10, 60)
    phi = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - phi * phi), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):  # AR(1) of the log
        x[i] = phi * x[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    x += np.interp(tc, np.arange(len(ou)) * 60.0, ou)
    J = on * TICK * lev * ramp * np.exp(x - 0.5 * sd * sd)
    # epoch ends: the sampler reshuffled, the loader workers respawned
    ep_size = rng.uniform(0.4e6, 1.5e6)
    slow_end = rng.random() < 0.6
    cum = np.cumsum(J)
    city = np.array([s["city"] for s in stages])[np.searchsorted(t_lev, tc, side="right") - 1]
    ep_n = np.floor(cum / (ep_size * (1 + 0.3 * city)))
    for i in np.nonzero(np.diff(ep_n) > 0)[0] + 1:
        cost = rng.uniform(5, 30) if slow_end else rng.uniform(1, 3)
        k = int(np.ceil(cost / TICK))
        J[i:i + k] *= np.clip(1 - cost / (k * TICK), 0, 1) if k == 1 else 0.0
    counts["epochs"] = int(ep_n[-1])
    return Run(n=n, nt=nt, cfg=cfg, stages=stages, J=J, pauses_t=pauses, lives=lives, known_t=known, t_stage=t_lev,
               counts=counts)


def _stall_end(t: np.ndarray, stalls: list) -> np.ndarray:
    """For each time of ``t`` the end of the stall ``(a, b)`` it falls in, NaN where none (stalls disjoint, sorted)."""
    out = np.full(len(t), np.nan)
    if not stalls:
        return out
    a = np.array([s[0] for s in stalls])
    b = np.array([s[1] for s in stalls])
    j = np.searchsorted(a, t, side="right") - 1
    ok = (j >= 0) & (t < b[np.maximum(j, 0)])
    out[ok] = b[j[ok]]
    return out


def _merge(iv: list) -> list:
    out = []
    for a, b in sorted(iv):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _leases(rng, life: tuple, outages: list, ttl: float, every: float) -> list:
    """One rank's leases over a process life ``(start, end, how)``: ``(grant, deleted)`` each. A lease expires a TTL
    after its last keepalive (``TTL / 3`` apart) where an outage of its keepalives outlasts that; the rank grants a new
    one at its first put after the outage. A crash's lease expires a TTL after its last keepalive, a relaunch's is
    revoked."""
    s0, end, how = life
    out, cur = [], s0 + rng.uniform(0, 1.0)
    for a, b in outages:
        if a < cur or a >= end:
            continue
        exp = a - rng.uniform(0, ttl / 3) + ttl
        if exp < b and exp < end:
            out.append((cur, exp))
            cur = b + rng.uniform(0, every)
            if cur >= end:
                return out
    last = end - rng.uniform(0, ttl / 3) + ttl if how == "crash" else end
    out.append((cur, last))
    return out


def _path(rng, run: Run, n: int) -> tuple[Path, np.ndarray]:
    """The monitor's points (scenarios/s per minute) as read from the ranks' lease-bound keys."""
    T = run.nt * TICK
    path = Path(put_every=float(rng.choice([10.0, 15.0, 20.0, 30.0])), ttl=float(rng.choice([10.0, 15.0, 30.0, 60.0])),
                loop_keep=rng.random() < 0.4, async_puts=rng.random() < 0.35, elapsed=rng.random() < 0.5,
                delay=hc.log_uniform(rng, 0.5, 20.0), give_up=rng.uniform(5, 30))
    L, ttl = path.put_every, path.ttl
    c = {k: 0 for k in ("expired", "elections", "defrags", "stalled_puts", "dropped_puts", "fell", "dup", "lost",
                        "failed_reads", "late_reads", "net_losses", "clock_steps")}
    cum = np.concatenate([[0.0], np.cumsum(run.J)])
    tgrid = np.arange(run.nt + 1) * TICK

    def C(t):
        return np.interp(t, tgrid, cum)

    members = int(rng.choice([3, 5]))
    elections = []
    for a, b in _episodes(rng, T, (5, 80), (15, 60), (1.2, 20.0)):
        if rng.random() < 0.1:
            b = a + rng.uniform(20, 60)
        elections.append((a, b))
    c["elections"] = len(elections)
    defrag = {m: [] for m in range(members)}
    if rng.random() < 0.4:
        t = rng.uniform(1, 24) * 3600
        gap = rng.uniform(12, 48) * 3600
        while t < T:
            leader = int(rng.integers(members))
            for m in range(members):
                a = t + 30 * m
                d = rng.uniform(2, 20)
                (elections if m == leader else defrag[m]).append((a, a + d))
                c["defrags"] += 1
            t += gap
    glob = _merge(elections)
    nodes_max = max(s["nodes"] for s in run.stages)
    node_member = rng.integers(members, size=nodes_max)
    net = [_episodes(rng, T, (5, 60), (10, 60), (3, 120)) for _ in range(nodes_max)]
    c["net_losses"] = sum(len(x) for x in net)
    pauses = [(a, b) for a, b, k in run.pauses_t if k in ("valid", "ckpt", "startup")]
    # the reads: nominal minute ends plus the monitor's delay, by its clock
    m_idx = np.arange(1, n + 1)
    nominal = m_idx * STEP + path.delay + rng.uniform(0, 0.5, n)
    off = np.full(n, rng.normal(0, rng.uniform(0.05, 0.5)))
    if rng.random() < 0.25:
        for a, _ in _episodes(rng, T, (5, 60), (10, 40), (1, 1.01)):
            step = rng.uniform(2, 15) * rng.choice([-1, 1])
            dtm = nominal - a
            off += np.where(dtm >= 0, np.sign(step) * np.maximum(abs(step) - 5e-4 * dtm, 0), 0)
            c["clock_steps"] += 1
    reads = nominal - off
    mon_member = int(rng.integers(members))
    mst = _merge(glob + defrag[mon_member])
    se = _stall_end(reads, mst)
    stalled = ~np.isnan(se)
    failed = stalled & (se - reads > path.give_up)
    late = stalled & ~failed
    reads = np.where(late, se + rng.uniform(0.01, 0.3, n), reads)
    failed |= rng.random(n) < rng.uniform(0.0005, 0.003)
    c["failed_reads"], c["late_reads"] = int(failed.sum()), int(late.sum())
    good = np.nonzero(~failed)[0]
    tr = reads[good]
    stage_nodes = np.array([s["nodes"] for s in run.stages])
    life_nodes = [int(stage_nodes[np.searchsorted(run.t_stage, life[0] + 1e-6, side="right") - 1])
                  for life in run.lives]
    inc = np.zeros(len(good))
    for node in range(nodes_max):
        outages = list(net[node]) + (pauses if path.loop_keep else [])
        outages = _merge(outages)
        stalls = _merge(glob + defrag[int(node_member[node])] + net[node])
        for r in range(RANKS_PER_NODE):
            keys, vals, lease_of, rid = [], [], [], 0
            bounds = []
            for life, nn in zip(run.lives, life_nodes):
                if node >= nn or life[0] >= T:
                    continue
                share = 1.0 / (RANKS_PER_NODE * nn)
                ls = _leases(rng, (life[0], min(life[1], T), life[2]), outages, ttl, L)
                c["expired"] += len(ls) - 1 + (life[2] == "crash")
                phase = rng.uniform(0, L)
                for g, d in ls:
                    end = min(d, life[1], T)
                    p = g + phase % L + L * np.arange(max(0, int(np.ceil((end - g) / L))))
                    p = p[p < end]
                    if path.loop_keep:
                        p = p[np.isnan(_stall_end(p, pauses))]
                    val = (C(p) - C(g)) * share
                    com = p + np.exp(rng.normal(np.log(0.012), 0.6, len(p)))
                    s_end = _stall_end(p, stalls)
                    st_ = ~np.isnan(s_end)
                    c["stalled_puts"] += int(st_.sum())
                    jit = np.exp(rng.uniform(0, np.log(120), len(p))) if path.async_puts else (p - g) * 1e-6  # backoff
                    com = np.where(st_, s_end + 0.005 + jit, com)
                    keep = com < d
                    c["dropped_puts"] += int((~keep).sum())
                    keys.append(com[keep])
                    vals.append(val[keep])
                    lease_of.append(np.full(int(keep.sum()), rid))
                    bounds.append((g, d, rid))
                    rid += 1
            if not bounds:
                continue
            com = np.concatenate(keys)
            val = np.concatenate(vals)
            lid = np.concatenate(lease_of)
            order = np.lexsort((com, lid))
            com, val, lid = com[order], val[order], lid[order]
            ga = np.array([b[0] for b in bounds])
            gd = np.array([b[1] for b in bounds])
            j = np.searchsorted(ga, tr, side="right") - 1
            alive = (j >= 0) & (tr < gd[np.maximum(j, 0)])
            key = lid * 1e7 + com
            q = np.searchsorted(key, np.where(alive, j, 0) * 1e7 + tr, side="right") - 1
            has = alive & (q >= 0) & (lid[np.maximum(q, 0)] == j)
            v = np.where(has, val[np.maximum(q, 0)], 0.0)
            lease = np.where(has, j, -1)
            pv, pl = np.concatenate([[0.0], v[:-1]]), np.concatenate([[-1], lease[:-1]])
            same = has & (lease == pl)
            fell = same & (v < pv)
            c["fell"] += int(fell.sum())
            c["dup"] += float((pv - v)[fell].sum())
            inc += np.where(same, np.maximum(v - pv, 0), np.where(has, v, 0.0))
    mins = np.diff(np.concatenate([[0], good + 1]))
    h = np.zeros(n)
    h[good] = inc / (STEP * (mins if path.elapsed else 1))
    c["lost"] = float(C(tr[-1]) - inc.sum())  # trained before the last read and never counted (less the dups)
    path.counts, path.reads, path.failed = c, reads, failed
    return path, h


def _spans(run: Run, h: np.ndarray, n: int) -> list:
    """The paused points: a point's window (from its previous good read less a put interval and 3 s, to 4 s after
    its read, widened by the monitor clock's largest offset) touching a pause or a ramp's first half, or a point
    that read nothing; a lone paused point widened to two."""
    p = run.path
    good = ~p.failed
    reads = np.maximum.accumulate(p.reads)
    prev = np.concatenate([[0.0], reads[:-1]])
    last_good = np.maximum.accumulate(np.where(np.concatenate([[True], good[:-1]]), prev, 0.0))
    off = float(np.max(np.abs(p.reads - ((np.arange(n) + 1) * STEP + p.delay)))) + 0.5
    lo = last_good - p.put_every - 3 - off
    hi = reads + 4 + off
    paused = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = 0.5 * (a + b)
        k0, k1 = int(np.searchsorted(hi, a, side="right")), int(np.searchsorted(lo, b, side="left"))
        paused[k0:min(k1, n)] = True
    for k in range(n):  # a lone paused point widened to two
        if paused[k] and (k == 0 or not paused[k - 1]) and (k == n - 1 or not paused[k + 1]):
            paused[k + 1 if k < n - 1 else k - 1] = True
    spans, k = [], 0
    while k < n:
        if paused[k]:
            e = k
            while e < n and paused[e]:
                e += 1
            spans.append((k, e))
            k = e
        else:
            k += 1
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, changes)`` of one seed and setting (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path, h = _path(rng, run, n)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    w, k, burst = np.empty(length), 0, True
    calm, b_mean, c_mean = rng.uniform(0.05, 0.25), rng.uniform(5, 30), rng.uniform(20, 90)
    while k < length:
        d = int(rng.exponential(b_mean if burst else c_mean)) + 1
        w[k:k + d] = 1.0 if burst else calm
        k += d
        burst = not burst
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None after 80 tries."""
    n = run.n
    ts = (np.arange(n) + 1) * STEP
    pt = [(a, b) for a, b, k in run.pauses_t if k != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        if onset < lo:
            continue
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = np.zeros(n)
        w[onset:stop] = _weight(rng, kind, stop - onset, ramp)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        lv = live[onset:stop]
        hs, ws = healthy[onset:stop][lv].sum(), (w * healthy)[onset:stop][lv].sum()
        if hs <= 0 or ws <= 0 or target * hs / ws > 1:
            continue
        m = target * hs / ws * w * healthy
        v = healthy - m
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on2, end = span
        if any(on2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on2
        if kind == "leak" and not on2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on2, ramp_end, end, n, (ramp_end - on2) // 3)
        if depth is not None:
            return Event(kind, on2, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout111(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout111_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT111_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout111, seeds, n, pauses)
