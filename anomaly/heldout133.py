"""The hundred-and-thirty-third held-out throughput family: a neural vocoder's training audio seconds/s (a
HiFi-GAN-style GAN vocoder), each rank adding its audio seconds every 20 s to a Cloud Firestore distributed counter
(one of N shard documents of a per-minute counter), the monitor summing the shards with a query every 30 s.

(No generator's head names Firestore, a distributed counter, a vocoder, HiFi-GAN, a discriminator, offline
persistence or an atomic increment (``grep -ic`` on ``/tmp/s56/genheads129.txt``: 0 each); "audio" (6 heads),
"speech" (5) and "waveform" (3) match heads of an ASR model's, a text-to-speech model's, a neural audio codec's, a
speech-enhancement model's and a music model's jobs, "shard" (3) and "increment" (1) match heads of other paths (a
sharded embedding table, sharded Parquet files, Netdata's incremental algorithm): the unit (audio seconds/s) is not
new; the GAN vocoder's alternating generator / discriminator steps on short random segments, and the path (write-time
keyed per-minute counter documents summed over shards, client retries, offline queues) are. Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout129.py`` lines 1-110 and 595-604 (its
``make_heldout129`` and ``heldout129_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout129.py`` (all), ``anomaly/heldout_common.py`` (all, in parts: one ``cat`` was truncated by
the tool), ``tests/trace_checks.py`` (all, in parts), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py``
lines 1-110, ``/tmp/s56/genheads129.txt`` through ``grep -i``/``grep -c`` only (two ``grep -i`` printed the matching
heads' lines, cut at 200 characters). Slips: a ``wc -l`` of ``anomaly/heldout129.py`` (604 lines),
``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` with the ``grep -n``; none else.

Public sources read (excerpts through the search tool): Firestore's "Distributed counters" solution page (a single
document cannot be updated at an unlimited rate: contention; a counter is a document with a subcollection of shards,
its value the sum of the shards; write throughput linear in the shards; the Python sample's shard "can support being
incremented once per second"); the Distributed Counter extension's page (one sustained write per second per
document; writes sharded across documents; "works offline"); "Access data offline" (offline persistence caches the
data, writes made offline are synchronised when the device is back online; enabled by default on Android and Apple,
not on the web; for several changes to one document the last write wins); ``TransactionOptions.maxAttempts`` (default
5 attempts to commit, then the transaction fails); nodejs-firestore's PR 953 (a transaction restarted on ABORTED
without backoff, on UNAVAILABLE / DEADLINE_EXCEEDED / RESOURCE_EXHAUSTED with backoff); transactions and batched
writes (a concurrent edit runs the transaction again). HiFi-GAN configurations (the reference ``config_v1`` as copied
in several repositories, NeMo's and SpeechBrain's recipes): segments of 8192 samples (16384 at 44.1 kHz), 22,050 Hz,
80 mels, batch 16, 4 data-loader workers, validation every 1,000 steps, checkpoints every 5,000; a generator, a
multi-period discriminator (periods 2, 3, 5, 7, 11) and a multi-scale one updated in turn. Not read (from memory,
unchecked): that offline persistence exists only in the mobile / web SDKs (so the ranks here run such a client or a
sidecar); that an increment retried after a lost response is applied twice (it is not idempotent); the server's
pessimistic locking for server SDKs' transactions.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.86-0.97 per node doubling); a GPU trains
10-60 audio seconds/s (log-uniform: 3-10 steps/s of 16 segments of 0.37 s) at the first stage. Stages (relaunches, 0-3
at 15-85 % of the run, 1 h or more apart): longer segments (0.75-0.9 times the rate, at most twice), an added
multi-resolution discriminator (once: the rate divided by 1.25-1.6), fine-tuning on the acoustic model's predicted mels
read from disk (once: 0.9-1.3 times) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3
times). The generator's and the discriminators' updates alternate within each step (not modelled: they average out in a
5-s tick). Noise: the CPU workers cutting segments and computing mels make the per-5-s rate swing (an AR(1) of its log,
sd 3-8 %, correlation 10-60 s), a slow OU (sd 1-3 %, 20-120 min), and loader stalls (0.5-4 an hour, 5-40 s at 10-50 % of
the rate). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 50-80 % over 2-6 min; validation synthesis (whole
utterances, mel L1) every 20-60 min of training, 1-3 min ("long" 8-20), every 2nd or 3rd with a checkpoint of the
generator, both discriminators and their optimisers (10-40 s more, "long" 1-3 min); crashes (a NaN in the adversarial
losses, an OOM on a long validation utterance: exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up
of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its
ramp.

On the path (not checked): each rank's sender sleeps 20 s plus 5-200 ms between increments (a monotonic timer from its
process's start, 0-2 s apart across ranks), so its phase drifts and a minute now and then holds 2 or 4 of its
increments; each increment carries the audio seconds since its last one (a share 1/R of the job's) to the counter of the
minute of its node's clock (offset sd 0.05-0.5 s; in 30 % of runs one of 4 node slots stepped 5-40 s either way for
10-60 min: none hit where the job has fewer nodes), on a random shard of N (R/3 to R shards). A commit takes 30-200 ms
(median, log-normal); writes on one shard within 1 s of each other queue (0.3-1.2 s each); in 40 % of runs they are
transactions that abort on contention (each try with probability ``1 - 1/(1 + 0.3 c)``, ``c`` the writes before it; 5
tries, then failed), else batched writes of an atomic increment (never aborted). Network trouble (0.3-3 episodes a day,
20-600 s, 30 % of them the whole job, else one of 4 node slots, as for the steps): offline persistence queues the node's
writes, sent 0.5-5 s after the episode; 5-30 % of the writes sent in the 2 s before it were applied and are sent again
(a second count). Elsewhere 1e-5-3e-4 of the commits are applied twice (a retry after a lost response, 1-30 s later) and
1e-5-2e-4 fail; a failed write is lost, or (half the runs) its audio seconds ride the rank's next increment. A crash
loses the audio since the rank's last increment and its writes still queued offline (half the runs keep them in a
persistent cache: sent 5 min after the crash, late); a relaunch flushes them. The monitor (clock offset sd 0.1-0.5 s; in
20 % of runs stepped 5-40 s for 10-60 min) queries every 30 s and reads a minute's sum at its second query after the
minute's end (30-60 s after it on its clock); a query fails 1e-4-1e-3 of the time (the next one reads it); it restarts
(first within 2-40 h, then a mean gap of 20-80 h, down 10-120 s, or 1 in 5 a redeploy of 3-15 min): a minute whose read
falls in a restart is read at the first query after it, or not at all where that is over M (3-5) minutes after its end.
A write committed after its minute's read is never seen (the counters are not re-read). The reads are linear in the
job's audio seconds: the writes' times and fates are the healthy run's.

A point is the read of one minute's counter (audio seconds / 60). A point is paused where its minute touches a pause
(or a ramp's first half) or where it reads nothing; spans with no live point between are merged; a listed change is
the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each tick's audio lost, carried
through the same writes and reads): ``drop`` (a data-loader worker pool shrunk after a host OOM-kill, the GPUs
starved: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one GPU throttled in bursts, every rank
waiting at its all-reduce: 1 for a mean of 8-30 points, calm for a mean of 20-80 at 0.05-0.25), ``leak`` (the workers'
cache of decoded waveforms growing with no eviction, pushing the host into swap: ``w = (s / ramp) ** p``, ``p``
0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost audio (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout133_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    9          11    0.077-0.300  25              1-17 (1938, 0 >60)
long      28      9     10         9     0.086-0.326  19              1-62 (1276, 2 >60)

Planned changes listed: short 16, long 14 (of 16 and 14 relaunches; none kept its stage); crashes 39 and 39. The path
over each set (counts): short: rank lives ending in a crash with unsent audio 784, writes queued behind another on their
shard 416854, transaction tries aborted 44514, writes failed 415, carried to the rank's next increment 101, second
copies from retries 560, from writes in flight at a disconnect 21, writes queued offline 7214, lost offline at a crash
0, writes committed after their minute's read (never seen) 4482, rank increments keyed on a stepped clock (rank lives
hit) 24, failed queries 30, reads deferred by a monitor restart 107, unread points 54; long: 528, 291816, 33004, 357,
288, 272, 9, 4386, 0, 2890, 32, 25, 57, 11. The reads' sum over the live points against the job's audio: 0.999-0.999
(short), 0.998-1.000 (long); the live minute-to-minute change (median ``|d log|`` per seed) 2.3-5.3 % (short) and
2.5-5.5 % (long), its 99th percentile 28-57 % (short) and 27-60 % (long); the live median level 71-1,177 audio seconds/s
(short), 93-883 (long). One change of the laws after the first measure: a monitor restart was always 10-120 s, so no
point went unread; 1 in 5 is now a redeploy of 3-15 min (the events and the "long" spans did not move, the pause spans
by 5 (short) and 1 (long), the onsets near a pause by 1 (short)). The tests check the laws on the first 4 seeds at 3,000
points (``SPANS`` bounds their spans' lengths and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT133_SEEDS = tuple(range(1332000, 1332012))
CODE = 133
TICK = 5.0  # the job's grid (s)
STEP = 60.0  # one point: a minute's counter
K = int(STEP / TICK)
EPOCH = 1_789_999_980  # a multiple of 60
PERIOD = 20.0  # a rank's increments
KIND_P = (0.34, 0.33, 0.33)
TAIL = 900.0  # simulated time past the last point (late reads)
SPANS = {"short": (1, 20), "long": (1, 65)}  # bounds of the pause spans' lengths (points)
PATH_KEYS = ("unsent_at_crash", "contended", "aborted", "failed", "carried", "dup_retry", "dup_flight", "offline",
             "lost_offline", "late", "step_minutes", "query_failed", "deferred_reads", "unread")
PAUSE = {  # (short, long) ranges in minutes
    "startup": ((3, 10), (25, 60)), "eval": ((1, 3), (8, 20)), "ckpt": ((10 / 60, 40 / 60), (1, 3)),
    "crash": ((1, 4), (6, 18)), "restart": ((2, 6), (8, 20)), "relaunch": ((1, 3), (5, 12)),
}


def _mins(rng, kind: str, setting: str) -> float:
    lo, hi = PAUSE[kind][hc.SETTINGS[setting]]
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The job's audio seconds/s at a stage (no noise)."""
    nodes = st["nodes"]
    lv = cfg["gpu"] * 8 * nodes * cfg["eff"] ** np.log2(nodes)
    lv *= cfg["seg_c"] ** st["seg"] / cfg["disc_c"] ** st["disc"] * cfg["ft_c"] ** st["ft"]
    return float(lv)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: redrawn until the level moves 15 % (1/3 to 3 times); the stage kept after 50 draws."""
    for _ in range(50):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif r < 0.5 and st["seg"] < 2:
            new["seg"] += 1
        elif r < 0.75 and not st["disc"]:
            new["disc"] = 1
        elif not st["ft"]:
            new["ft"] = 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return dict(st)


def _schedule(rng, n: int, setting: str):
    """The job's pauses, lives and stages, and its audio seconds per 5-s tick ``J``."""
    T = n * STEP + TAIL
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 10, 60), "eff": rng.uniform(0.86, 0.97), "seg_c": rng.uniform(0.75, 0.9),
           "disc_c": rng.uniform(1.25, 1.6), "ft_c": rng.uniform(0.9, 1.3)}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "seg": 0, "disc": 0, "ft": 0}
    n_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * n * STEP)
    re_t = [t for i, t in enumerate(re_t) if i == 0 or t - re_t[i - 1] >= 3600]
    crash_mean = 3600 * rng.uniform(12, 48)
    eval_mean, ck_every = 60 * rng.uniform(20, 60), int(rng.integers(2, 4))
    pauses, lives, ramps, stages, known = [], [], [], [(0.0, dict(st))], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t, life0, n_eval = 0.0, 0.0, 0

    def start(t, kind, dur):
        pauses.append((t, t + dur, kind))
        ramps.append((t + dur, rng.uniform(0.5, 0.8), rng.uniform(120, 360)))
        return t + dur

    t = start(t, "startup", _mins(rng, "startup", setting))
    next_crash = t + rng.exponential(crash_mean)
    next_eval = t + eval_mean * rng.uniform(0.8, 1.2)
    while t < T:
        nxt = min(next_crash, next_eval, re_t[0] if re_t else np.inf)
        if nxt >= T:
            break
        t = max(nxt, t + 60)
        if re_t and nxt == re_t[0]:
            re_t.pop(0)
            lives.append((life0, t, True))
            counts["relaunches"] += 1
            lv = _level(cfg, st)
            new = _next_stage(rng, cfg, st, lv)
            counts["kept_stage"] += new == st
            st = new
            dur = _mins(rng, "relaunch", setting) + rng.uniform(60, 300)
            pauses.append((t, t + dur, "relaunch"))
            life0 = t + dur
            t = start(t + dur, "startup", _mins(rng, "restart", setting))
            stages.append((t, dict(st)))
            if new != stages[-2][1]:
                known.append(t)
            next_eval = t + eval_mean * rng.uniform(0.8, 1.2)
        elif nxt == next_crash:
            lives.append((life0, t, False))
            counts["crashes"] += 1
            dur = _mins(rng, "crash", setting)
            pauses.append((t, t + dur, "crash"))
            life0 = t + dur
            t = start(t + dur, "startup", _mins(rng, "restart", setting))
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + eval_mean * rng.uniform(0.8, 1.2)
        else:
            n_eval += 1
            ck = n_eval % ck_every == 0
            dur = _mins(rng, "eval", setting) + (_mins(rng, "ckpt", setting) if ck else 0.0)
            pauses.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            next_eval = t + eval_mean * rng.uniform(0.8, 1.2)
    lives.append((life0, T, True))
    pauses = [(a, min(b, T), k) for a, b, k in pauses if a < T]
    # the rate per tick
    tt = (np.arange(nt) + 0.5) * TICK
    lv = np.empty(nt)
    for (t0, s), (t1, _) in zip(stages, stages[1:] + [(T + 1, None)]):
        lv[int(t0 // TICK):int(np.ceil(t1 / TICK))] = _level(cfg, s)
    f = np.ones(nt)
    for e, r0, dur in ramps:
        i0, i1 = int(e // TICK), min(nt, int(np.ceil((e + dur) / TICK)))
        f[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - e) / dur, 0, 1)
    a1 = np.exp(-TICK / rng.uniform(10, 60))
    sd = rng.uniform(0.03, 0.08)
    x = np.empty(nt)
    e = rng.normal(0, sd * np.sqrt(1 - a1 * a1), nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a1 * x[i - 1] + e[i]
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), 60 * rng.uniform(20, 120))
    x += np.interp(tt, np.arange(len(slow)) * 60.0, slow)
    for s0 in np.cumsum(rng.exponential(3600 / rng.uniform(0.5, 4), int(T / 900) + 5)):
        if s0 >= T:
            break
        i0 = int(s0 // TICK)
        f[i0:i0 + int(rng.uniform(5, 40) // TICK) + 1] *= rng.uniform(0.1, 0.5)
    on = np.ones(nt)
    for a, b, _ in pauses:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        lo, hi = np.arange(i0, i1) * TICK, np.arange(i0 + 1, i1 + 1) * TICK
        on[i0:i1] -= np.clip(np.minimum(hi, b) - np.maximum(lo, a), 0, None) / TICK
    J = lv * f * np.exp(x - sd * sd / 2) * np.clip(on, 0, 1) * TICK
    return SimpleNamespace(n=n, nt=nt, T=T, dt=STEP, cfg=cfg, pauses_t=pauses, lives=lives, ramps=ramps,
                           stages=stages, known_t=known, counts=counts, J=J)


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative audio at times ``t`` (linear within a tick)."""
    x = np.clip(np.asarray(t) / TICK, 0, len(C) - 1)
    i = np.minimum(x.astype(int), len(C) - 2)
    return C[i] + (x - i) * (C[i + 1] - C[i])


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> list:
    out, t = [], rng.exponential(86400 / per_day)
    while t < T:
        d = hc.log_uniform(rng, lo, hi)
        out.append((t, t + d))
        t += d + rng.exponential(86400 / per_day)
    return out


def _path(rng, run):
    """Every rank's increments as the monitor reads them: the audio window ``(prev, put]`` of each counted copy,
    the point it counts in and its weight (1 / (R * 60)); all independent of the job's rate."""
    n, T = run.n, run.T
    stage_t = np.array([t for t, _ in run.stages])
    c = {k: 0 for k in PATH_KEYS}
    tx, carry, persist = rng.random() < 0.4, rng.random() < 0.5, rng.random() < 0.5
    lat_med = rng.uniform(0.03, 0.2)
    p_dup, p_fail = hc.log_uniform(rng, 1e-5, 3e-4), hc.log_uniform(rng, 1e-5, 2e-4)
    p_flight = rng.uniform(0.05, 0.3)
    node_off = rng.normal(0, rng.uniform(0.05, 0.5), 4)
    steps = []
    if rng.random() < 0.3:
        a = rng.uniform(0, T - 3600)
        steps.append((int(rng.integers(4)), a, a + 60 * rng.uniform(10, 60), rng.choice([-1, 1]) * rng.uniform(5, 40)))
    trouble = [(a, b, -1 if rng.random() < 0.3 else int(rng.integers(4)))
               for a, b in _episodes(rng, T, rng.uniform(0.3, 3), 20, 600)]
    cols = {k: [] for k in ("prev", "put", "clock", "node", "rid", "R", "shard", "end", "flush")}
    for li, (a, b, flush) in enumerate(run.lives):
        R = 8 * run.stages[max(0, int(np.searchsorted(stage_t, a + 1e-6, side="right")) - 1)][1]["nodes"]
        n_sh = max(1, int(round(R / rng.uniform(1, 3))))
        for r in range(R):
            per = PERIOD + rng.uniform(0.005, 0.2)
            put = a + rng.uniform(0, 2) + per * np.arange(1, int((b - a) / per) + 2)
            put = put[put < b]
            if flush:
                put = np.append(put, b)
            elif b > a:
                c["unsent_at_crash"] += 1
            if not len(put):
                continue
            m = len(put)
            clock = put + node_off[r // 8]
            for nd, s0, s1, d in steps:
                if nd == r // 8:
                    hit = (put >= s0) & (put < s1)
                    clock[hit] += d
                    c["step_minutes"] += int(hit.any())
            for k, v in (("prev", np.concatenate([[a], put[:-1]])), ("put", put), ("clock", clock),
                         ("node", np.full(m, r // 8)), ("rid", np.full(m, li * 64 + r)), ("R", np.full(m, R)),
                         ("shard", li * 1000 + rng.integers(n_sh, size=m)), ("end", np.full(m, b)),
                         ("flush", np.full(m, flush))):
                cols[k].append(v)
    p = {k: np.concatenate(v) for k, v in cols.items()}
    m = len(p["put"])
    commit = p["put"] + lat_med * np.exp(rng.normal(0, 0.5, m))
    # contention: writes on the same shard within 1 s queue, and transactions abort
    key = p["shard"] * 1e7 + p["put"]
    order = np.argsort(key, kind="stable")
    ks = key[order]
    cont = np.empty(m)
    cont[order] = np.arange(m) - np.searchsorted(ks, ks - 1.0)
    commit += cont * rng.uniform(0.3, 1.2, m)
    c["contended"] = int((cont > 0).sum())
    failed = rng.random(m) < p_fail
    if tx:
        q = 1 - 1 / (1 + 0.3 * cont)
        c["aborted"] = int((rng.random(m) < q).sum())
        failed |= rng.random(m) < q ** 5
    c["failed"] = int(failed.sum())
    w = np.ones(m)
    prev = p["prev"].copy()
    for i in np.nonzero(failed)[0]:
        w[i] = 0
        if carry and i + 1 < m and p["rid"][i + 1] == p["rid"][i]:
            prev[i + 1] = prev[i]
            c["carried"] += 1
    # copies: retries after a lost response, writes in flight when the network went
    extra = [np.nonzero((rng.random(m) < p_dup) & (w > 0))[0]]
    c["dup_retry"] = len(extra[0])
    ex_commit = [commit[extra[0]] + rng.uniform(1, 30, len(extra[0]))]
    for a, b, nd in trouble:
        on = (nd < 0) | (p["node"] == nd)
        off = on & (p["put"] >= a) & (p["put"] < b) & (w > 0)
        c["offline"] += int(off.sum())
        lost = off & ~p["flush"] & (p["end"] < b)
        if not persist:
            w[lost] = 0
            c["lost_offline"] += int(lost.sum())
        commit[off] = np.where(lost, p["end"] + 300, b)[off] + rng.uniform(0.5, 5, int(off.sum()))
        fl = np.nonzero(on & (p["put"] >= a - 2) & (p["put"] < a) & (w > 0) & (rng.random(m) < p_flight))[0]
        c["dup_flight"] += len(fl)
        extra.append(fl)
        ex_commit.append(b + rng.uniform(0.5, 5, len(fl)))
    ex = np.concatenate(extra).astype(int)
    prev, put = np.concatenate([prev, prev[ex]]), np.concatenate([p["put"], p["put"][ex]])
    commit, w = np.concatenate([commit, np.concatenate(ex_commit)]), np.concatenate([w, w[ex]])
    R, idx = np.concatenate([p["R"], p["R"][ex]]), np.floor(np.concatenate([p["clock"], p["clock"][ex]]) / STEP)
    # the monitor's reads: a minute's at its second query after the minute's end, on its clock
    i = np.arange(n)
    off = rng.normal(0, rng.uniform(0.1, 0.5)) * np.ones(n)
    if rng.random() < 0.2:
        a = int(rng.integers(n - 60))
        off[a:a + int(rng.uniform(10, 60))] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    read = (i + 1) * STEP + 30 + rng.uniform(0, 30) - off
    fails = rng.random(n) < hc.log_uniform(rng, 1e-4, 1e-3)
    c["query_failed"] = int(fails.sum())
    read[fails] += 30
    M = int(rng.integers(3, 6))
    t, gap = hc.log_uniform(rng, 2, 40) * 3600, hc.log_uniform(rng, 20, 80) * 3600
    unread = np.zeros(n, bool)
    while t < T:
        d1 = t + (rng.uniform(10, 120) if rng.random() < 0.8 else 60 * rng.uniform(3, 15))
        hit = (read >= t) & (read < d1)
        read[hit] = d1 + rng.uniform(0, 30)
        c["deferred_reads"] += int(hit.sum())
        unread |= hit & (read > (i + 1) * STEP + M * STEP)
        t = d1 + rng.exponential(gap)
    c["unread"] = int(unread.sum())
    ok = (idx >= 0) & (idx < n) & (w > 0)
    ki = np.where(ok, idx, 0).astype(int)
    seen = ok & (commit <= read[ki]) & ~unread[ki]
    c["late"] = int((ok & (commit > read[ki])).sum())
    return SimpleNamespace(prev=prev[seen], put=put[seen], idx=ki[seen], wt=w[seen] / (R[seen] * STEP), counts=c,
                           tx=tx, carry=carry, persist=persist, unread=unread, read=read)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (audio seconds/s per minute) of a job's audio per tick ``J``: linear in ``J``."""
    C, p = _cum(J), run.path
    return np.bincount(p.idx, p.wt * (_at(C, p.put) - _at(C, p.prev)), minlength=run.n)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    marks = [(a, b, k) for a, b, k in run.pauses_t] + [(e, e + 0.5 * d, "ramp") for e, r0, d in run.ramps]
    spans = []
    for s, e in hc.rollup_spans(sorted(marks), STEP, n) + [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]:
        spans.append((s, e))
    merged = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    merged = [(s, e) for s, e in merged if s < n]
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per 5-s tick (``length`` ticks, a leak's ramp ``ramp`` ticks)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    w, i, on, calm = np.empty(length), 0, True, rng.uniform(0.05, 0.25)
    m_on, m_off = rng.uniform(8, 30) * K, rng.uniform(20, 80) * K
    while i < length:
        d = 1 + int(rng.exponential(m_on if on else m_off))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pairs = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.T if to_end else stop * STEP
        i0, i1 = int(t0 // TICK), min(run.nt, int(t1 // TICK))
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, max(1, ramp * K))
        loss = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        lv = live[c0:stop]
        ls = loss[c0:stop][lv].sum()
        if ls <= 0:
            continue
        a = target * healthy[c0:stop][lv].sum() / ls
        if a > 1:
            continue
        v = np.maximum(healthy - a * loss, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout133(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout133_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT133_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout133, seeds, n, pauses)
