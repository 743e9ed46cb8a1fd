"""The sixty-fifth held-out throughput family: a code-completion language model's supervised fine-tuning tokens/s with
sequence packing, each rank's tokens kept by its Elastic APM Python agent in a custom metric set, reported to an APM
Server, written to Elasticsearch data streams and summed per minute by a Grafana panel (Elasticsearch data source).

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): the Elastic APM Python agent's "Metrics" page (metric sets
such as ``elasticapm.metrics.sets.cpu.CPUMetricSet``, "sent regularly to the APM Server and from there to
Elasticsearch"; a custom-metrics section is listed); the ``elastic/apm`` agent spec ``specs/agents/metrics-health.md``
(a ``COUNTER`` "is periodically reported by sending the difference of the counter-value now vs its value at the time
of the previous report", and zero increases are not sent); an excerpt of the agent's ``MetricsRegistry`` (a collect
timer on ``collect_interval`` that queues each metric set's samples through ``queue_func``) and of its ``MetricsSet``
(``counter(name, reset_on_collect=False, **labels)``: a counter is cumulative unless asked to reset when collected);
the agent's 1.x / 2.x configuration pages (the default ``AsyncTransport`` sends from a background thread);
Elastic's blog "Where are my documents? Refreshing news" (a document is searchable only after a refresh, every
``index.refresh_interval``, default 1 s), a GitLab issue quoting Elasticsearch's docs (a shard with no search traffic
for ``index.search.idle.after`` gets no background refresh until searched; a search then waits for the next refresh,
within 1 s) and a Netdata guide (the same lazy refresh; 5 s on Serverless).

Chosen: each rank registers a metric set holding one ``Counter`` made with ``reset_on_collect=True`` (not the
default), so each metric document carries the tokens since the rank's previous report (a delta, so the panel's "Sum"
is right and a restart needs no derivative). Assumed without checking: zero deltas add nothing (kept, as their sum is
unchanged); the agent's ``metrics_interval`` is 30 s (half the runs), 10 s or 60 s; the collected documents wait in the
agent's transport buffer until its next send (``api_request_time`` 10 s, a uniform wait) and a killed process loses
both the counts since its last collection and the documents not yet sent; the document's ``@timestamp`` is the rank's
clock at collection (skew N(0, 0.05 s), 10 % of the nodes 0.5-2 s off); the APM Server publishes to Elasticsearch
within 0.2-1.5 s; back-pressure episodes (Poisson, mean 20-60 h; 1-6 min each, from bulk-indexing pressure) hold
documents in the server's queue until the episode ends plus up to 60 s (none dropped); an index refresh adds up to 1 s.
A restarted rank comes back with a new ``service.node.name`` (a new container id): the panel sums the ``tokens``
field over all documents, so the new name does not break the sum (a derivative of a cumulative counter would, per
node). The panel: a date histogram of ``@timestamp`` with a 1 min interval, metric "Sum" of the delta field, divided
by 60; refreshed every ``F`` s (10, 30 or 60); a recorder keeps minute ``j``'s value from the first refresh at least
``hold`` s (60-150) after the minute's end and never again; a minute with no document reads 0.
The job (no code-model paper read; my own picture): ``R`` ranks of 16-32 simulated agents, each with a fixed share
(sd 4 %) and a slow OU of its own packing (sd 1 %, 20-60 min); a level of 0.4-3.5 M tokens/s; packing efficiency
follows the repository-level samples' length mix: an OU of its log (sd 1.5-3.5 %, 5-30 min) and a shared per-second
noise (sd 2-5 %); a curriculum moves to a longer repository context 1-3 times (each move times 0.70-0.86 on the
tokens/s: attention's share grows), applied at the end of the first evaluation pause after a drawn time in 12-88 % of
the run, and listed as a change ("context") at that span's end.

What is modelled
----------------
Per second, whole tokens per rank ``floor(level * pack * ctx * share / slow)``, 0 in a pause, the first 3 min after a
(re)start warming up from 35 %. Pauses: an evaluation (generated code run against unit tests on a CPU sandbox pool, the
GPUs idle) every 45-100 min of training (times 0.9-1.1), every 2nd-4th one also a checkpoint; "short": 2-5.5 min, a
checkpoint 1-3.5 min more; "long" (a larger test suite on a busy sandbox pool, the sharded state to remote storage):
18-40 min, a checkpoint 6-20 min more; failures (Poisson, mean 14-40 h of wall time, none within 30 min of a resume):
"short" 5-13 min, "long" 30-80 min; each length times ``exp(N(0, 0.2))``, capped at 14 / 95 min. A minute is paused
from the one a pause starts in to the one holding its end plus one metrics interval plus 12 s; spans that touch merge.

Labelled regressions divide the per-second tokens from their onset by ``1 + a w(s)``: ``drop`` (an NCCL ring falling
back to a slower transport: ``w = min(1, (s + 1) / tau)``, ``tau`` 5-90 s), ``straggler`` (one GPU throttling in
bursts: bursts of mean 40-240 s at 1, calm of mean 60-300 s at 0.15-0.35), ``leak`` (the packer's worker heap
fragmenting, steps waiting longer on data: ``w = (s / ramp) ** p``, ``p`` 0.8-2.2, ramp of 250-1500 points, then held).
Onsets: 35 % from the last 40 % of a pause to 2 min after it, else anywhere in the slot; ``a`` by bisection (0-6) on
the per-second tokens over the event's training seconds to a loss of 9-30 % (drop), 10-30 % (straggler), 12-32 %
(leak); an event holds no listed change; the event's points are the minutes whose value changed; kept where the
measured depth is 7-35 % and shows (80 draws a slot).

Counts over ``heldout65_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.091-0.282  15              3-22 (956, 0 >60)            3
long      32      12    9          11    0.098-0.316  25              16-147 (663, 32 >60)         3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 19 (context-length moves), long 27 (context-length moves). Per setting's 12 runs (short /
long): 941 and 654 evaluations; 376 and 232 checkpoints; 36 and 34 restarts; 4460776 and 4778644 metric documents
(the runs draw 16-32 ranks and a 10, 30 or 60 s interval), 14218 and 15940 of them not read (late for their
minute's read: back-pressure, 33 and 31 episodes, or a document collected just before its minute's read), 148 and
193 lost with a killed process (collected, not yet sent). Paused share of the points: 7.7-10.6 % (mean 8.7 %) short,
32.8-40.5 % (mean 35.0 %) long. The healthy series' median absolute step of log over steady live points (10 after a
span and 2 before / 10 after a change left out, zeros left out): 0.37-0.90 % (short), 0.41-1.11 % (long); median
live level 251343-3326577 (short), 427941-2742192 (long) tokens/s; live points read as 0 (a back-pressure episode
over a whole minute's read): 22 and 21. Generating both settings takes about 11 s (on shared cores).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout64.py`` lines 1-102 and lines 384-394 (``make_heldout64`` /
``heldout64_set``, found with ``grep -n``); ``tests/test_anomaly_heldout64.py`` (all); ``anomaly/heldout_common.py``
(all; the middle of my print, about 34 lines, was cut by the tool and not read); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py`` (``head -3`` into a scratch
file, of which I printed only the lines matching "elastic", "apm", "code completion", "sandbox", "unit test":
generator 12 (Telegraf), a Metricbeat-to-Elasticsearch path and generator 9 (torchelastic); no Elastic APM agent);
``tests/test_architecture.py`` lines 1-110. A slip: ``git worktree add`` printed main's head commit id and subject
(about the data-quality ceiling study; not sought, it changed nothing here).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT65_SEEDS = tuple(range(652000, 652012))
CODE = 65
T0 = 1_790_000_040  # a whole minute (unix s)
P_KIND = (1 / 3, 1 / 3, 1 / 3)
EVAL = {"short": (2.0, 5.5), "long": (18.0, 40.0)}  # minutes
CKPT = {"short": (1.0, 3.5), "long": (6.0, 20.0)}
FAIL = {"short": (5.0, 13.0), "long": (30.0, 80.0)}
CAP = {"short": 14.0, "long": 95.0}


def _len(rng, table, setting):
    lo, hi = table[setting]
    return min(CAP[setting], rng.uniform(lo, hi) * np.exp(rng.normal(0, 0.2))) * 60.0


def _schedule(rng, n: int, setting: str):
    """The job's pauses, restarts, context moves and per-second base rate (tokens/s, 0 in a pause)."""
    T = n * 60 + 900
    run = SimpleNamespace(n=n, dt=60.0, T=T, pauses_t=[], restarts=[], known_t=[], known_kind=[])
    level = rng.uniform(0.4e6, 3.5e6)
    moves = np.sort(rng.uniform(0.12, 0.88, int(rng.integers(1, 4))) * T)
    move_f = rng.uniform(0.70, 0.86, len(moves))
    ck_every = int(rng.integers(2, 5))
    fail_mean = rng.uniform(14, 40) * 3600
    ctx = np.ones(T)
    alive = np.ones(T, bool)
    warm = np.ones(T)
    t, trained, n_eval, mi, ckpts = 0.0, 0.0, 0, 0, 0
    next_eval = rng.uniform(45, 100) * 60 * rng.uniform(0.9, 1.1)
    next_fail = rng.exponential(fail_mean) + 1800
    while t < T:
        to_eval = next_eval - trained
        if next_fail < t + to_eval:  # a failure first
            a = max(next_fail, t + 60)
            trained += a - t
            dur = _len(rng, FAIL, setting)
            run.pauses_t.append((a, a + dur, "restart"))
            run.restarts.append((a, a + dur, True))
            t = a + dur
            next_fail = t + 1800 + rng.exponential(fail_mean)
            continue
        a = t + to_eval
        trained = next_eval
        n_eval += 1
        dur = _len(rng, EVAL, setting)
        kind = "eval"
        if n_eval % ck_every == 0:
            dur += _len(rng, CKPT, setting)
            kind = "ckpt"
            ckpts += 1
        run.pauses_t.append((a, a + dur, kind))
        t = a + dur
        if mi < len(moves) and moves[mi] <= a:
            ctx[int(t):] *= move_f[mi]
            run.known_t.append(t)
            run.known_kind.append("context")
            mi += 1
        next_eval = trained + rng.uniform(45, 100) * 60 * rng.uniform(0.9, 1.1)
    for a, b, kind in run.pauses_t:
        alive[int(np.ceil(a)):min(T, int(b))] = False
        if kind == "restart" and int(b) < T:
            k = np.arange(min(180, T - int(b)))
            warm[int(b):int(b) + len(k)] = 0.35 + 0.65 * k / 180.0
    pack = np.exp(np.repeat(hc.ou_path(rng, T, rng.uniform(0.015, 0.035), rng.uniform(300, 1800), 30.0), 30)[:T])
    noise = 1 + rng.normal(0, rng.uniform(0.02, 0.05), T)
    run.base = np.where(alive, level * pack * ctx * warm * np.clip(noise, 0.5, 1.5), 0.0)
    run.alive = alive
    run.stats = {"checkpoints": ckpts, "restarts": len(run.restarts), "evals": n_eval}
    return run


