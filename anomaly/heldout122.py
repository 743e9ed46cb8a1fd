"""The hundred-and-twenty-second held-out throughput family: a text-to-video latent diffusion model's training clips/s
(clips of 16-64 frames at a few resolutions, a VAE encoding each clip on the fly), each rank inserting one row per 20
steps into a node-local SQLite database in WAL mode, a sidecar per node reading the last complete minute's rows once a
minute into a gauge the monitor scrapes and sums over the nodes.

(No generator's head names SQLite, a busy_timeout, a VACUUM, a checkpoint or a VAE (``grep -ic`` on
``/tmp/s54/genheads121.txt``: 0 each); "sidecar" matches 1 head (an Atlas sidecar), "text-to-video" 1 (generator 70,
a diffusion transformer's clips/s written to GreptimeDB): the job's kind is not new, its on-the-fly VAE, its preview
sampling on the training GPUs and the path (per-rank rows in a node-local SQLite WAL database summed per minute by a
read-only sidecar) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout120.py`` lines 1-110 and 612-621 (its
``make_heldout120`` and ``heldout120_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout120.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s54/genheads121.txt`` through
``grep -i``/``grep -c`` only (a ``grep -i`` printed the matching heads' lines, cut at 200-220 characters). Slips: a
``wc -l`` of ``anomaly/heldout120.py`` (621 lines) with the ``grep -n``; none else (one ``cat`` of allowed files was
truncated by the tool and read again in parts). My scratch scripts (``/tmp/w122s/``, not committed) built and
measured this family only.

Public sources read (excerpts through the search tool): copies of SQLite's write-ahead-log page (a Chinese translation,
a Tencent Cloud mirror of its contents and a Juejin post summarising it: a reader notes the WAL's last commit when its
read starts and ignores later ones; one writer at a time; an automatic checkpoint when the WAL reaches 1000 pages) and
better-sqlite3's performance notes (checkpoint starvation under readers); the ``synchronous`` setting as documented by
Android's ``SyncModeNormal`` and the WordPress sqlite-database-integration pull request 483 (WAL with NORMAL:
consistent, commits durable across an application crash, but the last commits may roll back after an OS crash or power
loss: the WAL is synced only at checkpoints); ``sqlite3_busy_timeout`` (copies in Unreal's and w3cschool's docs: a busy
handler sleeping until the timeout's milliseconds are spent, then ``SQLITE_BUSY``), Dovecot's ``sqlite_busy_timeout``
(even in WAL mode only one writer runs) and a note on ``BEGIN EXCLUSIVE`` retrying within the busy_timeout. Not read:
how a VACUUM locks a WAL database (I assumed it blocks writers and the sidecar's read for its whole length). Nothing
read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.86-0.97 per node doubling); a GPU trains
1.2-8 clips/s (log-uniform) at the first stage (16-frame clips at the lowest resolution), a per-GPU batch of a power of
2 set so a row (20 steps) comes every 8-16 s (up to 30 s with a batch of 1). The mixed dataset's resolution and length
buckets make the per-5-s rate swing: an AR(1) of its log (sd 4-12 %, correlation 10-40 s), with a slow OU (sd 1-3 %,
20-120 min). Relaunches: 0-3 at 15-85 % of the run, each with longer clips (frames doubled, at most twice: 1.7-2.3 times
dearer) or a higher resolution (at most twice: 1.6-2.4), rarely more nodes (1 in 6), redrawn until the level moves 15 %
(1/3 to 3 times) with rows at most 30 s apart; the batch is set again; a relaunch 1 h or more after the previous one.
Pauses: start-up 3-12 min ("long" 25-60) and a ramp from 50-80 % over 2-6 min (the VAE's and the loader's warm-up);
preview sampling on the training GPUs every 30-120 min of training, 1-4 min ("long" 10-25, longer previews), a
checkpoint after every 2 or 3 (10-40 s, "long" 1-3 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long"
6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stop 1-3 min ("long" 5-12), queued 1-5 min, then a
start-up and its ramp.

On the path (not checked): ranks step together, so a node's ranks insert at once and queue for the one writer (2-8 ms
each); a WAL checkpoint every 300-3000 of a node's rows (drawn per row time) stalls its writers 0.05-1.5 s (2-6 s in a
third of the runs, slow disks). A nightly VACUUM (one time of night per run, 0-6 h; the database shared with the
trainer's step logs: 20-150 s, growing 0-60 % a day, at most 400 s) locks the database: an insert waits its busy_timeout
(0.1-5 s) up to 1-4 times, then fails (``SQLITE_BUSY``); the rank keeps the samples for its next row (half the runs) or
drops them; the sidecar's read in the lock fails (the gauge holds the last sum). In 40 % of runs the client's own
watchdog (1-4 s) gives up on a stalled insert and inserts again while the first commits: a duplicate row. A row carries
its node's clock (offset sd 0.3 s; in 30 % of runs one node stepped 5-40 s either way for 10-60 min). The sidecar opens
a read once a minute, 0.5-8 s after the minute's end on its node's clock, and sums the rows stamped in that minute; a
row committed after the read began is never counted. A host crash (30 % of crashes) loses that node's rows committed
since its last checkpoint and not yet read (synchronous=NORMAL). Sidecar restarts (first within 2-40 h, mean gap 20-80
h, 10-90 s down) skip their reads. The monitor scrapes each node's gauge 10-25 s after the minute (0-1 s jitter; 0.05 %
of a node's scrapes fail: its term missing) and sums them; a point is that sum / 60 (clips/s) stamped at the minute's
end. A stale gauge is read twice (a repeat) and its skipped minute lost. A stop loses the samples since the rank's last
row. The reads are linear in the job's samples: row times and fates are the healthy run's.

A point is paused where its minute or the next touches a pause (or a ramp's first half), or where it reads nothing;
spans with no live point between are merged; a listed change is the first point after a relaunch's span. Labelled
regressions (a share ``a w`` of each tick's samples lost, carried through the same rows and reads): ``drop`` (the video
decode falls back from the GPU's decoder to the CPU: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler``
(one GPU's clocks throttled in bursts: 1 for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak``
(the allocator fragmenting under the VAE's variable clip shapes: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held);
drawn by ``hc.draw_regression`` (onsets 30 % at a pause's end) with a drawn target loss (8-33 %, 10-30 %, 12-40 % over a
leak's plateau), ``a`` set from the reads of the lost samples (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout122_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    11         10    0.105-0.302  20              1-21 (1163, 0 >60)
long      30      11    9          10    0.083-0.317  21              1-100 (988, 6 >60)

Planned changes listed: short 10, long 11 (of 10 and 12 relaunches: one "long" relaunch found no stage to move to and
kept its own, a plain restart); crashes 33 and 38. The path over each set (counts): short: lives ending with unlogged
samples 55, inserts failed on SQLITE_BUSY in a vacuum 5680, carried to the next row 4504, duplicate rows 8722, rows
committed after the sidecar's read began 105, rows rolled back by a host crash 112, reads skipped by a sidecar restart
59, reads failed in a vacuum 193, repeated reads 251 (a node's gauge read twice), skipped minutes 251, failed scrapes
67; long: 62, 6040, 1280, 2043, 144, 184, 87, 283, 371, 371, 93. The reads' sum over the live points against the job's
samples: 0.999-1.013 (short), 0.999-1.003 (long); the live points' minute-to-minute change (median ``|d log|`` per
seed) 0-22 % in both (0 where a minute keeps one count of rows: quantised reads), its 99th percentile 22-69 % (short)
and 34-77 % (long); the live median level 5.3-85.3 clips/s (short), 13.3-85.3 (long). One change after the first
measure (before this table): the rows' cadence (a GPU's rate 0.8-6 clips/s at first, rows every up to 30 s and
relaunches free to make them slower) gave reads of 1-2 rows a minute (median ``|d log|`` up to 69 %): now 1.2-8
clips/s, a batch set for rows every 8-16 s, and no relaunch stage with rows slower than every 30 s (a relaunch left
without a stage keeps its own and is not listed). Three bugs fixed with it, before this table: a host crash rolled back
rows already read (13,344 in the "short" set; now only rows whose minute is read after the crash); a relaunch's change
was listed where no stage was left (one, level unmoved); a crash or relaunch falling due inside a preview or checkpoint
pause put time back (overlapping pauses; now it comes at the pause's end). The tests check the laws on the first 4
seeds at 3,000 points (``SPANS`` holds their spans' lengths and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from functools import partial
from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT122_SEEDS = tuple(range(1222000, 1222012))
CODE = 122
TICK = 5.0  # s, the job's rate grid
K = 12  # ticks per point
STEP = TICK * K  # a point: one minute
EPOCH = 1_790_000_040.0  # a minute's end (EPOCH % 60 == 0)
KIND_P = [0.35, 0.35, 0.3]
SPANS = {"short": (1, 22), "long": (1, 100)}  # pause spans (points): the full sets and the tests' runs
PATH_KEYS = ("unlogged", "busy_failed", "carried", "duplicates", "late_rows", "crash_lost", "sidecar_down",
             "vacuum_reads", "repeats", "skipped", "failed_scrapes")
PAUSE_LEN = {  # (lo, hi) minutes per setting
    "startup": ((3, 12), (25, 60)), "preview": ((1, 4), (10, 25)), "ckpt": ((10 / 60, 40 / 60), (1, 3)),
    "down": ((1, 4), (6, 18)), "restart": ((2, 6), (8, 20)), "stop": ((1, 3), (5, 12))}


def _level(cfg: dict, st: dict) -> float:
    """The job's clips/s at a stage: GPUs times their rate, dearer with longer clips and higher resolutions."""
    gpus = 8 * st["nodes"]
    eff = cfg["eff"] ** np.log2(st["nodes"])
    return gpus * cfg["gpu"] * eff / (cfg["len_c"] ** st["len"] * cfg["res_c"] ** st["res"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: longer clips, a higher resolution or (1 in 6) more nodes; moves the level 15 % or more."""
    for _ in range(50):
        new = dict(st)
        c = rng.choice(3, p=[0.42, 0.42, 0.16])
        if c == 0 and st["len"] < 2:
            new["len"] += 1
        elif c == 1 and st["res"] < 2:
            new["res"] += 1
        elif c == 2 and st["nodes"] < 4:
            new["nodes"] *= 2
        else:
            continue
        ratio = _level(cfg, new) / lv
        slow = 20 / (cfg["gpu"] / (cfg["len_c"] ** new["len"] * cfg["res_c"] ** new["res"])) > 30  # rows every 30 s+
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3 and not slow:
            return new
    return st


def _batch(per_gpu: float) -> int:
    """The per-GPU batch: the largest power of 2 (1-8) whose 20 steps take at most 16 s."""
    b = 1
    while b < 8 and 20 * 2 * b / per_gpu <= 16:
        b *= 2
    return b


def _dur(rng, kind: str, setting: str) -> float:
    lo, hi = PAUSE_LEN[kind][hc.SETTINGS[setting]]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job: per-tick clips/s ``J``, its lives (training intervals), pauses, relaunch stages and known changes."""
    T = n * STEP
    nt = n * K
    cfg = {"gpu": hc.log_uniform(rng, 1.2, 8.0), "eff": rng.uniform(0.86, 0.97), "len_c": rng.uniform(1.7, 2.3),
           "res_c": rng.uniform(1.6, 2.4)}
    st = {"len": 0, "res": 0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    n_rel = int(rng.choice(4, p=[0.3, 0.4, 0.2, 0.1]))
    rel_t = sorted(rng.uniform(0.15, 0.85, n_rel) * T)
    crash_mean = rng.uniform(12, 48) * 3600
    pv_gap = rng.uniform(30, 120) * 60
    ck_every = int(rng.choice([2, 3]))
    pauses_t, lives, stages, known_t, counts = [], [], [], [], {"relaunches": 0, "crashes": 0, "host_crashes": 0,
                                                                       "kept_stage": 0}
    level = np.zeros(nt)
    ramp_end_t = []
    t, ri, n_pv, kind0, pending = 0.0, 0, 0, "startup", False
    next_crash = rng.exponential(crash_mean) + 1200
    host = []
    while t < T:
        d = _dur(rng, kind0, setting)
        pauses_t.append((t, t + d, kind0))
        t += d
        if pending and t < T:
            known_t.append(t)
        pending = False
        lv = _level(cfg, st)
        stages.append(dict(st))
        b = _batch(cfg["gpu"] / (cfg["len_c"] ** st["len"] * cfg["res_c"] ** st["res"]))
        ramp, r0 = rng.uniform(120, 360), rng.uniform(0.5, 0.8)
        ramp_end_t.append((t, t + ramp / 2))
        life0, stop = t, None
        while t < T:  # train until the next relaunch or crash, pausing for previews and checkpoints
            rel = rel_t[ri] if ri < len(rel_t) else np.inf
            crash = next_crash <= rel
            stop_at = max(t, min(rel, next_crash))  # a stop due in a pause comes at its end
            nxt_pv = t + pv_gap * rng.uniform(0.8, 1.2)
            end = min(nxt_pv, stop_at, T)
            i0, i1 = int(np.ceil(t / TICK)), min(nt, int(end // TICK))
            x = np.arange(i0, i1) * TICK - life0
            level[i0:i1] = lv * (r0 + (1 - r0) * np.clip(x / ramp, 0, 1))
            t = end
            if t >= T:
                break
            if end == nxt_pv:
                n_pv += 1
                kind = "ckpt" if n_pv % ck_every == 0 else "preview"
                d = _dur(rng, kind, setting) + (_dur(rng, "preview", setting) if kind == "ckpt" else 0)
                pauses_t.append((t, t + d, kind))
                t += d
                continue
            stop = "crash" if crash else "relaunch"
            break
        lives.append((life0, min(t, T), 20 * b * 8 * st["nodes"], st["nodes"]))
        if stop == "crash":
            counts["crashes"] += 1
            d = _dur(rng, "down", setting)
            pauses_t.append((t, t + d, "crash"))
            if rng.random() < 0.3:
                host.append((t, int(rng.integers(st["nodes"]))))
                counts["host_crashes"] += 1
            t += d
            next_crash = t + rng.exponential(crash_mean) + 1200
            kind0 = "restart"
        elif stop == "relaunch":
            ri += 1
            counts["relaunches"] += 1
            kept = counts["kept_stage"]
            d = _dur(rng, "stop", setting) + rng.uniform(60, 300)
            pauses_t.append((t, t + d, "relaunch"))
            t += d
            new = _next_stage(rng, cfg, st, lv)
            counts["kept_stage"] += new == st  # no stage left to move to: a plain restart, not listed
            st = new
            while ri < len(rel_t) and rel_t[ri] < t + 3600:
                ri += 1
            kind0, pending = "startup", counts["kept_stage"] == kept
            next_crash = max(next_crash, t + 1200)
    # noise on the log rate: bucket mixing (AR(1) per tick) and a slow OU
    sd, tau = rng.uniform(0.04, 0.12), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    J = level * np.exp(ar + ou - 0.5 * sd * sd)
    return SimpleNamespace(n=n, nt=nt, dt=STEP, k=K, J=J, pauses_t=pauses_t, lives=lives, stages=stages,
                           known_t=known_t, counts=counts, host=host, ramps=ramp_end_t, nodes=stages[0]["nodes"],
                           train=np.zeros(nt), restarts=[])


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint episodes ``(a, b)`` before ``T``: the first within ``first`` hours, mean gaps ``gap`` hours apart,
    each ``dur`` seconds long."""
    out, t, mean = [], rng.uniform(*first) * 3600, rng.uniform(*gap) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 60
    return out


def _inside(x: np.ndarray, ep: list) -> np.ndarray:
    """The index of the episode each time of ``x`` lies in (-1: none)."""
    if not ep:
        return np.full(len(x), -1)
    a = np.array([e[0] for e in ep])
    b = np.array([e[1] for e in ep])
    i = np.searchsorted(a, x, side="right") - 1
    return np.where((i >= 0) & (x < b[np.maximum(i, 0)]), i, -1)


def _cum(x: np.ndarray) -> np.ndarray:
    """The cumulative samples at each tick edge of a per-tick rate ``x``."""
    return np.concatenate([[0.0], np.cumsum(x * TICK)])


def _at(C: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The cumulative samples ``C`` (at tick edges) at times ``t`` (linear inside a tick)."""
    i = np.clip((t // TICK).astype(int), 0, len(C) - 2)
    return C[i] + (C[i + 1] - C[i]) * np.clip(t / TICK - i, 0, 1)


def _path(rng, run) -> SimpleNamespace:
    """The rows, their fates and the reads' wiring: ``(row, node, minute, weight)`` entries and each node's gauge
    minute per point (``src``, -1: its term missing)."""
    n, T = run.n, run.n * STEP
    N = max(s["nodes"] for s in run.stages)
    counts = {k: 0 for k in PATH_KEYS}
    C = _cum(run.J) + 1e-9 * np.arange(run.nt + 1)
    edges = np.arange(run.nt + 1) * TICK
    put, prev, life_of = [], [], []
    for li, (l0, l1, Bg, nodes) in enumerate(run.lives):
        c0, c1 = _at(C, np.array([l0, l1]))
        k = int((c1 - c0) // Bg)
        if k < 1:
            counts["unlogged"] += 1
            continue
        tj = np.interp(c0 + Bg * np.arange(1, k + 1), C, edges)
        put.append(tj)
        prev.append(np.concatenate([[l0], tj[:-1]]))
        life_of.append(np.full(k, li))
        counts["unlogged"] += int(c1 - c0 - Bg * k > 0)
    put, prev, life_of = np.concatenate(put), np.concatenate(prev), np.concatenate(life_of)
    nodes_of = np.array([run.lives[i][3] for i in life_of])
    R = len(put)
    # per node: clock offset, checkpoint stalls, nightly vacuum, sidecar restarts
    off = np.tile(rng.normal(0, 0.3, N), (R, 1))
    step_node = None
    if rng.random() < 0.3:
        step_node, st0 = int(rng.integers(N)), rng.uniform(0.1, 0.9) * T
        st = (st0, st0 + rng.uniform(600, 3600), rng.choice([-1, 1]) * rng.uniform(5, 40))
        off[(put >= st[0]) & (put < st[1]), step_node] += st[2]
    ins = rng.uniform(0.002, 0.008)
    ck_n = rng.uniform(300, 3000)
    stall = (2, 6) if rng.random() < 1 / 3 else (0.05, 1.5)
    ck = rng.random((R, N)) < 8 / ck_n
    ck_stall = np.where(ck, rng.uniform(*stall, (R, N)), 0.0)
    night = rng.uniform(0, 6) * 3600
    vac_len, vac_grow = rng.uniform(20, 150), rng.uniform(0, 0.6)
    vacuum = [(night + d * 86400, night + d * 86400 + min(400, vac_len * (1 + vac_grow * d)))
              for d in range(int(T // 86400) + 1) if night + d * 86400 < T]
    bt, tries = rng.uniform(0.1, 5), int(rng.integers(1, 5))
    carry, wd = rng.random() < 0.5, (rng.uniform(1, 4) if rng.random() < 0.4 else np.inf)
    down = [_episodes(rng, T, (2, 40), (20, 80), (10, 90)) for _ in range(N)]
    ro = rng.uniform(0.5, 8)
    entries = []
    vi = _inside(put, vacuum)
    vend = np.array([b for a, b in vacuum] + [0.0])[vi]
    for k in range(N):
        on = nodes_of > k
        lost_host = np.zeros(R, bool)
        for tc, kk in run.host:
            if kk == k:  # rows since the node's last checkpoint, not yet read, roll back
                before = np.nonzero((put <= tc) & on)[0]
                last_ck = before[ck[before, k]].max() if ck[before, k].any() else 0
                lost_host[last_ck:before.max() + 1 if len(before) else 0] = True
                lost_host &= STEP * (np.floor((put + off[:, k]) / STEP) + 1) + ro - off[:, k] > tc
        for r in range(8):
            d = rng.uniform(0.001, 0.03, R) + ins * rng.integers(0, 8, R) + ck_stall[:, k]
            locked = vi >= 0
            wait = vend - put
            fail = locked & (wait > bt * tries)
            d = np.where(locked & ~fail, wait + d, d)
            c = put + d
            s = put + off[:, k]
            m = np.floor(s / STEP).astype(int)
            Rt = STEP * (m + 1) + ro - off[:, k]
            late = c >= Rt
            ok = on & ~fail & ~late & (m < n)
            dest = np.arange(R)
            if carry:  # a failed row's samples ride on the rank's next row of the same life
                idx = np.where(on & ~fail, np.arange(R), R)
                nxt = np.minimum.accumulate(idx[::-1])[::-1]
                fl = np.nonzero(on & fail)[0]
                tgt = np.where(fl + 1 < R, nxt[np.minimum(fl + 1, R - 1)], R)
                good = (tgt < R)
                good[good] &= life_of[tgt[good]] == life_of[fl[good]]
                counts["carried"] += int(good.sum())
                for f, g in zip(fl[good], tgt[good]):
                    if ok[g]:
                        entries.append((np.array([f]), k, m[g:g + 1], np.array([1.0 / (8 * nodes_of[f])])))
            counts["busy_failed"] += int((on & fail).sum())
            counts["late_rows"] += int((on & late & ~fail).sum())
            host = ok & lost_host
            counts["crash_lost"] += int(host.sum())
            ok &= ~host
            dup = ok & (d > wd)
            counts["duplicates"] += int(dup.sum())
            w = (1.0 + dup) / (8 * nodes_of)
            entries.append((dest[ok], k, m[ok], w[ok]))
    rows = np.concatenate([e[0] for e in entries])
    node = np.concatenate([np.full(len(e[0]), e[1]) for e in entries])
    mins = np.concatenate([e[2] for e in entries])
    wts = np.concatenate([e[3] for e in entries])
    key, inv = np.unique((rows * N + node) * n + mins, return_inverse=True)
    wsum = np.bincount(inv, weights=wts)
    # the sidecar's reads and the monitor's scrapes
    src = np.full((N, n), -1)
    mm = np.arange(n)
    lag = rng.uniform(10, 25)
    scrape = STEP * (mm + 1) + lag + rng.uniform(0, 1, n)
    for k in range(N):
        o = np.interp(STEP * (mm + 1), put, off[:, k])
        Rt = STEP * (mm + 1) + ro - o
        fail = (_inside(Rt, down[k]) >= 0) | (_inside(Rt, vacuum) >= 0)
        counts["sidecar_down"] += int((_inside(Rt, down[k]) >= 0).sum())
        counts["vacuum_reads"] += int((_inside(Rt, vacuum) >= 0).sum())
        U = Rt + rng.uniform(0.01, 0.3, n)
        good = np.nonzero(~fail)[0]
        order = np.maximum.accumulate(np.where(~fail, U, -np.inf))
        j = np.searchsorted(order, scrape, side="right") - 1
        s = np.where(j >= 0, good[np.clip(np.searchsorted(good, np.maximum(j, 0), side="right") - 1, 0, None)], -1)
        s[j < 0] = -1
        miss = rng.random(n) < 0.0005
        counts["failed_scrapes"] += int(miss.sum())
        s[miss] = -1
        counts["repeats"] += int(((s[1:] == s[:-1]) & (s[1:] >= 0)).sum())
        counts["skipped"] += int(n - len(np.unique(s[s >= 0])) - (s < 0).sum())
        src[k] = s
    return SimpleNamespace(put=put, prev=prev, row=key // (N * n), node=(key // n) % N, minute=key % n, w=wsum,
                           src=src, N=N, counts=counts, carry=carry, watchdog=bool(np.isfinite(wd)),
                           step_node=step_node, vacuum=vacuum)


def _reads(run, x: np.ndarray) -> np.ndarray:
    """The points (clips/s) the path gives for per-tick samples/s ``x``: linear in ``x``."""
    p, n = run.path, run.n
    C = _cum(x)
    body = _at(C, p.put) - _at(C, p.prev)
    G = np.bincount(p.node * n + p.minute, weights=p.w * body[p.row], minlength=p.N * n).reshape(p.N, n)
    out = np.zeros(n)
    for k in range(p.N):
        s = p.src[k]
        out += np.where(s >= 0, G[k, np.maximum(s, 0)], 0.0)
    return out / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Points whose minute or the next touches a pause or a ramp's first half, or that read nothing; merged."""
    n = run.n
    bad = np.zeros(n, bool)
    for a, b, *_ in list(run.pauses_t) + [(a, b) for a, b in run.ramps]:
        s, e = max(0, int(np.floor((a - 2 * STEP) / STEP)) + 1), min(n, int(np.ceil(b / STEP)))
        bad[s:e] = True
    bad |= h <= 0
    spans = []
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick (0 .. 1) over ``length`` ticks (a leak ramps over ``ramp``)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / (rng.uniform(1, 6) * K))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0, length, rng.uniform(5, 30) * K, rng.uniform(20, 90) * K)
    i = np.searchsorted(edges, s, side="right") - 1
    return np.where(i % 2 == 0, 1.0, calm)


def _cause(rng, run, kind, name, t0, t1, tr):
    b0, b1 = int(t0 // TICK), min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
    w = _weight(rng, kind, b1 - b0, int((tr - t0) // TICK) if kind == "leak" else 0)
    at = max(0, int(t0 // STEP) - 1)

    def mod_of(a):
        x = np.zeros(run.nt)
        x[b0:b1] = a * w * run.J[b0:b1]
        return at, _reads(run, x)[at:]

    return mod_of, 1.0, t1


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    def calib(mod_of, a_max, target, c0, b1):
        at, m1 = mod_of(1.0)
        p0, p1 = c0 // K, min(run.n, -(-b1 // K))
        lv = live[p0:p1]
        hs = healthy[p0:p1][lv].sum()
        loss1 = m1[p0 - at:p1 - at][lv].sum() / hs if hs > 0 else 0.0
        return None if loss1 <= 0 or target / loss1 > a_max else target / loss1

    def series(mod, lo_, b1):
        at, m = mod
        return np.maximum(healthy[at:at + len(m)] - m, 0.0), at

    causes = {"drop": ("decode",), "straggler": ("throttle",), "leak": ("fragment",)}
    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=causes,
                              cause=_cause, calib=calib, series=series, width=TICK, restart_cause="none")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout122(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout122_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT122_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout122, seeds, n, pauses)
