"""The sixty-third held-out throughput family: an AlphaZero-style self-play learner's training positions/s for a board
game (a residual policy-value network), each learner node's cumulative count read by a Sensu Go metric check, sent to
Sumo Logic by the sensu-sumologic-handler and summed per minute by ``rate counter | quantize to 1m | sum``.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Sensu Go's "Schedule observability data collection" page
(the backend schedules checks and publishes check requests to the agents' subscriptions; agents run them and send
events back), its metrics reference (check output metric extraction with ``output_metric_format``; a metric check with
``interval: 10``), its checks reference (``interval`` or a ``cron`` schedule), the sensu-go issue on proxy-check splay
(executions spread over ``interval * splay_coverage``: "60 second interval * .9 / 2 entities = 27s"), an agent.yml
example (``keepalive-interval: 20``, ``keepalive-timeout: 120``) and the agent package's docs (a small per-type
message buffer, ``MaxMessageBufferSize = 10``); sensu-go issues 2800 / 2801 (since 2019 the agent's ``/events`` API
queues posted events persistently while the agent is disconnected and sends them in FIFO order on reconnection: that
queue is for events posted to the agent's API, not for the backend-scheduled checks used here) and issue 4123 (a stale
keepalive can be sent on reconnection); the sensu/sensu-sumologic-handler README (a pipe handler posting events
and metrics to a Sumo Logic HTTP Logs and Metrics Source, ``--source-host`` defaulting to ``{{ .Entity.Name }}``) and
the Sensu docs' Sumo Logic integration page; Sumo Logic's ``rate`` operator page (consecutive points' difference over
their time difference; ``counter`` mode "accounts for counter resets and always returns non-negative rate values")
and its ``quantize`` page and "Metrics Quantization" page (buckets of the interval; rollup ``avg`` by default, also
``min``, ``max``, ``sum``, ``count``, ``rate``; ``quantize`` after another step works on that step's output).

Assumed without checking: interval scheduling with splay (not cron): each node's check runs every ``I`` s (10, 15, 30 or
60) at a fixed offset drawn in ``[0, 0.9 I)`` plus 0-0.4 s; its command cats a Prometheus text file the learner rewrites
every ``W`` s (1, 5 or 10) and the point is stamped with the execution time; TTL events carry no metrics, so they change
nothing here; while an agent's websocket is down it gets no check requests, so it runs no check and queues nothing (no
points): per node every 8-30 h for 30-360 s (keepalive and reconnect), all nodes at once every 20-60 h for 40-200 s (a
backend restart); the pipe handler does not retry: 0.1-0.5 % of the points are lost (HTTP errors); a point reaches Sumo
Logic 0.2-1.5 s (the handler) plus a log-normal lag (median 15-60 s, sd 0.6) after its run, 0.2-1 % of them 2-15 min
later (a backlog); the query runs on raw points (no rollup table for the range it reads); ``rate counter`` pairs a point
with the last earlier point of its series already ingested, and a decrease counts as an increase from 0; a series is one
source host: a learner restarted on a new host starts a new series (no rate for its first point); the learner's counter
counts from 0 in each process (a restart resets it); the dashboard sums over the series the ``avg`` of each series' rate
points in the minute, a minute with no point anywhere reads 0; a recorder reads minute ``j`` 2-5 min after its end and
never again. The job (no AlphaZero paper, KataGo or Reverb page read; my own picture): 1, 2 or 4 learner nodes (data
parallel, equal shares of each batch); 500-1500 actors at 0.8-2 moves/s each; games of 60-150 moves on average; the
replay buffer's rate limiter counts whole games (the learner samples games, then a position from each), so the learner
may sample ``SPI`` positions per inserted game, within an error buffer ``E`` (10-60 s of its rate); its level ``SPI *
games/s`` is drawn log-uniform in 1500-12000 positions/s and its own capacity ``g`` is 1.6-2.4 times that.

What is modelled
----------------
Per second: games ending ``lam = A m drift pool / L`` (``drift`` an OU of the log, sd 1-3 %, 1-3 h; ``pool`` spot
reclaims of 3-8 % of the actors for 10-40 min every 4-12 h on average, healthy and unlisted), the games that end
``lam + sqrt(lam) z`` (at least 0), the positions trained ``min(g, SPI * games)``, 0 in a pause. After a pause (not
a short-setting promotion's wait) the learner has credit ``min(2E, level * pause)`` (the drawn level) and runs at ``g``
(2 % noise) for ``credit / (g - level)`` s (the actors were blocked once the learner fell ``E`` behind).
Pauses (the learner trains nothing): a checkpoint and validation every 35-80 min (times 0.9-1.1) of training, 1-4
min, every 3rd one 2-6 min more (the optimizer state and a candidate for the evaluator); learner restarts (Poisson,
mean 15-40 h, none in the first 30 min): 60 % on the same host (short 3-8, long 20-50 min), 40 % on a new host,
whose replay buffer must refill to its minimum size (short 5-12, long 30-60 min more); "short": candidates are
evaluated on other nodes and promoted at random (Poisson, mean 18-35 h, at least 1 h apart); "long": the gating
matches run on the learner's GPUs every 2-5 h for 35-100 min and 20 % of them promote the candidate at their end.
A promotion: the actors reload the weights (30-120 s) and restart their games, so no game ends for 0.8-1.2 times a
game's length and the learner waits; the new network's games are ``exp(0.1-0.35)`` times longer (2 in 3) or shorter,
kept in 40-300 moves; it is listed as a change ("promotion") at the first live point after its span where the
learner's level moves by 10 % or more. A pause lasts its drawn length times ``exp(N(0, 0.15))``, at most 20 min
(short) / 110 min (long); one due within 10 min of the last one's end waits until then. Each node's count is
``floor(x / K + u)`` per second (``u`` fixed per second). A minute is paused where it meets a pause or holds a used
rate point whose interval (from the file write before its predecessor) meets one; spans one live point or less apart
are merged.

Labelled regressions scale ``x`` per second from their onset by ``1 / (1 + a w(s))``: ``drop`` (a rack of actor hosts
reclaimed, or the actors' inference falling back to a slower path: ``w = min(1, (s + 1) / tau)``, ``tau`` 5-120 s,
the games in flight finishing), ``straggler`` (an actor-side inference server throttling in bursts: bursts of median
40-240 s at 1, calm of median 60-400 s at 0.1-0.3, log-normal sd 0.6), ``leak`` (search trees not freed in the actor
processes: ``w = (s / ramp) ** p``, ``p`` 0.7-2.5, a ramp of 200-1200 points and at most 45 % of its slot, then held).
Onsets: 35 % from the last 40 % of a pause to 3 min after it (a restart, promotion or gating match three times as
likely as a checkpoint), else anywhere; ``a`` by bisection (0-8) on the trained positions over the live seconds to a
loss of 8-30 % (drop), 10-30 % (straggler), 12-32 % (leak; on its plateau); an event holds no listed change; kept where
the measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout63_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     11         9     0.079-0.290  16              1-21 (1323 spans, 0 >60)     3
long      30      10    11         9     0.079-0.296  23              1-112 (1262 spans, 192 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 47 (promotions that moved the game length), long 54 (promotions that moved the game
length). Per setting's 12 runs (short / long): 1236 and 966 checkpoints; 49 and 55
promotions (long: after 250 gating matches); 38 and 49 learner restarts, 20 and 23 of them on a new host; 423135 and
405795 points sent (checks run and not lost), 2955 and 2603 of them ingested after their minute was read; 37 and 33
backend restarts. Paused share of the points: 7.0-13.8 % (mean 9.9 %) short, 31.6-43.5 % (mean 36.0 %) long. The
healthy series' median absolute step of log over steady live points (10 after a span and a change left out, zeros left
out): 2.7-5.6 % (short), 2.7-4.6 % (long), mostly the games' ending noise; median live level 1650-11104 (short),
984-15773 (long) positions/s; live points below 0.85 of the median of their 31 live neighbours: 776 of 64895 (short)
and 860 of 46053 (long); live points read as 0 (a minute with no point: a lone node at ``I`` 60 s whose point was late,
lost or not run while its agent was away): 184 and 226. The catch-up bursts: the largest of the 3 points after a span
(not at the end) over the run's median live level is 1.59 (median; 90th percentile 2.53, max 3.36; over 1.3 after 67 %
of the spans) short, 1.62 (2.32, 2.88; 67 %) long. Generating both settings takes about 2 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30 (as the brief said); ``anomaly/heldout62.py`` lines 1-109 and its
``make_heldout62`` / ``heldout62_set`` (lines 456-466, found with ``grep -n``); ``tests/test_anomaly_heldout62.py``
(all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; the
first 3 lines of every ``anomaly/heldout*.py`` (``head -3``; I printed only the last 60 lines of that listing and
grepped the whole for "sensu", "sumo", "self-play" and "alphazero": no hit); ``tests/test_architecture.py`` lines
1-110. Also seen (a slip): the line ``git worktree add`` printed, main's head commit id and its subject, which
summarises generator 62's description and rules (not sought; it changed nothing here).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT63_SEEDS = tuple(range(632000, 632012))
CODE = 63
T0 = 1_790_000_040  # a whole minute (unix s)
P_KIND = (0.36, 0.32, 0.32)  # drop, straggler, leak
CAP = {"short": 20 * 60.0, "long": 110 * 60.0}  # the longest learner pause (s)


@dataclass
class Run:
    """One healthy run: the learner's positions/s per second ``x``, its pauses and the collection's draws."""

    n: int
    setting: str
    x: np.ndarray
    pauses_t: list = field(default_factory=list)  # (start, end, kind) in seconds
    known_t: list = field(default_factory=list)  # promotions listed as changes (their pause's end, s)
    restarts: list = field(default_factory=list)  # (start, end, new_host)
    stats: dict = field(default_factory=dict)
    col: dict = field(default_factory=dict)
    dt: float = 60.0


def _pause_len(rng, lo: float, hi: float, cap: float) -> float:
    return float(min(cap, rng.uniform(lo, hi) * np.exp(rng.normal(0, 0.15))))


def _schedule(rng, n: int, setting: str) -> Run:
    """The learner's pauses, the game length's steps at promotions and the per-second healthy rate."""
    T = n * 60 + 600
    cap = CAP[setting]
    long = setting == "long"
    A, m = rng.uniform(500, 1500), rng.uniform(0.8, 2.0)  # actors, moves/s each
    L = rng.uniform(60, 150)  # mean game length (moves)
    x0 = np.exp(rng.uniform(np.log(1500), np.log(12000)))  # the ratio-bound level (positions/s)
    spi = x0 * L / (A * m)  # samples (positions) per inserted game
    g = x0 * rng.uniform(1.6, 2.4)  # the learner's own capacity
    E = x0 * rng.uniform(10, 60)  # the rate limiter's error buffer (positions)
    ck_every = rng.uniform(35, 80) * 60
    promo_mean = rng.uniform(18, 35) * 3600
    gate_lo, gate_hi = 2 * 3600, 5 * 3600
    re_mean = rng.uniform(15, 40) * 3600
    re_t = list(np.cumsum(rng.exponential(re_mean, 12)) + 1800)
    pauses, known, restarts = [], [], []
    Ls = [(0.0, L)]  # (from, game length)
    credit = []  # (pause end, credit in positions)
    stats = dict(checkpoints=0, promotions=0, evaluations=0, restarts=0, new_hosts=0)
    t, n_ck = rng.uniform(0, ck_every), 0
    next_ck = t
    next_promo = rng.exponential(promo_mean) + 3600
    next_gate = rng.uniform(gate_lo, gate_hi)
    last_end = -1e9
    while True:
        cands = [next_ck, re_t[0] if re_t else np.inf, next_gate if long else next_promo]
        which = int(np.argmin(cands))
        a = max(cands[which], last_end + 600)
        if a >= T:
            break
        promote, kind = False, "ckpt"
        if which == 0:
            n_ck += 1
            stats["checkpoints"] += 1
            dur = rng.uniform(60, 240) + (rng.uniform(120, 360) if n_ck % 3 == 0 else 0)
            next_ck = a + dur + ck_every * rng.uniform(0.9, 1.1)
        elif which == 1:
            re_t.pop(0)
            new_host = rng.random() < 0.4
            kind = "restart"
            dur = rng.uniform(180, 480) if not long else rng.uniform(1200, 3000)
            if new_host:  # the buffer lived on the lost host: refill to its minimum size
                dur += rng.uniform(300, 720) if not long else rng.uniform(1800, 3600)
            stats["restarts"] += 1
            stats["new_hosts"] += int(new_host)
        elif long:
            kind = "gate"
            stats["evaluations"] += 1
            dur = rng.uniform(35, 100) * 60
            promote = rng.random() < 0.2
            next_gate = a + dur + rng.uniform(gate_lo, gate_hi)
        else:
            kind, promote = "promotion", True
            dur = 0.0
            next_promo = a + rng.exponential(promo_mean) + 3600
        if promote:  # actors reload and restart their games: no game ends for one game's length
            L_new = float(np.clip(L * np.exp(rng.choice([1, 1, -1]) * rng.uniform(0.1, 0.35)), 40, 300))
            dur += rng.uniform(30, 120) + (L / m) * rng.uniform(0.8, 1.2)
            stats["promotions"] += 1
        dur = _pause_len(rng, dur, dur, cap) if dur > 0 else 60.0
        b = a + dur
        if b >= T:
            break
        pauses.append((a, b, kind))
        if kind == "restart":
            restarts.append((a, b, new_host))
        if promote:
            Ls.append((b, L_new))
            if abs(np.log(min(g, spi * A * m / L_new)) - np.log(min(g, spi * A * m / L))) >= 0.1:
                known.append(b)  # listed where the learner's level moves by 10 % or more
            L = L_new
        credit.append((b, 0.0 if kind == "promotion" else None))
        last_end = b
    # per-second rate
    secs = np.arange(T, dtype=float)
    Lt = np.full(T, Ls[0][1])
    for s, Lv in Ls[1:]:
        Lt[int(np.ceil(s)):] = Lv
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(3600, 3 * 3600))
    drift = np.exp(np.interp(secs, 60.0 * np.arange(len(ou)), ou))
    pool = np.ones(T)  # spot reclaims of a share of the actor pool, replaced later (healthy, unlisted)
    s = rng.exponential(rng.uniform(4, 12) * 3600)
    while s < T:
        d = rng.uniform(600, 2400)
        pool[int(s):int(s + d)] *= 1 - rng.uniform(0.03, 0.08)
        s += d + rng.exponential(rng.uniform(4, 12) * 3600)
    lam = A * m * drift * pool / Lt  # games/s
    games = np.maximum(lam + np.sqrt(lam) * rng.standard_normal(T), 0)
    x = np.minimum(g, spi * games)
    train = np.ones(T, bool)
    for a, b, kind in pauses:
        train[int(np.ceil(a)):int(np.ceil(b))] = False
    for (a, b, kind), (_, cr) in zip(pauses, credit):  # the catch-up burst after a pause
        P = b - a
        cr = min(2 * E, x0 * P) if cr is None else cr
        i = int(np.ceil(b))
        k = int(cr / max(g - x0, 1.0))
        if k > 0 and i < T:
            x[i:i + k] = np.maximum(x[i:i + k], g * (1 + 0.02 * rng.standard_normal(len(x[i:i + k]))))
    x[~train] = 0.0
    stats.update(level=x0, g=g)
    run = Run(n, setting, x, pauses, known, restarts, stats)
    run.train = train
    run.col = _collection(rng, run, T)
    return run


def _collection(rng, run: Run, T: int) -> dict:
    """The Sensu checks' execution times per node and series, their arrival at Sumo Logic and the reads."""
    K = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    I = float(rng.choice([10, 15, 30, 60], p=[0.3, 0.2, 0.3, 0.2]))
    W = float(rng.choice([1, 5, 10]))
    p_fail = rng.uniform(0.001, 0.005)
    lag_med, p_back = rng.uniform(15, 60), rng.uniform(0.002, 0.01)
    R = rng.uniform(120, 300)
    outages = []  # backend restarts: every agent reconnects
    s = rng.exponential(rng.uniform(20, 60) * 3600)
    while s < T:
        outages.append((s, s + rng.uniform(40, 200)))
        s += rng.exponential(rng.uniform(20, 60) * 3600)
    host_t = [b for a, b, new in run.restarts if new]
    reset_t = np.array([a for a, b, new in run.restarts], float)
    pts = []
    for k in range(K):
        off = rng.uniform(0, 0.9 * I)  # splay
        t = off + I * np.arange(int((T - 120) / I)) + rng.uniform(0, 0.4, int((T - 120) / I))
        ok = rng.random(len(t)) >= p_fail
        gaps = list(outages)
        s = rng.exponential(rng.uniform(8, 30) * 3600)
        while s < T:
            gaps.append((s, s + rng.uniform(30, 360)))  # this agent's websocket lost: no check requests
            s += rng.exponential(rng.uniform(8, 30) * 3600)
        for a, b in gaps:
            ok &= ~((t >= a) & (t < b))
        lag = rng.uniform(0.2, 1.5, len(t)) + lag_med * np.exp(rng.normal(0, 0.6, len(t)))
        lag += np.where(rng.random(len(t)) < p_back, rng.uniform(120, 900, len(t)), 0.0)
        t, lag = t[ok], lag[ok]
        series = k * 100 + np.searchsorted(host_t, t)
        pts.append((t, t + lag, series))
    t = np.concatenate([p[0] for p in pts])
    arr = np.concatenate([p[1] for p in pts])
    ser = np.concatenate([p[2] for p in pts])
    o = np.lexsort((t, ser))
    t, arr, ser = t[o], arr[o], ser[o]
    b = (t // 60).astype(int)
    seen = arr <= 60.0 * (b + 1) + R
    read = 60.0 * (b + 1) + R
    pred = np.full(len(t), -1)
    idx = np.arange(len(t))
    for d in range(4, 0, -1):  # the last earlier point of the series already ingested when the minute is read
        q = idx - d
        okq = (q >= 0) & (ser[np.maximum(q, 0)] == ser) & (arr[np.maximum(q, 0)] <= read)
        pred = np.where(okq, q, pred)
    use = seen & (pred >= 0) & (b < run.n)
    tw = np.floor(t / W) * W  # the file's last write
    last_reset = reset_t[np.maximum(np.searchsorted(reset_t, tw, side="right") - 1, 0)] if len(reset_t) else None
    if last_reset is not None:
        last_reset = np.where(np.searchsorted(reset_t, tw, side="right") > 0, last_reset, -1.0)
    else:
        last_reset = np.full(len(t), -1.0)
    return dict(K=K, I=I, W=W, R=R, u=rng.random(T), t=t, tw=tw, b=b, pred=pred, use=use, ser=ser,
                last_reset=last_reset,
                stats=dict(points=len(t), late=int((~seen).sum()), outages=len(outages)))


def _series(run: Run, mods) -> np.ndarray:
    """The dashboard's per-minute sum over the series of the Sumo ``rate counter`` points' 1 min ``avg`` rollup."""
    x = run.x.copy()
    for s0, s1, f in mods:
        x[s0:s1] *= f
    c = run.col
    K = c["K"]
    x = K * np.floor(x / K + c["u"])  # whole positions per node and second
    cum = np.concatenate([[0.0], np.cumsum(x)])
    at = lambda s: cum[np.clip(s.astype(int), 0, len(x))]  # noqa: E731
    cnt = ((at(c["tw"]) - np.where(c["last_reset"] >= 0, at(np.ceil(c["last_reset"])), 0.0)) / K)
    p, q = np.nonzero(c["use"])[0], c["pred"][c["use"]]
    dv = cnt[p] - cnt[q]
    dv = np.where(dv < 0, cnt[p], dv)  # a counter reset: the increase from 0
    r = dv / (c["t"][p] - c["t"][q])
    key = c["b"][p] * 1000 + np.unique(c["ser"], return_inverse=True)[1][p]
    uk, inv = np.unique(key, return_inverse=True)
    mean = np.bincount(inv, weights=r) / np.bincount(inv)
    return np.bincount(uk // 1000, weights=mean, minlength=run.n)[:run.n]


def _spans(run: Run) -> list[tuple[int, int]]:
    """The minutes holding a rate point whose interval (from the file's write before its predecessor) meets a pause."""
    c = run.col
    cp = np.concatenate([[0], np.cumsum(~run.train)])
    p, q = np.nonzero(c["use"])[0], c["pred"][c["use"]]
    lo = np.clip(c["tw"][q].astype(int) - int(c["W"]) - 1, 0, len(run.x))
    hi = np.clip(np.ceil(c["t"][p]).astype(int) + 1, 0, len(run.x))
    bad = np.zeros(run.n, bool)
    bad[c["b"][p][cp[hi] - cp[lo] > 0]] = True
    for a, b, _ in run.pauses_t:  # and the minutes that meet a pause themselves
        bad[int(a // 60):min(run.n, int(np.ceil(b / 60)))] = True
    spans = []
    j = 0
    while j < run.n:
        if bad[j]:
            e = j
            while e < run.n and bad[e]:
                e += 1
            if spans and j - spans[-1][1] <= 1:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((j, e))
            j = e
        else:
            j += 1
    return spans


def _build(seed: int, n: int, setting: str):
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1]), n, setting)
    healthy = _series(run, [])
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight over its ``length`` seconds (``ramp`` s for a leak)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # games already in flight finish at the old pace
        return np.minimum(1.0, (s + 1) / rng.uniform(5, 120))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.5)
    w = np.empty(length)
    i, on, low = 0, True, rng.uniform(0.1, 0.3)
    on_med, off_med = rng.uniform(40, 240), rng.uniform(60, 400)
    while i < length:
        d = int(max(5, (on_med if on else off_med) * np.exp(rng.normal(0, 0.6))))
        w[i:i + d] = 1.0 if on else low
        i, on = i + d, not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool = False, want=None):
    n = run.n
    for kind in hc.kind_draws(rng, P_KIND, want):
        ramp = int(rng.uniform(200, min(1200, 0.45 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [(a, b, k) for a, b, k in run.pauses_t if lo * 60 <= a and b < last * 60]
            if not cand:
                continue
            wt = np.array([3.0 if k in ("restart", "promotion", "gate") else 1.0 for a, b, k in cand])
            a, b, _ = cand[int(rng.choice(len(cand), p=wt / wt.sum()))]
            t0 = rng.uniform(a + 0.6 * (b - a), b + 180)
        else:
            t0 = rng.uniform(lo * 60, last * 60)
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        s0 = int(t0)
        s1 = len(run.x) if to_end else stop * 60
        w = _weight(rng, kind, s1 - s0, ramp * 60)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        c0 = s0 + (ramp * 60 if kind == "leak" else 0)
        xs, ws = run.x[c0:s1], w[c0 - s0:]
        on = run.train[c0:s1]
        if on.sum() < 600 or xs[on].sum() <= 0:
            continue
        lo_a, hi_a = 0.0, 8.0
        for _ in range(16):
            mid = 0.5 * (lo_a + hi_a)
            loss = 1 - (xs[on] / (1 + mid * ws[on])).sum() / xs[on].sum()
            lo_a, hi_a = (mid, hi_a) if loss < target else (lo_a, mid)
        mod = (s0, s1, 1 / (1 + 0.5 * (lo_a + hi_a) * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((s0 + ramp * 60) // 60), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout63(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout63_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT63_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout63, seeds, n, pauses)
