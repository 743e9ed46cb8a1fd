"""The two-hundred-and-tenth held-out throughput family: a penguin colony census model's training images/s (a network
counting and classifying penguins in drone orthomosaics of breeding colonies; mosaics tiled and augmented on CPU
workers, the rare dense colonies oversampled; an evaluation on a held-out season's mosaics now and then) on 1, 2 or 4
nodes, read through LwM2M: each node's reporter updates a resource (its images since its last update, and its clock's
time) every 10-30 s on an LwM2M client registered (CoAP over UDP) with an Eclipse Leshan server, which observes it;
a monitor reads the server's notifications once a minute and sums them per minute of the update's time or of the
time the server received it.

(Heads' greps, ``grep -ic`` on the first 3 lines of the 204 ``anomaly/heldout*.py`` in
``/tmp/heldout210/210_heads.txt``: 0 each for LwM2M, Leshan, pmin, pmax, queue mode, registration, re-registration,
rebinding, retransmission, confirmable, penguin, colony, census, drone, orthomosaic, polar. "CoAP" 1 and "observ" 3:
generator 153 reads through CoAP Observe (RFC 7252 / 7641), so CoAP observation is not new; LwM2M's registration,
lifetime, queue mode, notification attributes and Leshan's store are. "udp" 1 (rsyslog over UDP), "notif" 1 (a
NOTIFY), "mosaic" 4 (GeoTIFF and benthic photo-mosaics cut into tiles: tiling mosaics is not new, the penguin census
is), "season" 1 (storm seasons), "NAT" 5 case-insensitive but 0 as a word, "tile" 27, "oversampl" 15, "images/s" 27
(common words). Matches printed only as up to 60 characters before and 40 after the word. Job and path named by
the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 313-408, cut from one long
print, printed again as lines 305-410), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic`` and ``grep -io`` only. Slips: a
``wc -l`` of ``anomaly/heldout_common.py`` and of ``tests/trace_checks.py``; an ``ls anomaly/heldout209.py`` (absent:
the tests check generator 209's seed range as ``range(2092000, 2092012)``); none else.

Public sources read (excerpts through the search tool): Leshan's wiki "LWM2M Devices with Dynamic IP" (behind a NAT
a client should use queue mode and start each wake with an Update, which moves the registration to its new
address); Leshan issues #1636 (after an address change the server answers a notification with RST and the client
stops it), #583, #544 and #852 (NB-IoT and NAT: the registration's address goes stale, U vs UQ binding), Californium
#774 (behind a NAT the server cannot reach a client after ~2 min until its next Update), OMA LwM2M for Developers #71
(an observation belongs to a registration); wakaama #454 (an IP change: RST, the client drops its observations and
should send an Update); Zephyr's LwM2M Kconfig pages (default pmin 0 or 10 s, pmax 0 or 60 s; queue-mode uptime
after a message 93 s, RFC 7252's MAX_TRANSMIT_WAIT); OMA's object 1 registry (lifetime, default pmin/pmax,
"Notification Storing When Disabled or Offline", binding U/UQ); OpenThread's and RIOT's CoAP parameters
(ACK_TIMEOUT 2 s, ACK_RANDOM_FACTOR 1.5, MAX_RETRANSMIT 4, the timeout doubling). Not read (from memory, unchecked):
that Leshan keeps registrations in memory unless a Redis store is configured, that a client re-registers on 4.04 to
an Update, that the monitor re-observes on a registration or an Update with a new address, Californium's message
deduplication. Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (30/40/30 %, 0.86-0.97 per doubling); a node's GPUs train
80-900 images/s (log-uniform) on the first tile shape, its CPU workers (tiling, augmentation) feed 1.1-2.2 times that;
a step waits for the slower (a soft maximum). One colony's mosaic at a time: 4-30 min of wall time (log-uniform), a
factor of sd 3-8 %, a dense colony (oversampled: 20-40 % of mosaics) 8-18 % dearer on the CPUs and a quarter of that
on the GPUs, opening a mosaic 4-20 s at 40-80 %. Per 5-s tick each node's Student-t noise (5 degrees, sd 2-5 %), a
step waiting for its nodes (a power mean of order 6); the shared file system's load: an OU (sd 1-2.5 %, 30-180 min)
and a daily swing of 1-4 %. Relaunches: 0-3 at 15-85 % of the run, 1.5 h apart, onto another node count (2 in 5) or
another tile shape / batch (the GPUs' cost 0.45-2.4 times the first's, the CPUs' that to a power 0.5-1), redrawn
until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-9 min ("long" 20-50) and a ramp from 35-70 % over
2-5 min; an evaluation on a held-out season every 45-120 min of training (+-15 %), 3-8 min ("long" 12-30), every 2nd
or 3rd followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h): down 2-5 min ("long"
8-20), a start-up of 2-5 ("long" 8-18) and a ramp; a relaunch: stopped 2-4 min ("long" 6-14) and queued 1-8 min,
then a start-up and its ramp.

On the path (not checked): one LwM2M registration per node and process; the reporter updates every ``P`` s (10-30 per
run, plus 0-0.4 s) with the images since its last update (a crash loses the interval under way; a graceful stop
reports it); the server observes at registration. ``pmin`` (0, 1, 5, 10, 15 s): a notification waits ``pmin`` after
the last and carries the value then (an update overwritten first is never notified); ``pmax`` (none, 15, 30, 60, 120,
300 s): the unchanged value notified again. CON (60 %: a lost datagram, 0.1-2 %, retransmitted after 2-3 s, doubling,
4 times, then given up and the observation cancelled) or NON (lost). The registration Update every 0.5-0.9 of a
lifetime of 60-300 s. A NAT rebinding (half the runs, 0.3-3 a day for the cluster): a non-queue client's next
notification is refused and its observation cancelled until its next Update (then re-observed: the current value is
read once more). Queue mode (30 %): each notification is preceded by an Update (0.1-1.5 s more; a rebinding costs
nothing). Server restarts 0.2-1.2 a day, down 10-300 s (log-uniform): in memory (half the runs) the registrations are
lost until each client's next contact re-registers (the queue-mode notification that found it out lost too), then
re-observed; in Redis they survive: a CON notification retries through the outage (within its 4 retransmissions)
or gives up, a NON one is lost, a queue-mode client stores the outage's last ``Q`` (4-12) notifications and sends
them after. Node clocks: synchronised (sd 0.02-0.3 s) or, 1 in 4, adrift (5-40 ppm from sd 2-8 s) and stepped 1-4
times a day. The monitor (per run): dedups by the update (half) or counts every copy; bins by the receive time or by
the update's clock time, where a copy received after its minute was read (5-30 s after its end) is dropped or
folded into the minute being read. A point is the minute's images / 60. The reads are linear in the images.

A point is paused where its minute or a neighbour touches a pause or a ramp's first half, or where it reads nothing;
a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share
``a w`` of each tick's images lost, carried through the same notifications and reads): ``drop`` (a tiling worker
OOM-killed: ``w = 1 - exp(-(s + 1) / tau)``, ``tau`` 1-8 ticks), ``straggler`` (a node's mosaic reads from a degraded
storage target: 1 for a mean of 20-180 ticks, calm 0.1-0.3 for a mean of 100-500), ``leak`` (the augmentation
workers' tile cache into swap: ``x ** p``, ``p`` 0.8-2.2, or ``1 - (1 - x) ** q``, ``q`` 1.2-2.5, then held); onsets
3 in 10 at a pause span's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau) setting ``a``
(linear), refused above 1.

Measured (``heldout210_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      9     12         10    0.082-0.313  17              1-31 (865, 0 >60)
long      31      10    12         9     0.080-0.313  19              1-83 (769, 7 >60)

Planned changes listed: short 13, long 19 (of 13 and 19 relaunches; none kept its stage); crashes 44 and 41. The path
over each set (counts): short: pmin overwrites 0, pmax repeats 21515, server restarts 43, NAT rebindings 30,
notifications sent unobserved 589, re-observations 154, NON lost 541, CON retransmissions 2000, CON given up 79,
retried through an outage 33, stored and sent after one 72, dropped by the store's quota 8, late copies dropped 0,
folded 0, counted twice 0, dropped by the dedup 21567, clock steps 140, intervals lost in a crash 90, minutes
reading nothing 4384 (most in pauses); long: 0, 75028, 40, 41, 712, 153, 712, 2348, 0, 0, 8, 0, 4, 0, 1, 75028, 130,
89, 17145. The live points' sum against the job's images: 0.994-1.001 per seed (short), 0.990-1.000 (long); the
live minute-to-minute change (median ``|d log|`` per seed) 1.4-37.6 % (short), 0.7-41.9 % (long), mostly the
reporting period against the minute (2 or 3 updates a minute at ``P`` 20-30 s), its 99th percentile 23-59 % (short),
20-70 % (long); the live median level 91-1,941 images/s (short), 156-2,475 (long). ``pmin`` never overwrote an update
(``pmin`` 15 s met ``P`` under 15 s in no run), and late copies were rare: those laws, and the outage's retries, are
checked on hand-made inputs. Before the first measure: none. Changes of the laws after it: one, made as one edit:
the first measure (both sets) showed the queue-mode runs batching notifications to a wake every 30-120 s, so every
other minute read nothing (live share 0.37-0.79, 1,000-2,000 spans a run) and stamp-binned queue runs losing a third
of their images as late (0.68); now a queue-mode client sends an Update before each notification, the server's
store is in memory or in Redis (new: a restart keeps the registrations, the outage's notifications are retried or
stored and sent, the store's quota ``Q``) and outages are 10-300 s (were 10-120). The tests check the laws on the
first 4 seeds at 3,000 points (``SPANS``: at most 40 points "short", 100 "long"); their cost is about 1.6 s on one
core (``taskset -c 0``, ``OMP_NUM_THREADS=1``: pytest says 1.2 s). The straggler's calm can hold it under 5 % of the
time (the common ``check_event_weights`` asks for more on its ``rng(0)`` draw: 4.8 %), so the tests check the
weights themselves.

Size: one family's job, path and regressions in one module as the other generators are; over 520 lines by its
docstring (sources, laws, counts: about 110 lines) and the LwM2M path's per-node simulation (about 200).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT210_SEEDS = tuple(range(2102000, 2102012))
CODE = 210
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point (one minute of the server's time)
K = int(STEP // TICK)
EPOCH = 1_794_000_000.0  # a multiple of 60
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 40), "long": (1, 100)}  # pause span lengths (points) the tests allow
PATH_KEYS = ("pmin_overwritten", "pmax_repeats", "server_restarts", "nat_rebinds", "unobserved", "reobserved",
             "non_lost", "con_retransmits", "con_giveups", "outage_retried", "stored_sent", "queue_quota_dropped",
             "late_dropped", "late_folded", "doubled", "dedup_dropped", "clock_steps", "crash_lost", "unread_minutes")

# pause lengths (s) per setting: (lo, hi), uniform
PAUSE = {
    "startup": {"short": (180.0, 540.0), "long": (1200.0, 3000.0)},  # first start and a relaunch's start-up
    "restartup": {"short": (120.0, 300.0), "long": (480.0, 1080.0)},  # after a crash
    "eval": {"short": (180.0, 480.0), "long": (720.0, 1800.0)},  # a held-out season's mosaics
    "ckpt": {"short": (20.0, 90.0), "long": (120.0, 300.0)},
    "crash": {"short": (120.0, 300.0), "long": (480.0, 1200.0)},  # down, before the restart's start-up
    "relaunch": {"short": (120.0, 240.0), "long": (360.0, 840.0)},  # stopped (a queue wait of 1-8 min is added)
}


@dataclass
class Path:
    """The LwM2M path's draws, the monitor's records and what happened on the way."""

    P: float = 20.0
    pmin: float = 0.0
    pmax: float = 0.0
    lifetime: float = 300.0
    con: bool = True
    queue: bool = False
    redis: bool = False  # the server's registrations and observations survive its restart
    mode: str = "recv"
    fold: bool = False
    dedup: bool = True
    upd: float = 0.7  # the registration Update's share of the lifetime
    p_loss: float = 0.01  # a datagram lost
    Q: int = 8  # the queue-mode client's store of notifications
    lag: float = 10.0  # s after a minute's end at which the monitor reads it
    a: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # each counted copy's ticks [a, b)
    b: np.ndarray = field(default_factory=lambda: np.zeros(0, int))
    minute: np.ndarray = field(default_factory=lambda: np.zeros(0, int))
    share: np.ndarray = field(default_factory=lambda: np.zeros(0))  # 1 / the life's node count
    copies: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # per update: copies counted
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # images trained per 5-s tick (all nodes)
    pauses_t: list  # (t0, t1, kind), ordered
    ramps: list  # (t0, t1): a start's ramp
    lives: list  # (t0, t1, nodes, graceful): a process (one LwM2M registration per node)
    known_t: list  # training resumes after a relaunch that changed the stage
    counts: dict
    stages: list
    dt: float = STEP
    path: Path = field(default_factory=Path)
    spans: list = field(default_factory=list)


def _dur(rng, kind: str, setting: str) -> float:
    lo, hi = PAUSE[kind][setting]
    return float(rng.uniform(lo, hi))


def _job(rng) -> tuple[dict, dict]:
    """The job's figures (assumed) and its first stage."""
    g = hc.log_uniform(rng, 80.0, 900.0)  # one node's GPUs, images/s on the first tile shape
    cfg = {"gpu": g, "cpu": g * rng.uniform(1.1, 2.2), "eff": rng.uniform(0.86, 0.97),
           "mos_sd": rng.uniform(0.03, 0.08), "dense": rng.uniform(0.08, 0.18), "p_dense": rng.uniform(0.2, 0.4),
           "noise": rng.uniform(0.02, 0.05), "ou_sd": rng.uniform(0.01, 0.025), "ou_tau": rng.uniform(1800, 10800),
           "fs_amp": rng.uniform(0.01, 0.04), "fs_phase": rng.uniform(0, 2 * np.pi)}
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "sg": 1.0, "sc": 1.0}
    return cfg, st


