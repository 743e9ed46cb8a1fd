"""The hundred-and-sixteenth held-out throughput family: a fisheries electronic-monitoring video model's training
images/s (a detector and species classifier with a length-measurement head, on frames from cameras over vessels'
sorting belts and rails), each node's reporter sending a passive check result through send_nsca to NSCA, Nagios's
external command file, bulk perfdata spooled for npcd into a per-node PNP4Nagios RRD, the last complete steps summed.

(No generator's head names NSCA, send_nsca, Nagios, an external command file, npcd, PNP4Nagios, perfdata, a spool
file, fisheries, vessels, electronic monitoring, glare, sorting belts or fish (``grep -ic`` on
``/tmp/s53/genheads115.txt``: 0 each); "rrd" matches 3 heads (collectd's and Checkmk's RRD files, a cluster's summary
RRD), "rrdtool" 1, "heartbeat" 1, "passive" 1 (passive-microwave channels), "species" 1 (a species classifier on spot
instances), "camera" 3, "video" 16, "images/s" 12: the unit, video frames and RRD storage are not new; the task (catch
on sorting belts and rails, species and length) and the path (passive check results through NSCA into Nagios's command
file, bulk perfdata for npcd, per-node PNP4Nagios RRDs read as last complete steps) are. Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout114.py`` lines 1-110 and 545-554 (its
``make_heldout114`` and ``heldout114_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout114.py`` (all), ``anomaly/heldout_common.py`` (all; the tool cut the middle of one combined
print, lines 110-537 printed again with ``sed``), ``tests/trace_checks.py`` (all; lines 1-300 printed again),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s53/genheads115.txt`` through
``grep -ic`` and one ``grep -i`` of the lines holding rrd, heartbeat, passive or species (cut to 200 characters).
Slips: a ``wc -l`` of ``anomaly/heldout114.py`` (554 lines) with the ``grep -n``, and one of ``heldout_common.py`` and
``trace_checks.py``; none else. The tests import ``HELDOUT114_SEEDS`` (disjoint seeds). My scratch scripts
(``/tmp/s116/``, not committed) built and measured this family only.

Public sources read (through the search tool): send_nsca(1) and nsca(8) man pages (passive host and service results
read from standard input, tab-delimited; port 5667; a connection timeout of 10 s by default); Nagios Core's external
commands page (the command file, ``[time] command_id;arguments``, read periodically by the daemon; Naemon reads it as
it comes); PNP4Nagios's packaged configs (bulk mode with npcd: Nagios appends perfdata lines with ``TIMET`` to a spool
file and moves it aside every ``service_perfdata_file_processing_interval`` (15 or 30 s in the samples); npcd watches
the spool directory and hands the files to ``process_perfdata.pl``; ``process_perfdata.cfg``: ``RRD_HEARTBEAT = 8460``,
``RRA_STEP = 60``, a ``TIMEOUT``); rrdcreate(1) and rrd_pdpcalc(1) (step, heartbeat: an interval between updates
longer than it is unknown; a GAUGE value holds back to the previous update); rrdtool, collectd, SmokePing and ntopng
issues on "illegal attempt to update using time ... (minimum one second step)" (an update at or before the last
update's second is refused); fisheries EM papers (Mask R-CNN detecting, classifying and measuring harvested fish in
EMS videos; CCTV over trawlers' discard belts, the domain gap; detectors on longline video; cameras under cover against
weather and light).

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 25-160 frames/s (log-uniform) at the first stage; in 55 % of runs the loaders (video decode, glare, water and
occlusion augmentation) bind at 0.9-2.2 times what the GPUs take (soft maximum). Relaunches: 0-3 (30/40/20/10 %) at
20-85 % of the run, each with larger frames (at most twice: GPU 1.5-2.3, loaders 1.4-2.0 times dearer), 1-3 more
vessels' or fleets' footage (loaders 1.02-1.12 each), a larger backbone (once, GPU 1.3-2.1) or the nodes doubled or
halved (up to 8), redrawn until the level moves 15 % (1/3 to 3 times); a relaunch 1-2 h after the previous at the
earliest. Per 5-s tick an AR(1) of the log (sd 2-5 %, 1.5 times where the loaders give under 1.4 times what the
GPUs take; correlation 15-60 s) and a slow OU (sd 1-3 %, 20-120 min: vessels' footage); each epoch (8-35 min at
the first stage, longer with a slower level and more footage) starts with the loaders' workers respawned: the rate at
0.2-0.5 for 8-40 s (a dip, not a pause). Pauses: start-up of 3-12 min ("long": 20-50) and a ramp
from 40-70 % over 2-6 min; a validation (detection mAP, species and length errors over held-out trips) every 20-60 min
("long" 60-150) of 1.5-4 min ("long" 10-25), a checkpoint after every 1 or 2 (10-40 s; "long" 1-3 min); crashes
(exponential, mean 12-48 h, 20 min or more after a start): down 1-4 min ("long" 6-18) and restarted in 2-6 ("long"
8-20), a ramp from 70-95 % over 1-3 min; a relaunch: a stop of 1-3 min ("long" 5-12), 1-5 min queued, a start-up and
its ramp. Nodes share the frames unevenly (log-normal, sd 3 %, per stage).

On the path (not checked): each node's reporter (a thread of the trainer's process) sends every 15, 30 or 60 s
(30/40/30 %; its own phase) the images/s since its last result or since the process started; none while the process
is down (start-up, crash, relaunch), so a crash loses the interval it cuts. send_nsca reaches NSCA in 0.01-0.8 s; NSCA
outages (first within 10-80 h, mean gap 30-150 h, 5-120 s): the result dropped (60 % of runs) or sent again after the
10-s timeout and 0-5 s (lost if still down); 0.01-0.1 % lost on the network. NSCA writes the command file; a Nagios
restart (first within 2-30 h, mean gap 6-48 h, 3-40 s) drops what arrives (65 %) or keeps it in a check-result
directory, handled 0-5 s after (35 %). Nagios reads the command file every 1, 15, 30 or 60 s (40/30/20/10 %); busy
spells (first within 2-20 h, mean gap 3-30 h, 20-300 s) handle the backlog in a 1.5-s burst; ``TIMET`` is the whole
second it handles a result, on a clock stepped 2-20 s for 10-60 min in 25 % of runs. Where two results of a node share
a second (a 30- or 60-s read of 15-s reports, a burst) or a clock step goes back, rrdupdate refuses all but the first:
the kept value then stands for the whole gap (a subsample, not a loss). The spool file moves aside every 15 s; npcd
takes it within 15 s and 0.1-2 s; npcd backlogs (first within 5-60 h, mean gap 20-100 h, 1-20 min) handle the files
after (in readdir order in 50 % of runs: an older file after a newer one is refused line by line); 0.1-0.5 % of files
are cut by ``process_perfdata.pl``'s timeout (the lines after a random point lost). The RRD: GAUGE, 60-s step, a
heartbeat of 120 s (35 %), 300 s (35 %) or PNP's 8460 s (30 %: a gap is filled with the next value); a step with under
30 known seconds is unknown. The monitor reads at each minute's end plus 5-40 s (per run) and 0-1 s (0.1-0.3 % of reads
1-5 min late, 0.05 % failed): per node, RRDs updated within the last 120-300 s (per run; older ones are stale, a node
gone), the step before the one its last update lies in; an unknown step adds nothing; a step can be read twice and
another skipped. A point is the sum (images/s), stamped at the minute's end. The reads are linear in the job's images.

A point is paused where the job time it covers (its minute, and the intervals of the reports in the steps it read)
touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is widened to two; a listed
change is the first point after a relaunch's pause span. Labelled regressions from their onset's point (a share
``a w`` of each tick's images lost, carried through the same reports): ``drop`` (the frames' cache on the local NVMe
lost, decoded from the object store again: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one
node's GPU throttled in bursts: mean 5-30 points at 1, calm of mean 20-90 at 0.05-0.25), ``leak`` (the decoded-clip
cache of the augmentation workers grows until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of
150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's end); ``a`` set from the reads (they are
linear: the reads of the lost images, exactly 0 outside the event) for a loss of 8-33 % (drop), 10-30 % (straggler)
or 12-35 % (leak) over the event's live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80
tries).

Measured (``heldout116_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     33      11    10         12    0.089-0.330  26              2-22 (1668, 0 >60)
long      31      10    10         11    0.081-0.328  20              2-74 (726, 6 >60)

Planned changes listed: short 17, long 12 (of 17 and 12 relaunches); crashes 46 and 43. The path over each set (counts
of results unless said): short: unlogged 135, to a down NSCA 99 (sent again 14), lost (NSCA or network) 216, dropped
at a Nagios restart 44, kept 18, cut off a file 128, refused by rrdupdate 23,391 (most in runs reading the command
file every 30-60 s with 15-s reports), files handled out of order 70; node-reads: unknown steps 427, read twice 2,346,
skipped 2,285, stale 11,685 (most in pauses); failed reads 41, late 149; long: 177, 124 (2), 371, 67, 130, 400,
49,373, 260; 329, 8,624, 8,539, 11,078; 41, 173. The reads' sum over the live points against the job's images:
0.998-1.000 (short), 0.999-1.000 (long); the live points' minute-to-minute change (median ``|d log|`` per seed)
1.3-3.3 % (short), 1.2-5.6 % (long), its 99th percentile 17-57 % and 12-117 %. Two changes after the first measure,
both before this table: the loss reads were taken as ``healthy - reads(regressed)`` (the cumulative sums' rounding
left differences of 1e-10 to the trace's end, every draw was refused: 15-20 events a set), now as the reads of the
lost images; and a relaunch drawn inside the previous one's pause followed it at once (two relaunches moving the level
by 4 % in all, one change listed), now it waits 1-2 h after the previous one's end.

Size: over 520 lines with a docstring of about 100 lines (the job's schedule, the path's five stages: reporter and
NSCA, the command file, the perfdata spool and npcd, the RRD, the monitor's reads).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter
from scipy.sparse import csr_matrix

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT116_SEEDS = tuple(range(1162000, 1162012))
CODE = 116
TICK, STEP = 5.0, 60.0
K = int(STEP // TICK)
EPOCH = 1_790_006_400  # a minute's end: the points are stamped at the minutes' ends
MAXN = 8  # the most nodes a run reaches
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (2, 25), "long": (2, 160)}
PATH_KEYS = ("unlogged", "nsca_down", "nsca_lost", "resent", "nagios_dropped", "nagios_kept", "file_cut", "rejected",
             "reordered", "unknown_steps", "reread", "skipped", "stale", "failed_reads", "late_reads")
DEAD = ("startup", "crash", "relaunch")  # the trainer's process (and its reporter thread) is not running


# ---------------------------------------------------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage: per node the slower of the GPUs and the loaders (soft), times the nodes and
    their scaling loss (``eff`` per doubling)."""
    g = cfg["gpus"] * cfg["gpu"] / (cfg["frame_g"] ** st["frames"] * cfg["bb"] ** st["bb"])
    rate = g
    if cfg["io"] is not None:
        io = cfg["io"] * cfg["gpus"] * cfg["gpu"] / (cfg["frame_l"] ** st["frames"] * cfg["fleet"] ** st["fleets"])
        rate = 1.0 / hc.smax(1.0 / g, 1.0 / io)
    nodes = st["nodes"]
    return float(nodes * rate * cfg["eff"] ** np.log2(nodes))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: larger frames, more vessels' or fleets' footage, a larger backbone or the nodes doubled
    or halved; redrawn until the level moves by 15 % or more (and by at most 3 times)."""
    for _ in range(60):
        kind = ["frames", "fleets", "bb", "nodes"][int(rng.choice(4, p=[0.3, 0.3, 0.2, 0.2]))]
        new = dict(st)
        if kind == "frames" and st["frames"] < 2:
            new["frames"] += 1
        elif kind == "fleets":
            new["fleets"] += int(rng.integers(1, 4))
        elif kind == "bb" and st["bb"] < 1:
            new["bb"] = 1
        elif kind == "nodes":
            up = st["nodes"] == 1 or (st["nodes"] < MAXN and rng.random() < 0.6)
            new["nodes"] = st["nodes"] * 2 if up else st["nodes"] // 2
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3:
            return new
    return {**st, "nodes": st["nodes"] * 2 if st["nodes"] < MAXN else st["nodes"] // 2}


def _dur(rng, long: bool, short_range, long_range, unit: float = 60.0) -> float:
    lo, hi = long_range if long else short_range
    return float(rng.uniform(lo, hi) * unit)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its stages, pauses, epochs and noise, per 5-s tick (``J``: images trained in each)."""
    long = setting == "long"
    T, nt = n * STEP, n * K
    cfg = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "gpus": int(rng.choice([4, 8])),
           "eff": rng.uniform(0.86, 0.97), "gpu": hc.log_uniform(rng, 25, 160),
           "io": None if rng.random() < 0.45 else hc.log_uniform(rng, 0.9, 2.2),
           "frame_g": rng.uniform(1.5, 2.3), "frame_l": rng.uniform(1.4, 2.0), "bb": rng.uniform(1.3, 2.1),
           "fleet": rng.uniform(1.02, 1.12)}
    st = {"frames": 0, "fleets": 0, "bb": 0, "nodes": cfg["nodes"]}
    rel_t = sorted(rng.uniform(0.2, 0.85, int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))) * T)
    period = _dur(rng, long, (20, 60), (60, 150))
    ck_every = int(rng.choice([1, 2]))
    crash_mean = rng.uniform(12, 48) * 3600
    pauses_t, ramps, known_t, stages = [], [], [], [(0.0, st)]
    counts = {"relaunches": 0, "crashes": 0, "valid": 0}

    def ramp(t, r0_range, d_range):
        d = rng.uniform(*d_range) * 60
        pauses_t.append((t, t + d, "ramp"))
        ramps.append((t, t + d, rng.uniform(*r0_range)))

    def startup():
        return _dur(rng, long, (3, 12), (20, 50))

    t = startup()
    pauses_t.append((0.0, t, "startup"))
    ramp(t, (0.4, 0.7), (2, 6))
    nv, ncr, ri = t + period * rng.uniform(0.5, 1.0), t + max(1200.0, rng.exponential(crash_mean)), 0
    while True:
        nr = rel_t[ri] if ri < len(rel_t) else np.inf
        nxt = min(nv, ncr, nr)
        if nxt >= T:
            break
        t = max(t, nxt)
        if nxt == nr:
            d = _dur(rng, long, (1, 3), (5, 12)) + rng.uniform(1, 5) * 60 + startup()
            pauses_t.append((t, t + d, "relaunch"))
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append((t, st))
            t += d
            known_t.append(t)
            counts["relaunches"] += 1
            ramp(t, (0.4, 0.7), (2, 6))
            ri += 1
            if ri < len(rel_t):  # the next relaunch 1-2 h after this one at the earliest
                rel_t[ri] = max(rel_t[ri], t + rng.uniform(60, 120) * 60)
            nv, ncr = t + period * rng.uniform(0.9, 1.1), t + max(1200.0, rng.exponential(crash_mean))
        elif nxt == ncr:
            d = _dur(rng, long, (1, 4), (6, 18)) + _dur(rng, long, (2, 6), (8, 20))
            pauses_t.append((t, t + d, "crash"))
            t += d
            counts["crashes"] += 1
            ramp(t, (0.7, 0.95), (1, 3))
            ncr = t + max(1200.0, rng.exponential(crash_mean))
            nv = max(nv, t + period * rng.uniform(0.3, 1.0))
        else:
            d = _dur(rng, long, (1.5, 4), (10, 25))
            pauses_t.append((t, t + d, "valid"))
            t += d
            counts["valid"] += 1
            if counts["valid"] % ck_every == 0:
                d = _dur(rng, long, (10, 40), (60, 180), unit=1.0)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            nv = t + period * rng.uniform(0.9, 1.1)
    pauses_t.sort()
    # per tick: the share of it trained, the ramps, the stage's level and node count
    tc = (np.arange(nt) + 0.5) * TICK
    f = np.ones(nt)
    for a, b, kind in pauses_t:
        if kind != "ramp":
            _cover(f, a, b, nt)
    mult = np.ones(nt)
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        mult[i0:i1] = r0 + (1 - r0) * np.clip((tc[i0:i1] - a) / (b - a), 0, 1)
    si = np.searchsorted([s for s, _ in stages], tc, side="right") - 1
    lv_st = np.array([_level(cfg, s) for _, s in stages])
    lvl, nn = lv_st[si], np.array([s["nodes"] for _, s in stages])[si]
    # epochs: the loaders' workers respawn at each epoch's start (a dip of seconds, not a pause)
    e0 = rng.uniform(8, 35) * 60
    ep_len = e0 * lv_st[0] / lvl * (1 + 0.08 * np.array([s["fleets"] for _, s in stages])[si])
    prog = np.cumsum(f * TICK / ep_len)
    starts = np.nonzero(np.diff(np.floor(prog)) > 0)[0] + 1
    dipf, dipd = rng.uniform(0.2, 0.5), rng.uniform(8, 40)
    for i in starts:
        mult[i:i + int(np.ceil(dipd / TICK))] *= dipf
    # noise: a fast AR(1) of the log (heavier where the augmentation workers bind) and a slow OU (vessels' footage)
    sd = rng.uniform(0.02, 0.05) * (1.5 if cfg["io"] is not None and cfg["io"] < 1.4 else 1.0)
    a = np.exp(-TICK / rng.uniform(15, 60))
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60), K)[:nt]
    J = np.maximum(lvl * mult * f * np.exp(ar + ou) * TICK, 0.0)
    w = np.exp(rng.normal(0, 0.03, (len(stages), MAXN)))  # per stage: each node's share of the frames
    S = np.where(np.arange(MAXN)[:, None] < nn[None, :], w[si].T, 0.0)
    S /= S.sum(axis=0, keepdims=True)
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, k=K, cfg=cfg, stages=stages, pauses_t=pauses_t, known_t=known_t,
                          known_kind=["relaunch"] * len(known_t), counts=counts, J=J, S=S, nn=nn, f=f, restarts=[])
    run.path = _path(rng, run)
    return run


