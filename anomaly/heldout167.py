"""The hundred-and-sixty-seventh held-out throughput family: a spoken-language identification model's training clips/s
(an ECAPA-TDNN or a wav2vec2-style encoder classifying 100+ languages from 2-10 s clips, VoxLingua107 / Common Voice
style: scraped video audio and read speech decoded, resampled, voice-activity trimmed, cropped and augmented with noise
and reverberation on CPU workers, low-resource languages oversampled), read through an XMPP multi-user chat room: each
node's bot sends a groupchat message (its clock's time, its clips since its last message) every 30-60 s to one MUC
room on the lab's Prosody or ejabberd server, and a monitor bot in the room sums clips per minute of the message's
arrival (its own clock) or of the message's time.

(No generator's head names XMPP, Jabber, Prosody, ejabberd, a multi-user chat, a groupchat, MUC or a chat room
(``grep -ic`` on the first 3 lines of every generator, saved to ``/tmp/h167_heads.txt``: 0 each; "muc" matched 1 head,
in "Demucs"); "spoken-language" 1 (a sign-language translation model's spoken-language text: not this job); "ECAPA" 1
(a speaker-verification model: the model family is not new, language identification is); "room" 1 (room impulse
responses), "bot" 3 (each in "robot"). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 and 541 to its end, 550
(its ``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines);
``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: a joint print with
``tests/trace_checks.py`` was cut in its middle, so I printed lines 300-537 of it and lines 1-175 of
``trace_checks.py`` again, after a ``wc -l`` of the two); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines
1-80; ``tests/test_architecture.py`` lines 1-110; the first 3 lines of every generator (``for f in anomaly/heldout*.py;
do echo "== $f"; head -3 "$f"; done``, into ``/tmp/h167_heads.txt``, then ``grep -ic`` / ``grep -io`` on it). Slips: an
``ls anomaly/heldout16*.py`` (file names only); none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds
apart), not its code.

Public sources read (excerpts through the search tool): XEP-0198 (xmpp.org/extensions/xep-0198.html: acks and stream
resumption); Conversations issues #2062 and #879 (github.com/iNPUTmice/Conversations: duplicates after a failed
resumption unless the server reports ``h`` on ``<failed/>``; a stale ack count resending the last stanzas); ejabberd
issues #1160, #1151, #417 (github.com/processone/ejabberd: stanzas lost when sent around a ``resume_timeout``, MUC
messages not kept for a disconnected occupant); Prosody's mod_limits page (prosody.im/doc/modules/mod_limits: a
per-connection byte rate and burst, an over-limit session suspended for ``limits_resolution`` 1 s, "no data is lost,
only slowed"); MongooseIM's and ejabberd's shaper pages and configs (esl.github.io/MongooseDocs .../shaper: the
"normal" c2s shaper 1,000 bytes/s, "the receiver pauses before processing the next packet"); Prosody's mod_muc page
(prosody.im/doc/modules/mod_muc: a room keeps 20 messages of history by default, a joining client may ask for less);
XEP-0311 and client docs on the MUC ``<history/>`` element (maxstanzas, seconds, since; xmpp-rs issue 76: a bot that
counts the joined room's history as new messages); the SpeechBrain VoxLingua107 ECAPA recipe's hyperparameters
(huggingface.co/sahita/lang-VoxLingua107-ecapa hyperparams.yaml: WebDataset tar shards, ``ckpt_interval_minutes: 5``,
3-s training crops, 60 mel bands, batch 128, 2 loader workers, RIR folder for reverberation). Not read (from memory,
unchecked): MAM (XEP-0313) queries by the last seen archive id; XEP-0203 delay stamps set by the server at storage;
Prosody's default hibernation (taken here as 300 s, ejabberd's ``resume_timeout``); whether a room's history survives
a restart (half the runs). Nothing read on VoxLingua107's epoch or shard sizes, or wav2vec2 fine-tuning costs: assumed.

Assumed without checking (the job): 1-4 nodes (30/30/15/25 %) of 4 or 8 GPUs (0.85-0.97 per doubling); an ECAPA-TDNN
(55 %) trains 300-1,500 clips/s per GPU, a wav2vec2-style encoder 40-250 (log-uniform); each node's CPU workers feed
0.9-2.4 times its GPUs at short crops without reverberation; a step waits for the slower side (soft maximum of costs).
A stage: crops up to 4 s or 10 s (the longer 1.4-2.2 times dearer on both sides), reverberation on or off (1.3-1.8 on
the CPUs), the wav2vec2 encoder frozen or not (1.6-2.4 on the GPUs). WebDataset shards last 4-20 min of training
(log-uniform), a factor of sd 3-8 %, a fifth read speech (short clips: 15-35 % more clips/s); a shard's first 2-15 s
(opened from the object store) run at 20-60 %; per 5-s tick an AR(1) of the log (sd 2-5 %, 10-40 s) and a slow OU
(sd 1-3 %, 20-120 min). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-5 min; validation on
the dev set every 60-180 min of training, 2-5 min ("long" 12-30), with the epoch's checkpoint (10-40 s, "long" 1-4
min); intra-epoch checkpoints every 30-90 min of training (same lengths); crashes (exponential, mean 12-48 h): down
1-4 min ("long" 6-18) and a restart of 2-6 ("long" 8-20) and a ramp; 0-3 relaunches at 15-85 % of the run (an hour
apart): stopped 1-3 min ("long" 5-12), queued 1-5, a start-up and a ramp, onto a new stage (longer crops, reverberation,
the encoder unfrozen, or 1 in 6 another node count), redrawn until the level moves 15 % (1/3 to 3 times).

On the path (not checked): each node's bot is a thread of the node's trainer process; it joins the room 1-5 s after the
process starts and sends every ``P`` s (30-60 per run, each node's timer 0.2 % off, plus 0-0.3 s of work per message)
the node's clips since its previous message (a node's share is the job's over its node count); a crash loses the
interval under way, a graceful stop sends it. The nodes' clocks are NTP-synchronised (sd 5-300 ms); in 25 % of runs one
node's clock steps 0.5-3 times a day (sd 1-10 s). Server restarts 0.2-1.5 a day, down 10-120 s; each bot reconnects
1-30 s after and rejoins in 0.5-3 s (the monitor is back 1-30 s after); the XEP-0198 sessions are gone. Each bot also
loses its connection 1-6 times a day for 20-100 s (the ping timeout, then a reconnect) and resumes its session,
resending what was unacked or queued; 15 % of these last 6-20 min, past the hibernation, and the resumption fails.
After a failed resumption the bot (60 % of runs) resends its queued messages, but in 30 % of those runs before its
rejoin completes (refused: not an occupant, lost); else they are lost; and, where the server gives no ``h`` on failure
(half the runs), the last message of the 30 s before the loss is resent with probability 0.3-0.8 (a second copy). The
rank-0 bot posts a 4-12 kB per-language accuracy report after each validation; the c2s shaper (1-3 kB/s) holds its next
messages until it has passed. Delivery takes 30-200 ms (log-normal). The monitor loses its connection 1-6 times a day
(20-100 s, resumed: the server's queue arrives at once) or 20 % of times 6-20 min, and at each server restart: on its
rejoin it either counts the room's replayed history (``history``, 35 %: the last 10-50 messages, those seen before
counted twice; a non-persistent room's history starts at the restart), skips delayed messages (``ignore``, 40 %: the
gap is lost) or fetches the gap from MAM (``mam``, 25 %: also dropping a repeated origin id). Half the monitors sum a
copy in the minute of its arrival on their clock (sd 0.2 s off), the others in the minute of the body's time (a delayed
copy by its delay stamp, the server's clock: sd 0.3-3 s off, or in 20 % of runs 5-60 s); those close a minute 10-45 s
after its end and lose a later copy. A point is the minute's sum over 60 s (0: nothing read). The reads are linear in
the clips; the messages' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's clips lost, carried through the same messages and reads): ``drop`` (an augmentation
worker killed and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the scraped-audio
shards read slowly from the object store in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the workers' resampling-kernel and noise caches growing into swap: ``w = (s / ramp) ** p``,
``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost clips (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout167_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    10         12    0.075-0.302  23              1-22 (1775, 0 >60)
long      28      9     10         9     0.081-0.318  23              1-98 (1510, 18 >60)

Planned changes listed: short 19, long 20 (of 19 and 20 relaunches; none kept its stage); crashes 37 and 32. The path
over each set (counts): short: server restarts 42, bot connection losses 524 (restarts included), monitor's 249,
stanzas resent on a resumed stream 359, unacked stanzas resent after a failed resumption 8 (1 dropped by id), queued
messages resent after it 367, lost 590, refused as not from an occupant 28, the monitor's queue delivered late 431,
gaps lost 209, history replayed 405 (151 counted twice), filled from MAM 405, copies late for their minute 778,
messages held behind a report 75, intervals lost in a crash 79, copies counted in another minute than their sending's
2477, minutes with no copy 787, clock steps 28; long: 40, 637, 224, 573, 5 (0), 275, 1055, 178, 454, 945, 992 (503),
121, 63, 56, 81, 2295, 1237, 9. Binning: short 6 by arrival, 6 by time; long 10 and 2. Rejoin policies: short 4
history, 3 ignore, 5 mam; long 4, 6, 2. The reads' sum over the live points against the job's clips: 0.994-1.019 per
seed (short), 0.991-1.061 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 1.5-66.5 %
(short), 2.2-40.8 % (long): a node or two sending every 30-60 s puts 1 or 2 (2 or 3) messages in a minute, and the sum
swings with their count; its 99th percentile 41-96 % (short), 50-96 % (long); the live median level 101-5,531 clips/s
(short), 139-7,519 (long). Before the first measure: none (the first measure was 3 seeds' healthy builds of each
setting, then both full sets). Changes of the laws after it: one: validation every 60-180 min of training (was 40-120)
and intra-epoch checkpoints every 30-90 min (was 15-45): 250 pause spans a trace, most onsets "near a pause" (28 of 32
short). And a fix of the code to the law written here, after the first commit: an unacked stanza was resent after a
failed resumption even where the bot's flush came before its rejoin (refused with the queue, now; the long set's resent
count went from 7 to 5, its late copies from 64 to 63, its copies in another minute from 2296 to 2295; the events, the
table and the pins did not move). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40
points "short", 110 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT167_SEEDS = tuple(range(1672000, 1672012))
CODE = 167
STEP = 60.0  # a point: one minute of the monitor's sums
TICK = 5.0  # the job's clips are drawn per 5-s tick
K = int(STEP // TICK)
EPOCH = 1_767_225_600.0  # 2026-01-01 00:00 UTC: the first point is stamped a minute later
KIND_P = (0.35, 0.35, 0.3)  # drop, straggler, leak
SPANS = {"short": (1, 40), "long": (1, 110)}  # pause span lengths (points), checked by the tests
# pause lengths in minutes: (short lo, short hi, long lo, long hi)
PAUSES = {"startup": (3, 10, 25, 60), "eval": (2, 5, 12, 30), "ckpt": (10 / 60, 40 / 60, 1, 4),
          "down": (1, 4, 6, 18), "restart": (2, 6, 8, 20), "stop": (1, 3, 5, 12)}
PATH_KEYS = ("server_restarts", "bot_blips", "monitor_blips", "resent_after_resume", "ack_lost_resent",
             "dups_dropped_by_id", "queued_resent_after_restart", "lost_while_down", "rejected_not_occupant",
             "monitor_resumed_late", "gap_lost", "history_replayed", "history_counted_twice", "mam_filled",
             "late_copies_lost", "delayed_behind_report", "lost_in_crash", "other_minute", "unread_minutes",
             "clock_steps")


def _dur(rng, kind: str, setting: str) -> float:
    """A pause part's length (s) of ``PAUSES[kind]`` in the setting."""
    lo, hi = PAUSES[kind][:2] if setting == "short" else PAUSES[kind][2:]
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """Clips/s of a stage: the GPUs' rate and the CPU workers' (decode, resample, VAD, crop, noise and reverb), the
    step waiting for the slower side (a soft maximum of the two costs)."""
    g = st["nodes"] * cfg["gpn"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["crop_c"] ** st["crop"] * cfg["unf_c"] ** st["unf"])
    cpu = cfg["cpu"] * st["nodes"] / (cfg["crop_c"] ** st["crop"] * cfg["rev_c"] ** st["rev"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, level: float) -> dict | None:
    """A relaunch's new stage (longer crops, reverberation added, the encoder unfrozen, or 1 in 6 another node count),
    redrawn until the level moves 15 % (1/3 to 3 times); None when 50 draws fail (the stage is kept)."""
    for _ in range(50):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif r < 0.45:
            new["crop"] = 1 - st["crop"]
        elif r < 0.75:
            new["rev"] = 1 - st["rev"]
        elif cfg["model"] == "w2v":
            new["unf"] = 1 - st["unf"]
        else:
            new["crop"], new["rev"] = 1 - st["crop"], 1 - st["rev"]
        ratio = _level(cfg, new) / level
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _config(rng) -> tuple[dict, dict]:
    ecapa = rng.random() < 0.55
    cfg = {"model": "ecapa" if ecapa else "w2v", "gpn": int(rng.choice([4, 8], p=[0.6, 0.4])),
           "gpu": hc.log_uniform(rng, 300, 1500) if ecapa else hc.log_uniform(rng, 40, 250),
           "eff": rng.uniform(0.85, 0.97), "crop_c": rng.uniform(1.4, 2.2), "rev_c": rng.uniform(1.3, 1.8),
           "unf_c": rng.uniform(1.6, 2.4) if not ecapa else 1.0}
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.15, 0.25])), "crop": int(rng.random() < 0.5),
          "rev": int(rng.random() < 0.6), "unf": int(not ecapa and rng.random() < 0.5)}
    g = cfg["gpn"] * st["nodes"]
    gpu_node = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / st["nodes"]
    cfg["cpu"] = gpu_node * rng.uniform(0.9, 2.4)  # per node, at short crops without reverberation
    return cfg, st


