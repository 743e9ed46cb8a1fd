"""The hundred-and-seventy-fourth held-out throughput family: a glacier calving-front segmenter's training tiles/s
(a U-Net / transformer delineating marine-terminating glaciers' fronts on SAR and optical scenes, CaFFe style), read
through Zulip: each node's bot posts its tiles to one stream and topic and a monitor bot sums them per minute.

(No generator's head names Zulip, a glacier, calving, Landsat, an event queue, a long poll, a 429 or a rate limit, a
chat server, Slack or Mattermost (``grep -ic`` on ``/tmp/s63/heads174.txt``, the first 3 lines of every generator:
0 each); "Sentinel" matches 3 heads (a sea-ice charting U-Net on Sentinel-1 SAR scenes, 113; SAR chips for a detector;
Sentinel-2 field series), "U-Net" 9, "segment" 14, "front" 3 (frontal radiographs, "front" of words), "message" 7,
"bot" 4, "queue" 1 (an Azure queue), "REST API" 1 (Instana's): the sea-ice job is a neighbour (SAR scenes, tiles, a
U-Net); the glacier job (thin fronts weighted in the loss, multi-mission scenes, calibrated and terrain-corrected on
the CPU workers) and the path (Zulip's message API, its per-user rate limit, event queues that expire, a history fetch
from an anchor) are new. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool, and public repositories' files through ``find_string`` /
``read_file``): Zulip's ``zerver/tornado/event_queue.py`` (``IDLE_EVENT_QUEUE_TIMEOUT_SECS = 60 * 10``, a garbage
collection every 5 min, so an idle queue goes 10-15 min after the last poll; heartbeats every 45-55 s; queues dumped to
a file at shutdown and loaded again at start, so a clean restart keeps them, an unclean one loses them; a queue id is
the server's generation and a counter); https://zulip.com/api/get-events and https://zulip.com/api/register-queue
(``BAD_EVENT_QUEUE_ID`` once the queue is collected: "re-initialize"; a client offline 10 min or more misses events);
Zulip's ``zproject/default_settings.py`` (``DEFAULT_RATE_LIMITING_RULES``: ``api_by_user`` 200 requests per 60 s,
``api_by_ip`` 100 per 60 s for unauthenticated ones) and docker-zulip issue 398 (a 429 "Too Many Requests" from those
rules); python-zulip-api PRs 705 and 858 (a ``RATE_LIMIT_HIT`` error carrying ``retry-after`` seconds; retrying on it
proposed as an option of the bindings); https://zulip.com/api/get-messages (a narrow, an ``anchor`` and ``num_before`` /
``num_after``, at most 5,000 messages a request, 1,000 advised); client code found by ``find_string`` that, on
``BAD_EVENT_QUEUE_ID``, registers again and backfills from its cursor with a history read. The job: Gourmelon et al.
2022, "Calving fronts and where to find them" (ESSD 14, 4287, https://doi.org/10.5194/essd-14-4287-2022: 681 SAR
samples of several missions and glaciers, zone and front labels) and GEO-Bench-2's CaFFe page (512 x 512 patches, 4
zone classes); Herrmann et al. 2023 (The Cryosphere 17, 4957: nnU-Net-style front detection) by its title only. Not
read (from memory, unchecked): whether a message's ``timestamp`` is whole seconds (assumed: yes, the server's clock);
whether a history fetch includes its anchor (assumed: yes, as the old default did, so the last seen message comes
again); how ``restart-server`` and an upgrade treat queues beyond the dump and load read above.

Assumed without checking (the job): 1, 2 or 3 nodes (40/40/20 %) of 1, 2 or 4 GPUs (30/40/30 %); the GPUs train
12-300 tiles/s each (log-uniform, times the nodes), scaling 0.85-0.97 per doubling; the CPU workers (reading a scene
from the archive, calibrating it, terrain-correcting it against a DEM, tiling and augmenting) can feed 1.1-2.5 times
that; a step waits for the slower side (a soft maximum of the costs). Scenes are read one batch (a mission and a
region) at a time: a batch lasts 5-40 min (log-uniform) at a factor of sd 3-10 %, a quarter are high-resolution
TerraSAR-X-like batches 5-15 % dearer, and opening one runs 3-25 s at 20-60 %; per 5-s tick an AR(1) of the log (sd
2-6 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour
apart, 85 % of them with a new stage: a larger tile (768 px: 1.9-2.4 times dearer on the GPUs, 1.6-2.2 on the CPUs), a
transformer backbone (1.3-1.8 on the GPUs), optical scenes added (1.2-1.6 on the CPUs), each at most once, or 1 in 6
another GPU count per node; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long"
25-60) and a ramp from 40-75 % over 2-6 min (worker pools, DEM tiles cached); an evaluation on full scenes (sliding
windows, the front's distance error) every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by
a checkpoint (15-60 s, "long" 4-15 min); crashes (an OOM on a large scene, a collective timeout; exponential, mean
12-48 h): down 1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min
("long" 5-12), queued 1-5 min, a start-up of 3-10 ("long" 8-20) and its ramp.

On the path (assumed from the reading above, not checked): each node's bot (a thread of the trainer) posts from the
process start every ``P`` s (20-60 per bot, plus 0-1.5 s) a message with its clock's time and the tiles since its last
message; a graceful stop posts the last interval, a crash loses it. A POST refused while the server is down (clean
restarts 0.2-1.5 a day, down 10-90 s, queues kept; unclean ones 0.05-0.4 a day, 2-10 min, queues lost; in half the
runs an upgrade, 10-30 min, losing the queues in half of those) is tried again after 5, 10, 20, 40, 60 s; inside 429
episodes (0.3-3 a day, 1-10 min: other scripts on the bot's account spending its 200 a minute) a POST is refused with
probability 0.6-0.95 and tried again after its ``Retry-After`` (1-60 s); the bot gives up after 8 tries or when its
process crashed. Half the bots drop a given-up message's tiles, the others send them with the next message. 0.2-1 %
of stored POSTs time out at the bot and are sent again 11-35 s later: two messages. The server stamps a message with
its clock (whole seconds; off by sd 0.3-3 s, or in 20 % of runs 5-40 s); the nodes' clocks are off by sd 0.05-0.5 s,
and in 30 % of runs are unsynchronised, stepping 0.5-3 times a day (sd 0.5-5 s). The monitor gets a message 0.05-1 s
after it is stored, or at the end of a break of its long poll (blips 2-8 a day, 1-60 s; its VM paused 0.05-0.3 a day,
2-25 min; the server down), when the queue sends the backlog; where the queue was lost (an unclean restart) or expired
(a pause over 10-15 min) it registers again and fetches the topic's history from the last message id it saw: the
anchor comes again and half the monitors (those that drop a repeated id) skip it. It bins a message by its server
timestamp (60 %) or by the time in its text (40 %), and closes minute ``m`` on its own clock 10-45 s after its end: a
copy later than that is lost (40 % of monitors) or counted in the oldest minute still open (60 %). A point is the
minute's tiles over 60 s. The reads are linear in the tiles; the messages' fates are the healthy run's.

A point is paused where a pause touches its minute or the minute before, in a ramp's first half, or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's tiles lost, carried through the same messages and reads): ``drop`` (a terrain-correction
worker killed by the OOM killer on a large scene: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler``
(scene reads from the archive slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the workers' DEM and scene cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8,
then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a``
set from the reads of the lost tiles (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout174_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      11    10         11    0.083-0.266  16              1-26 (1246, 0 >60)
long      29      10    10         9     0.088-0.259  22              1-90 (996, 3 >60)

Planned changes listed: short 10, long 7 (of 12 and 10 relaunches, 2 and 3 of which kept their stage); crashes 35 and
48. The path over each set (counts): short: POSTs refused with 429 4114, refused while the server was down 3255,
retries 7004, messages given up 376, stored twice 1179, server restarts 65 (queues lost in 17), queues expired while
the monitor was away 6, anchors fetched again 23, copies late for their minute lost 403 and folded 121, copies counted
in another minute than their interval's end 8280, unread minutes away from pauses 333, clock steps 31, nodes'
intervals lost in a crash 64; long: 4069, 3110, 6780, 399, 1417, 59 (16), 6, 22, 683, 125, 11627, 344, 21, 77. The
reads' sum over the live points against the job's tiles: 1.000-1.020 per seed (short), 0.997-1.023 (long); the live
points' minute-to-minute change (median ``|d log|`` per seed) 2.5-68 % (short), 9.2-62 % (long), its 99th percentile
65-114 % (short), 53-111 % (long): a bot posting every 40-60 s lands one message in some minutes and two in others,
and the monitor sums them (the path's aliasing, kept); the largest live point 3.4-32 times the median (short),
2.1-23 (long): a backlog folded into one minute; the live median level 47-1,311 tiles/s (short), 14-1,328 (long).
Before the first measure (both sets' 12 seeds at 6,000 points): a look at 2 seeds per setting (levels, path counts,
build time), after which the monitor's code was vectorised for speed (its random draws reordered, a timed-out copy's
delay drawn as one 11-35 s uniform instead of 10-30 s plus 1-5 s) and two counts fixed (unread minutes, intervals
lost in a crash); no law changed. Changes of the laws after the first measure: none (the tests' pause span limits,
``SPANS``, were set from it). The tests check the laws on the first 4
seeds at 3,000 points (``SPANS``: at most 30 points "short", 95 "long").

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, run with a ``wc -l``: 550
lines), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py``
(all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
generator (saved to ``/tmp/s63/heads174.txt`` and read through ``grep -ic`` and ``grep -i``). Slips: a ``wc -l`` of
``anomaly/heldout150.py``; and a ``grep -n "HELDOUT1[0-9]*_SEEDS = "`` over ``anomaly/heldout16*.py`` and
``heldout17*.py`` (meant to find a seed constant to import) printed the seed line of generators 16, 17 and 160-173
(line numbers and seed ranges only, nothing else of them). The tests import ``HELDOUT150_SEEDS`` (to keep the seeds
apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT174_SEEDS = tuple(range(1742000, 1742012))
CODE = 174
TICK = 5.0  # the job's grid (s)
STEP = 60.0  # one point: the monitor's minute
K = int(STEP // TICK)
EPOCH = 1_785_000_000.0  # a multiple of 60
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.30)
SPANS = {"short": (1, 30), "long": (1, 95)}  # pause spans (points) the tests allow
PATH_KEYS = ("refused_429", "refused_down", "retries", "dropped", "stored_twice", "server_restarts",
             "queues_lost", "queue_expired", "anchor_replays", "late_lost", "late_folded", "moved", "unread",
             "clock_steps", "lost_in_crash")


# ----------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Tiles/s of a stage: the GPUs' rate (per-GPU rate, scaling ``eff`` per doubling, a larger tile and a
    transformer backbone dearer) against the CPU workers' (larger tiles and optical scenes dearer): the step waits for
    the slower side."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["tile_g"] ** st["tile"] * cfg["bb_c"] ** st["bb"])
    cpu = cfg["cpu"] * g / (cfg["tile_c"] ** st["tile"] * cfg["opt_c"] ** st["opt"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """The stage after a planned relaunch: a larger tile, a transformer backbone, optical scenes added (each at most
    once) or, 1 in 6, another GPU count per node; redrawn until the level moves 15 % (within 1/3 to 3 times)."""
    for _ in range(40):
        new = dict(st)
        free = [k for k in ("tile", "bb", "opt") if not st[k]]
        if not free or rng.random() < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        else:
            new[free[int(rng.integers(len(free)))]] = 1
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return st


def _minutes(rng, lo: float, hi: float, long_lo: float, long_hi: float, long: bool) -> float:
    return 60.0 * (rng.uniform(long_lo, long_hi) if long else rng.uniform(lo, hi))


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's pauses, process lives, stages and tiles per 5-s tick (true time from 0)."""
    long = setting == "long"
    T = n * STEP + 900.0
    nodes = int(rng.choice([1, 2, 3], p=[0.4, 0.4, 0.2]))
    gpus = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    cfg = {"gpu": hc.log_uniform(rng, 12.0, 300.0) * nodes, "eff": rng.uniform(0.85, 0.97),
           "tile_g": rng.uniform(1.9, 2.4), "tile_c": rng.uniform(1.6, 2.2), "bb_c": rng.uniform(1.3, 1.8),
           "opt_c": rng.uniform(1.2, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"gpus": gpus, "tile": 0, "bb": 0, "opt": 0}
    k = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.3, 0.3, 0.25]))
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, k)) * n * STEP:
        if not re_t or x - re_t[-1] >= 3600:
            re_t.append(float(x))
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))
    pauses, lives, segs, ramps, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}

    def ramp(t):
        r = rng.uniform(120, 360)
        ramps.append((t, t + r, rng.uniform(0.4, 0.75)))

    su = _minutes(rng, 3, 10, 25, 60, long)
    pauses.append((0.0, su, "startup"))
    life0, t = 0.0, su
    ramp(t)
    to_eval = rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        while ri < len(re_t) and re_t[ri] < t + 300:
            ri += 1
        cand = [t + to_eval, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        e = max(cand[which], t + 60.0)
        segs.append((t, min(e, T), _level(cfg, st)))
        if e >= T:
            break
        if which == 0:
            counts["evals"] += 1
            d = _minutes(rng, 2, 6, 10, 25, long)
            pauses.append((e, e + d, "eval"))
            t = e + d
            if counts["evals"] % ck_every == 0:
                d = rng.uniform(240, 900) if long else rng.uniform(15, 60)
                pauses.append((t, t + d, "ckpt"))
                t += d
            to_eval = rng.uniform(30, 90) * 60
            continue
        to_eval -= e - t
        if which == 1:
            counts["crashes"] += 1
            lives.append((life0, e, False))
            down = _minutes(rng, 1, 4, 6, 18, long)
            d = down + _minutes(rng, 2, 6, 8, 20, long)
            pauses.append((e, e + d, "crash"))
            life0, t = e + down, e + d
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, e, True))
            stop = _minutes(rng, 1, 3, 5, 12, long) + rng.uniform(60, 300)
            d = stop + _minutes(rng, 3, 10, 8, 20, long)
            pauses.append((e, e + d, "relaunch"))
            life0, t = e + stop, e + d
            new = _next_stage(rng, cfg, st, _level(cfg, st)) if rng.random() < 0.85 else st
            if new == st:
                counts["kept_stage"] += 1
            else:
                known_t.append(t)
            st = new
        ramp(t)
    lives.append((life0, T, True))
    nt = int(T // TICK)
    tb = np.arange(nt) * TICK
    J = np.zeros(nt)
    for a, b, lv in segs:
        b0, b1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tb[b0:b1] + TICK) - np.maximum(a, tb[b0:b1])
        J[b0:b1] += lv * np.maximum(ov, 0)
    mult = np.ones(nt)
    for a, b, f0 in ramps:
        b0, b1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        mult[b0:b1] *= f0 + (1 - f0) * np.clip((tb[b0:b1] + TICK / 2 - a) / (b - a), 0, 1)
    # scene batches read from the archive (a mission and region at a time): their tiles' cost, and opening stalls
    csd, t, first = rng.uniform(0.03, 0.10), 0.0, True
    while t < T:
        d = hc.log_uniform(rng, 300, 2400)
        f = np.exp(rng.normal(0, csd)) / (rng.uniform(1.05, 1.15) if rng.random() < 0.25 else 1.0)
        b0, b1 = int(t // TICK), min(nt, int((t + d) // TICK))
        mult[b0:b1] *= f
        if not first:
            s = int(rng.uniform(3, 25) // TICK) + 1
            mult[b0:min(b1, b0 + s)] *= rng.uniform(0.2, 0.6)
        first, t = False, t + d
    a1 = np.exp(-TICK / rng.uniform(10, 40))
    sd = rng.uniform(0.02, 0.06)
    ar = lfilter([1.0], [1.0, -a1], rng.normal(0, sd * np.sqrt(1 - a1 * a1), nt))
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60, STEP), K)[:nt]
    J *= mult * np.exp(ar + ou)
    return SimpleNamespace(n=n, nt=nt, T=T, nodes=nodes, cfg=cfg, J=J, pauses_t=pauses, lives=lives, segs=segs,
                           ramps=ramps, known_t=known_t, counts=counts)


