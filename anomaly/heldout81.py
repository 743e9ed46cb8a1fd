"""The eighty-first held-out throughput family: a computational-pathology job's training tiles/s, a multiple-instance
learning model (an attention-MIL / TransMIL head over a frozen or partly fine-tuned ViT / ResNet tile encoder) on
whole-slide images, on 1-8 GPU nodes, collected through Fluentd: each node's trainer writes one JSON line (node, time,
tiles since its line before) per logging interval to a file that Fluentd's ``in_tail`` follows, a buffered output
(fluent-plugin-opensearch) bulk-indexes the lines into OpenSearch, and a Grafana panel (OpenSearch data source) reads
a ``date_histogram`` of ``sum(tiles)`` per minute (divided by 60), which a watcher reads once per minute.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): Fluentd's in_tail pages (v0.12, v1.0 and the current
one: reads from the tail unless ``read_from_head``; follows rotation by inode; resumes from ``pos_file`` after a
restart; ``refresh_interval`` refreshes the watch list of a ``*`` path, 60 s by default, and lines of a file added
while tailing may be lost without ``read_from_head``; ``rotate_wait`` 5 s) and fluentd-docs-gitbook PR #379 and
fluentd PR #277; Fluentd's output / buffer pages and fluentd-docs PR #437 (``flush_interval`` 60 s by default;
``overflow_action`` throw_exception (in_tail stops reading), block or drop_oldest_chunk; retries wait 1, 2, 4 ... s
times 0.875-1.125, capped by ``retry_max_interval``; past ``retry_max_times`` or ``retry_timeout`` (72 h) *all*
queued chunks are discarded; a memory buffer is lost on a crash, ``flush_at_shutdown`` on a stop); a Netdata guide
to "failed to flush the buffer"; fluent-plugin-opensearch issues #30 (429 Too Many Requests on ``_bulk``), #133/#134
(400s dropped, not retried) and fluent-plugin-elasticsearch's retry notes (a record rejected with 429 is
re-submitted to Fluentd, i.e. buffered again and sent with a later flush); fluent-bit issue #1029
(``es_rejected_execution_exception``, write queue capacity); OpenSearch's refresh pages (``index.refresh_interval``;
without it a shard idle for ``search.idle.after``, 30 s, gets no background refresh and the first search waits for
one); the auto-interval and plain date_histogram pages and Grafana's Elasticsearch query editor and date-histogram
settings (interval, min doc count, trim edges). Assumed without checking: fluent-plugin-opensearch handles 429 items
as its parent plugin does; the panel's interval is a fixed 1m with min doc count 0 and extended bounds, so an empty
minute reads 0; the record's ``time`` (the trainer's clock at the write) is the event time (``time_key``) in 75 % of
the runs, else the time in_tail read the line (the node's clock too); in_tail reads a line 0-1 s after its write; a
trainer restart opens a new file (``mil-<run>-<restart>.jsonl``) that in_tail finds at its next refresh; a node that
dies takes its Fluentd's memory buffer (the last ``flush_interval`` of lines) with it, a file buffer is sent on
time; Grafana's searches keep the shards from going idle, so with no explicit ``refresh_interval`` a search sees
every accepted line.

Chosen (the path; one point is one minute of the date_histogram, keyed by its start, so the step is 60 s): a logging
interval ``I`` of 10/15/20/30 s, a random phase per node and process; the node clocks N(0, 0.3 s) off, half the nodes
1-20 s off in chrony-stopped episodes (10-90 min, first within 5-80 h, then every 20-100 h); ``flush_interval`` 5/10/
30/60 s per run with a phase per node; a memory (50 %) or file buffer; ``read_from_head`` in 60 % of the runs (else
the lines a new file gets before its discovery, ``refresh_interval`` 5/10/60 s, are lost: start-up lines, all 0);
``copytruncate`` rotation at midnight in 40 % (a line written in the first 0.1-2 s after it is lost); Fluentd restarts
per node (5-60 s, first within 5-100 h, then every 20-150 h; 25 % OOM kills losing a memory buffer's unflushed lines);
OpenSearch unavailable (1-20 min, first within 10-100 h, then every 30-150 h): bulks fail and retry with exponential
back-off (``retry_max_interval`` 30/60/300 s or none; ``retry_max_times`` 5-12 in 40 % of the runs, where the queue is
dropped when they run out), and with ``drop_oldest_chunk`` (30 %) the oldest lines go when the outage outlasts the
buffer's 5-60 min; busy episodes (5-40 min, first within 5-60 h, then every 15-80 h) reject 10-60 % of the bulk items
with 429 (each resent with the next flush); a bulk's round trip exp(N(log 50-300 ms, 0.5)); an explicit refresh
interval of 5 or 30 s in 35 % of the runs; the watcher reads a minute ``L`` = 30/60/120/300 s (at least the flush
interval + 20 s; + 0-3 s) after its end, and lines not visible then are lost to the trace.

The job (my own picture, not checked): 1-8 nodes of 4 or 8 GPUs; 40 % of the runs train the MIL head on features
pre-extracted to the shared file system (3,000-15,000 tiles/s per GPU), 60 % read tiles through OpenSlide and augment
them (stain / colour jitter) on CPU loader workers (180-700 tiles/s per GPU; half of them cache the tiles on local
NVMe, 1.15-1.5 times faster after the first epoch), times 0.88-0.97 per doubling of the nodes. Per 5 s tick:
exp(N(0, 3-8 %)) (tiles mode; 2-5 % on features: bags of varying size per slide), a slow OU of the log (sd 2-6 %,
20-120 min: the shared file system's load), loader / OpenSlide stalls on 0.3-1.5 % of the ticks (0.05-0.3 % on
features; 30-80 % of the rate); each node's share exp(N(0, 2-5 %)). Pauses, each log-uniform in its range: a start-up
3-10 min ("long": 15-35; the slide index, bag lists, the encoder), then a ramp from 35-65 % over 3-8 min; validation
(slide-level AUC over whole validation slides) every 30-120 min, 2-8 min ("long": 10-25), a checkpoint after every 1-3,
15-90 s ("long": 1-5 min), then a ramp from 85-97 % over 30-120 s. Node failures (Poisson, mean 15-60 h, at least 20
min after a start) hang the job 2-10 min ("long": 20-30; 40 % a node crash, which loses that node's tiles since its
last line), then it is down 1-5 min ("long": 10-30) and restarts on the same nodes. Planned relaunches (1-3 at 10-85 %
of the run, after the next checkpoint once due; a graceful stop of 1-4 min, "long" 5-15): partial fine-tuning of the
encoder (times 0.35-0.65, once), a new cohort / bag cap (times exp(+-0.15-0.35), once) or 1-3 nodes more or fewer
(1-8); each is a listed change. A point is paused when pauses or a start-up ramp's first half fill a sixth of its
window (its minute and the ``I`` s before it) or more, when it reads 0, and the point after any of those.

Labelled regressions multiply the job's tiles/s by ``1 - a w(t)`` from their onset; lines, stamps and visibility keep
the healthy run's, so a point loses ``a`` times the read of the lost tiles (linear): ``drop`` (a GPU held at a lower
clock or a degraded NIC: the synchronous job waits; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler``
(one node's loader workers starved by a co-scheduled CPU job: bursts of mean 5-40 min at 1, calm of mean 10-60 min at
0.1-0.3), ``leak`` (OpenSlide handles and decoded tiles cached in the loader workers until the host swaps: ``w = (s /
ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held; it ends with its process). Onsets: 35 % within 30 s
before to 60 s after a pause's end, else anywhere in the slot; ``a`` solved for a loss of 8-33 % (drop), 10-30 %
(straggler) or 12-35 % (leak) over the event's live points, ``a <= 0.8``; an event holds no listed change; kept where
the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout81_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      9     12         10    0.086-0.295  20              3-30 (1058, 0 >60)           3
long      29      10    10         9     0.092-0.332  20              3-94 (785, 39 >60)           3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 25, long 22 (planned relaunches). Paused share of the points: 6.2-18.8 % (short),
18.0-29.3 % (long). Lines the watcher saw in time, of those stamped in the trace and not lost on the way: 99.73-100 %
over both settings' 24 runs. The healthy points over the job's true tiles per minute (live points): 0.9995-1.0003.
Building both full sets takes about 2.1 s of CPU on one core. The test module runs in 1.15 s by pytest (1.63 s
wall, 1.37 s user CPU + 0.10 s system; ``OMP_NUM_THREADS=1``, pinned to one core, on a machine busy with other
benchmarks).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout80.py`` lines 1-150 and 428-438 (a ``grep -n`` for its two functions'
lines and ``wc -l``); ``tests/test_anomaly_heldout80.py`` (all); ``anomaly/heldout_common.py`` (all);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``/tmp/s45/genheads81.txt`` (all, and a count of
its lines with fluent / patholog / whole-slide / openslide: 3, generator 51's pathology tile encoder on Prometheus and
generator 73's Fluent Bit path, neither this job nor this path); ``tests/test_architecture.py`` lines 1-110;
``wc -l`` of heldout_common.py and trace_checks.py. Slips: ``git worktree add`` printed main's head commit id and
subject (not sought); an ``ls`` of ``/tmp/s45/`` listed the other prompts' file names (none opened). Nothing else in
the project opened.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT81_SEEDS = tuple(range(812000, 812012))
CODE = 81
EPOCH = 1_772_323_200  # 2026-03-01 00:00 UTC: the trainers' log files rotate at every multiple of 86400 s from here
STEP = 60  # the panel's date_histogram with a fixed 1m interval: one bucket, one point, keyed by its start
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (180, 600), "long": (900, 2100)},
       "valid": {"short": (120, 480), "long": (600, 1500)},
       "ckpt": {"short": (15, 90), "long": (60, 300)},
       "hang": {"short": (120, 600), "long": (1200, 1800)},
       "down": {"short": (60, 300), "long": (600, 1800)},
       "stop": {"short": (60, 240), "long": (300, 900)}}
# tiles/s per GPU (lo, hi): a MIL head on pre-extracted features, or tiles read through OpenSlide and augmented on CPU
MODES = {"features": (3000.0, 15000.0), "tiles": (180.0, 700.0)}
INTERVALS = (10, 15, 20, 30)  # the trainer's logging interval (s): one JSON line per node and interval
FLUSH = (5, 10, 30, 60)  # the <buffer>'s flush_interval (s)
REFRESH_TAIL = (5, 10, 60)  # in_tail's refresh_interval (s): a new log file is found at the next refresh
PAUSED_SHARE = 1 / 6  # a point is paused when pauses (or the start-up ramp's first half) fill this share of its window


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    return max(1, int(round(_logu(rng, *DUR[kind][setting]) / TICK)))


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, each ``dur`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = _logu(rng, *dur)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _inside(t: np.ndarray, eps) -> np.ndarray:
    m = np.zeros(len(t), bool)
    for a, b in eps:
        m |= (t >= a) & (t < b)
    return m


def _rate(cfg: dict, proc: dict) -> float:
    """The job's tiles/s at full speed for a process (its nodes, stage and cohort)."""
    g = proc["nodes"] * cfg["gpus"]
    lvl = cfg["per_gpu"] * g * cfg["eff"] ** np.log2(proc["nodes"])
    return float(lvl * (cfg["unfreeze"] if proc["stage"] else 1.0) * (cfg["cohort"] if proc["cohort"] else 1.0))