def _cover(f, a: float, b: float, nt: int) -> None:
    """Take ``[a, b)`` (s) off the ticks' trained shares ``f``."""
    i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
    if i0 >= i1:
        return
    lo = np.arange(i0, i1) * TICK
    f[i0:i1] = np.maximum(f[i0:i1] - (np.minimum(b, lo + TICK) - np.maximum(a, lo)) / TICK, 0.0)


def _episodes(rng, T: float, first_h, gap_h, len_s) -> list[tuple[float, float]]:
    """Outage or stall episodes: the first within ``first_h`` hours, then exponential gaps of mean ``gap_h``
    (drawn) hours, each ``len_s`` s long (uniform); ordered and disjoint."""
    out, t, gap = [], rng.uniform(*first_h) * 3600, rng.uniform(*gap_h) * 3600
    while t < T:
        d = rng.uniform(*len_s)
        out.append((t, t + d))
        t += d + rng.exponential(gap) + 1.0
    return out


def _inside(x: np.ndarray, eps) -> np.ndarray:
    """The index of the episode of ``eps`` each time of ``x`` falls in, -1 where none."""
    if not eps:
        return np.full(len(x), -1)
    a, b = np.array(eps).T
    i = np.searchsorted(a, x, side="right") - 1
    return np.where((i >= 0) & (x < b[np.maximum(i, 0)]), i, -1)


