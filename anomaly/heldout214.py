"""The two-hundred-and-fourteenth held-out throughput family: a camera-trap wildlife classifier's training images/s at
a remote field station on 1, 2 or 4 nodes, each node's count sent as Meshtastic text messages through its LoRa radio
over the mesh to the station's gateway radio (the job: a network naming species and counting animals in camera-trap
images and short clips from a national park; images decoded, cropped and augmented on CPU workers, rare species
oversampled; an evaluation on a held-out season's images now and then). Each node's reporter sends a text message (its
clock's time and its images since its last message) every 10-30 s through the radio attached to the node; the gateway
radio's host (the monitor) sums the images per minute of the message's time or of the time it received the message.

Heads (``head -3`` of all 210 ``anomaly/heldout*.py`` into ``/tmp/heldout214/heads.txt``, then ``grep -ic``): 0 for
meshtastic, lora, "field station", "national park", store-and-forward / "store and forward", duty cycle / duty-cycle,
airtime, rebroadcast, "text message", sms, uplink, acknowledg; "mesh" 1 (a MeshGraphNet CFD surrogate), "mqtt" 1 (one
MQTT message per node, an astronomy job), "hop" 2 (neither a hop: "shop", "photo"), "gateway" 2 (a Prometheus
Pushgateway), "radio" 5 (radiographs, an RF-signal classifier), "trap" 3, "wildlife" 1, "species" 6, "camera" 21,
"images/s" 33, "oversampl" 21, "clip" 33. "wildlife" and one "trap" are generator 59's head: a wildlife camera-trap
image classifier (MegaDetector-style) on AWS spot instances read through Amazon Data Firehose; so the job's kind is not
new (the remote station, the counting, its node counts and its laws here are), the path is: no head names Meshtastic,
LoRa, a mesh radio, a duty cycle or store-and-forward. (``grep -io`` printed up to 40 characters before and 30 after
each match of mesh, trap, wildlife, mqtt, hop, gateway, radio.) Job and path named by the lead.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: the tool cut lines 313-408 from one
long print, printed again as lines 305-410), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic`` / ``grep -io``, and generator 59's
3-line head (to check it is not this job and path). Slips: a ``grep -il camera-trap`` over all generators' *whole
files* (meant for the heads; it printed one file name, ``anomaly/heldout59.py``, nothing of its body); an ``ls`` of
``anomaly/`` (file names) and an ``ls`` of ``anomaly/heldout213.py`` (absent on main) with a ``grep`` of its seeds
line (nothing: no file). None else.

Public sources read (excerpts through the search tool): meshtastic.org "Overview / How it works" (a radio retransmits
a message up to three times when no other device confirms it; a receiver drops what it heard before, else
rebroadcasts it and lowers the hop limit by one, none at zero; a radio keeps about 30 packets for a client app that is
away and replaces the oldest); the Android "settings radio user" page (LongFast the default preset, hop limit 3);
meshtastic.org's Store & Forward module page (a client asks a server for the text messages of a time window, up to a
configured maximum; "the server does not know which messages the client device actually missed, so it is possible
that you receive duplicates"; replays burden the mesh); firmware ``StoreForwardModule.cpp`` (history sent only while
the channel is under 25 % utilised, up to ``historyReturnMax``), ``FloodingRouter.cpp`` (duplicates dropped by packet
id) and ``ReliableRouter.cpp`` excerpts (``want_ack``: retransmit, then a NAK towards the sender); firmware PR #1998
(no transmission at all while over the hourly duty cycle, a ``DUTY_CYCLE_LIMIT`` NAK to the client), PR #2126,
issue #2419 (EU_868: 10 % an hour, no exemption), meshtastic docs PR #553 (the EU hourly 10 % limit), issue #3978 and
discussion #3833 (congestion from high hop limits), PR #5315 (repeated packets after dropped ACKs were passed to the
PhoneAPI/MQTT twice, fixed and still seen), PR #3245 and the MQTT uplink docs (a gateway node forwards packets heard).
Not read (assumed): airtimes per preset (0.15, 0.4 or 1.6 s a hop), the retransmission timeout (6-20 s), per-hop loss
figures, clock behaviour of the station's nodes; nothing read on the job (its figures are assumed).

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 1 or 2 GPUs (60/40 %), 80-900 images/s a GPU
(log-uniform), 0.80-0.95 per doubling of the GPU count; the CPU workers feed 0.8-2.0 times one node's GPUs; the rate is
the slower side's, less up to 12 % where the two are near (``_level``). Shards of one camera site's season, 2-15 min
each, cost factors sd 3-10 %, clip-heavy ones (twice the clip share of 5-25 %) 2-12 % dearer; the afternoon's heat
throttles by 1-6 % (a daily half-sine from 9 h to 21 h); on 20-70 % of nights a power cap of the battery bank (20-120
min at 0.92-0.97); per 5-s tick a Student-t (4 df) jitter of sd 1.5-5 %. Relaunches: 0-3 at 15-85 % of the run, an
hour apart, each another node count (40 %: nodes lent to ingesting new camera cards) or the image shape one step up or
down (1.25-1.6 dearer a step on the GPUs, its 0.7 power on the CPUs); redrawn until the level moves 15 % (1/3-3
times). Pauses: start-up 4-12 min ("long" 20-50) and a ramp from 30-70 % over 3-8 min; an evaluation every 40-120 min
of training, 2-7 min ("long" 12-30), every 3rd or 4th followed by a checkpoint (0.3-1.5 min, "long" 2-6); crashes
(exponential, mean 10-40 h): down 2-6 min ("long" 8-25), a start-up of 2-5 ("long" 10-25) and a ramp; a relaunch:
stopped 1-3 min ("long" 5-12) and queued 1-5, then a start-up and its ramp.

The path (not checked): each node's reporter starts with the training process and sends every ``P`` s (10-30 per
node, plus 0-2 s) a text with its clock's time in whole seconds and the images since the last message whose count it
reset; a crash loses the count under way, a graceful stop sends a last message. The nodes' clocks: offset sd 0.5-8 s,
drift -40..40 ppm from the run's start, stepped back at a sync every 1-4 h where the station has a GPS time server
(65 %). EU_868 in half the runs: 0.5-4 episodes a day (2-20 min) when the radio is over its hourly duty cycle and
refuses to send (the reporter keeps counting: the next message carries both). Over the air: 1-3 hops per node (one hop
more or less for 8 % of messages), a hop limit of 3-5; a node beyond it 0.1-1.5 times a day for 5-60 min (a relay
gone); loss per hop 2-12 %, 20-55 % in busy episodes (2-10 a day, 1-30 min: collisions). Half the runs send direct
messages to the gateway (``want_ack``: up to 3 retransmissions; the reporter resets its count only on an ACK, so a
message delivered whose ACK was lost is counted again in the next one), the others broadcast (the first relay's
rebroadcast is the implicit ACK; the reporter resets once the radio took it; a lost broadcast is lost). The gateway's
radio drops a repeat by its id, except in 45 % of runs (a firmware passing repeats on: each repeat let through with
probability 0.2-0.6; a second relay's rebroadcast of a broadcast too). It reboots 0.3-2 times a day (down 20 s-3 min:
what arrives is lost); in 30 % of runs a store-and-forward router then replays the last 25-100 text messages of the
5-30 min before and during the reboot (duplicates included), one every 2-6 s from 30-120 s after. Its host's link
drops 1-6 times a day for 30 s-20 min: the radio keeps the newest 30 packets and hands them over at the reconnect. The
monitor (clock sd 1 s): half drop a repeated (node, message), half count every copy; half bin a copy by its message's
time (closing a minute 2-10 min after its end by the monitor's clock: later copies are lost), half by the time they
were received. A point is the minute's images / 60 (0: none read). The reads are linear in the images; the messages'
fates are the healthy run's.

A point is paused where its minute touches a pause or the minute after one (a message straddles it), a ramp's first
half, or where it reads nothing; a listed change is the first point after a relaunch's span. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same messages and reads): ``drop`` (a node's
augmentation workers killed by the out-of-memory killer: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks),
``straggler`` (one node's USB disk of camera cards slow in bursts: 1 for a mean of 20-200 ticks, calm for a mean of
100-500 at 0.05-0.25), ``leak`` (the loader's decoded-clip cache growing into swap: ``w = (s / ramp) ** q``, ``q``
0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 % over a leak's
plateau), ``a`` set from the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout214_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    9          10    0.089-0.305  13              1-56 (1221, 0 >60)
long      28      10    9          9     0.095-0.314  22              1-79 (967, 13 >60)

Planned changes listed: short 22, long 20 (of 22 and 20 relaunches); crashes 53 and 60. The path over each set
(counts): short: duty-cycle refusals 3107, messages carrying a count past an earlier one 19153, lost on the air 37624,
retransmissions 166502, delivered but unacknowledged (counted again) 7699, repeats let through 25789, repeats dropped
by the monitor 8434, gateway reboots 64, copies lost in them 545, uplink outages 164, copies lost from the full queue
4326, store-and-forward replays 680, copies after their minute closed 563, intervals lost in a crash 53, clock syncs
860, copies in another minute than their interval's end 54514, unread minutes 5130 (pauses included); long: 4860,
23743, 22790, 206748, 8322, 12504, 5158, 59, 504, 174, 3790, 1487, 137, 60, 747, 62851, 17647. The reads' sum over the
live points against the job's images: 0.722-1.271 per seed (short), 0.866-1.146 (long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 9.4-40.6 % (short), 2.7-36.4 % (long), its 99th percentile
64-141 % (short), 51-151 % (long): a minute holds 2-6 messages of a node, and one message more or less moves it by a
sixth to a half; the live median level 49-3,424 images/s (short), 69-791 (long).

The first measure was both full sets (the table above, with the path's counts, levels and changes). Changes of the
laws after it: one. The measure showed 5 of 12 "short" runs paused from point 0 for 97-211 points (pause spans 1-211,
5 over 60): a node's clock drift was measured from -1e9 s before its first sync (hours off, its messages binned far
from their minutes), not from the run's start as meant; the drift now starts at the run's start. Nothing else changed.
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 90 points "short", 160 "long"); the
whole test file takes 2.4 s on one idle core (3.7-6.1 s while the 2-core machine ran at a load of 4.6).

Size: one family's job, path and regressions, kept in one module as the other generators are; the docstring is a
hundred lines (the path's many laws, its sources and its counts).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT214_SEEDS = tuple(range(2142000, 2142012))
CODE = 214
KIND_P = (0.34, 0.33, 0.33)
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # a whole minute
SPANS = {"short": (1, 90), "long": (1, 160)}
# pause lengths (minutes) per setting: (lo, hi)
STARTUP = {"short": (4, 12), "long": (20, 50)}
EVAL = {"short": (2, 7), "long": (12, 30)}
CKPT = {"short": (0.3, 1.5), "long": (2, 6)}
CRASH_DOWN = {"short": (2, 6), "long": (8, 25)}
RESTART_UP = {"short": (2, 5), "long": (10, 25)}
STOP = {"short": (1, 3), "long": (5, 12)}
PATH_KEYS = ("refused", "carried", "lost_air", "retransmissions", "unacked_delivered", "dup_passed", "deduped",
             "gw_reboots", "lost_at_gw", "uplink_outages", "queue_overflow", "sf_replays", "late", "crash_lost",
             "clock_syncs", "moved_minute", "unread_minutes")


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


# ---------------------------------------------------------------- the job


def _draw_job(rng) -> dict:
    """The station's hardware and the model (assumed, not checked)."""
    return {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "g": int(rng.choice([1, 2], p=[0.6, 0.4])),
            "gpu": hc.log_uniform(rng, 80, 900), "cpu_x": rng.uniform(0.8, 2.0), "eff": rng.uniform(0.8, 0.95),
            "shape_c": rng.uniform(1.25, 1.6), "noise": rng.uniform(0.015, 0.05), "clip": rng.uniform(0.05, 0.25),
            "shard_sd": rng.uniform(0.03, 0.10), "diurnal": rng.uniform(0.01, 0.06), "tod0": rng.uniform(0, 86400),
            "cap_p": rng.uniform(0.2, 0.7), "cap_f": rng.uniform(0.92, 0.97), "crash_mean": rng.uniform(10, 40) * 3600}


