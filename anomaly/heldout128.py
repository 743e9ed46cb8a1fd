"""The hundred-and-twenty-eighth held-out throughput family: an optical-flow model's (RAFT-style) training image
pairs/s, each rank rewriting a small file with its cumulative pairs on a shared NFS export every 20 s, a reader on
another host listing and reading the files every 15 s and summing their differences per minute for the monitor.

(No generator's head names NFS, acregmin, close-to-open, a rename, a directory listing, an mtime, a failover, Chairs,
Sintel or KITTI (``grep -ic`` on ``/tmp/s55/genheads122.txt``: 0 each); "optical" matches 2 heads and "RAFT" 2: the
job's kind is not new (generator 39, a RAFT-style model's frame pairs/s), its curriculum and CPU-bound augmentation
stages and the path (per-rank cumulative counts in files on an NFS export, read through the reader's NFS caches and
differenced) are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout122.py`` lines 1-110 and 501-510 (its
``make_heldout122`` and ``heldout122_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout122.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s55/genheads122.txt`` through
``grep -i``/``grep -c`` only (one ``grep -i`` printed the 5 heads' lines matching "optical", "raft" or "pairs/s", cut
at 220 characters). Slips: a ``wc -l`` of ``anomaly/heldout122.py`` (510 lines) with the ``grep -n``; none else. My
scratch scripts (``/tmp/w128s/``, not committed) built, profiled and measured this family only.

Public sources read (excerpts through the search tool): the Linux ``nfs(5)`` page (a translated copy): attribute
caching (``acregmin`` 3 s, ``acregmax`` 60 s, ``acdirmin`` 30 s, ``acdirmax`` 60 s by default, ``actimeo`` sets all
four, ``noac``), ``lookupcache``, close-to-open consistency (an ``open`` revalidates the file's attributes; a reader
that keeps its view between opens sees stale data until its cache times out); nfstest_cache's man page (its default
mount options ``hard``); pages on ``Stale file handle`` (ESTALE when a handle no longer names the server's object:
after a server reboot whose fsid changes, or an export change; fixed by a remount) and on hard mounts (processes block
in D state while the server is away; an HA failover takes seconds to tens of seconds); Linux commit notes on
close-to-open revalidation and on a renamed-over file not being seen through a cached dentry. On the job:
torchvision's optical-flow reference README and mmflow's RAFT configs (RAFT trained on FlyingChairs then FlyingThings
for 100k steps each, 8 GPUs with a batch of 2, 12 refinement iterations in training; crops 368x496 for Chairs,
400x720 for Things, 368x768 for Sintel mixes, 288x960 for KITTI) and a RAFT KITTI stage config (colour jitter,
occlusion, scale and crop augmentation on the loader).

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 8 GPUs (0.86-0.97 per node doubling); a GPU
trains 8-30 pairs/s (log-uniform) at the Chairs stage; a pair's GPU cost grows with the crop (Things 1.45-1.75 times,
Sintel mix 1.4-1.7, KITTI mix 1.35-1.65) and its CPU cost (decode, photometric and spatial augmentation, sparse KITTI
flow) more (1.1-1.4, 1.5-2.2, 1.8-2.6) from a CPU rate 1.2-2.5 times the GPU's; the step waits for the slower (a soft
maximum). The refinement count is fixed, so the per-5-s rate is steady: an AR(1) of its log (sd 2-6 %, correlation
10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Start at Chairs, Things or Sintel (50/30/20 %). Relaunches: 0-3 at
15-85 % of the run, 1 h apart or more, to the next curriculum stage or (1 in 6) another node count, redrawn until the
level moves 15 % (1/3 to 3 times); none found: a plain restart, not listed. Pauses: start-up 3-10 min ("long"
30-80) and a ramp from 50-80 % over 2-5 min (cuDNN autotuning, loader warm-up); validation (Sintel/KITTI, more
refinement iterations) every 40-120 min of training, 1-4 min ("long" 15-45), a checkpoint after every 2 or 3 (10-40
s, "long" 1-3 min); crashes (exponential, mean 12-48 h): down 1-4 min and a start-up of 2-6 ("long" 6-18 and 8-20),
then a ramp; a relaunch: stop 1-3 min ("long" 5-12), queued 1-5 ("long" 5-30), a start-up of 2-6 ("long" 8-20) and a
ramp. A new
process starts its counter at 0.

On the path (not checked): a rank's writer thread writes its count every 20 s (phase per rank, 0-0.3 s jitter),
visible 0.01-0.3 s later; in half the runs it writes once more at a graceful stop; a stop loses the samples since the
last write. The files' mtimes are the writer's clock (offset sd 0.3 s per node; in 30 % of runs one node stepped 5-40
s either way for 10-60 min). NFS server failovers (mean gap 1-5 days, 20-150 s) and restarts (mean gap 3-10 days, 2-8
min; 40 % change the fsid: stale handles) block the hard-mounted writers and reader: a write due in the outage lands
0-3 s after it with its count as issued, the later ones are skipped; after a stale-handle restart that write fails
(ESTALE) and the reader's polls fail until a remount 1-5 min later. The reader polls every 15 s on its clock (offset
sd 0.3 s); its view of a file is fresh (60 % of runs: close-to-open, the file reopened each poll, 0.1-1 s behind) or
refreshed only when its directory/lookup cache ages past a timeout (25 %: 10-30 s, ``actimeo`` lowered; 15 %: 30-60
s, the defaults), the cache dropped at a reader restart (the attribute cache's 3 s is below the poll's 15 s, so it
adds nothing); a file
seen for the first time counts from 0; a count below the last one is a restart (the new count is the delta), but a
new life read past the old count is differenced against it (an aliased restart, undercounting). A delta goes to its
mtime's minute, or the first minute still open (minutes close ``grace`` 2-10 s after their end on the reader's clock).
Reader restarts (first within 2-40 h, mean gap 20-80 h, down 10-90 s): in half the runs it restores its state file
(saved every 1-5 min: the open minutes' sums and last counts, so deltas read since the save are counted again:
duplicates where their first count was already published), else it takes its first reads as a baseline (the samples
between go uncounted); both lose what the open minutes had gathered since the save. The monitor reads minute ``m``'s
sum ``grace + 18-30`` s after its end (0-1 s jitter); a minute not yet closed is never read (a point of 0). A point is
that sum / 60 (pairs/s) stamped at the minute's end. The reads are linear in the job's samples: write times, views and
fates are the healthy run's.

A point is paused where its minute or the next touches a pause (or a ramp's first half), or where it reads nothing;
spans with no live point between are merged; a listed change is the first point after a relaunch's span. Labelled
regressions (a share ``a w`` of each tick's samples lost, carried through the same writes and reads): ``drop`` (loader
workers killed by host OOM come back fewer: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 points), ``straggler`` (one
GPU's clocks throttled in bursts: 1 for a mean of 5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak``
(the page cache evicted by a growing augmentation cache, reads going to disk: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8,
then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a``
set from the reads of the lost samples (linear), refused above 1; ``w`` is per point, held over its 5-s ticks.

Measured (``heldout128_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     28      9     10         9     0.106-0.324  13              1-17 (947, 0 >60)
long      32      12    9          11    0.075-0.298  21              1-88 (736, 11 >60)

Planned changes listed: short 18, long 21 (of 18 and 21 relaunches: none kept its stage); crashes 36 and 48. The path
over each set (counts): short: rank lives ending with unwritten samples 864, writes blocked by an outage 840, writes
skipped while blocked 6706, writes failed on a stale handle 120, polls blocked 537, polls failed on a stale handle 86,
polls through a view over 10 s old 92316, reader restarts 35, deltas recounted after a restore 376, files baselined
after a restart 376, deltas lost with the open minutes at a reader restart 949, aliased restarts 0, deltas put in a
later minute than their mtime's 191078, minutes closed too late to be read 167; long: 1224, 1024, 6632, 120, 574, 95,
44492, 37, 512, 272, 906, 24, 198731, 181. View modes per seed (0 fresh, 1 10-30 s, 2 30-60 s): short 0 2 1 2 0 1 1
0 2 1 0 0, long 0 0 0 0 0 0 0 0 0 1 2 2. The reads' sum over the live points against the job's samples: 1.000-1.004
(short), 1.000-1.005 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.3-28 % (short)
and 1.4-26.5 % (long): 1.4-3 % where the view is fresh, 16-29 % through the directory cache (lumps of 30-60 s of
counts a minute); its 99th percentile 9.5-92.5 % (short), 6.2-92.4 % (long); the live median level 42.7-448.2 pairs/s
(short), 68.8-616.8 (long). One change after the first measure (before this table): the "long" setting's spans were
all within 59 points (none over 60): its start-up went from 25-60 to 30-80 min and its validation from 10-25 to 15-45
min. Bugs fixed before the first measure: a crash falling due inside a pause was taken for a relaunch (a run listed
216 relaunches); a per-delta Python loop made a build take 3 s. After the table the reads were made cheaper (only
the versions read kept, the cumulative count gathered rather than interpolated): the table and pinned values held.
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS`` bounds their spans' lengths and the full
sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace as NS

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT128_SEEDS = tuple(range(1282000, 1282012))
CODE = 128
TICK, K = 5.0, 12
STEP = TICK * K
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 20), "long": (1, 100)}
PATH_KEYS = ("lost_at_stop", "writes_blocked", "writes_skipped", "writes_estale", "polls_blocked", "polls_estale",
             "stale_views", "reader_restarts", "recounted", "baseline_lost", "open_lost", "aliased", "late", "unread")


def _level(cfg: dict, st: dict) -> float:
    """The job's pairs/s at a stage (curriculum stage, nodes)."""
    s, nodes = st["stage"], st["nodes"]
    per_pair = hc.smax(cfg["g"][s] / cfg["gpu"], cfg["c"][s] / cfg["cpu"])
    return 8 * nodes * cfg["eff"] ** np.log2(nodes) / per_pair


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """The stage a relaunch moves to (level moved 15 % or more, within 1/3-3 times), or None."""
    opts = []
    if st["stage"] < 3:
        opts.append({**st, "stage": st["stage"] + 1})
    opts += [{**st, "nodes": k} for k in (1, 2, 4) if k != st["nodes"]]
    first = opts[0] if st["stage"] < 3 and rng.random() < 5 / 6 else opts[int(rng.integers(len(opts)))]
    for new in [first] + [opts[int(i)] for i in rng.permutation(len(opts))]:
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _episodes(rng, T: float, first: tuple, gap: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Disjoint ``(start, end)`` episodes: the first after ``first`` h, mean gap ``gap`` h, ``dur`` s long."""
    out, mean = [], rng.uniform(*gap) * 3600
    t = rng.uniform(*first) * 3600
    while t < T:
        d = rng.uniform(*dur)
        out.append((t, t + d))
        t += d + rng.exponential(mean) + 60
    return out


def _schedule(rng, n: int, setting: str):
    """The job: stages, pauses, lives and its pairs per 5-s tick."""
    long_ = setting == "long"
    u = rng.uniform
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 8, 30), "eff": u(0.86, 0.97)}
    cfg["cpu"] = cfg["gpu"] * u(1.2, 2.5)
    cfg["g"] = [1.0, u(1.45, 1.75), u(1.4, 1.7), u(1.35, 1.65)]
    cfg["c"] = [1.0, u(1.1, 1.4), u(1.5, 2.2), u(1.8, 2.6)]
    st = {"stage": int(rng.choice(3, p=[0.5, 0.3, 0.2])), "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    rel = []
    for x in np.sort(u(0.15, 0.85, int(rng.integers(0, 4))) * T):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    crash_mean = u(12, 48) * 3600
    ck_every = int(rng.integers(2, 4))
    segs, pauses_t, ramps, lives, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "vals": 0}
    flush = bool(rng.random() < 0.5)
    su = 60 * (u(30, 80) if long_ else u(3, 10))
    pauses_t.append((0.0, su, "startup"))
    t, life_a, ri, nval = su, 0.0, 0, 0

    def ramp(t0):
        rd = 60 * u(2, 5)
        ramps.append((t0, t0 + rd / 2))
        return t0, u(0.5, 0.8), rd

    rp = ramp(t)
    next_val, next_crash = t + 60 * u(40, 120), t + rng.exponential(crash_mean)
    while t < T:
        nxt_rel = max(rel[ri], t + 600) if ri < len(rel) else np.inf
        cand = [next_val, next_crash, nxt_rel]
        which = int(np.argmin(cand))
        e = max(t, cand[which])
        segs.append(NS(t0=t, t1=min(e, T + 600), level=_level(cfg, st), rp=rp))
        t = e
        if t >= T:
            break
        if which == 0:
            nval += 1
            d = 60 * (u(15, 45) if long_ else u(1, 4))
            pauses_t.append((t, t + d, "val"))
            t += d
            if nval % ck_every == 0:
                d = 60 * u(1, 3) if long_ else u(10, 40)
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            counts["vals"] += 1
            next_val = t + 60 * u(40, 120)
            continue
        crash = which == 1
        lives.append(NS(a=life_a, b=t, R=8 * st["nodes"], graceful=not crash, flush=flush and not crash))
        listed = False
        if crash:
            counts["crashes"] += 1
            d = 60 * ((u(6, 18) + u(8, 20)) if long_ else (u(1, 4) + u(2, 6)))
        else:
            ri += 1
            counts["relaunches"] += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            counts["kept_stage"] += new is None
            listed, st = new is not None, new or st
            d = 60 * ((u(5, 12) + u(5, 30) + u(8, 20)) if long_ else (u(1, 3) + u(1, 5) + u(2, 6)))
        pauses_t.append((t, t + d, "crash" if crash else ("relaunch" if listed else "restart")))
        life_a = t + 0.6 * d
        t += d
        if crash:
            next_crash = t + rng.exponential(crash_mean)
        if listed:
            known_t.append(t)
        rp = ramp(t)
        next_val = t + 60 * u(40, 120)
    lives.append(NS(a=life_a, b=np.inf, R=8 * st["nodes"], graceful=True, flush=False))
    nt = n * K
    _, train, seg_of = hc.seg_buckets(segs, nt, TICK)
    si = np.maximum(seg_of, 0)
    level = np.array([s.level for s in segs])[si]
    t0, r0, rd = (np.array([s.rp[j] for s in segs])[si] for j in range(3))
    tm = (np.arange(nt) + 0.5) * TICK
    rmul = r0 + (1 - r0) * np.clip((tm - t0) / rd, 0, 1)
    a, sd = np.exp(-TICK / u(10, 40)), u(0.02, 0.06)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = np.repeat(hc.ou_path(rng, T, u(0.01, 0.03), u(1200, 7200)), K)[:nt]
    J = level * rmul * np.exp(ar + ou) * train * (seg_of >= 0)
    return NS(n=n, nt=nt, T=T, cfg=cfg, J=J, pauses_t=pauses_t, ramps=ramps, lives=lives, known_t=known_t,
              counts=counts)


def _cum(J: np.ndarray) -> np.ndarray:
    """The job's cumulative pairs at the ticks' edges."""
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """The cumulative pairs at times ``t`` (linear inside a tick)."""
    return np.interp(t, np.arange(len(C)) * TICK, C)


def _writes(rng, run, out, cnt):
    """Each rank file's versions: count time, visible time, mtime, life start and rank count."""
    T = run.T
    n_nodes = max(lv.R for lv in run.lives) // 8
    off = rng.normal(0, 0.3, n_nodes)
    steps = []
    if rng.random() < 0.3:
        a = rng.uniform(0, T)
        steps.append((int(rng.integers(n_nodes)), a, a + 60 * rng.uniform(10, 60),
                      rng.choice([-1, 1]) * rng.uniform(5, 40)))
    files = {}
    for lv in run.lives:
        b = min(lv.b, T + 600)
        for r in range(lv.R):
            w = lv.a + rng.uniform(0, 20) + 20 * np.arange(int((b - lv.a) // 20) + 1)
            w = w + rng.uniform(0, 0.3, len(w))
            w = w[w < b]
            if lv.flush and lv.b < np.inf:
                w = np.append(w, lv.b)
            vis = w + rng.uniform(0.01, 0.3, len(w))
            keep = np.ones(len(w), bool)
            for oa, ob, kind, estale in out:
                hit = np.nonzero((w >= oa) & (w < ob))[0]
                if not len(hit):
                    continue
                j = hit[0]
                done = ob + rng.uniform(0, 3)
                later = (w > w[j]) & (w < done)
                cnt["writes_skipped"] += int((later & keep).sum())
                keep &= ~later
                cnt["writes_blocked"] += 1
                vis[j] = done
                if estale or done > lv.b:
                    keep[j] = False
                    cnt["writes_estale"] += int(estale)
            if lv.b < np.inf:
                cnt["lost_at_stop"] += int(not lv.flush)
            w, vis = w[keep], vis[keep]
            node = r // 8
            mt = w + off[node]
            for sn, sa, sb, dx in steps:
                if sn == node:
                    mt = mt + np.where((w >= sa) & (w < sb), dx, 0.0)
            f = files.setdefault(r, [[], [], [], [], []])
            for lst, x in zip(f, (w, vis, mt, np.full(len(w), lv.a), np.full(len(w), float(lv.R)))):
                lst.append(x)
    return files


def _path(rng, run):
    """The reader's deltas (version pairs, minute buckets, fates) for the healthy run."""
    T, n = run.T, run.n
    u = rng.uniform
    cnt = dict.fromkeys(PATH_KEYS, 0)
    out = [(a, b, "failover", False) for a, b in _episodes(rng, T, (2, 60), (24, 120), (20, 150))]
    for a, b in _episodes(rng, T, (10, 100), (72, 240), (120, 480)):
        out.append((a, b, "restart", bool(rng.random() < 0.4)))
    out.sort()
    files = _writes(rng, run, out, cnt)
    ct, vis, mt, va, vR = [], [], [], [], []
    for r, f in sorted(files.items()):
        for k, lst in enumerate((ct, vis, mt, va, vR)):
            lst.append(np.concatenate(f[k]))
    start = np.cumsum([0] + [len(x) for x in ct])
    ct, vis, mt, va, vR = (np.concatenate(x) for x in (ct, vis, mt, va, vR))
    # the reader's polls, its restarts and its views
    roff, grace = rng.normal(0, 0.3), u(2, 10)
    P = u(0, 15) + 15 * np.arange(int((T + 300) // 15))
    drop = np.zeros(len(P), bool)
    extra = []
    for a, b, kind, estale in out:
        m = (P >= a) & (P < b)
        cnt["polls_blocked"] += int(m.sum())
        drop |= m
        if m.any():
            extra.append(b + u(0, 2))
        if estale:
            m = (P >= b) & (P < b + 60 * u(1, 5))
            cnt["polls_estale"] += int(m.sum())
            drop |= m
    downs = _episodes(rng, T, (2, 40), (20, 80), (10, 90))
    cnt["reader_restarts"] = len(downs)
    for a, b in downs:
        drop |= (P >= a) & (P < b)
    P = np.sort(np.concatenate([P[~drop], extra]))
    rlife = np.searchsorted(np.array([b for a, b in downs]), P, side="right")
    mode = rng.choice(3, p=[0.6, 0.25, 0.15])
    if mode == 0:
        V = P - u(0.1, 1)
    else:
        tmo = u(*((10, 30) if mode == 1 else (30, 60)), len(P))
        V, last, lk = np.empty(len(P)), -np.inf, -1
        for i, p in enumerate(P):
            if p - last >= tmo[i] or rlife[i] != lk:
                last, lk = p, rlife[i]
            V[i] = last
        cnt["stale_views"] = int((P - V > 10).sum())
    restore, save_iv = bool(rng.random() < 0.5), u(60, 300)
    life_of = np.searchsorted(np.array([lv.a for lv in run.lives]), ct, side="right") - 1
    # closure of each minute: the first poll at or after its end + grace (reader's clock)
    mins = np.arange(n)
    clos_i = np.searchsorted(P + roff, (mins + 1) * 60 + grace)
    closure = np.append(P, np.inf)[clos_i]
    news, olds, polls, lives_r = [], [], [], []
    for r in range(len(start) - 1):
        s0, s1 = start[r], start[r + 1]
        vi = np.searchsorted(vis[s0:s1], V, side="right") - 1
        vi = np.where(vi >= 0, vi + s0, -1)
        for lk in range(len(downs) + 1):
            idx = np.nonzero(rlife == lk)[0]
            if not len(idx):
                continue
            if lk == 0:
                prev0 = -1
            elif restore:
                a0 = downs[lk - 1][0]
                pi = np.nonzero((rlife == lk - 1) & (P <= a0 - (a0 % save_iv)))[0]
                prev0 = vi[pi[-1]] if len(pi) else -1
            else:
                prev0 = vi[idx[0]]
                cnt["baseline_lost"] += 1
            seq = np.concatenate([[prev0], vi[idx]])
            ch = np.nonzero(seq[1:] != seq[:-1])[0]
            news.append(seq[1:][ch])
            olds.append(seq[:-1][ch])
            polls.append(idx[ch])
            lives_r.append(np.full(len(ch), lk))
    new, old, pi, rl = (np.concatenate(x) for x in (news, olds, polls, lives_r))
    new = new.astype(int)
    old = old.astype(int)
    C = _cum(run.J)
    val = (_at(C, ct) - _at(C, va)) / vR
    same = (old >= 0) & (life_of[np.maximum(old, 0)] == life_of[new])
    reset = (old < 0) | (~same & (val[new] < val[np.maximum(old, 0)]))
    cnt["aliased"] = int(((old >= 0) & ~same & ~reset).sum())
    p = P[pi]
    first_open = np.floor((p + roff - grace) / 60).astype(int)
    mm = np.floor(mt[new] / 60).astype(int)
    bucket = np.maximum(mm, first_open)
    cnt["late"] = int((bucket > mm).sum())
    keep = (bucket >= 0) & (bucket < n)
    crash_at = np.append([a for a, b in downs], np.inf)[rl]
    cl = closure[np.clip(bucket, 0, n - 1)]
    open_at_crash = cl > crash_at
    if restore:
        fin = np.isfinite(crash_at)
        saved = p <= np.where(fin, crash_at - np.where(fin, crash_at, 0) % save_iv, np.inf)
        lost = open_at_crash & ~saved
        firsts = np.searchsorted(rlife, np.arange(1, len(downs) + 1))
        cnt["recounted"] = int(((rl > 0) & np.isin(pi, firsts)).sum())
    else:
        lost = open_at_crash
    cnt["open_lost"] = int((lost & keep).sum())
    keep &= ~lost
    read_at = (mins + 1) * 60 + grace + u(18, 30) + u(0, 1, n)
    unread = closure > read_at
    cnt["unread"] = int(unread.sum())
    keep &= ~unread[np.clip(bucket, 0, n - 1)]
    new, old = new[keep], np.where(reset, -1, old)[keep]
    used = np.zeros(len(ct), bool)  # the versions the reads take
    used[new] = used[old[old >= 0]] = True
    remap = np.cumsum(used) - 1
    new, old = remap[new], np.where(old >= 0, remap[np.maximum(old, 0)], -1)
    ct, va, vR = ct[used], va[used], vR[used]
    return NS(ct=ct, va=va, vR=vR, new=new, old=old, bucket=bucket[keep], counts=cnt, restore=restore,
              mode=int(mode), out=out, downs=downs,
              at=[(np.minimum(np.floor(x / TICK).astype(int), run.nt), x / TICK % 1) for x in (ct, va)])


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (pairs/s) for the job's pairs per tick ``J`` (linear in ``J``)."""
    p = run.path
    C = _cum(J)
    dC = np.append(J, 0.0)
    g = [C[i] + f * dC[i] for i, f in p.at]
    val = np.append((g[0] - g[1]) / p.vR, 0.0)  # index -1: a count of 0 (the cumulative pairs linear in a tick)
    d = val[p.new] - val[p.old]
    return np.bincount(p.bucket, weights=d, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = np.maximum(_reads(run, run.J), 0.0)
    spans = []
    for a, b in sorted([(a, b) for a, b, k in run.pauses_t] + run.ramps):
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            spans.append((s, e))
    spans += [(int(i), int(i) + 1) for i in np.nonzero(h <= 0)[0]]
    merged = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per point (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(5, 30), rng.uniform(20, 90))
    bad = np.searchsorted(edges, s, side="right") % 2 == 1
    return np.where(bad, 1.0, rng.uniform(0.05, 0.25))


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, k in run.pauses_t], np.arange(n) * STEP, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, max(ramp, 1))
        i0 = int(t0 // TICK)
        i1 = min(run.nt, stop * K)
        loss = np.zeros(run.nt)
        loss[i0:i1] = np.repeat(w, K)[:i1 - i0] * run.J[i0:i1]
        m = _reads(run, loss)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m[c0:stop][lv].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        v = np.maximum(healthy - target * hs / ms * m, 0.0)
        span = hc.changed_span(v[lo:], healthy, onset, lo, hi, n, to_end, at=lo)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (lo, healthy[lo:] - v[lo:])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout128(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout128_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT128_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout128, seeds, n, pauses)
