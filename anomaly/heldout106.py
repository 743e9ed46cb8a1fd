"""The hundred-and-sixth held-out throughput family: a sign-language translation model's training clips/s (a video
transformer from signing video, pose keypoints and hand crops to spoken-language text, trained on PHOENIX-2014T- or
How2Sign-style continuous signing clips with their translations), each rank's counts logged through the neptune.ai
client in its asynchronous mode (operations queued on local disk, synchronised by a background thread every few
seconds), fetched from the Neptune API by the monitor once a minute and summed over the last minute.

(No generator's head names Neptune, neptune.ai, PHOENIX, How2Sign, hand crops, an offline mode, an asynchronous mode
or a background thread; sign-language *recognition* is in two heads (the seventy-sixth and eighty-sixth: a pose-keypoint
transformer or skeleton network, an RGB video transformer on isolated and continuous signs, both clips/s), so the job's
task (translation to spoken-language text, with a text decoder) is new but its family and its unit are not; "keypoint",
"pose", "clips/s", "video transformer" and "translation" (a machine-translation Transformer) match earlier heads. The
job and the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 520 lines with this docstring of about 110 lines (the code is about 420).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout105.py`` lines 1-110 and 538-547 (its
``make_heldout105`` and ``heldout105_set``, after a ``grep -n`` for their ``def`` lines and a ``wc -l``),
``tests/test_anomaly_heldout105.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110 (those four printed by one command), and
``/tmp/s52/genheads106.txt`` through ``grep -i`` / ``grep -c`` only (the words above; a ``grep -io`` printed up to
150 characters around each hit, which showed parts of generators 76's and 86's heads). Slips: none that I know of;
``wc -l`` of heldout105.py (its length) is not on the list. My own scratch scripts (``t106*.py``, not committed) built
and measured this family only.

Public sources read (through the search tool, as stored there): neptune.ai's "Connection modes" reference (async is the
default: data stored on the local disk and synchronised by a separate thread in the background, tracking calls
non-blocking; a persistent disk to restore data after connectivity problems or a restart; ``sync``, ``offline``,
``read-only``, ``debug`` modes), its "Offline logging" page and ``neptune sync`` (offline data in ``.neptune``, uploaded
later by hand, also after connectivity problems), neptune-client pull request 283 (the async operation processor sends
batches, retries on a lost connection, handles HTTP 429, and in that version kills its thread after its retries with
"All data is safe on disk"), neptune-client issues 1330, 1702 and 1753 (``X-coordinates (step) must be strictly
increasing``: a resumed run's replayed steps are refused and nothing is logged until the step passes the last one;
``custom_run_id`` to log from several processes to one run), Lightning pull request 19126 (``NeptuneLogger`` passes
``step`` again), the R client's ``fetch_values`` (a series' values with their timestamps) and ``neptune-fetcher``'s
page. On the job: Camgoz et al.'s "Sign Language Transformers" (joint CTC recognition and translation on PHOENIX14T), a
spatio-temporal transformer for translation (PHOENIX14T and CoL-SLTD, BLEU-4), LSA-T (sentence-level videos with
keypoints per signer), a ViT and RoBERTa translation thesis (LSA64, PHOENIX14T), Progressive Transformers' acronyms.

Assumed without checking (my own picture): 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.86-0.97 per doubling); a GPU trains
3-30 clips/s (log-uniform) at the first stage's cost, which grows as ``frames ** 0.9``, 1.6 times at double-resolution
hand crops, 0.3 of it without the RGB stream (pose keypoints only) and the text decoder's cost; the loaders (frame
decoding, hand crops, keypoint files) run at 1.8-4 times what the GPUs take, or 0.8-1.3 times (35 %: their cost grows
as ``frames``, 1.5 times at double crops, 0.2 without RGB; the tick noise larger). Later stages (70 % of runs relaunch
at 25-80 % of the run, 25 % of those again): half or twice the frames per clip, the other crop size, the RGB stream on
or off, a decoder 0.5, 2 or 3 times dearer (an mBART-initialised one), twice or half the nodes; redrawn until the level
moves 15 % (0.5-3 times the first stage's). Per 5-s tick an AR(1) of the log (sd 2.5-5.5 %, 5-9 % loader-bound;
correlation 20-90 s: a length-bucketing sampler's batches of similar sentences), a slow OU (sd 1-3 %, 20-120 min); an
epoch is 7,096 or 31,128 clips (PHOENIX-2014T's or How2Sign's training split as I remember them), and without
persistent workers (45 % of runs) its end costs 2-8 s (workers respawned). Pauses: a start-up (the clips' index,
keypoint files, the tokenizer and decoder weights, compilation) of 3-10 min ("long": 20-50) and a ramp from 40-70 % over
2-8 min; a validation (beam-search decoding of the dev set, BLEU) every 20-60 min of stage-0 training ("long": 60-150),
of 2-7 min ("long": 10-25), the best weights saved after every 1 or 2 (10-40 s; "long" 1-3 min) and a ``last.ckpt``
every 10-30 min in a few seconds (no pause); crashes (an out-of-memory on the longest clips, NCCL time-outs, a node
lost;
exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long": 6-18) and restarted in 2-6 min ("long":
8-20), resumed from the newest checkpoint, a ramp from 75-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long":
5-12), 1-5 min queued, then a start-up.

On the path (not checked): that each rank appends its clips every ``q`` ticks (5-25 s: ``log_every_n_steps``), all
ranks of a node alike (one clock, one disk, one network: modelled per node), each value the clips since the last one,
stamped with the node's clock; that the async thread sends every 5 s (``SYNC``) in one batch; that a send during an
outage is retried with growing waits and goes out 0-60 s after the server is back (never given up); that a batch whose
acknowledgement was lost at an outage's start (50 %) is sent again: appended twice without ``step`` (40 % of runs),
refused with it; that ops still on the local disk at a crash reach the server only by a later manual ``neptune sync``
(too late for the monitor); that a replayed step is refused, so after a crash the values until the job passes its old
step are lost (runs with ``step``); that ``init_run`` fails where the server is down or slow within 10 min before a
process start, and then (per node, 50 %, one node kept) the node's ranks run offline until the process ends; the
server's ingestion lag (0.5-4 s, log-normal), slow episodes (first within 40 h, every 10-60 h, 5-30 min: 20-150 s more);
outages (first within 60 h, every 15-100 h; 0.5-5 min, 20 %: 10-40 min). Nothing was measured on a real system.

The monitor sums the values whose timestamp lies in minute ``m`` and which the API shows at its read, ``m``'s end
plus 5-40 s (per run) and 0-1 s; values shown later are never read (late); a read during an outage, or a failed one
(0.1-0.3 %: a 5xx or a 429), gives nothing (0). Clocks: each node off by ``N(0, 0.05-0.5 s)``, in 15 % of runs one node
by 5-60 s more (either way). One point is the minute's sum divided by 60; its timestamp is the minute's end. The healthy
run fixes which values exist, when they are seen and in which read; a regression takes a share ``a w`` of each tick's
clips, and each read loses what its values lost.

A point is paused where its window (widened by twice the logging interval, the clocks' largest offset and 3 s before
it, the offset and 3 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point
is widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset: ``drop`` (the keypoint and frame cache on the nodes' NVMe is lost and clips are read from the shared file
system: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's GPUs throttled or its NIC
degraded in bursts, every rank waiting at the all-reduce: bursts of mean 5-30 points at 1, calm of mean 20-90 at
0.05-0.25), ``leak`` (the loader workers' decoded-frame and crop caches grow until the host swaps: ``w = (s / ramp) **
p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a``
set from the reads at ``a = 1`` for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over the event's
live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout106_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    9          10    0.084-0.316  21              2-29 (2145, 0 >60)
long      31      9     11         11    0.096-0.347  17              2-87 (713, 4 >60)

Planned changes listed: short 8, long 11 (of 8 and 11 relaunches); crashes 75 and 36. The path over each set
(node-values; reads for the failed ones): short: unlogged 110, crash lost 96, step rejected 8428, offline 2028, dup 10,
dup rejected 7, late 46979, reads failed 210, retried 2144; long: unlogged 122, crash lost 30, step rejected 2829,
offline 0, dup 3, dup rejected 7, late 13194, reads failed 386, retried 3323. Reads over live points against the true
clips/s: 0.713-1.000 (short; the low end a run whose node clock is 56 s behind: half its values late), 0.914-1.000
(long); the median |log| step between live points 0.020-0.381 (short), 0.022-0.395 (long): a logging interval that does
not divide the minute (25 s) makes reads alternate between 2 and 3 values (the ranks log in step, so more nodes do not
smooth it).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT106_SEEDS = tuple(range(1062000, 1062012))
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one read (a point)
K = 12  # ticks per point
EPOCH = 1_800_000_000.0  # the first minute's start (unix s, a multiple of 60)
SYNC = 5.0  # s: the async thread's period (assumed)
KIND_P = (0.35, 0.3, 0.35)
CODE = 106
# pause lengths, minutes: (short lo, hi), (long lo, hi)
PAUSE = {"startup": ((3, 10), (20, 50)), "valid": ((2, 7), (10, 25)), "ckpt": ((10 / 60, 40 / 60), (1, 3)),
         "down": ((1, 4), (6, 18)), "restart": ((2, 6), (8, 20)), "stop": ((1, 3), (5, 12))}


def _pause(rng, kind: str, setting: str) -> float:
    """A pause's length (s)."""
    lo, hi = PAUSE[kind][hc.SETTINGS[setting]]
    return 60.0 * rng.uniform(lo, hi)