# --------------------------------------------------------------------------------------------------------- the path

def _clock(rng, T: float):
    """The Nagios host's clock offset at true times (an NTP step of 2-20 s in 25 % of runs, undone 10-60 min
    later)."""
    if rng.random() >= 0.25:
        return lambda x: np.zeros_like(x)
    t0 = rng.uniform(0.1, 0.9) * T
    t1, off = t0 + rng.uniform(600, 3600), rng.choice([-1, 1]) * rng.uniform(2, 20)
    return lambda x: np.where((x >= t0) & (x < t1), off, 0.0)


def _reports(rng, run, R: float, dead) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Each node's reports ``(node, t, tp)``: every ``R`` s on its own phase while its process runs, the images/s
    over ``(tp, t]`` (from its previous report or the process's start), and how many intervals a crash or a
    relaunch cut off unsent."""
    T = run.n * STEP
    de = np.array(sorted(b for a, b in dead))
    nodes, ts, tps, unlogged = [], [], [], 0
    for j in range(MAXN):
        g = rng.uniform(0, R) + R * np.arange(int(T // R) + 1)
        g = g[g < T]
        alive = (_inside(g, dead) < 0) & (run.nn[np.minimum((g // TICK).astype(int), run.nt - 1)] > j)
        g = g[alive]
        if not len(g):
            continue
        prev = np.concatenate([[-np.inf], g[:-1]])
        i = np.searchsorted(de, g, side="right") - 1
        lr = np.where(i >= 0, de[np.maximum(i, 0)], 0.0)
        unlogged += int(((lr > prev) & np.isfinite(prev)).sum())
        tp = np.maximum(prev, lr)
        ok = g - tp >= 1.0
        nodes.append(np.full(ok.sum(), j))
        ts.append(g[ok])
        tps.append(np.maximum(prev, lr)[ok])
    return np.concatenate(nodes), np.concatenate(ts), np.concatenate(tps), unlogged


def _path(rng, run) -> SimpleNamespace:
    """The collection path's fixed draws and the linear map ``M`` from the reports' images/s to the monitor's reads
    (a report's value depends on the job, where and whether it lands does not)."""
    n, T = run.n, run.n * STEP
    c = dict.fromkeys(PATH_KEYS, 0)
    R = float(rng.choice([15, 30, 60], p=[0.3, 0.4, 0.3]))
    dead = [(a, b) for a, b, kind in run.pauses_t if kind in DEAD]
    node, t, tp, c["unlogged"] = _reports(rng, run, R, dead)
    m = len(t)
    # send_nsca -> the NSCA daemon (outages: a result dropped, or sent again after send_nsca's 10-s timeout)
    arr = t + rng.uniform(0, 0.5, m) + rng.uniform(0.01, 0.3, m)
    policy = "drop" if rng.random() < 0.6 else "retry"
    nsca = _episodes(rng, T, (10, 80), (30, 150), (5, 120))
    down = _inside(arr, nsca) >= 0
    c["nsca_down"] = int(down.sum())
    ok = ~down
    if policy == "retry":
        arr = np.where(down, arr + 10 + rng.uniform(0, 5, m), arr)
        ok |= down & (_inside(arr, nsca) < 0)
        c["resent"] = int((down & ok).sum())
    ok &= rng.random(m) >= rng.uniform(1e-4, 1e-3)  # a packet lost on the network
    c["nsca_lost"] = int(m - ok.sum())
    # NSCA -> the command file; a Nagios restart: the result dropped, or kept in check_result_path
    keep = rng.random() < 0.35
    ng = _episodes(rng, T, (2, 30), (6, 48), (3, 40))
    i = _inside(arr, ng)
    hit = ok & (i >= 0)
    if keep:
        arr = np.where(hit, np.array([b for a, b in ng] or [0.0])[np.maximum(i, 0)] + rng.uniform(0, 5, m), arr)
        c["nagios_kept"] = int(hit.sum())
    else:
        ok &= ~hit
        c["nagios_dropped"] = int(hit.sum())
    # Nagios reads the command file every C s (busy spells: the backlog handled in a burst); TIMET stamped then
    C = float(rng.choice([1, 15, 30, 60], p=[0.4, 0.3, 0.2, 0.1]))
    ph = rng.uniform(0, C)
    p = ph + C * np.ceil((arr - ph) / C) + rng.uniform(0, 0.3, m)
    busy = _episodes(rng, T, (2, 20), (3, 30), (20, 300))
    i = _inside(p, busy)
    p = np.where(i >= 0, np.array([b for a, b in busy] or [0.0])[np.maximum(i, 0)] + rng.uniform(0, 1.5, m), p)
    u = np.floor(p + _clock(rng, T)(p))
    # the spool file rotated every 15 s, npcd picking the files up (backlogs: handled later, maybe out of order)
    phs, phn = rng.uniform(0, 15), rng.uniform(0, 15)
    fid = np.ceil((p - phs) / 15).astype(np.int64)
    files, inv = np.unique(fid, return_inverse=True)
    q_f = phn + 15 * np.ceil((phs + 15 * files - phn) / 15) + rng.uniform(0.1, 2, len(files))
    reorder = rng.random() < 0.5
    back = _episodes(rng, T, (5, 60), (20, 100), (60, 1200))
    i = _inside(q_f, back)
    ends = np.array([b for a, b in back] or [0.0])[np.maximum(i, 0)]
    late = rng.uniform(0, 30, len(files)) if reorder else 0.05 * np.arange(len(files))  # readdir's order, or in turn
    q_f = np.where(i >= 0, ends + late, q_f)
    c["reordered"] = int(((i >= 0) & (np.diff(np.concatenate([[-np.inf], q_f])) < 0)).sum())
    cut_at = np.where(rng.random(len(files)) < rng.uniform(0.001, 0.005), rng.uniform(0, 1, len(files)), 2.0)
    rank = (np.argsort(np.argsort(inv * 1e7 + p)) - np.searchsorted(np.sort(inv), inv)) / np.bincount(inv)[inv]
    cut = ok & (rank >= cut_at[inv])
    c["file_cut"] = int(cut.sum())
    ok &= ~cut
    q = q_f[inv]
    # rrdupdate per node, in the order npcd applies them: a TIMET at or before the last update is refused
    H = float(rng.choice([120, 300, 8460], p=[0.35, 0.35, 0.3]))
    NK = n + 400
    ent, acc_q, acc_u = [], [], []
    known = np.zeros((MAXN, NK))
    for j in range(MAXN):
        idx = np.nonzero(ok & (node == j))[0]
        if not len(idx):
            acc_q.append(np.array([])), acc_u.append(np.array([]))
            continue
        idx = idx[np.lexsort((p[idx], q[idx]))]
        uu = u[idx]
        top = np.maximum.accumulate(np.concatenate([[-np.inf], uu]))[:-1]
        good = uu > top
        c["rejected"] += int((~good).sum())
        idx, uu = idx[good], uu[good]
        acc_q.append(q[idx]), acc_u.append(uu)
        u0, u1, rr = uu[:-1], uu[1:], idx[1:]
        kn = u1 - u0 <= H
        u0, u1, rr = u0[kn], u1[kn], rr[kn]
        k0, k1 = (u0 // STEP).astype(np.int64), ((u1 - 1e-6) // STEP).astype(np.int64)
        cnt = k1 - k0 + 1
        ks = np.repeat(k0, cnt) + np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        ov = np.minimum(np.repeat(u1, cnt), (ks + 1) * STEP) - np.maximum(np.repeat(u0, cnt), ks * STEP)
        sel = (ks >= 0) & (ks < NK) & (ov > 0)
        ks, ov, rr = ks[sel], ov[sel], np.repeat(rr, cnt)[sel]
        np.add.at(known[j], ks, ov)
        ent.append(np.stack([j * NK + ks, rr, ov]))
    ent = np.concatenate(ent, axis=1) if ent else np.zeros((3, 0))
    ent = ent[:, np.argsort(ent[0], kind="stable")]
    # the monitor: once a minute, each node's last complete step (a stale node left out), summed
    L, stale = rng.uniform(5, 40), rng.uniform(120, 300)
    r = STEP * (np.arange(n) + 1) + L + rng.uniform(0, 1, n)
    lt = rng.random(n) < rng.uniform(0.001, 0.003)
    r = np.where(lt, r + rng.uniform(60, 300, n), r)
    c["late_reads"] = int(lt.sum())
    failed = rng.random(n) < 0.0005
    c["failed_reads"] = int(failed.sum())
    rows, keys = [], []
    for j in range(MAXN):
        if not len(acc_q[j]):
            continue
        i = np.searchsorted(acc_q[j], r, side="right") - 1
        lu = np.where(i >= 0, acc_u[j][np.maximum(i, 0)], -np.inf)
        fresh = (i >= 0) & (r - lu <= stale) & ~failed
        c["stale"] += int(((i >= 0) & (r - lu > stale) & (r < T)).sum())
        k = np.where(fresh, np.floor(lu / STEP) - 1, -1).astype(np.int64)
        kk = k[fresh]
        c["reread"] += int((np.diff(kk) == 0).sum())
        c["skipped"] += int(np.maximum(np.diff(kk) - 1, 0)[np.diff(kk) < 5].sum())
        good = fresh & (k >= 0) & (known[j][np.clip(k, 0, NK - 1)] >= 30)
        c["unknown_steps"] += int((fresh & ~good).sum())
        rows.append(np.nonzero(good)[0]), keys.append(j * NK + k[good])
    rows, keys = np.concatenate(rows), np.concatenate(keys)
    s0, s1 = np.searchsorted(ent[0], keys), np.searchsorted(ent[0], keys, side="right")
    cnt = s1 - s0
    pos = np.repeat(s0, cnt) + np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    kj = ent[0][pos].astype(np.int64)
    data = ent[2][pos] / known.ravel()[kj]
    cols = ent[1][pos].astype(np.int64)
    M = csr_matrix((data, (np.repeat(rows, cnt), cols)), shape=(n, m))
    lo, hi = np.full(n, np.inf), np.full(n, -np.inf)
    np.minimum.at(lo, np.repeat(rows, cnt), tp[cols])
    np.maximum.at(hi, np.repeat(rows, cnt), t[cols])
    return SimpleNamespace(M=M, node=node, t=t, tp=tp, counts=c, policy=policy, keep=keep, R=R, C=C, H=H,
                           lo=lo, hi=hi, failed=failed, reads=r, ok=ok)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's reads (images/s per minute) of the job's images per tick ``J`` through the run's path."""
    p = run.path
    v = np.zeros(len(p.t))
    grid = np.arange(run.nt + 1)
    for j in range(MAXN):
        sel = p.node == j
        if not sel.any():
            continue
        C = np.concatenate([[0.0], np.cumsum(J * run.S[j])])
        v[sel] = (np.interp(p.t[sel] / TICK, grid, C) - np.interp(p.tp[sel] / TICK, grid, C)) / (p.t[sel] - p.tp[sel])
    return p.M @ v


# ------------------------------------------------------------------------------------------- points, pauses, events

def _build(seed: int, n: int, pauses: str):
    """``(run, healthy reads, pause spans, live mask, changes)``: a point is paused where the job time its reads
    cover (its reports' intervals and its own minute) touches a pause or a ramp's first half, or it reads nothing;
    a lone paused point is widened to two."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    h = _reads(run, run.J)
    p = run.path
    x0 = np.minimum(p.lo, STEP * np.arange(n))
    x1 = np.maximum(p.hi, STEP * (np.arange(n) + 1))
    iv = sorted((a, b if kind != "ramp" else a + 0.5 * (b - a)) for a, b, kind in run.pauses_t)
    a, b = np.array(iv).T
    j = np.searchsorted(a, x1) - 1
    mask = ((j >= 0) & (np.maximum.accumulate(b)[np.maximum(j, 0)] > x0)) | (h <= 0)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        if e - s == 1:
            mask[s + 1 if s + 1 < n else s - 1] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of its full effect per point: a drop (the frames' cache on the local NVMe lost, decoded
    from the object store again) within 1-6 points; a straggler (one node's GPU throttled under the sorting-deck
    heat, in bursts) at 1 for a mean of 5-30 points, calm at 0.05-0.25 for 20-90; a leak (the augmentation workers'
    decoded-clip cache growing until the host swaps) ``(s / ramp) ** p`` then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":
        calm = rng.uniform(0.05, 0.25)
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30), rng.uniform(20, 90))
        on = np.searchsorted(edges, s, side="right") % 2 == 1
        return np.where(on, 1.0, calm)
    return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: the job's images per tick lose ``a w`` from the onset's
    point, carried through the same path; ``a`` set for a drawn loss over the event's live points (the reads are
    linear in the job's images). An ``(Event, (onset, loss))`` pair, or None after 80 draws."""
    n = run.n
    ts = STEP * np.arange(n)
    pt = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        start = min(int(t0 // STEP), n - 1)
        stop = hc.event_stop(rng, kind, ramp, start, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - start, max(ramp, 1))
        wt = np.zeros(run.nt)
        wt[start * K:stop * K] = np.repeat(w, K)
        lost = _reads(run, run.J * wt)  # the reads of the images lost at a = 1 (exactly 0 outside the event)
        i0, i1 = start, min(n, stop + 3)
        lv = live[i0:i1]
        hs = healthy[i0:i1][lv].sum()
        if hs <= 0:
            continue
        loss1 = lost[i0:i1][lv].sum() / hs
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        if loss1 <= 0 or target / loss1 > 1:
            continue
        v = healthy - (target / loss1) * lost
        span = hc.changed_span(v, healthy, start, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(start + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (healthy - v)[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout116(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout116_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT116_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout116, seeds, n, pauses)