def _collection(rng, run, setting: str):
    """Each rank's report documents: covered seconds, minute bucket by its timestamp and whether it is read."""
    T, n = run.T, run.n
    R = int(rng.integers(16, 33))
    interval = float(rng.choice([30, 30, 10, 60]))
    F = float(rng.choice([10, 30, 60]))
    hold = rng.uniform(60, 150)
    share = np.exp(rng.normal(0, 0.04, R))
    share /= share.sum()
    # exp of the minute grid, then repeated: the same values as exp of the repeated path, 60 times fewer exps
    rank_ou = [np.repeat(np.exp(hc.ou_path(rng, T, 0.01, rng.uniform(1200, 3600))), 60)[:T] for _ in range(R)]
    bp_mean = rng.uniform(20, 60) * 3600
    bp, t = [], rng.exponential(bp_mean)
    while t < T:
        bp.append((t, t + rng.uniform(60, 360)))
        t = bp[-1][1] + rng.exponential(bp_mean)
    lives, s = [], 0.0
    for a, b, kind in run.pauses_t:
        if kind == "restart":
            lives.append((s, a))
            s = b
    lives.append((s, T))
    docs = []
    lost = 0
    for r in range(R):
        skew = rng.normal(0, 0.05) + (rng.uniform(0.5, 2.0) * rng.choice([-1, 1]) if rng.random() < 0.1 else 0.0)
        for a, b in lives:
            rep = np.arange(a + rng.uniform(0, interval), b, interval)
            if len(rep) == 0:
                continue
            rs = np.ceil(rep).astype(np.int64)
            starts = np.concatenate([[int(np.ceil(a))], rs[:-1]])
            sent = rep + rng.uniform(0, 10, len(rep))
            ok = sent < b if b < T else np.ones(len(rep), bool)
            lost += int((~ok).sum())
            vis = sent + rng.uniform(0.2, 1.5, len(rep)) + rng.uniform(0, 1, len(rep))
            for p0, p1 in bp:
                held = (vis >= p0) & (vis < p1)
                vis[held] = p1 + rng.uniform(0, 60, held.sum())
            bucket = np.floor((rep + skew) / 60).astype(np.int64)
            read = np.ceil(((bucket + 1) * 60 + hold) / F) * F
            keep = ok & (vis <= read) & (bucket >= 0) & (bucket < n)
            docs.append((np.full(len(rep), r), starts, rs, bucket, keep))
    run.col = SimpleNamespace(R=R, interval=interval, F=F, hold=hold, share=share, rank_ou=rank_ou,
                              docs=[np.concatenate(x) for x in zip(*docs)], lost=lost, backpressure=len(bp))
    run.stats["docs"] = int(len(run.col.docs[0]))
    run.stats["unread"] = int((~run.col.docs[4]).sum())
    run.stats["lost"] = lost


