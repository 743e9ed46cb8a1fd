"""The hundred-and-fifth held-out throughput family: a gravitational-wave detection network's training segments/s (a
1-D CNN or a transformer classifying whitened LIGO/Virgo strain segments as signal or noise), each rank's RFC 5424
syslog line per logging interval forwarded by rsyslog over UDP to a central rsyslog whose ``ompgsql`` action inserts
it into a PostgreSQL table, summed per minute by the monitor's SQL query once a minute. The network is trained on
simulated compact-binary-coalescence waveforms injected into detector noise.

(No generator's head names syslog, rsyslog, RFC 5424, ompgsql, UDP, PostgreSQL, gravitational waves, LIGO, Virgo,
strain, coalescence or segments/s; "segment" is in three heads, as image or video segmentation; "wave" matches Wavefront
and a seismic phase picker's waveforms/s; "sql" matches a MySQL data source and a Snowflake query. The job and the path
were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 520 lines with this docstring of 122 lines (the code is about 425).

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout103.py`` lines 1-110 and 560-569 (its
``make_heldout103`` and ``heldout103_set``, after a ``grep -n`` for their ``def`` lines and a ``wc -l``),
``tests/test_anomaly_heldout103.py`` (all), ``anomaly/heldout_common.py`` (all, in three pieces), ``tests/
trace_checks.py`` (all, in pieces), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and
``/tmp/s52/genheads105.txt`` through ``grep -i`` / ``grep -c`` only (the words above). Slip: a first ``cat`` of
``heldout_common.py`` and ``trace_checks.py`` together was cut by the tool in the middle; the cut part was then read
with ``sed`` (all of both files are on the list); to find which ``tests/test_architecture.py`` check failed (the
module's size, before its ``Size:`` line) I printed that run's FAILED line, not only its pass count.

Public sources read (through the search tool, as stored there): rsyslog's ``ompgsql`` page (8.32+, ``server``, ``db``,
``conninfo``, a ``template`` that must be valid SQL, the default template ``StdPgSQLFmt``) and a pastebin configuration
of it with a LinkedList action queue (``queue.size``, worker threads); rsyslog's "Forwarding Logs" page (UDP is
connectionless and does not block, so no queue is needed, and it is unreliable; TCP with a linkedList queue); the
"Actions with directives" page and Red Hat's remote-logging pages (``action.resumeRetryCount -1``: retry for ever,
``queue.saveOnShutdown``, a ``queue.filename`` for disk assistance); ``$ActionResumeInterval`` (default 30 s; a
suspended action is retried after it, the interval growing to ``(retries / 10 + 1) * 30``); the queue parameters
(``queue.size`` 1,000 for an action queue, 50,000 or 100,000 for the main one; ``queue.dequeueBatchSize`` 128 for an
action queue, 1,024 for a ruleset's); the action-thread notes and ``action.c``'s head (a transaction groups a batch,
rollback is not guaranteed, so delivery is at least once); rsyslog issues 4573, 2853 and 4354 (queues that discard or
lose messages during a receiver's downtime); ``imudp``'s pages (``RcvBufSize``, the OS buffer; ``TimeRequery``;
``BatchSize`` for ``recvmmsg``), rsyslog error 2354 (``omfwd``: error 11 sending via UDP, out of buffer space), a statsd
issue and fluent-bit's notes (a small socket receive buffer drops UDP datagrams under bursts). On the job: George and
Huerta's "Deep Filtering" (two 1-D CNNs on whitened time series, trained on injections into LIGO noise with a noise
level raised step by step), Gabbard et al.'s "magic bullet?" paper (CNNs as trigger generators), a ResNet-54 study
(AResGW: dynamic augmentation, curriculum learning on SNR, O3a noise), a batch-normalisation and dropout study (arXiv
2011.04418), a resampling white-box study on Morlet time-frequency images, and a deep-learning search on matched-filter
SNR time series.

Assumed without checking (my own picture): 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.86-0.97 per doubling); a GPU trains
400-4000 segments/s (log-uniform) of 1 s of two detectors at 2048 Hz, its cost growing as ``(s r) ** 0.9`` (seconds,
rate), ``d ** 0.5`` (detectors) and the model; the loaders generate waveforms on the fly (an inspiral-merger-ringdown
approximant), project them onto the detectors, inject them at a drawn SNR into stretches of frame-file noise, whiten
them with an estimated PSD (FFTs) and band-pass them: their rate falls as ``s r d`` and the approximant's cost; they run
at 1.8-4 times what the GPUs take, or 0.8-1.3 times (35 %: CPU-bound, noisier ticks, dips when a worker loads a new
4096-s frame file and re-estimates its PSD every 5-30 min). Later stages (70 % of runs relaunch at 25-80 % of the run,
25 % of those again): twice or half the seconds, another sampling rate (2048 or 4096 Hz), a third detector (Virgo) or
one less, a model 2-4 times dearer (a deeper ResNet, a transformer) or half, a precessing approximant with higher modes
(1.5-4 times dearer to generate; it moves only a CPU-bound level), twice or half the nodes; redrawn until the level
moves 15 % (and lies within 0.5-3 times the first stage's). Per 5-s tick ``exp(N(0, 2-4 %))`` (5-9 % CPU-bound), a slow
OU of the log (sd 1-3 %, 20-120 min). Pauses: a start-up (reading the frame files' index, estimating PSDs, building or
loading the waveform bank, compilation) of 3-10 min ("long": 20-50) and a ramp from 40-70 % over 2-8 min (its first half
paused); an epoch every 40-120 min, then a validation on a fixed injection set at several SNRs (sensitive distance at a
false-alarm rate) of 2-6 min ("long": 10-25), the weights saved after every 1 or 2 (10-40 s, "long": 1-3 min); crashes
(CUDA out of memory, NCCL time-outs, a node lost, the frame files' share unmounted; exponential, mean 12-48 h, 20 min or
more after a start): down 1-4 min ("long": 6-18), restarted in 2-6 min ("long": 8-20), a ramp from 75-95 % over 1-3 min;
a relaunch: a stop of 1-3 min ("long": 5-12), 1-5 min in the queue, then a start-up; an epoch of a later stage takes the
first's times its level over the stage's (20 min to 4 h).

On the path (not checked): that the ranks log every ``N`` optimizer steps, all at once (Lightning's
``log_every_n_steps``; the all-reduce keeps them in step), each the segments it trained since its last line, through
Python's ``SysLogHandler`` to ``/dev/log`` (a line written while the local rsyslog restarts is lost); that the
``StdPgSQLFmt`` template fills ``ReceivedAt`` (the central server's receive time) and ``DeviceReportedTime`` (the line's
RFC 5424 TIMESTAMP, the node's clock: ``imuxsock`` stamps a line that came without one, as ``SysLogHandler``'s do) as I
remember the ``SystemEvents`` schema; that a connection lost between a batch's COMMIT and its acknowledgement makes
``ompgsql`` insert the batch again after the resume; that lines arriving while no ``imudp`` listens are lost; that
``imuxsock``'s rate limiting never bites (not modelled); how often any of it happens. Nothing was measured on a real
system.

The path (chosen): a line per rank every ``Q`` segments (the stage-0 level's 2-6 s), its TIMESTAMP the node's clock;
none for the interval under way at a crash, and at a relaunch's stop a last one (50 % of runs). Each node's rsyslog
restarts (first within 150 h, every 50-300 h; 1-10 s): its lines lost. UDP: each line lost with probability 0.01-0.2 %,
and 10-60 % in bursts of 1-15 min (first within 30 h, every 8-60 h: other hosts' log storms fill the central socket's
receive buffer). The central rsyslog restarts (first within 80 h, every 30-200 h; 3-30 s, 15 %: 1-5 min, a broken
configuration fixed): lines sent then are lost; with ``queue.saveOnShutdown`` (50 % of runs) the batch in flight is
inserted again after the restart (a duplicate), else that batch is lost. PostgreSQL is down (first within 100 h, every
20-150 h; 10-120 s a restart or a failover, 20 %: 5-20 min): the ``ompgsql`` action is suspended and retried every 30 s
(``resumeInterval``, growing after 10 retries); with ``resumeRetryCount -1`` (60 % of runs) lines wait in the action
queue (1,000, 10,000 or 100,000 lines: beyond it they are dropped) and drain at 500-5,000 rows/s after the resume, else
(40 %) lines that meet the suspended action are discarded; at each outage the batch in flight (the lines of the last
0.5-3 s) is inserted twice with probability 0.5. A row's minute is its ``DeviceReportedTime`` (65 % of runs) or its
``ReceivedAt`` (35 %); rows are committed 0.015-0.5 s after they arrive. The monitor's query reads minute ``m`` at its
end plus 2-40 s (per run) and 0-1 s: rows committed later are never read (late, as is a backlog after an outage: its
rows keep their old times); a read while PostgreSQL is down, or a failed one (0.05-0.2 %: a statement time-out), gives
nothing (0). Clocks: each node off true time by ``N(0, 0.02-0.5 s)``, the central server by ``N(0, 0.2 s)``; in 15 % of
runs one node by 5-60 s more (either way; behind, its rows land in minutes already read).

One point is the query's sum for one minute divided by 60 (the trace's step, 60 s); its timestamp is the minute's end.
All that the path delays, loses or copies is fixed by the healthy run (which lines exist, their times, how often each is
counted and which read takes it); a regression takes a share ``a w`` of each tick's segments and each read loses what
its lines lost (reads none of whose lines changed equal the healthy ones).

A point is paused where its window (widened by twice the stage-0 logging interval, the clocks' largest offset and 3 s
before it, the offset and 3 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused
point is widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from
their onset: ``drop`` (the frame files' share degrades for good: the NFS or CVMFS cache is evicted and every noise
stretch is read from the remote server; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 points), ``straggler`` (one node's
GPUs throttled by heat or power in bursts, every rank waiting at the all-reduce: bursts of mean 5-30 points at 1, calm
of mean 20-90 at 0.05-0.25), ``leak`` (the loader workers' waveform cache and their PSD/FFT plans grow with every
injection until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, a ramp of 150-1000 points, then held to the
event's end). Onsets by ``hc.onset_time`` over the pauses (30 % at a pause's end), else anywhere in the slot; ``a`` set
from one series at ``a = 1`` (the reads are linear in ``a``) for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 %
(leak) over the event's live points; a draw is kept where ``hc.shown_depth`` allows (80 tries).

Measured (``heldout105_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans (points)
short     32      9     10         13    0.083-0.344  24              2-19 (1124, 0 >60)
long      28      9     10         9     0.121-0.321  17              2-63 (881, 1 >60)

Listed changes: short 8, long 9. Also measured on the full sets (``_path``'s counts, rank lines): UDP datagrams lost
23,304 (short) and 21,786 (long); lines lost to a node's rsyslog restart 72 and 100, to the central one's 615 and 2,180,
to a suspended action 571 and 3,657; the action queue never filled (0); rank lines inserted twice 88 and 80; late rows
85,250 (short: 77,612 of them in one run whose only node's clock is 29 s behind, rows by reported time) and 3,273;
failed reads 143 and 178 minutes. The read's noise about the job's true segments/s per minute (sd of the log ratio over
live points, per run): 0.026-0.060 (short), 0.023-0.067 (long), mostly whole lines falling into one minute or the next.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT105_SEEDS = tuple(range(1052000, 1052012))
CODE = 105
TICK = 5.0  # s: the job's time grid
STEP = 60.0  # s: one read per minute
K = int(STEP // TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (unix s), a multiple of 60
KIND_P = (0.35, 0.3, 0.35)
RESUME = 30.0  # rsyslog's action.resumeInterval default (s)
PAUSES = {  # minutes: (short lo, hi), (long lo, hi)
    "startup": ((3, 10), (20, 50)), "valid": ((2, 6), (10, 25)), "ckpt": ((10 / 60, 40 / 60), (1, 3)),
    "down": ((1, 4), (6, 18)), "restart": ((2, 6), (8, 20)), "stop": ((1, 3), (5, 12)),
}


def _dur(rng, kind: str, setting: str) -> float:
    lo, hi = PAUSES[kind][hc.SETTINGS[setting]]
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The job's segments/s at a stage: each node at the soft minimum of its GPUs and its loaders (which generate,
    inject and whiten the waveforms), ``eff`` lost per doubling of the nodes."""
    samples = st["sec"] * st["rate"]
    gpu = cfg["gpus"] * cfg["gpu"] / (samples ** 0.9 * (st["det"] / 2) ** 0.5 * st["model"])
    node = gpu
    if cfg["io"] is not None:
        io = cfg["io"] / (samples * st["det"] / 2 * st["approx"])
        node = 1.0 / (gpu ** -8 + io ** -8) ** 0.125
    return float(st["nodes"] * node * cfg["eff"] ** np.log2(st["nodes"]))


