"""The eighty-fourth held-out throughput family: a breast-cancer screening model's training images/s, a
detector or classifier on full-field digital mammograms (2-4k pixel crops or whole images, several views per exam,
DICOM decoded and augmented on the loader workers, class-balanced sampling of the rare positive exams, some runs
continued into a second stage at a higher resolution or on another site's exams), on 1-8 GPU nodes, collected through
Graylog: each node's trainer logs one structured line per logging interval through ``logging.handlers.SysLogHandler``
to the node's rsyslog (RFC 5424, the images done in its structured data), which forwards it over TCP (``omfwd``) from
a disk-assisted action queue (``queue.type="LinkedList"``, ``queue.filename``, ``action.resumeRetryCount="-1"``) to
a Graylog Syslog TCP input; Graylog journals it on disk, processes it through its process and output buffers and
indexes it in OpenSearch, and a dashboard widget (the sum of the images field per 1-minute bucket of the message
``timestamp``, over 60) draws the panel a watcher reads.

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): Red Hat's deployment guide on rsyslog queues (action
queues of type Direct / LinkedList / FixedArray / Disk, ``queue.filename`` making an in-memory queue disk-assisted,
a failed output action taking its element back and retrying after an interval); rsyslog's ``$ActionResumeInterval``
page (default 30 s, the interval growing to ``(numRetries / 10 + 1) * interval``) and its ``action.resumeInterval``
conversion page; rsyslog issue #4573 (a disk-assisted queue filling while the connection is lost and draining when it
is back); R. Gerhards, "On the (un)reliability of plain tcp syslog" (send() succeeds while the data sits in the local
TCP buffer; messages in flight when the receiver dies are lost unnoticed; RELP as the cure); G. Orr's post on
rsyslog's protocols; Graylog's index-model pages (one write-active index behind an alias, rotation by count, size or
time, time ranges kept per index); a graylog.conf excerpt in Graylog2/graylog2-server#2368 (the journal holds
messages up to 12 h or 5 GB; the node's counts lag while it is not processing); Graylog2/graylog2-server#4371 and
#9725 ("Journal utilization is too high", "Uncommited messages deleted from journal" when it overflows; the node's
load balancer status set to THROTTLED); a note on Graylog's ProcessBuffer (a Disruptor ring after the journal);
Graylog2/graylog2-server #3091, #3853, #14112, #4981 and #21484 (the syslog input's timestamp taken from the header,
its time-zone troubles with RFC 3164 headers, messages stamped in the future not found by relative searches, the
``timestamp`` sometimes the receipt time). Assumed without checking: the widget buckets by ``timestamp``, the RFC 5424
header's time from the node's clock (with its offset, so no time-zone error); OpenSearch's 1-s refresh and Graylog's
1-s output flush make a line searchable about 1-2 s after it is sent; while Graylog's processing stalls (OpenSearch
slow or blocked, a long GC, a failing index rotation) the input keeps journalling and the backlog is indexed after the
stall, at 3-20 times the ingest rate; the journal never overflows here (stalls of at most 40 min, far below 12 h); a
Graylog input outage suspends the rsyslog action, whose queue keeps the lines and sends them at its first retry after
the outage; half the outages are crashes that lose the lines sent in the 0-15 s before (in the TCP buffer); the daily
index rotation holds indexing 5-30 s; the watcher reads each bucket once, ``L`` s after its end, and a bucket with no
line shows 0.

Chosen (the path; one point is one 1-minute bucket of the widget, keyed by its start, so the step is 60 s): a node
logs whenever its process has trained ``E`` s more (``E`` 10/15/30/60 s: every N steps), its images since its last
line (the images of a crashed process after its last line are never logged; a graceful stop logs its last interval);
the data-parallel ranks step together, so each of the process's nodes logs the job's images over its nodes at the same
times; each line goes to the bucket of its ``timestamp`` (the node's clock: N(0, 0.2 s) off, and on half of 8 nodes
chrony losing its sources for 10-120 min, first within 5-100 h, then every 20-150 h, the error growing to 2-30 s);
delivery exp(N(log 1.2 s, 0.5)); Graylog processing stalls (3-40 min, first within 10-80 h, then every 20-120 h);
input outages (2-25 min, first within 20-150 h, then every 40-200 h) with rsyslog's retry timing per node (a phase of
0-30 s, the interval growing after 10 retries); the watcher's read ``L`` = 30/60/120 s (+0-3) after a bucket's end.

The job (my own picture, not checked): a detector on crops (2.5-8 images/s per GPU at the first stage's size) or a
whole-image classifier (8-25); 8 GPUs a node; the loader workers' DICOM decoding and augmentation give a node 40-160
images/s; a node runs at the soft minimum of the two (``hc.smax`` of the per-image times), the GPUs' rate falling as
pixels ** 1.1 and the workers' as pixels ** 0.8; 0.88-0.97 per doubling of the nodes. Per 5 s tick exp(N(0, 2-5 %))
(views per exam, the balanced sampler's positive exams with their extra views), a slow OU of the log (sd 1-3 %,
20-120 min), loader stalls (a slow DICOM read) on 0.05-0.4 % of the ticks at 30-80 %; half the runs' first epoch
4-14 % slower (the page cache cold), unlisted. Pauses, log-uniform in their ranges: a start-up 4-10 min ("long":
20-50; the DICOM index and the exam lists built), then a ramp from 35-65 % over 3-8 min; validation (exam-level AUC
and sensitivity at a fixed specificity over every view) after each epoch of 30-120 min (longer at a higher
resolution), 1.5-7 min ("long": 15-45), a checkpoint after every 1-3, 15-60 s ("long": 1-4 min). Node failures
(Poisson, mean 15-60 h, at least 20 min after a start): half hang the job 2-10 min ("long": 15-30) until NCCL's
timeout, half crash at once; then it is down 1-5 min ("long": 8-20) and restarts with a start-up of 2-6 min ("long":
10-20) and a ramp from 80-95 % over 1-3 min. Planned continuations (0-2 at 15-85 % of the run, after the next
validation with a checkpoint; a graceful stop of 1-3 min, "long" 5-12): a second stage at a higher resolution (1.6-2.3
times the pixels), another site's exams (its detectors' matrices: 0.72-0.88 or 1.12-1.3 times the pixels) or other
nodes (1, 2, 4 or 8); each is a listed change. A point is paused when pauses or a start-up ramp's first half fill a
sixth of its window (its minute and the ``E`` s before it) or more, when it reads 0, and the point after any of those.

Labelled regressions multiply the job's images/s by ``1 - a w(t)`` from their onset; log times, stamps, delivery and
the watcher's reads keep the healthy run's, so a point loses ``a`` times the read of the lost images (linear):
``drop`` (a node's GPUs throttled or its NCCL link degraded: the synchronous job waits; ``w = min(1, (s + 1) / tau)``,
``tau`` 1-5 points), ``straggler`` (one node's loader workers, decoding DICOM, starved by a co-scheduled CPU job or a
slow file server: bursts of mean 5-40 min at 1, calm of mean 10-60 min at 0.1-0.3), ``leak`` (the loader workers'
memory, decoded pixel arrays and augmentation buffers, grows until the host swaps: ``w = (s / ramp) ** p``, ``p``
0.7-1.5, a ramp of 120-900 points, then held; it ends with its process). Onsets: 35 % within a point of a pause's
end, else anywhere in the slot; ``a`` solved for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak) over
the event's live points, ``a <= 0.8``; an event holds no listed change; kept where the measured depth is 7-35 % and
shows (80 draws a slot).

Counts over ``heldout84_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.102-0.335  19              2-35 (1251, 0 >60)           3
long      31      10    10         11    0.086-0.315  15              2-69 (778, 3 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 12, long 6 (planned continuations). Paused share of the points: 3.9-21.0 % (short),
19.8-50.7 % (long: long validations after short epochs). The healthy points over the job's true images per minute
(live points): 0.9997-1.0041 over both settings' 24 runs (the 1st percentile of a run's ratio down to 0.63: minutes
read late after a stall or an outage, or moved by a node's clock); lines the watcher saw, of those stamped in the
trace: 99.2-100 %; detectors in 9 of the 24 runs, a cold first epoch in 15; 11 input outages (6 crashes) and 31
processing stalls over the 24 runs. Building both full sets takes about 0.8 s of CPU on one core. The test
module runs in 1.20 s by pytest (1.81 s wall, 1.29 s user CPU + 0.09 s system; ``OMP_NUM_THREADS=1``, pinned to one
core, on a machine busy with other benchmarks).

Opened
------
``docs/data-authors.md``; ``anomaly/heldout83.py`` lines 1-150 and 474-484 (a ``grep -n`` for its two functions'
lines and ``wc -l``); ``tests/test_anomaly_heldout83.py`` (all); ``anomaly/heldout_common.py`` (all);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``/tmp/s45/genheads84.txt`` (all, its lines cut
at 250 characters, and ``grep -ic`` of it for "graylog" and for "mammo|breast|syslog|rsyslog", "mammogra|screening|
DICOM", "journal|opensearch": 0 each); ``tests/test_architecture.py`` lines 1-110 (read late, after the
generator and its tests were written); ``wc -l`` of ``docs/data-authors.md``, heldout_common.py, trace_checks.py and
the heads file. Slips: ``git worktree add`` printed main's head commit id and subject (not sought); no other. Nothing
else in the project opened (the counts above were measured by my own scripts outside the repository, on this
generator only).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT84_SEEDS = tuple(range(842000, 842012))
CODE = 84
EPOCH = 1_777_593_600  # 2026-05-01 00:00 UTC
STEP = 60  # the Graylog widget: the images field summed per 1-minute bucket of message ``timestamp``, over 60
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (240, 600), "long": (1200, 3000)},
       "restart": {"short": (120, 360), "long": (600, 1200)},
       "valid": {"short": (90, 420), "long": (900, 2700)},
       "ckpt": {"short": (15, 60), "long": (60, 240)},
       "hang": {"short": (120, 600), "long": (900, 1800)},
       "down": {"short": (60, 300), "long": (480, 1200)},
       "stop": {"short": (60, 180), "long": (300, 720)}}
LOGS = (10, 15, 30, 60)  # a trainer logs one syslog line per this many training s (every N steps)
LAGS = (30, 60, 120)  # the watcher reads a minute's bucket this many s (+ 0-3) after its end
NODES = (1, 2, 4, 8)
RESUME = 30.0  # rsyslog ``action.resumeInterval`` (s); after every 10 retries the interval grows by itself
PAUSED_SHARE = 1 / 6


def _logu(rng, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _ticks(rng, kind: str, setting: str) -> int:
    return max(1, int(round(_logu(rng, *DUR[kind][setting]) / TICK)))


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(a, b)`` (s): the first within ``first`` h, then every ``every`` h, each ``dur`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = _logu(rng, *dur)
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _node_rate(cfg: dict, p: dict) -> float:
    """A node's images/s: its 8 GPUs' step or its loader workers' DICOM decoding, whichever is slower (soft)."""
    px = p["res"] ** 2 * p["site"]  # pixels relative to the first stage (another site's detectors: other matrices)
    gpu = 8 * cfg["gpu"] / px ** 1.1
    cpu = cfg["cpu"] / px ** 0.8  # DICOM decoding and augmentation on the loader workers scale with the pixels
    return 1.0 / float(hc.smax(1.0 / gpu, 1.0 / cpu))


