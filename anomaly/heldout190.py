"""The hundred-and-ninetieth held-out throughput family: an IVF embryo-grading model's training sequences/s (a video
network scoring blastocyst quality and predicting implantation from EmbryoScope-style time-lapse incubator images of a
fertility clinic network: focal stacks decoded, the best focal plane chosen, wells cropped, sequences subsampled and
augmented on CPU workers, the rare implanted class oversampled, an evaluation on a held-out clinic now and then), read
through Pusher Channels: each node's reporter triggers a small event (its clock's time, its sequences since its last
event) every 10-30 s on one channel through the HTTP API (a server library), and a monitor's client subscribed over
Pusher's WebSocket sums the sequences per minute of the event's own time or of its receipt.

(No generator's head names Pusher, an embryo, IVF, a blastocyst, a WebSocket, fertility, an incubator, a webhook or
time-lapse (``grep -ic`` on the first 3 lines of every ``anomaly/heldout*.py``, saved to ``/tmp/s66/heads190.txt``:
0 each); "channel" matches 9 lines, of which the ``grep -io`` (needing 40 characters before it) printed 6, all in
other senses (image, audio or radiometer channels, a Flume file channel); the other 3 were not seen. Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool): Pusher's "Interacting with our HTTP API" page
(https://pusher.com/docs/channels/server_api/http-api/: an event's data under 10 kB, exceeding the quota answers an
HTTP error (413 there), 1-100 channels per trigger); the support page on the message size limit
(https://docs.bird.com/pusher/channels/channels/limits/...: 10 KB) and that portal's index (pages "Does Channels store a
history of events", "Does Channels guarantee message delivery", "How can I get missed messages after reconnecting":
read as: no history, a disconnected client misses what was published meanwhile); a third-party summary of the plans
(api-evangelist/pusher rate-limits YAML, itself generated: Sandbox 100 connections and 200k messages a day, Pro 2,000 /
4M, Business 5,000 / 10M; a per-channel-per-second cap on publishing; 429 when exceeded: not relied on); pusher-js's
``src/core/defaults.ts`` and ``src/defaults.js`` (``activity_timeout`` 120000 ms, ``pong_timeout`` 30000,
``unavailable_timeout`` 10000; the connect strategy's timeout 15 s, limit 60 s) and its connection manager's states
(initialized, connecting, connected, unavailable, failed, disconnected; a ping after the activity timeout, a reconnect
when no pong comes within the pong timeout); Pusher's "Batch Webhooks" blog post (webhooks are of channel existence,
presence and client events: server-triggered events reach no webhook, so the monitor here is a WebSocket subscriber
and the webhook variant is not modelled); soketi PR #249 (webhooks batched within 50 ms, "just like Pusher").
Not read (from memory, unchecked): whether the Python or Node server library retries a failed trigger (assumed: not;
the reporter retries once itself); the close codes of a server-side disconnect (4200-4299 "reconnect"); how often a
cluster has an incident; whether a trigger is deduplicated (assumed: not, a timed-out trigger sent again is delivered
twice). Nothing read on the job (EmbryoScope, blastocyst grading models): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 GPU nodes (30/40/30 %, 0.85-0.97 per doubling); a node's GPUs train
15-400 sequences/s (log-uniform), its CPU workers (focal-stack decoding, focal-plane choice, well crops, augmenting)
feed 1.1-2.4 times that; a step waits for the slower side (a soft maximum of the costs). Data are read one clinic at a
time: a clinic's shard lasts 10-60 min (log-uniform), its stacks' focal planes and resolution set the CPU side's cost
(a factor, sd 4-12 %); per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %,
20-120 min); loader stalls (a worker pool respawned, a cold clinic's first stacks) 0.5-3 an hour, 10-60 s at 10-50 %
of the rate (healthy, not paused). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each onto more frames per
sequence (at most twice: 1.3-1.8 times dearer on the GPUs, a third of that on the CPUs), larger well crops (at most
twice: 1.3-1.6 on both) or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times; kept after
50 draws, and then not listed). Pauses: start-up 3-10 min ("long" 20-50) and a ramp from 40-75 % over 2-6 min; an
evaluation on the held-out clinic every 30-90 min, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint
(20-90 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6
("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (assumed from the reading above, not checked): each node's reporter thread runs with its process and
triggers every ``P`` s (10-30 per run, its first at a random phase, plus 0-0.3 s of its own work) an event holding the
sequences since its previous one and its clock's time; a graceful stop triggers a last event, a crash loses the
interval under way. A trigger fails at random (0.02-0.2 %), with probability 0.3-0.95 inside a cluster incident (0.1-0.6
a day, 3-40 min) and always while the account's daily message quota is spent (in 20 % of runs the account is shared
with the clinics' other apps: on 35 % of UTC days it runs out 0.3-3 h before midnight, when the quota resets); the
reporter tries once more 2-5 s later, and then drops the event. In half the runs the reporter keeps the sequences of a
dropped event and adds them to its next accepted one (a backlog: one large event after a quota night); in the others
they are lost. 0.05-0.3 % of accepted triggers time out at the reporter and are sent again 5-30 s later: delivered
twice. A trigger takes 30-400 ms, a delivery 20-300 ms more. The monitor's WebSocket drops: network blips 2-10 a day,
60 % closed cleanly (back after 1-10 s of backoff), 40 % half-open (noticed only when no pong answers the ping sent
after the activity timeout: 30-150 s, then 1-5 s to reconnect); server-side "reconnect" closes 0.3-1.5 a day (0.5-3 s);
in half the cluster incidents the socket is down for the incident and 1-10 s more. Events are not stored: whatever
is delivered while it is down is missed. The monitor bins an event by its own time (60 % of runs) or by its receipt
(40 %); binning by event time it closes a minute 10-40 s after its end (by its own, synchronised clock) and drops a
copy arriving later. Node clocks are off by sd 0.02-0.5 s, and in 20 % of runs one node by 5-60 s (either way). A point
is the minute's summed sequences over 60 s (0: nothing read). The reads are linear in the sequences; the events' fates
are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it or a
neighbour reads nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled
regressions (a share ``a w`` of each tick's sequences lost, carried through the same events and reads): ``drop`` (a
node's GPUs power-capped after a driver update: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler``
(reads of the image stacks from the clinics' shared storage slowed in bursts: 1 for a mean of 30-240 ticks, calm for a
mean of 120-600 at 0.05-0.25), ``leak`` (the decoded-frame cache of the loader workers growing into swap: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 %
over a leak's plateau), ``a`` set from the reads of the lost sequences (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout190_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    12         9     0.077-0.313  17              3-160 (1240, 5 >60)
long      31      11    10         10    0.093-0.314  19              3-172 (1163, 7 >60)

Planned changes listed: short 19, long 18 (of 19 and 18 relaunches; none kept its stage); crashes 36 and 44;
evaluations 1,112 and 1,054; loader stalls 2,168 and 2,382. The path over each set (counts): short: triggers failed at
random 500, failed in an incident 2,990, refused over the quota 11,048, retries 7,811, events dropped 6,727, accepted
events carrying a backlog 199, events delivered twice 894, incidents 17, quota nights 8, socket blips 253 (103
half-open), server closes 57, copies missed while disconnected 2,741, late copies dropped 9, unread minutes 5,007,
intervals lost in a crash (per node) 55; long: 676, 5,941, 11,956, 10,142, 8,431, 908, 1,111, 23, 7, 321 (140), 43,
3,476, 21, 20,602, 104. The reads' sum over the live points against the job's sequences: 0.999-1.003 per seed (short),
0.998-1.002 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.8-40 % (short), 2.7-41 %
(long), its 99th percentile 39-93 % (short), 69-110 % (long); the live median level 17-535 sequences/s (short),
25-305 (long). What surprised me, said and not tuned: the aliasing of a per-minute sum of events that each hold 10-30 s
of sequences is large where one node reports at a period that does not divide the minute (seeds 1902006, 1902007 and
1902009, one node, ``P`` 26.1, 17.9 and 23.6 s: a minute holds 2 or 3 events, median ``|d log|`` 27-40 %), small where
it does or where 2-4 nodes' phases average it out (1902010, ``P`` 20.7: 3 %); a quota night makes a pause span of up to
3 h in either setting. Before the first measure: none (the first measure was both sets' 12 seeds at 6,000 points).
Changes of the laws after it: none. Changes that are no law: each kept copy's receipt time is kept (``recv``, for the
tests), and docstring lines were rewrapped. The tests check the laws on the first 4 seeds at 3,000 points
(``SPANS``: 2-200 points "short", 2-240 "long").

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: printed with ``cat``, its middle cut
from the output, printed again as lines 150-260), ``tests/trace_checks.py`` (all: ``cat``, its end cut, printed again
as lines 290-402), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of
every ``anomaly/heldout*.py`` (the ``for``/``head -3`` loop; saved to ``/tmp/s66/heads190.txt`` and grepped there,
``grep -io`` printing 40 characters before and 20 after "channel"). Also an ``ls anomaly/heldout1[89]*.py`` (file names
only) and ``nproc``. Slips: none.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT190_SEEDS = tuple(range(1902000, 1902012))
CODE = 190
TICK = 5.0  # s, the job's tick
STEP = 60.0  # s, a point
K = int(STEP // TICK)
EPOCH = 1_796_601_600.0  # a UTC midnight, a multiple of 60
KIND_P = (0.34, 0.33, 0.33)
DAY = 86400.0
#: pause lengths (s) per setting: (lo, hi) uniform
PAUSE = {
    "short": {"startup": (180, 600), "eval": (120, 360), "ckpt": (20, 90), "down": (60, 240), "up": (120, 360),
              "stop": (60, 180), "queue": (60, 300)},
    "long": {"startup": (1200, 3000), "eval": (600, 1500), "ckpt": (60, 240), "down": (360, 1080), "up": (480, 1200),
             "stop": (300, 720), "queue": (60, 300)},
}
PATH_KEYS = ("failed_random", "failed_incident", "refused_quota", "retries", "dropped", "carried", "twice",
             "incidents", "quota_nights", "blips", "half_open", "server_closes", "missed_disconnected", "late",
             "unread_minutes", "crash_lost")


def _u(rng, pair) -> float:
    return float(rng.uniform(*pair))


def _level(cfg: dict, st: dict) -> float:
    """Sequences/s of a stage: the nodes' scaling times one node's rate, a step waiting for the slower side."""
    g, c = _sides(cfg, st)
    k = st["nodes"]
    return float(k * cfg["eff"] ** np.log2(k) / hc.smax(1 / g, 1 / c))


def _sides(cfg: dict, st: dict) -> tuple[float, float]:
    """One node's GPU and CPU rates (sequences/s) in a stage: more frames cost the GPUs fully, the CPUs a third."""
    g = cfg["gpu"] / (cfg["frames_c"] ** st["frames"] * cfg["res_c"] ** st["res"])
    c = cfg["cpu"] / ((1 + (cfg["frames_c"] - 1) / 3) ** st["frames"] * cfg["res_c"] ** st["res"])
    return g, c


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict:
    """A relaunch's stage: more frames, larger crops or (1 in 6) another node count, redrawn until the level moves
    15 % (1/3 to 3 times); the stage kept after 50 draws."""
    for _ in range(50):
        new = dict(st)
        if rng.random() < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        elif rng.random() < 0.5:
            new["frames"] = min(2, st["frames"] + 1)
        else:
            new["res"] = min(2, st["res"] + 1)
        r = _level(cfg, new) / level
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return dict(st)