def _config(rng) -> dict:
    """The hardware and the loaders (fixed for the run)."""
    nodes = int(rng.choice([1, 2, 4, 8], p=[0.3, 0.35, 0.25, 0.1]))
    gpus = int(rng.choice([4, 8]))
    gpu = hc.log_uniform(rng, 3.0, 30.0)  # clips/s per GPU at the first stage's reference cost
    bound = rng.random() < 0.35  # the loaders (frame decoding, hand crops) limit the rate
    io = gpu * gpus * (rng.uniform(0.8, 1.3) if bound else rng.uniform(1.8, 4.0))  # clips/s per node
    return {"nodes0": nodes, "gpus": gpus, "gpu": gpu, "io": io, "bound": bound, "eff": rng.uniform(0.86, 0.97)}


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s at a stage: frames per clip (``frames``), hand-crop resolution (``crop``), the RGB stream on
    or off (pose keypoints only), the text decoder's cost (``dec``), the nodes."""
    g_cost = st["frames"] ** 0.9 * (1 + 0.6 * (st["crop"] - 1)) * (0.3 + 0.7 * st["rgb"]) * st["dec"]
    io_cost = st["frames"] * (1 + 0.5 * (st["crop"] - 1)) * (0.2 + 0.8 * st["rgb"])
    per_node_gpu = cfg["gpus"] * cfg["gpu"] / g_cost
    per_node = 1.0 / hc.smax(1.0 / per_node_gpu, io_cost / cfg["io"]) if cfg["io"] else per_node_gpu
    nodes = st["nodes"]
    return float(per_node * nodes * cfg["eff"] ** np.log2(nodes))


