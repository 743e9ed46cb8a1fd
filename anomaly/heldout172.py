"""The hundred-and-seventy-second held-out throughput family: a face-forgery (deepfake) video detector's training
clips/s (an EfficientNet- or ViT-style frame encoder with a temporal head classifying real and manipulated face videos,
FaceForensics++ / DFDC style; videos decoded, faces detected, aligned and cropped, recompressed at several qualities
and augmented on CPU workers, clips of 8-32 frames per video), read through Dropbox: each node's reporter uploads a
small file (its clock's time, its clips since its last file) every 20-60 s into a shared folder through
``/2/files/upload``, and a monitor follows the folder with ``/2/files/list_folder/longpoll`` and ``continue``,
downloads each new or changed file and sums its clips into the minute of one of the file's times.

(No generator's head names Dropbox, a deepfake, forgery, FaceForensics, DFDC, EfficientNet, a longpoll,
``list_folder``, a cursor, ``too_many``, ``Retry-After``, a shared folder or "file per" (``grep -ic`` on the heads,
saved to ``/tmp/h172/heads.txt``: 0 each); "face" matches 4 heads (3 are "interface", one a face-recognition model,
ArcFace-style: faces are not new, face-forgery detection on video is), "upload" 1 (an agent's upload once a minute),
"S3" 1 (images read from S3), "clips/s" 15 (a common unit; the job and the path are new). Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all, ``cat``), ``anomaly/heldout150.py`` lines 1-110 (``sed -n
1,110p``) and 541-550 (``make_heldout150`` and ``heldout150_set``, ``sed -n '541,$p'`` after a ``grep -n`` for their
``def`` lines), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all),
``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the
first 3 lines of every ``anomaly/heldout*.py`` (the loop the brief gives; the tool cut its long print in the middle,
so the same loop's output was saved to ``/tmp/h172/heads.txt`` and read only through ``grep -ic`` for the words above,
``grep -io`` with 60 characters before and 40 after "face", "upload" and "S3", and ``grep -n`` for the names
``heldout16x`` / ``heldout17x`` (file names only)); ``git status``; ``git log --oneline main..HEAD``. Slips: a ``wc
-l`` of ``anomaly/heldout150.py`` (550 lines), run with the ``grep -n``; none else. The tests import
``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Dropbox's "Rate Limits, Retries, and Data Ingress at Scale"
(https://www.dropbox.com/developers/reference/data-ingress-guide: a 429's body says ``too_many_requests``, a rate
limit on the access token, or ``too_many_write_operations``, lock contention in a namespace; both are retried) and its
"DBX Performance Guide" (https://developers.dropbox.com/dbx-performance-guide: rate-limited answers always carry
``Retry-After``; limits are per linked user or team, not published); a Dropbox forum thread "HTTP API Throttling?"
(https://www.dropboxforum.com/t5/API-Support-Feedback/HTTP-API-Throttling/m-p/354349: parallel uploads into one
account or shared folder fail with ``too_many_write_operations``, simultaneous writes anywhere in the namespace, by
the app itself or others, cause it) and Duplicacy's forum ("Duplicacy should respect 429 responses (Dropbox)":
multi-threaded uploads, sleeping ``Retry-After`` then retrying works); the SDKs' reference pages (dropbox-sdk-dotnet
``ListFolderLongpollArg`` / ``ListFolderLongpollResult``, docs.rs ``dropbox_sdk::files``: the longpoll blocks for
``timeout`` s (30 by default) plus up to 90 s of random jitter, answers ``changes`` and an optional ``backoff`` the
caller must wait before polling again; ``list_folder/continue`` and the longpoll answer ``reset`` when the cursor is
invalidated: call ``list_folder`` for a new one; ``list_folder`` entries are the paths' current state (keep a local
copy in sync), and a ``RateLimitError`` comes back when the same listing is asked twice at once;
``list_folder/get_latest_cursor`` gives a cursor that lists only later changes; ``FileMetadata``: ``client_modified``
is whatever the client sent, not verified, "for display purposes", ``server_modified`` the time of the last change on
Dropbox, ``rev`` a revision id; ``WriteMode``: ``add`` never overwrites (autorename appends " (1)"), ``overwrite``
always does, and a write of identical contents writes nothing). On the job: a DFDC project page (ericae9.github.io,
10-s clips of about 300 frames cut to 32, faces found by a detector network), naram92/DeepFakeDetection (FF++, faces
tracked and cropped per frame, EfficientNet-B4, downscaling / flips / colour / noise augmentation) and the
SelfBlendedImages preprocessing notes (RetinaFace, 32 frames sampled per video). Not read (from memory, unchecked):
the Retry-After values Dropbox sends (here 5-120 s for a rate limit, 1-5 s for contention), how long a listing lags an
upload (here 0.2-3 s, 1 % 30-300 s), whether Dropbox timestamps are whole seconds (taken so), how often cursors are
reset, and Dropbox's outages.

Assumed without checking (the job): 1-4 nodes (25/35/15/25 %) of 4 or 8 GPUs (40/60 %), 0.88-0.97 per doubling; a GPU
trains 5-45 clips/s (log-uniform) at the first clip length; the CPU workers (decode, face crops, recompression,
augmentation) feed 0.85-2.2 times that; a step waits for the slower side (a soft maximum of the costs). Clips start at
8 or 16 frames. Videos are read one shard (one source) at a time: a shard lasts 5-40 min (log-uniform), its factor
sd 4-12 %, a quarter are 1080p DFDC-style sources 5-14 % dearer to decode, and opening one runs 5-30 s at 20-60 %; per
5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3
at 15-85 % of the run, an hour apart, each longer clips (8 -> 16 -> 32 frames: the GPUs 1.75-1.98 times dearer per
doubling, the CPUs 1.6-1.95), a larger face crop (once: GPUs 1.5-2.1, CPUs 1.08-1.3) or, 1 in 6, another node count;
redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75
% over 2-6 min (decoder pools and face-crop caches warming); a video-level validation every 30-90 min of training,
2-8 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential,
mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3
min ("long" 5-12), queued 1-5, a start-up of 3-10 ("long" 8-20) and its ramp; at least 10 min of training between
pauses.

On the path (not checked): each node's reporter (in the node's first process) reports on a fixed-rate timer every
``P`` s (20, 30 or 60 s in 60 % of runs, else uniform 20-60; plus 0-0.3 s) its clips since its last stored file, the
job's clips split evenly over the stage's nodes. An upload takes 0.4 s (log-normal, sd 0.5); it is refused with
``too_many_write_operations`` with probability 0.2-2 %, 10-50 % inside busy episodes (other writers in the team's
namespace, 1-6 a day, 2-20 min), and retried after 1-5 s until stored; inside ``too_many_requests`` episodes (the
token shared by the nodes and the monitor: 0.2-2 a day, 1-10 min, Retry-After 5-120 s) and outages (0.05-0.4 a day,
3-40 min, retries every 30-60 s) it is retried until the episode ends. A report due while an upload still retries is
merged into the next (its clips wait). A crash loses the clips since the last stored file and any upload still
retrying; a relaunch's stop stores a last file. 60 % of runs write a new file per report (``add``, autorename), 40 %
overwrite one file per node. 0.2-1 % of ``add`` uploads time out at the client after they were stored and are sent
again 5-30 s later: two files (an overwrite of identical contents writes nothing). A file is listed 0.2-3 s after it
is stored (1 %: 30-300 s) and read 0.3-3 s later; the monitor's reads are batched: in longpoll ``backoff`` episodes
(2-10 a day, 2-20 min, backoff 10-120 s) at the backoff's steps, in rate-limit episodes and outages after their end,
after a cursor ``reset`` (0.2-1 a day) once its relisting ends (10-90 s), and after its own restarts (0.1-0.5 a day,
1-10 min): half the monitors keep their cursor and read what changed while down, the others take a new cursor and
never see it. With one file per node, a revision overwritten before the monitor lists it is never read, and after a
reset half the monitors (those that do not keep the ``rev`` they read) count the node's current file again. The
monitor bins a file by ``server_modified`` (40 %), ``client_modified`` (30 %: its node's clock at the report, whole
seconds) or the time in its content (30 %, the node's clock), and closes minute ``m`` 30-120 s after its end: a file
read later is lost. The nodes' clocks are off by sd 0.2-2 s; in 25 % of runs the first node's clock is unsynchronised
(sd 3-40 s) and stepped 0.5-3 times a day. A point is the clips of its minute's files over 60 s (0: none read). The
reads are linear in the clips; the files' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's clips lost, carried through the same files and reads): ``drop`` (decode workers killed,
a smaller loader pool: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the video store's reads slowed
in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the face-crop cache
growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target
loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost clips (linear), refused
above 1; ``w`` is per 5-s tick.

Measured (``heldout172_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    9          12    0.104-0.302  23              1-37 (1454, 0 >60)
long      31      10    11         10    0.091-0.288  23              1-62 (1160, 2 >60)

Planned changes listed: short 12, long 14 (of 12 and 14 relaunches; none kept its stage); crashes 31 and 50. The path
over each set (counts): short: 429s for write contention 5366, 429s in rate-limit episodes 4147, refusals in outages
9601, reports merged while an upload retried 1687, files stored twice 1238, uploads lost in a crash 4, files read
after a longpoll backoff 9074, cursor resets 36, monitor restarts 9 (files missed with a new cursor 75), revisions
overwritten before they were listed 2912, current files counted again after a reset 15, files read after their minute
closed 2631, files in another minute than their clips' end 17194, unread minutes 546, clock steps 20; long: 5725,
3526, 9857, 1625, 1188, 2, 9064, 28, 18 (506), 2615, 12, 2696, 7166, 378, 3. The reads' sum over the live points
against the job's clips: 0.971-1.013 per seed (short), 0.974-1.016 (long); the live points' minute-to-minute change
(median ``|d log|`` per seed) 1.6-69 % (short), 1.5-26 % (long), its 99th percentile 33-110 % (short), 41-108 %
(long): a file holds ``P`` s of clips and falls whole into one minute, so a period that does not divide the minute
makes the points alternate; the live median level 7-303 clips/s (short), 10-184 (long). Before the first measure:
none (the first measure was both sets' 12 seeds at 3,000 points, then at 6,000). Changes of the laws after it: one,
the reporter's period ``P`` is a round 20, 30 or 60 s in 60 % of runs (it was uniform 20-60 s in all: the median
minute-to-minute change reached 66 % in the runs whose period aliased with the minute, more than a usual setting
would give; at 6,000 points the rows were short 31, 10, 9, 12, 0.104-0.302, 22, 1-37 (1537, 0 >60) and long 31, 10,
11, 10, 0.091-0.288, 23, 1-62 (1152, 2 >60)). The tests check the laws on the first 4 seeds at 3,000 points
(``SPANS``: at most 60 points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 172
HELDOUT172_SEEDS = tuple(range(1722000, 1722012))
TICK = 5.0  # s: the job's clips are kept per 5-s tick
STEP = 60.0  # s: one point per minute
K = int(STEP // TICK)
EPOCH = 1790000040.0  # a multiple of 60: the trace's time 0
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 90)}
DAY = 86400.0
# pause lengths (s): (lo, hi) per setting
PAUSES = {
    "short": {"startup": (180, 600), "eval": (120, 480), "ckpt": (15, 60), "crash": (60, 240), "restart": (120, 360),
              "stop": (60, 180), "queue": (60, 300), "relaunch_up": (180, 600)},
    "long": {"startup": (1500, 3600), "eval": (600, 1500), "ckpt": (60, 240), "crash": (360, 1080),
             "restart": (480, 1200), "stop": (300, 720), "queue": (60, 300), "relaunch_up": (480, 1200)},
}
PATH_KEYS = ("contention_429", "rate_429", "outage_refused", "merged", "stored_twice", "lost_in_crash",
             "backoff_reads", "cursor_resets", "monitor_restarts", "late", "moved", "unread_minutes")


@dataclass
class Path:
    """The files the monitor read: one row per stored file (or re-read copy)."""

    mode: str  # "add": a new file per report; "overwrite": one file per node
    key: str  # what the monitor bins by: "server", "client" or "content"
    rev_tracked: bool  # overwrite mode: a relisted file whose rev was seen is skipped
    cursor_kept: bool  # the monitor's cursor survives its restarts
    P: float
    node: np.ndarray
    c0: np.ndarray  # the true times the file's clips span
    c1: np.ndarray
    u: np.ndarray  # stored (server) time
    read: np.ndarray  # when the monitor read it
    bin: np.ndarray  # its minute (-1: outside the trace)
    counted: np.ndarray  # bool: summed into its minute
    share: np.ndarray  # the node's share of the job's clips (1 / the stage's node count)
    counts: dict = field(default_factory=dict)

    @property
    def copies(self) -> np.ndarray:
        """How many counted rows each report has (a report's rows share ``(node, c0, c1)``)."""
        keys = np.stack([self.node.astype(float), self.c0, self.c1])[:, self.counted]
        _, c = np.unique(keys, axis=1, return_counts=True)
        return c


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # clips trained per tick
    pauses_t: list
    ramps: list
    lives: list  # (start, end, crashed)
    known_t: list
    counts: dict
    cfg: dict
    stages: list  # (t, stage)
    path: Path | None = None


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


def _inside(x, win) -> np.ndarray:
    """Which of ``x`` lie in one of the sorted, disjoint windows ``win`` (rows ``[a, b)``)."""
    win = np.asarray(win, float).reshape(-1, 2)
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _level(cfg: dict, st: dict) -> float:
    """Clips/s of a stage: the GPUs' side and the CPU workers' side (decode, face crops, recompression), a soft
    maximum of their costs."""
    g = st["nodes"] * cfg["gpn"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["frames_g"] ** st["fr"] / cfg["res_g"] ** st["res"]
    cpu = cfg["cpu"] * st["nodes"] / cfg["frames_c"] ** st["fr"] / cfg["res_c"] ** st["res"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: longer clips (8 -> 16 -> 32 frames), a larger face crop, or (1 in 6) another node count;
    redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6 or (st["fr"] >= 2 and st["res"] >= 1):
            new["nodes"] = int(rng.choice([x for x in (1, 2, 3, 4) if x != st["nodes"]]))
        elif u < 0.6 and st["fr"] < 2:
            new["fr"] += 1
        elif st["res"] < 1:
            new["res"] += 1
        else:
            new["fr"] = min(2, new["fr"] + 1)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return dict(st)


def _ar1(rng, m: int, sd: float, corr_ticks: float) -> np.ndarray:
    """A stationary AR(1) of ``m`` ticks (sd ``sd``), computed blockwise (no Python loop per tick)."""
    a = np.exp(-1.0 / corr_ticks)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    x = np.empty(m)
    prev = rng.normal(0, sd)
    B = 200
    for s in range(0, m, B):
        blk = e[s:s + B]
        p = a ** np.arange(1, len(blk) + 1)
        x[s:s + len(blk)] = p * (prev + np.cumsum(blk / p))
        prev = x[s + len(blk) - 1]
    return x


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's pauses, process lives and stages, and its clips per tick."""
    T = n * STEP + 900.0
    nt = int(np.ceil(T / TICK))
    pz = PAUSES[setting]
    cfg = {"gpn": int(rng.choice([4, 8], p=[0.4, 0.6])), "gpu": _lu(rng, 5.0, 45.0), "eff": rng.uniform(0.88, 0.97),
           "frames_g": rng.uniform(1.75, 1.98), "frames_c": rng.uniform(1.6, 1.95), "res_g": rng.uniform(1.5, 2.1),
           "res_c": rng.uniform(1.08, 1.3)}
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.15, 0.25])), "fr": int(rng.choice([0, 1])),
          "res": 0}
    g0 = st["nodes"] * cfg["gpn"]
    gpu0 = cfg["gpu"] * g0 * cfg["eff"] ** np.log2(g0) / cfg["frames_g"] ** st["fr"]
    cfg["cpu"] = gpu0 * rng.uniform(0.85, 2.2) / st["nodes"] * cfg["frames_c"] ** st["fr"]
    n_re = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    re_t = sorted(rng.uniform(0.15, 0.85, n_re) * n * STEP)
    for i in range(1, len(re_t)):
        re_t[i] = max(re_t[i], re_t[i - 1] + 3600.0)
    crash_mean = rng.uniform(12, 48) * 3600.0
    ev_every = rng.uniform(1800, 5400)
    ck_every = int(rng.choice([2, 3]))
    pauses, ramps, lives, known, stages = [], [], [], [], [(0.0, dict(st))]
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    t = rng.uniform(*pz["startup"])
    pauses.append((0.0, t, "startup"))
    life0 = 0.0

    def ramp(t0):
        d = rng.uniform(120, 360)
        ramps.append((t0, t0 + d, rng.uniform(0.4, 0.75)))
        return t0 + d

    ramp(t)
    next_ev, next_crash, ri = t + ev_every, t + rng.exponential(crash_mean), 0
    while t < T:
        cand = [next_ev, next_crash, re_t[ri] if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        at = max(cand[which], t + 600.0)  # ten minutes of training at least between pauses
        if at >= T:
            break
        if which == 0:
            counts["evals"] += 1
            d = rng.uniform(*pz["eval"])
            pauses.append((at, at + d, "eval"))
            t = at + d
            if counts["evals"] % ck_every == 0:
                d = rng.uniform(*pz["ckpt"])
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_ev = t + ev_every * rng.uniform(0.9, 1.1)
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, at, True))
            d = rng.uniform(*pz["crash"])
            pauses.append((at, at + d, "crash"))
            life0 = at + d
            d2 = rng.uniform(*pz["restart"])
            pauses.append((life0, life0 + d2, "startup"))
            t = life0 + d2
            ramp(t)
            next_crash = t + rng.exponential(crash_mean)
            next_ev = max(next_ev, t + 600.0)
        else:
            counts["relaunches"] += 1
            lives.append((life0, at, False))
            d = rng.uniform(*pz["stop"]) + rng.uniform(*pz["queue"])
            pauses.append((at, at + d, "relaunch"))
            life0 = at + d
            d2 = rng.uniform(*pz["relaunch_up"])
            pauses.append((life0, life0 + d2, "startup"))
            t = life0 + d2
            ramp(t)
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t)
            st = new
            stages.append((t, dict(st)))
            ri += 1
            next_ev = t + ev_every * rng.uniform(0.5, 1.0)
            next_crash = max(next_crash, t + 600.0)
    lives.append((life0, T + 3600.0, False))
    # the clips per tick: stage level, shards (a video source's decode cost), noise, ramps, and pauses
    tt = np.arange(nt) * TICK
    lv = np.empty(nt)
    for t0, s in stages:
        lv[int(t0 // TICK):] = _level(cfg, s)
    edges = np.cumsum(np.exp(rng.uniform(np.log(300), np.log(2400), int(T / 300) + 2)))
    sf = np.exp(rng.normal(0, rng.uniform(0.04, 0.12), len(edges) + 1))
    heavy = rng.random(len(edges) + 1) < 0.25  # DFDC-style 1080p sources: dearer decode
    sf *= np.where(heavy, 1 / rng.uniform(1.05, 1.14), 1.0)
    shard = np.searchsorted(edges, tt, side="right")
    f = sf[shard]
    start = np.concatenate([[0.0], edges])[shard]
    stall = rng.uniform(5, 30, len(edges) + 1)[shard]
    f *= np.where(tt - start < stall, rng.uniform(0.2, 0.6), 1.0)
    noise = _ar1(rng, nt, rng.uniform(0.02, 0.05), rng.uniform(2, 8))
    noise += np.repeat(hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    rate = lv * f * np.exp(noise)
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        rate[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] + TICK / 2 - a) / (b - a), 0, 1)
    on = np.ones(nt)
    for a, b, kind in pauses:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1])
        on[i0:i1] -= np.clip(ov, 0, TICK) / TICK
    J = rate * np.clip(on, 0, 1) * TICK
    return Run(n, nt, J, pauses, ramps, lives, known, counts, cfg, stages)


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Disjoint windows ``[a, b)`` over ``[0, T)``: Poisson starts at ``per_day``, lengths log-uniform."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    b = a + np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    keep = np.concatenate([[True], a[1:] > np.maximum.accumulate(b)[:-1]]) if k else np.zeros(0, bool)
    return np.stack([a[keep], b[keep]], axis=1) if k else np.zeros((0, 2))