def _level(cfg: dict, p: dict) -> float:
    """The job's images/s at full speed in process ``p`` (synchronous data parallel over its nodes)."""
    m = p["nodes"]
    return m * _node_rate(cfg, p) * cfg["eff"] ** np.log2(m)


def _config(rng) -> dict:
    det = rng.random() < 0.5  # a detector on crops / whole images, else a whole-image classifier
    return {"det": bool(det), "gpu": rng.uniform(2.5, 8.0) if det else rng.uniform(8.0, 25.0),
            "cpu": rng.uniform(40, 160), "eff": rng.uniform(0.88, 0.97), "E": int(rng.choice(LOGS)),
            "L": int(rng.choice(LAGS)), "epoch": rng.uniform(30, 120) * 60, "sig": rng.uniform(0.02, 0.05),
            "cold": rng.uniform(0.04, 0.14) if rng.random() < 0.5 else 0.0}


def _next_proc(rng, cfg: dict, q: dict | None) -> dict:
    """The next process's set-up: the same as ``q`` (a restart) or, where ``q["graceful"]``, a planned continuation
    (a second stage at a higher resolution, another site's exams, or other nodes)."""
    if q is None:
        return {"nodes": int(rng.choice(NODES, p=[0.15, 0.3, 0.3, 0.25])), "res": 1.0, "site": 1.0, "change": None}
    p = {"nodes": q["nodes"], "res": q["res"], "site": q["site"], "change": None}
    if q["graceful"]:
        what = ("stage", "site", "nodes")[int(rng.integers(3))]
        if what == "stage" and q["res"] == 1.0:
            p["res"] = rng.uniform(1.25, 1.5)  # a higher resolution: 1.6-2.3 times the pixels
        elif what == "nodes":
            p["nodes"] = int(rng.choice([m for m in NODES if m != q["nodes"]]))
        else:
            what = "site"
            p["site"] = q["site"] * (rng.uniform(0.72, 0.88) if rng.random() < 0.5 else rng.uniform(1.12, 1.3))
        p["change"] = what
    return p


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The healthy job on the tick grid: its images/s ``J``, the process of each tick ``life`` (-1: none up), the
    pauses ``(a, b, kind)`` and the start-up ramps (ticks), the processes and the planned continuations."""
    T = (n + 3) * K
    cfg = _config(rng)
    LV = np.zeros(T)
    life = np.full(T, -1)
    pauses, ramps, procs, known = [], [], [], []
    fail_mean = rng.uniform(15, 60) * 3600
    fails = list(np.cumsum(rng.exponential(fail_mean, 40)) / TICK)
    conts = sorted(rng.uniform(0.15, 0.85, int(rng.choice(3, p=[0.3, 0.4, 0.3]))) * n * K)
    t, start, q, first = 0, "startup", None, True
    while t < T:
        p = _next_proc(rng, cfg, q)
        pid = len(procs)
        p.update(start=t, graceful=False, hang=False)
        procs.append(p)
        d = _ticks(rng, start, setting)
        pauses.append((t, min(t + d, T), start))
        life[t:t + d] = pid
        if p["change"] is not None:
            known.append(t + d)
        t += d
        lvl = _level(cfg, p)
        r = int(rng.uniform(3, 8) * 12) if first else int(rng.uniform(1, 3) * 12)
        r0 = rng.uniform(0.35, 0.65) if first else rng.uniform(0.8, 0.95)
        p["ramp"] = (t, t + r)
        ramps.append((t, t + r))
        ep = int(np.clip(cfg["epoch"] * _level(cfg, procs[0]) / lvl, 1200, 14400) / TICK)
        n_ep, ck_every = 0, int(rng.integers(1, 4))
        while t < T:
            while fails and fails[0] < max(p["start"] + 240, t):  # at least 20 min after a start, never in a pause
                fails[0] = max(p["start"] + 240, t) + rng.uniform(0, 360)
                fails.sort()
            e = t + ep
            cold = 1 - cfg["cold"] if first and n_ep == 0 else 1.0  # the page cache is cold in the first epoch
            if fails and fails[0] < e:
                f = int(fails.pop(0))
                LV[t:f] = lvl * cold
                life[t:f] = pid
                t = f
                if rng.random() < 0.5:  # a rank hangs the job until NCCL's timeout kills it
                    h = _ticks(rng, "hang", setting)
                    pauses.append((t, min(t + h, T), "hang"))
                    life[t:t + h] = pid
                    p["hang"] = True
                    t += h
                dn = _ticks(rng, "down", setting)
                pauses.append((t, min(t + dn, T), "down"))
                t += dn
                start, first = "restart", False
                break
            LV[t:e] = lvl * cold
            life[t:e] = pid
            t = e
            n_ep += 1
            ck = n_ep % ck_every == 0
            v = _ticks(rng, "valid", setting) + (_ticks(rng, "ckpt", setting) if ck else 0)
            pauses.append((t, min(t + v, T), "valid+ckpt" if ck else "valid"))
            life[t:t + v] = pid
            t += v
            if conts and conts[0] <= t and ck:
                conts.pop(0)
                s = _ticks(rng, "stop", setting)
                pauses.append((t, min(t + s, T), "stop"))
                life[t:t + s] = pid
                t += s
                p["graceful"] = True
                start, first = "restart", False
                break
        q = p
        lvl_ramp = np.ones(T)
        a, b = p["ramp"]
        lvl_ramp[a:min(b, T)] = np.linspace(r0, 1.0, b - a)[:max(0, min(b, T) - a)]
        LV[a:min(b, T)] *= lvl_ramp[a:min(b, T)]
    LV = LV[:T]
    life = life[:T]
    train = LV > 0
    noise = np.exp(rng.normal(0, cfg["sig"], T))
    ou = np.repeat(hc.ou_path(rng, T * TICK, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60), K)[:T]
    stall = np.where(rng.random(T) < rng.uniform(0.0005, 0.004), rng.uniform(0.3, 0.8, T), 1.0)
    J = np.where(train, LV * noise * np.exp(ou) * stall, 0.0)
    return SimpleNamespace(n=n, T=T, cfg=cfg, J=J, life=life, train=train, pauses=pauses, ramps=ramps, procs=procs,
                           known=known, dt=STEP, k=K)


def _offsets(rng, T: float) -> list:
    """Each of 8 nodes' clock error as episodes: a base N(0, 0.2 s) and, on half the nodes, chrony losing its
    sources (10-120 min, first within 5-100 h, then every 20-150 h): the error grows to 2-30 s, then steps back."""
    out = []
    for k in range(8):
        eps = _episodes(rng, T, (5, 100), (20, 150), (600, 7200)) if rng.random() < 0.5 else []
        out.append((rng.normal(0, 0.2), [(a, b, rng.choice([-1, 1]) * rng.uniform(2, 30)) for a, b in eps]))
    return out


def _clock(t: np.ndarray, off) -> np.ndarray:
    base, eps = off
    x = np.full(t.shape, base)
    for a, b, d in eps:
        m = (t >= a) & (t < b)
        x[m] += d * (t[m] - a) / (b - a)
    return x


def _collection(rng, T: float) -> SimpleNamespace:
    """Graylog's troubles over the run (s): processing stalls (the journal holds the messages; they are indexed at
    the stall's end, catching up at ``q``), input outages (rsyslog suspends the forwarding action; its disk-assisted
    queue holds the messages; half are crashes that lose the messages in flight) and the daily index rotations."""
    stalls = [(a, b, rng.uniform(0.05, 0.3)) for a, b in _episodes(rng, T, (10, 80), (20, 120), (180, 2400))]
    outs = [(a, b, rng.random() < 0.5) for a, b in _episodes(rng, T, (20, 150), (40, 200), (120, 1500))]
    rot = [(d, d + rng.uniform(5, 30)) for d in np.arange(86400.0, T, 86400.0)]
    return SimpleNamespace(stalls=stalls, outs=outs, rot=rot)


def _deliver(rng, t: np.ndarray, node: int, col) -> tuple[np.ndarray, np.ndarray]:
    """When a node's messages sent at ``t`` become searchable in OpenSearch, and which are lost."""
    d = t + np.exp(rng.normal(np.log(1.2), 0.5, t.shape))  # rsyslog, TCP, input, journal, buffers, batch, refresh
    lost = np.zeros(t.shape, bool)
    for a, b, crash in col.outs:
        m = (t >= a) & (t < b)
        phase, retry, k = rng.uniform(0, RESUME), a, 0
        retry += phase
        while retry < b:  # action.resumeInterval, extended after every 10 retries
            k += 1
            retry += (k // 10 + 1) * RESUME
        d[m] = np.maximum(d[m], retry + rng.uniform(0, 5) + 0.02 * (t[m] - a))
        if crash:
            lost |= (t >= a - rng.uniform(0, 15)) & (t < a)  # in the TCP send buffer when the input died
    for a, b, q in col.stalls:
        m = (d >= a) & (d < b)
        d[m] = b + q * (d[m] - a) + 1.0
    for a, b in col.rot:
        m = (d >= a) & (d < b)
        d[m] = b + 1.0
    return d, lost


def _messages(rng, run) -> SimpleNamespace:
    """Every node's syslog lines: the ticks ``[i1, i2)`` each line's images cover, its share of the job
    (``coef``), its minute by its ``timestamp`` (``b``) and whether the watcher's read saw it (``seen``)."""
    E = run.cfg["E"] // TICK
    T = run.T * TICK
    offs, col = _offsets(rng, T), _collection(rng, T)
    read_at = (np.arange(run.n + 30) + 1.0) * STEP + run.cfg["L"] + rng.uniform(0, 3, run.n + 30)
    cols = {x: [] for x in ("i1", "i2", "coef", "b", "seen", "t")}
    for pid, p in enumerate(run.procs):
        idx = np.nonzero(run.train & (run.life == pid))[0]
        if len(idx) == 0:
            continue
        logs = idx[E - 1::E]
        if p["graceful"] and (len(logs) == 0 or logs[-1] != idx[-1]):
            logs = np.append(logs, idx[-1])  # a graceful stop logs its last interval
        if len(logs) == 0:
            continue
        i1 = np.concatenate([[idx[0]], logs[:-1] + 1])
        i2 = logs + 1
        t = i2 * TICK + rng.uniform(0, 0.3, len(logs))
        for node in range(p["nodes"]):
            stamp = t + _clock(t, offs[node])
            b = np.floor(stamp / STEP).astype(int)
            d, lost = _deliver(rng, t, node, col)
            ok = (b >= 0) & (b < run.n)
            seen = ok & ~lost & (d <= read_at[np.clip(b, 0, run.n - 1)])
            for x, v in (("i1", i1), ("i2", i2), ("coef", np.full(len(t), 1.0 / p["nodes"])), ("b", b),
                         ("seen", seen), ("t", t)):
                cols[x].append(v[ok])
    rw = SimpleNamespace(**{x: np.concatenate(v) for x, v in cols.items()})
    kept = rw.seen.sum()
    rw.seen_share = float(kept / len(rw.seen)) if len(rw.seen) else 1.0
    rw.col = col
    return rw


def _read(run, J: np.ndarray) -> np.ndarray:
    """The panel: per minute, the images of the lines the watcher saw in its bucket, over 60 (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J) * TICK])
    rw = run.rw
    img = (C[rw.i2[rw.seen]] - C[rw.i1[rw.seen]]) * rw.coef[rw.seen]
    return np.bincount(rw.b[rw.seen], weights=img, minlength=run.n)[:run.n] / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: pauses or a start-up ramp's first half fill a sixth of the point's window (its minute and the
    ``E`` s before it) or more, it reads 0, and the point after any of those."""
    off = np.zeros(run.T + K + 1)
    for a, b, _ in run.pauses:
        off[a:b] = 1
    for a, b in run.ramps:
        off[a:a + (b - a) // 2] = 1
    c = np.concatenate([[0.0], np.cumsum(off)])
    e = run.cfg["E"] // TICK
    hi = (np.arange(run.n) + 1) * K
    lo = np.maximum(hi - K - e, 0)
    bad = (c[hi] - c[lo]) / (hi - lo) >= PAUSED_SHARE
    bad |= h <= 0
    bad[1:] |= bad[:-1].copy()
    spans = []
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.rw = _messages(rng, run)
    h = _read(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // K) for t in run.known], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)
    calm, w, i, on = rng.uniform(0.1, 0.3), np.empty(length), 0, True
    burst, rest = rng.uniform(5, 40), rng.uniform(10, 60)
    while i < length:
        j = i + max(1, int(rng.exponential(burst if on else rest)))
        w[i:j] = 1.0 if on else calm
        i, on = j, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None after 80 draws."""
    n = run.n
    starts = sorted({p["start"] // K for p in run.procs})
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [e for s, e in _spans_of(live) if lo <= s and e < last]
            if not cand:
                continue
            onset = cand[int(rng.integers(len(cand)))] + int(rng.integers(-1, 2))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        if kind == "leak":  # it ends with its process
            stop = min([stop] + [s for s in starts if s > onset + 1])
            if stop - onset < 60 or ramp > 0.85 * (stop - onset):
                continue
        w = _weight(rng, kind, stop - onset, ramp)
        W = np.zeros(run.T)
        W[onset * K:stop * K] = np.repeat(w, K)
        r = _read(run, run.J * W)
        hs, rs = healthy[onset:stop][live[onset:stop]].sum(), r[onset:stop][live[onset:stop]].sum()
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        if rs <= 0 or target * hs / rs > 0.8:
            continue
        m = target * hs / rs * r
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
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, m[on:end])
    return None


def _spans_of(live: np.ndarray) -> list[tuple[int, int]]:
    """The pause spans of a live mask."""
    spans = []
    for i in np.nonzero(~live)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def make_heldout84(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(lambda s, k, p: _build(s, k, p), _draw, None, KIND_P, seed, n, pauses, n_events,
                           CODE, lambda run: EPOCH + STEP * np.arange(run.n, dtype=float), stream=(5,))


def heldout84_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT84_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout84, seeds, n, pauses)