@dataclass
class Run:
    """One healthy run: the job's clips per tick ``J`` and the path's copies (what the monitor counts)."""

    n: int
    dt: float
    nt: int
    J: np.ndarray
    pauses_t: list
    ramps: list
    lives: list  # (start, end, graceful, nodes)
    restarts: list  # (stop, resume, same stage)
    known_t: list
    known_kind: list
    reports: list  # eval ends: the rank-0 bot posts its per-language accuracy report there
    counts: dict = field(default_factory=dict)
    path: object = None


def _schedule(rng, n: int, setting: str) -> Run:
    T2 = n * STEP + 600.0
    cfg, st = _config(rng)
    lvl = _level(cfg, st)
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    pauses_t, ramps, segs, lives, restarts, known_t, known_kind, reports = [], [], [], [], [], [], [], []
    eval_every, ck_every = 60 * rng.uniform(60, 180), 60 * rng.uniform(30, 90)
    crash_mean = 3600 * rng.uniform(12, 48)
    rel = sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]

    def ramp(t):
        ramps.append((t, t + 60 * rng.uniform(2, 5), rng.uniform(0.4, 0.75)))

    t = _dur(rng, "startup", setting)
    pauses_t.append((0.0, t, "startup"))
    ramp(t)
    life0, since_eval, since_ck = 0.0, 0.0, 0.0
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T2:
        next_crash = max(next_crash, t)
        cand = [t + eval_every - since_eval, t + ck_every - since_ck, next_crash, rel[ri] if ri < len(rel) else np.inf,
                T2]
        k = int(np.argmin(cand))
        te = max(cand[k], t)
        segs.append((t, te, lvl))
        since_eval += te - t
        since_ck += te - t
        t = te
        if k == 4:
            break
        if k == 0:  # validation on the dev set, then the epoch's checkpoint
            d = _dur(rng, "eval", setting) + _dur(rng, "ckpt", setting)
            pauses_t.append((t, t + d, "eval"))
            reports.append(t + d)
            since_eval = since_ck = 0.0
            t += d
        elif k == 1:  # an intra-epoch checkpoint (SpeechBrain's ckpt_interval_minutes)
            d = _dur(rng, "ckpt", setting)
            pauses_t.append((t, t + d, "ckpt"))
            since_ck = 0.0
            t += d
        elif k == 2:  # a crash: torchrun restarts every node's process from the last checkpoint
            counts["crashes"] += 1
            lives.append((life0, t, False, st["nodes"]))
            down = _dur(rng, "down", setting)
            d = down + _dur(rng, "restart", setting)
            pauses_t.append((t, t + d, "crash"))
            restarts.append((t, t + d, True))
            life0 = t + down
            t += d
            ramp(t)
            since_ck = 0.0
            next_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch onto a new stage
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True, st["nodes"]))
            stop = _dur(rng, "stop", setting) + 60 * rng.uniform(1, 5)
            d = stop + _dur(rng, "startup", setting)
            pauses_t.append((t, t + d, "relaunch"))
            new = _next_stage(rng, cfg, st, lvl)
            restarts.append((t, t + d, new is None))
            life0 = t + stop
            t += d
            if new is None:
                counts["kept_stage"] += 1
            else:
                st, lvl = new, _level(cfg, new)
                known_t.append(t)
                known_kind.append("stage")
            ramp(t)
    lives.append((life0, np.inf, True, st["nodes"]))
    nt = int(T2 // TICK)
    J = _clips(rng, nt, segs, ramps, T2)
    return Run(n, STEP, nt, J, pauses_t, ramps, lives, restarts, known_t, known_kind, reports, counts)


def _clips(rng, nt: int, segs, ramps, T2: float) -> np.ndarray:
    """Clips per tick: the stage's level over the training seconds of each tick, times the WebDataset shard's factor
    (its clip-length mix; read-speech shards 15-35 % more clips/s; the first 2-15 s of a shard, opened from the object
    store, at 20-60 %), an AR(1) and a slow OU of the log, and the ramp after each start."""
    tt = np.arange(nt) * TICK
    lvl, train = np.zeros(nt), np.zeros(nt)
    for t0, t1, lv in segs:
        b0, b1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        ov = np.clip(np.minimum(t1, tt[b0:b1] + TICK) - np.maximum(t0, tt[b0:b1]), 0, TICK)
        train[b0:b1] += ov
        lvl[b0:b1] = np.where(ov > 0, lv, lvl[b0:b1])
    cum = np.cumsum(train)
    m = int(cum[-1] / 240) + 3
    edges = np.concatenate([[0.0], np.cumsum(np.exp(rng.uniform(np.log(240), np.log(1200), m)))])
    fac = np.exp(rng.normal(0, rng.uniform(0.03, 0.08), m + 1)) * np.where(rng.random(m + 1) < 0.2,
                                                                          rng.uniform(1.15, 1.35, m + 1), 1.0)
    sh = np.searchsorted(edges, cum, side="right") - 1
    opening = cum - edges[sh] < rng.uniform(2, 15, m + 1)[sh]
    stall = np.where(opening, rng.uniform(0.2, 0.6, m + 1)[sh], 1.0)
    a = np.exp(-TICK / rng.uniform(10, 40))
    e = rng.normal(0, rng.uniform(0.02, 0.05) * np.sqrt(1 - a * a), nt).tolist()
    x, ar = 0.0, []
    for v in e:
        x = a * x + v
        ar.append(x)
    ou = hc.ou_path(rng, T2, rng.uniform(0.01, 0.03), 60 * rng.uniform(20, 120))[(tt // STEP).astype(int)]
    mult = np.ones(nt)
    for r0, r1, f in ramps:
        b0, b1 = int(r0 // TICK), min(nt, int(np.ceil(r1 / TICK)))
        mult[b0:b1] = f + (1 - f) * (tt[b0:b1] - r0) / (r1 - r0)
    return lvl * train * fac[sh] * stall * np.exp(np.array(ar) + ou) * mult


@dataclass
class Path:
    """The monitor's copies of the bots' messages: each counts the clips of true times ``(c0, c1]`` of a node's share
    (``1 / nn`` of the job's), in minute ``bin`` (-1: lost)."""

    P: float
    mode: str  # "arrival": minute of arrival on the monitor's clock; "stamp": minute of the message's time
    policy: str  # on a rejoin: "history" counts the replayed history, "ignore" skips delayed messages, "mam" asks MAM
    c0: np.ndarray
    c1: np.ndarray
    nn: np.ndarray
    bin: np.ndarray
    copies: np.ndarray  # per message, how many of its copies are counted
    down: np.ndarray  # the server's down windows
    counts: dict


def _outages(rng, T2: float, per_day: float, lo: float, hi: float, p_long: float = 0.0,
             long_lo: float = 360.0, long_hi: float = 1200.0) -> list:
    """``(start, end, resumed)``: connection losses, ``per_day`` a day, lasting ``lo``-``hi`` s (detection by the
    client's ping timeout and the reconnect), with probability ``p_long`` ``long_lo``-``long_hi`` s (past the
    server's 300-s hibernation of the XEP-0198 session: the resumption fails)."""
    k = rng.poisson(per_day * T2 / 86400)
    out = []
    for t in np.sort(rng.uniform(0, T2, k)):
        long = rng.random() < p_long
        out.append((t, t + (rng.uniform(long_lo, long_hi) if long else rng.uniform(lo, hi)), not long))
    return out


def _merge(wins: list) -> list:
    """The windows sorted, a window starting inside the previous one dropped."""
    out = []
    for w in sorted(wins):
        if not out or w[0] >= out[-1][1]:
            out.append(w)
    return out


def _path(rng, run: Run) -> Path:
    T2 = run.nt * TICK
    c = dict.fromkeys(PATH_KEYS, 0)
    P = rng.uniform(30, 60)
    mode = "arrival" if rng.random() < 0.5 else "stamp"
    policy = str(rng.choice(["history", "ignore", "mam"], p=[0.35, 0.4, 0.25]))
    H = int(rng.choice([10, 20, 20, 50]))  # the room's history length (Prosody and ejabberd keep 20 by default)
    persist = rng.random() < 0.5  # the room's history survives a server restart
    resend, early, server_h = rng.random() < 0.6, rng.random() < 0.3, rng.random() < 0.5
    p_dup, grace = rng.uniform(0.3, 0.8), rng.uniform(10, 45)
    lat = rng.uniform(0.03, 0.2)
    mon_off = rng.normal(0, 0.2)
    srv_off = rng.normal(0, rng.uniform(0.3, 3)) if rng.random() < 0.8 else rng.choice([-1, 1]) * rng.uniform(5, 60)
    shaper = rng.uniform(1000, 3000)  # bytes/s of the c2s shaper (ejabberd "normal" is 1000)
    nmax = max(life[3] for life in run.lives)
    # the nodes' clocks: NTP (sd 5-300 ms), one node unsynchronised in 25 % of runs (steps 0.5-3 a day, sd 1-10 s)
    steps = []
    off = rng.normal(0, rng.uniform(0.005, 0.3), nmax)
    if rng.random() < 0.25:
        k = rng.poisson(rng.uniform(0.5, 3) * T2 / 86400)
        steps = [(t, rng.normal(0, rng.uniform(1, 10))) for t in np.sort(rng.uniform(0, T2, k))]
        c["clock_steps"] = len(steps)
    down = []
    for t in np.sort(rng.uniform(0, T2, rng.poisson(rng.uniform(0.2, 1.5) * T2 / 86400))):
        down.append((t, t + rng.uniform(10, 120)))
    down = [w for i, w in enumerate(down) if i == 0 or w[0] > down[i - 1][1]]
    c["server_restarts"] = len(down)
    # the bots' messages
    rows = []
    for L0, L1, graceful, nn in run.lives:
        end = min(L1, T2)
        for j in range(nn):
            Pj = P * (1 + rng.normal(0, 0.002))
            start = L0 + rng.uniform(1, 5) + rng.uniform(0, Pj)
            k = int((end - start) / Pj) + 2
            s = start + np.arange(k) * Pj + np.cumsum(rng.uniform(0, 0.3, k))
            s = s[s < end]
            if len(s) == 0:
                continue
            c0 = np.concatenate([[L0], s[:-1]])
            if L1 < T2:
                if graceful:
                    s, c0 = np.append(s, L1), np.append(c0, s[-1])
                else:
                    c["lost_in_crash"] += 1
            rows.append(np.stack([s, c0, np.full(len(s), j), np.full(len(s), nn)]))
    s, c0, node, nn = np.concatenate(rows, axis=1)
    order = np.argsort(s, kind="stable")
    s, c0, node, nn = s[order], c0[order], node[order].astype(int), nn[order]
    stamp = s + off[node]
    if steps and nmax:
        bad = node == int(rng.integers(nmax))
        for t, d in steps:
            stamp[bad & (s >= t)] += d
    send = s.copy()
    for r in run.reports:  # the rank-0 bot's per-language accuracy report (4-12 kB) holds its connection
        hold = rng.uniform(4000, 12000) / shaper
        m = (node == 0) & (s >= r) & (s < r + hold)
        send[m] = r + hold + 0.2 * np.arange(m.sum())
        c["delayed_behind_report"] += int(m.sum())
    ok = np.ones(len(s), bool)
    extra = []  # (message, arrival at the room): a second copy of a message
    for j in range(nmax):
        wins = [(a, b + rng.uniform(1, 30) + rng.uniform(0.5, 3), False) for a, b in down]
        wins = _merge(wins + _outages(rng, T2, rng.uniform(1, 6), 20, 100, p_long=0.15))
        mine = np.nonzero(node == j)[0]
        for a, b, resumed in wins:
            c["bot_blips"] += 1
            inside = mine[(s[mine] >= a) & (s[mine] < b)]
            if resumed:  # XEP-0198: the unacked and queued stanzas are resent on the resumed stream
                send[inside] = b + 0.2 * np.arange(len(inside))
                c["resent_after_resume"] += len(inside)
                continue
            if resend and not early:
                send[inside] = b + 0.2 * np.arange(len(inside))
                c["queued_resent_after_restart"] += len(inside)
            else:
                ok[inside] = False
                c["rejected_not_occupant" if resend else "lost_while_down"] += len(inside)
            before = mine[(s[mine] < a) & (s[mine] >= a - 30)]
            if resend and not server_h and len(before) and rng.random() < p_dup and not early:
                extra.append((int(before[-1]), b + 0.2 * len(inside) + 0.2))
                c["ack_lost_resent"] += 1
    arr = send + lat * np.exp(rng.normal(0, 0.5, len(s)))
    msg = np.concatenate([np.nonzero(ok)[0], np.array([e[0] for e in extra], int)])
    room = np.concatenate([arr[ok], np.array([e[1] for e in extra])])
    dup = np.concatenate([np.zeros(ok.sum(), bool), np.ones(len(extra), bool)])
    if policy == "mam" and dup.any():  # the archive's monitor drops a repeated origin id
        c["dups_dropped_by_id"] = int(dup.sum())
        msg, room, dup = msg[~dup], room[~dup], dup[~dup]
    o = np.argsort(room, kind="stable")
    msg, room = msg[o], room[o]
    deliver, delayed = room.copy(), np.zeros(len(room), bool)
    keep = np.ones(len(room), bool)
    hist_msg, hist_at = [], []
    mw = [(a, b + rng.uniform(1, 30), False) for a, b in down] + _outages(rng, T2, rng.uniform(1, 6), 20, 100, 0.2)
    for a, b, resumed in _merge(mw):
        c["monitor_blips"] += 1
        i0, i1 = np.searchsorted(room, [a, b])
        if resumed:
            deliver[i0:i1] = b + 0.05 * np.arange(i1 - i0)
            c["monitor_resumed_late"] += int(i1 - i0)
        elif policy == "mam":
            deliver[i0:i1] = b + rng.uniform(0.5, 3) + 0.01 * np.arange(i1 - i0)
            delayed[i0:i1] = True
            c["mam_filled"] += int(i1 - i0)
        else:
            keep[i0:i1] = False
            if policy == "ignore":
                c["gap_lost"] += int(i1 - i0)
                continue
            last = max([x for x, y in down if x < b], default=-1.0)
            h0 = max(0, i1 - H)
            if not persist:
                h0 = max(h0, int(np.searchsorted(room, last)))
            hist_msg.append(msg[h0:i1])
            hist_at.append(b + 0.05 * np.arange(i1 - h0))
            c["history_replayed"] += int(i1 - h0)
            c["history_counted_twice"] += int(max(0, i0 - h0))
    cm = np.concatenate([msg[keep]] + hist_msg).astype(int)
    dl = np.concatenate([deliver[keep]] + hist_at)
    dly = np.concatenate([delayed[keep]] + [np.ones(len(h), bool) for h in hist_msg])
    sroom = np.concatenate([room[keep]] + [arr[h] for h in hist_msg])
    if mode == "arrival":
        b = np.floor((dl + mon_off) / STEP).astype(int)
    else:  # the body's time; a delayed copy by its delay stamp (XEP-0203, the server's clock)
        t = np.where(dly, sroom + srv_off, stamp[cm])
        b = np.floor(t / STEP).astype(int)
        late = dl + mon_off > (b + 1) * STEP + grace
        c["late_copies_lost"] = int(late.sum())
        b[late] = -1
    c["other_minute"] = int(((b >= 0) & (b != np.floor(s[cm] / STEP))).sum())
    copies = np.bincount(cm[b >= 0], minlength=len(s))
    return Path(P, mode, policy, c0[cm], s[cm], nn[cm], b, copies, np.array(down).reshape(-1, 2), c)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's clips/s per minute of the clips per tick ``J`` carried by the run's copies (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])

    def cum(t):
        x = np.clip(t / TICK, 0, run.nt - 1e-9)
        i = x.astype(int)
        return C[i] + (x - i) * J[i]

    ok = (p.bin >= 0) & (p.bin < run.n)
    return np.bincount(p.bin[ok], weights=(cum(p.c1[ok]) - cum(p.c0[ok])) / p.nn[ok], minlength=run.n) / STEP


def _spans(run: Run, healthy: np.ndarray) -> list:
    """The paused points: a minute touching a pause (or a ramp's first half) or next to one, or one that read
    nothing."""
    n = run.n
    bad = np.zeros(n + 2, bool)
    wins = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in wins:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s < n:
            bad[max(s, 0):min(e, n)] = True
    bad[:n] |= healthy <= 0
    spans = []
    for i in np.nonzero(bad[:n])[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting (the random stream ``[seed, setting, 167]``)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    got = np.bincount(run.path.bin[(run.path.bin >= 0) & (run.path.bin < n)], minlength=n)
    run.path.counts["unread_minutes"] = int((got == 0).sum())  # no copy at all (a zero count is a copy)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's clips lost (0 .. 1) over ``length`` ticks: a drop rises over 1-6 ticks and
    holds (an augmentation worker killed, not respawned), a straggler is 1 in bursts (mean 30-240 ticks) and
    0.05-0.25 between (mean 120-600: slow reads of the scraped-audio shards from the object store), a leak ramps as
    ``(s / ramp) ** p`` (``p`` 0.6-1.8) and holds (the workers' resampling-kernel and noise caches growing into
    swap)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, w, on, i = rng.uniform(0.05, 0.25), np.empty(length), True, 0
    b_mean, g_mean = rng.uniform(30, 240), rng.uniform(120, 600)
    while i < length:
        d = int(rng.exponential(b_mean if on else g_mean)) + 1
        w[i:i + d] = 1.0 if on else calm
        i, on = i + d, not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
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
        k0, k1 = int(t0 // TICK), min(run.nt, int(stop * STEP // TICK)) if not to_end else run.nt
        w = np.zeros(run.nt)
        w[k0:k1] = _weight(rng, kind, k1 - k0, ramp * K)
        lost = _reads(run, w * run.J)
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        c0 = onset if kind != "leak" else int(ramp_end - 0.1 * ramp)
        c1 = n if to_end else stop
        win = live[c0:c1]
        hs = healthy[c0:c1][win].sum()
        if hs <= 0 or lost[c0:c1][win].sum() <= 0:
            continue
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        a = target * hs / lost[c0:c1][win].sum()
        if a > 1:
            continue
        v = np.maximum(healthy - a * lost, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= x < end for x in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout167(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout167_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT167_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout167, seeds, n, pauses)