def _rank_tokens(run, slow, r):
    c = run.col
    return np.floor(run.base * slow * c.share[r] * c.rank_ou[r]).astype(np.int64)


def _tokens(run, slow):
    """Per minute, the tokens of the documents read into it (whole numbers, as floats) with the slowdown ``slow``."""
    c = run.col
    rk, st, en, bucket, keep = c.docs
    # each document's count, then one bincount: whole numbers below 2**53, so the sums are exact in any order (the
    # same as np.add.at's, faster)
    cnt = np.zeros(len(rk), np.int64)
    en, st = np.minimum(en, run.T), np.minimum(st, run.T)
    for r in range(c.R):
        cs = np.concatenate([[0], np.cumsum(_rank_tokens(run, slow, r))])
        m = (rk == r) & keep
        cnt[m] = cs[en[m]] - cs[st[m]]
    return np.bincount(bucket[keep], cnt[keep], minlength=run.n)


def _series(run, mods):
    """The panel's minute values (tokens/s) with the slowdowns ``mods`` (``(t0, per-second slow)`` pairs)."""
    if not mods:
        return run.tokens / 60.0
    # for speed, only the seconds ``[lo, hi)`` the slowdowns cover are recomputed: each rank's tokens there, and
    # the change they make to the count of each document that overlaps them added to the healthy run's minutes
    # (whole numbers: the sums are exact, as over the whole run)
    lo = min(t0 for t0, _ in mods)
    hi = min(run.T, max(t0 + len(seg) for t0, seg in mods))
    slow = np.ones(hi - lo)
    for t0, seg in mods:
        slow[t0 - lo:t0 - lo + len(seg)] /= seg
    c = run.col
    rk, st, en, bucket, keep = c.docs
    en = np.minimum(en, run.T)
    near = keep & (st < hi) & (en > lo)
    rk, st, en, bucket = rk[near], st[near], en[near], bucket[near]
    en, st = np.clip(en - lo, 0, hi - lo), np.clip(st - lo, 0, hi - lo)
    base = run.base[lo:hi]
    based = base * slow  # the first product of the slowed tokens, the same for every rank
    cnt = np.zeros(len(rk), np.int64)
    for r in range(c.R):
        ou = c.rank_ou[r][lo:hi]
        x = base * c.share[r] * ou
        d = np.floor(based * c.share[r] * ou).astype(np.int64)
        D = np.concatenate([[0], np.cumsum(d - np.floor(x).astype(np.int64))])
        m = rk == r
        cnt[m] = D[en[m]] - D[st[m]]
    # whole numbers below 2**53: one bincount sums them exactly, as np.add.at did one by one
    return (run.tokens + np.bincount(bucket, cnt, minlength=run.n)) / 60.0


