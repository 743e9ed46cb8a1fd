"""The fifty-ninth held-out throughput family: a wildlife camera-trap image classifier's (a MegaDetector-style detector
plus a species classifier) training images/s on spot GPU instances in AWS, images read from S3 through a local NVMe
cache that is cold on every new instance; each rank puts one JSON record per ``K`` steps into an Amazon Data Firehose
stream (PutRecordBatch), Firehose delivers buffered objects to S3 under an arrival-time prefix, and a poller reads the
per-minute sums from a Grafana panel of an Amazon Athena query with query result reuse.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): the Firehose API reference of ``BufferingHints``
(``SizeInMBs`` 1-128, default 5; ``IntervalInSeconds`` 0-900, default 300; both are hints Firehose may override);
Firehose's "Configure Amazon S3 object name format" and "Custom prefixes" pages (the default ``YYYY/MM/dd/HH`` prefix
in UTC; the ``timestamp`` namespace evaluates the approximate *arrival* timestamp of the oldest record in the object);
the SDK docs of ``PutRecordBatch`` (up to 500 records a call; ``FailedPutCount`` may be above 0 even when the call
succeeds, so the failed records must be resent) and two public clients that resend the failed entries with back-off
(a fluentd plugin, a gist); Firehose's "Troubleshoot errors" page (Direct PUT keeps records 24 h; an S3 delivery that
fails is retried; producers should retry with exponential back-off and jitter) and ``RetryOptions``; Athena's "Reuse
query results" page and ``ResultReuseByAgeConfiguration`` (opt-in per query, a stored result is reused while it is
younger than the maximum age, default 60 min, only when the query string matches). Assumed without checking: the
spot two-minute notice and the replacement times (my numbers), how often PutRecordBatch partially fails or is throttled,
how often a retried record lands twice, Firehose's real flush times (I flush on a regular grid of the effective
interval), S3 delivery failure spells, that the team partitions the Athena table by the arrival hour and either uses
partition projection or a Glue crawler, that the panel's SQL uses ``current_timestamp`` (not Grafana's time macros) so
its string repeats and result reuse hits, and everything about the job (no camera-trap training recipe read).

What is modelled
----------------
The job: ``I`` instances (1, 2 or 4) of 4 or 8 GPUs, ``B`` images per GPU and step (16, 32 or 64), a step of ``d0``
(0.35-1.1 s, times ``1 + 0.04 (I - 1)``), and a record every ``K`` steps, ``K`` the nearest whole number to 1.5-4 s of
steps (1-25). An epoch is a fixed number of resampled images (class-balanced resampling: 20-55 min at the warm speed);
each epoch redraws which images dominate, so its level moves (log-normal sd 1-2.5 %), and a resampling stage switch
every 25-60 epochs, at most 3 (at an epoch end followed by a validation; listed, "sampler"), moves the large-image
share for good (the step's cost times 0.72-0.86 or 1.16-1.3). The NVMe cache is empty on every new instance: a
record's steps cost ``hit + (1 - hit) / f`` with ``hit`` the share of the epoch's images already read since the
instance came up (``f`` 0.3-0.6, so a whole epoch of ramp). The ``K`` steps of a record jitter (sd 3-8 % over
``sqrt(K)``) and stall (per step 0.2-1 %, three times as often while the cache is cold; gamma of mean 0.5-3 s per
stall); the host's speed drifts (an OU process of the log, sd 1.5-4 %, 20-90 min). Pauses: a validation at every
epoch's end (short: 45-240 s, median 80-150 s) or every 3rd-6th (long: 1500-5100 s, median 2200-3400 s; log-normal sd
0.3; other epoch ends only respawn the loader, 5-25 s, no pause), every 2nd-4th validation with a checkpoint (short
20-120 s, long 120-600 s). Spot interruptions (Poisson, mean every 8-30 h; none within 20 min of a pause's end nor
within 5 min of an epoch's end, moved 20-40 min on): training stops at the notice, the emergency checkpoint is
written within the two minutes (60-95 % of the time, else the epoch restarts from its start), a replacement comes up
after 60-660 s (short) or 600-3200 s (long); 30 % of the time it is another instance type (the step's cost times
0.6-0.85 or 1.18-1.6; listed, "instance"), and its cache is cold. A minute is paused where it meets
``[a - 15 s, b + 5 s]`` of a validation, checkpoint or interruption; spans that touch are one.

Collection: each record carries the step's timestamp and ``K B`` images; every rank's client sends its buffer with
PutRecordBatch every ``U`` s (1-10) and the job's ranks send together (one landing per record group). A call's records
fail partly with probability 0.2-2 % (resent 1-3 flushes later, a resent rank record lands twice with probability
0.1-0.4); throttling spells (Poisson, mean every 6-24 h; log-normal, median 60 s, 5-900 s) hold the records until the
spell's end plus a back-off of 0-30 s (a record twice with probability 0.05-0.3); otherwise a rank record lands twice
with probability 0.02-0.2 %. At a spot notice the client's last unsent buffer is lost with probability 0.1-0.5. Firehose
flushes on a grid of ``min(interval, size / byte rate)`` (interval 60, 120, 300 or 900 s; size 1, 5, 64 or 128 MiB; the
stream is shared with 2-200 KB/s of the team's other events), plus 0-8 %; an object lands in S3 a log-normal (median 4
s, sd 0.5) later; S3 delivery failure spells (Poisson, mean every 12-48 h; log-normal median 240 s, 30-3600 s) land
their objects at the spell's end plus 0-60 s, each one twice with probability 0.05-0.25. An object's prefix hour is its
oldest record's arrival hour; with a Glue crawler (30 % of the jobs: every 5, 10 or 15 min, 1-3 min long) an hour's
partition is queryable only from the first crawl that ends after its first object landed (partition projection
otherwise). The panel refreshes every 1, 5 or 10 min; result reuse's maximum age is 0 (off), 5, 10 or 15 min (a refresh
younger than that since the last execution shows the last execution's result); the query scans the last 3, 6 or 24
arrival hours and sums the records (copies included) per minute of the step timestamp. The poller records minute ``j``
once, from the first refresh at least ``D`` after its end: ``D`` = the maximum age + the refresh + 1-4 min, plus the
effective Firehose interval and the crawler's period (65 % of the jobs) or only 30-70 % of the interval (the rest:
minutes read short). Not modelled: Athena query failures, the records of one group landing at different times on
different ranks, Firehose's own ingestion limits, the panel's own rounding.

Labelled regressions thin the images of each record in their window by ``1 / (1 + a w(t))`` (records keep their healthy
times, and a regression outlives a spot replacement inside its window: approximations): ``drop`` (an instance's NVMe or
the S3 prefix throttled for good; it worsens in two stages: ``w`` ramps in over 5-40 s to 0.4-0.6, holds to 30-180 s,
then 1, wobbling by 2 %), ``straggler`` (one GPU throttling thermally in bursts: log-normal (sd 0.6) bursts of median
40-150 s at 1, gaps of median 90-400 s at 0.1-0.3), ``leak`` (the dataloader workers' augmentation cache grows and the
host swaps: ``w = u ** p``, ``p`` 1.2-2.5, over a ramp of 200-1500 points, then held). Onsets: 25 % in the last 70 % of
a pause or up to 2 min after it, 10 % of drops at the end of an interruption onto the same instance type (a degraded
replacement host), the rest anywhere; ``a`` by bisection (0-6) on the live loss (the plateau's for a leak) to 8-30 %
(drop), 10-30 % (straggler) or 12-32 % (leak); kept where ``changed_span`` and ``shown_depth`` allow and no listed
change lies inside (200 draws: 160 of the slot's kind).

Counts over ``heldout59_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      11    11         9     0.087-0.296  24              2-15 (2007 spans, 0 >60)     3
long      32      10    13         9     0.072-0.294  15              14-93 (431 spans, 81 >60)    3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 44 (31 sampler stage switches, 13 instance-type changes), long 48 (31 sampler stage switches,
17 instance-type changes). Per setting's 12 runs (short / long): 54 and 55 spot interruptions (6 and 11 epochs
restarted); 1976 and 385 validations; 595 and 123 checkpoints; 11 and 20 client buffers lost at a notice; 74 and 108
throttling spells; 48 and 65 S3 delivery failure spells; 18861 and 13180 record groups partly failed; 93879 and
110321 duplicated rank records; 2402 and 17052 record groups never counted (not queryable at the execution the poller
read: a short poller lag, a crawler not yet run, a spell). Paused share of the points: 4.7-17.1 % (mean 10.7 %) short,
15.5-41.1 % (mean 29.4 %) long. Live points read as 0: 75 (short) and 918 (long, mostly one job whose poller lag is
shorter than its Firehose interval plus its crawler). The healthy series' median absolute step of log over steady live
points (10 after a span left out, zeros left out): 2.3-6.1 % (short), 3.3-6.5 % (long), mostly how many record groups
fall in a minute (a group every 1.5-4 s); median live level 170-2811 (short), 81-4793 (long) images/s. Effective
Firehose flush intervals 7-745 s (short) and 29-900 s (long); ``K`` 2-8 steps. Generating both settings takes about
2 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout58.py`` lines 1-109 and its ``make_heldout58`` /
``heldout58_set`` (lines 375-385, found with ``grep -n`` and ``wc -l``); ``tests/test_anomaly_heldout58.py`` (all);
``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; the first 3
lines of every ``anomaly/heldout*.py``; ``tests/test_architecture.py`` lines 1-110 (and its line count, ``wc -l``).
Also seen: main's last commit subject, which ``git worktree add`` prints.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT59_SEEDS = tuple(range(592000, 592012))
CODE = 59
P_KIND = (0.35, 0.35, 0.3)
T0 = 1_790_006_400.0  # a whole minute (and hour)
VAL = {"short": (45.0, 240.0, 80.0, 150.0), "long": (1500.0, 5100.0, 2200.0, 3400.0)}
CKPT = {"short": (20.0, 120.0), "long": (120.0, 600.0)}
WAIT = {"short": (60.0, 660.0), "long": (600.0, 3200.0)}


def _pause_len(rng, setting: str) -> float:
    lo, hi, m0, m1 = VAL[setting]
    return float(np.clip(rng.uniform(m0, m1) * np.exp(rng.normal(0, 0.3)), lo, hi))


def _spells(rng, T: float, mean_h: tuple, med: float, lo: float, hi: float) -> np.ndarray:
    """``(start, end)`` rows of Poisson spells over ``[0, T)`` with log-normal lengths (sd 1)."""
    out, t, mean = [], 0.0, rng.uniform(*mean_h) * 3600
    while True:
        t += rng.exponential(mean)
        if t >= T:
            return np.array(out).reshape(-1, 2)
        out.append((t, t + float(np.clip(med * np.exp(rng.normal(0, 1)), lo, hi))))


def _in_spell(x: np.ndarray, sp: np.ndarray) -> np.ndarray:
    """The index of the spell of ``sp`` holding each time of ``x`` (-1: none)."""
    if len(sp) == 0:
        return np.full(len(x), -1)
    i = np.searchsorted(sp[:, 0], x, side="right") - 1
    return np.where((i >= 0) & (x < sp[np.maximum(i, 0), 1]), i, -1)


def _job(rng, n: int, setting: str):
    """The training run: record-group times ``rt`` (s from ``T0``), pauses, restarts, listed changes, stats."""
    T = 60.0 * n + 1800
    inst, gpus = int(rng.choice([1, 2, 2, 4])), int(rng.choice([4, 8]))
    R, B = inst * gpus, int(rng.choice([16, 32, 64]))
    d0 = rng.uniform(0.35, 1.1) * (1 + 0.04 * (inst - 1))
    K = int(np.clip(round(rng.uniform(1.5, 4.0) / d0), 1, 25))  # a record every 1.5-4 s
    steps = rng.uniform(1200, 3300) / d0
    Ne = max(20, int(steps // K))
    cold, jit = rng.uniform(0.3, 0.6), rng.uniform(0.03, 0.08)
    p_stall, stall_mean = rng.uniform(0.002, 0.01), rng.uniform(0.5, 3.0)
    ou = hc.ou_path(rng, T + 4e4, rng.uniform(0.015, 0.04), rng.uniform(1200, 5400))
    ep_sd = rng.uniform(0.01, 0.025)
    val_every = 1 if setting == "short" else int(rng.integers(3, 7))
    ck_every = int(rng.integers(2, 5))
    stage_every = int(rng.integers(25, 61))
    spot_mean = rng.uniform(8, 30) * 3600
    p_emerg, p_noflush = rng.uniform(0.6, 0.95), rng.uniform(0.1, 0.5)
    U = rng.uniform(1, 10)
    uph = rng.uniform(0, U)
    rts, lost, pauses, restarts, known_t, known_kind = [], [], [], [], [], []
    stats = dict(restarts=0, validations=0, checkpoints=0, buffers_lost=0, redone=0)
    t, pos, cache, epoch, n_val = rng.uniform(0, 60), 0, 0, 0, 0
    f_inst = f_samp = 1.0
    lvl = np.exp(rng.normal(0, ep_sd))
    spot = t + 1800 + rng.exponential(spot_mean)
    while t < T:
        m = Ne - pos
        hit = np.minimum(1.0, (cache + np.arange(m)) * K / steps)
        base = K * d0 * f_inst * f_samp * lvl * (hit + (1 - hit) / cold)
        nst = rng.poisson(p_stall * K * (1 + 2 * (hit < 1)), m)
        stall = np.where(nst > 0, rng.gamma(np.maximum(nst, 1), stall_mean), 0.0)
        approx = t + np.cumsum(base)
        drift = np.exp(ou[np.minimum((approx // 60).astype(int), len(ou) - 1)])
        times = t + np.cumsum(base * drift * np.exp(rng.normal(0, jit / np.sqrt(K), m)) + stall)
        if spot < times[-1] and times[-1] - spot < 300:
            spot = times[-1] + rng.uniform(1200, 2400)  # not within 5 min of the epoch's end
        if spot < times[-1]:
            k = int(np.searchsorted(times, spot))
            rts.append(times[:k])
            gone = np.zeros(k, bool)
            if rng.random() < p_noflush:  # the notice's flush never ran: the unsent buffer is lost
                last = uph + np.floor((spot - uph) / U) * U
                gone = times[:k] > last
                stats["buffers_lost"] += 1
            lost.append(gone)
            a = spot
            b = a + 120 + rng.uniform(*WAIT[setting])
            same = rng.random() >= 0.3
            pauses.append((a, b, "restart"))
            restarts.append((a, b, same))
            stats["restarts"] += 1
            if rng.random() < p_emerg:
                pos += k
            else:
                pos, stats["redone"] = 0, stats["redone"] + 1
            if not same:
                f_inst *= rng.uniform(0.6, 0.85) if rng.random() < 0.5 else rng.uniform(1.18, 1.6)
                if b < 60.0 * n:
                    known_t.append(b)
                    known_kind.append("instance")
            cache, t = 0, b
            spot = b + 1200 + rng.exponential(spot_mean)
            continue
        rts.append(times)
        lost.append(np.zeros(m, bool))
        t, cache, pos, epoch = float(times[-1]), cache + m, 0, epoch + 1
        lvl = np.exp(rng.normal(0, ep_sd))
        if epoch % val_every:
            t += rng.uniform(5, 25)  # the loader respawns: the job's rhythm, no pause
            continue
        n_val += 1
        dur = _pause_len(rng, setting)
        ck = n_val % ck_every == 0
        if ck:
            dur += rng.uniform(*CKPT[setting])
        pauses.append((t, t + dur, "ckpt" if ck else "eval"))
        stats["validations"] += 1
        stats["checkpoints"] += ck
        t += dur
        if epoch // stage_every > (epoch - val_every) // stage_every and epoch // stage_every <= 3:
            f_samp *= rng.uniform(0.72, 0.86) if rng.random() < 0.5 else rng.uniform(1.16, 1.3)
            if t < 60.0 * n:
                known_t.append(t)
                known_kind.append("sampler")
        if spot < t + 1200:
            spot = t + 1200 + rng.uniform(0, 1800)
    rt, gone = np.concatenate(rts), np.concatenate(lost)
    return SimpleNamespace(rt=rt, lost=gone, R=R, B=B, K=K, Ne=Ne, U=U, uph=uph, pauses=pauses, restarts=restarts,
                           known_t=known_t, known_kind=known_kind, stats=stats, T=T)


def _collect(rng, job, n: int):
    """The collection path: each record group's copies, its S3 visibility time, its minute, and which count."""
    rt, G, R = job.rt, len(job.rt), job.R
    send = job.uph + np.ceil((rt - job.uph) / job.U) * job.U + 0.08 * np.exp(rng.normal(0, 0.5, G))
    pf = rng.random(G) < rng.uniform(0.002, 0.02)
    send[pf] += job.U * rng.integers(1, 4, int(pf.sum()))
    p_dup = np.full(G, rng.uniform(2e-4, 2e-3))
    p_dup[pf] = rng.uniform(0.1, 0.4)
    thr = _spells(rng, job.T, (6, 24), 60.0, 5.0, 900.0)
    k = _in_spell(send, thr)
    held = k >= 0
    send[held] = thr[k[held], 1] + rng.uniform(0, 30, int(held.sum()))
    p_dup[held] = rng.uniform(0.05, 0.3)
    copies = np.where(job.lost, 0, R + rng.binomial(R, p_dup))
    interval = float(rng.choice([60.0, 120.0, 300.0, 900.0]))
    size = float(rng.choice([1.0, 5.0, 64.0, 128.0])) * 2 ** 20
    W = min(interval, size / (rng.uniform(2, 200) * 1e3))
    top = send.max() + 3 * W
    flush = rng.uniform(0, W) + np.cumsum(W * (1 + rng.uniform(0, 0.08, int(top / W) + 3)))
    obj = np.searchsorted(flush, send)
    land = flush + 4.0 * np.exp(rng.normal(0, 0.5, len(flush)))
    dfail = _spells(rng, job.T, (12, 48), 240.0, 30.0, 3600.0)
    j = _in_spell(flush, dfail)
    bad = j >= 0
    land[bad] = dfail[j[bad], 1] + rng.uniform(0, 60, int(bad.sum()))
    twice = bad & (rng.random(len(flush)) < rng.uniform(0.05, 0.25))
    copies = copies * np.where(twice[obj], 2, 1)
    oldest = np.full(len(flush), np.inf)
    np.minimum.at(oldest, obj, send)
    part = np.floor((T0 + oldest) / 3600.0)
    vis, C = land.copy(), 0.0
    if rng.random() < 0.3:  # a Glue crawler adds each hour's partition
        C = 60.0 * float(rng.choice([5, 10, 15]))
        cph, clen = rng.uniform(0, C), rng.uniform(60, 180)
        first = {}
        for o in np.unique(obj):
            first[part[o]] = min(first.get(part[o], np.inf), land[o])
        for o in np.unique(obj):
            ready = cph + np.ceil((first[part[o]] - cph) / C) * C + clen
            vis[o] = max(vis[o], ready)
    refresh = 60.0 * float(rng.choice([1, 5, 10]))
    age = 60.0 * float(rng.choice([0, 5, 10, 15]))
    H = float(rng.choice([3, 6, 24]))
    rph = rng.uniform(0, refresh)
    rts = rph + refresh * np.arange(int((60.0 * n + 4 * 3600) / refresh) + 2)
    snap, last = np.empty(len(rts)), -np.inf
    for i, r in enumerate(rts):
        if r - last > age:
            last = r
        snap[i] = last
    careful = rng.random() < 0.65
    D = age + refresh + 60 * rng.uniform(1, 4) + (W + C if careful else rng.uniform(0.3, 0.7) * W)
    mins = np.arange(n)
    s_min = snap[np.minimum(np.searchsorted(rts, 60.0 * (mins + 1) + D), len(rts) - 1)]
    m = np.floor(rt / 60.0).astype(int)
    ok = m < n
    s_g = np.where(ok, s_min[np.minimum(m, n - 1)], -np.inf)
    use = ok & (vis[obj] <= s_g) & (part[obj] >= np.floor((T0 + s_g) / 3600.0) - H) & (copies > 0)
    cnt = copies * job.K * job.B
    late = ok & (copies > 0) & ~use
    stats = dict(throttles=len(thr), dfails=len(dfail), dup_rows=int((copies - np.where(copies > 0, R, 0)).sum()),
                 partial=int(pf.sum()), late=int(late.sum()))
    return SimpleNamespace(m=m, use=use, cnt=cnt.astype(float), copies=copies, vis=vis[obj], snap=s_min, obj=obj,
                           W=W, D=D, age=age, refresh=refresh, stats=stats)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of the seed's job and collection path (no regressions)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 1])
    job = _job(rng, n, pauses)
    col = _collect(rng, job, n)
    run = SimpleNamespace(job=job, col=col, n=n, rt=job.rt, restarts=job.restarts,
                          stats={**job.stats, **col.stats})
    healthy = _series(run, [])
    spans = []
    for a, b, _ in sorted(job.pauses):
        s, e = int((a - 15) // 60), min(n, int(np.ceil((b + 5) / 60)))
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in job.known_t], spans, n)
    return run, healthy, spans, live, changes