def _level(job: dict, st: dict) -> float:
    """Images/s of a stage: the GPUs (scaling ``eff`` per doubling of the GPU count, a larger image shape ``shape_c``
    dearer per step up) against the nodes' CPU workers (decode, crop, augment: ``shape_c ** 0.7`` per step); near
    balance the two sides overlap badly (up to 12 % lost)."""
    ng = job["g"] * st["nodes"]
    gpu = job["gpu"] * ng * job["eff"] ** np.log2(ng) / job["shape_c"] ** st["shape"]
    cpu = job["gpu"] * job["g"] * job["cpu_x"] * st["nodes"] / job["shape_c"] ** (0.7 * st["shape"])
    return float(min(gpu, cpu) * (1 - 0.12 * np.exp(-3 * abs(np.log(gpu / cpu)))))


def _next_stage(rng, job: dict, st: dict) -> dict:
    """A relaunch's stage: 40 % another node count (the station lends nodes to the ingestion of new camera cards),
    else the image shape one step up or down; redrawn until the level moves 15 % (1/3 to 3 times)."""
    lv = _level(job, st)
    for _ in range(200):
        if rng.random() < 0.4:
            new = {**st, "nodes": int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))}
        else:
            new = {**st, "shape": int(np.clip(st["shape"] + rng.choice([-1, 1]), -1, 2))}
        r = _level(job, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "shape": st["shape"] + 1}