def _next_stage(rng, cfg: dict, st: dict, level0: float) -> dict:
    """A relaunch's stage: one setting changed, redrawn until the level moves 15 % (0.5-3 times the first's)."""
    cur = _level(cfg, st)
    for _ in range(200):
        new = dict(st)
        key = str(rng.choice(["frames", "crop", "rgb", "dec", "nodes"]))
        if key == "frames":
            new["frames"] = st["frames"] * float(rng.choice([0.5, 2.0]))
        elif key == "crop":
            new["crop"] = 3 - st["crop"]
        elif key == "rgb":
            new["rgb"] = 1 - st["rgb"]
        elif key == "dec":
            new["dec"] = st["dec"] * float(rng.choice([0.5, 2.0, 3.0]))
        else:
            new["nodes"] = min(16, st["nodes"] * 2) if rng.random() < 0.5 else max(1, st["nodes"] // 2)
        lv = _level(cfg, new)
        if abs(np.log(lv / cur)) >= np.log(1.15) and 0.5 <= lv / level0 <= 3:
            return new
    return {**st, "dec": st["dec"] * (0.5 if cur > level0 else 2.0)}


def _fill(lev: np.ndarray, a: float, b: float, rate: float) -> None:
    """Add ``rate`` over the ticks' overlap with ``[a, b)`` s."""
    i0, i1 = int(a // TICK), min(len(lev), int(np.ceil(b / TICK)))
    if i1 <= i0:
        return
    t = np.arange(i0, i1) * TICK
    ov = np.minimum(b, t + TICK) - np.maximum(a, t)
    lev[i0:i1] += rate * np.maximum(ov, 0) / TICK


def _schedule(rng, n: int, setting: str):
    """The job's true clips per tick, its pauses, stages, crashes and process starts."""
    cfg = _config(rng)
    st = {"frames": 1.0, "crop": 1, "rgb": 1 if rng.random() < 0.8 else 0, "dec": 1.0, "nodes": cfg["nodes0"]}
    level0 = _level(cfg, st)
    T = n * STEP + 900.0
    nt = int(T // TICK)
    lev = np.zeros(nt)
    pauses_t, stages, known_t, crashes, starts, ckpts = [], [st], [], [], [], []
    rel = []
    if rng.random() < 0.7:
        rel.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            rel.append(min(T, rel[0] + rng.uniform(0.1, 0.4) * T))
    crash_mean = 3600.0 * rng.uniform(12, 48)
    val_base = 60.0 * rng.uniform(*((20, 60), (60, 150))[hc.SETTINGS[setting]])  # minutes of stage-0 training
    ck_every = int(rng.choice([1, 2]))  # the best model saved after every first or second validation
    ck_period = 60.0 * rng.uniform(10, 30)  # and a "last.ckpt" every so many minutes (a few seconds: no pause)
    t, n_val, ri = 0.0, 0, 0

    def start(t0: float, kind: str) -> float:
        """A start-up (``kind``: its pause) or a restart after a crash, then a ramp; returns its end."""
        if kind == "startup":
            dur, r, f0 = _pause(rng, kind, setting), 60 * rng.uniform(2, 8), rng.uniform(0.4, 0.7)
        else:
            dur, r, f0 = 0.0, 60 * rng.uniform(1, 3), rng.uniform(0.75, 0.95)
        if dur:
            pauses_t.append((t0, t0 + dur, kind))
        t1 = t0 + dur
        pauses_t.append((t1, t1 + r, "ramp"))
        starts.append((t1, level_of[0], st_of[0]["nodes"]))
        for j in range(int(np.ceil(r / TICK))):  # the ramp's first half at f0 of the level, rising to it after
            a = t1 + j * TICK
            _fill(lev, a, min(a + TICK, t1 + r), level_of[0] * (f0 + (1 - f0) * max(0.0, (a - t1) / r * 2 - 1)))
        return t1 + r

    level, level_of, st_of = level0, [level0], [st]
    t = start(0.0, "startup")
    next_crash = t + max(1200.0, rng.exponential(crash_mean))
    last_ck = t
    while t < T:
        val_due = t + val_base * level0 / level * rng.uniform(0.9, 1.1)
        nxt = [val_due, next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(nxt))
        end = max(nxt[which], t + TICK)
        _fill(lev, t, min(end, T), level)
        t = end
        if t >= T:
            break
        if which == 0:
            n_val += 1
            dur = _pause(rng, "valid", setting)
            pauses_t.append((t, t + dur, "valid"))
            t += dur
            if n_val % ck_every == 0:
                dur = _pause(rng, "ckpt", setting)
                pauses_t.append((t, t + dur, "ckpt"))
                t += dur
                last_ck = t
                ckpts.append(t)
        elif which == 1:
            down = _pause(rng, "down", setting) + _pause(rng, "restart", setting)
            pauses_t.append((t, t + down, "crash"))
            crashes.append((t, max(last_ck, t - rng.uniform(0, ck_period))))  # the newest "last.ckpt"
            t = start(t + down, "restart")
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
        else:
            ri += 1
            dur = _pause(rng, "stop", setting) + 60 * rng.uniform(1, 5)
            pauses_t.append((t, t + dur, "relaunch"))
            known_t.append(t)
            st = _next_stage(rng, cfg, st, level0)
            stages.append(st)
            level = level_of[0] = _level(cfg, st)
            st_of[0] = st
            t = start(t + dur, "startup")
            last_ck = t
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
    # noise: batches of similar-length sentences (a bucketing sampler) for tens of seconds, a slow drift
    sd = rng.uniform(0.05, 0.09) if cfg["bound"] else rng.uniform(0.025, 0.055)
    a = np.exp(-TICK / rng.uniform(20, 90))
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), 60 * rng.uniform(20, 120))
    drift = ou[(np.arange(nt) * TICK // 60).astype(int)]
    J = lev * TICK * np.exp(x + drift - 0.5 * sd * sd)
    # epoch ends: without persistent workers the loaders are respawned (a few seconds without training)
    size = float(rng.choice([7096.0, 31128.0]))
    if rng.random() < 0.45:
        C = np.cumsum(J)
        ends = np.searchsorted(C, np.arange(1, int(C[-1] // size) + 1) * size)
        ends = ends[ends < nt]
        J[ends] *= np.maximum(0.0, 1 - rng.uniform(2, 8, len(ends)) / TICK)
    return SimpleNamespace(cfg=cfg, J=J, nt=nt, T=T, pauses_t=pauses_t, stages=stages, known_t=known_t,
                           crashes=crashes, starts=starts, ckpts=ckpts, n=n,
                           nodes=np.array([s["nodes"] for s in stages]),
                           counts={"relaunches": len(known_t), "crashes": len(crashes), "validations": n_val})


def _episodes(rng, T: float, first: float, every: tuple, length) -> np.ndarray:
    """``(start, end)`` rows: the first within ``first`` h, then every ``every`` h, each ``length(rng)`` s long."""
    out, t = [], rng.uniform(0, first * 3600)
    while t < T:
        d = length(rng)
        out.append((t, t + d))
        t += d + 3600 * rng.uniform(*every)
    return np.array(out).reshape(-1, 2)


def _inside(t: np.ndarray, iv: np.ndarray) -> np.ndarray:
    """The index of the interval of ``iv`` (sorted, disjoint ``(start, end)`` rows) holding each time, or -1."""
    if not len(iv):
        return np.full(len(t), -1)
    j = np.searchsorted(iv[:, 0], t, side="right") - 1
    ok = (j >= 0) & (t < iv[np.maximum(j, 0), 1])
    return np.where(ok, j, -1)


def _path(rng, run, n: int):
    """Every rank's logged counts through Neptune's async client to the monitor's minute reads (see the docstring)."""
    J, T, nt = run.J, run.T, run.nt
    C = np.concatenate([[0.0], np.cumsum(J)])
    steps = rng.random() < 0.6  # the logger passes ``step=`` (the global step): Neptune rejects a step not above
    q = int(rng.choice([1, 2, 3, 4, 5], p=[0.3, 0.3, 0.2, 0.1, 0.1]))  # ticks between two logged values
    maxn = int(run.nodes.max())
    off = rng.normal(0, rng.uniform(0.05, 0.5), maxn)
    if rng.random() < 0.15:
        off[int(rng.integers(maxn))] += rng.choice([-1, 1]) * rng.uniform(5, 60)
    outages = _episodes(rng, T, 60, (15, 100), lambda r: 60 * (r.uniform(0.5, 5) if r.random() < 0.8
                                                                   else r.uniform(10, 40)))
    slow = _episodes(rng, T, 40, (10, 60), lambda r: 60 * r.uniform(5, 30))
    slow_lag = rng.uniform(20, 150, len(slow))
    ingest, r_off, fail_p = rng.uniform(0.5, 4), rng.uniform(5, 40), rng.uniform(0.001, 0.003)
    counts = dict.fromkeys(("unlogged", "crash_lost", "step_rejected", "offline", "dup", "dup_rejected", "late",
                            "read_failed", "retried"), 0)
    ends = sorted([a for a, _ in run.crashes] + list(run.known_t) + [T])
    crash_at = {a: ck for a, ck in run.crashes}
    cols = []
    for i, (t1, level, nodes) in enumerate(run.starts):
        t_end = next((e for e in ends if e > t1), None)
        if t_end is None:
            continue
        s0, e0 = int(np.ceil(t1 / TICK)), min(nt, int(t_end // TICK))
        b = np.arange(s0, e0 + 1, q)
        if len(b) < 2:
            continue
        counts["unlogged"] += int(J[b[-1]:e0].sum() > 0) * nodes
        S, E = b[:-1], b[1:]
        keep = C[E] - C[S] > 0
        S, E = S[keep], E[keep]
        bad = np.zeros(len(S), bool)
        prev = [a for a in crash_at if a < t1]
        if steps and prev and not any(a < t1 for a in run.known_t if a > prev[-1]):
            a = prev[-1]  # resumed from the crash's last checkpoint: the steps since it come again
            lost = C[min(nt, int(a // TICK))] - C[min(nt, int(crash_at[a] // TICK))]
            bad = C[E] - C[s0] <= lost
        on = np.ones(nodes, bool)
        down = np.concatenate([outages, slow])  # init_run's calls fail or time out at a down or slow server
        if len(down) and ((down[:, 0] < t1) & (down[:, 1] > t1 - 600)).any() and nodes > 1:
            on = rng.random(nodes) >= 0.5  # init_run failed: this node's ranks fell back to offline mode
            on[int(rng.integers(nodes))] = True
        for j in range(nodes):
            ts = E * TICK + off[j] + rng.uniform(0, 0.2, len(E))
            ph = rng.uniform(0, SYNC)
            sync = ph + np.ceil((E * TICK + 0.2 - ph) / SYNC) * SYNC
            o = _inside(sync, outages)
            dup = np.zeros(len(E), bool)
            for w in np.unique(o[o >= 0]):  # retried (with growing waits) until the server answers
                a, z = outages[w]
                counts["retried"] += int((o == w).sum())
                sync[o == w] = z + rng.uniform(0, min(60.0, z - a))
                if rng.random() < 0.5:  # the batch in flight at the outage's start is sent again after it
                    dup |= (sync >= a - SYNC) & (sync < a) & (o == -1)
            lost = np.zeros(len(E), bool)
            if t_end in crash_at:  # ops still on the local disk at the crash: synced only by a manual ``neptune sync``
                lost = sync >= t_end
            vis = sync + rng.uniform(0.05, 0.5, len(E)) + ingest * np.exp(rng.normal(0, 0.5, len(E)))
            sl = _inside(vis, slow)
            vis = vis + np.where(sl >= 0, slow_lag[np.maximum(sl, 0)], 0.0)
            counts["crash_lost"] += int(lost.sum())
            counts["step_rejected"] += int((bad & ~lost).sum())
            if not on[j]:
                counts["offline"] += int(len(E))
                continue
            ok = ~lost & ~bad
            nd = int((dup & ok).sum())
            counts["dup" if not steps else "dup_rejected"] += nd
            m = np.full(len(E), 1.0 / nodes)
            rows = [(S[ok], E[ok], ts[ok], vis[ok], m[ok], np.full(ok.sum(), j))]
            if not steps and nd:
                d = dup & ok
                resend = sync[d] + rng.uniform(SYNC, 3 * SYNC, nd)
                rows.append((S[d], E[d], ts[d], np.maximum(vis[d], resend), m[d], np.full(nd, j)))
            cols += rows
    S, E, ts, vis, m, node = (np.concatenate(c) for c in zip(*cols))
    k = np.floor(ts / STEP).astype(int)
    R = (np.arange(n) + 1) * STEP + r_off + rng.uniform(0, 1, n)
    failed = (_inside(R, outages) >= 0) | (rng.random(n) < fail_p)
    inn = (k >= 0) & (k < n)
    kk = np.clip(k, 0, n - 1)
    late = inn & (vis > R[kk])
    counts["late"] = int(late.sum())
    counts["read_failed"] = int(failed.sum())
    use = inn & ~late & ~failed[kk]
    order = np.argsort(k[use], kind="stable")
    p = SimpleNamespace(S=S[use][order], E=E[use][order], k=k[use][order], m=m[use][order], node=node[use][order],
                        C=vis[use][order], D=R, off=off, steps=steps, q=q, outages=outages, failed=failed,
                        counts=counts)
    h = np.bincount(p.k, weights=p.m * (C[p.E] - C[p.S]), minlength=n) / STEP
    return p, h


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed (deterministic; not changed by the traces made)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path, h = _path(rng, run, n)
    wide = np.abs(run.path.off).max() + 3.0
    before = 2 * run.path.q * TICK + wide
    paused = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        s, e = int((a - wide) // STEP), min(n, int(np.ceil((b + before) / STEP)))
        if s < n:
            paused[max(s, 0):e] = True
    idx = np.nonzero(paused[1:] != paused[:-1])[0] + 1
    for s in idx:  # a lone paused point is widened to two
        if paused[s] and (s + 1 >= n or not paused[s + 1]):
            paused[min(s + 1, n - 1)] = True
    edges = np.nonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))[0]
    spans = [(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2])]
    spans = [(s, e + 1 if e - s == 1 and e < n else e) for s, e in spans]
    spans = [(s, e) for s, e in spans if e - s >= 1]
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30), rng.uniform(20, 90))
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    return w


def _loss(run, wt: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """What the reads ``lo .. hi`` lose at ``a = 1`` with tick weights ``wt`` (the rows are sorted by read)."""
    p = run.path
    CW = np.concatenate([[0.0], np.cumsum(run.J * wt)])
    i0, i1 = np.searchsorted(p.k, lo), np.searchsorted(p.k, hi)
    out = np.bincount(p.k[i0:i1] - lo, weights=p.m[i0:i1] * (CW[p.E[i0:i1]] - CW[p.S[i0:i1]]), minlength=hi - lo)
    return out / STEP


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str | None):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None after 80 draws."""
    n = len(healthy)
    pts = [(a, b) for a, b, _ in run.pauses_t]
    grid = np.arange(n + 1) * STEP
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, grid, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset + 2, ramp)
        i0, i1 = int(np.ceil(t0 / TICK)), min(run.nt, stop * K if stop < n else run.nt)
        wt = np.zeros(run.nt)
        wt[i0:i1] = w[np.minimum(((np.arange(i0, i1) * TICK - t0) // STEP).astype(int), len(w) - 1)]
        top = min(n, stop + 3)
        loss = np.zeros(n)
        loss[onset:top] = _loss(run, wt, onset, top)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        seg = slice(onset, stop)
        ls = loss[seg][live[seg]].sum()
        if ls <= 0:
            continue
        a = target * healthy[seg][live[seg]].sum() / ls
        if a > 1:
            continue
        v = np.maximum(healthy - a * loss, 0.0)
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
        if depth is None:
            continue
        nz = np.nonzero(loss)[0]
        at = int(nz[0])
        return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, a * loss[at:int(nz[-1]) + 1])
    return None


def _stamps(run) -> np.ndarray:
    """Each point's timestamp: its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout106(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout106_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT106_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout106, seeds, n, pauses)
