"""The hundred-and-fiftieth held-out throughput family: an avalanche-danger forecaster's training samples/s (a
gradient-boosted-trees-then-transformer hybrid over snowpack-model profiles and weather-station series; profiles parsed
and resampled on CPU workers, rare high-danger days oversampled, data read one region and winter at a time; a
validation pass on a held-out winter now and then), read through ntfy push notifications: the trainer's notifier POSTs
its samples/s over the last 15-30 s to a topic on a self-hosted ntfy server (429s retried, a message dropped after a
few tries), and the monitor subscribes to the topic's JSON stream (reconnecting with ``since=`` its last message id)
and averages the rates it receives per minute of the server's message time.

(No generator's head names ntfy, a push notification, an avalanche, a snowpack, a weather station, a 429, a rate
limit, ``since=``, a message cache, a JSON stream, a visitor, a notifier, a reconnect, a webhook, an HTTP POST,
self-hosting, danger or a winter (``grep -ic`` on ``/tmp/s58/genheads148.txt``: 0 each); "topic" matches 2 heads (a
streaming job's output topic and an NSQ topic: a pub-sub topic is not new, ntfy's publish API, its per-visitor limits,
its cache and ``since=`` replays are), "gradient-boosted" 1 (a malware model over PE files: the model family is not
new, the avalanche job is), "weather" 4, "push" 5, "oversampl" 5, "transformer" 30, "samples/s" 12 (common words;
the job and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long print,
printed again between the ``def`` lines of ``every_fourth_clean`` and ``smax``), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads148.txt`` through
``grep -ic`` and ``grep -io`` only (``grep -io`` printed 60 characters before and 40 after the matches of "topic" and
"boosted"). Slips: a ``wc -l`` of ``anomaly/heldout141.py`` (478 lines) run with the ``grep -n``; none else. The
tests import ``HELDOUT141_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): ntfy's "Subscribe via API" page (``/<topic>/json``: a GET
kept open, one JSON object per line, ``open``/``message``/``keepalive`` events, each with an ``id`` and a ``time`` in
whole unix seconds set by the server); ntfy's ``docs/config.md`` and ``server/server.yml`` (the cache is in memory by
default for ``cache-duration`` 12 h, "cached messages do not survive an application restart" unless ``cache-file``
is set; the cache is what serves ``since=`` and ``poll=1``; a keepalive every 45 s); a Helm chart's defaults
(``visitor-request-limit-burst`` 60, ``visitor-request-limit-replenish`` 5 s); ntfy issues #334 and #1265 (a POST
answered "HTTP 429 (ntfy error 42901): limit reached: too many requests"; read as: a visitor is one address, clients
behind one proxy or NAT share its bucket); client libraries' pages (a subscriber reconnecting after a dropped
stream; ``since`` taking a duration, a unix time, a message id, ``all`` or ``latest``). Not read (from memory,
unchecked): what the server answers to ``since=`` an id it no longer holds (here half the monitors get every cached
message, the others nothing until new ones arrive); whether a 429 carries ``Retry-After``; ntfy's message id format.
Nothing read on the job (SNOWPACK and avalanche-forecasting models were not looked up): its figures are assumed.

Assumed without checking (the job): one node of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per doubling); the GPUs train
250-5,000 samples/s each (log-uniform), the CPU workers (profile parsing, resampling to a fixed layer grid, the
trees' leaf features) can feed 1.1-2.5 times that; a step waits for the slower side (a soft maximum of the costs).
Data are read one region and winter at a time: a shard lasts 5-40 min of training (log-uniform), its profiles' layer
counts set its rate (a factor, sd 3-10 %), a quarter hold many oversampled high-danger days (deep profiles, 5-12 %
dearer), and opening one (parsing its first profiles) runs 3-25 s at 20-60 % of the rate; per 5-s tick an AR(1) of
the log (sd 2-6 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run,
an hour apart, each a longer weather-series context for the transformer (at most twice: 1.4-1.9 times dearer on the
GPUs), more trees (at most twice: 1.3-1.7 on the CPUs) or, 1 in 6, another GPU count; redrawn until the level moves
15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 % over 2-6 min (worker pools
and profile caches warming); a validation pass on a held-out winter every 30-90 min of training, 2-6 min ("long"
10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h):
down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long"
5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): each process's notifier thread publishes from the process start every ``P`` s (15-30 per
run, plus 0-0.3 s of its own work) the samples/s since its previous publish, a rate over the interval its node's
clock measured; a crash loses the interval under way, a graceful stop publishes it. In 30 % of runs the trainer's
node is unsynchronised and steps its clock 0.5-3 times a day (sd 0.5-5 s): the interval holding a step is misread.
A POST takes 20 ms-0.5 s; it is refused while the server is down (restarts 0.2-1.5 a day, down 5-90 s) and, with
probability 0.5-0.95, inside 429 episodes (0.5-4 a day, 1-15 min: other clients behind the cluster's one address
drain the visitor's bucket of 60); the notifier waits 5, 10 and 20 s and tries again, and drops the message after its
fourth try. 0.2-1 % of stored POSTs time out at the client and are sent again 5 s later: two messages, two ids. The
server stamps a message with its clock in whole seconds; its offset is sd 0.3-3 s, or in 20 % of runs 5-40 s off;
half its restarts are host reboots whose boot step sets the clock right (sd 0.3 s) until the next. The monitor's
stream breaks at each restart (it reconnects 1-20 s after the server is back: the cache is empty and the old id
unknown) and at network blips (2-12 a day, 1-30 s; it asks again with ``since=`` its last id and gets the messages in
between; in 45 % of blips its saved id was 1-3 messages old, and those are sent again: half the monitors drop a
repeated id, the others count it twice). It bins messages by the server's time and closes minute ``m`` once the
stream's server time passes its end plus 15-60 s: a copy arriving later (after a clock step back, or replayed) is
lost. A point is the mean rate of the minute's copies (0: none read). The reads are linear in the samples; the
messages' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's samples lost, carried through the same messages and reads): ``drop`` (a profile-parsing
worker killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (reads from the shared file system
slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the resampling
workers' profile cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the
lost samples (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout150_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    11         11    0.093-0.317  20              1-18 (1189, 0 >60)
long      31      10    11         10    0.088-0.313  20              1-68 (948, 3 >60)

Planned changes listed: short 11, long 10 (of 11 and 10 relaunches; none kept its stage); crashes 54 and 52. The path
over each set (counts): short: POSTs refused with 429 2342, refused while the server was down 327, retries 2292,
messages dropped 377, stored twice 1388, server restarts 42, stream blips 261, messages replayed after a stale id
247 (120 counted twice), missed after a restart 23, copies arriving after their minute closed 14, messages in
another minute than their interval's end 5809, unread minutes 208, clock steps 67, intervals lost in a crash 54;
long: 3120, 429, 3020, 529, 1222, 66, 308, 280 (170), 68, 30, 13247, 768, 27, 52. The reads' sum over the live points
against the job's samples: 1.000 per seed (3 places; short and long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 1.4-3.5 % (short), 1.6-3.3 % (long), its 99th percentile 27-33 % (short), 26-33 %
(long); the live median level 212-11,888 samples/s (short), 340-7,734 (long). Before the first measure: none (the
first measure was both sets' 12 seeds at 3,000 points). Changes of the laws after it: one, made as one edit of three
parts: the shard stalls were shorter and rarer (shards 3-25 min, stalls 5-40 s at 10-50 %: the 99th percentile of
the minute-to-minute change was 54-72 %, loader stalls at every fifth minute, more than I meant); the monitor closed
a minute at a fixed time on its own clock (a server 5-40 s behind would have lost whole runs; no copy was late) and
now closes it by the stream's server time; and a host reboot's clock step (so that copies can arrive late). The
tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT150_SEEDS = tuple(range(1502000, 1502012))
CODE = 150
TICK = 5.0  # s: the job's samples are counted per tick
STEP = 60.0  # s: one point per minute of the server's message time
K = int(STEP // TICK)
EPOCH = 1767225600.0  # 2026-01-01 00:00 UTC, a minute boundary
DAY = 86400.0
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause span lengths (points) the tests allow at 3,000 points
WAITS = (0.0, 5.0, 15.0, 35.0)  # the notifier's tries: first POST, then waits 5, 10, 20 s after a refusal
PATH_KEYS = ("refused_429", "refused_down", "retried", "dropped", "applied_twice", "server_restarts", "blips",
             "replayed", "counted_twice", "missed_unknown_id", "late", "shifted", "unread", "clock_steps",
             "lost_in_crash")

# pause lengths (s) per setting: (lo, hi)
_PAUSE = {
    "first": {"short": (180, 600), "long": (1500, 3600)},
    "eval": {"short": (120, 360), "long": (600, 1500)},
    "ckpt": {"short": (15, 60), "long": (60, 240)},
    "down": {"short": (60, 240), "long": (360, 1080)},
    "startup": {"short": (120, 360), "long": (480, 1200)},
    "stop": {"short": (60, 180), "long": (300, 720)},
}


def _u(rng, what: str, setting: str) -> float:
    return float(rng.uniform(*_PAUSE[what][setting]))


def _level(cfg: dict, st: dict) -> float:
    """Samples/s of a stage: the GPUs' transformer steps (dearer with a longer weather-series context) and the CPU
    workers' profile parsing and tree features (dearer with more trees), the slower of the two setting the pace."""
    g = st["gpus"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["ctx_c"] ** st["ctx"]
    cpu = cfg["cpu"] / cfg["trees_c"] ** st["trees"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (a longer context, more trees, or 1 in 6 another GPU count), redrawn until the level
    moves 15 % (1/3 to 3 times); None when 60 draws find none."""
    for _ in range(60):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4) if g != st["gpus"]]))
        elif u < 7 / 12 and st["ctx"] < 2:
            new["ctx"] += 1
        elif st["trees"] < 2:
            new["trees"] += 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job: its stages, lives, pauses and samples per tick."""
    T = n * STEP
    nt = n * K
    cfg = {"gpu": hc.log_uniform(rng, 250, 5000), "eff": rng.uniform(0.85, 0.97), "ctx_c": rng.uniform(1.4, 1.9),
           "trees_c": rng.uniform(1.3, 1.7)}
    gpus = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    cfg["cpu"] = cfg["gpu"] * gpus * cfg["eff"] ** np.log2(gpus) * rng.uniform(1.1, 2.5)
    st = {"gpus": gpus, "ctx": 0, "trees": 0}
    n_re = int(rng.integers(0, 4))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * T)
    for i in range(1, len(re_t)):
        re_t[i] = max(re_t[i], re_t[i - 1] + 3600)
    crash_mean = rng.uniform(12, 48) * 3600
    eval_every = (rng.uniform(30, 60), rng.uniform(60, 90))
    ck_every = int(rng.integers(2, 4))
    pauses_t, marks, lives, segs, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t, kind, ri, n_eval = 0.0, "startup", 0, 0
    start = 0.0
    su = _u(rng, "first", setting)
    while t < T:
        # a life: its startup from ``start`` (the process starts there), then training to a crash or a relaunch
        if kind == "startup":
            pauses_t.append((0.0, su, "startup"))
        t = start + su
        f0, R = rng.uniform(0.4, 0.75), rng.uniform(120, 360)
        marks.append((t, t + R / 2))
        ramp = (t, R, f0)
        crash_at = t + rng.exponential(crash_mean)
        to_eval = rng.uniform(*eval_every) * 60
        end, graceful = None, True
        while t < T:
            nxt_re = re_t[ri] if ri < len(re_t) else np.inf
            stop = min(t + to_eval, crash_at, nxt_re, T + 600)
            segs.append((t, stop, _level(cfg, st), ramp))
            if stop == t + to_eval:
                n_eval += 1
                dur = _u(rng, "eval", setting)
                pauses_t.append((stop, stop + dur, "eval"))
                t = stop + dur
                if n_eval % ck_every == 0:
                    dur = _u(rng, "ckpt", setting)
                    pauses_t.append((t, t + dur, "ckpt"))
                    t += dur
                to_eval = rng.uniform(*eval_every) * 60
                crash_at = max(crash_at, t + 1)
                while ri < len(re_t) and re_t[ri] < t + 60:
                    re_t[ri] = t + rng.uniform(300, 900)
                continue
            if stop == crash_at:
                counts["crashes"] += 1
                end, graceful = stop, False
                down = _u(rng, "down", setting)
                start = stop + down
                su = _u(rng, "startup", setting)
                pauses_t.append((stop, start + su, "crash"))
                kind = "crash"
            elif stop == nxt_re:
                counts["relaunches"] += 1
                ri += 1
                end = stop
                start = stop + _u(rng, "stop", setting) + rng.uniform(60, 300)
                su = _u(rng, "startup", setting)
                pauses_t.append((stop, start + su, "relaunch"))
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                if new is None:
                    counts["kept_stage"] += 1
                else:
                    st = new
                    if start + su < T:
                        known_t.append(start + su)
                kind = "relaunch"
            else:
                end = T + 600
            break
        if end is None or end >= T:
            start = T + 600
        lives.append((end if end is not None else T + 600, start, graceful))
        t = start
    procs, s0 = [], 0.0  # the lives as (process start, end, graceful stop)
    for end, nxt, graceful in lives:
        procs.append((s0, min(end, T + 600), graceful))
        s0 = nxt
    # samples per tick
    tb = np.arange(nt + 1) * TICK
    J = np.zeros(nt)
    cum_train = 0.0
    shard_t, shard_f = _shards(rng, T)
    stall_s, stall_f = rng.uniform(3, 25, len(shard_t)), rng.uniform(0.2, 0.6, len(shard_t))
    for a, b, lv, (r0, R, f0) in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        lo, hi = np.maximum(tb[i0:i1], a), np.minimum(tb[i0 + 1:i1 + 1], b)
        ov = np.maximum(hi - lo, 0)
        mid = 0.5 * (lo + hi)
        ctr = cum_train + np.cumsum(ov) - 0.5 * ov  # training seconds so far (the shard axis)
        cum_train += ov.sum()
        k = np.searchsorted(shard_t, ctr, side="right") - 1
        into = ctr - shard_t[k]
        f = shard_f[k] * np.where(into < stall_s[k], stall_f[k], 1.0)
        f *= f0 + (1 - f0) * np.clip((mid - r0) / R, 0, 1)
        J[i0:i1] += lv * f * ov
    ar_sd, corr = rng.uniform(0.02, 0.06), rng.uniform(10, 40)
    a1 = np.exp(-TICK / corr)
    ar = lfilter([1.0], [1.0, -a1], rng.normal(0, ar_sd * np.sqrt(1 - a1 * a1), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    J *= np.exp(ar + np.repeat(ou, K)[:nt])
    return SimpleNamespace(n=n, nt=nt, dt=STEP, J=J, cfg=cfg, pauses_t=pauses_t, marks=marks, lives=procs,
                           known_t=known_t, counts=counts, segs=segs)


def _shards(rng, T: float) -> tuple[np.ndarray, np.ndarray]:
    """One region and winter at a time: each lasts 5-40 min of training (log-uniform); its profiles' layer counts
    set its rate (sd 3-10 %); a quarter hold many oversampled high-danger days (deep profiles: 5-12 % dearer)."""
    sd = rng.uniform(0.03, 0.10)
    d = np.exp(rng.uniform(np.log(300), np.log(2400), int(T / 300) + 2))
    t = np.concatenate([[0.0], np.cumsum(d)[:-1]])
    f = np.exp(rng.normal(0, sd, len(t))) * np.where(rng.random(len(t)) < 0.25, rng.uniform(0.88, 0.95, len(t)), 1)
    return t, f


def _windows(rng, T: float, per_day: tuple, dur) -> np.ndarray:
    """Poisson windows ``[start, end)`` over ``[0, T)``: ``per_day`` drawn uniform, each lasting ``dur(rng)`` s."""
    k = int(rng.poisson(rng.uniform(*per_day) * T / DAY))
    s = np.sort(rng.uniform(0, T, k))
    return np.array([[a, a + dur(rng)] for a in s]).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the windows ``win`` (``[start, end)`` rows, starts sorted)."""
    if not len(win):
        return np.zeros(len(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < np.maximum.accumulate(win[:, 1])[np.maximum(j, 0)])


def _messages(rng, run):
    """Each life's notifier: a POST every ``P`` s (plus 0-0.3 s of its own work) from the process start, each the
    samples/s since the previous one; a crash loses the interval under way, a graceful stop publishes it."""
    P = rng.uniform(15, 30)
    ts, te = [], []
    lost = 0
    for s0, s1, graceful in run.lives:
        m = int((s1 - s0) / P) + 2
        t = s0 + np.cumsum(P + rng.uniform(0, 0.3, m))
        t = t[t <= s1]
        prev = np.concatenate([[s0], t[:-1]])
        ts.append(prev)
        te.append(t)
        last = t[-1] if len(t) else s0
        if graceful and s1 - last > 1:
            ts.append([last])
            te.append([s1])
        elif not graceful:
            lost += 1
    return np.concatenate(ts), np.concatenate(te), lost, P


def _path(rng, run) -> SimpleNamespace:
    """The messages' fates (the healthy run's): tries, refusals, server times, delivery, replays and the minutes."""
    T = run.n * STEP
    ts, te, lost, P = _messages(rng, run)
    counts = dict.fromkeys(PATH_KEYS, 0)
    counts["lost_in_crash"] = lost
    # an unsynchronised trainer node steps its clock: the interval holding a step is measured that much off
    dm = te - ts
    if rng.random() < 0.3:
        steps = _windows(rng, T, (0.5, 3), lambda r: 0.0)[:, 0]
        dl = rng.normal(0, rng.uniform(0.5, 5), len(steps))
        k = np.searchsorted(te, steps)
        ok = k < len(te)
        np.add.at(dm, k[ok], dl[ok])
        counts["clock_steps"] = int(ok.sum())
    dm = np.maximum(dm, 1.0)
    # the server: restarts (down 5-90 s, the in-memory cache lost, the clock re-set) and 429 episodes (other
    # clients behind the cluster's one address draining the visitor's request bucket)
    down = _windows(rng, T, (0.2, 1.5), lambda r: r.uniform(5, 90))
    counts["server_restarts"] = len(down)
    ep = _windows(rng, T, (0.5, 4), lambda r: hc.log_uniform(r, 60, 900))
    q = rng.uniform(0.5, 0.95)
    base = rng.normal(0, rng.uniform(0.3, 3)) if rng.random() < 0.8 else rng.choice([-1, 1]) * rng.uniform(5, 40)
    reboot = np.concatenate([[False], rng.random(len(down)) < 0.5])  # a host reboot: its clock stepped on boot
    offs = np.where(reboot, rng.normal(0, 0.3, len(down) + 1), base + rng.normal(0, 0.5, len(down) + 1))
    lat = np.exp(rng.normal(np.log(0.08), 0.6, len(te)))
    acc = np.full(len(te), np.nan)
    for w in WAITS:
        tryat = te + w + lat
        todo = np.isnan(acc)
        dn = _inside(tryat, down)
        r429 = _inside(tryat, ep) & (rng.random(len(te)) < q)
        counts["refused_down"] += int((todo & dn).sum())
        counts["refused_429"] += int((todo & ~dn & r429).sum())
        okk = todo & ~dn & ~r429
        if w > 0:
            counts["retried"] += int(todo.sum())
        acc[okk] = tryat[okk]
    counts["dropped"] = int(np.isnan(acc).sum())
    # a POST that timed out after the server stored it is sent again: a second message with its own id
    twice = ~np.isnan(acc) & (rng.random(len(te)) < rng.uniform(0.002, 0.01))
    again = acc[twice] + 5.0
    twice[twice] = ~_inside(again, down)
    counts["applied_twice"] = int(twice.sum())
    ts, te, dm = (np.concatenate([x, x[twice]]) for x in (ts, te, dm))
    acc = np.concatenate([acc, acc[twice] + 5.0])
    keep = ~np.isnan(acc)
    ts, te, dm, acc = ts[keep], te[keep], dm[keep], acc[keep]
    order = np.argsort(acc, kind="stable")
    ts, te, dm, acc = ts[order], te[order], dm[order], acc[order]
    epoch = np.searchsorted(down[:, 0], acc) if len(down) else np.zeros(len(acc), int)
    server_t = np.floor(acc + offs[epoch])
    b = np.floor(server_t / STEP).astype(int)
    counts["shifted"] = int((b != np.floor(te / STEP)).sum())
    # the monitor's stream: broken at a server restart (reconnect 1-20 s after it is back) and by network blips
    # (2-12 a day, 1-30 s); it asks again with since=<last id>
    dedup = bool(rng.random() < 0.5)
    unknown_all = bool(rng.random() < 0.5)  # after a restart the old id is unknown: all cached, or nothing
    blips = _windows(rng, T, (2, 12), lambda r: r.uniform(1, 30))
    counts["blips"] = len(blips)
    gaps = [(a, e + rng.uniform(1, 20), True) for a, e in down] + [(a, e, False) for a, e in blips]
    gaps.sort()
    deliver = acc.copy()
    first = np.ones(len(acc), bool)
    replay = np.zeros(len(acc), bool)
    for g0, g1, restart in gaps:
        i0, i1 = np.searchsorted(acc, [g0, g1])
        deliver[i0:i1] = np.maximum(deliver[i0:i1], g1)
        if restart and not unknown_all:
            first[i0:i1] = False
            counts["missed_unknown_id"] += int(i1 - i0)
        if not restart and rng.random() < 0.45 and i0 > 0:  # the monitor's saved id was 1-3 messages old
            j = max(0, i0 - int(rng.integers(1, 4)))
            replay[j:i0] = True
    counts["replayed"] = int(replay.sum())
    # the monitor closes minute m once the stream's server time passes its end + grace: a copy delivered later is lost
    grace = rng.uniform(15, 60)
    due = (b + 1) * STEP + grace
    g1_of = np.array([g for _, g, r in gaps if not r] or [0.0])
    rep_t = g1_of[np.minimum(np.searchsorted(g1_of, acc), len(g1_of) - 1)]
    rep = replay & ~dedup
    when = np.concatenate([np.where(first, deliver, np.inf), np.where(rep, rep_t, np.inf)])
    st2 = np.concatenate([server_t, server_t])
    o = np.argsort(when, kind="stable")
    seen = np.empty(len(o))
    seen[o] = np.concatenate([[-np.inf], np.maximum.accumulate(st2[o])[:-1]])
    late = seen >= np.concatenate([due, due])
    late1 = first & late[:len(acc)]
    rep_ok = rep & ~late[len(acc):]
    counts["late"] = int(late1.sum() + (rep & late[len(acc):]).sum())
    counts["counted_twice"] = int(rep_ok.sum())
    c = (first & ~late1).astype(int) + rep_ok.astype(int)
    valid = (b >= 0) & (b < run.n)
    c = np.where(valid, c, 0)
    b = np.clip(b, 0, run.n - 1)
    den = np.bincount(b, weights=c, minlength=run.n)[:run.n]
    counts["unread"] = int((den == 0).sum())
    return SimpleNamespace(ts=ts, te=te, dm=dm, bucket=b, copies=c, den=den, dedup=dedup, unknown_all=unknown_all,
                           counts=counts, down=down, episodes=ep, P=P, grace=grace)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for samples per tick ``J``: each received copy's rate (its interval's samples over the
    interval the notifier measured), averaged per minute of server time; 0 for a minute with none (linear in J)."""
    p = run.path
    Ce = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(Ce))
    r = (np.interp(p.te / TICK, grid, Ce) - np.interp(p.ts / TICK, grid, Ce)) / p.dm
    num = np.bincount(p.bucket, weights=p.copies * r, minlength=run.n)[:run.n]
    return np.where(p.den > 0, num / np.maximum(p.den, 1), 0.0)


def _spans(run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause or a ramp's first half, its neighbours, and minutes reading nothing."""
    n = run.n
    paused = healthy <= 0
    for a, b, *_ in list(run.pauses_t) + list(run.marks):
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s < n:
            paused[max(s, 0):min(e, n)] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    return [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's samples lost (0 .. 1): a drop as a killed profile-parsing worker's share
    grows (``min(1, (s + 1) / tau)``, tau 1-6 ticks), a straggler in bursts of slow reads from the shared file system
    (1 for a mean of 30-240 ticks, calm at 0.05-0.25 for a mean of 120-600), a leak as the resampling workers'
    growing profile cache swaps (``(s / ramp) ** p``, p 0.6-1.8, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    calm, w, t, bad = rng.uniform(0.05, 0.25), np.empty(length), 0, True
    while t < length:
        d = int(rng.exponential(rng.uniform(30, 240) if bad else rng.uniform(120, 600))) + 1
        w[t:t + d] = 1.0 if bad else calm
        t, bad = t + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (0, lost reads))`` pair, or None."""
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
        i0, i1 = int(np.ceil(t0 / TICK)), run.nt if to_end else min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lostJ = np.zeros(run.nt)
        lostJ[i0:i1] = w * run.J[i0:i1]
        m1 = _reads(run, lostJ)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        c0, c1 = (ramp_end if kind == "leak" else onset), stop
        hs = healthy[c0:c1][live[c0:c1]].sum()
        l1 = m1[c0:c1][live[c0:c1]].sum() / hs if hs > 0 else 0.0
        if not l1 > 0 or target / l1 > 1:
            continue
        m = target / l1 * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        if kind != "leak":
            ramp_end = onset
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, healthy - v)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout150(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout150_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT150_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout150, seeds, n, pauses)
