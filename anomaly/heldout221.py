"""The two-hundred-and-twenty-first held-out throughput family: an egg grading station's crack and blood-spot model's
training images/s (a network finding hairline cracks, blood spots, meat spots, dirty shells and misshapen eggs in
candling-light and acoustic-crack-detector images from the grader's rollers; images cropped and augmented on CPU
workers, the rare defect classes oversampled; an evaluation on a held-out farm's eggs now and then) on 1, 2 or 4
nodes, read through IEC 61850 buffered reporting: each node's reporter is an IED whose data object holds its images
since its last update (every 10-30 s, with quality and timestamp); a substation-style gateway (an MMS client)
enables a buffered report control block (BRCB) on each node's dataset and sums the reports per minute.

(Heads: ``for f in anomaly/heldout*.py; do head -3 "$f"; done`` into ``/tmp/heldout221/221_heads.txt``, then
``grep -ic``: 0 for 61850, MMS, "report control", buffered, substation, GOOSE, egg, candl, rollers, integrity,
interrogation, overflow, "sequence number", "entry ID"; IEC 1 and IED 1 (``grep -io`` showed "pIECe" and
"retrIED": no IEC 61850 head), blood 1 (a blood-smear microscope model), acoustic 1 (an acoustic audio model), crack
10 and grading 17 (other inspection and grading jobs: night field inspections, line-scan photos, concrete, IVF
embryos, sawlogs), gateway 3, quality 3, farm 10, report 14, sequence 22, oversampl 28, images/s 43 (common
words). The job and the path are new. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: one print cut at its lines 313-408
by the tool, printed again as lines 305-412), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic`` and ``grep -io`` only (``grep -io``
printed up to 40 characters around the matches of IEC, IED, blood, acoustic and of 3 matches each of crack and
grading). Slips: an ``ls`` of the lead's scratch folder printed its file names (none opened); a ``wc -l`` of
``docs/data-authors.md`` and of ``anomaly/heldout_common.py``; an ``ls`` of ``anomaly/heldout220.py`` and
``heldout222.py`` (220 exists). The tests import ``HELDOUT220_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): libIEC61850 issues #59 (the report buffer need not survive a
device restart: "use the log service"), #101 and PR #437 (BufOvfl and EntryID belong to buffered reports only),
#13 and #19 (changes within BufTm merged into one report), #255 (a client enabling a BRCB: TrgOps data-change,
integrity and GI, IntgPd, RptEna, GI); its ``reporting.c`` opening (ResvTms 10 s when the client sets none);
go-iec61850's v1.0.3 notes (EntryIDs 8 bytes, increasing from 1, not kept over a server restart; a BRCB enabled with
an EntryID replays the entries after it, an unknown one nothing, zero everything; PurgeBuf invalidates them);
Beckhoff TF6510 pages (ResyncReq with an EntryID; a report's SeqNum, TimeOfEntry, BufOvfl, EntryID, ConfRev; BRCBs,
URCBs and GI); a GE UR manual (buffered reports keep events over a lost association, unbuffered ones flush them); an
ABB TCC300 manual (integrity and buffer-time figure; SqNum from 0 at enable, rolling over); a Siemens SICAM PIXIT
(a second change within the buffer time sends the report at once; EntryID 2 bytes and a 6-byte time; buffer size
not fixed; on losing its time source an IED sets ClockNotSynchronized and ClockFailure); a Schneider TimeQuality
page; Triangle MicroWorks' "What are reports?". Not read (from memory, unchecked): IEC 61850-7-2's text itself;
how many associations an IED takes; how real gateways bin reports or treat GI and integrity reports. Nothing read
on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, 0.88-0.97 per doubling); a node's GPUs train
600-6,000 images/s (log-uniform), its CPU workers (crops, augmentation) can feed 1.05-2 times that; a step waits for
the slower (a soft maximum of the costs). Lots (one farm's flats at a time) last 3-30 min of training
(log-uniform), with a CPU-cost factor (sd 3-8 %), a GPU one (sd 1-3 %), and 15-30 % defect-heavy (oversampled
cracks and blood spots, 8-25 % dearer on the CPUs). Per 5-s tick: an AR(1) of the log with Student-t (4)
innovations (sd 1.5-4 %, 20-90 s), a slow OU (sd 1.5-4 %, 45-240 min), the shuffle buffer's refill every 2-8 min
of training (5-15 s at 50-80 %), loader hiccups (1-6 an hour, 5-25 s at 30-70 %). Pauses: a start-up 4-12 min
("long" 20-50) and a ramp from 35-70 % over 2-5 min; an evaluation on a held-out farm every 45-110 min of training
(+-30 %), 3-8 min ("long" 12-30), every 2nd-4th followed by a checkpoint (20-90 s, "long" 2-5 min); crashes
(exponential, mean 10-40 h): down 2-5 min ("long" 8-20) and a start-up of 3-8 ("long" 10-25), then a ramp;
relaunches (0-3 at 15-85 % of the run, an hour apart): stopped 2-4 min ("long" 6-14), queued 1-6, a start-up
and a ramp, onto another node count (45 %) or batch shape (1.25-1.7 times dearer or cheaper on the GPUs, that
** 0.6 on the CPUs), redrawn until the level moves 15 % (1/3 to 3 times).

On the path (not checked): each node's IED updates its data object every ``U`` s (10-30, plus 0-0.3 s) with the
images since its previous update; a value that changes raises a data-change entry in the BRCB's buffer (a pause's
run of zeros raises none), sent BufTm (0.1-1 s) later. The gateway counts data-change reports; it never sums
integrity reports (IntgPd 60-300 s; a missed one is how it sees a silent drop). Associations drop 2-10 times a day
per node, seen at once (60 %) or after 0.5-2 integrity periods, re-opened 2-20 s later; in 5-20 % of drops the
IED's associations are taken (engineering tools) and the gateway is refused 1-15 min more; the gateway itself is
out 0.2-1 times a day for 2 min-4 h (log-uniform; all nodes). Entries made meanwhile are buffered and resent at
the reconnection (0.02 s apart); a buffer holds 60-360 entries: the oldest are overwritten (BufOvfl). An IED
restarts 0.1-0.8 times a day, down 10-90 s: its buffer is purged, the interval under way lost, entry IDs restart
(no stale resend; the GI reads 0). After a reconnection without a restart, 15-45 % of the time the saved EntryID
was 1-3 entries old and those are resent (half the gateways drop a seen entry ID, the others count it again); 40 %
of gateways also sum the GI's report (the last update's value once more). Clocks: an IED is off by ~10 ms; in 25 %
of runs one node's time source is lost (ClockNotSynchronized on all its reports): 2-45 s off, drifting 20-200 ppm,
stepped right 0.5-3 times a day. 65 % of gateways bin by TimeOfEntry (half of those bin a flagged report by its
receipt) and close a minute 10-60 s after its end (later copies lost); the others bin by receipt time (the
gateway's clock, sd 0.2 s). A point is the minute's counted values over 60 s (0: nothing read). The reads are
linear in the images; the reports' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a stop or a ramp's first half, or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, read through the same reports): ``drop`` (a crop-and-augment worker pool
shrinking: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-4 ticks), ``straggler`` (one node's CPUs shared with a noisy
neighbour: 1 for a mean of 30-180 ticks, calm for a mean of 100-450 at 0.05-0.3), ``leak`` (the decoded-image cache
growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.7-2, then held); onsets 30 % at a pause's end, a drawn target
loss (8-33 %, 10-30 %, 12-35 % over a leak's plateau), ``a`` set from the reads (linear), refused above 0.95.

Measured (``heldout221_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    11         10    0.086-0.303  20              1-232 (985, 4 >60)
long      27      9     9          9     0.076-0.316  20              1-218 (792, 16 >60)

Planned changes listed: short 16, long 16 (of 16 relaunches each; none kept its stage); crashes 56 and 36. The path
over each set (counts): short: association drops 871, refused 80, gateway outages 24, IED restarts 43 (35 cut an
interval with images), entries purged 0, buffers overflowed 9 (3,400 entries overwritten), entries resent after a
reconnection 7,810, resent after a stale EntryID 425, copies counted twice 128 (96 GIs), late copies lost 4,745,
copies in another minute than their update's 2,106, unread minutes (pauses included) 5,906, clock steps 9, flagged
copies 7,238; long: 655, 77, 40, 51 (33), 151, 20 (3,074), 11,079, 418, 375 (289), 5,879, 7,808, 18,069, 18,
23,715. Gateways: short 10 by TimeOfEntry and 2 by receipt, long 5 and 7. The reads' sum over the live points
against the job's images: 0.988-1.014 (short), 0.993-1.033 (long) per seed; the live median level 618-8,131
images/s (short), 928-8,856 (long); the live points' minute-to-minute change (median ``|d log|`` per seed)
6.7-37.9 % (short), 3.4-39.2 % (long), its 99th percentile 42-71 % (short), 37-92 % (long): a node's 2 or 3
updates a minute (``U`` not dividing 60) alias into the sums (the job's own minutes change 2.5-3.9 %, six "short"
seeds); I kept it: it is what summing the reports per minute reads. Before the first measure: a run of 4 traces
at 3,000 points that printed only its time. The first measure: both sets' 12 seeds at 6,000 points. Changes of
the laws after it: none (after it, with no law changed: the run records its unsynchronised node, the tests'
span limit ``SPANS`` takes the gateway outages, and their reads-to-images bound is 10 %). The tests
(``OMP_NUM_THREADS=1 taskset -c 0``): 28 tests in 3.7-4.3 s (pytest's count; 5.4 s with the interpreter's
start-up); the laws are checked on the first 4 seeds at 3,000 points (the path's counts on both sets' first 6 at
6,000).

Size: one family's job, IEC 61850 path and regressions, and the docstring the rules ask for, kept in one module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT221_SEEDS = tuple(range(2212000, 2212012))
CODE = 221
TICK, STEP = 5.0, 60.0
K = int(STEP / TICK)  # ticks per point
EPOCH = 1_780_000_020.0  # a minute's end (a multiple of 60)
KIND_P = (0.35, 0.35, 0.30)
DAY = 86400.0
SPANS = {"short": (1, 260), "long": (1, 260)}  # pause span lengths (points) the tests allow (gateway outages)
MIN = {  # minutes (uniform): start-up, evaluation, crash down, start-up after a crash or relaunch, relaunch stopped
    "startup": {"short": (4, 12), "long": (20, 50)}, "eval": {"short": (3, 8), "long": (12, 30)},
    "down": {"short": (2, 5), "long": (8, 20)}, "up": {"short": (3, 8), "long": (10, 25)},
    "stopped": {"short": (2, 4), "long": (6, 14)}, "queued": {"short": (1, 6), "long": (1, 6)}}
CKPT = {"short": (20, 90), "long": (120, 300)}  # seconds
PATH_KEYS = ("drops", "refused", "gateway_outages", "restarts", "cut", "purged", "overflows", "overflow_lost",
             "resent", "stale_resent", "doubled", "gi_counted", "late", "rebinned", "unread", "clock_steps",
             "flagged")


@dataclass
class Path:
    """The monitor's view: per node the reports' intervals and the copies it counted (entry, minute)."""

    mode: str  # "stamp": binned by the report's TimeOfEntry; "receipt": by the gateway's receipt time
    careful: bool  # (stamp mode) a report flagged ClockNotSynchronized is binned by its receipt instead
    dedup: bool  # an entry ID seen before is dropped
    count_gi: bool  # the gateway sums general-interrogation reports too (their value again)
    close: float  # a minute is closed this many s after its end (stamp mode: later copies lost)
    unsync: int = -1  # the node whose IED clock is not synchronised (-1: none)
    nodes: list = field(default_factory=list)  # (k, ea, eb, cent, cbin) per node with a report
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # images trained per 5-s tick (all nodes)
    share: np.ndarray  # (4, nt): each node's share of a tick's images
    stops: list  # (t0, t1, kind): nothing trained
    halfs: list  # (t0, t1): a ramp's first half
    known_t: list  # a relaunch's resume that changed the stage
    counts: dict
    path: Path | None = None


def _ar(rng, m: int, sd: float, a: float, df: float = 4.0, block: int = 64) -> np.ndarray:
    """An AR(1) ``x_i = a x_{i-1} + e_i`` (stationary sd ``sd``, Student-t innovations), built block-wise."""
    e = rng.standard_t(df, m) * np.sqrt((df - 2) / df) * sd * np.sqrt(1 - a * a)
    x, prev = np.empty(m), rng.normal(0, sd)
    p = a ** np.arange(1, block + 1)
    for s in range(0, m, block):
        blk = e[s:s + block]
        k = len(blk)
        x[s:s + k] = p[:k] * (prev + np.cumsum(blk / p[:k]))
        prev = x[s + k - 1]
    return x


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage: per node the slower of the GPUs and the CPU workers (a soft maximum of the
    costs), over its nodes with the all-reduce's efficiency per doubling."""
    cost = hc.smax(st["shape"] / cfg["gpu"], st["shape"] ** 0.6 / cfg["cpu"])
    return st["nodes"] / cost * cfg["eff"] ** np.log2(st["nodes"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (45 %) or another batch shape (crop size and batch, 1.25-1.7 times
    dearer or cheaper on the GPUs, ** 0.6 on the CPUs), redrawn until the level moves 15 % (1/3 to 3 times); the
    stage kept when 40 draws fail."""
    for _ in range(40):
        new = dict(st)
        if rng.random() < 0.45:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 4) if k != st["nodes"]]))
        else:
            new["shape"] = float(np.clip(st["shape"] * np.exp(rng.choice([-1, 1]) * rng.uniform(0.223, 0.531)),
                                         0.35, 3.0))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _timeline(rng, n: int, setting: str, cfg: dict):
    """Training stretches and stops: a start-up, evaluations on a held-out farm (every ``ck``-th followed by a
    checkpoint), crashes and relaunches, each of the last two followed by a start-up and a ramp."""
    T = n * STEP + 900.0

    def mins(key):
        return rng.uniform(*MIN[key][setting]) * 60.0

    st = {"nodes": cfg["nodes"], "shape": 1.0}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    stops, halfs, known_t, segs = [], [], [], []
    t = mins("startup")
    stops.append((0.0, t, "startup"))
    ramp = (t, rng.uniform(120, 300), rng.uniform(0.35, 0.7))
    halfs.append((t, t + ramp[1] / 2))
    k = int(rng.choice(4, p=[0.25, 0.35, 0.25, 0.15]))
    re_t = []
    for x in np.sort(rng.uniform(0.15, 0.85, k)) * n * STEP:
        if not re_t or x > re_t[-1] + 3600:
            re_t.append(float(x))
    crash_mean = rng.uniform(10, 40) * 3600
    eval_mean, ck_every = rng.uniform(45, 110) * 60, int(rng.integers(2, 5))
    to_eval, ri = eval_mean * rng.uniform(0.7, 1.3), 0
    while t < T:
        while ri < len(re_t) and re_t[ri] < t + 300:
            re_t[ri] = t + rng.uniform(300, 900)
        cand = [to_eval, rng.exponential(crash_mean), re_t[ri] - t if ri < len(re_t) else np.inf]
        which = int(np.argmin(cand))
        run = max(cand[which], 60.0)
        segs.append((t, t + run, dict(st), ramp))
        t += run
        to_eval -= run
        if which == 0:
            d = mins("eval")
            stops.append((t, t + d, "eval"))
            t += d
            counts["evals"] += 1
            if counts["evals"] % ck_every == 0:
                c = rng.uniform(*CKPT[setting])
                stops.append((t, t + c, "ckpt"))
                t += c
                counts["ckpts"] += 1
            to_eval = eval_mean * rng.uniform(0.7, 1.3)
            continue
        if which == 1:
            d, kind = mins("down") + mins("up"), "crash"
            counts["crashes"] += t < n * STEP
        else:
            ri += 1
            d, kind = mins("stopped") + mins("queued") + mins("up"), "relaunch"
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            counts["relaunches"] += 1
            counts["kept_stage"] += new == st
            if new != st:
                known_t.append(t + d)
            st = new
        stops.append((t, t + d, kind))
        t += d
        ramp = (t, rng.uniform(120, 300), rng.uniform(0.35, 0.7))
        halfs.append((t, t + ramp[1] / 2))
    return segs, stops, halfs, known_t, counts


def _job(rng, n: int, setting: str) -> Run:
    """The job's images per 5-s tick and each node's share of them."""
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.40, 0.25]))
    gpu = hc.log_uniform(rng, 600, 6000)
    cfg = {"nodes": nodes, "gpu": gpu, "cpu": gpu * rng.uniform(1.05, 2.0), "eff": rng.uniform(0.88, 0.97)}
    segs, stops, halfs, known_t, counts = _timeline(rng, n, setting, cfg)
    nt = int(np.ceil((n * STEP + 900.0) / TICK)) + 2
    tt = np.arange(nt) * TICK
    ov, seg_of = np.zeros(nt), np.full(nt, -1)
    for i, (a, b, st, ramp) in enumerate(segs):
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        o = np.clip(np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1]), 0, None)
        ov[i0:i1] += o
        seg_of[i0:i1] = np.where(o > 0, i, seg_of[i0:i1])
    on = seg_of >= 0
    si = np.maximum(seg_of, 0)
    nodes_i = np.array([s[2]["nodes"] for s in segs])[si]
    shape_i = np.array([s[2]["shape"] for s in segs])[si]
    rs, rd, r0 = (np.array([s[3][j] for s in segs])[si] for j in range(3))
    # lots: one farm's flats of eggs at a time, 3-30 min of training each; a quarter defect-heavy (oversampled
    # cracks and blood spots, heavier augmentation on the CPU workers)
    ctt = np.cumsum(ov)
    edges = np.cumsum([hc.log_uniform(rng, 180, 1800) for _ in range(int(ctt[-1] / 180) + 2)])
    m = len(edges) + 1
    lot = np.searchsorted(edges, ctt)
    sd_c, sd_g = rng.uniform(0.03, 0.08), rng.uniform(0.01, 0.03)
    heavy = np.where(rng.random(m) < rng.uniform(0.15, 0.3), rng.uniform(1.08, 1.25, m), 1.0)
    lc = np.exp(rng.normal(0, sd_c, m)) * heavy
    lg = np.exp(rng.normal(0, sd_g, m))
    cost = hc.smax(shape_i * lg[lot] / cfg["gpu"], shape_i ** 0.6 * lc[lot] / cfg["cpu"])
    rate = nodes_i / cost * cfg["eff"] ** np.log2(nodes_i)
    # jitter: a heavy-tailed AR(1) of the log (sd 1.5-4 %, 20-90 s), a slow OU (sd 1.5-4 %, 45-240 min), the
    # shuffle buffer's refills (every 2-8 min, 5-15 s at 50-80 %) and loader hiccups (1-6 an hour, 5-25 s at 30-70 %)
    x = _ar(rng, nt, rng.uniform(0.015, 0.04), np.exp(-TICK / rng.uniform(20, 90)))
    x += np.repeat(hc.ou_path(rng, nt * TICK, rng.uniform(0.015, 0.04), rng.uniform(45, 240) * 60), K)[:nt]
    jit = np.exp(x)
    every, tr = rng.uniform(120, 480), ctt - ov
    ph = np.mod(tr, every)
    refill = rng.uniform(5, 15)
    jit *= np.where(ph < refill, rng.uniform(0.5, 0.8), 1.0)
    for h0 in rng.uniform(0, nt * TICK, rng.poisson(rng.uniform(1, 6) * nt * TICK / 3600)):
        i0 = int(h0 // TICK)
        jit[i0:i0 + int(rng.uniform(5, 25) // TICK) + 1] *= rng.uniform(0.3, 0.7)
    rampf = np.clip(r0 + (1 - r0) * (tt + TICK / 2 - rs) / rd, r0, 1.0)
    J = np.where(on, ov * rate * jit * rampf, 0.0)
    share = np.stack([np.where(k < nodes_i, 1.0 / nodes_i, 0.0) for k in range(4)])
    return Run(n, nt, J, share, stops, halfs, known_t, counts)


def _merge(outs: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Outages ``(t0, t1, restart)`` merged where they overlap: their starts, ends and last server restart (-inf:
    none)."""
    o0, o1, r = [], [], []
    for a, b, s in sorted(outs):
        if o0 and a <= o1[-1]:
            o1[-1], r[-1] = max(o1[-1], b), max(r[-1], s)
        else:
            o0.append(a), o1.append(b), r.append(s)
    return np.array(o0), np.array(o1), np.array(r)


def _offsets(rng, T: float, unsync: bool):
    """An IED clock's sync steps (true times) and offsets: a synchronised one is off by a few ms; an unsynchronised
    one (ClockNotSynchronized set) starts 2-45 s off, drifts 20-200 ppm and is stepped right 0.5-3 times a day when
    its time source answers."""
    if not unsync:
        return np.array([0.0]), np.array([rng.normal(0, 0.01)]), 0.0
    steps = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
    o = np.concatenate([[rng.choice([-1, 1]) * rng.uniform(2, 45)], rng.normal(0, 0.05, len(steps))])
    return np.concatenate([[0.0], steps]), o, float(rng.choice([-1, 1]) * rng.uniform(20e-6, 200e-6))


def _node_values(run: Run, k: int, J: np.ndarray, ea: np.ndarray, eb: np.ndarray) -> np.ndarray:
    """Node ``k``'s images over the intervals ``[ea, eb)`` (s) of the per-tick images ``J`` (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J * run.share[k])])
    grid = np.arange(run.nt + 1)
    return np.interp(eb / TICK, grid, C) - np.interp(ea / TICK, grid, C)


def _path(rng, run: Run) -> Path:
    """Each node's IED and the gateway's buffered reporting: which copies of which entries the monitor sums in
    which minute (decided on the healthy run; the reads are linear in the images)."""
    n, T = run.n, (run.nt - 1) * TICK
    p = Path(mode="stamp" if rng.random() < 0.65 else "receipt", careful=bool(rng.random() < 0.5),
             dedup=bool(rng.random() < 0.5), count_gi=bool(rng.random() < 0.4), close=rng.uniform(10, 60))
    c = p.counts = dict.fromkeys(PATH_KEYS, 0)
    intg, cap, buftm = rng.uniform(60, 300), int(rng.uniform(60, 360)), rng.uniform(0.1, 1.0)
    p_ref, p_stale = rng.uniform(0.05, 0.2), rng.uniform(0.15, 0.45)
    drop_rate, rs_rate, g_off = rng.uniform(2, 10), rng.uniform(0.1, 0.8), rng.normal(0, 0.2)
    gw = [(g, g + hc.log_uniform(rng, 120, 14400), -np.inf)
          for g in rng.uniform(0, T, rng.poisson(rng.uniform(0.2, 1.0) * T / DAY))]
    c["gateway_outages"] = len(gw)
    unsync = p.unsync = int(rng.integers(4)) if rng.random() < 0.25 else -1
    for k in range(4):
        if not run.share[k].any():
            continue
        U = rng.uniform(10, 30)
        te = rng.uniform(0, U) + U * np.arange(int(T / U)) + rng.uniform(0, 0.3, int(T / U))
        te = te[te < T - 1]
        rs = np.sort(rng.uniform(0, T, rng.poisson(rs_rate * T / DAY)))
        rd = rng.uniform(10, 90, len(rs))
        for s, d in zip(rs, rd):
            te = te[(te < s) | (te >= s + d)]
        ea = np.concatenate([[0.0], te[:-1]])
        for s, d in zip(rs, rd):  # the data object restarts at 0: the interval under way is lost
            j = int(np.searchsorted(te, s + d))
            if j < len(te):
                ea[j] = max(ea[j], s + d)
            cut = _node_values(run, k, run.J, np.array([te[j - 1] if j else 0.0]), np.array([min(s + d, T)]))
            c["cut"] += int(cut[0] > 0)
        vh = _node_values(run, k, run.J, ea, te)
        c["restarts"] += len(rs)
        has = (vh > 1e-9) | (np.concatenate([[0.0], vh[:-1]]) > 1e-9)  # a data change raises an entry
        ea, eb, vh = ea[has], te[has], vh[has]
        outs = list(gw)
        for o in rng.uniform(0, T, rng.poisson(drop_rate * T / DAY)):
            L = (0.0 if rng.random() < 0.6 else rng.uniform(0.5, 2) * intg) + rng.uniform(2, 20)
            if rng.random() < p_ref:  # the IED's associations taken: the gateway is refused for a while
                L += rng.uniform(60, 900)
                c["refused"] += 1
            outs.append((o, o + L, -np.inf))
        c["drops"] += len(outs) - len(gw)
        outs += [(s, s + d + rng.uniform(2, 30), s) for s, d in zip(rs, rd)]
        O0, O1, R = _merge(outs)
        j = np.searchsorted(O0, eb, side="right") - 1
        jc = np.maximum(j, 0)
        inside = (j >= 0) & (eb < O1[jc])
        purged = inside & (eb < R[jc])  # a server restart purges the buffer
        buf = inside & ~purged
        bj = j[buf]
        cnt = np.bincount(bj, minlength=len(O0))
        rank = np.arange(len(bj)) - np.searchsorted(bj, bj)
        over = rank < cnt[bj] - cap  # the buffer overflowed: the oldest entries overwritten
        lost = purged.copy()
        lost[np.nonzero(buf)[0][over]] = True
        deliver = eb + buftm + rng.uniform(0.005, 0.05, len(eb))
        bi = np.nonzero(buf)[0][~over]
        deliver[bi] = O1[bj[~over]] + 0.5 + 0.02 * (rank[~over] - np.maximum(cnt[bj[~over]] - cap, 0))
        c["purged"] += int(purged.sum())
        c["overflows"] += int((cnt > cap).sum())
        c["overflow_lost"] += int(over.sum())
        c["resent"] += len(bi)
        cent, cdel, cst = [np.nonzero(~lost)[0]], [deliver[~lost]], [eb[~lost]]
        for q in range(len(O0)):
            if R[q] > -np.inf:
                continue  # after a restart the saved entry ID is unknown: no stale resend, the GI reads 0
            if rng.random() < p_stale:  # the saved entry ID was 1-3 entries old: those are sent again
                last = int(np.searchsorted(eb, O0[q]))
                idx = np.arange(max(0, last - int(rng.integers(1, 4))), last)
                idx = idx[~lost[idx]]
                c["stale_resent"] += len(idx)
                if not p.dedup:
                    cent.append(idx), cdel.append(np.full(len(idx), O1[q] + 0.4)), cst.append(eb[idx])
                    c["doubled"] += len(idx)
            g = int(np.searchsorted(eb, O1[q])) - 1
            if p.count_gi and g >= 0 and vh[g] > 0:  # a general interrogation: the value once more
                cent.append(np.array([g])), cdel.append(np.array([O1[q] + 0.3])), cst.append(np.array([O1[q]]))
                c["gi_counted"] += 1
                c["doubled"] += 1
        cent, cdel, cst = np.concatenate(cent), np.concatenate(cdel), np.concatenate(cst)
        starts, offs, drift = _offsets(rng, T, k == unsync)
        c["clock_steps"] += len(starts) - 1
        si = np.searchsorted(starts, cst, side="right") - 1
        stamp = cst + offs[si] + drift * (cst - starts[si])
        rec = cdel + g_off
        if p.mode == "stamp":
            use_rec = p.careful and k == unsync
            minute = np.floor((rec if use_rec else stamp) / STEP).astype(int)
            late = rec > (minute + 1) * STEP + p.close
            ok = ~late & (minute >= 0) & (minute < n)
            c["late"] += int((late & (minute >= 0) & (minute < n)).sum())
        else:
            minute = np.floor(rec / STEP).astype(int)
            ok = (minute >= 0) & (minute < n)
        c["flagged"] += int(ok.sum()) if k == unsync else 0
        c["rebinned"] += int((ok & (minute != np.floor(eb[cent] / STEP))).sum())
        p.nodes.append((k, ea, eb, cent[ok], minute[ok]))
    return p


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points of the per-tick images ``J``: per minute the values of the copies it summed, over 60 s
    (linear in ``J``)."""
    out = np.zeros(run.n)
    for k, ea, eb, cent, cbin in run.path.nodes:
        out += np.bincount(cbin, weights=_node_values(run, k, J, ea, eb)[cent], minlength=run.n)
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute or a neighbour touches a stop
    or a ramp's first half, or where it reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _job(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = np.maximum(_reads(run, run.J), 0.0)
    run.path.counts["unread"] = int((healthy <= 0).sum())
    paused = healthy <= 0
    for a, b in [(a, b) for a, b, _ in run.stops] + run.halfs:
        paused[max(0, int((a - STEP) // STEP)):min(n, int(np.ceil((b + STEP) / STEP)))] = True
    edges = np.flatnonzero(np.diff(np.concatenate([[0], paused.astype(int), [0]])))
    spans = [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, ~paused, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (times its magnitude): ``drop`` (a crop-and-augment worker
    pool shrinking after an out-of-memory kill, in 1-4 ticks), ``leak`` (the decoded-image cache growing into swap,
    ``(s / ramp) ** p``, ``p`` 0.7-2, then held), ``straggler`` (one node's CPU shared with a noisy neighbour: 1 for
    a mean of 30-180 ticks, calm at 0.05-0.3 for a mean of 100-450)."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 4))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 2.0)
    w = np.full(length, rng.uniform(0.05, 0.3))
    e = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 180), rng.uniform(100, 450))
    for a, b in zip(e[0::2], e[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost, read through
    the same copies; ``a`` set so the live loss (a leak's: over its plateau) is the drawn target."""
    n = run.n
    ts, pauses_t = np.arange(n) * STEP, [(a, b) for a, b, _ in run.stops]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(max(lo + 1, hi - 150 - int(1.1 * ramp)), n - 1)
        t0 = hc.onset_time(rng, pauses_t, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        one = _reads(run, run.J * w)
        c0 = min(onset + ramp, stop - 1)
        lv = live[c0:stop]
        hs, ls = healthy[c0:stop][lv].sum(), one[c0:stop][lv].sum()
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        if hs <= 0 or ls <= 0 or target * hs / ls > 0.95:
            continue
        m = target * hs / ls * one
        v = healthy - m
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if any(on <= c < end for c in changes) or (kind == "leak" and not on < ramp_end < end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3, max_depth=0.35)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, m[on:end])
    return None


def _stamps(run: Run) -> np.ndarray:
    """Each point stamped at its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout221(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout221_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT221_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout221, seeds, n, pauses)