def _series(run, mods) -> np.ndarray:
    """The poller's per-minute images/s: the counted copies of each record group (thinned by ``mods``, each
    ``(i0, i1, factor)`` over the record groups ``[i0, i1)``) summed per step minute, over 60."""
    c = run.col
    f = np.ones(len(run.rt))
    for i0, i1, fac in mods:
        f[i0:i1] *= fac
    u = c.use
    return np.bincount(c.m[u], weights=c.cnt[u] * f[u], minlength=run.n)[:run.n] / 60.0


def _weight(rng, kind: str, x: np.ndarray, ramp: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset (``ramp`` s: a leak's ramp)."""
    if kind == "leak":
        return np.clip(x / ramp, 0, 1) ** rng.uniform(1.2, 2.5)
    if kind == "straggler":
        edges, t, on = [], 0.0, True
        b_med, g_med, low = rng.uniform(40, 150), rng.uniform(90, 400), rng.uniform(0.1, 0.3)
        while t <= (x[-1] if len(x) else 0):
            t += (b_med if on else g_med) * np.exp(rng.normal(0, 0.6))
            edges.append(t)
            on = not on
        k = np.searchsorted(np.array(edges), x, side="right")
        return np.where(k % 2 == 0, 1.0, low)
    x1, lev, r_in = rng.uniform(30, 180), rng.uniform(0.4, 0.6), rng.uniform(5, 40)
    wob = 1 + 0.02 * np.sin(2 * np.pi * x / rng.uniform(200, 900) + rng.uniform(0, 6.3))
    return np.where(x < x1, lev * np.minimum(1, x / r_in), 1.0) * np.where(x < x1, 1.0, wob)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    from anomaly.traces import Event

    n = run.n
    for kind in hc.kind_draws(rng, P_KIND, want, tries=200, keep=160):
        ramp = int(rng.uniform(200, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        u = rng.random()
        if u < 0.25:
            cand = [(a, b) for a, b, _ in run.job.pauses if 60 * lo <= a and b < 60 * last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 120)
        elif u < 0.35 and kind == "drop":
            cand = [b for a, b, same in run.restarts if same and 60 * lo <= a and b < 60 * last]
            if not cand:
                continue
            t0 = cand[int(rng.integers(len(cand)))]
        else:
            t0 = rng.uniform(60 * lo, 60 * last)
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else 60.0 * stop
        i0, i1 = (int(i) for i in np.searchsorted(run.rt, [t0, t1]))
        if i1 - i0 < 10:
            continue
        w = _weight(rng, kind, run.rt[i0:i1] - t0, 60.0 * ramp)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        c1 = min(stop, n)

        def loss(a):
            v = _series(run, [(i0, i1, 1 / (1 + a * w))])
            return hc.live_loss(v, healthy, live, c0, c1)[0]

        if c1 - c0 < 10 or loss(6.0) < target:
            continue
        a_lo, a_hi = 0.0, 6.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = (i0, i1, 1 / (1 + 0.5 * (a_lo + a_hi) * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(t0 // 60) + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout59(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout59_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT59_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout59, seeds, n, pauses)