def _level(cfg: dict, st: dict) -> float:
    """The stage's images/s: the nodes (an efficiency per doubling) times a node's rate, whose step waits for the
    slower of the GPUs and the CPU workers (tiling, augmentation)."""
    n = st["nodes"]
    return n * cfg["eff"] ** np.log2(n) / hc.smax(st["sg"] / cfg["gpu"], st["sc"] / cfg["cpu"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: another node count (2 in 5) or another tile shape / batch (the GPUs' cost per image
    0.45-2.4 times the first shape's, the CPUs' that to a power 0.5-1), redrawn until the level moves 15 % (1/3 to
    3 times)."""
    new = dict(st)
    for _ in range(200):
        new = dict(st)
        if rng.random() < 0.4:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        else:
            f = hc.log_uniform(rng, 0.45, 2.4)
            new["sg"], new["sc"] = f, f ** rng.uniform(0.5, 1.0)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return new


def _timeline(rng, T: float, setting: str, cfg: dict, st: dict):
    """Segments of training ``(t0, t1, stage, r0)`` (a ramp from ``r0`` over the segment where ``r0 < 1``), pauses,
    ramps, process lives, the planned changes' times and the counts."""
    crash_mean = rng.uniform(10, 40) * 3600
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * T):
        if not rel or x - rel[-1] >= 5400:
            rel.append(float(x))
    ev_every, ck_every = rng.uniform(2700, 7200), int(rng.choice([2, 3]))
    segs, pauses_t, ramps, lives, known_t, stages = [], [], [], [], [], [dict(st)]
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t, ri, trained, n_eval = 0.0, 0, 0.0, 0
    next_crash = rng.exponential(crash_mean)
    ev_due = ev_every * rng.uniform(0.85, 1.15)
    start, changed = "startup", False
    while t < T:
        life0 = t
        su = _dur(rng, start, setting)
        pauses_t.append((t, t + su, "startup"))
        t += su
        rp, r0 = rng.uniform(120, 300), rng.uniform(0.35, 0.7)
        if changed:
            known_t.append(t)
        segs.append((t, t + rp, dict(st), r0))
        ramps.append((t, t + rp))
        t += rp
        trained += rp
        end = None
        while t < T:
            nxt_eval = t + max(ev_due - trained, 60.0)
            if next_crash <= t:
                next_crash = t + rng.uniform(60, 900)
            if ri < len(rel) and rel[ri] <= t:
                rel[ri] = t + rng.uniform(60, 600)
            nxt_rel = rel[ri] if ri < len(rel) else np.inf
            te = min(nxt_eval, next_crash, nxt_rel, T)
            segs.append((t, te, dict(st), 1.0))
            trained += te - t
            t = te
            if t >= T:
                break
            if te == nxt_eval:
                n_eval += 1
                counts["evals"] += 1
                d = _dur(rng, "eval", setting)
                pauses_t.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    d = _dur(rng, "ckpt", setting)
                    pauses_t.append((t, t + d, "ckpt"))
                    t += d
                trained, ev_due = 0.0, ev_every * rng.uniform(0.85, 1.15)
                continue
            end = "crash" if te == next_crash else "relaunch"
            break
        if end is None:
            lives.append((life0, max(t, T), st["nodes"], True))
            break
        lives.append((life0, t, st["nodes"], end == "relaunch"))
        if end == "crash":
            counts["crashes"] += 1
            d = _dur(rng, "crash", setting)
            pauses_t.append((t, t + d, "crash"))
            t += d
            next_crash = t + rng.exponential(crash_mean)
            start, changed = "restartup", False
        else:
            ri += 1
            counts["relaunches"] += 1
            d = _dur(rng, "relaunch", setting) + rng.uniform(60, 480)
            pauses_t.append((t, t + d, "relaunch"))
            t += d
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            changed = new != st
            counts["kept_stage"] += not changed
            st = new
            stages.append(dict(st))
            start = "startup"
    return segs, pauses_t, ramps, lives, known_t, counts, stages


def _rates(rng, cfg: dict, segs, nt: int) -> np.ndarray:
    """Images per tick: the stage's level, a ramp, the mosaics (one colony's mosaic at a time: 4-30 min, a factor of
    sd 3-8 %, a dense colony 8-18 % dearer on the CPUs and a quarter of that on the GPUs, its opening 4-20 s at
    40-80 %), the shared file system's slow load (an OU, sd 1-2.5 %, 30-180 min, and a daily swing of 1-4 %) and
    per tick each node's Student-t noise (5 degrees, sd 2-5 %): a step waits for its nodes (a power mean, 6)."""
    tt = (np.arange(nt) + 0.5) * TICK
    share, cg, cc = np.zeros(nt), np.ones(nt), np.ones(nt)
    nodes, ramp = np.ones(nt, int), np.ones(nt)
    for a, b, st, r0 in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ix = np.arange(i0, i1)
        share[i0:i1] += (np.minimum(b, (ix + 1) * TICK) - np.maximum(a, ix * TICK)) / TICK
        cg[i0:i1], cc[i0:i1], nodes[i0:i1] = st["sg"] / cfg["gpu"], st["sc"] / cfg["cpu"], st["nodes"]
        if r0 < 1:
            ramp[i0:i1] = r0 + (1 - r0) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    share = np.minimum(share, 1.0)
    T = nt * TICK
    dur = np.exp(rng.uniform(np.log(240), np.log(1800), int(T / 240) + 2))
    edges = np.concatenate([[0.0], np.cumsum(dur)])
    m = np.searchsorted(edges, tt, side="right") - 1
    fac = np.exp(rng.normal(0, cfg["mos_sd"], len(dur)))
    dense = rng.random(len(dur)) < cfg["p_dense"]
    open_len, open_lv = rng.uniform(4, 20, len(dur)), rng.uniform(0.4, 0.8, len(dur))
    gmul = fac * (1 + 0.25 * cfg["dense"] * dense)
    cmul = fac * (1 + cfg["dense"] * dense)
    node_rate = 1.0 / hc.smax(cg * gmul[m], cc * cmul[m])
    opening = np.where(tt - edges[m] < open_len[m], open_lv[m], 1.0)
    ou = hc.ou_path(rng, T, cfg["ou_sd"], cfg["ou_tau"])
    slow = np.exp(np.interp(tt, np.arange(len(ou)) * 60.0, ou)) * (
        1 + cfg["fs_amp"] * np.sin(2 * np.pi * tt / DAY + cfg["fs_phase"]))
    e = rng.standard_t(5, (4, nt)) * cfg["noise"] / np.sqrt(5 / 3)
    pm = {k: np.mean(np.exp(6 * e[:k]), axis=0) ** (1 / 6) for k in (1, 2, 4)}
    sync = np.where(nodes == 1, pm[1], np.where(nodes == 2, pm[2], pm[4]))
    total = nodes * cfg["eff"] ** np.log2(nodes) * node_rate * opening * slow * ramp / sync
    return total * share * TICK


def _schedule(rng, n: int, setting: str) -> Run:
    T = (n + 4) * STEP
    nt = int(T // TICK)
    cfg, st = _job(rng)
    segs, pauses_t, ramps, lives, known_t, counts, stages = _timeline(rng, T, setting, cfg, st)
    J = _rates(rng, cfg, segs, nt)
    return Run(n=n, nt=nt, J=J, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t, counts=counts,
               stages=stages)


def _poisson_times(rng, rate_per_day: float, T: float) -> np.ndarray:
    return np.sort(rng.uniform(0, T, rng.poisson(rate_per_day * T / DAY)))


def _clock(rng, T: float, counts: dict):
    """A node's clock offset (s) as a function of true time: synchronised (sd 0.02-0.3 s) or, 1 node in 4, adrift
    (5-40 ppm from an offset of sd 2-8 s) and stepped back (to sd 0.2 s) by a cron job 1-4 times a day."""
    if rng.random() >= 0.25:
        off = rng.normal(0, rng.uniform(0.02, 0.3))
        return lambda t: np.full(np.shape(t), off)
    steps = _poisson_times(rng, rng.uniform(1, 4), T)
    counts["clock_steps"] += len(steps)
    starts = np.concatenate([[0.0], steps])
    o0 = np.concatenate([[rng.normal(0, rng.uniform(2, 8))], rng.normal(0, 0.2, len(steps))])
    drift = rng.uniform(5e-6, 4e-5) * rng.choice([-1, 1])

    def off(t):
        i = np.searchsorted(starts, t, side="right") - 1
        return o0[i] + drift * (t - starts[i])

    return off


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[w0, w1)`` (rows of ``win``, sorted by start, may overlap)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    reach = np.maximum.accumulate(win[:, 1])
    return (i >= 0) & (x < reach[np.maximum(i, 0)])


def _sends(rng, p: Path, u: np.ndarray, life_end: float, c: dict) -> tuple[np.ndarray, np.ndarray]:
    """The notifications of one registration: ``(times, update index)``. ``pmin``: a notification waits ``pmin``
    after the previous one and carries the value then (an update overwritten before it goes is never notified);
    ``pmax``: the unchanged value is notified again ``pmax`` after the last notification."""
    if len(u) == 0:
        return np.zeros(0), np.zeros(0, int)
    if p.pmin <= 0 or len(u) < 2 or p.pmin <= np.diff(u).min():
        s, j = u.copy(), np.arange(len(u))
    else:
        s_l, j_l, last = [], [], -np.inf
        for i in range(len(u)):
            t = max(u[i], last + p.pmin)
            if i + 1 < len(u) and u[i + 1] <= t:
                c["pmin_overwritten"] += 1
                continue
            s_l.append(t)
            j_l.append(i)
            last = t
        s, j = np.array(s_l), np.array(j_l, int)
    if p.pmax > 0 and p.pmax >= p.pmin and len(s):
        gap = np.diff(np.concatenate([s, [life_end]]))
        r = np.maximum(np.ceil(gap / p.pmax) - 1, 0).astype(int)
        if r.sum():
            c["pmax_repeats"] += int(r.sum())
            k = np.concatenate([np.arange(1, x + 1) for x in r])
            rs, rj = np.repeat(s, r) + p.pmax * k, np.repeat(j, r)
            order = np.argsort(np.concatenate([s, rs]), kind="stable")
            s, j = np.concatenate([s, rs])[order], np.concatenate([j, rj])[order]
    return s, j


def _node(rng, p: Path, life, k: int, nt: int, down: np.ndarray, rebinds: np.ndarray, off, c: dict, rec: list):
    """One node's registration over one process life: its updates, notifications and what the server got."""
    t0, t1, nodes, graceful = life
    P = p.P
    reg = t0 + rng.uniform(0.1, 2.0)
    u = reg + P * np.arange(1, int((t1 - reg) // P) + 1) + rng.uniform(0, 0.4, max(int((t1 - reg) // P), 0))
    u = u[u < t1]
    if graceful:
        u = np.concatenate([u, [t1]])
    elif len(u) == 0 or u[-1] < t1:
        c["crash_lost"] += 1
    if len(u) == 0:
        return
    tk = np.minimum((np.concatenate([[t0], u]) // TICK).astype(int), nt)
    a, b = tk[:-1], tk[1:]
    stamp = u + off(u)
    s, j = _sends(rng, p, u, t1, c)
    if len(s) == 0:
        return
    lu = p.lifetime * p.upd  # the registration Update's period (non-queue mode)

    def next_contact(x: float) -> float:
        if p.queue:  # each notification starts with an Update
            i = int(np.searchsorted(s, x, side="left"))
            return float(s[i]) if i < len(s) else np.inf
        return float(reg + lu * np.ceil((x - reg) / lu + 1e-12))

    loss = rng.random((len(s), 5)) < p.p_loss  # each of up to 5 transmissions lost
    tries = np.where(loss.all(axis=1), 5, np.argmin(loss, axis=1))
    giveup = tries >= 5 if p.con else loss[:, 0]
    to = rng.uniform(2.0, 3.0, len(s))
    lat = rng.uniform(0.02, 0.3, len(s)) + (rng.uniform(0.1, 1.5, len(s)) if p.queue else 0.0)
    recv = s + np.where(p.con, to * (2.0 ** np.minimum(tries, 4) - 1), 0.0) + lat
    if p.con:
        c["con_retransmits"] += int(np.minimum(tries, 4).sum())
        c["con_giveups"] += int(giveup.sum())
    else:
        c["non_lost"] += int(giveup.sum())
    wins, dropped = [], np.zeros(len(s), bool)
    if not p.queue:
        wins += [(r, next_contact(r)) for r in rebinds if t0 <= r < t1]  # a new NAT port: RST, cancelled
        if p.con:
            wins += [(x, next_contact(x)) for x in s[giveup]]  # a notification timed out: cancelled
    for d0, d1 in (down[(down[:, 1] > t0) & (down[:, 0] < t1)] if len(down) else down):
        idx = np.nonzero((s >= d0) & (s < d1) & ~giveup)[0]
        if not p.redis:  # in memory: the registration is gone; the next contact after d1 re-registers (the
            w1 = next_contact(d1)  # queue-mode notification that found it out is lost too), observed again
            wins.append((d0, w1 + (1e-6 if p.queue else 0.0)))
        elif p.queue:  # kept: the client stores the last Q, sent after its first Update once the server is back
            over = max(len(idx) - p.Q, 0)
            c["queue_quota_dropped"] += over
            dropped[idx[:over]] = True
            recv[idx[over:]] = next_contact(d1) + lat[idx[over:]]
            c["stored_sent"] += len(idx) - over
        elif p.con:  # kept: a retransmission reaches the server once it is back, or the client gives up
            k = np.ceil(np.log2((d1 - s[idx]) / to[idx] + 1))
            ok = k <= 4
            recv[idx[ok]] = s[idx[ok]] + to[idx[ok]] * (2.0 ** k[ok] - 1) + lat[idx[ok]]
            c["outage_retried"] += int(ok.sum())
            c["con_giveups"] += int((~ok).sum())
            wins += [(x, next_contact(x)) for x in s[idx[~ok]]]
        else:
            c["non_lost"] += len(idx)
            dropped[idx] = True
    win = np.array(sorted(wins)).reshape(-1, 2)
    gone = _inside(s, win) | giveup | dropped
    c["unobserved"] += int((_inside(s, win) & ~giveup & ~dropped).sum())
    s_ok, j_ok, r_ok = s[~gone], j[~gone], recv[~gone]
    back = [w1 for w0, w1 in win if t0 < w1 < t1]  # re-observed: the value then is read once more
    for g in back:
        i = int(np.searchsorted(u, g, side="right")) - 1
        if i >= 0:
            c["reobserved"] += 1
            s_ok, j_ok, r_ok = np.append(s_ok, g), np.append(j_ok, i), np.append(r_ok, g + rng.uniform(0.05, 0.5))
    order = np.argsort(r_ok, kind="stable")
    j_ok, r_ok = j_ok[order], r_ok[order]
    if p.dedup:  # the monitor keeps one copy of each update (its clock time is in the value)
        _, first = np.unique(j_ok, return_index=True)
        c["dedup_dropped"] += len(j_ok) - len(first)
        keep = np.sort(first)
        j_ok, r_ok = j_ok[keep], r_ok[keep]
    else:
        c["doubled"] += len(j_ok) - len(np.unique(j_ok))
    rec.append((a[j_ok], b[j_ok], stamp[j_ok], r_ok, np.full(len(j_ok), 1.0 / nodes)))


def _minutes(p: Path, stamp: np.ndarray, recv: np.ndarray, c: dict) -> np.ndarray:
    """The minute the monitor counts each copy in (-1: none): its receive time's, or (``stamp`` mode) its update's
    clock time's, where a copy received after that minute was read (``lag`` s after its end) is lost or folded
    into the minute being read when it came."""
    if p.mode == "recv":
        return np.floor(recv / STEP).astype(int)
    minute = np.floor(stamp / STEP).astype(int)
    late = recv > STEP * (minute + 1) + p.lag
    if p.fold:
        c["late_folded"] += int(late.sum())
        return np.where(late, np.ceil((recv - p.lag) / STEP).astype(int) - 1, minute)
    c["late_dropped"] += int(late.sum())
    return np.where(late, -1, minute)


def _path(rng, run: Run) -> None:
    """The path's draws (assumed), every node's registrations and the monitor's minutes."""
    T = run.nt * TICK
    p = Path(P=rng.uniform(10, 30), pmin=float(rng.choice([0, 1, 5, 10, 15], p=[0.2, 0.2, 0.25, 0.25, 0.1])),
             pmax=float(rng.choice([0, 15, 30, 60, 120, 300], p=[0.25, 0.08, 0.12, 0.25, 0.15, 0.15])),
             lifetime=rng.uniform(60, 300), con=bool(rng.random() < 0.6), queue=bool(rng.random() < 0.3),
             redis=bool(rng.random() < 0.5), mode="stamp" if rng.random() < 0.5 else "recv",
             fold=bool(rng.random() < 0.5), dedup=bool(rng.random() < 0.5))
    p.upd, p.p_loss = rng.uniform(0.5, 0.9), hc.log_uniform(rng, 0.001, 0.02)
    p.Q, p.lag = int(rng.integers(4, 13)), rng.uniform(5, 30)
    c = {k: 0 for k in PATH_KEYS}
    starts = _poisson_times(rng, rng.uniform(0.2, 1.2), T)
    down = np.column_stack([starts, starts + np.exp(rng.uniform(np.log(10), np.log(300), len(starts)))])
    c["server_restarts"] = len(starts)
    rebinds = _poisson_times(rng, rng.uniform(0.3, 3.0), T) if rng.random() < 0.5 else np.zeros(0)
    c["nat_rebinds"] = len(rebinds)
    offs = [_clock(rng, T, c) for _ in range(4)]
    rec = []
    for life in run.lives:
        for k in range(life[2]):
            _node(rng, p, life, k, run.nt, down, rebinds, offs[k], c, rec)
    a, b, stamp, recv, share = (np.concatenate([r[i] for r in rec]) for i in range(5))
    minute = _minutes(p, stamp, recv, c)
    ok = (minute >= 0) & (minute < run.n)
    p.a, p.b, p.minute, p.share = a[ok], b[ok], minute[ok], share[ok]
    p.counts = c
    run.path = p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute for images ``J`` per tick: linear in ``J``."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    p = run.path
    return np.bincount(p.minute, p.share * (C[p.b] - C[p.a]), minlength=run.n)[:run.n] / STEP


def _spans(run: Run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or a ramp's first half, or its neighbours, or reads nothing."""
    n = run.n
    paused = healthy <= 0
    pad = 1
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b in run.ramps]:
        s, e = max(int(a // STEP) - 1, 0), min(int(np.ceil(b / STEP)) + pad, n)
        if s < n:
            paused[s:e] = True
    spans, i = [], 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _build(seed: int, n: int, pauses: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    run.path.counts["unread_minutes"] = int((healthy <= 0).sum())
    run.spans = spans
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1). ``drop``: a tiling worker OOM-killed by a dense
    colony's mosaic, ``1 - exp(-(s + 1) / tau)`` (``tau`` 1-8 ticks); ``straggler``: one node's reads of the mosaics
    from a degraded storage target, bad (1) for a mean of 20-180 ticks, calm (0.1-0.3) for a mean of 100-500;
    ``leak``: the augmentation workers' tile cache growing into swap over ``ramp`` ticks, ``x ** p`` (``p``
    0.8-2.2) or ``1 - (1 - x) ** q`` (``q`` 1.2-2.5), then held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        w = 1 - np.exp(-(s + 1) / rng.uniform(1, 8))
        return np.where(w > 1 - 1e-9, 1.0, w)
    if kind == "straggler":
        calm, mb, mg = rng.uniform(0.1, 0.3), rng.uniform(20, 180), rng.uniform(100, 500)
        w, i, bad = np.empty(length), 0, True
        while i < length:
            d = 1 + int(rng.exponential(mb if bad else mg))
            w[i:i + d] = 1.0 if bad else calm
            i, bad = i + d, not bad
        return w
    x = np.minimum(s / max(ramp, 1), 1.0)
    return x ** rng.uniform(0.8, 2.2) if rng.random() < 0.5 else 1 - (1 - x) ** rng.uniform(1.2, 2.5)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None after 80 draws. The
    onset: 3 in 10 at the end of a pause span (2 points before to 3 after), else anywhere; a drawn target loss
    (drop 8-33 %, straggler 10-30 %, leak 12-35 % over its plateau) sets the share ``a`` lost (refused above 1)."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [e for s, e in run.spans if lo + 2 <= e < last - 3]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))] + rng.integers(-2, 4))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = onset * K + int(rng.integers(K))
        i1 = run.nt if to_end else stop * K
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        m = _reads(run, lost)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m[c0:stop][lv].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.10, 0.30)}.get(kind, rng.uniform(0.12,
                                                                                                             0.35))
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m = m * (target * hs / ms)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout210(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout210_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT210_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout210, seeds, n, pauses)
