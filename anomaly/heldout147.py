"""The hundred-and-forty-seventh held-out throughput family: a CRISPR guide-RNA off-target-activity predictor's training
pairs/s (a CNN/transformer over guide and target-site sequence pairs, one-hot encoded and mismatch-augmented on CPU
workers, rare active off-targets oversampled, one screen's file read at a time; a validation pass on held-out screens
now and then), read through a Slack channel: the trainer's notifier posts its pairs/s over the last 30 s to an
incoming webhook, waits out 429s (Retry-After), and a monitor reads the channel once a minute with
``conversations.history``, placing each message by its ``ts``.

(No generator's head names Slack, a webhook, 429, Retry-After, ``conversations.history``, a notifier, rate limits,
CRISPR, a guide, an off-target, one-hot or a mismatch (``grep -ic`` on ``/tmp/s58/genheads142.txt``: 0 each);
"conversations" matches 1 head (conversations simulated for speaker diarization, not Slack's), "pairs/s" 5 (optical
flow, compound-protein, query-passage pairs: the unit is not new, the guide-target pairs are), "oversampl" 1 (rare
map patterns), "screen" 1 (breast-cancer screening), "message" 7 (MQTT, NATS, ZeroMQ, Xymon and queue messages: none
through a chat service), "genom" 2 (a genomic language model, a variant caller: genomics is not new, CRISPR
off-targets are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads142.txt`` through
``grep -i``/``grep -c`` only (one ``grep -io`` printing up to 60 characters around the matches of conversations,
pairs/s, oversampl and screen, and one up to 50 around message and genom). Slips: a ``wc -l`` of
``anomaly/heldout141.py`` (478 lines) run with the ``grep -n``; none else. (The figures below come from a script kept
outside the repository.)

Public sources read (excerpts through the search tool): Slack's "Rate limits" pages (docs.slack.dev and
api.slack.com: limits per method per app per workspace; Tier 3 "50+ per minute", for methods paginating
collections; posting messages about one per second per channel, short bursts allowed, with no guarantee for
bursts; an HTTP 429 with a ``Retry-After`` header in seconds; from May 2025 non-Marketplace commercial apps get 1
``conversations.history`` request a minute and at most 15 objects a page, internal apps keep Tier 3); the
``conversations.history`` reference (cursor pagination with ``next_cursor``, ``oldest``/``latest`` bounds on the
messages' timestamps, ``inclusive``, ``limit`` 100 by default); Cribl's Slack target pages (an incoming webhook URL;
Retry-After honoured up to 20 s; retries on 429 and 503); issues: PSSlack #52 (bursts beyond about 25 posts get
429s, a leaky bucket of about 1 a second measured by a user; clients that do not wait lose posts), Kibana #44127
(posts lost while rate limited), Harbor #18507 (webhook users hit Slack's limits). On the job: CRISPR-MCA (PLOS
Comput. Biol. 2024: off-target sets extremely imbalanced, rebalanced by generating positive samples; one-hot encodings
of the guide-target pair; hybrid CNN models), CRISPR-IP (CSBJ 2022: CNN, BiLSTM and attention over one-hot sequence
pairs with function and type channels), CRISPR-MFH (Genes 2025, a lightweight model) and a review naming CRISPR-Net
(CNN with recurrent layers) and transformer variants. Nothing read gives a throughput figure: the job's are assumed.

Assumed without checking (the job): one node of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per doubling); a GPU trains
2,500-30,000 pairs/s (log-uniform: short one-hot pairs, the CPU workers' mismatch augmentation the bound). The workers
read one screen's file at a time (GUIDE-seq, CIRCLE-seq, CHANGE-seq and the like): a screen lasts 60-600 s
(log-uniform), its pairs' mix (the share of oversampled active off-targets, augmented more, and of bulged pairs) sets
its rate (a factor, sd 3-8 %), and opening it slows its first 5-s tick (2-15 s at 30-70 %, at most the tick); per-step
noise: an AR(1) of the log per 5-s tick (sd 2-6 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min).
Relaunches: 0-3 at 15-85 % of the run, an hour apart or more; 1 in 8 keeps its stage (a fix elsewhere: not listed), the
others change it: heavier mismatch augmentation (more mismatches per pair, at most twice: 1.2-1.6 times dearer each),
the transformer in place of the CNN (once: 1.8-2.6) or, 1 in 6, another GPU count; redrawn until the level moves 15 %
(1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 50-80 % over 2-6 min; a validation pass on
the held-out screens every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint
(15-60 s, "long" 1-4 min); crashes (exponential in training time, mean 12-48 h): down 1-4 min ("long" 6-18), then a
start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and
its ramp.

On the path (not checked): each process's notifier starts 20-60 s into its start-up and posts every 30 s, in half the
runs at its node clock's :00 and :30 (so a node's offset moves a post across a minute's edge), else every 30 s from its
start; a message carries the interval's pairs/s (the pairs of the 5-s ticks whose middle lies in it over the ticks'
length; a stub holding no tick's middle is not posted), sent 0.02-0.3 s after the interval's end through one serial
sender (the next post waits for the last one's answer). Slack's ``ts`` is its own clock at receipt (the reference clock
here), 0.25 s (log-normal, sd 0.5) after the send. Rate-limit windows (other integrations flooding the channel or the
workspace: 1-6 a day, 20-300 s log-uniform): a post inside one gets 429 and waits a Retry-After of 1-30 s, then tries
again (the queue behind it waits: the messages arrive late and bunched); failures (webhook incidents, 0.05-0.5 a day,
2-30 min, and 0.1-1 % of posts at random) are retried after 20 and 40 s, dropped after the third try; a failed post was
applied anyway with probability 0.1-0.3 (a copy lands 5-10 s later: a duplicate). A crash loses the sender's queue and
the interval in progress; a relaunch's graceful stop posts the last partial interval and has 10 s to flush (what is left
is dropped). A restart stays on its node with probability 1/2, else lands on one of the 1-3 nodes; node clocks: offsets
sd 0.1-1.5 s (within 2.9 s) of Slack's; in 20 % of runs one node is unsynchronised, 3-15 s off and drifting 0-40 ppm.
The monitor reads minute ``m`` of ``ts`` once (``oldest``/``latest``, paginated), at the minute's end plus a lag of
15-40 s (plus 0-2 s) on its own clock (sd 0.5 s; in 20 % of runs 5-30 s off either way: early reads miss the minute's
last messages); 1-5 % of its reads get their own 429 and wait 5-60 s. A message is visible to the history 0.1-1 s after
its ``ts``, or 30-180 s inside history-lag windows (Slack's "delayed messages" incidents: 0.2-2 a day, 5-60 min); one
not visible at the read is missed for good. Half the monitors drop a repeated (process, interval) message, the others
count it twice. A point is the mean of the rates of the messages read in its minute (a copy counted twice weighs twice);
0 where none. The reads are linear in the pairs; messages and fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's pairs lost, carried through the same messages and reads): ``drop`` (another tenant's
job pinned onto the node's cores, the augmentation workers losing a share: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6
ticks), ``straggler`` (the screens' files on a shared file system slowed in bursts: 1 for a mean of 60-240 ticks,
calm for a mean of 120-480 at 0.05-0.25), ``leak`` (the on-disk cache of augmented pairs fragmenting, each screen's
reads slower: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held; it outlives restarts); onsets 30 % at a pause's end,
a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost pairs
(linear), refused above 1; ``w`` is per 5-s tick.

Counted as ``dropped``: the notifier's give-ups (a copy of one may still have landed) and what a graceful stop
could not flush.

Measured (``heldout147_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     9          11    0.100-0.328  22              1-32 (1562, 0 >60)
long      31      11    9          11    0.082-0.297  18              1-62 (1208, 1 >60)

Planned changes listed: short 11, long 14 (of 12 and 19 relaunches; 1 and 5 kept their stage); crashes 31 and 45.
The path over each set (counts): short: posts answered 429 1457 (in 229 rate-limit windows), failed posts 1404
(24 incidents), messages dropped 219, duplicates 166 (52 counted twice: no dedup), messages lost with a crashed
notifier's queue 1, messages missed by the read 2081 (57 history lags), messages moved to another minute by a node's
clock 22689 (the aligned notifiers' posts sit on the minutes' edges), the monitor's own 429s 2006, unread points
1360; long: 1289 (200), 1107 (9), 116, 181 (125), 2, 1852 (66), 13308, 2561, 1789. The reads' sum over the live
points against the job's pairs: 0.9999-1.0003 (short), 0.9998-1.0005 (long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 2.1-4.5 % (short), 2.2-4.1 % (long), its 99th percentile 12-22 % (short) and 13-21 %
(long); the live median level 3,818-80,971 pairs/s (short), 2,603-43,118 (long). Changes of the laws after the first
measure: one, a fix: an interval's rate was its pairs over its true length though its pairs were counted by whole
5-s ticks, so a stub interval (a few seconds at a notifier's start or a graceful stop) read up to 2.5 times its rate;
the rate is now over the ticks' length and a stub holding no tick is not posted (the figures here are after it; the
events and changes did not move, the spans by a few points). Before it: a speed-up of the sender's loop (the same
draws), after one seed's healthy counts were printed to see that the module ran. The tests check the
laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT147_SEEDS = tuple(range(1472000, 1472012))
CODE = 147
TICK = 5.0  # the job's grid (s): pairs trained per tick
STEP = 60.0  # a point: one minute of Slack ``ts``
K = int(STEP // TICK)
EVERY = 30.0  # the notifier's interval (s)
EPOCH = 1_790_000_040.0  # a minute boundary (unix s)
KIND_P = (0.35, 0.3, 0.35)
SPANS = {"short": (1, 60), "long": (1, 90)}
PATH_KEYS = ("posts_429", "rate_windows", "failed_posts", "incidents", "dropped", "duplicates", "counted_twice",
             "lost_in_crash", "missed_by_read", "moved_by_clock", "history_lags", "read_429", "unread_points")
DAY = 86400.0


def _level(cfg: dict, st: dict) -> float:
    """The stage's pairs/s: GPUs (``eff`` per doubling), heavier mismatch augmentation (``aug_c`` each step, CPU
    bound), the transformer (``tf_c``) in place of the CNN."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["aug_c"] ** st["aug"] / cfg["tf_c"] ** st["tf"]


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: more augmentation (at most twice), the transformer (once) or, 1 in 6, another GPU
    count; redrawn until the level moves 15 % or more, within 1/3 to 3 times."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif u < 0.6 and st["aug"] < 2:
            new["aug"] += 1
        elif not st["tf"]:
            new["tf"] = 1
        else:
            new["aug"] = max(0, st["aug"] - 1) if rng.random() < 0.5 else min(2, st["aug"] + 1)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return {**st, "gpus": 2 if st["gpus"] != 2 else 4}


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson windows ``[start, end)`` (``per_day``), lengths log-uniform ``lo``-``hi`` s, sorted."""
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    d = np.array([hc.log_uniform(rng, lo, hi) for _ in range(k)])
    return np.stack([s, s + d], 1) if k else np.zeros((0, 2))


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which times ``x`` fall in one of the windows ``win`` (sorted starts)."""
    x = np.atleast_1d(np.asarray(x, float))
    if not len(win):
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _in(t: float, starts: list, win: np.ndarray) -> bool:
    """:func:`_inside` for one time (``starts``: the windows' starts as a list)."""
    j = bisect_right(starts, t) - 1
    return j >= 0 and t < win[j, 1]


