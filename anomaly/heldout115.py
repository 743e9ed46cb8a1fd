"""The hundred-and-fifteenth held-out throughput family: an RNA foundation model's training sequences/s (a BERT-style
transformer pretrained by masked-nucleotide modelling on Rfam / RNAcentral-like non-coding RNA, length-bucketed
token-budget batches), each node's cumulative count written to its own Consul KV key by a check-and-set PUT.

The monitor reads the keys' prefix once a minute (a recursive GET, by default ``?stale``: any server answers, its lag
in X-Consul-LastContact) and differences the sums. (No generator's head names Consul, a KV key, check-and-set,
``cas=``, ModifyIndex, a stale read, LastContact, a leader election, RNA, Rfam, RNAcentral, nucleotide, secondary
structure, token-budget or length-bucketed batching (``grep -ic`` on ``/tmp/s53/genheads115.txt``: 0 each); "raft"
matches 2 lines (an optical-flow network named RAFT, and "Minecraft"), "masked" 3 (other masked models),
"sequences/s" 3, "agent" 13: the unit, a masked objective and an agent are not new, the molecule (ncRNA) and the
path (a cumulative counter in a Raft-replicated KV store, CAS writes, stale reads) are. Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout114.py`` lines 1-110 and 545-554 (its
``make_heldout114`` and ``heldout114_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout114.py`` (all), ``anomaly/heldout_common.py`` (all, lines 1-200 and 200-600 with ``sed``),
``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110,
``/tmp/s53/genheads115.txt`` through ``grep -ic`` and ``grep -i`` (the words above; the lines matching "raft" and
"masked" printed, cut at 200 and 160 characters; a ``grep -c ""`` of its lines, 452, and a ``grep -ic`` of "etcd" or
"zookeeper", 2, not looked at further). Slip: a ``wc -l`` of ``anomaly/heldout114.py`` (554 lines) run with the ``grep
-n``; none else. The tests import ``HELDOUT114_SEEDS`` (disjoint seeds).

Public sources read (through the search tool): Consul's ``kv put`` page (``-cas`` with ``-modify-index``: the write
happens only where the key's ModifyIndex still matches); hashicorp/consul issue 14258 (a PUT returns only true/false,
not the new ModifyIndex, so a CAS writer re-reads the key before each write); Consul's consistency-modes page
(``default``: the leader answers, reads fail without one; ``consistent``: an extra round trip to a quorum; ``stale``:
any server answers, "generally consistent to within 50 milliseconds of the leader" but arbitrarily stale, and reads
go on without a leader); armon's gist on leader leasing (a follower starts an election after 1-2 heartbeat timeouts);
consul issues 3063, 3738, 1674 and 11986 (elections that repeat for minutes, writes hanging or failing with no
leader, raft back-off up to about 50 s after a server's failure); py-consul's ``kv.get`` (``recurse``,
``consistency``); a gist curling ``/v1/kv`` (the X-Consul-Index, X-Consul-KnownLeader and X-Consul-LastContact
headers).

Assumed without checking (the job): 1, 2 or 4 nodes (30/45/25 %) of 4 or 8 GPUs (0.88-0.97 per node doubling); a GPU
trains 40-400 sequences/s (log-uniform: ncRNAs of 50-1,000 nucleotides, a token budget per batch). Relaunches: 0-3
(30/40/20/10 %) at 20-85 % of the run, each a longer maximum length (seq/s 1.4-2.4 times lower: longer sequences
admitted, attention dearer), a larger model (1.6-3.0 lower), added families (the length mix moves, 0.8-1.25 either
way), a secondary-structure head fine-tuned (the pairwise head, 1.3-2.2 lower; once) or the nodes doubled or halved,
redrawn until the level moves 15 % (1/3 to 3 times). Per 5-s tick: the length buckets drawn (each step's batch from
one bucket: a short bucket holds many sequences, a long one few) as a log-normal of sd 0.25 over the square root of
the steps in a tick (2.5-16), an AR(1) of the log (sd 1.5-4 %, correlation 15-60 s) and a slow OU (sd 1-3 %, 20-120
min). Pauses: start-up (tokenising, the length-bucket index) of 3-12 min ("long": 20-50) and a ramp from 40-70 % over
2-6 min; a validation (masked-LM loss on held-out families) every 20-60 min ("long" 60-150) of 1.5-4 min ("long"
10-25), a checkpoint after every 1 or 2 (10-40 s; "long" 1-3 min); crashes (exponential, mean 12-48 h, 20 min or more
after a start): down 1-4 min ("long" 6-18) and restarted in 2-6 ("long" 8-20), a ramp from 70-95 % over 1-3 min; a
relaunch: a stop of 1-3 min ("long" 5-12), 1-5 min queued, a start-up and its ramp.

On the path (not checked): each node's writer re-reads its key and PUTs ``?cas=<ModifyIndex>`` every 10, 15 or 30 s
(per run; its own phase), the node's cumulative count; a new run's writer starts from the key's value (no reset).
Counts are not timestamped, so a node's clock skew only moves its phase. A write fails while no leader is elected
(elections: first within 5-60 h, mean gap 10-60 h, 3-12 s, 15 % of them flapping for 30-180 s) or while its node's
agent is down (a restart of 5-60 s, first within 10-80 h, mean gap 20-100 h; a lost agent of 3-20 min, 1-3 per run
with probability 0.5, on any of the 8 node slots, idle ones included); the count is carried to the next write. A CAS
that fails (the previous PUT's answer lost, 0.2-1 % of writes) is re-read and retried 0.1-1 s later. A process's stop
(crash or relaunch, the relaunch after a last write) loses the count since its last successful write. A write is
applied 5-40 ms after it is sent. The monitor's agent keeps one of 3 or 5 servers for 2-10 min; a follower lags the
leader by 5-50 ms, or in a lag episode (a slow disk or a snapshot install: first within 5-60 h, mean gap 10-60 h, 5-60
min, lag 2-150 s, log- uniform) by that. Runs read ``?stale`` (75 %) or with the default mode (25 %: reads fail during
elections); in 40 % of the stale runs the monitor re-reads consistently where LastContact is over 2-10 s (failing in
an election: the stale answer kept). Reads at the minute's end plus 2-20 s (per run) and 0-1 s, 1-3 % late by 1-10 s;
0.05-0.2 % fail, and the monitor's agent restarts (first within 10-100 h, mean gap 30-150 h, 10-90 s) fail its reads.
A point is the sum's difference over the monitor's clock since its last good read (in 25 % of runs the clock steps by
up to 8 s either way, once or twice); a failed read gives 0. A sum going backwards (a lagging server after a fresh
one) gives 0; the monitor then rebases to it ("clip", 60 %: the gap is counted again later) or keeps its highest sum
("hold", 40 %).

A point is paused where its window (from its previous read less one write interval and 3 s to its read plus 2 s)
touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is widened to two; a listed
change is the first point after a relaunch's pause span. Labelled regressions from their onset (a share ``a w`` of
each tick's sequences lost, carried through the same writes and reads): ``drop`` (the length-bucket cache lost, the
sequences re-tokenised on the fly: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's
NIC renegotiated in bursts: mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the bucket sampler's
host memory grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then
held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a`` set by bisection on the reads for a loss of 8-33 %
(drop), 10-30 % (straggler) or 12-35 % (leak) over the event's live points, refused above 1; a draw kept where
``hc.shown_depth`` allows (80 tries).

Measured (``heldout115_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    10         11    0.106-0.346  24              2-21 (1721, 0 >60)
long      30      10    9          11    0.095-0.348  17              2-64 (803, 5 >60)

Planned changes listed: short 13, long 14 (of 13 and 14 relaunches); crashes 44 and 43. The path over each set (its
``_build`` runs): short: writes failed in an election 74, with the node's agent down 250, CAS retries 2,795, stops
that lost a count 80, reads going backwards 1, lagged reads (over 1 s) 243, consistent re-reads 96, failed reads 112;
long: 118, 147, 4,127, 69, 12, 349, 0 (no "long" run re-reads), 96. The reads' sum over the live points against the
job's sequences: 0.999-1.001 (short), 1.000-1.002 (long); the live points' minute-to-minute change (median ``|d log|``
per seed) 2.0-15.1 % (short) and 2.4-5.0 % (long), its 99th percentile 12-65 % and 13-110 %. The 15.1 % is seed
1152008 ("short": one node writing every 15 s, its phase within 0.5 s of the monitor's read offset, so the read's 0-1
s jitter takes 3 or 5 of its writes: the read aliasing the writes, kept as the path's own); the largest percentiles
are a lagging follower's catch-up and the count carried over an outage. Live points more than 20 % (``|log|``) off the
job's own minute: 1,252 of 63,937 (short), 328 of 56,211 (long), measured after the table. Measured once; nothing
changed after it but ``SPANS`` (set from it).

Size: over 520 lines with a docstring of about 100 lines (the job's schedule and the path's writes, servers and reads).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT115_SEEDS = tuple(range(1152000, 1152012))
CODE = 115
KIND_P = [0.34, 0.33, 0.33]
TICK, K = 5.0, 12
STEP = TICK * K
EPOCH = 1_790_000_040 - (1_790_000_040 % 60)
SPANS = {"short": (2, 30), "long": (2, 80)}
PATH_KEYS = ("election_writes", "agent_writes", "cas_retries", "lost_at_stop", "backwards", "lagged_reads",
             "consistent_rereads", "failed_reads")
MAXN = 8  # the most nodes a run can reach (4 doubled)


def _episodes(rng, horizon: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint ``(start, end)`` episodes up to ``horizon`` s: the first within ``first`` hours, then gaps of mean
    ``gap`` hours (drawn once), each ``dur`` s long (uniform)."""
    out, mean_gap = [], rng.uniform(*gap) * 3600
    t = rng.uniform(*first) * 3600
    while t < horizon:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean_gap)
    return out


