"""The hundred-and-twenty-third held-out throughput family: a long-document legal summarization model's fine-tuning,
documents/s (a long-context encoder-decoder, LED-like, over court opinions, contracts and statutes packed by length),
each node's small client script sending a Xymon status message for a custom column every few minutes with the node's
documents since its last report, xymond_rrd turning the NCV line into RRD rows, and the monitor reading the summed RRD.

(No generator's head names Xymon, Hobbit, NCV, purple, ROUGE, a court or legal text (``grep -ic`` on
``/tmp/s55/genheads122.txt``: 0 each); "summariz" matches 1 head (Graphite's ``summarize``, not the job), "rrd" 3
(collectd, a cluster summary RRD, Checkmk): RRD storage is not new, the path through Xymon's status channel, its
per-report GAUGE counts, lifetimes and xymond_rrd's write cache is. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout122.py`` lines 1-110 and 501-510 (its
``make_heldout122`` and ``heldout122_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout122.py`` (all), ``anomaly/heldout_common.py`` (all: a ``cat`` of the allowed files was
truncated by the tool, so its lines 130-537 were read again), ``tests/trace_checks.py`` (lines 1-260 and its last
hundred or so lines, which that ``cat`` showed), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py``
lines 1-110, ``/tmp/s55/genheads122.txt`` through ``grep -i``/``grep -c`` only (a ``grep -i`` printed 4 matching heads'
lines cut at 200 characters). Slips: a ``wc -l`` of ``anomaly/heldout122.py`` (510 lines) with the ``grep -n``; none
else. Scratch scripts (``/tmp/w123s/``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): the ``xymond_rrd(8)`` manual page (Ubuntu, FreeBSD, NetBSD
copies: a worker fed the status and data channels by ``xymond_channel``; a section on custom data in name-colon-value
(NCV) form, its title only; by default it caches RRD updates and commits each file's updates every 30 minutes,
``--no-cache`` writes at once); the ``xymon(1)`` manual (a client program sending ``status[+LIFETIME] HOST.TEST COLOR
text``, a connection timeout of 5 s by default; purple and blue are set by the server, not sent) and a Xymon
mailing-list answer (a status not refreshed within its lifetime, 30 minutes by default, goes purple). Not read (from
memory, unchecked): that the column's NCV data source is set to GAUGE; that Xymon's RRD files have a 300-s step and a
600-s heartbeat; rrdtool's GAUGE semantics (an update's value holds over the interval since the previous update, an
interval over the heartbeat is unknown, a step's value is the time-weighted mean of its known part, unknown when under
half of it is known); that xymond_rrd stamps a row with the server's receipt time, not the client's clock; that an
unclean stop of xymond_rrd loses its cache. Nothing read on the job.

Assumed without checking (the job): 1, 2 or 4 nodes (30/45/25 %) of 8 GPUs (0.85-0.97 per node doubling); a GPU
trains 0.4-2 documents/s (log-uniform) at 4k-token inputs, each doubling of the maximum input length (4k, 8k, 16k)
1.6-2.1 times dearer; the first stage 4k (60 %) or 8k. Packing by length puts one length bucket in a batch, so the
per-10-s rate swings: an AR(1) of its log (sd 5-12 %, correlation 30-120 s) and a slow OU (sd 1-3 %, 30-180 min).
Relaunches: 0-3 at 15-85 % of the run, 1 h or more apart, each to a longer maximum input (at most 16k), back to a
shorter one (1 in 6) or another node count (1 in 4), redrawn until the level moves 15 % (1/3 to 3 times); a relaunch
left without such a stage keeps its own (a plain restart, not listed). Pauses: start-up 5-15 min ("long" 15-40) and a
ramp from 40-70 % over 5-15 min; ROUGE evaluation (beam-search generation of summaries for held-out cases) every 2-6 h
of training, 6-20 min ("long" 40-140 min), a checkpoint after every 1 or 2 (1-4 min, "long" 5-15); crashes (OOM on
the longest bucket, NCCL timeouts; exponential, mean 15-60 h): down 3-15 min ("long" 30-240, waiting for a node), 30 %
of them a host's reboot; a relaunch: stop 2-10 min ("long" 20-90), queued 2-20 min, then a start-up and its ramp.

On the path (not checked): the trainer writes its cumulative documents to a file every 10-30 s; a node's client
script runs every 120-300 s (the run's interval, a random phase per node, 0.5-4 s of run time), reads the file and
sends ``docs: N`` (the documents since its last successful report; a counter found reset after a relaunch is reported
whole, and the documents after the last report of the old life are lost). Sends fail at random (0.1-1 %) and for
every send in a xymond outage (server restarts, mean gap 2-7 days, 1-6 min down); 30 % of the random failures are
timeouts after the server took the message. A failure keeps the documents for the next report (half the runs: a
timeout already received is then counted twice) or drops them (the script advanced its state first). In 30 % of
runs one node's clock is stepped 5-90 s either way 1-3 times (NTP): its script's interval stretches or shrinks once,
and that report holds more or fewer documents. A host reboot stops its script: the column goes purple when the gap
outlives the status lifetime (3 intervals), and the first report after it falls in an interval over the heartbeat,
unknown: its documents never reach the RRD. Half the server restarts are unclean: each node's cached RRD updates of
the last 0-30 min are lost (the file's last update stays old, so the next interval is unknown too). A row holds N
over ``(previous receipt, receipt]`` (GAUGE); a 300-s step holds the mean of its known part; the monitor divides each
node's step by the script's interval (documents/s), sums the nodes with an unknown term as 0 and stamps a point at
the step's end. A report's count is not rounded to whole documents (a report holds 10-10,000 of them). The reads
are linear in the job's documents: report times and fates are the healthy run's.

A point is paused where it touches a pause (or a ramp's first half) widened by a report interval each side (the
reports lag and spread), or where it reads nothing; spans with no live point between are merged; a listed change is
the first point after a relaunch's span. Labelled regressions (a share ``a w`` of each 10-s tick's documents lost,
carried through the same reports and rows): ``drop`` (the sparse-attention kernel falls back to a slower path, or a
crash's restart comes back without it: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one GPU's
host-to-device copies stall in bursts: 1 for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25),
``leak`` (the allocator fragmenting under the packed lengths: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
drawn by ``hc.draw_regression`` (onsets 30 % at a pause's end) with a drawn target loss, ``a`` set in closed form
from the reads of the lost documents (linear), refused above ``1 / max w``.

Measured (``heldout123_set``, 12 seeds of 6,000 points of 300 s; pause spans in points, ending before the trace's
end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    10         9     0.092-0.312  21              2-15 (1639, 0 >60)
long      31      10    12         9     0.092-0.293  24              2-84 (1210, 13 >60)

Planned changes listed: short 16, long 15 (of 16 and 15 relaunches; none found its stage kept); crashes 146 and 220.
The path over each set (counts): short: documents unreported at a life's end (reports lost to a counter reset) 293,
sends failed 1313 (carried 849, dropped 464), duplicates (a timed-out send the server took, carried again) 252, clock
steps 5, host reboots 44 (purple columns 23), cached RRD rows lost at unclean restarts 250, unknown node-steps 339;
long: 392, 1310 (335, 975), 110, 2, 51 (51), 221, 1340. The reads' sum over the live points against the job's
documents: 0.999-1.016 (short), 0.996-1.017 (long); the live points' step-to-step change (median ``|d log|`` per seed)
3.4-6.8 % (short), 2.7-6.1 % (long), its 99th percentile 14-56 % and 15-55 %; the live median level 1.25-34.4
documents/s (short), 2.2-32.3 (long); live share of the points 0.81-0.92 and 0.56-0.78. One change after the first
measure (healthy runs of 3 seeds, before this table): "long" ROUGE evaluations 40-140 min left 50 % of one run live,
now 30-100 min; with it a bug fixed: a node outside the job's current node count sent no report (its RRD steps
unknown, 6,821 in one run), now it reports 0 as its script would with a stale counter. A second bug fixed before this
table: a drop's or straggler's ramp was taken from an infinite end (a crash on a NaN). The tests check the laws on the
first 4 seeds at 3,000 points (``SPANS`` holds their spans' lengths and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT123_SEEDS = tuple(range(1232000, 1232012))
CODE = 123
TICK = 10.0  # s: the job's grid
STEP = 300.0  # s: the RRD step, one point
K = int(STEP / TICK)
HB = 600.0  # s: the RRD heartbeat
EPOCH = 1_790_000_100 - 1_790_000_100 % 300
KIND_P = (0.35, 0.35, 0.3)
SPANS = {"short": (2, 15), "long": (2, 84)}
PATH_KEYS = ("unreported", "send_failed", "carried", "duplicates", "dropped", "clock_steps", "host_gaps", "purple",
             "cache_lost", "unknown_steps")
#                  short: lo, hi (s)          long: lo, hi (s)
DUR = {"startup": ((300, 900), (900, 2400)), "eval": ((360, 1200), (1800, 6000)), "ckpt": ((60, 240), (300, 900)),
       "down": ((180, 900), (1800, 14400)), "stop": ((120, 600), (1200, 5400))}


def _dur(rng, kind: str, setting: str) -> float:
    lo, hi = DUR[kind][hc.SETTINGS[setting]]
    return hc.log_uniform(rng, lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The job's documents/s at a stage: 8 GPUs a node, ``eff`` per node doubling, ``len_c`` per input doubling."""
    nodes = st["nodes"]
    return cfg["gpu"] * 8 * nodes * cfg["eff"] ** np.log2(nodes) / cfg["len_c"] ** st["len"]


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: a longer input (a shorter one 1 in 6), or another node count (1 in 4); None when no draw
    moves the level 15 % within 1/3 to 3 times."""
    for _ in range(50):
        new = dict(st)
        if rng.random() < 0.25:
            new["nodes"] = int(rng.choice([n for n in (1, 2, 4) if n != st["nodes"]]))
        elif rng.random() < 1 / 6:
            new["len"] = max(0, st["len"] - 1)
        else:
            new["len"] = min(2, st["len"] + 1)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job's lives, pauses and documents per tick."""
    T = (n + 2) * STEP
    nt = int(T / TICK) + 1
    cfg = {"gpu": hc.log_uniform(rng, 0.4, 2.0), "eff": rng.uniform(0.85, 0.97), "len_c": rng.uniform(1.6, 2.1)}
    st = {"len": int(rng.random() >= 0.6), "nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.45, 0.25]))}
    eval_every = rng.uniform(2, 6) * 3600
    ck_every = int(rng.integers(1, 3))
    crash_mean = rng.uniform(15, 60) * 3600
    k_re = int(rng.choice(4, p=[0.15, 0.35, 0.35, 0.15]))
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, k_re)) * T:
        if not re_t or x - re_t[-1] >= 3600:
            re_t.append(float(x))
    pauses_t, lives, segs, known_t, counts = [], [], [], [], {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    host_down = []  # (node, a, b): a host's reboot
    t = _dur(rng, "startup", setting)
    pauses_t.append((0.0, t, "startup"))
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        life0, ramp, r0 = t, rng.uniform(300, 900), rng.uniform(0.4, 0.7)
        pauses_t.append((t, t + ramp / 2, "ramp"))
        lv = _level(cfg, st)
        trained, n_eval, end = 0.0, 0, None
        while end is None and t < T:
            due = t + eval_every - trained
            cand = [due, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
            which = int(np.argmin(cand))
            t1 = max(cand[which], t + 60)
            segs.append((t, t1, lv, life0, ramp, r0))
            trained += t1 - t
            t = t1
            if which == 0:
                n_eval += 1
                d = _dur(rng, "eval", setting)
                pauses_t.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    d = _dur(rng, "ckpt", setting)
                    pauses_t.append((t, t + d, "ckpt"))
                    t += d
                trained = 0.0
            else:
                end = "crash" if which == 1 else "relaunch"
        lives.append((life0, t, lv, st["nodes"]))
        if end is None:
            break
        if end == "crash":
            counts["crashes"] += 1
            d = _dur(rng, "down", setting)
            if rng.random() < 0.3:
                host_down.append((int(rng.integers(st["nodes"])), t, t + d))
            pauses_t.append((t, t + d, "crash"))
            t += d
            next_crash = t + rng.exponential(crash_mean)
        else:
            ri += 1
            counts["relaunches"] += 1
            new = _next_stage(rng, cfg, st, lv)
            d = _dur(rng, "stop", setting) + rng.uniform(120, 1200)
            pauses_t.append((t, t + d, "relaunch"))
            t += d
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            next_crash = max(next_crash, t + 60)
        d = _dur(rng, "startup", setting)
        pauses_t.append((t, t + d, "startup"))
        t += d
    J = _job(rng, segs, nt, T)
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=nt, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, segs=segs,
                           known_t=known_t, counts=counts, host_down=host_down, J=J, train=np.ones(nt),
                           restarts=[(a, b, True) for a, b, kind in pauses_t if kind == "crash"])


def _job(rng, segs, nt: int, T: float) -> np.ndarray:
    """Documents per tick: the segments' level, ramp and noise times their training seconds in the tick."""
    edges = np.arange(nt) * TICK
    sd, corr = rng.uniform(0.05, 0.12), rng.uniform(30, 120)
    a = np.exp(-TICK / corr)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800))
    noise = np.exp(x - sd * sd / 2 + slow[(edges // 60).astype(int)])
    J = np.zeros(nt)
    for t0, t1, lv, life0, ramp, r0 in segs:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        ov = np.minimum(t1, edges[i0:i1] + TICK) - np.maximum(t0, edges[i0:i1])
        rp = r0 + (1 - r0) * np.minimum(1, (edges[i0:i1] + TICK / 2 - life0) / ramp)
        J[i0:i1] += lv * np.maximum(ov, 0) * rp * noise[i0:i1]
    return J


def _episodes(rng, T: float, gap_mean: float, dur: tuple) -> list[tuple[float, float]]:
    out, t = [], rng.exponential(gap_mean)
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(gap_mean)
    return out


def _inside(x: np.ndarray, eps) -> np.ndarray:
    """Per time of ``x`` the index of the episode ``(a, b)`` holding it, -1 where none."""
    if not eps:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in eps])
    b = np.array([e[1] for e in eps])
    i = np.searchsorted(a, x, side="right") - 1
    ok = (i >= 0) & (x < b[np.maximum(i, 0)])
    return np.where(ok, i, -1)


def _path(rng, run):
    """Each node's reports (the counter ticks they difference, fates) and the RRD's linear map onto the points."""
    n, T = run.n, run.T
    I = float(rng.uniform(120, 300))
    L = float(rng.uniform(10, 30))
    p_fail, carry = rng.uniform(0.001, 0.01), bool(rng.random() < 0.5)
    outages = _episodes(rng, T, rng.uniform(2, 7) * 86400, (60, 360))
    unclean = [(b, rng.random() < 0.5) for a, b in outages]
    nodes = max(lv[3] for lv in run.lives)
    steps = []
    if rng.random() < 0.3:
        node = int(rng.integers(nodes))
        for _ in range(int(rng.integers(1, 4))):
            steps.append((node, rng.uniform(0, T), rng.uniform(5, 90) * rng.choice([-1, 1])))
    counts = dict.fromkeys(PATH_KEYS, 0)
    counts["clock_steps"] = len(steps)
    starts = np.array([lv[0] for lv in run.lives])
    ends = np.array([lv[1] for lv in run.lives])
    A, B, NN, RCV = [], [], [], []
    for node in range(nodes):
        k = np.arange(int(T / I) + 2)
        s = rng.uniform(0, I) + k * I + rng.uniform(0.5, 4, len(k))
        for nd, at, d in steps:
            if nd == node:
                s[s > at] += d
        s = np.sort(s[(s > 0) & (s < T)])
        down = [(a, b) for nd, a, b in run.host_down if nd == node]
        gone = _inside(s, down) >= 0
        s = s[~gone]
        counts["host_gaps"] += len(down)
        if len(s) > 1:
            counts["purple"] += int((np.diff(s) > 3 * I).sum())
        li = np.searchsorted(starts, s, side="right") - 1
        fail = (rng.random(len(s)) < p_fail) | (_inside(s, outages) >= 0)
        got = rng.random(len(s)) < 0.3  # a timeout after the server took it (random failures only)
        got &= _inside(s, outages) < 0
        last_li, last_w = -1, 0
        for j in range(len(s)):
            i = li[j]
            nn = run.lives[i][3] if i >= 0 else 0
            if i < 0 or node >= nn:  # the node trains nothing: its script reports 0 (a stale counter)
                A.append(0), B.append(0), NN.append(1), RCV.append((node, s[j] + 0.2))
                continue
            w = min(s[j], ends[i]) - starts[i]
            w = starts[i] + np.floor(w / L) * L if w > 0 else starts[i]
            wt = int(w // TICK)
            if last_li == i:
                a = last_w
            else:
                a = int(starts[i] // TICK)
                if last_li >= 0:
                    counts["unreported"] += 1
            if fail[j]:
                counts["send_failed"] += 1
                if got[j]:
                    A.append(a), B.append(wt), NN.append(nn), RCV.append((node, s[j] + 0.2))
                    if carry:
                        counts["duplicates"] += 1
                if carry:
                    counts["carried"] += 1
                    last_li, last_w = i, a
                else:
                    counts["dropped"] += 1
                    last_li, last_w = i, wt
                continue
            A.append(a), B.append(wt), NN.append(nn), RCV.append((node, s[j] + rng.uniform(0.01, 0.5)))
            last_li, last_w = i, wt
    # the RRD: per node its rows in receipt order, cached updates lost at unclean restarts
    lost = [b for b, u in unclean if u]
    A, B, NN = np.array(A, int), np.array(B, int), np.array(NN, float)
    nodes_r = np.array([r[0] for r in RCV], int)
    tr = np.array([r[1] for r in RCV])
    keep = np.ones(len(tr), bool)
    for b in lost:
        for node in range(nodes):
            age = rng.uniform(0, 1800)
            m = (nodes_r == node) & (tr > b - age) & (tr <= b)
            counts["cache_lost"] += int(m.sum())
            keep &= ~m
    rows, cols, coef = [], [], []
    for node in range(nodes):
        idx = np.nonzero(keep & (nodes_r == node))[0]
        idx = idx[np.argsort(tr[idx], kind="stable")]
        t1 = tr[idx]
        t0 = np.concatenate([[-np.inf], t1[:-1]])
        ok = (t1 - t0 <= HB) & (t1 > t0)
        r, t0, t1 = idx[ok], t0[ok], t1[ok]
        kk, ov, rr = [], [], []
        for j in range(3):
            k = np.floor(t0 / STEP).astype(int) + j
            o = np.minimum(t1, (k + 1) * STEP) - np.maximum(t0, k * STEP)
            m = (o > 0) & (k < n)
            kk.append(k[m]), ov.append(o[m]), rr.append(r[m])
        kk, ov, rr = np.concatenate(kk), np.concatenate(ov), np.concatenate(rr)
        known = np.bincount(kk, ov, minlength=n)
        good = known[kk] >= STEP / 2
        counts["unknown_steps"] += int((known < STEP / 2).sum())
        rows.append(kk[good]), cols.append(rr[good]), coef.append(ov[good] / known[kk[good]] / I)
    return SimpleNamespace(I=I, L=L, carry=carry, A=A, B=B, NN=NN, rows=np.concatenate(rows),
                           cols=np.concatenate(cols), coef=np.concatenate(coef), counts=counts)


def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (documents/s summed over the nodes) for the documents per tick ``J``: linear."""
    p = run.path
    C = _cum(J)
    N = (C[p.B] - C[p.A]) / p.NN
    return np.bincount(p.rows, p.coef * N[p.cols], minlength=run.n)[:run.n]


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    n, lag = run.n, run.path.I + run.path.L + 5
    raw = []
    for a, b, kind in run.pauses_t:
        s, e = max(0, int((a - run.path.I) // STEP)), min(n, int(np.ceil((b + lag) / STEP)))
        if s < n and e > s:
            raw.append((s, e))
    raw += [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]
    spans = []
    for s, e in sorted(raw):
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int, per: float = 1.0) -> np.ndarray:
    """A regression's share per unit (a tick; ``per`` units a point) over ``length`` units."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * per))
    if kind == "straggler":
        calm = rng.uniform(0.05, 0.25)
        edges = hc.twostate(rng, 0, length, rng.uniform(5, 30) * per, rng.uniform(20, 90) * per, horizon=length + 1)
        i = np.searchsorted(edges, s, side="right")
        return np.where(i % 2 == 1, 1.0, calm)
    return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n = run.n

    def cause(rng, run, kind, name, t0, t1, tr):
        i0, i1 = int(t0 // TICK), min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        ramp = int(max(tr - t0, 0) // TICK) if kind == "leak" else 0
        w = _weight(rng, kind, max(i1 - i0, 1), ramp, per=K)
        memo = {}

        def mod_of(a):
            if "u" not in memo:
                Jl = np.zeros(run.nt)
                Jl[i0:i0 + len(w)] = run.J[i0:i0 + len(w)] * w[:run.nt - i0]
                at = max(0, i0 // K - 1)
                memo["u"] = (at, _reads(run, Jl)[at:])
            at, u = memo["u"]
            return at, a * u

        return mod_of, 1.0 / max(w.max(), 1e-9), t1

    def calib(mod_of, a_max, target, b0, b1):
        at, u = mod_of(1.0)
        p0, p1 = max(b0 // K, at), min(n, int(np.ceil(b1 / K)))
        lv = live[p0:p1]
        hs, ls = healthy[p0:p1][lv].sum(), u[p0 - at:p1 - at][lv].sum()
        if hs <= 0 or ls <= 0:
            return None
        a = target * hs / ls
        return a if a <= a_max else None

    def series(mod, lo, b1):
        at, m = mod
        return np.maximum(healthy[at:at + len(m)] - m, 0.0), at

    causes = {"drop": ("kernel_fallback", "after_restart"), "straggler": ("h2d_stall",), "leak": ("fragmentation",)}
    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=causes,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="after_restart")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout123(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout123_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT123_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout123, seeds, n, pauses)