def _win_of(x, win) -> np.ndarray:
    """The index of the window of ``win`` that holds each of ``x`` (-1: none)."""
    if not len(win):
        return np.full(len(x), -1)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return np.where((i >= 0) & (x < win[np.maximum(i, 0), 1]), i, -1)


def _nodes_at(run: Run, t) -> np.ndarray:
    """The job's node count at times ``t`` (its stage's)."""
    t0 = np.array([a for a, _ in run.stages])
    nn = np.array([s["nodes"] for _, s in run.stages])
    return nn[np.maximum(np.searchsorted(t0, t, side="right") - 1, 0)]


def _path(rng, run: Run) -> Path:
    """Each node's reporter uploads a file every ``P`` s; Dropbox stores, refuses (429) or loses it; the monitor
    follows the folder with a longpoll and bins each file's clips by a time of it."""
    T = run.nt * TICK
    nodes = max(s["nodes"] for _, s in run.stages)
    mode = "add" if rng.random() < 0.6 else "overwrite"
    key = str(rng.choice(["server", "client", "content"], p=[0.4, 0.3, 0.3]))
    P = float(rng.choice([20.0, 30.0, 60.0])) if rng.random() < 0.6 else rng.uniform(20, 60)  # the one change
    c = {k: 0 for k in PATH_KEYS}
    rate_w = _episodes(rng, T, rng.uniform(0.2, 2.0), 60, 600)  # too_many_requests on the shared token
    rate_step = rng.uniform(5, 120, len(rate_w))  # Retry-After of each
    out_w = _episodes(rng, T, rng.uniform(0.05, 0.4), 180, 2400)  # API errors / unreachable
    busy_w = _episodes(rng, T, rng.uniform(1, 6), 120, 1200)  # other writers in the namespace
    p_base, p_busy = rng.uniform(0.002, 0.02), rng.uniform(0.1, 0.5)
    back_w = _episodes(rng, T, rng.uniform(2, 10), 120, 1200)  # longpoll answers with ``backoff``
    back_B = rng.uniform(10, 120, len(back_w))
    resets = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.2, 1.0) * T / DAY)))
    reset_gap = rng.uniform(10, 90, len(resets))
    down_w = _episodes(rng, T, rng.uniform(0.1, 0.5), 60, 600)  # the monitor's own restarts
    cursor_kept = bool(rng.random() < 0.5)
    rev_tracked = bool(rng.random() < 0.5)
    p_dup = rng.uniform(0.002, 0.01)
    close_lag = rng.uniform(30, 120)
    unsynced = rng.random() < 0.25
    rows = []
    for k in range(nodes):
        off_sd = rng.uniform(0.2, 2.0)
        st_t = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY))) if unsynced and k == 0 \
            else np.zeros(0)
        c["clock_steps"] = c.get("clock_steps", 0) + len(st_t)
        offs = rng.normal(0, rng.uniform(3, 40) if len(st_t) or (unsynced and k == 0) else off_sd, len(st_t) + 1)
        phase = rng.uniform(0, P)
        for s, e, crashed in run.lives:
            e_ = min(e, T)
            # reports of this life (only while the node is in the job: its stage's node count)
            nk = int((e_ - s - phase) // P)
            if nk <= 0:
                continue
            r = s + phase + P * np.arange(1, nk + 1) + rng.uniform(0, 0.3, nk)
            r = r[r < e_]
            if not crashed and e < T:
                r = np.append(r, e)
            r = r[_nodes_at(run, r - 1e-6) > k]
            m = len(r)
            if not m:
                continue
            lat = np.exp(rng.normal(np.log(0.4), 0.5, m))
            busy = _inside(r, busy_w)
            tries = rng.geometric(1 - np.where(busy, p_busy, p_base)) - 1
            c["contention_429"] += int(tries.sum())
            u = r + lat + tries * rng.uniform(1, 5, m)
            for win, step, name in ((rate_w, rate_step, "rate_429"), (out_w, None, "outage_refused")):
                i = _win_of(u, win)
                hit = i >= 0
                if hit.any():
                    sp = rate_step[i[hit]] if step is not None else rng.uniform(30, 60, hit.sum())
                    kk = np.ceil((win[i[hit], 1] - u[hit]) / sp)
                    c[name] += int(kk.sum())
                    u[hit] = u[hit] + kk * sp + lat[hit]
            prev_done = np.concatenate([[-np.inf], np.maximum.accumulate(u)[:-1]])
            kept = r >= prev_done  # a report due while an upload still retries is merged into the next
            c["merged"] += int((~kept).sum())
            r, u = r[kept], u[kept]
            c0 = np.concatenate([[s], r[:-1]])
            c1 = r
            if crashed:
                lost = u > e
                c["lost_in_crash"] += int(lost.sum())
                r, u, c0, c1 = r[~lost], u[~lost], c0[~lost], c1[~lost]
            rows.append((np.full(len(r), k), c0, c1, r, u, offs[np.searchsorted(st_t, r)]))
    node, c0, c1, r, u, off = (np.concatenate(x) for x in zip(*rows))
    if mode == "add":  # a timed-out upload that was stored, sent again: autorename keeps both
        d = rng.random(len(u)) < p_dup
        c["stored_twice"] = int(d.sum())
        node, c0, c1, r, off = (np.concatenate([x, x[d]]) for x in (node, c0, c1, r, off))
        u = np.concatenate([u, u[d] + rng.uniform(5, 30, d.sum())])
    o = np.argsort(u, kind="stable")
    node, c0, c1, r, u, off = node[o], c0[o], c1[o], r[o], u[o], off[o]
    m = len(u)
    vis = u + np.where(rng.random(m) < 0.01, rng.uniform(30, 300, m), rng.uniform(0.2, 3, m))
    read = vis + rng.uniform(0.3, 3, m)
    batch = np.full(m, -1.0)  # the batched read instant (several files at once), -1: read on its own
    i = _win_of(vis, back_w)
    hit = i >= 0
    c["backoff_reads"] = int(hit.sum())
    B = back_B[i[hit]]
    batch[hit] = back_w[i[hit], 0] + np.ceil((vis[hit] - back_w[i[hit], 0]) / B) * B
    for win, extra in ((rate_w, rate_step), (out_w, None)):
        i = _win_of(vis, win)
        hit = i >= 0
        batch[hit] = np.maximum(batch[hit], win[i[hit], 1] + (rng.uniform(0, 60, hit.sum()) if extra is None
                                                             else extra[i[hit]]))
    rw = np.stack([resets, resets + reset_gap], axis=1) if len(resets) else np.zeros((0, 2))
    c["cursor_resets"] = len(resets)
    i = _win_of(vis, rw)
    hit = i >= 0
    batch[hit] = np.maximum(batch[hit], rw[i[hit], 1])
    counted = np.ones(m, bool)
    i = _win_of(vis, down_w)
    hit = i >= 0
    c["monitor_restarts"] = len(down_w)
    if cursor_kept:
        batch[hit] = np.maximum(batch[hit], down_w[i[hit], 1] + rng.uniform(5, 30, hit.sum()))
    else:
        counted[hit] = False  # a new cursor from get_latest_cursor: what changed while down is never listed
        c["missed_while_down"] = int(hit.sum())
    read = np.where(batch >= 0, np.maximum(batch, read), read)
    if mode == "overwrite":  # one file per node: a revision overwritten before it was listed is never read
        bt = np.where(batch >= 0, batch, -1 - np.arange(m))
        o = np.lexsort((u, bt, node))
        same = (node[o][1:] == node[o][:-1]) & (bt[o][1:] == bt[o][:-1])
        lost = np.zeros(m, bool)
        lost[o[:-1][same]] = True
        counted &= ~lost
        c["overwritten_unread"] = int(lost.sum())
        if not rev_tracked and len(resets):  # the relisted current revision counted again
            extra = []
            for z, g in rw:
                for k in range(nodes):
                    j = np.nonzero((node == k) & (read < z) & counted)[0]
                    if len(j):
                        extra.append((j[-1], z + g))
            if extra:
                j = np.array([x for x, _ in extra])
                node, c0, c1, r, u, off = (np.concatenate([x, x[j]]) for x in (node, c0, c1, r, u, off))
                read = np.concatenate([read, [y for _, y in extra]])
                counted = np.concatenate([counted, np.ones(len(j), bool)])
            c["reset_recounted"] = len(extra)
    tkey = {"server": np.floor(u), "client": np.floor(r + off), "content": r + off}[key]
    b = np.floor(tkey / STEP).astype(int)
    b = np.where((b >= 0) & (b < run.n), b, -1)
    late = counted & (b >= 0) & (read > (b + 1) * STEP + close_lag)
    c["late"] = int(late.sum())
    counted &= ~late & (b >= 0)
    c["moved"] = int((counted & (b != np.floor(c1 / STEP))).sum())
    share = 1.0 / _nodes_at(run, c0 + 1e-6)
    return Path(mode, key, rev_tracked, cursor_kept, P, node, c0, c1, u, read, b, counted, share, c)


def _cum(run: Run, x: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The cumulative sum of the per-tick ``x`` at times ``t`` (linear inside a tick)."""
    C = np.concatenate([[0.0], np.cumsum(x)])
    f = np.clip(t / TICK, 0, run.nt)
    i = np.minimum(f.astype(int), run.nt - 1)
    return C[i] + (f - i) * x[i]


def _reads(run: Run, x: np.ndarray) -> np.ndarray:
    """The monitor's points (clips/s per minute) of the per-tick clips ``x``: linear in ``x``."""
    p = run.path
    sel = p.counted
    share = p.share[sel]
    clips = share * (_cum(run, x, p.c1[sel]) - _cum(run, x, p.c0[sel]))
    return np.bincount(p.bin[sel], weights=clips, minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the monitor's healthy points."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    marks = [(a, b) for a, b, _ in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, _ in run.ramps]
    for a, b in sorted(marks):
        s, e = max(int(a // STEP) - 1, 0), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            hc.add_span(spans, s, max(e, spans[-1][1]) if spans and s <= spans[-1][1] else e)
    zero = np.zeros(n, bool)
    zero[h <= 0] = True
    live = hc.live_mask(spans, n)
    run.path.counts["unread_minutes"] = int((zero & live).sum())
    for s in np.nonzero(zero & live)[0]:  # a minute that read nothing is paused too
        spans.append((int(s), int(s) + 1))
    merged = []
    for s, e in sorted(spans):
        hc.add_span(merged, s, max(e, merged[-1][1]) if merged and s <= merged[-1][1] else e)
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the clips lost per tick (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a decode worker pool shrunk (workers killed): the loss sets in over a few ticks
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":  # the video store's reads slowed in bursts
        calm = rng.uniform(0.05, 0.25)
        edges = hc.twostate(rng, 0, length, rng.uniform(30, 240), rng.uniform(120, 600))
        bad = np.searchsorted(edges, s, side="right") % 2 == 1
        return np.where(bad, 1.0, calm)
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)  # a leak: the face-crop cache into swap


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t_lo, t_last = lo * STEP, last * STEP
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if t_lo <= a and b < t_last]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(t_lo, t_last)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(np.ceil(t0 / TICK)), (run.nt if to_end else stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        m1 = _reads(run, run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        ms, hs = m1[c0:stop][lv].sum(), healthy[c0:stop][lv].sum()
        if ms <= 0 or hs <= 0 or target * hs / ms > 1:
            continue
        m = target * hs / ms * m1
        nz = np.nonzero(m > 0)[0]
        if not len(nz):
            continue
        at = int(nz[0])
        m = m[at:int(nz[-1]) + 1]
        v = np.maximum(healthy[at:at + len(m)] - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        full = healthy.copy()
        full[at:at + len(v)] = v
        depth = hc.shown_depth(full, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m)
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout172(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout172_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT172_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout172, seeds, n, pauses)
