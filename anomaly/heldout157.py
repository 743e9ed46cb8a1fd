"""The hundred-and-fifty-seventh held-out throughput family: a mosquito-species classifier's training clips/s (a CNN
over log-mel spectrograms of wingbeat audio recorded by smartphones and in-trap microphones, HumBug-style data; the
audio decoded, resampled, band-passed, cut into 1.92-s clips and turned into spectrograms on CPU workers; a
validation pass on held-out recordings now and then), read through Telegram: a bot on the training node keeps one
message in a private channel up to date, calling ``editMessageText`` every 10-30 s with the job's cumulative clip
count and a time (sending a new message where an edit fails), and a monitor, a user client on the MTProto API
(Telethon-style), reads the channel's latest messages once a minute and turns the counts' differences into rates.

(No generator's head names Telegram, a mosquito, a wingbeat, HumBug, MTProto, Telethon, a chat, a smartphone, a
microphone, an insect, an edit or a 429 (``grep -ic`` on the first 3 lines of every ``anomaly/heldout*.py``,
gathered in ``/tmp/heads157.txt``: 0 each); "audio" matches 9 lines, "spectrogram" 3 (one head is a classifier over
log-mel spectrograms cut from long hydrophone recordings: an audio pipeline is not new, the wingbeat job and its
sources are), "clips/s" 12, "message" 7, "channel" 4, "bot" 3 (robot), "flood" 1 (a flood-inundation emulator):
common words; the job and the path are new. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
``anomaly/heldout*.py`` (written to ``/tmp/heads157.txt`` by the brief's loop, then read through ``wc -l``, ``grep
-ic`` and ``grep -io`` with up to 60-80 characters before and 40-60 after the matches of "mosquito", "wingbeat",
"audio", "telethon", "mtproto", "chat", "bot", "spectrogram", "hydrophone", "clips/s", "channel", "message" and
"flood"). Slip: a ``grep -n scipy`` over ``anomaly/heldout_common.py`` and all of ``anomaly/traces.py`` (beyond
its lines 1-80), to see whether a generator may use scipy; it printed nothing. None else. The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): HumBugDB's README and ``docs/code_configuration.md``
(github.com/HumBug-Mosquito/HumBugDB: audio re-sampled to 8 kHz on loading, log-mel features with ``librosa``, NFFT
2048, 30 feature windows make a 1.92-s training window; a species-classification task); the Telegram Bot FAQ "My
bot is hitting limits" (telegra.ph/Hitting-limits-bot-FAQ: about one message a second in a chat, "short bursts"
then 429s, at most 20 messages a minute to one group, about 30 a second overall); pages on 429s (helpfixthat.com,
tgchannel.space: a 429 carries ``retry_after``; the limits are not published, edits are limited too); issues:
yi-jiayu/bus-eta-bot#6 and TelegramBots/Telegram.Bot#596 (an ``editMessageText`` with unchanged content answers 400
"Bad Request: message is not modified"), TelegramBotAPI/errors#7 ("message to edit not found" after a deletion),
m1guelpf/chatgpt-telegram#22, #58, #63 and pyed/transmission-telegram#5 (a bot editing one message often gets
"Too Many Requests: retry after 30" to "retry after 245"), NousResearch/hermes-agent#28484 (an edit's flood control
handled by backing off, not by giving up on edits); grammY's flood-limits page (wait ``retry_after`` and repeat);
the Bot API's ``edit_date`` (unix seconds of the last edit, pub.dev / grammy.dev reference pages); Telethon and
tdlib issues LonamiWebs/Telethon#4345, #4428, tdlib/td#366 (in channels, update-driven clients can miss
``updateMessageEdited`` when over 100 updates are pending: the monitor here polls the history instead, which shows
a message's current text); the MTProto FLOOD_WAIT pages (error 420 "A wait of X seconds is required"; Telethon
sleeps under ``flood_sleep_threshold``). Not read (from memory, unchecked): how often Telegram's data centres or
the Bot API really fail (here rare whole outages and more frequent Bot API 5xx spells), whether the channel's
20-a-minute limit counts edits, and any real mosquito-training throughput.

Assumed without checking (the job): one node of 1, 2 or 4 GPUs (35/40/25 %, 0.85-0.97 per doubling); the GPUs train
600-6,000 clips/s each (log-uniform), the CPU workers (decoding, resampling, band-pass, STFT and mel) feed 1-2.2 times
that; a step waits for the slower side (a soft maximum of the costs). Recordings are read one campaign at a time: a
shard lasts 5-40 min (log-uniform), its factor sd 3-8 %, a third from smartphones (compressed, 44.1/48 kHz, 5-12 %
dearer to decode); per 5-s tick an AR(1) of the log (sd 2-6 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120
min). Epochs of 8-30 min of training; in 60 % of runs the DataLoader's workers are not persistent and each epoch
starts with an 8-40 s dip to 35-75 % (workers respawned, the first recordings decoded). A validation pass every
30-90 min of training (whole epochs), 1-5 min ("long" 10-25), followed every 1st or 2nd time by a checkpoint (18-90
s, "long" 1-4 min). Start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min; crashes (exponential,
mean 12-48 h): down 1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20), a ramp, and the count rolled back to
the last checkpoint's (the clips trained since are trained again). Relaunches: 0-3 at 15-85 % of the run, an hour
apart, each a bigger CNN (at most twice: 1.35-1.9 times dearer on the GPUs), a heavier front end (more mel bands,
more augmentation: at most twice, 1.25-1.7 on the CPUs) or, 1 in 6, another GPU count; redrawn until the level moves
15 % (1/3 to 3 times); stopped with a checkpoint 1-3 min ("long" 5-12), queued 1-5 min, a start-up of half the first.

On the path (not checked): the bot thread starts with each process (sending a new message 1-5 s in) and then every
``P`` s (10-30 per run, plus 0-0.5 s) edits it with the count and the time of the job's last step (so in a pause
the text does not change). Outcomes: in a Telegram outage (0.03-0.3 a day, 2-40 min) or a Bot API failure spell
(0.2-1.5 a day, 20 s-8 min) the edit and its fallback fail; in a 429 flood wait (0.3-3 a day; ``retry_after`` 3-40
s, in 30 % of them 60-300 s) the bot sleeps; a pause's unchanged text answers 400 "message is not modified", which
half the bots (the naive ones) treat as a failure and answer with a new message, and those new messages add flood
waits inside pauses (twice the base rate, scaled by 30/``P``); 0.2-1 % of edits time out and the bot sends a new
message 5-15 s later (skipping its turns meanwhile). An edit is visible 0.05-0.8 s after it is sent (3 %: 1-5 s). In
30 % of runs the node is unsynchronised and steps its clock 0.5-3 times a day (sd 0.5-5 s). The monitor reads at
each minute's end plus 0.3-6 s: nothing during a Telegram outage, its own reconnects (1-8 a day, 5-120 s) and its own
FLOOD_WAITs (0.1-1 a day, 1-5 min); it takes the newest message's count and time, and makes a point of the count's
difference over the time's difference since the last message it used. Half the monitors divide by the texts' node
times (clock steps misread), the others by the messages' ``edit_date`` (whole server seconds: the send latency and
quantisation misread); half drop a difference across two message ids (a new message read as a restarted bot); a
read whose message has not changed, a difference over a clock step back or a count that went back (a crash's
rollback) gives no point (0), the next difference spans the gap. The reads are linear in the clips; the messages'
fates and the points' intervals are the healthy run's.

A point is paused where its minute or the interval its difference spans touches a pause (or a ramp's first half),
or where it reads nothing; a listed change is the first point after a relaunch's span that changed the stage.
Labelled regressions (a share ``a w`` of each tick's clips lost, carried through the same messages and reads):
``drop`` (a decoding worker killed, an out-of-memory kill on a long recording: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-6 ticks), ``straggler`` (the audio store slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of
120-600 at 0.05-0.25), ``leak`` (the workers' decoder buffers growing into swap: ``w = (s / ramp) ** p``, ``p``
0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost clips (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout157_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      12    9          10    0.080-0.319  25              1-43 (1835, 0 >60)
long      32      11    12         9     0.096-0.317  21              1-79 (1388, 6 >60)

Planned changes listed: short 17, long 21 (of 17 and 21 relaunches; none kept its stage); crashes 49 and 44. The
path over each set (counts): short: edit turns slept in a flood wait 353 (of 104 flood waits), edits failed in an
outage 1387, "message is not modified" answers 11148, new messages 6442, edit time-outs 1201, unread minutes 4307,
differences dropped across two message ids 1505, counts gone back or clock steps back 24, node clock steps 13,
failed reads 623, reads of an unchanged message 2143; long: 493 (137), 953, 49619, 23613, 1169, 11677, 522, 34, 32,
464, 10645. Variants (of 12 runs): naive bots 5 (short) and 6 (long), monitors dropping a difference across ids 6
and 4, monitors dividing by ``edit_date`` 7 and 7. The reads' sum over the live points against the job's clips:
0.9996-1.0009 per seed (short), 0.9997-1.0006 (long); the live points' minute-to-minute change (median ``|d log|``
per seed) 2.3-3.9 % (short), 1.3-4.2 % (long), its 99th percentile 11-42 % (short), 10-44 % (long; the epochs'
worker-respawn dips: the job's own per-minute rates have the same 99th percentile); the live median level 783-8,632
clips/s (short), 363-6,435 (long). Before the first measure: the respawn dips made shorter and shallower (10-60 s
at 30-70 % before), after one seed's look. First measure: both sets' 12 seeds at 3,000 points. Changes of the laws
after it: one, the validation cadence (it was every 1-3 epochs; with 8-min epochs and 10-25-min "long" passes the
job paused more than it trained); and one fix found by a test (an edit that timed out was shown after the next
edit: now the bot skips its turns while waiting), which moved the pinned sum, not the counts table. The tests check
the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points "short", 100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 157
HELDOUT157_SEEDS = tuple(range(1572000, 1572012))
TICK = 5.0  # s: the job's clips are counted per tick
STEP = 60.0  # s: one point per minute of the monitor's reads
K = int(STEP / TICK)
DAY = 86400.0
EPOCH = 1_779_999_960.0  # a multiple of 60: the first minute's start
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 100)}
PATH_KEYS = ("attempts_in_flood_wait", "flood_waits", "edits_failed_outage", "not_modified", "new_messages",
             "edit_timeouts", "unread_minutes", "id_resets", "rollbacks", "clock_steps", "reads_failed",
             "stale_reads")
_STARTUP = {"short": (3, 10), "long": (25, 60)}  # min
_EVAL = {"short": (1, 5), "long": (10, 25)}  # min
_CKPT = {"short": (0.3, 1.5), "long": (1, 4)}  # min
_DOWN = {"short": (1, 4), "long": (6, 18)}  # min: a crash's process down
_RESTART = {"short": (2, 6), "long": (8, 20)}  # min: a crashed job's start-up
_STOP = {"short": (1, 3), "long": (5, 12)}  # min: a relaunch's stop (a checkpoint is saved)


@dataclass
class Path:
    """The bot's operations and the monitor's reads of one run (the healthy run's fates)."""

    P: float = 20.0
    naive: bool = True  # the bot answers an edit's "message is not modified" by sending a new message
    by_id: bool = False  # the monitor drops a difference across two messages (a new message id)
    edit_date: bool = False  # the monitor's interval is the messages' edit_date, not the text's node time
    op_x: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the pair's true time (the last step)
    op_T: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the time the monitor divides by
    op_id: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # message id
    op_vis: np.ndarray = field(default_factory=lambda: np.zeros(0))  # when it is visible in the channel
    prev: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # per point: the op it differs from
    cur: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # per point: the op it read (-1 none)
    dT: np.ndarray = field(default_factory=lambda: np.ones(0))
    op_sent: np.ndarray = field(default_factory=lambda: np.zeros(0))  # when the bot sent it
    op_life: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # the process life it was sent in
    windows: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # clips per tick (the healthy job)
    pauses_t: list  # (t0, t1, kind), ordered
    ramps: list  # (t0, t1): a start-up's ramp
    lives: list  # (start, end, crashed): the process's lives
    ckpts: np.ndarray  # checkpoint times (the count saved)
    known_t: list  # resume times after a relaunch that changed the stage
    counts: dict
    stages: list
    path: Path | None = None


def _inside(x, win) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``win`` (``[a, b)`` rows, ordered and disjoint)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    win = np.asarray(win, float)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < win[np.maximum(i, 0), 1])


