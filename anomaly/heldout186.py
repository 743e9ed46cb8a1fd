"""The hundred-and-eighty-sixth held-out throughput family: a building-damage assessment model's training tiles/s, read
through Matrix message events that each node's reporter sends every 15-60 s into one room of a Synapse homeserver (``PUT
/rooms/{roomId}/send/{eventType}/{txnId}``: 429 ``M_LIMIT_EXCEEDED`` retried, txnIds, PostgreSQL stalls), summed per
minute by a monitor following the room with ``/sync``. The job: a Siamese segmentation network, xView2 / xBD style,
scoring each building none / minor / major / destroyed from pre- and post-disaster image pairs; drone and satellite
GeoTIFF orthomosaics decoded, co-registered and tiled, footprint polygons rasterised, tiles augmented on CPU workers,
rare damage classes oversampled; an evaluation on a held-out disaster now and then. A message holds the node's clock
time and its tiles since its last message; the monitor sums the tiles per minute of the message's own time or of the
event's ``origin_server_ts``.

(No generator's head names Matrix, Synapse, a homeserver, a txnId, a long-poll, ``retry_after``, a building's damage,
xBD / xView2, a disaster, a Siamese network or an orthomosaic: ``grep -ic`` on ``/tmp/s66/heads186.txt``, the first 3
lines of every generator, 0 each; "GeoTIFF" matches 3 heads (other remote-sensing jobs), "building" 2 and "footprint" 1
(generator 166: a building-footprint extraction model; the imagery is not new, damage assessment from image pairs
is), "room" 1 (room impulse responses), "sync" 1 and "federat" 1 (a ClickHouse async insert, a Prometheus
``/federate``), "tiles/s" 9, "segmentation" 6 (common words). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool; addresses as given there): the client-server API's send
endpoint as typed by ruma (docs.rs ``ruma-client-api`` ``send_message_event.rs``: the txnId "will be used by the
server to ensure idempotency of requests", unique per access token); Synapse's ``synapse/rest/client/transactions.py``
(``HttpTransactionCache``: a retry with the same txnId path and token gets the first request's response, even while
it is in flight; a failed request, a rate-limit error among them, is dropped from the cache, so its retry runs again;
entries live 30-60 min, in memory); synapse issue #3365 ("Events that take >60s to send have a high chance of being
duplicated": inserts into ``events`` stall when PostgreSQL freezes, clients time out and send again) and pull #8476
(``event_txn_id``: txn ids kept in the database so a retry after a failure is deduplicated; scoped to user and
token); issue #1481 (txn ids once clobbered: duplicates); a page of Synapse's rate-limit defaults
(rate-limits.apis.io: ``rc_message`` per user 0.2/s, burst 10, 429 ``M_LIMIT_EXCEEDED``; operator-tunable) and pull
#13018 (the limiter is a token bucket); the sync timeline (matrix-spec-proposals issue #2849, docs of ``limited`` and
``prev_batch``: a sync after a gap returns only the last ``limit`` events, flagged ``limited``, and the rest are
fetched back through ``/messages`` from ``prev_batch``, or not; matrix-js-sdk's timeline limit default 50; Synapse
commit e9069c9: ``limited`` also for missing remote events); element-web issue #23957 (a 429 on ``/send``: "Some of
your messages were not sent"). Not read (from memory, unchecked): when ``origin_server_ts`` is set (here: when the
server handles the request, before the event is persisted); how long a PostgreSQL stall lasts; how an SDK backs off
on a refused connection; how far a sync worker lags the event persister; federation's retry schedule.
Nothing read on the job (xBD's sizes, the Siamese U-Nets' speeds were not looked up): its figures are assumed.

Assumed without checking (the job): one to four nodes (30/30/15/25 %) of data-parallel training; a node's GPUs train
60-500 tile pairs/s (log-uniform), its CPU workers (GeoTIFF decode, co-registration, footprint rasterising,
augmentation) feed 1.1-2.5 times that; a step waits for the slower side (:func:`heldout_common.smax` of the costs),
each doubling of the nodes 0.88-0.97 efficient; the nodes step together, so each node trains the same share. Scenes
(one disaster's pre/post orthomosaic pair) last 3-30 min of wall time (log-uniform), each a factor (sd 3-8 %), a
quarter dense in buildings (oversampled rare classes: 5-15 % dearer); 30 % of scene switches stall the loader 5-30 s
at 20-60 % of the rate (the prefetch did not hide the decode). Per 5-s tick an AR(1) of the log (sd 2-5 %, correlation
10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Pauses: a start-up of 3-10 min ("long" 25-60) then a ramp from
40-75 % over 2-6 min; an evaluation on a held-out disaster every 40-100 min of training, 2-6 min ("long" 10-25), every
2nd or 3rd (per run) followed by a checkpoint (20-90 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4
min ("long" 6-18), then a start-up of 2-6 min ("long" 8-20) and a ramp. Relaunches: 0-3 (a quarter each) at 15-85 %
of the run, an hour apart: larger tiles (once: GPUs 1.5-2.2 times dearer), a heavier encoder (at most twice: GPUs
1.3-1.8), heavier augmentation (at most twice: CPUs 1.3-1.7) or, 1 in 6, another node count; redrawn until the level
moves 15 % (1/3 to 3 times); stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): a reporter thread per node, started with its process, composes a message every ``P`` s: in 35
% of runs on its clock's multiples of ``P`` (15, 20, 30 or 60 s), else every ``P`` (15-60 s, log-uniform) plus 0-0.3 s
of its own work, and hands it to its SDK's send queue (one request at a time, in order). A message holds the node's
clock time at composing and the tiles since the previous one; a crash loses the interval under way and the messages
still queued; a relaunch stops gracefully (a last message, the queue flushed). Node clocks: offsets sd 0.05-1 s; in 20 %
of runs one node free-running (drift 5-80 ppm, stepped back to 0 at 0.5-3 random times a day); in 12 % one node's clock
off by 10-90 s. The server's clock is off by sd 0.1-1 s (in 15 % of runs 3-30 s); ``origin_server_ts`` is the request's
arrival on the server's clock. A request is refused while Synapse is down (restarts 0.1-1 a day, down 20-180 s) or the
node's network is (0.5-3 blips a day per node, 5-300 s, log-uniform): the SDK retries after 1, 2, 4 .. 30 s. Rate limit
(``rc_message``): 25 % of runs exempt the reporters' user; else the reporters share one bot user (60 %) or each node has
its own, with Synapse's defaults (0.2/s, burst 10; 70 %) or an operator's (0.5-2/s, burst 20-50); a refused request
waits ``retry_after_ms`` (until a token is back) and is sent again with the same txnId; after each evaluation rank 0
posts 4-16 validation images as the same user as node 0's reporter (same bucket). PostgreSQL stalls (0.3-3 a day, 5-180
s log-uniform): a request arriving in one is persisted when it ends; where it waits longer than the client's timeout
(20-60 s) the client sends again every timeout plus 1 s: with the same txnId (70 % of runs) Synapse answers from its
cache (one event), with a new txnId per attempt (30 %: a reporter that makes its txnId from the time) each attempt
becomes an event (at most 4). A request is persisted 0.02-0.3 s after it is accepted (or when the stall ends), and the
event reaches the monitor 0.02-0.3 s later, plus, in the 40 % of runs with workers, a lag episode's 5-120 s (0.5-4
episodes a day, 1-10 min); in the 25 % of runs where the monitor's account is on another homeserver (a federated room),
0.1-1.5 s more, and events persisted during a federation outage (0.2-2 a day, 1-30 min) arrive at its end plus 5-60 s.
The monitor's sync breaks at its own blips (2-12 a day, 3-120 s log-uniform) and, on the same homeserver, from a Synapse
restart until 1-20 s after it is back: at the reconnect its ``since`` token gets the gap's events at once, or, where
they are more than the filter's timeline ``limit`` (10, 20 or 50), only the last ``limit`` (a ``limited`` timeline):
half the monitors page back through ``/messages`` for the rest (0.5-3 s later), the others lose them. A copy counts in
the minute of its message's time (half the monitors) or of its ``origin_server_ts``; the monitor closes minute ``m``
``grace`` (20-120 s) after its end on its own (true) clock, and a copy arriving later is lost; half the monitors count a
(node, time) pair once, the others each copy. A point is the minute's tiles / 60. The reads are linear in the tiles; the
messages' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's tiles lost on every node, carried through the same messages and reads): ``drop`` (an
augmentation worker pool killed by the memory of one huge GeoTIFF: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks;
it leaves with the process at the next restart), ``straggler`` (one node's reads of the orthomosaics from object
storage throttled in bursts, the synchronous step waiting for it: 1 for a mean of 40-240 ticks, calm for a mean of
120-500 at 0.05-0.25), ``leak`` (GDAL's block cache and the rasterised footprints growing into swap: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, then held; it leaves with the process); onsets 30 % at a pause's end, a drawn target loss
(8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost tiles (linear), refused above
1; ``w`` is per 5-s tick.

Measured (``heldout186_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.092-0.315  16              1-29 (1061, 0 >60)
long      32      13    10         9     0.097-0.329  24              1-64 (882, 3 >60)

Planned changes listed: short 15, long 16 (of 15 and 16 relaunches; none kept its stage); crashes 50 and 40. The path
over each set (counts): short: requests refused while Synapse or a node's network was down 1205, 429s 2026, client
timeouts in a stall 100, extra events from a new txnId 51 (13 counted twice), validation images sent 9700, queued
messages lost in a crash 0, copies delayed by a lagging worker 1416, by federation 562, Synapse restarts 36, stalls 78,
sync breaks 337, limited timelines 0 (paged back 0, lost 0), copies arriving after their minute closed 980, copies in
another minute than their message's true one 14171, unread live minutes 183, clock steps 45, intervals lost in a crash
50; long: 1438, 2371, 128, 5 (0), 8053, 4, 1443, 205, 31, 98, 420, 18 (12, 82), 846, 24988, 140, 28, 40. The reads' sum
over the live points against the job's tiles: 0.996-1.001 per seed (short), 0.996-1.002 (long); the live points' minute-
to-minute change (median ``|d log|`` per seed) 1.8-64.7 % (short), 1.7-38.6 % (long), its 99th percentile 27-90 %
(short), 25-74 % (long); the live median level 79-455 tiles/s (short), 65-635 (long). What surprised me, said and not
tuned: where the reporters sleep ``P`` s between messages (not on their clock's multiples), a minute holds one message
more or less per node from one minute to the next, and its sum swings with it: the median change is 10-65 % in 6 of 12
short runs and 4 of 12 long, all of them sleeping reporters (the runs on the clock's multiples: 1.7-3.3 %); that is how
this monitor sums (tiles per minute of the messages' times), so it stays. Limited timelines are rare: none in the short
set, 18 in 4 long runs, all with a timeline ``limit`` of 10; the 82 events lost in them fell in the runs that do not
page back. Before the first measure: none (the first measure was one trace's build time and its number of events, 3;
then the draws of the path and three of its counts over the 12 "short" healthy runs; then both full sets). Changes of
the laws after it: none. Fixes that change no law: an index into an empty array of lag or outage offsets (the first
build failed); a tick inside a pause trained 1e-16 of its rate (rounding; now none); the send loop and the windows'
look-ups rewritten for speed (same draws, the same runs). The tests check the laws on the first 4 seeds at 3,000 points
(``SPANS``: at most 30 points "short", 90 "long", set before the first measure).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: lines 313-537 of it, cut from one long
print, printed again with ``sed -n 300,537p``), ``tests/trace_checks.py`` (all: its lines 1-200 printed a second time),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every generator
(written to ``/tmp/s66/heads186.txt``, read through ``grep -ic`` and ``grep -io``, which printed up to 60 characters
before and 40 after the matches of the job's and the path's words). Besides: ``ls`` listings of ``anomaly/`` filtered to
the generators' file names (names only), ``wc -l`` of ``anomaly/heldout_common.py`` and ``tests/trace_checks.py``.
Slips: none that I know of. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import bisect
import heapq

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT186_SEEDS = tuple(range(1862000, 1862012))
CODE = 186
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point is a minute
K = 12  # ticks per point
EPOCH = 1_790_006_400  # a multiple of 60: the run's start
DAY = 86400.0
KIND_P = (0.4, 0.3, 0.3)
SPANS = {"short": (1, 30), "long": (1, 90)}  # pause span lengths (points) the tests allow
# the path's distortions the tests see over both sets' first 6 runs (a gap's loss is not among them: see "Measured")
PATH_KEYS = ("refused", "rate_limited", "server_restarts", "db_stalls", "timeouts", "duplicates", "images",
             "worker_lagged", "fed_delayed", "blips", "limited_gaps", "backpaginated", "late", "moved", "unread",
             "crash_lost", "queue_lost", "counted_twice", "clock_steps")
# pause tables (s): (short lo, short hi, long lo, long hi)
_STARTUP = (180, 600, 1500, 3600)
_RESTART_UP = (120, 360, 480, 1200)
_EVAL = (120, 360, 600, 1500)
_CKPT = (20, 90, 60, 240)
_DOWN = (60, 240, 360, 1080)
_STOP = (60, 180, 300, 720)


class Run:
    """One healthy run: its schedule (``pauses_t``, ``ramps``, ``lives``, ``known_t``), its tiles per tick ``J``
    and its path (``path``)."""

    def __init__(self, n: int, setting: str):
        self.n, self.setting, self.dt = n, setting, STEP
        self.T = n * STEP
        self.nt = n * K + 2 * K  # ticks (a little past the end: the last messages)
        self.pauses_t, self.ramps, self.lives, self.evals = [], [], [], []
        self.known_t, self.known_kind, self.restarts = [], [], []
        self.counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}


def _u(rng, table, setting: str) -> float:
    lo, hi = (table[0], table[1]) if setting == "short" else (table[2], table[3])
    return float(rng.uniform(lo, hi))


def _level(cfg: dict, st: dict) -> float:
    """The job's tiles/s at stage ``st``: per node the slower of the GPUs and the CPU workers (soft maximum of the
    costs), times the nodes and their efficiency."""
    g = cfg["gpu"] / (cfg["tile_c"] ** st["tile"] * cfg["enc_c"] ** st["enc"])
    c = cfg["cpu"] / cfg["aug_c"] ** st["aug"]
    per = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return float(st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * per)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: larger tiles (once), a heavier encoder or heavier augmentation (twice each) or, 1 in
    6, another node count; redrawn until the level moves 15 % (1/3 to 3 times). The stage is kept after 60 draws."""
    for _ in range(60):
        new = dict(st)
        if rng.random() < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        else:
            what = ("tile", "enc", "aug")[int(rng.integers(3))]
            if new[what] >= (1 if what == "tile" else 2):
                continue
            new[what] += 1
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, run: Run) -> dict:
    """Pauses, ramps, process lives ``(start, end, graceful, nodes, level)`` and relaunches of the run."""
    s, T = run.setting, run.T + 600.0
    cfg = {"gpu": hc.log_uniform(rng, 60, 500), "eff": rng.uniform(0.88, 0.97), "tile_c": rng.uniform(1.5, 2.2),
           "enc_c": rng.uniform(1.3, 1.8), "aug_c": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.15, 0.25])), "tile": 0, "enc": 0, "aug": 0}
    k_rel = int(rng.integers(4))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * run.T)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))
    t_crash = rng.exponential(crash_mean)
    to_eval = rng.uniform(40, 100) * 60
    n_eval = 0
    # start-up
    life0, t = 0.0, _u(rng, _STARTUP, s)
    run.pauses_t.append((0.0, t, "startup"))
    t = _ramp(rng, run, t)
    ri = 0
    while t < T:
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        if nxt_rel < t + 300:
            nxt_rel = t + rng.uniform(300, 900)
            rel[ri] = nxt_rel
        cand = [t + to_eval, t_crash, nxt_rel]
        which = int(np.argmin(cand))
        at = max(cand[which], t + 4 * TICK)
        if at >= T:
            break
        if which == 0:  # an evaluation on the held-out disaster, maybe a checkpoint after it
            n_eval += 1
            d = _u(rng, _EVAL, s)
            run.pauses_t.append((at, at + d, "eval"))
            t = at + d
            run.evals.append(t)
            if n_eval % ck_every == 0:
                d = _u(rng, _CKPT, s)
                run.pauses_t.append((t, t + d, "ckpt"))
                t += d
            to_eval = rng.uniform(40, 100) * 60
            continue
        to_eval = max(to_eval - (at - t), 4 * TICK)
        if which == 1:  # a crash: the process dies, the job comes back on the same stage
            run.lives.append((life0, at, False, st["nodes"], _level(cfg, st)))
            down = _u(rng, _DOWN, s)
            up = _u(rng, _RESTART_UP, s)
            run.pauses_t.append((at, at + down + up, "crash"))
            run.restarts.append((at, at + down + up, True))
            run.counts["crashes"] += 1
            life0, t = at + down, _ramp(rng, run, at + down + up)
            t_crash = at + rng.exponential(crash_mean)
            continue
        # a relaunch: graceful stop, queued, a new stage
        run.lives.append((life0, at, True, st["nodes"], _level(cfg, st)))
        run.counts["relaunches"] += 1
        new = _next_stage(rng, cfg, st, _level(cfg, st))
        stop, queue, up = _u(rng, _STOP, s), rng.uniform(60, 300), _u(rng, _RESTART_UP, s)
        run.pauses_t.append((at, at + stop + queue + up, "relaunch"))
        run.restarts.append((at, at + stop + queue + up, new == st))
        if new == st:
            run.counts["kept_stage"] += 1
        else:
            run.known_t.append(at + stop + queue + up)
            run.known_kind.append("stage")
        st = new
        life0, t = at + stop + queue, _ramp(rng, run, at + stop + queue + up)
        ri += 1
    run.lives.append((life0, np.inf, True, st["nodes"], _level(cfg, st)))
    return cfg


