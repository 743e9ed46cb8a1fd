"""The hundred-and-thirteenth held-out throughput family: a sea-ice charting model's training tiles/s (a U-Net or
Swin-UNet segmenting Sentinel-1 SAR scenes, with passive-microwave and incidence-angle channels, into ice concentration,
stage of development and floe size), each rank writing its running tile count to its own ZooKeeper znode with a
conditional ``setData`` and holding an ephemeral znode for its session, the monitor listing and reading them once a
minute (``getChildren``, ``getData``).

(No generator's head names ZooKeeper, a znode, ``setData``, ``getChildren``, ``getData``, an ephemeral node,
``BadVersion``, a leader election, an ensemble, a session's expiry, sea ice, Sentinel, an ice chart, passive microwave
or a floe (``grep -ic`` on ``/tmp/s53/genheads113.txt``: 0 each); "U-Net" matches 3 heads, "segmentation" 3, "Swin" 1,
"tiles/s" 4 and "SAR" 1 (as part of another word, I take it): the unit and the model family are not new, the task (ice
charting from SAR scenes) and the path (per-rank counter znodes read through a ZooKeeper ensemble) are. The job and
the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout112.py`` lines 1-110 and 606-615 (its
``make_heldout112`` and ``heldout112_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout112.py`` (all), ``anomaly/heldout_common.py`` (all; the tool cut its middle, printed again
with ``sed`` in three parts), ``tests/trace_checks.py`` (all, in parts), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, and ``/tmp/s53/genheads113.txt`` through ``grep -ic`` only (the words
above). Slips: a ``wc -l`` of ``anomaly/heldout112.py`` (its length, 615 lines), run with the ``grep -n``, and a ``wc
-l`` of ``anomaly/heldout_common.py`` and ``tests/trace_checks.py``, not on the list, and at the end a ``git diff --stat
main...HEAD`` (three dots: my branch's changes only; it named my two files) where the rules give ``git diff --stat
HEAD~N``. My scratch scripts (``/tmp/s113_*.py``, not committed) built and measured this family only.

Public sources read (through the search tool): ZooKeeper's ``BadVersionException`` API page and a copy of the
programmer's guide on znodes (each write must give the version it read; a mismatch fails the update; an ephemeral
znode lives as long as the session that made it); the ZooKeeper FAQ on ``CONNECTION_LOSS`` (the request may or may
not have been applied, the client cannot tell; the client library reconnects to another server of its list; within
the session timeout the session is kept, after it the session has expired); a user-list answer quoting the guide
(the negotiated session timeout is 2 to 20 times the server's ``tickTime``; a client whose heartbeats stop, most often
for a GC pause, expires; the cluster then deletes the session's ephemeral znodes); the ZooKeeper client API page
(heart beats keep a session valid; an expired session's client is unusable, a new one must be made); a page on the
``tickTime`` / ``syncLimit`` settings (a follower that falls behind the leader past ``syncLimit`` restarts and its
clients move to another); the AutoICE Challenge paper's abstract and the MMSeaIce abstract (Sentinel-1 dual-polarised
SAR with AMSR2 microwave radiometer and other variables, labelled by national ice services' charts; a multi-task U-Net
for concentration, stage of development and floe size), a polarview page (SAR ambiguous at high wind; microwave
radiometer coarse), a study's notes (random patches of scenes, classes imbalanced, weighted cross-entropy; 80-90
epochs in 22-24 h on two V100s) and a small project page (random 128-pixel patches from 5000-pixel scenes).
Not read, from memory: that a client never connects to a server whose view is older than what it has seen (reads
never go back), that reads are served by the connected server without ``sync``, and that a leader election stops
writes and drops the clients' connections for its length.

Assumed without checking (my own picture of the job): 1, 2 or 4 nodes (40/40/20 %) of 4 or 8 GPUs (0.85-0.97 per node
doubling); a GPU trains 15-250 tiles/s (log-uniform) at the first stage (its tiles of the narrowest or the middle width,
50/50); a tile twice as wide costs 3.2-4.2 times, added channels (more microwave bands, the incidence angle's derived
inputs) 1.05-1.25, a larger encoder (a Swin backbone or a wider U-Net) 1.8-3.0; in 45 % of runs the loaders (reading SAR
rasters from netCDF, resampling the microwave grid, the class-balanced tile sampler rejecting tiles of open water) bind
at 1.1-2.5 times what the GPUs take (the soft maximum of the two), 2.6-4.0 times dearer per wider tile, 1.2-1.6 per
channel step, 1.03-1.15 per added season of scenes. Relaunches: 0-3 (30/40/20/10 %) at 20-85 % of the run, each with
wider or narrower tiles, channels added or removed, a larger or smaller encoder, 1-2 seasons added, or the nodes doubled
or halved, redrawn until the level moves 15 % (by 1/3 to 3 times). Per 5-s tick an AR(1) of the log (sd 1.5-4 %, 1.6
times that where loader-bound: scenes differ in their share of rejected tiles; correlation 10-60 s) and a slow OU (sd
1-3 %, 20-150 min); epochs of 0.3-3 M tiles (15 % more per season the run adds by its end) whose ends slow the job (the
tile index rebuilt over the scenes: 5-40 s at a tenth in 50 % of runs, else 1-3 s). Pauses: a start-up (opening the
scenes, counting the classes for the loss weights) of 3-10 min ("long": 20-50) and a ramp from 40-70 % over 2-8 min; a
validation (whole scenes, sliding windows) every 20-60 min ("long" 60-150) of 1.5-4 min ("long" 10-25), a checkpoint
after every 1 or 2 (10-40 s; "long" 1-3 min); crashes (exponential, mean 12-48 h, 20 min or more after a start): down
1-4 min ("long" 6-18) and restarted in 2-6 ("long" 8-20), a ramp from 75-95 % over 1-3 min; a relaunch: a stop of 1-3
min ("long" 5-12), 1-5 min queued, a start-up and its ramp.

On the path (not checked): each rank (one per GPU, equal shares of the tiles) registers an ephemeral znode a minute
before it trains and every 20, 30, 45 or 60 s (per run; its own phase, 0-0.3 s jitter) writes its count with ``setData``
at the version it last read; a planned stop writes what is left, a crash loses the tiles since its last write
(unlogged); a restarted rank reads its znode's total and goes on from it. The ensemble (not modelled server by server)
holds leader elections (first within 10-80 h, mean gap 20-100 h; 0.5-5 s in 70 %, 10-60 s in 30 %): a write sent in one
fails (``ConnectionLoss``) and is sent again 0.2-2 s after it; a reply lost at random (0.02-0.3 % of writes,
log-uniform) is sent again 0.2-3 s later. Half the lost replies hide an applied write; its resend then meets
``BadVersion``, re-reads and writes again: a run whose ranks write their own running total (``total``, 50 %) write the
same number (no harm), a run whose ranks write the read value plus what they counted since their last acknowledged write
(``delta``) count those tiles twice. A rank's reporter stalls (a long GC pause, a partition of its host from the
ensemble; per run first within 5-60 h, mean gap 8-40 h, one rank each, 0.3-5 times the session timeout of 4-40 s,
log-uniform): its writes wait for its end and 0.3-3 s more; one past the timeout expires the session, its ephemeral
znode vanishing at the stall's start plus the timeout, back 0.1-1 s after the rank reconnects (a new session). The
monitor's read lists the ephemeral znodes and reads each listed rank's count from its server, whose view lags by 0-0.2
s, or 2-40 s while it is a follower behind the leader (episodes first within 5-60 h, mean gap 10-60 h, 5-60 min long;
reads never go back in time); a rank not listed is left out of the minute: the monitor keeps its last value (``carry``,
50 % of runs: the backlog comes back in one read) or forgets it (``reset``: its next read is a base line, what came in
between is lost). The monitor reads at each minute's end plus 1-15 s (per run, log-uniform) and 0-1 s by its own clock,
off by ``N(0, 0.05-1 s)``, in 25 % of runs stepped by 2-10 s (either way; first within 5-60 h, mean gap 10-40 h) and
back 10-60 min later; a read in an election waits for its end (0.5-2 s more) where that is within 30 s, else fails;
0.1-0.3 % of reads are 5-40 s late, 0.05 % fail. A point is the minute's new tiles (the listed ranks' counts less their
last ones) over the time since the last read that did not fail, by the monitor's clock, stamped at the minute's end; a
failed read gives 0. The healthy run fixes which writes exist and which read counts each; a regression takes a share ``a
w`` of each tick's tiles, and each read loses what its counted writes lost. Simplified: a rank's tiles are a fixed share
of the job's, only the monitor's server lags, the ranks' clocks do not matter (the counts are totals, not keyed by
time), and nothing was measured on a real system.

A point is paused where its window (widened by one write interval and 3 s before it, the read delay and 4 s after)
touches a pause (or a ramp's first half), or where its read fails; a lone paused point is widened to two; a listed
change is the first point after a relaunch's pause span. Labelled regressions from their onset: ``drop`` (the scenes'
local cache lost, the rasters read from the object store: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points),
``straggler`` (one GPU throttled in bursts, the others waiting at each all-reduce: bursts of mean 5-30 points at 1,
calm of mean 20-90 at 0.05-0.25), ``leak`` (the sampler's cache of decoded scenes grows until the host swaps: ``w =
(s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held). Onsets by ``hc.onset_time`` (30 % at a pause's
end); ``a`` set from the reads at ``a = 1`` for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak; on its
plateau) over the event's live points, refused above 1; a draw kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout113_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    9          11    0.085-0.323  22              2-21 (1723, 0 >60)
long      28      10    9          9     0.101-0.317  12              2-75 (632, 3 >60)

Planned changes listed: short 13, long 9 (of 13 and 9 relaunches); crashes 44 and 38. The path over each set (counts
of writes unless said): short: unlogged (a crash's last stretch, per rank) 608, connection losses (in elections or a
reply lost) 2520, twice counted 255 ("delta" runs), held by a stalled reporter 53, expired sessions 45, never counted
(their rank not listed again: a planned stop's last write, a crashed rank's unread writes) 369, lost to a base line
("reset" runs) 183, reads from a lagging follower 1186, late reads 155, failed reads 37; long: unlogged 508, connection
losses 1407, twice counted 307, held 31, expired 20, never counted 226, lost to a base line 337, lagging reads 1751,
late 143, failed 47. The reads' sum over the live points against the job's tiles: 0.9999-1.0010 (short),
0.9998-1.0014 (long): the path moves tiles between minutes more than it loses them; the live points' minute-to-minute
change (median ``|d log|`` per run) 1.7-18.6 % (short), 1.3-14.7 % (long), its 99th percentile 11-59 % and 5-55 %:
where a rank writes every 45 s and few ranks share the job, a minute's read holds one or two of each rank's writes
(a beat between the write and read intervals, 8.0 and 18.6 % in the two such "short" runs, 1.7-3.7 % in the others),
which I did not smooth away.

Size: over 520 lines (about 630) with this docstring of about 100 lines (the job's schedule, the ranks' writes, the
monitor's reads and the regressions' losses through them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT113_SEEDS = tuple(range(1132000, 1132012))
CODE = 113
TICK, STEP = 5.0, 60.0
K = int(STEP // TICK)
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a minute boundary
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (2, 30), "long": (2, 90)}
PATH_KEYS = ("unlogged", "conn_loss", "dup", "stalled", "expired", "unlisted", "lost_reset", "lagged", "late",
             "failed_reads")
_PAUSE = {  # (lo, hi) seconds per setting: short, long
    "startup": ((180, 600), (1200, 3000)), "valid_every": ((1200, 3600), (3600, 9000)),
    "valid": ((90, 240), (600, 1500)), "ckpt": ((10, 40), (60, 180)), "down": ((60, 240), (360, 1080)),
    "restart": ((120, 360), (480, 1200)), "stop": ((60, 180), (300, 720)),
}


@dataclass
class Path:
    """The writes (per write: its rank, send and apply time, the tiles' times it covers, its share of the job's
    tiles, how often it counts, the point that counts it or -1) and the monitor's reads."""

    rank: np.ndarray
    t: np.ndarray
    tapp: np.ndarray
    c0: np.ndarray
    c1: np.ndarray
    share: np.ndarray
    mult: np.ndarray
    k: np.ndarray
    reads: np.ndarray  # true time of each minute's read
    view: np.ndarray  # the time whose state the read saw
    failed: np.ndarray
    el: np.ndarray  # elapsed by the monitor's clock since the last read that did not fail
    policy: str  # how a rank writes: "total" or "delta"
    monitor: str  # how the monitor takes a rank it did not list: "carry" or "reset"
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # tiles trained per tick
    pauses_t: list  # (start, end, kind) seconds
    known_t: list
    stages: list
    lives: list  # (stage, start, end, crashed): one incarnation of the job's processes
    cfg: dict
    counts: dict
    path: Path | None = None
    dt: float = STEP
    lin: tuple = ()  # the counted writes (``_lin``)