def _timeline(rng, n: int, setting: str, job: dict):
    """Training segments, pauses, process lives and relaunches over ``n`` minutes (and 20 more)."""
    T = (n + 20) * STEP
    pauses_t, segs, lives, ramps, known_t, restarts = [], [], [], [], [], []
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]
    st = {"nodes": job["nodes"], "shape": 0}
    counts = {"relaunches": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def up(t, lo_hi, kind):  # a start-up pause then a ramp
        d = _u(rng, lo_hi) * STEP
        pauses_t.append((t, t + d, kind))
        return t + d

    t, life0 = 0.0, 0.0
    t = up(t, STARTUP[setting], "startup")
    ramp = (t, _u(rng, (3, 8)) * STEP, rng.uniform(0.3, 0.7))
    crash_at = rng.exponential(job["crash_mean"])
    next_eval = t + _u(rng, (40, 120)) * STEP
    n_eval, ck_every = 0, int(rng.choice([3, 4]))
    while t < T:
        cand = [next_eval, crash_at, rel[0] if rel else np.inf]
        which = int(np.argmin(cand))
        nxt = max(t, cand[which])
        t1 = min(nxt, T)
        if t1 > t:
            segs.append((t, t1, _level(job, st), ramp, st["nodes"]))
            ramps.append((ramp[0], ramp[0] + 0.5 * ramp[1]))
        t = t1
        if t >= T:
            break
        if which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, False))
            t0 = t
            t += _u(rng, CRASH_DOWN[setting]) * STEP
            pauses_t.append((t0, t, "crash"))
            life0 = t
            t = up(t, RESTART_UP[setting], "startup")
            ramp = (t, _u(rng, (3, 8)) * STEP, rng.uniform(0.3, 0.7))
            crash_at = t + rng.exponential(job["crash_mean"])
            next_eval = t + _u(rng, (40, 120)) * STEP
        elif which == 2:
            rel.pop(0)
            counts["relaunches"] += 1
            lives.append((life0, t, True))
            t0 = t
            t += (_u(rng, STOP[setting]) + rng.uniform(1, 5)) * STEP  # stopped, then queued for the nodes
            pauses_t.append((t0, t, "relaunch"))
            life0 = t
            t = up(t, RESTART_UP[setting], "startup")
            st = _next_stage(rng, job, st)
            known_t.append(t)
            restarts.append((t0, t, False))
            ramp = (t, _u(rng, (3, 8)) * STEP, rng.uniform(0.3, 0.7))
            crash_at = t + rng.exponential(job["crash_mean"])
            next_eval = t + _u(rng, (40, 120)) * STEP
        else:
            n_eval += 1
            counts["evals"] += 1
            t0 = t
            t += _u(rng, EVAL[setting]) * STEP
            pauses_t.append((t0, t, "eval"))
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                t0 = t
                t += _u(rng, CKPT[setting]) * STEP
                pauses_t.append((t0, t, "ckpt"))
            ramp = (t, 0.0, 1.0)
            next_eval = t + _u(rng, (40, 120)) * STEP
    lives.append((life0, max(t, T), True))
    return SimpleNamespace(pauses_t=pauses_t, segs=segs, lives=lives, ramps=ramps, known_t=known_t,
                           restarts=restarts, counts=counts, T=T, stage=st)