def _schedule(rng, n: int, setting: str):
    """The job's timeline: training segments, pauses, process lives, ramps and planned changes."""
    P = PAUSE[setting]
    T = n * STEP + 600.0
    cfg = {"gpu": hc.log_uniform(rng, 15, 400), "eff": rng.uniform(0.85, 0.97), "frames_c": rng.uniform(1.3, 1.8),
           "res_c": rng.uniform(1.3, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.4)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "frames": 0, "res": 0}
    crash_mean = rng.uniform(12, 48) * 3600
    rel = []
    for x in sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * T):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    eval_every, ck_every = rng.uniform(1800, 5400), int(rng.integers(2, 4))
    segs, pauses_t, lives, ramps, known_t = [], [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0}

    def ramp(t):
        r = (t, rng.uniform(120, 360), rng.uniform(0.4, 0.75))
        ramps.append(r)

    t = _u(rng, P["startup"])
    pauses_t.append((0.0, t, "startup"))
    life_start = 0.0
    ramp(t)
    next_crash = t + rng.exponential(crash_mean)
    left_eval, n_eval, ri = eval_every * rng.uniform(0.7, 1.3), 0, 0
    while t < T:
        t_rel = rel[ri] if ri < len(rel) else np.inf
        tn = min(t + left_eval, next_crash, t_rel, T)
        segs.append((t, tn, *_sides(cfg, st), st["nodes"], cfg["eff"]))
        left_eval -= tn - t
        t = tn
        if t >= T:
            break
        if tn == next_crash:
            counts["crashes"] += 1
            lives.append((life_start, t, False))
            down = _u(rng, P["down"])
            life_start = t + down
            dur = down + _u(rng, P["up"])
            pauses_t.append((t, t + dur, "crash"))
            t += dur
            next_crash = t + rng.exponential(crash_mean)
        elif tn == t_rel:
            ri += 1
            counts["relaunches"] += 1
            lives.append((life_start, t, True))
            off = _u(rng, P["stop"]) + _u(rng, P["queue"])
            life_start = t + off
            dur = off + _u(rng, P["up"])
            pauses_t.append((t, t + dur, "relaunch"))
            t += dur
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            elif t < T:
                known_t.append(t)
            st = new
            next_crash = t + rng.exponential(crash_mean)
        else:
            n_eval += 1
            counts["evals"] += 1
            ck = n_eval % ck_every == 0
            dur = _u(rng, P["eval"]) + (_u(rng, P["ckpt"]) if ck else 0.0)
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            left_eval = eval_every * rng.uniform(0.9, 1.1)
        if pauses_t[-1][2] in ("crash", "relaunch"):
            ramp(t)
        if next_crash <= t:
            next_crash = t + rng.uniform(30, 600)
        if ri < len(rel) and rel[ri] <= t:
            rel[ri] = t + rng.uniform(300, 900)
    lives.append((life_start, T, True))
    return SimpleNamespace(T=T, cfg=cfg, segs=segs, pauses_t=pauses_t, lives=lives, ramps=ramps, known_t=known_t,
                           counts=counts, n=n, dt=STEP, k=K, nt=int(T // TICK))


def _job(rng, run) -> np.ndarray:
    """Sequences trained per 5-s tick (``run.J``) and the nodes in use per tick."""
    nt = run.nt
    tt = np.arange(nt) * TICK
    train, G, C, NE = np.zeros(nt), np.ones(nt), np.ones(nt), np.zeros(nt)
    nodes = np.zeros(nt, int)
    for a, b, g, c, k, eff in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1])
        train[i0:i1] += np.maximum(ov, 0)
        G[i0:i1], C[i0:i1], NE[i0:i1], nodes[i0:i1] = g, c, k * eff ** np.log2(k), k
    edges, t = [0.0], 0.0
    while t < run.T:
        t += hc.log_uniform(rng, 600, 3600)
        edges.append(t)
    sf = np.exp(rng.normal(0, rng.uniform(0.04, 0.12), len(edges)))[np.searchsorted(edges, tt, side="right") - 1]
    rate = NE / hc.smax(1 / G, 1 / (C * sf))
    ar = hc.ou_path(rng, run.T, rng.uniform(0.02, 0.05), rng.uniform(10, 40), step=TICK)[:nt]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))[(tt // STEP).astype(int)]
    mult = np.exp(ar + ou)
    for r0, rl, f0 in run.ramps:
        i0, i1 = int(r0 // TICK), min(nt, int(np.ceil((r0 + rl) / TICK)))
        mult[i0:i1] *= f0 + (1 - f0) * np.clip((tt[i0:i1] - r0) / rl, 0, 1)
    k_stalls = int(rng.poisson(rng.uniform(0.5, 3) / 3600 * run.T))
    for _ in range(k_stalls):
        a = rng.uniform(0, run.T)
        i0, i1 = int(a // TICK), min(nt, int(np.ceil((a + rng.uniform(10, 60)) / TICK)))
        mult[i0:i1] *= rng.uniform(0.1, 0.5)
    run.counts["stalls"] = k_stalls
    return rate * train * mult, nodes


def _merge(win: list) -> np.ndarray:
    """Windows ``(a, b)`` sorted and merged, as an array of rows."""
    out = []
    for a, b in sorted(win):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out, float).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in a merged window ``[a, b)``."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _path(rng, run, nodes_t: np.ndarray):
    """The events' fates (independent of the sequences): per event its node, its interval's time ``te`` and the
    reference time ``ref`` its sequences are counted from, the minute it is read in and how often (0, 1, 2)."""
    T, n = run.T, run.n
    days = T / DAY
    M = int(nodes_t.max())
    imb = 1 + rng.normal(0, 0.02, M)
    act = np.arange(M)[None, :] < nodes_t[:, None]
    share = act * imb[None, :]
    share = share / np.maximum(share.sum(1, keepdims=True), 1e-12)
    P, carry, by_event = rng.uniform(10, 30), rng.random() < 0.5, rng.random() < 0.6
    grace = rng.uniform(10, 40)
    off = rng.normal(0, rng.uniform(0.02, 0.5), M)
    if rng.random() < 0.2:
        off[int(rng.integers(M))] += rng.choice([-1, 1]) * rng.uniform(5, 60)
    p_rand, p_dup = rng.uniform(0.0002, 0.002), rng.uniform(0.0005, 0.003)
    c = {k: 0 for k in PATH_KEYS}
    inc = []
    for _ in range(int(rng.poisson(rng.uniform(0.1, 0.6) * days))):
        a = rng.uniform(0, T)
        inc.append((a, a + rng.uniform(180, 2400), rng.uniform(0.3, 0.95), rng.random() < 0.5))
    c["incidents"] = len(inc)
    quota = []
    if rng.random() < 0.2:
        first = DAY - rng.uniform(0, DAY)  # the run starts at a random time of the UTC day
        for mid in np.arange(first, T + DAY, DAY):
            if rng.random() < 0.35:
                quota.append((mid - rng.uniform(0.3, 3) * 3600, mid))
    c["quota_nights"] = len(quota)
    quota_w = _merge(quota)
    down = []
    for _ in range(int(rng.poisson(rng.uniform(2, 10) * days))):
        a = rng.uniform(0, T)
        if rng.random() < 0.6:
            down.append((a, a + rng.uniform(1, 10)))
        else:
            c["half_open"] += 1
            down.append((a, a + rng.uniform(0, 120) + 30 + rng.uniform(1, 5)))
        c["blips"] += 1
    for _ in range(int(rng.poisson(rng.uniform(0.3, 1.5) * days))):
        a = rng.uniform(0, T)
        down.append((a, a + rng.uniform(0.5, 3)))
        c["server_closes"] += 1
    for a, b, q, sock in inc:
        if sock:
            down.append((a, b + rng.uniform(1, 10)))
    down_w = _merge(down)

    def fails(t):
        p = np.full(len(t), p_rand)
        for a, b, q, sock in inc:
            p[(t >= a) & (t < b)] = q
        hit = rng.random(len(t)) < p
        quo = _inside(t, quota_w)
        return hit | quo, quo, (hit & ~quo) & (p > p_rand)

    cols = {k: [] for k in ("node", "te", "ref", "bin", "copies", "recv")}
    for j in range(M):
        for s, e, graceful in run.lives:
            te = s + rng.uniform(0, P) + np.arange(int((e - s) / P) + 2) * P
            te = te + rng.uniform(0, 0.3, len(te))
            te = te[te < e]
            if graceful and e < T:
                te = np.append(te, e)
            if len(te) == 0:
                continue
            if not graceful:
                c["crash_lost"] += 1
            f1, q1, i1 = fails(te)
            d = rng.uniform(2, 5, len(te))
            f2, q2, i2 = fails(te + d)
            ok = ~(f1 & f2)
            c["retries"] += int(f1.sum())
            c["refused_quota"] += int(q1.sum() + (f1 & q2).sum())
            c["failed_incident"] += int(i1.sum() + (f1 & i2).sum())
            c["failed_random"] += int((f1 & ~q1 & ~i1).sum() + (f1 & f2 & ~q2 & ~i2).sum())
            c["dropped"] += int((~ok).sum())
            idx = np.arange(len(te))
            if carry:
                last = np.maximum.accumulate(np.where(ok, idx, -1))
                prev = np.concatenate([[-1], last[:-1]])
                c["carried"] += int(((idx - prev > 1) & ok).sum())
            else:
                prev = idx - 1
            ref = np.where(prev >= 0, te[np.maximum(prev, 0)], s)
            tp = te + np.where(f1, d, 0.0) + rng.uniform(0.03, 0.4, len(te))
            dup = ok & (rng.random(len(te)) < p_dup)
            c["twice"] += int(dup.sum())
            stamp = te + off[j]
            for sel, r in ((ok, tp + rng.uniform(0.02, 0.3, len(te))),
                           (dup, tp + rng.uniform(5, 30, len(te)) + rng.uniform(0.02, 0.3, len(te)))):
                conn = ~_inside(r, down_w)
                c["missed_disconnected"] += int((sel & ~conn).sum())
                if by_event:
                    b = np.floor(stamp / STEP)
                    late = r > (b + 1) * STEP + grace
                    c["late"] += int((sel & conn & late).sum())
                else:
                    b, late = np.floor(r / STEP), np.zeros(len(te), bool)
                got = sel & conn & ~late & (b >= 0) & (b < n)
                for k, v in (("node", np.full(len(te), j)), ("te", te), ("ref", ref), ("bin", b.astype(int)),
                             ("copies", got.astype(float)), ("recv", r)):
                    cols[k].append(v[got])
    ev = {k: np.concatenate(v) for k, v in cols.items()}
    return SimpleNamespace(share=share, P=P, carry=carry, by_event=by_event, grace=grace, off=off, counts=c,
                           incidents=inc, quota=quota_w, down=down_w, **ev)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the sequences per tick ``J``: each received copy's sequences (the node's count from
    ``ref`` to ``te``, linear within a tick) summed per minute, over 60 s."""
    p = run.path
    C = np.concatenate([np.zeros((1, p.share.shape[1])), np.cumsum(J[:, None] * p.share, axis=0)])

    def at(t):
        x = np.clip(t / TICK, 0, run.nt)
        i = np.minimum(np.floor(x).astype(int), run.nt - 1)
        return C[i, p.node] + (x - i) * (C[i + 1, p.node] - C[i, p.node])

    seq = (at(p.te) - at(p.ref)) * p.copies
    return np.bincount(p.bin, weights=seq, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (deterministic)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J, nodes_t = _job(rng, run)
    run.path = _path(rng, run, nodes_t)
    h = _reads(run, run.J)
    unread = np.nonzero(h <= 0)[0]
    run.path.counts["unread_minutes"] = len(unread)
    win = [(max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)) for a, b, _ in run.pauses_t]
    win += [(max(0, int(r0 // STEP) - 1), min(n, int(np.ceil((r0 + rl / 2) / STEP)) + 1)) for r0, rl, _ in run.ramps]
    win += [(max(0, int(i) - 1), min(n, int(i) + 2)) for i in unread]
    spans = [(int(a), int(b)) for a, b in _merge([w for w in win if w[0] < n])]
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per 5-s tick (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600), horizon=1e9)
    bad = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
    return np.where(bad, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0, s1 = int(t0 // TICK), run.nt if to_end else min(run.nt, stop * K)
        w = _weight(rng, kind, s1 - s0, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        lost = np.zeros(run.nt)
        lost[s0:s1] = w * run.J[s0:s1]
        m = _reads(run, lost)
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or m[c0:stop][lv].sum() <= 0:
            continue
        a = target * hs / m[c0:stop][lv].sum()
        if a > 1:
            continue
        m = a * m
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= ch < end for ch in changes):
            continue
        ramp_end = min(int(t0 // STEP) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (onset, m[onset:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout190(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout190_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT190_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout190, seeds, n, pauses)