def _episodes(rng, T: float, per_day: float, dur, heavy=None) -> np.ndarray:
    """Poisson episodes over ``[0, T)`` (``per_day``), lengths uniform ``dur`` s (or, with ``heavy = (p, lo, hi)``,
    from ``(lo, hi)`` with probability ``p``); overlapping ones merged."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    d = rng.uniform(*dur, k)
    if heavy is not None:
        big = rng.random(k) < heavy[0]
        d = np.where(big, rng.uniform(heavy[1], heavy[2], k), d)
    out = []
    for s, e in zip(a, a + d):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return np.array(out).reshape(-1, 2)


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s in a stage: the GPUs' rate against the CPU workers' spectrogram rate (a soft max of costs)."""
    g = cfg["gpu"] * st["gpus"] * cfg["eff"] ** np.log2(st["gpus"]) / cfg["net_c"] ** st["net"]
    c = cfg["cpu"] * st["gpus"] / cfg["feat_c"] ** st["feat"]
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage, redrawn until its level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif u < 7 / 12 and st["net"] < 2:
            new["net"] += 1
        elif st["feat"] < 2:
            new["feat"] += 1
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return {**st, "gpus": 4 if st["gpus"] < 4 else 1}


def _schedule(rng, n: int, setting: str) -> Run:
    """The job: lives, pauses, stages and its clips per tick (healthy)."""
    T = (n + 3) * STEP
    nt = int(T / TICK)
    gpus = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg = {"gpu": hc.log_uniform(rng, 600, 6000), "eff": rng.uniform(0.85, 0.97), "net_c": rng.uniform(1.35, 1.9),
           "feat_c": rng.uniform(1.25, 1.7)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.0, 2.2)
    st = {"gpus": gpus, "net": 0, "feat": 0}
    m = lambda tab, s=1.0: 60.0 * s * rng.uniform(*tab[setting])  # noqa: E731
    epoch_len = rng.uniform(8, 30) * 60  # s of training per epoch
    ev_every = max(1, int(np.ceil(rng.uniform(30, 90) * 60 / epoch_len)))  # epochs per validation pass
    ck_every = int(rng.integers(1, 3))  # validation passes per checkpoint
    dips = rng.random() < 0.6  # DataLoader workers respawned at each epoch (not persistent)
    crash_mean = rng.uniform(12, 48) * 3600
    n_rel = int(rng.integers(0, 4))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel_t = [t for i, t in enumerate(rel_t) if i == 0 or t > rel_t[i - 1] + 3600]
    pauses, ramps, lives, ckpts, known, stages = [], [], [], [], [], []
    segs = []  # (t0, t1, level): training
    counts = {"crashes": 0, "relaunches": 0, "kept_stage": 0, "evals": 0, "ckpts": 0}
    t, life0 = 0.0, 0.0
    dur = m(_STARTUP)
    pauses.append((0.0, dur, "startup"))
    t = dur
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    n_eval = 0
    while t < T:
        lv = _level(cfg, st)
        stages.append((t, dict(st)))
        rd = rng.uniform(2, 6) * 60
        ramps.append((t, t + rd))
        to_epoch = epoch_len * rng.uniform(0.2, 1.0)  # a resume lands inside an epoch
        ep_i = 0
        while t < T:  # epochs of this life
            if dips:
                segs.append((t, t + rng.uniform(8, 40), -rng.uniform(0.35, 0.75)))  # a dip: marker
            t_end = t + to_epoch
            next_crash = max(next_crash, t + 60.0)  # one due in a pause comes after it
            if ri < len(rel_t):
                rel_t[ri] = max(rel_t[ri], t + 60.0)
            nxt_rel = rel_t[ri] if ri < len(rel_t) else np.inf
            stop = min(t_end, next_crash, nxt_rel)
            segs.append((t, stop, lv))
            t = stop
            if stop == next_crash:
                counts["crashes"] += 1
                lives.append((life0, t, True))
                down, up = m(_DOWN), m(_RESTART)
                pauses.append((t, t + down + up, "crash"))
                life0 = t + down
                t += down + up
                next_crash = t + rng.exponential(crash_mean)
                break
            if stop == nxt_rel:
                ri += 1
                counts["relaunches"] += 1
                lives.append((life0, t, False))
                ckpts.append(t)
                a = t
                t += m(_STOP) + rng.uniform(1, 5) * 60  # stopped (a checkpoint), queued
                life0 = t
                t += m(_STARTUP, 0.5)
                pauses.append((a, t, "relaunch"))
                new = _next_stage(rng, cfg, st, lv)
                if new == st:
                    counts["kept_stage"] += 1
                else:
                    known.append(t)
                st = new
                break
            ep_i += 1
            to_epoch = epoch_len * rng.uniform(0.9, 1.1)
            if ep_i % ev_every == 0:
                n_eval += 1
                counts["evals"] += 1
                a = t
                t += m(_EVAL)
                kind = "eval"
                if n_eval % ck_every == 0:
                    counts["ckpts"] += 1
                    ckpts.append(t)
                    t += m(_CKPT)
                    kind = "ckpt"
                pauses.append((a, t, kind))
    lives.append((life0, np.inf, False))
    J = _rates(rng, nt, segs, ramps, cfg)
    for a, b, kind in pauses:
        J[int(np.ceil(a / TICK)):int(b // TICK)] = 0.0
        i = int(a // TICK)
        if i < nt and a > i * TICK:  # the tick a pause starts in: only its trained part
            J[i] *= (a - i * TICK) / TICK
        j = int(b // TICK)
        if j < nt and b > j * TICK:
            J[j] *= ((j + 1) * TICK - b) / TICK
    return Run(n, nt, J, pauses, ramps, lives, np.array(ckpts), known, counts, stages)


def _rates(rng, nt: int, segs, ramps, cfg) -> np.ndarray:
    """Clips per tick: each training segment's level, the shards' factors (recordings read one campaign at a time:
    smartphone and trap-microphone sources of other sample rates and lengths), an AR(1) and a slow OU of the log,
    the epochs' worker respawn dips and the start-ups' ramps."""
    tt = (np.arange(nt) + 0.5) * TICK
    lvl = np.zeros(nt)
    dip = np.ones(nt)
    for a, b, lv in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if lv < 0:
            dip[i0:i1] = np.minimum(dip[i0:i1], -lv)
        else:
            lvl[i0:i1] = lv
    # shards: 5-40 min each, a factor (sd 3-8 %), a third from smartphones (compressed, 44.1/48 kHz: dearer decode)
    sd, shard = rng.uniform(0.03, 0.08), np.ones(nt)
    i = 0
    while i < nt:
        L = int(hc.log_uniform(rng, 5, 40) * 60 / TICK)
        f = np.exp(rng.normal(0, sd)) * (rng.uniform(0.88, 0.95) if rng.random() < 1 / 3 else 1.0)
        shard[i:i + L] = f
        i += L
    a = np.exp(-TICK / rng.uniform(10, 40))
    e = rng.normal(0, rng.uniform(0.02, 0.06) * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    x = 0.0
    for k in range(nt):
        x = a * x + e[k]
        ar[k] = x
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60, step=60.0)
    slow = np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    ramp = np.ones(nt)
    for a0, b0 in ramps:
        r0 = rng.uniform(0.4, 0.75)
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(b0 / TICK)))
        if i0 < nt:
            ramp[i0:i1] = r0 + (1 - r0) * np.clip((tt[i0:i1] - a0) / (b0 - a0), 0, 1)
    return lvl * shard * np.exp(ar + slow) * dip * ramp * TICK


def _last_step(run: Run, x: np.ndarray) -> np.ndarray:
    """The time of the job's last optimizer step at ``x``: ``x`` in training, a pause's start inside it."""
    a = np.array([p[0] for p in run.pauses_t])
    b = np.array([p[1] for p in run.pauses_t])
    i = np.searchsorted(a, x, side="right") - 1
    inp = (i >= 0) & (x < b[np.maximum(i, 0)])
    return np.where(inp, a[np.maximum(i, 0)], x)


def _life_of(run: Run, x: np.ndarray) -> np.ndarray:
    starts = np.array([s for s, e, c in run.lives])
    return np.maximum(np.searchsorted(starts, x, side="right") - 1, 0)


def _counts(run: Run, J: np.ndarray, x: np.ndarray, life: np.ndarray) -> np.ndarray:
    """The bot's cumulative clip count at the step times ``x`` (lives ``life``), linear in ``J``: each life resumes
    from the count its last checkpoint saved (a crash rolls it back; a relaunch saves it at its stop)."""
    S = np.concatenate([[0.0], np.cumsum(J)])

    def s_at(t):
        t = np.minimum(np.asarray(t, float), len(J) * TICK)
        i = np.minimum((t // TICK).astype(int), len(J) - 1)
        return S[i] + (t / TICK - i) * J[i]

    base, saved = np.zeros(len(run.lives)), 0.0
    for L, (s, e, crashed) in enumerate(run.lives):
        base[L] = saved
        ck = run.ckpts[(run.ckpts >= s) & (run.ckpts <= e)]
        if len(ck):
            saved = base[L] + float(s_at(ck.max()) - s_at(s))
    starts = np.array([s for s, e, c in run.lives])
    return base[life] + s_at(x) - s_at(starts[life])


def _path(rng, run: Run) -> Path:
    """The Telegram path of one run: the bot's edits of its message every ``P`` s (429 flood waits honoured,
    outages, "message is not modified", new messages), the node's clock, and the monitor's minute reads."""
    T = (run.n + 3) * STEP
    p = Path(P=rng.uniform(10, 30), naive=bool(rng.random() < 0.5), by_id=bool(rng.random() < 0.5),
             edit_date=bool(rng.random() < 0.5))
    c = {k: 0 for k in PATH_KEYS}
    tg_out = _episodes(rng, T, rng.uniform(0.03, 0.3), (120, 2400))  # Telegram down for both sides
    bot_api = _episodes(rng, T, rng.uniform(0.2, 1.5), (20, 480))  # the Bot API answers 5xx / times out
    flood = _episodes(rng, T, rng.uniform(0.3, 3.0), (3, 40), heavy=(0.3, 60, 300))  # 429, retry_after
    if p.naive:  # its new messages in a pause add to the channel's 20 a minute: more 429s there
        pt = np.array([(a, b) for a, b, _ in run.pauses_t]).reshape(-1, 2)
        tot = float((pt[:, 1] - pt[:, 0]).sum())
        k = rng.poisson(2.0 * rng.uniform(0.3, 3.0) * tot / DAY * (30.0 / p.P))
        if k and len(pt):
            j = rng.choice(len(pt), k, p=(pt[:, 1] - pt[:, 0]) / tot)
            a = rng.uniform(pt[j, 0], pt[j, 1])
            d = np.where(rng.random(k) < 0.3, rng.uniform(60, 300, k), rng.uniform(3, 40, k))
            flood = _merge(np.vstack([flood, np.column_stack([a, a + d])]))
    mon = _merge(np.vstack([_episodes(rng, T, rng.uniform(1, 8), (5, 120)),  # the client reconnecting
                            _episodes(rng, T, rng.uniform(0.1, 1.0), (60, 300))]))  # its own FLOOD_WAIT
    c["flood_waits"] = len(flood)
    # the node's clock: 30 % of runs unsynchronised, stepped 0.5-3 times a day
    if rng.random() < 0.3:
        ks = rng.poisson(rng.uniform(0.5, 3) * T / DAY)
        st_t, st_d = np.sort(rng.uniform(0, T, ks)), rng.normal(0, rng.uniform(0.5, 5), ks)
    else:
        st_t, st_d = np.zeros(0), np.zeros(0)
    c["clock_steps"] = len(st_t)
    off = rng.normal(0, 2.0)
    q = rng.uniform(0.002, 0.01)  # an edit's request times out: the bot sends a new message
    xs, lf = [], []
    for L, (s, e, crashed) in enumerate(run.lives):
        x = s + rng.uniform(1, 5) + p.P * np.arange(int(max(0.0, min(e, T) - s) / p.P) + 1)
        x = x[x < min(e, T)]
        xs.append(x + rng.uniform(0, 0.5, len(x)))
        lf.append(np.full(len(x), L))
    x, life = np.concatenate(xs), np.concatenate(lf)
    down = _inside(x, tg_out) | _inside(x, bot_api)
    wait = _inside(x, flood) & ~down
    first = np.concatenate([[True], life[1:] != life[:-1]])
    step = _last_step(run, x)
    lat = np.where(rng.random(len(x)) < 0.03, rng.uniform(1, 5, len(x)), rng.uniform(0.05, 0.8, len(x)))
    tout = rng.random(len(x)) < q
    ox, oid, ovis, olife = [], [], [], []
    osent = []
    mid, last_step, have, busy = 0, -1.0, False, -1.0
    for i in range(len(x)):
        if x[i] < busy and not first[i]:  # still waiting on a timed-out request: this turn is skipped
            continue
        if down[i]:
            c["edits_failed_outage"] += 1
            continue
        if wait[i]:
            c["attempts_in_flood_wait"] += 1
            continue
        new = first[i] or not have
        if not new and step[i] == last_step:  # 400 "message is not modified"
            c["not_modified"] += 1
            if not p.naive:
                continue
            new = True
        elif not new and tout[i]:
            c["edit_timeouts"] += 1
            new = True
            lat[i] += rng.uniform(5, 15)
        if new:
            mid += 1
            c["new_messages"] += 1
        have = True
        last_step = step[i]
        busy = x[i] + lat[i]
        ox.append(step[i])
        osent.append(x[i])
        oid.append(mid)
        ovis.append(x[i] + lat[i])
        olife.append(life[i])
    p.op_x, p.op_id, p.op_vis, p.op_sent = np.array(ox), np.array(oid), np.array(ovis), np.array(osent)
    olife = np.array(olife)
    node = p.op_x + off + np.array([st_d[st_t <= v].sum() for v in p.op_x]) if len(st_t) else p.op_x + off
    p.op_T = np.floor(p.op_vis) if p.edit_date else np.round(node, 3)
    C = _counts(run, run.J, p.op_x, olife)
    # the monitor's reads: at each minute's end plus 0.3-6 s
    n = run.n
    r = STEP * (np.arange(n) + 1) + rng.uniform(0.3, 6, n)
    fail = _inside(r, tg_out) | _inside(r, mon)
    seen = np.searchsorted(p.op_vis, r, side="right") - 1
    p.prev, p.cur, p.dT = np.full(n, -1), np.full(n, -1), np.ones(n)
    jp = -1
    for k in range(n):
        j = seen[k]
        if fail[k]:
            c["reads_failed"] += 1
            continue
        if j < 0:
            continue
        if jp >= 0 and (j == jp or p.op_T[j] == p.op_T[jp]):
            c["stale_reads"] += 1
            continue
        if jp < 0 or (p.by_id and p.op_id[j] != p.op_id[jp]):
            c["id_resets"] += int(jp >= 0)
            jp = j
            continue
        dT = p.op_T[j] - p.op_T[jp]
        if dT <= 0 or C[j] < C[jp]:  # a clock step back, or the count rolled back: the monitor starts again
            c["rollbacks"] += 1
            jp = j
            continue
        p.prev[k], p.cur[k], p.dT[k] = jp, j, dT
        jp = j
    c["unread_minutes"] = int((p.cur < 0).sum())
    p.windows = {"tg_out": tg_out, "bot_api": bot_api, "flood": flood, "mon": mon}
    p.counts = c
    p.op_life = olife
    return p


def _merge(w: np.ndarray) -> np.ndarray:
    """Windows ``[a, b)`` sorted and merged."""
    w = w[np.argsort(w[:, 0])] if len(w) else w.reshape(-1, 2)
    out = []
    for s, e in w:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return np.array(out).reshape(-1, 2)


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for clips per tick ``J`` (linear in ``J``): each read minute's count difference over
    its interval; 0 where it read nothing new."""
    p = run.path
    C = _counts(run, J, p.op_x, p.op_life)
    ok = p.cur >= 0
    v = np.zeros(run.n)
    v[ok] = (C[p.cur[ok]] - C[p.prev[ok]]) / p.dT[ok]
    return v


def _paused(run: Run) -> np.ndarray:
    """A point is paused where its minute or the interval its difference spans touches a pause or a ramp's first
    half, or where it read nothing."""
    n, p = run.n, run.path
    bad = np.zeros(run.nt + 2, bool)
    for a, b, _ in run.pauses_t:
        bad[int(a // TICK):int(np.ceil(b / TICK))] = True
    for a, b in run.ramps:
        bad[int(a // TICK):int(np.ceil((a + 0.5 * (b - a)) / TICK))] = True
    cs = np.concatenate([[0], np.cumsum(bad)])
    lo = STEP * np.arange(n)
    hi = lo + STEP
    ok = p.cur >= 0
    lo = np.where(ok, np.minimum(lo, p.op_x[np.maximum(p.prev, 0)]), lo)
    hi = np.where(ok, np.maximum(hi, p.op_x[np.maximum(p.cur, 0)]), hi)
    i0 = np.clip((lo // TICK).astype(int), 0, run.nt + 1)
    i1 = np.clip(np.ceil(hi / TICK).astype(int), 0, run.nt + 1)
    return (cs[i1] - cs[i0] > 0) | ~ok


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    paused = _paused(run)
    spans = []
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    for s, e in zip(edges[0::2], edges[1::2]):
        spans.append((int(s), int(e)))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's clips lost (0 .. 1) over ``length`` ticks (a leak's ``ramp`` ticks)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a decoding worker killed (an out-of-memory kill on a long recording): fewer workers
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' decoder buffers growing into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    # straggler: the audio store (a shared file system) slow in bursts
    calm, on, off = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w = np.empty(length)
    i, bad = 0, True
    while i < length:
        L = int(rng.exponential(on if bad else off)) + 1
        w[i:i + L] = 1.0 if bad else calm
        i += L
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: ``(Event, (0, loss))`` or None. The lost clips are
    read through the same path (the healthy run's fates); its size ``a`` is set from a drawn target loss."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = lo * STEP, last * STEP
        if rng.random() < 0.3:  # at a pause's end (a resumed job, a respawned worker pool)
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = w * run.J[i0:i1]
        m1 = _reads(run, lost)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        seg = slice(c0, stop)
        hs = healthy[seg][live[seg]].sum()
        if hs <= 0:
            continue
        loss1 = m1[seg][live[seg]].sum() / hs
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if loss1 <= 0 or target / loss1 > 1:
            continue
        m = target / loss1 * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.33)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout157(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout157_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT157_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout157, seeds, n, pauses)