# ------------------------------------------------------------------------------------------------ the path


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Disjoint windows ``[a, b)``: a Poisson count at ``per_day``, lengths ``lo``-``hi`` s."""
    m = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, m))
    b = a + rng.uniform(lo, hi, m)
    keep = np.ones(m, bool)
    keep[1:] = a[1:] > b[:-1]
    return np.stack([a[keep], b[keep]], axis=1) if m else np.zeros((0, 2))


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie in a window ``[a, b)`` of ``win`` (sorted, disjoint)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _after_down(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The times ``x``, each one inside a window of ``win`` moved to 1 s after its end."""
    if len(win) == 0:
        return x
    j = np.maximum(np.searchsorted(win[:, 0], x, side="right") - 1, 0)
    return np.where(_inside(x, win), win[j, 1] + 1.0, x)


def _clock(rng, T: float, unsynced: bool, counts: dict) -> tuple[np.ndarray, np.ndarray]:
    """A node's clock offset: ``(step times, offset after each)``, the first entry from 0."""
    base = rng.normal(0, rng.uniform(0.05, 0.5))
    if not unsynced:
        return np.array([0.0]), np.array([base])
    m = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
    counts["clock_steps"] += m
    steps = np.sort(rng.uniform(0, T, m))
    off = base + np.cumsum(np.concatenate([[0.0], rng.normal(0, rng.uniform(0.5, 5), m)]))
    return np.concatenate([[0.0], steps]), off


