"""The hundred-and-sixty-second held-out throughput family: a malaria-parasite detector's training fields/s (a
one-stage, YOLO-style detector over Giemsa-stained thin and thick blood-smear microscope fields, slide scans and
phone-microscope images, tiled, stain-normalised and augmented on CPU workers, rare parasite stages oversampled), read
through a Discord channel: a script on each training node POSTs a short message (its clock's time, the fields since
its last post) every 30-60 s through one incoming webhook, and a monitor bot reads the channel once a minute (``GET
/channels/{id}/messages?after=`` its last id, at most 100 a page) and sums the fields per minute of each message's
snowflake time or of the time in its text.

(No generator's head names Discord, a webhook, malaria, a parasite, blood, a smear, Giemsa, a microscope, a stain, a
429, ``retry_after`` or a rate limit (``grep -ic`` over the first 3 lines of every generator, saved to
``/tmp/s61/h162/heads.txt``: 0 each); "snowflake" matches 1 head (Snowflake the data warehouse, not Discord's ids),
"bot" 3, "channel" 4 and "phone" 2 (other words: a robot, a file channel, a smartphone). Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool): Discord's "Rate Limits" page (docs.discord.com/developers/
topics/rate-limits and its docs.discord.food copy: per-route limits keyed by top-level resources, webhooks among them,
``X-RateLimit-Bucket`` shared across routes, global limits, limits "should not be hard coded"); Discord's developer
support article 6223003921559 "My Bot is Being Rate Limited" (global 50 requests/s; 10,000 invalid requests (401, 403,
429) per 10 minutes lead to a temporary Cloudflare ban; ``X-RateLimit-Scope`` user / global / shared, shared 429s not
counted as invalid); JDA's rate-limiting guide (the ``X-RateLimit-*`` headers, ``Retry-After``); discord-api-types'
``RESTRateLimit`` (a 429 body: ``global``, ``message``, ``retry_after`` in seconds); discord-api-docs issues #367 (a
webhook's execution limits 5 per 2 s and 30 per 60 s, the latter a channel limit, only one of them in the headers),
#6753 (webhooks to different channels sharing one bucket), #533 (a webhook 429ed with ``retry_after`` up to 600 s for
no visible reason), #4722 (``retry_after`` met in milliseconds by one user), #8518 and #7280 (API outages: requests
failing or late); the EssentialsX embed ess429.json (webhook 429s from a shared host's IP); space-station-14 #38287
(a script that sleeps ``retry_after`` and tries again); discord.js' and twilight's ``GET`` channel-messages query
(``after`` / ``before`` / ``around`` a snowflake, ``limit`` 1-100, default 50). On the job: the abstracts of
BMC Bioinformatics 22:s12859-021-04036-4 (modified YOLOv3/v4 on thick Giemsa smears), Applied Sciences 14:8402
(YOLO detection and life-stage classification across stains, MP-IDB and MBB), arXiv 2102.08708 (a thin-smear
life-cycle data set) and a thick-smear Faster R-CNN / SSD study with a phone deployment (s42452-020-3000-0). Not read
(from memory, unchecked): the order in which ``after=`` returns a page; how long a Cloudflare ban lasts; whether a
webhook POST that times out at the client was stored (here 0.3 % are, and are sent again).

Assumed without checking (the job): 1-4 nodes (25/35/25/15 %), each feeding its GPUs 15-400 fields/s (log-uniform),
its CPU workers (tiling, stain normalisation, augmentation) 1.05-2.2 times that; a step waits for the slower side (a
soft maximum of the costs), 0.86-0.97 per doubling of nodes. Data are read one site's slides at a time: a shard lasts
4-30 min (sd 3-10 % of the rate), a quarter are oversampled rare-stage shards (gametocytes, schizonts: 5-12 % dearer),
opening one stalls 3-20 s at 30-60 %; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU
(sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each finer tiles (GPUs 1.3-1.8 times
dearer, at most twice), heavier stain augmentation (CPUs 1.2-1.6, at most twice) or, 1 in 6, another node count;
redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from
40-75 % over 2-6 min; an evaluation (mAP over held-out slides) every 30-90 min, 2-6 min ("long" 10-25), every 2nd
or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long"
6-18), a start-up of 2-6 ("long" 8-20) and a ramp, half of them a node fault that kills that node's script too (the
fields it had not posted are lost); a relaunch: stopped 1-3 min ("long" 5-12) and queued 1-5, then a start-up.

On the path (not checked): each node's script (on the lab's nodes, posting 0 where its node is not in the job) composes
a message every ``P`` s (30-60 per run, +-3 % per node), the fields its node trained since its last post, stamped
with its clock (75 % of nodes synced, sd 0.3 s; the others 20 s off at most and drifting up to 50 ppm), and POSTs it
(50-550 ms). A POST is refused inside 429 episodes (0.5-4 a day, 1-10 min: the lab's other posters drain the
channel's 30-per-minute bucket; refused with probability 0.5-0.95), in Discord outages (0.1-0.5 a day, 3-45 min,
refused with probability 0.5-1, backoff 10-80 s) and in Cloudflare bans: where the script ignores ``retry_after``
(25 % of runs: it retries after 1 s) and the cluster's one IP is shared (50 %), 35 % of 429 episodes end in a ban of
10-60 min on every node (and in half those runs on the bot). A 429 is retried after its ``retry_after`` (70 % the
channel bucket's 1-60 s, 30 % the webhook's 0.1-2 s); after 3-5 tries the script gives up: in 60 % of runs it keeps
its count for the next post (a later message carries it), in the others it resets it (the fields are lost). 0.3 %
of stored POSTs time out at the client and are stored again 10 s later (counted twice). Discord stamps a message's
snowflake at its arrival. The bot reads at a fixed second of each minute; it is down 1-6 times a day for 1-20 min,
and its GET fails in an outage as a POST does; a read takes the oldest messages after its last id, 1 page of 100
(40 % of runs) or 5, so a backlog comes in over several reads. It closes minute ``m`` at its first read 0-120 s
after the minute's end (when up); a message read after its minute closed is dropped (40 %) or added to the minute
still open (60 %); 45 % of bots bin by the text's time, the others by the snowflake. A point is the minute's sum
over 60 s (0: nothing read). The reads are linear in the fields; the messages' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing;
a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share ``a
w`` of each tick's fields lost, carried through the same messages and reads): ``drop`` (stain-normalisation workers
OOM-killed, the pool not refilled: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the slide store
slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the augmentation
workers' cache of decoded slide regions growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the
reads of the lost fields (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout162_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    11         10    0.096-0.326  21              1-28 (1469, 0 >60)
long      30      10    11         9     0.090-0.313  20              1-61 (1052, 2 >60)

Planned changes listed: short 21, long 18 (of 21 and 18 relaunches; none kept its stage); crashes 44 and 41,
evaluations 1,245 and 901, checkpoints 524 and 360. The path over each set (counts): short: POST tries 236,318,
refused with 429 2,642, refused in an outage 1,086, refused in a ban 0, retries 3,234, posts given up 494 (306 carried,
188 lost), Discord outages 10, bans 0, stored twice 700, intervals lost in a node fault 25, bot downtimes 137, reads
cut at the page limit 1, late copies dropped 9 or moved 293, unread minutes 319, messages whose text minute is not
their snowflake minute 14,704; long: 228,185, 2,575, 1,547, 1,126, 4,481, 767 (533, 234), 17, 6, 679, 24, 200, 0, 131,
191, 686, 13,300. The reads' sum over the live points against the job's fields: 1.003-1.014 per seed (short),
1.000-1.033 (long: the copies stored twice); the live points' minute-to-minute change (median ``|d log|`` per seed)
1.6-62.5 % (short), 2.2-67.3 % (long: a node posting every 30-45 s lands 1 or 2 messages in a minute, so runs of one
node swing by a third minute to minute), its 99th percentile 41-92 % (short), 65-99 % (long); the live median level
18-885 fields/s (short), 30-278 (long). Before the first measure: none. Changes of the laws after it: none (the
tests' span limits ``SPANS`` were widened to 75 and 120 points after the 4-seed sets at 3,000 points showed a
58-point span: a limit of the tests, not a law). The tests check the laws on the first 4 seeds at 3,000 points.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, printed with ``sed -n``),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: a long print cut in the middle, then
lines 300-537 printed again), ``tests/trace_checks.py`` (all: likewise, lines 300-402 printed again),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
``anomaly/heldout*.py`` (with ``head -3``; their print was cut in the middle, then saved to
``/tmp/s61/h162/heads.txt`` and searched with ``grep -ic``, and ``grep -i`` on "snowflake", "bot", "phone" and
"channel" printed the matching head lines). Slips: a ``wc -l`` of ``anomaly/heldout_common.py`` and
``tests/trace_checks.py`` (537 and 402 lines; both files are on the list); none else. The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import bisect
from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT162_SEEDS = tuple(range(1622000, 1622012))
CODE = 162
TICK = 5.0  # s: the job's simulation step
STEP = 60.0  # s: one point, one minute of the bot's bins
K = int(STEP // TICK)
EPOCH = 1_788_000_000.0  # a multiple of 60: the first point is stamped at EPOCH + 60
DAY = 86400.0
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 75), "long": (1, 120)}  # pause span lengths (points) the tests allow
PATH_KEYS = ("posts", "r429", "retries", "given_up", "carried", "lost_messages", "outage_fails", "ban_fails", "bans",
             "outages", "dups", "fault_lost", "bot_downs", "paged", "late_dropped", "late_moved", "unread",
             "other_minute")
_L = {"short": 0, "long": 1}


def _u(rng, lo_hi_short, lo_hi_long, setting):
    lo, hi = (lo_hi_short, lo_hi_long)[_L[setting]]
    return float(rng.uniform(lo, hi))


# ---------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Fields/s of a stage: per node a step waits for the slower of the GPUs and the CPU workers (soft maximum of
    the costs per field), nodes scale by ``eff`` per doubling."""
    cost = hc.smax(cfg["res_c"] ** st["res"] / cfg["gpu"], cfg["aug_c"] ** st["aug"] / cfg["cpu"])
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / cost)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (finer tiles for the GPUs, heavier stain augmentation for the CPUs, or 1 in 6 another
    node count), redrawn until the level moves by 15 % or more (1/3 to 3 times); None after 30 tries."""
    for _ in range(30):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif r < 7 / 12:
            if st["res"] >= 2:
                continue
            new["res"] += 1
        else:
            if st["aug"] >= 2:
                continue
            new["aug"] += 1
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job's timeline: pauses (start-ups, evaluations, checkpoints, crashes, relaunches), training segments
    with their stage, ramps, node faults and planned changes."""
    T = n * STEP + 600.0
    cfg = {"gpu": hc.log_uniform(rng, 15.0, 400.0), "eff": rng.uniform(0.86, 0.97), "res_c": rng.uniform(1.3, 1.8),
           "aug_c": rng.uniform(1.2, 1.6)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.25, 0.15])), "res": 0, "aug": 0}
    max_nodes = st["nodes"]
    k_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, k_re) * T)
    re_t = [x for i, x in enumerate(re_t) if i == 0 or x - re_t[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    eval_every = (rng.uniform(30, 90) * 60, rng.uniform(30, 90) * 60)  # the range a gap is drawn from
    eval_every = (min(eval_every), max(eval_every) + 1)
    ck_every = int(rng.choice([2, 3]))
    pauses_t, segs, ramps, faults, known_t, known_kind = [], [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def startup(t, lo_hi_s, lo_hi_l):
        d = _u(rng, lo_hi_s, lo_hi_l, setting) * 60
        pauses_t.append((t, t + d, "startup"))
        t += d
        ramps.append((t, t + rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
        return t

    t = startup(0.0, (3, 10), (25, 60))
    left_eval = rng.uniform(*eval_every)
    crash_t = t + rng.exponential(crash_mean)
    ri, n_eval = 0, 0
    while t < T:
        nxt_re = re_t[ri] if ri < len(re_t) else np.inf
        cand = [t + left_eval, max(crash_t, t), max(nxt_re, t)]
        which = int(np.argmin(cand))
        e = min(cand[which], T)
        if e > t:
            segs.append(SimpleNamespace(t0=t, t1=e, lv=_level(cfg, st), nodes=st["nodes"], **{
                "res": st["res"], "aug": st["aug"]}))
            left_eval -= e - t
            t = e
        if t >= T:
            break
        if which == 0:  # an evaluation pass (mAP over held-out slides), every 2nd or 3rd followed by a checkpoint
            n_eval += 1
            counts["evals"] += 1
            d = _u(rng, (2, 6), (10, 25), setting) * 60
            pauses_t.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                d = _u(rng, (15, 60), (60, 240), setting)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            left_eval = rng.uniform(*eval_every)
        elif which == 1:  # a crash: half of them a node fault that kills that node's posting script too
            counts["crashes"] += 1
            d = _u(rng, (1, 4), (6, 18), setting) * 60
            pauses_t.append((t, t + d, "crash"))
            t0 = t
            t = startup(t + d, (2, 6), (8, 20))
            if rng.random() < 0.5:
                faults.append((t0, t, int(rng.integers(st["nodes"]))))
            crash_t = t + rng.exponential(crash_mean)
        else:  # a planned relaunch: stopped, queued, started on the new stage
            counts["relaunches"] += 1
            ri += 1
            d = (_u(rng, (1, 3), (5, 12), setting) + rng.uniform(1, 5)) * 60
            pauses_t.append((t, t + d, "relaunch"))
            t = startup(t + d, (2, 6), (8, 20))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                max_nodes = max(max_nodes, st["nodes"])
                if t < n * STEP:
                    known_t.append(t)
                    known_kind.append("stage")
    return SimpleNamespace(T=T, cfg=cfg, pauses_t=pauses_t, segs=segs, ramps=ramps, faults=faults, known_t=known_t,
                           known_kind=known_kind, counts=counts, max_nodes=max_nodes, n=n, dt=STEP)


def _ar1(rng, m: int, sd: float, corr: float) -> np.ndarray:
    a = float(np.exp(-TICK / corr))
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m).tolist()
    x = [0.0] * m
    v = float(rng.normal(0, sd))
    for i in range(m):
        v = a * v + e[i]
        x[i] = v
    return np.array(x)


def _fields(rng, run) -> None:
    """The job's fields per tick (``run.J``) and each node's share of them (``run.share``)."""
    nt = int(run.T // TICK) + 1
    tc = (np.arange(nt) + 0.5) * TICK
    train = np.zeros(nt)
    lv = np.zeros(nt)
    nodes = np.ones(nt, int)
    for s in run.segs:
        b0, b1 = int(s.t0 // TICK), min(nt, int(np.ceil(s.t1 / TICK)))
        tb = np.arange(b0, b1) * TICK
        ov = np.minimum(s.t1, tb + TICK) - np.maximum(s.t0, tb)
        train[b0:b1] += np.maximum(ov, 0)
        lv[b0:b1] = np.where(ov > 0, s.lv, lv[b0:b1])
        nodes[b0:b1] = np.where(ov > 0, s.nodes, nodes[b0:b1])
    f = np.ones(nt)
    for t0, t1, r0 in run.ramps:  # worker pools, stain-normalisation references and tile caches warming
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        f[i0:i1] *= r0 + (1 - r0) * np.clip((tc[i0:i1] - t0) / (t1 - t0), 0, 1)
    # shards: a site's slides at a time (thin or thick smears, slide scans or phone images)
    t, shards = 0.0, []
    while t < run.T:
        d = rng.uniform(4, 30) * 60
        fac = float(np.exp(rng.normal(0, rng.uniform(0.03, 0.10))))
        if rng.random() < 0.25:  # rare stages (gametocytes, schizonts) oversampled: more augmented copies per field
            fac *= rng.uniform(0.88, 0.95)
        stall, slow = rng.uniform(3, 20), rng.uniform(0.3, 0.6)
        i0, i1 = int(t // TICK), min(nt, int(np.ceil((t + d) / TICK)))
        f[i0:i1] *= fac
        j1 = min(nt, i0 + max(1, int(round(stall / TICK))))
        f[i0:j1] *= slow
        shards.append((t, t + d))
        t += d
    f *= np.exp(_ar1(rng, nt, rng.uniform(0.02, 0.05), rng.uniform(10, 40)))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    f *= np.exp(np.interp(tc, np.arange(len(ou)) * 60.0, ou))
    run.J = lv * train * f
    run.nt = nt
    run.share = np.array([(k < nodes) / nodes for k in range(run.max_nodes)])
    run.shards = len(shards)


# ---------------------------------------------------------------------------------------------------- the path


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> list[tuple[float, float]]:
    """Poisson episodes (``per_day``) of ``lo``-``hi`` s, disjoint and ordered."""
    out, t = [], 0.0
    while True:
        t += rng.exponential(DAY / per_day)
        if t >= T:
            return out
        d = rng.uniform(lo, hi)
        out.append((t, t + d))
        t += d


def _inside(win: list, x: float) -> int:
    """The index of the window holding ``x``, or -1."""
    i = bisect.bisect_right(win[0], x) - 1
    return i if i >= 0 and x < win[1][i] else -1


def _path(rng, run) -> None:
    """Every node's posting script, Discord's answers, and the bot's reads: the messages (``run.path``)."""
    T = run.T
    p = SimpleNamespace()
    p.P = rng.uniform(30, 60)
    p.carry = rng.random() < 0.6  # the script's counter is reset only by a post that succeeded
    p.honour = rng.random() < 0.75  # the script waits retry_after; else it retries after 1 s
    p.R = int(rng.integers(3, 6))
    p.by_text = rng.random() < 0.45  # the bot bins by the message's text time (else its snowflake time)
    p.pages = 1 if rng.random() < 0.4 else 5
    p.grace = rng.uniform(0, 120)
    p.late_drop = rng.random() < 0.4
    p.phase = rng.uniform(0, 60)
    shared_ip = rng.random() < 0.5
    r429 = _windows(rng, T, rng.uniform(0.5, 4), 60, 600)
    q429 = rng.uniform(0.5, 0.95)
    outages = _windows(rng, T, rng.uniform(0.1, 0.5), 180, 2700)
    f_out = rng.uniform(0.5, 1.0)
    bans = []
    if not p.honour and shared_ip:
        for a, b in r429:
            if rng.random() < 0.35:
                s = a + rng.uniform(0.3, 0.9) * (b - a)
                bans.append((s, s + rng.uniform(10, 60) * 60))
    bot_ban = rng.random() < 0.5
    bot_down = _windows(rng, T, rng.uniform(1, 6), 60, 1200)
    p.r429, p.outages, p.bans, p.bot_down = r429, outages, bans, bot_down
    W = {k: ([a for a, b in w], [b for a, b in w]) for k, w in
         (("r", r429), ("o", outages), ("b", bans), ("d", bot_down))}
    c = {k: 0 for k in PATH_KEYS}
    c["outages"], c["bans"], c["bot_downs"] = len(outages), len(bans), len(bot_down)
    node_a, node_b, mk, created, text = [], [], [], [], []
    for k in range(run.max_nodes):
        synced = rng.random() < 0.75
        off0 = rng.normal(0, 0.3) if synced else rng.uniform(-20, 20)
        drift = 0.0 if synced else rng.uniform(-50e-6, 50e-6)
        Pk = p.P * rng.uniform(0.97, 1.03)
        faults = sorted((a, b) for a, b, node in run.faults if node == k)
        m = int(T / Pk * 1.5) + 50
        u = rng.random((m, 8)).tolist()
        t = start = rng.uniform(0, Pk)
        fi, i = 0, 0
        while t < T and i < m:
            if fi < len(faults) and faults[fi][0] <= t:
                if faults[fi][0] > start:
                    c["fault_lost"] += 1
                t = start = faults[fi][1] + 5 + 25 * u[i][0]
                fi += 1
                i += 1
                continue
            r = u[i]
            i += 1
            ta = t + 0.05 + 0.5 * r[1]
            ok, tries = False, 0
            while True:
                tries += 1
                c["posts"] += 1
                fail = False
                if _inside(W["b"], ta) >= 0:
                    fail = True
                    c["ban_fails"] += 1
                    wait = 30.0
                elif _inside(W["o"], ta) >= 0 and r[2] < f_out:
                    fail = True
                    c["outage_fails"] += 1
                    wait = 5.0 * 2 ** tries
                elif _inside(W["r"], ta) >= 0 and r[3] < q429:
                    fail = True
                    c["r429"] += 1
                    if not p.honour:
                        wait = 1.0
                    elif r[4] < 0.7:  # the channel's 30-per-minute bucket: until its reset
                        wait = 1 + 59 * r[5]
                    else:  # the webhook's 5-per-2-s bucket
                        wait = 0.1 + 1.9 * r[5]
                if not fail:
                    ok = True
                    break
                if tries >= p.R:
                    break
                c["retries"] += 1
                ta += wait + 0.05 + 0.3 * r[6]
                r = rng.random(8).tolist()  # the next try's draws
            if ok:
                copies = 2 if u[i - 1][7] < 0.003 else 1  # the POST timed out at the client: sent again
                for j in range(copies):
                    node_a.append(start)
                    node_b.append(t)
                    mk.append(k)
                    created.append(ta + 10.0 * j)
                    text.append(t + off0 + drift * t)
                c["dups"] += copies - 1
                start = t
            else:
                c["given_up"] += 1
                if p.carry:
                    c["carried"] += 1
                else:
                    c["lost_messages"] += 1
                    start = t
            t = ta + Pk + 0.5 * u[i - 1][0]
    order = np.argsort(np.array(created), kind="stable")
    p.a = np.array(node_a)[order]
    p.b = np.array(node_b)[order]
    p.node = np.array(mk, int)[order]
    p.created = np.array(created)[order]
    p.text = np.array(text)[order]
    # the bot: a read once a minute, up to ``pages`` pages of 100 messages after its last id
    n = run.n
    nr = n + 10
    rt = p.phase + STEP * np.arange(nr)
    up = np.array([_inside(W["d"], x) < 0 for x in rt])
    get_ok = up.copy()
    for j in np.nonzero(up)[0]:
        x = rt[j]
        if (_inside(W["o"], x) >= 0 and rng.random() < f_out) or (bot_ban and _inside(W["b"], x) >= 0):
            get_ok[j] = False
    avail = np.searchsorted(p.created, rt - 0.3, side="right")
    fetch = np.full(len(p.created), nr + 5)
    cur = 0
    for j in range(nr):
        if not get_ok[j] or avail[j] <= cur:
            continue
        take = min(int(avail[j]) - cur, 100 * p.pages)
        if take < avail[j] - cur:
            c["paged"] += 1
        fetch[cur:cur + take] = j
        cur += take
    bin_t = p.text if p.by_text else p.created
    mb = np.floor(bin_t / STEP).astype(int)
    c["other_minute"] = int((np.floor(p.text / STEP) != np.floor(p.created / STEP)).sum())
    up_j = np.nonzero(up)[0]
    due = (np.arange(n) + 1) * STEP + p.grace
    ei = np.searchsorted(rt[up_j], due)
    emit = np.where(ei < len(up_j), up_j[np.minimum(ei, len(up_j) - 1)], nr + 10)
    inb = (mb >= 0) & (mb < n)
    late = np.zeros(len(mb), bool)
    late[inb] = fetch[inb] > emit[mb[inb]]
    assign = np.where(inb, mb, -1)
    if p.late_drop:
        assign[late] = -1
        c["late_dropped"] = int(late.sum())
    else:
        now = np.searchsorted(emit, fetch[late], side="right")
        assign[late] = np.where(now < n, now, -1)
        c["late_moved"] = int(late.sum())
    p.assign = assign
    c["unread"] = n - len(np.unique(assign[assign >= 0]))
    p.counts = c
    run.path = p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The bot's points (fields/s per minute) for the fields per tick ``J``: linear in ``J``."""
    p = run.path
    edges = np.arange(run.nt + 1) * TICK
    fields = np.zeros(len(p.a))
    for k in range(run.max_nodes):
        sel = p.node == k
        C = np.concatenate([[0.0], np.cumsum(J * run.share[k])])
        fields[sel] = np.interp(p.b[sel], edges, C) - np.interp(p.a[sel], edges, C)
    ok = p.assign >= 0
    return np.bincount(p.assign[ok], fields[ok], minlength=run.n)[:run.n] / STEP


def _spans(run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """Points touching a pause or a ramp's first half (and a neighbour each side), and points that read nothing."""
    n = run.n
    marks = [(t0, t1) for t0, t1, _ in run.pauses_t] + [(t0, 0.5 * (t0 + t1)) for t0, t1, _ in run.ramps]
    paused = np.zeros(n, bool)
    for a, b in marks:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s < n:
            paused[max(s, 0):min(e, n)] = True
    paused |= healthy <= 0
    spans = []
    for i in np.nonzero(paused)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, the path and the bot's healthy points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _fields(rng, run)
    _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the lost fields per tick over ``length`` ticks (a leak's ramp ``ramp`` ticks)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # stain-normalisation workers OOM-killed, the pool not refilled
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":  # the slide store (NFS / object store) slowed in bursts
        calm = rng.uniform(0.05, 0.25)
        on, off = rng.uniform(30, 240), rng.uniform(120, 600)
        w = np.full(length, calm)
        t, bad = 0.0, True
        while t < length:
            d = rng.exponential(on if bad else off) + 1
            if bad:
                w[int(t):int(t + d)] = 1.0
            t += d
            bad = not bad
        return w
    # leak: the augmentation workers' cache of decoded slide regions growing into swap
    pw = rng.uniform(0.6, 1.8)
    return np.minimum(1.0, s / max(ramp, 1)) ** pw


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with its onset in ``[lo, hi)``: ``(Event, (at, lost points))`` or None."""
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
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, int(stop * STEP // TICK))
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        unit = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        hs = healthy[c0:stop][live[c0:stop]].sum()
        us = unit[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or us <= 0:
            continue
        a = target * hs / us
        if a > 1:
            continue
        m = a * unit
        nz = np.nonzero(m > 0)[0]
        if len(nz) == 0:
            continue
        on, end = int(nz[0]), (n if to_end else int(nz[-1]) + 1)
        if on < lo or end > hi or (end < n and end <= on + 60) or any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        v = np.maximum(healthy - m, 0.0)
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, m[on:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout162(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout162_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT162_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout162, seeds, n, pauses)