def _in(eps, t: np.ndarray) -> np.ndarray:
    """Which of the times ``t`` lie in one of the episodes ``eps``."""
    m = np.zeros(len(t), bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


# ---- the job ----------------------------------------------------------------------------------------------------

def _level(cfg: dict, st: dict) -> float:
    """The job's steady sequences/s at stage ``st``."""
    nodes = st["nodes"]
    lv = cfg["gpu"] * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)
    lv /= cfg["maxlen"] ** st["maxlen"] * cfg["model"] ** st["model"] * cfg["head"] ** st["head"]
    return float(lv * cfg["fam"] ** st["fam"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: one change, redrawn until the level moves by 15 % or more (within 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = ["maxlen", "model", "fam", "head", "nodes"][int(rng.choice(5, p=[0.25, 0.2, 0.2, 0.15, 0.2]))]
        if what == "head":
            if st["head"]:
                continue
            new["head"] = 1
        elif what == "nodes":
            new["nodes"] = st["nodes"] * 2 if (st["nodes"] == 1 or (rng.random() < 0.5 and st["nodes"] < 4)) \
                else st["nodes"] // 2
        elif what == "fam":
            new["fam"] = st["fam"] + 1
        else:
            new[what] = st[what] + 1
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "model": st["model"] + 1}


def _config(rng) -> dict:
    nodes = int(rng.choice([1, 2, 4], p=[0.3, 0.45, 0.25]))
    fam = rng.uniform(0.8, 1.25)
    while abs(np.log(fam)) < 0.16:
        fam = rng.uniform(0.8, 1.25)
    return {"nodes": nodes, "gpus": int(rng.choice([4, 8])), "eff": rng.uniform(0.88, 0.97),
            "gpu": hc.log_uniform(rng, 40, 400), "maxlen": rng.uniform(1.4, 2.4), "model": rng.uniform(1.6, 3.0),
            "fam": fam, "head": rng.uniform(1.3, 2.2)}


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's pauses, stages and sequences per 5-s tick over ``n`` minutes (and a margin)."""
    long = setting == "long"
    T = (n + 3) * STEP
    cfg = _config(rng)
    st = {"maxlen": 0, "model": 0, "fam": 0, "head": 0, "nodes": cfg["nodes"]}
    n_rel = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    rel_t = sorted(rng.uniform(0.2, 0.85, n_rel) * n * STEP)
    crash_mean = rng.uniform(12, 48) * 3600
    val_gap = (rng.uniform(60, 150) if long else rng.uniform(20, 60)) * 60
    ck_every = int(rng.choice([1, 2]))
    pauses_t, stages, known_t, stops = [], [(0.0, dict(st))], [], []
    counts = {"relaunches": 0, "crashes": 0}

    def start(t, ramp_from, ramp_len, startup=True):
        if startup:
            d = (rng.uniform(20, 50) if long else rng.uniform(3, 12)) * 60
            pauses_t.append((t, t + d, "startup"))
            t += d
        pauses_t.append((t, t + ramp_len, "ramp", ramp_from))
        return t + ramp_len

    t = start(0.0, rng.uniform(0.4, 0.7), rng.uniform(2, 6) * 60)
    next_val, n_val = t + val_gap * rng.uniform(0.5, 1.2), 0
    next_crash = t + max(1200, rng.exponential(crash_mean))
    ri = 0
    while t < T:
        nxt_rel = rel_t[ri] if ri < len(rel_t) else np.inf
        nxt_rel = max(nxt_rel, t + 600)
        which = int(np.argmin([next_val, next_crash, nxt_rel]))
        at = [next_val, next_crash, nxt_rel][which]
        if at >= T:
            break
        t = at
        if which == 0:  # a validation, and after every ``ck_every``-th a checkpoint
            d = (rng.uniform(10, 25) if long else rng.uniform(1.5, 4)) * 60
            pauses_t.append((t, t + d, "valid"))
            t += d
            n_val += 1
            if n_val % ck_every == 0:
                d = rng.uniform(60, 180) if long else rng.uniform(10, 40)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            next_val = t + val_gap * rng.uniform(0.85, 1.15)
        elif which == 1:  # a crash: down, restarted from the last checkpoint, a short ramp
            d = (rng.uniform(6, 18) + rng.uniform(8, 20) if long else rng.uniform(1, 4) + rng.uniform(2, 6)) * 60
            pauses_t.append((t, t + d, "crash"))
            stops.append((t, False))
            counts["crashes"] += 1
            t = start(t + d, rng.uniform(0.7, 0.95), rng.uniform(1, 3) * 60, startup=False)
            next_crash = t + max(1200, rng.exponential(crash_mean))
            next_val = max(next_val, t + 300)
        else:  # a relaunch on a new stage
            ri += 1
            d = (rng.uniform(5, 12) if long else rng.uniform(1, 3)) * 60 + rng.uniform(1, 5) * 60
            pauses_t.append((t, t + d, "relaunch"))
            stops.append((t, True))
            known_t.append(t)
            counts["relaunches"] += 1
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append((t + d, dict(st)))
            t = start(t + d, rng.uniform(0.4, 0.7), rng.uniform(2, 6) * 60)
            next_crash = t + max(1200, rng.exponential(crash_mean))
            next_val = t + val_gap * rng.uniform(0.5, 1.2)
    stages = [(a, s) for a, s in stages if a < T] or stages[:1]
    known_t = [k for k in known_t if k < T]
    counts["relaunches"] = len(known_t)
    nt = int(T / TICK)
    tt = np.arange(nt) * TICK
    # the level per tick (a stage's level from its resume on), the ramps, the pauses' share of each tick
    lv = np.empty(nt)
    nodes = np.empty(nt, int)
    edges = [a for a, s in stages] + [np.inf]
    for (a, s), b in zip(stages, edges[1:]):
        m = (tt + TICK > a) & (tt < b) if a > 0 else tt < b
        lv[m] = _level(cfg, s)
        nodes[m] = s["nodes"]
    frac = np.ones(nt)
    for p in pauses_t:
        a, b = p[0], p[1]
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            continue
        seg = tt[i0:i1]
        if p[2] == "ramp":
            mid = np.clip((seg + 0.5 * TICK - a) / (b - a), 0, 1)
            frac[i0:i1] *= p[3] + (1 - p[3]) * mid
        else:
            ov = np.minimum(b, seg + TICK) - np.maximum(a, seg)
            frac[i0:i1] *= 1 - np.clip(ov / TICK, 0, 1)
    steps = rng.uniform(2.5, 16)
    ar_sd, tau = rng.uniform(0.015, 0.04), rng.uniform(15, 60)
    phi = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, ar_sd * np.sqrt(1 - phi * phi), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    bucket = rng.normal(0, 0.25 / np.sqrt(steps), nt)
    J = lv * frac * TICK * np.exp(ar + slow + bucket - 0.5 * (0.25 ** 2 / steps))
    J[frac <= 0] = 0.0
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, J=J, nodes=nodes, pauses_t=[p[:3] for p in pauses_t],
                           ramps=[(p[0], p[1]) for p in pauses_t if p[2] == "ramp"], stages=stages,
                           known_t=known_t, stops=stops, counts=counts, dt=STEP)


# ---- the path ---------------------------------------------------------------------------------------------------

def _path(rng, run) -> SimpleNamespace:
    """The writes that succeed (per node: when applied, up to which tick), the reads (when, the server's view, the
    monitor's clock) and the monitor's policy: all independent of the job's counts."""
    T, nt = run.T, run.nt
    c = dict.fromkeys(PATH_KEYS, 0)
    W = float(rng.choice([10.0, 15.0, 30.0]))
    elect = []
    for a, b in _episodes(rng, T, (5, 60), (10, 60), (3, 12)):
        elect.append((a, a + rng.uniform(30, 180)) if rng.random() < 0.15 else (a, b))
    down = [_episodes(rng, T, (10, 80), (20, 100), (5, 60)) for _ in range(MAXN)]
    if rng.random() < 0.5:
        for _ in range(int(rng.integers(1, 4))):
            i, a = int(rng.integers(MAXN)), rng.uniform(0, T)
            down[i] = sorted(down[i] + [(a, a + rng.uniform(3, 20) * 60)])
    p_cas = rng.uniform(0.002, 0.01)
    active = [np.nonzero(run.nodes > i)[0] for i in range(MAXN)]
    stops = np.array([t for t, clean in run.stops])
    flush = np.array([t for t, clean in run.stops if clean])
    counted = np.ones((MAXN, nt))
    applied, upto = [], []
    for i in range(MAXN):
        ws = rng.uniform(0, W) + np.arange(0, T / W) * W
        ws = np.sort(np.concatenate([ws, flush]))  # a relaunch's stopping process writes once more
        up = np.ones(len(ws), bool)
        if len(active[i]):
            ti = np.minimum((ws // TICK).astype(int), nt - 1)
            up &= run.nodes[ti] > i
        else:
            up[:] = False
        e_fail, a_fail = _in(elect, ws), _in(down[i], ws)
        c["election_writes"] += int((up & e_fail).sum())
        c["agent_writes"] += int((up & a_fail & ~e_fail).sum())
        ok = up & ~e_fail & ~a_fail
        delay = rng.uniform(0.005, 0.04, len(ws))
        cas = rng.random(len(ws)) < p_cas
        c["cas_retries"] += int((ok & cas).sum())
        delay += np.where(cas, rng.uniform(0.1, 1.0, len(ws)), 0.0)
        good = ws[ok]
        for s in stops:  # the count since the last good write before a stop is lost
            if i >= run.nodes[min(int(s // TICK), nt - 1)]:
                continue
            j = np.searchsorted(good, s, side="right") - 1
            last = good[j] if j >= 0 else 0.0
            if s - last > 1e-9:
                lo, hi = int(last // TICK), int(s // TICK)
                if hi > lo:
                    counted[i, lo:hi] = 0.0
                    c["lost_at_stop"] += 1
        applied.append(good + delay[ok])
        upto.append(np.minimum((good // TICK).astype(int), nt))
    n = run.n
    off = rng.uniform(2, 20)
    reads = (np.arange(n) + 1) * STEP + off + rng.uniform(0, 1, n)
    late = rng.random(n) < rng.uniform(0.01, 0.03)
    reads += np.where(late, rng.uniform(1, 10, n), 0.0)
    stale = rng.random() < 0.75
    recheck = stale and rng.random() < 0.4
    thr = rng.uniform(2, 10)
    n_srv = int(rng.choice([3, 5]))
    srv = np.empty(n, int)
    k = 0
    while k < n:
        d = int(rng.uniform(2, 10))
        srv[k:k + d] = rng.integers(n_srv)
        k += d
    lag = rng.uniform(0.005, 0.05, n)
    for a, b in _episodes(rng, T, (5, 60), (10, 60), (300, 3600)):
        s, L = int(rng.integers(n_srv)), hc.log_uniform(rng, 2, 150)
        m = (reads >= a) & (reads < b) & (srv == s)
        lag[m] = L
    in_el = _in(elect, reads)
    if recheck:
        re = lag > thr
        c["consistent_rereads"] += int(re.sum())
        lag[re & ~in_el] = 0.0
    c["lagged_reads"] += int((lag > 1).sum())
    failed = rng.random(n) < rng.uniform(0.0005, 0.002)
    failed |= _in(_episodes(rng, T, (10, 100), (30, 150), (10, 90)), reads)
    if not stale:
        failed |= in_el
    c["failed_reads"] += int(failed.sum())
    clock = reads.copy()
    if rng.random() < 0.25:
        for _ in range(int(rng.integers(1, 3))):
            clock[reads >= rng.uniform(0, T)] += rng.uniform(-8, 8)
    idx = np.stack([np.searchsorted(applied[i], reads - lag, side="right") - 1 for i in range(MAXN)])
    return SimpleNamespace(W=W, counted=counted, applied=applied, upto=upto, reads=reads, lag=lag, failed=failed,
                           clock=clock, idx=idx, policy="clip" if rng.random() < 0.6 else "hold", counts=c,
                           elect=elect, stale=stale)


def _shares(run) -> np.ndarray:
    """Each node's share of the job's sequences per tick (equal among the stage's nodes)."""
    i = np.arange(MAXN)[:, None]
    return np.where(i < run.nodes[None, :], 1.0 / run.nodes[None, :], 0.0)


def _sums(path, share: np.ndarray, J: np.ndarray) -> np.ndarray:
    """The prefix's sum at each read: per node its key's count (the last write the answering server had applied)."""
    C = np.concatenate([np.zeros((MAXN, 1)), np.cumsum(share * path.counted * J[None, :], axis=1)], axis=1)
    S = np.zeros(path.idx.shape[1])
    for i in range(MAXN):
        j = path.idx[i]
        if not len(path.upto[i]):
            continue
        val = C[i, path.upto[i][np.maximum(j, 0)]]
        S += np.where(j >= 0, val, 0.0)
    return S


def _points(path, S: np.ndarray, count: bool = False) -> np.ndarray:
    """The monitor's points: each good read's sum less its base (the last good read's sum, "clip", or the highest
    so far, "hold"), over its clock's time since the last good read; a failed read gives 0."""
    n = len(S)
    good = np.nonzero(~path.failed)[0]
    Sg = S[good]
    prev = np.concatenate([[0.0], Sg[:-1]])
    base = prev if path.policy == "clip" else np.maximum.accumulate(prev)
    t_prev = np.concatenate([[path.clock[0] - STEP], path.clock[good][:-1]])
    d = Sg - base
    v = np.zeros(n)
    v[good] = np.maximum(d, 0.0) / np.maximum(path.clock[good] - t_prev, 1.0)
    if count:
        path.counts["backwards"] += int((d < 0).sum())
    return v


def _spans(run, path, h: np.ndarray) -> list[tuple[int, int]]:
    """The paused points: a window touching a pause or a ramp's first half, or a read of nothing; lone ones widened."""
    n = run.n
    r = path.reads
    lo = np.concatenate([[0.0], r[:-1]]) - path.W - 3
    hi = r + 2
    bad = h <= 0
    for p in run.pauses_t:
        a, b = p[0], p[1]
        if p[2] == "ramp":
            b = a + 0.5 * (b - a)
        s, e = np.searchsorted(hi, a), np.searchsorted(lo, b)
        bad[s:min(e, n)] = True
    spans: list = []
    for k in np.nonzero(bad)[0]:
        hc.add_span(spans, int(k), int(k) + 1)
    out: list = []
    for s, e in spans:
        if e - s == 1:
            s, e = (s, e + 1) if e < n else (s - 1, e)
        hc.add_span(out, s, e)
    return out


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the monitor's healthy points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    run.share = _shares(run)
    run.S = _sums(run.path, run.share, run.J)
    h = _points(run.path, run.S, count=True)
    spans = _spans(run, run.path, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


# ---- the regressions --------------------------------------------------------------------------------------------

def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    w, k, on = np.empty(length), 0, True
    calm = rng.uniform(0.05, 0.25)
    m_on, m_off = rng.uniform(5, 30), rng.uniform(20, 90)
    while k < length:
        d = max(1, int(rng.exponential(m_on if on else m_off)))
        w[k:k + d] = 1.0 if on else calm
        k += d
        on = not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    ts = np.arange(n) * STEP
    pauses = [(a, b) for a, b, k in run.pauses_t if k != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if last >= n:
            continue
        t0 = hc.onset_time(rng, pauses, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset + 5, max(ramp, 1))
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        wt = np.zeros(run.nt)
        wt[i0:i1] = w[np.arange(i0, i1) // K - onset]
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))

        G = _sums(run.path, run.share, run.J * wt)  # the sums are linear in the job's counts

        def values(a):
            return _points(run.path, run.S - a * G)

        def loss(v):
            return hc.live_loss(v, healthy, live, onset, stop)[0]

        if loss(values(1.0)) < target:
            continue
        a_lo, a_hi = 0.0, 1.0
        for _ in range(12):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(values(mid)) < target else (a_lo, mid)
        v = values(0.5 * (a_lo + a_hi))
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
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, healthy[on:end] - v[on:end])
    return None


def make_heldout115(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout115_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT115_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout115, seeds, n, pauses)