def _span(rng, name: str, setting: str) -> float:
    lo, hi = _PAUSE[name][hc.SETTINGS[setting]]
    return float(rng.uniform(lo, hi))


def _config(rng) -> dict:
    io = rng.uniform(1.1, 2.5) if rng.random() < 0.45 else None
    return {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 15, 250), "eff": rng.uniform(0.85, 0.97),
            "tile": rng.uniform(3.2, 4.2), "chan": rng.uniform(1.05, 1.25), "enc": rng.uniform(1.8, 3.0), "io": io,
            "io_tile": rng.uniform(2.6, 4.0), "io_chan": rng.uniform(1.2, 1.6), "season": rng.uniform(1.03, 1.15),
            "maxnodes": 8}


def _level(cfg: dict, st: dict) -> float:
    """The job's tiles/s at stage ``st``: the GPUs' rate, or the soft maximum of their and the loaders' step
    times where the loaders bind."""
    g = cfg["gpu"] / cfg["tile"] ** st["tile"] / cfg["chan"] ** st["chan"] / cfg["enc"] ** st["enc"]
    per = g
    if cfg["io"] is not None:
        io = cfg["gpu"] * cfg["io"] / cfg["io_tile"] ** st["tile"] / cfg["io_chan"] ** st["chan"]
        io /= cfg["season"] ** st["season"]
        per = 1.0 / hc.smax(1.0 / g, 1.0 / io)
    nodes = st["nodes"]
    return per * cfg["gpus"] * nodes * cfg["eff"] ** np.log2(nodes)


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's stage: one change, redrawn until the level moves by 15 % (and by 1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = rng.choice(["tile", "chan", "enc", "season", "nodes"])
        if what == "nodes":
            new["nodes"] = int(st["nodes"] * rng.choice([0.5, 2]))
            if not 1 <= new["nodes"] <= cfg["maxnodes"]:
                continue
        elif what == "season":
            new["season"] = st["season"] + int(rng.integers(1, 3))
        else:
            new[what] = st[what] + int(rng.choice([-1, 1]))
            if not 0 <= new[what] <= (2 if what == "tile" else 1):
                continue
        r = _level(cfg, new) / level
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "nodes": st["nodes"] * 2 if st["nodes"] < cfg["maxnodes"] else st["nodes"] // 2}


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: its stages, its pauses (start-ups, ramps, validations, checkpoints, crashes, relaunches) and its
    tiles per tick."""
    T = n * STEP + 600.0
    nt = int(T // TICK)
    cfg = _config(rng)
    st = {"tile": int(rng.integers(0, 2)), "chan": 0, "enc": 0, "season": 0,
          "nodes": int(rng.choice([1, 2, 4], p=[0.4, 0.4, 0.2]))}
    n_re = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    re_t = sorted(rng.uniform(0.2, 0.85, n_re) * n * STEP)
    stages, pauses, known, lives = [st], [], [], []
    crash_mean = rng.uniform(12, 48) * 3600
    every_ck = int(rng.integers(1, 3))
    ramp_of = []  # (start, end, from)
    t, si, n_val, life0 = 0.0, 0, 0, 0.0
    su = _span(rng, "startup", setting)
    pauses.append((0.0, su, "startup"))
    t = su
    r = rng.uniform(120, 480)
    ramp_of.append((t, t + r, rng.uniform(0.4, 0.7)))
    next_val = t + _span(rng, "valid_every", setting)
    next_crash = t + max(1200.0, rng.exponential(crash_mean))
    ri = 0
    while t < T:
        due = [next_val, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(due))
        t = max(t, due[which])
        if t >= T:
            break
        if which == 0:
            d = _span(rng, "valid", setting)
            pauses.append((t, t + d, "valid"))
            t += d
            n_val += 1
            if n_val % every_ck == 0:
                d = _span(rng, "ckpt", setting)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_val = t + _span(rng, "valid_every", setting)
        elif which == 1:
            lives.append((si, life0, t, True))
            d1, d2 = _span(rng, "down", setting), _span(rng, "restart", setting)
            pauses.append((t, t + d1, "crash"))
            pauses.append((t + d1, t + d1 + d2, "restart"))
            t += d1 + d2
            life0 = t
            r = rng.uniform(60, 180)
            ramp_of.append((t, t + r, rng.uniform(0.75, 0.95)))
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
            next_val = t + _span(rng, "valid_every", setting)
        else:
            lives.append((si, life0, t, False))
            d = _span(rng, "stop", setting) + rng.uniform(60, 300) + _span(rng, "startup", setting)
            pauses.append((t, t + d, "relaunch"))
            t += d
            life0 = t
            st = _next_stage(rng, cfg, st, _level(cfg, st))
            stages.append(st)
            si += 1
            known.append(t)
            r = rng.uniform(120, 480)
            ramp_of.append((t, t + r, rng.uniform(0.4, 0.7)))
            ri += 1
            while ri < len(re_t) and re_t[ri] < t + 1800:
                ri += 1
            next_crash = t + max(1200.0, rng.exponential(crash_mean))
            next_val = t + _span(rng, "valid_every", setting)
    lives.append((si, life0, max(T, t) + 1.0, False))
    for a, b, f in ramp_of:
        pauses.append((a, b, "ramp"))
    pauses.sort()
    J = _rates(rng, cfg, stages, lives, pauses, ramp_of, nt)
    counts = {"relaunches": len(known), "crashes": sum(c for *_, c in lives)}
    return Run(n, nt, J, pauses, known, stages, lives, cfg, counts)


def _rates(rng, cfg, stages, lives, pauses, ramp_of, nt: int) -> np.ndarray:
    """Tiles per tick: each life's level, the noise, the ramps, the epochs' ends, nothing in a pause."""
    tt = (np.arange(nt) + 0.5) * TICK
    level = np.zeros(nt)
    for si, a, b, _ in lives:
        i0, i1 = int(np.ceil(a / TICK)), min(nt, int(np.ceil(b / TICK)))
        level[i0:i1] = _level(cfg, stages[si])
    io = cfg["io"] is not None
    sd, tau = rng.uniform(0.015, 0.04) * (1.6 if io else 1.0), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 9000))
    ou = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    rate = level * np.exp(ar + ou)
    for a0, b0, f in ramp_of:
        m = (tt >= a0) & (tt < b0)
        rate[m] *= f + (1 - f) * (tt[m] - a0) / (b0 - a0)
    for a0, b0, kind in pauses:
        if kind != "ramp":
            rate[int(np.floor(a0 / TICK)):int(np.ceil(b0 / TICK))] = 0.0
    J = rate * TICK
    ep = rng.uniform(3e5, 3e6) * 1.15 ** max(s["season"] for s in stages)
    long_dip = rng.random() < 0.5
    cum = np.cumsum(J)
    ends = np.searchsorted(cum, np.arange(ep, cum[-1], ep))
    for i in ends:
        d = rng.uniform(5, 40) if long_dip else rng.uniform(1, 3)
        j1 = min(nt, i + int(np.ceil(d / TICK)))
        J[i:j1] *= np.where(np.arange(j1 - i) * TICK < d, 0.1, 1.0)
    return J


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(start, end)`` up to ``T``: the first within ``first`` hours, then gaps of a mean drawn from
    ``gap`` hours (exponential), each ``dur`` seconds long (uniform)."""
    out, mean = [], rng.uniform(*gap) * 3600
    t = rng.uniform(first[0] * 3600, first[1] * 3600)
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean)
    return out