def _schedule(rng, n: int, setting: str):
    """The job: processes, pauses and the tiles/s ``J`` per tick (and each node's share of them)."""
    T = (n + 3) * K
    mode = "features" if rng.random() < 0.4 else "tiles"
    cfg = {"mode": mode, "gpus": int(rng.choice([4, 8], p=[0.4, 0.6])), "per_gpu": _logu(rng, *MODES[mode]),
           "eff": rng.uniform(0.88, 0.97), "unfreeze": rng.uniform(0.35, 0.65),
           "cohort": float(np.exp(rng.choice([-1, 1]) * rng.uniform(0.15, 0.35))),
           "cache": rng.uniform(1.15, 1.5) if mode == "tiles" and rng.random() < 0.5 else 1.0,
           "I": int(rng.choice(INTERVALS)), "every": rng.uniform(1800, 7200), "ck_every": int(rng.integers(1, 4)),
           "fail_mean": rng.uniform(15, 60) * 3600}
    nodes = int(rng.integers(1, 9))
    # planned relaunches: onto partial fine-tuning of the encoder (once), a new cohort / bag cap (once), other nodes
    k_rel = int(rng.choice([1, 2, 3], p=[0.4, 0.4, 0.2]))
    rel_t = sorted(rng.uniform(0.10, 0.85, k_rel) * T)
    rel_kind = list(rng.permutation(["stage", "cohort", "nodes"]))[:k_rel]
    # the job per tick
    sd = rng.uniform(0.03, 0.08) if mode == "tiles" else rng.uniform(0.02, 0.05)
    noise = np.exp(rng.normal(0, sd, T))
    ou = np.repeat(hc.ou_path(rng, T * TICK, rng.uniform(0.02, 0.06), rng.uniform(1200, 7200)), K)[:T]
    stall = rng.random(T) < (rng.uniform(0.003, 0.015) if mode == "tiles" else rng.uniform(0.0005, 0.003))
    noise *= np.exp(ou) * np.where(stall, rng.uniform(0.3, 0.8, T), 1.0)
    share_sd = rng.uniform(0.02, 0.05)
    J = np.zeros(T)
    life = np.full(T, -1)
    pauses, procs, ramps = [], [], []
    t, fail_at, ri, first_epoch = 0, rng.exponential(cfg["fail_mean"]) / TICK, 0, True
    proc = {"nodes": nodes, "stage": 0, "cohort": 0}
    while t < T:
        pid = len(procs)
        start = t
        d = _ticks(rng, "startup", setting)
        pauses.append((t, min(t + d, T), "startup"))
        life[t:t + d] = pid
        t += d
        ramp = (rng.uniform(0.35, 0.65), int(rng.uniform(180, 480) / TICK))
        level = _rate(cfg, proc) / (cfg["cache"] if cfg["cache"] > 1 and first_epoch else 1.0)
        end_kind, graceful, nxt, kill = None, False, None, None
        fail_at = max(fail_at, t + 1200 / TICK)
        ramps.append((t, ramp[1] // 2))  # the start-up ramp's first half counts as paused
        while t < T and end_kind is None:
            due = t + int(cfg["every"] * rng.uniform(0.9, 1.1) / TICK)
            stop = min(due, int(fail_at), T)
            seg = np.arange(t, stop)
            r = np.ones(len(seg))
            if ramp is not None:
                x = np.minimum(1, np.arange(len(seg)) / max(ramp[1], 1))
                r = ramp[0] + (1 - ramp[0]) * x
            J[t:stop] = level * noise[t:stop] * r
            life[t:stop] = pid
            t = stop
            if t >= T:
                break
            if t == int(fail_at):  # a node fails: the others hang until the NCCL timeout, then the job is down
                h, dn = _ticks(rng, "hang", setting), _ticks(rng, "down", setting)
                pauses.append((t, min(t + h, T), "hang"))
                life[t:t + h] = pid
                crash = (int(rng.integers(proc["nodes"])), t) if rng.random() < 0.4 else None
                kill = t + h
                pauses.append((t + h, min(t + h + dn, T), "down"))
                t += h + dn
                fail_at = t + rng.exponential(cfg["fail_mean"]) / TICK
                end_kind = "fail"
                break
            v = _ticks(rng, "valid", setting)  # slide-level AUC over the validation slides
            pauses.append((t, min(t + v, T), "valid"))
            life[t:t + v] = pid
            t += v
            if first_epoch and cfg["cache"] > 1:
                level *= cfg["cache"]
            first_epoch = False
            n_val = sum(1 for a, b, k in pauses if k == "valid")
            if n_val % cfg["ck_every"] == 0 and t < T:
                c = _ticks(rng, "ckpt", setting)
                pauses.append((t, min(t + c, T), "ckpt"))
                life[t:t + c] = pid
                t += c
                if ri < len(rel_t) and t >= rel_t[ri] and t < T:  # a planned relaunch after the checkpoint
                    g = _ticks(rng, "stop", setting)
                    pauses.append((t, min(t + g, T), "stop"))
                    life[t:t + g] = pid
                    t += g
                    nxt = dict(proc)
                    kind = rel_kind[ri]
                    if kind == "stage":
                        nxt["stage"] = 1
                    elif kind == "cohort":
                        nxt["cohort"] = 1
                    else:
                        step = int(rng.integers(1, 4)) * (1 if rng.random() < 0.5 else -1)
                        nxt["nodes"] = int(np.clip(proc["nodes"] + step, 1, 8))
                        if nxt["nodes"] == proc["nodes"]:
                            nxt["nodes"] = proc["nodes"] - step if 1 <= proc["nodes"] - step <= 8 else 2
                    ri += 1
                    end_kind, graceful = "relaunch", True
                    break
            ramp = (rng.uniform(0.85, 0.97), int(rng.uniform(30, 120) / TICK))
        procs.append(dict(proc, start=start, end=t if kill is None else kill, graceful=graceful, kind=end_kind,
                          crash=crash if end_kind == "fail" else None))
        if nxt is not None:
            proc = nxt
    procs[-1]["end"] = min(procs[-1]["end"], T)
    max_nodes = max(p["nodes"] for p in procs)
    share = np.exp(rng.normal(0, share_sd, (max_nodes, T)))
    nodes_t = np.ones(T, int)
    for p in procs:
        nodes_t[p["start"]:p["end"]] = p["nodes"]
    share[np.arange(max_nodes)[:, None] >= nodes_t[None, :]] = 0.0
    share /= share.sum(axis=0, keepdims=True)
    return SimpleNamespace(n=n, T=T, J=J, life=life, pauses=[(a, min(b, T), k) for a, b, k in pauses if a < T],
                           procs=procs, share=share, cfg=cfg, setting=setting, ramps=ramps)


def _collection(rng, run) -> None:
    """The lines each node's trainer writes and what happens to them on their way to the panel (``run.rw``)."""
    n, T, cfg = run.n, run.T, run.cfg
    Ts, I = T * TICK, cfg["I"]
    F = int(rng.choice(FLUSH))
    col = {"F": F, "L": int(rng.choice([x for x in (30, 60, 120, 300) if x >= F + 20])),
           "time_key": rng.random() < 0.75, "file_buffer": rng.random() < 0.5, "rt": int(rng.choice(REFRESH_TAIL)),
           "head": rng.random() < 0.6, "copytruncate": rng.random() < 0.4,
           "refresh": float(rng.choice([5.0, 30.0])) if rng.random() < 0.35 else 0.0,
           "max_times": int(rng.integers(5, 13)) if rng.random() < 0.4 else 0,
           "max_interval": float(rng.choice([30.0, 60.0, 300.0, np.inf])),
           "drop_oldest": rng.random() < 0.3, "full": rng.uniform(300, 3600)}
    outs = _episodes(rng, Ts, (10, 100), (30, 150), (60, 1200))  # OpenSearch unavailable: whole bulks fail
    busy = [(a, b, rng.uniform(0.1, 0.6)) for a, b in _episodes(rng, Ts, (5, 60), (15, 80), (300, 2400))]  # 429s
    lat_mu = np.log(rng.uniform(0.05, 0.3))
    K_nodes = run.share.shape[0]
    cols = {x: [] for x in ("k", "t1", "t2", "b", "ok")}
    seen_n = tot_n = 0
    for k in range(K_nodes):
        off0 = rng.normal(0, 0.3)
        drift = _episodes(rng, Ts, (5, 80), (20, 100), (600, 5400)) if rng.random() < 0.5 else []
        drift = [(a, b, rng.choice([-1, 1]) * rng.uniform(1, 20)) for a, b in drift]
        phi_f = rng.uniform(0, F)
        restarts = [(a, a + rng.uniform(5, 60), rng.random() < 0.25)
                    for a, b in _episodes(rng, Ts, (5, 100), (20, 150), (1, 2))]  # Fluentd restarts (OOM kills)
        w_all, t1_all, r_all, lost_all = [], [], [], []
        for p in run.procs:
            if k >= p["nodes"]:
                continue
            a_s, e_s = p["start"] * TICK, min(p["end"], T) * TICK
            cut = p["crash"][1] * TICK if p["crash"] and p["crash"][0] == k else None
            w = a_s + rng.uniform(0, I) + I * np.arange(int((e_s - a_s) / I) + 1)
            w = w[w < (cut if cut is not None else e_s)]
            if p["graceful"]:
                w = np.append(w, e_s)  # the last line at a graceful stop
            if len(w) == 0:
                continue
            found = a_s + rng.uniform(0, col["rt"])  # in_tail finds the process's new log file at its next refresh
            lost = np.zeros(len(w), bool) if col["head"] else w < found
            if cut is not None and not col["file_buffer"]:  # the node died: its Fluentd's memory buffer with it
                lost |= w > cut - F
            w_all.append(w)
            t1_all.append(np.concatenate([[a_s], w[:-1]]))
            r_all.append(np.maximum(w, found))
            lost_all.append(lost)
        if not w_all:
            continue
        t2, t1, lost = np.concatenate(w_all), np.concatenate(t1_all), np.concatenate(lost_all)
        r = np.concatenate(r_all) + rng.uniform(0, 1, len(t2))  # in_tail's read (its 1 s stat timer)
        wr = t2.copy()  # the write time (the record's ``time``)
        if col["copytruncate"]:
            lost |= (wr % 86400) < rng.uniform(0.1, 2.0)
        for a, b, oom in restarts:
            gap = (r >= a) & (r < b)
            last = phi_f + F * np.floor((a - phi_f) / F)
            if oom and not col["file_buffer"]:
                lost |= (r >= last) & (r < a)
            r = np.where(gap, b, r)
        f = phi_f + F * np.ceil((r - phi_f) / F)
        acc = f.copy()
        for a, b in outs:
            m = (f >= a) & (f < b)
            if not m.any():
                continue
            f0 = phi_f + F * np.ceil((a - phi_f) / F)
            waits = np.minimum(2.0 ** np.arange(40) * rng.uniform(0.875, 1.125, 40), col["max_interval"])
            tries = f0 + np.cumsum(waits)
            if col["max_times"] and tries[col["max_times"] - 1] < b:
                g = tries[col["max_times"] - 1]
                lost |= m & (f < g)
                acc = np.where(m & (f >= g), b + rng.uniform(0, F), acc)
            else:
                acc = np.where(m, tries[np.searchsorted(tries, b)], acc)
            if col["drop_oldest"] and b - a > col["full"]:
                lost |= m & (f < b - col["full"])
        for a, b, q in busy:
            m = (f >= a) & (f < b)
            j = rng.geometric(1 - q, len(f)) - 1
            acc = np.where(m, np.minimum(acc + j * F, np.maximum(acc, f + F * np.ceil((b - f) / F))), acc)
        vis = acc + np.exp(rng.normal(lat_mu, 0.5, len(acc)))
        if col["refresh"]:
            vis = col["refresh"] * np.ceil(vis / col["refresh"])
        src = wr if col["time_key"] else r
        off = off0 + sum(np.where((src >= a) & (src < b), d, 0.0) for a, b, d in drift)
        b = np.floor((src + off) / STEP).astype(int)
        inb = (b >= 0) & (b < n)
        read_at = (np.clip(b, 0, n - 1) + 1) * STEP + col["L"] + rng.uniform(0, 3, len(b))
        ok = inb & ~lost & (vis <= read_at)
        tot_n += int((inb & ~lost).sum())
        seen_n += int(ok.sum())
        for name, x in (("k", np.full(len(b), k)), ("t1", t1), ("t2", t2), ("b", b), ("ok", ok)):
            cols[name].append(x)
    rw = {x: np.concatenate(v) for x, v in cols.items()}
    order = np.argsort(rw["t2"], kind="stable")
    rw = SimpleNamespace(**{x: v[order] for x, v in rw.items()})
    rw.seen = seen_n / max(tot_n, 1)
    run.rw, run.col, run.outs, run.busy = rw, col, outs, busy



def _read(run, X: np.ndarray, lo_t: float = -np.inf, hi_t: float = np.inf) -> np.ndarray:
    """The panel's points for the job's tiles/s ``X`` per tick (linear in ``X``): every line the watcher saw in time
    adds the tiles its node trained since its line before, ``sum(tiles) / 60`` per bucket. ``lo_t``/``hi_t`` (s):
    only lines that count tiles in that window (where ``X`` is 0 outside it)."""
    rw, T = run.rw, run.T
    i0 = int(np.searchsorted(rw.t2, lo_t, side="right"))
    i1 = int(np.searchsorted(rw.t2, hi_t + run.cfg["I"] + 1, side="right"))
    s0 = 0 if lo_t == -np.inf else max(0, int(lo_t // TICK) - 1)
    s1 = T if hi_t == np.inf else min(T, int(np.ceil(hi_t / TICK)) + 1)
    C = np.zeros((run.share.shape[0], s1 - s0 + 1))
    np.cumsum(X[s0:s1] * run.share[:, s0:s1], axis=1, out=C[:, 1:])
    C *= TICK
    k, t1, t2, b, ok = (getattr(rw, x)[i0:i1] for x in ("k", "t1", "t2", "b", "ok"))
    k, t1, t2, b = k[ok], t1[ok], t2[ok], b[ok]

    def at(t):
        x = np.clip(t / TICK - s0, 0, s1 - s0)
        j = np.minimum(x.astype(int), s1 - s0 - 1)
        return C[k, j] + (x - j) * (C[k, j + 1] - C[k, j])

    return np.bincount(b, at(t2) - at(t1), minlength=run.n)[:run.n] / STEP


def _paused(run, h: np.ndarray) -> np.ndarray:
    """A point is paused when pauses (or a start-up ramp's first half) fill ``PAUSED_SHARE`` of its window (its minute
    and the logging interval before it), when it reads 0, and the point after any of those."""
    P = np.zeros(run.T + K, bool)
    for a, b, kind in run.pauses:
        P[a:b] = True
    for a, d in run.ramps:
        P[a:a + d] = True
    C = np.concatenate([[0], np.cumsum(P)])
    back = run.cfg["I"] // TICK
    i = np.arange(run.n)
    lo, hi = np.maximum(i * K - back, 0), (i + 1) * K
    m = (C[hi] - C[lo]) >= PAUSED_SHARE * (hi - lo)
    m |= h <= 0
    m[1:] |= m[:-1].copy()
    return m


def _spans(m: np.ndarray) -> list[tuple[int, int]]:
    d = np.diff(np.concatenate([[0], m.astype(int), [0]]))
    return [(int(s), int(e)) for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed: the job, its collection path and the panel's points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    _collection(rng, run)
    h = _read(run, run.J)
    spans = _spans(_paused(run, h))
    live = hc.live_mask(spans, n)
    starts = [int(q["start"] * TICK // STEP) for p, q in zip(run.procs, run.procs[1:]) if p["graceful"]]
    changes = hc.change_points(starts, spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point (0 .. 1) over ``length`` points."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a GPU held at a lower clock (thermal / power cap) or a degraded NIC: the synchronous job waits
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # OpenSlide handles and decoded tiles cached in the loader workers until the host swaps
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.7, 1.5), 1.0)
    calm = rng.uniform(0.1, 0.3)  # straggler: one node's loader workers starved by a co-scheduled CPU job, in bursts
    w, i, on = np.empty(length), 0, True
    while i < length:
        d = 1 + int(rng.exponential(rng.uniform(5, 40) if on else rng.uniform(10, 60)))
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair, or None after 80 draws."""
    n = run.n
    ends = [b for a, b, kind in run.pauses if lo * K <= b < (hi - 200) * K]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35 and ends:  # within 30 s before to 60 s after a pause's end
            onset = int((ends[int(rng.integers(len(ends)))] * TICK + rng.uniform(-30, 60)) // STEP)
        else:
            onset = int(rng.integers(lo, last))
        if not lo <= onset < last:
            continue
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        if kind == "leak":  # it ends with its process
            pend = [int(p["end"] * TICK // STEP) for p in run.procs
                    if p["start"] * TICK < onset * STEP < p["end"] * TICK]
            stop = min([stop] + [e for e in pend if e > onset])
            if stop - onset < 60 or ramp > 0.85 * (stop - onset):
                continue
        w = np.repeat(_weight(rng, kind, stop - onset, ramp), K)
        X = np.zeros(run.T)
        X[onset * K:stop * K] = run.J[onset * K:stop * K] * w[:max(0, min(stop * K, run.T) - onset * K)]
        r = _read(run, X, onset * STEP, stop * STEP)
        hs = healthy[onset:stop][live[onset:stop]].sum()
        rs = r[onset:stop][live[onset:stop]].sum()
        if hs <= 0 or rs <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target * hs / rs
        if a > 0.8:
            continue
        m = a * r
        v = healthy - m
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end and stop == n)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout81(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(7,))


def heldout81_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT81_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout81, seeds, n, pauses)