def _spans(run):
    spans = []
    for a, b, _ in sorted(run.pauses_t):
        s, e = int(a // 60), min(run.n, int(np.ceil((b + run.col.interval + 12) / 60)))
        if s >= run.n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    run = _schedule(rng, n, setting)
    _collection(rng, run, setting)
    run.tokens = _tokens(run, np.ones(run.T))  # the healthy run's, kept for _series
    healthy = _series(run, [])
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(np.ceil(t / 60)) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(5, 90))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.8, 2.2)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(40, 240), rng.uniform(60, 300))
    calm = rng.uniform(0.15, 0.35)
    phase = np.searchsorted(edges, s, side="right") - 1
    return np.where(phase % 2 == 0, 1.0, calm)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n
    for kind in hc.kind_draws(rng, P_KIND, want, tries=80, keep=50):
        ramp = int(rng.uniform(250, min(1500, max(260, 0.5 * (hi - lo))))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * 60 <= a and b < last * 60]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.6 * (b - a), b + 120)
        else:
            t0 = rng.uniform(lo * 60, last * 60)
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t0 = int(t0)
        t1 = run.T if to_end else stop * 60
        w = _weight(rng, kind, t1 - t0, ramp * 60)
        target = {"drop": rng.uniform(0.09, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        x = run.base[t0:t1]
        xs = x.sum()
        if xs <= 0:
            continue
        lo_a, hi_a = 0.0, 6.0
        if 1 - (x / (1 + hi_a * w)).sum() / xs < target:
            continue
        for _ in range(16):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if 1 - (x / (1 + mid * w)).sum() / xs < target else (lo_a, mid)
        mod = (t0, 1 + 0.5 * (lo_a + hi_a) * w)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset - 2 <= c < end + 2 for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * 60) // 60), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout65(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout65_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT65_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout65, seeds, n, pauses)