def _in(t: np.ndarray, eps) -> np.ndarray:
    """The index of the episode ``(a, b)`` of ``eps`` (sorted, disjoint) holding each time, -1 where none."""
    if not eps:
        return np.full(len(t), -1)
    a = np.array([e[0] for e in eps])
    b = np.array([e[1] for e in eps])
    i = np.searchsorted(a, t, side="right") - 1
    ok = (i >= 0) & (t < b[np.maximum(i, 0)])
    return np.where(ok, i, -1)


def _writes(rng, run: Run, I: float, policy: str, elections, counts) -> tuple[list, list]:
    """Every rank's writes per life (columns rank, t, tapp, c0, c1, share, mult) and its listed intervals."""
    rows, listed, timeout = [], [], run.cfg["timeout"]
    base, p_lost = 0, hc.log_uniform(rng, 2e-4, 3e-3)
    starts = []
    for si, st in enumerate(run.stages):
        R = run.cfg["gpus"] * st["nodes"]
        starts.append(base)
        base += R
    for si, a, b, crashed in run.lives:
        R = run.cfg["gpus"] * run.stages[si]["nodes"]
        for r in range(R):
            rid = starts[si] + r
            t = a + rng.uniform(0, I) + np.arange(0, max(b - a, 0) / I + 1) * I
            t = t + rng.uniform(0, 0.3, len(t))
            t = t[t < b]
            if not crashed:
                t = np.append(t, b)
            c0 = np.concatenate([[a], t[:-1]])
            mult = np.ones(len(t))
            if crashed and len(t):  # the tiles since the last write are never written
                t, c0, mult = np.append(t, b), np.append(c0, t[-1]), np.append(mult, 0.0)
                counts["unlogged"] += 1
            tapp = t + 0.01
            e = _in(t, elections)
            hit = e >= 0
            ends = np.array([x[1] for x in elections] or [0.0])
            tapp[hit] = ends[e[hit]] + rng.uniform(0.2, 2, hit.sum())
            lost = (~hit) & (rng.random(len(t)) < p_lost) & (mult > 0)
            applied = lost & (rng.random(len(t)) < 0.5)
            resend = t + rng.uniform(0.2, 3, len(t))
            tapp = np.where(lost & ~applied, resend, tapp)
            counts["conn_loss"] += int(hit.sum() + lost.sum())
            n = len(t)
            rows.append(np.stack([np.full(n, rid), t, tapp, c0, t, np.full(n, 1.0 / R), mult]))
            if policy == "delta" and applied.any():  # the resend adds the same tiles again
                m = applied
                rows.append(np.stack([np.full(m.sum(), rid), t[m], resend[m], c0[m], t[m],
                                      np.full(m.sum(), 1.0 / R), np.ones(m.sum())]))
                counts["dup"] += int(m.sum())
            listed.append((rid, a - 60.0, b + (timeout if crashed else 1.0)))
    return rows, listed