def _path(rng, run) -> SimpleNamespace:
    """Every bot's messages, their fates on the Zulip server and the monitor's reading of them: for each node a
    tick -> message map, and per message copy the minute it is counted in (-1: none)."""
    T = run.T
    c = {k: 0 for k in PATH_KEYS}
    restarts = _windows(rng, T, rng.uniform(0.2, 1.5), 10, 90)  # restart-server: queues dumped and reloaded
    unclean = _windows(rng, T, rng.uniform(0.05, 0.4), 120, 600)  # a host crash or OOM: queues lost
    ups = np.zeros((0, 2))
    if rng.random() < 0.5:  # an upgrade: down 10-30 min
        a = rng.uniform(0, T)
        ups = np.array([[a, a + rng.uniform(600, 1800)]])
    lost_q = np.concatenate([unclean, ups if rng.random() < 0.5 else np.zeros((0, 2))])
    down = np.concatenate([restarts, unclean, ups])
    down = down[np.argsort(down[:, 0])]
    keep = np.ones(len(down), bool)
    keep[1:] = down[1:, 0] > np.maximum.accumulate(down[:, 1])[:-1]
    down = down[keep]
    c["server_restarts"] = len(down)
    lost_q = lost_q[_inside(lost_q[:, 0], down) | np.isin(lost_q[:, 0], down[:, 0])] if len(lost_q) else lost_q
    lost_q = lost_q[np.argsort(lost_q[:, 0])] if len(lost_q) else lost_q
    c["queues_lost"] = len(lost_q)
    e429 = _windows(rng, T, rng.uniform(0.3, 3), 60, 600)  # other scripts on the bot's account drain its 200/min
    p429 = rng.uniform(0.6, 0.95)
    srv_off = rng.normal(0, rng.uniform(0.3, 3)) if rng.random() < 0.8 else rng.choice([-1, 1]) * rng.uniform(5, 40)
    mon_off = rng.normal(0, 0.2)
    blips = _windows(rng, T, rng.uniform(2, 8), 1, 60)  # the monitor's long poll broken for a while
    aways = _windows(rng, T, rng.uniform(0.05, 0.3), 120, 1500)  # its VM paused / host maintenance
    away = np.concatenate([blips, aways, down])
    away = away[np.argsort(away[:, 0])]
    p = SimpleNamespace(counts=c, srv_off=srv_off, down=down, e429=e429, aways=aways, lost_q=lost_q,
                        key=("server" if rng.random() < 0.6 else "text"), L=rng.uniform(10, 45),
                        late=("drop" if rng.random() < 0.4 else "fold"), dedup=bool(rng.random() < 0.5),
                        carry=bool(rng.random() < 0.5), unsynced=bool(rng.random() < 0.3), nodes=[])
    p_to = rng.uniform(0.002, 0.01)
    tick0 = np.arange(run.nt) * TICK
    life_starts = np.array([a for a, b, g in run.lives])
    tick_life = np.searchsorted(life_starts, tick0, side="right") - 1
    stored, gmsg, comp_all, text_all, base = [], [], [], [], 0  # stored copies: (time, node, global message)
    for k in range(run.nodes):
        P = rng.uniform(20, 60)
        steps, offs = _clock(rng, T, p.unsynced, c)
        comp, life = [], []
        for li, (a, b, graceful) in enumerate(run.lives):
            x = a + P * np.arange(1, int((b - a) // P) + 1) + rng.uniform(0, 1.5, int((b - a) // P))
            x = x[x < b]
            if graceful:
                x = np.append(x, b)
            comp.append(x)
            life.append(np.full(len(x), li))
        comp, life = np.concatenate(comp), np.concatenate(life)
        g = np.searchsorted(comp, tick0, side="right")
        ok = g < len(comp)
        ok[ok] = life[g[ok]] == tick_life[ok]
        c["lost_in_crash"] += len(np.unique(tick_life[~ok & (run.J > 0)]))  # a crash loses its last interval
        g = np.where(ok, g, -1)
        text = comp + offs[np.searchsorted(steps, comp, side="right") - 1]
        life_end = np.array([run.lives[i][1] for i in life])
        crashed = np.array([not run.lives[i][2] for i in life])
        x0 = comp + rng.uniform(0.05, 0.5, len(comp))
        fate = np.zeros(len(comp))  # store time, nan: dropped
        hard = np.nonzero(_inside(x0, down) | _inside(x0, e429))[0]
        fate[:] = x0
        for j in hard:
            x, tries = x0[j], 0
            while True:
                tries += 1
                if crashed[j] and x > life_end[j]:
                    x = np.nan
                    break
                if _inside([x], down)[0]:
                    c["refused_down"] += 1
                    wait = min(5 * 2 ** (tries - 1), 60)
                elif _inside([x], e429)[0] and rng.random() < p429:
                    c["refused_429"] += 1
                    wait = rng.uniform(1, 60)  # Retry-After: until the bucket's oldest request leaves the minute
                else:
                    break
                if tries >= 8:
                    x = np.nan
                    break
                c["retries"] += 1
                x += wait
            fate[j] = x
        drop = np.isnan(fate)
        c["dropped"] += int(drop.sum())
        if p.carry and drop.any():  # the unsent tiles go with the node's next message that the server stores
            nxt = np.arange(len(comp))
            for j in np.nonzero(drop)[0][::-1]:
                nxt[j] = nxt[j + 1] if j + 1 < len(comp) and life[j + 1] == life[j] else -1
            nxt = np.where(drop, nxt, np.arange(len(comp)))
            g = np.where(g >= 0, nxt[np.maximum(g, 0)], -1)
        dup = ~drop & (rng.random(len(comp)) < p_to)
        c["stored_twice"] += int(dup.sum())
        sx = np.concatenate([fate[~drop], _after_down(fate[dup] + rng.uniform(11, 35, int(dup.sum())), down)])
        sj = np.concatenate([np.nonzero(~drop)[0], np.nonzero(dup)[0]])
        stored.append((sx, np.full(len(sx), k), sj + base))
        base += len(comp)
        p.nodes.append(SimpleNamespace(P=P, comp=comp, text=text, g=g, steps=steps))
        gmsg.append(np.where(g >= 0, g + base - len(comp), -1))
        comp_all.append(comp)
        text_all.append(text)
    # the monitor: events as they come, or a backlog after a pause of its poll; a lost queue: re-register and fetch
    # the topic's history from the last message id it saw (the anchor, sent again)
    sx, sk, sj = (np.concatenate([s[i] for s in stored]) for i in range(3))
    o = np.argsort(sx, kind="stable")
    sx, sk, sj = sx[o], sk[o], sj[o]
    dlv = sx + rng.uniform(0.05, 1.0, len(sx))
    for a, b in away:
        m = (dlv >= a) & (dlv < b)
        dlv[m] = b + rng.uniform(0.5, 3)
    expired = aways[aways[:, 1] - aways[:, 0] > 600 + rng.uniform(0, 300, len(aways))] if len(aways) else aways
    c["queue_expired"] = len(expired)
    rereg = np.sort(np.concatenate([lost_q[:, 1], expired[:, 1]]))
    extra = []
    for r in rereg:
        i = int(np.searchsorted(sx, r)) - 1
        while i >= 0 and dlv[i] > r:
            i -= 1
        if i < 0:
            continue
        c["anchor_replays"] += 1
        if not p.dedup:
            extra.append((i, r + rng.uniform(1, 3)))
    if extra:
        ii = np.array([e[0] for e in extra])
        sx, sj = np.append(sx, sx[ii]), np.append(sj, sj[ii])
        dlv = np.append(dlv, [e[1] for e in extra])
    comp_all, text_all = np.concatenate(comp_all), np.concatenate(text_all)
    key = np.floor(sx + srv_off) if p.key == "server" else np.floor(text_all[sj])
    m = (key // STEP).astype(int)
    seen = dlv + mon_off
    late = seen > (m + 1) * STEP + p.L
    if p.late == "drop":
        c["late_lost"] = int(late.sum())
        m = np.where(late, -1, m)
    else:
        c["late_folded"] = int(late.sum())
        m = np.where(late, ((seen - p.L) // STEP).astype(int), m)
    c["moved"] = int(((m >= 0) & (m != (comp_all[sj] // STEP).astype(int))).sum())
    keep = (m >= 0) & (m < run.n)
    sj, m = sj[keep], m[keep]
    o = np.argsort(sj, kind="stable")
    sj, m = sj[o], m[o]
    mcount = np.bincount(sj, minlength=base)
    p.copies = mcount
    gm = np.concatenate(gmsg)
    tk = np.tile(np.arange(run.nt), run.nodes)
    ok = gm >= 0
    tk, gm = tk[ok], gm[ok]
    idx = _dest_index(mcount, gm)
    p.ti, p.mi, p.share = np.repeat(tk, mcount[gm]), m[idx], 1.0 / run.nodes
    return p


def _dest_index(mcount: np.ndarray, msg: np.ndarray) -> np.ndarray:
    """Indices into the concatenated destinations for each (tick's message, copy) pair, copies in order."""
    start = np.concatenate([[0], np.cumsum(mcount)[:-1]])
    reps = mcount[msg]
    base = np.repeat(start[msg], reps)
    within = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    return base + within


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's tiles/s per minute for tiles ``X`` per tick (linear in ``X``)."""
    p = run.path
    return np.bincount(p.mi, weights=X[p.ti] * p.share, minlength=run.n)[:run.n] / STEP


# ----------------------------------------------------------------------------------------- trace and events


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, the path, the monitor's points without regressions, the
    pause spans (a pause's minutes and the next, a ramp's first half, a minute that read nothing), the live mask and
    the listed changes (the first live point after a relaunch that changed the stage)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    paused = np.zeros(n, bool)
    for a, b, kind in run.pauses_t:
        paused[int(a // STEP):min(n, int(np.ceil(b / STEP)) + 1)] = True
    for a, b, f0 in run.ramps:
        paused[int(a // STEP):min(n, int(np.ceil((a + (b - a) / 2) / STEP)))] = True
    run.path.counts["unread"] = int((h[~paused] <= 0).sum())  # minutes that read nothing, away from pauses
    paused |= h <= 0
    spans = []
    edges = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    for s, e in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the tiles lost per 5-s tick (0 .. 1)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(s / max(ramp, 1), 1.0) ** rng.uniform(0.6, 1.8)
    w = np.full(length, rng.uniform(0.05, 0.25))
    edges = hc.twostate(rng, 0, length, rng.uniform(30, 240), rng.uniform(120, 600))
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, lost reads))`` or None after 80 draws."""
    n = run.n
    ts = STEP * np.arange(n + 1)
    pts = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        r = _reads(run, X)
        c0 = onset if kind != "leak" else min(stop - 5, onset + int(0.9 * ramp))
        c1 = n if to_end else stop
        hs, ls = healthy[c0:c1][live[c0:c1]].sum(), r[c0:c1][live[c0:c1]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * r
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
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout174(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout174_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT174_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout174, seeds, n, pauses)