def _job_series(rng, job: dict, tl, nt: int) -> np.ndarray:
    """Images per 5-s tick: each segment's level over its share of the tick, its ramp, the shards' costs (a camera
    site's season per shard, 2-15 min, its image sizes and share of clips), the afternoon heat's throttling (a
    daily swing), the night's power caps on the station's battery bank, and heavy-tailed jitter per tick."""
    tt = (np.arange(nt) + 0.5) * TICK
    J = np.zeros(nt)
    for t0, t1, lv, (r0, rl, rf), _ in tl.segs:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        if i0 >= nt:
            break
        a = np.arange(i0, i1) * TICK
        frac = (np.minimum(t1, a + TICK) - np.maximum(t0, a)) / TICK
        rr = np.ones(i1 - i0) if rl <= 0 else np.clip(rf + (1 - rf) * (a + 0.5 * TICK - r0) / rl, rf, 1)
        J[i0:i1] += lv * TICK * np.clip(frac, 0, 1) * rr
    edges = np.cumsum(rng.uniform(120, 900, int(nt * TICK / 120) + 2))
    shard = np.exp(rng.normal(0, job["shard_sd"], len(edges) + 1))
    shard *= np.where(rng.random(len(shard)) < job["clip"] * 2, 1 / rng.uniform(1.02, 1.12, len(shard)), 1.0)
    f = shard[np.searchsorted(edges, tt)]
    day = (tt + job["tod0"]) % 86400
    f *= 1 - job["diurnal"] * np.clip(np.sin(2 * np.pi * (day - 9 * 3600) / 86400), 0, None)
    for d in range(int((tt[-1] + job["tod0"]) // 86400) + 1):
        if rng.random() < job["cap_p"]:
            c0 = d * 86400 - job["tod0"] + rng.uniform(0, 4) * 3600
            f[(tt >= c0) & (tt < c0 + rng.uniform(20, 120) * 60)] *= job["cap_f"]
    f *= np.exp(np.clip(rng.standard_t(4, nt) * job["noise"] / np.sqrt(2), -0.4, 0.4))
    return J * f


# ---------------------------------------------------------------- the path


def _windows(rng, T: float, per_day, dur) -> np.ndarray:
    """Episodes ``(start, end)``: ``per_day`` (lo, hi) a day, each ``dur`` (lo, hi) s long (log-uniform)."""
    k = rng.poisson(_u(rng, per_day) * T / 86400)
    s = np.sort(rng.uniform(0, T, k))
    return np.array([(a, a + hc.log_uniform(rng, *dur)) for a in s]).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[a, b)``."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _node_path(rng, p, tl, node: int, c: dict) -> dict:
    """One node's reporter and radio: its messages, their fates and the copies the gateway's radio passes on."""
    P = rng.uniform(10, 30)
    sends, life = [], []
    for i, (a, b, graceful) in enumerate(tl.lives):  # the reporter starts with its process; a graceful stop sends
        s = a + rng.uniform(1, P) + np.cumsum(P + rng.uniform(0, 2, int((b - a) / P) + 2))  # a last message
        s = np.concatenate([s[s < b], [b] if graceful else []])
        sends.append(s)
        life.append(np.full(len(s), i))
    s = np.concatenate(sends)
    life_end = np.concatenate(life)
    m = len(s)
    end = np.minimum((s // TICK).astype(int), p.nt)
    refused = _inside(s, p.duty)  # the radio refuses while over its hourly duty cycle
    hops = np.clip(p.hops[node] + (rng.random(m) < 0.08) * rng.choice([-1, 1], m), 1, 5)
    over = _inside(s, p.far[node]) | (hops > p.hop_limit)  # a relay gone: the gateway beyond the hop limit
    ploss = np.where(_inside(s, p.busy), p.loss_busy, p.loss)
    p_ok = np.where(over, 0.0, (1 - ploss) ** hops)
    att = rng.random((4, m)) < p_ok  # up to 1 + 3 retransmissions
    back = rng.random((4, m)) < p_ok  # the ack's (or the implicit ack's) way back
    if p.dm_mode:
        acked_at = np.argmax(att & back, axis=0)
        acked = (att & back).any(axis=0)
        happened = np.arange(4)[:, None] <= np.where(acked, acked_at, 3)[None, :]
        reset = acked & ~refused
    else:  # a broadcast: the first relay's rebroadcast is the implicit ack; the app resets once the radio took it
        first = rng.random((4, m)) < (1 - ploss)
        heard = np.argmax(first, axis=0)
        happened = np.arange(4)[:, None] <= np.where(first.any(axis=0), heard, 3)[None, :]
        reset = ~refused
    got = att & happened & ~refused[None, :]
    c["refused"] += int(refused.sum())
    c["retransmissions"] += int((happened[1:] & ~refused[None, :]).sum())
    c["lost_air"] += int((~got.any(axis=0) & ~refused).sum())
    c["unacked_delivered"] += int((got.any(axis=0) & ~reset & ~refused).sum())
    # the interval a message carries: from the end of the last message that reset the count (in the same life)
    idx = np.where(reset, np.arange(m), -1)
    last = np.maximum.accumulate(np.concatenate([[-1], idx[:-1]]))
    lo = np.where(last >= 0, end[np.maximum(last, 0)], 0)
    same_life = np.where(last >= 0, life_end[np.maximum(last, 0)] == life_end, False)
    life_start = np.array([int(tl.lives[i][0] // TICK) for i in life_end])
    lo = np.where(same_life, lo, life_start)
    c["carried"] += int(((last >= 0) & (last < np.arange(m) - 1) & same_life).sum())
    # the node's clock at the send, whole seconds in the text
    clock = s + p.off[node] + p.ppm[node] * 1e-6 * (s - p.sync[node][np.searchsorted(p.sync[node], s) - 1])
    text_t = np.floor(clock)
    lat = hops * rng.uniform(0.4, 2.5, m) + p.air * hops
    arr = s[None, :] + lat[None, :] + np.arange(4)[:, None] * p.rto
    k, j = np.nonzero(got)
    extra = rng.random(len(k)) < p.dup_q  # the gateway's packet history let a repeat through
    first_copy = np.zeros(len(k), bool)
    first_copy[np.unique(j, return_index=True)[1]] = True
    keep = first_copy | extra
    # a broadcast over 2 or more hops: the gateway may hear a second relay's rebroadcast
    rb = (not p.dm_mode) & (hops[j] >= 2) & first_copy & (rng.random(len(k)) < 0.3 * p.dup_q)
    c["dup_passed"] += int((keep & ~first_copy).sum() + rb.sum())
    jj = np.concatenate([j[keep], j[rb]])
    t_arr = np.concatenate([arr[k[keep], j[keep]], arr[k[rb], j[rb]] + rng.uniform(0.5, 3, int(rb.sum()))])
    return {"lo": lo[jj], "hi": end[jj], "msg": jj + node * 1_000_000, "text_t": text_t[jj], "arr": t_arr,
            "heard": np.nonzero(got.any(axis=0))[0], "s_all": s, "lo_all": lo, "hi_all": end, "text_all": text_t,
            "node": np.full(len(jj), node), "P": P}


def _path(rng, tl, job: dict, nt: int) -> SimpleNamespace:
    """The mesh, the gateway, its uplink and the monitor; every message's copies as tick intervals and minutes."""
    T = tl.T
    nodes = max(s[4] for s in tl.segs)
    c = {k: 0 for k in PATH_KEYS}
    c["crash_lost"] = sum(not g for a, b, g in tl.lives)
    eu = rng.random() < 0.5  # EU_868: 10 % an hour; US_915: no duty-cycle limit
    p = SimpleNamespace(nt=nt, dm_mode=bool(rng.random() < 0.5), hop_limit=int(rng.choice([3, 3, 4, 5])),
                        loss=rng.uniform(0.02, 0.12), loss_busy=rng.uniform(0.2, 0.55), rto=rng.uniform(6, 20),
                        air=float(rng.choice([0.15, 0.4, 1.6], p=[0.25, 0.55, 0.2])),
                        dup_q=0.0 if rng.random() < 0.55 else rng.uniform(0.2, 0.6), eu=eu)
    p.duty = _windows(rng, T, (0.5, 4) if eu else (0, 0), (120, 1200))
    p.busy = _windows(rng, T, (2, 10), (60, 1800))  # collisions: other stations' telemetry, S&F replays
    p.hops = rng.integers(1, 4, nodes)
    p.far = [_windows(rng, T, (0.1, 1.5), (300, 3600)) for _ in range(nodes)]
    gps = rng.random() < 0.65  # a GPS-disciplined time server at the station
    p.off = rng.normal(0, rng.uniform(0.5, 8), nodes)
    p.ppm = rng.uniform(-40, 40, nodes)
    p.sync = [np.concatenate([[-1e9, 0.0], np.cumsum(rng.uniform(3600, 4 * 3600, int(T / 3600) + 2))])
              if gps else np.array([-1e9, 0.0]) for _ in range(nodes)]  # drift from the run's start
    c["clock_syncs"] = int(sum(((s > 0) & (s < T)).sum() for s in p.sync))
    p.gw_down = _windows(rng, T, (0.3, 2), (20, 180))
    p.uplink = _windows(rng, T, (1, 6), (30, 1200))
    p.sf = rng.random() < 0.3
    p.dedup = bool(rng.random() < 0.5)
    p.by_text = bool(rng.random() < 0.5)  # bin by the message's own time, else by the time it was received
    p.lag = rng.uniform(120, 600)
    p.mon_off = rng.normal(0, 1.0)
    per = [_node_path(rng, p, tl, i, c) for i in range(nodes)]
    p.P = np.array([x["P"] for x in per])
    cols = {k: np.concatenate([x[k] for x in per]) for k in ("lo", "hi", "msg", "text_t", "arr", "node")}
    down = _inside(cols["arr"], p.gw_down)
    c["gw_reboots"] = len(p.gw_down)
    c["lost_at_gw"] = int(down.sum())
    cols = {k: v[~down] for k, v in cols.items()}
    if p.sf:  # the store-and-forward router replays its history after each gateway reboot: duplicates included
        rep = []
        for a, b in p.gw_down:
            t0 = b + rng.uniform(30, 120)
            cand = [(i, x) for i, x in enumerate(per)]
            got = []
            for i, x in cand:
                h = x["heard"][(x["s_all"][x["heard"]] > a - rng.uniform(300, 1800)) & (x["s_all"][x["heard"]] < b)]
                got += [(x["s_all"][q], i, q) for q in h]
            got.sort()
            got = got[-int(rng.integers(25, 101)):]
            for r, (_, i, q) in enumerate(got):
                x = per[i]
                rep.append((x["lo_all"][q], x["hi_all"][q], q + i * 1_000_000, x["text_all"][q],
                            t0 + r * rng.uniform(2, 6), i))
        c["sf_replays"] = len(rep)
        if rep:
            r = np.array(rep)
            add = {"lo": r[:, 0].astype(int), "hi": r[:, 1].astype(int), "msg": r[:, 2].astype(int),
                   "text_t": r[:, 3], "arr": r[:, 4], "node": r[:, 5].astype(int)}
            cols = {k: np.concatenate([cols[k], add[k]]) for k in cols}
    order = np.argsort(cols["arr"], kind="stable")
    cols = {k: v[order] for k, v in cols.items()}
    recv = cols["arr"].copy()
    keep = np.ones(len(recv), bool)
    for a, b in p.uplink:  # the gateway radio keeps the newest 30 packets while its host is away
        w = np.nonzero((cols["arr"] >= a) & (cols["arr"] < b))[0]
        keep[w[:-30]] = False
        recv[w[-30:]] = b + rng.uniform(1, 10)
        c["queue_overflow"] += max(0, len(w) - 30)
    c["uplink_outages"] = len(p.uplink)
    recv = recv + p.mon_off
    if p.dedup:  # a repeated (node, text) is dropped
        seen = np.zeros(len(recv), bool)
        key = cols["msg"].astype(np.int64)
        o = np.argsort(recv, kind="stable")
        _, first = np.unique(key[o], return_index=True)
        seen[o] = True
        seen[o[first]] = False
        c["deduped"] = int((seen & keep).sum())
        keep &= ~seen
    t_bin = cols["text_t"] if p.by_text else recv
    if p.by_text:
        late = recv > (np.floor(t_bin / STEP) + 1) * STEP + p.lag
        c["late"] = int((late & keep).sum())
        keep &= ~late
    minute = np.floor(t_bin / STEP).astype(int)
    c["moved_minute"] = int((keep & (minute != np.floor((cols["hi"] * TICK - 1e-9) / STEP))).sum())
    p.lo, p.hi, p.minute, p.node = cols["lo"][keep], cols["hi"][keep], minute[keep], cols["node"][keep]
    p.copies = np.unique(cols["msg"][keep], return_counts=True)[1]
    p.counts = c
    p.nodes = nodes
    return p


# ---------------------------------------------------------------- the reads, the run and its regressions


def _shares(tl, nodes: int, nt: int) -> np.ndarray:
    """Each node's share of the job's images per tick (``1 / nodes`` of the stage on the stage's nodes)."""
    sh = np.zeros((nodes, nt))
    for t0, t1, _, _, nn in tl.segs:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        sh[:nn, i0:i1] = 1.0 / nn
    return sh


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute from the images per tick ``J``: each kept copy adds the images its message
    carried (its node's share over the message's ticks) to its minute. Linear in ``J``."""
    p = run.path
    C = np.concatenate([np.zeros((p.nodes, 1)), np.cumsum(J[None, :] * run.share, axis=1)], axis=1)
    val = C[p.node, p.hi] - C[p.node, p.lo]
    ok = (p.minute >= 0) & (p.minute < run.n)
    return np.bincount(p.minute[ok], val[ok], minlength=run.n)[:run.n] / STEP


def _spans(tl, h: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause (and the minute after it, whose messages straddle it), a ramp's
    first half, or one that read nothing; touching spans merged."""
    iv = [(int(a // STEP), int(np.ceil(b / STEP)) + 1) for a, b, _ in tl.pauses_t]
    iv += [(int(a // STEP), int(np.ceil(b / STEP))) for a, b in tl.ramps if b > a]
    iv += [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]
    spans = []
    for s, e in sorted(iv):
        s, e = max(s, 0), min(e, n)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    job = _draw_job(rng)
    tl = _timeline(rng, n, pauses, job)
    nt = int(tl.T / TICK) + 2
    J = _job_series(rng, job, tl, nt)
    path = _path(rng, tl, job, nt)
    run = SimpleNamespace(n=n, dt=STEP, nt=nt, J=J, job=job, share=_shares(tl, path.nodes, nt), path=path,
                          pauses_t=tl.pauses_t, lives=tl.lives, known_t=tl.known_t, restarts=tl.restarts,
                          counts=tl.counts, segs=tl.segs)
    healthy = _reads(run, J)
    run.path.counts["unread_minutes"] = int((healthy <= 0).sum())
    spans = _spans(tl, healthy, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in tl.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1): ``drop`` (a node's augmentation workers killed
    by the out-of-memory killer: full within 1-6 ticks), ``straggler`` (one node's USB disk of camera cards reading
    slowly in bursts: 1 for a mean of 20-200 ticks, calm at 0.05-0.25 for a mean of 100-500), ``leak`` (the
    decoded-clip cache of the loader growing into swap: ``(s / ramp) ** q``, ``q`` 0.6-1.8, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
        bad = np.searchsorted(edges, s, side="right") % 2 == 1
        return np.where(bad, 1.0, rng.uniform(0.05, 0.25))
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str | None):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws. Its onset at a
    pause's end (30 %) or anywhere; its target loss 8-33 % (drop), 10-30 % (straggler), 12-35 % (a leak's plateau);
    the share ``a`` of the weight set from the reads of the lost images (linear), refused above 1."""
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
        k0, k1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        lost = np.zeros(run.nt)
        lost[k0:k1] = _weight(rng, kind, k1 - k0, ramp * K) * run.J[k0:k1]
        m0 = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + ramp if kind == "leak" else onset
        hs = healthy[c0:stop][live[c0:stop]].sum()
        base = m0[c0:stop][live[c0:stop]].sum() / hs if hs > 0 else 0.0
        if base <= 0 or target / base > 1:
            continue
        v = healthy - target / base * m0
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, target / base * m0)
    return None


def _stamps(run) -> np.ndarray:
    """A point is stamped at the end of its minute."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout214(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout214_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT214_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout214, seeds, n, pauses)