def _next_stage(rng, cfg: dict, st: dict, base: float | None = None) -> dict:
    """A relaunch's stage: one or two changes, redrawn until the level moves by 15 % or more (and stays within 0.5-3
    times ``base``, the first stage's level, where given: the ranks keep logging every ``Q`` segments)."""
    while True:
        new = dict(st)
        for _ in range(int(rng.integers(1, 3))):
            what = ("sec", "rate", "det", "model", "approx", "nodes")[int(rng.integers(6))]
            up = rng.random() < 0.5
            if what == "sec":
                new["sec"] = float(np.clip(new["sec"] * (2 if up else 0.5), 0.5, 16))
            elif what == "rate":
                new["rate"] = 2.0 if new["rate"] == 1.0 else 1.0
            elif what == "det":
                new["det"] = 3.0 if new["det"] == 2.0 else 2.0
            elif what == "model":
                new["model"] *= rng.uniform(2, 4) if up else 0.5
            elif what == "approx":
                new["approx"] = rng.uniform(1.5, 4) if new["approx"] == 1.0 else 1.0
            else:
                new["nodes"] = int(np.clip(new["nodes"] * (2 if up else 0.5), 1, 8))
        new_level = _level(cfg, new)
        if base is not None and not 0.5 <= new_level / base <= 3:
            continue
        if abs(np.log(new_level / _level(cfg, st))) >= np.log(1.15):
            return new


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point from its onset (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    calm, w, i, bad = rng.uniform(0.05, 0.25), np.empty(length), 0, True
    mb, mc = rng.uniform(5, 30), rng.uniform(20, 90)
    while i < length:
        k = max(2, int(rng.exponential(mb if bad else mc)))
        w[i:i + k] = 1.0 if bad else calm
        i, bad = i + k, not bad
    return w


def _episodes(rng, T: float, first: float, gap: tuple, dur) -> np.ndarray:
    """``[start, end)`` rows of episodes: the first within ``first`` h, then every ``gap`` h, each ``dur(rng)`` s."""
    out, t = [], rng.uniform(0, first * 3600)
    while t < T:
        out.append((t, t + dur(rng)))
        t = out[-1][1] + 3600 * rng.uniform(*gap)
    return np.array(out).reshape(-1, 2)


def _inside(t: np.ndarray, iv: np.ndarray) -> np.ndarray:
    """The row of the sorted, disjoint intervals ``iv`` holding each time of ``t`` (-1: none)."""
    if len(iv) == 0:
        return np.full(len(t), -1)
    j = np.searchsorted(iv[:, 0], t, side="right") - 1
    ok = (j >= 0) & (t < iv[np.maximum(j, 0), 1])
    return np.where(ok, j, -1)


def _schedule(rng, n: int, setting: str):
    """The job: its stages, pauses, process lives and segments per tick (``J``, the whole job's)."""
    T = n * STEP + 900
    nt = int(T // TICK)
    bound = rng.random() < 0.35
    gpus = int(rng.choice([4, 8]))
    cfg = {"gpus": gpus, "gpu": hc.log_uniform(rng, 400, 4000), "eff": rng.uniform(0.86, 0.97), "io": None}
    cfg["io"] = gpus * cfg["gpu"] * (rng.uniform(0.8, 1.3) if bound else rng.uniform(1.8, 4))
    st = {"sec": 1.0, "rate": 1.0, "det": 2.0, "model": 1.0, "approx": 1.0,
          "nodes": int(rng.choice([1, 2, 4, 8], p=[0.25, 0.35, 0.25, 0.15]))}
    stages, levels = [st], [_level(cfg, st)]
    relaunch = []
    if rng.random() < 0.7:
        relaunch.append(rng.uniform(0.25, 0.8) * n * STEP)
        if rng.random() < 0.25 and relaunch[0] < 0.6 * n * STEP:
            relaunch.append(rng.uniform(relaunch[0] + 0.1 * n * STEP, 0.9 * n * STEP))
    crash_mean = 3600 * rng.uniform(12, 48)
    epoch0 = 60 * rng.uniform(40, 120)
    ck_every = int(rng.choice([1, 2]))
    pauses_t, lives, train, known_t, crashes = [], [], [], [], []
    t, life0, si, ri, n_ep = 0.0, 0.0, 0, 0, 0
    pending = "startup"
    counts = {"relaunches": 0, "crashes": 0}
    while t < T:
        if pending == "startup":
            d = _dur(rng, "startup", setting)
            pauses_t.append((t, t + d, "startup"))
            r = 60 * rng.uniform(2, 8)
            pauses_t.append((t + d, t + d + r, "ramp"))
            ramp = (t + d, t + d + r, rng.uniform(0.4, 0.7))
            t += d
        elif pending == "restart":
            r = 60 * rng.uniform(1, 3)
            pauses_t.append((t, t + r, "ramp"))
            ramp = (t, t + r, rng.uniform(0.75, 0.95))
        pending = None
        crash_at = t + 1200 + rng.exponential(crash_mean)
        ep_len = float(np.clip(epoch0 * levels[0] / levels[si], 1200, 14400))
        to_ep = ep_len * rng.uniform(0.9, 1.1)
        nxt_re = relaunch[ri] if ri < len(relaunch) else np.inf
        if nxt_re < t + 600:
            nxt_re = t + 600
            relaunch[ri] = nxt_re
        end = min(t + to_ep, crash_at, nxt_re)
        train.append((t, end, si, ramp))
        ramp = None
        t = end
        if end == crash_at:
            counts["crashes"] += 1
            crashes.append(t)
            lives.append((life0, t, False))
            d = _dur(rng, "down", setting) + _dur(rng, "restart", setting)
            pauses_t.append((t, t + d, "crash"))
            t += d
            life0, pending = t, "restart"
        elif end == nxt_re:
            counts["relaunches"] += 1
            lives.append((life0, t, True))
            d = _dur(rng, "stop", setting) + 60 * rng.uniform(1, 5)
            pauses_t.append((t, t + d, "relaunch"))
            known_t.append(t + 1.0)
            st = _next_stage(rng, cfg, st, levels[0])
            stages.append(st)
            levels.append(_level(cfg, st))
            si, ri = si + 1, ri + 1
            t += d
            life0, pending = t, "startup"
        else:
            n_ep += 1
            d = _dur(rng, "valid", setting)
            kind = "valid"
            if n_ep % ck_every == 0:
                d += _dur(rng, "ckpt", setting)
                kind = "ckpt"
            pauses_t.append((t, t + d, kind))
            t += d
    lives.append((life0, T, False))
    # segments per tick
    J = np.zeros(nt)
    mid = (np.arange(nt) + 0.5) * TICK
    sd = rng.uniform(0.05, 0.09) if bound else rng.uniform(0.02, 0.04)
    noise = np.exp(rng.normal(0, sd, nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), 60 * rng.uniform(20, 120))
    slow = np.exp(ou[(mid // 60).astype(int)])
    if bound:  # a loader worker loads a frame file and estimates its PSD: a dip of 1-3 ticks
        every = rng.uniform(300, 1800) / TICK
        at = np.arange(rng.uniform(0, every), nt, every).astype(int)
        for k in range(int(rng.integers(1, 4))):
            slow[np.minimum(at + k, nt - 1)] *= rng.uniform(0.6, 0.9)
    for a, b, si, ramp in train:
        i0, i1 = int(np.ceil(a / TICK - 0.5)), min(nt, int(np.ceil(b / TICK - 0.5)))
        r = np.ones(i1 - i0)
        if ramp is not None:
            ra, rb, r0 = ramp
            r = np.clip(r0 + (1 - r0) * (mid[i0:i1] - ra) / (rb - ra), r0, 1.0)
        J[i0:i1] = levels[si] * TICK * r * noise[i0:i1] * slow[i0:i1]
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, stages=stages, levels=levels, pauses_t=pauses_t, lives=lives,
                           train=train, known_t=known_t, crashes=crashes, counts=counts, J=J, bound=bound,
                           nodes=np.array([s["nodes"] for s in stages]), gpus=gpus)


def _lines(rng, run, P0: float, flush: bool):
    """The ranks' lines, one record per node and line (``(S, E, share)``: ticks ``[S, E)``, the share of the job's
    segments each of its ranks reports): a line every ``Q`` segments per rank, counters reset at each process."""
    J, recs = run.J, []
    R0 = run.stages[0]["nodes"] * run.gpus
    Q = run.levels[0] / R0 * P0
    for (a, b, clean) in run.lives:
        i0, i1 = int(np.ceil(a / TICK - 0.5)), min(run.nt, int(np.ceil(b / TICK - 0.5)))
        if i1 <= i0:
            continue
        nodes = int(run.nodes[sum(t < a for t in run.known_t)])
        C = np.concatenate([[0.0], np.cumsum(J[i0:i1])]) / (nodes * run.gpus)
        k = np.floor(C / Q)
        E = np.nonzero(np.diff(k) > 0)[0] + 1
        if flush and clean and len(E) and C[-1] > C[E[-1]]:
            E = np.append(E, i1 - i0)
        S = np.concatenate([[0], E[:-1]])
        for j in range(nodes):
            recs.append(np.stack([S + i0, E + i0, np.full(len(E), j), np.full(len(E), 1.0 / (nodes * run.gpus))]))
    r = np.concatenate(recs, axis=1)
    o = np.argsort(r[1], kind="stable")
    return r[0, o].astype(int), r[1, o].astype(int), r[2, o].astype(int), r[3, o]


def _path(rng, run, n: int):
    """Which lines reach which read, how many of each line's ranks' copies, and the reads' times."""
    T, g = run.T, run.gpus
    counts = {}
    P0 = rng.uniform(2, 6)
    S, E, node, share = _lines(rng, run, P0, rng.random() < 0.5)
    te = E * TICK - rng.uniform(0, 0.5, len(E))
    off = rng.normal(0, rng.uniform(0.02, 0.5), 8)
    if rng.random() < 0.15:
        off[int(rng.integers(int(run.nodes.max())))] += rng.choice([-1, 1]) * rng.uniform(5, 60)
    srv = rng.normal(0, 0.2)
    keep = np.full(len(E), g)
    # each node's rsyslog restarts: its lines lost
    for j in range(8):
        iv = _episodes(rng, T, 150, (50, 300), lambda r: r.uniform(1, 10))
        gone = (node == j) & (_inside(te, iv) >= 0)
        counts["local_lost"] = counts.get("local_lost", 0) + int(keep[gone].sum())
        keep[gone] = 0
    # UDP: lost datagrams, in bursts when the central receive buffer overflows
    storms = _episodes(rng, T, 30, (8, 60), lambda r: 60 * r.uniform(1, 15))
    p = np.full(len(E), rng.uniform(1e-4, 2e-3))
    st = _inside(te, storms)
    p[st >= 0] = rng.uniform(0.1, 0.6, len(storms))[st[st >= 0]] if len(storms) else 0
    k0 = keep.copy()
    keep = rng.binomial(keep, 1 - p)
    counts["udp_lost"] = int((k0 - keep).sum())
    # the central rsyslog restarts
    central = _episodes(rng, T, 80, (30, 200),
                        lambda r: r.uniform(3, 30) if r.random() > 0.15 else 60 * r.uniform(1, 5))
    gone = _inside(te, central) >= 0
    counts["central_lost"] = int(keep[gone].sum())
    keep[gone] = 0
    save = rng.random() < 0.5
    # PostgreSQL outages and the suspended ompgsql action
    db = _episodes(rng, T, 100, (20, 150), lambda r: r.uniform(10, 120) if r.random() > 0.2 else 60 * r.uniform(5, 20))
    commit = te + rng.uniform(0.05, 0.5, len(E)) * rng.uniform(0.3, 1)
    wait = rng.random() < 0.6
    qsize = int(rng.choice([1000, 10000, 100000]))
    drain = rng.uniform(500, 5000)
    extra = []  # (index, commit) of duplicates
    for d0, d1 in db:
        k, tr = 1, d0 + RESUME
        while tr < d1:
            k += 1
            tr += RESUME * (k // 10 + 1)
        hit = np.nonzero((te >= d0) & (te < tr))[0]
        if wait:
            pos = np.cumsum(keep[hit])
            full = pos > qsize
            counts["queue_full"] = counts.get("queue_full", 0) + int(keep[hit[full]].sum())
            keep[hit[full]] = 0
            commit[hit] = tr + np.minimum(pos, qsize) / drain
        else:
            counts["susp_lost"] = counts.get("susp_lost", 0) + int(keep[hit].sum())
            keep[hit] = 0
        if rng.random() < 0.5:  # the batch in flight inserted again after the resume
            bw = rng.uniform(0.5, 3)
            extra += [(i, tr + rng.uniform(0, 1)) for i in np.nonzero((te >= d0 - bw) & (te < d0))[0]]
    for c0, c1 in central:
        bw = rng.uniform(0.5, 3)
        flight = np.nonzero((te >= c0 - bw) & (te < c0))[0]
        if save:
            extra += [(i, c1 + rng.uniform(0, 2)) for i in flight]
        else:
            counts["central_lost"] += int(keep[flight].sum())
            keep[flight] = 0
    idx = np.array([i for i, c in extra], dtype=int)
    cm = np.array([c for i, c in extra], dtype=float)
    counts["dup"] = int(keep[idx].sum()) if len(idx) else 0
    rows = np.concatenate([np.arange(len(E)), idx])
    C = np.concatenate([commit, cm])
    reported = rng.random() < 0.65
    ts = te[rows] + (off[node[rows]] if reported else srv)
    k = np.floor(ts / STEP).astype(int)
    lag = rng.uniform(2, 40)
    D = STEP * (np.arange(n) + 1) + lag + rng.uniform(0, 1, n)
    inn = (k >= 0) & (k < n) & (keep[rows] > 0)
    late = inn & (C > D[np.clip(k, 0, n - 1)])
    counts["late"] = int(keep[rows][late].sum())
    ok = inn & ~late
    failed = (_inside(D, db) >= 0) | (rng.random(n) < rng.uniform(5e-4, 2e-3))
    counts["read_failed"] = int(failed.sum())
    ok &= ~failed[np.clip(k, 0, n - 1)]
    r = rows[ok]
    return SimpleNamespace(S=S[r], E=E[r], node=node[r], k=k[ok], m=keep[r] * share[r], C=C[ok], D=D, off=off, P0=P0,
                           lag=lag, reported=reported, wait=wait, save=save, db=db, storms=storms, central=central,
                           failed=failed, counts=counts)


def _reads(run, J: np.ndarray) -> np.ndarray:
    """Each minute's read (segments/s) of the per-tick segments ``J`` through the run's path."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    return np.bincount(p.k, weights=(C[p.E] - C[p.S]) * p.m, minlength=run.n)[:run.n] / STEP


def _spans(run, h: np.ndarray, n: int) -> list[tuple[int, int]]:
    p = run.path
    off = float(np.abs(p.off).max())
    before, after = 2 * p.P0 + off + 3, off + 3
    paused = h <= 0
    for a, b, kind in run.pauses_t:
        if kind == "ramp":
            b = 0.5 * (a + b)
        s, e = int((a - after) // STEP), int(np.ceil((b + before) / STEP))
        if s >= n:
            break
        paused[max(s, 0):max(min(e, n), 0)] = True
    spans = []
    i = 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            s, e = i, j
            if e - s == 1:
                s, e = (s, e + 1) if e < n else (s - 1, e)
            hc.add_span(spans, s, e)
            i = j
        else:
            i += 1
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy reads, pause spans, live mask, listed changes)``: deterministic in its arguments."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run, n)
    h = _reads(run, run.J)
    spans = _spans(run, h, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` (then any kind) in ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None."""
    n = run.n
    pts = [(a, b) for a, b, _ in run.pauses_t]
    grid = STEP * np.arange(n + 1)
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1000, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, grid, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, (run.nt * int(TICK)) // int(STEP) + 2 - onset, ramp)
        if not to_end:
            w[stop - onset:] = 0
        s = np.floor((np.arange(run.nt) * TICK + 0.5 * TICK - t0) / STEP).astype(int)
        wt = np.where(s >= 0, w[np.clip(s, 0, len(w) - 1)], 0.0)
        loss1 = _reads(run, run.J * wt)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        seg = slice(onset, stop)
        hs = healthy[seg][live[seg]].sum()
        if hs <= 0:
            continue
        frac = loss1[seg][live[seg]].sum() / hs
        if frac <= 0 or target / frac > 1:
            continue
        m = loss1 * (target / frac)
        nz = np.nonzero(m > 0)[0]
        if len(nz) == 0:
            continue
        o, end = int(nz[0]), (n if to_end else int(nz[-1]) + 1)
        if o < lo or end > hi or (end < n and end <= o + 60) or any(o <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else o
        if kind == "leak" and not o < ramp_end < end:
            continue
        v = np.maximum(healthy - m, 0.0)
        depth = hc.shown_depth(v, healthy, live, kind, o, ramp_end, end, n, (ramp_end - o) // 3, max_depth=0.35)
        if depth is not None:
            return Event(kind, o, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout105(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout105_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT105_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout105, seeds, n, pauses)
