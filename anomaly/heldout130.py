"""The hundred-and-thirtieth held-out throughput family: a side-scan sonar target classifier's training, snippets/s (a
CNN over sonar image snippets cut around contacts from survey swaths, a weighted sampler against heavy class
imbalance, speckle, range-gain and rotation augmentation on CPU workers, swaths decoded from survey files in large
shards), each rank sending a GELF message over UDP with its snippets every 5 s to a Graylog input, a saved search
summing the counts per minute by the messages' own timestamps, the monitor reading the sums.

(No generator's head names Graylog, GELF, sonar, side-scan, a swath, a snippet, speckle, a weighted sampler, class
imbalance, an extractor, a saved search, a datagram or clock skew (``grep -ic`` on ``/tmp/s56/genheads129.txt``: 0
each); "journal", "UDP" and "chunk" match one head each (systemd-journald followed by ``journalctl``; rsyslog
forwarding over UDP to ``ompgsql``; a diarization job's chunks/s): the job (sonar target classification) and the path
(GELF datagrams to a Graylog input, its journal, a per-minute saved search by the messages' own timestamps) are new.
Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout129.py`` lines 1-110 and 595-604 (its
``make_heldout129`` and ``heldout129_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout129.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s56/genheads129.txt`` through
``grep -i``/``grep -c`` only (three ``grep -i`` printed the matching heads' lines, cut at 220 characters). Slip: a ``wc
-l`` of ``anomaly/heldout129.py`` (604 lines) with the ``grep -n``; none else. My scratch scripts (``/tmp/w130s/``, not
committed) built and measured this family only.

Public sources read (excerpts through the search tool): Graylog's GELF format page (GELF over UDP; datagrams limited
to 65536 bytes and some Graylog components to 8192; chunked GELF: a header with a message id and a sequence number
prepended to each chunk to reassemble the message); GELF libraries (graypy's chunking, the Rust ``gelf`` and
``slog-gelf`` crates, gelfd2: magic bytes ``0x1e 0x0f``, 12 bytes of header, LAN chunks of 8154 bytes, WAN 1420, at
most 128 chunks a message); Graylog's Raw HTTP input page (an input's receive buffer size: a larger buffer lowers the
chance of data loss at high traffic); two notes on Graylog's input and process buffers (a Disruptor ring; with the
message journal on, raw messages are written to the journal, a Kafka-like log, and processed from it); an event
definition of Graylog's API (an aggregation with ``search_within_ms`` 60000 and ``execute_every_ms`` 60000; its job's
absolute timerange, ``processing_window_size`` and ``processing_hop_size``). Not read (from memory, unchecked): that
a chunked message missing a chunk is discarded (after about 5 s); that a GELF message's ``timestamp`` is set by the
sender and kept; that Graylog commits the journal's read offset only now and then, so an unclean stop processes the
last messages again (duplicates); that its event processors may wait until the indexer has processed a timerange
(I draw it: half the runs wait); that missed scheduled runs are caught up after a restart. Nothing read on the job:
its figures are assumed.

Assumed without checking (the job): 2, 4 or 8 GPUs a node (25/45/30 %), 1 node (75 %) or 2 (later 1, 2 or 4; a
doubling at 0.85-0.96); a GPU trains 250-2500 snippets/s (log-uniform) at the smallest snippet; the CPU workers
(speckle, range gain, rotation) cap a node at 0.9-2.5 times its GPUs' rate (rotation on in half the runs, 1.2-1.8
times dearer), the rate the soft minimum of the two. The weighted sampler's mix, the snippets' sizes and the workers'
pace make the per-5-s rate swing: an AR(1) of its log (sd 3-8 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120
min); a worker decoding a new survey shard dips the rate by 6-35 % for 20-90 s, a shard every 5-20 min on average.
Relaunches: 0-3 at 15-85 % of the run, each a bigger snippet (at most twice: 1.6-2.3 times dearer each), the deeper
backbone (once: 1.7-2.6), rotation switched, or another node count; redrawn until the level moves 15 % (1/3 to 3
times); a relaunch 1 h or more after the previous one. Pauses: start-up 3-8 min ("long" 25-50: the first shards
decoded, the sampler's weights over every contact built) and a ramp from 40-70 % over 2-5 min; a validation at each
epoch's end (the sampler's epoch: 20-60 min of training), 1-4 min ("long" 8-20), every 2nd or 3rd with a checkpoint
(10-40 s, "long" 1-3 min); a re-cut of the snippets around new contacts every 3-8 h, 4-10 min ("long" 20-45), then a
ramp from 75-90 % over 1-2.5 min and the level moved by a drift of sd 4 % (at most 12 % in all: the new class mix);
crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a
relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): each rank's sender sends, every 5 s from a phase of its own over its process's life, its
share of the snippets since its previous message (the ranks step together: an equal share each); a relaunch's clean
stop flushes a last message, a crash loses the snippets since the last. One message in 10 carries the per-class table
and goes in 1-4 chunks (a run's draw: 1 in half the runs), lost if any chunk is. Datagrams are lost at 1e-5-5e-4
(log-uniform), at 20-90 % while the input's receive buffer is full (0.5-4 episodes a day, 5-60 s each) and with
another 5-50 % while the network drops packets (0.1-1 a day, 10-120 s). The journal: a message is indexed 1-1.5 s after
it arrives, plus the backlog's delay (0.3-2 slow-processing episodes a day, 30-240 s, the delay growing 0.2-0.8 s a
second, then draining at 0.5-3). Graylog restarts (first within 2-40 h, then a mean gap of 20-80 h and 1 h more, down
30-240 s): datagrams sent while it is down are lost; journaled messages not yet processed are indexed 5-30 s after it
is up; in 40 % of restarts (unclean) the messages processed in its last 1-10 s are processed again (copies). The
message's timestamp is its rank's clock: an offset each (sd 0.05-1 s), and in 30 % of runs one rank's clock stepped
5-90 s either way for 10-120 min. The saved search sums the counts of minute ``k`` (by timestamp) when it runs at
``60 (k + 1) + d`` on Graylog's clock (``d`` 5-40 s, Graylog's offset sd 0.2-1 s, 0-2 s of scheduling); a copy
indexed after its minute's run is never counted; half the runs wait for the journal to drain past the minute; runs due
while Graylog is down are caught up 10-30 s after it is up. The monitor reads the latest sum 10-40 s after the run is
due (0-1 s jitter): a run not done by then is read as the previous minute's sum again (a repeat), and a read while
Graylog's API is down reads nothing (0). The reads are linear in the job's snippets: message times and fates are the
healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing;
a listed change is the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each tick's
snippets lost, carried through the same messages and reads): ``drop`` (augmentation workers lost after one's OOM, the
loader respawning fewer: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one GPU throttled or the
shards' file share slow, in bursts: 1 for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak`` (the
decoded swaths' cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's
end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost
snippets (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout130_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    12         9     0.083-0.308  23              1-22 (1889, 0 >60)
long      30      11    9          10    0.070-0.306  26              1-96 (1338, 27 >60)

Planned changes listed: short 25, long 20 (of 25 and 20 relaunches); crashes 33 and 36. The path over each set
(counts): short: ranks' lives ending in a crash with unsent snippets 112, single datagrams lost 2170, chunked messages
lost 252, messages lost while Graylog was down 3478, messages journaled over 30 s 5512, journaled messages indexed
after a restart 40, copies processed again after an unclean stop 88, copies counted in another minute than their
send's 34620, searches caught up 55, searches held for the journal 45, repeated reads 38, unread points 59; long: 284,
3925, 399, 6756, 8421, 63, 109, 42244, 67, 69, 53, 68. The reads' sum over the live points against the job's snippets:
0.996-1.000 (short) and 0.998-1.000 (long); the live points' minute-to-minute change (median ``|d log|`` per seed)
3-5 % (short) and 2-6 % (long), its 99th percentile 14-33 % (short) and 13-37 % (long); the live median level
582-5,800 snippets/s (short) and 759-17,813 snippets/s (long); the lowest mean of 10 live points' reads against the
job's snippets per seed 0.82-0.93 (short) and 0.82-0.99 (long) (the path's losses, the journal's delays, a rank's
clock). No change of the laws after the first measure of the full sets; before it, after a first try on 3 seeds per
setting, I added the searches that wait for the journal (half the runs) and set the count of held searches to the runs
held by a journal's delay over 1 s. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS`` holds
their spans' lengths and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT130_SEEDS = tuple(range(1302000, 1302012))
CODE = 130
TICK = 5.0  # the job's rate is drawn per 5-s tick
STEP = 60.0  # a point: one minute's sum
K = int(STEP / TICK)
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a multiple of 60
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 30), "long": (1, 120)}
PATH_KEYS = ("unsent_at_crash", "udp_lost", "chunked_lost", "lost_while_down", "late_journal", "replayed_late",
             "replay_copies", "skewed_windows", "catch_up_runs", "waited_runs", "repeated_reads", "unread_points")
MAX_RATIO = 3.0

# pause lengths (s): (lo, hi) per setting
STARTUP = {"short": (180, 480), "long": (1500, 3000)}
EVAL = {"short": (60, 240), "long": (480, 1200)}
CKPT = {"short": (10, 40), "long": (60, 180)}
RECUT = {"short": (240, 600), "long": (1200, 2700)}
CRASH = {"short": (60, 240), "long": (360, 1080)}
RESTART = {"short": (120, 360), "long": (480, 1200)}
STOP = {"short": (60, 180), "long": (300, 720)}


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """The job's snippets/s in stage ``st``: GPUs (a node's doubling at ``eff``), the snippet's size (each step up
    ``size_c`` dearer), the deeper backbone (``model_c``) and the CPU workers' cap with rotation on (``rot_c``)."""
    gpus = cfg["gpus"] * st["nodes"]
    scale = cfg["eff"] ** np.log2(st["nodes"]) if st["nodes"] > 1 else 1.0
    gpu = cfg["gpu"] * gpus * scale / cfg["size_c"] ** st["size"] / cfg["model_c"] ** st["model"]
    cpu = cfg["cpu"] * st["nodes"] / (cfg["rot_c"] if st["rot"] else 1.0)
    return float(1.0 / (1.0 / gpu ** 4 + 1.0 / cpu ** 4) ** 0.25)  # the slower of the GPUs and the CPU workers


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a bigger snippet (at most twice), the deeper backbone (once), rotation switched on or off,
    or another node count; redrawn until the level moves 15 % (within 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        c = rng.choice(4, p=[0.35, 0.2, 0.3, 0.15])
        if c == 0 and st["size"] < 2:
            new["size"] += 1
        elif c == 1 and st["model"] < 1:
            new["model"] = 1
        elif c == 2:
            new["rot"] = not st["rot"]
        elif c == 3:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / MAX_RATIO <= ratio <= MAX_RATIO:
            return new
    return dict(st, nodes=2 if st["nodes"] == 1 else 1)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline (true seconds): pauses, training stretches with their level and ramp, process lives."""
    T = n * STEP + 600.0
    cfg = {"gpus": int(rng.choice([2, 4, 8], p=[0.25, 0.45, 0.3])), "eff": rng.uniform(0.85, 0.96),
           "gpu": hc.log_uniform(rng, 250, 2500), "size_c": rng.uniform(1.6, 2.3), "model_c": rng.uniform(1.7, 2.6),
           "rot_c": rng.uniform(1.2, 1.8)}
    st = {"nodes": int(rng.choice([1, 2], p=[0.75, 0.25])), "size": 0, "model": 0, "rot": bool(rng.random() < 0.5)}
    cfg["cpu"] = cfg["gpu"] * cfg["gpus"] * rng.uniform(0.9, 2.5)  # the CPU workers' cap, per node
    n_rel = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    rel_t = sorted(T * rng.uniform(0.15, 0.85, n_rel))
    crash_mean = rng.uniform(12, 48) * 3600
    epoch = rng.uniform(1200, 3600)  # training seconds an epoch of the weighted sampler
    ck_every = int(rng.choice([2, 3]))
    recut_every = rng.uniform(3, 8) * 3600
    pauses, stretches, procs, known = [], [], [], []
    counts = {"relaunches": 0, "crashes": 0}
    lv = _level(cfg, st)
    drift = 0.0
    t, proc0 = 0.0, 0.0
    start_kind, ramp = "startup", None

    def pause(a, dur, kind):
        b = float(np.round(a + dur))
        pauses.append((a, b, kind))
        return b

    t = pause(t, _u(rng, STARTUP[setting]), "startup")
    ramp = (rng.uniform(0.4, 0.7), rng.uniform(120, 300))
    next_crash = t + rng.exponential(crash_mean)
    trained, n_eval, next_recut = 0.0, 0, t + recut_every * rng.uniform(0.5, 1.2)
    ri = 0
    while t < T:
        to_eval = epoch * (1 + n_eval) - trained
        cand = [to_eval, next_recut - t, next_crash - t, (rel_t[ri] - t) if ri < len(rel_t) else np.inf, T - t]
        which = int(np.argmin(cand))
        run_for = max(float(np.round(cand[which])), 60.0)
        stretches.append((t, t + run_for, lv * np.exp(drift), ramp))
        ramp = None
        trained += run_for
        t += run_for
        if which == 4 or t >= T:
            break
        if which == 0:
            n_eval += 1
            ck = n_eval % ck_every == 0
            t = pause(t, _u(rng, EVAL[setting]) + (_u(rng, CKPT[setting]) if ck else 0.0), "ckpt" if ck else "eval")
        elif which == 1:
            t = pause(t, _u(rng, RECUT[setting]), "recut")
            drift = float(np.clip(drift + rng.normal(0, 0.04), -0.12, 0.12))
            ramp = (rng.uniform(0.75, 0.9), rng.uniform(60, 150))
            next_recut = t + recut_every * rng.uniform(0.7, 1.3)
        elif which == 2:
            counts["crashes"] += 1
            procs.append((proc0, t, False, cfg["gpus"] * st["nodes"]))
            t = pause(t, _u(rng, CRASH[setting]), "crash")
            proc0 = t
            t = pause(t, _u(rng, RESTART[setting]), "startup")
            ramp = (rng.uniform(0.4, 0.7), rng.uniform(120, 300))
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            procs.append((proc0, t, True, cfg["gpus"] * st["nodes"]))
            st = _next_stage(rng, cfg, st, lv)
            lv = _level(cfg, st)
            t = pause(t, _u(rng, STOP[setting]) + rng.uniform(60, 300), "relaunch")
            proc0 = t
            t = pause(t, _u(rng, RESTART[setting]), "startup")
            ramp = (rng.uniform(0.4, 0.7), rng.uniform(120, 300))
            known.append(t)
            ri += 1
            while ri < len(rel_t) and rel_t[ri] < t + 3600:
                ri += 1
            next_crash = max(next_crash, t + 600)
    procs.append((proc0, max(t, T), True, cfg["gpus"] * st["nodes"]))
    return SimpleNamespace(n=n, T=T, cfg=cfg, pauses_t=pauses, stretches=stretches, procs=procs, known_t=known,
                           counts=counts, n_eval=n_eval)


def _rates(rng, run) -> np.ndarray:
    """The job's snippets per 5-s tick: each stretch's level (its ramp from a share over a few minutes), the
    snippets' mix and the CPU workers' pace (an AR(1) of the log per tick and a slow OU), and the dips while a
    worker decodes a new survey shard."""
    nt = int(run.T / TICK)
    sec = np.zeros(nt * int(TICK))
    for a, b, lv, ramp in run.stretches:
        i0, i1 = int(a), min(len(sec), int(b))
        if i0 >= i1:
            continue
        x = np.arange(i0, i1) - a
        r = np.ones(i1 - i0) if ramp is None else ramp[0] + (1 - ramp[0]) * np.minimum(1.0, x / ramp[1])
        sec[i0:i1] = lv * r
    sd, tau = rng.uniform(0.03, 0.08), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    slow_t = np.interp(np.arange(nt) * TICK, np.arange(len(slow)) * 60.0, slow)
    dip = np.ones(len(sec))
    gap, depth = rng.uniform(300, 1200), rng.uniform(0.1, 0.35)
    t = rng.exponential(gap)
    while t < len(sec):
        d = rng.uniform(20, 90)
        dip[int(t):int(t + d)] = 1 - depth * rng.uniform(0.6, 1.0)
        t += d + rng.exponential(gap)
    J = (sec * dip).reshape(nt, int(TICK)).sum(1) * np.exp(ar + slow_t)
    return J


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The snippets trained up to true time ``t`` (linear within a tick)."""
    return np.interp(np.asarray(t) / TICK, np.arange(len(C)), C)


def _episodes(rng, T: float, per_day, length) -> list:
    k = rng.poisson(rng.uniform(*per_day) * T / 86400)
    return sorted((float(a), float(a + rng.uniform(*length))) for a in rng.uniform(0, T, k))


def _inside(t: np.ndarray, eps: list) -> np.ndarray:
    m = np.zeros(len(t), bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


def _path(rng, run) -> SimpleNamespace:
    """Every rank's GELF messages and their fates: which copies the saved search counts, in which minute, and which
    minute's sum each point reads. Depends on the healthy run's timing only, so the reads are linear in the job's
    snippets."""
    n, T = run.n, run.T
    cnt = dict.fromkeys(PATH_KEYS, 0)
    chunks = int(rng.choice([1, 2, 3, 4], p=[0.5, 0.2, 0.2, 0.1]))  # per-class counts make a big message
    p0 = hc.log_uniform(rng, 1e-5, 5e-4)
    buf = _episodes(rng, T, (0.5, 4), (5, 60))  # the input's receive buffer full: datagrams dropped
    buf_p = rng.uniform(0.2, 0.9)
    net = _episodes(rng, T, (0.1, 1), (10, 120))  # the network dropping packets
    net_p = rng.uniform(0.05, 0.5)
    backlog = _episodes(rng, T, (0.3, 2), (30, 240))  # slow processing: the journal grows
    grow, drain = rng.uniform(0.2, 0.8), rng.uniform(0.5, 3.0)
    knots_t, knots_d = [0.0], [0.0]
    for a, b in backlog:
        peak = grow * (b - a)
        if a < knots_t[-1]:
            continue
        knots_t += [a, b, b + peak / drain]
        knots_d += [0.0, peak, 0.0]
    down, t = [], rng.uniform(2, 40) * 3600
    while t < T:
        down.append((t, t + rng.uniform(30, 240), bool(rng.random() < 0.4)))  # (stop, up, unclean)
        t = down[-1][1] + rng.exponential(rng.uniform(20, 80) * 3600) + 3600
    d = rng.uniform(5, 40)  # the search's delay after its minute
    g = rng.normal(0, rng.uniform(0.2, 1.0))  # Graylog's clock offset
    s_all, p_all, rk_all, sh_all, ranks_max = [], [], [], [], 0
    lost_crash = 0
    for a, b, clean, R in run.procs:
        phase = rng.uniform(0, TICK, R)
        for r in range(R):
            s = a + phase[r] + TICK * np.arange(max(0, int(np.ceil((b - a - phase[r]) / TICK))))
            s = s[s < min(b, T)]
            if clean and b < T:
                s = np.append(s, b)
            elif not clean and len(s) and s[-1] < b:
                lost_crash += 1
            prev = np.concatenate([[a], s[:-1]])
            s_all.append(s)
            p_all.append(prev)
            rk_all.append(np.full(len(s), r))
            sh_all.append(np.full(len(s), 1.0 / R))
        ranks_max = max(ranks_max, R)
    s, prev, rk = np.concatenate(s_all), np.concatenate(p_all), np.concatenate(rk_all)
    share = np.concatenate(sh_all)
    cnt["unsent_at_crash"] = lost_crash
    # the ranks' clocks: an offset each, and in 30 % of runs one rank's clock stepped for a while (NTP lost)
    off = rng.normal(0, rng.uniform(0.05, 1.0), ranks_max)
    ts = s + off[rk]
    if rng.random() < 0.3:
        a0 = rng.uniform(0, T)
        m = (rk == int(rng.integers(ranks_max))) & (s >= a0) & (s < a0 + rng.uniform(600, 7200))
        ts[m] += rng.choice([-1, 1]) * rng.uniform(5, 90)
    # losses on the way
    p = np.full(len(s), p0)
    p[_inside(s, buf)] = buf_p
    p[_inside(s, net)] = 1 - (1 - p[_inside(s, net)]) * (1 - net_p)
    k = np.where(rng.random(len(s)) < 0.1, chunks, 1)  # one message in 10 carries the per-class table
    lost = rng.random(len(s)) >= (1 - p) ** k
    cnt["udp_lost"] = int((lost & (k == 1)).sum())
    cnt["chunked_lost"] = int((lost & (k > 1)).sum())
    gone = _inside(s, [(x, y) for x, y, u in down])
    cnt["lost_while_down"] = int((gone & ~lost).sum())
    lost |= gone
    # the journal: indexed after the backlog's delay; a restart replays what was journaled but not processed
    idx = s + 1.0 + np.interp(s, knots_t, knots_d) + rng.uniform(0, 0.5, len(s))
    cnt["late_journal"] = int(((idx - s) > 30).sum())
    dup_s, dup_idx = [], []
    for x, y, unclean in down:
        m = ~lost & (s < x) & (idx >= x)
        idx[m] = y + rng.uniform(5, 30) + 0.02 * (s[m] - s[m].min() if m.any() else 0)
        cnt["replayed_late"] += int(m.sum())
        if unclean:  # processed before the crash but not committed: processed again
            u = rng.uniform(1, 10)
            md = ~lost & (idx < x) & (idx >= x - u)
            dup_s.append(np.nonzero(md)[0])
            dup_idx.append(y + rng.uniform(5, 30) + np.zeros(md.sum()))
    cp = np.nonzero(~lost)[0]
    cidx = idx[cp]
    if dup_s:
        extra = np.concatenate(dup_s)
        cnt["replay_copies"] = len(extra)
        cp, cidx = np.concatenate([cp, extra]), np.concatenate([cidx, np.concatenate(dup_idx)])
    win = np.floor(ts[cp] / STEP).astype(int)
    cnt["skewed_windows"] = int((win != np.floor(s[cp] / STEP)).sum())
    # the saved search: run for minute k at Graylog's 60 (k + 1) + d; late while Graylog is down (catch-up)
    runs = STEP * (np.arange(n) + 1) + d - g + rng.uniform(0, 2, n)
    wait = bool(rng.random() < 0.5)  # the search waits for the journal to drain past its minute
    if wait:
        ends = STEP * (np.arange(n) + 1)
        held = ends + 2.0 + np.interp(ends, knots_t, knots_d) + d - g
        cnt["waited_runs"] = int(((held > runs) & (np.interp(ends, knots_t, knots_d) > 1)).sum())
        runs = np.maximum(runs, held)
    for x, y, u in down:
        m = (runs >= x) & (runs < y)
        runs[m] = y + rng.uniform(10, 30) + 0.5 * np.arange(m.sum())
        cnt["catch_up_runs"] += int(m.sum())
    runs = np.maximum.accumulate(runs)
    ok = (win >= 0) & (win < n)
    ok[ok] &= cidx[ok] <= runs[win[ok]]
    cp, win = cp[ok], win[ok]
    order = np.argsort(s[cp], kind="stable")
    cp, win = cp[order], win[order]
    # the monitor reads the latest sum 10-40 s after each run is due; nothing while Graylog's API is down
    reads = STEP * (np.arange(n) + 1) + d + rng.uniform(10, 40) + rng.uniform(0, 1, n)
    src = np.minimum(np.searchsorted(runs, reads, side="right") - 1, np.arange(n))
    src[_inside(reads, [(x, y) for x, y, u in down])] = -1
    cnt["repeated_reads"] = int(((src >= 0) & (src < np.arange(n))).sum())
    cnt["unread_points"] = int((src < 0).sum())
    return SimpleNamespace(s=s[cp], prev=prev[cp], share=share[cp], win=win, src=src, counts=cnt,
                           down=down, runs=runs, d=d, chunks=chunks, wait=wait)


def _reads(run, J: np.ndarray, t_lo: float = -np.inf, t_hi: float = np.inf) -> np.ndarray:
    """The points (snippets/s) the monitor reads of the per-tick snippets ``J`` (linear in ``J``): each counted copy
    carries its rank's share of the snippets since its rank's previous message, summed per minute of its own
    timestamp, each point reading a minute's sum (``t_lo``, ``t_hi``: only the messages sent then; ``J`` is 0
    elsewhere)."""
    p = run.path
    i0, i1 = np.searchsorted(p.s, t_lo), np.searchsorted(p.s, t_hi + TICK + 1)
    C = _cum(J)
    x = (_at(C, p.s[i0:i1]) - _at(C, p.prev[i0:i1])) * p.share[i0:i1]
    S = np.bincount(p.win[i0:i1], x, minlength=run.n)
    return np.where(p.src >= 0, S[np.maximum(p.src, 0)], 0.0) / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a pause or
    a ramp's first half, or where it reads nothing; a change is the first live point after a relaunch."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _rates(rng, run)
    run.nt = len(run.J)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    mark = h <= 0
    quiet = [(a, b) for a, b, k in run.pauses_t]
    quiet += [(a, a + 0.5 * r[1]) for a, b, lv, r in run.stretches if r is not None]
    for a, b in quiet:
        mark[max(0, int(a // STEP) - 1):min(n, int(np.ceil(b / STEP)) + 1)] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mark.astype(int), [0]])))
    spans = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of its loss per point: a drop rises over ``tau`` points, a straggler switches between
    bursts (1) and calm (0.05-0.25), a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    on, calm, lvl = rng.uniform(5, 30), rng.uniform(20, 90), rng.uniform(0.05, 0.25)
    w, i, burst = np.empty(length), 0, True
    while i < length:
        k = 1 + int(rng.exponential(on if burst else calm))
        w[i:i + k] = 1.0 if burst else lvl
        i, burst = i + k, not burst
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's snippets lost from its onset,
    carried through the same messages and reads; ``a`` set from the drawn target loss (linear), refused above 1."""
    n = run.n
    tsp = STEP * np.arange(n)
    pairs = [(a, b) for a, b, k in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pairs, tsp, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        wt = w[np.minimum((np.arange(i0, i1) // K) - onset, len(w) - 1)]
        lossJ = np.zeros(run.nt)
        lossJ[i0:i1] = wt * run.J[i0:i1]
        m = _reads(run, lossJ, i0 * TICK, i1 * TICK)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        hs, ms = healthy[c0:stop][live[c0:stop]].sum(), m[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m = m * (target * hs / ms)
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        a, end = span
        if any(a <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else a
        if kind == "leak" and not a < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, a, ramp_end, end, n, (ramp_end - a) // 3)
        if depth is not None:
            return Event(kind, a, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout130(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout130_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT130_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout130, seeds, n, pauses)