def _path(rng, run: Run) -> Path:
    """The ranks' writes through the ensemble and the monitor's reads of them (module docstring)."""
    n, T = run.n, run.n * STEP + 600.0
    counts = {k: 0 for k in PATH_KEYS}
    I = float(rng.choice([20.0, 30.0, 45.0, 60.0]))
    policy = "total" if rng.random() < 0.5 else "delta"
    monitor = "carry" if rng.random() < 0.5 else "reset"
    timeout = hc.log_uniform(rng, 4, 40)
    run.cfg["timeout"], run.cfg["interval"] = timeout, I
    elections = [(a, a + (rng.uniform(0.5, 5) if rng.random() < 0.7 else rng.uniform(10, 60)))
                 for a, _ in _episodes(rng, T, (10, 80), (20, 100), (0, 0))]
    rows, listed = _writes(rng, run, I, policy, elections, counts)
    W = np.concatenate(rows, axis=1)
    rank, t, tapp, c0, c1, share, mult = W
    rank = rank.astype(int)
    R = int(rank.max()) + 1
    # the reporters' stalls: writes held to the stall's end, the session expired past its timeout
    gone = [[] for _ in range(R)]
    for sa, _ in _episodes(rng, T, (5, 60), (8, 40), (0, 0)):
        alive = [x for x in listed if x[1] + 60 < sa < x[2] - 60]
        if not alive:
            continue
        rid = alive[int(rng.integers(len(alive)))][0]
        D = timeout * hc.log_uniform(rng, 0.3, 5)
        back = sa + D + rng.uniform(0.3, 3)
        m = (rank == rid) & (t >= sa) & (t < sa + D)
        tapp[m] = np.maximum(tapp[m], back)
        counts["stalled"] += int(m.sum())
        if D > timeout:
            gone[rid].append((sa + timeout, back + rng.uniform(0.1, 1)))
            counts["expired"] += 1
    # the monitor's reads (by its clock ``M``, true time ``Tm``) and what its server had seen
    d = hc.log_uniform(rng, 1, 15)
    M = STEP * (np.arange(n) + 1) + d + rng.uniform(0, 1, n)
    late = rng.random(n) < rng.uniform(1e-3, 3e-3)
    M[late] += rng.uniform(5, 40, late.sum())
    counts["late"] = int(late.sum())
    off = np.full(n, rng.normal(0, rng.uniform(0.05, 1)))
    if rng.random() < 0.25:
        for a, b in _episodes(rng, T, (5, 60), (10, 40), (600, 3600)):
            off[(M >= a) & (M < b)] += rng.choice([-1, 1]) * rng.uniform(2, 10)
    Tm = M - off
    run.cfg["delay"], run.cfg["maxoff"] = d, float(np.abs(off).max())
    failed = rng.random(n) < 5e-4
    e = _in(Tm, elections)
    for i in np.nonzero(e >= 0)[0]:
        end = elections[e[i]][1]
        if end - Tm[i] > 30:
            failed[i] = True
        else:
            w = end + rng.uniform(0.5, 2) - Tm[i]
            Tm[i] += w
            M[i] += w
    counts["failed_reads"] = int(failed.sum())
    lag = rng.uniform(0, 0.2, n)
    for a, b in _episodes(rng, T, (5, 60), (10, 60), (300, 3600)):
        m = (Tm >= a) & (Tm < b)
        lag[m] = rng.uniform(2, 40) + rng.uniform(0, 1, m.sum())
    counts["lagged"] = int((lag > 1).sum())
    view = np.maximum.accumulate(np.where(failed, -np.inf, Tm - lag))
    ok = np.nonzero(~failed)[0]
    el = np.zeros(n)
    el[ok] = np.diff(np.concatenate([[0.0], M[ok]]))
    # which read counts each write
    k = np.full(len(t), -1)
    order = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[order], np.arange(R + 1))
    spans = [[] for _ in range(R)]
    for rid, a, b in listed:
        spans[rid].append((a, b))
    for rid in range(R):
        on = np.zeros(len(ok), bool)
        for a, b in spans[rid]:
            on |= (Tm[ok] >= a) & (Tm[ok] < b)
        for ga, gb in gone[rid]:
            on &= ~((Tm[ok] >= ga) & (Tm[ok] < gb))
        Lr = ok[on]
        if not len(Lr):
            continue
        idx = order[bounds[rid]:bounds[rid + 1]]
        j = np.searchsorted(view[Lr], tapp[idx], side="left")
        got = np.where(j < len(Lr), Lr[np.minimum(j, len(Lr) - 1)], -1)
        if monitor == "reset":  # a listed read after one it was not listed at is a base line
            base = Lr[~np.concatenate([[False], on[:-1]])[on]]
            lost = np.isin(got, base)
            counts["lost_reset"] += int((lost & (mult[idx] > 0)).sum())
            got = np.where(lost, -1, got)
        k[idx] = got
    counts["unlisted"] = int(((k < 0) & (mult > 0) & (tapp < view[-1])).sum()) - counts["lost_reset"]
    return Path(rank, t, tapp, c0, c1, share, mult, k, Tm, view, failed, el, policy, monitor, counts)