def _ramp(rng, run: Run, t: float) -> float:
    d = rng.uniform(120, 360)
    run.ramps.append((t, t + d, rng.uniform(0.4, 0.75)))
    return t + d


def _ar(rng, m: int, sd: float, tau: float) -> np.ndarray:
    """A stationary AR(1) (sd ``sd``, correlation time ``tau`` s) on ``m`` ticks, made in blocks of 200."""
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    x = np.empty(m)
    prev = rng.normal(0, sd)
    p = a ** np.arange(1, 201)
    for b in range(0, m, 200):
        eb = e[b:b + 200]
        k = len(eb)
        w = p[:k]
        x[b:b + k] = w * (prev + np.cumsum(eb / w))
        prev = x[b + k - 1]
    return x


def _tiles(rng, run: Run) -> np.ndarray:
    """The job's tiles per tick (all nodes)."""
    nt = run.nt
    tb = np.arange(nt) * TICK
    lev = np.zeros(nt)
    for l0, l1, g, nodes, lv in run.lives:
        lev[int(l0 // TICK):int(min(l1, 1e12) // TICK) + 1] = lv
    # scenes
    f = np.ones(nt)
    sd_s = rng.uniform(0.03, 0.08)
    t = -rng.uniform(0, 600)
    while t < nt * TICK:
        d = hc.log_uniform(rng, 180, 1800)
        i0, i1 = max(int(t // TICK), 0), max(int((t + d) // TICK), 0)
        fac = np.exp(rng.normal(0, sd_s)) / (rng.uniform(1.05, 1.15) if rng.random() < 0.25 else 1.0)
        f[i0:i1] = fac
        if rng.random() < 0.3:
            f[i0:i0 + int(rng.uniform(5, 30) // TICK) + 1] *= rng.uniform(0.2, 0.6)
        t += d
    noise = _ar(rng, nt, rng.uniform(0.02, 0.05), rng.uniform(10, 40))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    noise += ou[(tb // STEP).astype(int)]
    ramp = np.ones(nt)
    for a, b, f0 in run.ramps:
        i0, i1 = int(a // TICK), min(int(np.ceil(b / TICK)), nt)
        ramp[i0:i1] = f0 + (1 - f0) * np.clip((tb[i0:i1] + TICK / 2 - a) / (b - a), 0, 1)
    edges = np.array([x for a, b, _ in run.pauses_t for x in (a, b)])
    train = 1 - hc.bad_share(edges, tb, TICK) if len(edges) else np.ones(nt)
    train = np.where(train < 1e-9, 0.0, np.minimum(train, 1.0))  # a tick inside a pause: none (not 1e-16)
    return lev * f * np.exp(noise) * ramp * train * TICK


def _episodes(rng, T: float, per_day: float, lo: float, hi: float, log: bool = True) -> np.ndarray:
    """Disjoint windows ``(start, end)``: a Poisson number (``per_day``) at uniform times, lengths ``lo``-``hi``."""
    k = rng.poisson(per_day * T / DAY)
    st = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(lo), np.log(hi), k)) if log else rng.uniform(lo, hi, k)
    w = np.column_stack([st, st + d]) if k else np.zeros((0, 2))
    out = []
    for a, b in w:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _inside(x, win: np.ndarray):
    """The index of the window of ``win`` (sorted, disjoint ``(start, end)``) holding each ``x``, or -1."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.full(x.shape, -1)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = (i >= 0) & (x < win[np.maximum(i, 0), 1])
    return np.where(ok, i, -1)


def _lists(win: np.ndarray) -> tuple[list, list]:
    return [float(a) for a in win[:, 0]], [float(b) for b in win[:, 1]]


def _end_of(t: float, starts: list, ends: list) -> float:
    """The end of the window holding ``t`` (-1.0: none), as :func:`_inside` for one time."""
    i = bisect.bisect_right(starts, t) - 1
    return ends[i] if i >= 0 and t < ends[i] else -1.0


class Path:
    """The run's Matrix path: its draws, every message copy's fate and the counts."""


def _path_draws(rng, run: Run) -> Path:
    p, T = Path(), run.T + 1800.0
    p.aligned = rng.random() < 0.35
    p.P = float(rng.choice([15.0, 20.0, 30.0, 60.0])) if p.aligned else hc.log_uniform(rng, 15, 60)
    p.clk = rng.normal(0, rng.uniform(0.05, 1.0), 4)
    p.free = int(rng.integers(4)) if rng.random() < 0.2 else -1
    p.drift = rng.choice([-1, 1]) * rng.uniform(5e-6, 80e-6)
    p.steps = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
    p.off_node = int(rng.integers(4)) if rng.random() < 0.12 else -1
    p.clk[p.off_node if p.off_node >= 0 else 0] += (rng.choice([-1, 1]) * rng.uniform(10, 90)) * (p.off_node >= 0)
    p.srv = rng.normal(0, rng.uniform(0.1, 1.0)) if rng.random() >= 0.15 else rng.choice([-1, 1]) * rng.uniform(3, 30)
    p.exempt = rng.random() < 0.25
    p.shared = rng.random() < 0.6
    p.rate, p.burst = (0.2, 10.0) if rng.random() < 0.7 else (rng.uniform(0.5, 2.0), float(rng.integers(20, 51)))
    p.down = _episodes(rng, T, rng.uniform(0.1, 1.0), 20, 180, log=False)
    p.net = [_episodes(rng, T, rng.uniform(0.5, 3), 5, 300) for _ in range(4)]
    p.stall = _episodes(rng, T, rng.uniform(0.3, 3), 5, 180)
    p.timeout = rng.uniform(20, 60)
    p.fresh = rng.random() < 0.3
    p.workers = rng.random() < 0.4
    p.lag = _episodes(rng, T, rng.uniform(0.5, 4), 60, 600, log=False) if p.workers else np.zeros((0, 2))
    p.lag_s = rng.uniform(5, 120, len(p.lag))
    p.fed = rng.random() < 0.25
    p.outage = _episodes(rng, T, rng.uniform(0.2, 2), 60, 1800, log=False) if p.fed else np.zeros((0, 2))
    p.out_back = rng.uniform(5, 60, len(p.outage))
    blips = _episodes(rng, T, rng.uniform(2, 12), 3, 120)
    if not p.fed:  # the monitor's sync breaks with the server, until it reconnects
        rc = rng.uniform(1, 20, len(p.down))
        blips = np.concatenate([blips, np.column_stack([p.down[:, 0], p.down[:, 1] + rc])]) if len(p.down) else blips
        blips = blips[np.argsort(blips[:, 0])] if len(blips) else blips
        merged = []
        for a, b in blips:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        blips = np.array(merged).reshape(-1, 2)
    p.blips = blips
    p.limit = int(rng.choice([10, 20, 50]))
    p.backpage = rng.random() < 0.5
    p.by_server = rng.random() < 0.5
    p.grace = rng.uniform(20, 120)
    p.dedup = rng.random() < 0.5
    p.n_img = [int(rng.integers(4, 17)) for _ in run.evals]
    return p


def _offset(p: Path, k: int, t: np.ndarray) -> np.ndarray:
    """Node ``k``'s clock minus true time at ``t``: a fixed offset, and for the free-running node a drift from its
    last step."""
    off = np.full(np.shape(t), p.clk[k])
    if k == p.free:
        i = np.searchsorted(p.steps, t, side="right") - 1
        last = np.where(i >= 0, p.steps[np.maximum(i, 0)], 0.0)
        off = off + p.drift * (t - last)
    return off


def _messages(rng, run: Run, p: Path) -> list:
    """The reporters' messages per sender ``(node, compose times, interval starts, graceful life end)``, and the
    image posts after evaluations (node -1)."""
    senders = []
    for l0, l1, graceful, nodes, lv in run.lives:
        end = min(l1, run.T + 900.0)
        for k in range(nodes):
            if p.aligned:
                first = (np.floor((l0 + _offset(p, k, np.array(l0))) / p.P) + 1) * p.P
                own = np.arange(first, end + p.clk[k] + 2 * p.P, p.P)
                tc = own - _offset(p, k, own)
            else:
                m = int((end - l0) / p.P) + 3
                tc = l0 + p.P * rng.uniform(0.2, 1.0) + np.cumsum(np.r_[0, p.P + rng.uniform(0, 0.3, m - 1)])
            tc = tc[tc < end]
            if graceful and l1 < np.inf:
                tc = np.r_[tc, l1]
            starts = np.r_[l0, tc[:-1]]
            senders.append((k, tc, starts, graceful, l1, nodes))
    img = [e + 0.2 * i for e, m in zip(run.evals, p.n_img) for i in range(m)]
    senders.append((-1, np.array(img), np.array(img), True, np.inf, 1))
    return senders


def _send(rng, run: Run, p: Path, senders: list) -> tuple[list, dict]:
    """Every sender's requests through the server, in time order (a heap): refused while Synapse or the node's
    network is down (SDK backoff 1, 2, 4 .. 30 s), 429 while the user's token bucket is empty (wait
    ``retry_after_ms``), hung in a PostgreSQL stall (client timeouts: with a new txnId each retry an event). Returns
    the stored copies ``(sender, message, request time, persist time)`` and counts."""
    refused = limited = timeouts = dups = images = queue_lost = 0
    buckets = {}
    down, stall = _lists(p.down), _lists(p.stall)
    net = [_lists(w) for w in p.net]
    times = [s[1].tolist() for s in senders]
    heap = [(times[i][0], i, 0, 0) for i in range(len(senders)) if times[i]]
    heapq.heapify(heap)
    copies = []
    pop, push, uni = heapq.heappop, heapq.heappush, rng.uniform
    exempt, shared, rate, burst, tout, fresh = p.exempt, p.shared, p.rate, p.burst, p.timeout, p.fresh
    while heap:
        t, si, j, fails = pop(heap)
        k, graceful, l1 = senders[si][0], senders[si][3], senders[si][4]
        tc = times[si]
        if not graceful and t >= l1:  # the process died with the message queued
            queue_lost += len(tc) - j
            continue
        node = k if k > 0 else 0
        if _end_of(t, *down) > t or _end_of(t, *net[node]) > t:
            refused += 1
            push(heap, (t + min(30.0, 2.0 ** fails), si, j, fails + 1))
            continue
        if not exempt:
            key = -1 if shared else node
            tok, last = buckets.get(key, (burst, t))
            tok = min(burst, tok + (t - last) * rate)
            if tok < 1:
                buckets[key] = (tok, t)
                limited += 1
                push(heap, (t + (1 - tok) / rate + 0.01, si, j, fails))
                continue
            buckets[key] = (tok - 1, t)
        lat = uni(0.02, 0.3)
        s1 = _end_of(t, *stall)
        reqs, done = [t], t + lat
        if s1 > t:
            done = s1 + lat
            r = t
            while s1 - r > tout and len(reqs) < 4:
                r += tout + 1.0
                timeouts += 1
                if fresh:
                    reqs.append(r)
        if k < 0:
            images += 1
        else:
            dups += len(reqs) - 1
            for r in reqs:
                copies.append((si, j, r, done))
        if j + 1 < len(tc):
            nxt = tc[j + 1]
            push(heap, (nxt if nxt > done else done, si, j + 1, 0))
    c = {"refused": refused, "rate_limited": limited, "timeouts": timeouts, "duplicates": dups, "images": images,
         "queue_lost": queue_lost}
    return copies, c


def _deliver(rng, run: Run, p: Path, senders: list, copies: list) -> dict:
    """Each copy's arrival at the monitor, its minute and whether it counts: the tick interval ``(i0, i1)`` and
    weight of every counted copy, and the counts."""
    c = {"worker_lagged": 0, "fed_delayed": 0, "limited_gaps": 0, "backpaginated": 0, "gap_lost": 0, "late": 0,
         "moved": 0, "counted_twice": 0}
    if not copies:
        return {"i0": np.zeros(0, int), "i1": np.zeros(0, int), "w": np.zeros(0), "m": np.zeros(0, int), "c": c}
    si = np.array([x[0] for x in copies])
    mj = np.array([x[1] for x in copies])
    req = np.array([x[2] for x in copies])
    d = np.array([x[3] for x in copies]) + rng.uniform(0.02, 0.3, len(copies))
    lg = _inside(d, p.lag)
    c["worker_lagged"] = int((lg >= 0).sum())
    if len(p.lag):
        d = d + np.where(lg >= 0, p.lag_s[np.maximum(lg, 0)], 0.0)
    if p.fed:
        d = d + rng.uniform(0.1, 1.5, len(d))
        o = _inside(d, p.outage)
        c["fed_delayed"] = int((o >= 0).sum())
        if len(p.outage):
            d = np.where(o >= 0, p.outage[np.maximum(o, 0), 1] + p.out_back[np.maximum(o, 0)], d)
    keep = np.ones(len(d), bool)
    b = _inside(d, p.blips)
    order = np.argsort(d, kind="stable")
    for w in np.unique(b[b >= 0]):
        idx = order[b[order] == w]
        d[idx] = p.blips[w, 1] + rng.uniform(0, 0.5, len(idx))
        if len(idx) > p.limit:
            c["limited_gaps"] += 1
            old = idx[:len(idx) - p.limit]
            if p.backpage:
                d[old] = p.blips[w, 1] + rng.uniform(0.5, 3.0, len(old))
                c["backpaginated"] += len(old)
            else:
                keep[old] = False
                c["gap_lost"] += len(old)
    node = np.array([senders[s][0] for s in si])
    tc = np.array([senders[s][1][j] for s, j in zip(si, mj)])
    t0 = np.array([senders[s][2][j] for s, j in zip(si, mj)])
    w = np.array([1.0 / senders[s][5] for s in si])
    own = tc.copy()
    for k in np.unique(node):
        own[node == k] += _offset(p, max(int(k), 0), tc[node == k])
    key = req + p.srv if p.by_server else own
    m = np.floor(key / STEP).astype(int)
    late = keep & (d > (m + 1) * STEP + p.grace)
    c["late"] = int(late.sum())
    keep &= ~late & (m >= 0) & (m < run.n)
    if p.dedup:
        seen = set()
        for i in np.argsort(d, kind="stable"):
            if keep[i]:
                ident = (int(si[i]), int(mj[i]))
                if ident in seen:
                    keep[i] = False
                seen.add(ident)
    else:
        ident = si * 10 ** 7 + mj
        _, cnt = np.unique(ident[keep], return_counts=True)
        c["counted_twice"] = int((cnt - 1).sum())
    c["moved"] = int((keep & (m != np.floor(tc / STEP))).sum())
    return {"i0": np.floor(t0[keep] / TICK).astype(int), "i1": np.floor(tc[keep] / TICK).astype(int), "w": w[keep],
            "m": m[keep], "c": c}


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (tiles/s per minute) of tiles per tick ``J``: linear in ``J``."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    r = run.path.reads
    i0, i1 = np.minimum(r["i0"], len(J)), np.minimum(r["i1"], len(J))
    amt = (C[i1] - C[i0]) * r["w"]
    return np.bincount(r["m"], weights=amt, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = Run(n, pauses)
    _schedule(rng, run)
    run.J = _tiles(rng, run)
    p = _path_draws(rng, run)
    senders = _messages(rng, run, p)
    copies, c1 = _send(rng, run, p, senders)
    p.reads = _deliver(rng, run, p, senders, copies)
    run.path = p
    p.counts = {**c1, **p.reads["c"], "server_restarts": len(p.down), "db_stalls": len(p.stall),
                "blips": len(p.blips), "clock_steps": len(p.steps) if p.free >= 0 else 0,
                "crash_lost": int(sum(not g and l1 < run.T for l0, l1, g, nd, lv in run.lives))}
    healthy = _reads(run, run.J)
    spans = []
    marks = [(a, b) for a, b, _ in run.pauses_t] + [(a, (a + b) / 2) for a, b, f0 in run.ramps]
    for a, b in sorted(marks):
        s, e = max(int(a // STEP) - 1, 0), min(int(np.ceil(b / STEP)) + 1, n)
        if s < n:
            spans.append((s, e))
    live0 = hc.live_mask(spans, n)
    p.counts["unread"] = int((live0 & (healthy <= 0)).sum())
    for i in np.nonzero(healthy <= 0)[0]:
        spans.append((int(i), int(i) + 1))
    spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, healthy, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick over ``length`` ticks (a leak's ramp ``ramp`` ticks)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    bad_m, good_m, calm = rng.uniform(40, 240), rng.uniform(120, 500), rng.uniform(0.05, 0.25)
    w = np.empty(length)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(bad_m if bad else good_m)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    ts = np.arange(n) * STEP
    pts = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.nt * TICK if to_end else stop * STEP
        if kind != "straggler":  # it leaves with the process
            t1 = min([t1] + [l1 for l0, l1, g, nd, lv in run.lives if t0 < l1])
        i0, i1 = int(t0 // TICK), min(int(t1 // TICK), run.nt)
        if i1 - i0 < 60 * K:
            continue
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        L = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        c1 = min(stop, int(np.ceil(t1 / STEP)), n)
        lv = live[c0:c1]
        ls, hs = L[c0:c1][lv].sum(), healthy[c0:c1][lv].sum()
        if ls <= 0 or hs <= 0 or target * hs / ls > 1:
            continue
        loss = target * hs / ls * L
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end and i1 >= run.nt)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, (healthy - v)[onset:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout186(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout186_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT186_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout186, seeds, n, pauses)