def _node_clocks(rng, k: int) -> list[tuple[float, float]]:
    """``(offset s, drift)`` of ``k`` nodes against Slack's clock: sd 0.1-1.5 s; in 20 % of runs one node is
    unsynchronised, 3-15 s off and drifting 0-40 ppm."""
    sd = rng.uniform(0.1, 1.5)
    out = [(float(np.clip(rng.normal(0, sd), -2.9, 2.9)), 0.0) for _ in range(k)]
    if rng.random() < 0.2:
        out[int(rng.integers(k))] = (float(rng.choice([-1, 1]) * rng.uniform(3, 15)), float(rng.uniform(0, 40e-6)))
    return out


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its stages, pauses, process lives and pairs per tick (``J``)."""
    L = setting == "long"
    T = n * STEP + 600.0
    nt = int(T // TICK)
    cfg = {"gpu": hc.log_uniform(rng, 2500, 30000), "eff": rng.uniform(0.85, 0.97), "aug_c": rng.uniform(1.2, 1.6),
           "tf_c": rng.uniform(1.8, 2.6)}
    st = {"gpus": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "aug": 0, "tf": 0}
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP):
        if not re_t or x - re_t[-1] >= 3600:
            re_t.append(float(x))
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.integers(2, 4))
    segs, pauses_t, marks, lives, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t, n_eval, ri = 0.0, 0, 0

    def start(t, dur):
        pauses_t.append((t, t + dur, "startup"))
        t += dur
        ramp = rng.uniform(120, 360)
        marks.append((t, t + ramp / 2))
        return t, ramp, rng.uniform(0.5, 0.8)

    life0 = t
    t, ramp, r0 = start(t, rng.uniform(1500, 3600) if L else rng.uniform(180, 600))
    ramps = [(t, ramp, r0)]
    to_eval, to_crash = rng.uniform(1800, 5400), rng.exponential(crash_mean)
    while t < T:
        cand = [to_eval, to_crash, (re_t[ri] - t) if ri < len(re_t) else np.inf, T - t]
        which = int(np.argmin(cand))
        run_s = max(cand[which], 0.0)
        segs.append((t, t + run_s, _level(cfg, st)))
        t += run_s
        to_eval -= run_s
        to_crash -= run_s
        if which == 3:
            break
        if which == 0:
            n_eval += 1
            dur = rng.uniform(600, 1500) if L else rng.uniform(120, 360)
            pauses_t.append((t, t + dur, "eval"))
            t += dur
            if n_eval % ck_every == 0:
                dur = rng.uniform(60, 240) if L else rng.uniform(15, 60)
                pauses_t.append((t, t + dur, "ckpt"))
                t += dur
            to_eval = rng.uniform(1800, 5400)
            continue
        ended = "crash" if which == 1 else "stop"
        lives.append((life0, t, ended))
        if which == 1:
            counts["crashes"] += 1
            dur = rng.uniform(360, 1080) if L else rng.uniform(60, 240)
            pauses_t.append((t, t + dur, "crash"))
            t += dur
            to_crash = rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            dur = (rng.uniform(300, 720) if L else rng.uniform(60, 180)) + rng.uniform(60, 300)
            pauses_t.append((t, t + dur, "relaunch"))
            t += dur
            if rng.random() < 1 / 8:
                counts["kept_stage"] += 1
                new = st
            else:
                new = _next_stage(rng, cfg, st, _level(cfg, st))
        life0 = t
        t, ramp, r0 = start(t, rng.uniform(480, 1200) if L else rng.uniform(120, 360))
        ramps.append((t, ramp, r0))
        if which == 2 and new is not st:
            st = new
            known_t.append(t)
    lives.append((life0, T + 3600, "end"))
    # per tick: training seconds at each segment's level
    base = np.zeros(nt)
    for a, b, lv in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i1 <= i0:
            continue
        tt = np.arange(i0, i1) * TICK
        base[i0:i1] += lv * np.clip(np.minimum(b, tt + TICK) - np.maximum(a, tt), 0, None)
    tm = (np.arange(nt) + 0.5) * TICK
    mult = np.ones(nt)
    for a, ramp, r0 in ramps:
        m = (tm >= a) & (tm < a + ramp)
        mult[m] *= r0 + (1 - r0) * (tm[m] - a) / ramp
    # screens: one file at a time, 60-600 s each, its pairs' mix sets the rate; opening it stalls the loader
    sd_s = rng.uniform(0.03, 0.08)
    x = 0.0
    while x < T:
        d = hc.log_uniform(rng, 60, 600)
        i0, i1 = int(x // TICK), min(nt, int((x + d) // TICK) + 1)
        mult[i0:i1] *= np.exp(rng.normal(0, sd_s))
        stall, r = rng.uniform(2, 15), rng.uniform(0.3, 0.7)
        j = int(x // TICK)
        if j < nt:
            mult[j] *= 1 - (1 - r) * min(stall, TICK) / TICK
        x += d
    # per-step noise: AR(1) of the log per tick and a slow OU
    sd, tau = rng.uniform(0.02, 0.06), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    ar = lfilter([np.sqrt(1 - a * a) * sd], [1, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    J = base * mult * np.exp(ar + ou[(tm // 60).astype(int)])
    return SimpleNamespace(n=n, nt=nt, T=T, J=J, cfg=cfg, segs=segs, pauses_t=pauses_t, marks=marks, lives=lives,
                           known_t=known_t, counts=counts, restarts=[], dt=STEP)


def _path(rng, run) -> SimpleNamespace:
    """The Slack path: each life's notifier posts every 30 s (wall-clock aligned or from its start), waits out 429s,
    retries failures twice, loses its queue in a crash; the monitor reads each minute of ``ts`` once. Returns, per
    tick, the minute its message is read in (``bucket``), how many copies are read (``copies``) and the tick's
    coefficient in the read (``coef``); and the counts."""
    T, nt = run.T, run.nt
    c = dict.fromkeys(PATH_KEYS, 0)
    rate_win = _windows(rng, T, rng.uniform(1, 6), 20, 300)  # other integrations flooding the channel
    incid = _windows(rng, T, rng.uniform(0.05, 0.5), 120, 1800)  # webhook 5xx / timeouts
    hlag = _windows(rng, T, rng.uniform(0.2, 2), 300, 3600)  # history lagging behind the posts
    c["rate_windows"], c["incidents"], c["history_lags"] = len(rate_win), len(incid), len(hlag)
    rw0, in0, hl0 = (list(w[:, 0]) for w in (rate_win, incid, hlag))
    p_fail, p_deliv = rng.uniform(0.001, 0.01), rng.uniform(0.1, 0.3)
    aligned = rng.random() < 0.5
    nodes = _node_clocks(rng, int(rng.integers(1, 4)))
    node = int(rng.integers(len(nodes)))
    dedup = bool(rng.random() < 0.5)
    lag = rng.uniform(15, 40)  # the monitor reads minute m at its end plus this (its own clock)
    mon_off = rng.normal(0, 0.5) if rng.random() > 0.2 else rng.choice([-1, 1]) * rng.uniform(5, 30)
    msgs = []  # (tick0, tick1, length, arrival ts, copies, life)
    for li, (s0, s1, ended) in enumerate(run.lives):
        if li and rng.random() >= 0.5:
            node = int(rng.integers(len(nodes)))
        off, drift = nodes[node]
        start = s0 + rng.uniform(20, 60)  # imports, then the notifier thread
        if aligned:  # posts at the node clock's :00 and :30 (true = node - offset)
            first = (np.floor((start + off) / EVERY) + 1) * EVERY - off
        else:
            first = start + EVERY
        stop = min(s1, T)
        k = max(0, int(np.floor((stop - first) / EVERY * (1 + drift))) + 1)
        ends = first + np.arange(k) * EVERY / (1 + drift)
        ends = ends[ends <= stop]
        edges = np.concatenate([[start], ends] + ([[stop]] if ended == "stop" and stop < T else []))
        done = 0.0  # the sender is serial: the next post waits for the last one's answer
        for e0, e1 in zip(edges[:-1], edges[1:]):
            if np.ceil(e1 / TICK - 0.5) <= np.ceil(e0 / TICK - 0.5):
                continue  # an interval holding no tick's middle (a stub at a stop): nothing to post
            t_send, tries, delivered = max(e1 + rng.uniform(0.02, 0.3), done), 0, []
            while True:
                if t_send >= s1 + (10.0 if ended == "stop" else 0.0):  # a crash loses the queue, a stop has 10 s
                    c["lost_in_crash" if ended == "crash" else "dropped"] += 1
                    break
                if _in(t_send, rw0, rate_win):  # 429: wait the Retry-After, then try again
                    c["posts_429"] += 1
                    t_send += rng.uniform(1, 30)
                    continue
                if _in(t_send, in0, incid) or rng.random() < p_fail:
                    c["failed_posts"] += 1
                    if rng.random() < p_deliv:  # applied though the client timed out: a copy lands
                        delivered.append(t_send + rng.uniform(5, 10))
                    tries += 1
                    if tries > 2:
                        c["dropped"] += 1
                        break
                    t_send += 10.0 * 2 ** tries
                    continue
                delivered.append(t_send + float(np.exp(rng.normal(np.log(0.25), 0.5))))
                break
            done = max([t_send] + delivered)
            c["duplicates"] += max(0, len(delivered) - 1)
            for d in delivered:
                msgs.append((e0, e1, d, li, off if aligned else 0.0))
    # the monitor's reads: minute m once, at its end plus its lag on its own clock (late after a 429)
    n = run.n
    read_at = (np.arange(n) + 1) * STEP + lag - mon_off + rng.uniform(0, 2, n)
    r429 = rng.random(n) < rng.uniform(0.01, 0.05)
    c["read_429"] = int(r429.sum())
    read_at = read_at + r429 * rng.uniform(5, 60, n)
    seen, placed = set(), []
    for e0, e1, ts, li, off in msgs:
        m = int(ts // STEP)
        if m >= n:
            continue
        visible = ts + (rng.uniform(30, 180) if _in(ts, hl0, hlag) else rng.uniform(0.1, 1.0))
        if visible > read_at[m]:
            c["missed_by_read"] += 1
            continue
        if (li, e1) in seen:
            if dedup:
                continue
            c["counted_twice"] += 1
        seen.add((li, e1))
        c["moved_by_clock"] += int(m != int((ts + off) // STEP))
        placed.append((e0, e1, m))
    pl = np.array(placed) if placed else np.zeros((0, 3))
    mm = pl[:, 2].astype(int)
    per_min = np.bincount(mm, minlength=n)[:n]
    i0 = np.ceil(pl[:, 0] / TICK - 0.5).astype(int)
    i1 = np.minimum(nt, np.ceil(pl[:, 1] / TICK - 0.5).astype(int))
    w = 1.0 / ((i1 - i0) * TICK * per_min[mm])  # the rate over the interval's ticks
    c["unread_points"] = int((per_min == 0).sum())
    return SimpleNamespace(i0=i0, i1=i1, m=mm, w=w, per_min=per_min, counts=c, dedup=dedup, aligned=aligned,
                           nodes=nodes, stalls=rate_win)


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for pairs per tick ``J``: per minute of ``ts``, the mean of the rates (pairs over their
    interval) of the messages read there (a copy counted twice where not deduplicated); 0 where none. Linear in
    ``J``."""
    p = run.path
    C = _cum(J)
    return np.bincount(p.m, weights=p.w * (C[p.i1] - C[p.i0]), minlength=run.n)[:run.n]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, changes)``. A point is paused where its minute or a
    neighbour touches a pause (or a ramp's first half), or where it reads nothing; a change is the first point
    after the span of a relaunch that changed the stage."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    mask = h <= 0
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + run.marks:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        mask[s:e] = True
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    spans = [(int(s), int(e)) for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]
    live = ~mask
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's pairs lost (0 .. 1), ``length`` ticks from its onset."""
    s = np.arange(length, dtype=float)
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(60, 240), rng.uniform(120, 480))
        w = np.full(length, rng.uniform(0.05, 0.25))
        for a, b in zip(edges[0::2], edges[1::2]):
            w[int(a):int(np.ceil(b))] = 1.0
        return w
    return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss per point))`` or None after 80 draws.
    It loses a share ``a w`` of each tick's pairs (read through the same messages), ``a`` set to a drawn target."""
    n = run.n
    ts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, int((run.T if to_end else stop * STEP) // TICK))
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        unit = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0, c1 = (onset if kind != "leak" else min(stop - 5, onset + int(0.9 * ramp))), (n if to_end else stop)
        H, M = healthy[c0:c1][live[c0:c1]].sum(), unit[c0:c1][live[c0:c1]].sum()
        if H <= 0 or M <= 0 or target * H / M > 1:
            continue
        m = target * H / M * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(t0 // STEP) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout147(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout147_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT147_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout147, seeds, n, pauses)