def _lin(run: Run) -> tuple:
    """The counted writes sorted by the start of the tiles they cover: ``(c0, c1, point, weight)``, a point's
    value being the sum of ``weight`` times the job's tiles over ``(c0, c1]``."""
    p = run.path
    v = (p.k >= 0) & (p.k < run.n)
    k = p.k[v]
    w = p.share[v] * p.mult[v] / p.el[k]
    o = np.argsort(p.c0[v], kind="stable")
    return p.c0[v][o], p.c1[v][o], k[o], w[o]


def _reads(run: Run, J: np.ndarray, lo: float = -np.inf, hi: float = np.inf) -> np.ndarray:
    """The points the monitor reads of tiles ``J`` per tick (only the writes whose tiles start in ``[lo, hi)``)."""
    c0, c1, k, w = run.lin
    i0, i1 = np.searchsorted(c0, [lo, hi])
    C = np.concatenate([[0.0], np.cumsum(J)])
    edges = np.arange(len(C)) * TICK
    x = np.interp(c1[i0:i1], edges, C) - np.interp(c0[i0:i1], edges, C)
    return np.bincount(k[i0:i1], weights=w[i0:i1] * x, minlength=run.n)


def _spans(run: Run, n: int) -> list[tuple[int, int]]:
    """The paused points (module docstring), merged, a lone one widened to two."""
    p, I = run.path, run.cfg["interval"]
    after = run.cfg["delay"] + 1 + 4 + run.cfg["maxoff"]
    raw = []
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = a + 0.5 * (b - a)
        s, e = max(0, int((a - after) // STEP)), min(n, int(np.ceil((b + I + 3) / STEP)))
        if s < e:
            raw.append((s, e))
    raw += [(int(i), int(i) + 1) for i in np.nonzero(p.failed)[0]]
    spans = []
    for s, e in sorted(raw):
        if e - s < 2:
            s, e = (s, s + 2) if s + 2 <= n else (s - 1, e)
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and pauses setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    run.lin = _lin(run)
    healthy = _reads(run, run.J)
    spans = _spans(run, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (module docstring)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30), rng.uniform(20, 90))
    i = np.searchsorted(edges, s, side="right") - 1
    return np.where(i % 2 == 0, 1.0, calm)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None (module docstring)."""
    n = run.n
    ts = np.arange(n) * STEP
    stops = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, stops, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, max(ramp, 1))
        wt = np.zeros(run.nt)
        i0, i1 = onset * K, min(run.nt, stop * K)
        wt[i0:i1] = np.repeat(w, K)[:i1 - i0]
        m1 = _reads(run, run.J * wt, onset * STEP - 2 * STEP, stop * STEP)
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if lv.sum() < 8 or hs <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        a = target / (m1[c0:stop][lv].sum() / hs)
        if not 0 < a <= 1:
            continue
        m = a * m1
        v = np.maximum(healthy - m, 0.0)
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


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout113(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout113_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT113_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout113, seeds, n, pauses)
