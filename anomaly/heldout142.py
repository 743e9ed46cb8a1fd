"""The hundred-and-forty-second held-out throughput family: an exoplanet transit classifier's training light curves/s
(a 1-D CNN over phase-folded Kepler light curves; each star's long-cadence FITS files read and detrended on CPU
workers, the global and local views built and augmented there, the rare confirmed planets oversampled; a validation
pass on held-out stars now and then), read through Jaeger: a span per training step tagged with its sample count,
head-sampled, sent over UDP to a local jaeger-agent, stored by the collector, and summed per minute from the query
service's HTTP API, each span scaled by the sampling probability it carries.

(No generator's head names Jaeger, OpenTracing, an exoplanet, a transit, Kepler, a light curve, FITS, a phase fold,
a planet, a query service or clock skew (``grep -ic`` on ``/tmp/s58/genheads142.txt``: 0 each); "opentelemetry"
matches 6 heads (counters through collectors, and one "OpenTelemetry traces, the Collector's ``spanmetrics``
connector and Prometheus ``rate()``": spans turned into a rate by a connector; here the monitor sums head-sampled
spans' tags itself, each scaled by its sampler's probability, from Jaeger's span storage), "span" 1 (that one),
"sampler" 2 (weighted data samplers, not trace samplers), "sampling" 8, "collector" 7, "agent" 14, "udp" 1 (rsyslog
over UDP), "1-d cnn" 1 (a whitened-strain classifier), "astro" 2 (a galaxy foundation model), "star" 1 (StarTree).
Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 469-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads142.txt`` through
``grep -ic`` and ``grep -io`` only (printing up to 50 characters before and 40 after the matches of opentelemetry,
sampler, udp, 1-d cnn, astro and star, 80 before and 200 after "OpenTelemetry traces", 60 around "span"; a ``cd``
into ``/tmp/s58`` listed nothing). Slips: a ``wc -l`` of ``anomaly/heldout141.py``
(478 lines) run with the ``grep -n``, and a ``wc -l`` of ``heldout_common.py`` and ``trace_checks.py`` (to page their
whole text, which the first print cut); none else.

Public sources read (excerpts through the search tool): Jaeger's "Sampling" page (head-based sampling decided at the
root; ``sampler.type`` const, probabilistic, rate limiting, remote; ``sampler.param``); the OpenTelemetry
``jaegerremote`` sampler's README (the remote sampler polls the agent's ``:5778/sampling`` or the collector's
``/api/sampling``, a refresh interval, an initial sampler until the first answer; adaptive sampling computes
per-service probabilities from the observed traffic for a target); a summary of Jaeger 1.27's adaptive sampling
(``--sampling.target-samples-per-second``, ``--sampling.initial-sampling-probability`` for new endpoints, the
calculation interval); the UDP agent exporters' docs (a 65,000-byte packet limit synced with jaeger-agent, batches
over it refused; compact Thrift on port 6831; OSX's 9,216 limit) and jaeger-client-node #124 (EMSGSIZE); Jaeger
issues #1772 and #943 (the collector drops spans when its queue, 2,000 spans by default, is full, under load or slow
storage), #3321 (the collector accepts spans with no back-pressure and drops them while the storage cannot write,
minutes at a time), the performance-tuning PR (the agent's queue counts batches, the collector's spans); Grafana's
"Where did all my spans go?" (drops in the client, the agent and the collector; recent traces not yet fully ingested
in the UI until a refresh); Jaeger's deployment page and issue #961 and discussion #3138 on clock-skew adjustment (the
query service only shifts a child span against its parent inside one trace: a step's root span keeps its node's
clock). Not read (from memory, unchecked): a client's reporter flushes every second; the agent forwards at once; an
Elasticsearch refresh of about a second; the initial sampler's 0.001; the remote sampler's 60-s polls (the first one
a minute after the tracer starts); that a storage write retried after a timeout can store a span twice, and that some
query versions' adjusters drop the exact duplicate and others do not; the HTTP API's ``/api/traces`` search by
service, operation and start time, its ``limit`` set high enough here (a truncated search is not modelled). Nothing
read on the job (AstroNet-style global and local views are from memory): its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per doubling), each fed by CPU workers that
read, detrend, fold and augment 150-4,000 light curves/s (log-uniform; a batch of 32-256 per step); the loaders'
cost per tick varies (an AR(1) of the log per 5-s tick, sd 3-8 %, correlation 10-60 s: stars with more quarters, the
oversampled planets' curves hitting the cache) and drifts (OU, sd 1-3 %, 20-120 min). A life on nodes new to the job
trains its first epoch (10-40 min of training) at 78-94 % (the FITS files not yet in the page cache). Relaunches: 0-3
at 15-85 % of the run, an hour apart, each a finer local view (at most twice: 1.3-1.8 times dearer), a larger CNN
(once: 1.8-2.6) or, 1 in 6, another GPU count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up
3-10 min ("long" 25-60) and a ramp from 50-80 % over 2-6 min; a validation pass every 30-90 min of training, 2-6 min
("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean
12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min
("long" 5-12) and queued 1-5, then a start-up and its ramp.

On the path (not checked): the job runs on 1-3 nodes (50/30/20 %) of a pool of 8, each rank's process tracing its
share of each tick's steps (a span per step, tagged with its batch; the steps of a tick stamped at one uniform time in
it). Half the runs use a probabilistic sampler (0.001-1, on a 1-2-5 grid, the one nearest 2-20 kept steps/s), half a
remote one: the collector's adaptive sampling sets each minute's probability from the service's step rate two minutes
before (target 2-20 spans/s, 1e-5 to 1), and every new process samples at 0.001 until its first poll (60 s into its
training; 1 in 4 first polls fail, 1-2 min more). The spans kept in a tick are binomial in its steps; each of its 5
one-second UDP flushes is lost with probability 0.05-0.5 % (30-100 % in the agent's queue-full episodes: 0.5-4 a day,
a mean of 5-60 s); the collector's queue drops 20-90 % of the spans in its busy episodes (1-6 a day, a mean of 30-300
s; they also delay the stored spans 5-60 s), and everything in a storage outage (0.1-1 a day, a mean of 2-20 min).
A span is stored 1-2 s after its tick's end (plus the busy delay); the monitor asks for minute ``m`` of the spans' start
times once, at its end plus 5-30 s (its clock sd 0.5 s): a span stored later is never read. Storage write retries
(1-8 a day, a mean of 2-20 s) store the spans of their window twice; half the monitors drop the duplicates, the others
count them twice. Node clocks: NTP offsets sd 0.05-0.8 s (at most 2.5); in 20 % of pools one node 3-15 s off,
drifting 0-40 ppm; a restart stays on its nodes with probability 1/2, else lands on others of the pool. A point is the
minute's sum of ``batch / p`` over its spans, over 60 s. The reads are linear in the light curves: sampling, losses,
stamps and copies are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's light curves lost, carried through the same spans and reads): ``drop`` (a detrending
worker killed, the pool shrunk: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (FITS reads slowed
by the shared file system in bursts: 1 for an exponential time whose mean, redrawn per burst, is 40-240 ticks, calm
at 0.05-0.25 for one whose mean, redrawn per calm, is 120-500),
``leak`` (the workers' light-curve cache growing and swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from
the reads of the lost light curves (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout142_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    9          13    0.087-0.315  24              2-33 (1173, 0 >60)
long      30      9     11         10    0.081-0.326  22              1-67 (946, 7 >60)

Planned changes listed: short 19, long 12 (of 19 and 12 relaunches; none kept its stage); crashes 40 and 46. The path
over each set (counts; "parts" are a tick's spans of one rank): short: spans lost in UDP flushes 50682, parts sent in
the agent's queue-full episodes 1434, spans dropped by the collector's queue 49622, outages 30, parts written twice 940
(314 counted twice), parts stored after their minute was read 3986, parts moved to another minute by a node's clock
8318, ticks on a new process's initial sampler 492, unread points 234; long: 70457, 795, 60774, 24, 817 (670), 2825,
7966, 650, 174. Samplers: short 7 probabilistic, 5 remote; long 6 and 6. The reads' sum over the live points against
the job's light curves: 0.988-0.998 (short), 0.986-0.997 (long: the spans lost are not made up for); the live points'
minute-to-minute change (median ``|d log|`` per seed) 3-8 % (short), 3-8 % (long: the sampling's binomial noise
dominates where few spans are kept), its 99th percentile 21-41 % (short) and 12-41 % (long); the live median level
107-10,080 light curves/s (short), 265-12,885 (long). Changes of the laws after the first measure: one, a fix: a
training stretch ended by a float remainder of its evaluation countdown was taken for a crash (517 crashes in the
short set before it, 40 after; the figures here are after it). Before the first measure: none (one seed per setting
was built at 3,000 points to check it ran). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``:
1-60 points "short", 1-90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT142_SEEDS = tuple(range(1422000, 1422012))
CODE = 142
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
TICK = 5.0  # s: the job's grain
STEP = 60.0  # s: one point, one query of the monitor
K = int(STEP // TICK)
EPOCH = 1_700_006_400.0  # a whole minute
DAY = 86400.0
SPANS = {"short": (1, 60), "long": (1, 90)}
PATH_KEYS = ("udp_lost", "agent_full", "collector_drops", "outages", "written_twice", "counted_twice", "late",
             "moved_by_clock", "cold_sampler", "unread_points")
INITIAL_P = 0.001  # a remote sampler's initial probabilistic sampler (until its first poll)


def _level(cfg: dict, st: dict) -> float:
    """Light curves/s of a stage: per GPU's feed times GPUs (``eff`` per doubling), over the view's and the model's
    costs."""
    g = st["gpus"]
    return cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["view_c"] ** st["view"] * cfg["model_c"] ** st["model"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: a finer local view (at most twice), a larger CNN (once) or, 1 in 6, another GPU count;
    redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        elif u < 0.6 and st["view"] < 2:
            new["view"] += 1
        elif st["model"] < 1:
            new["model"] += 1
        else:
            new["gpus"] = int(rng.choice([g for g in (1, 2, 4, 8) if g != st["gpus"]]))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3:
            return new
    return st


def _node_clocks(rng, k: int) -> list[tuple[float, float]]:
    """``(offset s, drift s/s)`` of ``k`` nodes against the collector's and the monitor's time: NTP-kept nodes within
    about a second, and in 20 % of pools one unsynchronised node 3-15 s off, drifting 0-40 ppm."""
    sd = rng.uniform(0.05, 0.8)
    out = [(float(np.clip(rng.normal(0, sd), -2.5, 2.5)), 0.0) for _ in range(k)]
    if rng.random() < 0.2:
        j = int(rng.integers(k))
        out[j] = (float(rng.choice([-1, 1]) * rng.uniform(3, 15)), float(rng.uniform(0, 40e-6)))
    return out


def _episodes(rng, T: float, per_day: tuple, mean_len: tuple) -> np.ndarray:
    """``(start, end)`` rows of a Poisson process of episodes over ``[0, T)`` (``per_day`` and mean length drawn)."""
    rate = rng.uniform(*per_day) / DAY
    mean = rng.uniform(*mean_len)
    k = rng.poisson(rate * T)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + rng.exponential(mean, k) + 1.0]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which times ``x`` lie in one of the windows ``win`` (``[a, b)`` rows)."""
    hit = np.zeros(len(x), bool)
    for a, b in win:
        hit |= (x >= a) & (x < b)
    return hit


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: its lives (a process each), stages, pauses and training segments over ``n`` minutes."""
    long = setting == "long"
    T = n * STEP + 600.0
    cfg = {"gpu": hc.log_uniform(rng, 150, 4000), "eff": rng.uniform(0.85, 0.97), "view_c": rng.uniform(1.3, 1.8),
           "model_c": rng.uniform(1.8, 2.6)}
    st = {"gpus": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "view": 0, "model": 0}
    batch = float(rng.choice([32, 64, 128, 256]))
    k_re = int(rng.integers(0, 4))
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_re) * n * STEP):
        if not re_t or x - re_t[-1] >= 3600:
            re_t.append(float(x))
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))
    pool = _node_clocks(rng, 8)
    nn = int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2]))
    nodes = list(rng.choice(8, nn, replace=False))
    pauses_t, segs, lives, known_t = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = rng.uniform(3, 10) * 60 if not long else rng.uniform(25, 60) * 60
    pauses_t.append((0.0, t, "startup"))
    ri, n_eval, cold = 0, 0, True
    while t < T:
        r0, rd = rng.uniform(0.5, 0.8), rng.uniform(2, 6) * 60
        first_epoch = rng.uniform(10, 40) * 60
        lives.append(SimpleNamespace(t0=t, level=_level(cfg, st), nodes=list(nodes), r0=r0, rd=rd, cold=cold,
                                     cold_f=rng.uniform(0.78, 0.94), first_epoch=first_epoch,
                                     poll=60.0 * (1 + (rng.random() < 0.25) * rng.uniform(1, 2))))
        life = len(lives) - 1
        next_crash = t + rng.exponential(crash_mean)
        to_eval = rng.uniform(30, 90) * 60
        while True:
            nxt_re = re_t[ri] if ri < len(re_t) else np.inf
            cand = [T, t + to_eval, next_crash, nxt_re]
            which = int(np.argmin(cand))
            tend = max(t, cand[which])
            if tend > t:
                segs.append((t, tend, life))
            to_eval -= tend - t
            t = tend
            if which == 0:
                break
            if which == 1:
                n_eval += 1
                d = rng.uniform(2, 6) * 60 if not long else rng.uniform(10, 25) * 60
                pauses_t.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    d = rng.uniform(15, 60) if not long else rng.uniform(60, 240)
                    pauses_t.append((t, t + d, "ckpt"))
                    t += d
                to_eval = rng.uniform(30, 90) * 60
                continue
            same = rng.random() < 0.5
            if which == 2:
                counts["crashes"] += 1
                d = rng.uniform(1, 4) * 60 if not long else rng.uniform(6, 18) * 60
                pauses_t.append((t, t + d, "crash"))
                t += d
            else:
                ri += 1
                counts["relaunches"] += 1
                d = (rng.uniform(1, 3) if not long else rng.uniform(5, 12)) * 60 + rng.uniform(1, 5) * 60
                pauses_t.append((t, t + d, "relaunch"))
                t += d
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                counts["kept_stage"] += new == st
                st = new
            d = rng.uniform(2, 6) * 60 if not long else rng.uniform(8, 20) * 60
            pauses_t.append((t, t + d, "startup"))
            t += d
            if ri and pauses_t[-2][2] == "relaunch" and lives[-1].level != _level(cfg, st):
                known_t.append(t)
            if not same:
                nodes = list(rng.choice(8, nn, replace=False))
            cold = not same
            break
    return SimpleNamespace(n=n, nt=n * K, T=T, cfg=cfg, batch=batch, pool=pool, nn=nn, pauses_t=pauses_t, segs=segs,
                           lives=lives, known_t=known_t, counts=counts, re_t=re_t)


def _job(rng, run, setting: str) -> np.ndarray:
    """Light curves trained per tick: a life's level, its ramp and cold first epoch, the loaders' noise per tick
    (AR(1) of the log), a slow OU drift; zero outside the training segments."""
    nt = run.nt
    tc = (np.arange(nt) + 0.5) * TICK
    train = np.zeros(nt)
    life = np.full(nt, -1)
    since = np.zeros(nt)  # training seconds of the tick's life before the tick's centre (approx.)
    done = {}
    for a, b, li in run.segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        tb = np.arange(i0, i1) * TICK
        ov = np.maximum(np.minimum(b, tb + TICK) - np.maximum(a, tb), 0)
        train[i0:i1] += ov
        life[i0:i1] = np.where(ov > 0, li, life[i0:i1])
        since[i0:i1] = done.get(li, 0.0) + np.maximum(tc[i0:i1] - a, 0)
        done[li] = done.get(li, 0.0) + (b - a)
    sd, tau = rng.uniform(0.03, 0.08), rng.uniform(10, 60)
    a = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -a], rng.normal(0, sd * np.sqrt(1 - a * a), nt))
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    lv = np.array([lf.level for lf in run.lives])[np.maximum(life, 0)]
    r0 = np.array([lf.r0 for lf in run.lives])[np.maximum(life, 0)]
    rd = np.array([lf.rd for lf in run.lives])[np.maximum(life, 0)]
    ramp = r0 + (1 - r0) * np.minimum(1, since / rd)
    cold = np.ones(nt)
    for k, lf in enumerate(run.lives):
        if lf.cold:
            cold[(life == k) & (since < lf.first_epoch)] = lf.cold_f
    run.life, run.since = life, since
    return train * lv * ramp * cold * np.exp(ar + ou[(tc // 60).astype(int)])


def _sampler(rng, run, J: np.ndarray) -> np.ndarray:
    """The sampling probability each tick's spans carry: a fixed probabilistic sampler, or a remote one whose
    probability the collector's adaptive sampling sets each minute from the service's traffic two minutes before
    (a target of spans/s), starting each life on the initial 0.001 sampler until its first poll."""
    steps = J / run.batch / TICK  # the job's steps/s per tick (all ranks: one service)
    if rng.random() < 0.5:
        run.sampler = "probabilistic"
        want = hc.log_uniform(rng, 2, 20) / max(np.median(steps[steps > 0]), 1e-9)
        grid = np.array([0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0])
        return np.full(run.nt, grid[np.argmin(np.abs(np.log(grid / min(want, 1.0))))])
    run.sampler = "remote"
    target = hc.log_uniform(rng, 2, 20)
    per_min = steps.reshape(-1, K).mean(1)
    p_min = np.ones(run.n)
    p = 1.0
    for m in range(run.n):
        obs = per_min[m - 2] if m >= 2 else 0.0
        if obs > 0:
            p = float(np.clip(target / obs, 1e-5, 1.0))
        p_min[m] = p
    p_t = np.repeat(p_min, K)
    for k, lf in enumerate(run.lives):
        on = (run.life == k) & (run.since < lf.poll)
        p_t[on] = INITIAL_P
        run.counts_path["cold_sampler"] += int(on.sum())
    return p_t


def _path(rng, run, J: np.ndarray) -> SimpleNamespace:
    """Each (tick, rank's node) part's fate: its kept spans, losses, copies, the minute its stamps fall in and the
    factor that turns its share of the tick's light curves into what the monitor sums."""
    run.counts_path = {k: 0 for k in PATH_KEYS}
    cp = run.counts_path
    p_t = _sampler(rng, run, J)
    T = run.T
    agent = _episodes(rng, T, (0.5, 4), (5, 60))
    queue = _episodes(rng, T, (1, 6), (30, 300))
    outage = _episodes(rng, T, (0.1, 1), (120, 1200))
    retry = _episodes(rng, T, (1, 8), (2, 20))
    cp["outages"] = len(outage)
    q_udp = rng.uniform(0.0005, 0.005)
    q_full, q_coll = rng.uniform(0.3, 1.0), rng.uniform(0.2, 0.9)
    lag = rng.uniform(5, 30)
    mon = rng.normal(0, 0.5)
    dedup = bool(rng.random() < 0.5)
    ticks, share, fac, bucket, copies = [], [], [], [], []
    on = np.nonzero(J > 0)[0]
    t_on = on * TICK
    lives = np.maximum(run.life[on], 0)
    for s in range(run.nn):
        node = np.array([lf.nodes[s] for lf in run.lives])[lives]
        off = np.array([run.pool[k][0] for k in range(8)])[node]
        drift = np.array([run.pool[k][1] for k in range(8)])[node]
        u = rng.random(len(on))
        true_t = t_on + u * TICK
        stamp = true_t + off + drift * true_t
        b = np.floor(stamp / STEP).astype(int)
        cp["moved_by_clock"] += int((b != np.floor(true_t / STEP)).sum())
        part = J[on] / run.nn
        steps = np.maximum(1, np.round(part / run.batch)).astype(np.int64)
        p = p_t[on]
        kept = rng.binomial(steps, p)
        full = _inside(true_t, agent)
        cp["agent_full"] += int((full & (kept > 0)).sum())
        lost_flush = rng.binomial(5, np.where(full, q_full, q_udp))
        kept1 = rng.binomial(kept, (5 - lost_flush) / 5)
        cp["udp_lost"] += int((kept - kept1).sum())
        busy = _inside(true_t, queue)
        kept2 = rng.binomial(kept1, np.where(busy, 1 - q_coll, 1.0))
        cp["collector_drops"] += int((kept1 - kept2).sum())
        down = _inside(true_t, outage)
        kept2[down] = 0
        arrive = t_on + TICK + rng.uniform(0, 1, len(on)) + 1.0 + np.where(busy, rng.uniform(5, 60, len(on)), 0.2)
        late = arrive > (b + 1) * STEP + lag - mon
        cp["late"] += int((late & (kept2 > 0)).sum())
        kept2[late] = 0
        twice = _inside(arrive, retry) & (kept2 > 0)
        cp["written_twice"] += int(twice.sum())
        c = np.where(kept2 > 0, np.where(twice & ~dedup, 2, 1), 0)
        cp["counted_twice"] += int((c == 2).sum())
        ok = (b >= 0) & (b < run.n)
        ticks.append(on[ok])
        share.append(np.full(ok.sum(), 1.0 / run.nn))
        fac.append((c * kept2 / (steps * p))[ok])
        bucket.append(b[ok])
        copies.append(c[ok])
    return SimpleNamespace(tick=np.concatenate(ticks), share=np.concatenate(share), fac=np.concatenate(fac),
                           bucket=np.concatenate(bucket), copies=np.concatenate(copies), dedup=dedup,
                           counts=cp, sampler=run.sampler, agent=agent, queue=queue, outage=outage, retry=retry)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the light curves ``J`` per tick: each minute's surviving spans' sample tags, each
    divided by its sampling probability, summed over the minute of their stamps and divided by 60 s (linear in
    ``J``)."""
    pa = run.path
    return np.bincount(pa.bucket, weights=J[pa.tick] * pa.share * pa.fac, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and its reads; a point is paused where its minute
    or a neighbour touches a pause (or a ramp's first half), or where it reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _job(rng, run, pauses)
    run.path = _path(rng, run, run.J)
    h = _reads(run, run.J)
    paused = np.zeros(n, bool)
    quiet = list(run.pauses_t) + [(lf.t0, lf.t0 + lf.rd / 2, "ramp") for lf in run.lives]
    for a, b, _ in quiet:
        s, e = int(a // STEP), int(np.ceil(b / STEP))
        paused[max(0, s - 1):max(0, min(n, e + 1))] = True
    unread = ~paused & (h <= 0)
    run.path.counts["unread_points"] = int(unread.sum())
    paused |= unread
    spans = []
    for i in np.nonzero(paused)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's light curves lost (0 .. 1, per tick)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a detrending worker killed: the pool shrinks within a few ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the workers' light-curve cache grows and swaps
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8))
    calm = rng.uniform(0.05, 0.25)  # straggler: FITS reads slowed in bursts by the shared file system
    w = np.empty(length)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(rng.uniform(40, 240) if bad else rng.uniform(120, 500))) + 1
        w[i:i + d] = 1.0 if bad else calm
        i, bad = i + d, not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 rejected draws."""
    n = run.n
    ts = STEP * np.arange(n + 1)
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        lossJ = np.zeros(run.nt)
        lossJ[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        R = _reads(run, lossJ)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        H, Rs = healthy[c0:stop][lv].sum(), R[c0:stop][lv].sum()
        if H <= 0 or Rs <= 0 or target * H / Rs > 1:
            continue
        m = target * H / Rs * R
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on2, end = span
        if any(on2 <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on2
        if kind == "leak" and not on2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on2, ramp_end, end, n, (ramp_end - on2) // 3)
        if depth is None:
            continue
        nz = np.nonzero(m)[0]
        return Event(kind, on2, ramp_end, end, round(depth, 4)), (int(nz[0]), m[nz[0]:nz[-1] + 1])
    return None


def _stamps(run) -> np.ndarray:
    """A point is stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout142(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout142_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT142_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout142, seeds, n, pauses)
